import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.structure import ensure_site
from practices.models import CaseStoryIndexPage, PracticeIndexPage, PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(django_user_model, home):
    def make(group_name, username):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def practice_form(title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "Des aînés et des élèves du primaire jardinent ensemble.",
            "description": streamfield([]),
            "indicators": streamfield([]),
            "attachments": streamfield([]),
            "related_practices": streamfield([]),
            "related_resources": streamfield([]),
            "status": "en-cours",
            "comments": inline_formset([]),
            action: "1",
        }
    )


def test_every_section_is_under_editorial_review_in_both_languages(home):
    ensure_site()  # a second run adds nothing
    indexes = [*PracticeIndexPage.objects.all(), *CaseStoryIndexPage.objects.all()]
    assert len(indexes) == 4
    for index in indexes:
        assert WorkflowPage.objects.get(page=index).workflow.name == "Révision éditoriale"
    contributors = GroupPagePermission.objects.filter(group__name="Contributeurs", page__in=indexes)
    assert {p.permission.codename for p in contributors} == {"add_page", "change_page"}
    assert contributors.count() == 2 * 4


def test_a_contributor_cannot_publish_but_can_submit_for_review(member, client):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    contributor = member("Contributeurs", "contributrice")
    assert not index.permissions_for_user(contributor).can_publish_subpage()
    client.force_login(contributor)
    url = f"/admin/pages/add/practices/practicepage/{index.id}/"
    assert client.get(url).status_code == 200

    client.post(url, practice_form("Jardin intergenerationnel", "action-publish"))
    page = PracticePage.objects.get(slug="jardin-intergenerationnel")
    assert not page.live  # the publish action is refused

    response = client.post(
        f"/admin/pages/{page.id}/edit/", practice_form("Jardin intergenerationnel", "action-submit")
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"


def test_an_editor_can_publish(member, client):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    editor = member("Éditeurs", "editeur")
    assert index.permissions_for_user(editor).can_publish_subpage()
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/practices/practicepage/{index.id}/",
        practice_form("Halte-garderie de quartier", "action-publish"),
    )
    assert response.status_code == 302
    assert PracticePage.objects.get(slug="halte-garderie-de-quartier").live


def test_editors_have_listings_filtered_by_verdict(make_story, admin_client):
    make_story(title="Le bon coup", slug="bon", verdict="bon-coup")
    make_story(title="Le mauvais coup", slug="mauvais", verdict="mauvais-coup")
    response = admin_client.get("/admin/stories/", {"verdict": "mauvais-coup"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le mauvais coup" in html and "Le bon coup" not in html
    assert admin_client.get("/admin/practices/").status_code == 200


def test_a_contributors_submission_still_gets_wagtails_moderation_email(member, client, mailoutbox):
    # Public proposals send only our own email (tests/practices/test_proposal.py); a submission
    # made in the admin keeps Wagtail's notice to the editors.
    editor = member("Éditeurs", "editrice")
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    client.force_login(member("Contributeurs", "contributrice"))
    client.post(
        f"/admin/pages/add/practices/practicepage/{index.id}/",
        practice_form("Cafe des aines", "action-submit"),
    )
    assert PracticePage.objects.get(slug="cafe-des-aines").current_workflow_state
    assert [editor.email] in [message.to for message in mailoutbox]
