/* utf8.c — cleaning of untrusted input bytes into the text every later
 * stage sees: valid UTF-8, no NUL, LF line ends, NFC (DESIGN.md, stage 2).
 * Invalid input is replaced and counted, never assumed away. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/utf8.h"

static const char replacement[] = "\xEF\xBF\xBD";

size_t parley_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (len > n)
        return 0;
    unsigned cp = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* Length of the invalid stretch at s that one U+FFFD replaces: the lead
 * byte plus the continuation bytes that could belong to it (the "maximal
 * subpart" practice of Unicode §3.9), at least 1. */
static size_t bad_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t want = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3
                : c >= 0xC2 && c <= 0xDF ? 2 : 1;
    size_t i = 1;
    while (i < want && i < n && (s[i] & 0xC0) == 0x80) {
        /* stop where the prefix can no longer become valid */
        if (i == 1 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) ||
                       (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)))
            break;
        i++;
    }
    return i;
}

int parley_utf8_valid(const char *p, size_t n, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len = parley_utf8_seq(s + i, n - i);
        if (!len) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += len;
    }
    return 1;
}

/* Pass 1: fix bytes, NULs and line ends into out. */
static int fix(parley_buf *out, const unsigned char *s, size_t n, int steps,
               parley_utf8_report *rep)
{
    if (parley_buf_grow(out, n))
        return PARLEY_ENOMEM;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && s[run] >= 0x20 && s[run] < 0x80)
            run++;
        if (run > i && parley_buf_add(out, s + i, run - i))
            return PARLEY_ENOMEM;
        i = run;
        if (i >= n)
            break;
        unsigned c = s[i];
        int rc = 0;
        if (c == 0 && (steps & PARLEY_UTF8_NUL)) {
            rc = parley_buf_addc(out, ' ');
            rep->nnul++;
            i++;
        } else if (c == '\r' && (steps & PARLEY_UTF8_EOL)) {
            rc = parley_buf_addc(out, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else if (c < 0x80) {
            rc = parley_buf_addc(out, (char)c);
            i++;
        } else {
            size_t len = parley_utf8_seq(s + i, n - i);
            if (len) {
                rc = parley_buf_add(out, s + i, len);
                i += len;
            } else {
                if (rep->nbad++ == 0)
                    rep->first_bad = i;
                rc = parley_buf_add(out, replacement, 3);
                i += bad_len(s + i, n - i);
            }
        }
        if (rc)
            return rc;
    }
    return 0;
}

static int all_ascii(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80)
            return 0;
    return 1;
}

/* Whether valid UTF-8 s is certainly NFC already: every code point is in
 * a range whose characters are all NFC_Quick_Check=Yes and never combine
 * with a neighbour (Latin up to U+02FF, Cyrillic letters, general
 * punctuation, currency signs). Most news text passes, and skips the
 * costly normalisation; anything else (combining marks, Hangul, other
 * scripts) is normalised by utf8proc. */
static int surely_nfc(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        unsigned cp;
        size_t len;
        if (c < 0xE0) {
            cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
            len = 2;
        } else if (c < 0xF0) {
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            len = 3;
        } else {
            return 0;
        }
        if (!(cp < 0x300 || (cp >= 0x400 && cp < 0x483) ||
              (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20BF)))
            return 0;
        i += len;
    }
    return 1;
}

/* Pass 2: NFC of valid UTF-8 s into out, a chunk at a time so memory is
 * bounded by the chunk (utf8proc_map needs 4 bytes per code point) and
 * ASCII stretches are copied as they are. A cut between two ASCII bytes
 * is safe: ASCII characters are starters that compose with nothing. */
static int nfc(parley_buf *out, const unsigned char *s, size_t n)
{
    enum { CHUNK = 1 << 16 };
    size_t i = 0;
    while (i < n) {
        size_t end = n - i > CHUNK ? i + CHUNK : n;
        while (end < n && !(s[end - 1] < 0x80 && s[end] < 0x80))
            end++;
        if (all_ascii(s + i, end - i) || surely_nfc(s + i, end - i)) {
            if (parley_buf_add(out, s + i, end - i))
                return PARLEY_ENOMEM;
        } else {
            utf8proc_uint8_t *dst = NULL;
            utf8proc_ssize_t len = utf8proc_map(s + i, (utf8proc_ssize_t)(end - i),
                                                &dst, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            if (len < 0) {
                /* only NOMEM/OVERFLOW can happen on valid input */
                return PARLEY_ENOMEM;
            }
            int rc = parley_buf_add(out, dst, (size_t)len);
            free(dst);
            if (rc)
                return rc;
        }
        i = end;
    }
    return 0;
}

int parley_utf8_clean(parley_buf *out, const char *p, size_t n, int steps,
                      parley_utf8_report *rep)
{
    parley_utf8_report dummy;
    if (!rep)
        rep = &dummy;
    memset(rep, 0, sizeof *rep);
    if (!out->p)
        parley_buf_init(out);
    if (n == 0)
        return parley_buf_grow(out, 0);
    const unsigned char *s = (const unsigned char *)p;
    if (!(steps & PARLEY_UTF8_NFC))
        return fix(out, s, n, steps, rep);
    parley_buf tmp = PARLEY_BUF_INIT;
    int rc = fix(&tmp, s, n, steps, rep);
    if (!rc)
        rc = nfc(out, (const unsigned char *)tmp.p, tmp.n);
    parley_buf_release(&tmp);
    return rc;
}
