/* pl_lite_scan.c — queries on the SQLite store (stage 9, read side): a plan
 * becomes streams of (date key, event) pairs in date order — one search of
 * the actor-key index for every filter on actors, places, topics, types
 * and CAMEO codes (OR within a filter, AND between them, evaluated by
 * FTS5 over posting lists whose row ids are date << 32 | event), the
 * full-text search of the evidence, a document's events — intersected by
 * leapfrogging, so that a query reads about as many index entries as it
 * returns and stops at its limit. Events of one date are then put in
 * document order and read in full. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/lite.h"

/* ---- streams ------------------------------------------------------------ */

enum { ST_KEYS, ST_FTS, ST_LIST, ST_KINDS };

/* ?1 the search, ?3 the row id to start at, ?5 the far end. */
static const char *const asc[ST_KINDS] = {
    [ST_KEYS] = "SELECT rowid FROM event_keys WHERE event_keys MATCH ?1"
                " AND rowid >= ?3 AND rowid <= ?5 ORDER BY rowid",
    [ST_FTS] = "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?1"
               " AND rowid >= ?3 AND rowid <= ?5 ORDER BY rowid",
};
static const char *const desc[ST_KINDS] = {
    [ST_KEYS] = "SELECT rowid FROM event_keys WHERE event_keys MATCH ?1"
                " AND rowid <= ?3 AND rowid >= ?5 ORDER BY rowid DESC",
    [ST_FTS] = "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?1"
               " AND rowid <= ?3 AND rowid >= ?5 ORDER BY rowid DESC",
};

/* A position: date key, then event (row id). */
struct pos {
    int64_t d, r;
};

struct spec {
    int kind;
    char *sval;     /* the search (owned) */
};

struct stream {
    struct spec sp;
    sqlite3_stmt *s;
    struct pos head;
    int done, started;
    struct pos *list; /* ST_LIST, sorted in the scan's direction */
    size_t nlist, at;
};

struct cond {
    struct stream *v;
    size_t n;
    struct pos head;
    int done, started;
};

struct exec {
    struct lite *l;
    int dir;           /* 1 ascending, -1 descending */
    int64_t lo, hi;    /* date keys, inclusive */
    struct cond *c;
    size_t nc;
    int empty;         /* a filter matches nothing */
};

static int cmp(const struct exec *x, struct pos a, struct pos b)
{
    int c = a.d < b.d ? -1 : a.d > b.d ? 1 : a.r < b.r ? -1 : a.r > b.r;
    return c * x->dir;
}

static int64_t fts_rowid(struct pos p)
{
    return p.d << 32 | (p.r & 0xffffffffLL);
}

/* Binds the start position and bounds, and reads the first row. */
static int s_start(struct exec *x, struct stream *st, struct pos from)
{
    struct lite *l = x->l;
    st->started = 1;
    if (st->sp.kind == ST_LIST) {
        size_t lo = 0, hi = st->nlist;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cmp(x, st->list[mid], from) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        st->at = lo;
        st->done = st->at >= st->nlist;
        if (!st->done)
            st->head = st->list[st->at];
        return 0;
    }
    sqlite3_stmt *s = st->s;
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, st->sp.sval, -1, SQLITE_STATIC);
    struct pos far = {x->dir > 0 ? x->hi : x->lo, x->dir > 0 ? 0xffffffffLL : 0};
    sqlite3_bind_int64(s, 3, fts_rowid(from));
    sqlite3_bind_int64(s, 5, fts_rowid(far));
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        int64_t v = sqlite3_column_int64(s, 0);
        st->head = (struct pos){v >> 32, v & 0xffffffffLL};
        st->done = 0;
        return 0;
    }
    st->done = 1;
    if (rc == SQLITE_DONE)
        return 0;
    return pl_lite_err(l, rc, st->sp.kind == ST_FTS ? "searching the text"
                                                 : "querying");
}

static int s_next(struct exec *x, struct stream *st)
{
    if (st->sp.kind == ST_LIST) {
        st->done = ++st->at >= st->nlist;
        if (!st->done)
            st->head = st->list[st->at];
        return 0;
    }
    int rc = sqlite3_step(st->s);
    if (rc == SQLITE_ROW) {
        int64_t v = sqlite3_column_int64(st->s, 0);
        st->head = (struct pos){v >> 32, v & 0xffffffffLL};
        return 0;
    }
    st->done = 1;
    return rc == SQLITE_DONE ? 0 : pl_lite_err(x->l, rc, "querying");
}

