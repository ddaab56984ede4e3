"""_coder.py — parley.Coder: the built-in lexicon (plus a user lexicon
directory and the community's CAMEO dictionaries) loaded once, and
documents coded in-process through libparley. Events come out of the
library's own JSON writer (parley_write_json), so they are the lines
`parley code` writes, byte for byte."""
import datetime
import itertools
import json
import os
import threading
from ctypes import byref, c_char_p, c_size_t, c_void_p, string_at

from . import _errors, _lib
from ._errors import LOG, ParleyError, collect, error, warn

lib = _lib.lib

DICTIONARY_KINDS = ("verbs", "actors", "agents", "discards", "issues")
# Buffers grown past this by one large document are freed after it.
KEEP_BYTES = 4 << 20


def _path(p):
    return os.fsencode(os.fspath(p))


def _date_str(d, what):
    if d is None:
        return None
    if isinstance(d, (datetime.date, datetime.datetime)):
        return d.strftime("%Y-%m-%d")
    if isinstance(d, str):
        return d
    raise TypeError("%s: expected a str or datetime.date, got %s" % (what, type(d).__name__))


def _actor_files(v):
    """--actors takes "A,B" and may be repeated: a str or a list of them."""
    items = [v] if isinstance(v, (str, bytes, os.PathLike)) else list(v)
    out = []
    for it in items:
        s = os.fsdecode(os.fspath(it))
        out.extend(f for f in s.split(",") if f)
    return out


def _parse_events(jsonl):
    """JSON lines (one object per line, raw newlines only between them)
    into a list of dicts, with one json.loads call."""
    if not jsonl:
        return []
    return json.loads("[" + jsonl[:-1].replace("\n", ",") + "]")


class _ThreadState:
    """What one thread needs of its own: a parser and an output buffer."""

    def __init__(self):
        self.parsers = {}  # default date (bytes or None) -> parser
        self.parser = self.parser_for(None)
        self.buf = _lib.Buf()
        self.dates = set()  # dates known to be readable

    def parser_for(self, default_date):
        """The parser of documents whose default date is default_date."""
        ps = self.parsers.get(default_date)
        if ps is None:
            ps = c_void_p()
            opts = _lib.IngestOpts(0, default_date, LOG, None)
            rc = lib.parley_parser_new(byref(ps), byref(opts))
            if rc:
                raise error(rc)
            if len(self.parsers) >= 16:  # a few dates are in use at a time
                for old in list(self.parsers)[1:]:
                    lib.parley_parser_free(self.parsers.pop(old))
            self.parsers[default_date] = ps
        return ps

    def take_output(self):
        """The buffer's bytes as str; the buffer is emptied."""
        b = self.buf
        out = string_at(b.p, b.n).decode("utf-8") if b.n else ""
        if b.cap > KEEP_BYTES:
            lib.parley_buf_release(byref(b))
        else:
            lib.parley_buf_reset(byref(b))
        return out

    def free(self):
        for ps in self.parsers.values():
            lib.parley_parser_free(ps)
        self.parsers = {}
        self.parser = c_void_p()
        lib.parley_buf_release(byref(self.buf))


