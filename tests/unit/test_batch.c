/* test_batch.c — the ordered parallel engine (parley_batch_*): for every
 * number of threads, queue size, byte cap and group size, the same callbacks with the
 * same contents in input order, messages in their place, admit in order,
 * a stop that stops, errors handed out; run under TSan by .ci/run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"

static parley_lexicon *lx;

static int setup(void **state)
{
    (void)state;
    parley_lexicon_opts lo = {0};
    return parley_lexicon_load(&lx, &lo, NULL);
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(lx);
    return 0;
}

/* What the callbacks saw, in the submitting thread (done and log), and in
 * admit (serialized by the batch). */
struct seen {
    parley_buf t;     /* transcript of done and log calls */
    parley_buf admits; /* ids in the order admit saw them */
    size_t ndone;
    int stop_at;      /* done returns 7 at this seq (-1: never) */
    int boom;         /* render fails for the document "d-boom" */
    int use_admit;
};

static void seen_init(struct seen *s)
{
    memset(s, 0, sizeof *s);
    parley_buf_init(&s->t);
    parley_buf_init(&s->admits);
    s->stop_at = -1;
}

static void seen_release(struct seen *s)
{
    parley_buf_release(&s->t);
    parley_buf_release(&s->admits);
}

static void log_to(void *ud, int severity, const char *msg)
{
    struct seen *s = ud;
    assert_int_equal(parley_buf_addf(&s->t, "log %d %s\n", severity, msg), 0);
}

static int done_cb(void *ud, const parley_batch_item *it)
{
    struct seen *s = ud;
    assert_int_equal(it->seq, s->ndone);
    s->ndone++;
    parley_buf *t = &s->t;
    assert_int_equal(parley_buf_addf(t, "done %zu v%d m%d e%d ", it->seq, it->verdict,
                                     it->malformed, it->err), 0);
    if (it->doc)
        assert_int_equal(parley_buf_addf(t, "%.*s [%.*s] ", (int)it->doc->id.n,
                                         it->doc->id.p, (int)it->doc->text.n,
                                         it->doc->text.p), 0);
    if (it->result)
        assert_int_equal(parley_buf_addf(t, "%zu events ",
                                         parley_result_count(it->result)), 0);
    assert_int_equal(parley_buf_add(t, it->out.p, it->out.n), 0);
    assert_int_equal(parley_buf_addc(t, '\n'), 0);
    return (int)it->seq == s->stop_at ? 7 : 0;
}

static int render_cb(void *ud, const parley_doc *doc, const parley_result *r,
                     parley_buf *out)
{
    const struct seen *s = ud;
    if (s->boom && doc->id.n == 6 && !memcmp(doc->id.p, "d-boom", 6))
        return PARLEY_EIO;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        int rc = parley_write_json(out, doc, parley_result_event(r, i), i);
        if (rc)
            return rc;
    }
    return 0;
}

/* Skips every third document, renames every fifth, logs about both. */
static int admit_cb(void *ud, parley_doc *doc, parley_buf *scratch, parley_log_fn log,
                    void *log_ud)
{
    struct seen *s = ud;
    assert_int_equal(scratch->n, 0);
    int k = atoi(doc->id.p + 2); /* "d-K" */
    if (parley_buf_add(&s->admits, doc->id.p, doc->id.n) || parley_buf_addc(&s->admits, ' '))
        return PARLEY_ENOMEM;
    if (k % 3 == 0) {
        log(log_ud, PARLEY_WARNING, "skipped");
        return 0;
    }
    if (k % 5 == 0) {
        if (parley_buf_addf(scratch, "renamed-%d", k))
            return PARLEY_ENOMEM;
        doc->id = (parley_str){scratch->p, scratch->n};
        log(log_ud, PARLEY_ERROR, "renamed");
        return 2;
    }
    return 1;
}

static const char *const sentences[] = {
    "Kazakh Foreign Minister Murat Nurtleu met Ukrainian Foreign Minister "
    "Andrii Sybiha in Astana on Monday.",
    "The ministers signed an agreement on trade.",
    "Russia condemned the sanctions imposed by the European Union.",
    "UN Secretary-General António Guterres welcomed the talks.",
    "Nothing happened today.",
};

/* Document k's text, in buf (overwritten by the next call: the batch must
 * have copied it). */
static parley_doc make_doc(int k, char *buf, size_t n, char *idbuf, size_t idn)
{
    snprintf(idbuf, idn, k < 0 ? "d-boom" : "d-%d", k);
    snprintf(buf, n, "Doc %d. %s %s", k, sentences[(k < 0 ? 0 : k) % 5],
             sentences[(k + 2 < 0 ? 0 : k + 2) % 5]);
    parley_doc d;
    memset(&d, 0, sizeof d);
    d.id = (parley_str){idbuf, strlen(idbuf)};
    d.text = (parley_str){buf, strlen(buf)};
    d.date = (parley_str){"2025-03-10", 10};
    d.origin = "t";
    return d;
}

struct run_opts {
    int threads;
    size_t queue, max_bytes;
    size_t group; /* threads 0: documents coded together */
};

