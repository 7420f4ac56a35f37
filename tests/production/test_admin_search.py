"""Wagtail's own search (admin) on the search cluster, as production configures it, against
osmem-server (an OpenSearch-compatible server; see decision 0006 for what that does not prove).

osmem-server returns nothing for Wagtail's autocomplete queries (edge n-grams), which the admin's
page search box uses; that part is checked on a real cluster only (docs/deploy.md, section 0)."""

import io
import uuid

import pytest
from opensearchpy import OpenSearch

from django.core.management import call_command

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.search.cluster_support import osmem  # noqa: F401  fixture

from .conftest import production_settings


@pytest.fixture
def admin_search_on_cluster(settings, osmem):  # noqa: F811
    backends = production_settings(ELASTICSEARCH_URL=osmem.url, SEARCH_CLUSTER_FLAVOR="opensearch")[
        "WAGTAILSEARCH_BACKENDS"
    ]
    prefix = f"maillage_admin_test_{uuid.uuid4().hex[:8]}_"
    backends["default"]["INDEX_PREFIX"] = prefix
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield get_search_backend(), prefix, osmem.url
    client = OpenSearch(hosts=[osmem.url], timeout=5)
    for name in client.indices.get_alias(index=f"{prefix}*"):
        client.indices.delete(index=name)


@pytest.mark.django_db
def test_update_index_fills_the_cluster_and_finds_pages(
    home, make_practice, admin_search_on_cluster
):
    backend, prefix, cluster_url = admin_search_on_cluster
    make_practice(title="Cuisine collective intergénérationnelle")
    call_command("update_index", stdout=io.StringIO())
    indices = OpenSearch(hosts=[cluster_url], timeout=5).indices.get_alias(index=f"{prefix}*")
    assert any(name.startswith(f"{prefix}wagtailcore_page") for name in indices)
    found = backend.search("intergénérationnelle", Page)
    assert [page.title for page in found] == ["Cuisine collective intergénérationnelle"]
