"""_lib.py — finds and loads libparley.so and declares, with ctypes, the
part of include/parley.h that the binding calls: the structs it fills or
reads and the functions' prototypes. tests/python/test_layout.py checks
every struct here against the C compiler's sizes and offsets.

The library is looked for, in this order:
  1. $PARLEY_LIB: the path of libparley.so (or of libparley.so.0);
  2. beside this package (parley/libparley.so*), for a copy bundled with it;
  3. the build tree: ../../build/libparley.so from this file, i.e. a
     checkout's python/parley/ beside its build/ (./setup builds it there);
  4. the libdir recorded when meson installed the package (_libdir.py);
  5. `pkg-config --variable=libdir parley`;
  6. the dynamic linker's search path (ctypes.util.find_library).
"""
import ctypes
import ctypes.util
import os
import subprocess
from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_double, c_int,
                    c_long, c_size_t, c_void_p)

SONAME = "libparley.so.0"


def _candidates():
    env = os.environ.get("PARLEY_LIB")
    if env:
        yield env
        return  # an explicit choice is not second-guessed
    here = os.path.dirname(os.path.abspath(__file__))
    for name in (SONAME, "libparley.so"):
        yield os.path.join(here, name)
    yield os.path.normpath(os.path.join(here, "..", "..", "build", "libparley.so"))
    try:
        from . import _libdir  # written by meson install
        yield os.path.join(_libdir.LIBDIR, SONAME)
    except ImportError:
        pass
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "parley"],
                             capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            yield os.path.join(out.stdout.strip(), SONAME)
    except (OSError, subprocess.SubprocessError):
        pass
    found = ctypes.util.find_library("parley")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        if os.path.sep in path and not os.path.exists(path):
            tried.append(path + " (absent)")
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError("parley: cannot find libparley.so; build it (./setup) or "
                      "set PARLEY_LIB to its path. Tried: " + "; ".join(tried))


lib, path = _load()

# ---- structs (include/parley.h) -------------------------------------------

LOG_FN = CFUNCTYPE(None, c_void_p, c_int, c_char_p)
WALK_FN = CFUNCTYPE(c_int, c_void_p, c_char_p)


class Str(Structure):  # parley_str
    _fields_ = [("p", c_void_p), ("n", c_size_t)]


class Buf(Structure):  # parley_buf
    _fields_ = [("p", c_void_p), ("n", c_size_t), ("cap", c_size_t)]


class Doc(Structure):  # parley_doc
    _fields_ = [("id", Str), ("date", Str), ("title", Str), ("text", Str),
                ("url", Str), ("source", Str), ("origin", c_char_p),
                ("line", c_size_t)]


class Record(Structure):  # parley_record
    _fields_ = [("parsed", c_int), ("raw", Str), ("origin", c_char_p),
                ("line", c_size_t), ("doc", Doc)]


class IngestOpts(Structure):  # parley_ingest_opts
    _fields_ = [("format", c_int), ("default_date", c_char_p),
                ("log", LOG_FN), ("log_ud", c_void_p), ("name", c_char_p)]


class LexiconOpts(Structure):  # parley_lexicon_opts
    _fields_ = [("user_dir", c_char_p), ("no_builtin", c_int),
                ("log", LOG_FN), ("log_ud", c_void_p)]


class CodeOpts(Structure):  # parley_code_opts
    _fields_ = [("log", LOG_FN), ("log_ud", c_void_p), ("cameo", c_void_p),
                ("default_date", c_char_p), ("trace", c_int),
                ("negated", c_int), ("dict_every", c_int)]


class CameoOpts(Structure):  # parley_cameo_opts
    _fields_ = [("verbs", c_char_p), ("actors", POINTER(c_char_p)),
                ("nactors", c_size_t), ("agents", c_char_p),
                ("discards", c_char_p), ("issues", c_char_p),
                ("format", c_int), ("strict", c_int),
                ("log", LOG_FN), ("log_ud", c_void_p)]


class Actor(Structure):  # parley_actor
    _fields_ = [("text", Str), ("name", c_char_p), ("role", c_char_p),
                ("country", c_char_p), ("org", c_char_p), ("code", c_char_p),
                ("sector", c_char_p)]


class Place(Structure):  # parley_place
    _fields_ = [("name", c_char_p), ("country", c_char_p), ("lat", c_double),
                ("lon", c_double), ("has_coords", c_int)]


MAX_TOPICS = 8


class Event(Structure):  # parley_event
    _fields_ = [("type", c_char_p), ("mode", c_char_p), ("cameo", c_char_p),
                ("quad", c_int), ("goldstein", c_double),
                ("source", Actor), ("target", Actor),
                ("date", c_char_p), ("date_precision", c_char_p),
                ("coder", c_char_p), ("place", Place),
                ("topics", c_char_p * MAX_TOPICS), ("ntopics", c_size_t),
                ("negated", c_int), ("sentence", c_size_t), ("seq", c_size_t),
                ("span", c_size_t * 2), ("nextra", c_size_t),
                ("extra_spans", POINTER(c_size_t)),
                ("extra_sentences", POINTER(c_size_t))]


