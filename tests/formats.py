#!/usr/bin/env python3
"""formats.py — every text output format read back by Python's csv module
and, when it is installed, by pandas (issue 13, D11: a TSV sentence that
starts with '"' made pandas fail with "EOF inside string").

Codes articles whose evidence sentences hold double quotes (leading,
inside, unbalanced), commas, tabs and line breaks, then checks `parley
code --format tsv`, and after `parley ingest`, `query`/`export` in csv,
tsv and phoenix-tsv: each file parses, every row has the header's
columns, there is one row per event, and the text column equals the
contract's text (tabs and line breaks as spaces in TSV).

Then, for every output format of the table (src/output/formats.c):
`code`, `export` and `query` offer the same --format names, and `parley
code --format X` gives byte for byte what `export --format X` and `query
--format X` give for the same events after `parley ingest` (the articles
are given in the store's order: by date, then document); on the bundled
examples (text, HTML, JSON lines, dated variously) the same lines come
out in both, order aside. And the cameo-tsv records themselves.

usage: formats.py PATH/TO/parley
"""
import csv
import difflib
import io
import json
import os
import subprocess
import sys
import tempfile

parley = sys.argv[1]
fails = 0
checks = 0


def check(name, ok, detail=""):
    global fails, checks
    checks += 1
    if ok:
        print("ok   " + name)
    else:
        fails += 1
        print("FAIL " + name + (": " + detail if detail else ""))


def run(*args, stdin=None):
    r = subprocess.run([parley, *args], input=stdin, capture_output=True)
    if r.returncode not in (0, 1):
        raise SystemExit("%s failed (%d): %s" % (" ".join(args), r.returncode,
                                                  r.stderr.decode()[:500]))
    return r.stdout.decode("utf-8")


M1 = "Minister of Foreign Affairs of Latvia Baiba Braže"
M2 = "Minister of Foreign Affairs of Lithuania Kęstutis Budrys"
docs = [
    {"id": "q1", "date": "2025-05-05",
     "text": '"%s met with %s in Riga," the ministry said.' % (M1, M2)},
    {"id": "q2", "date": "2025-05-06",
     "text": '%s met with %s in Riga to discuss "security", trade, and the "Baltic\tway".' % (M1, M2)},
    {"id": "q3,with \"quotes\"", "date": "2025-05-07",
     "title": 'A "title", with\ta tab',
     "text": '%s met with %s in Riga.\n"Unbalanced quote follows: \" and then, more' % (M1, M2)},
    {"id": "q4", "date": "2025-05-08",
     "text": "%s met with %s in Riga; \"\"\" three quotes \"\" and ''." % (M1, M2)},
]
tmp = tempfile.mkdtemp(prefix="parley-formats.")
src = os.path.join(tmp, "in.jsonl")
with open(src, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

events = [json.loads(l) for l in run("code", src).splitlines()]
check("the articles give events", len(events) >= 4, str(len(events)))
texts = sorted(e["text"] for e in events)


def flat(s):
    return s.replace("\t", " ").replace("\n", " ").replace("\r", " ")


try:
    import pandas
except ImportError:
    pandas = None
    print("SKIP: pandas checks: python3-pandas is not installed")


def read_back(name, data, sep, text_col, flatten):
    try:
        rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=sep, strict=True))
    except csv.Error as e:
        check(name + ": csv module reads it", False, str(e))
        return
    header, body = rows[0], rows[1:]
    check(name + ": csv module reads every row with the header's %d columns" % len(header),
          all(len(r) == len(header) for r in body),
          str(sorted(set(len(r) for r in body))))
    check(name + ": one row per event", len(body) == len(events), "%d rows" % len(body))
    if text_col in header:
        got = sorted(r[header.index(text_col)] for r in body)
        want = sorted(flat(t) if flatten else t for t in texts)
        check(name + ": the text column is the evidence sentence", got == want,
              repr(got[:1]) + " vs " + repr(want[:1]))
    if pandas is not None:
        try:
            df = pandas.read_csv(io.StringIO(data), sep=sep, dtype=str, keep_default_na=False)
            ok = len(df) == len(events) and list(df.columns) == header
            if ok and text_col in header:
                ok = sorted(df[text_col]) == sorted(flat(t) if flatten else t for t in texts)
            check(name + ": pandas reads it the same", ok, "%d rows" % len(df))
        except Exception as e:  # the failure this test is about
            check(name + ": pandas reads it", False, repr(e)[:300])


