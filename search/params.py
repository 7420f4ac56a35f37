"""Reading search parameters from a URL: everything validated, nothing trusted.

Unknown codes and slugs are dropped and reported in `ignored`; a query is cut at 200
characters; a page that is not a positive number is an error the view turns into a 404."""

import re
from dataclasses import dataclass, field

from .engines import Query
from .facets import FACETS
from .text import analyze_query, clean_query, fold

SORTS = ("relevance", "newest", "title")
MAX_VALUES_PER_FACET = 200
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class BadParameter(ValueError):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass
class Parsed:
    query: Query
    page: int
    page_size: int
    ignored: list = field(default_factory=list)


def parse(params, language, vocabulary, types, *, allow_page_size=False):
    ignored = []
    text = clean_query(params.get("q", ""))
    selection = {}
    for facet in FACETS:
        allowed = set(vocabulary.values.get(facet, []))
        chosen = []
        for raw in params.getlist(facet)[: MAX_VALUES_PER_FACET * 2]:
            value = raw.strip()
            if value in allowed:
                if value not in chosen:
                    chosen.append(value)
            elif value:
                ignored.append(f"{facet}={value[:60]}")
        if chosen:
            selection[facet] = chosen[:MAX_VALUES_PER_FACET]

    sort = params.get("sort", "").strip()
    if sort and sort not in SORTS:
        ignored.append(f"sort={sort[:60]}")
        sort = ""
    if not sort or (sort == "relevance" and not text):
        sort = "relevance" if text else "newest"

    page = _positive_int(params.get("page", "1") or "1", "page")
    page_size = DEFAULT_PAGE_SIZE
    if allow_page_size and params.get("page_size"):
        page_size = _positive_int(params.get("page_size"), "page_size")
        if page_size > MAX_PAGE_SIZE:
            raise BadParameter("page_size", f"page_size must be between 1 and {MAX_PAGE_SIZE}.")

    query = Query(
        language=language,
        text=text,
        tokens=analyze_query(text, language),
        selection=selection,
        sort=sort,
        start=(page - 1) * page_size,
        stop=page * page_size,
        types=tuple(types),
    )
    return Parsed(query=query, page=page, page_size=page_size, ignored=ignored)


def _positive_int(raw, name):
    raw = (raw or "").strip()
    if not re.fullmatch(r"\d{1,9}", raw) or int(raw) < 1:
        raise BadParameter(name, f"{name} must be a positive whole number.")
    return int(raw)


def territory_suggestions(text, vocabulary, language, selection):
    """MRCs and regions whose name the query contains ("memphremagog" -> MRC 450)."""
    if not text:
        return []
    haystack = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
    found = []
    for facet in ("mrc", "region"):
        for value in vocabulary.values.get(facet, []):
            if value in selection.get(facet, []):
                continue
            names = vocabulary.labels.get((facet, value), {})
            for name in {names.get("fr", ""), names.get(language, "")}:
                words = re.findall(r"[a-z0-9]+", fold(name))
                # "La Haute-Yamaska" is also typed "Haute-Yamaska".
                while words and words[0] in ("la", "le", "les", "l"):
                    words = words[1:]
                if words and f" {' '.join(words)} " in haystack:
                    label = vocabulary.label(facet, value, language)
                    if all(item["label"] != label for item in found):
                        found.append(
                            {"facet": facet, "value": value, "label": label, "words": words}
                        )
                    break
    return found
