#!/usr/bin/env python3
# gen-pos.py — generates data/pos.txt, the open-class part-of-speech
# lexicon of the syntax stage, from WordNet 3.0 as Debian packages it
# (wordnet-base: /usr/share/wordnet/index.* and *.exc). Every verb,
# adjective and adverb that the WordNet semantic concordance attests
# (tagsense count >= 1) is listed with its inflected forms, and a verb in
# -ize also in -ise, as British and Commonwealth outlets spell it; a form
# that is also a noun says so, and the reading WordNet counts most often
# is written in capitals. Words not listed are read as nouns or names.
# WordNet's verb.exc lists a verb's irregular forms only, so a verb that
# has both ("pled", "pleaded"; "shown", "showed"; "burnt", "burned") would
# lose its regular past: that form is kept when the spelling dictionary
# of Debian's wamerican package (/usr/share/dict/american-english)
# attests it as a word, it is no lemma of its own ("seed" is not a past
# of "see") and no other verb's regular past ("bared" is not one of
# "bar").
# Usage: tools/gen-pos.py [WORDNET_DIR [WORDS_FILE]] > data/pos.txt
import os
import re
import sys

WORD = re.compile(r'^[a-z][a-z-]*[a-z]$')


def read_index(path):
    """lemma -> tagsense count, single lower-case words only."""
    out = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split()
            lemma = p[0]
            if not WORD.match(lemma):
                continue
            pcnt = int(p[3])
            tagsense = int(p[5 + pcnt])
            out[lemma] = tagsense
    return out


def read_exc(path):
    """lemma -> [forms]"""
    out = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            p = line.split()
            if len(p) >= 2 and WORD.match(p[0]) and WORD.match(p[1]):
                out.setdefault(p[1], []).append(p[0])
    return out


def vowel(c):
    return c in 'aeiou'


def third(v):
    if re.search(r'(s|x|z|ch|sh)$', v):
        return v + 'es'
    if len(v) > 1 and v.endswith('y') and not vowel(v[-2]):
        return v[:-1] + 'ies'
    if v.endswith('o') and len(v) > 1 and not vowel(v[-2]):
        return v + 'es'
    return v + 's'


def past(v):
    if v.endswith('e'):
        return v + 'd'
    if len(v) > 1 and v.endswith('y') and not vowel(v[-2]):
        return v[:-1] + 'ied'
    return v + 'ed'


def gerund(v):
    if v.endswith('ie'):
        return v[:-2] + 'ying'
    if v.endswith('e') and not re.search(r'(ee|ye|oe)$', v) and len(v) > 2:
        return v[:-1] + 'ing'
    return v + 'ing'


# Verbs whose past tense and participle are the base form itself, which
# WordNet's verb.exc does not list (it lists forms that differ): "an air
# strike hit a building" has a past tense.
SAME_PAST = {'hit', 'cut', 'put', 'set', 'let', 'shut', 'hurt', 'cost', 'quit',
             'spread', 'burst', 'cast', 'bet', 'split', 'thrust', 'upset',
             'broadcast', 'forecast', 'outbid', 'rid', 'shed', 'slit', 'wed',
             'reset', 'offset', 'recast', 'beset', 'inset', 'input', 'output'}


