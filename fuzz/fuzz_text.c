/* fuzz_text.c — libFuzzer target for src/text/utf8.c and the plain-text
 * reader: any bytes must come out as valid UTF-8 without NUL or CR. */
#include "common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    parley_buf b = PARLEY_BUF_INIT;
    parley_utf8_report rep;
    if (pl_utf8_clean(&b, (const char *)data, size, PARLEY_UTF8_CLEAN_ALL, &rep) == 0) {
        check_str(&b);
        if (memchr(b.p, '\r', b.n))
            abort();
        if (rep.nbad && rep.first_bad >= size)
            abort();
        /* cleaning is idempotent */
        parley_buf again = PARLEY_BUF_INIT;
        if (pl_utf8_clean(&again, b.p, b.n, PARLEY_UTF8_CLEAN_ALL, &rep) == 0 &&
            (again.n != b.n || memcmp(again.p, b.p, b.n) || rep.nbad))
            abort();
        parley_buf_release(&again);
    }
    size_t bad;
    if (pl_utf8_valid((const char *)data, size, &bad) == 0 && bad >= size)
        abort();
    parley_buf_release(&b);

    ingest_ctx cx = fuzz_ctx();
    ingest_doc d;
    pl_ingest_doc_init(&d);
    if (pl_ingest_parse_text(&cx, (const char *)data, size, &d) == 0)
        check_doc(&d);
    pl_ingest_doc_release(&d);
    return 0;
}
