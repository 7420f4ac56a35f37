"""The demo tables: varied, idempotent, deterministic."""

import random

import pytest

from portal import demo as portal_demo
from resources import tables_demo
from resources.models import ActionPlanPage, ConcertationTablePage

pytestmark = pytest.mark.django_db


def run(count=12):
    options = {"tables": count, "seed": 2026}
    portal_demo.seed(options, random.Random("orgs"), lambda _message: None)
    tables_demo.seed(options, random.Random("tables"), lambda _message: None)


def snapshot():
    return sorted(
        (
            page.locale.language_code,
            page.slug,
            page.level,
            page.status,
            tuple(page.members.values_list("organization__name", "role")),
            tuple(page.mrcs.values_list("code", flat=True)),
        )
        for page in ConcertationTablePage.objects.select_related("locale")
    ), sorted(
        (plan.url_path, tuple(plan.actions.values_list("title", "status", "progress")))
        for plan in ActionPlanPage.objects.all()
    )


def test_demo_tables_cover_regions_levels_plans_and_translations(home):
    run()

    tables = ConcertationTablePage.objects.filter(locale__language_code="fr")
    assert tables.count() == 12
    assert all(table.live and table.latest_revision_id for table in tables)
    regions = set(tables.values_list("mrcs__region__code", flat=True)) - {None}
    assert len(regions) >= 5
    assert set(tables.values_list("level", flat=True)) >= {
        "locale",
        "mrc",
        "regionale",
        "nationale",
    }
    assert tables.filter(status="inactive").count() == 1
    without_plan = [t for t in tables if not t.plan_list]
    assert len(without_plan) == 2
    with_past = [t for t in tables if any(plan.is_past for plan in t.plan_list)]
    assert with_past
    assert all(t.current_plan and not t.current_plan.is_past for t in tables if t.plan_list)
    statuses = set(ActionPlanPage.objects.values_list("actions__status", flat=True))
    assert {"realisee", "en-cours"} <= statuses
    assert ConcertationTablePage.objects.filter(locale__language_code="en").count() == 3
    assert all(table.members.exists() for table in tables)


def test_demo_tables_are_idempotent_and_deterministic(home):
    run()
    first = snapshot()

    run()

    assert snapshot() == first
