/* fold.c — case and accent folding (see fold.h): the matching fold of
 * tokens, dictionary words and names, and the key fold of the store.
 * Both fold the code points below TAB_END (ASCII and the Latin letters of
 * European names) through a table filled once by their own slow path. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/fold.h"

/* None of the code points below TAB_END is a combining mark, so folding
 * them one by one gives what folding a whole text gives. */
#define TAB_END 0x250

struct tab {
    unsigned char n; /* bytes in s; NOT_CACHED: fold it the slow way */
    char s[7];
};
#define NOT_CACHED 0xFF

/* Fills t[cp] for every cp < TAB_END with one(cp), which writes at most
 * cap bytes and returns how many, or -1 when the code point is left to
 * the slow path. */
static void tab_fill(struct tab *t, long (*one)(int32_t cp, char *out, size_t cap))
{
    for (int32_t cp = 0; cp < TAB_END; cp++) {
        long k = one(cp, t[cp].s, sizeof t[cp].s);
        t[cp].n = k < 0 ? NOT_CACHED : (unsigned char)k;
    }
}

/* ---- the matching fold ------------------------------------------------ */

#define MATCH_FLAGS                                                            \
    (UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT)

/* What utf8proc's stripping leaves as it is but matching spells in
 * ASCII: letters without a decomposition, and typographic punctuation.
 * NULL for any other code point. */
static const char *match_special(int32_t cp)
{
    switch (cp) {
    case 0x0141: case 0x0142: return "l";   /* Ł ł */
    case 0x00D8: case 0x00F8: return "o";   /* Ø ø */
    case 0x0110: case 0x0111: return "d";   /* Đ đ */
    case 0x0131: return "i";                /* dotless ı */
    case 0x00C6: case 0x00E6: return "ae";
    case 0x0152: case 0x0153: return "oe";
    case 0x00DE: case 0x00FE: return "th";
    case 0x00DF: return "ss";
    case 0x2018: case 0x2019: case 0x02BC: case 0x201B: case 0x2032:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
        return "-";
    }
    return NULL;
}

/* The matching fold of one non-ASCII code point into out (room for cap
 * bytes, cap >= 4): the bytes written, or -1 when utf8proc cannot
 * decompose it (the caller keeps it as written). Writing stops at the
 * first code point that would end within 4 bytes of cap. */
static long match_one(int32_t cp, char *out, size_t cap)
{
    const char *sp = match_special(cp);
    if (sp) {
        size_t l = strlen(sp);
        memcpy(out, sp, l);
        return (long)l;
    }
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, buf, 8, MATCH_FLAGS, &last);
    if (k < 0 || k > 8)
        return -1;
    size_t o = 0;
    for (utf8proc_ssize_t j = 0; j < k; j++) {
        if (o + 4 >= cap)
            break;
        o += (size_t)utf8proc_encode_char(buf[j], (utf8proc_uint8_t *)out + o);
    }
    return (long)o;
}

/* The table's entry: ASCII lower-cased, the rest as match_one gives it
 * with room to spare (an entry that might have been cut is not cached). */
static long match_tab_one(int32_t cp, char *out, size_t cap)
{
    if (cp < 0x80) {
        out[0] = pl_ascii_lower((char)cp);
        return 1;
    }
    char tmp[32];
    long k = match_one(cp, tmp, sizeof tmp);
    if (k < 0 || (size_t)k > cap || (size_t)k + 8 > sizeof tmp)
        return -1;
    memcpy(out, tmp, (size_t)k);
    return k;
}

static struct tab match_tab[TAB_END];
static pthread_once_t match_once = PTHREAD_ONCE_INIT;

static void match_build(void)
{
    tab_fill(match_tab, match_tab_one);
}

long pl_fold_match_cp(int32_t cp, const char **out)
{
    pthread_once(&match_once, match_build);
    if (cp < 0 || cp >= TAB_END || match_tab[cp].n == NOT_CACHED)
        return -1;
    *out = match_tab[cp].s;
    return match_tab[cp].n;
}

