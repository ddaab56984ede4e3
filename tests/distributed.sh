#!/bin/sh
# tests/distributed.sh PARLEY PYTHON — coding at scale, as the README's
# "Running at scale" runs it: GNU parallel over a JSON-lines corpus
# (--pipe-part, and per-shard files), the Slurm array script
# (tools/slurm/parley-array.sh: its tasks run by hand with SLURM_ARRAY_*
# set, then as a job array on a one-node Slurm cluster that the test
# starts and stops) and Dask (tests/python/test_dask.py: a LocalCluster
# of 2 worker processes on 127.0.0.1 coding through the Python binding).
# Each output must be byte-identical to `parley code -j 2` on the same input.
# Prints PASS/FAIL per check and the run times.
set -u
PARLEY=${1:?usage: distributed.sh PATH/TO/parley PYTHON}
PY=${2:?usage: distributed.sh PATH/TO/parley PYTHON}
case $PARLEY in /*) ;; *) PARLEY=$(pwd)/$PARLEY ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/.." && pwd)
ARRAY=$SRC/tools/slurm/parley-array.sh
T=$(mktemp -d /tmp/parley-dist.XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "PASS: $1"; }
ko() { fail=$((fail + 1)); echo "FAIL: $1"; }
check() { # check NAME COMMAND...
    name=$1; shift
    if "$@"; then ok "$name"; else ko "$name"; fi
}
now() { date +%s.%N; }
took() { echo "time: $1: $(awk "BEGIN { printf \"%.2f\", $(now) - $2 }") s"; }
for tool in parallel split; do
    command -v $tool >/dev/null || { echo "FAIL: $tool is not installed (./setup installs it)"; exit 1; }
done

# A corpus of about 3 MB with ids, and one malformed line (line 400).
python3 "$SRC/bench/gencorpus.py" --size 3M --seed 17 --bad-line 399 -o "$T/corpus.jsonl" ||
    { ko "generate the corpus"; exit 1; }
cd "$T"
t=$(now)
"$PARLEY" code -j 2 corpus.jsonl > ref.jsonl 2> ref.err; rc=$?
took "parley code -j 2 ($(wc -c < corpus.jsonl) bytes)" "$t"
check "the reference run exits 1 on the malformed line" [ $rc -eq 1 ]
check "the reference run codes many events" [ "$(wc -l < ref.jsonl)" -gt 5000 ]

# ---- GNU parallel ------------------------------------------------------
t=$(now)
parallel --pipe-part -a corpus.jsonl --block 256k -k -j 2 \
    "$PARLEY" code -j 1 --input-format jsonl > pp.jsonl 2> pp.err; rc=$?
took "parallel --pipe-part -k -j 2 (256 KiB blocks)" "$t"
check "parallel --pipe-part: output byte-identical to -j 2" cmp -s pp.jsonl ref.jsonl
check "parallel --pipe-part: one job failed (the malformed line)" [ $rc -eq 1 ]
check "parallel --pipe-part: the malformed line is reported" grep -q 'expected a JSON object' pp.err

mkdir shards
split -n l/4 -d --additional-suffix=.jsonl corpus.jsonl shards/shard-
check "split made 4 shards of whole lines" [ "$(cat shards/*.jsonl | cmp - corpus.jsonl && ls shards | wc -l)" = 4 ]
t=$(now)
parallel -k -j 2 "$PARLEY" code -j 1 ::: shards/shard-*.jsonl > ps.jsonl 2> ps.err
took "parallel -k over 4 shard files" "$t"
check "parallel over shard files: output byte-identical to -j 2" cmp -s ps.jsonl ref.jsonl
check "parallel over shard files: the message names shard and line" \
    grep -q '^parley: shards/shard-00.jsonl:400: expected a JSON object' ps.err
parallel -j 2 "$PARLEY code -j 1 {} > {.}.events 2> {.}.err" ::: shards/shard-*.jsonl
cat shards/shard-*.events > pf.jsonl
check "parallel into per-shard files, concatenated: byte-identical" cmp -s pf.jsonl ref.jsonl

# ---- the Slurm array script, its tasks run by hand --------------------------
t=$(now)
for i in 0 1 2 3; do
    SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=4 PARLEY=$PARLEY "$ARRAY" corpus.jsonl out >/dev/null 2>&1
    echo $? >> slurm.rc
done
took "parley-array.sh, 4 tasks one after the other" "$t"
cat out/part-*.jsonl > slurm.jsonl
check "Slurm array (4 tasks): parts concatenated byte-identical to -j 2" cmp -s slurm.jsonl ref.jsonl
check "Slurm array: 4 parts, no temporary file left" \
    sh -c '[ "$(ls out | grep -c "\.jsonl$")" = 4 ] && ! ls out | grep -q tmp' 
check "Slurm array: the task with the malformed line exits 1, the others 0" \
    [ "$(sort slurm.rc | uniq -c | tr -s ' ' | sed 's/^ //' | tr '\n' ' ')" = "3 0 1 1 " ]
check "Slurm array: its message is in that task's .err" grep -q 'expected a JSON object' out/part-00000.err
# 1-based indices (--array=1-3) and more tasks than lines for some input
for i in 1 2 3; do
    SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_COUNT=3 PARLEY=$PARLEY \
        "$ARRAY" corpus.jsonl out1 -q >/dev/null 2>&1
done
check "Slurm array --array=1-3: byte-identical" sh -c 'cat out1/part-*.jsonl | cmp -s - ref.jsonl'
head -n 3 corpus.jsonl > small.jsonl
"$PARLEY" code small.jsonl > small.ref 2>/dev/null
for i in 0 1 2 3 4 5 6; do
    SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=7 PARLEY=$PARLEY "$ARRAY" small.jsonl outs >/dev/null 2>&1
done
check "Slurm array, 7 tasks for 3 lines: byte-identical, 7 parts" \
    sh -c 'cat outs/part-*.jsonl | cmp -s - small.ref && [ $(ls outs/*.jsonl | wc -l) -eq 7 ]'
# a directory: files dealt out in parley's walk order
mkdir -p tree/a tree/a-b tree/.hidden
cp "$SRC"/examples/* tree/a/
cp "$SRC"/examples/astana-readout.txt tree/a-b/x.txt
# (ids of its own: a run drops a document that repeats one it coded, with
# the same id and content, which tasks coding apart cannot see; README,
# "Document ids")
sed 's/"id": "/"id": "z-/' "$SRC"/examples/wire.jsonl > tree/z.jsonl
cp "$SRC"/examples/wire.jsonl tree/.hidden/skipped.jsonl
cp "$SRC"/examples/wire.jsonl tree/.skipped.jsonl
"$PARLEY" code -j 2 tree > tree.ref 2>/dev/null
for i in 0 1 2; do
    SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=3 PARLEY=$PARLEY "$ARRAY" tree outd >/dev/null 2>&1
done
check "Slurm array over a directory (3 tasks): byte-identical to parley code DIR" \
    sh -c 'cat outd/part-*.jsonl | cmp -s - tree.ref && [ -s tree.ref ]'
for i in 0 1 2 3 4 5 6 7 8; do
    SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=9 PARLEY=$PARLEY "$ARRAY" tree outd9 >/dev/null 2>&1
done
check "Slurm array over a directory, more tasks than files: byte-identical, no links left" \
    sh -c 'cat outd9/part-*.jsonl | cmp -s - tree.ref && [ -z "$(ls -A outd9 | grep tree)" ]'
env -u SLURM_ARRAY_TASK_ID "$ARRAY" corpus.jsonl outx > /dev/null 2> err; rc=$?
check "Slurm script outside an array: exit 2 and says why" sh -c "[ $rc -eq 2 ] && grep -q SLURM_ARRAY_TASK_ID err"
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=2 SLURM_ARRAY_TASK_STEP=2 "$ARRAY" corpus.jsonl outx > /dev/null 2> err; rc=$?
check "Slurm script with an array step: exit 2" sh -c "[ $rc -eq 2 ] && grep -q consecutive err"
SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=2 "$ARRAY" no-such.jsonl outx > /dev/null 2> err; rc=$?
check "Slurm script with a missing input: exit 2" sh -c "[ $rc -eq 2 ] && grep -q no-such.jsonl err"

# ---- a real Slurm: a one-node cluster of our own ----------------------------
# munged, slurmctld and slurmd (Debian's slurm-wlm) run from a directory of
# this test with their own key and configuration, on 127.0.0.1 and free
# ports (CommunicationParameters=NoInAddrAny,NoCtldInAddrAny), as root; the array is
# submitted with sbatch --wait; all three are stopped at the end.
S=$T/slurm
slurm_stop() {
    [ -f "$S/slurm.conf" ] && SLURM_CONF=$S/slurm.conf scontrol shutdown >/dev/null 2>&1
    for i in 1 2 3 4 5 6 7 8 9 10; do
        [ -f "$S/slurmctld.pid" ] || [ -f "$S/slurmd.pid" ] || break
        sleep 0.5
    done
    for f in slurmctld slurmd; do # still there: by their own process ids
        [ -f "$S/$f.pid" ] && kill "$(cat "$S/$f.pid")" 2>/dev/null
    done
    [ -S "$S/munge.sock" ] && /usr/sbin/munged -s --socket="$S/munge.sock" >/dev/null 2>&1
    rm -f "$S/slurm.conf"
}
trap 'slurm_stop; rm -rf "$T"' EXIT
trap 'exit 143' TERM INT # (a timeout's signal: stop the daemons all the same)
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
slurm_conf() { # NODE
    printf '%s\n' \
        "ClusterName=parleytest" \
        "SlurmctldHost=$1(127.0.0.1)" \
        "SlurmctldPort=$(free_port)" \
        "SlurmdPort=$(free_port)" \
        "CommunicationParameters=NoInAddrAny,NoCtldInAddrAny" \
        "AuthType=auth/munge" \
        "AuthInfo=socket=$S/munge.sock" \
        "CredType=cred/munge" \
        "SlurmUser=root" \
        "SlurmdUser=root" \
        "StateSaveLocation=$S/state" \
        "SlurmdSpoolDir=$S/spool" \
        "SlurmctldPidFile=$S/slurmctld.pid" \
        "SlurmdPidFile=$S/slurmd.pid" \
        "SlurmctldLogFile=$S/log/slurmctld.log" \
        "SlurmdLogFile=$S/log/slurmd.log" \
        "ProctrackType=proctrack/linuxproc" \
        "TaskPlugin=task/none" \
        "SwitchType=switch/none" \
        "MpiDefault=none" \
        "SelectType=select/cons_tres" \
        "SelectTypeParameters=CR_CPU" \
        "ReturnToService=2" \
        "JobCompType=jobcomp/none" \
        "AccountingStorageType=accounting_storage/none" \
        "JobAcctGatherType=jobacct_gather/none" \
        "NodeName=$1 NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=4096 State=UNKNOWN" \
        "PartitionName=parley Nodes=ALL Default=YES MaxTime=INFINITE State=UP"
}
slurm_start() {
    for d in /usr/sbin/munged /usr/sbin/slurmctld /usr/sbin/slurmd; do
        [ -x $d ] || { echo "$d is missing (./setup installs slurm-wlm)"; return 1; }
    done
    mkdir -p "$S/state" "$S/spool" "$S/log" && chmod 700 "$S" || return 1
    head -c 1024 /dev/urandom > "$S/munge.key" && chmod 600 "$S/munge.key"
    /usr/sbin/munged --force --socket="$S/munge.sock" --key-file="$S/munge.key" \
        --log-file="$S/log/munged.log" --pid-file="$S/munged.pid" \
        --seed-file="$S/munged.seed" || return 1
    slurm_conf "$(hostname -s)" > "$S/slurm.conf"
    SLURM_CONF=$S/slurm.conf /usr/sbin/slurmctld -i || return 1
    SLURM_CONF=$S/slurm.conf /usr/sbin/slurmd || return 1
    for i in $(seq 1 60); do # until the node is up
        SLURM_CONF=$S/slurm.conf sinfo -h -o %T 2>/dev/null | grep -q idle && return 0
        sleep 0.5
    done
    echo "the node did not come up:"
    tail -n 5 "$S/log/slurmctld.log" "$S/log/slurmd.log"
    return 1
}
t=$(now)
if slurm_start > slurm.log 2>&1; then
    took "a one-node Slurm cluster started" "$t"
    t=$(now)
    # bounded: a job that cannot start would leave sbatch waiting
    SLURM_CONF=$S/slurm.conf timeout 240 sbatch --wait --array=0-3 --cpus-per-task=1 \
        --time=10 --output="$S/log/%A_%a.log" --export=ALL,PARLEY="$PARLEY" \
        "$ARRAY" "$T/corpus.jsonl" "$T/real" > sbatch.out 2>&1; rc=$?
    [ $rc -eq 124 ] && SLURM_CONF=$S/slurm.conf squeue >> sbatch.out 2>&1
    took "sbatch --wait --array=0-3 parley-array.sh on it" "$t"
    check "real Slurm: the array ran, its worst task exiting 1 (the malformed line)" [ $rc -eq 1 ]
    check "real Slurm: 4 parts concatenated byte-identical to -j 2" \
        sh -c 'cat real/part-*.jsonl | cmp -s - ref.jsonl && [ $(ls real/*.jsonl | wc -l) -eq 4 ]'
    [ $rc -eq 1 ] || { cat sbatch.out; tail -n 20 "$S"/log/*; }
    ports=$(sed -n 's/^Slurm\(ctld\|d\)Port=//p' "$S/slurm.conf" | paste -sd'|')
    ss -ltnH 2>/dev/null | awk '{print $4}' | grep -E ":($ports)\$" > listening
    check "real Slurm: its daemons listened on 127.0.0.1 only" \
        sh -c '[ -s listening ] && ! grep -v "^127\.0\.0\.1:" listening'
else
    ko "start a one-node Slurm cluster: $(tail -n 8 slurm.log | tr '\n' ' ')"
fi
slurm_stop

# ---- Dask ------------------------------------------------------------------
PARLEY_CORPUS=$T/corpus.jsonl PARLEY_REF=$T/ref.jsonl PARLEY_REF_ERR=$T/ref.err \
    "$HERE/python/run.sh" "$PY" "$HERE/python/test_dask.py" > dask.log 2>&1; rc=$?
grep -E '^(time|PASS|FAIL)' dask.log
check "Dask tests (tests/python/test_dask.py)" [ $rc -eq 0 ]
[ $rc -eq 0 ] || tail -n 40 dask.log

echo "distributed: $pass passed, $fail failed"
[ $fail -eq 0 ]
