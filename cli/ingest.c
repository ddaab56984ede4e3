/* ingest.c — `parley ingest`: codes articles into a store (SQLite or
 * PostgreSQL) in transactions, with a progress bar on a terminal; the
 * coding runs on the library's batch engine (src/batch/), the storing on
 * parley_store_*. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* ---- ingest ----------------------------------------------------------- */

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Documents are stored in batches, one transaction each, committed after
 * this many documents or this many seconds, whichever comes first: large
 * enough that the indexes are written once for many documents, small
 * enough that a kill loses little work (a rerun redoes it). */
#define BATCH_DOCS 5000
#define BATCH_SECONDS 2.0
/* PostgreSQL: the server's work per batch (summaries, the GIN indexes'
 * merge) grows with the distinct keys more than with the events, and a
 * full batch is sent while the next is coded. At 948,497 events, batches
 * of 20,000 documents took 48 s of the server's CPU against 59 s. */
#define PG_BATCH_DOCS 20000
#define PG_BATCH_SECONDS 10.0

struct ingest {
    parley_store *st;
    parley_lexicon *lx;
    parley_code_opts co;
    parley_batch *coder;  /* the coding threads (src/batch/) */
    parley_log_fn log;   /* messages, in input order */
    int force;
    /* docs: read so far; added, replaced, events: committed; the p_
     * counts are those of the open batch, not yet committed. */
    size_t docs, added, skipped, replaced, recoded, events;
    size_t p_docs, p_added, p_replaced, p_recoded, p_events;
    /* ... and those of a batch sent (parley_store_send) but not yet known
     * to be stored */
    size_t s_added, s_replaced, s_recoded, s_events;
    int stdin_stream; /* standard input is a pipe or terminal */
    int batch;        /* a batch is open */
    size_t batch_docs; /* a batch's documents at most */
    double batch_seconds; /* ... and its age */
    double batch_t0;
    int fatal, store_err;
    /* document ids of the run: duplicates skipped, clashes renamed */
    struct cli_ids *ids;
    parley_buf idbuf;
    size_t dups, renamed;
    /* progress */
    int tty;
    double t0, last;
    uint64_t total;        /* bytes of all input files; 0 if unknown */
    uint64_t done;         /* bytes of the files finished */
    uint64_t cur_size, cur_used;
    char *cur_origin;
};

static int add_size(void *ud, const char *file)
{
    struct stat sb;
    if (!strcmp(file, "-"))
        *(int64_t *)ud = -1;
    else if (*(int64_t *)ud >= 0 && stat(file, &sb) == 0)
        *(int64_t *)ud += sb.st_size;
    return 0;
}

