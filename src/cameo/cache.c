/* cache.c — the dictionary cache: the community's CAMEO dictionaries as
 * load.c compiles them (parley_cameo, cameo.h), written to a file keyed by
 * the dictionaries' bytes and read back by a later run in one read and a
 * copy of each array, instead of parsing the text files again. A side
 * branch of stage 3 (lexicon).
 *
 * The file: a header (magic, format, key, size, checksum of the rest), a
 * table of sections (offset, length, element size), then the sections:
 * a few numbers, the malformed lines the text loader warned about, and
 * every array of parley_cameo but those rebuilt from the built-in data
 * (the CAMEO table, the word classes) and the files' names (the run's
 * own). Native byte order and layout: the key covers both. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "cameo/cache.h"
#include "cameo/cameo.h"
#include "cameo_build_id.h"
#include "util/cachefile.h"

/* Bump when the file's format or what load.c puts in parley_cameo
 * changes in a way the layout check (sizes of the structures) does not
 * see. */
enum { CACHE_FORMAT = 3 };

static const char magic[8] = {'P', 'L', 'Y', 'D', 'I', 'C', 'T', '\n'};

typedef struct chdr {
    char magic[8];
    uint32_t format;
    uint32_t nsec;
    uint64_t key[2];
    uint64_t total; /* the file's size */
    uint64_t sum;   /* pl_cameo_cache_sum of bytes [sizeof(chdr), total) */
} chdr;

typedef struct csec {
    uint64_t off, len; /* bytes, from the start of the file */
    uint32_t esize;    /* the size of an element */
    uint32_t present;  /* 0: the array was NULL */
} csec;

/* The sections, in file order. */
enum {
    S_SCAL, /* uint64_t numbers: see enum below */
    S_WARN, /* records of pl_cameo_warning_add */
    S_STRS, S_ELS, S_ALTS, S_SYNS, S_CODES, S_ACTORS, S_AGENTS, S_VERBS, S_BLOCKS,
    S_PATS, S_ISSUES, S_ENTS, S_WORDS, S_WSLOTS, S_STEMS, S_IXSTART, S_IXENTS,
    S_INEXT, S_DNEXT, S_PAIRS, S_PAIRE, S_GPAIRS, S_GPAIRE, S_THIRDS, S_THIRDE,
    S_ASETS, S_ASETANY, S_AWORDS, S_AWORDE, S_PORDER, S_PSCAN, S_PREQ, S_PPRE, S_GPPRE,
    S_AFIX, NSEC
};
enum { V_FORMAT, V_HAS_STEMS, V_STEM_LENS, V_BAD_LINES, NSCAL };

/* Files bigger than this are no cache of ours. */
#define MAX_CACHE ((uint64_t)1 << 31)

/* ---- the checksum ---- */

uint64_t pl_cameo_cache_sum(const void *buf, size_t n, uint64_t seed)
{
    return pl_cache_sum(buf, n, seed);
}

/* ---- warnings ---- */

/* A record: uint32_t file number, line, length; then the text. */
int pl_cameo_warning_add(parley_buf *b, uint32_t fileno, size_t line, const char *what,
                         size_t n)
{
    uint32_t h[3] = {fileno, line > UINT32_MAX ? UINT32_MAX : (uint32_t)line,
                     n > UINT32_MAX ? UINT32_MAX : (uint32_t)n};
    if (parley_buf_add(b, h, sizeof h) || parley_buf_add(b, what, h[2]))
        return PARLEY_ENOMEM;
    return 0;
}

/* Checks the records of w[0..n) when say is 0; says them to o->log when
 * it is 1. Returns 0 or -1 (malformed). */
static int warnings(const unsigned char *w, size_t n, const parley_cameo *c,
                    const parley_cameo_opts *o, int say)
{
    for (size_t at = 0; at < n;) {
        uint32_t h[3];
        if (n - at < sizeof h)
            return -1;
        memcpy(h, w + at, sizeof h);
        at += sizeof h;
        /* one line, as the text loader's messages are */
        if (h[0] >= c->nfiles || h[2] > n - at || memchr(w + at, '\n', h[2]) ||
            memchr(w + at, '\0', h[2]))
            return -1;
        if (say)
            pl_cameo_warn(o, c->files[h[0]], h[1], (const char *)w + at, h[2]);
        at += h[2];
    }
    return 0;
}

