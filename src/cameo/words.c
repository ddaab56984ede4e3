/* words.c — the coder's cache of words, one per thread (words.h): a
 * token's keys cost a few lookups in the dictionaries' tables, and the
 * words of the news repeat from one document to the next. Thread-local,
 * so threads coding at once share nothing; freed when its thread ends. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "cameo/words.h"

_Static_assert(sizeof(tentry) == 64, "a word's entry is one cache line");

/* Emptied past these: a bound on memory whatever the input (the table
 * of WC_MAX_WORDS words has 1 << 17 slots, 8 MiB). */
enum { WC_MAX_WORDS = 3 << 15, WC_MAX_CHARS = 4 << 20 };

static _Thread_local tcache *tl_cache;
static tss_t tl_key;
static once_flag tl_once = ONCE_FLAG_INIT;
/* atomic: glibc's call_once orders it for every caller, but through a
 * call ThreadSanitizer does not see */
static atomic_int tl_key_ok;

static void cache_free(void *p)
{
    tcache *wc = p;
    if (!wc)
        return;
    free(wc->tab);
    free(wc->keys);
    free(wc->chars);
    free(wc->nopair);
    free(wc->sbuf);
    free(wc);
}

static void make_key(void)
{
    tl_key_ok = tss_create(&tl_key, cache_free) == thrd_success;
}

static void empty(tcache *wc)
{
    wc->n = wc->nkeys = wc->nchars = 0;
    if (wc->tab)
        memset(wc->tab, 0, wc->nslots * sizeof *wc->tab);
    if (wc->nopair)
        memset(wc->nopair, 0, TC_NOPAIRS * sizeof *wc->nopair);
}

tcache *pl_cameo_words(const parley_cameo *c)
{
    tcache *wc = tl_cache;
    if (!wc) {
        call_once(&tl_once, make_key);
        wc = calloc(1, sizeof *wc);
        if (!wc)
            return NULL;
        /* without a key (the process has used up its thread-specific
         * keys) the cache could not be freed at the thread's end: the
         * coder fails with PARLEY_ENOMEM then */
        if (!tl_key_ok || tss_set(tl_key, wc) != thrd_success) {
            free(wc);
            return NULL;
        }
        /* without room for it, no pair is noted: the coder looks again */
        wc->nopair = calloc(TC_NOPAIRS, sizeof *wc->nopair);
        tl_cache = wc;
    }
    if (wc->c != c || wc->serial != c->serial || wc->n >= WC_MAX_WORDS ||
        wc->nchars >= WC_MAX_CHARS) {
        empty(wc);
        wc->c = c;
        wc->serial = c->serial;
    }
    return wc;
}

void *pl_cameo_words_buf(tcache *wc, size_t size)
{
    if (size > wc->sbuf_size) {
        void *p = malloc(size);
        if (!p)
            return NULL;
        free(wc->sbuf);
        wc->sbuf = p;
        wc->sbuf_size = size;
    }
    return wc->sbuf;
}

void pl_cameo_words_forget(const parley_cameo *c)
{
    tcache *wc = tl_cache;
    if (wc && wc->c == c) {
        tss_set(tl_key, NULL);
        tl_cache = NULL;
        cache_free(wc);
    }
}

/* Makes room for one more word of n bytes and its keys. */
static int reserve(tcache *wc, size_t n)
{
    if (4 * (wc->n + 1) > 3 * wc->nslots) {
        /* aligned: an entry is one cache line */
        size_t ns = wc->nslots ? wc->nslots * 2 : 2048;
        tentry *q = aligned_alloc(64, ns * sizeof *q);
        if (!q)
            return -1;
        memset(q, 0, ns * sizeof *q);
        for (size_t i = 0; i < wc->nslots; i++) {
            if (!wc->tab[i].used)
                continue;
            size_t k = pl_cameo_word_slot(wc->tab[i].h, ns - 1);
            while (q[k].used)
                k = (k + 1) & (ns - 1);
            q[k] = wc->tab[i];
        }
        free(wc->tab);
        wc->tab = q;
        wc->nslots = ns;
    }
    /* room for all the keys a word can have (pl_cameo_token_keys) */
    if (wc->kcap - wc->nkeys < n + 1) {
        size_t nc = wc->kcap ? wc->kcap * 2 : 4096;
        if (nc < wc->nkeys + n + 1)
            nc = wc->nkeys + n + 1;
        ckey *q = realloc(wc->keys, nc * sizeof *q);
        if (!q)
            return -1;
        wc->keys = q;
        wc->kcap = nc;
    }
    if (wc->ccap - wc->nchars < n + 1) {
        size_t nc = wc->ccap ? wc->ccap * 2 : 16384;
        if (nc < wc->nchars + n + 1)
            nc = wc->nchars + n + 1;
        char *q = realloc(wc->chars, nc);
        if (!q)
            return -1;
        wc->chars = q;
        wc->ccap = nc;
    }
    return 0;
}

