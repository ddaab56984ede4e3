#!/usr/bin/env python3
# run_cases.py — runs the golden cases in tests/cases/*.case through
# `parley code` and compares the events with the expected ones, exactly
# (no missing, no extra). Usage: run_cases.py PARLEY CASEDIR [NAME...]
# or run_cases.py PARLEY --self-test (the runner's own test: wrong
# expectations of every kind must fail).
#
# A case file:
#   # comment lines saying what the case is about
#   date: 2025-03-12            (optional: --date for the article)
#   options: --negated          (optional: more arguments for parley code)
#   === text
#   the article, any number of lines
#   === file NAME               (optional, repeatable: a file written
#   its lines                    beside the article, e.g. a dictionary
#                                that options name: --verbs NAME)
#   === events
#   CONSULT Murat Nurtleu (KAZ) <-> Bakhtiyor Saidov (UZB) place=Astana
#   SUPPORT/sign (KAZ) <-> (UZB)
#   NOT CONSULT (KAZ) <-> (RUS)         (a negated event)
#   none                                 (no event at all)
# The article is coded as NAME.txt (NAME: the case file's), in a directory
# of its own where the files of the case are too, so the document id is
# the case's name and options may name those files.
# An actor is "Name (ISO3)", "Name [ORG]", "(ISO3)" or "[ORG]", or "{CODE}"
# for one with neither country nor organisation (a CAMEO dictionary's
# actor, by its code); "->" is a
# directed event, "<->" either direction; "/mode" after the type checks
# the mode. Every field of the event contract can be checked with
# key=value after the actors (values may contain spaces):
#   cameo=057 goldstein=8.0 quad=1 mode=sign coder=builtin|dictionary
#   date=2025-03-12 date_precision=day|month|year negated=true|false
#   place=Astana (its name) place.country= place.lat= place.lon=
#   topics=a,b (all of them, in order; "topics=" for none)
#   evidence=1,0,2 (the evidence sentences, in order) evidence.span=69-267,0-67
#   sentence=1 span=69-267 text=... doc=... id=...
#   source.FIELD= / target.FIELD= for an actor's code, sector, role,
#   country, org, name, text (as written).
# A value "null" checks for null; a key that is not a field of the
# contract is an error of the case (reported, the case fails).
import json
import os
import re
import subprocess
import sys
import tempfile

ACTOR = (r'(?:(?P<{0}name>[^()\[\]{{}}]+?)\s*)?(?:\((?P<{0}c>[A-Z]{{3}})\)|\[(?P<{0}o>[A-Za-z0-9 -]+)\]'
         r'|\{{(?P<{0}k>[A-Z0-9]+)\}})')
LINE = re.compile(r'^(?P<neg>NOT\s+)?(?P<type>[A-Z]+)(?:/(?P<mode>[\w-]+))?\s+' + ACTOR.format('s') +
                  r'\s+(?P<arrow><->|->)\s+' + ACTOR.format('t') +
                  r'(?P<attrs>(?:\s+[\w.]+=[^=]*?)*)\s*$')


def parse_case(path):
    """(date, options, text, expected event lines, {file name: text})."""
    date, opts, text, events, files, section = None, [], [], [], {}, None
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.startswith('=== '):
                section = line[4:].strip()
                if section.startswith('file '):
                    files[section[5:].strip()] = []
                elif section not in ('text', 'events'):
                    raise CaseError('%s: unknown section "=== %s"' % (path, section))
                continue
            if section == 'text':
                text.append(line)
            elif section and section.startswith('file '):
                files[section[5:].strip()].append(line)
            elif section == 'events':
                if line.strip() and not line.startswith('#'):
                    events.append(line.strip())
            elif line.startswith('date:'):
                date = line.split(':', 1)[1].strip()
            elif line.startswith('options:'):
                opts = line.split(':', 1)[1].split()
    return date, opts, '\n'.join(text) + '\n', events, \
        {k: '\n'.join(v) + '\n' for k, v in files.items()}


def actor_key(a):
    """(name, country, org, code): the code only for an actor with neither
    country nor organisation (a dictionary's actor, written {CODE})."""
    name = (a.get('name') or '').strip()
    if a.get('org'):
        return (name, None, a['org'], None)
    if a.get('country'):
        return (name, a['country'], None, None)
    return (name, None, None, a.get('code'))


def want_key(m, side):
    return ((m.group(side + 'name') or '').strip(), m.group(side + 'c'), m.group(side + 'o'),
            m.group(side + 'k'))


def describe(ev):
    def act(a):
        n = a.get('name')
        tag = '[%s]' % a['org'] if a.get('org') else '(%s)' % a['country'] if a.get('country') \
            else '{%s}' % a.get('code')
        return (n + ' ' if n else '') + tag
    arrow = '<->' if ev['type'] in ('CONSULT', 'AGREE', 'COOPERATE') or ev.get('mode') == 'sign' else '->'
    s = '%s%s/%s %s %s %s' % ('NOT ' if ev['negated'] else '', ev['type'], ev['mode'],
                              act(ev['source']), arrow, act(ev['target']))
    if ev.get('date'):
        s += ' date=' + ev['date']
    if ev.get('place'):
        s += ' place=' + ev['place']['name']
    return s


