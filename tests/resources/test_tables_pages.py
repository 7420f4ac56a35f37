"""What readers see: the registry by region and MRC, a table's page and its action plans."""

import re

import pytest

from django.utils import timezone

from tests.resources.test_tables_support import (  # noqa: F401
    add_plan,
    add_table,
    members,
    registry_fixture,
    url,
)

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


def section_of(html, anchor):
    """The HTML of the registry section with this id, up to the next section."""
    match = re.search(rf'<section[^>]*id="{anchor}".*?</section>', html, re.S)
    assert match, f"no section {anchor}"
    return match.group(0)


def mrc_block(section_html, mrc_code):
    match = re.search(rf'<h3 id="mrc-{mrc_code}">.*?</ul>', section_html, re.S)
    assert match, f"no MRC {mrc_code} in the section"
    return match.group(0)


def test_registry_lists_tables_under_their_region_and_mrc(client, registry):
    add_table(registry, "Table jeunesse de Memphrémagog", mrcs=["450"])
    add_table(registry, "Table de quartier Centre-Sud", mrcs=["660"])
    add_table(registry, "Table en sécurité alimentaire des Sommets", mrcs=["450", "430"])
    add_table(
        registry, "Table régionale des aînés de l'Estrie", mrcs=["430", "450"], level="regionale"
    )
    add_table(
        registry, "Réseau québécois des tables de quartier", whole_province=True, level="nationale"
    )

    html = client.get(url(registry)).content.decode()

    estrie = section_of(html, "region-05")
    assert "Table jeunesse de Memphrémagog" in mrc_block(estrie, "450")
    assert "Table jeunesse de Memphrémagog" not in mrc_block(estrie, "430")
    # A table of two MRCs is under each of them.
    assert "Table en sécurité alimentaire des Sommets" in mrc_block(estrie, "450")
    assert "Table en sécurité alimentaire des Sommets" in mrc_block(estrie, "430")
    # A regional table is listed once, at the region level, not repeated under its MRCs.
    assert estrie.count("Table régionale des aînés de l&#x27;Estrie") == 1
    assert "Table régionale des aînés" not in mrc_block(estrie, "450")
    assert "Table de quartier Centre-Sud" not in estrie
    assert "Table de quartier Centre-Sud" in mrc_block(section_of(html, "region-06"), "660")
    # Province-wide tables come first, in their own group.
    quebec = section_of(html, "region-quebec")
    assert "Réseau québécois des tables de quartier" in quebec
    assert (
        html.index('id="region-quebec"')
        < html.index('id="region-05"')
        < html.index('id="region-06"')
    )
    assert 'href="/fr/recherche/?type=table&amp;region=05"' in html
    assert "/fr/recherche/?type=table" in html


def test_registry_shows_the_progress_of_each_tables_current_plan(client, registry):
    table = add_table(registry, "Table petite enfance de Laval", mrcs=["650"])
    add_plan(table, "Plan 2015-2018", 2015, 2018, [("realisee", 100)])
    add_plan(
        table, "Plan en cours", THIS_YEAR - 1, THIS_YEAR + 1, [("en-cours", 20), ("prevue", 0)]
    )
    add_table(registry, "Table sans plan", mrcs=["650"])

    html = client.get(url(registry)).content.decode()

    # The current plan (not the latest-started past one), its bar and its text equivalent.
    assert f"Plan d’action {THIS_YEAR - 1}–{THIS_YEAR + 1}\u00a0:" in html
    assert 'value="10"' in html and "10\u00a0% réalisé" in html
    assert "Aucun plan d’action publié." in html


def test_registry_query_count_does_not_grow_with_the_tables(
    client, registry, django_assert_max_num_queries
):
    def add_some(start, count):
        for n in range(start, start + count):
            table = add_table(
                registry,
                f"Table {n}",
                mrcs=["450", "430"],
                sectors=["habitation", "petite-enfance"],
                members=members(2),
            )
            add_plan(table, f"Plan {n}", THIS_YEAR, THIS_YEAR + 2, [("en-cours", 50)])

    add_some(0, 2)
    client.get(url(registry))  # warm the per-process caches (site root paths, locales)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url(registry)).status_code == 200
    add_some(2, 8)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url(registry))
    assert response.content.decode().count('class="card table-row"') == 20
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_a_table_without_plan_renders_cleanly(client, registry):
    table = add_table(
        registry, "Table de développement social de la MRC de Coaticook", mrcs=["440"]
    )

    response = client.get(url(table))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Table de développement social de la MRC de Coaticook" in html
    assert "Cette table n’a pas encore publié de plan d’action." in html
    assert "<progress" not in html