/* Whether some key of keys[0 .. nk) has a story discard filed under it,
 * among the entries the coder's discarded() tries (match.c). */
static int story_keys(const parley_cameo *c, const ckey *keys, size_t nk)
{
    for (const ckey *k = keys, *ke = k + nk; k < ke; k++) {
        if (!(k->flags & CK_LOOK) || !(k->flags & ((uint32_t)CK_HAS << CX_DISCARD)))
            continue;
        size_t ne;
        const uint32_t *ix = cameo_index(c, k->wid, CX_DISCARD, &ne);
        for (size_t q = 0; q < ne; q++)
            if (c->ents[ix[q]].story)
                return 1;
    }
    return 0;
}

/* story_keys of the keys of word w[0 .. n); 1 when it has more keys than
 * are looked at here (the sentence is then made into tokens and looked
 * at whole, which is never wrong). */
static int story_word(const parley_cameo *c, const char *w, size_t n)
{
    ckey keys[32];
    size_t nk = pl_cameo_token_keys(c, w, n, keys, 32);
    return nk > 32 || story_keys(c, keys, nk);
}

/* Whether a part the coder makes of odd word w[0 .. n) may begin a story
 * discard: the words between its hyphens once its dots are dropped, and
 * the two halves of a final "n't" (match.c: make_tokens, add_parts); 1
 * for a word too long to look at here. */
static int story_parts(const parley_cameo *c, const char *w, size_t n)
{
    char b[64];
    if (n > sizeof b)
        return 1;
    if (n > 3 && w[n - 3] == 'n' && w[n - 2] == '\'' && w[n - 1] == 't' &&
        (story_word(c, w, n - 3) || story_word(c, "n't", 3)))
        return 1;
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] != '.')
            b[o++] = w[i];
    for (size_t p = 0; p < o;) {
        size_t e = p;
        while (e < o && b[e] != '-')
            e++;
        if (e > p && story_word(c, b + p, e - p))
            return 1;
        p = e + 1;
    }
    return 0;
}

const tentry *pl_cameo_word_add(tcache *wc, const char *w, size_t n, uint64_t h)
{
    if (n > UINT32_MAX / 2 || reserve(wc, n)) {
        empty(wc);
        return NULL;
    }
    const parley_cameo *c = wc->c;
    size_t mask = wc->nslots - 1, k = pl_cameo_word_slot(h, mask);
    while (wc->tab[k].used)
        k = (k + 1) & mask;
    tentry *e = &wc->tab[k];
    e->used = 1;
    e->h = h;
    e->str = (uint32_t)wc->nchars;
    e->n = (uint32_t)n;
    memset(e->pre, 0, sizeof e->pre);
    memcpy(e->pre, w, n < TE_PRE ? n : TE_PRE);
    memcpy(wc->chars + wc->nchars, w, n);
    wc->chars[wc->nchars + n] = '\0';
    wc->nchars += n + 1;
    e->k0 = (uint32_t)wc->nkeys;
    e->nk = (uint32_t)pl_cameo_token_keys_h(c, wc->chars + e->str, n, h,
                                            wc->keys + wc->nkeys, n + 1);
    e->has = 0;
    e->sec = 0;
    e->psec = 0;
    for (const ckey *ky = wc->keys + e->k0, *ke = ky + e->nk; ky < ke; ky++) {
        e->sec |= 1ULL << cameo_second_bit(ky->wid);
        if (ky->flags & CK_LOOK) {
            e->has |= ky->flags;
            if (ky->flags & (CK_PAIRS1 | CK_PAIRS2))
                e->psec |= c->words[ky->wid].seconds;
        }
    }
    e->bb = e->nk ? (uint16_t)cameo_bloom_bit(wc->keys[e->k0].wid) : CAMEO_BLOOM_ANY;
    e->cls = cameo_word_class(c, w, n, h);
    e->odd = memchr(w, '-', n) || memchr(w, '.', n) ||
             (n > 3 && w[n - 3] == 'n' && w[n - 2] == '\'' && w[n - 1] == 't');
    if (story_keys(c, wc->keys + e->k0, e->nk) || (e->odd && story_parts(c, w, n)))
        e->has |= TE_STORY;
    wc->nkeys += e->nk;
    wc->n++;
    return e;
}
