"""Portrait du territoire: what is offered, by sector and age group, for a territory.

Every number comes from the facet index the search uses (search/facets.py), with the search's own
semantics, so a cell's count is exactly what its link to the search shows."""

from dataclasses import dataclass, field

from django.conf import settings
from django.http import QueryDict

from .facets import facet_index, today
from .service import available_types

COUNTED = ("practice", "resource", "table")
DEFAULT_OVERLAP_THRESHOLD = 3


@dataclass
class Territory:
    kind: str  # "quebec", "region" or "mrc"
    code: str = ""
    label: str = ""

    def params(self):
        return {self.kind: [self.code]} if self.code else {}


@dataclass
class Overlap:
    kind: str
    label: str
    providers: int
    link: str


@dataclass
class Cell:
    sector: str
    age_group: str
    practices: int
    resources: int
    tables: int
    links: dict
    overlaps: list = field(default_factory=list)  # [Overlap]

    @property
    def total(self):
        return self.practices + self.resources + self.tables

    @property
    def is_gap(self):
        return self.total == 0


def overlap_threshold(raw=None):
    default = getattr(settings, "MAILLAGE_OVERLAP_THRESHOLD", DEFAULT_OVERLAP_THRESHOLD)
    try:
        value = int(raw) if raw not in (None, "") else default
    except (TypeError, ValueError):
        return default, False
    if not 2 <= value <= 50:
        return default, False
    return value, True


def parse_territory(params, vocabulary, language):
    """The territory asked for (MRC wins over region), and what was not understood."""
    ignored = []
    for kind in ("mrc", "region"):
        code = (params.get(kind) or "").strip()
        if not code:
            continue
        if code in vocabulary.values.get(kind, []):
            return Territory(kind, code, vocabulary.label(kind, code, language)), ignored
        ignored.append(f"{kind}={code[:20]}")
    return Territory("quebec"), ignored


class Portrait:
    def __init__(self, language, territory, threshold, sector=None, age_group=None):
        self.language = language
        self.territory = territory
        self.threshold = threshold
        self.index = facet_index(language, available_types())
        self.vocabulary = self.index.vocabulary
        self.sector = sector
        self.age_group = age_group
        index = self.index
        live = index.live(today())
        self.territory_bits = index.selection_bits(territory.params()).get("territory", index.all)
        scope = live & self.territory_bits
        self.kinds = {
            "practice": scope & index.bitmap("type", "practice"),
            "resource": scope & index.bitmap("type", "resource"),
            "table": scope & index.bitmap("type", "table") & index.bitmap("status", "active"),
        }

    @property
    def sector_label(self):
        return self.label("sector", self.sector) if self.sector else ""

    @property
    def sectors(self):
        return self.vocabulary.values.get("sector", [])

    @property
    def age_groups(self):
        return self.vocabulary.values.get("age_group", [])

    def label(self, facet, value):
        return self.vocabulary.label(facet, value, self.language)

    def search_query(self, **filters):
        params = QueryDict(mutable=True)
        for key, values in {**self.territory.params(), **filters}.items():
            params.setlist(key, values if isinstance(values, list) else [values])
        return params.urlencode()

    def cell(self, sector, age_group):
        index = self.index
        tagged = index.bitmap("sector", sector) & index.bitmap("age_group", age_group)
        practices = self.kinds["practice"] & tagged
        resources = self.kinds["resource"] & tagged
        tables = self.kinds["table"] & tagged
        filters = {"sector": sector, "age_group": age_group}
        return Cell(
            sector=sector,
            age_group=age_group,
            practices=practices.bit_count(),
            resources=resources.bit_count(),
            tables=tables.bit_count(),
            links={
                "practice": self.search_query(type="practice", **filters),
                "resource": self.search_query(type="resource", **filters),
                "table": self.search_query(type="table", status="active", **filters),
            },
            overlaps=self._overlaps(resources, filters),
        )

    def _overlaps(self, resources, filters):
        """Kinds of resource offered in this cell by at least `threshold` different providers
        (resources without a provider count one each)."""
        if resources.bit_count() < self.threshold:
            return []
        providers = self.index.distinct_values_by(resources, "kind", "provider")
        return [
            Overlap(kind, self.label("kind", kind), count,
                    self.search_query(type="resource", kind=kind, **filters))
            for kind, count in sorted(providers.items())
            if count >= self.threshold
        ]

    def grid(self):
        return [
            {"sector": sector, "label": self.label("sector", sector),
             "cells": [self.cell(sector, age_group) for age_group in self.age_groups]}
            for sector in self.sectors
        ]

    def mrc_counts(self):
        """Per MRC: practices, resources and active tables for the chosen sector/age group
        (whole-province content included everywhere)."""
        index = self.index
        filters = index.bitmap("sector", self.sector) if self.sector else index.all
        if self.age_group:
            filters &= index.bitmap("age_group", self.age_group)
        live = index.live(today())
        counted = (
            index.bitmap("type", "practice") | index.bitmap("type", "resource")
            | (index.bitmap("type", "table") & index.bitmap("status", "active"))
        )
        base = live & counted & filters
        return {code: (base & index.bitmap("mrc", code)).bit_count()
                for code in self.vocabulary.values.get("mrc", [])}

    def table_page_ids(self):
        """Page ids of the active tables in this territory (and sector, when one is chosen)."""
        index = self.index
        bits = self.kinds["table"]
        if self.sector:
            bits &= index.bitmap("sector", self.sector)
        doc_ids = index.ids_of(bits)
        from .models import SearchDocument

        return list(SearchDocument.objects.filter(id__in=doc_ids).values_list("page_id", flat=True))
