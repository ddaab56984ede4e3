/* serve_queries.c — the store's read-only queries behind `parley serve`
 * (stage 9, read side): keyset-paged events, one event or document by id,
 * actor lookup, and filtered counts and actor networks. A filter becomes
 * SQL built only from the fixed fragments below, with every user value
 * bound as a parameter; filters mean what they mean to
 * parley_store_query, both built by filter.c. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

/* The shared filter conditions, with the API's parameter names. */
static int where(parley_store *st, struct store_sql *q,
                 const parley_store_filter *f, const char *text)
{
    return store_filter_sql(st, q, f, text, "");
}

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Prepares q's SQL and binds its parameters. */
static int prepare(parley_store *st, struct store_sql *q, sqlite3_stmt **s)
{
    if (q->nomem)
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    int rc = sqlite3_prepare_v2(st->db, q->b.p, (int)q->b.n, s, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "preparing a query");
    for (int i = 0; i < q->np; i++)
        if (q->isint[i])
            sqlite3_bind_int64(*s, i + 1, (sqlite3_int64)q->iv[i]);
        else
            sqlite3_bind_text(*s, i + 1, q->p[i], -1, SQLITE_STATIC);
    return 0;
}

/* Runs a statement whose rows are handled by row(); a failure before the
 * first row with a text filter present is reported through *fts_failed
 * (the caller retries with the text as a phrase). */
typedef store_row_fn row_fn;

static int run(parley_store *st, struct store_sql *q, int has_text, row_fn row,
               void *ctx, int *fts_failed)
{
    sqlite3_stmt *s = NULL;
    int err = prepare(st, q, &s);
    if (err)
        return err;
    int rc, stop = 0;
    size_t rows = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        rows++;
        if ((stop = row(s, ctx)))
            break;
    }
    if (stop) {
        err = stop;
    } else if (rc != SQLITE_DONE) {
        if (has_text && rows == 0 && (rc & 0xff) == SQLITE_ERROR) {
            if (fts_failed)
                *fts_failed = 1;
            err = store_fail(st, PARLEY_EINVAL, "text: not a valid search: %s",
                             sqlite3_errmsg(st->db));
        } else {
            err = store_sqlerr(st, rc, "querying");
        }
    }
    sqlite3_finalize(s);
    return err;
}

int store_filtered(parley_store *st, const parley_store_filter *f,
                   store_build_fn build, store_row_fn row, void *ctx)
{
    static const parley_store_filter all;
    if (!st || !st->db)
        return PARLEY_EINVAL;
    if (!f)
        f = &all;
    parley_buf_reset(&st->err);
    const char *text = f->text && *f->text ? f->text : NULL;
    char *ph = NULL;
    int err = 0;
    for (int attempt = 0; attempt < 2; attempt++) {
        struct store_sql q;
        memset(&q, 0, sizeof q);
        int fts_failed = 0;
        err = build(st, &q, f, text, ctx);
        if (!err)
            err = run(st, &q, text != NULL, row, ctx, &fts_failed);
        store_sql_free(&q);
        if (!fts_failed || attempt == 1)
            break;
        if (!(ph = store_fts_phrase(text)))
            return store_fail(st, PARLEY_ENOMEM, "out of memory");
        text = ph;
    }
    free(ph);
    return err;
}

/* ---- events ----------------------------------------------------------- */

static const char ev_cols[] =
    "SELECT e.id, e.doc, e.json, d.title, d.date, d.url, e.date, e.rid"
    " FROM events e JOIN documents d ON d.id = e.doc";

static int ev_call(sqlite3_stmt *s, parley_store_event_fn fn, void *ud)
{
    parley_store_event_ref r = {col(s, 0), col(s, 1), col(s, 2),
                                col(s, 3), col(s, 4), col(s, 5)};
    return fn(ud, &r);
}

struct page {
    const char *cursor;
    long limit;
    parley_store_event_fn fn;
    void *ud;
    parley_buf *next;
    long rows;
    int more; /* the statement gave one row more than the page */
    /* the cursor, parsed */
    int has_cursor, cur_undated;
    char cur_date[11];
    long long cur_rid;
};

/* A cursor is "DATE~RID" (DATE may be empty for undated events): the
 * position of the last event of the previous page. */
