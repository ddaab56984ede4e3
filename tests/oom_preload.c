/* oom_preload.c — allocation failure for a whole `parley` process (issue
 * 13), loaded with LD_PRELOAD by tests/oom_cli.py: the allocation number
 * PARLEY_FAIL_AT (counted from the start of the program, in every library;
 * what the libraries' constructors allocate before it is not counted)
 * fails, and, with PARLEY_FAIL_PERSIST=1, every one after it. With
 * PARLEY_FAIL_COUNT=FILE the number of allocations made is written to
 * FILE at exit; with PARLEY_FAIL_TRACE=1 the failing allocation's call
 * stack goes to stderr (to find where a failure was mishandled). The real allocator is glibc's, reached through its
 * __libc_ names. Not for sanitizer builds (they bring an allocator of
 * their own). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static long fail_at = -1, count;
static int persist, ready, started, trace;

static void init(void)
{
    ready = 1; /* getenv allocates nothing */
    const char *v = getenv("PARLEY_FAIL_AT");
    fail_at = v ? atol(v) : 0;
    const char *p = getenv("PARLEY_FAIL_PERSIST");
    persist = p && *p == '1';
    const char *t = getenv("PARLEY_FAIL_TRACE");
    trace = t && *t == '1';
}

static int fail(void)
{
    if (!started)
        return 0;
    if (!ready)
        init();
    count++;
    int f = fail_at > 0 && (count == fail_at || (persist && count > fail_at));
    if (f)
        errno = ENOMEM; /* as glibc's malloc does */
    if (f && trace && count == fail_at) {
        void *frames[32];
        started = 0; /* backtrace may allocate */
        int n = backtrace(frames, 32);
        backtrace_symbols_fd(frames, n, 2);
        started = 1;
        errno = ENOMEM;
    }
    return f;
}

void *malloc(size_t n) { return fail() ? NULL : __libc_malloc(n); }
void *calloc(size_t k, size_t n) { return fail() ? NULL : __libc_calloc(k, n); }
void *realloc(void *p, size_t n)
{
    return fail() && n ? NULL : __libc_realloc(p, n);
}
void free(void *p) { __libc_free(p); }
void *memalign(size_t a, size_t n) { return fail() ? NULL : __libc_memalign(a, n); }
void *aligned_alloc(size_t a, size_t n) { return fail() ? NULL : __libc_memalign(a, n); }
int posix_memalign(void **out, size_t a, size_t n)
{
    if (fail())
        return 12; /* ENOMEM */
    void *p = __libc_memalign(a, n);
    if (!p)
        return 12;
    *out = p;
    return 0;
}

__attribute__((destructor)) static void report(void)
{
    const char *f = getenv("PARLEY_FAIL_COUNT");
    if (!f)
        return;
    fail_at = 0; /* writing must not fail */
    FILE *o = fopen(f, "w");
    if (o) {
        fprintf(o, "%ld\n", count);
        fclose(o);
    }
}

/* The program starts here, after every shared library's constructors
 * (GnuTLS, loaded by libmicrohttpd, allocates in its own and gives up on
 * a failure there, before parley has any say). */
typedef int (*start_fn)(int (*)(int, char **, char **), int, char **, void (*)(void),
                        void (*)(void), void (*)(void), void *);

#ifdef PARLEY_OOM_COVERAGE
/* A coverage build (-Db_coverage=true): libgcov writes its counts at exit
 * and crashes when an allocation fails there, which is not parley's doing.
 * Allocations stop failing once the program exits: the handler is
 * registered when main starts, after the one that runs the libraries'
 * destructors (libgcov's among them), so it runs before them. */
static int (*real_main)(int, char **, char **);
static void stop_failing(void) { started = 0; }
static int main_then_stop(int argc, char **argv, char **envp)
{
    started = 0; /* atexit may allocate: not counted */
    atexit(stop_failing);
    started = 1;
    return real_main(argc, argv, envp);
}
#endif

int __libc_start_main(int (*main_fn)(int, char **, char **), int argc, char **argv,
                      void (*init_fn)(void), void (*fini)(void), void (*rtld_fini)(void),
                      void *stack_end)
{
    start_fn real = (start_fn)dlsym(RTLD_NEXT, "__libc_start_main");
    started = 1;
    count = 0;
#ifdef PARLEY_OOM_COVERAGE
    real_main = main_fn;
    main_fn = main_then_stop;
#endif
    return real(main_fn, argc, argv, init_fn, fini, rtld_fini, stack_end);
}
