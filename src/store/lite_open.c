/* lite_open.c — the SQLite backend's handle: opening a file (WAL, busy
 * timeout, schema checks and upgrade), errors, prepared statements and
 * the pool of statements that scans reuse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/lite.h"

static _Thread_local sqlite3_stmt *bind_failed;
static _Thread_local int bind_rc;

int pl_lite_bound(sqlite3_stmt *s, int rc)
{
    if (rc != SQLITE_OK) {
        bind_failed = s;
        bind_rc = rc;
    }
    return rc;
}

void pl_lite_unbound(sqlite3_stmt *s)
{
    if (s && s == bind_failed)
        bind_failed = NULL;
}

#undef sqlite3_finalize
int pl_lite_finalize(sqlite3_stmt *s)
{
    pl_lite_unbound(s);
    return sqlite3_finalize(s);
}
#define sqlite3_finalize(s) pl_lite_finalize(s)

#undef sqlite3_step
int pl_lite_step(sqlite3_stmt *s)
{
    if (s && s == bind_failed) {
        bind_failed = NULL;
        return bind_rc;
    }
    return sqlite3_step(s);
}
#define sqlite3_step(s) pl_lite_step(s)

int pl_lite_err(struct lite *l, int rc, const char *what)
{
    parley_store *st = &l->base;
    const char *msg = l->db ? sqlite3_errmsg(l->db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return pl_store_fail(st, PARLEY_EBUSY,
                          "%s: %s: database is locked by another process "
                          "(waited %d ms)", st->path, what,
                          st->busy_ms > 0 ? st->busy_ms : 0);
    case SQLITE_READONLY:
        return pl_store_fail(st, PARLEY_EREADONLY,
                          "%s: %s: database is read-only (%s)", st->path,
                          what, msg);
    case SQLITE_NOMEM:
        return pl_store_fail(st, PARLEY_ENOMEM, "%s: %s: out of memory",
                          st->path, what);
    case SQLITE_NOTADB:
        return pl_store_fail(st, PARLEY_EDB,
                          "%s: %s: file is not a database (or is encrypted)",
                          st->path, what);
    case SQLITE_CORRUPT:
        return pl_store_fail(st, PARLEY_EDB,
                          "%s: %s: database file is corrupt (%s)", st->path,
                          what, msg);
    case SQLITE_FULL:
        return pl_store_fail(st, PARLEY_EDB, "%s: %s: disk or database full",
                          st->path, what);
    case SQLITE_CANTOPEN:
        return pl_store_fail(st, PARLEY_EDB,
                          "%s: %s: cannot open the database file or its "
                          "journal (check the directory's permissions)",
                          st->path, what);
    case SQLITE_INTERRUPT:
        pl_store_set_timed_out();
        return pl_store_fail(st, PARLEY_EDB, "%s: %s: interrupted", st->path, what);
    default:
        return pl_store_fail(st, PARLEY_EDB, "%s: %s: %s", st->path, what, msg);
    }
}

/* ---- statements ------------------------------------------------------- */

/* An event read in full, with its actors (pl_lite_scan.c reads these
 * columns by position: 0-26 the event, 27-32 its source, 33-38 its
 * target). */
#define EV_FULL_COLS                                                        \
    "e.doc, e.seq, e.day, e.type, e.cameo, e.quad,"                         \
    " e.goldstein, e.src, e.tgt, e.place, x.sentence, x.n,"                 \
    " x.span_start, x.span_end, x.src_at, x.src_len, x.tgt_at,"             \
    " x.tgt_len, x.src_text, x.tgt_text, x.mode, x.prec, x.coder,"          \
    " e.negated, x.topics, x.extra, x.date_raw,"                            \
    " s.name, s.role, s.country, s.org, s.code, s.sector,"                  \
    " t.name, t.role, t.country, t.org, t.code, t.sector"

static const char day_order_plain[] =
    "SELECT e.rid FROM json_each(?) j CROSS JOIN events e ON e.rid = j.value"
    " JOIN documents d ON d.num = e.doc ORDER BY d.id, e.seq";

