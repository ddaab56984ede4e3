/* inputs.c — the document loop shared by the commands that read articles
 * (code, ingest): expands directories, opens a reader per file and hands
 * each document to a callback. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

struct walk_ctx {
    const parley_ingest_opts *io;
    cli_doc_fn fn;
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
    parley_doc doc;
    int rc, stop = 0;
    while ((rc = parley_reader_next(r, &doc)) > 0) {
        stop = w->fn(w->ud, &doc);
        if (stop)
            break;
    }
    if (rc < 0)
        (*w->errors)++;
    *w->errors += parley_reader_errors(r);
    parley_reader_close(r);
    return stop;
}

int cli_for_each_doc(char **inputs, int ninputs, const parley_ingest_opts *io,
                     cli_doc_fn fn, void *ud, size_t *input_errors)
{
    struct walk_ctx w = {io, fn, ud, input_errors};
    char *stdin_only[] = {"-"};
    if (ninputs == 0) {
        inputs = stdin_only;
        ninputs = 1;
    }
    for (int i = 0; i < ninputs; i++) {
        int rc = parley_walk(inputs[i], one_file, &w, io->log, io->log_ud);
        if (rc > 0)
            return rc;
        if (rc < 0)
            (*input_errors)++;
    }
    return 0;
}
