# backend.sh — sourced by the store and serve tests to run them against
# either backend: BACKEND=sqlite (a file per database, in $T) or
# BACKEND=postgresql (a fresh database per name on the cluster of
# tests/pgcluster.sh, whose URL is in PARLEY_PG_URL).
# newdb NAME      prints the --db value of a new, empty store called NAME
# missingdb NAME  prints the --db value of a store that does not exist
# pgsql NAME SQL  runs SQL in store NAME (PostgreSQL only)
BACKEND=${BACKEND:-sqlite}
case $BACKEND in
sqlite | postgresql) ;;
*) echo "unknown backend '$BACKEND'" >&2; exit 2 ;;
esac
if [ "$BACKEND" = postgresql ] && [ -z "${PARLEY_PG_URL:-}" ]; then
    echo "SKIP: no PostgreSQL cluster (run through tests/pgcluster.sh)"
    exit 77
fi
newdb() {
    if [ "$BACKEND" = sqlite ]; then
        echo "$T/$1.db"
    else
        psql -q -X "$PARLEY_PG_URL/postgres" -c "DROP DATABASE IF EXISTS \"$1\"" \
            -c "CREATE DATABASE \"$1\"" >/dev/null 2>&1 || echo "newdb: cannot make $1" >&2
        echo "$PARLEY_PG_URL/$1"
    fi
}
missingdb() {
    if [ "$BACKEND" = sqlite ]; then echo "$T/$1.db"; else echo "$PARLEY_PG_URL/$1"; fi
}
pgsql() {
    psql -q -X -t -A "$PARLEY_PG_URL/$1" -c "$2"
}
