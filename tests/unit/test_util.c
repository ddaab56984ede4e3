/* test_util.c — unit tests of src/util: parley_buf (growth, formatting,
 * JSON escaping of hostile bytes, integers and fixed decimals against
 * printf), the arena, parley_strerror, folding (fold.c: both variants,
 * non-ASCII, Turkish I, ligatures, combining accents) and dates (date.c:
 * leap years, month ends, invalid dates and why, relative dates). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cameo/cameo.h"
#include "lexicon/lexicon.h"
#include "parley.h"
#include "text/utf8.h"
#include "util/arena.h"
#include "util/cachefile.h"
#include "util/date.h"
#include "util/fold.h"

static void buf_grows_and_stays_terminated(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(b.n, 0);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(parley_buf_addc(&b, 'x'), 0);
    assert_int_equal(b.n, 10000);
    assert_int_equal(b.p[b.n], '\0');
    assert_int_equal(parley_buf_addf(&b, "%d-%s", 42, "ok"), 0);
    assert_string_equal(b.p + 10000, "42-ok");
    parley_buf_reset(&b);
    assert_int_equal(b.n, 0);
    assert_string_equal(b.p, "");
    size_t n;
    parley_buf_adds(&b, "abc");
    char *d = parley_buf_detach(&b, &n);
    assert_int_equal(n, 3);
    assert_string_equal(d, "abc");
    free(d);
    assert_int_equal(b.n, 0);
    parley_buf_release(&b);
}

static void buf_long_format(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    char big[1000];
    memset(big, 'y', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(parley_buf_addf(&b, "<%s>", big), 0);
    assert_int_equal(b.n, 1001);
    assert_int_equal(b.p[0], '<');
    assert_int_equal(b.p[1000], '>');
    parley_buf_release(&b);
}

static void json_escapes(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    const char in[] = "a\"b\\c\n\x01 Popșoi \xff\xc3";
    parley_str s = {in, sizeof in - 1};
    assert_int_equal(parley_buf_add_json(&b, s), 0);
    assert_string_equal(b.p, "\"a\\\"b\\\\c\\n\\u0001 Popșoi \xEF\xBF\xBD\xEF\xBF\xBD\"");
    parley_buf_reset(&b);
    parley_str nul = {"a\0b", 3};
    parley_buf_add_json(&b, nul);
    assert_string_equal(b.p, "\"a\\u0000b\"");
    parley_buf_reset(&b);
    /* overlong encoding and a surrogate are invalid too */
    parley_str bad = {"\xc0\xaf\xed\xa0\x80", 5};
    parley_buf_add_json(&b, bad);
    assert_string_equal(b.p, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    parley_buf_release(&b);
}

/* The escaping rule written the slow, obvious way, for comparison. */
static void json_reference(parley_buf *b, const unsigned char *p, size_t n)
{
    parley_buf_addc(b, '"');
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t len = c >= 0x80 ? pl_utf8_seq(p + i, n - i) : 1;
        if (c == '"' || c == '\\') {
            parley_buf_addc(b, '\\');
            parley_buf_addc(b, (char)c);
        } else if (c == '\n') {
            parley_buf_adds(b, "\\n");
        } else if (c == '\t') {
            parley_buf_adds(b, "\\t");
        } else if (c == '\r') {
            parley_buf_adds(b, "\\r");
        } else if (c < 0x20) {
            parley_buf_addf(b, "\\u%04x", c);
        } else if (!len) {
            parley_buf_adds(b, "\xEF\xBF\xBD");
            len = 1;
        } else {
            parley_buf_add(b, p + i, len);
        }
        i += len;
    }
    parley_buf_addc(b, '"');
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Random strings of every length up to 100 from an alphabet heavy in
 * what needs care (quotes, controls, partial and whole UTF-8 sequences),
 * appended after existing content: same bytes as the reference. */
