import platform

from django.core.management.base import BaseCommand
from django.db import connection

from search import benchmark


class Command(BaseCommand):
    help = (
        "Seed benchmark search documents (--practices N, plus stories, resources and tables in "
        "proportion) and time a fixed mix of searches through the real view: p50/p95/p99 in ms "
        "and SQL queries per request."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=10000)
        parser.add_argument("--requests", type=int, default=400)
        parser.add_argument("--path", default="/fr/recherche/")

    def handle(self, *args, **options):
        from home.structure import ensure_site

        ensure_site()
        benchmark.seed(options["practices"], log=self.stdout.write)
        report, statuses = benchmark.run(options["requests"], path=options["path"],
                                         log=self.stdout.write)
        cores = __import__("os").cpu_count()
        self.stdout.write(
            f"{connection.vendor} · Python {platform.python_version()} · {cores} cores · "
            f"{options['practices']} practices · {options['requests']} requests on {options['path']}"
        )
        self.stdout.write(f"{'category':<16}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  queries")
        for category, row in report.items():
            self.stdout.write(
                f"{category:<16}{row['n']:>5}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['p99']:>9.1f}  {row['queries']}"
            )
        self.stdout.write(f"HTTP statuses: {statuses}")
