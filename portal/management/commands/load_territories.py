from django.core.management.base import BaseCommand

from portal.models import MRC, Region
from portal.territories import load_territories


class Command(BaseCommand):
    help = "Create or update the 17 administrative regions and every MRC/TE (idempotent)."

    def handle(self, *args, **options):
        regions, mrcs = load_territories(Region, MRC)
        self.stdout.write(f"{regions} regions, {mrcs} MRCs and equivalent territories.")
