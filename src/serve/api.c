/* api.c — the JSON API of `parley serve` (src/serve/): routes a decoded
 * path and a raw query string to the store's read-only queries
 * (src/store/rows.c, counts.c, aggregate.c) and writes the answer as JSON. Every
 * parameter is checked here first, so that a bad one is a 400 naming it;
 * database failures are logged with their details and answered with a
 * bare 500/503. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "serve/serve.h"
#include "util/fold.h"

static const char json_type[] = "application/json; charset=utf-8";

/* Every append to an answer in this file goes through check(): a failure
 * (out of memory) is remembered for the request, and pl_serve_api then
 * answers 500 "out of memory" instead of a body with a hole in it (issue
 * 13, D13: 76 of 77 results were ignored). */
static _Thread_local int nomem;

static int check(int rc)
{
    if (rc)
        nomem = 1;
    return rc;
}

#define parley_buf_add(...) check(parley_buf_add(__VA_ARGS__))
#define parley_buf_adds(...) check(parley_buf_adds(__VA_ARGS__))
#define parley_buf_addc(...) check(parley_buf_addc(__VA_ARGS__))
#define parley_buf_addf(...) check(parley_buf_addf(__VA_ARGS__))
#define parley_buf_add_json(...) check(parley_buf_add_json(__VA_ARGS__))

static void js(parley_buf *b, const char *s)
{
    if (!s) {
        parley_buf_adds(b, "null");
        return;
    }
    parley_str v = {s, strlen(s)};
    parley_buf_add_json(b, v);
}

void pl_serve_error(serve_resp *r, int status, const char *msg,
                 const char *param)
{
    r->status = status;
    r->type = json_type;
    r->disposition = NULL;
    parley_buf_reset(&r->body);
    parley_buf_adds(&r->body, "{\"error\": ");
    js(&r->body, msg);
    parley_buf_adds(&r->body, ", \"parameter\": ");
    js(&r->body, param);
    parley_buf_adds(&r->body, ", \"status\": ");
    parley_buf_addf(&r->body, "%d}\n", status);
}

/* A failure of the store: EINVAL and ENOENT are the user's (their message
 * names the parameter as "name: what"), anything else is ours. */
static void store_error(serve_resp *r, parley_store *st, int err,
                        parley_log_fn log, void *ud)
{
    const char *m = parley_store_errmsg(st);
    if (err == PARLEY_ENOMEM) {
        nomem = 1; /* answered by pl_serve_api */
    } else if (err == PARLEY_EINVAL) {
        char param[32] = "";
        const char *c = strchr(m, ':');
        if (c && (size_t)(c - m) < sizeof param) {
            memcpy(param, m, (size_t)(c - m));
            param[c - m] = 0;
            for (char *p = param; *p; p++)
                if (!(*p >= 'a' && *p <= 'z')) {
                    param[0] = 0;
                    break;
                }
        }
        pl_serve_error(r, 400, m, param[0] ? param : NULL);
    } else if (err == PARLEY_ENOENT) {
        pl_serve_error(r, 404, m, NULL);
    } else if (parley_store_timed_out()) {
        pl_serve_error(r, 503, "the query took too long; narrow the filters"
                    " (e.g. a date range or a country code)", NULL);
    } else if (err == PARLEY_EBUSY) {
        if (log)
            log(ud, PARLEY_ERROR, m);
        pl_serve_error(r, 503, "the database is busy; try again", NULL);
    } else {
        if (log)
            log(ud, PARLEY_ERROR, *m ? m : parley_strerror(err));
        pl_serve_error(r, 500, "internal error while reading the database",
                    NULL);
    }
}

/* ---- parameters ------------------------------------------------------- */

enum {
    P_FILTERS = 1, /* actor ... doc */
    P_PAGE = 2,    /* limit, cursor */
    P_NODES = 4,
    P_PAIRS = 8,
    P_Q = 16,      /* q, limit */
    P_LEVEL = 32,  /* level */
    P_SERIES = 64, /* by, group, negated (and level) */
    P_FORMAT = 128, /* format */
    P_NEGATED = 256 /* negated */
};

static const struct {
    const char *name;
    size_t off;
} filter_params[] = {
    {"actor", offsetof(parley_store_filter, actor)},
    {"source", offsetof(parley_store_filter, source)},
    {"target", offsetof(parley_store_filter, target)},
    {"type", offsetof(parley_store_filter, type)},
    {"cameo", offsetof(parley_store_filter, cameo)},
    {"from", offsetof(parley_store_filter, from)},
    {"to", offsetof(parley_store_filter, to)},
    {"place", offsetof(parley_store_filter, place)},
    {"topic", offsetof(parley_store_filter, topic)},
    {"text", offsetof(parley_store_filter, text)},
    {"doc", offsetof(parley_store_filter, doc)},
};


struct params {
    serve_qs qs;
    parley_store_filter f;
    long limit, nodes, pairs;
    const char *cursor, *q;
    parley_series_opts so; /* by, group, level, negated */
    int format;            /* /api/export: 0 csv, 1 json */
    int level_set;         /* level was given */
};

