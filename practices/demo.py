"""Demo practices and stories (called by seed_demo). Idempotent: a page whose slug exists is left
as it is. Deterministic: everything comes from the given random stream, generated in full before
anything is written, so skipping existing pages never shifts the stream.

Pages are created live with one revision each, without going through publish(): publishing runs
signals and logs that make --practices 10000 far too slow. Search documents are therefore built
by the search rebuild, not page by page."""

import datetime
from collections import Counter

from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.structure import translate
from portal.models import MRC, AgeGroup, Organization, Region, Sector

from .demo_content import PRACTICES, STORIES
from .models import CaseStoryIndexPage, CaseStoryPage, PracticeIndexPage, PracticePage

# A few of each get an English translation (translating goes through the slow publish path).
TRANSLATED = 12
WHOLE_PROVINCE_EVERY = 12
EPOCH = datetime.datetime(2022, 1, 10, 9, 0, tzinfo=datetime.UTC)


class Vocabulary:
    def __init__(self):
        self.regions = list(Region.objects.order_by("code"))
        mrcs = list(MRC.objects.select_related("region").order_by("region__code", "name_fr"))
        self.mrcs_by_region = {}
        for mrc in mrcs:
            self.mrcs_by_region.setdefault(mrc.region.code, []).append(mrc)
        self.regions = [r for r in self.regions if r.code in self.mrcs_by_region]
        self.sectors = {s.slug: s for s in Sector.objects.all()}
        self.age_groups = {a.slug: a for a in AgeGroup.objects.all()}
        self.organizations = list(Organization.objects.select_related("mrc").order_by("name"))
        self.orgs_by_region = {}
        for org in self.organizations:
            if org.mrc_id:
                self.orgs_by_region.setdefault(org.mrc.region_id, []).append(org)


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


def pick_place(number, rng, words):
    """A region in turn (so every region gets content), then an MRC in it."""
    region = words.regions[number % len(words.regions)]
    mrc = rng.choice(words.mrcs_by_region[region.code])
    extra = [m for m in words.mrcs_by_region[region.code] if m != mrc and rng.random() < 0.15][:2]
    return region, [mrc, *extra]


def pick_organizations(region, rng, words):
    local = words.orgs_by_region.get(region.id) or words.organizations
    carrier = rng.choice(local) if local else None
    partners = [
        o
        for o in rng.sample(words.organizations, k=min(2, len(words.organizations)))
        if o != carrier
    ][: rng.randint(0, 2)]
    return carrier, partners


def pick_tags(template, rng, words):
    sectors = [words.sectors[s] for s in template["sectors"] if s in words.sectors]
    if rng.random() < 0.3:
        sectors.append(rng.choice(list(words.sectors.values())))
    ages = [words.age_groups[a] for a in template["ages"] if a in words.age_groups]
    return list(dict.fromkeys(sectors)), ages


def unique_slugs(bases):
    seen = Counter()
    slugs = []
    for base in bases:
        seen[base] += 1
        slugs.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return slugs


