/* store.c — the store handle (stage 9, the SQLite sink): opening a file
 * (WAL, foreign keys, busy timeout, schema checks and upgrade), error
 * messages, and the put that adds or replaces a document with its
 * sentences and events, in a transaction of its own or in a batch. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store.h"

int store_fail(parley_store *st, int code, const char *fmt, ...)
{
    va_list ap;
    char tmp[512];
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    parley_buf_reset(&st->err);
    parley_buf_adds(&st->err, tmp);
    return code;
}

static _Thread_local int bind_failed;

int store_bound(int rc)
{
    if (rc != SQLITE_OK)
        bind_failed = rc;
    return rc;
}

#undef sqlite3_step
int store_step(sqlite3_stmt *s)
{
    if (bind_failed) {
        int rc = bind_failed;
        bind_failed = 0;
        return rc;
    }
    return sqlite3_step(s);
}
#define sqlite3_step(s) store_step(s)

int store_sqlerr(parley_store *st, int rc, const char *what)
{
    const char *msg = st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return store_fail(st, PARLEY_EBUSY,
                          "%s: %s: database is locked by another process "
                          "(waited %d ms)", st->path, what,
                          st->busy_ms > 0 ? st->busy_ms : 0);
    case SQLITE_READONLY:
        return store_fail(st, PARLEY_EREADONLY,
                          "%s: %s: database is read-only (%s)", st->path,
                          what, msg);
    case SQLITE_NOMEM:
        return store_fail(st, PARLEY_ENOMEM, "%s: %s: out of memory",
                          st->path, what);
    case SQLITE_NOTADB:
        return store_fail(st, PARLEY_EDB,
                          "%s: %s: file is not a database (or is encrypted)",
                          st->path, what);
    case SQLITE_CORRUPT:
        return store_fail(st, PARLEY_EDB,
                          "%s: %s: database file is corrupt (%s)", st->path,
                          what, msg);
    case SQLITE_FULL:
        return store_fail(st, PARLEY_EDB, "%s: %s: disk or database full",
                          st->path, what);
    case SQLITE_CANTOPEN:
        return store_fail(st, PARLEY_EDB,
                          "%s: %s: cannot open the database file or its "
                          "journal (check the directory's permissions)",
                          st->path, what);
    default:
        return store_fail(st, PARLEY_EDB, "%s: %s: %s", st->path, what, msg);
    }
}

const char *parley_store_errmsg(const parley_store *st)
{
    if (!st)
        return "out of memory";
    return st->err.p ? st->err.p : "";
}

static int one_int(parley_store *st, const char *sql, int *out)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(s, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *out = 0;
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(s);
    return rc;
}

/* Checks that the file is a parley store this code can read: returns 0
 * and its version in *v, or an error. */
static int check_schema(parley_store *st, int *v)
{
    int app = 0, nobj = 0, rc;
    if ((rc = one_int(st, "SELECT count(*) FROM sqlite_master", &nobj)) ||
        (rc = one_int(st, "PRAGMA application_id", &app)) ||
        (rc = one_int(st, "PRAGMA user_version", v)))
        return store_sqlerr(st, rc, "opening");
    if (app != 0 && app != STORE_APP_ID)
        return store_fail(st, PARLEY_ESCHEMA,
                          "%s: not a parley database (application id %#x)",
                          st->path, (unsigned)app);
    if (*v == 0 && nobj > 0)
        return store_fail(st, PARLEY_ESCHEMA,
                          "%s: not a parley database (it has tables but no "
                          "parley schema version)", st->path);
    if (*v > STORE_SCHEMA_VERSION)
        return store_fail(st, PARLEY_ESCHEMA,
                          "%s: database schema version %d is newer than "
                          "this parley (%s) understands (up to %d); use a "
                          "newer parley", st->path, *v, PARLEY_VERSION,
                          STORE_SCHEMA_VERSION);
    return 0;
}

