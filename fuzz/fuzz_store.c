/* fuzz_store.c — libFuzzer target for the store (issue 13): the input's
 * lines are JSON-lines documents, coded with the built-in lexicon and put
 * into a fresh store (a document twice, or two documents sharing an id, as
 * inputs make them), then read back. A round trip must hold: every stored
 * event comes back from a query with the JSON line that was written for
 * it, a document's text comes back byte for byte, and the store passes
 * its integrity check. The input's last line, after a line "--", is a
 * query filter ("actor=X&type=Y&from=..." as the API takes it), which
 * must answer or be refused (PARLEY_EINVAL), never crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "parley.h"
#include "serve/serve.h"

static parley_lexicon *lx;
static char path[96];

/* The store file and its WAL go when the fuzzer exits. */
static void remove_store(void)
{
    char p[128];
    unlink(path);
    snprintf(p, sizeof p, "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", path);
    unlink(p);
}

typedef struct seen {
    parley_buf lines; /* the JSON lines written, in put order */
    size_t rows;
    int bad;
} seen;

static int row(void *ud, const parley_store_row *r)
{
    seen *s = ud;
    s->rows++;
    /* the stored contract line is one of the lines written */
    if (!r->json || !strstr(s->lines.p ? s->lines.p : "", r->json))
        s->bad = 1;
    return 0;
}

static int doc_cb(void *ud, const parley_store_doc_ref *d)
{
    const parley_str *want = ud;
    if (d->text_len != want->n || (want->n && memcmp(d->text, want->p, want->n)))
        abort(); /* the text did not survive the round trip */
    return 0;
}

static void filter_from(const char *q, size_t n, parley_store *st)
{
    serve_qs qs;
    char err[160];
    if (pl_serve_qs_parse(&qs, q, n, err, sizeof err))
        return;
    parley_store_filter f;
    memset(&f, 0, sizeof f);
    f.actor = pl_serve_qs_get(&qs, "actor");
    f.type = pl_serve_qs_get(&qs, "type");
    f.from = pl_serve_qs_get(&qs, "from");
    f.to = pl_serve_qs_get(&qs, "to");
    f.place = pl_serve_qs_get(&qs, "place");
    f.text = pl_serve_qs_get(&qs, "text");
    f.cameo = pl_serve_qs_get(&qs, "cameo");
    f.doc = pl_serve_qs_get(&qs, "doc");
    f.one_a_day = pl_serve_qs_get(&qs, "oad") != NULL;
    seen s = {PARLEY_BUF_INIT, 0, 0};
    int rc = parley_store_query(st, &f, row, &s);
    if (rc && rc != PARLEY_EINVAL && rc != PARLEY_ENOMEM)
        abort();
    pl_serve_qs_free(&qs);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (!lx) {
        if (parley_lexicon_load(&lx, NULL, NULL))
            abort();
        snprintf(path, sizeof path, "%s/parley-fuzz-store-%d.db",
                 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
        atexit(remove_store);
    }
    const char *p = (const char *)data, *end = p + size;
    const char *sep = NULL;
    for (const char *s = p; s + 3 <= end; s++)
        if (!memcmp(s, "--\n", 3) && (s == p || s[-1] == '\n')) {
            sep = s;
            break;
        }
    const char *docs_end = sep ? sep : end;
    unlink(path);
    char wal[128], shm[128];
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    unlink(wal);
    unlink(shm);
    parley_store *st;
    if (parley_store_open(&st, path, NULL)) {
        parley_store_close(st);
        return 0;
    }
    ingest_ctx cx = fuzz_ctx();
    ingest_doc d;
    pl_ingest_doc_init(&d);
    seen s = {PARLEY_BUF_INIT, 0, 0};
    parley_buf last_text = PARLEY_BUF_INIT, last_id = PARLEY_BUF_INIT;
    size_t last_events = 0;
    size_t line = 0;
    for (const char *l = p; l < docs_end && line < 16;) {
        const char *nl = memchr(l, '\n', (size_t)(docs_end - l));
        size_t n = nl ? (size_t)(nl - l) : (size_t)(docs_end - l);
        line++;
        if (pl_ingest_parse_jsonl_line(&cx, l, n, line, &d) == 1) {
            check_doc(&d);
            parley_doc doc;
            pl_ingest_doc_view(&d, "fuzz.jsonl", &doc);
            parley_result *r;
            if (parley_code(lx, &doc, NULL, &r) == 0) {
                int rc = parley_store_put(st, &doc, r);
                if (rc < 0 && rc != PARLEY_ENOMEM && rc != PARLEY_ETOOBIG)
                    abort();
                if (rc >= 0) {
                    /* a replaced document's events go; the new ones come */
                    parley_buf_reset(&s.lines);
                    for (size_t i = 0; i < parley_result_count(r); i++)
                        parley_write_json(&s.lines, &doc, parley_result_event(r, i), i);
                    parley_buf_reset(&last_text);
                    parley_buf_reset(&last_id);
                    parley_buf_add(&last_text, doc.text.p, doc.text.n);
                    parley_doc_id(&last_id, &doc);
                    last_events = parley_result_count(r);
                }
                parley_result_free(r);
            }
        }
        l = nl ? nl + 1 : docs_end;
    }
    if (last_id.n) {
        /* the last document stored: its events and its text come back */
        parley_store_filter f;
        memset(&f, 0, sizeof f);
        f.doc = last_id.p;
        s.rows = 0;
        if (parley_store_query(st, &f, row, &s) || s.bad || s.rows != last_events)
            abort();
        parley_str t = {last_text.p, last_text.n};
        if (parley_store_document(st, last_id.p, doc_cb, NULL, &t))
            abort();
    }
    if (sep)
        filter_from(sep + 3, (size_t)(end - sep - 3), st);
    if (parley_store_check(st))
        abort();
    parley_store_close(st);
    pl_ingest_doc_release(&d);
    parley_buf_release(&s.lines);
    parley_buf_release(&last_text);
    parley_buf_release(&last_id);
    return 0;
}
