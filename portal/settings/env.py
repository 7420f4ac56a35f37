"""Reading configuration from the environment, with messages a person can act on."""

import os

import dj_database_url

from django.core.exceptions import ImproperlyConfigured


class ConfigurationError(ImproperlyConfigured):
    """A setting taken from the environment is missing or wrong; manage.py prints it plainly."""


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigurationError(f"{name}={value!r} is not a boolean: use 1/0, true/false, yes/no.")


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


SUPPORTED_DATABASE_ENGINES = {
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
}


def database_from_env(default_sqlite_path):
    """DATABASES['default'] from DATABASE_URL, or the project's SQLite file when it is unset."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(default_sqlite_path),
            "OPTIONS": {"timeout": 20},
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:
        raise ConfigurationError(
            f"DATABASE_URL is not a database URL we can use ({error}). "
            "Examples: postgres://user:password@host:5432/maillage or sqlite:////path/to/db.sqlite3"
        ) from None
    if config.get("ENGINE") not in SUPPORTED_DATABASE_ENGINES:
        raise ConfigurationError(
            f"DATABASE_URL uses an unsupported engine ({config.get('ENGINE')}). "
            "Maillage runs on PostgreSQL (postgres://…) or SQLite (sqlite:///…)."
        )
    if not config.get("NAME"):
        raise ConfigurationError("DATABASE_URL names no database: add it after the last '/'.")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config.setdefault("OPTIONS", {})["timeout"] = 20
    else:
        # An unreachable database host fails a request within seconds (a 503 page), instead of
        # holding a worker for libpq's default of waiting for ever. ?connect_timeout= overrides.
        config.setdefault("OPTIONS", {}).setdefault(
            "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5)
        )
    return config


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigurationError(f"{name}={value!r} is not a whole number.") from None
