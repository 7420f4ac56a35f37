from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "maillage-admin"  # noqa: S105 - development only, refused when DEBUG is off


class Command(BaseCommand):
    help = "Development only: create the 'admin' superuser (password in the README) if missing."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a known-password account when DEBUG is off.")
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Superuser '{USERNAME}' already exists.")
            return
        User.objects.create_superuser(USERNAME, "admin@example.org", PASSWORD)
        self.stdout.write(f"Superuser '{USERNAME}' created (password: {PASSWORD}).")
