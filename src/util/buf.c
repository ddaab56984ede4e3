/* buf.c — parley_buf, the growable byte buffer used for all string
 * building (instead of strcat/sprintf), and its JSON string writer. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "text/utf8.h"
#include "util/json.h"

static char empty_buf[1];

void parley_buf_init(parley_buf *b)
{
    b->p = empty_buf;
    b->n = 0;
    b->cap = 0;
}

void parley_buf_release(parley_buf *b)
{
    if (b->cap)
        free(b->p);
    parley_buf_init(b);
}

char *parley_buf_detach(parley_buf *b, size_t *n)
{
    char *p = b->cap ? b->p : calloc(1, 1);
    if (n)
        *n = b->n;
    parley_buf_init(b);
    return p;
}

void parley_buf_reset(parley_buf *b)
{
    b->n = 0;
    if (b->cap)
        b->p[0] = '\0';
    else
        b->p = empty_buf;
}

int parley_buf_grow(parley_buf *b, size_t extra)
{
    if (!b->p)
        parley_buf_init(b);
    if (extra > SIZE_MAX - b->n - 1)
        return PARLEY_ENOMEM;
    size_t need = b->n + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->cap ? b->p : NULL, cap);
    if (!p)
        return PARLEY_ENOMEM;
    if (!b->cap)
        p[0] = '\0';
    b->p = p;
    b->cap = cap;
    return 0;
}

int parley_buf_add(parley_buf *b, const void *p, size_t n)
{
    /* room for n bytes and the NUL (an empty buffer has cap 0) */
    if (b->cap - b->n <= n && parley_buf_grow(b, n))
        return PARLEY_ENOMEM;
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = '\0';
    return 0;
}

int parley_buf_adds(parley_buf *b, const char *s)
{
    return parley_buf_add(b, s, strlen(s));
}

int parley_buf_addc(parley_buf *b, char c)
{
    return parley_buf_add(b, &c, 1);
}

int parley_buf_addf(parley_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0)
        return PARLEY_EINVAL;
    if ((size_t)len < sizeof small)
        return parley_buf_add(b, small, (size_t)len);
    if (parley_buf_grow(b, (size_t)len))
        return PARLEY_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)len + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)len;
    return 0;
}

/* json_special8 is util/json.h's, for the short strings written inline */
#define json_special8 pl_json_special8

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define JSON_WORDS 1
#else
#define JSON_WORDS 0
#endif

#ifdef __SSE2__
#define json_special16 pl_json_special16
#endif

/* The index of the first byte of the 8 in w (in memory order) that needs
 * a look, 8 when none does. */
static inline unsigned json_first8(uint64_t w)
{
#if defined(__SSE2__) && defined(__x86_64__)
    return (unsigned)__builtin_ctz(json_special16(_mm_cvtsi64_si128((long long)w)) | 0x100u);
#else
    uint64_t m = json_special8(w);
    return m ? (unsigned)__builtin_ctzll(m) / 8 : 8;
#endif
}

/* json_body goes into both its callers */
#ifdef __GNUC__
#define JSON_INLINE inline __attribute__((always_inline))
#else
#define JSON_INLINE inline
#endif

static inline int json_plain(unsigned c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Writes the escape of byte c (a control character, '"', '\\' or a byte
 * that is no valid UTF-8) at o; returns its end. */
static char *json_escape(char *o, unsigned c)
{
    static const char hex[] = "0123456789abcdef";
    o[0] = '\\';
    o[1] = (char)c;
    if (c == '\n')
        o[1] = 'n';
    else if (c == '\t')
        o[1] = 't';
    else if (c == '\r')
        o[1] = 'r';
    else if (c < 0x20) {
        o[1] = 'u', o[2] = '0', o[3] = '0', o[4] = hex[c >> 4], o[5] = hex[c & 15];
        return o + 6;
    } else if (c >= 0x80) {
        memcpy(o, "\xEF\xBF\xBD", 3); /* one per invalid byte */
        return o + 3;
    }
    return o + 2;
}

/* The inside of the JSON string of p[0, n) at o, which has room for 6n +
 * 17 bytes; returns its end. Plain bytes (valid UTF-8 included) are
 * copied sixteen or eight at a time, stored before they are looked at:
 * the first one that needs a look is found from the mask, and what was
 * stored from it on is overwritten. The last bytes of a string of eight
 * or more are read as the string's last eight, shifted. */
static JSON_INLINE char *json_body(char *o, const unsigned char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__) && defined(__x86_64__)
    if (n >= 8 && n < 16) {
        /* 8 to 15 bytes (dates, codes, ids): the first eight and the last
         * eight, which overlap, in one test; when some byte needs a look,
         * the loop below does it all again */
        uint64_t lo, hi;
        memcpy(&lo, p, 8);
        memcpy(&hi, p + n - 8, 8);
        __m128i v = _mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)lo),
                                       _mm_cvtsi64_si128((long long)hi));
        if (!json_special16(v)) {
            memcpy(o, &lo, 8);
            memcpy(o + n - 8, &hi, 8);
            return o + n;
        }
    }
