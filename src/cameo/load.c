/* load.c — reads the community's CAMEO dictionaries (TABARI .verbs,
 * .actors, .agents; PETRARCH2 verb dictionaries; Phoenix actors, agents,
 * discards and issues) into the read-only parley_cameo structure of
 * cameo.h. Written from the file formats themselves; a malformed line is
 * reported as "file:line: what" and skipped. */
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "cameo/cache.h"
#include "cameo/cameo.h"
#include "cameo/words.h"
#include "lexicon/builtin.h"
#include "util/cut.h"
#include "util/date.h"

#define GROW(arr, n, cap)                                                   \
    ((n) < (cap) ? 0                                                        \
                 : grow_array((void **)&(arr), &(cap), sizeof(*(arr)), (n) + 1, 0))
/* The same for the arrays of structures with padding that the dictionary
 * cache (cache.c) writes: what is added is zeroed, so that the same
 * dictionaries give the same bytes. */
#define GROWZ(arr, n, cap)                                                  \
    ((n) < (cap) ? 0                                                        \
                 : grow_array((void **)&(arr), &(cap), sizeof(*(arr)), (n) + 1, 1))

static int grow_array(void **p, size_t *cap, size_t size, size_t need, int zero)
{
    size_t nc = *cap ? *cap : 16;
    while (nc < need)
        nc *= 2;
    void *q = realloc(*p, nc * size);
    if (!q)
        return PARLEY_ENOMEM;
    if (zero)
        memset((char *)q + *cap * size, 0, (nc - *cap) * size);
    *p = q;
    *cap = nc;
    return 0;
}

/* While loading: each word as written (before folding) once, with the
 * id of the dictionary word it folds to (CW_NONE: to nothing), so that
 * a word written many times is folded once. */
typedef struct rawword {
    uint64_t h;         /* text_hash of the raw bytes */
    uint32_t off, len;  /* in wcache.raw */
    uint32_t wid;
} rawword;

typedef struct wcache {
    rawword *slots; /* open addressing; len = UINT32_MAX marks empty */
    size_t nslots, n;
    char *raw;
    size_t nraw, rawcap;
    arena scratch; /* pl_fold_match's output, reset after each word */
} wcache;

/* The state of reading one file. */
typedef struct rd {
    parley_cameo *c;
    wcache *wc;
    const parley_cameo_opts *o;
    const char *file;
    uint32_t fileno;
    size_t line;
    int petr;  /* PETRARCH conventions: exact words with inflections */
    int plural; /* words also match their plurals (agents) */
    int err;   /* fatal error (strict or out of memory) */
    int cursyn; /* the synonym set whose member is being read, or -1 */
    uint32_t depth;  /* alternatives being read inside each other */
    uint32_t pdepth; /* the nesting of the last phrase read (parse_phrase) */
    int sub;         /* the last code read was subordinate ("[023?]") */
    int verb_sub;    /* the current verb line's code was */
    int dom, verb_dom; /* the same for a dominant code ("[031!]") */
    parley_buf *warnings; /* NULL, or where bad lines are recorded for the
                             cache (pl_cameo_warning_add) */
} rd;

/* How deeply synonym sets and { A | B } alternatives may nest: the
 * coder matches them recursively, and the loader reads alternatives so. */
enum { MAX_NEST = 32 };

static void bad(rd *r, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void bad(rd *r, const char *fmt, ...)
{
    r->c->bad_lines++;
    if (r->o->strict && !r->err)
        r->err = PARLEY_EPARSE;
    if (!r->o->log && !r->warnings)
        return;
    /* what is wrong, then "file:line: " before it: the dictionary cache
     * keeps the first and says it again with the file's name of the run
     * that reads it (cache.c) */
    char what[1024];
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    size_t wn = w < 0 ? 0 : (size_t)w < sizeof what ? (size_t)w : sizeof what - 1;
    if (r->warnings && pl_cameo_warning_add(r->warnings, r->fileno, r->line, what, wn) &&
        !r->err)
        r->err = PARLEY_ENOMEM;
    pl_cameo_warn(r->o, r->file, r->line, what, wn);
}

void pl_cameo_warn(const parley_cameo_opts *o, const char *file, size_t line,
                   const char *what, size_t n)
{
    if (!o->log)
        return;
    char msg[512];
    int k = snprintf(msg, sizeof msg, "%s:%zu: ", file, line);
    if (k < 0 || (size_t)k >= sizeof msg)
        k = 0;
    size_t room = sizeof msg - 1 - (size_t)k;
    memcpy(msg + k, what, n < room ? n : room);
    msg[(size_t)k + (n < room ? n : room)] = '\0';
    if ((size_t)k + n >= sizeof msg) { /* cut: at a character */
        size_t end = parley_utf8_cut(msg, sizeof msg - 1, sizeof msg - 4);
        memcpy(msg + end, "\xe2\x80\xa6", 4); /* "…" and NUL */
    }
    o->log(o->log_ud, o->strict ? PARLEY_ERROR : PARLEY_WARNING, msg);
}

/* Adds n bytes (NUL-terminated in the pool); returns the offset or
 * UINT32_MAX when out of memory. s may point into the pool itself (an
 * agent's code is copied from its line's): it is found again after the
 * pool moves. */
static uint32_t addstr(parley_cameo *c, const char *s, size_t n)
{
    if (c->nstrs + n + 1 > UINT32_MAX - 1)
        return UINT32_MAX;
    if (c->nstrs + n + 1 > c->strs_cap) {
        uintptr_t u = (uintptr_t)s, b = (uintptr_t)c->strs;
        int inside = c->strs && u >= b && u < b + c->nstrs;
        size_t nc = c->strs_cap ? c->strs_cap : 4096;
        while (nc < c->nstrs + n + 1)
            nc *= 2;
        char *q = realloc(c->strs, nc);
        if (!q)
            return UINT32_MAX;
        c->strs = q;
        c->strs_cap = nc;
        if (inside)
            s = q + (u - b);
    }
    uint32_t off = (uint32_t)c->nstrs;
    if (n)
        memcpy(c->strs + off, s, n);
    c->strs[off + n] = '\0';
    c->nstrs += n + 1;
    return off;
}

/* Adds folded word f[0..n) (hash h) to the word table, which grows to
 * stay at most half full; returns its id or CW_NONE when out of memory. */
static uint32_t add_word(parley_cameo *c, const char *f, size_t n, uint64_t h)
{
    if ((c->nwords + 1) * 2 > c->nwslots) {
        size_t ns = c->nwslots ? c->nwslots * 2 : 1024;
        uint32_t *sl = calloc(ns, sizeof *sl);
        if (!sl)
            return CW_NONE;
        for (size_t i = 0; i < c->nwords; i++) {
            size_t k = cameo_mix(c->words[i].h) & (ns - 1);
            while (sl[k])
                k = (k + 1) & (ns - 1);
            sl[k] = (uint32_t)i + 1;
        }
        free(c->wslots);
        c->wslots = sl;
        c->nwslots = ns;
    }
    uint32_t off = addstr(c, f, n);
    if (off == UINT32_MAX || c->nwords >= CW_NONE - 1 || GROWZ(c->words, c->nwords, c->words_cap))
        return CW_NONE;
    uint32_t id = (uint32_t)c->nwords++;
    cword *w = &c->words[id];
    memset(w, 0, sizeof *w);
    w->h = h;
    w->str = off;
    w->len = (uint32_t)n;
    size_t k = cameo_mix(h) & (c->nwslots - 1);
    while (c->wslots[k])
        k = (k + 1) & (c->nwslots - 1);
    c->wslots[k] = id + 1;
    return id;
}

/* The word id of dictionary word s[0..n) as written, folded the way the
 * tokenizer folds text (lower case, no diacritics) and without dots
 * ("U.S." is "us"), into *wid: CW_NONE when nothing is left. Returns 0
 * or PARLEY_ENOMEM. */
static int word_id(rd *r, const char *s, size_t n, uint32_t *wid)
{
    parley_cameo *c = r->c;
    wcache *wc = r->wc;
    uint64_t h = text_hash(s, n);
    if ((wc->n + 1) * 2 > wc->nslots) {
        size_t ns = wc->nslots ? wc->nslots * 2 : 4096;
        rawword *sl = malloc(ns * sizeof *sl);
        if (!sl)
            return PARLEY_ENOMEM;
        for (size_t k = 0; k < ns; k++)
            sl[k].len = UINT32_MAX;
        for (size_t i = 0; i < wc->nslots; i++)
            if (wc->slots[i].len != UINT32_MAX) {
                size_t k = cameo_mix(wc->slots[i].h) & (ns - 1);
                while (sl[k].len != UINT32_MAX)
                    k = (k + 1) & (ns - 1);
                sl[k] = wc->slots[i];
            }
        free(wc->slots);
        wc->slots = sl;
        wc->nslots = ns;
    }
    size_t k = cameo_mix(h) & (wc->nslots - 1);
    for (; wc->slots[k].len != UINT32_MAX; k = (k + 1) & (wc->nslots - 1)) {
        const rawword *x = &wc->slots[k];
        if (x->h == h && x->len == n && memcmp(wc->raw + x->off, s, n) == 0) {
            *wid = x->wid;
            return 0;
        }
    }
    char *f;
    long fl = pl_fold_match(&wc->scratch, s, n, &f);
    if (fl < 0)
        return PARLEY_ENOMEM;
    size_t o = 0;
    for (long i = 0; i < fl; i++)
        if (f[i] != '.')
            f[o++] = f[i];
    uint32_t id = CW_NONE;
    if (o) {
        uint64_t fh = text_hash(f, o);
        id = pl_cameo_word_find(c, f, o, -1, fh);
        if (id == CW_NONE && (id = add_word(c, f, o, fh)) == CW_NONE)
            return PARLEY_ENOMEM;
    }
    pl_arena_reset(&wc->scratch);
    if (n > UINT32_MAX - 1 || wc->nraw + n > UINT32_MAX)
        return PARLEY_ENOMEM;
    if (wc->nraw + n > wc->rawcap &&
        grow_array((void **)&wc->raw, &wc->rawcap, 1, wc->nraw + n, 0))
        return PARLEY_ENOMEM;
    memcpy(wc->raw + wc->nraw, s, n);
    wc->slots[k] = (rawword){h, (uint32_t)wc->nraw, (uint32_t)n, id};
    wc->nraw += n;
    wc->n++;
    *wid = id;
    return 0;
}

static const char *find_sub(const char *s, size_t n, const char *pat, size_t m)
{
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(s + i, pat, m) == 0)
            return s + i;
    return NULL;
}

/* Character classes of the dictionaries' syntax, by byte. C_STOP ends a
 * word in any phrase, C_AMP only in patterns (where '&' names a synset);
 * NUL stops a word too, as it did when the sets were searched with
 * strchr. C_CMT marks what strip_comment looks at; C_SLOT what
 * parse_phrase takes for a slot or the verb (NUL as well: it was found
 * by strchr, which finds the terminator too). */
enum { C_SPACE = 1, C_STOP = 2, C_AMP = 4, C_CMT = 8, C_SLOT = 16 };

static const unsigned char cclass[256] = {
    [' '] = C_SPACE, ['\t'] = C_SPACE, ['\r'] = C_SPACE, ['\n'] = C_SPACE,
    ['\f'] = C_SPACE, ['\v'] = C_SPACE,
    ['\0'] = C_STOP | C_SLOT, ['_'] = C_STOP, ['~'] = C_STOP, ['*'] = C_STOP | C_SLOT,
    ['$'] = C_STOP | C_SLOT, ['+'] = C_STOP | C_SLOT, ['%'] = C_STOP | C_SLOT,
    ['^'] = C_STOP | C_SLOT,
    ['{'] = C_STOP, ['}'] = C_STOP, ['('] = C_STOP, [')'] = C_STOP,
    ['|'] = C_STOP, ['['] = C_STOP | C_CMT, ['='] = C_STOP, ['&'] = C_AMP,
    [']'] = C_CMT, ['#'] = C_CMT, [';'] = C_CMT,
};

static inline int is_space(char ch)
{
    return cclass[(unsigned char)ch] & C_SPACE;
}

static int find_syn(const parley_cameo *c, const char *name, size_t n)
{
    while (n && name[n - 1] == '_')
        n--;
    for (size_t i = 0; i < c->nsyns; i++) {
        const char *s = cameo_str(c, c->syns[i].name);
        if (strlen(s) == n && strncmp(s, name, n) == 0)
            return (int)i;
    }
    return -1;
}

/* A growable run of elements being built: in place while short (most
 * phrases are), on the heap when longer. */