static void json_escapes_random(void **state)
{
    (void)state;
    static const char *const pieces[] = {"a", "bcdefgh", "\"", "\\", "\n", "\t", "\r", "\x01",
                                         "\x1f", "\x7f", "\xc3\xa9", "\xc3", "\xe2\x82\xac",
                                         "\xe2\x82", "\xf0\x9f\x98\x80", "\xff", "\xed\xa0\x80",
                                         "\0", " "};
    parley_buf in = PARLEY_BUF_INIT, got = PARLEY_BUF_INIT, want = PARLEY_BUF_INIT;
    for (int round = 0; round < 20000; round++) {
        parley_buf_reset(&in);
        size_t target = rng() % 100;
        while (in.n < target) {
            const char *pc = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
            parley_buf_add(&in, pc, *pc ? strlen(pc) : 1);
        }
        parley_buf_reset(&got);
        parley_buf_reset(&want);
        parley_buf_adds(&got, "x:");
        parley_buf_adds(&want, "x:");
        assert_int_equal(parley_buf_add_json(&got, (parley_str){in.p, in.n}), 0);
        json_reference(&want, (const unsigned char *)in.p, in.n);
        if (got.n != want.n || memcmp(got.p, want.p, got.n))
            fail_msg("round %d: got %s, want %s", round, got.p, want.p);
        assert_int_equal(got.p[got.n], '\0');
    }
    parley_buf_release(&in);
    parley_buf_release(&got);
    parley_buf_release(&want);
}

static void integers(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    parley_buf_add_uint(&b, 0);
    parley_buf_addc(&b, ' ');
    parley_buf_add_uint(&b, 10);
    parley_buf_addc(&b, ' ');
    parley_buf_add_uint(&b, UINT64_MAX);
    parley_buf_addc(&b, ' ');
    parley_buf_add_int(&b, 0);
    parley_buf_addc(&b, ' ');
    parley_buf_add_int(&b, -7);
    parley_buf_addc(&b, ' ');
    parley_buf_add_int(&b, INT64_MAX);
    parley_buf_addc(&b, ' ');
    parley_buf_add_int(&b, INT64_MIN);
    assert_string_equal(b.p, "0 10 18446744073709551615 0 -7 9223372036854775807 "
                             "-9223372036854775808");
    parley_buf_release(&b);
}

static void fixed_is(double v, int decimals, const char *want)
{
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(parley_buf_add_fixed(&b, v, decimals), 0);
    if (strcmp(b.p, want))
        fail_msg("%.17g with %d decimals: got \"%s\", want \"%s\"", v, decimals, b.p, want);
    parley_buf_release(&b);
}

/* Rounding is of the double's exact value, ties to even, the sign kept
 * for negative zero and for negatives that round to zero. */
static void fixed_decimals(void **state)
{
    (void)state;
    fixed_is(1.0, 1, "1.0");
    fixed_is(-10.0, 1, "-10.0");
    fixed_is(7.4, 1, "7.4");
    fixed_is(-2.2, 1, "-2.2");
    fixed_is(0.0, 1, "0.0");
    fixed_is(-0.0, 1, "-0.0");
    fixed_is(-0.04, 1, "-0.0");
    fixed_is(-0.05, 1, "-0.1");  /* 0.05000000000000000277 */
    fixed_is(0.05, 1, "0.1");
    fixed_is(0.25, 1, "0.2");    /* exact tie: to even */
    fixed_is(0.75, 1, "0.8");
    fixed_is(-0.25, 1, "-0.2");
    fixed_is(0.35, 1, "0.3");    /* 0.34999999999999997780 */
    fixed_is(9.95, 1, "9.9");    /* 9.9499999999999992895 */
    fixed_is(9.96, 1, "10.0");
    fixed_is(-9.96, 1, "-10.0");
    fixed_is(51.18, 2, "51.18");
    fixed_is(71.45, 2, "71.45");
    fixed_is(-33.8688, 2, "-33.87");
    fixed_is(-122.4194, 2, "-122.42");
    fixed_is(2.675, 2, "2.67");  /* 2.67499999999999982236 */
    fixed_is(1.005, 2, "1.00");
    fixed_is(0.125, 2, "0.12");  /* exact tie: to even */
    fixed_is(0.375, 2, "0.38");
    fixed_is(-0.005, 2, "-0.01"); /* 0.005000000000000000104 */
    fixed_is(-0.001, 2, "-0.00");
    fixed_is(179.999, 2, "180.00");
    fixed_is(2.5, 0, "2");
    fixed_is(3.5, 0, "4");
    fixed_is(-0.5, 0, "-0");
    fixed_is(0.0005, 3, "0.001");
    fixed_is(4.9406564584124654e-324, 2, "0.00");
    fixed_is(-4.9406564584124654e-324, 2, "-0.00");
    fixed_is(999999999999999.9, 1, "999999999999999.9");
    fixed_is(1e15, 1, "1000000000000000.0");
    fixed_is(-1e300 * 1e300, 1, "-inf");
    /* and everything else as printf has it */
    for (int i = 0; i < 100000; i++) {
        uint64_t r = rng();
        double v;
        switch (i % 4) {
        case 0: memcpy(&v, &r, sizeof v); break; /* any bits */
        case 1: v = (double)(int64_t)(r % 2000001 - 1000000) / 1000.0; break;
        case 2: v = (double)(int64_t)(r % 200001 - 100000) / 200.0; break; /* ties */
        default: v = (double)(int64_t)(r % 20001 - 10000) / 20.0; break;
        }
        if (v != v)
            continue; /* NaN: "nan" or "-nan" as the C library prints it */
        for (int d = 0; d <= 3; d++) {
            char want[512];
            snprintf(want, sizeof want, "%.*f", d, v);
            fixed_is(v, d, want);
        }
    }
}

