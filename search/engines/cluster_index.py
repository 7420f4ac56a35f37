"""The search cluster's index: its mapping, one cluster document per SearchDocument, loading and
the zero-downtime rebuild (a new timestamped index, then one atomic alias swap)."""

import re
from datetime import UTC, datetime, timedelta
from itertools import islice

from django.utils import timezone

from ..facets import FACETS, TYPE_LABELS, Vocabulary
from ..models import SearchDocument
from .cluster import MAX_RESULT_WINDOW

BATCH = 1000
# Every facet but the type (a field of its own). A facet added to search.facets.FACETS needs a
# `manage.py rebuild_search_index` (the mapping is strict).
KEYWORD_FACETS = tuple(facet for facet in FACETS if facet != "type")

# Named analyzers set on each field: osmem-server ignores an analyzer named "default", and its
# `light_french` stemmer matched everything, so the Snowball `french` stemmer it is.
INDEX_SETTINGS = {
    "number_of_shards": 1,  # terms counts are exact on one shard; the corpus is small
    "max_result_window": MAX_RESULT_WINDOW,
    "analysis": {
        "filter": {
            "maillage_elision": {
                "type": "elision",
                "articles_case": True,
                "articles": [
                    "l",
                    "m",
                    "t",
                    "qu",
                    "n",
                    "s",
                    "j",
                    "d",
                    "c",
                    "jusqu",
                    "quoiqu",
                    "lorsqu",
                    "puisqu",
                ],
            },
            "maillage_french_stop": {"type": "stop", "stopwords": "_french_"},
            "maillage_french_stem": {"type": "stemmer", "language": "french"},
            "maillage_english_stop": {"type": "stop", "stopwords": "_english_"},
            "maillage_english_stem": {"type": "stemmer", "language": "english"},
        },
        "analyzer": {
            "maillage_french": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "maillage_elision",
                    "lowercase",
                    "asciifolding",
                    "maillage_french_stop",
                    "maillage_french_stem",
                ],
            },
            "maillage_english": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "lowercase",
                    "asciifolding",
                    "maillage_english_stop",
                    "maillage_english_stem",
                ],
            },
            # The tokens are search/text.py's, exactly as the database engines index them.
            "maillage_tokens": {"type": "custom", "tokenizer": "whitespace"},
        },
    },
}

MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "doc_id": {"type": "long"},
        "page_id": {"type": "long"},
        "lang": {"type": "keyword"},
        "type": {"type": "keyword"},
        **{facet: {"type": "keyword"} for facet in KEYWORD_FACETS},
        "date": {"type": "date"},
        # Microseconds: the database engine orders by the full timestamp, dates keep milliseconds.
        "date_us": {"type": "long"},
        "title_sort": {"type": "keyword"},
        "expires": {"type": "date", "format": "yyyy-MM-dd"},
        "tokens": {"type": "text", "analyzer": "maillage_tokens"},
        "title_fr": {"type": "text", "analyzer": "maillage_french"},
        "summary_fr": {"type": "text", "analyzer": "maillage_french"},
        "title_en": {"type": "text", "analyzer": "maillage_english"},
        "summary_en": {"type": "text", "analyzer": "maillage_english"},
        "title": {"type": "keyword", "index": False},
        "url": {"type": "keyword", "index": False},
    },
}


def load_vocabulary():
    return Vocabulary.load(tuple(TYPE_LABELS))


def microseconds(moment):
    epoch = datetime(1970, 1, 1, tzinfo=UTC if timezone.is_aware(moment) else None)
    return (moment - epoch) // timedelta(microseconds=1)


