import pytest

from django.apps import apps
from django.core.management import call_command

from wagtail.models import Page

pytestmark = pytest.mark.django_db(transaction=False)

SMALL = {"practices": 12, "stories": 6, "resources": 12, "tables": 4}


def counts():
    models = [
        m
        for m in apps.get_models()
        if m._meta.app_label in {"portal", "home", "practices", "resources"}
    ]
    result = {m._meta.label: m.objects.count() for m in models}
    result["pages"] = Page.objects.count()
    result["live"] = Page.objects.live().count()
    return result


def test_seed_demo_twice_gives_the_same_content():
    call_command("seed_demo", verbosity=0, **SMALL)
    first = counts()
    titles = sorted(Page.objects.values_list("title", "locale__language_code"))
    call_command("seed_demo", verbosity=0, **SMALL)
    assert counts() == first
    assert sorted(Page.objects.values_list("title", "locale__language_code")) == titles
    assert first["portal.Organization"] > 20
