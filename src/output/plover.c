/* plover.c — the "plover" output format: one JSON record per event with
 * the field names of the PLOVER/POLECAT data sets (README, "Output
 * formats"). */
#include <string.h>

#include "output/output.h"

static int jstr(parley_buf *b, const char *s)
{
    if (!s)
        return parley_buf_adds(b, "null");
    return parley_buf_add_json(b, (parley_str){s, strlen(s)});
}

/* A view as a JSON string, null when absent (or, with empty_null,
 * empty: a document's missing url or source). */
static int jview(parley_buf *b, parley_str s, int empty_null)
{
    if (!s.p || (empty_null && !s.n))
        return parley_buf_adds(b, "null");
    return parley_buf_add_json(b, s);
}

/* A PLOVER-style actor: its country, else organisation, else CAMEO code. */
static const char *actor(const parley_actor *a)
{
    return a->country ? a->country : a->org ? a->org : a->code;
}

static int place(parley_buf *b, const parley_place *p)
{
    if (!p->name && !p->country)
        return parley_buf_adds(b, "null");
    int err = parley_buf_adds(b, "{\"name\": ");
    err |= jstr(b, p->name);
    err |= parley_buf_adds(b, ", \"country\": ");
    err |= jstr(b, p->country);
    if (p->has_coords)
        err |= parley_buf_addf(b, ", \"lat\": %.4f, \"lon\": %.4f}", p->lat, p->lon);
    else
        err |= parley_buf_adds(b, ", \"lat\": null, \"lon\": null}");
    return err;
}

static int plover_row(parley_buf *b, const pl_out_event *o)
{
    const parley_event *e = o->ev;
    parley_buf id = PARLEY_BUF_INIT;
    int err = pl_out_add_id(&id, o);
    err |= parley_buf_adds(b, "{\"id\": ");
    err |= parley_buf_add_json(b, (parley_str){id.p, id.n});
    parley_buf_release(&id);
    err |= parley_buf_adds(b, ", \"date\": ");
    err |= jstr(b, e->date);
    err |= parley_buf_adds(b, ", \"actor\": ");
    err |= jstr(b, actor(&e->source));
    err |= parley_buf_adds(b, ", \"actor_name\": ");
    err |= jstr(b, e->source.name);
    err |= parley_buf_adds(b, ", \"actor_code\": ");
    err |= jstr(b, e->source.code);
    err |= parley_buf_adds(b, ", \"recipient\": ");
    err |= jstr(b, actor(&e->target));
    err |= parley_buf_adds(b, ", \"recipient_name\": ");
    err |= jstr(b, e->target.name);
    err |= parley_buf_adds(b, ", \"recipient_code\": ");
    err |= jstr(b, e->target.code);
    err |= parley_buf_adds(b, ", \"event\": ");
    err |= jstr(b, e->type);
    err |= parley_buf_adds(b, ", \"mode\": ");
    err |= jstr(b, e->mode);
    err |= parley_buf_adds(b, ", \"context\": [");
    for (size_t i = 0; i < e->ntopics; i++) {
        if (i)
            err |= parley_buf_adds(b, ", ");
        err |= jstr(b, e->topics[i]);
    }
    err |= parley_buf_adds(b, "], \"event_loc\": ");
    err |= place(b, &e->place);
    err |= parley_buf_adds(b, ", \"event_text\": ");
    err |= jview(b, o->text, 0);
    err |= parley_buf_addf(b, ", \"negated\": %s", e->negated ? "true" : "false");
    err |= parley_buf_addf(b, ", \"quad_code\": %d, \"goldstein\": %g", e->quad,
                           e->goldstein);
    err |= parley_buf_adds(b, ", \"cameo\": ");
    err |= jstr(b, e->cameo);
    err |= parley_buf_adds(b, ", \"source\": ");
    err |= jview(b, o->doc, 0);
    err |= parley_buf_adds(b, ", \"url\": ");
    err |= jview(b, o->url, 1);
    err |= parley_buf_adds(b, ", \"publisher\": ");
    err |= jview(b, o->source, 1);
    if (o->nmerged > 1) {
        err |= parley_buf_adds(b, ", \"merged\": ");
        err |= pl_out_merged_json(b, o);
    }
    err |= parley_buf_adds(b, "}\n");
    return err ? PARLEY_ENOMEM : 0;
}

const pl_out_format pl_out_plover = {
    "plover", NULL, "PLOVER JSON records, one per line", NULL, plover_row,
};
