"""Whole-page cache for anonymous visitors: served without the database, never stale after a
publish, never for pages with a form, signed-in users or flash messages; Redis as the backend."""

import logging
import socket
import uuid

import pytest

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

from resources.models import CorrectionReport
from tests.resources.directory_support import make_resource, url

from .conftest import closed_port


def get(client, address, **kwargs):
    response = client.get(address, **kwargs)
    assert response.status_code == 200, address
    return response


@pytest.mark.django_db
def test_second_visit_is_served_from_the_cache_without_queries(
    client, page_cache, home, make_practice, django_assert_num_queries
):
    address = url(make_practice(title="Cuisine collective"))
    first = get(client, address)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = get(client, address)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # The outer middleware still dresses the cached page.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["Content-Language"] == "fr"


@pytest.mark.django_db
def test_publishing_shows_the_edit_at_once(client, page_cache, home, make_practice):
    practice = make_practice(title="Cuisine collective")
    address = url(practice)
    get(client, address)
    assert get(client, address)["X-Page-Cache"] == "hit"
    index_address = url(practice.get_parent().specific)
    assert "Cuisine collective" in get(client, index_address).content.decode()

    practice.title = "Cuisine collective intergénérationnelle"
    practice.save_revision().publish()

    fresh = get(client, address)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Cuisine collective intergénérationnelle" in fresh.content.decode()
    # Every page showing it is fresh too (the index lists it).
    assert "Cuisine collective intergénérationnelle" in get(client, index_address).content.decode()


@pytest.mark.django_db
def test_a_draft_is_not_shown_and_unpublishing_removes_the_page(
    client, page_cache, home, make_practice
):
    practice = make_practice(title="Cuisine collective")
    address = url(practice)
    get(client, address)
    practice.title = "Brouillon pas encore relu"
    practice.save_revision()
    assert "Brouillon pas encore relu" not in get(client, address).content.decode()
    practice.unpublish()
    assert client.get(address).status_code == 404


@pytest.mark.django_db
def test_pages_with_a_form_are_never_stored_and_their_csrf_token_works(
    page_cache, home, make_practice
):
    from django.test import Client

    resource = make_resource("Fonds d'appui aux initiatives")
    address = url(resource)
    browser = Client(enforce_csrf_checks=True)
    for _ in range(2):
        response = get(browser, address)
        assert "X-Page-Cache" not in response
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    token = response.context["csrf_token"]
    report = browser.post(
        _report_url(resource),
        {"csrfmiddlewaretoken": str(token), "message": "Le lien du formulaire ne fonctionne plus."},
    )
    assert report.status_code == 302
    assert CorrectionReport.objects.filter(page=resource).count() == 1
    # A visitor's report is not a change to any public page: cached pages stay.
    practice_address = url(make_practice())
    get(browser, practice_address)
    browser.post(
        _report_url(resource),
        {"csrfmiddlewaretoken": str(token), "message": "Le numéro de téléphone a changé."},
    )
    assert get(browser, practice_address)["X-Page-Cache"] == "hit"
    # The thank-you view of the page is not cached either (its query is not pagination).
    assert "X-Page-Cache" not in get(browser, report["Location"])


def _report_url(resource):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("fr"):
        return reverse("report_correction", args=[resource.pk])


@pytest.mark.django_db
def test_signed_in_users_bypass_the_cache(admin_client, page_cache, home, make_practice):
    from django.test import Client

    anonymous = Client()
    address = url(make_practice())
    get(anonymous, address)
    assert get(anonymous, address)["X-Page-Cache"] == "hit"
    for _ in range(2):
        response = get(admin_client, address)
        assert "X-Page-Cache" not in response
        assert "wagtail-userbar" in response.content.decode()


@pytest.mark.django_db
def test_only_pagination_varies_a_cached_page(client, page_cache, home, make_practice):
    practice = make_practice()
    index_address = url(practice.get_parent().specific)
    get(client, index_address + "?page=1")
    assert get(client, index_address + "?page=1")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in get(client, index_address + f"?utm={uuid.uuid4().hex}")


@pytest.mark.django_db
def test_visitors_with_flash_messages_get_a_fresh_page(client, page_cache, home, make_practice):
    address = url(make_practice())
    get(client, address)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in get(client, address)


@pytest.mark.django_db
def test_off_by_default_outside_production(client, settings, home, make_practice):
    assert settings.PAGE_CACHE_SECONDS == 0
    address = url(make_practice())
    get(client, address)
    assert "X-Page-Cache" not in get(client, address)


# --- Redis -----------------------------------------------------------------------------------


def redis_reachable(host="127.0.0.1", port=6379):
    try:
        with socket.create_connection((host, port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def redis_caches(location):
    return {
        "default": {
            "BACKEND": "portal.caching.backends.ResilientRedisCache",
            "LOCATION": location,
            # A prefix per test run: other runs and people share this Redis.
            "KEY_PREFIX": f"maillage-test-{uuid.uuid4().hex[:12]}",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }


@pytest.mark.django_db
@pytest.mark.skipif(
    not redis_reachable(), reason="no Redis server on 127.0.0.1:6379 (apt-get install redis-server)"
)
def test_redis_backend_caches_and_invalidates(client, settings, home, make_practice):
    settings.PAGE_CACHE_SECONDS = 300
    with override_settings(CACHES=redis_caches("redis://127.0.0.1:6379/0")):
        cache = caches["default"]
        assert isinstance(cache, RedisCache)
        practice = make_practice(title="Cuisine collective")
        address = url(practice)
        assert get(client, address)["X-Page-Cache"] == "miss"
        assert get(client, address)["X-Page-Cache"] == "hit"
        # What another app server would see: the same entry, in Redis.
        from portal.caching import store

        key = store.key_for("testserver", address)
        assert cache.get(key)["content"] == get(client, address).content
        practice.title = "Cuisine collective du samedi"
        practice.save_revision().publish()
        assert "Cuisine collective du samedi" in get(client, address).content.decode()
        cache.delete_many([key, store.GENERATION_KEY])


@pytest.mark.django_db
def test_pages_are_served_when_redis_is_down(client, settings, home, make_practice, caplog):
    settings.PAGE_CACHE_SECONDS = 300
    logging.getLogger("maillage.cache").addHandler(caplog.handler)
    with override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{closed_port()}/0")):
        practice = make_practice(title="Cuisine collective")
        response = get(client, url(practice))
        assert "Cuisine collective" in response.content.decode()
        # Publishing still works; the cache is simply not there.
        practice.title = "Cuisine collective du samedi"
        practice.save_revision().publish()
        assert "Cuisine collective du samedi" in get(client, url(practice)).content.decode()
    logging.getLogger("maillage.cache").removeHandler(caplog.handler)
    assert "Redis unreachable" in caplog.text