/* A name among the values of an enum (from_name gives -1 for others):
 * 0, or -1 with r set to a 400 naming the parameter and the choices. */
static int choice(serve_resp *r, const char *name, const char *v,
                  int (*from_name)(const char *), const char *choices,
                  int *out)
{
    int x = from_name(v);
    if (x < 0) {
        char m[160];
        snprintf(m, sizeof m, "%s: expected %s", name, choices);
        pl_serve_error(r, 400, m, name);
        return -1;
    }
    *out = x;
    return 0;
}

static int yes_no(const char *v)
{
    return !strcmp(v, "1") || !strcmp(v, "true") ? 1
           : !strcmp(v, "0") || !strcmp(v, "false") ? 0 : -1;
}

static int export_format(const char *v)
{
    return !strcmp(v, "csv") ? 0 : !strcmp(v, "json") ? 1 : -1;
}

static int number(serve_resp *r, const char *name, const char *v, long lo,
                  long hi, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || x < lo || x > hi) {
        char m[128];
        snprintf(m, sizeof m, "%s: expected a whole number from %ld to %ld",
                 name, lo, hi);
        pl_serve_error(r, 400, m, name);
        return -1;
    }
    *out = x;
    return 0;
}

/* Parses query into p, allowing the parameter groups in allow. Returns 0,
 * or -1 with r set to a 400 (or 500 when out of memory). */
static int params(serve_resp *r, const char *query, size_t qn, int allow,
                  struct params *p)
{
    char err[160];
    memset(p, 0, sizeof *p);
    p->limit = 50;
    p->nodes = 40;
    p->pairs = 10;
    p->so.by = PARLEY_BY_WEEK;
    int rc = pl_serve_qs_parse(&p->qs, query, qn, err, sizeof err);
    if (rc == PARLEY_ENOMEM) {
        pl_serve_error(r, 500, "out of memory", NULL);
        return -1;
    }
    if (rc) {
        /* The message starts with "name: " when one is at fault. */
        char name[48] = "";
        const char *c = strstr(err, ": ");
        if (c && (size_t)(c - err) < sizeof name && !memchr(err, ' ', (size_t)(c - err))) {
            memcpy(name, err, (size_t)(c - err));
            name[c - err] = 0;
        }
        pl_serve_error(r, 400, err, name[0] ? name : NULL);
        return -1;
    }
    for (size_t i = 0; i < p->qs.n; i++) {
        const char *k = p->qs.key[i], *v = p->qs.val[i];
        int known = 0;
        if (allow & P_FILTERS)
            for (size_t j = 0; j < sizeof filter_params / sizeof filter_params[0]; j++)
                if (!strcmp(k, filter_params[j].name)) {
                    known = 1;
                    /* An empty value is no filter, as an empty form field. */
                    if (*v)
                        *(const char **)((char *)&p->f + filter_params[j].off) = v;
                    if (strlen(v) > 500) {
                        char m[96];
                        snprintf(m, sizeof m, "%s: at most 500 bytes", k);
                        pl_serve_error(r, 400, m, filter_params[j].name);
                        return -1;
                    }
                }
        if (known)
            continue;
        if ((allow & (P_PAGE | P_Q)) && !strcmp(k, "limit")) {
            if (number(r, "limit", v, 1, (allow & P_Q) ? 100 : 500, &p->limit))
                return -1;
        } else if ((allow & P_PAGE) && !strcmp(k, "cursor")) {
            p->cursor = v;
        } else if ((allow & P_NODES) && !strcmp(k, "nodes")) {
            if (number(r, "nodes", v, 1, 200, &p->nodes))
                return -1;
        } else if ((allow & P_PAIRS) && !strcmp(k, "pairs")) {
            if (number(r, "pairs", v, 0, 100, &p->pairs))
                return -1;
        } else if ((allow & (P_LEVEL | P_SERIES)) && !strcmp(k, "level")) {
            if (choice(r, "level", v, parley_level_from_name,
                       "actor, country, code or person", &p->so.level))
                return -1;
            p->level_set = 1;
        } else if ((allow & P_SERIES) && !strcmp(k, "by")) {
            if (choice(r, "by", v, parley_period_from_name,
                       "day, week, month, year or all", &p->so.by))
                return -1;
        } else if ((allow & P_SERIES) && !strcmp(k, "group")) {
            if (choice(r, "group", v, parley_series_group_from_name,
                       "total, dyad or country", &p->so.group))
                return -1;
        } else if ((allow & (P_SERIES | P_NEGATED)) && !strcmp(k, "negated")) {
            if (choice(r, "negated", v, yes_no, "0 or 1", &p->so.negated))
                return -1;
        } else if ((allow & P_FORMAT) && !strcmp(k, "format")) {
            if (choice(r, "format", v, export_format, "csv or json",
                       &p->format))
                return -1;
        } else if ((allow & P_Q) && !strcmp(k, "q")) {
            if (strlen(v) > 200) {
                pl_serve_error(r, 400, "q: at most 200 bytes", "q");
                return -1;
            }
            p->q = v;
        } else {
            char m[128], name[48];
            snprintf(name, sizeof name, "%.40s", k);
            snprintf(m, sizeof m, "%s: unknown parameter", name);
            pl_serve_error(r, 400, m, name);
            return -1;
        }
    }
    if (p->f.type && !parley_plover_type_valid(p->f.type)) {
        pl_serve_error(r, 400,
                    "type: expected a PLOVER type (AGREE, CONSULT, SUPPORT,"
                    " CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE,"
                    " REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE,"
                    " ASSAULT)", "type");
        return -1;
    }
    return 0;
}

