/* code.c — `parley code`: reads articles (files, directories, stdin) and
 * writes one event per line in input order, in any of the output formats
 * (src/output/formats.c; JSON lines, the contract of DESIGN.md, by
 * default). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

struct code_ctx {
    int format; /* enum parley_export_format */
    int failed; /* fatal: out of memory or unwritable output */
    size_t bad;          /* malformed records found by parsers */
    size_t renamed;      /* documents renamed: an input error each */
    struct cli_ids *ids; /* the document ids of the run */
    parley_batch *batch;
    /* No worker threads (-j 1): each document is rendered and handed out
     * in this thread, one after the other, and its lines go straight into
     * block, written out a block at a time; the lines are not copied
     * again from the job into stdout's buffer (100 MB on the 20 MB bench
     * corpus). Set before the first document is submitted. */
    int direct;
    parley_buf block;
    int write_failed;
};

/* The size at which block is written out: what stdout's buffer held,
 * small enough to stay in the cache while the coder runs between. */
#define BLOCK_BYTES ((size_t)64 << 10)

/* Documents coded together without threads (see code_inputs). */
#define GROUP_DOCS 32

/* Coding options (the CAMEO dictionaries, the default date): set once in
 * cmd_code before the batch starts, read-only afterwards. */
static parley_code_opts code_opts;

/* The coded documents go through a parley_batch (src/batch/): N threads
 * parse JSON lines, check ids in input order, code and format, and the
 * reading thread writes each document's lines in input order. */

/* admit: doc's id against the run's, in input order (README, "Document
 * ids"): a duplicate is not coded; a clash is coded renamed (verdict 2). */
static int admit_doc(void *ud, parley_doc *doc, parley_buf *scratch,
                     parley_log_fn log, void *log_ud)
{
    struct code_ctx *c = ud;
    int rc = cli_ids_check(c->ids, doc, scratch, log, log_ud);
    if (rc < 0)
        return rc;
    if (rc == CLI_ID_DUPLICATE)
        return 0;
    if (rc == CLI_ID_RENAMED) {
        doc->id = (parley_str){scratch->p, scratch->n};
        return 2;
    }
    return 1;
}

/* render: a coded document's events, formatted (on a worker thread). */
static int render_doc(void *ud, const parley_doc *doc, const parley_result *r,
                      parley_buf *out)
{
    struct code_ctx *c = ud;
    /* c->block is touched only without threads */
    parley_buf *b = c->direct ? &c->block : out;
    size_t start = b->n;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        int rc = parley_write_event(b, c->format, doc, e, i);
        if (rc) { /* no part of a document's lines goes out */
            b->n = start;
            if (b->cap)
                b->p[start] = '\0';
            return rc;
        }
    }
    return 0;
}

static int write_out(struct code_ctx *c, const char *p, size_t n)
{
    if (n && fwrite(p, 1, n, stdout) != n) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c->failed = c->write_failed = 1;
        return 1;
    }
    return 0;
}

/* Writes out what block holds (all of it, or once it is BLOCK_BYTES
 * long), after what stdout's buffer holds (the header), with write(2):
 * fwrite would copy much of it into that buffer first. A block grown by
 * a large document is given back. */
static int write_block(struct code_ctx *c, int all)
{
    if (c->block.n < (all ? 1 : BLOCK_BYTES))
        return 0;
    int rc = 0;
    if (fflush(stdout)) {
        rc = 1;
    } else {
        for (size_t at = 0; at < c->block.n;) {
            ssize_t k = write(STDOUT_FILENO, c->block.p + at, c->block.n - at);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0) {
                if (!k)
                    errno = EIO;
                rc = 1;
                break;
            }
            at += (size_t)k;
        }
    }
    if (rc) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c->failed = c->write_failed = 1;
    }
    if (c->block.cap > 4 * BLOCK_BYTES)
        parley_buf_release(&c->block);
    else
        parley_buf_reset(&c->block);
    return rc;
}

/* done: each document in input order, its messages already logged. A
 * failure to code one (out of memory; logged) stops the run. */