/* Moves st to its first position at or after p: a few steps first, as a
 * new search costs more than a few rows, then a new search from p. */
static int s_seek(struct exec *x, struct stream *st, struct pos p)
{
    if (!st->started)
        return s_start(x, st, p);
    if (st->done || cmp(x, st->head, p) >= 0)
        return 0;
    if (st->sp.kind != ST_LIST)
        for (int i = 0; i < 32 && !st->done && cmp(x, st->head, p) < 0; i++) {
            int err = s_next(x, st);
            if (err)
                return err;
        }
    if (st->done || cmp(x, st->head, p) >= 0)
        return 0;
    return s_start(x, st, p);
}

/* A condition's head: the first of its streams' heads. */
static void c_head(struct exec *x, struct cond *c)
{
    c->done = 1;
    for (size_t i = 0; i < c->n; i++)
        if (!c->v[i].done && (c->done || cmp(x, c->v[i].head, c->head) < 0)) {
            c->head = c->v[i].head;
            c->done = 0;
        }
}

static int c_seek(struct exec *x, struct cond *c, struct pos p)
{
    if (c->started && (c->done || cmp(x, c->head, p) >= 0))
        return 0;
    c->started = 1;
    for (size_t i = 0; i < c->n; i++) {
        int err = s_seek(x, &c->v[i], p);
        if (err)
            return err;
    }
    c_head(x, c);
    return 0;
}

/* The next event every condition has, at or after p: the leapfrog join.
 * Returns 1 with *out, 0 at the end, or an error. */
static int next_match(struct exec *x, struct pos p, struct pos *out)
{
    for (;;) {
        int moved = 0;
        for (size_t i = 0; i < x->nc; i++) {
            struct cond *c = &x->c[i];
            int err = c_seek(x, c, p);
            if (err)
                return err;
            if (c->done)
                return 0;
            if (cmp(x, c->head, p) > 0) {
                p = c->head;
                moved = 1;
            }
        }
        if (!moved) {
            *out = p;
            return 1;
        }
        if (pl_store_over_time())
            return pl_store_fail(&x->l->base, PARLEY_EDB, "%s: querying: interrupted",
                              x->l->base.path);
    }
}

static struct pos after(const struct exec *x, struct pos p)
{
    p.r += x->dir;
    return p;
}

/* ---- from a plan to conditions ------------------------------------------ */

/* The search of the actor-key index being built: filters joined by AND,
 * each the OR of its terms. */
struct terms {
    parley_buf q;
    size_t n;  /* terms in the filter being built */
    int nomem;
};

static void t_add(struct terms *t, char role, int side, int64_t id)
{
    char w[32];
    snprintf(w, sizeof w, "%s%c%d%lld", t->n ? " OR " : "(", role, side,
             (long long)id);
    t->nomem |= parley_buf_adds(&t->q, w) != 0;
    t->n++;
}

static void t_sides(struct terms *t, char role, int sides, int64_t id)
{
    for (int side = 0; side < 2; side++)
        if (sides & (1 << side))
            t_add(t, role, side, id);
}

/* Closes a filter; returns 0 when it had no term (it matches nothing). */
static int t_end(struct terms *t)
{
    if (!t->n)
        return 0;
    t->nomem |= parley_buf_addc(&t->q, ')') != 0;
    t->n = 0;
    return 1;
}

static void t_and(struct terms *t)
{
    if (t->q.n)
        t->nomem |= parley_buf_adds(&t->q, " AND ") != 0;
}

/* Runs q with text parameters v[0..nv) and adds a term (role, sides) for
 * each id in the first column; with role 0, the role is the kind's
 * letter from column 1. */
static int terms_of(struct lite *l, const char *q, const char *const *v, int nv,
                    struct terms *t, char role, int sides)
{
    sqlite3_stmt *st;
    int err = pl_lite_pool(l, q, &st);
    if (err)
        return err;
    for (int i = 0; i < nv; i++)
        sqlite3_bind_text(st, i + 1, v[i], -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char r = role;
        if (!r) {
            const char *k = (const char *)sqlite3_column_text(st, 1);
            r = k ? (char)(k[0] - 'A' + 'a') : 'x';
        }
        t_sides(t, r, sides, sqlite3_column_int64(st, 0));
    }
    if (rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "looking up keys");
    pl_lite_unpool(l, st);
    return err;
}

