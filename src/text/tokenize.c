/* tokenize.c — stage 2 of the pipeline: splits NFC text into tokens with
 * byte offsets and a folded form (case folded, diacritics removed,
 * typographic quotes and dashes unified: util/fold.c's matching fold)
 * used by every later matcher. ASCII takes a fast path; utf8proc is used
 * only for non-ASCII bytes. */
#include <pthread.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parley.h"
#include "text/token.h"

size_t pl_text_utf8_next(const char *s, size_t n, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t v;
    utf8proc_ssize_t len =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &v);
    if (len <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return (size_t)len;
}

/* The hot loops decode through this: one compare for ASCII, the full
 * decoder only for other bytes. */
static inline size_t next_cp(const char *s, size_t n, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return pl_text_utf8_next(s, n, cp);
}

/* ASCII byte classes for the fast paths. */
enum { A_UP = 1, A_LO = 2, A_DIG = 4, A_SPACE = 8, A_JOIN = 16, A_END = 32 };
#define A_ALNUM (A_UP | A_LO | A_DIG)
static const unsigned char ascii_class[256] = { /* 0 from 0x80 on */
    ['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\v'] = A_SPACE, ['\f'] = A_SPACE,
    ['\r'] = A_SPACE, [' '] = A_SPACE,
    /* what may join two runs of letters or digits into one word */
    ['-'] = A_JOIN, ['\''] = A_JOIN, ['.'] = A_JOIN | A_END, [','] = A_JOIN, [':'] = A_JOIN,
    ['/'] = A_JOIN,
    /* the ASCII punctuation that a sentence may end after: is_terminal's
     * and is_closer's ("'" is never tokenize's ASCII punctuation case) */
    ['!'] = A_END, ['?'] = A_END, ['"'] = A_END, [')'] = A_END, [']'] = A_END,
    ['0'] = A_DIG, ['1'] = A_DIG, ['2'] = A_DIG, ['3'] = A_DIG, ['4'] = A_DIG,
    ['5'] = A_DIG, ['6'] = A_DIG, ['7'] = A_DIG, ['8'] = A_DIG, ['9'] = A_DIG,
    ['A'] = A_UP, ['B'] = A_UP, ['C'] = A_UP, ['D'] = A_UP, ['E'] = A_UP,
    ['F'] = A_UP, ['G'] = A_UP, ['H'] = A_UP, ['I'] = A_UP, ['J'] = A_UP,
    ['K'] = A_UP, ['L'] = A_UP, ['M'] = A_UP, ['N'] = A_UP, ['O'] = A_UP,
    ['P'] = A_UP, ['Q'] = A_UP, ['R'] = A_UP, ['S'] = A_UP, ['T'] = A_UP,
    ['U'] = A_UP, ['V'] = A_UP, ['W'] = A_UP, ['X'] = A_UP, ['Y'] = A_UP,
    ['Z'] = A_UP,
    ['a'] = A_LO, ['b'] = A_LO, ['c'] = A_LO, ['d'] = A_LO, ['e'] = A_LO,
    ['f'] = A_LO, ['g'] = A_LO, ['h'] = A_LO, ['i'] = A_LO, ['j'] = A_LO,
    ['k'] = A_LO, ['l'] = A_LO, ['m'] = A_LO, ['n'] = A_LO, ['o'] = A_LO,
    ['p'] = A_LO, ['q'] = A_LO, ['r'] = A_LO, ['s'] = A_LO, ['t'] = A_LO,
    ['u'] = A_LO, ['v'] = A_LO, ['w'] = A_LO, ['x'] = A_LO, ['y'] = A_LO,
    ['z'] = A_LO,
};

/* The folded form of an ASCII letter or digit; 0 for every other byte. */
#define AZ(u, l) [u] = l, [l] = l
static const unsigned char ascii_fold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    AZ('A', 'a'), AZ('B', 'b'), AZ('C', 'c'), AZ('D', 'd'), AZ('E', 'e'),
    AZ('F', 'f'), AZ('G', 'g'), AZ('H', 'h'), AZ('I', 'i'), AZ('J', 'j'),
    AZ('K', 'k'), AZ('L', 'l'), AZ('M', 'm'), AZ('N', 'n'), AZ('O', 'o'),
    AZ('P', 'p'), AZ('Q', 'q'), AZ('R', 'r'), AZ('S', 's'), AZ('T', 't'),
    AZ('U', 'u'), AZ('V', 'v'), AZ('W', 'w'), AZ('X', 'x'), AZ('Y', 'y'),
    AZ('Z', 'z'),
};
#undef AZ

static int is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp < 0)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME);
}

static int is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

static int is_space(int32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF: case 0x200B:
        return 1;
    }
    return cp >= 0x2000 && cp <= 0x200A;
}

