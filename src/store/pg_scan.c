/* pl_pg_scan.c — queries on the PostgreSQL store (stage 9, read side): a
 * plan's names, codes, places and topics are first looked up in the
 * dictionary (by trigram for parts of names), then one SELECT over the
 * monthly partitions of events filters by the keys array (GIN), type,
 * CAMEO code, dates, document and tsvector, ordered as SQLite orders;
 * long results are read through a cursor. Also the summary readers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/pg.h"

/* ---- parameters --------------------------------------------------------- */

struct params {
    const char *v[32];
    char *own[32];
    int n;
    int nomem;
};

/* Adds a parameter (copied) and returns its number ($n). */
static int param(struct params *p, const char *s, size_t n)
{
    if (p->n >= 32) {
        p->nomem = 1;
        return 1;
    }
    char *c = malloc(n + 1);
    if (!c) {
        p->nomem = 1;
        return 1;
    }
    memcpy(c, s, n);
    c[n] = '\0';
    p->own[p->n] = c;
    p->v[p->n] = c;
    return ++p->n;
}

static int iparam(struct params *p, int64_t v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%lld", (long long)v);
    return param(p, t, (size_t)n);
}

static void params_free(struct params *p)
{
    for (int i = 0; i < p->n; i++)
        free(p->own[i]);
    p->n = 0;
}

/* "%" + s with LIKE's wildcards escaped + "%" */
static int like(parley_buf *b, const char *s)
{
    int err = parley_buf_addc(b, '%');
    for (; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\')
            err |= parley_buf_addc(b, '\\');
        err |= parley_buf_addc(b, *s);
    }
    return err | parley_buf_addc(b, '%');
}

/* ---- keys from the dictionary ------------------------------------------ */

struct elems {
    parley_buf a; /* an array literal being built: {12,35,...} */
    size_t n;
    int nomem;
};

/* The element of dict id on side (id * 2 + side; see pg_open.c). */
static void elem(struct elems *e, int64_t id, int side)
{
    int err = parley_buf_adds(&e->a, e->n ? "," : "{");
    err |= parley_buf_add_int(&e->a, id * 2 + side);
    e->n++;
    e->nomem |= err;
}

/* Runs q with one or two text parameters and adds, for each dict id it
 * gives (column 0), an element for each side in sides (bit 0 the source,
 * bit 1 the target; 0 for keys without a side). */
static int dict_rows(struct pgs *p, const char *q, const char *arg,
                     const char *arg2, struct elems *e, int sides)
{
    const char *v[2] = {arg, arg2};
    PGresult *r;
    int err = pl_pg_exec(p, q, arg2 ? 2 : 1, v, &r, "looking up keys");
    if (err)
        return err;
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
        if (!sides)
            elem(e, id, 0);
        for (int s = 0; s < 2; s++)
            if (sides & (1 << s))
                elem(e, id, s);
    }
    PQclear(r);
    return 0;
}

static int actor_elems(struct pgs *p, const struct sactor_cond *a,
                       struct elems *e)
{
    int err;
    if (a->code_like) {
        parley_buf pre = PARLEY_BUF_INIT;
        if (parley_buf_adds(&pre, a->v) || parley_buf_addc(&pre, '%')) {
            parley_buf_release(&pre);
            return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        }
        /* the code as a country, organisation or CAMEO code, and the
         * CAMEO codes it begins */
        err = dict_rows(p, "SELECT id FROM dict WHERE (kind IN ('c', 'o', 'k')"
                           " AND value = $2) OR (kind = 'k' AND value LIKE $1)",
                        pre.p, a->v, e, a->sides);
        parley_buf_release(&pre);
        return err;
    }
    if (a->upper[0] &&
        (err = dict_rows(p, "SELECT id FROM dict WHERE kind = 'c' AND value = $1",
                         a->upper, NULL, e, a->sides)))
        return err;
    if ((err = dict_rows(p, "SELECT id FROM dict WHERE kind = 'o'"
                            " AND lower(value) = lower($1 COLLATE \"C\")",
                         a->v, NULL, e, a->sides)))
        return err;
    parley_buf l = PARLEY_BUF_INIT;
    if (like(&l, a->folded))
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    err = dict_rows(p, "SELECT id FROM dict WHERE kind IN ('n', 'm')"
                       " AND folded LIKE $1",
                    l.p, NULL, e, a->sides);
    parley_buf_release(&l);
    return err;
}

/* ---- building the query -------------------------------------------------- */

static const char full_cols[] =
    "e.rid, e.day, e.doc, e.seq, e.doc_id, d.date, d.title, d.url, d.source,"
    " e.type, e.cameo, e.quad, e.goldstein, e.mode, e.prec, e.coder,"
    " e.negated, e.date_raw,"
    " e.src_text, e.src_name, e.src_role, e.src_country, e.src_org,"
    " e.src_code, e.src_sector,"
    " e.tgt_text, e.tgt_name, e.tgt_role, e.tgt_country, e.tgt_org,"
    " e.tgt_code, e.tgt_sector,"
    " e.place_name, e.place_country, e.place_lat, e.place_lon, e.topics,"
    " e.sentence, e.n, e.span_start, e.span_end, e.extra,"
    /* the evidence: a span of the document's text, in bytes */
    " CASE WHEN e.span_start <= e.span_end"
    " AND e.span_end <= octet_length(d.text) THEN convert_from(substring("
    "convert_to(d.text, 'UTF8') FROM e.span_start + 1"
    " FOR e.span_end - e.span_start), 'UTF8') END";
