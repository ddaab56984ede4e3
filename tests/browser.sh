#!/bin/sh
# browser.sh — runs tests/browser/e2e.js (playwright-core + Debian's
# chromium) against `parley serve` over a store of examples/ and a
# generated corpus, at 1400 px and 400 px. Skips (exit
# 77) when chromium or tests/browser/node_modules is missing (./setup
# installs both). Screenshots go to SHOTS (default build/screenshots).
# usage: tests/browser.sh PATH/TO/parley [SHOTS]
set -u
PARLEY=$1
HERE=$(cd "$(dirname "$0")" && pwd)
SHOTS=${2:-$(dirname "$PARLEY")/screenshots}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    echo "SKIP: $CHROMIUM not found (Debian package 'chromium'; ./setup installs it)"
    exit 77
fi
if [ ! -d "$HERE/browser/node_modules/playwright-core" ] || ! command -v node >/dev/null; then
    echo "SKIP: node or tests/browser/node_modules/playwright-core missing (./setup runs npm ci there)"
    exit 77
fi
T=$(mktemp -d /tmp/parley-browser.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
# examples/ and a generated corpus of about 2,000 events over eight years
# (with a thin tail of early documents, for the timeline's dense range).
python3 "$HERE/../bench/gencorpus.py" --size 400K --seed 3 -o "$T/corpus.jsonl" || exit 1
"$PARLEY" ingest -q --db "$T/s.db" "$HERE/../examples" "$T/corpus.jsonl" || exit 1
"$PARLEY" serve --db "$T/s.db" --port 0 >"$T/out" 2>"$T/err" &
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
echo "server at $URL, screenshots in $SHOTS"
CHROMIUM=$CHROMIUM timeout 180 node "$HERE/browser/e2e.js" "$URL" "$SHOTS"