static const char *const sql[LS_N] = {
    [LS_BEGIN] = "BEGIN IMMEDIATE",
    [LS_COMMIT] = "COMMIT",
    [LS_ROLLBACK] = "ROLLBACK",
    [LS_DOC_GET] = "SELECT num, content_hash, nevents FROM documents WHERE id = ?",
    [LS_DOC_INS] = "INSERT INTO documents(id, content_hash, date, title, url,"
                   " source, origin, line, ingested_at, nevents, sentences, text)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                   " coalesce(?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
                   " ?10, ?11, ?12)",
    [LS_DOC_UPD] = "UPDATE documents SET content_hash = ?2, date = ?3,"
                   " title = ?4, url = ?5, source = ?6, origin = ?7, line = ?8,"
                   " ingested_at = coalesce(?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
                   " nevents = ?10, sentences = ?11, text = ?12 WHERE num = ?1",
    [LS_DOC_ID] = "SELECT id FROM documents WHERE num = ?",
    [LS_DOC_ROW] = "SELECT id, date, title, url, source, text, sentences"
                   " FROM documents WHERE num = ?",
    [LS_EV_INS] = "INSERT INTO events(doc, seq, day, type, cameo, quad,"
                  " goldstein, negated, src, tgt, place)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [LS_DET_INS] = "INSERT INTO event_detail(rid, sentence, n, span_start,"
                   " span_end, src_at, src_len, tgt_at, tgt_len, src_text,"
                   " tgt_text, mode, prec, coder, topics, extra, date_raw)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [LS_FTS_PEND] = "INSERT INTO temp.fts_pending(op, id, terms) VALUES (?, ?, ?)",
    [LS_FTS_DEL] = "DELETE FROM temp.fts_pending",
    [LS_EV_OF_DOC] = "SELECT rid, day FROM events WHERE doc = ? ORDER BY seq",
    [LS_EV_DEL] = "DELETE FROM events WHERE rid = ?",
    [LS_DET_DEL] = "DELETE FROM event_detail WHERE rid = ?",
    [LS_EV_FULL] = "SELECT " EV_FULL_COLS
                   " FROM events e JOIN event_detail x ON x.rid = e.rid"
                   " JOIN actors s ON s.id = e.src JOIN actors t ON t.id = e.tgt"
                   " WHERE e.rid = ?",
    /* a day's matching events (a JSON array of row ids) in output order,
     * then read in full in that order (j is the outer loop) */
    [LS_DAY_ORDER] = "SELECT e.rid FROM json_each(?) j"
                     " CROSS JOIN events e ON e.rid = j.value"
                     " JOIN documents d INDEXED BY documents_num_id"
                     " ON d.num = e.doc ORDER BY d.id, e.seq",
    [LS_DAY_ROWS] = "SELECT " EV_FULL_COLS ", e.rid, d.id, d.date, d.title,"
                    " d.url, d.source, d.text FROM json_each(?) j"
                    " CROSS JOIN events e ON e.rid = j.value"
                    " JOIN event_detail x ON x.rid = e.rid"
                    " JOIN actors s ON s.id = e.src JOIN actors t ON t.id = e.tgt"
                    " JOIN documents d ON d.num = e.doc",
    [LS_EV_LIGHT] = "SELECT doc, seq, day, type, cameo, quad, goldstein, src, tgt,"
                    " negated, place FROM events WHERE rid = ?",
    [LS_KEY_GET] = "SELECT id, roles FROM keys WHERE kind = ? AND value = ?",
    [LS_KEY_INS] = "INSERT INTO keys(kind, value, folded, roles) VALUES (?, ?, ?, ?)",
    [LS_KEY_ROLES] = "UPDATE keys SET roles = roles | ? WHERE id = ?",
    [LS_ACT_GET] = "SELECT id FROM actors WHERE k = ?",
    [LS_ACT_INS] = "INSERT INTO actors(name, role, country, org, code, sector, k)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
    [LS_PLACE_GET] = "SELECT id FROM places WHERE k = ?",
    [LS_PLACE_INS] = "INSERT INTO places(name, country, lat, lon, k)"
                     " VALUES (?, ?, ?, ?, ?)",
    [LS_ACT_ROW] = "SELECT name, role, country, org, code, sector FROM actors"
                   " WHERE id = ?",
    [LS_PLACE_ROW] = "SELECT name, country, lat, lon FROM places WHERE id = ?",
    [LS_KEY_ROW] = "SELECT kind, value FROM keys WHERE id = ?",
    [LS_COUNTER] = "UPDATE counters SET n = n + ? WHERE name = ?",
};

int pl_lite_stmt(struct lite *l, int i, sqlite3_stmt **out)
{
    if (l->s[i]) {
        sqlite3_reset(l->s[i]);
        sqlite3_clear_bindings(l->s[i]);
        pl_lite_unbound(l->s[i]);
        *out = l->s[i];
        return 0;
    }
    int rc = sqlite3_prepare_v3(l->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                &l->s[i], NULL);
    if (rc != SQLITE_OK && i == LS_DAY_ORDER)
        /* a store of this schema made before documents_num_id, opened
         * read-only (a writer adds the index) */
        rc = sqlite3_prepare_v3(l->db, day_order_plain, -1,
                                SQLITE_PREPARE_PERSISTENT, &l->s[i], NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "preparing a statement");
    pl_lite_unbound(l->s[i]);
    *out = l->s[i];
    return 0;
}

int pl_lite_run(struct lite *l, sqlite3_stmt *s, const char *what)
{
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(s);
        return 0;
    }
    int err = pl_lite_err(l, rc, what);
    sqlite3_reset(s);
    return err;
}

int pl_lite_exec(struct lite *l, const char *q, const char *what)
{
    int rc = sqlite3_exec(l->db, q, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : pl_lite_err(l, rc, what);
}

void pl_lite_bind_str(sqlite3_stmt *s, int i, parley_str v)
{
    if (!v.p)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, v.n ? v.p : "", (int)v.n, SQLITE_TRANSIENT);
}

void pl_lite_bind_cstr(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

int pl_lite_pool(struct lite *l, const char *q, sqlite3_stmt **out)
{
    for (size_t i = 0; i < l->npool; i++)
        if (l->pool[i] && !strcmp(l->pool_sql[i], q)) {
            *out = l->pool[i];
            l->pool[i] = NULL;
            sqlite3_reset(*out);
            sqlite3_clear_bindings(*out);
            pl_lite_unbound(*out);
            return 0;
        }
    int rc = sqlite3_prepare_v3(l->db, q, -1, SQLITE_PREPARE_PERSISTENT, out,
                                NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "preparing a query");
    pl_lite_unbound(*out);
    return 0;
}

void pl_lite_unpool(struct lite *l, sqlite3_stmt *s)
{
    if (!s)
        return;
    sqlite3_reset(s);
    /* keep a few of each kind; the rest go */
    for (size_t i = 0; i < l->npool; i++)
        if (!l->pool[i]) {
            free(l->pool_sql[i]);
            if (!(l->pool_sql[i] = strdup(sqlite3_sql(s)))) {
                sqlite3_finalize(s);
                return;
            }
            l->pool[i] = s;
            return;
        }
    if (l->npool == l->cappool) {
        if (l->cappool >= 256) {
            sqlite3_finalize(s);
            return;
        }
        size_t c = l->cappool ? 2 * l->cappool : 16;
        sqlite3_stmt **p = realloc(l->pool, c * sizeof *p);
        if (p)
            l->pool = p;
        char **q = p ? realloc(l->pool_sql, c * sizeof *q) : NULL;
        if (!p || !q) {
            sqlite3_finalize(s);
            return;
        }
        l->pool_sql = q;
        l->cappool = c;
    }
    l->pool_sql[l->npool] = strdup(sqlite3_sql(s));
    if (!l->pool_sql[l->npool]) {
        sqlite3_finalize(s);
        return;
    }
    l->pool[l->npool++] = s;
}

/* ---- opening ---------------------------------------------------------- */

static int one_int(struct lite *l, const char *q, int *out)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(l->db, q, -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        *out = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc;
}

/* Checks that the file is a parley store this code can read: returns 0
 * and its version in *v, or an error. */
static int check_schema(struct lite *l, int *v)
{
    parley_store *st = &l->base;
    int app = 0, nobj = 0, rc;
    if ((rc = one_int(l, "SELECT count(*) FROM sqlite_master", &nobj)) ||
        (rc = one_int(l, "PRAGMA application_id", &app)) ||
        (rc = one_int(l, "PRAGMA user_version", v)))
        return pl_lite_err(l, rc, "opening");
    if (app != 0 && app != LITE_APP_ID)
        return pl_store_fail(st, PARLEY_ESCHEMA,
                          "%s: not a parley database (application id %#x)",
                          st->path, (unsigned)app);
    if (*v == 0 && nobj > 0)
        return pl_store_fail(st, PARLEY_ESCHEMA,
                          "%s: not a parley database (it has tables but no "
                          "parley schema version)", st->path);
    if (*v > LITE_SCHEMA_VERSION)
        return pl_store_fail(st, PARLEY_ESCHEMA,
                          "%s: database schema version %d is newer than "
                          "this parley (%s) understands (up to %d); use a "
                          "newer parley", st->path, *v, PARLEY_VERSION,
                          LITE_SCHEMA_VERSION);
    return 0;
}

static int open_immutable(struct lite *l)
{
    parley_store *st = &l->base;
    parley_buf wal = PARLEY_BUF_INIT, uri = PARLEY_BUF_INIT;
    struct stat sb;
    if (parley_buf_addf(&wal, "%s-wal", st->path)) {
        parley_buf_release(&wal);
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    int has_wal = stat(wal.p, &sb) == 0 && sb.st_size > 0;
    parley_buf_release(&wal);
    if (has_wal)
        return pl_store_fail(st, PARLEY_EREADONLY,
                          "%s: cannot read: the directory is not writable "
                          "and the write-ahead log %s-wal holds changes; "
                          "open it once where it can be written",
                          st->path, st->path);
    static const char hex[] = "0123456789ABCDEF";
    int bad = parley_buf_adds(&uri, "file:");
    for (const unsigned char *p = (const unsigned char *)st->path; *p; p++)
        if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21 || *p >= 0x7f) {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            bad |= parley_buf_add(&uri, e, 3);
        } else {
            bad |= parley_buf_addc(&uri, (char)*p);
        }
    if (parley_buf_adds(&uri, "?immutable=1") || bad) {
        parley_buf_release(&uri);
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    sqlite3_close(l->db);
    l->db = NULL;
    int rc = sqlite3_open_v2(uri.p, &l->db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                                 SQLITE_OPEN_NOMUTEX,
                             NULL);
    parley_buf_release(&uri);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "opening");
    sqlite3_extended_result_codes(l->db, 1);
    return 0;
}

/* Finalises the handle's statements and closes its connection; the
 * caches of interned and read rows go with it. */
static void disconnect(struct lite *l)
{
    for (int i = 0; i < LS_N; i++) {
        sqlite3_finalize(l->s[i]);
        l->s[i] = NULL;
    }
    for (size_t i = 0; i < l->npool; i++) {
        sqlite3_finalize(l->pool[i]);
        free(l->pool_sql[i]);
    }
    free(l->pool);
    free(l->pool_sql);
    l->pool = NULL;
    l->pool_sql = NULL;
    l->npool = l->cappool = 0;
    pl_lite_caches_clear(l);
    pl_sacc_free(&l->acc);
    /* a batch that was not committed is dropped, as a crash would drop it */
    if (l->db && !sqlite3_get_autocommit(l->db))
        sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(l->db);
    l->db = NULL;
    bind_failed = NULL;
    l->tx = 0;
    l->base.batch = 0;
}

static void lite_close(parley_store *st)
{
    struct lite *l = LITE(st);
    disconnect(l);
    free(l->doc_id), free(l->doc_date), free(l->doc_title);
    free(l->doc_url), free(l->doc_source), free(l->doc_text);
    parley_buf_release(&l->scratch);
    pl_store_release(st);
    free(l);
}

static const struct store_ops lite_ops = {
    "sqlite",
    lite_close,
    pl_lite_has,
    pl_lite_put,
    pl_lite_begin,
    pl_lite_commit,
    pl_lite_rollback,
    pl_lite_scan,
    pl_lite_document,
    pl_lite_stats,
    pl_lite_check,
    pl_lite_counts,
    pl_lite_actors,
    pl_lite_graph_nodes,
    pl_lite_graph_edges,
    pl_lite_summary,
    pl_lite_signature,
    pl_lite_time_limit,
    NULL, /* send: commit */
    NULL, /* settle: nothing is sent ahead */
};

/* Brings an older schema up to date in one write transaction; read again
 * inside it, as another process may have done it meanwhile. */
static int upgrade(struct lite *l)
{
    int err = pl_lite_exec(l, "BEGIN IMMEDIATE", "upgrading the schema");
    if (err)
        return err;
    int v = 0;
    err = check_schema(l, &v);
    if (!err && v < LITE_SCHEMA_VERSION)
        err = pl_lite_migrate(l, v);
    if (!err)
        err = pl_lite_exec(l, "COMMIT", "upgrading the schema");
    if (err) {
        sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
        pl_lite_caches_clear(l);
        pl_sacc_clear(&l->acc);
    }
    return err;
}

static int connect(struct lite *l);

int pl_store_lite_open(parley_store **out, const char *path,
                    const parley_store_opts *opts)
{
    struct lite *l = calloc(1, sizeof *l);
    *out = l ? &l->base : NULL;
    if (!l)
        return PARLEY_ENOMEM;
    parley_store *st = &l->base;
    l->batch_events = PL_LITE_BATCH_EVENTS;
    l->batch_date_max = PL_LITE_BATCH_DATE_MAX;
    int err = pl_store_init(st, path, opts);
    if (err)
        return err;
    struct stat sb;
    if (st->readonly && stat(path, &sb) != 0)
        return pl_store_fail(st, PARLEY_ENOENT, "%s: no such database", path);
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return pl_store_fail(st, PARLEY_EINVAL, "%s: is a directory", path);

    /* a handle whose open failed keeps no connection */
    if ((err = connect(l)))
        disconnect(l);
    return err;
}

/* Opens l's connection to st->path and readies it: schema check (and
 * upgrade), pragmas. */
static int connect(struct lite *l)
{
    parley_store *st = &l->base;
    const char *path = st->path;
    int err;
    /* A handle is used by one thread at a time (parley.h), so SQLite's
     * per-connection mutex is not needed. */
    int flags = (st->readonly ? SQLITE_OPEN_READONLY
                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path, &l->db, flags, NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "opening");
    sqlite3_extended_result_codes(l->db, 1);
    sqlite3_busy_timeout(l->db, st->busy_ms > 0 ? st->busy_ms : 0);
    if (!st->readonly && sqlite3_db_readonly(l->db, "main") == 1)
        return pl_store_fail(st, PARLEY_EREADONLY,
                          "%s: database file is read-only (no write "
                          "permission)", path);
    int v = 0;
    err = check_schema(l, &v);
    if (err && st->readonly && (err == PARLEY_EREADONLY || err == PARLEY_EDB)) {
        /* Reading a WAL database needs its -shm file; in a directory we
         * may not write, it cannot be made. With no -wal file left over
         * the database file is complete, and SQLite can read it as an
         * immutable file. */
        if ((err = open_immutable(l)) == 0)
            err = check_schema(l, &v);
    }
    if (err)
        return err;
    l->base.ops = &lite_ops;
    if (st->readonly) {
        if (v < LITE_SCHEMA_VERSION)
            return pl_store_fail(st, PARLEY_ESCHEMA,
                              "%s: database schema version %d is older than "
                              "this parley's (%d); open it once for writing "
                              "(parley ingest) to upgrade it", path, v,
                              LITE_SCHEMA_VERSION);
        /* queries read many pages: a larger cache than the default (and
         * a scan without a limit maps the file: pl_lite_scan) */
        return pl_lite_exec(l, "PRAGMA query_only = 1; PRAGMA cache_size = "
                            PL_LITE_READ_CACHE, "opening");
    }
    /* WAL: readers do not block the writer, and each committed batch
     * survives a crash of the process; synchronous=NORMAL gives up
     * durability on power loss only (never consistency) for speed. */
    sqlite3_stmt *s;
    rc = sqlite3_prepare_v2(l->db, "PRAGMA journal_mode = WAL", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const char *m = (const char *)sqlite3_column_text(s, 0);
            rc = m && !strcmp(m, "wal") ? SQLITE_OK : SQLITE_ERROR;
        }
        sqlite3_finalize(s);
        if (rc == SQLITE_ERROR)
            return pl_store_fail(st, PARLEY_EDB,
                              "%s: cannot switch the database to WAL mode",
                              path);
    }
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "opening");
    /* A writer's batch dirties pages all over the indexes in date order
     * (documents do not come in date order): a 512 MiB page cache keeps
     * them from being spilled to the WAL and read back within a batch, and
     * a checkpoint every 256 MiB of WAL copies a page that several batches
     * rewrote once. Both are upper bounds; a small store uses what it
     * needs. */
    if ((err = pl_lite_exec(l, "PRAGMA synchronous = NORMAL;"
                            " PRAGMA cache_size = -524288;"
                            " PRAGMA wal_autocheckpoint = 65536;"
                            " PRAGMA temp_store = MEMORY",
                         "opening")))
        return err;
    /* full-text rows wait here until the commit (pl_lite_flush) */
    if ((err = pl_lite_exec(l, "CREATE TEMP TABLE IF NOT EXISTS fts_pending("
                            "op TEXT, id INTEGER, terms TEXT)",
                         "opening")))
        return err;
    if (v < LITE_SCHEMA_VERSION)
        return upgrade(l);
    /* a store of this schema made before documents_num_id gets it */
    int has = 0;
    if ((err = one_int(l, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                          " AND name = 'documents_num_id'", &has)))
        return err;
    return has ? 0 : pl_lite_exec(l, "CREATE INDEX IF NOT EXISTS documents_num_id"
                                  " ON documents(num, id)", "opening");
}

int pl_lite_ready_to_write(struct lite *l)
{
    /* a transaction that a failed rollback (out of memory even for
     * ROLLBACK) left open is undone, so that the handle stays usable */
    if (!l->tx && l->db && !sqlite3_get_autocommit(l->db))
        sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    if (!l->reconnect)
        return 0;
    disconnect(l);
    int err = connect(l);
    if (!err)
        l->reconnect = 0;
    return err;
}
