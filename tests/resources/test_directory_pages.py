"""What readers see: the directory's entrance and a resource's page."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import ResourcePage
from tests.factories import OrganizationFactory, age_group, mrc, sector

from .directory_support import days, index, make_resource, url

pytestmark = pytest.mark.django_db


def tile_count(html, slug):
    match = re.search(
        rf'need={slug}">[^<]+</a></h3>\s*<p class="card__meta need-tile__count">(\d+)', html
    )
    assert match, f"no tile for {slug}"
    return int(match.group(1))


def test_need_tiles_count_only_published_not_expired_resources(client, home):
    make_resource("Fonds d'initiatives", needs=["financement", "mise-a-echelle"])
    make_resource("Programme brouillon", needs=["financement"], live=False)
    make_resource(
        "Salle expirée",
        kind=ResourcePage.Kind.PREMISES,
        needs=["locaux", "financement"],
        is_shared_offer=True,
        available_until=days(-1),
    )
    make_resource(
        "Salle disponible",
        kind=ResourcePage.Kind.PREMISES,
        needs=["locaux"],
        is_shared_offer=True,
        available_until=days(0),
    )
    make_resource("Funding in English", language="en", needs=["financement"])

    html = client.get(url(index())).content.decode()

    assert tile_count(html, "financement") == 1
    assert tile_count(html, "mise-a-echelle") == 1
    assert tile_count(html, "locaux") == 1  # the offer ending today still counts
    assert tile_count(html, "formation") == 0
    assert 'href="/fr/recherche/?type=resource&amp;need=financement"' in html


def test_need_tiles_use_one_counting_query_whatever_the_number_of_needs(home):
    make_resource("Un", needs=["financement", "formation", "locaux", "materiel"])
    make_resource("Deux", needs=["ideation", "concertation"])
    page = index()
    with CaptureQueriesContext(connection) as queries:
        tiles = page.need_tiles()
    assert len(tiles) == 11
    # View restrictions, the grouped counts, the needs: never one query per need.
    assert len(queries) == 3


def test_expired_offer_is_not_listed_but_its_page_says_so(client, home):
    make_resource("Matériel de cuisine à prêter", kind="materiel", needs=["materiel"])
    expired = make_resource(
        "Camion réfrigéré à partager",
        kind="materiel",
        needs=["materiel"],
        is_shared_offer=True,
        available_until=days(-3),
    )
    html = client.get(url(index())).content.decode()
    assert "Matériel de cuisine à prêter" in html
    assert "Camion réfrigéré à partager" not in html
    response = client.get(url(expired))
    assert "Cette offre n’est plus disponible." in response.content.decode()


def test_english_directory(client, home):
    make_resource("Impact measurement training", language="en", kind="formation")
    html = client.get("/en/resources/").content.decode()
    assert "What do you need?" in html
    assert "Impact measurement training" in html


def resource_with_tags(n):
    page = make_resource(
        f"Ressource {n}",
        needs=["financement", "formation", "mesure-impact"][:n],
        provider=OrganizationFactory(name="Fonds québécois d'initiatives sociales"),
        amount_min=5000,
        amount_max=50000,
        rolling_deadline=True,
        contact_email="info@example.org",
    )
    page.mrcs.set([mrc(code) for code in ["450", "430", "100", "070"][:n]])
    page.sectors.set([sector(s) for s in ["habitation", "transport", "culture"][:n]])
    page.age_groups.set([age_group(a) for a in ["0-5", "6-12", "65-plus"][:n]])
    page.save_revision().publish()
    return ResourcePage.objects.get(pk=page.pk)


def test_resource_page_shows_key_facts_and_report_form(client, home):
    page = resource_with_tags(3)
    html = client.get(url(page)).content.decode()
    assert "Information vérifiée le" in html
    assert "Fonds québécois d&#x27;initiatives sociales" in html
    assert "5000 $ à 50000 $" in html
    assert "Dépôt en continu" in html
    assert "Memphrémagog" in html
    assert f'action="/fr/signaler/{page.pk}/"' in html
    assert 'name="website_url"' in html


def test_resource_page_renders_with_a_fixed_number_of_queries(
    client, home, django_assert_num_queries
):
    few, many = url(resource_with_tags(1)), url(resource_with_tags(3))
    client.get(few)  # warm up the site and locale caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(few).status_code == 200
    with django_assert_num_queries(len(queries)):
        assert client.get(many).status_code == 200
    assert len(queries) <= 20


def test_stale_resource_tells_readers(client, home):
    page = make_resource("Guide ancien", kind="outil-guide", last_verified=days(-400))
    html = client.get(url(page)).content.decode()
    assert "peut être périmée" in html
