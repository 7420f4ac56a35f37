"""SQL queries per search request are a small constant, whatever the number of results."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import make_documents

pytestmark = pytest.mark.django_db


def queries_for(client, url, params):
    client.get(url, params)  # warm: this process builds its facet index once per change
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "securite alimentaire"}, {"q": "cuisine", "region": "05", "sector": "securite-alimentaire",
                                         "age_group": "30-64"}, {"sort": "title", "page": "2", "page_size": "3"}],
)
def test_api_queries_do_not_grow_with_results(client, params):
    make_documents()
    few = queries_for(client, "/api/search/", params)
    for _ in range(3):
        make_documents()
    many = queries_for(client, "/api/search/", params)
    assert few == many
    assert many <= 6


def test_search_page_queries_do_not_grow_with_results(client, home):
    make_documents()
    few = queries_for(client, "/fr/recherche/", {"q": "cuisine", "region": "05"})
    for _ in range(3):
        make_documents()
    many = queries_for(client, "/fr/recherche/", {"q": "cuisine", "region": "05"})
    assert few == many
    assert many <= 12


def test_a_warmed_server_answers_its_first_search_without_building_the_index(client):
    from search.facets import facet_index, warm
    from search.service import available_types

    make_documents()
    warm()  # what each gunicorn worker runs before taking requests (portal/gunicorn.conf.py)
    warmed = facet_index("en", available_types())
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/search/", {"lang": "en"}).status_code == 200
    assert facet_index("en", available_types()) is warmed
    # The index is built from every document of the language (FacetIndex.build).
    builds = [q["sql"] for q in captured.captured_queries if '"search_searchdocument"."id" IN' not in q["sql"] and '"all_ages"' in q["sql"]]
    assert not builds
