"""A search cluster for tests (osmem-server, an in-memory OpenSearch-compatible server built on
bleve, not Lucene) and a varied corpus of SearchDocument rows that both engines read."""

import random
import uuid
from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import Page

from portal.models import MRC, Need, Sector
from search.engines import Query
from search.engines.cluster import connect
from search.engines.cluster_index import our_indices
from search.facets import TYPE_LABELS, today
from search.models import SearchDocument, SearchIndexState
from search.text import analyze, analyze_query, fold

TYPES = tuple(TYPE_LABELS)
REGIONS = ["01", "04", "05", "06"]  # several regions, each with several MRCs
AGES = ["0-5", "6-12", "13-17", "18-29", "30-64", "65-plus"]
VERDICTS = ["bon-coup", "mauvais-coup", "mitige"]
PHRASES = {
    "fr": [
        "Sécurité alimentaire des aînés",
        "cuisine collective et repas partagés",
        "persévérance scolaire au cégep",
        "transport solidaire en région",
        "les jardins communautaires d'été",
        "l'épicerie solidaire du quartier",
        "aide aux devoirs et tutorat",
        "logement abordable pour les familles",
        "concertation des partenaires jeunesse",
        "financement d'initiatives alimentaires",
    ],
    "en": [
        "food security for seniors",
        "community kitchen and shared meals",
        "school perseverance and tutoring",
        "affordable housing for families",
        "youth partners working together",
    ],
}
TITLES = [
    "Cuisine collective",
    "Épicerie solidaire",
    "Frigo communautaire",
    "Aide aux devoirs",
    "Transport solidaire",
    "Jardin collectif",
    "Halte-garderie",
    "Table jeunesse",
    "Fonds d'initiatives",
    "Locaux à partager",
    "Éducation populaire",
    "Œuvre de quartier",
]


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server for the session, on a free loopback port (port 0: the server picks)."""
    from osmem_server import OsmemError, OsmemServer

    try:
        server = OsmemServer.start(addr="127.0.0.1:0", japanese=False, freeze=False)
    except OsmemError as error:
        pytest.fail(f"osmem-server (dev dependency) could not start: {error}")
    yield server
    server.close()


def point_settings_at(settings, url):
    settings.ELASTICSEARCH_URL = url
    settings.MAILLAGE_SEARCH_ENGINE = "elasticsearch"
    settings.MAILLAGE_SEARCH_INDEX = f"maillage-test-{uuid.uuid4().hex[:12]}"


def drop_indices(url, alias):
    connection = connect(url)
    for name in our_indices(connection, alias):
        connection.delete_index(name)


@pytest.fixture
def cluster(settings, osmem, db):
    """Settings pointing at osmem-server with an alias of this test's own."""
    point_settings_at(settings, osmem.url)
    yield settings
    drop_indices(osmem.url, settings.MAILLAGE_SEARCH_INDEX)


