/* mentions.c — stage 4: finds actor mentions in a sentence. An office
 * chunk ("Deputy Prime Minister – Minister of Foreign Affairs of the
 * Republic of Kazakhstan Murat Nurtleu", "Liu Zhenmin, the UN
 * Under-Secretary-General for Economic and Social Affairs"), a list of
 * counterparts ("Foreign Ministers of Spain José Albares, Latvia Baiba
 * Braže, …"), countries and organisations (alone or in lists), pronouns
 * and descriptions. Each mention is resolved through coref.c. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mentions/mentions.h"
#include "syntax/syntax.h"

#define ACTOR_KINDS                                                        \
    (LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ) | LK_BIT(LK_CAPITAL) |            \
     LK_BIT(LK_ORG) | LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) |          \
     LK_BIT(LK_HONORIFIC) | LK_BIT(LK_PEOPLE))

/* The preposition t is, or P_NONE ("about 200" is no preposition). */
static int prep_code(const token *t)
{
    return t->tag == ST_ADV ? P_NONE : pl_prep_of(t);
}

struct mvec;

/* The usable payloads of the dictionary phrases that start at a token
 * (token.lexnode), found once per sentence: the steps ask about one token
 * for one kind after another (an office, a state, a person …), and each
 * question walked the same payload chains again. */
#define MEMO_TOKS 128
typedef struct phrase_memo {
    uint32_t kinds[3]; /* per phrase: LK_BIT of each kind that has a usable
                          payload (pl_lexicon_hit_ok but for the mask) */
    uint32_t first[3]; /* the first usable payload (lx->hits), 0: none */
} phrase_memo;

typedef struct scan {
    arena *a;
    const parley_lexicon *lx;
    const text_doc *td;
    const token *toks;
    uint32_t s0, s1;
    coref_state *st;
    const struct mvec *mv; /* the sentence's mentions so far */
    /* the memo of tokens [s0, s0 + MEMO_TOKS), an entry valid when its
     * bit in memo_done is set (the finder's arrays) */
    phrase_memo *memo;
    uint64_t *memo_done;
    /* skip_det's last question and answer (the finder's: the steps
     * ask it at the same token one after another) */
    size_t *det;
} scan;

/* Remembers org as the organisation named last, by a name whose last
 * word has text_hash head (0: none known). */
static void note_org(coref_state *st, const char *org, uint64_t head)
{
    st->last_org = org;
    size_t n = sizeof st->orgs / sizeof *st->orgs, k = 0;
    while (k + 1 < n && st->orgs[k] && strcmp(st->orgs[k], org))
        k++;
    memmove(st->orgs + 1, st->orgs, k * sizeof *st->orgs);
    memmove(st->org_heads + 1, st->org_heads, k * sizeof *st->org_heads);
    st->orgs[0] = org;
    st->org_heads[0] = head;
}

/* Fills the memo entry of toks[i] (s0 <= i < s0 + MEMO_TOKS, i < s1,
 * its phrases known from pl_lexicon_annotate) at the first question. */
static inline void memo_fill(const scan *sc, size_t i)
{
    size_t k = i - sc->s0;
    phrase_memo *m = &sc->memo[k];
    const parley_lexicon *lx = sc->lx;
    const token *t = &sc->toks[i];
    for (int e = 0; e < t->nlex; e++) {
        m->kinds[e] = m->first[e] = 0;
        if (t->lexlen[e] > sc->s1 - i)
            continue; /* runs past the sentence */
        for (uint32_t h = lx->node_hits[t->lexnode[e]]; h; h = lx->hits[h].next)
            /* (a payload without capital-letter constraints needs no
             * call: pl_lexicon_hit_ok's test of the record is here) */
            if (lx->hits[h].caps_mask
                    ? pl_lexicon_hit_ok(lx, &lx->hits[h], sc->toks, i, ~0u)
                    : !(lx->deleted[lx->hits[h].kind] &&
                        lx->deleted[lx->hits[h].kind][lx->hits[h].idx])) {
                if (!m->first[e])
                    m->first[e] = h;
                m->kinds[e] |= LK_BIT(lx->hits[h].kind);
            }
    }
    sc->memo_done[k >> 6] |= 1ull << (k & 63);
}

/* match_phrase where the memo does not answer: the lexicon's longest
 * phrase of the kinds with a usable payload, else a capitalised compound
 * ("Saudi-led"). */
__attribute__((noinline)) static size_t match_slow(const scan *sc, size_t i, uint32_t mask,
                                                   const lex_hit **out)
{
    const lex_hit *h, *ok = NULL;
    size_t len = lexicon_match_ok(sc->lx, sc->toks, i, sc->s1, mask, &h, &ok);
    if (len && ok) {
        *out = ok;
        return len;
    }
    /* "Saudi-led": only a capitalised word with a hyphen */
    const token *t = &sc->toks[i];
    *out = (t->flags & TOK_CAP) && (t->flags & TOK_HYPHEN) &&
                   (mask & (LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY)))
               ? pl_grammar_compound(sc->lx, sc->td->text, t, mask)
               : NULL;
    return *out ? 1 : 0;
}

static size_t match_next(const scan *sc, size_t i, int e, uint32_t u, uint32_t mask,
                         const lex_hit **out);

/* match_phrase's answer from the memo entry m of toks[i] (made). */
static inline size_t memo_answer(const scan *sc, size_t i, const phrase_memo *m, uint32_t mask,
                                 const lex_hit **out)
{
    const token *t = &sc->toks[i];
    for (int e = t->nlex - 1; e >= 0; e--) {
        if (!(m->kinds[e] & mask))
            continue;
        /* the first usable payload of a kind in the mask: mostly the
         * first usable one */
        const lex_hit *hits = sc->lx->hits;
        uint32_t u = m->first[e];
        if (!(LK_BIT(hits[u].kind) & mask))
            return match_next(sc, i, e, u, mask, out);
        *out = &hits[u];
        return t->lexlen[e];
    }
    return match_slow(sc, i, mask, out);
}

/* match_phrase at a token whose memo entry is not made yet: makes it,
 * then answers from it. */
__attribute__((noinline)) static size_t match_fill(const scan *sc, size_t i, uint32_t mask,
                                                   const lex_hit **out)
{
    memo_fill(sc, i);
    return memo_answer(sc, i, &sc->memo[i - sc->s0], mask, out);
}

/* match_phrase where the first usable payload of the phrase of e
 * tokens' entry u is of a kind outside mask: the next usable one of a
 * kind in it (there is one: the memo's kinds say so). */
__attribute__((noinline)) static size_t match_next(const scan *sc, size_t i, int e, uint32_t u,
                                                   uint32_t mask, const lex_hit **out)
{
    const lex_hit *hits = sc->lx->hits;
    do
        u = hits[u].next;
    while (!pl_lexicon_hit_ok(sc->lx, &hits[u], sc->toks, i, mask));
    *out = &hits[u];
    return sc->toks[i].lexlen[e];
}

/* match_at for a token where a phrase of the kinds may start: the first
 * usable payload of the longest phrase in *out, from the memo when it can
 * answer (the lexicon's answer: lexicon_match_ok). Not inlined: the
 * callers are many. Every call it makes is its last act, so the common
 * answer, from a memo entry made before, saves and restores no
 * registers. */
__attribute__((noinline)) static size_t match_phrase(const scan *sc, size_t i, uint32_t mask,
                                                     const lex_hit **out)
{
    const token *t = &sc->toks[i];
    size_t k = i - sc->s0;
    if (!(i < sc->s1 && k < MEMO_TOKS &&
          (t->lexkinds & (LEX_ANNOTATED | LEX_OVERFLOW)) == LEX_ANNOTATED &&
          (t->lexkinds & mask)))
        return match_slow(sc, i, mask, out);
    if (!(sc->memo_done[k >> 6] & (1ull << (k & 63))))
        return match_fill(sc, i, mask, out);
    return memo_answer(sc, i, &sc->memo[k], mask, out);
}

/* Whether match_at(sc, i, mask) surely finds nothing, and the first
 * usable payload of the longest actor phrase at i. Most calls
 * ask at a token where no phrase of the kinds starts (pl_lexicon_annotate)
 * and that is no capitalised compound ("Saudi-led"): answered inline. */
static inline int no_phrase(const scan *sc, size_t i, uint32_t mask)
{
    const token *t = &sc->toks[i];
    return i < sc->s1 && (t->lexkinds & LEX_ANNOTATED) && !(t->lexkinds & mask) &&
           ((t->flags & (TOK_CAP | TOK_HYPHEN)) != (TOK_CAP | TOK_HYPHEN) ||
            !(mask & (LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY))));
}

static inline size_t match_at(const scan *sc, size_t i, uint32_t mask,
                              const lex_hit **out)
{
    if (no_phrase(sc, i, mask)) {
        *out = NULL;
        return 0;
    }
    return match_phrase(sc, i, mask, out);
}

static int is_kind(const scan *sc, size_t i, uint32_t mask, size_t *len,
                   const lex_hit **h)
{
    if (i >= sc->s1)
        return 0;
    const lex_hit *hh;
    size_t l = match_at(sc, i, mask, &hh);
    if (!l)
        return 0;
    if (len)
        *len = l;
    if (h)
        *h = hh;
    return 1;
}

static int cap_word(const token *t)
{
    return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) &&
           !(t->flags & TOK_POSS);
}

/* Whether toks[i] can be part of a personal name; inside tells that
 * name words precede it, so that a demonym can be a surname ("Volker
 * Türk") when no other word follows. */
static int name_word_in(const scan *sc, size_t i, int inside);
static inline int name_token_in(const scan *sc, size_t i, int inside)
{
    /* (the test that ends most names, "said", without a call) */
    return cap_word(&sc->toks[i]) && name_word_in(sc, i, inside);
}

/* name_token_in for a capitalised word. */
static int name_word_in(const scan *sc, size_t i, int inside)
{
    const token *t = &sc->toks[i];
    /* "No" is a name where the tagger says so ("Minister No Kwang-chol") */
    if (tok_in(t, W_NOT_NAMES) && !(tok_eq(t, "no") && t->tag == ST_PROPN))
        return 0;
    if ((t->flags & TOK_ALLCAPS) && t->fold_len <= 5)
        return 0; /* acronyms */
    /* "Serbian Police Fire Tear Gas": in a headline in title case the
     * tagger reads capitalised English words as words, not names (inside
     * a sentence of prose every capitalised word is a name to it) */
    if (i > sc->s0 && t->readings &&
        (t->tag == ST_VERB || t->tag == ST_NOUN || t->tag == ST_ADJ))
        return 0;
    /* "Separately, …", "Finally, …": a sentence-initial adverb */
    if (i == sc->s0 && t->fold_len > 4 && !strcmp(t->fold + t->fold_len - 2, "ly") &&
        i + 1 < sc->s1 && tok_eq(&sc->toks[i + 1], ","))
        return 0;
    const lex_hit *h;
    size_t l = match_at(sc, i, (ACTOR_KINDS & ~LK_BIT(LK_HONORIFIC)) |
                                   LK_BIT(LK_PLACE) | LK_BIT(LK_VENUE),
                        &h);
    /* a demonym or a town closes a name ("Volker Türk", "Felipe Urrutia
     * Lagos") when no capitalised word follows */
    if (l == 1 && inside && (h->kind == LK_ADJ || h->kind == LK_PLACE) &&
        (i + 1 >= sc->s1 || !cap_word(&sc->toks[i + 1])) &&
        !is_kind(sc, i + 1, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL))
        return 1;
    /* "Abdul Hakim Haqqani": a one-word office between the words of a
     * name is a name */
    if (l == 1 && inside && h->kind == LK_OFFICE && i + 1 < sc->s1 &&
        cap_word(&sc->toks[i + 1]) && !tok_in(&sc->toks[i + 1], W_NOT_NAMES) &&
        !is_kind(sc, i + 1, ACTOR_KINDS | LK_BIT(LK_PLACE), NULL, NULL))
        return 1;
    /* "Vladimir Padrino Lopez": a town's name that begins a name */
    if (l == 1 && !inside && h->kind == LK_PLACE && i + 1 < sc->s1 &&
        cap_word(&sc->toks[i + 1]) && !tok_in(&sc->toks[i + 1], W_NOT_NAMES) &&
        !is_kind(sc, i + 1, ACTOR_KINDS | LK_BIT(LK_PLACE), NULL, NULL))
        return 1;
    if (l) {
        /* a known person's name beats a place or office reading */
        const lex_hit *p;
        size_t pl = match_at(sc, i, LK_BIT(LK_PERSON), &p);
        return pl >= l;
    }
    return 1;
}

static int name_token(const scan *sc, size_t i)
{
    return name_token_in(sc, i, 0);
}

/* "al-Bashir", "el-Sisi": a particle (words.txt "particles") joined by a
 * hyphen to a capitalised word is one word of a name. */
static int particle_name(const scan *sc, size_t i)
{
    const token *t = &sc->toks[i];
    if (!(t->flags & TOK_HYPHEN) || (t->flags & TOK_CAP))
        return 0;
    const char *h = memchr(t->fold, '-', t->fold_len);
    size_t p = h ? (size_t)(h - t->fold) : 0;
    const char *raw = sc->td->text + t->start;
    if (!p || p > 4 || t->end - t->start < p + 2 || raw[p] != '-' || raw[p + 1] < 'A' ||
        raw[p + 1] > 'Z')
        return 0;
    return pl_grammar_word_in(sc->lx, t->fold, p, W_PARTICLES);
}

/* Whether t is tagged a verb, an auxiliary or a modal: the verb that
 * follows a subject ("Kazakhstan welcomed", "Fidan urged"). */
static int verb_word(const token *t)
{
    return t->tag == ST_VERB || t->tag == ST_AUX || t->tag == ST_MODAL;
}

/* Skips honorifics ("H.E.", "Mr.", "Prince") at i; returns the new i. */
static size_t skip_honorifics(const scan *sc, size_t i)
{
    for (int guard = 0; guard < 4 && i < sc->s1; guard++) {
        size_t l;
        if (!is_kind(sc, i, LK_BIT(LK_HONORIFIC), &l, NULL))
            break;
        /* "Sri Lanka", "Sheikh Jarrah": a longer name the lexicon knows
         * that begins with the honorific is that name */
        size_t nl;
        if (is_kind(sc, i, ACTOR_KINDS | LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL), &nl, NULL) &&
            nl > l)
            break;
        i += l;
        if (i < sc->s1 && tok_eq(&sc->toks[i], "."))
            i++;
    }
    return i;
}

/* A personal name at i: capitalised words with particles between them.
 * Returns its end (exclusive), or i when there is none. *n0 is where the
 * name proper begins (after honorifics). */
static size_t parse_name(const scan *sc, size_t i, size_t *n0)
{
    /* (most names start with no honorific: no call then) */
    size_t j = no_phrase(sc, i, LK_BIT(LK_HONORIFIC)) ? i : skip_honorifics(sc, i);
    *n0 = j;
    size_t k = j, words = 0;
    while (k < sc->s1 && words < 6) {
        const token *t = &sc->toks[k];
        if (k > j && (t->flags & TOK_NL))
            break;
        const lex_hit *h;
        size_t pl = match_at(sc, k, LK_BIT(LK_PERSON), &h);
        if (words == 0 && pl) {
            /* a known person's full name, whatever its words are */
            k += pl;
            words += pl;
            continue;
        }
        /* "EU Enlargement Commissioner Marta Kos": a known person's
         * full name ends two capitalised words or more before it (a
         * title the lexicon does not know), or one English word; not
         * one more given name ("Matamela Cyril Ramaphosa") */
        if (words && pl >= 2 && (words >= 2 || sc->toks[k - 1].readings))
            break;
        /* "KP Sharma Oli": two capitals that name nothing the lexicon
         * knows, before two words of a name, are initials */
        if (!words && (t->flags & TOK_ALLCAPS) && t->fold_len == 2 && k + 2 < sc->s1 &&
            !is_kind(sc, k, ACTOR_KINDS | LK_BIT(LK_PLACE) | LK_BIT(LK_VENUE), NULL, NULL) &&
            name_token_in(sc, k + 1, 1) && name_token_in(sc, k + 2, 1)) {
            k++;
            words++;
            continue;
        }
        /* "Feridun H. Sinirlioğlu", "George W. Bush": a middle initial
         * and its full stop inside a name; "K. Budrys": a first one
         * before a name, left out of it so that the name is looked up
         * as the lexicon spells it */
        if (!words && t->fold_len == 1 && (t->flags & TOK_CAP) && k + 2 < sc->s1 &&
            tok_eq(&sc->toks[k + 1], ".") && !(sc->toks[k + 1].flags & TOK_SPACE) &&
            name_token_in(sc, k + 2, 1)) {
            k += 2;
            *n0 = k;
            continue;
        }
        if (words && t->fold_len == 1 && (t->flags & TOK_CAP) && k + 2 < sc->s1 &&
            tok_eq(&sc->toks[k + 1], ".") && !(sc->toks[k + 1].flags & TOK_SPACE) &&
            name_token_in(sc, k + 2, 1)) {
            k += 2;
            continue;
        }
        if (name_token_in(sc, k, words > 0) || (words && particle_name(sc, k))) {
            k++;
            words++;
            continue;
        }
        /* "Ibrahim Ahmad 'Abd al-Aziz Ghandour": an apostrophe that opens
         * a word of a name (the Arabic ayn) is part of it */
        if (words && k + 1 < sc->s1 && tok_eq(t, "'") && (t->flags & TOK_SPACE) &&
            !(sc->toks[k + 1].flags & TOK_SPACE) && (sc->toks[k + 1].flags & TOK_CAP) &&
            name_token_in(sc, k + 1, 1)) {
            k += 2;
            words++;
            continue;
        }
        if (words && tok_in(t, W_PARTICLES)) {
            /* "de la Fuente", "van der Leyen" */
            size_t p = k + 1;
            if (p < sc->s1 && tok_in(&sc->toks[p], W_PARTICLES))
                p++;
            if (p < sc->s1 && name_token(sc, p)) {
                k = p;
                continue;
            }
        }
        break;
    }
    return words ? k : i;
}

static char *span_str(const scan *sc, size_t t0, size_t t1)
{
    if (t1 <= t0)
        return NULL;
    return pl_arena_strndup(sc->a, sc->td->text + sc->toks[t0].start,
                         sc->toks[t1 - 1].end - sc->toks[t0].start);
}

/* The folded words of tokens [t0, t1), one space between them, made in
 * the arena at once. */
static const char *fold_span(const scan *sc, size_t t0, size_t t1)
{
    /* one word: its token's fold, which lives as long (the document's
     * arena) and is read only */
    if (t1 == t0 + 1)
        return sc->toks[t0].fold;
    size_t n = 0;
    for (size_t k = t0; k < t1; k++)
        n += sc->toks[k].fold_len + (k + 1 < t1);
    char *r = arena_alloc(sc->a, n + 1), *o = r;
    if (!r)
        return NULL;
    for (size_t k = t0; k < t1; k++) {
        memcpy(o, sc->toks[k].fold, sc->toks[k].fold_len);
        o += sc->toks[k].fold_len;
        if (k + 1 < t1)
            *o++ = ' ';
    }
    *o = '\0';
    return r;
}

/* Sets ac's name to the text of tokens [t0, t1). */
static void set_name(const scan *sc, actor *ac, size_t t0, size_t t1)
{
    ac->name = ac->name_text = span_str(sc, t0, t1);
    ac->n0 = (uint32_t)t0;
    ac->n1 = (uint32_t)t1;
}

/* The country named at i (noun, capital or adjective), if any. */
static const char *country_at(const scan *sc, size_t i, size_t *len,
                              uint32_t mask)
{
    const lex_hit *h;
    if (!is_kind(sc, i, mask, len, &h))
        return NULL;
    return sc->lx->countries[h->idx].iso3;
}

typedef struct office_info {
    const char *role, *agent, *country, *org;
    const char *title; /* the office as written, folded ("secretary of state") */
    const char *portfolio;
    const char *host; /* "Ambassador to Kenya": KEN */
    int plural, counterpart, possessor;
    int generic; /* head is a generic noun ("side", "diplomat") */
    int counted; /* after a number or quantifier ("two people") */
    int org_implied; /* org is the office's own, not named in the text */
    const char *side; /* the sector of the party its possessive names, when
                         that party stands against the state ("its
                         chairman" after "Chadema said": OPP) */
} office_info;

static const char *org_at(const scan *sc, size_t i, size_t *len)
{
    const lex_hit *h;
    if (!is_kind(sc, i, LK_BIT(LK_ORG), len, &h))
        return NULL;
    return sc->lx->orgs[h->idx].acronym;
}

/* After an organisation: "(WIPO)" names it more precisely. An acronym
 * that is another body's ("Reporters Without Borders (RSF)" is no Rapid
 * Support Forces) leaves the name's organisation. */
static size_t paren_acronym(const scan *sc, size_t j, const char **org)
{
    size_t l;
    if (j + 2 < sc->s1 && tok_eq(&sc->toks[j], "(")) {
        const char *o = org_at(sc, j + 1, &l);
        if (o && j + 1 + l < sc->s1 && tok_eq(&sc->toks[j + 1 + l], ")")) {
            if (!*org || pl_lexicon_org_compatible(sc->lx, *org, o))
                *org = o;
            return j + l + 2;
        }
    }
    return j;
}

static size_t skip_det(const scan *sc, size_t j)
{
    if (sc->det[0] == j)
        return sc->det[1];
    sc->det[0] = j;
    if (j < sc->s1 && tok_in(&sc->toks[j], W_DETERMINERS))
        j++;
    while (j < sc->s1 && ((sc->toks[j].flags & TOK_NUM) ||
                          tok_in(&sc->toks[j], W_QUANTIFIERS)))
        j++;
    sc->det[1] = j;
    return j;
}

static size_t parse_office(const scan *sc, size_t i, office_info *oi, int depth);
static const actor *office_acronym(const scan *sc, const token *t);
static size_t named_body(const scan *sc, size_t k, int *mil);

typedef struct mvec {
    mention *v;
    int n, cap;
} mvec;

/* "its forces", "its Director-General": the state or organisation named
 * last in the sentence, else the latest one that was a subject, else the
 * latest organisation. */
static int state_or_org(const mention *m)
{
    return m->nact == 1 && !m->acts[0].name && (m->acts[0].country || m->acts[0].org);
}

static void its_owner(const scan *sc, office_info *oi)
{
    /* the sentence's subject first ("Mexico breaks off relations with
     * Ecuador after police storm its embassy"), else the latest */
    const mention *pick = NULL;
    int n = sc->mv ? sc->mv->n : 0;
    for (int q = 0; q < n && !pick; q++)
        if (sc->mv->v[q].prep == P_NONE && !sc->mv->v[q].modifier &&
            state_or_org(&sc->mv->v[q]))
            pick = &sc->mv->v[q];
    for (int q = n - 1; q >= 0 && !pick; q--)
        if (state_or_org(&sc->mv->v[q]))
            pick = &sc->mv->v[q];
    if (pick) {
        oi->country = pick->acts[0].org ? NULL : pick->acts[0].country;
        oi->org = pick->acts[0].org;
        const char *a = pick->acts[0].agent;
        if (!oi->org && a && pl_agent_opponent(a))
            oi->side = a;
        return;
    }
    if (sc->st->last_it.country || sc->st->last_it.org) {
        oi->country = sc->st->last_it.org ? NULL : sc->st->last_it.country;
        oi->org = sc->st->last_it.org;
        return;
    }
    oi->org = sc->st->last_org;
}


/* Whether oi's role is an envoy's ("its ambassador in Tehran"), found
 * once into *known (-1: not yet). */
static int envoy_role(const office_info *oi, int *known)
{
    if (*known < 0)
        *known = oi->role && (strstr(oi->role, "Ambassador") ||
                              strstr(oi->role, "Representative") || strstr(oi->role, "Envoy"));
    return *known;
}

/* Post-modifiers of an office head at j: "of Kazakhstan", "of the UN
 * Secretary-General", "for Legal Affairs", "(UNRCCA)", "to the UN". */
static size_t office_post(const scan *sc, size_t j, office_info *oi, int depth)
{
    const token *T = sc->toks;
    /* the role stays the same in the loop: whether it is an envoy's is
     * asked once, and only before "in" or "to" (-1: not yet asked) */
    int envoy = -1;
    for (int guard = 0; guard < 8 && j < sc->s1; guard++) {
        size_t l;
        /* "Minister of State at the Ministry of Foreign Affairs", "a
         * second secretary at the Russian embassy" */
        int is_at = tok_eq(&T[j], "at") && oi->role && depth == 0;
        if (is_at) {
            office_info sub;
            size_t e = parse_office(sc, j + 1, &sub, depth + 1);
            if (e > j + 1 && !sub.plural && !sub.generic && !oi->country && !oi->org) {
                oi->country = sub.country;
                oi->org = sub.org;
                j = e;
                continue;
            }
            break;
        }
        /* "its ambassador in Tehran": the state it is posted to */
        if (tok_eq(&T[j], "in") && envoy_role(oi, &envoy) && j + 1 < sc->s1) {
            const char *c = country_at(sc, j + 1, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
            if (c && oi->possessor) {
                oi->host = c;
                j += 1 + l;
                continue;
            }
        }
        if (tok_eq(&T[j], "of") || (tok_eq(&T[j], "to") && envoy_role(oi, &envoy))) {
            int is_of = tok_eq(&T[j], "of");
            size_t k = skip_det(sc, j + 1);
            const char *c, *o;
            size_t ol;
            /* (a body whose name starts with a state's: "of the Palestine
             * Liberation Organization") */
            if ((c = country_at(sc, k, &l,
                                LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL))) &&
                !(is_kind(sc, k, LK_BIT(LK_ORG), &ol, NULL) && ol > l)) {
                if (is_kind(sc, k + l, LK_BIT(LK_OFFICE), NULL, NULL))
                    break; /* "of Kazakhstan Foreign Minister" is odd */
                if (!is_of)
                    oi->host = c;
                if (is_of || (!oi->country && !oi->possessor))
                    oi->country = c;
                j = k + l;
                continue;
            }
            /* "the former government of Bashar al-Assad": the state of
             * the person it belongs to */
            const lex_hit *ph;
            size_t pl;
            if (is_of && !oi->country && !oi->org &&
                (pl = match_at(sc, k, LK_BIT(LK_PERSON), &ph)) > 0 &&
                sc->lx->persons[ph->idx].country) {
                oi->country = sc->lx->persons[ph->idx].country;
                j = k + pl;
                continue;
            }
            /* "the people of Gaza", "the governor of Kherson": the state
             * of the place */
            if (is_of && !oi->country && !oi->org &&
                (pl = match_at(sc, k, LK_BIT(LK_PLACE), &ph)) > 0 && ph->kind == LK_PLACE &&
                !is_kind(sc, k, LK_BIT(LK_ORG) | LK_BIT(LK_COUNTRY), NULL, NULL) &&
                !(k + pl < sc->s1 && (sc->toks[k + pl].flags & TOK_POSS))) {
                oi->country = sc->lx->places[ph->idx].iso3;
                j = k + pl;
                continue;
            }
            if ((o = org_at(sc, k, &l))) {
                if (is_kind(sc, k + l, LK_BIT(LK_OFFICE), NULL, NULL) && depth < 2) {
                    /* "of the UN Secretary-General": the org counts */
                    office_info sub = {0};
                    size_t e = parse_office(sc, k, &sub, depth + 1);
                    if (e > k) {
                        if (!oi->org && !oi->country)
                            oi->org = sub.org ? sub.org : o;
                        j = e;
                        continue;
                    }
                }
                if (is_of || (!oi->country && !oi->org))
                    oi->org = o;
                j = paren_acronym(sc, k + l, &oi->org);
                continue;
            }
            if (is_of && depth < 2 && !oi->country && !oi->org) {
                /* "Head of the Kazakh MFA", "Chairman of the Senate of
                 * Uzbekistan": the inner office's country or org */
                office_info sub;
                size_t e = parse_office(sc, j + 1, &sub, depth + 1);
                /* "Chairperson of the Senate of the Oliy Majlis": a chain
                 * of offices, even when none names its state */
                if (e > j + 1 && !sub.plural && !sub.generic) {
                    oi->country = sub.country;
                    oi->org = sub.org;
                    /* ("a spokesman of the opposition party": of the
                     * opposition, not of the state) */
                    if (sub.agent && pl_agent_opponent(sub.agent))
                        oi->side = sub.agent;
                    j = e;
                    continue;
                }
            }
            /* "Minister of the International Department of the
             * Communist Party of China": a body the lexicon does not
             * know, whose owner the next "of" names */
            /* (only when that owner's name ends there: not "of the Lao
             * People's Revolutionary Party", a longer name) */
            int mil;
            size_t be, k2, l2 = 0;
            office_info owner;
            if (is_of && !oi->country && !oi->org && (be = named_body(sc, k, &mil)) > k &&
                be + 2 < sc->s1 && tok_eq(&T[be], "of")) {
                size_t oe = be;
                k2 = skip_det(sc, be + 1);
                if (country_at(sc, k2, &l2, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL)) ||
                    org_at(sc, k2, &l2))
                    oe = k2 + l2;
                else if (depth < 2 && (oe = parse_office(sc, be + 1, &owner, depth + 1)) > be + 1 &&
                         !owner.country && !owner.org)
                    oe = be;
                if (oe > be && !(oe < sc->s1 && (T[oe].flags & TOK_POSS))) {
                    j = be;
                    continue;
                }
            }
            break;
        }
        /* "a delegation from ECOWAS", "an envoy from Qatar": whose it is
         * when nothing before said so */
        /* (not a building's: "recaptured the presidential palace from
         * the RSF") */
        if (tok_eq(&T[j], "from") && j + 1 < sc->s1 && !oi->country && !oi->org &&
            !oi->possessor && j > 0 && !tok_in(&T[j - 1], W_FACILITIES)) {
            size_t k = skip_det(sc, j + 1);
            const char *c, *o;
            if ((c = country_at(sc, k, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL)))) {
                oi->country = c;
                j = k + l;
                continue;
            }
            if ((o = org_at(sc, k, &l))) {
                oi->org = o;
                j = k + l;
                continue;
            }
            break;
        }
        if (tok_eq(&T[j], "for") && j + 1 < sc->s1) {
            size_t k = skip_det(sc, j + 1), e = k;
            while (e < sc->s1 &&
                   (cap_word(&T[e]) ||
                    (e > k && (tok_eq(&T[e], "and") || tok_eq(&T[e], "of") ||
                               tok_eq(&T[e], "the")) &&
                     e + 1 < sc->s1 && cap_word(&T[e + 1]))))
                e++;
            /* "Special Envoy of the Secretary-General for Yemen": an
             * organisation's envoy for a country keeps the organisation */
            int envoy_for = oi->org || (oi->role && (strstr(oi->role, "Envoy") ||
                                                     strstr(oi->role, "Representative") ||
                                                     strstr(oi->role, "Rapporteur") ||
                                                     strstr(oi->role, "Coordinator")));
            /* (not "a spokeswoman for the Bolivian foreign ministry":
             * a state's adjective alone before lower-case words) */
            if (e > k && (envoy_for || !is_kind(sc, k, LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG),
                                                NULL, NULL)) &&
                !(e == k + 1 && !envoy_for && is_kind(sc, k, LK_BIT(LK_ADJ), NULL, NULL))) {
                size_t cut = k;
                for (size_t q = k; q < e; q++) {
                    const lex_hit *ph;
                    if (q > k && match_at(sc, q, LK_BIT(LK_PERSON), &ph))
                        break;
                    if (tok_in(&T[q], W_ENDS))
                        cut = q + 1;
                }
                if (cut == k)
                    cut = e;
                oi->portfolio = span_str(sc, j + 1, cut);
                j = cut;
                continue;
            }
            break;
        }
        if (tok_eq(&T[j], "(")) {
            size_t e = paren_acronym(sc, j, &oi->org);
            if (e > j) {
                j = e;
                continue;
            }
        }
        break;
    }
    return j;
}