static const char light_cols[] =
    "e.rid, e.day, e.doc, e.seq, NULL, NULL, NULL, NULL, NULL,"
    " e.type, e.cameo, e.quad, e.goldstein, NULL, NULL, NULL,"
    " e.negated, NULL,"
    " e.src_text, e.src_name, e.src_role, e.src_country, e.src_org,"
    " e.src_code, e.src_sector,"
    " e.tgt_text, e.tgt_name, e.tgt_role, e.tgt_country, e.tgt_org,"
    " e.tgt_code, e.tgt_sector,"
    " e.place_name, e.place_country, e.place_lat, e.place_lon";

/* The full-text condition: the terms' lexemes (the GIN index, no
 * positions) match the search, or, when it has phrases, a search without
 * them that every match matches; then the phrases are checked on those
 * rows against the terms' positions (terms_tsv). */
static int text_condition(struct pgs *p, const struct splan *pl,
                          parley_buf *q, struct params *pa, int *empty)
{
    char num[16];
    if (pl_store_textq_empty(pl->text)) {
        *empty = 1;
        return 0;
    }
    parley_buf t = PARLEY_BUF_INIT;
    int rc = pl_store_textq_tsquery_loose(pl->text, &t);
    if (rc < 0) {
        parley_buf_release(&t);
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    }
    if (rc == 0) {
        snprintf(num, sizeof num, "%d", param(pa, t.p ? t.p : "", t.n));
        pa->nomem |= parley_buf_adds(q, " AND array_to_tsvector(string_to_array("
                                        "e.terms, ' ')) @@ $") != 0;
        pa->nomem |= parley_buf_adds(q, num) != 0;
        pa->nomem |= parley_buf_adds(q, "::tsquery") != 0;
    }
    parley_buf_reset(&t);
    if (pl_store_textq_phrase(pl->text)) {
        if (pl_store_textq_tsquery(pl->text, &t)) {
            parley_buf_release(&t);
            return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        }
        snprintf(num, sizeof num, "%d", param(pa, t.p ? t.p : "", t.n));
        pa->nomem |= parley_buf_adds(q, " AND parley.terms_tsv(e.terms) @@ $") != 0;
        pa->nomem |= parley_buf_adds(q, num) != 0;
        pa->nomem |= parley_buf_adds(q, "::tsquery") != 0;
    }
    parley_buf_release(&t);
    return 0;
}

/* Adds " AND ..." conditions of plan to q. *empty is set when a filter
 * can match nothing. */
static int conditions(struct pgs *p, const struct splan *pl, parley_buf *q,
                      struct params *pa, int *empty)
{
    int err = 0;
    char num[16];
    for (size_t i = 0; i < pl->nact && !err; i++) {
        struct elems e = {PARLEY_BUF_INIT, 0, 0};
        err = actor_elems(p, &pl->act[i], &e);
        if (!err && !e.n)
            *empty = 1;
        if (!err && e.n) {
            e.nomem |= parley_buf_addc(&e.a, '}') != 0;
            snprintf(num, sizeof num, "%d", param(pa, e.a.p, e.a.n));
            pa->nomem |= parley_buf_adds(q, " AND e.keys && $") != 0;
            pa->nomem |= parley_buf_adds(q, num) != 0;
            pa->nomem |= parley_buf_adds(q, "::int[]") != 0;
        }
        if (e.nomem)
            err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        parley_buf_release(&e.a);
    }
    if (pl->place && !err) {
        struct elems e = {PARLEY_BUF_INIT, 0, 0};
        parley_buf l = PARLEY_BUF_INIT;
        e.nomem |= like(&l, pl->place_folded) != 0;
        err = dict_rows(p, "SELECT id FROM dict WHERE kind = 'p'"
                           " AND (folded LIKE $1 OR split_part(value, chr(31), 2) = $2)",
                        l.p, pl->place_upper, &e, 0);
        parley_buf_release(&l);
        if (!err && !e.n)
            *empty = 1;
        if (!err && e.n) {
            e.nomem |= parley_buf_addc(&e.a, '}') != 0;
            snprintf(num, sizeof num, "%d", param(pa, e.a.p, e.a.n));
            pa->nomem |= parley_buf_adds(q, " AND e.keys && $") != 0;
            pa->nomem |= parley_buf_adds(q, num) != 0;
            pa->nomem |= parley_buf_adds(q, "::int[]") != 0;
        }
        if (e.nomem && !err)
            err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        parley_buf_release(&e.a);
    }
    if (pl->topic_folded && !err) {
        struct elems e = {PARLEY_BUF_INIT, 0, 0};
        parley_buf l = PARLEY_BUF_INIT;
        e.nomem |= like(&l, pl->topic_folded) != 0;
        err = dict_rows(p, "SELECT id FROM dict WHERE kind = 't'"
                           " AND folded LIKE $1",
                        l.p, NULL, &e, 0);
        parley_buf_release(&l);
        if (!err && !e.n)
            *empty = 1;
        if (!err && e.n) {
            e.nomem |= parley_buf_addc(&e.a, '}') != 0;
            snprintf(num, sizeof num, "%d", param(pa, e.a.p, e.a.n));
            pa->nomem |= parley_buf_adds(q, " AND e.keys && $") != 0;
            pa->nomem |= parley_buf_adds(q, num) != 0;
            pa->nomem |= parley_buf_adds(q, "::int[]") != 0;
        }
        if (e.nomem && !err)
            err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        parley_buf_release(&e.a);
    }
    if (pl->type[0]) {
        snprintf(num, sizeof num, "%d", param(pa, pl->type, strlen(pl->type)));
        pa->nomem |= parley_buf_adds(q, " AND e.type = $") != 0;
        pa->nomem |= parley_buf_adds(q, num) != 0;
    }
    if (pl->cameo[0]) {
        char c[8];
        snprintf(c, sizeof c, "%s%%", pl->cameo);
        snprintf(num, sizeof num, "%d", param(pa, c, strlen(c)));
        pa->nomem |= parley_buf_adds(q, " AND e.cameo LIKE $") != 0;
        pa->nomem |= parley_buf_adds(q, num) != 0;
    }
    if (pl->text && !err)
        err = text_condition(p, pl, q, pa, empty);
    if (pl->doc) {
        snprintf(num, sizeof num, "%d", param(pa, pl->doc, strlen(pl->doc)));
        pa->nomem |= parley_buf_adds(q, " AND e.doc = (SELECT num FROM documents WHERE id = $") != 0;
        pa->nomem |= parley_buf_adds(q, num) != 0;
        pa->nomem |= parley_buf_adds(q, ")") != 0;
    }
    if (pa->nomem)
        err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    return err;
}

