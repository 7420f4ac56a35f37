"""Telling editors that something waits for them. A mail failure never loses what was submitted:
the caller saves first, then notifies; failures are logged (and the item stays in the admin)."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail

logger = logging.getLogger("maillage.notifications")

EDITORS_GROUP = "Éditeurs"
CONTRIBUTORS_GROUP = "Contributeurs"
ADMINISTRATORS_GROUP = "Administrateurs"  # accounts and groups (portal migration 0004)


def editor_addresses():
    User = get_user_model()
    addresses = set(
        User.objects.filter(groups__name=EDITORS_GROUP, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    addresses.update(settings.EDITORS_EMAILS)
    return sorted(addresses)


def notify_editors(subject, body):
    """Send to every editor; returns True when sent, False when it failed or nobody is listed."""
    recipients = editor_addresses()
    if not recipients:
        logger.warning("No editor address to notify: %s", subject)
        return False
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
    except Exception:
        logger.exception("Could not email editors about: %s", subject)
        return False
    return True
