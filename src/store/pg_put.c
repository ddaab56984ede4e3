/* pl_pg_put.c — writing to the PostgreSQL store (stage 9). A put only adds
 * the document and its events to the batch, as COPY text, with what
 * parley computes for them (keys, full-text terms, display keys); the
 * commit sends the batch and merges it in one transaction: documents are
 * locked in id order and each is added, skipped (same content) or
 * replaced, events go in and out, and the summary tables follow from the
 * events that went in and out. Writers that meet on a document wait for
 * each other; a deadlock or a lock timeout is retried. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/pg.h"
#include "store/sum.h"

/* ---- COPY text -------------------------------------------------------- */

/* One field of a COPY text line: \N for NULL, else escaped; then a tab,
 * or a newline after the last field. */
static int f_str(parley_buf *b, const char *s, size_t n, int last)
{
    int err = 0;
    if (!s) {
        err |= parley_buf_adds(b, "\\N");
    } else {
        err |= parley_buf_grow(b, n + 8);
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            /* \001 (octal): a raw 0x01 marks a key id to fill in (see
             * key_elem), so the data never holds one */
            const char *e = c == '\\' ? "\\\\" : c == '\n' ? "\\n"
                            : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                            : c == PG_KEY_MARK ? "\\001" : NULL;
            err |= e ? parley_buf_adds(b, e) : parley_buf_addc(b, c);
        }
    }
    return err | parley_buf_addc(b, last ? '\n' : '\t');
}

static int f_c(parley_buf *b, const char *s)
{
    return f_str(b, s, s ? strlen(s) : 0, 0);
}

static int f_int(parley_buf *b, int64_t v)
{
    return parley_buf_add_int(b, v) | parley_buf_addc(b, '\t');
}

static int f_dbl(parley_buf *b, double v)
{
    char t[40];
    snprintf(t, sizeof t, "%.17g", v);
    return f_c(b, t);
}

/* ---- what a put stages ------------------------------------------------ */

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h;
}

static size_t h_id(const char *s, size_t n)
{
    return (size_t)fnv(s, n);
}

/* ---- sets of hashes (struct pgset) ------------------------------------ */

static int set_has(const struct pgset *s, uint64_t v)
{
    if (!s->cap)
        return 0;
    v = v ? v : 1;
    size_t h = (size_t)(v * 0x9e3779b97f4a7c15ULL) & (s->cap - 1);
    while (s->v[h]) {
        if (s->v[h] == v)
            return 1;
        h = (h + 1) & (s->cap - 1);
    }
    return 0;
}

static int set_add(struct pgset *s, uint64_t v)
{
    v = v ? v : 1;
    if ((s->n + 1) * 2 > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 4096;
        uint64_t *nv = calloc(cap, sizeof *nv);
        if (!nv)
            return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->v[i])
                continue;
            size_t h = (size_t)(s->v[i] * 0x9e3779b97f4a7c15ULL) & (cap - 1);
            while (nv[h])
                h = (h + 1) & (cap - 1);
            nv[h] = s->v[i];
        }
        free(s->v);
        s->v = nv;
        s->cap = cap;
    }
    size_t h = (size_t)(v * 0x9e3779b97f4a7c15ULL) & (s->cap - 1);
    while (s->v[h]) {
        if (s->v[h] == v)
            return 0;
        h = (h + 1) & (s->cap - 1);
    }
    s->v[h] = v;
    s->n++;
    return 0;
}

void pl_pgset_clear(struct pgset *s)
{
    free(s->v);
    *s = (struct pgset){0};
}

static struct pgstaged *staged(struct pgs *p, parley_str id)
{
    if (!p->nslot)
        return NULL;
    size_t h = h_id(id.p, id.n) & (p->nslot - 1);
    while (p->slot[h]) {
        struct pgstaged *s = &p->st[p->slot[h] - 1];
        if (!s->dead && strlen(s->id) == id.n && !memcmp(s->id, id.p, id.n))
            return s;
        h = (h + 1) & (p->nslot - 1);
    }
    return NULL;
}

static int stage_index(struct pgs *p)
{
    size_t n = p->nslot ? p->nslot : 1024;
    while (n < 2 * (p->nst + 1))
        n *= 2;
    if (n == p->nslot)
        return 0;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < p->nst; i++) {
        if (p->st[i].dead)
            continue;
        size_t h = h_id(p->st[i].id, strlen(p->st[i].id)) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(p->slot);
    p->slot = sl;
    p->nslot = n;
    return 0;
}

/* ---- string maps ------------------------------------------------------ */

struct pgme *pl_pgmap_get(const struct pgmap *m, const char *k, size_t kn)
{
    if (!m->nslot)
        return NULL;
    size_t h = h_id(k, kn) & (m->nslot - 1);
    while (m->slot[h]) {
        struct pgme *e = &m->e[m->slot[h] - 1];
        if (e->kn == kn && !memcmp(e->k, k, kn))
            return e;
        h = (h + 1) & (m->nslot - 1);
    }
    return NULL;
}

static int pgmap_grow(struct pgmap *m)
{
    size_t n = m->nslot ? 2 * m->nslot : 256;
    size_t *sl = calloc(n, sizeof *sl);
    if (!sl)
        return -1;
    for (size_t i = 0; i < m->n; i++) {
        size_t h = h_id(m->e[i].k, m->e[i].kn) & (n - 1);
        while (sl[h])
            h = (h + 1) & (n - 1);
        sl[h] = i + 1;
    }
    free(m->slot);
    m->slot = sl;
    m->nslot = n;
    return 0;
}

struct pgme *pl_pgmap_add(struct pgmap *m, const char *k, size_t kn, int *added)
{
    struct pgme *e = pl_pgmap_get(m, k, kn);
    *added = 0;
    if (e)
        return e;
    if ((m->n + 1) * 2 > m->nslot && pgmap_grow(m))
        return NULL;
    if (m->n == m->cap) {
        size_t c = m->cap ? 2 * m->cap : 64;
        struct pgme *v = realloc(m->e, c * sizeof *v);
        if (!v)
            return NULL;
        m->e = v;
        m->cap = c;
    }
    char *copy = malloc(kn + 1);
    if (!copy)
        return NULL;
    memcpy(copy, k, kn);
    copy[kn] = '\0';
    e = &m->e[m->n++];
    *e = (struct pgme){copy, kn, 0, 0};
    size_t h = h_id(k, kn) & (m->nslot - 1);
    while (m->slot[h])
        h = (h + 1) & (m->nslot - 1);
    m->slot[h] = m->n;
    *added = 1;
    return e;
}

void pl_pgmap_clear(struct pgmap *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->e[i].k);
    free(m->e);
    free(m->slot);
    *m = (struct pgmap){0};
}

/* The batch's dict rows have their ids (resolve_keys) and are stored:
 * later batches write those ids at once. */
static int dict_stored(struct pgs *p)
{
    for (size_t i = 0; i < p->dict_batch.n; i++) {
        int added;
        struct pgme *e = pl_pgmap_add(&p->dict_sent, p->dict_batch.e[i].k,
                                      p->dict_batch.e[i].kn, &added);
        if (!e)
            return PARLEY_ENOMEM;
        e->v = p->dict_batch.e[i].v;
        e->found = 1;
    }
    pl_pgmap_clear(&p->dict_batch);
    return 0;
}

/* A dictionary row (kind, value, folded) and its id: *id when this
 * process knows it (a committed batch sent it), else *loc, its number in
 * the batch's new rows, whose ids the commit asks for (resolve_keys). Each
 * key is sent once per process (most events repeat keys). */
