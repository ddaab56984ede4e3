/* code.c — `parley code`: reads articles (files, directories, stdin) and
 * writes one event per line, JSON (the contract of DESIGN.md) or
 * Phoenix-style TSV, in input order. */
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
            "  --format jsonl|tsv       output format (default jsonl)\n"
            "  --input-format F         auto|text|jsonl|html|feed (default: by extension)\n"
            "  --date YYYY-MM-DD        date for documents that give none\n"
            "  --lexicon DIR            add or override dictionaries from DIR\n"
            "  --no-builtin             do not load the built-in dictionaries\n"
            CLI_DICTS_HELP
            "  -j, --threads N          code N documents at once (default: all cores;\n"
            "                           0: all cores); output is the same for every N\n"
            "  -q, --quiet              no warnings on stderr\n"
            "  -h, --help               this help\n");
}

struct code_ctx {
    const parley_lexicon *lx;
    int tsv;
    parley_buf out;
    int failed; /* fatal: out of memory or unwritable output */
    size_t docs, events;
    int quiet;
    struct pool *pool; /* NULL: code in the reading thread (-j 1) */
};

/* Coding options (the CAMEO dictionaries, the default date): set once in
 * cmd_code before any worker starts, read-only afterwards. */
static parley_code_opts code_opts;

/* Codes doc and appends its events to out. Returns 0, or the library's
 * error from parley_code (already reported) or from formatting. */
static int code_doc(const parley_lexicon *lx, int tsv, const parley_doc *doc,
                    parley_buf *out, size_t *events)
{
    parley_result *r;
    int rc = parley_code(lx, doc, &code_opts, &r);
    if (rc)
        return rc;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        rc = tsv ? parley_write_tsv(out, doc, e, i)
                 : parley_write_json(out, doc, e, i);
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

static void report_code_error(const parley_doc *doc, int rc)
{
    fprintf(stderr, "parley: %s: %s\n", doc->origin ? doc->origin : "-",
            parley_strerror(rc));
}

static int one_doc_sync(struct code_ctx *c, const parley_doc *doc)
{
    size_t before = c->out.n;
    int rc = code_doc(c->lx, c->tsv, doc, &c->out, &c->events);
    if (rc) {
        /* parley_code's failures are reported; a formatting failure
         * (out of memory) stops the run like before */
        c->out.n = before;
        report_code_error(doc, rc);
        c->failed = 1;
        return 1;
    }
    c->docs++;
    if (c->out.n >= 1 << 16 && flush_out(c))
        return 1;
    return 0;
}

/* ---- parallel coding (-j N) ------------------------------------------

   The reading thread (cli_for_each_doc's callback) copies each document
   into the next job of a ring, since the reader's views only last until
   its next document. Worker threads take queued jobs in input order, code
   them against the shared read-only lexicon and format the events into
   the job's own buffer. The reading thread also writes: before it reuses
   a job, and whenever the oldest jobs are done, it writes their buffers in
   input order. The ring's size and a cap on the bytes of queued documents
   keep memory bounded whatever the input's size. */

enum { JOB_FREE, JOB_QUEUED, JOB_DONE };

/* Queued document bytes above which the reader waits (one document is
   always admitted, whatever its size). */
#define POOL_MAX_BYTES ((size_t)64 << 20)
/* Buffers larger than this are freed after use rather than kept. */
#define POOL_KEEP_BYTES ((size_t)4 << 20)

struct job {
    parley_doc doc;  /* views into mem */
    parley_buf mem;  /* the document's strings, copied */
    parley_buf out;  /* its formatted events */
    size_t bytes;    /* counted against POOL_MAX_BYTES */
    size_t events;
    int state;       /* JOB_*, under the pool's lock */
    int err;         /* 0 or the PARLEY_E* code of coding it */
};

struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work; /* a job was queued, or stop */
    pthread_cond_t done; /* a job was coded */
    struct job *jobs;
    size_t njobs;
    /* sequence numbers, job i lives in jobs[i % njobs]:
       head <= next <= tail; [head, tail) are in use */
    size_t head;  /* next to write (reading thread only) */
    size_t next;  /* next to code */
    size_t tail;  /* next to fill */
    size_t queued_bytes;
    int stop;
    const parley_lexicon *lx;
    int tsv;
    pthread_t *threads;
    int nthreads;
};