/* An office chunk at i without its name. Returns the end, or i when
 * there is no office here. Fills *oi. */
/* The words before an office's head from j on (parse_office's): a
 * country's adjective or name ("the Kazakh", "Uzbekistan's"), an
 * organisation, a leader's name ("the Trudeau government"), honorifics,
 * modifiers ("Deputy", "Acting": the kept ones go to *prefix). Returns
 * the head's position; *premods counts the states and organisations. */
/* Whether t may describe an office before its head: a lower-case
 * adjective or noun ("top security official", "chief nuclear
 * negotiator"), or a model's name with a digit ("F-35 jets"). */
static int descriptor(const token *t)
{
    if ((t->flags & (TOK_WORD | TOK_HYPHEN | TOK_CAP)) == (TOK_WORD | TOK_HYPHEN | TOK_CAP)) {
        /* a model's name: "Dutch F-35 jets", "Chinese J-15 fighters" */
        for (uint32_t k = 0; k < t->fold_len; k++)
            if (t->fold[k] >= '0' && t->fold[k] <= '9')
                return 1;
        return 0;
    }
    return (t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_NUM)) &&
           (t->tag == ST_ADJ || t->tag == ST_NOUN);
}

/* The end of the premodifiers and of at most three describing words
 * from j on (before an office's head). */
static size_t skip_descriptors(const scan *sc, size_t j)
{
    const token *T = sc->toks;
    for (int described = 0; j < sc->s1; j++) {
        if (tok_in(&T[j], W_OFFICE_PREMODS))
            continue;
        if (described == 3 || !descriptor(&T[j]) ||
            is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL))
            break;
        /* "F-35 jets were": a generic head that ends the phrase */
        if (tok_in(&T[j], W_GENERIC_HEADS) &&
            !(j + 1 < sc->s1 && T[j + 1].tag == ST_NOUN && !(T[j + 1].flags & TOK_CAP)))
            break;
        described++;
    }
    return j;
}

static size_t office_premods(const scan *sc, size_t i, size_t j, office_info *oi,
                             int *premods_out, const char **prefix_out)
{
    const token *T = sc->toks;
    size_t l;
    const lex_hit *h;
    int premods = 0;
    const char *prefix = NULL;
    for (int guard = 0; guard < 6 && j < sc->s1; guard++) {
        if (is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &l, &h)) {
            /* an office, even where the word is also an honorific
             * ("President"): the head */
            size_t la;
            const lex_hit *ha;
            if (!is_kind(sc, j, ACTOR_KINDS & ~LK_BIT(LK_HONORIFIC), &la, &ha) || la <= l)
                break;
        }
        /* "the Trudeau government": the leader's state */
        if (premods == 0 && j > i && is_kind(sc, j, LK_BIT(LK_PERSON), &l, &h) &&
            sc->lx->persons[h->idx].country && j + l < sc->s1 &&
            !(T[j + l].flags & TOK_CAP) && tok_in(&T[j + l], W_GENERIC_HEADS)) {
            oi->country = sc->lx->persons[h->idx].country;
            j += l;
            premods++;
            continue;
        }
        /* "an Istanbul court", "Lahore police": a town of the gazetteer
         * before a lower-case office word is of that town's country (not
         * as a sentence's first word: "Tyre workers in Turin") */
        /* (nor after "in": "while in Chiang Mai protesters clashed" is
         * where they did) */
        if (premods == 0 && (T[j].flags & TOK_CAP) &&
            (j > i || (j > sc->s0 && (T[j - 1].flags & TOK_WORD))) &&
            !(j > sc->s0 && tok_in(&T[j - 1], W_AREA_PREPS)) &&
            !is_kind(sc, j, ACTOR_KINDS, NULL, NULL) &&
            is_kind(sc, j, LK_BIT(LK_PLACE), &l, &h) && h->kind == LK_PLACE &&
            sc->lx->places[h->idx].iso3[0] && j + l < sc->s1 && !(T[j + l].flags & TOK_CAP) &&
            is_kind(sc, j + l, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL)) {
            oi->country = sc->lx->places[h->idx].iso3;
            j += l;
            premods++;
            continue;
        }
        if (is_kind(sc, j, ACTOR_KINDS, &l, &h)) {
            if (h->kind == LK_ADJ) {
                oi->country = sc->lx->countries[h->idx].iso3;
                j += l;
                premods++;
                continue;
            }
            if (h->kind == LK_COUNTRY || h->kind == LK_CAPITAL ||
                h->kind == LK_ORG) {
                size_t e = j + l;
                int poss_s = e < sc->s1 && (T[e].flags & TOK_POSS);
                if (poss_s)
                    e++;
                size_t f = skip_descriptors(sc, e);
                int office_next =
                    is_kind(sc, f, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL),
                            NULL, NULL) ||
                    (f < sc->s1 && tok_in(&T[f], W_GENERIC_HEADS));
                /* "China's Foreign Affairs director Wang Yi", "the
                 * party's International Department head": after a
                 * possessive, the name of a department the lexicon does
                 * not know (capitalised words, no actor) before a
                 * lower-case office word is part of the holder's title */
                if (!office_next && poss_s) {
                    size_t g = e;
                    while (g < sc->s1 && g < e + 4 && (T[g].flags & TOK_CAP) &&
                           (T[g].flags & TOK_WORD) && !(T[g].flags & TOK_ALLCAPS) &&
                           !is_kind(sc, g, ACTOR_KINDS, NULL, NULL))
                        g++;
                    if (g > e && g < sc->s1 && !(T[g].flags & TOK_CAP) &&
                        is_kind(sc, g, LK_BIT(LK_OFFICE), NULL, NULL)) {
                        office_next = 1;
                        e = g;
                    }
                }
                if (!office_next)
                    break;
                if (h->kind == LK_ORG)
                    oi->org = sc->lx->orgs[h->idx].acronym;
                else
                    oi->country = sc->lx->countries[h->idx].iso3;
                j = e;
                premods++;
                continue;
            }
            if (h->kind == LK_HONORIFIC) {
                j += l;
                if (j < sc->s1 && tok_eq(&T[j], "."))
                    j++;
                continue;
            }
            break; /* an office: the head */
        }
        if (tok_in(&T[j], W_OFFICE_PREMODS) || (premods && descriptor(&T[j]))) {
            /* describing words only after a state's name: "Iran's top
             * security official", not "a popular video blogger" */
            size_t f = premods ? skip_descriptors(sc, j) : j;
            while (f < sc->s1 && tok_in(&T[f], W_OFFICE_PREMODS))
                f++;
            if (f + 1 < sc->s1 && f > j && tok_eq(&T[f - 1], "then") && tok_dash(&T[f]))
                f++; /* "then-President" */
            /* "the former Syrian president": a state's adjective may come
             * between the premodifier and the office */
            size_t la = 0;
            const lex_hit *ha = NULL;
            int adj_office = f > j && is_kind(sc, f, LK_BIT(LK_ADJ), &la, &ha) &&
                             ha->kind == LK_ADJ &&
                             is_kind(sc, f + la, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL);
            if (f == j ||
                (!adj_office && !is_kind(sc, f, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL) &&
                 !(premods && f < sc->s1 && tok_in(&T[f], W_GENERIC_HEADS))))
                break;
            size_t k0 = j;
            while (k0 < f && !tok_in(&T[k0], W_KEEP))
                k0++;
            /* "then-President X" (the tokenizer splits "then"): former */
            size_t pe = f > k0 && tok_dash(&T[f - 1]) ? f - 1 : f;
            if (k0 < f && tok_eq(&T[k0], "then"))
                prefix = k0 + 1 < pe ? pl_arena_printf(sc->a, "former %s", span_str(sc, k0 + 1, pe))
                                     : "former";
            else if (k0 < f)
                prefix = span_str(sc, k0, f);
            j = f;
            continue;
        }
        break;
    }
    *premods_out = premods;
    *prefix_out = prefix;
    return j;
}

/* Compound offices after j: "Deputy Prime Minister – Minister of Foreign
 * Affairs", "Deputy Prime Minister and Foreign Minister", "Special
 * Representative ... and Head of the UNRCCA". The last office names the
 * role; country and organisation carry over. Returns the end. */
static size_t compound_offices(const scan *sc, size_t j, office_info *oi, int depth)
{
    const token *T = sc->toks;
    while (!oi->plural && !oi->generic && j + 1 < sc->s1 &&
           (tok_eq(&T[j], "-") || tok_eq(&T[j], "and") || tok_eq(&T[j], ","))) {
        office_info next;
        size_t k = j + 1;
        /* "the Secretary-General and the Prime Minister" are two */
        /* (nor "Japan's foreign minister and its chief cabinet
         * secretary") */
        if ((tok_eq(&T[j], ",") || tok_eq(&T[j], "and")) &&
            (tok_in(&T[k], W_DETERMINERS) || T[k].tag == ST_POSSDET))
            break;
        size_t e = parse_office(sc, k, &next, depth + 1);
        if (e == k || next.plural || next.generic)
            break;
        /* "police and protesters": groups of people are two parties,
         * not one office of two titles */
        if ((T[e - 1].readings & PR_PLURAL) && !(T[e - 1].flags & TOK_CAP))
            break;
        /* "killing three people, Lebanese state media reported": an
         * office after a comma with its own verb is a new subject; and
         * a count of people ("two people, Governor X said") is no one
         * office */
        size_t v = e;
        /* "… a border regime, Chancellor Karl Nehammer said": and with
         * its holder's name before the verb */
        while (tok_eq(&T[j], ",") && v < sc->s1 && (T[v].flags & TOK_CAP) && T[v].tag != ST_VERB)
            v++;
        if (tok_eq(&T[j], ",") && ((v < sc->s1 && T[v].tag == ST_VERB) || oi->counted))
            break;
        if (!next.country && !next.org) {
            /* keep the role of a specific office over a bare "Head" */
            if (!(next.role && !strcmp(next.role, "Head")))
                oi->role = next.role, oi->agent = next.agent;
        } else {
            if (!(next.role && !strcmp(next.role, "Head")))
                oi->role = next.role, oi->agent = next.agent;
            if (next.country)
                oi->country = next.country;
            if (next.org)
                oi->org = next.org;
        }
        if (next.portfolio)
            oi->portfolio = next.portfolio;
        j = e;
    }
    return j;
}

/* The end of "and National Orientation" after the office [o0, o1) when
 * the office names a portfolio with "of" ("Minister of Information"):
 * capitalised words that start no office, state, organisation or known
 * person, up to a comma or a known name; else o1. */
static size_t portfolio_and(const scan *sc, size_t o0, size_t o1)
{
    const token *T = sc->toks;
    int of = 0;
    for (size_t k = o0; k < o1; k++)
        of |= tok_eq(&T[k], "of");
    if (!of || o1 + 1 >= sc->s1 || !tok_eq(&T[o1], "and"))
        return o1;
    const uint32_t stop = LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) | LK_BIT(LK_COUNTRY) |
                          LK_BIT(LK_ADJ) | LK_BIT(LK_ORG) | LK_BIT(LK_PERSON);
    size_t e = o1 + 1;
    while (e < sc->s1 && (T[e].flags & TOK_WORD) && (T[e].flags & TOK_CAP) &&
           !is_kind(sc, e, stop, NULL, NULL))
        e++;
    if (e == o1 + 1 || e - o1 > 5)
        return o1;
    if (e < sc->s1 && !tok_eq(&T[e], ",") && !is_kind(sc, e, LK_BIT(LK_PERSON), NULL, NULL))
        return o1;
    return e;
}

/* Where the owner of an office starting at i ends: before up to two
 * adjectives in lower case ("the BNP's joint secretary general"). */
static size_t owner_end(const scan *sc, size_t i)
{
    size_t b = i;
    while (b > sc->s0 && b + 2 > i && sc->toks[b - 1].tag == ST_ADJ &&
           !(sc->toks[b - 1].flags & (TOK_CAP | TOK_POSS)))
        b--;
    return b;
}

static size_t parse_office(const scan *sc, size_t i, office_info *oi, int depth)
{
    const token *T = sc->toks;
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    int premods = 0;
    const char *prefix = NULL, *implied_org = NULL;
    memset(oi, 0, sizeof *oi);
    /* ("a Canadian diplomat" is someone new as well: one) */
    oi->counted = j > i && ((T[j - 1].flags & TOK_NUM) || tok_in(&T[j - 1], W_QUANTIFIERS) ||
                            tok_eq(&T[j - 1], "a") || tok_eq(&T[j - 1], "an"));
    /* "His Highness the Emir of Qatar": the honorific, then the office */
    for (int guard = 0; guard < 2 && is_kind(sc, j, LK_BIT(LK_HONORIFIC), &l, &h) &&
                        h->kind == LK_HONORIFIC && j + l < sc->s1 &&
                        tok_in(&T[j + l], W_DETERMINERS);
         guard++)
        j = skip_det(sc, j + l);
    if (j < sc->s1 && tok_in(&T[j], W_POSS)) {
        oi->possessor = 1;
        if (tok_eq(&T[j], "its"))
            its_owner(sc, oi);
        j++;
    } else if (j > i && j < sc->s1 && tok_in(&T[j], W_GROUP_NOUNS_EARLY) &&
               (tok_eq(&T[j - 1], "both") || tok_eq(&T[j - 1], "two")))
        return i; /* "both sides" is a group, see pl_mentions_find */
    /* a word that neither an office's premodifiers nor its head may
     * start ("the meeting with the minister"): no office here, as the
     * steps below would find one test at a time */
    if (j < sc->s1 && !tok_in(&T[j], W_OFFICE_PREMODS) && !tok_in(&T[j], W_GENERIC_HEADS) &&
        no_phrase(sc, j, ACTOR_KINDS | LK_BIT(LK_PERSON) | LK_BIT(LK_PLACE)))
        return i;
    j = office_premods(sc, i, j, oi, &premods, &prefix);
    if (j >= sc->s1)
        return i;
    size_t oh = j; /* where the office's words start */
    if (is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &l, &h)) {
        const lex_office *of = &sc->lx->offices[h->idx];
        oi->plural = h->kind == LK_OFFICE_PL;
        oi->role = prefix ? pl_arena_printf(sc->a, "%s %s", prefix, of->role)
                          : of->role;
        oi->agent = of->agent;
        implied_org = of->org;
        /* "the IDF", "the PLA": a title that names its state */
        if (of->country && !oi->country && !oi->org)
            oi->country = of->country;
        oi->title = fold_span(sc, j, j + l);
        j += l;
        /* "the Minister of Information and National Orientation, X": a
         * portfolio goes on past "and" in capitals, up to the comma or
         * the known name after it */
        size_t je = portfolio_and(sc, j - l, j);
        if (je > j) {
            oi->title = fold_span(sc, j - l, je);
            j = je;
        }
        /* "the army spokesman", "the navy commander": a body's office
         * word right before a person's singular office says for whom
         * that person speaks or acts */
        size_t l2;
        const lex_hit *h2;
        if (!oi->plural && of->agent && j < sc->s1 &&
            !(T[j - 1].flags & TOK_POSS) &&
            is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &l2, &h2) &&
            h2->kind == LK_OFFICE) {
            const lex_office *of2 = &sc->lx->offices[h2->idx];
            /* one person: "the army spokesman", not "opposition
             * protesters", a plural the singular list also holds */
            const token *w2 = &T[j + l2 - 1];
            int plural_form = w2->fold_len > 2 && w2->fold[w2->fold_len - 1] == 's' &&
                              w2->fold[w2->fold_len - 2] != 's';
            if (!of2->org && !plural_form) {
                oi->role = prefix ? pl_arena_printf(sc->a, "%s %s", prefix, of2->role) : of2->role;
                oi->title = fold_span(sc, j - l, j + l2);
                j += l2;
            }
        } else if (!oi->plural && of->agent && j < sc->s1 && tok_eq(&T[j], "authorities") &&
                   !(T[j - 1].flags & TOK_POSS)) {
            /* "Myanmar's military authorities": the body's, as one */
            j++;
        }
    } else if (tok_in(&T[j], W_GENERIC_HEADS) &&
               (premods || oi->possessor)) {
        oi->generic = 1;
        oi->counterpart = tok_eq(&T[j], "counterpart") ||
                          tok_eq(&T[j], "counterparts");
        oi->plural = T[j].fold[T[j].fold_len - 1] == 's' &&
                     !tok_eq(&T[j], "authorities");
        oi->agent = "GOV";
        j++;
    } else {
        return i;
    }
    if (!oi->plural)
        j = office_post(sc, j, oi, depth);
    /* the organisation an office implies ("High Commissioner for
     * Refugees": UNHCR) counts when nothing in the text named one, nor
     * an acronym or a name no dictionary knows right before it ("NUP
     * secretary general X", "Chadema secretary general X" are a
     * party's), nor a common noun's possessive ("the party's secretary
     * general") */
    if (implied_org && !oi->org && !oi->country) {
        int body = i > sc->s0 &&
                   (((T[i - 1].flags & TOK_ALLCAPS) && T[i - 1].fold_len >= 2) ||
                    ((T[i - 1].flags & TOK_CAP) && !T[i - 1].readings && T[i - 1].fold_len >= 3)) &&
                   !is_kind(sc, i - 1, LK_BIT(LK_ORG) | LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ), NULL,
                            NULL);
        /* (or an acronym no dictionary knows: "the BNP's joint secretary
         * general") */
        size_t b = owner_end(sc, i);
        int owned = b >= sc->s0 + 2 && (T[b - 1].flags & TOK_POSS) &&
                    (T[b - 2].flags & TOK_WORD) &&
                    (!(T[b - 2].flags & TOK_CAP) ||
                     ((T[b - 2].flags & TOK_ALLCAPS) && T[b - 2].fold_len >= 2 &&
                      !is_kind(sc, b - 2, LK_BIT(LK_ORG) | LK_BIT(LK_COUNTRY), NULL, NULL)));
        if (!body && !owned) {
            oi->org = implied_org;
            /* (told, though, in "the UN Secretary-General") */
            oi->org_implied = !(oh > sc->s0 && is_kind(sc, oh - 1, LK_BIT(LK_ORG), NULL, NULL)) &&
                              !(oh > sc->s0 + 1 && is_kind(sc, oh - 2, LK_BIT(LK_ORG), NULL, NULL));
        }
        else if (!oi->agent)
            oi->agent = "ELI"; /* a party's or a body's, not the state */
    }
    /* "the opposition CCC … the CCC spokesman", "the BNP's secretary
     * general": the office is of the side the acronym named earlier */
    if (!oi->org && !oi->country && !oi->plural && i > sc->s0) {
        size_t b = owner_end(sc, i);
        const actor *side = office_acronym(sc, &T[i - 1]);
        if (!side && b >= sc->s0 + 2 && (T[b - 1].flags & TOK_POSS))
            side = office_acronym(sc, &T[b - 2]);
        if (side && !side->org && side->country && side->agent) {
            oi->country = side->country;
            oi->agent = side->agent;
        }
    }
    j = compound_offices(sc, j, oi, depth);
    /* "its chairman" of an opposition party, "a spokesman of the
     * opposition party": an office the state's by default is the side's */
    if (oi->side && oi->agent && !strcmp(oi->agent, "GOV"))
        oi->agent = oi->side;
    return j;
}

static actor *new_actors(const scan *sc, int n)
{
    actor *a = pl_arena_zalloc(sc->a, (size_t)n * sizeof *a);
    if (a)
        for (int i = 0; i < n; i++)
            a[i].entity = -1;
    return a;
}

static void fill_from_office(const scan *sc, actor *ac, const office_info *oi)
{
    ac->role = oi->portfolio && oi->role
                   ? pl_arena_printf(sc->a, "%s for %s", oi->role, oi->portfolio)
                   : oi->role;
    ac->agent = oi->agent;
    /* "former Prime Minister X" is one of the elite, no longer the state
     * (CAMEO "ELI"): the police who arrest him are another side */
    if (oi->role && oi->agent && (oi->role[0] == 'f' || oi->role[0] == 'F') &&
        !strncmp(oi->role + 1, "ormer ", 6)) /* as written: "Former president X" */
        ac->agent = "ELI";
    ac->country = oi->country;
    ac->org = oi->org;
    ac->org_implied = oi->org_implied;
    ac->title = oi->title;
    ac->host = oi->host;
    if (ac->org && ac->country && oi->role && !strstr(oi->role, "Ambassador") &&
        !strstr(oi->role, "Representative"))
        ac->country = NULL; /* "the Kazakh head of the SCO": the org rules */
}

static mention *add_mention(const scan *sc, mvec *mv, size_t t0, size_t t1,
                            int kind, int nact)
{
    if (mv->n == mv->cap) {
        int cap = mv->cap ? mv->cap * 2 : 16;
        mention *v = arena_alloc(sc->a, (size_t)cap * sizeof *v);
        if (!v)
            return NULL;
        if (mv->n)
            memcpy(v, mv->v, (size_t)mv->n * sizeof *v);
        mv->v = v;
        mv->cap = cap;
    }
    mention *m = &mv->v[mv->n++];
    memset(m, 0, sizeof *m);
    m->t0 = (uint32_t)t0;
    m->t1 = (uint32_t)t1;
    m->kind = kind;
    m->nact = nact;
    if (nact) {
        m->acts = new_actors(sc, nact);
        if (!m->acts)
            return NULL;
        for (int k = 0; k < nact; k++) {
            m->acts[k].t0 = (uint32_t)t0;
            m->acts[k].t1 = (uint32_t)t1;
        }
    }
    return m;
}

/* "Foreign Ministers of Spain José Albares, Latvia Baiba Braže, …" and
 * "the heads of the foreign ministries of Indonesia, Retno Marsudi;
 * Vietnam, Bui Thanh Son; …". Returns the end, with one actor per item. */