/* ---- the sections of a parley_cameo ---- */

typedef struct secdesc {
    void **p;     /* the array's field */
    size_t esize; /* its element's size */
} secdesc;

/* The array sections (S_STRS ..) of c. */
static void layout(parley_cameo *c, secdesc d[NSEC])
{
#define SEC(s, field) d[s] = (secdesc){(void **)&c->field, sizeof *c->field}
    d[S_SCAL] = (secdesc){NULL, sizeof(uint64_t)};
    d[S_WARN] = (secdesc){NULL, 1};
    SEC(S_STRS, strs);
    SEC(S_ELS, els);
    SEC(S_ALTS, alts);
    SEC(S_SYNS, syns);
    SEC(S_CODES, codes);
    SEC(S_ACTORS, actors);
    SEC(S_AGENTS, agents);
    SEC(S_VERBS, verbs);
    SEC(S_BLOCKS, blocks);
    SEC(S_PATS, pats);
    SEC(S_ISSUES, issues);
    SEC(S_ENTS, ents);
    SEC(S_WORDS, words);
    SEC(S_WSLOTS, wslots);
    SEC(S_STEMS, stems);
    SEC(S_IXSTART, ix_start);
    SEC(S_IXENTS, ix_ents);
    SEC(S_INEXT, issue_next);
    SEC(S_DNEXT, discard_next);
    SEC(S_PAIRS, pairs.slots);
    SEC(S_PAIRE, pairs.ents);
    SEC(S_GPAIRS, gpairs.slots);
    SEC(S_GPAIRE, gpairs.ents);
    SEC(S_THIRDS, thirds.slots);
    SEC(S_THIRDE, thirds.ents);
    SEC(S_ASETS, asets);
    SEC(S_ASETANY, aset_any);
    SEC(S_AWORDS, aset_words.slots);
    SEC(S_AWORDE, aset_words.ents);
    SEC(S_PORDER, porder);
    SEC(S_PSCAN, pscan);
    SEC(S_PREQ, preq);
    SEC(S_PPRE, pair_pre[0]);
    SEC(S_GPPRE, pair_pre[1]);
    SEC(S_AFIX, afix);
#undef SEC
}

static size_t pair_ents(const cpairs *t)
{
    size_t n = 0;
    for (size_t s = 0; s < t->nslots; s++)
        n += t->slots[s].n;
    return n;
}

/* How many elements of each array section c has. */
static void counts(const parley_cameo *c, size_t n[NSEC])
{
    size_t nk = c->nwords * CX_N;
    n[S_STRS] = c->nstrs;
    n[S_ELS] = c->nels;
    n[S_ALTS] = c->nalts;
    n[S_SYNS] = c->nsyns;
    n[S_CODES] = c->ncodes;
    n[S_ACTORS] = c->nactors;
    n[S_AGENTS] = c->nagents;
    n[S_VERBS] = c->nverbs;
    n[S_BLOCKS] = c->nblocks;
    n[S_PATS] = c->npats;
    n[S_ISSUES] = c->nissues;
    n[S_ENTS] = c->nents;
    n[S_WORDS] = c->nwords;
    n[S_WSLOTS] = c->nwslots;
    n[S_STEMS] = c->stems ? CAMEO_STEM_BITS / 64 : 0;
    n[S_IXSTART] = c->ix_start ? nk + 2 : 0;
    n[S_IXENTS] = c->ix_start ? c->ix_start[nk] : 0;
    n[S_INEXT] = c->issue_next ? c->nwords + 1 : 0;
    n[S_DNEXT] = c->discard_next ? c->nwords + 1 : 0;
    n[S_PAIRS] = c->pairs.nslots;
    n[S_PAIRE] = pair_ents(&c->pairs);
    n[S_GPAIRS] = c->gpairs.nslots;
    n[S_GPAIRE] = pair_ents(&c->gpairs);
    n[S_THIRDS] = c->thirds.nslots;
    n[S_THIRDE] = pair_ents(&c->thirds);
    n[S_AWORDS] = c->aset_words.nslots;
    n[S_AWORDE] = pair_ents(&c->aset_words);
    n[S_ASETS] = c->asets ? c->nasets + 1 : 0;
    size_t nany = 0;
    for (size_t s = 0; c->asets && s < c->nasets; s++)
        if (c->asets[s].any0 + c->asets[s].nany > nany)
            nany = c->asets[s].any0 + c->asets[s].nany;
    n[S_ASETANY] = nany;
    n[S_PORDER] = c->norder;
    n[S_PSCAN] = c->pscan ? c->norder : 0;
    n[S_PREQ] = c->npreq;
    n[S_PPRE] = c->pair_pre[0] ? n[S_PAIRE] : 0;
    n[S_GPPRE] = c->pair_pre[1] ? n[S_GPAIRE] : 0;
    n[S_AFIX] = c->afix ? c->nactors : 0;
}

