/* rows.c — events read back (stage 9, read side), the same for both
 * backends: a struct sevent turned into the contract line and a
 * parley_store_row, the query with its limit and one-a-day rule, the
 * explorer's pages, single events and documents. The backends only scan
 * (pl_lite_scan.c, pl_pg_scan.c); the rest is here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output/output.h"
#include "store/store.h"

/* ---- one event --------------------------------------------------------- */

void pl_sevent_init(struct sevent *e)
{
    memset(e, 0, sizeof *e);
}

/* A JSON array of strings, rewritten in place into NUL-terminated
 * strings; the topics point into it. Only what pl_store_topics_json writes
 * needs reading: strings with \" \\ \/ \b \f \n \r \t and \uXXXX. */
void pl_sevent_topics(struct sevent *e, char *s)
{
    e->ev.ntopics = 0;
    if (!s)
        return;
    char *o = s;
    while (*s && e->ev.ntopics < PARLEY_MAX_TOPICS) {
        s = strchr(s, '"');
        if (!s)
            break;
        s++;
        char *start = o;
        while (*s && *s != '"') {
            if (*s != '\\') {
                *o++ = *s++;
                continue;
            }
            s++;
            char c = *s ? *s++ : '\0';
            switch (c) {
            case 'n': *o++ = '\n'; break;
            case 't': *o++ = '\t'; break;
            case 'r': *o++ = '\r'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'u': {
                unsigned v = 0;
                for (int i = 0; i < 4 && *s; i++, s++)
                    v = v * 16 + (unsigned)(*s <= '9' ? *s - '0' : (*s | 32) - 'a' + 10);
                if (v >= 0xD800 && v < 0xDC00 && s[0] == '\\' && s[1] == 'u') {
                    unsigned lo = 0;
                    s += 2;
                    for (int i = 0; i < 4 && *s; i++, s++)
                        lo = lo * 16 + (unsigned)(*s <= '9' ? *s - '0' : (*s | 32) - 'a' + 10);
                    v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                }
                if (v < 0x80) {
                    *o++ = (char)v;
                } else if (v < 0x800) {
                    *o++ = (char)(0xC0 | v >> 6);
                    *o++ = (char)(0x80 | (v & 63));
                } else if (v < 0x10000) {
                    *o++ = (char)(0xE0 | v >> 12);
                    *o++ = (char)(0x80 | (v >> 6 & 63));
                    *o++ = (char)(0x80 | (v & 63));
                } else {
                    *o++ = (char)(0xF0 | v >> 18);
                    *o++ = (char)(0x80 | (v >> 12 & 63));
                    *o++ = (char)(0x80 | (v >> 6 & 63));
                    *o++ = (char)(0x80 | (v & 63));
                }
                break;
            }
            default: *o++ = c; break;
            }
        }
        if (*s == '"')
            s++;
        *o++ = '\0';
        e->ev.topics[e->ev.ntopics++] = start;
    }
}

void pl_sevent_extra(struct sevent *e, const char *s)
{
    e->ev.nextra = 0;
    e->ev.extra_spans = e->extra_spans;
    e->ev.extra_sentences = e->extra_sentences;
    if (!s)
        return;
    /* [[sentence,start,end],...] */
    size_t v[3];
    int k = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            continue;
        size_t x = 0;
        while (*s >= '0' && *s <= '9')
            x = x * 10 + (size_t)(*s++ - '0');
        v[k++] = x;
        if (k == 3) {
            if (e->ev.nextra < 64) {
                e->extra_sentences[e->ev.nextra] = v[0];
                e->extra_spans[2 * e->ev.nextra] = v[1];
                e->extra_spans[2 * e->ev.nextra + 1] = v[2];
                e->ev.nextra++;
            }
            k = 0;
        }
        if (!*s)
            break;
    }
}

void pl_sevent_date(struct sevent *e, const char *raw)
{
    if (raw) {
        e->ev.date = raw;
        return;
    }
    e->ev.date = pl_store_dkey_date(e->dkey, e->date) ? NULL : e->date;
}

