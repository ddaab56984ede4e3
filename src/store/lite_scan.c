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

/* v[0..n) (row ids) as a JSON array in out, for json_each() */
static int rids_json(const int64_t *v, size_t n, parley_buf *out)
{
    parley_buf_reset(out);
    int err = parley_buf_addc(out, '[');
    char num[24];
    for (size_t i = 0; i < n && !err; i++) {
        /* row ids are positive: digits from the end */
        uint64_t u = (uint64_t)v[i];
        char *e = num + sizeof num, *d = e;
        do
            *--d = (char)('0' + u % 10);
        while (u /= 10);
        if (i)
            *--d = ',';
        err = parley_buf_add(out, d, (size_t)(e - d));
    }
    return err || parley_buf_addc(out, ']') || parley_buf_addc(out, '\0');
}

/* Fills e from a row of LS_DAY_ROWS (EV_FULL_COLS, then the row id and
 * the document's id, date, title, url, source and text). */
static int day_row(struct lite *l, sqlite3_stmt *s, struct sevent *e)
{
    pl_sevent_init(e);
    e->rid = sqlite3_column_int64(s, 39);
    e->doc_id = col(s, 40);
    e->doc_date = col(s, 41);
    e->doc_title = col(s, 42);
    e->doc_url = col(s, 43);
    e->doc_source = col(s, 44);
    const char *t = (const char *)sqlite3_column_blob(s, 45);
    parley_str text = {t ? t : "", (size_t)sqlite3_column_bytes(s, 45)};
    return fill_full(l, s, text, e);
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
        if (rids_json(g->v, g->n, &g->json))
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
    if (rids_json(g->v, g->n, &g->json))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if ((err = pl_lite_stmt(l, LS_DAY_ROWS, &s)))
        return err;
    sqlite3_bind_text(s, 1, g->json.p, -1, SQLITE_STATIC);
    while (!err && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct sevent e;
        if (!(err = day_row(l, s, &e)))
            err = sc->cb(sc->ud, &e);
    }
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "reading events");
    sqlite3_reset(s);
    g->n = 0;
    return err;
}

/* ---- several dates at once, read in row order --------------------------- */

/* A query without a limit (an export, a month of one type) reads rows all
 * over the file: events are stored in the order they were ingested, not
 * by date, so one date's events sit on as many pages of events,
 * event_detail, actors and documents as it has events. Read in row-id
 * order over several dates at once, neighbouring reads share pages and
 * the B-trees' upper levels (type + month at 5.4M events: see the
 * README, "The store"), and one statement reads them instead of two per
 * date (the order, then the rows). The events are copied, then handed out
 * in output order: date, document id, position. */
/* (the limits are l->batch_events, l->batch_date_max; see lite.h) */

/* Strings of a kept event: offsets + 1 into the batch's arena (0: NULL). */
enum {
    BS_DOC_ID, BS_DOC_DATE, BS_DOC_TITLE, BS_DOC_URL, BS_DOC_SOURCE,
    BS_TYPE, BS_MODE, BS_CAMEO, BS_DATE, BS_PREC, BS_CODER,
    BS_SIDE,                       /* text, name, role, country, org, code,
                                      sector of the source, then the target */
    BS_PLACE = BS_SIDE + 14, BS_PLACE_COUNTRY, BS_EVIDENCE, BS_EXTRA,
    BS_TOPIC,
    BS_N = BS_TOPIC + PARLEY_MAX_TOPICS
};

struct brec {
    int64_t rid, dkey, docnum;
    size_t seq;
    parley_event ev; /* its numbers; its strings are in o */
    size_t o[BS_N];
    size_t n_id, n_text[2], n_evidence;
};

struct batch {
    int64_t *rid; /* whole dates' matching events */
    size_t n, cap;
    struct brec *r;
    size_t nr, capr;
    parley_buf arena, json;
};

/* An order key of a kept event, pointing into the finished arena. */
struct bkey {
    int64_t dkey, rid;
    const char *id;
    size_t n_id, seq;
    const struct brec *r;
};

static size_t keep(parley_buf *a, const void *p, size_t n, int *nomem)
{
    if (!p)
        return 0;
    size_t at = a->n;
    if (parley_buf_add(a, p, n) || parley_buf_addc(a, '\0'))
        *nomem = 1;
    return at + 1;
}

#define KEEPS(a, s, nm) keep((a), (s), (s) ? strlen(s) : 0, (nm))

