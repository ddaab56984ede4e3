/* pl_lite_put.c — writing to the SQLite store (stage 9): a document and its
 * events in a transaction of its own or in a batch; each event's narrow
 * row, detail, interned actors, place and keys, its actor-key rows and
 * full-text terms; a changed document's old events taken out first; and
 * at commit the summary tables and the pending full-text rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/lite.h"

/* ---- interning ---------------------------------------------------------- */

int64_t pl_lite_key(struct lite *l, char kind, parley_str value, int roles, int add)
{
    parley_buf k = PARLEY_BUF_INIT;
    if (parley_buf_addc(&k, kind) || parley_buf_add(&k, value.p, value.n)) {
        parley_buf_release(&k);
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    }
    int64_t id = 0;
    int have = 0, err = 0;
    struct icache_e *e = pl_icache_get(&l->keys, k.p, k.n);
    sqlite3_stmt *s;
    if (e) {
        id = e->id;
        have = e->roles;
        goto roles;
    }
    if ((err = pl_lite_stmt(l, LS_KEY_GET, &s)))
        goto out;
    char kk[2] = {kind, 0};
    sqlite3_bind_text(s, 1, kk, 1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, value.n ? value.p : "", (int)value.n, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(s, 0);
        have = sqlite3_column_int(s, 1);
        sqlite3_reset(s);
    } else {
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            err = pl_lite_err(l, rc, "looking up a key");
            goto out;
        }
        if (!add)
            goto out;
        /* a place is searched by its name, the part before 0x1f */
        size_t fn = value.n;
        const char *us = kind == KEY_PLACE ? memchr(value.p, 0x1f, value.n) : NULL;
        if (us)
            fn = (size_t)(us - value.p);
        size_t n = 0;
        char *folded = pl_fold_key(value.n ? value.p : "", fn, &n);
        if (!folded) {
            err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            goto out;
        }
        if ((err = pl_lite_stmt(l, LS_KEY_INS, &s))) {
            free(folded);
            goto out;
        }
        sqlite3_bind_text(s, 1, kk, 1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, value.n ? value.p : "", (int)value.n, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, folded, (int)n, free);
        sqlite3_bind_int(s, 4, roles);
        if ((err = pl_lite_run(l, s, "storing a key")))
            goto out;
        id = sqlite3_last_insert_rowid(l->db);
        have = roles;
    }
    if (pl_icache_put(&l->keys, k.p, k.n, id, have)) {
        err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
        goto out;
    }
    e = pl_icache_get(&l->keys, k.p, k.n);
roles:
    if (add && (roles & ~have)) {
        if ((err = pl_lite_stmt(l, LS_KEY_ROLES, &s)))
            goto out;
        sqlite3_bind_int(s, 1, roles);
        sqlite3_bind_int64(s, 2, id);
        if ((err = pl_lite_run(l, s, "storing a key")))
            goto out;
        if (e)
            e->roles |= roles;
    }
out:
    parley_buf_release(&k);
    return err ? err : id;
}

/* The canonical string of a list of strings: each as "<length>:" and its
 * bytes, NULL as "-". */
static int canon(parley_buf *b, const char *const *v, const size_t *n, int k)
{
    int err = 0;
    for (int i = 0; i < k; i++) {
        if (!v[i]) {
            err |= parley_buf_addc(b, '-');
            continue;
        }
        err |= parley_buf_add_uint(b, n[i]);
        err |= parley_buf_addc(b, ':');
        err |= parley_buf_add(b, v[i], n[i]);
    }
    return err;
}

static int64_t interned(struct lite *l, struct icache *c, int get, int ins,
                        const parley_buf *k, int (*bind)(sqlite3_stmt *, const void *),
                        const void *what)
{
    struct icache_e *e = pl_icache_get(c, k->p, k->n);
    if (e)
        return e->id;
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, get, &s);
    if (err)
        return err;
    sqlite3_bind_text(s, 1, k->p, (int)k->n, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return pl_lite_err(l, rc, "looking up an actor or place");
    if (!id) {
        if ((err = pl_lite_stmt(l, ins, &s)))
            return err;
        int nk = bind(s, what);
        sqlite3_bind_text(s, nk, k->p, (int)k->n, SQLITE_STATIC);
        if ((err = pl_lite_run(l, s, "storing an actor or place")))
            return err;
        id = sqlite3_last_insert_rowid(l->db);
    }
    if (pl_icache_put(c, k->p, k->n, id, 0))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    return id;
}

