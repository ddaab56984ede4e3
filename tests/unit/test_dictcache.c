/* test_dictcache.c — unit tests of the dictionary cache (src/cameo/
 * cache.c) on tiny dictionaries written here: what is written reads back
 * as written, with the text loader's warnings said again under the run's
 * file names; every truncation, every flipped byte, another key, a
 * misaligned buffer and section tables that lie (checksum made right
 * again) are refused without a crash; the key follows bytes, roles and
 * order; pl_cameo_load_cached writes once and reads after. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cameo/cache.h"
#include "cameo/cameo.h"
#include "parley.h"

static char logbuf[8192];
static size_t nlog;

static void logger(void *ud, int sev, const char *msg)
{
    (void)ud;
    size_t k = strlen(msg);
    if (nlog + k + 4 < sizeof logbuf) {
        logbuf[nlog++] = sev == PARLEY_ERROR ? 'E' : 'W';
        memcpy(logbuf + nlog, msg, k);
        nlog += k;
        logbuf[nlog++] = '\n';
        logbuf[nlog] = '\0';
    }
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

typedef struct fx {
    char dir[64], verbs[96], actors[96], agents[96];
    const char *actor_list[1];
    parley_cameo_opts o;
    pl_cameo_src src[3];
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    snprintf(f->dir, sizeof f->dir, "/tmp/parley-dictcache-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->verbs, sizeof f->verbs, "%s/v.verbs", f->dir);
    snprintf(f->actors, sizeof f->actors, "%s/a.actors", f->dir);
    snprintf(f->agents, sizeof f->agents, "%s/g.agents", f->dir);
    write_file(f->verbs, "<SYNSETS>\n&TIES\n+DIPLOMATIC_TIES\n+RELATIONS\n</SYNSETS>\n"
                         "RESTORE  [050]\n- * &TIES  [064]\nMEET  [040]\n- * WITH +  [043]\n"
                         "BROKEN {\n");
    write_file(f->actors, "FREEDONIA [FRE]\nSYLVANIA [SYL]\nUNITED_STATES [USA]\n"
                          "NO_CODE_HERE\nBAD [\n");
    write_file(f->agents, "PRESIDENT [~GOV]\nREBEL [~REB]\n");
    f->actor_list[0] = f->actors;
    f->o = (parley_cameo_opts){f->verbs, f->actor_list, 1, f->agents, NULL, NULL,
                               PARLEY_CAMEO_AUTO, 0, logger, NULL};
    const char *names[3] = {f->verbs, f->actors, f->agents};
    for (int k = 0; k < 3; k++) {
        FILE *in = fopen(names[k], "rb");
        assert_non_null(in);
        f->src[k].data = calloc(1, 4096);
        f->src[k].len = fread(f->src[k].data, 1, 4095, in);
        fclose(in);
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    assert_int_equal(system(cmd), 0);
    for (int k = 0; k < 3; k++)
        free(f->src[k].data);
    free(f);
    return 0;
}

/* The text loader's result and warnings, encoded under key. */
static void encode(fx *f, const uint64_t key[2], void **buf, size_t *n, char *log, size_t cap)
{
    parley_buf w = PARLEY_BUF_INIT;
    parley_cameo *c;
    size_t bad = 0;
    nlog = 0;
    logbuf[0] = '\0';
    /* the loader may change its sources: a copy */
    pl_cameo_src s[3];
    for (int k = 0; k < 3; k++) {
        s[k].data = malloc(f->src[k].len + 1);
        memcpy(s[k].data, f->src[k].data, f->src[k].len + 1);
        s[k].len = f->src[k].len;
    }
    assert_int_equal(pl_cameo_load_text(&c, &f->o, &bad, s, &w), 0);
    assert_int_equal(bad, 3);
    snprintf(log, cap, "%s", logbuf);
    assert_int_equal(pl_cameo_cache_encode(c, key, w.p, w.n, buf, n), 0);
    parley_buf_release(&w);
    parley_cameo_free(c);
    for (int k = 0; k < 3; k++)
        free(s[k].data);
}