static size_t align8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

int pl_cameo_cache_encode(const parley_cameo *c, const uint64_t key[2], const void *w,
                          size_t nw, void **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    secdesc d[NSEC];
    size_t n[NSEC];
    layout((parley_cameo *)c, d);
    counts(c, n);
    n[S_SCAL] = NSCAL;
    n[S_WARN] = nw;
    size_t total = sizeof(chdr) + NSEC * sizeof(csec);
    /* each section is followed by a zeroed element, as several of
     * load.c's arrays are */
    for (int s = 0; s < NSEC; s++)
        total += align8((n[s] + 1) * d[s].esize);
    unsigned char *b = calloc(1, total);
    if (!b)
        return PARLEY_ENOMEM;
    chdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, magic, sizeof magic);
    h.format = CACHE_FORMAT;
    h.nsec = NSEC;
    h.key[0] = key[0];
    h.key[1] = key[1];
    h.total = total;
    csec sec[NSEC];
    memset(sec, 0, sizeof sec);
    size_t at = sizeof(chdr) + NSEC * sizeof(csec);
    uint64_t scal[NSCAL] = {(uint64_t)c->format, (uint64_t)c->has_stems, c->stem_lens,
                            c->bad_lines};
    for (int s = 0; s < NSEC; s++) {
        const void *src = s == S_SCAL ? scal : s == S_WARN ? w : *d[s].p;
        size_t len = n[s] * d[s].esize;
        sec[s] = (csec){at, len, (uint32_t)d[s].esize, src != NULL};
        if (len)
            memcpy(b + at, src, len);
        at += align8(len + d[s].esize);
    }
    memcpy(b + sizeof(chdr), sec, sizeof sec);
    h.sum = pl_cameo_cache_sum(b + sizeof(chdr), total - sizeof(chdr), h.key[0]);
    memcpy(b, &h, sizeof h);
    *out = b;
    *nout = total;
    return 0;
}

/* ---- reading ---- */

static int pow2_or_0(size_t n)
{
    return (n & (n - 1)) == 0;
}

/* A table of lists read back: a power of two of slots with at least one
 * empty (lookups stop there), every list within ents. */
static int pairs_ok(const cpairs *t, size_t nents)
{
    if (!pow2_or_0(t->nslots))
        return 0;
    int empty = !t->nslots;
    for (size_t s = 0; s < t->nslots; s++) {
        const cpair *p = &t->slots[s];
        if (!p->n)
            empty = 1;
        else if (p->start > nents || p->n > nents - p->start || p->nrest > p->n)
            return 0;
    }
    return empty;
}

/* The two scans below, each in a function of its own (noinline) and,
 * where the loader can choose (x86-64 with glibc's ifuncs), built twice:
 * for AVX2, which tests eight numbers at once, and for any processor.
 * (GCC only: clang, which builds the fuzz and ThreadSanitizer targets,
 * takes no target_clones beside noinline.) */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__GLIBC__)
#define SCAN_CLONES __attribute__((noinline, target_clones("avx2", "default")))
#else
#define SCAN_CLONES __attribute__((noinline))
#endif

