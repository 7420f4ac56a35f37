"""A plan's progress, the current plan, validation and the search contract of a table."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from resources.models import ActionPlanAction, ConcertationTablePage, plan_progress
from tests.factories import OrganizationFactory
from tests.resources.test_tables_support import add_plan, add_table, registry_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


def actions(*pairs):
    return [ActionPlanAction(status=status, progress=progress) for status, progress in pairs]


def test_plan_progress_is_the_mean_of_its_actions(registry):
    table = add_table(registry, "Table jeunesse de Magog", mrcs=["450"])
    plan = add_plan(
        table, "Plan", THIS_YEAR, THIS_YEAR, [("prevue", 0), ("en-cours", 50), ("en-cours", 100)]
    )

    assert plan.progress == 50


def test_abandoned_actions_do_not_count_and_completed_ones_count_in_full():
    assert plan_progress(actions(("en-cours", 40), ("abandonnee", 10))) == 40
    assert plan_progress(actions(("realisee", 60), ("en-cours", 0))) == 50
    assert plan_progress(actions(("abandonnee", 30))) is None
    assert plan_progress([]) is None


def test_a_plans_progress_follows_its_actions_when_they_change(registry):
    table = add_table(registry, "Table aînés de Coaticook", mrcs=["440"])
    plan = add_plan(table, "Plan", THIS_YEAR, THIS_YEAR, [("en-cours", 20), ("en-cours", 20)])
    plan.actions.update(progress=80)

    assert type(plan).objects.get(pk=plan.pk).progress == 80


def test_current_plan_is_the_one_covering_this_year_else_the_latest(registry):
    table = add_table(registry, "Table petite enfance de Laval", mrcs=["650"])
    add_plan(table, "Ancien", THIS_YEAR - 6, THIS_YEAR - 4)
    current = add_plan(table, "En cours", THIS_YEAR - 1, THIS_YEAR + 1)
    add_plan(table, "Prochain", THIS_YEAR + 2, THIS_YEAR + 4)
    add_plan(table, "Brouillon", THIS_YEAR, THIS_YEAR, live=False)

    table = ConcertationTablePage.objects.get(pk=table.pk)
    assert table.current_plan.pk == current.pk
    assert [plan.title for plan in table.other_plans] == ["Prochain", "Ancien"]
    assert table.other_plans[1].is_past and not current.is_past

    other = add_table(registry, "Table habitation de Lévis", mrcs=["251"])
    add_plan(other, "2010", 2010, 2012)
    add_plan(other, "2015", 2015, 2017)
    other = ConcertationTablePage.objects.get(pk=other.pk)
    assert other.current_plan.title == "2015" and other.current_plan.is_past


def test_a_plan_cannot_end_before_it_starts_and_progress_stays_within_0_and_100(registry):
    table = add_table(registry, "Table de Sept-Rivières", mrcs=["971"])
    plan = add_plan(table, "Plan", THIS_YEAR, THIS_YEAR)
    plan.end_year = THIS_YEAR - 1
    with pytest.raises(ValidationError) as error:
        plan.clean()
    assert "end_year" in error.value.message_dict

    action = ActionPlanAction(plan=plan, title="Action", progress=101, locale=plan.locale)
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "progress" in error.value.message_dict


def test_search_contract(registry):
    table = add_table(
        registry,
        "Table en sécurité alimentaire des Sommets",
        acronym="TSAS",
        mrcs=["450"],
        level="regionale",
        mandate="<p>Assurer un accès digne à l'alimentation. Coordonner l'aide d'urgence.</p>",
        how_to_join="Écrire à la coordination.",
        members=[(OrganizationFactory(name="Moisson Estrie"), "fiduciaire")],
    )

    assert table.search_type == "table"
    assert table.get_search_summary() == "Assurer un accès digne à l'alimentation."
    table.summary = "Résumé écrit à la main."
    assert table.get_search_summary() == "Résumé écrit à la main."
    body = table.get_search_body()
    assert "Moisson Estrie" in body and "Coordonner l'aide d'urgence" in body
    assert "Écrire à la coordination." in body and "TSAS" in body
    assert table.get_extra_facets() == {"status": ["active"], "level": ["regionale"]}
