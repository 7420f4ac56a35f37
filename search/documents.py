"""From pages to search documents.

A page type takes part in the search by inheriting portal's TaggedPageMixin and setting
`search_type`; nothing else to declare. Only live pages with no view restriction are indexed."""

from django.apps import apps
from django.db import connection, transaction
from django.utils import timezone, translation

from wagtail.models import Page, PageViewRestriction

from portal.models import MRC, AgeGroup, TaggedPageMixin

from .engines import sync
from .models import SearchDocument, SearchIndexState
from .text import analyze, fold


def searchable_models():
    """{search_type: model} for every concrete page model that declares a search_type."""
    found = {}
    for model in apps.get_models():
        if (
            issubclass(model, Page)
            and issubclass(model, TaggedPageMixin)
            and getattr(model, "search_type", None)
        ):
            found[model.search_type] = model
    return found


class ReferenceCodes:
    """Region codes by MRC, and which age groups mean "every age" — read once per batch."""

    def __init__(self):
        self.region_by_mrc = dict(MRC.objects.values_list("id", "region__code"))
        self.region_name_by_mrc = dict(MRC.objects.values_list("id", "region__name_fr"))
        self.mrc_code = dict(MRC.objects.values_list("id", "code"))
        self.all_ages_ids = set(AgeGroup.objects.filter(all_ages=True).values_list("id", flat=True))


def is_indexable(page):
    if not page.live or page.specific_class is None:
        return False
    if not getattr(page.specific_class, "search_type", None):
        return False
    return not PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()


def build_document(page, refs):
    """An unsaved SearchDocument for a live, specific, searchable page."""
    language = page.locale.language_code
    with translation.override(language):
        mrcs = list(page.mrcs.all())
        sectors = list(page.sectors.all())
        age_groups = list(page.age_groups.all())
        facets = {
            "region": sorted({refs.region_by_mrc[m.id] for m in mrcs}),
            "mrc": sorted(refs.mrc_code[m.id] for m in mrcs),
            "sector": sorted(s.slug for s in sectors),
            "age_group": sorted(a.slug for a in age_groups),
        }
        for name, values in (page.get_extra_facets() or {}).items():
            facets[name] = sorted({str(v) for v in values if v})
        summary = page.get_search_summary() or ""
        tag_names = " ".join(
            [m.name_fr for m in mrcs]
            + sorted({refs.region_name_by_mrc[m.id] for m in mrcs})
            + [getattr(s, f"name_{language}", "") or s.name_fr for s in sectors]
            + [getattr(a, f"name_{language}", "") or a.name_fr for a in age_groups]
        )
        body = " ".join([summary, page.get_search_body() or "", tag_names])
        url = page.get_url() or page.url_path
    return SearchDocument(
        page_id=page.id,
        lang=language,
        type=page.search_type,
        title=page.title[:255],
        title_sort=fold(page.title)[:255],
        summary=summary,
        url=url,
        date=page.first_published_at or page.last_published_at or timezone.now(),
        whole_province=page.whole_province,
        all_ages=any(a.id in refs.all_ages_ids for a in age_groups),
        expires=page.get_search_expiry(),
        facets=facets,
        title_tokens=" ".join(analyze(page.title, language)),
        body_tokens=" ".join(analyze(body, language)),
    )


def index_page(page):
    """Bring the page's document in step with the page: created, updated or removed."""
    page = page.specific
    with transaction.atomic():
        if is_indexable(page):
            document = build_document(page, ReferenceCodes())
            values = {
                field.attname: getattr(document, field.attname)
                for field in SearchDocument._meta.concrete_fields
                if field.attname not in ("id", "page_id", "indexed_at")
            }
            SearchDocument.objects.update_or_create(page_id=page.id, defaults=values)
        else:
            SearchDocument.objects.filter(page_id=page.id).delete()
        SearchIndexState.bump()
        transaction.on_commit(lambda: sync.documents_changed([page.id]))


def unindex_page(page_id):
    with transaction.atomic():
        SearchDocument.objects.filter(page_id=page_id).delete()
        SearchIndexState.bump()
        transaction.on_commit(lambda: sync.documents_changed([page_id]))


def reindex_subtree(page):
    for descendant in page.get_descendants(inclusive=True).specific():
        if (
            getattr(descendant, "search_type", None)
            or SearchDocument.objects.filter(page_id=descendant.id).exists()
        ):
            index_page(descendant)


def rebuild_documents(batch_size=500, log=None):
    """Rebuild every document from the pages, in one transaction. Returns the number indexed."""
    refs = ReferenceCodes()
    restricted_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    total = 0
    with transaction.atomic():
        # Plain SQL: a queryset delete would load every row to send signals we do not need here.
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {SearchDocument._meta.db_table}")  # noqa: S608
        for search_type, model in searchable_models().items():
            queryset = (
                model.objects.live()
                .select_related("locale")
                .prefetch_related("mrcs", "sectors", "age_groups")
                .order_by("path")
            )
            batch = []
            for page in queryset.iterator(chunk_size=batch_size):
                if any(page.path.startswith(path) for path in restricted_paths):
                    continue
                batch.append(build_document(page, refs))
                if len(batch) >= batch_size:
                    SearchDocument.objects.bulk_create(batch)
                    total += len(batch)
                    batch = []
            if batch:
                SearchDocument.objects.bulk_create(batch)
                total += len(batch)
            if log:
                log(f"{search_type}: indexed")
        SearchIndexState.bump()
    return total
