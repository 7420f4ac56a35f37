import importlib
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.cache import cache

from tests.practices.conftest import (  # noqa: F401  fixtures
    make_practice,
    make_story,
    practice_index,
    story_index,
)

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def closed_port():
    """A loopback port nothing listens on (bound then released)."""
    return free_port()


def production_env(**extra):
    """What a real deployment sets, and nothing from the developer's shell that would change
    the outcome (a stray DEBUG or DATABASE_URL)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "SECURE_", "DJANGO_", "ELASTICSEARCH", "REDIS"))
        and key not in ("DEBUG", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "SESSION_ENGINE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(45)[:60],
        DATABASE_URL="postgres://maillage:not-a-real-password@db.internal:5432/maillage",
        ALLOWED_HOSTS="maillage.quebec,www.maillage.quebec",
        CSRF_TRUSTED_ORIGINS="https://maillage.quebec",
    )
    env.update(extra)
    return env


def run_manage(*args, env, timeout=120):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


SETTINGS_MODULES = (
    "portal.settings.base",
    "portal.settings.hardening",
    "portal.settings.production",
)


def production_settings(**env):
    """portal.settings.production as it computes itself from `env` (a fresh import, in this
    process; the settings in force for the tests are untouched)."""
    saved_env = dict(os.environ)
    saved_modules = {
        name: sys.modules.pop(name) for name in SETTINGS_MODULES if name in sys.modules
    }
    try:
        os.environ.clear()
        os.environ.update(production_env(**env))
        module = importlib.import_module("portal.settings.production")
        return {name: getattr(module, name) for name in dir(module) if name.isupper()}
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        for name in SETTINGS_MODULES:
            sys.modules.pop(name, None)
        sys.modules.update(saved_modules)


@pytest.fixture
def page_cache(settings):
    """The production page cache, in this process's memory, empty."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield cache
    cache.clear()