/* ---- events ----------------------------------------------------------- */

struct out {
    parley_buf *b;
    size_t n;
};

/* The stored contract line with the document's title, date and url
 * added: the line is a JSON object, so its closing brace is replaced. */
static void event_json(parley_buf *b, const parley_store_event_ref *e)
{
    const char *j = e->json ? e->json : "{}";
    size_t n = strlen(j);
    while (n && (j[n - 1] == '\n' || j[n - 1] == ' '))
        n--;
    if (n < 2 || j[0] != '{' || j[n - 1] != '}') {
        parley_buf_adds(b, "{\"id\": ");
        js(b, e->id);
        parley_buf_adds(b, ", \"doc\": ");
        js(b, e->doc);
        n = 0;
    } else {
        parley_buf_add(b, j, n - 1);
    }
    parley_buf_adds(b, n == 2 ? "\"doc_title\": " : ", \"doc_title\": ");
    js(b, e->doc_title);
    parley_buf_adds(b, ", \"doc_date\": ");
    js(b, e->doc_date);
    parley_buf_adds(b, ", \"doc_url\": ");
    js(b, e->doc_url);
    parley_buf_addc(b, '}');
}

static int on_event(void *ud, const parley_store_event_ref *e)
{
    struct out *o = ud;
    parley_buf_adds(o->b, o->n++ ? ",\n  " : "\n  ");
    event_json(o->b, e);
    return 0;
}

