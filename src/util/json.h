/* json.h — private: the JSON string writer of buf.c for callers that make
 * room for a whole record at once (output/json.c writes an event with one
 * check of the buffer's room instead of one per piece). */
#ifndef PARLEY_UTIL_JSON_H
#define PARLEY_UTIL_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The room pl_json_put may take for a string of n bytes: two quotes, six
 * bytes a byte at most ("\u001f"), and sixteen the writer may store past
 * its end (overwritten by what follows). */
#define PL_JSON_ROOM(n) (6 * (size_t)(n) + 18)

/* Writes p[0, n) as a quoted JSON string at o, which has room for
 * PL_JSON_ROOM(n) bytes, exactly as parley_buf_add_json appends it, and
 * returns the end of what it wrote. No NUL is written. */
char *pl_json_put(char *o, const char *p, size_t n);

/* The room pl_json_put_fixed takes. */
#define PL_JSON_FIXED_ROOM 24

/* Writes v with `decimals` digits after the point, as printf's "%.*f"
 * writes it (the digits parley_buf_add_fixed appends), at o, which has
 * room for PL_JSON_FIXED_ROOM bytes, and returns the end; NULL, with
 * nothing written, unless decimals is 0 to 3 and |v| < 1e15. */
char *pl_json_put_fixed(char *o, double v, int decimals);

/* Byte k of the result has its high bit set when byte k of w (in memory
 * order on a little-endian machine) needs more than a copy inside a JSON
 * string: a control character, a byte above 0x7F (to be checked as
 * UTF-8), '"' or '\\'. A borrow only runs upwards, from a byte that is
 * one of those, so the lowest byte flagged is exactly the first. */
static inline uint64_t pl_json_special8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t q = w ^ (ones * '"'), k = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | w | ((q - ones) & ~q) | ((k - ones) & ~k)) & high;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Bit k set when byte k of v needs a look, as pl_json_special8 (a signed
 * compare: bytes from 0x80 on are below 0x20 too). */
static inline unsigned pl_json_special16(__m128i v)
{
    __m128i ctl = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i bsl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(quote, bsl)));
}
#endif

/* pl_json_put, with a string of 1 to 16 bytes that need no escape (the
 * codes, countries, dates, roles and most names of an event) written
 * here: its first and last bytes loaded as words that overlap, one test,
 * no call. An event line has some twenty such strings. Same room, same
 * bytes as pl_json_put. */
static inline char *pl_json_put_short(char *o, const char *p, size_t n)
{
#if defined(__SSE2__) && defined(__x86_64__)
    if (n - 1 < 16) {
        char *d = o + 1;
        uint64_t lo, hi;
        unsigned special;
        if (n >= 8) {
            memcpy(&lo, p, 8);
            memcpy(&hi, p + n - 8, 8);
            special = pl_json_special16(_mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)lo),
                                                           _mm_cvtsi64_si128((long long)hi)));
        } else if (n >= 4) {
            uint32_t a, z;
            memcpy(&a, p, 4);
            memcpy(&z, p + n - 4, 4);
            lo = a;
            hi = z;
            special = pl_json_special16(_mm_cvtsi64_si128((long long)(lo | hi << 32))) & 0xFF;
        } else {
            /* 1 to 3 bytes: the first, the middle and the last */
            lo = (unsigned char)p[0] | (uint64_t)(unsigned char)p[n >> 1] << 8 |
                 (uint64_t)(unsigned char)p[n - 1] << 16;
            special = pl_json_special16(_mm_cvtsi64_si128((long long)lo)) & 7;
        }
        if (!special) {
            if (n >= 8) {
                memcpy(d, &lo, 8);
                memcpy(d + n - 8, &hi, 8);
            } else if (n >= 4) {
                uint32_t a = (uint32_t)lo, z = (uint32_t)hi;
                memcpy(d, &a, 4);
                memcpy(d + n - 4, &z, 4);
            } else {
                d[0] = (char)lo;
                d[n >> 1] = (char)(lo >> 8);
                d[n - 1] = (char)(lo >> 16);
            }
            o[0] = '"';
            o[n + 1] = '"';
            return o + n + 2;
        }
    }
#endif
    return pl_json_put(o, p, n);
}

#endif
