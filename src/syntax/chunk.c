/* chunk.c — stage 3½, second pass: groups a sentence's tagged tokens into
 * chunks. A noun phrase runs from its determiner to its head noun and
 * holds at most one actor mention as itself or as its owner ("Bahrain's
 * position", "the UN programme"); a verb group gathers auxiliaries,
 * modals, negation and adverbs around its main verb and says its tense
 * and voice; a preposition is a chunk of its own whose noun phrase comes
 * next. */
#include <string.h>

#include "syntax/syntax.h"

typedef struct cbuild {
    arena *a;
    const parley_lexicon *lx;
    const text_doc *td;
    const token *T;
    uint32_t s0, s1;
    const mention *ms;
    int nm;
    chunk *v;
    int n, cap;
    int oom;
} cbuild;

/* Doubles the room for chunks; 0, or -1 when out of memory (b->oom). */
static int grow(cbuild *b)
{
    int cap = b->cap ? b->cap * 2 : 32;
    chunk *v = arena_alloc(b->a, (size_t)cap * sizeof *v);
    if (!v) {
        b->oom = 1;
        return -1;
    }
    if (b->n)
        memcpy(v, b->v, (size_t)b->n * sizeof *v);
    b->v = v;
    b->cap = cap;
    return 0;
}

static inline chunk *push(cbuild *b, int kind, uint32_t t0, uint32_t t1)
{
    if (b->n == b->cap && grow(b))
        return NULL;
    chunk *c = &b->v[b->n++];
    *c = (chunk){.t0 = t0, .t1 = t1, .kind = (uint8_t)kind, .head = t1 > t0 ? t1 - 1 : t0,
                 .mention = -1, .owner = -1, .adj_country = -1, .np = -1, .clause = -1};
    return c;
}

/* The mention that starts at token t, from index *q on (mentions are in
 * text order); -1 when none. */
static int mention_at(const cbuild *b, uint32_t t, int *q)
{
    /* (a local index, stored once when it moves: a store through q
     * could change b->nm for all the compiler knows, which it read again
     * at every step; most calls do not move it) */
    int k = *q;
    const int nm = b->nm;
    if (k < nm && b->ms[k].t1 <= t) {
        while (++k < nm && b->ms[k].t1 <= t)
            ;
        *q = k;
    }
    return k < nm && b->ms[k].t0 == t ? k : -1;
}

/* The tags are small numbers: a set of them is a mask, one test. */
#define TAGBIT(t) (1u << (t))
#define TAG_IN(tag, set) ((set) >> (tag) & 1)
#define NP_TAGS                                                                 \
    (TAGBIT(ST_DET) | TAGBIT(ST_POSSDET) | TAGBIT(ST_ADJ) | TAGBIT(ST_NOUN) |  \
     TAGBIT(ST_PROPN) | TAGBIT(ST_NUM))

static int in_np(int tag)
{
    return TAG_IN(tag, NP_TAGS);
}

/* "their first ever joint exercise", "the largest ever haul": an adverb
 * between an adjective and the adjective or noun after it belongs to the
 * phrase */
static int adv_in_np(const cbuild *b, uint32_t i, uint32_t e)
{
    const token *T = b->T;
    return e > i && T[e].tag == ST_ADV && T[e - 1].tag == ST_ADJ && e + 1 < b->s1 &&
           (T[e + 1].tag == ST_ADJ || T[e + 1].tag == ST_NOUN);
}

static int headish(int tag)
{
    return (TAGBIT(ST_NOUN) | TAGBIT(ST_PROPN) | TAGBIT(ST_NUM) | TAGBIT(ST_PRON)) >> tag & 1;
}

/* Nominal words after i that continue a noun phrase ("'s position",
 * "programme"): returns the new end. */
static uint32_t noun_tail(const cbuild *b, uint32_t i, int *q)
{
    const token *T = b->T;
    uint32_t k = i;
    if (k < b->s1 && T[k].tag == ST_POSS)
        k++;
    /* "Saudi Arabia's KSrelief": a name the lexicon does not know right
     * after a state's possessive is a body of that state */
    while (k < b->s1 && (T[k].tag == ST_ADJ || T[k].tag == ST_NOUN ||
                         (T[k].tag == ST_PROPN && k > i) ||
                         T[k].tag == ST_NUM || (T[k].tag == ST_VERB &&
                                                (T[k].vform & PR_ING) &&
                                                k + 1 < b->s1 &&
                                                T[k + 1].tag == ST_NOUN))) {
        /* "the parliament's agriculture and water committee": nouns
         * joined before their head, as in noun_phrase */
        if (T[k].tag == ST_NOUN && k + 3 < b->s1 && T[k + 1].tag == ST_CONJ &&
            tok_eq(&T[k + 1], "and") && T[k + 2].tag == ST_NOUN && T[k + 3].tag == ST_NOUN) {
            int qq = *q;
            if (mention_at(b, k + 2, &qq) < 0) {
                k += 2;
                continue;
            }
        }
        int qq = *q, mk = mention_at(b, k, &qq);
        /* "student leaders", "opposition members": a bare plural that
         * alone would be the discourse's group is the head here */
        if (mk >= 0 && !(b->ms[mk].kind == MK_GROUP && b->ms[mk].t1 == k + 1 &&
                         T[k].tag == ST_NOUN && !(T[k].flags & TOK_CAP)))
            break;
        if (mk >= 0)
            *q = qq;
        k++;
    }
    return k > i && T[k - 1].tag != ST_POSS ? k : i;
}