int pl_sevent_line(parley_buf *b, const struct sevent *e)
{
    parley_str id = {e->doc_id, e->doc_id ? strlen(e->doc_id) : 0};
    const parley_str *t = e->evidence.p ? &e->evidence : NULL;
    return pl_output_json_event(b, id, &e->ev, t);
}

static int event_id(parley_buf *b, const struct sevent *e)
{
    parley_buf_reset(b);
    int err = parley_buf_adds(b, e->doc_id ? e->doc_id : "");
    err |= parley_buf_addc(b, ':');
    err |= parley_buf_add_uint(b, e->ev.sentence);
    err |= parley_buf_addc(b, ':');
    err |= parley_buf_add_uint(b, e->ev.seq);
    return err ? PARLEY_ENOMEM : 0;
}

/* ---- copies of events (one-a-day groups, documents) -------------------- */

struct pool {
    parley_buf b; /* the strings, NUL-separated */
    int nomem;
};

/* Copies s into the pool and returns its offset + 1 (0 for NULL). */
static size_t keep(struct pool *p, const char *s, size_t n)
{
    if (!s)
        return 0;
    size_t at = p->b.n;
    if (parley_buf_add(&p->b, s, n) || parley_buf_addc(&p->b, '\0'))
        p->nomem = 1;
    return at + 1;
}

#define KEEP(p, s) keep((p), (s), (s) ? strlen(s) : 0)

/* A copy of an event, with its strings as offsets into one block. */
struct owned {
    struct sevent e;
    size_t o[40];
    char *mem;
};

static const char *at(const char *mem, size_t off)
{
    return off ? mem + off - 1 : NULL;
}

static struct owned *dup_event(const struct sevent *e)
{
    struct owned *c = malloc(sizeof *c);
    if (!c)
        return NULL;
    c->e = *e;
    struct pool p = {PARLEY_BUF_INIT, 0};
    const parley_event *v = &e->ev;
    size_t *o = c->o;
    int i = 0;
    o[i++] = KEEP(&p, e->doc_id);
    o[i++] = KEEP(&p, e->doc_date);
    o[i++] = KEEP(&p, e->doc_title);
    o[i++] = KEEP(&p, e->doc_url);
    o[i++] = KEEP(&p, e->doc_source);
    o[i++] = KEEP(&p, v->type);
    o[i++] = KEEP(&p, v->mode);
    o[i++] = KEEP(&p, v->cameo);
    o[i++] = KEEP(&p, v->date);
    o[i++] = KEEP(&p, v->date_precision);
    o[i++] = KEEP(&p, v->coder);
    const parley_actor *as[2] = {&v->source, &v->target};
    for (int k = 0; k < 2; k++) {
        o[i++] = keep(&p, as[k]->text.p, as[k]->text.n);
        o[i++] = KEEP(&p, as[k]->name);
        o[i++] = KEEP(&p, as[k]->role);
        o[i++] = KEEP(&p, as[k]->country);
        o[i++] = KEEP(&p, as[k]->org);
        o[i++] = KEEP(&p, as[k]->code);
        o[i++] = KEEP(&p, as[k]->sector);
    }
    o[i++] = KEEP(&p, v->place.name);
    o[i++] = KEEP(&p, v->place.country);
    o[i++] = keep(&p, e->evidence.p, e->evidence.n);
    for (size_t t = 0; t < PARLEY_MAX_TOPICS; t++)
        o[i++] = t < v->ntopics ? KEEP(&p, v->topics[t]) : 0;
    if (p.nomem) {
        parley_buf_release(&p.b);
        free(c);
        return NULL;
    }
    c->mem = parley_buf_detach(&p.b, NULL);
    /* repoint */
    struct sevent *d = &c->e;
    parley_event *w = &d->ev;
    const char *m = c->mem;
    i = 0;
    d->doc_id = at(m, o[i++]);
    d->doc_date = at(m, o[i++]);
    d->doc_title = at(m, o[i++]);
    d->doc_url = at(m, o[i++]);
    d->doc_source = at(m, o[i++]);
    w->type = at(m, o[i++]);
    w->mode = at(m, o[i++]);
    w->cameo = at(m, o[i++]);
    size_t date_off = o[i++];
    w->date = at(m, date_off);
    w->date_precision = at(m, o[i++]);
    w->coder = at(m, o[i++]);
    parley_actor *ws[2] = {&w->source, &w->target};
    for (int k = 0; k < 2; k++) {
        ws[k]->text.p = at(m, o[i++]);
        ws[k]->name = at(m, o[i++]);
        ws[k]->role = at(m, o[i++]);
        ws[k]->country = at(m, o[i++]);
        ws[k]->org = at(m, o[i++]);
        ws[k]->code = at(m, o[i++]);
        ws[k]->sector = at(m, o[i++]);
    }
    w->place.name = at(m, o[i++]);
    w->place.country = at(m, o[i++]);
    d->evidence.p = at(m, o[i++]);
    for (size_t t = 0; t < PARLEY_MAX_TOPICS; t++)
        w->topics[t] = at(m, o[i++]);
    w->extra_spans = d->extra_spans;
    w->extra_sentences = d->extra_sentences;
    return c;
}

