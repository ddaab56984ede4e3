/* store.h — private parts of the store (stage 9, the sinks that keep
 * events): the handle shared by the two backends (SQLite in lite_*.c,
 * PostgreSQL in pg_*.c) and the backend-neutral pieces both use — what an
 * event is filed under (keys, date keys, display keys), a filter turned
 * into a plan, events read back and rebuilt into contract lines, errors.
 * One interface, two implementations: parley_store_open picks one by the
 * path (a postgresql:// URL or a file). */
#ifndef PARLEY_STORE_H
#define PARLEY_STORE_H

#include <stdint.h>

#include <stdlib.h>

#include "parley.h"
#include "util/date.h"
#include "util/fold.h" /* pl_fold_key: the fold of every key */

/* qsort that takes an empty array (NULL, 0): qsort's pointer must not be
 * NULL even then (UBSan). */
static inline void store_qsort(void *base, size_t n, size_t size,
                               int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/* ---- the handle ------------------------------------------------------- */

struct sevent;
struct splan;
struct sdoc;

/* How a scan delivers events. */
enum store_order {
    ORDER_CONTENT = 0, /* date (undated last), document id, position */
    ORDER_NEWEST,      /* date descending (undated last), then storage
                          order descending, after a cursor */
    ORDER_ANY          /* whatever is cheapest (aggregates) */
};

/* Receives one event of a scan; returns non-zero to stop the scan (that
 * value is returned by the scan). */
typedef int (*store_event_cb)(void *ud, const struct sevent *e);

/* A scan: the events matching a plan, in an order. full = 0 asks only for
 * what aggregates need (rid, dkey, doc, type, both actors without their
 * mention text unless the actor has nothing else). */
struct sscan {
    int order;
    int full;
    int64_t after_dkey, after_rid; /* ORDER_NEWEST: start after this event
                                      (after_rid 0: from the newest) */
    long limit;                    /* ORDER_NEWEST: at most this many */
    store_event_cb cb;
    void *ud;
    int bulk;                      /* no limit: many rows will be read
                                      (SQLite maps the file for it) */
};

/* Figures from the summary tables. */
struct ssum_cb {
    /* parley_store_stats: "documents", "sentences", "events", "type",
     * "month", "pair" */
    parley_store_stat_fn stat;
    void *ud;
};

/* Rows of a summary table (ops->summary): SUM_DAY gives dkey, type,
 * quad, neg, n, g (Goldstein tenths); SUM_COUNTRY the same with key the
 * country and dkey the month's key (YYYYMM00, STORE_UNDATED); SUM_PLACE
 * key (the place name), country, lat, lon, neg, n. */
enum { SUM_DAY, SUM_COUNTRY, SUM_PLACE };
struct ssum {
    int64_t dkey;
    const char *type;
    int quad, neg;
    int64_t n, g;
    const char *key, *country;
    double lat, lon;
};
typedef int (*store_sum_cb)(void *ud, const struct ssum *r);

struct store_ops {
    const char *name; /* "sqlite" or "postgresql" */
    void (*close)(parley_store *st);
    /* 1 when document id is stored with content hash, 0 when not. */
    int (*has)(parley_store *st, parley_str id, uint64_t hash);
    /* Stores d; returns enum parley_store_put_status or an error. */
    int (*put)(parley_store *st, const struct sdoc *d);
    int (*begin)(parley_store *st);
    int (*commit)(parley_store *st);
    /* Drops an open batch (close, or after a failed put). */
    void (*rollback)(parley_store *st);
    int (*scan)(parley_store *st, const struct splan *p,
                const struct sscan *sc);
    /* The document with id: calls fn with it; PARLEY_ENOENT if none. */
    int (*document)(parley_store *st, const char *id,
                    parley_store_doc_fn fn, void *ud, int64_t *docnum);
    /* parley_store_stats from the summary tables. */
    int (*stats)(parley_store *st, parley_store_stat_fn fn, void *ud);
    int (*check)(parley_store *st);
    /* Unfiltered aggregates from the summary tables (see parley.h). */
    int (*counts)(parley_store *st, long top_pairs, parley_store_count_fn fn,
                  void *ud);
    int (*actors)(parley_store *st, const char *q, long limit,
                  parley_store_actor_fn fn, void *ud);
    int (*graph_nodes)(parley_store *st, long max_nodes,
                       parley_store_actor_fn fn, void *ud);
    /* Edges (source key, target key, type, n) between the given keys. */
    int (*graph_edges)(parley_store *st, const char *const *keys, size_t n,
                       parley_store_edge_fn fn, void *ud);
    /* Every row of a summary table (SUM_*). */
    int (*summary)(parley_store *st, int table, store_sum_cb cb, void *ud);
    int (*signature)(parley_store *st, int64_t sig[2]);
    /* Applies the calling thread's deadline (pl_store_deadline) to the
     * backend, e.g. a progress handler or statement_timeout. */
    int (*time_limit)(parley_store *st, long ms);
    /* Ends the open batch like commit, but may return once it is sent
     * (parley_store_send); NULL: commit. */
    int (*send)(parley_store *st);
    /* Waits for a sent batch to be stored; NULL: nothing to wait for. */
    int (*settle)(parley_store *st);
};

struct parley_store {
    const struct store_ops *ops;
    char *path;      /* file path, or the URL without its password */
    parley_buf err;  /* last message, "" when none */
    int readonly;
    int force;       /* PARLEY_STORE_FORCE */
    int busy_ms;
    int batch;       /* a batch is open */
};

/* Sets st's message from fmt and returns code. */
int pl_store_fail(parley_store *st, int code, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The handle of a failed open: st with path and message, ready for
 * parley_store_errmsg and parley_store_close. */
int pl_store_init(parley_store *st, const char *path,
               const parley_store_opts *opts);
void pl_store_release(parley_store *st);

int pl_store_lite_open(parley_store **out, const char *path,
                    const parley_store_opts *opts);
int pl_store_pg_open(parley_store **out, const char *url,
                  const parley_store_opts *opts);
/* Whether path names a PostgreSQL database (postgresql:// or postgres://). */
int pl_store_is_pg_url(const char *path);

/* The calling thread's query deadline (parley_store_time_limit): 1 and
 * the seconds left in *left when one is set, 0 when none. */
int pl_store_deadline(double *left);
/* 1 once the deadline has passed (and parley_store_timed_out then says
 * so); cheap enough to call per event. */
int pl_store_over_time(void);
/* Marks the calling thread's query as stopped by its deadline. */
void pl_store_set_timed_out(void);

/* ---- what an event is filed under ------------------------------------ */

/* Dates as integers that sort as the ISO strings do: YYYYMMDD, with 00
 * for a missing month or day ("2024-03" is 20240300, "2024" 20240000);
 * undated events get STORE_UNDATED, after every date. */
#define STORE_UNDATED 99999999LL
/* The key of date (NULL: undated). *exact is 1 when the date string can
 * be rebuilt from the key (pl_store_dkey_date), 0 for an odd string that the
 * store must keep as it is. */
int64_t pl_store_dkey(const char *date, int *exact);
/* Writes the date of key k into out ("YYYY-MM-DD", "YYYY-MM" or "YYYY");
 * returns 0, or -1 for STORE_UNDATED. */
int pl_store_dkey_date(int64_t k, char out[11]);
/* The Monday ("YYYY-MM-DD") of the ISO week of date key k, the 1st for a
 * month-only date; -1 for a year-only or undated key. */
int pl_store_week(int64_t k, char out[11]);
/* Bounds for --from/--to values (validated by the caller). */
int64_t pl_store_dkey_from(const char *v);
int64_t pl_store_dkey_to(const char *v);

/* Key kinds. An actor's country, organisation and CAMEO code share one
 * namespace of upper-case codes (KEY_CODE) and tell apart with a mask. */
enum store_key_kind {
    KEY_CODE = 'C',    /* KAZ, UN, KAZGOV */
    KEY_NAME = 'N',    /* a person's name as written in full */
    KEY_MENTION = 'M', /* the mention of an actor without a name */
    KEY_PLACE = 'P',   /* place name, 0x1f, place country */
    KEY_TOPIC = 'T',
    KEY_CAMEO = 'E',   /* CAMEO event codes (for prefix filters) */
    KEY_TYPE = 'Y'     /* PLOVER types */
};
enum store_key_role { ROLE_COUNTRY = 1, ROLE_ORG = 2, ROLE_CODE = 4 };
/* Sides of an actor key; other keys have side 0. */
enum { SIDE_SOURCE = 0, SIDE_TARGET = 1 };

struct skey {
    char kind;
    int side;
    int roles;         /* KEY_CODE: enum store_key_role mask */
    parley_str value;  /* owned by the event or the prepared document */
};

#define STORE_MAX_KEYS (12 + PARLEY_MAX_TOPICS)

/* The keys of ev (values point into ev's strings, or into place, a buffer
 * of at least 256 bytes for the place key, which is cut there). Returns
 * their number. */
size_t pl_store_event_keys(const parley_event *ev, struct skey *out,
                        char *place, size_t place_cap);

/* The display key of an actor in the explorer and the API: the person's
 * name, else the organisation, else the country, else the CAMEO code,
 * else the mention as written; NULL when there is none. *kind is the
 * KEY_* kind it is stored under. */
parley_str pl_store_actor_key(const parley_actor *a, char *kind);
/* The key of an actor in `parley stats` pairs: CAMEO code, else country,
 * else organisation, else name; "?" when none. */
const char *pl_store_code_key(const parley_actor *a);
/* The key of an actor at level (enum parley_level): the display key
 * (pl_store_actor_key), the country (else organisation, else CAMEO code),
 * the CAMEO code, or the person's name; n == 0 when it has none. */
parley_str pl_store_level_key(const parley_actor *a, int level);
/* A Goldstein score in tenths, as the summaries sum it (exactly). */
int64_t pl_store_tenths(double g);

/* The evidence sentence as the full-text index sees it: folded (as
 * pl_fold_key) and cut into runs of letters and digits, one space between
 * them. Both backends index this text and search its terms, so that they
 * find the same events. Appends to b; returns 0 or PARLEY_ENOMEM. */
int pl_store_fts_tokens(parley_buf *b, const char *text, size_t n);

/* ---- a document prepared for storing --------------------------------- */

struct sdoc {
    const parley_doc *doc;
    parley_str id;          /* parley_doc_id */
    uint64_t hash;          /* pl_store_hash */
    const parley_event *const *evs;
    size_t nev;
    const size_t *sent;     /* 2 * nsent offsets */
    size_t nsent;
    int force;              /* replace even when unchanged */
};

/* 64-bit FNV-1a over the document's id, date, title, url, source and
 * text, each preceded by its length, so that moving bytes between fields
 * changes the hash. */
uint64_t pl_store_hash(const parley_str *id, const parley_doc *doc);

/* Stores doc with events evs[0..nev) and sentence spans sent[0..2*nsent);
 * what parley_store_put does with a parley_result. Returns enum
 * parley_store_put_status or a negative error. */
int pl_store_put_events(parley_store *st, const parley_doc *doc,
                     const parley_event *const *evs, size_t nev,
                     const size_t *sent, size_t nsent);

/* The offset of view s inside text, or -1 when it is not inside. */
int64_t pl_store_view_at(parley_str text, parley_str s);

/* ---- a filter as a plan ------------------------------------------------ */

/* An actor condition: the value as given, and what it is compared as. */
struct sactor_cond {
    const char *v;
    int code_like;      /* KAZ, IGOUNO: country, org or code prefix */
    char *folded;       /* name or mention substring (pl_fold_key) */
    char upper[32];     /* the value upper-cased when short, else "" */
    int sides;          /* 1 source, 2 target, 3 either */
};

struct splan {
    const parley_store_filter *f;
    int empty;                  /* no condition at all */
    int64_t lo, hi;             /* dkey bounds, inclusive */
    int dated;                  /* a date bound excludes undated events */
    char type[17];              /* "" for none */
    char cameo[5];
    struct sactor_cond act[3];  /* actor, source, target */
    size_t nact;
    const char *place;
    char *place_folded;
    char place_upper[32];
    char *topic_folded;
    struct stextq *text;        /* NULL for none */
    const char *doc;
};

/* Validates f and makes its plan; a bad value fails with PARLEY_EINVAL
 * and a message naming the option as opt + name ("--from", or "from"
 * for the API). f may be NULL (everything). */
int pl_store_plan(parley_store *st, struct splan *p,
               const parley_store_filter *f, const char *opt);
void pl_store_plan_free(struct splan *p);

/* A full-text search: the user's words, phrases ("..."), prefixes (w*),
 * OR, NOT (or -word) and parentheses, each word folded and cut as
 * pl_store_fts_tokens does. Written out for FTS5 and for to_tsquery. Input
 * that does not parse is searched as one phrase of its words. */
struct stextq;
struct stextq *pl_store_textq_parse(const char *q);
void pl_store_textq_free(struct stextq *t);
/* 1 when the search can match nothing (no word in it). */
int pl_store_textq_empty(const struct stextq *t);
int pl_store_textq_fts5(const struct stextq *t, parley_buf *b);
int pl_store_textq_tsquery(const struct stextq *t, parley_buf *b);
/* 1 when the search holds a phrase (words that must follow each other). */
int pl_store_textq_phrase(const struct stextq *t);
/* A tsquery that every match of t matches and that needs no positions
 * (its phrases as all of their words): the same as
 * pl_store_textq_tsquery when t has no phrase. 1 when there is none
 * narrower than everything (e.g. a phrase OR a word), 0 when written. */
int pl_store_textq_tsquery_loose(const struct stextq *t, parley_buf *b);

/* Whether an actor filter value is taken as a code (KAZ, IGOUNO), which
 * the indexes on countries, organisations and codes answer, rather than
 * as part of a name. */
int pl_store_code_like(const char *v);

/* ---- events read back ------------------------------------------------ */

/* An event as a backend reads it; strings valid during the callback. */
struct sevent {
    int64_t rid, dkey, docnum;
    size_t seq;
    const char *doc_id, *doc_date, *doc_title, *doc_url, *doc_source;
    parley_event ev;
    parley_str evidence;
    /* room for what ev points to */
    size_t extra_spans[2 * 64], extra_sentences[64];
    char date[11];
};

/* Clears e (no event). */
void pl_sevent_init(struct sevent *e);
/* Parses a JSON array of strings (topics) into e->ev.topics, pointing into
 * buf, which it rewrites in place. */
void pl_sevent_topics(struct sevent *e, char *buf);
/* Parses a JSON array of [sentence, start, end] (merged evidence). */
void pl_sevent_extra(struct sevent *e, const char *json);
/* The event's date from its key, unless raw (an odd date) is given. */
void pl_sevent_date(struct sevent *e, const char *raw);
/* Appends the contract line of e (with '\n'). */
int pl_sevent_line(parley_buf *b, const struct sevent *e);

/* Serialises topics and merged evidence for storage (JSON, or nothing
 * when empty). */
int pl_store_topics_json(parley_buf *b, const parley_event *ev);
int pl_store_extra_json(parley_buf *b, const parley_event *ev);

#endif
