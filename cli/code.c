/* code.c — `parley code`: reads articles (files, directories, stdin) and
 * writes one event per line in input order, in any of the output formats
 * (src/output/formats.c; JSON lines, the contract of DESIGN.md, by
 * default). */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: parley code [options] [FILE|DIR|-]...\n"
            "\n"
            "Codes news articles into events, one per line on stdout.\n"
            "With no input, reads standard input.\n"
            "\n"
            "options:\n"
            "  --format F               output format (default jsonl), one of:\n");
    cli_output_formats_help(f, 27);
    fprintf(f,
            "  --input-format F         input format (default auto: by extension,\n"
            "                           or for stdin by content), one of:\n");
    cli_input_formats_help(f, 27);
    fprintf(f,
            "  --date YYYY-MM-DD        date for documents that give none\n"
            "  --lexicon DIR            add or override dictionaries from DIR\n"
            "  --no-builtin             do not load the built-in dictionaries\n"
            "  --negated                also code negated events (\"did not meet\"),\n"
            "                           marked \"negated\": true\n"
            CLI_DICTS_HELP
            "  -j, --threads N          code N documents at once (default: all cores;\n"
            "                           0: all cores); output is the same for every N\n"
            "  -q, --quiet              no warnings on stderr\n"
            "  -h, --help               this help\n");
}

struct code_ctx {
    const parley_lexicon *lx;
    int format; /* enum parley_export_format */
    parley_buf out;
    int failed; /* fatal: out of memory or unwritable output */
    size_t docs, events;
    size_t bad;          /* malformed records found by parsers */
    parley_log_fn log;   /* where messages end up: cli_log or quiet_log */
    parley_parser *parser; /* -j 1: the reading thread's parser */
    struct pool *pool;   /* NULL: code in the reading thread (-j 1) */
    struct cli_ids *ids; /* the document ids of the run */
    parley_buf idbuf;    /* -j 1: a renamed document's id */
    size_t renamed;      /* documents renamed: an input error each */
};

/* Coding options (the CAMEO dictionaries, the default date): set once in
 * cmd_code before any worker starts, read-only afterwards. */
static parley_code_opts code_opts;

/* Codes doc and appends its events to out. Returns 0, or the library's
 * error from parley_code or from formatting (not reported). */
static int code_doc(const parley_lexicon *lx, int format, const parley_doc *doc,
                    const parley_code_opts *o, parley_buf *out, size_t *events)
{
    parley_result *r;
    int rc = parley_code(lx, doc, o, &r);
    if (rc)
        return rc;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        rc = parley_write_event(out, format, doc, e, i);
        if (rc)
            break;
        (*events)++;
    }
    parley_result_free(r);
    return rc;
}

static int write_out(struct code_ctx *c, const parley_buf *b)
{
    if (b->n && fwrite(b->p, 1, b->n, stdout) != b->n) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c->failed = 1;
        return -1;
    }
    return 0;
}

static int flush_out(struct code_ctx *c)
{
    if (write_out(c, &c->out))
        return -1;
    parley_buf_reset(&c->out);
    return 0;
}

static void report_code_error(const char *origin, int rc)
{
    fprintf(stderr, "parley: %s: %s\n", origin ? origin : "-", parley_strerror(rc));
}

static int one_doc_sync(struct code_ctx *c, const parley_doc *in)
{
    parley_doc renamed = *in;
    const parley_doc *doc = in;
    int rc = cli_ids_check(c->ids, in, &c->idbuf, c->log, NULL);
    if (rc == CLI_ID_DUPLICATE)
        return 0;
    if (rc == CLI_ID_RENAMED) {
        renamed.id = (parley_str){c->idbuf.p, c->idbuf.n};
        doc = &renamed;
        c->renamed++;
    } else if (rc < 0) {
        report_code_error(in->origin, rc);
        c->failed = 1;
        return 1;
    }
    size_t before = c->out.n;
    rc = code_doc(c->lx, c->format, doc, &code_opts, &c->out, &c->events);
    if (rc) {
        /* a failure of parley_code or of formatting (out of memory)
         * stops the run */
        c->out.n = before;
        report_code_error(doc->origin, rc);
        c->failed = 1;
        return 1;
    }
    c->docs++;
    if (c->out.n >= 1 << 16 && flush_out(c))
        return 1;
    return 0;
}

