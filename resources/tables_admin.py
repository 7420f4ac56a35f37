"""Admin of the concertation-table registry: a coordinator's dashboard opens on their tables."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .tables_permissions import coordinated_tables


class CoordinatedTablesPanel(Component):
    name = "coordinated_tables"
    template_name = "resources/tables/admin/coordinated_tables_panel.html"
    # Lower than Wagtail's own panels (site summary, moderation, recent edits): shown first.
    order = 1

    def __init__(self, tables):
        self.tables = tables

    def get_context_data(self, parent_context):
        return {"tables": self.tables}


@hooks.register("construct_homepage_panels")
def show_coordinated_tables_first(request, panels):
    tables = list(coordinated_tables(request.user))
    if tables:
        panels.insert(0, CoordinatedTablesPanel(tables))