static void arena_concats(void **state)
{
    (void)state;
    arena a;
    pl_arena_init(&a);
    assert_string_equal(pl_arena_concat(&a, "KAZ", "GOV"), "KAZGOV");
    assert_string_equal(pl_arena_concat(&a, "", ""), "");
    assert_string_equal(pl_arena_concat(&a, "IGOUNO", ""), "IGOUNO");
    pl_arena_release(&a);
}

static void arena_allocates_aligned(void **state)
{
    (void)state;
    arena a;
    pl_arena_init(&a);
    for (int round = 0; round < 3; round++) {
        for (int i = 1; i < 5000; i++) {
            char *p = arena_alloc(&a, (size_t)i % 97 + 1);
            assert_non_null(p);
            assert_int_equal((uintptr_t)p % 16, 0);
            p[0] = 'z';
        }
        char *big = arena_alloc(&a, 1 << 20);
        assert_non_null(big);
        memset(big, 1, 1 << 20);
        pl_arena_reset(&a);
    }
    char *s = pl_arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    assert_string_equal(pl_arena_printf(&a, "%s=%d", "x", 3), "x=3");
    pl_arena_release(&a);
}

static void strerror_covers_codes(void **state)
{
    (void)state;
    assert_string_equal(parley_strerror(PARLEY_OK), "success");
    assert_string_equal(parley_strerror(PARLEY_ENOMEM), "out of memory");
    assert_string_equal(parley_strerror(PARLEY_EUTF8), "invalid UTF-8");
    assert_string_equal(parley_strerror(-9999), "unknown error");
}

/* The caches' checksum as cachefile.c describes it, a word at a time:
 * the vector path (AVX2, where the processor has it) must give the same
 * sums, in one piece or several. */
