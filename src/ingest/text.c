/* text.c — plain-text ingest: a whole file is one document; its title is
 * the first non-empty line when a blank line follows it; its date comes
 * from a dateline near the top. */
#include <string.h>

#include "ingest/ingest.h"

#define TITLE_MAX 300 /* a longer first line is a paragraph, not a title */

static int space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

/* End of the line starting at i (index of '\n' or n). */
static size_t eol(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != '\n')
        i++;
    return i;
}

static int blank(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!space(s[i]))
            return 0;
    return 1;
}

static void find_title(ingest_doc *d)
{
    const char *s = d->text.p;
    size_t n = d->text.n, i = 0;
    while (i < n) {
        size_t e = eol(s, n, i);
        if (!blank(s, i, e)) {
            if (e >= n)
                return; /* no line after it */
            size_t e2 = eol(s, n, e + 1);
            if (!blank(s, e + 1, e2))
                return;
            size_t a = i, b = e;
            while (a < b && space(s[a]))
                a++;
            while (b > a && space(s[b - 1]))
                b--;
            if (b - a <= TITLE_MAX) {
                d->title_off = a;
                d->title_len = b - a;
            }
            return;
        }
        i = e + 1;
    }
}

int pl_ingest_parse_text(ingest_ctx *cx, const char *p, size_t n, ingest_doc *d)
{
    pl_ingest_doc_reset(d);
    int rc = pl_ingest_clean(cx, 0, &d->text, p, n);
    if (rc)
        return rc;
    find_title(d);
    if ((rc = pl_ingest_finish_id(cx, d, 1)))
        return rc;
    return pl_ingest_finish_date(cx, d);
}

/* The reader's entry: one document, or none (with a warning) when the
 * file holds only blanks. */
static int whole_text(ingest_ctx *cx, const char *p, size_t n, ingest_doc *one,
                      ingest_doc **many, size_t *ndocs)
{
    (void)many;
    int rc = pl_ingest_parse_text(cx, p, n, one);
    if (rc)
        return rc;
    size_t i = 0;
    while (i < one->text.n && strchr(" \t\n\f\v", one->text.p[i]))
        i++;
    if (i < one->text.n)
        *ndocs = 1;
    else
        pl_ingest_log(cx, PARLEY_WARNING, 0, "empty file: no document");
    return 0;
}

/* The fallback: no sniffer, any extension no other format claims. */
const pl_input_format pl_in_text = {
    "text", "txt", "UTF-8 text: the whole file is one document", "document",
    NULL, whole_text, NULL,
};
