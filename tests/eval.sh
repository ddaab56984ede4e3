#!/bin/sh
# eval.sh — end-to-end tests of `parley eval`: signings match only
# signings, and --docs makes every document of the evaluated set count
# (documents outside it are errors, not scored; the gold file beside the
# articles is no document). Usage: eval.sh PARLEY
set -u
P=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; for f in out err; do [ -f "$T/$f" ] && sed 's/^/     /' "$T/$f" | head -8; done; }
check() { # name, condition
    if eval "$2"; then ok "$1"; else bad "$1"; fi
}

kaz='{"country": "KAZ"}'
uzb='{"country": "UZB"}'
gold() { # doc type extra
    printf '{"doc": "%s", "type": "%s", "a": %s, "b": %s%s}\n' "$1" "$2" "$kaz" "$uzb" "${3:+, $3}"
}
pred() { # doc type mode
    printf '{"doc": "%s", "type": "%s", "mode": "%s", "source": %s, "target": %s, "date": null, "place": null}\n' \
        "$1" "$2" "$3" "$kaz" "$uzb"
}

# ---- signings ---------------------------------------------------------------
{ gold s1 SUPPORT '"mode": "sign"'; gold s2 SUPPORT '"directed": true'; gold s3 SUPPORT '"mode": "sign"'; } > "$T/g.jsonl"
{ pred s1 SUPPORT praise; pred s2 SUPPORT sign; pred s3 SUPPORT sign; } > "$T/p.jsonl"
"$P" eval "$T/g.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "signing: exit 0" '[ $st -eq 0 ]'
check "signing vs plain SUPPORT, both ways: 1 tp, 2 fp, 2 fn" 'grep -q "^strict:  .*(tp=1 fp=2 fn=2)" "$T/out"'
check "signing: per-type row agrees" 'grep -Eq "^SUPPORT +1 +2 +2$" "$T/out"'
"$P" eval --verbose "$T/g.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"
check "signing: --verbose shows the modes" 'grep -q "s1 SUPPORT/sign KAZ <-> UZB" "$T/out" && grep -q "s2 SUPPORT/sign KAZ -> UZB" "$T/out" && grep -q "s1 SUPPORT/praise KAZ -> UZB" "$T/out"'

# ---- the document set -------------------------------------------------------
D="$T/docs"
mkdir "$D"
for d in d1 d2 d3; do printf 'Astana, 5 May 2025. Text of %s.\n' "$d" > "$D/$d.txt"; done
# the gold file beside the articles (as in ../shared/eval/seeds/)
{ gold d1 CONSULT; gold d1 AGREE; } > "$D/gold.jsonl"
# d1: one tp; d2: in the set, no gold: a false positive; d3: nothing
{ pred d1 CONSULT meet; pred d2 CONSULT meet; } > "$T/p.jsonl"
"$P" eval --docs "$D" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs: exit 0, no message" '[ $st -eq 0 ] && [ ! -s "$T/err" ]'
check "--docs: gold.jsonl beside the articles is no document" 'grep -q "^documents: 3 in the set, 1 with gold events, 2 with predictions, 1 with neither$" "$T/out"'
check "--docs: a set document without gold gives false positives" 'grep -q "^strict:  .*(tp=1 fp=1 fn=1)" "$T/out"'
check "--docs: the last three lines stay the summary" 'tail -3 "$T/out" | head -1 | grep -q "^strict:"'
"$P" eval --verbose --docs "$D" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"
check "--docs --verbose: lists the document with neither" 'grep -A1 "^documents with neither gold nor predictions (1):" "$T/out" | grep -q "^  d3$"'

