/* words.h — the coder's cache of words (match.c): for every word of the
 * text it has met on this thread, its keys in the dictionaries (which
 * dictionary words it can match, and how), what the index has for them
 * and its closed classes, so that a word is worked out once, not once
 * per document. Private. */
#ifndef PARLEY_CAMEO_WORDS_H
#define PARLEY_CAMEO_WORDS_H

#include <stdint.h>
#include <string.h>

#include "cameo/cameo.h"

/* A word met, with its keys tcache.keys[k0 .. k0 + nk): 64 bytes, one
 * cache line (tcache.tab is aligned to one), with the word's first
 * TE_PRE bytes, so that finding a word that short reads nothing else. */
enum { TE_PRE = 12 };

/* What a word's keys tell of it: its keys tcache.keys[k0 .. k0 + nk),
 * the flags of its looked-up keys (CK_LOOK) or'ed, what the index has
 * for it; its closed classes (WC_*); the bits cameo_second_bit of its
 * keys' word ids (sec); and cword.seconds of its looked-up keys that
 * begin pairs (CK_PAIRS1, CK_PAIRS2) or'ed, the bits a token after it
 * must have to continue one (psec). A word's entry and the coder's
 * token (match.c) hold these members alike, as an anonymous struct
 * sharing a union with a wkeys, so that a token takes them from its
 * word in one assignment. */
#define PL_WKEYS_MEMBERS \
    uint32_t k0, nk;     \
    uint32_t has, cls;   \
    uint64_t sec, psec;
typedef struct wkeys {
    PL_WKEYS_MEMBERS
} wkeys;

/* In a word's has, never a key's flags: a word the coder makes of it
 * (itself, or a part it splits or cuts it into) has a story discard
 * filed under one of its keys, so that a story discard may begin there;
 * a sentence with no such word has none (pl_cameo_code_text). */
enum { TE_STORY = (uint32_t)CK_HAS << CX_N };
_Static_assert(((uint32_t)CK_HAS << CX_N) < CK_PAIRS1, "TE_STORY is a free bit of has");

typedef struct tentry {
    uint64_t h;          /* text_hash */
    uint32_t n, str;     /* its text: tcache.chars[str .. str + n) */
    union {
        struct {
            PL_WKEYS_MEMBERS
        };
        wkeys wk;
    };
    uint8_t odd;         /* 1: the coder splits or cuts it (a '-' or '.'
                            in it, or a final "n't"); 0: it is coded as
                            it is, with these keys */
    uint8_t used;        /* 0: an empty slot of tcache.tab */
    uint16_t bb;         /* the Bloom bit (cameo_bloom_bit) of its first
                            key's word; CAMEO_BLOOM_ANY without keys */
    char pre[TE_PRE];    /* its first bytes, zero-padded */
} tentry;

/* The n words met, filed in tab itself (open addressing, nslots of
 * them, a power of two): a word's look-up reads its slot's line and, on
 * a collision, the next ones, but no other table. One pool of keys and
 * one of characters; all on the heap. */
typedef struct tcache {
    const parley_cameo *c;
    uint64_t serial; /* c->serial: a cache of a freed set is never used */
    tentry *tab;
    size_t nslots, n;
    ckey *keys;
    size_t nkeys, kcap;
    char *chars;
    size_t nchars, ccap;
    /* two words met one after the other that form no pair of the
     * dictionaries (cameo_pair_at of c->pairs, for every key of the first
     * and of the second): ~(k0 of the first << 32 | k0 of the second),
     * 0 empty; a table of TC_NOPAIRS filed by cameo_mix (words that have
     * keys have k0s of their own) */
    uint64_t *nopair;
    /* the coder's buffers for the tokens of a sentence (match.c), kept
     * from one document to the next: a document's own, from its arena,
     * were new lines for every document, written while the documents of
     * a group (batch.c) are all in memory */
    void *sbuf;
    size_t sbuf_size;
} tcache;

enum { TC_NOPAIRS = 1 << 13 };

/* Whether the words of keys k0a and k0b (both with keys) are known to
 * form no pair. */