read_back("code --format tsv", run("code", "--format", "tsv", src), "\t", "text", True)

db = os.path.join(tmp, "s.db")
subprocess.run([parley, "ingest", "-q", "--db", db, src], check=True, capture_output=True)
for cmd in ("query", "export"):
    read_back(cmd + " --format csv", run(cmd, "--db", db, "--format", "csv"), ",", "text", False)
    read_back(cmd + " --format tsv", run(cmd, "--db", db, "--format", "tsv"), "\t", "text", True)
    read_back(cmd + " --format phoenix-tsv", run(cmd, "--db", db, "--format", "phoenix-tsv"),
              "\t", "text", True)

# ---- one table of output formats, the same bytes from code and export ----

def offered(cmd):
    """The format names listed under --format in `parley CMD --help`."""
    names, inside = [], False
    for line in run(cmd, "--help").splitlines():
        if line.lstrip().startswith("--format"):
            inside = True
        elif inside and (line.startswith("  -") or not line.startswith("    ")):
            break
        elif inside:
            names.append(line.split()[0])
    return names


ALL = ["jsonl", "csv", "tsv", "phoenix-tsv", "plover", "cameo-tsv"]
names = {cmd: offered(cmd) for cmd in ("code", "export", "query")}
check("code --help lists every output format", names["code"] == ALL, repr(names["code"]))
check("export and query offer code's formats (query also its table)",
      names["export"] == names["code"] and names["query"] == ["table"] + names["code"],
      repr(names))

dates = [d["date"] for d in docs]
check("the articles are in the store's order (dates increase)", dates == sorted(set(dates)))
for fmt in names["code"]:
    coded = run("code", "--format", fmt, src)
    exported = run("export", "--db", db, "--format", fmt)
    queried = run("query", "--db", db, "--format", fmt)
    check("code --format %s: %d events" % (fmt, len(events)),
          len([l for l in coded.splitlines() if l]) >= len(events))
    check("code --format %s equals export --format %s byte for byte" % (fmt, fmt),
          coded == exported, "\n".join(list(difflib.unified_diff(
              exported.splitlines(), coded.splitlines(), "export", "code", n=0))[:6]))
    check("query --format %s equals export" % fmt, queried == exported)

# The examples: three input formats, events of several dates, so the order
# differs (code: input order; export: by date): the same lines, sorted.
examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
edb = os.path.join(tmp, "examples.db")
subprocess.run([parley, "ingest", "-q", "--db", edb, examples], check=True, capture_output=True)
for fmt in names["code"]:
    coded = run("code", "--format", fmt, examples).splitlines()
    exported = run("export", "--db", edb, "--format", fmt).splitlines()
    check("examples: code and export --format %s give the same %d lines" % (fmt, len(coded)),
          len(coded) > 10 and sorted(coded) == sorted(exported))

# cameo-tsv: date, source, target, CAMEO code, event id; negated events
# are left out
neg = os.path.join(tmp, "neg.txt")
with open(neg, "w", encoding="utf-8") as f:
    f.write("%s did not meet %s in Riga. %s met with %s in Vilnius.\n" % (M1, M2, M1, M2))
contract = [json.loads(l) for l in run("code", "--negated", "--date", "2025-05-05", neg).splitlines()]
recs = [l.split("\t") for l in run("code", "--negated", "--date", "2025-05-05", "--format",
                                     "cameo-tsv", neg).splitlines()]
kept = [e for e in contract if not e["negated"]]
check("cameo-tsv: one record per event that is not negated",
      len(contract) == 2 and len(kept) == 1 and len(recs) == 1, repr(recs))
if recs and kept:
    e = kept[0]
    check("cameo-tsv: date, source, target, CAMEO code, id",
          recs[0] == ["20250505", e["source"]["code"], e["target"]["code"], e["cameo"], e["id"]],
          repr(recs[0]))

print("formats: %d passed, %d failed" % (checks - fails, fails))
sys.exit(1 if fails else 0)
