/* fuzz_sniff.c — libFuzzer target for the recognition of standard input's
 * format (src/ingest/formats.c, reader.c): a format once claimed from the
 * first bytes stays claimed whatever follows, and the documents read from
 * standard input (the bytes read to recognise it are read again) are
 * those of the same bytes read from a file in that format. */
#include <stdio.h>
#include <unistd.h>

#include "common.h"

/* The documents of path read as format, as (text, title, date, line)
 * records in out; returns the reader's error count, or -1. */
static long read_all(const char *path, int format, parley_buf *out)
{
    parley_ingest_opts o = {format, NULL, fuzz_log, NULL, NULL};
    parley_reader *r;
    if (parley_reader_open(&r, path, &o))
        return -1;
    parley_doc d;
    int rc;
    while ((rc = parley_reader_next(r, &d)) == 1) {
        parley_buf_add(out, d.text.p, d.text.n);
        parley_buf_addc(out, '\1');
        parley_buf_add(out, d.title.p, d.title.n);
        parley_buf_addc(out, '\1');
        parley_buf_add(out, d.date.p, d.date.n);
        parley_buf_addf(out, "\1%zu\2", d.line);
    }
    long errors = rc < 0 ? -1 : (long)parley_reader_errors(r);
    parley_reader_close(r);
    return errors;
}

/* A decision made on a prefix holds for the whole. */
static void check_stable(const char *p, size_t n)
{
    const pl_input_format *whole = pl_input_format_sniff(p, n, 1);
    if (!whole)
        abort();
    for (size_t k = 0; k <= n && k <= 2600; k += k < 64 ? 1 : 97) {
        const pl_input_format *f = pl_input_format_sniff(p, k, 0);
        if (f && f != whole)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    check_stable(p, size);
    /* UTF-16 is decoded before recognition, and a UTF-8 byte order mark
     * is left out on stdin only: the comparison below is for the rest */
    if (size >= 2 && (data[0] == 0xFF || data[0] == 0xFE))
        return 0;
    if (size >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        return 0;
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/parley-fuzz-sniff-%ld", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, size, f) != size || fclose(f))
        abort();
    const pl_input_format *fmt = pl_input_format_sniff(p, size, 1);
    parley_buf a = PARLEY_BUF_INIT, b = PARLEY_BUF_INIT;
    if (!freopen(path, "rb", stdin))
        abort();
    long ea = read_all("-", PARLEY_FORMAT_AUTO, &a);
    long eb = read_all(path, parley_format_from_name(fmt->name), &b);
    if (ea != eb || a.n != b.n || (a.n && memcmp(a.p, b.p, a.n)))
        abort();
    parley_buf_release(&a);
    parley_buf_release(&b);
    return 0;
}