static int one_record_sync(struct code_ctx *c, const parley_record *rec)
{
    parley_doc doc;
    int rc = parley_parse_record(c->parser, rec, &doc);
    if (rc == PARLEY_ENOMEM) {
        c->failed = 1; /* logged by the parser */
        return 1;
    }
    if (rc < 0)
        c->bad++; /* logged */
    if (rc != 1)
        return 0;
    return one_doc_sync(c, &doc);
}

/* ---- parallel coding (-j N) ------------------------------------------

   The reading thread (cli_for_each_record's callback) only splits the
   input: it copies each record into the next job of a ring, since the
   reader's views only last until its next record. A JSON line is copied
   as it is; worker threads take queued jobs in input order, parse them
   (JSON, UTF-8 repair, NFC, dates: a fifth of the work), code them
   against the shared read-only lexicon and format the events into the
   job's own buffer. Documents of the formats read whole (text, HTML,
   feeds) are parsed by the reader and copied parsed.

   The reading thread also writes: whenever the ring is full it waits for
   the oldest jobs, then writes the buffers of all the done jobs at the
   head in input order. Messages follow the same path so that stderr is
   the same for every N: a worker logs into its job, and the reading
   thread's own messages (a missing file, a line too long) are held back
   until the jobs queued before them are written. The ring's size and a
   cap on the bytes of queued records keep memory bounded whatever the
   input's size. */

enum { JOB_FREE, JOB_QUEUED, JOB_DONE };

/* Queued record bytes above which the reader waits (one record is
   always admitted, whatever its size). */
#define POOL_MAX_BYTES ((size_t)64 << 20)
/* Buffers larger than this are freed after use rather than kept. */
#define POOL_KEEP_BYTES ((size_t)4 << 20)

/* Workers write to their jobs all the time (buffer lengths): each job
   starts a cache line of its own so that two workers never share one. */
struct job {
    _Alignas(64) int state; /* JOB_*, under the pool's lock */
    int raw;          /* mem holds a JSON line to parse (else doc's strings) */
    size_t raw_n;     /* the line's length */
    size_t line;      /* its line number */
    parley_doc doc;   /* !raw: views into mem and origin */
    parley_buf origin; /* the record's file name */
    parley_buf mem;   /* the record's bytes, copied; for a large JSON
                         line, freed once it is parsed */
    parley_buf out;   /* its formatted events */
    parley_buf log;   /* messages to replay: severity byte, text, NUL */
    size_t bytes;     /* counted against POOL_MAX_BYTES */
    size_t events;
    int err;          /* 0 or the PARLEY_E* code of parsing or coding it */
    int err_logged;   /* err was already logged (into log) */
    int bad;          /* the record was malformed (logged) */
    int coded;        /* the record was a document, coded */
    int renamed;      /* its id was taken: coded under idbuf's */
    int log_lost;     /* a message could not be kept (out of memory) */
    size_t seq;       /* its place in the input */
    parley_buf idbuf; /* a renamed document's id */
};

struct worker {
    struct pool *pool;
    parley_parser *parser; /* this worker's own */
    pthread_t thread;
};

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work; /* a job was queued, or stop */
    pthread_cond_t done; /* the job the reader waits for was coded */
    struct job *jobs;
    size_t njobs;
    /* sequence numbers, job i lives in jobs[i % njobs]:
       head <= next <= tail; [head, tail) are in use */
    size_t head;  /* next to write (reading thread only) */
    size_t next;  /* next to code */
    size_t tail;  /* next to fill */
    size_t queued_bytes;
    size_t want;  /* the job the reader waits for, when waiting */
    int waiting;
    int idle;     /* workers waiting for work */
    int stop;
    const parley_lexicon *lx;
    int format;
    struct worker *workers;
    int nworkers;  /* started */
    int nparsers;  /* workers[i].parser made */
    /* the reading thread's messages not yet due (reading thread only) */
    parley_buf pre;
    int pre_lost;
    /* Document ids are checked in input order: job seq waits for
       id_turn == seq (every earlier job was taken before it, so each
       will pass), checks its id against the run's, and moves the turn
       on. */
    pthread_mutex_t id_mu;
    pthread_cond_t id_cv;
    size_t id_turn;
    struct cli_ids *ids;
};

