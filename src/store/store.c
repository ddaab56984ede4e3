/* store.c — the store's public entry points (stage 9, the sinks that keep
 * events): parley_store_open picks a backend by the path (a
 * postgresql:// URL: pg_*.c; a file: lite_*.c), and the puts, batches,
 * messages and query time limits that are the same for both. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

int pl_store_fail(parley_store *st, int code, const char *fmt, ...)
{
    va_list ap;
    char tmp[768];
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    parley_buf_reset(&st->err);
    parley_buf_adds(&st->err, tmp);
    return code;
}

int pl_store_is_pg_url(const char *path)
{
    return path && (!strncmp(path, "postgresql://", 13) ||
                    !strncmp(path, "postgres://", 11));
}

/* The path for messages: a URL loses its password ("user:secret@" becomes
 * "user@"). */
static char *display_path(const char *path)
{
    if (!pl_store_is_pg_url(path))
        return strdup(path);
    const char *auth = strstr(path, "://") + 3;
    const char *at = strchr(auth, '@'), *slash = strchr(auth, '/');
    const char *colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
    if (!at || (slash && slash < at) || !colon)
        return strdup(path);
    size_t head = (size_t)(colon - path), tail = strlen(at);
    char *d = malloc(head + tail + 1);
    if (d) {
        memcpy(d, path, head);
        memcpy(d + head, at, tail + 1);
    }
    return d;
}

int pl_store_init(parley_store *st, const char *path,
               const parley_store_opts *opts)
{
    parley_buf_init(&st->err);
    st->readonly = opts && (opts->flags & PARLEY_STORE_READONLY);
    st->force = opts && (opts->flags & PARLEY_STORE_FORCE);
    st->busy_ms = opts && opts->busy_timeout_ms ? opts->busy_timeout_ms : 5000;
    if (!path || !*path) {
        st->path = strdup("(null)");
        return pl_store_fail(st, PARLEY_EINVAL, "no database given");
    }
    if (!(st->path = display_path(path)))
        return PARLEY_ENOMEM;
    return 0;
}

void pl_store_release(parley_store *st)
{
    free(st->path);
    parley_buf_release(&st->err);
}

int parley_store_open(parley_store **out, const char *path,
                      const parley_store_opts *opts)
{
    if (pl_store_is_pg_url(path))
        return pl_store_pg_open(out, path, opts);
    return pl_store_lite_open(out, path, opts);
}

void parley_store_close(parley_store *st)
{
    if (!st)
        return;
    if (st->ops) {
        if (st->batch)
            st->ops->rollback(st);
        st->ops->close(st);
        return;
    }
    pl_store_release(st);
    free(st);
}

const char *parley_store_errmsg(const parley_store *st)
{
    if (!st)
        return "out of memory";
    return st->err.p ? st->err.p : "";
}

const char *parley_store_backend(const parley_store *st)
{
    return st && st->ops ? st->ops->name : NULL;
}

/* ---- puts ------------------------------------------------------------- */

static int doc_id(parley_store *st, const parley_doc *doc, parley_buf *id)
{
    if (parley_doc_id(id, doc))
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    return 0;
}

int parley_store_has(parley_store *st, const parley_doc *doc)
{
    if (!st || !st->ops || !doc)
        return PARLEY_EINVAL;
    parley_buf id = PARLEY_BUF_INIT;
    int rc = doc_id(st, doc, &id);
    if (!rc) {
        parley_str ids = {id.p, id.n};
        rc = st->ops->has(st, ids, pl_store_hash(&ids, doc));
    }
    parley_buf_release(&id);
    return rc;
}

int pl_store_put_events(parley_store *st, const parley_doc *doc,
                     const parley_event *const *evs, size_t nev,
                     const size_t *sent, size_t nsent)
{
    if (!st || !st->ops || !doc)
        return st ? pl_store_fail(st, PARLEY_EINVAL, "no document") : PARLEY_EINVAL;
    if (st->readonly)
        return pl_store_fail(st, PARLEY_EREADONLY,
                          "%s: store was opened read-only", st->path);
    if (doc->text.n > INT32_MAX)
        return pl_store_fail(st, PARLEY_ETOOBIG, "%s: document too large to store",
                          st->path);
    parley_buf id = PARLEY_BUF_INIT;
    int rc = doc_id(st, doc, &id);
    if (rc)
        return rc;
    struct sdoc d = {doc, {id.p, id.n}, 0, evs, nev, sent, nsent, st->force};
    d.hash = pl_store_hash(&d.id, doc);
    rc = st->ops->put(st, &d);
    parley_buf_release(&id);
    return rc;
}