/* Chunk c of mention m, whose phrase goes on with the nouns of
 * [e, tail) after the mention (tail > e): their last word is the head,
 * and the mention owns it ("the UN programme"), unless they name the
 * modifier's own people ("opposition members", "student leaders"), who
 * are the actor. */
static void tail_head(const cbuild *b, chunk *c, int m, uint32_t tail)
{
    const mention *mm = &b->ms[m];
    const token *h = &b->T[tail - 1];
    if (mm->modifier && !mm->possessive &&
        (tok_in(h, W_MEMBER_HEADS) || tok_in(h, W_OFFICE_GROUPS)))
        c->mention = m;
    else
        c->owner = m;
    c->head = tail - 1;
}

/* 'the "illegal" sanctions', 'a "terrorist" group', 'denounced the
 * "unilateral measures"': one to three words in scare quotes inside a
 * noun phrase. For the mark at t, which the phrase [i, t) reaches: the
 * index of its partner when t opens such a pair (the partner after t)
 * or closes one (before t), else 0. The marks are words of the phrase,
 * no chunks of their own; a quotation that holds a verb, a preposition
 * or a determiner is not one of these. */
static uint32_t scare_partner(const cbuild *b, uint32_t i, uint32_t t)
{
    const token *T = b->T;
    const uint32_t nptags = TAGBIT(ST_ADJ) | TAGBIT(ST_NOUN) | TAGBIT(ST_PROPN);
    if (T[t].tag != ST_QUOTE || t <= i)
        return 0;
    for (uint32_t k = t + 1; k < b->s1 && k <= t + 4; k++) {
        if (T[k].tag == ST_QUOTE)
            return k > t + 1 && in_np(T[t - 1].tag) ? k : 0;
        if (!TAG_IN(T[k].tag, nptags))
            break;
    }
    for (uint32_t k = t - 1; k > i && k + 4 >= t; k--) {
        if (T[k].tag == ST_QUOTE)
            return k + 1 < t && in_np(T[k - 1].tag) ? k : 0;
        if (!TAG_IN(T[k].tag, nptags))
            break;
    }
    return 0;
}

/* Future and negative words inside a noun phrase: "the next meeting",
 * "no agreements". */
static uint16_t np_flags(const cbuild *b, uint32_t t0, uint32_t t1)
{
    uint16_t f = 0;
    for (uint32_t k = t0; k < t1; k++) {
        /* most words are in neither list ("no" is in "neg"): one test */
        if (!(b->T[k].words & ((1ull << W_FUTURE_WORDS) | (1ull << W_NEG))))
            continue;
        if (tok_in(&b->T[k], W_FUTURE_WORDS))
            f |= NP_FUTURE;
        if (tok_eq(&b->T[k], "no") && b->T[k].tag != ST_PROPN) /* not "No Kwang-chol" */
            f |= NP_NEG;
    }
    return f;
}

/* A country adjective inside a plain noun phrase ("the Philippine
 * claim"): the country's index, else -1. */
static int adjective_country(const cbuild *b, uint32_t t0, uint32_t t1)
{
    const uint32_t mask = LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY);
    for (uint32_t k = t0; k < t1; k++) {
        const lex_hit *h;
        /* most words start no such phrase (pl_lexicon_annotate says so)
         * and are no hyphenated name: one test */
        uint32_t lk = b->T[k].lexkinds;
        if ((lk & (LEX_ANNOTATED | mask)) == LEX_ANNOTATED &&
            (b->T[k].flags & (TOK_CAP | TOK_HYPHEN)) != (TOK_CAP | TOK_HYPHEN))
            continue;
        size_t l = lexicon_match(b->lx, b->T, k, t1, mask, &h);
        /* ("Latin American leaders": after a region's word, words.txt
         * "region-prefixes", an adjective names no state) */
        if (l == 1 && k > t0 && (b->T[k - 1].flags & TOK_CAP) &&
            tok_in(&b->T[k - 1], W_REGION_PREFIXES))
            continue;
        for (; l && h; h = lexicon_next(b->lx, h))
            if (h->ntok == l && pl_lexicon_hit_ok(b->lx, h, b->T, k, mask))
                return (int)h->idx;
        if ((b->T[k].flags & (TOK_CAP | TOK_HYPHEN)) == (TOK_CAP | TOK_HYPHEN) &&
            (h = pl_grammar_compound(b->lx, b->td->text, &b->T[k], mask)))
            return (int)h->idx;
    }
    return -1;
}

