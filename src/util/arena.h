/* arena.h — per-document memory (after git's mem-pool): many small
 * allocations, freed together in one call when the document is done. */
#ifndef PARLEY_ARENA_H
#define PARLEY_ARENA_H

#include <stddef.h>

#include "parley.h"

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;
    size_t used, cap; /* of head */
    void *base;       /* head's first byte */
    size_t total;     /* bytes held, for statistics */
    int failed;       /* an allocation failed since pl_arena_init: whoever
                         dropped a NULL on the way (a string copied as
                         "none") is caught by the coder's check of this
                         flag, which reports PARLEY_ENOMEM (issue 13) */
} arena;

/* For the allocation-failure tests only (tests/unit/test_oom.c): when not
 * 0, every new block holds this many bytes (or the request, if larger)
 * instead of doubling from 64 KiB, so that an arena allocates often and a
 * failing allocation can land anywhere in the coder. */
extern size_t pl_arena_test_block;

void pl_arena_init(arena *a);
/* Frees every block but keeps the first for reuse. */
void pl_arena_reset(arena *a);
void pl_arena_release(arena *a);
/* Returns 16-byte-aligned memory, or NULL when out of memory. The common
 * case (room in the current block) is inline: tokens and mentions make
 * many small allocations per document. */
void *pl_arena_alloc_slow(arena *a, size_t n);
static inline void *arena_alloc(arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (a->head && need >= n && a->cap - a->used >= need) {
        void *p = (unsigned char *)a->base + a->used;
        a->used += need;
        return p;
    }
    return pl_arena_alloc_slow(a, n);
}
/* For writing a string whose length is not known yet: returns room for
 * up to n bytes at the arena's end without taking it (NULL when the
 * current block has less); arena_take then keeps the first m <= n. */
static inline char *arena_room(arena *a, size_t n)
{
    return a->head && a->cap - a->used >= n ? (char *)a->base + a->used : NULL;
}
static inline void arena_take(arena *a, size_t m)
{
    a->used += (m + 15) & ~(size_t)15;
}
void *pl_arena_zalloc(arena *a, size_t n);
/* Copies n bytes and adds a NUL; NULL on failure. */
char *pl_arena_strndup(arena *a, const char *s, size_t n);
char *pl_arena_strdup(arena *a, const char *s);
/* x followed by y (neither NULL), NUL-terminated; NULL on failure. */
char *pl_arena_concat(arena *a, const char *x, const char *y);
/* x[0..nx) and y[0..ny) joined, NUL-terminated. */
char *pl_arena_concat_n(arena *a, const char *x, size_t nx, const char *y, size_t ny);
char *pl_arena_printf(arena *a, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
