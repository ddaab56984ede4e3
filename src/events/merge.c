/* merge.c — stage 8: the same event reported twice in one document (a
 * headline and its paragraph, "the parties discussed" after "X met Y")
 * becomes one event carrying every evidence sentence. Participants may be
 * less specific in one report (a country for its minister): the specific
 * ones are kept. */
#include <stdlib.h>
#include <string.h>

#include "events/events.h"
#include "util/fold.h"

#define MERGE_WINDOW 512

/* Whether a and b are one person: one entity, or one name. */
static int same_person(const actor *a, const actor *b)
{
    if (a->entity >= 0 && b->entity >= 0)
        return a->entity == b->entity;
    return a->name && b->name && !strcmp(a->name, b->name);
}

/* Whether sentence si speaks of setting someone free (words.txt
 * "freeing"). */
static int frees(const text_doc *td, uint32_t si)
{
    for (uint32_t t = td->sents[si].tok0; t < td->sents[si].tok1; t++)
        if (tok_in(&td->toks[t], W_FREEING))
            return 1;
    return 0;
}

void pl_events_holders(const text_doc *td, cand_vec *cv)
{
    for (size_t i = 0; i < cv->n; i++) {
        cand *r = &cv->v[i];
        /* a person, or a group of people no one names ("the release of
         * the detained students": those the police arrested) */
        int group = !r->tgt.name && !r->tgt.org && r->tgt.country && r->tgt.agent;
        if (!code_type_is(r->code, "REQUEST") || !(r->tgt.name || group) ||
            !frees(td, r->sent))
            continue;
        for (size_t j = i; j-- > 0;) {
            const cand *h = &cv->v[j];
            /* a coercion (CAMEO 17) or an abduction (181) of the person */
            int same = group ? !h->tgt.name && !h->tgt.org && h->tgt.country &&
                                   !strcmp(h->tgt.country, r->tgt.country) && h->tgt.agent &&
                                   !strcmp(h->tgt.agent, r->tgt.agent) && h->sent + 6 >= r->sent
                             : same_person(&h->tgt, &r->tgt);
            if ((!strncmp(h->code->cameo, "17", 2) || !strncmp(h->code->cameo, "181", 3)) &&
                same && (h->src.country || h->src.org)) {
                r->tgt = h->src;
                break;
            }
        }
    }
}

/* The delegation heads of st stand for their states in the meetings
 * told within two sentences of the one that named them. */
void pl_events_delegates(const coref_state *st, cand_vec *cv)
{
    for (size_t i = 0; i < cv->n; i++) {
        cand *e = &cv->v[i];
        if (!pl_events_symmetric(e) || e->code->quad > 2)
            continue;
        for (int d = 0; d < st->ndele; d++) {
            const struct delegate *g = &st->dele[d];
            if (e->sent + 2 < g->sent || g->sent + 2 < e->sent)
                continue;
            actor *sides[2] = {&e->src, &e->tgt};
            for (int s = 0; s < 2; s++) {
                actor *a = sides[s];
                if (!a->name && !a->org && a->country && !strcmp(a->country, g->country) &&
                    (!a->agent || !strcmp(a->agent, "GOV")))
                    *a = g->head;
            }
        }
    }
}

/* The number of words of s (1 for NULL: no name to lengthen). */
static int name_words(const char *s)
{
    int n = 1;
    for (; s && *s; s++)
        n += *s == ' ';
    return n;
}

/* "FM Cho holds talks" before "Foreign Minister Cho Hyun held talks":
 * a person named first by part of the name is named in full in every
 * event, as the document names the person at last (st's entities). */
void pl_events_full_names(const coref_state *st, cand_vec *cv)
{
    for (size_t i = 0; i < cv->n; i++) {
        actor *sides[2] = {&cv->v[i].src, &cv->v[i].tgt};
        for (int s = 0; s < 2; s++) {
            actor *a = sides[s];
            if (!a->name || a->entity < 0 || a->entity >= st->nents)
                continue;
            const char *full = st->ents[a->entity].name;
            if (full && full != a->name && name_words(full) > name_words(a->name))
                a->name = full;
        }
    }
}

int pl_events_symmetric(const cand *c)
{
    /* a mutual act ("swapped prisoners") is one act each way */
    return (c->frame->flags & (FR_SYM | FR_MUTUAL)) == FR_SYM;
}

/* The names that same_name folded in one merge, with their keys (each
 * its own allocation): a name compared with several others is folded
 * once. By the name's address, which stays the name's while the window
 * is merged. */
#define FOLDS 16

typedef struct fold_memo {
    const char *name[FOLDS];
    char *key[FOLDS];
    size_t n[FOLDS];
} fold_memo;