/* A day of the week: "Friday". */
static int is_weekday(const token *t)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++)
        if (tok_eq(t, days[k]))
            return 1;
    return 0;
}

/* A word of time: "week", "Monday", "March". */
static int time_word(const token *t)
{
    return tok_in(t, W_CALENDAR) || tok_in(t, W_TIME_NOUNS);
}

/* Whether the words [i, e) before a mention cannot be its premodifiers:
 * a date or a time ("On Monday Vassilenko met"). */
static int premod_stop(const cbuild *b, uint32_t i, uint32_t e)
{
    for (uint32_t k = i; k < e; k++)
        if (time_word(&b->T[k]))
            return 1;
    return 0;
}

/* Whether the words [i, e) before a mention are a town's name right
 * after "in" or "at" ("while in Lahore protesters clashed"): where, not
 * whose. */
static int place_after_prep(const cbuild *b, uint32_t i, uint32_t e)
{
    const lex_hit *h;
    if (i <= b->s0 || !tok_in(&b->T[i - 1], W_AREA_PREPS) || !(b->T[i].flags & TOK_CAP))
        return 0;
    size_t l = lexicon_match(b->lx, b->T, i, e, LK_BIT(LK_PLACE), &h);
    for (; l && h; h = lexicon_next(b->lx, h))
        if (h->ntok == l && i + l == e && h->kind == LK_PLACE)
            return 1;
    return 0;
}

/* Pushes the noun phrase from t0 to the end of mention m, a named
 * holder that its premodifiers or title run into, m its mention; the
 * mention cursor *q moves to m. Returns the phrase's end, or fail when
 * out of memory. */
static uint32_t holder_phrase(cbuild *b, uint32_t t0, int m, int *q, uint32_t fail)
{
    chunk *c;
    *q = m;
    if (!(c = push(b, CK_NP, t0, b->ms[m].t1)))
        return fail;
    c->mention = m;
    c->head = b->ms[m].t1 - 1;
    c->flags |= np_flags(b, c->t0, c->t1);
    return c->t1;
}

/* A noun phrase at i (a mention, or tagged nominal words). Returns its
 * end, or i when there is none (or when out of memory: b->oom). */
/* Whether token e is a slash that joins two capitalised words with no
 * space around it, inside the phrase begun at i ("AFC/M23"). */
static int slash_joined(const cbuild *b, uint32_t i, uint32_t e)
{
    const token *T = b->T;
    return e > i && e + 1 < b->s1 && tok_eq(&T[e], "/") &&
           !(T[e].flags & TOK_SPACE) && !(T[e + 1].flags & TOK_SPACE) &&
           (T[e - 1].flags & TOK_CAP) && (T[e + 1].flags & TOK_CAP);
}

/* Whether token e is a comma between modifiers listed before "and"
 * and the last of them, inside the phrase begun at i: "the foreign,
 * defence and justice ministers of Russia". */
static int modifier_list_comma(const cbuild *b, uint32_t i, uint32_t e)
{
    const token *T = b->T;
    if (e <= i || !tok_eq(&T[e], ",") || (T[e - 1].tag != ST_ADJ && T[e - 1].tag != ST_NOUN) ||
        (T[e - 1].flags & TOK_CAP) || (T[i].tag != ST_DET && T[i].tag != ST_POSSDET) ||
        time_word(&T[e - 1]))
        return 0;
    uint32_t k = e + 1;
    while (k + 1 < b->s1 && (T[k].tag == ST_ADJ || T[k].tag == ST_NOUN) &&
           !(T[k].flags & TOK_CAP) && tok_eq(&T[k + 1], ","))
        k += 2;
    return k + 2 < b->s1 && (T[k].tag == ST_ADJ || T[k].tag == ST_NOUN) &&
           !(T[k].flags & TOK_CAP) && tok_eq(&T[k + 1], "and") &&
           (T[k + 2].tag == ST_ADJ || T[k + 2].tag == ST_NOUN);
}

