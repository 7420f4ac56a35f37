"""What the hostile-input tests share: the values an attacker (or a broken client) sends, the
site they are sent to, and what a clear refusal looks like."""

import io
import zipfile
from html import unescape

from hypothesis import strategies as st

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.public_forms import proposals_collection
from tests.resources.directory_support import make_resource
from tests.resources.test_tables_support import add_plan, add_table

# Values that broke, or could break, a view somewhere: numbers that are not numbers, encodings
# that do not decode, markup, template syntax, path tricks, huge and invisible text.
JUNK = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "%",
    "%zz",
    "%%%",
    "%C0%AE%C0%AE/",
    "%u0000",
    "-1",
    "0",
    "00",
    "1e3",
    "0x10",
    "1.5",
    "+1",
    " 2 ",
    "1_000",
    "٣",  # an Arabic-Indic digit: int() accepts it, a regex \d too
    "²",
    "NaN",
    "inf",
    "9" * 30,
    "9" * 5000,  # more digits than int() converts
    "x" * 20000,
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7|add:7 }}{% debug %}",
    "../../etc/passwd",
    "'; DROP TABLE wagtailcore_page;--",
    "\r\nSet-Cookie: pris=1",
    "\u202eevil",
    "🙂" * 50,
    "Ω" * 3000,
    "//evil.example/",
    "https://evil.example/",
]

# Text without lone surrogates (a browser cannot send them; the test client cannot encode them).
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
hostile_value = st.one_of(st.sampled_from(JUNK), any_text, st.integers(-(10**12), 10**12).map(str))
# A raw query string, %-escapes and separators included, never decoded by the test client.
raw_query = st.text(alphabet="%&=;+?#[]az09AZ.-_~ \x7fé\t", max_size=400)


def query(names):
    """A list of (name, value) pairs: known names, junk names, repeats."""
    name = st.one_of(st.sampled_from(names), any_text.map(lambda text: text[:30]))
    return st.lists(st.tuples(name, hostile_value), max_size=10) if names else st.lists(
        st.tuples(any_text.map(lambda text: text[:30]), hostile_value), max_size=6
    )


def as_data(pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


def text_of(response):
    return unescape(response.content.decode("utf-8", "replace"))


def assert_not_a_server_error(response, where):
    assert response.status_code < 500, f"{where}: {response.status_code}\n{text_of(response)[:800]}"


def assert_clear_refusal(response, where):
    """A 4xx says why: JSON names the error, a page has a heading the visitor can read."""
    if not 400 <= response.status_code < 500:
        return
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/json"):
        assert response.json().get("error"), where
    elif response.status_code != 405:  # 405 is the protocol's own answer (Allow header)
        assert "<h1" in response.content.decode("utf-8", "replace"), (
            f"{where}: {response.status_code} without an explanation"
        )
    else:
        assert response.get("Allow"), where


# --- The site the requests go to ----------------------------------------------------------


def build_site(home, make_practice, make_story, registry):
    practice = make_practice(sectors=["securite-alimentaire"], age_groups=["30-64"])
    story = make_story(verdict="bon-coup")
    resource = make_resource("Fonds d'appui aux initiatives")
    table = add_table(registry, "Table jeunesse Memphrémagog", mrcs=["450"])
    plan = add_plan(table, "Plan 2025-2027", 2025, 2027, actions=[("en-cours", 50)])
    public = get_document_model().objects.create(
        title="Guide public",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="guide.pdf"),
        collection=Collection.get_first_root_node(),
    )
    private = get_document_model().objects.create(
        title="Pièce jointe d'une proposition",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="proposition.pdf"),
        collection=proposals_collection(),
    )
    return {
        "home.HomePage": home,
        "practices.PracticeIndexPage": practice.get_parent().specific,
        "practices.PracticePage": practice,
        "practices.CaseStoryIndexPage": story.get_parent().specific,
        "practices.CaseStoryPage": story,
        "resources.ResourceIndexPage": resource.get_parent().specific,
        "resources.ResourcePage": resource,
        "resources.ConcertationTableIndexPage": registry,
        "resources.ConcertationTablePage": table,
        "resources.ActionPlanPage": plan,
        "public_document": public,
        "private_document": private,
    }


# --- Files that lie about what they are ------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" * 16
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(1)</script></svg>"
)


def zip_of(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# A zip that says it is a Word document ([Content_Types].xml) but holds no word/document.xml.
FAKE_DOCX = zip_of({"[Content_Types].xml": "<Types/>", "word/evil.js": "alert(1)"})
# A PDF header followed by a zip (a classic polyglot: a PDF reader and an unzipper both open it).
POLYGLOT_PDF_ZIP = PDF + zip_of({"payload.exe": ELF})
# A PNG header glued onto HTML: sniffed as an image, rendered as a page by a careless server.
POLYGLOT_PNG_HTML = b"\x89PNG\r\n\x1a\n" + HTML


def assert_stays_on_site(location):
    """A redirect a browser would follow to this site only (browsers read a backslash as a
    slash and drop tabs and newlines)."""
    from urllib.parse import urljoin, urlsplit

    cleaned = location.replace("\\", "/").replace("\t", "").replace("\n", "").replace("\r", "")
    target = urlsplit(urljoin("http://testserver/i18n/setlang/", cleaned))
    assert target.scheme in ("http", "https") and target.netloc == "testserver", location
