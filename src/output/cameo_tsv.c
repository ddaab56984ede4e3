/* cameo_tsv.c — the "cameo-tsv" output format: the event records of
 * TABARI and PETRARCH, one line per event and no header: date (YYYYMMDD),
 * source actor code, target actor code, CAMEO event code, then parley's
 * event id. An actor without a CAMEO code is written as its country
 * (ISO alpha-3, which CAMEO uses), else "---"; negated events and events
 * without a CAMEO code are left out, since a CAMEO record cannot say so. */
#include <string.h>

#include "output/output.h"

/* A code as one field: tabs and line breaks would break the record. */
static int code(parley_buf *b, const char *s, size_t n)
{
    int err = 0;
    for (size_t i = 0; i < n; i++)
        err |= parley_buf_addc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
    return err;
}

static int actor(parley_buf *b, const parley_actor *a)
{
    const char *c = a->code ? a->code : a->country ? a->country : "---";
    return code(b, c, strlen(c));
}

/* The digits of the event date: "20240228", "202402" for a month, "2024"
 * for a year, empty when undated. */
static int date(parley_buf *b, const char *d)
{
    int err = 0;
    for (; d && *d; d++)
        if (*d >= '0' && *d <= '9')
            err |= parley_buf_addc(b, *d);
    return err;
}

static int cameo_row(parley_buf *b, const pl_out_event *o)
{
    const parley_event *e = o->ev;
    if (e->negated || !e->cameo || !*e->cameo)
        return 0;
    int err = date(b, e->date);
    err |= parley_buf_addc(b, '\t');
    err |= actor(b, &e->source);
    err |= parley_buf_addc(b, '\t');
    err |= actor(b, &e->target);
    err |= parley_buf_addc(b, '\t');
    err |= code(b, e->cameo, strlen(e->cameo));
    err |= parley_buf_addc(b, '\t');
    parley_buf id = PARLEY_BUF_INIT;
    err |= pl_out_add_id(&id, o);
    err |= code(b, id.p, id.n);
    parley_buf_release(&id);
    err |= parley_buf_addc(b, '\n');
    return err ? PARLEY_ENOMEM : 0;
}

const pl_out_format pl_out_cameo = {
    "cameo-tsv", NULL, "TABARI-style records: date, source, target, CAMEO code, id",
    NULL, cameo_row,
};