static size_t parse_office_list(const scan *sc, size_t j, const office_info *oi,
                                actor *items, int *nitems, int max)
{
    const token *T = sc->toks;
    *nitems = 0;
    if (j >= sc->s1 || !(tok_eq(&T[j], "of") || tok_eq(&T[j], "from")))
        return j;
    /* "withdrew its troops from Niger": where they leave, not whose
     * ("his counterparts from Pakistan" are Pakistan's) */
    if (oi->possessor && !oi->counterpart && tok_eq(&T[j], "from"))
        return j;
    size_t k = skip_det(sc, j + 1), end = j;
    /* "the foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov
     * and Ararat Mirzoyan": countries, then as many names, in order */
    {
        const char *cs[16];
        size_t c0[16], c1[16], q = k, l;
        int nc = 0;
        while (nc < 16 && q < sc->s1) {
            const char *c = country_at(sc, q, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
            if (!c)
                break;
            cs[nc] = c;
            c0[nc] = q;
            c1[nc++] = q + l;
            q += l;
            if (q < sc->s1 && tok_eq(&T[q], ",") && q + 1 < sc->s1 &&
                country_at(sc, q + 1, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL)))
                q++;
            else if (q < sc->s1 && tok_eq(&T[q], "and"))
                q++;
            else if (q + 1 < sc->s1 && tok_eq(&T[q], ",") && tok_eq(&T[q + 1], "and"))
                q += 2;
            else
                break;
        }
        if (nc >= 2 && q < sc->s1 && tok_eq(&T[q], ",")) {
            size_t names0[16], names1[16], n0, r = q + 1;
            int nn = 0;
            while (nn < nc && r < sc->s1) {
                size_t ne = parse_name(sc, r, &n0);
                if (ne == r)
                    break;
                names0[nn] = n0;
                names1[nn++] = ne;
                r = ne;
                if (nn < nc && r < sc->s1 && (tok_eq(&T[r], ",") || tok_eq(&T[r], "and")))
                    r += (r + 1 < sc->s1 && tok_eq(&T[r], ",") && tok_eq(&T[r + 1], "and")) ? 2 : 1;
            }
            if (nn == nc && nc <= max) {
                for (int x = 0; x < nc; x++) {
                    actor *ac = &items[(*nitems)++];
                    memset(ac, 0, sizeof *ac);
                    ac->entity = -1;
                    ac->role = oi->role;
                    ac->agent = oi->agent;
                    ac->country = cs[x];
                    set_name(sc, ac, names0[x], names1[x]);
                    ac->t0 = (uint32_t)c0[x];
                    ac->t1 = (uint32_t)c1[x];
                }
                return names1[nc - 1];
            }
        }
    }
    int anded = 0;
    while (k < sc->s1 && *nitems < max) {
        size_t l, n0;
        size_t item0 = k;
        const char *c = country_at(sc, k, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
        const char *o = c ? NULL : org_at(sc, k, &l);
        if (!c && !o)
            break;
        k += l;
        if (k < sc->s1 && tok_eq(&T[k], ","))
            k++;
        size_t ne = parse_name(sc, k, &n0);
        actor *ac = &items[(*nitems)++];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->role = oi->role;
        ac->agent = oi->agent;
        ac->country = c;
        ac->org = o;
        ac->t0 = (uint32_t)item0;
        /* "refugees from Zimbabwe, Ramaphosa said": a name right before
         * a verb is the next clause's subject, not the item's holder */
        if (ne > k && !(ne < sc->s1 && T[ne].tag == ST_VERB)) {
            set_name(sc, ac, n0, ne);
            k = ne;
        } else if (k > 0 && tok_eq(&T[k - 1], ",")) {
            k--; /* the comma separates items */
        }
        ac->t1 = (uint32_t)k;
        end = k;
        /* separators: "," ";" "and" ", and" "; and"; the item after the
         * "and" is the last ("ambassadors of Russia and China, Kazinform
         * cites …") */
        if (anded)
            break;
        size_t s = k;
        while (s < sc->s1 && (tok_eq(&T[s], ",") || tok_eq(&T[s], ";") ||
                              tok_eq(&T[s], "and")))
            anded |= tok_eq(&T[s++], "and");
        if (s == k)
            break;
        /* ("… and the United Arab Emirates, Salem Alshamsi") */
        k = skip_det(sc, s);
    }
    return end;
}

/* Whether a capital at i names a place rather than a government: after a
 * locative preposition ("in Vienna", "a visit to Vienna"), unless the
 * preposition ends a trigger that takes a government ("recalled its
 * ambassador from Tallinn"). */
static int capital_is_place(const scan *sc, size_t i)
{
    if (i == sc->s0 || !tok_in(&sc->toks[i - 1], W_LOC))
        return 0;
    for (size_t b = i - 1; b > sc->s0 && b + 7 > i; b--) {
        const token *v = &sc->toks[b - 1];
        if (v->tag != ST_VERB)
            continue;
        uint32_t link = pl_grammar_patterns(sc->lx, v->hash);
        int trigger = 0;
        for (const lex_pattern *p; (p = pl_grammar_pattern(sc->lx, &link));) {
            const lex_frame *fr = pl_grammar_frame(sc->lx, p->frame);
            if (fr->flags & FR_PLACE)
                return 1;
            trigger |= !(fr->flags & FR_REPORT);
        }
        return !trigger;
    }
    return 1;
}

/* The organisation the text has named whose seat is the capital at
 * token i, when that capital stands for organisations (words.txt
 * "org-capitals"), or NULL. */
static const char *seated_org(const scan *sc, size_t i)
{
    const lex_hit *h;
    if (!tok_in(&sc->toks[i], W_ORG_CAPITALS) || !is_kind(sc, i, LK_BIT(LK_CAPITAL), NULL, &h))
        return NULL;
    int place = sc->lx->countries[h->idx].capital;
    const coref_state *st = sc->st;
    for (size_t k = 0; place >= 0 && k < sizeof st->orgs / sizeof *st->orgs && st->orgs[k]; k++) {
        int o = pl_lexicon_org(sc->lx, st->orgs[k]);
        /* the body itself or its parent ("the European Commission",
         * seated with the EU) */
        while (o >= 0 && sc->lx->orgs[o].seat < 0 && sc->lx->orgs[o].parent)
            o = pl_lexicon_org(sc->lx, sc->lx->orgs[o].parent);
        if (o >= 0 && sc->lx->orgs[o].seat == place)
            return sc->lx->orgs[o].acronym;
    }
    return NULL;
}

/* Countries and organisations in a coordination: "Israel and Palestine",
 * "Kazakhstan, Uzbekistan and the EU". Returns the end. */
static size_t parse_entity_list(const scan *sc, size_t j, actor *items,
                                int *nitems, int max)
{
    const token *T = sc->toks;
    *nitems = 0;
    size_t k = j, end = j;
    while (k < sc->s1 && *nitems < max) {
        size_t l = 0;
        size_t s = skip_det(sc, k);
        const char *c = country_at(sc, s, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
        /* the longer name: "the Sudan People's Liberation
         * Movement-North" is no "Sudan" */
        size_t lo = 0;
        const char *o = org_at(sc, s, &lo);
        if (o && (!c || lo > l))
            c = NULL, l = lo;
        else
            o = c ? NULL : o;
        if (!c && !o)
            break;
        /* a capital (no country's name) */
        int capital = c && !is_kind(sc, s, LK_BIT(LK_COUNTRY), NULL, NULL);
        /* "in Tehran" is a place; "Tehran's execution" a government */
        if (capital && !(s + l < sc->s1 && (T[s + l].flags & TOK_POSS)) &&
            capital_is_place(sc, s))
            break;
        /* "the Ankara Declaration", "the Minsk agreements", "the Paris
         * climate agreement": a text named after the capital (past up
         * to two nouns that say what it is about), not its government */
        if (capital && s + l < sc->s1 && !(T[s + l - 1].flags & TOK_POSS)) {
            size_t e = s + l;
            while (e < sc->s1 && e < s + l + 2 && (T[e].flags & TOK_WORD) &&
                   !(T[e].flags & (TOK_CAP | TOK_POSS)) && !tok_in(&T[e], W_NAMED_TEXTS))
                e++;
            if (e < sc->s1 && tok_in(&T[e], W_NAMED_TEXTS))
                break;
        }
        /* "unless Brussels drops plans" in a story about the EU: a
         * capital that is the seat of an organisation the text has
         * named stands for it */
        if (capital && (o = seated_org(sc, s)))
            c = NULL;
        actor *ac = &items[(*nitems)++];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->country = c;
        ac->org = o;
        ac->t0 = (uint32_t)s;
        k = s + l;
        if (o)
            k = paren_acronym(sc, k, &ac->org);
        ac->t1 = (uint32_t)k;
        end = k;
        if (k < sc->s1 && (T[k].flags & TOK_POSS))
            break;
        size_t sep = k;
        if (sep < sc->s1 && tok_eq(&T[sep], ","))
            sep++;
        if (sep < sc->s1 && tok_eq(&T[sep], "and"))
            sep++;
        if (sep == k)
            break;
        /* "aid for Sudan, and Egypt sent 40 trucks": a comma before the
         * "and" of two names joins clauses, not a list's items */
        if (sep == k + 2 && *nitems == 1)
            break;
        size_t s2 = skip_det(sc, sep), l2 = 0;
        if (!is_kind(sc, s2, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG),
                     &l2, NULL))
            break;
        /* "Kazakhstan and the UN Secretary-General": not a plain list */
        if (is_kind(sc, s2 + l2, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL))
            break;
        /* "… in central Haiti, the United Nations said": the speaker of
         * the attribution after a comma is no item (nor "…, Saudi Press
         * Agency (SPA) reported") */
        size_t a2 = s2 + l2;
        if (a2 < sc->s1 && tok_eq(&T[a2], "(")) {
            const char *acr = NULL;
            a2 = paren_acronym(sc, a2, &acr);
        }
        if (sep == k + 1 && a2 < sc->s1 &&
            (tok_in(&T[a2], W_PERSON_CUES) || (T[a2].facts & WF_SAYING)) &&
            (T[a2].readings & (PR_PAST | PR_3SG)))
            break;
        /* "Following the release of the hostages by Hamas, Israel freed
         * …": two names with a comma and no "and", the second before its
         * verb, end a fronted phrase and begin the clause */
        if (sep == k + 1 && tok_eq(&T[k], ",") && *nitems == 1 && s2 + l2 < sc->s1 &&
            T[s2 + l2].tag == ST_VERB)
            break;
        k = sep;
    }
    return end;
}

/* Whether t may be an office's acronym: in capitals ("SAF"), or one
 * capitalised word that no dictionary knows, as British and South
 * African papers write them ("Samwu", "Cosatu"). */
static int acronym_word(const token *t)
{
    return (t->flags & TOK_ALLCAPS) ||
           ((t->flags & TOK_CAP) && (t->flags & TOK_WORD) && !t->readings && t->fold_len >= 3 &&
            t->fold_len <= 8 && !(t->flags & TOK_HYPHEN));
}

/* An organisation the lexicon does not know, named with its acronym in
 * brackets: capitalised words (with "of", "for", "and", "the" between)
 * then "(XYZ)". Returns the end (after ")"), or i; *acr is the acronym. */
static size_t bracket_org(const scan *sc, size_t i, const char **acr)
{
    const token *T = sc->toks;
    size_t k = i, words = 0;
    while (k < sc->s1) {
        if (cap_word(&T[k]) && !(T[k].flags & TOK_ALLCAPS)) {
            k++;
            words++;
        } else if (words && (tok_eq(&T[k], "of") || tok_eq(&T[k], "for") ||
                             tok_eq(&T[k], "and") || tok_eq(&T[k], "the")) &&
                   k + 1 < sc->s1 && cap_word(&T[k + 1])) {
            k++;
        } else if (words && (tok_eq(&T[k], "of") || tok_eq(&T[k], "for")) && k + 2 < sc->s1 &&
                   tok_eq(&T[k + 1], "the") && cap_word(&T[k + 2]) &&
                   !tok_in(&T[i], W_GENERIC_HEADS) && !tok_in(&T[i], W_MEMBER_HEADS)) {
            /* "the National Democratic Front of the Philippines"; not
             * "Troops of the Gang Suppression Force (GSF)": the people of
             * a body are no part of its name */
            k += 2;
        } else {
            break;
        }
    }
    /* "(SAF)", or a short name no dictionary knows: "the Special
     * Deterrence Force (Radaa)" */
    /* "The Arakan Army, or AA, which …": the acronym as an aside */
    if (words >= 2 && k + 3 < sc->s1 && tok_eq(&T[k], ",") && tok_eq(&T[k + 1], "or") &&
        (T[k + 2].flags & TOK_ALLCAPS) && T[k + 2].fold_len >= 2 && T[k + 2].fold_len <= 8 &&
        tok_eq(&T[k + 3], ",")) {
        *acr = span_str(sc, k + 2, k + 3);
        return *acr ? k + 3 : i;
    }
    if (words < 2 || k + 2 >= sc->s1 || !tok_eq(&T[k], "(") ||
        !acronym_word(&T[k + 1]) || T[k + 1].fold_len > 8 || !tok_eq(&T[k + 2], ")"))
        return i;
    /* "a Memorandum of Understanding (MoU)", "the Joint Comprehensive
     * Plan of Action (JCPOA)": a text, whose head (its last word before
     * "of" or "for") names what kind of text it is, is no organisation */
    size_t head = i;
    for (size_t q = i; q < k && !tok_eq(&T[q], "of") && !tok_eq(&T[q], "for"); q++)
        head = q;
    if (tok_in(&T[head], W_NAMED_TEXTS))
        return i;
    *acr = span_str(sc, k + 1, k + 2);
    return *acr ? k + 3 : i;
}

/* The entry of an acronym in brackets registered earlier in the
 * document, or NULL. */
static const struct acronym *acronym_entry(const scan *sc, const token *t)
{
    if (!acronym_word(t))
        return NULL;
    for (int k = 0; k < sc->st->nacr; k++)
        if (sc->st->acr[k].h == t->hash)
            return &sc->st->acr[k];
    return NULL;
}

/* An organisation's acronym registered by bracket_org earlier in the
 * document. */
static const char *known_acronym(const scan *sc, const token *t)
{
    const struct acronym *a = acronym_entry(sc, t);
    return a ? a->org : NULL;
}

/* The office an acronym in brackets named earlier in the document ("the
 * Sudanese Armed Forces (SAF)"), or NULL. */
static const actor *office_acronym(const scan *sc, const token *t)
{
    if (!acronym_word(t))
        return NULL;
    for (int k = 0; k < sc->st->nacr; k++)
        if (sc->st->acr[k].h == t->hash && !sc->st->acr[k].org)
            return &sc->st->acr[k].office;
    return NULL;
}

/* Remembers an acronym in brackets at e ("(JCS)") after an office with
 * no name, unless the lexicon knows the acronym. */
static int remember_acronym_at(const scan *sc, size_t a, const actor *office);

static void remember_office_acronym(const scan *sc, size_t e, const actor *office)
{
    const token *T = sc->toks;
    if (e + 2 < sc->s1 && tok_eq(&T[e], "(") && tok_eq(&T[e + 2], ")"))
        remember_acronym_at(sc, e + 1, office);
}

/* The acronym at a, which names the office or body given, for the
 * document's later mentions of it alone: one the lexicon does not
 * already know. Returns whether it is one. */
static int remember_acronym_at(const scan *sc, size_t a, const actor *office)
{
    coref_state *st = sc->st;
    const token *T = sc->toks;
    if (!acronym_word(&T[a]) || T[a].fold_len > 8 ||
        is_kind(sc, a, ACTOR_KINDS, NULL, NULL) || office_acronym(sc, &T[a]) ||
        known_acronym(sc, &T[a]) || (!office->country && !office->org))
        return 0;
    if (st->nacr >= ACRONYMS)
        return 1;
    st->acr[st->nacr].h = T[a].hash;
    st->acr[st->nacr].org = NULL;
    st->acr[st->nacr].office = *office;
    st->acr[st->nacr].office.entity = -1;
    st->nacr++;
    return 1;
}

/* The last mention before token i when it is an office with no name,
 * followed by nothing but its prepositional phrases up to the comma
 * before i ("the EU spokesperson for foreign affairs, X"); else -1. */
/* (Its phrases may name states and bodies of their own: "the director
 * of Serbia's Office for Kosovo, X", "the EU Special Representative for
 * the Belgrade-Pristina Dialogue, X".) */
static int office_apposed(const scan *sc, size_t i)
{
    const token *T = sc->toks;
    const mvec *mv = sc->mv;
    if (!mv || !mv->n || i == 0)
        return -1;
    size_t end = i - 1; /* the comma */
    for (size_t j = mv->n; j-- > 0;) {
        const mention *pm = &mv->v[j];
        if (pm->t1 > end)
            return -1;
        /* "Minister for International Development and the Pacific, Pat
         * Conroy": the rest of a portfolio's name after the office */
        size_t tail = pm->t1;
        if (pm->kind == MK_OFFICE && tail + 1 < end && tok_eq(&T[tail], "and")) {
            size_t k = tail + 1 + tok_eq(&T[tail + 1], "the");
            size_t k0 = k;
            while (k < end && (T[k].flags & TOK_CAP) && (T[k].flags & TOK_WORD) &&
                   !is_kind(sc, k, ACTOR_KINDS, NULL, NULL))
                k++;
            if (k == end && k > k0)
                tail = end;
        }
        for (size_t k = tail; k < end; k++)
            if (T[k].tag == ST_VERB || T[k].tag == ST_AUX || tok_eq(&T[k], ",") ||
                T[k].tag == ST_CONJ ||
                ((T[k].flags & TOK_PUNCT) && !(T[k].flags & TOK_POSS) &&
                 /* a hyphen inside a word: "Belgrade-Pristina" */
                 !(tok_dash(&T[k]) && k > 0 && T[k - 1].end == T[k].start &&
                   k + 1 < end && T[k].end == T[k + 1].start)))
                return -1;
        /* (a holder the dictionary gave by date yields to the text's) */
        if (pm->kind == MK_OFFICE && pm->nact == 1 && (!pm->acts[0].name || !pm->acts[0].name_text) &&
            pm->acts[0].role)
            return (int)j;
        if (pm->kind != MK_COUNTRY && pm->kind != MK_ORG)
            return -1;
        end = pm->t0;
    }
    return -1;
}

/* Whether token k is inside a quotation: an odd number of quotation
 * marks before it in its sentence, or after it (one that a sentence
 * before opened). */
static int quoted_at(const scan *sc, size_t k)
{
    int before = 0, after = 0;
    for (size_t q = sc->s0; q < sc->s1; q++)
        if (tok_eq(&sc->toks[q], "\"") || tok_eq(&sc->toks[q], "\u201c") ||
            tok_eq(&sc->toks[q], "\u201d"))
            *(q < k ? &before : &after) += 1;
    return (before & 1) || (after & 1);
}

/* Whether no word of the unknown name [i, ne) names a state, a capital,
 * an organisation, or a town that ends it or spans words. */
static int person_context_names(const scan *sc, size_t i, size_t ne)
{
    size_t pl;
    for (size_t k = i; k < ne; k++)
        if (is_kind(sc, k, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG), NULL, NULL) ||
            (is_kind(sc, k, LK_BIT(LK_PLACE), &pl, NULL) && (k + 1 == ne || pl > 1)))
            return 0;
    return 1;
}

/* Whether the unknown name [i, ne) stands where only a person can: after
 * a noun for people ("lawyer Ines Trabelsi"), before ", who" or an
 * apposition with an article (", a lawyer"), before a verb of saying
 * ("Kiprono said"), after "said" ("…, said Maria Zakharova"). *role is
 * the office the noun before it names, if any. */
static int person_context(const scan *sc, size_t i, size_t ne, const char **role)
{
    const token *T = sc->toks;
    *role = NULL;
    /* a town's name that ends the name or spans words ("Port Said",
     * "Kuwait City"), not one that begins it ("Vladimir Medinsky") */
    if (!person_context_names(sc, i, ne))
        return 0;
    if (i > sc->s0 && tok_in(&T[i - 1], W_PERSON_NOUNS) && !(T[i - 1].flags & TOK_CAP)) {
        const lex_hit *h;
        if (match_at(sc, i - 1, LK_BIT(LK_OFFICE), &h) == 1)
            *role = sc->lx->offices[h->idx].role;
        return 1;
    }
    if (i > sc->s0 && (tok_eq(&T[i - 1], "said") || tok_eq(&T[i - 1], "says")))
        return 1;
    /* "arrested the publisher of Sahara Reporters, Omoyele Sowore,": a
     * name between commas (or before the full stop) apposed to a noun
     * for people a few words before */
    if (i > sc->s0 + 1 && tok_eq(&T[i - 1], ",") && ne < sc->s1 &&
        (tok_eq(&T[ne], ",") || tok_eq(&T[ne], ".")))
        for (size_t k = i - 2, seen = 0; k > sc->s0 && seen < 6; k--, seen++) {
            if (T[k].flags & TOK_PUNCT)
                break;
            if (tok_in(&T[k], W_PERSON_NOUNS) && !(T[k].flags & TOK_CAP) &&
                (tok_eq(&T[k - 1], "the") || tok_eq(&T[k - 1], "a") || tok_eq(&T[k - 1], "an") ||
                 (T[k - 1].flags & TOK_POSS)))
                return 1;
        }
    /* "Pavla Havrlikova, of the Czech Republic,": a name whose state
     * is apposed to it */
    size_t lc;
    if (ne + 2 < sc->s1 && tok_eq(&T[ne], ",") && tok_eq(&T[ne + 1], "of") &&
        is_kind(sc, ne + 2 + (ne + 3 < sc->s1 && tok_eq(&T[ne + 2], "the")),
                LK_BIT(LK_COUNTRY), &lc, NULL))
        return 1;
    /* "Marta Kowal, one of the convoy's leaders,": a name apposed to
     * one of a group of people */
    if (ne + 2 < sc->s1 && tok_eq(&T[ne], ",") && tok_eq(&T[ne + 1], "one") &&
        tok_eq(&T[ne + 2], "of"))
        for (size_t k = ne + 3; k < sc->s1 && k < ne + 9 && !(T[k].flags & TOK_PUNCT); k++)
            if (tok_in(&T[k], W_PERSON_NOUNS) && !(T[k].flags & TOK_CAP))
                return 1;
    /* "Mr Alva Romanus Baptiste of Saint Lucia", "Madam Fekitamoeloa
     * Utoikamanu": an honorific before a name of two words or more */
    if (skip_honorifics(sc, i) > i)
        return 1;
    /* "41-year-old Temirbek Oskonov", "two suspects named Ali Garba and
     * Sani Garba", "Temirbek Oskonov, 41, was": an age or a naming */
    if (i > sc->s0 && (tok_eq(&T[i - 1], "named") ||
                       (T[i - 1].fold_len > 8 &&
                        !memcmp(T[i - 1].fold + T[i - 1].fold_len - 8, "year-old", 8))))
        return 1;
    if (ne + 2 < sc->s1 && tok_eq(&T[ne], ",") && (T[ne + 1].flags & TOK_NUM) &&
        T[ne + 1].fold_len <= 3 && tok_eq(&T[ne + 2], ","))
        return 1;
    if (ne < sc->s1 && tok_in(&T[ne], W_PERSON_CUES))
        return 1;
    if (ne + 1 < sc->s1 && tok_eq(&T[ne], ",") &&
        (tok_in(&T[ne + 1], W_PERSON_CUES) || tok_eq(&T[ne + 1], "a") ||
         tok_eq(&T[ne + 1], "an")))
        return 1;
    /* "Omoyele Sowore, the 2023 presidential candidate of the AAC,": an
     * apposition with "the" whose head is a noun for people (the last
     * word before a comma or a preposition: not "the national carrier") */
    if (ne + 2 < sc->s1 && tok_eq(&T[ne], ",") && tok_eq(&T[ne + 1], "the"))
        for (size_t k = ne + 2; k + 1 < sc->s1 && k < ne + 7 && !(T[k].flags & TOK_PUNCT); k++)
            if (tok_in(&T[k], W_PERSON_NOUNS) && !(T[k].flags & TOK_CAP) &&
                ((T[k + 1].flags & TOK_PUNCT) || tok_eq(&T[k + 1], "of") ||
                 tok_eq(&T[k + 1], "for") || tok_eq(&T[k + 1], "who")))
                return 1;
    /* "the EU spokesperson for foreign affairs, Anitta Hipper,
     * criticised …": a name between commas before a verb, after an
     * office (see office_apposed) */
    /* (and "met with the head of the SEP, Mario Delgado, at the
     * ministry": before a preposition too, or at the sentence's end) */
    if (i > sc->s0 && tok_eq(&T[i - 1], ",") && ne + 1 < sc->s1 && tok_eq(&T[ne], ",") &&
        (T[ne + 1].tag == ST_VERB || tok_in(&T[ne + 1], W_PREP)) && office_apposed(sc, i) >= 0)
        return 1;
    if (i > sc->s0 && tok_eq(&T[i - 1], ",") && ne + 1 == sc->s1 && tok_eq(&T[ne], ".") &&
        ne - i >= 2 && office_apposed(sc, i) >= 0)
        return 1;
    /* "… met with Senior Advisor to the President for Africa, Mr. Massad
     * Boulos.": an honorific and a name that close the sentence or a
     * clause, after an office */
    if (i > sc->s0 && tok_eq(&T[i - 1], ",") && is_kind(sc, i, LK_BIT(LK_HONORIFIC), NULL, NULL) &&
        (ne >= sc->s1 || tok_eq(&T[ne], ",") || tok_eq(&T[ne], ".")) && office_apposed(sc, i) >= 0)
        return 1;
    return 0;
}

/* Whether an organisation is an armed group: its CAMEO code says REB,
 * CRM (armed gangs) or IMG. */
static int armed_org(const parley_lexicon *lx, const char *acronym)
{
    int o = pl_lexicon_org(lx, acronym);
    const char *c = o >= 0 ? lx->orgs[o].cameo : NULL;
    return c && (strstr(c, "REB") || strstr(c, "CRM") || !strncmp(c, "IMG", 3));
}

/* note_org, and an armed group is also the one "the group", "the
 * gangs" later stand for ("gangs of the Viv Ansanm coalition"). */
static void note_org_armed(const scan *sc, const char *org, uint64_t head)
{
    note_org(sc->st, org, head);
    if (armed_org(sc->lx, org))
        sc->st->last_armed = org;
}

/* Closed-class words after which a country or organisation is still an
 * actor; any other word makes it a noun modifier ("the UN programme"). */
static int modifier_follows(const scan *sc, size_t e)
{
    if (e >= sc->s1)
        return 0;
    const token *t = &sc->toks[e];
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_POSS))
        return 0;
    if (tok_in(t, W_ACTOR_OK))
        return 0;
    /* a verb right after: "Kazakhstan welcomed" */
    if (verb_word(t))
        return 0;
    /* a lower-case past tense right after is a verb: "Kazakhstan
     * welcomed"; any other word makes the name a modifier */
    if (!(t->flags & TOK_CAP) && t->fold_len > 3 &&
        !strcmp(t->fold + t->fold_len - 2, "ed"))
        return 0;
    return 1;
}



/* A body's name in capitals from k on: words of the name (with "and",
 * "of", "for", "&" between), after modifiers like "Bahrain-based", ending
 * with a noun of the "org-heads" or "unit-heads" list, and not one office
 * or organisation of the lexicon. Returns its end and sets *mil for a
 * military unit's name, or returns k. */
static size_t named_body(const scan *sc, size_t k, int *mil)
{
    const token *T = sc->toks;
    size_t k0 = k, end = k, l;
    *mil = 0;
    /* "Bahrain-based": a compound whose last part is in lower case */
    while (k < sc->s1 && (T[k].flags & (TOK_CAP | TOK_HYPHEN)) == (TOK_CAP | TOK_HYPHEN)) {
        const char *raw = sc->td->text + T[k].start;
        const char *dash = memchr(raw, '-', T[k].end - T[k].start);
        if (!dash || !(dash[1] >= 'a' && dash[1] <= 'z'))
            break;
        k++;
    }
    size_t start = k;
    end = k;
    while (k < sc->s1) {
        if ((T[k].flags & TOK_WORD) && (T[k].flags & TOK_CAP) && !(T[k].flags & TOK_POSS)) {
            if (tok_in(&T[k], W_ORG_HEADS) || tok_in(&T[k], W_UNIT_HEADS)) {
                end = k + 1;
                *mil = tok_in(&T[k], W_UNIT_HEADS);
            }
            k++;
        } else if ((tok_eq(&T[k], "and") || tok_eq(&T[k], "of") || tok_eq(&T[k], "for") ||
                    tok_eq(&T[k], "&")) &&
                   k + 1 < sc->s1 && (T[k + 1].flags & TOK_CAP)) {
            k++;
        } else {
            break;
        }
    }
    if (end == start || (is_kind(sc, start, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) |
                                                  LK_BIT(LK_ORG), &l, NULL) &&
                         start + l >= end))
        return k0;
    return end;
}

/* Whether the state named up to token e is the matter of a body's name
 * ("the Taiwan Affairs Office", "the Hong Kong and Macao Affairs
 * Office"): more such names may follow with "and", then "Affairs". */
static int affairs_of(const scan *sc, size_t e)
{
    size_t l;
    while (e + 1 < sc->s1 && (tok_eq(&sc->toks[e], "and") || tok_eq(&sc->toks[e], ",")) &&
           is_kind(sc, e + 1, LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY) | LK_BIT(LK_PLACE), &l, NULL))
        e += 1 + l;
    return e < sc->s1 && tok_eq(&sc->toks[e], "affairs");
}

/* "the Saudi-run King Salman Humanitarian Aid and Relief Centre", "U.S.
 * Africa Command": a country's adjective or name, then a body's name: an
 * institution of that country. Returns its end and sets *country and
 * *mil, or returns i. */
static size_t institution(const scan *sc, size_t i, const char **country, int *mil)
{
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    if (!is_kind(sc, j, LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY), &l, &h))
        return i;
    /* "the Taiwan Affairs Office", "the Hong Kong and Macao Affairs
     * Office": a state named as the matter a body deals with is not its
     * owner */
    if (affairs_of(sc, j + l))
        return i;
    size_t e = named_body(sc, j + l, mil), lo;
    /* "the Korean Central News Agency": a body the lexicon knows by its
     * whole name is that body, not an institution of the adjective's
     * state */
    if (e <= j + l || (is_kind(sc, j, LK_BIT(LK_ORG), &lo, NULL) && j + lo >= e))
        return i;
    *country = sc->lx->countries[h->idx].iso3;
    return e;
}

/* "Philippine and American troops", "Russian, Chinese and Iranian
 * diplomats": country adjectives joined by commas and "and" before a
 * plural office. Returns the end, or i; items get one actor each. */
