/* events.c — stage 6: finds event triggers (data/verbs.txt) in a sentence
 * and assigns source and target from the mentions around them according
 * to the trigger's frame: subject–verb–object, passive ("was received
 * by"), nominal ("At the meeting with X"), reciprocal ("the parties
 * discussed", "discussed … with X") and agentless ("an agreement was
 * signed": the current interlocutors). Lists give one event per pair;
 * negated events are marked, hypothetical ones are dropped. */
#include <string.h>

#include "events/events.h"


static int clause_break(const token *t)
{
    return tok_eq(t, ";");
}

/* Whether the trigger at [t0, t1) is hypothetical: a modal or "to"
 * before it ("will meet", "agreed to cooperate"), or for a nominal frame
 * a future marker in the sentence ("talks are expected next year"). */
static int hypothetical(const token *T, uint32_t s0, uint32_t s1, uint32_t t0,
                        uint32_t t1, int frame)
{
    uint32_t k = t0;
    for (int seen = 0; k > s0 && seen < 3; seen++) {
        const token *p = &T[k - 1];
        if (tok_in(p, W_MODALS))
            return 1;
        if (!tok_in(p, W_SKIPPABLE) && !tok_in(p, W_NEGATORS))
            break;
        k--;
    }
    if (frame == VF_NOMINAL || frame == VF_AGENTLESS || frame == VF_RECIP) {
        for (uint32_t j = t1; j < s1 && j < t1 + 4; j++)
            if (tok_eq(&T[j], "will") || tok_eq(&T[j], "expected") ||
                tok_eq(&T[j], "scheduled") || tok_eq(&T[j], "planned"))
                return 1;
        if (frame == VF_NOMINAL)
            for (uint32_t j = s0; j < s1; j++)
                if (tok_in(&T[j], W_FUTURE_WORDS))
                    return 1;
    }
    return 0;
}

static int negated(const token *T, uint32_t s0, uint32_t t0)
{
    uint32_t k = t0;
    for (int seen = 0; k > s0 && seen < 4; seen++) {
        const token *p = &T[k - 1];
        if (tok_in(p, W_NEGATORS))
            return 1;
        if (!tok_in(p, W_SKIPPABLE) && !tok_eq(p, "did") && !tok_eq(p, "does") &&
            !tok_eq(p, "do") && !tok_eq(p, "was") && !tok_eq(p, "were") &&
            !tok_eq(p, "is") && !tok_eq(p, "an") && !tok_eq(p, "a") &&
            !tok_eq(p, "any"))
            break;
        k--;
    }
    return 0;
}

static int actor_ok(const actor *a)
{
    return a->name || a->country || a->org;
}

static int same_actor(const actor *a, const actor *b)
{
    if (a->entity >= 0 && a->entity == b->entity)
        return 1;
    if (a->name && b->name)
        return !strcmp(a->name, b->name);
    if (a->org && b->org && !strcmp(a->org, b->org))
        return 1;
    if (!a->org && !b->org && a->country && b->country &&
        !strcmp(a->country, b->country))
        return 1;
    return 0;
}

typedef struct ctx {
    arena *a;
    const parley_lexicon *lx;
    const text_doc *td;
    uint32_t si, s0, s1;
    mention *ms;
    int nm;
    coref_state *st;
    cand_vec *cv;
    uint8_t *used; /* mention used as an object */
} ctx;

static cand *push(ctx *c)
{
    cand_vec *cv = c->cv;
    if (cv->n == cv->cap) {
        size_t cap = cv->cap ? cv->cap * 2 : 32;
        cand *v = arena_alloc(c->a, cap * sizeof *v);
        if (!v)
            return NULL;
        if (cv->n)
            memcpy(v, cv->v, cv->n * sizeof *v);
        cv->v = v;
        cv->cap = cap;
    }
    cand *e = &cv->v[cv->n++];
    memset(e, 0, sizeof *e);
    e->merged_into = -1;
    e->place = -1;
    return e;
}

static int emit(ctx *c, const lex_verb *v, const actor *src, const actor *tgt,
                uint32_t t0, uint32_t t1, int neg)
{
    if (!actor_ok(src) || !actor_ok(tgt) || same_actor(src, tgt))
        return 0;
    cand *e = push(c);
    if (!e)
        return PARLEY_ENOMEM;
    e->verb = v;
    e->src = *src;
    e->tgt = *tgt;
    e->sent = c->si;
    e->trig0 = t0;
    e->trig1 = t1;
    e->negated = neg;
    return 0;
}