static void events(parley_store *st, struct params *p, serve_resp *r,
                   parley_log_fn log, void *ud)
{
    parley_buf next = PARLEY_BUF_INIT;
    struct out o = {&r->body, 0};
    parley_buf_adds(&r->body, "{\"events\": [");
    int err = parley_store_events_page(st, &p->f, p->cursor, p->limit,
                                       on_event, &o, &next);
    if (err) {
        parley_buf_release(&next);
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_adds(&r->body, o.n ? "\n],\n \"count\": " : "],\n \"count\": ");
    parley_buf_addf(&r->body, "%zu, \"limit\": %ld, \"next\": ", o.n,
                    p->limit);
    js(&r->body, next.n ? next.p : NULL);
    if (p->f.text) {
        /* What the text filter searched for: its words' forms. */
        parley_buf x = PARLEY_BUF_INIT;
        parley_text_forms(p->f.text, &x);
        parley_buf_adds(&r->body, ", \"text_query\": ");
        js(&r->body, x.p ? x.p : p->f.text);
        parley_buf_release(&x);
    }
    parley_buf_adds(&r->body, "}\n");
    parley_buf_release(&next);
}

static int on_one(void *ud, const parley_store_event_ref *e)
{
    struct out *o = ud;
    event_json(o->b, e);
    o->n++;
    return 0;
}

static void event_one(parley_store *st, const char *id, serve_resp *r,
                      parley_log_fn log, void *ud)
{
    struct out o = {&r->body, 0};
    int err = parley_store_event_get(st, id, on_one, &o);
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_addc(&r->body, '\n');
}

/* ---- actors, stats, graph --------------------------------------------- */

static void actor_json(parley_buf *b, const parley_store_actor_ref *a)
{
    parley_buf_adds(b, "{\"key\": ");
    js(b, a->key);
    parley_buf_adds(b, ", \"name\": ");
    js(b, a->name);
    parley_buf_adds(b, ", \"role\": ");
    js(b, a->role);
    parley_buf_adds(b, ", \"country\": ");
    js(b, a->country);
    parley_buf_adds(b, ", \"org\": ");
    js(b, a->org);
    parley_buf_adds(b, ", \"code\": ");
    js(b, a->code);
    parley_buf_addf(b, ", \"events\": %lld}", (long long)a->events);
}

static int on_actor(void *ud, const parley_store_actor_ref *a)
{
    struct out *o = ud;
    parley_buf_adds(o->b, o->n++ ? ",\n  " : "\n  ");
    actor_json(o->b, a);
    return 0;
}

static int actors_load(serve_cache *c, parley_store *st, const int64_t sig[2]);
static int actors_search(serve_cache *c, const char *q, long limit,
                         parley_store_actor_fn fn, void *ud);

static void actors(parley_store *st, serve_cache *cache, struct params *p,
                   serve_resp *r, parley_log_fn log, void *ud)
{
    struct out o = {&r->body, 0};
    parley_buf_adds(&r->body, "{\"actors\": [");
    long limit = p->limit == 50 && !pl_serve_qs_get(&p->qs, "limit") ? 10
                                                                  : p->limit;
    int64_t sig[2];
    int err;
    /* Searched in memory when the cache holds the store's actors: an
     * autocomplete asks at every keystroke. */
    if (cache && parley_store_signature(st, sig) == 0 &&
        actors_load(cache, st, sig) == 0)
        err = actors_search(cache, p->q, limit, on_actor, &o);
    else
        err = parley_store_actors(st, p->q, limit, on_actor, &o);
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_adds(&r->body, o.n ? "\n]}\n" : "]}\n");
}

struct stats {
    parley_buf *b;
    int64_t events, documents;
    parley_buf types, weeks, pairs;
    size_t ntypes, nweeks, npairs;
    char week[16];
};

static int on_count(void *ud, const char *group, const char *k1,
                    const char *k2, int64_t n)
{
    struct stats *s = ud;
    if (!strcmp(group, "events")) {
        s->events = n;
    } else if (!strcmp(group, "documents")) {
        s->documents = n;
    } else if (!strcmp(group, "type")) {
        parley_buf_adds(&s->types, s->ntypes++ ? ", " : "");
        js(&s->types, k1 ? k1 : "?");
        parley_buf_addf(&s->types, ": %lld", (long long)n);
    } else if (!strcmp(group, "week")) {
        /* Rows come ordered by week then type: one object per week. */
        if (!k1)
            return 0;
        if (!s->nweeks || strcmp(s->week, k1)) {
            parley_buf_adds(&s->weeks, s->nweeks++ ? "}},\n  " : "\n  ");
            parley_buf_adds(&s->weeks, "{\"week\": ");
            js(&s->weeks, k1);
            parley_buf_adds(&s->weeks, ", \"counts\": {");
            snprintf(s->week, sizeof s->week, "%s", k1);
        } else {
            parley_buf_adds(&s->weeks, ", ");
        }
        js(&s->weeks, k2 ? k2 : "?");
        parley_buf_addf(&s->weeks, ": %lld", (long long)n);
    } else if (!strcmp(group, "pair")) {
        parley_buf_adds(&s->pairs, s->npairs++ ? ",\n  " : "\n  ");
        parley_buf_adds(&s->pairs, "{\"source\": ");
        js(&s->pairs, k1);
        parley_buf_adds(&s->pairs, ", \"target\": ");
        js(&s->pairs, k2);
        parley_buf_addf(&s->pairs, ", \"events\": %lld}", (long long)n);
    }
    return 0;
}

static void stats(parley_store *st, struct params *p, serve_resp *r,
                  parley_log_fn log, void *ud)
{
    struct stats s;
    memset(&s, 0, sizeof s);
    int err = parley_store_counts(st, &p->f, p->so.level, p->pairs, on_count,
                                  &s);
    if (!err) {
        parley_buf *b = &r->body;
        parley_buf_addf(b, "{\"events\": %lld, \"documents\": %lld,\n"
                           " \"by_type\": {", (long long)s.events,
                        (long long)s.documents);
        if (s.types.n)
            parley_buf_add(b, s.types.p, s.types.n);
        parley_buf_adds(b, "},\n \"by_week\": [");
        if (s.weeks.n) {
            parley_buf_add(b, s.weeks.p, s.weeks.n);
            parley_buf_adds(b, "}}\n");
        }
        parley_buf_adds(b, "],\n \"top_pairs\": [");
        if (s.pairs.n) {
            parley_buf_add(b, s.pairs.p, s.pairs.n);
            parley_buf_addc(b, '\n');
        }
        parley_buf_adds(b, "]}\n");
    }
    parley_buf_release(&s.types);
    parley_buf_release(&s.weeks);
    parley_buf_release(&s.pairs);
    if (err)
        store_error(r, st, err, log, ud);
}

struct graph {
    parley_buf nodes, edges;
    size_t nn, ne;
};

static int on_node(void *ud, const parley_store_actor_ref *a)
{
    struct graph *g = ud;
    parley_buf_adds(&g->nodes, g->nn++ ? ",\n  " : "\n  ");
    actor_json(&g->nodes, a);
    return 0;
}

static int on_edge(void *ud, const char *s, const char *t, const char *type,
                   int64_t n)
{
    struct graph *g = ud;
    parley_buf_adds(&g->edges, g->ne++ ? ",\n  " : "\n  ");
    parley_buf_adds(&g->edges, "{\"source\": ");
    js(&g->edges, s);
    parley_buf_adds(&g->edges, ", \"target\": ");
    js(&g->edges, t);
    parley_buf_adds(&g->edges, ", \"type\": ");
    js(&g->edges, type);
    parley_buf_addf(&g->edges, ", \"events\": %lld}", (long long)n);
    return 0;
}

static void graph(parley_store *st, struct params *p, serve_resp *r,
                  parley_log_fn log, void *ud)
{
    struct graph g;
    memset(&g, 0, sizeof g);
    int err = parley_store_graph(st, &p->f, p->so.level, p->nodes, on_node,
                                 on_edge, &g);
    if (!err) {
        parley_buf *b = &r->body;
        parley_buf_adds(b, "{\"nodes\": [");
        if (g.nodes.n) {
            parley_buf_add(b, g.nodes.p, g.nodes.n);
            parley_buf_addc(b, '\n');
        }
        parley_buf_adds(b, "],\n \"edges\": [");
        if (g.edges.n) {
            parley_buf_add(b, g.edges.p, g.edges.n);
            parley_buf_addc(b, '\n');
        }
        parley_buf_adds(b, "]}\n");
    }
    parley_buf_release(&g.nodes);
    parley_buf_release(&g.edges);
    if (err)
        store_error(r, st, err, log, ud);
}

/* ---- series, map, export --------------------------------------------- */

struct srows {
    parley_buf *b;
    const parley_series_opts *o;
    size_t n;
};

static int on_series(void *ud, const parley_series_row *row)
{
    struct srows *s = ud;
    parley_buf_adds(s->b, s->n++ ? ",\n  " : "\n  ");
    return parley_series_write(s->b, row, s->o, PARLEY_SERIES_JSON);
}

static const char *const period_names[] = {"day", "week", "month", "year",
                                           "all"};
static const char *const group_names[] = {"total", "dyad", "country"};
static const char *const level_names[] = {"actor", "country", "code",
                                          "person"};

static void left_json(parley_buf *b, const parley_series_left *l)
{
    parley_buf_addf(b, "{\"negated\": %lld, \"undated\": %lld,"
                    " \"imprecise\": %lld}", (long long)l->negated,
                    (long long)l->undated, (long long)l->imprecise);
}

static void series(parley_store *st, struct params *p, serve_resp *r,
                   parley_log_fn log, void *ud)
{
    parley_buf *b = &r->body;
    parley_series_left left;
    parley_buf_addf(b, "{\"by\": \"%s\", \"group\": \"%s\", \"level\":"
                    " \"%s\", \"negated\": %s,\n \"rows\": [",
                    period_names[p->so.by], group_names[p->so.group],
                    level_names[p->so.level], p->so.negated ? "true" : "false");
    struct srows s = {b, &p->so, 0};
    int err = parley_store_series(st, &p->f, &p->so, on_series, &s, &left);
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_adds(b, s.n ? "\n],\n \"left_out\": " : "],\n \"left_out\": ");
    left_json(b, &left);
    parley_buf_adds(b, "}\n");
}

struct mapout {
    parley_buf *b;
    size_t n;
};

static int on_country(void *ud, const parley_series_row *row)
{
    struct mapout *m = ud;
    parley_buf_adds(m->b, m->n++ ? ",\n  " : "\n  ");
    parley_buf_adds(m->b, "{\"country\": ");
    js(m->b, row->country);
    parley_buf_addf(m->b, ", \"events\": %lld, \"goldstein_mean\": ",
                    (long long)row->events);
    if (row->goldstein_n)
        parley_buf_add_fixed(m->b, row->goldstein_sum / (double)row->goldstein_n,
                             3);
    else
        parley_buf_adds(m->b, "null");
    return parley_buf_addc(m->b, '}');
}

static int on_place(void *ud, const parley_store_place_ref *pl)
{
    struct mapout *m = ud;
    parley_buf_adds(m->b, m->n++ ? ",\n  " : "\n  ");
    parley_buf_adds(m->b, "{\"name\": ");
    js(m->b, pl->name);
    parley_buf_adds(m->b, ", \"country\": ");
    js(m->b, pl->country);
    parley_buf_adds(m->b, ", \"lat\": ");
    parley_buf_add_fixed(m->b, pl->lat, 3);
    parley_buf_adds(m->b, ", \"lon\": ");
    parley_buf_add_fixed(m->b, pl->lon, 3);
    parley_buf_addf(m->b, ", \"events\": %lld}", (long long)pl->events);
    return 0;
}

/* /api/map: events per country (either side, as a country series over
 * the whole range) and per place, for the map's shading and points. */
static void map(parley_store *st, struct params *p, serve_resp *r,
                parley_log_fn log, void *ud)
{
    parley_buf *b = &r->body;
    parley_series_opts o = {PARLEY_BY_ALL, PARLEY_GROUP_COUNTRY,
                            PARLEY_LEVEL_COUNTRY, p->so.negated};
    struct mapout m = {b, 0};
    parley_series_left left;
    parley_buf_adds(b, "{\"countries\": [");
    int err = parley_store_series(st, &p->f, &o, on_country, &m, &left);
    if (!err) {
        parley_buf_adds(b, m.n ? "\n],\n \"places\": [" : "],\n \"places\": [");
        m.n = 0;
        err = parley_store_places(st, &p->f, p->so.negated, 5000, on_place, &m);
    }
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_adds(b, m.n ? "\n],\n \"left_out\": " : "],\n \"left_out\": ");
    left_json(b, &left);
    parley_buf_adds(b, "}\n");
}

/* The filtered view as a file: at most this many events. */
#define EXPORT_MAX 100000

struct exp {
    parley_buf *b;
    int json;
    long n;
};

static int on_export(void *ud, const parley_store_row *row)
{
    struct exp *x = ud;
    if (++x->n > EXPORT_MAX)
        return 1;
    if (x->json) {
        parley_buf_adds(x->b, x->n > 1 ? ",\n" : "\n");
        return parley_buf_adds(x->b, row->json ? row->json : "null");
    }
    return parley_export_row(x->b, row, PARLEY_EXPORT_CSV);
}

static void export(parley_store *st, struct params *p, serve_resp *r,
                   parley_log_fn log, void *ud)
{
    struct exp x = {&r->body, p->format == 1, 0};
    if (x.json)
        parley_buf_addc(&r->body, '[');
    else
        parley_export_header(&r->body, PARLEY_EXPORT_CSV);
    p->f.limit = EXPORT_MAX + 1;
    int err = parley_store_query(st, &p->f, on_export, &x);
    if (err == 1) {
        pl_serve_error(r, 413, "more than 100000 events match: narrow the"
                    " filters, or use 'parley export' on the store", NULL);
        return;
    }
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    if (x.json) {
        parley_buf_adds(&r->body, x.n ? "\n]\n" : "]\n");
        r->type = "application/json; charset=utf-8";
        r->disposition = "attachment; filename=\"parley-events.json\"";
    } else {
        r->type = "text/csv; charset=utf-8";
        r->disposition = "attachment; filename=\"parley-events.csv\"";
    }
}

/* ---- documents -------------------------------------------------------- */

struct docout {
    parley_buf *b;
    size_t n;
};

static int on_doc(void *ud, const parley_store_doc_ref *d)
{
    struct docout *o = ud;
    parley_buf *b = o->b;
    parley_buf_adds(b, "{\"id\": ");
    js(b, d->id);
    parley_buf_adds(b, ", \"date\": ");
    js(b, d->date);
    parley_buf_adds(b, ", \"title\": ");
    js(b, d->title);
    parley_buf_adds(b, ", \"url\": ");
    js(b, d->url);
    parley_buf_adds(b, ", \"source\": ");
    js(b, d->source);
    parley_buf_adds(b, ",\n \"text\": ");
    parley_str t = {d->text, d->text_len};
    parley_buf_add_json(b, t);
    parley_buf_adds(b, ",\n \"events\": [");
    return 0;
}

static int on_doc_event(void *ud, const parley_store_event_ref *e)
{
    struct docout *o = ud;
    parley_buf_adds(o->b, o->n++ ? ",\n  " : "\n  ");
    event_json(o->b, e);
    return 0;
}

static void document(parley_store *st, const char *id, serve_resp *r,
                     parley_log_fn log, void *ud)
{
    struct docout o = {&r->body, 0};
    int err = parley_store_document(st, id, on_doc, on_doc_event, &o);
    if (err) {
        store_error(r, st, err, log, ud);
        return;
    }
    parley_buf_adds(&r->body, o.n ? "\n]}\n" : "]}\n");
}

/* ---- caches ----------------------------------------------------------- */

#define CACHE_SLOTS 32
#define CACHE_MAX_BODY (4u << 20)

struct centry {
    char *key;        /* path?query */
    int64_t sig[2];
    char *body;
    size_t n;
    uint64_t used;
};

struct cactor {
    char *key, *name, *role, *country, *org, *code;
    char *hay;        /* folded key, mention and role, '\1'-separated */
    int64_t events;
};

struct serve_cache {
    pthread_mutex_t mu;
    struct centry e[CACHE_SLOTS];
    uint64_t clock;
    struct cactor *a;
    size_t na;
    int64_t asig[2];
    int have_actors;
};

serve_cache *pl_serve_cache_new(void)
{
    serve_cache *c = calloc(1, sizeof *c);
    if (c)
        pthread_mutex_init(&c->mu, NULL);
    return c;
}

static void actors_free(struct cactor *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(a[i].key), free(a[i].name), free(a[i].role);
        free(a[i].country), free(a[i].org), free(a[i].code), free(a[i].hay);
    }
    free(a);
}

