/* jsonl.c — JSON-lines ingest: one object per line with the fields id,
 * date, title, text, url, source (DESIGN.md, stage 1). A bad line is
 * reported with its line number and byte offset and skipped; the others
 * are still read.
 *
 * The line is read by a strict scanner of our own (RFC 8259), in one
 * pass and without a tree: the six fields are decoded and cleaned
 * straight into the document's buffers, every other value is validated
 * and skipped. Invalid UTF-8 inside strings is replaced by U+FFFD, an
 * unpaired surrogate escape likewise; both are warned about with the byte
 * offset of the first one. Duplicate keys: the last one wins. */
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

/* Values nested deeper than this are refused (the top object is level 1),
 * as jansson, which read these lines before, refused them. */
#define MAX_DEPTH 2048

enum { F_ID, F_DATE, F_TITLE, F_TEXT, F_URL, F_SOURCE, NFIELDS };

enum { V_NONE, V_STRING, V_NUMBER, V_OBJECT, V_ARRAY, V_BOOL, V_NULL };

static const char *kind(int type)
{
    switch (type) {
    case V_OBJECT: return "an object";
    case V_ARRAY: return "an array";
    case V_STRING: return "a string";
    case V_NUMBER: return "a number";
    case V_BOOL: return "a boolean";
    default: return "null";
    }
}

/* What the scanner saw of one of the six fields (its last occurrence). */
typedef struct field {
    int type;
    size_t nnul;         /* \u0000 turned into spaces */
    size_t unstable;     /* offset of the first character NFC may change, or SIZE_MAX */
    size_t num, num_len; /* a number's bytes in the line */
    int num_int;         /* the number has no fraction or exponent */
} field;

typedef struct scan {
    const unsigned char *p;
    size_t n, i;
    const char *err; /* what was expected, NULL while all is well */
    size_t err_at;   /* where, as a byte offset in the line */
    int top;         /* type of the line's value */
    size_t nbad, first_bad; /* invalid UTF-8 sequences replaced */
    size_t nsur, first_sur; /* unpaired surrogate escapes replaced */
    field f[NFIELDS];
} scan;

/* Records a syntax error; the first one stands. Always PARLEY_EPARSE. */
static int fail(scan *s, size_t at, const char *what)
{
    if (!s->err) {
        s->err = what;
        s->err_at = at;
    }
    return PARLEY_EPARSE;
}

static void ws(scan *s)
{
    const unsigned char *p = s->p;
    size_t i = s->i, n = s->n;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    s->i = i;
}

/* The next byte, or -1 at the end of the line. */
static int peek(const scan *s)
{
    return s->i < s->n ? s->p[s->i] : -1;
}

/* Whether any of the 8 bytes in w ends a run of plain string bytes: a
 * control character, a byte above 0x7F, '"' or '\\' (the borrow tricks
 * of "Bit Twiddling Hacks"; exact as a yes/no answer). */
static inline int word_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | w | ((q - ones) & ~q) | ((b - ones) & ~b)) & high
               ? 1 : 0;
}

#ifdef __SSE2__
#include <emmintrin.h>
/* The offset of the first byte of p[0, 16) that word_special would flag
 * (a signed compare: bytes from 0x80 on are below 0x20 too), or 16. */
static inline unsigned first_special16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i ctl = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i bsl = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(quote, bsl)));
    return m ? (unsigned)__builtin_ctz(m) : 16;
}
#endif

static int hexval(unsigned c)
{
    if (c - '0' < 10)
        return (int)(c - '0');
    c |= 0x20;
    if (c - 'a' < 6)
        return (int)(c - 'a' + 10);
    return -1;
}

/* The value of the 4 hex digits at p (n bytes available), or -1. */
static long hex4(const unsigned char *p, size_t n)
{
    if (n < 4)
        return -1;
    int a = hexval(p[0]), b = hexval(p[1]), c = hexval(p[2]), d = hexval(p[3]);
    if ((a | b | c | d) < 0)
        return -1;
    return (long)((a << 12) | (b << 8) | (c << 4) | d);
}

/* Appends run[0, n) and then the UTF-8 of cp (when has_cp) to out, with
 * one check of its room, inline: a string is decoded run by run, each
 * run but the last ended by an escape (a text's paragraphs are "\n\n").
 * 0 or PARLEY_ENOMEM. */