/* Actors of a mention used in a role; groups resolve here because the
 * role matters: as a subject "the parties" are the interlocutors, as an
 * object "both sides" are the latest list ("Israel and Palestine"). */
static int role_actors(ctx *c, int mi, int as_object, const actor *exclude,
                       const actor **out)
{
    mention *m = &c->ms[mi];
    if (m->kind != MK_GROUP) {
        *out = m->acts;
        return m->nact;
    }
    coref_state *st = c->st;
    if (as_object) {
        for (int q = mi - 1; q >= 0; q--)
            if (c->ms[q].nact >= 2 && c->ms[q].kind != MK_GROUP) {
                *out = c->ms[q].acts;
                return c->ms[q].nact;
            }
        if (st->nlist >= 2 && st->list_sent + 1 >= c->si) {
            *out = st->list;
            return st->nlist;
        }
    }
    if (st->ngroup >= 2 && st->group_sent + 4 >= c->si) {
        if (as_object && exclude) {
            /* the group without the source */
            actor *g = arena_alloc(c->a, (size_t)st->ngroup * sizeof *g);
            int n = 0;
            if (!g)
                return 0;
            for (int k = 0; k < st->ngroup; k++)
                if (!same_actor(&st->group[k], exclude))
                    g[n++] = st->group[k];
            *out = g;
            return n;
        }
        *out = st->group;
        return st->ngroup;
    }
    return 0;
}

/* Mentions joined to ms[q] by "and" or a comma ("met with X and Y"):
 * the index of the last one. */
static int coordinated_end(const ctx *c, int q)
{
    const token *T = c->td->toks;
    int last = q;
    while (q + 1 < c->nm) {
        const mention *a = &c->ms[q], *b = &c->ms[q + 1];
        if (!b->nact || b->modifier || b->kind == MK_LATTER ||
            b->kind == MK_FORMER || b->kind == MK_PRONOUN || b->kind == MK_GROUP)
            break;
        uint32_t g = a->t1;
        int comma = 0, and = 0;
        if (g < b->t0 && tok_eq(&T[g], ","))
            g++, comma = 1;
        if (g < b->t0 && tok_eq(&T[g], "and"))
            g++, and = 1;
        if (g != b->t0 || (!comma && !and))
            break;
        q++;
        if (and)
            last = q; /* "X, Y and Z": a list closes with "and" */
    }
    return last;
}

/* The first mention of the coordination that ends at ms[q]. */
static int coordinated_start(const ctx *c, int q)
{
    while (q > 0 && coordinated_end(c, q - 1) >= q)
        q--;
    return q;
}

/* The actors of mentions [q, last] in one array. */
static int gather(ctx *c, int q, int last, int as_object, const actor *exclude,
                  const actor **out)
{
    if (last == q)
        return role_actors(c, q, as_object, exclude, out);
    int total = 0;
    for (int k = q; k <= last; k++)
        total += c->ms[k].nact;
    actor *v = arena_alloc(c->a, (size_t)total * sizeof *v);
    if (!v)
        return 0;
    int n = 0;
    for (int k = q; k <= last; k++) {
        memcpy(v + n, c->ms[k].acts, (size_t)c->ms[k].nact * sizeof *v);
        n += c->ms[k].nact;
        c->used[k] = 1;
    }
    *out = v;
    return n;
}

static uint32_t clause_start(const ctx *c, uint32_t t)
{
    const token *T = c->td->toks;
    while (t > c->s0 && !clause_break(&T[t - 1]))
        t--;
    return t;
}

static uint32_t clause_end(const ctx *c, uint32_t t)
{
    const token *T = c->td->toks;
    while (t < c->s1 && !clause_break(&T[t]))
        t++;
    return t;
}

/* The subject: the nearest mention before tok that is not governed by a
 * preposition, not a noun modifier, not an object of an earlier trigger. */
static int subject(const ctx *c, uint32_t tok)
{
    uint32_t cs = clause_start(c, tok);
    for (int q = c->nm - 1; q >= 0; q--) {
        const mention *m = &c->ms[q];
        if (m->t1 > tok || m->t0 < cs)
            continue;
        if (m->prep != P_NONE || m->modifier || m->possessive || c->used[q])
            continue;
        /* an unresolved pronoun is still the subject: no event rather
         * than the wrong actor */
        if (!m->nact && m->kind != MK_GROUP && m->kind != MK_PRONOUN)
            continue;
        return q;
    }
    return -1;
}