typedef struct elvec {
    cw *v;
    size_t n, cap;
    cw local[16];
} elvec;

static void elvec_init(elvec *ev)
{
    ev->v = ev->local;
    ev->n = 0;
    ev->cap = sizeof ev->local / sizeof *ev->local;
}

static void elvec_release(elvec *ev)
{
    if (ev->v != ev->local)
        free(ev->v);
}

static int push_el(elvec *ev, cw e)
{
    if (ev->n == ev->cap) {
        cw *q = malloc(ev->cap * 2 * sizeof *q);
        if (!q)
            return PARLEY_ENOMEM;
        memcpy(q, ev->v, ev->n * sizeof *q);
        elvec_release(ev);
        ev->v = q;
        ev->cap *= 2;
    }
    ev->v[ev->n++] = e;
    return 0;
}

static int commit(parley_cameo *c, const elvec *ev, cphrase *out)
{
    if (c->nels + ev->n > c->els_cap &&
        grow_array((void **)&c->els, &c->els_cap, sizeof(cw), c->nels + ev->n, 0))
        return PARLEY_ENOMEM;
    /* field by field: the elements were built in locals whose padding
     * byte is undefined, and the dictionary cache writes these bytes */
    _Static_assert(sizeof(cw) == 20, "cw changed: copy its new fields here");
    for (size_t k = 0; k < ev->n; k++) {
        const cw *e = &ev->v[k];
        cw *d = &c->els[c->nels + k];
        memset(d, 0, sizeof *d);
        d->kind = e->kind;
        d->stem = e->stem;
        d->infl = e->infl;
        d->adj = e->adj;
        d->grp = e->grp;
        d->exact = e->exact;
        d->sbit = e->sbit;
        d->len = e->len;
        d->ref = e->ref;
        d->wid = e->wid;
    }
    out->el = (uint32_t)c->nels;
    out->n = (uint32_t)ev->n;
    c->nels += ev->n;
    return 0;
}

enum { PH_PATTERN = 1, /* slots * $ + % ^ allowed */
       PH_VERBMARK = 2 /* a '+' marks the verb word (PETRARCH verbs) */ };

/* The state of parse_phrase: the text, where it is, and the elements
 * so far. */
typedef struct phrase_st {
    rd *r;
    const char *s;
    size_t n, i;
    int flags;
    elvec ev;
    int adj, mark;
    int paren, head; /* PETRARCH phrase groups: depth, next is the
                        group's first element */
    uint32_t nest;   /* of the synsets and alternatives in the phrase */
    uint32_t *vpos;
    const char **why;
} phrase_st;

static int phrase_error(phrase_st *P, const char *why)
{
    *P->why = why;
    return PARLEY_EPARSE;
}

/* Appends e (not adjacent unless P->adj says so), ends the adjacency
 * and, for a set or a word, notes whether it continues a phrase group. */
static int phrase_push(phrase_st *P, cw e, int grouped)
{
    e.adj = (uint8_t)P->adj;
    P->adj = 0;
    if (grouped) {
        e.grp = (uint8_t)(P->paren && !P->head);
        P->head = 0;
    }
    return push_el(&P->ev, e);
}

/* The last element when it is a word, else NULL. */
static cw *last_word(phrase_st *P)
{
    return P->ev.n && P->ev.v[P->ev.n - 1].kind == CW_WORD ? &P->ev.v[P->ev.n - 1] : NULL;
}

/* Marks, spaces, parentheses, '=' '_' '~': what changes the next
 * element or the last one. Returns 1 when s[i] was one of them. */
static int phrase_mark(phrase_st *P)
{
    char ch = P->s[P->i];
    cw *last;
    switch (ch) {
    case '=':
        if (P->r->petr) { /* a space */
            P->adj = 0;
            break;
        }
        /* TABARI's "BAN=": the word exactly, no endings */
        if ((last = last_word(P))) {
            last->stem = 0;
            last->infl = 0;
            last->exact = 1;
        }
        P->adj = 0;
        break;
    case '(':
    case ')':
        if (ch == '(' && P->r->petr) {
            P->paren++;
            P->head = 1;
        } else if (ch == ')' && P->paren) {
            P->paren--;
            P->head = 0;
        }
        P->adj = 0;
        break;
    case '_':
        if ((last = last_word(P)) && !P->r->petr && !(P->i > 0 && P->s[P->i - 1] == '~'))
            last->stem = 0;
        P->adj = 1;
        break;
    case '~':
        if ((last = last_word(P)))
            last->stem = 1;
        break;
    case '+':
        if (!(P->flags & PH_VERBMARK))
            return 0;
        P->mark = 1;
        break;
    case '}':
    case '|':
        P->adj = 0;
        break;
    default:
        if (!is_space(ch))
            return 0;
        P->adj = 0;
    }
    P->i++;
    return 1;
}

/* A pattern's slot or verb: * $ + % ^. */
static int phrase_slot(phrase_st *P)
{
    char ch = P->s[P->i];
    if (!(P->flags & PH_PATTERN))
        return phrase_error(P, "pattern symbol outside a pattern");
    cw e = {0};
    e.kind = ch == '*'   ? CW_VERB
             : ch == '$' ? CW_SRC
             : ch == '+' ? CW_TGT
             : ch == '%' ? CW_CMP
                         : CW_SKIP;
    P->i++;
    return phrase_push(P, e, 0);
}

/* "&NAME": a synonym set (in patterns). */
static int phrase_synset(phrase_st *P)
{
    parley_cameo *c = P->r->c;
    const char *s = P->s;
    size_t n = P->n, i = ++P->i, j = i;
    while (j < n && (s[j] == '-' || (unsigned char)s[j] >= 0x80 ||
                     (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z') ||
                     (s[j] >= '0' && s[j] <= '9')))
        j++;
    int sy = find_syn(c, s + i, j - i);
    if (sy < 0 && j < n && s[j] == '_')
        sy = find_syn(c, s + i, j - i + 1);
    if (sy < 0)
        return phrase_error(P, "unknown synonym set");
    if (sy == P->r->cursyn)
        return phrase_error(P, "synonym set used in its own member");
    if (c->syns[sy].depth + 1 > P->nest)
        P->nest = c->syns[sy].depth + 1;
    cw e = {0};
    e.kind = CW_SYN;
    e.ref = (uint32_t)sy;
    P->i = j;
    return phrase_push(P, e, 1);
}

static int parse_phrase(rd *r, const char *s, size_t n, int flags,
                        cphrase *out, uint32_t *vpos, const char **why);

/* The alternatives of "{ A | B }" at s[i0 + 1 .. j - 1) (j after the
 * closing brace), each parsed into alts[]: *na of them. */
static int phrase_alternatives(phrase_st *P, size_t j, cphrase *alts, size_t *na)
{
    rd *r = P->r;
    const char *s = P->s;
    size_t a0 = P->i + 1;
    int depth = 0;
    *na = 0;
    for (size_t k = P->i + 1; k < j; k++) {
        if (s[k] == '{')
            depth++;
        else if (s[k] == '}')
            depth--;
        if (!((s[k] == '|' && depth == 0) || k == j - 1))
            continue;
        if (*na == 32)
            return phrase_error(P, "too many alternatives");
        if (r->depth >= MAX_NEST)
            return phrase_error(P, "alternatives nested too deeply");
        uint32_t dummy;
        r->depth++;
        int rc = parse_phrase(r, s + a0, k - a0, P->flags & ~PH_VERBMARK, &alts[*na], &dummy,
                              P->why);
        r->depth--;
        if (rc)
            return rc;
        if (r->pdepth + 1 > P->nest)
            P->nest = r->pdepth + 1;
        (*na)++;
        a0 = k + 1;
    }
    return 0;
}

/* '{': alternatives "{ A | B }", or a phrase group to flatten. */
static int phrase_brace(phrase_st *P)
{
    parley_cameo *c = P->r->c;
    const char *s = P->s;
    /* find the matching brace and whether it holds alternatives */
    size_t j = P->i + 1;
    int depth = 1, bar = 0;
    for (; j < P->n && depth; j++) {
        if (s[j] == '{')
            depth++;
        else if (s[j] == '}')
            depth--;
        else if (s[j] == '|' && depth == 1)
            bar = 1;
    }
    if (depth)
        return phrase_error(P, "unbalanced '{'");
    if (!bar) { /* a phrase group: flatten */
        P->i++;
        return 0;
    }
    cphrase alts[32];
    size_t na;
    int rc = phrase_alternatives(P, j, alts, &na);
    if (rc)
        return rc;
    if (c->nalts + na > c->alts_cap &&
        grow_array((void **)&c->alts, &c->alts_cap, sizeof(cphrase), c->nalts + na, 0))
        return PARLEY_ENOMEM;
    cw e = {0};
    e.kind = CW_ALT;
    e.ref = (uint32_t)c->nalts;
    e.len = (uint32_t)na;
    memcpy(c->alts + c->nalts, alts, na * sizeof(cphrase));
    c->nalts += na;
    if ((rc = phrase_push(P, e, 1)))
        return rc;
    /* "}_WORD": the next element is adjacent */
    P->i = j;
    P->adj = 0;
    return 0;
}

/* One word s[k, e) of a phrase (a part between hyphens). */
static int phrase_one_word(phrase_st *P, size_t k, size_t e)
{
    rd *r = P->r;
    uint32_t wid;
    int rc = word_id(r, P->s + k, e - k, &wid);
    if (rc || wid == CW_NONE)
        return rc;
    const cword *w = &r->c->words[wid];
    cw el = {0};
    el.kind = CW_WORD;
    el.ref = w->str;
    el.len = w->len;
    el.wid = wid;
    el.sbit = (uint8_t)cameo_second_bit(wid);
    /* TABARI's words are stems, but an abbreviation with periods
     * ("U.S.") is matched as written */
    el.stem = (uint8_t)(!r->petr && !memchr(P->s + k, '.', e - k));
    /* a PETRARCH pattern's words (and its synsets') are matched as
     * written: its dictionaries list the plurals they mean ("- *
     * SANCTIONS", "- * SANCTION") */
    el.infl = (uint8_t)(!(r->petr || r->plural) || (r->petr && (P->flags & PH_PATTERN))
                            ? 0
                            : CW_INFL_ALL);
    if (P->mark && P->vpos) {
        *P->vpos = (uint32_t)P->ev.n;
        P->mark = 0;
    }
    return phrase_push(P, el, 1);
}

/* A word; hyphens split it into adjacent words as in the text. */
static int phrase_word(phrase_st *P)
{
    const char *s = P->s;
    size_t i = P->i, j = i;
    unsigned stop = C_SPACE | C_STOP | ((P->flags & PH_PATTERN) ? C_AMP : 0);
    while (j < P->n && !(cclass[(unsigned char)s[j]] & stop))
        j++;
    if (j == i) {
        /* a symbol no branch above takes ('[' in a discard or a
         * synset member): it used to stop the loop here for good */
        return phrase_error(P, s[i] == '[' ? "'[' inside a phrase"
                                           : "unexpected symbol in a phrase");
    }
    for (size_t k = i; k < j;) {
        size_t e2 = k;
        while (e2 < j && s[e2] != '-')
            e2++;
        int rc = e2 > k ? phrase_one_word(P, k, e2) : 0;
        if (rc)
            return rc;
        if (e2 < j) { /* hyphen: the next part is adjacent, this exact */
            if (P->ev.n && P->ev.v[P->ev.n - 1].kind == CW_WORD)
                P->ev.v[P->ev.n - 1].stem = 0;
            P->adj = 1;
            e2++;
        }
        k = e2;
    }
    P->adj = 0;
    P->i = j;
    return 0;
}

/* Parses phrase text s[0..n) into elements. In a TABARI phrase a word
 * followed by '_' is exact and the next element must follow it directly;
 * a word followed by a space is a stem and other words may come between;
 * '~' makes a word a stem again ("RECENT~_"). PETRARCH words are exact
 * with their regular inflections. '{ A | B }' are alternatives; other
 * braces and parentheses (PETRARCH's phrase groups) are flattened.
 * *vpos receives the index of the '+'-marked word (PH_VERBMARK) or 0.
 * Returns 0, PARLEY_ENOMEM, or PARLEY_EPARSE with *why set. */
static int parse_phrase(rd *r, const char *s, size_t n, int flags,
                        cphrase *out, uint32_t *vpos, const char **why)
{
    /* field by field: an initializer would zero ev.local, 320 bytes per
     * phrase, which only the elements pushed are ever read of */
    phrase_st P;
    P.r = r;
    P.s = s;
    P.n = n;
    P.i = 0;
    P.flags = flags;
    elvec_init(&P.ev);
    P.adj = P.mark = P.paren = P.head = 0;
    P.nest = 0;
    P.vpos = vpos;
    P.why = why;
    int rc = 0;
    if (vpos)
        *vpos = 0;
    while (P.i < n && !rc) {
        char ch = s[P.i];
        if (phrase_mark(&P))
            continue;
        if (cclass[(unsigned char)ch] & C_SLOT)
            rc = phrase_slot(&P);
        else if (ch == '&' && (flags & PH_PATTERN))
            rc = phrase_synset(&P);
        else if (ch == '{')
            rc = phrase_brace(&P);
        else
            rc = phrase_word(&P);
    }
    if (!rc && !P.ev.n)
        rc = phrase_error(&P, "empty phrase");
    if (!rc && P.nest > MAX_NEST)
        rc = phrase_error(&P, "synonym sets nested too deeply");
    if (!rc) {
        r->pdepth = P.nest;
        rc = commit(r->c, &P.ev, out);
    }
    elvec_release(&P.ev);
    return rc;
}

/* Adds a dictionary entry (its index key is added when compiling). */
static int add_entry(parley_cameo *c, int kind, cphrase ph, uint32_t idx,
                     int story)
{
    if (!c->nents)
        c->nents = 1;
    if (GROWZ(c->ents, c->nents, c->ents_cap))
        return PARLEY_ENOMEM;
    centry *e = &c->ents[c->nents++];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->story = (uint8_t)story;
    e->ph = ph;
    e->idx = idx;
    return 0;
}

/* Strips a comment: '#' or ';' outside brackets; PETRARCH uses '#',
 * TABARI ';'. Returns the new length. */
static size_t strip_comment(const char *s, size_t n)
{
    int br = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(cclass[(unsigned char)s[i]] & C_CMT))
            continue;
        if (s[i] == '[')
            br++;
        else if (s[i] == ']' && br)
            br--;
        else if (!br && (s[i] == '#' || s[i] == ';'))
            return i;
    }
    return n;
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_space((*s)[*n - 1]))
        (*n)--;
}

