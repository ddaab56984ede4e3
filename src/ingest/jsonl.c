/* jsonl.c — JSON-lines ingest: one object per line with the fields id,
 * date, title, text, url, source (DESIGN.md, stage 1). A bad line is
 * reported with its line number and skipped; the others are still read. */
#include <inttypes.h>
#include <jansson.h>
#include <string.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

static const char *kind(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

/* Copies an optional string field, cleaned; wrong types are warned about
 * and ignored. */
static int field(ingest_ctx *cx, size_t line, json_t *o, const char *name, parley_buf *out)
{
    json_t *v = json_object_get(o, name);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v)) {
        ingest_log(cx, PARLEY_WARNING, line, "field \"%s\": expected a string, got %s; ignored",
                   name, kind(v));
        return 0;
    }
    return ingest_clean(cx, line, out, json_string_value(v), json_string_length(v));
}

static int blank_line(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
            return 0;
    return 1;
}

int ingest_parse_jsonl_line(ingest_ctx *cx, const char *p, size_t n, size_t line,
                            ingest_doc *d)
{
    ingest_doc_reset(d);
    d->line = line;
    if (blank_line(p, n))
        return 0;
    if (n > INGEST_MAX_DOC) {
        ingest_error(cx, line, "document larger than 64 MiB");
        return PARLEY_ETOOBIG;
    }
    /* jansson refuses invalid UTF-8 outright; replace it so that the rest
     * of the record survives, and say where it was. */
    parley_buf fixed = PARLEY_BUF_INIT;
    size_t bad;
    if (!parley_utf8_valid(p, n, &bad)) {
        parley_utf8_report rep;
        if (parley_utf8_clean(&fixed, p, n, PARLEY_UTF8_FIX, &rep)) {
            parley_buf_release(&fixed);
            return PARLEY_ENOMEM;
        }
        ingest_log(cx, PARLEY_WARNING, line, "byte %zu: invalid UTF-8 (%zu sequence%s replaced)",
                   rep.first_bad, rep.nbad, rep.nbad == 1 ? "" : "s");
        p = fixed.p;
        n = fixed.n;
    }
    json_error_t err;
    json_t *o = json_loadb(p, n, JSON_ALLOW_NUL, &err);
    parley_buf_release(&fixed);
    if (!o) {
        ingest_error(cx, line, "expected a JSON object: %s (column %d)", err.text, err.column);
        return PARLEY_EPARSE;
    }
    int rc = 0;
    if (!json_is_object(o)) {
        ingest_error(cx, line, "expected a JSON object, got %s", kind(o));
        rc = PARLEY_EPARSE;
        goto out;
    }
    json_t *text = json_object_get(o, "text");
    if (!text || !json_is_string(text)) {
        if (text)
            ingest_error(cx, line, "field \"text\": expected a string, got %s", kind(text));
        else
            ingest_error(cx, line, "expected a string field \"text\"");
        rc = PARLEY_EPARSE;
        goto out;
    }
    if ((rc = ingest_clean(cx, line, &d->text, json_string_value(text),
                           json_string_length(text))))
        goto out;
    json_t *id = json_object_get(o, "id");
    if (id && json_is_integer(id))
        rc = parley_buf_addf(&d->id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    else if (id && json_is_real(id))
        rc = parley_buf_addf(&d->id, "%.17g", json_real_value(id));
    else
        rc = field(cx, line, o, "id", &d->id);
    if (rc || (rc = field(cx, line, o, "title", &d->title)) ||
        (rc = field(cx, line, o, "url", &d->url)) ||
        (rc = field(cx, line, o, "source", &d->source)))
        goto out;
    json_t *date = json_object_get(o, "date");
    if (date && json_is_string(date))
        rc = ingest_set_date(cx, line, d, "date", json_string_value(date),
                             json_string_length(date));
    else if (date && !json_is_null(date))
        ingest_log(cx, PARLEY_WARNING, line,
                   "field \"date\": expected a string, got %s; looking for a dateline",
                   kind(date));
    if (!rc)
        rc = ingest_finish_date(cx, d);
    if (!rc)
        rc = 1;
out:
    json_decref(o);
    return rc;
}
