#!/bin/sh
# pgmigrate.sh — PostgreSQL stores of schema 1 and of schema 2
# (tests/data/pg-schema1 and pg-schema2: each written and dumped by the
# parley of before the next schema, with that parley's answers) are
# refused by readers, upgraded by the first writer (1 -> 2 -> 3, 2 -> 3),
# and then give the same answers as before, byte for byte, and the same
# pair summaries; new documents and replacements go in after the upgrade.
# Needs the cluster of tests/pgcluster.sh.
# usage: pgmigrate.sh PATH/TO/parley
set -u
PARLEY=${1:?usage: pgmigrate.sh PATH/TO/parley}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
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
# upgrade FIXTURE-DIR DBNAME OLD-VERSION
upgrade() {
D=$1 db=$2 v=$3
URL=$(newdb "$db")
# the writer made pg_trgm in its schema (the dump names parley.gin_trgm_ops)
pgsql "$db" "CREATE SCHEMA parley; CREATE EXTENSION pg_trgm SCHEMA parley" >/dev/null
sed '/^CREATE SCHEMA parley;$/d' "$D/store.sql" |
    psql -q -X -v ON_ERROR_STOP=1 "$URL" >"$T/restore.log" 2>&1
check "the schema-$v dump is restored" [ $? -eq 0 ]
check "... as schema $v" [ "$(pgsql "$db" "SELECT value FROM parley.meta WHERE key = 'schema'")" = "$v" ]

"$PARLEY" query --db "$URL" --limit 1 >"$T/out" 2>"$T/err"; st=$?
check "a reader refuses schema $v (status 3)" [ $st -eq 3 ]
check "... saying to open it for writing" grep -q "older than this parley's (3); open it once for writing" "$T/err"
check "... and leaves it as it was" [ "$(pgsql "$db" "SELECT value FROM parley.meta WHERE key = 'schema'")" = "$v" ]

: >"$T/empty.jsonl"
"$PARLEY" ingest -q --db "$URL" "$T/empty.jsonl" >"$T/out" 2>"$T/err"; st=$?; [ $st -eq 0 ] || cat "$T/err"
check "parley ingest upgrades schema $v (status 0)" [ $st -eq 0 ]
check "... to schema 3" [ "$(pgsql "$db" "SELECT value FROM parley.meta WHERE key = 'schema'")" = 3 ]
check "... without the old columns" [ "$(pgsql "$db" "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'parley' AND table_name = 'events' AND column_name IN ('evidence', 'tsv', 'ak_s', 'g10')")" = 0 ]
check "... or the old tables" [ "$(pgsql "$db" "SELECT count(*) FROM pg_class WHERE relname LIKE 'v1_%' OR relname IN ('events_v1', 'sum_pair_v2', 'sum_pair_n_v2')")" = 0 ]
check "... with integer pair keys" [ "$(pgsql "$db" "SELECT string_agg(data_type, ',' ORDER BY table_name, column_name) FROM information_schema.columns WHERE table_schema = 'parley' AND table_name IN ('sum_pair', 'sum_pair_n') AND column_name IN ('src', 'tgt')")" = "integer,integer,integer,integer" ]
if [ -f "$D/pairs.txt" ]; then
    pgsql "$db" "SELECT s.k, t.k, p.type, p.n FROM parley.sum_pair p
      JOIN parley.akey s ON s.id = p.src JOIN parley.akey t ON t.id = p.tgt
      UNION ALL SELECT s.k, t.k, '*', p.n FROM parley.sum_pair_n p
      JOIN parley.akey s ON s.id = p.src JOIN parley.akey t ON t.id = p.tgt
      ORDER BY 1, 2, 3" >"$T/pairs.txt"
    check "the pair summaries are those of schema $v ($(wc -l <"$D/pairs.txt" | tr -d ' ') rows)" cmp -s "$D/pairs.txt" "$T/pairs.txt"
fi

days() { pgsql "$db" "SELECT count(*) FROM parley.documents d LEFT JOIN (SELECT doc, min(day) AS lo, max(day) AS hi FROM parley.events GROUP BY doc) x ON x.doc = d.num WHERE (d.lo, d.hi) IS DISTINCT FROM (x.lo, x.hi)"; }
check "... and each document the first and last day of its events" [ "$(days)" = 0 ]

sh "$HERE/data/pg-schema1/answers.sh" "$PARLEY" "$URL" <"$D/queries.txt" >"$T/answers.txt"
if cmp -s "$D/answers.txt" "$T/answers.txt"; then
    check "the upgraded store answers $(wc -l <"$D/queries.txt" | tr -d ' ') questions as schema $v did" true
else
    check "the upgraded store answers as schema $v did: $(diff "$D/answers.txt" "$T/answers.txt" | head -n 8)" false
fi
"$PARLEY" stats --check --db "$URL" >/dev/null 2>"$T/err"
check "stats --check passes after the upgrade" [ $? -eq 0 ]

# written after the upgrade: new documents, and a replacement of a stored
# one whose events go out of the summaries
docs() { pgsql "$db" "SELECT n FROM parley.counters WHERE name = 'documents'"; }
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
check "... and the documents' days are their events' after it" [ "$(days)" = 0 ]
# the pairs after the replacement: what the events give, no empty rows
check "... and the pair summaries hold no empty rows" [ "$(pgsql "$db" "SELECT (SELECT count(*) FROM parley.sum_pair WHERE n <= 0) + (SELECT count(*) FROM parley.sum_pair_n WHERE n <= 0)")" = 0 ]
}
upgrade "$HERE/data/pg-schema1" migrate1 1
upgrade "$HERE/data/pg-schema2" migrate2 2
echo "pgmigrate.sh: $pass passed, $fail failed"
[ $fail -eq 0 ]
