#!/usr/bin/env bash
# Load test (make load-test): the production configuration (portal/serve_prod.sh: gunicorn,
# whitenoise, PostgreSQL) with the demo content and PRACTICES practices, under USERS locust
# visitors for DURATION (tests/load/locustfile.py). Prints the per-endpoint table, p50/p95/p99,
# requests/s and the HTTP statuses; exits non-zero on any 5xx or other failed request.
#
# Each PRACTICES count has its own database (maillage_load_<count>), seeded once: later runs
# reuse it. seed_demo makes the demo content; tests/load/grow_practices.py copies practices up to
# PRACTICES (seed_demo's page-by-page path would take hours for 20,000).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
DURATION=${DURATION:-30s}
USERS=${USERS:-50}
SPAWN_RATE=${SPAWN_RATE:-10}
PRACTICES=${PRACTICES:-80}
PORT=${LOAD_PORT:-18100}
OUT=${LOAD_OUT:-var/load}
export PY DATABASE_URL="${LOAD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/maillage_load_$PRACTICES}"
export GUNICORN_BIND="127.0.0.1:$PORT"
export DEMO=1 DEMO_ARGS=""
prod=portal/serve_prod.sh
mkdir -p "$OUT"

echo "=== Load test: $USERS users, $DURATION, $PRACTICES practices, ${DATABASE_URL##*/} ==="
count=$("$PY" -m portal.dbcreate "$DATABASE_URL" >/dev/null &&
    $prod run "$PY" manage.py shell -v0 -c \
        "from practices.models import PracticePage; from resources.models import ResourcePage; print(PracticePage.objects.count() if ResourcePage.objects.exists() else 0)" 2>/dev/null ||
    echo 0)
if [ "${count:-0}" -ge "$PRACTICES" ]; then
    echo "Content already seeded ($count practices): migrating and reindexing only."
    $prod run "$PY" manage.py migrate --noinput -v0
    $prod run "$PY" manage.py collectstatic --noinput -v0
    # The code may index pages differently since the last run.
    $prod run "$PY" manage.py rebuild_search_index
else
    time $prod prepare
    time $prod run "$PY" -m tests.load.grow_practices "$PRACTICES"
fi

if curl -s -o /dev/null "http://$GUNICORN_BIND/"; then
    echo "Something already answers on $GUNICORN_BIND: stop it or set LOAD_PORT." >&2
    exit 1
fi
$prod serve >"$OUT/gunicorn.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -fs "http://$GUNICORN_BIND/healthz" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$OUT/gunicorn.log"; exit 1; }
    sleep 1
done
curl -fs "http://$GUNICORN_BIND/healthz" >/dev/null
kill -0 "$server" 2>/dev/null || { cat "$OUT/gunicorn.log"; exit 1; }
echo "gunicorn on $GUNICORN_BIND: $("$PY" -c "import runpy; c = runpy.run_path('portal/gunicorn.conf.py'); print(c['workers'], 'workers,', c['threads'], 'threads')")"
echo "load before: $(uptime)"
status=0
"$(dirname "$PY")/locust" -f tests/load/locustfile.py --headless --host "http://$GUNICORN_BIND" \
    --users "$USERS" --spawn-rate "$SPAWN_RATE" --run-time "$DURATION" --stop-timeout 30 \
    --only-summary --csv "$OUT/locust" --loglevel WARNING || status=$?
echo "load after: $(uptime)"
if grep -q "Traceback\|\[ERROR\]\|\[CRITICAL\]" "$OUT/gunicorn.log"; then
    echo "gunicorn logged errors ($OUT/gunicorn.log):"
    grep -B2 -A20 "Traceback\|\[ERROR\]\|\[CRITICAL\]" "$OUT/gunicorn.log" | head -80
    status=1
fi
exit "$status"
