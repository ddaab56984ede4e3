/* match.c — codes a document with CAMEO dictionaries (cameo.h): a shallow
 * pattern coder in the manner of TABARI, on parley's tokens. Per sentence:
 * discards, actors (longest match, date-restricted codes, agents combined
 * with the actor next to them), compounds ("X and Y"), pronouns, clauses
 * split at conjunctions, the first verb of a clause with a non-null code
 * and its most specific matching pattern ($ source, + target, % compound,
 * ^ skip, &synsets, { | } alternatives), issues as topics. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/cameo.h"
#include "util/date.h"

enum { CT_PUNCT = 1, CT_CAP = 2, CT_FIRST = 4 };

typedef struct ctok {
    const char *w;
    uint32_t n;
    uint32_t start, end; /* byte span of the source token */
    uint32_t flags;
    uint32_t k0, nk;     /* its keys: sent.keys[k0 .. k0 + nk) */
} ctok;

typedef struct mention {
    uint32_t t0, t1;   /* token range [t0, t1) */
    const char *code;  /* the code coded; NULL until resolved */
    int actor;         /* actor index, or -1 for agents */
    int agent;         /* agent index or -1 */
    int group;         /* compound group id (its first member) */
    int absorbed;      /* merged into a neighbour */
} mention;

typedef struct sent {
    const parley_cameo *c;
    const parley_cameo_code_opts *o;
    arena *a;
    ctok *t;
    uint32_t n;
    ckey *keys; /* the tokens' keys (cameo_token_keys) */
    uint64_t words[32]; /* a Bloom filter of the keys' word ids */
    mention *m;
    int nm, mcap;
    int32_t date;
} sent;

/* ---- words ---- */

static int ends(const char *t, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(t + n - k, suf, k) == 0;
}

int cameo_word_match(const parley_cameo *c, const cw *e, const char *t, size_t n)
{
    const char *w = cameo_str(c, e->ref);
    size_t wl = e->len;
    if (n == wl && memcmp(w, t, n) == 0)
        return 1;
    if (e->stem && wl <= n && memcmp(w, t, wl) == 0)
        return 1;
    if (!e->infl || n <= wl || wl < 2)
        return 0;
    if (memcmp(w, t, wl) == 0) {
        const char *s = t + wl;
        size_t sn = n - wl;
        static const char *const suf[] = {"s", "es", "ed", "d", "ing", "'s", "s'"};
        for (size_t i = 0; i < sizeof suf / sizeof *suf; i++)
            if (sn == strlen(suf[i]) && memcmp(s, suf[i], sn) == 0)
                return 1;
        /* doubled final consonant: ban → banned, banning */
        if (sn >= 3 && s[0] == w[wl - 1] && (strcmp(s + 1, "ed") == 0 || strcmp(s + 1, "ing") == 0))
            return 1;
        return 0;
    }
    /* e dropped: agree → agreeing; y → ies/ied */
    if (w[wl - 1] == 'e' && n == wl + 2 && memcmp(w, t, wl - 1) == 0 &&
        ends(t, n, "ing"))
        return 1;
    if (w[wl - 1] == 'y' && n == wl + 2 && memcmp(w, t, wl - 1) == 0 &&
        (ends(t, n, "ies") || ends(t, n, "ied")))
        return 1;
    return 0;
}

/* Whether token t[0..n) is the word t[0..k) with one of PETRARCH's
 * regular endings (cameo_word_match's rules for a word that is a prefix
 * of the token). t is NUL-terminated at n. */
static int infl_suffix(const char *t, size_t n, size_t k)
{
    const char *s = t + k;
    size_t sn = n - k;
    if (k < 2 || sn == 0)
        return 0;
    switch (sn) {
    case 1:
        if (s[0] == 's' || s[0] == 'd')
            return 1;
        break;
    case 2:
        if ((s[0] == 'e' && (s[1] == 's' || s[1] == 'd')) ||
            (s[0] == '\'' && s[1] == 's') || (s[0] == 's' && s[1] == '\''))
            return 1;
        break;
    case 3:
        if (s[0] == 'i' && s[1] == 'n' && s[2] == 'g')
            return 1;
        break;
    }
    /* doubled final consonant: ban → banned, banning (compared as
     * strcmp would, up to a NUL) */
    if (sn >= 3 && s[0] == t[k - 1]) {
        if (s[1] == 'e' && s[2] == 'd' && (sn == 3 || s[3] == '\0'))
            return 1;
        if (sn >= 4 && s[1] == 'i' && s[2] == 'n' && s[3] == 'g' &&
            (sn == 4 || s[4] == '\0'))
            return 1;
    }
    return 0;
}

/* The old index took as lookup keys the token, its 79 longest prefixes
 * and, for tokens of 4 to 76 bytes, the bases with e or y restored;
 * CK_LOOK keeps exactly those, so that the coder finds what it found. */
size_t cameo_token_keys(const parley_cameo *c, const char *t, size_t n,
                        ckey *keys, size_t max)
{
    size_t nk = 0;
#define PUT(wid, f)                                                         \
    do {                                                                    \
        if (nk < max)                                                       \
            keys[nk] = (ckey){(wid), (f)};                                  \
        nk++;                                                               \
    } while (0)
    if (!n || !c->nwords)
        return 0;
    uint32_t id = cameo_word_find(c, t, n, -1, text_hash(t, n));
    if (id != CW_NONE)
        PUT(id, CK_EXACT | CK_LOOK);
    /* FNV-1a runs left to right: prefixes are found shortest first, then
     * put longest first */
    uint64_t h = 1469598103934665603ULL, h3 = h;
    size_t p0 = nk;
    for (size_t k = 1; k < n; k++) {
        h = (h ^ (unsigned char)t[k - 1]) * 1099511628211ULL;
        if (k == n - 3)
            h3 = h;
        uint32_t sb = cameo_stem_bit(h);
        int stem = (c->stems[sb >> 6] >> (sb & 63)) & 1;
        int infl = infl_suffix(t, n, k);
        if (!stem && !infl)
            continue;
        id = cameo_word_find(c, t, k, -1, h);
        if (id == CW_NONE)
            continue;
        uint32_t f = (c->words[id].stem ? CK_STEM : 0) |
                     (infl && c->words[id].infl ? CK_INFL : 0);
        if (f)
            PUT(id, f | (k + 79 >= n ? CK_LOOK : 0));
    }
    for (size_t a = p0, b = nk < max ? nk : max; a + 1 < b; a++, b--) {
        ckey x = keys[a];
        keys[a] = keys[b - 1];
        keys[b - 1] = x;
    }
    /* e dropped: agree → agreeing; y → ies/ied */
    if (n >= 4 && t[n - 3] == 'i') {
        int ch = t[n - 2] == 'n' && t[n - 1] == 'g'                         ? 'e'
                 : t[n - 2] == 'e' && (t[n - 1] == 's' || t[n - 1] == 'd') ? 'y'
                                                                           : -1;
        if (ch >= 0) {
            uint64_t hv = (h3 ^ (unsigned char)ch) * 1099511628211ULL;
            id = cameo_word_find(c, t, n - 3, ch, hv);
            if (id != CW_NONE && c->words[id].infl)
                PUT(id, CK_INFL | (n <= 76 ? CK_LOOK : 0));
        }
    }
#undef PUT
    return nk;
}