static void fmt_time(char *out, size_t n, double s)
{
    long t = (long)(s + 0.5);
    if (t >= 3600)
        snprintf(out, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(out, n, "%ld:%02ld", t / 60, t % 60);
}

static void progress(struct ingest *g, int final)
{
    double t = now();
    if (!final && t - g->last < 0.1)
        return;
    g->last = t;
    double el = t - g->t0, rate = el > 0 ? g->docs / el : 0;
    char line[256];
    int n = 0;
    if (g->total) {
        uint64_t used = g->done + (g->cur_used < g->cur_size ? g->cur_used
                                                             : g->cur_size);
        double frac = (double)used / (double)g->total;
        if (frac > 1 || (final && !interrupted))
            frac = 1;
        char bar[26];
        int fill = (int)(frac * 24);
        for (int i = 0; i < 24; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[24] = '\0';
        n = snprintf(line, sizeof line, "[%s] %3.0f%% ", bar, frac * 100);
        if (!final && frac > 0.01 && frac < 1) {
            char eta[32];
            fmt_time(eta, sizeof eta, el / frac - el);
            snprintf(line + n, sizeof line - n,
                     "%zu docs, %zu events, %.0f docs/s, ETA %s", g->docs,
                     g->events, rate, eta);
        } else {
            snprintf(line + n, sizeof line - n, "%zu docs, %zu events, %.0f docs/s",
                     g->docs, g->events, rate);
        }
    } else {
        snprintf(line, sizeof line, "%zu docs, %zu events, %.0f docs/s",
                 g->docs, g->events, rate);
    }
    fprintf(stderr, "\r%s\033[K", line);
    if (final)
        fputc('\n', stderr);
    fflush(stderr);
}

static void track_bytes(struct ingest *g, const parley_doc *doc)
{
    const char *o = doc->origin ? doc->origin : "-";
    if (!g->cur_origin || strcmp(g->cur_origin, o)) {
        g->done += g->cur_size;
        g->cur_used = 0;
        struct stat sb;
        g->cur_size = strcmp(o, "-") && stat(o, &sb) == 0 ? (uint64_t)sb.st_size : 0;
        free(g->cur_origin);
        g->cur_origin = strdup(o);
    }
    /* The bytes a document took in its file, roughly: its fields plus
     * JSON punctuation. Good enough for an ETA. */
    g->cur_used += doc->text.n + doc->title.n + doc->id.n + doc->url.n +
                   doc->source.n + doc->date.n + 48;
}

/* The sent batch is stored: its documents count as ingested. */
static void count_sent(struct ingest *g)
{
    g->added += g->s_added;
    g->replaced += g->s_replaced;
    g->recoded += g->s_recoded;
    g->events += g->s_events;
    g->s_added = g->s_replaced = g->s_recoded = g->s_events = 0;
}

/* Ends the open batch: committed (wait), its documents then counted as
 * ingested with those of a batch sent before; or sent, to be stored while
 * the next batch is coded (PostgreSQL: the server merges it meanwhile),
 * counted once a later call says it is stored. Returns 0, or -1 after
 * reporting the error. */
static int commit_batch(struct ingest *g, int wait)
{
    if (!g->batch && !wait)
        return 0;
    g->batch = 0;
    if (wait ? parley_store_commit(g->st) : parley_store_send(g->st)) {
        if (g->tty)
            fputc('\n', stderr);
        fprintf(stderr, "parley: %s\n", cli_store_msg(g->st));
        g->fatal = 1;
        return -1;
    }
    count_sent(g);
    g->s_added = g->p_added;
    g->s_replaced = g->p_replaced;
    g->s_recoded = g->p_recoded;
    g->s_events = g->p_events;
    g->p_docs = g->p_added = g->p_replaced = g->p_recoded = g->p_events = 0;
    if (wait)
        count_sent(g);
    return 0;
}

/* Whether doc came from standard input as a pipe or terminal that has
 * nothing more to read just now: a feed that trickles in is committed as
 * it comes rather than held (with the write lock) until the batch fills. */
static int idle_stream(const struct ingest *g, const parley_doc *doc)
{
    if (!g->stdin_stream || (doc->origin && strcmp(doc->origin, "-")))
        return 0;
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    return poll(&p, 1, 0) == 0;
}

/* The store is in trouble: say so; the open batch is dropped when the
 * store is closed (its documents are not counted, and a rerun stores
 * them). Returns 1, to stop. */
static int store_error(struct ingest *g)
{
    if (g->tty)
        fputc('\n', stderr);
    fprintf(stderr, "parley: %s\n", cli_store_msg(g->st));
    g->fatal = g->store_err = 1;
    return 1;
}

/* Commits the batch when it is full or old enough, or when the input
 * waits. Returns non-zero to stop. */
static int maybe_commit(struct ingest *g, const parley_doc *doc)
{
    /* a full batch is sent; a feed that waits is committed at once */
    int idle = g->batch && idle_stream(g, doc);
    if (g->batch &&
        (idle || g->p_docs >= g->batch_docs || now() - g->batch_t0 >= g->batch_seconds) &&
        commit_batch(g, idle))
        return 1;
    if (g->tty)
        progress(g, 0);
    return 0;
}

/* Logs that doc replaced a stored document of the same id. */
static void say_replaced(struct ingest *g, const parley_doc *doc)
{
    parley_buf m = PARLEY_BUF_INIT, id = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    rc = rc || parley_buf_adds(&m, doc->origin ? doc->origin : "-");
    rc = rc || (doc->line && parley_buf_addf(&m, ":%zu", doc->line));
    rc = rc || parley_buf_addf(&m, ": document '%.100s' replaces the stored one of that "
                                   "id (its content changed)", id.p);
    if (g->tty)
        fputs("\r\033[K", stderr);
    g->log(NULL, PARLEY_WARNING, rc ? "out of memory" : m.p);
    parley_buf_release(&m);
    parley_buf_release(&id);
}

/* Stores one coded document; the batch hands them out in input order,
 * after their messages. */
static int store_done(void *ud, const parley_batch_item *it)
{
    struct ingest *g = ud;
    const parley_doc *doc = it->doc;
    const parley_result *res = it->result;
    if (it->err) { /* logged by the batch */
        g->fatal = 1;
        return 1;
    }
    size_t nev = parley_result_count(res);
    if (!g->batch) {
        if (parley_store_begin(g->st))
            return store_error(g);
        g->batch = 1;
        g->batch_t0 = now();
    }
    int rc = parley_store_put(g->st, doc, res);
    if (rc < 0)
        return store_error(g);
    if (rc == PARLEY_STORE_SKIPPED) {
        g->skipped++;
    } else {
        g->p_docs++;
        g->p_events += nev;
        if (rc == PARLEY_STORE_REPLACED) {
            g->p_replaced++;
            say_replaced(g, doc);
        } else if (rc == PARLEY_STORE_RECODED) {
            g->p_recoded++;
        } else {
            g->p_added++;
        }
    }
    return maybe_commit(g, doc);
}

/* A document read: its id checked against the run's (a duplicate is
 * dropped, a clash renamed), skipped when stored unchanged, else given to
 * the coding threads. */
static int ingest_doc(void *ud, const parley_doc *in)
{
    struct ingest *g = ud;
    if (interrupted)
        return 1;
    g->docs++;
    if (g->tty)
        track_bytes(g, in);
    parley_doc renamed = *in;
    const parley_doc *doc = in;
    /* messages of this thread keep their place among the coder's */
    int rc = cli_ids_check(g->ids, in, &g->idbuf, parley_batch_log, g->coder);
    if (rc == CLI_ID_DUPLICATE) {
        g->dups++;
        return 0;
    }
    if (rc == CLI_ID_RENAMED) {
        renamed.id = (parley_str){g->idbuf.p, g->idbuf.n};
        doc = &renamed;
        g->renamed++;
    } else if (rc < 0) {
        fprintf(stderr, "parley: %s: %s\n", in->origin ? in->origin : "-",
                parley_strerror(rc));
        g->fatal = 1;
        return 1;
    }
    rc = g->force ? 0 : parley_store_has(g->st, doc);
    if (rc < 0)
        return store_error(g);
    if (rc == 1) {
        g->skipped++;
        /* a long run of skipped documents must not hold the batch open */
        return maybe_commit(g, doc);
    }
    /* the batch copies doc (and a renamed id) */
    rc = parley_batch_submit(g->coder, doc);
    if (rc == PARLEY_ENOMEM) {
        fprintf(stderr, "parley: out of memory\n");
        g->fatal = 1;
        return 1;
    }
    return rc;
}


/* ---- the command line --------------------------------------------------- */

struct ingest_args {
    struct cli_store store;
    struct cli_dicts dicts;
    int format, quiet, force, no_builtin, negated, dict_every;
    const char *date, *lexdir;
    long threads;
};

#define A(f) offsetof(struct ingest_args, f)
static const cli_opt ingest_opts[] = {
    {"--input-format", "F", CLI_FN, A(format), 0, 0, cli_set_input_format,
     "input format (default auto: by extension, or\nfor stdin by content), one of:",
     cli_input_formats_help},
    {"--date", "YYYY-MM-DD", CLI_FN, A(date), 0, 0, cli_set_date,
     "date for documents that give none", NULL},
    {"--lexicon", "DIR", CLI_STR, A(lexdir), 0, 0, NULL,
     "dictionaries that add to the built-in ones", NULL},
    {"--no-builtin", NULL, CLI_FLAG, A(no_builtin), 0, 0, NULL,
     "do not load the built-in dictionaries", NULL},
    {"--negated", NULL, CLI_FLAG, A(negated), 0, 0, NULL,
     "also code negated events, marked negated", NULL},
    {"--dict-every-sentence", NULL, CLI_FLAG, A(dict_every), 0, 0, NULL,
     "the CAMEO dictionaries code every sentence\n(default: only those the built-in grammar\nfinds no event in)", NULL},
    {"--force", NULL, CLI_FLAG, A(force), 0, 0, NULL,
     "re-code documents even when unchanged", NULL},
    {"-j|--threads", "N", CLI_LONG, A(threads), 0, 256, NULL,
     "code N documents at once while storing the\ncoded ones (default 1; 0: all cores)", NULL},
    {"-q|--quiet", NULL, CLI_FLAG, A(quiet), 0, 0, NULL,
     "no progress bar and no warnings, only errors\nand the summary line", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group ingest_groups[] = {
    {NULL, cli_store_opts, A(store)},
    {NULL, ingest_opts, 0},
    {NULL, cli_dicts_opts, A(dicts)},
    {NULL, cli_strict_opts, A(dicts)},
    {NULL, NULL, 0},
};
#undef A

static const cli_cmd ingest_cmd = {
    "ingest",
    "usage: parley ingest --db DB [options] [INPUT...]\n"
    "\n"
    "Codes articles (files, directories, '-' for stdin; stdin when no\n"
    "INPUT) and stores documents, sentences and events in DB, in\n"
    "transactions of up to 5000 documents or two seconds (PostgreSQL:\n"
    "20000 or ten seconds, each merged while the next is coded). A document\n"
    "already stored with the same content is skipped; a changed one\n"
    "replaces its events. Interrupted, killed or stopped by an error,\n"
    "a run keeps every committed transaction; run it again to finish.\n",
    ingest_groups, 21,
    "exit status: 0 ok, 1 some input unreadable or malformed, 2 bad\n"
    "command line, 3 store error (locked, read-only, full, corrupt),\n"
    "130 interrupted.\n",
    0, -1, NULL,
};

/* ---- the run -------------------------------------------------------------- */

/* Starts the coding threads, which hand coded documents to store_done. */
static int start_coder(struct ingest *g, const struct ingest_args *a)
{
    long threads = a->threads;
    if (threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? n : 1;
    }
    parley_batch_opts bo;
    memset(&bo, 0, sizeof bo);
    bo.threads = (int)threads;
    bo.code = g->co;
    bo.log = g->log;
    bo.done = store_done;
    bo.ud = g;
    if (parley_batch_new(&g->coder, g->lx, &bo)) {
        fprintf(stderr, "parley: out of memory\n");
        return EXIT_FATAL;
    }
    return EXIT_OK;
}

static void catch_signals(void)
{
    /* A file-size limit (ulimit -f) should fail the write, which SQLite
     * reports, rather than kill the process. */
    signal(SIGXFSZ, SIG_IGN);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* The progress bar's total: the bytes of every input (0: unknown). */
static void measure_inputs(struct ingest *g, char **inputs, int nin)
{
    int64_t total = 0;
    char *stdin_only[] = {"-"};
    char **ins = nin ? inputs : stdin_only;
    for (int i = 0; i < (nin ? nin : 1); i++)
        parley_walk(ins[i], add_size, &total, NULL, NULL);
    g->total = total > 0 ? (uint64_t)total : 0;
}

static void summary(const struct ingest *g, int quiet)
{
    double el = now() - g->t0;
    char more[128] = "";
    int m = 0;
    if (g->recoded)
        m = snprintf(more, sizeof more, ", %zu re-coded", g->recoded);
    if (g->dups || g->renamed)
        snprintf(more + m, sizeof more - (size_t)m, ", %zu duplicate%s dropped, %zu renamed",
                 g->dups, g->dups == 1 ? "" : "s", g->renamed);
    fprintf(stderr,
            "%singested %zu documents (%zu skipped, %zu replaced%s), %zu events "
            "in %.1f s%s\n",
            quiet || g->tty ? "" : "parley: ", g->added + g->replaced + g->recoded, g->skipped,
            g->replaced, more, g->events, el,
            interrupted ? " (interrupted; run again to finish)" : "");
}

/* Reads, codes and stores every document of the inputs; what is coded is
 * stored, also after an interrupt or a coding error; after a store error
 * the open transaction is dropped (parley_store_close). Returns the
 * number of input errors. */
static size_t run(struct ingest *g, parley_ingest_opts *io, char **inputs, int nin)
{
    struct stat in_sb;
    g->stdin_stream = fstat(STDIN_FILENO, &in_sb) == 0 && !S_ISREG(in_sb.st_mode);
    g->t0 = g->last = now();
    size_t input_errors = 0;
    if (cli_ids_new(&g->ids)) {
        fprintf(stderr, "parley: out of memory\n");
        g->fatal = 1;
    } else {
        /* the reader's messages keep their place among the coder's */
        io->log = parley_batch_log;
        io->log_ud = g->coder;
    }
    int read_nomem = 0;
    if (!g->fatal &&
        cli_for_each_doc(inputs, nin, io, ingest_doc, g, &input_errors) == PARLEY_ENOMEM)
        g->fatal = read_nomem = 1;
    /* after a reader ran out of memory, the documents read before are
     * still stored, and its "out of memory", held behind them, logged */
    if (!g->fatal || read_nomem)
        parley_batch_finish(g->coder);
    parley_batch_free(g->coder);
    g->coder = NULL;
    if (!g->store_err)
        commit_batch(g, 1);
    if (g->tty && !g->fatal)
        progress(g, 1);
    return input_errors + g->renamed;
}

int cmd_ingest(int argc, char **argv)
{
    struct ingest_args a;
    memset(&a, 0, sizeof a);
    a.threads = 1;
    int nin, rc = cli_parse(&ingest_cmd, argc, argv, &a, &nin);
    if (rc != CLI_GO)
        return rc;
    /* As for parley code: --quiet keeps errors, drops warnings. */
    parley_log_fn log = a.quiet ? cli_quiet_log : cli_log;
    parley_ingest_opts io = {a.format, a.date, log, NULL, NULL};
    struct ingest g;
    memset(&g, 0, sizeof g);
    g.force = a.force;
    g.co.log = g.log = log;
    g.co.default_date = a.date;
    g.co.negated = a.negated;
    g.co.dict_every = a.dict_every;
    parley_buf_init(&g.idbuf);
    if ((rc = cli_store_open(&g.st, &a.store, a.force ? PARLEY_STORE_FORCE : 0)))
        return rc;
    int pg = !strcmp(parley_store_backend(g.st), "postgresql");
    g.batch_docs = pg ? PG_BATCH_DOCS : BATCH_DOCS;
    g.batch_seconds = pg ? PG_BATCH_SECONDS : BATCH_SECONDS;
    parley_lexicon_opts lo = {a.lexdir, a.no_builtin, log, NULL};
    parley_cameo *cameo = NULL;
    rc = cli_dicts_load(&a.dicts, &lo, log, &g.lx, &cameo);
    if (!rc) {
        g.co.cameo = cameo;
        rc = start_coder(&g, &a);
    }
    if (rc) {
        parley_cameo_free(cameo);
        parley_lexicon_free(g.lx);
        parley_store_close(g.st);
        return rc;
    }
    catch_signals();
    g.tty = !a.quiet && isatty(STDERR_FILENO);
    if (g.tty)
        measure_inputs(&g, argv + 1, nin);
    size_t input_errors = run(&g, &io, argv + 1, nin);
    summary(&g, a.quiet);
    parley_cameo_free(cameo);
    parley_lexicon_free(g.lx);
    parley_store_close(g.st);
    cli_ids_free(g.ids);
    parley_buf_release(&g.idbuf);
    free(g.cur_origin);
    if (g.fatal)
        return EXIT_FATAL;
    if (interrupted)
        return EXIT_INTERRUPTED;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
