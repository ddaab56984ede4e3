/* cachefile.c — the pieces the compiled caches share (cachefile.h): the
 * checksum, mapping a cache file, making its directory, writing it
 * whole. Used by the dictionary cache (src/cameo/cache.c) and the
 * lexicon's image (src/lexicon/image.c). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/cachefile.h"

static inline uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static inline uint64_t fmix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

/* Four lanes of 8 bytes; each step of a lane is a bijection of its state
 * for a given word, so that one changed word always changes the sum. */
void pl_cache_sum_init(pl_cache_sum_state *s, uint64_t seed)
{
    s->l[0] = seed;
    s->l[1] = seed ^ 0x243F6A8885A308D3ULL;
    s->l[2] = seed + 0x13198A2E03707344ULL;
    s->l[3] = ~seed;
    s->len = 0;
}

/* One step of a lane by the 8 bytes at p. */
static inline uint64_t lane_step(uint64_t l, const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return rotl(l ^ w, 29) * 0x9E3779B97F4A7C15ULL;
}

void pl_cache_sum_add(pl_cache_sum_state *s, const void *buf, size_t n)
{
    const unsigned char *p = buf;
    const uint64_t m = 0x9E3779B97F4A7C15ULL;
    s->len += n;
    /* The lanes in four variables, not an array: the compiler kept an
     * array and the words in memory, a load and a store more per word.
     * The caches sum megabytes at every start. */
    uint64_t l0 = s->l[0], l1 = s->l[1], l2 = s->l[2], l3 = s->l[3];
    for (; n >= 64; p += 64, n -= 64) {
        l0 = lane_step(l0, p);
        l1 = lane_step(l1, p + 8);
        l2 = lane_step(l2, p + 16);
        l3 = lane_step(l3, p + 24);
        l0 = lane_step(l0, p + 32);
        l1 = lane_step(l1, p + 40);
        l2 = lane_step(l2, p + 48);
        l3 = lane_step(l3, p + 56);
    }
    if (n >= 32) {
        l0 = lane_step(l0, p);
        l1 = lane_step(l1, p + 8);
        l2 = lane_step(l2, p + 16);
        l3 = lane_step(l3, p + 24);
        p += 32;
        n -= 32;
    }
    uint64_t l[4] = {l0, l1, l2, l3};
    int k = 0;
    while (n) {
        uint64_t w = 0;
        size_t q = n < 8 ? n : 8;
        memcpy(&w, p, q);
        w ^= (uint64_t)q << 56; /* a short word differs from its zeros */
        l[k] = rotl(l[k] ^ w, 29) * m;
        k = (k + 1) & 3;
        p += q;
        n -= q;
    }
    memcpy(s->l, l, sizeof l);
}

uint64_t pl_cache_sum_end(const pl_cache_sum_state *s)
{
    return fmix(s->l[0] ^ rotl(s->l[1], 17) ^ rotl(s->l[2], 31) ^ rotl(s->l[3], 47) ^ s->len);
}

uint64_t pl_cache_sum(const void *buf, size_t n, uint64_t seed)
{
    pl_cache_sum_state s;
    pl_cache_sum_init(&s, seed);
    pl_cache_sum_add(&s, buf, n);
    return pl_cache_sum_end(&s);
}

int pl_cache_map(const char *path, uint64_t max, void **map, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    int rc = -1;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (uint64_t)st.st_size <= max) {
        void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) {
            *map = p;
            *len = (size_t)st.st_size;
            rc = 0;
        }
    }
    close(fd);
    return rc;
}

int pl_cache_mkdirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        return -1;
    for (char *q = p + 1;; q++)
        if (*q == '/' || !*q) {
            char c = *q;
            *q = '\0';
            if (mkdir(p, 0700) && errno != EEXIST) {
                free(p);
                return -1;
            }
            if (!c)
                break;
            *q = c;
        }
    free(p);
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

int pl_cache_write(const char *dir, const char *path, const void *buf, size_t n)
{
    if (pl_cache_mkdirs(dir))
        return -1;
    size_t dl = strlen(dir);
    char *tmp = malloc(dl + 32);
    if (!tmp)
        return -1;
    snprintf(tmp, dl + 32, "%s/.tmp-dict-XXXXXX", dir);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return -1;
    }
    const char *p = buf;
    size_t at = 0;
    while (at < n) {
        ssize_t k = write(fd, p + at, n - at);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        at += (size_t)k;
    }
    int rc = at == n && close(fd) == 0 ? 0 : -1;
    if (at != n)
        close(fd);
    if (!rc && rename(tmp, path))
        rc = -1;
    if (rc)
        unlink(tmp);
    free(tmp);
    return rc;
}
