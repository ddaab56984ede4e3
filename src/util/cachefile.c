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

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

static inline uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (-r & 63));
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

/* Sixteen lanes of 8 bytes, the words of the bytes dealt to them in
 * turn; each step of a lane is a bijection of its state for a given word,
 * and the end folds each lane in by a bijection, so that one changed word
 * always changes the sum. The lanes are vectors' lanes: the step (xor,
 * the high half xored into the low, a multiply by a 32-bit odd number,
 * which two 32-bit multiplies make) is one that AVX2, which has no 64-bit
 * multiply, does four lanes at a time, and sixteen lanes keep four
 * vectors' steps in flight. Four lanes with a 64-bit multiply, the sum
 * before, cost 0.42 instructions a byte and this one 0.24 with AVX2: the
 * caches sum about 20 MB at every start with the Phoenix set. */
enum { LANES = 16, BLOCK = LANES * 8 };

void pl_cache_sum_init(pl_cache_sum_state *s, uint64_t seed)
{
    for (int k = 0; k < LANES; k++)
        s->l[k] = (seed ^ 0x243F6A8885A308D3ULL) + (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    s->len = 0;
}

/* One step of a lane by word w: a bijection of l for any w. The multiply
 * by odd m < 2^32 is written as two 32-bit by 32-bit ones, which a
 * vector unit has (x * m modulo 2^64 all the same). */
static inline uint64_t lane_step(uint64_t l, uint64_t w)
{
    const uint64_t m = 0x9E3779B1u;
    uint64_t x = l ^ w;
    x ^= x >> 32;
    return (x & 0xFFFFFFFFu) * m + (((x >> 32) * m) << 32);
}

/* The steps of whole blocks p[0 .. nb * BLOCK), lane k taking the k-th
 * word of each. */
static void blocks(uint64_t l[LANES], const unsigned char *p, size_t nb)
{
    for (; nb; nb--, p += BLOCK) {
        uint64_t w[LANES];
        memcpy(w, p, BLOCK);
        for (int k = 0; k < LANES; k++)
            l[k] = lane_step(l[k], w[k]);
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
/* blocks() with AVX2, four lanes a vector: the same sums. */
__attribute__((target("avx2"))) static void blocks_avx2(uint64_t l[LANES],
                                                        const unsigned char *p, size_t nb)
{
    const __m256i m = _mm256_set1_epi64x(0x9E3779B1u);
    __m256i v[4];
    for (int j = 0; j < 4; j++)
        v[j] = _mm256_loadu_si256((const __m256i *)(l + 4 * j));
    for (; nb; nb--, p += BLOCK)
        for (int j = 0; j < 4; j++) {
            __m256i x = _mm256_xor_si256(v[j], _mm256_loadu_si256((const __m256i *)(p + 32 * j)));
            __m256i hi = _mm256_srli_epi64(x, 32); /* the xorshift leaves it */
            x = _mm256_xor_si256(x, hi);
            __m256i lo = _mm256_mul_epu32(x, m);
            v[j] = _mm256_add_epi64(lo, _mm256_slli_epi64(_mm256_mul_epu32(hi, m), 32));
        }
    for (int j = 0; j < 4; j++)
        _mm256_storeu_si256((__m256i *)(l + 4 * j), v[j]);
}
#endif

void pl_cache_sum_add(pl_cache_sum_state *s, const void *buf, size_t n)
{
    const unsigned char *p = buf;
    s->len += n;
    uint64_t *l = s->l;
#if defined(__x86_64__) && defined(__GNUC__)
    if (n >= BLOCK && __builtin_cpu_supports("avx2"))
        blocks_avx2(l, p, n / BLOCK);
    else
#endif
        blocks(l, p, n / BLOCK);
    p += n / BLOCK * BLOCK;
    n %= BLOCK;
    for (int k = 0; n; k++) {
        uint64_t w = 0;
        size_t q = n < 8 ? n : 8;
        memcpy(&w, p, q);
        w ^= (uint64_t)q << 56; /* a short word differs from its zeros */
        l[k] = lane_step(l[k], w);
        p += q;
        n -= q;
    }
}

uint64_t pl_cache_sum_end(const pl_cache_sum_state *s)
{
    uint64_t h = s->len;
    for (int k = 0; k < LANES; k++)
        h ^= rotl(s->l[k], (k * 23) & 63);
    return fmix(h);
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