/* The code point at s (n > 0 bytes), its length in *len; -1 for a byte
 * that does not start a valid UTF-8 sequence (*len 1). */
static int32_t next_cp(const char *s, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    /* the common well-formed sequences by hand: two bytes (Latin
     * letters), three from U+1000 to U+CFFF (typographic punctuation);
     * the others as utf8proc reads them */
    if (c >= 0xC2 && c <= 0xDF && n >= 2 && (u[1] & 0xC0) == 0x80) {
        *len = 2;
        return (int32_t)((c & 0x1F) << 6 | (u[1] & 0x3F));
    }
    if (c >= 0xE1 && c <= 0xEC && n >= 3 && (u[1] & 0xC0) == 0x80 &&
        (u[2] & 0xC0) == 0x80) {
        *len = 3;
        return (int32_t)((c & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F));
    }
    utf8proc_int32_t v;
    utf8proc_ssize_t l =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &v);
    if (l <= 0) {
        *len = 1;
        return -1;
    }
    *len = (size_t)l;
    return v;
}

/* The matching fold of a text with some non-ASCII byte. */
static long match_text(arena *a, const char *s, size_t n, char **out)
{
    pthread_once(&match_once, match_build);
    /* Each code point folds to a few bytes at most; size generously and
     * cut a pathological expansion short. */
    size_t cap = n * 3 + 8;
    char *p = arena_alloc(a, cap);
    if (!p)
        return -1;
    size_t o = 0, i = 0;
    while (i < n) {
        size_t len;
        if ((unsigned char)s[i] < 0x80) {
            char c = s[i++];
            p[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            if (o + 8 >= cap)
                break;
            continue;
        }
        int32_t cp = next_cp(s + i, n - i, &len);
        const struct tab *t = cp >= 0 && cp < TAB_END ? &match_tab[cp] : NULL;
        long k;
        if (cp < 0) {
            memcpy(p + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else if (t && t->n != NOT_CACHED) {
            /* the whole entry, a copy of fixed size: o + 8 < cap here */
            memcpy(p + o, t->s, sizeof t->s);
            o += t->n;
        } else if ((k = match_one(cp, p + o, cap - o)) >= 0) {
            o += (size_t)k;
        } else {
            memcpy(p + o, s + i, len);
            o += len;
        }
        i += len;
        if (o + 8 >= cap)
            break;
    }
    p[o] = '\0';
    *out = p;
    return (long)o;
}

/* The bytes of x with 'A'..'Z' lower-cased, the others (non-ASCII bytes
 * too) as they are: per byte, bit 7 of b + 0x3F says b >= 'A' and of
 * b + 0x25 that b > 'Z' (b below 0x80, so no carry leaves the byte). */
static inline uint64_t lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, top = 0x80 * ones;
    uint64_t low7 = x & ~top;
    uint64_t upper = (low7 + 0x3F * ones) & ~(low7 + 0x25 * ones) & ~x & top;
    return x | upper >> 2;
}

long pl_fold_match(arena *a, const char *s, size_t n, char **out)
{
    /* Most texts are ASCII, only lower-cased: in one pass that also
     * notes any other byte (then the copy is dropped, a few bytes of the
     * arena, and the text folded the long way). */
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return -1;
    uint64_t high = 0, x;
    if (n >= 8) {
        /* eight bytes a round, the last round overlapping the one
         * before (it writes the same bytes again) */
        for (size_t i = 0;; i += 8) {
            if (i + 8 > n)
                i = n - 8;
            memcpy(&x, s + i, 8);
            high |= x;
            x = lower8(x);
            memcpy(p + i, &x, 8);
            if (i + 8 == n)
                break;
        }
    } else if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        high = (uint64_t)(lo | hi);
        lo = (uint32_t)lower8(lo);
        hi = (uint32_t)lower8(hi);
        memcpy(p, &lo, 4);
        memcpy(p + n - 4, &hi, 4);
    } else {
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            high |= (unsigned char)c;
            p[i] = pl_ascii_lower(c);
        }
    }
    if (high & 0x8080808080808080ULL)
        return match_text(a, s, n, out);
    p[n] = '\0';
    *out = p;
    return (long)n;
}

