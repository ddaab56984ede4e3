#!/bin/sh
# parley-array.sh — one task of a Slurm job array: codes its share of a
# corpus with `parley code` into OUTDIR/part-NNNNN.jsonl. Concatenated in
# order, the parts are byte for byte what one `parley code INPUT` writes.
#
#   sbatch --array=0-15 tools/slurm/parley-array.sh INPUT OUTDIR [parley code options]
#   cat OUTDIR/part-*.jsonl > events.jsonl      # once every task is done
#
# INPUT is a JSON-lines file, cut into as many parts as the array has tasks
# at line ends (GNU split -n l/K/N: parts of about equal bytes), or a
# directory, whose files (walked as parley walks them: recursively, sorted
# byte-wise by path, hidden ones skipped) are dealt out in runs of about
# equal count (coded through a directory of links that mirrors INPUT's
# tree, so that they are named as when parley walks INPUT; messages name
# the links). Documents of a JSON-lines file should carry an "id": one
# without gets a name from its line, which is counted within the part.
# The array's indices must be consecutive (--array=0-15 or 1-16, no step).
# Each task's messages go to OUTDIR/part-NNNNN.err; a part is written
# under a temporary name and renamed when complete, so a task run again
# after a failure leaves no half part. The exit status is parley's (0, or
# 1 when some input was malformed: reported and skipped).
#
# Outside Slurm (or to test it), set SLURM_ARRAY_TASK_ID and
# SLURM_ARRAY_TASK_COUNT yourself; PARLEY names the parley command
# (default: parley on PATH, else build/parley beside this script).
#SBATCH --job-name=parley
#SBATCH --cpus-per-task=2
#SBATCH --mem-per-cpu=1G
#SBATCH --time=02:00:00
#SBATCH --output=parley-%A_%a.log
set -eu

usage() {
    echo "usage: parley-array.sh INPUT OUTDIR [parley code options]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
input=$1 outdir=$2
shift 2

task=${SLURM_ARRAY_TASK_ID:?parley-array.sh: not a task of a job array (SLURM_ARRAY_TASK_ID unset)}
count=${SLURM_ARRAY_TASK_COUNT:?parley-array.sh: SLURM_ARRAY_TASK_COUNT unset}
min=${SLURM_ARRAY_TASK_MIN:-0}
if [ "${SLURM_ARRAY_TASK_STEP:-1}" != 1 ]; then
    echo "parley-array.sh: the array's indices must be consecutive (no :step)" >&2
    exit 2
fi
k=$((task - min)) # this task's part, 0 .. count-1
if [ "$k" -lt 0 ] || [ "$k" -ge "$count" ]; then
    echo "parley-array.sh: task $task is outside 0..$((count - 1)) (+ $min)" >&2
    exit 2
fi

parley=${PARLEY:-}
if [ -z "$parley" ]; then
    if command -v parley >/dev/null 2>&1; then
        parley=parley
    else
        parley=$(cd "$(dirname "$0")/../.." && pwd)/build/parley
    fi
fi
threads=${SLURM_CPUS_PER_TASK:-1}

mkdir -p "$outdir"
part=$outdir/$(printf 'part-%05d' "$k")
tmp=$part.jsonl.tmp.$$
trap 'rm -f "$tmp" "$tmp.split"' EXIT
status=0
if [ -d "$input" ]; then
    # The files of this part: a run of the sorted list, cut as evenly as
    # count allows. They are coded as a directory of links that mirrors
    # INPUT's tree, so that parley reads and names them as it does when
    # it walks INPUT itself.
    top=$(cd "$input" && pwd)
    tree=$outdir/.$(basename "$part").tree.$$
    trap 'rm -rf "$tmp" "$tree"' EXIT
    (cd "$top" && find -L . -type f ! -path '*/.*' | LC_ALL=C sort) > "$tree.all"
    n=$(wc -l < "$tree.all")
    first=$((k * n / count + 1)) last=$(((k + 1) * n / count))
    mkdir -p "$tree"
    [ "$last" -ge "$first" ] || : > "$tree.all" # no file for this part
    sed -n "${first},${last}p" "$tree.all" | while IFS= read -r f; do
        mkdir -p "$tree/$(dirname "$f")"
        ln -s "$top/${f#./}" "$tree/$f"
    done
    rm -f "$tree.all"
    "$parley" code -j "$threads" "$@" "$tree" > "$tmp" 2> "$part.err" || status=$?
elif [ -f "$input" ]; then
    # (a pipe's status is its last command's: split's is kept aside)
    { split -n "l/$((k + 1))/$count" "$input" || echo $? > "$tmp.split"; } |
        "$parley" code -j "$threads" --input-format jsonl "$@" - > "$tmp" 2> "$part.err" || status=$?
    if [ -f "$tmp.split" ]; then
        rm -f "$tmp.split"
        echo "parley-array.sh: split could not cut $input" >&2
        exit 3
    fi
else
    echo "parley-array.sh: $input: no such file or directory" >&2
    exit 2
fi
# 0 and 1 (malformed input, reported) leave a complete part; worse does not
if [ "$status" -le 1 ]; then
    mv "$tmp" "$part.jsonl"
fi
exit "$status"
