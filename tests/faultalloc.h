/* faultalloc.h — a fault-injecting allocator for the tests, after SQLite's
 * test_malloc.c (issue 13): the Nth allocation from now fails (or, in
 * persistent mode, the Nth and every one after it), and every block is
 * tracked so that a test can tell that nothing leaked. It sees the
 * library's own allocations (linked with -Wl,--wrap=malloc,... see
 * tests/meson.build) and, through their hooks, SQLite's, libxml2's and
 * jansson's. utf8proc allocates with a malloc of its own that cannot be
 * reached this way. Single-threaded use only. */
#ifndef PARLEY_TESTS_FAULTALLOC_H
#define PARLEY_TESTS_FAULTALLOC_H

#include <stddef.h>

/* Installs the hooks of SQLite, libxml2 and jansson: call first thing in
 * main, before any of them is used. */
void fa_install(void);
/* The n-th allocation from now fails (n >= 1); with persist, so do all
 * later ones. n == 0: none fails (disarmed). */
void fa_arm(long n, int persist);
/* Whether an armed failure has happened since fa_arm. */
int fa_failed(void);
/* Allocations since fa_arm. */
long fa_count(void);
/* Blocks allocated and not yet freed. */
size_t fa_live(void);

#endif
