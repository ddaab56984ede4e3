#!/bin/sh
# make.sh — how store.sql and answers.txt were made: a PostgreSQL store of
# schema 1 written by the parley of before schema 2 (OLD: main's binary
# built at 01:12 UTC on 2026-12-04, main at about a33c1e4; its store code is
# that of 1f6507e), dumped, and that parley's answers to
# queries.txt on it (lines, SHA-256 of the output, exit status). Run under
# tests/pgcluster.sh:
#   tests/pgcluster.sh run sh tests/data/pg-schema1/make.sh OLD
# tests/pgmigrate.sh upgrades the dump with today's parley and compares.
set -eu
OLD=${1:?usage: make.sh PATH/TO/old/parley}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
python3 "$HERE/../../gen_store_input.py" 40 --seed 11 >"$T/a.jsonl"
cat "$HERE/extra.jsonl" >>"$T/a.jsonl"
psql -q -X "$PARLEY_PG_URL/postgres" -c "CREATE DATABASE schema1" >/dev/null
URL=$PARLEY_PG_URL/schema1
"$OLD" ingest -q --db "$URL" "$T/a.jsonl" "$HERE/../../../examples"
# later batches: documents of the first one replaced by new versions
python3 "$HERE/../../gen_store_input.py" 8 --seed 12 >"$T/b.jsonl"
"$OLD" ingest -q --db "$URL" "$T/b.jsonl"
sed -n '9,12p' "$T/a.jsonl" | sed 's/ met / held talks with /' >"$T/r.jsonl"
"$OLD" ingest -q --db "$URL" "$T/r.jsonl"
pg_dump --no-owner --no-privileges -n parley "$URL" >"$HERE/store.sql"
sh "$HERE/answers.sh" "$OLD" "$URL" <"$HERE/queries.txt" >"$HERE/answers.txt"