void pl_serve_cache_free(serve_cache *c)
{
    if (!c)
        return;
    for (int i = 0; i < CACHE_SLOTS; i++) {
        free(c->e[i].key);
        free(c->e[i].body);
    }
    actors_free(c->a, c->na);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

/* A cached body for key at signature sig, copied into b: 1 when found. */
static int cache_get(serve_cache *c, const char *key, const int64_t sig[2],
                     parley_buf *b)
{
    int hit = 0;
    pthread_mutex_lock(&c->mu);
    for (int i = 0; i < CACHE_SLOTS; i++) {
        struct centry *e = &c->e[i];
        if (e->key && e->sig[0] == sig[0] && e->sig[1] == sig[1] &&
            !strcmp(e->key, key)) {
            e->used = ++c->clock;
            hit = parley_buf_add(b, e->body, e->n) == 0;
            break;
        }
    }
    pthread_mutex_unlock(&c->mu);
    return hit;
}

static void cache_put(serve_cache *c, const char *key, const int64_t sig[2],
                      const parley_buf *b)
{
    if (b->n > CACHE_MAX_BODY)
        return;
    char *k = strdup(key), *body = malloc(b->n ? b->n : 1);
    if (!k || !body) {
        free(k);
        free(body);
        return;
    }
    memcpy(body, b->p, b->n);
    pthread_mutex_lock(&c->mu);
    struct centry *victim = &c->e[0];
    for (int i = 0; i < CACHE_SLOTS; i++) {
        struct centry *e = &c->e[i];
        if (e->key && !strcmp(e->key, key)) {
            victim = e;
            break;
        }
        if (!e->key || e->used < victim->used || e->sig[0] != sig[0] ||
            e->sig[1] != sig[1])
            victim = e;
    }
    free(victim->key);
    free(victim->body);
    victim->key = k;
    victim->body = body;
    victim->n = b->n;
    victim->sig[0] = sig[0];
    victim->sig[1] = sig[1];
    victim->used = ++c->clock;
    pthread_mutex_unlock(&c->mu);
}

/* s key-folded, as the store folds names (pl_fold_key); caller frees.
 * NULL when out of memory. */
static char *fold(const char *s)
{
    size_t n;
    return pl_fold_key(s, strlen(s), &n);
}

struct collect {
    struct cactor *a;
    size_t n, cap;
    int nomem;
};

static int on_collect(void *ud, const parley_store_actor_ref *r)
{
    struct collect *c = ud;
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 256;
        struct cactor *m = realloc(c->a, cap * sizeof *m);
        if (!m)
            return c->nomem = 1, PARLEY_ENOMEM;
        c->a = m;
        c->cap = cap;
    }
    struct cactor *a = &c->a[c->n];
    memset(a, 0, sizeof *a);
    c->n++;
    parley_buf h = PARLEY_BUF_INIT;
    const char *parts[3] = {r->key, r->name, r->role};
    for (int i = 0; i < 3; i++) {
        char *f = parts[i] ? fold(parts[i]) : NULL;
        if (parts[i] && !f)
            nomem = 1; /* (the store's text is valid UTF-8) */
        if (f)
            parley_buf_adds(&h, f);
        parley_buf_addc(&h, '\1');
        free(f);
    }
#define DUP(x) (r->x ? strdup(r->x) : NULL)
    a->key = DUP(key), a->name = DUP(name), a->role = DUP(role);
    a->country = DUP(country), a->org = DUP(org), a->code = DUP(code);
#undef DUP
    a->hay = parley_buf_detach(&h, NULL);
    a->events = r->events;
    /* every copy or none: a missing one would be served as null */
    if (!a->key || !a->hay || nomem || (r->name && !a->name) || (r->role && !a->role) ||
        (r->country && !a->country) || (r->org && !a->org) || (r->code && !a->code))
        return c->nomem = 1, PARLEY_ENOMEM;
    return 0;
}

