"""One search, whatever asks for it: the page, the JSON API, the CSV export, the directory tiles
and the territory portrait all go through `run()`, so they can never disagree."""

import logging
import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .documents import searchable_models
from .engines import EngineUnavailable, get_engine
from .engines.database import DatabaseEngine
from .facets import FACETS, facet_index
from .models import SearchDocument
from .params import parse, territory_suggestions

logger = logging.getLogger("maillage.search")

EXPORT_LIMIT = 5000


@dataclass
class Search:
    language: str
    text: str
    sort: str
    page: int
    pages: int
    page_size: int
    count: int
    selection: dict
    documents: list
    facets: dict  # facet -> [{"value", "label", "count", "selected"}]
    ignored: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)
    notice: str = ""
    engine: str = "database"
    vocabulary: object = None

    def cards(self):
        """Results with their tags' labels, for templates."""
        for document in self.documents:
            facets = document.facets or {}
            tags = [
                {
                    "facet": facet,
                    "value": value,
                    "label": self.vocabulary.label(facet, value, self.language),
                }
                for facet in ("region", "sector", "age_group", "need")
                for value in facets.get(facet, [])
            ]
            verdict = (facets.get("verdict") or [None])[0]
            yield {
                "document": document,
                "type_label": self.vocabulary.label("type", document.type, self.language),
                "verdict": verdict,
                "verdict_label": self.vocabulary.label("verdict", verdict, self.language)
                if verdict
                else "",
                "tags": tags,
            }

    def as_api(self):
        return {
            "count": self.count,
            "page": self.page,
            "pages": self.pages,
            "ignored": self.ignored,
            "results": [api_result(document) for document in self.documents],
            "facets": {
                facet: [
                    {key: item[key] for key in ("value", "label", "count", "selected")}
                    for item in items
                ]
                for facet, items in self.facets.items()
            },
            "suggestions": [
                {"facet": s["facet"], "value": s["value"], "label": s["label"]}
                for s in self.suggestions
            ],
            "query": self.text,
            "sort": self.sort,
            "engine": self.engine,
            "notice": self.notice,
        }


def api_result(document):
    facets = document.facets or {}
    return {
        "title": document.title,
        "url": document.url,
        "type": document.type,
        "summary": document.summary,
        "regions": facets.get("region", []),
        "mrcs": facets.get("mrc", []),
        "whole_province": document.whole_province,
        "sectors": facets.get("sector", []),
        "age_groups": facets.get("age_group", []),
        "needs": facets.get("need", []),
        "verdict": (facets.get("verdict") or [None])[0],
        "date": document.date.date().isoformat(),
    }


def available_types():
    return tuple(searchable_models())


def run(params, language, *, allow_page_size=False, export=False, engine=None):
    """The search for these URL parameters. Raises params.BadParameter on a malformed page."""
    types = available_types()
    index = facet_index(language, types)
    vocabulary = index.vocabulary
    parsed = parse(params, language, vocabulary, types, allow_page_size=allow_page_size)
    query = parsed.query
    if export:
        query.start, query.stop = 0, EXPORT_LIMIT
    outcome, notice = _execute(query, engine)

    pages = max(1, math.ceil(outcome.count / parsed.page_size))
    page = parsed.page
    if not export and page > pages:
        # Past the end: show the last page rather than nothing.
        page = pages
        query.start, query.stop = (page - 1) * parsed.page_size, page * parsed.page_size
        outcome, notice = _execute(query, engine)

    documents = SearchDocument.objects.in_bulk(outcome.ids)
    ordered = [documents[i] for i in outcome.ids if i in documents]
    return Search(
        language=language,
        text=query.text,
        sort=query.sort,
        page=page,
        pages=pages,
        page_size=parsed.page_size,
        count=outcome.count,
        selection=query.selection,
        documents=ordered,
        facets=_facet_items(outcome.facets, query.selection, vocabulary, language),
        ignored=parsed.ignored,
        suggestions=territory_suggestions(query.text, vocabulary, language, query.selection),
        notice=notice,
        engine=outcome.engine,
        vocabulary=vocabulary,
    )


def _execute(query, engine):
    engine = engine or get_engine()
    try:
        return engine.search(query), ""
    except EngineUnavailable as error:
        logger.warning("Search cluster unavailable, falling back to the database: %s", error)
        fallback = DatabaseEngine().search(query)
        return fallback, _(
            "The search service is partly unavailable: these results come from our backup "
            "search and may be ranked differently."
        )


def _facet_items(counts, selection, vocabulary, language):
    items = {}
    for facet in FACETS:
        chosen = selection.get(facet, [])
        items[facet] = [
            {
                "value": value,
                "label": vocabulary.label(facet, value, language),
                "count": counts.get(facet, {}).get(value, 0),
                "selected": value in chosen,
                "region": vocabulary.region_of_mrc.get(value) if facet == "mrc" else None,
            }
            for value in vocabulary.values.get(facet, [])
        ]
    return items


def latest(language, count=6):
    """The newest live documents of a language (the home page's "what is new")."""
    from django.db.models import Q

    from .facets import TYPE_LABELS, today

    documents = (
        SearchDocument.objects.filter(lang=language, type__in=available_types())
        .filter(Q(expires__isnull=True) | Q(expires__gte=today()))
        .order_by("-date", "-id")[:count]
    )
    return [
        {"document": document, "type_label": str(TYPE_LABELS.get(document.type, document.type))}
        for document in documents
    ]