/* Submits ndocs documents (with a message of the submitter's after every
 * seventh) and returns what the callbacks saw in s; finish's value in
 * *fin. */
static void run_docs(const struct run_opts *ro, int ndocs, struct seen *s, int *fin,
                     int *first_stop)
{
    parley_batch_opts o;
    memset(&o, 0, sizeof o);
    o.threads = ro->threads;
    o.queue = ro->queue;
    o.max_bytes = ro->max_bytes;
    o.group = ro->group;
    o.log = log_to;
    o.log_ud = s;
    o.render = render_cb;
    o.done = done_cb;
    o.admit = s->use_admit ? admit_cb : NULL;
    o.ud = s;
    parley_batch *b;
    assert_int_equal(parley_batch_new(&b, lx, &o), 0);
    assert_int_equal(parley_batch_threads(b), ro->threads);
    char buf[512], id[32];
    *first_stop = 0;
    for (int k = 1; k <= ndocs; k++) {
        parley_doc d = make_doc(s->boom && k == ndocs / 2 ? -1 : k, buf, sizeof buf, id,
                                sizeof id);
        int rc = parley_batch_submit(b, &d);
        memset(buf, 'x', sizeof buf - 1); /* the batch has its own copy */
        memset(id, 'y', sizeof id - 1);
        if (rc) {
            *first_stop = rc;
            break;
        }
        if (k % 7 == 0) {
            char m[32];
            snprintf(m, sizeof m, "after %d", k);
            parley_batch_log(b, PARLEY_WARNING, m);
        }
    }
    *fin = parley_batch_finish(b);
    parley_batch_free(b);
}

static const struct run_opts variants[] = {
    {0, 0, 0, 0}, {1, 0, 0, 0}, {2, 0, 0, 0}, {4, 0, 0, 0}, {7, 0, 0, 0},
    {3, 1, 0, 0}, {2, 3, 0, 0}, {4, 0, 1, 0}, {2, 5, 200, 0},
    {0, 0, 0, 4}, {0, 0, 0, 32}, {0, 3, 0, 8}, {2, 0, 0, 8}, {3, 0, 0, 5},
    {2, 5, 200, 4}, {4, 0, 1, 16},
};
#define NVARIANTS (sizeof variants / sizeof variants[0])

/* The same transcript for every variant as coding in the caller's thread. */
static void same_for_every_variant(int use_admit)
{
    struct seen ref;
    seen_init(&ref);
    ref.use_admit = use_admit;
    int fin, stop;
    run_docs(&variants[0], 60, &ref, &fin, &stop);
    assert_int_equal(fin, 0);
    assert_int_equal(ref.ndone, 60);
    assert_non_null(strstr(ref.t.p, " events {\"doc\": \"")); /* events rendered */
    assert_non_null(strstr(ref.t.p, "done 6 v1 m0 e0 d-7 [Doc 7. "));
    /* the submitter's message comes after document 7, before 8 */
    assert_non_null(strstr(ref.t.p, "\nlog 1 after 7\ndone 7 "));
    if (use_admit) {
        assert_non_null(strstr(ref.t.p, "log 1 skipped\ndone 2 v0 m0 e0 d-3 [Doc 3."));
        assert_non_null(strstr(ref.t.p, "log 2 renamed\ndone 4 v2 m0 e0 renamed-5 [Doc 5."));
    }
    for (size_t v = 1; v < NVARIANTS; v++) {
        struct seen s;
        seen_init(&s);
        s.use_admit = use_admit;
        run_docs(&variants[v], 60, &s, &fin, &stop);
        assert_int_equal(fin, 0);
        assert_int_equal(stop, 0);
        assert_int_equal(s.ndone, 60);
        if (strcmp(ref.t.p, s.t.p))
            fail_msg("threads %d queue %zu max_bytes %zu group %zu: a different transcript",
                     variants[v].threads, variants[v].queue, variants[v].max_bytes,
                     variants[v].group);
        if (use_admit)
            assert_string_equal(ref.admits.p, s.admits.p);
        seen_release(&s);
    }
    seen_release(&ref);
}

static void documents_in_input_order(void **state)
{
    (void)state;
    same_for_every_variant(0);
}

static void admit_in_input_order(void **state)
{
    (void)state;
    same_for_every_variant(1);
}

/* A done that returns non-zero stops the batch: no more callbacks, and
 * submit and finish return its value. */
static void done_stops_the_batch(void **state)
{
    (void)state;
    for (size_t v = 0; v < NVARIANTS; v++) {
        struct seen s;
        seen_init(&s);
        s.stop_at = 10;
        int fin, stop;
        run_docs(&variants[v], 200, &s, &fin, &stop);
        assert_int_equal(s.ndone, 11);
        assert_int_equal(fin, 7);
        assert_int_equal(stop, 7); /* 200 documents overflow every queue */
        seen_release(&s);
    }
}

/* A render failure is the document's err, logged with its origin; the
 * documents before it are handed out. */
