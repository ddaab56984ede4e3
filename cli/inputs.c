/* inputs.c — the document loop shared by the commands that read articles
 * (code, ingest): expands directories, opens a reader per file and hands
 * each document (or each record, for callers that parse elsewhere) to a
 * callback. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

struct walk_ctx {
    const parley_ingest_opts *io;
    cli_doc_fn fn;        /* one of fn and record_fn */
    cli_record_fn record_fn;
    void *ud;
    size_t *errors;
};

static int one_file(void *ud, const char *file)
{
    struct walk_ctx *w = ud;
    parley_reader *r;
    if (parley_reader_open(&r, file, w->io) < 0) {
        (*w->errors)++;
        return 0;
    }
    int rc = 0, stop = 0;
    if (w->record_fn) {
        parley_record rec;
        while (!stop && (rc = parley_reader_next_record(r, &rec)) > 0)
            stop = w->record_fn(w->ud, &rec);
    } else {
        parley_doc doc;
        while (!stop && (rc = parley_reader_next(r, &doc)) > 0)
            stop = w->fn(w->ud, &doc);
    }
    if (rc < 0)
        (*w->errors)++;
    *w->errors += parley_reader_errors(r);
    parley_reader_close(r);
    return stop;
}

static int for_each(char **inputs, int ninputs, struct walk_ctx *w)
{
    char *stdin_only[] = {"-"};
    if (ninputs == 0) {
        inputs = stdin_only;
        ninputs = 1;
    }
    for (int i = 0; i < ninputs; i++) {
        int rc = parley_walk(inputs[i], one_file, w, w->io->log, w->io->log_ud);
        if (rc > 0)
            return rc;
        if (rc < 0)
            (*w->errors)++;
    }
    return 0;
}

int cli_for_each_doc(char **inputs, int ninputs, const parley_ingest_opts *io,
                     cli_doc_fn fn, void *ud, size_t *input_errors)
{
    struct walk_ctx w = {io, fn, NULL, ud, input_errors};
    return for_each(inputs, ninputs, &w);
}

int cli_for_each_record(char **inputs, int ninputs, const parley_ingest_opts *io,
                        cli_record_fn fn, void *ud, size_t *input_errors)
{
    struct walk_ctx w = {io, NULL, fn, ud, input_errors};
    return for_each(inputs, ninputs, &w);
}
