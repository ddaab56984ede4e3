#!/bin/sh
# pg-ingest.sh — one timed PostgreSQL ingest, for before/after comparisons
# of the backend: a new database on a running cluster, `parley ingest -q
# -j 1` of a corpus, then one line with the wall time, the client's and
# the server's CPU time (the postmaster and its children, from /proc; run
# it on the server's machine), events/s, bytes per event and the load.
# pg_stat_statements, when the cluster preloads it, is reset first.
# usage: bench/pg-ingest.sh PARLEY CORPUS CLUSTER_URL PGDATA DBNAME
#   e.g. bench/pg-ingest.sh build/parley c130k.jsonl \
#          postgresql://postgres@127.0.0.1:5433 /var/tmp/pg/data run1
set -u
[ $# -eq 5 ] || { sed -n 's/^# \{0,1\}//; 8,10p' "$0" >&2; exit 2; }
bin=$1 corpus=$2 u=$3 pgdata=$4 db=$5
pm=$(head -n 1 "$pgdata/postmaster.pid") || exit 1
srv() { # CPU ticks of the postmaster (with its reaped children) and its children
    t=0
    for p in $pm $(pgrep -P "$pm"); do
        s=$(cut -d')' -f2 "/proc/$p/stat" 2>/dev/null) || continue
        set -- $s
        t=$((t + ${12} + ${13} + ${14} + ${15}))
    done
    echo $t
}
psql -X -q "$u/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null || exit 1
psql -X -q "$u/$db" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
    -c "SELECT pg_stat_statements_reset()" >/dev/null 2>&1
l0=$(cut -d' ' -f1 /proc/loadavg) s0=$(srv) tf=$(mktemp)
/usr/bin/time -f '%e %U %S' -o "$tf" "$bin" ingest -q -j 1 --db "$u/$db" "$corpus"
rc=$?
sleep 1 # the backends' exit, for their CPU time
s1=$(srv) l1=$(cut -d' ' -f1 /proc/loadavg)
psql -X -q "$u/$db" -c CHECKPOINT
size=$(psql -X -t -A "$u/$db" -c "SELECT pg_database_size('$db')")
ev=$(psql -X -t -A "$u/$db" -c "SELECT n FROM parley.counters WHERE name = 'events'")
set -- $(cat "$tf")
rm -f "$tf"
awk -v rc=$rc -v ev="$ev" -v w="$1" -v cu="$2" -v cs="$3" -v s="$((s1 - s0))" \
    -v size="$size" -v l0="$l0" -v l1="$l1" 'BEGIN {
    printf "rc=%d events=%d wall=%.1fs client_cpu=%.1fs server_cpu=%.1fs events/s=%d bytes/event=%d load=%s..%s\n",
        rc, ev, w, cu + cs, s / 100, ev / w, size / ev, l0, l1 }'
