/* qs.c — the query-string parser of `parley serve` (src/serve/): splits
 * "a=1&b=x%20y" into unique keys and percent-decoded values. Every byte is
 * untrusted: malformed escapes, encoded NUL bytes and invalid UTF-8 are
 * refused with a message naming the parameter. Fuzzed by
 * fuzz/fuzz_query.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"
#include "text/utf8.h"

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

long pl_serve_pct_decode(char *dst, const char *src, size_t n, int plus)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = src[i];
        if (c == '%') {
            int h, l;
            if (i + 2 >= n || (h = hexval(src[i + 1])) < 0 ||
                (l = hexval(src[i + 2])) < 0)
                return -1;
            c = (char)(h * 16 + l);
            i += 2;
        } else if (c == '+' && plus) {
            c = ' ';
        }
        if (c == '\0')
            return -1;
        dst[o++] = c;
    }
    dst[o] = '\0';
    if (!pl_utf8_valid(dst, o, NULL))
        return -1;
    return (long)o;
}

/* Copies at most 40 bytes of a key for a message, printable ASCII only. */
static void show(char *out, size_t outn, const char *k, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < outn && i < 40; i++) {
        unsigned char c = (unsigned char)k[i];
        out[o++] = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char)c
                                                                 : '?';
    }
    out[o] = '\0';
}

int pl_serve_qs_parse(serve_qs *q, const char *s, size_t n, char *err,
                   size_t errn)
{
    memset(q, 0, sizeof *q);
    if (n == 0)
        return 0;
    /* Decoding never lengthens; each non-empty piece adds two NULs. */
    size_t cap = 3 * n + 2;
    char *mem = malloc(cap);
    if (!mem)
        return PARLEY_ENOMEM;
    size_t used = 0;
    char name[48];
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '&')
            j++;
        if (j > i) {
            size_t eq = i;
            while (eq < j && s[eq] != '=')
                eq++;
            size_t kn = eq - i;
            show(name, sizeof name, s + i, kn);
            if (kn == 0) {
                snprintf(err, errn, "empty parameter name");
                goto fail;
            }
            if (q->n == SERVE_MAX_PARAMS) {
                snprintf(err, errn, "too many parameters (at most %d)",
                         SERVE_MAX_PARAMS);
                goto fail;
            }
            char *k = mem + used;
            long kl = pl_serve_pct_decode(k, s + i, kn, 1);
            if (kl < 0) {
                snprintf(err, errn, "%s: malformed parameter name (bad %%"
                         " escape, NUL or invalid UTF-8)", name);
                goto fail;
            }
            used += (size_t)kl + 1;
            show(name, sizeof name, k, (size_t)kl);
            char *v = mem + used;
            size_t vs = eq < j ? eq + 1 : j;
            long vl = pl_serve_pct_decode(v, s + vs, j - vs, 1);
            if (vl < 0) {
                snprintf(err, errn, "%s: malformed value (bad %% escape,"
                         " NUL or invalid UTF-8)", name);
                goto fail;
            }
            used += (size_t)vl + 1;
            if (kl == 0) {
                snprintf(err, errn, "empty parameter name");
                goto fail;
            }
            for (size_t p = 0; p < q->n; p++)
                if (!strcmp(q->key[p], k)) {
                    snprintf(err, errn, "%s: given more than once", name);
                    goto fail;
                }
            q->key[q->n] = k;
            q->val[q->n] = v;
            q->n++;
        }
        i = j + 1;
    }
    q->mem = mem;
    return 0;
fail:
    free(mem);
    memset(q, 0, sizeof *q);
    return PARLEY_EINVAL;
}

const char *pl_serve_qs_get(const serve_qs *q, const char *key)
{
    for (size_t i = 0; i < q->n; i++)
        if (!strcmp(q->key[i], key))
            return q->val[i];
    return NULL;
}

void pl_serve_qs_free(serve_qs *q)
{
    free(q->mem);
    memset(q, 0, sizeof *q);
}
