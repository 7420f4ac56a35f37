"""What an anonymous visitor can reach: only live, unrestricted pages in their published version;
no admin view, no preview, no private document."""

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver

from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, PageViewRestriction

from portal.public_forms import proposals_collection
from practices.models import PracticeIndexPage, PracticePage
from tests.practices.conftest import url_of

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% DOCUMENT-PRIVE-7Q\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


def draft_practice(index, title, summary):
    page = PracticePage(
        title=title, slug=title.lower().replace(" ", "-"), summary=summary, live=False
    )
    index.add_child(instance=page)
    page.save_revision()
    return page


def restrict(page, kind, **fields):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Éditeurs")])
    return restriction


@pytest.fixture
def pages(home, make_practice):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    draft = draft_practice(index, "Pratique jamais publiee", "RESUME-BROUILLON-3K")

    changed = make_practice(title="Pratique modifiee", summary="Le texte publié de la pratique.")
    changed.summary = "TEXTE-NON-PUBLIE-9X"
    changed.save_revision()

    by_password = make_practice(title="Pratique par mot de passe", summary="SECRET-MOT-DE-PASSE")
    restrict(by_password, PageViewRestriction.PASSWORD, password="ouvre-toi")
    by_login = make_practice(title="Pratique pour les membres", summary="SECRET-CONNEXION")
    restrict(by_login, PageViewRestriction.LOGIN)
    by_group = make_practice(title="Pratique des editeurs", summary="SECRET-GROUPE")
    restrict(by_group, PageViewRestriction.GROUPS)
    return {
        "draft": draft,
        "changed": changed,
        "password": by_password,
        "login": by_login,
        "group": by_group,
    }


def sent_to_sign_in(response):
    """Wagtail's answer to a visitor without the right: its front-end sign-in page."""
    return response.status_code == 302 and response["Location"].startswith("/fr/_util/login/")


def test_a_page_never_published_is_not_found(client, pages):
    draft = pages["draft"]
    response = client.get(f"/fr/pratiques/{draft.slug}/")
    assert response.status_code == 404
    assert "RESUME-BROUILLON-3K" not in response.content.decode()
    assert "Pratique jamais publiee" not in client.get("/fr/pratiques/").content.decode()


def test_a_page_with_unpublished_changes_shows_only_its_live_version(client, pages):
    changed = PracticePage.objects.get(pk=pages["changed"].pk)
    assert changed.has_unpublished_changes

    response = client.get(url_of(changed))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Le texte publié de la pratique." in html
    assert "TEXTE-NON-PUBLIE-9X" not in html
    assert "TEXTE-NON-PUBLIE-9X" not in client.get("/fr/pratiques/").content.decode()


def test_a_password_protected_page_asks_for_the_password_and_shows_nothing_else(client, pages):
    page = pages["password"]
    response = client.get(url_of(page))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="password"' in html
    assert "SECRET-MOT-DE-PASSE" not in html

    restriction = PageViewRestriction.objects.get(page=page)
    wrong = client.post(
        f"/_util/authenticate_with_password/{restriction.id}/{page.id}/",
        {"password": "devine", "return_url": url_of(page)},
    )
    assert "SECRET-MOT-DE-PASSE" not in wrong.content.decode()
    assert "SECRET-MOT-DE-PASSE" not in client.get(url_of(page)).content.decode()


def test_login_and_group_restricted_pages_send_anonymous_visitors_to_sign_in(client, pages):
    for name in ("login", "group"):
        response = client.get(url_of(pages[name]))
        assert sent_to_sign_in(response), name
        assert "SECRET" not in response.content.decode(), name


