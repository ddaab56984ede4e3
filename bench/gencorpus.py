#!/usr/bin/env python3
"""gencorpus.py — the benchmarks' input: a deterministic generator of
diplomatic news as JSON lines ({"id","date","title","text","url","source"}),
any size from a few kilobytes to gigabytes, from templates and names
written for parley (not taken from any article). Used by bench/run and
tests/threads.sh; the same seed and size always give the same bytes.

usage: gencorpus.py [--size 10M | --docs N] [--seed S] [--bad-line K]
                    [--stats FILE] [-o FILE]
"""
import argparse
import json
import random
import sys

# Countries: (name, adjective, capital). Every one is in data/countries.txt,
# so the coder does real work on them.
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana"), ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Moldova", "Moldovan", "Chisinau"), ("Latvia", "Latvian", "Riga"),
    ("Poland", "Polish", "Warsaw"), ("Germany", "German", "Berlin"),
    ("Türkiye", "Turkish", "Ankara"), ("France", "French", "Paris"),
    ("Spain", "Spanish", "Madrid"), ("Italy", "Italian", "Rome"),
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Egypt", "Egyptian", "Cairo"), ("Kenya", "Kenyan", "Nairobi"),
    ("Norway", "Norwegian", "Oslo"), ("Lithuania", "Lithuanian", "Vilnius"),
    ("Estonia", "Estonian", "Tallinn"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Mexico", "Mexican", "Mexico City"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Canada", "Canadian", "Ottawa"),
    ("Austria", "Austrian", "Vienna"), ("Hungary", "Hungarian", "Budapest"),
    ("Czech Republic", "Czech", "Prague"), ("Slovakia", "Slovak", "Bratislava"),
    ("Croatia", "Croatian", "Zagreb"), ("Serbia", "Serbian", "Belgrade"),
    ("Portugal", "Portuguese", "Lisbon"), ("Ireland", "Irish", "Dublin"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Georgia", "Georgian", "Tbilisi"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Finland", "Finnish", "Helsinki"),
    ("South Korea", "South Korean", "Seoul"), ("Nigeria", "Nigerian", "Abuja"),
]

# Invented people: first names and surnames mixed freely, about half of
# them with letters outside ASCII.
FIRST = [
    "Mihai", "Aigerim", "Baiba", "Radosław", "Annalena", "Mevlüt", "Hakan",
    "Jean-Noël", "Inés", "Giulia", "Yōko", "Mauro", "Sameh", "Wanjiru",
    "Espen", "Gabrielius", "Margus", "Olha", "Sergei", "Wang", "Subrahmanyam",
    "Retno", "Bùi", "Alicia", "Diego", "Mélanie", "Karoline", "Péter",
    "Jan", "Lucia", "Gordan", "Marko", "Paulo", "Siobhán", "Faisal",
    "Nurlan", "Jeyhun", "Ilia", "Batmönkh", "Elina", "Ji-won", "Yusuf",
    "Aliya", "Tomáš", "Zoë", "Dāvis", "Žygimantas", "Ştefan", "Bjørn",
]
SURNAMES = [
    "Popșoi", "Türk", "Braže", "Sikorski", "Müller", "Çavuşoğlu", "Fidan",
    "Barrot", "Albares", "Tajani", "Kamikawa", "Vieira", "Shoukry", "Mudavadi",
    "Eide", "Landsbergis", "Tsahkna", "Sybiha", "Ivanov", "Zhou", "Jaishankar",
    "Marsudi", "Thanh Son", "Bárcena", "Cafiero", "Joly", "Schallenberg",
    "Szijjártó", "Lipavský", "Blanár", "Grlić Radman", "Đurić", "Rangel",
    "Ó Briain", "Al-Thani", "Bayramov", "Darchiashvili", "Battsetseg",
    "Valtonen", "Cho", "Tuggar", "Nurtleu", "Saidov", "Kovačević", "Rüütel",
    "Bērziņš", "Šimonytė", "Dvořák", "Søreide", "Nguyễn", "Łukasiewicz",
    "Öztürk", "Gonçalves", "Jiménez", "Ağaoğlu", "Weiß",
]

