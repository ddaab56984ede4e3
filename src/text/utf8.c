/* utf8.c — cleaning of untrusted input bytes into the text every later
 * stage sees: valid UTF-8, no NUL, LF line ends, NFC (DESIGN.md, stage 2).
 * Invalid input is replaced and counted, never assumed away. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/utf8.h"

static const char replacement[] = "\xEF\xBF\xBD";

size_t pl_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned cp;
    return parley_utf8_decode(s, n, &cp);
}

size_t pl_utf8_bad_len(const unsigned char *s, size_t n)
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

int pl_utf8_valid(const char *p, size_t n, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len = pl_utf8_seq(s + i, n - i);
        if (!len) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += len;
    }
    return 1;
}

/* Whether any of the 8 bytes in w is below 0x20 or above 0x7F (the bit
 * tricks of "Bit Twiddling Hacks": a borrow reaches bit 7 of a byte
 * below the bound). Exact as a yes/no answer. */
static inline int word_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    return (((w - ones * 0x20) & ~w) | w) & high ? 1 : 0;
}

/* Pass 1: fixes bytes, NULs and line ends, appending to out. Printable
 * ASCII and valid sequences are copied in runs. *unstable gets the offset
 * in out of the first character that is not parley_utf8_nfc_stable (left
 * alone when there is none). */