static int doc_done(void *ud, const parley_batch_item *it)
{
    struct code_ctx *c = ud;
    if (it->err) {
        c->failed = 1;
        return 1;
    }
    c->bad += (size_t)it->malformed;
    c->renamed += it->verdict == 2;
    if (c->direct)
        return write_block(c, 0);
    return write_out(c, it->out.p, it->out.n);
}

/* A record read: queued for the batch (coded at once with -j 1). */
static int one_record(void *ud, const parley_record *rec)
{
    struct code_ctx *c = ud;
    int rc = parley_batch_submit_record(c->batch, rec);
    if (rc == PARLEY_ENOMEM) {
        fprintf(stderr, "parley: %s: %s\n", rec->origin ? rec->origin : "-",
                parley_strerror(rc));
        c->failed = 1;
    }
    return rc != 0;
}

static int all_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 1024 ? 1024 : (int)n;
}

/* Codes every document of the inputs on threads (-j 1: in this
 * thread) and writes their events, in input order. Sets c->failed on a
 * fatal error (reported). */
static void code_inputs(struct code_ctx *c, const parley_lexicon *lx, int threads,
                        parley_ingest_opts *io, char **inputs, int ninputs,
                        size_t *input_errors)
{
    { /* the format's header, if any, goes out first */
        parley_buf h = PARLEY_BUF_INIT;
        if (parley_export_header(&h, c->format)) {
            fprintf(stderr, "parley: out of memory\n");
            c->failed = 1;
        }
        if (!c->failed)
            write_out(c, h.p, h.n);
        parley_buf_release(&h);
        if (c->failed)
            return;
    }
    parley_batch_opts bo;
    memset(&bo, 0, sizeof bo);
    bo.threads = threads > 1 ? threads : 0;
    bo.code = code_opts;
    /* the trace is never quiet */
    bo.log = code_opts.trace ? cli_log : io->log;
    bo.admit = admit_doc;
    bo.render = render_doc;
    bo.done = doc_done;
    bo.ud = c;
    /* documents are coded in groups (parley_batch_opts.group; with
     * threads, on each worker): each built-in stage of a sentence over
     * them all, then the community's dictionaries over them all, so that
     * each stage's code stays in the cache. Not for a terminal, which gets each
     * document's lines as it is done, nor for the trace. */
    if (!code_opts.trace && !isatty(STDOUT_FILENO))
        bo.group = GROUP_DOCS;
    if (parley_batch_new(&c->batch, lx, &bo)) {
        fprintf(stderr, "parley: out of memory\n");
        c->failed = 1;
        return;
    }
    /* a terminal gets each document's lines as it is done */
    c->direct = parley_batch_threads(c->batch) == 0 && !isatty(STDOUT_FILENO);
    /* the reading thread's messages wait for the documents before them */
    io->log = parley_batch_log;
    io->log_ud = c->batch;
    int read_nomem = 0;
    if (cli_for_each_record(inputs, ninputs, io, one_record, c, input_errors) ==
        PARLEY_ENOMEM)
        c->failed = read_nomem = 1;
    /* after a reader ran out of memory, the documents read before are
     * still written, and its "out of memory", held behind them, logged */
    if (!c->failed || read_nomem)
        parley_batch_finish(c->batch);
    parley_batch_free(c->batch);
    c->batch = NULL;
    /* the documents handed out before a failure still go out, as they
     * do with threads */
    if (!c->write_failed)
        write_block(c, 1);
    parley_buf_release(&c->block);
}

/* ---- the command line --------------------------------------------------- */

struct code_args {
    struct cli_dicts dicts;
    int format, input_format, no_builtin, negated, dict_every, quiet;
    const char *date, *lexdir;
    long threads; /* 0: all cores */
};