static int key_ref(struct pgs *p, char kind, parley_str v, size_t fold_n,
                   int64_t *id, size_t *loc)
{
    parley_buf key = PARLEY_BUF_INIT;
    int added = 0;
    *id = 0;
    if (parley_buf_addc(&key, kind) || parley_buf_add(&key, v.p ? v.p : "", v.n)) {
        parley_buf_release(&key);
        return PARLEY_ENOMEM;
    }
    const struct pgme *known = pl_pgmap_get(&p->dict_sent, key.p, key.n);
    struct pgme *e = known ? NULL : pl_pgmap_add(&p->dict_batch, key.p, key.n, &added);
    parley_buf_release(&key);
    if (known) {
        *id = (int64_t)known->v;
        return 0;
    }
    if (!e)
        return PARLEY_ENOMEM;
    *loc = (size_t)(e - p->dict_batch.e);
    if (!added)
        return 0;
    size_t n = 0;
    char *f = pl_fold_key(v.p ? v.p : "", fold_n, &n);
    if (!f)
        return PARLEY_ENOMEM;
    char k[2] = {kind, 0};
    int err = f_int(&p->dict, (int64_t)*loc) | f_c(&p->dict, k) |
              f_str(&p->dict, v.p ? v.p : "", v.n, 0) | f_str(&p->dict, f, n, 1);
    free(f);
    return err ? PARLEY_ENOMEM : 0;
}

/* An element of an event's keys array: id * 2 + side, or, for a key whose
 * id the commit has yet to learn, PG_KEY_MARK, its number in the batch (8
 * hex digits) and the side, which fill_keys turns into the number. */
static int key_elem(parley_buf *a, int64_t id, size_t loc, int side)
{
    if (id)
        return parley_buf_add_int(a, id * 2 + side);
    char t[12];
    snprintf(t, sizeof t, "%c%08zx%c", PG_KEY_MARK, loc, (char)('0' + side));
    return parley_buf_add(a, t, 10);
}

/* The keys array of an event ({12,35,...}; see key_elem) and its
 * dictionary rows. */
static int keys(struct pgs *p, const parley_event *ev, parley_buf *a)
{
    struct skey k[STORE_MAX_KEYS];
    char place[256];
    size_t n = pl_store_event_keys(ev, k, place, sizeof place);
    int err = parley_buf_addc(a, '{'), first = 1;
    for (size_t i = 0; i < n && !err; i++) {
        static const struct {
            int role;
            char c;
        } roles[3] = {{ROLE_COUNTRY, 'c'}, {ROLE_ORG, 'o'}, {ROLE_CODE, 'k'}};
        char kinds[4];
        int nk = 0;
        if (k[i].kind == KEY_CODE) {
            for (int r = 0; r < 3; r++)
                if (k[i].roles & roles[r].role)
                    kinds[nk++] = roles[r].c;
        } else {
            kinds[nk++] = (char)(k[i].kind - 'A' + 'a');
        }
        for (int j = 0; j < nk && !err; j++) {
            size_t fn = k[i].value.n, loc = 0;
            if (k[i].kind == KEY_PLACE) {
                const char *us = memchr(k[i].value.p, 0x1f, k[i].value.n);
                fn = us ? (size_t)(us - k[i].value.p) : fn;
            }
            int64_t id;
            err |= key_ref(p, kinds[j], k[i].value, fn, &id, &loc);
            if (!first)
                err |= parley_buf_addc(a, ',');
            first = 0;
            err |= key_elem(a, id, loc, k[i].side);
        }
    }
    if (ev->cameo && !err) {
        int64_t id;
        size_t loc;
        err |= key_ref(p, 'e', (parley_str){ev->cameo, strlen(ev->cameo)},
                       strlen(ev->cameo), &id, &loc);
    }
    return err | parley_buf_addc(a, '}') ? PARLEY_ENOMEM : 0;
}

/* The evidence's terms (pl_store_fts_tokens), one space between them;
 * a term of 2,047 bytes or more (longer than a lexeme may be) is left
 * out, as the tsvector of schema 1 left it out. */
static int terms(parley_buf *b, parley_str text)
{
    parley_buf t = PARLEY_BUF_INIT;
    int err = text.p ? pl_store_fts_tokens(&t, text.p, text.n) : 0;
    const char *s = t.p ? t.p : "";
    size_t start = b->n;
    while (*s && !err) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n && n < 2047) {
            if (b->n > start)
                err |= parley_buf_addc(b, ' ');
            err |= parley_buf_add(b, s, n);
        }
        s = e ? e + 1 : s + n;
    }
    parley_buf_release(&t);
    return err ? PARLEY_ENOMEM : 0;
}

/* The display key with its kind letter, or NULL. */
static int akey(parley_buf *b, const parley_actor *a)
{
    char kind;
    parley_str k = pl_store_actor_key(a, &kind);
    if (!k.n)
        return 0;
    return parley_buf_addc(b, kind) | parley_buf_add(b, k.p, k.n);
}

static int codekey(parley_buf *b, const parley_actor *a)
{
    char kind = a->code || a->country || a->org ? KEY_CODE : a->name ? KEY_NAME : '?';
    return parley_buf_addc(b, kind) |
           (kind == '?' ? 0 : parley_buf_adds(b, pl_store_code_key(a)));
}

static int actor_fields(parley_buf *b, const parley_actor *a)
{
    int err = f_str(b, a->text.n ? a->text.p : NULL, a->text.n, 0);
    err |= f_c(b, a->name) | f_c(b, a->role) | f_c(b, a->country);
    err |= f_c(b, a->org) | f_c(b, a->code) | f_c(b, a->sector);
    return err;
}

static int stage_event(struct pgs *p, const struct sdoc *d, size_t i,
                       parley_buf *tmp, int64_t *dkey_out)
{
    const parley_event *ev = d->evs[i];
    const parley_doc *doc = d->doc;
    parley_buf *b = &p->events;
    int exact, err = 0;
    int64_t dkey = pl_store_dkey(ev->date, &exact);
    *dkey_out = dkey;
    err |= f_str(b, d->id.p, d->id.n, 0);
    err |= f_int(b, (int64_t)i);
    err |= f_int(b, dkey);
    err |= f_c(b, ev->type ? ev->type : "");
    err |= f_c(b, ev->cameo);
    err |= f_int(b, ev->quad);
    err |= f_dbl(b, ev->goldstein);
    err |= f_int(b, pl_sacc_tenths(ev->goldstein));
    err |= f_c(b, ev->mode) | f_c(b, ev->date_precision) | f_c(b, ev->coder);
    err |= f_c(b, ev->negated ? "t" : "f");
    err |= f_c(b, exact ? NULL : ev->date);
    err |= actor_fields(b, &ev->source) | actor_fields(b, &ev->target);
    err |= f_c(b, ev->place.name) | f_c(b, ev->place.name ? ev->place.country : NULL);
    if (ev->place.name && ev->place.has_coords)
        err |= f_dbl(b, ev->place.lat) | f_dbl(b, ev->place.lon);
    else
        err |= f_c(b, NULL) | f_c(b, NULL);
    parley_buf_reset(tmp);
    err |= pl_store_topics_json(tmp, ev);
    err |= f_str(b, tmp->n ? tmp->p : NULL, tmp->n, 0);
    err |= f_int(b, (int64_t)ev->sentence) | f_int(b, (int64_t)ev->seq);
    err |= f_int(b, (int64_t)ev->span[0]) | f_int(b, (int64_t)ev->span[1]);
    parley_buf_reset(tmp);
    err |= pl_store_extra_json(tmp, ev);
    err |= f_str(b, tmp->n ? tmp->p : NULL, tmp->n, 0);
    /* the evidence is not stored: it is a span of the document's text */
    parley_str evid = {NULL, 0};
    if (doc->text.p && ev->span[0] <= ev->span[1] && ev->span[1] <= doc->text.n)
        evid = (parley_str){doc->text.p + ev->span[0], ev->span[1] - ev->span[0]};
    parley_buf_reset(tmp);
    err |= terms(tmp, evid);
    err |= f_str(b, tmp->p ? tmp->p : "", tmp->n, 0);
    parley_buf_reset(tmp);
    if ((err |= keys(p, ev, tmp)))
        return PARLEY_ENOMEM;
    /* written as it is: its marks (key_elem) are filled in at commit */
    err |= parley_buf_add(b, tmp->p, tmp->n) | parley_buf_addc(b, '\t');
    const parley_actor *sides[2] = {&ev->source, &ev->target};
    for (int s = 0; s < 2; s++) {
        parley_buf_reset(tmp);
        err |= akey(tmp, sides[s]);
        err |= f_str(b, tmp->n ? tmp->p : NULL, tmp->n, 0);
    }
    for (int s = 0; s < 2; s++) {
        parley_buf_reset(tmp);
        err |= codekey(tmp, sides[s]);
        err |= f_str(b, tmp->p, tmp->n, s == 1);
    }
    return err ? PARLEY_ENOMEM : 0;
}

