"""_errors.py — how the binding reports what libparley reports: a C call's
diagnostics (the log callback's "where: what" lines) are collected per
thread; errors become ParleyError exceptions carrying parley's message,
warnings become ParleyWarning warnings."""
import ctypes
import threading
import warnings

from . import _lib


class ParleyError(Exception):
    """An error reported by libparley. str(e) is parley's message (the
    diagnostic naming the file and line or byte, when there is one);
    e.code is the PARLEY_E* value (negative), e.name its name ("PARSE",
    "NOENT", ...), e.messages every diagnostic of the failed call."""

    def __init__(self, message, code=None, messages=()):
        super().__init__(message)
        self.code = code
        self.name = _lib.ERRORS.get(code)
        self.messages = list(messages)


class ParleyNotFoundError(ParleyError, FileNotFoundError):
    """PARLEY_ENOENT: a file or directory that does not exist."""

    def __init__(self, message, code=None, messages=()):
        ParleyError.__init__(self, message, code, messages)


class ParleyMemoryError(ParleyError, MemoryError):
    """PARLEY_ENOMEM."""


class ParleyWarning(UserWarning):
    """A warning of libparley about its input (a malformed dictionary
    line, invalid UTF-8, a skipped record when errors="warn")."""


def strerror(code):
    return _lib.lib.parley_strerror(code).decode()


def error(code, messages=(), what=None):
    """The exception for code: its message is the last error diagnostic,
    else what, else parley_strerror(code)."""
    errs = [m for sev, m in messages if sev >= _lib.ERROR]
    msg = errs[-1] if errs else (what or strerror(code))
    cls = (ParleyNotFoundError if code == _lib.ENOENT else
           ParleyMemoryError if code == _lib.ENOMEM else ParleyError)
    return cls(msg, code, [m for _, m in messages])


def warn(messages, stacklevel=3):
    for sev, msg in messages:
        if sev == _lib.WARNING:
            warnings.warn(msg, ParleyWarning, stacklevel=stacklevel)


_tls = threading.local()


def _log(ud, severity, msg):
    # runs inside a C call: it must not raise
    try:
        sink = getattr(_tls, "sink", None)
        if sink is not None and severity != _lib.TRACE:
            sink.append((severity, msg.decode("utf-8", "replace")))
    except Exception:  # noqa: BLE001 - nothing may escape into C
        pass


LOG = _lib.LOG_FN(_log)  # one callback for every object, kept alive here


class collect:
    """with collect() as msgs: the diagnostics of the C calls made inside
    the block, in this thread, as (severity, message) pairs."""

    def __enter__(self):
        self.saved = getattr(_tls, "sink", None)
        self.msgs = []
        _tls.sink = self.msgs
        return self.msgs

    def __exit__(self, *exc):
        _tls.sink = self.saved
        return False


def addr(b):
    """The address of a bytes object's buffer (valid while b is alive)."""
    return ctypes.cast(b, ctypes.c_void_p).value
