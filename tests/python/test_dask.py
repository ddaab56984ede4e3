#!/usr/bin/env python3
"""test_dask.py — Dask distributed (Debian's python3-distributed) coding a
corpus through the Python binding in-process in its workers: a
LocalCluster of 2 worker processes on 127.0.0.1 (a free port, stopped at
the end) runs tools/dask/parley_dask.py's code_corpus, whose output and
messages must be byte-identical to `parley code -j 2` on the same file.

Run by tests/distributed.sh with PARLEY_CORPUS (a JSON-lines corpus with
ids and a malformed line), PARLEY_REF and PARLEY_REF_ERR (`parley code -j
2`'s stdout and stderr on it), PARLEY_LIB and PYTHONPATH=python/.
"""
import io
import os
import re
import subprocess
import sys
import time
import unittest

import parley
import parley.blocks

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(SRC, "tools", "dask"))
import parley_dask  # noqa: E402

from distributed import Client, LocalCluster  # noqa: E402

# the corpus is named as the reference run named it (messages say so)
os.chdir(os.path.dirname(os.path.abspath(os.environ["PARLEY_CORPUS"])))
CORPUS = os.path.basename(os.environ["PARLEY_CORPUS"])
with open(os.environ["PARLEY_REF"], "rb") as f:
    REF = f.read()
def parley_lines(err):
    """stderr without Dask's own log records: on a loaded machine its
    nanny and workers log that a worker took long to start or stop (at any
    level, with a traceback's lines after it), which is not the script's
    output; the script's own lines begin with "parley"."""
    out, in_log = [], False
    for line in err.splitlines(keepends=True):
        if re.search(r" - distributed\.[\w.]+ - [A-Z]+ - ", line):
            in_log = True
            continue
        if in_log and not line.startswith("parley"):
            continue  # the record's traceback, to its last line
        in_log = False
        out.append(line)
    return "".join(out)


with open(os.environ["PARLEY_REF_ERR"], encoding="utf-8") as f:
    REF_ERR = f.read()


def worker_state():
    """In a worker: its process id and the Coders it has made."""
    return os.getpid(), len(parley.blocks._coders)


class TestDask(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        t = time.monotonic()
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   worker_dashboard_address="127.0.0.1:0")
        cls.client = Client(cls.cluster)
        print("time: Dask LocalCluster of 2 worker processes started: %.2f s"
              % (time.monotonic() - t), file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def test_same_bytes_as_parley_code(self):
        out, err = io.BytesIO(), io.StringIO()
        t = time.monotonic()
        nblocks, errors = parley_dask.code_corpus(self.client, CORPUS, out, err,
                                                  block_size=256 << 10)
        print("time: Dask, %d blocks of 256 KiB on 2 workers: %.2f s"
              % (nblocks, time.monotonic() - t), file=sys.stderr)
        self.assertGreater(nblocks, 4)
        self.assertTrue(out.getvalue() == REF, "the events differ from parley code -j 2's")
        self.assertEqual(err.getvalue(), REF_ERR)
        self.assertEqual(errors, 1)
        # both workers coded, each with a Coder of its own, in its process
        state = self.client.run(worker_state)
        self.assertEqual(len(state), 2)
        pids = {pid for pid, _ in state.values()}
        self.assertEqual(len(pids), 2)
        self.assertNotIn(os.getpid(), pids)
        self.assertTrue(all(n == 1 for _, n in state.values()), state)
        print("PASS: Dask output and messages byte-identical to parley code -j 2",
              file=sys.stderr)

    def test_blocks_cover_every_line_once(self):
        for size in (1, 4096, 256 << 10, 1 << 30):
            blocks = parley.blocks.split(CORPUS, block_size=size)
            with open(CORPUS, "rb") as f:
                data = f.read()
            self.assertEqual(b"".join(data[a:b] for a, b, _ in blocks), data)
            self.assertTrue(all(data[b - 1:b] == b"\n" for _, b, _ in blocks[:-1]))
            self.assertEqual([line for _, _, line in blocks],
                             [data[:a].count(b"\n") + 1 for a, _, _ in blocks])

    def test_the_script(self):
        out = os.path.join(os.path.dirname(os.environ["PARLEY_REF"]), "dask-script.jsonl")
        t = time.monotonic()
        p = subprocess.run([sys.executable, os.path.join(SRC, "tools", "dask", "parley_dask.py"),
                            CORPUS, "-o", out, "--workers", "2", "--block-size", str(512 << 10)],
                           capture_output=True, text=True)
        print("time: tools/dask/parley_dask.py, start to end: %.2f s" % (time.monotonic() - t),
              file=sys.stderr)
        self.assertEqual(p.returncode, 1, p.stderr[-2000:])
        self.assertEqual(parley_lines(p.stderr), REF_ERR)
        with open(out, "rb") as f:
            self.assertTrue(f.read() == REF, "the script's events differ from parley code -j 2's")
        print("PASS: parley_dask.py (its own LocalCluster): byte-identical, exit 1",
              file=sys.stderr)


if __name__ == "__main__":
    # a skipped test says so on a line of its own, which tests/run counts
    prog = unittest.main(verbosity=2, exit=False)
    for test, why in prog.result.skipped:
        print("SKIP: %s: %s" % (test.id(), why))
    sys.exit(not prog.result.wasSuccessful())
