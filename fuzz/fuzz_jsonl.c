/* fuzz_jsonl.c — libFuzzer target for the JSON-lines parser: every line
 * of the input goes through pl_ingest_parse_jsonl_line. A document read must
 * be clean (valid UTF-8, no NUL, no CR, NFC: cleaning it again changes
 * nothing), and written back as JSON it must read back the same. */
#include "common.h"

static void check_clean(const parley_buf *b)
{
    if (!b->n)
        return;
    if (memchr(b->p, '\r', b->n))
        abort();
    parley_buf again = PARLEY_BUF_INIT;
    parley_utf8_report rep;
    if (pl_utf8_clean(&again, b->p, b->n, PARLEY_UTF8_CLEAN_ALL, &rep) == 0 &&
        (again.n != b->n || memcmp(again.p, b->p, b->n) || rep.nbad || rep.nnul))
        abort();
    parley_buf_release(&again);
}

static int same(const parley_buf *a, const parley_buf *b)
{
    return a->n == b->n && (!a->n || !memcmp(a->p, b->p, a->n));
}

/* The fields of d as a JSON line, read again. */
static void round_trip(const ingest_doc *d)
{
    static const char *const names[] = {"id", "title", "text", "url", "source"};
    const parley_buf *fields[] = {&d->id, &d->title, &d->text, &d->url, &d->source};
    parley_buf line = PARLEY_BUF_INIT;
    parley_buf_addc(&line, '{');
    for (int k = 0; k < 5; k++) {
        parley_buf_adds(&line, k ? ", \"" : "\"");
        parley_buf_adds(&line, names[k]);
        parley_buf_adds(&line, "\": ");
        parley_buf_add_json(&line, (parley_str){fields[k]->p, fields[k]->n});
    }
    parley_buf_addc(&line, '}');
    ingest_ctx cx = fuzz_ctx();
    ingest_doc e;
    pl_ingest_doc_init(&e);
    if (pl_ingest_parse_jsonl_line(&cx, line.p, line.n, 1, &e) != 1 || !same(&d->id, &e.id) ||
        !same(&d->title, &e.title) || !same(&d->text, &e.text) || !same(&d->url, &e.url) ||
        !same(&d->source, &e.source))
        abort();
    pl_ingest_doc_release(&e);
    parley_buf_release(&line);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    ingest_ctx cx = fuzz_ctx();
    ingest_doc d;
    pl_ingest_doc_init(&d);
    const char *p = (const char *)data, *end = p + size;
    size_t line = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        int rc = pl_ingest_parse_jsonl_line(&cx, p, n, ++line, &d);
        if (rc == 1) {
            check_doc(&d);
            check_clean(&d.text);
            check_clean(&d.title);
            check_clean(&d.id);
            check_clean(&d.url);
            check_clean(&d.source);
            round_trip(&d);
        } else if (rc != 0 && rc != PARLEY_EPARSE) {
            abort();
        }
        p += n + 1;
    }
    pl_ingest_doc_release(&d);
    return 0;
}