def test_table_page_shows_mandate_members_by_role_and_the_current_plan(client, registry):
    from tests.factories import OrganizationFactory

    fiduciary = OrganizationFactory(name="CDC de Memphrémagog")
    table = add_table(
        registry,
        "Table jeunesse de Memphrémagog",
        acronym="TJM",
        mrcs=["450"],
        sectors=["perseverance-scolaire"],
        age_groups=["13-17"],
        members=[
            (fiduciary, "fiduciaire"),
            (OrganizationFactory(name="Maison des jeunes"), "membre"),
        ],
        year_founded=2004,
        meeting_frequency="Six rencontres par année",
        coordinator_name="Julie Tremblay",
        coordinator_email="julie@example.org",
        how_to_join="Écrire à la coordonnatrice.",
    )
    past = add_plan(table, "Plan 2018-2021", 2018, 2021, [("realisee", 100)])
    add_plan(
        table,
        "Plan jeunesse",
        THIS_YEAR - 1,
        THIS_YEAR + 1,
        [("prevue", 0), ("en-cours", 50), ("realisee", 100)],
    )

    html = client.get(url(table)).content.decode()

    assert "Concerter les organismes du territoire." in html
    assert re.search(r"<h3>Fiduciaire</h3>\s*<ul[^>]*>\s*<li>CDC de Memphrémagog</li>", html)
    assert "Julie Tremblay" in html and "mailto:julie@example.org" in html
    assert "2004" in html and "Six rencontres par année" in html
    # The current plan with its progress as a bar and as text.
    assert "Plan jeunesse" in html
    assert 'value="50"' in html and "50\u00a0% réalisé" in html
    # The past plan stays, linked and marked.
    assert f'href="{url(past)}"' in html
    assert re.search(r"Plan 2018-2021</a> \(2018–2021\) <span class=\"badge\">Passé</span>", html)
    assert 'class="report-correction"' in html


def test_an_inactive_table_says_so(client, registry):
    table = add_table(registry, "Table des aînés de Lotbinière", mrcs=["330"], status="inactive")

    html = client.get(url(table)).content.decode()

    assert "Cette table n’est plus active." in html


def page_queries(client, page_url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(page_url)  # warm the per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page_url).status_code == 200
    return len(queries)


def test_table_page_queries_do_not_grow_with_members_plans_or_tags(client, registry):
    def table_with(n, title):
        table = add_table(
            registry,
            title,
            mrcs=["450", "430", "440", "460"][: n // 3 + 1],
            sectors=["habitation", "petite-enfance", "culture"][: n // 4 + 1],
            members=members(n) + members(n // 2, "observateur"),
        )
        for year in range(n // 2):
            add_plan(
                table, f"{title} plan {year}", 2000 + year, 2000 + year, [("en-cours", 10)] * n
            )
        add_plan(table, f"{title} plan actuel", THIS_YEAR, THIS_YEAR + 2, [("en-cours", 30)] * n)
        return table

    few = page_queries(client, url(table_with(2, "Petite table")))
    many = page_queries(client, url(table_with(10, "Grande table")))

    assert many == few


def test_action_plan_page_shows_actions_progress_and_past_marker(client, registry):
    from tests.factories import OrganizationFactory

    table = add_table(registry, "Table sécurité alimentaire de Rimouski", mrcs=["100"])
    plan = add_plan(
        table,
        "Plan 2019-2021",
        2019,
        2021,
        [("realisee", 100), ("abandonnee", 10), ("en-cours", 40)],
    )
    action = plan.actions.first()
    action.responsible = OrganizationFactory(name="Moisson Rimouski")
    action.partners = "CISSS du Bas-Saint-Laurent, Cégep de Rimouski"
    action.save()

    html = client.get(url(plan)).content.decode()

    assert "Table sécurité alimentaire de Rimouski" in html
    assert "Plan passé" in html
    # 100 and 40, the abandoned action left out: 70 %.
    assert "70\u00a0% réalisé" in html
    assert "Moisson Rimouski" in html and "CISSS du Bas-Saint-Laurent" in html
    assert "Non comptée" in html
    assert html.count('<tr class="plan-action') == 3


def test_action_plan_page_queries_do_not_grow_with_actions(client, registry):
    from tests.factories import OrganizationFactory

    table = add_table(registry, "Table habitation de Québec", mrcs=["230"])

    def plan_with(n, title):
        plan = add_plan(table, title, THIS_YEAR, THIS_YEAR + 1, [("en-cours", 25)] * n)
        for action in plan.actions.all():
            action.responsible = OrganizationFactory()
            action.save()
        return plan

    assert page_queries(client, url(plan_with(2, "Petit plan"))) == page_queries(
        client, url(plan_with(10, "Grand plan"))
    )
