#!/bin/sh
# serve.sh — API tests of `parley serve`: a store of examples/ on a free
# loopback port, every endpoint with curl, JSON checked with python3;
# bad parameters (400 naming them), unknown paths (404), other methods
# (405), bodies and long URIs (413/414), too many headers (431), path
# traversal (404), paging with cursors, and a clean stop on SIGTERM.
# usage: tests/serve.sh PATH/TO/parley [sqlite|postgresql]
set -u
PARLEY=$1
BACKEND=${2:-sqlite}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/parley-serve.XXXXXX)
. "$HERE/backend.sh"
S=$(newdb serve_s)
BIG=$(newdb serve_big)
MISSING=$(missingdb serve_missing)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
fails=0 n=0
ok() { n=$((n + 1)); echo "ok    $1"; }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL  $1"; }

"$PARLEY" ingest -q --db "$S" "$HERE/../examples" 2>/dev/null || { echo "ingest failed"; exit 1; }
# the number of events the coder finds in examples/ (the checks below do
# not depend on how good the coder is)
N=$("$PARLEY" code "$HERE/../examples" 2>/dev/null | wc -l)
export N
NG=$("$PARLEY" code "$HERE/../examples" 2>/dev/null | python3 -c "import json, sys; print(sum(1 for l in sys.stdin if (json.loads(l).get('place') or {}).get('name') == 'Geneva'))")
# the events with a place, and the set of those places, as a Python set
NP=$("$PARLEY" code "$HERE/../examples" 2>/dev/null | python3 -c "import json, sys; print(sum(1 for l in sys.stdin if json.loads(l).get('place')))")
PLACES=$("$PARLEY" code "$HERE/../examples" 2>/dev/null | python3 -c "import json, sys; print(repr(sorted({json.loads(l)['place']['name'] for l in sys.stdin if json.loads(l).get('place')})))")

# Usage errors, before any socket.
"$PARLEY" serve >/dev/null 2>&1; [ $? -eq 2 ] && ok "no --db: exit 2" || bad "no --db: exit 2"
"$PARLEY" serve --db "$S" --port 70000 >/dev/null 2>&1; [ $? -eq 2 ] && ok "bad --port: exit 2" || bad "bad --port"
"$PARLEY" serve --db "$S" --bind nowhere >/dev/null 2>"$T/e"; [ $? -eq 2 ] && grep -q -- '--bind' "$T/e" && ok "bad --bind: exit 2, named" || bad "bad --bind"
"$PARLEY" serve --db "$MISSING" --port 0 >/dev/null 2>"$T/e"; [ $? -eq 2 ] && grep -q 'no such database' "$T/e" && ok "missing store: exit 2" || bad "missing store"

"$PARLEY" serve --db "$S" --port 0 --threads 2 >"$T/out" 2>"$T/err" &
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
case $URL in http://127.0.0.1:*) ok "binds 127.0.0.1 by default ($URL)" ;; *) bad "default bind: $URL" ;; esac

# get PATH STATUS [PY]: GET URL+PATH, check the status and, with PY, run
# the python expression PY over the JSON body as `d` (it must be true).
get() {
    code=$(curl -s -o "$T/body" -w '%{http_code}' --path-as-is "$URL$1")
    if [ "$code" != "$2" ]; then bad "GET $1: status $code, want $2: $(head -c 300 "$T/body")"; return; fi
    if [ -n "${3:-}" ]; then
        if python3 -c "import json,sys,re; d=json.load(open(sys.argv[1])); sys.exit(0 if ($3) else 1)" "$T/body" 2>"$T/pyerr"; then
            ok "GET $1 -> $2, $3"
        else
            bad "GET $1: check failed: $3: $(head -c 300 "$T/body") $(tail -n 1 "$T/pyerr")"
        fi
    else
        ok "GET $1 -> $2"
    fi
}
# Bad parameter: 400 with "parameter" naming it.
get400() { get "$1" 400 "d['parameter'] == '$2' and '$2' in d['error'] and d['status'] == 400"; }

