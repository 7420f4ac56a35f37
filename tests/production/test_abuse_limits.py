"""Limits on what one client can ask of the site: public forms and sign-in answer 429 in French
with a Retry-After, counted per visitor even behind the load balancer; the search refuses absurd
page sizes and pages without a 500 and never exports unbounded rows."""

import csv
import io
import time

import pytest

from django.urls import reverse

from practices.models import PracticePage
from resources.models import CorrectionReport, ResourcePage
from search import service
from tests.practices.test_proposal import valid_data as practice_proposal
from tests.resources.directory_support import make_resource
from tests.resources.test_directory_proposals import proposal as resource_proposal
from tests.search.conftest import make_documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(db):
    return make_documents()


@pytest.fixture
def forms(home):
    resource = make_resource("Programme de soutien aux initiatives sociales")
    return {
        "practice proposal": (
            "/fr/proposer-une-pratique/",
            lambda n: practice_proposal(title=f"Pratique proposée {n}"),
            5,
            "Vous avez envoyé plusieurs propositions en peu de temps",
            lambda: PracticePage.objects.filter(live=False).count(),
        ),
        "resource proposal": (
            "/fr/proposer-une-ressource/",
            lambda n: resource_proposal(title=f"Ressource proposée {n}"),
            3,
            "Vous avez fait plusieurs envois en peu de temps",
            lambda: ResourcePage.objects.filter(live=False).count(),
        ),
        "correction report": (
            f"/fr/signaler/{resource.pk}/",
            lambda n: {"message": f"Le montant a changé ({n}).", "email": ""},
            5,
            "Vous avez fait plusieurs envois en peu de temps",
            lambda: CorrectionReport.objects.count(),
        ),
    }


FORMS = ["practice proposal", "resource proposal", "correction report"]


@pytest.mark.parametrize("name", FORMS)
def test_a_public_form_answers_429_in_french_with_retry_after(client, forms, name):
    address, data, limit, message, saved = forms[name]
    for n in range(limit):
        assert client.post(address, data(n)).status_code == 302, n
    refused = client.post(address, data(limit))

    assert refused.status_code == 429
    assert message in refused.content.decode()
    assert '<html lang="fr' in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert saved() == limit


@pytest.mark.parametrize("name", FORMS)
def test_behind_the_load_balancer_each_visitor_has_their_own_count(client, settings, forms, name):
    settings.TRUSTED_PROXY_COUNT = 1
    address, data, limit, _message, saved = forms[name]

    def post(n, visitor, forged=""):
        forwarded = f"{forged}, {visitor}" if forged else visitor
        return client.post(
            address, data(n), REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded
        ).status_code

    for n in range(limit):
        assert post(n, "203.0.113.7") == 302
    # Writing another address at the left of the header does not reset the count...
    assert post(limit, "203.0.113.7", forged=f"198.51.100.{limit}") == 429
    # ...and a neighbour through the same load balancer is not blocked by it.
    assert post(limit + 1, "198.51.100.4") == 302
    assert saved() == limit + 1


def sign_in(client, address, password, username="editrice"):
    return client.post(
        address, {"username": username, "password": password}, REMOTE_ADDR="203.0.113.9"
    )


@pytest.mark.parametrize("address", ["/admin/login/", "/fr/_util/login/"])
def test_every_sign_in_form_locks_with_retry_after(client, settings, django_user_model, address):
    django_user_model.objects.create_user("editrice", "e@example.org", "un-mot-de-passe-solide")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, address, "devine").status_code == 200
    locked = sign_in(client, address, "devine")

    assert locked.status_code == 429
    assert "Trop de tentatives de connexion" in locked.content.decode()
    assert int(locked["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
    assert sign_in(client, address, "un-mot-de-passe-solide").status_code == 429
    assert "_auth_user_id" not in client.session


# --- The search -------------------------------------------------------------------------------


def api(client, **params):
    return client.get(reverse("search_api"), params)


@pytest.mark.parametrize("size", ["0", "-1", str(10**9), "abc", "101", "1e3", " "])
def test_absurd_page_sizes_get_a_400_that_says_why(client, documents, size):
    response = api(client, page_size=size)
    assert response.status_code == 400
    assert response.json() == {
        "error": "page_size must be a positive whole number."
        if size in ("0", "-1", str(10**9), "abc", "1e3", " ")
        else "page_size must be between 1 and 100.",
        "parameter": "page_size",
    }


def test_the_largest_page_size_is_served(client, documents):
    response = api(client, page_size="100")
    assert response.status_code == 200
    assert len(response.json()["results"]) == api(client).json()["count"] > 1


@pytest.mark.parametrize("page", [str(10**12), "0", "-3", "abc", "9" * 50])
def test_absurd_pages_get_a_clear_4xx(client, documents, page):
    response = api(client, page=page)
    assert response.status_code == 404
    assert response.json()["parameter"] == "page"
    assert client.get("/fr/recherche/", {"page": page}).status_code == 404


def test_a_page_far_past_the_end_gives_the_last_page_quickly(client, documents):
    started = time.perf_counter()
    response = api(client, page="999999999", page_size="100")
    elapsed = time.perf_counter() - started

    assert response.status_code == 200
    assert response.json()["page"] == 1
    assert len(response.json()["results"]) == api(client).json()["count"] > 1
    assert elapsed < 2


def test_csv_exports_stop_at_the_export_limit(client, documents, monkeypatch):
    monkeypatch.setattr(service, "EXPORT_LIMIT", 3)
    for address in (reverse("search_api"), "/fr/recherche/"):
        response = client.get(address, {"format": "csv", "page": "1"})
        assert response.status_code == 200, address
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 3, address
    # A page size cannot lift it either.
    assert api(client, format="csv", page_size="100000").status_code == 400
