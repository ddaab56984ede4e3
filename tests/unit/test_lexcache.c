/* test_lexcache.c — unit tests of the lexicon's image (src/lexicon/
 * image.c): an image of the built-in lexicon codes as the text-loaded
 * lexicon does and writes itself again byte for byte; every truncation,
 * flipped bytes, another key and a misaligned buffer are refused; damage
 * behind a checksum made right again (section table, counts, indices) is
 * refused or read without a crash; pl_lexicon_load_cached writes once,
 * reads after, replaces a corrupt file and stays out of the way of a
 * --lexicon directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/image.h"
#include "lexicon/lexicon.h"
#include "parley.h"
#include "util/cachefile.h"

static parley_lexicon *text_lx;
static void *good;
static size_t ngood;
static uint64_t key[2];

/* Where the header's checksum is, and what it covers. */
#define SUM_AT 40
#define BODY_AT 48

static void fix_sum(unsigned char *b, size_t n)
{
    uint64_t k0, s;
    memcpy(&k0, b + 16, sizeof k0);
    s = pl_cache_sum(b + BODY_AT, n - BODY_AT, k0);
    memcpy(b + SUM_AT, &s, sizeof s);
}

static const char *const docs[] = {
    "GENEVA, May 3 (Reuters) - Russian Foreign Minister Sergei Lavrov met "
    "U.S. Secretary of State Antony Blinken in Geneva on Friday. The two "
    "sides agreed to resume talks, a State Department spokesman said.",
    "Iran summoned the British ambassador on Tuesday to protest against "
    "sanctions, while Chinese President Xi Jinping praised Pakistan's "
    "efforts. NATO accused Moscow of shelling Kharkiv.",
    "The European Union condemned the arrest of three journalists in "
    "Minsk and called for their release. Belarus expelled two Polish "
    "diplomats.",
};

/* The events of every document in docs as JSON lines. */
static char *code_all(const parley_lexicon *lx)
{
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t d = 0; d < sizeof docs / sizeof *docs; d++) {
        parley_doc doc = {0};
        doc.id.p = "t", doc.id.n = 1;
        doc.date.p = "2024-05-03", doc.date.n = 10;
        doc.text.p = docs[d], doc.text.n = strlen(docs[d]);
        parley_code_opts o = {0};
        parley_result *r;
        assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
        for (size_t i = 0; i < parley_result_count(r); i++)
            assert_int_equal(parley_write_json(&b, &doc, parley_result_event(r, i), i), 0);
        parley_result_free(r);
    }
    parley_buf_adds(&b, "");
    return parley_buf_detach(&b, NULL);
}

static int setup(void **state)
{
    (void)state;
    if (parley_lexicon_load(&text_lx, NULL, NULL))
        return -1;
    pl_lexicon_image_key(key);
    return pl_lexicon_image_encode(text_lx, key, &good, &ngood) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(text_lx);
    free(good);
    return 0;
}

/* An 8-aligned copy of b[0..n) (malloc's alignment). */
static unsigned char *copy(const void *b, size_t n)
{
    unsigned char *c = malloc(n ? n : 1);
    assert_non_null(c);
    memcpy(c, b, n);
    return c;
}

static void round_trip(void **state)
{
    (void)state;
    unsigned char *b = copy(good, ngood);
    parley_lexicon *lx;
    assert_int_equal(pl_lexicon_image_decode(b, ngood, key, 0, &lx), 0);
    assert_non_null(lx->image);
    /* the same events, and the same image written again */
    char *want = code_all(text_lx), *got = code_all(lx);
    assert_true(strlen(want) > 100);
    assert_string_equal(got, want);
    free(want);
    free(got);
    void *again;
    size_t n;
    assert_int_equal(pl_lexicon_image_encode(lx, key, &again, &n), PARLEY_EINVAL);
    parley_lexicon_free(lx);
    /* the text-loaded lexicon writes the same bytes every time */
    assert_int_equal(pl_lexicon_image_encode(text_lx, key, &again, &n), 0);
    assert_int_equal(n, ngood);
    assert_memory_equal(again, good, n);
    free(again);
    /* lookups by key and by CAMEO code */
    assert_int_equal(pl_lexicon_image_decode(b, ngood, key, 0, &lx), 0);
    assert_int_equal(pl_lexicon_country(lx, "FRA"), pl_lexicon_country(text_lx, "FRA"));
    assert_true(pl_lexicon_country(lx, "FRA") >= 0);
    assert_int_equal(pl_lexicon_country_by_cameo(lx, "RUSGOV"),
                     pl_lexicon_country_by_cameo(text_lx, "RUSGOV"));
    assert_int_equal(pl_lexicon_org_by_cameo(lx, "IGOUNO"), pl_lexicon_org_by_cameo(text_lx, "IGOUNO"));
    assert_int_equal(pl_lexicon_code(lx, "040") - pl_lexicon_code(lx, "010"),
                     pl_lexicon_code(text_lx, "040") - pl_lexicon_code(text_lx, "010"));
    assert_string_equal(pl_lexicon_code(lx, "0431")->cameo, "043");
    assert_string_equal(pl_lexicon_code(lx, "040")->label, pl_lexicon_code(text_lx, "040")->label);
    parley_lexicon_free(lx);
    free(b);
}

