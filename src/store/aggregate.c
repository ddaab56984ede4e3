/* aggregate.c — series and maps (`parley aggregate`, /api/series,
 * /api/map; stage 9, read side): event counts by period and by dyad or
 * country, with QuadClass, PLOVER type and Goldstein figures, and the
 * places of the matching events. The same for both backends: over the
 * summary tables when the filter allows (totals by day, countries by
 * month, places), else over the matching events, counted here. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store/store.h"

static const char *const plover[PARLEY_NTYPES] = {
    "AGREE",   "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
    "RETREAT", "REQUEST",  "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

const char *parley_plover_type(int i)
{
    return i >= 0 && i < PARLEY_NTYPES ? plover[i] : NULL;
}

int parley_plover_type_valid(const char *s)
{
    for (int i = 0; s && i < PARLEY_NTYPES; i++)
        if (!strcasecmp(s, plover[i]))
            return 1;
    return 0;
}

static int name_index(const char *name, const char *const *names, int n)
{
    for (int i = 0; name && i < n; i++)
        if (!strcmp(name, names[i]))
            return i;
    return -1;
}

int parley_level_from_name(const char *name)
{
    static const char *const n[] = {"actor", "country", "code", "person"};
    return name_index(name, n, 4);
}

int parley_period_from_name(const char *name)
{
    static const char *const n[] = {"day", "week", "month", "year", "all"};
    return name_index(name, n, 5);
}

int parley_series_group_from_name(const char *name)
{
    static const char *const n[] = {"total", "dyad", "country"};
    return name_index(name, n, 3);
}

static int type_index(const char *t)
{
    return t ? name_index(t, plover, PARLEY_NTYPES) : -1;
}

/* ---- periods ------------------------------------------------------------ */

/* The length of the ISO date a date key stands for: 10, 7 or 4. */
static int date_len(int64_t k)
{
    return k % 100 ? 10 : k % 10000 ? 7 : 4;
}

/* The shortest date a period can place (10 a day, 7 a month, 4 a year;
 * 0 for the one period of everything). */
static int period_len(int by)
{
    return by <= PARLEY_BY_WEEK ? 10 : by == PARLEY_BY_MONTH ? 7
                                     : by == PARLEY_BY_YEAR ? 4 : 0;
}

/* The first day of the period of date key k, "" by ALL. */
static void period_of(int64_t k, int by, char out[11])
{
    out[0] = '\0';
    switch (by) {
    case PARLEY_BY_DAY:
        pl_store_dkey_date(k, out);
        break;
    case PARLEY_BY_WEEK:
        pl_store_week(k, out);
        break;
    case PARLEY_BY_MONTH:
        pl_store_dkey_date(k / 100 * 100, out);
        memcpy(out + 7, "-01", 4);
        break;
    case PARLEY_BY_YEAR:
        pl_store_dkey_date(k / 10000 * 10000, out);
        memcpy(out + 4, "-01-01", 7);
        break;
    }
}

/* ---- rows being counted ----------------------------------------------- */

struct bucket {
    char *key; /* period \x1f k1 \x1f k2 */
    parley_series_row r;
    int64_t g10;
};

struct buckets {
    struct bucket *v;
    size_t n, cap;
    size_t *slot;
    size_t nslot;
    int nomem;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h;
}

static int grow(struct buckets *b)
{
    size_t n = b->nslot ? 2 * b->nslot : 256;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < b->n; i++) {
        size_t h = (size_t)hash(b->v[i].key) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(b->slot);
    b->slot = sl;
    b->nslot = n;
    return 0;
}

static struct bucket *bucket(struct buckets *b, const char *period,
                             const char *k1, size_t n1, const char *k2,
                             size_t n2)
{
    parley_buf k = PARLEY_BUF_INIT;
    int err = parley_buf_adds(&k, period);
    err |= parley_buf_addc(&k, '\x1f');
    err |= parley_buf_add(&k, k1, n1);
    err |= parley_buf_addc(&k, '\x1f');
    err |= parley_buf_add(&k, k2, n2);
    if (err || ((b->n + 1) * 2 > b->nslot && grow(b))) {
        parley_buf_release(&k);
        b->nomem = 1;
        return NULL;
    }
    size_t h = (size_t)hash(k.p) & (b->nslot - 1);
    while (b->slot[h]) {
        struct bucket *x = &b->v[b->slot[h] - 1];
        if (!strcmp(x->key, k.p)) {
            parley_buf_release(&k);
            return x;
        }
        h = (h + 1) & (b->nslot - 1);
    }
    if (b->n == b->cap) {
        size_t c = b->cap ? 2 * b->cap : 64;
        struct bucket *v = realloc(b->v, c * sizeof *v);
        if (!v) {
            parley_buf_release(&k);
            b->nomem = 1;
            return NULL;
        }
        b->v = v;
        b->cap = c;
    }
    struct bucket *x = &b->v[b->n];
    memset(x, 0, sizeof *x);
    x->key = parley_buf_detach(&k, NULL);
    b->slot[h] = ++b->n;
    return x;
}