/* Makes sure c holds the actors of the store at signature sig. */
static int actors_load(serve_cache *c, parley_store *st, const int64_t sig[2])
{
    pthread_mutex_lock(&c->mu);
    int fresh = c->have_actors && c->asig[0] == sig[0] && c->asig[1] == sig[1];
    pthread_mutex_unlock(&c->mu);
    if (fresh)
        return 0;
    struct collect col = {NULL, 0, 0, 0};
    int err = parley_store_actors(st, NULL, 1000000, on_collect, &col);
    if (err) {
        actors_free(col.a, col.n);
        return err;
    }
    pthread_mutex_lock(&c->mu);
    actors_free(c->a, c->na);
    c->a = col.a;
    c->na = col.n;
    c->asig[0] = sig[0];
    c->asig[1] = sig[1];
    c->have_actors = 1;
    pthread_mutex_unlock(&c->mu);
    return 0;
}

/* Writes the cached actors matching q (as parley_store_actors), at most
 * limit, through on_actor. */
static int actors_search(serve_cache *c, const char *q, long limit,
                         parley_store_actor_fn fn, void *ud)
{
    char *fq = q && *q ? fold(q) : NULL;
    if (q && *q && !fq)
        return PARLEY_ENOMEM; /* (q is valid UTF-8: checked by the parser) */
    char up[64] = "";
    if (q && strlen(q) < sizeof up)
        pl_ascii_upper_n(up, q, strlen(q) + 1);
    long n = 0;
    pthread_mutex_lock(&c->mu);
    for (size_t i = 0; i < c->na && n < limit; i++) {
        struct cactor *a = &c->a[i];
        if (q && *q) {
            int m = (fq && strstr(a->hay, fq)) ||
                    (up[0] && a->country && !strcmp(a->country, up)) ||
                    (up[0] && a->code && !strncmp(a->code, up, strlen(up)));
            if (!m)
                continue;
        }
        parley_store_actor_ref r = {a->key, a->name, a->role, a->country,
                                    a->org, a->code, a->events};
        fn(ud, &r);
        n++;
    }
    pthread_mutex_unlock(&c->mu);
    free(fq);
    return 0;
}

