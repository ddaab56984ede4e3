#!/usr/bin/env bash
# bench/store.sh — the store's benchmark, for SQLite or PostgreSQL:
# `parley ingest` of a generated corpus (bench/gencorpus.py; --size 1200M
# gives about 5.2 million coded events) into a fresh store — wall time,
# CPU, events/s, peak RSS, bytes per event — then the latency of every
# `parley query` filter with --limit 50, of a dyad and a type + month
# without a limit, of `parley stats`, of /api/stats, /api/graph and
# /api/actors through `parley serve` (median of warm runs; cold = first
# run after the store's files were evicted from the OS page cache, and for
# PostgreSQL after a restart of its server), and of `parley export`.
# Prints a table. Never part of the test suite.
#
# usage: bench/store.sh [--backend sqlite|postgresql] [--size 1200M]
#                       [--seed 1] [--runs 5] [--parley PATH] [--dir DIR]
#                       [--fresh] [--reuse] [--nice] [--jobs N] [--no-export]
#   --dir    where the corpus and the stores are kept between runs
#            (default ${TMPDIR:-/tmp}/parley-bench); a rerun with the same
#            parley binary reuses the store and its ingest figures
#   --fresh  ingest again even when a store made by this binary exists
#   --reuse  query the store in DIR even when another binary made it (its
#            ingest figures are that binary's; the schema must be the same)
#   --nice   ingest under nice(1) (on a shared machine); queries are timed
#            at normal priority
#   --jobs N ingest with parley ingest -j N (default 1)
# PostgreSQL: a cluster of its own is made in DIR (initdb, as the postgres
# user when run as root), started on 127.0.0.1 and a free port for the
# run, and stopped at the end; its settings are printed with the table.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
backend=sqlite size=1200M seed=1 runs=5 parley="" dir=${TMPDIR:-/tmp}/parley-bench
fresh=0 reuse=0 do_export=1 nice_ingest="" jobs=1
while [ $# -gt 0 ]; do
    case $1 in
    --backend) backend=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --parley) parley=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --reuse) reuse=1; shift ;;
    --nice) nice_ingest=nice; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    --no-export) do_export=0; shift ;;
    -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/store.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
case $runs in ''|*[!0-9]*|0) echo "bench/store.sh: --runs wants a number > 0" >&2; exit 2 ;; esac
case $jobs in ''|*[!0-9]*) echo "bench/store.sh: --jobs wants a number" >&2; exit 2 ;; esac
case $backend in sqlite|postgresql) ;; *) echo "bench/store.sh: --backend sqlite or postgresql" >&2; exit 2 ;; esac

if [ -z "$parley" ]; then
    if [ ! -f "$root/build-bench/build.ninja" ]; then
        meson setup "$root/build-bench" "$root" --buildtype=release >/dev/null || exit 1
    fi
    ninja -C "$root/build-bench" >/dev/null || { ninja -C "$root/build-bench"; exit 1; }
    parley=$root/build-bench/parley
