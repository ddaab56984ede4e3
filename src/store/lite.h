/* lite.h — private parts of the SQLite backend of the store (lite_*.c):
 * the handle, its statements and caches, the schema and its migrations.
 * The schema (version 4) keeps a narrow events table for filtering, the
 * rest of each event in event_detail, actors, places and keys interned,
 * an actor-key index (event_keys: the terms key + side, the row ids day
 * << 32 | event) read in date order, full-text and trigram indexes, and
 * summary tables. */
#ifndef PARLEY_STORE_LITE_H
#define PARLEY_STORE_LITE_H

#include <sqlite3.h>

#include "store/store.h"
#include "store/sum.h"

/* The newest schema this code writes; see lite_schema.c. */
#define LITE_SCHEMA_VERSION 4

/* A text or blob that SQLite could not copy when bound (out of memory)
 * leaves the parameter NULL, and the statement would store a NULL where
 * the value belongs: half a document (issue 13, found by
 * tests/unit/test_oom.c). In the backend's files every such bind goes
 * through pl_lite_bound, which remembers the statement in the thread, and
 * every sqlite3_step through pl_lite_step, which then fails with
 * SQLITE_NOMEM instead of running that statement (lite_open.c); a
 * statement handed out again for new bindings (pl_lite_stmt, pl_lite_pool) is
 * forgotten. */
int pl_lite_bound(sqlite3_stmt *s, int rc);
int pl_lite_step(sqlite3_stmt *s);
void pl_lite_unbound(sqlite3_stmt *s);
#define sqlite3_bind_text(s, ...) pl_lite_bound(s, sqlite3_bind_text(s, __VA_ARGS__))
#define sqlite3_bind_blob(s, ...) pl_lite_bound(s, sqlite3_bind_blob(s, __VA_ARGS__))
#define sqlite3_bind_text64(s, ...) pl_lite_bound(s, sqlite3_bind_text64(s, __VA_ARGS__))
/* finalised, a statement is forgotten too (its address may come again) */
int pl_lite_finalize(sqlite3_stmt *s);
#define sqlite3_finalize(s) pl_lite_finalize(s)
#define sqlite3_step(s) pl_lite_step(s)
/* A scan without a limit reads this many events at once (about 1 kB of
 * memory each), a date with more on its own (pl_lite_scan.c). */
/* The page cache of a read-only handle (PRAGMA cache_size), and of one
 * during a scan that maps the file (pl_lite_scan.c). */
#define PL_LITE_READ_CACHE "-32768"
#define PL_LITE_MAPPED_CACHE "-2048"
#define PL_LITE_BATCH_EVENTS 16384
#define PL_LITE_BATCH_DATE_MAX 65536

/* PRAGMA application_id of a parley store: "PRLY". */
#define LITE_APP_ID 0x50524c59

/* Statements prepared once per handle. */
enum {
    LS_BEGIN, LS_COMMIT, LS_ROLLBACK,
    LS_DOC_GET, LS_DOC_INS, LS_DOC_UPD, LS_DOC_ID, LS_DOC_ROW,
    LS_EV_INS, LS_DET_INS, LS_FTS_PEND, LS_FTS_DEL,
    LS_EV_OF_DOC, LS_EV_DEL, LS_DET_DEL, LS_EV_FULL, LS_EV_LIGHT,
    LS_KEY_GET, LS_KEY_INS, LS_KEY_ROLES, LS_ACT_GET, LS_ACT_INS,
    LS_PLACE_GET, LS_PLACE_INS, LS_ACT_ROW, LS_PLACE_ROW, LS_KEY_ROW,
    LS_COUNTER, LS_DAY_ORDER, LS_DAY_ROWS, LS_N
};

/* A cache of interned values: canonical string -> id (and roles). */
struct icache_e {
    char *k;
    int64_t id;
    int roles;
};
struct icache {
    struct icache_e *e;
    size_t n, cap;
    size_t *slot;
    size_t nslot;
};

/* What an actor row holds, cached by id for reading events back. */
struct lactor {
    int64_t id;
    char *name, *role, *country, *org, *code, *sector;
};
struct lplace {
    int64_t id;
    char *name, *country;
    double lat, lon;
    int has_coords;
};

struct lite {
    parley_store base;
    sqlite3 *db;
    sqlite3_stmt *s[LS_N];
    struct icache keys, actors, places;
    /* id -> row caches for reading */
    struct lactor *ra;
    size_t nra, capra;
    struct lplace *rp;
    size_t nrp, caprp;
    struct icache raidx, rpidx; /* "id" -> index into ra / rp */
    int rerr;                 /* the error of pl_lite_actor or pl_lite_place
                                 when they returned NULL */
    struct sacc acc;          /* summary changes of the open transaction */

    int64_t key_mark;         /* keys with larger ids are not in keys_tri */
    int tx;                   /* a write transaction is open */
    int reconnect;            /* a write ran out of memory: reopen the
                                 connection before the next (pl_lite_begin) */
    /* the document of the last event read (its text for evidence) */
    int64_t doc_num;
    char *doc_id, *doc_date, *doc_title, *doc_url, *doc_source, *doc_text;
    size_t doc_text_n;
    parley_buf scratch;       /* topics of the event being read */
    /* a scan without a limit reads up to batch_events events of whole
     * dates in one pass, a date of more than batch_date_max on its own
     * (pl_lite_scan.c; set at open, smaller in tests) */
    size_t batch_events, batch_date_max;
    /* statements of scans, kept for reuse */
    sqlite3_stmt **pool;
    char **pool_sql;
    size_t npool, cappool;
};