static int add_functions(parley_store *st)
{
    int rc = sqlite3_create_function_v2(
        st->db, "parley_fold", 1,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
        store_sql_fold,
        NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : store_sqlerr(st, rc, "opening");
}

static int open_immutable(parley_store *st)
{
    parley_buf wal = PARLEY_BUF_INIT, uri = PARLEY_BUF_INIT;
    struct stat sb;
    parley_buf_addf(&wal, "%s-wal", st->path);
    int has_wal = stat(wal.p, &sb) == 0 && sb.st_size > 0;
    parley_buf_release(&wal);
    if (has_wal)
        return store_fail(st, PARLEY_EREADONLY,
                          "%s: cannot read: the directory is not writable "
                          "and the write-ahead log %s-wal holds changes; "
                          "open it once where it can be written",
                          st->path, st->path);
    static const char hex[] = "0123456789ABCDEF";
    parley_buf_adds(&uri, "file:");
    for (const unsigned char *p = (const unsigned char *)st->path; *p; p++)
        if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21 || *p >= 0x7f) {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            parley_buf_add(&uri, e, 3);
        } else {
            parley_buf_addc(&uri, (char)*p);
        }
    if (parley_buf_adds(&uri, "?immutable=1")) {
        parley_buf_release(&uri);
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    sqlite3_close(st->db);
    st->db = NULL;
    int rc = sqlite3_open_v2(uri.p, &st->db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                                 SQLITE_OPEN_NOMUTEX,
                             NULL);
    parley_buf_release(&uri);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "opening");
    sqlite3_extended_result_codes(st->db, 1);
    return 0;
}

static int connect(parley_store *st);

int parley_store_open(parley_store **out, const char *path,
                      const parley_store_opts *opts)
{
    parley_store *st = calloc(1, sizeof *st);
    *out = st;
    if (!st)
        return PARLEY_ENOMEM;
    parley_buf_init(&st->err);
    st->readonly = opts && (opts->flags & PARLEY_STORE_READONLY);
    st->force = opts && (opts->flags & PARLEY_STORE_FORCE);
    st->busy_ms = opts && opts->busy_timeout_ms ? opts->busy_timeout_ms : 5000;
    if (!path || !*path) {
        st->path = strdup("(null)");
        return store_fail(st, PARLEY_EINVAL, "no database file given");
    }
    st->path = strdup(path);
    if (!st->path)
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    struct stat sb;
    if (st->readonly && stat(path, &sb) != 0)
        return store_fail(st, PARLEY_ENOENT, "%s: no such database", path);
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return store_fail(st, PARLEY_EINVAL, "%s: is a directory", path);

    return connect(st);
}

/* Opens st's SQLite connection to st->path and readies it: schema check
 * (and migration), functions, pragmas. */
static int connect(parley_store *st)
{
    const char *path = st->path;
    /* A handle is used by one thread at a time (parley.h), so SQLite's
     * per-connection mutex, taken on every call, is not needed. */
    int flags = (st->readonly ? SQLITE_OPEN_READONLY
                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path, &st->db, flags, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "opening");
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, st->busy_ms > 0 ? st->busy_ms : 0);
    if (!st->readonly && sqlite3_db_readonly(st->db, "main") == 1)
        return store_fail(st, PARLEY_EREADONLY,
                          "%s: database file is read-only (no write "
                          "permission)", path);
    int v = 0, err = check_schema(st, &v);
    if (err && st->readonly && (err == PARLEY_EREADONLY || err == PARLEY_EDB)) {
        /* Reading a WAL database needs its -shm file; in a directory we
         * may not write, it cannot be made. With no -wal file left over
         * the database file is complete, and SQLite can read it as an
         * immutable file. */
        if ((err = open_immutable(st)) == 0)
            err = check_schema(st, &v);
    }
    if (!err)
        err = add_functions(st);
    if (err)
        return err;
    if (st->readonly) {
        if (v < STORE_SCHEMA_VERSION)
            return store_fail(st, PARLEY_ESCHEMA,
                              "%s: database schema version %d is older than "
                              "this parley's (%d); open it once for writing "
                              "(parley ingest) to upgrade it", path, v,
                              STORE_SCHEMA_VERSION);
        rc = sqlite3_exec(st->db, "PRAGMA query_only = 1", NULL, NULL, NULL);
        return rc == SQLITE_OK ? 0 : store_sqlerr(st, rc, "opening");
    }
    /* WAL: readers do not block the writer, and each committed document
     * survives a crash of the process; synchronous=NORMAL gives up
     * durability on power loss only (never consistency) for speed. */
    sqlite3_stmt *s;
    rc = sqlite3_prepare_v2(st->db, "PRAGMA journal_mode = WAL", -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const char *m = (const char *)sqlite3_column_text(s, 0);
            rc = m && !strcmp(m, "wal") ? SQLITE_OK : SQLITE_ERROR;
        }
        sqlite3_finalize(s);
        if (rc == SQLITE_ERROR)
            return store_fail(st, PARLEY_EDB,
                              "%s: cannot switch the database to WAL mode",
                              path);
    }
    /* A writer's batch dirties pages all over the indexes on dates
     * (documents do not come in date order): a 64 MiB page cache keeps
     * them from being spilled to the WAL and read back within a batch, and
     * a checkpoint every 256 MiB of WAL (instead of 32) copies a page that
     * several batches rewrote once, with fewer fsyncs. Both are upper
     * bounds; a small store uses what it needs. */
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(st->db,
                          "PRAGMA synchronous = NORMAL;"
                          "PRAGMA temp_store = MEMORY;"
                          "PRAGMA cache_size = -65536;"
                          "PRAGMA wal_autocheckpoint = 65536;"
                          "PRAGMA foreign_keys = ON;",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "opening");
    if (v < STORE_SCHEMA_VERSION)
        return store_migrate(st, STORE_SCHEMA_VERSION);
    return 0;
}

