"""The directory's demo content: every need and kind, expired offers and stale entries, and a
second run that changes nothing."""

import random

import pytest

from portal.models import Need
from resources import demo
from resources.models import ResourcePage
from resources.models.directory import stale_before

pytestmark = pytest.mark.django_db


def run(count):
    demo.seed({"resources": count}, random.Random("2026:resources.demo"), lambda _: None)


def test_demo_covers_every_need_and_kind_and_is_idempotent(home):
    run(27)
    fr = ResourcePage.objects.filter(locale__language_code="fr")
    assert fr.count() == 27
    assert set(fr.values_list("kind", flat=True)) == set(ResourcePage.Kind.values)
    used = set(fr.values_list("needs__slug", flat=True))
    assert used == set(Need.objects.values_list("slug", flat=True))
    assert fr.filter(last_verified__lt=stale_before()).exists()
    expired = fr.exclude(pk__in=fr.not_expired().values("pk"))
    assert expired.exists() and all(p.is_shared_offer for p in expired)
    assert ResourcePage.objects.filter(locale__language_code="en", live=True).exists()
    assert all(p.live and p.latest_revision_id for p in fr)

    snapshot = sorted(ResourcePage.objects.values_list("slug", "locale_id", "last_verified"))
    run(27)
    assert (
        sorted(ResourcePage.objects.values_list("slug", "locale_id", "last_verified")) == snapshot
    )