/* Keeps a message in a job's (or the pool's) list for the writer. */
static void keep_msg(parley_buf *b, int *lost, int severity, const char *msg)
{
    size_t n0 = b->n;
    if (parley_buf_addc(b, (char)(severity + '0')) || parley_buf_adds(b, msg) ||
        parley_buf_addc(b, '\0')) {
        b->n = n0;
        *lost = 1;
    }
}

/* The log of a job being parsed or coded in a worker. */
static void job_log(void *ud, int severity, const char *msg)
{
    struct job *j = ud;
    keep_msg(&j->log, &j->log_lost, severity, msg);
}

/* Sends kept messages to log, in the order they came. */
static void replay(parley_log_fn log, const parley_buf *b, int lost)
{
    for (size_t i = 0; i < b->n;) {
        const char *m = b->p + i;
        size_t len = strlen(m + 1);
        log(NULL, m[0] - '0', m + 1);
        i += len + 2;
    }
    if (lost)
        log(NULL, PARLEY_ERROR, "out of memory: messages were lost");
}

/* Job j's turn to check its document's id (doc NULL: it has none, it
   only passes the turn on). Returns a CLI_ID_* value or PARLEY_ENOMEM;
   a renamed id is in j->idbuf. */
static int id_gate(struct pool *p, struct job *j, const parley_doc *doc)
{
    pthread_mutex_lock(&p->id_mu);
    while (p->id_turn != j->seq)
        pthread_cond_wait(&p->id_cv, &p->id_mu);
    int rc = doc ? cli_ids_check(p->ids, doc, &j->idbuf, job_log, j) : 0;
    p->id_turn++;
    pthread_mutex_unlock(&p->id_mu);
    pthread_cond_broadcast(&p->id_cv);
    return rc;
}

/* Checks the id of j's document (parsed into *doc, or none when !have)
   in input order. Returns 1 to code it (renamed when j->renamed), 0 not
   (no document, a duplicate or an error in j->err). */
static int job_id(struct pool *p, struct job *j, parley_doc *doc, int have)
{
    int rc = id_gate(p, j, have ? doc : NULL);
    if (!have || rc == CLI_ID_DUPLICATE)
        return 0;
    if (rc < 0) {
        j->err = rc;
        return 0;
    }
    if (rc == CLI_ID_RENAMED) {
        doc->id = (parley_str){j->idbuf.p, j->idbuf.n};
        j->renamed = 1;
    }
    return 1;
}

/* Parses (when raw) and codes j in a worker. */
static void run_job(struct pool *p, parley_parser *ps, struct job *j)
{
    parley_doc doc = j->doc;
    j->events = 0;
    j->err = 0;
    j->err_logged = 0;
    j->bad = 0;
    j->coded = 0;
    j->renamed = 0;
    if (j->raw) {
        parley_record rec = {0};
        rec.raw.p = j->mem.p;
        rec.raw.n = j->raw_n;
        rec.origin = j->origin.p;
        rec.line = j->line;
        parley_parser_set_log(ps, job_log, j);
        int rc = parley_parse_record(ps, &rec, &doc);
        /* the parser has its own copy now: a large line need not wait
           for the writer to be freed (the job is this worker's) */
        if (j->mem.cap > POOL_KEEP_BYTES)
            parley_buf_release(&j->mem);
        if (rc == PARLEY_ENOMEM) {
            j->err = rc;
            j->err_logged = 1;
            id_gate(p, j, NULL);
            return;
        }
        if (rc < 0)
            j->bad = 1;
        if (!job_id(p, j, &doc, rc == 1))
            return;
    } else if (!job_id(p, j, &doc, 1)) {
        return;
    }
    parley_code_opts o = code_opts;
    o.log = job_log;
    o.log_ud = j;
    j->err = code_doc(p->lx, p->format, &doc, &o, &j->out, &j->events);
    j->coded = !j->err;
}

