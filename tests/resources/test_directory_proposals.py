"""Public proposal of a resource: one draft for the editors, never published by itself."""

import html

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

from resources.directory_site import configure_directory
from resources.models import ResourcePage
from tests.factories import mrc, need
from tests.production.support import png_bytes

from .directory_support import index

pytestmark = pytest.mark.django_db


def proposal(**changes):
    data = {
        "title": "Prêt de tables et de chaises",
        "kind": "materiel",
        "needs": [need("materiel").pk],
        "summary": "Nous prêtons 40 tables pliantes aux organismes du quartier.",
        "description": "Réservation deux semaines d'avance.\n\nTransport non inclus.",
        "provider_name": "Maison des jeunes de Magog",
        "mrcs": [mrc("450").pk],
        "cost": "gratuit",
        "eligibility_who": "Organismes communautaires",
        "access_url": "https://example.org/pret",
        "contact_email": "pret@example.org",
        "proposer_name": "Louise Gagnon",
        "proposer_email": "louise@example.org",
        "website_url": "",
    }
    data.update(changes)
    return data


def png():
    # A real image: a PNG header alone is refused (it could front anything).
    return SimpleUploadedFile("plan.png", png_bytes(), content_type="image/png")


def test_form_is_shown_in_both_languages(client, home):
    assert "Proposer une ressource" in client.get("/fr/proposer-une-ressource/").content.decode()
    assert "Propose a resource" in client.get("/en/propose-a-resource/").content.decode()


def test_proposal_creates_one_draft_and_emails_the_editors(
    client, home, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/proposer-une-ressource/", {**proposal(), "attachment": png()})

    assert response.status_code == 302
    assert response["Location"] == "/fr/proposer-une-ressource/merci/"
    page = ResourcePage.objects.get()
    assert not page.live
    assert page.get_parent().pk == index().pk
    assert page.get_latest_revision() is not None
    assert [n.slug for n in page.needs.all()] == ["materiel"]
    assert "Louise Gagnon <louise@example.org>" in page.editor_notes
    assert "<p>Réservation deux semaines d&#x27;avance.</p>" in page.description
    document = page.attachment
    assert document.collection.name == "Propositions"
    assert CollectionViewRestriction.objects.filter(collection=document.collection).exists()
    # Ours; Wagtail may also send its own moderation notice when the review workflow exists.
    ours = [m for m in mail.outbox if m.subject.startswith("Ressource proposée")]
    assert len(ours) == 1
    assert "Prêt de tables et de chaises" in ours[0].subject
    assert f"/admin/pages/{page.pk}/edit/" in ours[0].body
    assert "Merci de votre proposition" in client.get(response["Location"]).content.decode()
    # Readers never see it until an editor publishes it.
    assert client.get("/fr/ressources/prets-de-tables-et-de-chaises/").status_code == 404
    assert "Prêt de tables" not in client.get("/fr/ressources/").content.decode()


def test_proposal_goes_to_the_editorial_workflow_when_it_exists(client, home, editor):
    # The practices app's migration creates it; make sure it exists whatever the apps installed.
    workflow, created = Workflow.objects.get_or_create(name="Révision éditoriale")
    if created:
        task = GroupApprovalTask.objects.create(name="Relecture")
        task.groups.set([Group.objects.get(name="Éditeurs")])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    configure_directory(home)
    assert index().get_workflow() == workflow

    assert client.post("/fr/proposer-une-ressource/", proposal()).status_code == 302
    page = ResourcePage.objects.get()
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == workflow


def test_an_existing_proposals_collection_is_reused(client, home):
    root = Collection.get_first_root_node()
    existing = root.add_child(name="Propositions")
    client.post("/fr/proposer-une-ressource/", {**proposal(), "attachment": png()})
    assert get_document_model().objects.get().collection == existing
    assert Collection.objects.filter(name="Propositions").count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"needs": []}, "Champ requis."),
        ({"mrcs": []}, "Choisissez les MRC desservies"),
        ({"proposer_email": "pas-un-courriel"}, "Saisissez une adresse de courriel valide."),
        ({"website_url": "http://spam.example"}, "Ce formulaire n'a pas pu être accepté."),
    ],
)
def test_invalid_proposals_save_nothing(
    client, home, editor, changes, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/proposer-une-ressource/", proposal(**changes))
    assert response.status_code == 400
    assert message in html.unescape(response.content.decode())
    assert ResourcePage.objects.count() == 0
    assert mail.outbox == []


def test_a_file_that_lies_about_its_type_is_refused(client, home):
    fake = SimpleUploadedFile(
        "rapport.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = client.post("/fr/proposer-une-ressource/", {**proposal(), "attachment": fake})
    assert response.status_code == 400
    assert ResourcePage.objects.count() == 0
    assert get_document_model().objects.count() == 0


def test_too_many_proposals_get_a_429(client, home):
    for n in range(3):
        assert (
            client.post("/fr/proposer-une-ressource/", proposal(title=f"R {n}")).status_code == 302
        )
    response = client.post("/fr/proposer-une-ressource/", proposal(title="R 4"))
    assert response.status_code == 429
    assert ResourcePage.objects.count() == 3


def test_permissions_on_the_directory_for_editorial_groups(home):
    editors = Group.objects.get(name="Éditeurs").page_permissions.filter(page=index())
    contributors = Group.objects.get(name="Contributeurs").page_permissions.filter(page=index())
    assert {p.permission.codename for p in editors} == {"add_page", "change_page", "publish_page"}
    assert {p.permission.codename for p in contributors} == {"add_page", "change_page"}
