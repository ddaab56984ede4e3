#!/bin/sh
# serve_limits.sh — the limits of `parley serve` (issue 13): 500 trickling
# slowloris connections on 127.0.0.1 do not keep a normal client from its
# answer (D5); every store connection held by slow requests does not
# starve /healthz, and a request past its time budget gets 503 (D7); Host
# names other than IP addresses, localhost and --allow-host are refused,
# and a raw NUL in the URI is a 400 (D8).
# usage: tests/serve_limits.sh PATH/TO/parley
set -u
PARLEY=$1
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/parley-limits.XXXXXX)
pid="" lockpid=""
cleanup() {
    [ -n "$lockpid" ] && kill "$lockpid" 2>/dev/null
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
fails=0 n=0
ok() { n=$((n + 1)); echo "ok    $1"; }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL  $1"; }
check() { if (eval "$2"); then ok "$1"; else bad "$1"; fi; }

"$PARLEY" ingest -q --db "$T/s.db" "$HERE/../examples" 2>/dev/null || { echo "ingest failed"; exit 1; }

# start ARGS...: a server on a free port; sets pid and URL
start() {
    rm -f "$T/out" # not the last server's line
    "$PARLEY" serve --db "$T/s.db" --port 0 "$@" >"$T/out" 2>"$T/err" &
    pid=$!
    i=0
    while ! grep -q '^parley: serving' "$T/out" 2>/dev/null; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 $pid 2>/dev/null; then
            echo "server did not start:"; cat "$T/err"; exit 1
        fi
        sleep 0.1
    done
    URL=$(sed -n 's/^parley: serving \(http:[^ ]*\)\/$/\1/p' "$T/out")
    PORT=${URL##*:}
}
stop() { kill -TERM $pid; wait $pid; pid=""; }
# py EXPR: the JSON line in $T/res as d, EXPR must hold
py() { python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).read()); sys.exit(0 if ($1) else 1)" "$T/res"; }

# D5: 520 connections (the audit's number; the issue asks for 500) that send a header line every second and never
# finish, for 6 s, while a normal client asks for /api/events twice a
# second: each of its answers comes in under a second, and the server
# closes every trickling connection within the header deadline (2 s).
start --threads 2 --header-timeout 2000
python3 "$HERE/slowloris.py" "$PORT" 520 6 1 '/api/events?limit=5' >"$T/res" 2>"$T/pyerr"
echo "     slowloris: $(cat "$T/res")"
check "slowloris: 520 trickling connections accepted" 'py "d[\"accepted\"] + d[\"refused\"] == 520"'
check "slowloris: the normal client got every answer (D5)" 'py "d[\"requests\"] >= 5 and d[\"failures\"] == 0"'
check "slowloris: each answer in under a second (D5)" 'py "d[\"worst\"] < 1.0"'
check "slowloris: every trickling connection closed by the server" 'py "d[\"closed_by_server\"] == d[\"accepted\"]"'
check "slowloris: none lived past the header deadline (2 s) by much" 'py "d[\"longest\"] < 3.5"'
code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/healthz")
check "slowloris: the server answers afterwards" '[ "$code" = 200 ]'
stop

# D7: a lock on the database holds both store connections in slow
# requests; /healthz still answers at once, and a request that cannot get
# a store connection within its budget (1.5 s) is a 503. (In WAL mode
# nothing blocks readers: the test store is put in rollback-journal mode,
# where a writer's exclusive lock does.)
python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=DELETE')" "$T/s.db"
start --threads 2 --query-timeout 1500
python3 - "$T/s.db" "$T/locked" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE documents SET title = title WHERE rowid = 1")
open(sys.argv[2], "w").close()
time.sleep(6)
c.execute("ROLLBACK")
PY
lockpid=$!
i=0
while [ ! -f "$T/locked" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
for k in 1 2 3 4; do
    curl -s -o "$T/slow$k" -w '%{http_code} %{time_total}\n' "$URL/api/events?actor=nobody$k" >"$T/slowst$k" &
done
sleep 0.3
t=$(curl -s -o "$T/h" -w '%{time_total}' "$URL/healthz")
check "healthz answers while every store connection is busy (D7, ${t}s)" \
    'grep -q "\"ok\"" "$T/h" && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 1.0 else 1)" "$t"'
r=$(curl -s -o "$T/b" -w '%{http_code} %{time_total}' "$URL/api/events?limit=1")
check "a request past its budget while all are busy is a 503 ($r)" \
    'set -- $r; [ "$1" = 503 ] && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 4.0 else 1)" "$2"'
wait_bg=0
for k in 1 2 3 4; do
    while [ ! -s "$T/slowst$k" ] && [ $wait_bg -lt 100 ]; do sleep 0.1; wait_bg=$((wait_bg + 1)); done
done
check "the slow requests ended within their budget too" \
    'for k in 1 2 3 4; do set -- $(cat "$T/slowst$k"); [ "$1" = 503 ] || exit 1; python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 4.0 else 1)" "$2" || exit 1; done'
wait $lockpid 2>/dev/null; lockpid=""
code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/events?limit=1")
check "once the lock is gone, answers again" '[ "$code" = 200 ]'
stop

# D10: dates that do not exist are a 400 naming the parameter
start
for q in from=2024-13 to=2024-13 from=2024-02-30 to=2023-02-29; do
    code=$(curl -s -o "$T/b" -w '%{http_code}' "$URL/api/events?$q")
    check "/api/events?$q is a 400 naming ${q%%=*} (D10)" '[ "$code" = 400 ] && grep -q "\"parameter\": \"${q%%=*}\"" "$T/b"'
done
code=$(curl -s -o "$T/b" -w '%{http_code}' "$URL/api/stats?from=2024-13")
check "/api/stats?from=2024-13 is a 400 (D10)" '[ "$code" = 400 ]'
stop

# D8: the Host header
start
host() { curl -s -o "$T/b" -w '%{http_code}' -H "Host: $1" "$URL/api/events?limit=1"; }
check "Host: evil.example is refused, 403 (D8)" '[ "$(host evil.example)" = 403 ] && grep -q "allow-host" "$T/b"'
check "Host: evil.example:$PORT is refused" '[ "$(host evil.example:$PORT)" = 403 ]'
check "Host: localhost:$PORT is served" '[ "$(host localhost:$PORT)" = 200 ]'
check "Host: 127.0.0.1:$PORT is served" '[ "$(host 127.0.0.1:$PORT)" = 200 ]'
check "Host: [::1]:$PORT is served" '[ "$(host "[::1]:$PORT")" = 200 ]'
check "Host: 127.0.0.1.evil.example is refused" '[ "$(host 127.0.0.1.evil.example)" = 403 ]'
python3 - "$PORT" >"$T/nul" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET /api/events?limit=1\x00junk HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
d = b""
while True:
    x = s.recv(65536)
    if not x:
        break
    d += x
print(d.split(b"\r\n")[0].decode())
PY
check "a raw NUL in the URI is a 400, not a cut URI (D8)" 'grep -q " 400 " "$T/nul"'
stop
start --allow-host news.example --allow-host Other.Example
check "--allow-host serves that name" '[ "$(host news.example:$PORT)" = 200 ] && [ "$(host other.example)" = 200 ]'
check "--allow-host serves no other" '[ "$(host evil.example)" = 403 ]'
stop

echo "$((n - fails)) of $n checks passed"
[ $fails -eq 0 ]
