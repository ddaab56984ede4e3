/* export.c — the store's output formats (stage 9, sinks): a stored event
 * row as a contract JSON line, CSV/TSV, a Phoenix-style TSV line (through
 * parley_write_tsv) or a PLOVER JSON record; and parley_store_export,
 * which streams a filtered query in one of them. */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

int parley_export_format_from_name(const char *name)
{
    static const struct {
        const char *name;
        int fmt;
    } names[] = {
        {"jsonl", PARLEY_EXPORT_JSONL},   {"json", PARLEY_EXPORT_JSONL},
        {"csv", PARLEY_EXPORT_CSV},       {"tsv", PARLEY_EXPORT_TSV},
        {"phoenix-tsv", PARLEY_EXPORT_PHOENIX},
        {"phoenix", PARLEY_EXPORT_PHOENIX},
        {"plover", PARLEY_EXPORT_PLOVER},
    };
    if (!name)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(name, names[i].name))
            return names[i].fmt;
    return -1;
}

static const char *const csv_cols[] = {
    "id", "doc", "date", "type", "mode", "cameo", "quad", "goldstein",
    "negated", "source_text", "source_name", "source_role", "source_country",
    "source_org", "source_code", "target_text", "target_name", "target_role",
    "target_country", "target_org", "target_code", "place_name",
    "place_country", "place_lat", "place_lon", "topics", "sentence",
    "span_start", "span_end", "text", "merged_ids", "merged_docs"};
#define NCOLS (sizeof csv_cols / sizeof csv_cols[0])

int parley_export_header(parley_buf *b, int format)
{
    if (format == PARLEY_EXPORT_PHOENIX)
        return parley_write_tsv_header(b);
    if (format != PARLEY_EXPORT_CSV && format != PARLEY_EXPORT_TSV)
        return 0;
    char sep = format == PARLEY_EXPORT_CSV ? ',' : '\t';
    int err = 0;
    for (size_t i = 0; i < NCOLS; i++) {
        if (i)
            err |= parley_buf_addc(b, sep);
        err |= parley_buf_adds(b, csv_cols[i]);
    }
    err |= parley_buf_addc(b, '\n');
    return err ? PARLEY_ENOMEM : 0;
}

/* One CSV (RFC 4180) or TSV field. In TSV, tabs and line breaks inside a
 * value become spaces and a value with a double quote is quoted, its
 * quotes doubled, as Python's csv module and pandas read it (D11). */
