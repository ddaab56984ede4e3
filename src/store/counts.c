/* counts.c — the figures behind `parley stats` and the explorer's
 * /api/stats, /api/graph and /api/actors (stage 9, read side). Without a
 * filter (and actors told apart as actors) they come from the summary
 * tables each ingest batch keeps up to date (a backend's counts, graph
 * and actors ops); otherwise the matching events are scanned and counted
 * here, the same way for both backends. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* ---- a counting map over string keys -------------------------------- */

struct mentry {
    char *key;
    int64_t n;
    char *name, *role_lo, *role_hi, *country, *org, *code; /* graph nodes */
    int top;
};

struct map {
    struct mentry *e;
    size_t n, cap;
    size_t *slot; /* index + 1, 0: empty */
    size_t nslot;
    int nomem;
};

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h;
}

static int rehash(struct map *m)
{
    size_t n = m->nslot ? 2 * m->nslot : 256;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < m->n; i++) {
        size_t h = (size_t)hash(m->e[i].key, strlen(m->e[i].key)) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(m->slot);
    m->slot = sl;
    m->nslot = n;
    return 0;
}

/* The entry for key[0..n), added (count 0) when new; NULL when out of
 * memory. */
static struct mentry *get(struct map *m, const char *key, size_t n)
{
    if ((m->n + 1) * 2 > m->nslot && rehash(m)) {
        m->nomem = 1;
        return NULL;
    }
    size_t h = (size_t)hash(key, n) & (m->nslot - 1);
    while (m->slot[h]) {
        struct mentry *e = &m->e[m->slot[h] - 1];
        if (strlen(e->key) == n && !memcmp(e->key, key, n))
            return e;
        h = (h + 1) & (m->nslot - 1);
    }
    if (m->n == m->cap) {
        size_t c = m->cap ? 2 * m->cap : 64;
        struct mentry *v = realloc(m->e, c * sizeof *v);
        if (!v) {
            m->nomem = 1;
            return NULL;
        }
        m->e = v;
        m->cap = c;
    }
    struct mentry *e = &m->e[m->n];
    memset(e, 0, sizeof *e);
    if (!(e->key = strndup(key, n))) {
        m->nomem = 1;
        return NULL;
    }
    m->slot[h] = ++m->n;
    return e;
}

static void map_free(struct map *m)
{
    for (size_t i = 0; i < m->n; i++) {
        struct mentry *e = &m->e[i];
        free(e->key), free(e->name), free(e->role_lo), free(e->role_hi);
        free(e->country), free(e->org), free(e->code);
    }
    free(m->e);
    free(m->slot);
    memset(m, 0, sizeof *m);
}

/* v replaces *cur when greater (max), or smaller (lo). */
static void keep_max(struct map *m, char **cur, const char *v, int lo)
{
    if (!v || (*cur && (lo ? strcmp(v, *cur) >= 0 : strcmp(v, *cur) <= 0)))
        return;
    char *d = strdup(v);
    if (!d) {
        m->nomem = 1;
        return;
    }
    free(*cur);
    *cur = d;
}

/* ---- ISO weeks --------------------------------------------------------- */

int pl_store_week(int64_t dkey, char out[11])
{
    int64_t y = dkey / 10000, m = dkey / 100 % 100, d = dkey % 100;
    if (dkey >= STORE_UNDATED || !m)
        return -1;
    if (!d)
        d = 1;
    if (m > 12 || d > 31)
        return -1;
    int32_t day = (int32_t)(y * 10000 + m * 100 + d);
    int32_t mon = pl_date_add_days(day, 1 - pl_date_weekday(day));
    char iso[PL_DATE_ISO_MAX];
    if (pl_date_format(mon, iso) != 10)
        return -1; /* a Monday before the year 0 */
    memcpy(out, iso, 11);
    return 0;
}

/* ---- filtered counts ---------------------------------------------------- */

struct counts {
    parley_store *st;
    int level;
    int64_t events;
    struct map types, weeks, pairs, docs;
    char num[24];
};


