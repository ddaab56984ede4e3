/* json.c — stage 9, the sinks: the JSON lines event contract of
 * DESIGN.md, Phoenix-style TSV, and the document id rule shared by every
 * sink and the store. */
#include <string.h>

#include "parley.h"
#include "output/output.h"

static parley_str S(const char *s)
{
    parley_str r = {s, s ? strlen(s) : 0};
    return r;
}

/* parley_buf_add with the common case, room in b, inline: an event is
 * written in some sixty pieces. */
static inline int put(parley_buf *b, const void *s, size_t n)
{
    if (b->cap - b->n > n) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
        b->p[b->n] = '\0';
        return 0;
    }
    return parley_buf_add(b, s, n);
}

/* A string literal, its length known at compile time. */
#define LIT(b, s) put((b), (s), sizeof(s) - 1)

static int put_uint(parley_buf *b, size_t v)
{
    char tmp[24], *end = tmp + sizeof tmp, *q = end;
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return put(b, q, (size_t)(end - q));
}

/* The numbers an event writes with parley_buf_add_fixed (Goldstein
 * scores, a place's coordinates) come from small tables and repeat from
 * one event to the next: this thread's last few, by their bits and
 * decimals, are copied as they were written. */
typedef struct fixed_memo {
    uint64_t bits;
    int decimals;
    uint32_t n; /* 0: empty */
    char s[24];
} fixed_memo;

static _Thread_local fixed_memo fixed_seen[64];

static int put_fixed(parley_buf *b, double v, int decimals)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    fixed_memo *m = &fixed_seen[((bits ^ (uint64_t)decimals) * 0x9E3779B97F4A7C15u) >> 58];
    if (m->n && m->bits == bits && m->decimals == decimals)
        return put(b, m->s, m->n);
    size_t at = b->n;
    int rc = parley_buf_add_fixed(b, v, decimals);
    if (!rc && b->n - at < sizeof m->s) {
        m->bits = bits;
        m->decimals = decimals;
        m->n = (uint32_t)(b->n - at);
        memcpy(m->s, b->p + at, m->n);
    }
    return rc;
}

static int add_str_or_null(parley_buf *b, const char *s)
{
    return s ? parley_buf_add_json(b, S(s)) : LIT(b, "null");
}

static int actor_json(parley_buf *b, const parley_actor *a)
{
    int rc = LIT(b, "{\"text\": ");
    rc |= a->text.n ? parley_buf_add_json(b, a->text) : LIT(b, "null");
    rc |= LIT(b, ", \"name\": ");
    rc |= add_str_or_null(b, a->name);
    rc |= LIT(b, ", \"role\": ");
    rc |= add_str_or_null(b, a->role);
    rc |= LIT(b, ", \"country\": ");
    rc |= add_str_or_null(b, a->country);
    rc |= LIT(b, ", \"org\": ");
    rc |= add_str_or_null(b, a->org);
    rc |= LIT(b, ", \"code\": ");
    rc |= add_str_or_null(b, a->code);
    rc |= LIT(b, ", \"sector\": ");
    rc |= add_str_or_null(b, a->sector);
    rc |= LIT(b, "}");
    return rc ? PARLEY_ENOMEM : 0;
}

/* {"sentence": S, "span": [A, B]} without the braces */
static int sentence_span(parley_buf *b, size_t sentence, size_t a, size_t z)
{
    int rc = LIT(b, "\"sentence\": ");
    rc |= put_uint(b, sentence);
    rc |= LIT(b, ", \"span\": [");
    rc |= put_uint(b, a);
    rc |= LIT(b, ", ");
    rc |= put_uint(b, z);
    rc |= LIT(b, "]");
    return rc;
}

