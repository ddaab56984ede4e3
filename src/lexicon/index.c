/* index.c — the lexicon's phrase index: a trie over folded tokens stored
 * as an open-addressed hash of (parent node, token hash) → child node, so
 * matching costs one probe per token whatever the dictionary size. */
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon.h"

static uint64_t edge_key(uint32_t parent, uint64_t tok)
{
    uint64_t h = tok ^ ((uint64_t)parent * 0x9E3779B97F4A7C15ULL);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return h;
}

/* In lex_edge.kinds beside the kinds' bits: the child has edges out of
 * it, so that a walk ends at a leaf without a probe for the next token. */
#define EDGE_INNER (1u << 31)
#define EDGE_KINDS (EDGE_INNER - 1)
_Static_assert(LK_NKINDS < 31, "the kinds' bits leave room for EDGE_INNER");

static uint16_t edge_tag(uint64_t key)
{
    return (uint16_t)(key >> 48) | 1;
}

static const lex_edge *edge_to(const parley_lexicon *lx, uint32_t parent,
                               uint64_t tok)
{
    if (!lx->edge_cap)
        return NULL;
    size_t mask = lx->edge_cap - 1;
    uint64_t key = edge_key(parent, tok);
    uint16_t tag = edge_tag(key);
    for (size_t i = key & mask;; i = (i + 1) & mask) {
        uint16_t t = lx->edge_tags[i];
        if (!t)
            return NULL;
        if (t == tag) {
            const lex_edge *e = &lx->edges[i];
            if (e->parent == parent && e->tok == tok)
                return e;
        }
    }
}

static uint32_t find_edge(const parley_lexicon *lx, uint32_t parent,
                          uint64_t tok)
{
    const lex_edge *e = edge_to(lx, parent, tok);
    return e ? e->child : 0;
}

static int grow_edges(parley_lexicon *lx)
{
    size_t cap = lx->edge_cap ? lx->edge_cap * 2 : 4096;
    lex_edge *ne = calloc(cap, sizeof *ne);
    uint16_t *nt = calloc(cap, sizeof *nt);
    if (!ne || !nt) {
        free(ne);
        free(nt);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < lx->edge_cap; i++) {
        lex_edge *e = &lx->edges[i];
        if (!e->child)
            continue;
        uint64_t key = edge_key(e->parent, e->tok);
        size_t j = key & (cap - 1);
        while (ne[j].child)
            j = (j + 1) & (cap - 1);
        ne[j] = *e;
        nt[j] = edge_tag(key);
    }
    free(lx->edges);
    free(lx->edge_tags);
    lx->edges = ne;
    lx->edge_tags = nt;
    lx->edge_cap = cap;
    return 0;
}

static int new_node(parley_lexicon *lx, uint32_t *out)
{
    if (lx->nnodes == lx->node_cap) {
        size_t cap = lx->node_cap ? lx->node_cap * 2 : 4096;
        uint32_t *n = realloc(lx->node_hits, cap * sizeof *n);
        if (!n)
            return PARLEY_ENOMEM;
        lx->node_hits = n;
        lx->node_cap = cap;
    }
    lx->node_hits[lx->nnodes] = 0;
    *out = (uint32_t)lx->nnodes++;
    return 0;
}

/* The child of parent by tok, made when new; *slot is its edge's slot
 * (valid until the table grows). */
static int child(parley_lexicon *lx, uint32_t parent, uint64_t tok,
                 uint32_t *out, size_t *slot)
{
    const lex_edge *e = edge_to(lx, parent, tok);
    if (e) {
        *out = e->child;
        *slot = (size_t)(e - lx->edges);
        return 0;
    }
    uint32_t c;
    if ((lx->nedges + 1) * 2 > lx->edge_cap && grow_edges(lx))
        return PARLEY_ENOMEM;
    if (new_node(lx, &c))
        return PARLEY_ENOMEM;
    size_t mask = lx->edge_cap - 1;
    uint64_t key = edge_key(parent, tok);
    size_t i = key & mask;
    while (lx->edges[i].child)
        i = (i + 1) & mask;
    lx->edges[i] = (lex_edge){tok, parent, c, 0};
    lx->edge_tags[i] = edge_tag(key);
    lx->nedges++;
    *out = c;
    *slot = i;
    return 0;
}

