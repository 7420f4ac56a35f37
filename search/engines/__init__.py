"""Search engines behind one interface: `engine.search(query) -> Outcome`.

`database` (default): text matched by the database's own full-text index (SQLite FTS5 or
PostgreSQL tsvector), facets counted on the in-process facet index. `elasticsearch`: the same
query as one Elasticsearch/OpenSearch request (filters, post_filter and filter aggregations).
Both read the same SearchDocument rows and the same analysed tokens, so they return the same
result sets and counts; only relevance ranking may differ."""

import logging
from dataclasses import dataclass, field

from django.conf import settings

logger = logging.getLogger("maillage.search")


@dataclass
class Query:
    language: str
    text: str = ""
    tokens: list = field(default_factory=list)
    selection: dict = field(default_factory=dict)  # facet -> [values], validated
    sort: str = "newest"
    start: int = 0
    stop: int = 20  # None: every result (exports)
    types: tuple = ()


@dataclass
class Outcome:
    count: int
    ids: list  # SearchDocument ids for start..stop, in order
    facets: dict  # facet -> {value: count}
    engine: str = "database"
    notice: str = ""


class EngineUnavailable(Exception):
    """The configured engine cannot answer now; the caller falls back to the database."""


def get_engine(name=None):
    name = name or settings.MAILLAGE_SEARCH_ENGINE
    if name == "elasticsearch":
        from .cluster import ClusterEngine

        return ClusterEngine.from_settings()
    from .database import DatabaseEngine

    return DatabaseEngine()