static size_t fold_slot(const char *s)
{
    return ((uintptr_t)s >> 3) % FOLDS;
}

/* pl_fold_key of s, kept in fm unless its slot holds keep (a key the
 * caller still reads): then in *tmp, which the caller frees. NULL when
 * out of memory. */
static const char *folded(fold_memo *fm, const char *s, const char *keep, size_t *n,
                          char **tmp)
{
    size_t h = fold_slot(s);
    if (fm->name[h] == s) {
        *n = fm->n[h];
        return fm->key[h];
    }
    char *k = pl_fold_key(s, strlen(s), n);
    if (!k || (fm->key[h] && fm->key[h] == keep)) {
        *tmp = k;
        return k;
    }
    free(fm->key[h]);
    fm->name[h] = s;
    fm->key[h] = k;
    fm->n[h] = *n;
    return k;
}

/* Whether two names are one but for diacritics ("Sinirlioğlu" as the
 * lexicon spells it, "Sinirlioglu" as the text does). */
static int same_name(fold_memo *fm, const char *x, const char *y)
{
    if (!strcmp(x, y))
        return 1;
    /* most names that differ differ in their first letters: fold only
     * those that begin alike (or with a letter that is not ASCII) */
    int ascii = !(((unsigned char)x[0] | (unsigned char)y[0]) & 0x80) && x[0] && y[0] &&
                !(((unsigned char)x[1] | (unsigned char)y[1]) & 0x80);
    if (ascii && (x[0] != y[0] || x[1] != y[1]))
        return 0;
    /* a diacritic takes a byte or two more than its plain letter */
    size_t lx = 0, ly = 0, wide = 0;
    for (const char *p = x; *p; p++, lx++)
        wide += (unsigned char)*p >= 0x80;
    for (const char *p = y; *p; p++, ly++)
        wide += (unsigned char)*p >= 0x80;
    if (!wide || (lx > ly ? lx - ly : ly - lx) > wide)
        return 0;
    size_t nx = 0, ny = 0;
    char *tx = NULL, *ty = NULL;
    const char *fx = folded(fm, x, NULL, &nx, &tx);
    const char *fy = fx ? folded(fm, y, fx, &ny, &ty) : NULL;
    int same = fx && fy && nx == ny && !memcmp(fx, fy, nx);
    free(tx);
    free(ty);
    return same;
}

/* Could a and b be the same participant? */
static int compat(const parley_lexicon *lx, fold_memo *fm, const actor *a, const actor *b,
                  int one_sentence)
{
    if (a->name && b->name)
        return (a->entity >= 0 && a->entity == b->entity) || same_name(fm, a->name, b->name);
    if (a->org && b->org)
        return pl_lexicon_org_compatible(lx, a->org, b->org);
    /* "Colombian rebels" and "Rebels of the National Liberation Army
     * (ELN)": the same unnamed role, once with its organisation */
    if (a->org || b->org)
        return a->role && b->role && str_eq(a->role, b->role) && !a->name && !b->name;
    /* the court and the police of one state are two participants, but
     * "supported the Haitian people and the Government" in one sentence
     * is one event with Haiti; rebels are never the state's side ("urged
     * both sides" after troops fought rebels) */
    if (a->agent && b->agent && strcmp(a->agent, b->agent) &&
        (!one_sentence || pl_grammar_code_in(lx, a->agent, W_OWN_SIDES) ||
         pl_grammar_code_in(lx, b->agent, W_OWN_SIDES)))
        return 0;
    return a->country && b->country && str_eq(a->country, b->country);
}

static int specificity(const actor *a)
{
    /* in tens, so that an organisation (a named group) outranks a
     * country's unnamed part without outranking a role */
    return (a->name ? 40 : 0) + (a->role ? 20 : 0) + (a->org ? 11 : a->country ? 10 : 0);
}

static int same_parties(const cand *a, const cand *b)
{
    const actor *as[2] = {&a->src, &a->tgt}, *bs[2] = {&b->src, &b->tgt};
    for (int i = 0; i < 2; i++)
        if (specificity(as[i]) != specificity(bs[i]))
            return 0;
    return 1;
}