/* ---- phrase matching ---- */

/* Whether word element e matches token i: through the token's keys, as
 * cameo_word_match would say. Punctuation has no keys. */
static inline uint32_t word_at(const sent *S, const cw *e, uint32_t i)
{
    const ctok *t = &S->t[i];
    const ckey *k = S->keys + t->k0, *end = k + t->nk;
    for (; k < end; k++)
        if (k->wid == e->wid)
            return (k->flags & CK_EXACT) || (e->stem && (k->flags & CK_STEM)) ||
                   (e->infl && (k->flags & CK_INFL));
    return 0;
}

static inline uint32_t bloom_bit(uint32_t wid)
{
    return (wid * 0x9E3779B1u) >> 21; /* 11 bits: 2048 */
}

/* Whether some token of the sentence may match word wid (no: surely
 * not). */
static inline int in_sentence(const sent *S, uint32_t wid)
{
    uint32_t b = bloom_bit(wid);
    return (S->words[b >> 6] >> (b & 63)) & 1;
}

/* The entries of class x filed under key k, or none when k is not a
 * lookup key. Looking up every key of a token in order, and each key's
 * entries in order, gives the entries in dictionary order per key, as
 * the coder has always tried them (ties go to the first). */
static const uint32_t *entries(const sent *S, const ckey *k, int x, size_t *n)
{
    if (!(k->flags & CK_LOOK)) {
        *n = 0;
        return NULL;
    }
    return cameo_index(S->c, k->wid, x, n);
}

static uint32_t match_seq(const sent *S, const cw *els, uint32_t n, uint32_t i,
                          uint32_t lim, uint32_t gap);

/* Tokens consumed by element e at position i (0: no match). */
static uint32_t match_el(const sent *S, const cw *e, uint32_t i, uint32_t lim)
{
    const parley_cameo *c = S->c;
    if (i >= lim)
        return 0;
    switch (e->kind) {
    case CW_WORD:
        return word_at(S, e, i);
    case CW_SYN:
    case CW_ALT: {
        /* the longest of the set's phrases: those that start with no
         * word, and those whose first word the token can be */
        const caset *as = &c->asets[e->wid];
        uint32_t best = 0;
        for (uint32_t k = 0; k < as->nany; k++) {
            const cphrase *ph = &c->alts[c->aset_any[as->any0 + k]];
            uint32_t r = match_seq(S, c->els + ph->el, ph->n, i, lim, 2);
            if (r > best)
                best = r;
        }
        const ctok *t = &S->t[i];
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            size_t np;
            const uint32_t *px = cameo_pair(&c->aset_words, e->wid, k->wid, &np);
            for (size_t q = 0; q < np; q++) {
                const cphrase *ph = &c->alts[px[q]];
                uint32_t r = match_seq(S, c->els + ph->el, ph->n, i, lim, 2);
                if (r > best)
                    best = r;
            }
        }
        return best;
    }
    case CW_SKIP:
        return 1;
    }
    return 0;
}

/* Matches the literal elements els[0..n) starting exactly at token i;
 * unconnected elements may be up to gap tokens further on. Returns the
 * number of tokens spanned (0: no match). Slots never occur here. */
static uint32_t match_seq(const sent *S, const cw *els, uint32_t n, uint32_t i,
                          uint32_t lim, uint32_t gap)
{
    uint32_t cur = i;
    for (uint32_t k = 0; k < n; k++) {
        const cw *e = &els[k];
        if (e->kind == CW_VERB || e->kind == CW_SRC || e->kind == CW_TGT ||
            e->kind == CW_CMP)
            return 0;
        uint32_t L = 0, p = cur;
        if (k == 0 || e->adj) {
            L = match_el(S, e, cur, lim);
        } else {
            for (; p < lim && p <= cur + gap; p++)
                if ((L = match_el(S, e, p, lim)))
                    break;
        }
        if (!L)
            return 0;
        cur = p + L;
    }
    return cur - i;
}

/* ---- actors ---- */

static const char *resolve_code(const sent *S, int actor)
{
    const parley_cameo *c = S->c;
    const cactor *a = &c->actors[actor];
    const char *dflt = NULL;
    for (uint32_t k = 0; k < a->ncode; k++) {
        const ccode *cc = &c->codes[a->code0 + k];
        if (!cc->from && !cc->to) {
            if (!dflt)
                dflt = cameo_str(c, cc->code);
            continue;
        }
        if (S->date && (!cc->from || S->date >= cc->from) &&
            (!cc->to || S->date <= cc->to))
            return cameo_str(c, cc->code);
    }
    if (dflt)
        return dflt;
    return cameo_str(c, c->codes[a->code0].code);
}

static int push_mention(sent *S, mention m)
{
    if (S->nm == S->mcap) {
        int nc = S->mcap ? S->mcap * 2 : 16;
        mention *q = arena_alloc(S->a, (size_t)nc * sizeof *q);
        if (!q)
            return PARLEY_ENOMEM;
        if (S->nm)
            memcpy(q, S->m, (size_t)S->nm * sizeof *q);
        S->m = q;
        S->mcap = nc;
    }
    S->m[S->nm++] = m;
    return 0;
}

/* The best candidate so far of best_entry: its span, whether it is an
 * actor, and its place in the order the candidates were always tried in
 * (the token's key, then dictionary order). */
typedef struct cand {
    uint32_t L, actor, kpos, ent;
} cand;

static void consider(const sent *S, cand *b, uint32_t ent, uint32_t kpos,
                     uint32_t i, uint32_t gap)
{
    const parley_cameo *c = S->c;
    const centry *e = &c->ents[ent];
    uint32_t L = match_seq(S, c->els + e->ph.el, e->ph.n, i, S->n, gap);
    if (!L || L < b->L)
        return;
    uint32_t actor = e->kind == CE_ACTOR;
    if (L == b->L && (actor < b->actor ||
                      (actor == b->actor && (kpos > b->kpos ||
                                             (kpos == b->kpos && ent > b->ent)))))
        return;
    *b = (cand){L, actor, kpos, ent};
}

/* The longest actor or agent at token i; returns its span and the entry.
 * Of equally long ones the first actor wins, else the first agent:
 * tried one by one in key and dictionary order, the first of the
 * longest is kept unless an actor comes after an agent. Phrases filed
 * by their first two words are tried only when a token where the second
 * may be can be it, so the order is restored by comparing places (a
 * phrase tried twice changes nothing). */