/* The first mention after tok in the clause (within 25 tokens) whose
 * preposition is allowed by want (-1: any but locative). */
static int object(const ctx *c, uint32_t tok, int want)
{
    uint32_t ce = clause_end(c, tok);
    for (int q = 0; q < c->nm; q++) {
        const mention *m = &c->ms[q];
        if (m->t0 < tok || m->t0 >= ce || m->t0 > tok + 25)
            continue;
        if (m->modifier || (!m->nact && m->kind != MK_GROUP))
            continue;
        if (want >= 0 ? m->prep != want
                      : (m->prep == P_IN || m->prep == P_AT || m->prep == P_FROM))
            continue;
        return q;
    }
    return -1;
}

/* The "with" counterpart of a reciprocal trigger at [t0, t1): right
 * after it ("discussed with X"), or opening the clause ("With X, Y
 * discussed"); not a "with" inside a noun phrase ("cooperation with the
 * ILO was discussed"). */
static int with_object(const ctx *c, uint32_t t0, uint32_t t1)
{
    uint32_t cs = clause_start(c, t0);
    for (int q = 0; q < c->nm; q++) {
        const mention *m = &c->ms[q];
        if (m->prep != P_WITH || m->modifier || !m->nact)
            continue;
        if (m->t0 >= t1 && m->t0 <= t1 + 2)
            return q;
        if (m->t0 <= cs + 2 && m->t0 < t0)
            return q;
    }
    /* "discussed the issues with X": later in the clause, after the verb */
    uint32_t ce = clause_end(c, t1);
    for (int q = 0; q < c->nm; q++) {
        const mention *m = &c->ms[q];
        if (m->prep == P_WITH && !m->modifier && m->nact && m->t0 >= t1 &&
            m->t0 < ce && m->t0 <= t1 + 12)
            return q;
    }
    return -1;
}

static const actor *principal_actor(ctx *c)
{
    if (c->st->principal < 0)
        return NULL;
    actor *p = arena_zalloc(c->a, sizeof *p);
    if (!p)
        return NULL;
    coref_from_entity(c->st, c->st->principal, p);
    return p;
}

/* Events between every source and every target. */
static int pairs(ctx *c, const lex_verb *v, const actor *s, int ns,
                 const actor *t, int nt, uint32_t t0, uint32_t t1, int neg)
{
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            int rc = emit(c, v, &s[i], &t[j], t0, t1, neg);
            if (rc)
                return rc;
        }
    return 0;
}

/* Events among the members of a group: the first with each other. */
static int among(ctx *c, const lex_verb *v, const actor *g, int n,
                 uint32_t t0, uint32_t t1, int neg)
{
    if (n < 2)
        return 0;
    return pairs(c, v, g, 1, g + 1, n - 1, t0, t1, neg);
}

