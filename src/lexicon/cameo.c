/* cameo.c — stage 3: lookups by CAMEO actor code: the countries and
 * organisations of the lexicon by their CAMEO columns, which give an
 * event coded with the community's dictionaries its country and
 * organisation. (The event-code table, data/cameo.txt, is grammar.c's.) */
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon.h"

/* ---- actor codes ------------------------------------------------------------- */

static int ix_cmp(const void *a, const void *b)
{
    const code_ix *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* Whether the organisations v[0..n) sharing one code, the one without a
 * parent first, are one organisation and its bodies (IGOUNO: the UN, its
 * General Assembly, …; IGOEUREEC: the EU, the Commission, …). Unrelated
 * ones (SYRREB: HTS and the SDF; PSEREB: Hamas and Islamic Jihad) or
 * bodies without their parent (IGOUNOBUS: ICAO, IMO, …) are not. */
static int one_org(const parley_lexicon *lx, const code_ix *v, size_t n)
{
    const lex_org *head = &lx->orgs[v[0].idx];
    if (head->parent)
        return 0;
    for (size_t k = 1; k < n; k++) {
        const char *p = lx->orgs[v[k].idx].parent;
        if (!p || strcmp(p, head->acronym))
            return 0;
    }
    return 1;
}

/* Keeps, of each run of organisations sharing a code, the first, when the
 * run is one organisation and its bodies; drops the run otherwise, so that
 * the code names no organisation of its own (and a shorter code that
 * begins it may: IGOUNOBUS is a UN body). Returns the entries kept. */
static size_t one_per_code(const parley_lexicon *lx, code_ix *o, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && !strcmp(o[j].code, o[i].code))
            j++;
        if (j - i == 1 || one_org(lx, o + i, j - i))
            o[out++] = o[i];
        i = j;
    }
    return out;
}

/* FNV-1a of s[0..len). */
static uint64_t code_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

/* Files the codes of v[0..n) (sorted) in table w, at most half full; of
 * equal codes only the first. Returns 0 or PARLEY_ENOMEM. */
static int file_codes(parley_lexicon *lx, int w, const code_ix *v, size_t n)
{
    size_t ns = 16;
    while (ns < 2 * n)
        ns *= 2;
    uint32_t *slots = calloc(ns, sizeof *slots);
    if (!slots)
        return PARLEY_ENOMEM;
    free(lx->cameo_slots[w]);
    lx->cameo_slots[w] = slots;
    lx->cameo_nslots[w] = ns;
    for (size_t i = 0; i < n; i++) {
        if (i && !strcmp(v[i].code, v[i - 1].code))
            continue;
        size_t k = code_hash(v[i].code, strlen(v[i].code)) & (ns - 1);
        while (slots[k])
            k = (k + 1) & (ns - 1);
        slots[k] = (uint32_t)i + 1;
    }
    return 0;
}

/* The countries and organisations sorted by CAMEO code (deleted records
 * left out); an organisation code stands for one organisation (see
 * one_per_code). */
int pl_lexicon_cameo_index(parley_lexicon *lx)
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
    lx->norg_by_cameo = one_per_code(lx, o, n);
    return file_codes(lx, 0, c, lx->ncountry_by_cameo) || file_codes(lx, 1, o, lx->norg_by_cameo)
               ? PARLEY_ENOMEM
               : 0;
}

/* The entry of v[0..n) (table w's) whose code is s[0..len) exactly, or
 * -1: of several, the first in v. s has no NUL before len; h is
 * code_hash(s, len). */
static long find_code(const parley_lexicon *lx, int w, const code_ix *v, const char *s,
                      size_t len, uint64_t h)
{
    if (!lx->cameo_nslots[w])
        return -1;
    size_t mask = lx->cameo_nslots[w] - 1;
    const uint32_t *slots = lx->cameo_slots[w];
    for (size_t k = h & mask; slots[k]; k = (k + 1) & mask) {
        const char *code = v[slots[k] - 1].code;
        size_t j = 0;
        while (j < len && code[j] == s[j]) /* a shorter code stops at its NUL */
            j++;
        if (j == len && !code[len])
            return (long)v[slots[k] - 1].idx;
    }
    return -1;
}

int pl_lexicon_country_by_cameo(const parley_lexicon *lx, const char *code)
{
    if (!code || !code[0] || !code[1] || !code[2])
        return -1; /* shorter than 3 */
    return (int)find_code(lx, 0, lx->country_by_cameo, code, 3, code_hash(code, 3));
}

/* The prefixes of an actor code that pl_lexicon_org_by_cameo hashes in one
 * pass; a longer code hashes each prefix on its own. */
#define ORG_PREFIXES 32

int pl_lexicon_org_by_cameo(const parley_lexicon *lx, const char *code)
{
    size_t n = code ? strlen(code) : 0;
    /* the longest organisation code that begins the actor code: IGOUNOMIL
     * (UN troops) is the UN's. FNV-1a of each prefix is that of the one
     * before, one byte on. */
    uint64_t fnv[ORG_PREFIXES + 1];
    if (n <= ORG_PREFIXES) {
        fnv[0] = 1469598103934665603ULL;
        for (size_t i = 0; i < n; i++)
            fnv[i + 1] = (fnv[i] ^ (unsigned char)code[i]) * 1099511628211ULL;
    }
    for (; n >= 6; n--) {
        uint64_t h = n <= ORG_PREFIXES ? fnv[n] ^ (fnv[n] >> 29) : code_hash(code, n);
        long i = find_code(lx, 1, lx->org_by_cameo, code, n, h);
        if (i >= 0)
            return (int)i;
    }
    return -1;
}