/* Keys of kinds (e.g. "'N', 'M'") whose folded value contains f: through
 * the trigram index for three characters or more, else by a scan. */
static int keys_containing(struct lite *l, const char *kinds, const char *f,
                           struct terms *t, int sides)
{
    char q[256];
    size_t chars = 0;
    for (const char *p = f; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    if (chars >= 3) {
        parley_buf ph = PARLEY_BUF_INIT;
        /* every append checked: one that failed alone would change the
         * phrase (issue 13's rule: out of memory is an error, never
         * another answer) */
        int bad = parley_buf_addc(&ph, '"');
        for (const char *p = f; *p; p++) {
            if (*p == '"')
                bad |= parley_buf_addc(&ph, '"');
            bad |= parley_buf_addc(&ph, *p);
        }
        if (parley_buf_addc(&ph, '"') || bad) {
            parley_buf_release(&ph);
            return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        }
        snprintf(q, sizeof q,
                 "SELECT k.id, k.kind FROM keys_tri t JOIN keys k"
                 " ON k.id = t.rowid WHERE keys_tri MATCH ?1"
                 " AND k.kind IN (%s)", kinds);
        const char *v[1] = {ph.p};
        int err = terms_of(l, q, v, 1, t, 0, sides);
        parley_buf_release(&ph);
        return err;
    }
    snprintf(q, sizeof q,
             "SELECT id, kind FROM keys WHERE kind IN (%s)"
             " AND instr(folded, ?1) > 0", kinds);
    const char *v[1] = {f};
    return terms_of(l, q, v, 1, t, 0, sides);
}

static int actor_terms(struct lite *l, const struct sactor_cond *a,
                       struct terms *t)
{
    int err;
    if (a->code_like) {
        /* a country, organisation or code, or a code that starts with it */
        int64_t id = pl_lite_key(l, KEY_CODE, (parley_str){a->v, strlen(a->v)}, 0, 0);
        if (id < 0)
            return (int)id;
        if (id) {
            t_sides(t, 'c', a->sides, id);
            t_sides(t, 'o', a->sides, id);
            t_sides(t, 'k', a->sides, id);
        }
        /* a failed first append would leave "*", every code */
        parley_buf g = PARLEY_BUF_INIT;
        if (parley_buf_adds(&g, a->v) || parley_buf_addc(&g, '*')) {
            parley_buf_release(&g);
            return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        }
        const char *v[2] = {g.p, a->v};
        err = terms_of(l,
                       "SELECT id FROM keys WHERE kind = 'C' AND value GLOB ?1"
                       " AND value <> ?2 AND (roles & 4) != 0",
                       v, 2, t, 'k', a->sides);
        parley_buf_release(&g);
        return err;
    }
    if (a->upper[0]) {
        int64_t id = pl_lite_key(l, KEY_CODE, (parley_str){a->upper, strlen(a->upper)},
                              0, 0);
        if (id < 0)
            return (int)id;
        if (id)
            t_sides(t, 'c', a->sides, id);
    }
    const char *v[1] = {a->v};
    if ((err = terms_of(l,
                        "SELECT id FROM keys WHERE kind = 'C' AND value = ?1"
                        " COLLATE NOCASE AND (roles & 2) != 0",
                        v, 1, t, 'o', a->sides)))
        return err;
    return keys_containing(l, "'N', 'M'", a->folded, t, a->sides);
}

static int place_terms(struct lite *l, const struct splan *p, struct terms *t)
{
    int err = keys_containing(l, "'P'", p->place_folded, t, 1);
    if (err || !p->place_upper[0])
        return err;
    const char *v[1] = {p->place_upper};
    return terms_of(l,
                    "SELECT id FROM keys WHERE kind = 'P'"
                    " AND substr(value, instr(value, char(31)) + 1) = ?1",
                    v, 1, t, 'p', 1);
}

static void cond_free(struct exec *x, struct cond *c)
{
    for (size_t i = 0; i < c->n; i++) {
        pl_lite_unpool(x->l, c->v[i].s);
        free(c->v[i].sp.sval);
        free(c->v[i].list);
    }
    free(c->v);
    memset(c, 0, sizeof *c);
}

static int by_pos_asc(const void *a, const void *b)
{
    const struct pos *x = a, *y = b;
    return x->d < y->d ? -1 : x->d > y->d ? 1 : x->r < y->r ? -1 : x->r > y->r;
}

static int by_pos_desc(const void *a, const void *b)
{
    return by_pos_asc(b, a);
}

/* A condition of one search (kind ST_KEYS or ST_FTS, q owned by it). */
static int search_cond(struct exec *x, int kind, char *q)
{
    struct cond *c = &x->c[x->nc++];
    if (!(c->v = calloc(1, sizeof *c->v))) {
        free(q);
        return pl_store_fail(&x->l->base, PARLEY_ENOMEM, "out of memory");
    }
    c->n = 1;
    c->v[0].sp.kind = kind;
    c->v[0].sp.sval = q;
    return pl_lite_pool(x->l, (x->dir > 0 ? asc : desc)[kind], &c->v[0].s);
}

/* The events of one document, as a list. */
static int doc_cond(struct exec *x, const char *doc)
{
    struct lite *l = x->l;
    sqlite3_stmt *s;
    int err = pl_lite_pool(l,
                        "SELECT e.day, e.rid FROM documents d JOIN events e"
                        " ON e.doc = d.num WHERE d.id = ?1",
                        &s);
    if (err)
        return err;
    sqlite3_bind_text(s, 1, doc, -1, SQLITE_STATIC);
    struct pos *v = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct pos p = {sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1)};
        if (p.d < x->lo || p.d > x->hi)
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            struct pos *w = realloc(v, cap * sizeof *w);
            if (!w) {
                free(v);
                pl_lite_unpool(l, s);
                return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            }
            v = w;
        }
        v[n++] = p;
    }
    pl_lite_unpool(l, s);
    if (rc != SQLITE_DONE) {
        free(v);
        return pl_lite_err(l, rc, "querying");
    }
    if (!n) {
        x->empty = 1;
        return 0;
    }
    store_qsort(v, n, sizeof *v, x->dir > 0 ? by_pos_asc : by_pos_desc);
    struct cond *c = &x->c[x->nc++];
    if (!(c->v = calloc(1, sizeof *c->v))) {
        free(v);
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    }
    c->n = 1;
    c->v[0].sp.kind = ST_LIST;
    c->v[0].list = v;
    c->v[0].nlist = n;
    return 0;
}