static int bind_actor(sqlite3_stmt *s, const void *p)
{
    const parley_actor *a = p;
    pl_lite_bind_cstr(s, 1, a->name);
    pl_lite_bind_cstr(s, 2, a->role);
    pl_lite_bind_cstr(s, 3, a->country);
    pl_lite_bind_cstr(s, 4, a->org);
    pl_lite_bind_cstr(s, 5, a->code);
    pl_lite_bind_cstr(s, 6, a->sector);
    return 7;
}

static int64_t actor_id(struct lite *l, const parley_actor *a)
{
    const char *v[6] = {a->name, a->role, a->country, a->org, a->code, a->sector};
    size_t n[6];
    for (int i = 0; i < 6; i++)
        n[i] = v[i] ? strlen(v[i]) : 0;
    parley_buf k = PARLEY_BUF_INIT;
    if (canon(&k, v, n, 6)) {
        parley_buf_release(&k);
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    }
    int64_t id = interned(l, &l->actors, LS_ACT_GET, LS_ACT_INS, &k, bind_actor, a);
    parley_buf_release(&k);
    return id;
}

static int bind_place(sqlite3_stmt *s, const void *p)
{
    const parley_place *a = p;
    pl_lite_bind_cstr(s, 1, a->name);
    pl_lite_bind_cstr(s, 2, a->country);
    if (a->has_coords) {
        sqlite3_bind_double(s, 3, a->lat);
        sqlite3_bind_double(s, 4, a->lon);
    }
    return 5;
}

int64_t pl_lite_place_id(struct lite *l, const parley_place *p)
{
    char ll[64] = "-";
    if (p->has_coords)
        snprintf(ll, sizeof ll, "%.17g,%.17g", p->lat, p->lon);
    const char *v[3] = {p->name, p->country, ll};
    size_t n[3] = {strlen(p->name), p->country ? strlen(p->country) : 0,
                   strlen(ll)};
    parley_buf k = PARLEY_BUF_INIT;
    if (canon(&k, v, n, 3)) {
        parley_buf_release(&k);
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    }
    int64_t id = interned(l, &l->places, LS_PLACE_GET, LS_PLACE_INS, &k,
                          bind_place, p);
    parley_buf_release(&k);
    return id;
}

/* ---- full-text rows ----------------------------------------------------- */

static int64_t fts_rowid(int64_t dkey, int64_t rid)
{
    return dkey << 32 | (rid & 0xffffffffLL);
}

/* Queues a row for a full-text index, to be added (op "add" for the
 * evidence, "kadd" for the actor keys) or taken out ("delete", "kdel") at
 * commit in one statement: FTS5 writes a segment at every statement that
 * changes it inside a transaction. terms is the row's text as indexed. */
static int fts_queue_terms(struct lite *l, const char *op, int64_t rowid,
                           const char *terms, size_t n)
{
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_FTS_PEND, &s);
    if (!err) {
        sqlite3_bind_text(s, 1, op, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 2, rowid);
        sqlite3_bind_text(s, 3, terms ? terms : "", (int)n, SQLITE_STATIC);
        err = pl_lite_run(l, s, "indexing events");
    }
    return err;
}

/* The evidence's terms (pl_store_fts_tokens), queued. */
static int fts_queue(struct lite *l, const char *op, int64_t rowid,
                     parley_str evidence)
{
    parley_buf t = PARLEY_BUF_INIT;
    if (evidence.p && pl_store_fts_tokens(&t, evidence.p, evidence.n)) {
        parley_buf_release(&t);
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    }
    int err = fts_queue_terms(l, op, rowid, t.p, t.n);
    parley_buf_release(&t);
    return err;
}

/* ---- one event ---------------------------------------------------------- */

