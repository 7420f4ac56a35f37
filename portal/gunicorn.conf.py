"""gunicorn for Maillage: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`. Each value can be
overridden by the environment (GUNICORN_CMD_ARGS too); docs/deploy.md explains the choices."""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Pages are rendered synchronously and wait on PostgreSQL: two workers per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# Uploads of 10 MB over slow links are the longest requests; the search cluster times out in 2 s.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak never becomes an outage.
max_requests = 2000
max_requests_jitter = 200
# Only the load balancer may tell gunicorn who the client was and which scheme it used.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108


def post_worker_init(worker):
    """Build this worker's search facet indexes before it takes requests, so no visitor waits
    for them (seconds at 100,000 documents)."""
    from search.facets import warm

    # Tell the arbiter the worker is alive after each language, so a slow build never counts
    # against the worker timeout.
    warm(on_each=worker.notify)
