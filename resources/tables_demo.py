"""Demo concertation tables: sectoral and intersectoral tables at local, MRC, regional and national
levels, with members, current and past action plans. Called by seed_demo after resources.demo.

Idempotent (a table or plan whose slug exists is left as it is) and deterministic: every choice
comes from the given rng, in a fixed order. Plan periods are relative to the current year, so the
demo always has a current plan and past ones."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from home.structure import publish, translate
from portal.models import MRC, AgeGroup, Organization, Sector

from .models import (
    ActionPlanAction,
    ActionPlanPage,
    ConcertationTableIndexPage,
    ConcertationTableMember,
    ConcertationTablePage,
)

Level = ConcertationTablePage.Level
Role = ConcertationTableMember.Role
Status = ActionPlanAction.Status

# (key, French name, English name, sectors, age groups, mandate, actions)
THEMES = [
    (
        "jeunesse",
        "Table de concertation jeunesse",
        "Youth concertation table",
        ["perseverance-scolaire", "emploi-insertion"],
        ["13-17", "18-29"],
        "Réunir les organismes qui travaillent auprès des jeunes de 12 à 29 ans pour agir "
        "ensemble sur leur insertion sociale et professionnelle. La table évite les dédoublements "
        "et comble les bris de services entre l'école, l'emploi et le communautaire.",
        [
            "Portrait des services offerts aux jeunes du territoire",
            "Tournée des maisons des jeunes avec les conseillers du carrefour jeunesse-emploi",
            "Projet de travail de rue en milieu rural",
            "Forum jeunesse annuel",
            "Répertoire des stages et emplois d'été",
        ],
    ),
    (
        "aines",
        "Table de concertation des aînés",
        "Seniors' concertation table",
        ["sante-services-sociaux"],
        ["65-plus"],
        "Améliorer la qualité de vie des personnes aînées et briser leur isolement. La table fait "
        "circuler l'information entre les organismes, le réseau de la santé et les municipalités.",
        [
            "Ligne d'écoute et de référence pour les proches aidants",
            "Activités intergénérationnelles avec les écoles primaires",
            "Transport accompagné vers les rendez-vous médicaux",
            "Campagne contre la maltraitance",
            "Repérage des aînés isolés avec les pharmacies",
        ],
    ),
    (
        "securite-alimentaire",
        "Table en sécurité alimentaire",
        "Food security table",
        ["securite-alimentaire", "lutte-pauvrete"],
        ["tous-ages"],
        "Assurer à toute la population un accès digne à une alimentation saine et suffisante. "
        "La table coordonne l'aide alimentaire d'urgence et développe des solutions durables.",
        [
            "Frigos communautaires dans trois municipalités",
            "Cuisines collectives pour les familles",
            "Épicerie solidaire itinérante",
            "Jardins collectifs et récupération des invendus",
            "Carte des ressources en aide alimentaire",
        ],
    ),
    (
        "petite-enfance",
        "Table petite enfance",
        "Early childhood table",
        ["petite-enfance"],
        ["0-5"],
        "Soutenir le développement global des enfants de 0 à 5 ans et accompagner leurs familles. "
        "La table mobilise les CPE, le CISSS, les organismes famille et les bibliothèques.",
        [
            "Haltes-garderies communautaires",
            "Ateliers d'éveil à la lecture",
            "Passage harmonieux vers la maternelle",
            "Soutien aux parents de nouveaux arrivants",
        ],
    ),
    (
        "perseverance-scolaire",
        "Instance de concertation en persévérance scolaire",
        "School perseverance body",
        ["perseverance-scolaire"],
        ["6-12", "13-17"],
        "Favoriser la réussite éducative de la petite enfance jusqu'à l'âge adulte. L'instance "
        "coordonne les Journées de la persévérance scolaire et soutient les projets locaux.",
        [
            "Aide aux devoirs dans les organismes de quartier",
            "Journées de la persévérance scolaire",
            "Mentorat entre élèves et employeurs",
            "Conciliation études-travail",
        ],
    ),
    (
        "habitation",
        "Comité logement",
        "Housing committee",
        ["habitation", "lutte-pauvrete"],
        ["tous-ages"],
        "Défendre le droit au logement et développer le logement social et communautaire. Le "
        "comité accompagne les projets de coopératives et de fiducies foncières.",
        [
            "Portrait des besoins en logement social",
            "Projet de fiducie foncière communautaire",
            "Soutien aux locataires lors des renouvellements de bail",
            "Inventaire des terrains municipaux disponibles",
        ],
    ),
    (
        "developpement-social",
        "Table de développement social",
        "Social development table",
        ["lutte-pauvrete", "sante-services-sociaux", "economie-sociale"],
        ["tous-ages"],
        "Mobiliser les acteurs intersectoriels de la MRC autour d'une vision commune du "
        "développement social. La table porte la démarche de lutte à la pauvreté du territoire.",
        [
            "Mise à jour du portrait du territoire",
            "Transport collectif en milieu rural",
            "Fonds de projets en lutte à la pauvreté",
            "Forum citoyen sur le développement social",
            "Agent de liaison entre les tables locales et régionales",
        ],
    ),
]

# Local or MRC tables: (MRC code). Several regions, so the registry has something to group.
PLACES = [
    "450", "100", "941", "810", "230", "371", "251", "580", "880", "971", "650", "640",
    "560", "010", "780", "440", "070", "330",
]  # fmt: skip

# Tables that are not "theme — place": Montréal's tables de quartier and a national table.
SPECIAL = [
    ("Table de quartier Centre-Sud", "Centre-Sud neighbourhood table", Level.LOCAL, ["660"],
     "developpement-social"),
    ("Table de quartier Hochelaga-Maisonneuve", "Hochelaga-Maisonneuve neighbourhood table",
     Level.LOCAL, ["660"], "securite-alimentaire"),
    ("Table nationale des corporations de développement communautaire",
     "National table of community development corporations", Level.NATIONAL, [],
     "developpement-social"),
]  # fmt: skip

FREQUENCIES = [
    "Quatre rencontres par année",
    "Six rencontres par année, plus des comités de travail",
    "Une rencontre par mois, sauf l'été",
    "Trois rencontres par année et une journée bilan",
]
COORDINATORS = [
    "Julie Tremblay", "Marc-André Gagnon", "Sophie Bouchard", "Karine Côté", "Nathalie Roy",
    "Éric Lavoie", "Isabelle Morin", "Mathieu Fortin", "Geneviève Pelletier", "Luc Bélanger",
]  # fmt: skip
HOW_TO_JOIN = (
    "Toute organisation du territoire qui partage la mission de la table peut en devenir "
    "membre. Écrivez à la coordination : votre demande sera présentée à la prochaine rencontre."
)
# Tables (by position) with an English translation, and tables left without a plan.
TRANSLATED = 3
WITHOUT_PLAN = {4, 9}
INACTIVE = {7}


def seed(options, rng, log):
    registry = ConcertationTableIndexPage.objects.filter(locale__language_code="fr").first()
    if registry is None:
        log("tables: no registry page (run setup_site)")
        return
    english = Locale.objects.get(language_code="en")
    organizations = list(Organization.objects.order_by("name"))
    mrcs = {mrc.code: mrc for mrc in MRC.objects.select_related("region")}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    age_groups = {group.slug: group for group in AgeGroup.objects.all()}
    existing = set(ConcertationTablePage.objects.child_of(registry).values_list("slug", flat=True))
    year = timezone.localdate().year

    created = 0
    for position, spec in enumerate(table_specs(options.get("tables", 24), mrcs)):
        title, title_en, level, codes, theme = spec
        # Draw every random value even for existing tables: the rng stream stays the same.
        plan = draw_table(rng, theme, organizations, position)
        slug = slugify(title)[:80]
        if slug in existing:
            continue
        existing.add(slug)
        table = ConcertationTablePage(
            title=title,
            slug=slug,
            level=level,
            status="inactive" if position in INACTIVE else "active",
            mandate=f"<p>{theme[5]}</p>",
            year_founded=plan["founded"],
            meeting_frequency=plan["frequency"],
            how_to_join=HOW_TO_JOIN,
            coordinator_name=plan["coordinator"],
            coordinator_email=f"coordination@{slug[:40]}.example.org",
            whole_province=level == Level.NATIONAL,
        )
        table.mrcs = [mrcs[code] for code in codes]
        table.sectors = [sectors[s] for s in theme[3] if s in sectors]
        table.age_groups = [age_groups[a] for a in theme[4] if a in age_groups]
        table.members = [
            ConcertationTableMember(organization=organization, role=role)
            for organization, role in plan["members"]
        ]
        registry.add_child(instance=table)
        publish(table)
        created += 1
        plans = []
        if position not in WITHOUT_PLAN:
            plans.append(add_plan(table, year - 1, year + 1, plan["current"], theme))
            if plan["past"]:
                plans.append(add_plan(table, year - 4, year - 2, plan["past"], theme))
        if position < TRANSLATED:
            english_table = translate(table, english, title=title_en, slug=f"{slug}-en"[:80])
            for action_plan in plans:
                translate(
                    action_plan,
                    english,
                    title=f"Action plan {action_plan.period}",
                    slug=action_plan.slug,
                )
            log(f"  translated: {english_table.title}")
    log(f"tables: {created} new")


def table_specs(count, mrcs):
    """(title, English title, level, MRC codes, theme) for `count` tables, in a fixed order."""
    themes = {theme[0]: theme for theme in THEMES}
    specs = [
        (title, title_en, level, codes, themes[key])
        for title, title_en, level, codes, key in SPECIAL
    ][:count]
    position = 0
    while len(specs) < count:
        theme = THEMES[position % len(THEMES)]
        mrc = mrcs[PLACES[position % len(PLACES)]]
        lap = position // (len(THEMES) * len(PLACES))
        suffix = f" ({lap + 1})" if lap else ""
        if position % 5 == 4:
            # A regional table covers every MRC of its region.
            codes = sorted(code for code, m in mrcs.items() if m.region_id == mrc.region_id)
            title = f"{theme[1]} — {mrc.region.name_fr}{suffix}"
            title_en = f"{theme[2]} — {mrc.region.name_fr}{suffix}"
            level = Level.REGIONAL
        else:
            codes = [mrc.code]
            title = f"{theme[1]} — {mrc.name_fr}{suffix}"
            title_en = f"{theme[2]} — {mrc.name_fr}{suffix}"
            level = Level.MRC if theme[0] == "developpement-social" else Level.LOCAL
        specs.append((title, title_en, level, codes, theme))
        position += 1
    return specs


def draw_table(rng, theme, organizations, position):
    chosen = rng.sample(organizations, min(len(organizations), rng.randint(4, 9)))
    roles = (
        [Role.COORDINATION, Role.FIDUCIARY] + [Role.MEMBER] * (len(chosen) - 3) + [Role.OBSERVER]
    )
    return {
        "founded": rng.randint(1985, 2021),
        "frequency": rng.choice(FREQUENCIES),
        "coordinator": rng.choice(COORDINATORS),
        "members": list(zip(chosen, roles, strict=False)),
        "current": draw_actions(rng, theme, organizations, past=False),
        "past": draw_actions(rng, theme, organizations, past=True) if position % 2 else [],
    }


def draw_actions(rng, theme, organizations, past):
    titles = rng.sample(theme[6], min(len(theme[6]), rng.randint(3, 5)))
    actions = []
    for title in titles:
        if past:
            status = rng.choice([Status.DONE, Status.DONE, Status.DONE, Status.ABANDONED])
            progress = 100 if status == Status.DONE else rng.choice([10, 20, 30])
        else:
            status = rng.choice(
                [
                    Status.PLANNED,
                    Status.IN_PROGRESS,
                    Status.IN_PROGRESS,
                    Status.DONE,
                    Status.POSTPONED,
                ]
            )
            progress = {
                Status.PLANNED: 0,
                Status.DONE: 100,
            }.get(status, rng.choice([10, 25, 40, 50, 60, 75, 90]))
        actions.append(
            {
                "title": title,
                "status": status,
                "progress": progress,
                "responsible": rng.choice(organizations) if organizations else None,
                "due_month": rng.randint(1, 12),
            }
        )
    return actions


def add_plan(table, start_year, end_year, actions, theme):
    slug = f"plan-d-action-{start_year}-{end_year}"
    existing = ActionPlanPage.objects.child_of(table).filter(slug=slug).first()
    if existing is not None:
        return existing
    plan = ActionPlanPage(
        title=f"Plan d'action {start_year}–{end_year}",
        slug=slug,
        start_year=start_year,
        end_year=end_year,
        objectives=f"<p>{theme[5].split('. ')[0]}.</p><ul><li>Agir ensemble plutôt qu'en silo."
        "</li><li>Rendre compte chaque année de l'avancement des actions.</li></ul>",
    )
    plan.actions = [
        ActionPlanAction(
            title=action["title"],
            status=action["status"],
            progress=action["progress"],
            responsible=action["responsible"],
            due_date=datetime.date(end_year, action["due_month"], 28),
        )
        for action in actions
    ]
    table.add_child(instance=plan)
    return publish(plan)