OFFICES = [
    "Minister of Foreign Affairs", "Foreign Minister", "Prime Minister",
    "President", "Deputy Prime Minister", "Minister of Economy",
    "Deputy Foreign Minister", "Minister of Defence", "Ambassador",
]

# UN and other international officials: (title, organisation phrase).
UN_ROLES = [
    ("UN Secretary-General", None),
    ("UN High Commissioner for Human Rights", None),
    ("Director-General of the World Health Organization", None),
    ("UN Under-Secretary-General for Political and Peacebuilding Affairs", None),
    ("Executive Director of the UN Environment Programme", None),
    ("President of the UN General Assembly", None),
    ("Secretary General of NATO", None),
    ("Director-General of the International Labour Organization", None),
    ("UN High Commissioner for Refugees", None),
    ("Secretary General of the OSCE", None),
]

ORGS = [
    "the United Nations", "the European Union", "NATO", "the OSCE",
    "the World Health Organization", "the African Union", "ASEAN",
    "the Shanghai Cooperation Organisation", "UNICEF", "the IAEA",
]

TOPICS = [
    "trade and investment", "energy security", "transport and logistics",
    "climate change", "regional security", "the situation in the Middle East",
    "water resources", "digital transformation", "migration", "food security",
    "nuclear non-proliferation", "humanitarian assistance", "education and culture",
    "the fight against terrorism", "critical minerals", "visa facilitation",
]

DOCUMENTS = [
    "a memorandum of understanding on cooperation in {t}",
    "an agreement on the avoidance of double taxation",
    "a roadmap for {t} for 2025–2027",
    "a joint declaration on strategic partnership",
    "an intergovernmental agreement on {t}",
    "a protocol on consultations between the foreign ministries",
]