static inline int pl_cameo_nopair(const tcache *wc, uint32_t k0a, uint32_t k0b)
{
    uint64_t key = (uint64_t)k0a << 32 | k0b;
    return wc->nopair && wc->nopair[cameo_mix(key) & (TC_NOPAIRS - 1)] == ~key;
}

/* Notes that the words of keys k0a and k0b form no pair (a note of
 * another pair in its place goes). */
static inline void pl_cameo_nopair_add(tcache *wc, uint32_t k0a, uint32_t k0b)
{
    uint64_t key = (uint64_t)k0a << 32 | k0b;
    if (wc->nopair)
        wc->nopair[cameo_mix(key) & (TC_NOPAIRS - 1)] = ~key;
}

/* This thread's cache of words for the dictionaries c, emptied when it
 * was another set's or has grown past its bound (a few MiB); it lives
 * until the thread ends. Call it before a document's first sentence and
 * every few sentences: entries (and the keys pool) stay where they are
 * until the next call. NULL when out of memory. */
tcache *pl_cameo_words(const parley_cameo *c);

/* pl_cameo_word_entry for a word not in the cache: adds it. */
const tentry *pl_cameo_word_add(tcache *wc, const char *w, size_t n, uint64_t h);

/* The first slot of a word of text_hash h in a cache's table of mask +
 * 1 slots: FNV-1a's bits are spread enough that folding its halves
 * does, at a few instructions a token less than cameo_mix. */
static inline size_t pl_cameo_word_slot(uint64_t h, size_t mask)
{
    return (size_t)(h ^ (h >> 32)) & mask;
}

/* Whether a[0..n) and b[0..n) are the same bytes: the words are short,
 * so they are compared in two loads of 8, 4 or 2 bytes each that cover
 * them (overlapping in the middle), never reading past n. */
static inline int pl_cameo_same_word(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            uint64_t x, y;
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return 0;
        }
        uint64_t x, y;
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return x0 == y0 && x1 == y1;
    }
    if (n >= 2) {
        uint16_t x0, y0, x1, y1;
        memcpy(&x0, a, 2);
        memcpy(&y0, b, 2);
        memcpy(&x1, a + n - 2, 2);
        memcpy(&y1, b + n - 2, 2);
        return x0 == y0 && x1 == y1;
    }
    return !n || a[0] == b[0];
}

/* The entry of folded word w[0..n) of text_hash h in a cache's table,
 * given as its slots (mask: their number, a power of two and not 0,
 * less one) and characters, or NULL when the word is not there. A
 * caller that looks up many words keeps these in locals: its stores
 * cannot change them then, as far as the compiler knows (make_tokens). */
static inline const tentry *pl_cameo_word_cached(const tentry *tab, size_t mask,
                                                 const char *chars, const char *w, size_t n,
                                                 uint64_t h)
{
    for (size_t k = pl_cameo_word_slot(h, mask); tab[k].used; k = (k + 1) & mask) {
        const tentry *e = &tab[k];
        if (e->h == h && e->n == n &&
            pl_cameo_same_word(n <= TE_PRE ? e->pre : chars + e->str, w, n))
            return e;
    }
    return NULL;
}

/* The entry of folded word w[0..n) of text_hash h, made on its first
 * occurrence (wc->keys may move then); NULL when out of memory (the
 * cache is then emptied). Inline: a look-up per token of the text. */
static inline const tentry *pl_cameo_word_entry(tcache *wc, const char *w, size_t n,
                                                uint64_t h)
{
    const tentry *e =
        wc->nslots ? pl_cameo_word_cached(wc->tab, wc->nslots - 1, wc->chars, w, n, h)
                   : NULL;
    return e ? e : pl_cameo_word_add(wc, w, n, h);
}

/* This thread's buffer for the coder's tokens (tcache.sbuf), of size
 * bytes or more; what it held is lost when it grows. NULL when out of
 * memory. */
void *pl_cameo_words_buf(tcache *wc, size_t size);

/* Frees this thread's cache when it holds c's words (parley_cameo_free). */
void pl_cameo_words_forget(const parley_cameo *c);

#endif
