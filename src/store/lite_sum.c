/* lite_sum.c — the SQLite store's summary tables (stage 9): written at
 * each commit from the batch's changes (sum.c), and read for `parley
 * stats`, the explorer's unfiltered /api/stats, /api/graph and
 * /api/actors; also the document reader, the integrity check, the change
 * signature and query time limits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/lite.h"

/* ---- writing ------------------------------------------------------------- */

/* The id of a key field of a summary row (0 for NULL or '?'). */
static int64_t field_key(struct lite *l, const struct srow *r, int kind_i,
                         int val_i, char kind)
{
    const char *s, *v;
    size_t n, vn;
    if (kind_i >= 0) {
        if (pl_sacc_field(r, kind_i, &s, &n) || !s || !n || s[0] == '?')
            return 0;
        kind = s[0];
    }
    if (pl_sacc_field(r, val_i, &v, &vn) || !v)
        return 0;
    int64_t id = pl_lite_key(l, kind, (parley_str){v, vn}, 0, 0);
    return id;
}

/* A summary row ready to write: its key as ids and numbers k[0..nk) with
 * the type string after the first tpos of them (when has_t), in the
 * order of the table's primary key, and its changes. Rows are written in
 * key order, so that each page of the table is visited once. */
struct brow {
    int64_t k[5];
    const char *t;
    size_t tn;
    int tpos, nk, has_t;
    int64_t n, g;
};

static int brow_cmp(const void *a, const void *b)
{
    const struct brow *x = a, *y = b;
    for (int i = 0; i <= x->nk; i++) {
        if (i == x->tpos && x->has_t) {
            size_t n = x->tn < y->tn ? x->tn : y->tn;
            int c = memcmp(x->t, y->t, n);
            if (c)
                return c;
            if (x->tn != y->tn)
                return x->tn < y->tn ? -1 : 1;
        }
        if (i < x->nk && x->k[i] != y->k[i])
            return x->k[i] < y->k[i] ? -1 : 1;
    }
    return 0;
}

static void brow_bind(sqlite3_stmt *s, const struct brow *r, int with_n)
{
    int p = 1;
    for (int i = 0; i <= r->nk; i++) {
        if (i == r->tpos && r->has_t)
            sqlite3_bind_text(s, p++, r->t ? r->t : "", (int)r->tn, SQLITE_STATIC);
        if (i < r->nk)
            sqlite3_bind_int64(s, p++, r->k[i]);
    }
    if (with_n) {
        sqlite3_bind_int64(s, p++, r->n);
        sqlite3_bind_int64(s, p, r->g);
    }
}

typedef void (*resolve_fn)(struct lite *l, const struct srow *r, struct brow *b);

/* Runs up (an upsert adding n and g) for each row of t, in key order,
 * then del for rows whose count went down (to drop empty ones). */
static int write_rows(struct lite *l, const struct stab *t, const char *up,
                      const char *del, resolve_fn resolve)
{
    struct brow *v = malloc((t->n ? t->n : 1) * sizeof *v);
    if (!v)
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct srow *r = &t->r[i];
        if (!r->n && !r->g)
            continue;
        memset(&v[n], 0, sizeof v[n]);
        resolve(l, r, &v[n]);
        v[n].n = r->n;
        v[n].g = r->g;
        n++;
    }
    store_qsort(v, n, sizeof *v, brow_cmp);
    sqlite3_stmt *u = NULL, *d = NULL;
    int err = pl_lite_pool(l, up, &u);
    if (!err)
        err = pl_lite_pool(l, del, &d);
    for (size_t i = 0; i < n && !err; i++) {
        sqlite3_reset(u);
        brow_bind(u, &v[i], 1);
        if ((err = pl_lite_run(l, u, "updating the summaries")))
            break;
        if (v[i].n < 0) {
            sqlite3_reset(d);
            brow_bind(d, &v[i], 0);
            err = pl_lite_run(l, d, "updating the summaries");
        }
    }
    pl_lite_unpool(l, u);
    pl_lite_unpool(l, d);
    free(v);
    return err;
}

static void field_str(const struct srow *r, int f, struct brow *b)
{
    const char *v;
    size_t n;
    b->has_t = 1;
    if (pl_sacc_field(r, f, &v, &n) || !v)
        v = "", n = 0;
    b->t = v;
    b->tn = n;
}