static void refuses_damage(void **state)
{
    (void)state;
    parley_lexicon *lx = (parley_lexicon *)1;
    /* another key */
    uint64_t other[2] = {key[0], key[1] ^ 1};
    unsigned char *b = copy(good, ngood);
    assert_int_equal(pl_lexicon_image_decode(b, ngood, other, 0, &lx), PARLEY_EPARSE);
    assert_null(lx);
    /* misaligned */
    unsigned char *m = malloc(ngood + 8);
    assert_non_null(m);
    memcpy(m + 1, good, ngood);
    assert_int_equal(pl_lexicon_image_decode(m + 1, ngood, key, 0, &lx), PARLEY_EPARSE);
    free(m);
    /* truncated anywhere (a sample of lengths), or longer */
    for (size_t n = 0; n < ngood; n += n < 4096 ? 1 : 4093)
        assert_int_equal(pl_lexicon_image_decode(good, n, key, 0, &lx), PARLEY_EPARSE);
    unsigned char *longer = calloc(1, ngood + 8);
    assert_non_null(longer);
    memcpy(longer, good, ngood);
    assert_int_equal(pl_lexicon_image_decode(longer, ngood + 8, key, 0, &lx), PARLEY_EPARSE);
    free(longer);
    /* a flipped bit anywhere: the checksum */
    for (size_t at = 0; at < ngood; at += at < 8192 ? 61 : 65521) {
        b[at] ^= 0x10;
        assert_int_equal(pl_lexicon_image_decode(b, ngood, key, 0, &lx), PARLEY_EPARSE);
        b[at] ^= 0x10;
    }
    free(b);
}

/* Damage with the checksum made right: the reader's own checks must
 * refuse it, or what it reads must be a lexicon that codes without a
 * crash (ASan and UBSan watch). */
static void checks_behind_the_checksum(void **state)
{
    (void)state;
    unsigned char *b = copy(good, ngood);
    size_t refused = 0, read = 0;
    uint32_t seed = 12345;
    for (int round = 0; round < 200; round++) {
        memcpy(b, good, ngood);
        size_t at;
        if (round < 100) /* the header and the section table */
            at = BODY_AT + (size_t)round * 11 % 2048;
        else { /* anywhere */
            seed = seed * 1103515245u + 12345u;
            at = BODY_AT + (seed >> 4) % (ngood - BODY_AT);
        }
        b[at] ^= (unsigned char)(1u << (round % 8));
        if (round % 3 == 0 && at + 1 < ngood)
            b[at + 1] ^= 0xff;
        fix_sum(b, ngood);
        parley_lexicon *lx;
        int rc = pl_lexicon_image_decode(b, ngood, key, 0, &lx);
        assert_true(rc == 0 || rc == PARLEY_EPARSE);
        if (rc) {
            refused++;
            continue;
        }
        read++;
        char *out = code_all(lx);
        free(out);
        parley_lexicon_free(lx);
    }
    assert_true(refused > 0);
    assert_int_equal(refused + read, 200);
    free(b);
}

/* The info of words the table lacks (vinfo[0]) damaged to say that their
 * phrases go on (found by fuzz_lexcache: annotating then read the word
 * table's entry that a word the table lacks has none of): refused, or
 * read and coding without a crash. */
