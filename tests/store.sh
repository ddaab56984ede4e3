#!/bin/sh
# store.sh — command-level tests of the store (parley ingest/query/export/
# stats): idempotent re-ingest, replacement of a changed document, a
# kill -9 in the middle of an ingest followed by a rerun, and the hostile
# cases (read-only file and directory, locked, full, corrupt, newer schema).
# usage: store.sh PATH/TO/parley   — every check prints PASS, FAIL or SKIP
# (with the reason); the exit status is 1 if anything failed.
set -u
PARLEY=${1:?usage: store.sh PATH/TO/parley}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
GEN="python3 $HERE/gen_store_input.py"
T=$(mktemp -d /tmp/parley-store-sh.XXXXXX)
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
# FTS5's check that the full-text index matches the events table
fts_ok() { quiet sql "$1" "INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check')"; }

# ---- idempotence ------------------------------------------------------
$GEN 40 --seed 7 >"$T/a.jsonl"
run "$PARLEY" ingest --db "$T/a.db" "$T/a.jsonl"
check "ingest succeeds" [ "$rc" -eq 0 ]
check "summary line when stderr is not a terminal" \
    grep -Eq 'ingested 40 documents \(0 skipped, 0 replaced\), [0-9]+ events in [0-9.]+ s' "$T/err"
n1=$(events "$T/a.db")
check "the coder found events ($n1)" [ "$n1" -gt 0 ]
run "$PARLEY" ingest --db "$T/a.db" "$T/a.jsonl"
check "re-ingest skips everything" grep -q 'ingested 0 documents (40 skipped, 0 replaced), 0 events' "$T/err"
check "re-ingest leaves the event count" [ "$(events "$T/a.db")" -eq "$n1" ]
check "re-ingest leaves the document count" [ "$(docs "$T/a.db")" -eq 40 ]
if command -v script >/dev/null; then
    # on a terminal: a progress bar that ends at 100 %, then the summary
    script -qec "'$PARLEY' ingest --db '$T/tty.db' '$T/a.jsonl'" /dev/null >"$T/tty" 2>&1
    check "progress bar on a terminal" grep -q '100% 40 docs, [0-9]* events, [0-9]* docs/s' "$T/tty"
    check "summary after the bar" grep -q 'ingested 40 documents (0 skipped, 0 replaced)' "$T/tty"
else
    sk "progress bar on a terminal: no script(1) to make one"
fi
"$PARLEY" ingest --db "$T/a.db" --force --quiet "$T/a.jsonl" 2>"$T/err"
check "--force re-codes without duplicates" [ "$(events "$T/a.db")" -eq "$n1" ]
check "--force re-codes every unchanged document (D6)" grep -q 'ingested 40 documents (0 skipped, 0 replaced, 40 re-coded)' "$T/err"
check "--force: the store stays consistent" quiet "$PARLEY" stats --db "$T/a.db" --check
# D6 (issue 13): events coded with other dictionaries are replaced by
# --force: first without the built-in dictionaries (no events), then with
"$PARLEY" ingest --db "$T/f.db" --no-builtin --quiet "$T/a.jsonl" 2>"$T/err"
check "--no-builtin codes no events" [ "$(events "$T/f.db")" -eq 0 ]
"$PARLEY" ingest --db "$T/f.db" --quiet "$T/a.jsonl" 2>"$T/err"
check "without --force, unchanged documents keep their old coding" [ "$(events "$T/f.db")" -eq 0 ]
"$PARLEY" ingest --db "$T/f.db" --force --quiet "$T/a.jsonl" 2>"$T/err"
check "--force re-codes them with today's dictionaries (D6)" [ "$(events "$T/f.db")" -eq "$n1" ]

# ---- a changed document replaces its events ---------------------------
head -n 1 "$T/a.jsonl" | python3 -c 'import json, sys
d = json.loads(sys.stdin.read())
d["text"] = "Minister of Foreign Affairs of Japan Takeshi Iwaya met with UN Secretary-General Antonio Guterres in Vienna. Zebrafish governance was discussed."
print(json.dumps(d))' >"$T/changed.jsonl"
id=$(python3 -c 'import json, sys; print(json.loads(open(sys.argv[1]).read())["id"])' "$T/changed.jsonl")
run "$PARLEY" ingest --db "$T/a.db" "$T/changed.jsonl"
check "a changed document is replaced" grep -q '(0 skipped, 1 replaced)' "$T/err"
want=$("$PARLEY" code "$T/changed.jsonl" 2>/dev/null | wc -l | tr -d ' ')
got=$("$PARLEY" query --db "$T/a.db" --doc "$id" --format jsonl | wc -l | tr -d ' ')
check "its events are the new coding ($got = $want)" [ "$got" -eq "$want" ]
"$PARLEY" query --db "$T/a.db" --doc "$id" --format jsonl >"$T/d1.jsonl"
check "no event of the old version is left" python3 -c 'import json, sys
new = json.loads(open(sys.argv[1]).read())["text"]
for l in open(sys.argv[2]):
    assert json.loads(l)["text"] in new, l