static void resolve_day(struct lite *l, const struct srow *r, struct brow *b)
{
    (void)l;
    b->k[0] = pl_sacc_int(r, 0);
    field_str(r, 1, b);
    b->k[1] = pl_sacc_int(r, 2);
    b->k[2] = pl_sacc_int(r, 3);
    b->tpos = 1;
    b->nk = 3;
}

static void resolve_country(struct lite *l, const struct srow *r, struct brow *b)
{
    b->k[0] = field_key(l, r, -1, 0, KEY_CODE);
    b->k[1] = pl_sacc_int(r, 1);
    field_str(r, 2, b);
    b->k[2] = pl_sacc_int(r, 3);
    b->k[3] = pl_sacc_int(r, 4);
    b->tpos = 2;
    b->nk = 4;
}

static void resolve_place(struct lite *l, const struct srow *r, struct brow *b)
{
    const char *name, *country, *lat, *lon;
    size_t nn, nc, nl, no;
    pl_sacc_field(r, 0, &name, &nn);
    pl_sacc_field(r, 1, &country, &nc);
    pl_sacc_field(r, 2, &lat, &nl);
    pl_sacc_field(r, 3, &lon, &no);
    char *n = name ? strndup(name, nn) : NULL, *c = country ? strndup(country, nc) : NULL;
    parley_place p = {n, c, 0, 0, 1};
    if (lat && nl == sizeof p.lat)
        memcpy(&p.lat, lat, sizeof p.lat);
    if (lon && no == sizeof p.lon)
        memcpy(&p.lon, lon, sizeof p.lon);
    b->k[0] = n ? pl_lite_place_id(l, &p) : 0;
    b->k[1] = pl_sacc_int(r, 4);
    b->tpos = 2;
    b->nk = 2;
    free(n);
    free(c);
}

static void resolve_pair(struct lite *l, const struct srow *r, struct brow *b)
{
    b->k[0] = field_key(l, r, 0, 1, 0);
    b->k[1] = field_key(l, r, 2, 3, 0);
    field_str(r, 4, b);
    b->tpos = 2;
    b->nk = 2;
}

static void resolve_pairn(struct lite *l, const struct srow *r, struct brow *b)
{
    b->k[0] = field_key(l, r, 0, 1, 0);
    b->k[1] = field_key(l, r, 2, 3, 0);
    b->tpos = 2;
    b->nk = 2;
}

static int bind_actor_key(struct lite *l, sqlite3_stmt *s, const struct srow *r)
{
    int64_t id = field_key(l, r, 0, 1, 0);
    if (id < 0)
        return (int)id;
    sqlite3_bind_int64(s, 1, id);
    return 0;
}

/* Reads the attributes of actor key id again from its events: after a
 * document was replaced, its old events may have held the largest
 * values. */
static int actor_recompute(struct lite *l, int64_t id, char kind,
                           const char *value)
{
    char *role_lo = NULL, *role_hi = NULL, *country = NULL, *org = NULL,
         *code = NULL;
    char **slot[5] = {&role_lo, &role_hi, &country, &org, &code};
    /* the events of the key, either side, through the actor-key index */
    char q[200];
    char r = kind == KEY_NAME ? 'n' : kind == KEY_MENTION ? 'm' : 0;
    if (r)
        snprintf(q, sizeof q, "%c0%lld OR %c1%lld", r, (long long)id, r,
                 (long long)id);
    else
        snprintf(q, sizeof q, "c0%lld OR c1%lld OR o0%lld OR o1%lld OR k0%lld"
                 " OR k1%lld", (long long)id, (long long)id, (long long)id,
                 (long long)id, (long long)id, (long long)id);
    sqlite3_stmt *s;
    int err = pl_lite_pool(l,
                        "SELECT e.src, e.tgt, e.rid FROM event_keys k"
                        " JOIN events e ON e.rid = (k.rowid & 4294967295)"
                        " WHERE event_keys MATCH ?",
                        &s);
    if (err)
        return err;
    sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
    int rc;
    struct sevent e;
    while (!err && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        /* a mention is the key only of an actor with nothing else: the
         * event is read in full for its mentions (rare) */
        if (kind == KEY_MENTION &&
            (err = pl_lite_event(l, sqlite3_column_int64(s, 2), 1, &e)))
            break;
      for (int side = 0; side < 2 && !err; side++) {
        parley_actor x;
        if (kind == KEY_MENTION) {
            x = side ? e.ev.target : e.ev.source;
        } else {
            const struct lactor *a = pl_lite_actor(l, sqlite3_column_int64(s, side));
            if (!a) {
                err = l->rerr;
                break;
            }
            x = (parley_actor){{NULL, 0}, a->name, a->role, a->country,
                               a->org, a->code, a->sector};
        }
        char k;
        parley_str dk = pl_store_actor_key(&x, &k);
        if (k != kind || dk.n != strlen(value) || memcmp(dk.p, value, dk.n))
            continue;
        const char *v[5] = {x.role, x.role, x.country, x.org, x.code};
        for (int i = 0; i < 5; i++) {
            if (!v[i] || (*slot[i] && (i == 0 ? strcmp(v[i], *slot[i]) >= 0
                                              : strcmp(v[i], *slot[i]) <= 0)))
                continue;
            free(*slot[i]);
            if (!(*slot[i] = strdup(v[i])))
                err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        }
      }
    }
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "updating the summaries");
    pl_lite_unpool(l, s);
    if (!err && !(err = pl_lite_pool(l,
                                  "UPDATE sum_actor SET role_lo = ?, role_hi = ?,"
                                  " country = ?, org = ?, code = ? WHERE key = ?",
                                  &s))) {
        for (int i = 0; i < 5; i++)
            pl_lite_bind_cstr(s, i + 1, *slot[i]);
        sqlite3_bind_int64(s, 6, id);
        err = pl_lite_run(l, s, "updating the summaries");
        pl_lite_unpool(l, s);
    }
    for (int i = 0; i < 5; i++)
        free(*slot[i]);
    return err;
}