static int build(struct exec *x, const struct splan *p)
{
    struct lite *l = x->l;
    int err = 0;
    /* the likely rarest first: the leapfrog then seeks less */
    if (p->doc && (err = doc_cond(x, p->doc)))
        return err;
    if (p->text && !x->empty) {
        parley_buf q = PARLEY_BUF_INIT;
        if (pl_store_textq_empty(p->text)) {
            x->empty = 1;
        } else if (pl_store_textq_fts5(p->text, &q)) {
            err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        } else {
            char *s = parley_buf_detach(&q, NULL);
            err = s ? search_cond(x, ST_FTS, s)
                    : pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        }
        parley_buf_release(&q);
    }
    /* every other filter: one search of the actor-key index */
    struct terms t = {PARLEY_BUF_INIT, 0, 0};
    for (size_t i = 0; i < p->nact && !err && !x->empty; i++) {
        t_and(&t);
        if (!(err = actor_terms(l, &p->act[i], &t)) && !t_end(&t))
            x->empty = 1;
    }
    if (p->place && !err && !x->empty) {
        t_and(&t);
        if (!(err = place_terms(l, p, &t)) && !t_end(&t))
            x->empty = 1;
    }
    if (p->topic_folded && !err && !x->empty) {
        t_and(&t);
        if (!(err = keys_containing(l, "'T'", p->topic_folded, &t, 1)) && !t_end(&t))
            x->empty = 1;
    }
    if (p->cameo[0] && !err && !x->empty) {
        t_and(&t);
        const char *v[1] = {p->cameo};
        if (!(err = terms_of(l, "SELECT id FROM keys WHERE kind = 'E'"
                                " AND value GLOB ?1 || '*'",
                             v, 1, &t, 'e', 1)) && !t_end(&t))
            x->empty = 1;
    }
    if (p->type[0] && !err && !x->empty) {
        t_and(&t);
        int64_t id = pl_lite_key(l, KEY_TYPE, (parley_str){p->type, strlen(p->type)},
                              0, 0);
        if (id < 0)
            err = (int)id;
        else if (id)
            t_sides(&t, 'y', 1, id);
        if (!err && !t_end(&t))
            x->empty = 1;
    }
    /* no filter on keys and nothing else: every event, "a" */
    if (!t.q.n && !x->nc && !err && !x->empty)
        t.nomem |= parley_buf_addc(&t.q, 'a') != 0;
    if (t.nomem && !err)
        err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if (t.q.n && !err && !x->empty) {
        char *s = parley_buf_detach(&t.q, NULL);
        err = search_cond(x, ST_KEYS, s);
    }
    parley_buf_release(&t.q);
    return err;
}