static void render_error_is_handed_out(void **state)
{
    (void)state;
    for (size_t v = 0; v < NVARIANTS; v++) {
        struct seen s;
        seen_init(&s);
        s.boom = 1;
        int fin, stop;
        run_docs(&variants[v], 20, &s, &fin, &stop);
        assert_int_equal(fin, 0);
        assert_int_equal(s.ndone, 20);
        assert_non_null(strstr(s.t.p, "log 2 t: input/output error\ndone 9 v1 m0 e-2 d-boom"));
        seen_release(&s);
    }
}

/* JSON lines parsed on the workers: malformed and blank ones in their
 * place, the parser's messages in order, the default date applied. */
static void records_parsed_in_order(void **state)
{
    (void)state;
    const char *lines[] = {
        "{\"id\": \"r1\", \"text\": \"Kazakh Foreign Minister Murat Nurtleu met "
        "Andrii Sybiha in Astana.\"}",
        "not json",
        "{\"id\": \"r2\", \"date\": \"next Tuesday\", \"text\": \"Russia condemned "
        "the sanctions.\"}",
        "{\"id\": \"r3\", \"text\": 42}",
        "{\"id\": \"r4\", \"date\": \"2025-01-02\", \"text\": \"The ministers "
        "signed an agreement.\"}",
    };
    parley_buf ref = PARLEY_BUF_INIT;
    for (size_t v = 0; v < NVARIANTS; v++) {
        struct seen s;
        seen_init(&s);
        parley_batch_opts o;
        memset(&o, 0, sizeof o);
        o.threads = variants[v].threads;
        o.queue = variants[v].queue;
        o.max_bytes = variants[v].max_bytes;
        o.group = variants[v].group;
        o.code.default_date = "2024-06-01";
        o.log = log_to;
        o.log_ud = &s;
        o.render = render_cb;
        o.done = done_cb;
        o.ud = &s;
        parley_batch *b;
        assert_int_equal(parley_batch_new(&b, lx, &o), 0);
        for (int round = 0; round < 10; round++) {
            for (size_t i = 0; i < 5; i++) {
                char line[256];
                snprintf(line, sizeof line, "%s", lines[i]);
                parley_record rec;
                memset(&rec, 0, sizeof rec);
                rec.raw = (parley_str){line, strlen(line)};
                rec.origin = "in.jsonl";
                rec.line = (size_t)round * 5 + i + 1;
                assert_int_equal(parley_batch_submit_record(b, &rec), 0);
                memset(line, 'z', sizeof line - 1);
            }
        }
        assert_int_equal(parley_batch_finish(b), 0);
        parley_batch_free(b);
        assert_int_equal(s.ndone, 50);
        if (v == 0) {
            assert_int_equal(parley_buf_add(&ref, s.t.p, s.t.n), 0);
            assert_non_null(strstr(s.t.p, "log 2 in.jsonl:2: "));
            assert_non_null(strstr(s.t.p, "\ndone 1 v0 m1 e0 \n"));
            assert_non_null(strstr(s.t.p, "\ndone 3 v0 m1 e0 \n"));
            assert_non_null(strstr(s.t.p, "\"date\": \"2024-06-01\""));
            assert_non_null(strstr(s.t.p, "in.jsonl:48:"));
        } else if (strcmp(ref.p, s.t.p)) {
            fail_msg("records, threads %d queue %zu group %zu: a different transcript",
                     variants[v].threads, variants[v].queue, variants[v].group);
        }
        seen_release(&s);
    }
    parley_buf_release(&ref);
}

static int done_nop(void *ud, const parley_batch_item *it)
{
    (void)ud;
    (void)it;
    return 0;
}

static void bad_options(void **state)
{
    (void)state;
    parley_batch *b = (parley_batch *)&b;
    parley_batch_opts o;
    memset(&o, 0, sizeof o);
    assert_int_equal(parley_batch_new(&b, lx, NULL), PARLEY_EINVAL);
    assert_null(b);
    assert_int_equal(parley_batch_new(&b, lx, &o), PARLEY_EINVAL); /* no done */
    o.done = done_nop;
    o.threads = -1;
    assert_int_equal(parley_batch_new(&b, lx, &o), PARLEY_EINVAL);
    o.threads = 1025;
    assert_int_equal(parley_batch_new(&b, lx, &o), PARLEY_EINVAL);
    o.threads = 2;
    assert_int_equal(parley_batch_new(&b, NULL, &o), PARLEY_EINVAL);
    assert_int_equal(parley_batch_new(&b, lx, &o), 0);
    assert_int_equal(parley_batch_threads(b), 2);
    /* freed with nothing submitted, and with documents never handed out */
    parley_batch_free(b);
    assert_int_equal(parley_batch_new(&b, lx, &o), 0);
    char buf[256], id[16];
    for (int k = 0; k < 5; k++) {
        parley_doc d = make_doc(k, buf, sizeof buf, id, sizeof id);
        assert_int_equal(parley_batch_submit(b, &d), 0);
    }
    parley_batch_free(b);
    parley_batch_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(documents_in_input_order),
        cmocka_unit_test(admit_in_input_order),
        cmocka_unit_test(done_stops_the_batch),
        cmocka_unit_test(render_error_is_handed_out),
        cmocka_unit_test(records_parsed_in_order),
        cmocka_unit_test(bad_options),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