static int write_actors(struct lite *l)
{
    const struct stab *t = &l->acc.actor;
    sqlite3_stmt *u = NULL;
    int err = pl_lite_pool(
        l,
        "INSERT INTO sum_actor(key, n, ng, role_lo, role_hi, country, org, code)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(key) DO UPDATE SET"
        " n = n + excluded.n, ng = ng + excluded.ng,"
        " role_lo = min(coalesce(role_lo, excluded.role_lo),"
        "   coalesce(excluded.role_lo, role_lo)),"
        " role_hi = max(coalesce(role_hi, excluded.role_hi),"
        "   coalesce(excluded.role_hi, role_hi)),"
        " country = max(coalesce(country, excluded.country),"
        "   coalesce(excluded.country, country)),"
        " org = max(coalesce(org, excluded.org), coalesce(excluded.org, org)),"
        " code = max(coalesce(code, excluded.code), coalesce(excluded.code, code))",
        &u);
    for (size_t i = 0; i < t->n && !err; i++) {
        const struct srow *r = &t->r[i];
        sqlite3_reset(u);
        if ((err = bind_actor_key(l, u, r)))
            break;
        sqlite3_bind_int64(u, 2, r->n);
        sqlite3_bind_int64(u, 3, r->m);
        for (int j = 0; j < 5; j++)
            pl_lite_bind_cstr(u, 4 + j, r->s[j]);
        if ((err = pl_lite_run(l, u, "updating the summaries")))
            break;
        if (r->dirty) {
            const char *k, *v;
            size_t kn, vn;
            pl_sacc_field(r, 0, &k, &kn);
            pl_sacc_field(r, 1, &v, &vn);
            char *val = strndup(v, vn);
            if (!val)
                err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            int64_t id = err ? 0 : field_key(l, r, 0, 1, 0);
            if (id > 0)
                err = actor_recompute(l, id, k[0], val);
            free(val);
        }
    }
    pl_lite_unpool(l, u);
    if (!err)
        err = pl_lite_exec(l, "DELETE FROM sum_actor WHERE n <= 0",
                        "updating the summaries");
    return err;
}

static int write_counters(struct lite *l)
{
    static const char *const names[STOT_N] = {"documents", "sentences", "events",
                                              "docs_with_events"};
    sqlite3_stmt *s;
    int err = 0;
    for (int i = 0; i < STOT_N && !err; i++) {
        if (!l->acc.total[i])
            continue;
        if (!(err = pl_lite_stmt(l, LS_COUNTER, &s))) {
            sqlite3_bind_int64(s, 1, l->acc.total[i]);
            sqlite3_bind_text(s, 2, names[i], -1, SQLITE_STATIC);
            err = pl_lite_run(l, s, "updating the summaries");
        }
    }
    if (!err && !(err = pl_lite_stmt(l, LS_COUNTER, &s))) {
        sqlite3_bind_int64(s, 1, 1);
        sqlite3_bind_text(s, 2, "generation", -1, SQLITE_STATIC);
        err = pl_lite_run(l, s, "updating the summaries");
    }
    return err;
}

