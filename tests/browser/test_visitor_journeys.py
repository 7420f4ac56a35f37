"""A visitor's journeys in a real browser: search and filter from the home page, open a practice,
follow its tags back to the search, switch to English, and do it all on a phone with a keyboard."""

import json
import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from portal.models import MRC

from .support import (
    MOBILE,
    page_url,
    results_count,
    screenshot,
    search_url,
    translated_page,
)

pytestmark = pytest.mark.browser


def api_search(page, **params):
    response = page.request.get(f"/api/search/?{urlencode(params, doseq=True)}")
    assert response.ok, response.text()
    return json.loads(response.text())


def facet_count(page, facet, value):
    """The count the search page shows next to a facet value."""
    text = page.locator(f"#f-{facet}-{value} ~ .count").inner_text()
    return int(re.search(r"\d+", text).group())


def tick(page, facet, value):
    """Ticks a filter and waits for the results refreshed in place by the page's script."""
    checkbox = page.locator(f"#f-{facet}-{value}")
    expect(checkbox).to_be_enabled()
    with page.expect_response(lambda response: "/recherche/" in response.url):
        checkbox.check()
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    expect(page.locator(f"#f-{facet}-{value}")).to_be_checked()


def test_visitor_searches_filters_and_follows_a_tag_back_to_the_search(page):
    # A practice about food security tagged with an MRC and an age group: the filters the
    # visitor ticks are that practice's, so it stays in the results all along.
    found = api_search(page, q="securite alimentaire", type="practice")
    target = next(r for r in found["results"] if r["mrcs"] and r["age_groups"])
    mrc = MRC.objects.select_related("region").get(code=target["mrcs"][0])
    region, age_group = mrc.region.code, target["age_groups"][0]

    page.goto("/fr/")
    page.get_by_label("Que cherchez-vous").fill("securite alimentaire")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/recherche/\?q=securite\+alimentaire"))
    total = results_count(page)
    assert total >= found["count"] > 0
    expect(page.locator("[data-facet=mrc]")).to_have_count(0)  # MRCs come with a region

    shown = facet_count(page, "region", region)
    tick(page, "region", region)
    assert results_count(page) == shown <= total
    assert f"region={region}" in page.url
    expect(page.locator("[data-facet=mrc]")).to_be_visible()

    shown = facet_count(page, "mrc", mrc.code)
    tick(page, "mrc", mrc.code)
    assert results_count(page) == shown
    shown = facet_count(page, "age_group", age_group)
    tick(page, "age_group", age_group)
    assert results_count(page) == shown >= 1
    for value in (region, mrc.code, age_group):
        assert re.search(rf"[?&][a-z_]+={value}(&|$)", page.url), page.url
    expect(page.locator(".active-filters .chip--removable")).to_have_count(3)
    screenshot(page, "journey-search-filtered")

    page.locator(".results").get_by_role("link", name=target["title"], exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(target["url"]) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(target["title"])

    page.locator(f'.chips a[href*="mrc={mrc.code}"]').first.click()
    expect(page).to_have_url(re.compile(rf"/fr/recherche/\?mrc={mrc.code}$"))
    expect(page.locator(f"#f-mrc-{mrc.code}")).to_be_checked()
    expect(
        page.locator(".results").get_by_role("link", name=target["title"], exact=True)
    ).to_be_visible()


def test_visitor_switches_to_english_and_lands_on_the_translated_page(page):
    pair = None
    for label in [
        "practices.PracticePage",
        "practices.CaseStoryPage",
        "resources.ResourcePage",
        "resources.ConcertationTablePage",
    ]:
        pair = translated_page(label)
        if pair:
            break
    assert pair, "seed_demo translated no practice, story, resource or table into English"
    french, english = pair

    page.goto(page_url(french))
    expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^fr"))
    page.locator(".site-header .language-switch").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(re.escape(page_url(english)) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^en"))
    expect(page.get_by_role("heading", level=1)).to_have_text(english.title)
    # And back: the switch works both ways.
    page.locator(".site-header .language-switch").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(re.escape(page_url(french)) + "$"))

    page.goto(search_url(q="alimentaire"))
    page.locator(".site-header .language-switch").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/search/"))
    expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^en"))


def press_tab_until(page, selector, limit=80):
    """Tabs through the page like a keyboard user until the focus is on an element matching
    the selector; fails if it never gets there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return page.evaluate("document.activeElement.id")
    raise AssertionError(f"{selector} is not reachable with the Tab key")


def assert_fits_the_screen(page, element_id):
    box = page.locator(f"#{element_id}").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"], box


def test_search_filters_work_on_a_phone_with_the_keyboard(playwright_browser, demo_site):
    phone = playwright_browser.new_context(
        base_url=demo_site.url, viewport=MOBILE, is_mobile=True, has_touch=True, locale="fr-CA"
    )
    page = phone.new_page()
    page.goto(search_url())
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]

    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    press_tab_until(page, "#search-q")
    page.keyboard.type("alimentaire")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q=alimentaire"))
    before = results_count(page)

    checkbox = press_tab_until(page, "[data-facet=region] input[type=checkbox]:not(:checked)")
    assert_fits_the_screen(page, checkbox)
    shown = facet_count(page, "region", checkbox.removeprefix("f-region-"))
    with page.expect_response(lambda response: "/recherche/" in response.url):
        page.keyboard.press("Space")
    expect(page.locator(f"#{checkbox}")).to_be_checked()
    expect(page.locator("#search-form")).not_to_have_attribute("aria-busy", "true")
    assert results_count(page) == shown <= before
    assert "region=" in page.url
    # The focus stays where the visitor was, on the refreshed checkbox.
    expect(page.locator(f"#{checkbox}")).to_be_focused()
    screenshot(page, "journey-phone-filters")
    phone.close()

    # Without JavaScript the same form works with its "Apply filters" button.
    no_js = playwright_browser.new_context(
        base_url=demo_site.url, viewport=MOBILE, java_script_enabled=False, locale="fr-CA"
    )
    page = no_js.new_page()
    page.goto(search_url(q="alimentaire"))
    checkbox = press_tab_until(page, "[data-facet=region] input[type=checkbox]:not(:checked)")
    page.keyboard.press("Space")
    expect(page.locator(f"#{checkbox}")).to_be_checked()
    assert "region=" not in page.url
    press_tab_until(page, ".facets__apply")
    assert_fits_the_screen(page, "search-facets")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"region={checkbox.removeprefix('f-region-')}"))
    expect(page.locator(f"#{checkbox}")).to_be_checked()
    no_js.close()


# A point inside a map shape that the shape itself receives (shapes are concave and nested,
# so the middle of the bounding box may belong to a neighbour).
_POINT_IN_SHAPE = """(code) => {
    const path = document.querySelector(`.mrc-map a[data-mrc="${code}"] path`);
    const box = path.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) for (const sy of [1, -1])
        for (let fx = 0.5; fx < 1; fx += 0.05) for (const sx of [1, -1]) {
            const x = box.left + box.width * (sx > 0 ? fx : 1 - fx);
            const y = box.top + box.height * (sy > 0 ? fy : 1 - fy);
            if (document.elementFromPoint(x, y) === path) return {x, y};
        }
    return null;
}"""


def test_visitor_clicks_an_mrc_on_the_map_and_gets_its_portrait(page):
    page.goto("/fr/portrait/")
    shapes = page.locator(".mrc-map a[data-mrc] path")
    expect(shapes).to_have_count(MRC.objects.count())
    # Every shape is drawn, not an empty path.
    assert page.evaluate(
        "() => [...document.querySelectorAll('.mrc-map path')]"
        ".every(p => p.getBBox().width > 0 && p.getBBox().height > 0)"
    )
    screenshot(page, "portrait-quebec")

    mrc = MRC.objects.get(code="450")  # Memphrémagog
    page.locator(f'.mrc-map a[data-mrc="{mrc.code}"]').scroll_into_view_if_needed()
    point = page.evaluate(_POINT_IN_SHAPE, mrc.code)
    assert point, "the MRC's shape can be clicked somewhere"
    page.mouse.click(point["x"], point["y"])

    expect(page).to_have_url(re.compile(rf"/fr/portrait/\?mrc={mrc.code}$"))
    expect(page.locator("h1")).to_contain_text(mrc.name_fr)
    expect(page.locator(f'.mrc-map a[data-mrc="{mrc.code}"] path')).to_have_class(
        re.compile("is-selected")
    )
    # The text equivalent of the map names the same MRC, with a link to its search.
    expect(page.locator(f'.map-table a[href="?mrc={mrc.code}"]')).to_have_text(mrc.name_fr)
    assert not screenshot(page, "portrait-mrc")
