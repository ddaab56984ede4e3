#!/usr/bin/env python3
"""test_binding.py — the Python binding (python/parley) against the parley
command: the same bytes on examples/ and a generated corpus, parley's
messages in Python exceptions, the store's rows as pandas takes them,
threads, and memory that stays flat over many calls.

Run by meson (tests/meson.build) with PARLEY_LIB (libparley.so),
PARLEY_EXE (the parley command), PARLEY_LAYOUT (tests/python/layout.c
built) and PYTHONPATH=python/; standalone: the same variables by hand.
"""
import csv
import gc
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
import warnings

import parley

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
EXE = os.environ.get("PARLEY_EXE", os.path.join(SRC, "build", "parley"))
EXAMPLES = os.path.join(SRC, "examples")
GENCORPUS = os.path.join(SRC, "bench", "gencorpus.py")
UNDER_ASAN = os.environ.get("PARLEY_ASAN") == "1"


def child_env():
    """The environment of the parley command and of helper scripts: under
    ASan (tests/python/run.sh), without the runtime preloaded for Python
    and with the caller's ASan options (leak detection) back."""
    env = dict(os.environ)
    if UNDER_ASAN:
        env.pop("LD_PRELOAD", None)
        env["ASAN_OPTIONS"] = env.get("PARLEY_CHILD_ASAN_OPTIONS", "")
    return env


def run(*args, check=True, stdin=None):
    p = subprocess.run([EXE] + list(args), capture_output=True, input=stdin, env=child_env())
    if check and p.returncode not in (0, 1):
        raise AssertionError("parley %s: exit %d: %s" % (" ".join(args), p.returncode,
                                                         p.stderr.decode()[-2000:]))
    return p


def gencorpus(path, docs, seed=3, bad_line=None):
    args = [sys.executable, GENCORPUS, "--docs", str(docs), "--seed", str(seed), "-o", path]
    if bad_line:
        args += ["--bad-line", str(bad_line)]
    subprocess.run(args, check=True, env=child_env())


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


class Fixture(unittest.TestCase):
    tmp = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-py-")
        cls.coder = parley.Coder()

    @classmethod
    def tearDownClass(cls):
        cls.coder.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def assertSame(self, got, want):
        """Byte-identical outputs; on a difference, the first differing
        line of each rather than the whole of both."""
        if got == want:
            return
        g, w = got.splitlines(), want.splitlines()
        i = next((k for k, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
        a, b = (g[i] if i < len(g) else ""), (w[i] if i < len(w) else "")
        j = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        self.fail("outputs differ at line %d of %d/%d, column %d:\n  python: ...%.300s\n"
                  "  parley: ...%.300s" % (i + 1, len(g), len(w), j + 1, a[max(j - 60, 0):],
                                           b[max(j - 60, 0):]))

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, text):
        p = self.path(name)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        return p


class TestLayout(unittest.TestCase):
    """Every ctypes struct of _lib.py has the C compiler's layout."""

    def test_structs_match_the_header(self):
        from parley import _lib
        out = subprocess.run([os.environ["PARLEY_LAYOUT"]], check=True, env=child_env(),
                             capture_output=True, text=True).stdout
        sizes, fields, consts = {}, {}, {}
        for line in out.splitlines():
            name, value = line.split()
            if "." in name:
                s, f = name.split(".")
                fields.setdefault(s, []).append((f, int(value)))
            elif name.startswith("PARLEY_"):
                consts[name] = int(value)
            else:
                sizes[name] = int(value)
        self.assertEqual(set(sizes), set(_lib.STRUCTS))
        for cname, cls in _lib.STRUCTS.items():
            with self.subTest(struct=cname):
                self.assertEqual(ctypes_sizeof(cls), sizes[cname], "sizeof " + cname)
                py = [(f[0], getattr(cls, f[0]).offset) for f in cls._fields_]
                self.assertEqual(py, fields[cname])
        self.assertEqual(consts["PARLEY_MAX_TOPICS"], _lib.MAX_TOPICS)
        self.assertEqual(consts["PARLEY_STORE_READONLY"], _lib.STORE_READONLY)
        errs = {v: k[len("PARLEY_E"):] for k, v in consts.items()
                if k.startswith("PARLEY_E") and k not in ("PARLEY_MAX_TOPICS",)}
        self.assertEqual(errs, _lib.ERRORS)


def ctypes_sizeof(cls):
    import ctypes
    return ctypes.sizeof(cls)


class TestFindingTheLibrary(Fixture):
    """Without PARLEY_LIB, the package finds a libparley.so beside it; and
    when there is none anywhere, the ImportError says what to do."""

    def copy_package(self, name):
        dest = self.path(name)
        shutil.copytree(os.path.dirname(parley.__file__), os.path.join(dest, "parley"),
                        ignore=shutil.ignore_patterns("__pycache__", "*.in"))
        return dest

    def probe(self, pythonpath):
        env = {k: v for k, v in os.environ.items()
               if k not in ("PARLEY_LIB", "LD_LIBRARY_PATH", "PKG_CONFIG_PATH")}
        env["PYTHONPATH"] = pythonpath
        return subprocess.run([sys.executable, "-c", "import parley; print(parley.library_path)"],
                              env=env, capture_output=True, text=True)

    def test_beside_the_package(self):
        dest = self.copy_package("pkg")
        shutil.copy(os.path.realpath(parley.library_path),
                    os.path.join(dest, "parley", "libparley.so.0"))
        p = self.probe(dest)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.strip(), os.path.join(dest, "parley", "libparley.so.0"))

    def test_none_anywhere(self):
        dest = self.copy_package("bare")
        p = self.probe(dest)
        if p.returncode == 0:
            self.skipTest("a libparley.so is installed on this machine: %s" % p.stdout.strip())
        self.assertIn("ImportError", p.stderr)
        self.assertIn("PARLEY_LIB", p.stderr)