static void owned_free(struct owned *c)
{
    if (c) {
        free(c->mem);
        free(c);
    }
}

/* ---- the query --------------------------------------------------------- */

struct qctx {
    parley_store *st;
    parley_store_row_fn fn;
    void *ud;
    long limit, rows;
    int one_a_day;
    int hit; /* stopped at the limit */
    parley_buf line, id, evidence;
    /* one-a-day: the events of the current date key */
    struct owned **day;
    size_t nday, capday;
    int64_t dkey;
};

static int emit(struct qctx *q, const struct sevent *e, size_t n,
                const struct sevent *const *merged)
{
    parley_store_row r;
    memset(&r, 0, sizeof r);
    parley_buf_reset(&q->line);
    if (pl_sevent_line(&q->line, e) || event_id(&q->id, e))
        return pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
    while (q->line.n && q->line.p[q->line.n - 1] == '\n')
        q->line.p[--q->line.n] = '\0';
    r.id = q->id.p;
    r.doc = e->doc_id;
    r.seq = e->seq;
    r.doc_date = e->doc_date;
    r.doc_title = e->doc_title;
    r.doc_url = e->doc_url;
    r.doc_source = e->doc_source;
    r.ev = e->ev;
    /* merged evidence spans are in the line; the row keeps the first */
    r.ev.nextra = 0;
    /* the row's strings end with NUL: the evidence is copied out of the
     * document's text */
    parley_buf_reset(&q->evidence);
    if (parley_buf_add(&q->evidence, e->evidence.p, e->evidence.n) ||
        parley_buf_addc(&q->evidence, '\0'))
        return pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
    r.evidence = q->evidence.p;
    r.json = q->line.p;
    const char *one_id[1] = {r.id}, *one_doc[1] = {r.doc},
               *one_text[1] = {r.evidence};
    r.nmerged = 1;
    r.ids = one_id;
    r.docs = one_doc;
    r.texts = one_text;
    const char **ids = NULL, **docs = NULL, **texts = NULL;
    parley_buf idb = PARLEY_BUF_INIT;
    if (n > 1) {
        ids = malloc(n * sizeof *ids);
        docs = malloc(n * sizeof *docs);
        texts = malloc(n * sizeof *texts);
        size_t *offs = malloc(n * sizeof *offs);
        int err = !ids || !docs || !texts || !offs;
        size_t *toffs = malloc(n * sizeof *toffs);
        err |= !toffs;
        for (size_t i = 0; i < n && !err; i++) {
            offs[i] = idb.n;
            parley_buf tmp = PARLEY_BUF_INIT;
            err |= event_id(&tmp, merged[i]) != 0;
            err |= parley_buf_add(&idb, tmp.p, tmp.n + 1) != 0;
            parley_buf_release(&tmp);
            docs[i] = merged[i]->doc_id;
            toffs[i] = idb.n;
            err |= parley_buf_add(&idb, merged[i]->evidence.p,
                                  merged[i]->evidence.n) != 0;
            err |= parley_buf_addc(&idb, '\0') != 0;
        }
        for (size_t i = 0; i < n && !err; i++)
            texts[i] = idb.p + toffs[i];
        free(toffs);
        if (err) {
            free(ids), free(docs), free(texts), free(offs);
            parley_buf_release(&idb);
            return pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
        }
        for (size_t i = 0; i < n; i++)
            ids[i] = idb.p + offs[i];
        free(offs);
        r.nmerged = n;
        r.ids = ids;
        r.docs = docs;
        r.texts = texts;
    }
    int rc = q->fn(q->ud, &r);
    free(ids), free(docs), free(texts);
    parley_buf_release(&idb);
    q->rows++;
    return rc;
}

