"""blocks.py — a JSON-lines corpus coded in blocks by separate workers
(processes, machines), put back together so that the output and the
messages are those of one `parley code` run over the whole file.

    for start, end, line in parley.blocks.split("corpus.jsonl", block_size=4 << 20):
        events, messages = parley.blocks.code_block("corpus.jsonl", start, end, line)
        sys.stdout.write(events)
        sys.stderr.writelines(m + "\n" for m in messages)

split() cuts the file at line ends, so that every line is in one block,
and numbers the blocks' first lines; code_block() runs wherever the file
can be read (it is what a Dask task, a multiprocessing worker or a batch
job calls) and codes each line with parley.Coder.code_json_line under
its line number in the file, so that messages name the file's lines and
documents without an id get the names they get in a single run.
"""
import os

from ._coder import Coder

_coders = {}  # coder options -> Coder, one per worker process


def split(path, nblocks=None, block_size=None):
    """Blocks of path, cut after a newline: about nblocks of them, or of
    about block_size bytes, as (start, end, first_line): the byte range
    [start, end) and the number of its first line in the file (reading
    the file once to count lines). Every line is in exactly one block;
    blocks are in file order; none is empty."""
    size = os.path.getsize(path)
    if size == 0:
        return []
    if block_size is None:
        block_size = -(-size // max(1, nblocks or 1))
    block_size = max(1, int(block_size))
    cuts = [0]
    with open(path, "rb") as f:
        at = block_size
        while at < size:
            f.seek(at - 1)
            f.readline()  # to the end of the line holding byte at - 1
            pos = f.tell()
            if pos >= size:
                break
            cuts.append(pos)
            at = pos + block_size
        cuts.append(size)
        blocks, line = [], 1
        f.seek(0)
        for a, b in zip(cuts[:-1], cuts[1:]):
            blocks.append((a, b, line))
            left = b - a
            while left:
                chunk = f.read(min(left, 1 << 24))
                line += chunk.count(b"\n")
                left -= len(chunk)
    return blocks


def _coder(options):
    key = repr(sorted((options or {}).items()))
    c = _coders.get(key)
    if c is None:
        c = _coders[key] = Coder(**(options or {}))
    return c


def code_block(path, start, end, first_line=1, options=None, date=None, origin=None):
    """Codes the lines of path in [start, end), the first of them line
    first_line of the file (a block of split). options are parley.Coder's
    keyword arguments (the Coder is made once per process and kept); date
    is `--date`; origin the file's name in messages and in the ids of
    documents without one (default: path). Returns (events, messages):
    the events' JSON lines as one str, and the diagnostics as `parley
    code` prints them ("parley: origin:LINE: ...", "parley: warning: ...")."""
    coder = _coder(options)
    name = origin if origin is not None else os.fsdecode(path)
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    out, msgs = [], []
    for i, line in enumerate(lines, first_line):
        out.append(coder.code_json_line(line, origin=name, line_number=i, date=date,
                                        messages=msgs))
    return "".join(out), ["parley: %s%s" % ("warning: " if sev == "warning" else "", text)
                          for sev, text in msgs]