static uint64_t sum_reference(const unsigned char *p, size_t n, uint64_t seed)
{
    uint64_t l[16], m = 0x9E3779B1u;
    for (int k = 0; k < 16; k++)
        l[k] = (seed ^ 0x243F6A8885A308D3ULL) + (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    size_t whole = n / 128 * 128;
    for (size_t i = 0; i * 8 < n; i++) {
        uint64_t w = 0;
        size_t q = n - i * 8 < 8 ? n - i * 8 : 8;
        memcpy(&w, p + i * 8, q);
        if (i * 8 >= whole)
            w ^= (uint64_t)q << 56;
        uint64_t x = l[i % 16] ^ w;
        x ^= x >> 32;
        l[i % 16] = x * m;
    }
    uint64_t h = n;
    for (int k = 0; k < 16; k++) {
        int r = (k * 23) & 63;
        h ^= r ? (l[k] << r) | (l[k] >> (64 - r)) : l[k];
    }
    for (int i = 0; i < 2; i++) {
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ULL;
    }
    return h ^ (h >> 32);
}

static void cache_sum(void **state)
{
    (void)state;
    enum { N = 1000 };
    unsigned char b[N];
    uint64_t r = 88172645463325252ULL;
    for (size_t i = 0; i < N; i++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        b[i] = (unsigned char)r;
    }
    for (size_t n = 0; n <= N; n += n < 300 ? 1 : 37)
        for (uint64_t seed = 0; seed < 3; seed++)
            assert_int_equal(pl_cache_sum(b, n, seed), sum_reference(b, n, seed));
    /* in pieces of whole blocks */
    pl_cache_sum_state s;
    pl_cache_sum_init(&s, 7);
    pl_cache_sum_add(&s, b, 128);
    pl_cache_sum_add(&s, b + 128, 512);
    pl_cache_sum_add(&s, b + 640, N - 640);
    assert_int_equal(pl_cache_sum_end(&s), pl_cache_sum(b, N, 7));
    /* every bit of a block's words and of the words after them */
    uint64_t want = pl_cache_sum(b, N, 1);
    for (size_t i = 0; i < N * 8; i++) {
        b[i / 8] ^= (unsigned char)(1u << (i % 8));
        assert_int_not_equal(pl_cache_sum(b, N, 1), want);
        b[i / 8] ^= (unsigned char)(1u << (i % 8));
    }
    /* a byte fewer is another sum */
    assert_int_not_equal(pl_cache_sum(b, 999, 1), pl_cache_sum(b, 998, 1));
}

/* D10 (issue 13): dates that do not exist are refused everywhere */
static void dates_valid(void **state)
{
    (void)state;
    static const char *const good[] = {"2024", "2024-01", "2024-12", "2024-02-29",
                                       "2000-02-29", "2023-12-31", "0001-01-01"};
    static const char *const bad[] = {"2024-13", "2024-00", "2024-13-45", "2023-02-29",
                                      "1900-02-29", "2024-04-31", "2024-01-00", "2024-1",
                                      "24", "2024-01-1", "2024/01/01", "2024-01-01x",
                                      "20240101", "", "abcd", "2024--1"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        if (!parley_date_valid(good[i]))
            fail_msg("%s refused", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (parley_date_valid(bad[i]))
            fail_msg("%s accepted", bad[i]);
    assert_int_equal(parley_date_valid(NULL), 0);
    assert_int_equal(parley_plover_type_valid("consult"), 1);
    assert_int_equal(parley_plover_type_valid("ASSAULT"), 1);
    assert_int_equal(parley_plover_type_valid("MEET"), 0);
    assert_int_equal(parley_plover_type_valid(""), 0);
    assert_int_equal(parley_plover_type_valid(NULL), 0);
}
/* What the store's fold gave before its table: utf8proc_map on the whole
 * text, or the text itself when that fails. */
static char *fold_ref(const char *s, size_t n, size_t *outn)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)s,
                                      (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                          UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    if (k < 0) {
        free(out);
        char *r = malloc(n + 1);
        memcpy(r, s, n);
        r[n] = '\0';
        *outn = n;
        return r;
    }
    *outn = (size_t)k;
    return (char *)out;
}

static void assert_fold(const char *s, size_t n)
{
    size_t a = 0, b = 0;
    char *got = pl_fold_key(s, n, &a), *want = fold_ref(s, n, &b);
    assert_non_null(got);
    if (a != b || memcmp(got, want, a))
        fail_msg("fold of '%.*s' (%zu bytes): '%.*s', want '%.*s'", (int)n, s,
                 n, (int)a, got, (int)b, want);
    free(got);
    free(want);
}

/* The table behind the store's fold gives what utf8proc gives, for every code
 * point it covers, alone and in texts that mix them with code points and
 * bytes it leaves to utf8proc. */
static void fold_key_table(void **state)
{
    (void)state;
    char s[64];
    for (int32_t cp = 0; cp < 0x300; cp++) {
        size_t n = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s);
        assert_fold(s, n);
        memcpy(s + n, "Ab\xc3\x89", 4);                 /* ...AbÉ */
        assert_fold(s, n + 4);
        memcpy(s + n, "e\xcc\x81", 3);                  /* e + U+0301 */
        assert_fold(s, n + 3);
        memcpy(s + n, "\xe2\x80\x99s", 4);              /* ’s */
        assert_fold(s, n + 4);
        memcpy(s + n, "\xff", 1);                        /* not UTF-8 */
        assert_fold(s, n + 1);
    }
    static const char *const texts[] = {
        "", "Mihai Popșoi", "Péter Szijjártó", "JOSÉ ALBARES", "Straße",
        "Đurić", "İstanbul", "ŒUVRE Æsir", "Ｆｕｌｌ", "Ελλάδα", "a\0b",
        "\xc3", "\xc9\x90", "\xc9\x8f",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_fold(texts[i], i == 10 ? 3 : strlen(texts[i]));
}


/* ---- folding (src/util/fold.c) ------------------------------------------ */

static const char *fm(arena *a, const char *s, size_t n)
{
    char *out;
    long k = pl_fold_match(a, s, n, &out);
    assert_true(k >= 0);
    assert_int_equal(strlen(out), (size_t)k);
    return out;
}

static char *fk(const char *s)
{
    size_t n;
    char *r = pl_fold_key(s, strlen(s), &n);
    assert_non_null(r);
    return r;
}

/* The two variants, side by side on what fold.h documents. */
static void fold_variants(void **state)
{
    (void)state;
    static const char *const t[][3] = {
        /* input, matching, key */
        {"Lavrov", "lavrov", "lavrov"},
        {"JOSÉ Albares", "jose albares", "jose albares"},
        {"Péter Szijjártó", "peter szijjarto", "peter szijjarto"},
        {"Mihai Popșoi", "mihai popsoi", "mihai popsoi"},
        {"Straße", "strasse", "strasse"},
        {"İstanbul", "istanbul", "istanbul"},        /* Turkish dotted I */
        {"Diyarbakır", "diyarbakir", "diyarbakır"},  /* dotless i */
        {"Łódź", "lodz", "łodz"},
        {"Ørsted", "orsted", "ørsted"},
        {"Đurić", "duric", "đuric"},
        {"Æsir Œuvre", "aesir oeuvre", "æsir œuvre"},
        {"Þór", "thor", "þor"},
        {"\xef\xac\x81nal", "final", "final"},       /* the ligature ﬁ */
        {"\xef\xbc\xa6ull", "full", "\xef\xbd\x86ull"}, /* fullwidth Ｆ */
        {"e\xcc\x81te\xcc\x81", "ete", "ete"},       /* combining acute */
        {"Ελλάδα", "ελλαδα", "ελλαδα"},
        {"Москва", "москва", "москва"},
        {"Xi\xe2\x80\x99s \xe2\x80\x9cplan\xe2\x80\x9d \xe2\x80\x93 now",
         "xi's \"plan\" - now", "xi's \xe2\x80\x9cplan\xe2\x80\x9d - now"},
        {"a\xff" "b", "a\xef\xbf\xbd" "b", "a\xff" "b"}, /* not UTF-8 */
        {"", "", ""},
    };
    arena a;
    pl_arena_init(&a);
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        const char *m = fm(&a, t[i][0], strlen(t[i][0]));
        if (strcmp(m, t[i][1]))
            fail_msg("match fold of '%s': '%s', want '%s'", t[i][0], m, t[i][1]);
        char *k = fk(t[i][0]);
        if (strcmp(k, t[i][2]))
            fail_msg("key fold of '%s': '%s', want '%s'", t[i][0], k, t[i][2]);
        free(k);
    }
    pl_arena_release(&a);
}

/* Folding a text is folding its code points one by one (none below the
 * tables' end is a combining mark), whichever way each is folded: ASCII,
 * table, or utf8proc; and a NUL byte is kept. */
static void fold_match_by_code_point(void **state)
{
    (void)state;
    arena a;
    pl_arena_init(&a);
    char s[64], want[256];
    for (int32_t cp = 1; cp < 0x3000; cp++) {
        if (cp >= 0x300 && cp < 0x370)
            continue; /* combining marks: they fold with what precedes */
        size_t n = (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)s);
        const char *one = fm(&a, s, n);
        memcpy(s + n, "Ab\xc3\x89\xc5\x81", 6); /* ...AbÉŁ */
        size_t wn = strlen(one);
        memcpy(want, one, wn);
        memcpy(want + wn, "ab" "e" "l", 5);
        const char *all = fm(&a, s, n + 6);
        if (strcmp(all, want))
            fail_msg("U+%04X: '%s', want '%s'", (unsigned)cp, all, want);
        pl_arena_reset(&a);
    }
    char *out;
    assert_int_equal(pl_fold_match(&a, "A\0\xc3\x89", 4, &out), 3);
    assert_memory_equal(out, "a\0e", 3);
    pl_arena_release(&a);
}

