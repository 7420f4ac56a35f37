"""Media on S3-compatible object storage, against moto's server on a loopback port: real HTTP,
real boto3 and django-storages, configured by production's own settings computation."""

import io
import urllib.request
import uuid

import boto3
import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .conftest import closed_port, free_port, use_object_storage
from .support import png_bytes

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"Programme 2026 " * 200


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(settings, s3_endpoint):
    name = f"maillage-media-{uuid.uuid4().hex[:8]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="maillage-test",
        aws_secret_access_key="maillage-test-secret",
    )
    client.create_bucket(Bucket=name)
    use_object_storage(settings, s3_endpoint, name)
    return client, name


def fetch(address):
    """GET over real HTTP (a browser following the signed URL)."""
    with urllib.request.urlopen(address, timeout=10) as response:  # noqa: S310  loopback only
        return response.status, response.read()


def root_collection():
    return Collection.get_first_root_node().pk


@pytest.mark.django_db
def test_document_uploads_to_the_bucket_and_downloads_through_wagtail(
    admin_client, client, bucket, s3_endpoint
):
    s3, name = bucket
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Programme 2026",
            "file": SimpleUploadedFile("programme.pdf", PDF),
            "collection": root_collection(),
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Programme 2026")

    stored = s3.get_object(Bucket=name, Key=document.file.name)
    assert stored["Body"].read() == PDF
    with document.file.open("rb") as handle:
        assert handle.read() == PDF

    # Wagtail's serve view checks privacy, then sends the visitor to a signed URL.
    served = client.get(document.url)
    assert served.status_code == 302
    location = served["Location"]
    assert location.startswith(f"{s3_endpoint}/{name}/documents/")
    assert "X-Amz-Signature=" in location
    status, body = fetch(location)
    assert (status, body) == (200, PDF)


@pytest.mark.django_db
def test_image_uploads_renders_and_its_rendition_is_served_from_the_bucket(
    admin_client, bucket, s3_endpoint
):
    s3, name = bucket
    original = png_bytes(size=(120, 80))
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Cuisine collective",
            "file": SimpleUploadedFile("cuisine.png", original),
            "collection": root_collection(),
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Cuisine collective")
    assert (image.width, image.height) == (120, 80)
    assert s3.get_object(Bucket=name, Key=image.file.name)["Body"].read() == original

    html = Template("{% load wagtailimages_tags %}{% image image fill-40x40 %}").render(
        Context({"image": image})
    )
    rendition = image.get_rendition("fill-40x40")
    assert rendition.url.startswith(f"{s3_endpoint}/{name}/images/")
    assert 'width="40"' in html and f"{s3_endpoint}/{name}/images/" in html
    status, body = fetch(rendition.url)
    assert status == 200
    assert PILImage.open(io.BytesIO(body)).size == (40, 40)


@pytest.mark.django_db
def test_unreachable_storage_gives_a_clear_page_and_saves_nothing(admin_client, settings):
    use_object_storage(settings, f"http://127.0.0.1:{closed_port()}", "maillage-media")
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Programme 2026",
            "file": SimpleUploadedFile("programme.pdf", PDF),
            "collection": root_collection(),
        },
    )
    assert response.status_code == 503
    assert "Stockage des fichiers indisponible" in response.content.decode()
    assert not get_document_model().objects.exists()

    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Cuisine collective",
            "file": SimpleUploadedFile("cuisine.png", png_bytes()),
            "collection": root_collection(),
        },
    )
    assert response.status_code == 503
    assert not get_image_model().objects.exists()