static int on_count_event(void *ud, const struct sevent *e)
{
    struct counts *c = ud;
    c->events++;
    int n = snprintf(c->num, sizeof c->num, "%lld", (long long)e->docnum);
    struct mentry *x = get(&c->docs, c->num, (size_t)n);
    if (x)
        x->n++;
    const char *t = e->ev.type ? e->ev.type : "";
    if ((x = get(&c->types, t, strlen(t))))
        x->n++;
    char w[11];
    if (!pl_store_week(e->dkey, w)) {
        parley_buf k = PARLEY_BUF_INIT;
        if (parley_buf_adds(&k, w) || parley_buf_addc(&k, '\t') || parley_buf_adds(&k, t))
            c->weeks.nomem = 1;
        else if ((x = get(&c->weeks, k.p, k.n)))
            x->n++;
        parley_buf_release(&k);
    }
    parley_str s = pl_store_level_key(&e->ev.source, c->level),
               g = pl_store_level_key(&e->ev.target, c->level);
    if (s.n && g.n) {
        parley_buf k = PARLEY_BUF_INIT;
        if (parley_buf_add(&k, s.p, s.n) || parley_buf_addc(&k, '\x1f') ||
            parley_buf_add(&k, g.p, g.n))
            c->pairs.nomem = 1;
        else if ((x = get(&c->pairs, k.p ? k.p : "", k.n)))
            x->n++;
        parley_buf_release(&k);
    }
    if (c->docs.nomem || c->types.nomem || c->weeks.nomem || c->pairs.nomem)
        return pl_store_fail(c->st, PARLEY_ENOMEM, "out of memory");
    return pl_store_over_time() ? pl_store_fail(c->st, PARLEY_EDB, "interrupted") : 0;
}

static int by_n_key(const void *a, const void *b)
{
    const struct mentry *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const struct mentry *)a)->key,
                  ((const struct mentry *)b)->key);
}

static int counts_emit(struct counts *c, long top, parley_store_count_fn fn,
                       void *ud)
{
    int rc = fn(ud, "documents", NULL, NULL, (int64_t)c->docs.n);
    store_qsort(c->types.e, c->types.n, sizeof *c->types.e, by_n_key);
    for (size_t i = 0; i < c->types.n && !rc; i++)
        rc = fn(ud, "type", c->types.e[i].key, NULL, c->types.e[i].n);
    if (!rc)
        rc = fn(ud, "events", NULL, NULL, c->events);
    store_qsort(c->weeks.e, c->weeks.n, sizeof *c->weeks.e, by_key);
    for (size_t i = 0; i < c->weeks.n && !rc; i++) {
        char *k = c->weeks.e[i].key, *tab = strchr(k, '\t');
        *tab = '\0';
        rc = fn(ud, "week", k, tab + 1, c->weeks.e[i].n);
    }
    if (top > 0) {
        /* most frequent first, ties by source then target key */
        for (size_t i = 0; i < c->pairs.n; i++) {
            char *sep = strchr(c->pairs.e[i].key, '\x1f');
            if (sep)
                *sep = '\t'; /* sorts before any printable byte, as 0x1f */
        }
        store_qsort(c->pairs.e, c->pairs.n, sizeof *c->pairs.e, by_n_key);
        for (size_t i = 0; i < c->pairs.n && i < (size_t)top && !rc; i++) {
            char *k = c->pairs.e[i].key, *tab = strchr(k, '\t');
            *tab = '\0';
            rc = fn(ud, "pair", k, tab + 1, c->pairs.e[i].n);
        }
    }
    return rc;
}