static uint32_t noun_phrase(cbuild *b, uint32_t i, int *q)
{
    const token *T = b->T;
    /* "condemned yesterday's Israeli airstrike": a day owns nothing; the
     * phrase after its possessive, with the day in front (the tags
     * first: a possessive is rare) */
    if (i + 2 < b->s1 && T[i + 1].tag == ST_POSS && T[i].tag == ST_NOUN &&
        (time_word(&T[i]) || tok_in(&T[i], W_ADVERB))) {
        int n = b->n, q0 = *q;
        uint32_t e = noun_phrase(b, i + 2, q);
        if (e > i + 2 && b->n == n + 1 && b->v[n].kind == CK_NP && b->v[n].t0 == i + 2) {
            b->v[n].t0 = i;
            return e;
        }
        b->n = n;
        *q = q0;
    }
    int m = mention_at(b, i, q);
    uint32_t e;
    chunk *c;
    /* "Vietnamese Communist Party chief To Lam", "NLC leader X": a
     * body right before the named holder of its office is the holder's
     * premodifier, the holder the phrase's mention */
    if (m >= 0 && !b->ms[m].possessive &&
        (b->ms[m].kind == MK_COUNTRY || b->ms[m].kind == MK_ORG) &&
        m + 1 < b->nm && b->ms[m + 1].t0 == b->ms[m].t1 && b->ms[m + 1].kind == MK_PERSON &&
        b->ms[m + 1].nact == 1 && b->ms[m + 1].acts[0].role &&
        !(T[b->ms[m + 1].t0].flags & TOK_CAP) && T[b->ms[m + 1].t0].tag != ST_DET &&
        (b->ms[m].kind == MK_ORG || (b->ms[m].nact == 1 && b->ms[m].acts[0].agent))) {
        return holder_phrase(b, b->ms[m].t0, m + 1, q, i);
    }
    /* "the Chinese Communist Party's Foreign Affairs director Wang Yi":
     * a possessor, then the words of a title the lexicon does not know,
     * then its named holder: one phrase, the holder its mention */
    if (m >= 0 && b->ms[m].possessive && m + 1 < b->nm && b->ms[m + 1].kind == MK_PERSON &&
        b->ms[m + 1].nact == 1 && b->ms[m + 1].acts[0].role &&
        T[b->ms[m + 1].t0].tag != ST_DET && T[b->ms[m + 1].t0].tag != ST_POSSDET) {
        uint32_t k = b->ms[m].t1;
        if (k < b->s1 && T[k].tag == ST_POSS)
            k++;
        while (k < b->ms[m + 1].t0 && (T[k].flags & TOK_WORD) &&
               (T[k].tag == ST_NOUN || T[k].tag == ST_PROPN || T[k].tag == ST_ADJ))
            k++;
        if (k == b->ms[m + 1].t0 && k > b->ms[m].t1)
            return holder_phrase(b, b->ms[m].t0, m + 1, q, i);
    }
    /* "Australian Minister for International Development and the
     * Pacific, Pat Conroy MP met …": an office, the rest of its
     * portfolio's name, and its holder named after a comma are one
     * phrase, the holder its mention */
    if (m >= 0 && b->ms[m].kind == MK_OFFICE && b->ms[m].nact == 1 && m + 1 < b->nm &&
        b->ms[m + 1].kind == MK_PERSON && b->ms[m + 1].nact == 1 &&
        b->ms[m].acts[0].entity >= 0 && b->ms[m + 1].acts[0].entity == b->ms[m].acts[0].entity &&
        b->ms[m].t1 + 3 < b->ms[m + 1].t0 && tok_eq(&T[b->ms[m].t1], "and") &&
        tok_eq(&T[b->ms[m + 1].t0 - 1], ",")) {
        uint32_t k = b->ms[m].t1 + 1;
        while (k + 1 < b->ms[m + 1].t0 &&
               ((T[k].flags & TOK_CAP) || (k == b->ms[m].t1 + 1 && tok_eq(&T[k], "the"))))
            k++;
        if (k + 1 == b->ms[m + 1].t0)
            return holder_phrase(b, b->ms[m].t0, m + 1, q, i);
    }
    if (m >= 0) {
        const mention *mm = &b->ms[m];
        e = mm->t1;
        uint32_t tail = (mm->possessive || mm->modifier) ? noun_tail(b, e, q) : e;
        if (!(c = push(b, CK_NP, mm->t0, tail > e ? tail : e)))
            return i;
        if (tail > e) {
            tail_head(b, c, m, tail);
        } else {
            c->mention = m;
            /* the head of "its ambassador to Kenya", "the Ambassador of
             * Chile, Felipe Urrutia": the word before its first
             * post-modifier */
            for (uint32_t k = mm->t0 + 1; k < mm->t1; k++)
                if (T[k].tag == ST_PREP || T[k].tag == ST_PUNCT) {
                    c->head = k - 1;
                    break;
                }
            if (mm->possessive)
                c->flags |= NP_POSSESSOR;
        }
        c->flags |= np_flags(b, c->t0, c->t1);
        return c->t1;
    }
    if (T[i].tag == ST_PRON) {
        if (!(c = push(b, CK_NP, i, i + 1)))
            return i;
        return i + 1;
    }
    if (!in_np(T[i].tag))
        return i;
    e = i;
    uint32_t head = i;
    int seen_head = 0, slash = 0;
    while (e < b->s1) {
        /* "the AFC/M23 rebels": names joined by a slash are one (the
         * slash is punctuation, no word of a phrase) */
        if (!in_np(T[e].tag) && !adv_in_np(b, i, e)) {
            uint32_t sq = scare_partner(b, i, e);
            if (sq > e) {
                e++;
                continue;
            }
            /* (the closing mark is the phrase's; the phrase goes on
             * only when a word of it follows) */
            if (sq && sq < e) {
                e++;
                if (e < b->s1 && in_np(T[e].tag) && T[e].tag != ST_DET &&
                    T[e].tag != ST_POSSDET)
                    continue;
                break;
            }
            /* (both tests below ask for a comma or a slash: a token of
             * one byte, which most words that end a phrase are not) */
            if (T[e].fold_len != 1)
                break;
            if (modifier_list_comma(b, i, e)) {
                e++;
                continue;
            }
            if (!slash_joined(b, i, e))
                break;
            e++;
            slash = 1;
            continue;
        }
        if (e > i && (T[e].tag == ST_DET || T[e].tag == ST_POSSDET) &&
            !(e == i + 1 && tok_eq(&T[i], "both")))
            break;
        /* "staged a partial strike Friday": a bare weekday after the
         * head is the date, no part of the phrase */
        if (e > i && T[e - 1].tag == ST_NOUN && (T[e].flags & TOK_CAP) && is_weekday(&T[e]))
            break;
        /* "On Friday two members of the staff were declared …": a count
         * after a weekday opens the next phrase */
        if (e == i + 1 && T[e].tag == ST_NUM && (T[i].flags & TOK_CAP) && is_weekday(&T[i]))
            break;
        /* "a system last week": a time is no part of the phrase */
        if (e > i && e + 1 < b->s1 && time_word(&T[e + 1]) &&
            (tok_eq(&T[e], "last") || tok_eq(&T[e], "next") || tok_eq(&T[e], "this") ||
             tok_eq(&T[e], "early") || tok_eq(&T[e], "late")))
            break;
        /* "resolute and forceful measures", "air and naval drills":
         * modifiers joined before their head */
        /* (not the start of a mention: "his Turkish and Romanian
         * counterparts" are the two states' people) */
        int qm = *q;
        if ((T[e].tag == ST_ADJ || (T[e].tag == ST_NOUN && e + 3 < b->s1 &&
                                    T[e + 3].tag == ST_NOUN)) &&
            e + 2 < b->s1 && T[e + 1].tag == ST_CONJ && mention_at(b, e, &qm) < 0 &&
            (T[e + 2].tag == ST_ADJ ||
             (T[e + 2].tag == ST_NOUN && e + 3 < b->s1 && T[e + 3].tag == ST_NOUN))) {
            e += 2;
            continue;
        }
        int qq = *q;
        int mm = mention_at(b, e, &qq);
        if (mm >= 0) {
            /* "a revolutionary court": a determiner and adjectives before
             * a mention are its own */
            int adjs = T[i].tag == ST_DET && e > i + 1;
            /* ("the foreign, defence and justice ministers of Russia":
             * a list of modifiers, nouns among them) */
            int listed = 0;
            for (uint32_t k = i + 1; k < e && !listed; k++)
                listed = modifier_list_comma(b, i, k);
            for (uint32_t k = i + 1; adjs && k < e; k++)
                adjs = T[k].tag == ST_ADJ ||
                       (listed && !(T[k].flags & TOK_CAP) &&
                        (T[k].tag == ST_NOUN || tok_eq(&T[k], ",") || tok_eq(&T[k], "and"))) ||
                       /* "the Mungiki gang", "the Anti-Corruption Court": a
                        * name before the office is the body's own */
                       ((T[k].flags & TOK_CAP) && (T[k].flags & TOK_WORD) &&
                        (T[k].tag == ST_PROPN || T[k].tag == ST_NOUN)) ||
                       /* "the heinous and cowardly terrorist attack" */
                       (T[k].tag == ST_CONJ && k + 1 < e && T[k - 1].tag == ST_ADJ &&
                        T[k + 1].tag == ST_ADJ);
            /* "asked both the army and the ELN": "both" before a mention
             * is its own */
            int both = e == i + 1 && tok_eq(&T[i], "both");
            /* "his Turkish and Romanian counterparts": a possessive
             * determiner before several states' people is the phrase's */
            both |= e == i + 1 && T[i].tag == ST_POSSDET && b->ms[mm].nact >= 2 &&
                    b->ms[mm].kind == MK_COUNTRY;
            /* "are detaining our people": the speaker's own people are
             * the people named (words.txt "possessives" holds the third
             * person's, whose owner the mention finder resolves) */
            both |= e == i + 1 && T[i].tag == ST_POSSDET && !tok_in(&T[i], W_POSS) &&
                    b->ms[mm].kind != MK_PRONOUN;
            /* "his visiting German counterpart Annalena Baerbock": a
             * possessive and words in lower case before a named person
             * are the person's phrase (the name says who it is) */
            int lower = T[i].tag == ST_POSSDET && b->ms[mm].kind == MK_PERSON &&
                        b->ms[mm].nact == 1 && b->ms[mm].acts[0].name && e > i + 1;
            for (uint32_t k = i + 1; lower && k < e; k++)
                lower = (T[k].flags & TOK_WORD) && !(T[k].flags & TOK_CAP) &&
                        (T[k].tag == ST_ADJ || T[k].tag == ST_VERB || T[k].tag == ST_NOUN);
            both |= lower;
            if (!both && !slash &&
                ((T[i].tag == ST_DET && !adjs) || T[i].tag == ST_POSSDET || e == i ||
                 premod_stop(b, i, e) || place_after_prep(b, i, e)))
                break;
            /* words before a mention are its premodifiers ("army chief
             * General X"), but not a time ("the same day X met") */
            e = b->ms[mm].t1;
            *q = qq;
            /* "Eleven opposition members": a modifier's noun after it
             * is the head, as for a phrase the mention opens */
            uint32_t tail = b->ms[mm].modifier ? noun_tail(b, e, q) : e;
            if (!(c = push(b, CK_NP, i, tail)))
                return i;
            if (tail > e)
                tail_head(b, c, mm, tail);
            else
                c->mention = mm;
            c->flags |= np_flags(b, i, c->t1);
            return c->t1;
        }
        /* "called the accusation baseless": an adjective after the
         * head that no noun follows is the object's complement */
        if (seen_head && T[head].tag == ST_NOUN && T[e].tag == ST_ADJ &&
            (e + 1 >= b->s1 || !headish(T[e + 1].tag)))
            break;
        if (headish(T[e].tag)) {
            head = e;
            seen_head = 1;
        }
        e++;
        /* "the region's states": the possessor ends here */
        if (e < b->s1 && T[e].tag == ST_POSS)
            break;
    }
    if (!seen_head)
        head = e - 1;
    if (!(c = push(b, CK_NP, i, e)))
        return i;
    c->head = head;
    c->flags |= np_flags(b, i, e);
    c->adj_country = adjective_country(b, i, e);
    if (e < b->s1 && T[e].tag == ST_POSS) {
        c->flags |= NP_POSSESSOR;
        c->t1 = e + 1;
        return e + 1;
    }
    return e;
}

