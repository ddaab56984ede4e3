#!/bin/sh
# pgcluster.sh — a throw-away PostgreSQL cluster for the store tests: made
# with initdb in a fresh directory, started with pg_ctl on 127.0.0.1 and a
# free port (trust authentication, reachable only from this machine), and
# stopped and removed at the end. As root, initdb and pg_ctl run as the
# postgres user (PostgreSQL refuses root).
#
# usage: pgcluster.sh run COMMAND...   runs COMMAND with PARLEY_PG_URL set to
#                                      the cluster ("postgresql://...:PORT"),
#                                      and PARLEY_PG_DIR to its directory;
#                                      exits with COMMAND's status
#        exit 77 (skip) when PostgreSQL's programs are not installed.
set -u
[ "${1:-}" = run ] || { echo "usage: pgcluster.sh run COMMAND..." >&2; exit 2; }
shift
bin=""
for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && bin=$d
done
if [ -z "$bin" ] && command -v initdb >/dev/null; then
    bin=$(dirname "$(command -v initdb)")
fi
if [ -z "$bin" ] || ! command -v psql >/dev/null; then
    echo "pgcluster.sh: PostgreSQL is not installed (apt-get install postgresql); skipping" >&2
    exit 77
fi

dir=$(mktemp -d /tmp/parley-pg.XXXXXX)
as=""
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "pgcluster.sh: running as root and there is no postgres user; skipping" >&2
        rm -rf "$dir"
        exit 77
    fi
    chown postgres "$dir"
    as="setpriv --reuid=postgres --regid=postgres --init-groups"
fi
chmod 700 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$dir/server.log
if ! $as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    echo "pgcluster.sh: initdb failed:" >&2
    tail -n 5 "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
fi
stop() {
    $as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM
# small and quick: a test cluster, not a tuned server
if ! $as "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40 -c shared_buffers=64MB" \
        start >/dev/null 2>&1; then
    echo "pgcluster.sh: the server did not start:" >&2
    tail -n 5 "$log" >&2
    exit 1
fi
export PARLEY_PG_URL="postgresql://postgres@127.0.0.1:$port"
export PARLEY_PG_DIR="$dir"
"$@"