static int add_month(struct pgs *p, int64_t dkey, int64_t **m, size_t *n,
                     size_t *cap)
{
    int64_t month = dkey / 100;
    for (size_t i = 0; i < *n; i++)
        if ((*m)[i] == month)
            return 0;
    for (size_t i = 0; i < p->nmonths; i++)
        if (p->months[i] == month)
            return 0;
    if (*n == *cap) {
        size_t c = *cap ? 2 * *cap : 16;
        int64_t *v = realloc(*m, c * sizeof *v);
        if (!v)
            return PARLEY_ENOMEM;
        *m = v;
        *cap = c;
    }
    (*m)[(*n)++] = month;
    return 0;
}

static int stage(struct pgs *p, const struct sdoc *d)
{
    const parley_doc *doc = d->doc;
    parley_buf *b = &p->docs;
    size_t at = b->n, ev_at = p->events.n;
    int err = f_str(b, d->id.p, d->id.n, 0);
    err |= f_int(b, (int64_t)d->hash);
    parley_str f[4] = {doc->date, doc->title, doc->url, doc->source};
    for (int i = 0; i < 4; i++)
        err |= f_str(b, f[i].n ? f[i].p : NULL, f[i].n, 0);
    err |= f_c(b, doc->origin);
    if (doc->line)
        err |= f_int(b, (int64_t)doc->line);
    else
        err |= f_c(b, NULL);
    err |= f_int(b, (int64_t)d->nev) | f_int(b, (int64_t)d->nsent);
    /* the first and last day of its events */
    int64_t lo = 0, hi = 0;
    for (size_t i = 0; i < d->nev; i++) {
        int exact;
        int64_t k = pl_store_dkey(d->evs[i]->date, &exact);
        lo = !i || k < lo ? k : lo;
        hi = !i || k > hi ? k : hi;
    }
    if (d->nev)
        err |= f_int(b, lo) | f_int(b, hi);
    else
        err |= f_c(b, NULL) | f_c(b, NULL);
    parley_buf s = PARLEY_BUF_INIT;
    err |= parley_buf_addc(&s, '[');
    for (size_t i = 0; i < d->nsent; i++) {
        err |= parley_buf_adds(&s, i ? ",[" : "[");
        err |= parley_buf_add_uint(&s, d->sent[2 * i]);
        err |= parley_buf_addc(&s, ',');
        err |= parley_buf_add_uint(&s, d->sent[2 * i + 1]);
        err |= parley_buf_addc(&s, ']');
    }
    err |= parley_buf_addc(&s, ']');
    err |= f_str(b, s.p, s.n, 0);
    parley_buf_release(&s);
    err |= f_c(b, d->force ? "t" : "f");
    err |= f_str(b, doc->text.n ? doc->text.p : "", doc->text.n, 1);
    parley_buf tmp = PARLEY_BUF_INIT;
    for (size_t i = 0; i < d->nev && !err; i++) {
        int64_t dkey;
        err = stage_event(p, d, i, &tmp, &dkey);
        if (!err)
            err = add_month(p, dkey, &p->need, &p->nneed, &p->capneed);
    }
    parley_buf_release(&tmp);
    if (err)
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    if (p->nst == p->capst) {
        size_t c = p->capst ? 2 * p->capst : 256;
        struct pgstaged *v = realloc(p->st, c * sizeof *v);
        if (!v)
            return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
        p->st = v;
        p->capst = c;
    }
    char *id = malloc(d->id.n + 1);
    if (!id)
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    memcpy(id, d->id.p, d->id.n);
    id[d->id.n] = '\0';
    p->st[p->nst++] = (struct pgstaged){id, d->hash, at, b->n - at, ev_at,
                                        p->events.n - ev_at, 0};
    p->ndocs++;
    p->nevents += d->nev;
    if (stage_index(p))
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    size_t h = h_id(d->id.p, d->id.n) & (p->nslot - 1);
    while (p->slot[h])
        h = (h + 1) & (p->nslot - 1);
    p->slot[h] = p->nst;
    return 0;
}

/* ---- has and put -------------------------------------------------------- */

/* The connection for lookups: the handle's own, or, while a sent batch
 * is being merged on it, a second one (read-only, made when first
 * needed), so that the next batch's documents are looked up meanwhile. */
static int lookup_conn(struct pgs *p, PGconn **c, int **prepared)
{
    *prepared = &p->prepared_hash;
    *c = p->c;
    if (!p->sent)
        return 0;
    *prepared = &p->lc_prepared;
    *c = p->lc;
    if (p->lc && PQstatus(p->lc) == CONNECTION_OK)
        return 0;
    if (p->lc)
        PQfinish(p->lc);
    p->lc_prepared = 0;
    p->lc = PQconnectdb(p->url);
    if (p->lc && PQstatus(p->lc) == CONNECTION_OK) {
        PGresult *r = PQexec(p->lc, "SET search_path = parley, public;"
                                    " SET client_encoding = 'UTF8';"
                                    " SET application_name = 'parley'; SET jit = off;"
                                    " SET default_transaction_read_only = on");
        int ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        *c = p->lc;
        if (ok)
            return 0;
    }
    /* no second connection: wait for the merge and use the first */
    if (p->lc)
        PQfinish(p->lc);
    p->lc = NULL;
    *prepared = &p->prepared_hash;
    *c = p->c;
    return pl_pg_settle(&p->base);
}

/* The stored hash of document id: 1 and *hash, 0 when absent. */
static int stored_hash(struct pgs *p, parley_str id, uint64_t *hash)
{
    int *prepared;
    PGconn *c;
    int err = lookup_conn(p, &c, &prepared);
    if (err)
        return err;
    char *v = malloc(id.n + 1);
    if (!v)
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    memcpy(v, id.p, id.n);
    v[id.n] = '\0';
    const char *params[1] = {v};
    PGresult *r;
    /* prepared once per connection: one lookup per document, and its
     * parsing and planning were most of the server's time for it */
    if (!*prepared) {
        r = PQprepare(c, "parley_hash",
                      "SELECT content_hash FROM documents WHERE id = $1", 1, NULL);
        if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
            free(v);
            return pl_pg_err(p, r, "looking up a document");
        }
        PQclear(r);
        *prepared = 1;
    }
    r = PQexecPrepared(c, "parley_hash", 1, params, NULL, NULL, 0);
    free(v);
    if (!r || PQresultStatus(r) != PGRES_TUPLES_OK)
        return pl_pg_err(p, r, "looking up a document");
    int found = PQntuples(r) > 0;
    if (found)
        *hash = (uint64_t)strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return found;
}