' "$T/changed.jsonl" "$T/d1.jsonl"
check "still 40 documents" [ "$(docs "$T/a.db")" -eq 40 ]
check "the full-text index follows the replacement" fts_ok "$T/a.db"

# ---- queries and exports ----------------------------------------------
# D10 (issue 13): dates that do not exist and unknown types are usage errors
for opt in "--from 2024-13" "--to 2024-13" "--from 2024-02-30" "--to 2023-02-29" "--type MEET" "--type consulting"; do
    run "$PARLEY" query --db "$T/a.db" $opt
    check "query $opt is a usage error (2), named (D10)" [ "$rc" -eq 2 ] && grep -q -- "${opt%% *}" "$T/err"
    run "$PARLEY" export --db "$T/a.db" $opt
    check "export $opt is a usage error (2) (D10)" [ "$rc" -eq 2 ]
done
run "$PARLEY" query --db "$T/a.db" --from 2024-02-29 --type consult
check "query --from 2024-02-29 --type consult is fine" [ "$rc" -eq 0 ]
run "$PARLEY" query --db "$T/a.db" --actor KAZ --type CONSULT --format table
check "query --actor KAZ --type CONSULT (table) runs" [ "$rc" -eq 0 ]
check "the table has a header" grep -q '^date  *type  *source → target  *place  *evidence' "$T/out"
nk=$("$PARLEY" query --db "$T/a.db" --actor KAZ --format jsonl | wc -l)
nall=$(events "$T/a.db")
check "--actor KAZ selects a part ($nk of $nall)" [ "$nk" -gt 0 -a "$nk" -lt "$nall" ]
check "--limit" [ "$("$PARLEY" query --db "$T/a.db" --limit 3 --format jsonl | wc -l)" -eq 3 ]
check "--text is diacritics-insensitive" \
    [ "$("$PARLEY" query --db "$T/a.db" --text 'Popsoi' --format jsonl | wc -l)" -eq \
      "$("$PARLEY" query --db "$T/a.db" --text 'Popșoi' --format jsonl | wc -l)" ]
for f in jsonl csv tsv plover phoenix-tsv; do
    run "$PARLEY" export --db "$T/a.db" --format $f -o "$T/export.$f"
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
"$PARLEY" ingest -q --db "$T/w.db" "$T/wire.jsonl" 2>/dev/null
nw=$(events "$T/w.db")
nd=$("$PARLEY" export --db "$T/w.db" --one-a-day | wc -l)
if [ "$nw" -eq 0 ]; then
    ko "one-a-day: the coder found no event in the wire story"
else
    check "one-a-day counts a story from two documents once ($nw -> $nd)" [ "$nd" -eq $((nw / 2)) ]
    "$PARLEY" export --db "$T/w.db" --one-a-day >"$T/oad.jsonl"
    check "one-a-day keeps both document ids" grep -q '"merged": \[{"id": "wire-1:.*"doc": "wire-2"' "$T/oad.jsonl"
fi

# ---- bad command lines ------------------------------------------------
expect_error "query without --db" 2 'db FILE is required' "$PARLEY" query
expect_error "query of a missing database" 2 'no such database' "$PARLEY" query --db "$T/missing.db"
check "... which is not created" [ ! -e "$T/missing.db" ]
expect_error "unknown export format" 2 'unknown format' "$PARLEY" export --db "$T/a.db" --format xml
expect_error "bad --cameo" 2 'cameo' "$PARLEY" query --db "$T/a.db" --cameo "04' OR 1=1"
expect_error "bad --from" 2 'from' "$PARLEY" query --db "$T/a.db" --from yesterday