static void exec_free(struct exec *x)
{
    for (size_t i = 0; i < x->nc; i++)
        cond_free(x, &x->c[i]);
    x->nc = 0;
}

/* ---- reading events ----------------------------------------------------- */

static const char *col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static char *dupn(const char *p, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        if (n)
            memcpy(d, p, n);
        d[n] = '\0';
    }
    return d;
}

/* Makes document num the current one (its row read into l->doc_*). */
static int load_doc(struct lite *l, int64_t num)
{
    if (l->doc_num == num)
        return 0;
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_DOC_ROW, &s);
    if (err)
        return err;
    sqlite3_bind_int64(s, 1, num);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s);
        if (rc == SQLITE_DONE)
            return pl_store_fail(&l->base, PARLEY_EDB, "%s: document %lld of an event"
                              " is missing", l->base.path, (long long)num);
        return pl_lite_err(l, rc, "reading a document");
    }
    free(l->doc_id), free(l->doc_date), free(l->doc_title);
    free(l->doc_url), free(l->doc_source), free(l->doc_text);
    char **f[5] = {&l->doc_id, &l->doc_date, &l->doc_title, &l->doc_url,
                   &l->doc_source};
    int nomem = 0;
    for (int i = 0; i < 5; i++) {
        const char *v = col(s, i);
        *f[i] = v ? strdup(v) : NULL;
        nomem |= v && !*f[i];
    }
    const char *t = (const char *)sqlite3_column_blob(s, 5);
    l->doc_text_n = (size_t)sqlite3_column_bytes(s, 5);
    l->doc_text = dupn(t ? t : "", l->doc_text_n);
    nomem |= !l->doc_text;
    sqlite3_reset(s);
    l->doc_num = nomem ? 0 : num;
    return nomem ? pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory") : 0;
}

static parley_str span(parley_str text, int64_t at, int64_t n)
{
    if (at < 0 || n < 0 || (size_t)(at + n) > text.n)
        return (parley_str){NULL, 0};
    return (parley_str){text.p + at, (size_t)n};
}

static void set_actor(parley_actor *a, const struct lactor *x)
{
    a->name = x->name;
    a->role = x->role;
    a->country = x->country;
    a->org = x->org;
    a->code = x->code;
    a->sector = x->sector;
}

/* The mention of side i (0 source) from the detail row s (EV_FULL_COLS). */
static parley_str mention(parley_str text, sqlite3_stmt *s, int i)
{
    int at = 14 + 2 * i, txt = 18 + i;
    if (sqlite3_column_type(s, at) != SQLITE_NULL)
        return span(text, sqlite3_column_int64(s, at), sqlite3_column_int64(s, at + 1));
    const char *t = col(s, txt);
    return (parley_str){t, t ? (size_t)sqlite3_column_bytes(s, txt) : 0};
}

/* Fills e from a row of EV_FULL_COLS (s) and its document's text; e's
 * rid and document fields are the caller's. */