#define A(f) offsetof(struct code_args, f)
static const cli_opt code_opts_table[] = {
    {"--format", "F", CLI_FN, A(format), 0, 0, cli_set_output_format,
     "output format (default jsonl), one of:", cli_output_formats_help},
    {"--input-format", "F", CLI_FN, A(input_format), 0, 0, cli_set_input_format,
     "input format (default auto: by extension,\nor for stdin by content), one of:",
     cli_input_formats_help},
    {"--date", "YYYY-MM-DD", CLI_FN, A(date), 0, 0, cli_set_date,
     "date for documents that give none", NULL},
    {"--lexicon", "DIR", CLI_STR, A(lexdir), 0, 0, NULL,
     "add or override dictionaries from DIR", NULL},
    {"--no-builtin", NULL, CLI_FLAG, A(no_builtin), 0, 0, NULL,
     "do not load the built-in dictionaries", NULL},
    {"--negated", NULL, CLI_FLAG, A(negated), 0, 0, NULL,
     "also code negated events (\"did not meet\"),\nmarked \"negated\": true", NULL},
    {"--dict-every-sentence", NULL, CLI_FLAG, A(dict_every), 0, 0, NULL,
     "the CAMEO dictionaries code every sentence\n(default: only those the built-in grammar\nfinds no event in)", NULL},
    {"-j|--threads", "N", CLI_LONG, A(threads), 0, 1024, NULL,
     "code N documents at once (default: all cores;\n0: all cores); output is the same for every N",
     NULL},
    {"-q|--quiet", NULL, CLI_FLAG, A(quiet), 0, 0, NULL, "no warnings on stderr", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group code_groups[] = {
    {NULL, code_opts_table, 0},
    {NULL, cli_dicts_opts, A(dicts)},
    {NULL, cli_strict_opts, A(dicts)},
    {NULL, NULL, 0},
};
#undef A

static const cli_cmd code_cmd = {
    "code",
    "usage: parley code [options] [FILE|DIR|-]...\n"
    "\n"
    "Codes news articles into events, one per line on stdout.\n"
    "With no input, reads standard input.\n",
    code_groups, 27,
    "exit status: 0 ok, 1 some input unreadable or malformed (the rest\n"
    "is coded), 2 bad command line, 3 fatal (out of memory, output not\n"
    "writable, dictionaries not loadable).\n",
    0, -1, NULL,
};

/* stdout's buffer: output goes out in 64 KiB writes rather than in one
   or more per document. */
static char out_buf[1 << 16];

int cmd_code(int argc, char **argv)
{
    /* before any output; a terminal keeps its line buffering */
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    struct code_args a;
    memset(&a, 0, sizeof a);
    int ninputs, rc = cli_parse(&code_cmd, argc, argv, &a, &ninputs);
    if (rc != CLI_GO)
        return rc;
    parley_log_fn log = a.quiet ? cli_quiet_log : cli_log;
    parley_ingest_opts io = {a.input_format, a.date, log, NULL, NULL};
    parley_lexicon_opts lo = {a.lexdir, a.no_builtin, log, NULL};
    parley_lexicon *lx;
    parley_cameo *cameo;
    if ((rc = cli_dicts_load(&a.dicts, &lo, log, &lx, &cameo)))
        return rc;
    struct code_ctx c = {0};
    c.format = a.format;
    if (cli_ids_new(&c.ids)) {
        fprintf(stderr, "parley: out of memory\n");
        parley_cameo_free(cameo);
        parley_lexicon_free(lx);
        return EXIT_FATAL;
    }
    code_opts.cameo = cameo;
    code_opts.default_date = a.date;
    code_opts.negated = a.negated;
    code_opts.dict_every = a.dict_every;
    code_opts.log = log;
    /* PARLEY_DEBUG=1: the coder's trace of mentions on stderr, as it
     * codes: in document order, so on one thread */
    const char *trace = getenv("PARLEY_DEBUG");
    code_opts.trace = trace && *trace && strcmp(trace, "0");
    if (code_opts.trace)
        code_opts.log = cli_log;
    int threads = code_opts.trace ? 1 : a.threads ? (int)a.threads : all_cores();
    size_t input_errors = 0;
    code_inputs(&c, lx, threads, &io, argv + 1, ninputs, &input_errors);
    input_errors += c.bad + c.renamed;
    if (fflush(stdout)) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c.failed = 1;
    }
    cli_ids_free(c.ids);
    parley_cameo_free(cameo);
    parley_lexicon_free(lx);
    if (c.failed)
        return EXIT_FATAL;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
