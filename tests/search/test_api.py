import csv
import io

import pytest

from django.urls import reverse

pytestmark = pytest.mark.django_db


def get(client, params):
    return client.get(reverse("search_api"), params)


def test_response_shape(client, documents):
    data = get(client, {"q": "frigo"}).json()
    assert set(data) >= {"count", "page", "pages", "ignored", "results", "facets"}
    assert data["count"] == 1
    result = data["results"][0]
    assert set(result) >= {"title", "url", "type", "summary", "regions", "mrcs", "sectors",
                           "age_groups", "needs", "date"}
    assert result["mrcs"] == ["450"] and result["regions"] == ["05"]
    assert set(data["facets"]) >= {"region", "mrc", "sector", "age_group", "need", "type", "verdict"}
    item = data["facets"]["region"][0]
    assert set(item) == {"value", "label", "count", "selected"}
    assert [i["value"] for i in data["facets"]["region"]][:2] == ["01", "02"]


def test_unknown_values_are_ignored_and_listed(client, documents):
    data = get(client, {"region": ["05", "99"], "sector": "nope", "sort": "sideways", "lang": "xx"}).json()
    assert set(data["ignored"]) == {"region=99", "sector=nope", "sort=sideways", "lang=xx"}
    assert data["count"] == get(client, {"region": "05"}).json()["count"]


def test_pages(client, documents):
    one = get(client, {"page_size": 2}).json()
    assert one["pages"] == (one["count"] + 1) // 2
    past = get(client, {"page_size": 2, "page": 999}).json()
    assert past["page"] == one["pages"]
    assert len(past["results"]) >= 1
    assert get(client, {"page": "abc"}).status_code == 404
    assert get(client, {"page": "0"}).status_code == 404
    assert get(client, {"page_size": "1000"}).status_code == 400


def test_labels_follow_lang_but_values_do_not(client, documents):
    fr = get(client, {}).json()["facets"]["sector"]
    en = get(client, {"lang": "en"}).json()["facets"]["sector"]
    assert [i["value"] for i in fr] == [i["value"] for i in en]
    assert fr[0]["label"] == "Sécurité alimentaire" and en[0]["label"] == "Food security"


def test_territory_names_typed_in_the_box_are_offered_as_filters(client, documents):
    data = get(client, {"q": "Memphrémagog"}).json()
    assert {"facet": "mrc", "value": "450", "label": "Memphrémagog"} in data["suggestions"]


def test_csv_export_of_the_filtered_results(client, documents):
    response = get(client, {"sector": "securite-alimentaire", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    expected = get(client, {"sector": "securite-alimentaire", "page_size": 100}).json()
    assert {r["title"] for r in rows} == {r["title"] for r in expected["results"]}
    assert all("securite-alimentaire" in r["sectors"].split(";") for r in rows)


def test_search_is_never_indexed_by_robots(client, documents):
    assert get(client, {}).headers["X-Robots-Tag"] == "noindex"


def test_filters_keep_the_relevance_order(client, documents):
    # Ranking reads only what the filters kept: the order must be the full ranking's, filtered.
    everything = client.get("/api/search/", {"q": "alimentaire", "sort": "relevance"}).json()
    filtered = client.get(
        "/api/search/", {"q": "alimentaire", "sort": "relevance", "region": "05"}
    ).json()
    in_region = [r["title"] for r in everything["results"] if "05" in r["regions"] or r["whole_province"]]
    assert [r["title"] for r in filtered["results"]] == in_region
    assert len(in_region) >= 2