static int eqs(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

/* The one-a-day rule: events with the same date, source and target (code
 * and name) and CAMEO code are one row. */
static int same_story(const struct sevent *a, const struct sevent *b)
{
    return a->dkey < STORE_UNDATED && eqs(a->ev.date, b->ev.date) &&
           eqs(a->ev.source.code, b->ev.source.code) &&
           eqs(a->ev.source.name, b->ev.source.name) &&
           eqs(a->ev.target.code, b->ev.target.code) &&
           eqs(a->ev.target.name, b->ev.target.name) &&
           eqs(a->ev.cameo, b->ev.cameo);
}

/* Emits the buffered date's events as stories, each at its first event
 * (they come in content order), listing every event of the story. */
static int flush_day(struct qctx *q)
{
    int rc = 0;
    size_t n = q->nday;
    char *done = calloc(n ? n : 1, 1);
    const struct sevent **grp = malloc((n ? n : 1) * sizeof *grp);
    if (!done || !grp)
        rc = pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
    for (size_t i = 0; i < n && !rc; i++) {
        if (done[i])
            continue;
        if (q->limit > 0 && q->rows >= q->limit)
            break;
        size_t g = 0;
        grp[g++] = &q->day[i]->e;
        for (size_t j = i + 1; j < n; j++)
            if (!done[j] && same_story(&q->day[i]->e, &q->day[j]->e)) {
                done[j] = 1;
                grp[g++] = &q->day[j]->e;
            }
        rc = emit(q, grp[0], g, grp);
    }
    free(done);
    free(grp);
    for (size_t i = 0; i < n; i++)
        owned_free(q->day[i]);
    q->nday = 0;
    return rc;
}

static int on_query_event(void *ud, const struct sevent *e)
{
    struct qctx *q = ud;
    if (!q->one_a_day) {
        if (q->limit > 0 && q->rows >= q->limit)
            return q->hit = 1;
        return emit(q, e, 1, &e);
    }
    if (q->nday && e->dkey != q->dkey) {
        int rc = flush_day(q);
        if (rc)
            return rc;
    }
    if (q->limit > 0 && q->rows >= q->limit)
        return q->hit = 1;
    q->dkey = e->dkey;
    if (q->nday == q->capday) {
        size_t cap = q->capday ? 2 * q->capday : 64;
        struct owned **d = realloc(q->day, cap * sizeof *d);
        if (!d)
            return pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
        q->day = d;
        q->capday = cap;
    }
    if (!(q->day[q->nday] = dup_event(e)))
        return pl_store_fail(q->st, PARLEY_ENOMEM, "out of memory");
    q->nday++;
    return 0;
}

int parley_store_query(parley_store *st, const parley_store_filter *f,
                       parley_store_row_fn fn, void *ud)
{
    if (!st || !st->ops || !fn)
        return st ? pl_store_fail(st, PARLEY_EINVAL, "no store or callback")
                  : PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    struct splan p;
    int err = pl_store_plan(st, &p, f, "--");
    if (err)
        return err;
    struct qctx q;
    memset(&q, 0, sizeof q);
    q.st = st;
    q.fn = fn;
    q.ud = ud;
    q.limit = p.f->limit;
    q.one_a_day = p.f->one_a_day;
    struct sscan sc = {ORDER_CONTENT, 1, 0, 0, q.one_a_day ? 0 : q.limit,
                       on_query_event, &q, q.limit <= 0};
    err = st->ops->scan(st, &p, &sc);
    /* The scan stops with 1 once the limit is reached: not an error. */
    if (err == 1 && q.hit)
        err = 0;
    if (!err && q.one_a_day && q.nday)
        err = flush_day(&q);
    for (size_t i = 0; i < q.nday; i++)
        owned_free(q.day[i]);
    free(q.day);
    parley_buf_release(&q.line);
    parley_buf_release(&q.id);
    parley_buf_release(&q.evidence);
    pl_store_plan_free(&p);
    return err;
}

/* ---- serving: pages, events, documents -------------------------------- */

struct page {
    parley_store *st;
    parley_store_event_fn fn;
    void *ud;
    long limit, rows;
    int more;
    parley_buf line, id, *next;
};

static int page_event(struct page *pg, const struct sevent *e)
{
    parley_buf_reset(&pg->line);
    if (pl_sevent_line(&pg->line, e) || event_id(&pg->id, e))
        return pl_store_fail(pg->st, PARLEY_ENOMEM, "out of memory");
    while (pg->line.n && pg->line.p[pg->line.n - 1] == '\n')
        pg->line.p[--pg->line.n] = '\0';
    parley_store_event_ref r = {pg->id.p, e->doc_id, pg->line.p,
                                e->doc_title, e->doc_date, e->doc_url};
    return pg->fn(pg->ud, &r);
}

static int on_page_event(void *ud, const struct sevent *e)
{
    struct page *pg = ud;
    if (pg->rows == pg->limit) {
        pg->more = 1;
        return 1;
    }
    pg->rows++;
    if (pg->next) {
        char d[11];
        parley_buf_reset(pg->next);
        if ((pl_store_dkey_date(e->dkey, d) ? parley_buf_adds(pg->next, "")
                                         : parley_buf_adds(pg->next, d)) ||
            parley_buf_addc(pg->next, '~') ||
            parley_buf_add_int(pg->next, e->rid))
            return pl_store_fail(pg->st, PARLEY_ENOMEM, "out of memory");
    }
    return page_event(pg, e);
}

/* A cursor is "DATE~RID" (DATE empty for undated events): the position of
 * the last event of the previous page. */
static int parse_cursor(const char *c, int64_t *dkey, int64_t *rid)
{
    *dkey = 0;
    *rid = 0;
    if (!c || !*c)
        return 0;
    const char *t = strchr(c, '~');
    if (!t || strlen(c) > 64)
        return -1;
    char date[11];
    size_t dn = (size_t)(t - c);
    if (dn >= sizeof date)
        return -1;
    memcpy(date, c, dn);
    date[dn] = '\0';
    if (dn && !parley_date_valid(date))
        return -1;
    const char *r = t + 1;
    if (!*r || strlen(r) > 18)
        return -1;
    for (const char *s = r; *s; s++)
        if (*s < '0' || *s > '9')
            return -1;
    *rid = strtoll(r, NULL, 10);
    if (*rid <= 0)
        return -1;
    int exact;
    *dkey = dn ? pl_store_dkey(date, &exact) : STORE_UNDATED;
    return 0;
}

int parley_store_events_page(parley_store *st, const parley_store_filter *f,
                             const char *cursor, long limit,
                             parley_store_event_fn fn, void *ud,
                             parley_buf *next)
{
    if (!st || !st->ops || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (limit < 1 || limit > 10000)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 10000");
    int64_t dkey, rid;
    if (parse_cursor(cursor, &dkey, &rid))
        return pl_store_fail(st, PARLEY_EINVAL,
                          "cursor: not a cursor given by this server");
    struct splan p;
    int err = pl_store_plan(st, &p, f, "");
    if (err)
        return err;
    parley_buf cur = PARLEY_BUF_INIT;
    struct page pg = {st, fn, ud, limit, 0, 0, PARLEY_BUF_INIT,
                      PARLEY_BUF_INIT, &cur};
    struct sscan sc = {ORDER_NEWEST, 1, dkey, rid, limit + 1, on_page_event,
                       &pg, 0};
    err = st->ops->scan(st, &p, &sc);
    if (err == 1 && pg.more)
        err = 0;
    if (next) {
        parley_buf_reset(next);
        if (!err && pg.more && parley_buf_adds(next, cur.p))
            err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    }
    parley_buf_release(&cur);
    parley_buf_release(&pg.line);
    parley_buf_release(&pg.id);
    pl_store_plan_free(&p);
    return err;
}

/* The events of one document, in document order: collected, then sorted
 * by their position. */
struct docev {
    struct owned **v;
    size_t n, cap;
    int nomem;
};

static int on_doc_event(void *ud, const struct sevent *e)
{
    struct docev *d = ud;
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 32;
        struct owned **v = realloc(d->v, cap * sizeof *v);
        if (!v)
            return d->nomem = 1, PARLEY_ENOMEM;
        d->v = v;
        d->cap = cap;
    }
    if (!(d->v[d->n] = dup_event(e)))
        return d->nomem = 1, PARLEY_ENOMEM;
    d->n++;
    return 0;
}

static int by_seq(const void *a, const void *b)
{
    const struct owned *x = *(struct owned *const *)a,
                       *y = *(struct owned *const *)b;
    return x->e.seq < y->e.seq ? -1 : x->e.seq > y->e.seq;
}

static int doc_events(parley_store *st, const char *id, struct docev *d)
{
    parley_store_filter f;
    memset(&f, 0, sizeof f);
    f.doc = id;
    struct splan p;
    int err = pl_store_plan(st, &p, &f, "");
    if (err)
        return err;
    struct sscan sc = {ORDER_ANY, 1, 0, 0, 0, on_doc_event, d, 0};
    err = st->ops->scan(st, &p, &sc);
    pl_store_plan_free(&p);
    if (d->nomem)
        err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    if (!err && d->n)
        store_qsort(d->v, d->n, sizeof *d->v, by_seq);
    return err;
}

static void docev_free(struct docev *d)
{
    for (size_t i = 0; i < d->n; i++)
        owned_free(d->v[i]);
    free(d->v);
}

int parley_store_event_get(parley_store *st, const char *id,
                           parley_store_event_fn fn, void *ud)
{
    if (!st || !st->ops || !id || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    /* doc:sentence:n, the document id itself may hold colons */
    const char *c2 = strrchr(id, ':');
    const char *c1 = c2 && c2 > id ? c2 - 1 : NULL;
    while (c1 && c1 > id && *c1 != ':')
        c1--;
    if (!c2 || !c1 || *c1 != ':' || c1 == id)
        return pl_store_fail(st, PARLEY_ENOENT, "no such event");
    char *doc = strndup(id, (size_t)(c1 - id));
    if (!doc)
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    char *e1, *e2;
    unsigned long sent = strtoul(c1 + 1, &e1, 10),
                  n = strtoul(c2 + 1, &e2, 10);
    int ok = e1 == c2 && *e2 == '\0' && c2[1] && c1[1] != ':';
    struct docev d = {0};
    int err = ok ? doc_events(st, doc, &d) : 0;
    free(doc);
    int found = 0;
    struct page pg = {st, fn, ud, 1, 0, 0, PARLEY_BUF_INIT, PARLEY_BUF_INIT,
                      NULL};
    for (size_t i = 0; i < d.n && !err && !found; i++)
        if (d.v[i]->e.ev.sentence == sent && d.v[i]->e.ev.seq == n) {
            found = 1;
            err = page_event(&pg, &d.v[i]->e);
        }
    docev_free(&d);
    parley_buf_release(&pg.line);
    parley_buf_release(&pg.id);
    if (!err && !found)
        err = pl_store_fail(st, PARLEY_ENOENT, "no such event");
    return err;
}

int parley_store_document(parley_store *st, const char *id,
                          parley_store_doc_fn doc_fn,
                          parley_store_event_fn ev_fn, void *ud)
{
    if (!st || !st->ops || !id || !doc_fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    int64_t num = 0;
    int err = st->ops->document(st, id, doc_fn, ud, &num);
    if (err || !ev_fn)
        return err;
    struct docev d = {0};
    err = doc_events(st, id, &d);
    struct page pg = {st, ev_fn, ud, 0, 0, 0, PARLEY_BUF_INIT,
                      PARLEY_BUF_INIT, NULL};
    for (size_t i = 0; i < d.n && !err; i++)
        err = page_event(&pg, &d.v[i]->e);
    docev_free(&d);
    parley_buf_release(&pg.line);
    parley_buf_release(&pg.id);
    return err;
}