int pl_lite_flush(struct lite *l)
{
    int err = pl_lite_exec(l,
                        "INSERT INTO evidence_fts(evidence_fts, rowid, terms)"
                        " SELECT 'delete', id, terms FROM temp.fts_pending"
                        " WHERE op = 'delete' ORDER BY id;"
                        "INSERT INTO event_keys(event_keys, rowid, k)"
                        " SELECT 'delete', id, terms FROM temp.fts_pending"
                        " WHERE op = 'kdel' ORDER BY id;"
                        /* FTS5 starts a new segment whenever a row id is
                         * not larger than the last one written */
                        "INSERT INTO evidence_fts(rowid, terms)"
                        " SELECT id, terms FROM temp.fts_pending WHERE op = 'add'"
                        " ORDER BY id;"
                        "INSERT INTO event_keys(rowid, k)"
                        " SELECT id, terms FROM temp.fts_pending WHERE op = 'kadd'"
                        " ORDER BY id;"
                        "DELETE FROM temp.fts_pending;",
                        "indexing events");
    sqlite3_stmt *s;
    if (!err && !(err = pl_lite_pool(l,
                                  "INSERT INTO keys_tri(rowid, folded)"
                                  " SELECT id, folded FROM keys WHERE id > ?"
                                  " AND kind IN ('N', 'M', 'P', 'T')",
                                  &s))) {
        sqlite3_bind_int64(s, 1, l->key_mark);
        err = pl_lite_run(l, s, "indexing names");
        pl_lite_unpool(l, s);
    }
    if (err)
        return err;
    struct sacc *a = &l->acc;
    if (a->nomem)
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    err = write_rows(l, &a->day,
                     "INSERT INTO sum_day(day, type, quad, neg, n, g)"
                     " VALUES (?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT DO UPDATE SET n = n + excluded.n, g = g + excluded.g",
                     "DELETE FROM sum_day WHERE day = ? AND type = ? AND quad = ?"
                     " AND neg = ? AND n <= 0",
                     resolve_day);
    if (!err)
        err = write_rows(l, &a->country,
                         "INSERT INTO sum_country(country, month, type, quad, neg, n, g)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n,"
                         " g = g + excluded.g",
                         "DELETE FROM sum_country WHERE country = ? AND month = ?"
                         " AND type = ? AND quad = ? AND neg = ? AND n <= 0",
                         resolve_country);
    if (!err)
        err = write_rows(l, &a->place,
                         "INSERT INTO sum_place(place, neg, n) VALUES (?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n",
                         "DELETE FROM sum_place WHERE place = ? AND neg = ?"
                         " AND n <= 0",
                         resolve_place);
    if (!err)
        err = write_rows(l, &a->pair,
                         "INSERT INTO sum_pair(src, tgt, type, n) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n",
                         "DELETE FROM sum_pair WHERE src = ? AND tgt = ? AND type = ?"
                         " AND n <= 0",
                         resolve_pair);
    if (!err)
        err = write_rows(l, &a->pairn,
                         "INSERT INTO sum_pair_n(src, tgt, n) VALUES (?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n",
                         "DELETE FROM sum_pair_n WHERE src = ? AND tgt = ?"
                         " AND n <= 0",
                         resolve_pairn);
    if (!err)
        err = write_rows(l, &a->codepair,
                         "INSERT INTO sum_codepair(src, tgt, n) VALUES (?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n",
                         "DELETE FROM sum_codepair WHERE src = ? AND tgt = ?"
                         " AND n <= 0",
                         resolve_pairn);
    if (!err)
        err = write_actors(l);
    if (!err)
        err = write_counters(l);
    if (!err)
        pl_sacc_clear(a);
    return err;
}

/* ---- reading ------------------------------------------------------------- */

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Runs q (with int parameters p[0..np)), calling row for each result. */
typedef int (*row_fn)(sqlite3_stmt *s, void *ud);

static int each(struct lite *l, const char *q, const int64_t *p, int np,
                row_fn row, void *ud, const char *what)
{
    sqlite3_stmt *s;
    int err = pl_lite_pool(l, q, &s);
    if (err)
        return err;
    for (int i = 0; i < np; i++)
        sqlite3_bind_int64(s, i + 1, p[i]);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        if ((err = row(s, ud)))
            break;
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, what);
    pl_lite_unpool(l, s);
    return err;
}