#endif
    while (i < n) {
        size_t r = n - i, k = 0;
#ifdef __SSE2__
        if (r >= 16) {
            /* a run of plain bytes (a sentence's words) in a loop of its
             * own, sixteen at a time while sixteen more follow */
            unsigned m;
            for (;;) {
                __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
                _mm_storeu_si128((__m128i *)o, v);
                if ((m = json_special16(v)) != 0 || n - i < 32)
                    break;
                o += 16;
                i += 16;
            }
            if (!m) {
                o += 16;
                i += 16;
                continue;
            }
            k = (size_t)__builtin_ctz(m);
        } else
#endif
        if (JSON_WORDS && r >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            memcpy(o, &w, 8);
            if ((k = json_first8(w)) == 8) {
                o += 8;
                i += 8;
                continue;
            }
        } else if (JSON_WORDS && n >= 8) {
            /* r < 8: the last eight bytes, those before i shifted out (the
             * zero bytes shifted in need a look: k <= r) */
            uint64_t w;
            memcpy(&w, p + n - 8, 8);
            w >>= 8 * (8 - r);
            memcpy(o, &w, 8);
            if ((k = json_first8(w)) >= r) {
                o += r;
                break;
            }
        } else if (JSON_WORDS && i == 0 && n >= 2) {
            /* 2 to 7 bytes: two words of 4 (or 2) that overlap, one test */
            uint64_t w;
            if (n >= 4) {
                uint32_t lo, hi;
                memcpy(&lo, p, 4);
                memcpy(&hi, p + n - 4, 4);
                memcpy(o, &lo, 4);
                memcpy(o + n - 4, &hi, 4);
                w = lo | (uint64_t)hi << 32;
            } else {
                uint16_t lo, hi;
                memcpy(&lo, p, 2);
                memcpy(&hi, p + n - 2, 2);
                memcpy(o, &lo, 2);
                memcpy(o + n - 2, &hi, 2);
                w = lo | (uint32_t)hi << 16;
                w |= w << 32;
            }
            if (json_first8(w) == 8) {
                o += n;
                break;
            }
            while (json_plain(p[k]))
                o[k] = (char)p[k], k++;
        } else {
            while (k < r && json_plain(p[i + k]))
                o[k] = (char)p[i + k], k++;
            if (k == r) {
                o += r;
                break;
            }
        }
        o += k;
        i += k;
        unsigned c = p[i], cp;
        size_t len;
        if (c >= 0x80 && (len = parley_utf8_decode(p + i, n - i, &cp))) {
            o[0] = (char)p[i];
            o[1] = (char)p[i + 1];
            if (len > 2)
                o[2] = (char)p[i + 2];
            if (len > 3)
                o[3] = (char)p[i + 3];
            o += len;
            i += len;
            continue;
        }
        o = json_escape(o, c);
        i++;
    }
    return o;
}

char *pl_json_put(char *o, const char *p, size_t n)
{
    *o++ = '"';
    o = json_body(o, (const unsigned char *)p, n);
    *o++ = '"';
    return o;
}

/* Input bytes escaped into room made for them at once. */
#define JSON_CHUNK 4096

/* Where a chunk of p[0, n) that ends at most at JSON_CHUNK may end (n >
 * JSON_CHUNK): not inside a valid UTF-8 sequence, whose bytes after the
 * first are all continuation bytes. Cut before the last byte at or before
 * the limit that is no continuation byte, if one of the last four is;
 * else no sequence runs across the limit. */
static size_t json_cut(const unsigned char *p)
{
    for (size_t j = JSON_CHUNK; j > JSON_CHUNK - 4; j--)
        if ((p[j] & 0xC0) != 0x80)
            return j;
    return JSON_CHUNK;
}

/* Room is made for a chunk of the string at a time (the whole string when
 * it is short), so only JSON_CHUNK bytes at most are escaped between two
 * checks. On failure the buffer is cut back to where it was. */
