"""Builders shared by the concertation-table tests (no tests here)."""

import pytest

from django.utils import translation
from django.utils.text import slugify

from home.structure import publish
from resources.models import (
    ActionPlanAction,
    ActionPlanPage,
    ConcertationTableIndexPage,
    ConcertationTableMember,
    ConcertationTablePage,
)
from tests.factories import OrganizationFactory, age_group, mrc, sector


@pytest.fixture(name="registry")
def registry_fixture(home):
    return ConcertationTableIndexPage.objects.get(locale=home.locale)


def add_table(registry, title, *, mrcs=(), sectors=(), age_groups=(), members=(), **fields):
    """A live table. members: [(organization, role)]."""
    fields.setdefault("mandate", "<p>Concerter les organismes du territoire. Agir ensemble.</p>")
    table = ConcertationTablePage(title=title, slug=slugify(title), **fields)
    table.mrcs = [mrc(code) for code in mrcs]
    table.sectors = [sector(slug) for slug in sectors]
    table.age_groups = [age_group(slug) for slug in age_groups]
    table.members = [
        ConcertationTableMember(organization=organization, role=role)
        for organization, role in members
    ]
    registry.add_child(instance=table)
    return publish(table)


def add_plan(table, title, start_year, end_year, actions=(), live=True):
    """A plan under the table. actions: [(status, progress)]."""
    plan = ActionPlanPage(
        title=title,
        slug=slugify(title),
        start_year=start_year,
        end_year=end_year,
        objectives="<p>Réduire l'insécurité alimentaire.</p>",
        live=live,
    )
    plan.actions = [
        ActionPlanAction(title=f"Action {n}", status=status, progress=progress)
        for n, (status, progress) in enumerate(actions, start=1)
    ]
    table.add_child(instance=plan)
    return publish(plan) if live else plan


def members(count, role="membre"):
    return [(OrganizationFactory(), role) for _ in range(count)]


def url(page):
    """The page's public URL in its own language (outside a request the active one is fr-ca)."""
    with translation.override(page.locale.language_code):
        return page.get_url()