/* The next line of [*p, end), trimmed, into (*s, *n), counting lines in
 * r->line; with incomment, lines inside an XML-style comment ("<!-- …
 * -->", as the dictionaries write them) are passed over. Returns 0 at
 * the end of the data. */
static int next_line(rd *r, char **p, char *end, int *incomment,
                     const char **s, size_t *n)
{
    while (*p < end) {
        char *nl = memchr(*p, '\n', (size_t)(end - *p));
        char *le = nl ? nl : end;
        *s = *p;
        *n = (size_t)(le - *p);
        *p = nl ? nl + 1 : end;
        r->line++;
        if (incomment && *incomment) {
            if (find_sub(*s, *n, "-->", 3))
                *incomment = 0;
            continue;
        }
        trim(s, n);
        if (incomment && *n >= 4 && memcmp(*s, "<!--", 4) == 0) {
            if (!find_sub(*s, *n, "-->", 3))
                *incomment = 1;
            continue;
        }
        return 1;
    }
    return 0;
}

/* The next space-separated word of [*q, end) into *w; returns its length,
 * 0 when none is left. Used for "{A B C}" lists of alternatives. */
static size_t next_word(const char **q, const char *end, const char **w)
{
    while (*q < end && is_space(**q))
        (*q)++;
    *w = *q;
    while (*q < end && !is_space(**q))
        (*q)++;
    return (size_t)(*q - *w);
}


int32_t pl_cameo_parse_date(const char *s, size_t n)
{
    /* the length first: a longer run of digits would overflow v */
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return -1;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    if (n == 6) {
        int32_t yy = v / 10000;
        v += (yy <= 30 ? 20000000 : 19000000);
    }
    if (v % 100 == 0 || pl_date_check(v / 10000, v / 100 % 100, v % 100))
        return -1;
    return v;
}

/* Parses the bracket groups of an actor or agent line: "[ARN]",
 * "[USAGOV 991201-010114]", "[HOB < 950601]", "[~GOV]", "[NGO~]".
 * Appends codes to c->codes; *agent is set when the first group is an
 * agent code. Returns the number of groups, or -1 (reported). */
static int parse_codes(rd *r, const char *s, size_t n, int *agent)
{
    parley_cameo *c = r->c;
    int ng = 0;
    size_t i = 0;
    *agent = 0;
    while (i < n) {
        while (i < n && is_space(s[i]))
            i++;
        if (i >= n)
            break;
        if (s[i] != '[') {
            bad(r, "expected '[' before a code, found '%c'", s[i]);
            return -1;
        }
        size_t j = i + 1;
        while (j < n && s[j] != ']')
            j++;
        if (j >= n) {
            bad(r, "missing ']'");
            return -1;
        }
        /* inside: CODE [date restriction] */
        const char *p = s + i + 1;
        size_t m = j - i - 1;
        trim(&p, &m);
        size_t k = 0;
        while (k < m && !is_space(p[k]) && p[k] != '<' && p[k] != '>' &&
               !(p[k] >= '0' && p[k] <= '9' && k == 0))
            k++;
        if (k == 0) {
            bad(r, "code block without a code: [%.*s]", (int)m, p);
            return -1;
        }
        for (size_t q = 0; q < k; q++) {
            char ch = p[q];
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                  (ch >= '0' && ch <= '9') || ch == '~' || ch == '-' ||
                  ch == '#' || ch == '_' || ch == '/' || ch == '+')) {
                bad(r, "bad character '%c' in code [%.*s]", ch, (int)m, p);
                return -1;
            }
        }
        ccode cc = {0};
        const char *rest = p + k;
        size_t rn = m - k;
        trim(&rest, &rn);
        if (rn) {
            /* "<D", ">D", "A-B", "A - B" */
            char op = 0;
            if (rest[0] == '<' || rest[0] == '>') {
                op = rest[0];
                rest++;
                rn--;
                trim(&rest, &rn);
            }
            size_t d = 0;
            while (d < rn && rest[d] >= '0' && rest[d] <= '9')
                d++;
            int32_t a = pl_cameo_parse_date(rest, d);
            int32_t b = 0;
            if (a < 0) {
                bad(r, "bad date in [%.*s]", (int)m, p);
                return -1;
            }
            const char *t = rest + d;
            size_t tn = rn - d;
            trim(&t, &tn);
            if (op) {
                if (tn) {
                    bad(r, "unexpected text after the date in [%.*s]", (int)m, p);
                    return -1;
                }
                if (op == '<')
                    cc.to = a - 1 > 0 ? a - 1 : a;
                else
                    cc.from = a + 1;
            } else {
                if (!tn || t[0] != '-') {
                    bad(r, "expected a date range in [%.*s]", (int)m, p);
                    return -1;
                }
                t++;
                tn--;
                trim(&t, &tn);
                b = pl_cameo_parse_date(t, tn);
                if (b < 0 || b < a) {
                    bad(r, "bad date range in [%.*s]", (int)m, p);
                    return -1;
                }
                cc.from = a;
                cc.to = b;
            }
        }
        const char *code = p;
        size_t cl = k;
        if (ng == 0 && (code[0] == '~' || code[cl - 1] == '~'))
            *agent = code[0] == '~' ? 1 : 2;
        char up[64];
        if (cl >= sizeof up) {
            bad(r, "code too long");
            return -1;
        }
        pl_ascii_upper_n(up, code, cl);
        cc.code = addstr(c, up, cl);
        if (cc.code == UINT32_MAX || GROW(c->codes, c->ncodes, c->codes_cap)) {
            r->err = PARLEY_ENOMEM;
            return -1;
        }
        c->codes[c->ncodes++] = cc;
        ng++;
        i = j + 1;
    }
    return ng;
}

/* ---- actors and agents ---- */

typedef struct pending {
    cphrase *ph;
    size_t nph, cap;
    size_t line;
    uint32_t code0, ncode;
    int agent; /* 0 actor, 1 ~X, 2 X~ */
    int open;
} pending;

static void flush_actor(rd *r, pending *pd)
{
    parley_cameo *c = r->c;
    if (!pd->open)
        return;
    pd->open = 0;
    if (!pd->ncode) {
        size_t l = r->line;
        r->line = pd->line;
        bad(r, "actor without a code");
        r->line = l;
        return;
    }
    if (pd->agent) {
        /* agent: one code with ~ removed */
        const char *code = cameo_str(c, c->codes[pd->code0].code);
        size_t cl = strlen(code);
        const char *p = pd->agent == 1 ? code + 1 : code;
        size_t pl = cl - 1;
        uint32_t off = addstr(c, p, pl);
        if (off == UINT32_MAX || GROWZ(c->agents, c->nagents, c->agents_cap)) {
            r->err = PARLEY_ENOMEM;
            return;
        }
        c->agents[c->nagents].code = off;
        c->agents[c->nagents].before = (uint8_t)(pd->agent == 2);
        for (size_t i = 0; i < pd->nph; i++)
            if (add_entry(c, CE_AGENT, pd->ph[i], (uint32_t)c->nagents, 0)) {
                r->err = PARLEY_ENOMEM;
                return;
            }
        c->nagents++;
        return;
    }
    if (GROW(c->actors, c->nactors, c->actors_cap)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    cactor *a = &c->actors[c->nactors];
    a->code0 = pd->code0;
    a->ncode = pd->ncode;
    a->line = (uint32_t)pd->line;
    a->file = r->fileno;
    for (size_t i = 0; i < pd->nph; i++)
        if (add_entry(c, CE_ACTOR, pd->ph[i], (uint32_t)c->nactors, 0)) {
            r->err = PARLEY_ENOMEM;
            return;
        }
    c->nactors++;
}

/* PETRARCH substitution sets: "!PERSON! = MAN, MEN, WOMAN". */
typedef struct subst {
    char name[32];
    char *vals[32];
    size_t nvals;
} subst;

/* Expands the first !NAME! in s into every value; calls add for each
 * expanded phrase. Depth-limited. */
static void expand_subst(rd *r, const subst *ss, size_t nss, const char *s,
                         size_t n, pending *pd, int depth)
{
    const char *a = memchr(s, '!', n);
    const char *b = a ? memchr(a + 1, '!', n - (size_t)(a + 1 - s)) : NULL;
    if (!a || !b || depth > 3) {
        if (GROW(pd->ph, pd->nph, pd->cap)) {
            r->err = PARLEY_ENOMEM;
            return;
        }
        int rc = parse_phrase(r, s, n, 0, &pd->ph[pd->nph], NULL, &(const char *){0});
        if (rc == PARLEY_ENOMEM)
            r->err = rc;
        else if (rc)
            bad(r, "malformed phrase '%.*s'", (int)n, s);
        else
            pd->nph++;
        return;
    }
    size_t nl = (size_t)(b - a - 1);
    for (size_t i = 0; i < nss; i++) {
        if (strlen(ss[i].name) != nl || strncmp(ss[i].name, a + 1, nl))
            continue;
        for (size_t v = 0; v < ss[i].nvals; v++) {
            char buf[512];
            int k = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(a - s), s,
                             ss[i].vals[v], (int)(n - (size_t)(b + 1 - s)), b + 1);
            if (k > 0 && (size_t)k < sizeof buf)
                expand_subst(r, ss, nss, buf, (size_t)k, pd, depth + 1);
        }
        return;
    }
    bad(r, "unknown substitution set !%.*s!", (int)nl, a + 1);
}

/* What read_actors keeps from line to line. */
typedef struct actors_st {
    pending pd;  /* the entry being read */
    subst ss[16];
    size_t nss;
    int section; /* 1 NOUN, 2 ADJECTIVE, 3 other tag */
} actors_st;

/* Phrase s[0..n) as an entry of kind (no code of its own): a parse error
 * is reported with why unless the parser says better; out of memory is
 * kept in r->err. */
static void add_phrase(rd *r, const char *s, size_t n, int kind, int story, const char *why)
{
    cphrase ph;
    int rc = parse_phrase(r, s, n, 0, &ph, NULL, &why);
    if (rc == PARLEY_ENOMEM)
        r->err = rc;
    else if (rc)
        bad(r, "%s", why);
    else if (add_entry(r->c, kind, ph, 0, story))
        r->err = PARLEY_ENOMEM;
}

/* A phrase of the <NOUN> or <ADJECTIVE> list. */
static void actors_word_list(rd *r, int section, const char *s, size_t n)
{
    add_phrase(r, s, n, section == 1 ? CE_NOUN : CE_ADJ, 0, "");
}

/* Whether line s[0..n) defines a substitution set: "!NAME! = A, B, C"
 * (a '[' before the '=' makes it an entry with a code). */
