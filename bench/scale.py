#!/usr/bin/python3
"""bench/scale.py — the Python binding and the distributed runs against
`parley code`, on one generated corpus (bench/gencorpus.py) in one
session: wall time (median of --runs) and MB/s of input for

  parley code -j 1 / -j 2                      (the reference)
  Coder.code_file(raw=True)                    (in-process, JSON lines as str)
  Coder.code_file()                            (in-process, dicts)
  Coder.code(text, date, id) per document      (the corpus already parsed)
  GNU parallel --pipe-part -k -j 2             (2 parley processes)
  tools/slurm/parley-array.sh, 2 tasks at once (its sharding, no Slurm)
  Dask LocalCluster, 2 worker processes        (coding, and start-up apart)

Every output is checked byte-identical to -j 2's before its time counts.
Never part of the test suite.

usage: bench/scale.py [--size 20M] [--runs 3] [--build build] [--dir DIR]
"""
import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="20M")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--dir", default=os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                  "parley-bench"))
    a = ap.parse_args()
    exe = os.path.join(a.build, "parley")
    os.environ.setdefault("PARLEY_LIB", os.path.join(a.build, "libparley.so"))
    sys.path.insert(0, os.path.join(ROOT, "python"))
    sys.path.insert(0, os.path.join(ROOT, "tools", "dask"))
    os.environ["PYTHONPATH"] = os.path.join(ROOT, "python")
    import parley
    import parley_dask
    from distributed import Client, LocalCluster

    os.makedirs(a.dir, exist_ok=True)
    corpus = os.path.join(a.dir, "scale-%s.jsonl" % a.size)
    if not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gencorpus.py"),
                        "--size", a.size, "--seed", "1", "-o", corpus], check=True)
    mb = os.path.getsize(corpus) / 1e6
    os.chdir(a.dir)
    name = os.path.basename(corpus)
    ref = subprocess.run([exe, "code", "-j", "2", name], capture_output=True, check=True).stdout
    rows = []

    def bench(label, fn):
        times = []
        for _ in range(a.runs):
            t = time.monotonic()
            out = fn()
            times.append(time.monotonic() - t)
            if out is not None and out != ref:
                sys.exit("bench/scale.py: %s: output differs from parley code -j 2" % label)
        m = statistics.median(times)
        rows.append((label, m, mb / m))
        print("%-46s %7.2f s %7.1f MB/s" % (label, m, mb / m), file=sys.stderr)

    def cli(j):
        return subprocess.run([exe, "code", "-j", str(j), name], capture_output=True).stdout

    bench("parley code -j 1", lambda: cli(1))
    bench("parley code -j 2", lambda: cli(2))
    coder = parley.Coder()
    bench("binding: code_file(raw=True), 1 process",
          lambda: "".join(coder.code_file(name, raw=True)).encode())
    bench("binding: code_file() as dicts, 1 process",
          lambda: sum(1 for _ in coder.code_file(name)) and None)
    with open(name, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    bench("binding: code(text, date, id) per document",
          lambda: sum(len(coder.code(d["text"], d.get("date"), d["id"])) for d in docs) and None)
    bench("GNU parallel --pipe-part -k -j 2", lambda: subprocess.run(
        "parallel --pipe-part -a %s --block 4M -k -j 2 %s code -j 1 --input-format jsonl"
        % (name, exe), shell=True, capture_output=True).stdout)

    def slurm():
        script = os.path.join(ROOT, "tools", "slurm", "parley-array.sh")
        procs = [subprocess.Popen([script, name, "slurm-out"], env=dict(
            os.environ, SLURM_ARRAY_TASK_ID=str(i), SLURM_ARRAY_TASK_COUNT="2",
            SLURM_CPUS_PER_TASK="1", PARLEY=exe)) for i in range(2)]
        for p in procs:
            p.wait()
        return b"".join(open(os.path.join("slurm-out", f), "rb").read()
                        for f in sorted(os.listdir("slurm-out")) if f.endswith(".jsonl"))
    bench("parley-array.sh, 2 tasks at once", slurm)

    t = time.monotonic()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0",
                           worker_dashboard_address="127.0.0.1:0")
    client = Client(cluster)
    start = time.monotonic() - t

    def dask():
        out = io.BytesIO()
        parley_dask.code_corpus(client, name, out, err=io.StringIO())
        return out.getvalue()
    bench("Dask LocalCluster, 2 workers (4 MiB blocks)", dask)
    client.close()
    cluster.close()
    print("Dask LocalCluster start-up: %.2f s" % start, file=sys.stderr)

    print("\n| run (%.1f MB, %d docs) | wall | MB/s | vs -j 1 |" % (mb, len(docs)))
    print("|---|---|---|---|")
    for label, m, rate in rows:
        print("| %s | %.2f s | %.1f | %.2fx |" % (label, m, rate, rows[0][1] / m))
    print("| Dask LocalCluster start-up (2 workers) | %.2f s | | |" % start)


if __name__ == "__main__":
    main()