/* Whether a[0..n) never falls. Every pair tested, without a branch: the
 * compiler then tests several at once (the index's starts are 243,000
 * numbers for the Phoenix set, read on every run). */
SCAN_CLONES static int never_falls(const uint32_t *a, size_t n)
{
    uint32_t down = 0;
    for (size_t k = 0; k + 1 < n; k++)
        down |= a[k] > a[k + 1];
    return !down;
}

/* Whether the word table's slots s[0..n) (n > 0) hold ids up to max and
 * one of them is empty (0); tested as never_falls is (131,072 slots). */
SCAN_CLONES static int slots_ok(const uint32_t *s, size_t n, size_t max)
{
    uint32_t over = 0, empty = 0, m = max > UINT32_MAX ? UINT32_MAX : (uint32_t)max;
    for (size_t k = 0; k < n; k++) {
        over |= s[k] > m;
        empty |= s[k] == 0;
    }
    return !over && empty;
}

/* The numbers and tables the coder walks without checking them: counts
 * that must agree, lists within their arrays, hash tables that end. The
 * contents (offsets into strs, word ids in elements) are trusted once the
 * checksum matched: only parley writes these files. */
static int consistent(const parley_cameo *c, const size_t n[NSEC])
{
    size_t nk = c->nwords * CX_N;
    if (!c->nstrs || c->strs[c->nstrs - 1] != '\0')
        return 0;
    if (!c->nents || !pow2_or_0(c->nwslots) || (c->nwords && c->nwslots <= c->nwords))
        return 0;
    /* lookups stop at an empty slot */
    if (c->nwslots && !slots_ok(c->wslots, c->nwslots, c->nwords))
        return 0;
    if (n[S_STEMS] != CAMEO_STEM_BITS / 64 || n[S_IXSTART] != nk + 2 ||
        n[S_INEXT] != c->nwords + 1 || n[S_DNEXT] != c->nwords + 1 ||
        n[S_PSCAN] != c->norder || n[S_ASETS] != c->nasets + 1 ||
        n[S_PPRE] != n[S_PAIRE] || n[S_GPPRE] != n[S_GPAIRE] || n[S_AFIX] != c->nactors ||
        !c->afix)
        return 0;
    if (!never_falls(c->ix_start, nk + 1))
        return 0;
    if (c->ix_start[nk] != n[S_IXENTS])
        return 0;
    for (size_t s = 0; s < c->nasets; s++)
        if (c->asets[s].any0 > n[S_ASETANY] ||
            c->asets[s].nany > n[S_ASETANY] - c->asets[s].any0)
            return 0;
    for (size_t b = 0; b < c->nblocks; b++)
        if (c->blocks[b].ord0 > c->norder || c->blocks[b].nord > c->norder - c->blocks[b].ord0)
            return 0;
    return pairs_ok(&c->pairs, n[S_PAIRE]) && pairs_ok(&c->gpairs, n[S_GPAIRE]) &&
           pairs_ok(&c->thirds, n[S_THIRDE]) && pairs_ok(&c->aset_words, n[S_AWORDE]);
}

/* Sets c's counts from the sections' n[]. */
static void set_counts(parley_cameo *c, const size_t n[NSEC])
{
    c->nstrs = c->strs_cap = n[S_STRS];
    c->nels = c->els_cap = n[S_ELS];
    c->nalts = c->alts_cap = n[S_ALTS];
    c->nsyns = c->syns_cap = n[S_SYNS];
    c->ncodes = c->codes_cap = n[S_CODES];
    c->nactors = c->actors_cap = n[S_ACTORS];
    c->nagents = c->agents_cap = n[S_AGENTS];
    c->nverbs = c->verbs_cap = n[S_VERBS];
    c->nblocks = c->blocks_cap = n[S_BLOCKS];
    c->npats = c->pats_cap = n[S_PATS];
    c->nissues = c->issues_cap = n[S_ISSUES];
    c->nents = c->ents_cap = n[S_ENTS];
    c->nwords = c->words_cap = n[S_WORDS];
    c->nwslots = n[S_WSLOTS];
    c->pairs.nslots = n[S_PAIRS];
    c->gpairs.nslots = n[S_GPAIRS];
    c->thirds.nslots = n[S_THIRDS];
    c->aset_words.nslots = n[S_AWORDS];
    c->nasets = n[S_ASETS] ? n[S_ASETS] - 1 : 0;
    c->norder = n[S_PORDER];
    c->npreq = n[S_PREQ];
}

