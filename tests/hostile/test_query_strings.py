"""Every public URL and every page type, sent hostile query strings: never a 500, and a 4xx
always says why.

The two tables below are the coverage. A public URL pattern or a page type that is missing from
them makes `test_every_public_url_is_fuzzed` / `test_every_page_type_is_fuzzed` fail, so a new
view cannot escape these tests. Forms (POST) are in test_forms.py.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.models import get_page_models

from search.facets import FACETS

from .support import (
    as_data,
    assert_clear_refusal,
    assert_not_a_server_error,
    assert_stays_on_site,
    hostile_value,
    query,
    raw_query,
)

pytestmark = pytest.mark.django_db

SEARCH = ["q", *FACETS, "sort", "page", "page_size", "lang", "format"]
PORTRAIT = ["region", "mrc", "seuil", "sector", "age_group"]

# URL name -> (the GET parameters its view reads, how to build a path to it from the test site).
# Admin URLs (/admin/) are editors' and out of scope.
PUBLIC_URLS = {
    "healthz": ([], lambda site: "/healthz"),
    "security_txt": ([], lambda site: "/.well-known/security.txt"),
    "search_api": (SEARCH, lambda site: "/api/search/"),
    "search": (SEARCH, lambda site: fr("search")),
    "portrait": (PORTRAIT, lambda site: fr("portrait")),
    "portrait_csv": (PORTRAIT, lambda site: fr("portrait_csv")),
    "propose_practice": ([], lambda site: fr("propose_practice")),  # POST: test_forms.py
    "propose_practice_thanks": ([], lambda site: fr("propose_practice_thanks")),
    "propose_resource": ([], lambda site: fr("propose_resource")),  # POST: test_forms.py
    "propose_resource_thanks": ([], lambda site: fr("propose_resource_thanks")),
    # GET shows the form; the report itself is a POST.
    "report_correction": ([], lambda site: fr("report_correction", site["resources.ResourcePage"].pk)),
    "resources_export_json": ([], lambda site: fr("resources_export_json")),
    "resources_export_csv": ([], lambda site: fr("resources_export_csv")),
    # GET redirects to `next` (never off-site); the POST is in test_forms.py.
    "set_language": (["next", "language"], lambda site: "/i18n/setlang/"),
    "wagtaildocs_serve": ([], lambda site: site["public_document"].url),
    "wagtaildocs_authenticate_with_password": ([], lambda site: "/documents/authenticate_with_password/1/"),
    "wagtailcore_login": (["next"], lambda site: "/fr/_util/login/"),
    "wagtailcore_authenticate_with_password": (
        ["return_url"], lambda site: f"/fr/_util/authenticate_with_password/1/{site['home.HomePage'].pk}/"
    ),
    "wagtail_serve": ([], None),  # every page type, below
}

# Page type -> the GET parameters its page (get_context, template) reads.
PAGE_TYPES = {
    "home.HomePage": [],
    "practices.PracticeIndexPage": ["page"],
    "practices.PracticePage": [],
    "practices.CaseStoryIndexPage": ["page", "verdict"],
    "practices.CaseStoryPage": [],
    "resources.ResourceIndexPage": [],
    "resources.ResourcePage": ["signalement"],
    "resources.ConcertationTableIndexPage": [],
    "resources.ConcertationTablePage": ["signalement"],
    "resources.ActionPlanPage": ["signalement"],
}
NOT_SERVED = {"wagtailcore.Page"}  # the tree's root: never routed to


def fr(name, *args):
    with translation.override("fr"):
        return reverse(name, args=args)


def public_url_names(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from public_url_names(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and not route.startswith("admin/"):
            yield pattern.name or route


def test_every_public_url_is_fuzzed():
    found = set(public_url_names())
    assert found - set(PUBLIC_URLS) == set(), "add these public URLs to PUBLIC_URLS"
    assert set(PUBLIC_URLS) - found == set(), "these URLs no longer exist"


def test_every_page_type_is_fuzzed():
    found = {model._meta.label for model in get_page_models()} - NOT_SERVED
    assert found - set(PAGE_TYPES) == set(), "add these page types to PAGE_TYPES"
    assert set(PAGE_TYPES) - found == set()


TARGETS = [name for name in PUBLIC_URLS if name != "wagtail_serve"] + list(PAGE_TYPES)
FUZZ = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def path_of(site, target):
    if target in PAGE_TYPES:
        page = site[target]
        with translation.override(page.locale.language_code):
            return page.get_url(), PAGE_TYPES[target]
    names, build = PUBLIC_URLS[target]
    return build(site), names


def check(response, where):
    assert_not_a_server_error(response, where)
    assert_clear_refusal(response, where)


def fuzz_parameters(client, path, names):
    @FUZZ
    @given(pairs=query(names), raw=raw_query)
    def run(pairs, raw):
        check(client.get(path, as_data(pairs)), f"{path} {pairs!r}")
        # The raw string reaches the view undecoded: %-junk, empty names, stray separators.
        check(client.get(f"{path}?{raw}"), f"{path}?{raw!r}")

    run()


def fuzz_repeats(client, path, names):
    @FUZZ
    @given(value=hostile_value, repeat=st.integers(1, 300))
    def run(value, repeat):
        for name in names:
            check(client.get(path, {name: [value] * repeat}), f"{path} {name}={value!r} x{repeat}")

    run()


def test_hostile_parameters_never_break_a_public_url(client, site):
    # One test for every target: building the site costs more than the requests.
    for target in TARGETS:
        path, names = path_of(site, target)
        assert client.get(path).status_code < 500, target
        fuzz_parameters(client, path, names)


def test_one_parameter_repeated_many_times(client, site):
    for target in ["search", "search_api", "portrait", "practices.CaseStoryIndexPage"]:
        fuzz_repeats(client, *path_of(site, target))


def test_huge_query_strings_are_refused_cleanly(client, site):
    many = "&".join(f"p{n}=1" for n in range(5000))  # beyond DATA_UPLOAD_MAX_NUMBER_FIELDS
    long = "q=" + "a" * 200_000
    for target in ["search", "search_api", "practices.PracticeIndexPage", "portrait"]:
        path, _names = path_of(site, target)
        for raw in (many, long):
            check(client.get(f"{path}?{raw}"), f"{path} {len(raw)} chars")


def test_bad_page_numbers_are_404s_in_french(client, site):
    for target in ["search", "practices.PracticeIndexPage", "practices.CaseStoryIndexPage"]:
        path, _names = path_of(site, target)
        for raw in ["0", "-1", "abc", "1.5", "1e3", "9" * 5000, "<b>1</b>"]:
            response = client.get(path, {"page": raw})
            assert response.status_code == 404, (target, raw)
            assert "Page introuvable" in response.content.decode()
        # Empty means the first page, as if absent.
        assert client.get(path, {"page": ""}).status_code == 200, target
    # Past the end is the last page, not an error.
    path, _names = path_of(site, "practices.PracticeIndexPage")
    response = client.get(path, {"page": "999999"})
    assert response.status_code == 200
    assert site["practices.PracticePage"].title in response.content.decode()


def test_unknown_facet_values_are_ignored_and_said(client, home):
    response = client.get("/api/search/", {"region": ["99", "<b>"], "sector": "n-existe-pas"})
    assert response.status_code == 200
    assert set(response.json()["ignored"]) == {"region=99", "region=<b>", "sector=n-existe-pas"}
    page = client.get(fr("search"), {"region": "<script>alert(1)</script>"})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()


OFF_SITE = ["//evil.example/", "https://evil.example/x", "javascript:alert(1)", "\\\\evil.example",
            "/\t/evil.example", "///evil.example"]


@pytest.mark.parametrize("next_url", OFF_SITE)
def test_the_language_switch_never_redirects_off_site(client, db, next_url):
    for response in (
        client.get("/i18n/setlang/", {"next": next_url}),
        client.post("/i18n/setlang/", {"language": "en", "next": next_url}),
    ):
        assert response.status_code in (204, 302)
        assert_stays_on_site(response.get("Location", "/"))