static void *worker(void *ud)
{
    struct worker *w = ud;
    struct pool *p = w->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next == p->tail) {
            p->idle++;
            pthread_cond_wait(&p->work, &p->mu);
            p->idle--;
        }
        if (p->stop)
            break; /* queued jobs are abandoned: the caller drained
                      what it wanted written */
        size_t seq = p->next++;
        struct job *j = &p->jobs[seq % p->njobs];
        pthread_mutex_unlock(&p->mu);
        run_job(p, w->parser, j);
        pthread_mutex_lock(&p->mu);
        j->state = JOB_DONE;
        /* Wake the reader only for the job it waits for, and after
           unlocking: signalled under the lock, it would wake up only to
           wait for the lock. It cannot miss the signal, since it stays
           in pthread_cond_wait until signalled. */
        if (p->waiting && p->want == seq) {
            pthread_mutex_unlock(&p->mu);
            pthread_cond_signal(&p->done);
            pthread_mutex_lock(&p->mu);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void job_release(struct job *j)
{
    parley_buf_release(&j->origin);
    parley_buf_release(&j->mem);
    parley_buf_release(&j->out);
    parley_buf_release(&j->log);
    parley_buf_release(&j->idbuf);
}

/* Stops the workers (jobs not yet taken are dropped: write what you need
   with pool_drain first) and frees everything. */
static void pool_free(struct pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nworkers; i++)
        pthread_join(p->workers[i].thread, NULL);
    for (size_t i = 0; i < p->njobs; i++)
        job_release(&p->jobs[i]);
    for (int i = 0; i < p->nparsers; i++)
        parley_parser_free(p->workers[i].parser);
    parley_buf_release(&p->pre);
    pthread_cond_destroy(&p->id_cv);
    pthread_mutex_destroy(&p->id_mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->jobs);
    free(p->workers);
    free(p);
}
/* A pool of n workers, or NULL when not even one thread could be
   started (the caller then codes in its own thread). io gives the
   parsers' default date; their messages go to the jobs. */