/* A pathological expansion is cut short, never past its buffer: U+FDFA
 * is 18 code points (33 bytes) under compatibility decomposition. */
static void fold_match_expansion(void **state)
{
    (void)state;
    arena a;
    pl_arena_init(&a);
    char s[3 * 200];
    for (int i = 0; i < 200; i++)
        memcpy(s + 3 * i, "\xef\xb7\xba", 3);
    char *out;
    long k = pl_fold_match(&a, s, sizeof s, &out);
    assert_true(k > 0 && (size_t)k < 3 * sizeof s + 8);
    assert_int_equal(strlen(out), (size_t)k);
    pl_arena_release(&a);
}

static void ascii_case(void **state)
{
    (void)state;
    char b[16];
    pl_ascii_upper_n(b, "kaz-Gov\xc3\xa9", 10);
    assert_memory_equal(b, "KAZ-GOV\xc3\xa9", 10);
    pl_ascii_lower_n(b, b, 10);
    assert_memory_equal(b, "kaz-gov\xc3\xa9", 10);
    assert_int_equal(pl_ascii_lower('@'), '@');
    assert_int_equal(pl_ascii_upper('{'), '{');
    assert_int_equal(pl_ascii_lower((char)0xC9), (char)0xC9);
}

/* ---- dates (src/util/date.c) --------------------------------------------- */