struct statx {
    parley_store_stat_fn fn;
    void *ud;
    const char *group;
};

static int stat_row(sqlite3_stmt *s, void *ud)
{
    struct statx *x = ud;
    return x->fn(x->ud, x->group, col(s, 0), sqlite3_column_int64(s, 1));
}

int pl_lite_stats(parley_store *st, parley_store_stat_fn fn, void *ud)
{
    struct lite *l = LITE(st);
    static const struct {
        const char *group, *sql;
    } q[] = {
        {"documents", "SELECT NULL, n FROM counters WHERE name = 'documents'"},
        {"sentences", "SELECT NULL, n FROM counters WHERE name = 'sentences'"},
        {"events", "SELECT NULL, n FROM counters WHERE name = 'events'"},
        {"type", "SELECT type, sum(n) FROM sum_day GROUP BY type ORDER BY 2 DESC, 1"},
        {"month", "SELECT CASE WHEN day = 99999999 THEN 'undated'"
                  " WHEN day % 10000 = 0 THEN printf('%04d', day / 10000)"
                  " ELSE printf('%04d-%02d', day / 10000, day / 100 % 100) END AS m,"
                  " sum(n) FROM sum_day GROUP BY m ORDER BY m = 'undated', m"},
        {"pair", "SELECT coalesce(s.value, '?') || ' -> ' || coalesce(t.value, '?') AS k,"
                 " p.n FROM sum_codepair p LEFT JOIN keys s ON s.id = p.src"
                 " LEFT JOIN keys t ON t.id = p.tgt ORDER BY p.n DESC, k LIMIT 10"},
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        struct statx x = {fn, ud, q[i].group};
        int err = each(l, q[i].sql, NULL, 0, stat_row, &x, "reading statistics");
        if (err)
            return err;
    }
    return 0;
}

int pl_lite_check(parley_store *st)
{
    struct lite *l = LITE(st);
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(l->db, "PRAGMA integrity_check", -1, &s, NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "checking");
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const char *v = col(s, 0);
        if (!v || strcmp(v, "ok")) {
            int err = pl_store_fail(st, PARLEY_EDB, "%s: integrity check failed: %s",
                                 st->path, v ? v : "?");
            sqlite3_finalize(s);
            return err;
        }
    } else if (rc != SQLITE_DONE) {
        int err = pl_lite_err(l, rc, "checking");
        sqlite3_finalize(s);
        return err;
    }
    sqlite3_finalize(s);
    static const char *const fts[] = {
        "INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check')",
        "INSERT INTO keys_tri(keys_tri) VALUES ('integrity-check')"};
    for (int i = 0; i < 2; i++) {
        rc = sqlite3_exec(l->db, fts[i], NULL, NULL, NULL);
        /* a read-only handle cannot run these commands; the pragma above
         * covered the pages */
        if (rc == SQLITE_READONLY || (rc & 0xff) == SQLITE_READONLY)
            continue;
        if (rc != SQLITE_OK)
            return pl_store_fail(st, PARLEY_EDB, "%s: full-text index damaged: %s",
                              st->path, sqlite3_errmsg(l->db));
    }
    return 0;
}

/* ---- the explorer's figures ---------------------------------------------- */

struct cnt {
    parley_store_count_fn fn;
    void *ud;
    int64_t total;
    const char *group;
    struct stab weeks;
    int nomem;
};

static int count_row(sqlite3_stmt *s, void *ud)
{
    struct cnt *c = ud;
    int64_t n = sqlite3_column_int64(s, 2);
    if (!strcmp(c->group, "type"))
        c->total += n;
    return c->fn(c->ud, c->group, col(s, 0), col(s, 1), n);
}

static int week_row(sqlite3_stmt *s, void *ud)
{
    struct cnt *c = ud;
    char w[11];
    if (pl_store_week(sqlite3_column_int64(s, 0), w))
        return 0;
    const char *t = col(s, 1);
    parley_buf k = PARLEY_BUF_INIT;
    int bad = parley_buf_adds(&k, w) || parley_buf_addc(&k, '\t') ||
              parley_buf_adds(&k, t ? t : "");
    struct srow *r = !bad && k.p ? pl_stab_get(&c->weeks, k.p, k.n) : NULL;
    parley_buf_release(&k);
    if (!r)
        return c->nomem = 1, PARLEY_ENOMEM;
    r->n += sqlite3_column_int64(s, 2);
    return 0;
}

