"""Benchmark data and the request mix for `manage.py bench_search`.

The search reads only SearchDocument rows, so the benchmark seeds documents directly (with bare
pages under a root-level "bench" page, invisible on the site): building 100,000 full practice
pages through Wagtail would take over an hour on a 2-core machine and measure page creation,
not search. Text is generated from realistic French phrases so token statistics look real."""

import random
import statistics
import time
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page

from portal.models import MRC, AgeGroup, Need, Sector
from resources.models import ConcertationTablePage, ResourcePage

from .models import SearchDocument, SearchIndexState
from .text import analyze, fold

BENCH_SLUG = "maillage-bench"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

SUBJECTS = [
    "Cuisine collective", "Frigo communautaire", "Épicerie solidaire", "Jardin collectif",
    "Aide aux devoirs", "Transport solidaire", "Halte-garderie", "Fiducie foncière",
    "Entreprise d'insertion", "Accueil des nouveaux arrivants", "Activités intergénérationnelles",
    "Travail de rue", "Forum citoyen", "Poste partagé", "Mutualisation de locaux",
    "Banque alimentaire", "Coopérative d'habitation", "Francisation en milieu de travail",
]
PLACES = ["du quartier", "en milieu rural", "pour les aînés", "pour les familles", "jeunesse",
          "de la MRC", "intermunicipal", "au centre-ville", "en région", "pour les nouveaux arrivants"]
SENTENCES = [
    "Le projet répond à l'insécurité alimentaire des ménages à faible revenu.",
    "Des bénévoles accompagnent les participants chaque semaine.",
    "La persévérance scolaire des jeunes s'est améliorée selon les enseignants.",
    "Le financement non récurrent a limité la pérennisation de l'initiative.",
    "La concertation entre les organismes a évité les dédoublements de services.",
    "Les aînés isolés ont repris contact avec leur communauté.",
    "Le transport collectif manquait pour rejoindre les services en milieu rural.",
    "Une mesure d'impact a été réalisée avec des indicateurs de suivi.",
    "Les locaux partagés réduisent les coûts des petits organismes.",
    "L'évaluation externe recommande de transférer la pratique à d'autres territoires.",
    "Les familles immigrantes ont été accueillies par des jumelages interculturels.",
    "La table de concertation a adopté un plan d'action triennal.",
    "Le manque de relève bénévole a mené à l'abandon du projet.",
    "Une entente avec la municipalité a permis d'obtenir un terrain.",
    "La sécurité alimentaire reste un enjeu prioritaire pour la région.",
]
RESOURCE_KINDS = list(ResourcePage.Kind.values)
TABLE_LEVELS = list(ConcertationTablePage.Level.values)


def _path(parent_path, number):
    digits = []
    for _ in range(4):
        number, remainder = divmod(number, 36)
        digits.append(ALPHABET[remainder])
    return parent_path + "".join(reversed(digits))


def seed(practices, seed_value=2026, log=print):
    """(Re)create the benchmark documents: `practices` practices plus stories, resources and
    tables in proportion. Idempotent for the same arguments."""
    rng = random.Random(seed_value)
    counts = {"practice": practices, "story": practices // 10, "resource": practices // 10,
              "table": max(1, practices // 50)}
    total = sum(counts.values())
    root = Page.get_first_root_node()
    bench = Page.objects.filter(depth=2, slug=BENCH_SLUG).first()
    if bench and bench.numchild == total:
        log(f"Benchmark content already in place ({total} documents).")
        return total
    with transaction.atomic():
        if bench:
            SearchDocument.objects.filter(page__path__startswith=bench.path).delete()
            Page.objects.filter(path__startswith=bench.path, depth__gt=2).delete()
            bench.numchild = 0
            bench.save(update_fields=["numchild"])
        else:
            bench = root.add_child(instance=Page(title="Benchmark", slug=BENCH_SLUG, live=False))
        locale = Locale.objects.get(language_code="fr")
        content_type = ContentType.objects.get_for_model(Page)
        mrcs = list(MRC.objects.values_list("code", "region__code"))
        sectors = list(Sector.objects.values_list("slug", flat=True))
        ages = list(AgeGroup.objects.values_list("slug", flat=True))
        needs = list(Need.objects.values_list("slug", flat=True))
        now = timezone.now()
        number = 0
        started = time.perf_counter()
        for kind, count in counts.items():
            for _ in range(0, count, 2000):
                batch = min(2000, count - _)
                pages = []
                for _i in range(batch):
                    number += 1
                    title = f"{rng.choice(SUBJECTS)} {rng.choice(PLACES)} no {number}"
                    pages.append(Page(
                        path=_path(bench.path, number), depth=3, numchild=0, title=title,
                        draft_title=title, slug=f"bench-{number}", live=True, locale=locale,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                        content_type=content_type, url_path=f"/bench/bench-{number}/",
                    ))
                Page.objects.bulk_create(pages)
                documents = [_document(page, kind, rng, mrcs, sectors, ages, needs, now)
                             for page in pages]
                SearchDocument.objects.bulk_create(documents)
            log(f"{kind}: {count} documents")
        Page.objects.filter(pk=bench.pk).update(numchild=number)
        SearchIndexState.bump()
        log(f"Seeded {number} documents in {time.perf_counter() - started:.1f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {SearchDocument._meta.db_table}")
    return number


def _document(page, kind, rng, mrcs, sectors, ages, needs, now):
    whole = rng.random() < 0.05
    chosen_mrcs = [] if whole else rng.sample(mrcs, rng.choice((1, 1, 1, 2, 3)))
    chosen_ages = rng.sample(ages, rng.choice((1, 1, 2)))
    facets = {
        "region": sorted({region for _, region in chosen_mrcs}),
        "mrc": sorted(code for code, _ in chosen_mrcs),
        "sector": sorted(rng.sample(sectors, rng.choice((1, 1, 2)))),
        "age_group": sorted(chosen_ages),
    }
    if kind == "story":
        facets["verdict"] = [rng.choice(("bon-coup", "bon-coup", "mauvais-coup", "mitige"))]
    if kind == "resource":
        facets["need"] = sorted(rng.sample(needs, rng.choice((1, 2))))
        facets["kind"] = [rng.choice(RESOURCE_KINDS)]
        facets["provider"] = [str(rng.randrange(1, 600))]
    if kind == "table":
        facets["status"] = ["active" if rng.random() < 0.85 else "inactive"]
        facets["level"] = [rng.choice(TABLE_LEVELS)]
    summary = " ".join(rng.sample(SENTENCES, 2))
    body = " ".join(rng.sample(SENTENCES, 6))
    return SearchDocument(
        page_id=page.id, lang="fr", type=kind, title=page.title, title_sort=fold(page.title),
        summary=summary, url=f"/fr/bench/{page.slug}/",
        date=now - timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 5)),
        whole_province=whole, all_ages="tous-ages" in chosen_ages, expires=None, facets=facets,
        title_tokens=" ".join(analyze(page.title)),
        body_tokens=" ".join(analyze(f"{summary} {body}")),
    )


