import csv

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.csv_cells import as_text_cell

from . import service
from .params import BadParameter

CSV_COLUMNS = [
    "type",
    "title",
    "url",
    "date",
    "summary",
    "regions",
    "mrcs",
    "whole_province",
    "sectors",
    "age_groups",
    "needs",
    "verdict",
]


@require_GET
def search_page(request):
    language = translation.get_language()
    try:
        result = service.run(request.GET, language, export=request.GET.get("format") == "csv")
    except BadParameter as error:
        raise Http404(error.message) from None
    if request.GET.get("format") == "csv":
        return csv_response(result, request)
    context = {
        "search": result,
        "facet_groups": facet_groups(result),
        "active_filters": active_filters(result),
        "page_range": page_window(result.page, result.pages),
    }
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def search_api(request):
    language = request.GET.get("lang", "fr")
    ignored = []
    if language not in ("fr", "en"):
        ignored.append(f"lang={language[:60]}")
        language = "fr"
    with translation.override(language):
        try:
            result = service.run(
                request.GET,
                language,
                allow_page_size=True,
                export=request.GET.get("format") == "csv",
            )
        except BadParameter as error:
            status = 404 if error.parameter == "page" else 400
            return JsonResponse(
                {"error": error.message, "parameter": error.parameter}, status=status
            )
        if request.GET.get("format") == "csv":
            return csv_response(result, request)
        data = result.as_api()
    data["ignored"] = ignored + data["ignored"]
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["X-Robots-Tag"] = "noindex"
    return response


def csv_response(result, request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="maillage-recherche.csv"'
    response["X-Robots-Tag"] = "noindex"
    response.write("\ufeff")  # so spreadsheet software reads the accents right
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for document in result.documents:
        row = service.api_result(document)
        writer.writerow(
            [
                row["type"],
                as_text_cell(row["title"]),
                request.build_absolute_uri(row["url"]),
                row["date"],
                as_text_cell(row["summary"]),
                ";".join(row["regions"]),
                ";".join(row["mrcs"]),
                "1" if row["whole_province"] else "0",
                ";".join(row["sectors"]),
                ";".join(row["age_groups"]),
                ";".join(row["needs"]),
                row["verdict"] or "",
            ]
        )
    return response


FACET_TITLES = {
    "type": lambda: _("Type of content"),
    "region": lambda: _("Region"),
    "mrc": lambda: _("MRC"),
    "sector": lambda: _("Sector"),
    "age_group": lambda: _("Age group"),
    "need": lambda: _("Need"),
    "kind": lambda: _("Kind of resource"),
    "verdict": lambda: _("Outcome"),
    "status": lambda: _("Table status"),
    "level": lambda: _("Table level"),
}
# Facets that only mean something for one type of content: shown once that type is chosen.
FACET_TYPE = {"kind": "resource", "status": "table", "level": "table"}


def facet_groups(result):
    """Facets as the page shows them. MRCs appear under the regions chosen (and any MRC chosen),
    since 104 checkboxes at once help nobody."""
    groups = []
    chosen_regions = set(result.selection.get("region", []))
    chosen_mrcs = set(result.selection.get("mrc", []))
    for facet, items in result.facets.items():
        if facet == "mrc":
            items = [i for i in items if i["region"] in chosen_regions or i["value"] in chosen_mrcs]
            if not items:
                continue
        if facet == "verdict" and not any(i["count"] or i["selected"] for i in items):
            continue
        only_for = FACET_TYPE.get(facet)
        if (
            only_for
            and only_for not in result.selection.get("type", [])
            and not any(i["selected"] for i in items)
        ):
            continue
        groups.append({"name": facet, "title": FACET_TITLES[facet](), "items": items})
    return groups


def active_filters(result):
    """Removable chips: each with the URL of this same search without that one value."""
    chips = []
    for facet, values in result.selection.items():
        labels = {item["value"]: item["label"] for item in result.facets.get(facet, [])}
        for value in values:
            chips.append(
                {
                    "facet": facet,
                    "value": value,
                    "label": labels.get(value, value),
                    "title": FACET_TITLES[facet](),
                }
            )
    return chips


def page_window(page, pages, radius=2):
    numbers = sorted({1, pages, *range(max(1, page - radius), min(pages, page + radius) + 1)})
    window, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            window.append(None)
        window.append(number)
        previous = number
    return window
