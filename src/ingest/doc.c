/* doc.c — what every ingest format shares: the document under
 * construction, diagnostics with file:line or file: byte N, text
 * cleaning with its UTF-8 warning, and the choice of a document's date. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"
#include "text/utf8.h"
#include "util/cut.h"

void pl_ingest_doc_init(ingest_doc *d)
{
    memset(d, 0, sizeof *d);
    parley_buf_init(&d->id);
    parley_buf_init(&d->date);
    parley_buf_init(&d->title);
    parley_buf_init(&d->text);
    parley_buf_init(&d->url);
    parley_buf_init(&d->source);
}

void pl_ingest_doc_reset(ingest_doc *d)
{
    parley_buf_reset(&d->id);
    parley_buf_reset(&d->date);
    parley_buf_reset(&d->title);
    parley_buf_reset(&d->text);
    parley_buf_reset(&d->url);
    parley_buf_reset(&d->source);
    d->title_off = d->title_len = 0;
    d->line = 0;
}

void pl_ingest_doc_release(ingest_doc *d)
{
    parley_buf_release(&d->id);
    parley_buf_release(&d->date);
    parley_buf_release(&d->title);
    parley_buf_release(&d->text);
    parley_buf_release(&d->url);
    parley_buf_release(&d->source);
    d->title_off = d->title_len = 0;
}

static parley_str view(const parley_buf *b)
{
    parley_str s = {b->n ? b->p : NULL, b->n};
    return s;
}

void pl_ingest_doc_view(const ingest_doc *d, const char *origin, parley_doc *out)
{
    out->id = view(&d->id);
    out->date = view(&d->date);
    out->title = view(&d->title);
    if (!d->title.n && d->title_len && d->title_off + d->title_len <= d->text.n) {
        out->title.p = d->text.p + d->title_off;
        out->title.n = d->title_len;
    }
    out->text = view(&d->text);
    out->url = view(&d->url);
    out->source = view(&d->source);
    out->origin = origin;
    out->line = d->line;
}

static void vlog(ingest_ctx *cx, int severity, size_t line, const char *fmt, va_list ap)
{
    if (!cx->log)
        return;
    parley_buf b = PARLEY_BUF_INIT;
    int rc = line ? parley_buf_addf(&b, "%s:%zu: ", cx->origin, line)
                  : parley_buf_addf(&b, "%s: ", cx->origin);
    char small[512];
    va_list aq;
    va_copy(aq, ap);
    int len = vsnprintf(small, sizeof small, fmt, aq);
    va_end(aq);
    if (!rc && len >= 0) {
        if ((size_t)len < sizeof small) {
            rc = parley_buf_add(&b, small, (size_t)len);
        } else if (!(rc = parley_buf_grow(&b, (size_t)len))) {
            vsnprintf(b.p + b.n, (size_t)len + 1, fmt, ap);
            b.n += (size_t)len;
        }
    }
    /* one line of valid UTF-8, whatever the message quotes (libxml2's
     * messages carry newlines and raw input bytes) */
    parley_buf clean = PARLEY_BUF_INIT;
    if (!rc && b.n > PARLEY_MESSAGE_MAX) { /* no message quotes whole input */
        b.n = parley_utf8_cut(b.p, b.n, PARLEY_MESSAGE_MAX);
        rc = parley_buf_adds(&b, "…");
    }
    if (!rc)
        rc = pl_utf8_clean(&clean, b.p, b.n, PARLEY_UTF8_FIX | PARLEY_UTF8_NUL, NULL);
    for (size_t i = 0; !rc && i < clean.n; i++)
        if ((unsigned char)clean.p[i] < 0x20 || clean.p[i] == 0x7f)
            clean.p[i] = ' ';
    if (!rc)
        cx->log(cx->log_ud, severity, clean.p);
    else
        cx->log(cx->log_ud, severity, "out of memory while logging");
    parley_buf_release(&b);
    parley_buf_release(&clean);
}

void pl_ingest_log(ingest_ctx *cx, int severity, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(cx, severity, line, fmt, ap);
    va_end(ap);
}

void pl_ingest_error(ingest_ctx *cx, size_t line, const char *fmt, ...)
{
    cx->errors++;
    va_list ap;
    va_start(ap, fmt);
    vlog(cx, PARLEY_ERROR, line, fmt, ap);
    va_end(ap);
}

int pl_ingest_clean(ingest_ctx *cx, size_t line, parley_buf *out, const char *p, size_t n)
{
    parley_utf8_report rep;
    int rc = pl_utf8_clean(out, p, n, PARLEY_UTF8_CLEAN_ALL, &rep);
    if (rc)
        return rc;
    if (rep.nbad)
        pl_ingest_log(cx, PARLEY_WARNING, line, "byte %zu: invalid UTF-8 (%zu sequence%s replaced)",
                   rep.first_bad, rep.nbad, rep.nbad == 1 ? "" : "s");
    if (rep.nnul)
        pl_ingest_log(cx, PARLEY_WARNING, line, "%zu NUL byte%s replaced by spaces", rep.nnul,
                   rep.nnul == 1 ? "" : "s");
    return 0;
}

int pl_ingest_set_date(ingest_ctx *cx, size_t line, ingest_doc *d, const char *what,
                    const char *s, size_t n)
{
    char out[11];
    if (pl_parse_date(s, n, out)) {
        parley_buf_reset(&d->date);
        return parley_buf_add(&d->date, out, 10);
    }
    /* quote at most 40 bytes of the bad value, printable ASCII only */
    char q[41];
    size_t k = 0;
    for (size_t i = 0; i < n && k < 40; i++)
        q[k++] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
    q[k] = '\0';
    pl_ingest_log(cx, PARLEY_WARNING, line, "unrecognised %s \"%s%s\"; looking for a dateline",
               what, q, n > 40 ? "..." : "");
    return 0;
}

int pl_ingest_finish_date(ingest_ctx *cx, ingest_doc *d)
{
    if (d->date.n)
        return 0;
    char out[11];
    if (pl_find_dateline(d->text.p, d->text.n, out))
        return parley_buf_add(&d->date, out, 10);
    if (d->title.n && pl_find_dateline(d->title.p, d->title.n, out))
        return parley_buf_add(&d->date, out, 10);
    if (pl_find_dateline_yearless(d->text.p, d->text.n, cx->default_date, out))
        return parley_buf_add(&d->date, out, 10);
    if (cx->default_date && *cx->default_date)
        return parley_buf_adds(&d->date, cx->default_date);
    return 0;
}

int pl_ingest_other_charset(const char *p, size_t n, const char *key)
{
    size_t lim = n < 4096 ? n : 4096, k = strlen(key);
    for (size_t i = 0; i + k <= lim; i++) {
        if (strncasecmp(p + i, key, k))
            continue;
        size_t j = i + k;
        while (j < lim && (p[j] == '"' || p[j] == '\'' || p[j] == ' '))
            j++;
        if (j + 5 <= lim && !strncasecmp(p + j, "utf-8", 5))
            return 0;
        if (j + 4 <= lim && !strncasecmp(p + j, "utf8", 4))
            return 0;
        return j < lim;
    }
    return 0;
}
