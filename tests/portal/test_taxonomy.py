import pytest

from django.urls import reverse
from django.utils import translation

from portal.models import AgeGroup, Need, Sector

pytestmark = pytest.mark.django_db

SECTOR_SLUGS = [
    "securite-alimentaire",
    "perseverance-scolaire",
    "habitation",
    "sante-services-sociaux",
    "emploi-insertion",
    "environnement",
    "petite-enfance",
    "immigration-inclusion",
    "culture",
    "transport",
    "lutte-pauvrete",
    "economie-sociale",
]
AGE_SLUGS = ["0-5", "6-12", "13-17", "18-29", "30-64", "65-plus", "tous-ages"]
NEED_SLUGS = [
    "ideation",
    "experimentation-mobilisation",
    "financement",
    "gestion-conformite",
    "mesure-impact",
    "mise-a-echelle",
    "locaux",
    "materiel",
    "ressources-humaines",
    "formation",
    "concertation",
]


def test_initial_vocabularies_have_stable_slugs_in_order():
    assert list(Sector.objects.values_list("slug", flat=True)) == SECTOR_SLUGS
    assert list(AgeGroup.objects.values_list("slug", flat=True)) == AGE_SLUGS
    assert list(Need.objects.values_list("slug", flat=True)) == NEED_SLUGS
    assert list(AgeGroup.objects.filter(all_ages=True).values_list("slug", flat=True)) == [
        "tous-ages"
    ]


def test_labels_follow_the_active_language():
    sector = Sector.objects.get(slug="securite-alimentaire")
    with translation.override("fr"):
        assert str(sector) == "Sécurité alimentaire"
    with translation.override("en"):
        assert str(sector) == "Food security"


def test_an_editor_renames_a_sector_but_cannot_change_its_slug(admin_client):
    sector = Sector.objects.get(slug="habitation")
    url = reverse("wagtailsnippets_portal_sector:edit", args=[sector.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    response = admin_client.post(
        url,
        {
            "name_fr": "Habitation et logement",
            "name_en": "Housing",
            "slug": "logement",
            "description": "",
            "sort_order": 3,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    sector.refresh_from_db()
    assert sector.name_fr == "Habitation et logement"
    assert sector.slug == "habitation"


def test_a_new_term_gets_the_slug_the_editor_chose(admin_client):
    url = reverse("wagtailsnippets_portal_need:add")
    response = admin_client.post(
        url,
        {
            "name_fr": "Mentorat",
            "name_en": "Mentoring",
            "slug": "mentorat",
            "description": "",
            "sort_order": 20,
        },
    )
    assert response.status_code == 302
    assert Need.objects.get(slug="mentorat").name_en == "Mentoring"