fi
case $parley in /*) ;; *) parley=$(pwd)/$parley ;; esac
[ -x "$parley" ] || { echo "bench/store.sh: $parley is not executable" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/store.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench/store.sh: needs curl" >&2; exit 1; }

mkdir -p "$dir" || exit 1
dir=$(cd "$dir" && pwd)
corpus=$dir/corpus-$size-s$seed.jsonl
if [ ! -s "$corpus" ] || [ ! -s "$corpus.stats" ]; then
    echo "generating $corpus ..." >&2
    python3 "$here/gencorpus.py" --size "$size" --seed "$seed" -o "$corpus.tmp.$$" \
        --stats "$corpus.stats.tmp.$$" || exit 1
    mv "$corpus.tmp.$$" "$corpus" && mv "$corpus.stats.tmp.$$" "$corpus.stats" || exit 1
fi
bytes=$(wc -c <"$corpus")
sum=$(md5sum <"$parley" | cut -d' ' -f1)
load0=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# CPU seconds (user + system) of this shell's finished children, from
# `times` run in this shell (not in a command substitution's subshell)
child_cpu() {
    times >"$dir/times.tmp"
    awk 'END {
        t = 0
        for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); t += a[1] * 60 + a[2] }
        printf "%.3f", t }' "$dir/times.tmp"
    rm -f "$dir/times.tmp"
}
# ms CMD...: "WALL CPU" milliseconds of one run, stdout to $dir/q.out
ms() {
    local t0 t1 c0 c1
    child_cpu >"$dir/cpu0.tmp"
    t0=$EPOCHREALTIME
    "$@" >"$dir/q.out" 2>"$dir/q.err"
    t1=$EPOCHREALTIME
    child_cpu >"$dir/cpu1.tmp"
    c0=$(cat "$dir/cpu0.tmp") c1=$(cat "$dir/cpu1.tmp")
    rm -f "$dir/cpu0.tmp" "$dir/cpu1.tmp"
    awk -v a="$t0" -v b="$t1" -v c="$c0" -v d="$c1" 'BEGIN {printf "%.1f %.0f\n", (b - a) * 1000, (d - c) * 1000}'
}
evict_files() {
    python3 -c 'import os, sys
for root in sys.argv[1:]:
    files = [root] if os.path.isfile(root) else [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs]
    for f in files:
        try:
            fd = os.open(f, os.O_RDONLY)
        except OSError:
            continue
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)' "$@"
}

# ---- the store --------------------------------------------------------
pgbin="" as="" pgdata="" port=""
if [ "$backend" = postgresql ]; then
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pgbin=$d; done
    [ -n "$pgbin" ] || { echo "bench/store.sh: PostgreSQL is not installed" >&2; exit 1; }
    pgdata=$dir/pgdata-$size-s$seed
    [ "$(id -u)" -eq 0 ] && as="setpriv --reuid=postgres --regid=postgres --init-groups"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    pgopts="-c shared_buffers=512MB -c max_wal_size=4GB -c checkpoint_timeout=15min -c work_mem=64MB -c effective_cache_size=4GB"
    pg_start() {
        $as "$pgbin/pg_ctl" -D "$pgdata" -l "$dir/pg.log" -w -t 120 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $pgopts" start >/dev/null ||
            { echo "bench/store.sh: PostgreSQL did not start" >&2; tail -n 5 "$dir/pg.log" >&2; exit 1; }
    }
    pg_stop() { $as "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1; }
    trap pg_stop EXIT
    db="postgresql://postgres@127.0.0.1:$port/bench"
    marker=$dir/pg-$size-s$seed.ingest
else
    db=$dir/store-$size-s$seed.db
    marker=$db.ingest
fi
evict() {
    if [ "$backend" = postgresql ]; then
        pg_stop
        evict_files "$pgdata"
        pg_start
    else
        evict_files "$db" "$db-wal"
    fi
}
store_size() {
    if [ "$backend" = postgresql ]; then
        psql -X -t -A "postgresql://postgres@127.0.0.1:$port/bench" \
            -c "SELECT pg_database_size('bench')"
    else
        stat -c %s "$db"
    fi
}

if [ $fresh -eq 1 ] || [ ! -s "$marker" ] ||
   { [ $reuse -eq 0 ] && ! grep -q "^binary $sum\$" "$marker"; } ||
   { [ "$backend" = sqlite ] && [ ! -s "$db" ]; } ||
   { [ "$backend" = postgresql ] && [ ! -d "$pgdata" ]; }; then
    if [ "$backend" = postgresql ]; then
        rm -rf "$pgdata"
        mkdir -p "$pgdata" && chmod 700 "$pgdata"
        [ -n "$as" ] && chown postgres "$pgdata" "$dir"
        $as "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { echo "bench/store.sh: initdb failed" >&2; exit 1; }
        pg_start
        psql -X -q "postgresql://postgres@127.0.0.1:$port/postgres" -c "CREATE DATABASE bench" || exit 1
    else
        rm -f "$db" "$db-wal" "$db-shm"
    fi
    rm -f "$marker"
    echo "ingesting $corpus into $db ..." >&2
    /usr/bin/time -f '%e %U %S %M' -o "$dir/ingest.time" \
        $nice_ingest "$parley" ingest -q -j "$jobs" --db "$db" "$corpus" 2>"$dir/ingest.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "bench/store.sh: parley ingest failed (status $rc):" >&2
        tail -n 5 "$dir/ingest.err" >&2
        exit 1
    fi
    read -r iw iu is irss <"$dir/ingest.time"
    idocs=$(sed -n 's/^ingested \([0-9]*\) documents.*/\1/p' "$dir/ingest.err")
    ievents=$(sed -n 's/.*), \([0-9]*\) events in.*/\1/p' "$dir/ingest.err")
    echo "measuring a re-ingest (everything skipped) ..." >&2
    /usr/bin/time -f '%e' -o "$dir/reingest.time" \
        $nice_ingest "$parley" ingest -q --db "$db" "$corpus" 2>"$dir/reingest.err"
    rw=$(tail -n 1 "$dir/reingest.time")
    {
        echo "binary $sum"
        echo "figures $iw $iu $is $irss $idocs $ievents $rw"
        echo "jobs $jobs"
        echo "load $load0"
        echo "date $(date -u '+%Y-%m-%d %H:%M')"
    } >"$marker"
    cached=""
