import csv

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from portal.csv_cells import as_text_cell

from .facets import facet_index
from .mapdata import colour_class, mrc_shapes
from .portrait import Portrait, overlap_threshold, parse_territory
from .service import available_types


def build(request):
    language = translation.get_language()
    # One index for the whole request: a publish meanwhile must not mix two of them.
    index = facet_index(language, available_types())
    vocabulary = index.vocabulary
    territory, ignored = parse_territory(request.GET, vocabulary, language)
    threshold, _ = overlap_threshold(request.GET.get("seuil"))
    sector = request.GET.get("sector") if request.GET.get("sector") in vocabulary.values["sector"] else None
    age_group = (
        request.GET.get("age_group")
        if request.GET.get("age_group") in vocabulary.values["age_group"]
        else None
    )
    for name, value in (("sector", sector), ("age_group", age_group)):
        if request.GET.get(name) and not value:
            ignored.append(f"{name}={request.GET[name][:20]}")
    portrait = Portrait(index, language, territory, threshold, sector=sector, age_group=age_group)
    return portrait, ignored


@require_GET
def portrait_page(request):
    portrait, ignored = build(request)
    grid = portrait.grid()
    counts = portrait.mrc_counts()
    maximum = max(counts.values(), default=0)
    viewbox, paths = mrc_shapes()
    vocabulary = portrait.vocabulary
    regions = []
    for region in vocabulary.values.get("region", []):
        mrcs = [
            {"code": code, "label": portrait.label("mrc", code), "count": counts.get(code, 0)}
            for code in vocabulary.values.get("mrc", [])
            if vocabulary.region_of_mrc.get(code) == region
        ]
        regions.append({"code": region, "label": portrait.label("region", region), "mrcs": mrcs})
    shapes = [
        {"code": code, "d": paths.get(code, ""), "label": portrait.label("mrc", code),
         "count": counts.get(code, 0), "class": colour_class(counts.get(code, 0), maximum),
         "selected": portrait.territory.kind == "mrc" and portrait.territory.code == code}
        for code in vocabulary.values.get("mrc", [])
    ]
    context = {
        "portrait": portrait,
        "grid": grid,
        "age_groups": [{"value": a, "label": portrait.label("age_group", a)} for a in portrait.age_groups],
        "sectors": [{"value": s, "label": portrait.label("sector", s)} for s in portrait.sectors],
        "regions": regions,
        "viewbox": viewbox,
        "shapes": shapes,
        "map_maximum": maximum,
        # The map is coloured for the chosen sector and age group; its links keep them.
        "map_filters": "".join(
            f"&{name}={value}"
            for name, value in (("sector", portrait.sector), ("age_group", portrait.age_group))
            if value
        ),
        "ignored": ignored,
        "gaps": sum(1 for row in grid for cell in row["cells"] if cell.is_gap),
        "overlap_cells": sum(1 for row in grid for cell in row["cells"] if cell.overlaps),
        "rollup": plan_rollup(portrait),
    }
    return TemplateResponse(request, "search/portrait.html", context)


@require_GET
def portrait_csv(request):
    portrait, _ = build(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="maillage-portrait.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(["sector", "age_group", "practices", "resources", "tables",
                     "sector_label", "age_group_label", "gap", "overlap"])
    for row in portrait.grid():
        for cell in row["cells"]:
            writer.writerow([
                cell.sector, cell.age_group, cell.practices, cell.resources, cell.tables,
                as_text_cell(row["label"]), as_text_cell(portrait.label("age_group", cell.age_group)),
                "1" if cell.is_gap else "0", ";".join(overlap.kind for overlap in cell.overlaps),
            ])
    return response


def plan_rollup(portrait):
    """Active tables' current plans in this territory (and sector): actions by status and the
    average progress."""
    from resources.models import ActionPlanAction, ActionPlanPage, ConcertationTablePage
    from resources.models.tables import attach_plans

    tables = list(
        ConcertationTablePage.objects.filter(id__in=portrait.table_page_ids()).order_by("title")
    )
    attach_plans(tables, ActionPlanPage.objects.all())
    plans = [(table, table.current_plan) for table in tables if table.current_plan]
    plans = [(table, plan) for table, plan in plans if not plan.is_past]
    by_status = dict.fromkeys(ActionPlanAction.Status, 0)
    for _, plan in plans:
        for action in plan.action_list:
            by_status[ActionPlanAction.Status(action.status)] += 1
    progresses = [plan.progress for _, plan in plans if plan.progress is not None]
    return {
        "plans": plans,
        "by_status": [(status.label, count) for status, count in by_status.items()],
        "average": round(sum(progresses) / len(progresses)) if progresses else None,
    }
