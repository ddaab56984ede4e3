/* mhd_lib.c — loads libmicrohttpd when a server starts (mhd.h: why it
 * is not linked) and fills pl_mhd with its functions. */
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>

#define PL_MHD_NO_MACROS
#include "serve/mhd.h"

pl_mhd_api pl_mhd;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error = "not loaded";

static void load(void)
{
    void *h = dlopen("libmicrohttpd.so.12", RTLD_NOW | RTLD_LOCAL);
    if (!h)
        h = dlopen("libmicrohttpd.so", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        load_error = e ? e : "libmicrohttpd.so.12 not found";
        return;
    }
    pl_mhd_api api;
    void *f;
#define X(name)                                                           \
    if (!(f = dlsym(h, #name))) {                                         \
        load_error = "libmicrohttpd.so.12 lacks " #name;                  \
        return;                                                           \
    }                                                                     \
    memcpy(&api.name, &f, sizeof f);
    PL_MHD_FUNCS(X)
#undef X
    pl_mhd = api;
    load_error = NULL;
}

int pl_mhd_load(const char **why)
{
    pthread_once(&once, load);
    *why = load_error;
    return load_error ? -1 : 0;
}
