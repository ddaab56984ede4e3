#!/bin/sh
# make.sh — how store.sql and answers.txt were made: a PostgreSQL store of
# schema 2 written by the parley of before schema 3 (OLD: main's binary at
# c5e93a0, 2026-12-04), dumped, and that parley's answers to queries.txt
# on it (../pg-schema1/answers.sh: lines, SHA-256 of the output, exit
# status), and its pair summaries as text (pairs.txt). The same documents
# as ../pg-schema1. Run under tests/pgcluster.sh:
#   tests/pgcluster.sh run sh tests/data/pg-schema2/make.sh OLD
# tests/pgmigrate.sh upgrades the dump with today's parley and compares.
set -eu
OLD=${1:?usage: make.sh PATH/TO/old/parley}
HERE=$(cd "$(dirname "$0")" && pwd)
S1=$HERE/../pg-schema1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 "$HERE/../../gen_store_input.py" 40 --seed 11 >"$T/a.jsonl"
cat "$S1/extra.jsonl" >>"$T/a.jsonl"
psql -q -X "$PARLEY_PG_URL/postgres" -c "CREATE DATABASE schema2" >/dev/null
URL=$PARLEY_PG_URL/schema2
"$OLD" ingest -q --db "$URL" "$T/a.jsonl" "$HERE/../../../examples"
# later batches: documents of the first one replaced by new versions
python3 "$HERE/../../gen_store_input.py" 8 --seed 12 >"$T/b.jsonl"
"$OLD" ingest -q --db "$URL" "$T/b.jsonl"
sed -n '9,12p' "$T/a.jsonl" | sed 's/ met / held talks with /' >"$T/r.jsonl"
"$OLD" ingest -q --db "$URL" "$T/r.jsonl"
pg_dump --no-owner --no-privileges -n parley "$URL" >"$HERE/store.sql"
sh "$S1/answers.sh" "$OLD" "$URL" <"$HERE/queries.txt" >"$HERE/answers.txt"
psql -X -q -t -A "$URL" -c "SELECT src, tgt, type, n FROM parley.sum_pair
  UNION ALL SELECT src, tgt, '*', n FROM parley.sum_pair_n ORDER BY 1, 2, 3" >"$HERE/pairs.txt"
