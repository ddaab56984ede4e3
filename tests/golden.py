#!/usr/bin/env python3
# golden.py — exact output goldens: every input in tests/golden/ (NAME.txt,
# NAME.html) is coded by `parley code --date 2026-01-15` in three output
# formats and the output is compared byte for byte with NAME.jsonl,
# NAME.tsv and NAME.phoenix-tsv (tests/formats.py checks that the other
# formats give what `export` gives); any difference fails and is shown as a diff. The goldens are
# what the coder wrote when they were blessed: after a deliberate change
# of the output, look at the diff, then regenerate them with
#   python3 tests/golden.py build/parley tests/golden --bless
# and commit them with the change. Usage: golden.py PARLEY DIR [--bless]
import difflib
import os
import subprocess
import sys

DATE = "2026-01-15"
INPUTS = (".txt", ".html")
FORMATS = ("jsonl", "tsv", "phoenix-tsv")


def code(parley, d, name, fmt):
    """The output of parley code on d/name in format fmt (bytes), run in d
    so that the document id is the file's name; an exit status other than
    0 or anything on stderr is a failure of its own."""
    p = subprocess.run([parley, "code", "--date", DATE, "--format", fmt, "-j", "1", name],
                       cwd=d, capture_output=True, timeout=120)
    problem = None
    if p.returncode != 0 or p.stderr:
        problem = "parley code exited %d: %s" % (p.returncode, p.stderr.decode(errors="replace").strip())
    return p.stdout, problem


def diff(want, got, path):
    lines = difflib.unified_diff(want.decode(errors="replace").splitlines(True),
                                 got.decode(errors="replace").splitlines(True),
                                 path + " (golden)", path + " (now)", n=0)
    return "".join(lines)


def main():
    args = [a for a in sys.argv[1:] if a != "--bless"]
    bless = "--bless" in sys.argv[1:]
    if len(args) != 2:
        print("usage: golden.py PARLEY DIR [--bless]", file=sys.stderr)
        return 2
    parley, d = os.path.abspath(args[0]), args[1]
    names = sorted(f for f in os.listdir(d) if f.endswith(INPUTS))
    stems = {os.path.splitext(f)[0] for f in names}
    passed = failed = 0
    # a golden whose input is gone would never be checked again
    for f in sorted(os.listdir(d)):
        stem, ext = os.path.splitext(f)
        if ext[1:] in FORMATS and stem not in stems:
            failed += 1
            print("FAIL %s: no input %s.txt or %s.html for it" % (f, stem, stem))
    for name in names:
        stem = os.path.splitext(name)[0]
        for fmt in FORMATS:
            out, problem = code(parley, d, name, fmt)
            path = os.path.join(d, stem + "." + fmt)
            if problem:
                failed += 1
                print("FAIL %s: %s" % (name, problem))
                continue
            if not out:
                failed += 1
                print("FAIL %s: no events at all (a golden must show some)" % name)
                continue
            if bless:
                with open(path, "wb") as f:
                    f.write(out)
                print("blessed %s" % path)
                passed += 1
                continue
            try:
                with open(path, "rb") as f:
                    want = f.read()
            except OSError as e:
                failed += 1
                print("FAIL %s: %s (bless it with --bless)" % (name, e))
                continue
            if want == out:
                passed += 1
                print("ok   %s %s (%d bytes)" % (name, fmt, len(out)))
            else:
                failed += 1
                print("FAIL %s %s: the output differs from %s" % (name, fmt, path))
                print(diff(want, out, path) or "     (the same lines; bytes differ, e.g. line ends)")
    print("golden: %d passed, %d failed" % (passed, failed))
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())
