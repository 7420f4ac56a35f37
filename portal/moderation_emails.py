"""Wagtail's own moderation emails, minus the ones our public forms already send.

A public proposal starts the editorial workflow with no user. Wagtail would then email the
editors "submitted for moderation" — a second email, which names nobody — besides ours, which
names the proposer and is never lost (portal/notifications.py). Submissions made in the admin
keep Wagtail's emails."""

from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

# (signal, sender, Wagtail's dispatch_uid, Wagtail's notifier)
SUBMISSION_NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification",
     wagtail_handlers.task_submission_email_notifier),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification",
     wagtail_handlers.workflow_submission_email_notifier),
]


def _unless_public(notifier):
    def receiver(sender, instance=None, user=None, **kwargs):
        if user is None:
            return None
        return notifier(sender=sender, instance=instance, user=user, **kwargs)

    return receiver


def connect():
    """Takes the place of Wagtail's receivers (same dispatch_uid, so Wagtail's own connect,
    before or after this one, does not add them back)."""
    for signal, sender, uid, notifier in SUBMISSION_NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(_unless_public(notifier), sender=sender, dispatch_uid=uid, weak=False)