static int is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static int is_word_hyphen(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* The tokens so far, v[0, n) of room for cap: tokenize keeps them in
 * locals of its own, which no store into a token may change (a token's
 * uint64_t hash could be a size_t n as far as the compiler knows), and
 * hands them over at the end. */
typedef struct tok_vec {
    token *v;
    size_t n, cap;
} tok_vec;

/* Moves the n tokens of v into room for cap; the new array, or NULL
 * when out of memory. */
static token *regrow(arena *a, const token *v, size_t n, size_t cap)
{
    token *nv = arena_alloc(a, cap * sizeof *nv);
    if (nv && n)
        memcpy(nv, v, n * sizeof *nv);
    return nv;
}

/* Folds and hashes a token that fast_word did not take. */
static int finish(arena *a, const char *text, token *t)
{
    char *f;
    long fl = pl_fold_match(a, text + t->start, t->end - t->start, &f);
    if (fl < 0)
        return PARLEY_ENOMEM;
    t->fold = f;
    t->fold_len = (uint32_t)fl;
    t->hash = text_hash(f, (size_t)fl);
    if (memchr(f, '-', (size_t)fl))
        t->flags |= TOK_HYPHEN;
    return 0;
}

/* Scans one word starting at i; returns its end. Sets case flags. */
static size_t scan_word(const char *s, size_t n, size_t i, uint32_t *flags)
{
    size_t start = i;
    int letters = 0, uppers = 0, lowers = 0, first = 1;
    int single_segments = 1, seg_len = 0, dots = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && (ascii_class[c] & A_ALNUM)) {
            unsigned k = ascii_class[c];
            if (k & (A_UP | A_LO)) {
                letters++;
                if (k & A_UP) {
                    uppers++;
                    if (first)
                        *flags |= TOK_CAP;
                } else
                    lowers++;
            }
            first = 0;
            seg_len++;
            i++;
            continue;
        }
        int32_t cp;
        size_t len = next_cp(s + i, n - i, &cp);
        if (is_letter(cp) || is_digit(cp)) {
            if (is_letter(cp)) {
                letters++;
                if (is_upper(cp)) {
                    uppers++;
                    if (first)
                        *flags |= TOK_CAP;
                } else if (is_lower(cp))
                    lowers++;
            }
            first = 0;
            seg_len++;
            i += len;
            continue;
        }
        if (i + len >= n)
            break;
        int32_t nx;
        next_cp(s + i + len, n - i - len, &nx);
        int prev_digit = i > start && is_digit((unsigned char)s[i - 1]);
        if (is_word_hyphen(cp) && (is_letter(nx) || is_digit(nx))) {
            /* "then-President X": "then" is a word of its own, so that
             * the office after it is read */
            if (i - start == 4 && !strncasecmp(s + start, "then", 4) && is_upper(nx))
                break;
            /* "a Liberian-flagged tanker": the flag's state is a word of
             * its own, so that the vessel is read as that state's */
            if (is_upper((unsigned char)s[start]) && n - i - len >= 7 &&
                !strncasecmp(s + i + len, "flagged", 7) &&
                (i + len + 7 == n || !is_letter((unsigned char)s[i + len + 7])))
                break;
            i += len;
            single_segments = 0;
            continue;
        }
        if (is_apostrophe(cp) && is_letter(nx)) {
            /* "'s" followed by a non-letter is a possessive: split it. */
            if (nx == 's' || nx == 'S') {
                size_t after = i + len + 1;
                int32_t nn = ' ';
                if (after < n)
                    pl_text_utf8_next(s + after, n - after, &nn);
                if (!is_letter(nn))
                    break;
            }
            i += len;
            single_segments = 0;
            continue;
        }
        if (cp == '.' && is_letter(nx) && !prev_digit) {
            if (seg_len != 1)
                single_segments = 0;
            seg_len = 0;
            dots++;
            i += len;
            continue;
        }
        if ((cp == '.' || cp == ',' || cp == ':' || cp == '/') && prev_digit &&
            is_digit(nx)) {
            i += len;
            continue;
        }
        break;
    }
    /* "U.S." and "H.E.": single-letter segments keep their final dot. */
    if (dots && single_segments && seg_len == 1 && i < n && s[i] == '.')
        i++;
    if (letters >= 2 && lowers == 0 && uppers >= 2)
        *flags |= TOK_ALLCAPS;
    return i;
}

/* Whether the ASCII letters and digits s[0, n) hold two capitals or more
 * and no lower-case letter (TOK_ALLCAPS). */
static int all_caps(const char *s, size_t n)
{
    /* most capitalised words have a lower-case letter second */
    if (n < 2 || (ascii_class[(unsigned char)s[1]] & A_LO))
        return 0;
    unsigned up = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned k = ascii_class[(unsigned char)s[i]];
        if (k & A_LO)
            return 0;
        up += k & A_UP;
    }
    return up >= 2;
}

/* The flags of a word by the class of its first byte: a capital, a
 * lower-case letter or a digit. */
static const uint32_t first_flags[8] = {
    [A_UP] = TOK_WORD | TOK_CAP, [A_LO] = TOK_WORD, [A_DIG] = TOK_NUM};