static void round_trip(void **state)
{
    fx *f = *state;
    uint64_t key[2];
    pl_cameo_cache_key(&f->o, f->src, 3, key);
    void *buf;
    size_t n;
    char textlog[4096];
    encode(f, key, &buf, &n, textlog, sizeof textlog);
    assert_non_null(strstr(textlog, "a.actors:4: "));
    /* read back: the same warnings, the same numbers */
    nlog = 0;
    logbuf[0] = '\0';
    parley_cameo *c;
    size_t bad = 0;
    assert_int_equal(pl_cameo_cache_decode(buf, n, key, &f->o, 0, &c, &bad), 0);
    assert_int_equal(bad, 3);
    assert_string_equal(logbuf, textlog);
    assert_int_equal(c->nfiles, 3);
    assert_string_equal(c->files[1], f->actors);
    assert_true(c->nactors >= 3 && c->nverbs >= 2 && c->nagents == 2);
    /* what was read is written again byte for byte (with the warnings'
     * section of the first) */
    const unsigned char *hb = buf;
    uint64_t woff, wlen;
    memcpy(&woff, hb + 48 + 24, sizeof woff); /* the second section's */
    memcpy(&wlen, hb + 48 + 24 + 8, sizeof wlen);
    void *again;
    size_t n2;
    assert_int_equal(pl_cameo_cache_encode(c, key, hb + woff, wlen, &again, &n2), 0);
    parley_cameo_free(c);
    assert_int_equal(n2, n);
    assert_memory_equal(again, buf, n);
    free(again);
    /* the warnings name the run's files, not those of the run that wrote */
    const char *other[1] = {"/elsewhere/a.actors"};
    parley_cameo_opts o2 = f->o;
    o2.actors = other;
    nlog = 0;
    assert_int_equal(pl_cameo_cache_decode(buf, n, key, &o2, 0, &c, &bad), 0);
    assert_non_null(strstr(logbuf, "/elsewhere/a.actors:4: "));
    parley_cameo_free(c);
    free(buf);
}

static void refuses_damage(void **state)
{
    fx *f = *state;
    uint64_t key[2];
    pl_cameo_cache_key(&f->o, f->src, 3, key);
    void *buf;
    size_t n;
    char textlog[4096];
    encode(f, key, &buf, &n, textlog, sizeof textlog);
    unsigned char *b = buf, *d = malloc(n + 8);
    parley_cameo *c;
    /* every truncation */
    for (size_t k = 0; k < n; k++) {
        memcpy(d, b, k);
        assert_int_equal(pl_cameo_cache_decode(d, k, key, &f->o, 0, &c, NULL), PARLEY_EPARSE);
        assert_null(c);
    }
    /* every byte flipped, one at a time */
    nlog = 0;
    for (size_t k = 0; k < n; k++) {
        memcpy(d, b, n);
        d[k] ^= (unsigned char)(1u << (k % 8));
        assert_int_equal(pl_cameo_cache_decode(d, n, key, &f->o, 0, &c, NULL), PARLEY_EPARSE);
    }
    assert_int_equal(nlog, 0); /* a refused file says nothing */
    /* another key; a misaligned buffer */
    uint64_t k2[2] = {key[0], key[1] ^ 1};
    assert_int_equal(pl_cameo_cache_decode(b, n, k2, &f->o, 0, &c, NULL), PARLEY_EPARSE);
    memcpy(d + 1, b, n);
    assert_int_equal(pl_cameo_cache_decode(d + 1, n, key, &f->o, 0, &c, NULL), PARLEY_EPARSE);
    /* section tables that lie, the checksum made right again: refused or
     * read, never a crash (the sanitizer build runs this) */
    size_t hdr = 48, table_end = hdr + 34 * 24;
    size_t refused = 0;
    for (size_t k = hdr; k < table_end; k++)
        for (int bit = 0; bit < 8; bit += 3) {
            memcpy(d, b, n);
            d[k] ^= (unsigned char)(1u << bit);
            uint64_t sum = pl_cameo_cache_sum(d + hdr, n - hdr, key[0]);
            memcpy(d + 40, &sum, sizeof sum);
            int rc = pl_cameo_cache_decode(d, n, key, &f->o, 0, &c, NULL);
            if (rc)
                refused++;
            else
                parley_cameo_free(c);
        }
    assert_true(refused > 0);
    free(d);
    free(buf);
}

