#!/bin/sh
# tests/shared.sh BUILD_DIR — libparley.so as other programs see it: it
# exports exactly the functions include/parley.h declares (all parley_*,
# each marked PARLEY_API), and `meson install` puts the library, the header
# and parley.pc where a C program built with `pkg-config --cflags --libs
# parley` finds them and codes a document.
set -u
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
header=$src/include/parley.h
so=$build/libparley.so
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# ---- the header: every function declaration carries PARLEY_API ----------
grep -nE '^[a-z][a-z_ ]*[ *]+parley_[a-z0-9_]+\(' "$header" > $tmp/unmarked
[ -s $tmp/unmarked ] && fail "parley.h declares functions without PARLEY_API:
$(cat $tmp/unmarked)"
grep -oE '^PARLEY_API [^(]*\bparley_[a-z0-9_]+\(' "$header" |
    grep -oE 'parley_[a-z0-9_]+\($' | tr -d '(' | sort -u > $tmp/declared
[ -s $tmp/declared ] || fail "no PARLEY_API declarations found in $header"

# ---- the shared library exports those and nothing else -------------------
[ -f "$so" ] || { echo "FAIL: $so not built"; exit 1; }
nm -D --defined-only "$so" | awk 'NF == 3 {print $3}' | sort -u > $tmp/exported
grep -v '^parley_' $tmp/exported > $tmp/foreign
# An ASan/UBSan build adds the sanitizers' own hooks; those are not ours.
grep -qE '^__(asan|ubsan|sanitizer)_' $tmp/foreign &&
    grep -vE '^(__(asan|ubsan|sanitizer|odr_asan)|___asan)' $tmp/foreign > $tmp/foreign.2 &&
    mv $tmp/foreign.2 $tmp/foreign
# A coverage build (-Db_coverage=true) links libgcov's runtime in, whose
# symbols are __gcov_* and mangle_path: not ours either.
if grep -q '^__gcov_' $tmp/foreign; then
    grep -vE '^(__gcov_|mangle_path$)' $tmp/foreign > $tmp/foreign.2
    mv $tmp/foreign.2 $tmp/foreign
fi
[ -s $tmp/foreign ] && fail "libparley.so exports symbols without the parley_ prefix:
$(head -n 20 $tmp/foreign)"
comm -23 $tmp/declared $tmp/exported > $tmp/missing
[ -s $tmp/missing ] && fail "declared in parley.h but not exported: $(tr '\n' ' ' < $tmp/missing)"
grep '^parley_' $tmp/exported | comm -23 - $tmp/declared > $tmp/extra
[ -s $tmp/extra ] && fail "exported but not declared in parley.h: $(tr '\n' ' ' < $tmp/extra)"
# The internals are hidden, not gone: the static library still defines
# them for the parley command and the unit tests.
nm -g --defined-only "$build/libparley.a" 2>/dev/null | awk 'NF == 3 {print $3}' |
    grep -v '^parley_' | sort -u > $tmp/internal
[ -s $tmp/internal ] || fail "libparley.a defines no internal symbols (nm failed?)"
# Every global symbol of the library has one of two prefixes: parley_ for
# the API of parley.h, pl_ for internals (the rest is file-static); and no
# internal symbol takes the public prefix.
grep -vE '^(pl_|__(asan|ubsan|sanitizer|odr_asan|gcov)|___asan|mangle_path$)' $tmp/internal > $tmp/unprefixed
[ -s $tmp/unprefixed ] && fail "libparley.a defines symbols with neither parley_ nor pl_:
$(head -n 20 $tmp/unprefixed)"
nm -g --defined-only "$build/libparley.a" 2>/dev/null | awk 'NF == 3 {print $3}' |
    grep '^parley_' | sort -u | comm -23 - $tmp/declared > $tmp/private
[ -s $tmp/private ] && fail "libparley.a defines parley_ symbols parley.h does not declare (make them pl_):
$(head -n 20 $tmp/private)"
echo "libparley.so exports $(wc -l < $tmp/exported) symbols, all parley_ and all declared;" \
     "$(wc -l < $tmp/internal) internal symbols of libparley.a are hidden"

# ---- installed: header, library, pkg-config file --------------------------
dest=$tmp/dest
if ! meson install -C "$build" --no-rebuild --destdir "$dest" > $tmp/install.log 2>&1; then
    fail "meson install failed: $(tail -n 5 $tmp/install.log)"
else
    pc=$(find "$dest" -name parley.pc | head -n 1)
    [ -n "$pc" ] || fail "parley.pc not installed"
    [ -n "$(find "$dest" -name parley.h)" ] || fail "parley.h not installed"
    [ -n "$(find "$dest" -name 'libparley.so.0')" ] || fail "libparley.so.0 not installed"
fi
if [ $failed -eq 0 ]; then
    prefix=$(sed -n 's/^prefix=//p' "$pc")
    flags=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config \
        --define-variable=prefix="$dest$prefix" --cflags --libs parley) ||
        fail "pkg-config cannot read the installed parley.pc"
    cat > $tmp/prog.c <<'EOF'
/* codes one document through the installed libparley.so */
#include <parley.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    parley_lexicon *lx;
    if (parley_lexicon_load(&lx, NULL, NULL))
        return 2;
    const char *t = "Kazakh Foreign Minister Murat Nurtleu met Uzbek "
                    "Foreign Minister Bakhtiyor Saidov in Astana on Monday.";
    parley_doc d = {0};
    d.id.p = "doc1", d.id.n = 4;
    d.date.p = "2025-03-12", d.date.n = 10;
    d.text.p = t, d.text.n = strlen(t);
    parley_result *r;
    if (parley_code(lx, &d, NULL, &r))
        return 3;
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t i = 0; i < parley_result_count(r); i++)
        parley_write_json(&b, &d, parley_result_event(r, i), i);
    fputs(b.p ? b.p : "", stdout);
    parley_buf_release(&b);
    parley_result_free(r);
    parley_lexicon_free(lx);
    return 0;
}
EOF
    # an ASan build's library needs the sanitizer runtime in the program
    san=""
    nm -D "$so" | grep -q ' U __asan_' && san="-fsanitize=address,undefined"
    libdir=$(dirname "$(find "$dest" -name 'libparley.so.0' | head -n 1)")
    # shellcheck disable=SC2086
    if ! ${CC:-cc} $san -o $tmp/prog $tmp/prog.c $flags 2> $tmp/cc.log; then
        fail "cannot build a program with pkg-config's flags: $(head -n 5 $tmp/cc.log)"
    elif ! LD_LIBRARY_PATH=$libdir $tmp/prog > $tmp/out.jsonl 2> $tmp/err; then
        fail "the program linked to the installed libparley.so failed: $(head -n 5 $tmp/err)"
    elif ! grep -q '"type": "CONSULT"' $tmp/out.jsonl; then
        fail "the installed library coded no CONSULT event: $(head -c 300 $tmp/out.jsonl)"
    elif ! LD_LIBRARY_PATH=$libdir ldd $tmp/prog | grep -q "$libdir/libparley.so.0"; then
        fail "the program did not load the installed libparley.so: $(ldd $tmp/prog | grep parley)"
    else
        echo "installed library, header and parley.pc: a program built with pkg-config codes a document"
    fi
fi
[ $failed -eq 0 ] && echo "ok" || exit 1
