"""The same identity checks against a real Elasticsearch or OpenSearch cluster, when one is given
in REAL_ELASTICSEARCH_URL (elasticsearch 9.x servers through the elasticsearch client, OpenSearch
through opensearch-py). Everywhere else osmem-server stands in (test_cluster.py)."""

import os

import pytest

from search.engines import sync
from search.engines.cluster import ClusterEngine, connect
from search.engines.database import DatabaseEngine
from search.facets import Vocabulary

from .cluster_support import TYPES, drop_indices, identity_battery, make_corpus, point_settings_at

REAL_URL = os.environ.get("REAL_ELASTICSEARCH_URL", "")

pytestmark = pytest.mark.skipif(
    not REAL_URL,
    reason="REAL_ELASTICSEARCH_URL is not set: no real Elasticsearch/OpenSearch cluster to test "
    "against (the engine is tested against osmem-server, an in-memory OpenSearch-compatible "
    "server, in test_cluster.py)",
)


@pytest.fixture
def real_cluster(settings, db):
    point_settings_at(settings, REAL_URL)
    yield settings
    drop_indices(REAL_URL, settings.MAILLAGE_SEARCH_INDEX)


def test_same_results_and_counts_on_a_real_cluster(real_cluster):
    documents = make_corpus()
    assert sync.rebuild_cluster() == len(documents)
    engine = ClusterEngine.from_settings()
    print(f"real cluster: {connect(REAL_URL).flavour} at {REAL_URL}")
    checked = identity_battery(DatabaseEngine(), engine, Vocabulary.load(TYPES))
    assert checked > 150
