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
#include "cameo/words.h"
#include "util/date.h"

enum { CT_PUNCT = 1, CT_CAP = 2, CT_FIRST = 4 };
_Static_assert(CT_CAP == TOK_CAP >> 2, "make_tokens shifts token flags");

typedef struct ctok {
    const char *w;
    uint32_t n;
    uint32_t flags;
    /* its keys sent.keys[k0 .. k0 + nk), what the index has for them
     * (has: CK_HAS, CK_PAIRS), its closed classes (cls), and the bits
     * sec and psec: its word's (words.h) */
    union {
        struct {
            PL_WKEYS_MEMBERS
        };
        wkeys wk;
    };
    uint32_t src;        /* the text_doc token it comes from */
    uint16_t bb;         /* its word's bb (words.h): CAMEO_BLOOM_ANY
                            without keys */
} ctok;

typedef struct mention {
    uint32_t t0, t1;   /* token range [t0, t1) */
    const char *code;  /* the code coded; NULL until resolved */
    int actor;         /* actor index, or -1 for agents */
    int agent;         /* agent index or -1 */
    int group;         /* compound group id (its first member) */
    int absorbed;      /* merged into a neighbour */
    int pron;          /* a pronoun standing for another mention */
    int joined;        /* the agent combined with its actor, + 1; 0: none */
} mention;

typedef struct sent {
    const parley_cameo *c;
    const parley_cameo_code_opts *o;
    arena *a;
    ctok *t;
    uint32_t n;
    ckey *keys; /* the tokens' keys (pl_cameo_token_keys) */
    uint64_t words[33]; /* a Bloom filter of the keys' word ids, made by
                           sentence_words; bit 0 of words[32] set once it
                           is (CAMEO_BLOOM_ANY), 0 before */
    uint64_t wsum;      /* words[] folded: bit b is set when some bit b
                           mod 64 is */
    uint32_t has;       /* the tokens' has or'ed: a class of entries no
                           token has needs no looking up */
    uint32_t cls;       /* the tokens' closed classes or'ed (WC_*) */
    mention *m;
    int nm, mcap;
    int32_t date;
    const text_doc *td;  /* the document's tokens */
    uint32_t si;         /* this sentence's index in td */
    const cameo_run *run;
    uint32_t vlim;       /* code_clause looks for verbs before this token */
    uint8_t *inm;        /* per token: covered by a mention (map_mentions) */
    uint8_t *vstate;     /* per token: 0 not looked at, 1 no verb, 2 vcache */
    struct vhit *vcache;
    uint64_t *after;     /* per token i and n: the sec of tokens [i, n)
                            or'ed, made by sentence_words */
    tcache *wc;          /* this thread's words (words.h) */
    struct tokbuf *buf;  /* the document's buffers for t, vstate, vcache
                            and inm */
} sent;

/* The buffers of the sentence being coded, kept for the next sentence
 * (nothing of a sentence's tokens is used once it is coded): tokens,
 * vstate and inm (state[0 .. cap + 1) and state[cap + 1 .. 2 * cap +
 * 2)), vcache and after, room for cap tokens; this thread's (tcache.sbuf), or
 * for a sentence of more than TOKBUF_THREAD_MAX tokens the arena's, so
 * that the memory a thread keeps stays small. */
enum { TOKBUF_THREAD_MAX = 4096 };

typedef struct tokbuf {
    struct ctok *t;
    uint8_t *state;
    struct vhit *vcache;
    uint64_t *after;
    size_t cap;
} tokbuf;

/* ---- words ---- */

static int ends(const char *t, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(t + n - k, suf, k) == 0;
}

static uint32_t odd_ending(const char *b, size_t k, const char *s, size_t sn);

int pl_cameo_word_match(const parley_cameo *c, const cw *e, const char *t, size_t n)
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
        static const struct { const char *s; uint32_t f; } suf[] = {
            {"s", 0}, {"es", 0}, {"'s", CK_POSS}, {"s'", CK_POSS}, {"ed", CK_VERBAL},
            {"d", CK_VERBAL}, {"ing", CK_VERBAL}, {"en", CK_VERBAL | CK_EN}};
        for (size_t i = 0; i < sizeof suf / sizeof *suf; i++)
            if (sn == strlen(suf[i].s) && memcmp(s, suf[i].s, sn) == 0)
                return cameo_infl_ok(e->infl, CK_INFL | suf[i].f | odd_ending(w, wl, s, sn));
        /* doubled final consonant: ban → banned, banning */
        if (sn >= 3 && s[0] == w[wl - 1] &&
            (strcmp(s + 1, "ed") == 0 || strcmp(s + 1, "ing") == 0))
            return cameo_infl_ok(e->infl, CK_INFL | CK_VERBAL | CK_DOUBLE);
        return 0;
    }
    /* e dropped: agree → agreeing; y → ies/ied */
    if (w[wl - 1] == 'e' && n == wl + 2 && memcmp(w, t, wl - 1) == 0 &&
        ends(t, n, "ing"))
        return cameo_infl_ok(e->infl, CK_INFL | CK_VERBAL);
    if (w[wl - 1] == 'y' && n == wl + 2 && memcmp(w, t, wl - 1) == 0 &&
        (ends(t, n, "ies") || ends(t, n, "ied")))
        return cameo_infl_ok(e->infl, CK_INFL | (ends(t, n, "ied") ? CK_VERBAL : 0));
    return 0;
}

/* CK_ODD when English spelling does not give the base b[0..k) the
 * ending s[0..sn): "-es" only after s, x, z, ch, sh or o, "-s" not after
 * them (but after o), "-d" only after e and "-ed" not after it. */
static uint32_t odd_ending(const char *b, size_t k, const char *s, size_t sn)
{
    char l = b[k - 1], l2 = k > 1 ? b[k - 2] : 0;
    int sib = l == 's' || l == 'x' || l == 'z' || (l == 'h' && (l2 == 'c' || l2 == 's'));
    if (sn == 2 && s[0] == 'e' && s[1] == 's')
        return sib || l == 'o' ? 0 : CK_ODD;
    if (sn == 1 && s[0] == 's')
        return sib ? CK_ODD : 0;
    if (sn == 1 && s[0] == 'd')
        return l == 'e' ? 0 : CK_ODD;
    if (sn == 2 && s[0] == 'e' && s[1] == 'd')
        return l == 'e' ? CK_ODD : 0;
    return 0;
}

/* Whether token t[0..n) is the word t[0..k) with one of the regular
 * endings (pl_cameo_word_match's rules for a word that is a prefix of the
 * token): 0 no, else CK_INFL and the kind of ending (CK_VERBAL, CK_POSS,
 * CK_DOUBLE, CK_EN). t is NUL-terminated at n. */
static uint32_t infl_suffix(const char *t, size_t n, size_t k)
{
    const char *s = t + k;
    size_t sn = n - k;
    if (k < 2 || sn == 0)
        return 0;
    switch (sn) {
    case 1:
        if (s[0] == 's')
            return CK_INFL | odd_ending(t, k, s, sn);
        if (s[0] == 'd')
            return CK_INFL | CK_VERBAL | odd_ending(t, k, s, sn);
        break;
    case 2:
        if (s[0] == 'e' && s[1] == 's')
            return CK_INFL | odd_ending(t, k, s, sn);
        if ((s[0] == '\'' && s[1] == 's') || (s[0] == 's' && s[1] == '\''))
            return CK_INFL | CK_POSS;
        if (s[0] == 'e' && s[1] == 'd')
            return CK_INFL | CK_VERBAL | odd_ending(t, k, s, sn);
        if (s[0] == 'e' && s[1] == 'n')
            return CK_INFL | CK_VERBAL | CK_EN;
        break;
    case 3:
        if (s[0] == 'i' && s[1] == 'n' && s[2] == 'g')
            return CK_INFL | CK_VERBAL;
        break;
    }
    /* doubled final consonant: ban → banned, banning (compared as
     * strcmp would, up to a NUL) */
    if (sn >= 3 && s[0] == t[k - 1]) {
        if (s[1] == 'e' && s[2] == 'd' && (sn == 3 || s[3] == '\0'))
            return CK_INFL | CK_VERBAL | CK_DOUBLE;
        if (sn >= 4 && s[1] == 'i' && s[2] == 'n' && s[3] == 'g' &&
            (sn == 4 || s[4] == '\0'))
            return CK_INFL | CK_VERBAL | CK_DOUBLE;
    }
    return 0;
}


/* A key's flags f with what its word has in the index (CK_HAS, CK_PAIRS),
 * for a key that is looked up (CK_LOOK). */
static inline uint32_t word_flags(const parley_cameo *c, uint32_t wid, uint32_t f)
{
    if (!(f & CK_LOOK) || (f & (CK_HAS * 0xFFu)))
        return f;
    const cword *w = &c->words[wid];
    return f | ((uint32_t)w->has * CK_HAS) | (w->pairs & 1 ? CK_PAIRS1 : 0) |
           (w->pairs & 2 ? CK_PAIRS2 : 0);
}

/* The old index took as lookup keys the token, its 79 longest prefixes
 * and, for tokens of 4 to 76 bytes, the bases with e or y restored;
 * CK_LOOK keeps exactly those, so that the coder finds what it found. */
size_t pl_cameo_token_keys(const parley_cameo *c, const char *t, size_t n,
                        ckey *keys, size_t max)
{
    return pl_cameo_token_keys_h(c, t, n, text_hash(t, n), keys, max);
}

size_t pl_cameo_token_keys_h(const parley_cameo *c, const char *t, size_t n,
                             uint64_t h0, ckey *keys, size_t max)
{
    size_t nk = 0;
#define PUT(wid, f)                                                         \
    do {                                                                    \
        if (nk < max)                                                       \
            keys[nk] = (ckey){(wid), word_flags(c, (wid), (f)) |            \
                                         (c->words[wid].pairs & CWORD_THIRD \
                                              ? CK_THIRD                    \
                                              : 0)};                        \
        nk++;                                                               \
    } while (0)
    if (!n || !c->nwords)
        return 0;
    uint32_t id = pl_cameo_word_find(c, t, n, -1, h0);
    if (id != CW_NONE)
        PUT(id, CK_EXACT | CK_LOOK);
    /* without stems, only a regular ending makes another key: -s, -d,
     * -ing, -s' (and -ies, -ied, -ing of the e and y rules) */
    char last = t[n - 1];
    if (!c->has_stems && last != 's' && last != 'd' && last != 'g' && last != '\'')
        return nk;
    /* FNV-1a runs left to right: prefixes are found shortest first, then
     * put longest first */
    uint64_t h = 1469598103934665603ULL, h3 = h;
    size_t p0 = nk;
    for (size_t k = 1; k < n; k++) {
        h = (h ^ (unsigned char)t[k - 1]) * 1099511628211ULL;
        if (k == n - 3)
            h3 = h;
        /* endings are at most four letters long ("ning"); stems have the
         * lengths of c->stem_lens (longer ones: bit 63) */
        int near = k + 4 >= n;
        if (!near && !((c->stem_lens >> (k < 63 ? k : 63)) & 1))
            continue;
        uint32_t sb = cameo_stem_bit(h);
        int stem = (c->stems[sb >> 6] >> (sb & 63)) & 1;
        uint32_t infl = near ? infl_suffix(t, n, k) : 0;
        if (!stem && !infl)
            continue;
        id = pl_cameo_word_find(c, t, k, -1, h);
        if (id == CW_NONE)
            continue;
        uint32_t f = (c->words[id].stem ? CK_STEM : 0) | (c->words[id].infl ? infl : 0);
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
            id = pl_cameo_word_find(c, t, n - 3, ch, hv);
            if (id != CW_NONE && c->words[id].infl)
                PUT(id, CK_INFL | (ch == 'y' && t[n - 1] == 's' ? 0 : CK_VERBAL) |
                            (n <= 76 ? CK_LOOK : 0));
        }
    }
#undef PUT
    return nk;
}

/* ---- phrase matching ---- */

/* Whether word element e matches token i: through the token's keys, as
 * pl_cameo_word_match would say. Punctuation has no keys. */
static inline uint32_t word_at(const sent *S, const cw *e, uint32_t i)
{
    const ctok *t = &S->t[i];
    /* none of its keys is the word (most tokens a pattern's word is
     * looked for in): no look at the keys */
    if (!((t->sec >> e->sbit) & 1))
        return 0;
    const ckey *k = S->keys + t->k0, *end = k + t->nk;
    for (; k < end; k++)
        if (k->wid == e->wid)
            return (k->flags & CK_EXACT) || (e->stem && (k->flags & CK_STEM)) ||
                   (e->infl && (k->flags & CK_INFL) && cameo_infl_ok(e->infl, k->flags));
    return 0;
}

static inline uint32_t bloom_bit(uint32_t wid)
{
    return cameo_bloom_bit(wid); /* 11 bits: 2048 */
}

/* Whether some token of the sentence may match word wid (no: surely
 * not). */
static inline int in_sentence(const sent *S, uint32_t wid)
{
    uint32_t b = bloom_bit(wid);
    return (S->words[b >> 6] >> (b & 63)) & 1;
}

/* Whether the plain words of phrase els[0..n) may all be in the
 * sentence: some token's key for each, as far as the sentence's Bloom
 * filter tells once sentence_words has made it (before, always 1).
 * 0: match_seq surely fails, as a word is matched only through a
 * token's keys (word_at). */
static inline int words_in_sentence(const sent *S, const cw *els, uint32_t n)
{
    if (!(S->words[CAMEO_BLOOM_ANY >> 6] & 1))
        return 1;
    for (uint32_t k = 0; k < n; k++)
        if (els[k].kind == CW_WORD && !in_sentence(S, els[k].wid))
            return 0;
    return 1;
}

/* The entries of class x filed under key k, or none when k is not a
 * lookup key. Looking up every key of a token in order, and each key's
 * entries in order, gives the entries in dictionary order per key, as
 * the coder has always tried them (ties go to the first). */
static const uint32_t *entries(const sent *S, const ckey *k, int x, size_t *n)
{
    if (!(k->flags & CK_LOOK) || !(k->flags & ((uint32_t)CK_HAS << x))) {
        *n = 0;
        return NULL;
    }
    return cameo_index(S->c, k->wid, x, n);
}

static uint32_t match_seq_w(const sent *S, const cw *els, uint32_t n, uint32_t i,
                            uint32_t lim, uint32_t gap, uint32_t *nw);

static uint32_t match_el_sets(const sent *S, const cw *e, uint32_t i, uint32_t lim,
                              uint32_t *nw);

/* Tokens consumed by element e at position i (0: no match); *nw (when
 * not NULL) gets the number of words the match is made of (the words of
 * a set's matched phrase, not the words a gap passes over). A word is
 * matched here, in the caller; sets and skips by match_el_sets. */
static inline uint32_t match_el_w(const sent *S, const cw *e, uint32_t i, uint32_t lim,
                                  uint32_t *nw)
{
    if (e->kind != CW_WORD) {
        if ((e->kind == CW_SYN || e->kind == CW_ALT) && i < lim && i < S->n) {
            /* a set whose phrases all start with words the token is not */
            const caset *as = &S->c->asets[e->wid];
            if (!as->nany && !(S->t[i].sec & as->first)) {
                if (nw)
                    *nw = 0;
                return 0;
            }
        }
        return match_el_sets(S, e, i, lim, nw);
    }
    uint32_t L = i < lim ? word_at(S, e, i) : 0;
    if (nw)
        *nw = L;
    return L;
}

/* The bits of a token's sec (cameo_second_bit of its keys' words) of
 * which element e needs one to match there, as match_el_w tests them:
 * a word's own bit, or the first words' bits of a set whose phrases all
 * begin with a word; 0 when any token may do (skips, sets with phrases
 * that begin otherwise). */
static inline uint64_t start_bits(const sent *S, const cw *e)
{
    if (e->kind == CW_WORD)
        return 1ULL << e->sbit;
    if (e->kind == CW_SYN || e->kind == CW_ALT) {
        const caset *as = &S->c->asets[e->wid];
        return as->nany ? 0 : as->first;
    }
    return 0;
}

static uint32_t match_el_sets(const sent *S, const cw *e, uint32_t i, uint32_t lim,
                              uint32_t *nw)
{
    const parley_cameo *c = S->c;
    if (nw)
        *nw = 0;
    if (i >= lim)
        return 0;
    switch (e->kind) {
    case CW_SYN:
    case CW_ALT: {
        /* the longest of the set's phrases (of equally long ones, the
         * one of more words): those that start with no word, and those
         * whose first word the token can be */
        const caset *as = &c->asets[e->wid];
        uint32_t best = 0, bw = 0, w = 0;
        for (uint32_t k = 0; k < as->nany; k++) {
            const cphrase *ph = &c->alts[c->aset_any[as->any0 + k]];
            uint32_t r = words_in_sentence(S, c->els + ph->el, ph->n)
                             ? match_seq_w(S, c->els + ph->el, ph->n, i, lim, 2, &w)
                             : 0;
            if (r > best || (r == best && w > bw)) {
                best = r;
                bw = w;
            }
        }
        const ctok *t = &S->t[i];
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            /* no phrase of the set starts with this key's word: no look
             * in the table, which has none filed under it */
            if (!((as->first >> cameo_second_bit(k->wid)) & 1))
                continue;
            size_t np;
            const uint32_t *px = cameo_pair(&c->aset_words, e->wid, k->wid, &np);
            for (size_t q = 0; q < np; q++) {
                const cphrase *ph = &c->alts[px[q]];
                uint32_t r = words_in_sentence(S, c->els + ph->el, ph->n)
                                 ? match_seq_w(S, c->els + ph->el, ph->n, i, lim, 2, &w)
                                 : 0;
                if (r > best || (r == best && w > bw)) {
                    best = r;
                    bw = w;
                }
            }
        }
        if (nw)
            *nw = bw;
        return best;
    }
    case CW_SKIP:
        return 1;
    }
    return 0;
}

