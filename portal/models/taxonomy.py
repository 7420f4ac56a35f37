from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.forms import TermForm

from .bilingual import BilingualNameMixin


class Term(BilingualNameMixin):
    """A term of a shared vocabulary. The slug never changes once created: facets, URLs and
    exports use it, whatever the language or a later rewording of the names."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier used in URLs and exports. Cannot be changed once saved."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    base_form_class = TermForm

    class Meta:
        abstract = True
        ordering = ["sort_order", "name_fr"]


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class AgeGroup(Term):
    all_ages = models.BooleanField(
        _("covers every age"),
        default=False,
        help_text=_("Content tagged with this group serves every age group."),
    )

    class Meta(Term.Meta):
        verbose_name = _("age group")
        verbose_name_plural = _("age groups")


class Need(Term):
    class Meta(Term.Meta):
        verbose_name = _("need")
        verbose_name_plural = _("needs")
