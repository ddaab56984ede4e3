#!/usr/bin/env python3
"""Check the built-in dictionaries in data/ for malformed lines.

    python3 tools/check-data.py [DATA_DIR]

Checks field counts, ISO3 codes, dates, duplicate keys and phrases that two
entries of the same file claim (a warning: the lexicon keeps one of them);
the CAMEO table (cameo.txt: codes, their parents, PLOVER types, QuadClass
by the GDELT convention, Goldstein range) and that every CAMEO code of
verbs.txt is in it. Exit status 1 when an error was found.
"""
import json
import os
import re
import sys
import unicodedata

FIELDS = {"countries.txt": 6, "orgs.txt": 5, "offices.txt": 5, "persons.txt": 6,
          "topics.txt": 2, "places.txt": 6, "venues.txt": 3,
          "abbreviations.txt": 1, "honorifics.txt": 1}
DATE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
AGENTS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "BUS", "MED", "EDU",
          "HLH", "REF", "OPP", "REB", "CVL", "LAB", "AGR", "ENV", "HRI", "IGO",
          "NGO", "CRM", "DEV", "RAD", "UAF", "SET", "MOD", "REL", "IRC", "INS"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def lines(path):
    buf, start = "", 0
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not buf:
                start = n
            if raw.endswith("\\"):
                buf += raw[:-1]
                continue
            line, buf = buf + raw, ""
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield start, line


def split(line):
    return [f.strip() for f in line.split("|")]


def values(field):
    return [v.strip() for v in field.split(";") if v.strip() and v.strip() != "-"]


PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
          "MOBILIZE", "COERCE", "ASSAULT"}


