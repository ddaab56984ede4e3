/* cameo.c — stage 3: lookups by CAMEO code. The table of event codes
 * (data/cameo.txt: label, PLOVER type and mode, QuadClass, Goldstein),
 * read by both coders, and the actor codes of the lexicon's countries and
 * organisations (their CAMEO columns), which give an event coded with
 * the community's dictionaries its country and organisation. */
#include <stdlib.h>
#include <string.h>

#include "lexicon/builtin.h"
#include "lexicon/lexicon.h"

/* ---- the event-code table ----------------------------------------------- */

static int digits(const char *s, size_t lo, size_t hi)
{
    size_t n = strlen(s);
    if (n < lo || n > hi)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static const char *word_or_null(arena *a, const char *s)
{
    return !s || !*s || !strcmp(s, "-") ? NULL : arena_strdup(a, s);
}

/* Fields: CAMEO | PLOVER type | mode | QuadClass | Goldstein | label */
const char *cameo_table_row(cameo_table *t, arena *a, char **f, int nf)
{
    if (nf != 6)
        return "expected 6 fields separated by ' | '";
    if (!digits(f[0], 2, 4))
        return "the CAMEO code must be 2 to 4 digits";
    int root = (f[0][0] - '0') * 10 + (f[0][1] - '0');
    if (root < 1 || root > 20)
        return "the CAMEO root must be 01 to 20";
    if (strlen(f[3]) != 1 || f[3][0] < '1' || f[3][0] > '4')
        return "QuadClass must be 1, 2, 3 or 4";
    char *end;
    double g = strtod(f[4], &end);
    if (end == f[4] || *end || !(g >= -10.0 && g <= 10.0))
        return "the Goldstein score must be a number from -10 to 10";
    for (const char *p = f[1]; strcmp(f[1], "-") && *p; p++)
        if (*p < 'A' || *p > 'Z')
            return "the PLOVER type must be written in capitals, or '-'";
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 512;
        lex_cameo *v = realloc(t->rows, nc * sizeof *v);
        if (!v)
            return "";
        t->rows = v;
        t->cap = nc;
    }
    lex_cameo *r = &t->rows[t->n];
    memset(r, 0, sizeof *r);
    memcpy(r->code, f[0], strlen(f[0]) + 1);
    r->label = arena_strdup(a, f[5]);
    r->type = word_or_null(a, f[1]);
    r->mode = word_or_null(a, f[2]);
    if (!r->label || (strcmp(f[1], "-") && !r->type) || (strcmp(f[2], "-") && !r->mode))
        return "";
    r->quad = f[3][0] - '0';
    r->goldstein = g;
    r->seq = (uint32_t)t->n;
    t->n++;
    return NULL;
}

static int row_cmp(const void *a, const void *b)
{
    const lex_cameo *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    return c ? c : (x->seq < y->seq ? -1 : x->seq > y->seq);
}

void cameo_table_finish(cameo_table *t)
{
    if (!t->n)
        return;
    qsort(t->rows, t->n, sizeof *t->rows, row_cmp);
    /* of rows with the same code the last read wins (--lexicon) */
    size_t o = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (o && !strcmp(t->rows[o - 1].code, t->rows[i].code))
            o--;
        t->rows[o++] = t->rows[i];
    }
    t->n = o;
}

static const lex_cameo *exact(const cameo_table *t, const char *code, size_t n)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *c = t->rows[mid].code;
        int r = strncmp(c, code, n);
        if (!r && c[n])
            r = 1;
        if (!r)
            return &t->rows[mid];
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const lex_cameo *cameo_table_find(const cameo_table *t, const char *code)
{
    if (!t || !code)
        return NULL;
    size_t n = 0;
    while (n < 4 && code[n] >= '0' && code[n] <= '9')
        n++;
    for (; n >= 2; n--) {
        const lex_cameo *r = exact(t, code, n);
        if (r)
            return r;
    }
    return NULL;
}

/* Splits the embedded data/cameo.txt into lines and fields as the
 * lexicon's loader does (the file is checked by tools/check-data.py and
 * the tests, so a bad line here is a build defect: it fails the load). */