def attrs_of(m):
    return [(k, v.strip()) for k, v in
            re.findall(r'([\w.]+)=(.*?)(?=\s+[\w.]+=|$)', (m.group('attrs') or '').strip())]


def matches(exp, ev, attrs=True):
    m = LINE.match(exp)
    if not m:
        raise CaseError('cannot read expected event: ' + exp)
    if bool(m.group('neg')) != bool(ev['negated']) or m.group('type') != ev['type']:
        return False
    if m.group('mode') and m.group('mode') != ev['mode']:
        return False
    want_s, want_t = want_key(m, 's'), want_key(m, 't')
    got_s, got_t = actor_key(ev['source']), actor_key(ev['target'])
    swapped = False
    if not (want_s == got_s and want_t == got_t):
        swapped = m.group('arrow') == '<->' and want_s == got_t and want_t == got_s
        if not swapped:
            return False
    if not attrs:
        return True
    return all(field_ok(ev, written(k, swapped), v) for k, v in attrs_of(m))


def written(key, swapped):
    """source.X and target.X name the actors as the case writes them: in a
    "<->" event matched the other way round, the event's target is the
    first actor written."""
    if swapped:
        if key.startswith('source.'):
            return 'target.' + key[7:]
        if key.startswith('target.'):
            return 'source.' + key[7:]
    return key


class CaseError(Exception):
    """An expectation that cannot be read or names no field."""


def span_text(span):
    return '%d-%d' % (span[0], span[1])


def field_ok(ev, key, want):
    """Whether the event's field key (a dotted path; "place" is the place's
    name, "topics" the comma-separated list, "evidence" the sentences of
    the evidence, "evidence.span" their spans, "span" START-END) has the
    value want."""
    if key == 'place':
        key = 'place.name'
    if key == 'topics':
        return ','.join(ev.get('topics') or []) == want
    if key == 'evidence':
        return ','.join(str(e['sentence']) for e in ev['evidence']) == want
    if key == 'evidence.span':
        return ','.join(span_text(e['span']) for e in ev['evidence']) == want
    if key == 'span':
        return span_text(ev['span']) == want
    got = ev
    for part in key.split('.'):
        if got is None:  # "place.name" of an event without a place
            break
        if not isinstance(got, dict) or part not in got:
            raise CaseError('no field %s in the event contract' % key)
        got = got[part]
    if isinstance(got, (dict, list)):
        raise CaseError('%s is not a single value (name one of its fields)' % key)
    if got is None:
        return want == 'null'
    if isinstance(got, bool):
        return want == ('true' if got else 'false')
    if isinstance(got, float):
        try:
            return abs(got - float(want)) < 1e-9
        except ValueError:
            return False
    return str(got) == want


def run_case(parley, path):
    try:
        return check_case(parley, path)
    except CaseError as e:
        return ['bad case: %s' % e]


def check_case(parley, path):
    date, opts, text, expected, files = parse_case(path)
    name = os.path.basename(path)[:-len('.case')] if path.endswith('.case') else 'case'
    with tempfile.TemporaryDirectory(prefix='parley-case.') as tmp:
        for fname, body in list(files.items()) + [(name + '.txt', text)]:
            with open(os.path.join(tmp, fname), 'w', encoding='utf-8') as f:
                f.write(body)
        cmd = [parley, 'code', '-q'] + (['--date', date] if date else []) + opts + [name + '.txt']
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=tmp)
    if out.returncode != 0:
        return ['parley exited %d: %s' % (out.returncode, out.stderr.strip())]
    events = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    problems = []
    if expected == ['none']:
        expected = []
    unmatched = list(events)
    for exp in expected:
        hit = next((e for e in unmatched if matches(exp, e)), None)
        if hit is None:
            problems.append('missing: ' + exp)
            near = [e for e in unmatched if matches(exp, e, attrs=False)]
            for e in near:
                problems.append('         (the same actors and type: %s)' % wrong_fields(exp, e))
        else:
            unmatched.remove(hit)
    for e in unmatched:
        problems.append('extra:   ' + describe(e))
    return problems


def wrong_fields(exp, ev):
    """The key=value checks of exp that ev fails, with ev's values."""
    m = LINE.match(exp)
    bad = []
    swapped = actor_key(ev['source']) != want_key(m, 's')
    for k, v in attrs_of(m):
        if not field_ok(ev, written(k, swapped), v):
            bad.append('%s is not %s' % (k, v))
    return '; '.join(bad)

# The runner's own test (--self-test): one article whose event is known,
# checked with every field right (the case must pass) and then with one
# thing wrong at a time (each must fail, and say why).
SELF_TEXT = ('Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of '
             'Foreign Affairs of Lithuania Kęstutis Budrys in Riga.')
