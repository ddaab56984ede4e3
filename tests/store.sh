#!/bin/sh
# store.sh — command-level tests of the store (parley ingest/query/export/
# stats) on either backend: idempotent re-ingest, replacement of a changed
# document, a kill -9 in the middle of an ingest followed by a rerun, and
# the hostile cases (SQLite: read-only file and directory, locked, full,
# corrupt, newer schema; PostgreSQL: locked, read-only role, newer schema,
# unreachable server, several writers at once).
# usage: store.sh PATH/TO/parley [sqlite|postgresql] — every check prints
# PASS, FAIL or SKIP (with the reason); the exit status is 1 if anything
# failed. PostgreSQL needs the cluster of tests/pgcluster.sh.
set -u
PARLEY=${1:?usage: store.sh PATH/TO/parley [sqlite|postgresql]}
BACKEND=${2:-sqlite}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
GEN="python3 $HERE/gen_store_input.py"
T=$(mktemp -d /tmp/parley-store-sh.XXXXXX)
. "$HERE/backend.sh"
chmod 755 "$T"
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "PASS: $1"; }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }
sk() { skip=$((skip + 1)); echo "SKIP: $1"; }
check() { # check NAME CONDITION...
    name=$1; shift
    if "$@"; then ok "$name"; else ko "$name"; fi
}
quiet() { "$@" >/dev/null 2>&1; }
# runs a command, keeping its status in $rc and stderr in $T/err
run() { "$@" >"$T/out" 2>"$T/err"; rc=$?; }
# expect_error NAME STATUS PATTERN COMMAND...: exit status and message
expect_error() {
    name=$1 want=$2 pat=$3; shift 3
    run "$@"
    if [ "$rc" -eq "$want" ] && grep -q -- "$pat" "$T/err"; then
        ok "$name"
    else
        ko "$name (status $rc, want $want; stderr: $(head -c 300 "$T/err"))"
    fi
}
events() { "$PARLEY" export --db "$1" --format jsonl | wc -l | tr -d ' '; }
docs() { "$PARLEY" stats --db "$1" | awk '$1 == "documents" {print $2}'; }
sql() { python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); r = c.execute(sys.argv[2]).fetchone()
c.commit(); print(r[0] if r else "")' "$@"; }
# the store's own check: SQLite's integrity and full-text checks, or
# PostgreSQL's counters against the tables
fts_ok() { quiet "$PARLEY" stats --check --db "$1"; }
A=$(newdb a) TTY=$(newdb tty) W=$(newdb w) REF=$(newdb ref) K=$(newdb k) INT=$(newdb int)

# ---- idempotence ------------------------------------------------------
$GEN 40 --seed 7 >"$T/a.jsonl"
run "$PARLEY" ingest --db "$A" "$T/a.jsonl"
check "ingest succeeds" [ "$rc" -eq 0 ]
check "summary line when stderr is not a terminal" \
    grep -Eq 'ingested 40 documents \(0 skipped, 0 replaced\), [0-9]+ events in [0-9.]+ s' "$T/err"
n1=$(events "$A")
check "the coder found events ($n1)" [ "$n1" -gt 0 ]
run "$PARLEY" ingest --db "$A" "$T/a.jsonl"
check "re-ingest skips everything" grep -q 'ingested 0 documents (40 skipped, 0 replaced), 0 events' "$T/err"
check "re-ingest leaves the event count" [ "$(events "$A")" -eq "$n1" ]
check "re-ingest leaves the document count" [ "$(docs "$A")" -eq 40 ]
if command -v script >/dev/null; then
    # on a terminal: a progress bar that ends at 100 %, then the summary
    script -qec "'$PARLEY' ingest --db '$TTY' '$T/a.jsonl'" /dev/null >"$T/tty" 2>&1
    check "progress bar on a terminal" grep -q '100% 40 docs, [0-9]* events, [0-9]* docs/s' "$T/tty"
    check "summary after the bar" grep -q 'ingested 40 documents (0 skipped, 0 replaced)' "$T/tty"
else
    sk "progress bar on a terminal: no script(1) to make one"
