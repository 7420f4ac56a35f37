"""Editor listings of practices and stories across both languages, filterable by what editors
sort them by (status, phase, evidence; verdict and anonymity)."""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import CaseStoryPage, Evidence, Phase, PracticePage, Status, Verdict


def base_column(name):
    return next(column for column in IndexView.base_columns if column.name == name)


class PracticeFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    phase = django_filters.ChoiceFilter(label=_("Innovation phase"), choices=Phase.choices)
    evidence = django_filters.ChoiceFilter(label=_("Evidence"), choices=Evidence.choices)

    class Meta(PageFilterSet.Meta):
        model = PracticePage


class StoryFilterSet(PageFilterSet):
    verdict = django_filters.ChoiceFilter(label=_("Outcome"), choices=Verdict.choices)
    anonymised = django_filters.BooleanFilter(label=_("Anonymised"))

    class Meta(PageFilterSet.Meta):
        model = CaseStoryPage


class PracticeListing(PageListingViewSet):
    model = PracticePage
    icon = "list-ul"
    menu_label = _("Practices")
    name = "practices"
    filterset_class = PracticeFilterSet
    columns = [
        base_column("bulk_actions"),
        base_column("title"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("phase", label=_("Innovation phase"), accessor="get_phase_display"),
        base_column("status"),
    ]


class StoryListing(PageListingViewSet):
    model = CaseStoryPage
    icon = "openquote"
    menu_label = _("Successes and failures")
    name = "stories"
    filterset_class = StoryFilterSet
    columns = [
        base_column("bulk_actions"),
        base_column("title"),
        Column("verdict", label=_("Outcome"), accessor="get_verdict_display", sort_key="verdict"),
        Column("anonymised", label=_("Anonymised")),
        base_column("status"),
    ]


class PracticesGroup(ViewSetGroup):
    menu_label = _("Practices")
    menu_icon = "list-ul"
    menu_order = 110
    items = (PracticeListing, StoryListing)


@hooks.register("register_admin_viewset")
def register_practice_listings():
    return PracticesGroup()