static int fill_full(struct lite *l, sqlite3_stmt *s, parley_str text,
                     struct sevent *e)
{
    e->docnum = sqlite3_column_int64(s, 0);
    e->seq = (size_t)sqlite3_column_int64(s, 1);
    e->dkey = sqlite3_column_int64(s, 2);
    parley_event *ev = &e->ev;
    const char *type = col(s, 3);
    ev->type = type && *type ? type : NULL;
    ev->cameo = col(s, 4);
    ev->quad = sqlite3_column_int(s, 5);
    ev->goldstein = sqlite3_column_double(s, 6);
    /* the actors come with the row (a join: most actors of a long
     * listing are read once, so a cache would not pay) */
    parley_actor *side[2] = {&ev->source, &ev->target};
    for (int i = 0; i < 2; i++) {
        int c = 27 + 6 * i;
        side[i]->name = col(s, c);
        side[i]->role = col(s, c + 1);
        side[i]->country = col(s, c + 2);
        side[i]->org = col(s, c + 3);
        side[i]->code = col(s, c + 4);
        side[i]->sector = col(s, c + 5);
    }
    ev->source.text = mention(text, s, 0);
    ev->target.text = mention(text, s, 1);
    if (sqlite3_column_type(s, 9) != SQLITE_NULL) {
        const struct lplace *p = pl_lite_place(l, sqlite3_column_int64(s, 9));
        if (!p)
            return l->rerr;
        ev->place.name = p->name;
        ev->place.country = p->country;
        ev->place.lat = p->lat;
        ev->place.lon = p->lon;
        ev->place.has_coords = p->has_coords;
    }
    ev->sentence = (size_t)sqlite3_column_int64(s, 10);
    ev->seq = (size_t)sqlite3_column_int64(s, 11);
    ev->span[0] = (size_t)sqlite3_column_int64(s, 12);
    ev->span[1] = (size_t)sqlite3_column_int64(s, 13);
    e->evidence = span(text, (int64_t)ev->span[0],
                       (int64_t)ev->span[1] - (int64_t)ev->span[0]);
    ev->mode = col(s, 20);
    ev->date_precision = col(s, 21);
    ev->coder = col(s, 22);
    ev->negated = sqlite3_column_int(s, 23);
    const char *topics = col(s, 24);
    parley_buf_reset(&l->scratch);
    if (topics) {
        if (parley_buf_adds(&l->scratch, topics))
            return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        pl_sevent_topics(e, l->scratch.p);
    }
    pl_sevent_extra(e, col(s, 25));
    pl_sevent_date(e, col(s, 26));
    return 0;
}

int pl_lite_event(struct lite *l, int64_t rid, int full, struct sevent *e)
{
    pl_sevent_init(e);
    pl_lite_read_caches_trim(l);
    if (!full) {
        /* aggregates: the hot row and the actors; the mention only for an
         * actor that has nothing else to be known by */
        sqlite3_stmt *s;
        int err = pl_lite_stmt(l, LS_EV_LIGHT, &s);
        if (err)
            return err;
        sqlite3_bind_int64(s, 1, rid);
        int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW) {
            sqlite3_reset(s);
            return rc == SQLITE_DONE ? 0 : pl_lite_err(l, rc, "reading an event");
        }
        e->rid = rid;
        e->docnum = sqlite3_column_int64(s, 0);
        e->seq = (size_t)sqlite3_column_int64(s, 1);
        e->dkey = sqlite3_column_int64(s, 2);
        const char *type = col(s, 3);
        e->ev.type = type && *type ? type : NULL;
        e->ev.cameo = col(s, 4);
        e->ev.quad = sqlite3_column_int(s, 5);
        e->ev.goldstein = sqlite3_column_double(s, 6);
        e->ev.negated = sqlite3_column_int(s, 9);
        /* a's row may move when b's is added: copy it first */
        const struct lactor *a = pl_lite_actor(l, sqlite3_column_int64(s, 7));
        if (!a)
            return l->rerr;
        set_actor(&e->ev.source, a);
        const struct lactor *b = pl_lite_actor(l, sqlite3_column_int64(s, 8));
        if (!b)
            return l->rerr;
        set_actor(&e->ev.target, b);
        if (sqlite3_column_type(s, 10) != SQLITE_NULL) {
            const struct lplace *p = pl_lite_place(l, sqlite3_column_int64(s, 10));
            if (!p)
                return l->rerr;
            e->ev.place.name = p->name;
            e->ev.place.country = p->country;
            e->ev.place.lat = p->lat;
            e->ev.place.lon = p->lon;
            e->ev.place.has_coords = p->has_coords;
        }
        char k;
        if (!pl_store_actor_key(&e->ev.source, &k).p ||
            !pl_store_actor_key(&e->ev.target, &k).p)
            return pl_lite_event(l, rid, 1, e); /* the mentions are needed (rare) */
        return 0;
    }
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_EV_FULL, &s);
    if (err)
        return err;
    sqlite3_bind_int64(s, 1, rid);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s);
        return rc == SQLITE_DONE ? 0 : pl_lite_err(l, rc, "reading an event");
    }
    e->rid = rid;
    if ((err = load_doc(l, sqlite3_column_int64(s, 0))))
        return err;
    e->doc_id = l->doc_id;
    e->doc_date = l->doc_date;
    e->doc_title = l->doc_title;
    e->doc_url = l->doc_url;
    e->doc_source = l->doc_source;
    return fill_full(l, s, (parley_str){l->doc_text, l->doc_text_n}, e);
}

