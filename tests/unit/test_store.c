/* test_store.c — unit tests of src/store: put/skip/replace, every query
 * filter, one-a-day, the export formats, statistics, schema upgrade and
 * refusal, and the hostile cases — a locked, full, read-only, foreign,
 * newer or corrupt database. Events are filled in by hand, so these tests
 * do not depend on the coder. With PARLEY_TEST_PG_URL set (tests/pg.sh),
 * the tests that use only the public API run on PostgreSQL as well. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parley.h"
#include <libpq-fe.h>

#include "store/lite.h"

static char dir[] = "/tmp/parley-test-store-XXXXXX";
static char path[256];

static int setup(void **state)
{
    static int n;
    (void)state;
    snprintf(path, sizeof path, "%s/t%d.db", dir, n++);
    return 0;
}

/* A fresh PostgreSQL database for each test, on the cluster whose URL
 * (without a database) is in PARLEY_TEST_PG_URL. */
static int setup_pg(void **state)
{
    static int n;
    (void)state;
    const char *url = getenv("PARLEY_TEST_PG_URL");
    char admin[300], sql[96];
    snprintf(admin, sizeof admin, "%s/postgres", url);
    PGconn *c = PQconnectdb(admin);
    if (PQstatus(c) != CONNECTION_OK)
        fail_msg("cannot connect to %s: %s", admin, PQerrorMessage(c));
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS unit_%d", n);
    PQclear(PQexec(c, sql));
    snprintf(sql, sizeof sql, "CREATE DATABASE unit_%d", n);
    PGresult *r = PQexec(c, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        fail_msg("%s: %s", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    snprintf(path, sizeof path, "%s/unit_%d", url, n++);
    return 0;
}

static parley_doc mkdoc(const char *id, const char *date, const char *text)
{
    parley_doc d;
    memset(&d, 0, sizeof d);
    d.id = (parley_str){id, strlen(id)};
    d.date = (parley_str){date, strlen(date)};
    d.text = (parley_str){text, strlen(text)};
    d.title = (parley_str){"A title", 7};
    d.url = (parley_str){"https://example.org/x", 21};
    d.origin = "test.jsonl";
    return d;
}

static const char text1[] =
    "Minister Nurtleu met José Albares, in Geneva. "
    "Kazakhstan signed an agreement with the UN.";

static parley_str at(const char *text, const char *what)
{
    const char *p = strstr(text, what);
    return p ? (parley_str){p, strlen(what)} : (parley_str){text, 0};
}

/* Event 0: KAZ meets ESP in Geneva; event 1: KAZ signs with the UN. The
 * first sentence ends at the first ". " or "! " (or the text's end). */
static void mkevents(parley_event ev[2], const char *text)
{
    memset(ev, 0, 2 * sizeof ev[0]);
    size_t n = strlen(text), end = n;
    for (size_t i = 0; i + 1 < n; i++)
        if ((text[i] == '.' || text[i] == '!') && text[i + 1] == ' ') {
            end = i + 1;
            break;
        }
    ev[0].type = "CONSULT";
    ev[0].mode = "meet";
    ev[0].cameo = "040";
    ev[0].quad = 1;
    ev[0].goldstein = 1.0;
    ev[0].date = "2024-02-14";
    ev[0].source = (parley_actor){at(text, "Minister Nurtleu"), "Murat Nurtleu",
                                  "Minister of Foreign Affairs", "KAZ", NULL,
                                  "KAZGOV", "GOV"};
    ev[0].target = (parley_actor){at(text, "José Albares"), "José Albares", NULL,
                                  "ESP", NULL, "ESPGOV", "GOV"};
    ev[0].place = (parley_place){"Geneva", "CHE", 46.2, 6.15, 1};
    ev[0].topics[0] = "bilateral cooperation";
    ev[0].ntopics = 1;
    ev[0].sentence = 0;
    ev[0].seq = 1;
    ev[0].span[0] = 0;
    ev[0].span[1] = end;
    ev[1].type = "SUPPORT";
    ev[1].mode = "sign";
    ev[1].cameo = "057";
    ev[1].quad = 1;
    ev[1].goldstein = 8.0;
    ev[1].date = "2024-03";
    ev[1].source = (parley_actor){at(text, "Kazakhstan"), NULL, NULL, "KAZ", NULL,
                                  "KAZ", NULL};
    ev[1].target = (parley_actor){at(text, "the UN"), NULL, NULL, NULL, "UN",
                                  "IGOUNO", NULL};
    ev[1].sentence = 1;
    ev[1].seq = 1;
    ev[1].span[0] = end < n ? end + 1 : n;
    ev[1].span[1] = n;
}

static parley_store *open_rw(void)
{
    parley_store *st;
    int rc = parley_store_open(&st, path, NULL);
    if (rc)
        fail_msg("open %s: %d %s", path, rc, parley_store_errmsg(st));
    return st;
}

static int put2(parley_store *st, parley_doc *d, parley_event ev[2])
{
    const parley_event *p[2] = {&ev[0], &ev[1]};
    size_t sent[4] = {ev[0].span[0], ev[0].span[1], ev[1].span[0],
                      ev[1].span[1]};
    return pl_store_put_events(st, d, p, 2, sent, 2);
}

static int64_t count(parley_store *st, const char *sql)
{
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(LITE(st)->db, sql, -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    int64_t n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

struct rows {
    int n;
    char ids[16][64];
    size_t merged[16];
};

static int collect(void *ud, const parley_store_row *r)
{
    struct rows *x = ud;
    if (x->n < 16) {
        snprintf(x->ids[x->n], sizeof x->ids[0], "%s", r->id);
        x->merged[x->n] = r->nmerged;
    }
    x->n++;
    return 0;
}

static int nrows(parley_store *st, const parley_store_filter *f)
{
    struct rows x = {0};
    int rc = parley_store_query(st, f, collect, &x);
    if (rc)
        fail_msg("query: %d %s", rc, parley_store_errmsg(st));
    return x.n;
}

/* FTS5's own check that evidence_fts matches the events table. */
static void assert_fts_ok(parley_store *st)
{
    int rc = sqlite3_exec(LITE(st)->db,
                          "INSERT INTO evidence_fts(evidence_fts)"
                          " VALUES ('integrity-check');"
                          "INSERT INTO keys_tri(keys_tri)"
                          " VALUES ('integrity-check')",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        fail_msg("full-text integrity-check: %s", sqlite3_errmsg(LITE(st)->db));
    assert_int_equal(parley_store_check(st), 0);
}

/* count() through a connection of its own, which sees only what is
 * committed. */
static int64_t committed(const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    int64_t n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

static int to_buf(void *ud, const char *p, size_t n)
{
    return parley_buf_add(ud, p, n);
}

static size_t lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void put_skip_replace(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    assert_int_equal(count(st, "PRAGMA user_version"), LITE_SCHEMA_VERSION);
    assert_int_equal(count(st, "PRAGMA application_id"), LITE_APP_ID);
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(parley_store_has(st, &d), 0);
    assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    assert_int_equal(parley_store_has(st, &d), 1);
    assert_int_equal(put2(st, &d, ev), PARLEY_STORE_SKIPPED);
    assert_int_equal(count(st, "SELECT count(*) FROM events"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM sentences"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);

    /* Changed text: the old events go, in the same transaction. */
    static const char text2[] =
        "Minister Nurtleu met José Albares, in Geneva! "
        "Kazakhstan signed an agreement with the UN.";
    parley_doc d2 = mkdoc("d1", "2024-02-14", text2);
    assert_int_equal(parley_store_has(st, &d2), 0);
    parley_event ev2[2];
    mkevents(ev2, text2);
    const parley_event *p[1] = {&ev2[0]};
    size_t sent[2] = {ev2[0].span[0], ev2[0].span[1]};
    assert_int_equal(pl_store_put_events(st, &d2, p, 1, sent, 1),
                     PARLEY_STORE_REPLACED);
    assert_int_equal(count(st, "SELECT count(*) FROM events"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM sentences"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    /* The full-text index followed: "agreement" was only in the old
     * events. */
    parley_store_filter f = {.text = "agreement"};
    assert_int_equal(nrows(st, &f), 0);
    f.text = "Geneva!";
    assert_int_equal(nrows(st, &f), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    assert_fts_ok(st);
    parley_store_close(st);
}

/* PARLEY_STORE_FORCE: an unchanged document is stored again with its new
 * coding (PARLEY_STORE_RECODED), in a batch and alone, on either backend;
 * without the flag it is skipped. */
static void force_recodes(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d1 = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(pl_store_put_events(st, &d1, NULL, 0, NULL, 0), PARLEY_STORE_ADDED);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_SKIPPED);
    assert_int_equal(nrows(st, NULL), 0);
    parley_store_close(st);
    parley_store_opts o = {PARLEY_STORE_FORCE, 0};
    assert_int_equal(parley_store_open(&st, path, &o), 0);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_RECODED);
    assert_int_equal(nrows(st, NULL), 2);
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_RECODED);
    assert_int_equal(parley_store_commit(st), 0);
    assert_int_equal(nrows(st, NULL), 2);
    assert_int_equal(parley_store_check(st), 0);
    parley_store_close(st);
}

/* parley_store_send: a sent batch is stored while the next one is put
 * (PostgreSQL merges it meanwhile; SQLite commits it at once), and is
 * durable once the next send or commit returns, or the handle is closed;
 * a document of the sent batch put again, or replaced, is stored once.
 * A new handle knows the stored documents: a changed one replaces. */
static void sends(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d1 = mkdoc("d1", "2024-02-14", text1);
    parley_doc d2 = mkdoc("d2", "2024-02-15", text1);
    parley_doc d3 = mkdoc("d3", "2024-02-16", text1);
    parley_doc d4 = mkdoc("d4", "2024-02-17", text1);
    static const char text2[] =
        "Minister Nurtleu met José Albares, in Lucerne. "
        "Kazakhstan signed an agreement with the UN.";
    parley_doc d2b = mkdoc("d2", "2024-02-15", text2);
    parley_event ev[2], ev2[2];
    mkevents(ev, text1);
    mkevents(ev2, text2);
    assert_int_equal(parley_store_send(st), 0); /* none open: nothing */
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_ADDED);
    assert_int_equal(put2(st, &d2, ev), PARLEY_STORE_ADDED);
    assert_int_equal(parley_store_send(st), 0);
    assert_int_equal(parley_store_begin(st), 0);
    int rc = put2(st, &d1, ev); /* the merge skips it */
    assert_true(rc == PARLEY_STORE_ADDED || rc == PARLEY_STORE_SKIPPED);
    const parley_event *p[1] = {&ev2[0]};
    size_t sent[2] = {ev2[0].span[0], ev2[0].span[1]};
    rc = pl_store_put_events(st, &d2b, p, 1, sent, 1);
    assert_true(rc == PARLEY_STORE_ADDED || rc == PARLEY_STORE_REPLACED);
    assert_int_equal(put2(st, &d3, ev), PARLEY_STORE_ADDED);
    assert_int_equal(parley_store_send(st), 0);
    assert_int_equal(parley_store_commit(st), 0); /* waits for it */
    assert_int_equal(nrows(st, NULL), 5);
    parley_store_filter f = {.text = "Lucerne"};
    assert_int_equal(nrows(st, &f), 1);
    assert_int_equal(parley_store_has(st, &d1), 1);
    assert_int_equal(parley_store_has(st, &d2), 0);
    assert_int_equal(parley_store_has(st, &d2b), 1);
    assert_int_equal(parley_store_check(st), 0);
    /* closed after a send: stored */
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(put2(st, &d4, ev), PARLEY_STORE_ADDED);
    assert_int_equal(parley_store_send(st), 0);
    parley_store_close(st);
    st = open_rw();
    assert_int_equal(nrows(st, NULL), 7);
    assert_int_equal(parley_store_has(st, &d4), 1);
    assert_int_equal(parley_store_has(st, &d2), 0);
    assert_int_equal(put2(st, &d2, ev), PARLEY_STORE_REPLACED);
    assert_int_equal(put2(st, &d3, ev), PARLEY_STORE_SKIPPED);
    assert_int_equal(nrows(st, NULL), 8);
    assert_int_equal(parley_store_check(st), 0);
    parley_store_close(st);
}

/* A batch: puts share one transaction that others see only once it is
 * committed; the full-text index covers the batch, a document replaced
 * inside it included; closing without a commit drops the batch. */
static void batches(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d1 = mkdoc("d1", "2024-02-14", text1);
    parley_doc d2 = mkdoc("d2", "2024-02-15", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(parley_store_commit(st), 0); /* none open: nothing */
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(parley_store_begin(st), PARLEY_EINVAL);
    assert_non_null(strstr(parley_store_errmsg(st), "already open"));
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_ADDED);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_SKIPPED);
    assert_int_equal(parley_store_has(st, &d1), 1);
    assert_int_equal(put2(st, &d2, ev), PARLEY_STORE_ADDED);
    static const char text2[] =
        "Minister Nurtleu met José Albares, in Lucerne. "
        "Kazakhstan signed an agreement with the UN.";
    parley_doc d2b = mkdoc("d2", "2024-02-15", text2);
    parley_event ev2[2];
    mkevents(ev2, text2);
    const parley_event *p[1] = {&ev2[0]};
    size_t sent[2] = {ev2[0].span[0], ev2[0].span[1]};
    assert_int_equal(pl_store_put_events(st, &d2b, p, 1, sent, 1),
                     PARLEY_STORE_REPLACED);
    assert_int_equal(committed("SELECT count(*) FROM documents"), 0);
    assert_int_equal(parley_store_commit(st), 0);
    assert_int_equal(committed("SELECT count(*) FROM documents"), 2);
    assert_int_equal(committed("SELECT count(*) FROM events"), 3);
    /* "agreement" only in d1's second event; "Lucerne" only in d2's new
     * version. */
    parley_store_filter f = {.text = "agreement"};
    assert_int_equal(nrows(st, &f), 1);
    f.text = "Lucerne";
    assert_int_equal(nrows(st, &f), 1);
    assert_fts_ok(st);

    parley_doc d3 = mkdoc("d3", "2024-02-16", text1);
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(put2(st, &d3, ev), PARLEY_STORE_ADDED);
    parley_store_close(st);
    st = open_rw();
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(parley_store_has(st, &d3), 0);
    assert_fts_ok(st);
    parley_store_close(st);

    parley_store_opts ro = {PARLEY_STORE_READONLY, 0};
    assert_int_equal(parley_store_open(&st, path, &ro), 0);
    assert_int_equal(parley_store_begin(st), PARLEY_EREADONLY);
    parley_store_close(st);
}

static void filters(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    struct {
        parley_store_filter f;
        int n;
    } cases[] = {
        {{.actor = "KAZ"}, 2},
        {{.actor = "ESP"}, 1},
        {{.actor = "UN"}, 1},
        {{.actor = "IGO"}, 1},       /* CAMEO code prefix */
        {{.actor = "nurtleu"}, 1},   /* name substring, any case */
        {{.actor = "Albares"}, 1},
        {{.actor = "jose albares"}, 1}, /* diacritics ignored */
        {{.place = "GENÈVA"}, 1},
        {{.actor = "un"}, 1},        /* org, any case */
        {{.actor = "%"}, 0},         /* LIKE wildcards are literal */
        {{.source = "ESP"}, 0},
        {{.target = "ESP"}, 1},
        {{.type = "consult"}, 1},
        {{.cameo = "05"}, 1},
        {{.cameo = "0"}, 2},
        {{.from = "2024-03"}, 1},
        {{.to = "2024-02"}, 1},
        {{.from = "2024-02-15", .to = "2024-12-31"}, 1},
        {{.from = "2024-03-05"}, 0}, /* the month date "2024-03" < from */
        {{.from = "2024"}, 2},
        {{.place = "gene"}, 1},
        {{.place = "che"}, 1},
        {{.topic = "bilateral"}, 1},
        {{.text = "jose"}, 1},       /* diacritics ignored */
        {{.text = "JOSÉ albares"}, 1},
        {{.text = "UN-Kazakhstan"}, 0}, /* not FTS syntax: a phrase */
        {{.text = "signed agreement"}, 1},
        {{.doc = "d1"}, 2},
        {{.doc = "d2"}, 0},
        {{.limit = 1}, 1},
        {{.actor = "KAZ", .type = "CONSULT", .place = "Geneva"}, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int n = nrows(st, &cases[i].f);
        if (n != cases[i].n)
            fail_msg("case %zu: %d rows, expected %d", i, n, cases[i].n);
    }
    parley_store_filter bad = {.cameo = "04'; DROP TABLE events; --"};
    struct rows x = {0};
    assert_int_equal(parley_store_query(st, &bad, collect, &x), PARLEY_EINVAL);
    assert_non_null(strstr(parley_store_errmsg(st), "--cameo"));
    bad = (parley_store_filter){.from = "yesterday"};
    assert_int_equal(parley_store_query(st, &bad, collect, &x), PARLEY_EINVAL);
    /* Hostile values are only ever data. */
    bad = (parley_store_filter){.actor = "x' OR 1=1 --"};
    assert_int_equal(nrows(st, &bad), 0);
    /* Order: by date, then document position. */
    memset(&x, 0, sizeof x);
    assert_int_equal(parley_store_query(st, NULL, collect, &x), 0);
    assert_int_equal(x.n, 2);
    assert_string_equal(x.ids[0], "d1:0:1");
    assert_string_equal(x.ids[1], "d1:1:1");
    parley_store_close(st);
}

static void one_a_day(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    const char *ids[] = {"wire-a", "wire-b", "wire-c"};
    for (int i = 0; i < 3; i++) {
        parley_doc d = mkdoc(ids[i], "2024-02-14", text1);
        parley_event ev[2];
        mkevents(ev, text1);
        if (i == 2)
            ev[0].date = "2024-02-15"; /* another day: not merged */
        assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    }
    parley_store_filter f = {.type = "CONSULT"};
    assert_int_equal(nrows(st, &f), 3);
    f.one_a_day = 1;
    struct rows x = {0};
    assert_int_equal(parley_store_query(st, &f, collect, &x), 0);
    assert_int_equal(x.n, 2);
    assert_int_equal(x.merged[0], 2);
    assert_int_equal(x.merged[1], 1);
    /* ev[1] has a month date; still one a day (same "date"). */
    f = (parley_store_filter){.one_a_day = 1};
    assert_int_equal(nrows(st, &f), 3);
    f.limit = 1;
    assert_int_equal(nrows(st, &f), 1);
    parley_store_close(st);
}

/* A query without a limit reads several dates' events in one pass, in
 * row order, and hands them out by date, document id and position
 * (pl_lite_scan.c, batches): the same bytes as one date at a time, for
 * batches that end anywhere, dates streamed alone, documents stored in
 * another order than their ids, undated events and merged evidence. */
struct order {
    char last[2][64];
    int n, bad;
};

static int check_order(void *ud, const parley_store_row *r)
{
    struct order *o = ud;
    const char *date = r->ev.date ? r->ev.date : "~"; /* undated last */
    if (o->n && (strcmp(date, o->last[0]) < 0 ||
                 (!strcmp(date, o->last[0]) && strcmp(r->doc, o->last[1]) < 0)))
        o->bad++;
    snprintf(o->last[0], sizeof o->last[0], "%s", date);
    snprintf(o->last[1], sizeof o->last[1], "%s", r->doc);
    o->n++;
    return 0;
}

static void batched_reads(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    static const char *const ids[] = {"m", "d10", "b", "d1", "z", "a",
                                      "d", "c2", "c", "y1", "y", "d1x"};
    static const char *const days[] = {"2024-02-14", "2024-02-13", "2024-02-15"};
    size_t nd = sizeof ids / sizeof ids[0];
    static size_t xs[2] = {0, 10}, xsent[1] = {0};
    for (size_t i = 0; i < nd; i++) {
        parley_doc d = mkdoc(ids[i], days[i % 3], text1);
        parley_event ev[2];
        mkevents(ev, text1);
        ev[0].date = days[i % 3];
        if (i % 4 == 1)
            ev[1].date = NULL;
        if (i % 3 == 2) {
            memset(&ev[0].place, 0, sizeof ev[0].place);
            ev[1].nextra = 1;
            ev[1].extra_spans = xs;
            ev[1].extra_sentences = xsent;
        }
        if (i % 5 == 0) {
            ev[0].topics[1] = "trade";
            ev[0].ntopics = 2;
        }
        assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    }
    struct lite *l = LITE(st);
    static const int formats[] = {PARLEY_EXPORT_JSONL, PARLEY_EXPORT_CSV,
                                  PARLEY_EXPORT_PLOVER};
    parley_store_filter oad = {.one_a_day = 1};
    const parley_store_filter *filters[] = {NULL, &oad};
    parley_buf ref[3][2], b = PARLEY_BUF_INIT;
    /* the reference: every date on its own (two statements a date) */
    l->batch_date_max = 0;
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < 2; k++) {
            ref[f][k] = (parley_buf)PARLEY_BUF_INIT;
            assert_int_equal(parley_store_export(st, filters[k], formats[f], to_buf,
                                                 &ref[f][k]), 0);
        }
    assert_int_equal(lines(ref[0][0].p), 2 * nd);
    struct order o = {0};
    assert_int_equal(parley_store_query(st, NULL, check_order, &o), 0);
    assert_int_equal(o.n, 2 * nd);
    assert_int_equal(o.bad, 0);
    static const size_t sizes[][2] = {{1, 100}, {2, 100}, {3, 2}, {5, 3},
                                      {7, 100}, {1000, 100},
                                      {PL_LITE_BATCH_EVENTS, PL_LITE_BATCH_DATE_MAX}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        l->batch_events = sizes[i][0];
        l->batch_date_max = sizes[i][1];
        for (int f = 0; f < 3; f++)
            for (int k = 0; k < 2; k++) {
                parley_buf_reset(&b);
                assert_int_equal(parley_store_export(st, filters[k], formats[f],
                                                     to_buf, &b), 0);
                if (b.n != ref[f][k].n || memcmp(b.p, ref[f][k].p, b.n))
                    fail_msg("batch %zu/%zu, format %d, one-a-day %d: not the"
                             " reference's output:\n%s\n---\n%s", sizes[i][0],
                             sizes[i][1], formats[f], k, b.p, ref[f][k].p);
            }
        memset(&o, 0, sizeof o);
        assert_int_equal(parley_store_query(st, NULL, check_order, &o), 0);
        assert_int_equal(o.bad, 0);
    }
    parley_buf_release(&b);
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < 2; k++)
            parley_buf_release(&ref[f][k]);
    parley_store_close(st);
}

static void exports(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_doc d2 = mkdoc("d2", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), 0);
    assert_int_equal(put2(st, &d2, ev), 0);
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_JSONL, to_buf, &b), 0);
    assert_int_equal(lines(b.p), 4);
    assert_non_null(strstr(b.p, "\"id\": \"d1:0:1\""));
    parley_buf_reset(&b);
    parley_store_filter f = {.one_a_day = 1, .type = "CONSULT"};
    assert_int_equal(parley_store_export(st, &f, PARLEY_EXPORT_JSONL, to_buf, &b), 0);
    assert_int_equal(lines(b.p), 1);
    assert_non_null(strstr(b.p, "\"merged\": [{\"id\": \"d1:0:1\", \"doc\": \"d1\""));
    assert_non_null(strstr(b.p, "{\"id\": \"d2:0:1\", \"doc\": \"d2\""));
    parley_buf_reset(&b);
    assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_CSV, to_buf, &b), 0);
    assert_int_equal(lines(b.p), 5);
    assert_memory_equal(b.p, "id,doc,date,type,", 17);
    /* The evidence has a comma: quoted. */
    if (!strstr(b.p, ",\"Minister Nurtleu met José Albares, in Geneva.\",")) fail_msg("csv: %s", b.p);
    parley_buf_reset(&b);
    assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_TSV, to_buf, &b), 0);
    assert_int_equal(lines(b.p), 5);
    parley_buf_reset(&b);
    assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_PLOVER, to_buf, &b), 0);
    assert_int_equal(lines(b.p), 4);
    assert_non_null(strstr(b.p, "\"event\": \"CONSULT\", \"mode\": \"meet\""));
    assert_non_null(strstr(b.p, "\"event_loc\": {\"name\": \"Geneva\", \"country\": \"CHE\", \"lat\": 46.2000"));
    assert_non_null(strstr(b.p, "\"recipient\": \"UN\""));
    assert_non_null(strstr(b.p, "\"actor_name\": \"Murat Nurtleu\""));
    parley_buf_reset(&b);
    assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_PHOENIX, to_buf, &b), 0);
    assert_true(lines(b.p) >= 4);
    parley_buf_reset(&b);
    assert_int_equal(parley_store_export(st, NULL, 99, to_buf, &b), PARLEY_EINVAL);
    assert_int_equal(parley_export_format_from_name("phoenix-tsv"), PARLEY_EXPORT_PHOENIX);
    assert_int_equal(parley_export_format_from_name("xml"), -1);
    /* the table: every name is its own number; unknown numbers refused */
    int nf = 0;
    for (; parley_export_format_name(nf); nf++)
        assert_int_equal(parley_export_format_from_name(parley_export_format_name(nf)), nf);
    assert_true(nf >= 6);
    assert_null(parley_export_format_help(nf));
    assert_true(parley_export_format_from_name("cameo-tsv") > PARLEY_EXPORT_PLOVER);
    assert_int_equal(parley_export_header(&b, nf), PARLEY_EINVAL);
    assert_int_equal(parley_store_export(st, NULL, nf, to_buf, &b), PARLEY_EINVAL);
    parley_buf_release(&b);
    parley_store_close(st);
}

