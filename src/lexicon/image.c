/* image.c — the lexicon's image: the built-in lexicon as load.c compiles
 * it (records, phrase trie, word table, key maps, the grammar's tables),
 * written to a file of the cache directory and read back by a later run
 * with one mapping of the file instead of parsing data/'s text (stage 3;
 * image.h). The dictionary cache (src/cameo/cache.c) does the same for
 * the community's dictionaries.
 *
 * The file: a header (magic, format, key, size, checksum of the rest), a
 * table of sections (offset, length, element size, present), then the
 * sections: a few numbers, a pool of strings, then every array of the
 * lexicon. Arrays without pointers are used where they lie in the
 * mapping; the few arrays of records with strings (countries, persons,
 * the CAMEO table, ...) are copied, their pointers stored as offsets
 * into the pool (lex_frame's code as an index into the CAMEO table).
 * The loader's own tables (pos.txt's rows by lemma) are not kept: no
 * file is read after the image. Native byte order and layout: the key
 * covers both. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <utf8proc.h>

#include "cameo_build_id.h"
#include "lexicon/builtin.h"
#include "lexicon/image.h"
#include "lexicon/internal.h"
#include "lexicon/lexicon.h"
#include "util/cachefile.h"

/* Bump when the format, or what load.c puts in the lexicon, changes in a
 * way that neither the build's key nor the layout check sees. */
enum { IMAGE_FORMAT = 6 };

static const char magic[8] = {'P', 'L', 'Y', 'L', 'E', 'X', 'I', '\n'};

typedef struct ihdr {
    char magic[8];
    uint32_t format;
    uint32_t nsec;
    uint64_t key[2];
    uint64_t total; /* the file's size */
    uint64_t sum;   /* pl_cache_sum of bytes [sizeof(ihdr), total) */
} ihdr;

typedef struct isec {
    uint64_t off, len; /* bytes, from the start of the file */
    uint32_t esize;    /* the size of an element */
    uint32_t present;  /* 0: the array was NULL */
} isec;

/* The sections, in file order. */
enum {
    S_SCAL, /* uint64_t numbers: see enum below */
    S_STRS, /* the strings, each with its NUL */
    S_COUNTRIES, S_ORGS, S_OFFICES, S_PERSONS, S_PLACES, S_TOPICS, S_VENUES,
    S_DEL0,                      /* lx->deleted[k]: S_DEL0 + k */
    S_MAP0 = S_DEL0 + LK_NKINDS, /* the key maps' slots: S_MAP0 + k */
    S_NODEHITS = S_MAP0 + LK_NKINDS,
    S_EDGES, S_ETAGS, S_HITS, S_FIRSTBITS, S_VOCAB, S_VINFO,
    S_HHEAD0, S_HHEAD1, S_HNEXT0, S_HNEXT1, S_CBYC, S_OBYC, S_CSLOT0, S_CSLOT1,
    S_GWORDS, S_GINFO, S_GHEADS, S_GVERBS, S_GCLASSES, S_GCODEIX, S_GLINKS,
    S_GCODES, S_GXCODES, S_GFRAMES, S_GPATS, S_GMEMBERS, S_GNCLS,
    S_GCLIST, /* the lists of codes: their starts (cfirst), then their codes */
    NSEC
};
/* the numbers: the records' counts per kind, the key maps' fill, ... */
enum {
    V_NCOUNT0, V_MAPN0 = V_NCOUNT0 + LK_NKINDS, V_NEDGES = V_MAPN0 + LK_NKINDS,
    V_WORDS_N, V_HEADS_N, V_VERBS_N, V_CLASSES_N, V_CODEIX_N, V_BE_FIRST, NSCAL
};
/* The starts of the lists of codes that S_GCLIST holds before the codes
 * (struct lex_grammar's cfirst): the numbers and the sections before it
 * keep their size and place. */
#define CLIST_HEAD (W_NCODE_LISTS + 1)

/* Files bigger than this are no image of ours. */
#define MAX_IMAGE ((uint64_t)1 << 30)

/* The element size of each section. */
static size_t esize_of(int s)
{
    if (s >= S_DEL0 && s < S_DEL0 + LK_NKINDS)
        return 1;
    if (s >= S_MAP0 && s < S_MAP0 + LK_NKINDS)
        return sizeof(key_slot);
    switch (s) {
    case S_SCAL: return sizeof(uint64_t);
    case S_STRS: return 1;
    case S_COUNTRIES: return sizeof(lex_country);
    case S_ORGS: return sizeof(lex_org);
    case S_OFFICES: return sizeof(lex_office);
    case S_PERSONS: return sizeof(lex_person);
    case S_PLACES: return sizeof(lex_place);
    case S_TOPICS: case S_VENUES: return sizeof(lex_simple);
    case S_NODEHITS: return sizeof(uint32_t);
    case S_EDGES: return sizeof(lex_edge);
    case S_ETAGS: return sizeof(uint16_t);
    case S_HITS: return sizeof(lex_hit);
    case S_FIRSTBITS: case S_GCLIST: return sizeof(uint64_t);
    case S_VOCAB: return sizeof(lex_vent);
    case S_VINFO: return sizeof(lex_vinfo);
    case S_HHEAD0: case S_HHEAD1: case S_HNEXT0: case S_HNEXT1:
    case S_CSLOT0: case S_CSLOT1: return sizeof(uint32_t);
    case S_CBYC: case S_OBYC: return sizeof(code_ix);
    case S_GWORDS: case S_GHEADS: case S_GVERBS: case S_GCLASSES: case S_GCODEIX:
        return sizeof(hent);
    case S_GINFO: return sizeof(winfo);
    case S_GLINKS: return sizeof(plink);
    case S_GCODES: case S_GXCODES: return sizeof(lex_code);
    case S_GFRAMES: return sizeof(lex_frame);
    case S_GPATS: return sizeof(lex_pattern);
    case S_GMEMBERS: return sizeof(noun_member);
    case S_GNCLS: return sizeof(noun_class);
    }
    return 1;
}