static uint32_t best_entry(const sent *S, uint32_t i, const centry **out,
                           uint32_t gap)
{
    const parley_cameo *c = S->c;
    const ctok *t = &S->t[i];
    cand b = {0, 0, 0, 0};
    for (uint32_t kp = 0; kp < t->nk; kp++) {
        const ckey *k = &S->keys[t->k0 + kp];
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_ACTOR, &ne);
        for (size_t q = 0; q < ne; q++)
            consider(S, &b, ix[q], kp, i, gap);
        if (!(k->flags & CK_LOOK))
            continue;
        int pairs = c->words[k->wid].pairs;
        /* the second word right after the first; or up to gap tokens
         * further (match_seq's window) */
        for (uint32_t j = i + 1; pairs && j < S->n && j <= i + 1 + gap; j++) {
            const ctok *u = &S->t[j];
            for (const ckey *k2 = S->keys + u->k0, *ke2 = k2 + u->nk; k2 < ke2; k2++) {
                if (j == i + 1 && (pairs & 1)) {
                    const uint32_t *px = cameo_pair(&c->pairs, k->wid, k2->wid, &ne);
                    for (size_t q = 0; q < ne; q++)
                        consider(S, &b, px[q], kp, i, gap);
                }
                if (pairs & 2) {
                    const uint32_t *px = cameo_pair(&c->gpairs, k->wid, k2->wid, &ne);
                    for (size_t q = 0; q < ne; q++)
                        consider(S, &b, px[q], kp, i, gap);
                }
            }
        }
    }
    *out = b.L ? &c->ents[b.ent] : NULL;
    return b.L;
}

static int is_word(const ctok *t, const char *w)
{
    return t->n == strlen(w) && memcmp(t->w, w, t->n) == 0;
}

static int is_adj(const sent *S, uint32_t i)
{
    const parley_cameo *c = S->c;
    const ctok *t = &S->t[i];
    /* the token's exact word only, as it always was */
    if (!t->nk || !(S->keys[t->k0].flags & CK_EXACT))
        return 0;
    size_t ne;
    const uint32_t *ix = cameo_index(c, S->keys[t->k0].wid, CX_ADJ, &ne);
    for (size_t q = 0; q < ne; q++) {
        const centry *e = &c->ents[ix[q]];
        if (match_seq(S, c->els + e->ph.el, e->ph.n, i, S->n, 0) == 1)
            return 1;
    }
    return 0;
}

static const char *combine(arena *a, const char *actor, const cagent *ag,
                           const parley_cameo *c)
{
    const char *code = cameo_str(c, ag->code);
    if (!actor || strcmp(actor, "---") == 0)
        return arena_printf(a, ag->before ? "%s---" : "---%s", code);
    size_t al = strlen(actor), cl = strlen(code);
    /* "the US government" where US is already USAGOV */
    if (al >= cl && (ag->before ? strncmp(actor, code, cl) == 0
                               : strcmp(actor + al - cl, code) == 0))
        return actor;
    return ag->before ? arena_printf(a, "%s%s", code, actor)
                      : arena_printf(a, "%s%s", actor, code);
}

/* Finds actors and agents, combines each agent with its actor ("Arnor's
 * foreign minister", "the foreign minister of Arnor", "Calenardhon
 * government"), and groups compounds. Returns 1 when the sentence holds a
 * discard code ("###"), 0, or PARLEY_ENOMEM. */
static int find_actors(sent *S)
{
    const parley_cameo *c = S->c;
    for (uint32_t i = 0; i < S->n;) {
        const centry *e;
        if (S->t[i].flags & CT_PUNCT) {
            i++;
            continue;
        }
        uint32_t L = best_entry(S, i, &e, 3);
        if (!L) {
            i++;
            continue;
        }
        mention m = {i, i + L, NULL, -1, -1, -1, 0};
        if (e->kind == CE_ACTOR) {
            m.actor = (int)e->idx;
            m.code = resolve_code(S, m.actor);
            if (strcmp(m.code, "###") == 0)
                return 1;
        } else
            m.agent = (int)e->idx;
        if (m.code && strchr(m.code, '/')) {
            /* "[FRO/BIL/SAM]": a name for several actors at once */
            const char *p = m.code;
            while (*p) {
                size_t k = strcspn(p, "/");
                mention x = m;
                x.code = arena_strndup(S->a, p, k);
                if (!x.code || push_mention(S, x))
                    return PARLEY_ENOMEM;
                p += k;
                if (*p)
                    p++;
            }
            i += L;
            continue;
        }
        if (push_mention(S, m))
            return PARLEY_ENOMEM;
        i += L;
    }
    /* agents join the actor before them (possibly through "'s"), else the
     * actor after them (possibly through "of", "the", "for") */
    for (int k = 0; k < S->nm; k++) {
        mention *g = &S->m[k];
        if (g->agent < 0 || g->absorbed)
            continue;
        const cagent *ag = &c->agents[g->agent];
        mention *p = NULL;
        for (int q = k - 1; q >= 0; q--)
            if (!S->m[q].absorbed) {
                p = &S->m[q];
                break;
            }
        if (p && p->actor >= 0) {
            uint32_t gap = g->t0 - p->t1;
            if (gap == 0 || (gap == 1 && is_word(&S->t[p->t1], "'s"))) {
                p->code = combine(S->a, p->code, ag, c);
                p->t1 = g->t1;
                g->absorbed = 1;
                if (!p->code)
                    return PARLEY_ENOMEM;
                /* PETRARCH: "Fornost and Gondor legislators" */
                for (mention *q = p; c->format == PARLEY_CAMEO_PETRARCH && q > S->m;) {
                    mention *pq = q - 1;
                    uint32_t j = pq->t1;
                    int sep = 0;
                    while (j < q->t0 && (is_word(&S->t[j], ",") || is_word(&S->t[j], "and"))) {
                        j++;
                        sep = 1;
                    }
                    if (pq->absorbed || pq->actor < 0 || (j != q->t0 || !sep) ) {
                        if (!(pq->t0 == q->t0 && pq->actor >= 0))
                            break;
                    }
                    pq->code = combine(S->a, pq->code, ag, c);
                    if (!pq->code)
                        return PARLEY_ENOMEM;
                    q = pq;
                }
                continue;
            }
        }
        mention *nx = k + 1 < S->nm ? &S->m[k + 1] : NULL;
        if (nx && nx->actor >= 0) {
            uint32_t j = g->t1;
            while (j < nx->t0 && j < g->t1 + 3 &&
                   (is_word(&S->t[j], "of") || is_word(&S->t[j], "the") ||
                    is_word(&S->t[j], "for") || is_word(&S->t[j], "from") ||
                    is_word(&S->t[j], "in")))
                j++;
            if (j == nx->t0) {
                nx->code = combine(S->a, nx->code, ag, c);
                nx->t0 = g->t0;
                g->absorbed = 1;
                if (!nx->code)
                    return PARLEY_ENOMEM;
                /* PETRARCH: "the ambassadors of Arnor, Osgiliath and Gondor" */
                for (mention *q = nx; c->format == PARLEY_CAMEO_PETRARCH &&
                                      q + 1 < S->m + S->nm;) {
                    mention *nq = q + 1;
                    uint32_t j2 = q->t1;
                    int sep = 0;
                    while (j2 < nq->t0 && (is_word(&S->t[j2], ",") || is_word(&S->t[j2], "and"))) {
                        j2++;
                        sep = 1;
                    }
                    if (nq->actor < 0 || !((j2 == nq->t0 && sep) || nq->t0 == q->t0))
                        break;
                    nq->code = combine(S->a, nq->code, ag, c);
                    if (!nq->code)
                        return PARLEY_ENOMEM;
                    q = nq;
                }
                continue;
            }
        }
        /* an agent alone: "---GOV" as PETRARCH writes it; TABARI
         * ignores it */
        if (c->format != PARLEY_CAMEO_PETRARCH) {
            if (S->o && S->o->convert_agents) {
                g->code = arena_printf(S->a, ag->before ? "%s~" : "~%s",
                                       cameo_str(c, ag->code));
                if (!g->code)
                    return PARLEY_ENOMEM;
            } else
                g->absorbed = 1;
            continue;
        }
        g->code = combine(S->a, NULL, ag, c);
        if (!g->code)
            return PARLEY_ENOMEM;
    }
    /* a person right after an agent-combined actor of the same country
     * ("Bree President Romendacil") is the same actor */
    int o = 0;
    for (int k = 0; k < S->nm; k++) {
        if (S->m[k].absorbed)
            continue;
        if (o > 0) {
            mention *p = &S->m[o - 1], *q = &S->m[k];
            if (p->t1 == q->t0 && q->actor >= 0 && p->code && q->code &&
                strlen(p->code) > 3 && strncmp(p->code, q->code, 3) == 0 &&
                strlen(q->code) <= strlen(p->code)) {
                p->t1 = q->t1;
                continue;
            }
        }
        S->m[o++] = S->m[k];
    }
    S->nm = o;
    return 0;
}

