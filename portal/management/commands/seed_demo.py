import random
from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from home.structure import ensure_site
from portal.models import MRC, Region
from portal.territories import load_territories

# Each module has seed(options, rng, log); order matters (organizations before what uses them).
DEMO_MODULES = ["portal.demo", "practices.demo", "resources.demo", "resources.tables_demo"]


class Command(BaseCommand):
    help = (
        "Create realistic French demo content (with English translations for some). "
        "Idempotent and deterministic: a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=80, help="number of practices")
        parser.add_argument("--stories", type=int, default=40, help="number of case stories")
        parser.add_argument("--resources", type=int, default=90, help="number of resources")
        parser.add_argument("--tables", type=int, default=24, help="number of concertation tables")
        parser.add_argument("--seed", type=int, default=2026, help="random seed")

    def handle(self, *args, **options):
        load_territories(Region, MRC)
        ensure_site()
        for module_name in DEMO_MODULES:
            try:
                module = import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise
                continue
            # One random stream per module: adding content to one app leaves the others as they were.
            rng = random.Random(f"{options['seed']}:{module_name}")
            with transaction.atomic():
                module.seed(options, rng, self.stdout.write)
        # Demo pages are created live in bulk without publish signals; index them in one pass.
        from search.documents import rebuild_documents
        from search.engines import sync

        indexed = rebuild_documents()
        if sync.cluster_configured():
            sync.rebuild_cluster()
        self.stdout.write(f"search: {indexed} documents indexed")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
