/* bridge.c — the community's CAMEO dictionaries inside parley_code (stage
 * 6): codes a window's sentences on the tokens parley_code made, gives
 * each event the country and organisation its actor codes name (through
 * the lexicon's CAMEO columns) and the date and place attributes.c gives
 * built-in events, and drops the events the built-in lexicon already
 * coded. */
#include <string.h>

#include "cameo/bridge.h"

/* ---- places are not actors ---- */

/* Whether tokens [t0, t1) are exactly a phrase of one of the kinds in
 * mask. */
static int is_phrase(const parley_lexicon *lx, const token *T, uint32_t t0,
                     uint32_t t1, uint32_t mask)
{
    const lex_hit *h;
    size_t l = lexicon_match(lx, T, t0, t1, mask, &h);
    if (l != t1 - t0)
        return 0;
    for (; h; h = lexicon_next(lx, h))
        if (h->ntok == l && pl_lexicon_hit_ok(lx, h, T, t0, mask))
            return 1;
    return 0;
}

/* "the South China Sea", "the Sea of Japan": a name inside the name of a
 * sea or a landform (words.txt "geo-features") is no actor. */
static int in_feature_name(const text_doc *td, uint32_t si, uint32_t t0, uint32_t t1)
{
    const token *T = td->toks;
    uint32_t s0 = td->sents[si].tok0, s1 = td->sents[si].tok1;
    if (t1 < s1 && (T[t1].flags & TOK_CAP) && tok_in(&T[t1], W_GEO_FEATURES))
        return 1;
    return t0 >= s0 + 2 && tok_eq(&T[t0 - 1], "of") && (T[t0 - 2].flags & TOK_CAP) &&
           tok_in(&T[t0 - 2], W_GEO_FEATURES);
}

/* "at the UN", "in New York", "near Geneva": an actor's name after a
 * preposition of place is where the event happened when it names a city
 * or a venue, or (after "at") an organisation standing for its seat.
 * Countries stay actors ("fighting in Iraq" has Iraq as a target in the
 * CAMEO conventions). */
static int place_not_actor(const void *ud, const text_doc *td, uint32_t si,
                           uint32_t t0, uint32_t t1)
{
    const parley_lexicon *lx = ud;
    const token *T = td->toks;
    uint32_t s0 = td->sents[si].tok0, k = t0;
    if (in_feature_name(td, si, t0, t1))
        return 1;
    if (k > s0 && tok_eq(&T[k - 1], "the"))
        k--;
    if (k <= s0)
        return 0;
    const token *p = &T[k - 1];
    int at = tok_eq(p, "at");
    if (!at && !tok_eq(p, "in") && !tok_eq(p, "near") && !tok_eq(p, "outside"))
        return 0;
    uint32_t city = LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_VENUE);
    if (is_phrase(lx, T, t0, t1, LK_BIT(LK_COUNTRY)))
        return 0;
    return is_phrase(lx, T, t0, t1, city) ||
           (at && is_phrase(lx, T, t0, t1, LK_BIT(LK_ORG)));
}

/* ---- actors ---- */

/* The organisation or country of the actor codes a document's events
 * have named (most name the same few): a slot by the code's hash. */
typedef struct code_memo {
    const char *code[64];
    const char *org[64], *country[64];
} code_memo;

static actor actor_of(const parley_lexicon *lx, code_memo *cm, const char *code,
                      uint32_t t0, uint32_t t1)
{
    actor a;
    memset(&a, 0, sizeof a);
    a.t0 = t0;
    a.t1 = t1;
    a.entity = -1;
    if (!code)
        return a;
    uint32_t h = 0;
    for (const char *p = code; *p; p++)
        h = h * 31 + (unsigned char)*p;
    h &= 63;
    if (!cm->code[h] || strcmp(cm->code[h], code)) {
        int o = pl_lexicon_org_by_cameo(lx, code);
        int c = o >= 0 ? -1 : pl_lexicon_country_by_cameo(lx, code);
        cm->code[h] = code;
        cm->org[h] = o >= 0 ? lx->orgs[o].acronym : NULL;
        cm->country[h] = c >= 0 ? lx->countries[c].iso3 : NULL;
    }
    a.org = cm->org[h];
    a.country = cm->country[h];
    return a;
}

/* The part of a code after its country, or "" ("RUSMIL" -> "MIL"). */
static const char *sector_of(const char *code)
{
    return strlen(code) > 3 ? code + 3 : "";
}