class StoreOpts(Structure):  # parley_store_opts
    _fields_ = [("flags", c_int), ("busy_timeout_ms", c_int)]


STORE_FILTER_STRINGS = ("actor", "source", "target", "type", "cameo", "from",
                        "to", "place", "topic", "text", "doc")


class StoreFilter(Structure):  # parley_store_filter
    _fields_ = [(name, c_char_p) for name in STORE_FILTER_STRINGS] + [
        ("limit", c_long), ("one_a_day", c_int)]


class StoreRow(Structure):  # parley_store_row
    _fields_ = [("id", c_char_p), ("doc", c_char_p), ("seq", c_size_t),
                ("doc_date", c_char_p), ("doc_title", c_char_p),
                ("doc_url", c_char_p), ("doc_source", c_char_p),
                ("ev", Event), ("evidence", c_char_p), ("json", c_char_p),
                ("nmerged", c_size_t), ("ids", POINTER(c_char_p)),
                ("docs", POINTER(c_char_p)), ("texts", POINTER(c_char_p))]


STORE_ROW_FN = CFUNCTYPE(c_int, c_void_p, POINTER(StoreRow))

# The structs above, by their C names, for the layout test.
STRUCTS = {
    "parley_str": Str, "parley_buf": Buf, "parley_doc": Doc,
    "parley_record": Record, "parley_ingest_opts": IngestOpts,
    "parley_lexicon_opts": LexiconOpts, "parley_code_opts": CodeOpts,
    "parley_cameo_opts": CameoOpts, "parley_actor": Actor,
    "parley_place": Place, "parley_event": Event,
    "parley_store_opts": StoreOpts, "parley_store_filter": StoreFilter,
    "parley_store_row": StoreRow,
}

# ---- constants --------------------------------------------------------------

ERRORS = {  # PARLEY_ERRNO_MAP
    -1: "NOMEM", -2: "IO", -3: "PARSE", -4: "UTF8", -5: "INVAL", -6: "NOENT",
    -7: "TOOBIG", -8: "DB", -9: "BUSY", -10: "READONLY", -11: "SCHEMA",
}
ENOMEM, EIO, EPARSE, EINVAL, ENOENT = -1, -2, -3, -5, -6
TRACE, WARNING, ERROR = 0, 1, 2
STORE_READONLY = 1

# ---- functions ----------------------------------------------------------------

_P = c_void_p
_PROTOTYPES = {
    "parley_strerror": (c_char_p, [c_int]),
    "parley_buf_release": (None, [POINTER(Buf)]),
    "parley_buf_reset": (None, [POINTER(Buf)]),
    "parley_format_from_name": (c_int, [c_char_p]),
    "parley_format_name": (c_char_p, [c_int]),
    "parley_reader_open": (c_int, [POINTER(_P), c_char_p, POINTER(IngestOpts)]),
    "parley_reader_next": (c_int, [_P, POINTER(Doc)]),
    "parley_reader_errors": (c_size_t, [_P]),
    "parley_reader_close": (None, [_P]),
    "parley_parser_new": (c_int, [POINTER(_P), POINTER(IngestOpts)]),
    "parley_parser_set_log": (None, [_P, LOG_FN, _P]),
    "parley_parse_record": (c_int, [_P, POINTER(Record), POINTER(Doc)]),
    "parley_parser_free": (None, [_P]),
    "parley_walk": (c_int, [c_char_p, WALK_FN, _P, LOG_FN, _P]),
    "parley_lexicon_load": (c_int, [POINTER(_P), POINTER(LexiconOpts),
                                    POINTER(c_size_t)]),
    "parley_lexicon_free": (None, [_P]),
    "parley_cameo_format_from_name": (c_int, [c_char_p]),
    "parley_cameo_load": (c_int, [POINTER(_P), POINTER(CameoOpts),
                                  POINTER(c_size_t)]),
    "parley_cameo_free": (None, [_P]),
    "parley_code": (c_int, [_P, POINTER(Doc), POINTER(CodeOpts), POINTER(_P)]),
    "parley_result_count": (c_size_t, [_P]),
    "parley_result_event": (_P, [_P, c_size_t]),
    "parley_result_free": (None, [_P]),
    "parley_write_json": (c_int, [POINTER(Buf), POINTER(Doc), _P, c_size_t]),
    "parley_store_open": (c_int, [POINTER(_P), c_char_p, POINTER(StoreOpts)]),
    "parley_store_close": (None, [_P]),
    "parley_store_errmsg": (c_char_p, [_P]),
    "parley_store_query": (c_int, [_P, POINTER(StoreFilter), STORE_ROW_FN, _P]),
}
for _name, (_res, _args) in _PROTOTYPES.items():
    _f = getattr(lib, _name)
    _f.restype = _res
    _f.argtypes = _args
