/* inputs.c — the document loop shared by the commands that read articles
 * (code, ingest): expands directories, opens a reader per file and hands
 * each document (or each record, for callers that parse elsewhere) to a
 * callback. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

struct walk_ctx {
    const parley_ingest_opts *io;
    cli_doc_fn fn;        /* one of fn and record_fn */
    cli_record_fn record_fn;
    void *ud;
    size_t *errors;
    int nomem;             /* out of memory: the walk stopped */
    const char *root;      /* the input being walked */
    const char *root_name; /* its id when it is a file named by itself */
};

/* The id of a whole-file document of file (README, "Document ids"): the
 * name of a file given on the command line, else its path relative to
 * the directory given, without its extension ("site1/index"). */
static int doc_name(const struct walk_ctx *w, const char *file, parley_buf *b)
{
    if (!strcmp(file, w->root) || strncmp(file, w->root, strlen(w->root)))
        return w->root_name ? parley_buf_adds(b, w->root_name) : 0;
    const char *rel = file + strlen(w->root);
    while (*rel == '/')
        rel++;
    const char *slash = strrchr(rel, '/');
    const char *last = slash ? slash + 1 : rel;
    const char *dot = strrchr(last, '.');
    size_t n = dot && dot > last ? (size_t)(dot - rel) : strlen(rel);
    return parley_buf_add(b, rel, n);
}

static int one_file(void *ud, const char *file)
{
    struct walk_ctx *w = ud;
    parley_reader *r;
    parley_ingest_opts io = *w->io;
    parley_buf name = PARLEY_BUF_INIT;
    if (doc_name(w, file, &name)) {
        if (w->io->log)
            w->io->log(w->io->log_ud, PARLEY_ERROR, "out of memory");
        w->nomem = 1; /* fatal: stops the walk */
        return 1;
    }
    io.name = name.n ? name.p : NULL;
    int orc = parley_reader_open(&r, file, &io);
    parley_buf_release(&name);
    if (orc == PARLEY_ENOMEM) { /* logged; fatal, not an input error (issue 13) */
        w->nomem = 1;
        return 1;
    }
    if (orc < 0) {
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
    if (rc == PARLEY_ENOMEM) { /* logged by the reader */
        w->nomem = 1;
        stop = 1;
    } else if (rc < 0) {
        (*w->errors)++;
    }
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
    /* the names of the files named as such (not directories, not "-") */
    char **files = calloc((size_t)ninputs, sizeof *files), **names = NULL;
    int *which = calloc((size_t)ninputs, sizeof *which);
    size_t nfiles = 0;
    for (int i = 0; files && which && i < ninputs; i++) {
        struct stat sb;
        which[i] = -1;
        if (strcmp(inputs[i], "-") && !(stat(inputs[i], &sb) == 0 && S_ISDIR(sb.st_mode))) {
            which[i] = (int)nfiles;
            files[nfiles++] = inputs[i];
        }
    }
    if (!files || !which || cli_file_names(files, nfiles, &names)) {
        if (w->io->log)
            w->io->log(w->io->log_ud, PARLEY_ERROR, "out of memory");
        free(files);
        free(which);
        return PARLEY_ENOMEM;
    }
    int stop = 0;
    for (int i = 0; i < ninputs && !stop; i++) {
        w->root = inputs[i];
        w->root_name = which[i] >= 0 ? names[which[i]] : NULL;
        int rc = parley_walk(inputs[i], one_file, w, w->io->log, w->io->log_ud);
        if (rc > 0)
            stop = rc;
        else if (rc < 0)
            (*w->errors)++;
    }
    cli_file_names_free(names, nfiles);
    free(files);
    free(which);
    return w->nomem ? PARLEY_ENOMEM : stop;
}

int cli_for_each_doc(char **inputs, int ninputs, const parley_ingest_opts *io,
                     cli_doc_fn fn, void *ud, size_t *input_errors)
{
    struct walk_ctx w = {io, fn, NULL, ud, input_errors, 0, NULL, NULL};
    return for_each(inputs, ninputs, &w);
}

int cli_for_each_record(char **inputs, int ninputs, const parley_ingest_opts *io,
                        cli_record_fn fn, void *ud, size_t *input_errors)
{
    struct walk_ctx w = {io, NULL, fn, ud, input_errors, 0, NULL, NULL};
    return for_each(inputs, ninputs, &w);
}