static size_t adjective_list(const scan *sc, size_t i, actor *items, int *n, int max)
{
    const token *T = sc->toks;
    size_t j = i + (i + 1 < sc->s1 && tok_eq(&T[i], "both")), l;
    int det = j < sc->s1 && tok_eq(&T[j], "the");
    j = skip_det(sc, j);
    const lex_hit *h;
    const char *c[32];
    int k = 0, joined = 0;
    size_t last = j;
    /* "U.S. and Guyanese aircraft": a country's name in the list too;
     * last, before the office ("South Korean and US forces") */
    while (k < max && k < 32 && is_kind(sc, j, LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY), &l, &h) &&
           (h->kind == LK_ADJ ||
            (h->kind == LK_COUNTRY && j + l < sc->s1 &&
             (tok_eq(&T[j + l], "and") || tok_eq(&T[j + l], ",") ||
              (joined && (tok_in(&T[j + l], W_GENERIC_HEADS) ||
                          is_kind(sc, j + l, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL,
                                  NULL))))))) {
        c[k++] = sc->lx->countries[h->idx].iso3;
        last = j;
        j += l;
        if (j < sc->s1 && tok_eq(&T[j], ",") && k < 31)
            j++;
        else if (j < sc->s1 && tok_eq(&T[j], "and") && !joined)
            j++, joined = 1;
        else
            break;
        /* "both the Thai and the Cambodian sides": "the" before each */
        if (det && j + 1 < sc->s1 && tok_eq(&T[j], "the"))
            j++;
    }
    office_info oi;
    size_t e;
    /* "the Thai and Cambodian sides": the states themselves, when the
     * group noun is no office ("ministers" is) */
    if (k >= 2 && joined && j < sc->s1 && tok_in(&T[j], W_GROUP_NOUNS_EARLY) &&
        !is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL)) {
        for (int q = 0; q < k; q++) {
            actor *ac = &items[q];
            memset(ac, 0, sizeof *ac);
            ac->entity = -1;
            ac->country = c[q];
            ac->t0 = (uint32_t)i;
            ac->t1 = (uint32_t)(j + 1);
        }
        *n = k;
        return j + 1;
    }
    if (k < 2 || !joined || (e = parse_office(sc, last, &oi, 0)) == last || !oi.country)
        return i;
    /* "Latvian and Lithuanian border guards": an office listed as one
     * ("border guards") that is plural by its last word */
    const token *w = &T[e - 1];
    if (!(oi.plural || oi.generic) &&
        !(w->fold_len > 2 && w->fold[w->fold_len - 1] == 's' && w->fold[w->fold_len - 2] != 's'))
        return i;
    c[k - 1] = oi.country;
    for (int q = 0; q < k; q++) {
        actor *ac = &items[q];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->country = c[q];
        ac->role = oi.role;
        ac->agent = oi.agent;
        ac->t0 = (uint32_t)i;
        ac->t1 = (uint32_t)e;
    }
    *n = k;
    return e;
}

/* Whether no mention can start at t: a lower-case word or a symbol that
 * starts no dictionary phrase of an actor's kinds and is none of the
 * lower_starters. One test instead of each branch's. */
static int inert(const token *t, const token *end)
{
    if (t->flags & (TOK_CAP | TOK_NUM))
        return 0;
    if (!(t->lexkinds & LEX_ANNOTATED) ||
        (t->lexkinds & (ACTOR_KINDS | LK_BIT(LK_PERSON) | LK_BIT(LK_PLACE) |
                        LK_BIT(LK_VENUE))))
        return 0;
    /* "council members urged": a body's members, named by its head */
    return !tok_in(t, W_LOWER_STARTERS) &&
           !(tok_in(t, W_ORG_HEADS) && t + 1 < end && tok_in(t + 1, W_MEMBERS));
}

/* ---- the steps of pl_mentions_find ------------------------------------------ */

/* What the steps share: the scan, the mentions found so far, scratch
 * actors for lists and the state of the sentence. */
typedef struct finder {
    scan sc;
    mvec mv;
    actor items[32];
    const char *where_cc; /* the state of a "where" clause ("taken to
                             Iran, where a court sentenced him") */
    /* the state of the first place the sentence names after "in", "at"
     * …, or NULL: place_of() finds it at the first question (most
     * sentences never ask; place_known says it was asked). Read it
     * only through place_of(). */
    const char *place_state;
    int place_known;
    const char *scene_cc; /* the state of the town that opens the
                             sentence ("In Algiers, the foreign ministry
                             …"), or NULL */
    uint32_t sent;
    size_t office_at; /* the first token from the current one on where an
                         office may be (office_word), or s1 */
    size_t party_at;  /* the next "Party" from the current token on, or s1 */
    /* body_of_after's last walk: from body_from it stopped at body_end,
     * a body_of token when body_found */
    size_t body_from, body_end;
    int body_found;
    /* name_run's last walk: from run_from it stopped at run_end, the
     * last head in it at run_head (SIZE_MAX: none) */
    size_t run_from, run_end, run_head;
    size_t paren_at; /* the next "(" or "or" from the current token on, or s1 */
    phrase_memo memo[MEMO_TOKS]; /* sc.memo */
    uint64_t memo_done[MEMO_TOKS / 64];
    size_t det[2]; /* sc.det */
} finder;

static const char *sentence_place(const scan *sc);

/* The state of the first place the sentence names after a cue (see
 * sentence_place), found at the first question. */
static const char *place_of(finder *f)
{
    if (!f->place_known) {
        f->place_state = sentence_place(&f->sc);
        f->place_known = 1;
    }
    return f->place_state;
}

/* A step tries one kind of mention at token i (prep: the preposition
 * before it). Returns 1 and sets *next past what it took, 0 when it does
 * not apply, -1 when out of memory. */
typedef int (*step_fn)(finder *f, size_t i, int prep, size_t *next);

/* A mention of kind over [t0, t1) with nact actors and its preposition;
 * NULL when out of memory. */
static mention *add(finder *f, size_t t0, size_t t1, int kind, int nact, int prep)
{
    mention *m = add_mention(&f->sc, &f->mv, t0, t1, kind, nact);
    if (m)
        m->prep = prep;
    return m;
}

/* he, she; I, we (the speaker: not resolved, but the subject); they;
 * "his interlocutor" */
static int pronoun_step(finder *f, size_t i, int prep, size_t *next)
{
    const token *T = f->sc.toks, *t = &T[i];
    mention *m;
    /* "His Excellency commended …" with no name after it: the person
     * so addressed before, resolved as "he" */
    if ((tok_eq(t, "his") || tok_eq(t, "her")) && (t->flags & TOK_CAP) && i + 1 < f->sc.s1 &&
        tok_eq(&T[i + 1], "excellency") &&
        !(i + 2 < f->sc.s1 && (T[i + 2].flags & TOK_CAP) && (T[i + 2].flags & TOK_WORD))) {
        if (!add(f, i, i + 2, MK_PRONOUN, 0, prep))
            return -1;
        *next = i + 2;
        return 1;
    }
    /* "HE" is His Excellency, not "he" */
    /* "urged her to …": "her" as an object */
    if ((tok_in(t, W_PRON) || tok_in(t, W_SELF) || (tok_eq(t, "her") && t->tag == ST_PRON)) &&
        !(t->flags & TOK_ALLCAPS)) {
        if (!(m = add(f, i, i + 1, MK_PRONOUN, 0, prep)))
            return -1;
        if (tok_in(t, W_SELF))
            m->possessive = -1; /* marks first person; see resolve_refs */
        *next = i + 1;
        return 1;
    }
    if (tok_in(t, W_THEY)) {
        if (!add(f, i, i + 1, MK_GROUP, 0, prep))
            return -1;
        *next = i + 1;
        return 1;
    }
    /* "His activities were incompatible with his status": "his" or
     * "her" that opens the sentence before a noun owns that noun; the
     * person it refers to is resolved as for "he" */
    if ((tok_eq(t, "his") || tok_eq(t, "her")) && i == f->sc.s0 && (t->flags & TOK_CAP) &&
        i + 1 < f->sc.s1 && (T[i + 1].flags & TOK_WORD) && !(T[i + 1].flags & TOK_CAP) &&
        (T[i + 1].tag == ST_NOUN || T[i + 1].tag == ST_ADJ)) {
        if (!(m = add(f, i, i + 1, MK_PRONOUN, 0, prep)))
            return -1;
        m->possessive = 1;
        *next = i + 1;
        return 1;
    }
    if (tok_in(t, W_HIS) && i + 1 < f->sc.s1 && tok_eq(&T[i + 1], "interlocutor")) {
        if (!add(f, i, i + 2, MK_GROUP, 0, prep))
            return -1;
        *next = i + 2;
        return 1;
    }
    return 0;
}

/* Whether an "-ing" form comes at token k, past a quotation mark. */
static int ing_after(const token *T, size_t k, size_t s1)
{
    if (k < s1 && (T[k].flags & TOK_PUNCT) && !(T[k].flags & TOK_WORD))
        k++;
    return k < s1 && (T[k].readings & PR_ING);
}

/* "the parties", "both sides", "the two ministers"; "the latter" */
static int group_step(finder *f, size_t i, int prep, size_t *next)
{
    const token *T = f->sc.toks, *t = &T[i];
    size_t s1 = f->sc.s1, k = i + 1;
    if (!(tok_eq(t, "the") || tok_eq(t, "both")) || k >= s1)
        return 0;
    /* "The two also discussed …": "the two" alone, before its verb;
     * "Both expressed support …" */
    size_t v = tok_eq(t, "the") && tok_eq(&T[k], "two") ? k + 1 : tok_eq(t, "both") ? k : 0;
    if (v && v < s1 &&
        (T[v].tag == ST_VERB || T[v].tag == ST_ADV || T[v].tag == ST_AUX || T[v].tag == ST_MODAL)) {
        if (!add(f, i, v, MK_GROUP, 0, prep))
            return -1;
        *next = v;
        return 1;
    }
    /* "the two sides", "the three ministers" */
    if (k + 1 < s1 && (tok_eq(&T[k], "two") || (tok_eq(t, "the") && tok_in(&T[k], W_QUANTIFIERS) &&
                                                 tok_in(&T[k + 1], W_GROUP_NOUNS_EARLY))))
        k++;
    int kind = -1;
    /* "the leaders of X" are X's; "accused the allies of staging …",
     * "of \"acting …" */
    /* ("the two men", "the two women": the pair just named) */
    int pair = k > i + 1 && tok_eq(&T[k - 1], "two") &&
               (tok_eq(&T[k], "men") || tok_eq(&T[k], "women"));
    if ((tok_in(&T[k], W_GROUP_NOUNS) || pair) && !tok_eq(&T[k], "two") &&
        !(k + 2 < s1 && tok_eq(&T[k + 1], "of") && !ing_after(T, k + 2, s1)))
        kind = MK_GROUP;
    else if (tok_eq(t, "the") && tok_eq(&T[k], "latter"))
        kind = MK_LATTER;
    else if (tok_eq(t, "the") && tok_eq(&T[k], "former") && T[k].tag == ST_PRON)
        kind = MK_FORMER; /* not "the former interior minister" */
    if (kind < 0)
        return 0;
    if (!add(f, i, k + 1, kind, 0, prep))
        return -1;
    *next = k + 1;
    return 1;
}

/* "our country", "the country", "the Kingdom": the document's home */
static int home_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks, *t = &T[i];
    size_t s1 = sc->s1;
    if (!(tok_in(t, W_HOME_DET) || tok_eq(t, "his") || tok_eq(t, "her")) || i + 1 >= s1 ||
        !tok_in(&T[i + 1], W_HOME_NOUN))
        return 0;
    if (tok_eq(t, "the") && (tok_eq(&T[i + 1], "state") || tok_eq(&T[i + 1], "nation")))
        return 0;
    /* not "the country's X", "the country director" */
    const token *a = i + 2 < s1 ? &T[i + 2] : NULL;
    if (a && (a->flags & TOK_WORD) && !(a->flags & TOK_POSS) && !(a->flags & TOK_CAP) &&
        !prep_code(a) && !tok_eq(a, "and") && !tok_eq(a, "is") && !tok_eq(a, "was") &&
        !tok_eq(a, "has") && a->fold[a->fold_len - 1] != 'd' && a->fold[a->fold_len - 1] != 's')
        return 0;
    if (tok_eq(t, "the") && (T[i + 1].flags & TOK_CAP) && !tok_eq(&T[i + 1], "kingdom") &&
        !tok_eq(&T[i + 1], "republic"))
        return 0;
    if (a && (tok_eq(a, "of") || name_token(sc, i + 2) ||
              is_kind(sc, i + 2, LK_BIT(LK_OFFICE), NULL, NULL)))
        return 0;
    const char *cc = sc->st->home;
    /* "No Kwang-chol said his country would …": the state of the person
     * named last before it in the sentence ("his country's ambassador"
     * is the person's own) */
    if (tok_eq(t, "his") || tok_eq(t, "her")) {
        if (a && (a->flags & TOK_POSS))
            return 0;
        cc = NULL;
        for (size_t q = f->mv.n; q-- > 0 && !cc;) {
            const mention *pm = &f->mv.v[q];
            if (pm->t0 < sc->s0)
                break;
            if (pm->kind == MK_PERSON && pm->nact == 1)
                cc = pm->acts[0].country;
        }
        if (!cc)
            return 0;
    } else if (tok_eq(t, "the")) {
        /* "condemned the coup in Guinea-Bissau and suspended the
         * country": the state the sentence named last, when it named one */
        for (size_t q = f->mv.n; q-- > 0;) {
            const mention *pm = &f->mv.v[q];
            if (pm->t0 < sc->s0)
                break;
            if (pm->kind == MK_COUNTRY && pm->nact == 1 && pm->acts[0].country &&
                !pm->acts[0].agent && !pm->acts[0].org) {
                cc = pm->acts[0].country;
                break;
            }
        }
    }
    if (cc) {
        mention *m = add(f, i, i + 2, MK_HOME, 1, prep);
        if (!m)
            return -1;
        m->acts[0].country = cc;
        if (a && (a->flags & TOK_POSS))
            m->possessive = 1;
    }
    *next = i + 2;
    return 1;
}

/* "the group", "the militants": the armed group named last */
static int armed_step(finder *f, size_t i, int prep, size_t *next)
{
    const token *T = f->sc.toks;
    size_t s1 = f->sc.s1;
    if (!tok_eq(&T[i], "the") || i + 1 >= s1)
        return 0;
    /* "the guerrilla group", "the rebel group": a word in lower case
     * before the noun */
    size_t h = i + 1;
    if (!tok_in(&T[h], W_ARMED_NOUNS) && h + 1 < s1 && (T[h].flags & TOK_WORD) &&
        !(T[h].flags & TOK_CAP) && (T[h].tag == ST_ADJ || T[h].tag == ST_NOUN) &&
        tok_in(&T[h + 1], W_ARMED_NOUNS))
        h++;
    /* "the group of X" is X's, but "accused the group of committing …" */
    if (!tok_in(&T[h], W_ARMED_NOUNS) ||
        (h + 2 < s1 && tok_eq(&T[h + 1], "of") && !ing_after(T, h + 2, s1)))
        return 0;
    /* the group named last as armed, or the armed group among the
     * organisations named last (looked up only for such a phrase) */
    const char *armed = f->sc.st->last_armed;
    for (size_t k = 0; !armed && k < sizeof f->sc.st->orgs / sizeof *f->sc.st->orgs; k++)
        if (f->sc.st->orgs[k] && armed_org(f->sc.lx, f->sc.st->orgs[k]))
            armed = f->sc.st->orgs[k];
    if (!armed)
        return 0;
    mention *m = add(f, i, h + 1, MK_ORG, 1, prep);
    if (!m)
        return -1;
    m->acts[0].org = armed;
    *next = h + 1;
    return 1;
}

/* Whether the name's first or last word is w (folded, lower case). */
static int name_made_on(const char *name, const char *w)
{
    size_t n = strlen(w), len = strlen(name);
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    return (len > n && name[n] == ' ' && !strncasecmp(name, w, n)) ||
           (strlen(last) == n && !strncasecmp(last, w, n));
}

/* The organisation named last: with head NULL ("the bloc") one with a
 * CAMEO "IGO" code, else ("the council") one whose name is made on the
 * word head. */
static const char *last_org(const scan *sc, const token *head)
{
    for (size_t k = 0; head && k < 4 && sc->st->organ_org[k]; k++)
        if (sc->st->organ_h[k] == head->hash)
            return sc->st->organ_org[k];
    for (size_t k = 0; k < sizeof sc->st->orgs / sizeof *sc->st->orgs; k++) {
        int o = sc->st->orgs[k] ? pl_lexicon_org(sc->lx, sc->st->orgs[k]) : -1;
        if (o < 0)
            continue;
        const lex_org *lo = &sc->lx->orgs[o];
        /* "the council" after "the African Union's Peace and Security
         * Council", which names the AU */
        if (head ? (lo->name && name_made_on(lo->name, head->fold)) ||
                       sc->st->org_heads[k] == head->hash
                 : lo->cameo && !strncmp(lo->cameo, "IGO", 3))
            return sc->st->orgs[k];
    }
    return NULL;
}

/* An organ coded as the organisation it belongs to (words.txt
 * "org-as-parent": the Security Council is the UN); what coreference
 * remembers (note_org) stays the organ, for "the Council". */
static void organ_as_parent(const scan *sc, actor *a)
{
    int o;
    if (a->org && pl_grammar_code_in(sc->lx, a->org, W_ORG_AS_PARENT) &&
        (o = pl_lexicon_org(sc->lx, a->org)) >= 0 && sc->lx->orgs[o].parent)
        a->org = sc->lx->orgs[o].parent;
}

/* "the Kingdom" after "the Kingdom of Saudi Arabia": the state named
 * last with that title (words.txt "state-titles") */
static int state_title_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t h = i + 1;
    if (!tok_eq(&T[i], "the") || h >= sc->s1 || !(T[h].flags & TOK_CAP) ||
        !tok_in(&T[h], W_STATE_TITLES) || !sc->st->title_cc || T[h].hash != sc->st->title_h ||
        (h + 1 < sc->s1 && (tok_eq(&T[h + 1], "of") || (T[h + 1].flags & TOK_CAP))))
        return 0;
    mention *m = add(f, i, h + 1, MK_COUNTRY, 1, prep);
    if (!m)
        return -1;
    m->acts[0].country = sc->st->title_cc;
    if (h + 1 < sc->s1 && (T[h + 1].flags & TOK_POSS)) {
        m->possessive = 1;
        h++;
    }
    *next = h + 1;
    return 1;
}

/* "the Office", "the Organization", "the council", "council members":
 * the organisation named last, when its name is made on that noun
 * ("Office of the … High Commissioner …", "UN Security Council") */
static int org_head_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t s1 = sc->s1;
    size_t h = tok_eq(&T[i], "the") ? i + 1 : i, e = h + 1;
    if (h >= s1 || (e < s1 && (T[e].flags & TOK_CAP)))
        return 0;
    /* "The African Union suspended Gabon. The bloc condemned …": the
     * intergovernmental organisation named last (words.txt org-anaphors) */
    int bloc = h > i && tok_in(&T[h], W_ORG_ANAPHORS);
    if (!bloc && !tok_in(&T[h], W_ORG_HEADS))
        return 0;
    /* without "the", only its members ("Council members urged"), or
     * the body capitalised as its own releases write it ("Parliament
     * strongly condemns" after "European Parliament") */
    if (h == i) {
        if (e < s1 && tok_in(&T[e], W_MEMBERS))
            e++;
        else if (!(T[h].flags & TOK_CAP) || (T[h].flags & TOK_ALLCAPS) ||
                 (e < s1 && (T[e].flags & TOK_CAP)))
            return 0;
    }
    const char *org = last_org(sc, bloc ? NULL : &T[h]);
    if (!org)
        return 0;
    mention *m = add(f, i, e, MK_ORG, 1, prep);
    if (!m)
        return -1;
    m->acts[0].org = org;
    organ_as_parent(sc, &m->acts[0]);
    if (e < s1 && (T[e].flags & TOK_POSS)) {
        m->possessive = 1;
        e++;
    }
    *next = e;
    return 1;
}

/* Remembers the acronym in brackets in [j0, be) as org's, of state cc. */
static void remember_acronym(finder *f, size_t j0, size_t be, const char *org, const char *cc)
{
    coref_state *st = f->sc.st;
    const token *T = f->sc.toks;
    for (size_t q = j0; q < be && st->nacr < ACRONYMS; q++)
        if ((tok_eq(&T[q], "(") || (tok_eq(&T[q], "or") && q > j0 && tok_eq(&T[q - 1], ","))) &&
            q + 1 < be) {
            st->acr[st->nacr].h = T[q + 1].hash;
            st->acr[st->nacr].org = org;
            memset(&st->acr[st->nacr].office, 0, sizeof st->acr[st->nacr].office);
            st->acr[st->nacr].office.country = cc;
            st->nacr++;
            break;
        }
}

/* Whether the initials of the capitalised words [i, e) spell the
 * acronym token a ("Allied Democratic Force" and ADF); the small words
 * between them ("of", "the") do not count. */
static int initials_spell(const scan *sc, size_t i, size_t e, const token *a)
{
    size_t n = 0;
    for (size_t k = i; k < e; k++) {
        if (!(sc->toks[k].flags & TOK_CAP))
            continue;
        if (n >= a->fold_len || sc->toks[k].fold[0] != a->fold[n])
            return 0;
        n++;
    }
    return n >= 2 && n == a->fold_len;
}

/* An organisation the lexicon does not know, named with its acronym:
 * "the Movement for Democratic Renewal (MDR)", later "the MDR"; "the
 * Nigeria Labour Congress (NLC)" (a name that begins with a country's is
 * the organisation's when the brackets hold an unknown acronym) */
static int acronym_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t s1 = sc->s1, j0 = skip_det(sc, i), be = j0;
    const char *acr = NULL;
    if (j0 >= s1 || !(T[j0].flags & TOK_CAP))
        return 0;
    if (!(j0 < s1 && (T[j0].flags & TOK_CAP) && (be = bracket_org(sc, j0, &acr)) > j0 &&
          !is_kind(sc, be - 2, LK_BIT(LK_ORG), NULL, NULL))) {
        /* "the Allied Democratic Force (ADF)": a name the lexicon does
         * not know, whose initials spell the known acronym in brackets
         * after it, is that organisation under another spelling */
        size_t ol;
        const char *o;
        if (acr && be > j0 + 3 && !is_kind(sc, j0, ACTOR_KINDS, NULL, NULL) &&
            initials_spell(sc, j0, be - 3, &T[be - 2]) &&
            (o = org_at(sc, be - 2, &ol)) && ol == 1) {
            mention *m = add(f, i, be, MK_ORG, 1, prep);
            if (!m)
                return -1;
            m->acts[0].org = o;
            if (be < s1 && (T[be].flags & TOK_POSS)) {
                m->possessive = 1;
                be++;
            }
            *next = be;
            return 1;
        }
        acr = NULL;
        be = j0;
    }
    /* "the Sudanese Armed Forces (SAF)", "the Department of
     * International Relations and Cooperation (DIRCO)": an office named
     * with its acronym is that office */
    if (acr) {
        office_info oi;
        size_t oe = parse_office(sc, i, &oi, 0);
        if (oe > j0 && oe < s1 && tok_eq(&T[oe], "("))
            return 0;
    }
    /* (the document's acronyms are few: asked before the lexicon) */
    if (!acr && j0 < s1 && known_acronym(sc, &T[j0]) &&
        !is_kind(sc, j0, ACTOR_KINDS, NULL, NULL)) {
        /* only what the lexicon does not know; "the MDR spokesman" is an
         * office */
        if ((acr = known_acronym(sc, &T[j0])))
            be = j0 + 1;
        if (acr && be - 3 > j0 && is_kind(sc, be - 2, LK_BIT(LK_ORG), NULL, NULL))
            acr = NULL;
        if (acr && be < s1 && is_kind(sc, be, LK_BIT(LK_OFFICE), NULL, NULL))
            acr = NULL;
    }
    const actor *office;
    /* (but "the CCC spokesman" is an office of that body: the office
     * step's) */
    if (!acr && j0 < s1 && (j0 == sc->s0 || !tok_eq(&T[j0 - 1], "(")) &&
        (office = office_acronym(sc, &T[j0])) &&
        !(j0 + 1 < s1 && is_kind(sc, j0 + 1, LK_BIT(LK_OFFICE), NULL, NULL))) {
        /* "The SAF", "the JCS said" */
        mention *m = add(f, i, j0 + 1, MK_OFFICE, 1, prep);
        if (!m)
            return -1;
        uint32_t t0 = m->acts[0].t0, t1 = m->acts[0].t1;
        m->acts[0] = *office;
        m->acts[0].t0 = t0;
        m->acts[0].t1 = t1;
        be = j0 + 1;
        if (be < s1 && (T[be].flags & TOK_POSS)) {
            m->possessive = 1;
            be++;
        }
        *next = be;
        return 1;
    }
    if (!acr || be <= j0)
        return 0;
    /* "CNTE representatives", "NUP supporters": people who act for the
     * body (words.txt "member-heads") are the body */
    size_t me = be;
    if (me < s1 && tok_in(&T[me], W_MEMBER_HEADS) && !(T[me].flags & TOK_CAP))
        me++;
    mention *m = add(f, i, me, MK_ORG, 1, prep);
    if (!m)
        return -1;
    m->acts[0].org = acr;
    /* a body no dictionary knows is of the story's state, as far as
     * the text says (a party, a union, a militia), or of the state its
     * name names ("the National Democratic Front of the Philippines") */
    m->acts[0].country = sc->st->home;
    /* "Libya's Government of National Unity (GNU)": of the state whose
     * possessive comes right before it */
    const mention *pm = f->mv.n >= 2 ? &f->mv.v[f->mv.n - 2] : NULL;
    if (pm && pm->possessive == 1 && pm->nact == 1 && pm->acts[0].country && !pm->acts[0].org &&
        pm->t1 <= i && pm->t1 + 1 >= i)
        m->acts[0].country = pm->acts[0].country;
    for (size_t q = j0, l; q + 3 < be; q++) {
        const char *cc = country_at(sc, q, &l, LK_BIT(LK_COUNTRY));
        if (cc && q + l <= be - 3) {
            m->acts[0].country = cc;
            break;
        }
    }
    /* "the NDFP" later: the state its full name gave */
    const struct acronym *ae = be == j0 + 1 ? acronym_entry(sc, &T[j0]) : NULL;
    if (ae && ae->org && ae->office.country)
        m->acts[0].country = ae->office.country;
    if (be < s1 && (T[be].flags & TOK_POSS)) {
        m->possessive = 1;
        be++;
    }
    if (!known_acronym(sc, &T[be - 2 < s1 ? be - 2 : j0]) && (T[j0].flags & TOK_CAP))
        remember_acronym(f, j0, be, acr, m->acts[0].country);
    *next = me > be ? me : be;
    return 1;
}

/* Whether a body's name that "of" and a state follow may end at p
 * ("the Law Society | of Kenya"): "of" after a capitalised word of the
 * org-heads or unit-heads list, as named_body ends. */
static int body_of(const scan *sc, size_t p)
{
    const token *T = sc->toks;
    return p > sc->s0 && p + 1 < sc->s1 && cap_word(&T[p - 1]) && tok_eq(&T[p], "of") &&
           (tok_in(&T[p - 1], W_ORG_HEADS) || tok_in(&T[p - 1], W_UNIT_HEADS));
}

/* Whether a body's name from j on may end before "of" and a state
 * (body_of): named_body walks capitalised words and the words that join
 * them, so past j this looks only as far as those go. The test before
 * named_body that most capitalised words fail. The last walk is kept:
 * from any j it passed, a walk ends where it ended, so the capitalised
 * words of one name are walked once. */
static int body_of_after(finder *f, size_t j)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    if (j >= f->body_from && j < f->body_end)
        return f->body_found;
    size_t p = j + 1;
    int found = 0;
    for (; p < sc->s1; p++) {
        if (tok_eq(&T[p], "of")) {
            if (body_of(sc, p)) {
                found = 1;
                break;
            }
        } else if (!(T[p].flags & TOK_CAP) && !tok_eq(&T[p], "and") && !tok_eq(&T[p], "for") &&
                   !tok_eq(&T[p], "&")) {
            break;
        }
    }
    f->body_from = j;
    f->body_end = p;
    f->body_found = found;
    return found;
}

