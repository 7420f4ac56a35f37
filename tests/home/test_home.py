import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

pytestmark = pytest.mark.django_db


def test_root_redirects_to_french(home, client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_home_renders_in_french_and_english(home, client):
    fr = client.get("/fr/")
    assert fr.status_code == 200
    html = fr.content.decode()
    assert re.search(r'<html lang="fr', html)
    assert "Aller au contenu" in html
    assert "Rechercher" in html

    en = client.get("/en/")
    assert en.status_code == 200
    html = en.content.decode()
    assert re.search(r'<html lang="en', html)
    assert "Skip to content" in html


def test_language_switch_leads_to_the_translated_page(home, client):
    html = client.get("/fr/").content.decode()
    assert re.search(r'<a href="/en/"[^>]*hreflang="en"', html)
    html = client.get("/en/").content.decode()
    assert re.search(r'<a href="/fr/"[^>]*hreflang="fr"', html)


def test_language_switch_on_a_view_keeps_the_view(home, client):
    html = client.get("/fr/recherche/?q=habitation").content.decode()
    assert 'href="/en/search/?q=habitation"' in html


def test_admin_shows_the_wagtail_login(client):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_unknown_page_is_a_404_in_the_sites_look(home, client):
    response = client.get("/fr/cette-page-nexiste-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_every_french_catalog_entry_is_translated():
    catalogs = [
        path
        for path in Path(settings.BASE_DIR).glob("*/locale/fr/LC_MESSAGES/django.po")
        if ".venv" not in path.parts
    ]
    assert catalogs
    for path in catalogs:
        catalog = polib.pofile(str(path))
        untranslated = [e.msgid for e in catalog.untranslated_entries()]
        fuzzy = [e.msgid for e in catalog.fuzzy_entries()]
        assert not untranslated, f"{path}: {untranslated}"
        assert not fuzzy, f"{path}: {fuzzy}"
