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
# examples/, a generated corpus of about 2,000 events over seven years and
# a thin tail of three documents from 2014 and 2015, years before the rest
# (the timeline cuts them off as outside its dense range).
python3 "$HERE/../bench/gencorpus.py" --size 400K --seed 3 -o "$T/corpus.jsonl" || exit 1
cat >"$T/early.jsonl" <<'EOF'
{"id": "early-1", "date": "2014-03-11", "text": "ASTANA, March 11, 2014 - Kazakh Foreign Minister Erlan Idrissov met with his Hungarian counterpart in Astana on Monday."}
{"id": "early-2", "date": "2014-06-03", "text": "ANKARA, June 3, 2014 - Turkey and Azerbaijan signed an agreement on energy cooperation in Ankara on Tuesday."}
{"id": "early-3", "date": "2015-01-21", "text": "BERLIN, Jan. 21, 2015 - Germany urged Russia to withdraw its troops from eastern Ukraine."}
EOF
"$PARLEY" ingest -q --db "$T/s.db" "$HERE/../examples" "$T/corpus.jsonl" "$T/early.jsonl" || exit 1
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
