from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingNotification(models.Model):
    """An email to the editors not sent yet. Written in the transaction that saves what it
    announces, deleted once sent: a mail outage or a crash after the commit leaves it here, for
    `manage.py retry_notifications` (see portal/notifications.py)."""

    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("unsent notification")
        verbose_name_plural = _("unsent notifications")

    def __str__(self):
        return self.subject
