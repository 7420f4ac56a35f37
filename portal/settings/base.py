"""Settings shared by every way of running Maillage. Everything that differs comes from the
environment (see README, "Configuration")."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from .env import ConfigurationError, database_from_env, env_bool, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "practices",
    "resources",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "portal.caching",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.AreaCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a lockout flagged during authentication into the lockout page (axes wants it late).
    "axes.middleware.AxesMiddleware",
    # An unreachable object storage: a clear 503 page instead of a server error.
    "portal.storage.StorageUnavailableMiddleware",
    # Last, so a cached page still gets every header the middleware above adds.
    "portal.caching.middleware.PageCacheMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.site_navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {"default": database_from_env(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login rate limiting (django-axes) first: it refuses attempts from a locked-out client before
# any password is checked.
AUTHENTICATION_BACKENDS = [
    "portal.security.RateLimitedLoginBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
# One user name from one address: a visitor mistyping cannot lock an editor out from elsewhere,
# and an office behind one NAT address is not locked out by one person's typos.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]  # only if ipware were installed
AXES_VERBOSE = False
# Proxies in front of the app servers that append to X-Forwarded-For (load balancer: 1; CDN and
# load balancer: 2). 0: REMOTE_ADDR is the visitor.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French (Canada) first. Content and URLs use the generic codes ("fr", "en"): Canadian French
# has no catalog of its own in Django, and /fr/ is what people type.
LANGUAGE_CODE = "fr-ca"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Each app keeps its catalogs in <app>/locale/ (compiled by `manage.py compile_catalogs`).
TIME_ZONE = "America/Montreal"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# S3-compatible object storage for media, only when a bucket is named.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    from botocore.config import Config as BotoConfig

    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    # "path" for MinIO and most self-hosted services; unset: virtual-hosted (AWS).
    AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None
    AWS_S3_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # larger uploads spool to disk
    # One client configuration (django-storages then ignores its own signature/addressing
    # settings, so they are here). An editor waits on these calls: fail within seconds, with a
    # clear page (portal/storage.py).
    AWS_S3_CLIENT_CONFIG = BotoConfig(
        signature_version=AWS_S3_SIGNATURE_VERSION,
        s3={"addressing_style": AWS_S3_ADDRESSING_STYLE} if AWS_S3_ADDRESSING_STYLE else None,
        connect_timeout=5,
        read_timeout=30,
        retries={"max_attempts": 3, "mode": "standard"},
    )
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Unsigned media URLs (a CDN in front of the bucket) are public and never expire: documents
    # then stream through the app, which checks their collection's privacy on every download,
    # instead of redirecting to a URL anyone could pass around (docs/security.md).
    if not AWS_QUERYSTRING_AUTH:
        WAGTAILDOCS_SERVE_METHOD = "serve_view"


def _media_origins():
    """Where media URLs point, for the Content Security Policy's img-src/media-src."""
    if not AWS_STORAGE_BUCKET_NAME:
        return []
    if AWS_S3_CUSTOM_DOMAIN:
        return [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    if AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        return [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{endpoint.netloc}",
        ]
    regional = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"]
    return [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"] + (
        regional if AWS_S3_REGION_NAME else []
    )


MEDIA_ORIGINS = _media_origins() + env_list("CSP_EXTRA_MEDIA_ORIGINS")

# Uploads. Bodies without files (admin forms with a long StreamField) stay under 5 MB; files
# are spooled to disk past 2.5 MB. Types and sizes: WAGTAILDOCS_*/WAGTAILIMAGES_* below, and
# portal.public_forms.validate_attachment (checked by content) for the public forms.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Maillage <noreply@maillage.quebec>")
# Editors notified of public proposals and correction reports (comma-separated), on top of the
# members of the "Éditeurs" group.
EDITORS_EMAILS = env_list("EDITORS_EMAILS")

# Redis when REDIS_URL is set (shared by every app server: page cache, sessions, rate limits),
# else each process's memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, but an outage only makes pages slower (reads miss).
            "BACKEND": "portal.caching.backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "maillage"),
            # A slow or lost Redis costs a page two seconds at most, never a hung worker.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# cached_db: read from the cache, written through to the database, so a Redis restart signs
# nobody out.
SESSION_ENGINE = os.environ.get(
    "SESSION_ENGINE",
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db",
)
# Whole pages for anonymous visitors (portal/caching): 0 turns it off (the default outside
# production, so editors and tests always see what they just changed).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
# Snippets that no public page shows, and that visitors create (a report must not let anyone
# empty the page cache at will).
PAGE_CACHE_IGNORED_MODELS = ["resources.correctionreport"]

WAGTAIL_SITE_NAME = "Maillage"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No SVG (it can carry script); 40 megapixels stops decompression bombs.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No third-party requests from the admin (and none the CSP would have to allow).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_ENABLED = True
# Our own faceted search (search/). "database" or "elasticsearch"; see search/engines/.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
MAILLAGE_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"
MAILLAGE_SEARCH_INDEX = os.environ.get("MAILLAGE_SEARCH_INDEX", "maillage")
# "auto" lets the site's engine ask the cluster; Wagtail's admin backend must be told.
SEARCH_CLUSTER_FLAVOR = os.environ.get("SEARCH_CLUSTER_FLAVOR", "auto")
if SEARCH_CLUSTER_FLAVOR not in ("auto", "elasticsearch", "opensearch"):
    raise ConfigurationError(
        f"SEARCH_CLUSTER_FLAVOR={SEARCH_CLUSTER_FLAVOR!r}: use auto, elasticsearch or opensearch."
    )

# Wagtail's own search (admin listings and choosers), rebuilt by `manage.py update_index`: in
# the cluster when there is one, under its own prefix so it never meets the site's alias.
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3"
            if SEARCH_CLUSTER_FLAVOR == "opensearch"
            else "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("WAGTAILSEARCH_INDEX_PREFIX", "maillage_admin_"),
            "TIMEOUT": 5,
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {
                        "number_of_shards": 1,
                        "number_of_replicas": env_int("SEARCH_CLUSTER_REPLICAS", 1),
                    }
                }
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "maillage": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

LOGIN_URL = "wagtailadmin_login"

# Where to report a vulnerability, published at /.well-known/security.txt (RFC 9116) and in
# docs/security.md: a mailto: or https: URI. SECURITY_POLICY_URL: the disclosure policy, if any.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:securite@maillage.quebec")
SECURITY_POLICY_URL = os.environ.get("SECURITY_POLICY_URL", "")

# Security headers sent in every mode (production adds HTTPS-only: portal/settings/hardening.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp; Django 5.2 has none built in). The public site runs no
# inline script or style: its JavaScript and CSS are static files. JSON-LD blocks
# (<script type="application/ld+json">) are data, which browsers neither run nor check against
# script-src, so they need no nonce (which would also defeat the page cache).
_NONE, _SELF = "'none'", "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:", *MEDIA_ORIGINS],
        "media-src": [_SELF, *MEDIA_ORIGINS],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "frame-src": [_NONE],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
# Wagtail's admin still has inline scripts and styles (inline panels, date pickers, style
# attributes); it gets them, and only it. Previews are framed by the admin itself.
CSP_ADMIN_PATH_PREFIXES = ["/admin/"]
CSP_ADMIN_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "frame-src": [_SELF],
        "worker-src": [_SELF, "blob:"],
    }
}
SITE_NAME = _("Maillage")
