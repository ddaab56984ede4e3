/* query.c — reading events back out of the store: a filter becomes SQL
 * built only from the fixed fragments below, with every user value bound
 * as a parameter; each result row is turned back into a parley_event for
 * the caller's callback. The one-a-day filter groups events in SQL. */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* The WHERE clause of a filter: " WHERE 1" and the shared conditions.
 * With a date bound no undated event can match; saying so in the form of
 * the first column of events_order and events_type lets SQLite walk
 * those indexes in date order for the range (see order_by). */
static int where(parley_store *st, struct store_sql *q,
                 const parley_store_filter *f, const char *text)
{
    store_sql_add(q, " WHERE 1");
    if (f->from || f->to)
        store_sql_add(q, " AND (e.date IS NULL) = 0");
    return store_filter_sql(st, q, f, text, "--");
}

static const char cols[] =
    "e.id, e.doc, d.date, d.title, d.url, d.source, e.date, e.type, e.mode,"
    " e.cameo, e.quad, e.goldstein, e.negated,"
    " e.source_text, e.source_name, e.source_role, e.source_country,"
    " e.source_org, e.source_code,"
    " e.target_text, e.target_name, e.target_role, e.target_country,"
    " e.target_org, e.target_code,"
    " e.place_name, e.place_country, e.place_lat, e.place_lon, e.topics,"
    " e.sentence, e.span_start, e.span_end, e.evidence, e.json, e.seq";
enum { C_SEQ = 35, C_N, C_IDS, C_DOCS, C_TEXTS };

/* Events by date, undated ones last, then in document order: the order
 * of the indexes events_order and events_type (schema.c), so that SQLite
 * reads rows in that order instead of sorting them all. With a date bound
 * every row has a date, and the first term, fixed by where(), must go for
 * SQLite to see that the index still gives the order. */
static const char *order_by(const parley_store_filter *f)
{
    return f->from || f->to ? " ORDER BY e.date, e.doc, e.seq"
                            : " ORDER BY e.date IS NULL, e.date, e.doc, e.seq";
}

/* Whether every condition of f is one that no index answers (a name,
 * place or topic), with no limit: every event is then read, and reading
 * the table in storage order and sorting what matches is about twice as
 * fast as fetching each event in date order through events_order, which
 * SQLite would choose to spare the sort. With a limit the index wins: it
 * stops at the limit. */
static int scan_all(const parley_store_filter *f)
{
    if (f->limit > 0 || f->type || f->cameo || f->from || f->to || f->text ||
        f->doc)
        return 0;
    const char *const sides[] = {f->actor, f->source, f->target};
    int unindexed = f->place || f->topic;
    for (int i = 0; i < 3; i++)
        if (sides[i]) {
            if (store_code_like(sides[i]))
                return 0;
            unindexed = 1;
        }
    return unindexed;
}

static int build(parley_store *st, struct store_sql *q, const parley_store_filter *f,
                 const char *text)
{
    int err;
    store_sql_add(q, "SELECT ");
    store_sql_add(q, cols);
    if (f->one_a_day) {
        store_sql_add(q, ", g.n, g.ids, g.docs, g.texts FROM (SELECT min(e.rid) AS rid,"
               " count(*) AS n, json_group_array(e.id) AS ids,"
               " json_group_array(e.doc) AS docs,"
               " json_group_array(e.evidence) AS texts FROM events e");
        if ((err = where(st, q, f, text)))
            return err;
        store_sql_add(q, " GROUP BY coalesce(e.date, e.id), coalesce(e.source_code, ''),"
               " coalesce(e.source_name, ''), coalesce(e.target_code, ''),"
               " coalesce(e.target_name, ''), coalesce(e.cameo, '')) g"
               " JOIN events e ON e.rid = g.rid"
               " JOIN documents d ON d.id = e.doc");
    } else {
        store_sql_add(q, scan_all(f) ? " FROM events e NOT INDEXED"
                                     : " FROM events e");
        store_sql_add(q, " JOIN documents d ON d.id = e.doc");
        if ((err = where(st, q, f, text)))
            return err;
    }
    store_sql_add(q, order_by(f));
    if (f->limit > 0)
        store_sql_add(q, " LIMIT ?");
    return q->nomem ? PARLEY_ENOMEM : 0;
}

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static void get_actor(sqlite3_stmt *s, int i, parley_actor *a)
{
    const char *t = col(s, i);
    a->text.p = t;
    a->text.n = t ? (size_t)sqlite3_column_bytes(s, i) : 0;
    a->name = col(s, i + 1);
    a->role = col(s, i + 2);
    a->country = col(s, i + 3);
    a->org = col(s, i + 4);
    a->code = col(s, i + 5);
}

