"""Embedded mode: a laptop, zero services. SQLite, database search, local media."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-maillage"  # noqa: F405
ALLOWED_HOSTS = ["*"]