/* The tokens of a phrase of ASCII letters and spaces alone, as
 * pl_text_analyse makes them without its cost (most phrases of the
 * dictionaries): a token per run of letters, its hash that of the run in
 * lower case (text_hash), TOK_ALLCAPS (bit i of *caps) for two letters or
 * more none of which is lower case. Returns the count, 0 for a phrase
 * with another byte, no letter or more than 32 tokens. */
static size_t plain_phrase(const char *s, size_t n, uint64_t hash[32], uint32_t *caps)
{
    size_t nt = 0;
    uint32_t cm = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        if (nt == 32)
            return 0;
        uint64_t h = 1469598103934665603ULL;
        size_t start = i;
        int lower = 0;
        for (; i < n && s[i] != ' '; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 'a' && c <= 'z')
                lower = 1;
            else if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + ('a' - 'A'));
            else
                return 0;
            h = (h ^ c) * 1099511628211ULL;
        }
        if (!lower && i - start >= 2)
            cm |= 1u << nt;
        hash[nt++] = h;
    }
    *caps = cm;
    return nt;
}

int pl_lexicon_add_phrase(parley_lexicon *lx, int kind, uint32_t idx,
                       const char *phrase, size_t n, int user)
{
    if (!lx->nnodes) {
        uint32_t root;
        if (new_node(lx, &root))
            return PARLEY_ENOMEM;
    }
    if (!lx->first_bits &&
        !(lx->first_bits = calloc(LEX_FIRST_BITS / 64, sizeof *lx->first_bits)))
        return PARLEY_ENOMEM;
    uint64_t hash[32];
    uint32_t caps = 0;
    size_t ntok = plain_phrase(phrase, n, hash, &caps);
    if (!ntok) {
        pl_arena_reset(&lx->scratch);
        text_doc td;
        int rc = pl_text_analyse(&lx->scratch, phrase, n, NULL, NULL, &td);
        if (rc || td.ntoks == 0 || td.ntoks > 32)
            return rc ? rc : PARLEY_EPARSE;
        ntok = td.ntoks;
        for (size_t i = 0; i < ntok; i++) {
            hash[i] = td.toks[i].hash;
            if (td.toks[i].flags & TOK_ALLCAPS)
                caps |= 1u << i;
        }
    }
    int rc = 0;
    uint32_t node = 0, parent = 0;
    uint64_t last = 0;
    size_t slot = 0, prev_slot = 0, ecap = lx->edge_cap;
    size_t fb = lexicon_first_bit(hash[0]);
    lx->first_bits[fb / 64] |= 1ULL << (fb % 64);
    for (size_t i = 0; i < ntok && !rc; i++) {
        uint32_t grand = parent;
        uint64_t prev = last;
        parent = node;
        last = hash[i];
        prev_slot = slot;
        rc = child(lx, node, last, &node, &slot);
        if (rc || !i)
            continue;
        /* the edge into parent leads on now */
        if (lx->edge_cap != ecap)
            prev_slot = (size_t)(edge_to(lx, grand, prev) - lx->edges);
        lx->edges[prev_slot].kinds |= EDGE_INNER;
        ecap = lx->edge_cap;
    }
    if (rc)
        return rc;
    /* Grow first: the chain walk below keeps a pointer into lx->hits,
     * which must not move under it (issue 13, D1). */
    if (lx->nhits + 1 >= lx->hit_cap) {
        size_t cap = lx->hit_cap ? lx->hit_cap * 2 : 4096;
        lex_hit *h = realloc(lx->hits, cap * sizeof *h);
        if (!h)
            return PARLEY_ENOMEM;
        lx->hits = h;
        lx->hit_cap = cap;
        if (!lx->nhits)
            lx->nhits = 1; /* index 0 means "none" */
    }
    /* A user's phrase shadows the built-in phrases of the same kind. */
    uint32_t *link = &lx->node_hits[node];
    while (*link) {
        lex_hit *h = &lx->hits[*link];
        if (user && !h->user && h->kind == kind)
            *link = h->next;
        else if (h->kind == kind && h->idx == idx && h->caps_mask == caps)
            return 0; /* duplicate phrase for the same record */
        else
            link = &h->next;
    }
    uint32_t hi = (uint32_t)lx->nhits++;
    lx->hits[hi] = (lex_hit){(uint8_t)kind, (uint8_t)ntok, (uint8_t)user, caps,
                             idx, 0};
    /* Append so that payloads keep file order (user files come later but
     * have shadowed the built-in ones above). */
    *link = hi;
    lx->edges[slot].kinds |= LK_BIT(kind); /* the phrase's last edge */
    return 0;
}

/* The trie's tables in locals: the stores into toks might alias lx for
 * the compiler, which would load its fields again at every probe. */
