#!/bin/sh
# man.sh — checks the parley(1) man page made by tools/gen_man.py: `man -l`
# shows it with its sections, a subsection per command, and every option
# that a command's --help names. Skips (77) without man (Debian man-db).
# usage: tests/man.sh PATH/TO/parley PATH/TO/parley.1
set -u
PARLEY=$1 PAGE=$2
if ! command -v man >/dev/null; then
    echo "SKIP: man not found (Debian package man-db; ./setup installs it)"
    exit 77
fi
T=$(mktemp -d /tmp/parley-man.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail=0
# Wide lines: no line breaks, so no hyphenated options.
if ! MANWIDTH=1000 MANPAGER=cat PAGER=cat man -l "$PAGE" >"$T/man" 2>"$T/err"; then
    echo "FAIL: man -l $PAGE:"; cat "$T/err"; exit 1
fi
for s in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT "SEE ALSO"; do
    grep -q "^$s" "$T/man" || { echo "FAIL: no section $s"; fail=1; }
done
cmds=$("$PARLEY" --help | sed -n '/^commands:/,/^$/s/^  \([a-z]*\) .*/\1/p')
[ -n "$cmds" ] || { echo "FAIL: parley --help lists no commands"; exit 1; }
n=0
for c in $cmds; do
    grep -q "^   parley $c\$" "$T/man" || { echo "FAIL: no subsection for parley $c"; fail=1; }
    # The man page is generated from this help: each option must be there.
    for o in $("$PARLEY" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        n=$((n + 1))
        grep -q -- "$o" "$T/man" || { echo "FAIL: parley $c: $o is in --help, not in the man page"; fail=1; }
    done
done
grep -q "PARLEY_DEBUG" "$T/man" || { echo "FAIL: PARLEY_DEBUG not described"; fail=1; }
[ $fail -eq 0 ] && echo "man -l shows parley(1): $(echo $cmds | wc -w) commands, $n options"
exit $fail
