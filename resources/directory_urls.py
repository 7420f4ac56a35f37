from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import directory_views as views

urlpatterns = [
    path(
        format_lazy("{}<int:page_id>/", _("report/")),
        views.report_correction,
        name="report_correction",
    ),
    path(_("propose-a-resource/"), views.propose_resource, name="propose_resource"),
    path(
        _("propose-a-resource/thanks/"),
        views.propose_resource_thanks,
        name="propose_resource_thanks",
    ),
    path(_("resources/export.json"), views.export_json, name="resources_export_json"),
    path(_("resources/export.csv"), views.export_csv, name="resources_export_csv"),
]
