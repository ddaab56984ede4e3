/* jsonl.c — the "jsonl" output format: the event contract of DESIGN.md,
 * one line per event, written by json.c's pl_output_json_event (a stored
 * event's line is the one written when it was coded); a one-a-day row
 * that stands for several events gets "merged". */
#include <string.h>

#include "output/output.h"

static int jstr(parley_buf *b, const char *s)
{
    if (!s)
        return parley_buf_adds(b, "null");
    return parley_buf_add_json(b, (parley_str){s, strlen(s)});
}

int pl_out_merged_json(parley_buf *b, const pl_out_event *e)
{
    int err = parley_buf_adds(b, "[");
    for (size_t i = 0; i < e->nmerged; i++) {
        err |= parley_buf_adds(b, i ? ", {\"id\": " : "{\"id\": ");
        err |= jstr(b, e->ids[i]);
        err |= parley_buf_adds(b, ", \"doc\": ");
        err |= jstr(b, e->docs[i]);
        err |= parley_buf_adds(b, ", \"text\": ");
        err |= jstr(b, e->texts[i]);
        err |= parley_buf_addc(b, '}');
    }
    return err | parley_buf_addc(b, ']');
}

/* The contract line as stored, "merged" before its closing brace. */
static int stored_row(parley_buf *b, const pl_out_event *e)
{
    const char *j = e->json;
    size_t n = strlen(j);
    while (n && (j[n - 1] == '\n' || j[n - 1] == ' '))
        n--;
    int err;
    if (e->nmerged > 1 && n && j[n - 1] == '}') {
        err = parley_buf_add(b, j, n - 1);
        err |= parley_buf_adds(b, ", \"merged\": ");
        err |= pl_out_merged_json(b, e);
        err |= parley_buf_adds(b, "}\n");
    } else {
        err = parley_buf_add(b, j, n);
        err |= parley_buf_addc(b, '\n');
    }
    return err ? PARLEY_ENOMEM : 0;
}

static int jsonl_row(parley_buf *b, const pl_out_event *e)
{
    if (e->json)
        return stored_row(b, e);
    return pl_output_json_event(b, e->doc, e->ev, e->text.p ? &e->text : NULL);
}

const pl_out_format pl_out_jsonl = {
    "jsonl", "json", "the event contract, one JSON object per line", NULL, jsonl_row,
};
