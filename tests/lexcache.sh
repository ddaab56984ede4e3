#!/bin/sh
# lexcache.sh — end-to-end tests of the lexicon's image (src/lexicon/
# image.c): a run that reads the image codes exactly as one that parses
# data/'s text (output, stderr, exit status); a truncated, bit-flipped,
# empty, longer or random image file is ignored and rewritten; --lexicon
# and --no-builtin neither read nor write one; --no-dict-cache and
# PARLEY_CACHE_DIR=off write none; an unwritable cache directory still
# codes; ingest loads through it too. Usage: lexcache.sh PARLEY
set -u
P=$1
SRC=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { # name, condition
    if eval "$2"; then ok "$1"; else bad "$1"; fi
}
nlex() { find "$1" -name '*.lex' 2>/dev/null | wc -l; }
IN="$SRC/examples"
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
said() { # what the last PARLEY_DEBUG run said of the image
    PARLEY_DEBUG=1 "$P" code -j 1 "$@" /dev/null 2>&1 >/dev/null | grep "lexicon image" | head -1
}

run ref --no-dict-cache
check "the reference run codes" '[ $(cat "$T/ref.st") -eq 0 ] && [ -s "$T/ref.out" ]'
check "--no-dict-cache writes no image" '[ $(nlex "$C") -eq 0 ]'
run cold
check "a first run writes one image" '[ $(nlex "$C") -eq 1 ]'
check "a first run codes as the text loader" 'same cold'
run warm
check "a second run codes the same from the image" 'same warm'
check "the second run read the image" 'said | grep -q "lexicon image: read"'

f=$(find "$C" -name '*.lex')
cp "$f" "$T/good.lex"
size=$(wc -c < "$f")
corrupt() { # name, command making the corruption
    cp "$T/good.lex" "$f"
    eval "$2"
    cn=$(echo "c-$1" | tr ' ' -)
    run "$cn"
    check "image $1: ignored, same output, stderr and exit" 'same "$cn"'
    check "image $1: rewritten and read again" 'said | grep -q "lexicon image: read" && cmp -s "$f" "$T/good.lex"'
}
corrupt truncated 'head -c $((size / 2)) "$T/good.lex" > "$f"'
corrupt "cut by one byte" 'head -c $((size - 1)) "$T/good.lex" > "$f"'
corrupt empty ': > "$f"'
corrupt "longer by one byte" 'printf x >> "$f"'
for at in 9 20 45 100 600 $((size / 3)) $((size / 2)) $((size - 3)); do
    corrupt "bit-flipped at $at" "python3 -c '
import sys
b = bytearray(open(sys.argv[1], \"rb\").read()); b[$at] ^= 4
open(sys.argv[1], \"wb\").write(b)' \"\$f\""
done
corrupt "of random bytes" 'head -c $size /dev/urandom > "$f"'

# a user's lexicon, or none built in: the text, no image read or written
mkdir -p "$T/lex"
printf 'Ruritania Island | RUR | 10.0 | 20.0 | 1000 | -\n' > "$T/lex/places.txt"
rm -rf "$C"
"$P" code -j 1 --lexicon "$T/lex" "$IN" > /dev/null 2>&1
check "--lexicon writes no image" '[ $(nlex "$C") -eq 0 ]'
"$P" code -j 1 --no-builtin "$IN" > /dev/null 2>&1
check "--no-builtin writes no image" '[ $(nlex "$C") -eq 0 ]'
"$P" code -j 1 --no-dict-cache --lexicon "$T/lex" "$IN" > "$T/ref.out" 2> "$T/ref.err"; echo $? > "$T/ref.st"
run first
run user --lexicon "$T/lex"
check "with an image there, --lexicon codes as without it" 'same user'
check "and says it did not use it" 'said --lexicon "$T/lex" | grep -q "lexicon image: not used"'

run ref --no-dict-cache
: > "$T/file"
PARLEY_CACHE_DIR="$T/file/sub" run nodir
check "an unwritable cache directory still codes, silently" 'same nodir'
PARLEY_CACHE_DIR=off run off
check "PARLEY_CACHE_DIR=off codes and writes nothing" 'same off && [ ! -e off ]'
check "no temporary file is left behind" '[ $(find "$T" -name ".tmp-*" | wc -l) -eq 0 ]'
# ingest loads through it too (into a store of its own each time)
"$P" ingest --no-dict-cache --db "$T/a.db" "$IN" > /dev/null 2>&1
"$P" ingest --db "$T/b.db" "$IN" > /dev/null 2>&1
"$P" query --db "$T/a.db" > "$T/qa" 2>&1
"$P" query --db "$T/b.db" > "$T/qb" 2>&1
check "ingest: the same events with and without the image" 'cmp -s "$T/qa" "$T/qb" && [ -s "$T/qa" ]'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