get /healthz 200 "d['status'] == 'ok'"
get /api/events 200 "d['count'] == $N and d['next'] is None and len(d['events']) == $N"
get '/api/events?limit=5' 200 "d['count'] == 5 and d['next']"
get '/api/events?actor=KAZ' 200 "d['count'] > 0 and all('KAZ' in (e['source']['country'], e['target']['country']) for e in d['events'])"
get '/api/events?actor=Nurtleu&type=consult' 200 "d['count'] == 3 and all(e['type'] == 'CONSULT' for e in d['events'])"
get '/api/events?source=RUS' 200 "d['count'] > 0 and all(e['source']['country'] == 'RUS' for e in d['events'])"
get '/api/events?target=LTU&cameo=1' 200 "all(e['target']['country'] == 'LTU' and e['cameo'].startswith('1') for e in d['events'])"
get '/api/events?from=2025-03&to=2025-06' 200 "d['count'] > 0 and all('2025-03' <= e['date'] <= '2025-06~' for e in d['events'])"
get '/api/events?place=geneva' 200 "d['count'] > 0 and all(e['place']['name'] == 'Geneva' for e in d['events'])"
get '/api/events?text=expelled' 200 "d['count'] >= 1 and all('expel' in e['text'] for e in d['events'])"
get '/api/events?text=%22unfriendly+step%22' 200 "d['count'] >= 1"
get '/api/events?text=AND%20OR%20(' 200 "d['count'] == 0"
get '/api/events?topic=trade' 200 "all(any('trade' in t for t in e['topics']) for e in d['events'])"
get '/api/events?actor=M%C3%BCrat+nurtleu' 200 "d['count'] == 6"
get '/api/events?actor=' 200 "d['count'] == $N"
get '/api/events?actor=nobody-at-all' 200 "d['count'] == 0 and d['events'] == [] and d['next'] is None"
get '/api/events?doc=astana-readout' 200 "d['count'] > 0 and all(e['doc'] == 'astana-readout' for e in d['events'])"
get '/api/events?limit=1' 200 "d['events'][0]['doc_title'] and d['events'][0]['doc_url'] is not None or True"

# Paging: walking the cursors gives every event once, newest first.
python3 - "$URL" <<'PY' && ok "cursor paging: all $N events in pages of 4, no duplicates, newest first" || bad "cursor paging"
import json, sys, urllib.request
url = sys.argv[1]
seen, cur, pages = [], None, 0
while True:
    q = url + '/api/events?limit=4&actor=' + ('' if True else '') + ('&cursor=' + cur if cur else '')
    d = json.load(urllib.request.urlopen(q))
    pages += 1
    seen += [(e['date'] or '', e['id']) for e in d['events']]
    cur = d['next']
    if not cur:
        break
    assert pages < 20
ids = [i for _, i in seen]
dates = [x for x, _ in seen]
import os
n = int(os.environ['N'])
assert len(ids) == n and len(set(ids)) == n, ids
assert dates == sorted(dates, reverse=True), dates
assert pages == (n + 3) // 4
PY

