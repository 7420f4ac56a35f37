"""The portal's page tree: a French home page with its English translation, and one index page per
section under it. `ensure_site()` creates what is missing and changes nothing else, so it can run
on every deploy (`manage.py setup_site`) and before demo content.

A section is declared once in SECTIONS; each app adds its index page type there."""

from dataclasses import dataclass

from django.apps import apps
from django.db import transaction

from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class Section:
    model: str  # "app_label.ModelName"
    slug_fr: str
    title_fr: str
    slug_en: str
    title_en: str
    intro_fr: str = ""
    intro_en: str = ""


HOME_TITLE = {"fr": "Maillage", "en": "Maillage"}
HOME_INTRO = {
    "fr": "Le répertoire québécois des pratiques en innovation sociale : ce qui fonctionne, "
    "ce qui n'a pas fonctionné, les ressources pour passer à l'action et les tables de "
    "concertation qui travaillent déjà sur votre territoire.",
    "en": "Québec's repository of social-innovation practices: what works, what did not, the "
    "resources to act and the concertation tables already at work in your territory.",
}

SECTIONS: list[Section] = []
# Callables run at the end of ensure_site(home): apps attach workflows and group permissions to
# their index pages there, once those pages exist. Each must be idempotent.
SITE_HOOKS = []


def register_section(section):
    if all(existing.model != section.model for existing in SECTIONS):
        SECTIONS.append(section)


def register_site_hook(hook):
    if hook not in SITE_HOOKS:
        SITE_HOOKS.append(hook)


def ensure_locales():
    fr, _ = Locale.objects.get_or_create(language_code="fr")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return fr, en


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """The page's translation in `locale`, created (as a published copy) when missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


@transaction.atomic
def ensure_site():
    from home.models import HomePage

    fr, en = ensure_locales()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=fr).first()
    if home is None:
        # Wagtail's migrations leave a "Welcome" page at the slug we want: move it out of the way.
        for page in root.get_children().filter(slug="home"):
            if not isinstance(page.specific, HomePage):
                page.delete()
        home = root.add_child(
            instance=HomePage(
                title=HOME_TITLE["fr"], slug="accueil", locale=fr, intro=HOME_INTRO["fr"]
            )
        )
        publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Maillage",
        )
    elif site.root_page_id != home.id:
        site.root_page = home
        site.site_name = "Maillage"
        site.save()
    translate(home, en, title=HOME_TITLE["en"], slug="home-en", intro=HOME_INTRO["en"])

    for section in SECTIONS:
        ensure_section(home, section, en)
    for hook in SITE_HOOKS:
        hook(home)
    return home


def ensure_section(home, section, en):
    model = apps.get_model(section.model)
    page = model.objects.child_of(home).filter(locale=home.locale).first()
    if page is None:
        page = home.add_child(
            instance=model(
                title=section.title_fr,
                slug=section.slug_fr,
                locale=home.locale,
                show_in_menus=True,
                **({"intro": section.intro_fr} if hasattr(model, "intro") else {}),
            )
        )
        publish(page)
    translate(
        page,
        en,
        title=section.title_en,
        slug=section.slug_en,
        **({"intro": section.intro_en} if hasattr(model, "intro") else {}),
    )
    return page