fi
"$PARLEY" ingest --db "$A" --force --quiet "$T/a.jsonl" 2>"$T/err"
check "--force re-codes without duplicates" [ "$(events "$A")" -eq "$n1" ]
check "--force re-codes every unchanged document (D6)" grep -q 'ingested 40 documents (0 skipped, 0 replaced, 40 re-coded)' "$T/err"
check "--force: the store stays consistent" fts_ok "$A"
# D6 (issue 13): events coded with other dictionaries are replaced by --force: first
# without the built-in dictionaries (no events), then with them
F=$(newdb f)
"$PARLEY" ingest --db "$F" --no-builtin --quiet "$T/a.jsonl" 2>"$T/err"
check "--no-builtin codes no events" [ "$(events "$F")" -eq 0 ]
"$PARLEY" ingest --db "$F" --quiet "$T/a.jsonl" 2>"$T/err"
check "without --force, unchanged documents keep their old coding" [ "$(events "$F")" -eq 0 ]
"$PARLEY" ingest --db "$F" --force --quiet "$T/a.jsonl" 2>"$T/err"
check "--force re-codes them with today's dictionaries (D6)" [ "$(events "$F")" -eq "$n1" ]

# ---- -j: coding threads store the same, in input order ----------------
J=$(newdb j)
run "$PARLEY" ingest --db "$J" -j 3 "$T/a.jsonl"
check "ingest -j 3 succeeds" [ "$rc" -eq 0 ]
check "ingest -j 3 stores what -j 1 stores" \
    sh -c '"$1" export --db "$2" --format jsonl >"$4/j1"; "$1" export --db "$3" --format jsonl >"$4/j3"; cmp -s "$4/j1" "$4/j3"' - "$PARLEY" "$A" "$J" "$T"
expect_error "ingest -j 999 is refused" 2 'from 0 to 256' "$PARLEY" ingest --db "$J" -j 999 "$T/a.jsonl"

# ---- a store with over a thousand actors: the read caches grow while
# events are read (a use after free under ASan before the fix) -----------
BIGA=$(newdb biga)
python3 "$HERE/../bench/gencorpus.py" --size 400K --seed 3 -o "$T/many.jsonl"
quiet "$PARLEY" ingest -q --db "$BIGA" "$T/many.jsonl"
nmany=$("$PARLEY" stats --db "$BIGA" | awk '$1 == "events" && NF == 2 {print $2}')
check "export of a store with many actors ($nmany events)" \
    [ "$(events "$BIGA")" -eq "$nmany" -a "$nmany" -gt 1000 ]
check "stats by country over many actors" \
    sh -c '"$1" aggregate --db "$2" --dyad --by week --level country >/dev/null 2>&1' - "$PARLEY" "$BIGA"

# ---- a changed document replaces its events ---------------------------
head -n 1 "$T/a.jsonl" | python3 -c 'import json, sys
d = json.loads(sys.stdin.read())
d["text"] = "Minister of Foreign Affairs of Japan Takeshi Iwaya met with UN Secretary-General Antonio Guterres in Vienna. Zebrafish governance was discussed."
print(json.dumps(d))' >"$T/changed.jsonl"
id=$(python3 -c 'import json, sys; print(json.loads(open(sys.argv[1]).read())["id"])' "$T/changed.jsonl")
run "$PARLEY" ingest --db "$A" "$T/changed.jsonl"
check "a changed document is replaced" grep -q '(0 skipped, 1 replaced)' "$T/err"
want=$("$PARLEY" code "$T/changed.jsonl" 2>/dev/null | wc -l | tr -d ' ')
got=$("$PARLEY" query --db "$A" --doc "$id" --format jsonl | wc -l | tr -d ' ')
check "its events are the new coding ($got = $want)" [ "$got" -eq "$want" ]
"$PARLEY" query --db "$A" --doc "$id" --format jsonl >"$T/d1.jsonl"
check "no event of the old version is left" python3 -c 'import json, sys
new = json.loads(open(sys.argv[1]).read())["text"]
for l in open(sys.argv[2]):
    assert json.loads(l)["text"] in new, l
' "$T/changed.jsonl" "$T/d1.jsonl"
check "still 40 documents" [ "$(docs "$A")" -eq 40 ]
check "the full-text index follows the replacement" fts_ok "$A"

