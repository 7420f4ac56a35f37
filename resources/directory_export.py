"""Open data: the published, non-expired resources of one language, as JSON shaped after Open
Referral HSDS and as CSV. The shapes are documented in docs/open-data.md; keep both in step.

A fixed number of queries whatever the number of resources: everything is prefetched."""

import csv

from django.db.models import Prefetch
from django.utils import timezone

from portal.csv_cells import as_text_cell
from portal.models import MRC

from .models import ResourcePage

TAXONOMY_PREFIX = "maillage"
PROVINCE_AREA = {"name": "Québec", "code": "QC", "extent_type": "province"}

CSV_COLUMNS = [
    "id",
    "name",
    "maillage_url",
    "summary",
    "kind",
    "needs",
    "sectors",
    "age_groups",
    "whole_province",
    "regions",
    "mrcs",
    "organization",
    "organization_website",
    "cost",
    "fees_description",
    "eligibility_description",
    "amount_min",
    "amount_max",
    "rolling_deadline",
    "deadlines",
    "recurrence",
    "url",
    "contact_name",
    "email",
    "phone",
    "shared_offer",
    "available_from",
    "available_until",
    "last_verified",
]


def exported_resources(locale):
    return (
        ResourcePage.objects.listed(locale=locale)
        .select_related("provider")
        .prefetch_related(
            "needs",
            "sectors",
            "age_groups",
            "deadlines",
            Prefetch("mrcs", queryset=MRC.objects.select_related("region")),
        )
        .order_by("title", "pk")
    )


def _mrcs(page):
    return sorted(page.mrcs.all(), key=lambda mrc: mrc.code)


def _regions(page):
    regions = {mrc.region.code: mrc.region for mrc in page.mrcs.all()}
    return [regions[code] for code in sorted(regions)]


def _iso(value):
    return value.isoformat() if value else None


def fees_description(page):
    return " — ".join(part for part in [str(page.get_cost_display()), page.cost_details] if part)


def eligibility_description(page):
    return " — ".join(part for part in [page.eligibility_who, page.eligibility_conditions] if part)


def service_areas(page):
    areas = [dict(PROVINCE_AREA)] if page.whole_province else []
    areas += [
        {"name": region.name, "code": region.code, "extent_type": "region"}
        for region in _regions(page)
    ]
    areas += [{"name": mrc.name, "code": mrc.code, "extent_type": "mrc"} for mrc in _mrcs(page)]
    return areas


def attributes(page):
    terms = [
        {"taxonomy": f"{TAXONOMY_PREFIX}:kind", "code": page.kind, "name": page.get_kind_display()}
    ]
    for taxonomy, manager in (
        ("need", page.needs),
        ("sector", page.sectors),
        ("age_group", page.age_groups),
    ):
        terms += [
            {"taxonomy": f"{TAXONOMY_PREFIX}:{taxonomy}", "code": term.slug, "name": term.name}
            for term in manager.all()
        ]
    return [{**term, "name": str(term["name"])} for term in terms]


def organization(page):
    org = page.provider
    if org is None:
        return None
    return {
        "id": str(org.pk),
        "name": org.name,
        "website": org.website or None,
        "email": org.email or None,
        "phone": org.phone or None,
    }


def service(page, request):
    return {
        "id": str(page.translation_key),
        "name": page.title,
        "description": page.summary,
        "url": page.access_url or None,
        "maillage_url": page.get_full_url(request),
        "email": page.contact_email or None,
        "status": "active",
        "fees_description": fees_description(page),
        "eligibility_description": eligibility_description(page) or None,
        "organization": organization(page),
        "contacts": (
            [
                {
                    "name": page.contact_name or None,
                    "email": page.contact_email or None,
                    "phone": page.contact_phone or None,
                }
            ]
            if page.contact_name or page.contact_email or page.contact_phone
            else []
        ),
        "service_areas": service_areas(page),
        "attributes": attributes(page),
        "funding": {
            "amount_min": page.amount_min,
            "amount_max": page.amount_max,
            "currency": "CAD",
            "rolling_deadline": page.rolling_deadline,
            "deadlines": [{"date": _iso(d.date), "label": d.label} for d in page.deadlines.all()],
            "recurrence": page.recurrence or None,
        },
        "shared_offer": (
            {
                "available_from": _iso(page.available_from),
                "available_until": _iso(page.available_until),
            }
            if page.is_shared_offer
            else None
        ),
        "last_verified": _iso(page.last_verified),
    }


def as_hsds(request, locale):
    services = [service(page, request) for page in exported_resources(locale)]
    return {
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "language": locale.language_code,
        "count": len(services),
        "services": services,
    }


def _join(values):
    return ";".join(values)


def csv_row(page, request):
    # Free text goes through as_text_cell (no formula in a spreadsheet); codes, dates, URLs and
    # addresses are validated and left as they are, and so are phone numbers ("+1 819 …").
    org = page.provider
    return {
        "id": str(page.translation_key),
        "name": as_text_cell(page.title),
        "maillage_url": page.get_full_url(request),
        "summary": as_text_cell(page.summary),
        "kind": page.kind,
        "needs": _join(n.slug for n in page.needs.all()),
        "sectors": _join(s.slug for s in page.sectors.all()),
        "age_groups": _join(a.slug for a in page.age_groups.all()),
        "whole_province": "1" if page.whole_province else "0",
        "regions": _join(r.code for r in _regions(page)),
        "mrcs": _join(m.code for m in _mrcs(page)),
        "organization": as_text_cell(org.name if org else ""),
        "organization_website": org.website if org else "",
        "cost": page.cost,
        "fees_description": as_text_cell(fees_description(page)),
        "eligibility_description": as_text_cell(eligibility_description(page)),
        "amount_min": "" if page.amount_min is None else page.amount_min,
        "amount_max": "" if page.amount_max is None else page.amount_max,
        "rolling_deadline": "1" if page.rolling_deadline else "0",
        "deadlines": _join(_iso(d.date) for d in page.deadlines.all()),
        "recurrence": page.recurrence,
        "url": page.access_url,
        "contact_name": as_text_cell(page.contact_name),
        "email": page.contact_email,
        "phone": page.contact_phone,
        "shared_offer": "1" if page.is_shared_offer else "0",
        "available_from": _iso(page.available_from) or "",
        "available_until": _iso(page.available_until) or "",
        "last_verified": _iso(page.last_verified),
    }


def write_csv(stream, request, locale):
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for page in exported_resources(locale):
        writer.writerow(csv_row(page, request))