def make_corpus(count=90, seed=20261):
    """Documents covering every facet, both languages, ties on date and title, expiry."""
    rng = random.Random(seed)
    root = Page.get_first_root_node()
    mrcs = {
        region: list(
            MRC.objects.filter(region__code=region).order_by("code").values_list("code", flat=True)
        )
        for region in REGIONS
    }
    sectors = list(Sector.objects.values_list("slug", flat=True))
    needs = list(Need.objects.values_list("slug", flat=True))
    now = timezone.now().replace(microsecond=500_000)
    day = today()
    documents = []
    for number in range(count):
        language = "en" if number % 5 == 4 else "fr"
        kind = TYPES[number % len(TYPES)]
        whole_province = number % 11 == 3
        territory = {}
        if not whole_province and number % 13 != 7:  # a few have no territory at all
            for region in rng.sample(REGIONS, rng.choice([1, 1, 2])):
                for code in rng.sample(mrcs[region], min(len(mrcs[region]), rng.choice([1, 2]))):
                    territory[code] = region
        ages = sorted(rng.sample(AGES, rng.choice([0, 1, 2])))
        if number % 7 == 2:
            ages.append("tous-ages")
        extra = {}
        if kind == "story":
            extra["verdict"] = [VERDICTS[number % 3]]
        if kind == "resource":
            extra["need"] = sorted(rng.sample(needs, 2))
            extra["kind"] = extra["need"][:1]  # a facet the search does not show
        if kind == "table":
            extra["status"] = ["active"] if number % 8 != 7 else ["inactive"]
        chosen_sectors = sorted(rng.sample(sectors, rng.choice([1, 2])))
        if number == 5:
            chosen_sectors.append("secteur-retire")  # a slug no longer in the vocabulary
        expires = None
        if kind == "resource":
            expires = day + timedelta(days=[-30, -1, 0, 1, 60][number % 5])
        # Ties: pairs share a date (the id breaks them); others differ by one microsecond only.
        date = now - timedelta(hours=number // 2) - timedelta(microseconds=number % 3)
        title = f"{TITLES[number % len(TITLES)]} {'' if number % 4 else 'à Magog'}".strip()
        body = " ".join(rng.sample(PHRASES[language], 2))
        page = root.add_child(instance=Page(title=title, slug=f"cluster-doc-{number}"))
        documents.append(
            SearchDocument.objects.create(
                page=page,
                lang=language,
                type=kind,
                title=title,
                title_sort=fold(title),
                summary=body,
                url=f"/{language}/cluster-doc-{number}/",
                date=date,
                whole_province=whole_province,
                all_ages="tous-ages" in ages,
                expires=expires,
                facets={
                    "region": sorted(set(territory.values())),
                    "mrc": sorted(territory),
                    "sector": chosen_sectors,
                    "age_group": ages,
                    **extra,
                },
                title_tokens=" ".join(analyze(title, language)),
                body_tokens=" ".join(analyze(body, language)),
            )
        )
    SearchIndexState.bump()
    return documents


def query(language="fr", text="", selection=None, sort="newest", start=0, stop=20, types=TYPES):
    return Query(
        language=language,
        text=text,
        tokens=analyze_query(text, language),
        selection=selection or {},
        sort=sort,
        start=start,
        stop=stop,
        types=tuple(types),
    )


def assert_same(reference, cluster, q):
    """Same count, same counts for every facet value, same results (same order unless ranked)."""
    expected, found = reference.search(q), cluster.search(q)
    assert found.engine == "elasticsearch"
    context = f"query {q}"
    assert found.count == expected.count, context
    assert found.facets == expected.facets, context
    if q.sort == "relevance" and q.tokens:
        # Ranking may differ: the page holds as many results, all from the same full set.
        assert len(found.ids) == len(expected.ids), context
        assert set(_all_ids(cluster, q)) == set(_all_ids(reference, q)), context
    else:
        assert found.ids == expected.ids, context
    return expected


def _all_ids(engine, q):
    whole = Query(**{**q.__dict__, "start": 0, "stop": None})
    return engine.search(whole).ids


def identity_battery(reference, engine, vocabulary):
    """A broad, deterministic sample of queries on which both engines must agree."""
    import itertools

    from search.facets import FACETS

    checked = 0
    for language, sort in itertools.product(["fr", "en"], ["newest", "title", "relevance"]):
        assert_same(reference, engine, query(language, sort=sort, stop=None))
        assert_same(reference, engine, query(language, sort=sort, start=5, stop=12))
        checked += 2
    for facet in FACETS:
        for value in vocabulary.values[facet]:
            assert_same(reference, engine, query(selection={facet: [value]}))
            checked += 1
    for text in ("securite alimentaire", "aines", "alimentaires", "cuisine Magog", "introuvable"):
        for sort in ("relevance", "newest", "title"):
            assert_same(reference, engine, query(text=text, sort=sort, stop=None))
            checked += 1
    rng = random.Random(11)
    pool = {
        "type": list(TYPES),
        "region": REGIONS,
        "mrc": ["450", "430", "100", "070", "371"],
        "sector": ["securite-alimentaire", "transport", "culture"],
        "age_group": ["0-5", "30-64", "tous-ages"],
        "need": ["financement", "locaux"],
        "verdict": ["bon-coup", "mitige"],
    }
    for facets in itertools.combinations(pool, 2):
        selection = {facet: rng.sample(pool[facet], 2) for facet in facets}
        assert_same(reference, engine, query(selection=selection, sort="title", stop=None))
        checked += 1
    return checked
