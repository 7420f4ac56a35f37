"""Requests refused before any view runs still get a page that says why, in French first."""

import pytest

from django.test import Client

from practices.models import PracticePage
from tests.production.support import inline_code

from .test_forms import fr, practice_proposal

pytestmark = pytest.mark.django_db


def test_an_unknown_host_gets_a_french_400(client, settings, home):
    settings.ALLOWED_HOSTS = ["maillage.quebec"]
    response = client.get("/fr/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Requête refusée" in response.content.decode()


def test_a_form_with_too_many_fields_gets_a_french_400_and_saves_nothing(client, settings, home):
    data = practice_proposal() | {f"extra{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)}
    response = client.post(fr("propose_practice"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Requête refusée" in html
    assert inline_code(html)[0] == []
    assert not PracticePage.objects.exists()


def test_an_expired_form_token_says_so_in_french_and_saves_nothing(home):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(fr("propose_practice"), practice_proposal())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Le formulaire n'a pas été envoyé" in html
    assert "Rien n'a été enregistré" in html
    assert inline_code(html)[0] == []
    assert not PracticePage.objects.exists()