static int is_subst_line(const char *s, size_t n)
{
    if (s[0] != '!')
        return 0;
    const char *eq = memchr(s, '=', n), *br = memchr(s, '[', n);
    return eq && !(br && br < eq);
}

/* "!NAME! = A, B, C": PETRARCH's substitution set. */
static void actors_subst(rd *r, actors_st *st, const char *s, size_t n)
{
    const char *b = memchr(s + 1, '!', n - 1);
    const char *eq = memchr(s, '=', n);
    if (!b || !eq || eq < b || st->nss == 16 || (size_t)(b - s - 1) >= 32) {
        bad(r, "malformed substitution set");
        return;
    }
    subst *x = &st->ss[st->nss];
    memset(x, 0, sizeof *x);
    memcpy(x->name, s + 1, (size_t)(b - s - 1));
    const char *q = eq + 1, *qe = s + n;
    while (q < qe && x->nvals < 32) {
        const char *cm = memchr(q, ',', (size_t)(qe - q));
        const char *ve = cm ? cm : qe;
        const char *v = q;
        size_t vn = (size_t)(ve - q);
        trim(&v, &vn);
        if (vn) {
            /* in the arena: the string pool moves as it grows */
            x->vals[x->nvals] = pl_arena_strndup(&r->c->mem, v, vn);
            if (!x->vals[x->nvals]) {
                r->err = PARLEY_ENOMEM;
                break;
            }
            x->nvals++;
        }
        q = cm ? cm + 1 : qe;
    }
    st->nss++;
}

/* Codes "[CODE] [CODE ...]" at s[0..n) for the entry being read. */
static void actors_codes(rd *r, pending *pd, const char *s, size_t n)
{
    int ag;
    uint32_t before = (uint32_t)r->c->ncodes;
    int ng = parse_codes(r, s, n, &ag);
    if (ng > 0) {
        if (!pd->ncode) {
            pd->code0 = before;
            pd->agent = ag;
        }
        pd->ncode += (uint32_t)ng;
    }
}

/* The phrase of an entry line and its "{VARIANTS}" in s[0..pn), with
 * the substitution sets expanded. Returns 1, or (reported) 0 when it has
 * none and -1 when it is too long: the line's codes are not read then. */
static int actors_phrases(rd *r, actors_st *st, const char *s, size_t pn)
{
    const char *cb = memchr(s, '{', pn);
    size_t phn = cb ? (size_t)(cb - s) : pn;
    const char *ph = s;
    trim(&ph, &phn);
    if (!phn) {
        bad(r, "missing phrase");
        return 0;
    }
    /* pointers into the strings pool move when it grows: copy */
    char tmp[512];
    if (phn >= sizeof tmp) {
        bad(r, "phrase too long");
        return -1;
    }
    memcpy(tmp, ph, phn);
    expand_subst(r, st->ss, st->nss, tmp, phn, &st->pd, 0);
    if (!cb)
        return 1;
    const char *ce = memchr(cb, '}', pn - (size_t)(cb - s));
    if (!ce) {
        bad(r, "unbalanced '{'");
        return 1;
    }
    const char *q = cb + 1, *w;
    size_t wn;
    while ((wn = next_word(&q, ce, &w)))
        if (wn < sizeof tmp) {
            memcpy(tmp, w, wn);
            expand_subst(r, st->ss, st->nss, tmp, wn, &st->pd, 0);
        }
    return 1;
}

/* "PHRASE {VARIANTS} [CODES]" or "+SYNONYM ...": a new entry, a name of
 * the entry being read, or a synonym of it. */
static void actors_entry(rd *r, actors_st *st, const char *s, size_t n)
{
    pending *pd = &st->pd;
    int syn = s[0] == '+';
    if (syn) {
        s++;
        n--;
        if (!pd->open) {
            bad(r, "synonym without an actor");
            return;
        }
    } else if (!(pd->open && !pd->ncode)) {
        /* a new entry; lines without codes before the first code block
         * are names of one entry (Phoenix: "IVO_JOSIPOVIC_",
         * "JOSIPOVIC_", then "[HRVGOV >20120219]") */
        flush_actor(r, pd);
        pd->nph = 0;
        pd->ncode = 0;
        pd->code0 = 0;
        pd->agent = 0;
        pd->open = 1;
        pd->line = r->line;
    }
    /* phrase, optional {variants}, optional codes */
    const char *br = memchr(s, '[', n);
    size_t pn = br ? (size_t)(br - s) : n;
    int ok = actors_phrases(r, st, s, pn);
    if (!ok)
        pd->open = syn ? pd->open : 0;
    if (ok <= 0)
        return;
    if (br)
        actors_codes(r, pd, br, n - (size_t)(br - s));
}

/* One line s[0..n) of an actor or agent file, comment stripped and
 * trimmed. */
static void actors_line(rd *r, actors_st *st, const char *s, size_t n)
{
    if (s[0] == '<') {
        if (n >= 2 && s[1] == '!')
            return; /* a comment, however spelt */
        flush_actor(r, &st->pd);
        if (n >= 6 && strncmp(s, "<NOUN>", 6) == 0)
            st->section = 1;
        else if (n >= 11 && strncmp(s, "<ADJECTIVE>", 11) == 0)
            st->section = 2;
        else
            st->section = 0;
    } else if (st->section == 1 || st->section == 2) {
        actors_word_list(r, st->section, s, n);
    } else if (st->section == 3) {
        return;
    } else if (is_subst_line(s, n)) {
        actors_subst(r, st, s, n);
    } else if (s[0] == '[') {
        if (!st->pd.open)
            bad(r, "code block without an actor");
        else
            actors_codes(r, &st->pd, s, n);
    } else {
        actors_entry(r, st, s, n);
    }
}

/* Reads an actor or agent file (both formats: "PHRASE [CODE]", "+SYNONYM"
 * lines, code blocks on their own lines, <NOUN>/<ADJECTIVE> sections,
 * PETRARCH's "{PLURALS}" and "!SET!" substitutions). */
static void read_actors(rd *r, char *data, size_t len)
{
    actors_st st;
    memset(&st, 0, sizeof st);
    int incomment = 0;
    char *p = data, *end = data + len;
    r->line = 0;
    const char *s;
    size_t n;
    while (!r->err && next_line(r, &p, end, &incomment, &s, &n)) {
        n = strip_comment(s, n);
        trim(&s, &n);
        if (n)
            actors_line(r, &st, s, n);
    }
    flush_actor(r, &st.pd);
    free(st.pd.ph);
}

/* ---- verbs ---- */

/* A code in brackets at the end of a line: "[042]", "[032:033]", "[---]".
 * Returns the offset of the normalised code, UINT32_MAX when absent or
 * malformed (*why set). */
static uint32_t verb_code(rd *r, const char *s, size_t n, const char **why)
{
    const char *p = s;
    size_t m = n;
    trim(&p, &m);
    if (m < 2 || p[0] != '[' || p[m - 1] != ']') {
        *why = "expected a code in brackets";
        return UINT32_MAX;
    }
    p++;
    m -= 2;
    trim(&p, &m);
    if (!m) {
        *why = "empty code";
        return UINT32_MAX;
    }
    char buf[32];
    size_t o = 0;
    r->sub = r->dom = 0;
    for (size_t i = 0; i < m; i++) {
        char ch = p[i];
        if (is_space(ch))
            continue;
        r->sub |= ch == '?';
        r->dom |= ch == '!' && !r->petr; /* TABARI's mark, not read for PETRARCH */
        if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= 'a' && ch <= 'z') || ch == ':' || ch == '-' || ch == '!' ||
              ch == '+' || ch == '#' || ch == '?')) {
            *why = "bad character in code";
            return UINT32_MAX;
        }
        if (o + 1 >= sizeof buf) {
            *why = "code too long";
            return UINT32_MAX;
        }
        if (ch != '!' && ch != '?')
            buf[o++] = ch;
    }
    uint32_t off = addstr(r->c, buf, o);
    if (off == UINT32_MAX)
        r->err = PARLEY_ENOMEM;
    return off;
}

/* A new block, named name[0..n) (n = 0: none). */
static int new_block(parley_cameo *c, const char *name, size_t n)
{
    if (GROW(c->blocks, c->nblocks, c->blocks_cap))
        return PARLEY_ENOMEM;
    cblock *b = &c->blocks[c->nblocks];
    memset(b, 0, sizeof *b);
    b->pat0 = (uint32_t)c->npats;
    b->name = UINT32_MAX;
    if (n && (b->name = addstr(c, name, n)) == UINT32_MAX)
        return PARLEY_ENOMEM;
    c->nblocks++;
    return 0;
}

