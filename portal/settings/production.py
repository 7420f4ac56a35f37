"""Production: every secret and service from the environment, nothing guessed."""

from .base import *  # noqa: F403
from .env import ConfigurationError

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith(("dev-only", "test-only")) or len(SECRET_KEY) < 40:  # noqa: F405
    raise ConfigurationError(
        "SECRET_KEY must be set to a long random value in production (50+ characters), e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
if not os.environ.get("DATABASE_URL"):  # noqa: F405
    raise ConfigurationError("DATABASE_URL must point at PostgreSQL in production.")