typedef struct walk_tabs {
    const uint16_t *tags;
    const lex_edge *edges;
    size_t mask;
} walk_tabs;

/* Records in toks[i] the phrases that start there, the first of its
 * tokens having led from the root to node by an edge of kinds ek: one
 * probe of the edge table per token that the phrases go on with. */
static inline void walk_on(const walk_tabs *w, token *toks, size_t n, size_t i,
                           uint32_t node, uint32_t ek)
{
    token *t = &toks[i];
    uint32_t kinds = LEX_ANNOTATED;
    uint8_t nlex = 0;
    for (size_t j = i;;) {
        if (ek & EDGE_KINDS) {
            kinds |= ek & EDGE_KINDS;
            if (nlex == 3 || j - i + 1 > 255) {
                kinds |= LEX_OVERFLOW;
            } else {
                t->lexnode[nlex] = node;
                t->lexlen[nlex++] = (uint8_t)(j - i + 1);
            }
        }
        if (!(ek & EDGE_INNER) || ++j == n)
            break; /* a leaf: no phrase goes on */
        /* edge_to */
        uint64_t tok = toks[j].hash, key = edge_key(node, tok);
        uint16_t tag = edge_tag(key);
        const lex_edge *e = NULL;
        for (size_t k = key & w->mask; w->tags[k]; k = (k + 1) & w->mask)
            if (w->tags[k] == tag && w->edges[k].parent == node && w->edges[k].tok == tok) {
                e = &w->edges[k];
                break;
            }
        if (!e)
            break;
        node = e->child;
        ek = e->kinds;
    }
    t->nlex = nlex;
    t->lexkinds = kinds;
}

/* pl_lexicon_annotate's phrases for toks[i] without lx->vocab: first_bits,
 * then the edge table. */
static void phrases_at(const parley_lexicon *lx, const walk_tabs *w, token *toks,
                       size_t n, size_t i)
{
    size_t fb = lexicon_first_bit(toks[i].hash);
    if (!lx->first_bits || !(lx->first_bits[fb / 64] >> (fb % 64) & 1) ||
        !lx->nnodes || !lx->edge_cap) {
        toks[i].lexkinds = LEX_ANNOTATED;
        return;
    }
    const lex_edge *e = edge_to(lx, 0, toks[i].hash);
    if (!e) {
        toks[i].nlex = 0;
        toks[i].lexkinds = LEX_ANNOTATED;
        return;
    }
    walk_on(w, toks, n, i, e->child, e->kinds);
}

/* A walk that annotate_at leaves for later: token i, whose word leads
 * from the root to node by an edge of kinds ek, and a phrase may go on
 * by the next token. */
typedef struct walk_job {
    uint32_t i, node, ek;
} walk_job;

/* pl_lexicon_annotate's work for toks[i] once lx->vocab is built (its
 * table, vinfo and mask in locals of the caller, as walk_tabs). A walk
 * that needs a probe of the edge table is left in *job (returns 1), its
 * first slot asked for: the table is larger than the caches, and the
 * probe right away waited for memory (a sixth of the stage's time). */
static inline int annotate_at(const parley_lexicon *lx, const walk_tabs *w,
                              const lex_vent *vocab, const lex_vinfo *vinfo, size_t vmask,
                              token *toks, size_t n, size_t i, walk_job *job)
{
    uint64_t h = toks[i].hash;
    const lex_vinfo *vi = NULL;
    const lex_vent *v = NULL;
    uint32_t child = 0;
    for (size_t k = lexicon_vocab_home(h, vmask); vocab[k].info; k = (k + 1) & vmask)
        if (vocab[k].key == h) {
            v = &vocab[k];
            vi = &vinfo[v->info];
            child = v->child;
            break;
        }
    if (!vi) {
        if (h <= 1) {
            /* the grammar files a hash of 0 as 1: the table has neither
             * (asked here, where the table has missed, not per token) */
            phrases_at(lx, w, toks, n, i);
            pl_words_annotate(lx, &toks[i], 1);
            return 0;
        }
        vi = vinfo;
    }
    token *t = &toks[i];
    t->words = vi->words; /* (WORDS_KNOWN with them) */
    t->words2 = vi->words2;
    t->readings = t->flags & TOK_WORD ? vi->readings : 0;
    /* prep and facts, side by side in the token as in kinds: one store */
    uint16_t pf = (uint16_t)((vi->kinds & (VINFO_PREP | VINFO_FACTS)) >> VINFO_PREP_SHIFT);
    memcpy(&t->prep, &pf, sizeof pf);
    /* (a word the table lacks starts no phrase, whatever vinfo[0] says:
     * the image reader refuses one that says otherwise) */
    uint32_t ek = v ? vi->kinds & ~(VINFO_PREP | VINFO_FACTS) : 0;
    /* no phrase goes on by the next token: the walk stops at child */
    if ((ek & EDGE_INNER) && (i + 1 == n || !(v->next & lexicon_next_bit(toks[i + 1].hash))))
        ek &= ~EDGE_INNER;
    if (ek & EDGE_INNER) {
        size_t k = edge_key(child, toks[i + 1].hash) & w->mask;
        __builtin_prefetch(&w->tags[k]);
        __builtin_prefetch(&w->edges[k]);
        *job = (walk_job){(uint32_t)i, child, ek};
        return 1;
    }
    if (ek)
        walk_on(w, toks, n, i, child, ek);
    else
        t->lexkinds = LEX_ANNOTATED;
    return 0;
}