static void add_verb(rd *r, const char *s, size_t n, uint32_t code,
                     uint32_t block, int mark)
{
    parley_cameo *c = r->c;
    cphrase ph;
    uint32_t vpos = 0;
    const char *why = "malformed verb";
    int rc = parse_phrase(r, s, n, mark ? PH_VERBMARK : 0, &ph, &vpos, &why);
    if (rc == PARLEY_ENOMEM) {
        r->err = rc;
        return;
    }
    if (rc) {
        bad(r, "%s: '%.*s'", why, (int)n, s);
        return;
    }
    if (c->els[ph.el + vpos].kind != CW_WORD) {
        bad(r, "the verb is not a word");
        return;
    }
    if (GROWZ(c->verbs, c->nverbs, c->verbs_cap) ||
        add_entry(c, CE_VERB, ph, (uint32_t)c->nverbs, 0)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    /* a verb matches its regular forms, even when written exact
     * ("DEPART_" codes "departs") */
    cw *vw = &c->els[ph.el + vpos];
    if (!vw->exact)
        vw->infl = r->petr ? CW_INFL_ALL : CW_INFL_TVERB;
    cverb *v = &c->verbs[c->nverbs++];
    v->ph = ph;
    v->vpos = vpos;
    v->code = code;
    v->block = block;
    v->sub = (uint8_t)r->verb_sub;
    v->dom = (uint8_t)r->verb_dom;
}

/* Where read_verbs is in a verb file. */
typedef struct verbs_st {
    int insyn, intime, incomment;
    uint32_t block_code; /* the PETRARCH block's code */
    int have_block;
} verbs_st;

/* TABARI's time phrases: "[-7]" shifts the date (not read); "[###]"
 * discards the sentence and "[+++]" makes it complex, so that it is not
 * coded either. */
static void verbs_time_line(rd *r, const char *s, size_t n)
{
    const char *lb = memchr(s, '[', n);
    if (s[0] == '-' || !lb || (size_t)(s + n - lb) < 5 ||
        (memcmp(lb, "[###]", 5) && memcmp(lb, "[+++]", 5)))
        return;
    size_t pn = (size_t)(lb - s);
    while (pn && is_space(s[pn - 1]))
        pn--;
    add_phrase(r, s, pn, CE_DISCARD, 0, "malformed time phrase");
}

/* "&NAME": a synonym set begins. */
static void verbs_synset(rd *r, verbs_st *st, const char *s, size_t n)
{
    parley_cameo *c = r->c;
    size_t k = 1;
    while (k < n && !is_space(s[k]))
        k++;
    size_t nn = k - 1;
    while (nn && s[nn] == '_')
        nn--;
    char name[64];
    if (nn == 0 || nn >= sizeof name) {
        bad(r, "malformed synonym set name");
        return;
    }
    pl_ascii_upper_n(name, s + 1, nn);
    if (find_syn(c, name, nn) >= 0) {
        bad(r, "synonym set &%.*s defined twice", (int)nn, name);
        st->insyn = 0;
        return;
    }
    uint32_t off = addstr(c, name, nn);
    if (off == UINT32_MAX || GROW(c->syns, c->nsyns, c->syns_cap)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    c->syns[c->nsyns].name = off;
    c->syns[c->nsyns].ph0 = 0;
    c->syns[c->nsyns].nph = 0;
    c->syns[c->nsyns].depth = 0;
    c->nsyns++;
    st->insyn = 1;
}

/* "+MEMBER": a phrase of the synonym set being read. */
static void verbs_synonym(rd *r, const char *s, size_t n)
{
    parley_cameo *c = r->c;
    struct csyn *sy = &c->syns[c->nsyns - 1];
    cphrase ph;
    const char *why = "malformed synonym";
    r->cursyn = (int)(c->nsyns - 1);
    int rc = parse_phrase(r, s + 1, n - 1, PH_PATTERN, &ph, NULL, &why);
    r->cursyn = -1;
    if (rc == PARLEY_ENOMEM) {
        r->err = rc;
        return;
    }
    if (rc) {
        bad(r, "%s: '%.*s'", why, (int)n, s);
        return;
    }
    /* a synset's phrases must be contiguous in alts[]: append and, if
     * another set was appended to since, move ours. */
    if (sy->nph && sy->ph0 + sy->nph != c->nalts) {
        bad(r, "synonym set members must be consecutive");
        return;
    }
    if (GROW(c->alts, c->nalts, c->alts_cap)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    if (!sy->nph)
        sy->ph0 = (uint32_t)c->nalts;
    c->alts[c->nalts++] = ph;
    sy->nph++;
    if (r->pdepth > sy->depth)
        sy->depth = r->pdepth;
}

/* PETRARCH's block header: --- NAME [code] --- */
static void verbs_block(rd *r, verbs_st *st, const char *s, size_t n)
{
    const char *b = memchr(s, '[', n);
    const char *e = b ? memchr(b, ']', n - (size_t)(b - s)) : NULL;
    if (!b || !e) {
        bad(r, "block header without a code");
        return;
    }
    const char *why = "";
    uint32_t code = verb_code(r, b, (size_t)(e - b + 1), &why);
    if (code == UINT32_MAX) {
        if (!r->err)
            bad(r, "%s", why);
        return;
    }
    /* its name: between the dashes and the code */
    const char *nm = s + 3;
    size_t nn = (size_t)(b - nm);
    while (nn && (*nm == '-' || *nm == ' ' || *nm == '\t')) {
        nm++;
        nn--;
    }
    while (nn && (nm[nn - 1] == ' ' || nm[nn - 1] == '\t'))
        nn--;
    if (new_block(r->c, nm, nn)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    st->block_code = code;
    st->have_block = 1;
}

/* "- ... * ... [code]": a pattern of the current block. */
static void verbs_pattern(rd *r, const verbs_st *st, const char *s, size_t n)
{
    parley_cameo *c = r->c;
    if (!c->nblocks || (!st->have_block && !c->nverbs)) {
        bad(r, "pattern before any verb");
        return;
    }
    const char *b = NULL;
    for (size_t k = n; k > 0 && !b; k--)
        if (s[k - 1] == '[')
            b = s + k - 1;
    if (!b) {
        bad(r, "pattern without a code");
        return;
    }
    const char *why = "";
    uint32_t code = verb_code(r, b, n - (size_t)(b - s), &why);
    if (code == UINT32_MAX) {
        if (!r->err)
            bad(r, "%s", why);
        return;
    }
    int dom = r->dom;
    cphrase ph;
    why = "malformed pattern";
    int rc = parse_phrase(r, s + 1, (size_t)(b - s - 1), PH_PATTERN, &ph, NULL, &why);
    if (rc == PARLEY_ENOMEM) {
        r->err = rc;
        return;
    }
    if (rc) {
        bad(r, "%s", why);
        return;
    }
    int nv = 0;
    uint32_t nlit = 0, nwords = 0;
    for (uint32_t k = 0; k < ph.n; k++) {
        int kd = c->els[ph.el + k].kind;
        nv += kd == CW_VERB;
        nwords += kd == CW_WORD;
        /* words, sets and compounds make a pattern specific */
        nlit += kd == CW_WORD || kd == CW_SYN || kd == CW_ALT || kd == CW_CMP;
    }
    if (nv != 1) {
        bad(r, "a pattern needs exactly one '*'");
        return;
    }
    if (GROWZ(c->pats, c->npats, c->pats_cap)) {
        r->err = PARLEY_ENOMEM;
        return;
    }
    cpattern *pt = &c->pats[c->npats++];
    pt->ph = ph;
    pt->code = code;
    pt->nlit = nlit;
    pt->nwords = nwords;
    pt->dom = (uint8_t)dom;
    c->blocks[c->nblocks - 1].npat++;
}

/* TABARI's "{ FORM FORM }" line: irregular forms of the last verb. */
static void verbs_forms(rd *r, const char *s, size_t n)
{
    parley_cameo *c = r->c;
    if (!c->nverbs || r->petr) {
        bad(r, "forms without a verb");
        return;
    }
    const char *q = s + 1, *qe = s + n;
    while (q < qe) {
        while (q < qe && (is_space(*q) || *q == '}'))
            q++;
        const char *w = q;
        while (q < qe && !is_space(*q) && *q != '}')
            q++;
        if (q > w)
            add_verb(r, w, (size_t)(q - w), c->verbs[c->nverbs - 1].code,
                     c->verbs[c->nverbs - 1].block, 0);
    }
}

/* The code of a verb line s[0..n) with its '[' at b (NULL: none): its
 * own, or its PETRARCH block's; UINT32_MAX when it has none (reported). */
static uint32_t verb_line_code(rd *r, const verbs_st *st, const char *s, size_t n,
                               const char *b)
{
    r->verb_sub = r->verb_dom = 0;
    if (b) {
        const char *why = "";
        uint32_t code = verb_code(r, b, n - (size_t)(b - s), &why);
        if (code == UINT32_MAX) {
            if (!r->err)
                bad(r, "%s", why);
            return code;
        }
        r->verb_sub = r->sub;
        r->verb_dom = r->dom;
        return code;
    }
    if (r->petr && st->have_block)
        return st->block_code;
    bad(r, "verb without a code");
    return UINT32_MAX;
}

/* "VERB [code]", "VERB {FORMS} [code]", or (PETRARCH) a verb of the
 * current block, "+" marking the verb among its words. */
static void verbs_verb(rd *r, const verbs_st *st, const char *s, size_t n)
{
    parley_cameo *c = r->c;
    const char *b = memchr(s, '[', n);
    const char *cb = memchr(s, '{', b ? (size_t)(b - s) : n);
    size_t vn = cb ? (size_t)(cb - s) : b ? (size_t)(b - s) : n;
    uint32_t code = verb_line_code(r, st, s, n, b);
    if (code == UINT32_MAX)
        return;
    if (!r->petr) {
        if (new_block(c, NULL, 0)) {
            r->err = PARLEY_ENOMEM;
            return;
        }
    } else if (!st->have_block) {
        bad(r, "verb outside a '--- VERB [code] ---' block");
        return;
    }
    char tmp[512];
    const char *vs = s;
    trim(&vs, &vn);
    if (!vn || vn >= sizeof tmp) {
        bad(r, "missing or too long verb");
        return;
    }
    memcpy(tmp, vs, vn);
    int mark = r->petr && memchr(tmp, '+', vn) != NULL;
    add_verb(r, tmp, vn, code, (uint32_t)c->nblocks - 1, mark);
    if (!cb)
        return;
    /* {IRREGULAR FORMS} on the same line */
    const char *ce = memchr(cb, '}', n - (size_t)(cb - s));
    if (!ce) {
        bad(r, "unbalanced '{'");
        return;
    }
    const char *q = cb + 1, *w;
    size_t wn;
    while ((wn = next_word(&q, ce, &w)))
        if (wn < sizeof tmp) {
            memcpy(tmp, w, wn);
            add_verb(r, tmp, wn, code, (uint32_t)c->nblocks - 1, memchr(tmp, '+', wn) != NULL);
        }
}

/* One line s[0..n) of a verb file, comment stripped and trimmed. */
static void verbs_line(rd *r, verbs_st *st, const char *s, size_t n)
{
    if (s[0] == '<') {
        st->insyn = 0;
        if (n >= 6 && strncmp(s, "<TIME>", 6) == 0)
            st->intime = 1;
        else if (n >= 7 && strncmp(s, "</TIME>", 7) == 0)
            st->intime = 0;
    } else if (st->intime) {
        verbs_time_line(r, s, n);
    } else if (s[0] == '&') {
        verbs_synset(r, st, s, n);
    } else if (s[0] == '+' && st->insyn) {
        verbs_synonym(r, s, n);
    } else {
        st->insyn = 0;
        if (n >= 3 && strncmp(s, "---", 3) == 0)
            verbs_block(r, st, s, n);
        else if (s[0] == '-')
            verbs_pattern(r, st, s, n);
        else if (s[0] == '{')
            verbs_forms(r, s, n);
        else
            verbs_verb(r, st, s, n);
    }
}

/* Reads a verb dictionary in TABARI or PETRARCH2 format. Both have
 * synonym sets ("&NAME" then "+MEMBER" lines) and patterns ("- ... *
 * ... [code]") under their verbs; PETRARCH groups verbs in blocks headed
 * "--- NAME [code] ---" whose patterns apply to every verb of the block,
 * TABARI gives each verb "VERB [code]" its own patterns, with irregular
 * forms in a "{ FORM FORM }" line. */
static void read_verbs(rd *r, char *data, size_t len)
{
    char *p = data, *end = data + len;
    verbs_st st = {0, 0, 0, UINT32_MAX, 0};
    r->line = 0;
    const char *s;
    size_t n;
    while (!r->err && next_line(r, &p, end, &st.incomment, &s, &n)) {
        /* '#' starts a comment in both; ';' in TABARI. Codes hold '#'
         * ("[###]") only inside brackets. */
        if (!n) { /* a blank line ends a synonym set; a comment does not */
            st.insyn = 0;
            continue;
        }
        n = strip_comment(s, n);
        trim(&s, &n);
        if (n)
            verbs_line(r, &st, s, n);
    }
}

/* ---- discards and issues ---- */

static void read_discards(rd *r, char *data, size_t len)
{
    char *p = data, *end = data + len;
    r->line = 0;
    const char *s;
    size_t n;
    while (!r->err && next_line(r, &p, end, NULL, &s, &n)) {
        n = strip_comment(s, n);
        trim(&s, &n);
        if (!n || s[0] == '<')
            continue;
        int story = s[0] == '+';
        if (story) {
            s++;
            n--;
        }
        add_phrase(r, s, n, CE_DISCARD, story, "malformed discard");
    }
}

/* Phoenix.IssueCoding.txt: <ISSUE CATEGORY="X" ...> blocks of "phrase
 * [TOPIC]" lines; "n:" marks a noun (plurals match), '+' joins parts
 * ("pre+n:school"), "~phrase" is a phrase that cancels the category. */
static void read_issues(rd *r, char *data, size_t len)
{
    parley_cameo *c = r->c;
    char *p = data, *end = data + len;
    uint32_t cat = UINT32_MAX;
    r->line = 0;
    int saved = r->petr;
    r->petr = 1;
    const char *s;
    size_t n;
    while (!r->err && next_line(r, &p, end, NULL, &s, &n)) {
        n = strip_comment(s, n);
        trim(&s, &n);
        if (!n)
            continue;
        if (s[0] == '<') {
            const char *q = find_sub(s, n, "CATEGORY=\"", 10);
            if (q) {
                q += 10;
                const char *e = memchr(q, '"', n - (size_t)(q - s));
                if (!e) {
                    bad(r, "malformed <ISSUE> tag");
                    cat = UINT32_MAX;
                    continue;
                }
                cat = addstr(c, q, (size_t)(e - q));
            } else if (n >= 2 && s[1] == '/')
                cat = UINT32_MAX;
            continue;
        }
        if (cat == UINT32_MAX) {
            bad(r, "issue phrase outside an <ISSUE> block");
            continue;
        }
        int neg = s[0] == '~';
        if (neg) {
            s++;
            n--;
        }
        const char *b = memchr(s, '[', n);
        const char *e = b ? memchr(b, ']', n - (size_t)(b - s)) : NULL;
        if (!neg && (!b || !e)) {
            bad(r, "issue phrase without a [TOPIC]");
            continue;
        }
        size_t pn = b ? (size_t)(b - s) : n;
        char tmp[512];
        size_t o = 0;
        for (size_t i = 0; i < pn && o + 1 < sizeof tmp; i++) {
            if (s[i] == 'n' && i + 1 < pn && s[i + 1] == ':' &&
                (i == 0 || s[i - 1] == ' ' || s[i - 1] == '+')) {
                i++;
                continue;
            }
            tmp[o++] = s[i] == '+' ? '_' : s[i];
        }
        cphrase ph;
        const char *why = "malformed issue phrase";
        int rc = parse_phrase(r, tmp, o, 0, &ph, NULL, &why);
        if (rc == PARLEY_ENOMEM) {
            r->err = rc;
            break;
        }
        if (rc) {
            bad(r, "%s", why);
            continue;
        }
        uint32_t topic = b ? addstr(c, b + 1, (size_t)(e - b - 1)) : cat;
        if (topic == UINT32_MAX || GROWZ(c->issues, c->nissues, c->issues_cap) ||
            add_entry(c, CE_ISSUE, ph, (uint32_t)c->nissues, 0)) {
            r->err = PARLEY_ENOMEM;
            break;
        }
        c->issues[c->nissues].topic = topic;
        c->issues[c->nissues].cat = cat;
        c->issues[c->nissues].neg = (uint8_t)neg;
        c->nissues++;
    }
    r->petr = saved;
}

/* ---- files, format detection, index ---- */

static int read_file(rd *r, const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (r->o->log) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s: cannot open", path);
            r->o->log(r->o->log_ud, PARLEY_ERROR, msg);
        }
        return PARLEY_ENOENT;
    }
    parley_buf b = PARLEY_BUF_INIT;
    char chunk[65536];
    size_t k;
    int rc = 0;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (parley_buf_add(&b, chunk, k)) {
            rc = PARLEY_ENOMEM;
            break;
        }
    if (!rc && ferror(f))
        rc = PARLEY_EIO;
    fclose(f);
    if (rc) {
        parley_buf_release(&b);
        return rc;
    }
    if (!b.p && parley_buf_add(&b, "", 0))
        return PARLEY_ENOMEM;
    *data = parley_buf_detach(&b, len);
    return 0;
}

/* PETRARCH verb files have "--- VERB [code] ---" block headers and
 * "<!-- -->" comments; TABARI files have neither. */
static int detect_petrarch(const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        while (p < le && (*p == ' ' || *p == '\t'))
            p++;
        if (le - p >= 4 && (memcmp(p, "<!--", 4) == 0))
            return 1;
        if (le - p >= 5 && memcmp(p, "---", 3) == 0 && memchr(p, '[', (size_t)(le - p)))
            return 1;
        p = nl ? nl + 1 : end;
    }
    return 0;
}

/* Reads the file at path (or takes its bytes from src when not NULL:
 * the caller keeps them, and they may be changed) as dictionary `what`
 * ('v', 'a', 'g', 'd', 'i'). */
static int load_one(parley_cameo *c, wcache *wc, const parley_cameo_opts *o,
                    const char *path, int what, pl_cameo_src *src, parley_buf *warnings)
{
    rd r = {0};
    r.c = c;
    r.wc = wc;
    r.cursyn = -1;
    r.o = o;
    r.file = path;
    r.warnings = warnings;
    int rc = pl_cameo_add_file(c, path);
    if (rc)
        return rc;
    r.fileno = (uint32_t)c->nfiles - 1;
    char *data;
    size_t len;
    if (src) {
        data = src->data;
        len = src->len;
    } else if ((rc = read_file(&r, path, &data, &len)))
        return rc;
    int fmt = o->format;
    if (fmt == PARLEY_CAMEO_AUTO)
        fmt = detect_petrarch(data, len) ? PARLEY_CAMEO_PETRARCH : PARLEY_CAMEO_TABARI;
    /* Actor and agent files are TABARI-styled in both worlds; only the
     * word matching differs (PETRARCH: exact words and plurals). */
    r.petr = fmt == PARLEY_CAMEO_PETRARCH;
    switch (what) {
    case 'v':
        c->format = fmt;
        read_verbs(&r, data, len);
        break;
    case 'g':
    case 'a':
        r.plural = 1; /* "Libyas", "ambassadors" */
        if (o->format == PARLEY_CAMEO_AUTO)
            r.petr = c->format == PARLEY_CAMEO_PETRARCH;
        read_actors(&r, data, len);
        break;
    case 'd':
        read_discards(&r, data, len);
        break;
    case 'i':
        read_issues(&r, data, len);
        break;
    }
    if (!src)
        free(data);
    return r.err;
}

int pl_cameo_add_file(parley_cameo *c, const char *path)
{
    char **nf = realloc(c->files, (c->nfiles + 1) * sizeof *nf);
    if (!nf)
        return PARLEY_ENOMEM;
    c->files = (const char **)nf;
    c->files[c->nfiles] = pl_arena_strdup(&c->mem, path);
    if (!c->files[c->nfiles])
        return PARLEY_ENOMEM;
    c->nfiles++;
    return 0;
}

uint32_t pl_cameo_word_find(const parley_cameo *c, const char *s, size_t n,
                         int ch, uint64_t h)
{
    if (!c->nwslots)
        return CW_NONE;
    size_t len = n + (ch >= 0);
    size_t mask = c->nwslots - 1, k = cameo_mix(h) & mask;
    for (uint32_t id; (id = c->wslots[k]); k = (k + 1) & mask) {
        const cword *w = &c->words[id - 1];
        const char *ws = c->strs + w->str;
        if (w->h == h && w->len == len && memcmp(ws, s, n) == 0 &&
            (ch < 0 || (unsigned char)ws[n] == (unsigned char)ch))
            return id - 1;
    }
    return CW_NONE;
}

/* Notes on every word what its elements allow (the elements got their
 * ids when read, word_id). */
static int mark_words(parley_cameo *c)
{
    c->stems = calloc(CAMEO_STEM_BITS / 64, sizeof *c->stems);
    if (!c->stems)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < c->nels; i++) {
        const cw *e = &c->els[i];
        if (e->kind != CW_WORD)
            continue;
        cword *w = &c->words[e->wid];
        if (e->stem && !w->stem) {
            uint32_t b = cameo_stem_bit(w->h);
            w->stem = 1;
            c->stems[b >> 6] |= 1ULL << (b & 63);
            c->has_stems = 1;
            c->stem_lens |= 1ULL << (w->len < 63 ? w->len : 63);
        }
        if (e->infl && w->len >= 2)
            w->infl = 1;
    }
    return 0;
}