/* Compounds: mentions separated only by ",", "and", "the" and adjectives
 * of the <ADJECTIVE> list ("Evil Mordor, the awful Fornost, and good
 * Gondor"), or sharing one span ("[FRO/SAM]"), form one group. */
static void group_compounds(sent *S)
{
    for (int k = 0; k < S->nm; k++) {
        S->m[k].group = k;
        if (k == 0)
            continue;
        mention *p = &S->m[k - 1], *q = &S->m[k];
        uint32_t j = p->t1;
        int sep = 0, and = 0;
        while (j < q->t0 && (is_word(&S->t[j], ",") || is_word(&S->t[j], "and") ||
                             is_word(&S->t[j], "nor") || is_word(&S->t[j], "or") ||
                             is_word(&S->t[j], "the") || is_adj(S, j))) {
            sep++;
            and |= is_word(&S->t[j], "and") || is_word(&S->t[j], ",") ||
                   is_word(&S->t[j], "nor") || is_word(&S->t[j], "or");
            j++;
        }
        if ((j == q->t0 && sep && and) || (q->t0 == p->t0 && q->t1 == p->t1))
            q->group = p->group;
    }
}

/* ---- verbs and patterns ---- */

typedef struct vhit {
    const cverb *v;
    uint32_t t0, t1; /* the verb phrase's tokens */
    uint32_t vt;     /* the verb token */
} vhit;

static int in_mention(const sent *S, uint32_t i)
{
    for (int k = 0; k < S->nm; k++)
        if (i >= S->m[k].t0 && i < S->m[k].t1)
            return 1;
    return 0;
}

/* The verb phrase at token i, longest first, or 0. */
static int verb_at(const sent *S, uint32_t i, uint32_t lim, vhit *out)
{
    const parley_cameo *c = S->c;
    const ctok *t = &S->t[i];
    if (t->flags & CT_PUNCT)
        return 0;
    /* TABARI's noun shifts: after a determiner, or capitalised inside the
     * sentence, the word is not a verb */
    if (i > 0 && (is_word(&S->t[i - 1], "the") || is_word(&S->t[i - 1], "a") ||
                  is_word(&S->t[i - 1], "an")))
        return 0;
    if ((t->flags & CT_CAP) && !(t->flags & CT_FIRST))
        return 0;
    const ckey *k0 = S->keys + t->k0, *ke = k0 + t->nk;
    /* a noun of the actor files: not a verb, whatever else matches */
    for (const ckey *k = k0; k < ke; k++) {
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_NOUN, &ne);
        for (size_t q = 0; q < ne; q++) {
            const centry *e = &c->ents[ix[q]];
            if (match_seq(S, c->els + e->ph.el, e->ph.n, i, lim, 0) == 1)
                return 0;
        }
    }
    uint32_t bestlen = 0;
    int found = 0;
    for (const ckey *k = k0; k < ke; k++) {
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_VERB, &ne);
        for (size_t q = 0; q < ne; q++) {
            const centry *e = &c->ents[ix[q]];
            const cverb *v = &c->verbs[e->idx];
            if (i < v->vpos)
                continue;
            uint32_t s0 = i - v->vpos;
            /* words before the verb must come right before it */
            uint32_t L = match_seq(S, c->els + v->ph.el, v->ph.n, s0, lim, 3);
            if (!L || (v->vpos && match_seq(S, c->els + v->ph.el, v->vpos, s0, lim, 0) != v->vpos))
                continue;
            if (!word_at(S, &c->els[v->ph.el + v->vpos], i))
                continue;
            if (L > bestlen || !found) {
                if (found && L <= bestlen)
                    continue;
                bestlen = L;
                out->v = v;
                out->t0 = s0;
                out->t1 = s0 + L;
                out->vt = i;
                found = 1;
            }
        }
    }
    return found;
}

typedef struct slots {
    int src, tgt, cmp; /* mention indexes or -1 */
} slots;

/* The mention starting at or after token i (exactly at i when adj) and
 * before lim. */
static int mention_after(const sent *S, uint32_t i, uint32_t lim, int adj)
{
    for (int k = 0; k < S->nm; k++) {
        const mention *m = &S->m[k];
        if (m->t0 < i || m->t0 >= lim)
            continue;
        if (adj && m->t0 != i)
            return -1;
        return k;
    }
    return -1;
}

static int mention_before(const sent *S, int64_t i, uint32_t lo, int adj)
{
    for (int k = S->nm - 1; k >= 0; k--) {
        const mention *m = &S->m[k];
        if ((int64_t)m->t1 - 1 > i || m->t0 < lo)
            continue;
        if (adj && (int64_t)m->t1 - 1 != i)
            return -1;
        return k;
    }
    return -1;
}

static int group_size(const sent *S, int k)
{
    int n = 0;
    for (int q = 0; q < S->nm; q++)
        n += S->m[q].group == S->m[k].group;
    return n;
}

/* Matches pattern pt around the verb phrase vh within the clause [lo, hi).
 * Returns 1 and fills sl on a match. */