/* ---- words with Latin letters ------------------------------------------ */

/* What latin_word needs of a code point from U+0080 to LATIN_END (two
 * bytes of UTF-8, the letters of European names): whether it is a letter
 * whose matching fold (util/fold.c's table) takes one or two bytes and
 * no '-', and then its case and that fold. Filled once from utf8proc and
 * fold.c; kind 0 for every other code point. */
#define LATIN_END 0x250
enum { L_UPPER = 1, L_LOWER = 2, L_OTHER = 3 }; /* a letter's kind */
typedef struct latin_letter {
    unsigned char kind, n;
    char f[2];
} latin_letter;
static latin_letter latin[LATIN_END - 0x80];
static pthread_once_t latin_once = PTHREAD_ONCE_INIT;

static void latin_build(void)
{
    for (int32_t cp = 0x80; cp < LATIN_END; cp++) {
        const char *f;
        long k = pl_fold_match_cp(cp, &f);
        if (!is_letter(cp) || k < 1 || k > 2 || memchr(f, '-', (size_t)k))
            continue;
        latin_letter *l = &latin[cp - 0x80];
        l->kind = is_upper(cp) ? L_UPPER : is_lower(cp) ? L_LOWER : L_OTHER;
        l->n = (unsigned char)k;
        memcpy(l->f, f, (size_t)k);
    }
}

/* A word of ASCII letters and digits and latin's letters at s[i] (one
 * of them), ending where scan_word would end it too, as fast_word
 * takes one of ASCII alone: the names with accents that fast_word leaves
 * to scan_word and finish (utf8proc by code point, the fold allocated
 * and hashed apart). Writes the fold (no longer than the word: each of
 * latin's letters folds to two bytes at most) and its NUL to p and the
 * whole token (flags: pending and the word's own, as scan_word and
 * finish give them) to *t, and returns the end; 0 for any other word,
 * *t then untouched and p's bytes garbage. latin_once has run. Kept
 * out of line: tokenize's loop keeps its registers for fast_word. */
__attribute__((noinline))
static size_t latin_word(char *p, const char *s, size_t n, size_t i, uint32_t pending,
                         token *t)
{
    size_t e = i, o = 0;
    uint64_t h = 1469598103934665603ULL;
    unsigned letters = 0, uppers = 0, lowers = 0;
    uint32_t flags = 0; /* the first letter's or digit's, as scan_word's */
    while (e < n) {
        unsigned char c = (unsigned char)s[e];
        unsigned k = ascii_class[c];
        if (k & A_ALNUM) {
            if (e == i)
                flags = first_flags[k & A_ALNUM];
            letters += (k & (A_UP | A_LO)) != 0;
            uppers += (k & A_UP) != 0;
            lowers += (k & A_LO) != 0;
            p[o++] = (char)ascii_fold[c];
            h = (h ^ ascii_fold[c]) * 1099511628211ULL;
            e++;
            continue;
        }
        if (c < 0xC2 || c > 0xDF || e + 1 == n || ((unsigned char)s[e + 1] & 0xC0) != 0x80)
            break;
        unsigned cp = (c & 0x1Fu) << 6 | ((unsigned char)s[e + 1] & 0x3Fu);
        const latin_letter *l = cp < LATIN_END ? &latin[cp - 0x80] : NULL;
        if (!l || !l->kind)
            break;
        if (e == i)
            flags = l->kind == L_UPPER ? TOK_WORD | TOK_CAP : TOK_WORD;
        letters++;
        uppers += l->kind == L_UPPER;
        lowers += l->kind == L_LOWER;
        for (unsigned j = 0; j < l->n; j++) {
            p[o++] = l->f[j];
            h = (h ^ (unsigned char)l->f[j]) * 1099511628211ULL;
        }
        e += 2;
    }
    /* fast_word's test of the byte after the word */
    if (e < n && s[e] != ' ') {
        unsigned char c = (unsigned char)s[e];
        if (c >= 0x80)
            return 0;
        if ((ascii_class[c] & A_JOIN) && e + 1 < n &&
            (ascii_class[(unsigned char)s[e + 1]] & A_ALNUM || (unsigned char)s[e + 1] >= 0x80))
            return 0;
    }
    if (letters >= 2 && lowers == 0 && uppers >= 2)
        flags |= TOK_ALLCAPS;
    p[o] = '\0';
    *t = (token){.start = (uint32_t)i, .end = (uint32_t)e, .fold = p,
                 .fold_len = (uint32_t)o, .flags = pending | flags, .hash = h};
    return e;
}

/* The common token: ASCII letters and digits ending where scan_word
 * would end it too (white space, punctuation that no letter or digit
 * follows). Folds, hashes and classifies in one pass, writing the folded
 * form and its NUL to p and the whole token (flags: pending and the
 * word's own) to *t in one go, and returns the end; 0 when the word
 * needs scan_word (non-ASCII bytes, hyphens, apostrophes, inner dots,
 * digit groups, more than FAST_MAX bytes), *t then untouched and p's
 * bytes garbage. first is ascii_class of s[i], which tokenize has
 * looked up. p has room for e - i + 1 bytes, and for sixteen when
 * sixteen bytes of text are left: tokenize's fold buffer (see there),
 * in which p is no further on than i in the text. */