struct statx {
    int64_t docs, events, consult;
    int months, pairs;
};

static int stat_cb(void *ud, const char *group, const char *key, int64_t n)
{
    struct statx *s = ud;
    if (!strcmp(group, "documents"))
        s->docs = n;
    else if (!strcmp(group, "events"))
        s->events = n;
    else if (!strcmp(group, "type") && !strcmp(key, "CONSULT"))
        s->consult = n;
    else if (!strcmp(group, "month"))
        s->months++;
    else if (!strcmp(group, "pair"))
        s->pairs++;
    return 0;
}

static void stats(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), 0);
    struct statx s = {0};
    assert_int_equal(parley_store_stats(st, stat_cb, &s), 0);
    assert_int_equal(s.docs, 1);
    assert_int_equal(s.events, 2);
    assert_int_equal(s.consult, 1);
    assert_int_equal(s.months, 2);
    assert_int_equal(s.pairs, 2);
    parley_store_close(st);
}

/* Stores doc and its events as schema 3 did: the document row, its
 * sentences and each event's row with its contract line. */
static void put_v3(sqlite3 *db, const parley_doc *d, const parley_event *ev,
                   size_t n)
{
    char sql[512];
    parley_str id = d->id;
    snprintf(sql, sizeof sql,
             "INSERT INTO documents(id, content_hash, date, title, url, text,"
             " ingested_at) VALUES (?, '%016llx', ?, ?, ?, ?,"
             " '2024-01-01T00:00:00Z')",
             (unsigned long long)pl_store_hash(&id, d));
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    parley_str f[5] = {d->id, d->date, d->title, d->url, d->text};
    for (int i = 0; i < 5; i++)
        sqlite3_bind_text(s, i + 1, f[i].p, (int)f[i].n, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(s), SQLITE_DONE);
    sqlite3_finalize(s);
    for (size_t i = 0; i < n; i++) {
        parley_buf line = PARLEY_BUF_INIT;
        assert_int_equal(parley_write_json(&line, d, &ev[i], i), 0);
        line.p[--line.n] = '\0';
        assert_int_equal(sqlite3_prepare_v2(db,
            "INSERT INTO sentences(doc, idx, start, \"end\") VALUES (?, ?, ?, ?)",
            -1, &s, NULL), SQLITE_OK);
        sqlite3_bind_text(s, 1, id.p, (int)id.n, SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, (int64_t)i);
        sqlite3_bind_int64(s, 3, (int64_t)ev[i].span[0]);
        sqlite3_bind_int64(s, 4, (int64_t)ev[i].span[1]);
        assert_int_equal(sqlite3_step(s), SQLITE_DONE);
        sqlite3_finalize(s);
        assert_int_equal(sqlite3_prepare_v2(db,
            "INSERT INTO events(id, doc, seq, date, type, cameo, evidence, json)"
            " VALUES (json_extract(?1, '$.id'), ?2, ?3, json_extract(?1, '$.date'),"
            " json_extract(?1, '$.type'), json_extract(?1, '$.cameo'),"
            " json_extract(?1, '$.text'), ?1)", -1, &s, NULL), SQLITE_OK);
        sqlite3_bind_text(s, 1, line.p, (int)line.n, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, id.p, (int)id.n, SQLITE_STATIC);
        sqlite3_bind_int64(s, 3, (int64_t)i);
        assert_int_equal(sqlite3_step(s), SQLITE_DONE);
        sqlite3_finalize(s);
        parley_buf_release(&line);
    }
}

