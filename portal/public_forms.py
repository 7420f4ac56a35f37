"""What every public form shares: a honeypot field, a per-IP rate limit, attachment checks, and
where a proposal's draft and attachment are stored.

Used by the practice and resource proposals and by correction reports."""

import hashlib
import struct
import time
import zipfile

import filetype
from PIL import Image

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, Page

# The address login rate limits count too: X-Forwarded-For read from the right, as far as
# TRUSTED_PROXY_COUNT says (the left part is the client's to forge).
from .security import client_ip

# Extensions we accept and the content types their first bytes must show. DOCX and ODT are zip
# containers; we also check the zip holds what the extension claims (see _office_kind).
ALLOWED_ATTACHMENTS = {
    "pdf": {"application/pdf"},
    "docx": {
        "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
    "odt": {"application/zip", "application/vnd.oasis.opendocument.text"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "gif": {"image/gif"},
    "webp": {"image/webp"},
}
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


def _office_kind(uploaded):
    """'docx', 'odt' or None, from what the zip container actually holds."""
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if (
                "mimetype" in names
                and archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text"
            ):
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        uploaded.seek(0)
    return None


def validate_attachment(uploaded):
    """Refuse anything but PDF, DOCX, ODT and images up to 10 MB, judged by content, not name."""
    if uploaded is None:
        return
    if uploaded.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s MB); the limit is 10 MB."),
            code="too_large",
            params={"size": f"{uploaded.size / 1024 / 1024:.1f}"},
        )
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    if extension not in ALLOWED_ATTACHMENTS:
        raise ValidationError(
            _("This type of file is not accepted. Send a PDF, DOCX or ODT document, or an image."),
            code="bad_type",
        )
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    guessed = filetype.guess_mime(head)
    if guessed not in ALLOWED_ATTACHMENTS[extension]:
        raise ValidationError(
            _("The file's content does not match its name (.%(extension)s)."),
            code="bad_content",
            params={"extension": extension},
        )
    if extension in ("docx", "odt"):
        matches = _office_kind(uploaded) == extension
    else:
        # The first bytes alone let polyglots through: a PDF header glued to an archive, an
        # image header glued to HTML. An image must decode; nothing but DOCX/ODT may be a zip.
        matches = not _is_zip(uploaded) and (extension == "pdf" or _is_image(uploaded))
    if not matches:
        raise ValidationError(
            _("The file's content does not match its name (.%(extension)s)."),
            code="bad_content",
            params={"extension": extension},
        )


def _is_zip(uploaded):
    try:
        return zipfile.is_zipfile(uploaded)
    finally:
        uploaded.seek(0)


def _is_image(uploaded):
    try:
        with Image.open(uploaded) as image:
            image.verify()
    # What Pillow raises for a file that is not, or not only, a sound image.
    except (OSError, SyntaxError, ValueError, TypeError, EOFError, struct.error,
            Image.DecompressionBombError):
        return False
    finally:
        uploaded.seek(0)
    return True


class HoneypotFormMixin(forms.Form):
    """A field people never see nor fill; bots that fill every input give themselves away."""

    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website_url(self):
        if self.cleaned_data.get("website_url"):
            raise ValidationError(_("This form could not be accepted."), code="honeypot")
        return ""


def rate_limited(request, scope, limit, window_seconds):
    """True when this client already made `limit` submissions to `scope` in the window.

    Counts only accepted submissions; call `record_submission` after saving."""
    return _count(request, scope, window_seconds) >= limit


def record_submission(request, scope, window_seconds):
    key = _key(request, scope, window_seconds)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, window_seconds)


def too_many(request, template, window_seconds, context=None):
    """The 429 page, with the seconds until the window ends in Retry-After (RFC 9110)."""
    response = render(request, template, context or {}, status=429)
    response["Retry-After"] = str(window_seconds - int(time.time() % window_seconds))
    return response


def _count(request, scope, window_seconds):
    return cache.get(_key(request, scope, window_seconds), 0)


def _key(request, scope, window_seconds):
    ip_hash = hashlib.sha256(client_ip(request).encode()).hexdigest()[:16]
    bucket = int(time.time() // window_seconds)
    return f"ratelimit:{scope}:{ip_hash}:{bucket}"


# Attachments nobody reviewed yet are visible only to signed-in users, so a proposal never gives
# a stranger a public download link.
PROPOSALS_COLLECTION = "Propositions"


def proposals_collection():
    """The private collection of proposal attachments."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PROPOSALS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PROPOSALS_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.LOGIN
        )
    return collection


def store_attachment(title, uploaded):
    """A proposal's attachment as a document of the private collection."""
    document = get_document_model()(
        title=title[:255], file=uploaded, collection=proposals_collection()
    )
    document._set_document_file_metadata()
    document.save()
    return document


def unique_slug(parent, title, fallback):
    """A slug for a new child of `parent` that none of its children has."""
    base = slugify(title)[:70] or fallback
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
