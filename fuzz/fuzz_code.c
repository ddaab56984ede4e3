/* fuzz_code.c — libFuzzer target for the whole coder (text, mentions,
 * coreference, events, attributes, merge, JSON sink) on arbitrary bytes:
 * it must never crash, and every line it writes must be valid JSON with
 * spans inside the text. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static parley_lexicon *lx;
    if (!lx && parley_lexicon_load(&lx, NULL, NULL))
        abort();
    parley_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text.p = (const char *)data;
    doc.text.n = size;
    doc.date.p = "2024-10-01";
    doc.date.n = 10;
    doc.origin = "fuzz.txt";
    parley_result *r;
    if (parley_code(lx, &doc, NULL, &r))
        return 0;
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        if (e->span[0] > e->span[1] || e->span[1] > size)
            abort();
        parley_buf_reset(&b);
        if (parley_write_json(&b, &doc, e, i))
            abort();
        json_error_t err;
        json_t *j = json_loadb(b.p, b.n, JSON_ALLOW_NUL, &err);
        if (!j)
            abort();
        json_decref(j);
    }
    parley_buf_release(&b);
    parley_result_free(r);
    return 0;
}
