/* csv.c — the "csv" and "tsv" output formats: one table of 32 columns
 * (README, "Output formats"), with a header line; CSV is RFC 4180, TSV the
 * "excel-tab" dialect that Python's csv module and pandas read. */
#include <stdio.h>
#include <string.h>

#include "output/output.h"

static const char *const cols[] = {
    "id", "doc", "date", "type", "mode", "cameo", "quad", "goldstein",
    "negated", "source_text", "source_name", "source_role", "source_country",
    "source_org", "source_code", "target_text", "target_name", "target_role",
    "target_country", "target_org", "target_code", "place_name",
    "place_country", "place_lat", "place_lon", "topics", "sentence",
    "span_start", "span_end", "text", "merged_ids", "merged_docs"};
#define NCOLS (sizeof cols / sizeof cols[0])

static int header(parley_buf *b, char sep)
{
    int err = 0;
    for (size_t i = 0; i < NCOLS; i++) {
        if (i)
            err |= parley_buf_addc(b, sep);
        err |= parley_buf_adds(b, cols[i]);
    }
    err |= parley_buf_addc(b, '\n');
    return err ? PARLEY_ENOMEM : 0;
}

/* One field. In TSV, tabs and line breaks inside a value become spaces
 * and a value with a double quote is quoted, its quotes doubled, as
 * Python's csv module and pandas read it (issue 13, D11). */
static int field(parley_buf *b, char sep, const char *v, size_t n)
{
    int err = 0;
    if (!v)
        return 0;
    if (sep == '\t') {
        int q = memchr(v, '"', n) != NULL;
        if (q)
            err |= parley_buf_addc(b, '"');
        for (size_t i = 0; i < n; i++) {
            char c = v[i];
            if (c == '"')
                err |= parley_buf_addc(b, '"');
            err |= parley_buf_addc(b, c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        }
        if (q)
            err |= parley_buf_addc(b, '"');
        return err;
    }
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = v[i] == ',' || v[i] == '"' || v[i] == '\n' || v[i] == '\r';
    if (!quote)
        return parley_buf_add(b, v, n);
    err |= parley_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '"')
            err |= parley_buf_addc(b, '"');
        err |= parley_buf_addc(b, v[i]);
    }
    return err | parley_buf_addc(b, '"');
}

/* A field then its separator (a newline after the last). */
static int fstr(parley_buf *b, char sep, parley_str v, int last)
{
    return field(b, sep, v.p, v.n) | parley_buf_addc(b, last ? '\n' : sep);
}

static int fs(parley_buf *b, char sep, const char *v)
{
    return fstr(b, sep, (parley_str){v, v ? strlen(v) : 0}, 0);
}

static int fnum(parley_buf *b, char sep, const char *fmt, double v)
{
    char t[64];
    snprintf(t, sizeof t, fmt, v);
    return fs(b, sep, t);
}

/* The values joined with ';' as one field. */
static int fjoin(parley_buf *b, char sep, const char *const *v, size_t n, int last)
{
    parley_buf t = PARLEY_BUF_INIT;
    int err = 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            err |= parley_buf_addc(&t, ';');
        err |= parley_buf_adds(&t, v[i] ? v[i] : "");
    }
    err |= fstr(b, sep, (parley_str){t.p, t.n}, last);
    parley_buf_release(&t);
    return err;
}

static int actor_fields(parley_buf *b, char sep, const parley_actor *a)
{
    int err = fstr(b, sep, a->text, 0);
    err |= fs(b, sep, a->name);
    err |= fs(b, sep, a->role);
    err |= fs(b, sep, a->country);
    err |= fs(b, sep, a->org);
    return err | fs(b, sep, a->code);
}

/* merged_ids and merged_docs: the row's own id and document when it
 * stands for one event. */
static int merged_fields(parley_buf *b, char sep, const pl_out_event *e,
                         parley_str id)
{
    if (e->nmerged > 1)
        return fjoin(b, sep, e->ids, e->nmerged, 0) |
               fjoin(b, sep, e->docs, e->nmerged, 1);
    return fstr(b, sep, id, 0) | fstr(b, sep, e->doc, 1);
}

static int row(parley_buf *b, const pl_out_event *o, char sep)
{
    const parley_event *e = o->ev;
    parley_buf id = PARLEY_BUF_INIT;
    int err = pl_out_add_id(&id, o);
    parley_str ids = {id.p, id.n};
    err |= fstr(b, sep, ids, 0);
    err |= fstr(b, sep, o->doc, 0);
    err |= fs(b, sep, e->date);
    err |= fs(b, sep, e->type);
    err |= fs(b, sep, e->mode);
    err |= fs(b, sep, e->cameo);
    err |= fnum(b, sep, "%.0f", e->quad);
    err |= fnum(b, sep, "%g", e->goldstein);
    err |= fs(b, sep, e->negated ? "1" : "0");
    err |= actor_fields(b, sep, &e->source);
    err |= actor_fields(b, sep, &e->target);
    err |= fs(b, sep, e->place.name);
    err |= fs(b, sep, e->place.country);
    if (e->place.has_coords) {
        err |= fnum(b, sep, "%.4f", e->place.lat);
        err |= fnum(b, sep, "%.4f", e->place.lon);
    } else {
        err |= fs(b, sep, NULL);
        err |= fs(b, sep, NULL);
    }
    err |= fjoin(b, sep, e->topics, e->ntopics, 0);
    err |= fnum(b, sep, "%.0f", (double)e->sentence);
    err |= fnum(b, sep, "%.0f", (double)e->span[0]);
    err |= fnum(b, sep, "%.0f", (double)e->span[1]);
    err |= fstr(b, sep, o->text, 0);
    err |= merged_fields(b, sep, o, ids);
    parley_buf_release(&id);
    return err ? PARLEY_ENOMEM : 0;
}

static int csv_header(parley_buf *b) { return header(b, ','); }
static int csv_row(parley_buf *b, const pl_out_event *e) { return row(b, e, ','); }
static int tsv_header(parley_buf *b) { return header(b, '\t'); }
static int tsv_row(parley_buf *b, const pl_out_event *e) { return row(b, e, '\t'); }

const pl_out_format pl_out_csv = {
    "csv", NULL, "one row per event, 32 columns, RFC 4180", csv_header, csv_row,
};
const pl_out_format pl_out_tsv = {
    "tsv", NULL, "the csv columns, tab-separated", tsv_header, tsv_row,
};