/* The string fields of the records of a section (offsets into the
 * record), for those that have any. */
typedef struct strfields {
    size_t n, off[4];
} strfields;

static strfields str_fields(int s)
{
    switch (s) {
    case S_COUNTRIES: return (strfields){2, {offsetof(lex_country, cameo), offsetof(lex_country, name)}};
    case S_ORGS:
        return (strfields){4, {offsetof(lex_org, acronym), offsetof(lex_org, cameo),
                               offsetof(lex_org, name), offsetof(lex_org, parent)}};
    case S_OFFICES:
        return (strfields){4, {offsetof(lex_office, role), offsetof(lex_office, agent),
                               offsetof(lex_office, org), offsetof(lex_office, country)}};
    case S_PERSONS:
        return (strfields){4, {offsetof(lex_person, name), offsetof(lex_person, role),
                               offsetof(lex_person, country), offsetof(lex_person, org)}};
    case S_PLACES: return (strfields){1, {offsetof(lex_place, name)}};
    case S_TOPICS: case S_VENUES:
        return (strfields){2, {offsetof(lex_simple, name), offsetof(lex_simple, seat)}};
    case S_CBYC: case S_OBYC: return (strfields){1, {offsetof(code_ix, code)}};
    case S_GCODES: case S_GXCODES:
        return (strfields){4, {offsetof(lex_code, cameo), offsetof(lex_code, type),
                               offsetof(lex_code, mode), offsetof(lex_code, label)}};
    case S_GNCLS: return (strfields){1, {offsetof(noun_class, name)}};
    }
    return (strfields){0, {0}};
}

/* The padding of the records of each section (byte ranges [from, to)
 * of a record, some empty), zeroed in the file with the bytes that no
 * lookup reads (zero_padding): the same lexicon writes the same bytes
 * whatever its memory held. */
typedef struct gap {
    size_t from, to;
} gap;

#define FEND(T, f) (offsetof(T, f) + sizeof(((T *)0)->f))
#define GAP(T, a, b) {FEND(T, a), offsetof(T, b)}
#define TAIL(T, a) {FEND(T, a), sizeof(T)}
static const gap pad_country[] = {GAP(lex_country, iso3, cameo), GAP(lex_country, name, capital),
                                  TAIL(lex_country, capital)};
static const gap pad_org[] = {GAP(lex_org, parent, seat), TAIL(lex_org, seat)};
static const gap pad_office[] = {TAIL(lex_office, country)};
static const gap pad_person[] = {GAP(lex_person, org, from), TAIL(lex_person, to)};
static const gap pad_place[] = {GAP(lex_place, name, iso3), GAP(lex_place, iso3, lat),
                                GAP(lex_place, lon, population), TAIL(lex_place, population)};
static const gap pad_simple[] = {GAP(lex_simple, name, ref), GAP(lex_simple, ref, seat),
                                 TAIL(lex_simple, seat)};
static const gap pad_key_slot[] = {TAIL(key_slot, idx)};
static const gap pad_edge[] = {TAIL(lex_edge, kinds)};
static const gap pad_hit[] = {GAP(lex_hit, user, caps_mask), TAIL(lex_hit, next)};
static const gap pad_vent[] = {TAIL(lex_vent, verbs)};
static const gap pad_vinfo[] = {TAIL(lex_vinfo, alone)};
static const gap pad_code_ix[] = {TAIL(code_ix, idx)};
static const gap pad_winfo[] = {TAIL(winfo, prep)};
static const gap pad_code[] = {GAP(lex_code, quad, goldstein), GAP(lex_code, goldstein, label),
                               TAIL(lex_code, flags)};
static const gap pad_frame[] = {GAP(lex_frame, flags, slots), GAP(lex_frame, slots, nslots),
                                TAIL(lex_frame, noun_class)};
static const gap pad_pattern[] = {GAP(lex_pattern, frame, n), GAP(lex_pattern, kind, word),
                                  GAP(lex_pattern, word, cls), TAIL(lex_pattern, cls)};
static const gap pad_member[] = {GAP(noun_member, nmods, mods), GAP(noun_member, mods, next),
                                 TAIL(noun_member, chain)};
static const gap pad_class[] = {TAIL(noun_class, frame)};
#undef FEND
#undef GAP
#undef TAIL

static void zero_padding(int s, unsigned char *rec, size_t n)
{
#define PADS(v) (pads = (v), npads = sizeof(v) / sizeof *(v))
    const gap *pads = NULL;
    size_t npads = 0;
    if (s >= S_MAP0 && s < S_MAP0 + LK_NKINDS)
        PADS(pad_key_slot);
    switch (s) {
    case S_COUNTRIES: PADS(pad_country); break;
    case S_ORGS: PADS(pad_org); break;
    case S_OFFICES: PADS(pad_office); break;
    case S_PERSONS: PADS(pad_person); break;
    case S_PLACES: PADS(pad_place); break;
    case S_TOPICS: case S_VENUES: PADS(pad_simple); break;
    case S_EDGES: PADS(pad_edge); break;
    case S_HITS: PADS(pad_hit); break;
    case S_VOCAB: PADS(pad_vent); break;
    case S_VINFO: PADS(pad_vinfo); break;
    case S_CBYC: case S_OBYC: PADS(pad_code_ix); break;
    case S_GINFO: PADS(pad_winfo); break;
    case S_GCODES: case S_GXCODES: PADS(pad_code); break;
    case S_GFRAMES: PADS(pad_frame); break;
    case S_GPATS: PADS(pad_pattern); break;
    case S_GMEMBERS: PADS(pad_member); break;
    case S_GNCLS: PADS(pad_class); break;
    }
#undef PADS
    size_t es = esize_of(s);
    /* what no lookup reads: the first payload and pattern (index 0 is
     * "none"), a free slot's key in a map */
    if ((s == S_HITS || s == S_GPATS) && n)
        memset(rec, 0, es);
    if (s >= S_MAP0 && s < S_MAP0 + LK_NKINDS)
        for (size_t i = 0; i < n; i++) {
            key_slot *k = (key_slot *)(void *)(rec + i * es);
            if (k->idx < 0)
                k->h = 0;
        }
    for (size_t k = 0; k < npads; k++)
        if (pads[k].to > pads[k].from)
            for (size_t i = 0; i < n; i++)
                memset(rec + i * es + pads[k].from, 0, pads[k].to - pads[k].from);
}