int pl_cameo_cache_decode(const void *buf, size_t nbuf, const uint64_t key[2],
                          const parley_cameo_opts *o, int owned, parley_cameo **out,
                          size_t *bad_lines)
{
    *out = NULL;
    const unsigned char *b = buf;
    chdr h;
    csec sec[NSEC];
    if (nbuf < sizeof h + sizeof sec || ((uintptr_t)buf & 7))
        return PARLEY_EPARSE;
    memcpy(&h, b, sizeof h);
    if (memcmp(h.magic, magic, sizeof magic) || h.format != CACHE_FORMAT ||
        h.nsec != NSEC || h.key[0] != key[0] || h.key[1] != key[1] || h.total != nbuf ||
        h.sum != pl_cameo_cache_sum(b + sizeof h, nbuf - sizeof h, h.key[0]))
        return PARLEY_EPARSE;
    memcpy(sec, b + sizeof h, sizeof sec);
    parley_cameo probe;
    secdesc d[NSEC];
    layout(&probe, d);
    size_t n[NSEC];
    for (int s = 0; s < NSEC; s++) {
        /* in bounds with the zeroed element after it, aligned */
        if (sec[s].esize != d[s].esize || sec[s].off < sizeof h + sizeof sec ||
            (sec[s].off & 7) || sec[s].off > nbuf || sec[s].len > nbuf - sec[s].off ||
            sec[s].esize > nbuf - sec[s].off - sec[s].len || sec[s].len % sec[s].esize ||
            (!sec[s].present && sec[s].len))
            return PARLEY_EPARSE;
        n[s] = (size_t)(sec[s].len / sec[s].esize);
    }
    if (n[S_SCAL] != NSCAL)
        return PARLEY_EPARSE;
    uint64_t scal[NSCAL];
    memcpy(scal, b + sec[S_SCAL].off, sizeof scal);
    if (scal[V_FORMAT] != PARLEY_CAMEO_TABARI && scal[V_FORMAT] != PARLEY_CAMEO_PETRARCH)
        return PARLEY_EPARSE;
    parley_cameo *c = pl_cameo_alloc((int)scal[V_FORMAT]);
    if (!c)
        return PARLEY_ENOMEM;
    /* the arrays stay where they are: freeing c leaves them */
    c->map = buf;
    c->map_len = nbuf;
    int rc = 0;
    /* the run's own names, in the order load.c numbers the files */
    if (o->verbs)
        rc = pl_cameo_add_file(c, o->verbs);
    for (size_t i = 0; !rc && i < o->nactors; i++)
        if (o->actors[i])
            rc = pl_cameo_add_file(c, o->actors[i]);
    const char *rest[3] = {o->agents, o->discards, o->issues};
    for (int i = 0; !rc && i < 3; i++)
        if (rest[i])
            rc = pl_cameo_add_file(c, rest[i]);
    layout(c, d);
    for (int s = S_STRS; s < NSEC; s++)
        if (sec[s].present)
            *d[s].p = (void *)(b + sec[s].off);
    if (!rc) {
        set_counts(c, n);
        c->has_stems = scal[V_HAS_STEMS] != 0;
        c->stem_lens = scal[V_STEM_LENS];
        c->bad_lines = (size_t)scal[V_BAD_LINES];
        if (!consistent(c, n) || warnings(b + sec[S_WARN].off, n[S_WARN], c, o, 0))
            rc = PARLEY_EPARSE;
    }
    if (!rc)
        rc = pl_cameo_finish(c);
    if (rc) {
        parley_cameo_free(c); /* not the buffer: the caller's still */
        return rc;
    }
    c->map_owned = owned;
    warnings(b + sec[S_WARN].off, n[S_WARN], c, o, 1);
    if (bad_lines)
        *bad_lines = c->bad_lines;
    *out = c;
    return 0;
}

