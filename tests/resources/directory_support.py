"""Building resources for the directory tests (a focused set-up per test, no demo content)."""

import datetime

from django.utils import timezone, translation

from wagtail.models import Locale

from resources.models import ResourceIndexPage, ResourcePage
from tests.factories import need

TODAY = timezone.localdate()


def index(language="fr"):
    return ResourceIndexPage.objects.get(locale__language_code=language)


def make_resource(title, *, language="fr", needs=("financement",), live=True, **fields):
    parent = index(language)
    fields.setdefault("kind", ResourcePage.Kind.FUNDING)
    fields.setdefault("summary", f"Résumé de {title}.")
    fields.setdefault("last_verified", TODAY - datetime.timedelta(days=10))
    page = ResourcePage(
        title=title,
        locale=Locale.objects.get(language_code=language),
        live=live,
        **fields,
    )
    page.needs.set([need(slug) for slug in needs])
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def days(n):
    return TODAY + datetime.timedelta(days=n)


def url(page):
    """The page's public URL in its own language (outside a request the active one is fr-ca)."""
    with translation.override(page.locale.language_code):
        return page.get_url()
