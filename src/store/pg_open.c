/* pg_open.c — placeholder while the PostgreSQL backend is written. */
#include "store/store.h"
#include <stdlib.h>

int store_pg_open(parley_store **out, const char *url,
                  const parley_store_opts *opts)
{
    parley_store *st = calloc(1, sizeof *st);
    *out = st;
    if (!st)
        return PARLEY_ENOMEM;
    store_init(st, url, opts);
    return store_fail(st, PARLEY_EINVAL, "PostgreSQL: not built");
}
