/* fuzz_jsonl.c — libFuzzer target for the JSON-lines parser: every line
 * of the input goes through ingest_parse_jsonl_line. */
#include "common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    ingest_ctx cx = fuzz_ctx();
    ingest_doc d;
    ingest_doc_init(&d);
    const char *p = (const char *)data, *end = p + size;
    size_t line = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        int rc = ingest_parse_jsonl_line(&cx, p, n, ++line, &d);
        if (rc == 1)
            check_doc(&d);
        else if (rc != 0 && rc != PARLEY_EPARSE)
            abort();
        p += n + 1;
    }
    ingest_doc_release(&d);
    return 0;
}