static int entry_class(int kind)
{
    switch (kind) {
    case CE_ACTOR:
    case CE_AGENT:
        return CX_ACTOR;
    case CE_VERB:
        return CX_VERB;
    case CE_NOUN:
        return CX_NOUN;
    case CE_ADJ:
        return CX_ADJ;
    case CE_DISCARD:
        return CX_DISCARD;
    default:
        return CX_ISSUE;
    }
}

/* The word a phrase is found by: the verb for verbs, else the first
 * word. Entries whose phrase starts with no word are not indexed. */
static int anchor(const parley_cameo *c, const centry *e, uint32_t *wid)
{
    uint32_t k = 0;
    if (e->kind == CE_VERB)
        k = c->verbs[e->idx].vpos;
    const cw *w = &c->els[e->ph.el + k];
    if (w->kind != CW_WORD)
        return 0;
    *wid = w->wid;
    return 1;
}

/* An actor or agent whose first two elements are words is filed by both
 * (cpair): returns 1 when the second must follow the first directly, 2
 * when words may come between, 0 for other entries. */
static int paired(const parley_cameo *c, const centry *e, uint32_t *w2)
{
    if ((e->kind != CE_ACTOR && e->kind != CE_AGENT) || e->ph.n < 2)
        return 0;
    const cw *a = &c->els[e->ph.el], *b = a + 1;
    if (a->kind != CW_WORD || b->kind != CW_WORD)
        return 0;
    *w2 = b->wid;
    return b->adj ? 1 : 2;
}

static cpair *pair_slot(cpairs *t, uint32_t w1, uint32_t w2)
{
    size_t mask = t->nslots - 1;
    size_t k = cameo_mix(((uint64_t)w1 << 32) | w2) & mask;
    while (t->slots[k].n && !(t->slots[k].w1 == w1 && t->slots[k].w2 == w2))
        k = (k + 1) & mask;
    return &t->slots[k];
}

typedef struct triple {
    uint32_t w1, w2, v;
} triple;

/* Files the values x[i].v under (x[i].w1, x[i].w2), each list in the
 * order of x. */
static int build_pairs(cpairs *t, const triple *x, size_t n)
{
    if (!n)
        return 0;
    size_t ns = 16;
    while (ns < n * 2)
        ns *= 2;
    t->slots = calloc(ns, sizeof *t->slots);
    t->ents = malloc(n * sizeof *t->ents);
    if (!t->slots || !t->ents)
        return PARLEY_ENOMEM;
    t->nslots = ns;
    /* count; give each list the end of its run; fill backwards, which
     * leaves start at the run's first */
    for (size_t i = 0; i < n; i++) {
        cpair *p = pair_slot(t, x[i].w1, x[i].w2);
        p->w1 = x[i].w1;
        p->w2 = x[i].w2;
        p->n++;
    }
    uint32_t at = 0;
    for (size_t k = 0; k < ns; k++)
        if (t->slots[k].n) {
            at += t->slots[k].n;
            t->slots[k].start = at;
        }
    for (size_t i = n; i-- > 0;)
        t->ents[--pair_slot(t, x[i].w1, x[i].w2)->start] = x[i].v;
    return 0;
}

/* The word id of an entry's third element when it is a word that must
 * follow the second directly, else CW_NONE. */
static uint32_t third_word(const parley_cameo *c, uint32_t ent)
{
    const centry *e = &c->ents[ent];
    const cw *el = c->els + e->ph.el;
    return e->ph.n >= 3 && el[2].kind == CW_WORD && el[2].adj ? el[2].wid : CW_NONE;
}

/* Puts first in each list of pairs and gpairs the entries without a third
 * word right after the second (cpair.nrest), keeping dictionary order
 * within both parts, and files the others in thirds. */
static int build_thirds(parley_cameo *c)
{
    size_t n = 0, max = 0;
    for (int kind = 1; kind <= 2; kind++) {
        const cpairs *t = kind == 1 ? &c->pairs : &c->gpairs;
        for (size_t s = 0; s < t->nslots; s++)
            max += t->slots[s].n;
    }
    triple *x = malloc((max + 1) * sizeof *x);
    uint32_t *tmp = malloc((max + 1) * sizeof *tmp);
    if (!x || !tmp) {
        free(x);
        free(tmp);
        return PARLEY_ENOMEM;
    }
    for (int kind = 1; kind <= 2; kind++) {
        cpairs *t = kind == 1 ? &c->pairs : &c->gpairs;
        uint32_t base = kind == 1 ? 0 : (uint32_t)c->pairs.nslots;
        for (size_t s = 0; s < t->nslots; s++) {
            cpair *p = &t->slots[s];
            uint32_t *v = t->ents + p->start, nr = 0, nt = 0;
            for (uint32_t q = 0; q < p->n; q++)
                if (third_word(c, v[q]) == CW_NONE)
                    v[nr++] = v[q];
                else
                    tmp[nt++] = v[q];
            memcpy(v + nr, tmp, nt * sizeof *v);
            p->nrest = nr;
            for (uint32_t q = 0; q < nt; q++) {
                uint32_t w3 = third_word(c, tmp[q]);
                x[n++] = (triple){base + (uint32_t)s, w3, tmp[q]};
                c->words[w3].pairs |= CWORD_THIRD;
            }
        }
    }
    int rc = build_pairs(&c->thirds, x, n);
    free(x);
    free(tmp);
    return rc;
}

/* The actors and agents filed by two words, in dictionary order; their
 * first words are marked (cword.pairs). */
static int build_actor_pairs(parley_cameo *c)
{
    triple *x = malloc(c->nents * sizeof *x);
    if (!x)
        return PARLEY_ENOMEM;
    int rc = 0;
    for (int kind = 1; !rc && kind <= 2; kind++) {
        size_t n = 0;
        for (size_t i = 1; i < c->nents; i++) {
            uint32_t w2, w1 = c->els[c->ents[i].ph.el].wid;
            if (paired(c, &c->ents[i], &w2) == kind) {
                x[n++] = (triple){w1, w2, (uint32_t)i};
                c->words[w1].pairs |= (uint8_t)kind;
                c->words[w1].seconds |= 1ULL << cameo_second_bit(w2);
            }
        }
        rc = build_pairs(kind == 1 ? &c->pairs : &c->gpairs, x, n);
    }
    free(x);
    return rc ? rc : build_thirds(c);
}

/* Adds the phrases alts[a0 .. a0 + na) to set `set`: those starting
 * with a word to x, the others to its list of any. */
static void fill_set(parley_cameo *c, uint32_t set, uint32_t a0, uint32_t na,
                     triple *x, size_t *n, size_t *nany)
{
    caset *as = &c->asets[set];
    as->any0 = (uint32_t)*nany;
    for (uint32_t j = a0; j < a0 + na; j++) {
        const cphrase *ph = &c->alts[j];
        const cw *f = &c->els[ph->el];
        if (ph->n && f->kind == CW_WORD) {
            x[(*n)++] = (triple){set, f->wid, j};
            as->first |= 1ULL << cameo_second_bit(f->wid);
        } else
            c->aset_any[(*nany)++] = j;
    }
    as->nany = (uint32_t)*nany - as->any0;
}

/* Sets of alternatives: synset s is set s, each CW_ALT element a set
 * after them (its id in the element's wid); a set's phrases are filed
 * by their first word, so that a token tries only those it can start. */
