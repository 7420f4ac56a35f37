"""Practice sheets ("fiches de pratique") and case stories ("bons et mauvais coups").

Both page types share their taxonomy and their search contract through portal's TaggedPageMixin;
what they add in common (summary, organizations, contact) lives in SheetPage."""

from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.models import MRC, TaggedPageMixin
from portal.pagination import paginate

from .blocks import AttachmentBlock, IndicatorBlock, NarrativeBlock

PER_PAGE = 20


class Status(models.TextChoices):
    ONGOING = "en-cours", _("Ongoing")
    FINISHED = "termine", _("Finished")
    ABANDONED = "abandonne", _("Abandoned")


class Phase(models.TextChoices):
    EMERGENCE = "emergence", _("Emergence")
    EXPERIMENTATION = "experimentation", _("Experimentation")
    APPROPRIATION = "appropriation", _("Appropriation")
    DIFFUSION = "diffusion", _("Diffusion and transfer")


class Evidence(models.TextChoices):
    TESTIMONY = "temoignage", _("Testimonies")
    MONITORING = "donnees-suivi", _("Monitoring data")
    INTERNAL = "evaluation-interne", _("Internal evaluation")
    EXTERNAL = "evaluation-externe", _("External evaluation")


class Verdict(models.TextChoices):
    SUCCESS = "bon-coup", _("Success")
    FAILURE = "mauvais-coup", _("Failure")
    MIXED = "mitige", _("Mixed result")


def related_practices_field():
    return StreamField(
        [
            (
                "practice",
                blocks.PageChooserBlock(page_type="practices.PracticePage", label=_("Practice")),
            )
        ],
        blank=True,
        verbose_name=_("related practices"),
    )


def plain(html):
    return strip_tags(html or "").replace("\xa0", " ")


def stream_text(stream):
    """The words of a NarrativeBlock stream, read from its raw data (no query for images or
    documents)."""
    parts = []
    for item in stream.raw_data:
        value = item.get("value")
        if isinstance(value, str):
            parts.append(plain(value))
        elif isinstance(value, dict):
            parts.extend(
                str(value[key])
                for key in ("text", "attribution", "caption", "label")
                if value.get(key)
            )
    return " ".join(part for part in parts if part)


def live_pages(stream, model):
    """The live pages a page-chooser stream points at, in the editor's order, read in one query
    with their locale (their URLs need it)."""
    ids = [item["value"] for item in stream.raw_data if isinstance(item.get("value"), int)]
    if not ids:
        return []
    found = model.objects.live().filter(id__in=ids).select_related("locale").in_bulk()
    return [found[page_id] for page_id in ids if page_id in found]


class SheetPage(TaggedPageMixin, Page):
    """What practices and stories share: a summary, the organizations behind them and a contact."""

    summary = models.CharField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    carrier = models.ForeignKey(
        "portal.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("carrier organization"),
    )
    partners = ParentalManyToManyField(
        "portal.Organization", blank=True, related_name="+", verbose_name=_("partners")
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        abstract = True

    @classmethod
    def organizations_panel(cls):
        return MultiFieldPanel(
            [FieldPanel("carrier"), FieldPanel("partners")],
            heading=_("Organizations"),
        )

    @classmethod
    def contact_panel(cls):
        return MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        )

    @property
    def shows_organizations(self):
        """False when the page must not name who carried it (anonymised stories)."""
        return True

    @cached_property
    def partner_list(self):
        return list(self.partners.all())

    @property
    def public_carrier(self):
        return self.carrier if self.shows_organizations else None

    @property
    def public_partners(self):
        return self.partner_list if self.shows_organizations else []

    @property
    def has_public_contact(self):
        return self.shows_organizations and any(
            (self.contact_name, self.contact_email, self.contact_phone)
        )

    def organization_names(self):
        if not self.shows_organizations:
            return []
        names = [self.carrier.name] if self.carrier_id and self.carrier else []
        return names + [partner.name for partner in self.partner_list]

    def get_search_summary(self):
        return self.summary

    def structured_data(self, request=None):
        """schema.org data for the page's JSON-LD block."""
        data = {
            "@context": "https://schema.org",
            "name": self.title,
            "description": self.summary,
            "inLanguage": f"{self.locale.language_code}-CA",
            "url": self.get_full_url(request),
            "keywords": [term.name for term in self.tagged_sectors + self.tagged_age_groups],
        }
        places = [region.name for region in self.tagged_regions] + [
            mrc.name for mrc in self.tagged_mrcs
        ]
        if self.whole_province:
            places.insert(0, "Québec")
        if places:
            data["spatialCoverage"] = [{"@type": "Place", "name": name} for name in places]
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.date().isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.date().isoformat()
        if self.public_carrier:
            data["creator"] = {"@type": "Organization", "name": self.public_carrier.name}
        if self.public_partners:
            data["contributor"] = [
                {"@type": "Organization", "name": partner.name} for partner in self.public_partners
            ]
        return data


