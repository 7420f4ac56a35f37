"""The load test's practice copies are real pages to a visitor: served, listed, searchable, and
the page tree stays consistent (PostgreSQL only: the copies are made in its SQL)."""

import pytest

from django.core.management import call_command
from django.db import connection

from wagtail.models import Page

from practices.models import PracticePage
from tests.load.grow_practices import grow

pytestmark = [
    pytest.mark.django_db(transaction=False),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="copies are made in PostgreSQL"),
]


def test_copies_are_live_pages_served_searched_and_not_made_twice(client):
    call_command("seed_demo", verbosity=0, practices=6, stories=2, resources=2, tables=1)
    french = PracticePage.objects.filter(locale__language_code="fr")
    assert french.count() == 6

    assert grow(20, log=lambda line: None) == 14
    assert grow(20, log=lambda line: None) == 0
    assert french.count() == 20
    assert Page.find_problems() == ([], [], [], [], [])

    copy = french.order_by("-path").first()
    assert copy.live and copy.url_path.endswith(f"/{copy.slug}/")
    api = client.get("/api/search/", {"type": "practice", "page_size": 100}).json()
    assert api["count"] == 20
    url = next(r["url"] for r in api["results"] if r["url"].endswith(f"/{copy.slug}/"))
    response = client.get(url)
    assert response.status_code == 200
    assert copy.title in response.content.decode()
