#!/bin/sh
# answers.sh PARLEY URL < queries.txt — for each line of queries.txt (the
# arguments of a parley command), the line itself, then the number of
# lines, the SHA-256 and the exit status of the command's output on URL.
set -u
while IFS= read -r q; do
    out=$(mktemp)
    eval "\"\$1\" $q --db \"\$2\"" >"$out" 2>&1
    st=$?
    echo "$q: $(wc -l <"$out" | tr -d ' ') lines, $(sha256sum <"$out" | cut -c1-64), status $st"
    rm -f "$out"
done
