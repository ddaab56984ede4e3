/* pg_lib.c — loads libpq when the first PostgreSQL store is opened
 * (pg.h: why it is not linked) and fills pl_pq with its functions. */
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

#define PL_PQ_NO_MACROS
#include "store/pg.h"

pl_pq_api pl_pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error = "not loaded";

static void load(void)
{
    /* the soname of every libpq since PostgreSQL 8.0; the unversioned
     * name of a development install after it */
    void *h = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!h)
        h = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        load_error = e ? e : "libpq.so.5 not found";
        return;
    }
    pl_pq_api api;
    void *f;
#define X(name)                                                           \
    if (!(f = dlsym(h, #name))) {                                         \
        load_error = "libpq.so.5 lacks " #name;                           \
        return;                                                           \
    }                                                                     \
    memcpy(&api.name, &f, sizeof f);
    PL_PQ_FUNCS(X)
#undef X
    pl_pq = api;
    load_error = NULL;
}

int pl_pq_load(const char **why)
{
    pthread_once(&once, load);
    *why = load_error;
    return load_error ? -1 : 0;
}
