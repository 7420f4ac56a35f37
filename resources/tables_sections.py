"""Plugs the concertation-table registry into the site (imported by ResourcesConfig.ready())."""

from django.db.models.signals import post_save

from home.structure import Section, register_section, register_site_hook

from .models import ConcertationTablePage
from .tables_permissions import give_editors_the_registry, on_table_saved

register_section(
    Section(
        model="resources.ConcertationTableIndexPage",
        slug_fr="tables-de-concertation",
        title_fr="Tables de concertation",
        slug_en="concertation-tables",
        title_en="Concertation tables",
        intro_fr="Qui travaille déjà ensemble, sur quoi et où : les mandats, les membres et "
        "l'avancement des plans d'action des tables de concertation du Québec.",
        intro_en="Who already works together, on what and where: the mandates, members and "
        "action-plan progress of Québec's concertation tables.",
    )
)
register_site_hook(give_editors_the_registry)
post_save.connect(
    on_table_saved, sender=ConcertationTablePage, dispatch_uid="resources.tables.coordination"
)
