import io
import zipfile
from html import unescape

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from practices.models import PracticePage

pytestmark = pytest.mark.django_db

URL = "/fr/proposer-une-pratique/"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def editor(django_user_model, home):
    user = django_user_model.objects.create_user(
        "editrice", "editrice@example.org", "pw", is_active=True
    )
    user.groups.add(Group.objects.get(name="Éditeurs"))
    return user


def valid_data(**changes):
    data = {
        "title": "Frigo communautaire de la gare",
        "summary": "Un frigo en libre-service où commerces et citoyens déposent leurs surplus.",
        "need": "Des invendus jetés chaque soir alors que des familles manquent de nourriture.",
        "description": "Le frigo est nettoyé chaque jour par des bénévoles.\n\nUn registre "
        "suit les dépôts.",
        "mrcs": ["430"],
        "sectors": [],
        "age_groups": [],
        "contact_name": "Nadia Roy",
        "contact_email": "nadia@example.org",
        "website_url": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_the_form_is_at_its_translated_addresses(home, client):
    french = client.get(URL)
    assert french.status_code == 200
    html = french.content.decode()
    assert "Proposer une pratique" in html and "Tout le Québec" in html
    assert "<summary>Estrie</summary>" in html  # MRCs grouped by region
    english = client.get("/en/propose-a-practice/")
    assert english.status_code == 200
    assert "Propose a practice" in english.content.decode()


def test_a_valid_proposal_becomes_one_draft_in_review_and_tells_the_editors(
    editor, client, django_capture_on_commit_callbacks
):
    attachment = SimpleUploadedFile("bilan.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL, valid_data(attachment=attachment, sectors=[], whole_province="on")
        )
    assert response.status_code == 302
    assert response["Location"] == "/fr/proposer-une-pratique/merci/"
    assert "Merci de votre proposition" in client.get(response["Location"]).content.decode()

    page = PracticePage.objects.get()
    assert not page.live
    assert page.locale.language_code == "fr"
    assert page.get_parent().specific_class.__name__ == "PracticeIndexPage"
    assert page.whole_province and [m.code for m in page.mrcs.all()] == ["430"]
    assert page.latest_revision is not None
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == "Révision éditoriale"
    assert "bénévoles" in page.description[0].value.source

    document = get_document_model().objects.get()
    assert document.collection.name == "Propositions"
    assert CollectionViewRestriction.objects.filter(collection=document.collection).exists()
    assert page.attachments[0].value["document"] == document
    # Nobody outside the admin can download an attachment nobody reviewed yet.
    assert client.get(document.url).status_code in (302, 403)

    assert client.get(f"/fr/pratiques/{page.slug}/").status_code == 404

    # One email: ours, which says who proposed it (Wagtail's own notice would be a second one).
    assert len(mail.outbox) == 1
    ours = [m for m in mail.outbox if m.subject.startswith("Pratique proposée")]
    assert len(ours) == 1
    assert ours[0].to == ["editrice@example.org"]
    assert "Frigo communautaire de la gare" in ours[0].subject
    assert "Nadia Roy <nadia@example.org>" in ours[0].body
    assert f"/admin/pages/{page.id}/edit/" in ours[0].body


def test_a_mail_failure_does_not_lose_the_proposal(
    editor, client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, valid_data())
    assert response.status_code == 302
    assert PracticePage.objects.filter(live=False).count() == 1


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.txt", "not a pdf")
    return buffer.getvalue()


def big_pdf():
    return SimpleUploadedFile(
        "rapport.pdf", PDF + b"0" * (10 * 1024 * 1024), content_type="application/pdf"
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "", "summary": ""}, "Nom de la pratique\u00a0: Champ requis."),
        ({"contact_email": "pas-un-courriel"}, "Saisissez une adresse de courriel valide."),
        ({"mrcs": [], "whole_province": None}, "ou cochez «\u202fTout le Québec\u202f»"),
        (
            {"attachment": lambda: SimpleUploadedFile("outil.exe", b"MZ\x90\x00" * 64)},
            "Ce type de fichier n'est pas accepté",
        ),
        (
            {"attachment": lambda: SimpleUploadedFile("rapport.pdf", b"MZ\x90\x00" * 64)},
            "Le contenu du fichier ne correspond pas",
        ),
        (
            {"attachment": lambda: SimpleUploadedFile("rapport.pdf", zip_bytes())},
            "Le contenu du fichier ne correspond pas",
        ),
        ({"attachment": big_pdf}, "Le fichier est trop volumineux"),
        ({"website_url": "http://spam.example"}, "Ce formulaire n'a pas pu être accepté"),
    ],
    ids=["missing", "email", "territory", "type", "executable-pdf", "zip-pdf", "size", "honeypot"],
)
def test_an_invalid_proposal_saves_nothing_and_says_why(home, client, changes, message):
    changes = {key: value() if callable(value) else value for key, value in changes.items()}
    response = client.post(URL, valid_data(**changes))
    assert response.status_code == 400
    text = unescape(response.content.decode())
    assert "La proposition n'a pas pu être envoyée" in text
    assert message in text
    assert PracticePage.objects.count() == 0
    assert get_document_model().objects.count() == 0
    assert len(mail.outbox) == 0


def test_too_many_proposals_from_one_address_get_a_429(home, client):
    for number in range(5):
        response = client.post(URL, valid_data(title=f"Pratique proposée {number}"))
        assert response.status_code == 302
    response = client.post(URL, valid_data(title="Une de trop"))
    assert response.status_code == 429
    assert "Vous avez envoyé plusieurs propositions en peu de temps" in response.content.decode()
    assert PracticePage.objects.count() == 5
    # Another address is not affected.
    other = client.post(URL, valid_data(title="Autre poste"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_english_proposal_lands_in_the_english_section(home, client):
    response = client.post("/en/propose-a-practice/", valid_data())
    assert response.status_code == 302
    page = PracticePage.objects.get()
    assert page.locale.language_code == "en"
    assert page.get_parent().slug == "practices"
    assert client.get(f"/en/practices/{page.slug}/").status_code == 404
