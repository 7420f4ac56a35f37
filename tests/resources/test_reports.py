"""“Signaler une information à corriger”: stored for editors, emailed to them, spam-proofed."""

import pytest

from django.core import mail

from resources.models import CorrectionReport

from .directory_support import make_resource, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def resource(home):
    return make_resource("Programme de soutien aux initiatives sociales")


def report(client, page, **data):
    return client.post(f"/fr/signaler/{page.pk}/", {"message": "Le montant a changé.", **data})


def test_report_reaches_the_admin_and_the_editors_inbox(
    client, admin_client, resource, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = report(client, resource, email="lecteur@example.org")

    assert response.status_code == 302
    assert response["Location"] == f"{url(resource)}?signalement=merci#signaler"
    saved = CorrectionReport.objects.get()
    assert (saved.page_id, saved.status, saved.email) == (
        resource.pk,
        "nouveau",
        "lecteur@example.org",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editrice@example.org"]
    assert "Programme de soutien aux initiatives sociales" in mail.outbox[0].subject
    assert "Le montant a changé." in mail.outbox[0].body
    assert f"/admin/snippets/resources/correctionreport/edit/{saved.pk}/" in mail.outbox[0].body

    thanks = client.get(response["Location"]).content.decode()
    assert "Votre signalement a été transmis" in thanks

    listing = admin_client.get("/admin/snippets/resources/correctionreport/?status=nouveau")
    assert "Programme de soutien aux initiatives sociales" in listing.content.decode()
    handled = admin_client.get("/admin/snippets/resources/correctionreport/?status=traite")
    assert "Programme de soutien aux initiatives sociales" not in handled.content.decode()


def test_a_mail_failure_never_loses_the_report(
    client, resource, editor, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.resources.no_such_module.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        response = report(client, resource)
    assert response.status_code == 302
    assert CorrectionReport.objects.count() == 1


def test_honeypot_refuses_and_saves_nothing(client, resource, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = report(client, resource, website_url="http://spam.example")
    assert response.status_code == 400
    assert CorrectionReport.objects.count() == 0
    assert mail.outbox == []


def test_an_empty_message_is_refused_with_the_form_again(client, resource):
    response = client.post(f"/fr/signaler/{resource.pk}/", {"message": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Votre signalement n’a pas pu être envoyé." in html
    assert "Champ requis." in html
    assert CorrectionReport.objects.count() == 0


def test_too_many_reports_get_a_429_in_french(client, resource):
    for _ in range(5):
        assert report(client, resource).status_code == 302
    response = report(client, resource)
    assert response.status_code == 429
    assert "Attendez une heure avant de réessayer." in response.content.decode()
    assert CorrectionReport.objects.count() == 5


def test_only_live_pages_can_be_reported(client, home):
    draft = make_resource("Brouillon", live=False)
    assert report(client, draft).status_code == 404
    assert client.post("/fr/signaler/999999/", {"message": "x"}).status_code == 404
    assert CorrectionReport.objects.count() == 0


def test_the_reports_address_opened_directly_shows_the_form(client, home):
    resource = make_resource("Locaux à partager")
    response = client.get(f"/fr/signaler/{resource.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="message"' in html and "Locaux à partager" in html
    assert "form-errors" not in html
    assert "<details open>" in html  # the form is the page's point: not folded away
    assert client.put(f"/fr/signaler/{resource.pk}/").status_code == 405
    assert CorrectionReport.objects.count() == 0


def test_any_live_page_can_be_reported_in_english(client, home):
    response = client.post(f"/en/report/{home.pk}/", {"message": "Typo in the introduction."})
    assert response.status_code == 302
    assert CorrectionReport.objects.get().page_id == home.pk


def test_a_resource_with_an_open_report_is_marked_in_the_admin(admin_client, resource, home):
    other = make_resource("Guide sans signalement", kind="outil-guide")
    CorrectionReport.objects.create(page=resource, message="Lien brisé")
    CorrectionReport.objects.create(page=other, message="Corrigé", status="traite")

    flagged = admin_client.get("/admin/resources/?open_report=true").content.decode()
    assert "Programme de soutien aux initiatives sociales" in flagged
    assert "Guide sans signalement" not in flagged
    assert "Signalement ouvert" in flagged

    edit = admin_client.get(f"/admin/pages/{resource.pk}/edit/").content.decode()
    assert "Une personne a signalé une information à corriger" in edit
