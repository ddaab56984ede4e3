#!/bin/sh
# threads.sh — `parley code -j N` against `-j 1`: on a generated corpus of
# a few hundred documents (bench/gencorpus.py) with a malformed JSON line
# in the middle, the output must be byte-identical, in input order, with
# the bad line reported and exit status 1 for every N.
# usage: threads.sh PATH/TO/parley — prints PASS/FAIL per check; the exit
# status is 1 if anything failed.
set -u
PARLEY=${1:?usage: threads.sh PATH/TO/parley}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
GEN="python3 $HERE/../bench/gencorpus.py"
T=$(mktemp -d /tmp/parley-threads.XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "PASS: $1"; }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }
check() { # check NAME CONDITION...
    name=$1; shift
    if "$@"; then ok "$name"; else ko "$name"; fi
}

# 400 documents; document 200 is followed by a malformed line (line 201).
$GEN --docs 400 --seed 7 --bad-line 200 -o "$T/in.jsonl" || { ko "generate corpus"; exit 1; }

"$PARLEY" code -j 1 "$T/in.jsonl" >"$T/out1" 2>"$T/err1"; rc1=$?
check "-j 1 exits 1 on the malformed line" [ $rc1 -eq 1 ]
check "-j 1 reports line 201" grep -q 'in.jsonl:201' "$T/err1"
check "-j 1 codes the documents after the bad line" grep -q '"doc": "bench-00000400"' "$T/out1"
check "-j 1 codes many events" [ "$(wc -l <"$T/out1")" -gt 1000 ]

for j in 2 4 7; do
    "$PARLEY" code -j $j "$T/in.jsonl" >"$T/out$j" 2>"$T/err$j"; rc=$?
    check "-j $j exits 1" [ $rc -eq 1 ]
    check "-j $j output byte-identical to -j 1" cmp -s "$T/out1" "$T/out$j"
    check "-j $j reports the same errors" cmp -s "$T/err1" "$T/err$j"
done

# The long spelling, the default (all cores), stdin and TSV.
"$PARLEY" code --threads 3 "$T/in.jsonl" >"$T/out3l" 2>/dev/null
check "--threads 3 output identical" cmp -s "$T/out1" "$T/out3l"
"$PARLEY" code "$T/in.jsonl" >"$T/outd" 2>/dev/null
check "default thread count output identical" cmp -s "$T/out1" "$T/outd"
"$PARLEY" code -j4 --input-format jsonl - <"$T/in.jsonl" >"$T/outs" 2>/dev/null
check "-j4 on stdin identical" cmp -s "$T/out1" "$T/outs"
"$PARLEY" code -j 1 --format tsv "$T/in.jsonl" >"$T/tsv1" 2>/dev/null
"$PARLEY" code -j 4 --format tsv "$T/in.jsonl" >"$T/tsv4" 2>/dev/null
check "TSV -j 4 identical to -j 1" cmp -s "$T/tsv1" "$T/tsv4"
check "TSV has one header" [ "$(grep -c '^id	date' "$T/tsv4")" -eq 1 ]

# Several inputs, one missing: order kept across files, status 1.
head -n 50 "$T/in.jsonl" >"$T/a.jsonl"
tail -n 60 "$T/in.jsonl" >"$T/b.jsonl"
"$PARLEY" code -j 1 "$T/a.jsonl" "$T/missing.jsonl" "$T/b.jsonl" >"$T/m1" 2>/dev/null; r1=$?
"$PARLEY" code -j 3 "$T/a.jsonl" "$T/missing.jsonl" "$T/b.jsonl" >"$T/m3" 2>/dev/null; r3=$?
check "several files: identical output" cmp -s "$T/m1" "$T/m3"
check "several files: status 1 both" [ $r1 -eq 1 ] && [ $r3 -eq 1 ]

# A clean corpus exits 0; more threads than documents is fine.
$GEN --docs 3 --seed 9 -o "$T/small.jsonl"
"$PARLEY" code -j 1 "$T/small.jsonl" >"$T/s1" 2>/dev/null; r1=$?
"$PARLEY" code -j 16 "$T/small.jsonl" >"$T/s16" 2>/dev/null; r16=$?
check "3 documents, -j 16: identical, status 0" [ $r1 -eq 0 ] && [ $r16 -eq 0 ] && cmp -s "$T/s1" "$T/s16"
: >"$T/empty.jsonl"
"$PARLEY" code -j 4 "$T/empty.jsonl" >"$T/e4" 2>/dev/null; r=$?
check "empty input, -j 4: no output, status 0" [ $r -eq 0 ] && [ ! -s "$T/e4" ]

# Usage errors.
"$PARLEY" code -j x "$T/small.jsonl" >/dev/null 2>&1; r=$?
check "-j x is a usage error (2)" [ $r -eq 2 ]
"$PARLEY" code --threads >/dev/null 2>&1; r=$?
check "--threads without a value is a usage error (2)" [ $r -eq 2 ]

# An unwritable output is fatal (3) with threads too.
if [ -w /dev/full ]; then
    "$PARLEY" code -j 4 "$T/in.jsonl" >/dev/full 2>"$T/errfull"; r=$?
    check "-j 4 to /dev/full exits 3" [ $r -eq 3 ]
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
