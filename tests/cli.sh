#!/bin/sh
# cli.sh — end-to-end tests of `parley code` on hostile input: every bad
# input is reported with its file (and line or byte), the other inputs are
# still coded, and the exit status follows the README. Usage: cli.sh PARLEY
set -u
P=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$T/err" ] && sed 's/^/     /' "$T/err" | head -5; }
check() { # name, condition
    if eval "$2"; then ok "$1"; else bad "$1"; fi
}

good="Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign Affairs of Lithuania Kęstutis Budrys in Riga."
printf '%s\n' "$good" > "$T/good.txt"

# a clean run
"$P" code --date 2025-05-05 "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "clean input exits 0 with one event" '[ $st -eq 0 ] && [ $(wc -l < "$T/out") -eq 1 ]'

# invalid UTF-8: reported with the byte offset, replaced, still coded
printf 'Prefix \377\376 junk. %s\n' "$good" > "$T/badutf8.txt"
"$P" code --date 2025-05-05 "$T/badutf8.txt" > "$T/out" 2> "$T/err"; st=$?
check "invalid UTF-8 reported with byte offset" 'grep -q "badutf8.txt: byte 7" "$T/err"'
check "invalid UTF-8 text still coded" '[ $(wc -l < "$T/out") -eq 1 ]'
check "output stays valid UTF-8 JSON" 'python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding=\"utf-8\")]" "$T/out"'

# NUL bytes
printf 'A\000B. %s\n' "$good" > "$T/nul.txt"
"$P" code --date 2025-05-05 "$T/nul.txt" > "$T/out" 2> "$T/err"; st=$?
check "NUL bytes do not stop coding" '[ $(wc -l < "$T/out") -eq 1 ]'

# empty file: no event, a warning, not an error
: > "$T/empty.txt"
"$P" code "$T/empty.txt" > "$T/out" 2> "$T/err"; st=$?
check "empty file: no output, exit 0" '[ $st -eq 0 ] && [ ! -s "$T/out" ]'

# truncated and non-JSON lines: file:line, the others still coded, exit 1
{
    printf '{"id": "a", "date": "2025-05-05", "text": "%s"}\n' "$good"
    printf '{"id": "b", "text": "truncated\n'
    printf 'not json at all\n'
    printf '[1, 2]\n'
    printf '{"id": "c", "date": "2025-05-05", "text": "%s"}\n' "$good"
} > "$T/mixed.jsonl"
"$P" code "$T/mixed.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "bad JSON lines reported as file:line" 'grep -q "mixed.jsonl:2:" "$T/err" && grep -q "mixed.jsonl:3:" "$T/err" && grep -q "mixed.jsonl:4:" "$T/err"'
check "good JSON lines around them coded" '[ $(grep -c "\"doc\": \"a\"" "$T/out") -eq 1 ] && [ $(grep -c "\"doc\": \"c\"" "$T/out") -eq 1 ]'
check "malformed input gives exit 1" '[ $st -eq 1 ]'

# broken HTML still gives its text
printf '<html><body><p>%s<div><span>unclosed <b>tags <p>and &bogus; entities' "$good" > "$T/broken.html"
"$P" code --date 2025-05-05 "$T/broken.html" > "$T/out" 2> "$T/err"; st=$?
check "broken HTML coded" '[ $(wc -l < "$T/out") -eq 1 ]'

# a feed that is not XML: reported, other files coded, exit 1
printf 'this is { not xml' > "$T/feed.rss"
"$P" code --date 2025-05-05 "$T/feed.rss" "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "non-XML feed reported" 'grep -q "feed.rss" "$T/err"'
check "file after a bad feed still coded, exit 1" '[ $(wc -l < "$T/out") -eq 1 ] && [ $st -eq 1 ]'

# missing and unreadable files
"$P" code --date 2025-05-05 "$T/nope.txt" "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "missing file named, others coded, exit 1" 'grep -q "nope.txt" "$T/err" && [ $(wc -l < "$T/out") -eq 1 ] && [ $st -eq 1 ]'
if [ "$(id -u)" -ne 0 ]; then
    cp "$T/good.txt" "$T/locked.txt" && chmod 000 "$T/locked.txt"
    "$P" code "$T/locked.txt" > "$T/out" 2> "$T/err"; st=$?
    check "unreadable file reported, exit 1" 'grep -q "locked.txt" "$T/err" && [ $st -eq 1 ]'
fi

# a 50 MB single line: coded without crashing, memory bounded by the line
python3 -c "
import sys
s = '$good '
with open(sys.argv[1], 'w') as f:
    f.write('{\"id\": \"big\", \"date\": \"2025-05-05\", \"text\": \"')
    n = 0
    while n < 50 * 1024 * 1024:
        f.write(s); n += len(s)
    f.write('\"}\n')
" "$T/big.jsonl"
"$P" code -q "$T/big.jsonl" > "$T/out" 2> "$T/err"; st=$?
check "50 MB single JSON line coded" '[ $st -eq 0 ] && [ $(head -c 100 "$T/out" | grep -c "\"doc\": \"big\"") -eq 1 ]'
# coded in 1 MiB windows: repeats merge within each window
check "50 MB line's repeated event merged within windows" '[ $(wc -l < "$T/out") -lt 2000 ]'