static parley_str evidence_of(const parley_doc *doc, const parley_event *ev)
{
    if (doc->text.p && ev->span[0] <= ev->span[1] && ev->span[1] <= doc->text.n)
        return (parley_str){doc->text.p + ev->span[0], ev->span[1] - ev->span[0]};
    return (parley_str){NULL, 0};
}

static void bind_mention(sqlite3_stmt *s, int i, int j, parley_str text,
                         const parley_actor *a)
{
    int64_t at = pl_store_view_at(text, a->text);
    if (a->text.n && at >= 0) {
        sqlite3_bind_int64(s, i, at);
        sqlite3_bind_int64(s, i + 1, (int64_t)a->text.n);
    } else if (a->text.n) {
        pl_lite_bind_str(s, j, a->text);
    }
}

static int term(parley_buf *b, char role, int side, int64_t id)
{
    int err = b->n ? parley_buf_addc(b, ' ') : 0;
    err |= parley_buf_addc(b, role);
    err |= parley_buf_addc(b, (char)('0' + side));
    return err | parley_buf_add_int(b, id);
}

int pl_lite_event_terms(struct lite *l, const parley_event *ev, parley_buf *b,
                     int add)
{
    struct skey keys[STORE_MAX_KEYS];
    char place[256];
    size_t n = pl_store_event_keys(ev, keys, place, sizeof place);
    int err = parley_buf_addc(b, 'a');
    const char *type = ev->type ? ev->type : "";
    int64_t id = pl_lite_key(l, KEY_TYPE, (parley_str){type, strlen(type)}, 0, add);
    if (id < 0)
        return (int)id;
    if (id)
        err |= term(b, 'y', 0, id);
    if (ev->cameo) {
        id = pl_lite_key(l, KEY_CAMEO, (parley_str){ev->cameo, strlen(ev->cameo)}, 0,
                      add);
        if (id < 0)
            return (int)id;
        if (id)
            err |= term(b, 'e', 0, id);
    }
    for (size_t i = 0; i < n; i++) {
        id = pl_lite_key(l, keys[i].kind, keys[i].value, keys[i].roles, add);
        if (id < 0)
            return (int)id;
        if (!id)
            continue;
        if (keys[i].kind == KEY_CODE) {
            if (keys[i].roles & ROLE_COUNTRY)
                err |= term(b, 'c', keys[i].side, id);
            if (keys[i].roles & ROLE_ORG)
                err |= term(b, 'o', keys[i].side, id);
            if (keys[i].roles & ROLE_CODE)
                err |= term(b, 'k', keys[i].side, id);
        } else {
            err |= term(b, (char)(keys[i].kind - 'A' + 'a'), keys[i].side, id);
        }
    }
    return err ? pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory") : 0;
}

static int file_keys(struct lite *l, const parley_event *ev, int64_t rowid,
                     parley_buf *tmp)
{
    parley_buf_reset(tmp);
    int err = pl_lite_event_terms(l, ev, tmp, 1);
    return err ? err : fts_queue_terms(l, "kadd", rowid, tmp->p, tmp->n);
}

