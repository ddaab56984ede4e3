/* json.c — stage 9, the sinks: the JSON lines event contract of
 * DESIGN.md, Phoenix-style TSV, and the document id rule shared by every
 * sink and the store. */
#include <string.h>

#include "parley.h"

static parley_str S(const char *s)
{
    parley_str r = {s, s ? strlen(s) : 0};
    return r;
}

static int add_str_or_null(parley_buf *b, const char *s)
{
    return s ? parley_buf_add_json(b, S(s)) : parley_buf_adds(b, "null");
}

int parley_doc_id(parley_buf *b, const parley_doc *doc)
{
    if (doc->id.n)
        return parley_buf_add(b, doc->id.p, doc->id.n);
    const char *o = doc->origin;
    if (!o || !*o || !strcmp(o, "-"))
        o = "stdin";
    const char *base = strrchr(o, '/');
    base = base ? base + 1 : o;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    int rc = parley_buf_add(b, base, n);
    if (!rc && doc->line)
        rc = parley_buf_addf(b, "-%zu", doc->line);
    return rc;
}

static int actor_json(parley_buf *b, const parley_actor *a)
{
    int rc = parley_buf_adds(b, "{\"text\": ");
    rc |= a->text.n ? parley_buf_add_json(b, a->text) : parley_buf_adds(b, "null");
    rc |= parley_buf_adds(b, ", \"name\": ");
    rc |= add_str_or_null(b, a->name);
    rc |= parley_buf_adds(b, ", \"role\": ");
    rc |= add_str_or_null(b, a->role);
    rc |= parley_buf_adds(b, ", \"country\": ");
    rc |= add_str_or_null(b, a->country);
    rc |= parley_buf_adds(b, ", \"org\": ");
    rc |= add_str_or_null(b, a->org);
    rc |= parley_buf_adds(b, ", \"code\": ");
    rc |= add_str_or_null(b, a->code);
    rc |= parley_buf_addc(b, '}');
    return rc ? PARLEY_ENOMEM : 0;
}

static int span_text(parley_buf *b, const parley_doc *doc, size_t s, size_t e)
{
    if (!doc->text.p || s > e || e > doc->text.n)
        return parley_buf_adds(b, "null");
    parley_str t = {doc->text.p + s, e - s};
    return parley_buf_add_json(b, t);
}

int parley_write_json(parley_buf *b, const parley_doc *doc,
                      const parley_event *ev, size_t index)
{
    (void)index;
    parley_buf id = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    if (rc)
        return rc;
    rc |= parley_buf_adds(b, "{\"doc\": ");
    rc |= parley_buf_add_json(b, (parley_str){id.p, id.n});
    rc |= parley_buf_adds(b, ", \"id\": ");
    parley_buf_addf(&id, ":%zu:%zu", ev->sentence, ev->seq);
    rc |= parley_buf_add_json(b, (parley_str){id.p, id.n});
    parley_buf_release(&id);
    rc |= parley_buf_adds(b, ", \"date\": ");
    rc |= add_str_or_null(b, ev->date);
    rc |= parley_buf_adds(b, ", \"type\": ");
    rc |= add_str_or_null(b, ev->type);
    rc |= parley_buf_adds(b, ", \"mode\": ");
    rc |= add_str_or_null(b, ev->mode);
    rc |= parley_buf_adds(b, ", \"cameo\": ");
    rc |= add_str_or_null(b, ev->cameo);
    rc |= parley_buf_addf(b, ", \"quad\": %d, \"goldstein\": %.1f", ev->quad,
                          ev->goldstein);
    rc |= parley_buf_adds(b, ", \"source\": ");
    rc |= actor_json(b, &ev->source);
    rc |= parley_buf_adds(b, ", \"target\": ");
    rc |= actor_json(b, &ev->target);
    rc |= parley_buf_adds(b, ", \"place\": ");
    if (ev->place.name) {
        rc |= parley_buf_adds(b, "{\"name\": ");
        rc |= parley_buf_add_json(b, S(ev->place.name));
        rc |= parley_buf_adds(b, ", \"country\": ");
        rc |= add_str_or_null(b, ev->place.country);
        if (ev->place.has_coords)
            rc |= parley_buf_addf(b, ", \"lat\": %.2f, \"lon\": %.2f}",
                                  ev->place.lat, ev->place.lon);
        else
            rc |= parley_buf_adds(b, ", \"lat\": null, \"lon\": null}");
    } else {
        rc |= parley_buf_adds(b, "null");
    }
    rc |= parley_buf_adds(b, ", \"topics\": [");
    for (size_t i = 0; i < ev->ntopics; i++) {
        if (i)
            rc |= parley_buf_adds(b, ", ");
        rc |= parley_buf_add_json(b, S(ev->topics[i]));
    }
    rc |= parley_buf_addf(b, "], \"negated\": %s", ev->negated ? "true" : "false");
    rc |= parley_buf_addf(b, ", \"sentence\": %zu, \"span\": [%zu, %zu]",
                          ev->sentence, ev->span[0], ev->span[1]);
    rc |= parley_buf_adds(b, ", \"text\": ");
    rc |= span_text(b, doc, ev->span[0], ev->span[1]);
    /* every evidence sentence, the first included (merged reports) */
    rc |= parley_buf_addf(b, ", \"evidence\": [{\"sentence\": %zu, \"span\": [%zu, %zu]}",
                          ev->sentence, ev->span[0], ev->span[1]);
    for (size_t i = 0; i < ev->nextra; i++)
        rc |= parley_buf_addf(b, ", {\"sentence\": %zu, \"span\": [%zu, %zu]}",
                              ev->extra_sentences[i], ev->extra_spans[2 * i],
                              ev->extra_spans[2 * i + 1]);
    rc |= parley_buf_adds(b, "]}\n");
    return rc ? PARLEY_ENOMEM : 0;
}