static int trigger(ctx *c, const lex_verb *v, uint32_t t0, uint32_t t1)
{
    const token *T = c->td->toks;
    if (hypothetical(T, c->s0, c->s1, t0, t1, v->frame))
        return 0;
    int neg = negated(T, c->s0, t0);
    const actor *sa = NULL, *ta = NULL;
    int ns = 0, nt = 0;
    int si = subject(c, t0), oi;
    switch (v->frame) {
    case VF_SVO:
        if (si < 0)
            return 0;
        oi = object(c, t1, -1);
        if (oi < 0) {
            /* "X declared Y persona non grata": the object sits between */
            for (int q = si + 1; q < c->nm && oi < 0; q++)
                if (c->ms[q].t1 <= t0 && c->ms[q].prep == P_NONE &&
                    !c->ms[q].modifier && c->ms[q].nact && v->frame == VF_SVO &&
                    !strcmp(v->type, "SANCTION"))
                    oi = q;
        }
        if (oi < 0) {
            /* "the two ministers met": among the subject's members */
            ns = role_actors(c, si, 0, NULL, &sa);
            if (ns >= 2 && (c->ms[si].kind == MK_GROUP || c->ms[si].nact >= 2))
                return among(c, v, sa, ns, t0, t1, neg);
            /* "Moscow accused Vilnius … and warned that …": the target is
             * the one this source just addressed */
            if (ns == 1 && strcmp(v->type, "CONSULT"))
                for (size_t k = c->cv->n; k-- > 0;) {
                    const cand *p = &c->cv->v[k];
                    if (p->sent + 1 < c->si)
                        break;
                    if (same_actor(&p->src, &sa[0]) && strcmp(p->verb->type, "CONSULT")) {
                        actor t = p->tgt;
                        return emit(c, v, &sa[0], &t, t0, t1, neg);
                    }
                }
            return 0;
        }
        ns = role_actors(c, si, 0, NULL, &sa);
        nt = gather(c, oi, coordinated_end(c, oi), 1, ns ? &sa[0] : NULL, &ta);
        c->used[oi] = 1;
        return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
    case VF_PASSIVE:
        oi = object(c, t1, P_BY);
        if (si < 0 || oi < 0)
            return 0;
        ns = role_actors(c, oi, 0, NULL, &sa);
        nt = role_actors(c, si, 1, ns ? &sa[0] : NULL, &ta);
        c->used[oi] = 1;
        return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
    case VF_NOMINAL: {
        oi = object(c, t1, -1);
        if (oi < 0 || c->ms[oi].t0 > t1 + 3)
            return 0;
        for (uint32_t k = t1; k < c->ms[oi].t0; k++)
            if (T[k].flags & TOK_PUNCT)
                return 0; /* "his visit to Geneva, the Minister …" */
        if (c->ms[oi].prep == P_OF) {
            /* "the visit of X to Y", "the meeting of X with Y" */
            int o2 = object(c, c->ms[oi].t1, -1);
            if (o2 < 0 || (c->ms[o2].prep != P_TO && c->ms[o2].prep != P_WITH))
                return 0;
            ns = role_actors(c, oi, 0, NULL, &sa);
            nt = role_actors(c, o2, 1, ns ? &sa[0] : NULL, &ta);
            c->used[oi] = c->used[o2] = 1;
            return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
        }
        /* "the Secretary-General's meeting with X": the possessor */
        int pi = -1;
        for (int q = 0; q < c->nm; q++)
            if (c->ms[q].possessive == 1 && c->ms[q].t1 + 1 >= t0 &&
                c->ms[q].t1 <= t0 && c->ms[q].nact)
                pi = q;
        if (pi >= 0) {
            ns = role_actors(c, pi, 0, NULL, &sa);
        } else if (si >= 0) {
            ns = role_actors(c, si, 0, NULL, &sa);
        } else {
            sa = principal_actor(c);
            ns = sa ? 1 : 0;
        }
        nt = gather(c, oi, coordinated_end(c, oi), 1, ns ? &sa[0] : NULL, &ta);
        c->used[oi] = 1;
        return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
    }
    case VF_RECIP:
    case VF_AGENTLESS: {
        int wi = with_object(c, t0, t1);
        if (wi >= 0) {
            if (si >= 0 && v->frame == VF_RECIP) {
                ns = role_actors(c, si, 0, NULL, &sa);
            } else {
                sa = principal_actor(c);
                ns = sa ? 1 : 0;
            }
            nt = gather(c, wi, coordinated_end(c, wi), 1, ns ? &sa[0] : NULL, &ta);
            c->used[wi] = 1;
            return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
        }
        if (si >= 0 && v->frame == VF_RECIP) {
            int s0 = coordinated_start(c, si);
            ns = s0 < si ? gather(c, s0, si, 0, NULL, &sa)
                         : role_actors(c, si, 0, NULL, &sa);
            if (ns >= 2)
                return among(c, v, sa, ns, t0, t1, neg);
            /* "X signed an agreement with Y" has its with-object; "X
             * signed" alone means the current interlocutors */
            oi = object(c, t1, -1);
            if (oi >= 0 && (v->type && strcmp(v->type, "CONSULT"))) {
                nt = role_actors(c, oi, 1, ns ? &sa[0] : NULL, &ta);
                c->used[oi] = 1;
                return pairs(c, v, sa, ns, ta, nt, t0, t1, neg);
            }
        }
        if (si < 0 || v->frame == VF_AGENTLESS) {
            /* "cooperation between X and Y was discussed", "a memorandum
             * was signed between X and Y" */
            uint32_t ce = clause_end(c, t1);
            for (int q = 0; q < c->nm; q++) {
                if (c->ms[q].prep != P_BETWEEN || !c->ms[q].nact ||
                    !(v->frame == VF_RECIP || (c->ms[q].t0 >= t1 && c->ms[q].t0 < ce)))
                    continue;
                /* "between X and Y": one listed mention or two joined */
                int last = coordinated_end(c, q);
                const actor *g;
                int ng = gather(c, q, last, 0, NULL, &g);
                if (ng >= 2)
                    return among(c, v, g, ng, t0, t1, neg);
            }
        }
        if (v->frame == VF_AGENTLESS || si < 0 ||
            (ns == 1 && c->st->ngroup >= 2)) {
            /* the interlocutors of the current meeting */
            if (c->st->ngroup >= 2 && c->st->group_sent + 4 >= c->si) {
                if (ns == 1) {
                    int in = 0;
                    for (int k = 0; k < c->st->ngroup; k++)
                        in |= same_actor(&c->st->group[k], &sa[0]);
                    if (!in)
                        return 0;
                }
                return among(c, v, c->st->group, c->st->ngroup, t0, t1, neg);
            }
        }
        return 0;
    }
    }
    return 0;
}

