/* events.c — stage 6: event frames over the syntax stage's clauses. In
 * each clause the verb group's head is looked up among the verb patterns
 * of data/verbs.txt ("meet", "hold @talks", "declare * persona non
 * grata"), the longest that matches is tried first, and its frame names
 * the source (the subject; the "by" agent of a passive; the speaker of a
 * predicate) and the target (the object, a preposition's noun phrase, the
 * subject of a complement, the discourse's counterpart). Nouns of
 * data/nouns.txt make events of their own where the text tells them as
 * done ("At the meeting with X", "X's call with Y", "talks between X and
 * Y took place"). Lists give one event per pair; negated, planned,
 * conditional and questioned events are not coded. */
#include <stdlib.h>
#include <string.h>

#include "events/events.h"

typedef struct ctx {
    arena *a;
    const parley_lexicon *lx;
    const text_doc *td;
    const token *T;
    uint32_t si;
    mention *ms;
    int nm;
    const syn_sent *syn;
    const chunk *ch; /* syn->ch, read at every turn (CH) */
    coref_state *st;
    speech_state *sp;
    cand_vec *cv;
    uint8_t *used; /* chunks that a verb pattern consumed */
    const char *why; /* the rule at work, for the trace */
    int keep_negated; /* code negated events too */
    int negated;      /* the events being coded are negated */
    const actor *act_src;   /* the source of the clause being coded (whose
                               "the decision" is another's act) */
    int rivals;             /* the frame being coded is a conflict: two
                               people the text names are two sides */
    int coerce;             /* the frame being coded is a coercion: the
                               courts and the police act on the state's
                               own people (justice) */
    int assault;            /* the frame being coded is an attack: two of
                               a state's organs may fight each other
                               ("soldiers opened fire on policemen") */
    const actor *claimant;  /* the speaker of the complement being coded
                               ("X said that Y attacked …") */
    const actor *teller;    /* the speaker of any reported clause being
                               coded: a complement, a quotation, "according
                               to X" */
    int hearsay;            /* that complement hangs on a verb that vouches
                               for nothing ("claimed that") */
    struct sent_words *sw; /* the sentence's words, for match_verb */
    struct chunk_memo *chx; /* chunk_at's last answers */
    struct verb_found **vf; /* match_verb's answer per clause, or NULL */
    struct noun_memo *nx;   /* the noun classes of phrases asked about */
    int *nom;               /* the chunks that may make nominal events, in */
    int nnom;               /* order (scan_chunks) */
    int quotes;             /* the sentence's quotation marks */
    uint32_t preps;         /* the enum prep of each preposition chunk of
                               the sentence, as bits (scan_chunks): most
                               rules look for one the sentence lacks */
    int src_principal;     /* nominal_source fell back to the main actor */
    int src_own;           /* nominal_source: only the event's own source
                              (its words, owner or "by"), no fallback */
} ctx;

/* The words of a sentence, as a Bloom filter over their hashes (filled
 * by sentence_tokens): a verb pattern with a literal word that the
 * sentence lacks cannot match. lo: the first token of its chunks, where
 * the patterns begin. (1024 bits: a sentence's thirty-odd words set one
 * in thirty, and few patterns pass for a word the sentence lacks; 256
 * let one in eight.) */
#define SW_BITS 1024

static inline unsigned sw_bit(uint64_t hash)
{
    return (unsigned)(hash & (SW_BITS - 1));
}

typedef struct sent_words {
    uint64_t bits[SW_BITS / 64];
    uint32_t lo;
    /* the classes of the nouns its words may head, as bits
     * (pl_grammar_head_classes) */
    uint32_t classes;
} sent_words;

/* chunk_at's last answers: the pattern matcher asks for the chunk at a
 * few tokens again and again (each pattern of a verb for the token after
 * it and the one after its object), and a compare is cheaper than
 * pl_syntax_chunk_at's search. (An index of every token was dearer: its
 * making cost more than the searches it saved.) */
typedef struct chunk_memo {
    uint32_t t[4]; /* by the token's last two bits; UINT32_MAX: none */
    int k[4];
} chunk_memo;

/* What match_verb found at one clause's verb group: its answer depends
 * on the sentence alone, and a clause is asked about again by the
 * clauses above it (comp_forceful, warning_menaces, should_call …),
 * which come first. */
typedef struct verb_found {
    int n;
    struct vmatch *m; /* n matches, longest first */
} verb_found;

/* The noun classes of the noun phrases that the sentence's rules ask
 * about (pl_grammar_noun_classes), by the phrase's first and head
 * tokens: the patterns of one verb ask about the phrase after it once
 * for each of their classes ("hold @talks", "hold @elections", …), the
 * nominal events and the targets about the same phrases again. */
#define NOUN_MEMO 32   /* phrases, by their tokens' last bits */
#define NOUN_CLASSES 6 /* classes kept for one phrase */

typedef struct noun_memo {
    uint32_t np0[NOUN_MEMO], head[NOUN_MEMO]; /* head UINT32_MAX: empty */
    int n[NOUN_MEMO];                         /* -1: more classes than kept */
    int event[NOUN_MEMO];                     /* pl_grammar_noun_event's */
    uint32_t cls[NOUN_MEMO][NOUN_CLASSES];
} noun_memo;

/* A view of actors. */
typedef struct actors {
    const actor *v;
    int n;
} actors;

/* What a verb pattern matched. */
typedef struct vmatch {
    const lex_pattern *p;
    const lex_frame *fr;
    uint32_t end;      /* the token after the pattern */
    int cls_np;        /* the chunk of its @class noun phrase, or -1 */
    int any_np;        /* the chunk of its "*", or -1 */
    int iobj;          /* a noun phrase between the verb and @class */
    int subj_cls;      /* passive: the @class is the subject */
    int prep_end;      /* the pattern ends with a preposition */
} vmatch;

#define MAX_MATCH 16

/* ---- actors -------------------------------------------------------------------------- */

/* Whether a CAMEO agent code names an organ of the state. */
static int state_sector(const char *agent)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"};
    for (size_t i = 0; i < sizeof state / sizeof state[0]; i++)
        if (!strncmp(agent, state[i], 3))
            return 1;
    return 0;
}

/* Whether a CAMEO agent code names a state's armed organ: its army,
 * police or intelligence (two organs fight only when one bears arms:
 * "soldiers opened fire on policemen", not "the president battles
 * Congress"). */
static int armed_sector(const char *agent)
{
    return !strncmp(agent, "MIL", 3) || !strncmp(agent, "COP", 3) || !strncmp(agent, "SPY", 3);
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
    if (a->org && b->org && str_eq(a->org, b->org))
        return 1;
    if (!a->org && !b->org && a->country && b->country &&
        str_eq(a->country, b->country)) {
        /* the police and the protesters of one country are two parties;
         * a minister and his country are one */
        const char *x = a->agent, *y = b->agent;
        if (x && y && strcmp(x, y) && !(state_sector(x) && state_sector(y)))
            return 0;
        /* nor are the state and a named opponent or citizen of it
         * ("Belarus freed … opposition figure X") */
        if ((x && !y && a->name && !state_sector(x)) || (y && !x && b->name && !state_sector(y)))
            return 0;
        /* nor a state and its rebels, opposition or people that the text
         * names by their office alone ("Turkey blamed Kurdish
         * militants") */
        if ((x && !y && a->role && !a->name && pl_agent_opponent(x) && !b->name && !b->role) ||
            (y && !x && b->role && !b->name && pl_agent_opponent(y) && !a->name && !a->role))
            return 0;
        /* a lawyer the text names is not the court */
        if ((a->name && !x && !a->role) || (b->name && !y && !b->role))
            return 0;
        if (a->name || a->role || b->name || b->role)
            return 1;
        return (!x && !y) || (x && y && !strcmp(x, y));
    }
    return 0;
}

static int same_side(const actor *a, const actor *b)
{
    if (same_actor(a, b))
        return 1;
    if (!a->country || !b->country || a->org || b->org || !str_eq(a->country, b->country))
        return 0;
    const char *x = a->agent, *y = b->agent;
    /* a person the text names without an office (a lawyer, an activist)
     * is on no state's side */
    if ((a->name && !x && !a->role) || (b->name && !y && !b->role))
        return 0;
    /* a state's organs are one side: the government, its police, army,
     * courts; the opposition or the protesters are another */
    if (!x || !y)
        return (!x || state_sector(x)) && (!y || state_sector(y));
    return !strcmp(x, y) || (state_sector(x) && state_sector(y));
}

/* "Prosecutors charged the governor", "a military court convicted 23
 * soldiers": the courts and the police act on the state's own officials
 * and forces as on anyone; a is the one acted on, b the source. */
static int justice(const actor *a, const actor *b)
{
    /* (or a state body known by its own name, which holds no office:
     * "the Ethics and Anti-Corruption Commission arrested the governor") */
    if (b->agent && !b->name && !b->role && b->entity < 0 && (a->name || a->role) &&
        state_sector(b->agent))
        return 1;
    return b->agent && (!strncmp(b->agent, "JUD", 3) || !strncmp(b->agent, "COP", 3)) &&
           !(a->entity >= 0 && a->entity == b->entity) &&
           !(a->name && b->name && !strcmp(a->name, b->name)) &&
           (a->agent ? strcmp(a->agent, b->agent) != 0 : a->name || a->role);
}

static actor *new_actor(ctx *c)
{
    actor *a = pl_arena_zalloc(c->a, sizeof *a);
    if (a)
        a->entity = -1;
    return a;
}

static const actor *country_actor(ctx *c, const char *iso3, uint32_t t0,
                                  uint32_t t1)
{
    actor *a = new_actor(c);
    if (!a)
        return NULL;
    a->country = iso3;
    a->t0 = t0;
    a->t1 = t1;
    return a;
}

static const actor *principal_actor(ctx *c)
{
    if (c->st->principal < 0)
        return NULL;
    actor *p = new_actor(c);
    if (!p)
        return NULL;
    pl_coref_from_entity(c->st, c->st->principal, p);
    return p;
}

static const chunk *CH(const ctx *c, int k)
{
    return &c->ch[k];
}

/* pl_syntax_chunk_at(c->syn, t): the chunk holding token t, or -1. */
static int chunk_at(const ctx *c, uint32_t t)
{
    chunk_memo *m = c->chx;
    if (m->t[t & 3] != t) {
        m->t[t & 3] = t;
        m->k[t & 3] = pl_syntax_chunk_at(c->syn, t);
    }
    return m->k[t & 3];
}

/* Whether a preposition chunk of the sentence is of enum prep p. */
static inline int has_prep(const ctx *c, int p)
{
    return (c->preps >> (p & 31)) & 1;
}

/* The slot of c->nx that holds noun phrase [np0, head], filled if need
 * be. */
static int noun_slot(const ctx *c, size_t np0, size_t head)
{
    noun_memo *m = c->nx;
    int h = (int)((head * 5 + np0) & (NOUN_MEMO - 1));
    if (m->head[h] != head || m->np0[h] != np0) {
        m->np0[h] = (uint32_t)np0;
        m->head[h] = (uint32_t)head;
        m->n[h] = pl_grammar_noun_classes(c->lx, c->T, np0, head, m->cls[h], NOUN_CLASSES,
                                          &m->event[h]);
    }
    return h;
}

/* pl_grammar_noun_in(c->lx, c->T, np0, head, cls), through c->nx. */
static int noun_in(const ctx *c, size_t np0, size_t head, uint32_t cls)
{
    /* (a word that heads no noun of nouns.txt is of no class: most heads
     * of the sentence's phrases, told without the memo) */
    if (!(c->T[head].facts & WF_NOUN))
        return 0;
    int h = noun_slot(c, np0, head);
    const noun_memo *m = c->nx;
    if (m->n[h] < 0)
        return pl_grammar_noun_in(c->lx, c->T, np0, head, cls);
    for (int k = 0; k < m->n[h]; k++)
        if (m->cls[h][k] == cls)
            return 1;
    return 0;
}

/* pl_grammar_noun_event(c->lx, c->T, np0, head), through c->nx. */
static int noun_event(const ctx *c, size_t np0, size_t head)
{
    if (!(c->T[head].facts & WF_NOUN))
        return -1; /* (as in noun_in) */
    return c->nx->event[noun_slot(c, np0, head)];
}

/* The speaker of clause ci: its own, else the paragraph's. */
static int speaker_of(ctx *c, int ci, actors *out);

/* "we" or "us" at token t in clause ci: the speaker; in a statement's own
 * voice (no speaker, no quotation marks), the state that issues it, the
 * story's home ("We call on Russia to withdraw"). */
static int self_actors(ctx *c, int ci, uint32_t t, actors *out)
{
    if (speaker_of(c, ci, out))
        return out->n;
    if (ci < 0 || (c->syn->cl[ci].flags & CF_QUOTE) || (!c->st->home && !c->st->has_issuer) ||
        !(tok_eq(&c->T[t], "we") || tok_eq(&c->T[t], "us")))
        return 0;
    if (c->st->has_issuer) {
        actor *a = new_actor(c);
        if (!a)
            return 0;
        *a = c->st->issuer;
        a->t0 = t;
        a->t1 = t + 1;
        out->v = a;
        out->n = 1;
        return 1;
    }
    out->v = country_actor(c, c->st->home, t, t + 1);
    out->n = out->v ? 1 : 0;
    return out->n;
}

static int np_actors(ctx *c, int k, int ci, int owner_ok, const actor *exclude,
                     actors *out);

/* "accused the police of … and demanded that they free …": "they" is
 * the latest group of people named before it in the sentence (a list,
 * or an organ or group of a state, not a named person) that is no
 * preposition's object. */
/* The items of a list of single actors that ends with mention q ("Chile
 * and Peru", "Ghana, Togo and Benin": only commas and "and" between
 * them), when it has two or more; 0 otherwise. */
static int listed_with(ctx *c, int q, actors *out)
{
    int first = q;
    while (first > 0) {
        const mention *p = &c->ms[first - 1], *m = &c->ms[first];
        if (p->nact != 1 || p->possessive || p->modifier || p->kind == MK_PRONOUN ||
            p->kind == MK_GROUP || p->t1 >= m->t0)
            break;
        uint32_t t = p->t1;
        while (t < m->t0 && (tok_eq(&c->T[t], ",") || tok_eq(&c->T[t], "and")))
            t++;
        if (t != m->t0 || p->t1 == m->t0)
            break;
        first--;
    }
    if (first == q)
        return 0;
    actor *v = arena_alloc(c->a, (size_t)(q - first + 1) * sizeof *v);
    if (!v)
        return 0;
    for (int k = first; k <= q; k++)
        v[k - first] = c->ms[k].acts[0];
    out->v = v;
    out->n = q - first + 1;
    return out->n;
}

/* Whether token t of text ends a name that reads as a plural: "the
 * Houthis", and "Hamas" (its members) too; not "Taliban", nor a word
 * ending in "ss". */
static int plural_name(const char *text, const token *t)
{
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    return n >= 4 && (t->flags & TOK_CAP) && w[n - 1] == 's' && w[n - 2] != 's';
}

static int they_actors(ctx *c, int mi, const actor *exclude, actors *out)
{
    /* "police detained five of them": not the clause's own subject */
    int own = -1, km = chunk_at(c, c->ms[mi].t0);
    if (km >= 0 && CH(c, km)->clause >= 0) {
        int sj = c->syn->cl[CH(c, km)->clause].subj;
        if (sj >= 0 && sj != km)
            own = CH(c, sj)->mention;
    }
    for (int q = mi - 1; q >= 0; q--) {
        const mention *m = &c->ms[q];
        if (q == own)
            continue;
        if (!m->nact || m->kind == MK_GROUP || m->kind == MK_PRONOUN || m->possessive ||
            m->modifier || (exclude && same_side(&m->acts[0], exclude)))
            continue;
        /* (but "the Houthis said they had fired …": a body named in the
         * plural) */
        if (m->nact == 1 && (m->kind == MK_PERSON || !(m->acts[0].role || m->acts[0].agent)) &&
            !(m->kind == MK_ORG && m->t1 > m->t0 && plural_name(c->td->text, &c->T[m->t1 - 1]))) {
            /* "Chile and Peru said they were ready …" */
            if (!exclude && listed_with(c, q, out))
                return out->n;
            continue;
        }
        int k = chunk_at(c, m->t0);
        if (k > 0 && CH(c, k - 1)->kind == CK_PP && CH(c, k - 1)->np == k)
            continue;
        out->v = m->acts;
        out->n = m->nact;
        return out->n;
    }
    return 0;
}

/* Whether token t of text is a plural noun: "lawmakers", or an
 * acronym's plural ("MEPs", "NGOs"). */
static int plural_word(const char *text, const token *t)
{
    if (t->tag == ST_NOUN && (t->readings & PR_PLURAL))
        return 1;
    const char *w = text + t->start;
    size_t n = t->end - t->start;
    if (n < 3 || w[n - 1] != 's')
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (w[i] < 'A' || w[i] > 'Z')
            return 0;
    return 1;
}

/* The actors a group mention stands for in a role: as a subject "the
 * parties" are the interlocutors, as an object "both sides" the latest
 * list ("Israel and Palestine"). */
static int group_members(ctx *c, int mi, int as_object, const actor *exclude,
                         actors *out)
{
    coref_state *st = c->st;
    out->n = 0;
    /* "received the credentials of five new ambassadors": people counted
     * with no determiner are new ones, none of a group told before ("the
     * two sides", "both leaders" and "two sides" refer back) */
    const token *g0 = &c->T[c->ms[mi].t0];
    if (((g0->flags & TOK_NUM) || tok_in(g0, W_NUMBERS)) && !tok_eq(g0, "both") &&
        !tok_eq(g0, "two"))
        return 0;
    if (tok_in(g0, W_THEY) && they_actors(c, mi, as_object ? exclude : NULL, out))
        return out->n;
    /* "MEPs welcome … They also call on Belarus": with no meeting in
     * view, "they" as a subject are the people of a plural noun who acted
     * last, in this sentence or the one before */
    if (tok_in(&c->T[c->ms[mi].t0], W_THEY) && !as_object &&
        (st->ngroup < 2 || st->group_sent + 4 < c->si))
        for (size_t k = c->cv->n; k-- > 0;) {
            const cand *p = &c->cv->v[k];
            if (p->sent + 1 < c->si)
                break;
            const actor *s = &p->src;
            /* (or a body of people that British usage makes plural:
             * "The MDP condemned the arrests. They have now asked …") */
            if (s->name || s->t1 <= s->t0 ||
                !(plural_word(c->td->text, &c->T[s->t1 - 1]) || s->org ||
                  (s->agent && pl_agent_opponent(s->agent))) ||
                (exclude && same_side(s, exclude)))
                continue;
            out->v = &p->src;
            out->n = 1;
            return 1;
        }
    /* "Activists demonstrated … Police detained 15 of them": the people
     * who acted last, in this sentence or the one before, not a state's
     * officials */
    if (tok_in(&c->T[c->ms[mi].t0], W_THEY) && as_object)
        for (size_t k = c->cv->n; k-- > 0;) {
            const cand *p = &c->cv->v[k];
            if (p->sent + 1 < c->si)
                break;
            if (p->src.name || !p->src.country || p->src.org || !p->src.agent ||
                state_sector(p->src.agent) ||
                (exclude && same_side(&p->src, exclude)))
                continue;
            out->v = &p->src;
            out->n = 1;
            return 1;
        }
    if (as_object) {
        /* "urged both sides to exercise restraint after clashes between
         * Armenia and Azerbaijan": the pair the sentence names after
         * "between" */
        for (int q = mi + 1; q < c->nm; q++)
            if (c->ms[q].nact == 2 && c->ms[q].kind != MK_GROUP && c->ms[q].prep == P_BETWEEN) {
                out->v = c->ms[q].acts;
                out->n = c->ms[q].nact;
                return out->n;
            }
        /* "Qatar and Turkey called on both sides": not the subjects */
        for (int q = mi - 1; q >= 0; q--)
            if (c->ms[q].nact >= 2 && c->ms[q].kind != MK_GROUP &&
                !(exclude && same_actor(&c->ms[q].acts[0], exclude))) {
                out->v = c->ms[q].acts;
                out->n = c->ms[q].nact;
                return out->n;
            }
        if (st->nlist >= 2 && st->list_sent + 1 >= c->si) {
            out->v = st->list;
            out->n = st->nlist;
            return out->n;
        }
    }
    const mention *gm = &c->ms[mi];
    int both = tok_eq(&c->T[gm->t0], "both") ||
               (gm->t0 + 1 < gm->t1 && tok_eq(&c->T[gm->t0 + 1], "two"));
    /* "both countries" are two states, not an army and its rebels */
    int states = gm->t1 > gm->t0 && tok_in(&c->T[gm->t1 - 1], W_COUNTRY_GROUPS);
    /* "X visited the border with his counterpart Y, before the two
     * held talks": the two people named last before it in its sentence */
    if (both && !states && !as_object) {
        int a = -1, b = -1;
        for (int q = mi - 1; q >= 0 && a < 0; q--) {
            const mention *pm = &c->ms[q];
            if (pm->kind != MK_PERSON || pm->nact != 1 || !pm->acts[0].name)
                continue;
            if (b < 0)
                b = q;
            else if (!same_actor(&pm->acts[0], &c->ms[b].acts[0]))
                a = q;
        }
        if (a >= 0) {
            actor *v = arena_alloc(c->a, 2 * sizeof *v);
            if (!v)
                return 0;
            v[0] = c->ms[a].acts[0];
            v[1] = c->ms[b].acts[0];
            out->v = v;
            out->n = 2;
            return 2;
        }
    }
    if ((as_object || both) && (st->ngroup < 2 || st->group_sent + 4 < c->si)) {
        /* "called on both sides" after "X and Y exchanged fire", or
         * "both countries" after "X accused Y": the parties of the latest
         * symmetric event or conflict; so are "the two sides" that act
         * when no meeting is in view ("X accused Y … The two sides held
         * talks") */
        for (size_t k = c->cv->n; k-- > 0;) {
            const cand *p = &c->cv->v[k];
            /* (a war's two sides stay in view longer than a meeting's) */
            if (p->sent + (both ? 7 : 4) < c->si)
                break;
            if (p->sent + 4 < c->si && p->code->quad != 4)
                continue;
            if (states && (!p->src.country || !p->tgt.country ||
                           !strcmp(p->src.country, p->tgt.country)))
                continue;
            if ((!pl_events_symmetric(p) && (p->code->quad < 3 || !both)) ||
                (exclude && (same_side(&p->src, exclude) || same_side(&p->tgt, exclude))))
                continue;
            actor *v = arena_alloc(c->a, 2 * sizeof *v);
            if (!v)
                return 0;
            out->n = 0;
            if (!exclude || !same_side(&p->src, exclude))
                v[out->n++] = p->src;
            if (!exclude || !same_side(&p->tgt, exclude))
                v[out->n++] = p->tgt;
            out->v = v;
            return out->n;
        }
    }
    if (st->ngroup >= 2 && st->group_sent + 4 >= c->si) {
        if (as_object && exclude) {
            actor *g = arena_alloc(c->a, (size_t)st->ngroup * sizeof *g);
            int n = 0;
            if (!g)
                return 0;
            for (int k = 0; k < st->ngroup; k++)
                if (!same_actor(&st->group[k], exclude))
                    g[n++] = st->group[k];
            out->v = g;
            out->n = n;
            return n;
        }
        out->v = st->group;
        out->n = st->ngroup;
        /* "X hosted talks between A and B. The two parties signed …":
         * two of three are those the hub brought together */
        if (both && st->ngroup == 3 && !as_object) {
            out->v = st->group + 1;
            out->n = 2;
        }
        /* "At the invitation of President Lula, Prabowo paid a state
         * visit to Brazil. The two Presidents held talks": people named
         * by their office are the office holders of the states of the
         * group, named lately, not the states */
        if (!states && gm->t1 > gm->t0 && tok_in(&c->T[gm->t1 - 1], W_OFFICE_GROUPS)) {
            actor *g = arena_alloc(c->a, (size_t)st->ngroup * sizeof *g);
            if (!g)
                return 0;
            for (int k = 0; k < st->ngroup; k++) {
                g[k] = st->group[k];
                if (g[k].name || g[k].org || !g[k].country)
                    continue;
                int best = -1;
                for (int q = 0; q < st->nents; q++)
                    if (st->ents[q].name && st->ents[q].role && st->ents[q].country &&
                        !strcmp(st->ents[q].country, g[k].country) &&
                        st->ents[q].last_sent + 4 >= c->si &&
                        (best < 0 || st->ents[q].last_sent >= st->ents[best].last_sent))
                        best = q;
                if (best >= 0)
                    pl_coref_from_entity(st, best, &g[k]);
            }
            out->v = g;
        }
    }
    return out->n;
}

/* The nouns.txt classes the frames name by name, looked up once per
 * lexicon and thread (a lookup hashes the name; checking the one asked
 * for by its name catches another lexicon at the same address). */
enum { NC_STRIKES, NC_MEASURES, NC_AGREEMENT, NC_JOINTLY, NC_COUNTERPARTS, NC_PROTESTERS,
       NC_MISSILES, NC_N };
static int named_class(const parley_lexicon *lx, int which)
{
    static const char *const names[NC_N] = {"strikes", "measures", "agreement", "jointly",
                                            "counterparts", "protesters", "missiles"};
    static _Thread_local const parley_lexicon *for_lx;
    static _Thread_local int cls[NC_N];
    const char *name = for_lx == lx ? pl_grammar_class_name(lx, cls[which]) : NULL;
    if (for_lx != lx || (cls[which] >= 0 && (!name || strcmp(name, names[which])))) {
        for (int k = 0; k < NC_N; k++)
            cls[k] = pl_grammar_class_named(lx, names[k]);
        for_lx = lx;
    }
    return cls[which];
}

/* The actors of group mention mi; "both countries", "the two nations"
 * (words.txt "country-groups") are the members' states, not their
 * envoys. */
static int group_actors(ctx *c, int mi, int as_object, const actor *exclude,
                        actors *out)
{
    if (!group_members(c, mi, as_object, exclude, out))
        return 0;
    const mention *m = &c->ms[mi];
    if (m->t1 <= m->t0 || !tok_in(&c->T[m->t1 - 1], W_COUNTRY_GROUPS))
        return out->n;
    actor *v = arena_alloc(c->a, (size_t)out->n * sizeof *v);
    if (!v)
        return out->n;
    for (int q = 0; q < out->n; q++) {
        v[q] = out->v[q];
        if (v[q].country && !v[q].org) {
            v[q].name = v[q].role = v[q].agent = v[q].title = NULL;
            v[q].entity = -1;
        }
    }
    out->v = v;
    return out->n;
}

static int find_owner(ctx *c, int k, actors *out);
static int names_place(const ctx *c, int k);
static int np_at(const ctx *c, uint32_t t);
static void remember_owner(ctx *c, int k, const actor *owner);
static const cand *last_other_act_of(const ctx *c, const actor *src, int cls,
                                     const token *head);
static int match_verb(const ctx *c, int ci, vmatch *out, int max);
static const actor *last_other_act(const ctx *c, const actor *src, int quad, int np,
                                   size_t back);
static int assault_noun(const ctx *c, const chunk *ch, int strikes);
static int nominal_source(ctx *c, int ci, int k, const lex_frame *fr, actors *out);
static int one_np_actors(ctx *c, int k, int ci, int owner_ok, const actor *exclude,
                         actors *out);
static int more_with(ctx *c, int k, int prep, int ci, const actor *src, actors *out);
static int join_actors(ctx *c, const actor *a, int na, const actor *b, int nb, actors *out);
static int is_comma(const ctx *c, int k);

/* "X launched a drone strike that killed …": the subject of the light
 * verb that made the new act of noun phrase k ("launch @strikes") owns
 * it; "called the walkout illegal" names an act told before. */
static int launcher(ctx *c, int k, actors *out)
{
    /* only the antecedent of a relative clause ("… that killed") */
    if (k + 1 >= c->syn->nch || CH(c, k + 1)->kind != CK_REL)
        return 0;
    const token *d = &c->T[CH(c, k)->t0];
    if ((tok_in(d, W_DET) && !tok_eq(d, "a") && !tok_eq(d, "an")) || tok_in(d, W_POSSDET))
        return 0;
    for (int ci = 0; ci < c->syn->ncl; ci++) {
        const clause *cl = &c->syn->cl[ci];
        if (cl->vg < 0 || k <= cl->vg || k >= cl->c1 || cl->subj < 0 ||
            (CH(c, cl->vg)->flags & VG_PASSIVE))
            continue;
        vmatch m[MAX_MATCH];
        int n = match_verb(c, ci, m, MAX_MATCH);
        for (int i = 0; i < n; i++)
            if (m[i].cls_np == k && !m[i].subj_cls && CH(c, cl->subj)->mention >= 0)
                return np_actors(c, cl->subj, ci, 0, NULL, out);
        return 0;
    }
    return 0;
}

/* Whether noun class kind names an act of material conflict ("the
 * attack", "the raid"): not one that a request or a meeting can be. */
static int conflict_noun(const ctx *c, int kind)
{
    const lex_frame *f = kind >= 0 ? pl_grammar_class_frame(c->lx, kind) : NULL;
    return f && f->code && f->code->quad == 4;
}

/* The owner remembered (remember_owner) for a noun named at most back
 * sentences before sentence si: of the same head noun, or with head 0
 * of the same kind of event cls; of another side than not_side, if
 * given. */
static const actor *owned_before(const coref_state *st, uint32_t si, uint64_t head, int cls,
                                 uint32_t back, const actor *not_side)
{
    for (int i = 0; i < OWNED; i++) {
        const struct owned *o = &st->owned[i];
        if (!o->head || o->sent > si || o->sent + back < si ||
            (head ? o->head != head : o->cls != cls) ||
            (not_side && same_side(&o->owner, not_side)))
            continue;
        return &o->owner;
    }
    return NULL;
}

/* The owner of a plain noun phrase k: its possessor or modifier mention,
 * its country adjective, a "by" or "of" phrase after it, or the country
 * of an "in" phrase after it ("villages in south Lebanon"); else, for
 * "the execution", the owner of the same noun a few sentences before
 * ("Tehran's execution of X"). Owners found are remembered. */
static int owner_actors(ctx *c, int k, actors *out)
{
    const chunk *ch = CH(c, k);
    coref_state *st = c->st;
    uint64_t head = c->T[ch->head].hash;
    int cls = noun_event(c, ch->t0, ch->head);
    if (find_owner(c, k, out) || (cls >= 0 && launcher(c, k, out))) {
        remember_owner(c, k, &out->v[0]);
        return out->n;
    }
    /* only a definite phrase refers back: "the strike", "his release",
     * not "a strike" */
    if (!(tok_in(&c->T[ch->t0], W_DET) || tok_in(&c->T[ch->t0], W_POSSDET)) ||
        tok_eq(&c->T[ch->t0], "a") || tok_eq(&c->T[ch->t0], "an"))
        return 0;
    /* "welcomed the decision", "condemned the move", "this is a
     * political verdict": the latest act of another party than the
     * clause's subject */
    /* "welcomed the truce", "criticised the pact": the latest act of
     * that kind by another party, if any */
    /* "Hungary blocked a joint EU statement. Budapest said the statement
     * was biased": the owner of the same noun named just before */
    if ((out->v = owned_before(c->st, c->si, head, -1, 1, c->act_src))) {
        out->n = 1;
        return 1;
    }
    int kind = pl_grammar_noun_class(c->lx, c->T, ch->t0, ch->head);
    const cand *o = c->act_src && (kind >= 0 || tok_in(&c->T[ch->head], W_ACT_NOUNS))
                        ? last_other_act_of(c, c->act_src, kind, &c->T[ch->head])
                        : NULL;
    if (o) {
        /* a meeting is both its parties' */
        actor *v = arena_alloc(c->a, 2 * sizeof *v);
        if (!v)
            return 0;
        v[0] = o->src;
        out->n = 1;
        if (pl_events_symmetric(o) && !same_side(&o->tgt, c->act_src))
            v[out->n++] = o->tgt;
        out->v = v;
        return out->n;
    }
    const actor *act_owner;
    /* "condemned the strikes" some paragraphs after the attack: the
     * author of the last attack told, further back; never the author of
     * another kind of act */
    int attack = assault_noun(c, ch, named_class(c->lx, NC_STRIKES));
    if (attack && c->act_src && (act_owner = last_other_act(c, c->act_src, 4, k, 6))) {
        out->v = act_owner;
        out->n = 1;
        return 1;
    }
    /* "Gunmen stormed a hotel in the capital. The ministry condemned
     * the attack": the doer of a forceful act that made no event, told
     * in the sentence before */
    if (attack && c->act_src && st->doer_force && st->doer_sent && st->doer_sent + 1 >= c->si &&
        st->doer_sent <= c->si && !same_side(&st->doer, c->act_src)) {
        out->v = &st->doer;
        out->n = 1;
        return 1;
    }
    if (!attack && (tok_in(&c->T[ch->head], W_ACT_NOUNS) ||
         (ch->t1 == ch->t0 + 1 && (tok_eq(&c->T[ch->t0], "this") ||
                                   tok_eq(&c->T[ch->t0], "that")))) &&
        c->act_src &&
        ((act_owner = last_other_act(c, c->act_src, conflict_noun(c, kind) ? 4 : 0,
                                     conflict_noun(c, cls) ? k : -1, 3)) ||
         (act_owner = last_other_act(c, c->act_src, conflict_noun(c, kind) ? 4 : 0, -1, 3)))) {
        out->v = act_owner;
        out->n = 1;
        return 1;
    }
    /* "the walkout" after "the unions began a strike": the same noun, or
     * a noun of the same kind of event */
    if ((out->v = owned_before(st, c->si, head, -1, 3, NULL)) ||
        (cls >= 0 && (out->v = owned_before(st, c->si, 0, cls, 3, NULL)))) {
        out->n = 1;
        return 1;
    }
    return 0;
}

/* Remembers owner as the owner of noun phrase k, for "the execution",
 * "the walkout" later. */
static void remember_owner(ctx *c, int k, const actor *owner)
{
    const chunk *ch = CH(c, k);
    struct owned *o = &c->st->owned[c->st->owned_next];
    o->head = c->T[ch->head].hash;
    o->cls = noun_event(c, ch->t0, ch->head);
    o->owner = *owner;
    o->sent = c->si;
    c->st->owned_next = (c->st->owned_next + 1) % OWNED;
}

/* "its posts", "its territory": the state or organisation the sentence
 * is about, its first such subject ("Its establishment" with none is
 * a thing's). */
static int its_actor(ctx *c, actors *out)
{
    for (int q = 0; q < c->nm; q++) {
        const mention *m = &c->ms[q];
        if (m->prep == P_NONE && !m->modifier && m->nact == 1 && !m->acts[0].name &&
            (m->acts[0].country || m->acts[0].org)) {
            out->v = m->acts;
            out->n = 1;
            return 1;
        }
    }
    return 0;
}

static int place_actor(ctx *c, int k, actors *out);

/* "the Spaniards held in Israel", "the sailors detained by Iran": the
 * holder named after a participle of holding (words.txt "held") that
 * follows noun phrase k. */
static int held_by(ctx *c, int k, actors *out)
{
    out->n = 0;
    if (k + 3 >= c->syn->nch)
        return 0;
    const chunk *v = CH(c, k + 1), *pp = CH(c, k + 2);
    if (v->kind != CK_VG || !(v->flags & VG_PART) || v->t1 != v->t0 + 1 ||
        !tok_in(&c->T[v->head], W_HELD) || pp->kind != CK_PP || pp->np != k + 3 ||
        (pp->prep != P_IN && pp->prep != P_BY))
        return 0;
    if (CH(c, k + 3)->mention >= 0)
        return np_actors(c, k + 3, -1, 0, NULL, out);
    return place_actor(c, k + 3, out);
}

/* Whether noun phrase k names an act of coercion (CAMEO 17: an arrest,
 * a detention, a jailing), whose "of" phrase is the one coerced. */
static int coerced(const ctx *c, int k)
{
    const chunk *ch = CH(c, k);
    const lex_frame *fr =
        pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head));
    return fr && fr->code && !strncmp(fr->code->cameo, "17", 2);
}

static int find_owner(ctx *c, int k, actors *out)
{
    const chunk *ch = CH(c, k);
    out->n = 0;
    /* "the Baku office of the Russian agency Sputnik": a town that names
     * where the thing is gives way to the owner in its "of" phrase */
    if (ch->owner >= 0 && c->ms[ch->owner].kind == MK_COUNTRY && c->ms[ch->owner].modifier &&
        k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF &&
        CH(c, k + 1)->np == k + 2 && CH(c, k + 2)->mention >= 0 &&
        c->ms[CH(c, k + 2)->mention].nact && c->ms[CH(c, k + 2)->mention].kind != MK_GROUP) {
        uint32_t t = c->ms[ch->owner].t0 + tok_eq(&c->T[c->ms[ch->owner].t0], "the");
        size_t l;
        if (pl_events_place_at(c->lx, c->T, t, c->td->sents[c->si].tok1, &l) >= 0) {
            out->v = c->ms[CH(c, k + 2)->mention].acts;
            out->n = c->ms[CH(c, k + 2)->mention].nact;
            return out->n;
        }
    }
    if (ch->owner >= 0 && c->ms[ch->owner].nact) {
        out->v = c->ms[ch->owner].acts;
        out->n = c->ms[ch->owner].nact;
        return out->n;
    }
    if (ch->adj_country >= 0) {
        out->v = country_actor(c, c->lx->countries[ch->adj_country].iso3, ch->t0, ch->t1);
        out->n = out->v ? 1 : 0;
        return out->n;
    }
    /* "the Chinese ships' aggression": a possessor that names no actor
     * passes on its own owner */
    if (k > 0 && CH(c, k - 1)->kind == CK_NP && (CH(c, k - 1)->flags & NP_POSSESSOR) &&
        CH(c, k - 1)->t1 == ch->t0 && CH(c, k - 1)->mention < 0 && find_owner(c, k - 1, out))
        return out->n;
    /* "a Greek-flagged tanker", cut after the state's name: the state
     * before the hyphen that joins it */
    if (k >= 2 && CH(c, k - 1)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, k - 1)->t0], "-") &&
        !(c->T[CH(c, k - 1)->t0].flags & TOK_SPACE) && !(c->T[ch->t0].flags & TOK_SPACE) &&
        CH(c, k - 2)->kind == CK_NP && CH(c, k - 2)->t1 == CH(c, k - 1)->t0)
        return find_owner(c, k - 2, out);
    /* "its border with Guyana", "the waters off Taiwan" */
    if (tok_in(&c->T[ch->head], W_BORDER) && k + 2 < c->syn->nch &&
        CH(c, k + 1)->kind == CK_PP &&
        (CH(c, k + 1)->prep == P_WITH || CH(c, k + 1)->prep == P_NEAR ||
         CH(c, k + 1)->prep == P_AROUND || tok_eq(&c->T[CH(c, k + 1)->t0], "off")) &&
        CH(c, k + 1)->np == k + 2 && CH(c, k + 2)->mention >= 0 &&
        c->ms[CH(c, k + 2)->mention].nact) {
        out->v = c->ms[CH(c, k + 2)->mention].acts;
        out->n = c->ms[CH(c, k + 2)->mention].nact;
        return out->n;
    }
    /* "imposed sanctions on the ministers of Russia, following its
     * attack on Ukraine", "expelled X over its support for Y": in the
     * phrase of the grounds after an object that names a party, "its"
     * is that party's */
    if (tok_eq(&c->T[ch->t0], "its") && ch->t1 > ch->t0 + 1 && k >= 3 &&
        CH(c, k - 1)->kind == CK_PP && CH(c, k - 1)->np == k &&
        (CH(c, k - 1)->prep == P_OVER || CH(c, k - 1)->prep == P_FOR ||
         CH(c, k - 1)->prep == P_FOLLOWING || CH(c, k - 1)->prep == P_AFTER)) {
        int j = k - 2;
        if (j >= 0 && CH(c, j)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, j)->t0], ","))
            j--;
        const chunk *o = j >= 0 ? CH(c, j) : NULL;
        int cl = o ? o->clause : -1;
        if (o && o->kind == CK_NP && o->mention >= 0 && cl >= 0 && c->syn->cl[cl].vg >= 0 &&
            c->syn->cl[cl].vg < j && c->syn->cl[cl].subj != j &&
            c->ms[o->mention].nact == 1 && !c->ms[o->mention].acts[0].name &&
            (c->ms[o->mention].acts[0].country || c->ms[o->mention].acts[0].org)) {
            /* (the state whose office it names: "its" is the state's) */
            const actor *a = &c->ms[o->mention].acts[0];
            out->v = a->role && a->country && !a->org ? country_actor(c, a->country, a->t0, a->t1)
                                                      : c->ms[o->mention].acts;
            out->n = out->v != NULL;
            return out->n;
        }
    }
    if (tok_eq(&c->T[ch->t0], "its") && ch->t1 > ch->t0 + 1 && its_actor(c, out))
        return out->n;
    /* "a visit to Accra by X": a place has no owner after it */
    if (names_place(c, k))
        return 0;
    /* "any aggression from Afghan soil", "demands from opposition
     * parties": a noun of an act (of a class of nouns.txt) has the
     * "from" phrase as its owner too */
    static const int order[] = {P_BY, P_OF, P_IN, P_BETWEEN, P_FROM};
    size_t norder = sizeof order / sizeof order[0] - 1;
    int cls = pl_grammar_noun_class(c->lx, c->T, ch->t0, ch->head);
    if (cls >= 0)
        norder++;
    /* "the killing of three peacekeepers", "the bombardment of Gaza": an
     * attack whose "of" phrase is its counterpart (nouns.txt "killing")
     * has no owner there */
    const lex_frame *nf = cls >= 0 ? pl_grammar_class_frame(c->lx, cls) : NULL;
    int of_patient = nf && code_type_is(nf->code, "ASSAULT") &&
                     pl_grammar_frame_has_prep(nf, P_OF);
    for (size_t o = 0; o < norder; o++)
        for (int j = k + 1, crossed = 0; has_prep(c, order[o]) && j < c->syn->nch && j <= k + 5;
             j++) {
            const chunk *p = CH(c, j);
            /* "condemned the arrests and demanded the release of X": a
             * verb after "and" begins a clause of its own */
            if (p->kind == CK_CONJ && j + 1 < c->syn->nch && CH(c, j + 1)->kind == CK_VG)
                break;
            /* past nouns, particles and a participle: "the reforms
             * carried out in Uzbekistan"; and a list: "seven individuals
             * and seven entities in Iran" */
            if (p->kind == CK_NP || (p->kind == CK_PP && p->np < 0) ||
                (p->kind == CK_VG && (p->flags & VG_PART)) || p->kind == CK_CONJ ||
                p->kind == CK_ADV) /* "the order issued today by X" */
                continue;
            if (p->kind != CK_PP)
                break;
            if (p->prep == P_OF && of_patient)
                continue; /* "the killing of X in an Israeli strike" */
            if (p->prep != order[o]) {
                /* (not a day's: "the incursion on Wednesday of an
                 * Israeli force"; nor the people a state's coercion is
                 * done to: "the crackdown on journalists in Russia", which
                 * the state where it is does; an attack's author is not
                 * where it struck) */
                if (!(p->np >= 0 && (tok_in(&c->T[CH(c, p->np)->head], W_CALENDAR) ||
                                     tok_in(&c->T[CH(c, p->np)->head], W_TIME_NOUNS))) &&
                    !(nf && code_type_is(nf->code, "COERCE") &&
                      (p->prep == P_ON || p->prep == P_AGAINST)))
                    crossed = 1;
                continue;
            }
            /* "an airstrike on Wednesday at the request of the
             * government": an "of" or "in" phrase after another
             * preposition's phrase is that phrase's */
            if ((p->prep == P_OF || p->prep == P_IN) && crossed)
                break;
            const chunk *pn = CH(c, p->np);
            /* "a vessel operated by the Tren de Aragua criminal gang":
             * a name the lexicon lacks runs on into the group after it */
            if (pn->mention < 0 && order[o] == P_BY && p->np + 1 < c->syn->nch &&
                CH(c, p->np + 1)->kind == CK_NP && CH(c, p->np + 1)->t0 == pn->t1 &&
                CH(c, p->np + 1)->mention >= 0)
                pn = CH(c, p->np + 1);
            /* "the release of the 49 Spaniards held in Israel": those who
             * hold them (words.txt "held") */
            if (order[o] == P_OF && held_by(c, p->np, out))
                return out->n;
            /* "five of them", "dozens of them": a part of the group */
            if (pn->mention >= 0 && order[o] == P_OF && j == k + 1 &&
                c->ms[pn->mention].kind == MK_GROUP &&
                (c->T[ch->head].tag == ST_NUM || tok_in(&c->T[ch->head], W_QUANTIFIERS)) &&
                one_np_actors(c, p->np, -1, 0, NULL, out))
                return out->n;
            if (pn->mention >= 0) {
                const mention *m = &c->ms[pn->mention];
                if (m->nact && m->kind != MK_GROUP && order[o] == P_OF && m->acts[0].name &&
                    m->acts[0].country && coerced(c, k)) {
                    /* "the detention of Vice-President X": his state's
                     * act, not his */
                    out->v = country_actor(c, m->acts[0].country, ch->t0, ch->t1);
                    out->n = out->v ? 1 : 0;
                    return out->n;
                }
                if (m->nact == 1 && order[o] == P_OF && m->acts[0].name &&
                    tok_in(&c->T[ch->head], W_KIN)) {
                    /* "the wife of opposition leader X": one of his side,
                     * not he (words.txt "kin") */
                    actor *v = arena_alloc(c->a, sizeof *v);
                    if (!v)
                        return 0;
                    *v = m->acts[0];
                    v->name = v->name_text = v->role = v->title = NULL;
                    v->entity = -1;
                    v->t0 = ch->t0;
                    v->t1 = ch->t1;
                    out->v = v;
                    out->n = 1;
                    return 1;
                }
                if (m->nact && m->kind != MK_GROUP) {
                    out->v = m->acts;
                    out->n = m->nact;
                    return out->n;
                }
                /* "closer ties between the two countries": the parties
                 * the group names */
                if (m->kind == MK_GROUP && order[o] == P_BETWEEN &&
                    group_actors(c, pn->mention, 1, NULL, out))
                    return out->n;
            } else if ((order[o] == P_BY || order[o] == P_OF || order[o] == P_FROM ||
                        /* "the killing of X in an Israeli strike" */
                        (order[o] == P_IN &&
                         conflict_noun(c, noun_event(c, pn->t0, pn->head)))) &&
                       (pn->owner >= 0 || pn->adj_country >= 0)) {
                /* "the bombing by the Israeli occupation forces", "a
                 * network of Iranian ship operators" */
                return find_owner(c, p->np, out);
            } else if (order[o] == P_BY && tok_in(&c->T[pn->head], W_MEMBER_HEADS) &&
                       find_owner(c, p->np, out)) {
                /* "claims by some members of the US Congress": the body
                 * they act for */
                return out->n;
            }
        }
    return 0;
}

/* The actors of one noun phrase k; see np_actors. */
/* Whether t is "led" or ends in "-led", "-backed" (words.txt "led"). */
static int led_word(const parley_lexicon *lx, const token *t)
{
    if (tok_in(t, W_LED))
        return 1;
    const char *dash = strrchr(t->fold, '-');
    return dash && dash[1] && pl_grammar_word_in(lx, dash + 1, strlen(dash + 1), W_LED);
}

static int one_np_actors(ctx *c, int k, int ci, int owner_ok, const actor *exclude,
                         actors *out)
{
    out->n = 0;
    if (k < 0)
        return 0;
    if (CH(c, k)->kind == CK_PP)
        k = CH(c, k)->np;
    if (k < 0)
        return 0;
    const chunk *ch = CH(c, k);
    if (ch->mention < 0 && tok_in(&c->T[ch->head], W_CALENDAR))
        return 0; /* "on Wednesday" */
    /* "The two leaders, Emmanuel Macron and Olaf Scholz, met": a group
     * with the people it is in apposition, between commas */
    if (ch->mention >= 0 && c->ms[ch->mention].kind == MK_GROUP && k + 3 < c->syn->nch &&
        is_comma(c, k + 1)) {
        int j = k + 2, n = 0, ok = 1;
        actor v[8];
        while (ok && j < c->syn->nch && n < 8) {
            const chunk *q = CH(c, j);
            ok = q->kind == CK_NP && q->mention >= 0 && c->ms[q->mention].kind == MK_PERSON &&
                 c->ms[q->mention].nact == 1;
            if (!ok)
                break;
            v[n++] = c->ms[q->mention].acts[0];
            if (j + 1 < c->syn->nch && (CH(c, j + 1)->kind == CK_CONJ || is_comma(c, j + 1)) &&
                j + 2 < c->syn->nch && CH(c, j + 2)->kind == CK_NP)
                j += 2;
            else
                break;
        }
        if (ok && n >= 2 && j + 1 < c->syn->nch && is_comma(c, j + 1)) {
            actor *w = arena_alloc(c->a, (size_t)n * sizeof *w);
            if (!w)
                return 0;
            memcpy(w, v, (size_t)n * sizeof *w);
            out->v = w;
            out->n = n;
            return n;
        }
    }
    /* "the Russian-led Collective Security Treaty Organization": the
     * body named after "-led", not its leader */
    if (ch->mention < 0 && k + 1 < c->syn->nch && CH(c, k + 1)->kind == CK_NP &&
        CH(c, k + 1)->mention >= 0 && led_word(c->lx, &c->T[ch->t1 - 1]))
        return one_np_actors(c, k + 1, ci, owner_ok, exclude, out);
    /* "met a Ukrainian delegation headed by Andriy Yermak", "the US
     * delegation, led by X, …": a delegation is its head (words.txt
     * "head-verbs"), a named person */
    if (ch->mention >= 0 && c->ms[ch->mention].nact == 1 &&
        str_eq(c->ms[ch->mention].acts[0].role, "Delegation") && !c->ms[ch->mention].acts[0].name) {
        int v = k + 1 + (k + 1 < c->syn->nch && CH(c, k + 1)->kind == CK_PUNCT &&
                         tok_eq(&c->T[CH(c, k + 1)->t0], ","));
        if (v + 2 < c->syn->nch && CH(c, v)->kind == CK_VG && CH(c, v)->t1 == CH(c, v)->t0 + 1 &&
            tok_in(&c->T[CH(c, v)->head], W_HEAD_VERBS) && CH(c, v + 1)->kind == CK_PP &&
            CH(c, v + 1)->prep == P_BY && CH(c, v + 1)->np == v + 2 &&
            CH(c, v + 2)->mention >= 0 && c->ms[CH(c, v + 2)->mention].kind == MK_PERSON &&
            one_np_actors(c, v + 2, ci, 0, exclude, out) == 1 && out->v[0].name)
            return out->n;
        out->n = 0;
    }
    /* "gunmen suspected to be members of the ELN", "fighters believed to
     * be Houthis": who the text takes them to be */
    if (ch->mention < 0 && k + 3 < c->syn->nch && CH(c, k + 1)->kind == CK_VG &&
        (CH(c, k + 1)->flags & VG_PART) && CH(c, k + 1)->t1 == CH(c, k + 1)->t0 + 1 &&
        CH(c, k + 2)->kind == CK_VG && (CH(c, k + 2)->flags & VG_INF) &&
        tok_eq(&c->T[CH(c, k + 2)->head], "be") && CH(c, k + 3)->kind == CK_NP &&
        np_actors(c, k + 3, ci, 1, exclude, out))
        return out->n;
    /* "Somali security forces killed the attackers": the source of the
     * latest attack told, named (words.txt "attacker-nouns") */
    if (ch->mention < 0 && ch->t0 < ch->t1 && tok_eq(&c->T[ch->t0], "the") &&
        tok_in(&c->T[ch->head], W_ATTACKERS)) {
        for (size_t j = c->cv->n; j-- > 0;) {
            const cand *p = &c->cv->v[j];
            if (p->sent + 6 < c->si) /* "the perpetrators" look far back */
                break;
            /* (or unnamed gunmen, bandits: a side that is no state's;
             * an attack, not the police deployed after it) */
            if (p->code && p->code->quad == 4 && code_type_is(p->code, "ASSAULT") &&
                (p->src.org || p->src.name ||
                 (p->src.country && p->src.agent && !state_sector(p->src.agent))) &&
                !(exclude && same_side(&p->src, exclude))) {
                out->v = &p->src;
                out->n = 1;
                return 1;
            }
        }
        return 0;
    }
    if (ch->mention >= 0) {
        const mention *m = &c->ms[ch->mention];
        /* "we", "us"; not "US Secretary of State Marco Rubio" */
        if (m->kind == MK_PRONOUN && tok_in(&c->T[m->t0], W_SELF))
            return self_actors(c, ci, m->t0, out);
        /* "condemned X's restrictions, calling them a violation": the
         * object of a participle is the object of the clause it hangs on */
        if (m->kind == MK_GROUP && tok_in(&c->T[m->t0], W_THEY) && ci >= 0 &&
            c->syn->cl[ci].kind == CL_PART && c->syn->cl[ci].subj != k &&
            c->syn->cl[ci].parent >= 0) {
            int pi = c->syn->cl[ci].parent;
            const clause *pc = &c->syn->cl[pi];
            int obj = pc->vg >= 0 && pc->vg + 1 < pc->c1 && CH(c, pc->vg + 1)->kind == CK_NP
                          ? pc->vg + 1 : -1;
            /* ("announced that Finland will expel nine diplomats,
             * accusing them of spying": of the clause that it says) */
            for (int j = ci - 1; obj < 0 && j > pi; j--) {
                const clause *d = &c->syn->cl[j];
                if (d->parent == pi && d->kind == CL_COMP && d->vg >= 0 && d->vg + 1 < d->c1 &&
                    CH(c, d->vg + 1)->kind == CK_NP && CH(c, d->vg + 1)->mention >= 0) {
                    obj = d->vg + 1;
                    pi = j;
                }
            }
            if (obj >= 0 && obj != k && np_actors(c, obj, pi, owner_ok, exclude, out))
                return out->n;
            /* "held phone calls with X and with Y, urging them to …":
             * the parties the clause it hangs on was aimed at */
            actor *v = arena_alloc(c->a, 8 * sizeof *v);
            int n = 0;
            if (!v)
                return 0;
            for (size_t j = 0; j < c->cv->n && n < 8; j++) {
                const cand *p = &c->cv->v[j];
                int dup = 0;
                for (int q = 0; q < n; q++)
                    dup |= same_actor(&v[q], &p->tgt);
                if (p->sent == c->si && !dup && !(exclude && same_side(&p->tgt, exclude)))
                    v[n++] = p->tgt;
            }
            out->v = v;
            out->n = n;
            return n;
        }
        if (m->kind == MK_GROUP)
            return group_actors(c, ch->mention, exclude != NULL, exclude, out);
        out->v = m->acts;
        out->n = m->nact;
        return out->n;
    }
    if (ch->t1 == ch->t0 + 1 && tok_in(&c->T[ch->t0], W_IT)) {
        /* "condemned the action of X, calling it a violation": the object
         * of a participle is the object of the clause it hangs on */
        const clause *cl = ci >= 0 ? &c->syn->cl[ci] : NULL;
        /* "the incursion of an Israeli force into the village, where it
         * detained three men": the subject of a "where" or "when" clause
         * is the party named last before it */
        if (cl && cl->kind == CL_REL && cl->subj == k && cl->opener >= 0 &&
            (tok_eq(&c->T[cl->opener], "where") || tok_eq(&c->T[cl->opener], "when")))
            for (int j = cl->c0 - 1; j >= 0 && j >= cl->c0 - 12; j--) {
                if (CH(c, j)->kind != CK_NP || names_place(c, j) || j == k)
                    continue;
                actors a;
                if (one_np_actors(c, j, ci, 1, exclude, &a) && !a.v[0].name) {
                    *out = a;
                    return out->n;
                }
            }
        if (cl && cl->kind == CL_PART && cl->subj != k && cl->parent >= 0) {
            const clause *pc = &c->syn->cl[cl->parent];
            int obj = pc->vg >= 0 && pc->vg + 1 < pc->c1 && CH(c, pc->vg + 1)->kind == CK_NP
                          ? pc->vg + 1 : -1;
            if (obj >= 0 && obj != k)
                return np_actors(c, obj, cl->parent, owner_ok, exclude, out);
        }
        /* "it": the speaker when it is a state or an organisation, else
         * the latest such subject */
        actors sp;
        if (speaker_of(c, ci, &sp) && !sp.v[0].name) {
            *out = sp;
            return out->n;
        }
        if (c->st->last_it.country || c->st->last_it.org) {
            out->v = &c->st->last_it;
            out->n = 1;
        }
        return out->n;
    }
    if (ch->t1 == ch->t0 + 1 && tok_in(&c->T[ch->t0], W_SELF) &&
        !((c->T[ch->t0].flags & TOK_ALLCAPS) && c->T[ch->t0].fold_len > 1))
        return self_actors(c, ci, ch->t0, out);
    /* "at thousands of protesters", "dozens of them": the people counted */
    if ((tok_in(&c->T[ch->head], W_QUANTITY) || (c->T[ch->head].flags & TOK_NUM)) &&
        k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF &&
        CH(c, k + 1)->np == k + 2 &&
        (CH(c, k + 2)->mention >= 0 || tok_in(&c->T[CH(c, k + 2)->head], W_ATTACKERS)))
        return one_np_actors(c, k + 2, ci, owner_ok, exclude, out); /* "dozens of the attackers" */
    /* "killed 12 villagers and abducted 30 others": more of the people
     * the sentence's latest act was done to */
    /* and "fired rubber bullets at demonstrators, wounding dozens": a
     * bare count of people */
    int count = ch->t1 == ch->t0 + 1 &&
                (tok_in(&c->T[ch->head], W_QUANTIFIERS) || (c->T[ch->head].flags & TOK_NUM)) &&
                !(k + 1 < c->syn->nch && CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF);
    if ((tok_in(&c->T[ch->head], W_OTHERS) || count) && c->cv->n &&
        c->cv->v[c->cv->n - 1].sent == c->si &&
        (c->cv->v[c->cv->n - 1].tgt.country || c->cv->v[c->cv->n - 1].tgt.org)) {
        out->v = &c->cv->v[c->cv->n - 1].tgt;
        out->n = 1;
        return 1;
    }
    /* "sent troops to its border with Guyana", "to the Guyana border":
     * a border stands for the state across it */
    if (!owner_ok && tok_in(&c->T[ch->head], W_BORDER))
        return find_owner(c, k, out);
    return owner_ok ? owner_actors(c, k, out) : 0;
}

/* The actor noun phrase coordinated with noun phrase k ("X and Y", "X,
 * Y and Z", "X as well as Y"): the chunk of the next one, or -1. */
/* "Colombia's Gustavo Petro": the person a state's possessive names (the
 * chunk of the person), else k. */
static int owned_person(const ctx *c, int k)
{
    if (k < 0 || k + 2 >= c->syn->nch || CH(c, k)->kind != CK_NP || CH(c, k)->mention < 0 ||
        CH(c, k + 1)->kind != CK_OTHER || !(c->T[CH(c, k + 1)->t0].flags & TOK_POSS) ||
        CH(c, k + 2)->kind != CK_NP || CH(c, k + 2)->mention < 0)
        return k;
    const mention *m = &c->ms[CH(c, k + 2)->mention];
    return m->kind == MK_PERSON && m->nact == 1 && m->acts[0].name ? k + 2 : k;
}

/* coordinated past its first test */
__attribute__((noinline)) /* so that coordinated's first test needs no frame */
static int coordinated_on(const ctx *c, int k, int *closed)
{
    int j = k + 1, comma = 0, conj = 0;
    /* "Elina Valtonen of Finland, Espen Barth Eide of Norway and …": past
     * a person's "of" phrase that names a state */
    if (j + 1 < c->syn->nch && CH(c, k)->mention >= 0 &&
        c->ms[CH(c, k)->mention].kind == MK_PERSON && CH(c, j)->kind == CK_PP &&
        CH(c, j)->prep == P_OF && CH(c, j)->np == j + 1 && CH(c, j + 1)->mention >= 0 &&
        c->ms[CH(c, j + 1)->mention].kind == MK_COUNTRY)
        j += 2;
    /* "the Armenian delegation, led by X, and the Azerbaijani …": past
     * a participle aside with its "by" agent */
    if (j + 3 < c->syn->nch && CH(c, j)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, j)->t0], ",") &&
        CH(c, j + 1)->kind == CK_VG && CH(c, j + 1)->t1 == CH(c, j + 1)->t0 + 1 &&
        (CH(c, j + 1)->flags & (VG_PART | VG_PAST)) && !(CH(c, j + 1)->flags & VG_ING) &&
        CH(c, j + 2)->kind == CK_PP && CH(c, j + 2)->prep == P_BY && CH(c, j + 2)->np == j + 3 &&
        j + 4 < c->syn->nch && CH(c, j + 4)->kind == CK_PUNCT &&
        tok_eq(&c->T[CH(c, j + 4)->t0], ","))
        j += 4;
    if (j < c->syn->nch && CH(c, j)->kind == CK_PUNCT &&
        (tok_eq(&c->T[CH(c, j)->t0], ",") || tok_eq(&c->T[CH(c, j)->t0], ";"))) {
        comma = 1;
        j++;
    }
    if (j < c->syn->nch && CH(c, j)->kind == CK_CONJ) {
        conj = 1;
        j++;
    }
    /* "met X and, separately, Y": an adverb set off by commas */
    if (conj && j + 2 < c->syn->nch && CH(c, j)->kind == CK_PUNCT &&
        tok_eq(&c->T[CH(c, j)->t0], ",") && CH(c, j + 1)->kind == CK_ADV &&
        CH(c, j + 2)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, j + 2)->t0], ","))
        j += 3;
    /* "to X and to Y": the preposition repeated */
    if (conj && k > 0 && j + 1 < c->syn->nch && CH(c, k - 1)->kind == CK_PP &&
        CH(c, k - 1)->np == k && CH(c, j)->kind == CK_PP && CH(c, j)->np == j + 1 &&
        CH(c, j)->prep == CH(c, k - 1)->prep)
        j++;
    if ((!comma && !conj) || j >= c->syn->nch || CH(c, j)->kind != CK_NP ||
        CH(c, j)->mention < 0)
        return -1;
    /* "aid for Sudan, and Egypt sent 40 trucks": the subject of a
     * clause coordinated after a comma is no item of the list */
    /* (a relative clause's subject is its antecedent: "…, and Y, who
     * will reside in Luanda" keeps Y) */
    if (comma && conj)
        for (int q = 0; q < c->syn->ncl; q++)
            if (c->syn->cl[q].subj == j && c->syn->cl[q].c0 > k && c->syn->cl[q].vg > j &&
                c->syn->cl[q].kind != CL_REL)
                return -1;
    j = owned_person(c, j); /* "…, Chile's Gabriel Boric and …" */
    const mention *m = &c->ms[CH(c, j)->mention];
    if (!m->nact || m->kind == MK_GROUP || m->kind == MK_LATTER || m->kind == MK_FORMER)
        return -1;
    /* "…in central Haiti, the United Nations said": the attribution's
     * speaker is no item of the list */
    if (comma && !conj && j + 1 < c->syn->nch && CH(c, j + 1)->kind == CK_VG &&
        tok_in(&c->T[CH(c, j + 1)->head], W_PERSON_CUES))
        return -1;
    *closed = conj;
    return j;
}

/* The chunk of the item coordinated with noun phrase k ("X and Y", "X, Y"),
 * *closed when a conjunction led to it; -1 when there is none. */
static int coordinated(const ctx *c, int k, int *closed)
{
    /* nothing but a preposition, a comma or a conjunction can lead to
     * another item (most noun phrases have none after them) */
    if (k + 1 >= c->syn->nch || (CH(c, k + 1)->kind != CK_PP && CH(c, k + 1)->kind != CK_PUNCT &&
                                 CH(c, k + 1)->kind != CK_CONJ))
        return -1;
    return coordinated_on(c, k, closed);
}

/* The actors of chunk k (a noun phrase, or a preposition's) in clause ci,
 * with those coordinated with it ("met with X and Y"). owner_ok: a plain
 * noun phrase stands for its owner. exclude: the source, for objects
 * ("both sides" without the speaker). */
/* "activists of the youth wing of an opposition party": people who
 * belong to a body named in the "of" phrases after noun phrase k act for
 * it; out (one such people's actor) is changed to the body's. */
static void body_of_people(ctx *c, int k, actors *out)
{
    const actor *a = &out->v[0];
    if (out->n != 1 || a->name || !a->agent || !pl_grammar_code_in(c->lx, a->agent, W_PEOPLE_SECTORS))
        return;
    for (int j = k, hops = 0; hops < 2 && j + 2 < c->syn->nch && CH(c, j + 1)->kind == CK_PP &&
                              CH(c, j + 1)->prep == P_OF && CH(c, j + 1)->np == j + 2;
         j += 2, hops++) {
        const chunk *b = CH(c, j + 2);
        if (b->mention < 0)
            continue;
        const mention *bm = &c->ms[b->mention];
        if (bm->nact == 1 && !bm->acts[0].name && bm->acts[0].agent &&
            !pl_grammar_code_in(c->lx, bm->acts[0].agent, W_PEOPLE_SECTORS) &&
            (!bm->acts[0].country || !a->country || !strcmp(bm->acts[0].country, a->country)))
            out->v = bm->acts;
        return;
    }
}

static int np_actors(ctx *c, int k, int ci, int owner_ok, const actor *exclude,
                     actors *out)
{
    if (k >= 0 && CH(c, k)->kind == CK_PP)
        k = CH(c, k)->np;
    k = owned_person(c, k);
    /* "a suicide bomber from the al-Shabaab group", "workers of the
     * banned Lashkar-e-Taiba": people who act for the body named after
     * "from" (or after "of", an organisation) are that body (words.txt
     * "member-heads") */
    if (k >= 0 && k + 2 < c->syn->nch && CH(c, k)->kind == CK_NP &&
        tok_in(&c->T[CH(c, k)->head], W_MEMBER_HEADS) && CH(c, k + 1)->kind == CK_PP &&
        CH(c, k + 1)->np == k + 2 && CH(c, k + 2)->mention >= 0) {
        const mention *own = CH(c, k)->mention >= 0 ? &c->ms[CH(c, k)->mention] : NULL;
        const mention *body = &c->ms[CH(c, k + 2)->mention];
        int from = CH(c, k + 1)->prep == P_FROM && !own;
        /* (a body no dictionary names as one, but of a sector: "members
         * of the Nigeria Labour Congress") */
        int of = CH(c, k + 1)->prep == P_OF && body->nact == 1 &&
                 (body->acts[0].org || (body->acts[0].country && body->acts[0].agent)) &&
                 !body->acts[0].name &&
                 (!own || (own->nact == 1 && !own->acts[0].name && !own->acts[0].org));
        if ((from || of) && one_np_actors(c, k + 2, ci, owner_ok, exclude, out))
            return out->n;
    }
    if (!one_np_actors(c, k, ci, owner_ok, exclude, out)) {
        /* "called on Europe and the United States": a list whose first
         * item is no actor has the others */
        int closed = 0, j = k >= 0 && CH(c, k)->mention < 0 ? coordinated(c, k, &closed) : -1;
        return j >= 0 && closed ? np_actors(c, j, ci, owner_ok, exclude, out) : out->n;
    }
    /* past a count: "hundreds of activists of …" */
    int q = k;
    if (k + 2 < c->syn->nch && CH(c, k)->mention < 0 &&
        (tok_in(&c->T[CH(c, k)->head], W_QUANTITY) || (c->T[CH(c, k)->head].flags & TOK_NUM)) &&
        CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2)
        q = k + 2;
    body_of_people(c, q, out);
    if (CH(c, k)->mention < 0)
        return out->n;
    /* the list ends with its conjunction: "X, Y and Z" */
    int last = k, closed = 0, open = k;
    for (int j = k, guard = 0; guard < 32 && (j = coordinated(c, j, &closed)) >= 0; guard++) {
        if (closed) {
            last = j;
            if (!(j + 1 < c->syn->nch && CH(c, j + 1)->kind == CK_PUNCT))
                break;
        } else {
            open = j;
        }
    }
    /* "on X, Y, Z and CPN (Maoist Centre) chair W": a list whose last
     * item makes no actor of its phrase still has those before it */
    if (last == k && open > k && open + 1 < c->syn->nch && CH(c, open + 1)->kind == CK_CONJ &&
        tok_eq(&c->T[CH(c, open + 1)->t0], "and"))
        last = open;
    if (last == k)
        return out->n;
    int total = out->n;
    for (int j = k; j <= last; j++)
        if (CH(c, j)->kind == CK_NP && CH(c, j)->mention >= 0)
            total += c->ms[CH(c, j)->mention].nact;
    actor *v = arena_alloc(c->a, (size_t)total * sizeof *v);
    if (!v)
        return out->n;
    int n = 0;
    memcpy(v, out->v, (size_t)out->n * sizeof *v);
    n = out->n;
    for (int j = k + 1; j <= last; j++)
        if (CH(c, j)->kind == CK_NP && CH(c, j)->mention >= 0 && owned_person(c, j) == j &&
            !(CH(c, j - 1)->kind == CK_PP && CH(c, j - 1)->prep == P_OF &&
              CH(c, j - 1)->np == j)) {
            actors one;
            if (one_np_actors(c, j, ci, 0, exclude, &one)) {
                memcpy(v + n, one.v, (size_t)one.n * sizeof *v);
                n += one.n;
            }
        }
    out->v = v;
    out->n = n;
    return n;
}

static int speaker_of(ctx *c, int ci, actors *out)
{
    out->n = 0;
    for (int i = ci; i >= 0; i = c->syn->cl[i].parent) {
        int s = c->syn->cl[i].speaker;
        if (s >= 0 && one_np_actors(c, s, -1, 1, NULL, out))
            return out->n;
        if (c->syn->cl[i].parent == i)
            break;
    }
    if (c->sp->has_para) {
        out->v = &c->sp->para;
        out->n = 1;
    }
    return out->n;
}

/* ---- emitting events ------------------------------------------------------------------ */

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
    e->place_stated = 0;
    return e;
}

/* Adds the candidate event of frame fr with code (its own or another)
 * between src and tgt, triggered by tokens [t0, t1). */
static int add_cand(ctx *c, const lex_frame *fr, const lex_code *code, const actor *src,
                    const actor *tgt, uint32_t t0, uint32_t t1)
{
    cand *e = push(c);
    if (!e)
        return PARLEY_ENOMEM;
    e->frame = fr;
    e->code = code;
    e->src = *src;
    e->tgt = *tgt;
    e->sent = c->si;
    e->trig0 = t0;
    e->trig1 = t1;
    e->why = c->why;
    e->negated = c->negated;
    return 0;
}

/* The state of the place that chunk k names as a phrase of place ("in
 * X", "at X"; with into, "into X" too), or NULL. */
static const char *placed_in(ctx *c, int k, int into)
{
    const chunk *pp = CH(c, k);
    actors at;
    if (k + 1 < c->syn->nch && pp->kind == CK_PP && pp->np == k + 1 &&
        (pp->prep == P_IN || pp->prep == P_AT || (into && pp->prep == P_INTO)) &&
        place_actor(c, k + 1, &at) && at.v[0].country && !at.v[0].org)
        return at.v[0].country;
    return NULL;
}

/* Whether the sentence places what it tells ("in X", "at X", "into X")
 * somewhere other than state cc: a place of another state, or one the
 * gazetteer lacks, which is in the story's ("the village of Beit Jinn"). */
static int held_elsewhere(ctx *c, const char *cc)
{
    for (int k = 0; k < c->syn->nch; k++) {
        const char *at = placed_in(c, k, 1);
        if (at && !str_eq(at, cc))
            return 1;
    }
    return 0;
}

static int rival(const ctx *c, const actor *a, const actor *b);
static const lex_frame *lone_verb_frame(const ctx *c, uint64_t h,
                                        int (*ok)(const lex_frame *fr));

/* "deport" itself. */
static int deports(const lex_frame *fr)
{
    return fr->code && !strcmp(fr->code->cameo, "174");
}

/* A protest's frame (PLOVER PROTEST: "demonstrate"). */
static int protests(const lex_frame *fr)
{
    return fr->code && code_type_is(fr->code, "PROTEST");
}

/* Whether cl, telling of an act of src, tells it as an accuser: src is a
 * state or one of its organs, and cl stands against it (the state's
 * rebels or opposition, a non-governmental body: CAMEO "NGO…") or is a
 * person the text names with no office ("Amina Yusuf told AFP"). A state's
 * own officials, its press and its doctors report. */
static int accuser(const ctx *c, const actor *cl, const actor *src)
{
    if (src->org || !src->country || (src->agent && !state_sector(src->agent)) ||
        same_side(cl, src))
        return 0;
    if (cl->org) {
        int o = pl_lexicon_org(c->lx, cl->org);
        const char *code = o >= 0 ? c->lx->orgs[o].cameo : NULL;
        return code && !strncmp(code, "NGO", 3);
    }
    if (cl->agent)
        return pl_agent_opponent(cl->agent);
    return cl->name && !cl->role;
}

static int emit(ctx *c, const lex_frame *fr, const actor *src, const actor *tgt,
                uint32_t t0, uint32_t t1)
{
    /* "resigned" (flag "self") is towards the source's own state; two
     * people the text names are two sides in a conflict, whatever their
     * offices ("the interior minister accused the chief minister of …") */
    /* "Belarus jailed a journalist", filed from Vilnius: whom a state,
     * its police or its courts hold, with no state of theirs stated, are
     * its own people, not the story's home country's (an army also holds
     * people where it fights: "an Israeli force entered the village and
     * detained three men", filed from Damascus) */
    actor own;
    int held = 0;
    /* (and "Tanzanian police arrested opposition leader X" in a story
     * with no home: his state is not stated, theirs is; not those
     * deported, who are foreigners) */
    if (code_type_is(fr->code, "COERCE") && src->country && !src->org &&
        ((tgt->home_assumed && tgt->country && strcmp(tgt->country, src->country)) ||
         (!tgt->country && !tgt->org && (tgt->role || tgt->agent) &&
          strncmp(fr->code->cameo, "174", 3))) &&
        (!src->agent || !strncmp(src->agent, "GOV", 3) || !strncmp(src->agent, "COP", 3) ||
         !strncmp(src->agent, "JUD", 3)) &&
        !held_elsewhere(c, src->country)) {
        own = *tgt;
        own.country = src->country;
        own.home_assumed = 0;
        tgt = &own;
        held = 1; /* (and no part of the state for being its own) */
    }
    int rivals = held || (src->name && tgt->name && fr->code->quad >= 3 && !same_actor(src, tgt)) ||
                 (code_type_is(fr->code, "COERCE") && justice(tgt, src)) ||
                 (code_type_is(fr->code, "ASSAULT") && rival(c, src, tgt));
    if (!fr->code->type || !actor_ok(src) || !actor_ok(tgt) ||
        ((fr->flags & FR_SELF) ? tgt->name || tgt->role || tgt->org
                               : same_side(src, tgt) && !rivals))
        return 0;
    /* "entities that hosted Ukrainian children at summer camps": civilians
     * without a name are given a home, not received for talks */
    if ((fr->flags & FR_HOST) && !tgt->name && tgt->agent && !strcmp(tgt->agent, "CVL"))
        return 0;
    /* "urged citizens to remain vigilant", "called on Kenyans to stay
     * calm": an appeal to one's own people at large (a bare plural, no
     * determiner or count: not "the two clans") has no counterpart, as
     * calls on supporters to march have none */
    if (code_type_is(fr->code, "REQUEST") && fr->code->cameo[0] == '0' &&
        !tgt->org && !tgt->name &&
        tgt->agent && !strcmp(tgt->agent, "CVL") && src->country && tgt->country &&
        !src->org && !strcmp(src->country, tgt->country) && tgt->t1 > tgt->t0 &&
        !tok_in(&c->T[tgt->t0], W_DETERMINERS) && !tok_in(&c->T[tgt->t0], W_QUANTIFIERS) &&
        !tok_in(&c->T[tgt->t0], W_POSSDET) && !(c->T[tgt->t0].flags & TOK_NUM))
        return 0;
    /* "met reporters", "talked to journalists", "also met with
     * investors": the press or business people met, named by no name,
     * are no party to a meeting */
    if (code_type_is(fr->code, "CONSULT") &&
        ((!tgt->org && tgt->agent && !strcmp(tgt->agent, "MED")) ||
         (!src->org && src->agent && !strcmp(src->agent, "MED")) ||
         (!tgt->org && !tgt->name && tgt->agent && !strcmp(tgt->agent, "BUS"))))
        return 0;
    const lex_code *code = fr->code;
    /* "Chinese coast guard vessels fired water cannon at Philippine
     * ships": the means of repression (CAMEO 175) used on another state
     * or its organs is an assault on it; on a crowd it stays repression,
     * whoever's the crowd is */
    if (code->cameo[0] == '1' && !strcmp(code->cameo, "175") && src->country && tgt->country &&
        !src->org && !tgt->org && strcmp(src->country, tgt->country) &&
        (!tgt->agent || state_sector(tgt->agent))) {
        const lex_code *as = pl_lexicon_code(c->lx, "180");
        if (as && as->type)
            code = as;
    }
    /* "the Coast Guard said a Chinese vessel rammed a Philippine ship":
     * force against the speaker's side, known from the speaker, is the
     * speaker's accusation; an armed group's attack (words.txt
     * "own-sides") told by the officials of those it hit is a report */
    const actor *cl = c->claimant;
    /* "the US claimed that ISIL had attacked Iraq": a hostile act told
     * only as another's claim is the claimant's accusation of the one
     * said to act; no act is told, so none is coded otherwise */
    if (c->hearsay) {
        const lex_code *acc = pl_lexicon_code(c->lx, "112");
        if (!cl || same_side(cl, src) || !acc || !acc->type)
            return 0;
        c->why = "a claim of another's act: the claimant's accusation";
        return add_cand(c, fr, acc, cl, src, t0, t1);
    }
    /* (but a show of force the watched side reports, "the ministry said
     * China had sent 20 warplanes toward Taiwan", is a report) */
    /* (the claimant's side takes in its people when another state is
     * accused: "Zelenskiy claimed that Moscow had attacked civilian
     * infrastructure") */
    if (cl && code->quad == 4 &&
        (same_side(cl, tgt) || (!tgt->org && !tgt->name && cl->country && tgt->country &&
                                !cl->org && !strcmp(cl->country, tgt->country) &&
                                src->country && strcmp(src->country, cl->country))) &&
        !same_side(cl, src) &&
        !pl_grammar_code_in(c->lx, src->agent, W_OWN_SIDES) &&
        !code_type_is(code, "MOBILIZE")) {
        const lex_code *acc = pl_lexicon_code(c->lx, "112");
        if (acc && acc->type) {
            code = acc;
            tgt = src;
            src = cl;
        }
    }
    int rc = add_cand(c, fr, code, src, tgt, t0, t1);
    /* "the opposition said police had detained 200 of its supporters":
     * force of a state's organs against people, told by those who stand
     * against the state (rebels, the opposition, a rights group) or by a
     * person the text names with no office, is the teller's accusation of
     * the state as well; the act, told as fact, stays */
    const actor *tl = c->teller;
    if (!rc && tl && code == fr->code && code->quad == 4 && accuser(c, tl, src) &&
        !same_side(src, tgt) && !code_type_is(code, "MOBILIZE")) {
        const lex_code *acc = pl_lexicon_code(c->lx, "112");
        if (acc && acc->type) {
            const char *why = c->why;
            c->why = "force told by those who stand against the state: their accusation";
            rc = add_cand(c, fr, acc, tl, src, t0, t1);
            c->why = why;
        }
    }
    /* "police broke up an anti-government march": the march was held,
     * its people's protest against their own government (verbs.txt
     * "rally") */
    if (!rc && (fr->flags & FR_RALLY) && code_type_is(code, "COERCE") &&
        tgt->country && !tgt->org && !state_sector(tgt->agent ? tgt->agent : "GOV")) {
        const lex_frame *pf = lone_verb_frame(c, text_hash("demonstrate", 11), protests);
        actor *gov = new_actor(c);
        if (!gov)
            return PARLEY_ENOMEM;
        gov->country = tgt->country;
        gov->agent = "GOV";
        if (pf && pf->code)
            rc = add_cand(c, pf, pf->code, tgt, gov, t0, t1);
    }
    return rc;
}

/* Events between every source and every target; returns how many. */
static int pairs(ctx *c, const lex_frame *fr, actors s, actors t, uint32_t t0,
                 uint32_t t1, int *made)
{
    for (int i = 0; i < s.n; i++)
        for (int j = 0; j < t.n; j++) {
            size_t before = c->cv->n;
            int rc = emit(c, fr, &s.v[i], &t.v[j], t0, t1);
            if (rc)
                return rc;
            *made += c->cv->n > before;
        }
    return 0;
}

/* Events from each member of a group to each other member. */
static int each_to_each(ctx *c, const lex_frame *fr, actors g, uint32_t t0, uint32_t t1,
                        int *made)
{
    for (int i = 0; i < g.n; i++)
        for (int j = 0; j < g.n; j++) {
            actors a = {&g.v[i], 1}, b = {&g.v[j], 1};
            int rc = i == j ? 0 : pairs(c, fr, a, b, t0, t1, made);
            if (rc)
                return rc;
        }
    return 0;
}

/* Events among the members of a group: the first with each other. */
static int among(ctx *c, const lex_frame *fr, actors g, uint32_t t0, uint32_t t1,
                 int *made)
{
    if (g.n < 2)
        return 0;
    /* "a prisoner swap between Russia and Ukraine": each to each */
    if (fr->flags & FR_MUTUAL)
        return each_to_each(c, fr, g, t0, t1, made);
    actors first = {g.v, 1}, rest = {g.v + 1, g.n - 1};
    return pairs(c, fr, first, rest, t0, t1, made);
}

/* ---- matching verb patterns ------------------------------------------------------------- */

static uint32_t skip_more(const ctx *c, uint32_t t, uint32_t end, int places);

/* The first token at or after t that is not an adverb; with places, not
 * a phrase of place either ("hosted in Doha today a new round of …").
 * (Asked for every element of every pattern tried, nearly always at a
 * token that starts none of the things it passes: that token is
 * answered here, before the call to skip_more's loop.) */
static inline uint32_t skip_adverbs(const ctx *c, uint32_t t, uint32_t end, int places)
{
    if (t >= end)
        return t;
    const token *x = &c->T[t];
    if (x->tag != ST_ADV && x->tag != ST_NEG && x->prep != P_ON &&
        !(places && (x->prep == P_IN || x->prep == P_AT)) && !tok_eq(x, "\""))
        return t;
    return skip_more(c, t, end, places);
}

static uint32_t skip_more(const ctx *c, uint32_t t, uint32_t end, int places)
{
    int k;
    /* and quotation marks: "was \"a direct threat\" to"; and a day:
     * "refused on Friday to receive" */
    for (;;) {
        if (t < end && (c->T[t].tag == ST_ADV || c->T[t].tag == ST_NEG ||
                        tok_eq(&c->T[t], "\"")))
            t++;
        else if (t + 3 < end && c->T[t].prep == P_ON && tok_in(&c->T[t + 1], W_CALENDAR) &&
                 tok_in(&c->T[t + 2], W_TIME_NOUNS) && !tok_in(&c->T[t + 3], W_CALENDAR) &&
                 !(c->T[t + 3].flags & TOK_NUM))
            t += 3; /* "on Friday evening" */
        else if (t + 2 < end && c->T[t].prep == P_ON && tok_in(&c->T[t + 1], W_CALENDAR) &&
                 !tok_in(&c->T[t + 2], W_CALENDAR) && !(c->T[t + 2].flags & TOK_NUM))
            t += 2;
        else if (places && t + 2 < end && (c->T[t].prep == P_IN || c->T[t].prep == P_AT) &&
                 (k = np_at(c, t + 1)) >= 0 && CH(c, k)->t1 < end && names_place(c, k))
            t = CH(c, k)->t1; /* "hosted in Doha today a new round of …" */
        else
            return t;
    }
}

/* Whether noun phrase k names an actor or people: a mention, or a noun
 * for people (words.txt "person-nouns", "wanted"): "a senior Islamic
 * State suspect", not "its last base". */
static int names_people(const ctx *c, int k)
{
    const chunk *ch = CH(c, k);
    return ch->mention >= 0 || tok_in(&c->T[ch->head], W_PERSON_NOUNS) ||
           tok_in(&c->T[ch->head], W_WANTED);
}

/* The noun phrase chunk that starts at token t, or -1. */
static int np_at(const ctx *c, uint32_t t)
{
    int k = chunk_at(c, t);
    if (k < 0 || CH(c, k)->kind != CK_NP)
        return -1;
    /* "some 3,000 troops": after the adverbs skipped before it */
    for (uint32_t q = CH(c, k)->t0; q < t; q++)
        if (c->T[q].tag != ST_ADV)
            return -1;
    return k;
}

/* Whether noun phrase k belongs to noun class cls; "800 tonnes of food"
 * counts as food. *inner is set to the phrase that does. */
static int np_in_class(const ctx *c, int k, uint32_t cls, int *inner)
{
    const chunk *ch = CH(c, k);
    if (noun_in(c, ch->t0, ch->head, cls)) {
        *inner = k;
        return 1;
    }
    /* "fired live bullets and teargas": a phrase of nouns joined by
     * "and" or commas, one of which is of the class */
    for (uint32_t q = ch->t0 + 1, a = ch->t0; q < ch->head; q++)
        if (tok_eq(&c->T[q], "and") || tok_eq(&c->T[q], ",")) {
            if (q > a && noun_in(c, a, q - 1, cls)) {
                *inner = k;
                return 1;
            }
            a = q + 1;
        }
    /* "dispatched two aircraft carrying medical supplies": a carrier
     * of the class's goods */
    if (k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_VG && (CH(c, k + 1)->flags & VG_ING) &&
        tok_in(&c->T[CH(c, k + 1)->head], W_CARRY) && CH(c, k + 2)->kind == CK_NP &&
        np_in_class(c, k + 2, cls, inner))
        return 1;
    if (k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF &&
        CH(c, k + 1)->np == k + 2) {
        const chunk *o = CH(c, k + 2);
        if (tok_in(&c->T[ch->head], W_QUANTITY) &&
            noun_in(c, o->t0, o->head, cls)) {
            *inner = k + 2;
            return 1;
        }
        /* "tens of thousands of reservists": counts of counts */
        if (tok_in(&c->T[ch->head], W_QUANTITY) && tok_in(&c->T[o->head], W_QUANTITY) &&
            np_in_class(c, k + 2, cls, inner))
            return 1;
        /* "a new exchange of prisoners": a class noun written with its
         * "of" phrase */
        if (o->head == o->t0 &&
            noun_in(c, ch->head, o->head, cls)) {
            *inner = k;
            return 1;
        }
    }
    return 0;
}

/* Matches pattern p's elements from element e on at token t (the clause
 * ends at token end). Fills m; returns 1 on a match. */
static int match_rest(const ctx *c, const lex_pattern *p, int e, uint32_t t,
                      uint32_t end, vmatch *m)
{
    for (; e < p->n; e++) {
        /* (not the pattern's own word: "pushed back the crowd") */
        if (!(p->kind[e] == PE_WORD && t < end && c->T[t].hash == p->word[e]))
            t = skip_adverbs(c, t, end, p->kind[e] != PE_WORD);
        else if (c->T[t].prep == P_ON) {
            /* "arrived on Monday on a visit to": past a day that begins
             * with the pattern's own word, when the word comes again */
            uint32_t u = skip_adverbs(c, t, end, 0);
            if (u > t && u < end && c->T[u].hash == p->word[e])
                t = u;
        }
        if (t >= end)
            return 0;
        switch (p->kind[e]) {
        case PE_WORD:
            /* "was surrendered by Serbia to Germany": a passive's agent
             * before the pattern's preposition (its object, the
             * subject, is behind the verb) */
            if (c->T[t].hash != p->word[e] && m->any_np >= 0 && CH(c, m->any_np)->t1 < t &&
                c->T[t].prep == P_BY && np_at(c, t + 1) >= 0 &&
                CH(c, np_at(c, t + 1))->t1 < end &&
                c->T[CH(c, np_at(c, t + 1))->t1].hash == p->word[e])
                t = CH(c, np_at(c, t + 1))->t1;
            if (c->T[t].hash != p->word[e])
                return 0;
            t++;
            break;
        case PE_CLASS: {
            int k = np_at(c, t), in;
            /* "disbursed $1 billion": past a currency sign */
            if (k < 0 && t + 1 < end && tok_currency(&c->T[t]))
                k = np_at(c, t + 1);
            /* "carried out a \"massive strike\"": quotation marks */
            if (k < 0 && t + 1 < end && chunk_at(c, t) >= 0 &&
                CH(c, chunk_at(c, t))->kind == CK_QUOTE)
                k = np_at(c, t + 1);
            else if (k >= 0 && CH(c, k)->t1 == t + 1 && tok_in(&c->T[t], W_DET) &&
                     t + 2 < end && chunk_at(c, t + 1) >= 0 &&
                     CH(c, chunk_at(c, t + 1))->kind == CK_QUOTE && np_at(c, t + 2) >= 0)
                k = np_at(c, t + 2);
            if (k < 0)
                return 0;
            /* "vowed a \"vigorous\" military response": past a quoted
             * word inside the phrase */
            for (int g = 0; g < 4 && k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_QUOTE &&
                            CH(c, k + 2)->kind == CK_NP && !np_in_class(c, k, p->cls[e], &in);
                 g++)
                k += 2;
            if (!np_in_class(c, k, p->cls[e], &in)) {
                /* "handed Ukraine a system": an object before it */
                int k2 = np_at(c, CH(c, k)->t1);
                if (k2 < 0 || !np_in_class(c, k2, p->cls[e], &in))
                    return 0;
                m->iobj = k;
            }
            m->cls_np = in;
            t = CH(c, in)->t1;
            /* "received a shipment of vaccines from", "a loan of $500
             * million from": a quantity of the class's goods, or goods
             * of the class told by their amount, go on through the "of"
             * phrase */
            int in2;
            if (in + 2 < c->syn->nch && CH(c, in + 1)->kind == CK_PP &&
                CH(c, in + 1)->prep == P_OF && CH(c, in + 1)->np == in + 2 &&
                CH(c, in + 2)->t1 < end &&
                (tok_in(&c->T[CH(c, in)->head], W_QUANTITY) ||
                 np_in_class(c, in + 2, p->cls[e], &in2)))
                t = CH(c, in + 2)->t1;
            /* "fired rockets and shells at": past a list */
            for (int j = in; e + 1 < p->n && p->kind[e + 1] == PE_WORD && t < end &&
                             c->T[t].hash != p->word[e + 1] && j + 2 < c->syn->nch &&
                             CH(c, j + 1)->kind == CK_CONJ && CH(c, j + 2)->kind == CK_NP &&
                             CH(c, j + 2)->mention < 0;
                 j += 2)
                t = CH(c, j + 2)->t1;
            break;
        }
        case PE_JUDGED: {
            /* "was a reckless act of intimidation", "were intolerable":
             * the judgement is in the predicate's own phrase, not in a
             * phrase after it ("was a response to aggression") */
            int k = np_at(c, t), neg = 0;
            /* (was "an unacceptable provocation": within quotation
             * marks) */
            if (k < 0 && t + 1 < end && chunk_at(c, t) >= 0 &&
                CH(c, chunk_at(c, t))->kind == CK_QUOTE)
                k = np_at(c, t + 1);
            if (k < 0)
                return 0;
            for (uint32_t q = CH(c, k)->t0; q < CH(c, k)->t1 && !neg; q++)
                neg = tok_in(&c->T[q], W_NEGATIVE);
            if (!neg)
                return 0;
            t = CH(c, k)->t1;
            break;
        }
        case PE_ANY:
        case PE_ACTOR: {
            int k = np_at(c, t);
            if (k < 0 || (p->kind[e] == PE_ACTOR && !names_people(c, k)))
                return 0;
            m->any_np = k;
            t = CH(c, k)->t1;
            /* "ordered 12 employees of the French embassy to leave": the
             * object with its "of" phrase */
            if (e + 1 < p->n && p->kind[e + 1] == PE_WORD && c->T[t].hash != p->word[e + 1]) {
                int j = k;
                if (j + 2 < c->syn->nch && CH(c, j + 1)->kind == CK_PP &&
                    CH(c, j + 1)->prep == P_OF && CH(c, j + 1)->np == j + 2) {
                    j += 2;
                    /* "of the French embassy and consulates" */
                    while (j + 2 < c->syn->nch && CH(c, j + 1)->kind == CK_CONJ &&
                           CH(c, j + 2)->kind == CK_NP)
                        j += 2;
                    if (CH(c, j)->t1 < end && c->T[CH(c, j)->t1].hash == p->word[e + 1])
                        t = CH(c, j)->t1;
                }
                /* "declared two staff of the embassy in Moscow persona
                 * non grata", "ordered diplomats from seven countries,
                 * including X and Y, to leave": the words after the
                 * object, found inside the phrases and the list of
                 * examples that follow it, up to a verb group */
                for (int g = k; g < c->syn->nch && g < k + 10 && c->T[t].hash != p->word[e + 1];
                     g++) {
                    const chunk *cg = CH(c, g);
                    for (uint32_t q = cg->t0 + (g == k); q < cg->t1 && q < end; q++)
                        if (c->T[q].hash == p->word[e + 1]) {
                            t = q;
                            break;
                        }
                    if (!(cg->kind == CK_NP || cg->kind == CK_PP || cg->kind == CK_CONJ ||
                          (cg->kind == CK_PUNCT && tok_eq(&c->T[cg->t0], ","))))
                        break;
                }
            }
            break;
        }
        default:
            return 0;
        }
    }
    m->end = t;
    m->prep_end = p->n > 1 && p->kind[p->n - 1] == PE_WORD &&
                  pl_prep_of(&c->T[t - 1]) != P_NONE;
    return 1;
}

/* Whether each literal word of pattern p (after its verb) may be among
 * the sentence's tokens from token from on; 0 when one surely is not,
 * and match_rest would fail. */
static int words_present(const ctx *c, const lex_pattern *p, uint32_t from)
{
    if (from < c->sw->lo)
        return 1;
    for (int e = 1; e < p->n; e++)
        if (p->kind[e] == PE_WORD &&
            !(c->sw->bits[sw_bit(p->word[e]) >> 6] & (1ull << (sw_bit(p->word[e]) & 63))))
            return 0;
    return 1;
}

/* Whether each noun class that pattern p asks for (PE_CLASS) may head a
 * noun phrase of the sentence; 0 when one surely cannot, and the pattern
 * cannot match (np_in_class finds the class at a word of the sentence
 * only). Most patterns of a verb name classes its sentence lacks. */
static int classes_present(const ctx *c, const lex_pattern *p)
{
    for (int e = 1; e < p->n; e++)
        if (p->kind[e] == PE_CLASS && !(c->sw->classes & pl_grammar_class_bit(p->cls[e])))
            return 0;
    return 1;
}

/* "was politically motivated": a predicate's words that begin at an
 * adverb between the auxiliary "be" and the participle of verb group vg
 * (match_rest from there). (Out of line: rarely asked, and inlined it
 * kept try_pattern itself from being inlined.) */
__attribute__((noinline)) static int match_after_be(const ctx *c, const lex_pattern *p, int e,
                                                    const chunk *vg, uint32_t end, vmatch *m)
{
    uint32_t adv = vg->head;
    while (adv > vg->t0 && c->T[adv - 1].tag == ST_ADV)
        adv--;
    return adv > vg->t0 && tok_in(&c->T[adv - 1], W_BE) && match_rest(c, p, e, adv, end, m);
}

/* Tries pattern p at the verb group vg of clause cl (be_aux: a passive's
 * "be" is its auxiliary, the predicate's words begin at the participle;
 * the clause ends at token end): a match goes into out[0, *n), which is
 * kept longest first (file order among equals). */
/* (Always inlined: called in the two loops of find_verbs for every
 * pattern a verb heads, its call cost about 1 % of all instructions.) */
static inline __attribute__((always_inline)) void
try_pattern(const ctx *c, const clause *cl, const chunk *vg, int be_aux, uint32_t end,
            const lex_pattern *p, vmatch *out, int *n)
{
    if (!classes_present(c, p))
        return;
    vmatch m = {p, pl_grammar_frame(c->lx, p->frame), 0, -1, -1, -1, 0, 0};
    int e = 1;
    /* a passive's subject is the pattern's object: "sanctions
     * were imposed", "X was declared persona non grata" */
    if ((vg->flags & VG_PASSIVE) && !be_aux && p->n > 1 && cl->subj >= 0) {
        int in;
        if (p->kind[1] == PE_CLASS && np_in_class(c, cl->subj, p->cls[1], &in)) {
            m.cls_np = in;
            m.subj_cls = 1;
            e = 2;
        } else if (p->kind[1] == PE_ANY ||
                   (p->kind[1] == PE_ACTOR && names_people(c, cl->subj))) {
            m.any_np = cl->subj;
            e = 2;
        }
    }
    uint32_t from = vg->head + !be_aux;
    /* "were aggressive and illegal": a predicate after other
     * adjectives joined to it */
    if (p->kind[0] == PE_BE) {
        const vmatch m0 = m;
        if (from < end && tok_eq(&c->T[from], "\"") && from + 1 < end &&
            c->T[from + 1].tag == ST_ADJ)
            from++; /* were "aggressive and illegal" */
        while (from + 2 < end && c->T[from].tag == ST_ADJ &&
               (tok_eq(&c->T[from + 1], "and") || tok_eq(&c->T[from + 1], ",")) &&
               !match_rest(c, p, e, from, end, &m)) {
            m = m0;
            from += 2;
        }
        m = m0;
    }
    if (p->n == 1) {
        m.end = from; /* the verb alone: match_rest's answer */
        m.prep_end = 0;
    } else if (!match_rest(c, p, e, from, end, &m) &&
               !(be_aux && c->T[vg->head - 1].tag == ST_ADV &&
                 match_after_be(c, p, e, vg, end, &m))) {
        return;
    }
    int at = (*n)++;
    while (at > 0 && out[at - 1].end < m.end) {
        out[at] = out[at - 1];
        at--;
    }
    out[at] = m;
}

/* The predicates' chain is a hundred patterns or so, walked for every
 * "be" and every passive, nearly all of them passed for a word the
 * sentence lacks (words_present). It is kept as an array, each pattern
 * with its literal words (after the verb) as bits of sent_words, and
 * filed by the bit of its rarest word: a walk looks only at the patterns
 * filed under the bits the sentence sets, and at those without words,
 * in their order. The array is made once for a thread's documents: made
 * for each document, it cost more than it saved. */
#define BE_WORDS 8 /* the sets' 64-bit words at most: 512 patterns */

typedef struct be_entry {
    const lex_pattern *p;
    uint16_t need[PATTERN_ELEMENTS]; /* the bits of its literal words */
    int nneed;
} be_entry;

struct pl_verb_memo {
    const parley_lexicon *lx; /* the lexicon the chain is of, or NULL */
    be_entry *v;              /* its n patterns, in their order */
    size_t n, words;          /* words: (n + 63) / 64 */
    uint64_t *first;          /* per bit, `words` words: the patterns
                                 whose first word sets it */
    uint64_t none[BE_WORDS];  /* the patterns without words */
};

pl_verb_memo *pl_verb_memo_new(void)
{
    return calloc(1, sizeof(pl_verb_memo));
}

void pl_verb_memo_free(pl_verb_memo *vm)
{
    if (!vm)
        return;
    free(vm->v);
    free(vm->first);
    free(vm);
}

/* The predicates' chain of vm for lx, made if need be; NULL when out of
 * memory or too long (then the chain is followed as it is). */
static const pl_verb_memo *be_chain(pl_verb_memo *vm, const parley_lexicon *lx)
{
    if (vm->lx == lx)
        return vm;
    free(vm->v);
    free(vm->first);
    memset(vm, 0, sizeof *vm);
    size_t n = 0;
    uint32_t link = pl_grammar_be_patterns(lx);
    while (pl_grammar_pattern(lx, &link))
        n++;
    size_t words = (n + 63) / 64;
    if (!n || words > BE_WORDS)
        return NULL;
    vm->v = calloc(n, sizeof *vm->v);
    vm->first = calloc(SW_BITS * words, sizeof *vm->first);
    if (!vm->v || !vm->first) {
        free(vm->v);
        free(vm->first);
        memset(vm, 0, sizeof *vm);
        return NULL;
    }
    /* each pattern is filed by the word that the fewest patterns have
     * ("violation", not the "a" of "be a violation of"): the rarer the
     * word, the fewer the sentences that hold it */
    uint16_t *uses = calloc(SW_BITS, sizeof *uses);
    if (!uses) {
        free(vm->v);
        free(vm->first);
        memset(vm, 0, sizeof *vm);
        return NULL;
    }
    link = pl_grammar_be_patterns(lx);
    for (size_t i = 0; i < n; i++) {
        const lex_pattern *p = pl_grammar_pattern(lx, &link);
        vm->v[i].p = p;
        for (int k = 1; k < p->n; k++)
            if (p->kind[k] == PE_WORD) {
                unsigned q = sw_bit(p->word[k]);
                vm->v[i].need[vm->v[i].nneed++] = (uint16_t)q;
                uses[q] += uses[q] < UINT16_MAX;
            }
    }
    for (size_t i = 0; i < n; i++) {
        const be_entry *e = &vm->v[i];
        if (!e->nneed) {
            vm->none[i / 64] |= 1ull << (i % 64);
            continue;
        }
        unsigned q = e->need[0];
        for (int k = 1; k < e->nneed; k++)
            if (uses[e->need[k]] < uses[q])
                q = e->need[k];
        vm->first[q * words + i / 64] |= 1ull << (i % 64);
    }
    free(uses);
    vm->n = n;
    vm->words = words;
    vm->lx = lx;
    return vm;
}

/* All patterns that match at the verb group of clause ci, longest first
 * (file order among equals). */
static int find_verbs(const ctx *c, int ci, vmatch *out, int max)
{
    const clause *cl = &c->syn->cl[ci];
    const chunk *vg = CH(c, cl->vg);
    /* "ordered a Russian diplomat to leave": a pattern may reach into
     * the infinitive after its clause */
    uint32_t end = CH(c, c->syn->nch - 1)->t1;
    const sent_words *sw = c->sw;
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
        /* "would be held accountable": a passive's "be" is its
         * auxiliary, the predicate's words begin at the participle */
        int be_aux = pass == 1 && !tok_in(&c->T[vg->head], W_BE) && (vg->flags & VG_PASSIVE);
        uint32_t link = pass == 0 ? pl_grammar_patterns(c->lx, c->T[vg->head].hash)
                                  : (tok_in(&c->T[vg->head], W_BE) || be_aux
                                         ? pl_grammar_be_patterns(c->lx) : 0);
        const pl_verb_memo *bc = pass == 1 && link && c->sp->vm ? be_chain(c->sp->vm, c->lx)
                                                                : NULL;
        if (bc) {
            /* the patterns whose first word the sentence may hold, and
             * those without words (all when words_present would not look) */
            int filter = vg->head + !be_aux >= sw->lo;
            uint64_t maybe[BE_WORDS];
            for (size_t w = 0; w < bc->words; w++)
                maybe[w] = filter ? bc->none[w] : ~0ull;
            for (int h = 0; filter && h < SW_BITS / 64; h++)
                for (uint64_t set = sw->bits[h]; set; set &= set - 1) {
                    const uint64_t *f = bc->first + (size_t)(h * 64 + __builtin_ctzll(set)) * bc->words;
                    for (size_t w = 0; w < bc->words; w++)
                        maybe[w] |= f[w];
                }
            const uint64_t *b = sw->bits;
            for (size_t w = 0; w < bc->words && n < max; w++) {
                uint64_t left = maybe[w];
                if (w == bc->words - 1 && bc->n % 64)
                    left &= (1ull << (bc->n % 64)) - 1;
                for (; left && n < max; left &= left - 1) {
                    const be_entry *e = &bc->v[w * 64 + (size_t)__builtin_ctzll(left)];
                    int all = 1;
                    for (int q = 0; filter && q < e->nneed && all; q++)
                        all = (b[e->need[q] >> 6] >> (e->need[q] & 63)) & 1;
                    if (all)
                        try_pattern(c, cl, vg, be_aux, end, e->p, out, &n);
                }
            }
            continue;
        }
        for (const lex_pattern *p; n < max && (p = pl_grammar_pattern(c->lx, &link));)
            if (words_present(c, p, vg->head + !be_aux))
                try_pattern(c, cl, vg, be_aux, end, p, out, &n);
    }
    return n;
}

/* find_verbs, once per clause of the sentence (c->vf); the answer is
 * kept when there is memory for it. */
static int match_verb(const ctx *c, int ci, vmatch *out, int max)
{
    verb_found *f = c->vf ? c->vf[ci] : NULL;
    if (f && max >= f->n) {
        memcpy(out, f->m, (size_t)f->n * sizeof *out);
        return f->n;
    }
    int n = find_verbs(c, ci, out, max);
    if (!c->vf || max != MAX_MATCH)
        return n;
    f = arena_alloc(c->a, sizeof *f + (size_t)n * sizeof *out);
    if (f) {
        f->n = n;
        f->m = (vmatch *)(f + 1);
        memcpy(f->m, out, (size_t)n * sizeof *out);
        c->vf[ci] = f;
    }
    return n;
}

/* ---- targets ---------------------------------------------------------------------------------- */

/* Whether a and b, on one state's side, are two people the text names
 * who stand against each other in the conflict being coded ("the
 * interior minister accused the chief minister of …"). */
static int rival(const ctx *c, const actor *a, const actor *b)
{
    return (c->rivals && a->name && b->name && !same_actor(a, b)) || (c->coerce && justice(a, b)) ||
           (c->assault && a->agent && b->agent && strcmp(a->agent, b->agent) &&
            (armed_sector(a->agent) || armed_sector(b->agent)));
}

/* The actors of out without those on the source's side. */
static void drop_side(ctx *c, actors *out, const actor *src)
{
    if (!src || !out->n)
        return;
    int keep = 0;
    for (int i = 0; i < out->n; i++)
        keep += !same_side(&out->v[i], src) || rival(c, &out->v[i], src);
    if (keep == out->n)
        return;
    actor *v = arena_alloc(c->a, (size_t)(keep ? keep : 1) * sizeof *v);
    int n = 0;
    if (!v) {
        out->n = 0;
        return;
    }
    for (int i = 0; i < out->n; i++)
        if (!same_side(&out->v[i], src) || rival(c, &out->v[i], src))
            v[n++] = out->v[i];
    out->v = v;
    out->n = n;
}

/* Whether clause j lies inside clause ci (ci itself or a clause under
 * it); the clauses under ci follow it, so a scan stops at the first that
 * does not. */
static int under_clause(const ctx *c, int j, int ci)
{
    int p = j;
    while (p > ci)
        p = c->syn->cl[p].parent;
    return p == ci;
}

/* The first actor noun phrase of the clauses that complement clause ci
 * that is not on the source's side ("demanded that Russia provide",
 * "warned that Moscow would respond to … Tallinn"). */
/* Whether the complement clause of clause ci is in the past or the
 * perfect ("insisted that X had …", not "insisted that X withdraw"). */
static int comp_done(const ctx *c, int ci)
{
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent == ci && d->kind == CL_COMP)
            return d->vg >= 0 && (CH(c, d->vg)->flags & (VG_PAST | VG_PERFECT));
    }
    return 0;
}

static int comp_target(ctx *c, int ci, const actor *src, actors *out)
{
    out->n = 0;
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        const clause *d = &c->syn->cl[j];
        int p = d->parent, top = j;
        while (p > ci) {
            top = p;
            p = c->syn->cl[p].parent;
        }
        if (p != ci)
            break;
        /* "demanded the release of the crew, most of whom are …": a
         * relative clause is no complement */
        if (c->syn->cl[top].kind == CL_REL)
            continue;
        /* "condemned an attack …, said X, his spokesman": the clause
         * that names the speaker is no complement */
        if (d->subj >= 0 && d->subj == c->syn->cl[ci].speaker)
            continue;
        for (int k = d->c0; k < d->c1; k++) {
            /* a subject may stand for its owner: "warned that Paris would
             * respond if the decision was maintained" */
            int owned = k == d->subj && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0;
            /* and what an act is aimed at, by its owner: "threatened to
             * impose tariffs on Chinese goods" */
            owned |= CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 && k > d->c0 &&
                     CH(c, k - 1)->kind == CK_PP && CH(c, k - 1)->np == k &&
                     (CH(c, k - 1)->prep == P_ON || CH(c, k - 1)->prep == P_AGAINST ||
                      CH(c, k - 1)->prep == P_AT) &&
                     (CH(c, k)->adj_country >= 0 || CH(c, k)->owner >= 0);
            if (CH(c, k)->kind != CK_NP || (CH(c, k)->mention < 0 && !owned))
                continue;
            if (np_actors(c, k, j, owned, src, out)) {
                drop_side(c, out, src);
                if (out->n)
                    return out->n;
            }
        }
    }
    return 0;
}

/* The noun phrase after token t in clause ci (past adverbs), or -1. An
 * actor may come after phrases of place and time: "received at the
 * palace in Riyadh today the Minister of …". */
static int np_after(const ctx *c, const clause *cl, uint32_t t)
{
    int shifted = 0, aside = 0;
    /* a pattern that reached into the infinitive after its clause
     * ("refused to receive X") finds its object there */
    int end = cl->c1 > cl->c0 && t >= CH(c, cl->c1 - 1)->t1 ? c->syn->nch : cl->c1;
    for (int k = cl->c0; k < end; k++) {
        const chunk *ch = CH(c, k);
        /* "blamed \"army drones\"": quotation marks are no words;
         * "received today, at the palace, the minister": nor are the
         * commas of an aside before the object */
        if (ch->t0 < t || ch->kind == CK_ADV || ch->kind == CK_QUOTE)
            continue;
        /* "warned it would respond": past the clause, the subject of a
         * complement is no object */
        if (k >= cl->c1 && ch->clause >= 0 && c->syn->cl[ch->clause].subj == k &&
            c->syn->cl[ch->clause].kind == CL_COMP)
            return -1;
        if (ch->kind == CK_PUNCT && tok_eq(&c->T[ch->t0], ",") && !shifted && k + 1 < end &&
            CH(c, k + 1)->kind == CK_PP) {
            aside = 1;
            continue;
        }
        if (ch->kind == CK_PUNCT && tok_eq(&c->T[ch->t0], ",") && aside && shifted &&
            k + 1 < end && CH(c, k + 1)->kind == CK_NP && CH(c, k + 1)->mention >= 0)
            continue;
        if (ch->kind == CK_PP && ch->np == k + 1 && (ch->prep == P_AT || ch->prep == P_IN ||
                                                    ch->prep == P_ON)) {
            /* "received today at Al-Ittihadiya Palace General X": a
             * place the lexicon does not know, read as the premodifiers
             * of the person after it */
            const chunk *pn = CH(c, k + 1);
            if (pn->mention >= 0 && c->ms[pn->mention].kind == MK_PERSON &&
                c->ms[pn->mention].t0 > pn->t0 + 1 && (c->T[pn->t0].flags & TOK_CAP))
                return k + 1;
            /* "condemned in the strongest terms the attack": a manner
             * (words.txt "manner-nouns") is no place before an actor */
            if (!tok_in(&c->T[pn->head], W_MANNER))
                shifted = 1;
            k++;
            continue;
        }
        /* "rammed and boarded two boats", "beat and detained dozens": a
         * verb right before "and" and a second verb of the same subject
         * shares that verb's object */
        if (ch->kind == CK_CONJ && k + 1 == cl->c1 && k + 1 < c->syn->nch && !shifted &&
            CH(c, k - 1)->kind == CK_VG && CH(c, k + 1)->clause >= 0) {
            const clause *d = &c->syn->cl[CH(c, k + 1)->clause];
            if (d->kind == CL_COORD && d->c0 == k + 1 && d->vg == d->c0 && d->subj == cl->subj &&
                !(CH(c, d->vg)->flags & VG_PASSIVE))
                return np_after(c, d, CH(c, d->vg)->t1);
        }
        if (ch->kind != CK_NP)
            return -1;
        return !shifted || ch->mention >= 0 ? k : -1;
    }
    return -1;
}

/* The first phrase with preposition prep after token t in clause ci,
 * within ten chunks, before a list of examples ("including …") and not
 * one of "together with". */
/* Whether phrase k is "with" and a noun phrase that an "-ing" participle
 * follows: a circumstance of the clause, not a party to it ("resumed
 * talks, with Cuba and Norway acting as guarantors"). */
static int absolute_with(const ctx *c, int k)
{
    const chunk *ch = CH(c, k);
    int n = ch->np;
    return ch->kind == CK_PP && ch->prep == P_WITH && n >= 0 && n + 1 < c->syn->nch &&
           CH(c, n + 1)->kind == CK_VG && (CH(c, n + 1)->flags & VG_ING);
}

/* "what they called China's \"debt trap\"": when chunk k opens such a
 * free relative, the noun phrase naming a party after its verb; else
 * -1. */
static int free_relative_party(const ctx *c, int k)
{
    if (k >= c->syn->nch || CH(c, k)->kind != CK_REL || !tok_eq(&c->T[CH(c, k)->t0], "what"))
        return -1;
    for (int j = k + 1, verb = 0; j < c->syn->nch && j < k + 7; j++) {
        const chunk *q = CH(c, j);
        if (q->kind == CK_VG)
            verb = 1;
        else if (verb && q->kind == CK_NP && (q->mention >= 0 || q->owner >= 0))
            return j;
        else if (q->kind == CK_PUNCT && !tok_eq(&c->T[q->t0], "\""))
            break;
    }
    return -1;
}

static int pp_after(const ctx *c, const clause *cl, uint32_t t, int prep)
{
    if (!has_prep(c, prep))
        return -1;
    int seen = 0;
    for (int k = cl->c0; k < cl->c1; k++) {
        const chunk *ch = CH(c, k);
        if (ch->t0 < t)
            continue;
        if (++seen > 10 || (ch->kind == CK_PP && tok_eq(&c->T[ch->t0], "including")))
            break;
        if (ch->kind == CK_PP && ch->prep == prep && ch->np >= 0 && ch->flags != 1 &&
            !(k > 0 && CH(c, k - 1)->kind == CK_ADV && tok_eq(&c->T[CH(c, k - 1)->t0], "together")) &&
            !absolute_with(c, k))
            return ch->np;
        /* "demonstrated against what they called China's \"debt trap\"":
         * the party the free relative names after its verb */
        if (ch->kind == CK_PP && ch->prep == prep && prep == P_AGAINST && ch->np < 0) {
            int j = free_relative_party(c, k + 1);
            if (j >= 0)
                return j;
        }
    }
    return -1;
}

/* A phrase with preposition prep that opens clause ci, before its
 * subject ("With the UN High Commissioner, the Minister discussed …"). */
static int pp_fronted(const ctx *c, const clause *cl, int prep)
{
    if (!has_prep(c, prep))
        return -1;
    for (int k = cl->c0; k < cl->c1 && (cl->subj < 0 || k < cl->subj); k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind == CK_PP && ch->prep == prep && ch->np >= 0 && ch->flags != 1)
            return ch->np;
        if (ch->kind == CK_VG)
            break;
    }
    return -1;
}

/* "sent aid to Aden", "delivered medicines to hospitals in Port Sudan":
 * the country of the place that noun phrase k names or is in. */
/* The place (an index of the lexicon's places) that noun phrase k names
 * whole, after an article, or -1. */
static int place_with(const ctx *c, int k, int tail)
{
    const chunk *ch = CH(c, k);
    uint32_t t = ch->t0 + (ch->t0 < ch->t1 && tok_in(&c->T[ch->t0], W_DET));
    size_t l;
    int p = pl_events_place_at(c->lx, c->T, t, c->td->sents[c->si].tok1, &l);
    if (p < 0 || t + l > ch->t1)
        return -1;
    /* "Port Sudan International Airport": a facility of the town */
    for (uint32_t q = (uint32_t)(t + l); q < ch->t1; q++)
        if (!tok_in(&c->T[q], tail))
            return -1;
    return p;
}

/* "the Jenin refugee camp", "the Kherson industrial zone": a place the
 * gazetteer knows, then words in lower case that end on a noun of areas
 * (words.txt "areas", which may be capitalised: "the Kherson Region");
 * the place's index, or -1. */
static int place_of_area(const ctx *c, int k)
{
    const chunk *ch = CH(c, k);
    uint32_t t = ch->t0 + (ch->t0 < ch->t1 && tok_in(&c->T[ch->t0], W_DET));
    size_t l;
    int p = pl_events_place_at(c->lx, c->T, t, c->td->sents[c->si].tok1, &l);
    if (p < 0 || t + l >= ch->t1 || !tok_in(&c->T[ch->t1 - 1], W_AREAS))
        return -1;
    for (uint32_t q = (uint32_t)(t + l); q < ch->t1; q++)
        if ((c->T[q].flags & (TOK_CAP | TOK_NUM)) && !tok_in(&c->T[q], W_AREAS))
            return -1;
    return p;
}

static int whole_place(const ctx *c, int k)
{
    return place_with(c, k, W_FACILITIES);
}

static int names_place(const ctx *c, int k)
{
    return CH(c, k)->kind == CK_NP && whole_place(c, k) >= 0;
}

/* Whether noun phrase k names a national capital ("a visit to Hanoi" is
 * a visit to Vietnam; one to Geneva is to no state). */
static int names_capital(const ctx *c, int k)
{
    int p = whole_place(c, k);
    if (p < 0)
        return 0;
    int ci = pl_lexicon_country(c->lx, c->lx->places[p].iso3);
    return ci >= 0 && c->lx->countries[ci].capital == p;
}

static int place_actor(ctx *c, int k, actors *out)
{
    if (CH(c, k)->kind == CK_PP)
        k = CH(c, k)->np;
    /* "attacked the town of Kadugli", "the industrial zone of Kharkiv":
     * the town the gazetteer knows */
    if (k >= 0 && k + 2 < c->syn->nch && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 &&
        (tok_in(&c->T[CH(c, k)->head], W_SETTLEMENTS) ||
         tok_in(&c->T[CH(c, k)->head], W_AREAS)) &&
        CH(c, k + 1)->kind == CK_PP &&
        CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2) {
        int p = whole_place(c, k + 2);
        if (p >= 0) {
            out->v = country_actor(c, c->lx->places[p].iso3, CH(c, k)->t0, CH(c, k + 2)->t1);
            out->n = out->v ? 1 : 0;
            return out->n;
        }
    }
    /* "to the town of Black River": a settlement the gazetteer lacks,
     * named as one, is in the story's state */
    if (k >= 0 && k + 2 < c->syn->nch && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 &&
        tok_in(&c->T[CH(c, k)->head], W_SETTLEMENTS) && CH(c, k + 1)->kind == CK_PP &&
        CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2 &&
        (c->T[CH(c, k + 2)->t0].flags & TOK_CAP) && whole_place(c, k + 2) < 0 &&
        CH(c, k + 2)->mention < 0 && c->st->home) {
        out->v = country_actor(c, c->st->home, CH(c, k)->t0, CH(c, k + 2)->t1);
        out->n = out->v ? 1 : 0;
        return out->n;
    }
    /* "in Sri Lankan waters", "in Pakistani airspace": a state's edge
     * named by its adjective (words.txt "border") */
    if (k >= 0 && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 && CH(c, k)->adj_country >= 0 &&
        tok_in(&c->T[CH(c, k)->head], W_BORDER)) {
        out->v = country_actor(c, c->lx->countries[CH(c, k)->adj_country].iso3, CH(c, k)->t0,
                               CH(c, k)->t1);
        out->n = out->v ? 1 : 0;
        return out->n;
    }
    int in = k >= 0 && k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP &&
             CH(c, k + 1)->prep == P_IN ? CH(c, k + 1)->np : -1;
    for (int j = k; j >= 0; j = j == k ? in : -1) {
        const chunk *ch = CH(c, j);
        int p = whole_place(c, j);
        /* "the Kherson region": the area named after the town is no
         * place of an event, but it is the town's state's */
        if (p < 0)
            p = place_of_area(c, j);
        if (p >= 0) {
            out->v = country_actor(c, c->lx->places[p].iso3, ch->t0, ch->t1);
            out->n = out->v ? 1 : 0;
            return out->n;
        }
    }
    /* "delivered vaccines to health centres in South Sudan": a thing
     * that is no actor, in a state named as such */
    if (in >= 0 && CH(c, k)->mention < 0 && CH(c, in)->mention >= 0) {
        const mention *m = &c->ms[CH(c, in)->mention];
        if (m->kind == MK_COUNTRY && m->nact == 1 && m->acts[0].country && !m->acts[0].org &&
            !m->acts[0].agent && !m->acts[0].name) {
            out->v = m->acts;
            out->n = 1;
            return 1;
        }
    }
    return 0;
}

/* The target of a verb frame in clause ci, by its slots. */
/* Whether the first clause under ci ("… to expel X") tells of material
 * conflict (a QuadClass 4 code of data/cameo.txt). */
static int comp_forceful(const ctx *c, int ci)
{
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        if (c->syn->cl[j].parent != ci)
            continue;
        if (c->syn->cl[j].vg < 0)
            return 0;
        /* "vowed to use gas supplies against Moldova": done against a
         * party, no promise to it */
        for (int k = c->syn->cl[j].vg + 1; k < c->syn->cl[j].c1; k++)
            if (CH(c, k)->kind == CK_PP && CH(c, k)->prep == P_AGAINST)
                return 1;
        vmatch m[MAX_MATCH];
        int n = match_verb(c, j, m, MAX_MATCH);
        /* and a threat: "vowed to take resolute countermeasures" */
        for (int i = 0; i < n; i++)
            if (m[i].fr->code &&
                (m[i].fr->code->quad == 4 || (m[i].fr->flags & FR_THREAT)))
                return 1;
        return 0;
    }
    return 0;
}

/* "arrested the publisher of Sahara Reporters, Omoyele Sowore,", "the
 * lawyer Ines Trabelsi": the person named in apposition to noun phrase k, whose head is a noun for
 * people (words.txt "person-nouns") and which is no actor itself, past
 * its own "of", "at" or "for" phrase; or -1. */
static int apposed_person(const ctx *c, int k)
{
    int n = c->syn->nch, j = k + 1;
    const chunk *ch = CH(c, k);
    if (ch->kind != CK_NP || ch->mention >= 0 || !tok_in(&c->T[ch->head], W_PERSON_NOUNS) ||
        (c->T[ch->head].flags & TOK_CAP))
        return -1;
    /* "detained the convoy organiser Jonah Pell": the name right after
     * the noun, which is its title */
    if (j < n && CH(c, j)->kind == CK_NP && CH(c, j)->t0 == ch->t1 && CH(c, j)->mention >= 0 &&
        c->ms[CH(c, j)->mention].kind == MK_PERSON)
        return j;
    if (j + 1 < n && CH(c, j)->kind == CK_PP && CH(c, j)->np == j + 1 &&
        (CH(c, j)->prep == P_OF || CH(c, j)->prep == P_AT || CH(c, j)->prep == P_FOR) &&
        (CH(c, j + 1)->mention < 0 || c->ms[CH(c, j + 1)->mention].kind != MK_PERSON))
        j += 2;
    if (j + 1 >= n || CH(c, j)->kind != CK_PUNCT || !tok_eq(&c->T[CH(c, j)->t0], ",") ||
        CH(c, j + 1)->kind != CK_NP || CH(c, j + 1)->mention < 0 ||
        c->ms[CH(c, j + 1)->mention].kind != MK_PERSON)
        return -1;
    if (j + 2 < n && !(CH(c, j + 2)->kind == CK_PUNCT &&
                       (tok_eq(&c->T[CH(c, j + 2)->t0], ",") || tok_eq(&c->T[CH(c, j + 2)->t0], "."))))
        return -1;
    return j + 1;
}

/* The noun phrase of the examples after noun phrase k: ", including X",
 * ", among them X"; or -1. */
static int named_examples(const ctx *c, int k, int *of_states)
{
    int j = k + 1, n = c->syn->nch;
    *of_states = 0;
    /* past where they are from: "diplomats from seven countries,
     * including X" (the examples are states) */
    if (j + 1 < n && CH(c, j)->kind == CK_PP && CH(c, j)->np == j + 1 &&
        (CH(c, j)->prep == P_FROM || CH(c, j)->prep == P_OF)) {
        *of_states = tok_in(&c->T[CH(c, j + 1)->head], W_COUNTRY_GROUPS);
        j += 2;
    }
    /* past a date or a place: "freed 14 prisoners on Saturday, among
     * them X", "arrested 17 students near the campus, among them X" */
    for (int guard = 0; guard < 2 && j + 1 < n && CH(c, j)->kind == CK_PP &&
                        CH(c, j)->np == j + 1 && CH(c, j + 1)->mention < 0 &&
                        !tok_eq(&c->T[CH(c, j)->t0], "including") &&
                        !tok_eq(&c->T[CH(c, j)->t0], "among");
         guard++)
        j += 2;
    if (j < n && CH(c, j)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, j)->t0], ","))
        j++;
    /* "her counterparts, namely X", "counterparts from other nations
     * such as X" */
    if (j + 1 < n && CH(c, j)->kind == CK_ADV && tok_eq(&c->T[CH(c, j)->t0], "namely") &&
        CH(c, j + 1)->kind == CK_NP)
        return j + 1;
    if (j + 1 < n && CH(c, j)->kind == CK_NP && CH(c, j)->t1 == CH(c, j)->t0 + 1 &&
        tok_eq(&c->T[CH(c, j)->t0], "such") && CH(c, j + 1)->kind == CK_PP &&
        CH(c, j + 1)->prep == P_AS && CH(c, j + 1)->np >= 0)
        return CH(c, j + 1)->np;
    if (j >= n || CH(c, j)->kind != CK_PP || CH(c, j)->np < 0 ||
        !(tok_eq(&c->T[CH(c, j)->t0], "including") || tok_eq(&c->T[CH(c, j)->t0], "among")))
        return -1;
    int x = CH(c, j)->np;
    /* "among them X" */
    if (tok_eq(&c->T[CH(c, x)->t0], "them") && x + 1 < n && CH(c, x + 1)->kind == CK_NP)
        x++;
    return x;
}

/* The people named one after another from example x on: "X of
 * Bangladesh; Y of Saint Lucia and Z of Namibia" (each may have its
 * "of" phrase; ";", "," and "and" join them). Adds them to out, which
 * holds x's; returns out->n. */
static int example_list(ctx *c, int x, int ci, const actor *src, actors *out)
{
    int n = c->syn->nch, j = x + 1;
    actors more;
    for (int guard = 0; guard < 16; guard++) {
        if (j + 1 < n && CH(c, j)->kind == CK_PP && CH(c, j)->prep == P_OF && CH(c, j)->np == j + 1)
            j += 2;
        int sep = 0;
        while (j < n && ((CH(c, j)->kind == CK_PUNCT &&
                          (tok_eq(&c->T[CH(c, j)->t0], ";") || tok_eq(&c->T[CH(c, j)->t0], ","))) ||
                         (CH(c, j)->kind == CK_CONJ && tok_eq(&c->T[CH(c, j)->t0], "and")))) {
            sep = 1;
            j++;
        }
        if (!sep || j >= n || CH(c, j)->kind != CK_NP || CH(c, j)->mention < 0 ||
            c->ms[CH(c, j)->mention].kind != MK_PERSON || !np_actors(c, j, ci, 1, src, &more))
            break;
        actor *v = arena_alloc(c->a, (size_t)(out->n + more.n) * sizeof *v);
        if (!v)
            return out->n; /* (the first ones) */
        memcpy(v, out->v, (size_t)out->n * sizeof *v);
        memcpy(v + out->n, more.v, (size_t)more.n * sizeof *v);
        out->v = v;
        out->n += more.n;
        j++;
    }
    return out->n;
}

/* A verb of giving aid (a CAMEO 07 code: "donate", "provide"). */
static int gives_aid(const lex_frame *fr)
{
    return fr->code && !strncmp(fr->code->cameo, "07", 2);
}

/* A new actor: the civilians of country, or NULL when out of memory. */
static actor *civilians_of(ctx *c, const char *country)
{
    actor *g = new_actor(c);
    if (g) {
        g->country = country;
        g->agent = "CVL";
    }
    return g;
}

/* "imposed a curfew on Bawku": a place or a state named as the target
 * stands for its people, the state's civilians (verbs.txt "people"). */
static void people_of(ctx *c, actors *out)
{
    const actor *a = out->n == 1 ? &out->v[0] : NULL;
    actor *g;
    if (!a || !a->country || a->org || a->agent || a->name || a->role ||
        !(g = civilians_of(c, a->country)))
        return;
    g->t0 = a->t0;
    g->t1 = a->t1;
    out->v = g;
}

/* Whether noun phrase k opens with an -ing form ("supplying Russia"). */
static int gerund(const ctx *c, int k)
{
    const token *t = &c->T[CH(c, k)->t0];
    /* (not "received visiting Lao Deputy Prime Minister X": an -ing word
     * before the actor its phrase names describes it) */
    return CH(c, k)->kind == CK_NP && (t->readings & PR_ING) && tok_ing(t) && !(t->flags & TOK_CAP) &&
           !(CH(c, k)->mention >= 0 && c->ms[CH(c, k)->mention].t0 > CH(c, k)->t0 &&
             (c->ms[CH(c, k)->mention].kind == MK_PERSON ||
              c->ms[CH(c, k)->mention].kind == MK_OFFICE));
}

/* The actors of passive clause ci's subject, as its target: "The arrests
 * were condemned by the opposition": an act that names no author is the
 * latest act of that kind by another party than the "by" agent, who is
 * the act's source for owner_actors while it is looked up. */
static int passive_subject(ctx *c, int ci, const lex_frame *fr, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    const actor *was = c->act_src;
    actors by = {0};
    int kb = cl->subj >= 0 && cl->vg >= 0 && CH(c, cl->subj)->mention < 0
                 ? pp_after(c, cl, CH(c, cl->vg)->t1, P_BY)
                 : -1;
    if (kb >= 0 && CH(c, kb)->mention >= 0 && np_actors(c, kb, ci, 0, NULL, &by) == 1)
        c->act_src = &by.v[0];
    int n = np_actors(c, cl->subj, ci, !(fr->flags & FR_NOOWNER), NULL, out);
    c->act_src = was;
    return n;
}

/* "shot down a missile fired by the Houthis", "intercepted drones":
 * whether noun phrase k is a projectile (nouns.txt "missiles"), on which
 * force is used on no party, least of all its sender. */
static int projectile(const ctx *c, int k)
{
    const chunk *ch = CH(c, k);
    return ch->mention < 0 && noun_in(c, ch->t0, ch->head, named_class(c->lx, NC_MISSILES));
}

static int frame_target(ctx *c, int ci, const vmatch *m, const actor *src,
                        actors *out)
{
    /* "refused to withdraw its troops from Ukraine": a pattern that
     * runs on into its infinitive has its slots there */
    int kl = m->end > 0 && !tok_eq(&c->T[m->end - 1], "to")
                 ? chunk_at(c, m->end - 1) : -1;
    if (kl >= 0 && CH(c, kl)->clause > ci && c->syn->cl[CH(c, kl)->clause].parent == ci &&
        c->syn->cl[CH(c, kl)->clause].kind == CL_INF)
        ci = CH(c, kl)->clause;
    const clause *cl = &c->syn->cl[ci];
    const lex_frame *fr = m->fr;
    int owner_ok = !(fr->flags & FR_NOOWNER);
    out->n = 0;
    c->rivals = fr->code && fr->code->quad >= 3;
    c->coerce = code_type_is(fr->code, "COERCE");
    c->assault = code_type_is(fr->code, "ASSAULT");
    /* "agreed to coordinate their positions ahead of the NATO summit":
     * a pattern's "to" before a verb is the infinitive's, no preposition
     * whose object is the target */
    int to_verb = m->prep_end && m->end > 0 && tok_eq(&c->T[m->end - 1], "to") &&
                  m->end < c->td->sents[c->si].tok1 &&
                  (c->T[m->end].tag == ST_VERB || c->T[m->end].tag == ST_AUX);
    if (m->prep_end && !to_verb) {
        int k = np_after(c, cl, m->end);
        if (k >= 0 && c->assault && projectile(c, k))
            return 0;
        if (np_actors(c, k, ci, owner_ok, src, out))
            goto found;
        /* "pulled its forces out of the Kherson region": where a frame
         * of leaving places ends its pattern, the place's state */
        int from = 0;
        for (int s = 0; s < fr->nslots; s++)
            from |= fr->slots[s].kind == SL_PREP && fr->slots[s].prep == P_FROM;
        if (k >= 0 && from && place_actor(c, k, out)) {
            drop_side(c, out, src);
            if (out->n)
                return out->n;
        }
    }
    uint32_t after = m->cls_np >= 0 && !m->subj_cls ? CH(c, m->cls_np)->t1 : m->end;
    for (int s = 0; s < fr->nslots; s++) {
        const lex_slot *sl = &fr->slots[s];
        int k = -1;
        if (sl->kind == SL_OBJ && cl->gap >= 0) {
            /* "the centre, which I visited": the antecedent */
            k = cl->gap;
            if (!np_actors(c, k, ci, owner_ok, src, out))
                return 0;
            goto found;
        }
        if (sl->kind == SL_OBJ) {
            k = m->any_np >= 0 ? m->any_np
                               : (m->cls_np >= 0 && !m->subj_cls ? -1 : np_after(c, cl, m->end));
            /* "denied supplying Russia with missiles": an act, whose
             * object is no party to the denial */
            if (k >= 0 && m->any_np < 0 && gerund(c, k))
                continue;
            if (k >= 0 && c->assault && projectile(c, k))
                continue;
            if (k >= 0 && m->any_np < 0 && apposed_person(c, k) >= 0)
                k = apposed_person(c, k);
            /* "condemned what she called Taiwan's \"dollar diplomacy\"" */
            if (k < 0 && m->any_np < 0 && cl->vg >= 0 && cl->vg + 1 < c->syn->nch &&
                CH(c, cl->vg)->t1 <= m->end)
                k = free_relative_party(c, cl->vg + 1);
        }
        else if (sl->kind == SL_IOBJ)
            k = m->iobj;
        else if (sl->kind == SL_NOUN)
            k = m->subj_cls ? -1 : m->cls_np;
        else if (sl->kind == SL_PREP) {
            k = pp_after(c, cl, m->subj_cls ? CH(c, cl->vg)->t1 : after, sl->prep);
            /* "appreciated X's efforts towards settlement of the situation
             * in Ukraine": the "of" of the pattern's noun is right after
             * it, not one of a phrase further on */
            if (k >= 0 && sl->prep == P_OF && m->cls_np >= 0 && !m->subj_cls) {
                /* (or after nouns joined to it: "condemnation and
                 * denunciation of the violations") */
                int j = m->cls_np + 1;
                while (j + 1 < k && CH(c, j)->kind == CK_CONJ && CH(c, j + 1)->kind == CK_NP &&
                       CH(c, j + 1)->mention < 0)
                    j += 2;
                if (k != j + 1)
                    k = -1;
            }
            /* "sanctions against X were imposed by Y": the subject
             * noun's own phrase, before the verb */
            if (k < 0 && m->subj_cls && m->cls_np >= 0 && m->cls_np + 2 < cl->vg &&
                CH(c, m->cls_np + 1)->kind == CK_PP && CH(c, m->cls_np + 1)->prep == sl->prep &&
                CH(c, m->cls_np + 1)->np == m->cls_np + 2)
                k = m->cls_np + 2;
            if (k < 0)
                k = pp_fronted(c, cl, sl->prep);
            /* "dispatched an aid plane carrying medical supplies to
             * Kabul": the carrier's way is the goods' */
            if (k < 0 && ci + 1 < c->syn->ncl && gives_aid(fr)) {
                const clause *d = &c->syn->cl[ci + 1];
                if (d->parent == ci && d->kind == CL_PART && d->c0 == cl->c1 && d->vg == d->c0 &&
                    tok_in(&c->T[CH(c, d->vg)->head], W_CARRY))
                    k = pp_after(c, d, CH(c, d->vg)->t1, sl->prep);
                /* "delivered an aid shipment to support residents
                 * affected by flooding in Hue": those the purpose of the
                 * gift names, when the gift names no receiver */
                if (k < 0 && sl->prep == P_TO && d->parent == ci && d->kind == CL_INF &&
                    d->c0 == cl->c1 && d->vg == d->c0 && d->vg + 1 < d->c1 &&
                    CH(c, d->vg + 1)->kind == CK_NP && CH(c, d->vg + 1)->mention >= 0)
                    k = d->vg + 1;
            }
        }
        else if (sl->kind == SL_COMP) {
            /* "pledged to expel the group's leaders": a promise of force
             * is no cooperation with those it is used on */
            if (fr->code->quad < 3 && comp_forceful(c, ci))
                continue;
            /* "insisted that Ukraine had violated the truce": a demand
             * whose complement is told as done is a statement */
            if (code_type_is(fr->code, "REQUEST") && comp_done(c, ci))
                continue;
            if (comp_target(c, ci, src, out))
                goto found;
            continue;
        }
        if (sl->kind == SL_NOUN && k >= 0 && src && np_actors(c, k, ci, owner_ok, NULL, out) == 1 &&
            out->v[0].host && same_side(&out->v[0], src)) {
            /* "recalled its ambassador to Kenya": aimed at the host */
            out->v = country_actor(c, out->v[0].host, CH(c, k)->t0, CH(c, k)->t1);
            out->n = out->v ? 1 : 0;
            if (out->n)
                goto found;
        }
        /* "freed 14 prisoners, among them X": the people named after a
         * group that is no actor */
        if (k >= 0 && (sl->kind == SL_OBJ || sl->kind == SL_NOUN || sl->kind == SL_PREP) &&
            (CH(c, k)->mention < 0 || c->ms[CH(c, k)->mention].kind == MK_GROUP)) {
            int states, x = named_examples(c, k, &states);
            /* "including a Japanese citizen", "including two
             * Ukrainians" (a people: its civilians) */
            if (x >= 0 && np_actors(c, x, ci, 1, src, out) &&
                (out->v[0].name || CH(c, x)->adj_country >= 0 || states ||
                 (out->v[0].country && str_eq(out->v[0].agent, "CVL"))))
                return out->v[0].name ? example_list(c, x, ci, src, out) : out->n;
            out->n = 0;
        }
        /* "arrested at least 17 students, among them union leader X":
         * the group and the people named in it */
        if (k >= 0 && sl->kind == SL_OBJ && CH(c, k)->mention >= 0 &&
            c->ms[CH(c, k)->mention].kind != MK_GROUP) {
            int states, x = named_examples(c, k, &states);
            actors grp, ex;
            if (x >= 0 && np_actors(c, k, ci, owner_ok, src, &grp) == 1 && !grp.v[0].name &&
                grp.v[0].agent && np_actors(c, x, ci, 1, src, &ex) && ex.v[0].name) {
                actor *v = arena_alloc(c->a, (size_t)(1 + ex.n) * sizeof *v);
                if (!v)
                    return 0;
                v[0] = grp.v[0];
                for (int q = 0; q < ex.n; q++)
                    v[1 + q] = ex.v[q];
                out->v = v;
                out->n = 1 + ex.n;
                return out->n;
            }
            out->n = 0;
        }
        /* a slot that names only the source's side ("recalled its
         * ambassador from Tallinn") leaves the target to the next one */
        if (k >= 0 && np_actors(c, k, ci, owner_ok, src, out)) {
            if (fr->flags & FR_PEOPLE)
                people_of(c, out);
            drop_side(c, out, src);
            if (out->n && sl->kind == SL_PREP && more_with(c, k, sl->prep, ci, src, out) < 0)
                return 0;
            if (out->n || sl->kind != SL_NOUN)
                return out->n;
            continue;
        }
        /* (a march to a town or a building goes there: no party, for a
         * protest, which then is aimed at the government, verbs.txt
         * "gov") */
        if (k >= 0 && !((fr->flags & FR_GOV) && sl->kind == SL_PREP) &&
            ((sl->kind == SL_PREP &&
              (sl->prep == P_TO || sl->prep == P_INTO || sl->prep == P_FROM)) ||
             ((fr->flags & (FR_SITE | FR_PEOPLE)) && (sl->kind == SL_OBJ || sl->kind == SL_PREP))) &&
            place_actor(c, k, out)) {
            if (fr->flags & FR_PEOPLE)
                people_of(c, out);
            /* "sent troops to the towns of X, near its border with Y":
             * one's own town is no target; "recalled its ambassador from
             * Addis Ababa": the capital's state; "shelled Kherson": the
             * town's */
            drop_side(c, out, src);
            if (out->n)
                return out->n;
        }
        /* "Russian forces shelled the town", "drones attacked the city":
         * a town named before, in the story's state (not "the capital",
         * which a report of a strike may name as its aim: see
         * reported-first-fire.case) */
        if (k >= 0 && (fr->flags & FR_SITE) && (sl->kind == SL_OBJ || sl->kind == SL_PREP) &&
            c->st->home && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 &&
            CH(c, k)->t1 == CH(c, k)->t0 + 2 && tok_eq(&c->T[CH(c, k)->t0], "the") &&
            tok_in(&c->T[CH(c, k)->head], W_SETTLEMENTS) && !tok_eq(&c->T[CH(c, k)->head], "capital") &&
            (out->v = country_actor(c, c->st->home, CH(c, k)->t0, CH(c, k)->t1))) {
            out->n = 1;
            drop_side(c, out, src);
            if (out->n)
                return out->n;
        }
        /* "imposed a curfew on Bawku", a town the gazetteer lacks: the
         * people of the source's own state (else the story's) */
        const char *own = !(fr->flags & FR_PEOPLE) ? NULL
                          : src && src->country && !src->org ? src->country : c->st->home;
        if (k >= 0 && own && CH(c, k)->kind == CK_NP && CH(c, k)->mention < 0 &&
            (c->T[CH(c, k)->head].flags & TOK_CAP) &&
            (out->v = country_actor(c, own, CH(c, k)->t0, CH(c, k)->t1))) {
            out->n = 1;
            people_of(c, out);
            drop_side(c, out, src);
            if (out->n)
                return out->n;
        }
    }
    return 0;
found:
    drop_side(c, out, src);
    return out->n;
}

/* a[0..na) then b[0..nb) into *out, in the document arena; 0 when out
 * of memory. */
static int join_actors(ctx *c, const actor *a, int na, const actor *b, int nb, actors *out)
{
    actor *v = arena_alloc(c->a, (size_t)(na + nb) * sizeof *v);
    if (!v)
        return 0;
    memcpy(v, a, (size_t)na * sizeof *v);
    memcpy(v + na, b, (size_t)nb * sizeof *v);
    out->v = v;
    out->n = na + nb;
    return 1;
}

/* "held phone calls with Dbeibah and with the Presidential Council
 * head, Mohamed Al-Menfi": the parties of a second phrase of the same
 * preposition after "and" join those of the first (phrase k) in *out.
 * Returns the count, or -1 when out of memory. */
static int more_with(ctx *c, int k, int prep, int ci, const actor *src, actors *out)
{
    if (CH(c, k)->kind == CK_PP)
        k = CH(c, k)->np;
    /* "with President Xi of China on Sunday and with …": past the first
     * one's state and day */
    for (int g = 0; g < 2 && k >= 0 && k + 5 < c->syn->nch && CH(c, k + 1)->kind == CK_PP &&
                    CH(c, k + 1)->np == k + 2 &&
                    ((CH(c, k + 1)->prep == P_OF && CH(c, k + 2)->mention >= 0) ||
                     tok_in(&c->T[CH(c, k + 2)->head], W_CALENDAR) ||
                     tok_in(&c->T[CH(c, k + 2)->head], W_TIME_NOUNS));
         g++)
        k += 2;
    if (k < 0 || k + 3 >= c->syn->nch || CH(c, k + 1)->kind != CK_CONJ ||
        !tok_eq(&c->T[CH(c, k + 1)->t0], "and") || CH(c, k + 2)->kind != CK_PP ||
        CH(c, k + 2)->prep != prep || CH(c, k + 2)->np < 0)
        return out->n;
    actors more;
    int j = CH(c, k + 2)->np;
    /* "with the Presidential Council head, Mohamed Al-Menfi": the
     * phrase's noun phrase may run on into the mention after it */
    if (CH(c, j)->mention < 0 && j + 1 < c->syn->nch && CH(c, j + 1)->kind == CK_NP &&
        CH(c, j + 1)->mention >= 0)
        j++;
    if (!np_actors(c, j, ci, 0, src, &more))
        return out->n;
    drop_side(c, &more, src);
    if (!more.n)
        return out->n;
    return join_actors(c, out->v, out->n, more.v, more.n, out) ? out->n : -1;
}

/* Whether clause cl's verb is a bare past participle ("a meeting,
 * promised by IGAD, …"): said of its subject, aimed at no one by the
 * context. */
static int passive_part(const ctx *c, const clause *cl)
{
    return cl->kind == CL_PART && cl->vg >= 0 && (CH(c, cl->vg)->flags & VG_PART) &&
           !(CH(c, cl->vg)->flags & VG_ING);
}

/* Whether clause ci names its counterpart by relation after its verb:
 * "accused its neighbour", "urged the other side to" (nouns.txt
 * counterparts), which the discourse resolves. */
static int relational_object(const ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    int cls = named_class(c->lx, NC_COUNTERPARTS);
    if (cls < 0 || cl->vg < 0)
        return 0;
    for (int k = cl->vg + 1; k < cl->c1; k++) {
        const chunk *n = CH(c, k);
        if (n->kind == CK_NP && n->mention < 0 &&
            noun_in(c, n->t0, n->head, (uint32_t)cls))
            return 1;
    }
    return 0;
}

/* A counterpart from the discourse: the other members of the current
 * meeting, else whom the source last addressed. */
static int context_target(ctx *c, const lex_frame *fr, const actor *src, actors *out)
{
    coref_state *st = c->st;
    out->n = 0;
    /* a threat is made at a party the source has spoken against, not
     * at the one it meets or thanks ("said Jordan would respond firmly
     * to any threat to its security" after a meeting) */
    int threat = (fr->flags & FR_THREAT) != 0;
    if (!threat && st->ngroup >= 2 && st->group_sent + 4 >= c->si) {
        int in = 0;
        for (int k = 0; k < st->ngroup; k++)
            in |= same_side(&st->group[k], src);
        if (in) {
            out->v = st->group;
            out->n = st->ngroup;
            drop_side(c, out, src);
            if (out->n)
                return out->n;
        }
    }
    for (size_t k = c->cv->n; k-- > 0;) {
        const cand *p = &c->cv->v[k];
        if (p->sent + 2 < c->si)
            break;
        /* (a meeting or an agreement goes on with a party the source
         * spoke to, not one it released or arrested: "charges have been
         * dismissed against the protesters … we reviewed each case") */
        if (same_side(&p->src, src) && !(p->frame->flags & FR_SYM) &&
            (!threat || p->code->quad >= 3)) {
            if ((fr->flags & FR_SYM) && p->code->quad != 1)
                return 0;
            out->v = &p->tgt;
            out->n = 1;
            return 1;
        }
    }
    /* a readout's host: "credentials were presented by X" (to him); not
     * the target of a threat or an accusation nobody is named for */
    const actor *p = principal_actor(c);
    if (p && !same_side(p, src) && fr->code->quad <= 2) {
        out->v = p;
        out->n = 1;
    }
    return out->n;
}

/* Whether clause ci has an "if" or "unless" clause whose subject names
 * a party ("… if Seoul resumed the drills"), or any subject when
 * any_subject ("… if it did not free him"). */
static int condition_party(const ctx *c, int ci, int any_subject)
{
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent == ci && d->kind == CL_ADV && d->opener >= 0 && d->subj >= 0 &&
            (tok_eq(&c->T[d->opener], "if") || tok_eq(&c->T[d->opener], "unless")) &&
            (any_subject || CH(c, d->subj)->mention >= 0))
            return 1;
    }
    return 0;
}

/* The party that last acted against the source (an event of verbal or
 * material conflict whose target is on the source's side), or that last
 * fought it ("X and Y traded fire": either side of a symmetric one). */
static int opponent(ctx *c, const actor *src, actors *out)
{
    out->n = 0;
    for (size_t k = c->cv->n; k-- > 0;) {
        const cand *p = &c->cv->v[k];
        if (p->sent + 6 < c->si)
            break;
        if (p->code->quad < 3)
            continue;
        /* "the RSF attacked the city, killing 40 civilians": a state's
         * forces answer force used on their state's civilians */
        int own_people = p->code->quad == 4 && !src->org && (!src->agent || state_sector(src->agent)) &&
                         src->country && str_eq(p->tgt.country, src->country) &&
                         str_eq(p->tgt.agent, "CVL") && !same_side(&p->src, src);
        if (same_side(&p->tgt, src) || own_people)
            out->v = &p->src;
        else if ((p->frame->flags & FR_SYM) && same_side(&p->src, src))
            out->v = &p->tgt;
        else
            continue;
        out->n = 1;
        /* "South Korea, Japan and the United States accused North
         * Korea …; Pyongyang denied": each party of that sentence that
         * did the same to the source */
        if (out->v == &p->src && !own_people) {
            int more = 0;
            for (size_t j = k; j-- > 0 && c->cv->v[j].sent == p->sent;)
                more += c->cv->v[j].code == p->code && same_side(&c->cv->v[j].tgt, src) &&
                        !same_side(&c->cv->v[j].src, &p->src);
            actor *v = more ? arena_alloc(c->a, (size_t)(1 + more) * sizeof *v) : NULL;
            if (v) {
                int n = 0;
                for (size_t j = k; j-- > 0 && c->cv->v[j].sent == p->sent;) {
                    const cand *q = &c->cv->v[j];
                    int dup = 0;
                    for (int i = 0; i < n && !dup; i++)
                        dup = same_side(&v[i], &q->src);
                    if (q->code == p->code && same_side(&q->tgt, src) &&
                        !same_side(&q->src, &p->src) && !dup && n < more)
                        v[n++] = q->src;
                }
                v[n++] = p->src;
                out->v = v;
                out->n = n;
            }
        }
        return 1;
    }
    return 0;
}

static int nominal_target(ctx *c, int ci, int k, const lex_frame *fr, const actor *src,
                          actors *out, int *between);

/* Whether noun phrase k, or the "of" phrase after it, names a party or
 * the ruling side (words.txt "party-heads", "ruling"): "a rally of the
 * ruling party" is no protest against the government ("a campaign
 * rally" is no protest by its noun: nouns.txt "partyrally"). */
static int partisan(const ctx *c, int k)
{
    for (int j = k; j <= k + 2 && j < c->syn->nch; j += 2) {
        const chunk *ch = CH(c, j);
        if (j > k && !(CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF &&
                       CH(c, k + 1)->np == j))
            break;
        for (uint32_t q = ch->t0; q < ch->t1; q++)
            if (tok_in(&c->T[q], W_PARTY_HEADS) || tok_in(&c->T[q], W_RULING))
                return 1;
    }
    return 0;
}

/* The party named in a clause of purpose under clause ci (or under the
 * participle that goes on from it: "reinforced its positions, sending
 * battalions to Cibitoke to block any M23 advance"): the first actor
 * after its verb, or that of the owner of the thing named there; -1
 * when that clause is the attack itself (no show of force at all). */
static int aim_target(ctx *c, int ci, const lex_frame *fr, const actor *src, actors *out)
{
    out->n = 0;
    /* "deployed 5,000 troops to the region after a five-day offensive
     * by the ELN": the author of the attack it answers */
    const clause *cl = &c->syn->cl[ci];
    for (int k = cl->c0; k + 1 < cl->c1; k++) {
        const chunk *pp = CH(c, k);
        /* "in response to the NATO exercise": as "after" */
        int response = pp->kind == CK_PP && pp->prep == P_IN && k + 3 < cl->c1 &&
                       tok_eq(&c->T[CH(c, k + 1)->head], "response") &&
                       CH(c, k + 2)->kind == CK_PP && CH(c, k + 2)->prep == P_TO;
        if (response)
            pp = CH(c, k + 2);
        /* "police were deployed ahead of the protests": a state's force
         * sent to meet a protest is aimed at the protesters, its own
         * people */
        if (pp->kind == CK_PP && tok_eq(&c->T[pp->t0], "ahead") && k + 2 < cl->c1 &&
            CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2 &&
            src->country && !src->org && src->agent && state_sector(src->agent)) {
            actor *g;
            if (pl_grammar_noun_of_type(c->lx, c->T, CH(c, k + 2)->t0, CH(c, k + 2)->head,
                                        "PROTEST") &&
                (g = civilians_of(c, src->country))) {
                out->v = g;
                out->n = 1;
                return 1;
            }
        }
        if (pp->kind != CK_PP || pp->np < 0 ||
            (pp->prep != P_AFTER && pp->prep != P_FOLLOWING && pp->prep != P_FOR && !response))
            continue;
        /* (past "a five-day" before "offensive") */
        for (int j = pp->np; j < cl->c1 && j <= pp->np + 1 && CH(c, j)->kind == CK_NP; j++) {
            int cls = noun_event(c, CH(c, j)->t0, CH(c, j)->head);
            if (!conflict_noun(c, cls))
                continue;
            /* "called up reservists for the offensive in Gaza": what
             * the act is for is aimed at the offensive's target */
            if (pp->prep == P_FOR) {
                const lex_frame *nf = pl_grammar_class_frame(c->lx, cls);
                int between = 0;
                if (nf && (nominal_target(c, ci, j, nf, NULL, out, &between) ||
                           (j + 2 < cl->c1 && CH(c, j + 1)->kind == CK_PP &&
                            CH(c, j + 1)->prep == P_IN && place_actor(c, j + 2, out)))) {
                    drop_side(c, out, src);
                    if (out->n)
                        return out->n;
                }
                break;
            }
            if (find_owner(c, j, out)) {
                drop_side(c, out, src);
                if (out->n)
                    return out->n;
            }
            break;
        }
    }
    /* "scrambled jets after Chinese drones flew near Okinawa": the party
     * whose move it answers */
    for (int j = ci + 1; j < c->syn->ncl && j <= ci + 2; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent != ci || d->kind != CL_ADV || d->opener < 0 || d->subj < 0 ||
            !(tok_eq(&c->T[d->opener], "after") || tok_eq(&c->T[d->opener], "when")) ||
            CH(c, d->subj)->mention < 0)
            continue;
        const mention *m = &c->ms[CH(c, d->subj)->mention];
        if (m->kind != MK_COUNTRY && m->kind != MK_ORG && m->kind != MK_OFFICE)
            continue;
        if (np_actors(c, d->subj, j, 0, src, out)) {
            drop_side(c, out, src);
            /* at home, only against its people's sides ("after
             * protesters clashed with officers") */
            if (out->n && (!(out->v[0].country && src->country &&
                             !strcmp(out->v[0].country, src->country)) ||
                           (!out->v[0].org &&
                            pl_grammar_code_in(c->lx, out->v[0].agent, W_LOCAL_SIDES))))
                return out->n;
        }
        out->n = 0;
    }
    for (int j = ci + 1; j < c->syn->ncl && j <= ci + 3; j++) {
        const clause *d = &c->syn->cl[j];
        int under = d->parent == ci ||
                    (d->parent > ci && c->syn->cl[d->parent].parent == ci &&
                     c->syn->cl[d->parent].kind == CL_PART);
        if (!under || d->kind != CL_INF || d->vg < 0)
            continue;
        /* "sent jets to bomb two Cambodian targets": the attack itself,
         * coded as such, not a show of force */
        vmatch m[MAX_MATCH];
        int n = match_verb(c, j, m, MAX_MATCH);
        for (int i = 0; i < n; i++)
            if (m[i].fr->code && m[i].fr->code->type && !strcmp(m[i].fr->code->type, "ASSAULT"))
                return -1;
        for (int k = d->vg + 1; k < d->c1 && k <= d->vg + 3; k++) {
            if (CH(c, k)->kind != CK_NP)
                continue;
            /* the party itself, or the owner the phrase names ("any M23
             * advance"), not one the discourse lends it ("relief
             * efforts") */
            if (np_actors(c, k, j, 0, src, out) || find_owner(c, k, out)) {
                drop_side(c, out, src);
                /* at home, only against its people's sides (words.txt
                 * "local-sides": rebels, criminals, protesters) */
                if (out->n && src->country && out->v[0].country &&
                    !strcmp(src->country, out->v[0].country) && !out->v[0].org &&
                    !pl_grammar_code_in(c->lx, out->v[0].agent, W_LOCAL_SIDES))
                    out->n = 0;
                if (out->n)
                    return out->n;
            }
        }
    }
    /* "North Korea fired a ballistic missile toward the East Sea, South
     * Korea's military said": a show of force that another state tells
     * of, aimed at no one named, is aimed at that state */
    actors sp;
    if (speaker_of(c, ci, &sp) == 1 && sp.v[0].country && !sp.v[0].org && src->country &&
        !src->org && strcmp(sp.v[0].country, src->country)) {
        out->v = country_actor(c, sp.v[0].country, sp.v[0].t0, sp.v[0].t1);
        out->n = out->v ? 1 : 0;
        return out->n;
    }
    /* "Truckloads of gendarmes were deployed around the square", "the
     * interior ministry deployed riot police" in a story of a protest: a
     * state's force sent at its own people who protest, told in the
     * last three sentences (a show of force by the state, not a strike
     * it "called": the police's own act, or a mobilisation) */
    if (src->country && !src->org && src->agent &&
        (pl_grammar_code_in(c->lx, src->agent, W_POLICE_SECTORS) ||
         (state_sector(src->agent) && fr->code && str_eq(fr->code->type, "MOBILIZE"))))
        for (size_t k = c->cv->n; k-- > 0;) {
            const cand *p = &c->cv->v[k];
            if (p->sent + 3 < c->si)
                break;
            if (str_eq(p->code->type, "PROTEST") && str_eq(p->src.country, src->country) &&
                !p->src.org && pl_grammar_code_in(c->lx, p->src.agent, W_LOCAL_SIDES)) {
                out->v = &p->src;
                out->n = 1;
                return 1;
            }
        }
    return 0;
}

/* The source's own government (protesters against it). */
static int own_government(ctx *c, const actor *src, actors *out)
{
    out->n = 0;
    if (!src->country || !src->agent)
        return 0;
    actor *g = new_actor(c);
    if (!g)
        return 0;
    g->country = src->country;
    g->agent = "GOV";
    out->v = g;
    out->n = 1;
    return 1;
}

/* "police broke up a rally": towards the civilians of the source's own
 * state. */
static int own_people(ctx *c, const actor *src, actors *out)
{
    out->n = 0;
    if (!src->country || src->org)
        return 0;
    actor *g = civilians_of(c, src->country);
    if (!g)
        return 0;
    out->v = g;
    out->n = 1;
    return 1;
}

/* "the Prime Minister resigned": towards the source's own state. */
static int own_state(ctx *c, const actor *src, actors *out)
{
    out->n = 0;
    if (!src->country || src->org)
        return 0;
    actor *g = new_actor(c);
    if (!g)
        return 0;
    g->country = src->country;
    out->v = g;
    out->n = 1;
    return 1;
}

/* "the junta declared a ceasefire": its country's rebels; "the alliance
 * of armed groups announced a pause": their government. */
static int foe(ctx *c, const actor *src, actors *out)
{
    out->n = 0;
    const char *cc = src->org ? NULL : src->country;
    if (src->org) {
        /* "the RSF declared a truce": an armed group's (CAMEO "SDNREB")
         * foe is its country's government */
        int o = pl_lexicon_org(c->lx, src->org), k;
        const char *code = o >= 0 ? c->lx->orgs[o].cameo : NULL;
        if (!code || strlen(code) < 6 || strcmp(code + 3, "REB") ||
            (k = pl_lexicon_country_by_cameo(c->lx, code)) < 0)
            return 0;
        cc = c->lx->countries[k].iso3;
    }
    if (!cc)
        return 0;
    actor *g = new_actor(c);
    if (!g)
        return 0;
    g->country = cc;
    g->agent = src->org || (src->agent && !state_sector(src->agent)) ? "GOV" : "REB";
    out->v = g;
    out->n = 1;
    return 1;
}

/* ---- verbal frames --------------------------------------------------------------------------- */

/* Whether clause ci is, or hangs on, the complement of a verb of saying
 * ("X said Y had attacked …, killing …"), not a main clause told in the
 * story's voice with an attribution after it ("Y attacked …, killing
 * …, an official said"). */
static int in_complement(const ctx *c, int ci)
{
    for (int i = ci, guard = 0; i >= 0 && guard < 16; i = c->syn->cl[i].parent, guard++)
        if (c->syn->cl[i].kind == CL_COMP)
            return 1;
    return 0;
}

/* Whether clause ci is, or hangs on, the complement of a verb of saying
 * that vouches for nothing (verbs.txt flag "hearsay": "claimed that Iran
 * had attacked Iraq"). */
static int hearsay(const ctx *c, int ci)
{
    for (int i = ci, guard = 0; i >= 0 && guard < 16; i = c->syn->cl[i].parent, guard++) {
        const clause *cl = &c->syn->cl[i];
        if (cl->kind != CL_COMP)
            continue;
        if (cl->parent < 0)
            return 0;
        int vg = c->syn->cl[cl->parent].vg;
        return vg >= 0 && pl_grammar_verb_flags(c->lx, c->T[CH(c, vg)->head].hash, FR_HEARSAY);
    }
    return 0;
}

/* Whether clause ci, or one it depends on, is a condition, a question or
 * a plan. (Inline: asked some three times a clause, its call cost more
 * than its loop.) */
static inline int hypothetical(const ctx *c, int ci)
{
    int past_rel = 0;
    for (int i = ci, guard = 0; i >= 0 && guard < 16; i = c->syn->cl[i].parent, guard++) {
        const clause *cl = &c->syn->cl[i];
        /* "if Caracas did not apologise for remarks by Mr Chavez, who
         * criticised Mexico's Vicente Fox": a relative clause in the past
         * tells what its antecedent did, whatever the condition around
         * it (but not "accused X of sheltering militants who attacked
         * …": what an accusation says) */
        if (cl->flags & CF_HYPO)
            return !(past_rel && cl->kind == CL_ADV && cl->opener >= 0 &&
                     (tok_eq(&c->T[cl->opener], "if") || tok_eq(&c->T[cl->opener], "unless")));
        if (cl->kind == CL_REL && cl->vg >= 0 && (CH(c, cl->vg)->flags & (VG_PAST | VG_PERFECT)) &&
            !(CH(c, cl->vg)->flags & (VG_MODAL | VG_FUTURE)))
            past_rel = 1;
        /* "agreed to restore relations …, after President X received Y":
         * what a past "after" clause tells happened, whatever the plan
         * it hangs on */
        if (cl->kind == CL_ADV && cl->opener >= 0 && cl->vg >= 0 &&
            (tok_eq(&c->T[cl->opener], "after") || tok_eq(&c->T[cl->opener], "since")) &&
            (CH(c, cl->vg)->flags & (VG_PAST | VG_PERFECT)) && !(CH(c, cl->vg)->flags & VG_MODAL))
            return 0;
    }
    return 0;
}

/* Whether clause ci's subject is a quantity of people (words.txt
 * "quantity": "Thousands of opposition supporters", "a crowd of
 * students"): a crowd, whoever they are. */
static int counted_crowd(const ctx *c, int ci)
{
    int k = c->syn->cl[ci].subj;
    if (k < 0 || k + 2 >= c->syn->nch)
        return 0;
    const chunk *ch = CH(c, k), *pp = CH(c, k + 1);
    return tok_in(&c->T[ch->head], W_QUANTITY) && pp->kind == CK_PP && pp->prep == P_OF &&
           pp->np == k + 2 && CH(c, k + 2)->mention >= 0;
}

/* Whether a word of judgement follows token t in the clause ("called the
 * walkout illegal", "described X as appalling"). */
static int judged(const ctx *c, const clause *cl, uint32_t t)
{
    uint32_t end = CH(c, cl->c1 - 1)->t1;
    /* "groups it considers terrorists": a judgement right after the
     * verb judges an object that stands elsewhere (the relative's
     * antecedent), no actor of this clause */
    if (t < end && t > 0 && c->T[t - 1].tag == ST_VERB && tok_in(&c->T[t], W_NEGATIVE))
        return 0;
    for (uint32_t k = t; k < end && k < t + 12; k++)
        if (tok_in(&c->T[k], W_NEGATIVE))
            return 1;
    return 0;
}

/* Whether noun phrase ch names an attack: a noun of PLOVER type
 * ASSAULT or of nouns.txt class strikes (its index, or -1). */
static int assault_noun(const ctx *c, const chunk *ch, int strikes)
{
    return pl_grammar_noun_of_type(c->lx, c->T, ch->t0, ch->head, "ASSAULT") ||
           (strikes >= 0 && noun_in(c, ch->t0, ch->head, (uint32_t)strikes));
}

/* Whether noun phrase np may name an act of PLOVER type type: a class
 * of the noun makes such an event, or force either way ("denounced the
 * raid" of police told as coercion; class strikes: "the strike"). */
static int names_act_of(const ctx *c, int np, const char *type, int strikes)
{
    const chunk *ch = CH(c, np);
    if (str_eq(type, "ASSAULT") || str_eq(type, "COERCE"))
        return assault_noun(c, ch, strikes) ||
               pl_grammar_noun_of_type(c->lx, c->T, ch->t0, ch->head, "COERCE");
    return type && pl_grammar_noun_of_type(c->lx, c->T, ch->t0, ch->head, type);
}

/* The source of the latest event (of the last three sentences) whose
 * source is not on src's side: whose "decision" or "move" the text
 * means; unless np is -1, one that noun phrase np may name ("the
 * detention": an act of force rather than the sanction told after it). */
static const actor *last_other_act(const ctx *c, const actor *src, int quad, int np,
                                   size_t back)
{
    int strikes = np >= 0 ? named_class(c->lx, NC_STRIKES) : -1; /* "the strike" */
    for (size_t k = c->cv->n; k-- > 0;) {
        const cand *p = &c->cv->v[k];
        if (p->sent + back < c->si)
            break;
        if (!(p->frame->flags & FR_REACT) && (p->code && p->code->quad >= quad) &&
            !same_side(&p->src, src) && (np < 0 || names_act_of(c, np, p->code->type, strikes)))
            return &p->src;
    }
    if (quad)
        return NULL;
    /* "the Council voted to extend the mandate. X welcomed the
     * decision": an act that made no event, told in the sentence before */
    const coref_state *st = c->st;
    if (st->doer_sent && st->doer_sent + 1 >= c->si && st->doer_sent <= c->si &&
        !same_side(&st->doer, src))
        return &st->doer;
    return NULL;
}

/* The source of the latest event whose source is not on src's side and
 * whose trigger names a noun of class cls ("welcomed the truce" after
 * "declared a ceasefire" some paragraphs before), or NULL. */
/* Whether the verb at token v names the act that noun n names, by their
 * shared stem: "agreed" and "the agreement", "deployed" and "the
 * deployment". */
static int same_stem(const token *v, const token *n)
{
    size_t l = v->fold_len;
    if (l > 3 && !memcmp(v->fold + l - 3, "ing", 3))
        l -= 3;
    else if (l > 2 && !memcmp(v->fold + l - 2, "ed", 2))
        l -= v->fold[l - 3] == 'e' ? 1 : 2; /* "agreed": agree; "deployed": deploy */
    else if (l > 1 && (v->fold[l - 1] == 's' || v->fold[l - 1] == 'd'))
        l -= 1;
    return l >= 4 && n->fold_len >= l && !memcmp(v->fold, n->fold, l);
}

static const cand *last_other_act_of(const ctx *c, const actor *src, int cls,
                                     const token *head)
{
    /* "condemned the summit" after "the two leaders discussed …": an act
     * told by a verb counts when its code has the root of the class's
     * own code, for a class of acts done together (a meeting); "the
     * attack" is an act a noun of its class named */
    const lex_frame *cf = cls >= 0 ? pl_grammar_class_frame(c->lx, cls) : NULL;
    const char *root = cf && cf->code && (cf->flags & FR_SYM) ? cf->code->cameo : NULL;
    /* (the side is asked last: it takes more than the tests of the act,
     * which few of the document's events pass) */
    for (size_t k = c->cv->n; k-- > 0;) {
        const cand *p = &c->cv->v[k];
        int named = 0;
        for (uint32_t q = p->trig0; q < p->trig1 && cls >= 0 && !named; q++)
            named = pl_grammar_noun_class(c->lx, c->T, q, q) == cls;
        if (!named && !(root && p->code && !strncmp(p->code->cameo, root, 2)) &&
            !(p->trig0 < p->trig1 && c->T[p->trig0].tag == ST_VERB &&
              same_stem(&c->T[p->trig0], head)))
            continue;
        if (!(src && same_side(&p->src, src)))
            return p;
    }
    return NULL;
}

/* The author of the latest act done to tgt's first party in this
 * sentence or the two before, into *out: an act of code's QuadClass; with
 * coerce, a coercion (code's type) by another party than its target and
 * no court (courts arrest no one). Returns 1, or 0 when there is none. */
static int done_before(ctx *c, const actors *tgt, const lex_code *code, int coerce, actors *out)
{
    for (size_t q = c->cv->n; q-- > 0 && tgt->n;) {
        const cand *p = &c->cv->v[q];
        if (p->sent + 2 < c->si)
            break;
        if (p->negated || !same_side(&p->tgt, &tgt->v[0]))
            continue;
        if (coerce ? p->code->type && str_eq(p->code->type, code->type) &&
                         !same_side(&p->src, &tgt->v[0]) &&
                         !(p->src.agent && str_eq(p->src.agent, "JUD"))
                   : p->code->quad == code->quad) {
            out->v = &p->src;
            out->n = 1;
            return 1;
        }
    }
    return 0;
}

/* Whether clause ci's subject is an empty "it" that a clause under ci
 * tells the content of ("it was agreed to expand ties", "it was decided
 * that …"). */
static int expletive_it(const ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->subj < 0 || CH(c, cl->subj)->t1 != CH(c, cl->subj)->t0 + 1 ||
        !tok_eq(&c->T[CH(c, cl->subj)->t0], "it") || ci + 1 >= c->syn->ncl)
        return 0;
    const clause *d = &c->syn->cl[ci + 1];
    return d->parent == ci && (d->kind == CL_INF || d->kind == CL_COMP) && d->c0 == cl->c1;
}

/* Whether clause ci has a "when" clause with a subject of its own
 * ("were killed when troops opened fire"). */
static int when_clause_of(const ctx *c, int ci)
{
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        const clause *w = &c->syn->cl[j];
        if (w->parent == ci && w->kind == CL_REL && w->c0 >= 1 && w->subj >= 0 &&
            CH(c, w->subj)->mention >= 0 && CH(c, w->c0 - 1)->kind == CK_REL &&
            tok_eq(&c->T[CH(c, w->c0 - 1)->t0], "when"))
            return 1;
    }
    return 0;
}

/* The source of a passive: the "by" agent; for the frames marked "told"
 * (an attack), the party that did such an act to the same people just
 * before, or none; else the party of "summoned to the X Ministry"; else
 * the speaker; else, for the frames marked "passive" (an arrest, a
 * summons), the document's home. */
static int passive_source(ctx *c, int ci, const vmatch *m, const actors *tgt, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    uint32_t after = CH(c, cl->vg)->t1;
    int k = pp_after(c, cl, after, P_BY);
    /* "was handed a note of protest regarding the border closure by
     * Lithuania": a "by" after the noun of an act is that act's agent */
    if (k >= 2 && CH(c, k - 2)->kind == CK_NP && CH(c, k - 2)->t0 >= after &&
        (noun_event(c, CH(c, k - 2)->t0, CH(c, k - 2)->head) >= 0 ||
         tok_in(&c->T[CH(c, k - 2)->head], W_ACT_NOUNS)))
        k = -1;
    /* (a meeting's agent is a party itself, not what a party owns: "were
     * met by a military guard of honour") */
    if (k >= 0 && np_actors(c, k, ci, !(m->fr->flags & FR_SYM), NULL, out))
        return out->n;
    /* "two militants were killed in an encounter with security forces":
     * the other side of the fighting the passive happened in */
    k = pp_after(c, cl, after, P_IN);
    if (k >= 0 && k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP &&
        CH(c, k + 1)->prep == P_WITH && CH(c, k + 1)->np == k + 2) {
        const chunk *n = CH(c, k);
        const lex_frame *nf =
            pl_grammar_class_frame(c->lx, noun_event(c, n->t0, n->head));
        if (nf && nf->code && m->fr->code && nf->code->type && m->fr->code->type &&
            !strcmp(nf->code->type, m->fr->code->type) && np_actors(c, k + 2, ci, 1, NULL, out))
            return out->n;
    }
    /* "12 people were killed in Russian strikes", "in an Israeli air
     * raid": the author of the attack it happened in */
    if (k >= 0 && m->fr->code && str_eq(m->fr->code->type, "ASSAULT") &&
        assault_noun(c, CH(c, k), named_class(c->lx, NC_STRIKES)) && find_owner(c, k, out))
        return out->n;
    /* "20 Afghans were deported from Iran": the state they were sent
     * away from (verbs.txt "fromsrc") */
    k = (m->fr->flags & FR_FROMSRC) ? pp_after(c, cl, after, P_FROM) : -1;
    if (k >= 0 && CH(c, k)->mention >= 0 && c->ms[CH(c, k)->mention].kind == MK_COUNTRY &&
        np_actors(c, k, ci, 0, NULL, out))
        return out->n;
    if (m->fr->flags & FR_TOLD) {
        /* "eight people were killed when troops opened fire": the "when"
         * clause tells who, and codes it (casualties) */
        if (when_clause_of(c, ci))
            return 0;
        /* "One man was killed, the ombudsman's office said": the speaker
         * only tells of it; the agent is plain from the story when the
         * same kind of act was done to the same people in this sentence
         * or the two before ("police fired on protesters") */
        return done_before(c, tgt, m->fr->code, 0, out);
    }
    k = pp_after(c, cl, after, P_TO);
    if (k >= 0 && CH(c, k)->mention >= 0 && c->ms[CH(c, k)->mention].kind == MK_OFFICE &&
        np_actors(c, k, ci, 0, NULL, out))
        return out->n;
    /* "two Moroccan nationals were arrested in Madrid", "were detained
     * off Palawan": coercion by the authorities of the state where it
     * happened, whoever tells of it and whatever the people's nationality */
    if ((m->fr->flags & FR_PASSIVE) && m->fr->code && str_eq(m->fr->code->type, "COERCE"))
        for (int q = cl->vg + 1; q + 1 < cl->c1; q++) {
            const chunk *pp = CH(c, q);
            actors at;
            actor *a;
            if (pp->kind != CK_PP || pp->np != q + 1 ||
                !(pp->prep == P_IN || pp->prep == P_AT || tok_eq(&c->T[pp->t0], "off")))
                continue;
            /* (or "were detained in China": the state itself) */
            const mention *sm = CH(c, q + 1)->mention >= 0 ? &c->ms[CH(c, q + 1)->mention] : NULL;
            if (sm && pp->prep == P_IN && sm->kind == MK_COUNTRY && sm->nact == 1 &&
                sm->acts[0].country && !sm->acts[0].org && !sm->acts[0].agent &&
                !sm->acts[0].name) {
                at.v = sm->acts;
                at.n = 1;
            } else if (!place_actor(c, q + 1, &at)) {
                continue;
            }
            if (!at.v[0].country || !(a = new_actor(c)))
                continue;
            a->country = at.v[0].country;
            a->agent = "GOV";
            out->v = a;
            out->n = 1;
            return 1;
        }
    /* "The navy arrested 19 fishermen … During the operation 19
     * fishermen were arrested": a coercion of the same people as one
     * told in this sentence or the two before is that one's author's */
    if ((m->fr->flags & FR_PASSIVE) && m->fr->code && str_eq(m->fr->code->type, "COERCE") &&
        done_before(c, tgt, m->fr->code, 1, out))
        return 1;
    /* "activists have been arrested, the rights group said": a speaker
     * that holds no state power only tells of a coercion */
    if (speaker_of(c, ci, out)) {
        const actor *sp = &out->v[0];
        int coerce = m->fr->code && str_eq(m->fr->code->type, "COERCE");
        if (!coerce || (!sp->org && sp->country &&
                        (!sp->agent || str_eq(sp->agent, "GOV") || str_eq(sp->agent, "MIL") ||
                         pl_grammar_code_in(c->lx, sp->agent, W_POLICE_SECTORS))))
            return out->n;
        /* (the authorities of its state, else of the story's home) */
        actor *a = sp->country && !sp->org ? new_actor(c) : NULL;
        out->n = 0;
        if (a) {
            a->country = sp->country;
            a->agent = "GOV";
            out->v = a;
            out->n = 1;
            return 1;
        }
    }
    /* "pilgrims were urged to carry their vaccination cards": a request
     * to the home state's own people that names no author is a notice
     * to the public, not an act between parties */
    if (c->st->home && (m->fr->flags & FR_PASSIVE) && m->fr->code && m->fr->code->type &&
        !strcmp(m->fr->code->type, "REQUEST") && tgt->n && !tgt->v[0].name && tgt->v[0].agent &&
        (!tgt->v[0].country || !strcmp(tgt->v[0].country, c->st->home)) &&
        pl_grammar_code_in(c->lx, tgt->v[0].agent, W_PEOPLE_SECTORS))
        return 0;
    if (c->st->home && (m->fr->flags & FR_PASSIVE)) {
        /* its authorities: another side than its people, a group no one
         * names ("23 people were arrested": plural, by its verb) or one
         * of them told by a definite noun alone ("the activist was
         * charged") */
        actor *a = new_actor(c);
        if (a)
            a->country = c->st->home;
        const token *aux = &c->T[CH(c, cl->vg)->t0];
        int definite = cl->subj >= 0 && CH(c, cl->subj)->t0 == CH(c, cl->subj)->head - 1 &&
                       tok_eq(&c->T[CH(c, cl->subj)->t0], "the");
        if (a && tgt->n && !tgt->v[0].name &&
            (tok_eq(aux, "were") || tok_eq(aux, "are") || tok_eq(aux, "have") || definite))
            a->agent = "GOV";
        /* "demonstrations were held": by its people */
        if (a && m->fr->code && m->fr->code->type && !strcmp(m->fr->code->type, "PROTEST"))
            a->agent = "CVL";
        out->v = a;
        out->n = a ? 1 : 0;
    }
    return out->n;
}

/* "Thousands protested in Seoul": a bare count as the subject of a
 * verb of protest (verbs.txt "gov") is people, of the state of the
 * place the clause names, else of the story's home. */
static int counted_people(ctx *c, int ci, int subj, const lex_frame *fr, actors *out)
{
    out->n = 0;
    if (!(fr->flags & FR_GOV) || subj < 0 || CH(c, subj)->mention >= 0 ||
        CH(c, subj)->t1 != CH(c, subj)->head + 1 ||
        !tok_in(&c->T[CH(c, subj)->head], W_QUANTITY))
        return 0;
    /* "Hundreds of medical interns took to the streets": a count of a
     * group the lexicon does not know (plural, in lower case, no actor)
     * is people too; "thousands of protesters" is an actor of its own */
    uint32_t end = CH(c, subj)->t1;
    if (subj + 1 < c->syn->nch && CH(c, subj + 1)->kind == CK_PP && CH(c, subj + 1)->prep == P_OF) {
        int n = CH(c, subj + 1)->np;
        if (n < 0 || CH(c, n)->mention >= 0 || CH(c, n)->owner >= 0)
            return 0;
        const token *h = &c->T[CH(c, n)->head];
        if ((h->flags & TOK_CAP) || h->fold_len < 3 || h->fold[h->fold_len - 1] != 's' ||
            tok_in(h, W_QUANTITY))
            return 0;
        end = CH(c, n)->t1;
    }
    /* "Several thousand had rallied", "a few hundred marched": words of
     * count before the count */
    for (uint32_t q = CH(c, subj)->t0; q < CH(c, subj)->head; q++)
        if (!tok_in(&c->T[q], W_QUANTIFIERS) && !tok_in(&c->T[q], W_QUANTITY) &&
            !tok_in(&c->T[q], W_APPROX) && !tok_eq(&c->T[q], "a"))
            return 0;
    const clause *cl = &c->syn->cl[ci];
    const char *cc = c->st->home;
    actors at;
    for (int k = cl->vg + 1; k + 1 < cl->c1; k++)
        if (CH(c, k)->kind == CK_PP && (CH(c, k)->prep == P_IN || CH(c, k)->prep == P_AT) &&
            CH(c, k)->np == k + 1 &&
            /* (not the place of another phrase's noun: "rallied against
             * the war in Gaza") */
            !(k >= cl->vg + 3 && CH(c, k - 1)->kind == CK_NP && CH(c, k - 2)->kind == CK_PP &&
              CH(c, k - 2)->np == k - 1) &&
            place_actor(c, k + 1, &at)) {
            cc = at.v[0].country;
            break;
        }
    actor *a = cc ? new_actor(c) : NULL;
    if (!a)
        return 0;
    a->country = cc;
    a->agent = "CVL";
    a->t0 = CH(c, subj)->t0;
    a->t1 = end;
    out->v = a;
    out->n = 1;
    return 1;
}

/* Whether a reciprocal object follows token t, after adverbs: "each
 * other", "one another", "the other" (words.txt "reciprocal",
 * "reciprocal-of"), as a phrase of its own, a possessor ("each other's
 * envoys") or with a head of no meaning ("the other side"): "the other
 * parties" are a third party. */
static int reciprocal(const ctx *c, uint32_t t)
{
    uint32_t end = c->td->sents[c->si].tok1;
    t = skip_adverbs(c, t, end, 0);
    if (!(t + 1 < end && tok_in(&c->T[t], W_RECIPROCAL) && tok_in(&c->T[t + 1], W_RECIPROCAL_OF)))
        return 0;
    int k = pl_syntax_chunk_at(c->syn, t + 1);
    uint32_t n = t + 2;
    return k < 0 || CH(c, k)->t1 <= n || (c->T[n].flags & TOK_POSS) ||
           (CH(c, k)->t1 == n + 1 && tok_in(&c->T[n], W_GENERIC_HEADS));
}

/* The people who act in a clause of time under clause ci ("as
 * protesters approached", "when demonstrators marched"): a group of a
 * state's people (words.txt "local-sides"), on another side than src. */
static int time_clause_people(ctx *c, int ci, const actor *src, actors *out)
{
    for (int j = ci + 1; j < c->syn->ncl && j <= ci + 2; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent != ci || d->kind != CL_ADV || d->opener < 0 || d->subj < 0 ||
            !(tok_eq(&c->T[d->opener], "as") || tok_eq(&c->T[d->opener], "when")))
            continue;
        if (!np_actors(c, d->subj, j, 0, src, out) || out->n != 1 ||
            !pl_grammar_code_in(c->lx, out->v[0].agent, W_LOCAL_SIDES) ||
            same_side(&out->v[0], src)) {
            out->n = 0;
            continue;
        }
        return out->n;
    }
    return 0;
}

/* "15 people died when gunmen stormed a market": the victims that the
 * clause on which "when" clause ci depends counts (its verb in words.txt
 * "casualty-verbs", its subject actors), the target of an attack whose
 * own object names no one; 0 when none. */
static int casualties(ctx *c, int ci, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->kind != CL_REL || cl->parent < 0 || cl->c0 < 1 || CH(c, cl->c0 - 1)->kind != CK_REL ||
        !tok_eq(&c->T[CH(c, cl->c0 - 1)->t0], "when"))
        return 0;
    const clause *p = &c->syn->cl[cl->parent];
    if (p->vg < 0 || p->subj < 0 || !tok_in(&c->T[CH(c, p->vg)->head], W_CASUALTY))
        return 0;
    return np_actors(c, p->subj, cl->parent, 1, NULL, out);
}

/* The target of the latest act of the same code, in this sentence or
 * the one before, when clause ci tells its act as done "also"; 0 when
 * none. */
static int also_target(ctx *c, int ci, const lex_frame *fr, const actor *src, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    uint32_t t0 = CH(c, cl->c0)->t0, t1 = CH(c, cl->vg)->t1;
    int also = 0;
    for (uint32_t t = t0; t < t1 && !also; t++)
        also = tok_eq(&c->T[t], "also");
    if (!also || !fr->code)
        return 0;
    for (size_t k = c->cv->n; k-- > 0;) {
        const cand *p = &c->cv->v[k];
        if (p->sent + 1 < c->si)
            break;
        if (p->code == fr->code && !same_side(&p->tgt, src) && !same_side(&p->src, src)) {
            out->v = &p->tgt;
            out->n = 1;
            return 1;
        }
    }
    return 0;
}

/* Codes one matched verb frame in clause ci. *made counts the events. */
static int operative(ctx *c, int ci, actors *out);
static int told_of(const ctx *c, int ci);

/* "Han said China appreciates …", "Maduro said Venezuela would defend
 * …": a state whose words one of its officials reports (in reported
 * speech of clause ci) speaks through him; *src becomes the official. */
static void official_for_state(ctx *c, int ci, actors *src)
{
    const clause *cl = &c->syn->cl[ci];
    actors own;
    /* (and a quotation that runs over sentences, whose speaker is named
     * after it: "\"Canada condemns … . Let me be clear …,\" Trudeau
     * said") */
    if (src->n == 1 && !src->v[0].name && !src->v[0].role && !src->v[0].org &&
        src->v[0].country &&
        (((cl->kind == CL_COMP || cl->speaker >= 0) && (cl->flags & CF_REPORTED)) ||
         ((cl->flags & CF_QUOTE) && c->sp->has_para && c->sp->quote_speaker)) &&
        speaker_of(c, ci, &own) && own.n == 1 && own.v[0].name &&
        own.v[0].country && !strcmp(own.v[0].country, src->v[0].country))
        *src = own;
}

static int list_before(ctx *c, int ci, actors *src);
static int copula_list(ctx *c, int ci, actors *out);
static int colon_list(const ctx *c, int ci);
/* "Gunmen killed five soldiers … The Islamic State claimed
 * responsibility for the attack": the claimant is the source of the
 * latest act of material conflict within three sentences whose source
 * the text did not name (a group of unnamed people); with none, the
 * claim codes the act it names against the party of an "on" or
 * "against" phrase after it ("for the attack on the embassy"). */
static int claim(ctx *c, int ci, const vmatch *m, int *made)
{
    const clause *cl = &c->syn->cl[ci];
    actors src, tgt;
    c->why = "a claim: the claimant did the act told before";
    if (!np_actors(c, cl->subj, ci, 1, NULL, &src) || src.n != 1)
        return 0;
    for (size_t k = c->cv->n; k-- > 0;) {
        cand *p = &c->cv->v[k];
        if (p->sent + 3 < c->si)
            break;
        if (!p->code || p->code->quad != 4)
            continue;
        if (!p->src.name && !p->src.org && !same_side(&p->tgt, &src.v[0])) {
            p->src = src.v[0];
            return 0;
        }
        break; /* a named source keeps its act: this claim is another's */
    }
    c->why = "a claim: the act it names";
    int k = m->any_np >= 0 ? m->any_np : (m->cls_np >= 0 ? m->cls_np : -1);
    if (k < 0) {
        int f = pp_after(c, cl, CH(c, cl->vg)->t1, P_FOR);
        k = f >= 0 && CH(c, f)->kind == CK_PP ? CH(c, f)->np : f;
    }
    if (k < 0 || k + 2 >= c->syn->nch || CH(c, k + 1)->kind != CK_PP ||
        (CH(c, k + 1)->prep != P_ON && CH(c, k + 1)->prep != P_AGAINST) ||
        !np_actors(c, CH(c, k + 1)->np, ci, 1, &src.v[0], &tgt))
        return 0;
    drop_side(c, &tgt, &src.v[0]);
    return pairs(c, m->fr, src, tgt, CH(c, cl->vg)->head, m->end, made);
}

static const lex_frame *lone_verb_frame(const ctx *c, uint64_t h,
                                        int (*ok)(const lex_frame *fr));
static int rejects(const lex_frame *fr);
static int threatens(const lex_frame *fr);

/* Whether the warning of clause ci names what is coming (verbs.txt
 * "menace"): a clause under it, ahead (future, modal, conditional or
 * "to" + verb), whose verb is an act of conflict or a threat ("warned
 * that the army would respond", "warned that sanctions would be
 * tightened"); "against" or "not to" right after its verb or object
 * ("warned the US against any attack", "warned Manila not to"); or
 * "of" + an act of conflict or a noun of nouns.txt "measures" ("warned
 * of consequences"). */
static int warning_menaces(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    int measures = named_class(c->lx, NC_MEASURES);
    for (int k = cl->vg + 1; k < cl->c1; k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind == CK_PP && ch->prep == P_AGAINST)
            return 1;
        if (ch->kind == CK_PP && ch->prep == P_OF && ch->np >= 0) {
            const chunk *n = CH(c, ch->np);
            int cls = noun_event(c, n->t0, n->head);
            const lex_frame *nf = cls >= 0 ? pl_grammar_class_frame(c->lx, cls) : NULL;
            return (nf && nf->code && nf->code->quad >= 3) ||
                   assault_noun(c, n, named_class(c->lx, NC_STRIKES)) ||
                   (measures >= 0 && noun_in(c, n->t0, n->head, (uint32_t)measures));
        }
    }
    for (int j = ci + 1; j < c->syn->ncl && under_clause(c, j, ci); j++) {
        const clause *d = &c->syn->cl[j];
        if (d->vg < 0)
            continue;
        const chunk *v = CH(c, d->vg);
        /* "warned Manila not to play with fire" */
        if (d->kind == CL_INF && d->parent == ci && v->t0 > 0 && tok_eq(&c->T[v->t0 - 1], "not"))
            return 1;
        if (!((v->flags & (VG_FUTURE | VG_MODAL)) || (d->flags & CF_HYPO) || d->kind == CL_INF))
            continue;
        vmatch mm[MAX_MATCH];
        int n = match_verb(c, j, mm, MAX_MATCH);
        for (int i = 0; i < n; i++)
            if (mm[i].fr->code && (mm[i].fr->code->quad >= 3 || (mm[i].fr->flags & FR_THREAT)))
                return 1;
        /* "warned that sanctions would stay in place", "that the union
         * would extend the strike", "would use the full force of the
         * law": what is ahead names a sanction, a strike, a war or
         * measures */
        for (int k = d->c0; k < d->c1; k++) {
            const chunk *ch = CH(c, k);
            if (ch->kind != CK_NP || ch->mention >= 0)
                continue;
            /* ("the fighting could spread": a hazard) */
            if (k == d->subj && pl_grammar_noun_of_type(c->lx, c->T, ch->t0, ch->head, "ASSAULT"))
                continue;
            int cls = noun_event(c, ch->t0, ch->head);
            const lex_frame *nf = cls >= 0 ? pl_grammar_class_frame(c->lx, cls) : NULL;
            if ((nf && nf->code && nf->code->quad >= 3) ||
                (measures >= 0 && noun_in(c, ch->t0, ch->head, (uint32_t)measures)))
                return 1;
        }
    }
    return 0;
}

/* Whether a participle comes between token `from` and token t, which
 * names a party inside its phrase: "X and Y agreed to a ceasefire
 * brokered by Qatar" (the broker is no party to what they agreed). */
static int behind_participle(const ctx *c, uint32_t from, uint32_t t)
{
    int k = chunk_at(c, from), e = chunk_at(c, t);
    for (; k >= 0 && e >= 0 && k < e; k++)
        if (CH(c, k)->kind == CK_VG && (CH(c, k)->flags & VG_PART))
            return 1;
    return 0;
}

/* Whether clause cl's verb has no noun phrase after it ("are
 * escalating."). */
static int vg_alone(const ctx *c, const clause *cl)
{
    for (int k = cl->vg + 1; k < cl->c1; k++)
        if (CH(c, k)->kind == CK_NP)
            return 0;
    return 1;
}

static int code_match(ctx *c, int ci, const vmatch *m, int *made)
{
    const clause *cl = &c->syn->cl[ci];
    const chunk *vg = CH(c, cl->vg);
    const lex_frame *fr = m->fr;
    uint32_t t0 = vg->head, t1 = m->end;
    actors src = {0}, tgt = {0};
    if ((fr->flags & FR_NOTICE) && told_of(c, ci))
        return 0;
    if ((fr->flags & FR_MENACE) && !warning_menaces(c, ci))
        return 0;
    if (fr->flags & FR_PRED) {
        c->why = "predicate: speaker -> subject";
        if (!speaker_of(c, ci, &src))
            return 0;
        c->act_src = &src.v[0];
        /* "said there would be serious consequences for Russia": the
         * empty "there" says nothing of a party, the frame's target does */
        if (cl->subj >= 0 && CH(c, cl->subj)->t1 == CH(c, cl->subj)->t0 + 1 &&
            tok_eq(&c->T[CH(c, cl->subj)->t0], "there")) {
            if (!frame_target(c, ci, m, &src.v[0], &tgt))
                return 0;
        } else if (cl->subj < 0 ||
                   /* ("the clashes near Indaw are escalating": an act
                    * whose author the phrase does not name is told of,
                    * not blamed) */
                   (CH(c, cl->subj)->mention < 0 && CH(c, cl->subj)->owner < 0 &&
                    CH(c, cl->subj)->adj_country < 0 &&
                    conflict_noun(c, noun_event(c, CH(c, cl->subj)->t0, CH(c, cl->subj)->head)) &&
                    vg_alone(c, cl) &&
                    /* (but "the conviction was politically motivated"
                     * judges it: a predicate of "be") */
                    !(m->p && m->p->n > 1 && m->p->kind[0] == PE_BE)) ||
                   !np_actors(c, cl->subj, ci, 1, NULL, &tgt)) {
            return 0;
        }
        drop_side(c, &tgt, &src.v[0]);
        /* "said Pakistan's allegations were baseless": a judgement of a
         * claim (words.txt "content-nouns") rejects it, aimed at whose
         * claim it is */
        const lex_frame *rj;
        if (fr->code && !strncmp(fr->code->cameo, "11", 2) &&
            tok_in(&c->T[CH(c, cl->subj)->head], W_CONTENT_NOUNS) &&
            (rj = lone_verb_frame(c, text_hash("reject", 6), rejects)))
            fr = rj;
        return pairs(c, fr, src, tgt, t0, t1, made);
    }
    if ((fr->flags & FR_CLAIM) && !(vg->flags & VG_PASSIVE))
        return claim(c, ci, m, made);
    /* "was shocked by the crackdown": a predicate of "be" and a
     * participle (verbs.txt "be shocked by") is said of its subject, no
     * passive of the verb */
    if ((vg->flags & VG_PASSIVE) && !(m->p && m->p->n && m->p->kind[0] == PE_BE)) {
        /* "X was received by Y"; "sanctions were imposed by X on Y";
         * "credentials were presented by X" (to the host) */
        c->why = "passive: agent -> subject";
        /* "2,000 defectors are detained in China": a present passive with
         * no agent tells of a state, not of an act */
        if (pp_after(c, cl, vg->t1, P_BY) < 0 &&
            (tok_eq(&c->T[vg->t0], "is") || tok_eq(&c->T[vg->t0], "are") ||
             tok_eq(&c->T[vg->t0], "am")) &&
            !(vg->flags & (VG_PAST | VG_PERFECT | VG_FUTURE | VG_MODAL)))
            return 0;
        /* "was extradited by Serbia to Germany": a frame whose target is
         * a preposition's has it in the passive too (the subject is the
         * object, no party) */
        int prep_only = fr->nslots > 0 && !(fr->flags & FR_SYM);
        for (int q = 0; q < fr->nslots; q++)
            prep_only &= fr->slots[q].kind == SL_PREP;
        /* (or any object of a show of force: "Polish troops were put on
         * high alert") */
        if (m->subj_cls || (m->any_np >= 0 && m->any_np == cl->subj && (fr->flags & FR_AIM))) {
            frame_target(c, ci, m, NULL, &tgt);
            /* "Indian troops were deployed to the border": with no "by",
             * the state whose troops they are sent them ("hundreds of
             * riot police were deployed": the people counted) */
            int sj = cl->subj;
            if (CH(c, sj)->mention < 0 && tok_in(&c->T[CH(c, sj)->head], W_QUANTITY) &&
                sj + 2 < cl->vg && CH(c, sj + 1)->kind == CK_PP && CH(c, sj + 1)->prep == P_OF &&
                CH(c, sj + 1)->np == sj + 2 && CH(c, sj + 2)->mention >= 0)
                sj += 2;
            if (pp_after(c, cl, vg->t1, P_BY) < 0 && CH(c, sj)->mention >= 0 &&
                np_actors(c, sj, ci, 1, NULL, &src)) {
                c->why = "passive: the subject's owner -> slot";
                if (tgt.n)
                    drop_side(c, &tgt, &src.v[0]);
                /* "police were deployed in Nairobi ahead of the
                 * protests": aimed as the active is */
                if (!tgt.n && (fr->flags & FR_AIM)) {
                    c->why = "passive: the subject's owner -> aim";
                    if (aim_target(c, ci, fr, &src.v[0], &tgt) <= 0)
                        tgt.n = 0;
                }
                if (tgt.n)
                    return pairs(c, fr, src, tgt, t0, t1, made);
            } else if (pp_after(c, cl, vg->t1, P_BY) < 0 && (fr->flags & FR_FROMSRC) &&
                       (fr->flags & FR_AIM)) {
                /* "the missile, which was fired eastward from North
                 * Korea": the state it came from, never the story's home */
                int kf = pp_after(c, cl, vg->t1, P_FROM);
                if (kf < 0 || CH(c, kf)->mention < 0 ||
                    c->ms[CH(c, kf)->mention].kind != MK_COUNTRY ||
                    !np_actors(c, kf, ci, 0, NULL, &src))
                    return 0;
                c->why = "passive: from -> aim";
                if (!tgt.n && aim_target(c, ci, fr, &src.v[0], &tgt) <= 0)
                    tgt.n = 0;
                if (tgt.n)
                    drop_side(c, &tgt, &src.v[0]);
                return tgt.n ? pairs(c, fr, src, tgt, t0, t1, made) : 0;
            } else if (pp_after(c, cl, vg->t1, P_BY) < 0 && CH(c, sj)->mention < 0 &&
                       (fr->flags & FR_AIM) && c->st->home && m->subj_cls) {
                /* "Security personnel were deployed to the affected
                 * areas": a force no state is named for is the story's
                 * home state's, aimed as the active is */
                actor *a = new_actor(c);
                if (a) {
                    a->country = c->st->home;
                    a->agent = "GOV";
                    src.v = a;
                    src.n = 1;
                    c->why = "passive: the home state -> aim";
                    if (!tgt.n && aim_target(c, ci, fr, &src.v[0], &tgt) <= 0)
                        tgt.n = 0;
                    if (tgt.n)
                        drop_side(c, &tgt, &src.v[0]);
                    if (tgt.n)
                        return pairs(c, fr, src, tgt, t0, t1, made);
                }
            }
        } else if (prep_only && CH(c, cl->subj)->mention < 0 &&
                   frame_target(c, ci, m, NULL, &tgt)) {
            c->why = "passive: agent -> the preposition's";
        } else if (expletive_it(c, ci) && (fr->flags & FR_SYM) && (fr->flags & FR_CTX)) {
            /* "held talks with X, during which it was agreed to expand
             * ties": an empty "it" before what was agreed; among the
             * current interlocutors */
            coref_state *st = c->st;
            c->why = "passive: \"it was agreed\", among the interlocutors";
            if (st->ngroup < 2 || st->group_sent + 4 < c->si)
                return 0;
            actors g = {st->group, st->ngroup};
            return among(c, fr, g, t0, t1, made);
        } else if (!passive_subject(c, ci, fr, &tgt)) {
            /* "prospects of cooperation were discussed with X": a topic
             * as the subject, the counterpart after "with", the main
             * actor as the other side */
            const actor *p = principal_actor(c);
            /* "an Exchange of Notes was signed in Maputo between X and
             * Y": among them */
            int kb = (fr->flags & FR_SYM) ? pp_after(c, cl, vg->t1, P_BETWEEN) : -1;
            c->why = "passive: between";
            if (kb >= 0 && np_actors(c, kb, ci, 0, NULL, &tgt) >= 2)
                return among(c, fr, tgt, t0, t1, made);
            int k = (fr->flags & FR_SYM) ? pp_after(c, cl, vg->t1, P_WITH) : -1;
            c->why = "passive: main actor -> with";
            if (k < 0 || !p || !np_actors(c, k, ci, 0, p, &tgt))
                return 0;
            actors one = {p, 1};
            drop_side(c, &tgt, p);
            return pairs(c, fr, one, tgt, t0, t1, made);
        } else if (tgt.n == 1 && !tgt.v[0].name && tgt.v[0].agent &&
                   CH(c, cl->subj)->mention >= 0 &&
                   c->ms[CH(c, cl->subj)->mention].kind != MK_GROUP) {
            /* "Protesters including activists X and Y have been
             * arrested": the group and the people named in it */
            int states, x = named_examples(c, cl->subj, &states);
            actors ex;
            if (x >= 0 && x < cl->vg && np_actors(c, x, ci, 1, NULL, &ex) && ex.v[0].name &&
                !join_actors(c, tgt.v, 1, ex.v, ex.n, &tgt))
                return PARLEY_ENOMEM;
        }
        if (!passive_source(c, ci, m, &tgt, &src)) {
            /* "talks were held between X and Y"; "an agreement was
             * signed": the current interlocutors */
            coref_state *st = c->st;
            c->why = "passive: among the targets";
            if ((fr->flags & FR_SYM) && tgt.n >= 2)
                return among(c, fr, tgt, t0, t1, made);
            int k = pp_after(c, cl, vg->t1, P_BETWEEN);
            if ((fr->flags & FR_SYM) && np_actors(c, k, ci, 0, NULL, &tgt) >= 2)
                return among(c, fr, tgt, t0, t1, made);
            c->why = "passive: the interlocutors";
            if ((fr->flags & FR_SYM) && (fr->flags & FR_CTX) && st->ngroup >= 2 &&
                st->group_sent + 4 >= c->si) {
                actors g = {st->group, st->ngroup};
                return among(c, fr, g, t0, t1, made);
            }
            return 0;
        }
        drop_side(c, &tgt, &src.v[0]);
        if (tgt.n)
            return pairs(c, fr, src, tgt, t0, t1, made);
        /* "signed by X and Y": between the two; "credentials were
         * presented by A; B; … and H": each to the host */
        c->why = "passive: among the agents";
        if ((fr->flags & FR_SYM) && src.n == 2)
            return among(c, fr, src, t0, t1, made);
        c->why = "passive: agent -> context";
        if ((fr->flags & FR_CTX) && context_target(c, fr, &src.v[0], &tgt))
            return pairs(c, fr, src, tgt, t0, t1, made);
        /* "demonstrations were held in Ankara": against their government */
        c->why = "passive: agent -> own government";
        if ((fr->flags & FR_GOV) && own_government(c, &src.v[0], &tgt))
            return pairs(c, fr, src, tgt, t0, t1, made);
        return 0;
    }
    /* "the verdict drew criticism from the EU": the party of the "from"
     * phrase acts on the subject, or on whoever did what it names */
    if (fr->flags & FR_RECV) {
        actors giver;
        c->why = "active: the slot -> the subject, who receives it";
        if (!frame_target(c, ci, m, NULL, &giver) || giver.n < 1)
            return 0;
        c->act_src = &giver.v[0];
        if (!np_actors(c, cl->subj, ci, 1, NULL, &src))
            return 0;
        drop_side(c, &src, &giver.v[0]);
        return pairs(c, fr, giver, src, t0, t1, made);
    }
    /* "The meetings, held at the Prime Minister's Office, involved China,
     * Australia and Pakistan": the parties of the event the subject names
     * (verbs.txt "parts") */
    if ((fr->flags & FR_PARTS) && cl->subj >= 0 && CH(c, cl->subj)->mention < 0) {
        const chunk *sc = CH(c, cl->subj);
        const lex_frame *nf =
            pl_grammar_class_frame(c->lx, noun_event(c, sc->t0, sc->head));
        if (!nf || !nf->code || !fr->code || !str_eq(nf->code->type, fr->code->type) ||
            !tok_eq(&c->T[sc->t0], "the"))
            return 0;
        const actor *p;
        if (!nominal_source(c, ci, cl->subj, nf, &src)) {
            if (!(p = principal_actor(c)))
                return 0;
            src.v = p;
            src.n = 1;
        }
        if (!frame_target(c, ci, m, &src.v[0], &tgt))
            return 0;
        drop_side(c, &tgt, &src.v[0]);
        c->why = "the parties of the event the subject names";
        return pairs(c, fr, src, tgt, t0, t1, made);
    }
    /* "police fired tear gas to disperse them": the subject of a "to"
     * clause of purpose is the one who acts, not the object before it */
    int subj = cl->subj;
    if ((fr->flags & FR_PURPOSE) && cl->kind == CL_INF && cl->parent >= 0 && subj >= 0 &&
        CH(c, subj)->mention < 0)
        subj = c->syn->cl[cl->parent].subj;
    /* (each of the people listed acts alone, not with the others) */
    int listed = copula_list(c, ci, &src) > 0;
    if (!listed && colon_list(c, ci)) {
        c->sp->list_fr = fr;
        c->sp->list_sent = c->si + 1;
        return 0;
    }
    if (!listed && !counted_people(c, ci, subj, fr, &src) &&
        !np_actors(c, subj, ci, 1, NULL, &src) && !operative(c, ci, &src))
        return 0;
    if (list_before(c, ci, &src))
        return PARLEY_ENOMEM;
    /* "Han said China appreciates …": a state whose words one of its
     * officials reports speaks through him (the speaker is the source
     * of a verbal act; the state's deeds stay the state's) */
    if (fr->code && fr->code->quad % 2 == 1)
        official_for_state(c, ci, &src);
    c->act_src = &src.v[0];
    actors sp;
    c->teller = (cl->flags & CF_REPORTED) && speaker_of(c, ci, &sp) ? &sp.v[0] : NULL;
    c->claimant = in_complement(c, ci) ? c->teller : NULL;
    if ((fr->flags & FR_JUDGE) && !judged(c, cl, m->end))
        return 0;
    if ((fr->flags & FR_AMONG) && src.n < 2)
        return 0;
    /* "struck Zike village": a verb with an object is not the one that
     * takes none */
    if ((fr->flags & FR_INTRANS) && m->p->n == 1 && cl->vg + 1 < cl->c1 &&
        CH(c, cl->vg + 1)->kind == CK_NP && !tok_in(&c->T[CH(c, cl->vg + 1)->head], W_CALENDAR) &&
        !tok_in(&c->T[CH(c, cl->vg + 1)->head], W_TIME_NOUNS))
        return 0;
    if ((fr->flags & FR_PERSON) && !src.v[0].name && !src.v[0].role)
        return 0;
    /* a group of people (words.txt "people-sectors") protests otherwise,
     * and so does a crowd counted ("Thousands of opposition supporters
     * protested") */
    if (fr->flags & (FR_OFFICIAL | FR_CROWD)) {
        int people = pl_grammar_code_in(c->lx, src.v[0].agent, W_PEOPLE_SECTORS) ||
                     counted_crowd(c, ci);
        if ((fr->flags & FR_OFFICIAL) ? people : !people)
            return 0;
    }
    int pin, pcls = (fr->flags & FR_PROTESTERS) ? named_class(c->lx, NC_PROTESTERS) : -1;
    if ((fr->flags & FR_PROTESTERS) &&
        (pcls < 0 || cl->subj < 0 || !np_in_class(c, cl->subj, (uint32_t)pcls, &pin)))
        return 0;
    /* "police stormed the offices": repression (words.txt "police-sectors") */
    if ((fr->flags & FR_POLICE) && !pl_grammar_code_in(c->lx, src.v[0].agent, W_POLICE_SECTORS))
        return 0;
    /* "troops left the base": only an armed force withdraws so */
    if ((fr->flags & FR_FORCES) &&
        !(src.v[0].agent && (!strcmp(src.v[0].agent, "MIL") || !strcmp(src.v[0].agent, "REB"))))
        return 0;
    /* "X and Y signed the plan between their ministries": among them;
     * but "Qatari and Egyptian mediators held talks with Hamas": each
     * with the named counterpart */
    /* "both sides accused each other": every member at every other */
    /* "Russia and Ukraine each released 115 prisoners": each to the
     * other */
    /* "Qatar and Egypt cut ties with Israel": a mutual act with a
     * party named is at that party */
    int untargeted = src.n >= 2 && !frame_target(c, ci, m, NULL, &tgt);
    int each = untargeted && vg->t0 > 0 && tok_in(&c->T[vg->t0 - 1], W_RECIPROCAL);
    tgt.n = 0;
    if (src.n >= 2 && (((fr->flags & FR_MUTUAL) && untargeted) || reciprocal(c, m->end) || each)) {
        c->why = "active: each at the others";
        return each_to_each(c, fr, src, t0, t1, made);
    }
    c->why = "active: among the subjects";
    if ((fr->flags & FR_SYM) && src.n >= 2 && !listed) {
        c->why = "active: subjects -> slot";
        if (frame_target(c, ci, m, &src.v[0], &tgt) && !same_side(&tgt.v[0], &src.v[1]) &&
            !behind_participle(c, m->end, tgt.v[0].t0))
            return pairs(c, fr, src, tgt, t0, t1, made);
        c->why = "active: among the subjects";
        /* "Both sides welcomed the growing volume of trade": a verb
         * alone whose object must be an actor (noowner) tells of nothing
         * among its subjects when its object names no one */
        if ((fr->flags & FR_NOOWNER) && m->p->n == 1 && cl->vg + 1 < cl->c1 &&
            CH(c, cl->vg + 1)->kind == CK_NP && CH(c, cl->vg + 1)->mention < 0 &&
            !tok_in(&c->T[CH(c, cl->vg + 1)->head], W_CALENDAR) &&
            !tok_in(&c->T[CH(c, cl->vg + 1)->head], W_TIME_NOUNS))
            return 0;
        return among(c, fr, src, t0, t1, made);
    }
    c->why = "active: subject -> slot";
    if (frame_target(c, ci, m, &src.v[0], &tgt)) {
        /* "expelled two Chinese nationals": people who are no envoys
         * are deported (CAMEO 174), not a state's mission sent home */
        const lex_frame *df;
        if (fr->code && !strcmp(fr->code->cameo, "161") && tgt.n == 1 && !tgt.v[0].name &&
            tgt.v[0].agent &&
            (pl_grammar_code_in(c->lx, tgt.v[0].agent, W_PEOPLE_SECTORS) ||
             !strcmp(tgt.v[0].agent, "MED")) &&
            (df = lone_verb_frame(c, text_hash("deport", 6), deports)))
            fr = df;
        int rc = pairs(c, fr, src, tgt, t0, t1, made);
        /* "Armenia swapped four detainees with Azerbaijan": each way */
        if (!rc && (fr->flags & FR_MUTUAL) && (fr->flags & FR_SYM))
            rc = pairs(c, fr, tgt, src, t0, t1, made);
        return rc;
    }
    /* "with both sides pledging to deepen cooperation": the parties a
     * group names pledge to each other (an agreement among them) */
    c->why = "active: among the group";
    if (src.n >= 2 && CH(c, cl->subj)->mention >= 0 &&
        c->ms[CH(c, cl->subj)->mention].kind == MK_GROUP && fr->code &&
        !strncmp(fr->code->cameo, "03", 2))
        return among(c, fr, src, t0, t1, made);
    /* "… recalled his ambassador to Israel, while Y said he had also
     * called back his envoy": the target of the same act just told */
    c->why = "active: also";
    if (also_target(c, ci, fr, &src.v[0], &tgt))
        return pairs(c, fr, src, tgt, t0, t1, made);
    c->why = "active: subject -> the victims it caused";
    if (fr->code && fr->code->quad == 4 && casualties(c, ci, &tgt))
        return pairs(c, fr, src, tgt, t0, t1, made);
    /* "Police fired tear gas as protesters approached parliament": force
     * with no target in its clause is aimed at the people who act in
     * the clause of time that follows it */
    c->why = "active: subject -> the clause of time";
    if (fr->code && fr->code->quad == 4 && time_clause_people(c, ci, &src.v[0], &tgt))
        return pairs(c, fr, src, tgt, t0, t1, made);
    /* "Colombia and the ELN declared a ceasefire": the sides of a
     * conflict named together act towards each other, not each towards
     * a foe of the first */
    c->why = "active: the sides to each other";
    if ((fr->flags & FR_FOE) && src.n >= 2)
        return each_to_each(c, fr, src, t0, t1, made);
    c->why = "active: subject -> context";
    /* an operative paragraph ("Decides to remain seized of the matter")
     * names whom it is aimed at, or no one */
    if (cl->subj < 0)
        return 0;

    /* "warning that the window for elections was closing": a
     * complement that names no party and tells of nothing to come (no
     * "would not go unanswered", "was prepared to fight") is aimed at
     * no one, not at the current counterpart */
    int comp_slot = 0, has_comp = 0;
    for (int q = 0; q < fr->nslots; q++)
        comp_slot |= fr->slots[q].kind == SL_COMP;
    for (int j = ci + 1; comp_slot && j < c->syn->ncl && !has_comp; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent != ci || d->kind != CL_COMP)
            continue;
        int ahead = d->vg >= 0 && ((CH(c, d->vg)->flags & (VG_FUTURE | VG_MODAL)) ||
                                   (d->flags & CF_HYPO));
        for (int q = d->vg + 1; d->vg >= 0 && q < d->c1 && q <= d->vg + 1 && !ahead; q++)
            ahead = CH(c, q)->kind == CK_NP && tok_in(&c->T[CH(c, q)->head], W_READY);
        for (int q = j + 1; q < c->syn->ncl && !ahead; q++)
            ahead = c->syn->cl[q].parent == j &&
                    (c->syn->cl[q].kind == CL_INF ||
                     (c->syn->cl[q].vg >= 0 &&
                      (CH(c, c->syn->cl[q].vg)->flags & (VG_FUTURE | VG_MODAL))));
        /* "warned that supplies would run out": what is to come of a
         * thing, by no party and by no act of force, threatens no one */
        if (ahead && threatens(fr) && d->vg >= 0 && d->subj >= 0 && CH(c, d->subj)->mention < 0 &&
            CH(c, d->subj)->owner < 0 && CH(c, d->subj)->adj_country < 0 &&
            !tok_in(&c->T[CH(c, d->subj)->t0], W_DET) && !tok_in(&c->T[CH(c, d->subj)->t0], W_POSSDET)) {
            vmatch mm[MAX_MATCH];
            int nm = match_verb(c, j, mm, MAX_MATCH), menace = 0;
            for (int i = 0; i < nm; i++)
                menace |= mm[i].fr->code &&
                          (mm[i].fr->code->quad >= 3 || (mm[i].fr->flags & FR_THREAT));
            ahead = menace;
        }
        has_comp = !ahead;
    }
    /* "would retaliate if Finland hosted American bases": the party of
     * the condition is the target (conditional_threat), not the
     * discourse's */
    if ((fr->flags & FR_THREAT) && !(fr->flags & FR_PRED) && condition_party(c, ci, 0))
        return 0;
    int aim = (fr->flags & FR_AIM) ? aim_target(c, ci, fr, &src.v[0], &tgt) : 0;
    /* "accused its neighbour", "urged the other side to": the state of
     * the counterpart the discourse gives */
    if (aim <= 0 && relational_object(c, ci) &&
        (context_target(c, fr, &src.v[0], &tgt) || opponent(c, &src.v[0], &tgt))) {
        actor *a = tgt.n == 1 && tgt.v[0].country && !tgt.v[0].org ? new_actor(c) : NULL;
        if (a) {
            a->country = tgt.v[0].country;
            tgt.v = a;
        }
        return pairs(c, fr, src, tgt, t0, t1, made);
    }
    if (aim > 0 || (aim == 0 && (fr->flags & FR_OPP) && opponent(c, &src.v[0], &tgt)) ||
        /* (not in a relative clause on a thing: "the memorandum that
         * they promised to prepare" is no promise made to anyone here) */
        ((fr->flags & FR_CTX) && !has_comp && !passive_part(c, cl) &&
         !(cl->kind == CL_REL && (cl->gap >= 0 || cl->subj >= cl->c0)) &&
         context_target(c, fr, &src.v[0], &tgt)) ||
        ((fr->flags & FR_GOV) && own_government(c, &src.v[0], &tgt)) ||
        ((fr->flags & FR_FOLK) && own_people(c, &src.v[0], &tgt)) ||
        ((fr->flags & FR_SELF) && own_state(c, &src.v[0], &tgt)) ||
        ((fr->flags & FR_FOE) && foe(c, &src.v[0], &tgt)))
        return pairs(c, fr, src, tgt, t0, t1, made);
    /* "Cambodia's defence ministry said Thai troops had opened fire
     * first": force told by the other side, aimed at no one named, is
     * that side's accusation */
    const actor *cm = c->claimant;
    int aimed = 0; /* "launched missiles at the capital": a report of an
                      attack on a place, not a claim of who began */
    for (int k = cl->vg + 1; k < cl->c1; k++)
        aimed |= CH(c, k)->kind == CK_PP && CH(c, k)->np >= 0;
    if (cm && !aimed && fr->code && fr->code->quad == 4 && !same_side(cm, &src.v[0]) &&
        src.v[0].country && cm->country && strcmp(src.v[0].country, cm->country)) {
        const lex_code *acc = pl_lexicon_code(c->lx, "112");
        c->why = "a reported attack: the speaker's accusation";
        if (acc && acc->type) {
            if (add_cand(c, fr, acc, cm, &src.v[0], t0, t1))
                return PARLEY_ENOMEM;
            (*made)++;
        }
    }
    return 0;
}

/* Whether chunk k is the punctuation mark p. */
static int is_punct_chunk(const ctx *c, int k, const char *p)
{
    return CH(c, k)->kind == CK_PUNCT && tok_eq(&c->T[CH(c, k)->t0], p);
}

static int is_comma(const ctx *c, int k)
{
    return is_punct_chunk(c, k, ",");
}

/* "Poland, the Baltic states and Finland condemned …": the parties
 * listed before the subject, past items that name none, when the list
 * opens the clause. Adds them to *src; returns 0, or PARLEY_ENOMEM. */
static int list_before(ctx *c, int ci, actors *src)
{
    const clause *cl = &c->syn->cl[ci];
    int k = cl->subj;
    if (k < 2 || CH(c, k - 1)->kind != CK_CONJ || !tok_eq(&c->T[CH(c, k - 1)->t0], "and"))
        return 0;
    actor more[16];
    int n = 0, j = k - 2;
    /* "The Acting President, Yemi Osinbajo, and the President of Ghana,
     * X, have agreed": a comma before the "and" that an apposition
     * closes */
    if (j > cl->c0 && is_comma(c, j) && CH(c, j - 1)->kind == CK_NP)
        j--;
    /* "…, after the United States, Israel and Britain blamed Tehran": a
     * list that a word that may open a clause opens (words.txt "sub"),
     * read as its preposition's, may begin before the clause */
    int lo = cl->c0;
    if (k == cl->c0)
        for (int q = k - 2; q > 0; q--) {
            const chunk *ch = CH(c, q);
            if (ch->kind == CK_PP && ch->np == q + 1 && tok_in(&c->T[ch->t0], W_SUB)) {
                lo = q + 1;
                break;
            }
            if (!(ch->kind == CK_NP || is_comma(c, q)))
                break;
        }
    for (;;) {
        /* "The Government of the Philippines (GRP) and the NDFP": past
         * an item's acronym in brackets */
        if (j >= lo + 3 && is_punct_chunk(c, j, ")") && CH(c, j - 1)->kind == CK_NP &&
            is_punct_chunk(c, j - 2, "(") && CH(c, j - 3)->kind == CK_NP)
            j -= 3;
        if (!(j >= lo && CH(c, j)->kind == CK_NP))
            break;
        if (j > 0 && CH(c, j - 1)->kind == CK_PP && CH(c, j - 1)->np == j &&
            !(j == lo && lo < cl->c0))
            return 0; /* "talks with X, Y and Z": no subject list */
        actors a;
        if (CH(c, j)->mention >= 0 && c->ms[CH(c, j)->mention].kind != MK_GROUP &&
            c->ms[CH(c, j)->mention].kind != MK_PRONOUN && np_actors(c, j, ci, 0, NULL, &a))
            for (int q = 0; q < a.n && n < 16; q++)
                more[n++] = a.v[q];
        if (j - 1 < lo || !is_comma(c, j - 1))
            break;
        j -= 2;
    }
    /* the list must open the clause, after a dateline at most */
    if (!n || (j > lo && !(j > 0 && CH(c, j - 1)->kind == CK_PUNCT &&
                            !is_comma(c, j - 1))))
        return 0;
    return join_actors(c, more, n, src->v, src->n, src) ? 0 : PARLEY_ENOMEM;
}

/* "2. Condemns the detention of X and calls for his release": an
 * operative paragraph of a decision, a clause with no subject whose
 * verb in the present tense opens the sentence, is the body's that the
 * line ending in a colon before it named. */
static int operative(ctx *c, int ci, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    out->n = 0;
    while (cl->kind == CL_COORD && cl->parent >= 0 && cl->subj < 0)
        cl = &c->syn->cl[cl->parent];
    if (!c->st->has_lead || cl->kind != CL_MAIN || cl->subj >= 0 || cl->vg < 0 ||
        CH(c, cl->vg)->t0 != c->td->sents[c->si].tok0 ||
        !(c->T[CH(c, cl->vg)->head].readings & PR_3SG) || !(c->T[CH(c, cl->vg)->head].flags & TOK_CAP))
        return 0;
    out->v = &c->st->lead;
    out->n = 1;
    return 1;
}

/* Whether a clause under ci says it was to tell of something: "was
 * summoned to be informed of the decision", "…, where he was handed a
 * note on it" (words.txt "notified"). */
static int told_of(const ctx *c, int ci)
{
    for (int j = ci + 1; j < c->syn->ncl; j++) {
        const clause *d = &c->syn->cl[j];
        if (d->parent != ci || d->vg < 0 || (d->kind != CL_INF && d->kind != CL_REL))
            continue;
        if (d->kind == CL_REL && !(d->opener >= 0 && tok_eq(&c->T[d->opener], "where")))
            continue;
        if (tok_in(&c->T[CH(c, d->vg)->head], W_NOTIFIED))
            return 1;
    }
    return 0;
}

/* Whether the verb group of clause ci may code frame fr: not negated,
 * not planned or conditional (threats are said of the future), not in
 * an infinitive. */
static int intent_verb(const ctx *c, uint32_t t);

static int mood_ok(const ctx *c, int ci, const lex_frame *fr)
{
    const clause *cl = &c->syn->cl[ci];
    const chunk *vg = CH(c, cl->vg);
    if ((fr->flags & FR_NEGONLY) && !(vg->flags & VG_NEG))
        return 0;
    /* "did not accept", "will not accept", "cannot accept": a refusal
     * now, whatever the tense */
    if ((fr->flags & FR_NEGONLY) && !(fr->flags & FR_THREAT))
        return cl->kind != CL_INF && !hypothetical(c, ci);
    /* "Egypt and Saudi Arabia, which back the army, urged …": a stance
     * told in the present of a relative clause after a comma describes
     * a party, it is no act of the day */
    if (cl->kind == CL_REL && cl->c0 >= 2 && CH(c, cl->c0 - 1)->kind == CK_REL &&
        CH(c, cl->c0 - 2)->kind == CK_PUNCT && (vg->flags & VG_PRESENT) &&
        !(vg->flags & (VG_ING | VG_PERFECT | VG_PASSIVE)) && fr->code && fr->code->quad % 2 == 1)
        return 0;
    /* "the Council decided to extend the sanctions": what a decision
     * told as taken decides is done (words.txt "decided"), though
     * "decide" is among the words of plans */
    if (cl->kind == CL_INF && !(vg->flags & (VG_NEG | VG_MODAL)) && cl->parent >= 0 &&
        c->syn->cl[cl->parent].vg >= 0 &&
        fr->code && fr->code->type && !(fr->flags & FR_THREAT)) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if (tok_in(&c->T[pv->head], W_DECIDED) && (pv->flags & (VG_PAST | VG_PERFECT)) &&
            !(pv->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, cl->parent))
            return 1;
    }
    /* "militants attempted to storm the post", "tried to attack": an act
     * of force tried is made, whatever came of it (words.txt "attempt",
     * though "try" is among the words of plans); a meeting or a deal
     * tried is not */
    if (cl->kind == CL_INF && !(vg->flags & (VG_NEG | VG_MODAL)) && cl->parent >= 0 &&
        c->syn->cl[cl->parent].vg >= 0 && fr->code && fr->code->quad == 4 &&
        !(fr->flags & FR_THREAT)) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if (tok_in(&c->T[pv->head], W_ATTEMPT) && (pv->flags & (VG_PAST | VG_PERFECT)) &&
            !(pv->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, cl->parent))
            return 1;
    }
    /* "condemned Chile's decision to expel its ambassador": the noun of
     * a decision before the infinitive tells it as taken */
    if (cl->kind == CL_INF && !(vg->flags & (VG_NEG | VG_MODAL)) && cl->subj >= 0 &&
        cl->subj + 1 <= cl->vg && CH(c, cl->subj)->kind == CK_NP &&
        tok_in(&c->T[CH(c, cl->subj)->head], W_DECIDED) && fr->code && fr->code->type &&
        !(fr->flags & FR_THREAT) && !hypothetical(c, ci))
        return 1;
    /* "Modi to visit Moscow": a headline's infinitive is a plan; so is
     * the means of a future act ("would respond by expelling …") */
    int future = (vg->flags & (VG_FUTURE | VG_MODAL)) || hypothetical(c, ci) ||
                 (cl->kind == CL_MAIN && (vg->flags & VG_INF)) ||
                 /* "must withdraw its forces and free the detainees": a
                  * bare verb after "and" shares the modal before it */
                 (cl->kind == CL_COORD && cl->parent >= 0 && c->syn->cl[cl->parent].vg >= 0 &&
                  (CH(c, c->syn->cl[cl->parent].vg)->flags & (VG_FUTURE | VG_MODAL)) &&
                  !(vg->flags & (VG_PAST | VG_PERFECT | VG_PASSIVE | VG_ING)) && vg->t1 == vg->t0 + 1 &&
                  (c->T[vg->head].vform & PR_BASE) && !(c->T[vg->head].vform & PR_PAST)) ||
                 ((cl->kind == CL_ADV || cl->kind == CL_PART) && (vg->flags & VG_ING) &&
                  cl->parent >= 0 && c->syn->cl[cl->parent].vg >= 0 &&
                  (CH(c, c->syn->cl[cl->parent].vg)->flags & (VG_FUTURE | VG_MODAL)));
    /* a threat is said of the future, but "is expected to retaliate" is
     * someone's forecast */
    /* "vowed to take resolute countermeasures": what one vows to do is
     * to come */
    if ((fr->flags & FR_THREAT) && cl->kind == CL_INF && cl->parent >= 0 &&
        c->syn->cl[cl->parent].vg >= 0 && intent_verb(c, CH(c, c->syn->cl[cl->parent].vg)->head))
        return !hypothetical(c, cl->parent);
    /* "would be obliged to respond", "will have to retaliate": the
     * future of the verb the infinitive completes */
    if ((fr->flags & FR_THREAT) && cl->kind == CL_INF && cl->parent >= 0 &&
        c->syn->cl[cl->parent].vg >= 0) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if ((pv->flags & (VG_FUTURE | VG_MODAL)) && !(pv->flags & VG_NEG) &&
            !(pv->flags & VG_INF) && !hypothetical(c, ci))
            return 1;
    }
    /* "demanded that Kabul take action against the TTP": a demanded act
     * in the subjunctive is nobody's threat */
    if ((fr->flags & FR_THREAT) && cl->kind == CL_COMP && (cl->flags & CF_HYPO) &&
        !(vg->flags & (VG_FUTURE | VG_MODAL)))
        return 0;
    /* ("the shells were fired Friday, the JCS said": a predicate told
     * in the past is a report, no threat) */
    if (fr->flags & FR_THREAT)
        return !(cl->kind == CL_INF && hypothetical(c, ci)) &&
               (future || ((fr->flags & FR_PRED) && !(vg->flags & (VG_PAST | VG_PERFECT))));
    /* "hundreds gathered in the capital to protest against …": the
     * protest is done as they gather (words.txt "gatherings") */
    if (cl->kind == CL_INF && !future && cl->parent >= 0 && c->syn->cl[cl->parent].vg >= 0 &&
        fr->code && fr->code->type && !strcmp(fr->code->type, "PROTEST")) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if (tok_in(&c->T[pv->head], W_GATHERINGS) && (pv->flags & (VG_PAST | VG_PERFECT)) &&
            !(pv->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, cl->parent))
            return 1;
    }
    /* "fired tear gas on Wednesday night to disperse protesters": the
     * purpose of an act told as done is done (verbs.txt "purpose") */
    if (cl->kind == CL_INF && !future && (fr->flags & FR_PURPOSE) && cl->parent >= 0 &&
        c->syn->cl[cl->parent].vg >= 0) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if ((pv->flags & (VG_PAST | VG_PERFECT)) && !(pv->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) &&
            !hypothetical(c, cl->parent))
            return 1;
    }
    /* "Akufo-Addo was said to have thanked Osinbajo": a perfect
     * infinitive under a passive verb of saying (words.txt "say") tells
     * the act as done, reported */
    if (cl->kind == CL_INF && (vg->flags & VG_PERFECT) && !(vg->flags & (VG_NEG | VG_MODAL)) &&
        cl->parent >= 0 && c->syn->cl[cl->parent].vg >= 0) {
        const chunk *pv = CH(c, c->syn->cl[cl->parent].vg);
        if ((pv->flags & VG_PASSIVE) && tok_in(&c->T[pv->head], W_SAY) &&
            !(pv->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, cl->parent))
            return 1;
    }
    if (cl->kind == CL_INF || future)
        return 0;
    /* "Yaish, who had been arrested 15 months ago": a relative clause in
     * the perfect tells who a participant is, not what happened */
    /* (but "Fidan, who had earlier held separate meetings with X": an
     * act of the story's day, told by an adverb of its time) */
    if (cl->kind == CL_REL && (vg->flags & VG_PERFECT)) {
        int told = 0;
        for (uint32_t t = vg->t0; t < vg->t1 && !(vg->flags & VG_PASSIVE); t++)
            told |= tok_in(&c->T[t], W_ADVERB);
        if (!told)
            return 0;
    }
    /* "has repeatedly brushed aside", "frequently raid": a standing
     * position or a habit (the adverb inside the verb group or right
     * before it) */
    uint32_t h0 = cl->vg > 0 && CH(c, cl->vg - 1)->kind == CK_ADV ? CH(c, cl->vg - 1)->t0 : vg->t0;
    for (uint32_t t = h0; t < vg->t1; t++)
        if (tok_in(&c->T[t], W_HABITUAL))
            return 0;
    /* "Since 2014, Canada has imposed sanctions on more than 3,300
     * individuals": a record that runs to the present, no event (not an
     * activity that goes on: "have been on strike since June") */
    int been = 0;
    for (uint32_t t = vg->t0; t < vg->t1; t++)
        been |= tok_eq(&c->T[t], "been");
    if ((vg->flags & VG_PERFECT) && !been &&
        (tok_eq(&c->T[vg->t0], "has") || tok_eq(&c->T[vg->t0], "have")))
        for (uint32_t t = CH(c, 0)->t0; t + 1 < CH(c, cl->c1 - 1)->t1; t++)
            if (tok_eq(&c->T[t], "since") &&
                (((c->T[t + 1].flags & TOK_NUM) && c->T[t + 1].fold_len == 4) ||
                 tok_in(&c->T[t + 1], W_CALENDAR)))
                return 0;
    /* "did not meet", "no agreements were signed": negated */
    int neg = (vg->flags & VG_NEG) ||
              (cl->subj >= 0 && (CH(c, cl->subj)->flags & NP_NEG) && CH(c, cl->subj)->kind == CK_NP);
    if (neg && !c->keep_negated && !(fr->flags & FR_NEGONLY))
        return 0;
    if ((fr->flags & FR_INF) || (fr->flags & FR_NOINF)) {
        int inf = 0;
        for (int j = ci + 1; j < c->syn->ncl && !inf; j++)
            inf = c->syn->cl[j].kind == CL_INF && c->syn->cl[j].parent == ci;
        if (((fr->flags & FR_INF) && !inf) || ((fr->flags & FR_NOINF) && inf))
            return 0;
    }
    return 1;
}

void pl_events_unreal(const syn_sent *syn, uint8_t *unreal)
{
    int inf = 0; /* the clause before was an infinitive */
    for (int ci = 0; ci < syn->ncl; ci++) {
        const clause *cl = &syn->cl[ci];
        if (cl->vg < 0) {
            inf = 0;
            continue;
        }
        const chunk *vg = &syn->ch[cl->vg];
        /* "was scheduled to give a speech and meet X": a bare verb after
         * an infinitive and "and" is one too */
        int was_inf = inf;
        inf = cl->kind == CL_INF ||
              (was_inf && cl->kind == CL_COORD && !(vg->flags & (VG_PAST | VG_PERFECT)));
        int hypo = (vg->flags & (VG_FUTURE | VG_MODAL)) != 0;
        for (int i = ci, guard = 0; !hypo && i >= 0 && guard < 16; i = syn->cl[i].parent, guard++)
            hypo = (syn->cl[i].flags & CF_HYPO) && syn->cl[i].kind != CL_INF;
        if (hypo) {
            /* "said he will attack Iraq": the whole clause */
            uint32_t t0 = syn->ch[cl->c0].t0, t1 = syn->ch[cl->c1 - 1].t1;
            memset(unreal + t0, UNREAL_CLAUSE, t1 - t0);
        } else if (inf) {
            memset(unreal + vg->t0, UNREAL_VERB, vg->t1 - vg->t0);
        }
    }
}

/* "hosted talks between X and Y", "mediated talks between X and Y": the
 * host met each, and the parties met each other; the meeting noun k's own
 * event among the parties of its "between" phrase, told by the verb's
 * trigger [t0, t1) (so that it shares the verb's date). */
static int parties_meeting(ctx *c, int ci, int k, uint32_t t0, uint32_t t1)
{
    const chunk *ch = CH(c, k);
    const lex_frame *fr =
        pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head));
    actors tgt;
    int between = 0, made = 0;
    if (!fr || !fr->code || !(fr->flags & FR_SYM) ||
        !nominal_target(c, ci, k, fr, NULL, &tgt, &between) || !between || tgt.n < 2)
        return 0;
    return among(c, fr, tgt, t0, t1, &made);
}

/* "Tallinn was ready to share intelligence with Warsaw": a cooperative
 * act that a party says it is ready or willing to do (words.txt
 * "ready"), in an infinitive after "be" and the adjective, is its
 * intent to cooperate (AGREE, CAMEO 030) with the act's counterpart;
 * the frame fr of the act, recoded, or NULL. */
static const lex_frame *ready_intent(ctx *c, int ci, const lex_frame *fr)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->kind != CL_INF || cl->parent < 0 || cl->c0 < 1 || !fr->code ||
        fr->code->quad > 2 || !strncmp(fr->code->cameo, "03", 2) || (fr->flags & FR_REPORT))
        return NULL;
    const clause *pc = &c->syn->cl[cl->parent];
    const chunk *adj = CH(c, cl->c0 - 1);
    if (pc->vg < 0 || adj->kind != CK_NP || adj->mention >= 0 ||
        !tok_in(&c->T[adj->head], W_READY) || !tok_in(&c->T[CH(c, pc->vg)->head], W_BE) ||
        (CH(c, pc->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) || hypothetical(c, cl->parent))
        return NULL;
    const lex_code *agree = pl_lexicon_code(c->lx, "030");
    lex_frame *f2 = agree ? arena_alloc(c->a, sizeof *f2) : NULL;
    if (!f2)
        return NULL;
    *f2 = *fr;
    f2->code = agree;
    return f2;
}

/* "Hezbollah said it would strike Israel if …", "the rebels threatened
 * to attack the capital", "vowed to destroy the militia": an attack that
 * the attacker's side says it will or would make, or vows or threatens
 * to make, is a threat of force (CAMEO 138) at its target; sanctions so
 * told on a condition ("said Washington would impose tariffs on Brazil
 * if …") are a threat to sanction (1312). The frame of that threat, or
 * NULL. */
static const lex_frame *force_threat(ctx *c, int ci, const lex_frame *fr)
{
    const clause *cl = &c->syn->cl[ci];
    if (!fr->code || !fr->code->type || cl->subj < 0)
        return NULL;
    const char *code = !strcmp(fr->code->type, "ASSAULT")    ? "138"
                       : !strcmp(fr->code->type, "SANCTION") ? "1312"
                                                             : NULL;
    if (!code)
        return NULL;
    const chunk *vg = CH(c, cl->vg);
    if (vg->flags & (VG_NEG | VG_PASSIVE))
        return NULL;
    int said = 0;
    if (cl->kind == CL_INF) {
        /* what one vows or threatens to do */
        const clause *pc = cl->parent >= 0 ? &c->syn->cl[cl->parent] : NULL;
        if (!pc || pc->vg < 0 || pc->subj != cl->subj ||
            (CH(c, pc->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) ||
            !intent_verb(c, CH(c, pc->vg)->head) || hypothetical(c, cl->parent))
            return NULL;
        said = 1;
    } else if ((cl->flags & CF_REPORTED) && !hypothetical(c, ci)) {
        /* "will" or "would", not what "could" or "may" happen */
        for (uint32_t t = vg->t0; t < vg->t1 && !said; t++)
            said = tok_eq(&c->T[t], "will") || tok_eq(&c->T[t], "would") ||
                   tok_eq(&c->T[t], "shall") || tok_eq(&c->T[t], "'ll");
        actors sp, sub;
        if (!said || !speaker_of(c, ci, &sp) || !np_actors(c, cl->subj, ci, 0, NULL, &sub) ||
            !same_side(&sp.v[0], &sub.v[0]))
            return NULL;
    }
    /* sanctions vowed or told ahead are a decision announced, unless a
     * condition on a party makes them a threat ("… if Brasilia did not
     * free him") */
    if (said && strcmp(code, "138") && !condition_party(c, ci, 1))
        return NULL;
    const lex_code *threat = said ? pl_lexicon_code(c->lx, code) : NULL;
    lex_frame *f2 = threat ? arena_alloc(c->a, sizeof *f2) : NULL;
    if (!f2)
        return NULL;
    *f2 = *fr;
    f2->code = threat;
    f2->flags |= FR_THREAT;
    return f2;
}

/* Whether clause ci is a participle that tells what a text does, after
 * a verb that makes the text and its object ("adopted a package of
 * sanctions against Russia, targeting 117 vessels"): the text may call
 * on or condemn, but it strikes nobody. */
static int text_participle(const ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->kind != CL_PART || cl->parent < 0 || !(CH(c, cl->vg)->flags & VG_ING))
        return 0;
    const clause *pc = &c->syn->cl[cl->parent];
    if (pc->vg < 0 || !tok_in(&c->T[CH(c, pc->vg)->head], W_AUTHOR_VERBS) ||
        pc->vg + 1 >= c->syn->nch)
        return 0;
    const chunk *obj = CH(c, pc->vg + 1);
    return obj->kind == CK_NP && obj->mention < 0 && obj->owner < 0;
}

/* Whether clause ci's object names no party ("any group", "anyone")
 * and an infinitive under it makes an attack ("to attack Pakistan"). */
static int unnamed_attacker(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    int k = cl->vg + 1;
    if (k >= cl->c1 || CH(c, k)->kind != CK_NP || CH(c, k)->mention >= 0)
        return 0;
    for (int j = ci + 1; j < c->syn->ncl && under_clause(c, j, ci); j++) {
        const clause *d = &c->syn->cl[j];
        if (d->kind != CL_INF || d->vg < 0)
            continue;
        vmatch m[MAX_MATCH];
        int n = match_verb(c, j, m, MAX_MATCH);
        for (int i = 0; i < n; i++)
            if (m[i].fr->code && m[i].fr->code->type && !strcmp(m[i].fr->code->type, "ASSAULT"))
                return 1;
    }
    return 0;
}

/* "recalled its ambassador over the 'unlawful' detention of its consul":
 * a sanction whose grounds (after "over" or "for") are judged with an
 * adjective of words.txt's "negative" list is an explicit accusation
 * too, by the same party at the same party (grounds alone, "after the
 * coup", are part of the sanction). The events of clause ci from
 * candidate `before` on are the sanction's. */
static int condemned_grounds(ctx *c, int ci, size_t before)
{
    const clause *cl = &c->syn->cl[ci];
    int judged = 0;
    for (int k = cl->vg + 1; k + 1 < cl->c1 && !judged; k++) {
        const chunk *pp = CH(c, k);
        if (pp->kind != CK_PP || pp->np != k + 1 || !(pp->prep == P_OVER || pp->prep == P_FOR))
            continue;
        /* the phrase (quotation marks may split it: "the ''unlawful''
         * detention") and its "of" phrase */
        int j = k + 1;
        while (j + 1 < cl->c1 &&
               (CH(c, j + 1)->kind == CK_NP || CH(c, j + 1)->kind == CK_QUOTE ||
                (CH(c, j + 1)->kind == CK_PUNCT && (tok_eq(&c->T[CH(c, j + 1)->t0], "'") ||
                                                    tok_eq(&c->T[CH(c, j + 1)->t0], "\""))))) {
            j++;
        }
        uint32_t e = CH(c, j)->t1;
        if (j + 2 < c->syn->nch && CH(c, j + 1)->kind == CK_PP && CH(c, j + 1)->prep == P_OF &&
            CH(c, j + 1)->np == j + 2)
            e = CH(c, j + 2)->t1;
        for (uint32_t t = CH(c, k + 1)->t0; t < e && !judged; t++)
            judged = c->T[t].tag == ST_ADJ && tok_in(&c->T[t], W_NEGATIVE);
    }
    if (!judged)
        return 0;
    const lex_code *acc = pl_lexicon_code(c->lx, "111");
    if (!acc || !acc->type)
        return 0;
    for (size_t k = before, n = c->cv->n; k < n; k++) {
        if (!code_type_is(c->cv->v[k].code, "SANCTION"))
            continue;
        cand e = c->cv->v[k]; /* (add_cand may move the array) */
        int rc = add_cand(c, e.frame, acc, &e.src, &e.tgt, e.trig0, e.trig1);
        if (rc)
            return rc;
    }
    return 0;
}

static int verbal_events(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->vg < 0)
        return 0;
    vmatch m[MAX_MATCH];
    int n = match_verb(c, ci, m, MAX_MATCH);
    int text = n && text_participle(c, ci);
    int hs = n && hearsay(c, ci);
    for (int i = 0; i < n; i++) {
        if (text && m[i].fr->code->quad == 4)
            continue;
        /* what a claim tells is no act; a hostile one is the claimant's
         * accusation (emit) */
        if (hs && m[i].fr->code->quad < 3)
            continue;
        /* "will never allow any group to attack Pakistan from Afghan
         * soil": no party allowed, an attack ruled out, is an assurance
         * to its victim, no threat */
        if ((m[i].fr->flags & (FR_NEGONLY | FR_THREAT)) == (FR_NEGONLY | FR_THREAT) &&
            unnamed_attacker(c, ci))
            continue;
        /* "vowed to target American ships": a pledge of force is a
         * threat (force_threat, on the infinitive), no promise */
        if (m[i].fr->code->quad < 3 && (m[i].fr->code->flags & LC_INTENT) && comp_forceful(c, ci))
            continue;
        if (!mood_ok(c, ci, m[i].fr)) {
            const lex_frame *rf = ready_intent(c, ci, m[i].fr);
            if (!rf)
                rf = force_threat(c, ci, m[i].fr);
            if (!rf)
                continue;
            m[i].fr = rf;
        }
        const chunk *vg = CH(c, cl->vg);
        c->negated = !(m[i].fr->flags & (FR_THREAT | FR_NEGONLY)) &&
                     ((vg->flags & VG_NEG) ||
                      (cl->subj >= 0 && (CH(c, cl->subj)->flags & NP_NEG)));
        int made = 0;
        size_t before = c->cv->n;
        c->hearsay = hs;
        int rc = code_match(c, ci, &m[i], &made);
        c->hearsay = 0;
        c->negated = 0;
        c->rivals = 0;
        c->coerce = 0;
        c->assault = 0;
        c->act_src = NULL;
        c->claimant = NULL;
        c->teller = NULL;
        if (rc)
            return rc;
        /* a statement the coder does not code (a root-01 code with no
         * PLOVER type: "offered his condolences") still takes its verb */
        if (made || (m[i].fr->flags & FR_REPORT) || !m[i].fr->code->type) {
            /* "the unions began a strike": the strike is theirs */
            if (made && m[i].cls_np >= 0 && c->cv->n > before &&
                !(m[i].fr->flags & FR_SYM))
                remember_owner(c, m[i].cls_np, &c->cv->v[before].src);
            /* the meeting named by the pattern ("hosted @talks") or as the
             * object ("mediated talks between X and Y") */
            int mk = m[i].cls_np >= 0 && !m[i].subj_cls ? m[i].cls_np
                     : cl->vg + 1 < c->syn->nch && CH(c, cl->vg + 1)->kind == CK_NP ? cl->vg + 1
                                                                                    : -1;
            if (made && mk >= 0 && (rc = parties_meeting(c, ci, mk, CH(c, cl->vg)->head, m[i].end)))
                return rc;
            if (made && (rc = condemned_grounds(c, ci, before)))
                return rc;
            if (m[i].cls_np >= 0)
                c->used[m[i].cls_np] = 1;
            break;
        }
    }
    return 0;
}

/* ---- nominal events ---------------------------------------------------------------------- */

/* The clause that continues clause ci after a parenthesis, or -1. */
static int continuation(const ctx *c, int ci)
{
    for (int j = ci + 1; j < c->syn->ncl; j++)
        if (c->syn->cl[j].cont == ci)
            return j;
    return -1;
}

/* Whether the verb at token t states an intent (a pledge, a promise, an
 * offer: cameo.txt's flag "intent"). */
static int intent_verb(const ctx *c, uint32_t t)
{
    uint32_t link = pl_grammar_patterns(c->lx, c->T[t].hash);
    for (const lex_pattern *p; (p = pl_grammar_pattern(c->lx, &link));)
        if (pl_grammar_frame(c->lx, p->frame)->code->flags & LC_INTENT)
            return 1;
    return 0;
}

/* Whether noun phrase k of clause ci is told as done: inside "during",
 * "at", "after", "following", "in" or "on" (not "in" what an intent
 * offers), "for" after an arrival told as done; owned ("X's call with
 * Y"); or the subject of a verb that is not negated, planned or
 * conditional. */
/* Whether the verb of clause ci tells of an act done with what its
 * "with" phrase names: in the past, not negated or planned, and no
 * warning ("threatened X with strikes": a frame of data/cameo.txt's 13
 * that is no "threat" said of oneself). */
static int with_means(const ctx *c, int ci)
{
    const chunk *vg = CH(c, c->syn->cl[ci].vg);
    if (!(vg->flags & (VG_PAST | VG_PERFECT)) || (vg->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) ||
        hypothetical(c, ci))
        return 0;
    vmatch m[MAX_MATCH];
    int n = match_verb(c, ci, m, MAX_MATCH);
    for (int i = 0; i < n; i++)
        if (m[i].fr->code && !strncmp(m[i].fr->code->cameo, "13", 2) &&
            !(m[i].fr->flags & FR_THREAT))
            return 0;
    return 1;
}

static const lex_frame *lone_verb_frame(const ctx *c, uint64_t h,
                                        int (*ok)(const lex_frame *fr));

/* Whether noun phrase k names two parties or more: "between X and Y"
 * ("the dialogue between the GCC and Central Asia" names one). */
static int two_parties(const ctx *c, int k)
{
    if (k < 0 || CH(c, k)->mention < 0)
        return 0;
    if (c->ms[CH(c, k)->mention].nact >= 2)
        return 1;
    return k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_CONJ && CH(c, k + 2)->kind == CK_NP &&
           CH(c, k + 2)->mention >= 0 && c->ms[CH(c, k + 2)->mention].nact >= 1;
}

/* A reaction's frame: an accusation (PLOVER ACCUSE: "condemn",
 * "concern") or another reaction to an act (verbs.txt "reaction":
 * "welcome", "praise"). */
static int reaction_frame(const lex_frame *fr)
{
    return fr && ((fr->code && fr->code->type && !strcmp(fr->code->type, "ACCUSE")) ||
                  (fr->flags & FR_REACT));
}

/* "condemned the fighting between X and Y", "concern over the clashes
 * between X and Y", "welcomed the signing of an agreement between X and
 * Y": what a reaction is about, between two parties, is an act told as
 * done. Chunk k is the noun, a "between" phrase after it (past a date
 * and an "of" phrase). */
static int reacted_between(const ctx *c, int ci, int k)
{
    const clause *cl = &c->syn->cl[ci];
    int b = k + 1;
    while (b + 1 < c->syn->nch && b < k + 5 && CH(c, b)->kind == CK_PP &&
           CH(c, b)->prep != P_BETWEEN && CH(c, b + 1)->kind == CK_NP && CH(c, b + 1)->mention < 0)
        b += 2; /* "the signing on Wednesday of an agreement between …" */
    if (b >= c->syn->nch || CH(c, b)->kind != CK_PP || CH(c, b)->prep != P_BETWEEN ||
        !two_parties(c, CH(c, b)->np) || cl->vg < 0 || cl->vg >= k || hypothetical(c, ci) ||
        (CH(c, cl->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)))
        return 0;
    int j = k - 1;
    if (j >= 0 && CH(c, j)->kind == CK_PP && CH(c, j)->np == k) {
        int p = CH(c, j)->prep;
        if ((p != P_OVER && p != P_ABOUT && p != P_AT && p != P_OF) || j < 1 ||
            CH(c, j - 1)->kind != CK_NP)
            return 0;
        const chunk *n = CH(c, j - 1);
        return reaction_frame(pl_grammar_class_frame(c->lx, noun_event(c, n->t0, n->head)));
    }
    while (j > cl->vg && CH(c, j)->kind == CK_ADV)
        j--;
    return j == cl->vg && lone_verb_frame(c, c->T[CH(c, cl->vg)->head].hash, reaction_frame);
}

static int told_as_done(const ctx *c, int ci, int k)
{
    const chunk *ch = CH(c, k);
    if (ch->flags & (NP_NEG | NP_FUTURE))
        return 0;
    if (reacted_between(c, ci, k))
        return 1;
    if (k > 0 && CH(c, k - 1)->kind == CK_PP && CH(c, k - 1)->np == k) {
        int p = CH(c, k - 1)->prep;
        /* "arrived in Damascus for talks with Syrian officials": come
         * for them (words.txt "arrivals"), or on a visit told as made
         * ("made a trip to Lima for talks with X"), the talks are held */
        const clause *cl = &c->syn->cl[ci];
        if (p == P_FOR && cl->vg >= 0 && cl->vg < k) {
            const chunk *vg = CH(c, cl->vg);
            int came = tok_in(&c->T[vg->head], W_ARRIVALS);
            for (int j = cl->vg + 1; !came && j < k; j++) {
                const lex_frame *vf =
                    CH(c, j)->kind == CK_NP
                        ? pl_grammar_class_frame(c->lx, noun_event(c, CH(c, j)->t0, CH(c, j)->head))
                        : NULL;
                came = vf && vf->code && !strcmp(vf->code->cameo, "042");
            }
            return came && (vg->flags & (VG_PAST | VG_PERFECT)) &&
                   !(vg->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci);
        }
        /* "pledged 500 million euros in military aid": what an intent
         * offers is not done */
        if (p == P_IN && cl->vg >= 0 && cl->vg < k && intent_verb(c, CH(c, cl->vg)->head))
            return 0;
        /* "Israel responded with artillery strikes on X": the means of
         * an act done (but "threatened Iran with strikes") */
        if (p == P_WITH && cl->vg >= 0 && cl->vg < k)
            return with_means(c, ci);
        /* "recalled its ambassador in protest at the illegal arrest of a
         * consular official", "anger at the killing of": what a protest
         * or another reaction is at is the reaction's matter, done by
         * another party the reaction names, not an act told here */
        if (p == P_AT && k >= 2 && CH(c, k - 2)->kind == CK_NP) {
            const chunk *r = CH(c, k - 2);
            const lex_frame *rf = pl_grammar_class_frame(c->lx, noun_event(c, r->t0, r->head));
            if (reaction_frame(rf) || (rf && code_type_is(rf->code, "PROTEST")))
                return 0;
        }
        return p == P_DURING || p == P_AT || p == P_AFTER || p == P_FOLLOWING ||
               p == P_IN;
    }
    /* "the arrest in France last week of three men": dated in the past */
    for (int j = k + 1; j < c->syn->nch && j <= k + 4; j++) {
        const chunk *p = CH(c, j);
        if (p->kind == CK_PP)
            continue;
        if (p->kind != CK_NP)
            break;
        const token *f = &c->T[p->t0];
        if ((tok_eq(f, "last") || tok_eq(f, "yesterday") || tok_eq(f, "earlier")) &&
            p->mention < 0)
            return 1;
    }
    /* "called the meeting with X in Moscow on January 21 sincere": a
     * meeting dated in its own phrases, in a clause told as done */
    const clause *dc = &c->syn->cl[ci];
    const lex_frame *mf = pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head));
    int later_verb = 0; /* ("said the meeting on January 30 would …") */
    for (int j = k + 1; mf && (mf->flags & FR_SYM) && j < dc->c1 && j < c->syn->nch; j++)
        later_verb |= CH(c, j)->kind == CK_VG;
    if (mf && (mf->flags & FR_SYM) && dc->vg >= 0 && dc->vg < k && !later_verb &&
        (CH(c, dc->vg)->flags & (VG_PAST | VG_PERFECT)) &&
        !(CH(c, dc->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci))
        for (int j = k + 2; j < c->syn->nch && j < dc->c1 && j <= k + 8; j++) {
            const chunk *p = CH(c, j);
            if (p->kind != CK_PP && p->kind != CK_NP)
                break;
            if (p->kind != CK_NP || p->mention >= 0 || CH(c, j - 1)->kind != CK_PP ||
                CH(c, j - 1)->np != j || CH(c, j - 1)->prep != P_ON)
                continue;
            for (uint32_t q = p->t0; q < p->t1; q++)
                if (tok_in(&c->T[q], W_CALENDAR))
                    return 1;
        }
    /* "Secretary Blinken's call with X" as a headline or a subject; not
     * "condemned Israel's strikes", an act known from the speaker */
    const clause *cl = &c->syn->cl[ci];
    if (ch->owner >= 0 && (cl->vg < 0 || cl->subj == k))
        return 1;
    /* "a readout of the Secretary-General's meeting with X": a meeting
     * owned by its host, told in a clause that plans nothing */
    if (ch->owner >= 0 && cl->vg >= 0 &&
        (pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head))->flags &
         FR_SYM) &&
        !(CH(c, cl->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci))
        return 1;
    /* "described her talks with X as frank": a meeting owned by a
     * possessive pronoun, the object of a verb told as done that does
     * not call it off (words.txt "halted") */
    if (cl->vg >= 0 && cl->vg < k && c->T[ch->t0].tag == ST_POSSDET &&
        (pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head))->flags &
         FR_SYM)) {
        const chunk *vg = CH(c, cl->vg);
        return !(vg->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci) &&
               (vg->flags & (VG_PAST | VG_PERFECT)) && !tok_in(&c->T[vg->head], W_HALTED);
    }
    if (cl->subj == k && cl->vg < 0) {
        /* "a convoy carrying food reached …": the verb after the
         * parenthesis */
        int ct = continuation(c, ci);
        if (ct >= 0)
            return told_as_done(c, ct, k);
    }
    /* "repelled an attack by the RSF on El Fasher": the attack was
     * made (words.txt "repelling") */
    if (cl->vg >= 0 && k == cl->vg + 1 && tok_in(&c->T[CH(c, cl->vg)->head], W_REPELLING) &&
        (CH(c, cl->vg)->flags & (VG_PAST | VG_PERFECT)) &&
        !(CH(c, cl->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci))
        return 1;
    if (cl->subj == k && cl->vg >= 0) {
        const chunk *vg = CH(c, cl->vg);
        /* "talks between the two sides have been suspended since June":
         * an event halted or called off (words.txt "halted") */
        return !(vg->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) && !hypothetical(c, ci) &&
               (vg->flags & (VG_PAST | VG_PERFECT)) && !tok_in(&c->T[vg->head], W_HALTED);
    }
    return 0;
}

/* "between the army and Hezbollah fighters": the second party of a
 * "between" phrase whose first (in *out, one actor) is its own noun
 * phrase k, joined by "and". Returns 0 when out of memory. */
static int between_rest(ctx *c, int k, int ci, const actor *src, actors *out)
{
    actors b;
    if (k + 2 >= c->syn->nch || CH(c, k + 1)->kind != CK_CONJ ||
        !tok_eq(&c->T[CH(c, k + 1)->t0], "and") || CH(c, k + 2)->kind != CK_NP ||
        np_actors(c, k + 2, ci, 1, src, &b) != 1)
        return 1;
    return join_actors(c, out->v, out->n, b.v, b.n, out);
}

/* The counterpart of nominal event k: a phrase with one of the frame's
 * prepositions among the next few chunks ("talks in Moscow with X"). */
static int nominal_target(ctx *c, int ci, int k, const lex_frame *fr,
                          const actor *src, actors *out, int *between)
{
    out->n = 0;
    *between = 0;
    const clause *cl = &c->syn->cl[ci];
    if (cl->subj == k && cl->vg < 0 && continuation(c, ci) >= 0)
        cl = &c->syn->cl[continuation(c, ci)];
    if (cl->subj == k && cl->vg > k && (fr->flags & FR_FROM)) {
        /* "a convoy from X reached El Fasher": where it arrived */
        for (int j = cl->vg + 1; j < cl->c1; j++) {
            const chunk *p = CH(c, j);
            if (p->kind != CK_NP)
                continue;
            if (p->mention >= 0 && np_actors(c, j, ci, 0, src, out))
                return out->n;
            if (p->mention < 0 && place_actor(c, j, out))
                return out->n;
        }
    }
    if (cl->subj == k && cl->vg > k) {
        /* "a telephone conversation took place between X and Y" */
        for (int s = 0; s < fr->nslots; s++) {
            if (fr->slots[s].kind != SL_PREP)
                continue;
            int n = pp_after(c, cl, CH(c, cl->vg)->t1, fr->slots[s].prep);
            if (n >= 0 && np_actors(c, n, ci, 0, src, out)) {
                *between = fr->slots[s].prep == P_BETWEEN;
                if (*between && out->n == 1 && !between_rest(c, n, ci, src, out))
                    return 0;
                return out->n;
            }
        }
    }
    /* "a meeting of both sides", "talks of the two ministers": the
     * parties of a symmetric event named after "of" */
    if ((fr->flags & FR_SYM) && k + 2 < c->syn->nch && CH(c, k + 1)->kind == CK_PP &&
        CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2 &&
        CH(c, k + 2)->mention >= 0 && np_actors(c, k + 2, ci, 0, src, out) >= 2) {
        *between = 1;
        return out->n;
    }
    for (int j = k + 1; j < c->syn->nch && j <= k + 5; j++) {
        const chunk *p = CH(c, j);
        if (p->kind == CK_NP)
            continue;
        if (p->kind != CK_PP)
            break;
        for (int s = 0; s < fr->nslots; s++)
            if (fr->slots[s].kind == SL_PREP && fr->slots[s].prep == p->prep && !absolute_with(c, j) &&
                (np_actors(c, p->np, ci, !(fr->flags & FR_NOOWNER), src, out) ||
                 /* "an attack on Kharkiv": on the city's state (a visit
                  * to Geneva is no meeting with Switzerland) */
                 ((p->prep == P_ON || p->prep == P_AGAINST) && p->np >= 0 &&
                  fr->code->quad >= 3 && place_actor(c, p->np, out)) ||
                 (p->prep == P_TO && p->np >= 0 && names_capital(c, p->np) &&
                  place_actor(c, p->np, out)))) {
                *between = p->prep == P_BETWEEN;
                return out->n;
            }
    }
    return 0;
}

/* "announced new military aid": an office word with no name before
 * goods of a "from" class says what kind they are, not who gives them,
 * when the clause has a subject of its own. */
static int kind_of_goods(const ctx *c, int ci, int k, int mi, const lex_frame *fr)
{
    if (mi < 0)
        return 0;
    const mention *m = &c->ms[mi];
    if (!(fr->flags & FR_FROM) || !m->modifier || m->kind != MK_OFFICE ||
        c->syn->cl[ci].subj < 0 || c->syn->cl[ci].subj == k)
        return 0;
    for (uint32_t t = m->t0; t < m->t1; t++)
        if (c->T[t].flags & TOK_CAP)
            return 0;
    return 1;
}

/* The source of nominal event k: its owner, its "by" or "of" phrase, the
 * clause's subject, the document's main actor. */
static int nominal_source(ctx *c, int ci, int k, const lex_frame *fr, actors *out)
{
    const chunk *ch = CH(c, k);
    out->n = 0;
    if (ch->mention >= 0 && c->ms[ch->mention].nact) {
        /* "a Chinese aircraft carrying aid" */
        out->v = c->ms[ch->mention].acts;
        out->n = c->ms[ch->mention].nact;
        return out->n;
    }
    if ((ch->owner >= 0 || ch->adj_country >= 0) && !kind_of_goods(c, ci, k, ch->owner, fr) &&
        owner_actors(c, k, out))
        return out->n;
    int by = -1;
    for (int j = k + 1; j < c->syn->nch && j <= k + 4; j++) {
        const chunk *p = CH(c, j);
        if (p->kind == CK_NP && CH(c, j - 1)->kind == CK_PP && CH(c, j - 1)->np == j)
            continue; /* "a visit to Accra by X" */
        if (p->kind != CK_PP)
            break;
        if (p->prep == P_BY || ((fr->flags & FR_OF) && p->prep == P_OF))
            by = p->np;
    }
    /* "a convoy of 28 trucks carrying food from the WFP" */
    for (int j = k + 1; by < 0 && (fr->flags & FR_FROM) && j < c->syn->nch && j <= k + 8; j++) {
        const chunk *p = CH(c, j);
        if (p->kind == CK_PUNCT || p->kind == CK_CONJ ||
            (p->kind == CK_VG && !(p->flags & (VG_ING | VG_PART))))
            break;
        if (p->kind == CK_PP && p->prep == P_FROM && p->np >= 0 && CH(c, p->np)->mention >= 0)
            by = p->np;
    }
    if (by >= 0 && np_actors(c, by, ci, 1, NULL, out))
        return out->n;
    /* "the killing of three peacekeepers in an Israeli strike": the
     * author of the attack it happened in */
    for (int j = k + 1; j + 1 < c->syn->nch && j <= k + 3; j += 2) {
        const chunk *p = CH(c, j);
        if (p->kind != CK_PP || p->np != j + 1)
            break;
        const chunk *pn = CH(c, j + 1);
        if (p->prep == P_IN && pn->mention < 0 && (pn->owner >= 0 || pn->adj_country >= 0) &&
            conflict_noun(c, noun_event(c, pn->t0, pn->head)))
            return find_owner(c, j + 1, out);
    }
    /* "the arrest in France of three Algerian men", "the detention of two
     * Chinese nationals in Karachi" */
    for (int j = k + 1; (fr->flags & FR_IN) && j + 1 < c->syn->nch && j <= k + 3; j += 2) {
        if (CH(c, j)->kind != CK_PP || CH(c, j)->np != j + 1)
            break;
        if (CH(c, j)->prep != P_IN)
            continue;
        if (np_actors(c, j + 1, ci, 0, NULL, out) == 1 && out->v[0].country && !out->v[0].name)
            return out->n;
        actors at;
        actor *a;
        if (CH(c, j + 1)->mention < 0 && place_actor(c, j + 1, &at) && at.v[0].country &&
            (a = new_actor(c))) {
            a->country = at.v[0].country;
            out->v = a;
            out->n = 1;
            return 1;
        }
    }
    if (c->src_own)
        return 0;
    /* "following its attack on Ukraine": whose "its" is (find_owner) */
    if (tok_eq(&c->T[ch->t0], "its") && ch->t1 > ch->t0 + 1 && find_owner(c, k, out))
        return out->n;
    /* the clause's subject ("At the meeting with X, the Minister …"), but
     * not "the two ministers": the meeting's host is the main actor */
    const clause *cl = &c->syn->cl[ci];
    /* ("The message was handed over by the Egyptian ambassador during a
     * meeting with the minister": a passive clause's agent) */
    if (cl->vg >= 0 && (CH(c, cl->vg)->flags & VG_PASSIVE))
        for (int j = cl->vg + 1; j + 1 < cl->c1 && j + 1 < k; j++)
            if (CH(c, j)->kind == CK_PP && CH(c, j)->prep == P_BY && CH(c, j)->np == j + 1 &&
                CH(c, j + 1)->mention >= 0 && np_actors(c, j + 1, ci, 0, NULL, out))
                return out->n;
    int sm = cl->subj >= 0 ? CH(c, cl->subj)->mention : -1;
    if (cl->subj >= 0 && cl->subj != k && !(sm >= 0 && c->ms[sm].kind == MK_GROUP) &&
        np_actors(c, cl->subj, ci, 0, NULL, out))
        return out->n;
    /* "A drone targeted the YBS … The attack on the child drew
     * criticism": an attack whose author the phrase does not name is
     * the one told last, by its author (in this sentence or the three
     * before); an author the story never gave is no main actor's */
    if (fr->code && str_eq(fr->code->type, "ASSAULT")) {
        for (size_t j = c->cv->n; j-- > 0;) {
            const cand *q = &c->cv->v[j];
            if (q->sent + 3 < c->si)
                break;
            if (q->code && str_eq(q->code->type, "ASSAULT") && !q->negated) {
                /* (a copy: the events pushed next may move the list) */
                actor *a = new_actor(c);
                if (!a)
                    return 0;
                *a = q->src;
                out->v = a;
                out->n = 1;
                return 1;
            }
        }
        return 0;
    }
    /* "after sanctions on Russia put pressure on energy prices": an act
     * of conflict that is its clause's subject, its author unnamed, is
     * background, no act of the story's main actor */
    if (cl->subj == k && fr->code && fr->code->quad >= 3)
        return 0;
    c->src_principal = 1;
    const actor *p = principal_actor(c);
    if (p) {
        out->v = p;
        out->n = 1;
    }
    return out->n;
}

/* "X held a meeting with Xi on Sunday … In the meeting with President
 * Xi, the two sides agreed …": the party who met tgt in one of the last
 * three sentences, or NULL. */
static const actor *recent_partner(const ctx *c, const actor *tgt)
{
    for (size_t j = c->cv->n; j-- > 0;) {
        const cand *p = &c->cv->v[j];
        if (p->sent + 3 < c->si)
            break;
        /* a meeting, not a mediation */
        if (!pl_events_symmetric(p) || !p->code || strncmp(p->code->cameo, "04", 2) ||
            !strcmp(p->code->cameo, "045"))
            continue;
        if (same_actor(&p->tgt, tgt) && !same_side(&p->src, tgt))
            return &p->src;
        if (same_actor(&p->src, tgt) && !same_side(&p->tgt, tgt))
            return &p->tgt;
    }
    return NULL;
}

/* "a Chinese aircraft carrying 120 tonnes of tents landed in Yangon": a
 * carrier of goods of a "from" class (aid) stands for them. The frame of
 * the goods' class, or NULL. */
static const lex_frame *carried(const ctx *c, int k)
{
    if (k + 2 >= c->syn->nch)
        return NULL;
    const chunk *v = CH(c, k + 1);
    if (v->kind != CK_VG || !(v->flags & VG_ING) || !tok_in(&c->T[v->head], W_CARRY) ||
        CH(c, k + 2)->kind != CK_NP)
        return NULL;
    int j = k + 2;
    if (tok_in(&c->T[CH(c, j)->head], W_QUANTITY) && j + 2 < c->syn->nch &&
        CH(c, j + 1)->kind == CK_PP && CH(c, j + 1)->prep == P_OF && CH(c, j + 1)->np == j + 2)
        j += 2;
    const lex_frame *fr = pl_grammar_class_frame(
        c->lx, noun_event(c, CH(c, j)->t0, CH(c, j)->head));
    return fr && (fr->flags & FR_FROM) ? fr : NULL;
}

/* "The envoys who presented their credentials were - Ambassador of
 * France X, High Commissioner of Mozambique Y and …": the people a
 * subject relative's group noun names are those listed after the
 * copula of the clause it hangs on. Clause ci is the relative; the
 * list's actors go in *out. Returns how many. */
/* The clause whose copula goes on after relative clause ci, whose subject
 * is a group noun ("The envoys who presented their credentials were …"),
 * or -1. */
static int list_copula(const ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->kind != CL_REL || cl->parent < 0 || cl->subj < 0 || CH(c, cl->subj)->mention < 0 ||
        c->ms[CH(c, cl->subj)->mention].kind != MK_GROUP)
        return -1;
    for (int j = ci + 1; j < c->syn->ncl; j++)
        if (c->syn->cl[j].subj == cl->subj && c->syn->cl[j].vg >= 0 &&
            (CH(c, c->syn->cl[j].vg)->flags & VG_COPULA))
            return j;
    return -1;
}

/* Whether relative clause ci's list is told in the sentences after it:
 * its copula ends the sentence with a colon ("The ambassadors who
 * presented their credentials are:"). */
static int colon_list(const ctx *c, int ci)
{
    int mc = list_copula(c, ci);
    if (mc < 0)
        return 0;
    const clause *m = &c->syn->cl[mc];
    int k = m->vg + 1;
    if (k >= c->syn->nch || CH(c, k)->kind != CK_PUNCT || !tok_eq(&c->T[CH(c, k)->t0], ":"))
        return 0;
    for (k++; k < c->syn->nch; k++)
        if (CH(c, k)->t0 < c->td->sents[c->si].tok1 && CH(c, k)->kind != CK_PUNCT)
            return 0;
    return 1;
}

/* "Rachel Moseley, Australian Ambassador." after a sentence that ends
 * "The ambassadors who presented their credentials are:": one person per
 * sentence, each of whom did what the relative told, at the readout's
 * counterpart. The list ends at the first sentence that is not one
 * person alone. */
static int listed_item(ctx *c)
{
    speech_state *sp = c->sp;
    const lex_frame *fr = sp->list_fr;
    sp->list_fr = NULL;
    if (!fr || sp->list_sent != c->si)
        return 0;
    int person = -1;
    for (int k = 0; k < c->syn->nch; k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind == CK_PUNCT)
            continue;
        if (person >= 0 || ch->kind != CK_NP || ch->mention < 0 ||
            c->ms[ch->mention].kind != MK_PERSON || c->ms[ch->mention].nact != 1)
            return 0;
        person = k;
    }
    if (person < 0)
        return 0;
    actors src = {c->ms[CH(c, person)->mention].acts, 1}, tgt;
    c->why = "a list after a colon: each person did what the relative told";
    int made = 0;
    if (context_target(c, fr, &src.v[0], &tgt)) {
        int rc = pairs(c, fr, src, tgt, CH(c, person)->t0, CH(c, person)->t1, &made);
        if (rc)
            return rc;
    }
    sp->list_fr = fr;
    sp->list_sent = c->si + 1;
    return 0;
}

static int copula_list(ctx *c, int ci, actors *out)
{
    out->n = 0;
    /* the main clause goes on after the relative: "… were - A, B and C" */
    int mc = list_copula(c, ci);
    if (mc < 0)
        return 0;
    const clause *m = &c->syn->cl[mc];
    actor *v = arena_alloc(c->a, 16 * sizeof *v);
    int n = 0;
    if (!v)
        return 0;
    for (int k = m->vg + 1; k < m->c1 && n < 16; k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind == CK_PUNCT || ch->kind == CK_CONJ)
            continue;
        if (ch->kind != CK_NP || ch->mention < 0 || c->ms[ch->mention].kind != MK_PERSON)
            break;
        v[n++] = c->ms[ch->mention].acts[0];
    }
    if (n < 2)
        return 0;
    out->v = v;
    out->n = n;
    return n;
}

/* Whether clause ci has its subject before a verb that tells of a thing
 * done: not negated, planned or supposed. */
static int done_clause(const ctx *c, int ci)
{
    if (ci < 0)
        return 0;
    const clause *cl = &c->syn->cl[ci];
    return cl->subj >= 0 && cl->vg > cl->subj &&
           (CH(c, cl->vg)->flags & (VG_PAST | VG_PERFECT)) &&
           !(CH(c, cl->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL | VG_INF)) &&
           !hypothetical(c, ci);
}

/* "X and Y agreed to a truce after talks in Doha": a symmetric act told
 * as done in a phrase of a clause whose subjects are several parties,
 * with no counterpart of its own, is among them; so is one before them
 * that is theirs ("At their summit in Seoul, X and Y agreed"). */
static int subjects_met(ctx *c, int ci, int k, const lex_frame *fr, actors *out,
                        int *between)
{
    const clause *cl = &c->syn->cl[ci];
    if (!(fr->flags & FR_SYM) || cl->subj < 0 ||
        (cl->subj >= k && !tok_eq(&c->T[CH(c, k)->t0], "their")) ||
        !done_clause(c, cl->kind == CL_INF ? cl->parent : ci) ||
        np_actors(c, cl->subj, ci, 0, NULL, out) < 2)
        return 0;
    *between = 1;
    return out->n;
}

/* The frame of the verb alone (a pattern of one element) whose form has
 * text_hash h and that ok accepts, or NULL. */
static const lex_frame *lone_verb_frame(const ctx *c, uint64_t h,
                                        int (*ok)(const lex_frame *fr))
{
    uint32_t link = pl_grammar_patterns(c->lx, h);
    const lex_pattern *p;
    while ((p = pl_grammar_pattern(c->lx, &link))) {
        const lex_frame *fr = pl_grammar_frame(c->lx, p->frame);
        if (p->n == 1 && ok(fr))
            return fr;
    }
    return NULL;
}

/* A hosting verb (verbs.txt flag "host": "host", "receive"). */
static int hosts(const lex_frame *fr)
{
    return (fr->flags & FR_HOST) != 0;
}

/* "reject" itself. */
static int rejects(const lex_frame *fr)
{
    return fr->code && fr->code->type && !strcmp(fr->code->type, "REJECT");
}

/* "threaten" itself. */
static int threatens(const lex_frame *fr)
{
    return fr->code && fr->code->type && !strcmp(fr->code->type, "THREATEN");
}

/* "Kenya received 2,500 tonnes of rice donated by China": the agent of
 * a participle of giving, after what a verb of receiving (words.txt
 * "receipt") took, gave it to the clause's subject. */
static int received_goods(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (!has_prep(c, P_BY) || cl->subj < 0 || !done_clause(c, ci) ||
        !tok_in(&c->T[CH(c, cl->vg)->head], W_RECEIPT))
        return 0;
    for (int k = cl->vg + 2; k + 2 < c->syn->nch && k < cl->vg + 8; k++) {
        const chunk *v = CH(c, k), *by = CH(c, k + 1);
        const lex_frame *fr;
        if (v->kind == CK_PUNCT || v->kind == CK_CONJ)
            break;
        if (v->kind != CK_VG || !(v->flags & VG_PART) || v->t1 != v->t0 + 1 ||
            CH(c, k - 1)->kind != CK_NP || by->kind != CK_PP || by->prep != P_BY ||
            by->np != k + 2 || !(fr = lone_verb_frame(c, c->T[v->head].hash, gives_aid)))
            continue;
        actors giver, taker;
        if (!np_actors(c, k + 2, ci, 0, NULL, &giver) ||
            !np_actors(c, cl->subj, ci, 0, NULL, &taker))
            return 0;
        int made = 0;
        c->why = "goods received";
        c->used[k + 2] = 1;
        return pairs(c, fr, giver, taker, v->head, v->t1, &made);
    }
    return 0;
}

/* "urge" itself. */
static int urges(const lex_frame *fr)
{
    return fr->code && !strcmp(fr->code->cameo, "020");
}

/* "Kyrgyz authorities should immediately release the journalist, Human
 * Rights Watch said": what a speaker says another party should or must
 * do is the speaker's call on that party (REQUEST, CAMEO 020). Clause ci
 * is a clause of reported speech whose verb group has "should" or
 * "must". */
static int should_call(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    /* not "the parties should refrain": a group named only
     * collectively, nor a pronoun */
    if (cl->vg < 0 || cl->subj < 0 ||
        !((cl->flags & CF_REPORTED) || ((cl->flags & CF_QUOTE) && c->sp->has_para)) ||
        (cl->flags & CF_HYPO) ||
        CH(c, cl->subj)->mention < 0 || c->ms[CH(c, cl->subj)->mention].kind == MK_GROUP ||
        c->ms[CH(c, cl->subj)->mention].kind == MK_PRONOUN)
        return 0;
    const chunk *vg = CH(c, cl->vg);
    int must = 0;
    for (uint32_t t = vg->t0; t < vg->t1 && !must; t++)
        must = tok_eq(&c->T[t], "should") || tok_eq(&c->T[t], "must");
    /* "Moscow has to stop the attacks": "have" alone before a "to"
     * clause of its own */
    int has_to = !must && vg->t1 == vg->t0 + 1 && tok_in(&c->T[vg->t0], W_HAVE) &&
                 !(vg->flags & (VG_NEG | VG_PAST)) && ci + 1 < c->syn->ncl &&
                 c->syn->cl[ci + 1].parent == ci && c->syn->cl[ci + 1].kind == CL_INF &&
                 c->syn->cl[ci + 1].c0 == cl->c1;
    if (!has_to && (!must || vg->head == vg->t0))
        return 0;
    /* "X should face the consequences": a threat said of X (verbs.txt
     * "threat"), no call on X */
    vmatch m[MAX_MATCH];
    int nm = match_verb(c, ci, m, MAX_MATCH);
    for (int i = 0; i < nm; i++)
        if (m[i].fr->flags & FR_THREAT)
            return 0;
    actors sp, tgt;
    const lex_frame *fr = lone_verb_frame(c, text_hash("urge", 4), urges);
    if (!fr || !speaker_of(c, ci, &sp) || !np_actors(c, cl->subj, ci, 0, NULL, &tgt))
        return 0;
    drop_side(c, &tgt, &sp.v[0]);
    if (!tgt.n)
        return 0;
    /* "X was declared persona non grata and must leave Estonia": what a
     * party must do after a coercive act on it in the same sentence is
     * that act's terms, no call of its own */
    for (size_t q = c->cv->n; q-- > 0 && c->cv->v[q].sent == c->si;)
        if (c->cv->v[q].code->quad == 4 && same_actor(&c->cv->v[q].tgt, &tgt.v[0]))
            return 0;
    int made = 0;
    c->why = "a call: should";
    return pairs(c, fr, sp, tgt, vg->t0, vg->t1, &made);
}

/* A criticism itself (verbs.txt "criticize"). */
static int criticizes(const lex_frame *fr)
{
    return fr->code && code_type_is(fr->code, "ACCUSE") && !strcmp(fr->code->cameo, "111");
}

/* "Nor does it wash away the fact of India's state sponsorship of
 * terrorism", "…, nor hide its grave human rights violations": in what
 * a party says (reported speech or a quotation), another party's act
 * named with a word of judgement (words.txt "negative": "violations",
 * "aggression", "terrorism", the head of the phrase or of its "of"
 * phrase) is the speaker's criticism of that party. */
static int judged_acts(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (!((cl->flags & CF_REPORTED) || ((cl->flags & CF_QUOTE) && c->sp->has_para)) ||
        (cl->flags & CF_HYPO))
        return 0;
    const lex_frame *fr = NULL;
    actors sp = {0};
    int made = 0;
    for (int k = cl->c0; k < cl->c1; k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind != CK_NP || ch->mention >= 0 || (ch->owner < 0 && ch->adj_country < 0))
            continue;
        int judged = tok_in(&c->T[ch->head], W_NEGATIVE);
        if (!judged && k + 2 < cl->c1 && CH(c, k + 1)->kind == CK_PP &&
            CH(c, k + 1)->prep == P_OF && CH(c, k + 1)->np == k + 2)
            judged = tok_in(&c->T[CH(c, k + 2)->head], W_NEGATIVE);
        if (!judged)
            continue;
        if (!fr && (!(fr = lone_verb_frame(c, text_hash("criticize", 9), criticizes)) ||
                    !speaker_of(c, ci, &sp)))
            return 0;
        actors tgt;
        if (!owner_actors(c, k, &tgt))
            continue;
        drop_side(c, &tgt, &sp.v[0]);
        if (!tgt.n)
            continue;
        c->why = "a judged act: speaker -> its author";
        int rc = pairs(c, fr, sp, tgt, ch->t0, ch->t1, &made);
        if (rc)
            return rc;
    }
    return 0;
}

/* "Venezuela would defend its territory if the United States attacked",
 * "the union would extend the strike unless the prime minister withdrew
 * the plan": what one party will or would do on another's hostile act
 * (a conflictual verb after "if"), or unless the other yields, threatens
 * that party (THREATEN, CAMEO 130). Clause ci is the "if" or "unless"
 * clause. */
__attribute__((noinline)) /* so that conditional_threat's test needs no frame */
static int conditional_threat_on(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    const token *op = &c->T[cl->opener];
    int unless = tok_eq(op, "unless");
    if (!unless && !tok_eq(op, "if"))
        return 0;
    const clause *pc = &c->syn->cl[cl->parent];
    /* "vowed to retaliate if …": what one vows to do is to come */
    int vowed = pc->kind == CL_INF && pc->parent >= 0 && c->syn->cl[pc->parent].vg >= 0 &&
                intent_verb(c, CH(c, c->syn->cl[pc->parent].vg)->head) &&
                !(CH(c, c->syn->cl[pc->parent].vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL));
    if (pc->vg < 0 || pc->subj < 0 || (!vowed && !(CH(c, pc->vg)->flags & (VG_FUTURE | VG_MODAL))) ||
        (CH(c, pc->vg)->flags & VG_NEG) || (CH(c, cl->vg)->flags & VG_NEG))
        return 0;
    if (vowed) {
        /* (a vow of force or of a threat: "vowed to retaliate", not
         * "pledged to cut tariffs if …") */
        vmatch m[MAX_MATCH];
        int n = match_verb(c, cl->parent, m, MAX_MATCH), force = 0;
        for (int i = 0; i < n; i++)
            force |= (m[i].fr->flags & FR_THREAT) ||
                     (m[i].fr->code && m[i].fr->code->quad == 4);
        if (!force)
            return 0;
    }
    if (!unless) {
        vmatch m[MAX_MATCH];
        int n = match_verb(c, ci, m, MAX_MATCH), hostile = 0;
        for (int i = 0; i < n && !hostile; i++)
            hostile = m[i].fr->code && m[i].fr->code->quad >= 3;
        /* "would retaliate if Finland hosted American bases": a threat
         * verb makes any act of the condition's party the provocation */
        n = match_verb(c, cl->parent, m, MAX_MATCH);
        for (int i = 0; i < n; i++) {
            /* (but "X would pay a heavy price if …" is the speaker's
             * threat to X, verbs.txt "pred") */
            if (m[i].fr->flags & FR_PRED)
                return 0;
            hostile |= (m[i].fr->flags & FR_THREAT) != 0;
        }
        /* "if they go ahead with restoring sanctions": a hostile act
         * named by a noun of the clause or of the clauses inside it */
        int end = cl->c1;
        for (int j = ci + 1; j < c->syn->ncl && under_clause(c, j, ci); j++)
            end = c->syn->cl[j].c1;
        for (int k = cl->vg + 1; k < end && !hostile; k++) {
            const chunk *ch = CH(c, k);
            const lex_frame *nf = ch->kind == CK_NP
                ? pl_grammar_class_frame(c->lx, noun_event(c, ch->t0, ch->head))
                : NULL;
            hostile = nf && nf->code && nf->code->quad >= 3;
        }
        if (!hostile)
            return 0;
    }
    const lex_frame *fr = lone_verb_frame(c, text_hash("threaten", 8), threatens);
    actors src, tgt;
    if (!fr ||
        !np_actors(c, pc->subj, cl->parent, 0, NULL, &src) ||
        !np_actors(c, cl->subj, ci, 0, NULL, &tgt))
        return 0;
    drop_side(c, &tgt, &src.v[0]);
    /* "Maduro said Venezuela would defend …" */
    official_for_state(c, cl->parent, &src);
    int made = 0;
    c->why = unless ? "a threat: unless" : "a threat: if attacked";
    return pairs(c, fr, src, tgt, CH(c, pc->vg)->head, CH(c, pc->vg)->t1, &made);
}

static inline int conditional_threat(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->kind != CL_ADV || cl->opener < 0 || cl->parent < 0 || cl->subj < 0 || cl->vg < 0)
        return 0;
    return conditional_threat_on(c, ci);
}

/* "after talks in Kuala Lumpur hosted by X", "spoke at a dinner hosted
 * by X": the host, named as the agent of a hosting participle after the
 * phrase of a gathering, meets each of the clause's subjects. */
static int hosted_gathering(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (!has_prep(c, P_BY) || cl->subj < 0 ||
        !done_clause(c, cl->kind == CL_INF ? cl->parent : ci))
        return 0;
    for (int k = cl->vg + 2; k + 2 < cl->c1; k++) {
        const chunk *v = CH(c, k), *by = CH(c, k + 1), *np = CH(c, k - 1);
        const lex_frame *fr;
        /* (the gathering in a phrase, or the clause's object: "held
         * talks mediated by Qatar") */
        if (v->kind != CK_VG || !(v->flags & VG_PART) || v->t1 != v->t0 + 1 ||
            np->kind != CK_NP ||
            !((CH(c, k - 2)->kind == CK_PP && CH(c, k - 2)->np == k - 1) ||
              (k - 1 == cl->vg + 1 && pl_grammar_noun_of_type(c->lx, c->T, np->t0, np->head, "CONSULT"))) ||
            by->kind != CK_PP || by->prep != P_BY || by->np != k + 2 ||
            !(fr = lone_verb_frame(c, c->T[v->head].hash, hosts)) ||
            /* ("the ceasefire deal brokered by Qatar": no gathering) */
            noun_in(c, np->t0, np->head,
                               (uint32_t)named_class(c->lx, NC_AGREEMENT)))
            continue;
        actors host, guests;
        /* "talks in Doha mediated by Qatar and Turkiye": each host */
        if (np_actors(c, k + 2, ci, 0, NULL, &host) < 1 ||
            !np_actors(c, cl->subj, ci, 0, NULL, &guests))
            continue;
        for (int h = 0; h < host.n; h++)
            drop_side(c, &guests, &host.v[h]);
        int made = 0;
        c->why = "host of a gathering";
        /* the gathering and its phrases are the trigger: "talks in Doha
         * mediated by Qatar" happened in Doha */
        int rc = pairs(c, fr, host, guests, np->t0, v->t1, &made);
        if (rc)
            return rc;
        c->used[k + 2] = 1;
    }
    return 0;
}

static int cooperates(const lex_frame *fr)
{
    return fr->code && !strcmp(fr->code->cameo, "060") && (fr->flags & FR_SYM);
}

/* "struck the camps in cooperation with the Nigerien army", "the returns
 * were organised with the assistance of Tunisia": an act told as done
 * with another party's help (nouns.txt "jointly") is cooperation between
 * the clause's subject (in a passive without an agent, the speaker) and
 * that party. */
static int joint_work(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (!has_prep(c, P_WITH) || cl->vg < 0 || !done_clause(c, ci))
        return 0;
    for (int k = cl->vg + 1; k + 3 < cl->c1; k++) {
        const chunk *p = CH(c, k), *n = CH(c, k + 1), *q = CH(c, k + 2);
        if (p->kind != CK_PP || p->np != k + 1 || q->kind != CK_PP || q->np != k + 3 ||
            !((p->prep == P_IN && q->prep == P_WITH) || (p->prep == P_WITH && q->prep == P_OF)))
            continue;
        int cls = named_class(c->lx, NC_JOINTLY);
        if (cls < 0 || !noun_in(c, n->t0, n->head, (uint32_t)cls))
            continue;
        actors src, tgt;
        const lex_frame *fr = lone_verb_frame(c, text_hash("cooperate", 9), cooperates);
        int agentless = (CH(c, cl->vg)->flags & VG_PASSIVE) && pp_after(c, cl, CH(c, cl->vg)->t1, P_BY) < 0;
        if (!fr || !np_actors(c, k + 3, ci, 0, NULL, &tgt) ||
            !(agentless ? speaker_of(c, ci, &src) : np_actors(c, cl->subj, ci, 0, NULL, &src)))
            continue;
        drop_side(c, &tgt, &src.v[0]);
        int made = 0;
        c->why = "joint work: in cooperation with";
        return pairs(c, fr, src, tgt, n->t0, CH(c, k + 3)->t1, &made);
    }
    return 0;
}

/* The civilians of the place that a phrase after nominal event k in its
 * clause names ("protests in Colombo"), else of the story's state. */
/* "protests in the capital" after "rioting in the capital Honiara": the
 * state of the national capital named last in this sentence or the three
 * before, or NULL. */
static const char *capital_named_before(const ctx *c)
{
    const sentence *ss = c->td->sents;
    uint32_t from = ss[c->si > 3 ? c->si - 3 : 0].tok0;
    for (uint32_t t = c->td->sents[c->si].tok1; t-- > from;) {
        size_t l;
        if (!(c->T[t].flags & TOK_CAP))
            continue;
        int p = pl_events_place_at(c->lx, c->T, t, c->td->sents[c->T[t].sent].tok1, &l);
        int ci = p >= 0 ? pl_lexicon_country(c->lx, c->lx->places[p].iso3) : -1;
        if (ci >= 0 && c->lx->countries[ci].capital == p)
            return c->lx->places[p].iso3;
    }
    return NULL;
}

static int people_here(ctx *c, int ci, int k, actors *out)
{
    const clause *cl = &c->syn->cl[ci];
    const char *cc = NULL;
    for (int j = k + 1; !cc && j + 1 < cl->c1; j++) {
        cc = placed_in(c, j, 0);
        /* ("in the capital": the one named before) */
        if (!cc && CH(c, j)->kind == CK_PP && CH(c, j)->prep == P_IN && CH(c, j)->np == j + 1 &&
            CH(c, j + 1)->mention < 0 && CH(c, j + 1)->adj_country < 0 &&
            tok_eq(&c->T[CH(c, j + 1)->head], "capital") &&
            tok_eq(&c->T[CH(c, j + 1)->t0], "the"))
            cc = capital_named_before(c);
    }
    if (!cc)
        cc = c->st->home;
    actor *g = cc ? civilians_of(c, cc) : NULL;
    out->v = g;
    out->n = g != NULL;
    return out->n;
}

/* Lists in c->nom the noun phrases of the sentence that may make a
 * nominal event: a noun of an event (nouns.txt) that is no actor, or a
 * carrier of goods (carried). nominal_events runs twice for each clause
 * and would look at every chunk each time; few are of either kind. Sets
 * c->preps. */
static void scan_chunks(ctx *c)
{
    c->nnom = 0;
    c->preps = 0;
    for (int k = 0, cls; k < c->syn->nch; k++) {
        const chunk *ch = CH(c, k);
        if (ch->kind == CK_PP)
            c->preps |= 1u << (ch->prep & 31);
        if (ch->kind == CK_NP &&
            ((ch->mention < 0 && (cls = noun_event(c, ch->t0, ch->head)) >= 0 &&
              pl_grammar_class_frame(c->lx, cls)) ||
             /* (carried's first test, here without a call) */
             (k + 1 < c->syn->nch && CH(c, k + 1)->kind == CK_VG && carried(c, k))))
            c->nom[c->nnom++] = k;
    }
}

/* The states named before the head of noun phrase ch: adjectives or
 * names ("a joint Russian and Chinese exercise") and compounds of two
 * ("Russian-Chinese talks", "US-China talks"), each once. Returns how
 * many (at most 4) in *out. */
static int modifier_states(ctx *c, const chunk *ch, actors *out)
{
    const char *cc[4];
    int n = 0;
    uint32_t m = LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY);
    for (uint32_t t = ch->t0; t < ch->head && n < 4; t++) {
        const token *T = &c->T[t];
        const lex_hit *h[2], *first;
        int nh = 0;
        size_t len = 0;
        if (!(T->flags & TOK_CAP))
            continue;
        if (pl_grammar_pair(c->lx, c->td->text, T, &h[0], &h[1]))
            nh = 2;
        else if ((len = lexicon_match_ok(c->lx, c->T, t, ch->head, m, &first, &h[0])) > 0 &&
                 h[0])
            nh = 1;
        for (int i = 0; i < nh && n < 4; i++) {
            const char *iso3 = c->lx->countries[h[i]->idx].iso3;
            int seen = 0;
            for (int j = 0; j < n; j++)
                seen |= !strcmp(cc[j], iso3);
            if (!seen)
                cc[n++] = iso3;
        }
        if (len > 1)
            t += (uint32_t)len - 1;
    }
    if (n < 2)
        return 0;
    actor *v = pl_arena_zalloc(c->a, (size_t)n * sizeof *v);
    if (!v)
        return 0;
    for (int i = 0; i < n; i++) {
        v[i].entity = -1;
        v[i].country = cc[i];
        v[i].t0 = ch->t0;
        v[i].t1 = ch->head;
    }
    out->v = v;
    out->n = n;
    return n;
}

/* The nominal events of chunks [k0, k1) of clause ci; the clause's
 * subject waits for its verb when skip_subj ("sanctions were imposed"). */
__attribute__((noinline)) /* so that nominal_events' test needs no frame */
static int nominal_events_on(ctx *c, int ci, int k0, int k1, int skip_subj,
                             int in_pp)
{
    const clause *cl = &c->syn->cl[ci];
    int inf = cl->kind == CL_INF;
    if (inf && !(in_pp && done_clause(c, cl->parent)))
        return 0;
    for (int i = 0; i < c->nnom && c->nom[i] < k1; i++) {
        int k = c->nom[i];
        if (k < k0)
            continue;
        const chunk *ch = CH(c, k);
        /* "a Chinese aircraft carrying …": a carrier may be an actor */
        int carrier = ch->kind == CK_NP && k == cl->subj && !skip_subj && !in_pp &&
                      ch->mention >= 0 && carried(c, k);
        if (ch->kind != CK_NP || (ch->mention >= 0 && !carrier) || c->used[k] ||
            (skip_subj && k == cl->subj))
            continue;
        int pp = k > 0 && CH(c, k - 1)->kind == CK_PP && CH(c, k - 1)->np == k;
        if (in_pp != pp)
            continue;
        int cls = noun_event(c, ch->t0, ch->head);
        const lex_frame *fr = pl_grammar_class_frame(c->lx, cls);
        if (!fr && k == cl->subj)
            fr = carried(c, k);
        if (!fr || ((fr->flags & FR_PAST) && !told_as_done(c, ci, k)))
            continue;
        /* "the killing of three peacekeepers in an Israeli strike": the
         * strike is the killing, coded once */
        if (pp && CH(c, k - 1)->prep == P_IN && conflict_noun(c, cls) && k >= 4 &&
            CH(c, k - 3)->kind == CK_PP && CH(c, k - 3)->prep == P_OF &&
            CH(c, k - 3)->np == k - 2 && CH(c, k - 4)->kind == CK_NP &&
            conflict_noun(c, noun_event(c, CH(c, k - 4)->t0,
                                                   CH(c, k - 4)->head)))
            continue;
        /* "a protester was killed in clashes with police": the passive
         * of a verb that counts victims (words.txt "casualty-verbs") takes
         * its agent from the clashes, which are the killing, coded once */
        if (pp && CH(c, k - 1)->prep == P_IN && conflict_noun(c, cls) && cl->vg >= 0 &&
            (CH(c, cl->vg)->flags & VG_PASSIVE) && k + 2 < cl->c1 &&
            CH(c, k + 1)->kind == CK_PP && CH(c, k + 1)->prep == P_WITH &&
            tok_in(&c->T[CH(c, cl->vg)->head], W_CASUALTY))
            continue;
        /* "agreed to reopen the border after talks in Nairobi": the
         * talks are the agreeing clause's, told as done */
        if (inf && (!(fr->flags & FR_PAST) || (CH(c, k - 1)->prep != P_AFTER &&
                                               CH(c, k - 1)->prep != P_FOLLOWING &&
                                               CH(c, k - 1)->prep != P_DURING)))
            continue;
        actors src, tgt;
        int between, made = 0, rc;
        /* "Russian-Chinese talks were held", "a joint Russian and
         * Chinese exercise began": the states before the noun of a
         * meeting or of cooperation are its parties */
        if ((fr->flags & FR_SYM) && fr->code && fr->code->quad <= 2 &&
            modifier_states(c, ch, &tgt) >= 2) {
            c->why = "nominal: the states before its noun";
            if ((rc = among(c, fr, tgt, ch->t0, ch->t1, &made)))
                return rc;
            c->used[k] = 1;
            continue;
        }
        c->why = "nominal";
        if (!nominal_target(c, ci, k, fr, NULL, &tgt, &between) &&
            !(pp && subjects_met(c, ci, k, fr, &tgt, &between))) {
            /* "protests broke out in Colombo": an event of people against
             * their government (flag "gov") needs no target named */
            /* ("protests broke out": the street's, not a diplomatic
             * protest, whose target is named); as the subject told as
             * done in the active, not a verb's object ("lodged a
             * protest"), a passive's subject ("the protest was filed") nor
             * a phrase of background ("after street protests last year") */
            /* (and "20 people were detained during a protest": a new
             * protest the clause tells as done, not "during the march"
             * told before, nor an aside on someone's past, "who fled
             * during mass protests") */
            int during = pp && CH(c, k - 1)->prep == P_DURING && cl->vg >= 0 &&
                         cl->kind != CL_REL &&
                         !(tok_in(&c->T[ch->t0], W_DET) && !tok_eq(&c->T[ch->t0], "a") &&
                           !tok_eq(&c->T[ch->t0], "an")) &&
                         !tok_in(&c->T[ch->t0], W_POSSDET) &&
                         !(CH(c, cl->vg)->flags & (VG_NEG | VG_FUTURE | VG_MODAL)) &&
                         !partisan(c, k);
            if (!during && (k != cl->subj || pp || cl->vg < 0 ||
                            (CH(c, cl->vg)->flags & VG_PASSIVE)))
                continue;
            if ((!(fr->flags & FR_GOV) &&
                 !(fr = pl_grammar_noun_frame_with(c->lx, c->T, ch->t0, ch->head, FR_GOV))) ||
                ((fr->flags & FR_PAST) && !told_as_done(c, ci, k)))
                continue;
            c->src_own = 1;
            int own = nominal_source(c, ci, k, fr, &src);
            c->src_own = 0;
            if ((!own && !people_here(c, ci, k, &src)) ||
                !own_government(c, &src.v[0], &tgt))
                continue;
            c->why = "nominal: the people against their government";
            rc = pairs(c, fr, src, tgt, ch->head, ch->t1, &made);
            if (rc)
                return rc;
            c->used[k] = 1;
            continue;
        }
        if (between && tgt.n >= 2) {
            rc = among(c, fr, tgt, ch->head, ch->t1, &made);
        } else {
            c->src_principal = 0;
            /* "protests against the government's price hike turned
             * violent in Lagos": with its target named and no author, an
             * event of people against their government (flag "gov") is
             * the people's of the place, as with no target */
            const lex_frame *gf;
            if (!nominal_source(c, ci, k, fr, &src)) {
                if (k != cl->subj || pp || cl->vg < 0 || cl->kind == CL_INF ||
                    (CH(c, cl->vg)->flags & (VG_PASSIVE | VG_NEG | VG_FUTURE | VG_MODAL)) ||
                    !(CH(c, cl->vg)->flags & (VG_PAST | VG_PERFECT)) ||
                    !(gf = (fr->flags & FR_GOV) ? fr
                                                : pl_grammar_noun_frame_with(c->lx, c->T, ch->t0,
                                                                             ch->head, FR_GOV)) ||
                    !people_here(c, ci, cl->vg - 1, &src))
                    continue;
                fr = gf;
            }
            const actor *partner;
            if (c->src_principal && (fr->flags & FR_SYM) && fr->code &&
                !strncmp(fr->code->cameo, "04", 2) && tgt.n == 1 &&
                (partner = recent_partner(c, &tgt.v[0]))) {
                src.v = partner;
                src.n = 1;
            }
            /* "At a meeting with Guterres, the latter noted …": the
             * subject is the counterpart; the host is the main actor */
            const actor *p;
            if ((fr->flags & FR_SYM) && src.n == 1 && tgt.n == 1 &&
                same_actor(&src.v[0], &tgt.v[0]) &&
                (p = principal_actor(c)) && !same_actor(p, &tgt.v[0])) {
                src.v = p;
                src.n = 1;
            }
            drop_side(c, &tgt, &src.v[0]);
            rc = pairs(c, fr, src, tgt, ch->head, ch->t1, &made);
            /* "Russia's prisoner swap with Ukraine": each way */
            if (!rc && (fr->flags & FR_MUTUAL))
                rc = pairs(c, fr, tgt, src, ch->head, ch->t1, &made);
        }
        if (rc)
            return rc;
        c->used[k] = 1;
    }
    return 0;
}

/* nominal_events_on, called only where c->nom lists a chunk in [k0, k1)
 * (most clauses have none). */
static inline int nominal_events(ctx *c, int ci, int k0, int k1, int skip_subj,
                                 int in_pp)
{
    int i = 0;
    while (i < c->nnom && c->nom[i] < k0)
        i++;
    if (i == c->nnom || c->nom[i] >= k1)
        return 0;
    return nominal_events_on(c, ci, k0, k1, skip_subj, in_pp);
}

/* ---- the document's discourse -------------------------------------------------------------- */

/* Records the person of "by" noun phrase k as the head of the delegation
 * of the state of mention mi. */
static void add_delegate(ctx *c, int mi, int k)
{
    coref_state *st = c->st;
    const chunk *by = CH(c, k);
    if (mi < 0 || by->mention < 0 || st->ndele >= DELEGATES)
        return;
    mention *d = &c->ms[mi], *p = &c->ms[by->mention];
    if (d->nact != 1 || d->acts[0].name || !d->acts[0].country || p->nact != 1 ||
        !p->acts[0].name || !p->acts[0].country)
        return;
    actor *h = &p->acts[0];
    if (strcmp(h->country, d->acts[0].country)) {
        /* the text says whose delegate an official of unstated country
         * (given the dateline's) is */
        if (!st->home || strcmp(h->country, st->home))
            return;
        h->country = d->acts[0].country;
        if (h->entity >= 0 && h->entity < st->nents)
            st->ents[h->entity].country = h->country;
    }
    st->dele[st->ndele].country = d->acts[0].country;
    st->dele[st->ndele].head = *h;
    st->dele[st->ndele].sent = c->si;
    st->ndele++;
}

/* "The Kazakh delegation was headed by X, and the Hungarian side by Y":
 * the heads of the delegations of clause ci, also after a gap. */
static void delegation_heads(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    /* "hosted the Armenian delegation, led by X, and …": a participle
     * aside on the delegation */
    if (cl->vg >= 2 && cl->vg == cl->c0 &&
        CH(c, cl->vg)->t1 == CH(c, cl->vg)->t0 + 1 &&
        tok_in(&c->T[CH(c, cl->vg)->head], W_HEAD_VERBS) && CH(c, cl->vg - 1)->kind == CK_PUNCT &&
        CH(c, cl->vg - 2)->kind == CK_NP && cl->vg + 2 < c->syn->nch &&
        CH(c, cl->vg + 1)->kind == CK_PP && CH(c, cl->vg + 1)->prep == P_BY) {
        add_delegate(c, CH(c, cl->vg - 2)->mention, cl->vg + 2);
        return;
    }
    if (cl->vg < 0 || cl->subj < 0 || !(CH(c, cl->vg)->flags & VG_PASSIVE) ||
        !tok_in(&c->T[CH(c, cl->vg)->head], W_HEAD_VERBS))
        return;
    int k = cl->vg + 1;
    if (k + 1 >= c->syn->nch || CH(c, k)->kind != CK_PP || CH(c, k)->prep != P_BY)
        return;
    add_delegate(c, CH(c, cl->subj)->mention, k + 1);
    /* the gap: ", and NP by NP" */
    for (int j = k + 2; j + 3 < c->syn->nch; j++) {
        if (CH(c, j)->kind == CK_PUNCT && j + 1 < c->syn->nch)
            continue;
        if (CH(c, j)->kind != CK_CONJ || CH(c, j + 1)->kind != CK_NP ||
            CH(c, j + 2)->kind != CK_PP || CH(c, j + 2)->prep != P_BY)
            break;
        add_delegate(c, CH(c, j + 1)->mention, j + 3);
        break;
    }
}

static int new_group(arena *a, coref_state *st, cand_vec *cv, size_t first, uint32_t si);

/* A symmetric cooperative event makes its participants the current
 * interlocutors: the new candidates [first, cv->n). (Asked three times a
 * clause, nearly always with none: the test is made before the call to
 * new_group and its large frame.) */
static inline int update_group(arena *a, coref_state *st, cand_vec *cv, size_t first,
                               uint32_t si)
{
    return first < cv->n ? new_group(a, st, cv, first, si) : 0;
}

static int new_group(arena *a, coref_state *st, cand_vec *cv, size_t first, uint32_t si)
{
    const cand *e = &cv->v[first];
    /* (and "X agreed with Y on …": a pair that spoke together; not an
     * offer or a pledge to a party) */
    if (!((e->frame->flags & FR_SYM) || str_eq(e->code->cameo, "030")) ||
        e->code->quad > 2 || e->negated)
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
    /* "X held talks with Y, who arrived on a state visit": a group of
     * this sentence stays when the new one names no other party (Y and
     * X's state) */
    int same = st->group_sent == si && st->ngroup >= 2;
    /* (nor does a group of the same states, unnamed, replace the people
     * who were named for them: "The Prime Ministers' talks … between
     * Australia and Samoa" after both were named) */
    if (!same && st->ngroup >= 2 && st->ngroup == n && st->group_sent + 6 >= si) {
        int fewer = 1;
        for (int k = 0; fewer && k < n; k++) {
            int kept = 0;
            for (int j = 0; j < st->ngroup && !kept; j++)
                kept = st->group[j].name && g[k].country && !g[k].name && !g[k].org &&
                       st->group[j].country && !strcmp(st->group[j].country, g[k].country);
            fewer = kept;
        }
        if (fewer) {
            st->group_sent = si; /* (the same interlocutors, still) */
            return 0;
        }
    }
    for (int k = 0; same && k < n; k++) {
        int covered = 0;
        for (int j = 0; j < st->ngroup && !covered; j++)
            covered = same_actor(&st->group[j], &g[k]) ||
                      (g[k].country && !g[k].name && !g[k].org && st->group[j].country &&
                       !strcmp(st->group[j].country, g[k].country));
        same = covered;
    }
    if (same)
        return 0;
    if (pl_coref_set_group(a, st, g, n))
        return PARLEY_ENOMEM;
    st->group_sent = si;
    return 0;
}

static const lex_frame *lone_verb_frame(const ctx *c, uint64_t h,
                                        int (*ok)(const lex_frame *fr));

/* A meeting's frame (CAMEO 040, symmetric): "meet". */
static int meeting(const lex_frame *fr)
{
    return fr->code && !strcmp(fr->code->cameo, "040") && (fr->flags & FR_SYM);
}

/* "Taking part were X of Finland, Y of Norway and Z of Estonia",
 * "Attending were …": the participants of a meeting, each of whom meets
 * its hub, the document's main actor (the host or the reporting
 * official: the conventions' pairs of a multilateral meeting). */
static int participants(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    int k = cl->c0, j = k + 1, made = 0;
    if (cl->c1 - k < 3 || CH(c, k)->kind != CK_VG || !(CH(c, k)->flags & VG_ING) ||
        !tok_in(&c->T[CH(c, k)->head], W_PARTICIPATING))
        return 0;
    /* "taking part" */
    if (j < cl->c1 && CH(c, j)->kind == CK_NP && CH(c, j)->t1 == CH(c, j)->t0 + 1 &&
        tok_eq(&c->T[CH(c, j)->t0], "part"))
        j++;
    if (j + 1 >= cl->c1 || CH(c, j)->kind != CK_VG || !tok_in(&c->T[CH(c, j)->head], W_BE) ||
        CH(c, j + 1)->kind != CK_NP || CH(c, j + 1)->mention < 0)
        return 0;
    const actor *hub = principal_actor(c);
    const lex_frame *fr = lone_verb_frame(c, text_hash("meet", 4), meeting);
    actors t;
    if (!hub || !fr || !np_actors(c, j + 1, ci, 0, hub, &t))
        return 0;
    drop_side(c, &t, hub);
    actors s = {hub, 1};
    c->why = "participants";
    return pairs(c, fr, s, t, CH(c, k)->head, CH(c, k)->t1, &made);
}

/* "Statement by the North Atlantic Council on …": a headline that names
 * the body or state issuing the text makes it the voice of the text's
 * "we". */
static void statement_issuer(ctx *c)
{
    if (c->si != 0 || c->st->has_issuer)
        return;
    for (int k = 0; k + 2 < c->syn->nch; k++) {
        const chunk *h = CH(c, k), *p = CH(c, k + 1);
        if (h->kind != CK_NP || !tok_in(&c->T[h->head], W_STATEMENT_TITLES) ||
            p->kind != CK_PP || (p->prep != P_BY && p->prep != P_OF && p->prep != P_FROM) ||
            p->np != k + 2)
            continue;
        const chunk *n = CH(c, k + 2);
        if (n->mention < 0)
            return;
        const mention *m = &c->ms[n->mention];
        if (m->nact != 1 || m->acts[0].name || (!m->acts[0].org && !m->acts[0].country))
            return;
        c->st->issuer = m->acts[0];
        c->st->has_issuer = 1;
        return;
    }
}

/* The person the lexicon knows among tokens [t, t + 8) of sentence j,
 * as an actor in *a; 0 when none. */
static int known_person_at(ctx *c, uint32_t j, uint32_t t, actor *a)
{
    const sentence *s = &c->td->sents[j];
    for (uint32_t q = t; q < s->tok1 && q < t + 8; q++) {
        const lex_hit *h;
        size_t len = lexicon_match(c->lx, c->T, q, s->tok1, LK_BIT(LK_PERSON), &h);
        for (; len && h; h = lexicon_next(c->lx, h)) {
            if (!pl_lexicon_hit_ok(c->lx, h, c->T, q, LK_BIT(LK_PERSON)))
                continue;
            const lex_person *p = &c->lx->persons[h->idx];
            memset(a, 0, sizeof *a);
            a->name = p->name;
            a->role = p->role;
            a->country = p->country;
            a->org = p->org;
            a->entity = -1;
            a->t0 = q;
            a->t1 = q + (uint32_t)len;
            return 1;
        }
    }
    return 0;
}

/* "\"I thank Norway for its help. We could not have done it alone,\"
 * said Ukrainian President Volodymyr Zelensky": a quotation that runs on
 * past sentence si is spoken by the person the lexicon knows in the
 * attribution after its closing mark ("," then a verb of saying and the
 * person, or the person and the verb), in the same paragraph. */
/* Whether a clause of the sentence names a speaker of its own. */
static int names_speaker(const ctx *c)
{
    for (int i = 0; i < c->syn->ncl; i++)
        if (c->syn->cl[i].speaker >= 0)
            return 1;
    return 0;
}

/* The last quotation's speaker speaks sentence si too; on: the voice
 * was attributed before the quotation opened and lasts while it is
 * open. */
static void voice_goes_on(speech_state *sp, uint32_t si, int on)
{
    sp->para = sp->last_quote;
    sp->has_para = 1;
    sp->para_sent = si;
    sp->quote_speaker = 1;
    sp->quote_on = on;
    sp->quote_last = si;
}

static void quote_speaker(ctx *c)
{
    const sentence *s = &c->td->sents[c->si];
    const token *T = c->T;
    speech_state *sp = c->sp;
    int open = sp->quote_open && !(T[s->tok0].flags & TOK_PARA);
    /* (a voice that goes on from an attribution before the quotation
     * lasts while it stays open) */
    if (sp->quote_speaker && sp->quote_on && open && c->si == sp->quote_last + 1)
        sp->quote_last = c->si;
    if (sp->quote_speaker && c->si > sp->quote_last) {
        sp->quote_speaker = 0;
        sp->has_para = 0;
    }
    int marks = c->quotes;
    int open_end = open ^ (marks & 1);
    sp->quote_open = open_end;
    /* "\"…,\" the minister told reporters. \"Russia must withdraw
     * its forces.\"": a quotation with no attribution of its own right
     * after an attributed one goes on in the same voice */
    if (!sp->has_para && sp->last_quote_sent && sp->last_quote_sent == c->si &&
        T[s->tok0].tag == ST_QUOTE && !open) {
        /* (the whole sentence quoted: its only other mark closes it) */
        uint32_t last = s->tok1 - 1;
        if (last > s->tok0 && !(T[last].flags & TOK_WORD) && T[last].tag != ST_QUOTE)
            last--;
        if (!(marks != 2 || T[last].tag != ST_QUOTE) && !names_speaker(c)) {
            voice_goes_on(sp, c->si, 0);
            return;
        }
    }
    /* "The secretary said, \"We summoned him. We have asked them to
     * …\"": a quotation opened after an attribution and still open at
     * the start of the sentence goes on in that voice, unless the
     * sentence names a speaker of its own */
    if (open && !sp->has_para && sp->last_quote_sent && sp->last_quote_sent == c->si &&
        !names_speaker(c)) {
        voice_goes_on(sp, c->si, 1);
        return;
    }
    if (!open_end || sp->has_para)
        return;
    for (uint32_t j = c->si + 1; j < c->td->nsents && j <= c->si + 4; j++) {
        const sentence *n = &c->td->sents[j];
        if (T[n->tok0].flags & TOK_PARA)
            return;
        uint32_t q = n->tok0;
        while (q < n->tok1 && T[q].tag != ST_QUOTE)
            q++;
        if (q >= n->tok1)
            continue;
        uint32_t a = q + 1;
        if (a < n->tok1 && tok_eq(&T[a], ","))
            a++;
        actor who;
        int said = a < n->tok1 && T[a].tag == ST_VERB && (T[a].facts & WF_SAYING);
        if (said ? !known_person_at(c, j, a + 1, &who) : !known_person_at(c, j, a, &who))
            return;
        if (!said) {
            /* the person, then the verb of saying */
            uint32_t v = who.t1;
            while (v < n->tok1 && v < who.t1 + 3 && T[v].tag != ST_VERB)
                v++;
            if (v >= n->tok1 || !(T[v].facts & WF_SAYING))
                return;
        }
        sp->para = who;
        sp->has_para = 1;
        sp->para_sent = c->si;
        sp->quote_speaker = 1;
        sp->quote_on = 0;
        sp->quote_last = j;
        return;
    }
}

/* "Lin Jian: The Philippine claim …": a person and a colon open a
 * paragraph that is that person's statement; a new paragraph without one
 * ends it. */
static void paragraph_speaker(ctx *c)
{
    const sentence *s = &c->td->sents[c->si];
    const token *T = c->T;
    if (T[s->tok0].flags & TOK_PARA)
        c->sp->has_para = 0;
    if (c->nm && c->ms[0].t0 == s->tok0 && c->ms[0].nact == 1 &&
        c->ms[0].t1 < s->tok1 && tok_eq(&T[c->ms[0].t1], ":")) {
        c->sp->para = c->ms[0].acts[0];
        c->sp->has_para = 1;
        c->sp->para_sent = c->si;
    } else if (s->tok0 + 1 < s->tok1 && tok_eq(&T[s->tok0 + 1], ":") &&
               (T[s->tok0].flags & TOK_ALLCAPS)) {
        c->sp->has_para = 0; /* "AFP: …": a journalist's question */
    }
}

/* What the next sentences need: the latest list, subject and "it". */
/* Whether the verb of clause cl, whose subject is doer, may tell of
 * force: one of its frames is of material conflict (CAMEO quad 4), or it
 * has none the lexicon knows; not when the doer's act in this sentence
 * made an event of another kind. */
static int may_be_force(const ctx *c, const clause *cl, const actor *doer)
{
    for (size_t q = c->cv->n; q-- > 0 && c->cv->v[q].sent == c->si;)
        if (c->cv->v[q].code->quad < 4 && same_side(&c->cv->v[q].src, doer))
            return 0;
    uint32_t link = pl_grammar_patterns(c->lx, c->T[CH(c, cl->vg)->head].hash);
    const lex_pattern *pt;
    int any = 0;
    while ((pt = pl_grammar_pattern(c->lx, &link))) {
        const lex_frame *pf = pl_grammar_frame(c->lx, pt->frame);
        if (pf->code && pf->code->quad == 4)
            return 1;
        any = 1;
    }
    return !any;
}

static void remember(ctx *c)
{
    coref_state *st = c->st;
    /* "The Peace and Security Council …, on the situation in X:" opens
     * the numbered paragraphs of its decision */
    const sentence *s = &c->td->sents[c->si];
    if (s->tok1 > s->tok0 && tok_eq(&c->T[s->tok1 - 1], ":") && c->syn->ncl &&
        c->syn->cl[0].subj >= 0 && CH(c, c->syn->cl[0].subj)->mention >= 0 &&
        c->ms[CH(c, c->syn->cl[0].subj)->mention].nact == 1) {
        st->lead = c->ms[CH(c, c->syn->cl[0].subj)->mention].acts[0];
        st->has_lead = 1;
    }
    for (int k = c->nm - 1; k >= 0; k--)
        if (c->ms[k].nact >= 2 && c->ms[k].kind != MK_GROUP) {
            st->list = c->ms[k].acts;
            st->nlist = c->ms[k].nact;
            st->list_sent = c->si;
            break;
        }
    /* the first actor named with no preposition; outside the quotation
     * when the sentence quotes someone ("\"… since Alpha Conde came to
     * power,\" Diallo said": Diallo) */
    /* (c->quotes: sentence_tokens has counted the marks) */
    int quoted = c->quotes > 0, outside = -1;
    for (int k = 0; quoted && k < c->nm && outside < 0; k++) {
        int marks = 0;
        for (uint32_t t = s->tok0; t < c->ms[k].t0; t++)
            marks += c->T[t].tag == ST_QUOTE;
        if (!(marks & 1) && c->ms[k].prep == P_NONE && !c->ms[k].possessive &&
            c->ms[k].nact == 1 && c->ms[k].acts[0].entity >= 0)
            outside = k;
    }
    for (int k = outside >= 0 ? outside : 0; k < c->nm; k++)
        if (c->ms[k].prep == P_NONE && !c->ms[k].possessive && c->ms[k].nact == 1 &&
            c->ms[k].acts[0].entity >= 0) {
            st->last_subject = c->ms[k].acts[0].entity;
            if (st->ents[st->last_subject].name) {
                st->last_named = st->last_subject;
                st->last_named_sent = c->si;
            }
            break;
        }
    st->lead_poss_sent = 0;
    if (c->nm && c->ms[0].possessive && c->ms[0].kind == MK_PERSON && c->ms[0].nact == 1 &&
        c->ms[0].acts[0].entity >= 0 &&
        c->ms[0].t0 <= pl_syntax_body(c->T, c->td->sents[c->si].tok0, c->td->sents[c->si].tok1)) {
        st->lead_poss = c->ms[0].acts[0].entity;
        st->lead_poss_sent = c->si + 1;
    }
    for (int i = 0; i < c->syn->ncl; i++) {
        int k = c->syn->cl[i].subj;
        if (k < 0 || CH(c, k)->mention < 0)
            continue;
        const mention *m = &c->ms[CH(c, k)->mention];
        /* (not "a Canadian lawmaker": "it" is no person) */
        const token *h = &c->T[m->t1 - 1];
        if (m->nact == 1 && !m->acts[0].name && (m->acts[0].country || m->acts[0].org) &&
            (!m->acts[0].agent || state_sector(m->acts[0].agent)) &&
            !(m->kind == MK_OFFICE && (tok_in(h, W_PERSON_NOUNS) || tok_in(h, W_PERSON_HEADS)))) {
            st->last_it = m->acts[0];
            break;
        }
    }
    c->sp->last_quote_sent = 0;
    for (int i = 0; i < c->syn->ncl; i++) {
        actors who;
        int quoted = 0;
        /* (the clause's flags first: few clauses have a speaker) */
        if (!(c->syn->cl[i].flags & (CF_QUOTE | CF_REPORTED)) || c->syn->cl[i].speaker < 0)
            continue;
        /* (the opening mark may end the clause of saying before it:
         * "said on Monday, \"Today we …") */
        for (int k = c->syn->cl[i].c0 - (c->syn->cl[i].c0 > 0); k < c->syn->cl[i].c1 && !quoted;
             k++)
            quoted = CH(c, k)->kind == CK_QUOTE;
        if (quoted && one_np_actors(c, c->syn->cl[i].speaker, -1, 1, NULL, &who) == 1) {
            c->sp->last_quote = who.v[0];
            c->sp->last_quote_sent = c->si + 1;
            break;
        }
    }
    for (int i = 0; i < c->syn->ncl; i++) {
        const clause *cl = &c->syn->cl[i];
        if (cl->kind != CL_MAIN || cl->vg < 0 || cl->subj < 0 || CH(c, cl->subj)->mention < 0 ||
            tok_in(&c->T[CH(c, cl->vg)->head], W_PERSON_CUES))
            continue;
        const mention *m = &c->ms[CH(c, cl->subj)->mention];
        if (m->nact == 1) {
            st->doer = m->acts[0];
            st->doer_sent = c->si + 1;
            st->doer_force = may_be_force(c, cl, &m->acts[0]);
        }
        break;
    }
}

/* "The European Parliament adopted a resolution …": the text is its
 * author's, so that "the resolution welcomes …" later is the author's
 * act (words.txt "author-verbs"). */
static void authored_text(ctx *c, int ci)
{
    const clause *cl = &c->syn->cl[ci];
    if (cl->vg < 0 || cl->subj < 0 || cl->vg + 1 >= cl->c1 ||
        (CH(c, cl->vg)->flags & (VG_PASSIVE | VG_NEG)) ||
        !tok_in(&c->T[CH(c, cl->vg)->head], W_AUTHOR_VERBS))
        return;
    int k = cl->vg + 1;
    const chunk *o = CH(c, k);
    if (o->kind != CK_NP || o->mention >= 0 || CH(c, cl->subj)->mention < 0)
        return;
    const mention *m = &c->ms[CH(c, cl->subj)->mention];
    if (m->nact != 1 || m->kind == MK_GROUP || m->kind == MK_PRONOUN ||
        (!m->acts[0].country && !m->acts[0].org))
        return;
    remember_owner(c, k, &m->acts[0]);
}

/* One pass over the sentence's tokens: fills c->sw (all its words: the
 * patterns look only from its chunks on, at words of the sentence; and
 * the classes of the nouns they may head) and counts c->quotes. */
static void sentence_tokens(ctx *c)
{
    const sentence *s = &c->td->sents[c->si];
    sent_words *sw = c->sw;
    memset(sw->bits, 0, sizeof sw->bits);
    sw->lo = c->syn->nch ? CH(c, 0)->t0 : s->tok0;
    int quotes = 0;
    uint32_t classes = 0;
    /* (the bounds and tables in locals: the call in the loop could
     * change *c for all the compiler knows) */
    const token *x = &c->T[s->tok0], *end = &c->T[s->tok1];
    const parley_lexicon *lx = c->lx;
    for (; x < end; x++) {
        sw->bits[sw_bit(x->hash) >> 6] |= 1ull << (sw_bit(x->hash) & 63);
        quotes += x->tag == ST_QUOTE;
        if (x->facts & WF_NOUN)
            classes |= pl_grammar_head_classes(lx, x);
    }
    sw->classes = classes;
    c->quotes = quotes;
}

int pl_events_sentence(arena *a, const parley_lexicon *lx, const text_doc *td,
                    uint32_t si, mention *ms, int nm, const syn_sent *syn,
                    coref_state *st, speech_state *sp, int negated,
                    cand_vec *cv)
{
    ctx c = {.a = a, .lx = lx, .td = td, .T = td->toks, .si = si, .ms = ms, .nm = nm, .syn = syn,
             .ch = syn->ch, .st = st, .sp = sp, .cv = cv, .keep_negated = negated};
    sent_words sw;
    chunk_memo chx = {{UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX}, {-1, -1, -1, -1}};
    noun_memo nx;
    memset(nx.head, 0xff, sizeof nx.head);
    c.sw = &sw;
    c.chx = &chx;
    c.nx = &nx;
    /* (the sentence's arrays in one block: c.vf, c.nom, c.used) */
    size_t nch = (size_t)(syn->nch ? syn->nch : 1), ncl = (size_t)(syn->ncl ? syn->ncl : 1);
    c.vf = pl_arena_zalloc(a, ncl * sizeof *c.vf + nch * sizeof *c.nom + nch);
    if (!c.vf)
        return PARLEY_ENOMEM;
    c.nom = (int *)(c.vf + ncl);
    c.used = (uint8_t *)(c.nom + nch);
    scan_chunks(&c);
    sentence_tokens(&c);
    /* "1.", "2.": a numbered paragraph's marker, split off as a
     * sentence of its own, does not age the current interlocutors */
    uint32_t words = 0;
    for (uint32_t t = td->sents[si].tok0; t < td->sents[si].tok1 && words < 2; t++)
        words += (td->toks[t].flags & TOK_WORD) && !(td->toks[t].flags & TOK_NUM);
    if (!words && st->ngroup >= 2 && st->group_sent < si)
        st->group_sent++;
    paragraph_speaker(&c);
    quote_speaker(&c);
    statement_issuer(&c);
    if (sp->list_fr) {
        int rc = listed_item(&c);
        if (rc)
            return rc;
    }
    /* the setting first: "Following the meeting with X, an agreement was
     * signed", "No agreements were signed during the visit of X" make X
     * an interlocutor before the signing; then the verbs; then nouns
     * that are subjects or owned ("talks between X and Y took place") */
    for (int ci = 0; ci < syn->ncl; ci++) {
        const clause *cl = &syn->cl[ci];
        size_t before = cv->n;
        authored_text(&c, ci);
        int rc = participants(&c, ci);
        if (!rc)
            rc = nominal_events(&c, ci, cl->c0, cl->c1, 1, 1);
        if (!rc)
            rc = update_group(a, st, cv, before, si);
        before = cv->n;
        delegation_heads(&c, ci);
        if (!rc)
            rc = verbal_events(&c, ci);
        if (!rc)
            rc = update_group(a, st, cv, before, si);
        before = cv->n;
        if (!rc)
            rc = nominal_events(&c, ci, cl->c0, cl->c1, 0, 0);
        if (!rc)
            rc = update_group(a, st, cv, before, si);
        /* the host of a gathering is none of the parties "the two
         * leaders" name later */
        if (!rc)
            rc = hosted_gathering(&c, ci);
        if (!rc)
            rc = received_goods(&c, ci);
        if (!rc)
            rc = joint_work(&c, ci);
        if (!rc)
            rc = conditional_threat(&c, ci);
        if (!rc)
            rc = should_call(&c, ci);
        if (!rc)
            rc = judged_acts(&c, ci);
        if (rc)
            return rc;
    }
    remember(&c);
    return 0;
}
