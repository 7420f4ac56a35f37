"""The search-cluster engine: the database engine's semantics as one Elasticsearch/OpenSearch
request.

Matching uses only the `tokens` field (the tokens search/text.py already made, whitespace
analysed, every query token required), so result sets are the database engine's; the
French-analysed title and summary fields only rank. Facet values are expanded at index time
("Tout le Québec" is in every region and MRC, "Tous âges" in every age group), so filters are
plain `terms` queries. See docs/decisions/0006-search-cluster.md."""

import logging
import threading
import time

from django.conf import settings

from ..facets import FACETS, Vocabulary, group_of, today
from ..models import SearchIndexState
from . import EngineUnavailable, Outcome

logger = logging.getLogger("maillage.search")

SEARCH_TIMEOUT = 2  # seconds: past this the database answers instead
BULK_TIMEOUT = 60  # rebuilds
PUSH_TIMEOUT = 5  # an editor waits for this one
# A cluster that just failed is left alone for a while, so every visitor does not wait for the
# same timeout while it is down.
PAUSE_AFTER_FAILURE = 15
MAX_RESULT_WINDOW = 1_000_000


def flavour_of(info):
    """ "opensearch" or "elasticsearch", from the cluster's root endpoint."""
    distribution = (info.get("version") or {}).get("distribution", "")
    return "opensearch" if distribution == "opensearch" else "elasticsearch"


class Connection:
    """The few cluster calls we make, the same for both clients: the elasticsearch 9 client takes
    keyword arguments and refuses OpenSearch, opensearch-py takes a body (and the
    elasticsearch client's compatibility media types get HTTP 406 from OpenSearch servers)."""

    def __init__(self, url, flavour, timeout):
        self.url = url
        self.flavour = flavour
        if flavour == "opensearch":
            from opensearchpy import OpenSearch
            from opensearchpy.exceptions import NotFoundError, OpenSearchException

            self.client = OpenSearch(
                hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False
            )
            self._errors = (OpenSearchException,)
        else:
            from elastic_transport import TransportError
            from elasticsearch import ApiError, Elasticsearch, NotFoundError

            self.client = Elasticsearch(
                url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
            )
            self._errors = (ApiError, TransportError)
        self._not_found = NotFoundError

    def _call(self, what, function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except self._errors as error:
            raise EngineUnavailable(f"{what} on {self.flavour} cluster failed: {error}") from error

    def search(self, index, body):
        if self.flavour == "opensearch":
            return self._call("search", self.client.search, index=index, body=body)
        return self._call("search", self.client.search, index=index, **body)

    def bulk(self, operations, refresh=False):
        if self.flavour == "opensearch":
            response = self._call("bulk", self.client.bulk, body=operations, refresh=refresh)
        else:
            response = self._call("bulk", self.client.bulk, operations=operations, refresh=refresh)
        if response.get("errors"):
            failed = [
                item
                for item in response.get("items", [])
                for action in item.values()
                # Deleting a document the index never had is fine.
                if action.get("error") and action.get("status") != 404
            ]
            if failed:
                raise EngineUnavailable(f"bulk: {len(failed)} failed, first: {failed[0]}")
        return response

    def create_index(self, name, index_settings, mappings):
        if self.flavour == "opensearch":
            body = {"settings": index_settings, "mappings": mappings}
            return self._call("create index", self.client.indices.create, index=name, body=body)
        return self._call(
            "create index",
            self.client.indices.create,
            index=name,
            settings=index_settings,
            mappings=mappings,
        )

    def indices_of(self, pattern):
        """{index name: set of its aliases} for the indices matching `pattern`."""
        try:
            response = self.client.indices.get_alias(index=pattern)
        except self._not_found:
            return {}
        except self._errors as error:
            raise EngineUnavailable(f"get alias failed: {error}") from error
        return {name: set((data or {}).get("aliases") or {}) for name, data in response.items()}

    def update_aliases(self, actions):
        if self.flavour == "opensearch":
            return self._call(
                "update aliases", self.client.indices.update_aliases, body={"actions": actions}
            )
        return self._call("update aliases", self.client.indices.update_aliases, actions=actions)

    def delete_index(self, name):
        try:
            return self.client.indices.delete(index=name)
        except self._not_found:
            return None
        except self._errors as error:
            raise EngineUnavailable(f"delete index failed: {error}") from error

    def refresh(self, index):
        return self._call("refresh", self.client.indices.refresh, index=index)


_flavours = {}
_connections = {}
_paused_until = {}
_vocabularies = {}
_lock = threading.Lock()


def detect_flavour(url):
    """Asks the root endpoint once per process (opensearch-py talks to both kinds)."""
    configured = getattr(settings, "SEARCH_CLUSTER_FLAVOR", "auto")
    if configured in ("elasticsearch", "opensearch"):
        return configured
    if url not in _flavours:
        from opensearchpy import OpenSearch
        from opensearchpy.exceptions import OpenSearchException

        client = OpenSearch(
            hosts=[url], timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False
        )
        try:
            _flavours[url] = flavour_of(client.info())
        except OpenSearchException as error:
            raise EngineUnavailable(f"cluster at {url} did not answer: {error}") from error
    return _flavours[url]


def connect(url=None, timeout=SEARCH_TIMEOUT):
    """A client for the cluster, kept per process so its connections are reused."""
    url = url or settings.ELASTICSEARCH_URL
    key = (url, detect_flavour(url), timeout)
    if key not in _connections:
        with _lock:
            _connections.setdefault(key, Connection(*key))
    return _connections[key]


def vocabulary(types):
    """Every value each facet can take, reloaded when the documents or vocabularies change."""
    token = SearchIndexState.current()
    key = tuple(sorted(types))
    cached = _vocabularies.get(key)
    if cached and cached[0] == token:
        return cached[1]
    loaded = Vocabulary.load(types)
    with _lock:
        _vocabularies[key] = (token, loaded)
    return loaded


def selection_filters(selection, region_of_mrc):
    """{group: query} for each facet group with a selection (FacetIndex.selection_bits)."""
    groups = {}
    mrcs = selection.get("mrc", [])
    regions = selection.get("region", [])
    if mrcs or regions:
        narrowed = {region_of_mrc.get(code) for code in mrcs}
        either = []
        if mrcs:
            either.append({"terms": {"mrc": list(mrcs)}})
        wide = [code for code in regions if code not in narrowed]
        if wide:
            either.append({"terms": {"region": wide}})
        groups["territory"] = {"bool": {"should": either, "minimum_should_match": 1}}
    for facet in FACETS:
        values = selection.get(facet, []) if group_of(facet) == facet else []
        if values:
            groups[facet] = {"terms": {facet: list(values)}}
    return groups


def all_of(queries):
    if not queries:
        return {"match_all": {}}
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"filter": queries}}


