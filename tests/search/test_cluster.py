"""The search-cluster engine gives the database engine's results and counts.

Run against osmem-server (in-memory, OpenSearch-compatible, built on bleve rather than Lucene)
through opensearch-py; against a real cluster only in test_cluster_real.py."""

import itertools
import random

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from search.engines import get_engine, sync
from search.engines.cluster import ClusterEngine
from search.engines.database import DatabaseEngine
from search.facets import FACETS, Vocabulary, today

from . import cluster_support
from .cluster_support import (
    REGIONS,
    TYPES,
    assert_same,
    make_corpus,
    query,
)

# Fixtures shared by the cluster test modules.
osmem = cluster_support.osmem
cluster = cluster_support.cluster


@pytest.fixture
def corpus(cluster):
    documents = make_corpus()
    assert sync.rebuild_cluster() == len(documents)
    return documents


@pytest.fixture
def engines(corpus):
    return DatabaseEngine(), ClusterEngine.from_settings()


def test_settings_choose_the_cluster_engine_and_every_sort_agrees(engines):
    reference, cluster_engine = engines
    assert isinstance(get_engine(), ClusterEngine)
    for language, sort in itertools.product(["fr", "en"], ["newest", "title", "relevance"]):
        whole = assert_same(reference, cluster_engine, query(language, sort=sort, stop=None))
        assert whole.count > 5
        for start in (0, 7, 20):
            q = query(language, sort=sort, start=start, stop=start + 7)
            assert_same(reference, cluster_engine, q)


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
        reference,
        cluster_engine,
        query(selection={"region": ["01"], "mrc": [mrc]}),
    )
    assert narrowed.count == widened.count
    assert narrowed.count > 0
    assert (
        region_only.count
        >= assert_same(reference, cluster_engine, query(selection={"mrc": [mrc]})).count
    )


TEXTS = [
    "securite alimentaire",
    "Sécurité Alimentaire",
    "aines",
    "alimentaires",
    "l'épicerie",
    "cuisine Magog",
    "quartier jardins",
    "food security",
    "introuvable",
    "le la les",
]


def test_text_queries(engines):
    reference, cluster_engine = engines
    for text, sort in itertools.product(TEXTS, ["relevance", "newest", "title"]):
        assert_same(reference, cluster_engine, query(text=text, sort=sort, stop=None))
        assert_same(reference, cluster_engine, query(text=text, sort=sort, start=2, stop=5))
        assert_same(reference, cluster_engine, query("en", text, sort=sort, stop=None))
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
        "mrc": st.lists(
            values(["450", "430", "440", "100", "070", "371", "372", "460"]),
            min_size=1,
            max_size=3,
            unique=True,
        ),
        "sector": st.lists(
            values(
                ["securite-alimentaire", "transport", "culture", "habitation", "economie-sociale"]
            ),
            min_size=1,
            max_size=2,
            unique=True,
        ),
        "age_group": st.lists(
            values(["0-5", "6-12", "65-plus", "tous-ages"]), min_size=1, max_size=2, unique=True
        ),
        "need": st.lists(
            values(["financement", "locaux", "formation"]), min_size=1, max_size=2, unique=True
        ),
        "verdict": st.lists(
            values(["bon-coup", "mauvais-coup", "mitige"]), min_size=1, max_size=2, unique=True
        ),
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


def test_fewer_types_past_the_end_and_expiry(engines, corpus):
    reference, cluster_engine = engines
    assert_same(reference, cluster_engine, query(types=("resource",), stop=None))
    assert_same(
        reference, cluster_engine, query(types=("story", "table"), selection={"type": ["table"]})
    )
    past = assert_same(reference, cluster_engine, query(start=10_000_000, stop=10_000_020))
    assert past.ids == [] and past.count > 0

    everything = set(cluster_engine.search(query(stop=None)).ids)
    expired = {d.id for d in corpus if d.expires and d.expires < today()}
    assert expired and not expired & everything
    still_valid = {d.id for d in corpus if d.lang == "fr" and d.expires and d.expires >= today()}
    assert still_valid and still_valid <= everything
