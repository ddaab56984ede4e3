/* pg.h — private parts of the PostgreSQL backend of the store (pg_*.c):
 * the handle, its connection and the batch it buffers. Tables live in the
 * schema "parley" of the database the URL names; events are partitioned
 * by month; a put only buffers, and the commit sends the batch with COPY
 * and merges it in one transaction, documents locked in id order, so that
 * several processes can write at once. */
#ifndef PARLEY_STORE_PG_H
#define PARLEY_STORE_PG_H

#include <libpq-fe.h>

#include "store/store.h"

/* libpq is not linked: it and the dozen libraries it needs (TLS,
 * Kerberos, LDAP) would be loaded and relocated at the start of every
 * run, some 15 ms, when most runs never open a PostgreSQL store. The
 * first PostgreSQL store opened loads it (pl_pq_load, pg_lib.c) and its
 * functions are called through pl_pq, under their own names. */
#define PL_PQ_FUNCS(X) \
    X(PQcancel) \
    X(PQclear) \
    X(PQcmdStatus) \
    X(PQconnectdb) \
    X(PQerrorMessage) \
    X(PQexec) \
    X(PQexecParams) \
    X(PQexecPrepared) \
    X(PQfinish) \
    X(PQfreeCancel) \
    X(PQfreemem) \
    X(PQgetCancel) \
    X(PQgetCopyData) \
    X(PQgetResult) \
    X(PQgetisnull) \
    X(PQgetvalue) \
    X(PQntuples) \
    X(PQprepare) \
    X(PQputCopyData) \
    X(PQputCopyEnd) \
    X(PQresultErrorField) \
    X(PQresultStatus) \
    X(PQsendQuery) \
    X(PQsendQueryParams) \
    X(PQsetNoticeReceiver) \
    X(PQsetSingleRowMode) \
    X(PQstatus)

typedef struct pl_pq_api {
#define X(f) __typeof__(f) *f;
    PL_PQ_FUNCS(X)
#undef X
} pl_pq_api;

extern pl_pq_api pl_pq;

/* Loads libpq once (thread-safe). Returns 0, or -1 with *why saying why
 * (a static or dlerror's string). */
int pl_pq_load(const char **why);

#ifndef PL_PQ_NO_MACROS
#define PQcancel (pl_pq.PQcancel)
#define PQclear (pl_pq.PQclear)
#define PQcmdStatus (pl_pq.PQcmdStatus)
#define PQconnectdb (pl_pq.PQconnectdb)
#define PQerrorMessage (pl_pq.PQerrorMessage)
#define PQexec (pl_pq.PQexec)
#define PQexecParams (pl_pq.PQexecParams)
#define PQexecPrepared (pl_pq.PQexecPrepared)
#define PQfinish (pl_pq.PQfinish)
#define PQfreeCancel (pl_pq.PQfreeCancel)
#define PQfreemem (pl_pq.PQfreemem)
#define PQgetCancel (pl_pq.PQgetCancel)
#define PQgetCopyData (pl_pq.PQgetCopyData)
#define PQgetResult (pl_pq.PQgetResult)
#define PQgetisnull (pl_pq.PQgetisnull)
#define PQgetvalue (pl_pq.PQgetvalue)
#define PQntuples (pl_pq.PQntuples)
#define PQprepare (pl_pq.PQprepare)
#define PQputCopyData (pl_pq.PQputCopyData)
#define PQputCopyEnd (pl_pq.PQputCopyEnd)
#define PQresultErrorField (pl_pq.PQresultErrorField)
#define PQresultStatus (pl_pq.PQresultStatus)
#define PQsendQuery (pl_pq.PQsendQuery)
#define PQsendQueryParams (pl_pq.PQsendQueryParams)
#define PQsetNoticeReceiver (pl_pq.PQsetNoticeReceiver)
#define PQsetSingleRowMode (pl_pq.PQsetSingleRowMode)
#define PQstatus (pl_pq.PQstatus)
#endif

/* The schema this code writes (parley.meta, key 'schema'). */
#define PG_SCHEMA_VERSION 3

/* In the COPY text of a batch's events, the mark of a key whose dict id
 * the commit has yet to learn (never in data: f_str writes it as \001). */
#define PG_KEY_MARK '\x01'

/* A set of strings, each with a value: the keys already in parley.dict
 * (sent by a committed batch of this process), and the stored hashes that
 * has() looked up during the open batch. */
struct pgmap {
    struct pgme {
        char *k;
        size_t kn;
        uint64_t v;
        int found;
    } *e;
    size_t n, cap;
    size_t *slot;
    size_t nslot;
};

/* The entry of k, or NULL. */
struct pgme *pl_pgmap_get(const struct pgmap *m, const char *k, size_t kn);
/* Adds k (its entry when present); NULL when out of memory. *added is 1
 * when k was not there. */
struct pgme *pl_pgmap_add(struct pgmap *m, const char *k, size_t kn, int *added);
void pl_pgmap_clear(struct pgmap *m);

