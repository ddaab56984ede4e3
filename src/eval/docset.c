/* docset.c — the documents of the set that `parley eval` evaluates: ids
 * declared by the caller, or read from files and directories with the
 * readers and the naming rule of `parley code` (parley_doc_id). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "eval/docset.h"

int pl_docset_add(docset *s, arena *mem, const char *id, size_t n)
{
    if (!id || !n || memchr(id, '\0', n))
        return PARLEY_EINVAL;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        if (cap > SIZE_MAX / sizeof *s->ids)
            return PARLEY_ENOMEM;
        const char **v = realloc(s->ids, cap * sizeof *v);
        if (!v)
            return PARLEY_ENOMEM;
        s->ids = v;
        s->cap = cap;
    }
    char *copy = pl_arena_strndup(mem, id, n);
    if (!copy)
        return PARLEY_ENOMEM;
    s->ids[s->n++] = copy;
    s->declared = 1;
    s->sealed = 0;
    return 0;
}

static int cmp_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void pl_docset_seal(docset *s)
{
    if (s->sealed)
        return;
    if (s->n)
        qsort(s->ids, s->n, sizeof *s->ids, cmp_id);
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++)
        if (!k || strcmp(s->ids[k - 1], s->ids[i]))
            s->ids[k++] = s->ids[i];
    s->n = k;
    s->sealed = 1;
}

long pl_docset_find(const docset *s, const char *id)
{
    if (!s->n)
        return -1;
    const char **hit = bsearch(&id, s->ids, s->n, sizeof *s->ids, cmp_id);
    return hit ? (long)(hit - s->ids) : -1;
}

void pl_docset_free(docset *s)
{
    free(s->ids);
    memset(s, 0, sizeof *s);
}

/* ---- reading documents ------------------------------------------------ */

typedef struct load_ctx {
    docset *s;
    arena *mem;
    const file_id *skip;
    size_t nskip;
    parley_ingest_opts io;
    size_t *errors;
    int fatal; /* PARLEY_ENOMEM once out of memory */
    const char *root; /* the path given, walked */
} load_ctx;

/* The name `parley code` gives a whole-file document of file found by
 * walking root: its path below root without its extension ("site1/index";
 * README, "Document ids"); NULL for root itself (its base name). */
static int walked_name(const load_ctx *c, const char *file, parley_buf *b)
{
    size_t n = strlen(c->root);
    if (!strcmp(file, c->root) || strncmp(file, c->root, n))
        return 0;
    const char *rel = file + n;
    while (*rel == '/')
        rel++;
    const char *slash = strrchr(rel, '/');
    const char *last = slash ? slash + 1 : rel;
    const char *dot = strrchr(last, '.');
    return parley_buf_add(b, rel, dot && dot > last ? (size_t)(dot - rel) : strlen(rel));
}

/* 1 when file is one of the files to skip (the gold or predictions). */
static int skipped(const load_ctx *c, const char *file)
{
    struct stat st;
    if (!strcmp(file, "-") || stat(file, &st) != 0)
        return 0;
    for (size_t i = 0; i < c->nskip; i++)
        if (c->skip[i].dev == st.st_dev && c->skip[i].ino == st.st_ino)
            return 1;
    return 0;
}

/* parley_walk's callback: declares every document of one file. Returns
 * non-zero only to stop the walk when out of memory. */
static int one_file(void *ud, const char *file)
{
    load_ctx *c = ud;
    if (skipped(c, file))
        return 0;
    parley_reader *r;
    parley_ingest_opts io = c->io;
    parley_buf name = PARLEY_BUF_INIT;
    if (walked_name(c, file, &name)) {
        c->fatal = PARLEY_ENOMEM;
        return c->fatal;
    }
    io.name = name.n ? name.p : NULL;
    int rc = parley_reader_open(&r, file, &io);
    parley_buf_release(&name);
    if (rc < 0) {
        (*c->errors)++;
        if (rc == PARLEY_ENOMEM)
            c->fatal = rc;
        return c->fatal;
    }
    parley_buf id = PARLEY_BUF_INIT;
    parley_doc doc;
    while ((rc = parley_reader_next(r, &doc)) > 0) {
        parley_buf_reset(&id);
        if (parley_doc_id(&id, &doc) ||
            pl_docset_add(c->s, c->mem, id.p, id.n) == PARLEY_ENOMEM) {
            rc = PARLEY_ENOMEM;
            break;
        }
    }
    if (rc == PARLEY_ENOMEM)
        c->fatal = rc;
    else if (rc < 0)
        (*c->errors)++;
    *c->errors += parley_reader_errors(r);
    parley_reader_close(r);
    parley_buf_release(&id);
    return c->fatal;
}

int pl_docset_load(docset *s, arena *mem, const char *path, const file_id *skip,
                size_t nskip, parley_log_fn log, void *log_ud, size_t *errors)
{
    struct stat st;
    if (strcmp(path, "-") && stat(path, &st) != 0) {
        int err = errno;
        if (log) {
            parley_buf m = PARLEY_BUF_INIT;
            if (!parley_buf_addf(&m, "%s: cannot open: %s", path, strerror(err)))
                log(log_ud, PARLEY_ERROR, m.p);
            parley_buf_release(&m);
        }
        return err == ENOENT || err == ENOTDIR ? PARLEY_ENOENT : PARLEY_EIO;
    }
    load_ctx c = {s, mem, skip, nskip, {PARLEY_FORMAT_AUTO, NULL, log, log_ud, NULL},
                  errors, 0, path};
    s->declared = 1;
    int rc = parley_walk(path, one_file, &c, log, log_ud);
    if (c.fatal)
        return c.fatal;
    if (rc == PARLEY_ENOMEM)
        return rc;
    if (rc < 0) /* entries inside that could not be read; logged */
        (*errors)++;
    return 0;
}