static int parse_cursor(struct page *pg)
{
    const char *c = pg->cursor;
    if (!c || !*c)
        return 0;
    const char *t = strchr(c, '~');
    if (!t || strlen(c) > 64)
        return -1;
    size_t dn = (size_t)(t - c);
    if (dn >= sizeof pg->cur_date)
        return -1;
    memcpy(pg->cur_date, c, dn);
    pg->cur_date[dn] = 0;
    if (dn && !store_valid_date(pg->cur_date))
        return -1;
    const char *r = t + 1;
    if (!*r || strlen(r) > 18)
        return -1;
    for (const char *s = r; *s; s++)
        if (!isdigit((unsigned char)*s))
            return -1;
    pg->cur_rid = strtoll(r, NULL, 10);
    pg->cur_undated = dn == 0;
    pg->has_cursor = 1;
    return 0;
}

static int page_build(parley_store *st, struct store_sql *q,
                      const parley_store_filter *f, const char *text,
                      void *ctx)
{
    struct page *pg = ctx;
    pg->rows = 0;
    pg->more = 0;
    store_sql_add(q, ev_cols);
    store_sql_add(q, " WHERE 1");
    int err = where(st, q, f, text);
    if (err)
        return err;
    /* Newest first: the events_date index holds (date, rid), so this
     * order walks it backwards; NULL dates sort last when descending. */
    if (pg->has_cursor) {
        if (pg->cur_undated) {
            store_sql_add(q, " AND e.date IS NULL AND e.rid < ?");
            store_sql_iparam(q, pg->cur_rid);
        } else {
            store_sql_add(q, " AND (e.date < ? OR (e.date = ? AND e.rid < ?)"
                   " OR e.date IS NULL)");
            store_sql_param(q, "", pg->cur_date, "", 0);
            store_sql_param(q, "", pg->cur_date, "", 0);
            store_sql_iparam(q, pg->cur_rid);
        }
    }
    store_sql_add(q, " ORDER BY e.date DESC, e.rid DESC LIMIT ?");
    store_sql_iparam(q, pg->limit + 1);
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}

static int page_row(sqlite3_stmt *s, void *ctx)
{
    struct page *pg = ctx;
    if (pg->rows == pg->limit) {
        /* One more than asked: a next page follows, starting after the
         * previous row (whose position is in pg->next). */
        pg->more = 1;
        return 0;
    }
    pg->rows++;
    if (pg->next) {
        parley_buf_reset(pg->next);
        const char *d = col(s, 6);
        if (parley_buf_addf(pg->next, "%s~%lld",
                            d && strlen(d) <= 10 ? d : "",
                            (long long)sqlite3_column_int64(s, 7)))
            return PARLEY_ENOMEM;
    }
    return ev_call(s, pg->fn, pg->ud);
}

