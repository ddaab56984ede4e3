#!/usr/bin/python3
"""parley_dask.py — codes a JSON-lines corpus on a Dask cluster (Debian's
python3-distributed): the file is cut into blocks at line ends, each
worker process codes its blocks in-process with the Python binding
(parley.blocks.code_block, one Coder per worker process), and the blocks'
events are written in file order with their messages: the output is, byte
for byte, that of `parley code` on the same file, and so is stderr.

usage: parley_dask.py CORPUS.jsonl [-o OUT] [--scheduler ADDR | --workers N]
                      [--block-size BYTES] [--date YYYY-MM-DD]
                      [--lexicon DIR] [--verbs F] [--actors F[,F...]]
                      [--agents F] [--discards F] [--issues F] [-v]

With --scheduler tcp://HOST:8786 it uses a running cluster, whose workers
must all read CORPUS at the same path and import parley (PYTHONPATH, and
PARLEY_LIB or an installed libparley.so); else it starts a LocalCluster
of N worker processes (default 2) on 127.0.0.1. Exit status as `parley
code`: 0, or 1 when some input was malformed (reported, skipped).
"""
import argparse
import os
import sys
import time

import parley.blocks

DICTIONARY_KINDS = ("verbs", "actors", "agents", "discards", "issues")


def code_corpus(client, corpus, out, err=sys.stderr, block_size=4 << 20,
                options=None, date=None):
    """Codes corpus on client's workers, writing the events to out (a
    binary file) and the messages to err, in file order. Returns (blocks,
    errors): how many blocks there were and how many error messages."""
    path = os.path.abspath(corpus)
    blocks = parley.blocks.split(path, block_size=block_size)
    futures = [client.submit(parley.blocks.code_block, path, a, b, line,
                             options=options, date=date, origin=corpus, pure=False)
               for a, b, line in blocks]
    errors = 0
    for fut in futures:  # in file order; the later ones are coded meanwhile
        events, messages = fut.result()
        fut.release()
        out.write(events.encode("utf-8", "surrogateescape"))
        for m in messages:
            errors += not m.startswith("parley: warning: ")
            print(m, file=err)
    return len(blocks), errors


def coder_options(a):
    options = {}
    if a.lexicon:
        options["lexicon_dir"] = a.lexicon
    dicts = {k: getattr(a, k) for k in DICTIONARY_KINDS if getattr(a, k)}
    if dicts:
        options["dictionaries"] = dicts
    return options or None


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Codes a JSON-lines corpus on a Dask cluster with parley's Python binding.")
    ap.add_argument("corpus")
    ap.add_argument("-o", "--output", default="-")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--scheduler")
    g.add_argument("--workers", type=int, default=2)
    ap.add_argument("--block-size", type=int, default=4 << 20)
    ap.add_argument("--date")
    ap.add_argument("--lexicon")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="say on stderr how long the run took")
    for kind in DICTIONARY_KINDS:
        ap.add_argument("--" + kind)
    a = ap.parse_args(argv)
    if not os.path.isfile(a.corpus):
        print("parley_dask: %s: not a file" % a.corpus, file=sys.stderr)
        return 2

    from distributed import Client, LocalCluster
    t0 = time.monotonic()
    if a.scheduler:
        cluster, client = None, Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0",
                               worker_dashboard_address="127.0.0.1:0")
        client = Client(cluster)
    nworkers = len(client.scheduler_info()["workers"])
    out = sys.stdout.buffer if a.output == "-" else open(a.output, "wb")
    try:
        t1 = time.monotonic()
        nblocks, errors = code_corpus(client, a.corpus, out, block_size=a.block_size,
                                      options=coder_options(a), date=a.date)
        out.flush()
        t2 = time.monotonic()
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        client.close()
        if cluster is not None:
            cluster.close()
    if a.verbose:
        print("parley_dask: %d blocks on %d workers: %.2f s coding, %.2f s starting the cluster"
              % (nblocks, nworkers, t2 - t1, t1 - t0), file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
