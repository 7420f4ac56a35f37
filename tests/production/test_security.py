"""Headers, HTTPS-only admin, Content Security Policy, login rate limiting and upload limits."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.settings import hardening
from tests.resources.directory_support import make_resource, url

from .conftest import production_settings
from .support import directives, inline_code, png_bytes

HARDENING = [name for name in dir(hardening) if name.isupper()]


@pytest.fixture
def hardened(settings):
    """The production values of the HTTPS settings (from production's own computation)."""
    values = production_settings()
    for name in HARDENING:
        setattr(settings, name, values[name])
    return settings


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editrice", "editrice@example.org", "un-mot-de-passe-solide"
    )


def fr_url(name):
    with translation.override("fr"):
        return reverse(name)


def public_pages(home, make_practice):
    practice = make_practice()
    resource = make_resource("Fonds d'appui aux initiatives")
    return {
        "home": "/fr/",
        "practice": url(practice),
        "resource": url(resource),
        "search": fr_url("search") + "?q=cuisine",
        "portrait": fr_url("portrait"),
        "english home": "/en/",
    }


# --- Content Security Policy ----------------------------------------------------------------


@pytest.mark.django_db
def test_public_pages_send_a_strict_policy_and_carry_no_inline_code(client, home, make_practice):
    for name, address in public_pages(home, make_practice).items():
        response = client.get(address)
        assert response.status_code == 200, name
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], name
        assert policy["style-src"] == ["'self'"], name
        assert policy["object-src"] == ["'none'"], name
        assert policy["frame-ancestors"] == ["'self'"], name
        problems, _ = inline_code(response.content.decode())
        assert problems == [], f"{name}: {problems}"


@pytest.mark.django_db
def test_json_ld_is_a_data_block_not_a_script(client, home, make_practice):
    response = client.get(url(make_practice()))
    html = response.content.decode()
    problems, data_blocks = inline_code(html)
    assert data_blocks == 1
    assert problems == []
    assert '<script type="application/ld+json">' in html


@pytest.mark.django_db
def test_admin_gets_its_own_policy_and_only_the_admin(admin_client, home):
    admin = directives(admin_client.get("/admin/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["object-src"] == ["'none'"]
    public = directives(admin_client.get("/fr/")["Content-Security-Policy"])
    assert "'unsafe-inline'" not in public["script-src"]


@pytest.mark.django_db
def test_every_response_says_nosniff_and_same_origin_referrer(client, home):
    response = client.get("/fr/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


# --- HTTPS only -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_over_http_is_sent_to_https(client, hardened, home):
    response = client.get("/admin/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/admin/"
    login = client.get("/admin/login/")
    assert login["Location"] == "https://testserver/admin/login/"
    over_https = client.get("/admin/", secure=True)
    assert over_https.status_code == 302  # to the login page, over HTTPS
    assert over_https["Location"].startswith("/admin/login/")
    assert over_https["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


@pytest.mark.django_db
def test_login_over_https_sets_secure_cookies(client, hardened, home, editor):
    response = client.post(
        "/admin/login/",
        {"username": "editrice", "password": "un-mot-de-passe-solide"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"


@pytest.mark.django_db
def test_health_check_answers_over_plain_http(client, hardened):
    # The load balancer probes each app server directly, without TLS.
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_tls_terminating_proxy_is_trusted_only_when_configured(client, hardened, home):
    assert client.get("/fr/", headers={"X-Forwarded-Proto": "https"}).status_code == 301
    hardened.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/fr/", headers={"X-Forwarded-Proto": "https"}).status_code == 200
    assert client.get("/fr/", headers={"X-Forwarded-Proto": "http"}).status_code == 301


# --- Login rate limiting --------------------------------------------------------------------


def attempt(client, password, username="editrice", address="203.0.113.7", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


@pytest.mark.django_db
def test_login_is_locked_after_five_failures_with_a_french_page(client, settings, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "devine")
        assert response.status_code == 200  # the form again, with its error
    locked = attempt(client, "devine")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Trop de tentatives de connexion" in text
    assert "15\u00a0minutes" in text or "15 minutes" in text
    # Even the right password is refused until the wait is over.
    assert attempt(client, "un-mot-de-passe-solide").status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_lockout_is_per_user_name_and_address(client, settings, editor, django_user_model):
    django_user_model.objects.create_superuser("collegue", "c@example.org", "autre-secret-solide")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "devine")
    # A colleague behind the same address, and the editor from another place, still sign in.
    assert attempt(client, "autre-secret-solide", username="collegue").status_code == 302
    client.logout()
    assert attempt(client, "un-mot-de-passe-solide", address="198.51.100.4").status_code == 302


@pytest.mark.django_db
def test_behind_a_proxy_the_forwarded_address_is_counted(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        # Same load balancer address, same client; the forged left part changes every time.
        attempt(
            client, "devine", address="10.0.0.2", HTTP_X_FORWARDED_FOR=f"1.2.3.{_}, 203.0.113.7"
        )
    assert (
        attempt(
            client, "un-mot-de-passe-solide", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7"
        ).status_code
        == 429
    )
    # Another visitor through the same load balancer is not affected.
    assert (
        attempt(
            client,
            "un-mot-de-passe-solide",
            address="10.0.0.2",
            HTTP_X_FORWARDED_FOR="198.51.100.4",
        ).status_code
        == 302
    )


# --- Uploads --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_refuses_documents_of_other_types(admin_client, home):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Programme",
            "file": SimpleUploadedFile("programme.html", b"<script>x</script>"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert "programme.html" not in [d.filename for d in get_document_model().objects.all()]
    assert "extension" in response.content.decode().lower()


@pytest.mark.django_db
def test_admin_refuses_svg_and_oversized_images(admin_client, settings, home):
    svg = SimpleUploadedFile(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        content_type="image/svg+xml",
    )
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Logo", "file": svg, "collection": 1}
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    big = SimpleUploadedFile("photo.png", png_bytes(size=(400, 400), noise=True))
    assert big.size > 1024
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Photo", "file": big, "collection": 1}
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_oversized_form_bodies_are_refused_with_400(client, settings):
    body = {"username": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1), "password": "y"}
    assert client.post("/admin/login/", body).status_code == 400