#define FAST_MAX 64
#ifdef __SSE2__
/* fast_word's common case, a word of fewer than sixteen ASCII letters and
 * digits at s (s[0] one of them, sixteen bytes readable): finds its end from one mask of
 * the sixteen bytes, stores their fold (letters ORed with 0x20, the
 * bytes after the word garbage) to p, which has room for sixteen, and
 * hashes the word's bytes on from *h as fast_word's loop would. Returns
 * the word's length, 16 (*h as it was) when it is longer. */
static inline size_t short_word(char *p, const char *s, uint64_t *h)
{
    __m128i v = _mm_loadu_si128((const __m128i *)s);
    /* a byte is in [lo, lo + k) when, moved by -128 - lo, it is below
     * -128 + k as a signed byte (bytes from 0x80 on included); bit 5 set,
     * a letter is 'a' to 'z' */
    __m128i alpha = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(-128 - 'a'))),
        _mm_set1_epi8(-128 + 26));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(-128 - '0'))),
                                   _mm_set1_epi8(-128 + 10));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));
    unsigned len = (unsigned)__builtin_ctz(~m); /* bit 16 of ~m is set */
    if (len > 15)
        return 16;
    _mm_storeu_si128((__m128i *)p, _mm_or_si128(v, _mm_and_si128(alpha, _mm_set1_epi8(0x20))));
    /* FNV-1a byte by byte, entered at the word's length and falling
     * through to its last byte: no counter, no bound */
    const unsigned char *z = (const unsigned char *)p + len;
    uint64_t x = *h;
    /* The prime in a register, which the empty asm makes the compiler
     * keep there: as a constant it was loaded again (a movabs of ten
     * bytes) for every byte of the word, four instructions a byte
     * instead of three (callgrind, 2 MB: 1.2 M instructions fewer). */
    uint64_t prime = 1099511628211ULL;
    __asm__("" : "+r"(prime));
    switch (len) {
    case 15: x = (x ^ z[-15]) * prime; /* fall through */
    case 14: x = (x ^ z[-14]) * prime; /* fall through */
    case 13: x = (x ^ z[-13]) * prime; /* fall through */
    case 12: x = (x ^ z[-12]) * prime; /* fall through */
    case 11: x = (x ^ z[-11]) * prime; /* fall through */
    case 10: x = (x ^ z[-10]) * prime; /* fall through */
    case 9: x = (x ^ z[-9]) * prime; /* fall through */
    case 8: x = (x ^ z[-8]) * prime; /* fall through */
    case 7: x = (x ^ z[-7]) * prime; /* fall through */
    case 6: x = (x ^ z[-6]) * prime; /* fall through */
    case 5: x = (x ^ z[-5]) * prime; /* fall through */
    case 4: x = (x ^ z[-4]) * prime; /* fall through */
    case 3: x = (x ^ z[-3]) * prime; /* fall through */
    case 2: x = (x ^ z[-2]) * prime; /* fall through */
    case 1: x = (x ^ z[-1]) * prime; break;
    default: __builtin_unreachable(); /* 1 to 15: s[0] is a letter or digit */
    }
    *h = x;
    return len;
}
#endif

static size_t fast_word(char *p, const char *s, size_t n, size_t i, unsigned first,
                        uint32_t pending, token *t)
{
    size_t lim, e;
    uint64_t h = 1469598103934665603ULL;
#ifdef __SSE2__
    if (n - i >= 16) {
        size_t len = short_word(p, s + i, &h);
        if (len < 16) {
            e = i + len;
            goto ended;
        }
    }
#endif
    lim = n - i < FAST_MAX ? n : i + FAST_MAX;
    e = i;
    /* the loop hashes from the start, as short_word left h: said again,
     * so that the compiler keeps h apart from short_word's (0.6 M
     * instructions fewer for 2 MB) */
    h = 1469598103934665603ULL;
    /* Fold and hash (FNV-1a, as text_hash) four bytes a round while four
     * are left before lim: the loop's counter and bound cost about as
     * much as the fold and the hash. */
#define FOLD_ONE(k)                                                         \
    do {                                                                    \
        unsigned char c_ = (unsigned char)s[e + (k)], f_ = ascii_fold[c_]; \
        if (!f_) {                                                          \
            e += (k);                                                       \
            goto folded;                                                    \
        }                                                                   \
        p[e - i + (k)] = (char)f_;                                          \
        h = (h ^ f_) * 1099511628211ULL;                                    \
    } while (0)
    while (lim - e >= 4) {
        FOLD_ONE(0);
        FOLD_ONE(1);
        FOLD_ONE(2);
        FOLD_ONE(3);
        e += 4;
    }
    for (; e < lim; e++)
        FOLD_ONE(0);
#undef FOLD_ONE
folded:
    if (e == lim && e < n)
        return 0; /* longer than FAST_MAX */
#ifdef __SSE2__
ended:
#endif
    /* (most words end at a space: the other bytes are looked at) */
    if (e < n && s[e] != ' ') {
        unsigned char c = (unsigned char)s[e];
        if (c >= 0x80)
            return latin_word(p, s, n, i, pending, t); /* an accent, maybe */
        if ((ascii_class[c] & A_JOIN) && e + 1 < n &&
            (ascii_class[(unsigned char)s[e + 1]] & A_ALNUM || (unsigned char)s[e + 1] >= 0x80))
            return 0;
    }
    uint32_t flags = first_flags[first & A_ALNUM];
    /* a word that starts in lower case is not all capitals: the others
     * are looked at again (most words are lower case) */
    if (!(first & A_LO) && all_caps(s + i, e - i))
        flags |= TOK_ALLCAPS;
    p[e - i] = '\0';
    *t = (token){.start = (uint32_t)i, .end = (uint32_t)e, .fold = p,
                 .fold_len = (uint32_t)(e - i), .flags = pending | flags, .hash = h};
    /* (the word has a byte: its end is no 0, which ascii_run then need
     * not test for) */
    if (e <= i)
        __builtin_unreachable();
    return e;
}