int parley_store_put(parley_store *st, const parley_doc *doc,
                     const parley_result *res)
{
    size_t nev = res ? parley_result_count(res) : 0;
    size_t nsent = res ? parley_result_sentences(res) : 0;
    const parley_event **evs = nev ? malloc(nev * sizeof *evs) : NULL;
    size_t *sent = nsent ? malloc(2 * nsent * sizeof *sent) : NULL;
    int rc;
    if ((nev && !evs) || (nsent && !sent)) {
        rc = st ? pl_store_fail(st, PARLEY_ENOMEM, "out of memory") : PARLEY_ENOMEM;
    } else {
        for (size_t i = 0; i < nev; i++)
            evs[i] = parley_result_event(res, i);
        for (size_t i = 0; i < nsent; i++)
            if (parley_result_sentence(res, i, sent + 2 * i))
                sent[2 * i] = sent[2 * i + 1] = 0;
        rc = pl_store_put_events(st, doc, evs, nev, sent, nsent);
    }
    free(evs);
    free(sent);
    /* A put that fails, even before it wrote anything, ends the batch as
     * parley.h says (issue 13, found by tests/unit/test_oom.c). */
    if (rc < 0 && st && st->ops && st->batch) {
        st->ops->rollback(st);
        st->batch = 0;
        parley_buf_adds(&st->err, "; the documents stored since the batch began were "
                                  "rolled back too");
    }
    return rc;
}

int parley_store_begin(parley_store *st)
{
    if (!st || !st->ops)
        return PARLEY_EINVAL;
    if (st->readonly)
        return pl_store_fail(st, PARLEY_EREADONLY,
                          "%s: store was opened read-only", st->path);
    if (st->batch)
        return pl_store_fail(st, PARLEY_EINVAL,
                          "%s: a batch is already open", st->path);
    int err = st->ops->begin(st);
    if (!err)
        st->batch = 1;
    return err;
}

int parley_store_commit(parley_store *st)
{
    if (!st || !st->ops)
        return PARLEY_EINVAL;
    if (!st->batch)
        return st->ops->settle ? st->ops->settle(st) : 0;
    int err = st->ops->commit(st);
    if (err)
        st->ops->rollback(st);
    st->batch = 0;
    return err;
}

int parley_store_send(parley_store *st)
{
    if (!st || !st->ops)
        return PARLEY_EINVAL;
    if (!st->batch)
        return st->ops->settle ? st->ops->settle(st) : 0;
    int err = st->ops->send ? st->ops->send(st) : st->ops->commit(st);
    if (err)
        st->ops->rollback(st);
    st->batch = 0;
    return err;
}

/* ---- time limits ------------------------------------------------------ */

/* The deadline of the calling thread's queries (0: none). A store handle
 * is used by one thread at a time, so a backend's checks can read the
 * deadline of whoever runs it. */
static _Thread_local double deadline;
static _Thread_local int expired;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int pl_store_deadline(double *left)
{
    if (deadline <= 0)
        return 0;
    *left = deadline - now_s();
    return 1;
}

int pl_store_over_time(void)
{
    if (deadline > 0 && now_s() > deadline) {
        expired = 1;
        return 1;
    }
    return 0;
}

int parley_store_time_limit(parley_store *st, long ms)
{
    if (!st || !st->ops || ms < 0)
        return PARLEY_EINVAL;
    expired = 0;
    deadline = ms > 0 ? now_s() + (double)ms / 1000.0 : 0;
    return st->ops->time_limit(st, ms);
}

int parley_store_timed_out(void)
{
    return expired;
}

/* Marks the calling thread's query as over its time (a backend saw the
 * database stop it). */
void pl_store_set_timed_out(void)
{
    expired = 1;
}