class TestSameBytesAsTheCommand(Fixture):
    def test_examples_file_by_file(self):
        for name in sorted(os.listdir(EXAMPLES)):
            p = os.path.join(EXAMPLES, name)
            with self.subTest(file=name):
                cli = run("code", "-j", "1", p).stdout.decode("utf-8")
                py = "".join(self.coder.code_file(p, raw=True))
                self.assertGreater(len(cli), 0)
                self.assertSame(py, cli)
                dicts = list(self.coder.code_file(p))
                self.assertEqual(dicts, [json.loads(l) for l in cli.splitlines()])

    def test_examples_directory(self):
        cli = run("code", EXAMPLES).stdout.decode("utf-8")
        self.assertSame("".join(self.coder.code_file(EXAMPLES, raw=True)), cli)

    def test_generated_corpus(self):
        corpus = self.path("corpus.jsonl")
        gencorpus(corpus, 300)
        cli = run("code", "-j", "2", corpus).stdout
        py = "".join(self.coder.code_file(corpus, raw=True)).encode("utf-8")
        self.assertGreater(cli.count(b"\n"), 1000)
        self.assertSame(py, cli)

    def test_code_is_the_json_line_of_id_date_text(self):
        """code(text, date, id) codes what the line {"id","date","text"}
        gives `parley code`: the same bytes, document after document."""
        corpus = self.path("c2.jsonl")
        gencorpus(corpus, 120, seed=11)
        slim = self.path("slim.jsonl")
        docs = read_jsonl(corpus)
        with open(slim, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "date": d["date"], "text": d["text"]},
                                   ensure_ascii=False) + "\n")
        cli = run("code", slim).stdout.decode("utf-8")
        py = "".join(self.coder.code_jsonl(d["text"], date=d["date"], id=d["id"]) for d in docs)
        self.assertSame(py, cli)
        first = self.coder.code(docs[0]["text"], date=docs[0]["date"], id=docs[0]["id"])
        self.assertEqual(first, [json.loads(l) for l in cli.splitlines()][:len(first)])

    def test_id_less_documents_as_the_lines_of_one_file(self):
        """Documents coded without an id are named as `parley code` names
        the id-less lines of a file text.jsonl holding them in that order."""
        c = parley.Coder()
        t1 = ("Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister "
              "Bakhtiyor Saidov in Astana on 12 March 2025.")
        t2 = t1.replace("Astana", "Tashkent")
        a, b = c.code(t1), c.code(t2)
        lines = self.write("text.jsonl", json.dumps({"text": t1}) + "\n" +
                           json.dumps({"text": t2}) + "\n")
        cli = [json.loads(l) for l in run("code", lines).stdout.decode().splitlines()]
        self.assertEqual(a + b, cli)
        self.assertNotEqual(a[0]["doc"], b[0]["doc"])
        c.close()

    def test_code_json_line_is_a_line_of_the_file(self):
        """code_json_line codes a corpus's lines, raw, as the command codes
        the file: the same events, and the same messages under the same
        line numbers; blank lines give nothing; a bad line is reported."""
        corpus = self.path("lines.jsonl")
        gencorpus(corpus, 50, seed=23, bad_line=20)
        with open(corpus, "rb") as f:
            raw = f.read().split(b"\n")[:-1]
        raw.insert(5, b"   ")  # a blank line
        with open(corpus, "wb") as f:
            f.write(b"".join(l + b"\n" for l in raw))
        p = run("code", corpus)
        msgs, out = [], []
        for i, line in enumerate(raw, 1):
            out.append(self.coder.code_json_line(line if i % 2 else line.decode() + "\n",
                                                 origin=corpus, line_number=i, messages=msgs))
        self.assertSame("".join(out), p.stdout.decode())
        self.assertEqual(["parley: " + ("warning: " if s == "warning" else "") + m
                          for s, m in msgs], p.stderr.decode().splitlines())
        self.assertEqual(out[5], "")
        with self.assertRaises(parley.ParleyError) as cm:
            self.coder.code_json_line(raw[21], origin="x.jsonl", line_number=22)
        self.assertTrue(str(cm.exception).startswith("x.jsonl:22: expected a JSON object"))

    def test_dates_and_ids(self):
        import datetime
        t = "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister Bakhtiyor Saidov."
        e = self.coder.code(t, date=datetime.date(2025, 3, 12), id=12)
        self.assertEqual((e[0]["doc"], e[0]["date"]), ("12", "2025-03-12"))
        self.assertEqual(self.coder.code(t, date="2025-03-12", id="12"), e)
        # no date given: a dateline in the text, else none
        self.assertIsNone(self.coder.code(t, id="x")[0]["date"])
        self.assertEqual(self.coder.code("ASTANA, 12 March 2025. " + t, id="x")[0]["date"],
                         "2025-03-12")

    def test_text_parley_must_repair(self):
        """A lone surrogate (from surrogateescape, say) is replaced as
        parley replaces \\ud800 in a JSON line, with its warning."""
        t = "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister \udc80 Saidov."
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            ev = self.coder.code(t, id="s", date="2025-01-01")
        self.assertTrue(any("surrogate" in str(x.message) for x in w), [str(x.message) for x in w])
        line = self.write("sur.jsonl", json.dumps({"id": "s", "date": "2025-01-01", "text": t}) + "\n")
        self.assertEqual(ev, [json.loads(l) for l in run("code", line).stdout.decode().splitlines()])

    def test_input_formats_and_dates(self):
        for fmt, name, body in [
            ("text", "a.txt", "Kazakh Foreign Minister Murat Nurtleu met Uzbek Foreign Minister "
                              "Bakhtiyor Saidov in Astana.\n"),
            ("html", "a.html", "<html><body><article><p>Kazakh Foreign Minister Murat Nurtleu met "
                               "Uzbek Foreign Minister Bakhtiyor Saidov.</p></article></body></html>"),
        ]:
            p = self.write(name, body)
            with self.subTest(fmt=fmt):
                cli = run("code", "--date", "2025-05-05", "--input-format", fmt, p).stdout.decode()
                py = "".join(self.coder.code_file(p, format=fmt, date="2025-05-05", raw=True))
                self.assertSame(py, cli)
                self.assertIn('"date": "2025-05-05"', py)

    def test_stdin_is_not_needed_but_dash_reads_it(self):
        corpus = self.path("stdin.jsonl")
        gencorpus(corpus, 5, seed=5)
        code = ("import parley,sys; c=parley.Coder(); "
                "sys.stdout.write(''.join(c.code_file('-', raw=True)))")
        with open(corpus, "rb") as f:
            py = subprocess.run([sys.executable, "-c", code], stdin=f, capture_output=True,
                                check=True).stdout
        with open(corpus, "rb") as f:
            cli = run("code", stdin=f.read()).stdout
        self.assertSame(py, cli)

    def test_threads_share_a_coder(self):
        corpus = self.path("thr.jsonl")
        gencorpus(corpus, 60, seed=9)
        docs = read_jsonl(corpus)
        want = [self.coder.code_jsonl(d["text"], d["date"], d["id"]) for d in docs]
        got = [None] * len(docs)

        def work(k):
            for i in range(k, len(docs), 4):
                d = docs[i]
                got[i] = self.coder.code_jsonl(d["text"], d["date"], d["id"])

        ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.assertEqual(got, want)