/* ---- the key ---- */

static void key_add(parley_buf *b, const void *p, size_t n, int *err)
{
    if (parley_buf_add(b, p, n))
        *err = 1;
}

static void key_num(parley_buf *b, uint64_t v, int *err)
{
    key_add(b, &v, sizeof v, err);
}

/* The role of each of the files of o in the order of srcs (verbs,
 * actors, agents, discards, issues): the k-th's letter, 0 past the end. */
static char role(const parley_cameo_opts *o, size_t k)
{
    if (o->verbs && k-- == 0)
        return 'v';
    for (size_t i = 0; i < o->nactors; i++)
        if (o->actors[i] && k-- == 0)
            return 'a';
    const char *rest[3] = {o->agents, o->discards, o->issues};
    for (int i = 0; i < 3; i++)
        if (rest[i] && k-- == 0)
            return "gdi"[i];
    return 0;
}

/* What the key takes of one file: its length and two sums of its bytes. */
typedef struct fdigest {
    uint64_t len, sum[2];
} fdigest;

/* The digest's two sums from one pass over the bytes (s): the sum, and
 * the sum of its lanes taken in another order (the files are read on
 * every run; a second pass over them was a third of the cache's cost). */
static void digest_end(const pl_cache_sum_state *s, fdigest *fd)
{
    pl_cache_sum_state t = {.len = s->len ^ 0x5bd1e995};
    enum { L = sizeof t.l / sizeof *t.l };
    for (size_t k = 0; k < L; k++)
        t.l[k] = s->l[(k + L / 2) % L];
    fd->len = s->len;
    fd->sum[0] = pl_cache_sum_end(s);
    fd->sum[1] = pl_cache_sum_end(&t);
}

/* The key from the digests of the files of o, nsrcs of them in the order
 * of srcs. Returns 0 or -1 (as pl_cameo_cache_key). */
static int key_of(const parley_cameo_opts *o, const fdigest *fd, size_t nsrcs, uint64_t key[2])
{
    parley_buf b = PARLEY_BUF_INIT;
    int err = 0;
    static const char tag[] = "parley dictionary cache " PARLEY_VERSION " " PL_CAMEO_BUILD_ID;
    key_add(&b, tag, sizeof tag, &err);
    const char *u = utf8proc_version(); /* folding depends on it */
    key_add(&b, u, strlen(u) + 1, &err);
    /* the layout of what is copied */
    static const size_t sizes[] = {sizeof(parley_cameo), sizeof(cw), sizeof(cword),
        sizeof(cphrase), sizeof(ccode), sizeof(cactor), sizeof(cagent), sizeof(cpattern),
        sizeof(cpscan), sizeof(cverb), sizeof(cblock), sizeof(cpair), sizeof(caset),
        sizeof(cissue), sizeof(centry), sizeof(struct csyn), sizeof(size_t),
        CAMEO_STEM_BITS, CX_N, CACHE_FORMAT, 0x01020304};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++)
        key_num(&b, sizes[k], &err);
    key_num(&b, (uint64_t)o->format, &err);
    key_num(&b, nsrcs, &err);
    /* each file's role, length and bytes, in order */
    for (size_t k = 0; k < nsrcs; k++) {
        char r = role(o, k);
        if (!r)
            err = 1;
        key_add(&b, &r, 1, &err);
        key_num(&b, fd[k].len, &err);
        key_num(&b, fd[k].sum[0], &err);
        key_num(&b, fd[k].sum[1], &err);
    }
    if (role(o, nsrcs))
        err = 1; /* fewer sources than files */
    if (!err) {
        key[0] = pl_cameo_cache_sum(b.p, b.n, 2);
        key[1] = pl_cameo_cache_sum(b.p, b.n, 0x2545F4914F6CDD1DULL);
    }
    parley_buf_release(&b);
    return err ? -1 : 0;
}