SORTS = {
    "newest": [{"date_us": {"order": "desc"}}, {"doc_id": {"order": "desc"}}],
    "title": [{"title_sort": {"order": "asc"}}, {"doc_id": {"order": "asc"}}],
    "relevance": [{"_score": {"order": "desc"}}, {"doc_id": {"order": "asc"}}],
}


def request_body(query, vocabulary, day):
    from ..service import EXPORT_LIMIT  # the service imports the engines

    base = [
        {"term": {"lang": query.language}},
        {"terms": {"type": list(query.types)}},
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": {"exists": {"field": "expires"}}}},
                    {"range": {"expires": {"gte": day.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        },
    ]
    boolean = {"filter": base}
    if query.tokens:
        boolean["must"] = [
            {"match": {"tokens": {"query": " ".join(query.tokens), "operator": "and"}}}
        ]
        # Optional clauses: they rank, the required ones above decide what matches.
        boolean["should"] = [
            {
                "multi_match": {
                    "query": query.text,
                    "fields": [f"title_{query.language}^3", f"summary_{query.language}"],
                }
            }
        ]
    groups = selection_filters(query.selection, vocabulary.region_of_mrc)
    aggregations = {}
    for facet in FACETS:
        values = vocabulary.values.get(facet, [])
        if not values:
            continue
        group = group_of(facet)
        aggregations[facet] = {
            "filter": all_of([q for other, q in groups.items() if other != group]),
            "aggs": {
                "values": {
                    "terms": {
                        "field": facet,
                        "size": len(values),
                        "shard_size": len(values),
                        "include": list(values),
                    }
                }
            },
        }
    stop = EXPORT_LIMIT if query.stop is None else query.stop
    start = min(query.start, MAX_RESULT_WINDOW)
    size = max(0, min(stop, MAX_RESULT_WINDOW) - start)
    sort = query.sort if query.sort in SORTS else "newest"
    if sort == "relevance" and not query.tokens:
        sort = "newest"  # nothing to rank by: the database engine shows newest first too
    body = {
        "query": {"bool": boolean},
        "aggs": aggregations,
        "sort": SORTS[sort],
        "from": start if size else 0,
        "size": size,
        "track_total_hits": True,
        "_source": ["doc_id"],
    }
    if groups:
        body["post_filter"] = all_of(list(groups.values()))
    return body


class ClusterEngine:
    name = "elasticsearch"

    def __init__(self, url, alias):
        self.url = url
        self.alias = alias

    @classmethod
    def from_settings(cls):
        # Nothing is contacted here: the service calls this outside its fallback.
        return cls(settings.ELASTICSEARCH_URL, settings.MAILLAGE_SEARCH_INDEX)

    def search(self, query):
        if not self.url:
            raise EngineUnavailable("ELASTICSEARCH_URL is empty")
        # Keyed by configuration too: fixing the settings retries at once.
        pause_key = (self.url, getattr(settings, "SEARCH_CLUSTER_FLAVOR", "auto"))
        if _paused_until.get(pause_key, 0) > time.monotonic():
            raise EngineUnavailable(f"cluster at {self.url} failed less than a moment ago")
        words = vocabulary(query.types)
        try:
            body = request_body(query, words, today())
            response = connect(self.url).search(self.alias, body)
        except EngineUnavailable:
            _paused_until[pause_key] = time.monotonic() + PAUSE_AFTER_FAILURE
            raise
        _paused_until.pop(pause_key, None)
        aggregations = response.get("aggregations") or {}
        facets = {}
        for facet in FACETS:
            buckets = (aggregations.get(facet) or {}).get("values", {}).get("buckets", [])
            found = {bucket["key"]: bucket["doc_count"] for bucket in buckets}
            facets[facet] = {value: found.get(value, 0) for value in words.values.get(facet, [])}
        hits = response["hits"]
        return Outcome(
            count=hits["total"]["value"],
            ids=[hit["_source"]["doc_id"] for hit in hits["hits"]],
            facets=facets,
            engine=self.name,
        )
