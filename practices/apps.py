from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices and case stories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.structure import Section, register_section, register_site_hook

        from .site import configure_sections

        register_section(
            Section(
                model="practices.PracticeIndexPage",
                slug_fr="pratiques",
                title_fr="Pratiques",
                slug_en="practices",
                title_en="Practices",
                intro_fr="Des fiches de pratiques en innovation sociale, prêtes à être reprises "
                "ailleurs : le besoin, ce qui a été fait, les résultats, les leçons et les "
                "conditions pour les reproduire.",
                intro_en="Social-innovation practice sheets ready to be taken up elsewhere: the "
                "need, what was done, the results, the lessons and what it takes to reproduce "
                "them.",
            )
        )
        register_section(
            Section(
                model="practices.CaseStoryIndexPage",
                slug_fr="bons-et-mauvais-coups",
                title_fr="Bons et mauvais coups",
                slug_en="successes-and-failures",
                title_en="Successes and failures",
                intro_fr="Ce qui a marché, ce qui a raté et pourquoi : des récits francs, parfois "
                "anonymes, pour apprendre des expériences des autres.",
                intro_en="What worked, what failed and why: candid stories, sometimes "
                "anonymous, to learn from other people's experience.",
            )
        )
        register_site_hook(configure_sections)