VENUES = [
    "at the UN headquarters in New York", "at the Palais des Nations in Geneva",
    "on the sidelines of the UN General Assembly",
    "on the margins of the OSCE Ministerial Council",
    "at the Vienna International Centre", "in the Kremlin",
    "at the Elysee Palace", "at the Ministry of Foreign Affairs",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
SOURCES = ["Example Wire", "Ministry Press Service", "Daily Diplomat",
           "Capital Times", "Agence Exemple"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.sentences = 0  # written so far, as generated
        self.words = 0

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def person(self):
        return self.pick(FIRST) + " " + self.pick(SURNAMES)

    def country(self, avoid=None):
        while True:
            c = self.pick(COUNTRIES)
            if c is not avoid:
                return c

    def actor(self, c):
        """A full first mention: office, country and name in one of the
        usual orders. Returns (text, surname)."""
        p = self.person()
        sur = p.split(" ", 1)[1]
        name, adj, _ = c
        office = self.pick(OFFICES)
        k = self.r.randrange(5)
        if k == 0:
            return f"{office} of {name} {p}", sur
        if k == 1:
            return f"{adj} {office} {p}", sur
        if k == 2:
            return f"{name}'s {office} {p}", sur
        if k == 3:
            return f"{p}, the {office} of {name},", sur
        return f"{office} of the Republic of {name} {p}", sur

    def un_official(self):
        p = self.person()
        role, _ = self.pick(UN_ROLES)
        return f"{role} {p}", p.split(" ", 1)[1]

    def day(self, y, m):
        return self.r.randint(1, 28)

    def when(self, y, m):
        k = self.r.randrange(7)
        if k == 0:
            return "today"
        if k == 1:
            return "yesterday"
        if k == 2:
            return "on " + self.pick(WEEKDAYS)
        if k == 3:
            return f"on {self.day(y, m)} {MONTHS[m - 1]}"
        if k == 4:
            return f"on {MONTHS[m - 1]} {self.day(y, m)}"
        if k == 5:
            return f"on {self.pick(WEEKDAYS)}, {self.day(y, m)} {MONTHS[m - 1]}"
        return "on the same day"

    def topics(self):
        ts = self.r.sample(TOPICS, self.r.randint(1, 3))
        return ts[0] if len(ts) == 1 else ", ".join(ts[:-1]) + " and " + ts[-1]

    def figure(self):
        return f"${self.r.randint(1, 40)}.{self.r.randint(0, 9)} billion"

    def sentence(self, ctx):
        """One sentence about the document's two countries; ctx keeps the
        document's principal actors for coreference."""
        r = self.r
        a, b = ctx["a"], ctx["b"]
        y, m = ctx["y"], ctx["m"]
        sa, sb = ctx["sa"], ctx["sb"]
        k = r.randrange(22)
        if k == 0:
            other, _ = self.actor(self.country(avoid=a))
            return (f"{sa} also met with {other} {self.when(y, m)} "
                    f"{self.pick(VENUES)}.")
        if k == 1:
            return (f"The parties discussed {self.topics()}, as well as "
                    f"prospects for cooperation within {self.pick(ORGS)}.")
        if k == 2:
            return (f"Minister {sa} held talks with his {b[1]} counterpart "
                    f"in {b[2]} {self.when(y, m)}.")
        if k == 3:
            return (f"{sa} praised {b[0]} for its contribution to "
                    f"{self.pick(TOPICS)} and thanked the {b[1]} side for "
                    f"its hospitality.")
        if k == 4:
            doc = self.pick(DOCUMENTS).format(t=self.pick(TOPICS))
            return f"Following the talks, the sides signed {doc}."
        if k == 5:
            o, _ = self.un_official()
            return f"{sa} spoke by phone with {o} {self.when(y, m)}."
        if k == 6:
            n = self.pick(["two", "three", "four", "several"])
            return (f"{a[0]} expelled {n} {b[1]} diplomats, declaring them "
                    f"persona non grata over activities incompatible with "
                    f"their status.")
        if k == 7:
            return (f"The {a[1]} Foreign Ministry summoned the {b[1]} "
                    f"ambassador and lodged a protest over the incident.")
        if k == 8:
            return (f"{b[2]} accused {a[2]} of an unfriendly step and warned "
                    f"that the decision would not go unanswered.")
        if k == 9:
            cs = [self.country() for _ in range(r.randint(2, 4))]
            parts = [f"{c[0]} {self.person()}" for c in cs]
            lst = ", ".join(parts[:-1]) + " and " + parts[-1]
            return f"The meeting was attended by Foreign Ministers of {lst}."
        if k == 10:
            o, s = self.un_official()
            return (f"At the meeting with {o}, issues of {self.pick(TOPICS)} "
                    f"were discussed.")
        if k == 11:
            return (f"“We value the dynamic development of our partnership,” "
                    f"{sb} said, adding that trade reached {self.figure()} "
                    f"in {y - 1}.")
        if k == 12:
            return (f"The talks are expected to continue in {b[2]} next "
                    f"year.")
        if k == 13:
            return (f"{sa} did not meet with representatives of the "
                    f"opposition during the visit.")
        if k == 14:
            return (f"The {b[1]} Foreign Minister called on the "
                    f"international community to support {self.pick(TOPICS)} "
                    f"initiatives.")
        if k == 15:
            return (f"Both sides welcomed the growing volume of bilateral "
                    f"trade, which rose by {r.randint(2, 60)}.{r.randint(0, 9)}% "
                    f"compared with {y - 1}.")
        if k == 16:
            return (f"Mr. {sb} noted that the U.S. and the EU were "
                    f"following the talks closely – a point echoed by "
                    f"Dr. {self.pick(SURNAMES)} of the Institute of "
                    f"International Studies.")
        if k == 17:
            return (f"{a[0]} and {b[0]} agreed to hold the next round of "
                    f"political consultations in {a[2]} in "
                    f"{self.pick(MONTHS)}.")
        if k == 18:
            return (f"In addition, {sa} visited {b[2]}'s historic centre "
                    f"and laid a wreath at the monument to the victims of "
                    f"the war.")
        if k == 19:
            return (f"The {a[1]} side expressed gratitude to {b[0]} for "
                    f"humanitarian assistance delivered to the region.")
        if k == 20:
            return (f"{a[2]} condemned the attack on the embassy and urged "
                    f"{b[2]} to ensure the security of diplomatic staff.")
        return (f"The latter briefed his counterpart on the preparations "
                f"for the summit of {self.pick(ORGS)} in {self.pick(COUNTRIES)[2]}.")

    def document(self, n):
        r = self.r
        y = r.randint(2019, 2025)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        a = self.country()
        b = self.country(avoid=a)
        ta, sa = self.actor(a)
        tb, sb = self.actor(b)
        ctx = {"a": a, "b": b, "y": y, "m": m, "ta": ta, "tb": tb,
               "sa": sa, "sb": sb}
        title = r.choice([
            f"{a[0]} and {b[0]} hold talks on {self.pick(TOPICS)}",
            f"{a[1]} minister meets {b[1]} counterpart",
            f"{a[0]} expels {b[1]} diplomats",
            f"Foreign ministers of {a[0]} and {b[0]} sign agreement",
        ])
        paras = []
        dl = a[2].upper()
        first = (f"{dl}, {MON_ABBR[m - 1]} {d}, {y} -- {ta} met with {tb} "
                 f"{self.when(y, m)}.")
        paras.append(first)
        nsent = 2  # the title and the dateline sentence
        for _ in range(r.randint(2, 7)):
            k = r.randint(1, 4)
            nsent += k
            paras.append(" ".join(self.sentence(ctx) for _ in range(k)))
        self.sentences += nsent
        self.words += len(title.split()) + sum(len(p.split()) for p in paras)
        text = title + "\n\n" + "\n\n".join(paras)
        rec = {
            "id": f"bench-{n:08d}",
            "date": f"{y:04d}-{m:02d}-{d:02d}",
            "title": title,
            "text": text,
            "url": f"https://example.org/news/{n}",
            "source": self.pick(SOURCES),
        }
        return json.dumps(rec, ensure_ascii=False) + "\n"


def parse_size(s):
    mult = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    s = s.strip().lower().rstrip("b")
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="10M",
                    help="stop once this many bytes are written (e.g. 200K, 10M, 1G)")
    ap.add_argument("--docs", type=int, default=0,
                    help="write exactly this many documents (overrides --size)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bad-line", type=int, default=0, metavar="K",
                    help="after document K, write one malformed JSON line")
    ap.add_argument("--stats", metavar="FILE",
                    help="write 'documents N', 'sentences N', 'words N', 'bytes N' lines")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()
    limit = parse_size(args.size)
    g = Gen(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w",
                                                      encoding="utf-8")
    if out is sys.stdout:
        sys.stdout.reconfigure(encoding="utf-8")
    written, n, chunk = 0, 0, []
    while True:
        if args.docs and n >= args.docs:
            break
        if not args.docs and written >= limit:
            break
        n += 1
        line = g.document(n)
        chunk.append(line)
        written += len(line.encode("utf-8"))
        if args.bad_line and n == args.bad_line:
            bad = '{"id": "broken", "text": "an unterminated record\n'
            chunk.append(bad)
            written += len(bad)
        if len(chunk) >= 512:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))
    if out is not sys.stdout:
        out.close()
    if args.stats:
        with open(args.stats, "w") as f:
            f.write(f"documents {n}\nsentences {g.sentences}\n"
                    f"words {g.words}\nbytes {written}\n")


if __name__ == "__main__":
    main()
