/* lite_cache.c — the SQLite backend's in-memory caches: interned keys,
 * actors and places by their canonical string (so that a batch does not
 * look each one up again), and actors and places by id for reading
 * events back. A cache that grows past a bound starts over. */
#include <stdlib.h>
#include <string.h>

#include "store/lite.h"

#define ICACHE_MAX 400000

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    /* FNV-1a's low bits, which pick the slot, depend only on the low bits
     * of its state: mix the high ones in (MurmurHash3's finaliser), or
     * keys that differ late cluster into long probe runs */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* Entries store their key with its length in front (k[-sizeof(size_t)])
 * so that keys may hold any byte. */
static size_t klen(const char *k)
{
    size_t n;
    memcpy(&n, k - sizeof n, sizeof n);
    return n;
}

static int grow(struct icache *c)
{
    size_t n = c->nslot ? 2 * c->nslot : 1024;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < c->n; i++) {
        size_t h = (size_t)hash(c->e[i].k, klen(c->e[i].k)) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(c->slot);
    c->slot = sl;
    c->nslot = n;
    return 0;
}

struct icache_e *pl_icache_get(struct icache *c, const char *k, size_t n)
{
    if (!c->nslot)
        return NULL;
    size_t h = (size_t)hash(k, n) & (c->nslot - 1);
    while (c->slot[h]) {
        struct icache_e *e = &c->e[c->slot[h] - 1];
        if (klen(e->k) == n && !memcmp(e->k, k, n))
            return e;
        h = (h + 1) & (c->nslot - 1);
    }
    return NULL;
}

int pl_icache_put(struct icache *c, const char *k, size_t n, int64_t id, int roles)
{
    if (c->n >= ICACHE_MAX)
        pl_icache_clear(c);
    if ((c->n + 1) * 2 > c->nslot && grow(c))
        return -1;
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 256;
        struct icache_e *v = realloc(c->e, cap * sizeof *v);
        if (!v)
            return -1;
        c->e = v;
        c->cap = cap;
    }
    char *mem = malloc(sizeof n + n + 1);
    if (!mem)
        return -1;
    memcpy(mem, &n, sizeof n);
    memcpy(mem + sizeof n, k, n);
    mem[sizeof n + n] = '\0';
    size_t h = (size_t)hash(k, n) & (c->nslot - 1);
    while (c->slot[h])
        h = (h + 1) & (c->nslot - 1);
    c->e[c->n] = (struct icache_e){mem + sizeof n, id, roles};
    c->slot[h] = ++c->n;
    return 0;
}

void pl_icache_clear(struct icache *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->e[i].k - sizeof(size_t));
    free(c->e);
    free(c->slot);
    memset(c, 0, sizeof *c);
}

static void lactors_free(struct lite *l)
{
    for (size_t i = 0; i < l->nra; i++) {
        struct lactor *a = &l->ra[i];
        free(a->name), free(a->role), free(a->country);
        free(a->org), free(a->code), free(a->sector);
    }
    free(l->ra);
    l->ra = NULL;
    l->nra = l->capra = 0;
    for (size_t i = 0; i < l->nrp; i++)
        free(l->rp[i].name), free(l->rp[i].country);
    free(l->rp);
    l->rp = NULL;
    l->nrp = l->caprp = 0;
    pl_icache_clear(&l->raidx);
    pl_icache_clear(&l->rpidx);
}

void pl_lite_read_caches_trim(struct lite *l)
{
    if (l->nra >= ICACHE_MAX / 2 || l->nrp >= ICACHE_MAX / 2 ||
        l->raidx.n >= ICACHE_MAX / 2 || l->rpidx.n >= ICACHE_MAX / 2)
        lactors_free(l);
}

void pl_lite_caches_clear(struct lite *l)
{
    pl_icache_clear(&l->keys);
    pl_icache_clear(&l->actors);
    pl_icache_clear(&l->places);
    lactors_free(l);
    l->doc_num = 0;
}

static char *dupcol(sqlite3_stmt *s, int i, int *nomem)
{
    const char *v = (const char *)sqlite3_column_text(s, i);
    if (!v)
        return NULL;
    char *d = strdup(v);
    if (!d)
        *nomem = 1;
    return d;
}

const struct lactor *pl_lite_actor(struct lite *l, int64_t id)
{
    struct icache_e *e = pl_icache_get(&l->raidx, (const char *)&id, sizeof id);
    if (e)
        return &l->ra[e->id];
    sqlite3_stmt *s;
    if ((l->rerr = pl_lite_stmt(l, LS_ACT_ROW, &s)))
        return NULL;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            l->rerr = pl_lite_err(l, rc, "reading an actor");
        else
            l->rerr = pl_store_fail(&l->base, PARLEY_EDB, "%s: actor %lld is missing",
                       l->base.path, (long long)id);
        sqlite3_reset(s);
        return NULL;
    }
    if (l->nra == l->capra) {
        size_t c = l->capra ? 2 * l->capra : 256;
        struct lactor *v = realloc(l->ra, c * sizeof *v);
        if (!v) {
            sqlite3_reset(s);
            l->rerr = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            return NULL;
        }
        l->ra = v;
        l->capra = c;
    }
    int nomem = 0;
    struct lactor *a = &l->ra[l->nra];
    a->id = id;
    a->name = dupcol(s, 0, &nomem);
    a->role = dupcol(s, 1, &nomem);
    a->country = dupcol(s, 2, &nomem);
    a->org = dupcol(s, 3, &nomem);
    a->code = dupcol(s, 4, &nomem);
    a->sector = dupcol(s, 5, &nomem);
    sqlite3_reset(s);
    if (nomem || pl_icache_put(&l->raidx, (const char *)&id, sizeof id,
                            (int64_t)l->nra, 0)) {
        free(a->name), free(a->role), free(a->country);
        free(a->org), free(a->code), free(a->sector);
        l->rerr = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        return NULL;
    }
    l->nra++;
    return a;
}

const struct lplace *pl_lite_place(struct lite *l, int64_t id)
{
    struct icache_e *e = pl_icache_get(&l->rpidx, (const char *)&id, sizeof id);
    if (e)
        return &l->rp[e->id];
    sqlite3_stmt *s;
    if ((l->rerr = pl_lite_stmt(l, LS_PLACE_ROW, &s)))
        return NULL;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE)
            l->rerr = pl_lite_err(l, rc, "reading a place");
        else
            l->rerr = pl_store_fail(&l->base, PARLEY_EDB, "%s: place %lld is missing",
                       l->base.path, (long long)id);
        sqlite3_reset(s);
        return NULL;
    }
    if (l->nrp == l->caprp) {
        size_t c = l->caprp ? 2 * l->caprp : 64;
        struct lplace *v = realloc(l->rp, c * sizeof *v);
        if (!v) {
            sqlite3_reset(s);
            l->rerr = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            return NULL;
        }
        l->rp = v;
        l->caprp = c;
    }
    int nomem = 0;
    struct lplace *p = &l->rp[l->nrp];
    p->id = id;
    p->name = dupcol(s, 0, &nomem);
    p->country = dupcol(s, 1, &nomem);
    p->has_coords = sqlite3_column_type(s, 2) != SQLITE_NULL;
    p->lat = sqlite3_column_double(s, 2);
    p->lon = sqlite3_column_double(s, 3);
    sqlite3_reset(s);
    if (nomem || pl_icache_put(&l->rpidx, (const char *)&id, sizeof id,
                            (int64_t)l->nrp, 0)) {
        free(p->name), free(p->country);
        l->rerr = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        return NULL;
    }
    l->nrp++;
    return p;
}