/* A state and its government, or two codes of one state and sector. */
static int one_party(const actor *a, const actor *b, const char *ca,
                     const char *cb)
{
    if (a->org || b->org)
        return a->org && b->org && !strcmp(a->org, b->org) && !strcmp(ca, cb);
    if (!a->country || !b->country || strcmp(a->country, b->country))
        return 0;
    const char *x = sector_of(ca), *y = sector_of(cb);
    return !*x || !*y || !strcmp(x, y);
}

/* ---- duplicates of built-in events ---- */

static int same_side(const parley_lexicon *lx, const actor *a, const actor *b)
{
    /* the same words of the text ("President Michel Suleiman", whose
     * country one coder does not know) */
    if ((!a->country && !a->org) || (!b->country && !b->org))
        return a->t0 < b->t1 && b->t0 < a->t1;
    if (a->org || b->org)
        return a->org && b->org && pl_lexicon_org_compatible(lx, a->org, b->org);
    return a->country && b->country && !strcmp(a->country, b->country);
}

static int same_kind(const lex_code *a, const lex_code *b)
{
    if (a->type && b->type)
        return !strcmp(a->type, b->type);
    return !a->type && !b->type && a->cameo && b->cameo &&
           !strncmp(a->cameo, b->cameo, 2);
}

static int in_sentences(const cand *b, uint32_t sent)
{
    if (b->sent == sent)
        return 1;
    for (size_t k = 0; k < b->nextra; k++)
        if (b->extra[k] == sent)
            return 1;
    return 0;
}

static int unknown(const actor *a)
{
    return !a->country && !a->org;
}

/* Whether two coders read one word of the sentence as the trigger. */
static int same_trigger(const cand *b, const cand *d)
{
    return b->sent == d->sent && b->trig0 < d->trig1 && d->trig0 < b->trig1;
}

/* Whether d (a dictionary event) is an event the built-in lexicon coded:
 * in the same sentence (or one merged into it), of the same type or on
 * the same trigger ("ratified an agreement": 057 and 031), with the same
 * parties (either way round for meetings and agreements). When
 * the built-in candidate knows less of a party than d, it is set aside
 * instead (its merged_into is set) and 0 returned. */
static int repeats_builtin(const parley_lexicon *lx, const cand *d, cand_vec *builtin)
{
    for (size_t i = 0; builtin && i < builtin->n; i++) {
        cand *b = &builtin->v[i];
        if (b->merged_into >= 0 || !in_sentences(b, d->sent) ||
            (!same_kind(b->code, d->code) && !same_trigger(b, d)))
            continue;
        int same = same_side(lx, &b->src, &d->src) && same_side(lx, &b->tgt, &d->tgt);
        int swapped = !same && pl_events_symmetric(b) && same_side(lx, &b->src, &d->tgt) &&
                      same_side(lx, &b->tgt, &d->src);
        if (!same && !swapped)
            continue;
        const actor *bs = swapped ? &b->tgt : &b->src, *bt = swapped ? &b->src : &b->tgt;
        if ((unknown(bs) && !unknown(&d->src)) || (unknown(bt) && !unknown(&d->tgt))) {
            b->merged_into = (int)i; /* set aside: the dictionary's is kept */
            return 0;
        }
        return 1;
    }
    return 0;
}

/* A dictionary accusation made of an act that its clause reports ("The
 * US claimed that ISIL had attacked Iraq"): the built-in events of the
 * act's own verb are the claim read as a fact, and are set aside. */
static void alleged_builtin(const cameo_ev *e, cand_vec *builtin)
{
    if (e->a1 <= e->a0)
        return;
    for (size_t i = 0; builtin && i < builtin->n; i++) {
        cand *b = &builtin->v[i];
        if (b->merged_into < 0 && b->sent == e->sent && b->trig0 < e->a1 &&
            b->trig1 > e->a0)
            b->merged_into = (int)i;
    }
}

/* ---- candidates ---- */

/* Whether the syntax stage reads dictionary event e as no act done: its
 * verb planned or an infinitive, or its target in a planned clause
 * (pl_events_unreal); an intent or a threat is said of the future. */
static int told_undone(const lex_code *code, const cameo_ev *e, const uint8_t *unreal)
{
    if (!unreal || (code->flags & LC_INTENT))
        return 0;
    return (e->v1 > e->v0 && unreal[e->v0]) ||
           (e->t1 > e->t0 && unreal[e->t0] == UNREAL_CLAUSE);
}

