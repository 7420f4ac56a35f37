"""A public proposal becomes a draft practice in editorial review."""

from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, Page
from wagtail.rich_text import RichText

from .models import PracticePage
from .site import review_workflow

# Shared with the resource proposals: attachments nobody reviewed yet are visible only to
# logged-in users, so a proposal never gives a stranger a public download link.
PROPOSALS_COLLECTION = "Propositions"


def proposals_collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PROPOSALS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PROPOSALS_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.LOGIN
        )
    return collection


def unique_slug(parent, title):
    base = slugify(title)[:70] or "pratique"
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def store_attachment(title, uploaded):
    document = get_document_model()(
        title=title[:255], file=uploaded, collection=proposals_collection()
    )
    document._set_document_file_metadata()
    document.save()
    return document


def create_proposal(index, data):
    """A draft practice under `index`, with a revision, submitted to the editorial workflow.
    Call inside a transaction: a failure half-way leaves nothing behind."""
    attachments = []
    if data.get("attachment"):
        document = store_attachment(data["title"], data["attachment"])
        attachments.append(("attachment", {"document": document, "label": ""}))
    page = PracticePage(
        title=data["title"],
        slug=unique_slug(index, data["title"]),
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
