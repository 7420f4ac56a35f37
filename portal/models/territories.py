from django.db import models
from django.utils.translation import gettext_lazy as _

from .bilingual import BilingualNameMixin


class Region(BilingualNameMixin):
    """One of Québec's 17 administrative regions, keyed by its official two-digit code."""

    code = models.CharField(_("code"), max_length=2, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("administrative region")
        verbose_name_plural = _("administrative regions")

    def __str__(self):
        return f"{self.code} {self.name}"


class MRC(BilingualNameMixin):
    """An MRC or an equivalent territory (TE), keyed by its three-digit MAMH geographic code."""

    class Kind(models.TextChoices):
        MRC = "MRC", _("Regional county municipality (MRC)")
        TE = "TE", _("Equivalent territory (TE)")

    code = models.CharField(_("geographic code"), max_length=3, unique=True)
    code_sda = models.CharField(_("SDA code"), max_length=3, blank=True)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="mrcs", verbose_name=_("region")
    )
    kind = models.CharField(_("kind"), max_length=3, choices=Kind.choices, default=Kind.MRC)
    latitude = models.DecimalField(max_digits=7, decimal_places=4, null=True, blank=True)
    longitude = models.DecimalField(max_digits=7, decimal_places=4, null=True, blank=True)

    class Meta:
        ordering = ["region__code", "name_fr"]
        verbose_name = _("MRC or equivalent territory")
        verbose_name_plural = _("MRCs and equivalent territories")

    def __str__(self):
        return self.name