class Coder:
    """Codes news articles into events with libparley.

    Coder(lexicon_dir=None, dictionaries=None, *, builtin=True,
          dict_format="auto", strict=False, dict_every_sentence=False)

    lexicon_dir: a directory whose files add to or override the built-in
        dictionaries (`parley code --lexicon DIR`).
    dictionaries: the community's CAMEO dictionaries, as `--verbs`,
        `--actors`, `--agents`, `--discards` and `--issues` take them: a
        dict with those keys ("actors" may be a list, or "A,B" as on the
        command line). They code the sentences the built-in grammar finds
        no event in; with dict_every_sentence=True every sentence
        (`--dict-every-sentence`).
    builtin=False is `--no-builtin`; dict_format ("auto", "tabari",
    "petrarch") and strict are `--dict-format` and `--strict`.

    Malformed dictionary lines are ParleyWarning warnings (with strict, a
    ParleyError). A Coder may be shared by threads (each gets its own
    parser); close() it, or use it in a with block, to free the lexicon
    at once rather than when it is collected.
    """

    def __init__(self, lexicon_dir=None, dictionaries=None, *, builtin=True,
                 dict_format="auto", strict=False, dict_every_sentence=False):
        self._lx = c_void_p()
        self._cameo = c_void_p()
        self._lock = threading.Lock()
        self._states = []
        self._tls = threading.local()
        self._lines = itertools.count(1)
        self._closed = False
        self._load_lexicon(lexicon_dir, builtin)
        if dictionaries:
            self._load_dictionaries(dictionaries, dict_format, strict)
        self._every = 1 if dict_every_sentence else 0
        self._opts = self._code_opts(None)

    def _code_opts(self, date):
        """parley_code_opts for a default date (bytes or None)."""
        return _lib.CodeOpts(LOG, None, self._cameo, date, 0, 0, self._every)

    # ---- loading ---------------------------------------------------------

    def _load_lexicon(self, lexicon_dir, builtin):
        opts = _lib.LexiconOpts(_path(lexicon_dir) if lexicon_dir is not None else None,
                                0 if builtin else 1, LOG, None)
        bad = c_size_t()
        with collect() as msgs:
            rc = lib.parley_lexicon_load(byref(self._lx), byref(opts), byref(bad))
        if rc:
            raise error(rc, msgs, "cannot load the lexicon: %s" % _errors.strerror(rc))
        warn(msgs, stacklevel=4)

    def _load_dictionaries(self, d, dict_format, strict):
        unknown = set(d) - set(DICTIONARY_KINDS)
        if unknown:
            raise TypeError("dictionaries: unknown kind(s) %s (known: %s)"
                            % (", ".join(sorted(unknown)), ", ".join(DICTIONARY_KINDS)))
        fmt = lib.parley_cameo_format_from_name(dict_format.encode())
        if fmt < 0:
            raise ValueError("dict_format: unknown format %r (auto, tabari, petrarch)"
                             % dict_format)
        actors = [os.fsencode(a) for a in _actor_files(d.get("actors") or [])]
        arr = (c_char_p * max(len(actors), 1))(*actors)

        def one(kind):
            return _path(d[kind]) if d.get(kind) is not None else None

        opts = _lib.CameoOpts(one("verbs"), arr, len(actors), one("agents"),
                              one("discards"), one("issues"), fmt,
                              1 if strict else 0, LOG, None)
        bad = c_size_t()
        with collect() as msgs:
            rc = lib.parley_cameo_load(byref(self._cameo), byref(opts), byref(bad))
        if rc:
            self.close()
            raise error(rc, msgs, "cannot load the CAMEO dictionaries: %s"
                        % _errors.strerror(rc))
        warn(msgs, stacklevel=4)

    # ---- lifetime --------------------------------------------------------

    def close(self):
        """Frees the lexicon, the dictionaries and every thread's parser.
        The Coder must not be in use in another thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for st in self._states:
                st.free()
            self._states = []
            lib.parley_cameo_free(self._cameo)
            lib.parley_lexicon_free(self._lx)
            self._cameo = c_void_p()
            self._lx = c_void_p()

    def __del__(self):
        if getattr(self, "_lock", None) is not None:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _state(self):
        st = getattr(self._tls, "st", None)
        if st is None:
            if self._closed:
                raise ValueError("parley.Coder: used after close()")
            st = _ThreadState()
            with self._lock:
                self._states.append(st)
            self._tls.st = st
        if self._closed:
            raise ValueError("parley.Coder: used after close()")
        return st

    # ---- coding ----------------------------------------------------------

    def _code_doc(self, st, doc, opts):
        """Codes doc and appends its events' JSON lines to st.buf. Returns
        the coder's diagnostics; raises ParleyError on failure."""
        res = c_void_p()
        with collect() as msgs:
            rc = lib.parley_code(self._lx, byref(doc), byref(opts), byref(res))
            if rc:
                raise error(rc, msgs)
            try:
                for i in range(lib.parley_result_count(res)):
                    ev = lib.parley_result_event(res, i)
                    rc = lib.parley_write_json(byref(st.buf), byref(doc), ev, i)
                    if rc:
                        raise error(rc, msgs)
            finally:
                lib.parley_result_free(res)
        return msgs

    def code_jsonl(self, text, date=None, id=None):
        """The events of one article as the JSON lines `parley code`
        writes (one per event, each ending in a newline), as a str.

        The article is read as the JSON line {"id": id, "date": date,
        "text": text} would be (the fields given), so the output is that
        of `parley code` on a .jsonl file holding that line. text is a
        str; date a "YYYY-MM-DD" str or a datetime.date (the document's
        date: without it, a dateline in the text, else none); id a str or
        an int (without it, the document gets the id `parley code` gives a
        line without one: "doc-" and 16 hex digits of a hash of its
        content; README, "Document ids").
        Raises ParleyError with parley's message for a document it
        refuses, and for a date it cannot read.
        """
        if not isinstance(text, str):
            raise TypeError("text: expected a str, got %s" % type(text).__name__)
        if id is not None and (isinstance(id, bool) or not isinstance(id, (str, int))):
            raise TypeError("id: expected a str or an int, got %s" % type(id).__name__)
        fields = {}
        if id is not None:
            fields["id"] = id
        d = _date_str(date, "date")
        if d is not None:
            fields["date"] = d
        fields["text"] = text
        try:
            line = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: let parley replace them
            line = json.dumps(fields).encode("ascii")
        st = self._state()
        if d is not None:
            self._check_date(st, d)
        rec = _lib.Record(0, _lib.Str(_errors.addr(line), len(line)), b"text",
                          next(self._lines))
        doc = _lib.Doc()
        with collect() as msgs:
            rc = lib.parley_parse_record(st.parser, byref(rec), byref(doc))
        if rc != 1:
            raise error(rc if rc < 0 else _lib.EPARSE, msgs, "no document")
        warn(msgs)
        warn(self._code_doc(st, doc, self._opts))
        return st.take_output()

    def _check_date(self, st, d):
        """Raises ParleyError when parley cannot read the date d (it would
        only warn and look for a dateline): d alone, with a text that has
        no dateline, must give the document a date. Dates seen are
        remembered."""
        if d in st.dates:
            return
        line = json.dumps({"date": d, "text": "-"}).encode("utf-8")
        rec = _lib.Record(0, _lib.Str(_errors.addr(line), len(line)), b"date", 0)
        doc = _lib.Doc()
        with collect() as msgs:
            rc = lib.parley_parse_record(st.parser, byref(rec), byref(doc))
        if rc != 1 or doc.date.n == 0:
            # "date: unrecognised date "X"; looking for a dateline"
            msg = msgs[-1][1].split(";")[0] if msgs else 'date: cannot read "%s"' % d
            raise ParleyError(msg, _lib.EINVAL, [m for _, m in msgs])
        if len(st.dates) > 4096:
            st.dates.clear()
        st.dates.add(d)

    def code(self, text, date=None, id=None):
        """The events of one article as a list of dicts: the event
        contract (README, "Output formats"), exactly what `parley code`
        writes, parsed. Arguments as for code_jsonl."""
        return _parse_events(self.code_jsonl(text, date, id))

    def code_json_line(self, line, *, origin="-", line_number=0, date=None,
                       messages=None):
        """Codes one line of a JSON-lines input (str, or bytes as read from
        the file; a trailing newline is ignored) as `parley code` codes
        that line of the file origin (its name, for messages and for the
        ids of documents without one) at line_number, with `--date date`.
        Returns the events' JSON lines as one str ("" for a blank line).

        Diagnostics name "origin:line_number". With messages=None a
        malformed line raises ParleyError and warnings are ParleyWarning
        warnings; with a list, every diagnostic is appended to it as a
        (severity, text) pair (severity "warning" or "error", the text as
        `parley code` prints it after "parley: "), a malformed line gives
        "" and nothing is raised but parley's own failures (out of memory).
        This is the call for workers that code a share of a corpus
        (parley.blocks, the Dask example)."""
        if isinstance(line, str):
            line = line.encode("utf-8", "surrogateescape")
        elif not isinstance(line, (bytes, bytearray)):
            raise TypeError("line: expected str or bytes, got %s" % type(line).__name__)
        if line.endswith(b"\n"):
            line = line[:-1]
        line = bytes(line)
        d = _date_str(date, "date")
        dd = d.encode() if d is not None else None
        st = self._state()
        rec = _lib.Record(0, _lib.Str(_errors.addr(line), len(line)), os.fsencode(origin),
                          line_number)
        doc = _lib.Doc()
        with collect() as msgs:
            rc = lib.parley_parse_record(st.parser_for(dd), byref(rec), byref(doc))
        if rc == _lib.ENOMEM or (rc < 0 and messages is None):
            raise error(rc, msgs)
        if rc == 1:
            opts = self._opts if dd is None else self._code_opts(dd)
            msgs += self._code_doc(st, doc, opts)
        if messages is None:
            warn(msgs)
        else:
            messages.extend(("error" if sev >= _lib.ERROR else "warning", m) for sev, m in msgs)
        return st.take_output()

    def code_file(self, path, *, format="auto", date=None, errors="raise",
                  raw=False):
        """Iterates over the events of every document in path — a file of
        any input format parley reads (text, JSON lines, HTML, RSS/Atom;
        by extension, or format=), a directory (walked recursively in
        sorted order, hidden files skipped) or "-" (standard input) — in
        input order, as dicts (raw=True: as the JSON line strings).
        date is `--date`: the date of documents that give none.

        A malformed record (a bad JSON line, a feed item without text) or
        an unreadable file raises ParleyError with parley's message once
        the events before it have been handed out (errors="raise"), or is
        a ParleyWarning and skipped, as `parley code` does
        (errors="warn"). Other warnings are ParleyWarning warnings.
        """
        if errors not in ("raise", "warn"):
            raise ValueError('errors: expected "raise" or "warn", got %r' % (errors,))
        fmt = lib.parley_format_from_name(format.encode())
        if fmt < 0:
            names = []
            while lib.parley_format_name(len(names)):
                names.append(lib.parley_format_name(len(names)).decode())
            raise ValueError("format: unknown input format %r (%s)" % (format, ", ".join(names)))
        d = _date_str(date, "date")
        dd = d.encode() if d is not None else None
        return self._iter_file(_path(path), fmt, dd, errors == "raise", raw)

    def _files(self, path, strict):
        if path == b"-" or not os.path.isdir(path):
            return [path]
        files = []

        def add(ud, f):
            files.append(f)
            return 0

        fn = _lib.WALK_FN(add)
        with collect() as msgs:
            rc = lib.parley_walk(path, fn, None, LOG, None)
        if rc < 0:
            e = error(rc, msgs)
            if strict:
                raise e
            warn([(_lib.WARNING, str(e))], stacklevel=5)
        return files

    def _problems(self, msgs, strict):
        """Raises the first error diagnostic (strict), else warns it."""
        errs = [m for sev, m in msgs if sev >= _lib.ERROR]
        if errs and strict:
            raise ParleyError(errs[0], _lib.EPARSE, [m for _, m in msgs])
        warn([(_lib.WARNING if sev >= _lib.ERROR else sev, m) for sev, m in msgs],
             stacklevel=5)

    def _iter_file(self, path, fmt, date, strict, raw):
        opts = self._code_opts(date)
        iopts = _lib.IngestOpts(fmt, date, LOG, None)
        for f in self._files(path, strict):
            reader = c_void_p()
            with collect() as msgs:
                rc = lib.parley_reader_open(byref(reader), f, byref(iopts))
            if rc:
                e = error(rc, msgs)
                if strict:
                    raise e
                warn([(_lib.WARNING, str(e))], stacklevel=4)
                continue
            try:
                yield from self._iter_reader(reader, opts, strict, raw)
            finally:
                lib.parley_reader_close(reader)

    def _iter_reader(self, reader, opts, strict, raw):
        doc = _lib.Doc()
        while True:
            st = self._state()
            with collect() as msgs:
                rc = lib.parley_reader_next(reader, byref(doc))
            if rc < 0:
                raise error(rc, msgs)
            self._problems(msgs, strict)
            if rc == 0:
                return
            warn(self._code_doc(st, doc, opts), stacklevel=4)
            out = st.take_output()
            if not out:
                continue
            if raw:
                # raw newlines only end lines: text may hold U+2028
                yield from (line + "\n" for line in out[:-1].split("\n"))
            else:
                yield from _parse_events(out)