/* Copies e into r, its strings into a; 0 or PARLEY_ENOMEM. */
static int b_keep(parley_buf *a, const struct sevent *e, struct brec *r)
{
    int nm = 0;
    const parley_event *v = &e->ev;
    r->rid = e->rid;
    r->dkey = e->dkey;
    r->docnum = e->docnum;
    r->seq = e->seq;
    r->ev = *v;
    size_t *o = r->o;
    r->n_id = e->doc_id ? strlen(e->doc_id) : 0;
    o[BS_DOC_ID] = keep(a, e->doc_id, r->n_id, &nm);
    o[BS_DOC_DATE] = KEEPS(a, e->doc_date, &nm);
    o[BS_DOC_TITLE] = KEEPS(a, e->doc_title, &nm);
    o[BS_DOC_URL] = KEEPS(a, e->doc_url, &nm);
    o[BS_DOC_SOURCE] = KEEPS(a, e->doc_source, &nm);
    o[BS_TYPE] = KEEPS(a, v->type, &nm);
    o[BS_MODE] = KEEPS(a, v->mode, &nm);
    o[BS_CAMEO] = KEEPS(a, v->cameo, &nm);
    o[BS_DATE] = KEEPS(a, v->date, &nm);
    o[BS_PREC] = KEEPS(a, v->date_precision, &nm);
    o[BS_CODER] = KEEPS(a, v->coder, &nm);
    const parley_actor *as[2] = {&v->source, &v->target};
    for (int k = 0; k < 2; k++) {
        size_t *q = o + BS_SIDE + 7 * k;
        r->n_text[k] = as[k]->text.n;
        q[0] = keep(a, as[k]->text.p, as[k]->text.n, &nm);
        q[1] = KEEPS(a, as[k]->name, &nm);
        q[2] = KEEPS(a, as[k]->role, &nm);
        q[3] = KEEPS(a, as[k]->country, &nm);
        q[4] = KEEPS(a, as[k]->org, &nm);
        q[5] = KEEPS(a, as[k]->code, &nm);
        q[6] = KEEPS(a, as[k]->sector, &nm);
    }
    o[BS_PLACE] = KEEPS(a, v->place.name, &nm);
    o[BS_PLACE_COUNTRY] = KEEPS(a, v->place.country, &nm);
    r->n_evidence = e->evidence.n;
    o[BS_EVIDENCE] = keep(a, e->evidence.p, e->evidence.n, &nm);
    /* merged evidence: the sentences, then the spans */
    o[BS_EXTRA] = a->n + 1;
    nm |= parley_buf_add(a, e->extra_sentences, v->nextra * sizeof(size_t)) != 0;
    nm |= parley_buf_add(a, e->extra_spans, 2 * v->nextra * sizeof(size_t)) != 0;
    for (size_t t = 0; t < PARLEY_MAX_TOPICS; t++)
        o[BS_TOPIC + t] = t < v->ntopics ? KEEPS(a, v->topics[t], &nm) : 0;
    return nm ? PARLEY_ENOMEM : 0;
}

static const char *bat(const char *m, size_t off)
{
    return off ? m + off - 1 : NULL;
}

/* The event r kept, with its strings in m, back into e. */
static void b_event(const struct brec *r, const char *m, struct sevent *e)
{
    pl_sevent_init(e);
    e->rid = r->rid;
    e->dkey = r->dkey;
    e->docnum = r->docnum;
    e->seq = r->seq;
    e->ev = r->ev;
    parley_event *v = &e->ev;
    const size_t *o = r->o;
    e->doc_id = bat(m, o[BS_DOC_ID]);
    e->doc_date = bat(m, o[BS_DOC_DATE]);
    e->doc_title = bat(m, o[BS_DOC_TITLE]);
    e->doc_url = bat(m, o[BS_DOC_URL]);
    e->doc_source = bat(m, o[BS_DOC_SOURCE]);
    v->type = bat(m, o[BS_TYPE]);
    v->mode = bat(m, o[BS_MODE]);
    v->cameo = bat(m, o[BS_CAMEO]);
    v->date = bat(m, o[BS_DATE]);
    v->date_precision = bat(m, o[BS_PREC]);
    v->coder = bat(m, o[BS_CODER]);
    parley_actor *as[2] = {&v->source, &v->target};
    for (int k = 0; k < 2; k++) {
        const size_t *q = o + BS_SIDE + 7 * k;
        as[k]->text = (parley_str){bat(m, q[0]), r->n_text[k]};
        as[k]->name = bat(m, q[1]);
        as[k]->role = bat(m, q[2]);
        as[k]->country = bat(m, q[3]);
        as[k]->org = bat(m, q[4]);
        as[k]->code = bat(m, q[5]);
        as[k]->sector = bat(m, q[6]);
    }
    v->place.name = bat(m, o[BS_PLACE]);
    v->place.country = bat(m, o[BS_PLACE_COUNTRY]);
    e->evidence = (parley_str){bat(m, o[BS_EVIDENCE]), r->n_evidence};
    const char *x = bat(m, o[BS_EXTRA]);
    memcpy(e->extra_sentences, x, v->nextra * sizeof(size_t));
    memcpy(e->extra_spans, x + v->nextra * sizeof(size_t),
           2 * v->nextra * sizeof(size_t));
    v->extra_sentences = e->extra_sentences;
    v->extra_spans = e->extra_spans;
    for (size_t t = 0; t < PARLEY_MAX_TOPICS; t++)
        v->topics[t] = t < v->ntopics ? bat(m, o[BS_TOPIC + t]) : NULL;
}