int parley_store_counts(parley_store *st, const parley_store_filter *f,
                        int level, long top_pairs, parley_store_count_fn fn,
                        void *ud)
{
    if (!st || !st->ops || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (level < PARLEY_LEVEL_ACTOR || level > PARLEY_LEVEL_PERSON)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (top_pairs < 0 || top_pairs > 1000)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "pairs: expected a number from 0 to 1000");
    struct splan p;
    int err = pl_store_plan(st, &p, f, "");
    if (err)
        return err;
    if (p.empty && level == PARLEY_LEVEL_ACTOR) {
        pl_store_plan_free(&p);
        return st->ops->counts(st, top_pairs, fn, ud);
    }
    struct counts c;
    memset(&c, 0, sizeof c);
    c.st = st;
    c.level = level;
    struct sscan sc = {ORDER_ANY, 0, 0, 0, 0, on_count_event, &c, 1};
    err = st->ops->scan(st, &p, &sc);
    if (!err)
        err = counts_emit(&c, top_pairs, fn, ud);
    map_free(&c.types);
    map_free(&c.weeks);
    map_free(&c.pairs);
    map_free(&c.docs);
    pl_store_plan_free(&p);
    return err;
}

/* ---- the actor network -------------------------------------------------- */

struct graph {
    parley_store *st;
    int level;
    struct map nodes, edges; /* edges: "s\x1ft\x1ftype" */
};

/* A node's attributes: at the actor and person levels what its events
 * agree on (a role only when all agree); above the person no name and
 * no role, and at the country level the organisation or code only of an
 * actor without a country, as the key is. */
static void node_add(struct graph *g, const parley_actor *a, parley_str k)
{
    struct mentry *x = get(&g->nodes, k.p, k.n);
    if (!x)
        return;
    x->n++;
    int person = g->level == PARLEY_LEVEL_ACTOR || g->level == PARLEY_LEVEL_PERSON;
    if (person) {
        keep_max(&g->nodes, &x->name, a->name, 0);
        keep_max(&g->nodes, &x->role_lo, a->role, 1);
        keep_max(&g->nodes, &x->role_hi, a->role, 0);
    }
    keep_max(&g->nodes, &x->country, a->country, 0);
    if (g->level == PARLEY_LEVEL_COUNTRY) {
        keep_max(&g->nodes, &x->org, a->country ? NULL : a->org, 0);
        keep_max(&g->nodes, &x->code, a->country || a->org ? NULL : a->code, 0);
    } else {
        keep_max(&g->nodes, &x->org, a->org, 0);
        keep_max(&g->nodes, &x->code, a->code, 0);
    }
}

static int on_graph_event(void *ud, const struct sevent *e)
{
    struct graph *g = ud;
    parley_str s = pl_store_level_key(&e->ev.source, g->level),
               t = pl_store_level_key(&e->ev.target, g->level);
    if (!s.n || !t.n)
        return 0;
    node_add(g, &e->ev.source, s);
    node_add(g, &e->ev.target, t);
    parley_buf k = PARLEY_BUF_INIT;
    int bad = parley_buf_add(&k, s.p, s.n) || parley_buf_addc(&k, '\x1f') ||
              parley_buf_add(&k, t.p, t.n) || parley_buf_addc(&k, '\x1f') ||
              parley_buf_adds(&k, e->ev.type ? e->ev.type : "");
    struct mentry *x = !bad && k.p ? get(&g->edges, k.p, k.n) : NULL;
    if (x)
        x->n++;
    parley_buf_release(&k);
    if (!x || g->nodes.nomem || g->edges.nomem)
        return pl_store_fail(g->st, PARLEY_ENOMEM, "out of memory");
    return pl_store_over_time() ? pl_store_fail(g->st, PARLEY_EDB, "interrupted") : 0;
}

static int node_ref(const struct mentry *x, parley_store_actor_fn fn, void *ud)
{
    const char *role = x->role_lo && x->role_hi && !strcmp(x->role_lo, x->role_hi)
                           ? x->role_hi
                           : NULL;
    parley_store_actor_ref r = {x->key, x->name, role, x->country,
                                x->org, x->code, x->n};
    return fn(ud, &r);
}