static void key_follows_the_files(void **state)
{
    fx *f = *state;
    uint64_t k0[2], k1[2];
    pl_cameo_cache_key(&f->o, f->src, 3, k0);
    pl_cameo_cache_key(&f->o, f->src, 3, k1);
    assert_memory_equal(k0, k1, sizeof k0);
    /* one byte of one file */
    f->src[1].data[0] ^= 1;
    pl_cameo_cache_key(&f->o, f->src, 3, k1);
    f->src[1].data[0] ^= 1;
    assert_memory_not_equal(k0, k1, sizeof k0);
    /* the options */
    parley_cameo_opts o = f->o;
    o.format = PARLEY_CAMEO_TABARI;
    pl_cameo_cache_key(&o, f->src, 3, k1);
    assert_memory_not_equal(k0, k1, sizeof k0);
    /* roles: the actors' bytes as agents and the agents' as actors */
    o = f->o;
    const char *acts[1] = {f->agents};
    o.actors = acts;
    o.agents = f->actors;
    pl_cameo_src sw[3] = {f->src[0], f->src[2], f->src[1]};
    pl_cameo_cache_key(&o, sw, 3, k1);
    assert_memory_not_equal(k0, k1, sizeof k0);
    /* no agents: a file less */
    o = f->o;
    o.agents = NULL;
    assert_int_equal(pl_cameo_cache_key(&o, f->src, 2, k1), 0);
    assert_memory_not_equal(k0, k1, sizeof k0);
    /* as many sources as files, or no key */
    assert_int_equal(pl_cameo_cache_key(&o, f->src, 3, k1), -1);
    assert_int_equal(pl_cameo_cache_key(&f->o, f->src, 2, k1), -1);
}

static void load_cached_writes_then_reads(void **state)
{
    fx *f = *state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/cache/sub", f->dir);
    parley_cameo *c;
    const char *note;
    size_t bad;
    nlog = 0;
    assert_int_equal(pl_cameo_load_cached(&c, &f->o, &bad, dir, &note), 0);
    assert_string_equal(note, "written");
    char first[8192];
    snprintf(first, sizeof first, "%s", logbuf);
    size_t nwords = c->nwords, nents = c->nents;
    parley_cameo_free(c);
    nlog = 0;
    assert_int_equal(pl_cameo_load_cached(&c, &f->o, &bad, dir, &note), 0);
    assert_string_equal(note, "read");
    assert_string_equal(logbuf, first);
    assert_int_equal(bad, 3);
    assert_int_equal(c->nwords, nwords);
    assert_int_equal(c->nents, nents);
    parley_cameo_free(c);
    /* --strict: the text, and its first malformed line fails */
    parley_cameo_opts o = f->o;
    o.strict = 1;
    assert_int_equal(pl_cameo_load_cached(&c, &o, &bad, dir, &note), PARLEY_EPARSE);
    assert_null(c);
    /* a missing file: the text loader's error */
    o = f->o;
    o.agents = "/nonexistent/agents";
    nlog = 0;
    assert_int_equal(pl_cameo_load_cached(&c, &o, &bad, dir, &note), PARLEY_ENOENT);
    assert_non_null(strstr(logbuf, "/nonexistent/agents: cannot open"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(refuses_damage, setup, teardown),
        cmocka_unit_test_setup_teardown(key_follows_the_files, setup, teardown),
        cmocka_unit_test_setup_teardown(load_cached_writes_then_reads, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
