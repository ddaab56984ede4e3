/* batch.c — the ordered parallel engine's public side (parley_batch_*,
 * include/parley.h): the submitting thread copies each document or JSON
 * line into the next job of a ring, and hands finished jobs out to the
 * caller's callback in input order; worker.c codes them. */
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "events/events.h"

/* Queued bytes above which submit waits, unless given. */
#define DEFAULT_MAX_BYTES ((size_t)64 << 20)

static void job_release(struct pl_job *j)
{
    pl_code_free(j->coding);
    j->coding = NULL;
    parley_result_free(j->res);
    j->res = NULL;
    parley_buf_release(&j->origin);
    parley_buf_release(&j->mem);
    parley_buf_release(&j->docmem);
    parley_buf_release(&j->scratch);
    parley_buf_release(&j->out);
    parley_buf_release(&j->log);
}

/* Empties a buffer for the next job, giving a large one back. */
static void recycle(parley_buf *b)
{
    if (b->cap > PL_BATCH_KEEP_BYTES)
        parley_buf_release(b);
    else
        parley_buf_reset(b);
}

static void job_clear(struct pl_job *j)
{
    pl_code_free(j->coding);
    j->coding = NULL;
    parley_result_free(j->res);
    j->res = NULL;
    recycle(&j->mem);
    recycle(&j->docmem);
    recycle(&j->scratch);
    recycle(&j->out);
    parley_buf_reset(&j->log);
    j->log_lost = 0;
    memset(&j->doc, 0, sizeof j->doc);
    j->has_doc = j->verdict = j->malformed = j->err = 0;
}

/* Sends kept messages to the batch's log, in the order they came. */
static void replay(const struct parley_batch *b, const parley_buf *kept, int lost)
{
    if (!b->o.log)
        return;
    for (size_t i = 0; i < kept->n;) {
        const char *m = kept->p + i;
        size_t len = strlen(m + 1);
        b->o.log(b->o.log_ud, m[0] - '0', m + 1);
        i += len + 2;
    }
    if (lost)
        b->o.log(b->o.log_ud, PARLEY_ERROR, "out of memory: messages were lost");
}

/* Gives j to done (after its messages) unless the batch is stopped, and
   clears it. Returns 0, or the value that stopped the batch. */
static int hand_out(struct parley_batch *b, struct pl_job *j)
{
    replay(b, &j->log, j->log_lost);
    if (!b->stopped) {
        parley_batch_item it;
        memset(&it, 0, sizeof it);
        it.seq = j->seq;
        it.doc = j->has_doc ? &j->doc : NULL;
        it.result = j->res;
        it.out = (parley_str){j->out.p, j->out.n};
        it.verdict = j->verdict;
        it.malformed = j->malformed;
        it.err = j->err;
        b->stopped = b->o.done(b->o.ud, &it);
    }
    job_clear(j);
    return b->stopped;
}

void parley_batch_free(parley_batch *b)
{
    if (!b)
        return;
    pthread_mutex_lock(&b->mu);
    b->stop = 1;
    pthread_cond_broadcast(&b->work);
    pthread_mutex_unlock(&b->mu);
    for (int i = 0; i < b->nworkers; i++)
        pthread_join(b->workers[i].thread, NULL);
    for (size_t i = 0; b->jobs && i < b->njobs; i++) /* NULL: out of memory */
        job_release(&b->jobs[i]);
    for (int i = 0; i < b->nparsers; i++)
        parley_parser_free(b->workers[i].parser);
    for (int i = 0; b->workers && i < b->nworkers; i++)
        pl_verb_memo_free(b->workers[i].vm);
    parley_parser_free(b->parser);
    pl_verb_memo_free(b->vm);
    parley_buf_release(&b->pre);
    pthread_cond_destroy(&b->turn_cv);
    pthread_mutex_destroy(&b->turn_mu);
    pthread_cond_destroy(&b->work);
    pthread_cond_destroy(&b->done);
    pthread_mutex_destroy(&b->mu);
    free(b->jobs);
    free(b->workers);
    free(b);
}

