"""The search-cluster engine gives the database engine's results and counts.

Run against osmem-server (in-memory, OpenSearch-compatible, built on bleve rather than Lucene)
through opensearch-py; against a real cluster only in test_cluster_real.py."""

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from search.engines import get_engine, sync
from search.engines.cluster import ClusterEngine
from search.engines.database import DatabaseEngine
from search.facets import FACETS, Vocabulary, today

from .cluster_support import (  # noqa: F401  (fixtures)
    REGIONS,
    TYPES,
    assert_same,
    cluster,
    make_corpus,
    osmem,
    query,
)


@pytest.fixture
def corpus(cluster):
    documents = make_corpus()
    assert sync.rebuild_cluster() == len(documents)
    return documents


@pytest.fixture
def engines(corpus):
    return DatabaseEngine(), ClusterEngine.from_settings()


def test_settings_choose_the_cluster_engine(corpus):
    engine = get_engine()
    assert isinstance(engine, ClusterEngine)
    outcome = engine.search(query())
    assert outcome.engine == "elasticsearch"
    assert outcome.count > 0


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("sort", ["newest", "title", "relevance"])
def test_everything_in_every_sort(engines, language, sort):
    reference, cluster_engine = engines
    whole = assert_same(reference, cluster_engine, query(language, sort=sort, stop=None))
    assert whole.count > 5
    for start in (0, 7, 20):
        assert_same(reference, cluster_engine, query(language, sort=sort, start=start, stop=start + 7))


def test_every_single_facet_value(engines):
    reference, cluster_engine = engines
    vocabulary = Vocabulary.load(TYPES)
    non_empty = 0
    for facet in FACETS:
        for value in vocabulary.values[facet]:
            expected = assert_same(reference, cluster_engine, query(selection={facet: [value]}))
            non_empty += expected.count > 0
    # Everywhere and every-age documents make most values non-empty: the check means something.
    assert non_empty > 100


def test_region_and_mrc_inside_it_narrow_the_region(engines, corpus):
    reference, cluster_engine = engines
    tagged = next(d for d in corpus if d.facets["mrc"] and d.facets["region"] == ["05"])
    mrc = tagged.facets["mrc"][0]
    region_only = assert_same(reference, cluster_engine, query(selection={"region": ["05"]}))
    narrowed = assert_same(
        reference, cluster_engine, query(selection={"region": ["05", "01"], "mrc": [mrc]})
    )
    widened = assert_same(
        reference, cluster_engine, query(selection={"region": ["01"], "mrc": [mrc]}), 
    )
    assert narrowed.count == widened.count
    assert 0 < narrowed.count
    assert region_only.count >= assert_same(
        reference, cluster_engine, query(selection={"mrc": [mrc]})
    ).count


@pytest.mark.parametrize(
    "text",
    ["securite alimentaire", "Sécurité Alimentaire", "aines", "alimentaires", "l'épicerie",
     "cuisine Magog", "quartier jardins", "introuvable", "le la les"],
)
@pytest.mark.parametrize("sort", ["relevance", "newest", "title"])
def test_text_queries(engines, text, sort):
    reference, cluster_engine = engines
    assert_same(reference, cluster_engine, query(text=text, sort=sort, stop=None))
    assert_same(reference, cluster_engine, query(text=text, sort=sort, start=2, stop=5))


def test_french_cases_find_what_they_should(engines):
    _, cluster_engine = engines
    for text in ("securite alimentaire", "aines", "alimentaires"):
        assert cluster_engine.search(query(text=text)).count > 0, text


def test_combinations_sampled_with_itertools(engines):
    reference, cluster_engine = engines
    rng = random.Random(7)
    pools = {
        "type": list(TYPES),
        "region": REGIONS + ["12"],
        "mrc": ["450", "430", "100", "070", "371", "460"],
        "sector": ["securite-alimentaire", "transport", "culture", "lutte-pauvrete"],
        "age_group": ["0-5", "30-64", "tous-ages"],
        "need": ["financement", "locaux", "materiel"],
        "verdict": ["bon-coup", "mitige"],
    }
    for facets in itertools.combinations(pools, 3):
        selection = {facet: rng.sample(pools[facet], rng.choice([1, 2])) for facet in facets}
        sort = rng.choice(["newest", "title"])
        assert_same(reference, cluster_engine, query(selection=selection, sort=sort, stop=None))


values = st.sampled_from
selections = st.fixed_dictionaries(
    {},
    optional={
        "type": st.lists(values(TYPES), min_size=1, max_size=3, unique=True),
        "region": st.lists(values(REGIONS + ["09"]), min_size=1, max_size=3, unique=True),
        "mrc": st.lists(values(["450", "430", "440", "100", "070", "371", "372", "460"]),
                        min_size=1, max_size=3, unique=True),
        "sector": st.lists(values(["securite-alimentaire", "transport", "culture", "habitation",
                                   "economie-sociale"]), min_size=1, max_size=2, unique=True),
        "age_group": st.lists(values(["0-5", "6-12", "65-plus", "tous-ages"]), min_size=1,
                              max_size=2, unique=True),
        "need": st.lists(values(["financement", "locaux", "formation"]), min_size=1, max_size=2,
                         unique=True),
        "verdict": st.lists(values(["bon-coup", "mauvais-coup", "mitige"]), min_size=1,
                            max_size=2, unique=True),
    },
)


@hypothesis_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    selection=selections,
    text=st.sampled_from(["", "", "solidaire", "alimentaire", "aînés repas", "food", "magog"]),
    language=st.sampled_from(["fr", "fr", "en"]),
    sort=st.sampled_from(["newest", "title", "relevance"]),
    page=st.integers(min_value=1, max_value=4),
)
def test_random_combinations_with_hypothesis(engines, selection, text, language, sort, page):
    reference, cluster_engine = engines
    q = query(language, text, selection, sort, start=(page - 1) * 5, stop=page * 5)
    assert_same(reference, cluster_engine, q)


def test_fewer_types_and_past_the_end(engines):
    reference, cluster_engine = engines
    assert_same(reference, cluster_engine, query(types=("resource",), stop=None))
    assert_same(reference, cluster_engine, query(types=("story", "table"), selection={"type": ["table"]}))
    past = assert_same(reference, cluster_engine, query(start=10_000_000, stop=10_000_020))
    assert past.ids == [] and past.count > 0


def test_expired_offers_are_left_out(engines, corpus):
    reference, cluster_engine = engines
    everything = set(cluster_engine.search(query(stop=None)).ids)
    expired = {d.id for d in corpus if d.expires and d.expires < today()}
    assert expired and not expired & everything
    still_valid = {d.id for d in corpus if d.lang == "fr" and d.expires and d.expires >= today()}
    assert still_valid and still_valid <= everything