int parley_buf_add_json(parley_buf *b, parley_str s)
{
    const unsigned char *p = (const unsigned char *)s.p;
    size_t n = s.n, start = b->n;
    size_t first = n > JSON_CHUNK ? JSON_CHUNK : n;
    if (b->cap - b->n <= PL_JSON_ROOM(first) && parley_buf_grow(b, PL_JSON_ROOM(first)))
        return PARLEY_ENOMEM;
    char *o = b->p + b->n;
    *o++ = '"';
    while (n > JSON_CHUNK) {
        size_t cut = json_cut(p);
        o = json_body(o, p, cut);
        p += cut;
        n -= cut;
        b->n = (size_t)(o - b->p);
        first = n > JSON_CHUNK ? JSON_CHUNK : n;
        if (b->cap - b->n <= PL_JSON_ROOM(first) && parley_buf_grow(b, PL_JSON_ROOM(first))) {
            b->n = start;
            b->p[start] = '\0';
            return PARLEY_ENOMEM;
        }
        o = b->p + b->n;
    }
    o = json_body(o, p, n);
    *o++ = '"';
    *o = '\0';
    b->n = (size_t)(o - b->p);
    return 0;
}

/* The decimal digits of v, right-aligned in the 20 bytes before end;
 * returns where they start. */
static char *digits(char *end, uint64_t v)
{
    char *q = end;
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return q;
}

int parley_buf_add_uint(parley_buf *b, uint64_t v)
{
    char tmp[24], *end = tmp + sizeof tmp, *q = digits(end, v);
    return parley_buf_add(b, q, (size_t)(end - q));
}

int parley_buf_add_int(parley_buf *b, int64_t v)
{
    char tmp[24], *end = tmp + sizeof tmp;
    char *q = digits(end, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
    if (v < 0)
        *--q = '-';
    return parley_buf_add(b, q, (size_t)(end - q));
}

/* For |v| < 1e15 the rounding is done exactly in integers: v = m * 2^e
 * with m below 2^53 (read from the bits of the double), so v * 10^d is m * 10^d (below 2^63 for d <= 3)
 * shifted by e, and the bits shifted out decide the rounding, ties to
 * even as glibc's printf does in the default rounding mode. */
char *pl_json_put_fixed(char *o, double v, int decimals)
{
    static const uint64_t pow10[] = {1, 10, 100, 1000};
    if (decimals < 0 || decimals > 3 || !(fabs(v) < 1e15))
        return NULL;
    uint64_t scale = pow10[decimals], q, bits;
    _Static_assert(sizeof bits == sizeof v, "double is IEEE 754 binary64");
    memcpy(&bits, &v, sizeof bits);
    /* |v| = m * 2^e: IEEE 754 binary64, subnormals included */
    int biased = (int)(bits >> 52 & 0x7FF);
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    if (biased)
        m |= (uint64_t)1 << 52;
    int e = (biased ? biased : 1) - 1075;
    /* |v| < 1e15 < 2^52 makes e negative */
    if (-e >= 64) {
        q = 0; /* below 2^-11: less than half a unit of the last decimal */
    } else {
        int sh = -e;
        uint64_t num = m * scale, rem, half = (uint64_t)1 << (sh - 1);
        q = num >> sh;
        rem = num & ((half << 1) - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
    }
    /* right-aligned at tmp + 24 (21 bytes at most: a sign, 16 digits, a
     * point and 3), then copied as 24 bytes: a fixed-size copy */
    char tmp[48], *end = tmp + 24, *p = end;
    for (int k = 0; k < decimals; k++) {
        *--p = (char)('0' + q % 10);
        q /= 10;
    }
    if (decimals)
        *--p = '.';
    p = digits(p, q);
    if (signbit(v))
        *--p = '-';
    memcpy(o, p, 24);
    return o + (end - p);
}

int parley_buf_add_fixed(parley_buf *b, double v, int decimals)
{
    char tmp[PL_JSON_FIXED_ROOM], *end = pl_json_put_fixed(tmp, v, decimals);
    if (end)
        return parley_buf_add(b, tmp, (size_t)(end - tmp));
    char big[512];
    int len = snprintf(big, sizeof big, "%.*f", decimals, v);
    if (len < 0 || (size_t)len >= sizeof big)
        return PARLEY_EINVAL;
    return parley_buf_add(b, big, (size_t)len);
}
