/* store.h — private parts of the store (stage 9, the SQLite sink): the
 * handle, error helpers, the schema and its migrations, and the raw insert
 * that parley_store_put and the unit tests share. */
#ifndef PARLEY_STORE_H
#define PARLEY_STORE_H

#include <sqlite3.h>
#include <stdint.h>

#include "parley.h"

/* A text or blob that SQLite could not copy when bound (out of memory)
 * leaves the parameter NULL, and the statement would store a NULL where
 * the value belongs: half a document (issue 13, found by
 * tests/unit/test_oom.c). In the store's files every such bind goes
 * through store_bound, which remembers the failure in the thread, and
 * every sqlite3_step through store_step, which then fails with
 * SQLITE_NOMEM instead of running the statement. */
int store_bound(int rc);
int store_step(sqlite3_stmt *s);
#define sqlite3_bind_text(...) store_bound(sqlite3_bind_text(__VA_ARGS__))
#define sqlite3_bind_blob(...) store_bound(sqlite3_bind_blob(__VA_ARGS__))
#define sqlite3_bind_text64(...) store_bound(sqlite3_bind_text64(__VA_ARGS__))
#define sqlite3_step(s) store_step(s)

/* The newest schema this code writes; see schema.c for what each version
 * added. */
#define STORE_SCHEMA_VERSION 3
/* PRAGMA application_id of a parley store: "PRLY". */
#define STORE_APP_ID 0x50524c59

struct parley_store {
    sqlite3 *db;
    char *path;
    parley_buf err;  /* last message, "" when none */
    int readonly;
    int force; /* PARLEY_STORE_FORCE */
    int reconnect; /* a write ran out of memory: reopen before the next */
    int busy_ms;
    sqlite3_stmt *has, *ins_doc, *del_doc, *del_sent, *del_ev, *ins_sent,
        *ins_ev, *begin, *commit, *rollback, *fts_add;
    /* 1 between parley_store_begin and parley_store_commit: puts join that
     * transaction. */
    int batch;
    /* Events rid fts_lo..fts_hi were stored in the open transaction but
     * are not in evidence_fts yet (0, 0: none). Full-text rows are added
     * with one statement before the commit (fts_sync in store.c), not
     * one per event by a trigger: FTS5 writes its pending terms out as a
     * new segment at every statement journal or savepoint, which a
     * trigger's statement has. Queries on this handle do not see the
     * open transaction's events in evidence_fts until then. */
    sqlite3_int64 fts_lo, fts_hi;
};

/* Sets st's message from fmt and returns code. */
int store_fail(parley_store *st, int code, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Maps a failed SQLite call (rc) to a PARLEY_E* code and sets the message
 * "path: what: sqlite's message". */
int store_sqlerr(parley_store *st, int rc, const char *what);

/* Brings the schema from its current version to `to` (<=
 * STORE_SCHEMA_VERSION) in one transaction. Exposed so that tests can
 * build an old database and check the upgrade. */
int store_migrate(parley_store *st, int to);
/* The SQL of schema step v -> v + 1 (0 <= v < STORE_SCHEMA_VERSION). */
const char *store_migration_sql(int v);

/* 64-bit FNV-1a over the document's id, date, title, url, source and
 * text, each preceded by its length, so that moving bytes between fields
 * changes the hash. */
uint64_t store_hash(const parley_str *id, const parley_doc *doc);

/* Stores doc with events evs[0..nev) and sentence spans sent[0..2*nsent)
 * in one transaction; what parley_store_put does with a parley_result.
 * Returns enum parley_store_put_status or a negative error. */
int store_put_events(parley_store *st, const parley_doc *doc,
                     const parley_event *const *evs, size_t nev,
                     const size_t *sent, size_t nsent);

/* SQL function parley_fold(x) (fold.c): x case-folded with diacritics
 * removed, so that name filters match "Popsoi" to "Popșoi" as the
 * full-text search does. NULL stays NULL; invalid UTF-8 is compared as it
 * is. */
void store_sql_fold(sqlite3_context *cx, int argc, sqlite3_value **argv);
/* The same on text[0..n): a malloc'd, NUL-terminated string of *outn
 * bytes, or NULL when out of memory. */
char *store_fold(const char *text, size_t n, size_t *outn);

/* SQL under construction (filter.c): text and the parameters of its ?s,
 * in order; strings (owned) or integers. Zero-initialise, then
 * store_sql_free. Out of memory is remembered in nomem. */
#define STORE_SQL_MAXP 64
struct store_sql {
    parley_buf b;
    char *p[STORE_SQL_MAXP];
    long long iv[STORE_SQL_MAXP];
    int isint[STORE_SQL_MAXP];
    int np;
    int nomem;
};

void store_sql_add(struct store_sql *q, const char *frag);
/* Binds pre + v + post (LIKE wildcards in v escaped when like). */
void store_sql_param(struct store_sql *q, const char *pre, const char *v,
                     const char *post, int like);
void store_sql_iparam(struct store_sql *q, long long v);
void store_sql_free(struct store_sql *q);
/* The FTS5 search v as one quoted phrase, for searches that do not parse
 * as FTS5 syntax. Caller frees; NULL when out of memory. */
char *store_fts_phrase(const char *v);
/* Whether an actor filter value is taken as a code (KAZ, IGOUNO), which
 * the indexes on countries, organisations and codes answer, rather than
 * as part of a name, which only a scan of every event can. */
int store_code_like(const char *v);
/* Whether v is YYYY, YYYY-MM or YYYY-MM-DD (digits in place). */
int store_valid_date(const char *v);
/* Appends " AND ..." conditions of f over events e (text replaces f->text,
 * for the phrase retry). A bad value fails with PARLEY_EINVAL and a
 * message naming the option, opt + name ("--from" for the command line,
 * "from" for the API). */
int store_filter_sql(parley_store *st, struct store_sql *q,
                     const parley_store_filter *f, const char *text,
                     const char *opt);

/* A query built by build(st, q, f, text, ctx) and run with row() for
 * each result row; retried once with the text filter as a quoted phrase
 * when FTS5 rejects it (serve_queries.c). Returns 0, row()'s non-zero
 * value, PARLEY_EINVAL or a database error. */
typedef int (*store_build_fn)(parley_store *st, struct store_sql *q,
                              const parley_store_filter *f, const char *text,
                              void *ctx);
typedef int (*store_row_fn)(sqlite3_stmt *s, void *ctx);
int store_filtered(parley_store *st, const parley_store_filter *f,
                   store_build_fn build, store_row_fn row, void *ctx);

/* Writes to out the SQL expression of side ("source" or "target") of
 * events e that tells actors apart at level (enum parley_level); NULL for
 * an actor without one (aggregate.c). */
void store_level_key(char *out, size_t n, int level, const char *side);

#endif
