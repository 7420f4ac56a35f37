"""Services are chosen by environment variables: what production computes from them."""

import pytest

from portal.settings.env import ConfigurationError

from .conftest import production_settings


def test_without_services_everything_is_embedded():
    values = production_settings()
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert values["MIDDLEWARE"][:2] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]
    assert values["DEBUG"] is False


def test_elasticsearch_url_moves_both_searches_to_the_cluster():
    values = production_settings(ELASTICSEARCH_URL="https://search.internal:9200")
    admin = values["WAGTAILSEARCH_BACKENDS"]["default"]
    assert admin["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert admin["URLS"] == ["https://search.internal:9200"]
    # Never under the site's alias ("maillage") nor its rebuild pattern ("maillage-<digits>").
    assert admin["INDEX_PREFIX"] == "maillage_admin_"
    assert values["MAILLAGE_SEARCH_ENGINE"] == "elasticsearch"


def test_opensearch_flavour_picks_wagtails_opensearch_backend():
    values = production_settings(
        ELASTICSEARCH_URL="https://search.internal:9200", SEARCH_CLUSTER_FLAVOR="opensearch"
    )
    assert values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "wagtail.search.backends.opensearch3"
    )
    with pytest.raises(ConfigurationError, match="SEARCH_CLUSTER_FLAVOR"):
        production_settings(SEARCH_CLUSTER_FLAVOR="solr")


def test_redis_url_shares_cache_and_sessions():
    values = production_settings(REDIS_URL="redis://cache.internal:6379/0")
    assert values["CACHES"]["default"]["BACKEND"] == "portal.caching.backends.ResilientRedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/0"
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["PAGE_CACHE_SECONDS"] == 300


def test_bucket_moves_media_to_object_storage_and_allows_its_cdn_in_the_csp():
    values = production_settings(
        AWS_STORAGE_BUCKET_NAME="maillage-media",
        AWS_S3_REGION_NAME="ca-central-1",
        AWS_S3_CUSTOM_DOMAIN="media.maillage.quebec",
    )
    assert values["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    directives = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert "https://media.maillage.quebec" in directives["img-src"]
    assert directives["script-src"] == ["'self'"]
    without_cdn = production_settings(
        AWS_STORAGE_BUCKET_NAME="maillage-media", AWS_S3_ENDPOINT_URL="https://minio.internal:9000"
    )
    assert (
        "https://minio.internal:9000"
        in (without_cdn["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"])
    )


def test_proxy_header_is_trusted_only_when_named():
    assert production_settings()["SECURE_PROXY_SSL_HEADER"] is None
    values = production_settings(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    with pytest.raises(ConfigurationError, match="SECURE_PROXY_SSL_HEADER"):
        production_settings(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https")


def test_production_refuses_to_start_without_its_secrets():
    with pytest.raises(ConfigurationError, match="SECRET_KEY must be set"):
        production_settings(SECRET_KEY="")
    with pytest.raises(ConfigurationError, match="DATABASE_URL"):
        production_settings(DATABASE_URL="")
