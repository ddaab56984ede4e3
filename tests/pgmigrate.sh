#!/bin/sh
# pgmigrate.sh — a PostgreSQL store of schema 1 (tests/data/pg-schema1:
# written and dumped by the parley of before schema 2, with that parley's
# answers) is refused by readers, upgraded by the first writer, and then
# gives the same answers as before, byte for byte; new documents and
# replacements go in after the upgrade. Needs the cluster of
# tests/pgcluster.sh.
# usage: pgmigrate.sh PATH/TO/parley
set -u
PARLEY=${1:?usage: pgmigrate.sh PATH/TO/parley}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
D=$HERE/data/pg-schema1
T=$(mktemp -d /tmp/parley-pgmigrate.XXXXXX)
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM HUP
BACKEND=postgresql
. "$HERE/backend.sh"
pass=0 fail=0
check() { # check NAME COMMAND...
    name=$1; shift
    if "$@"; then pass=$((pass + 1)); echo "PASS: $name"
    else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
URL=$(newdb migrate)
# the writer made pg_trgm in its schema (the dump names parley.gin_trgm_ops)
pgsql migrate "CREATE SCHEMA parley; CREATE EXTENSION pg_trgm SCHEMA parley" >/dev/null
sed '/^CREATE SCHEMA parley;$/d' "$D/store.sql" |
    psql -q -X -v ON_ERROR_STOP=1 "$URL" >"$T/restore.log" 2>&1
check "the schema-1 dump is restored" [ $? -eq 0 ]
check "... as schema 1" [ "$(pgsql migrate "SELECT value FROM parley.meta WHERE key = 'schema'")" = 1 ]

"$PARLEY" query --db "$URL" --limit 1 >"$T/out" 2>"$T/err"; st=$?
check "a reader refuses schema 1 (status 3)" [ $st -eq 3 ]
check "... saying to open it for writing" grep -q "older than this parley's (2); open it once for writing" "$T/err"
check "... and leaves it as it was" [ "$(pgsql migrate "SELECT value FROM parley.meta WHERE key = 'schema'")" = 1 ]

: >"$T/empty.jsonl"
"$PARLEY" ingest -q --db "$URL" "$T/empty.jsonl" >"$T/out" 2>"$T/err"; st=$?; [ $st -eq 0 ] || cat "$T/err"
check "parley ingest upgrades it (status 0)" [ $st -eq 0 ]
check "... to schema 2" [ "$(pgsql migrate "SELECT value FROM parley.meta WHERE key = 'schema'")" = 2 ]
check "... without the old columns" [ "$(pgsql migrate "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'parley' AND table_name = 'events' AND column_name IN ('evidence', 'tsv', 'ak_s', 'g10')")" = 0 ]
check "... or the old table" [ "$(pgsql migrate "SELECT count(*) FROM pg_class WHERE relname LIKE 'v1_%' OR relname = 'events_v1'")" = 0 ]

sh "$D/answers.sh" "$PARLEY" "$URL" <"$D/queries.txt" >"$T/answers.txt"
if cmp -s "$D/answers.txt" "$T/answers.txt"; then
    check "the upgraded store answers $(wc -l <"$D/queries.txt" | tr -d ' ') questions as schema 1 did" true
else
    check "the upgraded store answers as schema 1 did: $(diff "$D/answers.txt" "$T/answers.txt" | head -n 8)" false
fi
"$PARLEY" stats --check --db "$URL" >/dev/null 2>"$T/err"
check "stats --check passes after the upgrade" [ $? -eq 0 ]

# written after the upgrade: new documents, and a replacement of a stored
# one whose events go out of the summaries
docs() { pgsql migrate "SELECT n FROM parley.counters WHERE name = 'documents'"; }
before=$(docs)
python3 "$HERE/gen_store_input.py" 8 --seed 13 | sed 's/"id": "gen-/"id": "new-/' >"$T/new.jsonl"
echo '{"id": "wire-a", "date": "2024-05-07", "text": "Murat Nurtleu met with António Guterres in Geneva."}' >>"$T/new.jsonl"
"$PARLEY" ingest -q --db "$URL" "$T/new.jsonl" >"$T/out" 2>"$T/err"
check "an ingest after the upgrade succeeds" [ $? -eq 0 ]
check "... adds its new documents" [ "$(docs)" -eq $((before + 8)) ]
"$PARLEY" stats --check --db "$URL" >/dev/null 2>"$T/err"
check "stats --check passes after it" [ $? -eq 0 ]
"$PARLEY" query --db "$URL" --doc wire-a --format jsonl >"$T/out" 2>&1
check "the replaced document has its new events" grep -q Geneva "$T/out"
check "... and not its old ones" sh -c "! grep -q 'New York' '$T/out'"
echo "pgmigrate.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
