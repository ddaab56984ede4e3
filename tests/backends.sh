#!/bin/sh
# backends.sh — the two store backends give the same answers: one corpus
# is ingested into SQLite and into PostgreSQL (in two batches, the second
# replacing some documents), and every query filter, export format,
# --one-a-day, --limit, the statistics and the API's answers are compared
# byte for byte. Needs the cluster of tests/pgcluster.sh.
# usage: backends.sh PATH/TO/parley
set -u
PARLEY=${1:?usage: backends.sh PATH/TO/parley}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/parley-backends.XXXXXX)
pids=""
trap 'for p in $pids; do kill $p 2>/dev/null; done; rm -rf "$T"' EXIT
trap 'exit 130' INT TERM HUP
BACKEND=postgresql
. "$HERE/backend.sh"
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "PASS: $1"; }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }

# a corpus with what tells backends apart: names with diacritics, month
# and year dates, undated documents, ids that need escaping, a document
# reported by two sources (one a day), and a second version of some
python3 "$HERE/gen_store_input.py" 300 --seed 5 >"$T/a.jsonl"
cat >>"$T/a.jsonl" <<'EOF'
{"id": "odd \"id\"/1", "date": "2024-05-02", "text": "Mihai Popșoi met Péter Szijjártó in Chișinău. Moldova and Hungary signed an agreement on energy."}
{"id": "undated-1", "text": "Lithuania expelled two Russian diplomats. Kazakhstan and Uzbekistan signed an agreement on water."}
{"id": "undated-2", "text": "Lithuania expelled two Russian diplomats. Türkiye and Greece held talks on migration in Ankara."}
{"id": "month-1", "date": "2024-09-10", "text": "In July this year, Kazakhstan and Uzbekistan signed an agreement on water in Tashkent."}
{"id": "wire-a", "date": "2024-05-06", "text": "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York."}
{"id": "wire-b", "date": "2024-05-06", "text": "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York."}
EOF
python3 "$HERE/gen_store_input.py" 40 --seed 6 >"$T/b.jsonl"
# documents over three earlier years, a month each: with more than a year
# of months, PostgreSQL reads a --limit query a few months at a time
python3 "$HERE/gen_store_input.py" 72 --seed 7 | python3 -c '
import json, sys
for i, line in enumerate(sys.stdin):
    d = json.loads(line)
    d["id"] = "early-%03d" % i
    d["date"] = "%d-%02d-%02d" % (2021 + i // 24, 1 + (i // 2) % 12, 3 + i % 20)
    print(json.dumps(d, ensure_ascii=False))' >"$T/c.jsonl"
S=$T/s.db
P=$(newdb backends)
for db in "$S" "$P"; do
    "$PARLEY" ingest -q --db "$db" "$T/a.jsonl" "$HERE/../examples" 2>/dev/null
    "$PARLEY" ingest -q --db "$db" "$T/b.jsonl" 2>/dev/null
    "$PARLEY" ingest -q --db "$db" "$T/c.jsonl" 2>/dev/null
done

same() { # same NAME ARGS...: the command gives the same bytes on both
    name=$1; shift
    "$PARLEY" "$@" --db "$S" >"$T/s.out" 2>"$T/s.err"; rs=$?
    "$PARLEY" "$@" --db "$P" >"$T/p.out" 2>"$T/p.err"; rp=$?
    if [ $rs -eq $rp ] && cmp -s "$T/s.out" "$T/p.out"; then
        ok "$name ($(wc -l <"$T/s.out" | tr -d ' ') lines, status $rs)"
    else
        ko "$name: status $rs/$rp; $(diff "$T/s.out" "$T/p.out" | head -n 6)"
    fi
}
for f in jsonl csv tsv phoenix-tsv plover; do
    same "export --format $f" export --format $f
done
same "export --one-a-day" export --one-a-day
same "stats" stats
set -- "--actor KAZ" "--actor IGO" "--actor UN" "--actor un" "--actor kaz" \
    "--actor nurtleu" "--actor Szijjarto" "--actor popșoi" "--actor ab" \
    "--actor the" "--source RUS" "--target KAZGOV" "--actor nobody" \
    "--type consult" "--type SANCTION" "--cameo 04" "--cameo 057" \
    "--from 2024" "--to 2024-02" "--from 2024-03-05" "--from 2024-07 --to 2024-07" \
    "--place geneva" "--place KAZ" "--place new" "--topic trade" "--topic nothing" \
    "--text nuclear" "--text agreement" "--text 'guterres -met'" "--text agree*" \
    "--text cooperation" "--text 'cooperation NOT expand'" "--text 'Szijjártó'" \
    "--text '\"unfriendly step\"'" "--text 'energy OR migration'" "--text \"(\"" \
    "--doc undated-1" "--doc wire-a" "--doc month-1" "--actor KAZ --type CONSULT --from 2024" \
    "--actor KAZ --target UZB" "--limit 7" "--one-a-day --limit 5" \
    "--limit 300" "--actor KAZ --limit 40" "--from 2021-05 --limit 90" \
    "--text agreement --limit 60" "--to 2023-11 --limit 500" "--actor nobody --limit 5" \
    "--one-a-day --actor KAZ" "--actor UN --one-a-day --from 2024-05" \
    "--one-a-day --limit 60" "--one-a-day --actor KAZ --limit 9" "--one-a-day --from 2023-06 --limit 30"
for q in "$@"; do
    eval "set -- $q"
    same "query $q" query --format jsonl "$@"
done
same "query --format table" query --format table --actor KAZ
same "bad filter" query --cameo x

# the API of both, through two servers
serve() { # serve DB OUT: starts parley serve (its pid kept for the end)
    "$PARLEY" serve --db "$1" --port 0 --threads 2 >"$2" 2>"$2.err" &
    pids="$pids $!"
}
url() { # url OUT: the URL once the server listens
    i=0
    while ! grep -q '^parley: serving' "$1" 2>/dev/null && [ $i -lt 100 ]; do
        sleep 0.1; i=$((i + 1))
    done
    sed -n 's/^parley: serving \(http:[^ ]*\)\/$/\1/p' "$1"
}
serve "$S" "$T/serve-s"
serve "$P" "$T/serve-p"
US=$(url "$T/serve-s")
UP=$(url "$T/serve-p")
api() { # api NAME PATH: same status and JSON on both
    a=$(curl -s -o "$T/as" -w '%{http_code}' "$US$2")
    b=$(curl -s -o "$T/ap" -w '%{http_code}' "$UP$2")
    if [ "$a" = "$b" ] && python3 - "$T/as" "$T/ap" "$3" <<'PY'
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
def norm(d):
    # the API's pages are newest first, then in storage order, which is
    # each backend's own: compare the set, and the dates' order
    if isinstance(d, dict) and 'events' in d and 'next' in d:
        d = dict(d, next=bool(d['next']), events=sorted(json.dumps(e, sort_keys=True) for e in d['events']),
                 dates=[e['date'] for e in d['events']])
    return d
if sys.argv[3] == 'page':
    a, b = norm(a), norm(b)
sys.exit(0 if a == b else 1)
PY
    then ok "API $2 ($a)"; else ko "API $2: $a/$b; $(head -c 300 "$T/as") vs $(head -c 300 "$T/ap")"; fi
}
api stats '/api/stats' x
api stats '/api/stats?actor=KAZ&pairs=5' x
api stats '/api/stats?type=CONSULT&from=2024' x
api graph '/api/graph' x
api graph '/api/graph?nodes=8&actor=Nurtleu' x
api actors '/api/actors' x
api actors '/api/actors?q=nurt' x
api actors '/api/actors?q=kaz&limit=50' x
api actors '/api/actors?limit=100' x
api events '/api/events?limit=500' page
api events '/api/events?actor=KAZ&limit=20' page
api events '/api/events?text=agreement&limit=100' page
api one '/api/events/wire-a:0:1' x
api doc '/api/documents/undated-1' x
api doc '/api/documents/odd%20%22id%22%2F1' x
api bad '/api/events?from=2024-13' x
echo "backends.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