/* The state of "the National Cohesion Commission", a state body's name
 * [j, e) that names no state: the story's home state, if the name holds
 * no organisation's or state's name ("the ECOWAS Commission") and the
 * sentence has named no other state before it ("the UN envoy for Haiti
 * urged the Transitional Presidential Council"); else NULL. */
static const char *home_body_state(const finder *f, size_t j, size_t e)
{
    const scan *sc = &f->sc;
    const char *home = pl_coref_home_for(sc->lx, sc->st, "GOV");
    if (!home)
        return NULL;
    size_t l;
    for (size_t q = j; q < e; q++)
        if (is_kind(sc, q, LK_BIT(LK_ORG) | LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ), &l, NULL) &&
            !affairs_of(sc, q + l))
            return NULL;
    for (int k = 0; k < f->mv.n; k++)
        for (int a = 0; a < f->mv.v[k].nact; a++) {
            const actor *ac = &f->mv.v[k].acts[a];
            if (ac->org || (ac->country && strcmp(ac->country, home)))
                return NULL;
        }
    return home;
}

/* Institutions and bodies named after their state: "the Saudi-run King
 * Salman … Centre", "Iran's Revolutionary Guards", "the U.S. Navy's Fifth
 * Fleet" */
static int institution_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    const char *country = NULL, *org = NULL, *agent = NULL;
    int mil = 0;
    size_t ie = institution(sc, i, &country, &mil);
    const mention *pm = f->mv.n ? &f->mv.v[f->mv.n - 1] : NULL;
    if (ie == i && pm && pm->possessive && pm->nact == 1 && i > sc->s0 &&
        (T[i - 1].flags & TOK_POSS) && pm->t1 + 1 == i && (ie = named_body(sc, i, &mil)) > i) {
        country = pm->acts[0].country;
        org = pm->acts[0].org;
        agent = pm->acts[0].agent;
    }
    /* "the Law Society of Kenya", "the Central Bank of Nigeria": a
     * body's name, "of" and a state's */
    size_t j = skip_det(sc, i);
    if (ie <= i && body_of_after(f, j)) {
        size_t e = named_body(sc, j, &mil), l;
        const lex_hit *h;
        if (e > j && e + 1 < sc->s1 && tok_eq(&T[e], "of") &&
            is_kind(sc, e + 1, LK_BIT(LK_COUNTRY), &l, &h) && h->kind == LK_COUNTRY &&
            !(e + 1 + l < sc->s1 && (T[e + 1 + l].flags & TOK_CAP) &&
              (T[e + 1 + l].flags & TOK_WORD))) {
            country = sc->lx->countries[h->idx].iso3;
            if (tok_in(&T[e - 1], W_CIVIL_HEADS))
                agent = "CVL";
            ie = e + 1 + l;
        }
    }
    /* "the National Cohesion Commission": a state body's name that
     * names no state, with "the", is a body of the story's home state
     * (or of the state of the place named before) */
    size_t be;
    if (ie <= i && j > i && j + 1 < sc->s1 && (T[j].flags & TOK_CAP) &&
        (be = named_body(sc, j, &mil)) > j + 1 && !mil &&
        tok_in(&T[be - 1], W_STATE_BODY_HEADS) && (T[be - 1].flags & TOK_CAP) &&
        !(be < sc->s1 && ((T[be].flags & TOK_CAP) || tok_eq(&T[be], "of"))) &&
        (country = place_of(f) ? place_of(f) : home_body_state(f, j, be)))
        ie = be;
    if (ie <= i)
        return 0;
    /* "Kenya's Ethics and Anti-Corruption Commission": a state's body
     * with a state body's name is its government (words.txt
     * "state-body-heads") */
    if (country && !org && !mil && !agent && tok_in(&T[ie - 1], W_STATE_BODY_HEADS))
        agent = "GOV";
    mention *m = add(f, i, ie, org && !country ? MK_ORG : MK_COUNTRY, 1, prep);
    if (!m)
        return -1;
    m->acts[0].country = country;
    m->acts[0].org = org;
    m->acts[0].agent = mil ? "MIL" : agent;
    /* "the African Union's Peace and Security Council": "the council"
     * later is the union's */
    if (org)
        note_org(sc->st, org, T[ie - 1].hash);
    if (ie < sc->s1 && (T[ie].flags & TOK_POSS)) {
        m->possessive = 1;
        ie++;
    }
    *next = ie;
    return 1;
}

/* "Philippine and American troops": one office of each country */
static int adjective_list_step(finder *f, size_t i, int prep, size_t *next)
{
    int n;
    size_t le = adjective_list(&f->sc, i, f->items, &n, 32);
    if (le <= i)
        return 0;
    mention *m = add(f, i, le, MK_COUNTRY, n, prep);
    if (!m)
        return -1;
    for (int k = 0; k < n; k++) {
        m->acts[k] = f->items[k];
        /* "The Indian and Chinese foreign ministers agreed": each the
         * holder of that office named before, as in "the Foreign
         * Ministers of A and B" (plural_office) */
        if (m->acts[k].role && m->acts[k].country && !m->acts[k].name) {
            m->acts[k].entity = -1;
            if (pl_coref_person(f->sc.a, f->sc.lx, f->sc.td, f->sc.st, &m->acts[k], f->sent) ==
                COREF_NOMEM)
                return -1; /* not "no entity" (issue 13, D13) */
        }
    }
    *next = le;
    return 1;
}

/* A plural office [i, e): "the Foreign Ministers of A, B and C", "two
 * Russian diplomats", "protesters", "Foreign Ministers" alone */
/* Where the next name of a list starts after a name that ends at e
 * ("A and B", "A, B", "A, and B"), or 0. */
static size_t list_next(const scan *sc, size_t e)
{
    const token *T = sc->toks;
    size_t s1 = sc->s1;
    if (e + 1 < s1 && tok_eq(&T[e], ",") && tok_eq(&T[e + 1], "and"))
        e++;
    return e + 1 < s1 && (tok_eq(&T[e], ",") || tok_eq(&T[e], "and")) &&
                   (T[e + 1].flags & TOK_CAP)
               ? e + 1
               : 0;
}

static size_t body_name(const scan *sc, size_t e, size_t ne);

/* "two activists, Amina Yusuf and Peter Mwangi, were": where two or
 * more names in apposition after the count of people ending at e start,
 * when the list ends the aside; else 0. */
static size_t apposed_names(const scan *sc, size_t e)
{
    const token *T = sc->toks;
    size_t s1 = sc->s1, r = e + 1, n1;
    if (e + 1 >= s1 || !tok_eq(&T[e], ","))
        return 0;
    int k = 0;
    for (;;) {
        size_t ne = parse_name(sc, r, &n1);
        if (ne <= r || body_name(sc, r, ne))
            break;
        k++;
        size_t nx = list_next(sc, ne);
        r = ne;
        if (!nx)
            break;
        r = nx;
    }
    return k >= 2 && (r >= s1 || tok_eq(&T[r], ",") || tok_eq(&T[r], ".") ||
                      tok_eq(&T[r], ")") || tok_eq(&T[r], ";"))
               ? e + 1
               : 0;
}

/* The names of a list that starts at b, each a holder of proto's office:
 * a person's mention each, coreferred; *end past the last. Returns how
 * many, or -1 when out of memory. */
static int name_list(finder *f, size_t b, const actor *proto, int prep, size_t *end)
{
    scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t s1 = sc->s1, n1;
    int n = 0;
    while (b) {
        size_t ne = parse_name(sc, b, &n1);
        if (ne <= b || (ne < s1 && (T[ne].flags & (TOK_CAP | TOK_POSS))) || body_name(sc, b, ne))
            break;
        mention *m = add(f, b, ne, MK_PERSON, 1, prep);
        if (!m)
            return -1;
        m->acts[0] = *proto;
        m->acts[0].entity = -1;
        m->acts[0].name = NULL;
        set_name(sc, &m->acts[0], n1, ne);
        if (pl_coref_person(sc->a, sc->lx, sc->td, sc->st, &m->acts[0], f->sent) == COREF_NOMEM)
            return -1;
        *end = ne;
        n++;
        b = list_next(sc, ne);
    }
    return n;
}

static int plural_office(finder *f, size_t i, size_t e, office_info *oi, int prep,
                         size_t *next)
{
    scan *sc = &f->sc;
    coref_state *st = sc->st;
    mention *m;
    if (oi->counterpart && !oi->role)
        for (int q = st->nents - 1; q >= 0 && !oi->role; q--)
            oi->role = st->ents[q].role;
    int n;
    size_t le = parse_office_list(sc, e, oi, f->items, &n, 32);
    /* "the governments and peoples of Laos and Cambodia": a second noun
     * before "of" shares the list */
    if (!n && e + 2 < sc->s1 && tok_eq(&sc->toks[e], "and") && sc->toks[e + 1].tag == ST_NOUN &&
        !(sc->toks[e + 1].flags & TOK_CAP) && tok_eq(&sc->toks[e + 2], "of"))
        le = parse_office_list(sc, e + 2, oi, f->items, &n, 32);
    if (n) {
        if (!(m = add(f, i, le, MK_PERSON, n, prep)))
            return -1;
        for (int k = 0; k < n; k++) {
            f->items[k].entity = -1;
            m->acts[k] = f->items[k];
            if (pl_coref_person(sc->a, sc->lx, sc->td, st, &m->acts[k], f->sent) == COREF_NOMEM)
                return -1; /* not "no entity" (issue 13, D13) */
            if (m->acts[k].org)
                note_org_armed(sc, m->acts[k].org, 0);
        }
        *next = le;
        return 1;
    }
    /* "trade unions", "protesters" with no state: those of the place the
     * sentence names ("In Asmara, supporters protested"), else the home
     * country's */
    /* armed groups are of the place they fight in: the home state only
     * when the story is filed from there, not when it is merely the
     * state most named (the one that strikes them, often) */
    const char *home = pl_coref_home_for(sc->lx, st, oi->agent);
    int sector = oi->agent && (strcmp(oi->agent, "GOV") || tok_in(&sc->toks[e - 1], W_STATE_PLURALS)) &&
                 (home || place_of(f));
    if (oi->country || oi->org || sector) {
        if (!(m = add(f, i, e, MK_COUNTRY, 1, prep)))
            return -1;
        m->acts[0].country = oi->country || oi->org ? oi->country
                             : f->where_cc            ? f->where_cc
                             : place_of(f)            ? place_of(f)
                                                      : home;
        m->acts[0].home_assumed = !oi->country && !oi->org && !f->where_cc && !place_of(f);
        m->acts[0].org = oi->org;
        m->acts[0].agent = oi->agent;
        if (oi->org) /* "EU foreign ministers met …; the bloc's …" */
            note_org_armed(sc, oi->org, 0);
        /* "journalists Grace Atim and Joseph Okello", "two journalists,
         * A and B,": each a holder of the office */
        size_t b = oi->counted ? apposed_names(sc, e) : e, end = e;
        actor proto = m->acts[0];
        proto.role = oi->role;
        if (b && name_list(f, b, &proto, prep, &end) < 0)
            return -1;
        *next = end;
        return 1;
    }
    /* "urged world leaders to …", "met regional leaders", "with African
     * ministers": a plural office with no state and no determiner, after
     * a word of the clause, is anyone who holds it, not the parties named
     * before ("the ministers", "both leaders", "Later, ministers agreed"
     * are those; "four diplomats from the embassy", "several diplomatic
     * representatives" are counted) */
    const token *T = sc->toks;
    size_t d = i;
    while (d > sc->s0 && (T[d - 1].tag == ST_ADJ || T[d - 1].tag == ST_NOUN ||
                          T[d - 1].tag == ST_PROPN))
        d--;
    int definite = tok_in(&T[i], W_DET) || tok_in(&T[i], W_POSSDET) || tok_eq(&T[i], "both");
    if (!definite && !oi->counted && d > sc->s0 && (T[d - 1].flags & TOK_WORD) &&
        !tok_in(&T[d - 1], W_DET) && !tok_in(&T[d - 1], W_POSSDET) &&
        !tok_in(&T[d - 1], W_QUANTIFIERS) && !tok_eq(&T[d - 1], "both")) {
        *next = e;
        return 1;
    }
    if (!add(f, i, e, MK_GROUP, 0, prep))
        return -1;
    *next = e;
    return 1;
}

/* The name after an office ending at e: "Minister X", "opposition
 * politician X", "the UN Under-Secretary-General …, X, …". Returns its
 * end (e when none) and its first token in *n0. */
static char sex_of(const token *t);
static int sex_fits(const coref_state *st, int e, char sex);
static int pronoun_referent(finder *f, int k, char sex);
static void honorific_sex(finder *f, size_t i, size_t n0, int e);

/* The end of the name of a body or an area that the capitalised words
 * from e (a person's name up to ne) begin, or 0: "Business District",
 * "Gang Suppression Force", "Salman Humanitarian Aid and Relief Centre"
 * (the name goes on past "and"), "the opposition Movement for …". */
static size_t body_name(const scan *sc, size_t e, size_t ne)
{
    const token *T = sc->toks;
    size_t s1 = sc->s1, q = ne;
    if (ne <= e)
        return 0;
    while (q + 1 < s1 && (tok_eq(&T[q], "and") || tok_eq(&T[q], "&")) &&
           (T[q + 1].flags & TOK_CAP)) {
        q++;
        while (q < s1 && (T[q].flags & TOK_CAP) && (T[q].flags & TOK_WORD))
            q++;
    }
    /* (a kind of body whose name goes on, "Movement for Democratic
     * Change": the opposition's own name is taken as its own actor's) */
    int goes_on = q + 1 < s1 && (tok_eq(&T[q], "for") || tok_eq(&T[q], "of")) &&
                  (T[q + 1].flags & TOK_CAP);
    return tok_in(&T[q - 1], W_ORG_HEADS) || tok_in(&T[q - 1], W_UNIT_HEADS) ||
                   tok_in(&T[q - 1], W_FACILITIES) || tok_in(&T[q - 1], W_AREAS) ||
                   (goes_on && tok_in(&T[q - 1], W_ORG_KINDS))
               ? q
               : 0;
}

/* name_after_office where parse_name(sc, e, n0) is known: its end ne
 * and *n0. */
static size_t name_after_parsed(const scan *sc, size_t e, size_t ne, size_t *n0, int counted,
                                int attributed)
{
    const token *T = sc->toks;
    size_t s1 = sc->s1;
    /* "the Gang Suppression Force": a body's name is no person's; nor is
     * a building's ("Central Police Station", "Military Air Base") */
    if (ne > e && body_name(sc, e, ne))
        return e;
    if (ne > e)
        return ne;
    if (e + 1 < s1 && tok_in(&T[e], W_PERSON_NOUNS) && !(T[e].flags & TOK_CAP) &&
        (ne = parse_name(sc, e + 1, n0)) > e + 1)
        return ne;
    /* "the minister, X, said"; but "killing two people, Governor X
     * said": a count of people is never one named person; and
     * "according to the presidency, Erdogan informed …": the
     * attribution ends at its comma */
    /* (nor "Speaking at a news conference with his Iraqi counterpart,
     * Fidan urged …": a name that a verb follows is the subject after a
     * fronted phrase) */
    if (!counted && e + 1 < s1 && tok_eq(&T[e], ",") && (ne = parse_name(sc, e + 1, n0)) > e + 1 &&
        (ne >= s1 || tok_eq(&T[ne], ",") || tok_eq(&T[ne], ".") || tok_eq(&T[ne], ")") ||
         (!(T[ne].flags & TOK_CAP) && !attributed && !verb_word(&T[ne]))))
        return ne;
    return e;
}

static size_t name_after_office(const scan *sc, size_t e, size_t *n0, int counted,
                                int attributed)
{
    return name_after_parsed(sc, e, parse_name(sc, e, n0), n0, counted, attributed);
}

/* An office, with or without a name: "Foreign Minister X", "the
 * Minister", "the Kazakh side", "its Director-General" */
/* Whether an office or a generic head ("side", "diplomats") may come in
 * the few tokens from i on: parse_office is tried only then. */
static int office_word(const token *t)
{
    const uint32_t kinds = LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL);
    uint32_t k = t->lexkinds;
    return !(k & LEX_ANNOTATED) || (k & (kinds | LEX_OVERFLOW)) || tok_in(t, W_GENERIC_HEADS);
}

static int office_step(finder *f, size_t i, int prep, size_t *next)
{
    scan *sc = &f->sc;
    coref_state *st = sc->st;
    const token *T = sc->toks;
    size_t s1 = sc->s1, n0 = 0;
    office_info oi;
    /* steps_to_try has seen an office word among the eight tokens from
     * i on (f->office_at): parse_office is tried only then */
    size_t e = parse_office(sc, i, &oi, 0);
    if (e <= i)
        return 0;
    /* "Amir Khan Muttaqi": a known person's full name that begins with
     * an office word is the person's (the name step's), not "Amir" */
    size_t kl;
    if (e == i + 1 && (T[i].flags & TOK_CAP) && is_kind(sc, i, LK_BIT(LK_PERSON), &kl, NULL) &&
        kl >= 3)
        return 0;
    /* "Updated on Nov 28, 2026 10:42 PM IST": an abbreviation after a
     * number is no office ("PM") */
    if ((T[e - 1].flags & TOK_ALLCAPS) && e - 1 > sc->s0 && (T[e - 2].flags & TOK_NUM) &&
        T[e - 1].fold_len <= 3)
        return 0;
    /* "Reporters Without Borders", "Doctors Without Borders": an
     * organisation's name that begins with an office word is the
     * organisation's (the entity step's) */
    size_t sd = skip_det(sc, i), ol;
    if (is_kind(sc, sd, LK_BIT(LK_ORG) | LK_BIT(LK_COUNTRY), &ol, NULL) && sd + ol > e)
        return 0; /* and a state's: "the People's Republic of China" */
    /* "military aid": an office word read as an adjective before a noun
     * that makes an event names a kind of that event, not its owner (but
     * "official results" are the authorities') */
    if (e == i + 1 && !(T[i].flags & TOK_CAP) && T[i].tag == ST_ADJ && e < s1 &&
        T[e].tag == ST_NOUN && !(T[e].flags & TOK_CAP) &&
        pl_grammar_noun_event(sc->lx, T, e, e) >= 0)
        return 0;
    /* (after a determiner, before a noun of talk: "the official visit
     * of X"; but "a military convoy" is the army's) */
    int cls;
    const lex_frame *cf;
    if (sd > i && e == sd + 1 && !(T[sd].flags & TOK_CAP) && T[sd].tag == ST_ADJ && e < s1 &&
        T[e].tag == ST_NOUN && !(T[e].flags & TOK_CAP) &&
        (cls = pl_grammar_noun_event(sc->lx, T, e, e)) >= 0 &&
        (cf = pl_grammar_class_frame(sc->lx, cls)) && cf->code && cf->code->quad == 1)
        return 0;
    /* "warned that a parallel government would …": a government with
     * an indefinite article and no state is none that exists */
    if (!oi.country && !oi.org && !oi.plural && oi.role && !strcmp(oi.role, "Government") &&
        (e >= s1 || T[e].tag != ST_NOUN)) {
        size_t d = i;
        while (d > sc->s0 && (T[d - 1].tag == ST_ADJ || T[d - 1].tag == ST_NOUN) &&
               !(T[d - 1].flags & TOK_CAP))
            d--;
        if (tok_eq(&T[i], "a") || tok_eq(&T[i], "an") ||
            (d > sc->s0 && (tok_eq(&T[d - 1], "a") || tok_eq(&T[d - 1], "an")))) {
            *next = e;
            return 1;
        }
    }
    /* "Akter, who heads one of the unions": an office word of one
     * lower-case token that the tagger reads as a finite verb after a
     * relative pronoun is that verb */
    if (e == i + 1 && !(T[i].flags & TOK_CAP) && T[i].tag == ST_VERB && i > sc->s0 &&
        T[i - 1].tag == ST_REL)
        return 0;
    /* "a Japan-Philippines Foreign Ministers' Meeting", "the leaders'
     * summit": offices in the plural that name a meeting's kind are no
     * party to it (the meeting's parties are named around it) */
    if (oi.plural && !oi.country && !oi.org) {
        size_t h = e < s1 && (T[e].flags & TOK_POSS) ? e + 1 : e;
        int cls = h < s1 ? pl_grammar_noun_event(sc->lx, T, h, h) : -1;
        const lex_frame *nf = cls >= 0 ? pl_grammar_class_frame(sc->lx, cls) : NULL;
        if (nf && (nf->flags & FR_SYM)) {
            *next = h;
            return 1;
        }
    }
    if (oi.plural || (oi.generic && oi.counterpart && e < s1 && tok_eq(&T[e], "from")))
        return plural_office(f, i, e, &oi, prep, next);
    /* "the King Salman Humanitarian Aid and Relief Centre", "Accra's
     * Central Business District": a title that opens a body's or an
     * area's name is no office holder */
    /* (the name parsed here is the one name_after_office looks for) */
    size_t pe = 0;
    if ((T[e - 1].flags & TOK_CAP) && e < s1 && (T[e].flags & TOK_CAP)) {
        pe = parse_name(sc, e, &n0);
        size_t b = body_name(sc, e, pe);
        if (b) {
            *next = b;
            return 1;
        }
    }
    int attributed = i >= sc->s0 + 2 && tok_eq(&T[i - 1], "to") && tok_eq(&T[i - 2], "according");
    size_t ne = pe ? name_after_parsed(sc, e, pe, &n0, oi.counted, attributed)
                   : name_after_office(sc, e, &n0, oi.counted, attributed),
           end = ne;
    /* "Minister of Foreign Affairs of the Maldives, Moosa Zameer called
     * on …": an office that opens the sentence, then a comma, a name and
     * a verb: the name is the office holder's (no fronted phrase the
     * subject follows, as in "Speaking with his counterpart, Fidan
     * urged") */
    size_t vn0, vne;
    size_t body = sc->td->sents[f->sent].body;
    if (ne == e && (i == body || (i == body + 1 && tok_in(&T[body], W_DETERMINERS))) &&
        prep == P_NONE && !oi.counted && e + 2 < s1 && tok_eq(&T[e], ",") &&
        (vne = parse_name(sc, e + 1, &vn0)) > e + 2 && vne < s1 &&
        !(T[vne].flags & TOK_CAP) && verb_word(&T[vne])) {
        ne = end = vne;
        n0 = vn0;
    }
    int named = ne > e;
    if (!named && (oi.country || oi.org)) {
        /* "the head of Egypt's intelligence service, Hassan Rashad": the
         * body after an "of" phrase's possessive is the office's, when a
         * name in apposition says whose office it is */
        size_t of = i, b = e + 1;
        while (of < e && !tok_eq(&T[of], "of"))
            of++;
        while (of < e && b < s1 && b < e + 8 && (T[b].flags & TOK_WORD) &&
               (T[b].tag == ST_NOUN || T[b].tag == ST_ADJ || T[b].tag == ST_PROPN))
            b++;
        if (of < e && e < s1 && (T[e].flags & TOK_POSS) && b > e + 1 &&
            (ne = name_after_office(sc, b, &n0, oi.counted, 0)) > b) {
            e = b;
            end = ne;
            named = 1;
        } else {
            ne = e;
        }
    }
    if (!named && e + 2 < s1 && tok_eq(&T[e], "of")) {
        /* "Director-General of the Asian and Oceanian Affairs Bureau
         * Masaaki Kanai": an office of a body the lexicon does not know,
         * then its holder's name */
        int mil;
        size_t b = e + 1 + tok_eq(&T[e + 1], "the"), be = named_body(sc, b, &mil);
        if (be > b && !mil && (ne = name_after_office(sc, be, &n0, oi.counted, 0)) > be) {
            e = be;
            end = ne;
            named = 1;
        } else {
            ne = end = e;
        }
    }
    /* "the Russian state news agency Sputnik": a name after the noun of
     * a body (words.txt "org-heads") is the body's, not a person's */
    /* (not "Director-General of the X Bureau Park Min-jun", "head of the
     * service, Hassan Rashad": an office of a body, then its holder) */
    if (named && e > i && tok_in(&T[e - 1], W_ORG_HEADS) && n0 == e) {
        int of = 0;
        for (size_t q = i; q < e && !of; q++)
            of = tok_eq(&T[q], "of");
        if (!of)
            named = 0;
    }
    /* "the commander of the Turkish land forces": an office of a state's
     * armed unit named by its adjective is that state's */
    if (!named && !oi.country && !oi.org && end == e && e + 2 < s1 && tok_eq(&T[e], "of")) {
        size_t b = e + 1 + tok_eq(&T[e + 1], "the"), la;
        const lex_hit *ha;
        if (b < s1 && is_kind(sc, b, LK_BIT(LK_ADJ), &la, &ha) && ha->kind == LK_ADJ) {
            size_t u = b + la;
            while (u < s1 && u < b + la + 3 && (T[u].flags & TOK_WORD) &&
                   !tok_in(&T[u], W_UNIT_HEADS) && (T[u].tag == ST_NOUN || T[u].tag == ST_ADJ))
                u++;
            if (u < s1 && tok_in(&T[u], W_UNIT_HEADS)) {
                oi.country = sc->lx->countries[ha->idx].iso3;
                ne = end = u + 1;
            }
        }
    }
    /* "three Russian embassy staff": the office's people */
    if (!named && end < s1 && tok_in(&T[end], W_STAFF))
        ne = ++end;
    mention *m = add(f, i, end, named ? MK_PERSON : MK_OFFICE, 1, prep);
    if (!m)
        return -1;
    fill_from_office(sc, &m->acts[0], &oi);
    /* "PASOK leader Nikos Androulakis": the head of a body the lexicon
     * does not know, named by its acronym right before the office, is no
     * state official (a party's or a union's: the opposition's side) */
    if (named && i > sc->s0 && (T[i - 1].flags & TOK_ALLCAPS) && T[i - 1].fold_len >= 3 &&
        !T[i - 1].readings && !is_kind(sc, i - 1, ACTOR_KINDS | LK_BIT(LK_PLACE), NULL, NULL) &&
        !acronym_entry(sc, &T[i - 1]) && !oi.country && !oi.org &&
        (!m->acts[0].agent || !strcmp(m->acts[0].agent, "GOV")))
        m->acts[0].agent = "OPP";
    /* "the GNU Ministry of Defence" after "Libya's Government of National
     * Unity (GNU)": the office of the body the acronym named */
    const struct acronym *ae = i > sc->s0 ? acronym_entry(sc, &T[i - 1]) : NULL;
    if (ae && ae->org && ae->office.country && !oi.country && !oi.org)
        m->acts[0].country = ae->office.country;
    /* "NLC President Joe Ajaero": the named head of the body named
     * right before the office, of its sector, not of the state (but
     * "opposition protesters" are no body's head) */
    const mention *bm = f->mv.n >= 2 ? &f->mv.v[f->mv.n - 2] : NULL;
    /* "Samwu's Johannesburg regional secretary, X": so is the office
     * after the body's possessive and a few modifiers */
    size_t bt = bm ? bm->t1 : 0;
    if (bm && bm->possessive && bt < i && (T[bt].flags & TOK_POSS)) {
        bt++;
        while (bt < i && bt < bm->t1 + 5 && (T[bt].flags & TOK_WORD) &&
               (T[bt].tag == ST_ADJ || T[bt].tag == ST_PROPN || T[bt].tag == ST_NOUN))
            bt++;
    }
    if (named && bm && bt == i && bm->kind == MK_OFFICE && bm->nact == 1 && !bm->acts[0].name &&
        bm->acts[0].agent && strcmp(bm->acts[0].agent, "GOV") && !oi.country && !oi.org) {
        m->acts[0].agent = bm->acts[0].agent;
        m->acts[0].country = bm->acts[0].country;
        m->acts[0].org = bm->acts[0].org;
    } else if (bm && bm->possessive && bt == i && bm->kind == MK_ORG && bm->nact == 1 &&
               bm->acts[0].org && !bm->acts[0].name && !oi.country && !oi.org &&
               tok_in(&T[bm->t1 - 1], W_ORG_ANAPHORS)) {
        /* "the bloc's foreign policy chief": the organisation's */
        m->acts[0].org = bm->acts[0].org;
        m->acts[0].country = bm->acts[0].country; /* "Hamas's": PSE too */
    } else if (bm && bm->possessive && bt == i && bm->kind == MK_COUNTRY && bm->nact == 1 &&
               bm->acts[0].country && bm->acts[0].agent && !bm->acts[0].name &&
               !bm->acts[0].org && !oi.country && !oi.org) {
        /* "the Kremlin's spokesman": the seat's state's */
        m->acts[0].country = bm->acts[0].country;
    } else if (bm && (named || bm->modifier) && bm->t1 == i &&
               (bm->kind == MK_COUNTRY || bm->kind == MK_ORG) &&
               bm->nact == 1 && !bm->possessive && !bm->acts[0].name && !oi.country && !oi.org &&
               (bm->acts[0].country || bm->acts[0].org)) {
        /* "Yemen's Presidential Leadership Council chairman Rashad
         * Al-Alimi": of the body named right before the office; "a White
         * House official": of the seat before it */
        m->acts[0].country = bm->acts[0].country;
        m->acts[0].org = bm->acts[0].org;
    }
    /* "Y said he had also recalled his envoy": the envoy of the person
     * named last before it as a subject in the sentence */
    if (oi.possessor && !oi.country && !oi.org && tok_in(&T[i], W_POSS) && !tok_eq(&T[i], "its")) {
        char sex = sex_of(&T[i]);
        int q = f->mv.n - 2;
        for (; q >= 0; q--) {
            const mention *pm = &f->mv.v[q];
            if (pm->kind == MK_PERSON && pm->nact == 1 && pm->prep == P_NONE && !pm->possessive &&
                pm->acts[0].country &&
                (pm->acts[0].entity < 0 || sex_fits(st, pm->acts[0].entity, sex))) {
                m->acts[0].country = pm->acts[0].country;
                break;
            }
        }
        /* "He praised her government": of the person a pronoun of that
         * sex refers to (the pronouns before it first learn theirs) */
        if (q < 0 && sex) {
            for (int r = 0; r + 1 < f->mv.n; r++)
                if (f->mv.v[r].kind == MK_PRONOUN)
                    pronoun_referent(f, r, sex_of(&T[f->mv.v[r].t0]));
            int e = pronoun_referent(f, f->mv.n - 1, sex);
            if (e >= 0 && (st->ents[e].country || st->ents[e].org)) {
                m->acts[0].country = st->ents[e].country;
                m->acts[0].org = st->ents[e].org;
            }
        }
    }
    int owned = m->acts[0].country || m->acts[0].org;
    /* "President Ismail Omar Guelleh of Djibouti": the state named right
     * after the holder's name, whatever the story's home */
    size_t of_len;
    const char *ofc;
    if (!owned && named && end + 1 < s1 && tok_eq(&T[end], "of") &&
        (ofc = country_at(sc, skip_det(sc, end + 1), &of_len, LK_BIT(LK_COUNTRY)))) {
        m->acts[0].country = ofc;
        owned = 1;
    }
    /* "the diplomat" after "a Russian diplomat": a definite office that
     * anyone may hold (no minister, whom the document's main actor may
     * be) is the one of that office named last */
    if (!owned && !named && m->acts[0].role && tok_eq(&T[i], "the") &&
        pl_coref_any_office(m->acts[0].role))
        for (int k = st->nents - 1; k >= 0 && !owned; k--)
            if (st->ents[k].role && !strcmp(st->ents[k].role, m->acts[0].role) &&
                (st->ents[k].country || st->ents[k].org)) {
                m->acts[0].country = st->ents[k].country;
                m->acts[0].org = st->ents[k].org;
                owned = 1;
            }
    /* "the foreign ministry in Kabul": the office of the capital's state */
    size_t cl;
    const char *cap;
    if (!owned && !named && end + 1 < s1 && tok_eq(&T[end], "in") &&
        (cap = country_at(sc, end + 1, &cl, LK_BIT(LK_CAPITAL)))) {
        m->acts[0].country = cap;
        owned = 1;
    }
    if (!owned && f->where_cc)
        m->acts[0].country = f->where_cc;
    else if (!owned && !named && f->scene_cc && !oi.counterpart)
        m->acts[0].country = f->scene_cc; /* "In Algiers, the foreign ministry" */
    else if (!owned && place_of(f) &&
             (pl_grammar_code_in(sc->lx, oi.agent, W_LOCAL_SIDES) ||
              !pl_coref_home_for(sc->lx, sc->st, oi.agent) ||
              /* "attacked a military post in Burkina Faso": an office
               * that names what a thing is, where the sentence says */
              (!named && end < s1 && T[end].tag == ST_NOUN && !(T[end].flags & TOK_CAP))))
        m->acts[0].country = place_of(f); /* "militants in Mosul", "police in
                                             Izmir" whatever the story's home;
                                             an official only when the story
                                             has no home state */
    if (named)
        set_name(sc, &m->acts[0], n0, ne);
    if (oi.counterpart && !named)
        m->kind = MK_OFFICE;
    /* "X held talks with his Beninese counterpart Y": a counterpart the
     * text names holds the office of the person named before it in the
     * sentence; else, named or not, the last subject's */
    for (int q = f->mv.n - 2; oi.counterpart && named && !m->acts[0].role && q >= 0; q--)
        if (f->mv.v[q].nact == 1 && (f->mv.v[q].kind == MK_PERSON || f->mv.v[q].kind == MK_OFFICE))
            m->acts[0].role = f->mv.v[q].acts[0].role;
    if (oi.counterpart && !m->acts[0].role && st->last_subject >= 0)
        m->acts[0].role = st->ents[st->last_subject].role;
    if (oi.generic && !named && !oi.counterpart) {
        /* "the Kazakh side" is the state, "the Kazakh diplomat" a person */
        int person = tok_in(&T[e - 1], W_PERSON_HEADS);
        m->kind = person ? MK_OFFICE : MK_COUNTRY;
        if (!person)
            m->acts[0].role = NULL;
        if (!m->acts[0].country && !m->acts[0].org) {
            f->mv.n--; /* "his delegation": nothing to resolve */
            /* "the allies": a group of the parties named before */
            if (tok_in(&T[e - 1], W_GROUP_NOUNS))
                return 0;
            *next = e;
            return 1;
        }
    }
    st->counted = oi.counted && !named;
    int rc = m->kind != MK_COUNTRY
                 ? pl_coref_person(sc->a, sc->lx, sc->td, st, &m->acts[0], f->sent)
                 : 0;
    st->counted = 0;
    if (rc == COREF_NOMEM)
        return -1; /* not "no entity" (issue 13, D13) */
    if (named) /* "Spokesman X", "Ms. X": the person's sex */
        honorific_sex(f, i, n0, m->acts[0].entity);
    if (m->acts[0].org)
        note_org_armed(sc, m->acts[0].org, 0);
    /* "army drones": an office before a noun modifies it */
    if (!named && end < s1 && T[end].tag == ST_NOUN && !(T[end].flags & TOK_CAP) &&
        modifier_follows(sc, end))
        m->modifier = 1;
    /* "the Secretary-General's meeting with …" */
    if (end < s1 && (T[end].flags & TOK_POSS)) {
        m->possessive = 1;
        end++;
    }
    if (!named)
        remember_office_acronym(sc, end, &m->acts[0]);
    /* "arrested activists Amina Yusuf and Peter Mwangi": after an
     * office in the plural, each name of the list holds it; so does each
     * of two or more names in apposition to a count of such people */
    if ((T[e - 1].readings & PR_PLURAL) && !m->possessive) {
        actor proto = m->acts[0];
        size_t b = named && !oi.counted ? list_next(sc, end)
                   : !named && oi.counted ? apposed_names(sc, end)
                                          : 0;
        if (b && name_list(f, b, &proto, prep, &end) < 0)
            return -1;
    }
    *next = end;
    return 1;
}