/* ---- reading rows -------------------------------------------------------- */

static const char *val(PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static void actor(PGresult *r, int row, int c, parley_actor *a)
{
    const char *t = val(r, row, c);
    a->text = (parley_str){t, t ? strlen(t) : 0};
    a->name = val(r, row, c + 1);
    a->role = val(r, row, c + 2);
    a->country = val(r, row, c + 3);
    a->org = val(r, row, c + 4);
    a->code = val(r, row, c + 5);
    a->sector = val(r, row, c + 6);
}

static int event_of(struct pgs *p, PGresult *r, int row, int full,
                    struct sevent *e, parley_buf *scratch)
{
    pl_sevent_init(e);
    e->rid = strtoll(PQgetvalue(r, row, 0), NULL, 10);
    e->dkey = strtoll(PQgetvalue(r, row, 1), NULL, 10);
    e->docnum = strtoll(PQgetvalue(r, row, 2), NULL, 10);
    e->seq = (size_t)strtoll(PQgetvalue(r, row, 3), NULL, 10);
    parley_event *ev = &e->ev;
    const char *type = val(r, row, 9);
    ev->type = type && *type ? type : NULL;
    ev->cameo = val(r, row, 10);
    ev->quad = atoi(PQgetvalue(r, row, 11));
    ev->goldstein = strtod(PQgetvalue(r, row, 12), NULL);
    ev->negated = PQgetvalue(r, row, 16)[0] == 't';
    actor(r, row, 18, &ev->source);
    actor(r, row, 25, &ev->target);
    ev->place.name = val(r, row, 32);
    ev->place.country = val(r, row, 33);
    if (val(r, row, 34)) {
        ev->place.has_coords = 1;
        ev->place.lat = strtod(PQgetvalue(r, row, 34), NULL);
        ev->place.lon = strtod(PQgetvalue(r, row, 35), NULL);
    }
    if (!full)
        return 0;
    e->doc_id = val(r, row, 4);
    e->doc_date = val(r, row, 5);
    e->doc_title = val(r, row, 6);
    e->doc_url = val(r, row, 7);
    e->doc_source = val(r, row, 8);
    ev->mode = val(r, row, 13);
    ev->date_precision = val(r, row, 14);
    ev->coder = val(r, row, 15);
    const char *topics = val(r, row, 36);
    parley_buf_reset(scratch);
    if (topics) {
        if (parley_buf_adds(scratch, topics))
            return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        pl_sevent_topics(e, scratch->p);
    }
    ev->sentence = (size_t)strtoll(PQgetvalue(r, row, 37), NULL, 10);
    ev->seq = (size_t)strtoll(PQgetvalue(r, row, 38), NULL, 10);
    ev->span[0] = (size_t)strtoll(PQgetvalue(r, row, 39), NULL, 10);
    ev->span[1] = (size_t)strtoll(PQgetvalue(r, row, 40), NULL, 10);
    pl_sevent_extra(e, val(r, row, 41));
    const char *evid = val(r, row, 42);
    e->evidence = (parley_str){evid, evid ? strlen(evid) : 0};
    pl_sevent_date(e, val(r, row, 17));
    return 0;
}

/* Asks the server to stop the running statement (the rest of its rows
 * are then read and dropped). A cancel that comes after the statement
 * ended is ignored by the server, which is then waiting for a command. */
static void cancel(struct pgs *p)
{
    PGcancel *c = PQgetCancel(p->c);
    if (c) {
        char why[256];
        PQcancel(c, why, sizeof why);
        PQfreeCancel(c);
    }
}

/* A long result, row by row as the server sends it (libpq's single-row
 * mode): the command formats rows while the server finds the next ones,
 * and the server may plan it in parallel, which it does not for a cursor.
 * Was a cursor read 1,000 rows a fetch: 31 round trips and a serial plan
 * for the benchmark's type + month (30,406 rows at 5.7M events). When the
 * callback stops the scan, the statement is cancelled. */
static int stream(struct pgs *p, const char *q, struct params *pa,
                  const struct sscan *sc, long *rows, parley_buf *scratch)
{
    if (!PQsendQueryParams(p->c, q, pa->n, NULL, pa->v, NULL, NULL, 0))
        return pl_pg_err(p, NULL, "querying");
    int err = PQsetSingleRowMode(p->c) ? 0 : PARLEY_EDB, stopped = 0;
    if (err) {
        cancel(p);
        stopped = 1;
        err = pl_store_fail(&p->base, PARLEY_EDB, "%s: querying: cannot read"
                            " the rows one by one", p->base.path);
    }
    PGresult *r;
    while ((r = PQgetResult(p->c))) {
        ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_SINGLE_TUPLE && !err) {
            struct sevent e;
            if (!(err = event_of(p, r, 0, sc->full, &e, scratch))) {
                ++*rows;
                err = sc->cb(sc->ud, &e);
            }
        } else if (s != PGRES_SINGLE_TUPLE && s != PGRES_TUPLES_OK && !err) {
            err = pl_pg_err(p, r, "querying"); /* clears r */
            continue;
        }
        PQclear(r);
        if (err && !stopped) {
            cancel(p);
            stopped = 1;
        }
    }
    return err;
}