int cameo_table_builtin(cameo_table *t, arena *a)
{
    const parley_builtin_file *bf = NULL;
    for (size_t k = 0; k < parley_builtin_nfiles; k++)
        if (!strcmp(parley_builtin_files[k].name, "cameo.txt"))
            bf = &parley_builtin_files[k];
    if (!bf)
        return PARLEY_EPARSE;
    char *text = arena_strndup(a, bf->data, bf->len);
    if (!text)
        return PARLEY_ENOMEM;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        while (*line == ' ' || *line == '\t')
            line++;
        if (!*line || *line == '#' || *line == '\r')
            continue;
        char *f[8];
        int nf = 0;
        for (char *q = line; nf < 8;) {
            char *bar = strchr(q, '|');
            if (bar)
                *bar = '\0';
            while (*q == ' ' || *q == '\t')
                q++;
            size_t l = strlen(q);
            while (l && (q[l - 1] == ' ' || q[l - 1] == '\t' || q[l - 1] == '\r'))
                q[--l] = '\0';
            f[nf++] = q;
            if (!bar)
                break;
            q = bar + 1;
        }
        const char *err = cameo_table_row(t, a, f, nf);
        if (err)
            return *err ? PARLEY_EPARSE : PARLEY_ENOMEM;
    }
    cameo_table_finish(t);
    return 0;
}

void cameo_table_free(cameo_table *t)
{
    free(t->rows);
    memset(t, 0, sizeof *t);
}

const lex_cameo *lexicon_cameo(const parley_lexicon *lx, const char *code)
{
    return cameo_table_find(&lx->cameo, code);
}

/* ---- actor codes ------------------------------------------------------------- */

typedef struct code_ix {
    const char *code;
    uint32_t idx;
} code_ix;

static int ix_cmp(const void *a, const void *b)
{
    const code_ix *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* The countries and organisations sorted by CAMEO code (deleted records
 * left out); of organisations sharing a code (IGOUNO: the UN, its General
 * Assembly, …) the first without a parent comes first, else the first in
 * file order. */
int lexicon_cameo_index(parley_lexicon *lx)
{
    size_t nc = lx->ncount[LK_COUNTRY], no = lx->ncount[LK_ORG];
    code_ix *c = malloc((nc ? nc : 1) * sizeof *c), *o = malloc((no ? no : 1) * sizeof *o);
    if (!c || !o) {
        free(c);
        free(o);
        return PARLEY_ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < nc; i++)
        if (lx->countries[i].cameo && !lx->deleted[LK_COUNTRY][i])
            c[n++] = (code_ix){lx->countries[i].cameo, (uint32_t)i};
    qsort(c, n, sizeof *c, ix_cmp);
    lx->country_by_cameo = c;
    lx->ncountry_by_cameo = n;
    n = 0;
    /* parentless organisations first, so that they sort first */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < no; i++) {
            const lex_org *g = &lx->orgs[i];
            if (g->cameo && !lx->deleted[LK_ORG][i] && (pass == 0) == !g->parent)
                o[n++] = (code_ix){g->cameo, (uint32_t)(pass * no + i)};
        }
    qsort(o, n, sizeof *o, ix_cmp);
    for (size_t i = 0; i < n; i++)
        o[i].idx %= (uint32_t)(no ? no : 1);
    lx->org_by_cameo = o;
    lx->norg_by_cameo = n;
    return 0;
}

/* The first entry of v[0..n) whose code is s[0..len) exactly, or -1. */
static long find_code(const code_ix *v, size_t n, const char *s, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strncmp(v[mid].code, s, len);
        if (!r && v[mid].code[len])
            r = 1;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && !strncmp(v[lo].code, s, len) && !v[lo].code[len])
        return (long)v[lo].idx;
    return -1;
}

int lexicon_country_by_cameo(const parley_lexicon *lx, const char *code)
{
    if (!code || strlen(code) < 3)
        return -1;
    return (int)find_code(lx->country_by_cameo, lx->ncountry_by_cameo, code, 3);
}

int lexicon_org_by_cameo(const parley_lexicon *lx, const char *code)
{
    size_t n = code ? strlen(code) : 0;
    /* the longest organisation code that begins the actor code: IGOUNOMIL
     * (UN troops) is the UN's */
    for (; n >= 6; n--) {
        long i = find_code(lx->org_by_cameo, lx->norg_by_cameo, code, n);
        if (i >= 0)
            return (int)i;
    }
    return -1;
}
