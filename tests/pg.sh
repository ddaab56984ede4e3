#!/bin/sh
# pg.sh — the store tests on PostgreSQL: starts a throw-away cluster
# (tests/pgcluster.sh), then runs the store's unit tests that use only the
# public API, the command tests (store.sh), the API tests (serve.sh) and
# the comparison of the two backends (backends.sh) and the upgrade of a
# schema-1 store (pgmigrate.sh) against it, and stops it. Skips (77)
# when PostgreSQL is not installed.
# usage: pg.sh PATH/TO/parley PATH/TO/test_store
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PARLEY=${1:?usage: pg.sh PATH/TO/parley PATH/TO/test_store}
UNIT=${2:?usage: pg.sh PATH/TO/parley PATH/TO/test_store}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
case $UNIT in /*) ;; *) UNIT=$(pwd)/$UNIT ;; esac
exec "$HERE/pgcluster.sh" run sh -c '
    s=0
    echo "== unit tests (tests/unit/test_store.c) on PostgreSQL"
    PARLEY_TEST_PG_URL=$PARLEY_PG_URL "$2" || s=1
    echo "== store.sh postgresql"
    sh "$1/store.sh" "$3" postgresql || s=1
    echo "== serve.sh postgresql"
    sh "$1/serve.sh" "$3" postgresql || s=1
    echo "== backends.sh"
    sh "$1/backends.sh" "$3" || s=1
    echo "== pgmigrate.sh"
    sh "$1/pgmigrate.sh" "$3" || s=1
    exit $s' pg.sh "$HERE" "$UNIT" "$PARLEY"