get '/api/events/astana-readout:1:1' 200 "d['id'] == 'astana-readout:1:1' and d['type'] == 'CONSULT' and d['doc_title']"
get '/api/events/astana-readout%3A1%3A1' 200 "d['id'] == 'astana-readout:1:1'"
get '/api/events/nope:1:1' 404 "d['status'] == 404"
get '/api/events/astana-readout:1:1?x=1' 400 "d['parameter'] == 'x'"
get '/api/actors?q=nurt' 200 "d['actors'][0]['key'] == 'Murat Nurtleu' and d['actors'][0]['country'] == 'KAZ'"
get '/api/actors?q=ltu' 200 "any(a['key'] == 'LTU' for a in d['actors'])"
get '/api/actors' 200 "0 < len(d['actors']) <= 10"
get '/api/actors?q=%25' 200 "d['actors'] == []"
get '/api/actors?q=a&limit=3' 200 "len(d['actors']) == 3"
get '/api/stats' 200 "d['events'] == $N and d['documents'] == 4 and sum(d['by_type'].values()) == $N and len(d['top_pairs']) == 10 and all(w['week'] <= x['week'] for w, x in zip(d['by_week'], d['by_week'][1:]))"
get '/api/stats?actor=RUS&pairs=2' 200 "d['events'] == 5 and len(d['top_pairs']) == 2"
get '/api/stats?from=2025-06-16&to=2025-06-22' 200 "[w['week'] for w in d['by_week']] == ['2025-06-16']"
get '/api/graph' 200 "len(d['nodes']) > 3 and all(e['source'] in {n['key'] for n in d['nodes']} and e['target'] in {n['key'] for n in d['nodes']} for e in d['edges'])"
get '/api/graph?nodes=2&type=ACCUSE' 200 "len(d['nodes']) == 2 and all(e['type'] == 'ACCUSE' for e in d['edges'])"
# Levels: countries and organisations, persons only.
get '/api/graph?level=country' 200 "{n['key'] for n in d['nodes']} >= {'KAZ', 'UZB', 'RUS', 'LTU', 'UN', 'OHCHR'} and all(' ' not in n['key'] for n in d['nodes']) and all(n['name'] is None for n in d['nodes'])"
get '/api/graph?level=person' 200 "len(d['nodes']) > 3 and all(n['name'] and n['key'] == n['name'] for n in d['nodes'])"
get '/api/stats?level=country&pairs=20' 200 "all(' ' not in p['source'] + p['target'] for p in d['top_pairs']) and {'source': 'LTU', 'target': 'RUS', 'events': 2} in d['top_pairs']"
# Series: the rows of parley aggregate, what is left out, filters.
get '/api/series' 200 "d['by'] == 'week' and d['group'] == 'total' and sum(r['events'] for r in d['rows']) == $N and all(r['quad1'] + r['quad2'] + r['quad3'] + r['quad4'] == r['events'] for r in d['rows']) and d['left_out'] == {'negated': 0, 'undated': 0, 'imprecise': 0}"
get '/api/series?by=month&group=dyad' 200 "d['level'] == 'country' and {'period': '2025-02-01', 'source': 'RUS', 'target': 'LTU'}.items() <= d['rows'][1].items() and d['rows'][1]['accuse'] == 1 and d['rows'][1]['threaten'] == 1 and d['rows'][1]['goldstein_mean'] == -3.2"
get '/api/series?by=all&group=country&actor=KAZ' 200 "[r['country'] for r in d['rows']] == ['JPN', 'KAZ', 'SAU', 'UZB'] and 'period' not in d['rows'][0]"
get '/api/series?by=week&group=dyad&level=person&type=CONSULT' 200 "all(' ' in r['source'] and r['consult'] == r['events'] for r in d['rows'])"
# The map: countries on either side, places with coordinates.
get '/api/map' 200 "{c['country']: c['events'] for c in d['countries']}['KAZ'] == 7 and sorted({p['name'] for p in d['places']}) == $PLACES and {'Astana', 'Geneva'} <= {p['name'] for p in d['places']} and sum(p['events'] for p in d['places']) == $NP"
get '/api/map?place=Geneva' 200 "[p['name'] for p in d['places']] == ['Geneva'] and d['places'][0]['events'] == $NG"
# Downloads of the filtered view: attachments with every matching event.
code=$(curl -s -D "$T/h" -o "$T/body" -w '%{http_code}' "$URL/api/export?actor=RUS&format=csv")
if [ "$code" = 200 ] && grep -qi '^content-disposition: attachment; filename="parley-events.csv"' "$T/h" &&
   grep -qi '^content-type: text/csv' "$T/h" &&
   python3 -c "import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); sys.exit(0 if len(r) == 5 and r[0]['id'] else 1)" "$T/body"; then
    ok "GET /api/export?actor=RUS&format=csv: an attachment with the 5 events"
else
    bad "GET /api/export csv: $code $(head -c 300 "$T/h")"
fi
get '/api/export?format=json' 200 "len(d) == $N and all('id' in e and 'date_precision' in e for e in d)"
get '/api/export?format=json&actor=nobody' 200 "d == []"
# Text search finds word forms, and says what it looked for.
get '/api/events?text=expel' 200 "d['count'] == 1 and 'expelled' in d['text_query']"
get '/api/events?text=%22expel%22' 200 "d['count'] == 0"
get '/api/events?text=meet' 200 "d['count'] >= 5 and 'met' in d['text_query'] and all(re.search(r'\b(meet|meets|met|meeting|meetings)\b', e['text'], re.I) for e in d['events'])"
get '/api/documents/astana-readout' 200 "d['id'] == 'astana-readout' and len(d['events']) > 0 and all(e['doc'] == 'astana-readout' for e in d['events']) and d['text'].encode()[d['events'][0]['span'][0]:d['events'][0]['span'][1]].decode() == d['events'][0]['text']"
get '/api/documents/nope' 404 "d['status'] == 404 and 'document' in d['error']"

