import csv
from collections import Counter
from pathlib import Path

import pytest

from portal.models import MRC, Region
from portal.territories import load_territories

pytestmark = pytest.mark.django_db

# Units per region, from the checked reference (SDA V2025-04).
MRCS_PER_REGION = {
    "01": 8,
    "02": 5,
    "03": 7,
    "04": 6,
    "05": 9,
    "06": 1,
    "07": 5,
    "08": 5,
    "09": 6,
    "10": 3,
    "11": 6,
    "12": 10,
    "13": 1,
    "14": 6,
    "15": 8,
    "16": 13,
    "17": 5,
}


def test_the_17_administrative_regions_with_official_codes():
    codes = list(Region.objects.values_list("code", flat=True))
    assert codes == [f"{n:02d}" for n in range(1, 18)]
    assert Region.objects.get(code="05").name_fr == "Estrie"
    assert Region.objects.get(code="02").name_fr == "Saguenay–Lac-Saint-Jean"


def test_every_mrc_and_equivalent_territory_with_its_region_and_a_unique_code():
    assert MRC.objects.count() == 104
    assert MRC.objects.filter(kind="MRC").count() == 87
    assert MRC.objects.filter(kind="TE").count() == 17
    codes = list(MRC.objects.values_list("code", flat=True))
    assert len(set(codes)) == len(codes)
    assert all(len(code) == 3 and code.isdigit() for code in codes)
    per_region = Counter(MRC.objects.values_list("region__code", flat=True))
    assert per_region == MRCS_PER_REGION


@pytest.mark.parametrize(
    ("code", "name", "region"),
    [
        ("660", "Montréal", "06"),
        ("450", "Memphrémagog", "05"),
        ("460", "Brome-Missisquoi", "05"),  # moved from Montérégie to Estrie
        ("270", "Beauce-Centre", "12"),  # formerly Robert-Cliche
        ("992", "Administration régionale Kativik", "10"),
    ],
)
def test_spot_checks_against_the_reference(code, name, region):
    mrc = MRC.objects.select_related("region").get(code=code)
    assert (mrc.name_fr, mrc.region.code) == (name, region)


def test_shipped_data_matches_the_checked_reference_when_it_is_beside_the_project():
    reference = Path(__file__).resolve().parents[3] / "shared" / "reference" / "mrc.csv"
    if not reference.exists():
        pytest.skip("../shared/reference is not beside this checkout")
    with open(reference, encoding="utf-8") as handle:
        expected = {(r["code"], r["name_fr"], r["region_code"]) for r in csv.DictReader(handle)}
    actual = set(MRC.objects.values_list("code", "name_fr", "region__code"))
    assert actual == expected


def test_loading_twice_changes_nothing():
    before = list(MRC.objects.order_by("code").values_list("id", "code", "name_fr", "region_id"))
    load_territories(Region, MRC)
    load_territories(Region, MRC)
    after = list(MRC.objects.order_by("code").values_list("id", "code", "name_fr", "region_id"))
    assert before == after
    assert Region.objects.count() == 17
