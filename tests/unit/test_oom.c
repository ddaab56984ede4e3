/* test_oom.c — allocation failure, SQLite's test_malloc way (issue 13):
 * for every N, the Nth allocation of a whole operation fails (once, and
 * from N on), until an N past the operation's last allocation. The
 * operations: parley_code (with and without the community's CAMEO
 * dictionaries) and writing its events, parley_store_put (a new document
 * and a changed one, alone and in a batch), and an API request of
 * `parley serve` (every route), and a parley_batch (new, a JSON line, a
 * malformed one and a document, finish; in the caller's thread). Each run
 * must report PARLEY_ENOMEM (the API: a 500 "out of memory"; a batch's
 * document: its err) or give exactly the answer of a run without
 * failures — never a different answer, which is how an out-of-memory
 * turned into "no entity" shows — leak nothing, and leave the store with
 * all of the document or none of it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../faultalloc.h"
#include "parley.h"
#include "serve/serve.h"
#include "util/arena.h"

/* Runs past this many allocations mean a loop that never ends. */
#define MAX_N 200000L

static parley_lexicon *lx;
static parley_cameo *cameo;
/* tmpfs when there is one: thousands of stores are made and dropped */
static char dir[64] = "/tmp/parley-oom-XXXXXX";

static const char text1[] =
    "Foreign ministers of Kazakhstan and Uzbekistan hold talks in Astana\n\n"
    "ASTANA, 12 March 2025 - Minister of Foreign Affairs of the Republic of "
    "Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of the Republic "
    "of Uzbekistan Bakhtiyor Saidov in Astana today.\n\n"
    "The ministers discussed trade and water management in the region. Following "
    "the talks, the parties signed a Memorandum of Understanding.\n\n"
    "Mr. Saidov thanked the Kazakh side for the warm welcome and invited Minister "
    "Nurtleu to visit Tashkent. He also met with the UN Secretary-General, who "
    "praised both countries.\n\n"
    "The Foreign Ministers of Spain José Albares, Latvia Baiba Braže and Lithuania "
    "Kęstutis Budrys called on Russia to withdraw. The latter condemned the strikes; "
    "Moscow accused Vilnius of an unfriendly step.";

static void text_doc(parley_doc *d, const char *id, const char *text)
{
    memset(d, 0, sizeof *d);
    d->id.p = id;
    d->id.n = strlen(id);
    d->text.p = text;
    d->text.n = strlen(text);
    d->date.p = "2025-03-12";
    d->date.n = 10;
    d->origin = "oom.txt";
}

