#!/bin/sh
# serve-load.sh — a bounded load test of `parley serve` on loopback: a
# store of at least EVENTS synthetic events (tests/gen_store_input.py),
# then wrk with 100 connections for 10 s against /api/events (and once
# against a filtered query); prints requests/s, p99 latency, errors and
# the server's RSS before and after. Never run against another host.
# usage: bench/serve-load.sh PATH/TO/parley [EVENTS]   (default 100000)
# Needs wrk (Debian package "wrk"). Set KEEP_DB=FILE to reuse a store.
set -eu
PARLEY=$1
EVENTS=${2:-100000}
HERE=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "serve-load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
T=$(mktemp -d /tmp/parley-load.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
DB=${KEEP_DB:-$T/load.db}
if [ ! -f "$DB" ]; then
    # About 7.5 events per generated document.
    docs=$((EVENTS * 10 / 70 + 500))
    python3 "$HERE/../tests/gen_store_input.py" $docs >"$T/in.jsonl"
    "$PARLEY" ingest -q --db "$DB" "$T/in.jsonl"
fi
"$PARLEY" serve --db "$DB" --port 0 >"$T/out" 2>"$T/err" &
pid=$!
i=0
while ! grep -q '^parley: serving' "$T/out" 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 100 ] || { cat "$T/err"; exit 1; }; sleep 0.1
done
URL=$(sed -n 's/^parley: serving \(http:[^ ]*\)\/$/\1/p' "$T/out")
case $URL in http://127.0.0.1:*|http://\[::1\]:*) ;; *) echo "not loopback: $URL" >&2; exit 1 ;; esac
n=$(curl -s "$URL/api/stats?pairs=0" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
echo "store: $n events ($(du -m "$DB" | cut -f1) MB)"
[ "$n" -ge "$EVENTS" ] || { echo "serve-load.sh: only $n events (want >= $EVENTS)" >&2; exit 1; }
rss() { awk '/^VmRSS/ {printf "%.1f MB", $2 / 1024}' /proc/$pid/status; }
curl -s -o /dev/null "$URL/api/events"
echo "server RSS before: $(rss)"
status=0
# /api/events twice: the second run shows whether memory keeps growing
# once SQLite's page caches (one per worker connection) are warm.
for path in "/api/events" "/api/events?actor=Nurtleu&type=CONSULT&from=2024-03&limit=20" "/api/events"; do
    wrk -t2 -c100 -d10s --timeout 5s --latency "$URL$path" >"$T/wrk" 2>&1 || status=1
    rps=$(awk '/^Requests\/sec/ {print $2}' "$T/wrk")
    p99=$(awk '$1 == "99%" {print $2}' "$T/wrk")
    p50=$(awk '$1 == "50%" {print $2}' "$T/wrk")
    total=$(awk '/requests in/ {print $1}' "$T/wrk")
    errs=$(grep -E 'Non-2xx|Socket errors' "$T/wrk" || true)
    echo "GET $path: $rps requests/s, p50 $p50, p99 $p99, $total requests, errors: ${errs:-none}"
    [ -z "$errs" ] || status=1
    echo "server RSS after: $(rss)"
done
# Single requests, each twice: stats, graph and actors are cached until
# the store changes.
for path in "/api/stats" "/api/graph" "/api/actors?q=nur" "/api/actors?q=saud" \
            "/api/graph?actor=KAZ" "/api/events?text=memorandum" "/api/documents/gen-0000042"; do
    a=$(curl -s -o /dev/null -w "%{time_total}" "$URL$path")
    b=$(curl -s -o /dev/null -w "%{time_total}" "$URL$path")
    echo "single GET $path: $a s, again $b s"
done
curl -sf "$URL/healthz" >/dev/null || { echo "server no longer answers" >&2; status=1; }
exit $status
