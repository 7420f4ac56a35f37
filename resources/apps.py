from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resources and concertation tables")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.structure import Section, register_section, register_site_hook

        from .directory_site import configure_directory

        register_section(
            Section(
                model="resources.ResourceIndexPage",
                slug_fr="ressources",
                title_fr="Répertoire des ressources",
                slug_en="resources",
                title_en="Resource directory",
                intro_fr="Financement, formation, accompagnement, locaux, matériel : trouvez "
                "l'aide qui répond à votre besoin du moment.",
                intro_en="Funding, training, coaching, premises, equipment: find the help "
                "that answers what you need right now.",
            )
        )
        register_site_hook(configure_directory)
        # The concertation-table registry registers its own section in its module, when it exists.
        try:
            import_module("resources.tables_sections")
        except ModuleNotFoundError as error:
            if error.name != "resources.tables_sections":
                raise