static struct pool *pool_new(const parley_lexicon *lx, int format, int n,
                             const parley_ingest_opts *io, struct cli_ids *ids)
{
    struct pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->ids = ids;
    p->lx = lx;
    p->format = format;
    p->njobs = (size_t)n * 4 + 4;
    /* whole cache lines, one job per line at least (see struct job) */
    p->jobs = aligned_alloc(_Alignof(struct job), p->njobs * sizeof *p->jobs);
    p->workers = calloc((size_t)n, sizeof *p->workers);
    if (!p->jobs || !p->workers) {
        free(p->jobs);
        free(p->workers);
        free(p);
        return NULL;
    }
    memset(p->jobs, 0, p->njobs * sizeof *p->jobs);
    for (size_t i = 0; i < p->njobs; i++) {
        parley_buf_init(&p->jobs[i].origin);
        parley_buf_init(&p->jobs[i].mem);
        parley_buf_init(&p->jobs[i].out);
        parley_buf_init(&p->jobs[i].log);
        parley_buf_init(&p->jobs[i].idbuf);
    }
    parley_buf_init(&p->pre);
    pthread_mutex_init(&p->mu, NULL);
    pthread_mutex_init(&p->id_mu, NULL);
    pthread_cond_init(&p->id_cv, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    parley_ingest_opts po = *io;
    po.log = NULL; /* set per job */
    po.log_ud = NULL;
    for (; p->nparsers < n; p->nparsers++) {
        struct worker *w = &p->workers[p->nparsers];
        w->pool = p;
        if (parley_parser_new(&w->parser, &po))
            break;
    }
    while (p->nworkers < p->nparsers &&
           !pthread_create(&p->workers[p->nworkers].thread, NULL, worker,
                           &p->workers[p->nworkers]))
        p->nworkers++;
    if (!p->nworkers) {
        pool_free(p);
        return NULL;
    }
    return p;
}

/* Waits until job seq is done. */
static void wait_done(struct pool *p, size_t seq)
{
    struct job *j = &p->jobs[seq % p->njobs];
    pthread_mutex_lock(&p->mu);
    while (j->state != JOB_DONE) {
        p->want = seq;
        p->waiting = 1;
        pthread_cond_wait(&p->done, &p->mu);
    }
    p->waiting = 0;
    pthread_mutex_unlock(&p->mu);
}

/* Writes the events and messages of the done jobs at the head, in input
   order, and frees their places. Returns how many were written, or -1 on
   a fatal error (reported; c->failed is set). */
static int pool_write_done(struct code_ctx *c, struct pool *p)
{
    size_t k = 0, n = p->tail - p->head;
    pthread_mutex_lock(&p->mu);
    while (k < n && p->jobs[(p->head + k) % p->njobs].state == JOB_DONE)
        k++;
    pthread_mutex_unlock(&p->mu);
    /* Done jobs are the reading thread's alone: no lock needed. */
    size_t freed = 0, i;
    int rc = 0;
    for (i = 0; i < k && !rc; i++) {
        struct job *j = &p->jobs[(p->head + i) % p->njobs];
        replay(c->log, &j->log, j->log_lost);
        if (j->err) {
            if (!j->err_logged)
                report_code_error(j->origin.p, j->err);
            c->failed = 1;
            rc = -1;
        } else if (write_out(c, &j->out)) {
            rc = -1;
        } else {
            c->docs += (size_t)j->coded;
            c->events += j->events;
            c->bad += (size_t)j->bad;
            c->renamed += (size_t)j->renamed;
        }
        parley_buf_reset(&j->log);
        j->log_lost = 0;
        if (j->out.cap > POOL_KEEP_BYTES)
            parley_buf_release(&j->out);
        else
            parley_buf_reset(&j->out);
        if (j->mem.cap > POOL_KEEP_BYTES)
            parley_buf_release(&j->mem);
        j->state = JOB_FREE;
        freed += j->bytes;
    }
    pthread_mutex_lock(&p->mu);
    p->queued_bytes -= freed;
    p->head += i;
    pthread_mutex_unlock(&p->mu);
    return rc ? -1 : (int)i;
}

/* Writes every queued job, in order. 0, or -1 on a fatal error. */
static int pool_drain(struct code_ctx *c, struct pool *p)
{
    while (p->head != p->tail) {
        wait_done(p, p->head);
        if (pool_write_done(c, p) < 0)
            return -1;
    }
    replay(c->log, &p->pre, p->pre_lost);
    parley_buf_reset(&p->pre);
    p->pre_lost = 0;
    return 0;
}

/* The reading thread's log while the pool runs: a message is due once
   the jobs queued before it are written. */
static void pool_log(void *ud, int severity, const char *msg)
{
    struct code_ctx *c = ud;
    struct pool *p = c->pool;
    if (p->head == p->tail && !p->pre.n)
        c->log(NULL, severity, msg);
    else
        keep_msg(&p->pre, &p->pre_lost, severity, msg);
}

/* Copies doc's strings into j->mem and points j->doc into the copy. A
   field's pointer stays NULL when the reader's was NULL. */
static int job_fill_doc(struct job *j, const parley_doc *doc)
{
    const parley_str *src[] = {&doc->id, &doc->date, &doc->title,
                               &doc->text, &doc->url, &doc->source};
    parley_str *dst[] = {&j->doc.id, &j->doc.date, &j->doc.title,
                         &j->doc.text, &j->doc.url, &j->doc.source};
    size_t off[6];
    for (int i = 0; i < 6; i++) {
        off[i] = j->mem.n;
        if (parley_buf_add(&j->mem, src[i]->p, src[i]->n) ||
            parley_buf_addc(&j->mem, '\0'))
            return PARLEY_ENOMEM;
    }
    for (int i = 0; i < 6; i++) {
        dst[i]->p = src[i]->p ? j->mem.p + off[i] : NULL;
        dst[i]->n = src[i]->n;
    }
    j->doc.origin = j->origin.p;
    j->doc.line = doc->line;
    return 0;
}

/* Copies rec into j: a JSON line as it is, or a parsed document's
   strings; and the file name. */
static int job_fill(struct job *j, const parley_record *rec)
{
    parley_buf_reset(&j->mem);
    memset(&j->doc, 0, sizeof j->doc);
    j->raw = !rec->parsed;
    j->line = rec->line;
    parley_buf_reset(&j->origin);
    if (parley_buf_adds(&j->origin, rec->origin ? rec->origin : "-"))
        return PARLEY_ENOMEM;
    if (rec->parsed) {
        if (job_fill_doc(j, &rec->doc))
            return PARLEY_ENOMEM;
    } else {
        if (parley_buf_add(&j->mem, rec->raw.p, rec->raw.n))
            return PARLEY_ENOMEM;
        j->raw_n = rec->raw.n;
    }
    j->bytes = j->mem.n;
    return 0;
}

static size_t record_bytes(const parley_record *rec)
{
    if (!rec->parsed)
        return rec->raw.n;
    return rec->doc.text.n + rec->doc.title.n + rec->doc.id.n;
}

static int one_record_pool(struct code_ctx *c, struct pool *p,
                           const parley_record *rec)
{
    size_t need = record_bytes(rec);
    /* Make room: a free job, and the queued bytes under the cap. When
       full, wait for half the ring rather than for one job, so that the
       reader wakes once for many documents, not for each. */
    while (p->tail - p->head == p->njobs ||
           (p->tail > p->head && p->queued_bytes + need > POOL_MAX_BYTES)) {
        int w = pool_write_done(c, p);
        if (w < 0)
            return 1;
        if (w > 0)
            continue;
        size_t batch = p->njobs / 2, last = p->tail - 1;
        if (p->tail - p->head > batch)
            last = p->head + batch - 1;
        wait_done(p, last);
        wait_done(p, p->head);
    }
    /* Write whatever is already done, so that output keeps flowing. */
    if (p->head != p->tail && pool_write_done(c, p) < 0)
        return 1;
    struct job *j = &p->jobs[p->tail % p->njobs];
    if (job_fill(j, rec)) {
        report_code_error(rec->origin, PARLEY_ENOMEM);
        c->failed = 1;
        return 1;
    }
    /* the reading thread's messages so far come before this job's */
    parley_buf t = j->log;
    j->log = p->pre;
    p->pre = t;
    j->log_lost = p->pre_lost;
    p->pre_lost = 0;
    pthread_mutex_lock(&p->mu);
    j->state = JOB_QUEUED;
    j->seq = p->tail;
    p->queued_bytes += j->bytes;
    p->tail++;
    int wake = p->idle > 0;
    pthread_mutex_unlock(&p->mu);
    /* an idle worker waits until signalled: no need to hold the lock */
    if (wake)
        pthread_cond_signal(&p->work);
    return 0;
}

static int one_record(void *ud, const parley_record *rec)
{
    struct code_ctx *c = ud;
    return c->pool ? one_record_pool(c, c->pool, rec) : one_record_sync(c, rec);
}

/* Parses the -j value: a decimal count, 0 meaning all cores. Returns the
   number of threads, or -1 when malformed. */
static int parse_threads(const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < 0 || v > 1024)
        return -1;
    return (int)v;
}

