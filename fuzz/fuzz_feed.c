/* fuzz_feed.c — libFuzzer target for the RSS/Atom reader. */
#include "common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    ingest_ctx cx = fuzz_ctx();
    ingest_doc *docs;
    size_t n;
    int rc = pl_ingest_parse_feed(&cx, (const char *)data, size, &docs, &n);
    if (rc == 0) {
        for (size_t i = 0; i < n; i++) {
            check_doc(&docs[i]);
            if (!docs[i].text.n)
                abort(); /* items without text are left out */
        }
        pl_ingest_docs_free(docs, n);
    } else if (rc != PARLEY_EPARSE || docs || n) {
        abort();
    }
    return 0;
}