/* Starts up to n workers, each with a parser of its own. */
static void start_workers(struct parley_batch *b, int n)
{
    parley_ingest_opts po;
    memset(&po, 0, sizeof po);
    po.default_date = b->o.code.default_date; /* messages: set per job */
    for (; b->nparsers < n; b->nparsers++) {
        struct pl_worker *w = &b->workers[b->nparsers];
        w->b = b;
        if (parley_parser_new(&w->parser, &po))
            break;
    }
    b->threaded = 1; /* read by the workers: before the first starts */
    while (b->nworkers < b->nparsers &&
           !pthread_create(&b->workers[b->nworkers].thread, NULL, pl_batch_worker,
                           &b->workers[b->nworkers]))
        b->nworkers++;
    if (!b->nworkers)
        b->threaded = 0;
}

int parley_batch_new(parley_batch **out, const parley_lexicon *lx,
                     const parley_batch_opts *opts)
{
    *out = NULL;
    if (!lx || !opts || !opts->done || opts->threads < 0 || opts->threads > 1024)
        return PARLEY_EINVAL;
    struct parley_batch *b = calloc(1, sizeof *b);
    if (!b)
        return PARLEY_ENOMEM;
    b->lx = lx;
    b->o = *opts;
    if (!b->o.max_bytes)
        b->o.max_bytes = DEFAULT_MAX_BYTES;
    int n = opts->threads;
    b->njobs = opts->queue ? opts->queue : (size_t)n * 4 + 4;
    /* without threads, a group's documents wait in the ring (with them,
     * each worker takes its share of the queue as a group: a larger ring
     * would keep more buffers, for little) */
    if (!n && !opts->queue && opts->group > b->njobs)
        b->njobs = opts->group;
    pthread_mutex_init(&b->mu, NULL);
    pthread_mutex_init(&b->turn_mu, NULL);
    pthread_cond_init(&b->turn_cv, NULL);
    pthread_cond_init(&b->work, NULL);
    pthread_cond_init(&b->done, NULL);
    /* whole cache lines, one job per line at least (see struct pl_job) */
    b->jobs = aligned_alloc(_Alignof(struct pl_job), b->njobs * sizeof *b->jobs);
    if (b->jobs)
        memset(b->jobs, 0, b->njobs * sizeof *b->jobs);
    b->workers = calloc(n ? (size_t)n : 1, sizeof *b->workers);
    if (!b->jobs || !b->workers) {
        parley_batch_free(b);
        return PARLEY_ENOMEM;
    }
    start_workers(b, n);
    if (!b->nworkers) { /* no threads: code in the submitting thread */
        b->group = opts->group < b->njobs ? opts->group : b->njobs;
        parley_ingest_opts po;
        memset(&po, 0, sizeof po);
        po.default_date = b->o.code.default_date;
        po.log = b->o.log;
        po.log_ud = b->o.log_ud;
        if (parley_parser_new(&b->parser, &po)) {
            parley_batch_free(b);
            return PARLEY_ENOMEM;
        }
    }
    *out = b;
    return 0;
}

int parley_batch_threads(const parley_batch *b)
{
    return b->nworkers;
}

/* Waits until job seq is done. */
static void wait_done(struct parley_batch *b, size_t seq)
{
    struct pl_job *j = &b->jobs[seq % b->njobs];
    pthread_mutex_lock(&b->mu);
    while (j->state != PL_JOB_DONE) {
        b->want = seq;
        b->waiting = 1;
        pthread_cond_wait(&b->done, &b->mu);
    }
    b->waiting = 0;
    pthread_mutex_unlock(&b->mu);
}

/* Hands out the done jobs at the head, in input order, and frees their
   places. Returns how many, or -1 once the batch is stopped. */
static int hand_out_done(struct parley_batch *b)
{
    size_t k = 0, n = b->tail - b->head;
    pthread_mutex_lock(&b->mu);
    while (k < n && b->jobs[(b->head + k) % b->njobs].state == PL_JOB_DONE)
        k++;
    pthread_mutex_unlock(&b->mu);
    /* Done jobs are the submitting thread's alone: no lock needed. */
    size_t freed = 0, i;
    int rc = 0;
    for (i = 0; i < k && !rc; i++) {
        struct pl_job *j = &b->jobs[(b->head + i) % b->njobs];
        freed += j->bytes;
        rc = hand_out(b, j);
        j->state = PL_JOB_FREE;
    }
    pthread_mutex_lock(&b->mu);
    b->queued_bytes -= freed;
    b->head += i;
    pthread_mutex_unlock(&b->mu);
    return rc ? -1 : (int)i;
}