# Bad parameters: 400 naming the parameter.
get400 '/api/events?type=MEET' type
get400 '/api/events?from=yesterday' from
get400 '/api/events?to=2024-1-1' to
get400 '/api/events?cameo=04x' cameo
get400 '/api/events?limit=0' limit
get400 '/api/events?limit=ten' limit
get400 '/api/events?limit=100000' limit
get400 '/api/events?cursor=garbage' cursor
get400 '/api/events?cursor=2024-01-01~x' cursor
get400 '/api/events?colour=red' colour
get400 '/api/graph?nodes=-1' nodes
get400 '/api/graph?level=planet' level
get400 '/api/series?by=fortnight' by
get400 '/api/series?group=pairs' group
get400 '/api/series?negated=maybe' negated
get400 '/api/map?by=week' by
get400 '/api/export?format=xlsx' format
get400 '/api/export?nodes=3' nodes
get400 '/api/stats?pairs=1000' pairs
get400 '/api/actors?limit=1000' limit
get400 '/api/actors?type=CONSULT' type
get '/api/events?actor=a&actor=b' 400 "d['parameter'] == 'actor' and 'more than once' in d['error']"
get400 '/api/events?actor=%zz' actor
get400 '/api/events?actor=%00' actor
get400 '/api/events?actor=%ff%fe' actor
get "/api/events?$(python3 -c "print('&'.join('p%d=1' % i for i in range(40)))")" 400 "'too many' in d['error']"
get "/api/events?actor=$(python3 -c "print('x' * 600)")" 400 "d['parameter'] == 'actor'"

# Unknown paths and traversal: 404, never a file.
for p in /nope /api /api/ /api/events/ /api/eventsx /api/documents/ /api/documents/a/b \
         /../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /app.js/../../etc/passwd \
         /web/index.html //etc/passwd /index.html%00.js '/%2fetc%2fpasswd' /.git/config \
         '/api/documents/..%2f..%2fetc%2fpasswd' /meson.build; do
    code=$(curl -s -o "$T/body" -w '%{http_code}' --path-as-is "$URL$p")
    if [ "$code" = 404 ] && ! grep -q 'root:' "$T/body" && python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$T/body" 2>/dev/null; then
        ok "GET $p -> 404 JSON"
    else
        bad "GET $p -> $code $(head -c 200 "$T/body")"
    fi
done

# The page and its assets: embedded, with a content security policy.
code=$(curl -s -D "$T/h" -o "$T/body" -w '%{http_code}' "$URL/")
[ "$code" = 200 ] && grep -qi '^content-type: text/html' "$T/h" && grep -qi '^content-security-policy:' "$T/h" && grep -q '<title>parley' "$T/body" && ok "GET / -> the page, with CSP" || bad "GET / -> $code"
for a in /index.html /app.js /app.css /favicon.svg; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$URL$a")
    [ "$code" = 200 ] && ok "GET $a -> 200" || bad "GET $a -> $code"
done
code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/?actor=KAZ&type=CONSULT")
[ "$code" = 200 ] && ok "GET /?filters -> 200 (shareable URL)" || bad "GET /?filters -> $code"
code=$(curl -s -I -o /dev/null -w '%{http_code}' "$URL/api/stats")
[ "$code" = 200 ] && ok "HEAD /api/stats -> 200" || bad "HEAD -> $code"

# Methods, bodies, sizes, headers.
for m in POST PUT DELETE PATCH OPTIONS; do
    code=$(curl -s -D "$T/h" -o "$T/body" -w '%{http_code}' -X $m "$URL/api/events")
    [ "$code" = 405 ] && grep -qi '^allow: GET, HEAD' "$T/h" && grep -q '"status": 405' "$T/body" && ok "$m -> 405 with Allow" || bad "$m -> $code"
done
head -c 100000 /dev/zero | tr '\0' 'x' >"$T/big"
code=$(curl -s -o "$T/body" -w '%{http_code}' -X GET --data-binary @"$T/big" "$URL/api/events")
[ "$code" = 413 ] && grep -q '"status": 413' "$T/body" && ok "GET with a 100 kB body -> 413" || bad "GET with body -> $code"
code=$(curl -s -o "$T/body" -w '%{http_code}' "$URL/api/events?text=$(python3 -c "print('y' * 5000)")")
[ "$code" = 414 ] && grep -q '"status": 414' "$T/body" && ok "5 kB URI -> 414" || bad "long URI -> $code"
code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/events?text=$(python3 -c "print('y' * 40000)")")
[ "$code" = 414 ] || [ "$code" = 431 ] && ok "40 kB URI -> $code (refused by libmicrohttpd's limit)" || bad "huge URI -> $code"
hdrs=$(python3 -c "print(' '.join('-H X-H%d:1' % i for i in range(80)))")
code=$(curl -s -o "$T/body" -w '%{http_code}' $hdrs "$URL/api/events")
[ "$code" = 431 ] && ok "80 headers -> 431" || bad "80 headers -> $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $(python3 -c "print('z' * 40000)")" "$URL/healthz")
[ "$code" = 431 ] || [ "$code" = 413 ] && ok "40 kB header -> $code" || bad "40 kB header -> $code"