static int by_rid(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Output order: date, then document id (bytes, as SQLite's BINARY
 * collation compares them), then position; the row id last. */
static int by_output(const void *a, const void *b)
{
    const struct bkey *x = a, *y = b;
    if (x->dkey != y->dkey)
        return x->dkey < y->dkey ? -1 : 1;
    size_t n = x->n_id < y->n_id ? x->n_id : y->n_id;
    int c = n ? memcmp(x->id, y->id, n) : 0;
    if (c)
        return c;
    if (x->n_id != y->n_id)
        return x->n_id < y->n_id ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return x->rid < y->rid ? -1 : x->rid > y->rid;
}

/* Reads the batch's events in row-id order, keeping a copy of each. */
static int b_read(struct exec *x, struct batch *b)
{
    struct lite *l = x->l;
    store_qsort(b->rid, b->n, sizeof *b->rid, by_rid);
    if (rids_json(b->rid, b->n, &b->json))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if (b->n > b->capr) {
        struct brec *r = realloc(b->r, b->n * sizeof *r);
        if (!r)
            return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        b->r = r;
        b->capr = b->n;
    }
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_DAY_ROWS, &s), rc = SQLITE_DONE;
    if (err)
        return err;
    sqlite3_bind_text(s, 1, b->json.p, -1, SQLITE_STATIC);
    parley_buf_reset(&b->arena);
    b->nr = 0;
    while (!err && b->nr < b->n && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct sevent e;
        if (!(err = day_row(l, s, &e)) && b_keep(&b->arena, &e, &b->r[b->nr]))
            err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        b->nr += !err;
    }
    if (!err && rc != SQLITE_ROW && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "reading events");
    sqlite3_reset(s);
    return err;
}

/* Reads the batch, then hands its events out in output order. */
static int b_flush(struct exec *x, struct batch *b, const struct sscan *sc)
{
    if (!b->n)
        return 0;
    int err = b_read(x, b);
    b->n = 0;
    if (err)
        return err;
    struct bkey *k = malloc((b->nr ? b->nr : 1) * sizeof *k);
    if (!k)
        return pl_store_fail(&x->l->base, PARLEY_ENOMEM, "out of memory");
    const char *m = b->arena.p;
    for (size_t i = 0; i < b->nr; i++) {
        const struct brec *r = &b->r[i];
        k[i] = (struct bkey){r->dkey, r->rid, bat(m, r->o[BS_DOC_ID]), r->n_id,
                             r->seq, r};
    }
    store_qsort(k, b->nr, sizeof *k, by_output);
    for (size_t i = 0; i < b->nr && !err; i++) {
        struct sevent e;
        b_event(k[i].r, m, &e);
        err = sc->cb(sc->ud, &e);
    }
    free(k);
    b->nr = 0;
    return err;
}

/* A date's events (g) are all known: into the batch, which is read once
 * it is large enough; a date too large for one is streamed on its own. */
static int b_date(struct exec *x, struct batch *b, struct day *g,
                  const struct sscan *sc)
{
    int err = 0;
    if (g->n > x->l->batch_date_max) {
        if (!(err = b_flush(x, b, sc)))
            err = flush_day(x, g, sc);
        g->n = 0;
        return err;
    }
    if (b->n + g->n > b->cap) {
        size_t c = b->cap ? 2 * b->cap : 1024;
        while (c < b->n + g->n)
            c *= 2;
        int64_t *v = realloc(b->rid, c * sizeof *v);
        if (!v)
            return pl_store_fail(&x->l->base, PARLEY_ENOMEM, "out of memory");
        b->rid = v;
        b->cap = c;
    }
    memcpy(b->rid + b->n, g->v, g->n * sizeof *g->v);
    b->n += g->n;
    g->n = 0;
    return b->n >= x->l->batch_events ? b_flush(x, b, sc) : 0;
}

static void b_free(struct batch *b)
{
    free(b->rid);
    free(b->r);
    parley_buf_release(&b->arena);
    parley_buf_release(&b->json);
}

static int run(struct exec *x, const struct sscan *sc, struct pos from,
               long *left)
{
    struct day g = {0};
    struct batch b = {0};
    /* without a limit, dates are read in batches (see b_date) */
    int batched = sc->bulk && sc->order == ORDER_CONTENT;
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
            if ((err = batched ? b_date(x, &b, &g, sc) : flush_day(x, &g, sc)))
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
        err = batched ? b_date(x, &b, &g, sc) : flush_day(x, &g, sc);
    if (!err)
        err = b_flush(x, &b, sc);
    b_free(&b);
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
    /* Pages past the mapped 2 GB are read into SQLite's page cache: a
     * small one reuses its buffers, where a large one takes fresh heap
     * pages for each page read, each a page fault (type + month at 5.4M
     * events: 28,500 page faults with 32 MB, 20,500 with 2 MB, 8 % less
     * CPU; 15,600 reads of a page instead of 13,800). */
    if (mapped)
        sqlite3_exec(l->db, "PRAGMA cache_size = " PL_LITE_MAPPED_CACHE, NULL,
                     NULL, NULL);
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
        sqlite3_exec(l->db, "PRAGMA mmap_size = 0; PRAGMA cache_size = "
                     PL_LITE_READ_CACHE, NULL, NULL, NULL);
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
