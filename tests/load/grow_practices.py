"""`python -m tests.load.grow_practices COUNT`: bring the French practices up to COUNT for the
load test by copying the demo practices (seed_demo's) in SQL, then rebuild the search index.

Why not `seed_demo --practices 20000`: it creates each page through Wagtail (tree insert, full
clean, revision, search and reference-index signals), about 0.3-0.5 s a page on the shared
2-core machine, so three hours for 20,000. Copying rows takes seconds. The copies are live pages
like the originals, with their own path, slug, URL, translation key and date, and the
originals' regions, sectors, age groups and partners; they have no revision, no English
translation and no entry in the admin search, none of which a visitor's request reads.

Idempotent: a second run with the same COUNT adds nothing."""

import sys

import django


def grow(target, log=print):
    from django.db import connection, transaction

    from wagtail.models import Locale, Page

    from practices.models import PracticeIndexPage, PracticePage
    from search.documents import rebuild_documents

    index = PracticeIndexPage.objects.get(locale=Locale.objects.get(language_code="fr"))
    sources = list(PracticePage.objects.child_of(index).order_by("path").values_list("id", "slug"))
    missing = target - len(sources)
    if missing <= 0 or not sources:
        log(f"practices: {len(sources)} already, none added")
        return 0
    last_path = Page.objects.child_of(index).order_by("-path").values_list("path", flat=True)[0]
    first_step = Page._str2int(last_path[-Page.steplen :]) + 1
    rows = []
    for number in range(missing):
        source_id, source_slug = sources[number % len(sources)]
        path = Page._get_path(index.path, index.depth + 1, first_step + number)
        rows.append((source_id, path, f"{source_slug[:60]}-c{number + 1}"))

    page_columns = [
        f.column
        for f in Page._meta.concrete_fields
        if f.column not in ("id", "path", "slug", "url_path", "translation_key")
        and f.column not in ("live_revision_id", "latest_revision_id", "first_published_at")
        and f.column not in ("last_published_at",)
    ]
    own_columns = [
        f.column for f in PracticePage._meta.local_concrete_fields if f.column != "page_ptr_id"
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMP TABLE load_copies (number serial, source_id int, path text, slug text, "
            "new_id int) ON COMMIT DROP"
        )
        cursor.executemany(
            "INSERT INTO load_copies (source_id, path, slug) VALUES (%s, %s, %s)", rows
        )
        cursor.execute(
            "UPDATE load_copies SET new_id = "
            "nextval(pg_get_serial_sequence('wagtailcore_page', 'id'))"
        )
        columns = ", ".join(page_columns)
        copied = ", ".join(f"s.{c}" for c in page_columns)
        # A date per copy, one every 73 minutes from the originals' dates, for the "newest" sort.
        cursor.execute(
            f"INSERT INTO wagtailcore_page (id, path, slug, url_path, translation_key, "  # noqa: S608
            f"first_published_at, last_published_at, {columns}) "
            f"SELECT c.new_id, c.path, c.slug, %s || c.slug || '/', gen_random_uuid(), "
            f"s.first_published_at + c.number * interval '73 minutes', "
            f"s.last_published_at + c.number * interval '73 minutes', {copied} "
            f"FROM load_copies c JOIN wagtailcore_page s ON s.id = c.source_id",
            [index.url_path],
        )
        columns = ", ".join(own_columns)
        copied = ", ".join(f"s.{c}" for c in own_columns)
        cursor.execute(
            f"INSERT INTO {PracticePage._meta.db_table} (page_ptr_id, {columns}) "  # noqa: S608
            f"SELECT c.new_id, {copied} FROM load_copies c "
            f"JOIN {PracticePage._meta.db_table} s ON s.page_ptr_id = c.source_id"
        )
        for field in PracticePage._meta.local_many_to_many:
            through = field.remote_field.through._meta
            own = field.m2m_column_name()
            other = field.m2m_reverse_name()
            cursor.execute(
                f"INSERT INTO {through.db_table} ({own}, {other}) "  # noqa: S608
                f"SELECT c.new_id, t.{other} FROM load_copies c "
                f"JOIN {through.db_table} t ON t.{own} = c.source_id"
            )
        Page.objects.filter(pk=index.pk).update(numchild=len(sources) + missing)
    log(f"practices: {missing} copies added ({target} in all)")
    log(f"search: {rebuild_documents()} documents indexed")
    return missing


if __name__ == "__main__":
    django.setup()
    grow(int(sys.argv[1]))
