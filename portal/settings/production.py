"""Production: every secret and service from the environment, nothing guessed. How to run it:
docs/deploy.md."""

from .base import *  # noqa: F403
from .env import ConfigurationError, env_int
from .hardening import *  # noqa: F403

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith(("dev-only", "test-only")) or len(SECRET_KEY) < 40:  # noqa: F405
    raise ConfigurationError(
        "SECRET_KEY must be set to a long random value in production (50+ characters), e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
if not os.environ.get("DATABASE_URL"):  # noqa: F405
    raise ConfigurationError("DATABASE_URL must point at PostgreSQL in production.")

# Static files from the app servers themselves: compressed (gzip, and Brotli when installed)
# and named by their hash so browsers and a CDN keep them for ever. Needs collectstatic.
MIDDLEWARE = [  # noqa: F405
    *MIDDLEWARE[:1],  # noqa: F405  SecurityMiddleware first
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],  # noqa: F405
]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Anonymous visitors get cached pages for five minutes at most; publishing clears them at once.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