TABARI_VERBS = "MEET  [040]\nACCUSE  [112]\nEXPEL  [161]\nPRAISE  [051]\n"
TABARI_AGENTS = "FOREIGN_MINISTER  [~GOV]\nDIPLOMATS  [~GOV]\n"


def tabari_actors():
    """An actor dictionary of the generated corpus's countries and
    capitals (codes made up from their names)."""
    sys.path.insert(0, os.path.dirname(GENCORPUS))
    try:
        import gencorpus as g
    finally:
        sys.path.pop(0)
    lines = []
    for name, adj, capital in g.COUNTRIES:
        code = name.replace(" ", "")[:3].upper().replace("Ü", "U")
        for w in (name, adj, capital):
            lines.append("%s_  [%s]" % (w.upper().replace(" ", "_"), code))
    return "\n".join(lines) + "\n"


class TestDictionaries(Fixture):
    def dicts(self, **extra):
        d = {"verbs": self.write("t.verbs", TABARI_VERBS),
             "actors": [self.write("t.actors", tabari_actors())],
             "agents": self.write("t.agents", TABARI_AGENTS)}
        d.update(extra)
        return d

    def test_same_bytes_as_the_command_in_dictionary_mode(self):
        d = self.dicts()
        corpus = self.path("dict.jsonl")
        gencorpus(corpus, 80, seed=4)
        opts = ["--verbs", d["verbs"], "--actors", d["actors"][0], "--agents", d["agents"]]
        # the dictionaries in the grammar's gaps (the default), then in
        # every sentence
        for every in (False, True):
            c = parley.Coder(dictionaries=d, dict_every_sentence=every)
            cli = run("code", *opts, *(["--dict-every-sentence"] if every else []),
                      corpus).stdout.decode()
            if every:
                self.assertGreater(cli.count('"coder": "dictionary"'), 20)
            self.assertSame("".join(c.code_file(corpus, raw=True)), cli)
            c.close()

    def test_actors_as_the_command_line_takes_them(self):
        a1 = self.write("a1.actors", "KAZAKH_  [KAZ]\n")
        a2 = self.write("a2.actors", "UZBEK_  [UZB]\n")
        t = "The Kazakh foreign minister met the Uzbek foreign minister on Monday."
        c1 = parley.Coder(dictionaries={"verbs": self.write("v.verbs", TABARI_VERBS),
                                        "actors": a1 + "," + a2})
        c2 = parley.Coder(dictionaries={"verbs": self.path("v.verbs"), "actors": [a1, a2]})
        self.assertEqual(c1.code_jsonl(t, id="d", date="2025-01-01"),
                         c2.code_jsonl(t, id="d", date="2025-01-01"))
        c1.close()
        c2.close()

    def test_missing_dictionary_raises_parleys_message(self):
        missing = self.path("no-such.verbs")
        with self.assertRaises(parley.ParleyNotFoundError) as cm:
            parley.Coder(dictionaries={"verbs": missing})
        self.assertIn("no-such.verbs", str(cm.exception))
        p = run("code", "--verbs", missing, self.write("x.txt", "x"), check=False)
        self.assertIn(str(cm.exception), p.stderr.decode())

    def test_malformed_line_warns_or_raises_with_strict(self):
        bad = self.write("bad.verbs", TABARI_VERBS + "  broken line [\n")
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            parley.Coder(dictionaries={"verbs": bad}).close()
        msgs = [str(x.message) for x in w if issubclass(x.category, parley.ParleyWarning)]
        self.assertTrue(any("bad.verbs:5" in m for m in msgs), msgs)
        with self.assertRaises(parley.ParleyError) as cm:
            parley.Coder(dictionaries={"verbs": bad}, strict=True)
        self.assertIn("bad.verbs:5", str(cm.exception))
        p = run("code", "--strict", "--verbs", bad, self.write("y.txt", "x"), check=False)
        self.assertIn(str(cm.exception), p.stderr.decode())

    def test_bad_arguments(self):
        with self.assertRaises(TypeError):
            parley.Coder(dictionaries={"verb": "x"})
        with self.assertRaises(ValueError):
            parley.Coder(dictionaries=self.dicts(), dict_format="klingon")


