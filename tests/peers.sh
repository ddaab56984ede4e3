#!/bin/sh
# tests/peers.sh — runs the community's validation suites (TABARI's
# Validate.text, PETRARCH's unit-test records) with `parley validate`
# against the pass counts in tests/peers-floor.txt, which may only go up.
# The peers' data is never in the repository: it is read from
# $PARLEY_PEERS, else ../shared/peers beside the repository; without it
# the test is skipped (exit 77, meson's skip code).
# Usage: peers.sh PARLEY_BINARY
set -u
parley=${1:?usage: peers.sh PARLEY_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
peers=${PARLEY_PEERS:-$here/../../shared/peers}
if [ ! -d "$peers/tabari" ] || [ ! -d "$peers/petrarch2" ]; then
    echo "SKIP: no peers data (looked in $peers; set PARLEY_PEERS)"
    exit 77
fi
floor() { awk -v k="$1" '$1 == k { print $2 }' "$here/peers-floor.txt"; }
status=0
run() { # name suite
    out=$("$parley" validate -q --min-pass "$(floor "$1")" "$2" 2>&1)
    rc=$?
    echo "$out" | tail -1 | sed "s/^TOTAL/$1:/"
    if [ $rc -ne 0 ]; then
        echo "$out" | grep -E '^(FAIL|parley:)' | head -40
        echo "FAIL: $1 suite below its floor of $(floor "$1") passing records"
        status=1
    fi
}
run tabari "$peers/tabari/Validate.text"
run petrarch "$peers/petrarch2/PETR.UnitTest.records.xml"
exit $status
