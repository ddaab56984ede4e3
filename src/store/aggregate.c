/* aggregate.c — the store's SQL for series and maps (`parley aggregate`,
 * /api/series, /api/map): event counts by period and by dyad or country,
 * with QuadClass, PLOVER type and Goldstein figures, and the places of the
 * matching events. Every query of that kind is here, so that it can follow
 * the store's schema in one place; filters come from filter.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store/store.h"

static const char *const plover[PARLEY_NTYPES] = {
    "AGREE",   "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
    "RETREAT", "REQUEST",  "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

const char *parley_plover_type(int i)
{
    return i >= 0 && i < PARLEY_NTYPES ? plover[i] : NULL;
}

int parley_plover_type_valid(const char *s)
{
    for (int i = 0; s && i < PARLEY_NTYPES; i++)
        if (!strcasecmp(s, plover[i]))
            return 1;
    return 0;
}

static int name_index(const char *name, const char *const *names, int n)
{
    for (int i = 0; name && i < n; i++)
        if (!strcmp(name, names[i]))
            return i;
    return -1;
}

int parley_level_from_name(const char *name)
{
    static const char *const n[] = {"actor", "country", "code", "person"};
    return name_index(name, n, 4);
}

int parley_period_from_name(const char *name)
{
    static const char *const n[] = {"day", "week", "month", "year", "all"};
    return name_index(name, n, 5);
}

int parley_series_group_from_name(const char *name)
{
    static const char *const n[] = {"total", "dyad", "country"};
    return name_index(name, n, 3);
}

void store_level_key(char *out, size_t n, int level, const char *x)
{
    /* x is "source" or "target": a fixed word, never user input. */
    if (level == PARLEY_LEVEL_COUNTRY)
        snprintf(out, n, "coalesce(e.%s_country, e.%s_org, e.%s_code)", x, x,
                 x);
    else if (level == PARLEY_LEVEL_CODE)
        snprintf(out, n, "e.%s_code", x);
    else if (level == PARLEY_LEVEL_PERSON)
        snprintf(out, n, "e.%s_name", x);
    else
        snprintf(out, n,
                 "coalesce(e.%s_name, e.%s_org, e.%s_country, e.%s_code,"
                 " e.%s_text)", x, x, x, x, x);
}

/* ---- series ----------------------------------------------------------- */

/* The first day of the period of an event dated x.date, and the shortest
 * date that the period can place (10: a day, 7: a month, 4: a year). */
static const char *period_sql(int by)
{
    switch (by) {
    case PARLEY_BY_DAY:
        return "x.date";
    case PARLEY_BY_WEEK:
        /* 'weekday 0' moves to the next Sunday (or stays), -6 days gives
         * that ISO week's Monday. */
        return "date(x.date, 'weekday 0', '-6 days')";
    case PARLEY_BY_MONTH:
        return "substr(x.date, 1, 7) || '-01'";
    case PARLEY_BY_YEAR:
        return "substr(x.date, 1, 4) || '-01-01'";
    default:
        return "NULL";
    }
}

static int period_len(int by)
{
    return by <= PARLEY_BY_WEEK ? 10 : by == PARLEY_BY_MONTH ? 7
                                     : by == PARLEY_BY_YEAR ? 4 : 0;
}

struct series {
    const parley_series_opts *o;
    parley_series_fn fn;
    void *ud;
    parley_series_left *left;
    int step; /* 0: the rows, 1: what is left out */
};

/* The events of the query: e itself, or with one_a_day the first event of
 * each group of reports of one event (as parley_store_query groups them). */
static int from_events(parley_store *st, struct store_sql *q,
                       const parley_store_filter *f, const char *text)
{
    if (!f->one_a_day) {
        store_sql_add(q, " FROM events e WHERE 1");
        return store_filter_sql(st, q, f, text, "");
    }
    store_sql_add(q, " FROM events e WHERE e.rid IN (SELECT min(e.rid)"
                     " FROM events e WHERE 1");
    int err = store_filter_sql(st, q, f, text, "");
    store_sql_add(q, " GROUP BY coalesce(e.date, e.id),"
                     " coalesce(e.source_code, ''), coalesce(e.source_name, ''),"
                     " coalesce(e.target_code, ''), coalesce(e.target_name, ''),"
                     " coalesce(e.cameo, ''))");
    return err;
}