static int file_event(struct lite *l, int64_t num, const parley_doc *doc,
                      const parley_event *ev, size_t seq, parley_buf *tmp)
{
    int exact;
    int64_t dkey = pl_store_dkey(ev->date, &exact);
    int64_t src = actor_id(l, &ev->source);
    if (src < 0)
        return (int)src;
    int64_t tgt = actor_id(l, &ev->target);
    if (tgt < 0)
        return (int)tgt;
    int64_t place = ev->place.name ? pl_lite_place_id(l, &ev->place) : 0;
    if (place < 0)
        return (int)place;
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_EV_INS, &s);
    if (err)
        return err;
    sqlite3_bind_int64(s, 1, num);
    sqlite3_bind_int64(s, 2, (int64_t)seq);
    sqlite3_bind_int64(s, 3, dkey);
    sqlite3_bind_text(s, 4, ev->type ? ev->type : "", -1, SQLITE_STATIC);
    pl_lite_bind_cstr(s, 5, ev->cameo);
    sqlite3_bind_int(s, 6, ev->quad);
    sqlite3_bind_double(s, 7, ev->goldstein);
    sqlite3_bind_int(s, 8, ev->negated ? 1 : 0);
    sqlite3_bind_int64(s, 9, src);
    sqlite3_bind_int64(s, 10, tgt);
    if (place)
        sqlite3_bind_int64(s, 11, place);
    if ((err = pl_lite_run(l, s, "storing an event")))
        return err;
    int64_t rid = sqlite3_last_insert_rowid(l->db);

    if ((err = pl_lite_stmt(l, LS_DET_INS, &s)))
        return err;
    sqlite3_bind_int64(s, 1, rid);
    sqlite3_bind_int64(s, 2, (int64_t)ev->sentence);
    sqlite3_bind_int64(s, 3, (int64_t)ev->seq);
    sqlite3_bind_int64(s, 4, (int64_t)ev->span[0]);
    sqlite3_bind_int64(s, 5, (int64_t)ev->span[1]);
    bind_mention(s, 6, 10, doc->text, &ev->source);
    bind_mention(s, 8, 11, doc->text, &ev->target);
    pl_lite_bind_cstr(s, 12, ev->mode);
    pl_lite_bind_cstr(s, 13, ev->date_precision);
    pl_lite_bind_cstr(s, 14, ev->coder);
    parley_buf_reset(tmp);
    if (pl_store_topics_json(tmp, ev))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if (tmp->n)
        sqlite3_bind_text(s, 15, tmp->p, (int)tmp->n, SQLITE_TRANSIENT);
    parley_buf_reset(tmp);
    if (pl_store_extra_json(tmp, ev))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if (tmp->n)
        sqlite3_bind_text(s, 16, tmp->p, (int)tmp->n, SQLITE_TRANSIENT);
    if (!exact)
        pl_lite_bind_cstr(s, 17, ev->date);
    if ((err = pl_lite_run(l, s, "storing an event")))
        return err;
    if ((err = file_keys(l, ev, fts_rowid(dkey, rid), tmp)))
        return err;
    if ((err = fts_queue(l, "add", fts_rowid(dkey, rid), evidence_of(doc, ev))))
        return err;
    pl_sacc_event(&l->acc, ev, dkey, 1);
    return l->acc.nomem ? pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory") : 0;
}

/* Takes event rid (read back in full) out of every index and the
 * summaries, then deletes it. */
static int unfile_event(struct lite *l, int64_t rid)
{
    struct sevent e;
    pl_sevent_init(&e);
    int err = pl_lite_event(l, rid, 1, &e);
    if (err)
        return err;
    sqlite3_stmt *s;
    /* Not yet in the full-text indexes (stored in this transaction): drop
     * the queued rows instead. */
    sqlite3_stmt *q;
    int64_t rowid = fts_rowid(e.dkey, rid);
    int rc = sqlite3_prepare_v2(l->db,
                                "DELETE FROM temp.fts_pending WHERE op IN"
                                " ('add', 'kadd') AND id = ?",
                                -1, &q, NULL);
    if (rc != SQLITE_OK)
        return pl_lite_err(l, rc, "deleting an event");
    sqlite3_bind_int64(q, 1, rowid);
    rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return pl_lite_err(l, rc, "deleting an event");
    if (!sqlite3_changes(l->db)) {
        parley_buf t = PARLEY_BUF_INIT;
        err = pl_lite_event_terms(l, &e.ev, &t, 0);
        if (!err)
            err = fts_queue_terms(l, "kdel", rowid, t.p, t.n);
        parley_buf_release(&t);
        if (!err)
            err = fts_queue(l, "delete", rowid, e.evidence);
        if (err)
            return err;
    }
    pl_sacc_event(&l->acc, &e.ev, e.dkey, -1);
    if (l->acc.nomem)
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    if ((err = pl_lite_stmt(l, LS_EV_DEL, &s)))
        return err;
    sqlite3_bind_int64(s, 1, rid);
    if ((err = pl_lite_run(l, s, "deleting an event")))
        return err;
    if ((err = pl_lite_stmt(l, LS_DET_DEL, &s)))
        return err;
    sqlite3_bind_int64(s, 1, rid);
    return pl_lite_run(l, s, "deleting an event");
}