static void buckets_free(struct buckets *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i].key);
    free(b->v);
    free(b->slot);
    memset(b, 0, sizeof *b);
}

static void add_to(struct bucket *x, const char *type, int quad, int64_t n,
                   int64_t g10)
{
    x->r.events += n;
    if (quad >= 1 && quad <= 4)
        x->r.quad[quad - 1] += n;
    int t = type_index(type);
    if (t >= 0)
        x->r.types[t] += n;
    x->r.goldstein_n += n;
    x->g10 += g10;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const struct bucket *)a)->key, ((const struct bucket *)b)->key);
}

/* Hands the rows out in order of period, then keys. */
static int emit(struct buckets *b, const parley_series_opts *o,
                parley_series_fn fn, void *ud)
{
    store_qsort(b->v, b->n, sizeof *b->v, by_key);
    int err = 0;
    for (size_t i = 0; i < b->n && !err; i++) {
        struct bucket *x = &b->v[i];
        char *p = x->key, *a = strchr(p, '\x1f'), *c = strchr(a + 1, '\x1f');
        *a = *c = '\0';
        x->r.period = o->by == PARLEY_BY_ALL ? NULL : p;
        if (o->group == PARLEY_GROUP_DYAD) {
            x->r.source = a + 1;
            x->r.target = c + 1;
        } else if (o->group == PARLEY_GROUP_COUNTRY) {
            x->r.country = a + 1;
        }
        x->r.goldstein_sum = (double)x->g10 / 10.0;
        err = fn(ud, &x->r);
        *a = *c = '\x1f';
    }
    return err;
}

/* ---- one event ------------------------------------------------------------ */

struct series {
    parley_store *st;
    const parley_series_opts *o;
    parley_series_left *left;
    struct buckets b;
    /* one a day: the stories of the current date */
    struct sevent_key {
        char *k;
    } *day;
    size_t nday, capday;
    int64_t dkey;
};

/* Whether event e (negated n, date key k) counts, and why not: the
 * counts of what the series leaves out. */
static int counted(struct series *s, int neg, int64_t k, int64_t n)
{
    parley_series_left dummy, *l = s->left ? s->left : &dummy;
    if (neg && !s->o->negated) {
        l->negated += n;
        return 0;
    }
    if (k >= STORE_UNDATED) {
        l->undated += n;
        return s->o->by == PARLEY_BY_ALL;
    }
    if (date_len(k) < period_len(s->o->by)) {
        l->imprecise += n;
        return 0;
    }
    return 1;
}

static int add_event(struct series *s, const struct sevent *e)
{
    const parley_event *ev = &e->ev;
    if (!counted(s, ev->negated, e->dkey, 1))
        return 0;
    char period[11];
    period_of(e->dkey, s->o->by, period);
    int64_t g10 = pl_store_tenths(ev->goldstein);
    struct bucket *x;
    if (s->o->group == PARLEY_GROUP_TOTAL) {
        if ((x = bucket(&s->b, period, "", 0, "", 0)))
            add_to(x, ev->type, ev->quad, 1, g10);
    } else if (s->o->group == PARLEY_GROUP_DYAD) {
        parley_str a = pl_store_level_key(&ev->source, s->o->level),
                   b = pl_store_level_key(&ev->target, s->o->level);
        if (a.n && b.n && (x = bucket(&s->b, period, a.p, a.n, b.p, b.n)))
            add_to(x, ev->type, ev->quad, 1, g10);
    } else {
        const char *cs = ev->source.country, *ct = ev->target.country;
        if (cs && (x = bucket(&s->b, period, cs, strlen(cs), "", 0)))
            add_to(x, ev->type, ev->quad, 1, g10);
        if (ct && (!cs || strcmp(cs, ct)) &&
            (x = bucket(&s->b, period, ct, strlen(ct), "", 0)))
            add_to(x, ev->type, ev->quad, 1, g10);
    }
    if (s->b.nomem)
        return pl_store_fail(s->st, PARLEY_ENOMEM, "out of memory");
    return pl_store_over_time() ? pl_store_fail(s->st, PARLEY_EDB, "interrupted") : 0;
}

/* One a day: the first event of each story of a date (events come in
 * content order) is counted, as parley_store_query shows it. */
static int story_key(parley_buf *b, const struct sevent *e)
{
    const parley_event *v = &e->ev;
    const char *f[6] = {v->date, v->source.code, v->source.name, v->target.code,
                        v->target.name, v->cameo};
    parley_buf_reset(b);
    int err = 0;
    for (int i = 0; i < 6; i++) {
        err |= parley_buf_adds(b, f[i] ? f[i] : "");
        err |= parley_buf_addc(b, '\x1f');
    }
    return err;
}