/* Whether the apostrophe at s[i] (len bytes) that follows the last
 * token with no space ends a plural's possessive ("the Foreign
 * Ministers' Meeting", "the rebels' positions"): the word before ends
 * in "s", a space and a letter follow, and no single quotation mark
 * opened in the paragraph is still open (then it closes that one: "the
 * so-called 'friends' of Syria"). */
static int plural_possessive(const char *s, size_t n, const token *v, size_t nt, size_t i,
                             size_t len, uint32_t flags)
{
    if (flags & TOK_SPACE || nt < 2 || i + len + 1 >= n || s[i + len] != ' ')
        return 0;
    const token *w = &v[nt - 2];
    if (!(w->flags & TOK_WORD) || (w->flags & TOK_POSS) || !w->fold_len ||
        w->fold[w->fold_len - 1] != 's')
        return 0;
    int32_t cp;
    next_cp(s + i + len + 1, n - i - len - 1, &cp);
    if (!is_letter(cp))
        return 0;
    int open = 0;
    for (size_t k = nt - 1; k-- > 0;) {
        const token *q = &v[k];
        int32_t qc;
        if ((q->flags & TOK_PUNCT) && q->end - q->start <= 3 &&
            next_cp(s + q->start, q->end - q->start, &qc) && is_apostrophe(qc))
            open ^= 1;
        if (q->flags & TOK_PARA)
            break;
    }
    return !open;
}

/* The fold of each ASCII byte, with its NUL: a punctuation token's. */
static const char punct_folds[256] = {
#define C8(k) k, 0, k + 1, 0, k + 2, 0, k + 3, 0, k + 4, 0, k + 5, 0, k + 6, 0, k + 7, 0
    C8(0), C8(8), C8(16), C8(24), C8(32), C8(40), C8(48), C8(56),
    C8(64), C8(72), C8(80), C8(88), C8(96), C8(104), C8(112), C8(120)
#undef C8
};

/* Writes to t the token of the ASCII punctuation c at i (no letter,
 * digit, white space or '\''), pending its flags: its own fold and
 * its hash. Returns the flags of the token after it. */
static inline uint32_t punct_token(token *t, size_t i, unsigned c, uint32_t pending)
{
    *t = (token){.start = (uint32_t)i, .end = (uint32_t)(i + 1), .fold = &punct_folds[2 * c],
                 .fold_len = 1,
                 .flags = pending | (c == '-' ? TOK_PUNCT | TOK_HYPHEN : TOK_PUNCT),
                 .hash = text_hash(&punct_folds[2 * c], 1)};
    /* a sentence ends at no other punctuation: after it, the token is on
     * boundary's common case (segment) */
    return ascii_class[c] & A_END ? TOK_SEG : 0;
}

/* Whether ascii_run takes the token that starts with byte c: a word of
 * ASCII letters and digits (when fast_word takes it) or ASCII
 * punctuation other than '\''. */
static int ascii_run_starts(unsigned c)
{
    return c < 0x80 && !(ascii_class[c] & A_SPACE) && c != '\'';
}

/* What tokenize hands ascii_run and takes back. */
typedef struct run_state {
    token *v;
    size_t nt, cap;
    char *folds;      /* where the next fold goes (tokenize's folds) */
    uint32_t pending; /* the flags of the next token */
    int refused;      /* the run ended at a word fast_word did not take */
} run_state;