/* Where each section's array is in lx (NULL for the numbers and the
 * strings), and how many elements it has. */
typedef struct secref {
    void **p;
    size_t n;
} secref;

static void sections(parley_lexicon *lx, secref r[NSEC])
{
    struct lex_grammar *g = lx->gram;
    lexicon_maps *m = &((lexicon_box *)(void *)lx)->maps;
    memset(r, 0, NSEC * sizeof *r);
#define SEC(s, field, count) r[s] = (secref){(void **)&(field), (count)}
    SEC(S_COUNTRIES, lx->countries, lx->ncount[LK_COUNTRY]);
    SEC(S_ORGS, lx->orgs, lx->ncount[LK_ORG]);
    SEC(S_OFFICES, lx->offices, lx->ncount[LK_OFFICE]);
    SEC(S_PERSONS, lx->persons, lx->ncount[LK_PERSON]);
    SEC(S_PLACES, lx->places, lx->ncount[LK_PLACE]);
    SEC(S_TOPICS, lx->topics, lx->ncount[LK_TOPIC]);
    SEC(S_VENUES, lx->venues, lx->ncount[LK_VENUE]);
    for (int k = 0; k < LK_NKINDS; k++) {
        SEC(S_DEL0 + k, lx->deleted[k], lx->ncount[k]);
        SEC(S_MAP0 + k, m->m[k].v, m->m[k].cap);
    }
    SEC(S_NODEHITS, lx->node_hits, lx->nnodes);
    SEC(S_EDGES, lx->edges, lx->edge_cap);
    SEC(S_ETAGS, lx->edge_tags, lx->edge_cap);
    SEC(S_HITS, lx->hits, lx->nhits);
    SEC(S_FIRSTBITS, lx->first_bits, LEX_FIRST_BITS / 64);
    SEC(S_VOCAB, lx->vocab, lx->vocab_cap);
    SEC(S_VINFO, lx->vinfo, lx->nvinfo);
    size_t np = lx->ncount[LK_PERSON] ? lx->ncount[LK_PERSON] : 1;
    SEC(S_HHEAD0, lx->holder_head[0], lx->nholder_heads);
    SEC(S_HHEAD1, lx->holder_head[1], lx->nholder_heads);
    SEC(S_HNEXT0, lx->holder_next[0], np);
    SEC(S_HNEXT1, lx->holder_next[1], np);
    SEC(S_CBYC, lx->country_by_cameo, lx->ncountry_by_cameo);
    SEC(S_OBYC, lx->org_by_cameo, lx->norg_by_cameo);
    SEC(S_CSLOT0, lx->cameo_slots[0], lx->cameo_nslots[0]);
    SEC(S_CSLOT1, lx->cameo_slots[1], lx->cameo_nslots[1]);
    if (g) {
        SEC(S_GWORDS, g->words.e, g->words.cap);
        SEC(S_GINFO, g->info, g->ninfo);
        SEC(S_GHEADS, g->heads.e, g->heads.cap);
        SEC(S_GVERBS, g->verbs.e, g->verbs.cap);
        SEC(S_GCLASSES, g->classes.e, g->classes.cap);
        SEC(S_GCODEIX, g->code_ix.e, g->code_ix.cap);
        SEC(S_GLINKS, g->links, g->nlinks);
        SEC(S_GCODES, g->codes, g->ncodes);
        SEC(S_GFRAMES, g->frames, g->nframes);
        SEC(S_GPATS, g->pats, g->npats);
        SEC(S_GMEMBERS, g->members, g->nmembers);
        SEC(S_GNCLS, g->ncls, g->nncls);
        SEC(S_GCLIST, g->clist, g->nclist);
    }
#undef SEC
}

/* Sections start on a cache line (the mapping starts on a page): a
 * 16-byte slot of a hash table is then read in one line, as it was in
 * the memory that malloc gave the text loader. */
#define SECTION_ALIGN 64

static size_t align_section(size_t n)
{
    return (n + SECTION_ALIGN - 1) & ~(size_t)(SECTION_ALIGN - 1);
}

/* ---- the key ---- */

void pl_lexicon_image_key(uint64_t key[2])
{
    char b[1024];
    static const size_t sizes[] = {sizeof(parley_lexicon), sizeof(lexicon_box),
        sizeof(struct lex_grammar), sizeof(lex_country), sizeof(lex_org), sizeof(lex_office),
        sizeof(lex_person), sizeof(lex_place), sizeof(lex_simple), sizeof(lex_hit),
        sizeof(lex_edge), sizeof(lex_vent), sizeof(lex_vinfo), sizeof(key_slot),
        sizeof(hent), sizeof(winfo), sizeof(plink), sizeof(lex_code), sizeof(lex_frame),
        sizeof(lex_pattern), sizeof(noun_member), sizeof(noun_class),
        sizeof(code_ix), sizeof(size_t), LK_NKINDS, W_NLISTS, W_CODE_FIRST, LEX_FIRST_BITS,
        IMAGE_FORMAT, NSEC, NSCAL, 0x01020304};
    int n = snprintf(b, sizeof b, "parley lexicon image %s %s %s %s|", PARLEY_VERSION,
                     PL_CAMEO_BUILD_ID, pl_builtin_hash, utf8proc_version());
    if (n < 0 || (size_t)n > sizeof b - sizeof sizes)
        n = 0; /* cannot be: the strings are short */
    memcpy(b + n, sizes, sizeof sizes);
    size_t len = (size_t)n + sizeof sizes;
    key[0] = pl_cache_sum(b, len, 3);
    key[1] = pl_cache_sum(b, len, 0x2545F4914F6CDD1DULL);
}

