from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class TaggedPageMixin(models.Model):
    """Territory, sector and age-group tags shared by every page type the faceted search reads.

    A page type joins the search by setting `search_type` (practice, story, resource, table) and
    describing its text through `get_search_summary` and `get_search_body`; extra facets (needs,
    verdict) come from `get_extra_facets`. See search/documents.py."""

    search_type = None
    # Extra facets whose values are a model's choices, shown by the search with their labels:
    # {facet name: TextChoices class}, e.g. {"kind": Kind}.
    search_facet_choices = {}

    whole_province = models.BooleanField(
        _("all of Québec"),
        default=False,
        help_text=_("Serves the whole province: shown for every territory."),
    )
    mrcs = ParentalManyToManyField(
        "portal.MRC",
        blank=True,
        related_name="+",
        verbose_name=_("MRCs and equivalent territories"),
        help_text=_("Regions follow from the MRCs."),
    )
    sectors = ParentalManyToManyField(
        "portal.Sector", blank=True, related_name="+", verbose_name=_("sectors")
    )
    age_groups = ParentalManyToManyField(
        "portal.AgeGroup", blank=True, related_name="+", verbose_name=_("age groups")
    )

    class Meta:
        abstract = True

    @classmethod
    def taxonomy_panel(cls, heading=None):
        return MultiFieldPanel(
            [
                FieldPanel("whole_province"),
                FieldPanel("mrcs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=heading or _("Territory, sectors and age groups"),
        )

    @cached_property
    def tagged_mrcs(self):
        return list(self.mrcs.select_related("region").order_by("region__code", "name_fr"))

    @cached_property
    def tagged_regions(self):
        regions = {mrc.region.code: mrc.region for mrc in self.tagged_mrcs}
        return [regions[code] for code in sorted(regions)]

    @cached_property
    def tagged_sectors(self):
        return list(self.sectors.all())

    @cached_property
    def tagged_age_groups(self):
        return list(self.age_groups.all())

    # What the search reads. Page types override these.
    def get_search_summary(self):
        return ""

    def get_search_body(self):
        return ""

    def get_extra_facets(self):
        """Facets beyond territory, sector and age group, as {name: [slugs]}. Known names:
        "need", "verdict" (bon-coup, mauvais-coup, mitige), "kind" (resource kind),
        "provider" (resource), "status" and "level" (table)."""
        return {}

    def get_search_expiry(self):
        """The date after which this page drops out of listings and search (None: never)."""
        return None
