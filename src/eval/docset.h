/* docset.h — the evaluated set of `parley eval` (internal to src/eval):
 * document ids declared one by one or read from files the way `parley
 * code` reads them, sorted once for lookups while scoring. */
#ifndef PARLEY_EVAL_DOCSET_H
#define PARLEY_EVAL_DOCSET_H

#include <stddef.h>
#include <sys/types.h>

#include "parley.h"
#include "util/arena.h"

/* A file by identity, so that the gold and prediction files are known
 * whatever path names them. */
typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

typedef struct docset {
    const char **ids; /* strings in the caller's arena */
    size_t n, cap;
    int declared;     /* an id was added or a path was read */
    int sealed;       /* ids are sorted and distinct */
} docset;

/* Adds id[0..n) (copied into mem). Returns 0, PARLEY_EINVAL (n == 0 or
 * a NUL byte inside) or PARLEY_ENOMEM. */
int pl_docset_add(docset *s, arena *mem, const char *id, size_t n);

/* Adds the documents of path (a file, a directory walked as parley_walk
 * does, or "-"), each read with parley_reader in auto format and named by
 * parley_doc_id; files whose identity is in skip[0..nskip) are not read.
 * Input errors inside (unreadable entries, malformed records) are logged
 * and added to *errors. Returns 0; PARLEY_ENOENT or PARLEY_EIO when path
 * itself cannot be read ("path: cannot open: why" is logged); or
 * PARLEY_ENOMEM. */
int pl_docset_load(docset *s, arena *mem, const char *path, const file_id *skip,
                size_t nskip, parley_log_fn log, void *log_ud, size_t *errors);

/* Sorts the ids and drops repeats. Never fails. */
void pl_docset_seal(docset *s);

/* Index of id in a sealed set, or -1. */
long pl_docset_find(const docset *s, const char *id);

void pl_docset_free(docset *s);

#endif