/* Finalises st's statements and closes its connection. */
static void disconnect(parley_store *st)
{
    sqlite3_stmt **all[] = {&st->has,      &st->ins_doc,    &st->del_doc,
                            &st->del_sent, &st->del_ev,     &st->ins_sent,
                            &st->ins_ev,   &st->begin,      &st->commit,
                            &st->rollback, &st->fts_add};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        sqlite3_finalize(*all[i]);
        *all[i] = NULL;
    }
    /* A batch that was not committed is dropped, as a crash would drop
     * it; say so explicitly rather than leave it to sqlite3_close. */
    if (st->db && !sqlite3_get_autocommit(st->db))
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(st->db);
    st->db = NULL;
    st->batch = 0;
    st->fts_lo = st->fts_hi = 0;
}

/* After a write failed for want of memory, the next write starts on a new
 * connection: SQLite 3.40's FTS5 can keep stale state in the old one
 * (the next delete then reports "database disk image is malformed" while
 * the file is sound; found by tests/unit/test_oom.c). */
static int reconnect_if_needed(parley_store *st)
{
    if (!st->reconnect)
        return 0;
    disconnect(st);
    int err = connect(st);
    if (!err)
        st->reconnect = 0;
    return err;
}

void parley_store_close(parley_store *st)
{
    if (!st)
        return;
    disconnect(st);
    parley_buf_release(&st->err);
    free(st->path);
    free(st);
}

/* ---- hashing ---------------------------------------------------------- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static uint64_t fnv_str(uint64_t h, parley_str s)
{
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)((uint64_t)s.n >> (8 * i));
    h = fnv(h, len, 8);
    return s.n ? fnv(h, s.p, s.n) : h;
}

uint64_t store_hash(const parley_str *id, const parley_doc *doc)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fnv_str(h, *id);
    h = fnv_str(h, doc->date);
    h = fnv_str(h, doc->title);
    h = fnv_str(h, doc->url);
    h = fnv_str(h, doc->source);
    h = fnv_str(h, doc->text);
    return h;
}

/* ---- put -------------------------------------------------------------- */

static int prep(parley_store *st, sqlite3_stmt **s, const char *sql)
{
    if (*s) {
        sqlite3_reset(*s);
        sqlite3_clear_bindings(*s);
        return 0;
    }
    int rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                                s, NULL);
    return rc == SQLITE_OK ? 0 : store_sqlerr(st, rc, "preparing a statement");
}

static int bind_str(sqlite3_stmt *s, int i, parley_str v)
{
    if (!v.n)
        return sqlite3_bind_null(s, i);
    return sqlite3_bind_text(s, i, v.p, (int)v.n, SQLITE_TRANSIENT);
}

static int bind_cstr(sqlite3_stmt *s, int i, const char *v)
{
    return v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT)
             : sqlite3_bind_null(s, i);
}

/* Runs a statement that returns no row. */
static int run(parley_store *st, sqlite3_stmt *s, const char *what)
{
    int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(s);
        return 0;
    }
    int err = store_sqlerr(st, rc, what);
    sqlite3_reset(s);
    return err;
}