# Error bodies never carry paths or internals.
if grep -r -l -e "$T" -e '\.c:' -e 'sqlite' -e 'postgres' -e 'SELECT' "$T/body" >/dev/null 2>&1; then bad "error body leaks internals"; else ok "error bodies carry no paths"; fi

# A slow client is dropped after the timeout; the server still answers.
python3 - "$URL" <<'PY' && ok "half-sent request does not block others" || bad "slowloris"
import socket, sys, urllib.request
host, port = sys.argv[1][7:].split(':')
socks = []
for _ in range(20):
    s = socket.create_connection((host, int(port)))
    s.sendall(b'GET /api/events HTTP/1.1\r\nHost: x\r\n')
    socks.append(s)
d = urllib.request.urlopen(sys.argv[1] + '/healthz', timeout=5).read()
assert b'ok' in d
for s in socks: s.close()
PY

# The store is opened read-only: the server holds no write lock, so
# ingest works while it runs, and the new document is served.
get '/api/stats?pairs=0' 200 "d['events'] == $N"
get '/api/actors?q=uzb' 200 "all(a['events'] < 10 for a in d['actors'])"
printf 'Kazakhstan and Uzbekistan signed an agreement on water in Tashkent.\n' >"$T/new.txt"
"$PARLEY" ingest -q --db "$S" --date 2025-10-01 "$T/new.txt" 2>/dev/null && ok "ingest while serving" || bad "ingest while serving"
get '/api/documents/new' 200 "d['id'] == 'new' and len(d['events']) > 0"
# Ids with '/', spaces and non-ASCII, percent-encoded in one path segment.
printf '{"id": "wire/2025/é 1", "date": "2025-10-02", "text": "Lithuania accused Russia of an unfriendly step."}\n' >"$T/slash.jsonl"
"$PARLEY" ingest -q --db "$S" "$T/slash.jsonl" 2>/dev/null
get '/api/documents/wire%2F2025%2F%C3%A9%201' 200 "d['id'] == 'wire/2025/é 1' and len(d['events']) == 1"
get "/api/events/$(python3 -c "import urllib.parse; print(urllib.parse.quote('wire/2025/é 1:0:1', safe=''))")" 200 "d['doc'] == 'wire/2025/é 1'"
get '/api/documents/wire/2025/%C3%A9%201' 404
get '/api/stats?pairs=0' 200 "d['events'] > $N"  # cached answers follow the store

kill -TERM $pid
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then bad "SIGTERM stops the server"; else wait $pid; st=$?; pid=""; [ $st -eq 0 ] && ok "SIGTERM: clean stop, exit 0" || bad "SIGTERM: exit $st"; fi
if [ -s "$T/err" ]; then echo "server stderr:"; cat "$T/err"; fi

# A request whose queries run over --query-timeout is answered 503, and
# the server goes on answering.
# (8,000 documents: the query takes some milliseconds even on a fast machine)
python3 "$HERE/gen_store_input.py" 8000 >"$T/gen.jsonl"
"$PARLEY" ingest -q --db "$BIG" "$T/gen.jsonl" 2>/dev/null
"$PARLEY" serve --db "$BIG" --port 0 --query-timeout 1 >"$T/out2" 2>"$T/err2" &
pid=$!
i=0
while ! grep -q '^parley: serving' "$T/out2" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/^parley: serving \(http:[^ ]*\)\/$/\1/p' "$T/out2")
get '/api/graph?actor=Nurtleu' 503 "'too long' in d['error'] and d['status'] == 503"
get '/healthz' 200 "d['status'] == 'ok'"
kill -TERM $pid; wait $pid; pid=""
"$PARLEY" serve --db "$S" --query-timeout x >/dev/null 2>&1; [ $? -eq 2 ] && ok "bad --query-timeout: exit 2" || bad "bad --query-timeout"

echo "$((n - fails)) of $n checks passed"
[ $fails -eq 0 ]
