#!/usr/bin/env bash
# The production settings on this machine (make serve-prod, make load-test): PostgreSQL,
# whitenoise, gunicorn. Only here: a default database, a throw-away SECRET_KEY when none is set,
# plain HTTP (no SSL redirect, no HSTS pinned on localhost). A real deployment: docs/deploy.md.
#
#   portal/serve_prod.sh [prepare|serve]   (no argument: prepare, then serve)
#   portal/serve_prod.sh run COMMAND...    (COMMAND with these settings, e.g. another setup step)
#
# prepare: create the database if missing, migrate, territories, site, the demo content when
# DEMO is set (DEMO_ARGS passed to seed_demo, which is idempotent), static files, search index.
# serve: exec gunicorn (portal/gunicorn.conf.py) on GUNICORN_BIND.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

export DJANGO_SETTINGS_MODULE=portal.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/maillage_prod}"
export SECRET_KEY="${SECRET_KEY:-$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-0}" SECURE_HSTS_SECONDS="${SECURE_HSTS_SECONDS:-0}"
export GUNICORN_BIND="${GUNICORN_BIND:-127.0.0.1:8000}"

step=${1:-all}
if [ "$step" = run ]; then
    shift
    exec "$@"
fi
if [ "$step" = all ] || [ "$step" = prepare ]; then
    "$PY" -m portal.dbcreate "$DATABASE_URL"
    "$PY" manage.py migrate --noinput
    "$PY" manage.py load_territories
    "$PY" manage.py setup_site
    "$PY" manage.py collectstatic --noinput --verbosity 0
    if [ -n "${DEMO:-}" ]; then
        # seed_demo ends by rebuilding the search index. DEMO_ARGS is a list of options.
        # shellcheck disable=SC2086
        "$PY" manage.py seed_demo ${DEMO_ARGS:-}
    else
        "$PY" manage.py rebuild_search_index
    fi
fi
if [ "$step" = all ] || [ "$step" = serve ]; then
    exec "$(dirname "$PY")/gunicorn" -c portal/gunicorn.conf.py
fi
