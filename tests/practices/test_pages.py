import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from home.structure import translate
from practices.models import CaseStoryIndexPage, CaseStoryPage, PracticeIndexPage, PracticePage
from tests.factories import OrganizationFactory
from tests.practices.conftest import url_of

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_practice_renders_in_french_with_its_tags_and_key_facts(make_practice, client):
    page = make_practice(mrcs=["430", "450"], sectors=["securite-alimentaire"], age_groups=["0-5"])
    response = client.get(url_of(page))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cuisine collective du quartier" in html
    assert "Moisson Estrie" in html
    assert "Estrie" in html and "Memphrémagog" in html
    assert "?mrc=430" in html and "?sector=securite-alimentaire" in html
    assert "?age_group=0-5" in html
    assert "Leçons apprises" in html and "callout--success" in html and "callout--danger" in html
    assert "2019–" in html and "En cours" in html
    assert "julie@example.org" in html
    data = json_ld(html)
    assert data["@type"] == "CreativeWork"
    assert data["creator"]["name"] == "Moisson Estrie"
    assert data["inLanguage"] == "fr-CA"
    assert data["temporalCoverage"] == "2019/.."


def test_practice_indicators_render_as_a_table(make_practice, client):
    page = make_practice(
        evidence="donnees-suivi",
        indicators=[
            (
                "indicator",
                {
                    "name": "Repas cuisinés",
                    "value": "4 200",
                    "unit": "portions",
                    "period": "2023",
                    "source": "Registre de l'organisme",
                },
            )
        ],
    )
    html = client.get(url_of(page)).content.decode()
    assert re.search(r"<th scope=\"row\">Repas cuisinés</th><td>4 200 portions</td>", html)
    assert "Données de suivi" in html


def test_practice_renders_in_english_once_translated(make_practice, en_locale, client):
    page = make_practice(sectors=["securite-alimentaire"])
    english = translate(
        page,
        en_locale,
        title="Neighbourhood community kitchen",
        slug="neighbourhood-community-kitchen",
        summary="Families cook together once a month.",
    )
    response = client.get(url_of(english))
    assert response.status_code == 200
    assert url_of(english).startswith("/en/practices/")
    html = response.content.decode()
    assert "Neighbourhood community kitchen" in html
    assert "Food security" in html and "?sector=securite-alimentaire" in html
    assert "Lessons learned" in html and "Ongoing" in html and "Key facts" in html
    assert json_ld(html)["inLanguage"] == "en-CA"


def test_story_renders_with_its_verdict_in_both_languages(make_story, en_locale, client):
    story = make_story(sectors=["transport"], age_groups=["65-plus"])
    html = client.get(url_of(story)).content.decode()
    assert re.search(r'class="badge badge--danger">Mauvais coup<', html)
    assert "Transport collectif de la Matapédia" in html
    assert "?sector=transport" in html and "?age_group=65-plus" in html
    data = json_ld(html)
    assert data["@type"] == "Article"
    assert data["author"]["name"] == "Transport collectif de la Matapédia"

    english = translate(
        story, en_locale, title="The mobile grocery that never took off", slug="mobile-grocery"
    )
    html = client.get(url_of(english)).content.decode()
    assert re.search(r'class="badge badge--danger">Failure<', html)
    assert "Transportation" in html and "65 and over" in html


def test_anonymised_story_never_names_its_organizations_or_contact(
    make_story, story_index, client, admin_client
):
    partner = OrganizationFactory(name="Caisse Desjardins du Haut-Richelieu")
    story = make_story(anonymised=True, partners=[partner])
    secrets = [
        "Transport collectif de la Matapédia",
        "Caisse Desjardins du Haut-Richelieu",
        "Marc Bélanger",
        "marc@example.org",
        "418 555-0199",
    ]
    page_html = client.get(url_of(story)).content.decode()
    listing_html = client.get(url_of(story_index)).content.decode()
    ld = json.dumps(json_ld(page_html), ensure_ascii=False)
    body = story.get_search_body()
    assert "L&#x27;épicerie mobile qui n&#x27;a pas roulé" in listing_html
    assert "Partagé de façon anonyme" in page_html
    for secret in secrets:
        assert secret not in page_html
        assert secret not in listing_html
        assert secret not in ld
        assert secret not in body
    # Editors still see who it is.
    edit_html = admin_client.get(f"/admin/pages/{story.id}/edit/").content.decode()
    assert "Marc Bélanger" in edit_html and "marc@example.org" in edit_html


def test_named_story_search_body_includes_organizations(make_story):
    story = make_story()
    assert "Transport collectif de la Matapédia" in story.get_search_body()
    assert story.get_extra_facets() == {"verdict": ["mauvais-coup"]}
    assert story.search_type == "story"


