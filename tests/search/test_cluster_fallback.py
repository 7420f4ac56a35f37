"""A search cluster that is configured but cannot answer: the database answers, the user is told,
never a 500. Through the real page and API."""

import csv
import io
import socket
import time

import pytest

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from search import service
from search.engines.database import DatabaseEngine

from . import cluster_support
from .cluster_support import make_corpus, point_settings_at, query

osmem = cluster_support.osmem

NOTICE_FR = "Le service de recherche est en partie indisponible"


@pytest.fixture
def closed_port(settings, db):
    point_settings_at(settings, "http://127.0.0.1:9")  # nothing listens on the discard port
    make_corpus(count=25)
    return settings


def search_path():
    with translation.override("fr"):
        return reverse("search")


def test_service_falls_back_to_the_database_and_says_so(closed_port):
    with translation.override("en"):
        result = service.run(QueryDict(""), "fr")
    assert result.engine == "database"
    assert result.notice.startswith("The search service is partly unavailable")
    types = service.available_types()
    assert result.count == DatabaseEngine().search(query(types=types)).count


def test_the_search_page_still_answers_with_a_notice(client, closed_port):
    assert search_path() == "/fr/recherche/"
    response = client.get(search_path(), {"q": "solidaire", "sector": "transport"})
    assert response.status_code == 200
    assert NOTICE_FR in response.content.decode()
    again = client.get(search_path(), {"sort": "title", "page": "2"})
    assert again.status_code == 200
    assert NOTICE_FR in again.content.decode()


def test_the_api_still_answers_with_the_database_results(client, closed_port):
    response = client.get("/api/search/", {"region": "05", "page_size": "5"})
    assert response.status_code == 200
    data = response.json()
    assert data["engine"] == "database"
    assert data["notice"].startswith(NOTICE_FR)
    reference = DatabaseEngine().search(
        query(selection={"region": ["05"]}, types=service.available_types())
    )
    assert data["count"] == reference.count
    assert {i["value"]: i["count"] for i in data["facets"]["region"]} == reference.facets["region"]
    csv = client.get("/api/search/", {"format": "csv"})
    assert csv.status_code == 200


def test_a_cluster_that_never_answers_costs_one_timeout_then_nothing(settings, db):
    # Accepts connections (the kernel's backlog) but never replies: a hung cluster.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        point_settings_at(settings, f"http://127.0.0.1:{silent.getsockname()[1]}")
        started = time.monotonic()
        first = service.run(QueryDict("q=jardin"), "fr")
        waited = time.monotonic() - started
        started = time.monotonic()
        second = service.run(QueryDict("q=jardin"), "fr")
        again = time.monotonic() - started
    finally:
        silent.close()
    assert first.engine == second.engine == "database"
    assert first.notice and second.notice
    assert 1.5 < waited < 8
    assert again < 1  # the failed cluster is left alone for a while


def test_the_wrong_client_for_the_server_falls_back_too(client, settings, osmem, db):
    # The elasticsearch 9 client against an OpenSearch server gets refused: never a 500.
    point_settings_at(settings, osmem.url.replace("127.0.0.1", "localhost"))
    settings.SEARCH_CLUSTER_FLAVOR = "elasticsearch"
    make_corpus(count=5)
    response = client.get("/api/search/")
    assert response.status_code == 200
    assert response.json()["engine"] == "database"
    assert response.json()["notice"]


def test_the_search_page_export_falls_back_to_the_database(client, closed_port):
    response = client.get(search_path(), {"format": "csv", "region": "05"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1:]
    reference = DatabaseEngine().search(
        query(selection={"region": ["05"]}, types=service.available_types())
    )
    assert len(rows) == reference.count > 0


@pytest.mark.parametrize(
    "path",
    [
        "/fr/portrait/",
        "/fr/portrait/?region=05",
        "/fr/portrait/export.csv?region=05",
        "/fr/",
        "/fr/ressources/export.json",
        "/fr/ressources/export.csv",
    ],
)
def test_the_portrait_home_and_directory_exports_do_not_need_the_cluster(
    client, closed_port, home, path
):
    # They count and list from the database (the facet index, the pages): exact, so no notice.
    response = client.get(path)
    assert response.status_code == 200
    assert NOTICE_FR not in response.content.decode()
