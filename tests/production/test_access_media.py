"""Private documents on object storage behind a CDN: media URLs are then unsigned and permanent,
so documents stream through the app, which checks privacy on every download."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.public_forms import proposals_collection

from .conftest import production_settings
from .test_s3 import bucket, s3_endpoint, use_object_storage  # noqa: F401  fixtures

PDF = b"%PDF-1.4\n% ANNEXE-PRIVEE\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CDN = "media.maillage.quebec"


@pytest.fixture
def behind_a_cdn(settings, request):
    """The bucket of tests/production/test_s3.py, with a CDN in front as docs/deploy.md says."""
    _s3, name = request.getfixturevalue("bucket")
    endpoint = request.getfixturevalue("s3_endpoint")
    use_object_storage(settings, endpoint, name)
    values = production_settings(
        AWS_STORAGE_BUCKET_NAME=name,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_S3_CUSTOM_DOMAIN=CDN,
        AWS_QUERYSTRING_AUTH="0",
    )
    settings.AWS_S3_CUSTOM_DOMAIN = values["AWS_S3_CUSTOM_DOMAIN"]
    settings.AWS_QUERYSTRING_AUTH = values["AWS_QUERYSTRING_AUTH"]
    settings.WAGTAILDOCS_SERVE_METHOD = values["WAGTAILDOCS_SERVE_METHOD"]


def stored_document(title, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save("annexe.pdf", ContentFile(PDF), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def test_signed_media_keep_wagtails_redirect():
    values = production_settings(AWS_STORAGE_BUCKET_NAME="maillage-media")
    assert "WAGTAILDOCS_SERVE_METHOD" not in values  # redirect to a URL valid one hour


@pytest.mark.django_db
def test_behind_a_cdn_a_private_document_is_streamed_only_to_signed_in_users(
    client, admin_client, behind_a_cdn
):
    document = stored_document("Annexe confidentielle", proposals_collection())
    assert document.file.url.startswith(f"https://{CDN}/")  # permanent: never handed out

    visitor = client.__class__()
    refused = visitor.get(document.url)
    assert refused.status_code == 302
    assert refused["Location"].startswith("/fr/_util/login/")

    served = admin_client.get(document.url)
    assert served.status_code == 200
    assert "Location" not in served
    assert b"".join(served.streaming_content) == PDF


@pytest.mark.django_db
def test_behind_a_cdn_a_public_document_streams_through_the_app_too(client, behind_a_cdn):
    document = stored_document("Programme", Collection.get_first_root_node())
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == PDF
