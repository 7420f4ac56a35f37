"""Editors do nothing special: the search follows publishing, edits, unpublishing, deleting,
privacy and translation at once."""

import pytest

from django.core.management import call_command

from wagtail.models import Locale, PageViewRestriction

from resources.models import ResourceIndexPage, ResourcePage
from tests.factories import mrc, need, sector

pytestmark = pytest.mark.django_db


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    return response.json()


def titles(data):
    return {r["title"] for r in data["results"]}


@pytest.fixture
def resource(home):
    index = ResourceIndexPage.objects.get(locale__language_code="fr")
    page = ResourcePage(
        title="Formation en mesure d'impact social",
        slug="formation-mesure-impact",
        kind="formation",
        summary="Une formation pour bâtir ses indicateurs et rendre compte aux bailleurs de fonds.",
    )
    page.mrcs = [mrc("450")]
    page.sectors = [sector("economie-sociale")]
    page.needs = [need("mesure-impact")]
    index.add_child(instance=page)
    page.save_revision().publish()
    return ResourcePage.objects.get(pk=page.pk)


def test_published_page_is_found_by_words_and_facets(client, resource):
    data = api(client, q="indicateurs bailleurs", mrc="450", need="mesure-impact")
    assert titles(data) == {"Formation en mesure d'impact social"}
    result = data["results"][0]
    assert result["url"] == "/fr/ressources/formation-mesure-impact/"
    assert result["regions"] == ["05"] and result["needs"] == ["mesure-impact"]


def test_an_edit_shows_at_once(client, resource):
    resource.title = "Formation en évaluation participative"
    resource.save_revision().publish()
    assert titles(api(client, q="participative")) == {"Formation en évaluation participative"}
    assert titles(api(client, q="formation")) == {"Formation en évaluation participative"}


def test_a_draft_change_is_not_searchable_until_published(client, resource):
    resource.title = "Titre en brouillon seulement"
    resource.save_revision()
    assert api(client, q="brouillon")["count"] == 0
    assert api(client, q="indicateurs")["count"] == 1


def test_unpublished_and_deleted_pages_leave_the_search(client, resource):
    resource.unpublish()
    assert api(client, q="indicateurs")["count"] == 0
    resource.save_revision().publish()
    assert api(client, q="indicateurs")["count"] == 1
    resource.delete()
    assert api(client, q="indicateurs")["count"] == 0


def test_a_private_page_leaves_the_search(client, resource):
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert api(client, q="indicateurs")["count"] == 0
    restriction.delete()
    assert api(client, q="indicateurs")["count"] == 1


def test_a_translation_is_found_in_its_language(client, resource):
    english = resource.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Social impact measurement training"
    english.summary = "Build indicators and report to funders."
    english.save_revision().publish()
    assert titles(api(client, lang="en", q="funders")) == {"Social impact measurement training"}
    assert api(client, q="funders")["count"] == 0


def test_rebuild_from_scratch_gives_the_same_search(client, resource):
    before = api(client, q="indicateurs")
    call_command("rebuild_search_index", verbosity=0)
    after = api(client, q="indicateurs")
    assert titles(after) == titles(before)
    assert after["facets"] == before["facets"]