/* A result without a limit that the callback is expected to stop early
 * (--one-a-day with a --limit) through a cursor, 1,000 rows a fetch: the
 * server plans a cursor for its first rows (an ordered index scan), where
 * a plain statement would be planned to sort all of them first (0.28 s
 * instead of 0.02 at 5.7M events). */
static int cursor_run(struct pgs *p, const char *q, struct params *pa,
                      const struct sscan *sc, long *rows, parley_buf *scratch)
{
    parley_buf d = PARLEY_BUF_INIT;
    parley_buf_adds(&d, "DECLARE parley_c NO SCROLL CURSOR FOR ");
    if (parley_buf_adds(&d, q)) {
        parley_buf_release(&d);
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    }
    int err = pl_pg_run(p, "BEGIN", "querying");
    if (!err)
        err = pl_pg_exec(p, d.p, pa->n, pa->v, NULL, "querying");
    parley_buf_release(&d);
    while (!err) {
        PGresult *r;
        if ((err = pl_pg_exec(p, "FETCH 1000 FROM parley_c", 0, NULL, &r, "querying")))
            break;
        int n = PQntuples(r);
        for (int i = 0; i < n && !err; i++) {
            struct sevent e;
            if (!(err = event_of(p, r, i, sc->full, &e, scratch))) {
                ++*rows;
                err = sc->cb(sc->ud, &e);
            }
        }
        PQclear(r);
        if (n < 1000)
            break;
    }
    /* the transaction (and the cursor) ends here, also when the callback
     * stopped the scan */
    PQclear(PQexec(p->c, err < 0 ? "ROLLBACK" : "COMMIT"));
    return err;
}

/* Runs q and hands each row to the scan's callback: at once when the
 * limit is small, else streamed (stream), or through a cursor when the
 * callback will stop it (cursor_run). Returns the callback's stop value,
 * 0 or an error; *rows counts the rows handed out. */
static int run(struct pgs *p, const char *q, struct params *pa,
               const struct sscan *sc, long *rows)
{
    int err = pl_pg_deadline(p);
    if (err)
        return err;
    parley_buf scratch = PARLEY_BUF_INIT;
    PGresult *r = NULL;
    if (sc->limit <= 0 || sc->limit > 2000) {
        if (sc->limit <= 0 && !sc->bulk)
            err = cursor_run(p, q, pa, sc, rows, &scratch);
        else
            err = stream(p, q, pa, sc, rows, &scratch);
        parley_buf_release(&scratch);
        return err;
    }
    if ((err = pl_pg_exec(p, q, pa->n, pa->v, &r, "querying")))
        return err;
    for (int i = 0; i < PQntuples(r) && !err; i++) {
        struct sevent e;
        if (!(err = event_of(p, r, i, sc->full, &e, &scratch))) {
            ++*rows;
            err = sc->cb(sc->ud, &e);
        }
    }
    PQclear(r);
    parley_buf_release(&scratch);
    return err;
}

/* Sets parameter i (1-based) to v. */
static void set_iparam(struct params *p, int i, int64_t v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%lld", (long long)v);
    char *c = malloc((size_t)n + 1);
    if (!c) {
        p->nomem = 1;
        return;
    }
    memcpy(c, t, (size_t)n + 1);
    free(p->own[i - 1]);
    p->own[i - 1] = c;
    p->v[i - 1] = c;
}

/* The scan's SELECT: its day range is parameters $1 and $2, its limit
 * (when limit > 0) parameter *lim; *empty when nothing can match. */
static int build(struct pgs *p, const struct splan *pl, const struct sscan *sc,
                 int64_t after_d, int64_t after_r, long limit, parley_buf *q,
                 struct params *pa, int *lim, int *empty)
{
    char num[64];
    parley_buf_adds(q, "SELECT ");
    parley_buf_adds(q, sc->full ? full_cols : light_cols);
    parley_buf_adds(q, " FROM events e");
    if (sc->full)
        parley_buf_adds(q, " JOIN documents d ON d.num = e.doc");
    int a = iparam(pa, pl->lo), b = iparam(pa, pl->hi);
    snprintf(num, sizeof num, " WHERE e.day BETWEEN $%d AND $%d", a, b);
    parley_buf_adds(q, num);
    int err = conditions(p, pl, q, pa, empty);
    if (!err && after_r) {
        int x = iparam(pa, after_d), y = iparam(pa, after_r);
        snprintf(num, sizeof num, " AND (e.day, e.rid) < ($%d, $%d)", x, y);
        parley_buf_adds(q, num);
    }
    if (sc->order == ORDER_CONTENT)
        parley_buf_adds(q, " ORDER BY e.day, e.doc_id, e.seq");
    else if (sc->order == ORDER_NEWEST)
        parley_buf_adds(q, " ORDER BY e.day DESC, e.rid DESC");
    *lim = 0;
    if (limit > 0) {
        *lim = iparam(pa, limit);
        snprintf(num, sizeof num, " LIMIT $%d", *lim);
        parley_buf_adds(q, num);
    }
    if (!err && (!q->p || pa->nomem))
        err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    return err;
}

/* Runs the scan's query over the days lo..hi, at most limit rows (when
 * limit > 0). */
static int run_range(struct pgs *p, const char *q, struct params *pa, int lim,
                     const struct sscan *sc, int64_t lo, int64_t hi, long limit,
                     long *rows)
{
    set_iparam(pa, 1, lo);
    set_iparam(pa, 2, hi);
    if (lim)
        set_iparam(pa, lim, limit);
    if (pa->nomem)
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    struct sscan s = *sc;
    s.limit = limit;
    return run(p, q, pa, &s, rows);
}

