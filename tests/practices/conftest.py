import pytest

from django.utils import translation

from wagtail.models import Locale

from home.structure import publish
from practices.models import CaseStoryIndexPage, CaseStoryPage, PracticeIndexPage, PracticePage
from tests.factories import OrganizationFactory, age_group, mrc, sector


@pytest.fixture
def practice_index(home):
    return PracticeIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def story_index(home):
    return CaseStoryIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def en_locale(home):
    return Locale.objects.get(language_code="en")


def add_page(parent, page, mrcs=(), sectors=(), age_groups=(), partners=()):
    page.mrcs.set([mrc(code) for code in mrcs])
    page.sectors.set([sector(slug) for slug in sectors])
    page.age_groups.set([age_group(slug) for slug in age_groups])
    page.partners.set(partners)
    parent.add_child(instance=page)
    return publish(page)


@pytest.fixture
def make_practice(practice_index):
    def make(title="Cuisine collective du quartier", slug=None, **kwargs):
        tags = {
            key: kwargs.pop(key)
            for key in ("mrcs", "sectors", "age_groups", "partners")
            if key in kwargs
        }
        tags.setdefault("mrcs", ["430"])
        fields = {
            "summary": "Des familles cuisinent ensemble une fois par mois et repartent avec "
            "des portions pour la semaine.",
            "need": "L'insécurité alimentaire touche une famille sur cinq dans le quartier.",
            "what_worked": "Le jumelage avec l'épicerie solidaire.",
            "what_did_not_work": "Les horaires de jour excluaient les parents qui travaillent.",
            "transfer_conditions": "Une cuisine certifiée et une animatrice formée.",
            "carrier": OrganizationFactory(name="Moisson Estrie"),
            "contact_name": "Julie Tremblay",
            "contact_email": "julie@example.org",
            "status": "en-cours",
            "start_year": 2019,
            **kwargs,
        }
        page = PracticePage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
        return add_page(practice_index, page, **tags)

    return make


@pytest.fixture
def make_story(story_index):
    def make(title="L'épicerie mobile qui n'a pas roulé", slug=None, **kwargs):
        tags = {
            key: kwargs.pop(key)
            for key in ("mrcs", "sectors", "age_groups", "partners")
            if key in kwargs
        }
        tags.setdefault("mrcs", ["070"])
        fields = {
            "verdict": "mauvais-coup",
            "summary": "Un camion-épicerie pour les villages sans commerce, arrêté après "
            "huit mois.",
            "root_causes": "Le coût du carburant et un itinéraire trop long.",
            "lessons": "Valider les arrêts avec les municipalités avant d'acheter le camion.",
            "carrier": OrganizationFactory(name="Transport collectif de la Matapédia"),
            "contact_name": "Marc Bélanger",
            "contact_email": "marc@example.org",
            "contact_phone": "418 555-0199",
            **kwargs,
        }
        page = CaseStoryPage(title=title, slug=slug or "histoire", **fields)
        return add_page(story_index, page, **tags)

    return make


def url_of(page):
    """The page's public URL in its own language (outside a request the active language is the
    settings' fr-ca, which has no URL prefix)."""
    with translation.override(page.locale.language_code):
        return page.get_url()


