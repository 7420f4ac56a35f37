"""/.well-known/security.txt tells researchers where to report a vulnerability (RFC 9116)."""

from datetime import datetime, timedelta

import pytest

from django.utils import timezone

pytestmark = pytest.mark.django_db


def fields(response):
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines)


def test_security_txt_names_the_contact_and_expires_within_a_year(client):
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    assert found["Contact"] == "mailto:securite@maillage.quebec"
    assert found["Canonical"] == "http://testserver/.well-known/security.txt"
    assert found["Preferred-Languages"] == "fr, en"
    expires = datetime.fromisoformat(found["Expires"])
    assert timezone.now() + timedelta(days=30) < expires < timezone.now() + timedelta(days=365)
    assert found["Expires"].endswith("Z")


def test_the_contact_comes_from_the_settings(client, settings):
    settings.SECURITY_CONTACT = "alerte@example.org"
    settings.SECURITY_POLICY_URL = "https://example.org/divulgation"
    found = fields(client.get("/.well-known/security.txt"))
    assert found["Contact"] == "mailto:alerte@example.org"
    assert found["Policy"] == "https://example.org/divulgation"
    settings.SECURITY_CONTACT = "https://example.org/signaler"
    assert (
        fields(client.get("/.well-known/security.txt"))["Contact"] == "https://example.org/signaler"
    )