def cluster_document(document, vocabulary):
    """The cluster's copy of a SearchDocument, with "everywhere" and "every age" expanded."""
    facets = document.facets or {}
    values = {facet: set(facets.get(facet, ())) for facet in KEYWORD_FACETS}
    if document.whole_province:
        values["region"].update(vocabulary.values.get("region", []))
        values["mrc"].update(vocabulary.values.get("mrc", []))
    if document.all_ages:
        values["age_group"].update(vocabulary.values.get("age_group", []))
    language = document.lang if document.lang in ("fr", "en") else "fr"
    body = {
        "doc_id": document.id,
        "page_id": document.page_id,
        "lang": document.lang,
        "type": document.type,
        **{facet: sorted(found) for facet, found in values.items()},
        "date": document.date.isoformat(),
        "date_us": microseconds(document.date),
        "title_sort": document.title_sort,
        "tokens": f"{document.title_tokens} {document.body_tokens}".strip(),
        f"title_{language}": document.title,
        f"summary_{language}": document.summary,
        "title": document.title,
        "url": document.url,
    }
    if document.expires:
        body["expires"] = document.expires.isoformat()
    return body


def operations(documents, index, vocabulary):
    for document in documents:
        yield {"index": {"_index": index, "_id": str(document.page_id)}}
        yield cluster_document(document, vocabulary)


def our_indices(connection, alias):
    """{name: aliases} of the indices this alias's rebuilds made (alias-YYYYmmddHHMMSSffffff)."""
    pattern = re.compile(re.escape(alias) + r"-\d{20}")
    return {
        name: aliases
        for name, aliases in connection.indices_of(f"{alias}-*").items()
        if pattern.fullmatch(name)
    }


def push(connection, alias, page_ids, vocabulary=None, refresh=True):
    """Write these pages' documents (or their absence) to every index of the alias, including one
    a rebuild is filling right now, so no change made during a rebuild is lost."""
    page_ids = list(page_ids)
    targets = sorted(our_indices(connection, alias))
    if not targets or not page_ids:
        return targets
    vocabulary = vocabulary or load_vocabulary()
    present = {d.page_id: d for d in SearchDocument.objects.filter(page_id__in=page_ids)}
    batch = []
    for target in targets:
        for page_id in page_ids:
            if page_id in present:
                batch += list(operations([present[page_id]], target, vocabulary))
            else:
                batch.append({"delete": {"_index": target, "_id": str(page_id)}})
    connection.bulk(batch, refresh=refresh)
    return targets


def rebuild(connection, alias, log=None):
    """Fill a new index from every document, then point the alias at it in one atomic step and
    drop the previous indices. Returns the number of documents loaded."""
    log = log or (lambda message: None)
    # A margin for clocks: rows saved by other processes just before we start are pushed again.
    started = timezone.now() - timedelta(minutes=1)
    name = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    connection.create_index(name, INDEX_SETTINGS, MAPPINGS)
    try:
        vocabulary = load_vocabulary()
        loaded = set()
        rows = SearchDocument.objects.order_by("id").iterator(chunk_size=BATCH)
        while batch := list(islice(rows, BATCH)):
            connection.bulk(list(operations(batch, name, vocabulary)))
            loaded.update(document.page_id for document in batch)
            log(f"{len(loaded)} documents sent to {name}")
        # Catch up with what editors changed while we were loading.
        current = set(SearchDocument.objects.values_list("page_id", flat=True))
        recent = set(
            SearchDocument.objects.filter(indexed_at__gte=started).values_list("page_id", flat=True)
        )
        gone = loaded - current
        if recent or gone:
            batch = list(
                operations(SearchDocument.objects.filter(page_id__in=recent), name, vocabulary)
            )
            batch += [{"delete": {"_index": name, "_id": str(page_id)}} for page_id in gone]
            connection.bulk(batch)
        connection.refresh(name)
        total = len(current)
        swap(connection, alias, name)
    except Exception:
        connection.delete_index(name)
        raise
    log(f"alias {alias} now points at {name} ({total} documents)")
    return total


def swap(connection, alias, name):
    previous = {n: a for n, a in our_indices(connection, alias).items() if n != name}
    actions = [{"remove": {"index": n, "alias": alias}} for n, a in previous.items() if alias in a]
    if alias in connection.indices_of(alias):
        # A concrete index took the alias's name (a write before the first rebuild): replace
        # it in the same atomic step.
        actions.append({"remove_index": {"index": alias}})
    actions.append({"add": {"index": name, "alias": alias}})
    connection.update_aliases(actions)
    for old in previous:
        connection.delete_index(old)