/* Stores with more documents than this are asked about each document
 * (the two sets would take 32 bytes a document, or more). */
#define PG_KNOWN_MAX 4000000

/* One row of COPY text "id\thash": the id's hash (its escapes undone,
 * as COPY writes them) and the content hash. */
static int known_row(struct pgs *p, const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i = 0;
    for (; i < n && s[i] != '\t'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' && i + 1 < n) {
            static const char from[] = "bfnrtv", to[] = "\b\f\n\r\t\v";
            const char *f = strchr(from, s[++i]);
            c = f && *f ? (unsigned char)to[f - from] : (unsigned char)s[i];
        }
        h = (h ^ c) * 0x100000001b3ULL;
    }
    if (i >= n)
        return pl_store_fail(&p->base, PARLEY_EDB, "%s: reading the stored"
                             " documents: a row without a hash", p->base.path);
    uint64_t v = (uint64_t)strtoll(s + i + 1, NULL, 10);
    if (set_add(&p->known_ids, h) || set_add(&p->known_content, v))
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    return 0;
}

/* Reads the ids and content hashes of the stored documents into the
 * handle's sets, once (see struct pgs). */
static int load_known(struct pgs *p)
{
    PGresult *r;
    int err = pl_pg_exec(p, "SELECT count(*) FROM documents", 0, NULL, &r,
                         "reading the stored documents");
    if (err)
        return err;
    long long n = atoll(PQgetvalue(r, 0, 0));
    PQclear(r);
    if (n > PG_KNOWN_MAX) {
        p->known = -1;
        return 0;
    }
    r = PQexec(p->c, "COPY (SELECT id, content_hash FROM documents) TO STDOUT");
    if (!r || PQresultStatus(r) != PGRES_COPY_OUT)
        return pl_pg_err(p, r, "reading the stored documents");
    PQclear(r);
    char *row;
    int k;
    while ((k = PQgetCopyData(p->c, &row, 0)) > 0) {
        if (!err)
            err = known_row(p, row, (size_t)(k && row[k - 1] == '\n' ? k - 1 : k));
        PQfreemem(row);
    }
    r = PQgetResult(p->c);
    if (!err && (k != -1 || !r || PQresultStatus(r) != PGRES_COMMAND_OK))
        err = pl_pg_err(p, r, "reading the stored documents");
    else if (r)
        PQclear(r);
    while ((r = PQgetResult(p->c)))
        PQclear(r);
    if (err) {
        pl_pgset_clear(&p->known_ids);
        pl_pgset_clear(&p->known_content);
        return err;
    }
    p->known = 1;
    return 0;
}

int pl_pg_has(parley_store *st, parley_str id, uint64_t hash)
{
    struct pgs *p = PGS(st);
    struct pgstaged *s = staged(p, id);
    if (s)
        return s->hash == hash;
    int rc = p->known ? 0 : load_known(p);
    if (rc)
        return rc;
    /* not stored with this content: no need to ask (the put that follows
     * asks whether its id is stored, when it may be) */
    if (p->known == 1 && !set_has(&p->known_content, hash))
        return 0;
    uint64_t have = 0;
    rc = stored_hash(p, id, &have);
    if (rc < 0)
        return rc;
    /* kept for the put that follows (with -j N, after has() of the next
     * documents): until the batch ends */
    int added;
    struct pgme *e = pl_pgmap_add(&p->looked, id.p, id.n, &added);
    if (e) {
        e->found = rc;
        e->v = have;
    }
    return rc && have == hash;
}

int pl_pg_put(parley_store *st, const struct sdoc *d)
{
    struct pgs *p = PGS(st);
    int in_batch = st->batch, err;
    int status = PARLEY_STORE_ADDED;
    struct pgstaged *s = staged(p, d->id);
    if (s) {
        if (s->hash == d->hash && !d->force)
            return PARLEY_STORE_SKIPPED;
        s->dead = 1;
        status = s->hash == d->hash ? PARLEY_STORE_RECODED : PARLEY_STORE_REPLACED;
    } else {
        uint64_t have = 0;
        int found;
        const struct pgme *e = pl_pgmap_get(&p->looked, d->id.p, d->id.n);
        if (!e && !p->known && (err = load_known(p)))
            return err;
        if (e) {
            found = e->found;
            have = e->v;
        } else if (p->known == 1 && !set_has(&p->known_ids, fnv(d->id.p, d->id.n))) {
            found = 0; /* no document of this id was stored */
        } else if ((found = stored_hash(p, d->id, &have)) < 0) {
            return found;
        }
        if (found && have == d->hash && !d->force)
            return PARLEY_STORE_SKIPPED;
        if (found)
            status = have == d->hash ? PARLEY_STORE_RECODED : PARLEY_STORE_REPLACED;
    }
    if ((err = stage(p, d))) {
        pl_pg_rollback(st);
        return err;
    }
    if (!in_batch && (err = pl_pg_commit(st))) {
        pl_pg_rollback(st);
        return err;
    }
    return status;
}

int pl_pg_begin(parley_store *st)
{
    (void)st;
    return 0;
}

static void clear_batch(struct pgs *p)
{
    parley_buf_reset(&p->docs);
    parley_buf_reset(&p->events);
    parley_buf_reset(&p->dict);
    for (size_t i = 0; i < p->nst; i++)
        free(p->st[i].id);
    p->nst = 0;
    p->ndocs = p->nevents = 0;
    free(p->slot);
    p->slot = NULL;
    p->nslot = 0;
    p->nneed = 0;
    pl_pgmap_clear(&p->dict_batch);
    pl_pgmap_clear(&p->looked);
}

void pl_pg_rollback(parley_store *st)
{
    clear_batch(PGS(st));
    st->batch = 0;
}

/* ---- partitions -------------------------------------------------------- */

int pl_pg_partitions(struct pgs *p, const int64_t *months, size_t n)
{
    int err = 0;
    for (size_t i = 0; i < n && !err; i++) {
        int64_t m = months[i];
        char sql[400];
        if (m >= STORE_UNDATED / 100)
            snprintf(sql, sizeof sql,
                     "BEGIN; SET LOCAL lock_timeout = '120s';"
                     " SELECT pg_advisory_xact_lock(7092654522);"
                     " CREATE TABLE IF NOT EXISTS parley.events_undated"
                     " PARTITION OF parley.events FOR VALUES FROM (%lld) TO (%lld);"
                     " COMMIT",
                     (long long)STORE_UNDATED, (long long)STORE_UNDATED + 1);
        else
            snprintf(sql, sizeof sql,
                     "BEGIN; SET LOCAL lock_timeout = '120s';"
                     " SELECT pg_advisory_xact_lock(7092654522);"
                     " CREATE TABLE IF NOT EXISTS parley.events_%06lld"
                     " PARTITION OF parley.events FOR VALUES FROM (%lld) TO (%lld);"
                     " COMMIT",
                     (long long)m, (long long)m * 100, (long long)(m + 1) * 100);
        if ((err = pl_pg_run(p, sql, "adding a month to the events table"))) {
            PQclear(PQexec(p->c, "ROLLBACK"));
            break;
        }
        if (p->nmonths == p->capmonths) {
            size_t c = p->capmonths ? 2 * p->capmonths : 128;
            int64_t *v = realloc(p->months, c * sizeof *v);
            if (!v)
                return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
            p->months = v;
            p->capmonths = c;
        }
        p->months[p->nmonths++] = m;
    }
    return err;
}