class TestErrors(Fixture):
    def test_malformed_json_line_raises_after_the_events_before_it(self):
        corpus = self.path("bad.jsonl")
        gencorpus(corpus, 40, seed=2, bad_line=20)
        p = run("code", corpus)
        self.assertEqual(p.returncode, 1)
        cli_err = [l[len("parley: "):] for l in p.stderr.decode().splitlines()]
        got = []
        with self.assertRaises(parley.ParleyError) as cm:
            for line in self.coder.code_file(corpus, raw=True):
                got.append(line)
        self.assertIn(str(cm.exception), cli_err)
        self.assertIn("bad.jsonl:21:", str(cm.exception))
        self.assertEqual(cm.exception.name, "PARSE")
        self.assertTrue(p.stdout.decode().startswith("".join(got)))
        self.assertTrue(any('"doc": "bench-00000020"' in l for l in got))

    def test_errors_warn_skips_as_the_command_does(self):
        corpus = self.path("bad2.jsonl")
        gencorpus(corpus, 40, seed=2, bad_line=20)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            py = "".join(self.coder.code_file(corpus, errors="warn", raw=True))
        self.assertSame(py, run("code", corpus).stdout.decode())
        self.assertTrue(any("bad2.jsonl:21:" in str(x.message) for x in w))

    def test_missing_file_and_directory(self):
        missing = self.path("nope.txt")
        with self.assertRaises(FileNotFoundError) as cm:
            list(self.coder.code_file(missing))
        p = run("code", missing)
        self.assertEqual("parley: " + str(cm.exception), p.stderr.decode().strip())
        with self.assertRaises(parley.ParleyNotFoundError):
            parley.Coder(lexicon_dir=self.path("no-lexicon"))

    def test_bad_date_and_arguments(self):
        with self.assertRaises(parley.ParleyError) as cm:
            self.coder.code("Kazakh Foreign Minister met Uzbek Foreign Minister.", date="2024-13-45")
        self.assertIn('"2024-13-45"', str(cm.exception))
        self.assertEqual(cm.exception.name, "INVAL")
        with self.assertRaises(TypeError):
            self.coder.code(b"bytes")
        with self.assertRaises(TypeError):
            self.coder.code("x", id=1.5)
        with self.assertRaises(ValueError):
            self.coder.code_file(EXAMPLES, format="pdf")
        with self.assertRaises(ValueError):
            self.coder.code_file(EXAMPLES, errors="ignore")

    def test_malformed_user_lexicon_warns_with_file_and_line(self):
        lex = os.path.join(self.tmp, "lex")
        os.makedirs(lex, exist_ok=True)
        with open(os.path.join(lex, "countries.txt"), "w") as f:
            f.write("LVA | LVA | Latvia\nXX | bad code | Nowhere | - | - | -\n")
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            parley.Coder(lexicon_dir=lex).close()
        self.assertTrue(any("countries.txt:2:" in str(x.message) for x in w))

    def test_closed_coder(self):
        c = parley.Coder()
        c.close()
        c.close()
        with self.assertRaises(ValueError):
            c.code("x")