else
    [ "$backend" = postgresql ] && pg_start
    read -r _ iw iu is irss idocs ievents rw < <(grep '^figures ' "$marker")
    jobs=$(sed -n 's/^jobs //p' "$marker"); jobs=${jobs:-1}
    same="same binary"
    grep -q "^binary $sum\$" "$marker" || same="binary $(sed -n 's/^binary //p' "$marker"), reused"
    cached="ingest figures from $(sed -n 's/^date //p' "$marker") UTC ($same, load average $(sed -n 's/^load //p' "$marker")); --fresh measures again"
fi
ievents=${ievents:-0}
dbsize=$(store_size)

# ---- queries ----------------------------------------------------------
# name|arguments: every filter with --limit 50, then two without a limit
queries=(
    "no filter, --limit 50|query --limit 50 --format jsonl"
    "--actor KAZ (code), --limit 50|query --actor KAZ --limit 50 --format jsonl"
    "--actor Szijjarto (name), --limit 50|query --actor Szijjarto --limit 50 --format jsonl"
    "--actor nobody (no match), --limit 50|query --actor nobody --limit 50 --format jsonl"
    "--source RUS, --limit 50|query --source RUS --limit 50 --format jsonl"
    "--target IGOUNO, --limit 50|query --target IGOUNO --limit 50 --format jsonl"
    "--type SANCTION, --limit 50|query --type SANCTION --limit 50 --format jsonl"
    "--cameo 057, --limit 50|query --cameo 057 --limit 50 --format jsonl"
    "--from 2023-07 --to 2023-07, --limit 50|query --from 2023-07 --to 2023-07 --limit 50 --format jsonl"
    "--place Geneva, --limit 50|query --place Geneva --limit 50 --format jsonl"
    "--place KAZ (country), --limit 50|query --place KAZ --limit 50 --format jsonl"
    "--topic trade, --limit 50|query --topic trade --limit 50 --format jsonl"
    "--text nuclear, --limit 50|query --text nuclear --limit 50 --format jsonl"
    "--doc bench-00300001, --limit 50|query --doc bench-00300001 --limit 50 --format jsonl"
    "--one-a-day, --limit 50|query --one-a-day --limit 50 --format jsonl"
    "--actor KAZ --type CONSULT --from 2024, --limit 50|query --actor KAZ --type CONSULT --from 2024 --limit 50 --format jsonl"
    "dyad --source KAZ --target UZB, no limit|query --source KAZ --target UZB --format jsonl"
    "type + month (CONSULT, 2024-03), no limit|query --type CONSULT --from 2024-03 --to 2024-03 --format jsonl"
    "parley stats|stats"
)
declare -a qname qrows qcold qwarm qcpu
i=0
for q in "${queries[@]}"; do
    name=${q%%|*} args=${q#*|}
    echo "query: $name ..." >&2
    evict
    # shellcheck disable=SC2086
    read -r cold _ < <(ms "$parley" $args --db "$db")
    if [ -s "$dir/q.err" ]; then
        echo "bench/store.sh: '$args' failed: $(head -n 2 "$dir/q.err")" >&2
        exit 1
    fi
    rows=$(wc -l <"$dir/q.out" | tr -d ' ')
    # shellcheck disable=SC2086
    for k in $(seq "$runs"); do ms "$parley" $args --db "$db"; done >"$dir/q.runs"
    warm=$(cut -d' ' -f1 "$dir/q.runs" | median)
    cpu=$(cut -d' ' -f2 "$dir/q.runs" | median)
    qname[i]=$name qrows[i]=$rows qcold[i]=$cold qwarm[i]=$warm qcpu[i]=$cpu
    i=$((i + 1))
done

# ---- the API --------------------------------------------------------------
# Each request asks something the server has not cached (stats and graph
# answers are kept until the store changes): pairs= and nodes= vary.
serve_start() {
    # the previous server's line must not be read as this one's
    rm -f "$dir/serve.out"
    "$parley" serve --db "$db" --port 0 --threads 2 --query-timeout 0 >"$dir/serve.out" 2>"$dir/serve.err" &
    spid=$!
    local k=0
    while ! grep -q '^parley: serving' "$dir/serve.out" 2>/dev/null && [ $k -lt 300 ]; do
        sleep 0.1; k=$((k + 1))
    done
    url=$(sed -n 's/^parley: serving \(http:[^ ]*\)\/$/\1/p' "$dir/serve.out")
}
serve_stop() { kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null; }
req() { # req PATH: wall ms of one request; fails the benchmark on non-200
    local t0 t1 code
    t0=$EPOCHREALTIME
    code=$(curl -s -o "$dir/api.out" -w '%{http_code}' "$url$1")
    t1=$EPOCHREALTIME
    [ "$code" = 200 ] || { echo "bench/store.sh: GET $url$1 -> $code: $(head -c 200 "$dir/api.out" 2>/dev/null)" >&2; echo "failed"; return 1; }
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", (b - a) * 1000}'
}
apis=("/api/stats?pairs=|10" "/api/graph?nodes=|40" "/api/actors?q=|")
declare -a aname acold awarm
for a in "${apis[@]}"; do
    path=${a%%|*} first=${a#*|}
    echo "api: ${path%%\?*} ..." >&2
    evict
    serve_start
    acold+=("$(req "$path$first")")
    if [ -z "$first" ]; then
        # /api/actors: the server searches its list in memory once loaded
        awarm+=("$(for k in $(seq "$runs"); do req "${path}n$k"; done | median)")
    else
        awarm+=("$(for k in $(seq "$runs"); do req "$path$((first + k))"; done | median)")
    fi
    aname+=("${path%%\?*}")
    serve_stop
done

# ---- export -----------------------------------------------------------------
if [ $do_export -eq 1 ]; then
    echo "export: everything (jsonl) ..." >&2
    evict
    /usr/bin/time -f '%e %M' -o "$dir/export.time" "$parley" export --db "$db" -o "$dir/export.jsonl" 2>"$dir/export.err"
    read -r ecold erss <"$dir/export.time"
    ebytes=$(stat -c %s "$dir/export.jsonl")
    elines=$(wc -l <"$dir/export.jsonl" | tr -d ' ')
    rm -f "$dir/export.jsonl"
fi
rm -f "$dir/q.out" "$dir/api.out"

# ---- table --------------------------------------------------------------------
load1=$(cut -d' ' -f1-3 /proc/loadavg)
rate() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", (t > 0 ? n / t : 0)}'; }
printf '\nparley store benchmark (%s) — %s\n' "$backend" "$(date -u +%Y-%m-%d)"
printf 'corpus: %s (%s bytes, %s documents; gencorpus.py --size %s --seed %s)\n' \
    "$corpus" "$bytes" "$(sed -n 's/^documents //p' "$corpus.stats")" "$size" "$seed"
printf 'machine: %s cores, %s; load average %s at the start, %s at the end\n' \
    "$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)" \
    "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" "$load0" "$load1"
[ "$backend" = postgresql ] && printf 'PostgreSQL %s, %s\n' "$("$pgbin/postgres" --version | awk '{print $3}')" "$pgopts"
printf 'queries: median of %s warm runs (wall, and CPU user + system of the parley process — for PostgreSQL the client alone); cold = first run after evicting the store from the page cache\n\n' "$runs"
row() { printf '| %-50s | %-54s |\n' "$1" "$2"; }
row "measure" "value"
printf '|%s|%s|\n' "----------------------------------------------------" "--------------------------------------------------------"
row "ingest: documents, events" "$idocs documents, $ievents events"
row "ingest: wall (cpu user + sys)" "$iw s ($iu + $is s)"
row "ingest: throughput (-j $jobs)" "$(rate "$ievents" "$iw") events/s, $(rate "$idocs" "$iw") documents/s"
row "ingest: peak RSS" "$(awk -v k="$irss" 'BEGIN {printf "%.0f MiB", k / 1024}')"
row "store size" "$(awk -v b="$dbsize" -v e="$ievents" 'BEGIN {printf "%.0f MB, %.0f bytes per event", b / 1e6, (e > 0 ? b / e : 0)}')"
row "re-ingest, all skipped" "$rw s"
for ((k = 0; k < i; k++)); do
    row "${qname[k]}" "${qwarm[k]} ms warm (CPU ${qcpu[k]} ms), ${qcold[k]} ms cold; ${qrows[k]} lines"
done
for ((k = 0; k < ${#aname[@]}; k++)); do
    row "${aname[k]}" "${awarm[k]} ms warm, ${acold[k]} ms cold (first request)"
done
if [ $do_export -eq 1 ]; then
    row "export, everything (jsonl), cold" "$ecold s; $elines events, $(rate "$elines" "$ecold") events/s, $(awk -v b="$ebytes" -v t="$ecold" 'BEGIN {printf "%.0f", b / t / 1e6}') MB/s, $(awk -v k="$erss" 'BEGIN {printf "%.0f", k / 1024}') MiB RSS"
fi
[ -n "$cached" ] && printf '\nnote: %s\n' "$cached"
exit 0