/* ---- writing ---- */

/* The pool of strings, each stored once per pointer (a pointer shared by
 * two records stays shared), found again by pointer. */
typedef struct spool {
    parley_buf b;
    const char **key;
    uint64_t *ref;
    size_t n, cap;
    int err;
} spool;

/* The reference of s in the pool: 0 for NULL, its offset + 1. */
static uint64_t str_ref(spool *p, const char *s)
{
    if (!s || p->err)
        return 0;
    if (2 * (p->n + 1) > p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 1024;
        const char **k = calloc(cap, sizeof *k);
        uint64_t *r = calloc(cap, sizeof *r);
        if (!k || !r) {
            free(k);
            free(r);
            p->err = 1;
            return 0;
        }
        for (size_t i = 0; i < p->cap; i++)
            if (p->key[i]) {
                size_t j = ((uintptr_t)p->key[i] * 0x9E3779B97F4A7C15ULL >> 20) & (cap - 1);
                while (k[j])
                    j = (j + 1) & (cap - 1);
                k[j] = p->key[i];
                r[j] = p->ref[i];
            }
        free(p->key);
        free(p->ref);
        p->key = k;
        p->ref = r;
        p->cap = cap;
    }
    size_t j = ((uintptr_t)s * 0x9E3779B97F4A7C15ULL >> 20) & (p->cap - 1);
    while (p->key[j] && p->key[j] != s)
        j = (j + 1) & (p->cap - 1);
    if (!p->key[j]) {
        p->key[j] = s;
        p->ref[j] = p->b.n + 1;
        p->n++;
        if (parley_buf_add(&p->b, s, strlen(s) + 1))
            p->err = 1;
    }
    return p->ref[j];
}

static void put_ref(void *rec, size_t off, uint64_t v)
{
    uintptr_t u = (uintptr_t)v;
    memcpy((char *)rec + off, &u, sizeof u);
}

static uint64_t get_ref(const void *rec, size_t off)
{
    uintptr_t u;
    memcpy(&u, (const char *)rec + off, sizeof u);
    return u;
}

/* A frame's code: 0 for NULL, 2i + 2 for codes[i], 2j + 3 for the j-th
 * of the copies made for codes listed by a prefix (xcodes). */
static int frame_refs(const struct lex_grammar *g, lex_frame *fr, size_t nfr, lex_code **xcodes,
                      size_t *nx)
{
    const lex_code **xs = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < nfr; i++) {
        const lex_code *c = fr[i].code;
        uint64_t v = 0;
        if (c && c >= g->codes && c < g->codes + g->ncodes)
            v = 2 * (uint64_t)(c - g->codes) + 2;
        else if (c) {
            size_t j = 0;
            while (j < n && xs[j] != c)
                j++;
            if (j == n) {
                if (n == cap) {
                    cap = cap ? cap * 2 : 64;
                    const lex_code **nxs = realloc(xs, cap * sizeof *xs);
                    if (!nxs) {
                        free(xs);
                        return PARLEY_ENOMEM;
                    }
                    xs = nxs;
                }
                xs[n++] = c;
            }
            v = 2 * (uint64_t)j + 3;
        }
        put_ref(&fr[i], offsetof(lex_frame, code), v);
    }
    *xcodes = calloc(n ? n : 1, sizeof **xcodes);
    if (!*xcodes) {
        free(xs);
        return PARLEY_ENOMEM;
    }
    for (size_t j = 0; j < n; j++)
        (*xcodes)[j] = *xs[j];
    free(xs);
    *nx = n;
    return 0;
}