/* A store of schema 3 (and one of schema 1) is converted when opened for
 * writing: its documents are kept with their hashes (so an ingest of the
 * same input skips them), its events come out as the very lines that
 * were stored, and they are found by every filter, full text included. */
static void migrates_old_schema(void **state)
{
    (void)state;
    static const char text2[] =
        "Talks in M\xc3\xbcnster were held. Kazakhstan signed an agreement"
        " with the UN.";
    for (int version = 1; version <= 3; version += 2) {
        setup(NULL);
        sqlite3 *db;
        assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
        for (int v = 0; v < version; v++)
            assert_int_equal(sqlite3_exec(db, pl_lite_migration_sql(v), NULL,
                                          NULL, NULL), SQLITE_OK);
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version);
        assert_int_equal(sqlite3_exec(db, pragma, NULL, NULL, NULL), SQLITE_OK);
        parley_doc d1 = mkdoc("d1", "2024-02-14", text1);
        parley_doc d2 = mkdoc("d2", "2024-02-15", text2);
        parley_event ev1[2], ev2[2];
        mkevents(ev1, text1);
        mkevents(ev2, text2);
        ev2[0].date = "2024-02-15";
        ev2[0].date_precision = "day";
        ev2[0].coder = "builtin";
        put_v3(db, &d1, ev1, 2);
        put_v3(db, &d2, ev2, 2);
        sqlite3_close(db);
        /* the lines schema 3 holds, in query order */
        parley_buf want = PARLEY_BUF_INIT;
        parley_write_json(&want, &d1, &ev1[0], 0);
        parley_write_json(&want, &d2, &ev2[0], 0);
        parley_write_json(&want, &d1, &ev1[1], 1);
        parley_write_json(&want, &d2, &ev2[1], 1);

        /* Read-only: refuses clearly rather than half-working. */
        parley_store *st;
        parley_store_opts ro = {PARLEY_STORE_READONLY, 0};
        assert_int_equal(parley_store_open(&st, path, &ro), PARLEY_ESCHEMA);
        assert_non_null(strstr(parley_store_errmsg(st), "older"));
        parley_store_close(st);
        st = open_rw();
        assert_int_equal(count(st, "PRAGMA user_version"), LITE_SCHEMA_VERSION);
        assert_int_equal(count(st, "SELECT count(*) FROM sqlite_master"
                                   " WHERE name LIKE '%v3%'"), 0);
        parley_buf got = PARLEY_BUF_INIT;
        assert_int_equal(parley_store_export(st, NULL, PARLEY_EXPORT_JSONL,
                                             to_buf, &got), 0);
        if (strcmp(got.p, want.p))
            fail_msg("schema %d, converted:\n%s\nwant:\n%s", version, got.p,
                     want.p);
        assert_int_equal(parley_store_has(st, &d1), 1);
        assert_int_equal(parley_store_has(st, &d2), 1);
        parley_store_filter f = {.text = "munster"};
        assert_int_equal(nrows(st, &f), 1);
        f = (parley_store_filter){.actor = "KAZ"};
        assert_int_equal(nrows(st, &f), 4);
        f = (parley_store_filter){.actor = "nurtleu", .from = "2024-02-15"};
        assert_int_equal(nrows(st, &f), 1);
        assert_int_equal(count(st, "SELECT n FROM counters WHERE name = 'sentences'"), 4);
        /* Events stored after the upgrade are found too. */
        parley_doc d3 = mkdoc("d3", "2024-02-16", text1);
        parley_event ev[2];
        mkevents(ev, text1);
        assert_int_equal(put2(st, &d3, ev), PARLEY_STORE_ADDED);
        f = (parley_store_filter){.text = "agreement"};
        assert_int_equal(nrows(st, &f), 3);
        assert_fts_ok(st);
        parley_store_close(st);
        parley_buf_release(&want);
        parley_buf_release(&got);
    }
}