static inline int put_run(parley_buf *out, const unsigned char *run, size_t n, int has_cp,
                          unsigned cp)
{
    /* room for n bytes, four of cp's and the NUL (an empty buffer has cap 0) */
    if (out->cap - out->n <= n + 4 && parley_buf_grow(out, n + 4))
        return PARLEY_ENOMEM;
    char *o = out->p + out->n;
    if (n)
        memcpy(o, run, n);
    o += n;
    if (!has_cp) {
    } else if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    *o = '\0';
    out->n = (size_t)(o - out->p);
    return 0;
}

/* Whether the line continues at i with an escaped line feed (\n or
 * \u000a); its length, or 0. */
static size_t escaped_lf(const unsigned char *p, size_t n, size_t i)
{
    if (n - i >= 2 && p[i] == '\\' && p[i + 1] == 'n')
        return 2;
    if (n - i >= 6 && p[i] == '\\' && p[i + 1] == 'u' && hex4(p + i + 2, n - i - 2) == '\n')
        return 6;
    return 0;
}

/* The escape at p[i] == '\\': its code point in *cp and the index after
 * it, or 0 with the error recorded. Surrogate pairs are joined; an
 * unpaired surrogate becomes U+FFFD and is counted. */
static size_t escape(scan *s, size_t i, unsigned *cp)
{
    const unsigned char *p = s->p;
    size_t n = s->n;
    if (i + 1 >= n)
        return fail(s, n, "unterminated string"), 0;
    switch (p[i + 1]) {
    case '"': *cp = '"'; return i + 2;
    case '\\': *cp = '\\'; return i + 2;
    case '/': *cp = '/'; return i + 2;
    case 'b': *cp = '\b'; return i + 2;
    case 'f': *cp = '\f'; return i + 2;
    case 'n': *cp = '\n'; return i + 2;
    case 'r': *cp = '\r'; return i + 2;
    case 't': *cp = '\t'; return i + 2;
    case 'u': break;
    default: return fail(s, i + 1, "invalid escape"), 0;
    }
    long v = hex4(p + i + 2, n - i - 2);
    if (v < 0)
        return fail(s, i, "invalid \\u escape"), 0;
    size_t at = i;
    i += 6;
    if (v >= 0xD800 && v <= 0xDBFF) {
        long lo = n - i >= 6 && p[i] == '\\' && p[i + 1] == 'u' ? hex4(p + i + 2, n - i - 2) : -1;
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            *cp = 0x10000 + (((unsigned)v - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
            return i + 6;
        }
    } else if (v < 0xDC00 || v > 0xDFFF) {
        *cp = (unsigned)v;
        return i;
    }
    if (s->nsur++ == 0)
        s->first_sur = at;
    *cp = 0xFFFD;
    return i;
}

/* The string whose opening quote is just before s->i. With out == NULL it
 * is only checked. Otherwise its value is appended to out: raw (the
 * bytes as given, invalid UTF-8 replaced) or, with f, cleaned as
 * pl_utf8_clean cleans but for NFC (NUL → space, counted in f->nnul;
 * CR and CRLF → LF), and f->unstable notes where NFC may have work.
 * 0, PARLEY_EPARSE (error recorded in s) or PARLEY_ENOMEM. */
static int string(scan *s, parley_buf *out, field *f)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = s->i, run = i; /* p[run..i) is to be copied as it is */
    for (;;) {
#ifdef __SSE2__
        /* 16 bytes at a time, straight to the byte that ends the run (the
         * words below only for the last fifteen) */
        unsigned k = 16;
        while (n - i >= 16 && (k = first_special16(p + i)) == 16)
            i += 16;
        if (k < 16)
            i += k;
        else
#endif
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (word_special(w))
                break;
            i += 8;
        }
        if (i >= n)
            return fail(s, n, "unterminated string");
        unsigned c = p[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            if (c < 0x80) {
                i++;
                continue;
            }
            unsigned cp;
            size_t len = parley_utf8_decode(p + i, n - i, &cp);
            if (len) {
                if (f && f->unstable == SIZE_MAX && !parley_utf8_nfc_stable(cp))
                    f->unstable = out->n + (i - run);
                i += len;
                continue;
            }
            if (s->nbad++ == 0)
                s->first_bad = i;
            if (out && (parley_buf_add(out, p + run, i - run) ||
                        parley_buf_add(out, "\xEF\xBF\xBD", 3)))
                return PARLEY_ENOMEM;
            i += pl_utf8_bad_len(p + i, n - i);
            run = i;
            continue;
        }
        if (c == '"') {
            if (out && put_run(out, p + run, i - run, 0, 0))
                return PARLEY_ENOMEM;
            s->i = i + 1;
            return 0;
        }
        if (c != '\\')
            return fail(s, i, "control character in a string");
        unsigned cp;
        size_t at = i; /* the run ends before the escape */
        if (!(i = escape(s, i, &cp)))
            return PARLEY_EPARSE;
        if (out) {
            if (f && cp == 0) {
                cp = ' ';
                f->nnul++;
            } else if (f && cp == '\r') {
                cp = '\n';
                i += escaped_lf(p, n, i);
            }
            if (f && f->unstable == SIZE_MAX && !parley_utf8_nfc_stable(cp))
                f->unstable = out->n + (at - run);
            if (put_run(out, p + run, at - run, 1, cp))
                return PARLEY_ENOMEM;
        }
        run = i;
    }
}