def request_mix(rng, count):
    """A fixed list of (category, params): text + facets, facets only, sorts, deep pages."""
    words = ["securite alimentaire", "aines", "jeunes", "transport", "benevoles", "locaux",
             "financement", "familles immigrantes", "concertation", "cuisine collective"]
    mrcs = list(MRC.objects.values_list("code", "region__code"))
    regions = sorted({region for _, region in mrcs})
    sectors = list(Sector.objects.values_list("slug", flat=True))
    ages = list(AgeGroup.objects.values_list("slug", flat=True))
    mix = []
    for number in range(count):
        category = ("query_3_facets", "browse_facets", "sorts", "deep_pages")[number % 4]
        params = {}
        if category == "query_3_facets":
            params = {"q": rng.choice(words), "region": rng.choice(regions),
                      "sector": rng.choice(sectors), "age_group": rng.choice(ages)}
        elif category == "browse_facets":
            chosen = rng.sample(["region", "mrc", "sector", "age_group", "type"], rng.randint(0, 4))
            for facet in chosen:
                params[facet] = {
                    "region": lambda: rng.choice(regions), "mrc": lambda: rng.choice(mrcs)[0],
                    "sector": lambda: rng.choice(sectors), "age_group": lambda: rng.choice(ages),
                    "type": lambda: rng.choice(["practice", "story", "resource", "table"]),
                }[facet]()
        elif category == "sorts":
            params = {"sort": rng.choice(["newest", "title", "relevance"]),
                      "sector": rng.choice(sectors)}
            if params["sort"] == "relevance" or rng.random() < 0.5:
                params["q"] = rng.choice(words)
        else:
            params = {"page": rng.choice([5, 20, 50, 200]), "sort": rng.choice(["newest", "title"])}
            if rng.random() < 0.5:
                params["region"] = rng.choice(regions)
        mix.append((category, params))
    return mix


def portrait_mix(rng, count):
    """The portrait's own mix: all of Québec, with a sector, a region, an MRC (many MRCs are
    asked for the first time, so their per-territory work is measured cold)."""
    mrcs = list(MRC.objects.values_list("code", flat=True))
    regions = sorted(set(MRC.objects.values_list("region__code", flat=True)))
    sectors = list(Sector.objects.values_list("slug", flat=True))
    mix = []
    for number in range(count):
        category = ("quebec", "quebec_sector", "region", "mrc")[number % 4]
        params = {
            "quebec": {},
            "quebec_sector": {"sector": rng.choice(sectors)},
            "region": {"region": rng.choice(regions)},
            "mrc": {"mrc": rng.choice(mrcs)},
        }[category]
        mix.append((category, params))
    return mix


def run(requests=400, seed_value=7, path="/fr/recherche/", log=print):
    client = Client()
    rng = random.Random(seed_value)
    mix = (portrait_mix if "portrait" in path else request_mix)(rng, requests)
    started = time.perf_counter()
    client.get(path)  # builds this process's facet index
    log(f"cold start (facet index build + first request): {(time.perf_counter() - started) * 1000:.0f} ms")
    timings, queries, statuses = {}, {}, {}
    for category, params in mix:
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(path, params)
            elapsed = (time.perf_counter() - began) * 1000
        timings.setdefault(category, []).append(elapsed)
        queries.setdefault(category, []).append(len(captured.captured_queries))
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    report = {}
    for category, values in sorted(timings.items()):
        values.sort()
        report[category] = {
            "n": len(values),
            "p50": statistics.median(values),
            "p95": values[int(len(values) * 0.95) - 1],
            "p99": values[int(len(values) * 0.99) - 1],
            "queries": f"{min(queries[category])}-{max(queries[category])}",
        }
    return report, statuses
