/* worker.c — the workers of a batch (parley_batch_*): each takes the next
 * queued job, parses it when it is a JSON line, waits for its turn at
 * admit, codes and renders it; the submitting thread hands jobs out
 * (batch.c). */
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "events/events.h"

void pl_batch_keep(parley_buf *b, int *lost, int severity, const char *msg)
{
    size_t n0 = b->n;
    if (parley_buf_addc(b, (char)(severity + '0')) || parley_buf_adds(b, msg) ||
        parley_buf_addc(b, '\0')) {
        b->n = n0;
        *lost = 1;
    }
}

void pl_batch_log_err(parley_log_fn log, void *ud, const char *origin, int err)
{
    if (!log)
        return;
    parley_buf m = PARLEY_BUF_INIT;
    if (parley_buf_addf(&m, "%s: %s", origin ? origin : "-", parley_strerror(err)))
        log(ud, PARLEY_ERROR, parley_strerror(err));
    else
        log(ud, PARLEY_ERROR, m.p);
    parley_buf_release(&m);
}

void pl_batch_job_log(void *ud, int severity, const char *msg)
{
    struct pl_job *j = ud;
    pl_batch_keep(&j->log, &j->log_lost, severity, msg);
}

/* j's turn at admit, in input order; the turn passes on whether or not
   j has a document. Returns admit's value (0 without a document). */
static int take_turn(struct parley_batch *b, struct pl_job *j, int call,
                     parley_log_fn log, void *log_ud)
{
    int threaded = b->threaded, rc = 0;
    if (threaded) {
        pthread_mutex_lock(&b->turn_mu);
        while (b->turn != j->seq)
            pthread_cond_wait(&b->turn_cv, &b->turn_mu);
    }
    if (call) {
        parley_buf_reset(&j->scratch);
        rc = b->o.admit(b->o.ud, &j->doc, &j->scratch, log, log_ud);
    }
    if (threaded) {
        b->turn++;
        pthread_mutex_unlock(&b->turn_mu);
        pthread_cond_broadcast(&b->turn_cv);
    }
    return rc;
}

void pl_batch_admit(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                    void *log_ud)
{
    int ok = j->has_doc && !j->err;
    int v = ok;
    if (b->o.admit)
        v = take_turn(b, j, ok, log, log_ud);
    if (v < 0) {
        j->err = v;
        pl_batch_log_err(log, log_ud, j->doc.origin, v);
        return;
    }
    j->verdict = v;
}

void pl_batch_begin(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                    void *log_ud, struct pl_verb_memo **vm)
{
    if (!j->has_doc || j->err || !j->verdict)
        return;
    parley_code_opts o = b->o.code;
    o.log = log;
    o.log_ud = log_ud;
    if (!*vm)
        *vm = pl_verb_memo_new();
    int rc = pl_code_begin(b->lx, &j->doc, &o, *vm, &j->coding);
    if (rc) {
        j->err = rc;
        pl_batch_log_err(log, log_ud, j->doc.origin, rc);
    }
}

void pl_batch_begin_group(struct parley_batch *b, size_t seq, size_t n,
                          struct pl_verb_memo **vm)
{
    struct pl_job *js[PL_CODE_GROUP];
    const parley_doc *docs[PL_CODE_GROUP];
    parley_code_opts opts[PL_CODE_GROUP];
    struct pl_coding *out[PL_CODE_GROUP];
    int rcs[PL_CODE_GROUP];
    for (size_t s = seq; s < seq + n;) {
        size_t k = 0;
        for (; s < seq + n && k < PL_CODE_GROUP; s++) {
            struct pl_job *j = &b->jobs[s % b->njobs];
            if (!j->has_doc || j->err || !j->verdict)
                continue;
            js[k] = j;
            docs[k] = &j->doc;
            opts[k] = b->o.code;
            opts[k].log = pl_batch_job_log;
            opts[k].log_ud = j;
            k++;
        }
        if (!k)
            break;
        if (!*vm)
            *vm = pl_verb_memo_new();
        pl_code_group(b->lx, k, docs, opts, *vm, out, rcs);
        for (size_t i = 0; i < k; i++) {
            js[i]->coding = out[i];
            if (rcs[i]) {
                js[i]->err = rcs[i];
                pl_batch_log_err(pl_batch_job_log, js[i], js[i]->doc.origin, rcs[i]);
            }
        }
    }
}

void pl_batch_end(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                  void *log_ud)
{
    if (!j->coding)
        return;
    int rc = pl_code_end(j->coding, &j->res);
    j->coding = NULL;
    if (!rc && b->o.render)
        rc = b->o.render(b->o.ud, &j->doc, j->res, &j->out);
    if (rc) {
        j->err = rc;
        pl_batch_log_err(log, log_ud, j->doc.origin, rc);
    }
}

void pl_batch_code(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                   void *log_ud, struct pl_verb_memo **vm)
{
    pl_batch_admit(b, j, log, log_ud);
    pl_batch_begin(b, j, log, log_ud, vm);
    pl_batch_end(b, j, log, log_ud);
}