/* ---- the merge --------------------------------------------------------- */

static const char stage_sql[] =
    "CREATE TEMP TABLE IF NOT EXISTS stage_docs(id text COLLATE \"C\","
    " content_hash bigint, date text, title text, url text, source text,"
    " origin text, line bigint, nevents int, nsent int, lo int, hi int,"
    " sentences text,"
    " force boolean, text text) ON COMMIT DELETE ROWS;"
    /* wider than events: the summaries' keys come with each event */
    "CREATE TEMP TABLE IF NOT EXISTS stage_events(doc_id text COLLATE \"C\","
    " seq int, day int, type text, cameo text, quad int,"
    " goldstein double precision, g10 bigint, mode text, prec text, coder text,"
    " negated boolean, date_raw text,"
    " src_text text, src_name text, src_role text, src_country text,"
    " src_org text, src_code text, src_sector text,"
    " tgt_text text, tgt_name text, tgt_role text, tgt_country text,"
    " tgt_org text, tgt_code text, tgt_sector text,"
    " place_name text, place_country text, place_lat double precision,"
    " place_lon double precision, topics text, sentence int, n int,"
    " span_start int, span_end int, extra text, terms text, keys int[],"
    " ak_s text, ak_t text, cp_s text, cp_t text)"
    " ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS merge_docs(num bigint, id text COLLATE \"C\","
    " status int, old_nevents int, old_nsent int) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE IF NOT EXISTS delta(w int, day int, type text COLLATE \"C\","
    " quad int, g10 bigint, negated boolean, place_name text COLLATE \"C\","
    " place_country text COLLATE \"C\", place_lat double precision,"
    " place_lon double precision, src_role text COLLATE \"C\","
    " src_country text COLLATE \"C\", src_org text COLLATE \"C\","
    " src_code text COLLATE \"C\", tgt_role text COLLATE \"C\","
    " tgt_country text COLLATE \"C\", tgt_org text COLLATE \"C\","
    " tgt_code text COLLATE \"C\", ak_s text COLLATE \"C\","
    " ak_t text COLLATE \"C\", cp_s text COLLATE \"C\", cp_t text COLLATE \"C\")"
    " ON COMMIT DELETE ROWS;";

/* The new dict rows of a batch, numbered (loc) by the process. */
static const char dict_sql[] =
    "CREATE TEMP TABLE IF NOT EXISTS stage_dict(loc int, kind text COLLATE \"C\","
    " value text COLLATE \"C\", folded text) ON COMMIT DELETE ROWS;";

#define EVENT_COLS                                                           \
    "day, doc_id, seq, type, cameo, quad, goldstein, mode, prec, coder,"       \
    " negated, date_raw, src_text, src_name, src_role, src_country, src_org,"  \
    " src_code, src_sector, tgt_text, tgt_name, tgt_role, tgt_country,"        \
    " tgt_org, tgt_code, tgt_sector, place_name, place_country, place_lat,"    \
    " place_lon, topics, sentence, n, span_start, span_end, extra, terms, keys"

#define DELTA_COLS                                                           \
    "day, type, quad, g10, negated, place_name, place_country, place_lat,"     \
    " place_lon, src_role, src_country, src_org, src_code,"                    \
    " tgt_role, tgt_country, tgt_org, tgt_code, ak_s, ak_t, cp_s, cp_t"

/* A side's display key (pl_store_actor_key, as akey writes it) and code
 * key (codekey) from its columns (x: "src" or "tgt", with a prefix). */
#define AK(x)                                                                \
    "CASE WHEN " x "_name IS NOT NULL THEN nullif('N' || " x "_name, 'N')"     \
    " WHEN " x "_org IS NOT NULL THEN nullif('C' || " x "_org, 'C')"           \
    " WHEN " x "_country IS NOT NULL THEN nullif('C' || " x "_country, 'C')"   \
    " WHEN " x "_code IS NOT NULL THEN nullif('C' || " x "_code, 'C')"         \
    " ELSE nullif('M' || coalesce(" x "_text, ''), 'M') END"
#define CP(x)                                                                \
    "CASE WHEN " x "_code IS NOT NULL OR " x "_country IS NOT NULL"            \
    " OR " x "_org IS NOT NULL THEN 'C' || coalesce(" x "_code, " x "_country," \
    " " x "_org) WHEN " x "_name IS NOT NULL THEN 'N' || " x "_name"           \
    " ELSE '?' END"

/* The summaries' columns of an event row (Goldstein in tenths, rounded as
 * pl_store_tenths rounds). */
#define ROW_DELTA_COLS                                                       \
    "day, type, quad, round((goldstein * 10)::numeric)::bigint, negated,"      \
    " place_name, place_country, place_lat, place_lon, src_role, src_country," \
    " src_org, src_code, tgt_role, tgt_country, tgt_org, tgt_code, "           \
    AK("src") ", " AK("tgt") ", " CP("src") ", " CP("tgt")