/* A verb group at i: returns its end, or i when there is none. */
static uint32_t verb_group(cbuild *b, uint32_t i)
{
    const token *T = b->T;
    uint32_t e = i, head = UINT32_MAX, last_aux = UINT32_MAX;
    uint16_t f = 0;
    int be_before = 0, have_before = 0, finite = 0;
    if (T[i].tag == ST_TO) {
        f |= VG_INF;
        e++;
        /* 'urged X to "refrain from …"': the group holds the quotation
         * mark that opens before its verb (not after an auxiliary: "had
         * "only asked" is left as it was, which the held-out probes
         * preferred) */
        if (e + 1 < b->s1 && T[e].tag == ST_QUOTE &&
            (T[e + 1].tag == ST_VERB || T[e + 1].tag == ST_ADV)) {
            f |= VG_QUOTE;
            e++;
        }
    } else if (tok_eq(&T[i], "would") && i + 3 < b->s1 &&
               (tok_eq(&T[i + 1], "like") || tok_eq(&T[i + 1], "love")) &&
               T[i + 2].tag == ST_TO) {
        /* "I would like to express my gratitude": the act itself */
        e = i + 3;
    }
    for (; e < b->s1; e++) {
        const token *t = &T[e];
        if (t->tag == ST_MODAL) {
            f |= tok_in(t, W_FUTURE) && !tok_eq(t, "would") ? VG_FUTURE : VG_MODAL;
            finite = 1;
        } else if (t->tag == ST_NEG) {
            f |= VG_NEG;
        } else if (t->tag == ST_QUOTE && head == UINT32_MAX && e > i && T[e - 1].tag == ST_MODAL &&
                   e + 1 < b->s1 && (T[e + 1].tag == ST_VERB || T[e + 1].tag == ST_ADV)) {
            /* 'would "respond decisively"': a quotation that opens after
             * the modal, before its verb */
            f |= VG_QUOTE;
        } else if (t->tag == ST_ADV) {
            if (head != UINT32_MAX)
                break;
        } else if (t->tag == ST_AUX) {
            if (head != UINT32_MAX)
                break;
            if (!finite) {
                finite = 1;
                if (tok_eq(t, "was") || tok_eq(t, "were") || tok_eq(t, "had") ||
                    tok_eq(t, "did"))
                    f |= VG_PAST;
                else if (!(f & VG_INF) && !tok_eq(t, "be") && !tok_eq(t, "been") &&
                         !tok_eq(t, "being") && !tok_eq(t, "having"))
                    f |= VG_PRESENT;
            }
            /* "have been arriving", "had been held" */
            if (have_before && tok_eq(t, "been"))
                f |= VG_PERFECT;
            be_before = tok_in(t, W_BE);
            have_before = tok_in(t, W_HAVE);
            last_aux = e;
        } else if (t->tag == ST_VERB) {
            head = e;
            if (be_before && (t->vform & PR_PART))
                f |= VG_PASSIVE;
            if (have_before && (t->vform & PR_PART))
                f |= VG_PERFECT;
            if (!finite && !(f & VG_INF)) {
                if ((t->vform & PR_ING) && !(t->vform & (PR_PAST | PR_3SG | PR_BASE)))
                    f |= VG_ING;
                else if ((t->vform & PR_PART) && !(t->vform & PR_PAST))
                    f |= VG_PART;
                else if (t->vform & PR_PAST)
                    f |= VG_PAST | ((t->vform & PR_PART) ? VG_PART : 0);
                else
                    f |= VG_PRESENT;
            }
            e++;
            break;
        } else {
            break;
        }
    }
    /* "began deploying troops", "started to withdraw", "helped
     * organise": the verb of aspect carries the tense, the second verb
     * the event */
    if (head != UINT32_MAX && tok_in(&T[head], W_ASPECT) && e < b->s1) {
        uint32_t n = e;
        if (T[n].tag == ST_TO && n + 1 < b->s1)
            n++;
        /* ("began leaving Mali": an -ing form the tagger took for a
         * noun) */
        if ((T[n].tag == ST_VERB &&
             (n > e || (T[n].vform & PR_ING) ||
              ((T[n].vform & PR_BASE) && !(T[n].vform & (PR_PAST | PR_3SG))))) ||
            (n == e && T[n].tag == ST_NOUN && (T[n].readings & PR_ING) && tok_ing(&T[n]))) {
            head = n;
            e = n + 1;
        }
    }
    if (head == UINT32_MAX) {
        if (last_aux == UINT32_MAX)
            return i;
        head = last_aux;
        f |= tok_in(&T[head], W_BE) ? VG_COPULA : 0;
        e = last_aux + 1;
        /* "is not", "was never": negation after the copula */
        while (e < b->s1 && (T[e].tag == ST_NEG || (T[e].tag == ST_ADV &&
                                                    e + 1 < b->s1 &&
                                                    T[e + 1].tag == ST_NEG))) {
            if (T[e].tag == ST_NEG)
                f |= VG_NEG;
            e++;
        }
    }
    /* "Cambodian soldier killed in Thai border gunfight": in a headline
     * (the first line, with no full stop), a lone past participle after
     * its noun and before "in", "during", "near", "after", "amid" or
     * "off" is a passive without its "was" ("fired at", "fired on" stay
     * active; "hit by sanctions" is no attack) */
    if (e == i + 1 && head == i && (T[i].vform & PR_PART) && !(f & (VG_PASSIVE | VG_INF)) &&
        e < b->s1 && T[e].tag == ST_PREP &&
        (tok_eq(&T[e], "in") || tok_eq(&T[e], "during") ||
         tok_eq(&T[e], "near") || tok_eq(&T[e], "after") || tok_eq(&T[e], "amid") ||
         tok_eq(&T[e], "off")) &&
        b->s0 == b->td->sents[0].tok0 && pl_syntax_headline(b->td, 0) && i > b->s0 &&
        (T[i - 1].tag == ST_NOUN || T[i - 1].tag == ST_PROPN))
        f |= VG_PASSIVE;
    /* "no longer" */
    chunk *c = push(b, CK_VG, i, e);
    if (!c)
        return i;
    c->head = head;
    c->flags = f;
    return e;
}