static void *worker(void *ud)
{
    struct pool *p = ud;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next == p->tail)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->stop)
            break; /* queued jobs are abandoned: the caller drained
                      what it wanted written */
        struct job *j = &p->jobs[p->next % p->njobs];
        p->next++;
        pthread_mutex_unlock(&p->mu);
        j->events = 0;
        j->err = code_doc(p->lx, p->tsv, &j->doc, &j->out, &j->events);
        pthread_mutex_lock(&p->mu);
        j->state = JOB_DONE;
        pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void job_release(struct job *j)
{
    parley_buf_release(&j->mem);
    parley_buf_release(&j->out);
}

/* Stops the workers (jobs not yet taken are dropped: write what you need
   with pool_write_head first) and frees everything. */
static void pool_free(struct pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    for (size_t i = 0; i < p->njobs; i++)
        job_release(&p->jobs[i]);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->jobs);
    free(p->threads);
    free(p);
}

/* A pool of n workers, or NULL when not even one thread could be
   started (the caller then codes in its own thread). */
static struct pool *pool_new(const parley_lexicon *lx, int tsv, int n)
{
    struct pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->lx = lx;
    p->tsv = tsv;
    p->njobs = (size_t)n * 4 + 4;
    p->jobs = calloc(p->njobs, sizeof *p->jobs);
    p->threads = calloc((size_t)n, sizeof *p->threads);
    if (!p->jobs || !p->threads) {
        free(p->jobs);
        free(p->threads);
        free(p);
        return NULL;
    }
    for (size_t i = 0; i < p->njobs; i++) {
        parley_buf_init(&p->jobs[i].mem);
        parley_buf_init(&p->jobs[i].out);
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    while (p->nthreads < n &&
           !pthread_create(&p->threads[p->nthreads], NULL, worker, p))
        p->nthreads++;
    if (!p->nthreads) {
        pool_free(p);
        return NULL;
    }
    return p;
}

/* Writes the oldest job's events once it is done (waiting for it when
   wait is set) and frees its place. Returns 1 when a job was written, 0
   when the oldest is not done yet (or there is none), -1 on a fatal
   error (reported; c->failed is set). */
static int pool_write_head(struct code_ctx *c, struct pool *p, int wait)
{
    if (p->head == p->tail)
        return 0;
    struct job *j = &p->jobs[p->head % p->njobs];
    pthread_mutex_lock(&p->mu);
    while (j->state != JOB_DONE && wait)
        pthread_cond_wait(&p->done, &p->mu);
    int done = j->state == JOB_DONE;
    pthread_mutex_unlock(&p->mu);
    if (!done)
        return 0;
    /* Done jobs are the reading thread's alone: no lock needed. */
    if (j->err) {
        report_code_error(&j->doc, j->err);
        c->failed = 1;
        return -1;
    }
    if (write_out(c, &j->out))
        return -1;
    c->docs++;
    c->events += j->events;
    if (j->out.cap > POOL_KEEP_BYTES)
        parley_buf_release(&j->out);
    else
        parley_buf_reset(&j->out);
    if (j->mem.cap > POOL_KEEP_BYTES)
        parley_buf_release(&j->mem);
    pthread_mutex_lock(&p->mu);
    j->state = JOB_FREE;
    p->queued_bytes -= j->bytes;
    p->head++;
    pthread_mutex_unlock(&p->mu);
    return 1;
}

/* Copies doc's strings into j->mem and points j->doc into the copy. A
   field's pointer stays NULL when the reader's was NULL. */
static int job_fill(struct job *j, const parley_doc *doc)
{
    const parley_str *src[] = {&doc->id, &doc->date, &doc->title,
                               &doc->text, &doc->url, &doc->source};
    parley_str *dst[] = {&j->doc.id, &j->doc.date, &j->doc.title,
                         &j->doc.text, &j->doc.url, &j->doc.source};
    size_t off[6], origin_off = 0;
    parley_buf_reset(&j->mem);
    for (int i = 0; i < 6; i++) {
        off[i] = j->mem.n;
        if (parley_buf_add(&j->mem, src[i]->p, src[i]->n) ||
            parley_buf_addc(&j->mem, '\0'))
            return PARLEY_ENOMEM;
    }
    if (doc->origin) {
        origin_off = j->mem.n;
        if (parley_buf_adds(&j->mem, doc->origin) ||
            parley_buf_addc(&j->mem, '\0'))
            return PARLEY_ENOMEM;
    }
    for (int i = 0; i < 6; i++) {
        dst[i]->p = src[i]->p ? j->mem.p + off[i] : NULL;
        dst[i]->n = src[i]->n;
    }
    j->doc.origin = doc->origin ? j->mem.p + origin_off : NULL;
    j->doc.line = doc->line;
    j->bytes = j->mem.n;
    return 0;
}

static int one_doc_pool(struct code_ctx *c, struct pool *p,
                        const parley_doc *doc)
{
    size_t need = doc->text.n + doc->title.n + doc->id.n;
    /* Make room: a free job, and the queued bytes under the cap. */
    while (p->tail - p->head == p->njobs ||
           (p->tail > p->head && p->queued_bytes + need > POOL_MAX_BYTES))
        if (pool_write_head(c, p, 1) < 0)
            return 1;
    /* Write whatever is already done, so output keeps flowing. */
    int w;
    while ((w = pool_write_head(c, p, 0)) > 0)
        ;
    if (w < 0)
        return 1;
    struct job *j = &p->jobs[p->tail % p->njobs];
    if (job_fill(j, doc)) {
        report_code_error(doc, PARLEY_ENOMEM);
        c->failed = 1;
        return 1;
    }
    pthread_mutex_lock(&p->mu);
    j->state = JOB_QUEUED;
    j->err = 0;
    p->queued_bytes += j->bytes;
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

static int one_doc(void *ud, const parley_doc *doc)
{
    struct code_ctx *c = ud;
    return c->pool ? one_doc_pool(c, c->pool, doc) : one_doc_sync(c, doc);
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

int cmd_code(int argc, char **argv)
{
    parley_ingest_opts io = {0};
    parley_lexicon_opts lo = {0};
    struct cli_dicts dicts = {0};
    int m;
    struct code_ctx c = {0};
    parley_buf_init(&c.out);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
    int threads = 0; /* 0: all cores */
    if (!inputs)
        return EXIT_FATAL;
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
            if (!strcmp(val, "tsv"))
                c.tsv = 1;
            else if (strcmp(val, "jsonl") && strcmp(val, "json")) {
                fprintf(stderr, "parley code: unknown format '%s' (jsonl, tsv)\n", val);
                free(inputs);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--input-format") && val) {
            io.format = parley_format_from_name(val);
            if (io.format < 0) {
                fprintf(stderr, "parley code: unknown input format '%s'\n", val);
                free(inputs);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--date") && val) {
            if (strlen(val) != 10 || val[4] != '-' || val[7] != '-') {
                fprintf(stderr, "parley code: --date wants YYYY-MM-DD, got '%s'\n", val);
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
            c.quiet = 1;
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
    c.lx = lx;
    parley_cameo *cameo = NULL;
    size_t dict_bad = 0;
    if ((rc = cli_dicts_load(&dicts, lo.log, &cameo, &dict_bad))) {
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
    size_t input_errors = dict_bad ? 1 : 0;
    if (c.tsv && parley_write_tsv_header(&c.out))
        c.failed = 1;
    if (threads == 0)
        threads = all_cores();
    /* The coder's debugging trace goes to stderr as it codes: keep it in
       document order. */
    const char *dbg = getenv("PARLEY_DEBUG");
    if (dbg && *dbg && strcmp(dbg, "0"))
        threads = 1;
    if (!c.failed && threads > 1) {
        c.pool = pool_new(lx, c.tsv, threads);
        /* the header goes out first; the pool writes jobs directly */
        if (flush_out(&c))
            c.failed = 1;
    }
    if (!c.failed)
        cli_for_each_doc(inputs, ninputs, &io, one_doc, &c, &input_errors);
    if (c.pool) {
        while (!c.failed && pool_write_head(&c, c.pool, 1) > 0)
            ;
        pool_free(c.pool);
        c.pool = NULL;
    }
    if (!c.failed)
        flush_out(&c);
    if (fflush(stdout)) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c.failed = 1;
    }
    parley_buf_release(&c.out);
    parley_cameo_free(cameo);
    parley_lexicon_free(lx);
    free(inputs);
    if (c.failed)
        return EXIT_FATAL;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
