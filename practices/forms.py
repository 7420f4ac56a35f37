"""The public proposal of a practice: anyone, without an account, describes a practice; editors
review the draft it becomes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import MRC, AgeGroup, Sector
from portal.public_forms import HoneypotFormMixin, validate_attachment


class RegionGroupedCheckboxes(forms.CheckboxSelectMultiple):
    """One folding list per region: 104 MRCs stay usable without JavaScript."""

    template_name = "practices/widgets/region_groups.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {"name": group, "options": options, "open": any(o["selected"] for o in options)}
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context


def mrc_choices():
    """MRCs grouped by administrative region, valued by their stable geographic code."""
    groups = {}
    for mrc in MRC.objects.select_related("region").order_by("region__code", "name_fr"):
        groups.setdefault(mrc.region, []).append((mrc.code, mrc.name))
    return [(region.name, items) for region, items in groups.items()]


class PracticeProposalForm(HoneypotFormMixin):
    title = forms.CharField(label=_("Name of the practice"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what it is and for whom."),
    )
    need = forms.CharField(
        label=_("The need or problem it answers"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    description = forms.CharField(
        label=_("What was done"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("How it works, who takes part, what it took, what came out of it."),
    )
    whole_province = forms.BooleanField(label=_("All of Québec"), required=False)
    mrcs = forms.MultipleChoiceField(
        label=_("MRCs where it takes place"),
        required=False,
        widget=RegionGroupedCheckboxes,
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    age_groups = forms.ModelMultipleChoiceField(
        label=_("Age groups"),
        queryset=AgeGroup.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=150)
    contact_email = forms.EmailField(
        label=_("Your email"),
        help_text=_("So that editors can reach you before publishing."),
    )
    attachment = forms.FileField(
        label=_("Document (optional)"),
        required=False,
        validators=[validate_attachment],
        help_text=_("PDF, DOCX, ODT or an image, up to 10 MB."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mrcs"].choices = mrc_choices()

    def clean_mrcs(self):
        return list(MRC.objects.filter(code__in=self.cleaned_data["mrcs"]))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("whole_province") and not cleaned.get("mrcs"):
            self.add_error(
                "mrcs", _("Choose the MRCs where it takes place, or check “All of Québec”.")
            )
        return cleaned