/* Adds the events stored since the last call to the full-text index. */
static int fts_sync(parley_store *st)
{
    if (!st->fts_hi)
        return 0;
    int err = prep(st, &st->fts_add,
                   "INSERT INTO evidence_fts(rowid, evidence)"
                   " SELECT rid, evidence FROM events"
                   " WHERE rid BETWEEN ?1 AND ?2");
    if (err)
        return err;
    sqlite3_bind_int64(st->fts_add, 1, st->fts_lo);
    sqlite3_bind_int64(st->fts_add, 2, st->fts_hi);
    if ((err = run(st, st->fts_add, "indexing evidence for full-text search")))
        return err;
    st->fts_lo = st->fts_hi = 0;
    return 0;
}

/* Notes that event rid is waiting for fts_sync. New rows normally get
 * consecutive rids; should one not, the waiting ones are indexed first so
 * that the range stays exact. */
static int fts_pending(parley_store *st, sqlite3_int64 rid)
{
    if (st->fts_hi && rid != st->fts_hi + 1) {
        int err = fts_sync(st);
        if (err)
            return err;
    }
    if (!st->fts_hi)
        st->fts_lo = rid;
    st->fts_hi = rid;
    return 0;
}

/* Ends the open transaction, if any, undoing it; the batch, if one was
 * open, is over. */
static void rollback(parley_store *st)
{
    if (sqlite3_get_autocommit(st->db) == 0 &&
        !prep(st, &st->rollback, "ROLLBACK"))
        sqlite3_step(st->rollback), sqlite3_reset(st->rollback);
    st->batch = 0;
    st->fts_lo = st->fts_hi = 0;
}

/* A transaction that a failed rollback left open (out of memory even for
 * ROLLBACK) is undone before the next one starts, so that the handle
 * stays usable (issue 13, found by tests/unit/test_oom.c). */
static void undo_stale(parley_store *st)
{
    if (!st->batch && sqlite3_get_autocommit(st->db) == 0)
        rollback(st);
}

/* Looks up the stored hash of document id: 1 and *hash, 0 when absent. */
static int stored_hash(parley_store *st, parley_str id, char hash[17])
{
    int err = prep(st, &st->has,
                   "SELECT content_hash FROM documents WHERE id = ?");
    if (err)
        return err;
    bind_str(st->has, 1, id);
    int rc = sqlite3_step(st->has);
    if (rc == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(st->has, 0);
        snprintf(hash, 17, "%s", h ? h : "");
        sqlite3_reset(st->has);
        return 1;
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st->has);
        return 0;
    }
    err = store_sqlerr(st, rc, "looking up a document");
    sqlite3_reset(st->has);
    return err;
}