# stdin and directories
"$P" code --date 2025-05-05 - < "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "stdin is read" '[ $st -eq 0 ] && [ $(wc -l < "$T/out") -eq 1 ]'
mkdir -p "$T/dir/b" "$T/dir/a" && cp "$T/good.txt" "$T/dir/b/2.txt" && cp "$T/good.txt" "$T/dir/a/1.txt" && cp "$T/good.txt" "$T/dir/.hidden.txt"
"$P" code --date 2025-05-05 "$T/dir" > "$T/out" 2> "$T/err"; st=$?
check "directory walked in order, hidden files skipped" '[ $(wc -l < "$T/out") -eq 2 ] && head -1 "$T/out" | grep -q "\"doc\": \"1\""'

# usage errors
"$P" code --format xml "$T/good.txt" > /dev/null 2> "$T/err"; st=$?
check "unknown format is a usage error (2)" '[ $st -eq 2 ]'
"$P" code --date 2025/05/05 "$T/good.txt" > /dev/null 2> "$T/err"; st=$?
check "bad --date is a usage error (2)" '[ $st -eq 2 ]'
"$P" frobnicate > /dev/null 2> "$T/err"; st=$?
check "unknown command is a usage error (2)" '[ $st -eq 2 ]'

# a malformed user dictionary: file:line, the rest loaded
mkdir -p "$T/lex"
printf 'LVA | LVA | Latvia\nXX | bad code | Nowhere | - | - | -\nEST | EST | Estonia | - | Estonian | Tallinn\n' > "$T/lex/countries.txt"
"$P" code --lexicon "$T/lex" --date 2025-05-05 "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "malformed dictionary lines reported as file:line" 'grep -q "countries.txt:1:" "$T/err" && grep -q "countries.txt:2:" "$T/err"'
check "coding goes on after dictionary warnings" '[ $st -eq 0 ] && [ $(wc -l < "$T/out") -eq 1 ]'
"$P" code --lexicon "$T/missing-dir" "$T/good.txt" > /dev/null 2> "$T/err"; st=$?
check "missing lexicon directory is fatal (3)" '[ $st -eq 3 ] && grep -q "missing-dir" "$T/err"'

# TSV output
"$P" code --format tsv --date 2025-05-05 "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
check "TSV has a header and one row of 30 columns" '[ $(wc -l < "$T/out") -eq 2 ] && [ $(sed -n 2p "$T/out" | awk -F"\t" "{print NF}") -eq 30 ]'

# the community's CAMEO dictionaries, when ../shared/peers is beside us
peers="$(cd "$(dirname "$0")/../.." && pwd)/shared/peers/petrarch2"
if [ -f "$peers/CAMEO.2.0.txt" ]; then
    "$P" code --verbs "$peers/CAMEO.2.0.txt" --actors "$peers/Phoenix.Countries.actors.txt,$peers/Phoenix.International.actors.txt" \
        --agents "$peers/Phoenix.agents.txt" --date 2025-05-05 "$T/good.txt" > "$T/out" 2> "$T/err"; st=$?
    check "CAMEO dictionaries code with their own actor codes" '[ $st -eq 0 ] && grep -q "\"code\": \"LVA" "$T/out"'
fi
# a community dictionary with a malformed line, as the real ones have:
# warned about with file:line, coded, exit 0; --strict makes it fatal
printf -- '--- MEET [040] ---\nMEET {MEETS MET}\n- * &NOSUCHSET [041]\n' > "$T/d.verbs"
printf 'LATVIA [LVA]\nLITHUANIA [LTU]\n' > "$T/d.actors"
printf 'Latvia met Lithuania.\n' > "$T/d.txt"
"$P" code --no-builtin --verbs "$T/d.verbs" --actors "$T/d.actors" --date 2025-05-05 "$T/d.txt" > "$T/out" 2> "$T/err"; st=$?
check "malformed CAMEO dictionary line: warning with file:line, exit 0" '[ $st -eq 0 ] && grep -q "d.verbs:3:" "$T/err" && grep -q "\"coder\": \"dictionary\"" "$T/out"'
"$P" code --no-builtin --strict --verbs "$T/d.verbs" --actors "$T/d.actors" --date 2025-05-05 "$T/d.txt" > "$T/out" 2> "$T/err"; st=$?
check "--strict makes a malformed CAMEO dictionary line fatal (3)" '[ $st -eq 3 ] && grep -q "d.verbs:3:" "$T/err" && [ ! -s "$T/out" ]'
"$P" code --verbs "$T/no-such.verbs" "$T/good.txt" > /dev/null 2> "$T/err"; st=$?
check "missing CAMEO dictionary is fatal (3)" '[ $st -eq 3 ] && grep -q "no-such.verbs" "$T/err"'
"$P" code --dict-format klingon "$T/good.txt" > /dev/null 2> "$T/err"; st=$?
check "unknown --dict-format is a usage error (2)" '[ $st -eq 2 ]'

echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
