#!/usr/bin/env python3
# run_cases.py — runs the golden cases in tests/cases/*.case through
# `parley code` and compares the events with the expected ones, exactly
# (no missing, no extra). Usage: run_cases.py PARLEY CASEDIR [NAME...]
#
# A case file:
#   # comment lines saying what the case is about
#   date: 2025-03-12            (optional: --date for the article)
#   options: --negated          (optional: more arguments for parley code)
#   === text
#   the article, any number of lines
#   === events
#   CONSULT Murat Nurtleu (KAZ) <-> Bakhtiyor Saidov (UZB) place=Astana
#   SUPPORT/sign (KAZ) <-> (UZB)
#   NOT CONSULT (KAZ) <-> (RUS)         (a negated event)
#   none                                 (no event at all)
# An actor is "Name (ISO3)", "Name [ORG]", "(ISO3)" or "[ORG]"; "->" is a
# directed event, "<->" either direction. Any field of the event contract
# can be checked with key=value after the actors: date=, place= (its
# name), cameo=, quad=, goldstein=, mode=, coder=, date_precision=,
# topics=a,b (all of them, in order), sentence=, negated=true, and the
# actors' fields as source.FIELD= / target.FIELD= (code, sector, role,
# country, org, name); place.FIELD= for the place's country, lat, lon.
# A value "null" checks for null.
import json
import os
import re
import subprocess
import sys
import tempfile

ACTOR = r'(?:(?P<{0}name>[^()\[\]]+?)\s*)?(?:\((?P<{0}c>[A-Z]{{3}})\)|\[(?P<{0}o>[A-Za-z0-9 ]+)\])'
LINE = re.compile(r'^(?P<neg>NOT\s+)?(?P<type>[A-Z]+)(?:/(?P<mode>[\w-]+))?\s+' + ACTOR.format('s') +
                  r'\s+(?P<arrow><->|->)\s+' + ACTOR.format('t') +
                  r'(?P<attrs>(?:\s+[\w.]+=[^=]+?)*)\s*$')


def parse_case(path):
    date, opts, text, events, section = None, [], [], [], None
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.startswith('=== '):
                section = line[4:].strip()
                continue
            if section == 'text':
                text.append(line)
            elif section == 'events':
                if line.strip() and not line.startswith('#'):
                    events.append(line.strip())
            elif line.startswith('date:'):
                date = line.split(':', 1)[1].strip()
            elif line.startswith('options:'):
                opts = line.split(':', 1)[1].split()
    return date, opts, '\n'.join(text) + '\n', events


def actor_key(a):
    name = (a.get('name') or '').strip()
    if a.get('org'):
        return (name, None, a['org'])
    return (name, a.get('country'), None)


def describe(ev):
    def act(a):
        n = a.get('name')
        tag = '[%s]' % a['org'] if a.get('org') else '(%s)' % a.get('country')
        return (n + ' ' if n else '') + tag
    arrow = '<->' if ev['type'] in ('CONSULT', 'AGREE', 'COOPERATE') or ev.get('mode') == 'sign' else '->'
    s = '%s%s/%s %s %s %s' % ('NOT ' if ev['negated'] else '', ev['type'], ev['mode'],
                              act(ev['source']), arrow, act(ev['target']))
    if ev.get('date'):
        s += ' date=' + ev['date']
    if ev.get('place'):
        s += ' place=' + ev['place']['name']
    return s


def matches(exp, ev):
    m = LINE.match(exp)
    if not m:
        raise ValueError('cannot read expected event: ' + exp)
    if bool(m.group('neg')) != bool(ev['negated']) or m.group('type') != ev['type']:
        return False
    if m.group('mode') and m.group('mode') != ev['mode']:
        return False
    want_s = ((m.group('sname') or '').strip(), m.group('sc'), m.group('so'))
    want_t = ((m.group('tname') or '').strip(), m.group('tc'), m.group('to'))
    got_s, got_t = actor_key(ev['source']), actor_key(ev['target'])
    ok = (want_s == got_s and want_t == got_t) or \
        (m.group('arrow') == '<->' and want_s == got_t and want_t == got_s)
    if not ok:
        return False
    for k, v in re.findall(r'([\w.]+)=(.+?)(?=\s+[\w.]+=|$)', (m.group('attrs') or '').strip()):
        if not field_ok(ev, k, v.strip()):
            return False
    return True


def field_ok(ev, key, want):
    """Whether the event's field key (a dotted path; "place" is the place's
    name, "topics" the comma-separated list) has the value want."""
    if key == 'place':
        key = 'place.name'
    if key == 'topics':
        return ','.join(ev.get('topics') or []) == want
    got = ev
    for part in key.split('.'):
        if got is None:  # "place.name" of an event without a place
            break
        if not isinstance(got, dict) or part not in got:
            raise ValueError('no field %s in the event contract' % key)
        got = got[part]
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
    date, opts, text, expected = parse_case(path)
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
        f.write(text)
        tmp = f.name
    try:
        cmd = [parley, 'code', '-q'] + (['--date', date] if date else []) + opts + [tmp]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(tmp)
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
        else:
            unmatched.remove(hit)
    for e in unmatched:
        problems.append('extra:   ' + describe(e))
    return problems


def main():
    parley, casedir = sys.argv[1], sys.argv[2]
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