int parley_write_json(parley_buf *b, const parley_doc *doc,
                      const parley_event *ev, size_t index)
{
    (void)index;
    parley_str ev_text = {NULL, 0};
    int has_text = doc->text.p && ev->span[0] <= ev->span[1] &&
                   ev->span[1] <= doc->text.n;
    if (has_text)
        ev_text = (parley_str){doc->text.p + ev->span[0],
                               ev->span[1] - ev->span[0]};
    if (doc->id.n)
        return pl_output_json_event(b, doc->id, ev, has_text ? &ev_text : NULL);
    parley_buf id = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    if (!rc)
        rc = pl_output_json_event(b, (parley_str){id.p, id.n}, ev,
                               has_text ? &ev_text : NULL);
    parley_buf_release(&id);
    return rc ? PARLEY_ENOMEM : 0;
}

int pl_output_json_event(parley_buf *b, parley_str doc_id,
                      const parley_event *ev, const parley_str *ev_text)
{
    /* most events fit in what the buffer grew to for the last one */
    int rc = parley_buf_grow(b, 1024);
    rc |= LIT(b, "{\"doc\": ");
    /* the document id is written once escaped, then copied from b for
     * the event id: ":S:N" after it needs no escaping */
    size_t id_at = b->n + 1;
    rc |= parley_buf_add_json(b, doc_id);
    if (rc)
        return PARLEY_ENOMEM;
    size_t id_len = b->n - 1 - id_at;
    rc |= LIT(b, ", \"id\": \"");
    if (!rc && !(rc = parley_buf_grow(b, id_len))) {
        memcpy(b->p + b->n, b->p + id_at, id_len);
        b->n += id_len;
    }
    rc |= LIT(b, ":");
    rc |= put_uint(b, ev->sentence);
    rc |= LIT(b, ":");
    rc |= put_uint(b, ev->seq);
    rc |= LIT(b, "\", \"date\": ");
    rc |= add_str_or_null(b, ev->date);
    rc |= LIT(b, ", \"date_precision\": ");
    rc |= add_str_or_null(b, ev->date_precision);
    rc |= LIT(b, ", \"type\": ");
    rc |= add_str_or_null(b, ev->type);
    rc |= LIT(b, ", \"mode\": ");
    rc |= add_str_or_null(b, ev->mode);
    rc |= LIT(b, ", \"cameo\": ");
    rc |= add_str_or_null(b, ev->cameo);
    rc |= LIT(b, ", \"quad\": ");
    rc |= parley_buf_add_int(b, ev->quad);
    rc |= LIT(b, ", \"goldstein\": ");
    rc |= put_fixed(b, ev->goldstein, 1);
    rc |= LIT(b, ", \"coder\": ");
    rc |= add_str_or_null(b, ev->coder);
    rc |= LIT(b, ", \"source\": ");
    rc |= actor_json(b, &ev->source);
    rc |= LIT(b, ", \"target\": ");
    rc |= actor_json(b, &ev->target);
    rc |= LIT(b, ", \"place\": ");
    if (ev->place.name) {
        rc |= LIT(b, "{\"name\": ");
        rc |= parley_buf_add_json(b, S(ev->place.name));
        rc |= LIT(b, ", \"country\": ");
        rc |= add_str_or_null(b, ev->place.country);
        if (ev->place.has_coords) {
            rc |= LIT(b, ", \"lat\": ");
            rc |= put_fixed(b, ev->place.lat, 2);
            rc |= LIT(b, ", \"lon\": ");
            rc |= put_fixed(b, ev->place.lon, 2);
            rc |= LIT(b, "}");
        } else {
            rc |= LIT(b, ", \"lat\": null, \"lon\": null}");
        }
    } else {
        rc |= LIT(b, "null");
    }
    rc |= LIT(b, ", \"topics\": [");
    for (size_t i = 0; i < ev->ntopics; i++) {
        if (i)
            rc |= LIT(b, ", ");
        rc |= parley_buf_add_json(b, S(ev->topics[i]));
    }
    rc |= ev->negated ? LIT(b, "], \"negated\": true, ") : LIT(b, "], \"negated\": false, ");
    /* the sentence and its span, written once and copied for the first
     * evidence sentence */
    size_t span_at = b->n;
    rc |= sentence_span(b, ev->sentence, ev->span[0], ev->span[1]);
    size_t span_len = b->n - span_at;
    rc |= LIT(b, ", \"text\": ");
    rc |= ev_text ? parley_buf_add_json(b, *ev_text) : LIT(b, "null");
    /* every evidence sentence, the first included (merged reports) */
    rc |= LIT(b, ", \"evidence\": [{");
    if (!rc && !(rc = parley_buf_grow(b, span_len))) {
        memcpy(b->p + b->n, b->p + span_at, span_len);
        b->n += span_len;
    }
    rc |= LIT(b, "}");
    for (size_t i = 0; i < ev->nextra; i++) {
        rc |= LIT(b, ", {");
        rc |= sentence_span(b, ev->extra_sentences[i], ev->extra_spans[2 * i],
                            ev->extra_spans[2 * i + 1]);
        rc |= LIT(b, "}");
    }
    rc |= LIT(b, "]}\n");
    return rc ? PARLEY_ENOMEM : 0;
}