int pl_lexicon_image_encode(const parley_lexicon *lx0, const uint64_t key[2], void **out,
                            size_t *nout)
{
    *out = NULL;
    *nout = 0;
    parley_lexicon *lx = (parley_lexicon *)lx0; /* sections() only reads */
    if (!lx->gram || lx->image)
        return PARLEY_EINVAL;
    secref r[NSEC];
    sections(lx, r);
    const void *src[NSEC];
    size_t n[NSEC];
    void *copy[NSEC] = {0};
    spool pool = {PARLEY_BUF_INIT, NULL, NULL, 0, 0, 0};
    lex_code *xcodes = NULL;
    size_t nx = 0;
    int rc = 0;
    for (int s = 0; s < NSEC; s++) {
        src[s] = r[s].p ? *r[s].p : NULL;
        n[s] = src[s] ? r[s].n : 0;
    }
    /* the records with strings, and the frames, are written as copies
     * with references in place of their pointers */
    if (n[S_GFRAMES]) {
        if (!(copy[S_GFRAMES] = malloc(n[S_GFRAMES] * sizeof(lex_frame))))
            rc = PARLEY_ENOMEM;
        else {
            memcpy(copy[S_GFRAMES], src[S_GFRAMES], n[S_GFRAMES] * sizeof(lex_frame));
            rc = frame_refs(lx->gram, copy[S_GFRAMES], n[S_GFRAMES], &xcodes, &nx);
        }
        src[S_GFRAMES] = copy[S_GFRAMES];
    }
    src[S_GXCODES] = xcodes;
    n[S_GXCODES] = xcodes ? nx : 0;
    /* the lists of codes: their starts, then their codes */
    if (!rc) {
        const struct lex_grammar *g = lx->gram;
        uint64_t *cl = malloc((CLIST_HEAD + g->nclist) * sizeof *cl);
        if (!cl)
            rc = PARLEY_ENOMEM;
        else {
            for (int k = 0; k < CLIST_HEAD; k++)
                cl[k] = g->cfirst[k];
            if (g->nclist)
                memcpy(cl + CLIST_HEAD, g->clist, g->nclist * sizeof *cl);
            copy[S_GCLIST] = cl;
            src[S_GCLIST] = cl;
            n[S_GCLIST] = CLIST_HEAD + g->nclist;
        }
    }
    for (int s = 0; s < NSEC && !rc; s++) {
        strfields f = str_fields(s);
        if (!f.n || !n[s])
            continue;
        size_t es = esize_of(s);
        unsigned char *c = malloc(n[s] * es);
        if (!c) {
            rc = PARLEY_ENOMEM;
            break;
        }
        memcpy(c, src[s], n[s] * es);
        for (size_t i = 0; i < n[s]; i++)
            for (size_t k = 0; k < f.n; k++) {
                const char *p;
                memcpy(&p, c + i * es + f.off[k], sizeof p);
                put_ref(c + i * es, f.off[k], str_ref(&pool, p));
            }
        copy[s] = c;
        src[s] = c;
    }
    if (pool.err)
        rc = PARLEY_ENOMEM;
    uint64_t scal[NSCAL] = {0};
    if (!rc) {
        lexicon_maps *m = &((lexicon_box *)(void *)lx)->maps;
        for (int k = 0; k < LK_NKINDS; k++) {
            scal[V_NCOUNT0 + k] = lx->ncount[k];
            scal[V_MAPN0 + k] = m->m[k].n;
        }
        scal[V_NEDGES] = lx->nedges;
        scal[V_WORDS_N] = lx->gram->words.n;
        scal[V_HEADS_N] = lx->gram->heads.n;
        scal[V_VERBS_N] = lx->gram->verbs.n;
        scal[V_CLASSES_N] = lx->gram->classes.n;
        scal[V_CODEIX_N] = lx->gram->code_ix.n;
        scal[V_BE_FIRST] = lx->gram->be_first;
        src[S_SCAL] = scal;
        n[S_SCAL] = NSCAL;
        /* the pool ends with a NUL even when empty */
        if (!pool.b.n && parley_buf_add(&pool.b, "", 1))
            rc = PARLEY_ENOMEM;
        src[S_STRS] = pool.b.p;
        n[S_STRS] = pool.b.n;
    }
    unsigned char *b = NULL;
    size_t head = align_section(sizeof(ihdr) + NSEC * sizeof(isec));
    size_t total = head;
    for (int s = 0; s < NSEC; s++)
        total += align_section(n[s] * esize_of(s));
    if (!rc && !(b = calloc(1, total)))
        rc = PARLEY_ENOMEM;
    if (!rc) {
        isec sec[NSEC];
        memset(sec, 0, sizeof sec);
        size_t at = head;
        for (int s = 0; s < NSEC; s++) {
            size_t len = n[s] * esize_of(s);
            sec[s] = (isec){at, len, (uint32_t)esize_of(s), src[s] != NULL};
            if (len) {
                memcpy(b + at, src[s], len);
                zero_padding(s, b + at, n[s]);
            }
            at += align_section(len);
        }
        memcpy(b + sizeof(ihdr), sec, sizeof sec);
        ihdr h;
        memset(&h, 0, sizeof h);
        memcpy(h.magic, magic, sizeof magic);
        h.format = IMAGE_FORMAT;
        h.nsec = NSEC;
        h.key[0] = key[0];
        h.key[1] = key[1];
        h.total = total;
        h.sum = pl_cache_sum(b + sizeof h, total - sizeof h, h.key[0]);
        memcpy(b, &h, sizeof h);
        *out = b;
        *nout = total;
    }
    for (int s = 0; s < NSEC; s++)
        free(copy[s]);
    free(xcodes);
    free(pool.key);
    free(pool.ref);
    parley_buf_release(&pool.b);
    return rc;
}

/* ---- reading ---- */

static int pow2(size_t n)
{
    return n && (n & (n - 1)) == 0;
}

/* Restores the string pointers of the records c[0..n) of section s from
 * references into the pool strs[0..nstrs) (which ends with a NUL).
 * Returns 0 or -1 (a reference out of the pool). */
static int strings_back(int s, unsigned char *c, size_t n, const char *strs, size_t nstrs)
{
    strfields f = str_fields(s);
    size_t es = esize_of(s);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < f.n; k++) {
            uint64_t v = get_ref(c + i * es, f.off[k]);
            if (v > nstrs)
                return -1;
            const char *p = v ? strs + v - 1 : NULL;
            memcpy(c + i * es + f.off[k], &p, sizeof p);
        }
    return 0;
}

/* The records a payload of kind k points at, for the check of its index:
 * the number of them, or SIZE_MAX for a kind whose index counts nothing
 * (abbreviations, honorifics). */
static size_t records_of(const parley_lexicon *lx, int k)
{
    switch (k) {
    case LK_COUNTRY: case LK_ADJ: case LK_CAPITAL: case LK_PEOPLE:
        return lx->ncount[LK_COUNTRY];
    case LK_OFFICE: case LK_OFFICE_PL: return lx->ncount[LK_OFFICE];
    case LK_ORG: case LK_PERSON: case LK_TOPIC: case LK_PLACE: case LK_VENUE:
        return lx->ncount[k];
    }
    return SIZE_MAX;
}

/* An open-addressed table of cap slots (a power of two, or none) of which
 * at least one is empty: lookups stop there. */
static int table_ok(size_t cap, size_t empty)
{
    return cap == 0 || (pow2(cap) && empty > 0);
}

static int htab_ok(const htab *t, size_t max_val)
{
    size_t empty = 0;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->e[i].key)
            empty++;
        else if (t->e[i].val > max_val)
            return 0;
    }
    return table_ok(t->cap, empty);
}

/* Every index the lookups follow without checking it: within its array,
 * chains that end (each link leads further in its array), tables with an
 * empty slot. The contents otherwise (hashes, bits, numbers) are trusted
 * once the checksum matched: only parley writes these files. */
