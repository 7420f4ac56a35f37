"""What editors see: stale resources flagged, expired offers kept, the rules of the edit form."""

import pytest

from django.core.exceptions import ValidationError

from resources.models import ResourcePage
from tests.factories import OrganizationFactory

from .directory_support import days, make_resource

pytestmark = pytest.mark.django_db


def test_stale_resource_is_flagged_in_the_admin_listing(admin_client, home):
    make_resource("Guide vérifié récemment", kind="outil-guide", last_verified=days(-30))
    stale = make_resource("Guide jamais revu", kind="outil-guide", last_verified=days(-400))

    listing = admin_client.get("/admin/resources/")
    assert listing.status_code == 200
    rows = {
        title: row
        for row in listing.content.decode().split("<tr")
        for title in ("Guide vérifié récemment", "Guide jamais revu")
        if title in row
    }
    assert "À vérifier" in rows["Guide jamais revu"]
    assert "À vérifier" not in rows["Guide vérifié récemment"]

    only_stale = admin_client.get("/admin/resources/?stale=true").content.decode()
    assert "Guide jamais revu" in only_stale
    assert "Guide vérifié récemment" not in only_stale

    edit = admin_client.get(f"/admin/pages/{stale.pk}/edit/").content.decode()
    assert "il y a plus de 12 mois" in edit


def test_expired_offers_stay_in_the_admin(admin_client, home):
    make_resource(
        "Local expiré",
        kind="locaux",
        needs=["locaux"],
        is_shared_offer=True,
        available_until=days(-10),
    )
    assert "Local expiré" in admin_client.get("/admin/resources/").content.decode()


def test_only_premises_equipment_or_people_can_be_shared():
    page = ResourcePage(title="Fonds", kind="financement", summary="s", is_shared_offer=True)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "is_shared_offer" in error.value.message_dict
    for kind in ("locaux", "materiel", "ressources-humaines"):
        ResourcePage(title="Offre", kind=kind, summary="s", is_shared_offer=True).clean()


def test_amounts_and_availability_must_be_in_order():
    page = ResourcePage(
        title="Fonds",
        kind="financement",
        summary="s",
        amount_min=10000,
        amount_max=5000,
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "amount_max" in error.value.message_dict
    offer = ResourcePage(
        title="Salle",
        kind="locaux",
        summary="s",
        is_shared_offer=True,
        available_from=days(10),
        available_until=days(1),
    )
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert "available_until" in error.value.message_dict


def test_search_contract(home):
    page = make_resource(
        "Salle à partager",
        kind="locaux",
        needs=["locaux", "concertation"],
        provider=OrganizationFactory(name="CDC de Memphrémagog"),
        eligibility_who="Organismes du quartier",
        is_shared_offer=True,
        available_until=days(5),
    )
    # The provider is counted by the portrait's overlaps (several providers of one kind).
    assert page.get_extra_facets() == {
        "need": ["locaux", "concertation"],
        "kind": ["locaux"],
        "provider": [str(page.provider_id)],
    }
    assert page.get_search_expiry() == days(5)
    body = page.get_search_body()
    assert "CDC de Memphrémagog" in body and "Organismes du quartier" in body
    assert "Concertation" in body
    assert page.get_search_summary() == page.summary
    not_shared = make_resource("Fonds", needs=["financement"], available_until=days(-5))
    assert not_shared.get_extra_facets()["provider"] == []
    assert not_shared.get_search_expiry() is None