/* Copies doc's strings into j->docmem and points j->doc into the copy. A
   field's pointer stays NULL when doc's was NULL. */
int pl_batch_copy_doc(struct pl_job *j, const parley_doc *doc)
{
    const parley_str *src[] = {&doc->id, &doc->date, &doc->title,
                               &doc->text, &doc->url, &doc->source};
    parley_str *dst[] = {&j->doc.id, &j->doc.date, &j->doc.title,
                         &j->doc.text, &j->doc.url, &j->doc.source};
    size_t off[6];
    parley_buf_reset(&j->docmem);
    for (int i = 0; i < 6; i++) {
        off[i] = j->docmem.n;
        if (parley_buf_add(&j->docmem, src[i]->p, src[i]->n) ||
            parley_buf_addc(&j->docmem, '\0'))
            return PARLEY_ENOMEM;
    }
    for (int i = 0; i < 6; i++) {
        dst[i]->p = src[i]->p ? j->docmem.p + off[i] : NULL;
        dst[i]->n = src[i]->n;
    }
    j->doc.origin = j->has_origin ? j->origin.p : NULL;
    j->doc.line = doc->line;
    return 0;
}

/* Parses j's JSON line with ps; the document is copied into the job, as
   the parser's views last only until its next record. */
static void parse_job(struct pl_job *j, parley_parser *ps)
{
    parley_record rec;
    memset(&rec, 0, sizeof rec);
    rec.raw.p = j->mem.p;
    rec.raw.n = j->mem.n;
    rec.origin = j->origin.p;
    rec.line = j->line;
    parley_parser_set_log(ps, pl_batch_job_log, j);
    parley_doc doc;
    int rc = parley_parse_record(ps, &rec, &doc);
    /* the parser has its own copy now: a large line need not wait for
       the hand-out to be freed (the job is this worker's) */
    if (j->mem.cap > PL_BATCH_KEEP_BYTES)
        parley_buf_release(&j->mem);
    if (rc == PARLEY_ENOMEM) {
        j->err = rc; /* logged by the parser */
    } else if (rc < 0) {
        j->malformed = 1;
    } else if (rc == 1) {
        if (pl_batch_copy_doc(j, &doc)) {
            j->err = PARLEY_ENOMEM;
            pl_batch_log_err(pl_batch_job_log, j, j->origin.p, PARLEY_ENOMEM);
        } else {
            j->has_doc = 1;
        }
    }
}

/* How many of the queued jobs from b->next a worker takes at once (under
   b->mu): with opts.group, a group coded as without threads (batch.c),
   but no more than its share of the queue, so that every worker has
   some; one long document alone. */
static size_t take(struct parley_batch *b)
{
    size_t queued = b->tail - b->next, threads = (size_t)b->o.threads;
    size_t k = (queued + threads - 1) / threads, n = 0, bytes = 0;
    if (k > b->o.group)
        k = b->o.group;
    while (n < k) {
        size_t nb = b->jobs[(b->next + n) % b->njobs].bytes;
        if (n && (nb > PL_GROUP_TEXT / 2 || bytes + nb > PL_GROUP_TEXT))
            break;
        bytes += nb;
        n++;
    }
    return n ? n : 1;
}

void *pl_batch_worker(void *ud)
{
    struct pl_worker *w = ud;
    struct parley_batch *b = w->b;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (!b->stop && b->next == b->tail) {
            b->idle++;
            pthread_cond_wait(&b->work, &b->mu);
            b->idle--;
        }
        if (b->stop)
            break; /* queued jobs are dropped: the submitter handed out
                      what it wanted (parley_batch_finish) */
        size_t seq = b->next, n = take(b);
        b->next += n;
        pthread_mutex_unlock(&b->mu);
        /* every job's turn at admit first: the next worker's jobs wait
           for it, not for this one's coding */
        for (size_t i = 0; i < n; i++) {
            struct pl_job *j = &b->jobs[(seq + i) % b->njobs];
            if (j->raw)
                parse_job(j, w->parser);
            pl_batch_admit(b, j, pl_batch_job_log, j);
        }
        pl_batch_begin_group(b, seq, n, &w->vm);
        for (size_t i = 0; i < n; i++) {
            struct pl_job *j = &b->jobs[(seq + i) % b->njobs];
            pl_batch_end(b, j, pl_batch_job_log, j);
            pthread_mutex_lock(&b->mu);
            j->state = PL_JOB_DONE;
            /* Wake the submitter only for the job it waits for, and after
               unlocking: signalled under the lock, it would wake up only
               to wait for the lock. It cannot miss the signal, since it
               stays in pthread_cond_wait until signalled. */
            int wake = b->waiting && b->want == seq + i;
            pthread_mutex_unlock(&b->mu);
            if (wake)
                pthread_cond_signal(&b->done);
        }
        pthread_mutex_lock(&b->mu);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}
