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
int parley_utf8_clean(parley_buf *out, const char *p, size_t n, int steps,
                      parley_utf8_report *rep);

/* Length of the valid UTF-8 sequence at s (n bytes available), or 0 when
 * it is not one (overlongs, surrogates, > U+10FFFF, truncation). n > 0. */
size_t parley_utf8_seq(const unsigned char *s, size_t n);

/* 1 when p[0..n) is valid UTF-8, else 0 with the offset of the first
 * invalid byte in *bad (bad may be NULL). NUL bytes count as valid. */
int parley_utf8_valid(const char *p, size_t n, size_t *bad);

#endif