static int scan_part(struct pgs *p, const struct splan *pl,
                     const struct sscan *sc, int64_t lo, int64_t hi,
                     int64_t after_d, int64_t after_r, long limit, long *rows)
{
    struct params pa = {{0}, {0}, 0, 0};
    parley_buf q = PARLEY_BUF_INIT;
    int empty = 0, lim = 0;
    int err = build(p, pl, sc, after_d, after_r, limit, &q, &pa, &lim, &empty);
    if (!err && !empty)
        err = run_range(p, q.p, &pa, lim, sc, lo, hi, limit, rows);
    parley_buf_release(&q);
    params_free(&pa);
    return err;
}

static int cmp_month(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* In content order with a limit: a few months at a time, from the first,
 * until the limit is reached. The server plans a query over every month's
 * partition (7 indexes each) it may read, and at 96 months planning alone
 * took most of a --limit 50 query; most filters fill their limit within
 * the first months. The ranges follow each other without a gap, so every
 * day is read once and the order is the same as one query's. */
static int scan_chunks(struct pgs *p, const struct splan *pl,
                       const struct sscan *sc)
{
    int64_t *m = malloc((p->nmonths ? p->nmonths : 1) * sizeof *m);
    if (!m)
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < p->nmonths; i++)
        if (p->months[i] < STORE_UNDATED / 100 && p->months[i] * 100 + 99 >= pl->lo &&
            p->months[i] * 100 <= pl->hi)
            m[n++] = p->months[i];
    qsort(m, n, sizeof *m, cmp_month);
    long rows = 0;
    struct params pa = {{0}, {0}, 0, 0};
    parley_buf q = PARLEY_BUF_INIT;
    int empty = 0, lim = 0;
    int err = build(p, pl, sc, 0, 0, sc->limit, &q, &pa, &lim, &empty);
    int64_t from = pl->lo, dated_hi = pl->hi < STORE_UNDATED ? pl->hi : STORE_UNDATED - 1;
    size_t at = 0, step = 6;
    /* limit 0: until the callback stops the scan (returns 1) */
    while (!err && !empty && from <= dated_hi && (!sc->limit || rows < sc->limit)) {
        at = at + step < n ? at + step : n;
        int64_t to = at < n ? m[at - 1] * 100 + 99 : dated_hi;
        if (to > dated_hi)
            to = dated_hi;
        err = run_range(p, q.p, &pa, lim, sc, from, to,
                        sc->limit ? sc->limit - rows : 0, &rows);
        from = to + 1;
        step *= 2;
    }
    free(m);
    if (!err && !empty && pl->hi >= STORE_UNDATED && (!sc->limit || rows < sc->limit))
        err = run_range(p, q.p, &pa, lim, sc, STORE_UNDATED, STORE_UNDATED,
                        sc->limit ? sc->limit - rows : 0, &rows);
    parley_buf_release(&q);
    params_free(&pa);
    return err;
}

/* The first and last day of the events of document id (documents.lo and
 * hi); *none when it is not stored or has no events. */
static int doc_days(struct pgs *p, const char *id, int64_t *lo, int64_t *hi,
                    int *none)
{
    const char *v[1] = {id};
    PGresult *r;
    int err = pl_pg_deadline(p);
    if (!err)
        err = pl_pg_exec(p, "SELECT lo, hi FROM documents WHERE id = $1", 1, v,
                         &r, "querying");
    if (err)
        return err;
    *none = !PQntuples(r) || PQgetisnull(r, 0, 0) || PQgetisnull(r, 0, 1);
    if (!*none) {
        *lo = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        *hi = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
    }
    PQclear(r);
    return 0;
}

int pl_pg_scan(parley_store *st, const struct splan *pl, const struct sscan *sc)
{
    struct pgs *p = PGS(st);
    long rows = 0;
    /* --doc: only the days of its events, so that the server opens only
     * their months' partitions */
    struct splan one;
    if (pl->doc) {
        int64_t lo = 0, hi = 0;
        int none = 0;
        int err = doc_days(p, pl->doc, &lo, &hi, &none);
        if (err || none)
            return err;
        one = *pl;
        one.lo = lo > one.lo ? lo : one.lo;
        one.hi = hi < one.hi ? hi : one.hi;
        if (one.lo > one.hi)
            return 0;
        pl = &one;
    }
    /* also a scan without a limit that its callback stops early (not
     * bulk: --one-a-day with a --limit, whose groups need every event of
     * a day): one cursor over every month took 59 ms of planning and
     * opening at 5M events before the first row */
    if (sc->order == ORDER_CONTENT && (sc->limit > 0 || !sc->bulk) &&
        p->nmonths > 12 && !pl->doc)
        return scan_chunks(p, pl, sc);
    if (sc->order != ORDER_NEWEST)
        return scan_part(p, pl, sc, pl->lo, pl->hi, 0, 0, sc->limit, &rows);
    /* newest first, undated events last: as in pl_lite_scan */
    int64_t dated_hi = pl->hi < STORE_UNDATED ? pl->hi : STORE_UNDATED - 1;
    int undated_only = sc->after_rid && sc->after_dkey >= STORE_UNDATED;
    int err = 0;
    if (!undated_only && pl->lo <= dated_hi)
        err = scan_part(p, pl, sc, pl->lo, dated_hi, sc->after_dkey,
                        sc->after_rid, sc->limit, &rows);
    long left = sc->limit > 0 ? sc->limit - rows : 0;
    if (!err && pl->hi >= STORE_UNDATED && (!sc->limit || left > 0))
        err = scan_part(p, pl, sc, STORE_UNDATED, STORE_UNDATED,
                        undated_only ? STORE_UNDATED : 0,
                        undated_only ? sc->after_rid : 0, left, &rows);
    return err;
}

/* ---- documents and summaries -------------------------------------------- */

