/* arena.c — the per-document arena: a chain of blocks, bump allocation,
 * one call to free everything (see arena.h). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

struct arena_block {
    arena_block *next;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

#define ARENA_MIN_BLOCK (64 * 1024)

size_t pl_arena_test_block;

void pl_arena_init(arena *a)
{
    memset(a, 0, sizeof *a);
}

static void free_chain(arena_block *b)
{
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
}

void pl_arena_reset(arena *a)
{
    if (!a->head)
        return;
    /* Keep the last block of the chain: it is the oldest and, since
     * blocks only grow, often the one that suffices next time. */
    arena_block *b = a->head, *keep = NULL;
    while (b) {
        arena_block *next = b->next;
        if (!next)
            keep = b;
        else
            free(b);
        b = next;
    }
    keep->next = NULL;
    a->failed = 0;
    a->head = keep;
    a->base = keep->data;
    a->cap = keep->cap;
    a->used = 0;
    a->total = keep->cap;
}

void pl_arena_release(arena *a)
{
    free_chain(a->head);
    pl_arena_init(a);
}

/* Not inlined into the copies below: their common case is arena_alloc's
 * and needs none of the registers a new block does. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
void *pl_arena_alloc_slow(arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) {
        a->failed = 1;
        return NULL;
    }
    if (!a->head || a->cap - a->used < need) {
        size_t cap = pl_arena_test_block ? pl_arena_test_block
                     : a->head      ? a->head->cap * 2
                                    : ARENA_MIN_BLOCK;
        if (cap < need)
            cap = need;
        if (cap > SIZE_MAX - sizeof(arena_block)) {
            a->failed = 1;
            return NULL;
        }
        arena_block *b = malloc(sizeof(arena_block) + cap);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->cap = cap;
        b->next = a->head;
        a->head = b;
        a->base = b->data;
        a->cap = cap;
        a->used = 0;
        a->total += cap;
    }
    void *p = a->head->data + a->used;
    a->used += need;
    return p;
}

void *pl_arena_zalloc(arena *a, size_t n)
{
    void *p = arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *pl_arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *pl_arena_strdup(arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *p = arena_alloc(a, n + 1);
    /* the NUL copied with the rest */
    return p ? memcpy(p, s, n + 1) : NULL;
}

char *pl_arena_concat_n(arena *a, const char *x, size_t nx, const char *y, size_t ny)
{
    char *p = arena_alloc(a, nx + ny + 1);
    if (!p)
        return NULL;
    memcpy(p, x, nx);
    memcpy(p + nx, y, ny);
    p[nx + ny] = '\0';
    return p;
}

char *pl_arena_concat(arena *a, const char *x, const char *y)
{
    return pl_arena_concat_n(a, x, strlen(x), y, strlen(y));
}

char *pl_arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (len < 0)
        return NULL;
    char *p = arena_alloc(a, (size_t)len + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)len + 1, fmt, ap);
    va_end(ap);
    return p;
}
