#!/usr/bin/env python3
"""Turn the records of a PETRARCH XML file into JSON lines for `parley code`.

    python3 tools/petr-to-jsonl.py GigaWord.sample.PETR.xml > gigaword.jsonl

Each <Sentence> becomes one document: {"id", "date", "text"}, with the
record's id, its date as YYYY-MM-DD and its <Text> on one line. The
<Parse> trees and expected codings are left out. Used to code the
community's sample sentences (../shared/peers/petrarch2) as news, with the
built-in lexicon and the dictionaries together (README, "Community
dictionaries").
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    try:
        root = ET.parse(sys.argv[1]).getroot()
    except (OSError, ET.ParseError) as e:
        sys.stderr.write("petr-to-jsonl: %s: %s\n" % (sys.argv[1], e))
        return 1
    for s in root.iter("Sentence"):
        text = s.findtext("Text")
        if text is None:
            continue
        d = (s.get("date") or "").strip()
        rec = {"id": (s.get("id") or "").strip(), "text": " ".join(text.split())}
        if len(d) == 8 and d.isdigit():
            rec["date"] = "%s-%s-%s" % (d[:4], d[4:6], d[6:])
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
