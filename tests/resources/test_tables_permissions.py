"""Coordinators edit and publish their own table and its plans through the real admin, and
nothing else."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from wagtail.models import GroupPagePermission, Locale

from home.structure import publish, translate
from portal.notifications import EDITORS_GROUP
from resources.models import ActionPlanPage, ConcertationTablePage
from resources.tables_permissions import coordination_group_name
from tests.admin_support import post_edit_form, refused
from tests.resources.test_tables_support import add_plan, add_table, registry_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


@pytest.fixture
def table_a(registry):
    table = add_table(registry, "Table jeunesse de Memphrémagog", mrcs=["450"])
    add_plan(table, "Plan jeunesse", THIS_YEAR, THIS_YEAR + 2, [("en-cours", 40)])
    return table


@pytest.fixture
def table_b(registry):
    return add_table(registry, "Table des aînés de Lotbinière", mrcs=["330"])


@pytest.fixture
def coordinator(client, django_user_model, table_a):
    user = django_user_model.objects.create_user("julie", "julie@example.org", "pw")
    user.groups.add(Group.objects.get(name="Coordination — Table jeunesse de Memphrémagog"))
    client.force_login(user)
    return client


def edit_and_publish(client, page, **changes):
    return post_edit_form(client, page, "action-publish", **changes)


def test_creating_a_table_creates_its_coordination_group_with_nothing_else(table_a):
    group = Group.objects.get(name="Coordination — Table jeunesse de Memphrémagog")

    assert [p.codename for p in group.permissions.all()] == ["access_admin"]
    page_permissions = GroupPagePermission.objects.filter(group=group)
    assert {gpp.page_id for gpp in page_permissions} == {table_a.id}
    assert sorted(gpp.permission.codename for gpp in page_permissions) == [
        "add_page",
        "change_page",
        "publish_page",
    ]


def test_a_translation_shares_its_tables_group(table_a):
    english = translate(
        table_a,
        Locale.objects.get(language_code="en"),
        title="Memphrémagog youth table",
        slug="youth-table",
    )

    groups = Group.objects.filter(name__startswith="Coordination — ")
    assert list(groups.values_list("name", flat=True)) == [coordination_group_name(table_a.title)]
    assert GroupPagePermission.objects.filter(group=groups.get(), page=english).count() == 3


def test_editors_manage_the_registry(registry):
    editors = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(
        GroupPagePermission.objects.filter(group=editors, page=registry).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "publish_page"}


def test_coordinator_dashboard_lists_their_table_first(coordinator, table_a, table_b):
    html = coordinator.get("/admin/").content.decode()

    assert "Table jeunesse de Memphrémagog" in html
    assert f"/admin/pages/{table_a.id}/edit/" in html
    assert "Table des aînés de Lotbinière" not in html


def test_coordinator_edits_and_publishes_their_table(coordinator, table_a):
    response = edit_and_publish(coordinator, table_a, summary="Agir ensemble pour les jeunes.")

    assert response.status_code == 302
    table = ConcertationTablePage.objects.get(pk=table_a.pk)
    assert table.live and not table.has_unpublished_changes
    assert table.summary == "Agir ensemble pour les jeunes."


def test_coordinator_edits_and_publishes_their_tables_plans(coordinator, table_a):
    plan = ActionPlanPage.objects.child_of(table_a).get()

    response = edit_and_publish(coordinator, plan, **{"actions-0-progress": "80"})

    assert response.status_code == 302
    plan = ActionPlanPage.objects.get(pk=plan.pk)
    assert plan.live and not plan.has_unpublished_changes
    assert plan.progress == 80


def test_coordinator_can_add_a_plan_to_their_table(coordinator, table_a):
    add_url = f"/admin/pages/add/resources/actionplanpage/{table_a.id}/"
    assert coordinator.get(add_url).status_code == 200


def test_coordinator_cannot_edit_another_table(coordinator, table_b):
    assert refused(coordinator.get(f"/admin/pages/{table_b.id}/edit/"))
    response = coordinator.post(
        f"/admin/pages/{table_b.id}/edit/",
        {"title": "Détournée", "slug": table_b.slug, "action-publish": "action-publish"},
    )
    assert refused(response)
    assert ConcertationTablePage.objects.get(pk=table_b.pk).title == "Table des aînés de Lotbinière"


def test_coordinator_cannot_create_a_table(coordinator, registry):
    add_url = f"/admin/pages/add/resources/concertationtablepage/{registry.id}/"
    assert refused(coordinator.get(add_url))
    assert refused(coordinator.post(add_url, {"title": "Nouvelle table", "slug": "nouvelle"}))
    assert not ConcertationTablePage.objects.filter(slug="nouvelle").exists()


def test_coordinator_cannot_edit_a_resource(coordinator, home):
    from resources.models import ResourceIndexPage, ResourcePage

    index = ResourceIndexPage.objects.get(locale=home.locale)
    resource = ResourcePage(
        title="Fonds d'aide aux initiatives", slug="fonds", kind="financement", summary="Un fonds."
    )
    index.add_child(instance=resource)
    publish(resource)

    assert refused(coordinator.get(f"/admin/pages/{resource.id}/edit/"))


def test_coordinator_cannot_edit_a_practice(coordinator, home):
    practices = pytest.importorskip("practices.models")
    index = practices.PracticeIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        pytest.skip("the practices section is not registered")
    practice = practices.PracticePage(
        title="Cuisine collective", slug="cuisine-collective", summary="Des familles cuisinent."
    )
    index.add_child(instance=practice)
    publish(practice)

    assert refused(coordinator.get(f"/admin/pages/{practice.id}/edit/"))


def test_a_progress_above_100_is_refused_with_a_message(coordinator, table_a):
    plan = ActionPlanPage.objects.child_of(table_a).get()

    response = edit_and_publish(coordinator, plan, **{"actions-0-progress": "150"})

    assert response.status_code == 200  # the form again, with its errors
    assert "100" in response.content.decode() and "error" in response.content.decode()
    assert ActionPlanPage.objects.get(pk=plan.pk).progress == 40


def test_coordinator_can_choose_member_organizations(coordinator):
    from portal.models import Organization
    from tests.factories import OrganizationFactory

    OrganizationFactory(name="Moisson Estrie")
    chooser = f"/admin/snippets/choose/{Organization._meta.app_label}/organization/"

    response = coordinator.get(chooser)

    assert response.status_code == 200
    assert "Moisson Estrie" in response.content.decode()


@pytest.fixture
def table_b_draft_plan(table_b):
    plan = add_plan(table_b, "Plan secret des aînés", THIS_YEAR, THIS_YEAR + 1, live=False)
    plan.save_revision()
    return plan


def test_coordinator_cannot_edit_or_add_another_tables_plans(coordinator, table_b):
    plan = add_plan(table_b, "Plan des aînés", THIS_YEAR, THIS_YEAR + 2, [("en-cours", 20)])

    assert refused(coordinator.get(f"/admin/pages/{plan.id}/edit/"))
    response = coordinator.post(
        f"/admin/pages/{plan.id}/edit/",
        {"title": "Détourné", "slug": plan.slug, "action-publish": "action-publish"},
    )
    assert refused(response)
    assert ActionPlanPage.objects.get(pk=plan.pk).title == "Plan des aînés"
    add_url = f"/admin/pages/add/resources/actionplanpage/{table_b.id}/"
    assert refused(coordinator.get(add_url))
    assert refused(coordinator.post(add_url, {"title": "Plan ajouté", "slug": "plan-ajoute"}))
    assert not ActionPlanPage.objects.filter(slug="plan-ajoute").exists()


def test_coordinator_sees_no_draft_of_another_table_in_the_admin(
    coordinator, registry, table_a, table_b, table_b_draft_plan
):
    plan = table_b_draft_plan
    for address in [
        "/admin/",
        f"/admin/pages/{registry.id}/",
        "/admin/pages/search/?q=secret",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/locked/",
        f"/admin/choose-page/{table_b.id}/",
        "/admin/choose-page/search/?q=secret",
    ]:
        response = coordinator.get(address)
        assert response.status_code in (200, 302, 403), address
        assert "Plan secret des aînés" not in response.content.decode(), address
    for address in [
        f"/admin/pages/{table_b.id}/",
        f"/admin/pages/{plan.id}/view_draft/",
        f"/admin/pages/{plan.id}/edit/preview/",
        f"/admin/pages/{plan.id}/history/",
        f"/admin/api/main/pages/{plan.id}/",
    ]:
        response = coordinator.get(address)
        # Refused, or (the explorer) sent back to the coordinator's own table.
        assert response.status_code in (302, 403, 404), address
        if response.status_code == 302:
            assert response["Location"] in ("/admin/", f"/admin/pages/{table_a.id}/"), address
        assert "Plan secret des aînés" not in response.content.decode(), address


def test_coordinator_cannot_add_or_publish_practices(coordinator, home):
    from practices.models import PracticeIndexPage

    index = PracticeIndexPage.objects.get(locale=home.locale)
    add_url = f"/admin/pages/add/practices/practicepage/{index.id}/"
    assert refused(coordinator.get(add_url))
    response = coordinator.post(
        add_url, {"title": "Pratique détournée", "slug": "detournee", "action-publish": "1"}
    )
    assert refused(response)
    assert not index.get_children().filter(slug="detournee").exists()


def test_the_page_chooser_still_offers_drafts_to_whoever_may_edit_them(
    coordinator, django_user_model, table_a, table_b, table_b_draft_plan
):
    own = add_plan(table_a, "Plan brouillon de la jeunesse", THIS_YEAR, THIS_YEAR + 1, live=False)
    own.save_revision()
    browse = coordinator.get(f"/admin/choose-page/{table_a.id}/").content.decode()
    assert "Plan brouillon de la jeunesse" in browse
    # Live pages stay choosable: a coordinator may link to another table.
    search = coordinator.get("/admin/choose-page/search/?q=Lotbinière").content.decode()
    assert "Table des aînés de Lotbinière" in search
    # The control: a superuser is offered the other table's draft.
    superuser = Client()
    superuser.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    search = superuser.get("/admin/choose-page/search/?q=secret").content.decode()
    assert "Plan secret des aînés" in search