static int match_pattern(const sent *S, const cpattern *pt, const vhit *vh,
                         uint32_t lo, uint32_t hi, slots *sl)
{
    const parley_cameo *c = S->c;
    const cw *els = c->els + pt->ph.el;
    uint32_t n = pt->ph.n, vi = 0;
    while (vi < n && els[vi].kind != CW_VERB)
        vi++;
    sl->src = sl->tgt = sl->cmp = -1;
    /* after the verb */
    uint32_t cur = vh->t1;
    for (uint32_t k = vi + 1; k < n; k++) {
        const cw *e = &els[k];
        int adj = e->adj;
        switch (e->kind) {
        case CW_SKIP:
            if (cur >= hi)
                return 0;
            cur++;
            break;
        case CW_SRC:
        case CW_TGT:
        case CW_CMP: {
            int m = mention_after(S, cur, hi, adj);
            if (m < 0 || (e->kind == CW_CMP && group_size(S, m) < 2))
                return 0;
            if (e->kind == CW_SRC)
                sl->src = m;
            else if (e->kind == CW_TGT)
                sl->tgt = m;
            else
                sl->cmp = m;
            /* a compound slot takes the whole compound */
            int last = m;
            while (last + 1 < S->nm && S->m[last + 1].group == S->m[m].group)
                last++;
            cur = e->kind == CW_CMP ? S->m[last].t1 : S->m[m].t1;
            break;
        }
        default: {
            uint32_t L = 0, p = cur;
            if (adj)
                L = match_el(S, e, cur, hi);
            else
                for (; p < hi; p++)
                    if ((L = match_el(S, e, p, hi)))
                        break;
            if (!L)
                return 0;
            cur = p + L;
        }
        }
    }
    /* before the verb, walking backwards */
    int64_t bc = (int64_t)vh->t0 - 1;
    for (uint32_t k = vi; k-- > 0;) {
        const cw *e = &els[k];
        int adj = els[k + 1].adj;
        switch (e->kind) {
        case CW_SKIP:
            if (bc < (int64_t)lo)
                return 0;
            bc--;
            break;
        case CW_SRC:
        case CW_TGT:
        case CW_CMP: {
            int m = mention_before(S, bc, lo, adj);
            if (m < 0)
                return 0;
            if (k == 0 && !adj && e->kind != CW_CMP) {
                /* a leading slot is the clause's first actor */
                for (int q = 0; q < S->nm; q++)
                    if (S->m[q].t0 >= lo) {
                        m = q;
                        break;
                    }
            }
            int first = m;
            while (first > 0 && S->m[first - 1].group == S->m[m].group)
                first--;
            if (e->kind == CW_CMP && group_size(S, m) < 2)
                return 0;
            if (e->kind == CW_SRC)
                sl->src = first;
            else if (e->kind == CW_TGT)
                sl->tgt = first;
            else
                sl->cmp = first;
            bc = (int64_t)S->m[e->kind == CW_CMP ? first : m].t0 - 1;
            break;
        }
        default: {
            int ok = 0;
            /* a word spans one token: only a match ending at p can start
             * at p */
            int64_t span = e->kind == CW_WORD ? 1 : 6;
            for (int64_t p = bc; p >= (int64_t)lo; p--) {
                for (int64_t s = p; s >= (int64_t)lo && s > p - span; s--) {
                    uint32_t L = match_el(S, e, (uint32_t)s, hi);
                    if (L && (int64_t)(s + L - 1) == p) {
                        bc = s - 1;
                        ok = 1;
                        break;
                    }
                }
                if (ok || adj)
                    break;
            }
            if (!ok)
                return 0;
        }
        }
    }
    return 1;
}

/* ---- results ---- */

struct parley_cameo_result {
    arena mem;
    parley_event *events;
    size_t n, cap;
};

static int is_null_code(const char *code)
{
    return !code || !*code || strcmp(code, "---") == 0 || strcmp(code, "+++") == 0;
}

/* The sector of a CAMEO actor code: what follows its country ("RUSMIL"
 * -> "MIL", "---GOV" -> "GOV"), or the kind of a non-state code ("IGOUNO"
 * -> "IGO"); NULL for a bare country. */
static const char *code_sector(arena *a, const char *code)
{
    if (!code || strlen(code) < 6)
        return NULL;
    static const char *const kinds[] = {"IGO", "NGO", "IMG", "MNC"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strncmp(code, kinds[i], 3))
            return kinds[i];
    return arena_strdup(a, code + 3);
}

typedef struct docctx {
    const parley_doc *doc;
    parley_cameo_result *res;
    const char *date;
    const char *topics[PARLEY_MAX_TOPICS];
    size_t ntopics;
    size_t sentence, span[2];
} docctx;

static int emit(docctx *D, sent *S, int src, int tgt, const char *code)
{
    parley_cameo_result *r = D->res;
    if (is_null_code(code))
        return 0;
    const mention *a = &S->m[src], *b = &S->m[tgt];
    if (is_null_code(a->code) || is_null_code(b->code) || src == tgt ||
        strcmp(a->code, b->code) == 0)
        return 0;
    /* the same event once */
    for (size_t i = 0; i < r->n; i++) {
        const parley_event *e = &r->events[i];
        if (e->sentence == D->sentence && strcmp(e->cameo, code) == 0 &&
            strcmp(e->source.code, a->code) == 0 &&
            strcmp(e->target.code, b->code) == 0)
            return 0;
    }
    if (r->n == r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 8;
        parley_event *q = realloc(r->events, nc * sizeof *q);
        if (!q)
            return PARLEY_ENOMEM;
        r->events = q;
        r->cap = nc;
    }
    parley_event *e = &r->events[r->n];
    memset(e, 0, sizeof *e);
    e->cameo = arena_strdup(&r->mem, code);
    e->source.code = arena_strdup(&r->mem, a->code);
    e->target.code = arena_strdup(&r->mem, b->code);
    if (!e->cameo || !e->source.code || !e->target.code)
        return PARLEY_ENOMEM;
    const char *text = D->doc->text.p;
    e->source.text.p = text + S->t[a->t0].start;
    e->source.text.n = S->t[a->t1 - 1].end - S->t[a->t0].start;
    e->target.text.p = text + S->t[b->t0].start;
    e->target.text.n = S->t[b->t1 - 1].end - S->t[b->t0].start;
    cameo_plover(code, &e->type, &e->mode, &e->quad, &e->goldstein);
    e->coder = "dictionary";
    e->source.sector = code_sector(&r->mem, a->code);
    e->target.sector = code_sector(&r->mem, b->code);
    e->date = D->date;
    e->date_precision = date_precision(e->date);
    for (size_t i = 0; i < D->ntopics; i++)
        e->topics[i] = D->topics[i];
    e->ntopics = D->ntopics;
    e->sentence = D->sentence;
    e->span[0] = D->span[0];
    e->span[1] = D->span[1];
    r->n++;
    size_t seq = 1;
    for (size_t i = 0; i + 1 < r->n; i++)
        seq += r->events[i].sentence == D->sentence;
    e->seq = seq;
    return 0;
}