/* ---- routing ---------------------------------------------------------- */

/* The id after prefix in the raw (still percent-encoded) path, decoded
 * into buf (1537 bytes), or NULL when the path is not prefix + one
 * segment: ids may hold an encoded '/' (%2F), as JSON-lines ids do. */
static const char *tail(const char *raw, const char *prefix, char *buf)
{
    size_t n = strlen(prefix);
    if (strncmp(raw, prefix, n))
        return NULL;
    const char *id = raw + n;
    size_t len = strlen(id);
    if (!len || memchr(id, '/', len) || len > 1536)
        return NULL;
    long dn = pl_serve_pct_decode(buf, id, len, 0);
    return dn > 0 && dn <= 512 ? buf : NULL;
}

static void answer(parley_store *st, serve_cache *cache, const char *raw,
                   const char *query, size_t qn, serve_resp *r,
                   parley_log_fn log, void *ud);

void pl_serve_api(parley_store *st, serve_cache *cache, const char *raw,
               const char *query, size_t qn, serve_resp *r,
               parley_log_fn log, void *ud)
{
    nomem = 0;
    answer(st, cache, raw, query, qn, r, log, ud);
    if (nomem) {
        nomem = 0;
        pl_serve_error(r, 500, "out of memory", NULL);
        if (nomem) /* not even that: an empty 500 */
            parley_buf_release(&r->body);
        nomem = 0;
    }
}