/* A number at s->i (RFC 8259 grammar); 0 or PARLEY_EPARSE. *is_int when it has
 * neither fraction nor exponent. */
static int number(scan *s, int *is_int)
{
    const unsigned char *p = s->p;
    size_t n = s->n, i = s->i;
    *is_int = 1;
    if (i < n && p[i] == '-')
        i++;
    if (i < n && p[i] == '0')
        i++;
    else if (i < n && p[i] >= '1' && p[i] <= '9')
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++;
    else
        return fail(s, i, "invalid number");
    if (i < n && p[i] == '.') {
        *is_int = 0;
        if (++i >= n || p[i] < '0' || p[i] > '9')
            return fail(s, i, "invalid number");
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++;
    }
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        *is_int = 0;
        if (++i < n && (p[i] == '+' || p[i] == '-'))
            i++;
        if (i >= n || p[i] < '0' || p[i] > '9')
            return fail(s, i, "invalid number");
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++;
    }
    s->i = i;
    return 0;
}

static int literal(scan *s, const char *word, size_t len)
{
    if (s->n - s->i < len || memcmp(s->p + s->i, word, len))
        return fail(s, s->i, "expected a value");
    s->i += len;
    return 0;
}

/* The field named k[0, n), or -1. */
static int field_named(const unsigned char *k, size_t n)
{
    switch (n) {
    case 2: return memcmp(k, "id", 2) ? -1 : F_ID;
    case 3: return memcmp(k, "url", 3) ? -1 : F_URL;
    case 4: return !memcmp(k, "date", 4) ? F_DATE : !memcmp(k, "text", 4) ? F_TEXT : -1;
    case 5: return memcmp(k, "title", 5) ? -1 : F_TITLE;
    case 6: return memcmp(k, "source", 6) ? -1 : F_SOURCE;
    default: return -1;
    }
}

/* A key's opening quote is at s->i: checks it, the ':' after it and the
 * whitespace around, leaving s->i at the value. *which gets the field it
 * names, or -1. 0, PARLEY_EPARSE or PARLEY_ENOMEM. */