/* ---- the key fold ----------------------------------------------------- */

#define KEY_FLAGS                                                              \
    (UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP)

static long key_tab_one(int32_t cp, char *out, size_t cap)
{
    utf8proc_uint8_t in[4], *r = NULL;
    utf8proc_ssize_t len = utf8proc_encode_char(cp, in);
    utf8proc_ssize_t k = utf8proc_map(in, len, &r, KEY_FLAGS);
    if (k >= 0 && (size_t)k <= cap)
        memcpy(out, r, (size_t)k);
    free(r);
    return k >= 0 && (size_t)k <= cap ? (long)k : -1;
}

static struct tab key_tab[TAB_END];
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

static void key_build(void)
{
    tab_fill(key_tab, key_tab_one);
}

/* The code point at s (n > 0 bytes left) if the table has it, with its
 * length in *len; -1 for anything else (larger, or not UTF-8). */
static int32_t next_cached(const struct tab *t, const unsigned char *s, size_t n,
                           size_t *len)
{
    int32_t cp = -1;
    if (s[0] < 0x80) {
        *len = 1;
        cp = s[0];
    } else if (s[0] >= 0xC2 && s[0] <= 0xC9 && n >= 2 && (s[1] & 0xC0) == 0x80) {
        /* two-byte sequences C2..C9 80..BF: U+0080..U+027F */
        *len = 2;
        cp = ((int32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
    return cp >= 0 && cp < TAB_END && t[cp].n != NOT_CACHED ? cp : -1;
}

/* The key fold through the table, or NULL with *all 0 when some code
 * point is not in it (or with *all 1 when out of memory). */
static char *key_cached(const unsigned char *s, size_t n, size_t *outn, int *all)
{
    size_t i = 0, m = 0, len = 0;
    *all = 0;
    while (i < n) {
        int32_t cp = next_cached(key_tab, s + i, n - i, &len);
        if (cp < 0)
            return NULL;
        m += key_tab[cp].n, i += len;
    }
    *all = 1;
    /* room for a whole entry at the last one: each is copied whole (a
     * copy of a fixed size, not a call of memcpy per character), the
     * next written over what is past its length */
    char *r = malloc(m + sizeof key_tab[0].s + 1), *o = r;
    if (!r)
        return NULL;
    for (i = 0; i < n; i += len) {
        int32_t cp = next_cached(key_tab, s + i, n - i, &len);
        memcpy(o, key_tab[cp].s, sizeof key_tab[cp].s);
        o += key_tab[cp].n;
    }
    *o = '\0';
    *outn = m;
    return r;
}

char *pl_fold_key(const char *text, size_t n, size_t *outn)
{
    const unsigned char *s = (const unsigned char *)text;
    pthread_once(&key_once, key_build);
    int all;
    char *r = key_cached(s, n, outn, &all);
    if (all)
        return r;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t k = utf8proc_map(s, (utf8proc_ssize_t)n, &out, KEY_FLAGS);
    if (k < 0) {
        free(out);
        if (k == UTF8PROC_ERROR_NOMEM || !(r = malloc(n + 1)))
            return NULL;
        /* not UTF-8: compared as it is */
        memcpy(r, text, n);
        r[n] = '\0';
        *outn = n;
        return r;
    }
    *outn = (size_t)k;
    return (char *)out;
}

/* ---- ASCII ------------------------------------------------------------ */

void pl_ascii_lower_n(char *dst, const char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = pl_ascii_lower(src[i]);
}

void pl_ascii_upper_n(char *dst, const char *src, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = pl_ascii_upper(src[i]);
}
