import random
import time

import pytest

from django.db.models import Count
from django.utils import translation

from portal import demo as portal_demo
from practices import demo
from practices.models import CaseStoryPage, PracticePage

pytestmark = pytest.mark.django_db

DEFAULTS = {"practices": 80, "stories": 40, "seed": 2026}


def test_seed_gives_practices_and_stories_of_both_verdicts_over_many_regions(home):
    portal_demo.seed(DEFAULTS, random.Random(1), lambda message: None)
    started = time.monotonic()
    demo.seed(DEFAULTS, random.Random("2026:practices.demo"), lambda message: None)
    elapsed = time.monotonic() - started

    practices = PracticePage.objects.live().filter(locale__language_code="fr")
    stories = CaseStoryPage.objects.live().filter(locale__language_code="fr")
    assert practices.count() >= 60
    assert stories.count() >= 30
    verdicts = dict(stories.values_list("verdict").annotate(n=Count("id")))
    assert verdicts.get("bon-coup", 0) > 0 and verdicts.get("mauvais-coup", 0) > 0
    regions = set(practices.values_list("mrcs__region__code", flat=True)) - {None}
    assert len(regions) >= 10
    assert practices.filter(whole_province=True).exists()
    assert stories.filter(anonymised=True).exists()
    assert PracticePage.objects.filter(locale__language_code="en").live().count() >= 5
    assert all(page.live_revision_id for page in practices)
    print(f"seeded 120 pages in {elapsed:.1f}s")

    # Same random stream: nothing changes.
    titles = sorted(PracticePage.objects.values_list("title", "slug", "locale_id"))
    demo.seed(DEFAULTS, random.Random("2026:practices.demo"), lambda message: None)
    assert sorted(PracticePage.objects.values_list("title", "slug", "locale_id")) == titles


def test_seeded_pages_render(home, client):
    portal_demo.seed(DEFAULTS, random.Random(1), lambda message: None)
    demo.seed({"practices": 3, "stories": 3}, random.Random(5), lambda message: None)
    for page in [*PracticePage.objects.live(), *CaseStoryPage.objects.live()]:
        language = page.locale.language_code
        with translation.override(language):
            url = page.get_url()
        assert client.get(url).status_code == 200, url