/* The event table's rows of the codes a document's events have named,
 * by the code's address (the dictionaries' strings: most events share a
 * few): a slot by the address. */
typedef struct row_memo {
    const char *code[32];
    const lex_code *row[32];
} row_memo;

/* The event table's row for the dictionary's code, with the code itself
 * (a sub-code the table leaves out, "1951", keeps its own number and
 * takes its parent's row). */
static const lex_code *code_of(arena *a, const parley_lexicon *lx, row_memo *rm,
                               const char *code)
{
    size_t h = ((uintptr_t)code >> 3) & 31;
    if (rm->code[h] != code) {
        rm->code[h] = code;
        rm->row[h] = pl_lexicon_code(lx, code);
    }
    const lex_code *row = rm->row[h];
    if (row && !strcmp(row->cameo, code))
        return row;
    lex_code *v = pl_arena_zalloc(a, sizeof *v);
    if (!v)
        return NULL;
    if (row)
        *v = *row;
    v->cameo = code;
    return v;
}

static int push(arena *a, dict_cands *out, size_t *cap, const cand *c,
                const char *src, const char *tgt)
{
    cand_vec *cv = &out->cv;
    if (cv->n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        cand *v = arena_alloc(a, nc * sizeof *v);
        const char **codes = arena_alloc(a, 2 * nc * sizeof *codes);
        if (!v || !codes)
            return PARLEY_ENOMEM;
        if (cv->n) {
            memcpy(v, cv->v, cv->n * sizeof *v);
            memcpy(codes, out->codes, 2 * cv->n * sizeof *codes);
        }
        cv->v = v;
        cv->cap = nc;
        out->codes = codes;
        *cap = nc;
    }
    cv->v[cv->n] = *c;
    out->codes[2 * cv->n] = src;
    out->codes[2 * cv->n + 1] = tgt;
    cv->n++;
    return 0;
}

int pl_cameo_cands(arena *a, const parley_cameo *c, const parley_lexicon *lx,
                const text_doc *td, const attr_state *as0, int32_t code_date,
                int negated, const uint8_t *unreal, const uint8_t *skip,
                cand_vec *builtin, dict_cands *out)
{
    memset(out, 0, sizeof *out);
    cameo_evs evs = {0};
    cameo_run run = {NULL, code_date, 0, (uint32_t)td->nsents, place_not_actor, lx, 1, skip};
    int rc = pl_cameo_code_text(c, td, &run, a, &evs);
    if (rc)
        return rc;
    if (!evs.n)
        return 0;
    attr_state as = *as0;
    size_t cap = 0;
    code_memo cm;
    memset(&cm, 0, sizeof cm);
    row_memo rm;
    memset(&rm, 0, sizeof rm);
    for (size_t i = 0; i < evs.n;) {
        uint32_t si = evs.v[i].sent;
        size_t first = out->cv.n;
        for (; i < evs.n && evs.v[i].sent == si; i++) {
            const cameo_ev *e = &evs.v[i];
            cand d;
            memset(&d, 0, sizeof d);
            d.code = code_of(a, lx, &rm, e->code);
            if (!d.code)
                return PARLEY_ENOMEM;
            d.why = "dictionary";
            d.src = actor_of(lx, &cm, e->src, e->s0, e->s1);
            d.tgt = actor_of(lx, &cm, e->tgt, e->t0, e->t1);
            if (one_party(&d.src, &d.tgt, e->src, e->tgt) || (e->negated && !negated) ||
                told_undone(d.code, e, unreal))
                continue;
            d.sent = si;
            d.trig0 = e->v0;
            d.trig1 = e->v1;
            d.negated = e->negated;
            d.place = -1;
            d.merged_into = -1;
            for (size_t t = 0; t < e->ntopics && t < PARLEY_MAX_TOPICS; t++)
                d.topics[d.ntopics++] = e->topics[t];
            alleged_builtin(e, builtin);
            if (repeats_builtin(lx, &d, builtin))
                continue;
            if ((rc = push(a, out, &cap, &d, e->src, e->tgt)))
                return rc;
        }
        if (out->cv.n > first)
            pl_attributes_sentence(&as, lx, td, si, NULL, 0, &out->cv, first);
    }
    return 0;
}
