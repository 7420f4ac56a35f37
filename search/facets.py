"""The facet index: every live document of a language as bitmaps, one per facet value.

Built from the SearchDocument table (one query) and kept per server process until the index
token changes (search/models.py). Counting is disjunctive: a facet's counts apply every other
facet's selection but not its own. Regions and MRCs form one "territory" selection; content for
"Tout le Québec" is in every region and MRC, content for "Tous âges" in every age group."""

import threading
from dataclasses import dataclass, field
from datetime import date

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from portal.models import MRC, AgeGroup, Need, Region, Sector

from . import bitmaps
from .models import SearchDocument, SearchIndexState

TYPE_LABELS = {
    "practice": _("Practice"),
    "story": _("Success or failure story"),
    "resource": _("Resource"),
    "table": _("Concertation table"),
}
VERDICT_LABELS = {
    "bon-coup": _("Success (bon coup)"),
    "mauvais-coup": _("Failure (mauvais coup)"),
    "mitige": _("Mixed results"),
}
# Facets in the order pages and the API show them; region and MRC share one selection.
# "kind" is the resources' kind, "status" and "level" the concertation tables' (see each page
# type's `search_facet_choices`).
FACETS = ["type", "region", "mrc", "sector", "age_group", "need", "kind", "verdict", "status",
          "level"]
GROUP = {"region": "territory", "mrc": "territory"}
# Results kept with an index for the day (territories' overlaps, words' documents); a bitmap of
# 120,000 documents is 15 KB.
MEMO_LIMIT = 2000


def group_of(facet):
    return GROUP.get(facet, facet)


@dataclass
class Vocabulary:
    """Every value each facet can take, with its labels in both languages."""

    values: dict = field(default_factory=dict)  # facet -> [value, ...] in display order
    labels: dict = field(default_factory=dict)  # (facet, value) -> {"fr": ..., "en": ...}
    region_of_mrc: dict = field(default_factory=dict)
    all_ages_values: set = field(default_factory=set)
    choices: dict = field(default_factory=dict)  # facet -> {value: lazy label}

    @classmethod
    def load(cls, types):
        from .documents import searchable_models

        vocabulary = cls()
        vocabulary.values["type"] = [t for t in TYPE_LABELS if t in types]
        vocabulary.values["verdict"] = list(VERDICT_LABELS)
        for search_type, model in searchable_models().items():
            if search_type not in types:
                continue
            for facet, choices in model.search_facet_choices.items():
                vocabulary.values[facet] = list(choices.values)
                vocabulary.choices[facet] = dict(choices.choices)
        for code, fr, en in Region.objects.values_list("code", "name_fr", "name_en"):
            vocabulary.values.setdefault("region", []).append(code)
            vocabulary.labels[("region", code)] = {"fr": fr, "en": en or fr}
        for code, fr, en, region in MRC.objects.order_by("region__code", "name_fr").values_list(
            "code", "name_fr", "name_en", "region__code"
        ):
            vocabulary.values.setdefault("mrc", []).append(code)
            vocabulary.labels[("mrc", code)] = {"fr": fr, "en": en or fr}
            vocabulary.region_of_mrc[code] = region
        for facet, model in (("sector", Sector), ("age_group", AgeGroup), ("need", Need)):
            vocabulary.values[facet] = []
            for slug, fr, en in model.objects.values_list("slug", "name_fr", "name_en"):
                vocabulary.values[facet].append(slug)
                vocabulary.labels[(facet, slug)] = {"fr": fr, "en": en or fr}
        vocabulary.all_ages_values = set(
            AgeGroup.objects.filter(all_ages=True).values_list("slug", flat=True)
        )
        return vocabulary

    def label(self, facet, value, language):
        if facet == "type":
            return str(TYPE_LABELS.get(value, value))
        if facet == "verdict":
            return str(VERDICT_LABELS.get(value, value))
        if facet in self.choices:
            return str(self.choices[facet].get(value, value))
        names = self.labels.get((facet, value))
        if not names:
            return value
        return names["en"] if language == "en" else names["fr"]