class TestStore(Fixture):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.corpus = os.path.join(cls.tmp, "store.jsonl")
        gencorpus(cls.corpus, 150, seed=21)
        cls.db = os.path.join(cls.tmp, "events.db")
        p = run("ingest", "--db", cls.db, cls.corpus)
        assert p.returncode == 0, p.stderr

    def test_rows_are_the_exported_events_flattened(self):
        rows = parley.Store(self.db).query()
        export = run("export", "--db", self.db, "--format", "jsonl").stdout.decode().splitlines()
        self.assertEqual(len(rows), len(export))
        self.assertGreater(len(rows), 300)
        for row, line in zip(rows, export):
            ev = json.loads(line)
            # the store's id: the contract's, or ID.N for a second event the
            # coder gave the same id (src/store/store.c keeps both)
            self.assertTrue(row["id"] == ev["id"] or row["id"].startswith(ev["id"] + "."),
                            (row["id"], ev["id"]))
            self.assertEqual(row["source_name"], ev["source"]["name"])
            self.assertEqual(row["target_code"], ev["target"]["code"])
            self.assertEqual([row["span_start"], row["span_end"]], ev["span"])
            self.assertEqual(row["topics"], ev["topics"])
            if ev["place"]:
                self.assertEqual(row["place_lat"], ev["place"]["lat"])
            else:
                self.assertIsNone(row["place_name"])

    def test_csv_columns_and_values(self):
        rows = parley.Store(self.db).query(limit=100)
        text = run("export", "--db", self.db, "--format", "csv", "--limit", "100").stdout.decode()
        table = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(len(table), len(rows))
        cols = [c for c in table[0] if not c.startswith("merged_")]
        for row, rec in zip(rows, table):
            for c in cols:
                v = row[c]
                want = rec[c]
                if v is None:
                    self.assertEqual(want, "", c)
                elif isinstance(v, bool):
                    self.assertEqual(want, "1" if v else "0", c)
                elif isinstance(v, list):
                    self.assertEqual(want, ";".join(v), c)
                elif isinstance(v, float):
                    self.assertAlmostEqual(float(want), v, places=4, msg=c)
                else:
                    self.assertEqual(want, str(v), c)

    def test_filters_as_the_command_takes_them(self):
        st = parley.Store(self.db)
        for flt, args in [({"actor": "KAZ", "limit": 7}, ["--actor", "KAZ", "--limit", "7"]),
                          ({"type": "CONSULT", "from_": "2024-03", "to": "2024-09"},
                           ["--type", "CONSULT", "--from", "2024-03", "--to", "2024-09"]),
                          ({"text": "minister", "limit": 20}, ["--text", "minister", "--limit", "20"]),
                          ({"one_a_day": True}, ["--one-a-day"])]:
            with self.subTest(filters=flt):
                rows = st.query(**flt)
                cli = run("export", "--db", self.db, "--format", "jsonl", *args).stdout.decode()
                want = [json.loads(l)["id"] for l in cli.splitlines()]
                self.assertEqual(len(rows), len(want))
                for r, w in zip(rows, want):  # ID.N: see test_rows_are_the_exported...
                    self.assertTrue(r["id"] == w or r["id"].startswith(w + "."), (r["id"], w))
                self.assertGreater(len(rows), 0)
        rows = st.query(**{"from": "2024-03", "to": "2024-09"})
        self.assertTrue(all(r["date"] is None or "2024-03" <= r["date"][:7] <= "2024-09" for r in rows))
        merged = st.query(one_a_day=True)
        self.assertTrue(all(r["merged_ids"][0] == r["id"] for r in merged))
        st.close()

    def test_pandas_takes_the_rows(self):
        try:
            import pandas
        except ImportError:
            self.skipTest("python3-pandas is not installed")
        rows = parley.Store(self.db).query()
        df = pandas.DataFrame(rows)
        self.assertEqual(len(df), len(rows))
        self.assertEqual(str(df["quad"].dtype), "int64")
        self.assertEqual(str(df["goldstein"].dtype), "float64")
        self.assertGreater(df.groupby("type").size().sum(), 0)

    def test_errors(self):
        st = parley.Store(self.db)
        with self.assertRaises(parley.ParleyError) as cm:
            st.query(cameo="04x")
        p = run("query", "--db", self.db, "--cameo", "04x", check=False)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn(str(cm.exception), p.stderr.decode())
        with self.assertRaises(TypeError):
            st.query(actors="KAZ")
        with self.assertRaises(TypeError):
            st.query(limit="5")
        st.close()
        with self.assertRaises(ValueError):
            st.query()
        with self.assertRaises(parley.ParleyError) as cm:
            parley.Store(self.path("no-such-dir/x.db"))
        self.assertIn("no-such-dir/x.db", str(cm.exception))

    def test_an_exception_in_the_row_callback_stops_the_query(self):
        st = parley.Store(self.db)
        orig = parley.Store._row

        def boom(r, one):
            raise RuntimeError("stop here")
        try:
            parley.Store._row = staticmethod(boom)
            with self.assertRaises(RuntimeError):
                st.query()
        finally:
            parley.Store._row = staticmethod(orig)
        self.assertGreater(len(st.query(limit=3)), 0)
        st.close()