/* A place is no person: "Bandar Abbas" */
static int place_step(finder *f, size_t i, int prep, size_t *next)
{
    (void)prep;
    const lex_hit *ph, *pp;
    size_t pl = match_at(&f->sc, i, LK_BIT(LK_PLACE), &ph);
    /* (nor a capital of more than a word, which may stand for its
     * government: "New Delhi criticised", "Kuala Lumpur welcomed") */
    if (pl < 2 || match_at(&f->sc, i, LK_BIT(LK_PERSON), &pp) >= pl ||
        match_at(&f->sc, i, LK_BIT(LK_CAPITAL), &pp) >= pl)
        return 0;
    *next = i + pl;
    return 1;
}

/* "Ms. Theresa Lazaro": an honorific among tokens [i, n0) before a name
 * tells the sex of its entity e; a possessive does not ("her Chinese
 * counterpart, Wang Yi" is the counterpart of a woman). */
static void honorific_sex(finder *f, size_t i, size_t n0, int e)
{
    coref_state *st = f->sc.st;
    for (size_t k = i; k < n0 && e >= 0 && e < st->nents && !st->ents[e].sex; k++)
        if (!tok_in(&f->sc.toks[k], W_POSSDET))
            st->ents[e].sex = sex_of(&f->sc.toks[k]);
}

/* The entity of this document, of a state whose people are called by
 * their given names (words.txt "given-name-called"), whose name begins
 * with the words [n0, ne) and has more words; -1 none, -2 out of
 * memory. */
static int given_names_of(const scan *sc, size_t n0, size_t ne)
{
    const coref_state *st = sc->st;
    const token *T = sc->toks;
    for (int k = st->nents - 1; k >= 0; k--) {
        const entity *e = &st->ents[k];
        if (!e->name || !e->country || !e->given || strcmp(e->given, T[n0].fold) ||
            !pl_grammar_code_in(sc->lx, e->country, W_GIVEN_CALLED))
            continue;
        char *fn;
        long fl = pl_fold_match(sc->a, e->name, strlen(e->name), &fn);
        if (fl < 0)
            return -2;
        const char *p = fn;
        size_t q = n0;
        for (; q < ne; q++) {
            while (*p == ' ')
                p++;
            size_t w = strcspn(p, " ");
            if (w != T[q].fold_len || memcmp(p, T[q].fold, w))
                break;
            p += w;
        }
        while (*p == ' ')
            p++;
        if (q == ne && *p)
            return k;
    }
    return -1;
}

/* An unknown name [n0, ne) that its context shows to be a person's
 * ("lawyer Ines Trabelsi", "Ben Salah, who …", "Kiprono said", "Karim
 * Abadi, a German engineer"), starting at i. */
static int unknown_person(finder *f, size_t i, size_t n0, size_t ne, const char *role,
                          const actor *owner, int prep, size_t *next)
{
    scan *sc = &f->sc;
    coref_state *st = sc->st;
    const token *T = sc->toks;
    size_t s1 = sc->s1;
    int ap = owner || i == sc->s0 || !tok_eq(&T[i - 1], ",") ? -1 : office_apposed(sc, i);
    mention *m = add(f, i, ne, MK_PERSON, 1, prep);
    if (!m)
        return -1;
    actor *ac = &m->acts[0];
    set_name(sc, ac, n0, ne);
    ac->role = role;
    if (owner) {
        ac->country = owner->country;
        ac->org = owner->org;
        /* (a person the name is joined to: of that person's sector too) */
        if (owner->name)
            ac->agent = owner->agent;
    } else if (ap >= 0) {
        const actor *of = &f->mv.v[ap].acts[0];
        ac->country = of->country;
        ac->org = of->org;
        ac->agent = of->agent;
        if (!ac->role)
            ac->role = of->role;
    }
    /* the apposition's nationality */
    if (!owner && ne + 2 < s1 && tok_eq(&T[ne], ",") &&
        (tok_eq(&T[ne + 1], "a") || tok_eq(&T[ne + 1], "an")))
        for (size_t k = ne + 2, la; k < ne + 5 && k < s1; k++) {
            const lex_hit *h;
            if (is_kind(sc, k, LK_BIT(LK_ADJ), &la, &h) && h->kind == LK_ADJ) {
                ac->country = sc->lx->countries[h->idx].iso3;
                break;
            }
            /* "X, a Kremlin aide": of the government that sits there */
            for (const lex_hit *v = is_kind(sc, k, LK_BIT(LK_VENUE), &la, &h) ? h : NULL; v;
                 v = lexicon_next(sc->lx, v))
                if (v->kind == LK_VENUE && sc->lx->venues[v->idx].seat &&
                    sc->lx->venues[v->idx].ref >= 0) {
                    ac->country = sc->lx->places[sc->lx->venues[v->idx].ref].iso3;
                    ac->agent = sc->lx->venues[v->idx].seat;
                    break;
                }
            if (ac->country)
                break;
        }
    /* "Mr Timothy Musa Kabba of Sierra Leone": a state's name right
     * after the name says whose */
    /* (or after a comma: "Pavla Havrlikova, of the Czech Republic") */
    size_t lc, of = ne + (ne + 1 < s1 && tok_eq(&T[ne], ","));
    const lex_hit *hc;
    if (!owner && !ac->country && !ac->org && of + 1 < s1 && tok_eq(&T[of], "of") &&
        is_kind(sc, of + 1 + (of + 2 < s1 && tok_eq(&T[of + 1], "the")), LK_BIT(LK_COUNTRY), &lc,
                &hc) &&
        hc->kind == LK_COUNTRY)
        ac->country = sc->lx->countries[hc->idx].iso3;
    /* "North Korean defector X": the nationality before the noun for
     * people that introduces the name */
    if (!ac->country && n0 >= sc->s0 + 2 && tok_in(&T[n0 - 1], W_PERSON_NOUNS))
        for (size_t k = n0 >= sc->s0 + 4 ? n0 - 4 : sc->s0, la; k + 1 < n0; k++) {
            const lex_hit *h; /* the longest first: "North Korean" */
            if (is_kind(sc, k, LK_BIT(LK_ADJ), &la, &h) && h->kind == LK_ADJ && k + la == n0 - 1) {
                ac->country = sc->lx->countries[h->idx].iso3;
                break;
            }
        }
    if (pl_coref_person(sc->a, sc->lx, sc->td, st, ac, f->sent) == COREF_NOMEM)
        return -1; /* not "no entity" (issue 13, D13) */
    honorific_sex(f, i, n0, ac->entity);
    if (ap >= 0) {
        /* the office the name is apposed to is this person */
        actor *oa = &f->mv.v[ap].acts[0];
        oa->name = ac->name;
        oa->name_text = ac->name_text;
        oa->n0 = ac->n0;
        oa->n1 = ac->n1;
        oa->entity = ac->entity;
    }
    if (!ac->country && !ac->org)
        ac->country = st->home;
    if (ac->entity >= 0 && ac->entity < st->nents && !st->ents[ac->entity].country &&
        !st->ents[ac->entity].org)
        st->ents[ac->entity].country = ac->country;
    if (ne < s1 && (T[ne].flags & TOK_POSS)) {
        m->possessive = 1;
        ne++;
    }
    *next = ne;
    return 1;
}

/* The state or organisation whose possessive stands right before the
 * unknown name [i, ne), in a list of such names or before a verb or
 * the sentence's end ("talks with Colombia's Gustavo Petro and
 * Uruguay's Yamandu Orsi"), or NULL: no word of the name may be a
 * place, a state or a body ("Russia's Black Sea Fleet"). */
static const actor *state_owner(finder *f, size_t i, size_t ne)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    const mention *pm = f->mv.n ? &f->mv.v[f->mv.n - 1] : NULL;
    if (!pm || !pm->possessive || pm->nact != 1 || pm->t1 + 1 != i ||
        (pm->kind != MK_COUNTRY && pm->kind != MK_ORG) || !(T[i - 1].flags & TOK_POSS) ||
        ne - i > 3)
        return NULL;
    if (ne < sc->s1 && (T[ne].flags & TOK_WORD) && !tok_eq(&T[ne], "and") && !verb_word(&T[ne]))
        return NULL;
    /* "Tripoli's Souq Al-Juma": after a town's possessive, a district */
    if (pm->kind == MK_COUNTRY &&
        is_kind(sc, pm->t0, LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE), NULL, NULL) &&
        !is_kind(sc, pm->t0, LK_BIT(LK_COUNTRY), NULL, NULL))
        return NULL;
    /* a town may begin a person's name ("Santiago Pena"), not end it */
    for (size_t k = i, pl; k < ne; k++)
        if (tok_in(&T[k], W_ORG_KINDS) || tok_in(&T[k], W_NOT_NAMES) ||
            is_kind(sc, k, LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG), NULL, NULL) ||
            (is_kind(sc, k, LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE) | LK_BIT(LK_VENUE), &pl, NULL) &&
             (k + 1 == ne || pl > 1)))
            return NULL;
    return &pm->acts[0];
}

/* Whether name's first word is token t of text, as written. */
static int starts_with_word(const char *name, const char *text, const token *t)
{
    size_t n = name ? strcspn(name, " ") : 0;
    return n && n == t->end - t->start && !memcmp(name, text + t->start, n);
}

/* A name, with its office after it ("Daren Tang, Director General of the
 * World Intellectual Property Organization (WIPO)"), a known person's, an
 * unknown person's shown by its context, or a surname named before */
static int name_step(finder *f, size_t i, int prep, size_t *next)
{
    scan *sc = &f->sc;
    coref_state *st = sc->st;
    const token *T = sc->toks;
    size_t s1 = sc->s1, n0;
    size_t ne = parse_name(sc, i, &n0);
    if (ne <= i)
        return 0;
    size_t oe = ne;
    office_info post = {0};
    int has_office = 0;
    if (ne + 1 < s1 && tok_eq(&T[ne], ",")) {
        oe = parse_office(sc, ne + 1, &post, 0);
        size_t dummy;
        has_office = oe > ne + 1 && !post.plural && !post.generic &&
                     parse_name(sc, oe, &dummy) == oe;
    }
    /* "Amir Khan Muttaqi": a known person's name that begins with a word
     * parse_name takes for an honorific is the whole name, when the
     * person's own name begins with it and the rest is no known name
     * ("Prince Faisal bin Farhan" stays "Faisal bin Farhan", "Sayyid
     * Badr" Badr bin Hamad Albusaidi) */
    size_t kl;
    const lex_hit *kh;
    if (n0 > i && is_kind(sc, i, LK_BIT(LK_PERSON), &kl, &kh) && i + kl == ne &&
        kh->kind == LK_PERSON && !is_kind(sc, n0, LK_BIT(LK_PERSON), NULL, NULL) &&
        starts_with_word(sc->lx->persons[kh->idx].name, sc->td->text, &T[i]))
        n0 = i;
    int known = is_kind(sc, n0, LK_BIT(LK_PERSON), NULL, NULL) ||
                (ne - n0 >= 2 && pl_coref_by_spelling(sc->a, sc->lx, T, n0, ne, st->doc_date) >= 0);
    /* "Shoukry, U.S. State Secretary Agree": a known person of one state
     * and, after the comma, another state's office with no article are
     * two people */
    size_t kpl;
    const lex_hit *kph;
    /* (not "X, the Prime Minister of Y": an article makes it X's) */
    if (has_office && post.country && !tok_in(&T[ne + 1], W_DETERMINERS) &&
        is_kind(sc, n0, LK_BIT(LK_PERSON), &kpl, &kph) &&
        n0 + kpl == ne && kph->kind == LK_PERSON && sc->lx->persons[kph->idx].country &&
        strcmp(sc->lx->persons[kph->idx].country, post.country))
        has_office = 0;
    /* "bombed hideouts in Zamfara, the military said": an unknown name
     * after "in" or "at" is a place the gazetteer lacks, and the office
     * after its comma is the next sentence part, not its apposition */
    /* (but "handed over the aid to Nguyen Truong Son, Deputy Director
     * of the Department": a capitalised title without an article after
     * the comma is the name's apposition) */
    if (has_office && !known && i > sc->s0 &&
        (tok_in(&T[ne + 1], W_DETERMINERS) || !(T[ne + 1].flags & TOK_CAP)) &&
        (tok_in(&T[i - 1], W_PLACE_CUES) ||
         /* "in the town of Vrbas, protesters clashed" */
         (i >= sc->s0 + 2 && tok_eq(&T[i - 1], "of") && tok_in(&T[i - 2], W_SETTLEMENTS))))
        has_office = 0;
    /* "killed 12 militants in North Waziristan": an unknown name with
     * no honorific after "in", "at" or "near" (past one capitalised
     * word before it, "North") is a place the gazetteer lacks, no
     * person */
    size_t cue = i > sc->s0 && (T[i - 1].flags & TOK_CAP) && !(T[i - 1].flags & TOK_POSS) ? i - 1
                                                                                         : i;
    if (!known && n0 == i && cue > sc->s0 &&
        (tok_eq(&T[cue - 1], "in") || tok_eq(&T[cue - 1], "at") || tok_eq(&T[cue - 1], "near"))) {
        *next = ne;
        return 1;
    }
    /* "the University of Southern California, the University of Texas":
     * an unknown name after "of" and a body's head word is the rest of
     * that body's name, no person */
    if (!known && n0 == i && i >= sc->s0 + 2 && tok_eq(&T[i - 1], "of") &&
        (T[i - 2].flags & TOK_CAP) && tok_in(&T[i - 2], W_ORG_HEADS)) {
        *next = ne;
        return 1;
    }
    /* "Papua New Guinea's Enga Province, police say": a name that ends
     * in a word of geography is a place's (words.txt "geo-features") */
    if (!known && tok_in(&T[ne - 1], W_GEO_FEATURES)) {
        *next = ne;
        return 1;
    }
    const char *cue_role = NULL;
    const actor *owner = NULL;
    /* "French cyclist Mathieu Durand": a demonym and a lower-case noun
     * before an unknown name give the person that nationality */
    actor nationality;
    size_t la = 0;
    const lex_hit *ha = NULL;
    int adj_before = 0;
    if (!has_office && !known && ne - n0 >= 2 && n0 == i && i >= sc->s0 + 2 &&
        (T[i - 1].flags & TOK_WORD) && !(T[i - 1].flags & TOK_CAP) && T[i - 1].tag == ST_NOUN)
        /* the demonym that ends right before the noun: "North Korean
         * defector", not "Korean" alone */
        for (size_t w = 2; w >= 1 && !adj_before; w--) {
            if (i < sc->s0 + 1 + w)
                continue;
            size_t k = i - 1 - w;
            adj_before = (T[k].flags & TOK_CAP) && is_kind(sc, k, LK_BIT(LK_ADJ), &la, &ha) &&
                         la == w && ha->kind == LK_ADJ;
        }
    if (adj_before) {
        memset(&nationality, 0, sizeof nationality);
        nationality.entity = -1;
        nationality.country = sc->lx->countries[ha->idx].iso3;
        return unknown_person(f, i, n0, ne, NULL, &nationality, prep, next);
    }
    /* "Þorgerður Katrín told reporters" after "Þorgerður Katrín
     * Gunnarsdóttir": where people are called by their given names, the
     * first words of a person's name named before are that person */
    if (!has_office && !known && ne - n0 >= 2) {
        int e = given_names_of(sc, n0, ne);
        if (e == -2)
            return -1;
        if (e >= 0) {
            mention *m = add(f, i, ne, MK_PERSON, 1, prep);
            if (!m)
                return -1;
            pl_coref_from_entity(st, e, &m->acts[0]);
            *next = ne;
            return 1;
        }
    }
    /* "Pat Conroy MP": an office's abbreviation in capitals right after
     * an unknown name is the person's post-nominal title */
    size_t pl;
    if (!has_office && !known && ne - n0 >= 2 && !(T[n0].flags & TOK_ALLCAPS) && ne < s1 &&
        (T[ne].flags & TOK_ALLCAPS) && is_kind(sc, ne, LK_BIT(LK_OFFICE), &pl, NULL) &&
        pl == 1) {
        int r = unknown_person(f, i, n0, ne, NULL, NULL, prep, next);
        if (r == 1 && f->mv.n && f->mv.v[f->mv.n - 1].t1 == ne) {
            f->mv.v[f->mv.n - 1].t1 = (uint32_t)(ne + 1);
            *next = ne + 1;
        }
        return r;
    }
    if (!has_office && !known && ne - n0 >= 2 && !(T[n0].flags & TOK_ALLCAPS) &&
        (person_context(sc, i, ne, &cue_role) || (owner = state_owner(f, i, ne))))
        return unknown_person(f, i, n0, ne, cue_role, owner, prep, next);
    int given = -1;
    if (!has_office && !known) {
        /* a bare name is a person of this document by surname; after an
         * honorific, by first name ("Prince Faisal", "Sheikh Tamim"); the
         * first name is the family name where it is written first ("Lin"
         * for Lin Jian), and the name people are called by in some states
         * ("Anwar" for Anwar Ibrahim) */
        int ent = -1;
        /* (the first letters first: most entities differ there) */
        for (int k = st->nents - 1; k >= 0 && ent < 0; k--)
            if (st->ents[k].surname && st->ents[k].surname[0] == T[ne - 1].fold[0] &&
                !strcmp(st->ents[k].surname, T[ne - 1].fold))
                ent = k;
        for (int k = st->nents - 1; k >= 0 && ent < 0 && ne == n0 + 1; k--)
            if (st->ents[k].given && st->ents[k].surname &&
                st->ents[k].given[0] == T[n0].fold[0] &&
                strcmp(st->ents[k].given, st->ents[k].surname) &&
                !strcmp(st->ents[k].given, T[n0].fold) &&
                (n0 > i || pl_grammar_code_in(sc->lx, st->ents[k].country, W_SURNAME_FIRST) ||
                 pl_grammar_code_in(sc->lx, st->ents[k].country, W_GIVEN_CALLED)))
                ent = given = k;
        /* "Delwar demanded" after "Khandaker Delwar Hossain", "The
         * Russian government has locked Evan up" in a quotation: a word no
         * dictionary knows that is the middle name of exactly one person
         * named in full before, or their first name in what someone says
         * (told plainly, "Maria" is not the Maria Keller named before) */
        if (ent < 0 && ne == n0 + 1 && n0 == i && !T[n0].readings && !(T[n0].lexkinds & ~LEX_ANNOTATED) &&
            !(T[n0].words & ~WORDS_KNOWN) && !T[n0].words2 &&
            !(T[n0].flags & TOK_ALLCAPS) && T[n0].fold_len >= 3)
            for (int k = st->nents - 1; k >= 0; k--) {
                const entity *e = &st->ents[k];
                int at = e->name && !e->one_word && e->surname && strcmp(e->surname, T[n0].fold)
                             ? pl_coref_name_word_at(e->name, T[n0].fold, T[n0].fold_len)
                             : 0;
                if (at != 2 && !(at == 1 && quoted_at(sc, n0)))
                    continue;
                if (ent >= 0) { /* two people of that name: neither */
                    ent = given = -1;
                    break;
                }
                ent = given = k;
            }
        /* "South Korea's unification minister met … / Kwon Young-se
         * had talks with …": an unknown name of two words or more that
         * opens the next sentence as its subject names the office
         * holder the sentence before had as its subject, unnamed */
        const entity *ls = st->last_subject >= 0 ? &st->ents[st->last_subject] : NULL;
        if (ent < 0 && ls && !ls->name && ls->role && (ls->country || ls->org) &&
            ls->last_sent + 1 == f->sent && i == sc->s0 && n0 == i && ne - n0 >= 2 &&
            ne < s1 && !(T[n0].flags & TOK_ALLCAPS) && verb_word(&T[ne])) {
            mention *m = add(f, i, ne, MK_PERSON, 1, prep);
            if (!m)
                return -1;
            actor *ac = &m->acts[0];
            ac->role = ls->role;
            ac->country = ls->country;
            ac->org = ls->org;
            ac->agent = ls->agent;
            set_name(sc, ac, n0, ne);
            if (pl_coref_person(sc->a, sc->lx, sc->td, st, ac, f->sent) == COREF_NOMEM)
                return -1;
            *next = ne;
            return 1;
        }
        /* "arrested activist Editar Ochieng and Wilfred Olal": an unknown
         * name of two words or more, of no one named before, joined by
         * "and" to a person's is a person too, of that person's state
         * and sector */
        if (ent < 0 && ne - n0 >= 2 && n0 == i && !(T[n0].flags & TOK_ALLCAPS) &&
            i > sc->s0 + 1 && tok_eq(&T[i - 1], "and") && f->mv.n &&
            f->mv.v[f->mv.n - 1].kind == MK_PERSON && f->mv.v[f->mv.n - 1].t1 + 1 == i &&
            person_context_names(sc, i, ne))
            return unknown_person(f, i, n0, ne, NULL, &f->mv.v[f->mv.n - 1].acts[0], prep, next);
        if (ent < 0) {
            *next = ne;
            return 1;
        }
    }
    mention *m = add(f, i, has_office ? oe : ne, MK_PERSON, 1, prep);
    if (!m)
        return -1;
    if (given >= 0) {
        pl_coref_from_entity(st, given, &m->acts[0]);
        *next = ne;
        return 1;
    }
    if (has_office)
        fill_from_office(sc, &m->acts[0], &post);
    /* "X, a spokesperson for the UN human rights office, urged": the
     * body after the apposed office is the person's */
    if (has_office && !m->acts[0].country && !m->acts[0].org && oe + 2 < s1 &&
        (tok_eq(&T[oe], "for") || tok_eq(&T[oe], "of") || tok_eq(&T[oe], "at"))) {
        size_t b = oe + 1 + tok_eq(&T[oe + 1], "the"), bl;
        const lex_hit *bh;
        if (b < s1 && is_kind(sc, b, LK_BIT(LK_ORG), &bl, &bh) && bh->kind == LK_ORG)
            m->acts[0].org = sc->lx->orgs[bh->idx].acronym;
        else if (b < s1 && is_kind(sc, b, LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ), &bl, &bh) &&
                 (bh->kind == LK_COUNTRY || bh->kind == LK_ADJ))
            m->acts[0].country = sc->lx->countries[bh->idx].iso3;
    }
    set_name(sc, &m->acts[0], n0, ne);
    if (pl_coref_person(sc->a, sc->lx, sc->td, st, &m->acts[0], f->sent) == COREF_NOMEM)
        return -1; /* not "no entity" (issue 13, D13) */
    if (m->acts[0].org)
        note_org(st, m->acts[0].org, 0);
    honorific_sex(f, i, n0, m->acts[0].entity);
    *next = has_office ? oe : ne;
    return 1;
}