/* Tokenises the text from s[i] (ascii_run_starts) into st->v as long as
 * its tokens are words that fast_word takes and ASCII punctuation, with
 * spaces between them (most of a text), and there is room. Returns where
 * the run ends: at n, at a token of another kind, at a word that
 * fast_word refused (st->refused), or where st->v is full. A loop of its
 * own: in tokenize's, with the variables of every other kind of token,
 * half of them were kept on the stack. */
__attribute__((noinline)) static size_t ascii_run(const char *s, size_t n, size_t i,
                                                  run_state *st)
{
    token *t = st->v + st->nt, *end = st->v + st->cap;
    char *folds = st->folds;
    uint32_t pending = st->pending;
    int refused = 0;
    while (t < end) {
        unsigned c = (unsigned char)s[i], cls = ascii_class[c];
        if (cls & A_ALNUM) {
            size_t e = fast_word(folds, s, n, i, cls, pending, t);
            if (!e) {
                refused = 1;
                break;
            }
            folds += e - i + 1;
            i = e;
            pending = 0;
        } else if (ascii_run_starts(c)) {
            pending = punct_token(t, i, c, pending);
            i++;
        } else {
            break;
        }
        t++;
        if (i == n)
            break;
        if (s[i] == ' ') {
            pending |= TOK_SPACE;
            while (++i < n && s[i] == ' ')
                ;
            if (i == n)
                break;
        }
    }
    st->nt = (size_t)(t - st->v);
    st->folds = folds;
    st->pending = pending;
    st->refused = refused;
    return i;
}

static int tokenize(arena *a, const char *s, size_t n, tok_vec *tv)
{
    size_t i = 0;
    /* about one token per five bytes of prose: few regrowths */
    size_t cap = n / 5 + 16, nt = 0;
    token *v = arena_alloc(a, cap * sizeof *v);
    /* The folds of fast_word's words, one after the other: each word
     * and the byte after it (not a letter or digit, so no part of the
     * next such word) take no more text than their fold and its NUL, so
     * n + 1 bytes hold them all; one allocation instead of one a word. */
    char *folds = arena_alloc(a, n + 1);
    if (!v || !folds)
        return PARLEY_ENOMEM;
    uint32_t pending = 0;
    int newlines = 0;
    pthread_once(&latin_once, latin_build);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            pending |= TOK_SPACE;
            i++;
            continue;
        }
        /* (ascii_class is 0 from 0x80 on: no decoding for most tokens) */
        unsigned cls = ascii_class[c];
        if (ascii_run_starts(c)) {
            if (nt == cap) {
                if (!(v = regrow(a, v, nt, 2 * cap)))
                    return PARLEY_ENOMEM;
                cap *= 2;
            }
            run_state st = {v, nt, cap, folds, pending, 0};
            i = ascii_run(s, n, i, &st);
            if (st.nt != nt)
                newlines = 0;
            nt = st.nt;
            folds = st.folds;
            pending = st.pending;
            if (!st.refused)
                continue;
            /* the word fast_word refused, by the general path */
            c = (unsigned char)s[i];
            cls = ascii_class[c];
        }
        int alnum = cls & A_ALNUM;
        int32_t cp = c;
        size_t len = alnum ? 1 : next_cp(s + i, n - i, &cp);
        if (!alnum && is_space(cp)) {
            pending |= TOK_SPACE;
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
                newlines++;
                pending |= TOK_NL;
                if (newlines >= 2 || cp == 0x2029)
                    pending |= TOK_PARA;
            }
            i += len;
            continue;
        }
        if (nt == cap) {
            if (!(v = regrow(a, v, nt, 2 * cap)))
                return PARLEY_ENOMEM;
            cap *= 2;
        }
        token *t = &v[nt++];
        if (!alnum && len == 2 && cp < LATIN_END && latin[cp - 0x80].kind) {
            /* (latin_word writes the whole token when it takes the word) */
            size_t e = latin_word(folds, s, n, i, pending, t);
            if (e) {
                newlines = 0;
                pending = 0;
                folds += e - i + 1;
                i = e;
                /* the space after most words, here rather than by a
                 * round of the loop (pending is empty since t) */
                if (i < n && s[i] == ' ') {
                    pending = TOK_SPACE;
                    i++;
                }
                continue;
            }
        }
        memset(t, 0, sizeof *t);
        t->start = (uint32_t)i;
        t->flags = pending;
        pending = 0;
        newlines = 0;
        if (is_letter(cp) || is_digit(cp)) {
            t->flags |= is_digit(cp) ? TOK_NUM : TOK_WORD;
            i = scan_word(s, n, i, &t->flags);
        } else if (is_apostrophe(cp) && nt > 1 && !(t->flags & TOK_SPACE) &&
                   i + len < n && (s[i + len] == 's' || s[i + len] == 'S') &&
                   (i + len + 1 >= n ||
                    !is_letter((unsigned char)s[i + len + 1]))) {
            t->flags |= TOK_POSS | TOK_WORD;
            i += len + 1;
        } else if (plural_possessive(s, n, v, nt, i, len, t->flags)) {
            t->flags |= TOK_POSS | TOK_WORD;
            i += len;
        } else {
            t->flags |= TOK_PUNCT;
            i += len;
        }
        t->end = (uint32_t)i;
        if (t->flags & TOK_POSS) {
            /* fold "’s" to "'s" whatever the apostrophe */
            t->fold = "'s";
            t->fold_len = 2;
            t->hash = text_hash("'s", 2);
        } else if (finish(a, s, t))
            return PARLEY_ENOMEM;
        pending = TOK_SEG;
    }
    tv->v = v;
    tv->n = nt;
    tv->cap = cap;
    return 0;
}

