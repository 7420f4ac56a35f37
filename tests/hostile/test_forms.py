"""Every public form, posted hostile values in any field: never a 500; refused input comes back
as the form with its errors and saves nothing; accepted input is exactly one draft holding what
was typed.

Public forms (POST): the practice proposal, the resource proposal, the correction report (any
live page) and the language switch. Uploads are in test_uploads.py.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model

from practices.models import PracticePage
from resources.models import CorrectionReport, ResourcePage

# The valid submissions the forms' own tests use.
from tests.practices.test_proposal import valid_data as practice_proposal
from tests.resources.test_directory_proposals import proposal as resource_proposal

from .support import assert_not_a_server_error, assert_stays_on_site, hostile_value, text_of

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def fr(name, *args):
    with translation.override("fr"):
        return reverse(name, args=args)


def correction_report(**changes):
    return {"message": "Le montant a changé.", "email": "", "website_url": ""} | changes


# Form -> (its valid data, every field it reads, the model a submission creates).
FORMS = {
    "practice": (practice_proposal, [
        "title", "summary", "need", "description", "whole_province", "mrcs", "sectors",
        "age_groups", "contact_name", "contact_email", "website_url",
    ], PracticePage),
    "resource": (resource_proposal, [
        "title", "kind", "needs", "summary", "description", "provider_name", "whole_province",
        "mrcs", "sectors", "cost", "eligibility_who", "access_url", "contact_email",
        "proposer_name", "proposer_email", "website_url",
    ], ResourcePage),
    "report": (correction_report, ["message", "email", "website_url"], CorrectionReport),
}

DROP = object()
field_value = st.one_of(hostile_value, st.lists(hostile_value, min_size=2, max_size=4), st.just(DROP))


def mutations(fields):
    """Some fields replaced by hostile values, repeated or left out; the rest stay valid."""
    return st.dictionaries(st.sampled_from(fields), field_value, max_size=len(fields))


def apply(valid, changes):
    data = dict(valid)
    for name, value in changes.items():
        if value is DROP:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def last(value):
    """What Django reads from a repeated field: its last value."""
    return value[-1] if isinstance(value, list) else value


def shows_errors(response):
    html = response.content.decode()
    return 'role="alert"' in html or 'class="errorlist' in html


def url_for(form, site):
    if form == "practice":
        return fr("propose_practice")
    if form == "resource":
        return fr("propose_resource")
    return fr("report_correction", site["resources.ResourcePage"].pk)


@pytest.mark.parametrize("form", list(FORMS))
def test_hostile_submissions_are_refused_with_errors_or_saved_whole(client, site, form):
    valid, fields, model = FORMS[form]
    url = url_for(form, site)
    documents = get_document_model().objects.count()

    @FUZZ
    @given(changes=mutations(fields))
    def run(changes):
        cache.clear()  # the per-IP rate limit would refuse the later examples
        data = apply(valid(), changes)
        before = set(model.objects.values_list("pk", flat=True))
        response = client.post(url, data)
        where = f"{form} {changes!r}"
        assert_not_a_server_error(response, where)
        created = model.objects.exclude(pk__in=before)
        if response.status_code == 302:
            assert created.count() == 1, where
            saved = created.get()
            if form == "report":
                assert saved.message == last(data["message"]).strip(), where
            else:
                assert saved.title == last(data["title"]).strip(), where
                assert not saved.live, where  # a draft, for the editors
        else:
            assert response.status_code == 400, where
            assert shows_errors(response), where
            assert created.count() == 0, where
        assert get_document_model().objects.count() == documents, where

    run()


def test_valid_submissions_each_make_exactly_one_draft(client, site):
    for form, (valid, _fields, model) in FORMS.items():
        before = model.objects.count()
        response = client.post(url_for(form, site), valid())
        assert response.status_code == 302, (form, text_of(response)[:500])
        assert model.objects.count() == before + 1, form


@pytest.mark.parametrize("page_id", ["0", "99999999999999999999999", "9" * 400])
def test_reports_on_pages_that_do_not_exist_are_404s(client, home, page_id):
    response = client.post(f"/fr/signaler/{page_id}/", correction_report())
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
    assert not CorrectionReport.objects.exists()


@FUZZ
@given(language=hostile_value, next_url=hostile_value)
def test_the_language_switch_takes_any_value(client, db, language, next_url):
    response = client.post("/i18n/setlang/", {"language": language, "next": next_url})
    assert response.status_code in (204, 302), (language, next_url)
    assert_stays_on_site(response.get("Location", "/"))
    cookie = response.cookies.get("django_language")
    assert cookie is None or cookie.value in ("fr", "en", "fr-ca"), cookie
