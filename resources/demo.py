"""Demo resources: every need and every kind, some shared offers already expired, some stale.

Idempotent (matched on slug) and deterministic: dates come from REFERENCE_DATE, never from today,
and every choice from the given rng. Stale resources were verified long before REFERENCE_DATE so
that they stay flagged whenever the demo is loaded."""

import datetime

from django.utils.text import slugify

from home.structure import ensure_locales, publish, translate
from portal.models import MRC, AgeGroup, Need, Organization, Sector

from .models import ResourceDeadline, ResourceIndexPage, ResourcePage

REFERENCE_DATE = datetime.date(2026, 9, 1)
STALE_VERIFIED = datetime.date(2024, 3, 15)  # far enough back to stay stale
EXPIRED_UNTIL = datetime.date(2025, 6, 30)

# kind: [(French title, English title, French summary, English summary, needs)]
CATALOGUE = {
    "financement": [
        (
            "Programme de soutien aux initiatives sociales",
            "Social initiatives support program",
            "Financement non récurrent de projets qui luttent contre la pauvreté et l'exclusion.",
            "Non-recurring funding for projects fighting poverty and exclusion.",
            ["financement", "experimentation-mobilisation"],
        ),
        (
            "Fonds d'expérimentation en innovation sociale",
            "Social innovation experimentation fund",
            "Jusqu'à 50 000 $ pour tester une nouvelle approche avec les personnes concernées.",
            "Up to $50,000 to test a new approach with the people concerned.",
            ["financement", "experimentation-mobilisation"],
        ),
        (
            "Subvention de pérennisation des projets collectifs",
            "Collective project sustainability grant",
            "Aide financière pour consolider un projet qui a fait ses preuves.",
            "Funding to consolidate a project that has proven itself.",
            ["financement", "mise-a-echelle"],
        ),
    ],
    "formation": [
        (
            "Formation en mesure d'impact social",
            "Social impact measurement training",
            "Deux jours pour bâtir vos indicateurs et votre théorie du changement.",
            "Two days to build your indicators and theory of change.",
            ["formation", "mesure-impact"],
        ),
        (
            "Atelier de rédaction de demandes de subvention",
            "Grant writing workshop",
            "Apprendre à présenter un projet aux bailleurs de fonds.",
            "Learn to present a project to funders.",
            ["formation", "financement"],
        ),
        (
            "Formation sur la gouvernance des OBNL",
            "Non-profit governance training",
            "Rôles du conseil d'administration, assemblées et obligations légales.",
            "Board roles, general meetings and legal obligations.",
            ["formation", "gestion-conformite"],
        ),
    ],
    "accompagnement": [
        (
            "Accompagnement de projets par la CDC",
            "Project support by the CDC",
            "La corporation de développement communautaire vous aide à structurer votre projet.",
            "The community development corporation helps you structure your project.",
            ["ideation", "experimentation-mobilisation"],
        ),
        (
            "Service-conseil en reddition de comptes",
            "Reporting advisory service",
            "Un accompagnement pour préparer vos rapports aux bailleurs de fonds.",
            "Support to prepare your reports to funders.",
            ["mesure-impact", "gestion-conformite"],
        ),
    ],
    "outil-guide": [
        (
            "Guide de démarrage d'une cuisine collective",
            "Starting a community kitchen: a guide",
            "Étapes, budget type et modèles de documents, clé en main.",
            "Steps, sample budget and document templates, ready to use.",
            ["ideation"],
        ),
        (
            "Trousse d'indicateurs d'impact social",
            "Social impact indicators toolkit",
            "Des indicateurs éprouvés et des questionnaires à adapter.",
            "Proven indicators and questionnaires to adapt.",
            ["mesure-impact"],
        ),
        (
            "Modèle de politique de conformité pour OBNL",
            "Compliance policy template for non-profits",
            "Un modèle à adapter : confidentialité, conflits d'intérêts, plaintes.",
            "A template to adapt: privacy, conflicts of interest, complaints.",
            ["gestion-conformite"],
        ),
    ],
    "locaux": [
        (
            "Locaux partagés au centre communautaire",
            "Shared premises at the community centre",
            "Salle de réunion et bureaux à partager entre organismes, à faible coût.",
            "Meeting room and offices shared between organizations, at low cost.",
            ["locaux"],
        ),
        (
            "Cuisine commerciale à partager",
            "Commercial kitchen to share",
            "Cuisine équipée disponible les soirs et fins de semaine.",
            "Equipped kitchen available evenings and weekends.",
            ["locaux", "materiel"],
        ),
    ],
    "materiel": [
        (
            "Prêt de matériel événementiel",
            "Event equipment lending",
            "Tables, chaises, chapiteau et système de son prêtés aux organismes.",
            "Tables, chairs, tent and sound system lent to organizations.",
            ["materiel"],
        ),
        (
            "Camion réfrigéré en partage",
            "Shared refrigerated truck",
            "Un camion réfrigéré pour la récupération alimentaire, en partage entre banques alimentaires.",
            "A refrigerated truck for food recovery, shared between food banks.",
            ["materiel"],
        ),
    ],
    "ressources-humaines": [
        (
            "Banque de bénévoles",
            "Volunteer bank",
            "Des bénévoles formés, jumelés aux besoins des organismes.",
            "Trained volunteers matched with organizations' needs.",
            ["ressources-humaines"],
        ),
        (
            "Agente de liaison partagée entre deux organismes",
            "Liaison officer shared by two organizations",
            "Un poste à temps partiel partagé pour relier les tables locales et régionales.",
            "A part-time position shared to connect local and regional tables.",
            ["ressources-humaines", "concertation"],
        ),
    ],
    "expertise-mentorat": [
        (
            "Mentorat entre directions d'organismes",
            "Mentoring between executive directors",
            "Une direction expérimentée accompagne une nouvelle direction pendant un an.",
            "An experienced director mentors a new one for a year.",
            ["mise-a-echelle", "gestion-conformite"],
        ),
        (
            "Banque d'expertise en économie sociale",
            "Social economy expertise bank",
            "Des spécialistes bénévoles en finances, droit et communication.",
            "Volunteer specialists in finance, law and communication.",
            ["mise-a-echelle"],
        ),
    ],
    "communaute-pratique": [
        (
            "Communauté de pratique en sécurité alimentaire",
            "Food security community of practice",
            "Rencontres mensuelles pour partager bons et mauvais coups.",
            "Monthly meetings to share successes and failures.",
            ["concertation", "formation"],
        ),
        (
            "Communauté de pratique des agents de liaison",
            "Liaison officers community of practice",
            "Un réseau pour les personnes qui relient les tables de concertation.",
            "A network for people who connect concertation tables.",
            ["concertation"],
        ),
    ],
}
SHAREABLE = {"locaux", "materiel", "ressources-humaines"}