struct pgs {
    parley_store base;
    PGconn *c;
    /* the open batch, as COPY text */
    parley_buf docs, events, dict;
    size_t ndocs, nevents;
    /* staged documents: id -> index of the staged version (a later put
     * of the same id replaces it), and their hashes */
    struct pgstaged {
        char *id;
        uint64_t hash;
        size_t at, len;      /* the document's COPY line in docs */
        size_t ev_at, ev_len; /* its events' lines in events */
        int dead;            /* replaced by a later put in the batch */
    } *st;
    size_t nst, capst;
    size_t *slot;
    size_t nslot;
    /* months (date key / 100) that have a partition */
    int64_t *months;
    size_t nmonths, capmonths;
    int64_t *need;     /* months of the batch without a partition yet */
    size_t nneed, capneed;
    struct pgmap dict_sent;  /* kind + value -> dict id of the rows this
                                process has sent */
    struct pgmap dict_batch; /* ... and the open batch's new ones (their
                                ids once the commit has asked for them) */
    struct pgmap looked;     /* id -> stored hash (found) of the batch's
                                has() calls, for the put that follows */
    /* a batch sent by pl_pg_send whose result is still to be read, kept
     * for a retry (pl_pg_settle) */
    int sent;
    parley_buf sent_docs, sent_events;
    /* the URL (with its password: never shown), for the lookup
     * connection: has() while a sent batch is being merged */
    char *url;
    PGconn *lc;
    int lc_prepared;
    /* What was stored when the first lookup came, and what this process
     * stored since: the hashes of the documents' ids and their content
     * hashes (0 stands for 1), so that a document that is not there is
     * known without asking the server (a question a document was most of
     * the round trips of an ingest); one that may be there is asked. */
    struct pgset {
        uint64_t *v;
        size_t n, cap;
    } known_ids, known_content;
    int known;          /* 1: loaded; -1: too many documents, not kept */
    long stmt_ms;      /* statement_timeout in force (-1: unknown) */
    int prepared_hash; /* the statement "parley_hash" is prepared */
    int retry;         /* the last error was a deadlock or serialization
                          failure: the transaction may be tried again */
};

#define PGS(st) ((struct pgs *)(st))

void pl_pgset_clear(struct pgset *s);

/* Maps a failed result (or connection, res NULL) to a PARLEY_E* code and
 * the message "url: what: server's message". Clears res. */
int pl_pg_err(struct pgs *p, PGresult *res, const char *what);
/* Runs sql with text parameters v[0..n) (NULL for SQL NULL); *out is the
 * result on success (caller clears it), NULL when out is NULL. */
int pl_pg_exec(struct pgs *p, const char *sql, int n, const char *const *v,
            PGresult **out, const char *what);
/* Runs sql (several statements allowed, no parameters). */
int pl_pg_run(struct pgs *p, const char *sql, const char *what);
/* Appends a PostgreSQL string literal of s to b. */
int pl_pg_literal(parley_buf *b, const char *s, size_t n);
/* Appends s as an element of an array literal ("..." escaped). */
int pl_pg_array_elem(parley_buf *b, const char *s, size_t n);
/* Applies the calling thread's deadline as statement_timeout. */
int pl_pg_deadline(struct pgs *p);

int pl_pg_has(parley_store *st, parley_str id, uint64_t hash);
int pl_pg_put(parley_store *st, const struct sdoc *d);
int pl_pg_begin(parley_store *st);
int pl_pg_commit(parley_store *st);
int pl_pg_send(parley_store *st);
/* Waits for the batch pl_pg_send sent: 0 once it is stored (retried after
 * a deadlock), else an error; nothing to do when none was sent. */
int pl_pg_settle(parley_store *st);
void pl_pg_rollback(parley_store *st);
/* Makes sure every month of the batch has its partition. */
int pl_pg_partitions(struct pgs *p, const int64_t *months, size_t n);

int pl_pg_scan(parley_store *st, const struct splan *p, const struct sscan *sc);
int pl_pg_document(parley_store *st, const char *id, parley_store_doc_fn fn,
                void *ud, int64_t *num);
int pl_pg_stats(parley_store *st, parley_store_stat_fn fn, void *ud);
int pl_pg_check(parley_store *st);
int pl_pg_counts(parley_store *st, long top, parley_store_count_fn fn, void *ud);
int pl_pg_actors(parley_store *st, const char *q, long limit,
              parley_store_actor_fn fn, void *ud);
int pl_pg_graph_nodes(parley_store *st, long max, parley_store_actor_fn fn,
                   void *ud);
int pl_pg_graph_edges(parley_store *st, const char *const *keys, size_t n,
                   parley_store_edge_fn fn, void *ud);
int pl_pg_summary(parley_store *st, int table, store_sum_cb cb, void *ud);
int pl_pg_signature(parley_store *st, int64_t sig[2]);
int pl_pg_time_limit(parley_store *st, long ms);

/* The schema's SQL (pg_open.c). */
extern const char pl_pg_schema_sql[];

#endif
