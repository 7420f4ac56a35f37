from django.core.management.base import BaseCommand, CommandError

from search.documents import rebuild_documents
from search.engines import EngineUnavailable, sync


class Command(BaseCommand):
    help = (
        "Rebuild every search document from the live pages, then the search cluster's index "
        "when ELASTICSEARCH_URL is set (new index, then alias swap: no downtime)."
    )

    def handle(self, *args, **options):
        total = rebuild_documents(log=self.stdout.write)
        self.stdout.write(f"{total} documents in the database index.")
        if sync.cluster_configured():
            try:
                pushed = sync.rebuild_cluster(log=self.stdout.write)
            except EngineUnavailable as error:
                raise CommandError(
                    f"The database index is rebuilt, but the search cluster is unreachable: {error}"
                ) from None
            self.stdout.write(f"{pushed} documents in the search cluster.")
