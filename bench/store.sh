#!/usr/bin/env bash
# bench/store.sh — the store's benchmark: `parley ingest` of a generated
# corpus (bench/gencorpus.py; the default size gives about a million coded
# events) into a fresh SQLite store — wall time, documents/s, events/s,
# peak RSS, store size — then `parley query` latency for typical queries
# (median of warm runs, and a cold first run with the store's file evicted
# from the OS page cache), `parley stats`, and `parley export` of
# everything. Prints a table. Never part of the test suite.
#
# usage: bench/store.sh [--size 205M] [--seed 1] [--runs 7] [--parley PATH]
#                       [--dir DIR] [--fresh]
#   --dir    where the corpus and the store are kept between runs
#            (default ${TMPDIR:-/tmp}/parley-bench); a rerun with the same
#            parley binary reuses the store and the ingest figures
#   --fresh  ingest again even when a store made by this binary exists
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
size=205M seed=1 runs=7 parley="" dir=${TMPDIR:-/tmp}/parley-bench fresh=0
while [ $# -gt 0 ]; do
    case $1 in
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --parley) parley=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/store.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
case $runs in ''|*[!0-9]*|0) echo "bench/store.sh: --runs wants a number > 0" >&2; exit 2 ;; esac

# A release build of our own unless one is given.
if [ -z "$parley" ]; then
    if [ ! -f "$root/build-bench/build.ninja" ]; then
        meson setup "$root/build-bench" "$root" --buildtype=release >/dev/null || exit 1
    fi
    ninja -C "$root/build-bench" >/dev/null || { ninja -C "$root/build-bench"; exit 1; }
    parley=$root/build-bench/parley
fi
[ -x "$parley" ] || { echo "bench/store.sh: $parley is not executable" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/store.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

mkdir -p "$dir" || exit 1
corpus=$dir/corpus-$size-s$seed.jsonl
db=$dir/store-$size-s$seed.db
marker=$db.ingest   # the ingest's figures, and which binary made the store
if [ ! -s "$corpus" ] || [ ! -s "$corpus.stats" ]; then
    echo "generating $corpus ..." >&2
    # Written aside and renamed, so that a concurrent run never sees half.
    python3 "$here/gencorpus.py" --size "$size" --seed "$seed" -o "$corpus.tmp.$$" \
        --stats "$corpus.stats.tmp.$$" || exit 1
    mv "$corpus.tmp.$$" "$corpus" && mv "$corpus.stats.tmp.$$" "$corpus.stats" || exit 1
fi
bytes=$(wc -c <"$corpus")
sum=$(md5sum <"$parley" | cut -d' ' -f1)
load0=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# Drops the store's pages from the OS page cache (only this file's, so
# nobody else's work is touched): the next query reads from the disk.
evict() {
    python3 -c 'import os, sys
for f in sys.argv[1:]:
    if os.path.exists(f):
        fd = os.open(f, os.O_RDONLY); os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED); os.close(fd)' "$db" "$db-wal"
}
# ms CMD...: wall milliseconds of one run, stdout to $dir/q.out
ms() {
    local t0 t1
    t0=$EPOCHREALTIME
    "$@" >"$dir/q.out" 2>"$dir/q.err"
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", (b - a) * 1000}'
}

# ---- ingest ---------------------------------------------------------------
if [ $fresh -eq 1 ] || [ ! -s "$db" ] || [ ! -s "$marker" ] || ! grep -q "^binary $sum\$" "$marker"; then
    rm -f "$db" "$db-wal" "$db-shm" "$marker"
    echo "ingesting $corpus into $db ..." >&2
    /usr/bin/time -f '%e %U %S %M' -o "$dir/ingest.time" \
        "$parley" ingest -q --db "$db" "$corpus" 2>"$dir/ingest.err"
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
        "$parley" ingest -q --db "$db" "$corpus" 2>"$dir/reingest.err"
    rw=$(tail -n 1 "$dir/reingest.time")
    {
        echo "binary $sum"
        echo "figures $iw $iu $is $irss $idocs $ievents $rw"
        echo "load $load0"
        echo "date $(date -u '+%Y-%m-%d %H:%M')"
    } >"$marker"
    cached=""
else
    read -r _ iw iu is irss idocs ievents rw < <(grep '^figures ' "$marker")
    cached="ingest figures from $(sed -n 's/^date //p' "$marker") UTC (same binary, load average $(sed -n 's/^load //p' "$marker")); --fresh measures again"
fi
dbsize=$(stat -c %s "$db")
ievents=${ievents:-0}

