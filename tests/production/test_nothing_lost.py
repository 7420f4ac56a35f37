"""Nothing a visitor sends is lost: not when the mail server is down, not when the process dies
between saving and notifying, and a failure while saving leaves nothing half-saved. The three
public forms, through real HTTP requests, a real SMTP refusal and a real SMTP server."""

import logging

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.models import PendingNotification
from practices.models import PracticePage
from resources.models import CorrectionReport, ResourcePage
from tests.practices.test_proposal import PDF, valid_data
from tests.resources.directory_support import make_resource, url
from tests.resources.test_directory_proposals import png, proposal

from .conftest import closed_port, use_object_storage

# Every test here posts to a public form, which needs the site.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


def propose_practice(client):
    response = client.post("/fr/proposer-une-pratique/", valid_data())
    return response, "Frigo communautaire de la gare", "Merci de votre proposition"


def propose_resource(client):
    response = client.post("/fr/proposer-une-ressource/", proposal())
    return response, "Prêt de tables et de chaises", "Merci de votre proposition"


def report_correction(client):
    page = make_resource("Programme de soutien aux initiatives sociales")
    response = client.post(f"/fr/signaler/{page.pk}/", {"message": "Le montant a changé."})
    assert response.status_code == 302
    assert response["Location"] == f"{url(page)}?signalement=merci#signaler"
    return response, "Programme de soutien aux initiatives sociales", "Votre signalement a été transmis"


FORMS = [propose_practice, propose_resource, report_correction]


def found_by_editors(client, editor, title):
    """Where an editor looks: proposals wait for their review on the dashboard, reports in the
    reports listing."""
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    reports = client.get("/admin/snippets/resources/correctionreport/?status=nouveau")
    client.logout()
    return title in dashboard or title in reports.content.decode()


@pytest.mark.parametrize("submit", FORMS, ids=lambda form: form.__name__)
def test_with_the_mail_server_down_the_submission_is_saved_and_its_notice_sent_later(
    submit, client, editor, mail_server_down, start_mail_server, caplog,
    django_capture_on_commit_callbacks,
):
    with (
        caplog.at_level(logging.ERROR, "maillage.notifications"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response, title, thanks = submit(client)

    assert response.status_code == 302
    assert thanks in client.get(response["Location"]).content.decode()
    assert found_by_editors(client, editor, title)
    assert any("Could not email editors" in r.getMessage() for r in caplog.records)
    pending = PendingNotification.objects.get()
    assert title in pending.subject
    assert pending.attempts == 1
    assert "ConnectionRefusedError" in pending.last_error

    # Listed for the technical team in the admin.
    client.force_login(editor.__class__.objects.create_superuser("root", "root@example.org", "pw"))
    listing = client.get("/admin/unsent_notifications/").content.decode()
    assert title in listing
    client.logout()

    sink = start_mail_server()
    call_command("retry_notifications")
    assert sink.subjects == [pending.subject]
    assert sink.messages[0]["To"] == "editrice@example.org"
    assert not PendingNotification.objects.exists()
    call_command("retry_notifications")  # again: nothing is sent twice
    assert len(sink.messages) == 1


@pytest.mark.parametrize("submit", FORMS, ids=lambda form: form.__name__)
def test_a_crash_after_saving_loses_neither_the_submission_nor_its_notice(
    submit, client, editor, start_mail_server, django_capture_on_commit_callbacks
):
    sink = start_mail_server()
    # The transaction commits; the process dies before anything after the commit runs.
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        response, title, _thanks = submit(client)
    assert response.status_code == 302
    assert after_commit  # the sending was left for after the commit, and never happened
    pending = PendingNotification.objects.get()
    assert title in pending.subject
    # (Wagtail's own moderation notice, if any, went out during the request.)
    assert pending.subject not in sink.subjects

    assert found_by_editors(client, editor, title)
    call_command("retry_notifications")
    assert sink.subjects.count(pending.subject) == 1
    assert not PendingNotification.objects.exists()


def practice_with_attachment(client):
    attachment = SimpleUploadedFile("bilan.pdf", PDF, content_type="application/pdf")
    return client.post("/fr/proposer-une-pratique/", valid_data(attachment=attachment))


def resource_with_attachment(client):
    return client.post("/fr/proposer-une-ressource/", {**proposal(), "attachment": png()})


@pytest.mark.parametrize(
    "submit", [practice_with_attachment, resource_with_attachment], ids=["practice", "resource"]
)
def test_file_storage_down_on_a_proposal_says_so_and_leaves_nothing_half_saved(
    submit, client, home, settings, django_capture_on_commit_callbacks
):
    use_object_storage(settings, f"http://127.0.0.1:{closed_port()}", "maillage-media")
    collections = Collection.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    assert response.status_code == 503
    assert "Stockage des fichiers indisponible" in response.content.decode()
    assert not PracticePage.objects.exists()
    assert not ResourcePage.objects.exists()
    assert not get_document_model().objects.exists()
    assert Collection.objects.count() == collections
    assert not PendingNotification.objects.exists()
    assert not CorrectionReport.objects.exists()


def test_a_notification_another_process_is_sending_is_not_sent_twice(editor, start_mail_server):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (DATABASE_URL=postgres://…)")
    import psycopg

    from portal.notifications import send_all_pending

    sink = start_mail_server()
    params = connection.settings_dict
    # Another app server: it committed a notification and is sending it (holds the row lock).
    other = psycopg.connect(
        dbname=params["NAME"], user=params["USER"], host=params["HOST"], port=params["PORT"]
    )
    row = None
    try:
        with other.transaction():
            row = other.execute(
                "INSERT INTO portal_pendingnotification (subject, body, created_at, attempts, "
                "last_error) VALUES ('Pratique proposée', 'Corps', now(), 0, '') RETURNING id"
            ).fetchone()
        with other.transaction():
            other.execute("SELECT id FROM portal_pendingnotification WHERE id = %s FOR UPDATE", row)
            assert send_all_pending() == (0, 1)  # skipped, not waited for, not sent
            other.execute("DELETE FROM portal_pendingnotification WHERE id = %s", row)  # sent there
        assert send_all_pending() == (0, 0)
        assert sink.messages == []
    finally:
        if row is not None:
            other.execute("DELETE FROM portal_pendingnotification WHERE id = %s", row)
            other.commit()
        other.close()
