"""Search documents made directly (no page types needed): the engines only read this table."""

import uuid
from datetime import date, timedelta

import pytest

from django.utils import timezone

from wagtail.models import Page

from search.models import SearchDocument, SearchIndexState
from search.text import analyze, fold

# (title, type, lang, regions/mrcs, sectors, ages, extra facets, whole_province, expires_in_days, body)
DOCS = [
    ("Cuisine collective du quartier", "practice", "fr", {"450": "05"}, ["securite-alimentaire"],
     ["30-64"], {}, False, None, "Sécurité alimentaire et repas partagés pour les familles."),
    ("Frigo communautaire de Magog", "practice", "fr", {"450": "05"}, ["securite-alimentaire", "environnement"],
     ["tous-ages"], {}, False, None, "Un frigo libre-service contre le gaspillage alimentaire."),
    ("Épicerie solidaire à Sherbrooke", "practice", "fr", {"430": "05"}, ["securite-alimentaire", "lutte-pauvrete"],
     ["18-29", "30-64"], {}, False, None, "Aliments à prix modique, sécurité alimentaire des ménages."),
    ("Aide aux devoirs à Rimouski", "practice", "fr", {"100": "01"}, ["perseverance-scolaire"],
     ["6-12"], {}, False, None, "Persévérance scolaire: tutorat par des étudiants du cégep."),
    ("Transport solidaire en Matapédia", "story", "fr", {"070": "01"}, ["transport"],
     ["65-plus"], {"verdict": ["bon-coup"]}, False, None, "Des bénévoles conduisent les aînés à leurs rendez-vous."),
    ("Un jardin collectif abandonné", "story", "fr", {"371": "04"}, ["securite-alimentaire"],
     ["30-64"], {"verdict": ["mauvais-coup"]}, False, None, "Le projet a échoué faute de relève; leçons apprises."),
    ("Halte-garderie partagée", "story", "fr", {}, ["petite-enfance"],
     ["0-5"], {"verdict": ["mitige"]}, True, None, "Deux organismes partagent une halte-garderie."),
    ("Fonds d'initiatives sociales", "resource", "fr", {}, ["lutte-pauvrete"],
     ["tous-ages"], {"need": ["financement"], "kind": ["financement"]}, True, None, "Financement non récurrent pour projets."),
    ("Locaux à partager à Sherbrooke", "resource", "fr", {"430": "05"}, ["economie-sociale"],
     ["18-29"], {"need": ["locaux"], "kind": ["locaux"]}, False, 30, "Salle de réunion disponible."),
    ("Matériel de cuisine à prêter (expiré)", "resource", "fr", {"430": "05"}, ["securite-alimentaire"],
     ["30-64"], {"need": ["materiel"], "kind": ["materiel"]}, False, -1, "Offre terminée."),
    ("Table de concertation jeunesse Memphrémagog", "table", "fr", {"450": "05"}, ["perseverance-scolaire"],
     ["13-17", "18-29"], {"status": ["active"]}, False, None, "Concertation des partenaires jeunesse."),
    ("Community kitchen", "practice", "en", {"450": "05"}, ["securite-alimentaire"],
     ["30-64"], {}, False, None, "Food security and shared meals for families."),
]


def add_document(number, title, kind, lang, territory, sectors, ages, extra, whole, expires_in,
                 body):
    """One document (a row of DOCS); call SearchIndexState.bump() after adding some."""
    page = Page.get_first_root_node().add_child(
        instance=Page(title=title, slug=f"doc-{uuid.uuid4().hex[:10]}")
    )
    facets = {
        "region": sorted(set(territory.values())),
        "mrc": sorted(territory),
        "sector": sorted(sectors),
        "age_group": sorted(ages),
        **extra,
    }
    return SearchDocument.objects.create(
        page=page,
        lang=lang,
        type=kind,
        title=title,
        title_sort=fold(title),
        summary=body,
        url=f"/{lang}/doc-{number}/",
        date=timezone.now() - timedelta(days=number),
        whole_province=whole,
        all_ages="tous-ages" in ages,
        expires=(timezone.localdate() + timedelta(days=expires_in)) if expires_in is not None else None,
        facets=facets,
        title_tokens=" ".join(analyze(title, lang)),
        body_tokens=" ".join(analyze(body, lang)),
    )


def make_documents():
    created = [add_document(number, *row) for number, row in enumerate(DOCS)]
    SearchIndexState.bump()
    return created


@pytest.fixture
def documents(db):
    return make_documents()


def by_title(titles):
    return set(titles)


def expired_day():
    return date.today() - timedelta(days=1)