static int by_key(const void *a, const void *b)
{
    const struct srow *x = a, *y = b;
    return strcmp(x->k, y->k);
}

int pl_lite_counts(parley_store *st, long top, parley_store_count_fn fn, void *ud)
{
    struct lite *l = LITE(st);
    struct cnt c;
    memset(&c, 0, sizeof c);
    c.fn = fn;
    c.ud = ud;
    c.group = "documents";
    int err = each(l, "SELECT NULL, NULL, n FROM counters WHERE name = 'docs_with_events'",
                   NULL, 0, count_row, &c, "reading statistics");
    c.group = "type";
    if (!err)
        err = each(l, "SELECT type, NULL, sum(n) FROM sum_day GROUP BY type"
                      " HAVING sum(n) > 0 ORDER BY 3 DESC, 1",
                   NULL, 0, count_row, &c, "reading statistics");
    if (!err)
        err = fn(ud, "events", NULL, NULL, c.total);
    if (!err)
        err = each(l, "SELECT day, type, sum(n) FROM sum_day WHERE day < 99999999"
                      " GROUP BY day, type",
                   NULL, 0, week_row, &c, "reading statistics");
    if (c.nomem)
        err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    if (!err) {
        store_qsort(c.weeks.r, c.weeks.n, sizeof *c.weeks.r, by_key);
        for (size_t i = 0; i < c.weeks.n && !err; i++) {
            char *k = c.weeks.r[i].k, *tab = strchr(k, '\t');
            *tab = '\0';
            if (c.weeks.r[i].n)
                err = fn(ud, "week", k, tab + 1, c.weeks.r[i].n);
            *tab = '\t';
        }
    }
    c.group = "pair";
    if (!err && top > 0) {
        int64_t p[1] = {top};
        err = each(l, "SELECT s.value, t.value, p.n FROM sum_pair_n p"
                      " JOIN keys s ON s.id = p.src JOIN keys t ON t.id = p.tgt"
                      " WHERE p.n > 0 ORDER BY p.n DESC, s.value, t.value LIMIT ?",
                   p, 1, count_row, &c, "reading statistics");
    }
    for (size_t i = 0; i < c.weeks.n; i++)
        free(c.weeks.r[i].k);
    free(c.weeks.r);
    free(c.weeks.slot);
    return err;
}

struct actx {
    parley_store_actor_fn fn;
    void *ud;
    long limit, n;
    char *fq;      /* q folded */
    char up[64];   /* q upper-cased ("" if long) */
    int graph;
};

static int actor_row(sqlite3_stmt *s, void *ud)
{
    struct actx *a = ud;
    const char *kind = col(s, 0), *key = col(s, 1), *lo = col(s, 3),
               *hi = col(s, 4), *country = col(s, 5), *code = col(s, 7);
    const char *role = lo && hi && !strcmp(lo, hi) ? hi : NULL;
    if (a->fq) {
        int m = 0;
        const char *folded = col(s, 8);
        m = folded && strstr(folded, a->fq);
        if (!m && role) {
            size_t n;
            char *fr = pl_fold_key(role, strlen(role), &n);
            m = fr && strstr(fr, a->fq);
            free(fr);
        }
        m = m || (a->up[0] && country && !strcmp(country, a->up)) ||
            (a->up[0] && code && !strncmp(code, a->up, strlen(a->up)));
        if (!m)
            return 0;
    }
    parley_store_actor_ref r = {key, kind && kind[0] == KEY_NAME ? key : NULL,
                                role, country, col(s, 6), code,
                                sqlite3_column_int64(s, 2)};
    int rc = a->fn(a->ud, &r);
    return rc ? rc : ++a->n >= a->limit;
}

