/* test_util.c — unit tests of src/util: parley_buf (growth, formatting,
 * JSON escaping of hostile bytes, integers and fixed decimals against
 * printf), the arena, and parley_strerror. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "text/utf8.h"
#include "util/arena.h"

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
        cmocka_unit_test(dates_valid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