/* The strings of a JSON array of strings (null → ""), at most max. */
static size_t strings(json_t *a, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < json_array_size(a) && n < max; i++) {
        const char *v = json_string_value(json_array_get(a, i));
        out[n++] = v ? v : "";
    }
    return n;
}

struct merged {
    json_t *ids, *docs, *texts;
    const char **pi, **pd, **pt;
};

static void merged_free(struct merged *m)
{
    json_decref(m->ids);
    json_decref(m->docs);
    json_decref(m->texts);
    free(m->pi);
    free(m->pd);
    free(m->pt);
    memset(m, 0, sizeof *m);
}

static int one_row(parley_store *st, sqlite3_stmt *s, int one_a_day,
                   parley_store_row_fn fn, void *ud)
{
    parley_store_row r;
    memset(&r, 0, sizeof r);
    r.id = col(s, 0);
    r.doc = col(s, 1);
    r.doc_date = col(s, 2);
    r.doc_title = col(s, 3);
    r.doc_url = col(s, 4);
    r.doc_source = col(s, 5);
    parley_event *ev = &r.ev;
    ev->date = col(s, 6);
    ev->type = col(s, 7);
    ev->mode = col(s, 8);
    ev->cameo = col(s, 9);
    ev->quad = sqlite3_column_int(s, 10);
    ev->goldstein = sqlite3_column_double(s, 11);
    ev->negated = sqlite3_column_int(s, 12);
    get_actor(s, 13, &ev->source);
    get_actor(s, 19, &ev->target);
    ev->place.name = col(s, 25);
    ev->place.country = col(s, 26);
    if (sqlite3_column_type(s, 27) != SQLITE_NULL) {
        ev->place.has_coords = 1;
        ev->place.lat = sqlite3_column_double(s, 27);
        ev->place.lon = sqlite3_column_double(s, 28);
    }
    const char *topics = col(s, 29);
    json_t *tj = topics && strcmp(topics, "[]") ? json_loads(topics, 0, NULL)
                                                : NULL;
    ev->ntopics = strings(tj, ev->topics, PARLEY_MAX_TOPICS);
    ev->sentence = (size_t)sqlite3_column_int64(s, 30);
    ev->span[0] = (size_t)sqlite3_column_int64(s, 31);
    ev->span[1] = (size_t)sqlite3_column_int64(s, 32);
    r.evidence = col(s, 33);
    if (!r.evidence)
        r.evidence = "";
    r.json = col(s, 34);
    r.seq = (size_t)sqlite3_column_int64(s, C_SEQ);
    /* The event's number in its sentence is the id's last part. */
    const char *colon = r.id ? strrchr(r.id, ':') : NULL;
    ev->seq = colon ? strtoul(colon + 1, NULL, 10) : 0;

    struct merged m = {0};
    const char *one_id[1] = {r.id}, *one_doc[1] = {r.doc},
               *one_text[1] = {r.evidence};
    r.nmerged = 1;
    r.ids = one_id;
    r.docs = one_doc;
    r.texts = one_text;
    if (one_a_day) {
        m.ids = json_loads(col(s, C_IDS) ? col(s, C_IDS) : "[]", 0, NULL);
        m.docs = json_loads(col(s, C_DOCS) ? col(s, C_DOCS) : "[]", 0, NULL);
        m.texts = json_loads(col(s, C_TEXTS) ? col(s, C_TEXTS) : "[]", 0, NULL);
        size_t n = json_array_size(m.ids);
        if (n > 1 && json_array_size(m.docs) == n &&
            json_array_size(m.texts) == n) {
            m.pi = malloc(n * sizeof *m.pi);
            m.pd = malloc(n * sizeof *m.pd);
            m.pt = malloc(n * sizeof *m.pt);
            if (!m.pi || !m.pd || !m.pt) {
                merged_free(&m);
                json_decref(tj);
                return store_fail(st, PARLEY_ENOMEM, "out of memory");
            }
            strings(m.ids, m.pi, n);
            strings(m.docs, m.pd, n);
            strings(m.texts, m.pt, n);
            /* The row's own event first, the others in stored order. */
            for (size_t i = 1; i < n; i++)
                if (r.id && !strcmp(m.pi[i], r.id)) {
                    for (size_t k = i; k > 0; k--) {
                        const char *t;
                        t = m.pi[k], m.pi[k] = m.pi[k - 1], m.pi[k - 1] = t;
                        t = m.pd[k], m.pd[k] = m.pd[k - 1], m.pd[k - 1] = t;
                        t = m.pt[k], m.pt[k] = m.pt[k - 1], m.pt[k - 1] = t;
                    }
                    break;
                }
            r.nmerged = n;
            r.ids = m.pi;
            r.docs = m.pd;
            r.texts = m.pt;
        }
    }
    int rc = fn(ud, &r);
    merged_free(&m);
    json_decref(tj);
    return rc;
}