static int fix(parley_buf *out, const unsigned char *s, size_t n, int steps,
               parley_utf8_report *rep, size_t *unstable)
{
    if (parley_buf_grow(out, n))
        return PARLEY_ENOMEM;
    size_t i = 0, run = 0; /* s[run..i) is still to be copied as it is */
    while (i < n) {
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (word_special(w))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned c = s[i];
        if (c >= 0x20 && c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0x80) {
            unsigned cp;
            size_t len = parley_utf8_decode(s + i, n - i, &cp);
            if (len) {
                if (*unstable == SIZE_MAX && !parley_utf8_nfc_stable(cp))
                    *unstable = out->n + (i - run);
                i += len;
                continue;
            }
        } else if (!(c == 0 && (steps & PARLEY_UTF8_NUL)) &&
                   !(c == '\r' && (steps & PARLEY_UTF8_EOL))) {
            i++; /* other control characters stay */
            continue;
        }
        if (i > run && parley_buf_add(out, s + run, i - run))
            return PARLEY_ENOMEM;
        int rc;
        if (c == 0) {
            rc = parley_buf_addc(out, ' ');
            rep->nnul++;
            i++;
        } else if (c == '\r') {
            rc = parley_buf_addc(out, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else {
            if (rep->nbad++ == 0)
                rep->first_bad = i;
            rc = parley_buf_add(out, replacement, 3);
            i += pl_utf8_bad_len(s + i, n - i);
        }
        if (rc)
            return rc;
        run = i;
    }
    if (n > run && parley_buf_add(out, s + run, n - run))
        return PARLEY_ENOMEM;
    return 0;
}

/* The offset of the first character at or after i in s[0..n) that is not
 * parley_utf8_nfc_stable, or n. Invalid bytes count as not stable. */
static size_t next_unstable(const unsigned char *s, size_t n, size_t i)
{
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        unsigned cp;
        size_t len = parley_utf8_decode(s + i, n - i, &cp);
        if (!len || !parley_utf8_nfc_stable(cp))
            return i;
        i += len;
    }
    return n;
}

/* The start of the character that ends just before i, not before lo. */
static size_t char_before(const unsigned char *s, size_t lo, size_t i)
{
    if (i <= lo)
        return lo;
    i--;
    while (i > lo && (s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* NFC works piece by piece: a cut just before a stable character (ASCII
 * included) changes nothing, since such a character neither moves nor
 * composes with what precedes it. So each stretch of characters that are
 * not stable, with the one character before it (which they may compose
 * with), is normalised alone; everything else stays where it is. The
 * result goes to tmp only from the first stretch that changes, which for
 * text already in NFC is never. */
int pl_utf8_nfc_tail(parley_buf *b, size_t from, size_t first)
{
    const unsigned char *s = (const unsigned char *)b->p;
    size_t n = b->n;
    if (first >= n)
        return 0;
    parley_buf tmp = PARLEY_BUF_INIT;
    size_t cut = SIZE_MAX; /* where tmp's bytes go in b, once something changed */
    size_t pos = char_before(s, from, first), k = first;
    int rc = 0;
    while (k < n) {
        size_t seg = char_before(s, pos, k), end = k;
        while (end < n) {
            unsigned cp;
            size_t len = parley_utf8_decode(s + end, n - end, &cp);
            if (len && parley_utf8_nfc_stable(cp))
                break;
            end += len ? len : 1;
        }
        utf8proc_uint8_t *dst = NULL;
        utf8proc_ssize_t len = utf8proc_map(s + seg, (utf8proc_ssize_t)(end - seg), &dst,
                                            UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (len < 0) {
            /* only NOMEM/OVERFLOW can happen on valid input */
            rc = PARLEY_ENOMEM;
            break;
        }
        if (cut == SIZE_MAX && ((size_t)len != end - seg || memcmp(dst, s + seg, (size_t)len)))
            cut = pos;
        if (cut != SIZE_MAX)
            rc = parley_buf_add(&tmp, s + pos, seg - pos) ||
                 parley_buf_add(&tmp, dst, (size_t)len) ? PARLEY_ENOMEM : 0;
        free(dst);
        if (rc)
            break;
        pos = end;
        k = next_unstable(s, n, end);
    }
    if (!rc && cut != SIZE_MAX) {
        rc = parley_buf_add(&tmp, s + pos, n - pos);
        size_t keep = n - cut;
        if (!rc && tmp.n > keep)
            rc = parley_buf_grow(b, tmp.n - keep);
        if (!rc) {
            memcpy(b->p + cut, tmp.p, tmp.n);
            b->n = cut + tmp.n;
            b->p[b->n] = '\0';
        }
    }
    parley_buf_release(&tmp);
    return rc;
}

int pl_utf8_clean(parley_buf *out, const char *p, size_t n, int steps,
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
    size_t base = out->n, unstable = SIZE_MAX;
    int rc = fix(out, (const unsigned char *)p, n, steps, rep, &unstable);
    if (!rc && (steps & PARLEY_UTF8_NFC))
        rc = pl_utf8_nfc_tail(out, base, unstable);
    return rc;
}

/* Appends code point cp (at most U+10FFFF, not a surrogate) as UTF-8. */
static int put_cp(parley_buf *out, unsigned cp)
{
    char u[4];
    size_t k;
    if (cp < 0x80) {
        u[0] = (char)cp;
        k = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 0x3F));
        k = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        k = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18);
        u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
        u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    return parley_buf_add(out, u, k);
}

int pl_utf16_to_utf8(parley_buf *out, const unsigned char *p, size_t n,
                         int big_endian, size_t *nbad)
{
    size_t bad = 0;
    int rc = parley_buf_grow(out, n + n / 2);
    for (size_t i = 0; !rc && i + 1 < n; i += 2) {
        unsigned u = big_endian ? (unsigned)p[i] << 8 | p[i + 1]
                                : (unsigned)p[i + 1] << 8 | p[i];
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            unsigned l = big_endian ? (unsigned)p[i + 2] << 8 | p[i + 3]
                                    : (unsigned)p[i + 3] << 8 | p[i + 2];
            if (l >= 0xDC00 && l <= 0xDFFF) {
                rc = put_cp(out, 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            bad++;
            u = 0xFFFD;
        }
        rc = put_cp(out, u);
    }
    if (!rc && n % 2) {
        bad++;
        rc = put_cp(out, 0xFFFD);
    }
    if (nbad)
        *nbad = bad;
    return rc;
}
