import re

import pytest

from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, documents, home):
    def fetch(params=None, language="fr"):
        url = "/fr/recherche/" if language == "fr" else "/en/search/"
        response = client.get(url, params or {})
        assert response.status_code == 200
        return response.content.decode()

    return fetch


def test_urls_in_both_languages():
    assert reverse("search") in ("/fr/recherche/", "/en/search/")


def test_results_facets_and_noindex(page):
    html = page({"q": "securite alimentaire"})
    assert '<meta name="robots" content="noindex">' in html
    assert "Épicerie solidaire à Sherbrooke" in html
    assert re.search(r'name="sector" value="securite-alimentaire"', html)
    assert "2 résultats" in html


def test_a_zero_count_value_is_disabled(page):
    html = page({"q": "frigo"})
    assert re.search(r'id="f-sector-culture" name="sector" value="culture" disabled', html)


def test_active_filters_are_removable_chips_and_clear_all_keeps_the_words(page):
    html = page({"q": "cuisine", "sector": "securite-alimentaire", "region": "05"})
    assert 'href="?q=cuisine&amp;region=05"' in html  # removing the sector
    assert 'href="?q=cuisine"' in html  # clear all


def test_mrcs_show_under_a_chosen_region(page):
    assert 'name="mrc"' not in page({})
    html = page({"region": "05"})
    assert 'value="450"' in html and 'value="100"' not in html


def test_english_page(page):
    html = page({"q": "food"}, language="en")
    assert "Community kitchen" in html
    assert "Cuisine collective" not in html


def test_bad_page_number_is_a_404(client, documents, home):
    assert client.get("/fr/recherche/", {"page": "deux"}).status_code == 404


def test_territory_suggestion_link(page):
    html = page({"q": "frigo memphrémagog"})
    assert "?q=frigo&amp;mrc=450" in html


def test_resources_filter_by_kind_once_resources_are_chosen(page, client):
    assert 'data-facet="kind"' not in page()
    html = page({"type": "resource"})
    assert "Type de ressource" in html
    assert re.search(r'name="kind" value="financement"', html)
    # The directory's "kind" links give exactly that kind of resource.
    html = page({"type": "resource", "kind": "locaux"})
    assert "Locaux à partager à Sherbrooke" in html
    assert "Fonds d'initiatives sociales" not in html
    facets = client.get("/api/search/", {"type": "resource", "kind": "locaux"}).json()["facets"]
    counts = {item["value"]: item["count"] for item in facets["kind"]}
    # Disjunctive: the other kinds still show what choosing them would give.
    assert counts["locaux"] == 1 and counts["financement"] == 1


def test_tables_filter_by_level_once_tables_are_chosen(page):
    assert 'data-facet="level"' not in page()
    assert re.search(r'name="level" value="regionale"', page({"type": "table"}))
