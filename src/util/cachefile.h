/* cachefile.h — what the compiled caches share (the dictionary cache,
 * src/cameo/cache.c, and the lexicon's image, src/lexicon/image.c): a
 * checksum, a file mapped read-only at once, a directory made with its
 * parents, a file written whole or not at all. Private to the library. */
#ifndef PARLEY_CACHEFILE_H
#define PARLEY_CACHEFILE_H

#include <stddef.h>
#include <stdint.h>

/* A checksum of buf[0..n): 64 bits; one changed 8-byte word always
 * changes it. */
uint64_t pl_cache_sum(const void *buf, size_t n, uint64_t seed);

/* The same sum of bytes given in pieces: init, add each piece in order,
 * end. Every piece but the last must be a multiple of 128 bytes long. */
typedef struct pl_cache_sum_state {
    uint64_t l[16];
    uint64_t len;
} pl_cache_sum_state;
void pl_cache_sum_init(pl_cache_sum_state *s, uint64_t seed);
void pl_cache_sum_add(pl_cache_sum_state *s, const void *buf, size_t n);
uint64_t pl_cache_sum_end(const pl_cache_sum_state *s);

/* Maps the regular file at path read-only, its pages read at once;
 * *len is its size (more than 0, at most max). Returns 0, or -1 (no such
 * file, not a regular file, empty, too big, or mmap failed). munmap it. */
int pl_cache_map(const char *path, uint64_t max, void **map, size_t *len);

/* Creates directory dir and its parents (0700). Returns 0 or -1. */
int pl_cache_mkdirs(const char *dir);

/* Writes buf[0..n) to path in directory dir (made when missing) through
 * a temporary file there renamed into place: readers see the old file or
 * the whole new one. Returns 0 or -1. */
int pl_cache_write(const char *dir, const char *path, const void *buf, size_t n);

#endif