static int same_event(const parley_lexicon *lx, fold_memo *fm, const cand *a, const cand *b,
                      uint32_t titled, int *swapped)
{
    *swapped = 0;
    /* (the flags before the type's name: most pairs differ in both) */
    if (a->negated != b->negated)
        return 0;
    /* a meeting hosted, held or discussed is one meeting, criticising and
     * accusing one statement (same type, pair and day); but praising and
     * signing are different acts of support: a symmetric act and a
     * directed one are not merged */
    /* (but a visit and the meeting on the visit's day are one
     * consultation: "Kishida's trip to South Korea" and "Kishida and
     * Yoon met in Seoul") */
    int visit_meeting = pl_events_symmetric(a) != pl_events_symmetric(b) &&
                        str_eq(a->code->type, "CONSULT") && str_eq(b->code->type, "CONSULT") &&
                        a->date && a->date == b->date && a->date % 100;
    if (pl_events_symmetric(a) != pl_events_symmetric(b) && !visit_meeting)
        return 0;
    if (a->code != b->code && !str_eq(a->code->type, b->code->type))
        return 0;
    /* two statements of one type are one only in one sentence ("criticised
     * the meeting, accusing Seoul of …"); apart, different wordings are
     * different acts */
    /* but a summons and an accusation of the same day between the same
     * states are one protest (the coding conventions) */
    int summons = str_eq(a->code->type, "ACCUSE") && a->date == b->date && a->frame && b->frame &&
                  ((a->frame->flags ^ b->frame->flags) & FR_NOTICE);
    /* (but on one day that one of them states, between parties named
     * alike, two statements are one, and so are two protests, "gathered
     * in a park … barricading roads": the coding conventions code a
     * second event of a type between a pair on a day as the first; a
     * state's and its named official's statements are two, and so are
     * two other deeds) */
    int same_day = (a->code->quad % 2 == 1 || str_eq(a->code->type, "PROTEST")) && a->date &&
                   a->date == b->date && a->date % 100 && (a->date_stated || b->date_stated) &&
                   same_parties(a, b);
    if (a->sent != b->sent && !str_eq(a->code->cameo, b->code->cameo) &&
        !pl_events_symmetric(a) && !summons && !same_day && !visit_meeting)
        return 0;
    /* a date the text does not state (the document's) agrees with any
     * in the headline or the next sentence, and for a meeting told over
     * several sentences; further on, a statement's is the day of the
     * story ("Baerbock condemned …" on the dateline's day and "was
     * summoned" on Tuesday are two events) */
    uint32_t head = titled ? titled : 1;
    int near = a->sent < head || b->sent < head || pl_events_symmetric(a) ||
               (a->sent + 1 >= b->sent && b->sent + 1 >= a->sent);
    if (a->date && b->date && a->date != b->date && !near)
        return 0; /* "the arrest last week of three men" and "on Monday
                     detained an influencer", sentences apart */
    if (a->date && b->date && a->date != b->date && a->date_stated && b->date_stated) {
        /* a month matches the days inside it */
        int32_t ma = a->date % 100 ? a->date / 100 : a->date / 100;
        int32_t mb = b->date % 100 ? b->date / 100 : b->date / 100;
        if (ma != mb || (a->date % 100 && b->date % 100))
            return 0;
    }
    int one = a->sent == b->sent;
    /* an attack of one state on another told twice on one day ("killed
     * four people", then "its forces had carried out a strike on
     * military facilities") is one attack, whatever part of each side
     * the sentences name */
    if (str_eq(a->code->type, "ASSAULT") && a->date == b->date && a->src.country &&
        a->tgt.country && !str_eq(a->src.country, a->tgt.country) && !a->src.org &&
        !a->tgt.org)
        one = 1;
    if (compat(lx, fm, &a->src, &b->src, one) && compat(lx, fm, &a->tgt, &b->tgt, one))
        return 1;
    if (pl_events_symmetric(a) && compat(lx, fm, &a->src, &b->tgt, one) &&
        compat(lx, fm, &a->tgt, &b->src, one)) {
        *swapped = 1;
        return 1;
    }
    return 0;
}

static int add_extra(arena *ar, cand *keep, uint32_t sent)
{
    if (sent == keep->sent)
        return 0;
    for (size_t i = 0; i < keep->nextra; i++)
        if (keep->extra[i] == sent)
            return 0;
    uint32_t *v = arena_alloc(ar, (keep->nextra + 1) * sizeof *v);
    if (!v)
        return PARLEY_ENOMEM;
    if (keep->nextra)
        memcpy(v, keep->extra, keep->nextra * sizeof *v);
    v[keep->nextra++] = sent;
    keep->extra = v;
    return 0;
}

/* Whether a and b name the same participants exactly (not one a less
 * specific version of the other). */

