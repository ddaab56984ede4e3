/* sum.c — the summary tables' changes of one ingest batch (stage 9):
 * every stored or deleted event adds or takes away its counts here, in
 * memory, and the backend writes the sums once at commit. The same rows
 * for both backends: by day and type, by country and month, by place, by
 * actor,
 * by pair of actors, by pair of codes, and the totals. Goldstein scores
 * are summed in tenths, as integers, so that sums are exact. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/sum.h"

static uint64_t hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ULL;
    /* FNV-1a's low bits, which pick the slot, depend only on the low bits
     * of its state: mix the high ones in (MurmurHash3's finaliser), or
     * keys that differ late cluster into long probe runs */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static int grow(struct stab *t)
{
    size_t n = t->nslot ? 2 * t->nslot : 1024;
    struct sslot *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < t->nslot; i++) {
        if (!t->slot[i].i)
            continue;
        size_t h = (size_t)t->slot[i].h & (n - 1);
        while (sl[h].i)
            h = (h + 1) & (n - 1);
        sl[h] = t->slot[i];
    }
    free(t->slot);
    t->slot = sl;
    t->nslot = n;
    return 0;
}

/* Each slot keeps its row's hash: a probe compares it before reading the
 * row (which is elsewhere in memory), and growing does not hash again. */
struct srow *pl_stab_get(struct stab *t, const char *k, size_t kn)
{
    if ((t->n + 1) * 2 > t->nslot && grow(t))
        return NULL;
    uint64_t hv = hash(k, kn);
    size_t h = (size_t)hv & (t->nslot - 1);
    while (t->slot[h].i) {
        if (t->slot[h].h == hv) {
            struct srow *r = &t->r[t->slot[h].i - 1];
            if (r->kn == kn && !memcmp(r->k, k, kn))
                return r;
        }
        h = (h + 1) & (t->nslot - 1);
    }
    if (t->n == t->cap) {
        size_t c = t->cap ? 2 * t->cap : 256;
        struct srow *v = realloc(t->r, c * sizeof *v);
        if (!v)
            return NULL;
        t->r = v;
        t->cap = c;
    }
    struct srow *r = &t->r[t->n];
    memset(r, 0, sizeof *r);
    if (!(r->k = malloc(kn + 1)))
        return NULL;
    memcpy(r->k, k, kn);
    r->k[kn] = '\0';
    r->kn = kn;
    t->slot[h] = (struct sslot){hv, ++t->n};
    return r;
}

/* Empties t; with keep, its arrays stay allocated for the next batch. */
static void stab_clear(struct stab *t, int keep)
{
    for (size_t i = 0; i < t->n; i++) {
        struct srow *r = &t->r[i];
        free(r->k);
        for (int j = 0; j < SROW_STRS; j++)
            free(r->s[j]);
    }
    if (keep && t->slot) {
        memset(t->slot, 0, t->nslot * sizeof *t->slot);
        t->n = 0;
        return;
    }
    free(t->r);
    free(t->slot);
    memset(t, 0, sizeof *t);
}

static void sacc_clear(struct sacc *a, int keep)
{
    struct stab *t[] = {&a->day, &a->country, &a->place, &a->actor,
                        &a->pair, &a->pairn, &a->codepair};
    for (size_t i = 0; i < sizeof t / sizeof *t; i++)
        stab_clear(t[i], keep);
    memset(a->total, 0, sizeof a->total);
    a->nomem = 0;
}

void pl_sacc_clear(struct sacc *a)
{
    sacc_clear(a, 1);
}

void pl_sacc_free(struct sacc *a)
{
    sacc_clear(a, 0);
}

/* A key made of fields: each is its length (4 bytes) and its bytes, or a
 * length of ~0 for NULL. pl_sacc_field reads them back. */
struct kb {
    char b[1024];
    size_t n;
    int over;
};

static void kadd(struct kb *k, const char *s, size_t n)
{
    uint32_t len = s ? (uint32_t)n : UINT32_MAX;
    if (k->n + 4 + (s ? n : 0) > sizeof k->b) {
        k->over = 1;
        return;
    }
    memcpy(k->b + k->n, &len, 4);
    k->n += 4;
    if (s) {
        memcpy(k->b + k->n, s, n);
        k->n += n;
    }
}

static void kadds(struct kb *k, const char *s)
{
    kadd(k, s, s ? strlen(s) : 0);
}

static void kint(struct kb *k, int64_t v)
{
    kadd(k, (const char *)&v, sizeof v);
}

int pl_sacc_field(const struct srow *r, int i, const char **s, size_t *n)
{
    size_t at = 0;
    for (;;) {
        uint32_t len;
        if (at + 4 > r->kn)
            return -1;
        memcpy(&len, r->k + at, 4);
        at += 4;
        if (i == 0) {
            *s = len == UINT32_MAX ? NULL : r->k + at;
            *n = len == UINT32_MAX ? 0 : len;
            return 0;
        }
        if (len != UINT32_MAX)
            at += len;
        i--;
    }
}

