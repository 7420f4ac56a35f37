"""What changes a public page: publishing, unpublishing, moving or deleting a page, its privacy,
and the snippets, images, documents, sites and settings that pages show."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .store import enabled, invalidate


def _after_commit(**kwargs):
    if not enabled():
        return
    # Now, and again after the commit: a visitor served between the first new token and the
    # commit would have stored the old content under it.
    invalidate()
    transaction.on_commit(invalidate)


def _shown_on_pages(model):
    if model._meta.label_lower in settings.PAGE_CACHE_IGNORED_MODELS:
        return False
    return (
        issubclass(
            model,
            (Page, PageViewRestriction, Site, Locale, BaseGenericSetting, BaseSiteSetting),
        )
        or model in _shown_models()
    )


def _shown_models():
    return {get_image_model(), get_document_model(), *get_snippet_models()}


def _on_save(sender, instance, **kwargs):
    # A page saved without publishing (imports, demo content, tests' factories) is public as soon
    # as it is live; a draft of a live page also lands here: a few extra misses, never stale.
    if not enabled() or (isinstance(instance, Page) and not instance.live):
        return
    if _shown_on_pages(sender):
        _after_commit()


def _on_delete(sender, **kwargs):
    if enabled() and _shown_on_pages(sender):
        _after_commit()


def connect():
    page_published.connect(_after_commit, dispatch_uid="page_cache_published")
    page_unpublished.connect(_after_commit, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_after_commit, dispatch_uid="page_cache_moved")
    post_save.connect(_on_save, dispatch_uid="page_cache_saved")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_deleted")
