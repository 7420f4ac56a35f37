"""Portrait du territoire: what is offered, by sector and age group, for a territory.

Every number comes from the facet index the search uses (search/facets.py), with the search's own
semantics, so a cell's count is exactly what its link to the search shows."""

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import ngettext

from .facets import today

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

    @property
    def text(self):
        return ngettext(
            "%(kind)s: %(counter)s provider", "%(kind)s: %(counter)s providers", self.providers
        ) % {"kind": self.label, "counter": self.providers}


@dataclass
class Cell:
    sector: str
    age_group: str
    practices: int
    resources: int
    tables: int
    links: dict
    overlaps: list = field(default_factory=list)  # [Overlap], most providers first

    # A cell shows its first overlaps; the CSV lists them all.
    SHOWN_OVERLAPS = 3

    @property
    def shown_overlaps(self):
        return self.overlaps[: self.SHOWN_OVERLAPS]

    @property
    def more_overlaps(self):
        return max(0, len(self.overlaps) - self.SHOWN_OVERLAPS)

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
    def __init__(self, index, language, territory, threshold, sector=None, age_group=None):
        self.language = language
        self.territory = territory
        self.threshold = threshold
        self.index = index
        # One date for the whole page, so its parts never straddle midnight.
        self.today = today()
        self.vocabulary = self.index.vocabulary
        self.sector = sector
        self.age_group = age_group
        index = self.index
        live = index.live(self.today)
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
        return urlencode({**self.territory.params(), **filters}, doseq=True)

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
        providers = self.providers_by_cell.get((filters["sector"], filters["age_group"]), {})
        return [
            Overlap(kind, self.label("kind", kind), len(found),
                    self.search_query(type="resource", kind=kind, **filters))
            for kind, found in sorted(providers.items(), key=lambda item: (-len(item[1]), item[0]))
            if len(found) >= self.threshold
        ]

    @cached_property
    def providers_by_cell(self):
        """{(sector, age group): {kind: {providers}}} for this territory's live resources, in one
        pass over them (a pass over the bitmaps per cell and kind costs seconds at 100,000)."""
        key = ("providers_by_cell", self.territory.kind, self.territory.code)
        return self.index.memoized(self.today, key, self._providers_by_cell)

    def _providers_by_cell(self):
        index = self.index
        values = {
            facet: index.values_by_position(facet, "resource")
            for facet in ("sector", "age_group", "kind", "provider")
        }
        cells = {}
        for p in index.positions(self.kinds["resource"]):
            kinds = values["kind"].get(p)
            if not kinds:
                continue
            provider = (values["provider"].get(p) or [("none", p)])[0]
            for sector in values["sector"].get(p, ()):
                for age_group in values["age_group"].get(p, ()):
                    by_kind = cells.setdefault((sector, age_group), {})
                    by_kind.setdefault(kinds[0], set()).add(provider)
        return cells

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
        live = index.live(self.today)
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
        return [index.page_ids[p] for p in index.positions(bits)]