/* TSV: tabs and newlines inside values become spaces. */
static int tsv_field(parley_buf *b, const char *s, size_t n, int last)
{
    int rc = 0;
    if (s)
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            rc |= parley_buf_addc(b, (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
        }
    rc |= parley_buf_addc(b, last ? '\n' : '\t');
    return rc;
}

static int tsv_s(parley_buf *b, const char *s)
{
    return tsv_field(b, s, s ? strlen(s) : 0, 0);
}

int parley_write_tsv_header(parley_buf *b)
{
    return parley_buf_adds(
        b, "id\tdate\tyear\tmonth\tday\tsource_code\tsource_country\t"
           "source_org\tsource_name\tsource_role\ttarget_code\ttarget_country\t"
           "target_org\ttarget_name\ttarget_role\tcameo\troot_code\tquad\t"
           "goldstein\ttype\tmode\tnegated\ttopics\tlat\tlon\tplace\t"
           "place_country\tdoc\tsentence\ttext\n");
}

int parley_write_tsv(parley_buf *b, const parley_doc *doc,
                     const parley_event *ev, size_t index)
{
    (void)index;
    parley_buf id = PARLEY_BUF_INIT, tmp = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    size_t doc_n = id.n;
    rc |= parley_buf_addf(&id, ":%zu:%zu", ev->sentence, ev->seq);
    rc |= tsv_field(b, id.p, id.n, 0);
    const char *d = ev->date;
    size_t dl = d ? strlen(d) : 0;
    rc |= tsv_s(b, d);
    rc |= tsv_field(b, d, dl >= 4 ? 4 : 0, 0);
    rc |= tsv_field(b, dl >= 7 ? d + 5 : NULL, dl >= 7 ? 2 : 0, 0);
    rc |= tsv_field(b, dl >= 10 ? d + 8 : NULL, dl >= 10 ? 2 : 0, 0);
    const parley_actor *as[2] = {&ev->source, &ev->target};
    for (int k = 0; k < 2; k++) {
        rc |= tsv_s(b, as[k]->code);
        rc |= tsv_s(b, as[k]->country);
        rc |= tsv_s(b, as[k]->org);
        rc |= tsv_s(b, as[k]->name);
        rc |= tsv_s(b, as[k]->role);
    }
    rc |= tsv_s(b, ev->cameo);
    rc |= tsv_field(b, ev->cameo, ev->cameo && strlen(ev->cameo) >= 2 ? 2 : 0, 0);
    parley_buf_reset(&tmp);
    rc |= parley_buf_addf(&tmp, "%d", ev->quad);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    parley_buf_reset(&tmp);
    rc |= parley_buf_addf(&tmp, "%.1f", ev->goldstein);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    rc |= tsv_s(b, ev->type);
    rc |= tsv_s(b, ev->mode);
    rc |= tsv_s(b, ev->negated ? "1" : "0");
    parley_buf_reset(&tmp);
    for (size_t i = 0; i < ev->ntopics; i++)
        rc |= parley_buf_addf(&tmp, "%s%s", i ? ";" : "", ev->topics[i]);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    parley_buf_reset(&tmp);
    if (ev->place.has_coords)
        rc |= parley_buf_addf(&tmp, "%.2f", ev->place.lat);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    parley_buf_reset(&tmp);
    if (ev->place.has_coords)
        rc |= parley_buf_addf(&tmp, "%.2f", ev->place.lon);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    rc |= tsv_s(b, ev->place.name);
    rc |= tsv_s(b, ev->place.country);
    rc |= tsv_field(b, id.p, doc_n, 0);
    parley_buf_reset(&tmp);
    rc |= parley_buf_addf(&tmp, "%zu", ev->sentence);
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    if (doc->text.p && ev->span[1] <= doc->text.n && ev->span[0] <= ev->span[1])
        rc |= tsv_field(b, doc->text.p + ev->span[0], ev->span[1] - ev->span[0], 1);
    else
        rc |= tsv_field(b, NULL, 0, 1);
    parley_buf_release(&id);
    parley_buf_release(&tmp);
    return rc ? PARLEY_ENOMEM : 0;
}