/* TSV: tabs and newlines inside values become spaces; a value with a
 * double quote is quoted, its quotes doubled (the "excel-tab" dialect that
 * Python's csv module and pandas read: a sentence starting with '"' made
 * pandas fail, issue 13 D11). */
static int tsv_field(parley_buf *b, const char *s, size_t n, int last)
{
    if (!s)
        n = 0;
    size_t quotes = 0;
    for (size_t i = 0; i < n; i++)
        quotes += s[i] == '"';
    size_t extra = quotes ? quotes + 2 : 0;
    if (parley_buf_grow(b, n + extra + 1))
        return PARLEY_ENOMEM;
    char *o = b->p + b->n;
    if (quotes)
        *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"')
            *o++ = '"';
        *o++ = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    if (quotes)
        *o++ = '"';
    *o = last ? '\n' : '\t';
    b->n += n + extra + 1;
    b->p[b->n] = '\0';
    return 0;
}

static int tsv_s(parley_buf *b, const char *s)
{
    return tsv_field(b, s, s ? strlen(s) : 0, 0);
}

/* A field made in tmp (emptied first) by one of the number writers. */
#define TSV_NUM(b, tmp, call) \
    (parley_buf_reset(tmp), (call) | tsv_field((b), (tmp)->p, (tmp)->n, 0))

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
    rc |= parley_buf_addc(&id, ':');
    rc |= parley_buf_add_uint(&id, ev->sentence);
    rc |= parley_buf_addc(&id, ':');
    rc |= parley_buf_add_uint(&id, ev->seq);
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
    rc |= TSV_NUM(b, &tmp, parley_buf_add_int(&tmp, ev->quad));
    rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->goldstein, 1));
    rc |= tsv_s(b, ev->type);
    rc |= tsv_s(b, ev->mode);
    rc |= tsv_s(b, ev->negated ? "1" : "0");
    parley_buf_reset(&tmp);
    for (size_t i = 0; i < ev->ntopics; i++) {
        if (i)
            rc |= parley_buf_addc(&tmp, ';');
        if (ev->topics[i])
            rc |= parley_buf_adds(&tmp, ev->topics[i]);
    }
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    if (ev->place.has_coords) {
        rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->place.lat, 2));
        rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->place.lon, 2));
    } else {
        rc |= tsv_field(b, NULL, 0, 0);
        rc |= tsv_field(b, NULL, 0, 0);
    }
    rc |= tsv_s(b, ev->place.name);
    rc |= tsv_s(b, ev->place.country);
    rc |= tsv_field(b, id.p, doc_n, 0);
    rc |= TSV_NUM(b, &tmp, parley_buf_add_uint(&tmp, ev->sentence));
    if (doc->text.p && ev->span[1] <= doc->text.n && ev->span[0] <= ev->span[1])
        rc |= tsv_field(b, doc->text.p + ev->span[0], ev->span[1] - ev->span[0], 1);
    else
        rc |= tsv_field(b, NULL, 0, 1);
    parley_buf_release(&id);
    parley_buf_release(&tmp);
    return rc ? PARLEY_ENOMEM : 0;
}