/* Events between the members of the source and target mentions' groups;
 * "A:B" codes give A source→target and B target→source. */
static int emit_groups(docctx *D, sent *S, int src, int tgt, const char *code)
{
    char fwd[32], rev[32];
    const char *colon = strchr(code, ':');
    if (colon) {
        size_t k = (size_t)(colon - code);
        if (k >= sizeof fwd || strlen(colon + 1) >= sizeof rev)
            return 0;
        memcpy(fwd, code, k);
        fwd[k] = '\0';
        strcpy(rev, colon + 1);
    } else {
        if (strlen(code) >= sizeof fwd)
            return 0;
        strcpy(fwd, code);
        rev[0] = '\0';
    }
    for (int a = 0; a < S->nm; a++) {
        if (S->m[a].group != S->m[src].group)
            continue;
        for (int b = 0; b < S->nm; b++) {
            if (S->m[b].group != S->m[tgt].group || a == b)
                continue;
            int rc = emit(D, S, a, b, fwd);
            if (!rc && rev[0])
                rc = emit(D, S, b, a, rev);
            if (rc)
                return rc;
        }
    }
    return 0;
}

/* A compound slot: every member to every other. */
static int emit_compound(docctx *D, sent *S, int cmp, const char *code)
{
    return emit_groups(D, S, cmp, cmp, code);
}

static int first_group_mention(const sent *S, int k)
{
    while (k > 0 && S->m[k - 1].group == S->m[k].group)
        k--;
    return k;
}

/* The most specific pattern of the verb's block that matches (most
 * literal elements; the first of equals), or NULL. The block's patterns
 * are tried in that order (porder), so the first that matches is the
 * one; a pattern with a word the sentence lacks is passed over. */
static const cpattern *best_pattern(const sent *S, const vhit *vh, uint32_t lo,
                                    uint32_t hi, slots *bs)
{
    const parley_cameo *c = S->c;
    const cblock *bl = &c->blocks[vh->v->block];
    bs->src = bs->tgt = bs->cmp = -1;
    for (uint32_t k = 0; k < bl->npat; k++) {
        const cpattern *pt = &c->pats[c->porder[bl->pat0 + k]];
        uint32_t r = 0;
        while (r < pt->nreq && in_sentence(S, c->preq[pt->req0 + r]))
            r++;
        if (r < pt->nreq)
            continue;
        slots sl;
        if (match_pattern(S, pt, vh, lo, hi, &sl)) {
            *bs = sl;
            return pt;
        }
    }
    return NULL;
}

static int lower_literals(const parley_cameo *c, const cpattern *pt)
{
    int n = 0;
    for (uint32_t k = 0; k < pt->ph.n; k++) {
        int kd = c->els[pt->ph.el + k].kind;
        if (kd == CW_VERB)
            break;
        n += kd == CW_WORD || kd == CW_SYN || kd == CW_ALT;
    }
    return n;
}

static int is_aux(const ctok *t)
{
    static const char *const aux[] = {"was", "were", "is", "are", "been", "be", "being"};
    for (size_t i = 0; i < sizeof aux / sizeof *aux; i++)
        if (is_word(t, aux[i]))
            return 1;
    return 0;
}

/* Codes one clause [lo, hi). *src_io carries the source between clauses.
 * Returns 1 when an event was coded, 0, or PARLEY_ENOMEM. */
static int code_clause(docctx *D, sent *S, uint32_t lo, uint32_t hi, int *src_io)
{
    const parley_cameo *c = S->c;
    int coded = 0;
    for (uint32_t i = lo; i < hi; i++) {
        if (in_mention(S, i))
            continue;
        vhit vh = {0};
        if (!verb_at(S, i, hi, &vh))
            continue;
        slots bs;
        const cpattern *best = best_pattern(S, &vh, lo, hi, &bs);
        if (!best && c->format != PARLEY_CAMEO_PETRARCH) {
            /* TABARI: a later verb whose pattern reaches back over this
             * one ("said it would act now": ACT's "SAID WOULD * NOW") */
            for (uint32_t j = vh.t1; j < hi; j++) {
                vhit v2 = {0};
                slots s2;
                if (in_mention(S, j) || !verb_at(S, j, hi, &v2))
                    continue;
                const cpattern *p2 = best_pattern(S, &v2, lo, hi, &s2);
                if (p2 && lower_literals(c, p2) && p2->ph.el != 0) {
                    vh = v2;
                    best = p2;
                    bs = s2;
                    i = j;
                }
                break;
            }
        }
        const char *code = cameo_str(c, best ? best->code : vh.v->code);
        if (is_null_code(code) && !strchr(code, ':')) {
            i = vh.t1 - 1;
            continue;
        }
        if (bs.cmp >= 0) {
            int rc = emit_compound(D, S, bs.cmp, code);
            *src_io = bs.cmp;
            return rc ? rc : 1;
        }
        int src = bs.src, tgt = bs.tgt;
        if (src < 0 && tgt < 0 && vh.t0 > lo && vh.t1 + 1 < hi &&
            (is_aux(&S->t[vh.t0 - 1]) ||
             (vh.t0 > lo + 1 && is_aux(&S->t[vh.t0 - 2]) &&
              ends(S->t[vh.t0 - 1].w, S->t[vh.t0 - 1].n, "ly"))) &&
            is_word(&S->t[vh.t1], "by")) {
            /* passive: "Eriador was opposed by Osgiliath" */
            int by = mention_after(S, vh.t1 + 1, hi, 1);
            int subj = -1;
            for (int k = 0; k < S->nm; k++)
                if (S->m[k].t0 >= lo && S->m[k].t1 <= vh.t0) {
                    subj = k;
                    break;
                }
            if (by >= 0 && subj >= 0) {
                src = by;
                tgt = subj;
            }
        }
        if (src < 0) {
            int m = -1;
            for (int k = 0; k < S->nm; k++)
                if (S->m[k].t0 >= lo && S->m[k].t1 <= vh.t0 && k != tgt &&
                    !is_null_code(S->m[k].code)) {
                    m = k;
                    break;
                }
            if (m < 0 && *src_io >= 0)
                m = *src_io;
            if (m < 0 && !(S->o && S->o->default_source && S->o->default_prior))
                for (int k = 0; k < S->nm; k++)
                    if (S->m[k].t0 >= vh.t1 && S->m[k].t0 < hi && k != tgt &&
                        !is_null_code(S->m[k].code)) {
                        m = k;
                        break;
                    }
            src = m;
        }
        if (src >= 0)
            src = first_group_mention(S, src);
        if (tgt < 0) {
            for (int k = 0; k < S->nm; k++)
                if (S->m[k].t0 >= vh.t1 && S->m[k].t0 < hi && !is_null_code(S->m[k].code) &&
                    S->m[k].group != (src >= 0 ? S->m[src].group : -2)) {
                    tgt = k;
                    break;
                }
        }
        if (tgt >= 0)
            tgt = first_group_mention(S, tgt);
        /* TABARI's DEFAULT option: stand-ins for a missing participant,
         * placed on the verb */
        const parley_cameo_code_opts *o = S->o;
        int nm0 = S->nm;
        for (int side = 0; o && side < 2; side++) {
            const char *dc = side ? o->default_target : o->default_source;
            int *slot = side ? &tgt : &src;
            if (*slot >= 0 || !dc)
                continue;
            mention m = {vh.vt, vh.vt + 1, dc, -1, -1, S->nm, 1};
            if (push_mention(S, m))
                return PARLEY_ENOMEM;
            *slot = S->nm - 1;
        }
        if (src < 0 || tgt < 0) {
            i = vh.t1 - 1;
            if (src >= 0 && src < nm0)
                *src_io = src;
            S->nm = nm0;
            return 0;
        }
        *src_io = src < nm0 ? src : -1;
        size_t before = D->res->n;
        int rc = emit_groups(D, S, src, tgt, code);
        S->nm = nm0; /* stand-ins live for this event only */
        if (rc)
            return rc;
        if (D->res->n == before || (S->o && S->o->code_by == 2)) {
            /* nothing coded, or CODE ALL: on to the next verb */
            coded |= D->res->n != before;
            i = vh.t1 - 1;
            continue;
        }
        return 1;
    }
    return coded;
}

