"""_store.py — parley.Store: queries of a parley store (what `parley
ingest` wrote) through libparley, answered as flat rows, one dict per
event, that pandas.DataFrame takes as they are."""
import datetime
import json
import os
from ctypes import byref, c_void_p

from . import _lib
from ._errors import ParleyError, error

lib = _lib.lib

FILTERS = _lib.STORE_FILTER_STRINGS + ("limit", "one_a_day")
PLACE_KEYS = ("name", "country", "lat", "lon")


def _flatten(ev):
    """The contract's event as one flat row: source/target/place fields
    become source_name, place_lat, ...; span becomes span_start/span_end;
    topics and evidence stay lists. The names are the CSV export's."""
    row = {}
    for k, v in ev.items():
        if k in ("source", "target", "place"):
            sub = v if v is not None else dict.fromkeys(PLACE_KEYS)
            for kk, vv in sub.items():
                row[k + "_" + kk] = vv
        elif k == "span":
            row["span_start"], row["span_end"] = v
        else:
            row[k] = v
    return row


def _text(b):
    return b.decode("utf-8") if b is not None else None


class Store:
    """A parley store opened read-only: Store(url) where url is what
    `parley query --db` takes (the SQLite file's path).

    store.query(**filters) -> list of dicts, one per event, in the order
    of `parley query`: the event contract flattened (the column names of
    `parley export --format csv`: id, doc, date, type, ..., source_name,
    target_code, place_lat, topics, span_start, span_end, text, ... and
    date_precision, coder, source_sector, evidence; id is the store's id
    of the event, the key its other answers use), with the document's
    doc_date, doc_title, doc_url and doc_source; with one_a_day=True also
    merged_ids, merged_docs and merged_texts (lists, the row's own event
    first). pandas.DataFrame(rows) makes a table of them.
    """

    def __init__(self, url, *, busy_timeout_ms=0):
        self._st = c_void_p()
        path = os.fsencode(os.fspath(url))
        opts = _lib.StoreOpts(_lib.STORE_READONLY, busy_timeout_ms)
        rc = lib.parley_store_open(byref(self._st), path, byref(opts))
        if rc:
            msg = self._errmsg()
            self.close()
            raise error(rc, [(_lib.ERROR, msg)] if msg else [])

    def _errmsg(self):
        m = lib.parley_store_errmsg(self._st) if self._st else None
        return m.decode("utf-8", "replace") if m else ""

    def close(self):
        if getattr(self, "_st", None):
            lib.parley_store_close(self._st)
            self._st = c_void_p()

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def query(self, **filters):
        """Events matching every filter given (`parley query`'s options):
        actor, source, target, type, cameo, from_ (or "from"), to, place,
        topic, text, doc (str; from_ and to also datetime.date), limit
        (int) and one_a_day (bool). A bad value raises ParleyError with
        parley's message."""
        if not self._st:
            raise ValueError("parley.Store: used after close()")
        f, keep = self._filter(filters)
        rows, failure = [], []
        one_a_day = bool(f.one_a_day)

        def on_row(ud, rp):
            try:
                rows.append(self._row(rp.contents, one_a_day))
                return 0
            except BaseException as e:  # noqa: BLE001 - re-raised below
                failure.append(e)
                return 1

        fn = _lib.STORE_ROW_FN(on_row)
        rc = lib.parley_store_query(self._st, byref(f), fn, None)
        del keep
        if failure:
            raise failure[0]
        if rc:
            raise error(rc, [(_lib.ERROR, self._errmsg())])
        return rows

    @staticmethod
    def _filter(filters):
        f = _lib.StoreFilter()
        keep = []
        for key, value in filters.items():
            name = "from" if key == "from_" else key
            if name not in FILTERS:
                raise TypeError("query: unknown filter %r (known: %s)"
                                % (key, ", ".join(FILTERS)))
            if value is None:
                continue
            if name == "limit":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise TypeError("limit: expected an int")
                f.limit = value
            elif name == "one_a_day":
                f.one_a_day = 1 if value else 0
            else:
                if isinstance(value, (datetime.date, datetime.datetime)) and \
                        name in ("from", "to"):
                    value = value.strftime("%Y-%m-%d")
                if not isinstance(value, str):
                    raise TypeError("%s: expected a str, got %s" % (key, type(value).__name__))
                b = value.encode("utf-8")
                keep.append(b)
                setattr(f, name, b)
        return f, keep

    @staticmethod
    def _row(r, one_a_day):
        row = _flatten(json.loads(r.json.decode("utf-8")))
        # the store's id of the event: the contract's, unless the coder gave
        # two events one id and the store kept the second as ID.N
        row["id"] = _text(r.id)
        row["doc_date"] = _text(r.doc_date)
        row["doc_title"] = _text(r.doc_title)
        row["doc_url"] = _text(r.doc_url)
        row["doc_source"] = _text(r.doc_source)
        if one_a_day:
            n = r.nmerged
            row["merged_ids"] = [_text(r.ids[i]) for i in range(n)]
            row["merged_docs"] = [_text(r.docs[i]) for i in range(n)]
            row["merged_texts"] = [_text(r.texts[i]) for i in range(n)]
        return row


__all__ = ["Store", "ParleyError"]