int pl_lite_actors(parley_store *st, const char *q, long limit,
                parley_store_actor_fn fn, void *ud)
{
    struct lite *l = LITE(st);
    struct actx a = {fn, ud, limit, 0, NULL, "", 0};
    if (q && *q) {
        size_t n;
        if (!(a.fq = pl_fold_key(q, strlen(q), &n)))
            return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
        if (strlen(q) < sizeof a.up)
            pl_ascii_upper_n(a.up, q, strlen(q) + 1);
    }
    int64_t p[1] = {a.fq ? -1 : limit};
    int err = each(l,
                   "SELECT k.kind, k.value, a.n, a.role_lo, a.role_hi, a.country,"
                   " a.org, a.code, k.folded FROM sum_actor a"
                   " JOIN keys k ON k.id = a.key WHERE a.n > 0"
                   " ORDER BY a.n DESC, k.value LIMIT ?",
                   p, 1, actor_row, &a, "reading actors");
    free(a.fq);
    return err == 1 ? 0 : err;
}

static int node_row(sqlite3_stmt *s, void *ud)
{
    struct actx *a = ud;
    const char *kind = col(s, 0), *key = col(s, 1), *lo = col(s, 3),
               *hi = col(s, 4);
    parley_store_actor_ref r = {key, kind && kind[0] == KEY_NAME ? key : NULL,
                                lo && hi && !strcmp(lo, hi) ? hi : NULL,
                                col(s, 5), col(s, 6), col(s, 7),
                                sqlite3_column_int64(s, 2)};
    return a->fn(a->ud, &r);
}

int pl_lite_graph_nodes(parley_store *st, long max, parley_store_actor_fn fn,
                     void *ud)
{
    struct actx a = {fn, ud, max, 0, NULL, "", 1};
    int64_t p[1] = {max};
    return each(LITE(st),
                "SELECT k.kind, k.value, a.ng, a.role_lo, a.role_hi, a.country,"
                " a.org, a.code FROM sum_actor a JOIN keys k ON k.id = a.key"
                " WHERE a.ng > 0 ORDER BY a.ng DESC, k.value LIMIT ?",
                p, 1, node_row, &a, "reading the network");
}

struct edges {
    struct stab e;
};

static int edge_row(sqlite3_stmt *s, void *ud)
{
    struct edges *x = ud;
    parley_buf k = PARLEY_BUF_INIT;
    int bad = 0;
    for (int i = 0; i < 3; i++) {
        if (i)
            bad |= parley_buf_addc(&k, '\x1f');
        bad |= parley_buf_adds(&k, col(s, i) ? col(s, i) : "");
    }
    struct srow *r = !bad && k.p ? pl_stab_get(&x->e, k.p, k.n) : NULL;
    parley_buf_release(&k);
    if (!r)
        return PARLEY_ENOMEM;
    r->n += sqlite3_column_int64(s, 3);
    return 0;
}

static int by_n(const void *a, const void *b)
{
    const struct srow *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->k, y->k);
}

int pl_lite_graph_edges(parley_store *st, const char *const *keys, size_t n,
                     parley_store_edge_fn fn, void *ud)
{
    struct lite *l = LITE(st);
    /* the ids of the keys (a key may be a name, a code or a mention) */
    parley_buf q = PARLEY_BUF_INIT;
    int bad = parley_buf_adds(&q, "WITH ids(id) AS (SELECT id FROM keys WHERE kind IN"
                                  " ('N', 'C', 'M') AND value IN (");
    for (size_t i = 0; i < n; i++)
        bad |= parley_buf_adds(&q, i ? ", ?" : "?");
    bad |= parley_buf_adds(&q, ")) SELECT s.value, t.value, p.type, p.n FROM sum_pair p"
                               " JOIN keys s ON s.id = p.src JOIN keys t ON t.id = p.tgt"
                               " WHERE p.src IN ids AND p.tgt IN ids AND p.n > 0");
    if (bad || !q.p) {
        parley_buf_release(&q);
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(l->db, q.p, (int)q.n, &s, NULL);
    parley_buf_release(&q);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "reading the network");
    for (size_t i = 0; i < n; i++)
        sqlite3_bind_text(s, (int)i + 1, keys[i], -1, SQLITE_STATIC);
    struct edges x;
    memset(&x, 0, sizeof x);
    int err = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        if ((err = edge_row(s, &x)))
            break;
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "reading the network");
    sqlite3_finalize(s);
    if (err == PARLEY_ENOMEM)
        err = pl_store_fail(st, err, "out of memory");
    if (!err)
        store_qsort(x.e.r, x.e.n, sizeof *x.e.r, by_n);
    for (size_t i = 0; i < x.e.n && !err; i++) {
        char *k = x.e.r[i].k, *a = strchr(k, '\x1f'), *b = a ? strchr(a + 1, '\x1f') : NULL;
        if (!b || !x.e.r[i].n)
            continue;
        *a = *b = '\0';
        err = fn(ud, k, a + 1, b + 1, x.e.r[i].n);
        *a = *b = '\x1f';
    }
    for (size_t i = 0; i < x.e.n; i++)
        free(x.e.r[i].k);
    free(x.e.r);
    free(x.e.slot);
    return err;
}

