"""The territory portrait counts exactly what the search finds."""

import csv
import io
import re
from urllib.parse import parse_qs

import pytest

pytestmark = pytest.mark.django_db


def api_count(client, query_string):
    params = parse_qs(query_string)
    response = client.get("/api/search/", params)
    assert response.status_code == 200
    return response.json()["count"]


def grid_rows(client, params):
    response = client.get("/fr/portrait/export.csv", params)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("params", [{}, {"region": "05"}, {"mrc": "450"}, {"region": "01"}])
def test_each_cell_equals_the_search_with_the_same_filters(client, documents, home, params):
    territory = "&".join(f"{k}={v}" for k, v in params.items())
    rows = grid_rows(client, params)
    assert len(rows) == 12 * 7
    nonzero = 0
    for row in rows:
        base = f"{territory}&sector={row['sector']}&age_group={row['age_group']}".lstrip("&")
        assert int(row["practices"]) == api_count(client, f"{base}&type=practice")
        assert int(row["resources"]) == api_count(client, f"{base}&type=resource")
        assert int(row["tables"]) == api_count(client, f"{base}&type=table&status=active")
        nonzero += int(row["practices"]) + int(row["resources"]) + int(row["tables"])
    assert nonzero > 0


def test_the_page_links_each_count_to_its_search_and_marks_gaps(client, documents, home):
    html = client.get("/fr/portrait/", {"mrc": "450"}).content.decode()
    links = re.findall(r'href="/fr/recherche/\?([^"]+)"', html)
    assert links
    for query in links[:40]:
        query = query.replace("&amp;", "&")
        shown = re.search(re.escape(query.replace("&", "&amp;")) + r'"[^>]*>(?:<abbr[^>]*>\w</abbr>)? (\d+)<', html)
        if shown:
            assert int(shown.group(1)) == api_count(client, query)
    assert "Lacune\u202f?" in html


def test_a_territory_with_nothing_for_a_sector_shows_gaps(client, documents, home):
    rows = [r for r in grid_rows(client, {"region": "01"}) if r["sector"] == "habitation"]
    assert rows and all(r["gap"] == "1" for r in rows)
    # Whole-province content counts everywhere: the funding program is in every region.
    lutte = [r for r in grid_rows(client, {"region": "01"}) if r["sector"] == "lutte-pauvrete"]
    assert all(int(r["resources"]) >= 1 for r in lutte)


def test_the_csv_matches_the_page(client, documents, home):
    rows = grid_rows(client, {"region": "05"})
    html = client.get("/fr/portrait/", {"region": "05"}).content.decode()
    gaps_in_csv = sum(1 for r in rows if r["gap"] == "1")
    assert html.count('class="is-gap"') == gaps_in_csv


def test_bad_parameters_are_ignored_not_errors(client, documents, home):
    response = client.get("/fr/portrait/", {"mrc": "999", "seuil": "beaucoup", "sector": "<b>"})
    assert response.status_code == 200
    assert "mrc=999" in response.content.decode()
    assert client.get("/fr/portrait/export.csv", {"region": "xx"}).status_code == 200


def test_map_draws_every_mrc_with_a_link_to_its_portrait(client, documents, home):
    html = client.get("/fr/portrait/").content.decode()
    assert len(re.findall(r'<a href="\?mrc=\d{3}" tabindex="-1" data-mrc=', html)) == 104
    assert 'href="?mrc=450"' in html


def add_trainings(providers):
    """Trainings for youth employment in the MRC of Memphrémagog, one per provider given."""
    from search.models import SearchIndexState

    from .conftest import add_document

    for number, provider in enumerate(providers, start=100):
        extra = {"need": ["formation"], "kind": ["formation"]}
        if provider:
            extra["provider"] = [provider]
        add_document(number, f"Formation {number}", "resource", "fr", {"450": "05"},
                     ["emploi-insertion"], ["18-29"], extra, False, None, "Formation en employabilité.")
    SearchIndexState.bump()


def cell(rows, sector, age_group):
    return next(r for r in rows if r["sector"] == sector and r["age_group"] == age_group)


def test_an_overlap_is_several_providers_of_one_kind_and_links_to_them(client, documents, home):
    add_trainings(["11", "12", "13"])
    row = cell(grid_rows(client, {"mrc": "450"}), "emploi-insertion", "18-29")
    assert (row["resources"], row["overlap"]) == ("3", "formation")

    html = client.get("/fr/portrait/", {"mrc": "450"}).content.decode()
    link = re.search(r'href="/fr/recherche/\?([^"]*kind=formation[^"]*)">([^<]+)</a>', html)
    assert link, "the overlap links to the search for that kind of resource"
    assert "3\u00a0fournisseurs" in link.group(2)
    assert api_count(client, link.group(1).replace("&amp;", "&")) == 3

    # A higher threshold, explained on the page, takes the mark away.
    row = cell(grid_rows(client, {"mrc": "450", "seuil": "4"}), "emploi-insertion", "18-29")
    assert row["overlap"] == ""


def test_one_provider_offering_the_same_thing_three_times_is_not_an_overlap(
    client, documents, home
):
    add_trainings(["11", "11", "11"])
    assert cell(grid_rows(client, {"mrc": "450"}), "emploi-insertion", "18-29")["overlap"] == ""
    # Resources without a provider count one provider each.
    add_trainings(["11", None, None])
    assert cell(grid_rows(client, {"mrc": "450"}), "emploi-insertion", "18-29")["overlap"] == "formation"


def test_the_csv_counts_are_the_pages_counts(client, documents, home):
    rows = {(r["sector"], r["age_group"]): r for r in grid_rows(client, {"region": "05"})}
    html = client.get("/fr/portrait/", {"region": "05"}).content.decode()
    shown = re.findall(r'<a href="/fr/recherche/\?([^"]+)"[^>]*><abbr[^>]*>\w</abbr> (\d+)</a>', html)
    column = {"practice": "practices", "resource": "resources", "table": "tables"}
    checked = 0
    for query, count in shown:
        params = parse_qs(query.replace("&amp;", "&"))
        row = rows[(params["sector"][0], params["age_group"][0])]
        assert row[column[params["type"][0]]] == count, query
        checked += 1
    # Every cell that is not a gap shows its three counts.
    assert checked == 3 * sum(1 for r in rows.values() if r["gap"] == "0") > 0


def test_the_map_counts_and_links_follow_the_chosen_sector(client, documents, home):
    html = client.get("/fr/portrait/", {"sector": "securite-alimentaire"}).content.decode()
    assert 'href="?mrc=450&amp;sector=securite-alimentaire" tabindex="-1"' in html
    shown = re.search(r'<a href="\?mrc=450&amp;sector=securite-alimentaire">[^<]+</a> — (\d+)', html)
    expected = sum(
        api_count(client, f"mrc=450&sector=securite-alimentaire&{kind}")
        for kind in ("type=practice", "type=resource", "type=table&status=active")
    )
    assert int(shown.group(1)) == expected > 0
