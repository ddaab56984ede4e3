#!/bin/sh
# dictcache.sh — end-to-end tests of the dictionary cache (src/cameo/
# cache.c): a run that reads the cache codes exactly as one that parses
# the dictionaries (output, warnings, exit status); a truncated, bit-
# flipped, foreign or empty cache file is ignored and rewritten; a changed
# dictionary, role or order is another key; an unwritable cache directory
# still codes; PARLEY_CACHE_DIR=off, --no-dict-cache and --strict write
# nothing; XDG_CACHE_HOME and HOME. With the Phoenix dictionaries of
# ../shared/peers when present. Usage: dictcache.sh PARLEY
set -u
P=$1
SRC=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0 skipped=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$T/err" ] && sed 's/^/     /' "$T/err" | head -5; }
skip() { skipped=$((skipped + 1)); echo "SKIP: $1"; }
check() { # name, condition
    if eval "$2"; then ok "$1"; else bad "$1"; fi
}
ndict() { find "$1" -name '*.dict' 2>/dev/null | wc -l; }

# the README's sample dictionaries with malformed lines, which are warned
# about (exit 0) and must be warned about again from the cache
mkdir -p "$T/d"
cp "$SRC"/samples/cameo/verbs.txt "$SRC"/samples/cameo/actors.txt "$SRC"/samples/cameo/agents.txt "$T/d/"
printf 'NOCODE_ACTOR_LINE\nBAD [\n' >> "$T/d/actors.txt"
printf 'BROKEN {\n' >> "$T/d/verbs.txt"
IN="$SRC/examples/wire.jsonl"
dicts() { echo --verbs "$T/d/verbs.txt" --actors "$T/d/actors.txt" --agents "$T/d/agents.txt"; }
C="$T/cache"
export PARLEY_CACHE_DIR="$C"

# run NAME [options]: codes IN, output in $T/NAME.out, stderr in $T/NAME.err
run() {
    n=$1
    shift
    "$P" code -j 1 "$@" "$IN" > "$T/$n.out" 2> "$T/$n.err"
    echo $? > "$T/$n.st"
}
same() { # as the reference run ref: output, stderr and exit status
    cmp -s "$T/ref.out" "$T/$1.out" && cmp -s "$T/ref.err" "$T/$1.err" && cmp -s "$T/ref.st" "$T/$1.st"
}

run ref --no-dict-cache $(dicts)
check "the reference run warns and exits 0" '[ $(cat "$T/ref.st") -eq 0 ] && [ $(grep -c "warning: .*$T/d/" "$T/ref.err") -eq 3 ] && [ -s "$T/ref.out" ]'
check "--no-dict-cache writes no cache" '[ $(ndict "$C") -eq 0 ]'
run cold $(dicts)
check "a first run writes one cache file" '[ $(ndict "$C") -eq 1 ]'
check "a first run codes as the text loader (output, warnings, exit)" 'same cold'
run warm $(dicts)
check "a second run codes the same from the cache" 'same warm'
PARLEY_DEBUG=1 "$P" code -j 1 $(dicts) /dev/null > /dev/null 2> "$T/err"
check "the second run read the cache" 'grep -q "dictionary cache: read" "$T/err"'

f=$(find "$C" -name '*.dict')
cp "$f" "$T/good.dict"
size=$(wc -c < "$f")
# corrupt the file in place in several ways; each time the run must code
# the same, exit 0, and leave a valid file that the next run reads
corrupt() { # name, command making the corruption
    cp "$T/good.dict" "$f"
    eval "$2"
    cn=$(echo "c-$1" | tr ' ' -)
    run "$cn" $(dicts)
    check "cache $1: ignored, same output, warnings and exit" 'same "$cn"'
    PARLEY_DEBUG=1 "$P" code -j 1 $(dicts) /dev/null > /dev/null 2> "$T/err"
    # the same dictionaries write the same bytes
    check "cache $1: rewritten and read again" 'grep -q "dictionary cache: read" "$T/err" && cmp -s "$f" "$T/good.dict"'
}
corrupt truncated 'head -c $((size / 2)) "$T/good.dict" > "$f"'
corrupt "cut by one byte" 'head -c $((size - 1)) "$T/good.dict" > "$f"'
corrupt empty ': > "$f"'
corrupt "longer by one byte" 'printf x >> "$f"'
for at in 9 20 40 60 200 $((size / 3)) $((size / 2)) $((size - 3)); do
    corrupt "bit-flipped at $at" "python3 -c '