/* Matches the literal elements els[0..n) starting exactly at token i;
 * unconnected elements may be up to gap tokens further on. Returns the
 * number of tokens spanned (0: no match), and in *nw (when not NULL) the
 * number of words matched. Slots never occur here. */
static uint32_t match_seq_w(const sent *S, const cw *els, uint32_t n, uint32_t i,
                            uint32_t lim, uint32_t gap, uint32_t *nw)
{
    uint32_t cur = i, words = 0, w = 0;
    for (uint32_t k = 0; k < n; k++) {
        const cw *e = &els[k];
        if (e->kind == CW_VERB || e->kind == CW_SRC || e->kind == CW_TGT ||
            e->kind == CW_CMP)
            return 0;
        uint32_t L = 0, p = cur;
        if (k == 0 || e->adj) {
            L = match_el_w(S, e, cur, lim, nw ? &w : NULL);
        } else {
            for (; p < lim && p <= cur + gap; p++)
                if ((L = match_el_w(S, e, p, lim, nw ? &w : NULL)))
                    break;
        }
        if (!L)
            return 0;
        words += w;
        cur = p + L;
    }
    if (nw)
        *nw = words;
    return cur - i;
}

static uint32_t match_seq(const sent *S, const cw *els, uint32_t n, uint32_t i,
                          uint32_t lim, uint32_t gap)
{
    return match_seq_w(S, els, n, i, lim, gap, NULL);
}

/* Whether phrase els[0..n), matched from token i with match_seq's gap,
 * may have its second word where it must be: when its first is one word
 * and the second must follow it directly (adjacent, or no gap), a test
 * of the next token's key bits that passes over most of the phrases
 * filed under a common first word. 0: match_seq surely fails. */
static inline int second_may_follow(const sent *S, const cw *els, uint32_t n, uint32_t i,
                                    uint32_t gap)
{
    if (n < 2 || els[0].kind != CW_WORD || els[1].kind != CW_WORD || (gap && !els[1].adj))
        return 1;
    return i + 1 < S->n && ((S->t[i + 1].sec >> cameo_second_bit(els[1].wid)) & 1);
}

/* ---- actors ---- */

