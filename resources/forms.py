"""Public forms of the resource directory: correction reports (for any page) and proposals."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import MRC, Need, Sector
from portal.public_forms import HoneypotFormMixin, validate_attachment

from .models import ResourcePage


class CorrectionReportForm(HoneypotFormMixin):
    message = forms.CharField(
        label=_("What is wrong or outdated?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    email = forms.EmailField(
        label=_("Your email (optional)"),
        required=False,
        help_text=_("Only if you agree to be contacted about this report."),
    )


class ResourceProposalForm(HoneypotFormMixin):
    title = forms.CharField(label=_("Name of the resource"), max_length=255)
    kind = forms.ChoiceField(label=_("Kind"), choices=ResourcePage.Kind.choices)
    needs = forms.ModelMultipleChoiceField(
        label=_("Needs it answers"),
        queryset=Need.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences."),
    )
    description = forms.CharField(
        label=_("Description"), required=False, max_length=10000, widget=forms.Textarea
    )
    provider_name = forms.CharField(
        label=_("Organization offering it"), max_length=255, required=False
    )
    whole_province = forms.BooleanField(label=_("Available across Québec"), required=False)
    mrcs = forms.ModelMultipleChoiceField(
        label=_("MRCs served"),
        queryset=MRC.objects.select_related("region"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    cost = forms.ChoiceField(label=_("Cost"), choices=ResourcePage.Cost.choices)
    eligibility_who = forms.CharField(label=_("Who can use it"), max_length=255, required=False)
    access_url = forms.URLField(label=_("Web page"), required=False, assume_scheme="https")
    contact_email = forms.EmailField(label=_("Contact email for the resource"), required=False)
    attachment = forms.FileField(
        label=_("Document (optional)"),
        required=False,
        validators=[validate_attachment],
        help_text=_("PDF, DOCX, ODT or an image, up to 10 MB."),
    )
    proposer_name = forms.CharField(label=_("Your name"), max_length=150)
    proposer_email = forms.EmailField(
        label=_("Your email"), help_text=_("So that editors can reach you. Never published.")
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("whole_province") and not cleaned.get("mrcs"):
            self.add_error("mrcs", _("Choose the MRCs served, or check “Available across Québec”."))
        return cleaned