/* Edges in their order: most events first, then source, target, type. */
static int edge_order(const void *a, const void *b)
{
    const struct mentry *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int graph_scan(parley_store *st, const struct splan *p, int level,
                      long max_nodes, parley_store_actor_fn node,
                      parley_store_edge_fn edge, void *ud)
{
    struct graph g;
    memset(&g, 0, sizeof g);
    g.st = st;
    g.level = level;
    struct sscan sc = {ORDER_ANY, 0, 0, 0, 0, on_graph_event, &g, 1};
    int err = st->ops->scan(st, p, &sc);
    if (!err) {
        store_qsort(g.nodes.e, g.nodes.n, sizeof *g.nodes.e, by_n_key);
        g.nodes.nomem = rehash(&g.nodes) != 0;
        if (g.nodes.nomem)
            err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    size_t top = g.nodes.n < (size_t)max_nodes ? g.nodes.n : (size_t)max_nodes;
    for (size_t i = 0; i < top && !err; i++) {
        g.nodes.e[i].top = 1;
        if (node)
            err = node_ref(&g.nodes.e[i], node, ud);
    }
    if (!err) {
        /* ties ordered by source key, then target, then type: the key's
         * separators (0x1f) sort before any character of a key */
        store_qsort(g.edges.e, g.edges.n, sizeof *g.edges.e, edge_order);
    }
    for (size_t i = 0; i < g.edges.n && !err; i++) {
        char *k = g.edges.e[i].key, *a = strchr(k, '\x1f'),
             *b = a ? strchr(a + 1, '\x1f') : NULL;
        if (!b)
            continue;
        struct mentry *s = get(&g.nodes, k, (size_t)(a - k)),
                      *t = get(&g.nodes, a + 1, (size_t)(b - a - 1));
        if (!s || !t || !s->top || !t->top || !edge)
            continue;
        *a = *b = '\0';
        err = edge(ud, k, a + 1, b + 1, g.edges.e[i].n);
    }
    map_free(&g.nodes);
    map_free(&g.edges);
    return err;
}

struct topkeys {
    char **keys;
    size_t n;
    parley_store_actor_fn node;
    void *ud;
    int nomem;
};

static int on_top_node(void *ud, const parley_store_actor_ref *a)
{
    struct topkeys *t = ud;
    char *k = strdup(a->key);
    if (!k)
        return t->nomem = 1, PARLEY_ENOMEM;
    t->keys[t->n++] = k;
    return t->node ? t->node(t->ud, a) : 0;
}

int parley_store_graph(parley_store *st, const parley_store_filter *f,
                       int level, long max_nodes, parley_store_actor_fn node,
                       parley_store_edge_fn edge, void *ud)
{
    if (!st || !st->ops)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (level < PARLEY_LEVEL_ACTOR || level > PARLEY_LEVEL_PERSON)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (max_nodes < 1 || max_nodes > 1000)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "nodes: expected a number from 1 to 1000");
    struct splan p;
    int err = pl_store_plan(st, &p, f, "");
    if (err)
        return err;
    if (!p.empty || level != PARLEY_LEVEL_ACTOR) {
        err = graph_scan(st, &p, level, max_nodes, node, edge, ud);
        pl_store_plan_free(&p);
        return err;
    }
    pl_store_plan_free(&p);
    struct topkeys t = {calloc((size_t)max_nodes, sizeof(char *)), 0, node, ud, 0};
    if (!t.keys)
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    err = st->ops->graph_nodes(st, max_nodes, on_top_node, &t);
    if (t.nomem)
        err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    if (!err && edge && t.n)
        err = st->ops->graph_edges(st, (const char *const *)t.keys, t.n, edge, ud);
    for (size_t i = 0; i < t.n; i++)
        free(t.keys[i]);
    free(t.keys);
    return err;
}

/* ---- actors, statistics ------------------------------------------------ */

int parley_store_actors(parley_store *st, const char *q, long limit,
                        parley_store_actor_fn fn, void *ud)
{
    if (!st || !st->ops || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (limit < 1 || limit > 1000000)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 1000000");
    return st->ops->actors(st, q, limit, fn, ud);
}

int parley_store_stats(parley_store *st, parley_store_stat_fn fn, void *ud)
{
    if (!st || !st->ops || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    return st->ops->stats(st, fn, ud);
}

int parley_store_check(parley_store *st)
{
    if (!st || !st->ops)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    return st->ops->check(st);
}

int parley_store_signature(parley_store *st, int64_t sig[2])
{
    if (!st || !st->ops || !sig)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    return st->ops->signature(st, sig);
}
