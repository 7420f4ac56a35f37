"""Public views of the resource directory: correction reports, proposals, open-data exports."""

from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page

from portal.models import Organization
from portal.notifications import queue_editor_notification
from portal.public_forms import (
    rate_limited,
    record_submission,
    store_attachment,
    too_many,
    unique_slug,
)

from . import directory_export
from .directory_site import review_workflow
from .forms import CorrectionReportForm, ResourceProposalForm
from .models import CorrectionReport, ResourceIndexPage, ResourcePage

REPORT_LIMIT = (5, 3600)  # reports per client per hour
PROPOSAL_LIMIT = (3, 3600)
def admin_url(request, instance):
    url = AdminURLFinder().get_edit_url(instance)
    return request.build_absolute_uri(url) if url else ""


@require_http_methods(["GET", "POST"])
def report_correction(request, page_id):
    page = get_object_or_404(Page.objects.live().public().specific(), pk=page_id)
    if request.method == "GET":
        # Someone who followed or bookmarked the form's address gets the form, not an error.
        return render(
            request,
            "resources/report_correction.html",
            {"page": page, "report_form": CorrectionReportForm(), "open_form": True},
        )
    if rate_limited(request, "correction", *REPORT_LIMIT):
        return too_many(request, "resources/too_many.html", REPORT_LIMIT[1])
    form = CorrectionReportForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "resources/report_correction.html",
            {"page": page, "report_form": form},
            status=400,
        )
    with transaction.atomic():
        report = CorrectionReport.objects.create(
            page=page, message=form.cleaned_data["message"], email=form.cleaned_data["email"]
        )
        subject = _("Correction reported: %(title)s") % {"title": page.title}
        body = "\n\n".join(
            [
                page.full_url or page.url_path,
                form.cleaned_data["message"],
                _("Reporter: %(email)s") % {"email": report.email or "—"},
                admin_url(request, report),
            ]
        )
        # Saved with the report, sent after the commit: nothing depends on the mail.
        queue_editor_notification(subject, body)
    record_submission(request, "correction", REPORT_LIMIT[1])
    return redirect(f"{page.get_url(request)}?signalement=merci#signaler")


def create_proposal(index, data, attachment):
    """A draft resource under `index` with a revision, submitted for review when the editorial
    workflow exists."""
    document = store_attachment(data["title"], attachment) if attachment is not None else None
    provider = Organization.objects.filter(name__iexact=data["provider_name"].strip()).first()
    notes = [
        _("Proposed by %(name)s <%(email)s>.")
        % {"name": data["proposer_name"], "email": data["proposer_email"]},
    ]
    if data["provider_name"] and provider is None:
        notes.append(_("Organization named: %(name)s") % {"name": data["provider_name"]})
    page = ResourcePage(
        title=data["title"],
        slug=unique_slug(index, data["title"], "ressource"),
        locale=index.locale,
        live=False,
        kind=data["kind"],
        summary=data["summary"],
        description=linebreaks(escape(data["description"])) if data["description"] else "",
        provider=provider,
        whole_province=data["whole_province"],
        cost=data["cost"],
        eligibility_who=data["eligibility_who"],
        access_url=data["access_url"],
        contact_email=data["contact_email"],
        attachment=document,
        last_verified=timezone.localdate(),
        editor_notes="\n".join(notes),
    )
    page.needs.set(data["needs"])
    page.mrcs.set(data["mrcs"])
    page.sectors.set(data["sectors"])
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = review_workflow()
    if workflow is not None:
        workflow.start(page, None)
    return page


def propose_resource(request):
    index = ResourceIndexPage.objects.filter(locale=Locale.get_active()).first()
    if index is None:
        raise Http404(_("The resource directory does not exist yet."))
    if request.method == "POST":
        if rate_limited(request, "resource-proposal", *PROPOSAL_LIMIT):
            return too_many(request, "resources/too_many.html", PROPOSAL_LIMIT[1])
        form = ResourceProposalForm(request.POST, request.FILES)
        if form.is_valid():
            with transaction.atomic():
                page = create_proposal(index, form.cleaned_data, form.cleaned_data["attachment"])
                subject = _("Resource proposed: %(title)s") % {"title": page.title}
                body = "\n\n".join(
                    [
                        page.summary,
                        page.editor_notes,
                        admin_url(request, page),
                    ]
                )
                queue_editor_notification(subject, body)
            record_submission(request, "resource-proposal", PROPOSAL_LIMIT[1])
            return redirect("propose_resource_thanks")
        status = 400
    else:
        form = ResourceProposalForm()
        status = 200
    return render(
        request, "resources/propose_resource.html", {"form": form, "index": index}, status=status
    )


@require_GET
def propose_resource_thanks(request):
    index = ResourceIndexPage.objects.filter(locale=Locale.get_active()).first()
    return render(request, "resources/propose_resource_thanks.html", {"index": index})


@require_GET
def export_json(request):
    data = directory_export.as_hsds(request, Locale.get_active())
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="resources.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    directory_export.write_csv(response, request, Locale.get_active())
    return response
