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
    int format; /* enum parley_export_format */
    int failed; /* fatal: out of memory or unwritable output */
    size_t bad;          /* malformed records found by parsers */
    size_t renamed;      /* documents renamed: an input error each */
    struct cli_ids *ids; /* the document ids of the run */
    parley_batch *batch;
};

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
    const struct code_ctx *c = ud;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        int rc = parley_write_event(out, c->format, doc, e, i);
        if (rc)
            return rc;
    }
    return 0;
}

static int write_out(struct code_ctx *c, const char *p, size_t n)
{
    if (n && fwrite(p, 1, n, stdout) != n) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c->failed = 1;
        return 1;
    }
    return 0;
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
    if (parley_batch_new(&c->batch, lx, &bo)) {
        fprintf(stderr, "parley: out of memory\n");
        c->failed = 1;
        return;
    }
    /* the reading thread's messages wait for the documents before them */
    io->log = parley_batch_log;
    io->log_ud = c->batch;
    if (cli_for_each_record(inputs, ninputs, io, one_record, c, input_errors) ==
        PARLEY_ENOMEM)
        c->failed = 1;
    if (!c->failed)
        parley_batch_finish(c->batch);
    parley_batch_free(c->batch);
    c->batch = NULL;
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
    if (threads == 0)
        threads = all_cores();
    /* The coder's debugging trace goes to stderr as it codes: keep it in
       document order. */
    if (code_opts.trace)
        threads = 1;
    code_inputs(&c, lx, threads, &io, inputs, ninputs, &input_errors);
    input_errors += c.bad + c.renamed;
    if (fflush(stdout)) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c.failed = 1;
    }
    cli_ids_free(c.ids);
    parley_cameo_free(cameo);
    parley_lexicon_free(lx);
    free(inputs);
    if (c.failed)
        return EXIT_FATAL;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
