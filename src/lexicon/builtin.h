/* builtin.h — the dictionaries embedded at build time from data/ by
 * tools/embed.py; read by the lexicon loader. */
#ifndef PARLEY_BUILTIN_H
#define PARLEY_BUILTIN_H

#include <stddef.h>

typedef struct parley_builtin_file {
    const char *name; /* base name, e.g. "countries.txt" */
    const char *data; /* NUL-terminated */
    size_t len;
} parley_builtin_file;

extern const parley_builtin_file pl_builtin_files[];
extern const size_t pl_builtin_nfiles;
/* A hash of the files' names and bytes (SHA-256, hex), made when they
 * were embedded: the lexicon's image is keyed by it (image.c). */
extern const char pl_builtin_hash[];

#endif