static const char *resolve_code(const sent *S, int actor)
{
    const parley_cameo *c = S->c;
    /* most actors have one code for every date: no look at the actor
     * and its codes */
    if (c->afix[actor] != UINT32_MAX)
        return cameo_str(c, c->afix[actor]);
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
 * (the token's key, then dictionary order); and its entry's idx when
 * known without reading the entry (UINT32_MAX: not known). */
typedef struct cand {
    uint32_t L, actor, kpos, ent, idx;
} cand;

/* Keeps a candidate of span L (0: no match) in b when it is better. */
static inline void keep_better(cand *b, uint32_t L, uint32_t actor, uint32_t kpos,
                               uint32_t ent, uint32_t idx)
{
    if (!L || L < b->L)
        return;
    if (L == b->L && (actor < b->actor ||
                      (actor == b->actor && (kpos > b->kpos ||
                                             (kpos == b->kpos && ent > b->ent)))))
        return;
    *b = (cand){L, actor, kpos, ent, idx};
}

static void consider(const sent *S, cand *b, uint32_t ent, uint32_t kpos,
                     uint32_t i, uint32_t gap, uint32_t j)
{
    const parley_cameo *c = S->c;
    const centry *e = &c->ents[ent];
    const cw *el = c->els + e->ph.el;
    /* filed by its first two words, the second found at token j: a third
     * word that must follow it directly is checked first ("MINISTER OF
     * PUBLIC_ SERVICE_" among the hundred "MINISTER OF" offices) */
    if (j != UINT32_MAX && e->ph.n >= 3 && el[2].kind == CW_WORD && el[2].adj &&
        !(j + 1 < S->n && word_at(S, &el[2], j + 1)))
        return;
    uint32_t L = e->ph.n == 1 && el->kind == CW_WORD ? word_at(S, el, i)
                                                     : match_seq(S, el, e->ph.n, i, S->n, gap);
    keep_better(b, L, e->kind == CE_ACTOR, kpos, ent, e->idx);
}

/* word_at for the one word element of an entry filed under key k of
 * token i, from what ix_pre says of it (p) alone: word_at would find the
 * element's word at key k, the token's only key of that word. */
static inline uint32_t wf_word_at(uint8_t wf, const ckey *k)
{
    uint32_t f = k->flags, infl = wf & 3;
    return (f & CK_EXACT) || ((wf & CPRE_STEM) && (f & CK_STEM)) ||
           (infl && (f & CK_INFL) && cameo_infl_ok((uint8_t)infl, f));
}

static inline uint32_t pre_word_at(const cpre *p, const ckey *k)
{
    return wf_word_at(p->wf, k);
}

/* consider for such an entry. */
static inline void consider_word(cand *b, const cpre *p, const ckey *k, uint32_t kpos,
                                 uint32_t ent)
{
    keep_better(b, pre_word_at(p, k), p->kind == CE_ACTOR, kpos, ent, p->mask);
}

/* Considers the entries of slot p of t (c->pairs, base 0, or c->gpairs,
 * base c->pairs.nslots), filed under the token's key kpos (k) and a
 * second word found at token j (its key k2): those with a third word
 * right after the second only when token j + 1 can be that word
 * (consider would pass over the others). The caller finds the slot: most
 * pairs looked for are none. */
static void consider_pair(const sent *S, cand *b, const cpairs *t, uint32_t base,
                          const cpair *p, const ckey *k, uint32_t kpos, uint32_t i,
                          uint32_t gap, uint32_t j, const ckey *k2)
{
    const uint32_t *px = t->ents + p->start;
    int gp = t == &S->c->gpairs;
    const cppre *pp = S->c->pair_pre[gp];
    pp = pp ? pp + p->start : NULL;
    for (uint32_t q = 0; q < p->nrest; q++) {
        /* a phrase of its two words, from the keys they were found by
         * (the token's only keys of those words), without reading its
         * entry: never matched when the first does not fit; else from i
         * to j when the second fits, and not at all when it does not in
         * pairs. A gpairs phrase spans to the first place its second word
         * fits: j when that is i + 1; else it is tried by consider (and
         * also at that place, which the caller comes to: a token where
         * the word fits has its key). */
        if (pp && pp[q].two) {
            if (!wf_word_at(pp[q].wf0, k))
                continue;
            if (!gp || j == i + 1) {
                keep_better(b, wf_word_at(pp[q].wf1, k2) ? j + 1 - i : 0,
                            pp[q].kind == CE_ACTOR, kpos, px[q], UINT32_MAX);
                continue;
            }
        }
        consider(S, b, px[q], kpos, i, gap, j);
    }
    if (p->n == p->nrest || j + 1 >= S->n)
        return;
    uint32_t id = base + (uint32_t)(p - t->slots);
    const ctok *u = &S->t[j + 1];
    for (const ckey *k3 = S->keys + u->k0, *ke = k3 + u->nk; k3 < ke; k3++) {
        /* a word that is no entry's third: nothing filed under it */
        if (!(k3->flags & CK_THIRD))
            continue;
        size_t n3;
        const uint32_t *p3 = cameo_pair(&S->c->thirds, id, k3->wid, &n3);
        for (size_t q = 0; q < n3; q++)
            consider(S, b, p3[q], kpos, i, gap, j);
    }
}

/* The longest actor or agent at token i; returns its span, and in
 * *actor whether it is an actor (else an agent) and in *idx (when not
 * NULL) its index among those (centry.idx).
 * Of equally long ones the first actor wins, else the first agent:
 * tried one by one in key and dictionary order, the first of the
 * longest is kept unless an actor comes after an agent. Phrases filed
 * by their first two words are tried only when a token where the second
 * may be can be it, so the order is restored by comparing places (a
 * phrase tried twice changes nothing). */
static uint32_t best_entry_keys(const sent *S, uint32_t i, int *actor, uint32_t *idx,
                                uint32_t gap, int *seen)
{
    const parley_cameo *c = S->c;
    const ctok *t = &S->t[i];
    cand b = {0, 0, 0, 0, 0};
    int any = 0; /* an entry or a pair filed under the keys */
    for (uint32_t kp = 0; kp < t->nk; kp++) {
        const ckey *k = &S->keys[t->k0 + kp];
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_ACTOR, &ne);
        any |= ne > 0;
        const cpre *pre = ne ? c->ix_pre + (ix - c->ix_ents) : NULL;
        for (size_t q = 0; q < ne; q++) {
            if (pre[q].word)
                consider_word(&b, &pre[q], k, kp, ix[q]);
            else
                consider(S, &b, ix[q], kp, i, gap, UINT32_MAX);
        }
        if (!(k->flags & CK_LOOK) || !(k->flags & (CK_PAIRS1 | CK_PAIRS2)))
            continue;
        int pairs = (k->flags & CK_PAIRS1 ? 1 : 0) | (k->flags & CK_PAIRS2 ? 2 : 0);
        /* a token of one key: its psec are that key's word's seconds,
         * and the word table is not read */
        uint64_t seconds = t->nk == 1 ? t->psec : c->words[k->wid].seconds;
        /* the second word right after the first (pairs); or up to gap
         * tokens further (gpairs: match_seq's window) */
        uint32_t jend = pairs & 2 ? i + 1 + gap : i + 1;
        if (jend >= S->n)
            jend = S->n - 1;
        for (uint32_t j = i + 1; j <= jend; j++) {
            const ctok *u = &S->t[j];
            if (!(seconds & u->sec))
                continue;
            for (const ckey *k2 = S->keys + u->k0, *ke2 = k2 + u->nk; k2 < ke2; k2++) {
                if (!((seconds >> cameo_second_bit(k2->wid)) & 1))
                    continue;
                const cpair *p;
                if (j == i + 1 && (pairs & 1) &&
                    (p = cameo_pair_at(&c->pairs, k->wid, k2->wid))) {
                    any = 1;
                    consider_pair(S, &b, &c->pairs, 0, p, k, kp, i, gap, j, k2);
                }
                if ((pairs & 2) && (p = cameo_pair_at(&c->gpairs, k->wid, k2->wid))) {
                    any = 1;
                    consider_pair(S, &b, &c->gpairs, (uint32_t)c->pairs.nslots, p, k, kp,
                                  i, gap, j, k2);
                }
            }
        }
    }
    if (seen)
        *seen = any;
    *actor = b.L && b.actor;
    if (idx)
        *idx = !b.L ? 0 : b.idx != UINT32_MAX ? b.idx : c->ents[b.ent].idx;
    return b.L;
}

/* Whether an actor or an agent may start at token i: its keys have
 * actors or agents, or begin pairs that the next token can continue.
 * Most tokens have none. */
static inline int may_start_entry(const sent *S, uint32_t i)
{
    const ctok *t = &S->t[i];
    return (t->has & (((uint32_t)CK_HAS << CX_ACTOR) | CK_PAIRS1 | CK_PAIRS2)) &&
           /* not only pairs whose second word must come right after it
            * ("the", "in") with the next token none of their second
            * words */
           ((t->has & (((uint32_t)CK_HAS << CX_ACTOR) | CK_PAIRS2)) ||
            (i + 1 < S->n && (t->psec & S->t[i + 1].sec)));
}

/* best_entry_keys, for a token where an entry may start: the others
 * are passed over without a call. */
static inline uint32_t best_entry(const sent *S, uint32_t i, int *actor, uint32_t gap)
{
    if (!may_start_entry(S, i)) {
        *actor = 0;
        return 0;
    }
    return best_entry_keys(S, i, actor, NULL, gap, NULL);
}

/* The first token from i on where best_entry may find an actor or an
 * agent, or S->n (punctuation has no keys: never). */
static uint32_t next_entry_start(const sent *S, uint32_t i)
{
    while (i < S->n && !may_start_entry(S, i))
        i++;
    return i;
}

/* Whether token t is the word w, a string literal (its length is known
 * at compile time, so this is a length test and a short compare). */
#define is_word(tok, lit) ((tok)->n == sizeof(lit) - 1 && memcmp((tok)->w, (lit), sizeof(lit) - 1) == 0)

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

/* The actor code with an agent's code (before it with before set). The
 * codes' lengths are measured once, for the test and the joining. */
static const char *combine_code(arena *a, const char *actor, const char *code, int before)
{
    size_t cl = strlen(code);
    if (!actor || (actor[0] == '-' && actor[1] == '-' && actor[2] == '-' && !actor[3]))
        return before ? pl_arena_concat_n(a, code, cl, "---", 3) : pl_arena_concat_n(a, "---", 3, code, cl);
    size_t al = strlen(actor);
    /* "the US government" where US is already USAGOV */
    if (al >= cl && memcmp(before ? actor : actor + al - cl, code, cl) == 0)
        return actor;
    return before ? pl_arena_concat_n(a, code, cl, actor, al) : pl_arena_concat_n(a, actor, al, code, cl);
}

static const char *combine(arena *a, const char *actor, const cagent *ag,
                           const parley_cameo *c)
{
    return combine_code(a, actor, cameo_str(c, ag->code), ag->before);
}

/* Whether token i is TABARI's FORMER ("former security officials"). */
static int is_former(const sent *S, int64_t i)
{
    return i >= 0 && (uint32_t)i < S->n && is_word(&S->t[i], "former");
}

/* Agent ag joined to actor code: with "former" before the agent, or
 * before an actor the agent follows (first_t0: the first token of the
 * two), the agent is TABARI's ELI, CAMEO's elites ("former Gondor
 * prosecutors" is GONELI). */
static const char *join_agent(sent *S, const char *actor, const cagent *ag, uint32_t g0,
                              uint32_t first_t0)
{
    if (is_former(S, (int64_t)g0 - 1) || is_former(S, (int64_t)first_t0 - 1))
        return combine_code(S->a, actor, "ELI", 0);
    return combine(S->a, actor, ag, S->c);
}

/* A country's bare code on one word written in lower case inside a
 * sentence that is not all capitals: a common noun ("a pole"). */
static int common_noun(const sent *S, const mention *m)
{
    /* a code of three bytes, tested a byte at a time (every mention) */
    const char *mc = m->code;
    if (m->actor < 0 || !mc || !mc[0] || !mc[1] || !mc[2] || mc[3] || m->t1 != m->t0 + 1)
        return 0;
    const token *tk = &S->td->toks[S->t[m->t0].src];
    if (!(tk->flags & TOK_WORD) || (tk->flags & (TOK_CAP | TOK_ALLCAPS)))
        return 0;
    for (uint32_t i = tk->start; i < tk->end; i++) /* "iSrael" is a name */
        if (S->td->text[i] >= 'A' && S->td->text[i] <= 'Z')
            return 0;
    return 1;
}

/* Whether token i may stand inside a noun phrase between a possessive
 * and its head: with PETRARCH dictionaries (CoreNLP's noun phrases) a
 * word that is no function word, verb or punctuation ("first",
 * "deputy", "awful"); with TABARI's an adjective of the actors file's
 * list; or "and" between two such words ("awful and evil"). */
static int is_verb_word(const sent *S, uint32_t i);
static int is_adj(const sent *S, uint32_t i);
static int modifier_at(const sent *S, uint32_t i)
{
    const ctok *t = &S->t[i];
    if (t->flags & CT_PUNCT)
        return 0;
    if (is_word(t, "and"))
        return i + 1 < S->n && modifier_at(S, i + 1);
    if (S->c->format != PARLEY_CAMEO_PETRARCH)
        return is_adj(S, i);
    return !(t->cls & (WC_AUX | WC_GROUP | WC_NEG | WC_SUBORD | WC_PREP | WC_CONJ | WC_NOW |
                       WC_DET)) &&
           !is_verb_word(S, i);
}

/* A possessive noun phrase is one actor: the possessor's ("Dagolath's
 * first Deputy Prime Minister Telemar", "Ithilen's awful and evil
 * minister Calimehtar"). With PETRARCH dictionaries, which code the noun
 * phrase as a whole, the possessor takes the agent of the phrase's head
 * (DAGGOV, ITHGOV); with TABARI's, the head is dropped (ITH). Returns 0
 * or PARLEY_ENOMEM. */
static int possessive_phrases(sent *S)
{
    int o = 0;
    for (int k = 0; k < S->nm; k++) {
        mention *h = &S->m[k];
        if (o > 0 && h->actor >= 0 && h->code) {
            mention *p = &S->m[o - 1];
            uint32_t j = p->t1, words = 0;
            if (p->actor >= 0 && p->code && j < h->t0 && is_word(&S->t[j], "'s")) {
                for (j++; j < h->t0 && words <= 4 && modifier_at(S, j); j++)
                    words++;
            }
            if (p->actor >= 0 && p->code && j == h->t0 && words > 0 && words <= 4) {
                if (S->c->format == PARLEY_CAMEO_PETRARCH && h->joined) {
                    p->code = combine(S->a, p->code, &S->c->agents[h->joined - 1], S->c);
                    p->joined = h->joined;
                    if (!p->code)
                        return PARLEY_ENOMEM;
                }
                p->t1 = h->t1;
                continue;
            }
        }
        S->m[o++] = *h;
    }
    S->nm = o;
    return 0;
}

/* The actors and agents of the sentence by longest match, in order
 * (a "[FRO/BIL/SAM]" code as one mention a code). Returns 1 when the
 * sentence holds a discard code ("###"), 0, or PARLEY_ENOMEM. */
static int match_actors(sent *S)
{
    for (uint32_t i = next_entry_start(S, 0); i < S->n;) {
        int actor;
        uint32_t idx;
        /* a word that begins only pairs of two words right after each
         * other ("the"), before a word it is known to pair with in none
         * of their keys: nothing starts there (the next token has keys,
         * or may_start_entry would have said no) */
        const ctok *t = &S->t[i];
        int pairs_only = !(t->has & (((uint32_t)CK_HAS << CX_ACTOR) | CK_PAIRS2)) &&
                         i + 1 < S->n;
        if (pairs_only && pl_cameo_nopair(S->wc, t->k0, S->t[i + 1].k0)) {
            i = next_entry_start(S, i + 1);
            continue;
        }
        int seen;
        uint32_t L = best_entry_keys(S, i, &actor, &idx, 3, &seen);
        if (!L) {
            if (pairs_only && !seen)
                pl_cameo_nopair_add(S->wc, t->k0, S->t[i + 1].k0);
            i = next_entry_start(S, i + 1);
            continue;
        }
        mention m = {i, i + L, NULL, -1, -1, -1, 0, 0, 0};
        if (actor) {
            m.actor = (int)idx;
            m.code = resolve_code(S, m.actor);
            /* a discard, or TABARI's complexity code: nothing from the
             * sentence */
            if ((m.code[0] == '#' || m.code[0] == '+') && m.code[1] == m.code[0] &&
                m.code[2] == m.code[0] && !m.code[3])
                return 1;
        } else
            m.agent = (int)idx;
        if (m.code && strchr(m.code, '/')) {
            /* "[FRO/BIL/SAM]": a name for several actors at once */
            const char *p = m.code;
            while (*p) {
                size_t k = strcspn(p, "/");
                mention x = m;
                x.code = pl_arena_strndup(S->a, p, k);
                if (!x.code || push_mention(S, x))
                    return PARLEY_ENOMEM;
                p += k;
                if (*p)
                    p++;
            }
            i = next_entry_start(S, i + L);
            continue;
        }
        if (push_mention(S, m))
            return PARLEY_ENOMEM;
        i = next_entry_start(S, i + L);
    }
    return 0;
}

/* Whether token j is "," or "and", which list actors. */
static int list_word(const sent *S, uint32_t j)
{
    return is_word(&S->t[j], ",") || is_word(&S->t[j], "and");
}

/* PETRARCH: the agent ag joined to actor p goes to the actors listed
 * before it too ("Fornost and Gondor legislators"). */
static int agent_to_list_before(sent *S, mention *p, const cagent *ag)
{
    const parley_cameo *c = S->c;
    for (mention *q = p; c->format == PARLEY_CAMEO_PETRARCH && q > S->m;) {
        mention *pq = q - 1;
        uint32_t j = pq->t1;
        int sep = 0;
        while (j < q->t0 && list_word(S, j)) {
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
    return 0;
}

/* PETRARCH: the agent ag joined to actor nx goes to the actors listed
 * after it too ("the ambassadors of Arnor, Osgiliath and Gondor"). */
static int agent_to_list_after(sent *S, mention *nx, const cagent *ag)
{
    const parley_cameo *c = S->c;
    for (mention *q = nx; c->format == PARLEY_CAMEO_PETRARCH && q + 1 < S->m + S->nm;) {
        mention *nq = q + 1;
        uint32_t j2 = q->t1;
        int sep = 0;
        while (j2 < nq->t0 && list_word(S, j2)) {
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
    return 0;
}

/* Agent mention k joined to the actor right before it (possibly
 * through "'s" or "former"). Returns 1 when joined, 0, or
 * PARLEY_ENOMEM. */
static int agent_after_actor(sent *S, int k)
{
    mention *g = &S->m[k], *p = NULL;
    const cagent *ag = &S->c->agents[g->agent];
    for (int q = k - 1; q >= 0; q--)
        if (!S->m[q].absorbed) {
            p = &S->m[q];
            break;
        }
    if (!p || p->actor < 0)
        return 0;
    uint32_t gap = g->t0 - p->t1;
    if (!(gap == 0 ||
          (gap == 1 && (is_word(&S->t[p->t1], "'s") || is_former(S, p->t1)))))
        return 0;
    p->code = join_agent(S, p->code, ag, g->t0, p->t0);
    p->joined = g->agent + 1;
    p->t1 = g->t1;
    g->absorbed = 1;
    if (!p->code || agent_to_list_before(S, p, ag))
        return PARLEY_ENOMEM;
    return 1;
}

/* Agent mention k joined to the actor after it (possibly through "of",
 * "the", "for", "from", "in"). Returns 1 when joined, 0, or
 * PARLEY_ENOMEM. */
static int agent_before_actor(sent *S, int k)
{
    mention *g = &S->m[k];
    const cagent *ag = &S->c->agents[g->agent];
    mention *nx = k + 1 < S->nm ? &S->m[k + 1] : NULL;
    if (!nx || nx->actor < 0)
        return 0;
    uint32_t j = g->t1;
    while (j < nx->t0 && j < g->t1 + 3 &&
           (is_word(&S->t[j], "of") || is_word(&S->t[j], "the") ||
            is_word(&S->t[j], "for") || is_word(&S->t[j], "from") ||
            is_word(&S->t[j], "in")))
        j++;
    if (j != nx->t0)
        return 0;
    nx->code = join_agent(S, nx->code, ag, g->t0, g->t0);
    nx->joined = g->agent + 1;
    nx->t0 = g->t0;
    g->absorbed = 1;
    if (!nx->code || agent_to_list_after(S, nx, ag))
        return PARLEY_ENOMEM;
    return 1;
}

/* An agent alone: "---GOV" as PETRARCH writes it; TABARI ignores it
 * (or, with CONVERT AGENT, writes "~GOV"). */
static int agent_alone(sent *S, mention *g)
{
    const parley_cameo *c = S->c;
    const cagent *ag = &c->agents[g->agent];
    if (c->format != PARLEY_CAMEO_PETRARCH) {
        if (S->o && S->o->convert_agents) {
            g->code = pl_arena_printf(S->a, ag->before ? "%s~" : "~%s", cameo_str(c, ag->code));
            if (!g->code)
                return PARLEY_ENOMEM;
        } else
            g->absorbed = 1;
        return 0;
    }
    g->code = combine(S->a, NULL, ag, c);
    return g->code ? 0 : PARLEY_ENOMEM;
}

/* Agents join the actor before them (possibly through "'s"), else the
 * actor after them (possibly through "of", "the", "for"). */
static int join_agents(sent *S)
{
    for (int k = 0; k < S->nm; k++) {
        if (S->m[k].agent < 0 || S->m[k].absorbed)
            continue;
        int rc = agent_after_actor(S, k);
        if (!rc)
            rc = agent_before_actor(S, k);
        if (!rc)
            rc = agent_alone(S, &S->m[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* Drops absorbed mentions; a person right after an agent-combined actor
 * of the same country ("Bree President Romendacil") is the same actor. */
static void merge_persons(sent *S)
{
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
}

/* "at the UN in New York": a venue or a city where the event was held
 * is no actor (the caller's lexicon knows the places); nor a country's
 * code on a common noun. */
static void drop_places(sent *S)
{
    const cameo_run *run = S->run;
    if (!run || (!run->is_place && !run->proper_names))
        return;
    int o = 0;
    for (int k = 0; k < S->nm; k++) {
        const mention *m = &S->m[k];
        if (run->is_place && run->is_place(run->place_ud, S->td, S->si, S->t[m->t0].src,
                                           S->t[m->t1 - 1].src + 1))
            continue;
        if (run->proper_names && common_noun(S, m))
            continue;
        S->m[o++] = *m;
    }
    S->nm = o;
}

/* Finds actors and agents, combines each agent with its actor ("Arnor's
 * foreign minister", "the foreign minister of Arnor", "Calenardhon
 * government"), and groups compounds. Returns 1 when the sentence holds a
 * discard code ("###"), 0, or PARLEY_ENOMEM. */
static int find_actors(sent *S)
{
    int rc = match_actors(S);
    if (rc || (rc = join_agents(S)))
        return rc;
    merge_persons(S);
    if (possessive_phrases(S))
        return PARLEY_ENOMEM;
    drop_places(S);
    return 0;
}

/* Compounds: mentions separated only by ",", "and", "the" and adjectives
 * of the <ADJECTIVE> list ("Evil Mordor, the awful Fornost, and good
 * Gondor"), or sharing one span ("[FRO/SAM]"), form one group. With
 * PETRARCH dictionaries, whose parser finds the noun phrases, any
 * modifier after the "and" or comma ("Fornost and the evil awful
 * Gondor"). */
static void group_compounds(sent *S)
{
    int petr = S->c->format == PARLEY_CAMEO_PETRARCH;
    for (int k = 0; k < S->nm; k++) {
        S->m[k].group = k;
        if (k == 0)
            continue;
        mention *p = &S->m[k - 1], *q = &S->m[k];
        uint32_t j = p->t1;
        int sep = 0, and = 0;
        while (j < q->t0 && (is_word(&S->t[j], ",") || is_word(&S->t[j], "and") ||
                             is_word(&S->t[j], "nor") || is_word(&S->t[j], "or") ||
                             is_word(&S->t[j], "the") || is_adj(S, j) ||
                             (petr && and && modifier_at(S, j)))) {
            sep++;
            and |= is_word(&S->t[j], "and") || is_word(&S->t[j], ",") ||
                   is_word(&S->t[j], "nor") || is_word(&S->t[j], "or");
            j++;
        }
        /* TABARI: past its conjunction, a compound's member takes the
         * actors that follow it with only adjectives between ("Calenardhon
         * and the evil Arnor awful Gondor") */
        int more = !petr && p->group != k - 1;
        if ((j == q->t0 && sep && (and || more)) || (q->t0 == p->t0 && q->t1 == p->t1))
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
    if (S->inm)
        return S->inm[i];
    for (int k = 0; k < S->nm; k++)
        if (i >= S->m[k].t0 && i < S->m[k].t1)
            return 1;
    return 0;
}

/* Notes for every token whether a mention covers it, once the mentions
 * are known (in_mention is then one look). */
static int map_mentions(sent *S)
{
    uint8_t *m = S->buf->state + S->buf->cap + 1;
    memset(m, 0, S->n + 1);
    for (int k = 0; k < S->nm; k++)
        for (uint32_t i = S->m[k].t0; i < S->m[k].t1 && i < S->n; i++)
            m[i] = 1;
    S->inm = m;
    return 0;
}

/* The verb phrase at token i, longest first, or 0. */
static int verb_at_uncached(const sent *S, uint32_t i, uint32_t lim, vhit *out);

/* verb_at, remembered per token: the coder asks about the same tokens
 * again (clauses, participles, reported clauses). The answer for the
 * whole sentence stands unless the verb phrase runs past lim. */
static int verb_at_cached(const sent *S, uint32_t i, uint32_t lim, vhit *out)
{
    sent *W = (sent *)S; /* the cache only */
    if (!W->vstate)
        return verb_at_uncached(S, i, lim, out);
    if (!W->vstate[i]) {
        W->vstate[i] = verb_at_uncached(S, i, S->n, &W->vcache[i]) ? 2 : 1;
    }
    if (W->vstate[i] == 1)
        return 0;
    if (W->vcache[i].t1 > lim)
        return verb_at_uncached(S, i, lim, out);
    *out = W->vcache[i];
    return 1;
}

/* verb_at_cached, for a token that has verbs filed under its keys: most
 * tokens have none (verb_at_uncached would say 0 at once), and are
 * passed over without a call. */
static inline int verb_at(const sent *S, uint32_t i, uint32_t lim, vhit *out)
{
    if (!(S->t[i].has & ((uint32_t)CK_HAS << CX_VERB)))
        return 0;
    return verb_at_cached(S, i, lim, out);
}

static int verb_at_uncached(const sent *S, uint32_t i, uint32_t lim, vhit *out)
{
    const parley_cameo *c = S->c;
    const ctok *t = &S->t[i];
    /* no verb filed under its keys (punctuation has none): most tokens,
     * so this is asked first */
    if (!(t->has & ((uint32_t)CK_HAS << CX_VERB)))
        return 0;
    /* TABARI's noun shifts: after a determiner, or capitalised inside the
     * sentence, the word is not a verb */
    if (i > 0 && (is_word(&S->t[i - 1], "the") || is_word(&S->t[i - 1], "a") ||
                  is_word(&S->t[i - 1], "an")))
        return 0;
    if ((t->flags & CT_CAP) && !(t->flags & CT_FIRST))
        return 0;
    /* a possessive is a noun ("donate's cash") */
    if (i + 1 < S->n && is_word(&S->t[i + 1], "'s"))
        return 0;
    /* PETRARCH looks for verbs in its parse's verb phrases, where a modal
     * ("should") is none */
    if ((t->cls & WC_MODAL) && c->format == PARLEY_CAMEO_PETRARCH)
        return 0;
    const ckey *k0 = S->keys + t->k0, *ke = k0 + t->nk;
    int any = 0;
    for (const ckey *k = k0; k < ke && !any; k++) {
        size_t ne;
        entries(S, k, CX_VERB, &ne);
        any = ne > 0;
    }
    if (!any)
        return 0;
    /* a noun of the actor files: not a verb, whatever else matches */
    for (const ckey *k = k0; k < ke; k++) {
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_NOUN, &ne);
        const cpre *pre = ne ? c->ix_pre + (ix - c->ix_ents) : NULL;
        for (size_t q = 0; q < ne; q++) {
            /* every element spans a token or more: only a one-element
             * phrase can span just this one (what ix_pre says of a
             * phrase of more, or of one word, is enough: the entry is
             * not read) */
            if (pre[q].wf & CPRE_LONG)
                continue;
            if (pre[q].word) {
                if (i < lim && pre_word_at(&pre[q], k))
                    return 0;
                continue;
            }
            const centry *e = &c->ents[ix[q]];
            if (e->ph.n == 1 && match_seq(S, c->els + e->ph.el, 1, i, lim, 0) == 1)
                return 0;
        }
    }
    uint32_t bestlen = 0;
    int found = 0;
    /* the sentence's words folded as ix_pre's masks are, once
     * sentence_words has made them (words_in_sentence) */
    uint32_t lack = 0;
    if (S->words[CAMEO_BLOOM_ANY >> 6] & 1)
        lack = ~(uint32_t)(S->wsum | S->wsum >> 32);
    for (const ckey *k = k0; k < ke; k++) {
        size_t ne;
        const uint32_t *ix = entries(S, k, CX_VERB, &ne);
        const cpre *pre = ne ? c->ix_pre + (ix - c->ix_ents) : NULL;
        for (size_t q = 0; q < ne; q++) {
            /* before the sentence's start, or a word of the phrase
             * surely not in the sentence: passed over unread */
            if (i < pre[q].vpos || (pre[q].mask & lack))
                continue;
            if (pre[q].word) {
                /* the verb alone: it spans one token, so it is taken
                 * only as the first verb found, and then only when key
                 * k is its word (pre_word_at); its entry and verb are
                 * read only then */
                if (found || !pre_word_at(&pre[q], k))
                    continue;
                out->v = &c->verbs[c->ents[ix[q]].idx];
                out->t0 = i;
                out->t1 = i + 1;
                out->vt = i;
                bestlen = 1;
                found = 1;
                continue;
            }
            const centry *e = &c->ents[ix[q]];
            const cverb *v = &c->verbs[e->idx];
            if (i < v->vpos)
                continue;
            uint32_t s0 = i - v->vpos;
            if (v->ph.n > 1 && !words_in_sentence(S, c->els + v->ph.el, v->ph.n))
                continue;
            /* words before the verb must come right before it */
            uint32_t L = v->ph.n == 1 ? 1 : match_seq(S, c->els + v->ph.el, v->ph.n, s0, lim, 3);
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
    uint32_t words;    /* the words the pattern's literals matched */
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

static int is_verb_word(const sent *S, uint32_t i);

static int first_group_mention(const sent *S, int k);

/* ^ skips an actor with all of its compound ("at the United Arab
 * Emirates", "at Osgiliath and Eriador"): with TABARI dictionaries the
 * next one and the words before it ("with the leaders of Gondor"), with
 * PETRARCH's the noun phrase right there (an actor, else one word: a
 * noun phrase no dictionary codes, "warned their populations about");
 * one word when there is no actor. skip_after gives the token after
 * what it skips from token i, skip_before the token before what it
 * skips back from token i. */
static uint32_t skip_after(const sent *S, uint32_t i, uint32_t hi)
{
    int petr = S->c->format == PARLEY_CAMEO_PETRARCH;
    uint32_t a = petr && i + 1 < hi && is_word(&S->t[i], "the") ? i + 1 : i;
    int m = mention_after(S, a, hi, petr);
    if (m < 0)
        return i + 1;
    while (m + 1 < S->nm && S->m[m + 1].group == S->m[m].group)
        m++;
    return S->m[m].t1;
}

static int64_t skip_before(const sent *S, int64_t i, uint32_t lo)
{
    int m = mention_before(S, i, lo, S->c->format == PARLEY_CAMEO_PETRARCH);
    if (m < 0)
        return i - 1;
    m = first_group_mention(S, m);
    int64_t b = (int64_t)S->m[m].t0 - 1;
    if (b >= (int64_t)lo && is_word(&S->t[b], "the"))
        b--;
    return b;
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
    sl->words = 0;
    uint32_t w = 0;
    /* after the verb */
    uint32_t cur = vh->t1;
    for (uint32_t k = vi + 1; k < n; k++) {
        const cw *e = &els[k];
        int adj = e->adj;
        switch (e->kind) {
        case CW_SKIP:
            if (cur >= hi)
                return 0;
            cur = skip_after(S, cur, hi);
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
            uint64_t need = adj || e->grp ? 0 : start_bits(S, e);
            /* no token from cur on is one the element can start with:
             * the loop below would pass them all */
            if (need && hi <= S->n && (cur >= hi || !(S->after[cur] & need)))
                return 0;
            if (adj)
                L = match_el_w(S, e, cur, hi, &w);
            else
                for (; p < hi; p++) {
                    /* a token none of whose keys' words the element can
                     * start with: match_el_w would say 0 */
                    if (need && p < S->n && !(S->t[p].sec & need))
                        continue;
                    if ((L = match_el_w(S, e, p, hi, &w)))
                        break;
                    /* "(TO SANCTIONS)" is "to" and a noun phrase: "to lift
                     * the sanctions" is no such phrase */
                    if (e->grp && p > 0 && is_word(&S->t[p - 1], "to") &&
                        is_verb_word(S, p))
                        return 0;
                }
            if (!L)
                return 0;
            sl->words += w;
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
            bc = skip_before(S, bc, lo);
            break;
        case CW_SRC:
        case CW_TGT:
        case CW_CMP: {
            int m = mention_before(S, bc, lo, adj);
            if (m < 0)
                return 0;
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
            /* the match from each start s, worked out once: the starts
             * tried for an end p are p - span + 1 .. p, and most are
             * tried again for the ends before it (a ring of the last
             * span starts: no two of them share a place) */
            struct {
                int64_t s;
                uint32_t L, w;
            } memo[8];
            for (int q = 0; q < 8; q++)
                memo[q].s = -1;
            for (int64_t p = bc; p >= (int64_t)lo; p--) {
                for (int64_t s = p; s >= (int64_t)lo && s > p - span; s--) {
                    int q = (int)(s & 7);
                    if (memo[q].s != s) {
                        memo[q].s = s;
                        memo[q].L = match_el_w(S, e, (uint32_t)s, hi, &memo[q].w);
                    }
                    uint32_t L = memo[q].L;
                    w = memo[q].w;
                    if (L && (int64_t)(s + L - 1) == p) {
                        bc = s - 1;
                        ok = 1;
                        sl->words += w;
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

/* Whether code is none, "", "---" or "+++" (tested a byte at a time:
 * called for every mention of every clause). */
static inline int is_null_code(const char *code)
{
    if (!code || !*code)
        return 1;
    return (code[0] == '-' || code[0] == '+') && code[1] == code[0] && code[2] == code[0] &&
           !code[3];
}

typedef struct docctx {
    cameo_evs *out;
    arena *a;
    const char *topics[PARLEY_MAX_TOPICS];
    size_t ntopics;
    uint32_t sentence;
    size_t first; /* the sentence's first event in out */
    uint32_t v0, v1; /* the verb being coded (sentence tokens) */
    int negated;
    /* the first coded verb of the clause, its tokens and source mention */
    const char *clause_code;
    uint32_t clause_v0, clause_v1;
    int clause_src;
    /* a reported clause that ran to its clause's end: a conjunct verb
     * without a subject of its own continues it ("claimed that ISIL had
     * attacked Iraq and taken Mosul") */
    int rep_open, rep_src, rep_upper_src;
    const char *rep_upper;
    uint32_t rep_v0, rep_v1;
    int complex; /* a "[+++]" code was met: the sentence is not coded */
    int dom;     /* the verb being coded has a dominant code */
} docctx;

/* Whether two actor codes are one party: the same code, or a state and
 * its government or state as a whole ("FRA" and "FRAGOV"). */
static int self_dyad(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1;
    /* the same first three bytes (no NUL among them), not "---", and one
     * code of three bytes: y the other, longer one (told a byte at a
     * time: every event coded asks) */
    if (!a[0] || !a[1] || !a[2] || a[0] != b[0] || a[1] != b[1] || a[2] != b[2] ||
        (a[0] == '-' && a[1] == '-' && a[2] == '-'))
        return 0;
    const char *y = !a[3] ? b : !b[3] ? a : NULL;
    if (!y)
        return 0;
    /* a bare code of three letters that is not a region or a kind of
     * group, and the same code with a state sector */
    static const char *const state[] = {"GOV", "MIL", "GOVMIL", "GOVPRS", NULL};
    for (int k = 0; state[k]; k++)
        if (!strcmp(y + 3, state[k]))
            return 1;
    return 0;
}

static int emit(docctx *D, sent *S, int src, int tgt, const char *code)
{
    cameo_evs *r = D->out;
    if (is_null_code(code))
        return 0;
    const mention *a = &S->m[src], *b = &S->m[tgt];
    int one_sided = S->o && S->o->one_sided && !strcmp(b->code, "---");
    if (is_null_code(a->code) || (is_null_code(b->code) && !one_sided) || src == tgt ||
        self_dyad(a->code, b->code))
        return 0;
    /* the same event once */
    for (size_t i = D->first; i < r->n; i++) {
        const cameo_ev *e = &r->v[i];
        if (strcmp(e->code, code) == 0 && strcmp(e->src, a->code) == 0 &&
            strcmp(e->tgt, b->code) == 0)
            return 0;
    }
    if (r->n == r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 16;
        cameo_ev *q = arena_alloc(D->a, nc * sizeof *q);
        if (!q)
            return PARLEY_ENOMEM;
        if (r->n)
            memcpy(q, r->v, r->n * sizeof *q);
        r->v = q;
        r->cap = nc;
    }
    cameo_ev *e = &r->v[r->n];
    memset(e, 0, sizeof *e);
    /* no copies: the code is the dictionaries' or emit_groups_of's in
     * the arena, the mentions' codes the dictionaries', static or made in
     * the arena (stand_ins) */
    e->code = code;
    e->src = a->code;
    e->tgt = b->code;
    e->sent = D->sentence;
    e->v0 = S->t[D->v0].src;
    e->v1 = S->t[D->v1 - 1].src + 1;
    e->s0 = S->t[a->t0].src;
    e->s1 = S->t[a->t1 - 1].src + 1;
    e->t0 = S->t[b->t0].src;
    e->t1 = S->t[b->t1 - 1].src + 1;
    e->negated = D->negated;
    e->dom = D->dom;
    for (size_t i = 0; i < D->ntopics; i++)
        e->topics[i] = D->topics[i];
    e->ntopics = D->ntopics;
    r->n++;
    return 0;
}

/* Events between the members of the source and target mentions' groups
 * (the mention alone where alone has bit 1 for the source, 2 for the
 * target); "A:B" codes give A source→target and B target→source. */
static int emit_groups_of(docctx *D, sent *S, int src, int tgt, const char *code, int alone)
{
    /* codes of 32 bytes or more (either side of the colon) give none */
    const char *fwd = code, *rev = "";
    const char *colon = strchr(code, ':');
    if (colon) {
        size_t k = (size_t)(colon - code);
        if (k >= 32 || strlen(colon + 1) >= 32)
            return 0;
        if (!(fwd = pl_arena_strndup(D->a, code, k)))
            return PARLEY_ENOMEM;
        rev = colon + 1;
    } else if (strlen(code) >= 32) {
        return 0;
    }
    if (src != tgt && S->m[src].group == S->m[tgt].group) {
        /* two members of one compound: the one to the other */
        int rc = emit(D, S, src, tgt, fwd);
        return !rc && rev[0] ? emit(D, S, tgt, src, rev) : rc;
    }
    for (int a = 0; a < S->nm; a++) {
        if (S->m[a].group != S->m[src].group || ((alone & 1) && a != src))
            continue;
        for (int b = 0; b < S->nm; b++) {
            if (S->m[b].group != S->m[tgt].group || a == b || ((alone & 2) && b != tgt))
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

static int emit_groups(docctx *D, sent *S, int src, int tgt, const char *code)
{
    return emit_groups_of(D, S, src, tgt, code, 0);
}

/* A compound slot: every member to every other. */
static int emit_compound(docctx *D, sent *S, int cmp, const char *code)
{
    return emit_groups(D, S, cmp, cmp, code);
}

/* Whether code is the code of the source src or, unless it stands
 * alone, of another member of its compound ("they … assist them": not
 * the target). */
static int source_code(const sent *S, int src, int alone, const char *code)
{
    for (int k = src; k < S->nm && (k == src || (!alone && S->m[k].group == S->m[src].group));
         k++)
        if (!strcmp(S->m[k].code, code))
            return 1;
    return 0;
}

static int first_group_mention(const sent *S, int k)
{
    while (k > 0 && S->m[k - 1].group == S->m[k].group)
        k--;
    return k;
}

/* The first of the scan entries [sc, end) whose required words may all
 * be in the sentence as far as its Bloom filter (W, and lack: the bits
 * no word of it has modulo 64) tells, or end. */
static const cpscan *next_scan(const cpscan *sc, const cpscan *end, uint64_t lack,
                               const uint64_t *W)
{
    for (; sc < end; sc++) {
        if (sc->rmask & lack)
            continue;
        uint32_t b0 = sc->bits & 4095, b1 = (sc->bits >> 12) & 4095;
        if ((W[b0 >> 6] >> (b0 & 63)) & (W[b1 >> 6] >> (b1 & 63)) & 1)
            break;
    }
    return sc;
}

/* The most specific pattern of the verb's block that matches (most
 * literal elements; of equals, the one with more plain words, then the
 * one matching more words, then the first), or NULL. The block's
 * patterns are tried in order of their literals (porder), so only those
 * as specific as the first that matches need trying; a pattern with a
 * word the sentence lacks is passed over. */
static const cpattern *best_pattern(const sent *S, const vhit *vh, uint32_t lo,
                                    uint32_t hi, slots *bs)
{
    const parley_cameo *c = S->c;
    const cblock *bl = &c->blocks[vh->v->block];
    const cpattern *best = NULL;
    bs->src = bs->tgt = bs->cmp = -1;
    const cpscan *sc0 = c->pscan + bl->ord0, *end = sc0 + bl->nord;
    const uint64_t lack = ~S->wsum;
    const uint64_t *W = S->words;
    /* a word it needs is surely not in the sentence: passing it before
     * the test of nlit below changes nothing, as a later pattern that
     * gets there stops the loop in its place */
    for (const cpscan *sc = next_scan(sc0, end, lack, W); sc < end;
         sc = next_scan(sc + 1, end, lack, W)) {
        const cpattern *pt = &c->pats[sc->pat];
        uint32_t nlit = sc->bits >> 24;
        if (best && (nlit < CPSCAN_NLIT ? nlit : pt->nlit) < best->nlit)
            break;
        if (best && pt->nwords < best->nwords)
            continue;
        uint32_t r = pt->nreq < 2 ? pt->nreq : 2;
        while (r < pt->nreq && in_sentence(S, c->preq[pt->req0 + r]))
            r++;
        if (r < pt->nreq)
            continue;
        slots sl;
        if (match_pattern(S, pt, vh, lo, hi, &sl) &&
            (!best || pt->nwords > best->nwords || sl.words > bs->words)) {
            *bs = sl;
            best = pt;
        }
    }
    return best;
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
    return (t->cls & WC_AUX) != 0;
}

/* Words of a verb group that may stand between a negation and its verb
 * ("did not formally sign", "has never been").  */
static int is_group_word(const ctok *t)
{
    return (t->cls & WC_GROUP) || (t->n > 3 && ends(t->w, t->n, "ly"));
}

static int is_negation(const ctok *t)
{
    return (t->cls & WC_NEG) != 0;
}

/* Verbs that deny the event of the verb they govern: "denied shelling",
 * "refused to help", "failed to meet", "stopped attacking". */
static int is_denial(const ctok *t)
{
    return (t->cls & WC_DENY) != 0;
}

/* Whether the verb phrase starting at token v0 is negated: "not", "n't"
 * or "never" in the verb group before it ("would not help", "has never
 * met"), or a verb that denies it ("denied shelling"), unless the pattern
 * that matched names words before the verb (a dictionary's "NOT *"
 * pattern codes what the negation means). */
static int lower_literals(const parley_cameo *c, const cpattern *pt);
static int negated_verb(const sent *S, uint32_t lo, uint32_t v0,
                        const cpattern *pt)
{
    int neg = 0;
    for (uint32_t k = v0; k > lo && !neg; k--) {
        const ctok *t = &S->t[k - 1];
        if (is_negation(t) || is_denial(t))
            neg = 1;
        else if (!is_group_word(t) && !is_word(t, "having"))
            break;
    }
    /* a pattern with words before its verb ("NOT *", "&NEGATVAUXVRB *")
     * has read the verb group itself */
    return neg && !(pt && lower_literals(S->c, pt));
}

/* Whether some dictionary verb has the word of token i ("leave"). */
static int is_verb_word(const sent *S, uint32_t i)
{
    const ctok *t = &S->t[i];
    for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
        size_t ne;
        entries(S, k, CX_VERB, &ne);
        if (ne)
            return 1;
    }
    return 0;
}

/* The "by" of a passive's agent: right after the verb phrase ending at
 * t1, or a few words further when no actor stands between ("was freed on
 * Monday by"); hi when there is none. */
static uint32_t by_after(const sent *S, uint32_t t1, uint32_t hi)
{
    for (uint32_t k = t1; k < hi && k <= t1 + 4; k++) {
        if (is_word(&S->t[k], "by"))
            return k;
        /* only a time or a place between: no actor, no other verb */
        if (in_mention(S, k) || (S->t[k].flags & CT_PUNCT) || is_word(&S->t[k], "to") ||
            is_verb_word(S, k))
            break;
    }
    return hi;
}

static int is_prep_or_time(const ctok *t)
{
    return (t->cls & WC_PREPTIME) != 0;
}

static int is_subordinator(const ctok *t)
{
    return (t->cls & WC_SUBORD) != 0;
}

/* Whether a verb word at i is finite: a past form ("-ed") or after an
 * auxiliary or modal ("were released", "will meet"). */
static int finite_at(const sent *S, uint32_t i, uint32_t lo)
{
    const ctok *t = &S->t[i];
    if (i > lo && (is_aux(&S->t[i - 1]) || is_group_word(&S->t[i - 1])))
        /* "were released", not "to be allowed" */
        return !is_word(&S->t[i - 1], "to") &&
               !(i > lo + 1 && is_word(&S->t[i - 2], "to"));
    return ends(t->w, t->n, "ed") && !(i > lo && is_word(&S->t[i - 1], "to"));
}

/* A participle that describes the noun before it ("a report released on
 * Tuesday accused …", "the civilians imprisoned for … were released"):
 * an "-ed" verb with no auxiliary before it, followed by a preposition or
 * a time word, in a clause whose finite verb comes later. */
static int participle(const sent *S, const vhit *vh, uint32_t lo, uint32_t hi)
{
    const ctok *v = &S->t[vh->vt];
    if (vh->t0 != vh->vt || vh->t0 <= lo || vh->t1 >= hi || !ends(v->w, v->n, "ed"))
        return 0;
    const ctok *before = &S->t[vh->t0 - 1];
    if ((before->flags & CT_PUNCT) || is_aux(before) || is_group_word(before) ||
        is_word(before, "and") || is_word(before, "who") || is_word(before, "which"))
        return 0;
    if (!is_prep_or_time(&S->t[vh->t1]))
        return 0;
    for (uint32_t j = vh->t1 + 1; j < hi; j++) {
        if (is_subordinator(&S->t[j]))
            break; /* "until that group yielded": another clause's verb */
        if (in_mention(S, j) || (S->t[j].flags & CT_PUNCT))
            continue;
        vhit v2;
        if (verb_at(S, j, hi, &v2) && finite_at(S, v2.t0, lo))
            return 1;
    }
    return 0;
}

/* Whether a noun phrase follows the verb phrase ending at token i in the
 * clause ending at hi, as PETRARCH's parse would have one there even
 * when no dictionary codes it: a word other than a verb group's, a
 * conjunction or a bare time adverb, possibly after a preposition,
 * determiners and adverbs ("said on Saturday", "burned down its
 * embassy"; not "said today" or "said."). */
static int noun_phrase_after(const sent *S, uint32_t i, uint32_t hi)
{
    int prep = 0;
    for (uint32_t j = i; j < hi && j < i + 5; j++) {
        const ctok *t = &S->t[j];
        if (t->flags & CT_PUNCT)
            return 0;
        if (t->cls & WC_PREP) {
            prep = 1;
            continue;
        }
        if (t->cls & WC_NOW)
            return prep;
        if (t->cls & (WC_AUX | WC_GROUP | WC_NEG | WC_SUBORD | WC_CONJ))
            return 0;
        if (is_word(t, "the") || is_word(t, "a") || is_word(t, "an") ||
            (t->n > 3 && ends(t->w, t->n, "ly")))
            continue;
        return !is_verb_word(S, j);
    }
    return 0;
}

/* PETRARCH's % after the verb stands for the target of the clause's
 * subject ("Eriador agrees with %": Eriador), the pattern's own $ first:
 * that subject, or -1 when there is none or the compound comes before the
 * verb, and the compound's members are each other's (as PETRARCH's unit
 * records have it: "% have delayed their meeting after … Cirith Ungol"
 * is no event with Cirith Ungol). */
static int compound_partner(const sent *S, const vhit *vh, const slots *bs, uint32_t lo)
{
    int g = S->m[bs->cmp].group;
    if (S->m[bs->cmp].t0 < vh->t0)
        return -1;
    if (bs->src >= 0)
        return bs->src;
    for (int k = 0; k < S->nm; k++) {
        const mention *m = &S->m[k];
        if (m->group != g && !is_null_code(m->code) && m->t0 >= lo && m->t1 <= vh->t0)
            return first_group_mention(S, k);
    }
    return -1;
}

/* TABARI's subordinate codes: when the verb vh (of a subordinate code)
 * has no pattern that matches, a later verb of the clause whose pattern
 * reaches back over it codes instead ("said it would act now": ACT's
 * "SAID WOULD * NOW"): *vh, *best, *bs and *i are then that verb's. */
static void subordinate_verb(const sent *S, uint32_t hi, uint32_t vhi, uint32_t lo,
                             vhit *vh, const cpattern **best, slots *bs, uint32_t *i)
{
    const parley_cameo *c = S->c;
    for (uint32_t j = vh->t1; j < vhi; j++) {
        vhit v2 = {0};
        slots s2;
        if (in_mention(S, j) || !verb_at(S, j, hi, &v2))
            continue;
        const cpattern *p2 = best_pattern(S, &v2, lo, hi, &s2);
        if ((p2 && lower_literals(c, p2) && p2->ph.el != 0) ||
            !is_null_code(cameo_str(c, p2 ? p2->code : v2.v->code))) {
            *vh = v2;
            *best = p2;
            *bs = s2;
            *i = j;
            return;
        }
        j = v2.t1 - 1;
    }
}

/* A passive ("Eriador was opposed by Osgiliath", "the mayor was freed
 * on Monday by Israel"): the actor after "by" is the source, the
 * clause's first actor before the verb the target. */
static void passive_roles(const sent *S, const vhit *vh, uint32_t lo, uint32_t hi, int *src,
                          int *tgt)
{
    uint32_t byk = by_after(S, vh->t1, hi);
    if (!(*src < 0 && *tgt < 0 && vh->t0 > lo && byk + 1 < hi &&
          (is_aux(&S->t[vh->t0 - 1]) ||
           (vh->t0 > lo + 1 && is_aux(&S->t[vh->t0 - 2]) &&
            ends(S->t[vh->t0 - 1].w, S->t[vh->t0 - 1].n, "ly")))))
        return;
    int by = mention_after(S, byk + 1, hi, 1);
    int subj = -1;
    for (int k = 0; k < S->nm; k++)
        if (S->m[k].t0 >= lo && S->m[k].t1 <= vh->t0) {
            subj = k;
            break;
        }
    if (by >= 0 && subj >= 0) {
        *src = by;
        *tgt = subj;
    }
}

/* The source when the pattern names none: the clause's first actor
 * before the verb, else the source carried from the clause before, else
 * (unless a DEFAULT source stands in before the verb) the first actor
 * after the verb, which with TABARI dictionaries is the source alone
 * (*src_after set). */
static int clause_source(const sent *S, const vhit *vh, uint32_t lo, uint32_t hi, int tgt,
                         int src_io, int *src_after)
{
    int tabari = S->c->format != PARLEY_CAMEO_PETRARCH;
    for (int k = 0; k < S->nm; k++)
        if (S->m[k].t0 >= lo && S->m[k].t1 <= vh->t0 && k != tgt &&
            !is_null_code(S->m[k].code))
            return k;
    if (src_io >= 0)
        return src_io;
    if (S->o && S->o->default_source && S->o->default_prior)
        return -1;
    for (int k = 0; k < S->nm; k++)
        if (S->m[k].t0 >= vh->t1 && S->m[k].t0 < hi && k != tgt &&
            !is_null_code(S->m[k].code)) {
            *src_after = tabari;
            return k;
        }
    return -1;
}

/* The target when the pattern names none: the first actor after the
 * verb that is not the source, nor stands for it ("Sam has begun to
 * question whether he … with the Orcs": the Orcs). */
static int clause_target(const sent *S, const vhit *vh, uint32_t hi, int src, int src_after)
{
    for (int k = 0; k < S->nm; k++)
        if (S->m[k].t0 >= vh->t1 && S->m[k].t0 < hi && !is_null_code(S->m[k].code) &&
            (src < 0 || ((src_after ? k > src : S->m[k].group != S->m[src].group) &&
                         !source_code(S, src, src_after, S->m[k].code))))
            return src_after ? k : first_group_mention(S, k);
    return -1;
}

/* TABARI: no target after the verb, the nearest actor before it, within
 * the commas around the verb, that is not the source, a member of the
 * source's compound too ("Arnor was … for Eriador warning", "Bree and
 * Arnor are about to restore ties": BRE ARN), or -1. */
static int target_before(const sent *S, const vhit *vh, uint32_t lo, int src)
{
    uint32_t tlo = vh->t0;
    while (tlo > lo && !is_word(&S->t[tlo - 1], ","))
        tlo--;
    for (int k = S->nm; k-- > 0;)
        if (S->m[k].t0 >= tlo && S->m[k].t1 <= vh->t0 && k != src && !S->m[k].pron &&
            !is_null_code(S->m[k].code) && strcmp(S->m[k].code, S->m[src].code))
            return k;
    return -1;
}

/* Stand-ins for a missing participant, placed on the verb: PETRARCH's
 * require_dyad = false (an uncoded noun phrase after the verb is the
 * target "---") and TABARI's DEFAULT option. They live for this event
 * only (the caller restores S->nm). Returns 0 or PARLEY_ENOMEM. */
static int stand_ins(sent *S, const vhit *vh, uint32_t hi, int *src, int *tgt)
{
    const parley_cameo_code_opts *o = S->o;
    if (o && o->one_sided && *tgt < 0 && *src >= 0 && noun_phrase_after(S, vh->t1, hi)) {
        mention m = {vh->vt, vh->vt + 1, "---", -1, -1, S->nm, 1, 0, 0};
        if (push_mention(S, m))
            return PARLEY_ENOMEM;
        *tgt = S->nm - 1;
    }
    for (int side = 0; o && side < 2; side++) {
        const char *dc = side ? o->default_target : o->default_source;
        int *slot = side ? tgt : src;
        if (*slot >= 0 || !dc)
            continue;
        /* in the arena, as every code an event may name (cameo_ev) */
        if (!(dc = pl_arena_strdup(S->a, dc)))
            return PARLEY_ENOMEM;
        mention m = {vh->vt, vh->vt + 1, dc, -1, -1, S->nm, 1, 0, 0};
        if (push_mention(S, m))
            return PARLEY_ENOMEM;
        *slot = S->nm - 1;
    }
    return 0;
}

/* What code_verb tells code_clause: go on to the token after the verb
 * (having coded something or not), or end the clause returning 0 or 1. */
enum { CV_NEXT, CV_NEXT_CODED, CV_END0, CV_END1 };

/* Codes the verb vh with pattern best (slots bs) and code: source and
 * target, then the events. */
static int code_roles(docctx *D, sent *S, const vhit *vh, const slots *bs, const char *code,
                      uint32_t lo, uint32_t hi, int *src_io)
{
    const parley_cameo *c = S->c;
    const parley_cameo_code_opts *o = S->o;
    int src = bs->src, tgt = bs->tgt;
    passive_roles(S, vh, lo, hi, &src, &tgt);
    int tabari = c->format != PARLEY_CAMEO_PETRARCH;
    int src_after = 0; /* the source found after the verb */
    if (src < 0)
        src = clause_source(S, vh, lo, hi, tgt, *src_io, &src_after);
    /* TABARI: a source found after the verb is that actor alone, and the
     * target the next actor ("ties with Gondor and Bree": GON BRE) */
    if (src >= 0 && !src_after)
        src = first_group_mention(S, src);
    if (!D->clause_code) { /* what a "that" clause after it reports */
        D->clause_code = code;
        D->clause_src = src;
        D->clause_v0 = vh->t0;
        D->clause_v1 = vh->t1;
    }
    tgt = tgt < 0 ? clause_target(S, vh, hi, src, src_after) : first_group_mention(S, tgt);
    int alone = src_after; /* the source alone, not its compound */
    if (tgt < 0 && src >= 0 && tabari && !(o && o->default_target && o->default_after) &&
        (tgt = target_before(S, vh, lo, src)) >= 0)
        alone |= 2; /* that actor, not its compound */
    int nm0 = S->nm;
    if (stand_ins(S, vh, hi, &src, &tgt))
        return PARLEY_ENOMEM;
    if (src < 0 || tgt < 0) {
        if (src >= 0 && src < nm0)
            *src_io = src;
        S->nm = nm0;
        return CV_END0;
    }
    *src_io = src < nm0 ? src : -1;
    size_t before = D->out->n;
    int rc = emit_groups_of(D, S, src, tgt, code, alone);
    S->nm = nm0; /* stand-ins live for this event only */
    if (rc)
        return rc;
    if (D->out->n == before)
        return CV_NEXT; /* nothing coded: on to the next verb */
    return o && o->code_by == 2 ? CV_NEXT_CODED : CV_END1; /* CODE ALL: on */
}

/* Codes the verb vh at token *i of clause [lo, hi) (verbs before vhi):
 * its most specific pattern (or a later verb's, for a subordinate
 * code), then source and target. Returns a CV_* (with *i the verb's
 * last token for CV_NEXT*) or PARLEY_ENOMEM. */
static int code_verb(docctx *D, sent *S, vhit *vh, uint32_t *i, uint32_t lo, uint32_t hi,
                     uint32_t vhi, int *src_io)
{
    const parley_cameo *c = S->c;
    slots bs;
    const cpattern *best = best_pattern(S, vh, lo, hi, &bs);
    if (!best && vh->v->sub)
        subordinate_verb(S, hi, vhi, lo, vh, &best, &bs, i);
    const char *code = cameo_str(c, best ? best->code : vh->v->code);
    if (code[0] == '+' && code[1] == '+' && code[2] == '+' && !code[3]) {
        /* TABARI's complexity code ("+++") */
        D->complex = 1;
        return CV_END1;
    }
    *i = vh->t1 - 1;
    if (is_null_code(code) && !strchr(code, ':'))
        return CV_NEXT;
    D->v0 = vh->t0;
    D->v1 = vh->t1;
    D->dom = best ? best->dom : vh->v->dom;
    D->negated = negated_verb(S, lo, vh->t0, best);
    if (bs.cmp >= 0) {
        int other = c->format == PARLEY_CAMEO_PETRARCH ? compound_partner(S, vh, &bs, lo) : -1;
        int rc = other < 0 ? emit_compound(D, S, bs.cmp, code)
                           : emit_groups(D, S, other, bs.cmp, code);
        *src_io = other < 0 ? bs.cmp : other;
        return rc ? rc : CV_END1;
    }
    return code_roles(D, S, vh, &bs, code, lo, hi, src_io);
}

/* Codes one clause [lo, hi). *src_io carries the source between clauses.
 * Returns 1 when an event was coded, 0, or PARLEY_ENOMEM. */
static int code_clause(docctx *D, sent *S, uint32_t lo, uint32_t hi, int *src_io)
{
    int coded = 0;
    uint32_t vhi = hi < S->vlim ? hi : S->vlim;
    for (uint32_t i = lo; i < vhi; i++) {
        if (in_mention(S, i))
            continue;
        vhit vh = {0};
        if (!verb_at(S, i, hi, &vh))
            continue;
        if (participle(S, &vh, lo, hi)) {
            i = vh.t1 - 1;
            continue;
        }
        int rc = code_verb(D, S, &vh, &i, lo, hi, vhi, src_io);
        if (rc < 0)
            return rc;
        if (rc == CV_END0 || rc == CV_END1)
            return rc == CV_END1;
        coded |= rc == CV_NEXT_CODED;
    }
    return coded;
}

/* Whether a discard phrase occurs in the sentence: 0 none, 1 sentence,
 * 2 story. */
static int discarded(const sent *S)
{
    const parley_cameo *c = S->c;
    int r = 0;
    if (!(S->has & ((uint32_t)CK_HAS << CX_DISCARD)))
        return 0;
    for (uint32_t i = 0; i < S->n; i++) {
        const ctok *t = &S->t[i];
        if (!(t->has & ((uint32_t)CK_HAS << CX_DISCARD)))
            continue;
        uint64_t next = i + 1 < S->n ? S->t[i + 1].sec : 0;
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            /* no phrase filed under it can go on with the next token */
            if (c->discard_next && c->discard_next[k->wid] != UINT64_MAX &&
                !(c->discard_next[k->wid] & next))
                continue;
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
    if (!c->nissues || !(S->has & ((uint32_t)CK_HAS << CX_ISSUE)))
        return 0;
    for (uint32_t i = 0; i < S->n; i++) {
        const ctok *t = &S->t[i];
        if (!(t->has & ((uint32_t)CK_HAS << CX_ISSUE)))
            continue;
        uint64_t next = i + 1 < S->n ? S->t[i + 1].sec : 0;
        for (const ckey *k = S->keys + t->k0, *ke = k + t->nk; k < ke; k++) {
            /* no phrase filed under it can go on with the next token */
            if (c->issue_next && c->issue_next[k->wid] != UINT64_MAX &&
                !(c->issue_next[k->wid] & next))
                continue;
            size_t ne;
            const uint32_t *ix = entries(S, k, CX_ISSUE, &ne);
            for (size_t q = 0; q < ne; q++) {
                const centry *e = &c->ents[ix[q]];
                if (!second_may_follow(S, c->els + e->ph.el, e->ph.n, i, 0) ||
                    !match_seq(S, c->els + e->ph.el, e->ph.n, i, S->n, 0))
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

/* Sets the keys of coder's token t, a word of text_doc token tk made
 * by splitting or cutting it, from this thread's words: every comparison
 * of a dictionary word with a token is then a comparison of word ids.
 * Returns 0 or PARLEY_ENOMEM. */
static int key_word(sent *S, ctok *t, const token *tk)
{
    uint64_t h = tk->fold_len == t->n ? tk->hash : text_hash(t->w, t->n);
    const tentry *e = pl_cameo_word_entry(S->wc, t->w, t->n, h);
    if (!e)
        return PARLEY_ENOMEM;
    t->k0 = e->k0;
    t->nk = e->nk;
    t->has = e->has;
    t->sec = e->sec;
    t->psec = e->psec;
    t->cls = e->cls;
    t->bb = e->bb;
    S->has |= e->has;
    S->cls |= e->cls;
    return 0;
}

/* The Bloom filter of the sentence's words (S->words, S->wsum), and
 * what the tokens from each on have (S->after), made for the sentences
 * that look for verbs (best_pattern). */
static void sentence_words(sent *S)
{
    memset(S->words, 0, sizeof S->words);
    uint64_t after = 0;
    S->after[S->n] = 0;
    for (uint32_t i = S->n; i-- > 0;) {
        /* the first key's bit is the token's: no loop over the keys for
         * most tokens, which have one key or none (their bit is then
         * CAMEO_BLOOM_ANY's, set anyway) */
        const ctok *t = &S->t[i];
        after |= t->sec;
        S->after[i] = after;
        S->words[t->bb >> 6] |= 1ULL << (t->bb & 63);
        if (t->nk < 2)
            continue;
        for (const ckey *ky = S->keys + t->k0 + 1, *ke = ky + t->nk - 1; ky < ke; ky++) {
            uint32_t b = bloom_bit(ky->wid);
            S->words[b >> 6] |= 1ULL << (b & 63);
        }
    }
    S->words[CAMEO_BLOOM_ANY >> 6] = 1;
    S->wsum = 0;
    for (int k = 0; k < 32; k++)
        S->wsum |= S->words[k];
}

/* Appends word w[0..n) (NUL-terminated at n) of text_doc token k as a
 * coder's token, without keys; S->t has room for it. */
static ctok *add_word(sent *S, uint32_t k, const char *w, size_t n, uint32_t flags)
{
    ctok *c = &S->t[S->n++];
    c->w = w;
    c->n = (uint32_t)n;
    c->k0 = c->nk = c->has = 0;
    c->sec = c->psec = 0;
    c->src = k;
    c->flags = flags;
    c->cls = 0;
    c->bb = CAMEO_BLOOM_ANY;
    return c;
}

/* Appends a word of text_doc token k made by splitting or cutting it,
 * with its keys (key_word). Returns 0 or PARLEY_ENOMEM. */
static int add_split(sent *S, const token *tk, uint32_t k, const char *w, size_t n,
                     uint32_t flags)
{
    return key_word(S, add_word(S, k, w, n, flags), tk);
}

/* Appends the parts of folded token k split at hyphens, its dots
 * dropped ("u.s.-led": "us", "led"), while S->t has fewer than cap
 * tokens; first (CT_FIRST or 0) goes to every part, CT_CAP to the first
 * when capital. Returns 0 or PARLEY_ENOMEM. */
static int add_parts(sent *S, size_t cap, const token *tk, uint32_t k, uint32_t first,
                     int capital)
{
    const char *f = tk->fold;
    size_t fl = tk->fold_len;
    char *w = arena_alloc(S->a, fl + 1);
    if (!w)
        return PARLEY_ENOMEM;
    size_t o = 0;
    for (size_t i = 0; i < fl; i++)
        if (f[i] != '.')
            w[o++] = f[i];
    w[o] = '\0';
    int part = 0;
    for (size_t p = 0; p <= o;) {
        size_t e = p;
        while (e < o && w[e] != '-')
            e++;
        if (e > p && S->n < cap) {
            w[e] = '\0';
            if (add_split(S, tk, k, w + p, e - p, first | (capital && !part ? CT_CAP : 0)))
                return PARLEY_ENOMEM;
            part++;
        }
        p = e + 1;
    }
    return 0;
}

/* Counts the words of tokens [t0, t1) in *words and those in capitals
 * in *caps. */
static void count_capitals(const text_doc *td, uint32_t t0, uint32_t t1, uint32_t *words,
                           uint32_t *caps)
{
    for (uint32_t k = t0; k < t1; k++)
        if (td->toks[k].flags & TOK_WORD) {
            ++*words;
            *caps += (td->toks[k].flags & TOK_ALLCAPS) != 0;
        }
}

/* Whether punctuation f (a token's fold) is dropped, not made one of
 * the coder's tokens. */
static inline int dropped_punct(const char *f)
{
    return f[0] == '-' || f[0] == '"' || f[0] == '\'' || f[0] == '(' || f[0] == ')' ||
           f[0] == '_';
}

/* The room the coder's tokens of tokens [t0, t1) may take: a word can
 * be split into several. */
static size_t tokens_cap(uint32_t t0, uint32_t t1)
{
    return (size_t)(t1 - t0) * 2 + 4;
}

/* Makes S's buffers (tokbuf) hold cap tokens. 0 or PARLEY_ENOMEM. */
static int reserve_tokens(sent *S, size_t cap)
{
    tokbuf *b = S->buf;
    if (cap <= b->cap)
        return 0;
    size_t nc = cap > 2 * b->cap ? cap : 2 * b->cap;
    /* one block: the tokens, vcache, after, then vstate and inm; this
     * thread's (words.h) unless the sentence is a long one, which the
     * arena gives its own */
    size_t per = sizeof(ctok) + sizeof(vhit) + sizeof(uint64_t) + 2,
           fix = sizeof(vhit) + sizeof(uint64_t) + 2;
    size_t have = S->wc->sbuf_size > fix ? (S->wc->sbuf_size - fix) / per : 0;
    char *m;
    if (nc <= TOKBUF_THREAD_MAX) {
        nc = nc > have ? nc : have;
        m = pl_cameo_words_buf(S->wc, nc * per + fix);
    } else {
        m = arena_alloc(S->a, nc * per + fix);
    }
    if (!m)
        return PARLEY_ENOMEM;
    b->t = (ctok *)m;
    b->vcache = (vhit *)(m + nc * sizeof(ctok));
    b->after = (uint64_t *)(b->vcache + nc + 1);
    b->state = (uint8_t *)(b->after + nc + 1);
    b->cap = nc;
    return 0;
}

/* Our tokens of one sentence as the coder's words: dots dropped, hyphens
 * splitting words as TABARI does; with PETRARCH dictionaries a negative
 * contraction split as the Penn Treebank splits it for PETRARCH's parser
 * ("didn't" is "did n't", "can't" "ca n't"). Most words are coded as
 * they are, with their keys from this thread's cache (words.h). In a
 * sentence whose words are mostly in capitals, which says nothing about
 * nouns, no word is capitalised (no noun shift then). */
__attribute__((noinline)) /* inlined, its loop runs short of registers */
static int make_tokens(sent *S, const text_doc *td, uint32_t t0, uint32_t t1)
{
    int petr = S->c->format == PARLEY_CAMEO_PETRARCH;
    size_t cap = tokens_cap(t0, t1);
    tokbuf *b = S->buf;
    if (reserve_tokens(S, cap))
        return PARLEY_ENOMEM;
    S->t = b->t;
    S->n = 0;
    uint32_t first = CT_FIRST, words = 0, caps = 0, anyf = 0, k;
    /* the tokens made, what they have, and the cache's table in locals
     * while words are coded as they are (a store to a token could be one
     * to S or to the cache as far as the compiler knows); written back to
     * S, and read again from the cache, around the other cases */
    ctok *T = S->t;
    uint32_t n = 0, has = S->has, cls = S->cls;
    tcache *wc = S->wc;
    const tentry *tab = wc->tab;
    const char *chars = wc->chars;
    size_t nslots = wc->nslots, mask = nslots - 1;
    const token *toks = td->toks;
    /* the tokens' words' slots and folded text asked for all at once,
     * before the first is read: the built-in stages ran over a whole
     * group of documents before the dictionaries code the first
     * (batch.c), so these lines, and the tokens, are far out of the
     * caches, and the loop below would wait for them one or two at a
     * time; this loop's loads of the tokens do not wait on each other */
    for (const token *p = toks + t0, *pe = toks + t1; nslots && p < pe; p++) {
        __builtin_prefetch(&tab[pl_cameo_word_slot(p->hash, mask)]);
        __builtin_prefetch(p->fold);
    }
    for (k = t0; k < t1; k++) {
        const token *tk = &toks[k];
        const char *f = tk->fold;
        size_t fl = tk->fold_len;
        uint32_t tf = tk->flags;
        anyf |= tf; /* the words in capitals are counted below, if any */
        if (tf & TOK_PUNCT) {
            if (dropped_punct(f))
                continue;
            if (n + 1 > cap)
                break;
            uint32_t pc = cameo_word_class(S->c, f, fl, tk->hash);
            T[n++] = (ctok){.w = f,
                            .n = (uint32_t)fl,
                            .flags = CT_PUNCT,
                            .src = k,
                            .cls = pc,
                            .bb = CAMEO_BLOOM_ANY};
            cls |= pc; /* ";" ends clauses, "," may */
            continue;
        }
        const tentry *te =
            nslots ? pl_cameo_word_cached(tab, mask, chars, f, fl, tk->hash) : NULL;
        if (!te) {
            if (!(te = pl_cameo_word_add(wc, f, fl, tk->hash)))
                return PARLEY_ENOMEM;
            tab = wc->tab;
            chars = wc->chars;
            nslots = wc->nslots;
            mask = nslots - 1;
        }
        /* CT_CAP is TOK_CAP >> 2 */
        uint32_t cf = first | ((tf & TOK_CAP) >> 2);
        first = 0;
        if (!te->odd && n < cap) { /* the word as it is, with its keys */
            ctok *c = &T[n++];
            c->w = f;
            c->n = (uint32_t)fl;
            c->flags = cf;
            c->wk = te->wk;
            c->src = k;
            c->bb = te->bb;
            has |= te->has;
            cls |= te->cls;
            continue;
        }
        int capital = (tf & TOK_CAP) != 0;
        S->n = n;
        S->has = has;
        S->cls = cls;
        /* the first '-' or '.' ('-' + 1), else fl */
        size_t dh = 0;
        while (dh < fl && (unsigned char)(f[dh] - '-') > 1)
            dh++;
        if (dh == fl && petr && fl > 3 && f[fl - 1] == 't' && f[fl - 2] == '\'' &&
            f[fl - 3] == 'n') {
            /* the Treebank's "did n't", "ca n't", "wo n't" */
            if (S->n + 2 > cap)
                break;
            char *w = pl_arena_strndup(S->a, f, fl - 3);
            if (!w || add_split(S, tk, k, w, fl - 3, cf) || add_split(S, tk, k, "n't", 3, 0))
                return PARLEY_ENOMEM;
        } else if (S->n < cap && dh == fl) {
            if (add_split(S, tk, k, f, fl, cf)) /* the folded token as it is */
                return PARLEY_ENOMEM;
        } else if (add_parts(S, cap, tk, k, cf & CT_FIRST, capital)) {
            return PARLEY_ENOMEM;
        }
        n = S->n;
        has = S->has;
        cls = S->cls;
        tab = wc->tab;
        chars = wc->chars;
        nslots = wc->nslots;
        mask = nslots - 1;
    }
    S->n = n;
    S->has = has;
    S->cls = cls;
    /* a sentence with no word in capitals (most) has no capitals to
     * count; the words after the last one kept count too */
    if ((anyf & TOK_ALLCAPS) || k < t1)
        count_capitals(td, t0, t1, &words, &caps);
    if (words && caps * 2 > words)
        for (uint32_t i = 0; i < S->n; i++)
            S->t[i].flags &= ~(uint32_t)CT_CAP;
    /* the pool may have moved while this sentence's words were added */
    S->keys = S->wc->keys;
    S->vstate = b->state;
    memset(S->vstate, 0, S->n + 1);
    S->vcache = b->vcache;
    S->after = b->after;
    return 0;
}

/* Pronouns that stand for the latest actor before them. */
static int is_conj(const ctok *t);

/* The first actor of the clause of token i that stands before it (its
 * subject), or -1: the clause begins after the last conjunction before
 * i that joins no compound. Mentions m[0 .. nm) are in token order. */
static int clause_subject(const sent *S, int nm, uint32_t i)
{
    uint32_t lo = 0;
    for (uint32_t k = i; k-- > 0;) {
        if (!is_conj(&S->t[k]) || in_mention(S, k))
            continue;
        int pm = mention_before(S, (int64_t)k - 1, 0, 0);
        int nx = mention_after(S, k + 1, S->n, 0);
        if (!(pm >= 0 && nx >= 0 && S->m[pm].group == S->m[nx].group)) {
            lo = k + 1;
            break;
        }
    }
    for (int k = 0; k < nm; k++)
        if (S->m[k].t0 >= lo && S->m[k].t1 <= i && !is_null_code(S->m[k].code))
            return k;
    return -1;
}

static int add_pronouns(sent *S, const mention *prev)
{
    int nm0 = S->nm;
    group_compounds(S); /* the compounds that "they" may stand for */
    if (!(S->cls & WC_PRON))
        return 0; /* no token of the sentence is a pronoun: none to add */
    for (uint32_t i = 0; i < S->n; i++) {
        /* TABARI also dereferences object pronouns and "it"; with
         * PETRARCH dictionaries, whose coder has the parse tree to tell a
         * referring "it" from "it is", only the personal subjects */
        int tab = S->c->format != PARLEY_CAMEO_PETRARCH;
        if (S->t[i].n < 2 || S->t[i].n > 4) /* no pronoun */
            continue;
        if (!(is_word(&S->t[i], "he") || is_word(&S->t[i], "she") ||
              is_word(&S->t[i], "they") ||
              (tab && (is_word(&S->t[i], "him") || is_word(&S->t[i], "her") ||
                       is_word(&S->t[i], "them") || is_word(&S->t[i], "it")))))
            continue;
        /* PETRARCH: the nearest actor before it. TABARI: the sentence's
         * first actor that is not the subject of the pronoun's clause
         * ("Elrond urged Bree … and Gondor asked him": Elrond; "Elrond
         * urged Bree to assist him": Bree), all of a compound for "they"
         * and "them" */
        const mention *ref = NULL;
        if (tab) {
            int subj = clause_subject(S, nm0, i);
            for (int k = 0; k < nm0 && !ref; k++)
                if (S->m[k].t1 <= i && !is_null_code(S->m[k].code) &&
                    (subj < 0 || S->m[k].group != S->m[subj].group))
                    ref = &S->m[k];
            if (!ref && subj >= 0) /* "Falastur said he regretted" */
                ref = &S->m[subj];
        } else {
            for (int k = 0; k < nm0; k++)
                if (S->m[k].t1 <= i && !is_null_code(S->m[k].code))
                    ref = &S->m[k];
        }
        if (!ref)
            ref = prev;
        if (!ref)
            continue;
        int plural = is_word(&S->t[i], "they") || is_word(&S->t[i], "them");
        if (tab && plural && ref != prev) {
            int g = ref->group;
            for (int k = 0; k < nm0; k++)
                if (S->m[k].group == g) {
                    mention m = {i, i + 1, S->m[k].code, S->m[k].actor, S->m[k].agent, -1, 0, 1, 0};
                    if (push_mention(S, m))
                        return PARLEY_ENOMEM;
                }
            continue;
        }
        mention m = {i, i + 1, ref->code, ref->actor, ref->agent, -1, 0, 1, 0};
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
    return (t->cls & WC_CONJ) != 0;
}

/* The first token of [i, hi) that may start a reported clause
 * (reported_clause): with PETRARCH dictionaries, "that", a pronoun or
 * "we"; hi when there is none. */
static uint32_t next_report_start(const sent *S, uint32_t i, uint32_t hi)
{
    if (S->c->format != PARLEY_CAMEO_PETRARCH || !(S->cls & WC_REPORT))
        return hi;
    while (i < hi && !(S->t[i].cls & WC_REPORT))
        i++;
    return i;
}

/* Whether token i starts a clause that the clause [lo, i) reports: "that"
 * after its verb ("claimed that", "said on Monday that"; *skip = 1, the
 * "that" is dropped), or a subject pronoun right after the verb ("said it
 * would not help"; *skip = 0). PETRARCH dictionaries only: their patterns
 * describe phrases, which stop at such a clause (TABARI's are strings of
 * words over the whole clause). */
static int reported_clause(const sent *S, uint32_t lo, uint32_t i, int *skip)
{
    const ctok *t = &S->t[i];
    if (S->c->format != PARLEY_CAMEO_PETRARCH)
        return 0; /* TABARI's patterns run over the whole clause */
    /* "that" is a subordinator, "it", "he", "she" and "they" pronouns:
     * most words are none of these, nor "we" */
    if (!(t->cls & (WC_SUBORD | WC_PRON)) && !is_word(t, "we"))
        return 0;
    int that = is_word(t, "that");
    int pron = is_word(t, "it") || is_word(t, "he") || is_word(t, "she") ||
               is_word(t, "they") || is_word(t, "we");
    if ((!that && !pron) || in_mention(S, i))
        return 0;
    /* the verb before it, over a time or an adverb ("said on Monday") */
    uint32_t j = i, steps = 0;
    while (j > lo && steps < 4) {
        const ctok *p = &S->t[j - 1];
        if (!that || !(is_prep_or_time(p) || ends(p->w, p->n, "ly") ||
                       (p->flags & CT_PUNCT)))
            break;
        j--;
        steps++;
    }
    if (j <= lo || in_mention(S, j - 1))
        return 0;
    vhit vh;
    uint32_t v = j - 1;
    if (!verb_at(S, v, S->n, &vh) || vh.t1 != j)
        return 0;
    *skip = that;
    return 1;
}

static void allegations(docctx *D, sent *S, size_t n0, size_t first,
                        const char *upper, int upper_src, uint32_t v0, uint32_t v1);

/* Whether the clause [lo, hi) opens with its verb, no actor before it
 * ("and taken the city"). */
static int verb_first(const sent *S, uint32_t lo, uint32_t hi)
{
    for (uint32_t i = lo; i < hi; i++) {
        if (in_mention(S, i))
            return 0;
        vhit vh;
        if (verb_at(S, i, hi, &vh))
            return 1;
    }
    return 0;
}

/* Codes the clause [lo, hi) and, with PETRARCH dictionaries, the clause
 * it reports ("claimed that Iran had attacked Iraq", "said it would not
 * help Syria"): the reporting verb is coded over the whole clause, its
 * target the reported clause's subject as PETRARCH's phrases give it;
 * the reported clause is coded on its own, with its own subject (else
 * the reporter); what it says a claimer's adversary did becomes an
 * accusation. Returns as code_clause. */
static int code_with_reported(docctx *D, sent *S, uint32_t lo, uint32_t hi, int *src_io)
{
    int cont = D->rep_open && verb_first(S, lo, hi);
    D->rep_open = 0;
    if (cont) {
        /* the conjunct shares the reported clause's subject and is
         * reported as it is */
        int src = D->rep_src;
        size_t first = D->out->n;
        int rc = code_clause(D, S, lo, hi, &src);
        if (rc < 0)
            return rc;
        if (D->rep_upper)
            allegations(D, S, first, first, D->rep_upper, D->rep_upper_src, D->rep_v0,
                        D->rep_v1);
        if (src >= 0)
            D->rep_src = src;
        D->rep_open = 1;
        return rc;
    }
    uint32_t at = hi;
    int skip = 0;
    for (uint32_t i = next_report_start(S, lo + 1, hi); i < hi;
         i = next_report_start(S, i + 1, hi))
        if (reported_clause(S, lo, i, &skip)) {
            at = i;
            break;
        }
    D->clause_code = NULL;
    D->clause_src = -1;
    size_t n0 = D->out->n;
    S->vlim = at;
    int rc = code_clause(D, S, lo, hi, src_io);
    S->vlim = UINT32_MAX;
    if (rc < 0 || at == hi || at + (uint32_t)skip >= hi)
        return rc;
    const char *upper = D->clause_code;
    int upper_src = D->clause_src;
    uint32_t v0 = D->clause_v0, v1 = D->clause_v1;
    int src = upper_src >= 0 ? upper_src : *src_io;
    size_t first = D->out->n;
    int rc2 = code_clause(D, S, at + (uint32_t)skip, hi, &src);
    if (rc2 < 0)
        return rc2;
    if (upper)
        allegations(D, S, n0, first, upper, upper_src, v0, v1);
    D->rep_open = 1;
    D->rep_src = src;
    D->rep_upper = upper;
    D->rep_upper_src = upper_src;
    D->rep_v0 = v0;
    D->rep_v1 = v1;
    return rc > 0 || rc2 > 0;
}

/* CAMEO's accusations: a conflictual act that the source of a clause of
 * claiming or disapproving (root 11: "claimed", "alleged", "accused")
 * attributes to another, in the clause it reports, is coded as that
 * source accusing the other (112), not as the act; the claimer's own
 * event against the same other (110) gives way to it. The reporting
 * clause's events are out->v[n0 .. first), the reported clause's
 * out->v[first ..]. */
#define CAMEO_ACCUSE "112"
static void allegations(docctx *D, sent *S, size_t n0, size_t first,
                        const char *upper, int upper_src, uint32_t v0, uint32_t v1)
{
    if (upper_src < 0 || strncmp(upper, "11", 2))
        return;
    const mention *by = &S->m[upper_src];
    cameo_evs *r = D->out;
    size_t o = first;
    int accused = 0;
    for (size_t k = first; k < r->n; k++) {
        cameo_ev e = r->v[k];
        const lex_code *row = pl_lex_code_find(S->c->table, S->c->ntable, e.code);
        if (row && row->quad >= 3 && strcmp(e.src, by->code) != 0) {
            e.tgt = e.src;
            e.t0 = e.s0;
            e.t1 = e.s1;
            e.src = by->code;
            e.s0 = S->t[by->t0].src;
            e.s1 = S->t[by->t1 - 1].src + 1;
            e.code = CAMEO_ACCUSE;
            e.a0 = e.v0;
            e.a1 = e.v1;
            e.v0 = S->t[v0].src;
            e.v1 = S->t[v1 - 1].src + 1;
            e.negated = 0;
            int dup = self_dyad(e.src, e.tgt);
            for (size_t q = D->first; q < o && !dup; q++)
                dup = !strcmp(r->v[q].code, e.code) && !strcmp(r->v[q].src, e.src) &&
                      !strcmp(r->v[q].tgt, e.tgt);
            if (dup)
                continue;
            accused = 1;
        }
        r->v[o++] = e;
    }
    r->n = o;
    if (!accused)
        return;
    /* the claimer's own event against one it now accuses */
    o = n0;
    for (size_t k = n0; k < r->n; k++) {
        int drop = 0;
        for (size_t q = first; k < first && q < r->n && !drop; q++)
            drop = !strcmp(r->v[q].code, CAMEO_ACCUSE) && !strcmp(r->v[q].src, r->v[k].src) &&
                   !strcmp(r->v[q].tgt, r->v[k].tgt);
        if (!drop)
            r->v[o++] = r->v[k];
    }
    r->n = o;
}

/* TABARI's COMPLEX limits (parley_cameo_code_opts): too many verbs or
 * conjunctions, or no actor before the first verb. */
static int is_complex(const sent *S)
{
    const parley_cameo_code_opts *o = S->o;
    if (!o || (!o->complex_verbs && !o->complex_conj && !o->complex_noactprior))
        return 0;
    int verbs = 0, conj = 0;
    uint32_t first_verb = S->n;
    for (uint32_t i = 0; i < S->n; i++) {
        const ctok *t = &S->t[i];
        vhit vh;
        if (!in_mention(S, i) && !(t->flags & CT_PUNCT) && verb_at(S, i, S->n, &vh)) {
            verbs++;
            /* the first verb that codes something ("On accord Gondor
             * repelled": ACCORD has a null code) */
            if (first_verb == S->n && !is_null_code(cameo_str(S->c, vh.v->code)))
                first_verb = i;
            i = vh.t1 - 1;
            continue;
        }
        if ((is_word(t, "and") || is_word(t, "or") || is_word(t, "but") ||
             is_word(t, "nor")) && !in_mention(S, i)) {
            int pm = mention_before(S, (int64_t)i - 1, 0, 0);
            int nx = mention_after(S, i + 1, S->n, 0);
            conj += !(pm >= 0 && nx >= 0 && S->m[pm].group == S->m[nx].group);
        }
    }
    if ((o->complex_verbs && verbs >= o->complex_verbs) ||
        (o->complex_conj && conj >= o->complex_conj))
        return 1;
    if (o->complex_noactprior && verbs) {
        for (int k = 0; k < S->nm; k++)
            if (S->m[k].t0 < first_verb && !is_null_code(S->m[k].code))
                return 0;
        return 1;
    }
    return 0;
}

/* Words of the sentence for TABARI's MINIMUM WORDS: its tokens but
 * punctuation and the "'s" of a possessive. */
static int word_count(const sent *S)
{
    int n = 0;
    for (uint32_t i = 0; i < S->n; i++)
        n += !(S->t[i].flags & CT_PUNCT) && !is_word(&S->t[i], "'s");
    return n;
}

/* The words of tokens [a, b). */
static int words_in(const sent *S, uint32_t a, uint32_t b)
{
    int w = 0;
    for (uint32_t q = a; q < b; q++)
        w += !(S->t[q].flags & CT_PUNCT);
    return w;
}

/* Keeps the tokens without a mark in drop (the verb cache, by token,
 * starts again). */
static void keep_tokens(sent *S, const uint8_t *drop)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < S->n; i++)
        if (!drop[i])
            S->t[n++] = S->t[i];
    if (n)
        S->t[0].flags |= CT_FIRST;
    if (S->vstate)
        memset(S->vstate, 0, S->n);
    S->n = n;
}

/* Whether a verb with a code of its own is among tokens [a, b). */
static int coded_verb_in(const sent *S, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        vhit vh;
        if (verb_at(S, i, S->n, &vh) && !is_null_code(cameo_str(S->c, vh.v->code)))
            return 1;
    }
    return 0;
}

/* Whether an actor of the dictionaries spans tokens [i, e). */
static int actor_spans(const sent *S, uint32_t i, uint32_t e)
{
    int actor;
    uint32_t L = best_entry(S, i, &actor, 3);
    return L && i + L == e && actor;
}

/* The end of an actor starting at token i, or after "the" there; 0
 * when none does. */
static uint32_t actor_at(const sent *S, uint32_t i)
{
    if (i < S->n && is_word(&S->t[i], "the"))
        i++;
    if (i >= S->n)
        return 0;
    /* the actor of at most four tokens there (one look-up, not one per
     * length) */
    int actor;
    uint32_t L = best_entry(S, i, &actor, 3);
    return L && L <= 4 && i + L <= S->n && actor ? i + L : 0;
}

/* Whether the comma at token k separates two actors of a list ("Mordor,
 * Rohan, Fornost and Bree", "Mordor, the Shire and Bree"): an actor ends
 * at it, and actors separated by commas follow it up to an "and", "or"
 * or "nor" and the list's last actor. Such commas belong to a noun
 * phrase and delimit no clause. */
static int list_comma(const sent *S, uint32_t k)
{
    uint32_t j = k;
    for (;;) {
        if (j == 0 || j + 4 < k || (S->t[j - 1].flags & CT_PUNCT))
            return 0;
        if (actor_spans(S, --j, k))
            break;
    }
    /* PETRARCH (CoreNLP's parse): "Calenardhon and Gondor, and Gondor and
     * Dagolath said": a compound closed by its "and" ends at the comma, and
     * ", and" begins a clause */
    if (S->c->format == PARLEY_CAMEO_PETRARCH && k + 1 < S->n &&
        (is_word(&S->t[k + 1], "and") || is_word(&S->t[k + 1], "or"))) {
        uint32_t p = j > 0 && is_word(&S->t[j - 1], "the") ? j - 1 : j;
        for (uint32_t q = p; q-- > 0 && q + 6 >= p;) {
            if (is_word(&S->t[q], ","))
                break;
            if (is_word(&S->t[q], "and") || is_word(&S->t[q], "or"))
                return 0;
        }
    }
    for (uint32_t i = k + 1; i < S->n;) {
        if (is_word(&S->t[i], "and") || is_word(&S->t[i], "or") || is_word(&S->t[i], "nor"))
            return actor_at(S, i + 1) != 0;
        uint32_t e = actor_at(S, i);
        if (!e || e >= S->n)
            return 0;
        i = e;
        if (is_word(&S->t[i], ","))
            i++;
        else if (!is_word(&S->t[i], "and") && !is_word(&S->t[i], "or") &&
                 !is_word(&S->t[i], "nor"))
            return 0;
    }
    return 0;
}

/* The commas of the sentence that may delimit clauses, at most max of
 * them. */
static uint32_t find_commas(const sent *S, uint32_t *commas, uint32_t max)
{
    uint32_t nc = 0;
    for (uint32_t i = 0; i < S->n && nc < max; i++)
        if (is_word(&S->t[i], ",") && !list_comma(S, i))
            commas[nc++] = i;
    return nc;
}

/* TABARI's COMMA: leaves out the comma-delimited clauses whose lengths
 * in words are within the limits of the options (with their commas):
 * first those between two commas (not a member of a series "X, Y, and
 * Z"), then, of what is left, the one after the last comma and the one
 * before the first. */
static void drop_comma_clauses(sent *S)
{
    const parley_cameo_code_opts *o = S->o;
    if (!o || (!o->comma_max && !o->comma_emax && !o->comma_bmax))
        return;
    uint32_t commas[64];
    uint32_t nc = find_commas(S, commas, 64);
    if (!nc)
        return;
    uint8_t *drop = pl_arena_zalloc(S->a, S->n);
    if (!drop)
        return;
    for (uint32_t k = 0; o->comma_max && k + 1 < nc; k++) {
        int w = words_in(S, commas[k] + 1, commas[k + 1]);
        uint32_t after = commas[k + 1] + 1;
        if (after < S->n && (is_word(&S->t[after], "and") || is_word(&S->t[after], "or")))
            continue;
        if (w >= o->comma_min && w <= o->comma_max)
            for (uint32_t q = commas[k]; q < commas[k + 1]; q++)
                drop[q] = 1; /* the closing comma stays a boundary */
    }
    keep_tokens(S, drop);
    nc = find_commas(S, commas, 64);
    if (!nc)
        return;
    memset(drop, 0, S->n);
    uint32_t end = S->n;
    while (end > 0 && (S->t[end - 1].flags & CT_PUNCT) && !is_word(&S->t[end - 1], ","))
        end--; /* the final full stop */
    /* a clause at either end goes only when a coded verb stays outside
     * it ("…, officials said" goes; "Arnor's minister, … , urged Eriador"
     * keeps its verb) */
    int w = words_in(S, commas[nc - 1] + 1, end);
    if (o->comma_emax && w >= o->comma_emin && w <= o->comma_emax &&
        coded_verb_in(S, 0, commas[nc - 1]))
        for (uint32_t q = commas[nc - 1]; q < end; q++)
            drop[q] = 1;
    w = words_in(S, 0, commas[0]);
    if (o->comma_bmax && w >= o->comma_bmin && w <= o->comma_bmax &&
        coded_verb_in(S, commas[0] + 1, S->n))
        for (uint32_t q = 0; q <= commas[0]; q++)
            drop[q] = 1;
    keep_tokens(S, drop);
}

/* With PETRARCH dictionaries, the comma before a closing clause with a
 * subject of its own ("…, the official news agency WFNA said on
 * Thursday"), which CoreNLP's parse makes the sentence's main clause and
 * PETRARCH codes on its own: the last comma that may delimit a clause,
 * with a verb before it, and after it a noun phrase holding an actor or
 * agent (no preposition, no clause) and then a verb; UINT32_MAX when
 * there is none. */
static uint32_t closing_clause(const sent *S)
{
    if (S->c->format != PARLEY_CAMEO_PETRARCH || !(S->cls & WC_COMMA))
        return UINT32_MAX;
    /* the last comma of find_commas: the last one that may delimit a
     * clause, looked for from the end unless the sentence has more commas
     * than find_commas keeps */
    uint32_t ncomma = 0, k = UINT32_MAX;
    for (uint32_t i = 0; S->n > 64 && i < S->n; i++) /* fewer tokens: fewer commas */
        ncomma += is_word(&S->t[i], ",");
    if (ncomma <= 64) {
        for (uint32_t i = S->n; i-- > 0;)
            if (is_word(&S->t[i], ",") && !list_comma(S, i)) {
                k = i;
                break;
            }
    } else {
        uint32_t commas[64];
        uint32_t nc = find_commas(S, commas, 64);
        if (nc)
            k = commas[nc - 1];
    }
    if (k == UINT32_MAX)
        return UINT32_MAX;
    int subj = 0;
    for (uint32_t i = k + 1; i < S->n; i++) {
        if (in_mention(S, i)) {
            subj = 1;
            continue;
        }
        /* the subject is a noun phrase: no preposition or clause before
         * the verb ("…, full ties with Gondor after crowds burned") */
        if (S->t[i].cls & (WC_PREP | WC_SUBORD | WC_CONJ) || (S->t[i].flags & CT_PUNCT))
            return UINT32_MAX;
        vhit vh;
        if (verb_at(S, i, S->n, &vh)) {
            if (!subj || !coded_verb_in(S, 0, k))
                return UINT32_MAX;
            return k;
        }
    }
    return UINT32_MAX;
}


/* Whether an event may come from the sentence: emit needs two mentions
 * with codes, unless a stand-in (one-sided events, TABARI's DEFAULT)
 * takes a side. Most sentences of the news have fewer and need no verb
 * search. */
static int can_code(const sent *S)
{
    const parley_cameo_code_opts *o = S->o;
    if (o && (o->one_sided || o->default_source || o->default_target))
        return 1;
    int n = 0;
    for (int k = 0; k < S->nm && n < 2; k++)
        n += !is_null_code(S->m[k].code);
    return n >= 2;
}

/* The first token from i on that may end a clause of code_sentence: the
 * sentence's end, the closing clause's comma, or a conjunction outside
 * the mentions. */
static uint32_t next_clause_end(const sent *S, uint32_t i, uint32_t closing)
{
    if (!(S->cls & WC_CONJ)) /* no conjunction in the sentence */
        return closing >= i && closing < S->n ? closing : S->n > i ? S->n : i;
    while (i < S->n && i != closing && !(is_conj(&S->t[i]) && !in_mention(S, i)))
        i++;
    return i;
}

static int code_sentence(docctx *D, sent *S, const mention *prev)
{
    int d = discarded(S);
    if (d)
        return d == 2 ? 2 : 0;
    int rc = find_actors(S);
    if (rc)
        return rc == 1 ? 0 : rc;
    if ((rc = add_pronouns(S, prev)) || (rc = map_mentions(S)))
        return rc;
    if (is_complex(S) || !can_code(S))
        return 0;
    sentence_words(S);
    D->ntopics = 0;
    D->complex = 0;
    D->rep_open = 0;
    /* clauses: split at conjunctions that do not join a compound */
    uint32_t lo = 0, closing = closing_clause(S);
    int src = -1;
    for (uint32_t i = next_clause_end(S, 0, closing); i <= S->n;
         i = next_clause_end(S, i + 1, closing)) {
        int cut = i == S->n || i == closing;
        if (!cut) { /* a conjunction outside the mentions */
            /* between two members of one compound: not a clause end */
            int pm = mention_before(S, (int64_t)i - 1, 0, 0);
            int nx = mention_after(S, i + 1, S->n, 0);
            cut = !(pm >= 0 && nx >= 0 && S->m[pm].group == S->m[nx].group);
        }
        if (!cut)
            continue;
        if (i > lo) {
            rc = code_with_reported(D, S, lo, i, &src);
            if (rc < 0)
                return rc;
            if (rc > 0 && S->o && S->o->code_by == 1)
                break; /* CODE BY SENTENCE: one verb a sentence */
        }
        lo = i + 1;
    }
    if (D->complex) {
        D->out->n = D->first;
        return 0;
    }
    /* TABARI's dominant codes: a verb with one ("ATTEND [031!]") that
     * codes leaves the sentence's other verbs uncoded */
    size_t keep = D->first;
    for (size_t k = D->first; k < D->out->n; k++)
        if (D->out->v[k].dom)
            D->out->v[keep++] = D->out->v[k];
    if (keep > D->first)
        D->out->n = keep;
    /* the sentence's issues, for its events only (most sentences have
     * none) */
    if (D->out->n > D->first && S->c->nissues) {
        if ((rc = find_issues(D, S)))
            return rc;
        for (size_t k = D->first; k < D->out->n; k++) {
            cameo_ev *e = &D->out->v[k];
            for (size_t q = 0; q < D->ntopics; q++)
                e->topics[q] = D->topics[q];
            e->ntopics = D->ntopics;
        }
    }
    return 0;
}

/* The first of words tk[0 .. te) that may have a key with a story
 * discard filed under it, or a part the coder cuts it into (make_tokens)
 * may, as its first two bytes and length tell (parley_cameo.story_len,
 * sl); te when none may. Punctuation has no keys; a word with a hyphen
 * is always asked (a part after it has first bytes of its own); nt: a
 * cut "n't" may have one. Most words of a sentence the grammar coded
 * are passed here, in a loop of its own that keeps what it reads in
 * registers (inlined, it ran out of them and spilled its pointers). */
__attribute__((noinline))
static const token *first_story_word(const token *tk, const token *te, const uint8_t *sl, int nt)
{
    size_t ntmin = nt ? 4 : SIZE_MAX; /* one test for most words */
    for (; tk < te; tk++) {
        uint32_t fl = tk->flags;
        if (__builtin_expect(fl & (TOK_PUNCT | TOK_HYPHEN), 0)) {
            if (fl & TOK_PUNCT)
                continue;
            return tk;
        }
        const char *f = tk->fold; /* f[1] is its NUL when n is 1 */
        size_t n = tk->fold_len;
        if (!n)
            continue;
        if (__builtin_expect(n >= sl[cameo_story_slot(f)], 0))
            return tk;
        if (n >= ntmin && f[n - 1] == 't' && f[n - 2] == '\'' && f[n - 3] == 'n')
            return tk;
    }
    return te;
}

/* How many of the coder's tokens after a word that may begin a story
 * discard are looked at (may_discard_story). */
enum { STORY_AHEAD = 4 };

/* The coder's tokens that words tk[0 .. te) make first (make_tokens),
 * up to STORY_AHEAD of them, as their words' keys (nk 0 for punctuation,
 * what it drops passed) in ahead[0 .. *na); *end: they are all of them.
 * A word the coder cuts into parts ends them (its parts are not looked
 * up here). 0 or PARLEY_ENOMEM. */
static int story_ahead(tcache *wc, const token *tk, const token *te, wkeys *ahead, size_t *na,
                       int *end)
{
    size_t n = 0;
    for (; tk < te && n < STORY_AHEAD; tk++) {
        if (tk->flags & TOK_PUNCT) {
            if (!dropped_punct(tk->fold))
                ahead[n++] = (wkeys){0};
            continue;
        }
        const tentry *e = pl_cameo_word_entry(wc, tk->fold, tk->fold_len, tk->hash);
        if (!e)
            return PARLEY_ENOMEM;
        if (e->odd)
            break;
        ahead[n++] = e->wk;
    }
    *na = n;
    *end = tk == te;
    return 0;
}

/* Whether phrase els[0 .. n) may match at a word (its first element
 * found there), its next elements at the tokens ahead[0 .. na) (end:
 * the sentence has no more) with no gap, as discarded() matches it: 0
 * when a word of it is no key of its token (word_at), 1 otherwise or
 * when it has elements not looked at here. */
static int story_phrase_ahead(const ckey *keys, const cw *els, uint32_t n, const wkeys *ahead,
                              size_t na, int end)
{
    for (uint32_t j = 1; j < n; j++) {
        if (els[j].kind != CW_WORD)
            return 1;
        if (j > na)
            return !end;
        const wkeys *t = &ahead[j - 1];
        const ckey *k = keys + t->k0, *ke = k + t->nk;
        while (k < ke && k->wid != els[j].wid)
            k++;
        if (k == ke)
            return 0;
    }
    return 1;
}

/* Whether a story discard filed under a key of keys[k0 .. k0 + nk), a
 * word's, may match there, the tokens after it being ahead[0 .. na)
 * (story_phrase_ahead). */
static int story_at(const parley_cameo *c, const ckey *keys, uint32_t k0, uint32_t nk,
                    const wkeys *ahead, size_t na, int end)
{
    for (const ckey *k = keys + k0, *ke = k + nk; k < ke; k++) {
        if (!(k->flags & CK_LOOK) || !(k->flags & ((uint32_t)CK_HAS << CX_DISCARD)))
            continue;
        size_t ne;
        const uint32_t *ix = cameo_index(c, k->wid, CX_DISCARD, &ne);
        for (size_t q = 0; q < ne; q++) {
            const centry *e = &c->ents[ix[q]];
            if (e->story && story_phrase_ahead(keys, c->els + e->ph.el, e->ph.n, ahead, na, end))
                return 1;
        }
    }
    return 0;
}

/* The first of sentences [s0, s1) of td, the grammar's (cameo_run.skip),
 * where a word may begin a story discard (TE_STORY) that the words
 * after it in its sentence may go on with (story_at), from this
 * thread's words alone: only such a sentence is made into the coder's
 * tokens and looked at for one. Their tokens are passed in one pass,
 * most words by their first bytes (first_story_word). Returns the
 * sentence, s1 when none may hold one, or PARLEY_ENOMEM. */
static int64_t may_discard_story(sent *S, const text_doc *td, uint32_t s0, uint32_t s1)
{
    tcache *wc = S->wc;
    const uint8_t *sl = S->c->story_len;
    int nt = sl && 3 >= sl[cameo_story_slot("n't")];
    uint32_t si = s0; /* the sentence of tk */
    for (const token *tk = td->toks + td->sents[s0].tok0, *te = td->toks + td->sents[s1 - 1].tok1;
         tk < te; tk++) {
        if (sl && (tk = first_story_word(tk, te, sl, nt)) == te)
            break;
        if (tk->flags & TOK_PUNCT) /* no keys (make_tokens) */
            continue;
        const tentry *e = pl_cameo_word_entry(wc, tk->fold, tk->fold_len, tk->hash);
        if (!e)
            return PARLEY_ENOMEM;
        if (!(e->has & TE_STORY))
            continue;
        while (td->toks + td->sents[si].tok1 <= tk)
            si++;
        if (e->odd) /* its parts: not looked at here */
            return si;
        /* e, and the keys, may move as the words after it are added */
        uint32_t k0 = e->k0, nk = e->nk;
        wkeys ahead[STORY_AHEAD];
        size_t na;
        int end;
        if (story_ahead(wc, tk + 1, td->toks + td->sents[si].tok1, ahead, &na, &end))
            return PARLEY_ENOMEM;
        if (story_at(S->c, wc->keys, k0, nk, ahead, na, end))
            return si;
    }
    return s1;
}

/* Asks for the lines of tokens [t0, t1) of td, the next sentence's,
 * while this one is coded: they are far out of the caches (make_tokens
 * says why), and its first pass would wait for them. */
static void prefetch_tokens(const text_doc *td, uint32_t t0, uint32_t t1)
{
    uintptr_t p = (uintptr_t)&td->toks[t0] & ~(uintptr_t)63, e = (uintptr_t)&td->toks[t1];
    for (; p < e; p += 64)
        __builtin_prefetch((const void *)p);
}

int pl_cameo_code_text(const parley_cameo *c, const text_doc *td,
                    const cameo_run *run, arena *a, cameo_evs *out)
{
    const parley_cameo_code_opts *o = run->o;
    docctx D = {0};
    D.out = out;
    D.a = a;
    size_t n0 = out->n;
    uint32_t s1 = run->sent1 < td->nsents ? run->sent1 : (uint32_t)td->nsents;
    if (o && o->per_sentence && run->sent0 < s1)
        s1 = run->sent0 + 1;
    mention prev;
    int have_prev = 0;
    tokbuf buf = {NULL, NULL, NULL, NULL, 0};
    /* one sentence state for the document: what a sentence starts from is
     * set again below, the rest as it is coded (its Bloom filter by
     * sentence_words, for the sentences that look for verbs); the
     * mentions' buffer is kept for the next sentence (a mention is copied
     * out of it, never pointed to, once its sentence is coded) */
    sent S = {0};
    S.c = c;
    S.o = o;
    S.a = a;
    S.date = run->date;
    S.td = td;
    S.run = run;
    S.buf = &buf;
    /* a sentence the grammar coded is made into tokens only when it may
     * hold a story discard, but the thread's buffer for them is made
     * room for the longest sentence first, as if each were: what the
     * thread keeps must not hang on what the grammar coded (under
     * allocation failure, fewer sentences; tests/unit/test_oom.c) */
    if (run->skip && run->sent0 < s1) {
        size_t most = 0;
        for (uint32_t si = run->sent0; si < s1; si++) {
            size_t cap = tokens_cap(td->sents[si].tok0, td->sents[si].tok1);
            most = cap > most ? cap : most;
        }
        if (!(S.wc = pl_cameo_words(c)) ||
            reserve_tokens(&S, most < TOKBUF_THREAD_MAX ? most : TOKBUF_THREAD_MAX))
            return PARLEY_ENOMEM;
    }
    for (uint32_t si = run->sent0; si < s1; si++) {
        uint32_t t0 = td->sents[si].tok0, t1 = td->sents[si].tok1;
        if (o && o->per_sentence)
            t1 = td->sents[run->sent1 < td->nsents ? run->sent1 - 1 : td->nsents - 1].tok1;
        D.sentence = si;
        D.first = out->n;
        S.si = si;
        S.vlim = UINT32_MAX;
        S.has = S.cls = 0;
        S.nm = 0;
        S.inm = NULL;
        S.words[CAMEO_BLOOM_ANY >> 6] = 0; /* no filter made */
        /* the words' cache, emptied when past its bound: asked for every
         * sixteenth sentence (a document of many words may take it a
         * little past it) */
        if (!S.wc || !((si - run->sent0) & 15))
            if (!(S.wc = pl_cameo_words(c)))
                return PARLEY_ENOMEM;
        if (run->skip && run->skip[si]) {
            /* not coded: only a story discard counts, in this sentence
             * or the grammar's after it, looked at together */
            uint32_t se = si + 1;
            while (se < s1 && run->skip[se])
                se++;
            int story = 0;
            for (uint32_t at = si; at < se && !story; at++) {
                int64_t m = may_discard_story(&S, td, at, se);
                if (m < 0)
                    return (int)m;
                if ((at = (uint32_t)m) == se)
                    break;
                S.si = at;
                S.has = S.cls = 0;
                int rc = make_tokens(&S, td, td->sents[at].tok0, td->sents[at].tok1);
                if (rc)
                    return rc;
                story = discarded(&S) == 2;
            }
            if (story) {
                out->n = n0;
                break;
            }
            /* the words' cache asked for as if sentence by sentence */
            if (((si - run->sent0) >> 4) != ((se - 1 - run->sent0) >> 4) &&
                !(S.wc = pl_cameo_words(c)))
                return PARLEY_ENOMEM;
            have_prev = 0;
            si = se - 1;
            continue;
        }
        int rc = make_tokens(&S, td, t0, t1);
        if (si + 1 < s1)
            prefetch_tokens(td, td->sents[si + 1].tok0, td->sents[si + 1].tok1);
        if (!rc && o && o->min_words && word_count(&S) < o->min_words) {
            have_prev = 0;
            continue;
        }
        if (!rc)
            drop_comma_clauses(&S);
        if (!rc)
            rc = code_sentence(&D, &S, have_prev ? &prev : NULL);
        if (rc == 2) { /* a story discard: nothing from these sentences */
            out->n = n0;
            break;
        }
        if (rc)
            return rc;
        /* what a pronoun of the next sentence stands for: this one's
         * first actor named (TABARI forwards the actor without its
         * agent: "Fornost President Umbardacil … He" is FOR) */
        for (int k = 0; k < S.nm; k++) {
            if (S.m[k].pron || is_null_code(S.m[k].code))
                continue;
            prev = S.m[k];
            if (c->format != PARLEY_CAMEO_PETRARCH && prev.actor >= 0)
                prev.code = resolve_code(&S, prev.actor);
            have_prev = 1;
            break;
        }
    }
    return 0;
}

/* ---- the public entry: a document on its own ---- */

struct parley_cameo_result {
    arena mem;
    parley_event *events;
    size_t n;
};

/* The sector of a CAMEO actor code: what follows its country ("RUSMIL"
 * -> "MIL", "---GOV" -> "GOV"), or the kind of a non-state code ("IGOUNO"
 * -> "IGO"); NULL for a bare country. */
const char *pl_cameo_code_sector(arena *a, const char *code)
{
    if (!code || strlen(code) < 6)
        return NULL;
    static const char *const kinds[] = {"IGO", "NGO", "IMG", "MNC"};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strncmp(code, kinds[i], 3))
            return kinds[i];
    return pl_arena_strdup(a, code + 3);
}

/* "YYYY-MM-DD" to YYYYMMDD, 0 when it is not a date. */
static int32_t date_number(const char *p, size_t n)
{
    int32_t d;
    return n >= 10 && pl_date_parse(p, 10, &d, NULL) == PL_DATE_DAY ? d : 0;
}

static parley_actor public_actor(arena *a, const text_doc *td, const char *code,
                                 uint32_t t0, uint32_t t1)
{
    parley_actor x;
    memset(&x, 0, sizeof x);
    x.code = code;
    x.sector = pl_cameo_code_sector(a, code);
    x.text.p = td->text + td->toks[t0].start;
    x.text.n = td->toks[t1 - 1].end - td->toks[t0].start;
    return x;
}

int parley_cameo_code(const parley_cameo *c, const parley_doc *doc,
                      const parley_cameo_code_opts *o,
                      parley_cameo_result **out)
{
    *out = NULL;
    parley_cameo_result *r = calloc(1, sizeof *r);
    if (!r)
        return PARLEY_ENOMEM;
    pl_arena_init(&r->mem);
    arena work;
    pl_arena_init(&work);
    int rc = PARLEY_ENOMEM;
    parley_str date = doc->date;
    if (!date.n && o && o->date) {
        date.p = o->date;
        date.n = strlen(o->date);
    }
    const char *dstr = date.n >= 10 ? pl_arena_strndup(&r->mem, date.p, 10) : NULL;
    text_doc td;
    cameo_evs evs = {0};
    cameo_run run = {o, date_number(date.p, date.n), 0, UINT32_MAX, NULL, NULL, 0, NULL};
    if (pl_text_analyse(&work, doc->text.p ? doc->text.p : "", doc->text.n, NULL,
                     NULL, &td))
        goto out;
    run.sent1 = (uint32_t)td.nsents;
    if ((rc = pl_cameo_code_text(c, &td, &run, &work, &evs)))
        goto out;
    rc = PARLEY_ENOMEM;
    r->events = pl_arena_zalloc(&r->mem, (evs.n ? evs.n : 1) * sizeof *r->events);
    if (!r->events)
        goto out;
    for (size_t i = 0; i < evs.n; i++) {
        const cameo_ev *v = &evs.v[i];
        parley_event *e = &r->events[r->n++];
        e->cameo = pl_arena_strdup(&r->mem, v->code);
        e->source = public_actor(&r->mem, &td, pl_arena_strdup(&r->mem, v->src), v->s0, v->s1);
        e->target = public_actor(&r->mem, &td, pl_arena_strdup(&r->mem, v->tgt), v->t0, v->t1);
        if (!e->cameo || !e->source.code || !e->target.code)
            goto out;
        const lex_code *row = pl_lex_code_find(c->table, c->ntable, v->code);
        if (row) {
            e->type = row->type ? pl_arena_strdup(&r->mem, row->type) : NULL;
            e->mode = row->mode ? pl_arena_strdup(&r->mem, row->mode) : NULL;
            e->quad = row->quad;
            e->goldstein = row->goldstein;
        }
        e->coder = "dictionary";
        e->negated = v->negated;
        e->date = dstr;
        e->date_precision = pl_date_precision(dstr);
        for (size_t t = 0; t < v->ntopics; t++)
            e->topics[e->ntopics++] = v->topics[t];
        e->sentence = v->sent;
        e->seq = i && r->events[i - 1].sentence == v->sent ? r->events[i - 1].seq + 1 : 1;
        e->span[0] = td.sents[v->sent].start;
        e->span[1] = td.sents[v->sent].end;
        if (o && o->per_sentence && td.nsents)
            e->span[1] = td.sents[td.nsents - 1].end;
    }
    rc = 0;
out:
    if (!rc && (work.failed || r->mem.failed)) /* a NULL taken for "none" */
        rc = PARLEY_ENOMEM;
    pl_arena_release(&work);
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
    pl_arena_release(&r->mem);
    free(r);
}
