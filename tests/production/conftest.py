import email
import email.policy
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


def use_object_storage(settings, endpoint, bucket):
    """Apply what portal.settings.production computes for this object storage."""
    values = production_settings(
        AWS_STORAGE_BUCKET_NAME=bucket,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_S3_REGION_NAME="us-east-1",
        AWS_S3_ADDRESSING_STYLE="path",
        AWS_ACCESS_KEY_ID="maillage-test",
        AWS_SECRET_ACCESS_KEY="maillage-test-secret",
    )
    for name, value in values.items():
        if name.startswith("AWS_"):
            setattr(settings, name, value)
    settings.STORAGES = {**settings.STORAGES, "default": values["STORAGES"]["default"]}
    assert settings.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"


@pytest.fixture
def page_cache(settings):
    """The production page cache, in this process's memory, empty."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield cache
    cache.clear()


SMTP_PORTS = range(18250, 18260)


class MailSink:
    """aiosmtpd handler: keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    @property
    def subjects(self):
        return [str(message["Subject"]).strip() for message in self.messages]


def use_smtp(settings, port):
    """The production mail backend, talking to this loopback port."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 3
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False


@pytest.fixture
def mail_server_down(settings):
    """SMTP to a port nothing listens on: the connection is refused, for real."""
    use_smtp(settings, closed_port())


@pytest.fixture
def start_mail_server(settings):
    """Call it to start a real SMTP server on a loopback port and send the site's mail to it;
    returns its MailSink."""
    from aiosmtpd.controller import Controller

    controllers = []

    def start():
        sink = MailSink()
        for port in SMTP_PORTS:
            controller = Controller(sink, hostname="127.0.0.1", port=port)
            try:
                controller.start()
            except (OSError, RuntimeError):
                continue
            controllers.append(controller)
            use_smtp(settings, port)
            return sink
        pytest.fail(f"no free port in {SMTP_PORTS} for the SMTP server")

    yield start
    for controller in controllers:
        controller.stop()