# ---- queries ----------------------------------------------------------------
# name|arguments: typical questions, all in JSON lines to one file
queries=(
    "actor code (--actor KAZ)|query --actor KAZ --format jsonl"
    "event type (--type CONSULT)|query --type CONSULT --format jsonl"
    "date range (one quarter)|query --from 2023-01 --to 2023-03 --format jsonl"
    "actor + type + year, --limit 20|query --actor KAZ --type CONSULT --from 2024 --limit 20 --format jsonl"
    "first 20 of everything (--limit 20)|query --limit 20 --format jsonl"
    "name, free text (--actor Szijjarto)|query --actor Szijjarto --format jsonl"
    "full text (--text 'nuclear')|query --text nuclear --format jsonl"
    "stats|stats"
)
declare -a qname qrows qcold qwarm
i=0
for q in "${queries[@]}"; do
    name=${q%%|*} args=${q#*|}
    echo "query: $name ..." >&2
    evict
    # shellcheck disable=SC2086
    cold=$(ms "$parley" $args --db "$db")
    if [ -s "$dir/q.err" ]; then
        echo "bench/store.sh: '$args' failed: $(head -n 2 "$dir/q.err")" >&2
        exit 1
    fi
    rows=$(wc -l <"$dir/q.out" | tr -d ' ')
    warm=$(for k in $(seq "$runs"); do ms "$parley" $args --db "$db"; done | median)
    qname[i]=$name qrows[i]=$rows qcold[i]=$cold qwarm[i]=$warm
    i=$((i + 1))
done

echo "export: everything (jsonl) ..." >&2
evict
/usr/bin/time -f '%e %M' -o "$dir/export.time" "$parley" export --db "$db" -o "$dir/export.jsonl" 2>"$dir/export.err"
read -r ecold _ <"$dir/export.time"
: >"$dir/export.all"
for k in $(seq "$(( runs < 3 ? runs : 3 ))"); do
    /usr/bin/time -f '%e %M' -o "$dir/export.time" "$parley" export --db "$db" -o "$dir/export.jsonl" 2>"$dir/export.err"
    cat "$dir/export.time" >>"$dir/export.all"
done
ewarm=$(awk '{print $1}' "$dir/export.all" | median)
erss=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$dir/export.all")
ebytes=$(stat -c %s "$dir/export.jsonl")
elines=$(wc -l <"$dir/export.jsonl" | tr -d ' ')
rm -f "$dir/export.jsonl" "$dir/q.out"

# ---- table --------------------------------------------------------------------
load1=$(cut -d' ' -f1-3 /proc/loadavg)
rate() { awk -v n="$1" -v t="$2" 'BEGIN {printf "%.0f", (t > 0 ? n / t : 0)}'; }
printf '\nparley %s store benchmark — %s\n' "$("$parley" --version 2>/dev/null | awk '{print $2}')" "$(date -u +%Y-%m-%d)"
printf 'corpus: %s (%s bytes, %s documents; gencorpus.py --size %s --seed %s)\n' \
    "$corpus" "$bytes" "$(sed -n 's/^documents //p' "$corpus.stats")" "$size" "$seed"
printf 'machine: %s cores, %s; load average %s at the start, %s at the end\n' \
    "$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)" \
    "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" "$load0" "$load1"
printf 'queries: median of %s warm runs; cold = first run after evicting the store from the page cache\n\n' "$runs"
row() { printf '| %-40s | %-62s |\n' "$1" "$2"; }
row "measure" "value"
printf '|%s|%s|\n' "------------------------------------------" "----------------------------------------------------------------"
row "ingest" ""
row "  documents, events" "$idocs documents, $ievents events"
row "  wall (cpu user + sys)" "$iw s ($iu + $is s)"
row "  throughput" "$(rate "$idocs" "$iw") documents/s, $(rate "$ievents" "$iw") events/s, $(awk -v b="$bytes" -v t="$iw" 'BEGIN {printf "%.2f", b / t / 1e6}') MB/s"
row "  peak RSS" "$(awk -v k="$irss" 'BEGIN {printf "%.1f MiB", k / 1024}')"
row "  store size" "$(awk -v b="$dbsize" -v c="$bytes" 'BEGIN {printf "%.0f MB (%.1f x the corpus)", b / 1e6, b / c}')"
row "  re-ingest, all skipped" "$rw s"
for ((k = 0; k < i; k++)); do
    row "${qname[k]}" "${qwarm[k]} ms median, ${qcold[k]} ms cold; ${qrows[k]} lines"
done
row "export, everything (jsonl)" "$ewarm s median, $ecold s cold; $elines events, $(rate "$elines" "$ewarm") events/s, $(awk -v b="$ebytes" -v t="$ewarm" 'BEGIN {printf "%.1f", b / t / 1e6}') MB/s"
row "  peak RSS of export" "$(awk -v k="$erss" 'BEGIN {printf "%.1f MiB", k / 1024}')"
[ -n "$cached" ] && printf '\nnote: %s\n' "$cached"
if [ "$ievents" -lt 1000000 ]; then
    echo
    echo "note: fewer than a million events; use a larger --size for the figure the"
    echo "speed issue asks for."
fi
