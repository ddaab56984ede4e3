"""parley — Python binding of libparley (ctypes, no compiled extension).

    import parley
    coder = parley.Coder()                         # the built-in lexicon
    events = coder.code(text, date="2025-03-12", id="astana-1")
    for ev in coder.code_file("news.jsonl"):       # any input format
        ...
    rows = parley.Store("events.db").query(actor="KAZ", limit=50)
    pandas.DataFrame(rows)

Events are the contract of `parley code` (README, "Output formats"),
written by the library's own JSON writer: coder.code_jsonl() and
code_file(raw=True) give the very bytes the command writes. Where the
library is found: see _lib.py (PARLEY_LIB, beside the package, the
build tree, the install's libdir, pkg-config, the linker's path).
"""
from ._lib import path as library_path
from ._errors import (ParleyError, ParleyMemoryError, ParleyNotFoundError,
                      ParleyWarning)
from ._coder import Coder
from ._store import Store

__version__ = "0.1.0"

__all__ = ["Coder", "Store", "ParleyError", "ParleyNotFoundError",
           "ParleyMemoryError", "ParleyWarning", "library_path"]