/* A dateline ("VILNIUS, Feb. 4 --", "ASTANA –") is a place */
static int dateline_step(finder *f, size_t i, int prep, size_t *next)
{
    (void)prep;
    const token *T = f->sc.toks;
    size_t l;
    if (i != f->sc.s0 || !is_kind(&f->sc, i, LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE), &l, NULL) ||
        i + l >= f->sc.s1 || !(tok_eq(&T[i + l], ",") || tok_eq(&T[i + l], "-")))
        return 0;
    /* "Dhaka, however, rejected …" is the government: a dateline's
     * comma comes before a state, a town or a date */
    if (tok_eq(&T[i + l], ",") && i + l + 1 < f->sc.s1 &&
        !(T[i + l + 1].flags & (TOK_CAP | TOK_NUM)))
        return 0;
    *next = i + l;
    return 1;
}

/* Countries and organisations, alone or listed */
static int entity_step(finder *f, size_t i, int prep, size_t *next)
{
    scan *sc = &f->sc;
    coref_state *st = sc->st;
    const token *T = sc->toks;
    size_t l;
    int n;
    const lex_hit *eh;
    size_t e0 = skip_det(sc, i);
    if (!is_kind(sc, e0, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG), &l, &eh))
        return 0;
    /* "released under an amnesty": an organisation's name of one word
     * in lower case that is an English word (pos.txt) is that word, not
     * the organisation (but "al-Shabaab") */
    if (l == 1 && eh->kind == LK_ORG && !(T[e0].flags & TOK_CAP) && T[e0].readings &&
        !(T[e0].flags & TOK_HYPHEN))
        return 0;
    /* ("Let me be clear" is not LeT: an English word capitalised only
     * because it opens the sentence or a quotation) */
    if (l == 1 && eh->kind == LK_ORG && T[e0].readings && !(T[e0].flags & TOK_ALLCAPS) &&
        !(T[e0].flags & TOK_HYPHEN) &&
        (e0 == sc->s0 || (T[e0 - 1].flags & TOK_PUNCT)) && e0 + 1 < sc->s1 &&
        !(T[e0 + 1].flags & TOK_POSS) && T[e0 + 1].tag != ST_VERB && T[e0 + 1].tag != ST_AUX)
        return 0;
    size_t le = parse_entity_list(sc, i, f->items, &n, 32);
    if (!n)
        return 0;
    /* "the National Liberation Army (ELN) rebel group": what kind of
     * body it is, after its name (words.txt "org-kinds"); after a list,
     * the last one's ("the RSF and the SPLM-N faction") */
    if (f->items[n - 1].org)
        for (size_t k = le; k < sc->s1 && k < le + 4 && (T[k].flags & TOK_WORD) &&
                            !(T[k].flags & TOK_POSS) &&
                            (T[k].tag == ST_ADJ || T[k].tag == ST_NOUN || T[k].tag == ST_PROPN);
             k++)
            if (tok_in(&T[k], W_ORG_KINDS)) {
                le = k + 1;
                break;
            }
    /* "Amnesty International Kenya said": an organisation's national
     * section, named by the state right after the organisation's name,
     * is the organisation */
    size_t cl = 0;
    const lex_hit *ch = NULL;
    if (n == 1 && f->items[0].org && le < sc->s1 && (T[le].flags & TOK_CAP) &&
        is_kind(sc, le, LK_BIT(LK_COUNTRY), &cl, &ch) && ch->kind == LK_COUNTRY &&
        le + cl < sc->s1 && !(T[le + cl - 1].flags & TOK_POSS) &&
        (T[le + cl].tag == ST_VERB || tok_eq(&T[le + cl], ",")))
        le += cl;
    int poss = le < sc->s1 && (T[le].flags & TOK_POSS);
    actor *items = f->items;
    mention *m = add(f, i, le, items[0].org && n == 1 ? MK_ORG : MK_COUNTRY, n, prep);
    if (!m)
        return -1;
    if (n == 1 && items[0].country && !items[0].org)
        for (size_t k = i; k < le; k++)
            if (tok_in(&T[k], W_STATE_TITLES) && (T[k].flags & TOK_CAP)) {
                st->title_h = T[k].hash;
                st->title_cc = items[0].country;
                break;
            }
    for (int k = 0; k < n; k++) {
        m->acts[k] = items[k];
        organ_as_parent(sc, &m->acts[k]);
    }
    m->possessive = poss;
    m->modifier = !poss && n == 1 && modifier_follows(sc, le);
    if (items[n - 1].org)
        note_org_armed(sc, items[n - 1].org, T[le - 1].hash);
    *next = poss ? le + 1 : le;
    return 1;
}

/* A seat of government that stands for those who sit there ("the
 * Kremlin said", "the White House condemned", "Downing Street's
 * spokesman"): a venue with a seat sector in venues.txt. After a
 * locative preposition it is the place ("talks at the Kremlin"); an
 * office named from it ("the Pentagon chief") is the office step's. */
static int seat_step(finder *f, size_t i, int prep, size_t *next)
{
    scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t j = tok_in(&T[i], W_DETERMINERS) ? i + 1 : i, l, lo = 0;
    const lex_hit *h;
    if (!is_kind(sc, j, LK_BIT(LK_VENUE), &l, &h))
        return 0;
    const lex_simple *v = &sc->lx->venues[h->idx];
    if (!v->seat || v->ref < 0 || capital_is_place(sc, i) ||
        (is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &lo, NULL) && lo > l))
        return 0;
    size_t e = j + l;
    int poss = e < sc->s1 && (T[e].flags & TOK_POSS);
    mention *m = add(f, i, e, MK_COUNTRY, 1, prep);
    if (!m)
        return -1;
    m->acts[0].country = sc->lx->places[v->ref].iso3;
    m->acts[0].agent = v->seat;
    m->possessive = poss;
    m->modifier = !poss && modifier_follows(sc, e); /* "a Kremlin aide" */
    *next = poss ? e + 1 : e;
    return 1;
}

/* A country's people, named by the plural of its demonym ("killed five
 * Palestinians", "freed six Americans"): its civilians. */
static int people_step(finder *f, size_t i, int prep, size_t *next)
{
    scan *sc = &f->sc;
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    if (!is_kind(sc, j, LK_BIT(LK_PEOPLE), &l, &h))
        return 0;
    /* "the Philippines" is the state, not Philippine people */
    size_t lc;
    if (is_kind(sc, j, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG), &lc, NULL) &&
        lc >= l)
        return 0;
    size_t e = j + l;
    int poss = e < sc->s1 && (sc->toks[e].flags & TOK_POSS);
    mention *m = add(f, i, e, MK_COUNTRY, 1, prep);
    if (!m)
        return -1;
    m->acts[0].country = sc->lx->countries[h->idx].iso3;
    m->acts[0].agent = "CVL";
    m->possessive = poss;
    *next = poss ? e + 1 : e;
    return 1;
}

/* ", where …" after a place or a state: the state of its offices */
static const char *where_state(const finder *f, size_t i)
{
    const token *T = f->sc.toks;
    const mvec *mv = &f->mv;
    if (!(tok_eq(&T[i], "where") && i > f->sc.s0 + 1 && tok_eq(&T[i - 1], ",")))
        return f->where_cc;
    if (mv->n && mv->v[mv->n - 1].t1 + 1 == i && mv->v[mv->n - 1].nact == 1 &&
        !mv->v[mv->n - 1].acts[0].name)
        return mv->v[mv->n - 1].acts[0].country;
    for (size_t b = i - 1; b > f->sc.s0 && b + 4 > i; b--) {
        const lex_hit *h;
        size_t pl = match_at(&f->sc, b, LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL), &h);
        if (pl && b + pl + 1 == i)
            return h->kind == LK_PLACE ? f->sc.lx->places[h->idx].iso3
                                       : f->sc.lx->countries[h->idx].iso3;
    }
    return NULL;
}

/* Resolves the references that need the sentence's other mentions:
 * pronouns (a person named before in the sentence, else the latest
 * subject or the main actor), "the latter", "the former". */
/* The sex a pronoun, a possessive or an honorific tells ('m', 'f'), or
 * 0 (words.txt "male", "female"). */
static char sex_of(const token *t)
{
    return tok_in(t, W_MALE) ? 'm' : tok_in(t, W_FEMALE) ? 'f' : 0;
}

static int sex_fits(const coref_state *st, int e, char sex)
{
    return !sex || !st->ents[e].sex || st->ents[e].sex == sex;
}

/* The entity of the person who is the subject of the clause of mention
 * k, as far as the words before it show: after "who" the person named
 * right before it; after another word that opens a clause (or a comma)
 * the first person named after that word; else the first person of the
 * sentence. -1 when no person is. */
/* Whether mention m is one person of an entity, not a possessor: what a
 * pronoun may refer to or a clause have as its subject. */
static int one_person(const mention *m)
{
    return (m->kind == MK_PERSON || m->kind == MK_OFFICE) && m->nact == 1 &&
           m->acts[0].entity >= 0 && !m->possessive;
}

static int own_subject(const finder *f, int k)
{
    const token *T = f->sc.toks;
    const mvec *mv = &f->mv;
    size_t b = mv->v[k].t0, s0 = f->sc.s0;
    while (b > s0 && T[b - 1].tag != ST_REL && T[b - 1].tag != ST_WH && T[b - 1].tag != ST_SUB &&
           !tok_eq(&T[b - 1], ",") && !tok_eq(&T[b - 1], ";"))
        b--;
    int rel = b > s0 && (T[b - 1].tag == ST_REL || T[b - 1].tag == ST_WH);
    for (int q = 0; q < k; q++) {
        const mention *pm = &mv->v[q];
        if (!one_person(pm))
            continue;
        /* "Aliyev, who asked him" */
        if (rel && (pm->t1 + 1 == b || (pm->t1 + 2 == b && tok_eq(&T[pm->t1], ","))))
            return pm->acts[0].entity;
        if (!rel && pm->t0 >= b)
            return pm->acts[0].entity;
    }
    return -1;
}

/* The entity a pronoun of sex `sex` (0: either) at mention k refers to,
 * or -1: "Lin Jian told a briefing … and he rejected …"; "X recalled …,
 * while Y said he had also …": the nearest person named as a subject
 * (at the start, or after a comma, a conjunction or a subordinator) in
 * the sentence, else the first person named, else the latest subject or
 * the document's main actor; one whose sex is known otherwise does not
 * fit, and then the person named latest, within three sentences, who
 * fits ("He praised her government": "her" is the guest he hosted).
 * The entity learns the pronoun's sex. */
static int pronoun_referent(finder *f, int k, char sex)
{
    coref_state *st = f->sc.st;
    const mvec *mv = &f->mv;
    int e = st->last_subject >= 0 ? st->last_subject : st->principal;
    int first = -1, near = -1;
    for (int q = 0; q < k; q++) {
        const mention *pm = &mv->v[q];
        /* "It comes as Prime Minister X is set to appear …, where he":
         * after "as" a subject when a verb follows */
        const token *after = pm->t1 < f->sc.s1 ? &f->sc.toks[pm->t1] : NULL;
        int as_subject = pm->prep == P_AS && after && verb_word(after);
        if (!one_person(pm) || !pm->acts[0].name || (pm->prep != P_NONE && !as_subject) ||
            !sex_fits(st, pm->acts[0].entity, sex))
            continue;
        if (first < 0)
            first = q;
        const token *b = pm->t0 > f->sc.s0 ? &f->sc.toks[pm->t0 - 1] : NULL;
        if (!b || tok_eq(b, ",") || tok_in(b, W_CONJ) || tok_in(b, W_SUB))
            near = q;
    }
    if (near >= 0 || first >= 0)
        e = mv->v[near >= 0 ? near : first].acts[0].entity;
    /* "Peskov rejected the claims. President Sandu's warnings came amid
     * concerns. She accused …": the person whose possessive opened the
     * sentence before, rather than a subject named earlier */
    else if (st->lead_poss_sent && st->lead_poss_sent == f->sent && st->lead_poss >= 0 &&
             st->lead_poss < st->nents && sex_fits(st, st->lead_poss, sex))
        e = st->lead_poss;
    /* "Penny Wong met her counterpart Wang Yi … 'I told the foreign
     * minister …,' she said": a woman named in the last two sentences
     * before a person whose sex is unknown (most officials the news
     * names are men: "he" is no such evidence) */
    if (e >= 0 && e < st->nents && sex == 'f' && !st->ents[e].sex) {
        int best = -1;
        for (int q = 0; q < st->nents; q++)
            if (st->ents[q].name && st->ents[q].sex == sex &&
                st->ents[q].last_sent + 2 >= f->sent &&
                (best < 0 || st->ents[q].last_sent > st->ents[best].last_sent))
                best = q;
        if (best >= 0)
            e = best;
    }
    /* "Spokesman X rejected the claims. President Y's warnings came
     * amid concerns. She accused …": not a subject of the other sex, but
     * the person named latest in the last two sentences who fits */
    if (e >= 0 && sex && !sex_fits(st, e, sex)) {
        int best = -1;
        for (int q = 0; q < st->nents; q++)
            if (st->ents[q].name && sex_fits(st, q, sex) && st->ents[q].last_sent + 2 >= f->sent &&
                (best < 0 || st->ents[q].last_sent > st->ents[best].last_sent))
                best = q;
        e = best;
    }
    /* "Addressing parliament in Warsaw, Tusk said … 'This is not a war,'
     * he said": a person, not a body the last subject named by its
     * office alone; the person named latest in the last two sentences */
    else if (e >= 0 && !st->ents[e].name) {
        /* (first the person who was the subject in the last two
         * sentences: "Minister Zameer said … It is proposed … He thanked
         * the Prime Minister") */
        int best = st->last_named >= 0 && st->last_named < st->nents &&
                           st->last_named_sent + 2 >= f->sent && sex_fits(st, st->last_named, sex)
                       ? st->last_named
                       : -1;
        for (int q = 0, kept = best >= 0; q < st->nents && !kept; q++)
            if (st->ents[q].name && sex_fits(st, q, sex) && st->ents[q].last_sent + 2 >= f->sent &&
                (best < 0 || st->ents[q].last_sent > st->ents[best].last_sent))
                best = q;
        if (best >= 0)
            e = best;
    }
    /* "received X and urged her", "X, who asked him": an object pronoun
     * is not its own clause's subject, but the person named latest
     * before it who is not */
    const token *T = f->sc.toks, *pt = &T[mv->v[k].t0];
    if (tok_eq(pt, "him") || (tok_eq(pt, "her") && pt->tag == ST_PRON)) {
        int own = own_subject(f, k), other = -1, speaker = -1;
        for (int q = k - 1; q >= 0 && other < 0; q--) {
            const mention *pm = &mv->v[q];
            if (!one_person(pm) || !pm->acts[0].name || pm->acts[0].entity == own ||
                !sex_fits(st, pm->acts[0].entity, sex))
                continue;
            /* "Momen said, \"Today we summoned him\"": not the person
             * outside the quotation that holds the pronoun, who speaks
             * it (and says "me") */
            int marks = 0;
            for (size_t t = pm->t1; t < mv->v[k].t0; t++)
                marks += T[t].tag == ST_QUOTE;
            if (marks & 1) {
                speaker = pm->acts[0].entity;
                continue;
            }
            other = pm->acts[0].entity;
        }
        /* "… against the rule of President Robert Mugabe. The MDC called
         * on him to release …": with no one before it in its sentence,
         * the person named latest in the sentence before, in any part
         * of it, rather than an older subject */
        if (other < 0 && f->sent > 0) {
            int late = -1;
            for (int q = 0; q < st->nents; q++)
                if (st->ents[q].name && q != own && q != speaker && sex_fits(st, q, sex) &&
                    st->ents[q].last_sent + 1 == f->sent &&
                    (e < 0 || st->ents[e].last_sent + 1 < f->sent))
                    late = q;
            if (late >= 0)
                other = late;
        }
        if (other >= 0)
            e = other;
        else if (e >= 0 && (e == own || e == speaker))
            e = -1;
        if (e < 0)
            return -1;
    }
    if (e >= 0 && !sex_fits(st, e, sex)) {
        int best = -1;
        for (int q = 0; q < st->nents; q++)
            if (q != e && st->ents[q].name && sex_fits(st, q, sex) &&
                st->ents[q].last_sent + 3 >= f->sent &&
                (best < 0 || st->ents[q].last_sent >= st->ents[best].last_sent))
                best = q;
        e = best;
    }
    if (e >= 0 && sex && !st->ents[e].sex)
        st->ents[e].sex = sex;
    return e;
}

static int resolve_refs(finder *f)
{
    coref_state *st = f->sc.st;
    mvec *mv = &f->mv;
    for (int k = 0; k < mv->n; k++) {
        mention *m = &mv->v[k];
        const actor *src = NULL;
        actor from_entity;
        if (m->kind == MK_PRONOUN && m->possessive == -1) {
            m->possessive = 0;
            continue;
        }
        if (m->kind == MK_PRONOUN) {
            int e = pronoun_referent(f, k, sex_of(&f->sc.toks[m->t0]));
            if (e >= 0) {
                memset(&from_entity, 0, sizeof from_entity);
                pl_coref_from_entity(st, e, &from_entity);
                src = &from_entity;
            }
        } else if (m->kind == MK_LATTER || m->kind == MK_FORMER) {
            /* the mention just before, or the one before that; never
             * the subject of its own sentence ("The Minister thanked the
             * latter": the one he received) */
            int want = m->kind == MK_LATTER ? 1 : 2, seen = 0, subj = -1;
            for (int q = 0; q < k && subj < 0; q++)
                if (mv->v[q].nact && mv->v[q].prep == P_NONE && !mv->v[q].modifier)
                    subj = q;
            const actor *own = subj >= 0 ? &mv->v[subj].acts[0] : NULL;
            for (int q = k - 1; q >= 0 && !src; q--)
                if (mv->v[q].nact && q != subj && ++seen == want)
                    src = &mv->v[q].acts[mv->v[q].nact - 1];
            for (int r = 0; !src && r < st->nrecent; r++)
                if (!(own && own->entity >= 0 && st->recent[r].entity == own->entity) &&
                    ++seen == want)
                    src = &st->recent[r];
        }
        if (!src)
            continue;
        if (!(m->acts = new_actors(&f->sc, 1)))
            return -1;
        m->nact = 1;
        m->acts[0] = *src;
        m->acts[0].t0 = m->t0;
        m->acts[0].t1 = m->t1;
    }
    return 0;
}

/* Remembers the last two actors for "the latter" in the next sentence. */
static void remember_recent(finder *f)
{
    coref_state *st = f->sc.st;
    /* the last two that count, newest first: only they stay (an actor
     * is a large copy, and most sentences have several mentions) */
    const mention *last[2];
    int n = 0;
    for (int k = f->mv.n - 1; k >= 0 && n < 2; k--) {
        const mention *m = &f->mv.v[k];
        /* "completing his mission in Kazakhstan": a place named, or a
         * thing someone has, is no party "the latter" refers to */
        if (!m->nact || m->modifier || m->prep == P_IN || m->prep == P_AT ||
            tok_in(&f->sc.toks[m->t0], W_POSS))
            continue;
        last[n++] = m;
    }
    if (n == 2)
        st->recent[1] = last[1]->acts[last[1]->nact - 1];
    else if (n == 1)
        st->recent[1] = st->recent[0];
    if (n)
        st->recent[0] = last[0]->acts[last[0]->nact - 1];
    st->nrecent = st->nrecent + n < 2 ? st->nrecent + n : 2;
}

/* "the ruling Democratic Party", "the opposition People Power Party": a
 * party named by its own name (capitalised words ending in words.txt
 * "party-heads") is a side of the home state, the government when it is
 * ruling, the opposition when it opposes, else the opposition too (a
 * party the text does not say rules). */
static int party_step(finder *f, size_t i, int prep, size_t *next)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    size_t k = tok_eq(&T[i], "the") ? i + 1 : i;
    const char *agent = "OPP";
    if (k < sc->s1 && tok_in(&T[k], W_RULING))
        agent = "GOV", k++;
    else if (k < sc->s1 && tok_in(&T[k], W_OPPOSING))
        k++;
    size_t e = k;
    /* "the opposition CCC", "the ruling ANC": a party named by an
     * acronym no dictionary knows, which then names it alone */
    if (k > i + 1 && k < sc->s1 && (T[k].flags & TOK_ALLCAPS) && T[k].fold_len >= 2) {
        const char *cc = place_of(f) ? place_of(f) : pl_coref_home_for(sc->lx, sc->st, agent);
        actor party = {.entity = -1, .country = cc, .agent = agent};
        if (!cc || !remember_acronym_at(sc, k, &party))
            return 0;
        mention *m = add(f, i, k + 1, MK_COUNTRY, 1, prep);
        if (!m)
            return -1;
        m->acts[0].country = cc;
        m->acts[0].agent = agent;
        *next = k + 1;
        return 1;
    }
    /* (and a possessive inside the name: "the Republican People's
     * Party", "the Pakistan People's Party") */
    while (e < sc->s1 && e < k + 7 &&
           (((T[e].flags & TOK_CAP) && (T[e].flags & TOK_WORD)) ||
            (e > k && (T[e].flags & TOK_POSS) && e + 1 < sc->s1 && (T[e + 1].flags & TOK_CAP))) &&
           !tok_in(&T[e], W_PARTY_HEADS))
        e++;
    if (e == k || e >= sc->s1 || e != f->party_at)
        return 0;
    /* "the Communist Party of China" names its state */
    const char *cc = NULL;
    size_t l, end = e + 1;
    if (end + 1 < sc->s1 && tok_eq(&T[end], "of") &&
        (cc = country_at(sc, skip_det(sc, end + 1), &l, LK_BIT(LK_COUNTRY))))
        end = skip_det(sc, end + 1) + l;
    for (size_t q = k; q < e; q++)
        if (!cc && (cc = country_at(sc, q, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ))))
            break;
    if (!cc)
        cc = place_of(f) ? place_of(f) : pl_coref_home_for(sc->lx, sc->st, agent);
    if (!cc)
        return 0;
    mention *m = add(f, i, end, MK_COUNTRY, 1, prep);
    if (!m)
        return -1;
    m->acts[0].country = cc;
    m->acts[0].agent = agent;
    /* "the Republican People's Party (CHP)", later "the CHP" */
    if (end + 2 < sc->s1 && tok_eq(&T[end], "(") && tok_eq(&T[end + 2], ")")) {
        remember_office_acronym(sc, end, &m->acts[0]);
        end += 3;
    }
    if (end < sc->s1 && (T[end].flags & TOK_POSS)) {
        m->possessive = 1;
        end++;
    }
    *next = end;
    return 1;
}

/* Mention k takes the body of mention k + 1, which it names (its
 * organisation and state, and its end), and k + 1 is dropped. */
static void absorb_next(mvec *mv, int k)
{
    mention *m = &mv->v[k], *o = &mv->v[k + 1];
    m->acts[0].org = o->acts[0].org;
    m->acts[0].country = o->acts[0].country;
    m->t1 = o->t1;
    m->acts[0].t1 = o->t1;
    memmove(o, o + 1, (size_t)(mv->n - k - 2) * sizeof *o);
    mv->n--;
}

/* "Rebels of the National Liberation Army (ELN)", "fighters of the RSF",
 * "judges at the ICC":
 * an unnamed office holder or group of an organisation named right after
 * "of" is that organisation's, and the two mentions are one. */
static void members_of(finder *f)
{
    mvec *mv = &f->mv;
    const token *T = f->sc.toks;
    for (int k = 0; k + 1 < mv->n; k++) {
        mention *m = &mv->v[k], *o = &mv->v[k + 1];
        /* "a spokesman for Chile's defence ministry", "a spokeswoman for
         * the Taliban": an unnamed office holder who speaks for a body
         * named after "for" is the body's (not for a state alone: "the
         * special envoy for Syria" is no Syrian) */
        if (m->kind == MK_OFFICE && m->nact == 1 && !m->acts[0].name && !m->acts[0].org &&
            o->nact == 1 && !o->acts[0].name && o->prep == P_FOR && o->t0 == m->t1 + 1 &&
            tok_eq(&T[m->t1], "for") && !m->possessive &&
            ((o->kind == MK_ORG && o->acts[0].org) ||
             (o->kind == MK_OFFICE && o->acts[0].country && !o->acts[0].org))) {
            m->possessive = o->possessive;
            absorb_next(mv, k);
            continue;
        }
        /* "nine diplomats from the Russian embassy", "two officials of
         * the Agency": people a group noun counts, from or of a body, are
         * the body's */
        if (m->kind == MK_GROUP && !m->nact && !m->possessive && o->nact == 1 &&
            !o->acts[0].name && (o->kind == MK_OFFICE || o->kind == MK_ORG) &&
            (o->acts[0].country || o->acts[0].org) && (o->prep == P_FROM || o->prep == P_OF) &&
            o->t0 == m->t1 + 1 && (tok_eq(&T[m->t1], "from") || tok_eq(&T[m->t1], "of"))) {
            m->kind = o->kind;
            m->acts = o->acts;
            m->nact = 1;
            m->acts[0].t0 = m->t0;
            m->acts[0].t1 = o->t1;
            m->t1 = o->t1;
            m->possessive = o->possessive;
            memmove(o, o + 1, (size_t)(mv->n - k - 2) * sizeof *o);
            mv->n--;
            continue;
        }
        /* and "judges at the International Criminal Court" */
        if ((m->kind != MK_OFFICE && !(m->kind == MK_COUNTRY && m->acts[0].agent)) ||
            m->nact != 1 || m->acts[0].name || m->acts[0].org ||
            o->kind != MK_ORG || o->nact != 1 || !o->acts[0].org ||
            (o->prep != P_OF && o->prep != P_AT) || o->t0 != m->t1 + 1 ||
            !(tok_eq(&T[m->t1], "of") || tok_eq(&T[m->t1], "at")))
            continue;
        absorb_next(mv, k);
    }
}


/* Whether t is a verb of which a town named as the object is where the
 * act happened (verbs.txt "site": "struck Lviv"). */
static int site_verb(const scan *sc, const token *t)
{
    return t->tag == ST_VERB && pl_grammar_verb_flags(sc->lx, t->hash, FR_SITE);
}

/* "An Israeli strike on Gaza City killed 12 people": "on" or "against"
 * (or "of", below) at token k after the noun of an attack (nouns.txt, a
 * code of material conflict) says where it struck. */