def plural(n):
    return third(n)


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
    words_file = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/dict/american-english'
    with open(words_file, encoding='utf-8') as f:
        attested = {w.strip() for w in f}
    idx = {p: read_index(os.path.join(wn, 'index.' + p))
           for p in ('noun', 'verb', 'adj', 'adv')}
    vexc = read_exc(os.path.join(wn, 'verb.exc'))
    nexc = read_exc(os.path.join(wn, 'noun.exc'))
    # noun forms: singular and plural -> count of the noun lemma
    noun_form = {}
    for n, c in idx['noun'].items():
        noun_form.setdefault(n, ['n', c])
        for pl in nexc.get(n, [plural(n)]):
            if pl not in noun_form:
                noun_form[pl] = ['m', c]
    forms = {}  # (form, lemma) -> {tag letter: count}

    def add(form, lemma, tag, count):
        e = forms.setdefault((form, lemma), {})
        e[tag] = max(e.get(tag, 0), count)

    # British and Commonwealth spellings of the verbs in -ize ("recognise",
    # "mobilise", "emphasise"), which WordNet lists only in part: the same
    # counts under the -ise form (WordNet lists many of them, uncounted)
    verbs = dict(idx['verb'])
    for v, c in idx['verb'].items():
        if c >= 1 and len(v) > 6 and v.endswith('ize') and WORD.match(v):
            b = v[:-3] + 'ise'
            verbs[b] = max(verbs.get(b, 0), c)
    # "bared" is the past of "bare", not a regular past of "bar" (whose
    # irregular "barred" verb.exc lists)
    regular_of_other = {past(v) for v in verbs if v not in vexc}
    for v, c in verbs.items():
        if c < 1:
            # an uncounted verb's irregular past and participle ("retook",
            # "retaken", "overran") are read as verbs all the same: no
            # noun or other word is spelt so
            for f in vexc.get(v, []):
                if (not f.endswith('ing') and not f.endswith('s') and f not in idx['noun'] and
                        f not in idx['adj'] and f not in verbs and
                        all(f != g for lem, fs in vexc.items() if lem != v and verbs.get(lem, 0) >= 1
                            for g in fs)):
                    add(f, v, 'd', 0)
                    add(f, v, 'p', 0)
            continue
        irregular = vexc.get(v, [])
        add(v, v, 'v', c)
        s = [f for f in irregular if f.endswith('s') and not f.endswith('ss')]
        add(s[0] if s else third(v), v, 'z', c)
        ing = [f for f in irregular if f.endswith('ing')]
        add(ing[0] if ing else gerund(v), v, 'g', c)
        pasts = [f for f in irregular if f not in s and f not in ing]
        if v in SAME_PAST:
            pasts = sorted(set(pasts) | {v})
        if pasts:
            # of two irregular forms, one the participle in -n ("spoke",
            # "spoken"; "took", "taken"; "went", "gone") or in -u- where
            # the past has -a- ("began", "begun"), the other is the past
            # alone: "spoke" after a comma is a finite verb, no
            # participle (but "got" stays both: "has got")
            only = {}
            if len(pasts) == 2:
                a, b = pasts
                for x, y in ((a, b), (b, a)):
                    if (x.endswith('n') and not y.endswith('n') and not y.endswith('ed')) or \
                            (len(x) == len(y) and 'u' in x and
                             [i for i in range(len(x)) if x[i] != y[i]] ==
                             [x.index('u')] and y[x.index('u')] == 'a'):
                        only[x], only[y] = 'p', 'd'
                if only.get('got') == 'd':
                    only = {}
            for f in pasts:
                if only.get(f, 'd') == 'd':
                    add(f, v, 'd', c)
                if only.get(f, 'p') == 'p':
                    add(f, v, 'p', c)
            # the regular past beside the irregular one ("pleaded")
            r = past(v)
            if (r not in pasts and r in attested and r not in idx['noun'] and
                    r not in idx['verb'] and r not in regular_of_other):
                add(r, v, 'd', c)
                add(r, v, 'p', c)
        else:
            add(past(v), v, 'd', c)
            add(past(v), v, 'p', c)
    for a, c in idx['adj'].items():
        if c >= 1:
            add(a, a, 'a', c)
    for r, c in idx['adv'].items():
        if c >= 1:
            add(r, r, 'r', c)
    for form in sorted({f for f, _ in forms}):
        if form in noun_form:
            tag, c = noun_form[form]
            forms.setdefault((form, form), {})[tag] = c
    # the most frequent reading of a form over all its lemmas
    best = {}
    for (form, _), tags in forms.items():
        best[form] = max(best.get(form, 0), max(tags.values()))
    print('# pos.txt — open-class parts of speech for the syntax stage (stage 3 1/2).')
    print('# GENERATED by tools/gen-pos.py from WordNet 3.0 (Debian package')
    print('# wordnet-base); edit the generator, not this file.')
    print('# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.')
    print('# Used under the WordNet 3.0 license, which permits use, copying and')
    print('# distribution with this notice: https://wordnet.princeton.edu/license-and-commercial-use')
    print('#')
    print('# Fields: form | lemma ("-": the form itself) | tags. Tags: n noun, m plural')
    print('# noun, v verb base form, z third person singular, d past, p past participle,')
    print('# g -ing form, a adjective, r adverb; the reading WordNet counts most often is')
    print('# a capital letter. Forms not listed are nouns or names.')
    print('# A form with several lemmas ("found": find, found) has a line for each.')
    # a noun spelt like a verb's past ("retreated"; "the wounded") that
    # WordNet counts no more often than the verb is read as the past first
    pasts = {f: c for (f, l), tags in forms.items() if l != f and 'd' in tags
             for c in [tags['d']]}
    for form, lemma in sorted(forms):
        tags = forms[(form, lemma)]
        b = best[form]
        s = ''.join(t.upper() if tags[t] == b and b > 0 and
                    not (t in 'nm' and tags[t] <= pasts.get(form, -1)) else t
                    for t in sorted(tags, key='nmvzdpgar'.index))
        print('%s | %s | %s' % (form, '-' if lemma == form else lemma, s))


if __name__ == '__main__':
    main()
