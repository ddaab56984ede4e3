#!/usr/bin/env python3
"""readme.py — runs the README's examples as a new user would in a fresh
clone: every command of its ```sh blocks and every `$ ` line of its
```console blocks, in order, in a scratch directory holding copies of
examples/ and samples/ and the built parley as build/parley; its curl lines
against `parley serve` on a free port; its pandas recipes (```python) when
a Python with pandas is there and its R recipes (```r) when Rscript with
RSQLite is. A command that fails fails the test. Commands that build,
test, set up or benchmark the tree itself are listed as not run here
(the suite and CI run them).

usage: readme.py PARLEY PARLEY.1 SOURCE_DIR
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

PARLEY, MANPAGE, SRC = [os.path.abspath(a) for a in sys.argv[1:4]]
# Commands about the tree itself, run by ./setup, the suite and CI;
# commands on the peers' dictionaries and records ($P: ../shared/peers,
# outside the repository; tests/peers.sh runs them when they are there);
# and those that need a PostgreSQL server (tests/pg.sh runs the same
# commands against a throw-away cluster).
NOT_HERE = [r"^\./setup", r"^\./tests/run", r"^\./fuzz/run", r"^bench/",
            r"meson setup", r"--size 1G", r"^build/parley serve", r"\$P/",
            r"postgres(ql)?://", r"^sudo -u postgres",
            # installing, and a C program of the reader's (tests/shared.sh)
            r"^meson install", r"^cc ",
            # the suite's own runners (they are tests of the suite)
            r"^\./tests/coverage\.sh", r"^python3 tests/(golden|run_cases)\.py",
            # a Slurm cluster's commands (tests/distributed.sh runs sbatch)
            r"^(jid=\$\()?(sbatch|squeue|sacct)\b"]
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures += 1


def blocks(text):
    """(language, lines) of each fenced block."""
    out, lang, body = [], None, []
    for line in text.split("\n"):
        m = re.match(r"^```(\w*)\s*$", line)
        if m and lang is None:
            lang, body = m.group(1) or "text", []
        elif line.startswith("```") and lang is not None:
            out.append((lang, body))
            lang = None
        elif lang is not None:
            body.append(line)
    return out


def commands(lang, lines):
    """Shell commands of a block: sh lines (continuations joined, comments
    and blank lines skipped) or the `$ ` lines of a console block."""
    cmds, cur = [], ""
    for line in lines:
        if lang == "console":
            if line.startswith("$ "):
                cmds.append(line[2:])
            continue
        if cur:
            cur += " " + line.strip()
        elif line.strip() and not line.lstrip().startswith("#"):
            cur = line.strip()
        if cur.endswith("\\"):
            cur = cur[:-1].rstrip()
            continue
        if cur:
            cmds.append(cur)
        cur = ""
    return cmds


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def pandas_python():
    for py in [sys.executable, "/usr/bin/python3"]:
        if py and os.path.exists(py) and subprocess.run(
                [py, "-c", "import pandas"], capture_output=True).returncode == 0:
            return py
    return None


def have_r():
    r = shutil.which("Rscript")
    return r and subprocess.run([r, "-e", "library(DBI); library(RSQLite)"],
                                capture_output=True).returncode == 0


def main():
    text = open(os.path.join(SRC, "README.md"), encoding="utf-8").read()
    tmp = tempfile.mkdtemp(prefix="parley-readme.")
    server = None
    try:
        for d in ("examples", "samples"):
            shutil.copytree(os.path.join(SRC, d), os.path.join(tmp, d))
        os.mkdir(os.path.join(tmp, "build"))
        os.symlink(PARLEY, os.path.join(tmp, "build", "parley"))
        os.symlink(MANPAGE, os.path.join(tmp, "build", "parley.1"))
        env = dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="100")
        # the Python binding of this tree, with the library built beside PARLEY
        env["PYTHONPATH"] = os.path.join(SRC, "python")
        env["PARLEY_LIB"] = os.path.join(os.path.dirname(PARLEY), "libparley.so")
        run_env = dict(env)
        skipped, elsewhere = [], []
        py, r = pandas_python(), have_r()
        for lang, lines in blocks(text):
            if lang in ("sh", "console"):
                for c in commands(lang, lines):
                    if any(re.search(p, c) for p in NOT_HERE):
                        elsewhere.append(c)
                        continue
                    if c.startswith("curl"):
                        if server is None:
                            port = free_port()
                            subprocess.run([PARLEY, "ingest", "-q", "--db", "serve.db", "examples/"],
                                           cwd=tmp, capture_output=True, check=True)
                            server = subprocess.Popen([PARLEY, "serve", "--db", "serve.db", "--port", str(port)],
                                                      cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                            server.stdout.readline()  # "parley: serving ..." once it listens
                        c = c.replace("127.0.0.1:8080", "127.0.0.1:%d" % port).replace("curl -s ", "curl -sf ", 1)
                    if c.startswith("man ") and not shutil.which("man"):
                        skipped.append(c + " (no man)")
                        continue
                    t0 = time.time()
                    p = subprocess.run(["sh", "-c", c], cwd=tmp, env=run_env, capture_output=True,
                                       text=True, timeout=120)
                    check(p.returncode == 0, "%s  (exit %d, %.1f s)%s" % (
                        c, p.returncode, time.time() - t0, "" if p.returncode == 0 else ": " + p.stderr[-300:]))
            elif lang == "python":
                if not py:
                    skipped.append("a pandas recipe (no Python with pandas)")
                    continue
                # a recipe of the binding runs through run.sh, which loads the
                # ASan runtime first for an ASan build's libparley.so
                wrap = ([os.path.join(SRC, "tests", "python", "run.sh")]
                        if any(re.match(r"^import parley\b", l) for l in lines) else [])
                p = subprocess.run(wrap + [py, "-"], input="\n".join(lines), cwd=tmp,
                                   capture_output=True, text=True, env=run_env)
                check(p.returncode == 0, "the pandas recipe runs (%s)%s" % (
                    py, "" if p.returncode == 0 else ": " + p.stderr[-500:]))
            elif lang == "r":
                if not r:
                    skipped.append("an R recipe (no Rscript with DBI and RSQLite)")
                    continue
                p = subprocess.run(["Rscript", "-"], input="\n".join(lines), cwd=tmp, capture_output=True, text=True)
                check(p.returncode == 0, "the R recipe runs%s" % ("" if p.returncode == 0 else ": " + p.stderr[-500:]))
        # commands that other tests run (or too long for this one): named,
        # not counted as skipped; checks that could not run here: SKIP
        for c in elsewhere:
            print("not here (NOT_HERE)  " + c)
        for c in skipped:
            print("SKIP: " + c)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(tmp)
    print("%d README example(s) failed" % failures if failures else "every README example ran")
    sys.exit(1 if failures else 0)


main()