# ---- kill -9 in the middle, then rerun ---------------------------------
# Enough documents that the ingest is still running after its first
# commit (transactions of up to 5000 documents or two seconds).
NBIG=10000
$GEN $NBIG --seed 3 >"$T/big.jsonl"
"$PARLEY" ingest -q --db "$T/ref.db" "$T/big.jsonl" 2>/dev/null
# start_ingest DB: an ingest of big.jsonl in the background ($pid), once
# it has committed some documents (max 20 s)
start_ingest() {
    "$PARLEY" ingest -q --db "$1" "$T/big.jsonl" 2>"$T/bg.err" &
    pid=$!
    i=0
    while [ $i -lt 200 ]; do
        n=$(docs "$1" 2>/dev/null)
        [ -n "$n" ] && [ "$n" -gt 50 ] && break
        sleep 0.1
        i=$((i + 1))
    done
}
start_ingest "$T/k.db"
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
partial=$(docs "$T/k.db")
check "the killed ingest stopped part-way ($partial of $NBIG documents)" [ "$partial" -gt 0 -a "$partial" -lt $NBIG ]
check "after kill -9 the file is sound" quiet "$PARLEY" stats --check --db "$T/k.db"
check "after kill -9 the full-text index is sound" fts_ok "$T/k.db"
run "$PARLEY" ingest --db "$T/k.db" "$T/big.jsonl"
check "the rerun finishes the job" grep -q "($partial skipped, 0 replaced)" "$T/err"
"$PARLEY" export --db "$T/k.db" >"$T/k.out"
"$PARLEY" export --db "$T/ref.db" >"$T/ref.out"
check "killed + rerun = uninterrupted run ($(wc -l <"$T/ref.out") events)" cmp -s "$T/k.out" "$T/ref.out"
check "integrity_check after the rerun" [ "$(sql "$T/k.db" 'PRAGMA integrity_check')" = ok ]
check "the full-text index after the rerun" fts_ok "$T/k.db"
check "--text finds the same after kill and rerun" [ "$("$PARLEY" query --db "$T/k.db" --text Guterres --format jsonl | md5sum)" = \
    "$("$PARLEY" query --db "$T/ref.db" --text Guterres --format jsonl | md5sum)" ]

# SIGINT: the ingest stops, commits what it coded, and its summary counts
# exactly what is stored
start_ingest "$T/int.db"
kill -INT $pid 2>/dev/null
wait $pid
rc=$?
stored=$(docs "$T/int.db")
check "interrupted: exit status 130 ($rc) and a note to run again" \
    grep -q 'interrupted; run again' "$T/bg.err"
[ "$rc" -eq 130 ] || ko "interrupted: exit status $rc, want 130"
check "interrupted: the summary counts what is stored ($stored)" \
    grep -q "ingested $stored documents" "$T/bg.err"

# ---- hostile databases ------------------------------------------------
printf 'this is not a database at all, just some garbage bytes %0900d' 0 >"$T/garbage.db"
expect_error "corrupt file: ingest" 3 'not a database' "$PARLEY" ingest --db "$T/garbage.db" "$T/wire.jsonl"
expect_error "corrupt file: query" 3 'not a database' "$PARLEY" query --db "$T/garbage.db"
expect_error "corrupt file: stats" 3 'not a database' "$PARLEY" stats --db "$T/garbage.db"
cp "$T/w.db" "$T/new.db"
sql "$T/new.db" 'PRAGMA user_version = 99' >/dev/null
expect_error "newer schema" 3 'newer than this parley' "$PARLEY" query --db "$T/new.db"
sql "$T/other.db" 'CREATE TABLE t(x)' >/dev/null
expect_error "someone else's database" 3 'not a parley database' "$PARLEY" ingest --db "$T/other.db" "$T/wire.jsonl"

# locked: another connection holds the write lock for 3 s
python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); open(sys.argv[2], "w").close(); time.sleep(3)' "$T/w.db" "$T/locked" &
lpid=$!
while [ ! -e "$T/locked" ]; do sleep 0.05; done
expect_error "locked database: ingest" 3 'database is locked' "$PARLEY" ingest --busy-timeout 200 --db "$T/w.db" "$T/a.jsonl"
run "$PARLEY" query --db "$T/w.db" --format jsonl
check "locked database: readers still read (WAL)" [ "$rc" -eq 0 -a -s "$T/out" ]
wait $lpid

# full: the file may not grow past a size limit (ulimit -f, in 512-byte
# blocks for sh); parley ignores SIGXFSZ, so the write fails cleanly.
cp "$T/w.db" "$T/full.db"
(ulimit -f 200 && exec "$PARLEY" ingest --db "$T/full.db" "$T/big.jsonl") >/dev/null 2>"$T/err"
rc=$?
if [ "$rc" -eq 3 ] && grep -Eq 'disk|full|I/O' "$T/err"; then ok "full disk: clear error, status 3"
else ko "full disk (status $rc: $(head -c 300 "$T/err"))"; fi
check "full disk: the file is still sound" quiet "$PARLEY" stats --check --db "$T/full.db"
run "$PARLEY" ingest --db "$T/full.db" "$T/big.jsonl"
check "full disk: a rerun with room completes" [ "$rc" -eq 0 -a "$(events "$T/full.db")" -eq $(($(events "$T/ref.db") + nw)) ]

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
    cp "$T/w.db" "$T/ro/r.db"
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

echo "store.sh: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
