/* code.c — `parley code`: reads articles (files, directories, stdin) and
 * writes one event per line, JSON (the contract of DESIGN.md) or
 * Phoenix-style TSV, in input order. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
};

static int flush_out(struct code_ctx *c)
{
    if (c->out.n && fwrite(c->out.p, 1, c->out.n, stdout) != c->out.n) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c->failed = 1;
        return -1;
    }
    parley_buf_reset(&c->out);
    return 0;
}

static int one_doc(void *ud, const parley_doc *doc)
{
    struct code_ctx *c = ud;
    parley_result *r;
    int rc = parley_code(c->lx, doc, NULL, &r);
    if (rc) {
        fprintf(stderr, "parley: %s: %s\n", doc->origin ? doc->origin : "-",
                parley_strerror(rc));
        c->failed = 1;
        return 1;
    }
    c->docs++;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        rc = c->tsv ? parley_write_tsv(&c->out, doc, e, i)
                    : parley_write_json(&c->out, doc, e, i);
        if (rc) {
            c->failed = 1;
            break;
        }
        c->events++;
    }
    parley_result_free(r);
    if (c->failed)
        return 1;
    if (c->out.n >= 1 << 16 && flush_out(c))
        return 1;
    return 0;
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
    struct code_ctx c = {0};
    parley_buf_init(&c.out);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    int ninputs = 0;
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
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            c.quiet = 1;
            io.log = quiet_log;
            lo.log = quiet_log;
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
    size_t input_errors = 0;
    if (c.tsv && parley_write_tsv_header(&c.out))
        c.failed = 1;
    cli_for_each_doc(inputs, ninputs, &io, one_doc, &c, &input_errors);
    if (!c.failed)
        flush_out(&c);
    if (fflush(stdout)) {
        fprintf(stderr, "parley: cannot write output: %s\n", strerror(errno));
        c.failed = 1;
    }
    parley_buf_release(&c.out);
    parley_lexicon_free(lx);
    free(inputs);
    if (c.failed)
        return EXIT_FATAL;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}