import sys
b = bytearray(open(sys.argv[1], \"rb\").read()); b[$at] ^= 4
open(sys.argv[1], \"wb\").write(b)' \"\$f\""
done
corrupt "of random bytes" 'head -c $size /dev/urandom > "$f"'

# another dictionary's bytes: another key, its own file
printf '\nESTONIA [EST]\n' >> "$T/d/actors.txt"
run ref --no-dict-cache $(dicts)
run changed $(dicts)
check "a changed dictionary is another key" '[ $(ndict "$C") -eq 2 ] && same changed'
run changed2 $(dicts)
check "the changed dictionary is read from its own file" 'same changed2'
# the same bytes under another name: the same file, the run's own name
# in the warnings
mkdir -p "$T/e"
cp "$T/d/"*.txt "$T/e/"
"$P" code -j 1 --no-dict-cache --verbs "$T/e/verbs.txt" --actors "$T/e/actors.txt" --agents "$T/e/agents.txt" "$IN" > "$T/ref.out" 2> "$T/ref.err"; echo $? > "$T/ref.st"
run moved --verbs "$T/e/verbs.txt" --actors "$T/e/actors.txt" --agents "$T/e/agents.txt"
check "the same bytes elsewhere: the same cache, warnings name the run's files" '[ $(ndict "$C") -eq 2 ] && same moved && grep -q "$T/e/actors.txt" "$T/moved.err"'
# roles and order are in the key
"$P" code -j 1 --verbs "$T/d/verbs.txt" --actors "$T/d/agents.txt" --agents "$T/d/actors.txt" "$IN" > /dev/null 2>&1
check "files in other roles are another key" '[ $(ndict "$C") -eq 3 ]'
"$P" code -j 1 --actors "$T/d/actors.txt,$T/e/actors.txt" "$IN" > /dev/null 2>&1
"$P" code -j 1 --actors "$T/e/actors.txt,$T/d/actors.txt" "$IN" > /dev/null 2>&1
check "the same files in the same roles: one key whatever their names" '[ $(ndict "$C") -eq 4 ]'
"$P" code -j 1 --dict-format tabari $(dicts) "$IN" > /dev/null 2>&1
check "--dict-format is in the key" '[ $(ndict "$C") -eq 5 ]'

run ref --no-dict-cache $(dicts)
# no cache where none can be written
: > "$T/file"
PARLEY_CACHE_DIR="$T/file/sub" run nodir $(dicts)
check "an unwritable cache directory still codes, silently" 'same nodir'
PARLEY_CACHE_DIR=off run off $(dicts)
check "PARLEY_CACHE_DIR=off codes and writes nothing" 'same off && [ ! -e off ]'
n0=$(ndict "$C")
run strict --strict $(dicts)
check "--strict bypasses the cache (exit 3 on the malformed lines)" '[ $(cat "$T/strict.st") -eq 3 ] && [ $(ndict "$C") -eq $n0 ]'
(unset PARLEY_CACHE_DIR; XDG_CACHE_HOME="$T/xdg" "$P" code -j 1 $(dicts) "$IN" > /dev/null 2>&1)
check "XDG_CACHE_HOME/parley" '[ $(ndict "$T/xdg/parley") -eq 1 ]'
(unset PARLEY_CACHE_DIR XDG_CACHE_HOME; HOME="$T/home" "$P" code -j 1 $(dicts) "$IN" > /dev/null 2>&1)
check "else ~/.cache/parley" '[ $(ndict "$T/home/.cache/parley") -eq 1 ]'
check "no temporary file is left behind" '[ $(find "$T" -name ".tmp-dict-*" | wc -l) -eq 0 ]'
# a cache written by a quiet run still holds the warnings for a later one
rm -rf "$C"
"$P" code -q -j 1 $(dicts) "$IN" > /dev/null 2>&1
run quiet $(dicts)
check "warnings kept by a --quiet first run are said by the next" 'same quiet'
"$P" validate -q --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > /dev/null 2>&1
"$P" validate --no-dict-cache --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > "$T/v0" 2>&1
"$P" validate --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > "$T/v1" 2>&1
check "and by validate -q (no log at all)" 'cmp -s "$T/v0" "$T/v1" && grep -q "unbalanced" "$T/v1"'
# validate and ingest load through the cache too
"$P" validate --no-dict-cache --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > "$T/v1" 2>&1; s1=$?
"$P" validate --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > "$T/v2" 2>&1; s2=$?
"$P" validate --verbs "$T/d/verbs.txt" "$SRC/samples/cameo/validate.xml" > "$T/v3" 2>&1; s3=$?
check "validate: the same with and without the cache" 'cmp -s "$T/v1" "$T/v2" && cmp -s "$T/v1" "$T/v3" && [ $s1 = $s2 ] && [ $s1 = $s3 ]'

# the community's Phoenix dictionaries, when here
PX=${PARLEY_PEERS:-$SRC/../shared/peers}/petrarch2
if [ -f "$PX/CAMEO.2.0.txt" ]; then
    ph() { echo --verbs "$PX/CAMEO.2.0.txt" --actors "$PX/Phoenix.Countries.actors.txt,$PX/Phoenix.International.actors.txt,$PX/Phoenix.MilNonState.actors.txt" --agents "$PX/Phoenix.agents.txt" --discards "$PX/Phoenix.discards.txt" --issues "$PX/Phoenix.IssueCoding.txt"; }
    run ref --no-dict-cache $(ph)
    run pcold $(ph)
    run pwarm $(ph)
    check "Phoenix dictionaries: the same cold and warm" 'same pcold && same pwarm && [ -s "$T/ref.out" ]'
else
    skip "Phoenix dictionaries (no $PX)"
fi

echo "dictcache: $pass passed, $fail failed, $skipped skipped"
[ $fail -eq 0 ]