static int build_asets(parley_cameo *c)
{
    size_t nalt = 0, total = 0;
    for (size_t s = 0; s < c->nsyns; s++)
        total += c->syns[s].nph;
    for (size_t i = 0; i < c->nels; i++)
        if (c->els[i].kind == CW_ALT) {
            nalt++;
            total += c->els[i].len;
        }
    c->nasets = c->nsyns + nalt;
    c->asets = calloc(c->nasets + 1, sizeof *c->asets);
    c->aset_any = malloc((total + 1) * sizeof *c->aset_any);
    triple *x = malloc((total + 1) * sizeof *x);
    int rc = PARLEY_ENOMEM;
    if (c->asets && c->aset_any && x) {
        size_t n = 0, nany = 0;
        for (size_t s = 0; s < c->nsyns; s++)
            fill_set(c, (uint32_t)s, c->syns[s].ph0, c->syns[s].nph, x, &n, &nany);
        uint32_t id = (uint32_t)c->nsyns;
        for (size_t i = 0; i < c->nels; i++) {
            cw *e = &c->els[i];
            if (e->kind == CW_SYN)
                e->wid = e->ref;
            else if (e->kind == CW_ALT) {
                e->wid = id;
                fill_set(c, id++, e->ref, e->len, x, &n, &nany);
            }
        }
        rc = build_pairs(&c->aset_words, x, n);
    }
    free(x);
    return rc;
}

/* Inserts patterns pats[p0 .. p0 + np) into the trial order o[0 .. n0)
 * (sorted): most literal elements first, stable. */
static void sort_patterns(const parley_cameo *c, uint32_t *o, uint32_t p0, uint32_t np,
                          uint32_t n0)
{
    for (uint32_t k = 0; k < np; k++) {
        uint32_t x = p0 + k, nl = c->pats[x].nlit, q = n0 + k;
        while (q > 0 && c->pats[o[q - 1]].nlit < nl) {
            o[q] = o[q - 1];
            q--;
        }
        o[q] = x;
    }
}

/* A named block, for sorting blocks by name, then by place in the file. */
typedef struct named_block {
    const char *name;
    uint32_t b;
} named_block;

static int by_block_name(const void *x, const void *y)
{
    const named_block *a = x, *b = y;
    int r = strcmp(a->name, b->name);
    return r ? r : (a->b > b->b) - (a->b < b->b);
}

/* PETRARCH's blocks of one name share their patterns: each such block
 * tries all of them, in dictionary order among equals (the orders of
 * such blocks, which are rare, are appended to porder). */
static int share_named_blocks(parley_cameo *c)
{
    named_block *ix = malloc((c->nblocks + 1) * sizeof *ix);
    if (!ix)
        return PARLEY_ENOMEM;
    size_t n = 0;
    for (size_t b = 0; b < c->nblocks; b++)
        if (c->blocks[b].name != UINT32_MAX)
            ix[n++] = (named_block){cameo_str(c, c->blocks[b].name), (uint32_t)b};
    qsort(ix, n, sizeof *ix, by_block_name);
    int rc = 0;
    for (size_t g = 0; g < n;) {
        size_t e = g + 1, total = c->blocks[ix[g].b].npat;
        while (e < n && !strcmp(ix[e].name, ix[g].name))
            total += c->blocks[ix[e++].b].npat;
        if (e - g > 1) {
            uint32_t *o = realloc(c->porder, (c->norder + total + 1) * sizeof *o);
            if (!o) {
                rc = PARLEY_ENOMEM;
                break;
            }
            c->porder = o;
            uint32_t ord0 = (uint32_t)c->norder, k = 0;
            for (size_t q = g; q < e; q++) {
                const cblock *bl = &c->blocks[ix[q].b];
                sort_patterns(c, o + ord0, bl->pat0, bl->npat, k);
                k += bl->npat;
            }
            c->norder += total;
            for (size_t q = g; q < e; q++) {
                c->blocks[ix[q].b].ord0 = ord0;
                c->blocks[ix[q].b].nord = k;
            }
        }
        g = e;
    }
    free(ix);
    return rc;
}

/* Patterns: the words each requires, and each block's order of trial. */
static int build_patterns(parley_cameo *c)
{
    size_t nreq = 0;
    for (size_t i = 0; i < c->npats; i++)
        for (uint32_t k = 0; k < c->pats[i].ph.n; k++)
            nreq += c->els[c->pats[i].ph.el + k].kind == CW_WORD;
    c->preq = malloc((nreq + 1) * sizeof *c->preq);
    c->porder = malloc((c->npats + 1) * sizeof *c->porder);
    c->norder = c->npats;
    if (!c->preq || !c->porder)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < c->npats; i++) {
        cpattern *pt = &c->pats[i];
        pt->req0 = (uint32_t)c->npreq;
        pt->rmask = 0;
        for (uint32_t k = 0; k < pt->ph.n; k++) {
            const cw *e = &c->els[pt->ph.el + k];
            if (e->kind == CW_WORD) {
                c->preq[c->npreq++] = e->wid;
                pt->rmask |= 1ULL << (cameo_bloom_bit(e->wid) & 63);
            }
        }
        pt->nreq = (uint32_t)c->npreq - pt->req0;
    }
    /* insertion sort per block: stable, and blocks are small */
    for (size_t b = 0; b < c->nblocks; b++) {
        cblock *bl = &c->blocks[b];
        bl->ord0 = bl->pat0;
        bl->nord = bl->npat;
        sort_patterns(c, c->porder + bl->ord0, bl->pat0, bl->npat, 0);
    }
    int rc = share_named_blocks(c);
    if (rc)
        return rc;
    c->pscan = malloc((c->norder + 1) * sizeof *c->pscan);
    if (!c->pscan)
        return PARLEY_ENOMEM;
    for (size_t k = 0; k < c->norder; k++) {
        const cpattern *pt = &c->pats[c->porder[k]];
        cpscan *sc = &c->pscan[k];
        sc->rmask = pt->rmask;
        sc->pat = c->porder[k];
        sc->bits = (pt->nlit < CPSCAN_NLIT ? pt->nlit : (uint32_t)CPSCAN_NLIT) << 24;
        for (uint32_t r = 0; r < 2; r++)
            sc->bits |= (r < pt->nreq ? cameo_bloom_bit(c->preq[pt->req0 + r])
                                      : (uint32_t)CAMEO_BLOOM_ANY)
                        << (12 * r);
    }
    return 0;
}

/* c->issue_next or c->discard_next (class x): what the token after a
 * phrase's first word must be for some phrase of the class filed under
 * that word to match there (match.c, find_issues and discarded: the test
 * of second_may_follow, for all of them at once). NULL when out of
 * memory. */
static uint64_t *build_next(const parley_cameo *c, int x)
{
    uint64_t *next = calloc(c->nwords + 1, sizeof *next);
    if (!next)
        return NULL;
    for (size_t w = 0; w < c->nwords; w++) {
        size_t ne;
        const uint32_t *ix = cameo_index(c, (uint32_t)w, x, &ne);
        uint64_t m = 0;
        for (size_t q = 0; q < ne; q++) {
            const centry *e = &c->ents[ix[q]];
            const cw *el = c->els + e->ph.el;
            if (e->ph.n < 2 || el[0].kind != CW_WORD || el[1].kind != CW_WORD) {
                m = UINT64_MAX;
                break;
            }
            m |= 1ULL << cameo_second_bit(el[1].wid);
        }
        next[w] = m;
    }
    return next;
}

/* The word flags of a cpre or cppre (wf) for element e. */
static uint8_t pre_wf(const cw *e)
{
    return (uint8_t)((e->infl & 3) | (e->stem ? CPRE_STEM : 0));
}

/* Makes c->pair_pre from pairs and gpairs (kept in the dictionary
 * cache, as it costs a look at each of their tens of thousands of
 * entries). Returns 0 or PARLEY_ENOMEM. */
static int build_pair_pre(parley_cameo *c)
{
    for (int kind = 0; kind < 2; kind++) {
        const cpairs *t = kind ? &c->gpairs : &c->pairs;
        if (!t->nslots)
            continue;
        size_t n = 0;
        for (size_t s = 0; s < t->nslots; s++)
            n += t->slots[s].n;
        cppre *pp = calloc(n + 1, sizeof *pp);
        if (!pp)
            return PARLEY_ENOMEM;
        c->pair_pre[kind] = pp;
        for (size_t i = 0; i < n; i++) {
            const centry *e = &c->ents[t->ents[i]];
            const cw *el = c->els + e->ph.el;
            pp[i].kind = e->kind;
            if (e->ph.n == 2 && el[0].kind == CW_WORD && el[1].kind == CW_WORD &&
                (el[1].adj || kind)) {
                pp[i].two = 1;
                pp[i].wf0 = pre_wf(&el[0]);
                pp[i].wf1 = pre_wf(&el[1]);
            }
        }
    }
    return 0;
}

/* Makes c->afix. Returns 0 or PARLEY_ENOMEM. */
static int build_afix(parley_cameo *c)
{
    c->afix = malloc((c->nactors + 1) * sizeof *c->afix);
    if (!c->afix)
        return PARLEY_ENOMEM;
    for (size_t a = 0; a < c->nactors; a++) {
        const cactor *ac = &c->actors[a];
        uint32_t fix = ac->ncode ? c->codes[ac->code0].code : UINT32_MAX;
        for (uint32_t k = 0; k < ac->ncode; k++)
            if (c->codes[ac->code0 + k].from || c->codes[ac->code0 + k].to)
                fix = UINT32_MAX;
        c->afix[a] = fix;
    }
    c->afix[c->nactors] = UINT32_MAX;
    return 0;
}

/* Files every entry under its anchor word and class, counting first and
 * then filling, so that each list keeps dictionary order. */
static int build_index(parley_cameo *c)
{
    int rc = mark_words(c);
    if (!rc)
        rc = build_actor_pairs(c);
    if (!rc)
        rc = build_pair_pre(c);
    if (!rc)
        rc = build_afix(c);
    if (!rc)
        rc = build_asets(c);
    if (!rc)
        rc = build_patterns(c);
    if (rc)
        return rc;
    size_t nk = c->nwords * CX_N;
    c->ix_start = calloc(nk + 2, sizeof *c->ix_start);
    c->ix_ents = malloc((c->nents + 1) * sizeof *c->ix_ents);
    if (!c->ix_start || !c->ix_ents)
        return PARLEY_ENOMEM;
    /* ix_start[k + 2] counts key k, then ix_start[k + 1] is where key k's
     * list starts while filling, and its end afterwards */
    for (size_t i = 1; i < c->nents; i++) {
        uint32_t w, w2;
        if (anchor(c, &c->ents[i], &w) && !paired(c, &c->ents[i], &w2))
            c->ix_start[(size_t)w * CX_N + entry_class(c->ents[i].kind) + 2]++;
    }
    for (size_t k = 2; k < nk + 2; k++)
        c->ix_start[k] += c->ix_start[k - 1];
    for (size_t i = 1; i < c->nents; i++) {
        uint32_t w, w2;
        if (anchor(c, &c->ents[i], &w) && !paired(c, &c->ents[i], &w2))
            c->ix_ents[c->ix_start[(size_t)w * CX_N + entry_class(c->ents[i].kind) + 1]++] =
                (uint32_t)i;
    }
    for (size_t w = 0; w < c->nwords; w++)
        for (int x = 0; x < CX_N; x++)
            if (c->ix_start[w * CX_N + x + 1] > c->ix_start[w * CX_N + x])
                c->words[w].has |= (uint8_t)(1u << x);
    c->issue_next = build_next(c, CX_ISSUE);
    c->discard_next = build_next(c, CX_DISCARD);
    if (!c->issue_next || !c->discard_next)
        return PARLEY_ENOMEM;
    return 0;
}

int parley_cameo_format_from_name(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "auto") == 0)
        return PARLEY_CAMEO_AUTO;
    if (strcmp(name, "tabari") == 0)
        return PARLEY_CAMEO_TABARI;
    if (strcmp(name, "petrarch") == 0)
        return PARLEY_CAMEO_PETRARCH;
    return -1;
}

/* Adds the row of fields f[0..nf) to c->table with the lexicon's row
 * reader, a later row of a code replacing the earlier one in its place
 * as that reader does. The reader is given only the new row's slot: it
 * would look for the code among all the rows before (every run reads
 * this table again, even from the dictionary cache); slots, nslots (a
 * power of two, more than the rows) file them by the code's hash here.
 * Returns 0, PARLEY_EPARSE or PARLEY_ENOMEM. */