# ---- queries and exports ----------------------------------------------
# dates that do not exist and unknown types are usage errors (issue 13, D10)
for opt in "--from 2024-13" "--to 2024-13" "--from 2024-02-30" "--to 2023-02-29" "--type MEET" "--type consulting"; do
    run "$PARLEY" query --db "$A" $opt
    check "query $opt is a usage error (2), named (D10)" [ "$rc" -eq 2 ] && grep -q -- "${opt%% *}" "$T/err"
    run "$PARLEY" export --db "$A" $opt
    check "export $opt is a usage error (2) (D10)" [ "$rc" -eq 2 ]
done
run "$PARLEY" query --db "$A" --from 2024-02-29 --type consult
check "query --from 2024-02-29 --type consult is fine" [ "$rc" -eq 0 ]
run "$PARLEY" query --db "$A" --actor KAZ --type CONSULT --format table
check "query --actor KAZ --type CONSULT (table) runs" [ "$rc" -eq 0 ]
check "the table has a header" grep -q '^date  *type  *source → target  *place  *evidence' "$T/out"
nk=$("$PARLEY" query --db "$A" --actor KAZ --format jsonl | wc -l)
nall=$(events "$A")
check "--actor KAZ selects a part ($nk of $nall)" [ "$nk" -gt 0 -a "$nk" -lt "$nall" ]
check "--limit" [ "$("$PARLEY" query --db "$A" --limit 3 --format jsonl | wc -l)" -eq 3 ]
check "--text is diacritics-insensitive" \
    [ "$("$PARLEY" query --db "$A" --text 'Popsoi' --format jsonl | wc -l)" -eq \
      "$("$PARLEY" query --db "$A" --text 'Popșoi' --format jsonl | wc -l)" ]
nnear=$("$PARLEY" query --db "$BIGA" --text 'NEAR(nuclear talks, 5)' --format jsonl | wc -l)
check "--text NEAR(a b, N) finds the sentences with both words ($nnear)" \
    [ "$nnear" -gt 0 -a "$nnear" -eq "$("$PARLEY" query --db "$BIGA" --text 'nuclear talks' --format jsonl | wc -l)" ]
for f in jsonl csv tsv plover phoenix-tsv; do
    run "$PARLEY" export --db "$A" --format $f -o "$T/export.$f"
    check "export --format $f" [ "$rc" -eq 0 -a -s "$T/export.$f" ]
done
check "csv has a header and one line per event" \
    [ "$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1]))))' "$T/export.csv")" -eq $((nall + 1)) ]
check "plover lines are JSON with the PLOVER fields" python3 -c 'import json, sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    assert {"id", "date", "actor", "recipient", "event", "mode", "event_loc", "event_text", "quad_code", "goldstein", "cameo", "source"} <= set(o), o
' "$T/export.plover"
check "jsonl export is the contract" python3 -c 'import json, sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    assert {"doc", "id", "date", "type", "source", "target", "text"} <= set(o), o
' "$T/export.jsonl"

# one-a-day: the same story from two documents counts once
python3 -c 'import json, sys
for i in (1, 2):
    print(json.dumps({"id": "wire-%d" % i, "date": "2024-05-06", "text": "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with UN Secretary-General António Guterres in New York."}))' >"$T/wire.jsonl"
"$PARLEY" ingest -q --db "$W" "$T/wire.jsonl" 2>/dev/null
nw=$(events "$W")
nd=$("$PARLEY" export --db "$W" --one-a-day | wc -l)
if [ "$nw" -eq 0 ]; then
    ko "one-a-day: the coder found no event in the wire story"
else
    check "one-a-day counts a story from two documents once ($nw -> $nd)" [ "$nd" -eq $((nw / 2)) ]
    "$PARLEY" export --db "$W" --one-a-day >"$T/oad.jsonl"
    check "one-a-day keeps both document ids" grep -q '"merged": \[{"id": "wire-1:.*"doc": "wire-2"' "$T/oad.jsonl"
fi

# ---- bad command lines ------------------------------------------------
expect_error "query without --db" 2 'db DB is required' "$PARLEY" query
expect_error "query of a missing database" 2 'no such database' "$PARLEY" query --db "$(missingdb missing)"
check "... which is not created" [ ! -e "$(missingdb missing)" ]
expect_error "unknown export format" 2 'unknown format' "$PARLEY" export --db "$A" --format xml
expect_error "bad --cameo" 2 'cameo' "$PARLEY" query --db "$A" --cameo "04' OR 1=1"
expect_error "bad --from" 2 'from' "$PARLEY" query --db "$A" --from yesterday

