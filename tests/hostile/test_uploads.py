"""Attachments to the public proposals are judged by what they hold, not by their name: an
executable called .pdf, markup called .png, a zip called .docx, an empty file or a polyglot is
refused with a French message, and nothing is saved (no document, no page, no file on disk)."""

import pytest

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

from practices.models import PracticePage
from resources.models import ResourcePage
from tests.production.support import png_bytes

from .support import (
    ELF,
    FAKE_DOCX,
    HTML,
    PDF,
    PE,
    POLYGLOT_PDF_ZIP,
    POLYGLOT_PNG_HTML,
    SVG,
    text_of,
    zip_of,
)
from .test_forms import fr, practice_proposal, resource_proposal

pytestmark = pytest.mark.django_db

MISMATCH = "Le contenu du fichier ne correspond pas à son nom"
BAD_TYPE = "Ce type de fichier n'est pas accepté"
EMPTY = "Le fichier soumis est vide"

REFUSED = {
    "elf-as-pdf": ("rapport.pdf", ELF, MISMATCH),
    "pe-as-pdf": ("rapport.pdf", PE, MISMATCH),
    "html-as-png": ("plan.png", HTML, MISMATCH),
    "svg-as-png": ("plan.png", SVG, MISMATCH),
    "zip-without-document-as-docx": ("lettre.docx", FAKE_DOCX, MISMATCH),
    "odt-named-docx": (
        "lettre.docx",
        zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
        MISMATCH,
    ),
    "empty": ("vide.pdf", b"", EMPTY),
    "pdf-with-a-zip-inside": ("rapport.pdf", POLYGLOT_PDF_ZIP, MISMATCH),
    "png-header-then-html": ("plan.png", POLYGLOT_PNG_HTML, MISMATCH),
    "png-then-a-zip": ("plan.png", png_bytes() + zip_of({"a.exe": ELF}), MISMATCH),
    "svg": ("logo.svg", SVG, BAD_TYPE),
    "html": ("page.html", HTML, BAD_TYPE),
    "double-extension": ("rapport.pdf.exe", PE, BAD_TYPE),
    "no-extension": ("rapport", PDF, BAD_TYPE),
}

FORMS = {
    "practice": (lambda: fr("propose_practice"), practice_proposal, PracticePage),
    "resource": (lambda: fr("propose_resource"), resource_proposal, ResourcePage),
}


def stored_files():
    folder = settings.MEDIA_ROOT / "documents"
    return set(folder.rglob("*")) if folder.exists() else set()


@pytest.mark.parametrize("form", list(FORMS))
def test_files_that_lie_about_their_content_are_refused(client, home, form):
    url, valid, model = FORMS[form]
    files = stored_files()
    for case, (name, content, message) in REFUSED.items():
        upload = SimpleUploadedFile(name, content, content_type="application/pdf")
        response = client.post(url(), {**valid(), "attachment": upload})
        assert response.status_code == 400, case
        text = text_of(response)
        assert "n'a pas pu être envoyée" in text, case
        assert message in text, case
        assert not model.objects.exists(), case
        assert not get_document_model().objects.exists(), case
    assert stored_files() == files


@pytest.mark.parametrize("form", list(FORMS))
def test_files_that_are_what_they_say_are_kept(client, home, form):
    url, valid, model = FORMS[form]
    docx = zip_of({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    for name, content in [("bilan.pdf", PDF), ("photo.png", png_bytes()), ("lettre.docx", docx)]:
        upload = SimpleUploadedFile(name, content)
        response = client.post(url(), {**valid(title=name), "attachment": upload})
        assert response.status_code == 302, (name, text_of(response)[:400])
    assert model.objects.count() == 3
    assert get_document_model().objects.count() == 3


def test_a_file_name_cannot_leave_the_documents_folder(client, home):
    upload = SimpleUploadedFile('../../../../tmp/<script>alert(1)</script>.pdf', PDF)
    response = client.post(fr("propose_practice"), {**practice_proposal(), "attachment": upload})
    assert response.status_code == 302
    stored = get_document_model().objects.get().file
    path = (settings.MEDIA_ROOT / stored.name).resolve()
    assert path.is_relative_to((settings.MEDIA_ROOT / "documents").resolve())
    assert path.exists() and "<" not in stored.name and ".." not in stored.name
