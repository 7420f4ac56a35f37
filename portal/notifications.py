"""Telling editors that something waits for them, without ever losing the telling.

`queue_editor_notification` is called inside the transaction that saves a submission: the
message is saved with it (a PendingNotification), and sent once that transaction commits. Sent,
it is deleted; not sent (mail server down, nobody to notify, a crash in between), it stays,
listed in the admin, and `manage.py retry_notifications` (cron) sends it later. The submission
itself never depends on the mail: it is committed before any attempt."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from .models import PendingNotification

logger = logging.getLogger("maillage.notifications")

EDITORS_GROUP = "Éditeurs"
CONTRIBUTORS_GROUP = "Contributeurs"
ADMINISTRATORS_GROUP = "Administrateurs"  # accounts and groups (portal migration 0005)


def editor_addresses():
    User = get_user_model()
    addresses = set(
        User.objects.filter(groups__name=EDITORS_GROUP, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    addresses.update(settings.EDITORS_EMAILS)
    return sorted(addresses)


def queue_editor_notification(subject, body):
    """Saved now (with the caller's transaction), sent after its commit."""
    pending = PendingNotification.objects.create(subject=subject[:255], body=body)
    # robust: whatever goes wrong while sending is logged, and the visitor still gets the
    # thank-you page for what is already committed.
    transaction.on_commit(lambda: send_pending(pending.pk), robust=True)
    return pending


def send_pending(pk):
    """Try to send one pending notification; True when sent (and deleted). The row stays locked
    while sending, so a retry running at the same moment skips it. Delivery is at least once: a
    mail server that accepts a message but whose reply is lost gets it again on the next try."""
    with transaction.atomic():
        pending = (
            PendingNotification.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
        )
        if pending is None:  # already sent, or being sent by another process
            return False
        error = _send(pending.subject, pending.body)
        if error is None:
            pending.delete()
            return True
        pending.attempts += 1
        pending.last_attempt_at = timezone.now()
        pending.last_error = error
        pending.save(update_fields=["attempts", "last_attempt_at", "last_error"])
        return False


def send_all_pending():
    """(sent, still pending), oldest first."""
    sent = sum(send_pending(pk) for pk in PendingNotification.objects.values_list("pk", flat=True))
    return sent, PendingNotification.objects.count()


def _send(subject, body):
    """None when sent, else what went wrong (logged)."""
    recipients = editor_addresses()
    if not recipients:
        logger.warning("No editor address to notify, kept for later: %s", subject)
        return "No editor address (Éditeurs group or EDITORS_EMAILS)."
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
    except Exception as error:
        logger.exception("Could not email editors, kept for a retry: %s", subject)
        return f"{type(error).__name__}: {error}"[:2000]
    return None