static void date_calendar(void **state)
{
    (void)state;
    assert_int_equal(pl_date_leap(2024), 1);
    assert_int_equal(pl_date_leap(2023), 0);
    assert_int_equal(pl_date_leap(1900), 0);
    assert_int_equal(pl_date_leap(2000), 1);
    assert_int_equal(pl_date_leap(2100), 0);
    assert_int_equal(pl_date_month_days(2024, 2), 29);
    assert_int_equal(pl_date_month_days(2023, 2), 28);
    assert_int_equal(pl_date_month_days(2023, 4), 30);
    assert_int_equal(pl_date_month_days(2023, 12), 31);
    assert_int_equal(pl_date_month_days(2023, 13), 0);
    assert_int_equal(pl_date_month_days(2023, 0), 0);
    assert_null(pl_date_check(2024, 2, 29));
    assert_null(pl_date_check(2024, 0, 0));
    assert_null(pl_date_check(2024, 7, 0));
    assert_string_equal(pl_date_check(2023, 2, 29), "February 29 is only in a leap year");
    assert_string_equal(pl_date_check(2024, 2, 30), "February has 28 days, 29 in a leap year");
    assert_string_equal(pl_date_check(2024, 4, 31), "April has 30 days");
    assert_string_equal(pl_date_check(2024, 13, 1), "the month is not 1 to 12");
    assert_string_equal(pl_date_check(2024, 1, 32), "the day is not 1 to 31");
    assert_string_equal(pl_date_check(2024, 0, 5), "a day without a month");
}

static void date_parse_and_format(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int prec;
        int32_t v;
        const char *why;
    } t[] = {
        {"2024", PL_DATE_YEAR, 20240000, NULL},
        {"2024-03", PL_DATE_MONTH, 20240300, NULL},
        {"2024-02-29", PL_DATE_DAY, 20240229, NULL},
        {"2023-12-31", PL_DATE_DAY, 20231231, NULL},
        {"0000-01-01", PL_DATE_DAY, 101, NULL},
        {"2023-02-29", 0, 0, "February 29 is only in a leap year"},
        {"2024-06-31", 0, 0, "June has 30 days"},
        {"2024-13", 0, 0, "the month is not 1 to 12"},
        {"2024-00", 0, 0, "the month is not 1 to 12"},
        {"2024-01-00", 0, 0, "the day is not 1 to 31"},
        {"2024-01-32", 0, 0, "the day is not 1 to 31"},
        {"2024/01/01", 0, 0, "expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"2024-1-01", 0, 0, "expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"24", 0, 0, "expected YYYY, YYYY-MM or YYYY-MM-DD"},
        {"２０２４", 0, 0, "expected YYYY, YYYY-MM or YYYY-MM-DD"}, /* fullwidth digits */
        {"", 0, 0, "expected YYYY, YYYY-MM or YYYY-MM-DD"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int32_t v = -1;
        const char *why = "unset";
        int p = pl_date_parse(t[i].s, strlen(t[i].s), &v, &why);
        if (p != t[i].prec || (p && v != t[i].v))
            fail_msg("%s: precision %d, %d", t[i].s, p, (int)v);
        if (t[i].why ? !why || strcmp(why, t[i].why) : why != NULL)
            fail_msg("%s: why '%s'", t[i].s, why ? why : "(null)");
        if (p) {
            char iso[PL_DATE_ISO_MAX];
            assert_int_equal(pl_date_format(v, iso), strlen(t[i].s));
            assert_string_equal(iso, t[i].s);
        }
        assert_int_equal(parley_date_valid(t[i].s), p != 0);
    }
    assert_int_equal(pl_date_parse(NULL, 0, NULL, NULL), PL_DATE_NONE);
    assert_int_equal(pl_date_parse("2024-05-06", 10, NULL, NULL), PL_DATE_DAY);
    char iso[PL_DATE_ISO_MAX];
    assert_int_equal(pl_date_format(100000105, iso), 11); /* the year 10000 */
    assert_string_equal(iso, "10000-01-05");
    assert_int_equal(pl_date_format(0, iso), 0);
    assert_string_equal(iso, "");
    assert_int_equal(pl_date_format(-8769, iso), 0); /* before the year 0 */
    assert_string_equal(pl_date_precision("2024-03"), "month");
    assert_null(pl_date_precision(NULL));
}

