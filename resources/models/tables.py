"""The concertation-table registry: who already works together on what, where, and how far their
action plans have come — so organizations join what exists instead of duplicating it."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from portal.models import MRC, TaggedPageMixin

__all__ = [
    "ActionPlanAction",
    "ActionPlanPage",
    "ConcertationTableIndexPage",
    "ConcertationTableMember",
    "ConcertationTablePage",
    "plan_progress",
]

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


def current_year():
    return timezone.localdate().year


def year_validators():
    return [MinValueValidator(1900), MaxValueValidator(2100)]


class ConcertationTableIndexPage(Page):
    """The registry: every table of one language, by region then MRC."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ConcertationTablePage"]
    max_count_per_parent = 1
    template = "resources/tables/registry.html"

    class Meta:
        verbose_name = _("concertation-table registry")

    def tables(self):
        """Live tables of this registry with everything a registry row shows, in a fixed number
        of queries whatever the number of tables: tags are prefetched and each table's plans are
        attached from one query over the registry's subtree."""
        tables = list(
            ConcertationTablePage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(
                Prefetch("mrcs", queryset=MRC.objects.select_related("region")),
                "sectors",
            )
            .order_by("title")
        )
        attach_plans(tables, ActionPlanPage.objects.descendant_of(self))
        return tables

    def get_context(self, request, *args, **kwargs):
        from resources.tables_registry import group_by_territory

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = group_by_territory(self.tables())
        return context


def attach_plans(tables, plans_queryset):
    """Sets `plan_list` on each table from one query on its live plans (and one on their
    actions), so `current_plan` needs no further query."""
    by_path = {table.path: table for table in tables}
    for table in tables:
        table.__dict__["plan_list"] = []
    if not tables:
        return
    plans = (
        plans_queryset.live()
        .prefetch_related(Prefetch("actions", queryset=ActionPlanAction.objects.order_by()))
        .order_by("-start_year", "-end_year", "path")
    )
    step = Page.steplen
    for plan in plans:
        table = by_path.get(plan.path[:-step])
        if table is not None:
            table.__dict__["plan_list"].append(plan)


class ConcertationTablePage(TaggedPageMixin, Page):
    """One table de concertation: its mandate, members and action plans (child pages)."""

    search_type = "table"

    class Level(models.TextChoices):
        LOCAL = "locale", _("Local")
        MRC = "mrc", _("MRC")
        REGIONAL = "regionale", _("Regional")
        SUPRAREGIONAL = "supraregionale", _("Supra-regional")
        NATIONAL = "nationale", _("National")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")

    search_facet_choices = {"status": Status, "level": Level}

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.LOCAL)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence shown in listings. The mandate's first sentence if empty."),
    )
    mandate = RichTextField(_("mandate"), blank=True, features=RICH_TEXT_FEATURES)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=year_validators()
    )
    meeting_frequency = models.CharField(
        _("meeting frequency"),
        max_length=150,
        blank=True,
        help_text=_("For example: six meetings a year, plus working committees."),
    )
    how_to_join = models.TextField(_("how to join"), blank=True)
    coordinator_name = models.CharField(_("coordinator"), max_length=150, blank=True)
    coordinator_email = models.EmailField(_("coordinator email"), blank=True)
    coordinator_phone = models.CharField(_("coordinator phone"), max_length=40, blank=True)
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
        help_text=_("Portrait, action plan, annual report, terms of reference…"),
    )
    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("level"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldPanel("mandate"),
        TaggedPageMixin.taxonomy_panel(heading=_("Territory, sectors and populations")),
        FieldRowPanel([FieldPanel("year_founded"), FieldPanel("meeting_frequency")]),
        InlinePanel("members", label=_("Members"), heading=_("Member organizations")),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_email"),
                FieldPanel("coordinator_phone"),
            ],
            heading=_("Coordination contact"),
        ),
        FieldPanel("how_to_join"),
        FieldPanel("documents"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.SearchField("mandate"),
        index.FilterField("level"),
        index.FilterField("status"),
    ]

    parent_page_types = ["resources.ConcertationTableIndexPage"]
    subpage_types = ["resources.ActionPlanPage"]
    template = "resources/tables/table_page.html"

    class Meta:
        verbose_name = _("concertation table")
        verbose_name_plural = _("concertation tables")

    def __str__(self):
        return f"{self.title} ({self.acronym})" if self.acronym else self.title

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @cached_property
    def member_list(self):
        return list(self.members.select_related("organization"))

    def members_by_role(self):
        """[(role label, [members])] in the order of MemberRole, empty roles left out."""
        grouped = {role: [] for role in ConcertationTableMember.Role}
        for member in self.member_list:
            grouped[ConcertationTableMember.Role(member.role)].append(member)
        return [(role.label, members) for role, members in grouped.items() if members]

    @cached_property
    def plan_list(self):
        """Live plans, newest first (set for a whole listing at once by attach_plans)."""
        attach_plans([self], ActionPlanPage.objects.child_of(self))
        return self.__dict__["plan_list"]

    @cached_property
    def current_plan(self):
        """The live plan whose period includes this year, else the latest one; None if none."""
        year = current_year()
        for plan in self.plan_list:
            if plan.start_year <= year <= plan.end_year:
                return plan
        return self.plan_list[0] if self.plan_list else None

    @property
    def other_plans(self):
        return [plan for plan in self.plan_list if plan is not self.current_plan]

    # The search contract (portal.models.TaggedPageMixin)
    def get_search_summary(self):
        if self.summary:
            return self.summary
        return first_sentence(strip_tags(self.mandate or ""))

    def get_search_body(self):
        parts = [
            self.acronym,
            strip_tags(self.mandate or ""),
            " ".join(member.organization.name for member in self.member_list),
            self.how_to_join,
            self.get_level_display(),
        ]
        return " ".join(part for part in parts if part)

    def get_extra_facets(self):
        return {"status": [self.status], "level": [self.level]}


