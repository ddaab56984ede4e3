/* fuzz_dictcache.c — libFuzzer target for the dictionary cache's reader
 * (src/cameo/cache.c, pl_cameo_cache_decode). Input byte 0 even: the rest
 * is a cache file as it is. Odd: bytes 1-2 give an offset into a valid
 * cache file of small fixed dictionaries (with malformed lines, so that it
 * has warnings to say again), the rest is XORed onto it there, and the
 * checksum is made right again, so that the reader's own checks (section
 * table, counts, tables, warning records) are what stands between the
 * damage and the coder. Either way: refused or read, never a crash, and
 * every message one line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cameo/cache.h"
#include "cameo/cameo.h"
#include "parley.h"

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    if (!msg || strchr(msg, '\n'))
        abort();
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

static char verbs[96], actors[96], agents[96];
static const char *actor_list[1];
static parley_cameo_opts opts;
static uint64_t key[2];
static unsigned char *good;
static size_t ngood;

/* The fixed dictionaries and their cache file, once. */
static void init(void)
{
    char dir[64];
    snprintf(dir, sizeof dir, "/tmp/parley-fuzz-dictcache-%d", (int)getpid());
    if (mkdir(dir, 0700) && access(dir, W_OK))
        abort();
    snprintf(verbs, sizeof verbs, "%s/v.txt", dir);
    snprintf(actors, sizeof actors, "%s/a.txt", dir);
    snprintf(agents, sizeof agents, "%s/g.txt", dir);
    write_file(verbs, "&TIES\n+DIPLOMATIC_TIES\n+{ RELATIONS | LINKS }\n\n"
                      "--- RESTORE  [050] ---\nRESTORE\nMEET\n- * &TIES [064]\n"
                      "- $ * + [040]\n- % * ^ { TALKS | A DEAL } [043]\nBROKEN {\n");
    write_file(actors, "ARNOR_ [ARN]\nGONDOR [GON 950101-991231] [GONGOV]\n"
                       "THE_SHIRE [FRO/SAM]\nRED CROSS [IRC]\nMINISTER OF DEFENCE [MOD]\n"
                       "NO_CODE\nBAD [\n");
    write_file(agents, "!PERSON! = MAN, MEN\nMINISTER [~GOV]\nCONGRESS!PERSON! [~LEG]\n");
    actor_list[0] = actors;
    opts = (parley_cameo_opts){verbs, actor_list, 1, agents, NULL, NULL, PARLEY_CAMEO_AUTO,
                               0, check_log, NULL};
    key[0] = 0x0123456789abcdefULL;
    key[1] = 0xfedcba9876543210ULL;
    parley_cameo *c;
    parley_buf w = PARLEY_BUF_INIT;
    if (pl_cameo_load_text(&c, &opts, NULL, NULL, &w))
        abort();
    void *buf;
    if (pl_cameo_cache_encode(c, key, w.p, w.n, &buf, &ngood))
        abort();
    good = buf;
    parley_buf_release(&w);
    parley_cameo_free(c);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (!good)
        init();
    if (size < 1)
        return 0;
    unsigned char *b;
    size_t n;
    if (!(data[0] & 1)) {
        n = size - 1;
        b = malloc(n + 1); /* malloc's alignment: the reader wants 8 */
        if (!b)
            return 0;
        memcpy(b, data + 1, n);
    } else {
        if (size < 3)
            return 0;
        n = ngood;
        b = malloc(n);
        if (!b)
            return 0;
        memcpy(b, good, n);
        size_t at = ((size_t)data[1] | (size_t)data[2] << 8) % n;
        for (size_t k = 3; k < size && at < n; k++)
            b[at++] ^= data[k];
        uint64_t sum = pl_cameo_cache_sum(b + 48, n - 48, key[0]);
        memcpy(b + 40, &sum, sizeof sum); /* the header's checksum */
    }
    parley_cameo *c;
    size_t bad;
    int rc = pl_cameo_cache_decode(b, n, key, &opts, 0, &c, &bad);
    if (!rc) {
        /* the reader's checks hold for what it accepted */
        if (c->nstrs == 0 || c->strs[c->nstrs - 1] != '\0' || c->nfiles != 3)
            abort();
        parley_cameo_free(c);
    } else if (rc != PARLEY_EPARSE && rc != PARLEY_ENOMEM)
        abort();
    free(b);
    return 0;
}