int pl_pg_document(parley_store *st, const char *id, parley_store_doc_fn fn,
                void *ud, int64_t *num)
{
    struct pgs *p = PGS(st);
    const char *v[1] = {id};
    PGresult *r;
    int err = pl_pg_deadline(p);
    if (!err)
        err = pl_pg_exec(p, "SELECT num, id, date, title, url, source, text"
                         " FROM documents WHERE id = $1",
                      1, v, &r, "reading a document");
    if (err)
        return err;
    if (!PQntuples(r)) {
        PQclear(r);
        return pl_store_fail(st, PARLEY_ENOENT, "no such document");
    }
    *num = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    const char *text = PQgetvalue(r, 0, 6);
    parley_store_doc_ref d = {val(r, 0, 1), val(r, 0, 2), val(r, 0, 3),
                              val(r, 0, 4), val(r, 0, 5), text, strlen(text)};
    err = fn(ud, &d);
    PQclear(r);
    return err;
}

/* Runs q (no parameters) under the deadline. */
static int query(struct pgs *p, const char *q, int n, const char *const *v,
                 PGresult **r, const char *what)
{
    int err = pl_pg_deadline(p);
    return err ? err : pl_pg_exec(p, q, n, v, r, what);
}

int pl_pg_stats(parley_store *st, parley_store_stat_fn fn, void *ud)
{
    struct pgs *p = PGS(st);
    static const struct {
        const char *group, *sql;
    } q[] = {
        {"documents", "SELECT NULL, n FROM counters WHERE name = 'documents'"},
        {"sentences", "SELECT NULL, n FROM counters WHERE name = 'sentences'"},
        {"events", "SELECT NULL, n FROM counters WHERE name = 'events'"},
        {"type", "SELECT type, sum(n) FROM sum_day GROUP BY type ORDER BY 2 DESC, 1"},
        {"month", "SELECT m, sum(n) FROM (SELECT CASE WHEN day = 99999999"
                  " THEN 'undated' WHEN day % 10000 = 0"
                  " THEN lpad((day / 10000)::text, 4, '0')"
                  " ELSE lpad((day / 10000)::text, 4, '0') || '-' ||"
                  " lpad((day / 100 % 100)::text, 2, '0') END COLLATE \"C\" AS m,"
                  " n FROM sum_day) x GROUP BY m ORDER BY m = 'undated', m"},
        {"pair", "SELECT k, n FROM (SELECT (CASE WHEN src = '?' THEN '?'"
                 " ELSE substr(src, 2) END) || ' -> ' || (CASE WHEN tgt = '?'"
                 " THEN '?' ELSE substr(tgt, 2) END) COLLATE \"C\" AS k, n"
                 " FROM sum_codepair) x ORDER BY n DESC, k LIMIT 10"},
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        PGresult *r;
        int err = query(p, q[i].sql, 0, NULL, &r, "reading statistics");
        if (err)
            return err;
        for (int k = 0; k < PQntuples(r) && !err; k++)
            err = fn(ud, q[i].group, val(r, k, 0),
                     strtoll(PQgetvalue(r, k, 1), NULL, 10));
        PQclear(r);
        if (err)
            return err;
    }
    return 0;
}