static void refuses_newer_and_foreign(void **state)
{
    (void)state;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    parley_store *st;
    assert_int_equal(parley_store_open(&st, path, NULL), PARLEY_ESCHEMA);
    assert_non_null(strstr(parley_store_errmsg(st), "newer"));
    parley_store_close(st);

    char other[300];
    snprintf(other, sizeof other, "%s.foreign", path);
    assert_int_equal(sqlite3_open(other, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(parley_store_open(&st, other, NULL), PARLEY_ESCHEMA);
    assert_non_null(strstr(parley_store_errmsg(st), "not a parley database"));
    parley_store_close(st);
}

static void corrupt_and_missing(void **state)
{
    (void)state;
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    for (int i = 0; i < 8192; i++)
        fputc((i * 7919) & 0xff, f);
    fclose(f);
    parley_store *st;
    assert_int_equal(parley_store_open(&st, path, NULL), PARLEY_EDB);
    assert_non_null(strstr(parley_store_errmsg(st), "not a database"));
    parley_store_close(st);

    parley_store_opts ro = {PARLEY_STORE_READONLY, 0};
    char missing[300];
    snprintf(missing, sizeof missing, "%s.missing", path);
    assert_int_equal(parley_store_open(&st, missing, &ro), PARLEY_ENOENT);
    assert_non_null(strstr(parley_store_errmsg(st), "no such database"));
    parley_store_close(st);
    assert_int_equal(access(missing, F_OK), -1);

    assert_int_equal(parley_store_open(&st, dir, NULL), PARLEY_EINVAL);
    parley_store_close(st);
    assert_int_equal(parley_store_open(&st, NULL, NULL), PARLEY_EINVAL);
    parley_store_close(st);
    parley_store_close(NULL);
    assert_string_equal(parley_store_errmsg(NULL), "out of memory");
}

static void locked(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_store_close(st);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    parley_store_opts o = {0, 100};
    assert_int_equal(parley_store_open(&st, path, &o), 0);
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), PARLEY_EBUSY);
    assert_non_null(strstr(parley_store_errmsg(st), "locked"));
    /* Readers are not blocked by the writer (WAL). */
    assert_int_equal(nrows(st, NULL), 0);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    parley_store_close(st);
}