/* One side of the rows: the columns the outer query counts, from the
 * matching events that the series keeps. */
static int series_inner(parley_store *st, struct store_sql *q,
                        const parley_store_filter *f, const char *text,
                        const parley_series_opts *o, int side)
{
    char k1[200] = "NULL", k2[200] = "NULL", buf[700];
    if (o->group == PARLEY_GROUP_DYAD) {
        store_level_key(k1, sizeof k1, o->level, "source");
        store_level_key(k2, sizeof k2, o->level, "target");
    } else if (o->group == PARLEY_GROUP_COUNTRY) {
        snprintf(k1, sizeof k1, "e.%s_country", side ? "target" : "source");
    }
    snprintf(buf, sizeof buf,
             "SELECT e.date AS date, e.quad AS quad, e.goldstein AS gs,"
             " e.type AS type, %s AS k1, %s AS k2", k1, k2);
    store_sql_add(q, buf);
    int err = from_events(st, q, f, text);
    if (!o->negated)
        store_sql_add(q, " AND NOT e.negated");
    if (o->by != PARLEY_BY_ALL) {
        snprintf(buf, sizeof buf, " AND length(e.date) >= %d",
                 period_len(o->by));
        store_sql_add(q, buf);
    }
    if (o->group == PARLEY_GROUP_DYAD) {
        snprintf(buf, sizeof buf, " AND %s IS NOT NULL AND %s IS NOT NULL", k1,
                 k2);
        store_sql_add(q, buf);
    } else if (o->group == PARLEY_GROUP_COUNTRY) {
        store_sql_add(q, side ? " AND e.target_country IS NOT NULL AND"
                                " e.target_country IS NOT e.source_country"
                              : " AND e.source_country IS NOT NULL");
    }
    return err;
}