int parley_store_events_page(parley_store *st, const parley_store_filter *f,
                             const char *cursor, long limit,
                             parley_store_event_fn fn, void *ud,
                             parley_buf *next)
{
    if (!st || !fn)
        return PARLEY_EINVAL;
    if (limit < 1 || limit > 10000)
        return store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 10000");
    struct page pg = {cursor, limit, fn, ud, NULL, 0, 0, 0, 0, {0}, 0};
    if (parse_cursor(&pg))
        return store_fail(st, PARLEY_EINVAL,
                          "cursor: not a cursor given by this server");
    parley_buf cur = PARLEY_BUF_INIT;
    pg.next = &cur;
    int err = store_filtered(st, f, page_build, page_row, &pg);
    if (next) {
        parley_buf_reset(next);
        if (!err && pg.more && parley_buf_adds(next, cur.p))
            err = store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    parley_buf_release(&cur);
    return err;
}

struct one {
    parley_store_event_fn fn;
    void *ud;
    int found;
};

static int one_row(sqlite3_stmt *s, void *ctx)
{
    struct one *o = ctx;
    o->found = 1;
    return ev_call(s, o->fn, o->ud);
}

int parley_store_event_get(parley_store *st, const char *id,
                           parley_store_event_fn fn, void *ud)
{
    if (!st || !st->db || !id || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    struct store_sql q;
        memset(&q, 0, sizeof q);
    store_sql_add(&q, ev_cols);
    store_sql_add(&q, " WHERE e.id = ?");
    store_sql_param(&q, "", id, "", 0);
    struct one o = {fn, ud, 0};
    int err = run(st, &q, 0, one_row, &o, NULL);
    store_sql_free(&q);
    if (!err && !o.found)
        err = store_fail(st, PARLEY_ENOENT, "no such event");
    return err;
}

/* ---- actors ----------------------------------------------------------- */

/* The key an actor is filtered and grouped by, for side X. */
#define KEY(x)                                                          \
    "coalesce(e." x "_name, e." x "_org, e." x "_country, e." x "_code," \
    " e." x "_text)"

struct actors {
    parley_store_actor_fn fn;
    void *ud;
};

static int actor_row(sqlite3_stmt *s, void *ctx)
{
    struct actors *a = ctx;
    parley_store_actor_ref r = {col(s, 0), col(s, 1), col(s, 2), col(s, 3),
                                col(s, 4), col(s, 5),
                                sqlite3_column_int64(s, 6)};
    if (!r.key)
        return 0;
    return a->fn(a->ud, &r);
}

/* One row per actor: key, name, role, country, org, code, events; from
 * the sides' columns of the events of the inner query. */
static void actor_sides(struct store_sql *q, const char *inner_where)
{
    for (int side = 0; side < 2; side++) {
        const char *x = side ? "target" : "source";
        char f[700];
        snprintf(f, sizeof f,
                 "%sSELECT " KEY("%s") " AS k, e.%s_name AS name,"
                 " e.%s_role AS role, e.%s_country AS country,"
                 " e.%s_org AS org, e.%s_code AS code, e.%s_text AS text"
                 " FROM events e WHERE 1%s",
                 side ? " UNION ALL " : "", x, x, x, x, x, x, x, x, x, x, x,
                 inner_where);
        store_sql_add(q, f);
    }
}

int parley_store_actors(parley_store *st, const char *qs, long limit,
                        parley_store_actor_fn fn, void *ud)
{
    if (!st || !st->db || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (limit < 1 || limit > 1000000)
        return store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 1000000");
    struct store_sql q;
        memset(&q, 0, sizeof q);
    /* Grouped first, then matched: folding a few thousand actors is
     * cheaper than folding every event's sides. A role is kept only when
     * all the actor's events agree on it. */
    store_sql_add(&q, "SELECT k, max(name), CASE WHEN min(role) = max(role)"
            " THEN max(role) END AS role1, max(country) AS country1,"
            " max(org), max(code) AS code1, count(*) AS n,"
            " max(text) AS text1 FROM (");
    actor_sides(&q, "");
    store_sql_add(&q, ") WHERE k IS NOT NULL GROUP BY k");
    if (qs && *qs) {
        store_sql_add(&q, " HAVING parley_fold(k) LIKE parley_fold(?) ESCAPE '\\'"
                " OR parley_fold(text1) LIKE parley_fold(?) ESCAPE '\\'"
                " OR parley_fold(role1) LIKE parley_fold(?) ESCAPE '\\'"
                " OR country1 = upper(?) OR code1 GLOB upper(?)");
        store_sql_param(&q, "%", qs, "%", 1);
        store_sql_param(&q, "%", qs, "%", 1);
        store_sql_param(&q, "%", qs, "%", 1);
        store_sql_param(&q, "", qs, "", 0);
        /* GLOB metacharacters in the prefix only narrow the match. */
        store_sql_param(&q, "", qs, "*", 0);
    }
    store_sql_add(&q, " ORDER BY n DESC, k LIMIT ?");
    store_sql_iparam(&q, limit);
    struct actors a = {fn, ud};
    int err = run(st, &q, 0, actor_row, &a, NULL);
    store_sql_free(&q);
    return err;
}

/* ---- counts ----------------------------------------------------------- */

struct counts {
    long top;
    int level;
    int step; /* which query of the list */
    parley_store_count_fn fn;
    void *ud;
    int64_t events; /* the sum of the type counts */
};

static const char *const count_group[] = {"events", "documents", "type",
                                          "week", "pair"};

static int counts_build(parley_store *st, struct store_sql *q,
                        const parley_store_filter *f, const char *text,
                        void *ctx)
{
    struct counts *c = ctx;
    switch (c->step) {
    case 0:
        store_sql_add(q, "SELECT NULL, NULL, count(*) FROM events e WHERE 1");
        break;
    case 1:
        store_sql_add(q, "SELECT NULL, NULL, count(DISTINCT e.doc) FROM events e"
               " WHERE 1");
        break;
    case 2:
        store_sql_add(q, "SELECT e.type, NULL, count(*) FROM events e WHERE 1");
        break;
    case 3:
        /* 'weekday 0' moves to the next Sunday (or stays), -6 days gives
         * that week's Monday. */
        store_sql_add(q, "SELECT date(CASE WHEN length(e.date) = 7"
               " THEN e.date || '-01' ELSE e.date END,"
               " 'weekday 0', '-6 days') AS w, e.type, count(*)"
               " FROM events e WHERE e.date IS NOT NULL");
        break;
    default: {
        char k[2][200];
        store_level_key(k[0], sizeof k[0], c->level, "source");
        store_level_key(k[1], sizeof k[1], c->level, "target");
        store_sql_add(q, "SELECT ");
        store_sql_add(q, k[0]);
        store_sql_add(q, " AS ks, ");
        store_sql_add(q, k[1]);
        store_sql_add(q, " AS kt, count(*) FROM events e WHERE 1");
        break;
    }
    }
    int err = where(st, q, f, text);
    if (err)
        return err;
    switch (c->step) {
    case 2:
        store_sql_add(q, " GROUP BY e.type ORDER BY 3 DESC, 1");
        break;
    case 3:
        store_sql_add(q, " GROUP BY 1, 2 HAVING w IS NOT NULL ORDER BY 1, 2");
        break;
    case 4:
        store_sql_add(q, " GROUP BY 1, 2 HAVING ks IS NOT NULL AND kt IS NOT NULL"
                         " ORDER BY 3 DESC, 1, 2 LIMIT ?");
        store_sql_iparam(q, c->top);
        break;
    }
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}

static int counts_row(sqlite3_stmt *s, void *ctx)
{
    struct counts *c = ctx;
    if (c->step == 2)
        c->events += sqlite3_column_int64(s, 2);
    return c->fn(c->ud, count_group[c->step], col(s, 0), col(s, 1),
                 sqlite3_column_int64(s, 2));
}

int parley_store_counts(parley_store *st, const parley_store_filter *f,
                        int level, long top_pairs, parley_store_count_fn fn,
                        void *ud)
{
    if (!st || !fn)
        return PARLEY_EINVAL;
    if (level < PARLEY_LEVEL_ACTOR || level > PARLEY_LEVEL_PERSON)
        return store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (top_pairs < 0 || top_pairs > 1000)
        return store_fail(st, PARLEY_EINVAL,
                          "pairs: expected a number from 0 to 1000");
    struct counts c = {top_pairs, level, 0, fn, ud, 0};
    /* The total is the sum of the types (step 2): one scan fewer. */
    for (c.step = 1; c.step < 5; c.step++) {
        if (c.step == 4 && top_pairs == 0)
            break;
        int err = store_filtered(st, f, counts_build, counts_row, &c);
        if (err)
            return err;
        if (c.step == 2 && (err = fn(ud, "events", NULL, NULL, c.events)))
            return err;
    }
    return 0;
}

/* ---- graph ------------------------------------------------------------ */

/* One scan: the matching events grouped by (source key, target key,
 * type) with each side's attributes; nodes and their counts are summed
 * from those groups here, the top max_nodes kept, and the groups between
 * two of them are the edges. (Scanning once matters: rows are wide, and
 * a scan of 100,000 events costs a few hundred milliseconds.) */
struct gnode {
    char *key, *name, *role, *country, *org, *code;
    int64_t n;
    int top;
};

struct gedge {
    size_t s, t; /* indexes into nodes */
    char *type;
    int64_t n;
};

struct graph {
    struct gnode *nodes;
    size_t nn, capn;
    struct gedge *edges;
    size_t ne, cape;
    int nomem;
    int level;
    /* a hash of node keys to their indexes + 1 (0: empty slot) */
    size_t *slots;
    size_t nslots;
};

static char *dup(const char *v)
{
    return v ? strdup(v) : NULL;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h;
}

static int rehash(struct graph *g)
{
    size_t n = g->nslots ? g->nslots * 2 : 256;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < g->nn; i++) {
        size_t h = (size_t)hash_str(g->nodes[i].key) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(g->slots);
    g->slots = sl;
    g->nslots = n;
    return 0;
}

/* The node for key (columns i.. of s: key, name, role, country, org,
 * code), added when new; SIZE_MAX when out of memory. */
static size_t gnode_get(struct graph *g, sqlite3_stmt *s, int i, int64_t n)
{
    const char *key = col(s, i);
    if ((g->nn + 1) * 2 > g->nslots && rehash(g))
        return SIZE_MAX;
    size_t h = (size_t)hash_str(key) & (g->nslots - 1);
    while (g->slots[h]) {
        struct gnode *d = &g->nodes[g->slots[h] - 1];
        if (!strcmp(d->key, key)) {
            d->n += n;
            return g->slots[h] - 1;
        }
        h = (h + 1) & (g->nslots - 1);
    }
    if (g->nn == g->capn) {
        size_t c = g->capn ? 2 * g->capn : 64;
        struct gnode *m = realloc(g->nodes, c * sizeof *m);
        if (!m)
            return SIZE_MAX;
        g->nodes = m;
        g->capn = c;
    }
    struct gnode *d = &g->nodes[g->nn];
    memset(d, 0, sizeof *d);
    d->key = dup(key);
    d->name = dup(col(s, i + 1));
    d->role = dup(col(s, i + 2));
    d->country = dup(col(s, i + 3));
    d->org = dup(col(s, i + 4));
    d->code = dup(col(s, i + 5));
    d->n = n;
    /* every copy or none (out of memory): a missing one would be served as
     * null, and copies of a node not counted in nn would leak (issue 13,
     * found by tests/unit/test_oom.c) */
    if (!d->key || (col(s, i + 1) && !d->name) || (col(s, i + 2) && !d->role) ||
        (col(s, i + 3) && !d->country) || (col(s, i + 4) && !d->org) ||
        (col(s, i + 5) && !d->code)) {
        free(d->key), free(d->name), free(d->role);
        free(d->country), free(d->org), free(d->code);
        return SIZE_MAX;
    }
    g->slots[h] = ++g->nn;
    return g->nn - 1;
}

/* The node columns of side x at level: key, name, role, country, org,
 * code. A side's role is kept only when all its events agree on it (a
 * country's events come from many offices); above the person, names and
 * roles are left out, and the country or organisation is the key's. */
static void graph_side(struct store_sql *q, int level, const char *x,
                       const char *alias)
{
    char k[200], f[900];
    store_level_key(k, sizeof k, level, x);
    if (level == PARLEY_LEVEL_ACTOR || level == PARLEY_LEVEL_PERSON)
        snprintf(f, sizeof f,
                 "%s AS %s, max(e.%s_name), CASE WHEN min(e.%s_role) ="
                 " max(e.%s_role) THEN max(e.%s_role) END,"
                 " max(e.%s_country), max(e.%s_org), max(e.%s_code)",
                 k, alias, x, x, x, x, x, x, x);
    else if (level == PARLEY_LEVEL_COUNTRY)
        snprintf(f, sizeof f,
                 "%s AS %s, NULL, NULL, max(e.%s_country),"
                 " max(CASE WHEN e.%s_country IS NULL THEN e.%s_org END),"
                 " max(CASE WHEN e.%s_country IS NULL AND e.%s_org IS NULL"
                 " THEN e.%s_code END)",
                 k, alias, x, x, x, x, x, x);
    else
        snprintf(f, sizeof f,
                 "%s AS %s, NULL, NULL, max(e.%s_country), max(e.%s_org),"
                 " max(e.%s_code)", k, alias, x, x, x);
    store_sql_add(q, f);
}

static int graph_build(parley_store *st, struct store_sql *q,
                       const parley_store_filter *f, const char *text,
                       void *ctx)
{
    struct graph *g = ctx;
    store_sql_add(q, "SELECT ");
    graph_side(q, g->level, "source", "s");
    store_sql_add(q, ", ");
    graph_side(q, g->level, "target", "t");
    store_sql_add(q, ", e.type, count(*) FROM events e WHERE 1");
    int err = where(st, q, f, text);
    if (err)
        return err;
    store_sql_add(q, " GROUP BY s, t, e.type HAVING s IS NOT NULL AND t IS NOT NULL");
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}

static int graph_row(sqlite3_stmt *s, void *ctx)
{
    struct graph *g = ctx;
    int64_t n = sqlite3_column_int64(s, 13);
    if (!col(s, 0) || !col(s, 6) || !col(s, 12))
        return 0;
    size_t a = gnode_get(g, s, 0, n);
    size_t b = a == SIZE_MAX ? a : gnode_get(g, s, 6, n);
    if (b == SIZE_MAX || g->ne == SIZE_MAX / 2)
        return PARLEY_ENOMEM;
    if (g->ne == g->cape) {
        size_t c = g->cape ? 2 * g->cape : 64;
        struct gedge *m = realloc(g->edges, c * sizeof *m);
        if (!m)
            return PARLEY_ENOMEM;
        g->edges = m;
        g->cape = c;
    }
    struct gedge *e = &g->edges[g->ne];
    e->s = a;
    e->t = b;
    e->n = n;
    if (!(e->type = dup(col(s, 12))))
        return PARLEY_ENOMEM;
    g->ne++;
    return 0;
}

static const struct gnode *sort_nodes;

static int by_count(const void *x, const void *y)
{
    const struct gnode *a = &sort_nodes[*(const size_t *)x],
                       *b = &sort_nodes[*(const size_t *)y];
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return strcmp(a->key, b->key);
}

static int edge_order(const void *x, const void *y)
{
    const struct gedge *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    int c = strcmp(sort_nodes[a->s].key, sort_nodes[b->s].key);
    if (!c)
        c = strcmp(sort_nodes[a->t].key, sort_nodes[b->t].key);
    return c ? c : strcmp(a->type, b->type);
}

static void graph_free(struct graph *g)
{
    for (size_t i = 0; i < g->nn; i++) {
        struct gnode *d = &g->nodes[i];
        free(d->key), free(d->name), free(d->role);
        free(d->country), free(d->org), free(d->code);
    }
    for (size_t i = 0; i < g->ne; i++)
        free(g->edges[i].type);
    free(g->nodes);
    free(g->edges);
    free(g->slots);
}

static pthread_mutex_t sort_mu = PTHREAD_MUTEX_INITIALIZER;

int parley_store_graph(parley_store *st, const parley_store_filter *f,
                       int level, long max_nodes, parley_store_actor_fn node,
                       parley_store_edge_fn edge, void *ud)
{
    if (!st)
        return PARLEY_EINVAL;
    if (level < PARLEY_LEVEL_ACTOR || level > PARLEY_LEVEL_PERSON)
        return store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (max_nodes < 1 || max_nodes > 1000)
        return store_fail(st, PARLEY_EINVAL,
                          "nodes: expected a number from 1 to 1000");
    struct graph g;
    memset(&g, 0, sizeof g);
    g.level = level;
    int err = store_filtered(st, f, graph_build, graph_row, &g);
    size_t *order = NULL;
    if (!err && g.nn && !(order = malloc(g.nn * sizeof *order)))
        err = PARLEY_ENOMEM;
    if (err) {
        graph_free(&g);
        return err == PARLEY_ENOMEM ? store_fail(st, err, "out of memory")
                                    : err;
    }
    for (size_t i = 0; i < g.nn; i++)
        order[i] = i;
    /* qsort has no context argument in C11: the arrays go through a
     * static pointer, guarded for the server's threads. */
    pthread_mutex_lock(&sort_mu);
    sort_nodes = g.nodes;
    qsort(order, g.nn, sizeof *order, by_count);
    qsort(g.edges, g.ne, sizeof *g.edges, edge_order);
    sort_nodes = NULL;
    pthread_mutex_unlock(&sort_mu);
    size_t top = g.nn < (size_t)max_nodes ? g.nn : (size_t)max_nodes;
    for (size_t i = 0; i < top && !err; i++) {
        struct gnode *d = &g.nodes[order[i]];
        d->top = 1;
        parley_store_actor_ref r = {d->key, d->name, d->role, d->country,
                                    d->org, d->code, d->n};
        if (node)
            err = node(ud, &r);
    }
    for (size_t i = 0; i < g.ne && !err; i++) {
        struct gedge *e = &g.edges[i];
        if (edge && g.nodes[e->s].top && g.nodes[e->t].top)
            err = edge(ud, g.nodes[e->s].key, g.nodes[e->t].key, e->type,
                       e->n);
    }
    free(order);
    graph_free(&g);
    return err;
}

/* ---- documents -------------------------------------------------------- */

struct docq {
    parley_store_doc_fn doc_fn;
    parley_store_event_fn ev_fn;
    void *ud;
    int found;
};

static int doc_row(sqlite3_stmt *s, void *ctx)
{
    struct docq *d = ctx;
    d->found = 1;
    parley_store_doc_ref r = {col(s, 0), col(s, 1), col(s, 2), col(s, 3),
                              col(s, 4), col(s, 5),
                              (size_t)sqlite3_column_bytes(s, 5)};
    if (!r.text)
        r.text = "";
    return d->doc_fn(d->ud, &r);
}

static int doc_ev_row(sqlite3_stmt *s, void *ctx)
{
    struct docq *d = ctx;
    return ev_call(s, d->ev_fn, d->ud);
}

int parley_store_document(parley_store *st, const char *id,
                          parley_store_doc_fn doc_fn,
                          parley_store_event_fn ev_fn, void *ud)
{
    if (!st || !st->db || !id || !doc_fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    struct docq d = {doc_fn, ev_fn, ud, 0};
    struct store_sql q;
        memset(&q, 0, sizeof q);
    store_sql_add(&q, "SELECT id, date, title, url, source, text FROM documents"
            " WHERE id = ?");
    store_sql_param(&q, "", id, "", 0);
    int err = run(st, &q, 0, doc_row, &d, NULL);
    store_sql_free(&q);
    if (err)
        return err;
    if (!d.found)
        return store_fail(st, PARLEY_ENOENT, "no such document");
    if (!ev_fn)
        return 0;
    struct store_sql q2;
    memset(&q2, 0, sizeof q2);
    store_sql_add(&q2, ev_cols);
    store_sql_add(&q2, " WHERE e.doc = ? ORDER BY e.seq");
    store_sql_param(&q2, "", id, "", 0);
    err = run(st, &q2, 0, doc_ev_row, &d, NULL);
    store_sql_free(&q2);
    return err;
}

/* ---- change detection ------------------------------------------------- */

int parley_store_signature(parley_store *st, int64_t sig[2])
{
    if (!st || !st->db || !sig)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db,
                                "SELECT (SELECT max(rid) FROM events),"
                                " (SELECT count(*) FROM documents)",
                                -1, &s, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "reading the store's state");
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        sig[0] = sqlite3_column_int64(s, 0);
        sig[1] = sqlite3_column_int64(s, 1);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_OK ? 0 : store_sqlerr(st, rc, "reading the store's state");
}

/* ---- time limits ------------------------------------------------------ */

/* The deadline of the calling thread's queries (0: none). A store handle
 * is used by one thread at a time, so the handle's progress handler can
 * read the deadline of whoever runs it. */
static _Thread_local double deadline;
static _Thread_local int expired;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int over_time(void *ud)
{
    (void)ud;
    if (deadline > 0 && now_s() > deadline) {
        expired = 1;
        return 1;
    }
    return 0;
}

int parley_store_time_limit(parley_store *st, long ms)
{
    if (!st || !st->db || ms < 0)
        return PARLEY_EINVAL;
    expired = 0;
    deadline = ms > 0 ? now_s() + (double)ms / 1000.0 : 0;
    /* Checked every few thousand virtual-machine steps. */
    sqlite3_progress_handler(st->db, ms > 0 ? 4000 : 0,
                             ms > 0 ? over_time : NULL, NULL);
    return 0;
}

int parley_store_timed_out(void)
{
    return expired;
}