#define LITE(st) ((struct lite *)(st))

/* Maps a failed SQLite call (rc) to a PARLEY_E* code and sets the message
 * "path: what: sqlite's message". */
int pl_lite_err(struct lite *l, int rc, const char *what);
/* Prepares statement i of the handle (once), reset and unbound. */
int pl_lite_stmt(struct lite *l, int i, sqlite3_stmt **out);
/* Runs a statement that returns no row, then resets it. */
int pl_lite_run(struct lite *l, sqlite3_stmt *s, const char *what);
int pl_lite_exec(struct lite *l, const char *sql, const char *what);
/* A statement of sql from the handle's pool, or a new one; give it back
 * with pl_lite_unpool. */
int pl_lite_pool(struct lite *l, const char *sql, sqlite3_stmt **out);
void pl_lite_unpool(struct lite *l, sqlite3_stmt *s);

void pl_lite_bind_str(sqlite3_stmt *s, int i, parley_str v);
void pl_lite_bind_cstr(sqlite3_stmt *s, int i, const char *v);

/* After a write failed for want of memory, the next one starts on a new
 * connection: SQLite 3.40's FTS5 can keep stale state in the old one (the
 * next delete then reports "database disk image is malformed" while the
 * file is sound; found by tests/unit/test_oom.c). Also undoes a
 * transaction that a failed ROLLBACK left open. Returns 0 or an error. */
int pl_lite_ready_to_write(struct lite *l);

/* ---- schema (lite_schema.c) ------------------------------------------ */

/* The SQL of schema step v -> v + 1 for v < 3, the steps of the first
 * releases, kept so that tests can build an old database. */
const char *pl_lite_migration_sql(int v);
/* Brings the schema from version `from` to LITE_SCHEMA_VERSION in the
 * open write transaction; step 3 -> 4 re-files every stored event. */
int pl_lite_migrate(struct lite *l, int from);
/* Schema 3 -> 4 (pl_lite_migrate.c). */
int pl_lite_migrate_v3(struct lite *l);

/* ---- writing (pl_lite_put.c) -------------------------------------------- */

int pl_lite_has(parley_store *st, parley_str id, uint64_t hash);
int pl_lite_put(parley_store *st, const struct sdoc *d);
int pl_lite_begin(parley_store *st);
int pl_lite_commit(parley_store *st);
void pl_lite_rollback(parley_store *st);
/* Stores one document's row and events in the open transaction (the put
 * without its transaction; the migration uses it). Returns the status. */
int pl_lite_put_tx(struct lite *l, const struct sdoc *d, const char *ingested_at);
/* Writes the open transaction's summary changes and pending full-text
 * rows. */
int pl_lite_flush(struct lite *l);
/* Forgets the interning caches (after a rollback). */
void pl_lite_caches_clear(struct lite *l);
/* The id of key (kind, value), interned when add (roles are merged);
 * 0 when absent and !add; negative on error. */
int64_t pl_lite_key(struct lite *l, char kind, parley_str value, int roles, int add);
/* The id of place p (p->name not NULL), interned. */
int64_t pl_lite_place_id(struct lite *l, const parley_place *p);
/* The actor-key terms of ev (pl_lite_put.c): "a y0.. e0.. c0.. ..." into b,
 * keys interned when add (else a missing key leaves its terms out).
 * Returns 0 or an error. */
int pl_lite_event_terms(struct lite *l, const parley_event *ev, parley_buf *b,
                     int add);

/* ---- reading (pl_lite_scan.c, lite_sum.c) ------------------------------- */

int pl_lite_scan(parley_store *st, const struct splan *p, const struct sscan *sc);
/* Fills e with event rid (full: everything; else what aggregates need). */
int pl_lite_event(struct lite *l, int64_t rid, int full, struct sevent *e);
/* The actor or place with id, from the cache or read into it; NULL on
 * error (message set, its code in l->rerr). Pointers stay valid until pl_lite_read_caches_trim. */
const struct lactor *pl_lite_actor(struct lite *l, int64_t id);
const struct lplace *pl_lite_place(struct lite *l, int64_t id);
/* Empties the read caches when they grew large; call only where no
 * pointer from pl_lite_actor/pl_lite_place is held. */
void pl_lite_read_caches_trim(struct lite *l);
int pl_lite_document(parley_store *st, const char *id, parley_store_doc_fn fn,
                  void *ud, int64_t *num);
int pl_lite_stats(parley_store *st, parley_store_stat_fn fn, void *ud);
int pl_lite_check(parley_store *st);
int pl_lite_counts(parley_store *st, long top, parley_store_count_fn fn, void *ud);
int pl_lite_actors(parley_store *st, const char *q, long limit,
                parley_store_actor_fn fn, void *ud);
int pl_lite_graph_nodes(parley_store *st, long max, parley_store_actor_fn fn,
                     void *ud);
int pl_lite_graph_edges(parley_store *st, const char *const *keys, size_t n,
                     parley_store_edge_fn fn, void *ud);
int pl_lite_summary(parley_store *st, int table, store_sum_cb cb, void *ud);
int pl_lite_signature(parley_store *st, int64_t sig[2]);
int pl_lite_time_limit(parley_store *st, long ms);

/* ---- caches (lite_cache.c) ------------------------------------------- */

struct icache_e *pl_icache_get(struct icache *c, const char *k, size_t n);
int pl_icache_put(struct icache *c, const char *k, size_t n, int64_t id, int roles);
void pl_icache_clear(struct icache *c);

#endif
