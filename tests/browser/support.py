"""What the browser tests share: where things are, screenshots, axe-core, and finding demo pages.

Vendored axe-core: vendor/axe.min.js is axe-core 4.14.1 from the npm registry
(`npm pack axe-core@4.14.1`), MPL-2.0 with its licence header kept at the top of the file; its
sha256 matches the package's own sri-history.json. The tests inject it: no CDN.
"""

import re
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Locale

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE_JS = HERE / "vendor" / "axe.min.js"
AXE_VERSION = "4.14.1"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 812}
BLOCKING_IMPACTS = ("serious", "critical")

# Page types other apps provide: (name, model label). A type whose model is not there yet is
# simply not visited.
PAGE_TYPES = [
    ("practice", "practices.PracticePage"),
    ("story", "practices.CaseStoryPage"),
    ("resource", "resources.ResourcePage"),
    ("table", "resources.ConcertationTablePage"),
    ("plan", "resources.ActionPlanPage"),
]
INDEX_TYPES = [
    ("practices-index", "practices.PracticeIndexPage"),
    ("stories-index", "practices.CaseStoryIndexPage"),
    ("resources-index", "resources.ResourceIndexPage"),
    ("tables-index", "resources.ConcertationTableIndexPage"),
]


def model_or_none(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def live_french(label):
    """The model's first live French page, or None (model missing or no demo content)."""
    model = model_or_none(label)
    if model is None:
        return None
    return model.objects.live().filter(locale__language_code="fr").order_by("path").first()


def page_url(page):
    """The page's public URL, as the site serves it. Wagtail prefixes URLs with the active
    language, and outside a request that is LANGUAGE_CODE ("fr-ca"), which the site does not
    serve: use the page's own language."""
    with translation.override(page.locale.language_code):
        return page.url


def translated_page(label):
    """(French page, its live English translation) for the first such pair of the model."""
    model = model_or_none(label)
    if model is None:
        return None
    for french in model.objects.live().filter(locale__language_code="fr").order_by("path"):
        english = french.get_translation_or_none(Locale.objects.get(language_code="en"))
        if english is not None and english.live:
            return french, english
    return None


def url_or_none(name, language="fr", query=None):
    with translation.override(language):
        try:
            url = reverse(name)
        except NoReverseMatch:
            return None
    return f"{url}?{urlencode(query, doseq=True)}" if query else url


def search_url(language="fr", **query):
    return url_or_none("search", language, query)


# The outermost elements sticking out past the right edge (outside any scrolling box).
_OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = (element) => element.getBoundingClientRect().right > width + 1;
    const scrolls = (element) => getComputedStyle(element).overflowX !== "visible";
    const found = [];
    for (const element of document.body.querySelectorAll("*")) {
        if (!sticksOut(element) || (element.parentElement !== document.body && sticksOut(element.parentElement))) continue;
        let ancestor = element.parentElement, clipped = false;
        for (; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
            if (scrolls(ancestor)) { clipped = true; break; }
        }
        if (clipped) continue;
        const classes = typeof element.className === "string" && element.className.trim()
            ? "." + element.className.trim().split(/\\s+/).join(".") : "";
        found.push(`${element.tagName.toLowerCase()}${classes} (+${Math.round(element.getBoundingClientRect().right - width)}px)`);
    }
    return found.slice(0, 6);
}"""


def screenshot(page, name):
    """Full-page screenshots at desktop and mobile widths. Returns what sticks out of a 375 px
    phone's screen (an empty list when the page fits)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=SCREENSHOTS / f"{name}-desktop.png", full_page=True)
    page.set_viewport_size(MOBILE)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    culprits = page.evaluate(_OVERFLOWING) if overflow > 0 else []
    page.screenshot(path=SCREENSHOTS / f"{name}-mobile.png", full_page=True)
    page.set_viewport_size(original)
    return [f"{overflow}px of horizontal scrolling", *culprits] if overflow > 0 else []


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """axe-core's violations of the given impacts on the current page, as readable lines:
    rule id, impact, what it means, the offending nodes and why."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:6]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(node['target'])}: {summary}")
        if len(violation["nodes"]) > 6:
            lines.append(f"    ... and {len(violation['nodes']) - 6} more nodes")
    return lines


# A plain space where French wants a non-breaking one: before : ; ! ? » and after «.
_PLAIN_SPACE = re.compile(r"\S? [:;!?»]|« ")


# Where editors' and proposers' words show (intros, summaries, rich text): not the interface.
EDITORIAL = ".hero__intro, .card__text, .prose, .card__title, .search-results .card, h1"

_VISIBLE_TEXT = """(editorial) => {
    const hidden = editorial ? [...document.querySelectorAll(editorial)] : [];
    const saved = hidden.map((element) => element.style.display);
    hidden.forEach((element) => { element.style.display = "none"; });
    const text = [document.title, document.body.innerText,
        ...[...document.querySelectorAll("[placeholder]")].map((e) => e.placeholder)].join("\\n");
    hidden.forEach((element, i) => { element.style.display = saved[i]; });
    return text;
}"""


def french_spacing_offenders(page, skip_editorial=True):
    """Visible text with a plain space before : ; ! ? » (or after «), each in a little context.
    With skip_editorial, only the interface's own strings (from the catalogs) are read."""
    text = page.evaluate(_VISIBLE_TEXT, EDITORIAL if skip_editorial else "")
    offenders = []
    for line in text.splitlines():
        for match in _PLAIN_SPACE.finditer(line):
            start = max(0, match.start() - 30)
            offenders.append(line[start : match.end() + 20].strip())
    return offenders


def results_count(page):
    """The number in the search page's results heading ("12 résultats")."""
    heading = page.locator(".search-results__count").inner_text()
    return int(re.search(r"\d+", heading.replace("\u202f", "").replace("\xa0", "")).group())
