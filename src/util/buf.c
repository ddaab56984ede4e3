/* buf.c — parley_buf, the growable byte buffer used for all string
 * building (instead of strcat/sprintf), and its JSON string writer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "text/utf8.h"

static char empty_buf[1];

void parley_buf_init(parley_buf *b)
{
    b->p = empty_buf;
    b->n = 0;
    b->cap = 0;
}

void parley_buf_release(parley_buf *b)
{
    if (b->cap)
        free(b->p);
    parley_buf_init(b);
}

char *parley_buf_detach(parley_buf *b, size_t *n)
{
    char *p = b->cap ? b->p : calloc(1, 1);
    if (n)
        *n = b->n;
    parley_buf_init(b);
    return p;
}

void parley_buf_reset(parley_buf *b)
{
    b->n = 0;
    if (b->cap)
        b->p[0] = '\0';
    else
        b->p = empty_buf;
}

int parley_buf_grow(parley_buf *b, size_t extra)
{
    if (!b->p)
        parley_buf_init(b);
    if (extra > SIZE_MAX - b->n - 1)
        return PARLEY_ENOMEM;
    size_t need = b->n + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->cap ? b->p : NULL, cap);
    if (!p)
        return PARLEY_ENOMEM;
    if (!b->cap)
        p[0] = '\0';
    b->p = p;
    b->cap = cap;
    return 0;
}

int parley_buf_add(parley_buf *b, const void *p, size_t n)
{
    if (parley_buf_grow(b, n))
        return PARLEY_ENOMEM;
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = '\0';
    return 0;
}

int parley_buf_adds(parley_buf *b, const char *s)
{
    return parley_buf_add(b, s, strlen(s));
}

int parley_buf_addc(parley_buf *b, char c)
{
    return parley_buf_add(b, &c, 1);
}

int parley_buf_addf(parley_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0)
        return PARLEY_EINVAL;
    if ((size_t)len < sizeof small)
        return parley_buf_add(b, small, (size_t)len);
    if (parley_buf_grow(b, (size_t)len))
        return PARLEY_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)len + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)len;
    return 0;
}

int parley_buf_add_json(parley_buf *b, parley_str s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s.p;
    size_t n = s.n;
    if (parley_buf_grow(b, n + 2))
        return PARLEY_ENOMEM;
    if (parley_buf_addc(b, '"'))
        return PARLEY_ENOMEM;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '"' &&
               p[run] != '\\')
            run++;
        if (run > i && parley_buf_add(b, p + i, run - i))
            return PARLEY_ENOMEM;
        i = run;
        if (i >= n)
            break;
        unsigned c = p[i];
        int rc = 0;
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rc = parley_buf_add(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': rc = parley_buf_add(b, "\\n", 2); break;
            case '\t': rc = parley_buf_add(b, "\\t", 2); break;
            case '\r': rc = parley_buf_add(b, "\\r", 2); break;
            default: {
                char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                rc = parley_buf_add(b, esc, 6);
            }
            }
            i++;
        } else {
            size_t len = parley_utf8_seq(p + i, n - i);
            if (len) {
                rc = parley_buf_add(b, p + i, len);
                i += len;
            } else {
                rc = parley_buf_add(b, "\xEF\xBF\xBD", 3);
                i++;
            }
        }
        if (rc)
            return rc;
    }
    return parley_buf_addc(b, '"');
}
