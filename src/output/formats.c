/* formats.c — the table of output formats: one row per format, each
 * written by its own file (jsonl.c, csv.c, phoenix.c, plover.c,
 * cameo_tsv.c). `code`, `export`, `query`, their --help and the public
 * parley_export_* and parley_write_event functions all come from it.
 * Adding a format: its file, one row here, a test (tests/formats.py). */
#include <string.h>

#include "output/output.h"

/* The formats, each defined in its own file. */
extern const pl_out_format pl_out_jsonl, pl_out_csv, pl_out_tsv, pl_out_phoenix,
    pl_out_plover;
extern const pl_out_format pl_out_cameo;

/* In the order of enum parley_export_format; formats without an enum
 * constant follow, numbered by their place. */
static const pl_out_format *const formats[] = {
    &pl_out_jsonl, &pl_out_csv, &pl_out_tsv, &pl_out_phoenix, &pl_out_plover,
    &pl_out_cameo,
};
#define NFORMATS ((int)(sizeof formats / sizeof formats[0]))

const pl_out_format *pl_out_format_get(int f)
{
    return f >= 0 && f < NFORMATS ? formats[f] : NULL;
}

int parley_export_format_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < NFORMATS; i++)
        if (!strcmp(name, formats[i]->name) ||
            (formats[i]->alias && !strcmp(name, formats[i]->alias)))
            return i;
    return -1;
}

const char *parley_export_format_name(int format)
{
    const pl_out_format *f = pl_out_format_get(format);
    return f ? f->name : NULL;
}

const char *parley_export_format_help(int format)
{
    const pl_out_format *f = pl_out_format_get(format);
    return f ? f->help : NULL;
}

int parley_export_header(parley_buf *b, int format)
{
    const pl_out_format *f = pl_out_format_get(format);
    if (!b || !f)
        return PARLEY_EINVAL;
    return f->header ? f->header(b) : 0;
}

static parley_str S(const char *s)
{
    parley_str r = {s, s ? strlen(s) : 0};
    return r;
}

int pl_out_from_doc(pl_out_event *o, parley_buf *idbuf, const parley_doc *doc,
                    const parley_event *ev, size_t index)
{
    memset(o, 0, sizeof *o);
    o->ev = ev;
    o->index = index;
    o->doc = doc->id;
    if (!doc->id.n) {
        parley_buf_reset(idbuf);
        if (parley_doc_id(idbuf, doc))
            return PARLEY_ENOMEM;
        o->doc = (parley_str){idbuf->p, idbuf->n};
    }
    o->date = doc->date;
    o->title = doc->title;
    o->url = doc->url;
    o->source = doc->source;
    if (doc->text.p && ev->span[0] <= ev->span[1] && ev->span[1] <= doc->text.n)
        o->text = (parley_str){doc->text.p + ev->span[0], ev->span[1] - ev->span[0]};
    return 0;
}

/* A store row as a writer sees it. */
static void from_row(pl_out_event *o, const parley_store_row *r)
{
    memset(o, 0, sizeof *o);
    o->ev = &r->ev;
    o->index = r->seq;
    o->doc = S(r->doc);
    o->id = S(r->id);
    o->date = S(r->doc_date);
    o->title = S(r->doc_title);
    o->url = S(r->doc_url);
    o->source = S(r->doc_source);
    o->text = S(r->evidence);
    o->json = r->json;
    o->nmerged = r->nmerged;
    o->ids = r->ids;
    o->docs = r->docs;
    o->texts = r->texts;
}

int pl_out_add_id(parley_buf *b, const pl_out_event *e)
{
    if (e->id.p)
        return parley_buf_add(b, e->id.p, e->id.n);
    int err = parley_buf_add(b, e->doc.p, e->doc.n);
    err |= parley_buf_addc(b, ':');
    err |= parley_buf_add_uint(b, e->ev->sentence);
    err |= parley_buf_addc(b, ':');
    err |= parley_buf_add_uint(b, e->ev->seq);
    return err ? PARLEY_ENOMEM : 0;
}

int parley_export_row(parley_buf *b, const parley_store_row *row, int format)
{
    const pl_out_format *f = pl_out_format_get(format);
    if (!b || !row || !f)
        return PARLEY_EINVAL;
    pl_out_event o;
    from_row(&o, row);
    return f->row(b, &o);
}

int parley_write_event(parley_buf *b, int format, const parley_doc *doc,
                       const parley_event *ev, size_t index)
{
    const pl_out_format *f = pl_out_format_get(format);
    if (!b || !doc || !ev || !f)
        return PARLEY_EINVAL;
    /* the contract line: written from doc and ev as they are, with no
     * view of the event made first (jsonl_row's bytes) */
    if (f == &pl_out_jsonl)
        return parley_write_json(b, doc, ev, index);
    parley_buf idbuf = PARLEY_BUF_INIT;
    pl_out_event o;
    int rc = pl_out_from_doc(&o, &idbuf, doc, ev, index);
    if (!rc)
        rc = f->row(b, &o);
    parley_buf_release(&idbuf);
    return rc;
}