/* ---- the scan ------------------------------------------------------------ */

struct day {
    int64_t *v;     /* the matching events' row ids */
    size_t n, cap;
    parley_buf json;
};

/* g's row ids as a JSON array, for json_each() */
static int rids_json(struct day *g)
{
    parley_buf_reset(&g->json);
    int err = parley_buf_addc(&g->json, '[');
    char num[24];
    for (size_t i = 0; i < g->n && !err; i++) {
        /* row ids are positive: digits from the end */
        uint64_t v = (uint64_t)g->v[i];
        char *e = num + sizeof num, *d = e;
        do
            *--d = (char)('0' + v % 10);
        while (v /= 10);
        if (i)
            *--d = ',';
        err = parley_buf_add(&g->json, d, (size_t)(e - d));
    }
    return err || parley_buf_addc(&g->json, ']') || parley_buf_addc(&g->json, '\0');
}

/* Hands out the events of one date in document order (document id, then
 * position), in full: two statements for the day rather than several
 * per event. */
static int flush_day(struct exec *x, struct day *g, const struct sscan *sc)
{
    struct lite *l = x->l;
    sqlite3_stmt *s;
    int err = 0, rc;
    if (g->n > 1) {
        if (rids_json(g))
            return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        if ((err = pl_lite_stmt(l, LS_DAY_ORDER, &s)))
            return err;
        sqlite3_bind_text(s, 1, g->json.p, -1, SQLITE_STATIC);
        size_t k = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW && k < g->n)
            g->v[k++] = sqlite3_column_int64(s, 0);
        sqlite3_reset(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return pl_lite_err(l, rc, "reading events");
        g->n = k;
    }
    if (rids_json(g))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if ((err = pl_lite_stmt(l, LS_DAY_ROWS, &s)))
        return err;
    sqlite3_bind_text(s, 1, g->json.p, -1, SQLITE_STATIC);
    while (!err && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct sevent e;
        pl_sevent_init(&e);
        e.rid = sqlite3_column_int64(s, 39);
        e.doc_id = col(s, 40);
        e.doc_date = col(s, 41);
        e.doc_title = col(s, 42);
        e.doc_url = col(s, 43);
        e.doc_source = col(s, 44);
        const char *t = (const char *)sqlite3_column_blob(s, 45);
        parley_str text = {t ? t : "", (size_t)sqlite3_column_bytes(s, 45)};
        if (!(err = fill_full(l, s, text, &e)))
            err = sc->cb(sc->ud, &e);
    }
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "reading events");
    sqlite3_reset(s);
    g->n = 0;
    return err;
}

static int run(struct exec *x, const struct sscan *sc, struct pos from,
               long *left)
{
    struct day g = {0};
    int err = 0, found;
    struct pos p = from, m = {0, 0};
    int64_t cur_day = -1;
    unsigned long k = 0;
    while (!err && (found = next_match(x, p, &m)) == 1) {
        p = after(x, m);
        if (!(++k & 1023) && pl_store_over_time()) {
            err = pl_store_fail(&x->l->base, PARLEY_EDB, "%s: querying: interrupted",
                             x->l->base.path);
            break;
        }
        if (sc->order != ORDER_CONTENT) {
            struct sevent e;
            if (!(err = pl_lite_event(x->l, m.r, sc->full, &e)) && e.rid)
                err = sc->cb(sc->ud, &e);
            if (!err && *left > 0 && --*left == 0)
                break;
            continue;
        }
        if (g.n && m.d != cur_day) {
            if ((err = flush_day(x, &g, sc)))
                break;
        }
        cur_day = m.d;
        if (g.n == g.cap) {
            size_t c = g.cap ? 2 * g.cap : 256;
            int64_t *v = realloc(g.v, c * sizeof *v);
            if (!v) {
                err = pl_store_fail(&x->l->base, PARLEY_ENOMEM, "out of memory");
                break;
            }
            g.v = v;
            g.cap = c;
        }
        g.v[g.n++] = m.r;
    }
    if (!err && found < 0)
        err = found;
    if (!err && g.n)
        err = flush_day(x, &g, sc);
    free(g.v);
    parley_buf_release(&g.json);
    return err;
}

