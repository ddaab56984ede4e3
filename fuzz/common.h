/* common.h — shared by the libFuzzer targets: a context whose log callback
 * checks every diagnostic is one NUL-terminated, newline-free line, and
 * checks that documents hold valid UTF-8 text. */
#ifndef PARLEY_FUZZ_COMMON_H
#define PARLEY_FUZZ_COMMON_H

#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

static void fuzz_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    if ((severity != PARLEY_WARNING && severity != PARLEY_ERROR) || !msg || strchr(msg, '\n') ||
        !pl_utf8_valid(msg, strlen(msg), NULL))
        abort();
}

static ingest_ctx fuzz_ctx(void)
{
    ingest_ctx cx = {"fuzz", NULL, fuzz_log, NULL, 0, NULL};
    return cx;
}

static void check_str(const parley_buf *b)
{
    if (b->n && (!pl_utf8_valid(b->p, b->n, NULL) || memchr(b->p, '\0', b->n)))
        abort();
}

static void check_doc(const ingest_doc *d)
{
    check_str(&d->text);
    check_str(&d->title);
    check_str(&d->id);
    check_str(&d->url);
    if (d->date.n && d->date.n != 10)
        abort();
    if (d->title_len && d->title_off + d->title_len > d->text.n)
        abort();
}

#endif