int parley_store_has(parley_store *st, const parley_doc *doc)
{
    if (!st || !st->db || !doc)
        return PARLEY_EINVAL;
    parley_buf id = PARLEY_BUF_INIT;
    if (parley_doc_id(&id, doc)) {
        parley_buf_release(&id);
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    parley_str ids = {id.p, id.n};
    char want[17], have[17];
    snprintf(want, sizeof want, "%016llx",
             (unsigned long long)store_hash(&ids, doc));
    int rc = stored_hash(st, ids, have);
    parley_buf_release(&id);
    if (rc <= 0)
        return rc;
    return !strcmp(want, have);
}

/* The event id the JSON writer chose. Its line begins {"doc": D, "id": I
 * with I = D:sentence:seq, so the usual case is settled by comparing that
 * beginning with what the rule gives (parsing every line with jansson took
 * a fifth of an ingest); a line of another shape is parsed. Returns a
 * malloc'd id, or NULL when out of memory or the line has no id. */
static char *event_id(parley_str did, const parley_event *ev,
                      const char *line, size_t n, parley_buf *tmp)
{
    parley_buf pre = PARLEY_BUF_INIT;
    parley_buf_reset(tmp);
    int err = parley_buf_add(tmp, did.p, did.n);
    err |= parley_buf_addf(tmp, ":%zu:%zu", ev->sentence, ev->seq);
    err |= parley_buf_adds(&pre, "{\"doc\": ");
    err |= parley_buf_add_json(&pre, did);
    err |= parley_buf_adds(&pre, ", \"id\": ");
    err |= parley_buf_add_json(&pre, (parley_str){tmp->p, tmp->n});
    int same = !err && n >= pre.n && !memcmp(line, pre.p, pre.n);
    parley_buf_release(&pre);
    if (same)
        return strdup(tmp->p);
    json_t *o = json_loadb(line, n, 0, NULL);
    const char *id = o ? json_string_value(json_object_get(o, "id")) : NULL;
    char *r = id ? strdup(id) : NULL;
    json_decref(o);
    return r;
}

static int bind_actor(sqlite3_stmt *s, int i, const parley_actor *a)
{
    bind_str(s, i, a->text);
    bind_cstr(s, i + 1, a->name);
    bind_cstr(s, i + 2, a->role);
    bind_cstr(s, i + 3, a->country);
    bind_cstr(s, i + 4, a->org);
    return bind_cstr(s, i + 5, a->code);
}

static const char ins_ev_sql[] =
    "INSERT INTO events(id, doc, seq, date, type, mode, cameo, quad,"
    " goldstein, negated,"
    " source_text, source_name, source_role, source_country, source_org,"
    " source_code,"
    " target_text, target_name, target_role, target_country, target_org,"
    " target_code,"
    " place_name, place_country, place_lat, place_lon, topics, sentence,"
    " span_start, span_end, evidence, json)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
    " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28,"
    " ?29, ?30, ?31, ?32)";

static int put_event(parley_store *st, const parley_doc *doc, parley_str did,
                     const parley_event *ev, size_t seq, parley_buf *line,
                     parley_buf *tmp)
{
    parley_buf_reset(line);
    if (parley_write_json(line, doc, ev, seq))
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    while (line->n && (line->p[line->n - 1] == '\n'))
        line->p[--line->n] = '\0';
    char *id = event_id(did, ev, line->p, line->n, tmp);
    if (!id) {
        /* The writer always gives an id; this only guards the store. */
        parley_buf_reset(tmp);
        parley_buf_add(tmp, did.p, did.n);
        parley_buf_addf(tmp, ":%zu:%zu", ev->sentence, seq);
        id = strdup(tmp->p);
        if (!id)
            return store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    int err = prep(st, &st->ins_ev, ins_ev_sql);
    if (err) {
        free(id);
        return err;
    }
    sqlite3_stmt *s = st->ins_ev;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    bind_str(s, 2, did);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)seq);
    bind_cstr(s, 4, ev->date);
    bind_cstr(s, 5, ev->type ? ev->type : "");
    bind_cstr(s, 6, ev->mode);
    bind_cstr(s, 7, ev->cameo);
    sqlite3_bind_int(s, 8, ev->quad);
    sqlite3_bind_double(s, 9, ev->goldstein);
    sqlite3_bind_int(s, 10, ev->negated ? 1 : 0);
    bind_actor(s, 11, &ev->source);
    bind_actor(s, 17, &ev->target);
    bind_cstr(s, 23, ev->place.name);
    bind_cstr(s, 24, ev->place.country);
    if (ev->place.has_coords) {
        sqlite3_bind_double(s, 25, ev->place.lat);
        sqlite3_bind_double(s, 26, ev->place.lon);
    }
    parley_buf_reset(tmp);
    parley_buf_addc(tmp, '[');
    for (size_t i = 0; i < ev->ntopics && i < PARLEY_MAX_TOPICS; i++) {
        if (i)
            parley_buf_addc(tmp, ',');
        const char *t = ev->topics[i] ? ev->topics[i] : "";
        parley_buf_add_json(tmp, (parley_str){t, strlen(t)});
    }
    if (parley_buf_addc(tmp, ']')) {
        free(id);
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    sqlite3_bind_text(s, 27, tmp->p, (int)tmp->n, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 28, (sqlite3_int64)ev->sentence);
    sqlite3_bind_int64(s, 29, (sqlite3_int64)ev->span[0]);
    sqlite3_bind_int64(s, 30, (sqlite3_int64)ev->span[1]);
    if (ev->span[0] <= ev->span[1] && ev->span[1] <= doc->text.n)
        bind_str(s, 31, (parley_str){doc->text.p + ev->span[0],
                                     ev->span[1] - ev->span[0]});
    sqlite3_bind_text(s, 32, line->p, (int)line->n, SQLITE_TRANSIENT);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_CONSTRAINT_UNIQUE) {
        /* Two events with one id would be a coder bug; keep both rather
         * than lose one or fail the document. */
        sqlite3_reset(s);
        parley_buf_reset(tmp);
        parley_buf_addf(tmp, "%s.%zu", id, seq);
        sqlite3_bind_text(s, 1, tmp->p, (int)tmp->n, SQLITE_TRANSIENT);
        rc = sqlite3_step(s);
    }
    free(id);
    if (rc != SQLITE_DONE) {
        err = store_sqlerr(st, rc, "storing an event");
        sqlite3_reset(s);
        return err;
    }
    sqlite3_reset(s);
    return fts_pending(st, sqlite3_last_insert_rowid(st->db));
}