int pl_cameo_cache_key(const parley_cameo_opts *o, const pl_cameo_src *srcs, size_t nsrcs,
                       uint64_t key[2])
{
    fdigest *fd = calloc(nsrcs + 1, sizeof *fd);
    if (!fd)
        return -1;
    for (size_t k = 0; k < nsrcs; k++) {
        pl_cache_sum_state s;
        pl_cache_sum_init(&s, 1);
        pl_cache_sum_add(&s, srcs[k].data, srcs[k].len);
        digest_end(&s, &fd[k]);
    }
    int rc = key_of(o, fd, nsrcs, key);
    free(fd);
    return rc;
}

/* The digest of the file at path read in pieces through buf (cap bytes,
 * a multiple of 128), as pl_cameo_cache_key makes it of the file's bytes
 * in memory. Returns 0 or -1 (not a regular file, a read error). */
static int digest_file(const char *path, unsigned char *buf, size_t cap, fdigest *fd)
{
    int f = open(path, O_RDONLY | O_CLOEXEC);
    if (f < 0)
        return -1;
    struct stat st;
    int rc = fstat(f, &st) == 0 && S_ISREG(st.st_mode) ? 0 : -1;
    pl_cache_sum_state s;
    pl_cache_sum_init(&s, 1);
    for (int end = 0; !rc && !end;) {
        size_t n = 0; /* a full buffer but at the end: pieces of 128 bytes */
        while (n < cap) {
            ssize_t k = read(f, buf + n, cap - n);
            if (k < 0 && errno == EINTR)
                continue;
            if (k < 0)
                rc = -1;
            if (k <= 0) {
                end = 1;
                break;
            }
            n += (size_t)k;
        }
        if (!rc)
            pl_cache_sum_add(&s, buf, n);
    }
    close(f);
    digest_end(&s, fd);
    return rc;
}

/* The key of the files of o read in pieces, not kept: when the cache has
 * a valid file for it their text is not needed. Returns 0 or -1. */
static int key_of_files(const parley_cameo_opts *o, size_t nsrcs, uint64_t key[2])
{
    enum { PIECE = 64 * 1024 };
    fdigest *fd = calloc(nsrcs + 1, sizeof *fd);
    unsigned char *buf = malloc(PIECE);
    int rc = fd && buf ? 0 : -1;
    size_t k = 0;
    const char *rest[3] = {o->agents, o->discards, o->issues};
    if (!rc && o->verbs)
        rc = digest_file(o->verbs, buf, PIECE, &fd[k++]);
    for (size_t i = 0; !rc && i < o->nactors; i++)
        if (o->actors[i])
            rc = digest_file(o->actors[i], buf, PIECE, &fd[k++]);
    for (int i = 0; !rc && i < 3; i++)
        if (rest[i])
            rc = digest_file(rest[i], buf, PIECE, &fd[k++]);
    if (!rc)
        rc = key_of(o, fd, nsrcs, key);
    free(buf);
    free(fd);
    return rc;
}

/* ---- files ---- */

/* The whole file at path, NUL-terminated, into *data (free it); at most
 * max bytes. Returns 0 or -1. */
static int slurp(const char *path, uint64_t max, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    char *p = NULL;
    size_t n = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size <= max &&
        (p = malloc((size_t)st.st_size + 1))) {
        size_t want = (size_t)st.st_size;
        while (n < want) {
            ssize_t k = read(fd, p + n, want - n);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0)
                break;
            n += (size_t)k;
        }
        char extra;
        /* the file changed size while being read: not what was stat'ed */
        if (n != want || read(fd, &extra, 1) != 0) {
            free(p);
            p = NULL;
        }
    }
    close(fd);
    if (!p)
        return -1;
    p[n] = '\0';
    *data = p;
    *len = n;
    return 0;
}

