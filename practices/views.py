"""The public proposal form and its thank-you page."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale

from portal.notifications import queue_editor_notification
from portal.public_forms import rate_limited, record_submission, too_many

from .forms import PracticeProposalForm
from .models import PracticeIndexPage
from .proposals import create_proposal, notification

SCOPE = "practice-proposal"
LIMIT, WINDOW = 5, 3600  # accepted proposals per client per hour


def practice_index():
    index = PracticeIndexPage.objects.filter(locale=Locale.get_active()).first()
    if index is None:
        raise Http404(_("The practice section does not exist yet."))
    return index


@require_http_methods(["GET", "POST"])
def propose_practice(request):
    index = practice_index()
    status = 200
    if request.method == "POST":
        if rate_limited(request, SCOPE, LIMIT, WINDOW):
            return too_many(request, "practices/too_many.html", WINDOW, {"index": index})
        form = PracticeProposalForm(request.POST, request.FILES)
        if form.is_valid():
            with transaction.atomic():
                page = create_proposal(index, form.cleaned_data)
                edit_url = AdminURLFinder().get_edit_url(page) or ""
                subject, body = notification(
                    page, form.cleaned_data, request.build_absolute_uri(edit_url)
                )
                # Saved with the draft, sent after the commit: nothing depends on the mail.
                queue_editor_notification(subject, body)
            record_submission(request, SCOPE, WINDOW)
            return redirect("propose_practice_thanks")
        status = 400
    else:
        form = PracticeProposalForm()
    return render(
        request, "practices/propose_practice.html", {"form": form, "index": index}, status=status
    )


@require_GET
def propose_practice_thanks(request):
    return render(request, "practices/propose_practice_thanks.html", {"index": practice_index()})