def test_a_group_restricted_page_is_refused_to_a_member_of_another_group(
    client, pages, django_user_model
):
    contributor = django_user_model.objects.create_user("contributrice", "c@example.org", "pw")
    contributor.groups.add(Group.objects.get(name="Contributeurs"))
    client.force_login(contributor)
    response = client.get(url_of(pages["group"]))
    assert response.status_code in (302, 403)
    assert "SECRET-GROUPE" not in response.content.decode()
    # The control: a member of the group reads it.
    editor = django_user_model.objects.create_user("editrice", "e@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(editor)
    assert "SECRET-GROUPE" in client.get(url_of(pages["group"])).content.decode()


def test_a_page_under_a_restricted_section_is_restricted_too(client, home, make_practice):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    child = make_practice(title="Pratique de la section fermee", summary="SECRET-SECTION")
    restrict(index, PageViewRestriction.LOGIN)

    response = client.get(url_of(child))

    assert sent_to_sign_in(response)
    assert "SECRET-SECTION" not in response.content.decode()


def test_restricted_pages_stay_out_of_listings_and_the_page_cache(client, pages, page_cache):
    listing = client.get("/fr/pratiques/").content.decode()
    for secret in ("SECRET-MOT-DE-PASSE", "SECRET-CONNEXION", "SECRET-GROUPE"):
        assert secret not in listing
    # A member reads the group page; the next anonymous visitor must not get that copy.
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user("editrice", "e@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    member = client.__class__()
    member.force_login(editor)
    assert "SECRET-GROUPE" in member.get(url_of(pages["group"])).content.decode()
    anonymous = client.get(url_of(pages["group"]))
    assert sent_to_sign_in(anonymous)
    assert "SECRET-GROUPE" not in anonymous.content.decode()


# --- The admin --------------------------------------------------------------------------------

# Reachable without signing in, by design: the sign-in and password-reset forms and the
# translations and icons they use.
PUBLIC_ADMIN_ROUTES = {
    "admin/login/",
    "admin/logout/",
    "admin/password_reset/",
    "admin/password_reset/done/",
    "admin/password_reset/complete/",
    "admin/jsi18n/",
    "admin/localize/jsi18n/",
    "admin/sprite/",
    "admin/^.*/$",  # the admin's 404 catch-all
}


def admin_routes_without_arguments():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    return sorted(
        {
            route
            for route in walk(get_resolver().url_patterns)
            if route.startswith("admin/") and "<" not in route and route not in PUBLIC_ADMIN_ROUTES
        }
    )


def admin_urls_with_objects(pages, document):
    from django.contrib.auth import get_user_model

    draft, changed = pages["draft"], pages["changed"]
    revision = changed.latest_revision
    user = get_user_model().objects.get(username="root")
    group = Group.objects.get(name="Éditeurs")
    return [
        f"/admin/pages/{draft.id}/",
        f"/admin/pages/{draft.id}/edit/",
        f"/admin/pages/{draft.id}/view_draft/",
        f"/admin/pages/{changed.id}/edit/",
        f"/admin/pages/{changed.id}/view_draft/",
        f"/admin/pages/{changed.id}/revisions/{revision.id}/view/",
        f"/admin/pages/{changed.id}/revisions/compare/live...latest/",
        f"/admin/pages/{changed.id}/history/",
        f"/admin/pages/{changed.id}/delete/",
        f"/admin/pages/{changed.id}/unpublish/",
        f"/admin/pages/{changed.id}/copy/",
        f"/admin/pages/{changed.id}/move/",
        f"/admin/pages/add/practices/practicepage/{draft.get_parent().id}/",
        f"/admin/pages/{pages['login'].id}/privacy/",
        f"/admin/documents/edit/{document.id}/",
        f"/admin/collections/{document.collection_id}/privacy/",
        f"/admin/users/edit/{user.pk}/",
        f"/admin/groups/edit/{group.pk}/",
        f"/admin/api/main/pages/{draft.id}/",
        f"/admin/api/main/documents/{document.id}/",
    ]


@pytest.fixture
def private_document(home):
    document = get_document_model()(
        title="Annexe confidentielle", collection=proposals_collection()
    )
    document.file.save("annexe-confidentielle.pdf", ContentFile(PDF), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def test_no_admin_view_answers_an_anonymous_visitor(client, admin_client, pages, private_document):
    # admin_client signs "root" in on the shared test client: a fresh one is the visitor.
    visitor = client.__class__()
    routes = [
        "/" + route.replace("^", "").replace("$", "") for route in admin_routes_without_arguments()
    ]
    assert len(routes) > 100  # every model's listing, every report, every chooser
    for address in routes + admin_urls_with_objects(pages, private_document):
        response = visitor.get(address)
        assert response.status_code in (302, 403), address
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/"), address
        body = response.content.decode()
        for secret in ("RESUME-BROUILLON-3K", "TEXTE-NON-PUBLIE-9X", "Annexe confidentielle"):
            assert secret not in body, address


def test_the_admin_urls_above_are_real(admin_client, pages, private_document):
    """The control: a superuser reaches each one (a refusal above is not a 404 in disguise)."""
    for address in admin_urls_with_objects(pages, private_document):
        assert admin_client.get(address).status_code == 200, address
    preview = admin_client.get(f"/admin/pages/{pages['changed'].id}/view_draft/")
    assert "TEXTE-NON-PUBLIE-9X" in preview.content.decode()


# --- Documents --------------------------------------------------------------------------------


def test_a_document_in_the_private_collection_is_never_served_to_a_visitor(
    client, admin_client, private_document
):
    visitor = client.__class__()
    response = visitor.get(private_document.url)
    assert sent_to_sign_in(response)
    assert PDF not in response.content

    # Nor through its storage path: /media/ is not routed when DEBUG is off (the test and
    # production settings; production media live in a private bucket behind signed URLs).
    assert private_document.file.storage.exists(private_document.file.name)
    direct = visitor.get(private_document.file.url)
    assert direct.status_code == 404
    assert PDF not in direct.content

    # The control: a signed-in editor downloads it.
    served = admin_client.get(private_document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == PDF


def test_a_document_in_a_public_collection_is_served(client, home):
    document = get_document_model()(
        title="Programme public", collection=Collection.get_first_root_node()
    )
    document.file.save("programme-public.pdf", ContentFile(PDF), save=False)
    document._set_document_file_metadata()
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_the_proposals_collection_stays_private_when_called_again(home, private_document):
    collection = proposals_collection()
    assert collection == private_document.collection
    assert [r.restriction_type for r in collection.view_restrictions.all()] == [
        BaseViewRestriction.LOGIN
    ]