# a document outside the set: an error naming file:line, not scored, exit 1
{ pred d1 CONSULT meet; pred d9 REJECT reject; pred d9 CONSULT meet; } > "$T/p.jsonl"
"$P" eval --docs "$D" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs: outside document exits 1" '[ $st -eq 1 ]'
check "--docs: outside document named with file:line" 'grep -q "p.jsonl:2: document \"d9\" is not in the evaluated set; its 2 predicted event(s) are not scored" "$T/err"'
check "--docs: outside document not scored" 'grep -q "^strict:  .*(tp=1 fp=0 fn=1)" "$T/out" && ! grep -q "^REJECT" "$T/out"'
check "--docs: report says how many were left out" 'grep -q "^outside the set (not scored): 2 predicted and 0 gold event(s)$" "$T/out"'
# the same predictions without --docs: d9 is scored (false positives)
"$P" eval "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "without --docs every predicted document is scored" '[ $st -eq 0 ] && grep -q "^strict:  .*(tp=1 fp=2 fn=1)" "$T/out"'

# predictions on stdin, as in the README
{ pred d1 CONSULT meet; pred d9 REJECT reject; } | "$P" eval --docs "$D" "$D/gold.jsonl" - > "$T/out" 2> "$T/err"; st=$?
check "--docs with stdin: <stdin>:2 named, exit 1" '[ $st -eq 1 ] && grep -q "<stdin>:2: document \"d9\"" "$T/err"'