int pl_pg_check(parley_store *st)
{
    struct pgs *p = PGS(st);
    PGresult *r;
    int err = query(p,
                    "SELECT (SELECT n FROM counters WHERE name = 'events'),"
                    " (SELECT count(*) FROM events),"
                    " (SELECT n FROM counters WHERE name = 'documents'),"
                    " (SELECT count(*) FROM documents),"
                    " (SELECT coalesce(sum(n), 0) FROM sum_day)",
                    0, NULL, &r, "checking");
    if (err)
        return err;
    long long v[5];
    for (int i = 0; i < 5; i++)
        v[i] = strtoll(PQgetvalue(r, 0, i), NULL, 10);
    PQclear(r);
    if (v[0] != v[1] || v[0] != v[4])
        return pl_store_fail(st, PARLEY_EDB, "%s: integrity check failed: %lld events"
                          " stored, the counters say %lld and the summaries %lld",
                          st->path, v[1], v[0], v[4]);
    if (v[2] != v[3])
        return pl_store_fail(st, PARLEY_EDB, "%s: integrity check failed: %lld"
                          " documents stored, the counters say %lld",
                          st->path, v[3], v[2]);
    return 0;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int pl_pg_counts(parley_store *st, long top, parley_store_count_fn fn, void *ud)
{
    struct pgs *p = PGS(st);
    PGresult *r;
    int err = query(p, "SELECT n FROM counters WHERE name = 'docs_with_events'",
                    0, NULL, &r, "reading statistics");
    if (err)
        return err;
    err = fn(ud, "documents", NULL, NULL, strtoll(PQgetvalue(r, 0, 0), NULL, 10));
    PQclear(r);
    int64_t total = 0;
    if (!err && !(err = query(p, "SELECT type, sum(n) FROM sum_day GROUP BY type"
                                 " HAVING sum(n) > 0 ORDER BY 2 DESC, 1",
                              0, NULL, &r, "reading statistics"))) {
        for (int i = 0; i < PQntuples(r) && !err; i++) {
            int64_t n = strtoll(PQgetvalue(r, i, 1), NULL, 10);
            total += n;
            err = fn(ud, "type", PQgetvalue(r, i, 0), NULL, n);
        }
        PQclear(r);
    }
    if (!err)
        err = fn(ud, "events", NULL, NULL, total);
    if (!err && !(err = query(p, "SELECT day, type, sum(n) FROM sum_day"
                                 " WHERE day < 99999999 GROUP BY day, type",
                              0, NULL, &r, "reading statistics"))) {
        /* "week\ttype" -> count, summed here, then in key order */
        int n = PQntuples(r);
        char **k = calloc((size_t)n + 1, sizeof *k);
        int64_t *c = calloc((size_t)n + 1, sizeof *c);
        int m = 0;
        if (!k || !c)
            err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
        for (int i = 0; i < n && !err; i++) {
            char w[11];
            if (pl_store_week(strtoll(PQgetvalue(r, i, 0), NULL, 10), w))
                continue;
            parley_buf b = PARLEY_BUF_INIT;
            parley_buf_adds(&b, w);
            parley_buf_addc(&b, '\t');
            parley_buf_adds(&b, PQgetvalue(r, i, 1));
            k[m] = parley_buf_detach(&b, NULL);
            if (!k[m]) {
                err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
                break;
            }
            /* the count travels in the key's tail */
            c[m] = strtoll(PQgetvalue(r, i, 2), NULL, 10);
            char *z = realloc(k[m], strlen(k[m]) + 1 + sizeof(int64_t));
            if (!z) {
                free(k[m]);
                err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
                break;
            }
            k[m] = z;
            memcpy(k[m] + strlen(k[m]) + 1, &c[m], sizeof c[m]);
            m++;
        }
        PQclear(r);
        if (!err)
            store_qsort(k, (size_t)m, sizeof *k, by_key);
        for (int i = 0; i < m && !err;) {
            int64_t sum = 0;
            int j = i;
            for (; j < m && !strcmp(k[j], k[i]); j++) {
                int64_t x;
                memcpy(&x, k[j] + strlen(k[j]) + 1, sizeof x);
                sum += x;
            }
            char *tab = strchr(k[i], '\t');
            *tab = '\0';
            if (sum)
                err = fn(ud, "week", k[i], tab + 1, sum);
            *tab = '\t';
            i = j;
        }
        for (int i = 0; i < m; i++)
            free(k[i]);
        free(k);
        free(c);
    }
    if (!err && top > 0) {
        char lim[24];
        snprintf(lim, sizeof lim, "%ld", top);
        const char *v[1] = {lim};
        if (!(err = query(p, "SELECT substr(s.k, 2), substr(t.k, 2), p.n"
                             " FROM sum_pair_n p JOIN akey s ON s.id = p.src"
                             " JOIN akey t ON t.id = p.tgt WHERE p.n > 0"
                             " ORDER BY p.n DESC, substr(s.k, 2), substr(t.k, 2)"
                             " LIMIT $1::int",
                          1, v, &r, "reading statistics"))) {
            for (int i = 0; i < PQntuples(r) && !err; i++)
                err = fn(ud, "pair", PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
                         strtoll(PQgetvalue(r, i, 2), NULL, 10));
            PQclear(r);
        }
    }
    return err;
}

static int actor_ref(PGresult *r, int i, parley_store_actor_fn fn, void *ud)
{
    const char *kind = PQgetvalue(r, i, 0), *key = PQgetvalue(r, i, 1),
               *lo = val(r, i, 3), *hi = val(r, i, 4);
    parley_store_actor_ref a = {key, kind[0] == KEY_NAME ? key : NULL,
                                lo && hi && !strcmp(lo, hi) ? hi : NULL,
                                val(r, i, 5), val(r, i, 6), val(r, i, 7),
                                strtoll(PQgetvalue(r, i, 2), NULL, 10)};
    return fn(ud, &a);
}

int pl_pg_actors(parley_store *st, const char *q, long limit,
              parley_store_actor_fn fn, void *ud)
{
    struct pgs *p = PGS(st);
    char *fq = NULL, up[64] = "";
    if (q && *q) {
        size_t n;
        if (!(fq = pl_fold_key(q, strlen(q), &n)))
            return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
        if (strlen(q) < sizeof up)
            pl_ascii_upper_n(up, q, strlen(q) + 1);
    }
    char lim[24];
    snprintf(lim, sizeof lim, "%ld", fq ? -1L : limit);
    const char *v[1] = {lim};
    PGresult *r = NULL;
    int err = query(p,
                    fq ? "SELECT substr(k, 1, 1), substr(k, 2), n, role_lo, role_hi,"
                         " country, org, code FROM sum_actor WHERE n > 0"
                         " ORDER BY n DESC, substr(k, 2) -- $1"
                       : "SELECT substr(k, 1, 1), substr(k, 2), n, role_lo, role_hi,"
                         " country, org, code FROM sum_actor WHERE n > 0"
                         " ORDER BY n DESC, substr(k, 2) LIMIT $1::int",
                    fq ? 0 : 1, v, &r, "reading actors");
    long out = 0;
    for (int i = 0; !err && i < PQntuples(r) && out < limit; i++) {
        if (fq) {
            const char *key = PQgetvalue(r, i, 1), *lo = val(r, i, 3),
                       *hi = val(r, i, 4), *country = val(r, i, 5),
                       *code = val(r, i, 7);
            const char *role = lo && hi && !strcmp(lo, hi) ? hi : NULL;
            size_t n;
            char *fk = pl_fold_key(key, strlen(key), &n);
            char *fr = role ? pl_fold_key(role, strlen(role), &n) : NULL;
            int m = (fk && strstr(fk, fq)) || (fr && strstr(fr, fq)) ||
                    (up[0] && country && !strcmp(country, up)) ||
                    (up[0] && code && !strncmp(code, up, strlen(up)));
            free(fk);
            free(fr);
            if (!m)
                continue;
        }
        err = actor_ref(r, i, fn, ud);
        out++;
    }
    if (r)
        PQclear(r);
    free(fq);
    return err;
}

int pl_pg_graph_nodes(parley_store *st, long max, parley_store_actor_fn fn,
                   void *ud)
{
    struct pgs *p = PGS(st);
    char lim[24];
    snprintf(lim, sizeof lim, "%ld", max);
    const char *v[1] = {lim};
    PGresult *r = NULL;
    int err = query(p, "SELECT substr(k, 1, 1), substr(k, 2), ng, role_lo, role_hi,"
                       " country, org, code FROM sum_actor WHERE ng > 0"
                       " ORDER BY ng DESC, substr(k, 2) LIMIT $1::int",
                    1, v, &r, "reading the network");
    for (int i = 0; !err && i < PQntuples(r); i++)
        err = actor_ref(r, i, fn, ud);
    if (r)
        PQclear(r);
    return err;
}

struct edge {
    char *s, *t, *type;
    int64_t n;
};

static int edge_cmp(const void *a, const void *b)
{
    const struct edge *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    int c = strcmp(x->s, y->s);
    if (!c)
        c = strcmp(x->t, y->t);
    return c ? c : strcmp(x->type, y->type);
}

int pl_pg_graph_edges(parley_store *st, const char *const *keys, size_t n,
                   parley_store_edge_fn fn, void *ud)
{
    struct pgs *p = PGS(st);
    /* a key may be a name, a code or a mention: all three spellings */
    parley_buf a = PARLEY_BUF_INIT;
    int err = 0;
    err |= parley_buf_addc(&a, '{');
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 3; k++) {
            parley_buf x = PARLEY_BUF_INIT;
            err |= parley_buf_addc(&x, "NCM"[k]);
            err |= parley_buf_adds(&x, keys[i]);
            if (i || k)
                err |= parley_buf_addc(&a, ',');
            err |= pl_pg_array_elem(&a, x.p ? x.p : "", x.n);
            parley_buf_release(&x);
        }
    err |= parley_buf_addc(&a, '}');
    if (err) {
        parley_buf_release(&a);
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    const char *v[1] = {a.p};
    PGresult *r;
    /* the keys' ids first (arrays), so that the server reads the pairs
     * through their primary key, src and tgt each one of the ids; joined
     * on the keys instead, it read all of sum_pair (97 ms at 2.25M rows,
     * 5.7M events, against 21) */
    err = query(p, "SELECT substr(s.k, 2), substr(t.k, 2), p.type, sum(p.n)"
                   " FROM sum_pair p JOIN akey s ON s.id = p.src"
                   " JOIN akey t ON t.id = p.tgt"
                   " WHERE p.src = ANY(ARRAY(SELECT id FROM akey"
                   "  WHERE k = ANY($1::text[])))"
                   " AND p.tgt = ANY(ARRAY(SELECT id FROM akey"
                   "  WHERE k = ANY($1::text[]))) AND p.n > 0 GROUP BY 1, 2, 3",
                1, v, &r, "reading the network");
    parley_buf_release(&a);
    if (err)
        return err;
    int m = PQntuples(r);
    struct edge *e = calloc((size_t)m + 1, sizeof *e);
    if (!e) {
        PQclear(r);
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    for (int i = 0; i < m; i++)
        e[i] = (struct edge){PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
                             PQgetvalue(r, i, 2),
                             strtoll(PQgetvalue(r, i, 3), NULL, 10)};
    store_qsort(e, (size_t)m, sizeof *e, edge_cmp);
    for (int i = 0; i < m && !err; i++)
        err = fn(ud, e[i].s, e[i].t, e[i].type, e[i].n);
    free(e);
    PQclear(r);
    return err;
}

int pl_pg_summary(parley_store *st, int table, store_sum_cb cb, void *ud)
{
    static const char *const q[] = {
        [SUM_DAY] = "SELECT day, type, quad, neg, n, g FROM sum_day",
        [SUM_COUNTRY] = "SELECT month, type, quad, neg, n, g, country FROM sum_country",
        [SUM_PLACE] = "SELECT name, nullif(country, ''), lat, lon, neg, n FROM sum_place",
    };
    struct pgs *p = PGS(st);
    PGresult *r;
    int err = query(p, q[table], 0, NULL, &r, "reading the summaries");
    if (err)
        return err;
    for (int i = 0; i < PQntuples(r) && !err; i++) {
        struct ssum x;
        memset(&x, 0, sizeof x);
        if (table == SUM_PLACE) {
            x.key = val(r, i, 0);
            x.country = val(r, i, 1);
            x.lat = strtod(PQgetvalue(r, i, 2), NULL);
            x.lon = strtod(PQgetvalue(r, i, 3), NULL);
            x.neg = atoi(PQgetvalue(r, i, 4));
            x.n = strtoll(PQgetvalue(r, i, 5), NULL, 10);
        } else {
            x.dkey = strtoll(PQgetvalue(r, i, 0), NULL, 10);
            x.type = val(r, i, 1);
            x.quad = atoi(PQgetvalue(r, i, 2));
            x.neg = atoi(PQgetvalue(r, i, 3));
            x.n = strtoll(PQgetvalue(r, i, 4), NULL, 10);
            x.g = strtoll(PQgetvalue(r, i, 5), NULL, 10);
            if (table == SUM_COUNTRY) {
                x.key = val(r, i, 6);
                x.dkey = x.dkey == STORE_UNDATED / 100 ? STORE_UNDATED : x.dkey * 100;
            }
        }
        err = cb(ud, &x);
    }
    PQclear(r);
    return err;
}

int pl_pg_signature(parley_store *st, int64_t sig[2])
{
    struct pgs *p = PGS(st);
    PGresult *r;
    int err = query(p, "SELECT (SELECT n FROM counters WHERE name = 'generation'),"
                       " (SELECT n FROM counters WHERE name = 'documents')",
                    0, NULL, &r, "reading the store's state");
    if (err)
        return err;
    sig[0] = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    sig[1] = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
    PQclear(r);
    return 0;
}

int pl_pg_time_limit(parley_store *st, long ms)
{
    (void)ms; /* applied before each statement (pl_pg_deadline) */
    (void)st;
    return 0;
}