def quad_of_root(root):
    """QuadClass of a CAMEO root, GDELT 1.0 convention (cameo.txt header)."""
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def check_cameo(d, err, warn):
    """cameo.txt, and the CAMEO codes of verbs.txt against it."""
    path = os.path.join(d, "cameo.txt")
    table = {}
    if os.path.exists(path):
        for n, line in lines(path):
            f = split(line)
            if len(f) not in (6, 7):
                err("cameo.txt", n, f"{len(f)} fields, expected 6 or 7")
                continue
            if len(f) == 7 and not set(x.strip() for x in f[6].split(";")) <= {"present", "remote", "strike", "intent"}:
                err("cameo.txt", n, f"unknown flag in '{f[6]}' (present, remote, strike, intent)")
            code, typ, mode, quad, gold, label = f[:6]
            if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
                err("cameo.txt", n, f"bad CAMEO code {code!r}")
                continue
            if code in table:
                err("cameo.txt", n, f"duplicate code {code} (line {table[code][0]})")
            if len(code) > 2 and code[:-1] not in table:
                err("cameo.txt", n, f"{code} comes before its parent {code[:-1]}")
            if not label or label == "-":
                err("cameo.txt", n, "empty label")
            root = int(code[:2])
            if typ != "-" and typ not in PLOVER:
                err("cameo.txt", n, f"unknown PLOVER type {typ!r}")
            if typ == "-" and root != 1:
                err("cameo.txt", n, "only root 01 (statements) may have no PLOVER type")
            if mode != "-" and not re.fullmatch(r"[a-z][a-z-]*", mode):
                err("cameo.txt", n, f"bad mode {mode!r}")
            if quad != str(quad_of_root(root)):
                err("cameo.txt", n, f"QuadClass {quad}, the convention gives {quad_of_root(root)}")
            try:
                g = float(gold)
                if not -10 <= g <= 10 or not re.fullmatch(r"-?\d+\.\d", gold):
                    raise ValueError
            except ValueError:
                err("cameo.txt", n, f"bad Goldstein score {gold!r}")
            table[code] = (n, typ, mode)
    path = os.path.join(d, "verbs.txt")
    if table and os.path.exists(path):
        for n, line in lines(path):
            f = split(line)
            if len(f) < 3 or not re.fullmatch(r"\d{2,4}", f[2]):
                continue
            if f[2] not in table:
                err("verbs.txt", n, f"CAMEO code {f[2]} is not in cameo.txt")
            elif table[f[2]][1] != f[0]:
                warn("verbs.txt", n, f"type {f[0]} but cameo.txt gives {f[2]} the type "
                     f"{table[f[2]][1]} (the table wins)")
    return table


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
    errors = warnings = 0
    iso = {c["alpha_3"] for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    iso.add("XKX")
    orgs, places, roles = set(), set(), set()

    def err(f, n, msg):
        nonlocal errors
        errors += 1
        print(f"{f}:{n}: {msg}")

    def warn(f, n, msg):
        nonlocal warnings
        warnings += 1
        print(f"{f}:{n}: warning: {msg}")

    order = ["countries.txt", "orgs.txt", "places.txt", "offices.txt", "persons.txt",
             "topics.txt", "venues.txt", "honorifics.txt", "abbreviations.txt"]
    for name in order:
        path = os.path.join(d, name)
        if not os.path.exists(path):
            continue
        keys, phrases = {}, {}
        for n, line in lines(path):
            f = split(line)
            if len(f) != FIELDS[name] and not (name in ("orgs.txt", "venues.txt", "offices.txt",
                                                        "abbreviations.txt") and
                                               len(f) == FIELDS[name] + 1):
                err(name, n, f"{len(f)} fields, expected {FIELDS[name]}")
                continue
            if name == "abbreviations.txt" and len(f) == 2 and f[1] != "ends-name":
                err(name, n, f"unknown flag {f[1]!r} (only 'ends-name')")
            if any(not x for x in f):
                err(name, n, "empty field (write -)")
            key = f[0]
            if name == "persons.txt":
                key = "|".join(f[:4])
            if key in keys and name != "places.txt":
                err(name, n, f"duplicate key {f[0]!r} (line {keys[key]})")
            keys[key] = n
            if name == "countries.txt":
                if f[0] not in iso:
                    err(name, n, f"unknown ISO3 {f[0]}")
                if not re.fullmatch(r"[A-Z]{3}", f[1]):
                    err(name, n, f"bad CAMEO code {f[1]}")
                ph = [f[2]] + values(f[3]) + values(f[4]) + values(f[5])
            elif name == "orgs.txt":
                orgs.add(f[0])
                if not re.fullmatch(r"[A-Z]{3,}", f[1]):
                    err(name, n, f"bad CAMEO code {f[1]}")
                ph = [f[0], f[2]] + values(f[3])
            elif name == "offices.txt":
                roles.add(f[0])
                if f[1] != "-" and (len(f[1]) % 3 or any(f[1][i:i + 3] not in AGENTS
                                                        for i in range(0, len(f[1]), 3))):
                    err(name, n, f"unknown agent {f[1]}")
                if f[2] != "-" and f[2] not in orgs:
                    err(name, n, f"unknown org {f[2]}")
                if len(f) == 6 and f[5] not in iso:
                    err(name, n, f"unknown ISO3 {f[5]}")
                ph = values(f[3]) + values(f[4])
            elif name == "persons.txt":
                if f[1] not in iso and f[1] not in orgs:
                    err(name, n, f"unknown country or org {f[1]}")
                if roles and f[2] not in roles:
                    err(name, n, f"role {f[2]!r} not in offices.txt")
                for x in (f[3], f[4]):
                    if x != "-" and not DATE.match(x):
                        err(name, n, f"bad date {x}")
                if f[3] != "-" and f[4] != "-" and f[4] < f[3]:
                    err(name, n, "term ends before it starts")
                ph = []
            elif name == "places.txt":
                places.add(f[0])
                if f[1] not in iso:
                    err(name, n, f"unknown ISO3 {f[1]}")
                try:
                    lat, lon = float(f[2]), float(f[3])
                    assert -90 <= lat <= 90 and -180 <= lon <= 180
                    int(f[4])
                except Exception:
                    err(name, n, "bad coordinates or population")
                ph = []
            elif name == "venues.txt":
                if f[2] not in iso:
                    err(name, n, f"unknown ISO3 {f[2]}")
                if places and f[1] not in places:
                    warn(name, n, f"place {f[1]!r} not in places.txt")
                if len(f) > 3 and f[3] not in AGENTS:
                    err(name, n, f"unknown seat sector {f[3]}")
                ph = [f[0]]
            elif name == "topics.txt":
                ph = values(f[1])
            else:
                ph = []
            for p in set(fold(x) for x in ph):
                if p in phrases and phrases[p][1] != f[0]:
                    warn(name, n, f"phrase {p!r} also on line {phrases[p][0]}")
                else:
                    phrases[p] = (n, f[0])
    check_cameo(d, err, warn)
    print(f"{errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