static int on_series_event(void *ud, const struct sevent *e)
{
    struct series *s = ud;
    if (s->day) {
        /* one_a_day */
        if (e->dkey != s->dkey) {
            for (size_t i = 0; i < s->nday; i++)
                free(s->day[i].k);
            s->nday = 0;
            s->dkey = e->dkey;
        }
        if (e->dkey < STORE_UNDATED) {
            parley_buf k = PARLEY_BUF_INIT;
            if (story_key(&k, e)) {
                parley_buf_release(&k);
                return pl_store_fail(s->st, PARLEY_ENOMEM, "out of memory");
            }
            for (size_t i = 0; i < s->nday; i++)
                if (!strcmp(s->day[i].k, k.p)) {
                    parley_buf_release(&k);
                    return 0; /* a later report of a story counted */
                }
            if (s->nday == s->capday) {
                size_t c = 2 * s->capday;
                struct sevent_key *v = realloc(s->day, c * sizeof *v);
                if (!v) {
                    parley_buf_release(&k);
                    return pl_store_fail(s->st, PARLEY_ENOMEM, "out of memory");
                }
                s->day = v;
                s->capday = c;
            }
            s->day[s->nday++].k = parley_buf_detach(&k, NULL);
        }
    }
    return add_event(s, e);
}

/* ---- from the summaries -------------------------------------------------- */

static int on_sum(void *ud, const struct ssum *r)
{
    struct series *s = ud;
    if (!counted(s, r->neg, r->dkey, r->n))
        return 0;
    char period[11];
    period_of(r->dkey, s->o->by, period);
    struct bucket *x = bucket(&s->b, period, r->key ? r->key : "",
                              r->key ? strlen(r->key) : 0, "", 0);
    if (!x)
        return pl_store_fail(s->st, PARLEY_ENOMEM, "out of memory");
    add_to(x, r->type, r->quad, r->n, r->g);
    return 0;
}

/* Whether the series can come from a summary table: total by any period
 * with at most a type and dates as filters; country by month, year or
 * all with at most a type. */
static int from_summary(const struct splan *p, const parley_series_opts *o)
{
    if (p->f->one_a_day || p->nact || p->place || p->topic_folded || p->text ||
        p->doc || p->cameo[0])
        return 0;
    if (o->group == PARLEY_GROUP_TOTAL)
        return 1;
    return o->group == PARLEY_GROUP_COUNTRY && !p->dated &&
           (o->by == PARLEY_BY_MONTH || o->by == PARLEY_BY_YEAR ||
            o->by == PARLEY_BY_ALL);
}

struct sumfilter {
    struct series *s;
    const struct splan *p;
};

static int on_sum_filtered(void *ud, const struct ssum *r)
{
    struct sumfilter *f = ud;
    if (f->p->type[0] && strcmp(r->type ? r->type : "", f->p->type))
        return 0;
    if (f->p->dated && (r->dkey < f->p->lo || r->dkey > f->p->hi))
        return 0;
    return on_sum(f->s, r);
}

int parley_store_series(parley_store *st, const parley_store_filter *f,
                        const parley_series_opts *o, parley_series_fn fn,
                        void *ud, parley_series_left *left)
{
    if (!st || !st->ops || !o || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (o->by < PARLEY_BY_DAY || o->by > PARLEY_BY_ALL)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "by: expected day, week, month, year or all");
    if (o->group < PARLEY_GROUP_TOTAL || o->group > PARLEY_GROUP_COUNTRY)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "group: expected total, dyad or country");
    if (o->level < PARLEY_LEVEL_ACTOR || o->level > PARLEY_LEVEL_PERSON)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "level: expected actor, country, code or person");
    if (left)
        memset(left, 0, sizeof *left);
    struct splan p;
    int err = pl_store_plan(st, &p, f, "");
    if (err)
        return err;
    struct series s;
    memset(&s, 0, sizeof s);
    s.st = st;
    s.o = o;
    s.left = left;
    if (from_summary(&p, o)) {
        struct sumfilter sf = {&s, &p};
        err = st->ops->summary(st, o->group == PARLEY_GROUP_TOTAL ? SUM_DAY
                                                                  : SUM_COUNTRY,
                               on_sum_filtered, &sf);
    } else {
        if (p.f->one_a_day) {
            s.capday = 64;
            if (!(s.day = calloc(s.capday, sizeof *s.day))) {
                pl_store_plan_free(&p);
                return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
            }
        }
        struct sscan sc = {p.f->one_a_day ? ORDER_CONTENT : ORDER_ANY,
                           p.f->one_a_day, 0, 0, 0, on_series_event, &s, 1};
        err = st->ops->scan(st, &p, &sc);
    }
    if (!err)
        err = emit(&s.b, o, fn, ud);
    for (size_t i = 0; i < s.nday; i++)
        free(s.day[i].k);
    free(s.day);
    buckets_free(&s.b);
    pl_store_plan_free(&p);
    return err;
}