static const char merge_sql[] =
    /* documents already stored, locked in id order */
    "SELECT 1 FROM documents WHERE id IN (SELECT id FROM stage_docs)"
    " ORDER BY id FOR UPDATE;"
    "INSERT INTO merge_docs SELECT d.num, d.id,"
    " CASE WHEN d.content_hash = s.content_hash AND NOT s.force THEN 1 ELSE 2 END,"
    " d.nevents, d.nsent FROM stage_docs s JOIN documents d ON d.id = s.id;"
    /* new documents */
    "WITH ins AS (INSERT INTO documents(id, content_hash, date, title, url,"
    " source, origin, line, ingested_at, nevents, nsent, lo, hi, sentences,"
    " text) SELECT id, content_hash, date, title, url, source, origin, line,"
    " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
    " nevents, nsent, lo, hi, sentences, text FROM stage_docs s"
    " WHERE NOT EXISTS (SELECT 1 FROM merge_docs m WHERE m.id = s.id)"
    " ORDER BY id ON CONFLICT (id) DO NOTHING RETURNING num, id)"
    " INSERT INTO merge_docs SELECT num, id, 0, 0, 0 FROM ins;"
    /* ... and those another writer stored meanwhile */
    "INSERT INTO merge_docs SELECT d.num, d.id,"
    " CASE WHEN d.content_hash = s.content_hash AND NOT s.force THEN 1 ELSE 2 END,"
    " d.nevents, d.nsent FROM stage_docs s JOIN documents d ON d.id = s.id"
    " WHERE NOT EXISTS (SELECT 1 FROM merge_docs m WHERE m.id = s.id)"
    " ORDER BY d.id FOR UPDATE OF d;"
    /* changed documents: the new content, their old events out */
    "UPDATE documents d SET content_hash = s.content_hash, date = s.date,"
    " title = s.title, url = s.url, source = s.source, origin = s.origin,"
    " line = s.line, nevents = s.nevents, nsent = s.nsent, lo = s.lo, hi = s.hi,"
    " sentences = s.sentences, text = s.text,"
    " ingested_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    " FROM stage_docs s, merge_docs m WHERE m.status = 2 AND m.num = d.num"
    " AND s.id = m.id;"
    "WITH gone AS (DELETE FROM events e USING merge_docs m WHERE m.status = 2"
    " AND e.doc = m.num RETURNING " ROW_DELTA_COLS ")"
    " INSERT INTO delta SELECT -1, * FROM gone;"
    "INSERT INTO events(rid, doc, " EVENT_COLS ")"
    " SELECT nextval('event_rid'), m.num, " EVENT_COLS
    " FROM stage_events s JOIN merge_docs m ON m.id = s.doc_id AND m.status <> 1"
    " ORDER BY s.day, s.doc_id, s.seq;"
    "INSERT INTO delta SELECT 1, " DELTA_COLS
    " FROM stage_events s JOIN merge_docs m ON m.id = s.doc_id AND m.status <> 1;"
    /* summaries, each in key order */
    "INSERT INTO sum_day SELECT day, type, quad, negated::int, sum(w), sum(w * g10)"
    " FROM delta GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    " ON CONFLICT (day, type, quad, neg) DO UPDATE"
    " SET n = sum_day.n + excluded.n, g = sum_day.g + excluded.g;"
    /* countries on either side, once for an event within one country */
    "INSERT INTO sum_country SELECT c, m, type, quad, neg, sum(w), sum(w * g10)"
    " FROM (SELECT src_country AS c, day / 100 AS m, type, quad,"
    "  negated::int AS neg, w, g10 FROM delta WHERE src_country IS NOT NULL"
    "  UNION ALL SELECT tgt_country, day / 100, type, quad, negated::int, w, g10"
    "  FROM delta WHERE tgt_country IS NOT NULL"
    "  AND tgt_country IS DISTINCT FROM src_country) x"
    " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
    " ON CONFLICT (country, month, type, quad, neg) DO UPDATE"
    " SET n = sum_country.n + excluded.n, g = sum_country.g + excluded.g;"
    "INSERT INTO sum_place SELECT place_name, coalesce(place_country, ''),"
    " place_lat, place_lon, negated::int, sum(w) FROM delta"
    " WHERE place_name IS NOT NULL AND place_lat IS NOT NULL"
    " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
    " ON CONFLICT (name, country, lat, lon, neg) DO UPDATE"
    " SET n = sum_place.n + excluded.n;"

    /* the pairs' actor keys get their ids (in key order, as every
     * writer adds them), then the pairs are summed by id */
    "INSERT INTO akey(k) SELECT k FROM (SELECT ak_s FROM delta"
    " WHERE ak_s IS NOT NULL AND ak_t IS NOT NULL UNION SELECT ak_t FROM delta"
    " WHERE ak_s IS NOT NULL AND ak_t IS NOT NULL) x(k) ORDER BY k"
    " ON CONFLICT (k) DO NOTHING;"
    /* summed by key first, then the sums (fewer rows than events) get
     * their ids */
    "INSERT INTO sum_pair(src, tgt, type, n) SELECT s.id, t.id, d.type, d.n"
    " FROM (SELECT ak_s, ak_t, type, sum(w) AS n FROM delta"
    "  WHERE ak_s IS NOT NULL AND ak_t IS NOT NULL GROUP BY 1, 2, 3) d"
    " JOIN akey s ON s.k = d.ak_s JOIN akey t ON t.k = d.ak_t"
    " ORDER BY 1, 2, 3 ON CONFLICT (src, tgt, type) DO UPDATE"
    " SET n = sum_pair.n + excluded.n;"
    "INSERT INTO sum_pair_n(src, tgt, n) SELECT s.id, t.id, d.n"
    " FROM (SELECT ak_s, ak_t, sum(w) AS n FROM delta"
    "  WHERE ak_s IS NOT NULL AND ak_t IS NOT NULL GROUP BY 1, 2) d"
    " JOIN akey s ON s.k = d.ak_s JOIN akey t ON t.k = d.ak_t"
    " ORDER BY 1, 2 ON CONFLICT (src, tgt) DO UPDATE"
    " SET n = sum_pair_n.n + excluded.n;"
    "INSERT INTO sum_codepair SELECT cp_s, cp_t, sum(w) FROM delta"
    " GROUP BY 1, 2 ORDER BY 1, 2 ON CONFLICT (src, tgt) DO UPDATE"
    " SET n = sum_codepair.n + excluded.n;"
    "INSERT INTO sum_actor SELECT k, sum(w), sum(w * g),"
    " min(role) FILTER (WHERE w > 0), max(role) FILTER (WHERE w > 0),"
    " max(country) FILTER (WHERE w > 0), max(org) FILTER (WHERE w > 0),"
    " max(code) FILTER (WHERE w > 0) FROM ("
    "  SELECT ak_s AS k, w, (ak_t IS NOT NULL)::int AS g, src_role AS role,"
    "   src_country AS country, src_org AS org, src_code AS code FROM delta"
    "   WHERE ak_s IS NOT NULL"
    "  UNION ALL SELECT ak_t, w, (ak_s IS NOT NULL)::int, tgt_role, tgt_country,"
    "   tgt_org, tgt_code FROM delta WHERE ak_t IS NOT NULL) x"
    " GROUP BY k ORDER BY k ON CONFLICT (k) DO UPDATE SET"
    " n = sum_actor.n + excluded.n, ng = sum_actor.ng + excluded.ng,"
    " role_lo = least(sum_actor.role_lo, excluded.role_lo),"
    " role_hi = greatest(sum_actor.role_hi, excluded.role_hi),"
    " country = greatest(sum_actor.country, excluded.country),"
    " org = greatest(sum_actor.org, excluded.org),"
    " code = greatest(sum_actor.code, excluded.code);"
    "UPDATE counters c SET n = c.n + x.n FROM (VALUES"
    " ('documents', (SELECT count(*) FROM merge_docs WHERE status = 0)),"
    " ('sentences', (SELECT coalesce(sum(s.nsent), 0) FROM stage_docs s"
    "   JOIN merge_docs m ON m.id = s.id AND m.status <> 1)"
    "   - (SELECT coalesce(sum(old_nsent), 0) FROM merge_docs WHERE status = 2)),"
    " ('events', (SELECT coalesce(sum(w), 0) FROM delta)),"
    " ('docs_with_events', (SELECT count(*) FROM stage_docs s JOIN merge_docs m"
    "   ON m.id = s.id AND m.status <> 1 WHERE s.nevents > 0)"
    "   - (SELECT count(*) FROM merge_docs WHERE status = 2 AND old_nevents > 0)),"
    " ('generation', 1)) x(name, n) WHERE c.name = x.name;";

/* After events went out: empty summary rows go, and the attributes of the
 * actors concerned are read again from their remaining events. */
