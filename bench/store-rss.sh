#!/bin/sh
# store-rss.sh — peak memory and speed of `parley ingest` on a large
# synthetic JSON-lines input (tests/gen_store_input.py), to show that
# documents are streamed: the peak RSS must not grow with the input.
# usage: bench/store-rss.sh PATH/TO/parley [MEGABYTES]   (default 100)
# Needs /usr/bin/time (GNU time; Debian package "time").
set -eu
PARLEY=$1
MB=${2:-100}
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/parley-rss.XXXXXX)
trap 'rm -rf "$T"' EXIT
python3 "$HERE/../tests/gen_store_input.py" 100000000 --bytes $((MB * 1000000)) >"$T/in.jsonl"
ls -l "$T/in.jsonl" | awk '{printf "input: %.1f MB, ", $5 / 1e6}'
wc -l <"$T/in.jsonl" | awk '{print $1 " documents"}'
for cmd in code ingest; do
    if [ $cmd = code ]; then
        /usr/bin/time -v "$PARLEY" code "$T/in.jsonl" >/dev/null 2>"$T/time"
    else
        /usr/bin/time -v "$PARLEY" ingest -q --db "$T/s.db" "$T/in.jsonl" 2>"$T/time"
        grep '^ingested' "$T/time"
        ls -l "$T/s.db" | awk '{printf "database: %.1f MB\n", $5 / 1e6}'
    fi
    awk -v c="parley $cmd" -F': ' '/Maximum resident/ {rss = $2}
        /Elapsed \(wall/ {t = $2}
        END {printf "%s: peak RSS %.1f MB, wall %s\n", c, rss / 1024, t}' "$T/time"
done
