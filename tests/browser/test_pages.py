"""Every kind of public page in a real browser: no serious or critical axe-core violation, no
horizontal scrolling on a 375 px phone, French typography, and screenshots for reviewers.

One test walks every page (rather than one test per page) because each browser test reseeds the
demo content; it collects every problem before failing so one run shows them all."""

import warnings

import pytest

from .support import (
    AXE_JS,
    AXE_VERSION,
    INDEX_TYPES,
    PAGE_TYPES,
    axe_violations,
    french_spacing_offenders,
    live_french,
    model_or_none,
    page_url,
    screenshot,
    search_url,
    translated_page,
    url_or_none,
)

pytestmark = pytest.mark.browser


def pages_to_check():
    """(name, URL) of every public page kind that exists now, found in the database."""
    pages = [
        ("home", "/fr/"),
        ("search", search_url(region="05", sector="securite-alimentaire")),
        ("search-query", search_url(q="securite alimentaire")),
    ]
    for name, label in PAGE_TYPES + INDEX_TYPES:
        found = live_french(label)
        if found is not None:
            pages.append((name, page_url(found)))
    for name, url_name in [
        ("proposal", "propose_practice"),
        ("proposal-resource", "propose_resource"),
        ("portrait", "portrait"),
    ]:
        url = url_or_none(url_name)
        if url:
            pages.append((name, url))
    translated = translated_page("practices.PracticePage")
    if translated is not None:
        pages.append(("practice-en", page_url(translated[1])))
    pages.append(("home-en", "/en/"))
    return pages


def test_vendored_axe_is_the_declared_release():
    header = AXE_JS.read_text(encoding="utf-8")[:200]
    assert f"axe v{AXE_VERSION}" in header
    assert "Mozilla Public" in header


def test_every_page_is_accessible_and_fits_a_phone(axe_page):
    page = axe_page
    problems = []
    visited = []
    for name, url in pages_to_check():
        response = page.goto(url)
        if response is None or response.status != 200:
            problems.append(f"{name} {url}: HTTP {response and response.status}")
            continue
        visited.append(name)
        overflow = screenshot(page, name)
        if overflow:
            problems.append(f"{name} {url}: at 375 px, {'; '.join(overflow)}")
        for line in axe_violations(page):
            problems.append(f"{name} {url}: {line}")
    print(f"\nPages checked with axe-core {AXE_VERSION}: {', '.join(visited)}")
    for name, label in PAGE_TYPES:
        if name not in visited:
            if model_or_none(label) is None:
                print(f"Not checked: {label} does not exist yet")
            else:
                problems.append(f"{name}: seed_demo made no live French {label} to check")
    assert not problems, "\n".join(problems)


def test_french_interface_has_non_breaking_spaces_before_double_punctuation(page):
    interface, content = [], []
    for url in ["/fr/", search_url(q="securite alimentaire", region="05")]:
        page.goto(url)
        interface += [f"{url}: «{text}»" for text in french_spacing_offenders(page)]
        content += [
            f"{url}: «{text}»"
            for text in french_spacing_offenders(page, skip_editorial=False)
            if f"{url}: «{text}»" not in interface
        ]
    if content:
        # Editorial text (section intros, summaries) is typed by people, not taken from the
        # catalogs: worth fixing at the source, but not the interface's fault.
        warnings.warn(
            "Plain space before double punctuation in French content:\n" + "\n".join(content),
            stacklevel=1,
        )
    assert not interface, "Plain space before : ; ! ? » in the French interface:\n" + "\n".join(
        interface
    )