/* A meeting makes its participants the current interlocutors: the new
 * candidates [first, cv->n) of one trigger. */
static int update_group(arena *a, coref_state *st, cand_vec *cv, size_t first,
                        uint32_t si)
{
    if (first >= cv->n)
        return 0;
    const cand *e = &cv->v[first];
    if (strcmp(e->verb->type, "CONSULT") || e->negated)
        return 0;
    actor g[33];
    int n = 0;
    g[n++] = e->src;
    for (size_t j = first; j < cv->n && n < 33; j++) {
        const cand *f = &cv->v[j];
        int dup = 0;
        for (int k = 0; k < n; k++)
            dup |= same_actor(&g[k], &f->tgt);
        if (!dup)
            g[n++] = f->tgt;
    }
    if (n < 2)
        return 0;
    if (coref_set_group(a, st, g, n))
        return PARLEY_ENOMEM;
    st->group_sent = si;
    return 0;
}

int events_sentence(arena *a, const parley_lexicon *lx, const text_doc *td,
                    uint32_t si, mention *ms, int nm, coref_state *st,
                    cand_vec *cv)
{
    const sentence *s = &td->sents[si];
    ctx c = {a, lx, td, si, s->tok0, s->tok1, ms, nm, st, cv, NULL};
    c.used = arena_zalloc(a, (size_t)(nm ? nm : 1));
    if (!c.used)
        return PARLEY_ENOMEM;
    int q = 0;
    for (uint32_t k = s->tok0; k < s->tok1;) {
        while (q < nm && ms[q].t1 <= k)
            q++;
        if (q < nm && ms[q].t0 <= k) {
            k = ms[q].t1; /* triggers are not inside actor mentions */
            continue;
        }
        const lex_hit *h;
        size_t l = lexicon_match(lx, td->toks, k, s->tok1, LK_BIT(LK_VERB), &h);
        for (; l && h; h = lexicon_next(lx, h))
            if (h->ntok == l && lexicon_hit_ok(lx, h, td->toks, k, LK_BIT(LK_VERB)))
                break;
        if (!l || !h) {
            k++;
            continue;
        }
        /* "recalled its ambassador from": the mention inside the trigger
         * is part of the verb, not a participant */
        for (int m = q; m < nm && ms[m].t0 < k + l; m++)
            if (ms[m].t0 >= k && ms[m].t1 <= k + l)
                c.used[m] = 1;
        size_t before = cv->n;
        int rc = trigger(&c, &lx->verbs[h->idx], k, (uint32_t)(k + l));
        if (rc || (rc = update_group(a, st, cv, before, si)))
            return rc;
        k += (uint32_t)l;
    }
    /* remember the latest list and the latest subject person */
    for (int k = nm - 1; k >= 0; k--)
        if (ms[k].nact >= 2 && ms[k].kind != MK_GROUP) {
            st->list = ms[k].acts;
            st->nlist = ms[k].nact;
            st->list_sent = si;
            break;
        }
    for (int k = 0; k < nm; k++)
        if (ms[k].prep == P_NONE && !ms[k].possessive && ms[k].nact == 1 &&
            ms[k].acts[0].entity >= 0) {
            st->last_subject = ms[k].acts[0].entity;
            break;
        }
    return 0;
}