def practice_specs(count, rng, words):
    specs = []
    for number in range(count):
        template = PRACTICES[number % len(PRACTICES)]
        region, mrcs = pick_place(number, rng, words)
        place = mrcs[0].name_fr
        carrier, partners = pick_organizations(region, rng, words)
        sectors, ages = pick_tags(template, rng, words)
        start = rng.randint(2012, 2023)
        status = rng.choices(["en-cours", "termine", "abandonne"], weights=[6, 3, 1])[0]
        specs.append(
            {
                "template": template,
                "place": place,
                "base_slug": slugify(f"{template['title']} {place}")[:70],
                "fields": {
                    "title": f"{template['title']} — {place}",
                    "summary": template["summary"],
                    "need": template["need"].format(lieu=place),
                    "description": paragraphs(template["description"]),
                    "carrier": carrier,
                    "whole_province": number % WHOLE_PROVINCE_EVERY == 5,
                    "start_year": start,
                    "end_year": None
                    if status == "en-cours"
                    else min(2025, start + rng.randint(1, 6)),
                    "status": status,
                    "phase": rng.choice(
                        ["emergence", "experimentation", "appropriation", "diffusion"]
                    ),
                    "resources_people": template["people"],
                    "resources_money": template["money"],
                    "resources_material": template["material"],
                    "resources_premises": template["premises"],
                    "indicators": [
                        (
                            "indicator",
                            {
                                "name": name,
                                "value": value,
                                "unit": unit,
                                "period": str(rng.randint(2019, 2024)),
                                "source": "Registre de l'organisme",
                            },
                        )
                        for name, value, unit in template["indicators"]
                    ],
                    "evidence": rng.choice(
                        ["temoignage", "donnees-suivi", "evaluation-interne", "evaluation-externe"]
                    ),
                    "what_worked": template["worked"],
                    "what_did_not_work": template["did_not"],
                    "do_differently": template["differently"],
                    "transfer_conditions": template["transfer"],
                    "contact_name": rng.choice(CONTACTS),
                    "contact_email": "",
                },
                "mrcs": [] if number % WHOLE_PROVINCE_EVERY == 5 else mrcs,
                "sectors": sectors,
                "ages": ages,
                "partners": partners,
                "published": EPOCH
                + datetime.timedelta(days=number * 1000 // max(count, 1), minutes=number),
            }
        )
    for spec, slug in zip(specs, unique_slugs(s["base_slug"] for s in specs), strict=True):
        spec["slug"] = slug
        name = spec["fields"]["contact_name"]
        spec["fields"]["contact_email"] = f"{slugify(name).replace('-', '.')}@example.org"
    return specs


def story_specs(count, rng, words):
    specs = []
    for number in range(count):
        template = STORIES[number % len(STORIES)]
        region, mrcs = pick_place(number * 7 + 3, rng, words)
        place = mrcs[0].name_fr
        carrier, partners = pick_organizations(region, rng, words)
        sectors, ages = pick_tags(template, rng, words)
        anonymised = template["verdict"] == "mauvais-coup" and number % 3 == 0
        specs.append(
            {
                "template": template,
                "place": place,
                "base_slug": slugify(f"{template['title']} {place}")[:70],
                "fields": {
                    "title": f"{template['title']} ({place})",
                    "verdict": template["verdict"],
                    "summary": template["summary"].format(lieu=place),
                    "year": rng.randint(2015, 2024),
                    "body": paragraphs(t.format(lieu=place) for t in template["body"]),
                    "root_causes": template["causes"],
                    "lessons": template["lessons"],
                    "do_differently": template["differently"],
                    "carrier": carrier,
                    "anonymised": anonymised,
                    "contact_name": rng.choice(CONTACTS),
                },
                "mrcs": mrcs,
                "sectors": sectors,
                "ages": ages,
                "partners": partners,
                "published": EPOCH
                + datetime.timedelta(days=number * 1000 // max(count, 1), hours=number),
            }
        )
    for spec, slug in zip(specs, unique_slugs(s["base_slug"] for s in specs), strict=True):
        spec["slug"] = slug
    return specs


CONTACTS = [
    "Julie Tremblay",
    "Marc Gagnon",
    "Isabelle Roy",
    "Karim Benali",
    "Sophie Côté",
    "Nathalie Bouchard",
    "François Lavoie",
    "Amina Diallo",
    "Étienne Fortin",
    "Marie-Ève Gauthier",
    "Luc Morin",
    "Chantal Pelletier",
    "Jean-Philippe Bélanger",
    "Nadia Ouellet",
]


def create_live(index, model, spec):
    """A live page with one revision, without the publish machinery (see the module docstring)."""
    page = model(slug=spec["slug"], locale_id=index.locale_id, live=True, **spec["fields"])
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = spec["published"]
    page.mrcs.set(spec["mrcs"])
    page.sectors.set(spec["sectors"])
    page.age_groups.set(spec["ages"])
    page.partners.set(spec["partners"])
    index.add_child(instance=page)
    revision = page.save_revision(clean=False, changed=False)
    model.objects.filter(pk=page.pk).update(
        live_revision=revision, has_unpublished_changes=False, latest_revision=revision
    )
    page.live_revision = revision
    page.has_unpublished_changes = False
    return page


def english_fields(spec, kind):
    template, place = spec["template"], spec["place"]
    fields = {
        "title": f"{template['title_en']} — {place}",
        "slug": slugify(f"{template['title_en']} {place}")[:70],
        "summary": template["summary_en"].format(lieu=place),
    }
    if kind == "practice":
        fields.update(
            need=template["need_en"].format(lieu=place),
            what_worked=template["worked_en"],
            what_did_not_work=template["did_not_en"],
            transfer_conditions=template["transfer_en"],
        )
    return fields


def seed_pages(index, model, specs, kind, en, log):
    existing = set(model.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    pages = []
    for spec in specs:
        if spec["slug"] in existing:
            pages.append(None)
            continue
        pages.append(create_live(index, model, spec))
        created += 1
    translated = 0
    for spec, page in zip(specs[: TRANSLATED * 3 : 3], pages[: TRANSLATED * 3 : 3], strict=True):
        page = page or model.objects.child_of(index).get(slug=spec["slug"])
        if page.get_translation_or_none(en) is None:
            translate(page, en, **english_fields(spec, kind))
            translated += 1
    log(f"{kind}: {len(specs)} ({created} new, {translated} newly translated)")


def seed(options, rng, log):
    words = Vocabulary()
    if not words.regions:
        log("practices: no territories loaded, nothing to seed")
        return
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    practices = practice_specs(options.get("practices", 80), rng, words)
    stories = story_specs(options.get("stories", 40), rng, words)
    practice_index = PracticeIndexPage.objects.get(locale=fr)
    story_index = CaseStoryIndexPage.objects.get(locale=fr)
    seed_pages(practice_index, PracticePage, practices, "practice", en, log)
    seed_pages(story_index, CaseStoryPage, stories, "story", en, log)