/* ---- sentences -------------------------------------------------------- */

static int tok_is(const token *t, const char *s)
{
    size_t l = strlen(s);
    return t->fold_len == l && !memcmp(t->fold, s, l);
}

static int is_terminal(const token *t)
{
    return (t->flags & TOK_PUNCT) &&
           (tok_is(t, ".") || tok_is(t, "!") || tok_is(t, "?") ||
            tok_is(t, "\xE2\x80\xA6"));
}

static int is_closer(const token *t)
{
    return (t->flags & TOK_PUNCT) &&
           (tok_is(t, "\"") || tok_is(t, "'") || tok_is(t, ")") ||
            tok_is(t, "]"));
}

static int starts_lower(const char *s, const token *t)
{
    int32_t cp;
    pl_text_utf8_next(s + t->start, t->end - t->start, &cp);
    return is_lower(cp);
}

static int common_starter(const token *t)
{
    static const char *const w[] = {
        "the", "he", "she", "it", "they", "we", "i", "in", "but", "this",
        "that", "these", "on", "at", "a", "an", "his", "her", "their", "its",
        "during", "after", "before", "however", "meanwhile", "according",
        "there", "both", "earlier", "later", "also", "as", NULL};
    for (int i = 0; w[i]; i++)
        if (tok_is(t, w[i]))
            return 1;
    return 0;
}

/* Whether token p is a word no sentence ends with ("with", "of", "the"). */
static int cannot_end(const token *p)
{
    static const char *const w[] = {"with", "of", "and", "the", "to", "between", "by", "for",
                                    "from", "a", "an", NULL};
    int fn = 0;
    if ((p->flags & TOK_WORD) && p->fold_len <= 7)
        for (int i = 0; w[i] && !fn; i++)
            fn = tok_is(p, w[i]);
    return fn;
}

/* Whether the paragraph break before toks[k] falls inside a sentence:
 * copied text whose line of running text (60 bytes or more) ends at a
 * word that cannot end one ("signed memoranda of understanding with",
 * blank line, "Madam X, …"). */
static int para_inside(const token *toks, size_t k)
{
    const token *p = &toks[k - 1];
    if (!cannot_end(p))
        return 0;
    size_t j = k - 1;
    while (j > 0 && !(toks[j].flags & TOK_NL))
        j--;
    return p->end - toks[j].start >= 60;
}

/* Whether a line break before toks[k] (of n) ends the sentence. A line that
 * ends without punctuation and is followed by a lower-case word is a
 * hard-wrapped line of running text. */
static int line_break_ends(const char *s, const token *toks, size_t n, size_t k)
{
    const token *p = &toks[k - 1], *t = &toks[k];
    if (t->flags & TOK_PARA)
        return !para_inside(toks, k);
    if (is_terminal(p) || is_closer(p) || tok_is(p, ":") || tok_is(p, ";"))
        return 1;
    if ((t->flags & TOK_PUNCT) && !tok_is(t, "\"") && !tok_is(t, "("))
        return 1; /* bullets and dashes start items */
    /* Find where the previous line began: a short line is a heading, and
     * so is the first line of the text (its title); a short line that
     * ends with a dash is a dateline ("BUDAPEST, 14 November 2024 –"). */
    size_t j = k - 1;
    while (j > 0 && !(toks[j].flags & TOK_NL))
        j--;
    int short_line = toks[k - 1].end - toks[j].start < 60;
    if (tok_is(p, "-") && short_line && !starts_lower(s, t))
        return 1;
    if (starts_lower(s, t) || tok_is(p, ",") || tok_is(p, "-") ||
        tok_is(p, "and") || tok_is(p, "of") || tok_is(p, "the"))
        return 0;
    /* the title and the line under it (a date line: "Published: 16 Nov
     * 2025 - 08:05 am | Last updated: …") are headings of their own */
    int second = 0;
    if (j > 0) {
        size_t q = j - 1;
        while (q > 0 && !(toks[q].flags & TOK_NL))
            q--;
        second = q == 0;
    }
    if (short_line || ((j == 0 || second) && toks[k - 1].end - toks[j].start < 160))
        return 1;
    /* "… could spread to other public sectors", then "Striking doctors
     * must …" on a line of 150 bytes: a text whose lines are whole
     * paragraphs is not wrapped, and a line of it that ends without
     * punctuation is a heading or a standfirst */
    if (cannot_end(p))
        return 0;
    size_t q = k + 1;
    while (q < n && !(toks[q].flags & TOK_NL))
        q++;
    return toks[q - 1].end - t->start >= 120;
}

