#!/usr/bin/env python3
"""aggregate.py — tests `parley aggregate` end to end on a store of
examples/: the CSV of `--dyad --by week` loads with Python's csv module
and (when installed) with pandas, has the columns the README documents,
and its counts equal those computed here from the events themselves
(`parley query --format jsonl`); TSV, JSON and JSON lines say the same;
--country and the totals agree; bad options fail with exit status 2.

usage: aggregate.py PARLEY EXAMPLES_DIR README
"""
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PARLEY, EXAMPLES, README = sys.argv[1:4]
TYPES = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat",
         "request", "accuse", "reject", "threaten", "protest", "sanction",
         "mobilize", "coerce", "assault"]
COUNTS = ["events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum",
          "goldstein_mean"] + TYPES
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures += 1


def run(*args, ok=True):
    r = subprocess.run([PARLEY, *args], capture_output=True, text=True)
    if ok and r.returncode != 0:
        sys.exit("parley %s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr))
    return r


def monday(d):
    day = datetime.date.fromisoformat(d)
    return (day - datetime.timedelta(days=day.weekday())).isoformat()


def key(a):
    """The dyad key at the default level: country, else organisation, else
    CAMEO actor code."""
    return a and (a.get("country") or a.get("org") or a.get("code"))


def expected_dyad_week(events):
    """Rows of the weekly dyad series, computed from the events."""
    rows = {}
    for e in events:
        if e["negated"] or not e["date"] or len(e["date"]) != 10:
            continue
        s, t = key(e["source"]), key(e["target"])
        if not s or not t:
            continue
        r = rows.setdefault((monday(e["date"]), s, t), {c: 0 for c in COUNTS})
        r["events"] += 1
        r["quad%d" % e["quad"]] += 1
        if e["goldstein"] is not None:
            r["goldstein_sum"] += e["goldstein"]
        if e["type"]:
            r[e["type"].lower()] += 1
    return rows


def readme_columns():
    """The columns named in the README's table of the series."""
    text = open(README, encoding="utf-8").read()
    sec = text.split("## Series for analysis", 1)
    if len(sec) < 2:
        return None
    body = sec[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_0-9]+)`", body, re.M)


def pandas_check(csv_path, n_rows, total):
    """Loads the CSV with pandas, here or in an interpreter that has it."""
    code = (
        "import sys, pandas as pd\n"
        "df = pd.read_csv(sys.argv[1], parse_dates=['period'])\n"
        "assert len(df) == int(sys.argv[2]), len(df)\n"
        "assert int(df['events'].sum()) == int(sys.argv[3])\n"
        "assert str(df['events'].dtype) == 'int64' and str(df['period'].dtype).startswith('datetime64')\n"
        "assert (df['period'].dt.dayofweek == 0).all()\n"
        "g = df.groupby('period')['events'].sum()\n"
        "print('pandas', pd.__version__, len(df), 'rows,', len(g), 'weeks')\n")
    for py in [sys.executable, "/usr/bin/python3"]:
        if not py or not os.path.exists(py):
            continue
        r = subprocess.run([py, "-c", "import pandas"], capture_output=True)
        if r.returncode != 0:
            continue
        r = subprocess.run([py, "-c", code, csv_path, str(n_rows), str(total)],
                           capture_output=True, text=True)
        return r.returncode == 0, (r.stdout + r.stderr).strip()
    return None, "pandas not installed"


def main():
    tmp = tempfile.mkdtemp(prefix="parley-aggregate.")
    try:
        db = os.path.join(tmp, "x.db")
        run("ingest", "-q", "--db", db, EXAMPLES)
        events = [json.loads(l) for l in run("query", "--db", db, "--format", "jsonl").stdout.splitlines()]
        check(len(events) > 10, "the example store has %d events" % len(events))

        # The README's command, as written there.
        r = run("aggregate", "--dyad", "--by", "week", "--db", db)
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        header = r.stdout.split("\n", 1)[0].split(",")
        check(header == ["period", "source", "target"] + COUNTS, "CSV columns: " + ",".join(header))
        doc = readme_columns()
        check(doc is not None and [c for c in doc if c != "country"] == header and "country" in doc,
              "the README documents exactly these columns, and country (%s)" % (doc and ",".join(doc)))
        want = expected_dyad_week(events)
        got = {(r["period"], r["source"], r["target"]): r for r in rows}
        check(set(got) == set(want), "%d rows, one per week and dyad with events (%d expected)" % (len(got), len(want)))
        same = all(int(got[k][c]) == want[k][c] for k in want if k in got for c in COUNTS
                   if c not in ("goldstein_sum", "goldstein_mean"))
        check(same, "counts by QuadClass and type equal those of the events")
        gs = all(abs(float(got[k]["goldstein_sum"]) - want[k]["goldstein_sum"]) < 0.051 and
                 abs(float(got[k]["goldstein_mean"]) - want[k]["goldstein_sum"] / want[k]["events"]) < 0.0006
                 for k in want if k in got)
        check(gs, "Goldstein sums and means equal those of the events")
        check(all(int(r["events"]) == sum(int(r["quad%d" % q]) for q in range(1, 5)) for r in rows),
              "quad1..quad4 add up to events")
        check(all(datetime.date.fromisoformat(r["period"]).weekday() == 0 for r in rows),
              "weeks are named by their Monday")
        path = os.path.join(tmp, "dyad-week.csv")
        with open(path, "w") as f:
            f.write(r.stdout)
        total = sum(int(r["events"]) for r in rows)
        ok, msg = pandas_check(path, len(rows), total)
        if ok is None:
            print("SKIP: pandas: " + msg)
        else:
            check(ok, "pandas reads the CSV: " + msg)

        # The other formats say the same.
        tsv = list(csv.DictReader(io.StringIO(run("aggregate", "--dyad", "--by", "week", "--db", db,
                                                  "--format", "tsv").stdout), delimiter="\t"))
        check(tsv == rows, "TSV has the same rows")
        js = json.loads(run("aggregate", "--dyad", "--by", "week", "--db", db, "--format", "json").stdout)
        jl = [json.loads(l) for l in run("aggregate", "--dyad", "--by", "week", "--db", db,
                                         "--format", "jsonl").stdout.splitlines()]
        check(js == jl and len(js) == len(rows) and
              all(str(j["events"]) == r["events"] and j["period"] == r["period"] for j, r in zip(js, rows)),
              "JSON and JSON lines have the same rows")
        check(all(isinstance(j["goldstein_mean"], float) or j["goldstein_mean"] is None for j in js),
              "goldstein_mean is a number or null in JSON")

        # Totals and countries.
        tot = list(csv.DictReader(io.StringIO(run("aggregate", "--by", "week", "--db", db).stdout)))
        check(list(tot[0].keys())[0] == "period" and "source" not in tot[0], "without --dyad: one row per week")
        dated = [e for e in events if not e["negated"] and e["date"] and len(e["date"]) == 10]
        check(sum(int(r["events"]) for r in tot) == len(dated), "weekly totals count every event dated to the day")
        allrow = list(csv.DictReader(io.StringIO(run("aggregate", "--by", "all", "--negated", "--db", db).stdout)))
        check(len(allrow) == 1 and int(allrow[0]["events"]) == len(events) and "period" not in allrow[0],
              "--by all --negated: one row with all %d events" % len(events))
        ctry = list(csv.DictReader(io.StringIO(run("aggregate", "--country", "--by", "month", "--db", db).stdout)))
        want_c = {}
        for e in events:
            if e["negated"] or not e["date"]:
                continue
            for c in {e["source"] and e["source"]["country"], e["target"] and e["target"]["country"]} - {None}:
                k = (e["date"][:7] + "-01", c)
                want_c[k] = want_c.get(k, 0) + 1
        check({(r["period"], r["country"]): int(r["events"]) for r in ctry} == want_c,
              "--country: events per month and country on either side (%d rows)" % len(ctry))
        kaz = list(csv.DictReader(io.StringIO(run("aggregate", "--dyad", "--by", "all", "--actor", "KAZ",
                                                  "--type", "CONSULT", "--db", db).stdout)))
        check(kaz and all("KAZ" in (r["source"], r["target"]) and int(r["consult"]) == int(r["events"]) for r in kaz),
              "filters of query apply (--actor KAZ --type CONSULT)")

        # What is left out is counted on stderr (or not, with -q): a
        # negated event, an undated one, one dated only to the month.
        ndb = os.path.join(tmp, "n.db")
        npath = os.path.join(tmp, "n.jsonl")
        with open(npath, "w") as f:
            f.write('{"id": "n1", "date": "2025-05-07", "text": "Latvia did not meet Russia. Latvia met Estonia."}\n'
                    '{"id": "n2", "date": "2025-05-07", "text": "Last month, Latvia met Lithuania."}\n'
                    '{"id": "n3", "text": "Egypt condemned Israel."}\n')
        run("ingest", "-q", "--negated", "--db", ndb, npath)
        r = run("aggregate", "--by", "week", "--db", ndb)
        wk = list(csv.DictReader(io.StringIO(r.stdout)))
        check([(w["period"], w["events"]) for w in wk] == [("2025-05-05", "1")],
              "--by week counts the one event dated to a day")
        check(r.stderr.strip() == "parley: aggregate: not counted: 1 negated (--negated counts them), "
              "1 undated, 1 dated only to the month or year (--by month counts them)",
              "--by week: the note counts what is left out: " + r.stderr.strip())
        r = run("aggregate", "--by", "month", "--negated", "--db", ndb)
        mo = list(csv.DictReader(io.StringIO(r.stdout)))
        check([(m["period"], m["events"]) for m in mo] == [("2025-04-01", "1"), ("2025-05-01", "2")] and
              r.stderr.strip() == "parley: aggregate: not counted: 1 undated",
              "--by month --negated: the month's event and the negated one count: " + r.stderr.strip())
        r = run("aggregate", "-q", "--by", "week", "--db", ndb)
        check(r.stderr == "" and r.stdout.count("\n") == 2, "-q: no note, the same rows")
        out = os.path.join(tmp, "series.csv")
        r = run("aggregate", "--by", "month", "--db", ndb, "-o", out)
        check(r.stdout == "" and open(out).read() == run("aggregate", "--by", "month", "--db", ndb).stdout,
              "-o FILE: the series in the file, nothing on stdout")
        r = run("aggregate", "--by", "month", "--db", ndb, "-o", os.path.join(tmp, "no", "such", "x.csv"), ok=False)
        check(r.returncode == 3 and "no/such/x.csv" in r.stderr, "unwritable -o FILE: exit 3, named (%s)" % r.stderr.strip())

        # Bad options.
        r = run("aggregate", ok=False)
        check(r.returncode == 2 and "--db DB is required" in r.stderr, "no --db: exit 2")
        r = run("aggregate", "--db", db, "extra", ok=False)
        check(r.returncode == 2 and "unexpected argument 'extra'" in r.stderr, "a stray argument: exit 2, named")
        for args, what in [(["--by", "fortnight"], "--by"), (["--level", "galaxy", "--dyad"], "--level"),
                           (["--format", "xlsx"], "--format"), (["--limit", "3"], "--limit"),
                           (["--dyad", "--country"], "exclude")]:
            r = run("aggregate", "--db", db, *args, ok=False)
            check(r.returncode == 2 and what in r.stderr, "%s: exit 2, %s" % (" ".join(args), r.stderr.strip()))
        r = run("aggregate", "--db", os.path.join(tmp, "none.db"), ok=False)
        check(r.returncode == 2, "a missing store: exit 2 (%s)" % r.stderr.strip())
    finally:
        shutil.rmtree(tmp)
    print("%d check(s) failed" % failures if failures else "all aggregate checks passed")
    sys.exit(1 if failures else 0)


main()