static int simple_kind(int tag)
{
    switch (tag) {
    case ST_CONJ: return CK_CONJ;
    case ST_SUB: return CK_SUB;
    case ST_REL: return CK_REL;
    case ST_WH: return CK_REL;
    case ST_PUNCT: return CK_PUNCT;
    case ST_QUOTE: return CK_QUOTE;
    case ST_ADV: return CK_ADV;
    default: return CK_OTHER;
    }
}

/* Whether t is an adverb of degree in "-ly" ("heavily armed", "newly
 * elected"), which may open a noun phrase before its adjective. */
static int degree_adverb(const token *t)
{
    return t->tag == ST_ADV && t->fold_len > 3 && t->fold[t->fold_len - 2] == 'l' &&
           t->fold[t->fold_len - 1] == 'y';
}

/* How many words at i say a number is approximate ("at least 10
 * attacks", "about 200 supporters"): they open the number's noun phrase.
 * 0 when no number follows them. */
static uint32_t approx_words(const cbuild *b, uint32_t i)
{
    const token *T = b->T;
    uint32_t n = 0;
    if (T[i].tag != ST_ADV)
        return 0;
    if (tok_eq(&T[i], "at") && i + 1 < b->s1 &&
        (tok_eq(&T[i + 1], "least") || tok_eq(&T[i + 1], "most")))
        n = 2;
    else if (tok_in(&T[i], W_APPROX))
        n = 1;
    if (!n || i + n >= b->s1 ||
        !((T[i + n].flags & TOK_NUM) || tok_in(&T[i + n], W_NUMBERS)))
        return 0;
    return n;
}

