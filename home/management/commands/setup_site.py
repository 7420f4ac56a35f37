from django.core.management.base import BaseCommand

from home.structure import ensure_site


class Command(BaseCommand):
    help = "Create the home page (FR + EN), the site and the section index pages when missing."

    def handle(self, *args, **options):
        home = ensure_site()
        self.stdout.write(f"Site root: {home.title} (/{home.locale.language_code}/)")