/* Resets the handle's statements, so that no read transaction stays open
 * after a scan: a reader that kept one would not see later commits. */
static void idle(struct lite *l)
{
    for (int i = 0; i < LS_N; i++)
        if (l->s[i])
            sqlite3_reset(l->s[i]);
}

static int scan(parley_store *st, const struct splan *p, const struct sscan *sc);

int pl_lite_scan(parley_store *st, const struct splan *p, const struct sscan *sc)
{
    struct lite *l = LITE(st);
    /* A scan without a limit reads pages all over the file: mapped (up to
     * SQLite's limit, 2 GB), a page is read from the OS cache without a
     * copy, and cold, in larger reads (an export of two months, cold:
     * 6.8 s instead of 13.8). A query with a limit reads few pages, and
     * the larger reads would make it slower cold (0.9 s instead of 0.06). */
    int mapped = sc->bulk && st->readonly && sqlite3_get_autocommit(l->db) &&
                 sqlite3_exec(l->db, "PRAGMA mmap_size = 2147418112", NULL,
                              NULL, NULL) == SQLITE_OK;
    /* One read transaction for the whole scan: each statement would
     * otherwise open and close one of its own (a WAL snapshot taken and
     * dropped per row read). */
    int own = sqlite3_get_autocommit(l->db) &&
              sqlite3_exec(l->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
    int err = scan(st, p, sc);
    idle(l);
    if (own)
        sqlite3_exec(l->db, "COMMIT", NULL, NULL, NULL);
    if (mapped)
        sqlite3_exec(l->db, "PRAGMA mmap_size = 0", NULL, NULL, NULL);
    return err;
}

static int scan(parley_store *st, const struct splan *p, const struct sscan *sc)
{
    struct lite *l = LITE(st);
    struct cond conds[16];
    struct exec x = {l, sc->order == ORDER_NEWEST ? -1 : 1, p->lo, p->hi,
                     conds, 0, 0};
    memset(conds, 0, sizeof conds);
    long left = sc->order == ORDER_NEWEST ? sc->limit : 0;
    if (sc->order != ORDER_NEWEST) {
        int err = build(&x, p);
        if (!err && !x.empty)
            err = run(&x, sc, (struct pos){p->lo, 0}, &left);
        exec_free(&x);
        return err;
    }
    /* Newest first, undated events last: dated events from the newest
     * down, then undated ones, each part in descending row order. */
    int64_t dated_hi = p->hi < STORE_UNDATED ? p->hi : STORE_UNDATED - 1;
    int err = 0;
    struct pos start = {dated_hi, INT64_MAX};
    int undated_only = sc->after_rid && sc->after_dkey >= STORE_UNDATED;
    if (sc->after_rid && !undated_only)
        start = (struct pos){sc->after_dkey, sc->after_rid - 1};
    if (!undated_only && p->lo <= dated_hi) {
        x.lo = p->lo;
        x.hi = dated_hi;
        if (!(err = build(&x, p)) && !x.empty)
            err = run(&x, sc, start, &left);
        exec_free(&x);
        x.empty = 0;
    }
    if (!err && p->hi >= STORE_UNDATED && (!sc->limit || left > 0)) {
        x.lo = x.hi = STORE_UNDATED;
        struct pos u = {STORE_UNDATED, undated_only ? sc->after_rid - 1 : INT64_MAX};
        if (!(err = build(&x, p)) && !x.empty)
            err = run(&x, sc, u, &left);
        exec_free(&x);
    }
    return err;
}
