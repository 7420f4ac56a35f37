"""Real-browser journeys: Playwright (sync API) driving Debian's Chromium against pytest-django's
live server, on a small set of demo content. Skipped, and said so in the summary, when
/usr/bin/chromium is missing."""

import os
import sqlite3
from io import StringIO
from pathlib import Path

import pytest

from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections

from .support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, HERE

# Playwright's sync API keeps an asyncio loop running in this thread; Django refuses ORM calls when
# it sees one unless told that this thread is not serving async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SKIP_REASON = f"{CHROMIUM} not found: browser journeys skipped (apt-get install chromium)"

# Small on purpose: the live server needs a transactional database, emptied after each test,
# so the content comes back for every test (see restore_or_seed).
DEMO_SIZES = {"practices": 12, "stories": 4, "resources": 8, "tables": 3}


def chromium_available():
    return os.access(CHROMIUM, os.X_OK)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE not in Path(str(item.fspath)).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        # The flush after a transactional test also removes what migrations created (Wagtail's
        # root page, locales, groups); serialized_rollback puts it back before the next test.
        if "live_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
        if not chromium_available():
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_terminal_summary(terminalreporter):
    if not chromium_available():
        terminalreporter.write_sep("=", "browser journeys", yellow=True)
        terminalreporter.write_line(f"SKIPPED: {SKIP_REASON}", yellow=True)


@pytest.fixture
def demo_site(live_server):
    """Demo content and its search index behind the live server; returns the server."""
    # A fresh cache too: rate limits counted by earlier tests (same client address) and cached
    # site paths belong to another database state.
    cache.clear()
    restore_or_seed()
    yield live_server
    wait_for_requests_to_finish(live_server)


def wait_for_requests_to_finish(live_server):
    """Lets the server finish what the closed browser asked last (a favicon, a refresh) before
    the database is emptied: a request served after the flush would write rows (content types)
    that the next test's restore then collides with."""
    httpd = getattr(getattr(live_server, "thread", None), "httpd", None)
    for thread in list(getattr(httpd, "_threads", None) or []):
        thread.join(timeout=10)


def restore_or_seed():
    """Seeds the demo content; on SQLite, seeds once per session and then copies that database
    back with SQLite's backup API (milliseconds, against seconds for seed_demo)."""
    from django.contrib.contenttypes.models import ContentType

    from search.models import SearchIndexState

    sqlite = connection.vendor == "sqlite"
    if sqlite and _snapshot:
        connection.ensure_connection()
        _snapshot[0].backup(connection.connection)
    else:
        out = StringIO()
        call_command("seed_demo", stdout=out, **DEMO_SIZES)
        call_command("rebuild_search_index", stdout=out)
        if sqlite:
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            _snapshot.append(copy)
    # Each server process keeps its facet index until this token changes.
    SearchIndexState.bump()
    # Content type ids are the same in every restored copy. Caching them all now keeps the next
    # test's restore of the migrations' rows (serialized_rollback) from creating any under new
    # ids: signal handlers that look content types up run while those rows are being reloaded.
    ContentType.objects.get_for_models(*apps.get_models())


_snapshot = []


@pytest.fixture
def playwright_browser(demo_site):
    """A browser per test: a fresh profile every time."""
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API runs, this thread sees another context, hence another Django
    # connection object: on SQLite a second connection to the shared in-memory database, whose
    # table locks make the live server fail ("database table is locked"). Keep using the
    # connection the live server shares.
    shared = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, connection_object in shared.items():
            connections[alias] = connection_object
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_context(playwright_browser, demo_site):
    """A fresh browser profile (cookies, storage, cache) per test, in Canadian French."""
    context = playwright_browser.new_context(
        base_url=demo_site.url, viewport=DESKTOP, locale="fr-CA"
    )
    context.set_default_timeout(20_000)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A tab that fails the test on any uncaught JavaScript error."""
    yield from watched_tab(browser_context)


@pytest.fixture
def axe_page(playwright_browser, demo_site):
    """A tab where axe-core can be injected: the site's Content-Security-Policy rightly refuses
    inline scripts, so this context alone bypasses it (the journeys run under the real policy)."""
    context = playwright_browser.new_context(
        base_url=demo_site.url, viewport=DESKTOP, locale="fr-CA", bypass_csp=True
    )
    context.set_default_timeout(20_000)
    yield from watched_tab(context)
    context.close()


def watched_tab(context):
    tab = context.new_page()
    errors = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    assert not errors, f"JavaScript errors in the page: {errors}"
