"""Open data: the exports hold exactly the published, non-expired resources of their language, in
the shape docs/open-data.md documents (the checks below read that document)."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import ResourceDeadline
from tests.factories import OrganizationFactory, age_group, mrc, sector

from .directory_support import days, make_resource

pytestmark = pytest.mark.django_db

DOC = (Path(settings.BASE_DIR) / "docs" / "open-data.md").read_text()
TYPES = {"string": str, "integer": int, "boolean": bool, "object": dict, "array": list}


def documented_table(heading):
    """Rows of the first Markdown table after `heading`: (backticked names, second cell)."""
    section = DOC.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        names = re.findall(r"`([^`]+)`", cells[0])
        if names:
            rows.append((names, cells[1]))
    return rows


def documented_types(text):
    kinds = tuple(
        TYPES[word] for word in re.findall(r"\b(string|integer|boolean|object|array)\b", text)
    )
    return kinds + ((type(None),) if "null" in text else ())


def check_service_shape(service):
    fields = documented_table("### Fields")
    assert fields, "docs/open-data.md lost its field table"
    for names, type_text in fields:
        (key,) = names
        assert key in service, f"missing {key}"
        assert isinstance(service[key], documented_types(type_text)), (key, service[key])
    assert set(service) == {names[0] for names, _ in fields}
    for area in service["service_areas"]:
        assert set(area) == {"name", "code", "extent_type"}
        assert area["extent_type"] in {"province", "region", "mrc"}
    for term in service["attributes"]:
        assert set(term) == {"taxonomy", "code", "name"}
        assert term["taxonomy"] in {
            "maillage:kind",
            "maillage:need",
            "maillage:sector",
            "maillage:age_group",
        }
    assert set(service["funding"]) == {
        "amount_min",
        "amount_max",
        "currency",
        "rolling_deadline",
        "deadlines",
        "recurrence",
    }
    if service["organization"] is not None:
        assert set(service["organization"]) == {"id", "name", "website", "email", "phone"}


@pytest.fixture
def resources(home):
    provider = OrganizationFactory(
        name="Fonds québécois d'initiatives sociales", website="https://example.org"
    )
    funding = make_resource(
        "Programme de soutien aux initiatives sociales",
        needs=["financement", "mise-a-echelle"],
        provider=provider,
        amount_min=5000,
        amount_max=50000,
        recurrence="annuel",
        contact_email="info@example.org",
    )
    funding.mrcs.set([mrc("450")])
    funding.sectors.set([sector("lutte-pauvrete")])
    funding.age_groups.set([age_group("tous-ages")])
    funding.deadlines.add(ResourceDeadline(date=days(60), label="Appel du printemps"))
    funding.save_revision().publish()
    shared = make_resource(
        "Salle communautaire à partager",
        kind="locaux",
        needs=["locaux"],
        whole_province=True,
        is_shared_offer=True,
        available_until=days(30),
    )
    make_resource("Brouillon de formation", kind="formation", needs=["formation"], live=False)
    make_resource(
        "Camion expiré",
        kind="materiel",
        needs=["materiel"],
        is_shared_offer=True,
        available_until=days(-1),
    )
    make_resource(
        "Impact measurement training", language="en", kind="formation", needs=["formation"]
    )
    return funding, shared


def test_json_export_holds_exactly_the_published_resources(client, resources):
    funding, shared = resources
    response = client.get("/fr/ressources/export.json")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"generated_at", "language", "count", "services"}
    assert data["language"] == "fr"
    assert data["count"] == 2
    assert {s["name"] for s in data["services"]} == {funding.title, shared.title}
    for service in data["services"]:
        check_service_shape(service)

    program = next(s for s in data["services"] if s["id"] == str(funding.translation_key))
    assert {(t["taxonomy"], t["code"]) for t in program["attributes"]} == {
        ("maillage:kind", "financement"),
        ("maillage:need", "financement"),
        ("maillage:need", "mise-a-echelle"),
        ("maillage:sector", "lutte-pauvrete"),
        ("maillage:age_group", "tous-ages"),
    }
    assert {"name": "Memphrémagog", "code": "450", "extent_type": "mrc"} in program["service_areas"]
    assert {"name": "Estrie", "code": "05", "extent_type": "region"} in program["service_areas"]
    assert program["organization"]["name"] == "Fonds québécois d'initiatives sociales"
    assert program["funding"]["amount_max"] == 50000
    assert program["funding"]["deadlines"][0]["label"] == "Appel du printemps"
    assert program["maillage_url"].endswith(
        "/fr/ressources/programme-de-soutien-aux-initiatives-sociales/"
    )

    room = next(s for s in data["services"] if s["id"] == str(shared.translation_key))
    assert room["service_areas"] == [{"name": "Québec", "code": "QC", "extent_type": "province"}]
    assert room["shared_offer"]["available_until"] == days(30).isoformat()


def test_english_json_export_has_only_english_resources(client, resources):
    data = client.get("/en/resources/export.json").json()
    assert data["language"] == "en"
    assert [s["name"] for s in data["services"]] == ["Impact measurement training"]
    assert data["services"][0]["attributes"][0]["name"] == "Training"
    check_service_shape(data["services"][0])


def test_csv_export_has_the_documented_columns_and_the_published_resources(client, resources):
    funding, shared = resources
    response = client.get("/fr/ressources/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    documented = [name for names, _ in documented_table("## CSV") for name in names]
    assert list(rows[0]) == documented
    assert {row["name"] for row in rows} == {funding.title, shared.title}
    program = next(row for row in rows if row["id"] == str(funding.translation_key))
    assert program["needs"] == "financement;mise-a-echelle"
    assert program["mrcs"] == "450" and program["regions"] == "05"
    assert program["sectors"] == "lutte-pauvrete"
    assert program["deadlines"] == days(60).isoformat()
    room = next(row for row in rows if row["id"] == str(shared.translation_key))
    assert room["whole_province"] == "1" and room["shared_offer"] == "1"


def test_exports_use_a_fixed_number_of_queries(client, home):
    def queries_for(path):
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        return len(queries)

    make_resource("Une", needs=["financement"])
    one = (queries_for("/fr/ressources/export.json"), queries_for("/fr/ressources/export.csv"))
    for n in range(5):
        page = make_resource(f"Autre {n}", needs=["financement", "formation"])
        page.mrcs.set([mrc("450"), mrc("430")])
        page.sectors.set([sector("habitation")])
        page.save_revision().publish()
    many = (queries_for("/fr/ressources/export.json"), queries_for("/fr/ressources/export.csv"))
    assert one == many
    assert json.loads(client.get("/fr/ressources/export.json").content)["count"] == 6