# ---- kill -9 in the middle, then rerun ---------------------------------
# Enough documents that the ingest is still running after its first
# commit, which comes from a pause in the input (a piped input that has
# nothing to read is committed at once, whatever the batches' size).
NBIG=10000
$GEN $NBIG --seed 3 >"$T/big.jsonl"
"$PARLEY" ingest -q --db "$REF" "$T/big.jsonl" 2>/dev/null
# start_ingest DB: an ingest of big.jsonl in the background ($pid), once
# it has committed some documents (max 30 s): the first 500 come, then a
# pause of 3 s, 2,000 more, and a pause of 10 s before the rest, so that
# the ingest is still waiting for input when a slow store (a PostgreSQL
# batch merged while the next is read) shows the first documents
start_ingest() {
    { head -n 500 "$T/big.jsonl"; sleep 3; sed -n '501,2500p' "$T/big.jsonl"; sleep 10;
      tail -n +2501 "$T/big.jsonl"; } |
        "$PARLEY" ingest -q --db "$1" - 2>"$T/bg.err" &
    pid=$!
    i=0
    while [ $i -lt 300 ]; do
        n=$(docs "$1" 2>/dev/null)
        [ -n "$n" ] && [ "$n" -gt 50 ] && break
        sleep 0.1
        i=$((i + 1))
    done
}
start_ingest "$K"
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
partial=$(docs "$K")
check "the killed ingest stopped part-way ($partial of $NBIG documents)" [ "$partial" -gt 0 -a "$partial" -lt $NBIG ]
check "after kill -9 the file is sound" quiet "$PARLEY" stats --check --db "$K"
check "after kill -9 the full-text index is sound" fts_ok "$K"
run "$PARLEY" ingest --db "$K" "$T/big.jsonl"
check "the rerun finishes the job" grep -q "($partial skipped, 0 replaced)" "$T/err"
"$PARLEY" export --db "$K" >"$T/k.out"
"$PARLEY" export --db "$REF" >"$T/ref.out"
check "killed + rerun = uninterrupted run ($(wc -l <"$T/ref.out") events)" cmp -s "$T/k.out" "$T/ref.out"
if [ "$BACKEND" = sqlite ]; then
    check "integrity_check after the rerun" [ "$(sql "$K" 'PRAGMA integrity_check')" = ok ]
fi
check "the full-text index after the rerun" fts_ok "$K"
check "--text finds the same after kill and rerun" [ "$("$PARLEY" query --db "$K" --text Guterres --format jsonl | md5sum)" = \
    "$("$PARLEY" query --db "$REF" --text Guterres --format jsonl | md5sum)" ]

# SIGINT: the ingest stops, commits what it coded, and its summary counts
# exactly what is stored
start_ingest "$INT"
kill -INT $pid 2>/dev/null
wait $pid
rc=$?
stored=$(docs "$INT")
check "interrupted: exit status 130 ($rc) and a note to run again" \
    grep -q 'interrupted; run again' "$T/bg.err"
[ "$rc" -eq 130 ] || ko "interrupted: exit status $rc, want 130"
check "interrupted: the summary counts what is stored ($stored)" \
    grep -q "ingested $stored documents" "$T/bg.err"