/* Whether a sentence ends after the terminal punctuation toks[t] when
 * toks[k] follows (k == n: end of text). */
static int terminal_ends(const char *s, const token *toks, size_t n, size_t t,
                         size_t k, abbrev_fn is_abbrev, const void *ud)
{
    const token *p = &toks[t];
    if (k == n)
        return 1;
    const token *next = &toks[k];
    if (tok_is(p, ".") && t >= 1 && !(p->flags & TOK_SPACE)) {
        const token *w = &toks[t - 1];
        if (w->flags & TOK_WORD) {
            int initial = (w->flags & TOK_CAP) && w->end - w->start <= 2 &&
                          w->fold_len == 1;
            int ab = is_abbrev ? is_abbrev(ud, w->fold, w->fold_len) : 0;
            if (initial || ab == 1)
                return 0; /* an abbreviation that ends a name goes on */
        }
    }
    if (starts_lower(s, next))
        return 0;
    if ((next->flags & TOK_PUNCT) && !(next->flags & TOK_NL) &&
        !tok_is(next, "\"") && !tok_is(next, "(") && !tok_is(next, "-"))
        return 0; /* "?!", "...", "., " */
    return 1;
}

/* Whether a sentence boundary lies between toks[k-1] and toks[k]. */
static int boundary(const char *s, const token *toks, size_t n, size_t k,
                    abbrev_fn is_abbrev, const void *ud)
{
    if (k == n)
        return 1;
    if ((toks[k].flags & TOK_NL) && line_break_ends(s, toks, n, k))
        return 1;
    const token *p = &toks[k - 1];
    if (p->flags & TOK_PUNCT) { /* (is_terminal and is_closer need it) */
        if (is_terminal(p)) {
            if (is_closer(&toks[k]) && !(toks[k].flags & TOK_SPACE))
                return 0; /* the closing quote belongs to this sentence */
            return terminal_ends(s, toks, n, k - 1, k, is_abbrev, ud);
        }
        if (is_closer(p)) {
            size_t t = k - 1;
            while (t > 0 && is_closer(&toks[t]) && !(toks[t].flags & TOK_SPACE))
                t--;
            if (t < k - 1 && is_terminal(&toks[t]))
                return terminal_ends(s, toks, n, t, k, is_abbrev, ud);
            return 0;
        }
    }
    /* "... in the U.S. The talks ..." (the capital first: it is in the
     * token at hand, the word before's fold is not) */
    return (toks[k].flags & TOK_CAP) && p->fold_len > 1 && p->fold[p->fold_len - 1] == '.' &&
           common_starter(&toks[k]);
}

static int segment(arena *a, const char *s, text_doc *td, abbrev_fn is_abbrev,
                   const void *ud)
{
    token *toks = td->toks;
    size_t n = td->ntoks;
    size_t cap = n / 8 + 4, ns = 0;
    sentence *sv = arena_alloc(a, cap * sizeof *sv);
    if (!sv)
        return PARLEY_ENOMEM;
    size_t start = 0;
    for (size_t k = 1; k <= n; k++) {
        /* No sentence ends between a word of fast_word's and a token on
         * its line (boundary looks for a break, punctuation or a word
         * with a final dot before toks[k]): most tokens, passed over in
         * a loop of their own. */
        for (; k < n && !(toks[k].flags & (TOK_NL | TOK_SEG)); k++)
            toks[k - 1].sent = (uint32_t)ns;
        toks[k - 1].sent = (uint32_t)ns; /* in the sentence still open */
        if (!boundary(s, toks, n, k, is_abbrev, ud))
            continue;
        if (ns == cap) {
            size_t nc = cap * 2;
            sentence *nv = arena_alloc(a, nc * sizeof *nv);
            if (!nv)
                return PARLEY_ENOMEM;
            memcpy(nv, sv, ns * sizeof *sv);
            sv = nv;
            cap = nc;
        }
        sentence *se = &sv[ns];
        se->tok0 = (uint32_t)start;
        se->tok1 = (uint32_t)k;
        se->body = (uint32_t)start;
        se->start = toks[start].start;
        se->end = toks[k - 1].end;
        ns++;
        start = k;
    }
    td->sents = sv;
    td->nsents = ns;
    return 0;
}

int pl_text_analyse(arena *a, const char *text, size_t len, abbrev_fn is_abbrev,
                 const void *abbrev_ud, text_doc *td)
{
    memset(td, 0, sizeof *td);
    td->text = text;
    td->len = len;
    if (len > UINT32_MAX)
        return PARLEY_ETOOBIG;
    tok_vec tv = {0};
    int rc = tokenize(a, text, len, &tv);
    if (rc)
        return rc;
    td->toks = tv.v;
    td->ntoks = tv.n;
    return segment(a, text, td, is_abbrev, abbrev_ud);
}
