/* faultalloc.c — the fault-injecting allocator of faultalloc.h: wrappers
 * of malloc and its family (the test executable is linked with
 * -Wl,--wrap=malloc and so on, so that every call in libparley comes
 * here), hooks for SQLite, libxml2 and jansson, a failure counter and a
 * set of the live blocks. */
#include <errno.h>
#include <jansson.h>
#include <libxml/xmlmemory.h>
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

#include "faultalloc.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t k, size_t n);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t a, size_t n);
void __real_free(void *p);

static long fail_at, count;
static int persist, failed;

static int should_fail(void)
{
    if (!fail_at)
        return 0;
    count++;
    if (count == fail_at || (persist && count > fail_at)) {
        failed = 1;
        errno = ENOMEM; /* as glibc's malloc does */
        return 1;
    }
    return 0;
}

void fa_arm(long n, int p)
{
    fail_at = n;
    persist = p;
    count = 0;
    failed = 0;
}

int fa_failed(void) { return failed; }
long fa_count(void) { return count; }

/* ---- the set of live blocks: open addressing, tombstones ---- */

#define TOMB ((void *)1)
static void **slots;
static size_t cap, used, live; /* used: live + tombstones */

static size_t hash(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17);
}

static void put(void *p);

static void rehash(size_t ncap)
{
    void **old = slots;
    size_t ocap = cap;
    slots = __real_calloc(ncap, sizeof *slots);
    if (!slots) { /* the test's own memory: give up tracking loudly */
        slots = old;
        return;
    }
    cap = ncap;
    used = live = 0;
    for (size_t i = 0; i < ocap; i++)
        if (old[i] && old[i] != TOMB)
            put(old[i]);
    __real_free(old);
}

static void put(void *p)
{
    if ((used + 1) * 2 > cap)
        rehash(cap ? (live * 4 > cap ? cap * 2 : cap) : 4096);
    size_t m = cap - 1, i = hash(p) & m;
    while (slots[i] && slots[i] != TOMB)
        i = (i + 1) & m;
    if (!slots[i])
        used++;
    slots[i] = p;
    live++;
}

static void track(void *p)
{
    if (p)
        put(p);
}

static void untrack(void *p)
{
    if (!p || !cap)
        return;
    size_t m = cap - 1;
    for (size_t i = hash(p) & m; slots[i]; i = (i + 1) & m)
        if (slots[i] == p) {
            slots[i] = TOMB;
            live--;
            return;
        }
    /* not ours (allocated inside a shared library, e.g. getline's or
     * utf8proc's buffer): nothing to do */
}

size_t fa_live(void) { return live; }

/* ---- the wrappers ---- */

void *__wrap_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_malloc(n);
    track(p);
    return p;
}

void *__wrap_calloc(size_t k, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_calloc(k, n);
    track(p);
    return p;
}

void *__wrap_realloc(void *p, size_t n)
{
    if (!p)
        return __wrap_malloc(n);
    if (should_fail())
        return NULL; /* p is still the caller's */
    void *q = __real_realloc(p, n);
    if (q || !n) {
        untrack(p);
        track(q);
    }
    return q;
}

void *__wrap_aligned_alloc(size_t a, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_aligned_alloc(a, n);
    track(p);
    return p;
}

void __wrap_free(void *p)
{
    untrack(p);
    __real_free(p);
}

char *__wrap_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = __wrap_malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

char *__wrap_strndup(const char *s, size_t max)
{
    size_t n = strnlen(s, max);
    char *p = __wrap_malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* ---- SQLite: blocks with their size in front (its xSize needs it) ---- */

#define HDR 16

static void *sq_malloc(int n)
{
    if (n < 0 || should_fail())
        return NULL;
    size_t *p = __real_malloc((size_t)n + HDR);
    if (!p)
        return NULL;
    p[0] = (size_t)n;
    track(p);
    return (char *)p + HDR;
}

static void sq_free(void *q)
{
    if (!q)
        return;
    void *p = (char *)q - HDR;
    untrack(p);
    __real_free(p);
}

static void *sq_realloc(void *q, int n)
{
    if (!q)
        return sq_malloc(n);
    if (n < 0 || should_fail())
        return NULL;
    void *p = (char *)q - HDR;
    size_t *np = __real_realloc(p, (size_t)n + HDR);
    if (!np)
        return NULL;
    untrack(p);
    np[0] = (size_t)n;
    track(np);
    return (char *)np + HDR;
}

static int sq_size(void *q) { return q ? (int)((size_t *)((char *)q - HDR))[0] : 0; }
static int sq_roundup(int n) { return (n + 7) & ~7; }
static int sq_init(void *ud) { (void)ud; return SQLITE_OK; }
static void sq_shutdown(void *ud) { (void)ud; }

static char *xml_strdup(const char *s) { return __wrap_strdup(s); }

void fa_install(void)
{
    static const sqlite3_mem_methods m = {sq_malloc, sq_free, sq_realloc, sq_size,
                                          sq_roundup, sq_init, sq_shutdown, NULL};
    sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
    /* no lookaside: every allocation goes through the counter */
    sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
    xmlMemSetup(__wrap_free, __wrap_malloc, __wrap_realloc, xml_strdup);
    json_set_alloc_funcs(__wrap_malloc, __wrap_free);
}