/* The walks annotate_at left, about as many tokens on as the batch
 * holds: their first slots have come from memory meanwhile. */
#define WALK_BATCH 32

static void walk_all(const walk_tabs *w, token *toks, size_t n, const walk_job *jobs,
                     size_t nj)
{
    for (size_t k = 0; k < nj; k++)
        walk_on(w, toks, n, jobs[k].i, jobs[k].node, jobs[k].ek);
}

void pl_lexicon_annotate(const parley_lexicon *lx, token *toks, size_t n)
{
    walk_tabs w = {lx->edge_tags, lx->edges, lx->edge_cap - 1};
    if (!lx->vocab) {
        for (size_t i = 0; i < n; i++)
            phrases_at(lx, &w, toks, n, i);
        pl_words_annotate(lx, toks, n);
        return;
    }
    /* the table is larger than the caches: ask for the slot of the token
     * eight ahead while this one is looked up (the last eight in a loop
     * of their own, without the test) */
    const lex_vent *vocab = lx->vocab;
    const lex_vinfo *vinfo = lx->vinfo;
    size_t i = 0, vmask = lx->vocab_cap - 1, nj = 0;
    walk_job jobs[WALK_BATCH];
    for (; i + 8 < n; i++) {
        __builtin_prefetch(&vocab[lexicon_vocab_home(toks[i + 8].hash, vmask)]);
        nj += annotate_at(lx, &w, vocab, vinfo, vmask, toks, n, i, &jobs[nj]);
        if (nj == WALK_BATCH) {
            walk_all(&w, toks, n, jobs, nj);
            nj = 0;
        }
    }
    for (; i < n; i++) {
        nj += annotate_at(lx, &w, vocab, vinfo, vmask, toks, n, i, &jobs[nj]);
        if (nj == WALK_BATCH) {
            walk_all(&w, toks, n, jobs, nj);
            nj = 0;
        }
    }
    walk_all(&w, toks, n, jobs, nj);
}

/* ---- lx->vocab ---------------------------------------------------------- */

static uint64_t vinfo_hash(const lex_vinfo *v)
{
    uint64_t h = v->words * 0x9E3779B97F4A7C15ULL;
    h = (h ^ (h >> 29) ^ v->words2) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 32) ^ v->readings ^ ((uint64_t)v->kinds << 32)) * 0x94D049BB133111EBULL;
    h = (h ^ (h >> 31) ^ v->alone) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

static int vinfo_eq(const lex_vinfo *a, const lex_vinfo *b)
{
    return a->words == b->words && a->words2 == b->words2 &&
           a->readings == b->readings && a->kinds == b->kinds && a->alone == b->alone;
}

/* Building the table: lx->vinfo's entries filed by their hash (index,
 * 0 = empty), so that words that share one store it once. */
typedef struct vinfo_set {
    uint32_t *slot;
    size_t cap, vcap;
} vinfo_set;

/* The index of v in lx->vinfo, added when new; 0 when out of memory (an
 * index that v, not being empty, never has). */
static uint32_t vinfo_index(parley_lexicon *lx, vinfo_set *s, const lex_vinfo *v)
{
    size_t mask = s->cap - 1, k = vinfo_hash(v) & mask;
    for (; s->slot[k]; k = (k + 1) & mask)
        if (vinfo_eq(&lx->vinfo[s->slot[k]], v))
            return s->slot[k];
    if (lx->nvinfo == s->vcap) {
        size_t cap = s->vcap * 2;
        lex_vinfo *nv = realloc(lx->vinfo, cap * sizeof *nv);
        if (!nv)
            return 0;
        lx->vinfo = nv;
        s->vcap = cap;
    }
    lx->vinfo[lx->nvinfo] = *v;
    s->slot[k] = (uint32_t)lx->nvinfo;
    return (uint32_t)lx->nvinfo++;
}

