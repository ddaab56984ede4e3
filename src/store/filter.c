/* filter.c — the one translation of a parley_store_filter into SQL, shared
 * by parley_store_query (query.c) and the serving queries
 * (serve_queries.c): fixed fragments only, every user value bound as a
 * parameter; bad values fail with a message naming the option. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

void store_sql_add(struct store_sql *q, const char *frag)
{
    if (parley_buf_adds(&q->b, frag))
        q->nomem = 1;
}

void store_sql_param(struct store_sql *q, const char *pre, const char *v,
                     const char *post, int like)
{
    parley_buf t = PARLEY_BUF_INIT;
    parley_buf_adds(&t, pre);
    for (const char *s = v; *s; s++) {
        if (like && (*s == '%' || *s == '_' || *s == '\\'))
            parley_buf_addc(&t, '\\');
        parley_buf_addc(&t, *s);
    }
    if (parley_buf_adds(&t, post) || q->np >= STORE_SQL_MAXP) {
        q->nomem = 1;
        parley_buf_release(&t);
        return;
    }
    q->isint[q->np] = 0;
    q->p[q->np++] = parley_buf_detach(&t, NULL);
}

void store_sql_iparam(struct store_sql *q, long long v)
{
    if (q->np >= STORE_SQL_MAXP) {
        q->nomem = 1;
        return;
    }
    q->isint[q->np] = 1;
    q->iv[q->np] = v;
    q->p[q->np++] = NULL;
}

void store_sql_free(struct store_sql *q)
{
    parley_buf_release(&q->b);
    for (int i = 0; i < q->np; i++)
        free(q->p[i]);
    q->np = 0;
}

char *store_fts_phrase(const char *v)
{
    parley_buf t = PARLEY_BUF_INIT;
    parley_buf_addc(&t, '"');
    for (const char *s = v; *s; s++) {
        if (*s == '"')
            parley_buf_addc(&t, '"');
        parley_buf_addc(&t, *s);
    }
    if (parley_buf_addc(&t, '"')) {
        parley_buf_release(&t);
        return NULL;
    }
    return parley_buf_detach(&t, NULL);
}

/* KAZ, UN, IGOUNO, USAGOV: a code, matched exactly or as a prefix. */
int store_code_like(const char *v)
{
    size_t n = strlen(v);
    if (n < 2 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)v[i]) && !isdigit((unsigned char)v[i]))
            return 0;
    return 1;
}

static void actor(struct store_sql *q, const char *side, const char *v)
{
    /* side is "source" or "target": a fixed word, never user input. */
    char f[600];
    if (store_code_like(v)) {
        snprintf(f, sizeof f,
                 "(e.%s_country = ? OR e.%s_org = ? OR e.%s_code GLOB ?)",
                 side, side, side);
        store_sql_add(q, f);
        store_sql_param(q, "", v, "", 0);
        store_sql_param(q, "", v, "", 0);
        store_sql_param(q, "", v, "*", 0);
    } else {
        snprintf(f, sizeof f,
                 "(e.%s_country = upper(?) OR e.%s_org = ? COLLATE NOCASE"
                 " OR parley_fold(e.%s_name) LIKE parley_fold(?) ESCAPE '\\'"
                 " OR parley_fold(e.%s_text) LIKE parley_fold(?) ESCAPE '\\')",
                 side, side, side, side);
        store_sql_add(q, f);
        store_sql_param(q, "", v, "", 0);
        store_sql_param(q, "", v, "", 0);
        store_sql_param(q, "%", v, "%", 1);
        store_sql_param(q, "%", v, "%", 1);
    }
}

/* A date that exists (issue 13, D10: "2024-13" was read as 2025-01). */
int store_valid_date(const char *v)
{
    return parley_date_valid(v);
}

int store_filter_sql(parley_store *st, struct store_sql *q,
                     const parley_store_filter *f, const char *text,
                     const char *opt)
{
    if (f->actor) {
        store_sql_add(q, " AND (");
        actor(q, "source", f->actor);
        store_sql_add(q, " OR ");
        actor(q, "target", f->actor);
        store_sql_add(q, ")");
    }
    if (f->source) {
        store_sql_add(q, " AND ");
        actor(q, "source", f->source);
    }
    if (f->target) {
        store_sql_add(q, " AND ");
        actor(q, "target", f->target);
    }
    if (f->type) {
        size_t n = strlen(f->type);
        /* D10: an unknown type is a usage error, not an empty answer */
        if (!parley_plover_type_valid(f->type))
            return store_fail(st, PARLEY_EINVAL,
                              "%stype: expected a PLOVER type (AGREE, CONSULT, SUPPORT,"
                              " CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,"
                              " THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)", opt);
        char u[17];
        for (size_t i = 0; i <= n; i++)
            u[i] = (char)toupper((unsigned char)f->type[i]);
        store_sql_add(q, " AND e.type = ?");
        store_sql_param(q, "", u, "", 0);
    }
    if (f->cameo) {
        int ok = *f->cameo && strlen(f->cameo) <= 4;
        for (const char *s = f->cameo; *s; s++)
            ok &= isdigit((unsigned char)*s) != 0;
        if (!ok)
            return store_fail(st, PARLEY_EINVAL,
                              "%scameo: expected 1 to 4 digits, e.g. 04 or 057", opt);
        store_sql_add(q, " AND e.cameo GLOB ?");
        store_sql_param(q, "", f->cameo, "*", 0);
    }
    if (f->from) {
        if (!store_valid_date(f->from))
            return store_fail(st, PARLEY_EINVAL,
                              "%sfrom: expected a date YYYY, YYYY-MM or YYYY-MM-DD", opt);
        store_sql_add(q, " AND e.date >= ?");
        store_sql_param(q, "", f->from, "", 0);
    }
    if (f->to) {
        if (!store_valid_date(f->to))
            return store_fail(st, PARLEY_EINVAL,
                              "%sto: expected a date YYYY, YYYY-MM or YYYY-MM-DD", opt);
        /* "~" sorts after digits and "-": every date starting with f->to
         * is <= f->to + "~". */
        store_sql_add(q, " AND e.date <= ?");
        store_sql_param(q, "", f->to, "~", 0);
    }
    if (f->place) {
        store_sql_add(q, " AND (parley_fold(e.place_name) LIKE parley_fold(?) ESCAPE '\\'"
                         " OR e.place_country = upper(?))");
        store_sql_param(q, "%", f->place, "%", 1);
        store_sql_param(q, "", f->place, "", 0);
    }
    if (f->topic) {
        store_sql_add(q, " AND EXISTS (SELECT 1 FROM json_each(e.topics) t"
                         " WHERE parley_fold(t.value) LIKE parley_fold(?) ESCAPE '\\')");
        store_sql_param(q, "%", f->topic, "%", 1);
    }
    if (text) {
        /* Plain words find their other forms too (forms.c). */
        parley_buf x = PARLEY_BUF_INIT;
        if (parley_text_forms(text, &x))
            q->nomem = 1;
        store_sql_add(q, " AND e.rid IN (SELECT rowid FROM evidence_fts"
                         " WHERE evidence_fts MATCH ?)");
        store_sql_param(q, "", x.p ? x.p : text, "", 0);
        parley_buf_release(&x);
    }
    if (f->doc) {
        store_sql_add(q, " AND e.doc = ?");
        store_sql_param(q, "", f->doc, "", 0);
    }
    return q->nomem ? store_fail(st, PARLEY_ENOMEM, "out of memory") : 0;
}
