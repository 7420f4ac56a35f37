"""The database stopped and started again under traffic, for real: a throw-away PostgreSQL server of
the test's own (never the shared one), the site under gunicorn with the production settings, and
requests running all along. During the outage each request gets the 503 page within seconds;
afterwards the same app processes serve pages again by themselves.

It needs no test database of pytest's, so it runs in the SQLite run too. Skipped only when the
PostgreSQL server binaries are not installed. The migrated database is built once per set of
migrations and kept under var/ (first run ~60 s, then ~20 s)."""

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT, production_env, run_manage
from .support import inline_code

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PORTS = range(18210, 18250)  # this test's share of the loopback ports
SNAPSHOTS = ROOT / "var" / "test-postgres"
FRENCH_TITLE = "Portail temporairement indisponible"
PATHS = ["/fr/", "/fr/recherche/?q=jardin", "/en/"]

pytestmark = pytest.mark.skipif(
    not (PG_BIN / "pg_ctl").exists(), reason=f"PostgreSQL server binaries not found in {PG_BIN}"
)


def free_ports(count):
    found = []
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    pytest.fail(f"no free port in {PORTS}")


def as_postgres(*command):
    # The server refuses to run as root; we are root in CI and in the dev containers.
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, *map(str, command)], check=True, capture_output=True, text=True, timeout=60
    )