/* The slot of key in lx->vocab: its own, or the empty one it would take. */
static lex_vent *vocab_at(parley_lexicon *lx, uint64_t key)
{
    size_t mask = lx->vocab_cap - 1, k = lexicon_vocab_home(key, mask);
    while (lx->vocab[k].info && lx->vocab[k].key != key)
        k = (k + 1) & mask;
    return &lx->vocab[k];
}

int pl_lexicon_vocab_build(parley_lexicon *lx)
{
    size_t nkeys = 0, pos = 0;
    uint64_t key;
    lex_word wd;
    while (pl_grammar_word_next(lx, &pos, &key, &wd))
        nkeys++;
    for (size_t i = 0; i < lx->edge_cap; i++)
        nkeys += lx->edges[i].child && !lx->edges[i].parent;
    uint32_t val;
    for (int t = 0; t < 2; t++)
        for (pos = 0; pl_grammar_key_next(lx, t, &pos, &key, &val);)
            nkeys++;
    /* at most half full: a word of no table probes up to an empty slot */
    size_t cap = 64;
    while (cap < 2 * nkeys)
        cap *= 2;
    vinfo_set s = {calloc(cap, sizeof *s.slot), cap, 64};
    /* aligned to a cache line: a slot is half of one (lexicon.h) */
    if ((lx->vocab = aligned_alloc(64, cap * sizeof *lx->vocab)))
        memset(lx->vocab, 0, cap * sizeof *lx->vocab);
    lx->vinfo = malloc(s.vcap * sizeof *lx->vinfo);
    if (!s.slot || !lx->vocab || !lx->vinfo)
        goto nomem;
    lx->vocab_cap = cap;
    /* vinfo[0]: the words of no table (pl_words_annotate's); every entry's
     * words with WORDS_KNOWN, as pl_lexicon_annotate copies them */
    lx->vinfo[0] = (lex_vinfo){WORDS_KNOWN, 0, 0, (uint32_t)P_NONE << VINFO_PREP_SHIFT, 0};
    lx->nvinfo = 1;
    pos = 0;
    while (pl_grammar_word_next(lx, &pos, &key, &wd)) {
        if (key <= 1)
            continue; /* pl_lexicon_annotate asks the grammar */
        lex_vinfo v = {wd.words | WORDS_KNOWN, wd.words2, wd.readings,
                       (uint32_t)wd.prep << VINFO_PREP_SHIFT, 0};
        lex_vent *e = vocab_at(lx, key);
        if (!(e->info = vinfo_index(lx, &s, &v)))
            goto nomem;
        e->key = key;
    }
    for (size_t i = 0; i < lx->edge_cap; i++) {
        const lex_edge *ed = &lx->edges[i];
        if (!ed->child || ed->parent || ed->tok <= 1)
            continue;
        lex_vent *e = vocab_at(lx, ed->tok);
        lex_vinfo v = lx->vinfo[e->info]; /* vinfo[0] when new */
        v.kinds = (v.kinds & VINFO_PREP) | ed->kinds; /* bits 0-15 and 31 */
        e->key = ed->tok;
        e->child = ed->child;
        if (!(e->info = vinfo_index(lx, &s, &v)))
            goto nomem;
    }
    /* the tokens by which the phrases go on from each child of the root:
     * the slot of each such child first, then the edges out of them */
    lex_vent **slot_of = calloc(lx->nnodes ? lx->nnodes : 1, sizeof *slot_of);
    if (!slot_of)
        goto nomem;
    for (size_t i = 0; i < lx->edge_cap; i++) {
        const lex_edge *ed = &lx->edges[i];
        if (ed->child && !ed->parent && ed->tok > 1 && (ed->kinds & EDGE_INNER))
            slot_of[ed->child] = vocab_at(lx, ed->tok);
    }
    for (size_t i = 0; i < lx->edge_cap; i++) {
        const lex_edge *ed = &lx->edges[i];
        if (ed->child && ed->parent && slot_of[ed->parent])
            slot_of[ed->parent]->next |= lexicon_next_bit(ed->tok);
    }
    free(slot_of);
    /* the grammar's nouns and verbs: a word of neither table above has
     * what is known of a word of no table */
    lex_vinfo none = lx->vinfo[0];
    for (int t = 0; t < 2; t++)
        for (pos = 0; pl_grammar_key_next(lx, t, &pos, &key, &val);) {
            if (key <= 1)
                continue;
            lex_vent *e = vocab_at(lx, key);
            if (!e->info && !(e->info = vinfo_index(lx, &s, &none)))
                goto nomem;
            e->key = key;
            *(t ? &e->verbs : &e->heads) = val;
            uint64_t alone = t ? pl_grammar_alone_flags(lx, val) : 0;
            if (alone) {
                lex_vinfo v = lx->vinfo[e->info];
                v.alone = alone;
                if (!(e->info = vinfo_index(lx, &s, &v)))
                    goto nomem;
            }
        }
    /* the word_facts, once both chains of a word are known */
    for (size_t k = 0; k < cap; k++) {
        lex_vent *e = &lx->vocab[k];
        uint8_t f = e->info ? pl_grammar_word_facts(lx, e->heads, e->verbs) : 0;
        if (f) {
            lex_vinfo v = lx->vinfo[e->info];
            v.kinds |= (uint32_t)f << VINFO_FACTS_SHIFT;
            if (!(e->info = vinfo_index(lx, &s, &v)))
                goto nomem;
        }
    }
    free(s.slot);
    return 0;
nomem:
    free(s.slot);
    free(lx->vocab);
    free(lx->vinfo);
    lx->vocab = NULL;
    lx->vinfo = NULL;
    return PARLEY_ENOMEM;
}