static int key(scan *s, int *which)
{
    if (peek(s) != '"')
        return fail(s, s->i, "expected a string key");
    size_t start = ++s->i;
    /* most keys are plain ASCII: compare them where they are */
    const unsigned char *p = s->p;
    size_t i = start;
#ifdef __SSE2__
    /* the closing quote of a short key in one look */
    while (s->n - i >= 16) {
        unsigned k = first_special16(p + i);
        i += k;
        if (k < 16)
            break;
    }
#endif
    while (i < s->n && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
        i++;
    int rc = 0;
    const unsigned char *k = p + start;
    size_t klen = i - start;
    parley_buf tmp = PARLEY_BUF_INIT;
    if (i < s->n && p[i] == '"') {
        s->i = i + 1;
    } else if (i < s->n && p[i] == '\\') {
        /* escapes: decode (rare, so a malloc is fine) */
        rc = string(s, &tmp, NULL);
        k = (const unsigned char *)tmp.p;
        klen = tmp.n;
    } else {
        /* other bytes: not one of our (ASCII) names; only check it */
        rc = string(s, NULL, NULL);
        klen = 0;
    }
    *which = rc ? -1 : field_named(k, klen);
    if (tmp.cap)
        parley_buf_release(&tmp);
    if (rc)
        return rc;
    ws(s);
    if (peek(s) != ':')
        return fail(s, s->i, "expected ':' after an object key");
    s->i++;
    ws(s);
    return 0;
}

/* Checks and skips the value at s->i, nested at level depth (the line's
 * own value is level 1). Iterative: one bit per open container says
 * whether it is an object. The value's type goes to *type. 0,
 * PARLEY_EPARSE or PARLEY_ENOMEM. */
static int skip_value(scan *s, size_t depth, int *type)
{
    uint64_t is_obj[MAX_DEPTH / 64 + 1];
    size_t open = 0; /* containers opened here and not yet closed */
    int rc, which;
    *type = V_NONE;
    for (;;) {
        /* a value at level depth + open */
        if (depth + open > MAX_DEPTH)
            return fail(s, s->i, "values nested too deeply");
        int c = peek(s), t, is_int;
        switch (c) {
        case '"':
            s->i++;
            if ((rc = string(s, NULL, NULL)))
                return rc;
            t = V_STRING;
            break;
        case '{':
        case '[':
            t = c == '{' ? V_OBJECT : V_ARRAY;
            if (!open && *type == V_NONE)
                *type = t;
            s->i++;
            ws(s);
            if (peek(s) == (c == '{' ? '}' : ']')) {
                s->i++;
                break; /* empty: a complete value */
            }
            if (c == '{')
                is_obj[open / 64] |= (uint64_t)1 << (open % 64);
            else
                is_obj[open / 64] &= ~((uint64_t)1 << (open % 64));
            open++;
            if (c == '{' && (rc = key(s, &which)))
                return rc;
            continue;
        case 't': t = V_BOOL; if ((rc = literal(s, "true", 4))) return rc; break;
        case 'f': t = V_BOOL; if ((rc = literal(s, "false", 5))) return rc; break;
        case 'n': t = V_NULL; if ((rc = literal(s, "null", 4))) return rc; break;
        default:
            if (c != '-' && !(c >= '0' && c <= '9'))
                return fail(s, s->i, "expected a value");
            if ((rc = number(s, &is_int)))
                return rc;
            t = V_NUMBER;
            break;
        }
        if (*type == V_NONE)
            *type = t;
        /* a value is complete: close containers until one continues */
        for (;;) {
            if (!open)
                return 0;
            int obj = (int)(is_obj[(open - 1) / 64] >> ((open - 1) % 64) & 1);
            ws(s);
            c = peek(s);
            if (c == ',') {
                s->i++;
                ws(s);
                if (obj && (rc = key(s, &which)))
                    return rc;
                break;
            }
            if (c != (obj ? '}' : ']'))
                return fail(s, s->i, obj ? "expected ',' or '}'" : "expected ',' or ']'");
            s->i++;
            open--;
        }
    }
}

static parley_buf *field_buf(ingest_doc *d, int which)
{
    switch (which) {
    case F_ID: return &d->id;
    case F_DATE: return &d->date;
    case F_TITLE: return &d->title;
    case F_TEXT: return &d->text;
    case F_URL: return &d->url;
    default: return &d->source;
    }
}

/* The value of field which at s->i. Strings go into their buffer in d
 * (the date raw, the others cleaned); numbers are remembered by position.
 * 0, PARLEY_EPARSE or PARLEY_ENOMEM. */
static int field_value(scan *s, ingest_doc *d, int which)
{
    field *f = &s->f[which];
    parley_buf *out = field_buf(d, which);
    parley_buf_reset(out); /* a repeated key: the last one wins */
    f->nnul = 0;
    f->unstable = SIZE_MAX;
    if (peek(s) == '"') {
        f->type = V_STRING;
        s->i++;
        return string(s, out, which == F_DATE ? NULL : f);
    }
    f->num = s->i;
    int rc = skip_value(s, 2, &f->type);
    if (!rc && f->type == V_NUMBER) {
        f->num_len = s->i - f->num;
        f->num_int = !memchr(s->p + f->num, '.', f->num_len) &&
                     !memchr(s->p + f->num, 'e', f->num_len) &&
                     !memchr(s->p + f->num, 'E', f->num_len);
    }
    return rc;
}

/* The whole line: 0 (s->top says what it held), PARLEY_EPARSE or
 * PARLEY_ENOMEM. */
static int parse(scan *s, ingest_doc *d)
{
    int rc;
    ws(s);
    if (peek(s) != '{') {
        /* not an object: still read it, to say what it is */
        if ((rc = skip_value(s, 1, &s->top)))
            return rc;
    } else {
        s->top = V_OBJECT;
        s->i++;
        ws(s);
        if (peek(s) == '}') {
            s->i++;
        } else {
            for (;;) {
                int which, t;
                if ((rc = key(s, &which)))
                    return rc;
                rc = which >= 0 ? field_value(s, d, which) : skip_value(s, 2, &t);
                if (rc)
                    return rc;
                ws(s);
                int c = peek(s);
                if (c == ',') {
                    s->i++;
                    ws(s);
                    continue;
                }
                if (c != '}')
                    return fail(s, s->i, "expected ',' or '}'");
                s->i++;
                break;
            }
        }
    }
    ws(s);
    if (s->i < s->n)
        return fail(s, s->i, "expected the end of the line");
    return 0;
}

/* Logs the syntax error in s: what was expected, what was found, where. */
static void report_bad_line(ingest_ctx *cx, size_t line, const scan *s)
{
    const char *what = s->err ? s->err : "invalid JSON";
    char found[32];
    size_t at = s->err_at < s->n ? s->err_at : s->n;
    if (at >= s->n)
        snprintf(found, sizeof found, "the end of the line");
    else if (s->p[at] > 0x20 && s->p[at] < 0x7f)
        snprintf(found, sizeof found, "'%c'", s->p[at]);
    else
        snprintf(found, sizeof found, "byte 0x%02x", s->p[at]);
    size_t column = 1;
    for (size_t j = 0; j < at; j++)
        column += (s->p[j] & 0xC0) != 0x80;
    pl_ingest_error(cx, line, "expected a JSON object: %s, found %s (byte %zu, column %zu)",
                 what, found, at, column);
}

/* The id given as a number: an integer as written ("-0" as "0"), as
 * jansson's "%lld" printed it, and also when it does not fit 64 bits; a
 * real as "%.17g" of its double, or as written when it overflows. */
static int number_id(ingest_doc *d, const scan *s)
{
    const field *f = &s->f[F_ID];
    const char *p = (const char *)s->p + f->num;
    size_t n = f->num_len;
    if (f->num_int)
        return n == 2 && p[0] == '-' && p[1] == '0' ? parley_buf_addc(&d->id, '0')
                                                    : parley_buf_add(&d->id, p, n);
    char small[64], *z = n < sizeof small ? small : malloc(n + 1);
    if (!z)
        return PARLEY_ENOMEM;
    memcpy(z, p, n);
    z[n] = '\0';
    /* strtod reads the locale's decimal point (jansson did the same) */
    char point = *localeconv()->decimal_point, *dot = memchr(z, '.', n);
    if (point != '.' && point && dot)
        *dot = point;
    double v = strtod(z, NULL);
    if (z != small)
        free(z);
    if (v - v != 0) /* ±inf */
        return parley_buf_add(&d->id, p, n);
    char out[32];
    int len = snprintf(out, sizeof out, "%.17g", v);
    return parley_buf_add(&d->id, out, (size_t)len);
}

/* The cleaning that decoding left to do for a string field: NFC, and the
 * warning about NULs. Other types are warned about and ignored. */
static int finish_field(ingest_ctx *cx, size_t line, const scan *s, ingest_doc *d, int which,
                        const char *name)
{
    const field *f = &s->f[which];
    if (f->type == V_NONE || f->type == V_NULL)
        return 0;
    if (f->type != V_STRING) {
        pl_ingest_log(cx, PARLEY_WARNING, line, "field \"%s\": expected a string, got %s; ignored",
                   name, kind(f->type));
        parley_buf_reset(field_buf(d, which));
        return 0;
    }
    if (pl_utf8_nfc_tail(field_buf(d, which), 0, f->unstable))
        return PARLEY_ENOMEM;
    if (f->nnul)
        pl_ingest_log(cx, PARLEY_WARNING, line, "%zu NUL byte%s replaced by spaces", f->nnul,
                   f->nnul == 1 ? "" : "s");
    return 0;
}

/* The date field's raw value is in d->date: parse it into its place. */
static int finish_date(ingest_ctx *cx, size_t line, const scan *s, ingest_doc *d)
{
    int type = s->f[F_DATE].type;
    if (type != V_STRING) {
        parley_buf_reset(&d->date);
        if (type != V_NONE && type != V_NULL)
            pl_ingest_log(cx, PARLEY_WARNING, line,
                       "field \"date\": expected a string, got %s; looking for a dateline",
                       kind(type));
        return 0;
    }
    char small[128];
    if (d->date.n <= sizeof small) {
        size_t n = d->date.n;
        memcpy(small, d->date.p, n);
        parley_buf_reset(&d->date);
        return pl_ingest_set_date(cx, line, d, "date", small, n);
    }
    parley_buf raw = d->date;
    parley_buf_init(&d->date);
    int rc = pl_ingest_set_date(cx, line, d, "date", raw.p, raw.n);
    parley_buf_release(&raw);
    return rc;
}

/* A bad line leaves d empty, as it found it. */
static int rejected(ingest_doc *d, size_t line)
{
    pl_ingest_doc_reset(d);
    d->line = line;
    return PARLEY_EPARSE;
}

static int blank_line(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
            return 0;
    return 1;
}

int pl_ingest_parse_jsonl_line(ingest_ctx *cx, const char *p, size_t n, size_t line,
                            ingest_doc *d)
{
    pl_ingest_doc_reset(d);
    d->line = line;
    if (blank_line(p, n))
        return 0;
    if (n > INGEST_MAX_DOC) {
        pl_ingest_error(cx, line, "document larger than 64 MiB");
        return PARLEY_ETOOBIG;
    }
    scan s;
    memset(&s, 0, sizeof s);
    s.p = (const unsigned char *)p;
    s.n = n;
    for (int j = 0; j < NFIELDS; j++)
        s.f[j].unstable = SIZE_MAX;
    int rc = parse(&s, d);
    if (rc == PARLEY_ENOMEM)
        return rc;
    if (rc) {
        /* invalid UTF-8 anywhere in the line is reported too, as before */
        parley_utf8_report rep;
        parley_buf fixed = PARLEY_BUF_INIT;
        if (!pl_utf8_valid(p, n, NULL) &&
            !pl_utf8_clean(&fixed, p, n, PARLEY_UTF8_FIX, &rep))
            pl_ingest_log(cx, PARLEY_WARNING, line,
                       "byte %zu: invalid UTF-8 (%zu sequence%s replaced)", rep.first_bad,
                       rep.nbad, rep.nbad == 1 ? "" : "s");
        parley_buf_release(&fixed);
        report_bad_line(cx, line, &s);
        return rejected(d, line);
    }
    if (s.nbad)
        pl_ingest_log(cx, PARLEY_WARNING, line, "byte %zu: invalid UTF-8 (%zu sequence%s replaced)",
                   s.first_bad, s.nbad, s.nbad == 1 ? "" : "s");
    if (s.nsur)
        pl_ingest_log(cx, PARLEY_WARNING, line,
                   "byte %zu: unpaired surrogate in a \\u escape (%zu replaced by U+FFFD)",
                   s.first_sur, s.nsur);
    if (s.top != V_OBJECT) {
        pl_ingest_error(cx, line, "expected a JSON object, got %s", kind(s.top));
        return rejected(d, line);
    }
    const field *text = &s.f[F_TEXT];
    if (text->type != V_STRING) {
        if (text->type != V_NONE)
            pl_ingest_error(cx, line, "field \"text\": expected a string, got %s",
                         kind(text->type));
        else
            pl_ingest_error(cx, line, "expected a string field \"text\"");
        return rejected(d, line);
    }
    if ((rc = finish_field(cx, line, &s, d, F_TEXT, "text")))
        return rc;
    if (s.f[F_ID].type == V_NUMBER) {
        parley_buf_reset(&d->id);
        rc = number_id(d, &s);
    } else {
        rc = finish_field(cx, line, &s, d, F_ID, "id");
    }
    if (rc || (rc = finish_field(cx, line, &s, d, F_TITLE, "title")) ||
        (rc = finish_field(cx, line, &s, d, F_URL, "url")) ||
        (rc = finish_field(cx, line, &s, d, F_SOURCE, "source")) ||
        (rc = finish_date(cx, line, &s, d)) || (rc = pl_ingest_finish_id(cx, d, 0)) ||
        (rc = pl_ingest_finish_date(cx, d)))
        return rc;
    return 1;
}

/* Standard input is JSON lines when its first non-blank byte opens an
 * object. */
static int sniff_jsonl(const char *p, size_t n, int eof)
{
    size_t i = pl_input_skip_blank(p, n);
    if (i == n)
        return eof ? 0 : -1;
    return p[i] == '{';
}

const pl_input_format pl_in_jsonl = {
    "jsonl", "jsonl ndjson", "JSON lines: one document (an object) per line",
    "document", sniff_jsonl, NULL, pl_ingest_parse_jsonl_line,
};