class FacetIndex:
    def __init__(self, language, rows, vocabulary):
        self.language = language
        self.vocabulary = vocabulary
        # Bit positions follow "newest first", so the newest-first order is the bits' own order.
        rows = sorted(rows, key=lambda row: (row["date"], row["id"]), reverse=True)
        self.size = len(rows)
        self.ids = [row["id"] for row in rows]
        self.page_ids = [row["page_id"] for row in rows]
        self.position = {doc_id: position for position, doc_id in enumerate(self.ids)}
        self.all = (1 << self.size) - 1
        members = {}
        whole_province, all_ages, self.expiring = [], [], []
        for position, row in enumerate(rows):
            members.setdefault(("type", row["type"]), []).append(position)
            # Every facet a page declares gets bitmaps (status, kind…), shown or not.
            for facet, values in row["facets"].items():
                for value in values:
                    members.setdefault((facet, value), []).append(position)
            if row["whole_province"]:
                whole_province.append(position)
            if row["all_ages"]:
                all_ages.append(position)
            if row["expires"]:
                self.expiring.append((row["expires"], position))
        self.bitmaps = {key: bitmaps.from_positions(p, self.size) for key, p in members.items()}
        everywhere = bitmaps.from_positions(whole_province, self.size)
        every_age = bitmaps.from_positions(all_ages, self.size)
        for facet in ("region", "mrc"):
            for value in vocabulary.values.get(facet, []):
                self.bitmaps[(facet, value)] = self.bitmaps.get((facet, value), 0) | everywhere
        for value in vocabulary.values.get("age_group", []):
            self.bitmaps[("age_group", value)] = (
                self.bitmaps.get(("age_group", value), 0) | every_age
            )
        title_keys = [(row["title_sort"], row["id"]) for row in rows]
        self.title_order = sorted(range(self.size), key=title_keys.__getitem__)
        self.title_rank = [0] * self.size
        for rank, position in enumerate(self.title_order):
            self.title_rank[position] = rank
        self._live = {}

    @classmethod
    def build(cls, language, types):
        rows = list(
            SearchDocument.objects.filter(lang=language, type__in=types).values(
                "id",
                "page_id",
                "type",
                "date",
                "title_sort",
                "whole_province",
                "all_ages",
                "expires",
                "facets",
            )
        )
        return cls(language, rows, Vocabulary.load(types))

    def bitmap(self, facet, value):
        return self.bitmaps.get((facet, value), 0)

    def values_by_position(self, facet, doc_type):
        """{position: [values of `facet`]} for the documents of one type, read off the bitmaps
        (so "Tous âges" documents have every age group). Built once per index."""
        cache = self.__dict__.setdefault("_by_position", {})
        key = (facet, doc_type)
        if key not in cache:
            of_type = self.bitmap("type", doc_type)
            found = {}
            for value in self.vocabulary.values.get(facet) or self._declared(facet):
                for p in bitmaps.iter_positions(self.bitmap(facet, value) & of_type, self.size):
                    found.setdefault(p, []).append(value)
            cache[key] = found
        return cache[key]

    def _declared(self, facet):
        """Values of a facet no vocabulary lists (e.g. providers), as the documents give them."""
        return sorted(value for name, value in self.bitmaps if name == facet)

    def positions(self, bits):
        return bitmaps.iter_positions(bits, self.size)

    def memoized(self, day, key, compute):
        """compute(), kept for the day as long as this index: the index never changes once
        built, so what is derived from it, the day (expired offers) and `key` alone stays true
        until the next rebuild. Only today's results are kept."""
        memo = self.__dict__.get("_memo")
        if memo is None or memo[0] != day:
            memo = self._memo = (day, {})
        values = memo[1]
        if key not in values:
            if len(values) >= MEMO_LIMIT:  # a bound on memory for a day of unusual queries
                values.clear()
            values[key] = compute()
        return values[key]

    def live(self, today):
        """Documents not past their expiry date (shared offers drop out the day after)."""
        if today not in self._live:
            expired = [position for expires, position in self.expiring if expires < today]
            self._live = {today: self.all & ~bitmaps.from_positions(expired, self.size)}
        return self._live[today]

    def from_ids(self, doc_ids):
        position = self.position
        return bitmaps.from_positions((position[i] for i in doc_ids if i in position), self.size)

    def selection_bits(self, selection):
        """{group: bitmap} for each facet group with a selection."""
        groups = {}
        mrcs = selection.get("mrc", [])
        regions = selection.get("region", [])
        if mrcs or regions:
            # An MRC ticked inside a ticked region narrows that region to the MRCs ticked.
            narrowed = {self.vocabulary.region_of_mrc.get(code) for code in mrcs}
            bits = 0
            for code in mrcs:
                bits |= self.bitmap("mrc", code)
            for code in regions:
                if code not in narrowed:
                    bits |= self.bitmap("region", code)
            groups["territory"] = bits
        for facet in FACETS:
            values = selection.get(facet, []) if group_of(facet) == facet else []
            if values:
                bits = 0
                for value in values:
                    bits |= self.bitmap(facet, value)
                groups[facet] = bits
        return groups

    def count(self, base, selection):
        """(matching bitmap, {facet: {value: count}}) for documents in `base`."""
        groups = self.selection_bits(selection)
        matching = base
        for bits in groups.values():
            matching &= bits
        contexts = {}
        counts = {}
        for facet in FACETS:
            group = group_of(facet)
            if group not in contexts:
                context = base
                for other, bits in groups.items():
                    if other != group:
                        context &= bits
                contexts[group] = context
            context = contexts[group]
            counts[facet] = {
                value: (context & self.bitmap(facet, value)).bit_count()
                for value in self.vocabulary.values.get(facet, [])
            }
        return matching, counts

    def ordered(self, matching, sort, start, stop, ranked_ids=None):
        """Document ids number start..stop-1 of `matching` in the asked order."""
        if sort == "relevance" and ranked_ids is not None:
            data = bitmaps.to_bytes(matching, self.size)
            position = self.position
            found = []
            for doc_id in ranked_ids:
                p = position.get(doc_id)
                if p is not None and bitmaps.contains(data, p):
                    found.append(doc_id)
                    if len(found) >= stop:
                        break
            return found[start:stop]
        if sort == "title":
            total = matching.bit_count()
            if total * 16 < self.size:
                positions = sorted(
                    bitmaps.iter_positions(matching, self.size), key=self.title_rank.__getitem__
                )
                return [self.ids[p] for p in positions[start:stop]]
            data = bitmaps.to_bytes(matching, self.size)
            found = []
            for p in self.title_order:
                if bitmaps.contains(data, p):
                    found.append(p)
                    if len(found) >= stop:
                        break
            return [self.ids[p] for p in found[start:stop]]
        return [self.ids[p] for p in bitmaps.slice_positions(matching, self.size, start, stop)]