static int field(parley_buf *b, int format, const char *v, size_t n)
{
    int err = 0;
    if (!v)
        return 0;
    if (format == PARLEY_EXPORT_TSV) {
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

static int fs(parley_buf *b, int format, const char *v, int last)
{
    int err = field(b, format, v, v ? strlen(v) : 0);
    return err | parley_buf_addc(b, last ? '\n' : format == PARLEY_EXPORT_CSV ? ',' : '\t');
}

static int fnum(parley_buf *b, int format, const char *fmt, double v)
{
    char t[64];
    snprintf(t, sizeof t, fmt, v);
    return fs(b, format, t, 0);
}

static int fjoin(parley_buf *b, int format, const char *const *v, size_t n,
                 int last)
{
    parley_buf t = PARLEY_BUF_INIT;
    int err = 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            err |= parley_buf_addc(&t, ';');
        err |= parley_buf_adds(&t, v[i] ? v[i] : "");
    }
    err |= fs(b, format, t.p, last);
    parley_buf_release(&t);
    return err;
}

static int actor_fields(parley_buf *b, int format, const parley_actor *a)
{
    int err = field(b, format, a->text.p, a->text.n);
    err |= parley_buf_addc(b, format == PARLEY_EXPORT_CSV ? ',' : '\t');
    err |= fs(b, format, a->name, 0);
    err |= fs(b, format, a->role, 0);
    err |= fs(b, format, a->country, 0);
    err |= fs(b, format, a->org, 0);
    return err | fs(b, format, a->code, 0);
}

static int csv_row(parley_buf *b, const parley_store_row *r, int format)
{
    const parley_event *e = &r->ev;
    int err = fs(b, format, r->id, 0);
    err |= fs(b, format, r->doc, 0);
    err |= fs(b, format, e->date, 0);
    err |= fs(b, format, e->type, 0);
    err |= fs(b, format, e->mode, 0);
    err |= fs(b, format, e->cameo, 0);
    err |= fnum(b, format, "%.0f", e->quad);
    err |= fnum(b, format, "%g", e->goldstein);
    err |= fs(b, format, e->negated ? "1" : "0", 0);
    err |= actor_fields(b, format, &e->source);
    err |= actor_fields(b, format, &e->target);
    err |= fs(b, format, e->place.name, 0);
    err |= fs(b, format, e->place.country, 0);
    if (e->place.has_coords) {
        err |= fnum(b, format, "%.4f", e->place.lat);
        err |= fnum(b, format, "%.4f", e->place.lon);
    } else {
        err |= fs(b, format, NULL, 0);
        err |= fs(b, format, NULL, 0);
    }
    err |= fjoin(b, format, e->topics, e->ntopics, 0);
    err |= fnum(b, format, "%.0f", (double)e->sentence);
    err |= fnum(b, format, "%.0f", (double)e->span[0]);
    err |= fnum(b, format, "%.0f", (double)e->span[1]);
    err |= fs(b, format, r->evidence, 0);
    err |= fjoin(b, format, r->ids, r->nmerged, 0);
    err |= fjoin(b, format, r->docs, r->nmerged, 1);
    return err ? PARLEY_ENOMEM : 0;
}

static int jstr(parley_buf *b, const char *s)
{
    if (!s)
        return parley_buf_adds(b, "null");
    return parley_buf_add_json(b, (parley_str){s, strlen(s)});
}

static int merged_json(parley_buf *b, const parley_store_row *r)
{
    int err = parley_buf_adds(b, "[");
    for (size_t i = 0; i < r->nmerged; i++) {
        err |= parley_buf_adds(b, i ? ", {\"id\": " : "{\"id\": ");
        err |= jstr(b, r->ids[i]);
        err |= parley_buf_adds(b, ", \"doc\": ");
        err |= jstr(b, r->docs[i]);
        err |= parley_buf_adds(b, ", \"text\": ");
        err |= jstr(b, r->texts[i]);
        err |= parley_buf_addc(b, '}');
    }
    return err | parley_buf_addc(b, ']');
}

/* The contract line as stored; a one-a-day row that stands for several
 * events gets "merged" before its closing brace. */
static int jsonl_row(parley_buf *b, const parley_store_row *r)
{
    const char *j = r->json ? r->json : "{}";
    size_t n = strlen(j);
    while (n && (j[n - 1] == '\n' || j[n - 1] == ' '))
        n--;
    int err;
    if (r->nmerged > 1 && n && j[n - 1] == '}') {
        err = parley_buf_add(b, j, n - 1);
        err |= parley_buf_adds(b, ", \"merged\": ");
        err |= merged_json(b, r);
        err |= parley_buf_adds(b, "}\n");
    } else {
        err = parley_buf_add(b, j, n);
        err |= parley_buf_addc(b, '\n');
    }
    return err ? PARLEY_ENOMEM : 0;
}

/* A PLOVER-style actor: its country, else organisation, else CAMEO code. */
static const char *plover_actor(const parley_actor *a)
{
    return a->country ? a->country : a->org ? a->org : a->code;
}

static int plover_row(parley_buf *b, const parley_store_row *r)
{
    const parley_event *e = &r->ev;
    int err = parley_buf_adds(b, "{\"id\": ");
    err |= jstr(b, r->id);
    err |= parley_buf_adds(b, ", \"date\": ");
    err |= jstr(b, e->date);
    err |= parley_buf_adds(b, ", \"actor\": ");
    err |= jstr(b, plover_actor(&e->source));
    err |= parley_buf_adds(b, ", \"actor_name\": ");
    err |= jstr(b, e->source.name);
    err |= parley_buf_adds(b, ", \"actor_code\": ");
    err |= jstr(b, e->source.code);
    err |= parley_buf_adds(b, ", \"recipient\": ");
    err |= jstr(b, plover_actor(&e->target));
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
    if (e->place.name || e->place.country) {
        err |= parley_buf_adds(b, "{\"name\": ");
        err |= jstr(b, e->place.name);
        err |= parley_buf_adds(b, ", \"country\": ");
        err |= jstr(b, e->place.country);
        if (e->place.has_coords)
            err |= parley_buf_addf(b, ", \"lat\": %.4f, \"lon\": %.4f}",
                                   e->place.lat, e->place.lon);
        else
            err |= parley_buf_adds(b, ", \"lat\": null, \"lon\": null}");
    } else {
        err |= parley_buf_adds(b, "null");
    }
    err |= parley_buf_adds(b, ", \"event_text\": ");
    err |= jstr(b, r->evidence);
    err |= parley_buf_addf(b, ", \"negated\": %s", e->negated ? "true" : "false");
    err |= parley_buf_addf(b, ", \"quad_code\": %d, \"goldstein\": %g",
                           e->quad, e->goldstein);
    err |= parley_buf_adds(b, ", \"cameo\": ");
    err |= jstr(b, e->cameo);
    err |= parley_buf_adds(b, ", \"source\": ");
    err |= jstr(b, r->doc);
    err |= parley_buf_adds(b, ", \"url\": ");
    err |= jstr(b, r->doc_url);
    err |= parley_buf_adds(b, ", \"publisher\": ");
    err |= jstr(b, r->doc_source);
    if (r->nmerged > 1) {
        err |= parley_buf_adds(b, ", \"merged\": ");
        err |= merged_json(b, r);
    }
    err |= parley_buf_adds(b, "}\n");
    return err ? PARLEY_ENOMEM : 0;
}

/* The Phoenix writer wants a document and byte spans into its text; the
 * store keeps the evidence sentence, so the row is presented as a
 * document whose text is that sentence, with the span moved to match. */
static int phoenix_row(parley_buf *b, const parley_store_row *r)
{
    parley_doc d;
    memset(&d, 0, sizeof d);
    d.id = (parley_str){r->doc, r->doc ? strlen(r->doc) : 0};
    d.date = (parley_str){r->doc_date, r->doc_date ? strlen(r->doc_date) : 0};
    d.title = (parley_str){r->doc_title, r->doc_title ? strlen(r->doc_title) : 0};
    d.url = (parley_str){r->doc_url, r->doc_url ? strlen(r->doc_url) : 0};
    d.source = (parley_str){r->doc_source, r->doc_source ? strlen(r->doc_source) : 0};
    d.text = (parley_str){r->evidence, strlen(r->evidence)};
    d.origin = "store";
    parley_event ev = r->ev;
    ev.span[0] = 0;
    ev.span[1] = d.text.n;
    return parley_write_tsv(b, &d, &ev, r->seq);
}

int parley_export_row(parley_buf *b, const parley_store_row *row, int format)
{
    switch (format) {
    case PARLEY_EXPORT_JSONL:
        return jsonl_row(b, row);
    case PARLEY_EXPORT_CSV:
    case PARLEY_EXPORT_TSV:
        return csv_row(b, row, format);
    case PARLEY_EXPORT_PHOENIX:
        return phoenix_row(b, row);
    case PARLEY_EXPORT_PLOVER:
        return plover_row(b, row);
    }
    return PARLEY_EINVAL;
}

struct export_ctx {
    parley_store *st;
    parley_buf b;
    int format;
    parley_write_fn fn;
    void *ud;
};

static int flush(struct export_ctx *x)
{
    int rc = x->b.n ? x->fn(x->ud, x->b.p, x->b.n) : 0;
    parley_buf_reset(&x->b);
    return rc;
}

static int export_one(void *ud, const parley_store_row *row)
{
    struct export_ctx *x = ud;
    int err = parley_export_row(&x->b, row, x->format);
    if (err)
        return pl_store_fail(x->st, err, "out of memory");
    return x->b.n >= 1 << 16 ? flush(x) : 0;
}

int parley_store_export(parley_store *st, const parley_store_filter *f,
                        int format, parley_write_fn fn, void *ud)
{
    if (!st || !fn)
        return PARLEY_EINVAL;
    if (format < PARLEY_EXPORT_JSONL || format > PARLEY_EXPORT_PLOVER)
        return pl_store_fail(st, PARLEY_EINVAL, "unknown export format %d", format);
    struct export_ctx x = {st, PARLEY_BUF_INIT, format, fn, ud};
    int rc = parley_export_header(&x.b, format);
    if (rc)
        rc = pl_store_fail(st, rc, "out of memory");
    if (!rc)
        rc = parley_store_query(st, f, export_one, &x);
    if (!rc)
        rc = flush(&x);
    parley_buf_release(&x.b);
    return rc;
}