static int code_row(parley_cameo *c, uint32_t *slots, size_t nslots, char **f, int nf)
{
    if (c->ntable == c->table_cap &&
        grow_array((void **)&c->table, &c->table_cap, sizeof *c->table, c->ntable + 1, 0))
        return PARLEY_ENOMEM;
    size_t one = 0, cap = 1;
    const char *why;
    int rc = pl_lex_code_row(c->table + c->ntable, &one, &cap, &c->mem, f, nf, &why);
    if (rc)
        return rc;
    const lex_code *row = &c->table[c->ntable];
    size_t mask = nslots - 1, k = (size_t)cameo_mix(text_hash(row->cameo, strlen(row->cameo)));
    for (k &= mask; slots[k]; k = (k + 1) & mask)
        if (!strcmp(c->table[slots[k] - 1].cameo, row->cameo)) {
            c->table[slots[k] - 1] = *row;
            return 0;
        }
    slots[k] = (uint32_t)++c->ntable;
    return 0;
}

/* The built-in data/cameo.txt into c->table, read with the lexicon's
 * own row reader (the file is checked by tools/check-data.py and the
 * tests: a bad line fails the load). */
static int builtin_codes(parley_cameo *c)
{
    const parley_builtin_file *bf = NULL;
    for (size_t k = 0; k < pl_builtin_nfiles; k++)
        if (!strcmp(pl_builtin_files[k].name, "cameo.txt"))
            bf = &pl_builtin_files[k];
    if (!bf)
        return PARLEY_EPARSE;
    char *text = pl_arena_strndup(&c->mem, bf->data, bf->len);
    if (!text)
        return PARLEY_ENOMEM;
    /* more slots than twice the lines, which are more than the rows */
    size_t nslots = 64;
    for (size_t k = 0, lines = 1; k < bf->len; k++)
        if (text[k] == '\n' && ++lines * 2 >= nslots)
            nslots *= 2;
    uint32_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return PARLEY_ENOMEM;
    int rc = 0;
    for (char *line = text, *next; line && !rc; line = next) {
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
        rc = code_row(c, slots, nslots, f, nf);
    }
    free(slots);
    return rc;
}

/* The words of each class, separated by spaces. */
static const struct {
    uint32_t cls;
    const char *words;
} word_classes[] = {
    {WC_AUX, "was were is are been be being"},
    {WC_GROUP, "do does did has have had will would shall should can could may might "
               "must be been being is are was were yet also even still to ever"},
    {WC_NEG, "not n't never nt"},
    {WC_DENY, "deny denies denied denying refuse refuses refused refusing decline "
              "declines declined declining fail fails failed failing avoid avoids "
              "avoided avoiding stop stops stopped stopping cease ceases ceased ceasing "
              "halt halts halted halting"},
    {WC_SUBORD, "until that which who whom when while because after before as if since "
                "unless where whether though although"},
    {WC_PREPTIME, "in on at for during after over since under from last this earlier "
                  "today yesterday monday tuesday wednesday thursday friday saturday sunday"},
    {WC_CONJ, "and but ; while whereas"},
    {WC_PREP, "in on at for during over since under from with by of against near into "
              "toward towards across through about"},
    {WC_NOW, "today yesterday tomorrow tonight now"},
    {WC_DET, "a an its their his her this these those our my your some any"},
    {WC_MODAL, "will would shall should can could may might must ca wo"},
    {WC_PRON, "he she they him her them it"},
    {WC_REPORT, "that it he she they we"},
    {WC_COMMA, ","},
};
_Static_assert(WC_COMMA < 1 << 16, "wcls1 holds the classes in 16 bits");

int pl_cameo_word_classes(parley_cameo *c)
{
    c->wcls = calloc(CAMEO_WCLS_SLOTS, sizeof *c->wcls);
    if (!c->wcls)
        return PARLEY_ENOMEM;
    memset(c->wcls1, 0, sizeof c->wcls1);
    for (size_t l = 0; l < sizeof word_classes / sizeof *word_classes; l++)
        for (const char *w = word_classes[l].words; *w;) {
            size_t n = strcspn(w, " ");
            uint64_t h = text_hash(w, n);
            size_t k = (size_t)(h ^ (h >> 29)) & (CAMEO_WCLS_SLOTS - 1);
            while (c->wcls[k].len && !(c->wcls[k].h == h && c->wcls[k].len == n &&
                                       !memcmp(c->wcls[k].w, w, n)))
                k = (k + 1) & (CAMEO_WCLS_SLOTS - 1);
            c->wcls[k].h = h;
            c->wcls[k].len = (uint8_t)n;
            memcpy(c->wcls[k].w, w, n);
            c->wcls[k].cls |= word_classes[l].cls;
            if (n == 1)
                c->wcls1[(unsigned char)w[0]] |= (uint16_t)word_classes[l].cls;
            w += n;
            while (*w == ' ')
                w++;
        }
    return 0;
}

parley_cameo *pl_cameo_alloc(int format)
{
    parley_cameo *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    static atomic_uint_fast64_t serials;
    c->serial = atomic_fetch_add(&serials, 1) + 1;
    pl_arena_init(&c->mem);
    c->format = format ? format : PARLEY_CAMEO_TABARI;
    return c;
}

/* Whether phrase ph lies in c->els. */
static int phrase_ok(const parley_cameo *c, cphrase ph)
{
    return ph.el <= c->nels && ph.n <= c->nels - ph.el;
}

/* Makes c->ix_pre from the index (none without one). An entry that is
 * not what the index says (a damaged cache that passed its checks) gets
 * a cpre that passes over nothing. Returns 0 or PARLEY_ENOMEM. */
static int build_pre(parley_cameo *c)
{
    if (!c->ix_start || !c->nwords)
        return 0;
    size_t n = c->ix_start[c->nwords * CX_N];
    c->ix_pre = calloc(n + 1, sizeof *c->ix_pre);
    if (!c->ix_pre)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (c->ix_ents[i] >= c->nents)
            continue;
        const centry *e = &c->ents[c->ix_ents[i]];
        if (!phrase_ok(c, e->ph))
            continue;
        cpre *p = &c->ix_pre[i];
        const cw *el = c->els + e->ph.el;
        if (e->kind == CE_VERB) {
            const cverb *v = e->idx < c->nverbs ? &c->verbs[e->idx] : NULL;
            if (!v || !phrase_ok(c, v->ph))
                continue;
            p->vpos = (uint8_t)(v->vpos < 255 ? v->vpos : 255);
            if (v->ph.n > 1)
                for (uint32_t k = 0; k < v->ph.n; k++)
                    if (c->els[v->ph.el + k].kind == CW_WORD)
                        p->mask |= 1u << (cameo_bloom_bit(c->els[v->ph.el + k].wid) & 31);
        }
        p->kind = e->kind;
        if (e->kind == CE_ACTOR || e->kind == CE_AGENT)
            p->mask = e->idx;
        if (e->ph.n > 1)
            p->wf = CPRE_LONG;
        if (e->ph.n == 1 && el->kind == CW_WORD) {
            p->word = 1;
            p->wf = pre_wf(el);
        }
    }
    return 0;
}

/* c->story_len (cameo.h). */
static int build_story(parley_cameo *c)
{
    if (!c->ix_start || !c->nwords)
        return 0;
    uint8_t *len = malloc(CAMEO_STORY_SLOTS);
    if (!len)
        return PARLEY_ENOMEM;
    memset(len, 255, CAMEO_STORY_SLOTS);
    for (size_t w = 0; w < c->nwords; w++) {
        size_t ne, q = 0;
        const uint32_t *ix = cameo_index(c, (uint32_t)w, CX_DISCARD, &ne);
        while (q < ne && !(ix[q] < c->nents && c->ents[ix[q]].story))
            q++;
        if (q == ne)
            continue;
        const cword *cw = &c->words[w];
        const char *s = c->strs + cw->str;
        if (cw->len >= 3) {
            size_t k = cameo_story_slot(s);
            if (cw->len < len[k])
                len[k] = (uint8_t)(cw->len < 255 ? cw->len : 254);
            continue;
        }
        /* a word of one or two bytes is a key of words that share only
         * its first byte ("ty" of "ties", by the y rule): every slot of
         * that byte */
        for (unsigned b = 0; b < 256; b++) {
            char two[2] = {s[0], (char)b};
            size_t k = cameo_story_slot(two);
            if (cw->len < len[k])
                len[k] = (uint8_t)cw->len;
        }
    }
    /* the coder drops a word's dots (make_tokens): after one among its
     * first two bytes, any may follow */
    for (unsigned b = 0; b < 256; b++) {
        char dot0[2] = {'.', (char)b}, dot1[2] = {(char)b, '.'};
        len[cameo_story_slot(dot0)] = len[cameo_story_slot(dot1)] = 1;
    }
    c->story_len = len;
    return 0;
}

int pl_cameo_finish(parley_cameo *c)
{
    int rc = builtin_codes(c);
    if (!rc)
        rc = pl_cameo_word_classes(c);
    if (!rc)
        rc = build_story(c);
    return rc ? rc : build_pre(c);
}

int pl_cameo_load_text(parley_cameo **out, const parley_cameo_opts *o, size_t *bad_lines,
                       pl_cameo_src *srcs, parley_buf *warnings)
{
    *out = NULL;
    if (bad_lines)
        *bad_lines = 0;
    if (!o)
        return PARLEY_EINVAL;
    parley_cameo *c = pl_cameo_alloc(o->format);
    if (!c)
        return PARLEY_ENOMEM;
    c->nents = 1;
    wcache wc = {0};
    pl_arena_init(&wc.scratch);
    int rc = 0;
    size_t k = 0; /* srcs[k]: the next file's bytes */
    if (!rc && o->verbs)
        rc = load_one(c, &wc, o, o->verbs, 'v', srcs ? &srcs[k++] : NULL, warnings);
    for (size_t i = 0; !rc && i < o->nactors; i++)
        if (o->actors[i])
            rc = load_one(c, &wc, o, o->actors[i], 'a', srcs ? &srcs[k++] : NULL, warnings);
    if (!rc && o->agents)
        rc = load_one(c, &wc, o, o->agents, 'g', srcs ? &srcs[k++] : NULL, warnings);
    if (!rc && o->discards)
        rc = load_one(c, &wc, o, o->discards, 'd', srcs ? &srcs[k++] : NULL, warnings);
    if (!rc && o->issues)
        rc = load_one(c, &wc, o, o->issues, 'i', srcs ? &srcs[k++] : NULL, warnings);
    free(wc.slots);
    free(wc.raw);
    pl_arena_release(&wc.scratch);
    if (!rc)
        rc = build_index(c);
    if (!rc)
        rc = pl_cameo_finish(c);
    if (bad_lines)
        *bad_lines = c->bad_lines;
    if (rc) {
        parley_cameo_free(c);
        return rc;
    }
    *out = c;
    return 0;
}

int parley_cameo_load(parley_cameo **out, const parley_cameo_opts *o,
                      size_t *bad_lines)
{
    return pl_cameo_load_text(out, o, bad_lines, NULL, NULL);
}

/* Frees an array of c unless it is in the cache's mapping. */
static void release(const parley_cameo *c, void *p)
{
    uintptr_t m = (uintptr_t)c->map, q = (uintptr_t)p;
    if (m && q >= m && q <= m + c->map_len)
        return;
    free(p);
}

void parley_cameo_free(parley_cameo *c)
{
    if (!c)
        return;
    pl_cameo_words_forget(c);
    pl_arena_release(&c->mem);
    free(c->table);
    free(c->wcls);
    release(c, c->strs);
    release(c, c->els);
    release(c, c->alts);
    release(c, c->syns);
    release(c, c->codes);
    release(c, c->actors);
    release(c, c->agents);
    release(c, c->verbs);
    release(c, c->blocks);
    release(c, c->pats);
    release(c, c->issues);
    release(c, c->ents);
    release(c, c->words);
    release(c, c->wslots);
    release(c, c->ix_start);
    release(c, c->ix_ents);
    free(c->ix_pre);
    free(c->story_len);
    release(c, c->afix);
    release(c, c->pair_pre[0]);
    release(c, c->pair_pre[1]);
    release(c, c->pairs.slots);
    release(c, c->pairs.ents);
    release(c, c->gpairs.slots);
    release(c, c->gpairs.ents);
    release(c, c->thirds.slots);
    release(c, c->thirds.ents);
    release(c, c->asets);
    release(c, c->aset_any);
    release(c, c->aset_words.slots);
    release(c, c->aset_words.ents);
    release(c, c->stems);
    release(c, c->porder);
    release(c, c->pscan);
    release(c, c->preq);
    release(c, c->issue_next);
    release(c, c->discard_next);
    free(c->files);
    if (c->map && c->map_owned)
        munmap((void *)c->map, c->map_len);
    free(c);
}
