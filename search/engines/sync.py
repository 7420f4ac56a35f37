"""Keeping a search cluster in step with the SearchDocument table.

Called after each committed change to documents; does nothing when no cluster is configured."""

import logging

from django.conf import settings

logger = logging.getLogger("maillage.search")


def cluster_configured():
    return settings.MAILLAGE_SEARCH_ENGINE == "elasticsearch"


def documents_changed(page_ids):
    """Push (or delete) the documents of these pages to the cluster, if there is one.

    Never raises: an editor's publishing must not fail because the cluster is down. What is
    missed is logged, and `manage.py rebuild_search_index` repairs it."""
    if not cluster_configured():
        return
    from .cluster import PUSH_TIMEOUT, connect
    from .cluster_index import push

    alias = settings.MAILLAGE_SEARCH_INDEX
    try:
        targets = push(connect(timeout=PUSH_TIMEOUT), alias, page_ids)
    except Exception:
        logger.exception(
            "Search cluster not updated for pages %s; run manage.py rebuild_search_index",
            list(page_ids),
        )
        return
    if not targets:
        logger.warning(
            "Search cluster has no index for %s yet; run manage.py rebuild_search_index", alias
        )


def rebuild_cluster(log=None):
    """Recreate the cluster index from every document (zero downtime: new index, alias swap)."""
    if not cluster_configured():
        return 0
    from .cluster import BULK_TIMEOUT, connect
    from .cluster_index import rebuild

    return rebuild(connect(timeout=BULK_TIMEOUT), settings.MAILLAGE_SEARCH_INDEX, log=log)