static int absorb(arena *a, cand *k, cand *e, int swapped, uint32_t titled)
{
    const actor *es = swapped ? &e->tgt : &e->src;
    const actor *et = swapped ? &e->src : &e->tgt;
    /* a visit and the meeting held on it: the meeting's code, whose
     * counterpart is the person met */
    if (!pl_events_symmetric(k) && pl_events_symmetric(e) && str_eq(k->code->type, "CONSULT")) {
        k->code = e->code;
        k->frame = e->frame;
    }
    if (specificity(es) > specificity(&k->src))
        k->src = *es;
    if (specificity(et) > specificity(&k->tgt))
        k->tgt = *et;
    /* the body tells the place better than the headline, and a sentence
     * that names it better than a dateline */
    if (k->place < 0 || (e->place >= 0 && ((k->sent < titled && e->sent >= titled) ||
                                           (e->place_stated && !k->place_stated)))) {
        k->place = e->place;
        k->place_stated = e->place_stated;
    }
    if (((!k->date || k->date % 100 == 0) && e->date % 100) ||
        (!k->date_stated && e->date_stated)) {
        k->date = e->date;
        k->date_stated = e->date_stated;
    }
    for (size_t t = 0; t < e->ntopics; t++) {
        int dup = 0;
        for (size_t u = 0; u < k->ntopics; u++)
            dup |= k->topics[u] == e->topics[t];
        if (!dup && k->ntopics < PARLEY_MAX_TOPICS)
            k->topics[k->ntopics++] = e->topics[t];
    }
    /* a headline restates the body: the body's sentence is the
     * evidence to show first */
    if (k->sent < titled && e->sent >= titled) {
        uint32_t t = k->sent;
        k->sent = e->sent;
        e->sent = t;
    }
    if (add_extra(a, k, e->sent))
        return PARLEY_ENOMEM;
    for (size_t t = 0; t < e->nextra; t++)
        if (add_extra(a, k, e->extra[t]))
            return PARLEY_ENOMEM;
    return 0;
}

/* What same_event tests first, as one number: the negation, whether the
 * act is symmetric (but for a consultation), and a hash of the type's
 * name. Two candidates whose
 * keys differ are never the same event, and most pairs are told apart
 * by them without following a pointer. */
static uint32_t event_key(const cand *c)
{
    uint32_t h = 0;
    if (c->code->type) {
        h = 2166136261u;
        for (const char *p = c->code->type; *p; p++)
            h = (h ^ (unsigned char)*p) * 16777619u;
    }
    /* (a visit and a meeting may be one consultation: same_event) */
    int sym = pl_events_symmetric(c) && !str_eq(c->code->type, "CONSULT");
    return (h << 2) ^ (uint32_t)(c->negated ? 1 : 0) ^ (uint32_t)(sym << 1);
}

int pl_events_merge(arena *a, const parley_lexicon *lx, cand_vec *cv, uint32_t titled)
{
    /* each candidate's key, and the latest candidate before it with the
     * same key (or -1), found through a table of the keys seen: the look
     * back visits only those */
    size_t nt = 16;
    while (nt < 2 * cv->n)
        nt *= 2;
    uint32_t *key = arena_alloc(a, (cv->n ? cv->n : 1) * sizeof *key);
    long *prev = arena_alloc(a, (cv->n ? cv->n : 1) * sizeof *prev);
    long *last = arena_alloc(a, nt * sizeof *last);
    if (!key || !prev || !last)
        return PARLEY_ENOMEM;
    for (size_t h = 0; h < nt; h++)
        last[h] = -1;
    for (size_t i = 0; i < cv->n; i++) {
        key[i] = event_key(&cv->v[i]);
        size_t h = (key[i] * 2654435761u) & (nt - 1);
        while (last[h] >= 0 && key[last[h]] != key[i])
            h = (h + 1) & (nt - 1);
        prev[i] = last[h];
        last[h] = (long)i;
    }
    fold_memo fm = {{0}, {0}, {0}};
    int rc = 0;
    for (size_t i = 0; i < cv->n && !rc; i++) {
        cand *e = &cv->v[i];
        /* a report repeats an event of the recent past: look back at most
         * MERGE_WINDOW candidates, so merging stays linear in length; the
         * latest report naming the same parties as this one wins, else
         * the latest that may be the same */
        size_t from = i > MERGE_WINDOW ? i - MERGE_WINDOW : 0;
        long best = -1;
        int best_sw = 0, exact = 0;
        for (long q = prev[i]; q >= (long)from; q = prev[q]) {
            size_t j = (size_t)q;
            cand *k = &cv->v[j];
            int sw;
            if (k->merged_into >= 0 || !same_event(lx, &fm, k, e, titled, &sw))
                continue;
            int ex = same_parties(k, e);
            if (best < 0 || (ex && !exact)) {
                best = (long)j;
                best_sw = sw;
                exact = ex;
            }
            if (exact)
                break;
        }
        if (best < 0)
            continue;
        if (absorb(a, &cv->v[best], e, best_sw, titled)) {
            rc = PARLEY_ENOMEM;
            break;
        }
        e->merged_into = (int)best;
    }
    for (size_t h = 0; h < FOLDS; h++)
        free(fm.key[h]);
    return rc;
}