static void full(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), 0);
    int64_t pages = count(st, "PRAGMA page_count");
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", (long long)pages + 2);
    assert_int_equal(sqlite3_exec(LITE(st)->db, sql, NULL, NULL, NULL), SQLITE_OK);
    size_t n = 1 << 20;
    char *big = malloc(n + 1);
    assert_non_null(big);
    memset(big, 'a', n);
    big[n] = '\0';
    parley_doc d2 = mkdoc("big", "2024-02-14", big);
    mkevents(ev, big);
    int rc = put2(st, &d2, ev);
    assert_int_equal(rc, PARLEY_EDB);
    assert_non_null(strstr(parley_store_errmsg(st), "full"));
    /* Nothing of the failed document is left, and the store still works. */
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 1);
    assert_int_equal(count(st, "SELECT count(*) FROM events"), 2);
    parley_doc d3 = mkdoc("d3", "2024-02-14", text1);
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d3, ev), PARLEY_STORE_ADDED);

    /* In a batch, the failure takes the batch's earlier documents with it,
     * and says so; the store goes on. */
    parley_doc d4 = mkdoc("d4", "2024-02-14", text1);
    assert_int_equal(parley_store_begin(st), 0);
    assert_int_equal(put2(st, &d4, ev), PARLEY_STORE_ADDED);
    mkevents(ev, big);
    assert_int_equal(put2(st, &d2, ev), PARLEY_EDB);
    assert_non_null(strstr(parley_store_errmsg(st), "full"));
    assert_non_null(strstr(parley_store_errmsg(st), "rolled back"));
    assert_int_equal(parley_store_commit(st), 0);
    assert_int_equal(parley_store_has(st, &d4), 0);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 2);
    assert_int_equal(parley_store_begin(st), 0);
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d4, ev), PARLEY_STORE_ADDED);
    assert_int_equal(parley_store_commit(st), 0);
    assert_int_equal(count(st, "SELECT count(*) FROM documents"), 3);
    assert_fts_ok(st);
    free(big);
    parley_store_close(st);
}