static const char cleanup_sql[] =
    "DELETE FROM sum_day s USING (SELECT DISTINCT day, type, quad, negated FROM delta"
    " WHERE w < 0) d WHERE s.day = d.day AND s.type = d.type AND s.quad = d.quad"
    " AND s.neg = d.negated::int AND s.n <= 0;"
    "DELETE FROM sum_country WHERE n <= 0 AND country IN (SELECT src_country FROM"
    " delta WHERE w < 0 UNION SELECT tgt_country FROM delta WHERE w < 0);"
    "DELETE FROM sum_place WHERE n <= 0 AND name IN (SELECT place_name FROM delta"
    " WHERE w < 0);"

    "DELETE FROM sum_pair WHERE n <= 0 AND (src, tgt) IN (SELECT s.id, t.id"
    " FROM delta d JOIN akey s ON s.k = d.ak_s JOIN akey t ON t.k = d.ak_t"
    " WHERE d.w < 0);"
    "DELETE FROM sum_pair_n WHERE n <= 0 AND (src, tgt) IN (SELECT s.id, t.id"
    " FROM delta d JOIN akey s ON s.k = d.ak_s JOIN akey t ON t.k = d.ak_t"
    " WHERE d.w < 0);"
    "DELETE FROM sum_codepair WHERE n <= 0 AND (src, tgt) IN (SELECT cp_s, cp_t"
    " FROM delta WHERE w < 0);"
    "WITH dk AS (SELECT DISTINCT k FROM (SELECT ak_s AS k FROM delta WHERE w < 0"
    "  UNION SELECT ak_t FROM delta WHERE w < 0) x WHERE k IS NOT NULL),"
    /* the keys' dict ids on either side, and the events filed under
     * them, found through the keys index */
    " el AS (SELECT array_agg(d.id * 2 + x.side) AS a FROM dk JOIN dict d"
    "  ON d.value = substr(dk.k, 2) AND d.kind = ANY (CASE substr(dk.k, 1, 1)"
    "   WHEN 'N' THEN ARRAY['n'] WHEN 'M' THEN ARRAY['m']"
    "   ELSE ARRAY['c', 'o', 'k'] END) CROSS JOIN (VALUES (0), (1)) x(side)),"
    " ev AS (SELECT " AK("e.src") " AS ak_s, " AK("e.tgt") " AS ak_t,"
    "  e.src_role, e.src_country, e.src_org,"
    "  e.src_code, e.tgt_role, e.tgt_country, e.tgt_org, e.tgt_code"
    "  FROM events e WHERE e.keys && (SELECT a FROM el)),"
    " agg AS (SELECT k, min(role) AS lo, max(role) AS hi, max(country) AS country,"
    "  max(org) AS org, max(code) AS code FROM ("
    "  SELECT ak_s AS k, src_role AS role, src_country AS country,"
    "   src_org AS org, src_code AS code FROM ev WHERE ak_s IN (SELECT k FROM dk)"
    "  UNION ALL SELECT ak_t, tgt_role, tgt_country, tgt_org, tgt_code"
    "   FROM ev WHERE ak_t IN (SELECT k FROM dk)) y GROUP BY k)"
    " UPDATE sum_actor a SET role_lo = agg.lo, role_hi = agg.hi,"
    " country = agg.country, org = agg.org, code = agg.code"
    " FROM dk LEFT JOIN agg ON agg.k = dk.k WHERE a.k = dk.k;"
    "DELETE FROM sum_actor WHERE n <= 0;";

static int copy_in(struct pgs *p, const char *table, const char *data,
                   size_t n, const char *what)
{
    char sql[96];
    snprintf(sql, sizeof sql, "COPY %s FROM STDIN", table);
    PGresult *r = PQexec(p->c, sql);
    if (!r || PQresultStatus(r) != PGRES_COPY_IN)
        return pl_pg_err(p, r, what);
    PQclear(r);
    int ok = 1;
    for (size_t at = 0; at < n && ok;) {
        size_t k = n - at < (1u << 20) ? n - at : (1u << 20);
        ok = PQputCopyData(p->c, data + at, (int)k) == 1;
        at += k;
    }
    if (PQputCopyEnd(p->c, ok ? NULL : "write failed") != 1)
        ok = 0;
    r = PQgetResult(p->c);
    int err = r && PQresultStatus(r) == PGRES_COMMAND_OK ? 0 : pl_pg_err(p, r, what);
    if (!err)
        PQclear(r);
    while ((r = PQgetResult(p->c)))
        PQclear(r);
    return err;
}

/* Copies events' COPY text s[0..n) to out with each key mark (key_elem)
 * replaced by its element, id * 2 + side, now that the ids are known. */
static int fill_keys(struct pgs *p, parley_buf *out, const char *s, size_t n)
{
    int err = 0;
    while (n && !err) {
        const char *m = memchr(s, PG_KEY_MARK, n);
        size_t k = m ? (size_t)(m - s) : n;
        err |= parley_buf_add(out, s, k);
        if (!m)
            break;
        if (n - k < 10)
            return PARLEY_EDB;
        size_t loc = 0;
        for (int i = 1; i <= 8; i++) {
            char c = m[i];
            loc = loc * 16 + (size_t)(c <= '9' ? c - '0' : c - 'a' + 10);
        }
        if (loc >= p->dict_batch.n || !p->dict_batch.e[loc].found)
            return PARLEY_EDB;
        err |= parley_buf_add_int(out, (int64_t)p->dict_batch.e[loc].v * 2 +
                                           (m[9] - '0'));
        s = m + 10;
        n -= k + 10;
    }
    return err ? PARLEY_ENOMEM : 0;
}

/* The live (not replaced) documents' lines and their events' lines, with
 * their keys' ids. */
static int live(struct pgs *p, parley_buf *docs, parley_buf *events)
{
    int err = 0;
    for (size_t i = 0; i < p->nst && !err; i++) {
        const struct pgstaged *s = &p->st[i];
        if (s->dead)
            continue;
        /* a batch without events has no events buffer */
        if (s->len)
            err |= parley_buf_add(docs, p->docs.p + s->at, s->len) ? PARLEY_ENOMEM : 0;
        if (s->ev_len && !err)
            err = fill_keys(p, events, p->events.p + s->ev_at, s->ev_len);
    }
    return err;
}

/* Sends the batch's new dict rows and learns their ids, in a transaction
 * of their own: rows another writer added first are read back. */
static int resolve_once(struct pgs *p)
{
    PGresult *r = NULL;
    for (size_t i = 0; i < p->dict_batch.n; i++)
        p->dict_batch.e[i].found = 0; /* an earlier try's ids may be void */
    int err = pl_pg_run(p, "BEGIN", "storing keys");
    if (!err)
        err = pl_pg_run(p, dict_sql, "storing keys");
    if (!err)
        err = copy_in(p, "stage_dict", p->dict.p, p->dict.n, "sending keys");
    if (!err)
        err = pl_pg_run(p, "INSERT INTO dict(kind, value, folded)"
                           " SELECT kind, value, folded FROM stage_dict"
                           " ORDER BY kind, value ON CONFLICT DO NOTHING",
                        "storing keys");
    if (!err)
        err = pl_pg_exec(p, "SELECT s.loc, d.id FROM stage_dict s JOIN dict d"
                            " ON d.kind = s.kind AND d.value = s.value",
                         0, NULL, &r, "storing keys");
    size_t got = 0;
    for (int i = 0; !err && i < PQntuples(r); i++) {
        size_t loc = (size_t)strtoull(PQgetvalue(r, i, 0), NULL, 10);
        if (loc < p->dict_batch.n && !p->dict_batch.e[loc].found) {
            p->dict_batch.e[loc].v = (uint64_t)strtoull(PQgetvalue(r, i, 1), NULL, 10);
            p->dict_batch.e[loc].found = 1;
            got++;
        }
    }
    if (r)
        PQclear(r);
    if (!err && got != p->dict_batch.n)
        err = pl_store_fail(&p->base, PARLEY_EDB, "%s: storing keys: %zu of %zu"
                            " keys have no id", p->base.path,
                            p->dict_batch.n - got, p->dict_batch.n);
    if (!err)
        err = pl_pg_run(p, "COMMIT", "storing keys");
    if (err)
        PQclear(PQexec(p->c, "ROLLBACK"));
    return err;
}

/* Opens the batch's transaction and copies its documents and events into
 * the staging tables. */
