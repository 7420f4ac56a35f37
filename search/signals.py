"""Editors do nothing special: publishing, unpublishing, moving, deleting, restricting or
translating a page updates its search document at once."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .documents import index_page, reindex_subtree, unindex_page
from .models import SearchDocument, SearchIndexState


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    if getattr(instance, "search_type", None):
        index_page(instance)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    unindex_page(instance.id)


@receiver(post_page_move)
def on_move(sender, instance, **kwargs):
    reindex_subtree(instance)


@receiver(post_delete, sender=SearchDocument)
def on_document_deleted(sender, instance, **kwargs):
    # Deleting a page cascades to its document; the index must learn of it too.
    SearchIndexState.bump()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:
        return
    reindex_subtree(page)