int pl_syntax_chunks(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t si, const mention *ms, int nm, chunk **out)
{
    const sentence *s = &td->sents[si];
    cbuild b = {a, lx, td, td->toks, s->tok0, s->tok1, ms, nm, NULL, 0, 0, 0};
    const token *T = td->toks;
    int q = 0;
    /* a chunk holds one token at least: room for one a token at once
     * instead of copies as the array doubles (push grows it still if
     * need be) */
    if (s->tok1 > s->tok0) {
        b.cap = (int)(s->tok1 - s->tok0);
        if (!(b.v = arena_alloc(a, (size_t)b.cap * sizeof *b.v)))
            return -1;
    }
    for (uint32_t i = s->tok0; i < s->tok1;) {
        /* most tokens that begin no noun phrase are told by their tag
         * and the mentions, without the call */
        int np = TAG_IN(T[i].tag, NP_TAGS | TAGBIT(ST_PRON)) || mention_at(&b, i, &q) >= 0;
        uint32_t e = np ? noun_phrase(&b, i, &q) : i;
        /* "heavily armed police officers": an adverb of degree before
         * the adjective that opens a noun phrase is the phrase's */
        if (!np && T[i].tag == ST_ADV && i + 1 < s->tok1 && T[i + 1].tag == ST_ADJ &&
            degree_adverb(&T[i]) &&
            (e = noun_phrase(&b, i + 1, &q)) > i + 1)
            b.v[b.n - 1].t0 = i;
        else if (!np)
            e = i;
        if (b.oom)
            return -1;
        if (e > i) {
            i = e;
            continue;
        }
        int tag = T[i].tag;
        if (tok_eq(&T[i], "as") && i + 2 < s->tok1 && tok_eq(&T[i + 1], "well") &&
            tok_eq(&T[i + 2], "as")) {
            /* "as well as": a conjunction */
            if (!push(&b, CK_CONJ, i, i + 3))
                return -1;
            i += 3;
            continue;
        }
        int according = tok_eq(&T[i], "according") && i + 1 < s->tok1 &&
                        tok_eq(&T[i + 1], "to");
        if (tag == ST_PREP || according) {
            chunk *c = push(&b, CK_PP, i, i + 1 + (uint32_t)according);
            if (!c)
                return -1;
            c->prep = (uint8_t)(according ? P_OTHER : pl_prep_of(&T[i]));
            if (according)
                c->flags = 1; /* "according to" */
            int at = b.n - 1;
            uint32_t k = c->t1;
            /* "for at least 10 attacks": the phrase opens at "at"; "after
             * heavily armed police entered": at the adverb of its
             * adjective */
            uint32_t ka = k < s->tok1 ? k + approx_words(&b, k) : k;
            if (ka == k && k + 1 < s->tok1 && T[k].tag == ST_ADV && T[k + 1].tag == ST_ADJ &&
                degree_adverb(&T[k]))
                ka = k + 1;
            uint32_t ne = ka < s->tok1 ? noun_phrase(&b, ka, &q) : ka;
            if (b.oom)
                return -1;
            if (ne > ka) {
                b.v[at].np = b.n - 1;
                b.v[b.n - 1].t0 = k;
            } else {
                ne = k;
            }
            i = ne > k ? ne : k;
            continue;
        }
        /* 'said it "strongly" condemned the removal': an adverb in
         * scare quotes before a verb is the verb group's */
        uint32_t v = tag == ST_QUOTE && i + 3 < s->tok1 && T[i + 1].tag == ST_ADV &&
                             T[i + 2].tag == ST_QUOTE &&
                             TAG_IN(T[i + 3].tag,
                                    TAGBIT(ST_VERB) | TAGBIT(ST_AUX) | TAGBIT(ST_MODAL))
                         ? i + 3
                         : i;
        if (v > i ||
            TAG_IN(tag, TAGBIT(ST_VERB) | TAGBIT(ST_AUX) | TAGBIT(ST_MODAL) | TAGBIT(ST_TO)) ||
            (tag == ST_NEG && i + 1 < s->tok1 &&
             (T[i + 1].tag == ST_VERB || T[i + 1].tag == ST_AUX))) {
            e = verb_group(&b, v);
            if (b.oom)
                return -1;
            if (e > v) {
                b.v[b.n - 1].t0 = i;
                i = e;
                continue;
            }
        }
        if (!push(&b, simple_kind(tag), i, i + 1))
            return -1;
        i++;
    }
    *out = b.v;
    return b.n;
}