static int put_body(parley_store *st, const parley_doc *doc, parley_str did,
                    const char *hash, int replace,
                    const parley_event *const *evs, size_t nev,
                    const size_t *sent, size_t nsent)
{
    int err;
    if (replace) {
        /* The delete trigger takes the old events out of the full-text
         * index, so they must be in it, even if stored in this batch. */
        if ((err = fts_sync(st)))
            return err;
        if ((err = prep(st, &st->del_ev, "DELETE FROM events WHERE doc = ?")))
            return err;
        bind_str(st->del_ev, 1, did);
        if ((err = run(st, st->del_ev, "deleting old events")))
            return err;
        if ((err = prep(st, &st->del_sent, "DELETE FROM sentences WHERE doc = ?")))
            return err;
        bind_str(st->del_sent, 1, did);
        if ((err = run(st, st->del_sent, "deleting old sentences")))
            return err;
        if ((err = prep(st, &st->del_doc, "DELETE FROM documents WHERE id = ?")))
            return err;
        bind_str(st->del_doc, 1, did);
        if ((err = run(st, st->del_doc, "deleting an old document")))
            return err;
    }
    if ((err = prep(st, &st->ins_doc,
                    "INSERT INTO documents(id, content_hash, date, title, url,"
                    " source, origin, line, text, ingested_at) VALUES"
                    " (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")))
        return err;
    sqlite3_stmt *s = st->ins_doc;
    bind_str(s, 1, did);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_TRANSIENT);
    bind_str(s, 3, doc->date);
    bind_str(s, 4, doc->title);
    bind_str(s, 5, doc->url);
    bind_str(s, 6, doc->source);
    bind_cstr(s, 7, doc->origin);
    if (doc->line)
        sqlite3_bind_int64(s, 8, (sqlite3_int64)doc->line);
    sqlite3_bind_text(s, 9, doc->text.n ? doc->text.p : "", (int)doc->text.n,
                      SQLITE_TRANSIENT);
    if ((err = run(st, s, "storing a document")))
        return err;
    for (size_t i = 0; i < nsent; i++) {
        if ((err = prep(st, &st->ins_sent,
                        "INSERT INTO sentences(doc, idx, start, \"end\")"
                        " VALUES (?, ?, ?, ?)")))
            return err;
        bind_str(st->ins_sent, 1, did);
        sqlite3_bind_int64(st->ins_sent, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st->ins_sent, 3, (sqlite3_int64)sent[2 * i]);
        sqlite3_bind_int64(st->ins_sent, 4, (sqlite3_int64)sent[2 * i + 1]);
        if ((err = run(st, st->ins_sent, "storing a sentence")))
            return err;
    }
    parley_buf line = PARLEY_BUF_INIT, tmp = PARLEY_BUF_INIT;
    for (size_t i = 0; i < nev && !err; i++)
        err = put_event(st, doc, did, evs[i], i, &line, &tmp);
    parley_buf_release(&line);
    parley_buf_release(&tmp);
    return err;
}