static void readonly_handle(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_store_close(st);
    parley_store_opts ro = {PARLEY_STORE_READONLY, 0};
    assert_int_equal(parley_store_open(&st, path, &ro), 0);
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), PARLEY_EREADONLY);
    assert_int_equal(nrows(st, NULL), 0);
    parley_store_close(st);
}

/* Documents without an id take the origin's name; the hash sees every
 * field, so a changed title is a new version. */
static void hash_and_ids(void **state)
{
    (void)state;
    parley_doc a = mkdoc("x", "2024-01-01", "ab");
    parley_doc b = mkdoc("x", "2024-01-01", "ab");
    parley_str id = {"x", 1};
    assert_true(pl_store_hash(&id, &a) == pl_store_hash(&id, &b));
    b.title = (parley_str){"other", 5};
    assert_true(pl_store_hash(&id, &a) != pl_store_hash(&id, &b));
    /* Moving a byte from one field to the next changes the hash. */
    parley_doc c = mkdoc("x", "2024-01-01", "b");
    c.title = (parley_str){"A titlea", 8};
    assert_true(pl_store_hash(&id, &a) != pl_store_hash(&id, &c));
    parley_store *st = open_rw();
    parley_doc d = mkdoc("", "", "");
    d.origin = "/some/dir/article.txt";
    assert_int_equal(pl_store_put_events(st, &d, NULL, 0, NULL, 0), 0);
    assert_int_equal(count(st, "SELECT count(*) FROM documents WHERE id = 'article'"), 1);
    assert_int_equal(parley_store_put(st, &d, NULL), PARLEY_STORE_SKIPPED);
    /* The events' ids are those of their JSON lines, also for a document
     * id that JSON must escape. */
    parley_doc e = mkdoc("say \"hi\"\\ \xc3\xa9\t/", "2024-01-01", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &e, ev), PARLEY_STORE_ADDED);
    assert_int_equal(count(st, "SELECT count(*) FROM events"), 2);
    assert_int_equal(count(st, "SELECT count(*) FROM events_view"
                               " WHERE id LIKE 'say \"hi\"\\ \xc3\xa9\t/:_:1'"), 2);
    parley_buf out = PARLEY_BUF_INIT;
    parley_store_filter f = {.doc = "say \"hi\"\\ \xc3\xa9\t/"};
    assert_int_equal(parley_store_export(st, &f, PARLEY_EXPORT_JSONL, to_buf, &out), 0);
    assert_non_null(strstr(out.p, "{\"doc\": \"say \\\"hi\\\"\\\\ \xc3\xa9\\t/\", \"id\": \"say \\\"hi\\\"\\\\ \xc3\xa9\\t/:0:1\""));
    parley_buf_release(&out);
    parley_store_close(st);
}

/* ---- series, places, word forms --------------------------------------- */

struct sr {
    char key[3][64];
    int64_t events, quad1, consult, support, gn;
    double gsum;
};

struct srs {
    int n;
    struct sr r[16];
};

