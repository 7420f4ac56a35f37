"""What each editorial group can do in the real admin: contributors draft and submit but never
publish, unpublish or delete what is live; editors publish but only administrators manage
accounts."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import WorkflowState

from portal.notifications import ADMINISTRATORS_GROUP, CONTRIBUTORS_GROUP, EDITORS_GROUP
from practices.models import PracticeIndexPage, PracticePage
from tests.admin_support import post_edit_form, refused
from tests.practices.conftest import url_of

pytestmark = pytest.mark.django_db

LIVE_TEXT = "Des familles cuisinent ensemble une fois par mois."


@pytest.fixture
def member(django_user_model, home):
    def make(username, *group_names):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(*Group.objects.filter(name__in=group_names))
        return user

    return make


@pytest.fixture
def live_practice(make_practice):
    return make_practice(title="Cuisine collective", summary=LIVE_TEXT)


@pytest.fixture
def contributor(client, member):
    client.force_login(member("contributrice", CONTRIBUTORS_GROUP))
    return client


def visitor_sees(page):
    from django.test import Client

    return Client().get(url_of(page)).content.decode()


# --- Contributors -----------------------------------------------------------------------------


def test_a_contributor_pressing_publish_on_a_live_page_only_saves_a_draft(
    contributor, live_practice
):
    response = post_edit_form(
        contributor, live_practice, "action-publish", summary="Texte de la contributrice."
    )

    assert response.status_code in (200, 302)
    page = PracticePage.objects.get(pk=live_practice.pk)
    assert page.summary == LIVE_TEXT  # the live version is untouched
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().summary == "Texte de la contributrice."
    html = visitor_sees(page)
    assert LIVE_TEXT in html and "Texte de la contributrice." not in html


def test_a_contributor_submits_for_review_and_cannot_approve_it(contributor, live_practice, member):
    response = post_edit_form(
        contributor, live_practice, "action-submit", summary="Texte soumis à la révision."
    )
    assert response.status_code == 302
    page = PracticePage.objects.get(pk=live_practice.pk)
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    task_state = state.current_task_state
    approve = f"/admin/pages/workflow/action/{page.id}/approve/{task_state.id}/"
    assert refused(contributor.post(approve, {}))
    page.refresh_from_db()
    assert page.summary == LIVE_TEXT
    assert PracticePage.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"
    assert "Texte soumis à la révision." not in visitor_sees(page)

    # The control: an editor's approval publishes it.
    contributor.force_login(member("editrice", EDITORS_GROUP))
    assert contributor.post(approve, {}).status_code == 302
    assert PracticePage.objects.get(pk=page.pk).summary == "Texte soumis à la révision."


def test_a_contributor_cannot_unpublish_delete_or_bulk_publish(contributor, live_practice, member):
    page_id = live_practice.id
    assert refused(contributor.get(f"/admin/pages/{page_id}/unpublish/"))
    assert refused(contributor.post(f"/admin/pages/{page_id}/unpublish/", {}))
    assert refused(contributor.get(f"/admin/pages/{page_id}/delete/"))
    assert refused(contributor.post(f"/admin/pages/{page_id}/delete/", {}))
    page = PracticePage.objects.get(pk=page_id)
    assert page.live
    assert LIVE_TEXT in visitor_sees(page)

    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    draft = PracticePage(
        title="Brouillon", slug="brouillon", summary="Pas encore prêt.", live=False
    )
    index.add_child(instance=draft)
    draft.save_revision()
    bulk = f"/admin/bulk/wagtailcore/page/publish/?id={draft.id}"
    contributor.post(bulk, {})
    assert not PracticePage.objects.get(pk=draft.pk).live
    # The control: the same request from an editor publishes it.
    contributor.force_login(member("editrice", EDITORS_GROUP))
    contributor.post(bulk, {})
    assert PracticePage.objects.get(pk=draft.pk).live


def test_a_contributor_cannot_edit_the_home_page_or_the_tables(contributor, home):
    assert refused(contributor.get(f"/admin/pages/{home.id}/edit/"))
    from resources.models import ConcertationTableIndexPage

    registry = ConcertationTableIndexPage.objects.get(locale=home.locale)
    add = f"/admin/pages/add/resources/concertationtablepage/{registry.id}/"
    assert refused(contributor.get(add))


# --- Editors and administrators ---------------------------------------------------------------

ACCOUNT_PAGES = ["/admin/users/", "/admin/users/new/", "/admin/groups/", "/admin/groups/new/"]


def test_an_editor_publishes_but_cannot_manage_accounts(client, member, live_practice):
    editor = member("editrice", EDITORS_GROUP)
    client.force_login(editor)

    response = post_edit_form(client, live_practice, "action-publish", summary="Corrigé.")
    assert response.status_code == 302
    assert PracticePage.objects.get(pk=live_practice.pk).summary == "Corrigé."

    for address in ACCOUNT_PAGES + [f"/admin/users/edit/{editor.pk}/"]:
        assert refused(client.get(address)), address
    response = client.post(
        "/admin/users/new/",
        {
            "username": "intrus",
            "email": "intrus@example.org",
            "password1": "un-mot-de-passe-solide-42",
            "password2": "un-mot-de-passe-solide-42",
            "is_superuser": "on",
        },
    )
    assert refused(response)
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="intrus").exists()
    # Nor can they give themselves more rights through their own group.
    editors = Group.objects.get(name=EDITORS_GROUP)
    response = client.post(f"/admin/groups/edit/{editors.pk}/", {"name": EDITORS_GROUP})
    assert refused(response)
    assert not editors.permissions.filter(content_type__app_label="auth").exists()
    assert "/admin/users/" not in client.get("/admin/").content.decode()


def test_an_editor_in_the_administrators_group_manages_accounts(client, member):
    from django.contrib.auth import get_user_model

    admin = member("gestionnaire", EDITORS_GROUP, ADMINISTRATORS_GROUP)
    assert not admin.is_superuser
    client.force_login(admin)
    for address in ACCOUNT_PAGES + [f"/admin/users/edit/{admin.pk}/"]:
        assert client.get(address).status_code == 200, address

    response = client.post(
        "/admin/users/new/",
        {
            "username": "nouvelle",
            "email": "nouvelle@example.org",
            "first_name": "Nadia",
            "last_name": "Roy",
            "password1": "un-mot-de-passe-solide-42",
            "password2": "un-mot-de-passe-solide-42",
            "groups": [Group.objects.get(name=CONTRIBUTORS_GROUP).pk],
        },
    )
    assert response.status_code == 302
    created = get_user_model().objects.get(username="nouvelle")
    assert list(created.groups.values_list("name", flat=True)) == [CONTRIBUTORS_GROUP]


def test_the_administrators_group_holds_account_rights_only(home):
    group = Group.objects.get(name=ADMINISTRATORS_GROUP)
    codenames = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    accounts = {
        ("auth", f"{action}_{model}")
        for model in ("user", "group")
        for action in ("add", "change", "delete", "view")
    }
    assert accounts | {("wagtailadmin", "access_admin")} <= codenames
    assert not group.page_permissions.exists()  # publishing is the editors' job
    editors = Group.objects.get(name=EDITORS_GROUP)
    assert not editors.permissions.filter(content_type__app_label="auth").exists()