# ---- PostgreSQL: several writers, locks, roles, versions ----------------
pg_hostile() {
    # Four ingests at once into one database, with overlapping inputs:
    # every document once, every event once, as one ingest stores them.
    $GEN 400 --seed 11 >"$T/p1.jsonl"
    $GEN 400 --seed 12 | sed 's/"id": "gen-/"id": "gen2-/' >"$T/p2.jsonl"
    cat "$T/p1.jsonl" "$T/p2.jsonl" | sort -R --random-source="$T/p1.jsonl" >"$T/p12.jsonl"
    C=$(newdb conc) ONE=$(newdb one)
    "$PARLEY" ingest -q --db "$ONE" "$T/p1.jsonl" "$T/p2.jsonl" 2>/dev/null
    pids=""
    for f in p1 p2 p12 p2; do
        "$PARLEY" ingest -q --db "$C" "$T/$f.jsonl" 2>>"$T/conc-$f.err" &
        pids="$pids $!"
    done
    rcs=0
    for j in $pids; do wait "$j" || rcs=$((rcs + 1)); done
    check "four concurrent ingests succeed ($rcs failed: $(cat "$T"/conc-*.err | head -c 300))" [ "$rcs" -eq 0 ]
    "$PARLEY" export --db "$C" >"$T/conc.out"
    "$PARLEY" export --db "$ONE" >"$T/one.out"
    check "concurrent = one ingest ($(wc -l <"$T/one.out") events, no duplicates, none lost)" cmp -s "$T/conc.out" "$T/one.out"
    check "concurrent: 800 documents" [ "$(docs "$C")" -eq 800 ]
    check "concurrent: counters and summaries agree with the tables" fts_ok "$C"
    "$PARLEY" stats --db "$C" >"$T/conc.stats"
    "$PARLEY" stats --db "$ONE" >"$T/one.stats"
    check "concurrent: the same statistics" cmp -s "$T/conc.stats" "$T/one.stats"

    # another session holds a lock on the documents until it is ended:
    # the ingest starts once the lock is granted (a fixed 0.5 s wait and
    # a 3 s lock raced with a slow machine: at load 30 under ASan the
    # ingest ran before or after it)
    (psql -q -X "$PARLEY_PG_URL/w?application_name=parley-test-locker" -c "BEGIN; LOCK TABLE parley.documents IN EXCLUSIVE MODE; SELECT pg_sleep(120); COMMIT" >/dev/null 2>&1 &)
    i=0
    while [ "$(psql -X -tA "$PARLEY_PG_URL/w" -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'documents' AND l.mode = 'ExclusiveLock' AND l.granted")" != 1 ] && [ $i -lt 600 ]; do
        sleep 0.05; i=$((i + 1))
    done
    expect_error "locked database: ingest" 3 'locked' "$PARLEY" ingest --busy-timeout 200 --db "$W" "$T/a.jsonl"
    run "$PARLEY" query --db "$W" --format jsonl
    check "locked database: readers still read" [ "$rc" -eq 0 -a -s "$T/out" ]
    psql -X -q "$PARLEY_PG_URL/w" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parley-test-locker'" >/dev/null
    sleep 3

    # a role that may only read
    psql -q -X "$PARLEY_PG_URL/w" -c "DROP ROLE IF EXISTS parley_reader" \
        -c "CREATE ROLE parley_reader LOGIN" \
        -c "GRANT USAGE ON SCHEMA parley TO parley_reader" \
        -c "GRANT SELECT ON ALL TABLES IN SCHEMA parley TO parley_reader" >/dev/null 2>&1
    RO=$(echo "$W" | sed 's|://postgres@|://parley_reader@|')
    expect_error "read-only role: ingest" 3 'read-only' "$PARLEY" ingest --db "$RO" "$T/a.jsonl"
    run "$PARLEY" query --db "$RO" --format jsonl
    check "read-only role: query works" [ "$rc" -eq 0 -a -s "$T/out" ]

    N=$(newdb newer)
    "$PARLEY" ingest -q --db "$N" "$T/wire.jsonl" 2>/dev/null
    pgsql newer "UPDATE parley.meta SET value = '99' WHERE key = 'schema'"
    expect_error "newer schema" 3 'newer than this parley' "$PARLEY" query --db "$N"
    E=$(newdb empty)
    expect_error "a database without a parley schema" 3 'not a parley database' "$PARLEY" query --db "$E"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    expect_error "no server there" 3 'cannot connect' "$PARLEY" ingest --db "postgresql://postgres@127.0.0.1:$port/x" "$T/a.jsonl"
    expect_error "a URL that is not one" 3 'cannot connect' "$PARLEY" query --db "postgresql://nohost.invalid:1/x?connect_timeout=2"
    check "the message shows no password" sh -c "! \"$PARLEY\" query --db 'postgresql://u:s3cret@127.0.0.1:$port/x' 2>&1 | grep -q s3cret"
}
sqlite_hostile() {
printf 'this is not a database at all, just some garbage bytes %0900d' 0 >"$T/garbage.db"
expect_error "corrupt file: ingest" 3 'not a database' "$PARLEY" ingest --db "$T/garbage.db" "$T/wire.jsonl"
expect_error "corrupt file: query" 3 'not a database' "$PARLEY" query --db "$T/garbage.db"
expect_error "corrupt file: stats" 3 'not a database' "$PARLEY" stats --db "$T/garbage.db"
cp "$W" "$T/new.db"
sql "$T/new.db" 'PRAGMA user_version = 99' >/dev/null
expect_error "newer schema" 3 'newer than this parley' "$PARLEY" query --db "$T/new.db"
sql "$T/other.db" 'CREATE TABLE t(x)' >/dev/null
expect_error "someone else's database" 3 'not a parley database' "$PARLEY" ingest --db "$T/other.db" "$T/wire.jsonl"

# locked: another connection holds the write lock for 3 s
python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); open(sys.argv[2], "w").close(); time.sleep(3)' "$W" "$T/locked" &
lpid=$!
while [ ! -e "$T/locked" ]; do sleep 0.05; done
expect_error "locked database: ingest" 3 'database is locked' "$PARLEY" ingest --busy-timeout 200 --db "$W" "$T/a.jsonl"
run "$PARLEY" query --db "$W" --format jsonl
check "locked database: readers still read (WAL)" [ "$rc" -eq 0 -a -s "$T/out" ]
wait $lpid