def first_sentence(text, limit=300):
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return Truncator(match.group(1) if match else text).chars(limit)


class ConcertationTableMember(Orderable):
    """An organization sitting on a table. Not translatable: an organization and its role are the
    same in every language, so translations get a copy."""

    class Role(models.TextChoices):
        COORDINATION = "coordination", _("Coordination")
        FIDUCIARY = "fiduciaire", _("Fiduciary")
        MEMBER = "membre", _("Member")
        OBSERVER = "observateur", _("Observer")

    table = ParentalKey(ConcertationTablePage, on_delete=models.CASCADE, related_name="members")
    organization = models.ForeignKey(
        "portal.Organization",
        on_delete=models.CASCADE,
        related_name="table_memberships",
        verbose_name=_("organization"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)

    panels = [FieldPanel("organization"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"


def plan_progress(actions):
    """The progress of a plan, in whole percent, from its actions; None when nothing counts.

    The mean of the actions' progress, where an abandoned action is left out (it will never be
    done, and counting it at its last percentage would freeze the plan below 100 % forever) and
    a completed ("réalisée") action counts as 100 % whatever percentage was last typed."""
    counted = [
        100 if action.status == ActionPlanAction.Status.DONE else action.progress
        for action in actions
        if action.status != ActionPlanAction.Status.ABANDONED
    ]
    if not counted:
        return None
    return round(sum(counted) / len(counted))


class ActionPlanPage(Page):
    """A multi-year action plan of a table. Its progress is computed from its actions."""

    start_year = models.PositiveSmallIntegerField(
        _("first year"), default=current_year, validators=year_validators()
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"), default=current_year, validators=year_validators()
    )
    objectives = RichTextField(_("objectives"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Period")),
        FieldPanel("objectives"),
        InlinePanel("actions", label=_("Actions"), heading=_("Actions")),
    ]

    parent_page_types = ["resources.ConcertationTablePage"]
    subpage_types = []
    template = "resources/tables/action_plan_page.html"

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The plan cannot end before it starts.")})

    @property
    def period(self):
        if self.start_year == self.end_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"

    @property
    def is_past(self):
        return self.end_year < current_year()

    @property
    def is_future(self):
        return self.start_year > current_year()

    @cached_property
    def action_list(self):
        return list(self.actions.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        actions = list(self.actions.select_related("responsible", "related_practice"))
        self.__dict__["action_list"] = actions
        context["actions"] = actions
        context["table"] = self.get_parent().specific
        return context

    @cached_property
    def progress(self):
        return plan_progress(self.action_list)

    @cached_property
    def status_counts(self):
        """[(status label, count)] for statuses that have actions, in workflow order."""
        counts = dict.fromkeys(ActionPlanAction.Status, 0)
        for action in self.action_list:
            counts[ActionPlanAction.Status(action.status)] += 1
        return [(status.label, count) for status, count in counts.items() if count]


class ActionPlanAction(TranslatableMixin, Orderable):
    """One action of a plan, carried by a member organization."""

    class Status(models.TextChoices):
        PLANNED = "prevue", _("Planned")
        IN_PROGRESS = "en-cours", _("In progress")
        DONE = "realisee", _("Completed")
        POSTPONED = "reportee", _("Postponed")
        ABANDONED = "abandonnee", _("Abandoned")

    plan = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    responsible = models.ForeignKey(
        "portal.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("responsible organization"),
    )
    partners = models.CharField(
        _("partners"),
        max_length=255,
        blank=True,
        help_text=_("Partner organizations, separated by commas."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("From 0 to 100. The plan's progress is computed from its actions."),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    related_practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("related practice"),
        help_text=_("A practice sheet this action builds on or produced."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("responsible"), FieldPanel("partners")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("progress"), FieldPanel("due_date")]),
        FieldPanel("related_practice"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.title

    @property
    def is_overdue(self):
        return (
            self.due_date is not None
            and self.due_date < timezone.localdate()
            and self.status in (self.Status.PLANNED, self.Status.IN_PROGRESS)
        )
