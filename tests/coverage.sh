#!/bin/sh
# tests/coverage.sh — line coverage of the library (src/) and the command
# (cli/): builds in build-coverage/ with -Db_coverage=true, runs the whole
# suite there and prints the line coverage of every folder and overall
# (gcovr, Debian package gcovr). Usage: tests/coverage.sh [--no-run]
# (--no-run reports what the last run left without running the suite).
# The HTML report is in build-coverage/coverage/index.html.
set -u
cd "$(dirname "$0")/.."
dir=build-coverage
command -v gcovr >/dev/null || { echo "coverage.sh: gcovr not found (apt-get install gcovr)" >&2; exit 1; }
if [ ! -f $dir/build.ninja ]; then
    meson setup $dir -Db_coverage=true --buildtype=debug >/dev/null || exit 1
fi
nice ninja -C $dir -j2 >/dev/null || { ninja -C $dir -j2; exit 1; }
status=0
if [ "${1:-}" != "--no-run" ]; then
    find $dir -name '*.gcda' -delete
    nice meson test -C $dir --print-errorlogs --num-processes 2 > $dir/test-output.txt 2>&1
    status=$?
    grep -E '^(Ok|Fail|Skipped|Timeout):' $dir/test-output.txt
    [ $status -eq 0 ] || echo "coverage.sh: some tests failed (see $dir/test-output.txt)"
fi
mkdir -p $dir/coverage
gcovr -r . --object-directory $dir --filter 'src/' --filter 'cli/' \
    --json-summary $dir/coverage/summary.json \
    --html-details $dir/coverage/index.html >/dev/null || exit 1
python3 - $dir/coverage/summary.json <<'EOF'
import json, sys, collections
s = json.load(open(sys.argv[1]))
folders = collections.defaultdict(lambda: [0, 0])
for f in s["files"]:
    d = f["filename"].rsplit("/", 1)[0]
    folders[d][0] += f["line_covered"]
    folders[d][1] += f["line_total"]
print("| folder | lines | covered | line coverage |")
print("|---|---:|---:|---:|")
for d in sorted(folders):
    c, t = folders[d]
    print("| %s | %d | %d | %.1f%% |" % (d, t, c, 100.0 * c / t if t else 100.0))
c = sum(v[0] for v in folders.values())
t = sum(v[1] for v in folders.values())
print("| **overall** | %d | %d | **%.1f%%** |" % (t, c, 100.0 * c / t))
EOF
exit $status
