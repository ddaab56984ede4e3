/* test_util.c — unit tests of src/util: parley_buf (growth, formatting,
 * JSON escaping of hostile bytes), the arena, and parley_strerror. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
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

static void arena_allocates_aligned(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
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
        arena_reset(&a);
    }
    char *s = arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    assert_string_equal(arena_printf(&a, "%s=%d", "x", 3), "x=3");
    arena_release(&a);
}

static void strerror_covers_codes(void **state)
{
    (void)state;
    assert_string_equal(parley_strerror(PARLEY_OK), "success");
    assert_string_equal(parley_strerror(PARLEY_ENOMEM), "out of memory");
    assert_string_equal(parley_strerror(PARLEY_EUTF8), "invalid UTF-8");
    assert_string_equal(parley_strerror(-9999), "unknown error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(buf_grows_and_stays_terminated),
        cmocka_unit_test(buf_long_format),
        cmocka_unit_test(json_escapes),
        cmocka_unit_test(arena_allocates_aligned),
        cmocka_unit_test(strerror_covers_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
