"""Admin of the resources-by-need directory: a resource listing that shows what needs checking
(stale information, open correction reports) and the readers' correction reports."""

import django_filters

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CorrectionReport, ResourcePage
from .models.directory import stale_before


class FlagColumn(Column):
    """A cell showing a warning tag when the accessor returns a label, nothing otherwise."""

    cell_template_name = "resources/admin/flag_cell.html"


def stale_flag(page):
    return _("To verify") if page.is_stale else ""


def report_flag(page):
    return _("Open report") if getattr(page, "has_open_report", False) else ""


class ResourceFilterSet(PageFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ResourcePage.Kind.choices)
    stale = django_filters.BooleanFilter(
        label=_("Verified more than 12 months ago"), method="filter_stale"
    )
    open_report = django_filters.BooleanFilter(
        label=_("Has an open correction report"), method="filter_open_report"
    )

    class Meta(PageFilterSet.Meta):
        model = ResourcePage

    def filter_stale(self, queryset, name, value):
        old = Q(last_verified__lt=stale_before())
        return queryset.filter(old) if value else queryset.exclude(old)

    def filter_open_report(self, queryset, name, value):
        return queryset.filter(has_open_report=value)


class ResourceListingView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_open_reports()


class ResourceListingViewSet(PageListingViewSet):
    model = ResourcePage
    index_view_class = ResourceListingView
    icon = "folder-open-inverse"
    menu_label = _("Resources")
    menu_order = 120
    add_to_admin_menu = True
    name = "resources"
    filterset_class = ResourceFilterSet
    columns = [
        *(c for c in IndexView.base_columns if c.name in ("bulk_actions", "title")),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        DateColumn("last_verified", label=_("Verified on"), sort_key="last_verified"),
        FlagColumn("stale", label=_("Verification"), accessor=stale_flag),
        FlagColumn("open_report", label=_("Reports"), accessor=report_flag),
        *(c for c in IndexView.base_columns if c.name == "status"),
    ]


@hooks.register("register_admin_viewset")
def register_resource_listing():
    return ResourceListingViewSet()


class CorrectionReportViewSet(SnippetViewSet):
    model = CorrectionReport
    icon = "warning"
    menu_label = _("Reports")
    menu_name = "correction-reports"
    menu_order = 130
    add_to_admin_menu = True
    list_display = ["page", "status", "created_at", "email", "handled_by"]
    list_filter = ["status"]
    search_fields = ["message", "email"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("notes"),
        FieldPanel("handled_by", read_only=True),
    ]

    def get_queryset(self, request):
        return CorrectionReport.objects.select_related("page", "handled_by")


register_snippet(CorrectionReportViewSet)


@hooks.register("after_edit_snippet")
def remember_who_handled_the_report(request, instance):
    if (
        isinstance(instance, CorrectionReport)
        and instance.status != CorrectionReport.Status.NEW
        and instance.handled_by_id != request.user.pk
    ):
        instance.handled_by = request.user
        instance.save(update_fields=["handled_by"])