def test_failures_list_like_successes_and_the_verdict_filter(make_story, story_index, client):
    make_story(title="Le frigo communautaire", slug="frigo", verdict="bon-coup")
    make_story(title="La halte-garderie fermée", slug="halte", verdict="mauvais-coup")
    url = url_of(story_index)
    html = client.get(url).content.decode()
    assert "Le frigo communautaire" in html and "La halte-garderie fermée" in html
    html = client.get(url, {"verdict": "mauvais-coup"}).content.decode()
    assert "La halte-garderie fermée" in html and "Le frigo communautaire" not in html
    # An unknown verdict shows everything rather than failing.
    response = client.get(url, {"verdict": "<script>"})
    assert response.status_code == 200
    assert "Le frigo communautaire" in response.content.decode()


def test_practice_index_lists_newest_live_practices_with_pagination(
    make_practice, practice_index, client
):
    for number in range(22):
        make_practice(title=f"Pratique {number:02d}", slug=f"pratique-{number}")
    draft = PracticePage(title="Brouillon secret", slug="brouillon", summary="x", live=False)
    practice_index.add_child(instance=draft)
    url = url_of(practice_index)
    first = client.get(url).content.decode()
    assert "Pratique 21" in first and "Pratique 02" in first and "Pratique 01" not in first
    assert "Brouillon secret" not in first
    second = client.get(url, {"page": 2}).content.decode()
    assert "Pratique 01" in second and "Pratique 00" in second
    assert client.get(url, {"page": "abc"}).status_code == 404


def test_index_listing_query_count_does_not_grow_with_cards(make_practice, practice_index, client):
    url = url_of(practice_index)
    make_practice(title="Une", slug="une", mrcs=["430"], sectors=["transport"])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(6):
        make_practice(
            title=f"Autre {number}",
            slug=f"autre-{number}",
            mrcs=["430", "450", "100"],
            sectors=["transport", "habitation"],
            age_groups=["0-5", "6-12"],
        )
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert "Autre 5" in html
    assert len(many) == len(few)


def test_practice_page_query_count_is_fixed_whatever_the_number_of_tags(
    make_practice, client, django_assert_num_queries
):
    target_a = make_practice(title="Cible A", slug="cible-a")
    target_b = make_practice(title="Cible B", slug="cible-b")
    one = make_practice(
        title="Un tag",
        slug="un-tag",
        mrcs=["430"],
        partners=[OrganizationFactory()],
        related_practices=[("practice", target_a)],
    )
    ten = make_practice(
        title="Dix tags",
        slug="dix-tags",
        mrcs=["430", "450", "100", "070"],
        sectors=["transport", "habitation", "culture"],
        age_groups=["0-5", "6-12", "65-plus"],
        partners=[OrganizationFactory(), OrganizationFactory(), OrganizationFactory()],
        related_practices=[("practice", target_a), ("practice", target_b)],
    )
    one_url, ten_url = url_of(one), url_of(ten)
    client.get(one_url)
    with CaptureQueriesContext(connection) as baseline:
        client.get(one_url)
    with django_assert_num_queries(len(baseline)):
        html = client.get(ten_url).content.decode()
    assert "Cible B" in html and "Memphrémagog" in html and "Culture" in html
    assert len(baseline) <= 25


def test_page_types_sit_where_they_belong(home, practice_index, story_index):
    assert PracticeIndexPage.allowed_subpage_models() == [PracticePage]
    assert CaseStoryIndexPage.allowed_subpage_models() == [CaseStoryPage]
    assert PracticePage.allowed_parent_page_models() == [PracticeIndexPage]
    assert CaseStoryPage.allowed_parent_page_models() == [CaseStoryIndexPage]
    assert PracticePage.can_create_at(practice_index)
    assert not PracticePage.can_create_at(story_index)
    assert not CaseStoryPage.can_create_at(home)
    assert not PracticePage.allowed_subpage_models()
    # One section of each per home page (the English home has its own).
    assert not PracticeIndexPage.can_create_at(home)
    assert HomePage in PracticeIndexPage.allowed_parent_page_models()


def test_sections_exist_in_both_languages(home, client):
    assert client.get("/fr/pratiques/").status_code == 200
    assert client.get("/en/practices/").status_code == 200
    assert "Bons et mauvais coups" in client.get("/fr/bons-et-mauvais-coups/").content.decode()
    assert "Successes and failures" in client.get("/en/successes-and-failures/").content.decode()


def test_json_ld_cannot_break_out_of_its_script(make_practice, client):
    page = make_practice(summary="</script><script>alert(1)</script>")
    html = client.get(url_of(page)).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"
