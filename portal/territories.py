"""Loading Québec's reference territories (shipped in portal/data/) into Region and MRC.

Used by the data migration and by `manage.py load_territories`; idempotent: rows are matched on
their official code and updated in place."""

import csv
from decimal import Decimal
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_regions():
    with open(DATA_DIR / "regions.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_mrcs():
    with open(DATA_DIR / "mrc.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_territories(Region, MRC):
    """Create or update every region and MRC/TE. Returns (regions, mrcs) counts written."""
    regions = {}
    for row in read_regions():
        region, _ = Region.objects.update_or_create(
            code=row["code"], defaults={"name_fr": row["name_fr"], "name_en": row["name_en"]}
        )
        regions[region.code] = region
    for row in read_mrcs():
        MRC.objects.update_or_create(
            code=row["code"],
            defaults={
                "name_fr": row["name_fr"],
                "name_en": row["name_fr"],
                "code_sda": row["code_sda"],
                "region": regions[row["region_code"]],
                "kind": row["kind"],
                "latitude": Decimal(row["lat"]) if row["lat"] else None,
                "longitude": Decimal(row["lon"]) if row["lon"] else None,
            },
        )
    return len(regions), MRC.objects.count()