static void write_file(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    if (access("/dev/shm", W_OK) == 0)
        snprintf(dir, sizeof dir, "/dev/shm/parley-oom-XXXXXX");
    assert_non_null(mkdtemp(dir));
    if (parley_lexicon_load(&lx, NULL, NULL))
        return -1;
    write_file("t.verbs", "MEET [040]\n- * WITH + [040]\nTHANK [051]\nACCUSE_ [112]\n"
                          "INVITE [020]\nCONDEMN_ [122]\n");
    write_file("t.actors", "KAZAKHSTAN_ [KAZ]\nUZBEKISTAN_ [UZB]\nNURTLEU_ [KAZGOV]\n"
                           "SAIDOV_ [UZBGOV]\nRUSSIA_ [RUS]\nMOSCOW_ [RUS]\nVILNIUS_ [LTU]\n");
    char v[300], a[300];
    snprintf(v, sizeof v, "%s/t.verbs", dir);
    snprintf(a, sizeof a, "%s/t.actors", dir);
    const char *actors[] = {a};
    parley_cameo_opts co = {v, actors, 1, NULL, NULL, NULL, PARLEY_CAMEO_TABARI, 0, NULL, NULL};
    return parley_cameo_load(&cameo, &co, NULL);
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(lx);
    parley_cameo_free(cameo);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* ---- parley_code ---- */

/* Codes doc and writes every event as JSON into out. */
static int code_all(const parley_doc *doc, const parley_code_opts *o, parley_buf *out)
{
    parley_result *r;
    int rc = parley_code(lx, doc, o, &r);
    if (rc)
        return rc;
    for (size_t i = 0; i < parley_result_count(r) && !rc; i++)
        rc = parley_write_json(out, doc, parley_result_event(r, i), i);
    parley_result_free(r);
    return rc;
}

/* The loop of the file comment over code_all, in both failure modes. */
static void code_under_failures(const parley_code_opts *o, long *runs)
{
    parley_doc doc;
    text_doc(&doc, "oom", text1);
    parley_buf want = PARLEY_BUF_INIT, got = PARLEY_BUF_INIT;
    assert_int_equal(code_all(&doc, o, &want), 0); /* warm-up and reference */
    assert_true(want.n > 0);
    for (int persist = 0; persist < 2; persist++) {
        long n;
        for (n = 1; n < MAX_N; n++) {
            parley_buf_release(&got);
            size_t live = fa_live();
            fa_arm(n, persist);
            int rc = code_all(&doc, o, &got);
            int failed = fa_failed();
            fa_arm(0, 0);
            if (rc && rc != PARLEY_ENOMEM)
                fail_msg("N=%ld%s: parley_code returned %d, not PARLEY_ENOMEM", n,
                         persist ? " and after" : "", rc);
            if (!rc && (got.n != want.n || memcmp(got.p, want.p, want.n))) {
                size_t at = 0;
                while (at < got.n && at < want.n && got.p[at] == want.p[at])
                    at++;
                size_t from = at > 60 ? at - 60 : 0;
                fail_msg("N=%ld%s: a failed allocation changed the answer (%zu bytes, "
                         "want %zu) instead of giving PARLEY_ENOMEM; at byte %zu got "
                         "\"%.120s\", want \"%.120s\"", n, persist ? " and after" : "",
                         got.n, want.n, at, got.p + from, want.p + from);
            }
            parley_buf_release(&got);
            if (fa_live() != live)
                fail_msg("N=%ld%s: %zu blocks leaked", n, persist ? " and after" : "",
                         fa_live() - live);
            if (!failed)
                break; /* past the last allocation */
        }
        assert_true(n > 1 && n < MAX_N);
        *runs += n;
    }
    parley_buf_release(&want);
}

/* Each twice: with the arena's usual blocks, and with a block for every
 * arena allocation (pl_arena_test_block = 1), so that a failure can hit each
 * allocation of the coder (coreference, mentions, events, ...), not only
 * the few mallocs of whole blocks. */
static void oom_code(void **state)
{
    (void)state;
    long runs = 0;
    code_under_failures(NULL, &runs);
    pl_arena_test_block = 1;
    code_under_failures(NULL, &runs);
    pl_arena_test_block = 0;
    print_message("parley_code: %ld runs\n", runs);
}

static void oom_code_cameo(void **state)
{
    (void)state;
    parley_code_opts o = {0};
    o.cameo = cameo;
    long runs = 0;
    code_under_failures(&o, &runs);
    pl_arena_test_block = 1;
    code_under_failures(&o, &runs);
    pl_arena_test_block = 0;
    print_message("parley_code with CAMEO dictionaries: %ld runs\n", runs);
}

/* ---- parley_store_put ---- */

typedef struct counts {
    long docs, events;
    char first_text[64];
} counts;

static int count_row(void *ud, const parley_store_row *row)
{
    counts *c = ud;
    if (!c->events++ && row->evidence)
        snprintf(c->first_text, sizeof c->first_text, "%s", row->evidence);
    return 0;
}

static int count_stat(void *ud, const char *group, const char *key, int64_t n)
{
    (void)key;
    if (!strcmp(group, "documents"))
        ((counts *)ud)->docs = n;
    return 0;
}

/* What the store at path holds, read with a fresh handle (no failures). */
static counts stored(const char *path)
{
    counts c = {0, 0, ""};
    parley_store *st;
    parley_store_opts so = {PARLEY_STORE_READONLY, 0};
    assert_int_equal(parley_store_open(&st, path, &so), 0);
    assert_int_equal(parley_store_check(st), 0);
    assert_int_equal(parley_store_query(st, NULL, count_row, &c), 0);
    assert_int_equal(parley_store_stats(st, count_stat, &c), 0);
    parley_store_close(st);
    return c;
}

/* One put of new (over old, when not NULL, stored first) under the
 * failure of allocation n; checks that the store holds all of new or
 * still exactly what it held before. Returns whether a failure was
 * injected. */
static int put_once(long n, int persist, int batch, const parley_doc *old,
                    const parley_result *old_r, const parley_doc *new,
                    const parley_result *new_r, counts before, counts after)
{
    char path[300];
    snprintf(path, sizeof path, "%s/s.db", dir);
    unlink(path);
    size_t live = fa_live();
    parley_store *st;
    assert_int_equal(parley_store_open(&st, path, NULL), 0);
    if (old)
        assert_int_equal(parley_store_put(st, old, old_r), PARLEY_STORE_ADDED);
    if (batch)
        assert_int_equal(parley_store_begin(st), 0);
    fa_arm(n, persist);
    int rc = parley_store_put(st, new, new_r);
    if (batch && rc >= 0)
        rc = parley_store_commit(st);
    int failed = fa_failed();
    fa_arm(0, 0);
    if (rc < 0 && rc != PARLEY_ENOMEM)
        fail_msg("N=%ld%s%s: parley_store_put returned %d (%s), not PARLEY_ENOMEM", n,
                 persist ? " and after" : "", batch ? " in a batch" : "", rc,
                 parley_store_errmsg(st));
    /* the handle is still good for the same document */
    if (rc < 0) {
        int again = parley_store_put(st, new, new_r);
        if (again < 0)
            fail_msg("N=%ld: the store handle is unusable after PARLEY_ENOMEM: %s", n,
                     parley_store_errmsg(st));
    }
    parley_store_close(st);
    if (fa_live() != live)
        fail_msg("N=%ld%s%s: %zu blocks leaked", n, persist ? " and after" : "",
                 batch ? " in a batch" : "", fa_live() - live);
    /* all or nothing: on failure (before the retry above) the store held
     * `before`; now, after the retry, it must hold `after` */
    counts c = stored(path);
    if (c.docs != after.docs || c.events != after.events || strcmp(c.first_text, after.first_text))
        fail_msg("N=%ld: the store holds %ld documents and %ld events, want %ld and %ld", n,
                 c.docs, c.events, after.docs, after.events);
    (void)before;
    unlink(path);
    return failed;
}

/* A failed put followed by the check of put_once could not tell a half
 * put from a retried one: so each N is also run without the retry, and
 * the store read right after the failure. */
static int put_no_retry(long n, const parley_doc *old, const parley_result *old_r,
                        const parley_doc *new, const parley_result *new_r, counts before,
                        counts after)
{
    char path[300];
    snprintf(path, sizeof path, "%s/r.db", dir);
    unlink(path);
    parley_store *st;
    assert_int_equal(parley_store_open(&st, path, NULL), 0);
    if (old)
        assert_int_equal(parley_store_put(st, old, old_r), PARLEY_STORE_ADDED);
    fa_arm(n, 1);
    int rc = parley_store_put(st, new, new_r);
    int failed = fa_failed();
    fa_arm(0, 0);
    parley_store_close(st);
    counts c = stored(path);
    counts want = rc < 0 ? before : after;
    if (c.docs != want.docs || c.events != want.events || strcmp(c.first_text, want.first_text))
        fail_msg("N=%ld: after rc %d the store holds %ld documents and %ld events, want %ld "
                 "and %ld: half written", n, rc, c.docs, c.events, want.docs, want.events);
    unlink(path);
    return failed;
}

static void oom_store_put(void **state)
{
    (void)state;
    static const char text2[] =
        "Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign "
        "Affairs of Lithuania Kęstutis Budrys in Riga. Zebrafish governance was discussed.";
    parley_doc d1, d2;
    text_doc(&d1, "doc-a", text1);
    text_doc(&d2, "doc-a", text2); /* the same id, new content: a replacement */
    parley_result *r1, *r2;
    assert_int_equal(parley_code(lx, &d1, NULL, &r1), 0);
    assert_int_equal(parley_code(lx, &d2, NULL, &r2), 0);
    /* the states to expect, from puts without failures */
    char path[300];
    snprintf(path, sizeof path, "%s/ref.db", dir);
    parley_store *st;
    assert_int_equal(parley_store_open(&st, path, NULL), 0);
    assert_int_equal(parley_store_put(st, &d1, r1), PARLEY_STORE_ADDED);
    parley_store_close(st);
    counts s1 = stored(path);
    assert_int_equal(parley_store_open(&st, path, NULL), 0);
    assert_int_equal(parley_store_put(st, &d2, r2), PARLEY_STORE_REPLACED);
    parley_store_close(st);
    counts s2 = stored(path);
    unlink(path);
    counts empty = {0, 0, ""};
    assert_true(s1.events > 1 && s2.events >= 1);
    long runs = 0;
    for (int mode = 0; mode < 5; mode++) {
        long n;
        for (n = 1; n < MAX_N; n++) {
            int failed;
            switch (mode) {
            case 0: failed = put_once(n, 0, 0, NULL, NULL, &d1, r1, empty, s1); break;
            case 1: failed = put_once(n, 1, 0, NULL, NULL, &d1, r1, empty, s1); break;
            case 2: failed = put_once(n, 0, 1, &d1, r1, &d2, r2, s1, s2); break;
            case 3: failed = put_no_retry(n, NULL, NULL, &d1, r1, empty, s1); break;
            default: failed = put_no_retry(n, &d1, r1, &d2, r2, s1, s2); break;
            }
            if (!failed)
                break;
        }
        assert_true(n > 1 && n < MAX_N);
        runs += n;
    }
    print_message("parley_store_put: %ld runs\n", runs);
    parley_result_free(r1);
    parley_result_free(r2);
}

/* ---- a request of parley serve ---- */

static const char *const requests[][2] = {
    {"/api/events", "limit=3&actor=KAZ"},
    {"/api/events", "type=consult&from=2025-03"},
    {"/api/events/oom-1:1:1", ""},
    {"/api/actors", "q=nur"},
    {"/api/stats", "pairs=3"},
    {"/api/graph", "nodes=5"},
    {"/api/documents/oom-1", ""},
    {"/api/nowhere", ""},
    {"/healthz", ""},
};

/* One request, with allocation n failing (0: none) once the store is
 * open; returns whether a failure was injected. */
static int one_request(const char *path, const char *q, int cached, long n, serve_resp *r)
{
    char db[300];
    snprintf(db, sizeof db, "%s/serve.db", dir);
    parley_store *st;
    parley_store_opts so = {PARLEY_STORE_READONLY, 0};
    assert_int_equal(parley_store_open(&st, db, &so), 0);
    serve_cache *c = cached ? pl_serve_cache_new() : NULL;
    r->status = 0;
    parley_buf_init(&r->body);
    fa_arm(n, 0);
    pl_serve_api(st, c, path, q, strlen(q), r, NULL, NULL);
    int failed = fa_failed();
    fa_arm(0, 0);
    pl_serve_cache_free(c);
    parley_store_close(st);
    return failed;
}

static void oom_serve_request(void **state)
{
    (void)state;
    char db[300];
    snprintf(db, sizeof db, "%s/serve.db", dir);
    parley_store *st;
    assert_int_equal(parley_store_open(&st, db, NULL), 0);
    parley_doc d;
    text_doc(&d, "oom-1", text1);
    parley_result *r;
    assert_int_equal(parley_code(lx, &d, NULL, &r), 0);
    assert_int_equal(parley_store_put(st, &d, r), PARLEY_STORE_ADDED);
    parley_result_free(r);
    parley_store_close(st);
    long runs = 0;
    for (size_t k = 0; k < sizeof requests / sizeof requests[0]; k++)
        for (int cached = 0; cached < 2; cached++) {
            serve_resp want, got;
            one_request(requests[k][0], requests[k][1], cached, 0, &want); /* warm-up */
            parley_buf_release(&want.body);
            one_request(requests[k][0], requests[k][1], cached, 0, &want);
            long n;
            for (n = 1; n < MAX_N; n++) {
                size_t live = fa_live();
                int failed = one_request(requests[k][0], requests[k][1], cached, n, &got);
                int same = got.status == want.status && got.body.n == want.body.n &&
                           !memcmp(got.body.p, want.body.p, want.body.n);
                int nomem = got.status == 500 &&
                            (!got.body.n || strstr(got.body.p, "out of memory"));
                if (!same && !nomem)
                    fail_msg("%s?%s N=%ld%s: status %d and %zu bytes, want %d and %zu, or 500 "
                             "out of memory:\n%.300s", requests[k][0], requests[k][1], n,
                             cached ? " (cache)" : "", got.status, got.body.n, want.status,
                             want.body.n, got.body.p ? got.body.p : "");
                parley_buf_release(&got.body);
                if (fa_live() != live)
                    fail_msg("%s N=%ld: %zu blocks leaked", requests[k][0], n,
                             fa_live() - live);
                if (!failed)
                    break;
            }
            assert_true(n < MAX_N);
            runs += n;
            parley_buf_release(&want.body);
        }
    print_message("serve requests: %ld runs\n", runs);
}

/* ---- parley_batch (in the caller's thread: faultalloc is not thread-safe;
 * the threaded path is run under ThreadSanitizer and by oom-cli's ingest) ---- */

static int batch_done(void *ud, const parley_batch_item *it)
{
    parley_buf *out = ud;
    if (it->err)
        return 1;
    if (parley_buf_addf(out, "%zu m%d v%d|", it->seq, it->malformed, it->verdict) ||
        parley_buf_add(out, it->out.p, it->out.n))
        return PARLEY_ENOMEM;
    return 0;
}

static int batch_render(void *ud, const parley_doc *doc, const parley_result *r,
                        parley_buf *out)
{
    (void)ud;
    int rc = 0;
    for (size_t i = 0; i < parley_result_count(r) && !rc; i++)
        rc = parley_write_json(out, doc, parley_result_event(r, i), i);
    return rc;
}

/* A JSON line, a malformed one and a parsed document through a batch
 * (coded in groups of `group`). Returns 0 when every step succeeded,
 * else the first failure's code. */
static int batch_run(parley_buf *out, size_t group)
{
    static const char *lines[] = {
        "{\"id\": \"b1\", \"date\": \"2025-03-12\", \"text\": \"Kazakh Foreign Minister "
        "Murat Nurtleu met Bakhtiyor Saidov in Astana.\"}",
        "{\"id\": ",
    };
    parley_batch_opts o;
    memset(&o, 0, sizeof o);
    o.render = batch_render;
    o.done = batch_done;
    o.ud = out;
    o.group = group;
    parley_batch *b;
    int rc = parley_batch_new(&b, lx, &o);
    if (rc)
        return rc;
    for (size_t i = 0; i < 2 && !rc; i++) {
        parley_record rec;
        memset(&rec, 0, sizeof rec);
        rec.raw = (parley_str){lines[i], strlen(lines[i])};
        rec.origin = "b.jsonl";
        rec.line = i + 1;
        rc = parley_batch_submit_record(b, &rec);
    }
    parley_doc doc;
    text_doc(&doc, "b3", "Russia condemned the strikes; Moscow accused Vilnius.");
    if (!rc)
        rc = parley_batch_submit(b, &doc);
    if (!rc)
        rc = parley_batch_finish(b);
    parley_batch_free(b);
    return rc;
}

static void oom_batch(void **state)
{
    (void)state;
    parley_buf want = PARLEY_BUF_INIT, got = PARLEY_BUF_INIT;
    assert_int_equal(batch_run(&want, 0), 0);
    assert_non_null(strstr(want.p, "1 m1 v0|2 m0 v1|{\"doc\": \"b3\""));
    long runs = 0;
    /* as oom_code: then with a block for every arena allocation; one at
     * a time, then in a group */
    for (int mode = 0; mode < 8; mode++) {
        size_t group = mode >> 2 ? 4 : 0;
        int persist = mode & 1;
        pl_arena_test_block = (mode >> 1) & 1;
        long n;
        for (n = 1; n < MAX_N; n++) {
            size_t live = fa_live();
            fa_arm(n, persist);
            int rc = batch_run(&got, group);
            int failed = fa_failed();
            fa_arm(0, 0);
            /* 1: a document failed (item.err) and done stopped the batch */
            if (rc && rc != PARLEY_ENOMEM && rc != 1)
                fail_msg("N=%ld: the batch returned %d, not PARLEY_ENOMEM", n, rc);
            if (!rc && !failed && (got.n != want.n || memcmp(got.p, want.p, want.n)))
                fail_msg("N=%ld: a different answer without a failure", n);
            if (!rc && failed && got.n == want.n && memcmp(got.p, want.p, want.n))
                fail_msg("N=%ld: a failed allocation changed the answer", n);
            parley_buf_release(&got);
            if (fa_live() != live)
                fail_msg("N=%ld%s: %zu blocks leaked", n, persist ? " and after" : "",
                         fa_live() - live);
            if (!failed)
                break;
        }
        assert_true(n > 1 && n < MAX_N);
        runs += n;
    }
    pl_arena_test_block = 0;
    parley_buf_release(&want);
    print_message("parley_batch: %ld runs\n", runs);
}

int main(void)
{
    fa_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(oom_code),
        cmocka_unit_test(oom_code_cameo),
        cmocka_unit_test(oom_store_put),
        cmocka_unit_test(oom_serve_request),
        cmocka_unit_test(oom_batch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