static int attack_on(const scan *sc, size_t k)
{
    const token *T = sc->toks;
    int of = tok_eq(&T[k], "of");
    if (k < sc->s0 + 1 || !(tok_eq(&T[k], "on") || tok_eq(&T[k], "against") || of) ||
        T[k - 1].tag != ST_NOUN)
        return 0;
    int cls = pl_grammar_noun_event(sc->lx, T, k - 1, k - 1);
    const lex_frame *fr = cls >= 0 ? pl_grammar_class_frame(sc->lx, cls) : NULL;
    if (!fr || !fr->code || fr->code->quad != 4)
        return 0;
    /* "the bombardment of Gaza": "of" where the noun's class names its
     * counterpart with it (nouns.txt "killing") */
    return !of || pl_grammar_frame_has_prep(fr, P_OF);
}

/* The state of the first place that the sentence names after a word of
 * the "place-cues" list ("in Asmara", "at the border town of …"), not
 * counting the dateline; NULL when none. */
static const char *sentence_place(const scan *sc)
{
    const uint32_t states = LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_COUNTRY);
    for (size_t k = sc->s0 + 1; k < sc->s1; k++) {
        /* a capitalised word that may start a place's name, before the
         * cues are looked for */
        if (!(sc->toks[k].flags & TOK_CAP) || no_phrase(sc, k, states))
            continue;
        /* "in Kidal", and "in eastern Congo"; "struck Lviv" (a verb whose
         * town named as its object is where it happened: verbs.txt
         * "site") */
        int cue = tok_in(&sc->toks[k - 1], W_PLACE_CUES) ||
                  (k > sc->s0 + 1 && tok_in(&sc->toks[k - 2], W_PLACE_CUES) &&
                   sc->toks[k - 1].tag == ST_ADJ && !(sc->toks[k - 1].flags & TOK_CAP)) ||
                  site_verb(sc, &sc->toks[k - 1]) || attack_on(sc, k - 1) ||
                  (k > sc->s0 + 1 && attack_on(sc, k - 2) && sc->toks[k - 1].tag == ST_ADJ &&
                   !(sc->toks[k - 1].flags & TOK_CAP)); /* "on southern Lebanon" */
        /* "struck the centre of Kharkiv", "hit the outskirts of Odesa",
         * "in the town of Jenin": after "of" and a noun of an area or a
         * settlement that a cue or such a verb governs */
        if (!cue && k >= sc->s0 + 3 && tok_eq(&sc->toks[k - 1], "of") &&
            (tok_in(&sc->toks[k - 2], W_AREAS) || tok_in(&sc->toks[k - 2], W_SETTLEMENTS))) {
            size_t q = k - 3;
            if (q > sc->s0 && tok_in(&sc->toks[q], W_DETERMINERS))
                q--;
            cue = tok_in(&sc->toks[q], W_PLACE_CUES) || site_verb(sc, &sc->toks[q]);
        }
        if (!cue)
            continue;
        const lex_hit *h;
        size_t l = match_at(sc, k, states, &h);
        if (l)
            return h->kind == LK_PLACE ? sc->lx->places[h->idx].iso3
                                       : sc->lx->countries[h->idx].iso3;
    }
    return NULL;
}
/* The state of the town, capital or state that opens the sentence
 * before a comma ("In Algiers, the foreign ministry rejected …", "In
 * Mali, the junta accused …"), or NULL. */
static const char *scene_state(const scan *sc)
{
    const token *T = sc->toks;
    if (sc->s0 + 3 >= sc->s1 || !tok_eq(&T[sc->s0], "in") || !(T[sc->s0 + 1].flags & TOK_CAP))
        return NULL;
    const lex_hit *h;
    size_t l = match_at(sc, sc->s0 + 1, LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_COUNTRY), &h);
    if (!l || sc->s0 + 1 + l >= sc->s1 || !tok_eq(&T[sc->s0 + 1 + l], ","))
        return NULL;
    return h->kind == LK_PLACE ? sc->lx->places[h->idx].iso3 : sc->lx->countries[h->idx].iso3;
}

/* "The Authority of Heads of State and Government of the Economic
 * Community of West African States (ECOWAS) held …": the organ named by
 * a noun of bodies (words.txt "org-heads") before "of" and the
 * organisation's name is that organisation's, for "The Authority
 * condemned …" later. */
static void organ_names(finder *f)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    for (int k = 0; k < f->mv.n; k++) {
        const mention *m = &f->mv.v[k];
        if (m->kind != MK_ORG || m->nact != 1 || !m->acts[0].org)
            continue;
        size_t p = m->t0;
        while (p > sc->s0 && p + 24 > m->t0 &&
               (tok_eq(&T[p - 1], "(") || tok_eq(&T[p - 1], "of") || tok_eq(&T[p - 1], "the") ||
                tok_eq(&T[p - 1], "and") || tok_eq(&T[p - 1], "for") ||
                ((T[p - 1].flags & TOK_CAP) && (T[p - 1].flags & TOK_WORD))))
            p--;
        for (size_t q = p; q + 2 < m->t0; q++)
            if (tok_eq(&T[q], "the") && (T[q + 1].flags & TOK_CAP) &&
                tok_in(&T[q + 1], W_ORG_HEADS) && tok_eq(&T[q + 2], "of")) {
                coref_state *st = sc->st;
                memmove(st->organ_h + 1, st->organ_h, 3 * sizeof *st->organ_h);
                memmove(st->organ_org + 1, st->organ_org, 3 * sizeof *st->organ_org);
                st->organ_h[0] = T[q + 1].hash;
                st->organ_org[0] = m->acts[0].org;
                break;
            }
    }
}

/* The steps of pl_mentions_find in order: the first step that applies
 * takes the tokens. */
enum {
    S_PRONOUN, S_PARTY, S_GROUP, S_STATE_TITLE, S_HOME, S_ARMED, S_ORG_HEAD, S_ACRONYM, S_INSTITUTION,
    S_ADJ_LIST, S_SEAT, S_OFFICE, S_PLACE, S_NAME, S_DATELINE, S_PEOPLE, S_ENTITY, S_NSTEPS
};
static const step_fn steps[S_NSTEPS] = {
    [S_PRONOUN] = pronoun_step,   [S_PARTY] = party_step,       [S_GROUP] = group_step,
    [S_HOME] = home_step,         [S_ARMED] = armed_step,
    [S_STATE_TITLE] = state_title_step,
    [S_ORG_HEAD] = org_head_step, [S_ACRONYM] = acronym_step,
    [S_INSTITUTION] = institution_step, [S_ADJ_LIST] = adjective_list_step,
    [S_SEAT] = seat_step,
    [S_OFFICE] = office_step,     [S_PLACE] = place_step,
    [S_NAME] = name_step,         [S_DATELINE] = dateline_step,
    [S_PEOPLE] = people_step,
    [S_ENTITY] = entity_step};

#define STEP(s) (1u << (s))
#define WBIT(w) (1ull << (w))
_Static_assert(W_ORG_HEADS < WORDS_FIRST, "the step gates test token.words");

/* The kinds of phrase that may start at t, as no_phrase sees them: for
 * t inside the sentence, !no_phrase(sc, i, mask) is
 * (phrase_kinds(t) & mask) != 0 (all kinds where pl_lexicon_annotate did
 * not look; a capitalised compound, "Saudi-led", may be a state's).
 * steps_to_try asks about one token for several masks. */
static inline uint32_t phrase_kinds(const token *t)
{
    if (!(t->lexkinds & LEX_ANNOTATED))
        return ~0u;
    return t->lexkinds | ((t->flags & (TOK_CAP | TOK_HYPHEN)) == (TOK_CAP | TOK_HYPHEN)
                              ? LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY)
                              : 0);
}

/* Whether a "(" or an "or" comes at i or after it in the sentence
 * (f->paren_at, the next one found once for all i). */
static int paren_after(finder *f, size_t i)
{
    const token *T = f->sc.toks;
    size_t p = f->paren_at < i ? i : f->paren_at;
    while (p < f->sc.s1 && !tok_eq(&T[p], "(") && !tok_eq(&T[p], "or"))
        p++;
    f->paren_at = p;
    return p < f->sc.s1;
}

/* Whether named_body may find a body's name from k on: the walk of its
 * capitalised words and the words that join them holds a head
 * (words.txt "org-heads", "unit-heads"). The walk goes on at least as
 * far as named_body's (over any capitalised compound, "Bahrain-based"),
 * so a "no" is sure. The last walk is kept: from any k it passed, a
 * walk ends where it ended. */
static int name_run(finder *f, size_t k)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks;
    if (k < f->run_from || k >= f->run_end) {
        size_t p = k, head = SIZE_MAX;
        for (; p < sc->s1; p++) {
            uint32_t fl = T[p].flags;
            if ((fl & TOK_CAP) && ((fl & (TOK_WORD | TOK_POSS)) == TOK_WORD || (fl & TOK_HYPHEN))) {
                if (tok_in(&T[p], W_ORG_HEADS) || tok_in(&T[p], W_UNIT_HEADS))
                    head = p;
            } else if (!((tok_eq(&T[p], "and") || tok_eq(&T[p], "of") || tok_eq(&T[p], "for") ||
                          tok_eq(&T[p], "&")) &&
                         p + 1 < sc->s1 && (T[p + 1].flags & TOK_CAP))) {
                break;
            }
        }
        f->run_from = k;
        f->run_end = p;
        f->run_head = head;
    }
    return f->run_head != SIZE_MAX && f->run_head >= k;
}

/* The lengths the longest phrase of a kind that starts at t may have,
 * as bit l for length l: those pl_lexicon_annotate recorded, and 1 for a
 * capitalised compound ("Saudi-led"); all bits where it did not look or
 * more phrases start than it records. */
static uint32_t phrase_lengths(const token *t)
{
    if ((t->lexkinds & (LEX_ANNOTATED | LEX_OVERFLOW)) != LEX_ANNOTATED)
        return ~0u;
    uint32_t m = (t->flags & (TOK_CAP | TOK_HYPHEN)) == (TOK_CAP | TOK_HYPHEN) ? 2u : 0;
    for (int e = 0; e < t->nlex; e++) {
        if (t->lexlen[e] >= 32)
            return ~0u;
        m |= 1u << t->lexlen[e];
    }
    return m;
}

/* Whether a state's adjective or name at j (of one of the lengths ls)
 * may open adjective_list's list: a comma or "and" after it. */
static int list_may_follow(const scan *sc, size_t j, uint32_t ls)
{
    if (ls == ~0u)
        return 1;
    for (; ls; ls &= ls - 1) {
        size_t e = j + (size_t)__builtin_ctz(ls);
        if (e < sc->s1 && (tok_eq(&sc->toks[e], ",") || tok_eq(&sc->toks[e], "and")))
            return 1;
    }
    return 0;
}

/* Whether institution_step may find a body at i (its determiners and
 * numbers skipped to j): each of its ways ends with named_body from i,
 * from j, or after a state's adjective or name at j (of one of the
 * lengths ls). */
static int body_may_follow(finder *f, size_t i, size_t j, uint32_t ls)
{
    if (ls == ~0u || name_run(f, j) || name_run(f, i))
        return 1;
    for (; ls; ls &= ls - 1) {
        size_t e = j + (size_t)__builtin_ctz(ls);
        if (e < f->sc.s1 && name_run(f, e))
            return 1;
    }
    return 0;
}

/* Whether no step looks further at the word past a token's determiners
 * and numbers ("the talks", "a new round", "5 people"): a lower-case word
 * that starts no phrase of the kinds the steps ask for there and is no
 * premodifier, generic head or possessive of an office. Each of those
 * steps' tests of it then fails, and most tokens meet this one. */
static inline int plain_word(const token *t)
{
    const uint32_t kinds = ACTOR_KINDS | LK_BIT(LK_PERSON) | LK_BIT(LK_PLACE) | LK_BIT(LK_VENUE);
    return !(t->flags & TOK_CAP) && (t->lexkinds & LEX_ANNOTATED) && !(t->lexkinds & kinds) &&
           !(t->words & (WBIT(W_OFFICE_PREMODS) | WBIT(W_GENERIC_HEADS) | WBIT(W_POSS)));
}

/* Whether the word of "party-heads" at token p ends a party's name: when
 * capitalised, or when the party's acronym follows in brackets, as some
 * outlets write it ("the Bangladesh Nationalist party (BNP)"). */
static int party_head_at(const token *T, size_t p, size_t s1)
{
    return (T[p].flags & TOK_CAP) ||
           (p + 3 < s1 && tok_eq(&T[p + 1], "(") && (T[p + 2].flags & TOK_ALLCAPS) &&
            T[p + 2].fold_len >= 2 && tok_eq(&T[p + 3], ")"));
}

/* The steps that may apply at token i: each cheap step's first test,
 * made here without calling it (most tokens fail them all). */
static unsigned steps_to_try(finder *f, size_t i)
{
    const scan *sc = &f->sc;
    const token *T = sc->toks, *t = &T[i];
    const size_t s1 = sc->s1;
    unsigned m = 0;
    int the = tok_eq(t, "the"), both = tok_eq(t, "both");
    /* the steps that look past determiners and numbers first: none
     * where the word there is plain */
    size_t j = skip_det(sc, i);
    const token *tj = &T[j];
    uint32_t ls = 0;
    if (i > sc->s0 && (T[i - 1].flags & TOK_POSS))
        m |= STEP(S_INSTITUTION); /* "Iran's Revolutionary Guards" */
    if (j < s1 && !plain_word(tj)) {
        /* pk: the kinds of phrase that may start there */
        uint32_t pk = phrase_kinds(tj);
        /* where parse_office's first test lets an office start (past the
         * determiners: an honorific, a possessive, a premodifier …), an
         * office word among the next eight tokens, the next one found
         * once for all i */
        if ((pk & (ACTOR_KINDS | LK_BIT(LK_PERSON) | LK_BIT(LK_PLACE))) ||
            tok_in(tj, W_OFFICE_PREMODS) || tok_in(tj, W_GENERIC_HEADS) || tok_in(tj, W_POSS)) {
            size_t oa = f->office_at < i ? i : f->office_at;
            while (oa < s1 && !office_word(&T[oa]))
                oa++;
            f->office_at = oa;
            if (oa < s1 && oa < i + 8)
                m |= STEP(S_OFFICE);
        }
        int capj = tj->flags & TOK_CAP;
        /* an acronym the document named before, or a name of two words
         * or more that bracket_org may find one after: before a "(" or
         * the "or" of ", or AA," later in the sentence */
        if (capj &&
            (sc->st->nacr ||
             (cap_word(tj) && !(tj->flags & TOK_ALLCAPS) && j + 1 < s1 &&
              ((cap_word(&T[j + 1]) && !(T[j + 1].flags & TOK_ALLCAPS)) ||
               tok_eq(&T[j + 1], "of") || tok_eq(&T[j + 1], "for") ||
               tok_eq(&T[j + 1], "and") || tok_eq(&T[j + 1], "the")) &&
              paren_after(f, i))))
            m |= STEP(S_ACRONYM);
        /* (a list needs a comma or "and" after the first state) */
        ls = pk & (LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY)) ? phrase_lengths(tj) : 0;
        if (ls)
            m |= STEP(S_INSTITUTION) |
                 (!both && !list_may_follow(sc, j, ls) ? 0 : STEP(S_ADJ_LIST));
        /* (the walk of body_of_after only when no cheaper test has set
         * the step's bit) */
        if (capj && (tj->flags & TOK_WORD) && !(m & STEP(S_INSTITUTION))) {
            if (j > i && j + 1 < s1 && the)
                m |= STEP(S_INSTITUTION); /* "the National Cohesion Commission" */
            else if (body_of_after(f, j))
                m |= STEP(S_INSTITUTION); /* "the Law Society of Kenya" */
        }
        if (pk & (LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG)))
            m |= STEP(S_ENTITY);
        if ((pk & LK_BIT(LK_VENUE)) && (i == j || tok_in(t, W_DETERMINERS)))
            m |= STEP(S_SEAT);
        if (pk & LK_BIT(LK_PEOPLE))
            m |= STEP(S_PEOPLE);
    }
    if (!ls && both && i + 2 < s1 && tok_eq(&T[i + 1], "the") &&
        !no_phrase(sc, i + 2, LK_BIT(LK_ADJ)))
        m |= STEP(S_ADJ_LIST); /* "both the Thai and the Cambodian sides" */
    /* (a capitalised word that is no name, "The", "In", starts none
     * unless it is an honorific or a known person's first word) */
    if (((t->flags & TOK_CAP) &&
         (!tok_in(t, W_NOT_NAMES) || t->fold_len <= 2 || tok_eq(t, "no"))) ||
        (phrase_kinds(t) & (LK_BIT(LK_HONORIFIC) | LK_BIT(LK_PERSON))))
        m |= STEP(S_NAME);
    /* (the possessives, "the" among them, only as pronoun_step takes
     * them: "His Excellency", "her" as an object, "the interlocutor";
     * not "The" or "Their" that open a sentence) */
    if ((t->words & (WBIT(W_PRON) | WBIT(W_SELF) | WBIT(W_THEY))) ||
        ((t->words & WBIT(W_HIS)) &&
         (((tok_eq(t, "his") || tok_eq(t, "her")) && (t->flags & TOK_CAP)) ||
          (tok_eq(t, "her") && t->tag == ST_PRON) ||
          (i + 1 < s1 && tok_eq(&T[i + 1], "interlocutor")))))
        m |= STEP(S_PRONOUN);
    /* (the steps' first tests look at the next word too) */
    const token *t1 = i + 1 < s1 ? &T[i + 1] : NULL;
    if (the && t1) {
        /* "the two", "the leaders", "the latter", "the three ministers" */
        if (tok_eq(t1, "two") || tok_eq(t1, "latter") || tok_eq(t1, "former") ||
            tok_in(t1, W_GROUP_NOUNS) || tok_in(t1, W_QUANTIFIERS))
            m |= STEP(S_GROUP);
        if (tok_in(t1, W_ARMED_NOUNS) || (i + 2 < s1 && tok_in(t1 + 1, W_ARMED_NOUNS)))
            m |= STEP(S_ARMED); /* "the group", "the rebel group" */
        if ((t1->flags & TOK_CAP) && tok_in(t1, W_STATE_TITLES))
            m |= STEP(S_STATE_TITLE);
        if (tok_in(t1, W_ORG_ANAPHORS) || tok_in(t1, W_ORG_HEADS))
            m |= STEP(S_ORG_HEAD);
    } else if (!the && tok_in(t, W_ORG_HEADS)) {
        m |= STEP(S_ORG_HEAD);
    }
    if (both)
        m |= STEP(S_GROUP); /* "both" */
    if ((tok_in(t, W_HOME_DET) || tok_eq(t, "his") || tok_eq(t, "her")) && t1 &&
        tok_in(t1, W_HOME_NOUN))
        m |= STEP(S_HOME);
    /* a party named by its own name, ending within six tokens (the
     * rare list first: most words are in none) */
    size_t pa = f->party_at < i ? i : f->party_at;
    while (pa < s1 && !(tok_in(&T[pa], W_PARTY_HEADS) && party_head_at(T, pa, s1)))
        pa++;
    f->party_at = pa;
    if ((pa < s1 && pa > i && pa < i + 7) ||
        (the && i + 2 < s1 && (tok_in(t1, W_OPPOSING) || tok_in(t1, W_RULING)) &&
         (T[i + 2].flags & TOK_ALLCAPS)))
        m |= STEP(S_PARTY);
    /* as match_at answers for LK_PLACE, of two words or more */
    if ((!(t->lexkinds & LEX_ANNOTATED) || (t->lexkinds & LK_BIT(LK_PLACE))) &&
        (phrase_lengths(t) & ~3u))
        m |= STEP(S_PLACE);
    if (i == sc->s0 && (phrase_kinds(t) & (LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE)))) {
        m |= STEP(S_DATELINE);
        /* "DAR ES SALAAM, Sept 23": a dateline's town of two words or
         * more is no person of its first word */
        size_t l;
        if ((m & STEP(S_NAME)) &&
            is_kind(sc, i, LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE), &l, NULL) && l >= 2 &&
            i + l < s1 && tok_eq(&T[i + l], ","))
            m &= ~STEP(S_NAME);
    }
    /* (named_body's walk last: the tests above rule out most tokens) */
    if ((m & STEP(S_INSTITUTION)) && !body_may_follow(f, i, j, ls))
        m &= ~STEP(S_INSTITUTION);
    return m;
}

/* The end of an agency's credit in a dateline starting at i ("(Reuters)
 * -", "(Xinhua) --"): a parenthesis among the sentence's first tokens
 * closed and followed by a dash; i when there is none. */
static size_t agency_credit(const scan *sc, size_t i)
{
    const token *T = sc->toks;
    if (i == sc->s0 || i > sc->s0 + 12)
        return i; /* (most tokens: no test below applies) */
    /* "MANILA, Jan. 15 Kyodo -": a credit without brackets, after the
     * dateline's day */
    if ((T[i].flags & TOK_NUM) && i + 2 < sc->s1 &&
        (T[i + 1].flags & TOK_CAP) && (T[i + 1].flags & TOK_WORD) && tok_dash(&T[i + 2]))
        return i + 2;
    if (!tok_eq(&T[i - 1], "("))
        return i;
    size_t e = i;
    while (e < sc->s1 && e < i + 5 && !tok_eq(&T[e], ")"))
        e++;
    if (e == i || e + 1 >= sc->s1 || !tok_eq(&T[e], ")") || !tok_dash(&T[e + 1]))
        return i;
    return e;
}

/* Whether a token of the document is in words.txt "party-heads". */
static int has_party_word(const text_doc *td)
{
    uint64_t any = 0;
    for (size_t k = 0; k < td->ntoks; k++)
        any |= td->toks[k].words2;
    return (int)((any >> (W_PARTY_HEADS - WORDS_FIRST)) & 1);
}

/* "Penny Wong delivered a message to her counterpart": a possessive
 * "his" or "her" with no person named before it in the sentence but the
 * first, a subject, tells that person's sex (for "she said" later,
 * when another person of unknown sex was named since). */
static void possessive_sex(finder *f)
{
    const token *T = f->sc.toks;
    coref_state *st = f->sc.st;
    const mvec *mv = &f->mv;
    if (!mv->n || !one_person(&mv->v[0]) || mv->v[0].prep != P_NONE || !mv->v[0].acts[0].name)
        return;
    int e = mv->v[0].acts[0].entity;
    if (e < 0 || e >= st->nents || st->ents[e].sex)
        return;
    for (int q = 1; q <= mv->n; q++) {
        size_t t0 = mv->v[q - 1].t1, t1 = q < mv->n ? mv->v[q].t0 : f->sc.s1;
        for (size_t t = t0; t < t1; t++)
            if ((tok_eq(&T[t], "his") || tok_eq(&T[t], "her")) && T[t].tag != ST_PRON &&
                T[t].tag != ST_QUOTE) {
                st->ents[e].sex = sex_of(&T[t]);
                return;
            }
        if (q == mv->n)
            break;
        /* ("her Chinese counterpart, Wang Yi": a mention that the
         * possessive opens) */
        if (tok_eq(&T[mv->v[q].t0], "his") || tok_eq(&T[mv->v[q].t0], "her")) {
            st->ents[e].sex = sex_of(&T[mv->v[q].t0]);
            return;
        }
        /* (up to the next person named) */
        if (mv->v[q].kind == MK_PERSON || mv->v[q].kind == MK_OFFICE ||
            mv->v[q].kind == MK_PRONOUN)
            return;
    }
}

int pl_mentions_find(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t s0, uint32_t s1, coref_state *st, mention **out)
{
    /* items is scratch space that a step fills before reading it: no
     * need to clear its 32 actors for every sentence */
    finder f;
    f.sc = (scan){a, lx, td, td->toks, s0, s1, st, NULL, f.memo, f.memo_done, f.det};
    f.det[0] = SIZE_MAX; /* no question yet */
    memset(f.memo_done, 0, sizeof f.memo_done);
    f.mv = (mvec){NULL, 0, 0};
    f.where_cc = NULL;
    f.place_known = 0;
    f.scene_cc = scene_state(&f.sc);
    f.sent = td->toks[s0].sent;
    f.office_at = s0;
    /* a party's own name ends in a word of "party-heads": in a document
     * with none, one look at its words spares each sentence the walk of
     * steps_to_try (party_at at s1: no party) */
    if (!st->party_words)
        st->party_words = 1 + has_party_word(td);
    f.party_at = st->party_words == 2 ? s0 : s1;
    f.body_from = f.body_end = s0;
    f.run_from = f.run_end = s0;
    f.paren_at = s0;
    f.body_found = 0;
    f.sc.mv = &f.mv;
    const token *T = td->toks;
    size_t i = s0;
    while (i < s1) {
        /* the tokens where no mention starts, in a loop of their own;
         * only a ", where" among them sets where_cc */
        while (i < s1 && inert(&T[i], &T[s1])) {
            if (tok_eq(&T[i], "where"))
                f.where_cc = where_state(&f, i);
            i++;
        }
        if (i >= s1)
            break;
        if (tok_eq(&T[i], "where"))
            f.where_cc = where_state(&f, i);
        /* "BEIRUT, Oct. 8 (Reuters) -": the agency that files the story
         * is no actor of it, nor what "its" or "them" refer to */
        size_t credit = agency_credit(&f.sc, i);
        if (credit > i) {
            i = credit;
            continue;
        }
        /* "at Itamaraty Palace": a venue whose name begins with an
         * office's word ("Itamaraty", the ministry) is the building, no
         * office and no person "Palace" */
        size_t lv, lo;
        const lex_hit *hv;
        if (!no_phrase(&f.sc, i, LK_BIT(LK_VENUE)) && !no_phrase(&f.sc, i, LK_BIT(LK_OFFICE)) &&
            is_kind(&f.sc, i, LK_BIT(LK_VENUE), &lv, &hv) && hv->kind == LK_VENUE &&
            !lx->venues[hv->idx].seat && is_kind(&f.sc, i, LK_BIT(LK_OFFICE), &lo, NULL) &&
            lv > lo) {
            i += lv;
            continue;
        }
        /* "the Great Hall of the People", "the Palace of the Nation": a
         * building's name with an "of" in it holds no actor ("the
         * People"), unless it is a seat that stands for its government */
        if ((T[i].flags & TOK_CAP) && !no_phrase(&f.sc, i, LK_BIT(LK_VENUE)) &&
            is_kind(&f.sc, i, LK_BIT(LK_VENUE), &lv, &hv) && hv->kind == LK_VENUE &&
            !lx->venues[hv->idx].seat && lv >= 3) {
            size_t q = 1;
            while (q + 1 < lv && !tok_eq(&T[i + q], "of"))
                q++;
            if (q + 1 < lv) {
                i += lv;
                continue;
            }
        }
        /* "Latin American leaders": a country's adjective after a
         * region's word names no state (words.txt "region-prefixes"),
         * unless the two words are one country's ("South Korean") */
        size_t la;
        const lex_hit *ha;
        if ((T[i].flags & TOK_CAP) && tok_in(&T[i], W_REGION_PREFIXES) && i + 1 < s1 &&
            (T[i + 1].flags & TOK_CAP) && !is_kind(&f.sc, i, LK_BIT(LK_COUNTRY), NULL, NULL) &&
            is_kind(&f.sc, i + 1, LK_BIT(LK_ADJ), &la, &ha) && ha->kind == LK_ADJ && la == 1 &&
            !is_kind(&f.sc, i, LK_BIT(LK_ADJ), NULL, NULL)) {
            i += 2;
            continue;
        }
        unsigned may = steps_to_try(&f, i);
        if (!may) {
            i++;
            continue;
        }
        int prep = i > s0 ? prep_code(&T[i - 1]) : P_NONE;
        if (i > s0 + 1 && tok_in(&T[i - 1], W_DETERMINERS))
            prep = prep_code(&T[i - 2]);
        size_t next = i + 1;
        /* the steps whose bits are set, in order (lowest bit first) */
        for (; may; may &= may - 1) {
            int rc = steps[__builtin_ctz(may)](&f, i, prep, &next);
            if (rc < 0)
                return -1;
            if (rc > 0)
                break;
        }
        i = next > i ? next : i + 1;
    }
    members_of(&f);
    organ_names(&f);
    possessive_sex(&f);
    if (resolve_refs(&f))
        return -1;
    remember_recent(&f);
    *out = f.mv.v;
    return f.mv.n;
}