static void date_arithmetic(void **state)
{
    (void)state;
    assert_int_equal(pl_date_days(1970, 1, 1), 0);
    assert_int_equal(pl_date_days(2000, 3, 1), 11017);
    assert_int_equal(pl_date_days(1969, 12, 31), -1);
    assert_int_equal(pl_date_days(2023, 2, 30), pl_date_days(2023, 3, 2)); /* counts on */
    /* every day from 1600 to 2400: one after the other, and back */
    int32_t d = 16000101;
    for (long z = pl_date_days(1600, 1, 1); z < pl_date_days(2400, 1, 1); z++) {
        assert_int_equal(pl_date_from_days(z), d);
        int y = d / 10000, m = d / 100 % 100, day = d % 100;
        assert_int_equal(pl_date_days(y, m, day), z);
        assert_null(pl_date_check(y, m, day));
        d = day < pl_date_month_days(y, m) ? d + 1
            : m < 12 ? y * 10000 + (m + 1) * 100 + 1 : (y + 1) * 10000 + 101;
    }
    assert_int_equal(pl_date_add_days(20240228, 1), 20240229);
    assert_int_equal(pl_date_add_days(20230228, 1), 20230301);
    assert_int_equal(pl_date_add_days(19000228, 1), 19000301);
    assert_int_equal(pl_date_add_days(20000228, 1), 20000229);
    assert_int_equal(pl_date_add_days(20241231, 1), 20250101);
    assert_int_equal(pl_date_add_days(20250101, -1), 20241231);
    assert_int_equal(pl_date_add_days(20250131, 30), 20250302);
    assert_int_equal(pl_date_weekday(19700101), 4); /* Thursday */
    assert_int_equal(pl_date_weekday(20000101), 6); /* Saturday */
    assert_int_equal(pl_date_weekday(20240229), 4);
    assert_int_equal(pl_date_weekday(20251207), 7); /* Sunday */
    assert_int_equal(pl_date_weekday(19691229), 1); /* Monday, before 1970 */
}

/* Dates relative to a document's: weekdays, "last week/month/year", and
 * a day and month written without a year. */
static void date_relative(void **state)
{
    (void)state;
    /* 2025-09-25 is a Thursday */
    assert_int_equal(pl_date_weekday_back(20250925, 2), 20250923);  /* on Tuesday */
    assert_int_equal(pl_date_weekday_back(20250925, 4), 20250925);  /* on Thursday: today */
    assert_int_equal(pl_date_weekday_back(20250925, 5), 20250919);  /* on Friday: last week's */
    assert_int_equal(pl_date_weekday_ahead(20250925, 5), 20250926); /* for Friday */
    assert_int_equal(pl_date_weekday_ahead(20250925, 4), 20251002); /* next Thursday */
    assert_int_equal(pl_date_weekday_back(20250301, 5), 20250228);  /* across a month end */
    assert_int_equal(pl_date_weekday_back(20240302, 4), 20240229);  /* a leap day */
    assert_int_equal(pl_date_weekday_ahead(20241230, 3), 20250101); /* across a year */
    /* last week: Monday 15 to Sunday 21 September 2025 */
    assert_int_equal(pl_date_previous(20250925, PL_DATE_WEEK), 20250900);
    /* Monday 25 August to Sunday 31 August: one month */
    assert_int_equal(pl_date_previous(20250905, PL_DATE_WEEK), 20250800);
    /* Monday 26 May to Sunday 1 June: two months, one year */
    assert_int_equal(pl_date_previous(20250604, PL_DATE_WEEK), 20250000);
    /* Monday 29 December 2025 to Sunday 4 January 2026: no date */
    assert_int_equal(pl_date_previous(20260107, PL_DATE_WEEK), 0);
    assert_int_equal(pl_date_previous(20250115, PL_DATE_MONTH), 20241200);
    assert_int_equal(pl_date_previous(20250315, PL_DATE_MONTH), 20250200);
    assert_int_equal(pl_date_previous(20250315, PL_DATE_YEAR), 20240000);
    assert_int_equal(pl_date_previous(20250315, PL_DATE_NONE), 0);
    /* this week: Monday 22 to Thursday 25 September 2025 */
    assert_int_equal(pl_date_current(20250925, PL_DATE_WEEK), 20250900);
    /* Monday 29 September to Wednesday 1 October: one year */
    assert_int_equal(pl_date_current(20251001, PL_DATE_WEEK), 20250000);
    assert_int_equal(pl_date_current(20251001, PL_DATE_MONTH), 20251000);
    assert_int_equal(pl_date_current(20251001, PL_DATE_YEAR), 20250000);
    /* the weekend: on Monday 3 March 2025, Saturday 1 and Sunday 2 March */
    assert_int_equal(pl_date_weekend(20250303), 20250300);
    /* on Monday 2 June 2025: Saturday 31 May and Sunday 1 June */
    assert_int_equal(pl_date_weekend(20250602), 20250000);
    /* on Sunday 5 January 2025: Saturday 4 and Sunday 5 */
    assert_int_equal(pl_date_weekend(20250105), 20250100);
    /* on Sunday 1 January 2023: Saturday 31 December 2022 and Sunday 1 January */
    assert_int_equal(pl_date_weekend(20230101), 0);
    /* "25 September" in a story of 2025-09-26, of 2025-01-05 */
    assert_int_equal(pl_date_resolve(20250926, 0, 9, 25), 20250925);
    assert_int_equal(pl_date_resolve(20250105, 0, 9, 25), 20240925);
    /* a week ahead at most: "10 January" on the 3rd, on the 2nd */
    assert_int_equal(pl_date_resolve(20250103, 0, 1, 10), 20250110);
    assert_int_equal(pl_date_resolve(20250102, 0, 1, 10), 20240110);
    /* "31 December" on 2 January: last year's */
    assert_int_equal(pl_date_resolve(20250102, 0, 12, 31), 20241231);
    /* "29 February" without a year: only in a leap year */
    assert_int_equal(pl_date_resolve(20240315, 0, 2, 29), 20240229);
    assert_int_equal(pl_date_resolve(20250315, 0, 2, 29), 0);
    assert_int_equal(pl_date_resolve(0, 2024, 2, 29), 20240229);
    assert_int_equal(pl_date_resolve(0, 2023, 4, 31), 0);
    assert_int_equal(pl_date_resolve(0, 0, 4, 30), 0); /* no year, no document date */
    /* months: up to the month after the document's */
    assert_int_equal(pl_date_resolve(20250115, 0, 2, 0), 20250200);
    assert_int_equal(pl_date_resolve(20250115, 0, 3, 0), 20240300);
}