/* Makes room for a job of need bytes: a free place in the ring, and the
   queued bytes under the cap (one job is always admitted). When full, it
   waits for half the ring rather than for one job, so that the submitter
   wakes once for many documents, not for each. Returns 0, or the value
   that stopped the batch. */
static int make_room(struct parley_batch *b, size_t need)
{
    while (b->tail - b->head == b->njobs ||
           (b->tail > b->head && b->queued_bytes + need > b->o.max_bytes)) {
        int w = hand_out_done(b);
        if (w < 0)
            return b->stopped;
        if (w > 0)
            continue;
        size_t half = b->njobs / 2, last = b->tail - 1;
        if (b->tail - b->head > half && half)
            last = b->head + half - 1;
        wait_done(b, last);
        wait_done(b, b->head);
    }
    /* hand out whatever is already done, so that output keeps flowing */
    if (b->head != b->tail && hand_out_done(b) < 0)
        return b->stopped;
    return 0;
}

/* Queues the filled job at the tail, with the submitter's messages so far
   ahead of its own. */
static void publish(struct parley_batch *b, struct pl_job *j)
{
    parley_buf t = j->log;
    j->log = b->pre;
    b->pre = t;
    j->log_lost = b->pre_lost;
    b->pre_lost = 0;
    pthread_mutex_lock(&b->mu);
    j->state = PL_JOB_QUEUED;
    j->seq = b->tail;
    b->queued_bytes += j->bytes;
    b->tail++;
    int wake = b->idle > 0;
    pthread_mutex_unlock(&b->mu);
    /* an idle worker waits until signalled: no need to hold the lock */
    if (wake)
        pthread_cond_signal(&b->work);
}

static int set_origin(struct pl_job *j, const char *origin, const char *dflt)
{
    parley_buf_reset(&j->origin);
    if (!origin)
        origin = dflt;
    j->has_origin = origin != NULL;
    return origin && parley_buf_adds(&j->origin, origin) ? PARLEY_ENOMEM : 0;
}

/* Codes doc (NULL: a record that held none) in the submitting thread and
   hands it out at once: no threads, no copies. */
static int run_here(struct parley_batch *b, const parley_doc *doc, int malformed,
                    int err)
{
    struct pl_job *j = &b->jobs[0];
    j->seq = b->tail++;
    if (doc) {
        j->doc = *doc;
        j->has_doc = 1;
    }
    j->malformed = malformed;
    j->err = err;
    pl_batch_code(b, j, b->o.log, b->o.log_ud, &b->vm);
    b->head++;
    return hand_out(b, j);
}

/* Codes the group [head, tail) (no threads): the built-in stages of each
   document in turn, then for each the dictionaries, render and done, in
   input order. Once a done stops the batch, the documents after it are
   dropped with their messages, as they would not have been read.
   Returns 0, or the value that stopped the batch. */
static int code_group(struct parley_batch *b)
{
    for (size_t s = b->head; s < b->tail; s++) {
        struct pl_job *j = &b->jobs[s % b->njobs];
        pl_batch_admit(b, j, pl_batch_job_log, j);
    }
    pl_batch_begin_group(b, b->head, b->tail - b->head, &b->vm);
    int rc = 0;
    for (; b->head < b->tail; b->head++) {
        struct pl_job *j = &b->jobs[b->head % b->njobs];
        if (rc) {
            job_clear(j);
            continue;
        }
        pl_batch_end(b, j, pl_batch_job_log, j);
        rc = hand_out(b, j);
    }
    b->group_text = 0;
    return rc;
}

/* The job of the next submission in a group, at the tail, with the
   submitter's messages so far ahead of its own (as publish). */
static struct pl_job *group_job(struct parley_batch *b)
{
    struct pl_job *j = &b->jobs[b->tail % b->njobs];
    parley_buf t = j->log;
    j->log = b->pre;
    b->pre = t;
    j->log_lost = b->pre_lost;
    b->pre_lost = 0;
    j->seq = b->tail;
    return j;
}

