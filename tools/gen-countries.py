#!/usr/bin/env python3
"""Print a first draft of data/countries.txt from Debian's iso-codes.

    python3 tools/gen-countries.py [/usr/share/iso-codes/json/iso_3166-1.json]

The draft has ISO3, CAMEO (ISO3 except the CAMEO exceptions below), the
common name, and the official name as a variant.  Adjectives, demonyms,
capitals and the other variants are added by hand in the committed
data/countries.txt: this script is only a starting point (and a check that
no ISO code is missing: diff its first column against the file's).
"""
import json
import sys

CAMEO = {"TLS": "TMP", "SSD": "SSD", "VAT": "VAT", "XKX": "KSV"}
EXTRA = [{"alpha_3": "XKX", "name": "Kosovo", "official_name": "Republic of Kosovo"}]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
    rows = json.load(open(path, encoding="utf-8"))["3166-1"] + EXTRA
    for c in sorted(rows, key=lambda c: c["alpha_3"]):
        iso3 = c["alpha_3"]
        name = c.get("common_name") or c["name"]
        variants = [v for v in (c["name"], c.get("official_name")) if v and v != name]
        print(" | ".join([iso3, CAMEO.get(iso3, iso3), name,
                          "; ".join(variants) or "-", "-", "-"]))


if __name__ == "__main__":
    main()