int store_put_events(parley_store *st, const parley_doc *doc,
                     const parley_event *const *evs, size_t nev,
                     const size_t *sent, size_t nsent)
{
    if (!st || !st->db || !doc)
        return st ? store_fail(st, PARLEY_EINVAL, "no document") : PARLEY_EINVAL;
    if (st->readonly)
        return store_fail(st, PARLEY_EREADONLY,
                          "%s: store was opened read-only", st->path);
    if (doc->text.n > INT32_MAX)
        return store_fail(st, PARLEY_ETOOBIG, "%s: document too large to store",
                          st->path);
    parley_buf id = PARLEY_BUF_INIT;
    if (parley_doc_id(&id, doc)) {
        parley_buf_release(&id);
        return store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    parley_str did = {id.p, id.n};
    char hash[17], have[17];
    snprintf(hash, sizeof hash, "%016llx",
             (unsigned long long)store_hash(&did, doc));

    /* Inside a batch the document joins the batch's transaction. */
    int in_batch = st->batch, err = 0;
    if (!in_batch) {
        undo_stale(st);
        err = reconnect_if_needed(st);
        if (!err)
            err = prep(st, &st->begin, "BEGIN IMMEDIATE");
        if (!err)
            err = run(st, st->begin, "starting a transaction");
        if (err) {
            parley_buf_release(&id);
            return err;
        }
    }
    int status = PARLEY_STORE_ADDED;
    err = stored_hash(st, did, have);
    if (err == 1) {
        status = strcmp(hash, have) ? PARLEY_STORE_REPLACED
                 : st->force        ? PARLEY_STORE_RECODED
                                    : PARLEY_STORE_SKIPPED;
        err = 0;
    }
    if (!err && status != PARLEY_STORE_SKIPPED)
        err = put_body(st, doc, did, hash, status != PARLEY_STORE_ADDED,
                       evs, nev, sent, nsent);
    if (!err && !in_batch) {
        err = fts_sync(st);
        if (!err)
            err = prep(st, &st->commit, "COMMIT");
        if (!err)
            err = run(st, st->commit, "committing");
    }
    if (err) {
        /* A document half stored cannot stay: the whole transaction goes,
         * in a batch with the batch's earlier documents (a savepoint per
         * document would keep them, but makes every put slower). Keep the
         * first error's message; the rollback's own failure would say
         * less. */
        rollback(st);
        if (err == PARLEY_ENOMEM)
            st->reconnect = 1;
        if (in_batch)
            parley_buf_adds(&st->err, "; the documents stored since the "
                                      "batch began were rolled back too");
    }
    parley_buf_release(&id);
    return err ? err : status;
}

int parley_store_begin(parley_store *st)
{
    if (!st || !st->db)
        return PARLEY_EINVAL;
    if (st->readonly)
        return store_fail(st, PARLEY_EREADONLY,
                          "%s: store was opened read-only", st->path);
    if (st->batch)
        return store_fail(st, PARLEY_EINVAL,
                          "%s: a batch is already open", st->path);
    undo_stale(st);
    int err = reconnect_if_needed(st);
    if (!err)
        err = prep(st, &st->begin, "BEGIN IMMEDIATE");
    if (!err)
        err = run(st, st->begin, "starting a transaction");
    if (!err)
        st->batch = 1;
    return err;
}

int parley_store_commit(parley_store *st)
{
    if (!st || !st->db)
        return PARLEY_EINVAL;
    if (!st->batch)
        return 0;
    int err = fts_sync(st);
    if (!err)
        err = prep(st, &st->commit, "COMMIT");
    if (!err)
        err = run(st, st->commit, "committing");
    if (err)
        rollback(st);
    if (err == PARLEY_ENOMEM)
        st->reconnect = 1;
    st->batch = 0;
    return err;
}

int parley_store_put(parley_store *st, const parley_doc *doc,
                     const parley_result *res)
{
    size_t nev = res ? parley_result_count(res) : 0;
    size_t nsent = res ? parley_result_sentences(res) : 0;
    const parley_event **evs = nev ? malloc(nev * sizeof *evs) : NULL;
    size_t *sent = nsent ? malloc(2 * nsent * sizeof *sent) : NULL;
    int rc;
    if ((nev && !evs) || (nsent && !sent)) {
        rc = st ? store_fail(st, PARLEY_ENOMEM, "out of memory") : PARLEY_ENOMEM;
    } else {
        for (size_t i = 0; i < nev; i++)
            evs[i] = parley_result_event(res, i);
        for (size_t i = 0; i < nsent; i++)
            if (parley_result_sentence(res, i, sent + 2 * i))
                sent[2 * i] = sent[2 * i + 1] = 0;
        rc = store_put_events(st, doc, evs, nev, sent, nsent);
    }
    free(evs);
    free(sent);
    /* A put that fails, even before it wrote anything, ends the batch as
     * parley.h says (issue 13, found by tests/unit/test_oom.c). */
    if (rc < 0 && st && st->db && st->batch) {
        rollback(st);
        parley_buf_adds(&st->err, "; the documents stored since the batch began were "
                                  "rolled back too");
    }
    return rc;
}
