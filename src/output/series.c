/* series.c — the output formats of event series (`parley aggregate` and
 * /api/series): CSV and TSV with a header, JSON objects with the same
 * columns, ready for pandas (read_csv, read_json) and R (read.csv,
 * jsonlite). The rows come from parley_store_series (src/store/aggregate.c). */
#include <string.h>

#include "parley.h"
#include "util/fold.h"

int parley_series_format_from_name(const char *name)
{
    static const char *const n[] = {"csv", "tsv", "json", "jsonl"};
    for (int i = 0; name && i < 4; i++)
        if (!strcmp(name, n[i]))
            return i;
    return -1;
}

/* The key columns of o's rows, NULL-terminated. */
static void key_names(const parley_series_opts *o, const char *names[4])
{
    int n = 0;
    if (o->by != PARLEY_BY_ALL)
        names[n++] = "period";
    if (o->group == PARLEY_GROUP_DYAD) {
        names[n++] = "source";
        names[n++] = "target";
    } else if (o->group == PARLEY_GROUP_COUNTRY) {
        names[n++] = "country";
    }
    names[n] = NULL;
}

static const char *key_value(const parley_series_row *r, const char *name)
{
    return !strcmp(name, "period")   ? r->period
           : !strcmp(name, "source") ? r->source
           : !strcmp(name, "target") ? r->target
                                     : r->country;
}

static const char *const count_names[] = {"events", "quad1", "quad2",
                                          "quad3", "quad4", "goldstein_sum",
                                          "goldstein_mean"};

static void lower(char *out, const char *s)
{
    size_t i = 0;
    for (; s[i] && i < 15; i++)
        out[i] = pl_ascii_lower(s[i]);
    out[i] = 0;
}

int parley_series_header(parley_buf *b, const parley_series_opts *o,
                         int format)
{
    if (format == PARLEY_SERIES_JSON || format == PARLEY_SERIES_JSONL)
        return 0;
    if (format != PARLEY_SERIES_CSV && format != PARLEY_SERIES_TSV)
        return PARLEY_EINVAL;
    char sep = format == PARLEY_SERIES_CSV ? ',' : '\t';
    const char *keys[4];
    key_names(o, keys);
    int err = 0;
    for (int i = 0; keys[i]; i++) {
        err |= parley_buf_adds(b, keys[i]);
        err |= parley_buf_addc(b, sep);
    }
    for (size_t i = 0; i < sizeof count_names / sizeof count_names[0]; i++) {
        err |= parley_buf_adds(b, count_names[i]);
        err |= parley_buf_addc(b, sep);
    }
    for (int i = 0; i < PARLEY_NTYPES; i++) {
        char t[16];
        lower(t, parley_plover_type(i));
        err |= parley_buf_adds(b, t);
        err |= parley_buf_addc(b, i + 1 < PARLEY_NTYPES ? sep : '\n');
    }
    return err ? PARLEY_ENOMEM : 0;
}

/* A key as a CSV field (quoted when it holds a comma, quote or line
 * break), a TSV field (tabs and line breaks become spaces) or a JSON
 * string; NULL is an empty field or null. */
static int key_field(parley_buf *b, const char *v, int format)
{
    if (format >= PARLEY_SERIES_JSON) {
        if (!v)
            return parley_buf_adds(b, "null");
        parley_str s = {v, strlen(v)};
        return parley_buf_add_json(b, s);
    }
    if (!v)
        return 0;
    int err = 0;
    if (format == PARLEY_SERIES_TSV) {
        for (const char *p = v; *p; p++)
            err |= parley_buf_addc(b, *p == '\t' || *p == '\n' || *p == '\r'
                                          ? ' ' : *p);
        return err;
    }
    if (!strpbrk(v, ",\"\r\n"))
        return parley_buf_adds(b, v);
    err |= parley_buf_addc(b, '"');
    for (const char *p = v; *p; p++) {
        if (*p == '"')
            err |= parley_buf_addc(b, '"');
        err |= parley_buf_addc(b, *p);
    }
    return err | parley_buf_addc(b, '"');
}

int parley_series_write(parley_buf *b, const parley_series_row *r,
                        const parley_series_opts *o, int format)
{
    if (format < PARLEY_SERIES_CSV || format > PARLEY_SERIES_JSONL)
        return PARLEY_EINVAL;
    int json = format >= PARLEY_SERIES_JSON;
    const char *sep = json ? ", " : format == PARLEY_SERIES_CSV ? "," : "\t";
    const char *keys[4];
    key_names(o, keys);
    int err = json ? parley_buf_addc(b, '{') : 0;
    int col = 0;
    /* Appends the next column's separator and, in JSON, its name. */
#define NEXT(name)                                                      \
    do {                                                                \
        if (col++)                                                      \
            err |= parley_buf_adds(b, sep);                             \
        if (json) {                                                     \
            err |= parley_buf_addc(b, '"');                             \
            err |= parley_buf_adds(b, name);                            \
            err |= parley_buf_adds(b, "\": ");                          \
        }                                                               \
    } while (0)
    for (int i = 0; keys[i]; i++) {
        NEXT(keys[i]);
        err |= key_field(b, key_value(r, keys[i]), format);
    }
    NEXT("events");
    err |= parley_buf_add_int(b, r->events);
    for (int i = 0; i < 4; i++) {
        NEXT(count_names[1 + i]);
        err |= parley_buf_add_int(b, r->quad[i]);
    }
    NEXT("goldstein_sum");
    err |= parley_buf_add_fixed(b, r->goldstein_sum, 1);
    NEXT("goldstein_mean");
    if (r->goldstein_n > 0)
        err |= parley_buf_add_fixed(b, r->goldstein_sum / (double)r->goldstein_n,
                                    3);
    else if (json)
        err |= parley_buf_adds(b, "null");
    for (int i = 0; i < PARLEY_NTYPES; i++) {
        char t[16];
        lower(t, parley_plover_type(i));
        NEXT(t);
        err |= parley_buf_add_int(b, r->types[i]);
    }
#undef NEXT
    if (json)
        err |= parley_buf_addc(b, '}');
    if (format != PARLEY_SERIES_JSON)
        err |= parley_buf_addc(b, '\n');
    return err ? PARLEY_ENOMEM : 0;
}