SELF_RIGHT = {
    'cameo': '040', 'goldstein': '1.0', 'quad': '1', 'coder': 'builtin',
    'date': '2025-05-05', 'date_precision': 'day', 'negated': 'false',
    'place': 'Riga', 'place.country': 'LVA', 'place.lat': '56.95', 'topics': '',
    'evidence': '0', 'evidence.span': '0-126', 'sentence': '0', 'span': '0-126',
    'doc': 'case', 'id': 'case:0:1', 'mode': 'meet',
    'source.code': 'LVAGOV', 'source.sector': 'GOV', 'source.country': 'LVA',
    'source.role': 'Minister of Foreign Affairs', 'source.org': 'null',
    'source.text': 'Minister of Foreign Affairs of Latvia Baiba Braže',
    'target.code': 'LTUGOV', 'target.name': 'Kęstutis Budrys',
}
SELF_WRONG = {
    'cameo': '041', 'goldstein': '2.0', 'quad': '2', 'coder': 'dictionary',
    'date': '2025-05-06', 'date_precision': 'month', 'negated': 'true',
    'place': 'Vilnius', 'place.country': 'LTU', 'place.lat': '56.9', 'topics': 'trade',
    'evidence': '0,1', 'evidence.span': '0-125', 'sentence': '1', 'span': '1-126',
    'doc': 'other', 'id': 'case:0:2', 'mode': 'visit',
    'source.code': 'LTUGOV', 'source.sector': 'MIL', 'source.country': 'LTU',
    'source.role': 'Minister', 'source.org': 'EU',
    'source.text': 'Baiba Braže',
    'target.code': 'LVAGOV', 'target.name': 'Baiba Braže',
}
SELF_HEAD = 'CONSULT Baiba Braže (LVA) <-> Kęstutis Budrys (LTU)'


def self_case(parley, events, date='2025-05-05'):
    with tempfile.TemporaryDirectory(prefix='parley-selftest.') as tmp:
        path = os.path.join(tmp, 'case')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('date: %s\n=== text\n%s\n=== events\n%s\n' % (date, SELF_TEXT, '\n'.join(events)))
        return run_case(parley, path)


def self_test(parley):
    failures = 0

    def expect(what, problems, fail, needle=None):
        nonlocal failures
        good = bool(problems) == fail and (needle is None or any(needle in p for p in problems))
        print('%s %s%s' % ('ok  ' if good else 'FAIL', what,
                           '' if good else ': ' + ('; '.join(problems) or 'passed')))
        failures += not good

    right = ' '.join('%s=%s' % kv for kv in SELF_RIGHT.items())
    expect('every field right: passes', self_case(parley, [SELF_HEAD + ' ' + right]), False)
    expect('the actors written the other way round: passes (and source. follows them)',
           self_case(parley, ['CONSULT Kęstutis Budrys (LTU) <-> Baiba Braže (LVA) '
                              'source.code=LTUGOV target.code=LVAGOV']), False)
    expect('no fields but the actors: passes', self_case(parley, [SELF_HEAD]), False)
    for key, bad in SELF_WRONG.items():
        line = ' '.join('%s=%s' % (k, bad if k == key else v) for k, v in SELF_RIGHT.items())
        expect('%s=%s wrong: fails, naming it' % (key, bad),
               self_case(parley, [SELF_HEAD + ' ' + line]), True, '%s is not %s' % (key, bad))
    expect('a field that is not in the contract: fails',
           self_case(parley, [SELF_HEAD + ' colour=blue']), True, 'no field colour')
    expect('a directed arrow the wrong way: fails',
           self_case(parley, ['CONSULT Kęstutis Budrys (LTU) -> Baiba Braže (LVA)']), True, 'missing')
    expect('another type: fails', self_case(parley, ['SUPPORT ' + SELF_HEAD[8:]]), True, 'missing')
    expect('a wrong mode: fails', self_case(parley, ['CONSULT/visit ' + SELF_HEAD[8:]]), True, 'missing')
    expect('NOT (negated) where it is not: fails', self_case(parley, ['NOT ' + SELF_HEAD]), True)
    expect('a wrong name: fails',
           self_case(parley, ['CONSULT Baiba Braze (LVA) <-> Kęstutis Budrys (LTU)']), True, 'missing')
    expect('"none" where there is an event: fails', self_case(parley, ['none']), True, 'extra')
    expect('an event more than there is: fails',
           self_case(parley, [SELF_HEAD, SELF_HEAD]), True, 'missing')
    expect('an unreadable expectation: fails', self_case(parley, ['met somebody']), True, 'cannot read')
    print('self-test: %d failed' % failures)
    return 1 if failures else 0



def main():
    parley, casedir = os.path.abspath(sys.argv[1]), sys.argv[2]
    if casedir == '--self-test':
        return self_test(parley)
    names = sys.argv[3:]
    files = sorted(f for f in os.listdir(casedir) if f.endswith('.case'))
    if names:
        files = [f for f in files if f[:-5] in names]
    passed = failed = 0
    for f in files:
        problems = run_case(parley, os.path.join(casedir, f))
        if problems:
            failed += 1
            print('FAIL %s' % f)
            for p in problems:
                print('     ' + p)
        else:
            passed += 1
            print('ok   %s' % f)
    print('cases: %d passed, %d failed' % (passed, failed))
    return 1 if failed or not files else 0


if __name__ == '__main__':
    sys.exit(main())