def newest_live(model, locale_id):
    """The newest live pages of `model` in one language, with what their cards show loaded in a
    fixed number of queries."""
    return (
        model.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .select_related("carrier")
        .prefetch_related(
            Prefetch(
                "mrcs",
                queryset=MRC.objects.select_related("region").order_by("region__code", "name_fr"),
            ),
            "sectors",
            "age_groups",
        )
        .order_by("-first_published_at", "-pk")
    )


def paginated_cards(request, queryset):
    items = paginate(request, queryset, PER_PAGE)
    for page in items.object_list:
        # Fill the tag properties from the prefetched rows instead of one query per card.
        mrcs = list(page.mrcs.all())
        regions = {mrc.region.code: mrc.region for mrc in mrcs}
        page.tagged_mrcs = mrcs
        page.tagged_regions = [regions[code] for code in sorted(regions)]
        page.tagged_sectors = list(page.sectors.all())
        page.tagged_age_groups = list(page.age_groups.all())
    return items


class PracticeIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = paginated_cards(request, newest_live(PracticePage, self.locale_id))
        return context


class PracticePage(SheetPage):
    """A practice sheet another organization can judge and reproduce."""

    search_type = "practice"

    need = models.TextField(
        _("need or problem"),
        blank=True,
        help_text=_("The need or problem in the community that the practice answers."),
    )
    description = StreamField(NarrativeBlock(), blank=True, verbose_name=_("description"))
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, help_text=_("Leave empty while it is ongoing.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ONGOING
    )
    phase = models.CharField(
        _("innovation phase"), max_length=20, choices=Phase.choices, blank=True
    )
    resources_people = models.TextField(_("people"), blank=True)
    resources_money = models.TextField(_("money"), blank=True)
    resources_material = models.TextField(_("material"), blank=True)
    resources_premises = models.TextField(_("premises"), blank=True)
    indicators = StreamField(
        [("indicator", IndicatorBlock())], blank=True, verbose_name=_("results (indicators)")
    )
    evidence = models.CharField(
        _("evidence level"), max_length=20, choices=Evidence.choices, blank=True
    )
    what_worked = models.TextField(_("what worked"), blank=True)
    what_did_not_work = models.TextField(_("what did not work"), blank=True)
    do_differently = models.TextField(_("what we would do differently"), blank=True)
    transfer_conditions = models.TextField(
        _("conditions to reproduce it"),
        blank=True,
        help_text=_("What another organization needs to reproduce it elsewhere (“clé en main”)."),
    )
    attachments = StreamField(
        [("attachment", AttachmentBlock())], blank=True, verbose_name=_("attachments")
    )
    related_practices = related_practices_field()
    related_resources = StreamField(
        [
            (
                "resource",
                blocks.PageChooserBlock(page_type="resources.ResourcePage", label=_("Resource")),
            )
        ],
        blank=True,
        verbose_name=_("related resources"),
    )

    search_fields = [
        *SheetPage.search_fields,
        index.SearchField("need"),
        index.SearchField("description"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not_work"),
        index.SearchField("transfer_conditions"),
        index.FilterField("status"),
        index.FilterField("phase"),
    ]

    sheet_panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("need"),
        FieldPanel("description"),
    ]
    context_panels = [
        SheetPage.organizations_panel(),
        TaggedPageMixin.taxonomy_panel(),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("phase")]),
            ],
            heading=_("Period, status and phase"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("resources_people"),
                FieldPanel("resources_money"),
                FieldPanel("resources_material"),
                FieldPanel("resources_premises"),
            ],
            heading=_("Resources it took"),
        ),
    ]
    results_panels = [
        FieldPanel("indicators"),
        FieldPanel("evidence"),
        MultiFieldPanel(
            [
                FieldPanel("what_worked"),
                FieldPanel("what_did_not_work"),
                FieldPanel("do_differently"),
            ],
            heading=_("Lessons learned"),
        ),
        FieldPanel("transfer_conditions"),
    ]
    links_panels = [
        SheetPage.contact_panel(),
        FieldPanel("attachments"),
        FieldPanel("related_practices"),
        FieldPanel("related_resources"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(sheet_panels, heading=_("Practice")),
            ObjectList(context_panels, heading=_("Context")),
            ObjectList(results_panels, heading=_("Results and lessons")),
            ObjectList(links_panels, heading=_("Contact and links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    @property
    def period(self):
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return f"{self.start_year}–"
        return ""

    @property
    def has_lessons(self):
        return any((self.what_worked, self.what_did_not_work, self.do_differently))

    @property
    def has_resources(self):
        return any(
            (
                self.resources_people,
                self.resources_money,
                self.resources_material,
                self.resources_premises,
            )
        )

    @cached_property
    def visible_related_practices(self):
        return live_pages(self.related_practices, PracticePage)

    @cached_property
    def visible_related_resources(self):
        from resources.models import ResourcePage

        return live_pages(self.related_resources, ResourcePage)

    def get_search_body(self):
        indicators = [
            " ".join(str(v) for v in item["value"].values() if v)
            for item in self.indicators.raw_data
            if isinstance(item.get("value"), dict)
        ]
        return " ".join(
            part
            for part in [
                self.need,
                stream_text(self.description),
                self.resources_people,
                self.resources_money,
                self.resources_material,
                self.resources_premises,
                *indicators,
                self.what_worked,
                self.what_did_not_work,
                self.do_differently,
                self.transfer_conditions,
                *self.organization_names(),
            ]
            if part
        )

    def get_extra_facets(self):
        # "status" is the tables' facet (active/inactive); a practice's status is not filtered.
        return {}

    def structured_data(self, request=None):
        data = {**super().structured_data(request), "@type": "CreativeWork"}
        data["abstract"] = self.summary
        if self.start_year:
            data["temporalCoverage"] = f"{self.start_year}/{self.end_year or '..'}"
        return data


class CaseStoryIndexPage(Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.CaseStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = newest_live(CaseStoryPage, self.locale_id)
        # Only known verdicts filter; anything else shows every story rather than an error.
        verdict = request.GET.get("verdict", "")
        if verdict not in Verdict.values:
            verdict = ""
        if verdict:
            stories = stories.filter(verdict=verdict)
        context["stories"] = paginated_cards(request, stories)
        context["verdict"] = verdict
        context["verdicts"] = Verdict.choices
        return context


class CaseStoryPage(SheetPage):
    """A success or a failure told so that others can learn from it. Failures are first-class:
    they list and search exactly like successes."""

    search_type = "story"

    verdict = models.CharField(_("verdict"), max_length=20, choices=Verdict.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    body = StreamField(NarrativeBlock(), blank=True, verbose_name=_("story"))
    root_causes = models.TextField(
        _("root causes"), blank=True, help_text=_("What caused the outcome.")
    )
    lessons = models.TextField(_("lessons drawn"), blank=True)
    do_differently = models.TextField(_("what we would do differently"), blank=True)
    related_practices = related_practices_field()
    anonymised = models.BooleanField(
        _("anonymised"),
        default=False,
        help_text=_(
            "Hide the organizations and the contact from readers: on the page, in search results, "
            "feeds and exports. Editors still see them here."
        ),
    )

    search_fields = [
        *SheetPage.search_fields,
        index.SearchField("body"),
        index.SearchField("root_causes"),
        index.SearchField("lessons"),
        index.FilterField("verdict"),
    ]

    story_panels = [
        FieldPanel("title"),
        FieldPanel("verdict"),
        FieldPanel("summary"),
        FieldPanel("year"),
        FieldPanel("body"),
        FieldPanel("root_causes"),
        FieldPanel("lessons"),
        FieldPanel("do_differently"),
    ]
    context_panels = [
        TaggedPageMixin.taxonomy_panel(),
        FieldPanel("anonymised"),
        SheetPage.organizations_panel(),
        SheetPage.contact_panel(),
        FieldPanel("related_practices"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(story_panels, heading=_("Story")),
            ObjectList(context_panels, heading=_("Context and links")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["practices.CaseStoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case story")
        verbose_name_plural = _("case stories")

    @property
    def shows_organizations(self):
        return not self.anonymised

    @property
    def verdict_badge(self):
        return {
            Verdict.SUCCESS: "badge--success",
            Verdict.FAILURE: "badge--danger",
            Verdict.MIXED: "badge--warning",
        }.get(self.verdict, "")

    @cached_property
    def visible_related_practices(self):
        return live_pages(self.related_practices, PracticePage)

    def get_search_body(self):
        return " ".join(
            part
            for part in [
                stream_text(self.body),
                self.root_causes,
                self.lessons,
                self.do_differently,
                *self.organization_names(),
            ]
            if part
        )

    def get_extra_facets(self):
        return {"verdict": [self.verdict]}

    def structured_data(self, request=None):
        data = {**super().structured_data(request), "@type": "Article", "headline": self.title}
        data["articleSection"] = str(self.get_verdict_display())
        if "creator" in data:
            data["author"] = data.pop("creator")
        return data