# full: the file may not grow past a size limit (ulimit -f, in 512-byte
# blocks for sh); parley ignores SIGXFSZ, so the write fails cleanly.
cp "$W" "$T/full.db"
(ulimit -f 200 && exec "$PARLEY" ingest --db "$T/full.db" "$T/big.jsonl") >/dev/null 2>"$T/err"
rc=$?
if [ "$rc" -eq 3 ] && grep -Eq 'disk|full|I/O' "$T/err"; then ok "full disk: clear error, status 3"
else ko "full disk (status $rc: $(head -c 300 "$T/err"))"; fi
check "full disk: the file is still sound" quiet "$PARLEY" stats --check --db "$T/full.db"
run "$PARLEY" ingest --db "$T/full.db" "$T/big.jsonl"
check "full disk: a rerun with room completes" [ "$rc" -eq 0 -a "$(events "$T/full.db")" -eq $(($(events "$REF") + nw)) ]

# read-only file and directory. root ignores permissions, so as root the
# commands run as nobody through setpriv.
AS=""
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null; then
        AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
    else
        AS=none
    fi
fi
if [ "$AS" = none ]; then
    sk "read-only file and directory: running as root without setpriv"
else
    mkdir "$T/ro"
    cp "$W" "$T/ro/r.db"
    chmod 644 "$T/ro/r.db"; chmod 444 "$T/ro/r.db"
    chmod 777 "$T/ro"   # the file is read-only, the directory is not
    chmod 644 "$T/wire.jsonl" "$T/a.jsonl"
    expect_error "read-only file: ingest" 3 'read-only' $AS "$PARLEY" ingest --db "$T/ro/r.db" "$T/a.jsonl"
    run $AS "$PARLEY" query --db "$T/ro/r.db" --format jsonl
    check "read-only file: query works" [ "$rc" -eq 0 -a -s "$T/out" ]
    chmod 555 "$T/ro"
    chmod 644 "$T/ro/r.db" 2>/dev/null || true
    expect_error "read-only directory: ingest" 3 'read-only\|cannot open\|unable to open' $AS "$PARLEY" ingest --db "$T/ro/r.db" "$T/a.jsonl"
    run $AS "$PARLEY" query --db "$T/ro/r.db" --format jsonl
    check "read-only directory: query works ($(head -c 200 "$T/err"))" [ "$rc" -eq 0 -a -s "$T/out" ]
    expect_error "read-only directory: new database" 3 'cannot open\|unable to open\|read-only' $AS "$PARLEY" ingest --db "$T/ro/new.db" "$T/wire.jsonl"
    chmod 755 "$T/ro"
fi

}
if [ "$BACKEND" = sqlite ]; then sqlite_hostile; else pg_hostile; fi

echo "store.sh: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
