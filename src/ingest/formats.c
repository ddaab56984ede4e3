/* formats.c — the table of input formats: one row per format, defined in
 * the format's own file (text.c, jsonl.c, html.c, feed.c). The reader's
 * dispatch, extension and content detection, parley_format_from_name and
 * the commands' --input-format help all come from it. Adding a format:
 * its file (with its row), one line here, a test. */
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"

/* In the order of enum parley_format (from PARLEY_FORMAT_TEXT): format
 * number i + 1 is row i. The first row is the fallback. */
static const pl_input_format *const formats[] = {
    &pl_in_text, &pl_in_jsonl, &pl_in_html, &pl_in_feed,
};
#define NFORMATS ((int)(sizeof formats / sizeof formats[0]))

const pl_input_format *pl_input_format_get(int f)
{
    return f >= 1 && f <= NFORMATS ? formats[f - 1] : NULL;
}

int parley_format_from_name(const char *name)
{
    if (!name)
        return -1;
    if (!strcmp(name, "auto"))
        return PARLEY_FORMAT_AUTO;
    for (int i = 0; i < NFORMATS; i++)
        if (!strcmp(name, formats[i]->name))
            return i + 1;
    return -1;
}

const char *parley_format_name(int format)
{
    if (format == PARLEY_FORMAT_AUTO)
        return "auto";
    const pl_input_format *f = pl_input_format_get(format);
    return f ? f->name : NULL;
}

const char *parley_format_help(int format)
{
    if (format == PARLEY_FORMAT_AUTO)
        return "by the file's extension; standard input by its first bytes";
    const pl_input_format *f = pl_input_format_get(format);
    return f ? f->help : NULL;
}

/* Whether ext (n bytes) is one of the words of list, case ignored. */
static int has_ext(const char *list, const char *ext, size_t n)
{
    while (*list) {
        size_t k = strcspn(list, " ");
        if (k == n && !strncasecmp(list, ext, n))
            return 1;
        list += k;
        while (*list == ' ')
            list++;
    }
    return 0;
}

const pl_input_format *pl_input_format_by_ext(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (dot && dot != base && dot[1])
        for (int i = 0; i < NFORMATS; i++)
            if (has_ext(formats[i]->exts, dot + 1, strlen(dot + 1)))
                return formats[i];
    return formats[0];
}

const pl_input_format *pl_input_format_sniff(const char *p, size_t n, int eof)
{
    /* the start of a byte order mark tells nothing yet */
    if (!eof && n < 3 && (!n || !memcmp(p, "\xEF\xBB\xBF", n)))
        return NULL;
    int more = 0;
    for (int i = 0; i < NFORMATS; i++) {
        if (!formats[i]->sniff)
            continue;
        int s = formats[i]->sniff(p, n, eof);
        if (s > 0)
            return formats[i];
        more |= s < 0;
    }
    return more && !eof ? NULL : formats[0];
}

size_t pl_input_skip_blank(const char *p, size_t n)
{
    size_t i = n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    return i;
}
