/* ingest_pool.c — `parley ingest -j N`: N threads code documents while the
 * reading thread stores the ones already coded, in input order, so that
 * coding and storing (or waiting for the database) overlap. A document is
 * copied into its job, as its views into the reader's buffers last only
 * until the next read; the coder's messages are kept with the job and
 * shown when it is stored, in input order, the same for every N. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct ijob {
    parley_buf mem;       /* the document's fields, NUL-separated */
    parley_doc doc;       /* views into mem */
    char *origin;
    parley_result *res;
    int err;              /* parley_code's error */
    int done;
    parley_buf log;       /* severity digit + message + NUL, ... */
    int log_lost;
};

struct ipool {
    const parley_lexicon *lx;
    parley_code_opts co;
    struct ijob *jobs;
    size_t njobs;
    size_t head, next, tail; /* head: oldest not handed out; next: first
                                not taken by a worker; tail: first free */
    pthread_t *threads;
    int nthreads;
    pthread_mutex_t mu;
    pthread_cond_t work, finished;
    int stop;
};

static void job_log(void *ud, int severity, const char *msg)
{
    struct ijob *j = ud;
    size_t n0 = j->log.n;
    if (parley_buf_addc(&j->log, (char)('0' + severity)) ||
        parley_buf_adds(&j->log, msg) || parley_buf_addc(&j->log, '\0')) {
        j->log.n = n0;
        j->log_lost = 1;
    }
}

static void *worker(void *ud)
{
    struct ipool *p = ud;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next == p->tail)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->stop)
            break;
        struct ijob *j = &p->jobs[p->next++ % p->njobs];
        pthread_mutex_unlock(&p->mu);
        parley_code_opts o = p->co;
        o.log = job_log;
        o.log_ud = j;
        j->err = parley_code(p->lx, &j->doc, &o, &j->res);
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        pthread_cond_broadcast(&p->finished);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

struct ipool *ipool_new(const parley_lexicon *lx, const parley_code_opts *co,
                        int nthreads)
{
    struct ipool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->lx = lx;
    p->co = *co;
    p->njobs = 4 * (size_t)nthreads + 4;
    p->jobs = calloc(p->njobs, sizeof *p->jobs);
    p->threads = calloc((size_t)nthreads, sizeof *p->threads);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->finished, NULL);
    if (!p->jobs || !p->threads) {
        ipool_free(p);
        return NULL;
    }
    for (int i = 0; i < nthreads; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p))
            break;
        p->nthreads++;
    }
    if (!p->nthreads) {
        ipool_free(p);
        return NULL;
    }
    return p;
}

static void job_clear(struct ijob *j)
{
    parley_result_free(j->res);
    j->res = NULL;
    parley_buf_reset(&j->mem);
    parley_buf_reset(&j->log);
    j->log_lost = 0;
    j->done = 0;
    j->err = 0;
}

void ipool_free(struct ipool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    for (size_t i = 0; p->jobs && i < p->njobs; i++) {
        job_clear(&p->jobs[i]);
        parley_buf_release(&p->jobs[i].mem);
        parley_buf_release(&p->jobs[i].log);
        free(p->jobs[i].origin);
    }
    free(p->jobs);
    free(p->threads);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->finished);
    free(p);
}

/* Hands the oldest job to done once coded, then frees its place. */
static int hand_out(struct ipool *p, ipool_done_fn done, void *ud)
{
    struct ijob *j = &p->jobs[p->head % p->njobs];
    pthread_mutex_lock(&p->mu);
    while (!j->done)
        pthread_cond_wait(&p->finished, &p->mu);
    pthread_mutex_unlock(&p->mu);
    int rc = done(ud, &j->doc, j->res, j->err, &j->log, j->log_lost);
    job_clear(j);
    p->head++;
    return rc;
}

/* A string field copied into mem: its offset + 1, 0 for none. */
static size_t put(parley_buf *mem, parley_str s, int *err)
{
    size_t at = mem->n + 1;
    *err |= parley_buf_add(mem, s.p, s.n) | parley_buf_addc(mem, '\0');
    return s.p ? at : 0;
}

static parley_str view(const parley_buf *mem, size_t at, size_t n)
{
    return at ? (parley_str){mem->p + at - 1, n} : (parley_str){NULL, 0};
}

int ipool_submit(struct ipool *p, const parley_doc *doc, ipool_done_fn done,
                 void *ud)
{
    if (p->tail - p->head == p->njobs) {
        int rc = hand_out(p, done, ud);
        if (rc)
            return rc;
    }
    struct ijob *j = &p->jobs[p->tail % p->njobs];
    int err = 0;
    const parley_str f[6] = {doc->id, doc->date, doc->title, doc->text,
                             doc->url, doc->source};
    size_t at[6];
    parley_buf_reset(&j->mem);
    for (int i = 0; i < 6; i++)
        at[i] = put(&j->mem, f[i], &err);
    free(j->origin);
    j->origin = doc->origin ? strdup(doc->origin) : NULL;
    if (err || (doc->origin && !j->origin))
        return PARLEY_ENOMEM;
    parley_str *d[6] = {&j->doc.id, &j->doc.date, &j->doc.title, &j->doc.text,
                        &j->doc.url, &j->doc.source};
    for (int i = 0; i < 6; i++)
        *d[i] = view(&j->mem, at[i], f[i].n);
    j->doc.origin = j->origin;
    j->doc.line = doc->line;
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

int ipool_drain(struct ipool *p, ipool_done_fn done, void *ud)
{
    int rc = 0;
    while (!rc && p->head != p->tail)
        rc = hand_out(p, done, ud);
    return rc;
}

void ipool_replay(parley_log_fn log, void *ud, const parley_buf *b, int lost)
{
    for (size_t i = 0; i < b->n;) {
        const char *m = b->p + i;
        size_t len = strlen(m + 1);
        log(ud, m[0] - '0', m + 1);
        i += len + 2;
    }
    if (lost)
        log(ud, PARLEY_ERROR, "out of memory: messages were lost");
}
