"""The people behind the content, in a real browser: a visitor proposes a practice and an editor
finds it waiting for review; an editor edits and publishes a practice; a table coordinator
updates their plan and cannot touch another table."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group

from portal.notifications import EDITORS_GROUP
from resources.models.tables import plan_progress
from resources.tables_permissions import coordination_group_name

from .support import (
    live_french,
    model_or_none,
    page_url,
    results_count,
    screenshot,
    search_url,
    url_or_none,
)

pytestmark = pytest.mark.browser
PASSWORD = "Un mot de passe assez long 2026"


def tiny_pdf(text):
    """A real one-page PDF (catalog, page, font, content stream, cross-reference table)."""
    content = f"BT /F1 18 Tf 24 60 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def make_user(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/$"))


def publish(page):
    """Wagtail's page editor: open the footer's "More actions" menu, then "Publish"."""
    page.get_by_role("button", name=re.compile(r"Plus d.actions|More actions")).click()
    page.get_by_role("button", name=re.compile(r"^(Publier|Publish)$")).click()
    expect(
        page.locator(".messages .success, [data-w-messages-target] .success").first
    ).to_be_visible()


def test_a_proposal_with_an_attachment_reaches_the_editors_review_queue(
    page, tmp_path, django_user_model, mailoutbox
):
    editor = make_user(django_user_model, "editrice", EDITORS_GROUP)
    attachment = tmp_path / "fiche-frigo.pdf"
    attachment.write_bytes(tiny_pdf("Frigo partage de Saint-Camille"))
    title = "Frigo partagé du village de Saint-Camille"

    page.goto(url_or_none("propose_practice"))
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill(
        "Un frigo libre-service au dépanneur pour réduire le gaspillage."
    )
    page.locator("#id_need").fill(
        "Des invendus jetés chaque semaine alors que des familles manquent de denrées."
    )
    page.locator("#id_description").fill(
        "Le dépanneur et la municipalité gèrent un frigo ouvert à tous."
    )
    page.locator(".region-group summary", has_text="Estrie").click()
    page.get_by_label("Le Haut-Saint-François").check()
    page.locator("#id_contact_name").fill("Louise Tremblay")
    page.locator("#id_contact_email").fill("louise@example.org")
    page.locator("#id_attachment").set_input_files(attachment)
    page.get_by_role("button", name=re.compile("Envoyer")).click()

    expect(page).to_have_url(re.compile(re.escape(url_or_none("propose_practice_thanks")) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Merci")
    screenshot(page, "proposal-thanks")
    assert any(editor.email in message.to + message.bcc for message in mailoutbox)
    draft = model_or_none("practices.PracticePage").objects.get(title=title)
    assert not draft.live
    assert page.request.get(page_url(draft)).status == 404  # invisible to visitors

    log_in(page, editor.username)
    queue = page.get_by_role(
        "region", name=re.compile("En attente de votre vérification|Awaiting your review")
    )
    expect(queue.get_by_role("link", name=title)).to_be_visible()
    queue.get_by_role("link", name=title).click()
    expect(page.locator("#id_title")).to_have_value(title)
    # The editor can open the attached file, byte for byte what the visitor sent.
    document = draft.get_latest_revision_as_object().attachments[0].value["document"]
    download = page.request.get(document.url)
    assert download.ok and download.body() == attachment.read_bytes()


def test_an_editor_publishes_a_change_visible_on_the_site_and_in_search(page, django_user_model):
    editor = make_user(django_user_model, "editeur", EDITORS_GROUP)
    practice = live_french("practices.PracticePage")
    summary = "Une épicerie mobile zéphyrienne qui dessert les rangs isolés chaque semaine."

    log_in(page, editor.username)
    page.goto(f"/admin/pages/{practice.id}/edit/")
    page.locator("#id_summary").fill(summary)
    publish(page)

    page.goto(page_url(practice))
    expect(page.get_by_text(summary)).to_be_visible()
    page.goto(search_url(q="zephyrienne"))
    assert results_count(page) == 1
    expect(page.locator(".results").get_by_role("link", name=practice.title)).to_be_visible()
    expect(page.locator(".results")).to_contain_text("zéphyrienne")


def shown_progress(page):
    """The plan's overall progress as its page shows it ("75 % réalisé")."""
    text = page.locator("article > p .plan-progress__text").first.inner_text()
    return int(re.search(r"\d+", text).group())


def test_a_coordinator_updates_their_plan_and_cannot_edit_another_table(page, django_user_model):
    Table = model_or_none("resources.ConcertationTablePage")
    Plan = model_or_none("resources.ActionPlanPage")
    plan = next(p for p in Plan.objects.live().filter(locale__language_code="fr") if p.action_list)
    table = plan.get_parent().specific
    other = Table.objects.filter(locale__language_code="fr").exclude(pk=table.pk).first()
    coordinator = make_user(django_user_model, "coordo", coordination_group_name(table.title))

    page.goto(page_url(plan))
    before = shown_progress(page)

    log_in(page, coordinator.username)
    expect(page.locator(".coordinated-tables")).to_contain_text(table.title)
    page.goto(f"/admin/pages/{plan.id}/edit/")
    total = int(page.locator("input[name=actions-TOTAL_FORMS]").input_value())
    statuses = [page.locator(f"[name=actions-{i}-status]").input_value() for i in range(total)]
    index = next(i for i, status in enumerate(statuses) if status not in ("realisee", "abandonnee"))
    progress = page.locator(f"[name=actions-{index}-progress]")
    old = int(progress.input_value() or 0)
    new = 0 if old >= 50 else 100
    progress.fill(str(new))
    publish(page)

    expected = plan_progress(list(Plan.objects.get(pk=plan.pk).actions.all()))
    page.goto(page_url(plan))
    assert shown_progress(page) == expected != before
    screenshot(page, "plan-after-update")

    response = page.goto(f"/admin/pages/{other.id}/edit/")
    assert response.status == 403 or "/edit/" not in page.url
    expect(page.locator("input[name=title]")).to_have_count(0)
