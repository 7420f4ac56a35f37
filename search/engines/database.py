"""The embedded engine: the database finds the text, the facet index counts."""

from django.db import connection

from ..facets import facet_index, today
from ..models import SearchDocument
from . import Outcome

TABLE = SearchDocument._meta.db_table


def text_matches(language, tokens, ranked=True, among=None):
    """Ids of the documents holding every token; best match first when `ranked` (ranking reads
    every matching row's vector, so other sorts skip it). On PostgreSQL `among` (ids) limits the
    rows read to those."""
    if connection.vendor == "postgresql":
        expression = " & ".join(tokens)
        sql = f"SELECT id FROM {TABLE} WHERE lang = %s AND search_vector @@ to_tsquery('simple', %s)"  # noqa: S608
        params = [language, expression]
        if among is not None:
            sql += " AND id = ANY(%s)"
            params.append(list(among))
        if ranked:
            sql += " ORDER BY ts_rank(search_vector, to_tsquery('simple', %s)) DESC, id"
            params.append(expression)
    else:
        sql = (
            f"SELECT d.id FROM search_fts JOIN {TABLE} d ON d.id = search_fts.rowid "  # noqa: S608
            "WHERE search_fts MATCH %s AND d.lang = %s"
        )
        params = [" AND ".join(f'"{token}"' for token in tokens), language]
        if ranked:
            sql += " ORDER BY bm25(search_fts, 4.0, 1.0), d.id"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def token_bits(index, language, token, day):
    """The documents holding one token, as a bitmap, kept with the facet index for the day: the
    same words come back all day long, and a document holds every token of a query exactly when
    it is in each token's set (what the engines' AND queries mean)."""
    return index.memoized(
        day, ("token", token), lambda: index.from_ids(text_matches(language, [token], False))
    )


class DatabaseEngine:
    name = "database"

    def search(self, query):
        index = facet_index(query.language, query.types)
        day = today()
        base = index.live(day)
        for token in dict.fromkeys(query.tokens):
            base &= token_bits(index, query.language, token, day)
        matching, counts = index.count(base, query.selection)
        ranked = None
        if query.tokens and query.sort == "relevance":
            # Rank only what the filters kept, often a few hundred of tens of thousands.
            among = None
            if connection.vendor == "postgresql":
                among = [index.ids[p] for p in index.positions(matching)]
            ranked = text_matches(query.language, query.tokens, True, among)
        total = matching.bit_count()
        stop = total if query.stop is None else query.stop
        ids = index.ordered(matching, query.sort, query.start, stop, ranked)
        return Outcome(count=total, ids=ids, facets=counts, engine=self.name)