_indexes = {}
_lock = threading.Lock()


def facet_index(language, types):
    """This process's facet index for a language, rebuilt when the index token has changed."""
    token = SearchIndexState.current()
    key = (language, tuple(sorted(types)))
    cached = _indexes.get(key)
    if cached and cached[0] == token:
        return cached[1]
    with _lock:
        cached = _indexes.get(key)
        if cached and cached[0] == token:
            return cached[1]
        index = FacetIndex.build(language, types)
        _indexes[key] = (token, index)
        return index


def today():
    from django.utils import timezone

    return timezone.localdate() if timezone.is_aware(timezone.now()) else date.today()


@receiver(post_save, sender=Region)
@receiver(post_save, sender=MRC)
@receiver(post_save, sender=Sector)
@receiver(post_save, sender=AgeGroup)
@receiver(post_save, sender=Need)
@receiver(post_delete, sender=Sector)
@receiver(post_delete, sender=AgeGroup)
@receiver(post_delete, sender=Need)
def vocabulary_changed(sender, **kwargs):
    # New terms and renamed labels show in facets at once.
    SearchIndexState.bump()


def warm(languages=("fr", "en"), on_each=None):
    """Build this process's facet indexes now (server start-up). A database that does not answer
    yet is no reason to fail: the first search builds them instead."""
    import logging

    from django.db import DatabaseError

    from .service import available_types

    try:
        for language in languages:
            facet_index(language, available_types())
            if on_each:
                on_each()
    except DatabaseError as error:
        logging.getLogger("maillage.search").warning("Facet index not warmed: %s", error)