static void answer(parley_store *st, serve_cache *cache, const char *raw,
                   const char *query, size_t qn, serve_resp *r,
                   parley_log_fn log, void *ud)
{
    struct params p;
    const char *id = NULL;
    char idbuf[1537];
    r->status = 200;
    r->type = json_type;
    parley_buf_reset(&r->body);
    /* Exact routes are compared decoded ("/api/%65vents" is
     * "/api/events"); the ids of the others are decoded alone. */
    char path[64] = "";
    size_t rn = strlen(raw);
    if (rn < sizeof path && pl_serve_pct_decode(path, raw, rn, 0) < 0)
        path[0] = 0;
    int allow;
    enum { R_EVENTS, R_EVENT, R_ACTORS, R_STATS, R_GRAPH, R_DOC, R_HEALTH,
           R_SERIES, R_MAP, R_EXPORT } route;
    if (!strcmp(path, "/api/events"))
        route = R_EVENTS, allow = P_FILTERS | P_PAGE;
    else if ((id = tail(raw, "/api/events/", idbuf)))
        route = R_EVENT, allow = 0;
    else if (!strcmp(path, "/api/actors"))
        route = R_ACTORS, allow = P_Q;
    else if (!strcmp(path, "/api/stats"))
        route = R_STATS, allow = P_FILTERS | P_PAIRS | P_LEVEL;
    else if (!strcmp(path, "/api/graph"))
        route = R_GRAPH, allow = P_FILTERS | P_NODES | P_LEVEL;
    else if (!strcmp(path, "/api/series"))
        route = R_SERIES, allow = P_FILTERS | P_SERIES;
    else if (!strcmp(path, "/api/map"))
        route = R_MAP, allow = P_FILTERS | P_NEGATED;
    else if (!strcmp(path, "/api/export"))
        route = R_EXPORT, allow = P_FILTERS | P_FORMAT;
    else if ((id = tail(raw, "/api/documents/", idbuf)))
        route = R_DOC, allow = 0;
    else if (!strcmp(path, "/healthz"))
        route = R_HEALTH, allow = 0;
    else {
        pl_serve_error(r, 404, "no such resource", NULL);
        return;
    }
    if (params(r, query, qn, allow, &p)) {
        pl_serve_qs_free(&p.qs);
        return;
    }
    /* Series group dyads by country unless told otherwise, as `parley
     * aggregate` does; networks and pairs keep the actor. */
    if (route == R_SERIES && !p.level_set)
        p.so.level = PARLEY_LEVEL_COUNTRY;
    switch (route) {
    case R_EVENTS:
        events(st, &p, r, log, ud);
        break;
    case R_EVENT:
        event_one(st, id, r, log, ud);
        break;
    case R_ACTORS:
        actors(st, cache, &p, r, log, ud);
        break;
    case R_EXPORT:
        export(st, &p, r, log, ud);
        break;
    case R_STATS:
    case R_GRAPH:
    case R_SERIES:
    case R_MAP: {
        /* Aggregates scan every matching event: recent answers are kept
         * until the store changes. */
        int64_t sig[2];
        parley_buf key = PARLEY_BUF_INIT;
        int cacheable = cache && parley_store_signature(st, sig) == 0 &&
                        parley_buf_addf(&key, "%s?%.*s", path, (int)qn,
                                        query) == 0;
        if (cacheable && cache_get(cache, key.p, sig, &r->body)) {
            parley_buf_release(&key);
            break;
        }
        if (route == R_STATS)
            stats(st, &p, r, log, ud);
        else if (route == R_GRAPH)
            graph(st, &p, r, log, ud);
        else if (route == R_SERIES)
            series(st, &p, r, log, ud);
        else
            map(st, &p, r, log, ud);
        if (cacheable && r->status == 200)
            cache_put(cache, key.p, sig, &r->body);
        parley_buf_release(&key);
        break;
    }
    case R_DOC:
        document(st, id, r, log, ud);
        break;
    case R_HEALTH:
        parley_buf_adds(&r->body, "{\"status\": \"ok\", \"version\": \""
                                  PARLEY_VERSION "\"}\n");
        break;
    }
    pl_serve_qs_free(&p.qs);
}