int64_t pl_sacc_int(const struct srow *r, int i)
{
    const char *s;
    size_t n;
    int64_t v = 0;
    if (!pl_sacc_field(r, i, &s, &n) && s && n == sizeof v)
        memcpy(&v, s, sizeof v);
    return v;
}

static struct srow *row(struct sacc *a, struct stab *t, struct kb *k)
{
    struct srow *r = k->over ? NULL : pl_stab_get(t, k->b, k->n);
    if (!r)
        a->nomem = 1;
    return r;
}

/* max (lo = 0) or min (lo = 1) of string slot j */
static void extreme(struct sacc *a, struct srow *r, int j, const char *v, int lo)
{
    if (!v)
        return;
    if (r->s[j] && (lo ? strcmp(v, r->s[j]) >= 0 : strcmp(v, r->s[j]) <= 0))
        return;
    char *d = strdup(v);
    if (!d) {
        a->nomem = 1;
        return;
    }
    free(r->s[j]);
    r->s[j] = d;
}

int64_t pl_sacc_tenths(double g)
{
    return pl_store_tenths(g);
}

static void actor(struct sacc *a, const parley_actor *x, int sign, int graph)
{
    char kind;
    parley_str key = pl_store_actor_key(x, &kind);
    if (!key.n)
        return;
    struct kb k;
    k.n = 0, k.over = 0;
    char kk[2] = {kind, 0};
    kadds(&k, kk);
    kadd(&k, key.p, key.n);
    struct srow *r = row(a, &a->actor, &k);
    if (!r)
        return;
    r->n += sign;
    r->m += graph ? sign : 0;
    if (sign < 0) {
        r->dirty = 1; /* the attributes must be read again */
        return;
    }
    extreme(a, r, SA_ROLE_LO, x->role, 1);
    extreme(a, r, SA_ROLE_HI, x->role, 0);
    extreme(a, r, SA_COUNTRY, x->country, 0);
    extreme(a, r, SA_ORG, x->org, 0);
    extreme(a, r, SA_CODE, x->code, 0);
}

void pl_sacc_event(struct sacc *a, const parley_event *ev, int64_t dkey, int sign)
{
    const char *type = ev->type ? ev->type : "";
    int64_t g = pl_sacc_tenths(ev->goldstein), neg = ev->negated ? 1 : 0;
    struct kb k;
    k.n = 0, k.over = 0;
    kint(&k, dkey);
    kadds(&k, type);
    kint(&k, ev->quad);
    kint(&k, neg);
    struct srow *r = row(a, &a->day, &k);
    if (r)
        r->n += sign, r->g += sign * g;

    /* countries on either side, once for an event within one country */
    const char *cs = ev->source.country, *ct = ev->target.country;
    for (int i = 0; i < 2; i++) {
        const char *c = i ? ct : cs;
        if (!c || (i && cs && !strcmp(cs, ct)))
            continue;
        k.n = 0;
        kadds(&k, c);
        kint(&k, dkey / 100);
        kadds(&k, type);
        kint(&k, ev->quad);
        kint(&k, neg);
        if ((r = row(a, &a->country, &k)))
            r->n += sign, r->g += sign * g;
    }
    if (ev->place.name && ev->place.has_coords) {
        k.n = 0;
        kadds(&k, ev->place.name);
        kadds(&k, ev->place.country);
        kadd(&k, (const char *)&ev->place.lat, sizeof ev->place.lat);
        kadd(&k, (const char *)&ev->place.lon, sizeof ev->place.lon);
        kint(&k, neg);
        if ((r = row(a, &a->place, &k)))
            r->n += sign;
    }

    char ks, kt;
    parley_str s = pl_store_actor_key(&ev->source, &ks),
               t = pl_store_actor_key(&ev->target, &kt);
    int both = s.n && t.n;
    actor(a, &ev->source, sign, both);
    actor(a, &ev->target, sign, both);
    if (both) {
        char a1[2] = {ks, 0}, a2[2] = {kt, 0};
        k.n = 0;
        kadds(&k, a1);
        kadd(&k, s.p, s.n);
        kadds(&k, a2);
        kadd(&k, t.p, t.n);
        if ((r = row(a, &a->pairn, &k)))
            r->n += sign;
        kadds(&k, type);
        if ((r = row(a, &a->pair, &k)))
            r->n += sign;
    }
    k.n = 0;
    const parley_actor *sides[2] = {&ev->source, &ev->target};
    for (int i = 0; i < 2; i++) {
        const parley_actor *x = sides[i];
        char kk[2] = {x->code || x->country || x->org ? KEY_CODE
                      : x->name                      ? KEY_NAME
                                                     : '?',
                      0};
        kadds(&k, kk);
        kadds(&k, pl_store_code_key(x));
    }
    if ((r = row(a, &a->codepair, &k)))
        r->n += sign;
    a->total[STOT_EVENTS] += sign;
}