static int consistent(const parley_lexicon *lx, const size_t n[NSEC])
{
    const struct lex_grammar *g = lx->gram;
    const lexicon_maps *m = &((const lexicon_box *)(const void *)lx)->maps;
    size_t nplaces = lx->ncount[LK_PLACE];
    static const int recsec[] = {S_COUNTRIES, S_ORGS, S_OFFICES, S_PERSONS,
                                 S_PLACES, S_TOPICS, S_VENUES};
    static const int reckind[] = {LK_COUNTRY, LK_ORG, LK_OFFICE, LK_PERSON,
                                  LK_PLACE, LK_TOPIC, LK_VENUE};
    for (size_t i = 0; i < sizeof recsec / sizeof *recsec; i++)
        if (n[recsec[i]] != lx->ncount[reckind[i]])
            return 0;
    for (int k = 0; k < LK_NKINDS; k++) {
        if (lx->deleted[k] && n[S_DEL0 + k] != lx->ncount[k])
            return 0;
        size_t empty = 0;
        for (size_t i = 0; i < m->m[k].cap; i++) {
            int32_t x = m->m[k].v[i].idx;
            if (x < 0)
                empty++;
            else if ((size_t)x >= lx->ncount[k])
                return 0;
        }
        if (!table_ok(m->m[k].cap, empty) || m->m[k].n > m->m[k].cap)
            return 0;
    }
    for (size_t i = 0; i < lx->ncount[LK_COUNTRY]; i++)
        if (lx->countries[i].capital < -1 || (lx->countries[i].capital >= 0 &&
                                               (size_t)lx->countries[i].capital >= nplaces))
            return 0;
    for (size_t i = 0; i < lx->ncount[LK_ORG]; i++)
        if (lx->orgs[i].seat < -1 || (lx->orgs[i].seat >= 0 && (size_t)lx->orgs[i].seat >= nplaces))
            return 0;
    for (size_t i = 0; i < lx->ncount[LK_VENUE]; i++)
        if (lx->venues[i].ref < -1 || (lx->venues[i].ref >= 0 && (size_t)lx->venues[i].ref >= nplaces))
            return 0;
    /* the trie */
    if ((lx->nnodes || lx->nhits) && (!lx->node_hits || !lx->hits || !lx->nhits))
        return 0;
    if (lx->nnodes && (!lx->edges || !lx->first_bits))
        return 0;
    for (size_t i = 0; i < lx->nnodes; i++)
        if (lx->node_hits[i] >= lx->nhits)
            return 0;
    for (size_t i = 1; i < lx->nhits; i++) {
        const lex_hit *h = &lx->hits[i];
        if (h->kind >= LK_NKINDS || (h->next && h->next <= i) || h->next >= lx->nhits ||
            (lx->deleted[h->kind] && h->idx >= lx->ncount[h->kind]) ||
            h->idx >= records_of(lx, h->kind))
            return 0;
    }
    if (n[S_ETAGS] != lx->edge_cap || (lx->edge_cap && !lx->edge_tags))
        return 0;
    size_t empty = 0;
    for (size_t i = 0; i < lx->edge_cap; i++) {
        if (!lx->edge_tags[i])
            empty++;
        else if (lx->edges[i].child >= lx->nnodes || lx->edges[i].parent >= lx->nnodes)
            return 0;
    }
    if (!table_ok(lx->edge_cap, empty) || (lx->first_bits && n[S_FIRSTBITS] != LEX_FIRST_BITS / 64))
        return 0;
    /* the word table */
    empty = 0;
    for (size_t i = 0; i < lx->vocab_cap; i++) {
        const lex_vent *v = &lx->vocab[i];
        if (!v->info)
            empty++;
        else if (v->info >= lx->nvinfo || v->child >= lx->nnodes || v->heads > g->nmembers ||
                 v->verbs > g->nlinks)
            return 0;
    }
    if (!table_ok(lx->vocab_cap, empty) || (lx->vocab && !lx->nvinfo))
        return 0;
    for (size_t i = 0; i < lx->nvinfo; i++)
        if (((lx->vinfo[i].kinds & VINFO_PREP) >> VINFO_PREP_SHIFT) >= P_NPREPS ||
            !(lx->vinfo[i].words & WORDS_KNOWN))
            return 0;
    /* a word the table lacks (vinfo[0]) starts no phrase */
    if (lx->nvinfo && (lx->vinfo[0].kinds & ~VINFO_PREP))
        return 0;
    /* office holders */
    size_t np = lx->ncount[LK_PERSON];
    if (!pow2(lx->nholder_heads) || n[S_HHEAD1] != lx->nholder_heads ||
        n[S_HNEXT0] != (np ? np : 1) || n[S_HNEXT1] != n[S_HNEXT0])
        return 0;
    for (int w = 0; w < 2; w++) {
        for (size_t i = 0; i < lx->nholder_heads; i++)
            if (lx->holder_head[w][i] > np)
                return 0;
        for (size_t i = 0; i < np; i++)
            if (lx->holder_next[w][i] && (lx->holder_next[w][i] <= i + 1 || lx->holder_next[w][i] > np))
                return 0;
    }
    /* CAMEO codes */
    const code_ix *cx[2] = {lx->country_by_cameo, lx->org_by_cameo};
    size_t ncx[2] = {lx->ncountry_by_cameo, lx->norg_by_cameo};
    size_t nrec[2] = {lx->ncount[LK_COUNTRY], lx->ncount[LK_ORG]};
    for (int w = 0; w < 2; w++) {
        for (size_t i = 0; i < ncx[w]; i++)
            if (!cx[w][i].code || cx[w][i].idx >= nrec[w])
                return 0;
        empty = 0;
        for (size_t i = 0; i < lx->cameo_nslots[w]; i++)
            if (!lx->cameo_slots[w][i])
                empty++;
            else if (lx->cameo_slots[w][i] > ncx[w])
                return 0;
        if (!table_ok(lx->cameo_nslots[w], empty))
            return 0;
    }
    /* the grammar */
    if (!htab_ok(&g->words, g->ninfo) || !htab_ok(&g->heads, g->nmembers) ||
        !htab_ok(&g->verbs, g->nlinks) || !htab_ok(&g->classes, g->nncls) ||
        !htab_ok(&g->code_ix, g->ncodes) || g->be_first > g->nlinks)
        return 0;
    for (size_t i = 0; i < g->ninfo; i++)
        if (g->info[i].prep >= P_NPREPS)
            return 0;
    for (size_t i = 0; i < g->nlinks; i++)
        if (!g->links[i].pat || g->links[i].pat >= g->npats ||
            (g->links[i].next && (g->links[i].next <= i + 1 || g->links[i].next > g->nlinks)))
            return 0;
    for (size_t i = 1; i < g->npats; i++) {
        const lex_pattern *p = &g->pats[i];
        if (p->frame >= g->nframes || p->n > PATTERN_ELEMENTS)
            return 0;
        for (int k = 0; k < p->n; k++)
            if (p->kind[k] > PE_JUDGED || (p->kind[k] == PE_CLASS && p->cls[k] >= g->nncls))
                return 0;
    }
    for (size_t i = 0; i < g->nframes; i++) {
        const lex_frame *f = &g->frames[i];
        if (f->nslots < 0 || f->nslots > FRAME_SLOTS || f->noun_class < -1 ||
            (f->noun_class >= 0 && (size_t)f->noun_class >= g->nncls))
            return 0;
        for (int k = 0; k < f->nslots; k++)
            if (f->slots[k].prep >= P_NPREPS)
                return 0;
    }
    for (size_t i = 0; i < g->nmembers; i++)
        if (g->members[i].cls >= g->nncls || g->members[i].nmods > 4 || g->members[i].next > i)
            return 0;
    for (size_t i = 0; i < g->nncls; i++)
        if (g->ncls[i].frame < -1 || (g->ncls[i].frame >= 0 && (size_t)g->ncls[i].frame >= g->nframes))
            return 0;
    for (size_t i = 0; i < g->ncodes; i++)
        if (!g->codes[i].cameo || !g->codes[i].label)
            return 0;
    /* the lists of codes: one after another, the last ending the array */
    if (g->cfirst[0] || g->cfirst[W_NCODE_LISTS] != g->nclist)
        return 0;
    for (int k = 0; k < W_NCODE_LISTS; k++)
        if (g->cfirst[k] > g->cfirst[k + 1])
            return 0;
    return 1;
}

