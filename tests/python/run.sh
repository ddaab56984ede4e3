#!/bin/sh
# run.sh PYTHON TEST.py [ARGS] — runs a Python test of the binding. When
# libparley.so was built with ASan (tests/run --sanitize), the sanitizer
# runtime must be loaded first into the Python process: it is preloaded,
# and leak detection (which would report the interpreter's own) is off in
# Python processes; PARLEY_ASAN=1 tells the test.
set -u
py=$1; shift
if nm -D "${PARLEY_LIB:?}" 2>/dev/null | grep -q ' U __asan_'; then
    rt=$(clang -print-file-name=libclang_rt.asan-x86_64.so 2>/dev/null)
    if [ ! -f "$rt" ]; then
        echo "run.sh: the ASan runtime (libclang_rt.asan-x86_64.so) is missing" >&2
        exit 1
    fi
    # the test gives the parley command (an ASan executable of its own)
    # the caller's options back, without the preload
    export PARLEY_CHILD_ASAN_OPTIONS="${ASAN_OPTIONS:-}"
    export LD_PRELOAD="$rt"
    export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0:abort_on_error=1"
    export PARLEY_ASAN=1
fi
exec "$py" "$@"
