"""The resources-by-need directory: what organizations can use right now (money, training,
coaching, premises, equipment, people), filed by the needs it answers."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from portal.models import Need, TaggedPageMixin

__all__ = [
    "CorrectionReport",
    "ResourceDeadline",
    "ResourceIndexPage",
    "ResourcePage",
    "STALE_AFTER_DAYS",
]

# A resource whose information nobody checked for a year is flagged to editors: a directory that
# goes stale loses its readers' trust.
STALE_AFTER_DAYS = 365


def stale_before(today=None):
    """Resources verified before this date are stale."""
    return (today or timezone.localdate()) - datetime.timedelta(days=STALE_AFTER_DAYS)


class ResourcePageQuerySet(PageQuerySet):
    def not_expired(self, today=None):
        """Drops shared offers whose availability ended. Decided at query time, so nothing has
        to run for an offer to leave the listings; it stays in the admin."""
        today = today or timezone.localdate()
        return self.filter(
            Q(is_shared_offer=False)
            | Q(available_until__isnull=True)
            | Q(available_until__gte=today)
        )

    def listed(self, locale=None, today=None):
        """What readers see in listings and exports: live, public, not expired, one language."""
        qs = self.live().public().not_expired(today)
        if locale is not None:
            qs = qs.filter(locale=locale)
        return qs

    def with_open_reports(self):
        return self.annotate(
            has_open_report=Exists(
                CorrectionReport.objects.filter(
                    page_id=OuterRef("pk"), status=CorrectionReport.Status.NEW
                )
            )
        )


ResourcePageManager = PageManager.from_queryset(ResourcePageQuerySet)


class ResourceIndexPage(Page):
    """The directory's entrance: one tile per need, then the newest resources."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    NEWEST_COUNT = 6

    class Meta:
        verbose_name = _("resource directory")

    def need_tiles(self):
        """Every need with the number of resources readers can see for it, in one query."""
        listed = ResourcePage.objects.listed(locale=self.locale_id)
        counts = dict(
            ResourcePage.needs.through.objects.filter(resourcepage__in=listed.values("pk"))
            .values_list("need_id")
            .annotate(total=Count("resourcepage_id", distinct=True))
        )
        return [{"need": need, "count": counts.get(need.id, 0)} for need in Need.objects.all()]

    def newest_resources(self):
        return (
            ResourcePage.objects.listed(locale=self.locale_id)
            .select_related("provider")
            .order_by("-first_published_at", "-pk")[: self.NEWEST_COUNT]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["need_tiles"] = self.need_tiles()
        context["newest_resources"] = self.newest_resources()
        return context


class StaleWarningPanel(HelpPanel):
    """Tells the editor, on the edit form, that the information needs checking or that readers
    reported something; shows nothing otherwise."""

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            page = self.instance
            return bool(page and page.pk and (page.is_stale or page.open_report_count))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["page"] = self.instance
            return context


class ResourcePage(TaggedPageMixin, Page):
    """One resource: a program, a training, a service, premises or equipment to share."""

    search_type = "resource"

    class Kind(models.TextChoices):
        TOOL = "outil-guide", _("Tool or guide")
        FUNDING = "financement", _("Funding")
        TRAINING = "formation", _("Training")
        SUPPORT = "accompagnement", _("Support or consulting service")
        PREMISES = "locaux", _("Premises")
        EQUIPMENT = "materiel", _("Equipment")
        HUMAN_RESOURCES = "ressources-humaines", _("Human resources")
        EXPERTISE = "expertise-mentorat", _("Expertise or mentoring")
        COMMUNITY = "communaute-pratique", _("Community of practice")

    # Only these can be offered for sharing (mutualisation) with an availability period.
    SHAREABLE_KINDS = (Kind.PREMISES, Kind.EQUIPMENT, Kind.HUMAN_RESOURCES)
    search_facet_choices = {"kind": Kind}

    class Cost(models.TextChoices):
        FREE = "gratuit", _("Free")
        PAID = "payant", _("Paid")
        VARIABLE = "variable", _("Variable")

    class Recurrence(models.TextChoices):
        ONCE = "ponctuel", _("One-time")
        YEARLY = "annuel", _("Every year")
        SEVERAL = "plusieurs-par-annee", _("Several calls a year")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    needs = ParentalManyToManyField(
        "portal.Need",
        related_name="resource_pages",
        verbose_name=_("needs it answers"),
    )
    provider = models.ForeignKey(
        "portal.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="provided_resources",
        verbose_name=_("provider"),
    )
    summary = models.CharField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in listings.")
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )

    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_details = models.CharField(_("cost details"), max_length=255, blank=True)
    eligibility_who = models.CharField(
        _("who can use it"),
        max_length=255,
        blank=True,
        help_text=_("For example: non-profit organizations of the Estrie region."),
    )
    eligibility_conditions = models.TextField(_("conditions"), blank=True)

    amount_min = models.PositiveIntegerField(_("minimum amount ($)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("maximum amount ($)"), null=True, blank=True)
    rolling_deadline = models.BooleanField(
        _("ongoing intake"), default=False, help_text=_("Applications accepted at any time.")
    )
    recurrence = models.CharField(
        _("recurrence"), max_length=30, choices=Recurrence.choices, blank=True
    )

    access_url = models.URLField(_("web page"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("attachment"),
    )

    is_shared_offer = models.BooleanField(
        _("offer to share"),
        default=False,
        help_text=_("Premises, equipment or staff offered for sharing (mutualisation)."),
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    available_until = models.DateField(
        _("available until"),
        null=True,
        blank=True,
        help_text=_("After this date the offer leaves the public listings (it stays here)."),
    )

    last_verified = models.DateField(
        _("information verified on"),
        default=timezone.localdate,
        help_text=_("Flagged for review when older than 12 months."),
    )
    editor_notes = models.TextField(
        _("editor notes"),
        blank=True,
        help_text=_("Never shown to readers (who proposed it, what to check)."),
    )

    objects = ResourcePageManager()

    content_panels = [
        *Page.content_panels,
        StaleWarningPanel(template="resources/admin/stale_warning_panel.html"),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
        FieldPanel("provider"),
        TaggedPageMixin.taxonomy_panel(),
        MultiFieldPanel(
            [
                FieldPanel("cost"),
                FieldPanel("cost_details"),
                FieldPanel("eligibility_who"),
                FieldPanel("eligibility_conditions"),
            ],
            heading=_("Cost and eligibility"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
                FieldPanel("rolling_deadline"),
                InlinePanel("deadlines", label=_("Deadlines")),
                FieldPanel("recurrence"),
            ],
            heading=_("Funding"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("access_url"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("attachment"),
            ],
            heading=_("How to access it"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_shared_offer"),
                FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
            ],
            heading=_("Sharing (premises, equipment, human resources)"),
        ),
        FieldPanel("last_verified"),
        FieldPanel("editor_notes"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("is_shared_offer"),
        index.FilterField("available_until"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            errors["amount_max"] = _("The maximum amount cannot be lower than the minimum.")
        if self.is_shared_offer and self.kind not in self.SHAREABLE_KINDS:
            errors["is_shared_offer"] = _(
                "Only premises, equipment or human resources can be offered for sharing."
            )
        if (
            self.available_from
            and self.available_until
            and self.available_from > self.available_until
        ):
            errors["available_until"] = _("The offer cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    # Reader-facing state
    @property
    def is_stale(self):
        return bool(self.last_verified) and self.last_verified < stale_before()

    @property
    def is_expired(self):
        expiry = self.get_search_expiry()
        return expiry is not None and expiry < timezone.localdate()

    @property
    def is_funding(self):
        return self.kind == self.Kind.FUNDING

    @cached_property
    def open_report_count(self):
        if not self.pk:
            return 0
        return CorrectionReport.objects.filter(
            page_id=self.pk, status=CorrectionReport.Status.NEW
        ).count()

    @cached_property
    def need_list(self):
        return list(self.needs.all())

    @cached_property
    def deadline_list(self):
        return list(self.deadlines.all())

    # The search contract (portal.models.TaggedPageMixin)
    def get_search_summary(self):
        return self.summary

    def get_search_body(self):
        parts = [
            self.summary,
            strip_tags(self.description or ""),
            self.eligibility_who,
            self.eligibility_conditions,
            self.cost_details,
            self.provider.name if self.provider_id else "",
            " ".join(need.name for need in self.need_list),
            self.get_kind_display(),
        ]
        return " ".join(part for part in parts if part)

    def get_extra_facets(self):
        # "provider" is not shown as a filter: the portrait counts distinct providers with it.
        return {
            "need": [need.slug for need in self.need_list],
            "kind": [self.kind],
            "provider": [str(self.provider_id)] if self.provider_id else [],
        }

    def get_search_expiry(self):
        return self.available_until if self.is_shared_offer else None


class ResourceDeadline(TranslatableMixin, Orderable):
    """A date by which applications must be in (funding programs)."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="deadlines")
    date = models.DateField(_("date"))
    label = models.CharField(
        _("label"), max_length=150, blank=True, help_text=_("For example: spring call.")
    )

    panels = [FieldPanel("date"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")
        ordering = ["sort_order", "date"]


class CorrectionReport(models.Model):
    """A reader saying that something on a page is wrong or outdated. Points at any page, so the
    table registry uses it too."""

    class Status(models.TextChoices):
        NEW = "nouveau", _("New")
        DONE = "traite", _("Handled")
        REJECTED = "rejete", _("Rejected")

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="correction_reports",
        verbose_name=_("page"),
    )
    message = models.TextField(_("what is wrong or outdated"), max_length=3000)
    email = models.EmailField(_("reporter's email"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created_at = models.DateTimeField(_("received on"), auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    notes = models.TextField(_("editor notes"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("correction report")
        verbose_name_plural = _("correction reports")

    def __str__(self):
        return f"{self.page.title} ({self.created_at:%Y-%m-%d})" if self.created_at else ""
