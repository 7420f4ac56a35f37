"""Script and HTML typed into every field of every public form never come back as markup: not in
the form shown again with its errors, and not, once an editor publishes the draft, on the public
page, the listings, the home page's "what is new", the search page, the search API or the CSV
exports. Rich text written by editors keeps only Wagtail's whitelist.

"Never comes back as markup" is judged as a browser would: the page holds no element, attribute
or URL the payload would have added (tests/production/support.py reads it as a strict CSP would),
and where the value is shown it is shown escaped, character for character."""

import csv
import io
import json

import pytest

from django.utils.html import escape

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from practices.models import PracticePage
from resources.models import ResourcePage
from resources.models.tables import RICH_TEXT_FEATURES
from tests.production.support import inline_code

from .test_forms import correction_report, fr, practice_proposal, resource_proposal

pytestmark = pytest.mark.django_db

PAYLOAD = (
    '<script>alert(1)</script>"><img src=x onerror=alert(2)></textarea>'
    "</script><svg onload=alert(3)>{{ 7|add:7 }}{% debug %}"
)
# What would be markup if it came back raw; escaped, each is harmless text.
RAW = ["<script>alert(1)", "<img src=x", "<svg onload", "</textarea></script>"]
# An email address may legally quote almost anything before the @.
EMAIL = '"<script>alert(4)</script>"@example.org'
URL = 'https://example.org/?"><script>alert(5)</script>'


def assert_inert(html, where):
    problems, _data_blocks = inline_code(html)
    assert problems == [], f"{where}: {problems}"
    for raw in RAW:
        assert raw not in html, f"{where}: {raw!r} came back unescaped"


def with_payload(value):
    return f"{value} {PAYLOAD}"


def hostile_practice(**changes):
    data = practice_proposal()
    for name in ("title", "summary", "need", "description", "contact_name"):
        data[name] = with_payload(data[name])
    data["contact_email"] = EMAIL
    return data | changes


def hostile_resource(**changes):
    data = resource_proposal()
    for name in ("title", "summary", "description", "provider_name", "eligibility_who",
                 "proposer_name"):
        data[name] = with_payload(data[name])
    data.update(contact_email=EMAIL, proposer_email=EMAIL, access_url=URL)
    return data | changes


def test_forms_shown_again_with_errors_escape_what_was_typed(client, site):
    invalid = {"mrcs": [], "whole_province": ""}  # refused: no territory
    for name, url, data in [
        ("practice", fr("propose_practice"), hostile_practice(**invalid)),
        ("resource", fr("propose_resource"), hostile_resource(**invalid)),
        ("report", fr("report_correction", site["resources.ResourcePage"].pk),
         correction_report(message=with_payload("Le montant"), email=with_payload("x"))),
    ]:
        response = client.post(url, data)
        assert response.status_code == 400, name
        html = response.content.decode()
        assert_inert(html, name)
        assert escape(PAYLOAD) in html, f"{name}: the typed text is not shown back"
    assert not PracticePage.objects.filter(live=False).exists()


def test_javascript_urls_are_refused_in_url_fields(client, home):
    for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
                " javascript:alert(1)", "vbscript:msgbox(1)"]:
        response = client.post(fr("propose_resource"), resource_proposal(access_url=url))
        assert response.status_code == 400, url
        assert "Saisissez une URL valide" in response.content.decode(), url
    assert not ResourcePage.objects.exists()


def publish_latest(model):
    page = model.objects.get(live=False)
    page.get_latest_revision().publish()
    page.refresh_from_db()
    return page