/* Whether a discard phrase occurs in the sentence: 0 none, 1 sentence,
 * 2 story. */
static int discarded(const sent *S)
{
    const parley_cameo *c = S->c;
    int r = 0;
    for (uint32_t i = 0; i < S->n; i++) {
        const ctok *t = &S->t[i];
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            size_t ne;
            const uint32_t *ix = entries(S, k, CX_DISCARD, &ne);
            for (size_t q = 0; q < ne; q++) {
                const centry *e = &c->ents[ix[q]];
                if (match_seq(S, c->els + e->ph.el, e->ph.n, i, S->n, 0)) {
                    if (e->story)
                        return 2;
                    r = 1;
                }
            }
        }
    }
    return r;
}

static int find_issues(docctx *D, const sent *S)
{
    const parley_cameo *c = S->c;
    uint32_t negcats[16];
    size_t nneg = 0;
    const cissue *found[PARLEY_MAX_TOPICS];
    size_t nf = 0;
    D->ntopics = 0;
    if (!c->nissues)
        return 0;
    for (uint32_t i = 0; i < S->n; i++) {
        const ctok *t = &S->t[i];
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            size_t ne;
            const uint32_t *ix = entries(S, k, CX_ISSUE, &ne);
            for (size_t q = 0; q < ne; q++) {
                const centry *e = &c->ents[ix[q]];
                if (!match_seq(S, c->els + e->ph.el, e->ph.n, i, S->n, 0))
                    continue;
                const cissue *is = &c->issues[e->idx];
                if (is->neg) {
                    if (nneg < 16)
                        negcats[nneg++] = is->cat;
                    continue;
                }
                int dup = 0;
                for (size_t f = 0; f < nf; f++)
                    dup |= found[f]->topic == is->topic ||
                           strcmp(cameo_str(c, found[f]->topic), cameo_str(c, is->topic)) == 0;
                if (!dup && nf < PARLEY_MAX_TOPICS)
                    found[nf++] = is;
            }
        }
    }
    for (size_t q = 0; q < nf; q++) {
        int neg = 0;
        for (size_t k = 0; k < nneg; k++)
            neg |= negcats[k] == found[q]->cat;
        if (!neg)
            D->topics[D->ntopics++] = cameo_str(c, found[q]->topic);
    }
    return 0;
}

/* The keys of the sentence's words, computed once: every comparison of
 * a dictionary word with a token is then a comparison of word ids. The
 * pool grows by doubling in the arena. */
static int token_keys(sent *S)
{
    size_t cap = (size_t)S->n * 4 + 16, nk = 0;
    S->keys = arena_alloc(S->a, cap * sizeof *S->keys);
    if (!S->keys)
        return PARLEY_ENOMEM;
    for (uint32_t i = 0; i < S->n; i++) {
        ctok *t = &S->t[i];
        if (t->flags & CT_PUNCT)
            continue;
        size_t m = cameo_token_keys(S->c, t->w, t->n, S->keys + nk, cap - nk);
        if (m > cap - nk) { /* rare: more keys than room; again with room */
            size_t nc = cap * 2 > nk + m ? cap * 2 : nk + m;
            ckey *q = arena_alloc(S->a, nc * sizeof *q);
            if (!q)
                return PARLEY_ENOMEM;
            memcpy(q, S->keys, nk * sizeof *q);
            S->keys = q;
            cap = nc;
            m = cameo_token_keys(S->c, t->w, t->n, S->keys + nk, cap - nk);
        }
        t->k0 = (uint32_t)nk;
        t->nk = (uint32_t)m;
        for (uint32_t k = 0; k < t->nk; k++) {
            uint32_t b = bloom_bit(S->keys[nk + k].wid);
            S->words[b >> 6] |= 1ULL << (b & 63);
        }
        nk += t->nk;
    }
    return 0;
}

/* Our tokens of one sentence as the coder's words: dots dropped, hyphens
 * splitting words as TABARI does. */
static int make_tokens(sent *S, const text_doc *td, uint32_t t0, uint32_t t1)
{
    size_t cap = (size_t)(t1 - t0) * 2 + 4;
    S->t = arena_alloc(S->a, cap * sizeof *S->t);
    if (!S->t)
        return PARLEY_ENOMEM;
    S->n = 0;
    int first = 1;
    /* text in capitals says nothing about nouns: no noun shift then */
    uint32_t caps = 0, words = 0;
    for (uint32_t k = t0; k < t1; k++)
        if (td->toks[k].flags & TOK_WORD) {
            words++;
            caps += (td->toks[k].flags & TOK_ALLCAPS) != 0;
        }
    int allcaps = words && caps * 2 > words;
    for (uint32_t k = t0; k < t1; k++) {
        const token *tk = &td->toks[k];
        const char *f = tk->fold;
        size_t fl = tk->fold_len;
        if (tk->flags & TOK_PUNCT) {
            if (f[0] == '-' || f[0] == '"' || f[0] == '\'' || f[0] == '(' || f[0] == ')' ||
                f[0] == '_')
                continue;
            if (S->n + 1 > cap)
                break;
            ctok *c = &S->t[S->n++];
            c->w = f;
            c->n = (uint32_t)fl;
            c->k0 = c->nk = 0;
            c->start = tk->start;
            c->end = tk->end;
            c->flags = CT_PUNCT;
            continue;
        }
        char *w = arena_alloc(S->a, fl + 1);
        if (!w)
            return PARLEY_ENOMEM;
        size_t o = 0;
        for (size_t i = 0; i < fl; i++)
            if (f[i] != '.')
                w[o++] = f[i];
        w[o] = '\0';
        size_t p = 0;
        int part = 0;
        while (p <= o) {
            size_t e = p;
            while (e < o && w[e] != '-')
                e++;
            if (e > p && S->n < cap) {
                ctok *c = &S->t[S->n++];
                c->w = w + p;
                c->n = (uint32_t)(e - p);
                c->k0 = c->nk = 0;
                c->start = tk->start;
                c->end = tk->end;
                c->flags = 0;
                if ((tk->flags & TOK_CAP) && !part && !allcaps)
                    c->flags |= CT_CAP;
                if (first)
                    c->flags |= CT_FIRST;
                w[e] = '\0';
                part++;
            }
            p = e + 1;
        }
        first = 0;
    }
    return token_keys(S);
}

