from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .territories import MRC


class Organization(index.Indexed, models.Model):
    """An organization that carries practices, provides resources or sits on tables.

    Not translatable: an organization's name is a proper noun (docs/decisions/0004)."""

    class Kind(models.TextChoices):
        OBNL = "obnl", _("Non-profit organization (OBNL)")
        COOP = "coop", _("Cooperative")
        MUNICIPALITY = "municipalite", _("Municipality or MRC")
        HEALTH = "sante", _("Health and social services network")
        EDUCATION = "enseignement", _("Educational institution")
        BUSINESS = "entreprise", _("Business")
        PUBLIC = "public", _("Ministry or public body")
        OTHER = "autre", _("Other")

    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OBNL)
    mrc = models.ForeignKey(
        MRC,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organizations",
        verbose_name=_("MRC"),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("mrc"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.name