class Postgres:
    def __init__(self, directory, port):
        self.directory, self.port = directory, port
        self.data = directory / "data"

    @property
    def url(self):
        # Explicitly the TCP address: what a production app server uses.
        return f"postgres://postgres@127.0.0.1:{self.port}/maillage_faults_outage"

    def init(self):
        as_postgres(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")

    def start(self):
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        as_postgres(PG_BIN / "pg_ctl", "-D", self.data, "-o", options,
                    "-l", self.directory / "server.log", "-w", "start")

    def stop(self, mode="fast"):
        as_postgres(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def running(self):
        return (self.data / "postmaster.pid").exists()


def snapshot_key():
    """Changes whenever a migration is added or edited, or PostgreSQL is upgraded."""
    from django.apps import apps

    digest = hashlib.sha256(str(PG_BIN).encode())
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        for path in sorted((Path(app.path) / "migrations").glob("*.py")):
            digest.update(f"{app.label}/{path.name}:{path.stat().st_size}".encode())
            if ROOT in path.parents:
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def prepare_database(server, env):
    """A migrated database with the site's structure: copied from the snapshot when there is
    one, else built (migrate, setup_site) and kept as the snapshot."""
    snapshot = SNAPSHOTS / snapshot_key()
    if snapshot.exists():
        shutil.copytree(snapshot, server.data, symlinks=True)
        if os.geteuid() == 0:
            subprocess.run(["chown", "-R", "postgres:", str(server.data)], check=True)
        server.data.chmod(0o700)
        server.start()
        return
    server.init()
    server.start()
    as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", server.port, "-U", "postgres",
                "maillage_faults_outage")
    for command in (["migrate", "--noinput", "-v0"], ["setup_site"]):
        result = run_manage(*command, env=env, timeout=180)
        assert result.returncode == 0, result.stderr[-2000:]
    server.stop()
    partial = snapshot.with_name(snapshot.name + f".{os.getpid()}.partial")
    shutil.rmtree(SNAPSHOTS, ignore_errors=True)  # older migration sets
    shutil.copytree(server.data, partial, symlinks=True)
    partial.rename(snapshot)
    server.start()


def get(url, timeout=10):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310  loopback
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except OSError as error:  # refused, reset or timed out: the app itself did not answer
        status, headers, body = None, {}, str(error).encode()
    return {
        "at": started,
        "took": time.monotonic() - started,
        "status": status,
        "retry_after": headers.get("Retry-After"),
        "cache_control": headers.get("Cache-Control", ""),
        "csp": headers.get("Content-Security-Policy", ""),
        "body": body.decode("utf-8", "replace"),
    }


class Traffic(threading.Thread):
    """A visitor reloading pages without pause, until told to stop."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base, self.results, self.done = base, [], threading.Event()

    def run(self):
        number = 0
        while not self.done.is_set():
            result = get(self.base + PATHS[number % len(PATHS)])
            result["path"] = PATHS[number % len(PATHS)]
            self.results.append(result)
            number += 1

    def between(self, start, end):
        return [r for r in self.results if start <= r["at"] and r["at"] + r["took"] <= end]


def wait_until(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    pytest.fail(f"gave up waiting for {what}")


@pytest.fixture
def site_on_its_own_database():
    """gunicorn on the production settings, against a PostgreSQL server of the test's own.
    Yields (server, base URL, gunicorn process)."""
    pg_port, app_port = free_ports(2)
    directory = Path(tempfile.mkdtemp(prefix="maillage-outage-"))
    directory.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres")
    server = Postgres(directory, pg_port)
    env = production_env(
        DATABASE_URL=server.url,
        DATABASE_CONNECT_TIMEOUT="3",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        # Every request reaches the database (no page cache to answer for it).
        PAGE_CACHE_SECONDS="0",
        STATIC_ROOT=str(directory / "static"),
        GUNICORN_BIND=f"127.0.0.1:{app_port}",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="2",
        GUNICORN_LOG_LEVEL="warning",
    )
    static = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    app = None
    try:
        prepare_database(server, env)
        assert static.wait(timeout=120) == 0, static.stderr.read()
        app = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "-c", "portal/gunicorn.conf.py"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            stderr=open(directory / "gunicorn.log", "w"),  # noqa: SIM115  closed with the process
        )
        base = f"http://127.0.0.1:{app_port}"
        wait_until(lambda: get(base + "/healthz", timeout=2)["status"] == 200, 30, "gunicorn")
        yield server, base, app
    finally:
        if static.poll() is None:
            static.kill()
        if app is not None:
            app.send_signal(signal.SIGINT)  # quick shutdown; TERM waits for keep-alives
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
        if server.running():
            server.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)


def test_a_database_restart_under_traffic_gives_503_pages_then_service_resumes(
    site_on_its_own_database,
):
    server, base, app = site_on_its_own_database
    assert get(base + "/fr/")["status"] == 200
    traffic = Traffic(base)
    traffic.start()
    time.sleep(1.5)

    stop_began = time.monotonic()
    server.stop()
    stopped = time.monotonic()
    time.sleep(1.5)
    stylesheet = re.search(r'href="(/static/css/maillage\.[^"]+)"', traffic.results[-1]["body"])
    assert stylesheet, traffic.results[-1]
    stylesheet_status = get(base + stylesheet.group(1))["status"]
    time.sleep(1.5)
    start_began = time.monotonic()
    server.start()
    started = time.monotonic()
    time.sleep(6)
    traffic.done.set()
    traffic.join(timeout=15)
    results = traffic.results

    before = traffic.between(0, stop_began)
    during = traffic.between(stopped, start_began)
    # A few seconds' grace after the restart: on a loaded machine PostgreSQL may accept
    # connections a moment after pg_ctl returns.
    after = traffic.between(started + 3, time.monotonic())
    assert before and during and after, [(r["status"], r["path"]) for r in results]

    # Never a server error, never a request left hanging or refused by the app server.
    assert {r["status"] for r in results} <= {200, 503}, [
        (r["status"], r["path"], r["body"][:200]) for r in results if r["status"] not in (200, 503)
    ]
    # Refused connections fail at once; the 5 s connect timeout bounds the rest.
    assert max(r["took"] for r in results) < 8

    assert all(r["status"] == 200 for r in before)
    for result in during:
        assert result["status"] == 503, result
        assert result["retry_after"] == "30"
        assert "no-store" in result["cache_control"]
        if result["path"].startswith("/fr/"):
            assert FRENCH_TITLE in result["body"]
        else:
            assert "Portal temporarily unavailable" in result["body"]
        # Styled by the site's stylesheet, without anything the strict CSP would block.
        assert "/static/css/maillage." in result["body"]
        assert inline_code(result["body"])[0] == []
        assert "style-src 'self'" in result["csp"]

    # Back by itself: the same gunicorn, never restarted, serves pages again.
    assert app.poll() is None
    assert all(r["status"] == 200 for r in after), [(r["status"], r["path"]) for r in after]
    assert get(base + "/healthz")["status"] == 200

    assert stylesheet_status == 200  # served while the database was down