/* ---- summary rows ----------------------------------------------------------- */

struct sumx {
    store_sum_cb cb;
    void *ud;
    int table;
};

static int sum_row(sqlite3_stmt *s, void *ud)
{
    struct sumx *x = ud;
    struct ssum r;
    memset(&r, 0, sizeof r);
    if (x->table == SUM_PLACE) {
        r.key = col(s, 0);
        r.country = col(s, 1);
        r.lat = sqlite3_column_double(s, 2);
        r.lon = sqlite3_column_double(s, 3);
        r.neg = sqlite3_column_int(s, 4);
        r.n = sqlite3_column_int64(s, 5);
        return x->cb(x->ud, &r);
    }
    r.dkey = sqlite3_column_int64(s, 0);
    r.type = col(s, 1);
    r.quad = sqlite3_column_int(s, 2);
    r.neg = sqlite3_column_int(s, 3);
    r.n = sqlite3_column_int64(s, 4);
    r.g = sqlite3_column_int64(s, 5);
    if (x->table == SUM_COUNTRY) {
        r.key = col(s, 6);
        r.dkey = r.dkey == STORE_UNDATED / 100 ? STORE_UNDATED : r.dkey * 100;
    }
    return x->cb(x->ud, &r);
}

int pl_lite_summary(parley_store *st, int table, store_sum_cb cb, void *ud)
{
    static const char *const q[] = {
        [SUM_DAY] = "SELECT day, type, quad, neg, n, g FROM sum_day",
        [SUM_COUNTRY] = "SELECT s.month, s.type, s.quad, s.neg, s.n, s.g, k.value"
                        " FROM sum_country s JOIN keys k ON k.id = s.country",
        [SUM_PLACE] = "SELECT p.name, p.country, p.lat, p.lon, s.neg, s.n"
                      " FROM sum_place s JOIN places p ON p.id = s.place"
                      " WHERE p.lat IS NOT NULL",
    };
    struct sumx x = {cb, ud, table};
    return each(LITE(st), q[table], NULL, 0, sum_row, &x, "reading the summaries");
}

/* ---- documents, signature, time limits ---------------------------------- */

int pl_lite_document(parley_store *st, const char *id, parley_store_doc_fn fn,
                  void *ud, int64_t *num)
{
    struct lite *l = LITE(st);
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(l->db,
                                "SELECT num, id, date, title, url, source, text"
                                " FROM documents WHERE id = ?",
                                -1, &s, NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "reading a document");
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(s);
    int err = 0;
    if (rc == SQLITE_ROW) {
        *num = sqlite3_column_int64(s, 0);
        parley_store_doc_ref r = {col(s, 1), col(s, 2), col(s, 3), col(s, 4),
                                  col(s, 5), col(s, 6),
                                  (size_t)sqlite3_column_bytes(s, 6)};
        if (!r.text)
            r.text = "";
        err = fn(ud, &r);
    } else if (rc == SQLITE_DONE) {
        err = pl_store_fail(st, PARLEY_ENOENT, "no such document");
    } else {
        err = pl_lite_err(l, rc, "reading a document");
    }
    sqlite3_finalize(s);
    return err;
}

int pl_lite_signature(parley_store *st, int64_t sig[2])
{
    struct lite *l = LITE(st);
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(l->db,
                                "SELECT (SELECT n FROM counters WHERE name = 'generation'),"
                                " (SELECT n FROM counters WHERE name = 'documents')",
                                -1, &s, NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "reading the store's state");
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        sig[0] = sqlite3_column_int64(s, 0);
        sig[1] = sqlite3_column_int64(s, 1);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_OK ? 0 : pl_lite_err(l, rc, "reading the store's state");
}

static int over_time(void *ud)
{
    (void)ud;
    return pl_store_over_time();
}

int pl_lite_time_limit(parley_store *st, long ms)
{
    /* Checked every few thousand virtual-machine steps. */
    sqlite3_progress_handler(LITE(st)->db, ms > 0 ? 4000 : 0,
                             ms > 0 ? over_time : NULL, NULL);
    return 0;
}