/* Runs the query once with text as the FTS query; *fts_failed is set when
 * the statement failed before any row and a text filter was present. */
static int attempt(parley_store *st, const parley_store_filter *f,
                   const char *text, parley_store_row_fn fn, void *ud,
                   int *fts_failed)
{
    struct store_sql q;
    memset(&q, 0, sizeof q);
    int err = build(st, &q, f, text);
    if (err) {
        store_sql_free(&q);
        return err == PARLEY_ENOMEM ? store_fail(st, err, "out of memory")
                                    : err;
    }
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db, q.b.p, (int)q.b.n, &s, NULL);
    if (rc != SQLITE_OK) {
        store_sql_free(&q);
        return store_sqlerr(st, rc, "preparing a query");
    }
    for (int i = 0; i < q.np; i++)
        sqlite3_bind_text(s, i + 1, q.p[i], -1, SQLITE_STATIC);
    if (f->limit > 0)
        sqlite3_bind_int64(s, q.np + 1, (sqlite3_int64)f->limit);
    size_t rows = 0;
    int stop = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        rows++;
        if ((stop = one_row(st, s, f->one_a_day, fn, ud)))
            break;
    }
    if (stop) {
        err = stop;
    } else if (rc != SQLITE_DONE) {
        if (text && rows == 0 && (rc & 0xff) == SQLITE_ERROR) {
            *fts_failed = 1;
            err = store_fail(st, PARLEY_EINVAL, "--text '%s': %s", text,
                             sqlite3_errmsg(st->db));
        } else {
            err = store_sqlerr(st, rc, "querying");
        }
    }
    sqlite3_finalize(s);
    store_sql_free(&q);
    return err;
}

int parley_store_query(parley_store *st, const parley_store_filter *f,
                       parley_store_row_fn fn, void *ud)
{
    static const parley_store_filter all;
    if (!st || !st->db || !fn)
        return st ? store_fail(st, PARLEY_EINVAL, "no store or callback")
                  : PARLEY_EINVAL;
    if (!f)
        f = &all;
    parley_buf_reset(&st->err);
    int fts_failed = 0;
    int err = attempt(st, f, f->text, fn, ud, &fts_failed);
    if (fts_failed) {
        char *ph = store_fts_phrase(f->text);
        if (!ph)
            return store_fail(st, PARLEY_ENOMEM, "out of memory");
        parley_buf first = PARLEY_BUF_INIT;
        parley_buf_adds(&first, parley_store_errmsg(st));
        fts_failed = 0;
        err = attempt(st, f, ph, fn, ud, &fts_failed);
        if (fts_failed)
            store_fail(st, PARLEY_EINVAL, "%s", first.p);
        parley_buf_release(&first);
        free(ph);
    }
    return err;
}
