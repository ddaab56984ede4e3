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
    if (parley_buf_grow(b, n))
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

/* Whether any of the 8 bytes in w needs more than a copy inside a JSON
 * string: a control character, a byte above 0x7F (to be checked as
 * UTF-8), '"' or '\\' (borrow tricks, exact as a yes/no answer). */
static inline int json_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t q = w ^ (ones * '"'), k = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | w | ((q - ones) & ~q) | ((k - ones) & ~k)) & high
               ? 1 : 0;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* json_special for the 16 bytes of v (a signed compare: bytes from 0x80
 * on are below 0x20 too). */
static inline int json_special16(__m128i v)
{
    __m128i ctl = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i bsl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return _mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(quote, bsl))) != 0;
}
#endif

/* The escape of byte c (a control character, '"', '\\' or a byte that is
 * no valid UTF-8) into esc; returns its length. */
static size_t json_escape(unsigned c, char esc[6])
{
    static const char hex[] = "0123456789abcdef";
    esc[0] = '\\';
    esc[1] = (char)c;
    if (c == '\n')
        esc[1] = 'n';
    else if (c == '\t')
        esc[1] = 't';
    else if (c == '\r')
        esc[1] = 'r';
    else if (c < 0x20) {
        esc[1] = 'u', esc[2] = '0', esc[3] = '0', esc[4] = hex[c >> 4], esc[5] = hex[c & 15];
        return 6;
    } else if (c >= 0x80) {
        memcpy(esc, "\xEF\xBF\xBD", 3); /* one per invalid byte */
        return 3;
    }
    return 2;
}

/* Bytes that need no escape (valid UTF-8 included) are copied as they are
 * scanned, sixteen or eight at a time where none of them needs a look, into
 * room made beforehand: b always has room for the rest of s as it is and
 * the closing quote, so only an escape grows it. On failure the buffer
 * is cut back to where it was. */
int parley_buf_add_json(parley_buf *b, parley_str s)
{
    const unsigned char *p = (const unsigned char *)s.p;
    size_t n = s.n, room = b->cap - b->n;
    if ((n >= room || room - n < 3) && parley_buf_grow(b, n + 2))
        return PARLEY_ENOMEM;
    size_t start = b->n, i = 0;
    char *o = b->p + b->n;
    *o++ = '"';
    /* Short strings (codes, names, dates: most of an event's fields) at
     * once when none of their bytes needs a look: 4 to 7 bytes as two
     * 4-byte words that overlap, 2 or 3 as two 2-byte ones (each test
     * word made of the string's own bytes only); else the loop below. */
    if (n >= 4 && n < 8) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + n - 4, 4);
        if (!json_special(lo | (uint64_t)hi << 32)) {
            memcpy(o, &lo, 4);
            memcpy(o + n - 4, &hi, 4);
            o += n;
            i = n;
        }
    } else if (n >= 2 && n < 4) {
        uint16_t lo, hi;
        memcpy(&lo, p, 2);
        memcpy(&hi, p + n - 2, 2);
        uint64_t w = lo | (uint32_t)hi << 16;
        if (!json_special(w | w << 32)) {
            memcpy(o, &lo, 2);
            memcpy(o + n - 2, &hi, 2);
            o += n;
            i = n;
        }
    }
    while (i < n) {
#ifdef __SSE2__
        if (n - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            if (!json_special16(v)) {
                _mm_storeu_si128((__m128i *)o, v);
                o += 16;
                i += 16;
                continue;
            }
        }
#endif
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, p + i, 8), !json_special(w))) {
            memcpy(o, &w, 8);
            o += 8;
            i += 8;
            continue;
        }
        /* The last bytes of a string of eight or more: its last eight at
         * once (most strings end so, and byte by byte cost a third of
         * this function). They overlap bytes already copied: when all
         * eight are plain, those were copied as they are. */
        if (n - i < 8 && n >= 8 && (memcpy(&w, p + n - 8, 8), !json_special(w))) {
            memcpy(o - (8 - (n - i)), &w, 8);
            o += n - i;
            i = n;
            continue;
        }
        unsigned c = p[i], cp;
        size_t len = 1;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *o++ = (char)c;
            i++;
            continue;
        }
        if (c >= 0x80 && (len = parley_utf8_decode(p + i, n - i, &cp))) {
            for (size_t k = 0; k < len; k++)
                *o++ = (char)p[i + k];
            i += len;
            continue;
        }
        /* the escape takes elen bytes where the room kept has one */
        char esc[6];
        size_t elen = json_escape(c, esc);
        b->n = (size_t)(o - b->p);
        if (parley_buf_grow(b, (n - i) + elen + 1)) {
            b->n = start;
            b->p[start] = '\0';
            return PARLEY_ENOMEM;
        }
        o = b->p + b->n;
        memcpy(o, esc, elen);
        o += elen;
        i++;
    }
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
int parley_buf_add_fixed(parley_buf *b, double v, int decimals)
{
    static const uint64_t pow10[] = {1, 10, 100, 1000};
    if (decimals < 0 || decimals > 3 || !(fabs(v) < 1e15)) {
        char tmp[512];
        int len = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
        if (len < 0 || (size_t)len >= sizeof tmp)
            return PARLEY_EINVAL;
        return parley_buf_add(b, tmp, (size_t)len);
    }
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
    char tmp[32], *end = tmp + sizeof tmp, *p = end;
    for (int k = 0; k < decimals; k++) {
        *--p = (char)('0' + q % 10);
        q /= 10;
    }
    if (decimals)
        *--p = '.';
    p = digits(p, q);
    if (signbit(v))
        *--p = '-';
    return parley_buf_add(b, p, (size_t)(end - p));
}