static int series_build(parley_store *st, struct store_sql *q,
                        const parley_store_filter *f, const char *text,
                        void *ctx)
{
    struct series *s = ctx;
    const parley_series_opts *o = s->o;
    int err;
    if (s->step == 1) {
        /* What the series leaves out, each event counted once. */
        char buf[300];
        snprintf(buf, sizeof buf,
                 "SELECT %s, sum(%s AND e.date IS NULL),"
                 " sum(%s AND length(e.date) < %d)",
                 o->negated ? "0" : "total(e.negated)",
                 o->negated ? "1" : "NOT e.negated",
                 o->negated ? "1" : "NOT e.negated", period_len(o->by));
        store_sql_add(q, buf);
        return from_events(st, q, f, text);
    }
    char buf[400];
    snprintf(buf, sizeof buf,
             "SELECT %s AS p, x.k1, x.k2, count(*), total(x.quad = 1),"
             " total(x.quad = 2), total(x.quad = 3), total(x.quad = 4),"
             " total(x.gs), count(x.gs)", period_sql(o->by));
    store_sql_add(q, buf);
    for (int i = 0; i < PARLEY_NTYPES; i++) {
        snprintf(buf, sizeof buf, ", total(x.type = '%s')", plover[i]);
        store_sql_add(q, buf);
    }
    store_sql_add(q, " FROM (");
    if ((err = series_inner(st, q, f, text, o, 0)))
        return err;
    if (o->group == PARLEY_GROUP_COUNTRY) {
        store_sql_add(q, " UNION ALL ");
        if ((err = series_inner(st, q, f, text, o, 1)))
            return err;
    }
    store_sql_add(q, ") x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}

static int series_row(sqlite3_stmt *s, void *ctx)
{
    struct series *c = ctx;
    if (c->step == 1) {
        if (c->left) {
            c->left->negated = sqlite3_column_int64(s, 0);
            c->left->undated = sqlite3_column_int64(s, 1);
            c->left->imprecise = sqlite3_column_int64(s, 2);
        }
        return 0;
    }
    parley_series_row r;
    memset(&r, 0, sizeof r);
    r.period = (const char *)sqlite3_column_text(s, 0);
    const char *k1 = (const char *)sqlite3_column_text(s, 1);
    if (c->o->group == PARLEY_GROUP_DYAD) {
        r.source = k1;
        r.target = (const char *)sqlite3_column_text(s, 2);
    } else if (c->o->group == PARLEY_GROUP_COUNTRY) {
        r.country = k1;
    }
    r.events = sqlite3_column_int64(s, 3);
    for (int i = 0; i < 4; i++)
        r.quad[i] = sqlite3_column_int64(s, 4 + i);
    r.goldstein_sum = sqlite3_column_double(s, 8);
    r.goldstein_n = sqlite3_column_int64(s, 9);
    for (int i = 0; i < PARLEY_NTYPES; i++)
        r.types[i] = sqlite3_column_int64(s, 10 + i);
    return c->fn(c->ud, &r);
}

int parley_store_series(parley_store *st, const parley_store_filter *f,
                        const parley_series_opts *o, parley_series_fn fn,
                        void *ud, parley_series_left *left)
{
    if (!st || !st->db || !o || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (o->by < PARLEY_BY_DAY || o->by > PARLEY_BY_ALL)
        return store_fail(st, PARLEY_EINVAL,
                          "by: expected day, week, month, year or all");
    if (o->group < PARLEY_GROUP_TOTAL || o->group > PARLEY_GROUP_COUNTRY)
        return store_fail(st, PARLEY_EINVAL,
                          "group: expected total, dyad or country");
    if (o->level < PARLEY_LEVEL_ACTOR || o->level > PARLEY_LEVEL_PERSON)
        return store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (left)
        memset(left, 0, sizeof *left);
    struct series s = {o, fn, ud, left, 0};
    int err = store_filtered(st, f, series_build, series_row, &s);
    if (!err && left) {
        s.step = 1;
        err = store_filtered(st, f, series_build, series_row, &s);
    }
    return err;
}

/* ---- places ----------------------------------------------------------- */

struct places {
    int negated;
    long limit;
    parley_store_place_fn fn;
    void *ud;
};

static int places_build(parley_store *st, struct store_sql *q,
                        const parley_store_filter *f, const char *text,
                        void *ctx)
{
    struct places *p = ctx;
    /* Coordinates rounded to about a kilometre: one point per place even
     * when its events carry slightly different figures. */
    store_sql_add(q, "SELECT max(x.name), x.country, avg(x.lat), avg(x.lon),"
                     " count(*) FROM (SELECT e.place_name AS name,"
                     " e.place_country AS country, e.place_lat AS lat,"
                     " e.place_lon AS lon");
    int err = from_events(st, q, f, text);
    if (err)
        return err;
    store_sql_add(q, " AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL");
    if (!p->negated)
        store_sql_add(q, " AND NOT e.negated");
    store_sql_add(q, ") x GROUP BY round(x.lat, 2), round(x.lon, 2), x.country"
                     " ORDER BY 5 DESC, 1 LIMIT ?");
    store_sql_iparam(q, p->limit);
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}

static int places_row(sqlite3_stmt *s, void *ctx)
{
    struct places *p = ctx;
    parley_store_place_ref r = {(const char *)sqlite3_column_text(s, 0),
                                (const char *)sqlite3_column_text(s, 1),
                                sqlite3_column_double(s, 2),
                                sqlite3_column_double(s, 3),
                                sqlite3_column_int64(s, 4)};
    return p->fn(p->ud, &r);
}

int parley_store_places(parley_store *st, const parley_store_filter *f,
                        int negated, long limit, parley_store_place_fn fn,
                        void *ud)
{
    if (!st || !st->db || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (limit < 1 || limit > 100000)
        return store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 100000");
    struct places p = {negated, limit, fn, ud};
    return store_filtered(st, f, places_build, places_row, &p);
}
