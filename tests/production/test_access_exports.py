"""What leaves the site in bulk — the search API and its CSV, the search page's CSV, the directory's
open-data exports, the territory portrait — holds no draft, no unpublished change, no restricted
page, no name hidden by anonymisation and no contact nobody agreed to publish.

Marker strings are planted in those places; the raw response bodies are searched for them."""

import csv
import io

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from practices.models import PracticeIndexPage, PracticePage
from resources.models import CorrectionReport, ResourcePage
from tests.admin_support import post_edit_form
from tests.factories import OrganizationFactory, age_group, mrc, need, sector
from tests.resources.directory_support import make_resource

pytestmark = pytest.mark.django_db

SECRETS = {
    "draft title": "Pratiquebrouillonzq",
    "draft summary": "resumebrouillonzq",
    "unpublished change": "modificationnonpubliezq",
    "restricted title": "Pratiquereserveezq",
    "restricted resource": "Ressourcereserveezq",
    "draft resource": "Ressourcebrouillonzq",
    "anonymised carrier": "Porteuranonymezq",
    "anonymised partner": "Partenaireanonymezq",
    "anonymised contact": "Contactanonymezq",
    "anonymised email": "anonymezq@example.org",
    "anonymised phone": "418 555-0142",
    "proposer name": "Proposantzq",
    "proposer email": "proposantzq@example.org",
    "reporter email": "signaleurzq@example.org",
}

TAGS = {"sectors": ["securite-alimentaire"], "age_groups": ["30-64"]}

# The public addresses that hand out content in bulk (language-prefixed where the site is).
EXPORTS = [
    "/api/search/?page_size=100",
    "/api/search/?page_size=100&lang=en",
    "/api/search/?format=csv",
    "/fr/recherche/?format=csv",
    "/fr/ressources/export.json",
    "/fr/ressources/export.csv",
    "/en/resources/export.json",
    "/fr/portrait/export.csv",
    "/fr/recherche/",
    "/fr/portrait/",
]


@pytest.fixture
def planted(home, make_practice, make_story, admin_client):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    visible = make_practice(
        title="Cuisine collective", summary="Le texte publié de la pratique.", **TAGS
    )

    draft = PracticePage(
        title=SECRETS["draft title"], slug="brouillon", summary=SECRETS["draft summary"], live=False
    )
    draft.sectors.set([sector(TAGS["sectors"][0])])
    draft.age_groups.set([age_group(TAGS["age_groups"][0])])
    index.add_child(instance=draft)
    draft.save_revision()

    changed = make_practice(title="Halte-garderie", slug="halte", summary="Texte publié.")
    changed.summary = SECRETS["unpublished change"]
    changed.save_revision()

    restricted = make_practice(title=SECRETS["restricted title"], slug="reservee", **TAGS)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)

    story = make_story(
        anonymised=True,
        carrier=OrganizationFactory(name=SECRETS["anonymised carrier"]),
        partners=[OrganizationFactory(name=SECRETS["anonymised partner"])],
        contact_name=SECRETS["anonymised contact"],
        contact_email=SECRETS["anonymised email"],
        contact_phone=SECRETS["anonymised phone"],
    )

    make_resource(SECRETS["draft resource"], live=False)
    hidden = make_resource(SECRETS["restricted resource"])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.GROUPS)
    PageViewRestriction.objects.get(page=hidden).groups.set([Group.objects.get(name="Éditeurs")])

    # A resource proposed by a visitor, then published by an editor in the admin.
    visitor = admin_client.__class__()
    response = visitor.post(
        "/fr/proposer-une-ressource/",
        {
            "title": "Prêt de tables et de chaises",
            "kind": "materiel",
            "needs": [need("materiel").pk],
            "summary": "Nous prêtons 40 tables pliantes aux organismes du quartier.",
            "description": "Réservation deux semaines d'avance.",
            "provider_name": "",
            "mrcs": [mrc("450").pk],
            "cost": "gratuit",
            "eligibility_who": "Organismes communautaires",
            "access_url": "https://example.org/pret",
            "contact_email": "pret@example.org",
            "proposer_name": SECRETS["proposer name"],
            "proposer_email": SECRETS["proposer email"],
            "website_url": "",
        },
    )
    assert response.status_code == 302
    proposed = ResourcePage.objects.get(title="Prêt de tables et de chaises")
    assert SECRETS["proposer email"] in proposed.editor_notes
    assert post_edit_form(admin_client, proposed, "action-publish").status_code == 302
    assert ResourcePage.objects.get(pk=proposed.pk).live

    reported = visitor.post(
        f"/fr/signaler/{proposed.id}/",
        {"message": "Le lien ne fonctionne plus.", "email": SECRETS["reporter email"]},
    )
    assert reported.status_code == 302
    assert CorrectionReport.objects.filter(email=SECRETS["reporter email"]).exists()
    return {"visible": visible, "story": story, "proposed": proposed}


def test_bulk_outputs_hold_none_of_the_planted_secrets(client, planted):
    visitor = client.__class__()
    for address in EXPORTS:
        response = visitor.get(address)
        assert response.status_code == 200, address
        body = response.content.decode("utf-8-sig")
        for what, secret in SECRETS.items():
            assert secret.lower() not in body.lower(), f"{what} in {address}"


def test_the_outputs_are_not_empty(client, planted):
    """The control: what is public is there, so the absences above mean something."""
    visitor = client.__class__()
    api = visitor.get("/api/search/?page_size=100").json()
    titles = {result["title"] for result in api["results"]}
    assert {"Cuisine collective", "Halte-garderie", planted["story"].title} <= titles
    assert "Prêt de tables et de chaises" in titles
    assert "Texte publié." in visitor.get("/api/search/?q=halte").content.decode()

    services = visitor.get("/fr/ressources/export.json").json()["services"]
    assert [s["name"] for s in services] == ["Prêt de tables et de chaises"]
    assert services[0]["email"] == "pret@example.org"  # the resource's public contact
    rows = list(csv.DictReader(io.StringIO(visitor.get("/fr/ressources/export.csv").text)))
    assert [row["name"] for row in rows] == ["Prêt de tables et de chaises"]
    search_rows = list(
        csv.DictReader(
            io.StringIO(visitor.get("/api/search/?format=csv").content.decode("utf-8-sig"))
        )
    )
    assert len(search_rows) == api["count"]


def test_hidden_words_find_nothing(client, planted):
    """Searching for a hidden name must not reveal that a page holds it (a count is a leak)."""
    visitor = client.__class__()
    for what, secret in SECRETS.items():
        word = secret.split("@")[0].split()[0]
        data = visitor.get("/api/search/", {"q": word}).json()
        assert data["count"] == 0, what
        assert all(item["count"] == 0 for item in data["facets"]["type"]), what


def test_the_portrait_counts_only_public_live_pages(client, planted):
    visitor = client.__class__()
    body = visitor.get("/fr/portrait/export.csv").content.decode("utf-8-sig")
    cell = next(
        row
        for row in csv.DictReader(io.StringIO(body))
        if (row["sector"], row["age_group"]) == ("securite-alimentaire", "30-64")
    )
    # The visible practice; not the draft nor the restricted one, tagged the same.
    assert cell["practices"] == "1"