/* Pronouns that stand for the latest actor before them. */
static int add_pronouns(sent *S, const mention *prev)
{
    int nm0 = S->nm;
    for (uint32_t i = 0; i < S->n; i++) {
        /* TABARI also dereferences object pronouns and "it"; with
         * PETRARCH dictionaries, whose coder has the parse tree to tell a
         * referring "it" from "it is", only the personal subjects */
        int tab = S->c->format != PARLEY_CAMEO_PETRARCH;
        if (!(is_word(&S->t[i], "he") || is_word(&S->t[i], "she") ||
              is_word(&S->t[i], "they") ||
              (tab && (is_word(&S->t[i], "him") || is_word(&S->t[i], "her") ||
                       is_word(&S->t[i], "them") || is_word(&S->t[i], "it")))))
            continue;
        const mention *ref = NULL;
        for (int k = 0; k < nm0; k++)
            if (S->m[k].t1 <= i)
                ref = &S->m[k];
        if (!ref)
            ref = prev;
        if (!ref)
            continue;
        mention m = {i, i + 1, ref->code, ref->actor, ref->agent, -1, 0};
        if (push_mention(S, m))
            return PARLEY_ENOMEM;
    }
    /* keep mentions in token order */
    for (int k = 1; k < S->nm; k++) {
        mention x = S->m[k];
        int q = k - 1;
        while (q >= 0 && S->m[q].t0 > x.t0) {
            S->m[q + 1] = S->m[q];
            q--;
        }
        S->m[q + 1] = x;
    }
    group_compounds(S);
    return 0;
}

static int is_conj(const ctok *t)
{
    return is_word(t, "and") || is_word(t, "but") || is_word(t, ";") ||
           is_word(t, "while") || is_word(t, "whereas");
}

static int code_sentence(docctx *D, sent *S, const mention *prev)
{
    int d = discarded(S);
    if (d)
        return d == 2 ? 2 : 0;
    int rc = find_actors(S);
    if (rc)
        return rc == 1 ? 0 : rc;
    if ((rc = add_pronouns(S, prev)))
        return rc;
    if ((rc = find_issues(D, S)))
        return rc;
    /* clauses: split at conjunctions that do not join a compound */
    uint32_t lo = 0;
    int src = -1;
    for (uint32_t i = 0; i <= S->n; i++) {
        int cut = i == S->n;
        if (!cut && is_conj(&S->t[i]) && !in_mention(S, i)) {
            /* between two members of one compound: not a clause end */
            int pm = mention_before(S, (int64_t)i - 1, 0, 0);
            int nx = mention_after(S, i + 1, S->n, 0);
            cut = !(pm >= 0 && nx >= 0 && S->m[pm].group == S->m[nx].group);
        }
        if (!cut)
            continue;
        if (i > lo) {
            rc = code_clause(D, S, lo, i, &src);
            if (rc < 0)
                return rc;
            if (rc > 0 && S->o && S->o->code_by == 1)
                break; /* CODE BY SENTENCE: one verb a sentence */
        }
        lo = i + 1;
    }
    return 0;
}

int parley_cameo_code(const parley_cameo *c, const parley_doc *doc,
                      const parley_cameo_code_opts *o,
                      parley_cameo_result **out)
{
    *out = NULL;
    parley_cameo_result *r = calloc(1, sizeof *r);
    if (!r)
        return PARLEY_ENOMEM;
    arena_init(&r->mem);
    arena work;
    arena_init(&work);
    int rc = 0;
    docctx D = {0};
    D.doc = doc;
    D.res = r;
    parley_str date = doc->date;
    if (!date.n && o && o->date) {
        date.p = o->date;
        date.n = strlen(o->date);
    }
    int32_t dnum = 0;
    if (date.n >= 10) {
        char b[9];
        memcpy(b, date.p, 4);
        memcpy(b + 4, date.p + 5, 2);
        memcpy(b + 6, date.p + 8, 2);
        dnum = cameo_parse_date(b, 8);
        if (dnum < 0)
            dnum = 0;
        D.date = arena_strndup(&r->mem, date.p, 10);
    }
    text_doc td;
    if (text_analyse(&work, doc->text.p ? doc->text.p : "", doc->text.n, NULL,
                     NULL, &td)) {
        rc = PARLEY_ENOMEM;
        goto out;
    }
    size_t nsents = td.nsents;
    if (o && o->per_sentence && nsents > 1)
        nsents = 1;
    mention prev;
    int have_prev = 0;
    for (size_t si = 0; si < nsents; si++) {
        uint32_t t0 = td.sents[si].tok0, t1 = td.sents[si].tok1;
        D.span[0] = td.sents[si].start;
        D.span[1] = td.sents[si].end;
        if (o && o->per_sentence) {
            t1 = (uint32_t)td.ntoks;
            D.span[1] = td.nsents ? td.sents[td.nsents - 1].end : 0;
        }
        D.sentence = si;
        sent S = {0};
        S.c = c;
        S.o = o;
        S.a = &work;
        S.date = dnum;
        if ((rc = make_tokens(&S, &td, t0, t1)))
            goto out;
        rc = code_sentence(&D, &S, have_prev ? &prev : NULL);
        if (rc == 2) { /* a story discard: nothing from this document */
            r->n = 0;
            rc = 0;
            break;
        }
        if (rc)
            goto out;
        if (S.nm) {
            prev = S.m[0];
            have_prev = 1;
        }
    }
out:
    if (!rc && (work.failed || r->mem.failed)) /* a NULL taken for "none" */
        rc = PARLEY_ENOMEM;
    arena_release(&work);
    if (rc) {
        parley_cameo_result_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

size_t parley_cameo_result_count(const parley_cameo_result *r)
{
    return r ? r->n : 0;
}

const parley_event *parley_cameo_result_event(const parley_cameo_result *r,
                                              size_t i)
{
    return r && i < r->n ? &r->events[i] : NULL;
}

void parley_cameo_result_free(parley_cameo_result *r)
{
    if (!r)
        return;
    arena_release(&r->mem);
    free(r->events);
    free(r);
}
