"""Arbitrary parameters never break the search: 200, 400 or 404, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

NAMES = ["q", "region", "mrc", "sector", "age_group", "need", "type", "verdict", "sort", "page",
         "page_size", "lang", "format"]
values = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from(["05", "450", "securite-alimentaire", "practice", "bon-coup", "title", "-1",
                     "0", "99999999999", "1e3", "%00", "../../etc", "<script>", "'; DROP TABLE", "csv"]),
    st.integers(min_value=-10, max_value=10**12).map(str),
)
params = st.lists(
    st.tuples(st.one_of(st.sampled_from(NAMES), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)), values), max_size=12
)

FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def as_query(pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


@FUZZ
@given(pairs=params)
def test_api_never_fails(client, documents, pairs):
    response = client.get("/api/search/", as_query(pairs))
    assert response.status_code in (200, 400, 404), response.content[:500]
    if response.status_code == 200 and response["Content-Type"].startswith("application/json"):
        data = response.json()
        assert 1 <= data["page"] <= data["pages"]


@FUZZ
@given(pairs=params)
def test_page_never_fails(client, documents, home, pairs):
    response = client.get("/fr/recherche/", as_query(pairs))
    assert response.status_code in (200, 404), response.content[:500]
