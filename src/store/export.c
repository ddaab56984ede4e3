/* export.c — parley_store_export: streams a filtered query in one of the
 * output formats, whose writers (the same for events just coded) are in
 * src/output/, listed in src/output/formats.c. */
#include <string.h>

#include "store/store.h"

struct export_ctx {
    parley_store *st;
    parley_buf b;
    int format;
    parley_write_fn fn;
    void *ud;
};

static int flush(struct export_ctx *x)
{
    int rc = x->b.n ? x->fn(x->ud, x->b.p, x->b.n) : 0;
    parley_buf_reset(&x->b);
    return rc;
}

static int export_one(void *ud, const parley_store_row *row)
{
    struct export_ctx *x = ud;
    int err = parley_export_row(&x->b, row, x->format);
    if (err)
        return pl_store_fail(x->st, err, "out of memory");
    return x->b.n >= 1 << 16 ? flush(x) : 0;
}

int parley_store_export(parley_store *st, const parley_store_filter *f,
                        int format, parley_write_fn fn, void *ud)
{
    if (!st || !fn)
        return PARLEY_EINVAL;
    if (!parley_export_format_name(format))
        return pl_store_fail(st, PARLEY_EINVAL, "unknown export format %d", format);
    struct export_ctx x = {st, PARLEY_BUF_INIT, format, fn, ud};
    int rc = parley_export_header(&x.b, format);
    if (rc)
        rc = pl_store_fail(st, rc, "out of memory");
    if (!rc)
        rc = parley_store_query(st, f, export_one, &x);
    if (!rc)
        rc = flush(&x);
    parley_buf_release(&x.b);
    return rc;
}