# --json
{ pred d1 CONSULT meet; pred d2 CONSULT meet; } > "$T/p.jsonl"
"$P" eval --json --docs "$D" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs --json: documents object" '[ $st -eq 0 ] && python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))
d = r[\"documents\"]
assert d == {\"set\": 3, \"gold\": 1, \"predicted\": 2, \"neither\": [\"d3\"]}, d
assert r[\"pred_outside\"] == 0 and r[\"gold_outside\"] == 0 and r[\"docs_errors\"] == 0, r
assert r[\"strict\"][\"fp\"] == 1
" "$T/out"'
"$P" eval --json "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"
check "--json without --docs: documents is null" 'python3 -c "
import json, sys
assert json.load(open(sys.argv[1]))[\"documents\"] is None
" "$T/out"'

# repeated --docs naming files; a JSON-lines corpus gives its lines' ids
printf '{"id": "j1", "text": "Text."}\n{"id": "j2", "text": "Text."}\n' > "$T/corpus.jsonl"
{ pred d1 CONSULT meet; pred j2 CONSULT meet; } > "$T/p.jsonl"
"$P" eval --docs "$D/d1.txt" --docs "$T/corpus.jsonl" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs repeated, files: the union is the set" '[ $st -eq 0 ] && grep -q "^documents: 3 in the set, 1 with gold events, 2 with predictions, 1 with neither$" "$T/out"'

# gold for a document outside the set is left out too
"$P" eval --docs "$D/d2.txt" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs: gold outside the set is an error, not scored" '[ $st -eq 1 ] && grep -q "gold.jsonl:1: document \"d1\" is not in the evaluated set; its 2 gold event(s) are not scored" "$T/err" && grep -q "^strict:  .*(tp=0 fp=0 fn=0)" "$T/out"'

# a malformed document in the set: reported, exit 1, still scored
printf '{"id": "j1", "text": "Text."}\n{"id": 5}\n' > "$T/corpus.jsonl"
"$P" eval --docs "$D" --docs "$T/corpus.jsonl" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs: malformed document reported, exit 1" '[ $st -eq 1 ] && grep -q "corpus.jsonl:2" "$T/err" && grep -q "^strict:" "$T/out"'

# bad command lines
"$P" eval --docs "$T/nonexistent" "$D/gold.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--docs: missing path exits 2 naming it" '[ $st -eq 2 ] && grep -q "nonexistent: cannot open" "$T/err"'
"$P" eval "$D/gold.jsonl" "$T/p.jsonl" --docs > "$T/out" 2> "$T/err"; st=$?
check "--docs without a value exits 2" '[ $st -eq 2 ] && grep -q "\-\-docs needs a value" "$T/err"'
"$P" eval --docs - "$D/gold.jsonl" - < /dev/null > "$T/out" 2> "$T/err"; st=$?
check "--docs - with PRED - exits 2" '[ $st -eq 2 ] && grep -q "standard input" "$T/err"'
"$P" eval --help > "$T/out" 2> "$T/err"
check "--help documents --docs" 'grep -q "^  --docs PATH" "$T/out"'

# ---- the command line, the verbose lists, malformed lines ------------------
"$P" eval --frobnicate "$T/g.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "unknown option: exit 2, named, usage on stderr" '[ $st -eq 2 ] && grep -q "unknown option .--frobnicate." "$T/err" && grep -q "^usage: parley eval" "$T/err" && [ ! -s "$T/out" ]'
"$P" eval "$T/g.jsonl" "$T/p.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "three files: exit 2, too many arguments" '[ $st -eq 2 ] && grep -q "too many arguments" "$T/err"'
"$P" eval "$T/g.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "one file: exit 2, expected GOLD and PRED" '[ $st -eq 2 ] && grep -q "expected GOLD and PRED files" "$T/err"'
"$P" eval "$T/nope.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "missing gold file: exit 2, named" '[ $st -eq 2 ] && grep -q "nope.jsonl" "$T/err" && [ ! -s "$T/out" ]'
"$P" eval -- "$T/g.jsonl" "$T/p.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "-- ends the options" '[ $st -eq 0 ] && grep -q "^strict:" "$T/out"'
# named parties, a date and a place in the verbose lists; an organisation
printf '%s\n' '{"doc": "v1", "type": "CONSULT", "a": {"name": "Murat Nurtleu", "country": "KAZ"}, "b": {"org": "UN"}, "date": "2025-05-05", "place": "Astana"}' > "$T/gv.jsonl"
printf '%s\n' '{"doc": "v1", "type": "SUPPORT", "mode": "praise", "source": {"name": "Murat Nurtleu", "country": "KAZ"}, "target": {"org": "UN"}, "date": "2025-05-06", "place": "Geneva"}' \
    '{"doc": "v1", "type": "ACCUSE", "mode": "criticize", "source": {"country": "KAZ", "org": "CSTO"}, "target": {}, "date": null, "place": null}' > "$T/pv.jsonl"
"$P" eval --verbose "$T/gv.jsonl" "$T/pv.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "--verbose: a miss with name, organisation, date and place" '[ $st -eq 0 ] && grep -q "^  v1 CONSULT Murat Nurtleu (KAZ) <-> UN  date=2025-05-05  place=Astana  \[.*gv.jsonl:1\]$" "$T/out"'
check "--verbose: an extra with its date and place" 'grep -q "^  v1 SUPPORT/praise Murat Nurtleu (KAZ) -> UN  date=2025-05-06  place=Geneva  \[.*pv.jsonl:1\]$" "$T/out"'
check "--verbose: country/organisation and an unknown party" 'grep -q "^  v1 ACCUSE/criticize KAZ/CSTO -> ?  \[.*pv.jsonl:2\]$" "$T/out"'
check "--verbose: the counts" 'grep -q "^strict:  .*(tp=0 fp=2 fn=1)" "$T/out"'
# malformed lines in both files: reported with file:line, not scored, exit 1
{ gold m1 CONSULT; echo '{"doc": "m2", "type": '; echo 'not json'; gold m1 AGREE; } > "$T/gm.jsonl"
{ pred m1 CONSULT meet; echo '{"doc": "m1"}'; } > "$T/pm.jsonl"
"$P" eval "$T/gm.jsonl" "$T/pm.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "malformed lines: exit 1, each named, counted" '[ $st -eq 1 ] && grep -q "gm.jsonl:2: invalid JSON" "$T/err" && grep -q "gm.jsonl:3: invalid JSON" "$T/err" && grep -q "pm.jsonl:2: missing \"type\"" "$T/err" && grep -q "2 malformed gold line(s), 1 malformed prediction line(s) skipped" "$T/err"'
check "malformed lines: the good ones still scored" 'grep -q "^strict:  .*(tp=1 fp=0 fn=1)" "$T/out"'

echo "eval.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
