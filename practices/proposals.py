"""A public proposal becomes a draft practice in editorial review."""

from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from wagtail.rich_text import RichText

from portal.public_forms import store_attachment, unique_slug

from .models import PracticePage
from .site import review_workflow


def create_proposal(index, data):
    """A draft practice under `index`, with a revision, submitted to the editorial workflow.
    Call inside a transaction: a failure half-way leaves nothing behind."""
    attachments = []
    if data.get("attachment"):
        document = store_attachment(data["title"], data["attachment"])
        attachments.append(("attachment", {"document": document, "label": ""}))
    page = PracticePage(
        title=data["title"],
        slug=unique_slug(index, data["title"], "pratique"),
        locale=index.locale,
        live=False,
        summary=data["summary"],
        need=data["need"],
        description=[("paragraph", RichText(linebreaks(escape(data["description"]))))],
        whole_province=data["whole_province"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        attachments=attachments,
    )
    page.mrcs.set(data["mrcs"])
    page.sectors.set(data["sectors"])
    page.age_groups.set(data["age_groups"])
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = review_workflow()
    if workflow is not None:
        workflow.start(page, None)
    return page


def notification(page, data, edit_url):
    subject = _("Practice proposed: %(title)s") % {"title": page.title}
    body = "\n\n".join(
        [
            page.summary,
            _("Proposed by %(name)s <%(email)s>.")
            % {"name": data["contact_name"], "email": data["contact_email"]},
            edit_url,
        ]
    )
    return subject, body
