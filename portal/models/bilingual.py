from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class BilingualNameMixin(models.Model):
    """A French and an English name on one row, the label following the active language.

    Taxonomies are not translatable snippets: a translated page's many-to-many fields keep pointing
    at the source rows, so one row per term with two names keeps facets and labels simple
    (docs/decisions/0003-taxonomies-two-name-fields.md)."""

    name_fr = models.CharField(_("name (French)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        if (get_language() or "fr").startswith("en") and self.name_en:
            return self.name_en
        return self.name_fr