static int unfile_events(struct lite *l, int64_t num)
{
    int64_t *rids = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_EV_OF_DOC, &s), rc;
    if (err)
        return err;
    sqlite3_bind_int64(s, 1, num);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            int64_t *v = realloc(rids, cap * sizeof *v);
            if (!v) {
                sqlite3_reset(s);
                free(rids);
                return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
            }
            rids = v;
        }
        rids[n++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "reading old events");
    for (size_t i = 0; i < n && !err; i++)
        err = unfile_event(l, rids[i]);
    free(rids);
    return err;
}

/* ---- documents ---------------------------------------------------------- */

static int sentences_json(parley_buf *b, const size_t *sent, size_t n)
{
    int err = parley_buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        err |= parley_buf_adds(b, i ? ",[" : "[");
        err |= parley_buf_add_uint(b, sent[2 * i]);
        err |= parley_buf_addc(b, ',');
        err |= parley_buf_add_uint(b, sent[2 * i + 1]);
        err |= parley_buf_addc(b, ']');
    }
    return err | parley_buf_addc(b, ']');
}

int pl_lite_has(parley_store *st, parley_str id, uint64_t hash)
{
    struct lite *l = LITE(st);
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_DOC_GET, &s);
    if (err)
        return err;
    sqlite3_bind_text(s, 1, id.n ? id.p : "", (int)id.n, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int have = rc == SQLITE_ROW && sqlite3_column_int64(s, 1) == (int64_t)hash;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return pl_lite_err(l, rc, "looking up a document");
    return have;
}

static int bind_doc(struct lite *l, sqlite3_stmt *s, const struct sdoc *d,
                    const char *ingested_at, parley_buf *tmp)
{
    const parley_doc *doc = d->doc;
    sqlite3_bind_text(s, 1, d->id.n ? d->id.p : "", (int)d->id.n, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (int64_t)d->hash);
    parley_str f[4] = {doc->date, doc->title, doc->url, doc->source};
    for (int i = 0; i < 4; i++)
        if (f[i].n)
            sqlite3_bind_text(s, 3 + i, f[i].p, (int)f[i].n, SQLITE_STATIC);
    pl_lite_bind_cstr(s, 7, doc->origin);
    if (doc->line)
        sqlite3_bind_int64(s, 8, (int64_t)doc->line);
    pl_lite_bind_cstr(s, 9, ingested_at);
    sqlite3_bind_int64(s, 10, (int64_t)d->nev);
    parley_buf_reset(tmp);
    if (sentences_json(tmp, d->sent, d->nsent))
        return pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
    sqlite3_bind_text(s, 11, tmp->p, (int)tmp->n, SQLITE_STATIC);
    sqlite3_bind_text(s, 12, doc->text.n ? doc->text.p : "", (int)doc->text.n,
                      SQLITE_STATIC);
    return 0;
}