static void default_word_info_damaged(void **state)
{
    (void)state;
    unsigned char *b = malloc(ngood);
    assert_non_null(b);
    memcpy(b, good, ngood);
    parley_lexicon *lx;
    assert_int_equal(pl_lexicon_image_decode(b, ngood, key, 0, &lx), 0);
    size_t at = (size_t)((const unsigned char *)lx->vinfo - b) + offsetof(lex_vinfo, kinds);
    parley_lexicon_free(lx);
    assert_true(at + sizeof(uint32_t) <= ngood);
    for (int bit = 0; bit < 32; bit++) {
        if (bit >= VINFO_PREP_SHIFT && bit < VINFO_PREP_SHIFT + 8)
            continue; /* the preposition: checked on its own */
        memcpy(b, good, ngood);
        uint32_t kinds;
        memcpy(&kinds, b + at, sizeof kinds);
        kinds |= 1u << bit;
        memcpy(b + at, &kinds, sizeof kinds);
        fix_sum(b, ngood);
        int rc = pl_lexicon_image_decode(b, ngood, key, 0, &lx);
        assert_true(rc == PARLEY_EPARSE);
    }
    free(b);
}

static void load_cached_writes_then_reads(void **state)
{
    (void)state;
    char dir[64];
    snprintf(dir, sizeof dir, "/tmp/parley-lexcache-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char sub[96];
    snprintf(sub, sizeof sub, "%s/a/b", dir); /* made with its parents */
    char path[160];
    snprintf(path, sizeof path, "%s/%016llx%016llx.lex", sub, (unsigned long long)key[0],
             (unsigned long long)key[1]);
    parley_lexicon *lx;
    const char *note;
    size_t bad = 7;
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, sub, &note), 0);
    assert_string_equal(note, "written");
    assert_int_equal(bad, 0);
    assert_null(lx->image);
    parley_lexicon_free(lx);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal((size_t)st.st_size, ngood);
    bad = 7;
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, sub, &note), 0);
    assert_string_equal(note, "read");
    assert_int_equal(bad, 0);
    assert_non_null(lx->image);
    char *want = code_all(text_lx), *got = code_all(lx);
    assert_string_equal(got, want);
    free(got);
    parley_lexicon_free(lx);
    /* truncated: ignored, parsed, rewritten whole */
    assert_int_equal(truncate(path, (off_t)ngood / 2), 0);
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, sub, &note), 0);
    assert_string_equal(note, "ignored (invalid), rewritten");
    got = code_all(lx);
    assert_string_equal(got, want);
    free(got);
    parley_lexicon_free(lx);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal((size_t)st.st_size, ngood);
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, sub, &note), 0);
    assert_string_equal(note, "read");
    parley_lexicon_free(lx);
    /* a user directory or no built-in lexicon: the text, no image */
    parley_lexicon_opts o = {0};
    o.user_dir = dir;
    assert_int_equal(pl_lexicon_load_cached(&lx, &o, &bad, sub, &note), 0);
    assert_string_equal(note, "not used");
    assert_null(lx->image);
    parley_lexicon_free(lx);
    o = (parley_lexicon_opts){0};
    o.no_builtin = 1;
    assert_int_equal(pl_lexicon_load_cached(&lx, &o, &bad, sub, &note), 0);
    assert_string_equal(note, "not used");
    parley_lexicon_free(lx);
    /* no directory, or one that cannot be made: the text, silently */
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, NULL, &note), 0);
    assert_string_equal(note, "not used");
    parley_lexicon_free(lx);
    char file[96], under[128];
    snprintf(file, sizeof file, "%s/file", dir);
    FILE *fp = fopen(file, "w");
    assert_non_null(fp);
    fclose(fp);
    snprintf(under, sizeof under, "%s/sub", file);
    assert_int_equal(pl_lexicon_load_cached(&lx, NULL, &bad, under, &note), 0);
    assert_string_equal(note, "could not be written");
    got = code_all(lx);
    assert_string_equal(got, want);
    free(got);
    parley_lexicon_free(lx);
    free(want);
    unlink(path);
    unlink(file);
    char p[160];
    snprintf(p, sizeof p, "%s/a/b", dir);
    rmdir(p);
    snprintf(p, sizeof p, "%s/a", dir);
    rmdir(p);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(refuses_damage),
        cmocka_unit_test(checks_behind_the_checksum),
        cmocka_unit_test(default_word_info_damaged),
        cmocka_unit_test(load_cached_writes_then_reads),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
