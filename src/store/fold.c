/* fold.c — pl_store_fold(x), the fold behind the store's name, place, topic
 * and full-text keys (stage 9): x case-folded with diacritics removed, as
 * utf8proc_map with DECOMPOSE | CASEFOLD | STRIPMARK | LUMP gives it.
 * Every event's keys and evidence are folded as they are stored, so the
 * common case, text whose code points are all below U+0250 (ASCII and
 * the Latin letters of European names), is folded through a table that
 * utf8proc itself fills once; anything else goes through utf8proc_map. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "store/store.h"

#define FOLD_FLAGS                                                             \
    (UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |            \
     UTF8PROC_LUMP)

/* The table covers code points below FAST. None of them is a combining
 * mark, so folding them one by one gives what folding the whole text gives
 * (tests/unit/test_store.c checks every one, and mixed strings). */
#define FAST 0x250

static struct {
    unsigned char n;
    char s[7];
} tab[FAST];
static int tab_ok;
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;

static void tab_build(void)
{
    for (int32_t cp = 0; cp < FAST; cp++) {
        utf8proc_uint8_t in[4], *out = NULL;
        utf8proc_ssize_t len = utf8proc_encode_char(cp, in);
        utf8proc_ssize_t n = utf8proc_map(in, len, &out, FOLD_FLAGS);
        if (n < 0 || n > (utf8proc_ssize_t)sizeof tab[0].s) {
            free(out);
            return; /* tab_ok stays 0: every text takes the slow path */
        }
        memcpy(tab[cp].s, out, (size_t)n);
        tab[cp].n = (unsigned char)n;
        free(out);
    }
    tab_ok = 1;
}

/* The code point at s (n > 0 bytes left) below FAST, with its length in
 * *len; -1 for anything else (larger, or not UTF-8). */
static int32_t next_fast(const unsigned char *s, size_t n, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    /* Two-byte sequences C2..C9 80..BF cover U+0080..U+027F. */
    if (s[0] >= 0xC2 && s[0] <= 0xC9 && n >= 2 && (s[1] & 0xC0) == 0x80) {
        int32_t cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        *len = 2;
        return cp < FAST ? cp : -1;
    }
    return -1;
}

char *pl_store_fold(const char *text, size_t n, size_t *outn)
{
    const unsigned char *s = (const unsigned char *)text;
    pthread_once(&tab_once, tab_build);
    size_t i = 0, m = 0, len = 0;
    int fast = tab_ok;
    while (fast && i < n) {
        int32_t cp = next_fast(s + i, n - i, &len);
        if (cp < 0)
            fast = 0;
        else
            m += tab[cp].n, i += len;
    }
    if (fast) {
        char *r = malloc(m + 1), *o = r;
        if (!r)
            return NULL;
        for (i = 0; i < n; i += len) {
            int32_t cp = next_fast(s + i, n - i, &len);
            memcpy(o, tab[cp].s, tab[cp].n);
            o += tab[cp].n;
        }
        *o = '\0';
        *outn = m;
        return r;
    }
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t k = utf8proc_map(s, (utf8proc_ssize_t)n, &out, FOLD_FLAGS);
    if (k < 0) {
        free(out);
        if (k == UTF8PROC_ERROR_NOMEM)
            return NULL;
        /* Not UTF-8: compared as it is. */
        char *r = malloc(n + 1);
        if (!r)
            return NULL;
        memcpy(r, text, n);
        r[n] = '\0';
        *outn = n;
        return r;
    }
    *outn = (size_t)k;
    return (char *)out;
}