static int stage_batch(struct pgs *p, const parley_buf *docs, const parley_buf *events)
{
    int err = pl_pg_run(p, "BEGIN", "committing");
    if (!err)
        err = pl_pg_run(p, stage_sql, "committing");
    if (!err)
        err = copy_in(p, "stage_docs", docs->p, docs->n, "sending documents");
    if (!err)
        err = copy_in(p, "stage_events", events->p, events->n, "sending events");
    return err;
}

static int merge_once(struct pgs *p, const parley_buf *docs,
                      const parley_buf *events)
{
    int err = stage_batch(p, docs, events);
    if (!err)
        err = pl_pg_run(p, merge_sql, "storing the batch");
    if (!err)
        err = pl_pg_run(p, cleanup_sql, "updating the summaries");
    if (!err)
        err = pl_pg_run(p, "COMMIT", "committing");
    if (err)
        PQclear(PQexec(p->c, "ROLLBACK"));
    return err;
}

/* Runs step until it succeeds or fails for another reason than a deadlock
 * with another writer or a lock it held too long (the batch is still
 * here, so it is tried again). */
static int retried(struct pgs *p, int (*step)(struct pgs *, const parley_buf *,
                                              const parley_buf *),
                   const parley_buf *a, const parley_buf *b)
{
    int err = 0;
    for (int attempt = 0; attempt < 6; attempt++) {
        err = step(p, a, b);
        if (!err || !p->retry)
            break;
        struct timespec ts = {0, (long)(50 + 100 * attempt) * 1000000L};
        nanosleep(&ts, NULL);
    }
    return err;
}

static int resolve_step(struct pgs *p, const parley_buf *a, const parley_buf *b)
{
    (void)a;
    (void)b;
    return resolve_once(p);
}

/* Merges the GIN indexes' pending lists (see pg_open.c) that this role
 * may merge (their owner's). The batch is committed: a failure here loses
 * nothing and is left to the next batch or to VACUUM. */
static void merge_pending(struct pgs *p)
{
    PGresult *r = PQexec(p->c,
        "SELECT count(gin_clean_pending_list(i.indexrelid)) FROM pg_index i"
        " JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_inherits h ON h.inhrelid = i.indrelid"
        " WHERE h.inhparent = 'parley.events'::regclass"
        " AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'gin')"
        " AND pg_has_role(c.relowner, 'USAGE')");
    PQclear(r);
}

/* The merge of the batch (merge_once's last statements, then the pending
 * lists' merge of merge_pending) sent without waiting for it: the batch's
 * rows are sent first (COPY), then the statements as one string, which
 * pl_pg_settle reads the results of. */
static const char send_tail_sql[] =
    "COMMIT;"
    "SELECT count(gin_clean_pending_list(i.indexrelid)) FROM pg_index i"
    " JOIN pg_class c ON c.oid = i.indexrelid"
    " JOIN pg_inherits h ON h.inhrelid = i.indrelid"
    " WHERE h.inhparent = 'parley.events'::regclass"
    " AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'gin')"
    " AND pg_has_role(c.relowner, 'USAGE')";

static int send_once(struct pgs *p, const parley_buf *docs, const parley_buf *events)
{
    int err = stage_batch(p, docs, events);
    parley_buf q = PARLEY_BUF_INIT;
    if (!err && (parley_buf_adds(&q, merge_sql) || parley_buf_adds(&q, cleanup_sql) ||
                 parley_buf_adds(&q, send_tail_sql)))
        err = pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    if (!err && !PQsendQuery(p->c, q.p))
        err = pl_pg_err(p, NULL, "storing the batch");
    parley_buf_release(&q);
    if (err)
        PQclear(PQexec(p->c, "ROLLBACK"));
    return err;
}

int pl_pg_settle(parley_store *st)
{
    struct pgs *p = PGS(st);
    if (!p->sent)
        return 0;
    p->sent = 0;
    int err = 0, committed = 0;
    PGresult *r;
    while ((r = PQgetResult(p->c))) {
        ExecStatusType s = PQresultStatus(r);
        if (committed || err) {
            PQclear(r); /* after COMMIT: the pending lists' merge */
        } else if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) {
            committed = !strcmp(PQcmdStatus(r), "COMMIT");
            PQclear(r);
        } else {
            err = pl_pg_err(p, r, "storing the batch");
        }
    }
    if (!committed && !err)
        err = pl_pg_err(p, NULL, "storing the batch");
    if (err && PQstatus(p->c) == CONNECTION_OK)
        PQclear(PQexec(p->c, "ROLLBACK"));
    /* a deadlock with another writer: the batch is here to try again */
    if (err && p->retry) {
        err = retried(p, merge_once, &p->sent_docs, &p->sent_events);
        if (!err)
            merge_pending(p);
    }
    parley_buf_reset(&p->sent_docs);
    parley_buf_reset(&p->sent_events);
    return err;
}

/* The batch's documents are stored (or sent): later lookups of them ask
 * the server (a failed sent batch makes them ask needlessly, no more). */
static void remember(struct pgs *p)
{
    if (p->known != 1)
        return;
    for (size_t i = 0; i < p->nst; i++) {
        const struct pgstaged *s = &p->st[i];
        if (s->dead)
            continue;
        if (set_add(&p->known_ids, fnv(s->id, strlen(s->id))) ||
            set_add(&p->known_content, s->hash)) {
            p->known = -1; /* out of memory: ask the server from now on */
            pl_pgset_clear(&p->known_ids);
            pl_pgset_clear(&p->known_content);
            return;
        }
    }
}

/* Stores the open batch: sent and waited for (wait), or only sent
 * (pl_pg_settle reads the outcome). A batch sent before is waited for
 * first. */
static int end_batch(parley_store *st, int wait)
{
    struct pgs *p = PGS(st);
    int err = pl_pg_settle(st);
    if (err)
        return err;
    if (!p->nst) {
        pl_pgmap_clear(&p->looked);
        return 0;
    }
    if ((err = pl_pg_partitions(p, p->need, p->nneed)))
        return err;
    p->nneed = 0;
    if (p->dict_batch.n && (err = retried(p, resolve_step, NULL, NULL)))
        return err;
    parley_buf docs = PARLEY_BUF_INIT, events = PARLEY_BUF_INIT;
    if ((err = live(p, &docs, &events))) {
        parley_buf_release(&docs);
        parley_buf_release(&events);
        if (err == PARLEY_ENOMEM)
            return pl_store_fail(st, err, "out of memory");
        return pl_store_fail(st, err, "%s: a key of the batch has no id", st->path);
    }
    /* the ids are committed: later batches use them as they are */
    if (dict_stored(p))
        err = pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    int sent = 0;
    if (!err && !wait) {
        err = send_once(p, &docs, &events);
        sent = !err;
        if (err && p->retry) /* sending met a lock: wait for it instead */
            err = 0;
    }
    if (!err && !sent)
        err = retried(p, merge_once, &docs, &events);
    if (sent) {
        parley_buf_release(&p->sent_docs);
        parley_buf_release(&p->sent_events);
        p->sent_docs = docs;
        p->sent_events = events;
        p->sent = 1;
    } else {
        parley_buf_release(&docs);
        parley_buf_release(&events);
    }
    if (!err) {
        remember(p);
        clear_batch(p);
        if (!sent)
            merge_pending(p);
    }
    return err;
}

int pl_pg_commit(parley_store *st)
{
    return end_batch(st, 1);
}

int pl_pg_send(parley_store *st)
{
    return end_batch(st, 0);
}