static int all_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 1024 ? 1024 : (int)n;
}

static void quiet_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    if (severity >= PARLEY_ERROR)
        cli_log(NULL, severity, msg);
}

/* stdout's buffer: output goes out in 64 KiB writes rather than in one
   or more per document. */
static char out_buf[1 << 16];

int cmd_code(int argc, char **argv)
{
    /* before any output; a terminal keeps its line buffering */
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    parley_ingest_opts io = {0};
    parley_lexicon_opts lo = {0};
    struct cli_dicts dicts = {0};
    int m;
    struct code_ctx c = {0};
    parley_buf_init(&c.out);
    parley_buf_init(&c.idbuf);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
    int threads = 0; /* 0: all cores */
    if (!inputs) {
        fprintf(stderr, "parley: out of memory\n");
        return EXIT_FATAL;
    }
    io.log = cli_log;
    lo.log = cli_log;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(inputs);
            return EXIT_OK;
        } else if (!strcmp(a, "--format") && val) {
            if ((c.format = cli_output_format("code", val)) < 0) {
                free(inputs);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--input-format") && val) {
            if ((io.format = cli_input_format("code", val)) < 0) {
                free(inputs);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--date") && val) {
            if (strlen(val) != 10 || !parley_date_valid(val)) {
                fprintf(stderr, "parley code: --date wants a date YYYY-MM-DD, got '%s'\n", val);
                free(inputs);
                return EXIT_USAGE;
            }
            io.default_date = val;
            i++;
        } else if (!strcmp(a, "--lexicon") && val) {
            lo.user_dir = val;
            i++;
        } else if (!strcmp(a, "--no-builtin")) {
            lo.no_builtin = 1;
        } else if (!strcmp(a, "--negated")) {
            code_opts.negated = 1;
        } else if (((!strcmp(a, "-j") || !strcmp(a, "--threads")) && val) ||
                   (!strncmp(a, "-j", 2) && a[2])) {
            const char *v = a[1] == 'j' && a[2] ? a + 2 : val;
            threads = parse_threads(v);
            if (threads < 0) {
                fprintf(stderr, "parley code: --threads wants a number from 0 to 1024, got '%s'\n", v);
                free(inputs);
                return EXIT_USAGE;
            }
            if (v == val)
                i++;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            io.log = quiet_log;
            lo.log = quiet_log;
        } else if ((m = cli_dicts_option(argc, argv, &i, &dicts)) != 0) {
            if (m < 0) {
                free(inputs);
                return EXIT_USAGE;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "parley code: unknown or incomplete option '%s'\n", a);
            usage(stderr);
            free(inputs);
            return EXIT_USAGE;
        } else {
            inputs[ninputs++] = argv[i];
        }
    }
    parley_lexicon *lx;
    size_t bad = 0;
    int rc = parley_lexicon_load(&lx, &lo, &bad);
    if (rc) {
        fprintf(stderr, "parley code: cannot load the lexicon: %s\n", parley_strerror(rc));
        free(inputs);
        return EXIT_FATAL;
    }
    if (dicts.strict && bad) { /* as for the CAMEO dictionaries */
        fprintf(stderr, "parley code: --strict: %zu malformed line%s in the lexicon\n", bad,
                bad == 1 ? "" : "s");
        parley_lexicon_free(lx);
        free(inputs);
        return EXIT_FATAL;
    }
    c.lx = lx;
    if (cli_ids_new(&c.ids)) {
        fprintf(stderr, "parley: out of memory\n");
        parley_lexicon_free(lx);
        free(inputs);
        return EXIT_FATAL;
    }
    parley_cameo *cameo = NULL;
    size_t dict_bad = 0;
    if ((rc = cli_dicts_load(&dicts, lo.log, &cameo, &dict_bad))) {
        cli_ids_free(c.ids);
        parley_lexicon_free(lx);
        free(inputs);
        return EXIT_FATAL;
    }
    code_opts.cameo = cameo;
    code_opts.default_date = io.default_date;
    code_opts.log = lo.log;
    /* PARLEY_DEBUG=1: the coder's trace of mentions on stderr */
    const char *trace = getenv("PARLEY_DEBUG");
    code_opts.trace = trace && *trace && strcmp(trace, "0");
    if (code_opts.trace)
        code_opts.log = cli_log;
    /* Malformed dictionary lines, the community's or a --lexicon's, were
     * warned about and skipped (the community's own files have some);
     * only --strict makes them fatal (above). One rule for code and
     * ingest (README, exit codes; issue 13, D12). */
    (void)dict_bad;
    size_t input_errors = 0;
    if (parley_export_header(&c.out, c.format))
        c.failed = 1;
    if (threads == 0)
        threads = all_cores();
    /* The coder's debugging trace goes to stderr as it codes: keep it in
       document order. */
    const char *dbg = getenv("PARLEY_DEBUG");
    if (dbg && *dbg && strcmp(dbg, "0"))
        threads = 1;
    c.log = io.log;
    if (!c.failed && threads > 1) {
        c.pool = pool_new(lx, c.format, threads, &io, c.ids);
        /* the header goes out first; the pool writes jobs directly */
        if (flush_out(&c))
            c.failed = 1;
    }
    if (c.pool) {
        /* the reading thread's messages wait for the jobs before them */
        io.log = pool_log;
        io.log_ud = &c;
    } else if (!c.failed && parley_parser_new(&c.parser, &io)) {
        fprintf(stderr, "parley: out of memory\n");
        c.failed = 1;
    }
    if (!c.failed &&
        cli_for_each_record(inputs, ninputs, &io, one_record, &c, &input_errors) ==
            PARLEY_ENOMEM)
        c.failed = 1;
    if (c.pool) {
        if (!c.failed)
            pool_drain(&c, c.pool);
        pool_free(c.pool);
        c.pool = NULL;
    }
    parley_parser_free(c.parser);
    input_errors += c.bad + c.renamed;
    if (!c.failed)
        flush_out(&c);
    if (fflush(stdout)) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c.failed = 1;
    }
    parley_buf_release(&c.out);
    parley_buf_release(&c.idbuf);
    cli_ids_free(c.ids);
    parley_cameo_free(cameo);
    parley_lexicon_free(lx);
    free(inputs);
    if (c.failed)
        return EXIT_FATAL;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