static int on_srow(void *ud, const parley_series_row *r)
{
    struct srs *x = ud;
    if (x->n == 16)
        return 0;
    struct sr *o = &x->r[x->n++];
    const char *k[3] = {r->period, r->source ? r->source : r->country,
                        r->target};
    for (int i = 0; i < 3; i++)
        snprintf(o->key[i], sizeof o->key[i], "%s", k[i] ? k[i] : "-");
    o->events = r->events;
    o->quad1 = r->quad[0];
    o->consult = r->types[1];
    o->support = r->types[2];
    o->gn = r->goldstein_n;
    o->gsum = r->goldstein_sum;
    return 0;
}

static struct srs series(parley_store *st, const parley_store_filter *f,
                           int by, int group, int level, int negated,
                           parley_series_left *left)
{
    struct srs x;
    memset(&x, 0, sizeof x);
    parley_series_opts o = {by, group, level, negated};
    int rc = parley_store_series(st, f, &o, on_srow, &x, left);
    if (rc)
        fail_msg("series: %d %s", rc, parley_store_errmsg(st));
    return x;
}

static void assert_row(const struct sr *r, const char *k0, const char *k1,
                       const char *k2, int64_t events)
{
    if (strcmp(r->key[0], k0) || strcmp(r->key[1], k1) ||
        strcmp(r->key[2], k2) || r->events != events)
        fail_msg("row %s %s %s %lld, want %s %s %s %lld", r->key[0],
                 r->key[1], r->key[2], (long long)r->events, k0, k1, k2,
                 (long long)events);
}

static int on_place(void *ud, const parley_store_place_ref *p)
{
    int64_t *n = ud;
    assert_string_equal(p->name, "Geneva");
    assert_true(p->lat > 46.1 && p->lat < 46.3 && p->lon > 6.1 && p->lon < 6.2);
    *n += p->events;
    return 0;
}

/* Two documents with the same two events (a meeting dated to the day, a
 * signing dated to the month); the second's meeting is negated. */
static void series_and_places(void **state)
{
    (void)state;
    parley_store *st = open_rw();
    parley_doc d1 = mkdoc("d1", "2024-02-14", text1);
    parley_doc d2 = mkdoc("d2", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d1, ev), PARLEY_STORE_ADDED);
    ev[0].negated = 1;
    assert_int_equal(put2(st, &d2, ev), PARLEY_STORE_ADDED);
    parley_series_left left;

    /* Weeks take events dated to the day, and not the negated one. */
    struct srs x = series(st, NULL, PARLEY_BY_WEEK, PARLEY_GROUP_TOTAL,
                            PARLEY_LEVEL_COUNTRY, 0, &left);
    assert_int_equal(x.n, 1);
    assert_row(&x.r[0], "2024-02-12", "-", "-", 1); /* a Wednesday's Monday */
    assert_int_equal(x.r[0].consult, 1);
    assert_int_equal(left.negated, 1);
    assert_int_equal(left.undated, 0);
    assert_int_equal(left.imprecise, 2);

    /* Months take both; dyads at the country level: the UN is an org. */
    x = series(st, NULL, PARLEY_BY_MONTH, PARLEY_GROUP_DYAD,
               PARLEY_LEVEL_COUNTRY, 0, &left);
    assert_int_equal(x.n, 2);
    assert_row(&x.r[0], "2024-02-01", "KAZ", "ESP", 1);
    assert_row(&x.r[1], "2024-03-01", "KAZ", "UN", 2);
    assert_int_equal(x.r[1].support, 2);
    assert_int_equal(x.r[1].quad1, 2);
    assert_int_equal(x.r[1].gn, 2);
    assert_true(x.r[1].gsum > 15.99 && x.r[1].gsum < 16.01);
    assert_int_equal(left.imprecise, 0);

    /* Negated events on demand; one a day; codes; persons. */
    x = series(st, NULL, PARLEY_BY_MONTH, PARLEY_GROUP_DYAD,
               PARLEY_LEVEL_COUNTRY, 1, NULL);
    assert_row(&x.r[0], "2024-02-01", "KAZ", "ESP", 2);
    parley_store_filter oad = {.one_a_day = 1};
    x = series(st, &oad, PARLEY_BY_MONTH, PARLEY_GROUP_DYAD,
               PARLEY_LEVEL_COUNTRY, 0, NULL);
    assert_row(&x.r[1], "2024-03-01", "KAZ", "UN", 1);
    x = series(st, NULL, PARLEY_BY_ALL, PARLEY_GROUP_DYAD, PARLEY_LEVEL_CODE,
               0, NULL);
    assert_int_equal(x.n, 2);
    assert_row(&x.r[0], "-", "KAZ", "IGOUNO", 2);
    assert_row(&x.r[1], "-", "KAZGOV", "ESPGOV", 1);
    x = series(st, NULL, PARLEY_BY_ALL, PARLEY_GROUP_DYAD, PARLEY_LEVEL_PERSON,
               1, NULL);
    assert_int_equal(x.n, 1);
    assert_row(&x.r[0], "-", "Murat Nurtleu", "José Albares", 2);

    /* Countries on either side; filters. */
    x = series(st, NULL, PARLEY_BY_ALL, PARLEY_GROUP_COUNTRY,
               PARLEY_LEVEL_COUNTRY, 0, NULL);
    assert_int_equal(x.n, 2);
    assert_row(&x.r[0], "-", "ESP", "-", 1);
    assert_row(&x.r[1], "-", "KAZ", "-", 3);
    parley_store_filter f = {.type = "consult", .place = "Geneva"};
    x = series(st, &f, PARLEY_BY_YEAR, PARLEY_GROUP_TOTAL,
               PARLEY_LEVEL_COUNTRY, 1, NULL);
    assert_int_equal(x.n, 1);
    assert_row(&x.r[0], "2024-01-01", "-", "-", 2);

    /* Bad options are named. */
    parley_series_opts bad = {9, 0, 0, 0};
    assert_int_equal(parley_store_series(st, NULL, &bad, on_srow, &x, NULL),
                     PARLEY_EINVAL);
    assert_non_null(strstr(parley_store_errmsg(st), "by:"));
    parley_store_filter badf = {.from = "2024-13-99x"};
    parley_series_opts ok = {PARLEY_BY_DAY, 0, 0, 0};
    assert_int_equal(parley_store_series(st, &badf, &ok, on_srow, &x, NULL),
                     PARLEY_EINVAL);
    assert_non_null(strstr(parley_store_errmsg(st), "from:"));

    /* Places: coordinates, negated events on demand. */
    int64_t n = 0;
    assert_int_equal(parley_store_places(st, NULL, 0, 10, on_place, &n), 0);
    assert_int_equal(n, 1);
    n = 0;
    assert_int_equal(parley_store_places(st, NULL, 1, 10, on_place, &n), 0);
    assert_int_equal(n, 2);
    parley_store_close(st);
}

