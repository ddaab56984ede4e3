/* utf8.h — private: turns untrusted bytes into clean UTF-8 text (invalid
 * sequences → U+FFFD, NUL → space, CRLF/CR → LF, NFC) for the ingest stage,
 * and validates UTF-8 for the other stages. */
#ifndef PARLEY_TEXT_UTF8_H
#define PARLEY_TEXT_UTF8_H

#include <stddef.h>

#include "parley.h"

/* What cleaning found: the byte offset (in the input) of the first invalid
 * sequence and how many invalid sequences were replaced. first_bad is
 * meaningful only when nbad > 0. */
typedef struct parley_utf8_report {
    size_t first_bad;
    size_t nbad;
    size_t nnul; /* NUL bytes turned into spaces */
} parley_utf8_report;

/* Cleaning steps; PARLEY_UTF8_CLEAN_ALL is what documents get. */
enum {
    PARLEY_UTF8_FIX = 1,   /* invalid sequences → U+FFFD (always done) */
    PARLEY_UTF8_NUL = 2,   /* NUL → ' ' */
    PARLEY_UTF8_EOL = 4,   /* CRLF and lone CR → LF */
    PARLEY_UTF8_NFC = 8,   /* NFC with utf8proc (STABLE|COMPOSE) */
    PARLEY_UTF8_CLEAN_ALL = 15
};

/* Appends the cleaned form of p[0..n) to out. rep may be NULL. Returns 0
 * or PARLEY_ENOMEM (out then holds a partial result; release it). */
int pl_utf8_clean(parley_buf *out, const char *p, size_t n, int steps,
                      parley_utf8_report *rep);

/* Length of the valid UTF-8 sequence at s (n bytes available), or 0 when
 * it is not one (overlongs, surrogates, > U+10FFFF, truncation). n > 0. */
size_t pl_utf8_seq(const unsigned char *s, size_t n);

/* The same check inline for the hot loops, with the code point in *cp
 * (left alone when the sequence is invalid). n > 0. */
static inline size_t parley_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        unsigned v = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        unsigned v = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                     (s[3] & 0x3Fu);
        if (v < 0x10000 || v > 0x10FFFF)
            return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

/* How many bytes of the invalid sequence at s one U+FFFD replaces: the
 * lead byte and the continuation bytes that could still belong to it
 * (Unicode's "maximal subpart"), at least 1. n > 0. */
size_t pl_utf8_bad_len(const unsigned char *s, size_t n);

/* 1 when code point cp is certainly left alone by NFC whatever surrounds
 * it and never combines with the character before it (NFC_Quick_Check=Yes,
 * canonical combining class 0, never the second of a composition): text
 * may be cut before such a character and each piece normalised alone.
 * The ranges are the ones news text is made of (Latin, Cyrillic letters,
 * Vietnamese letters, punctuation, currency signs, CJK ideographs); 0
 * means "look closer", not "unstable". */
static inline int parley_utf8_nfc_stable(unsigned cp)
{
    return cp < 0x300 || (cp >= 0x400 && cp < 0x483) || (cp >= 0x1E00 && cp < 0x1F00) ||
           (cp >= 0x2002 && cp < 0x2070) || (cp >= 0x20A0 && cp < 0x20C0) ||
           (cp >= 0x4E00 && cp < 0xA000) || cp == 0xFFFD;
}

/* Normalises b->p[from..b->n), valid UTF-8 that starts at a character
 * boundary, to NFC in place. first is the offset of the first character
 * that is not parley_utf8_nfc_stable (b->n or more: nothing to do); the
 * bytes before it are left as they are, and only the stretches around
 * characters that are not stable go through utf8proc. Returns 0 or
 * PARLEY_ENOMEM (b then still holds valid, maybe unnormalised, text). */
int pl_utf8_nfc_tail(parley_buf *b, size_t from, size_t first);

/* Appends UTF-16 p[0..n) (big_endian or little-endian, without its byte
 * order mark) to out as UTF-8; unpaired surrogates and an odd last byte
 * become U+FFFD, counted in *nbad (may be NULL). 0 or PARLEY_ENOMEM. */
int pl_utf16_to_utf8(parley_buf *out, const unsigned char *p, size_t n,
                         int big_endian, size_t *nbad);

/* 1 when p[0..n) is valid UTF-8, else 0 with the offset of the first
 * invalid byte in *bad (bad may be NULL). NUL bytes count as valid. */
int pl_utf8_valid(const char *p, size_t n, size_t *bad);

#endif
