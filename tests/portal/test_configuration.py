import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.settings.env import ConfigurationError, database_from_env

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "url",
    ["not a url", "mysql://user@localhost/maillage", "postgres://postgres@127.0.0.1:5432/"],
)
def test_a_bad_database_url_stops_start_up_with_a_clear_message(url):
    result = run_manage("check", DJANGO_SETTINGS_MODULE="portal.settings.dev", DATABASE_URL=url)
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_database_is_explained_not_dumped():
    result = run_manage(
        "migrate",
        "--noinput",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/maillage",
    )
    assert result.returncode == 2
    assert "Cannot reach the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_to_start_without_a_real_secret_key():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/maillage",
        SECRET_KEY="",
    )
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_to_start_without_a_database_url():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY="x" * 60
    )
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr


def test_no_database_url_means_the_projects_sqlite_file(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_from_env(tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")


def test_a_postgres_url_is_parsed(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://maillage:secret@db.example:6543/portail")
    config = database_from_env(tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.example", 6543, "portail")


def test_an_unsupported_engine_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "mysql://root@localhost/maillage")
    with pytest.raises(ConfigurationError, match="unsupported engine"):
        database_from_env(tmp_path / "db.sqlite3")


def test_postgres_connections_give_up_after_a_few_seconds(monkeypatch, tmp_path):
    # An unreachable database host must give the 503 page, not hold a worker for ever.
    monkeypatch.setenv("DATABASE_URL", "postgres://maillage@db.example:5432/portail")
    assert database_from_env(tmp_path / "db.sqlite3")["OPTIONS"]["connect_timeout"] == 5
    monkeypatch.setenv("DATABASE_CONNECT_TIMEOUT", "2")
    assert database_from_env(tmp_path / "db.sqlite3")["OPTIONS"]["connect_timeout"] == 2
    monkeypatch.setenv("DATABASE_URL", "postgres://maillage@db.example:5432/portail?connect_timeout=9")
    assert str(database_from_env(tmp_path / "db.sqlite3")["OPTIONS"]["connect_timeout"]) == "9"
