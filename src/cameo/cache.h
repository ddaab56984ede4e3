/* cache.h — the compiled form of loaded CAMEO dictionaries (cache.c): a
 * file keyed by the dictionaries' bytes that a later run reads back in
 * one read instead of parsing the text files again (load.c), and the
 * pieces of the text loader it shares. A side branch of stage 3
 * (lexicon). Private to the library and the parley command. */
#ifndef PARLEY_CAMEO_CACHE_H
#define PARLEY_CAMEO_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "parley.h"

struct parley_cameo;

/* The bytes of one dictionary file, read by the caller (NUL-terminated at
 * len; the text loader may change them). */
typedef struct pl_cameo_src {
    char *data;
    size_t len;
} pl_cameo_src;

/* ---- load.c ---- */

/* parley_cameo_load, with the files' bytes already read when srcs is not
 * NULL (one per file named in o, in the order verbs, actors, agents,
 * discards, issues; NULL names skipped), and every malformed line also
 * recorded in *warnings when it is not NULL (pl_cameo_warning_add). */
int pl_cameo_load_text(struct parley_cameo **out, const parley_cameo_opts *o,
                       size_t *bad_lines, pl_cameo_src *srcs, parley_buf *warnings);

/* An empty set of dictionaries with a serial of its own; NULL when out of
 * memory. Free with parley_cameo_free. */
struct parley_cameo *pl_cameo_alloc(int format);

/* Adds a file's name to c->files. Returns 0 or PARLEY_ENOMEM. */
int pl_cameo_add_file(struct parley_cameo *c, const char *path);

/* What every set of dictionaries has besides its files: the built-in
 * CAMEO table and the word classes. Returns 0, PARLEY_ENOMEM or
 * PARLEY_EPARSE. */
int pl_cameo_finish(struct parley_cameo *c);

/* Says "file:line: what" (what[0..n)) to o->log as the text loader does
 * for a malformed line: a warning, or an error under o->strict; cut at a
 * character to fit 511 bytes. */
void pl_cameo_warn(const parley_cameo_opts *o, const char *file, size_t line,
                   const char *what, size_t n);

/* ---- cache.c ---- */

/* Records a malformed line of file number fileno (c->files) in b.
 * Returns 0 or PARLEY_ENOMEM. */
int pl_cameo_warning_add(parley_buf *b, uint32_t fileno, size_t line, const char *what,
                         size_t n);

/* Loads the dictionaries named in o as parley_cameo_load does, through
 * the cache in directory dir (NULL: none): when a valid compiled form of
 * exactly these files' bytes is there it is read, and their malformed
 * lines are said again to o->log; otherwise the files are parsed and the
 * result written there for the next run (created with its parents;
 * written to a temporary file renamed into place). The cache is never
 * required: a file that cannot be written, or read back, or that fails
 * any check (magic, format, key, sizes, checksum, layout) is ignored and
 * the text files are parsed. o->strict bypasses it. Same results as
 * parley_cameo_load. When note is not NULL, *note is set to a static
 * sentence saying what was done ("read", "written", or why not). */
int pl_cameo_load_cached(struct parley_cameo **out, const parley_cameo_opts *o,
                         size_t *bad_lines, const char *dir, const char **note);

/* The key of the cache file: a hash of every file's role, length and
 * bytes in order (srcs as for pl_cameo_load_text, nsrcs of them), the
 * options that change loading, parley's version, the library's build and
 * the layout of the structures. Returns 0, or -1 (out of memory, or
 * nsrcs is not the number of files named in o): no key, no cache. */
int pl_cameo_cache_key(const parley_cameo_opts *o, const pl_cameo_src *srcs,
                       size_t nsrcs, uint64_t key[2]);

/* Writes c (loaded from files whose key is key, with the recorded
 * warnings w[0..nw)) in the cache's format to a new buffer *out of *n
 * bytes (free it). Returns 0 or PARLEY_ENOMEM. */
int pl_cameo_cache_encode(const struct parley_cameo *c, const uint64_t key[2],
                          const void *w, size_t nw, void **out, size_t *n);

/* Reads buf[0..n) written by pl_cameo_cache_encode under key into a new
 * set of dictionaries *out, the files' names taken from o, and says its
 * warnings again to o->log. The set's arrays point into buf (which must
 * be aligned to 8 bytes): buf must outlive it, and parley_cameo_free
 * munmaps it when owned (buf was mmap'ed). Returns 0, PARLEY_EPARSE when
 * buf is not a valid cache file of that key (nothing is said then; buf
 * is the caller's) or PARLEY_ENOMEM. */
int pl_cameo_cache_decode(const void *buf, size_t n, const uint64_t key[2],
                          const parley_cameo_opts *o, int owned, struct parley_cameo **out,
                          size_t *bad_lines);

/* A checksum of buf[0..n): 64 bits (the cache's body; the files). */
uint64_t pl_cameo_cache_sum(const void *buf, size_t n, uint64_t seed);

#endif