/* The other readers of dates check them here too: terms of office in a
 * lexicon (bounds), and CAMEO's YYMMDD restrictions. */
static void date_readers(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(pl_lexicon_parse_bound("2024", 4, 0, NULL), 20240100);
    assert_int_equal(pl_lexicon_parse_bound("2024", 4, 1, NULL), 20241299);
    assert_int_equal(pl_lexicon_parse_bound("2024-03", 7, 0, NULL), 20240300);
    assert_int_equal(pl_lexicon_parse_bound("2024-03", 7, 1, NULL), 20240399);
    assert_int_equal(pl_lexicon_parse_bound("2024-03-09", 10, 1, NULL), 20240309);
    assert_int_equal(pl_lexicon_parse_bound("2024-02-30", 10, 0, &why), -1);
    assert_string_equal(why, "February has 28 days, 29 in a leap year");
    assert_int_equal(pl_lexicon_parse_bound("2024-2", 6, 0, NULL), -1);
    assert_int_equal(pl_cameo_parse_date("991201", 6), 19991201);
    assert_int_equal(pl_cameo_parse_date("010114", 6), 20010114);
    assert_int_equal(pl_cameo_parse_date("20000229", 8), 20000229);
    assert_int_equal(pl_cameo_parse_date("19000229", 8), -1);
    assert_int_equal(pl_cameo_parse_date("990231", 6), -1);
    assert_int_equal(pl_cameo_parse_date("991301", 6), -1);
    assert_int_equal(pl_cameo_parse_date("991200", 6), -1);
    assert_int_equal(pl_cameo_parse_date("99120", 5), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(buf_grows_and_stays_terminated),
        cmocka_unit_test(buf_long_format),
        cmocka_unit_test(json_escapes),
        cmocka_unit_test(json_escapes_random),
        cmocka_unit_test(integers),
        cmocka_unit_test(fixed_decimals),
        cmocka_unit_test(arena_concats),
        cmocka_unit_test(arena_allocates_aligned),
        cmocka_unit_test(strerror_covers_codes),
        cmocka_unit_test(cache_sum),
        cmocka_unit_test(dates_valid),
        cmocka_unit_test(fold_key_table),
        cmocka_unit_test(fold_variants),
        cmocka_unit_test(fold_match_by_code_point),
        cmocka_unit_test(fold_match_expansion),
        cmocka_unit_test(ascii_case),
        cmocka_unit_test(date_calendar),
        cmocka_unit_test(date_parse_and_format),
        cmocka_unit_test(date_arithmetic),
        cmocka_unit_test(date_relative),
        cmocka_unit_test(date_readers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