int pl_cameo_load_cached(parley_cameo **out, const parley_cameo_opts *o, size_t *bad_lines,
                         const char *dir, const char **note)
{
    const char *dummy;
    if (!note)
        note = &dummy;
    *note = "not used";
    if (!o || o->strict || !dir || !*dir)
        return parley_cameo_load(out, o, bad_lines);
    size_t nsrcs = (o->verbs != NULL) + (o->agents != NULL) + (o->discards != NULL) +
                   (o->issues != NULL);
    for (size_t i = 0; i < o->nactors; i++)
        nsrcs += o->actors[i] != NULL;
    /* First the key of the files read in pieces: with a valid cache file
     * for it, their text is not kept (2.6 MB of fresh memory for the
     * Phoenix set, whose page faults cost more than the reading). */
    size_t dl = strlen(dir);
    char *path = malloc(dl + 48);
    if (!path)
        return parley_cameo_load(out, o, bad_lines);
    uint64_t key[2], tried[2] = {0, 0};
    int rc, have_tried = 0;
    void *map;
    size_t n;
    if (!key_of_files(o, nsrcs, key)) {
        snprintf(path, dl + 48, "%s/%016llx%016llx.dict", dir, (unsigned long long)key[0],
                 (unsigned long long)key[1]);
        if (!pl_cache_map(path, MAX_CACHE, &map, &n)) {
            rc = pl_cameo_cache_decode(map, n, key, o, 1, out, bad_lines);
            if (rc)
                munmap(map, n);
            if (rc != PARLEY_EPARSE) {
                *note = rc ? "out of memory" : "read";
                free(path);
                return rc;
            }
            memcpy(tried, key, sizeof key); /* invalid: not to be read again */
            have_tried = 1;
        }
    }
    free(path);
    path = NULL;
    /* then the text, read once for both the key and the text loader:
     * both see the same bytes, whatever happened to the files since */
    pl_cameo_src *srcs = calloc(nsrcs + 1, sizeof *srcs);
    if (!srcs)
        return parley_cameo_load(out, o, bad_lines);
    size_t k = 0;
    int ok = 1;
    const char *rest[3] = {o->agents, o->discards, o->issues};
    if (o->verbs)
        ok = !slurp(o->verbs, SIZE_MAX / 2, &srcs[k].data, &srcs[k].len), k++;
    for (size_t i = 0; ok && i < o->nactors; i++)
        if (o->actors[i])
            ok = !slurp(o->actors[i], SIZE_MAX / 2, &srcs[k].data, &srcs[k].len), k++;
    for (int i = 0; ok && i < 3; i++)
        if (rest[i])
            ok = !slurp(rest[i], SIZE_MAX / 2, &srcs[k].data, &srcs[k].len), k++;
    if (!ok) { /* the text loader says which file and why */
        *note = "a dictionary file could not be read";
        rc = parley_cameo_load(out, o, bad_lines);
        goto done;
    }
    if (pl_cameo_cache_key(o, srcs, nsrcs, key) || !(path = malloc(dl + 48))) {
        *note = "no key (out of memory)";
        rc = parley_cameo_load(out, o, bad_lines);
        goto done;
    }
    snprintf(path, dl + 48, "%s/%016llx%016llx.dict", dir, (unsigned long long)key[0],
             (unsigned long long)key[1]);
    if (have_tried && !memcmp(tried, key, sizeof key))
        *note = "ignored (invalid), rewritten";
    else if (!pl_cache_map(path, MAX_CACHE, &map, &n)) {
        rc = pl_cameo_cache_decode(map, n, key, o, 1, out, bad_lines);
        if (rc)
            munmap(map, n);
        if (rc != PARLEY_EPARSE) {
            *note = rc ? "out of memory" : "read";
            free(path);
            goto done;
        }
        *note = "ignored (invalid), rewritten";
    } else
        *note = "written";
    parley_buf w = PARLEY_BUF_INIT;
    rc = pl_cameo_load_text(out, o, bad_lines, srcs, &w);
    void *enc;
    if (rc)
        *note = "not written (the dictionaries did not load)";
    else if (pl_cameo_cache_encode(*out, key, w.p, w.n, &enc, &n))
        *note = "not written (out of memory)";
    else {
        if (pl_cache_write(dir, path, enc, n))
            *note = "could not be written";
        free(enc);
    }
    parley_buf_release(&w);
    free(path);
done:
    for (k = 0; k < nsrcs; k++)
        free(srcs[k].data);
    free(srcs);
    return rc;
}