def specs(count, rng):
    """`count` resource descriptions; cycling through kinds and needs covers them all."""
    kinds = list(CATALOGUE)
    need_slugs = list(Need.objects.values_list("slug", flat=True))
    result = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        entries = CATALOGUE[kind]
        title_fr, title_en, summary_fr, summary_en, needs = entries[
            (i // len(kinds)) % len(entries)
        ]
        round_ = i // (len(kinds) * len(entries))
        needs = list(dict.fromkeys([*needs, need_slugs[i % len(need_slugs)]]))
        result.append(
            {
                "i": i,
                "kind": kind,
                "round": round_,
                "title_fr": title_fr,
                "title_en": title_en,
                "summary_fr": summary_fr,
                "summary_en": summary_en,
                "needs": needs,
                "roll": rng.random(),
                "days": rng.randint(0, 200),
                "provider": rng.random(),
                "mrcs": rng.sample(range(10_000), 3),
                "sectors": rng.sample(range(100), 2),
                "amount": rng.choice([5000, 10000, 25000, 50000]),
            }
        )
    return result


def seed(options, rng, log):
    count = options.get("resources", 90)
    _, en = ensure_locales()
    index = ResourceIndexPage.objects.filter(locale__language_code="fr").first()
    if index is None:
        log("resources: no directory index page, skipped")
        return
    organizations = list(Organization.objects.order_by("name"))
    mrcs = list(MRC.objects.order_by("code"))
    sectors = list(Sector.objects.order_by("slug"))
    needs = {n.slug: n for n in Need.objects.all()}
    all_ages = AgeGroup.objects.filter(all_ages=True).first()
    existing = set(ResourcePage.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    for spec in specs(count, rng):
        place = mrcs[spec["mrcs"][0] % len(mrcs)] if mrcs else None
        suffix = f" — {place.name_fr}" if spec["round"] and place else ""
        title = spec["title_fr"] + suffix
        slug = slugify(title)[:80]
        if slug in existing:
            continue
        existing.add(slug)
        created += 1
        page = build(spec, title, slug, index, organizations)
        page.needs.set([needs[s] for s in spec["needs"] if s in needs])
        page.sectors.set([sectors[n % len(sectors)] for n in spec["sectors"]] if sectors else [])
        if all_ages is not None and spec["roll"] < 0.5:
            page.age_groups.set([all_ages])
        if not page.whole_province and mrcs:
            page.mrcs.set([mrcs[n % len(mrcs)] for n in spec["mrcs"][: 1 + spec["i"] % 3]])
        if page.kind == "financement":
            page.deadlines.add(
                ResourceDeadline(
                    locale=index.locale,
                    date=REFERENCE_DATE + datetime.timedelta(days=60 + spec["days"]),
                    label="Appel annuel",
                )
            )
        index.add_child(instance=page)
        publish(page)
        if spec["i"] % 6 == 0:
            translate(
                page,
                en,
                title=spec["title_en"] + suffix,
                slug=slugify(spec["title_en"] + suffix)[:80],
                summary=spec["summary_en"],
            )
    log(f"resources: {count} ({created} new)")


def build(spec, title, slug, index, organizations):
    kind, roll = spec["kind"], spec["roll"]
    page = ResourcePage(
        title=title,
        slug=slug,
        locale=index.locale,
        kind=kind,
        summary=spec["summary_fr"],
        description=f"<p>{spec['summary_fr']}</p><p>Communiquez avec nous pour en savoir plus.</p>",
        provider=organizations[int(spec["provider"] * len(organizations))]
        if organizations
        else None,
        whole_province=roll < 0.2,
        cost="gratuit" if roll < 0.6 else ("payant" if roll < 0.8 else "variable"),
        eligibility_who="Organismes communautaires et entreprises d'économie sociale",
        contact_email="info@example.org",
        access_url="https://example.org/ressources",
        last_verified=(
            STALE_VERIFIED - datetime.timedelta(days=spec["days"])
            if spec["i"] % 7 == 3
            else REFERENCE_DATE - datetime.timedelta(days=spec["days"] // 2)
        ),
    )
    if kind == "financement":
        page.amount_min = 1000
        page.amount_max = spec["amount"]
        page.recurrence = "annuel"
        page.rolling_deadline = roll > 0.7
    if kind in SHAREABLE:
        page.is_shared_offer = True
        page.available_from = datetime.date(2025, 1, 1)
        # Every third offer already ended: it must stay out of the listings.
        page.available_until = EXPIRED_UNTIL if spec["i"] % 3 == 0 else datetime.date(2030, 12, 31)
    return page