def test_published_proposals_show_the_payload_as_text_everywhere(client, home):
    assert client.post(fr("propose_practice"), hostile_practice()).status_code == 302
    assert client.post(fr("propose_resource"), hostile_resource()).status_code == 302
    practice = publish_latest(PracticePage)
    resource = publish_latest(ResourcePage)
    assert practice.live and resource.live

    pages = {
        "practice": practice.url,
        "practice index": practice.get_parent().url,
        "resource": resource.url,
        "resource index": resource.get_parent().url,
        "home (what is new)": "/fr/",
        "search": fr("search"),
    }
    for where, address in pages.items():
        response = client.get(address)
        assert response.status_code == 200, where
        html = response.content.decode()
        assert_inert(html, where)
    # Where each value is shown, it is shown whole, as text.
    practice_html = client.get(practice.url).content.decode()
    assert escape(practice.title) in practice_html
    assert escape(EMAIL) in practice_html
    resource_html = client.get(resource.url).content.decode()
    assert escape(resource.title) in resource_html
    assert escape(URL) in resource_html  # the link's href, escaped
    for where in ("home (what is new)", "search"):
        assert escape(practice.title) in client.get(pages[where]).content.decode(), where

    # The JSON-LD block holds the title, and cannot be closed by it.
    data_block = practice_html.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
    assert json.loads(data_block)["name"] == practice.title

    api = client.get("/api/search/")
    assert api["Content-Type"].startswith("application/json")
    assert api["X-Content-Type-Options"] == "nosniff"
    titles = {result["title"] for result in api.json()["results"]}
    assert {practice.title, resource.title} <= titles  # whole, not cut nor mangled

    exports = {
        "search csv": fr("search") + "?format=csv",
        "api csv": "/api/search/?format=csv",
        "open data csv": fr("resources_export_csv"),
    }
    for where, address in exports.items():
        response = client.get(address)
        assert response["Content-Type"].startswith("text/csv"), where
        assert response["X-Content-Type-Options"] == "nosniff", where
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert resource.title in {cell for row in rows for cell in row}, where
    open_data = client.get(fr("resources_export_json"))
    assert open_data["Content-Type"].startswith("application/json")
    assert resource.title in strings_in(open_data.json())


def test_search_csv_cells_never_start_a_spreadsheet_formula(client, make_practice):
    formula = '=HYPERLINK("https://evil.example","Voir")'
    make_practice(title=formula, slug="formule", summary="+1+cmd|' /C calc'!A0")
    for address in (fr("search") + "?format=csv", "/api/search/?format=csv"):
        rows = list(csv.DictReader(io.StringIO(client.get(address).content.decode("utf-8-sig"))))
        assert [(row["title"], row["summary"]) for row in rows] == [
            (f"'{formula}", "'+1+cmd|' /C calc'!A0")
        ]
    # The API keeps the value as typed: JSON is not read by spreadsheet software.
    assert client.get("/api/search/").json()["results"][0]["title"] == formula


def test_directory_csv_cells_never_start_a_spreadsheet_formula(client, home):
    from tests.resources.directory_support import make_resource

    formula = '=HYPERLINK("https://evil.example","Voir")'
    make_resource(formula, summary="@SUM(1+1)*cmd|' /C calc'!A0", contact_phone="+1 819 555-0101")
    for address in (fr("resources_export_csv"), fr("portrait_csv")):
        assert client.get(address).status_code == 200
    rows = list(csv.DictReader(io.StringIO(
        client.get(fr("resources_export_csv")).content.decode("utf-8-sig"))))
    assert [(row["name"], row["summary"]) for row in rows] == [
        (f"'{formula}", "'@SUM(1+1)*cmd|' /C calc'!A0")
    ]
    assert rows[0]["phone"] == "+1 819 555-0101"  # a phone number stays as typed
    # Open data in JSON keeps the value as typed.
    assert formula in strings_in(client.get(fr("resources_export_json")).json())


def strings_in(data):
    if isinstance(data, str):
        return {data}
    items = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    return set().union(*(strings_in(item) for item in items))


def test_editors_rich_text_keeps_only_the_whitelist(client, home):
    converter = ContentstateConverter(RICH_TEXT_FEATURES)
    pasted = (
        '<p>Appel <script>alert(1)</script><img src="x" onerror="alert(2)"/>'
        '<a href="javascript:alert(3)">lien</a><a href=" JaVa&#09;script:alert(4)">deux</a>'
        '<b onclick="alert(5)">gras</b><iframe src="https://evil.example"></iframe></p>'
    )
    # What the editor's Draftail field saves from that HTML, and from a link typed in it.
    saved = converter.to_database_format(converter.from_database_format(pasted))
    typed_link = converter.to_database_format(json.dumps({
        "blocks": [{"key": "a", "type": "unstyled", "text": "lien", "depth": 0,
                    "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 4, "key": 0}]}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE",
                            "data": {"url": "javascript:alert(6)"}}},
    }))
    for html in (saved, typed_link):
        lowered = html.lower()
        for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe"):
            assert bad not in lowered, (bad, html)
    assert "Appel" in saved and "gras" in saved  # the text itself is kept

    from tests.resources.directory_support import make_resource

    page = make_resource("Ressource au texte riche", description=saved + typed_link)
    html = client.get(page.url).content.decode()
    assert_inert(html, "rich text page")
    assert "gras" in html
