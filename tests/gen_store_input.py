#!/usr/bin/env python3
"""gen_store_input.py — writes a synthetic, deterministic JSON-lines input
for the store's tests and benchmark (tests/store.sh, bench/store-rss.sh):
diplomatic news in the style of the seed articles, one document per line.

usage: gen_store_input.py DOCS [--bytes N] [--seed S] [--salt X]
  DOCS      number of documents (stops early when --bytes is reached)
  --bytes   stop once about N bytes are written
  --salt    text added to every document (makes "changed" versions)
"""
import json
import random
import sys

MINISTERS = [
    ("Kazakhstan", "Murat Nurtleu"), ("Spain", "José Albares"),
    ("Latvia", "Baiba Braže"), ("Poland", "Radosław Sikorski"),
    ("Ukraine", "Andrii Sybiha"), ("Moldova", "Mihai Popșoi"),
    ("Switzerland", "Ignazio Cassis"), ("Luxembourg", "Xavier Bettel"),
    ("Bahrain", "Abdullatif bin Rashid Al Zayani"), ("Japan", "Takeshi Iwaya"),
]
PLACES = ["New York", "Geneva", "Astana", "Brussels", "Vienna", "Almaty"]
TEMPLATES = [
    "Minister of Foreign Affairs of {c1} {n1} met with Minister of Foreign "
    "Affairs of {c2} {n2} in {p}.",
    "{n1} held talks with UN Secretary-General António Guterres at the UN "
    "headquarters in {p}.",
    "The Foreign Ministers of {c1} and {c2} signed a memorandum on "
    "cooperation in {p}.",
    "{c1} and {c2} agreed to expand cooperation in trade, energy and "
    "transport.",
    "The parties discussed regional security and the agenda of the UN "
    "General Assembly.",
    "{n1} thanked {n2} for the support of {c2} to the initiatives of {c1}.",
    "During the visit, {n1} also met with the Director-General of the World "
    "Health Organization.",
]


def doc(i, rng, salt):
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    date = "2024-%02d-%02d" % (month, day)
    sents = []
    for _ in range(rng.randint(4, 14)):
        (c1, n1), (c2, n2) = rng.sample(MINISTERS, 2)
        t = rng.choice(TEMPLATES)
        sents.append(t.format(c1=c1, n1=n1, c2=c2, n2=n2,
                              p=rng.choice(PLACES)))
    if salt:
        sents.append(salt)
    return {"id": "gen-%07d" % i, "date": date,
            "title": "Diplomatic news %d" % i,
            "url": "https://example.org/news/%d" % i,
            "source": "example.org", "text": " ".join(sents)}


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    n = int(args[0])
    limit, seed, salt = None, 1, ""
    for k in range(1, len(args), 2):
        if args[k] == "--bytes":
            limit = int(args[k + 1])
        elif args[k] == "--seed":
            seed = int(args[k + 1])
        elif args[k] == "--salt":
            salt = args[k + 1]
    rng = random.Random(seed)
    out = sys.stdout
    written = 0
    for i in range(n):
        line = json.dumps(doc(i, rng, salt), ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode())
        if limit and written >= limit:
            break


if __name__ == "__main__":
    main()