static void series_formats(void **state)
{
    (void)state;
    parley_series_row r;
    memset(&r, 0, sizeof r);
    r.period = "2024-02-12";
    r.source = "Albares, José";
    r.target = "UN";
    r.events = 2;
    r.quad[0] = 2;
    r.types[1] = 2;
    parley_series_opts o = {PARLEY_BY_WEEK, PARLEY_GROUP_DYAD, 0, 0};
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(parley_series_header(&b, &o, PARLEY_SERIES_CSV), 0);
    assert_int_equal(parley_series_write(&b, &r, &o, PARLEY_SERIES_CSV), 0);
    assert_string_equal(b.p,
        "period,source,target,events,quad1,quad2,quad3,quad4,goldstein_sum,"
        "goldstein_mean,agree,consult,support,concede,cooperate,aid,retreat,"
        "request,accuse,reject,threaten,protest,sanction,mobilize,coerce,assault\n"
        "2024-02-12,\"Albares, José\",UN,2,2,0,0,0,0.0,,0,2,0,0,0,0,0,0,0,0,0,"
        "0,0,0,0,0\n");
    parley_buf_reset(&b);
    r.goldstein_n = 2;
    r.goldstein_sum = -7.0;
    o.by = PARLEY_BY_ALL;
    o.group = PARLEY_GROUP_COUNTRY;
    r.country = "KAZ";
    assert_int_equal(parley_series_write(&b, &r, &o, PARLEY_SERIES_JSON), 0);
    assert_non_null(strstr(b.p, "{\"country\": \"KAZ\", \"events\": 2,"));
    assert_non_null(strstr(b.p, "\"goldstein_sum\": -7.0, \"goldstein_mean\": -3.500,"));
    assert_null(strstr(b.p, "period"));
    assert_int_equal(parley_series_write(&b, &r, &o, 9), PARLEY_EINVAL);
    assert_int_equal(parley_series_format_from_name("tsv"), PARLEY_SERIES_TSV);
    assert_int_equal(parley_series_format_from_name("xlsx"), -1);
    assert_int_equal(parley_period_from_name("week"), PARLEY_BY_WEEK);
    assert_int_equal(parley_level_from_name("person"), PARLEY_LEVEL_PERSON);
    assert_int_equal(parley_series_group_from_name("dyads"), -1);
    parley_buf_release(&b);
}

static void text_forms(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"expel", "(expel OR expels OR expeled OR expeling OR expelled OR expelling)"},
        {"met", "(met OR meet OR meets OR meeted OR meeting)"},
        {"sanctions", "(sanctions OR sanction OR sanctioned OR sanctioning)"},
        {"agreement", "(agreement OR agreements)"},
        {"press", "(press OR presses OR pressed OR pressing)"},
        /* As written: names, quoted words, prefixes, short words,
         * operators, NEAR groups, columns, phrases joined with +. */
        {"Guterres", "Guterres"},
        {"\"expel\"", "\"expel\""},
        {"expel*", "expel*"},
        {"UN", "UN"},
        {"NEAR(expel talks, 5)", "NEAR(expel talks, 5)"},
        {"a + bee", "a + bee"},
        /* Groups side by side are joined with AND, as FTS5 needs. */
        {"signed agreement",
         "(signed OR sign OR signs OR signing OR signe OR signes) AND "
         "(agreement OR agreements)"},
        {"talk OR \"x y\" NOT Kazakhstan",
         "(talk OR talks OR talked OR talking) OR \"x y\" NOT Kazakhstan"},
        {"text:visit", "text:(visit OR visits OR visited OR visiting OR visitted OR visitting)"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parley_buf b = PARLEY_BUF_INIT;
        assert_int_equal(parley_text_forms(cases[i].in, &b), 0);
        if (strcmp(b.p ? b.p : "", cases[i].out))
            fail_msg("forms of '%s': '%s', want '%s'", cases[i].in,
                     b.p ? b.p : "", cases[i].out);
        parley_buf_release(&b);
    }
    assert_int_equal(parley_text_forms(NULL, NULL), PARLEY_EINVAL);
    /* In a search: "sign" finds "signed"; quoted, it does not. */
    parley_store *st = open_rw();
    parley_doc d = mkdoc("d1", "2024-02-14", text1);
    parley_event ev[2];
    mkevents(ev, text1);
    assert_int_equal(put2(st, &d, ev), PARLEY_STORE_ADDED);
    parley_store_filter f = {.text = "sign"};
    assert_int_equal(nrows(st, &f), 1);
    f.text = "\"sign\"";
    assert_int_equal(nrows(st, &f), 0);
    f.text = "meeting";
    assert_int_equal(nrows(st, &f), 1); /* "met" */
    parley_store_close(st);
}

int main(void)
{
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(put_skip_replace, setup),
        cmocka_unit_test_setup(batches, setup),
        cmocka_unit_test_setup(sends, setup),
        cmocka_unit_test_setup(force_recodes, setup),
        cmocka_unit_test_setup(filters, setup),
        cmocka_unit_test_setup(one_a_day, setup),
        cmocka_unit_test_setup(exports, setup),
        cmocka_unit_test_setup(batched_reads, setup),
        cmocka_unit_test_setup(stats, setup),
        cmocka_unit_test_setup(migrates_old_schema, setup),
        cmocka_unit_test_setup(refuses_newer_and_foreign, setup),
        cmocka_unit_test_setup(corrupt_and_missing, setup),
        cmocka_unit_test_setup(locked, setup),
        cmocka_unit_test_setup(full, setup),
        cmocka_unit_test_setup(readonly_handle, setup),
        cmocka_unit_test_setup(hash_and_ids, setup),
        cmocka_unit_test_setup(series_and_places, setup),
        cmocka_unit_test(series_formats),
        cmocka_unit_test_setup(text_forms, setup),
    };
    int rc = cmocka_run_group_tests_name("sqlite", tests, NULL, NULL);
    if (getenv("PARLEY_TEST_PG_URL")) {
        const struct CMUnitTest pg[] = {
            cmocka_unit_test_setup(force_recodes, setup_pg),
            cmocka_unit_test_setup(sends, setup_pg),
            cmocka_unit_test_setup(filters, setup_pg),
            cmocka_unit_test_setup(one_a_day, setup_pg),
            cmocka_unit_test_setup(exports, setup_pg),
            cmocka_unit_test_setup(stats, setup_pg),
            cmocka_unit_test_setup(readonly_handle, setup_pg),
            cmocka_unit_test_setup(series_and_places, setup_pg),
            cmocka_unit_test_setup(text_forms, setup_pg),
        };
        rc |= cmocka_run_group_tests_name("postgresql", pg, NULL, NULL);
    }
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return rc;
}
