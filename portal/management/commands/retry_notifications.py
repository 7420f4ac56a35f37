from django.core.management.base import BaseCommand

from portal.notifications import send_all_pending


class Command(BaseCommand):
    help = (
        "Send the editors' notifications that could not be sent yet (mail server down, no "
        "editor address, a crash after saving). Safe to run at any time and as often as you "
        "like, e.g. every 10 minutes from cron: what is sent is deleted, and one sender at a time handles each notice."
    )

    def handle(self, *args, **options):
        sent, pending = send_all_pending()
        self.stdout.write(f"{sent} notification(s) sent, {pending} still pending.")
        if pending:
            self.stderr.write(
                "Some notifications could not be sent: see the log, or the admin's "
                "Settings > Unsent notifications."
            )