/* ---- places ------------------------------------------------------------------ */

struct pl {
    parley_store *st;
    int negated;
    struct buckets b; /* key: rounded lat \x1f rounded lon \x1f country */
    struct pinfo {
        char *name;
        double lat, lon;
        char *country;
    } *info; /* parallel to b.v */
    size_t ninfo;
};

static int place_add(struct pl *x, const char *name, const char *country,
                     double lat, double lon, int neg, int64_t n)
{
    if (neg && !x->negated)
        return 0;
    /* coordinates rounded to about a kilometre: one point per place even
     * when its events carry slightly different figures */
    char a[32], b[32];
    snprintf(a, sizeof a, "%lld", (long long)llround(lat * 100));
    snprintf(b, sizeof b, "%lld", (long long)llround(lon * 100));
    size_t before = x->b.n;
    struct bucket *k = bucket(&x->b, a, b, strlen(b), country ? country : "",
                              country ? strlen(country) : 0);
    if (!k)
        return pl_store_fail(x->st, PARLEY_ENOMEM, "out of memory");
    if (x->b.n != before) {
        struct pinfo *v = realloc(x->info, x->b.n * sizeof *v);
        if (!v)
            return pl_store_fail(x->st, PARLEY_ENOMEM, "out of memory");
        x->info = v;
        memset(&x->info[x->b.n - 1], 0, sizeof *v);
        x->ninfo = x->b.n;
    }
    struct pinfo *i = &x->info[k - x->b.v];
    if (name && (!i->name || strcmp(name, i->name) > 0)) {
        free(i->name);
        if (!(i->name = strdup(name)))
            return pl_store_fail(x->st, PARLEY_ENOMEM, "out of memory");
    }
    if (country && !i->country && !(i->country = strdup(country)))
        return pl_store_fail(x->st, PARLEY_ENOMEM, "out of memory");
    /* sums, for the mean of the events' coordinates */
    i->lat += lat * (double)n;
    i->lon += lon * (double)n;
    k->r.events += n;
    return 0;
}

static int on_place_event(void *ud, const struct sevent *e)
{
    struct pl *x = ud;
    const parley_place *p = &e->ev.place;
    if (!p->name || !p->has_coords)
        return 0;
    return place_add(x, p->name, p->country, p->lat, p->lon, e->ev.negated, 1);
}

static int on_place_sum(void *ud, const struct ssum *r)
{
    return place_add(ud, r->key, r->country, r->lat, r->lon, r->neg, r->n);
}

struct porder {
    int64_t n;
    const char *name;
    size_t i;
};

static int by_events(const void *a, const void *b)
{
    const struct porder *x = a, *y = b;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

int parley_store_places(parley_store *st, const parley_store_filter *f,
                        int negated, long limit, parley_store_place_fn fn,
                        void *ud)
{
    if (!st || !st->ops || !fn)
        return PARLEY_EINVAL;
    parley_buf_reset(&st->err);
    if (limit < 1 || limit > 100000)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "limit: expected a number from 1 to 100000");
    struct splan p;
    int err = pl_store_plan(st, &p, f, "");
    if (err)
        return err;
    struct pl x;
    memset(&x, 0, sizeof x);
    x.st = st;
    x.negated = negated;
    if (p.empty && !p.f->one_a_day) {
        err = st->ops->summary(st, SUM_PLACE, on_place_sum, &x);
    } else {
        struct sscan sc = {ORDER_ANY, 0, 0, 0, 0, on_place_event, &x, 1};
        err = st->ops->scan(st, &p, &sc);
    }
    struct porder *o = err || !x.b.n ? NULL : malloc(x.b.n * sizeof *o);
    if (!err && x.b.n && !o)
        err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    for (size_t i = 0; i < x.b.n && o; i++)
        o[i] = (struct porder){x.b.v[i].r.events, x.info[i].name, i};
    if (o)
        store_qsort(o, x.b.n, sizeof *o, by_events);
    for (size_t i = 0; o && i < x.b.n && i < (size_t)limit && !err; i++) {
        struct pinfo *in = &x.info[o[i].i];
        double n = (double)o[i].n;
        parley_store_place_ref r = {in->name, in->country, in->lat / n,
                                    in->lon / n, o[i].n};
        err = fn(ud, &r);
    }
    free(o);
    for (size_t i = 0; i < x.ninfo; i++)
        free(x.info[i].name), free(x.info[i].country);
    free(x.info);
    buckets_free(&x.b);
    pl_store_plan_free(&p);
    return err;
}
