import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One live, public, searchable page as the search sees it: its text already analysed
    (search/text.py) and its facet values as language-independent codes and slugs.

    Every engine reads this table: the database engine directly (with SQLite FTS5 or a PostgreSQL
    tsvector over the token columns, created by migration 0002), Elasticsearch through
    `manage.py rebuild_search_index`. Rows follow publishing through signals (search/signals.py)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_document"
    )
    lang = models.CharField(max_length=8)
    type = models.CharField(max_length=16)
    title = models.CharField(max_length=255)
    title_sort = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField()
    whole_province = models.BooleanField(default=False)
    all_ages = models.BooleanField(default=False)
    expires = models.DateField(null=True, blank=True)
    # {"region": ["05"], "mrc": ["450"], "sector": [...], "age_group": [...], "need": [...], ...}
    # as tagged (not expanded for "Tout le Québec" or "Tous âges"): what result cards show.
    facets = models.JSONField(default=dict)
    title_tokens = models.TextField(blank=True)
    body_tokens = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["lang", "type"])]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title


class SearchIndexState(models.Model):
    """A token renewed in the same transaction as any change to the documents or the
    vocabularies, so each server process knows when its in-memory facet index is stale
    (search/facets.py). Random rather than a counter: a rolled-back change must never make an
    old token mean new content."""

    token = models.CharField(max_length=32, default="initial")

    def __str__(self):
        return self.token

    @classmethod
    def bump(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(token=token):
            cls.objects.update_or_create(pk=1, defaults={"token": token})

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("token", flat=True).first() or "initial"