class TestMemory(Fixture):
    """Memory that parley allocates is freed: the resident size after many
    rounds of the same work stays where the first rounds left it. (Sizes,
    not times; the allocator may keep some pages, hence a margin.)"""

    def setUp(self):
        if UNDER_ASAN:
            self.skipTest("ASan's quarantine holds freed memory; RSS is checked in the "
                          "normal build")

    def flat(self, work, rounds=12, warmup=3, margin_kib=6 * 1024):
        for _ in range(warmup):
            work()
        gc.collect()
        base = rss_kib()
        for _ in range(rounds):
            work()
        gc.collect()
        grown = rss_kib() - base
        self.assertLess(grown, margin_kib, "RSS grew by %d KiB over %d rounds" % (grown, rounds))
        return grown

    def test_code_in_a_loop(self):
        corpus = self.path("mem.jsonl")
        gencorpus(corpus, 200, seed=13)
        docs = read_jsonl(corpus)
        events = []

        def work():
            n = 0
            for d in docs:
                n += len(self.coder.code(d["text"], d["date"], d["id"]))
            events.append(n)

        grown = self.flat(work)
        self.assertGreater(events[0], 500)
        print("code(): %d documents x 15 rounds, RSS grew %d KiB after the warm-up"
              % (len(docs), grown), file=sys.stderr)

    def test_code_file_and_coders_in_a_loop(self):
        corpus = self.path("mem2.jsonl")
        gencorpus(corpus, 100, seed=14)

        def work():
            c = parley.Coder()
            for _ in c.code_file(corpus):
                pass
            it = c.code_file(corpus)  # abandoned half-way: the reader is closed
            next(it)
            del it
            c.close()

        self.flat(work, rounds=8, warmup=2)

    def test_store_queries_in_a_loop(self):
        corpus = self.path("mem3.jsonl")
        gencorpus(corpus, 100, seed=15)
        db = self.path("mem3.db")
        run("ingest", "--db", db, corpus)

        def work():
            with parley.Store(db) as st:
                st.query()
                st.query(actor="KAZ", one_a_day=True)

        self.flat(work, rounds=15)


if __name__ == "__main__":
    # a skipped test says so on a line of its own, which tests/run counts
    prog = unittest.main(verbosity=2, exit=False)
    for test, why in prog.result.skipped:
        print("SKIP: %s: %s" % (test.id(), why))
    sys.exit(not prog.result.wasSuccessful())
