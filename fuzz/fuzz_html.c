/* fuzz_html.c — libFuzzer target for the HTML reader and the HTML-to-text
 * extractor used for feed descriptions. */
#include "common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    ingest_ctx cx = fuzz_ctx();
    ingest_doc d;
    pl_ingest_doc_init(&d);
    if (pl_ingest_parse_html(&cx, (const char *)data, size, &d) == 0)
        check_doc(&d);
    pl_ingest_doc_release(&d);
    parley_buf b = PARLEY_BUF_INIT;
    pl_ingest_html_to_text((const char *)data, size, &b);
    parley_buf_release(&b);
    return 0;
}