/* The frames' codes back from their references (frame_refs): into codes
 * (ncodes of them, then nx copies). Returns 0 or -1. */
static int frames_back(lex_frame *fr, size_t n, const lex_code *codes, size_t ncodes, size_t nx)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t v = get_ref(&fr[i], offsetof(lex_frame, code));
        const lex_code *c = NULL;
        if (v >= 2 && v % 2 == 0 && (v - 2) / 2 < ncodes)
            c = &codes[(v - 2) / 2];
        else if (v >= 3 && v % 2 == 1 && (v - 3) / 2 < nx)
            c = &codes[ncodes + (v - 3) / 2];
        else
            return -1; /* every frame has a code */
        memcpy((char *)&fr[i] + offsetof(lex_frame, code), &c, sizeof c);
    }
    return 0;
}

int pl_lexicon_image_decode(const void *buf, size_t nbuf, const uint64_t key[2], int owned,
                            parley_lexicon **out)
{
    *out = NULL;
    const unsigned char *b = buf;
    ihdr h;
    isec sec[NSEC];
    if (nbuf < sizeof h + sizeof sec || ((uintptr_t)buf & 7))
        return PARLEY_EPARSE;
    memcpy(&h, b, sizeof h);
    if (memcmp(h.magic, magic, sizeof magic) || h.format != IMAGE_FORMAT || h.nsec != NSEC ||
        h.key[0] != key[0] || h.key[1] != key[1] || h.total != nbuf ||
        h.sum != pl_cache_sum(b + sizeof h, nbuf - sizeof h, h.key[0]))
        return PARLEY_EPARSE;
    memcpy(sec, b + sizeof h, sizeof sec);
    size_t n[NSEC];
    for (int s = 0; s < NSEC; s++) {
        if (sec[s].esize != esize_of(s) || sec[s].off < sizeof h + sizeof sec ||
            (sec[s].off % SECTION_ALIGN) || sec[s].off > nbuf || sec[s].len > nbuf - sec[s].off ||
            sec[s].len % sec[s].esize || (!sec[s].present && sec[s].len))
            return PARLEY_EPARSE;
        n[s] = (size_t)(sec[s].len / sec[s].esize);
    }
    const char *strs = (const char *)b + sec[S_STRS].off;
    if (n[S_SCAL] != NSCAL || !n[S_STRS] || strs[n[S_STRS] - 1] != '\0' ||
        !sec[S_GWORDS].present)
        return PARLEY_EPARSE;
    uint64_t scal[NSCAL];
    memcpy(scal, b + sec[S_SCAL].off, sizeof scal);

    lexicon_box *box = calloc(1, sizeof *box);
    struct lex_grammar *g = calloc(1, sizeof *g);
    if (!box || !g) {
        free(box);
        free(g);
        return PARLEY_ENOMEM;
    }
    parley_lexicon *lx = &box->lx;
    lx->gram = g;
    lx->image = buf;
    lx->image_len = nbuf;
    secref r[NSEC];
    sections(lx, r);
    int rc = 0;
    /* the arrays with pointers are copied; the others stay in buf */
    for (int s = S_COUNTRIES; s < NSEC && !rc; s++) {
        const unsigned char *p = sec[s].present ? b + sec[s].off : NULL;
        if (!r[s].p || !p)
            continue;
        if (!str_fields(s).n && s != S_GFRAMES && s != S_GCODES && s != S_GXCODES) {
            *r[s].p = (void *)p;
            continue;
        }
        if (s == S_GXCODES)
            continue; /* copied with S_GCODES, after it */
        size_t len = sec[s].len, extra = s == S_GCODES ? sec[S_GXCODES].len : 0;
        unsigned char *c = malloc(len + extra ? len + extra : 1);
        if (!c) {
            rc = PARLEY_ENOMEM;
            break;
        }
        memcpy(c, p, len);
        if (extra)
            memcpy(c + len, b + sec[S_GXCODES].off, extra);
        *r[s].p = c;
        if (strings_back(s, c, n[s], strs, n[S_STRS]) ||
            (extra && strings_back(S_GXCODES, c + len, n[S_GXCODES], strs, n[S_STRS])))
            rc = PARLEY_EPARSE;
    }
    if (!rc && sec[S_GCODES].present == 0 && n[S_GXCODES])
        rc = PARLEY_EPARSE;
    if (!rc) {
        lexicon_maps *m = &box->maps;
        for (int k = 0; k < LK_NKINDS; k++) {
            lx->ncount[k] = (size_t)scal[V_NCOUNT0 + k];
            m->m[k].cap = n[S_MAP0 + k];
            m->m[k].n = (size_t)scal[V_MAPN0 + k];
        }
        lx->nnodes = lx->node_cap = n[S_NODEHITS];
        lx->edge_cap = n[S_EDGES];
        lx->nedges = (size_t)scal[V_NEDGES];
        lx->nhits = lx->hit_cap = n[S_HITS];
        lx->vocab_cap = n[S_VOCAB];
        lx->nvinfo = n[S_VINFO];
        lx->nholder_heads = n[S_HHEAD0];
        lx->ncountry_by_cameo = n[S_CBYC];
        lx->norg_by_cameo = n[S_OBYC];
        lx->cameo_nslots[0] = n[S_CSLOT0];
        lx->cameo_nslots[1] = n[S_CSLOT1];
        g->words.cap = n[S_GWORDS];
        g->words.n = (size_t)scal[V_WORDS_N];
        g->ninfo = g->info_cap = n[S_GINFO];
        g->heads.cap = n[S_GHEADS];
        g->heads.n = (size_t)scal[V_HEADS_N];
        g->verbs.cap = n[S_GVERBS];
        g->verbs.n = (size_t)scal[V_VERBS_N];
        g->classes.cap = n[S_GCLASSES];
        g->classes.n = (size_t)scal[V_CLASSES_N];
        g->code_ix.cap = n[S_GCODEIX];
        g->code_ix.n = (size_t)scal[V_CODEIX_N];
        g->nlinks = g->links_cap = n[S_GLINKS];
        g->ncodes = g->codes_cap = n[S_GCODES];
        g->nframes = g->frames_cap = n[S_GFRAMES];
        g->npats = g->pats_cap = n[S_GPATS];
        g->nmembers = g->members_cap = n[S_GMEMBERS];
        g->nncls = g->ncls_cap = n[S_GNCLS];
        g->be_first = (uint32_t)scal[V_BE_FIRST];
        if (g->clist && n[S_GCLIST] >= CLIST_HEAD) {
            for (int k = 0; k < CLIST_HEAD; k++)
                g->cfirst[k] = (uint32_t)(g->clist[k] > UINT32_MAX ? UINT32_MAX : g->clist[k]);
            g->clist += CLIST_HEAD;
            g->nclist = g->clist_cap = n[S_GCLIST] - CLIST_HEAD;
        } else
            rc = PARLEY_EPARSE; /* every image has the starts */
        lx->pat_links = g->links;
        lx->pats = g->pats;
        lx->frames = g->frames;
        lx->nframes = g->nframes;
        if (rc || scal[V_BE_FIRST] > UINT32_MAX ||
            frames_back(g->frames, g->nframes, g->codes, g->ncodes, n[S_GXCODES]) ||
            !consistent(lx, n))
            rc = PARLEY_EPARSE;
        else
            pl_lexicon_abbrev_index(lx);
    }
    if (rc) {
        pl_lexicon_image_free(lx); /* not buf: the caller's still */
        return rc;
    }
    lx->image_owned = owned;
    *out = lx;
    return 0;
}