void pl_lexicon_abbrev_index(parley_lexicon *lx)
{
    memset(lx->abbrev_bits, 0, sizeof lx->abbrev_bits);
    /* pl_lexicon_is_abbrev matches one token: the edges out of the root
     * to an abbreviation's node */
    for (size_t i = 0; i < lx->edge_cap; i++) {
        const lex_edge *e = &lx->edges[i];
        if (e->child && !e->parent && (e->kinds & LK_BIT(LK_ABBREV))) {
            size_t b = lexicon_abbrev_bit(e->tok);
            lx->abbrev_bits[b / 64] |= 1ULL << (b % 64);
        }
    }
}

/* pl_lexicon_match_memo's every case; kept out of line so that its
 * common case needs none of this one's registers. */
__attribute__((noinline))
static size_t match_memo_all(const parley_lexicon *lx, const token *toks, size_t i,
                             size_t end, uint32_t kind_mask, const lex_hit **hit,
                             const lex_hit **ok)
{
    const token *t = &toks[i];
    *hit = NULL;
    for (int e = t->nlex - 1; e >= 0; e--) {
        size_t len = t->lexlen[e];
        if (len > end - i)
            continue;
        uint32_t first = lx->node_hits[t->lexnode[e]];
        for (uint32_t h = first; h; h = lx->hits[h].next)
            if (pl_lexicon_hit_ok(lx, &lx->hits[h], toks, i, kind_mask)) {
                *hit = &lx->hits[first];
                if (ok)
                    *ok = &lx->hits[h];
                return len;
            }
    }
    return 0;
}

size_t pl_lexicon_match_memo(const parley_lexicon *lx, const token *toks, size_t i,
                          size_t end, uint32_t kind_mask, const lex_hit **hit,
                          const lex_hit **ok)
{
    size_t len = lexicon_match_quick(lx, &toks[i], i, end, kind_mask, hit, ok);
    return len ? len : match_memo_all(lx, toks, i, end, kind_mask, hit, ok);
}

size_t pl_lexicon_match_walk(const parley_lexicon *lx, const token *toks, size_t i,
                          size_t end, uint32_t kind_mask, const lex_hit **hit,
                          const lex_hit **ok)
{
    *hit = NULL;
    if (!lx->nnodes)
        return 0;
    uint32_t node = 0;
    size_t best = 0;
    for (size_t j = i; j < end; j++) {
        node = find_edge(lx, node, toks[j].hash);
        if (!node)
            break;
        for (uint32_t h = lx->node_hits[node]; h; h = lx->hits[h].next) {
            if (pl_lexicon_hit_ok(lx, &lx->hits[h], toks, i, kind_mask)) {
                best = j - i + 1;
                *hit = &lx->hits[lx->node_hits[node]];
                if (ok)
                    *ok = &lx->hits[h];
                break;
            }
        }
    }
    return best;
}
