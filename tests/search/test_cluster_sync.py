"""The cluster follows the documents: pushes on change, rebuilds with no moment without an index.
Against osmem-server (see cluster_support)."""

import logging
import threading

import pytest
from opensearchpy import OpenSearch

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

from search.documents import unindex_page
from search.engines import sync
from search.engines.cluster import ClusterEngine, connect
from search.engines.cluster_index import our_indices
from search.engines.database import DatabaseEngine
from search.models import SearchDocument, SearchIndexState
from search.text import analyze, fold

from . import cluster_support
from .cluster_support import (
    assert_same,
    make_corpus,
    query,
)

# Fixtures shared by the cluster test modules.
osmem = cluster_support.osmem
cluster = cluster_support.cluster


def add_document(title, body, sector="environnement", slug="ajout"):
    page = Page.get_first_root_node().add_child(instance=Page(title=title, slug=slug))
    document = SearchDocument.objects.create(
        page=page,
        lang="fr",
        type="practice",
        title=title,
        title_sort=fold(title),
        summary=body,
        url=f"/fr/{slug}/",
        date=timezone.now(),
        facets={"region": ["05"], "mrc": ["450"], "sector": [sector], "age_group": []},
        title_tokens=" ".join(analyze(title)),
        body_tokens=" ".join(analyze(body)),
    )
    SearchIndexState.bump()
    return document


def ids_for(engine, text):
    return engine.search(query(text=text, stop=None)).ids


def test_documents_changed_pushes_new_updated_and_deleted_documents(cluster):
    make_corpus(count=15)
    sync.rebuild_cluster()
    reference, engine = DatabaseEngine(), ClusterEngine.from_settings()

    added = add_document("Ruche urbaine", "Des abeilles sur le toit du centre communautaire.")
    assert ids_for(engine, "ruche") == []  # not pushed yet: the cluster really is separate
    sync.documents_changed([added.page_id])
    assert ids_for(engine, "ruches") == [added.id]
    assert_same(reference, engine, query(selection={"sector": ["environnement"]}, stop=None))

    added.title = "Apiculture urbaine"
    added.title_tokens = " ".join(analyze(added.title))
    added.body_tokens = ""
    added.facets = {**added.facets, "sector": ["culture"]}
    added.save()
    SearchIndexState.bump()
    sync.documents_changed([added.page_id])
    assert ids_for(engine, "ruche") == []
    assert ids_for(engine, "apiculture") == [added.id]
    assert_same(reference, engine, query(selection={"sector": ["culture"]}, stop=None))

    page_id = added.page_id
    added.delete()
    SearchIndexState.bump()
    sync.documents_changed([page_id])
    assert ids_for(engine, "apiculture") == []
    assert_same(reference, engine, query(stop=None))


def test_unpublishing_reaches_the_cluster_once_committed(
    cluster, django_capture_on_commit_callbacks
):
    documents = make_corpus(count=8)
    sync.rebuild_cluster()
    engine = ClusterEngine.from_settings()
    gone = next(d for d in documents if d.lang == "fr" and not d.expires)
    assert gone.id in engine.search(query(stop=None)).ids
    with django_capture_on_commit_callbacks(execute=True):
        unindex_page(gone.page_id)
    assert gone.id not in engine.search(query(stop=None)).ids
    assert_same(DatabaseEngine(), engine, query(stop=None))


def test_a_push_to_a_cluster_that_is_down_is_logged_not_raised(cluster, caplog):
    added = add_document("Ruche urbaine", "Des abeilles.")
    cluster.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    cluster.SEARCH_CLUSTER_FLAVOR = "opensearch"
    with caplog.at_level(logging.ERROR, logger="maillage.search"):
        sync.documents_changed([added.page_id])  # the editor's publishing goes on
    assert "rebuild_search_index" in caplog.text


def test_a_push_before_any_rebuild_creates_no_stray_index(cluster, osmem, caplog):
    added = add_document("Ruche urbaine", "Des abeilles.")
    with caplog.at_level(logging.WARNING, logger="maillage.search"):
        sync.documents_changed([added.page_id])
    assert "rebuild_search_index" in caplog.text
    alias = cluster.MAILLAGE_SEARCH_INDEX
    assert connect(osmem.url).indices_of(alias) == {}


def test_rebuild_swaps_the_alias_with_no_moment_without_an_index(cluster, osmem):
    make_corpus(count=20)
    alias = cluster.MAILLAGE_SEARCH_INDEX
    assert sync.rebuild_cluster() == 20
    first = set(our_indices(connect(osmem.url), alias))
    client = OpenSearch(hosts=[osmem.url], timeout=5)
    answers, done = [], threading.Event()

    def watch():
        while not done.is_set():
            try:
                answers.append(client.count(index=alias)["count"])
            except Exception as error:
                answers.append(repr(error))

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(4):
            assert sync.rebuild_cluster() == 20
    finally:
        done.set()
        watcher.join()
    assert len(answers) > 10
    assert set(answers) == {20}, [a for a in answers if a != 20][:3]
    indices = our_indices(connect(osmem.url), alias)
    assert len(indices) == 1  # the previous ones are gone
    ((name, aliases),) = indices.items()
    assert name not in first and alias in aliases


def test_rebuild_keeps_changes_made_while_it_loads(cluster, osmem, monkeypatch):
    documents = make_corpus(count=30)
    sync.rebuild_cluster()
    monkeypatch.setattr("search.engines.cluster_index.BATCH", 10)
    removed, changed = documents[0], documents[1]  # both in the first batch sent
    edits = []

    def edit_during_load(message):
        # Editors keep working while the new index fills: one page goes, one changes, and
        # their pushes are lost (cluster busy): only the rebuild's catch-up can see them.
        if not edits:
            edits.append(message)
            removed.delete()
            changed.title_tokens = " ".join(analyze("apiculture"))
            changed.save()
            SearchIndexState.bump()

    sync.rebuild_cluster(log=edit_during_load)
    assert edits
    engine = ClusterEngine.from_settings()
    assert_same(DatabaseEngine(), engine, query(changed.lang, stop=None))
    assert_same(DatabaseEngine(), engine, query(removed.lang, stop=None))
    assert ids_for(engine, "apiculture") == [changed.id]


def test_rebuild_replaces_an_index_that_took_the_alias_name(cluster, osmem):
    make_corpus(count=5)
    alias = cluster.MAILLAGE_SEARCH_INDEX
    OpenSearch(hosts=[osmem.url]).index(index=alias, body={"stray": True}, refresh=True)
    assert sync.rebuild_cluster() == 5
    assert_same(DatabaseEngine(), ClusterEngine.from_settings(), query(stop=None))


@pytest.mark.django_db
def test_the_rebuild_command_fills_the_cluster(cluster, osmem, capsys):
    call_command("rebuild_search_index")
    out = capsys.readouterr().out
    assert "documents in the search cluster" in out
    assert len(our_indices(connect(osmem.url), cluster.MAILLAGE_SEARCH_INDEX)) == 1