void pl_lexicon_image_free(parley_lexicon *lx)
{
    struct lex_grammar *g = lx->gram;
    free(lx->countries);
    free(lx->orgs);
    free(lx->offices);
    free(lx->persons);
    free(lx->places);
    free(lx->topics);
    free(lx->venues);
    free(lx->country_by_cameo);
    free(lx->org_by_cameo);
    if (g) {
        free(g->codes);
        free(g->frames);
        free(g->ncls);
        free(g);
    }
    if (lx->image_owned)
        munmap((void *)lx->image, lx->image_len);
    free(lx);
}

/* ---- through the cache directory ---- */

int pl_lexicon_load_cached(parley_lexicon **out, const parley_lexicon_opts *o,
                           size_t *bad_lines, const char *dir, const char **note)
{
    const char *dummy;
    if (!note)
        note = &dummy;
    *note = "not used";
    if (!dir || !*dir || (o && (o->user_dir || o->no_builtin)))
        return parley_lexicon_load(out, o, bad_lines);
    uint64_t key[2];
    pl_lexicon_image_key(key);
    size_t dl = strlen(dir);
    char *path = malloc(dl + 48);
    if (!path) {
        *note = "no path (out of memory)";
        return parley_lexicon_load(out, o, bad_lines);
    }
    snprintf(path, dl + 48, "%s/%016llx%016llx.lex", dir, (unsigned long long)key[0],
             (unsigned long long)key[1]);
    void *map;
    size_t n;
    int rc;
    if (!pl_cache_map(path, MAX_IMAGE, &map, &n)) {
        rc = pl_lexicon_image_decode(map, n, key, 1, out);
        if (rc)
            munmap(map, n);
        if (rc != PARLEY_EPARSE) {
            *note = rc ? "out of memory" : "read";
            if (!rc && bad_lines)
                *bad_lines = 0;
            free(path);
            return rc;
        }
        *note = "ignored (invalid), rewritten";
    } else
        *note = "written";
    size_t bad = 0;
    rc = parley_lexicon_load(out, o, &bad);
    if (bad_lines)
        *bad_lines = bad;
    void *enc;
    if (rc)
        *note = "not written (the lexicon did not load)";
    else if (bad)
        *note = "not written (malformed lines)";
    else if (pl_lexicon_image_encode(*out, key, &enc, &n))
        *note = "not written (out of memory)";
    else {
        if (pl_cache_write(dir, path, enc, n))
            *note = "could not be written";
        free(enc);
    }
    free(path);
    return rc;
}