/* Adds j (filled by group_job's caller; doc NULL: the submission held
   none) to the group, and codes the group when it is full. doc is copied
   into j unless it is long (or the copy fails): then it is coded before
   this returns, while its strings are valid. */
static int group_add(struct parley_batch *b, struct pl_job *j, const parley_doc *doc)
{
    int now = 0;
    if (doc) {
        size_t n = doc->text.p ? doc->text.n : 0;
        if (n > PL_GROUP_TEXT / 2 || set_origin(j, doc->origin, NULL) ||
            pl_batch_copy_doc(j, doc)) {
            j->doc = *doc;
            now = 1;
        }
        j->has_doc = 1;
        b->group_text += n;
    }
    b->tail++;
    if (now || b->tail - b->head >= b->group || b->group_text >= PL_GROUP_TEXT)
        return code_group(b);
    return 0;
}

int parley_batch_submit(parley_batch *b, const parley_doc *doc)
{
    if (b->stopped)
        return b->stopped;
    if (!b->nworkers && b->group > 1)
        return group_add(b, group_job(b), doc);
    if (!b->nworkers)
        return run_here(b, doc, 0, 0);
    size_t need = doc->text.n + doc->title.n + doc->id.n;
    int rc = make_room(b, need);
    if (rc)
        return rc;
    struct pl_job *j = &b->jobs[b->tail % b->njobs];
    j->raw = 0;
    j->line = doc->line;
    if (set_origin(j, doc->origin, NULL) || pl_batch_copy_doc(j, doc))
        return PARLEY_ENOMEM;
    j->has_doc = 1;
    j->bytes = j->docmem.n;
    publish(b, j);
    return 0;
}

/* A JSON line in the submitting thread: parsed by its own parser. */
static int record_here(struct parley_batch *b, const parley_record *rec)
{
    if (b->group > 1) { /* its messages wait with it */
        struct pl_job *j = group_job(b);
        parley_doc doc;
        parley_parser_set_log(b->parser, pl_batch_job_log, j);
        int rc = parley_parse_record(b->parser, rec, &doc);
        parley_parser_set_log(b->parser, b->o.log, b->o.log_ud);
        if (rc == PARLEY_ENOMEM) /* logged by the parser */
            j->err = rc;
        j->malformed = rc < 0 && rc != PARLEY_ENOMEM;
        return group_add(b, j, rc == 1 ? &doc : NULL);
    }
    parley_doc doc;
    int rc = parley_parse_record(b->parser, rec, &doc);
    if (rc == PARLEY_ENOMEM) /* logged by the parser */
        return run_here(b, NULL, 0, rc);
    return run_here(b, rc == 1 ? &doc : NULL, rc < 0, 0);
}

int parley_batch_submit_record(parley_batch *b, const parley_record *rec)
{
    if (b->stopped)
        return b->stopped;
    if (rec->parsed)
        return parley_batch_submit(b, &rec->doc);
    if (!b->nworkers)
        return record_here(b, rec);
    int rc = make_room(b, rec->raw.n);
    if (rc)
        return rc;
    struct pl_job *j = &b->jobs[b->tail % b->njobs];
    j->raw = 1;
    j->line = rec->line;
    parley_buf_reset(&j->mem);
    if (set_origin(j, rec->origin, "-") || parley_buf_add(&j->mem, rec->raw.p, rec->raw.n))
        return PARLEY_ENOMEM;
    j->bytes = j->mem.n;
    publish(b, j);
    return 0;
}

void parley_batch_log(void *batch, int severity, const char *msg)
{
    struct parley_batch *b = batch;
    if (!b->o.log)
        return;
    if (b->head == b->tail && !b->pre.n)
        b->o.log(b->o.log_ud, severity, msg);
    else
        pl_batch_keep(&b->pre, &b->pre_lost, severity, msg);
}

int parley_batch_finish(parley_batch *b)
{
    if (!b->stopped && !b->nworkers && b->head != b->tail)
        code_group(b);
    while (!b->stopped && b->head != b->tail) {
        wait_done(b, b->head);
        hand_out_done(b);
    }
    if (b->stopped)
        return b->stopped;
    replay(b, &b->pre, b->pre_lost);
    parley_buf_reset(&b->pre);
    b->pre_lost = 0;
    return 0;
}