int pl_lite_put_tx(struct lite *l, const struct sdoc *d, const char *ingested_at)
{
    sqlite3_stmt *s;
    int err = pl_lite_stmt(l, LS_DOC_GET, &s);
    if (err)
        return err;
    sqlite3_bind_text(s, 1, d->id.n ? d->id.p : "", (int)d->id.n, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int64_t num = 0, old_nev = 0;
    int stored = rc == SQLITE_ROW, status = PARLEY_STORE_ADDED;
    if (stored) {
        num = sqlite3_column_int64(s, 0);
        int same = sqlite3_column_int64(s, 1) == (int64_t)d->hash;
        old_nev = sqlite3_column_int64(s, 2);
        status = same ? PARLEY_STORE_SKIPPED : PARLEY_STORE_REPLACED;
        if (same && d->force)
            status = PARLEY_STORE_RECODED;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return pl_lite_err(l, rc, "looking up a document");
    if (status == PARLEY_STORE_SKIPPED)
        return status;
    int64_t old_nsent = 0;
    if (stored) {
        sqlite3_stmt *q;
        rc = sqlite3_prepare_v2(l->db,
                                "SELECT json_array_length(sentences) FROM"
                                " documents WHERE num = ?",
                                -1, &q, NULL);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(q, 1, num);
            if ((rc = sqlite3_step(q)) == SQLITE_ROW)
                old_nsent = sqlite3_column_int64(q, 0), rc = SQLITE_DONE;
        }
        sqlite3_finalize(q);
        if (rc != SQLITE_DONE)
            return pl_lite_err(l, rc, "reading an old document");
        if ((err = unfile_events(l, num)))
            return err;
    }
    parley_buf tmp = PARLEY_BUF_INIT;
    if (!(err = pl_lite_stmt(l, stored ? LS_DOC_UPD : LS_DOC_INS, &s)) &&
        !(err = bind_doc(l, s, d, ingested_at, &tmp))) {
        if (stored)
            sqlite3_bind_int64(s, 1, num);
        err = pl_lite_run(l, s, "storing a document");
    }
    if (!err && !stored)
        num = sqlite3_last_insert_rowid(l->db);
    l->doc_num = 0; /* the cached document is no longer what is stored */
    for (size_t i = 0; i < d->nev && !err; i++)
        err = file_event(l, num, d->doc, d->evs[i], i, &tmp);
    parley_buf_release(&tmp);
    if (err)
        return err;
    int64_t *t = l->acc.total;
    t[STOT_DOCS] += !stored;
    t[STOT_SENTENCES] += (int64_t)d->nsent - old_nsent;
    t[STOT_DOCS_WITH_EVENTS] += (d->nev > 0) - (old_nev > 0);
    return status;
}

/* ---- transactions ------------------------------------------------------- */

static int tx_begin(struct lite *l)
{
    sqlite3_stmt *s;
    int err = pl_lite_ready_to_write(l);
    if (!err)
        err = pl_lite_stmt(l, LS_BEGIN, &s);
    if (!err)
        err = pl_lite_run(l, s, "starting a transaction");
    if (err)
        return err;
    l->tx = 1;
    /* the largest key id now: newer keys go to keys_tri at commit */
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(l->db, "SELECT coalesce(max(id), 0) FROM keys",
                                -1, &q, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        l->key_mark = sqlite3_column_int64(q, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(q);
    if (rc == SQLITE_OK)
        return 0;
    err = pl_lite_err(l, rc, "starting a transaction");
    sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    l->tx = 0;
    if (err == PARLEY_ENOMEM)
        l->reconnect = 1;
    return err;
}

static int tx_commit(struct lite *l)
{
    int err = pl_lite_flush(l);
    sqlite3_stmt *s;
    if (!err)
        err = pl_lite_stmt(l, LS_COMMIT, &s);
    if (!err)
        err = pl_lite_run(l, s, "committing");
    if (!err)
        l->tx = 0;
    return err;
}

void pl_lite_rollback(parley_store *st)
{
    struct lite *l = LITE(st);
    sqlite3_stmt *s;
    if (sqlite3_get_autocommit(l->db) == 0 && !pl_lite_stmt(l, LS_ROLLBACK, &s))
        sqlite3_step(s), sqlite3_reset(s);
    /* ids interned in the transaction are gone with it */
    pl_lite_caches_clear(l);
    pl_sacc_clear(&l->acc);
    l->tx = 0;
    st->batch = 0;
}

int pl_lite_begin(parley_store *st)
{
    return tx_begin(LITE(st));
}

int pl_lite_commit(parley_store *st)
{
    int err = tx_commit(LITE(st));
    if (err == PARLEY_ENOMEM)
        LITE(st)->reconnect = 1;
    return err;
}

int pl_lite_put(parley_store *st, const struct sdoc *d)
{
    struct lite *l = LITE(st);
    int in_batch = st->batch, err = 0;
    if (!in_batch && (err = tx_begin(l)))
        return err;
    int status = pl_lite_put_tx(l, d, NULL);
    if (status >= 0 && !in_batch)
        err = tx_commit(l);
    if (status < 0 || err) {
        /* A document half stored cannot stay: the whole transaction goes,
         * in a batch with the batch's earlier documents. Keep the first
         * error's message. */
        pl_lite_rollback(st);
        if ((status < 0 ? status : err) == PARLEY_ENOMEM)
            l->reconnect = 1;
        if (in_batch)
            parley_buf_adds(&st->err, "; the documents stored since the "
                                      "batch began were rolled back too");
        return status < 0 ? status : err;
    }
    return status;
}
