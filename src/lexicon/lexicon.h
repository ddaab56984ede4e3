/* lexicon.h — stage 3: all phrase dictionaries (countries, organisations,
 * offices, persons, verbs, topics, places) compiled into one read-only
 * structure: records per kind plus a trie over folded tokens whose nodes
 * carry the records a phrase names. Private to the library. */
#ifndef PARLEY_LEXICON_H
#define PARLEY_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "parley.h"
#include "text/token.h"
#include "lexicon/grammar.h"

enum lex_kind {
    LK_COUNTRY,    /* a country's name or variant */
    LK_ADJ,        /* a country's adjective or demonym */
    LK_CAPITAL,    /* a capital standing for its country */
    LK_ORG,        /* an organisation */
    LK_OFFICE,     /* an office, singular */
    LK_OFFICE_PL,  /* an office, plural ("Foreign Ministers") */
    LK_PERSON,     /* a known person's name or variant */
    LK_TOPIC,
    LK_PLACE,      /* a gazetteer place */
    LK_VENUE,      /* a venue that locates a place */
    LK_HONORIFIC,
    LK_ABBREV,
    LK_PEOPLE,     /* a country's people: its adjective in the plural
                      ("Palestinians", "Americans") */
    LK_NKINDS
};

#define LK_BIT(k) (1u << (k))

typedef struct lex_country {
    char iso3[4];
    const char *cameo, *name;
    int capital; /* index into places or -1 */
} lex_country;

typedef struct lex_org {
    const char *acronym, *cameo, *name, *parent;
    int seat; /* the place of its headquarters, or -1 */
} lex_org;

typedef struct lex_office {
    const char *role, *agent, *org; /* org may be NULL */
    const char *country; /* the state the title itself names ("IDF"), or NULL */
} lex_office;

typedef struct lex_person {
    const char *name, *role;
    const char *country; /* ISO3 or NULL */
    const char *org;     /* acronym or NULL */
    int32_t from, to;    /* YYYYMMDD bounds, 0 = open */
} lex_person;

typedef struct lex_place {
    const char *name;
    char iso3[4];
    double lat, lon;
    long population;
} lex_place;

typedef struct lex_simple {
    const char *name; /* topic name, venue place name */
    int ref;          /* venue: index into places or -1 */
    const char *seat; /* venue: the sector of those who sit there when
                         its name stands for them ("GOV": "the Kremlin
                         said"), or NULL */
} lex_simple;

/* A phrase's payload: which record of which kind it names. */
typedef struct lex_hit {
    uint8_t kind;
    uint8_t ntok;
    uint8_t user;       /* from a user's dictionary */
    uint32_t caps_mask; /* bit i: token i must be written in capitals */
    uint32_t idx;       /* record index in its kind's array */
    uint32_t next;      /* next payload of the same node, or 0 */
} lex_hit;

#define LEX_ABBREV_BITS 1024u
static inline size_t lexicon_abbrev_bit(uint64_t tok_hash)
{
    return (size_t)((tok_hash * 0x9E3779B97F4A7C15ULL) >> (64 - 10));
}
_Static_assert(LEX_ABBREV_BITS == 1u << 10, "lexicon_abbrev_bit's shift");

struct parley_lexicon {
    lex_country *countries;
    lex_org *orgs;
    lex_office *offices;
    lex_person *persons;
    lex_place *places;
    lex_simple *topics, *venues;
    size_t ncount[LK_NKINDS];
    uint8_t *deleted[LK_NKINDS]; /* records replaced by a user's entry */

    /* trie: nodes[0] is the root; edges in an open-addressed table */
    uint32_t *node_hits; /* first payload of each node (0 = none) */
    size_t nnodes, node_cap;
    struct lex_edge *edges;
    /* edge_tags[i]: 16 bits of slot i's key, 0 when empty. A lookup reads
     * this small array (it stays in cache) and the large edges only where
     * the tag agrees: running text asks mostly for edges that are not
     * there ("the" followed by any word). */
    uint16_t *edge_tags;
    size_t nedges, edge_cap;
    lex_hit *hits; /* hits[0] unused */
    size_t nhits, hit_cap;
    /* a bit per hash of the first tokens of phrases (LEX_FIRST_BITS of
     * them): most words of running text start no phrase, and this small
     * table says so without a probe of the large edge table */
    uint64_t *first_bits;
    /* a bit per hash of the abbreviations (pl_lexicon_abbrev_index):
     * pl_lexicon_is_abbrev asks for the word before every full stop,
     * and these two cache lines stay in cache where a line of the large
     * first_bits would not */
    uint64_t abbrev_bits[LEX_ABBREV_BITS / 64];
    /* the words of running text that the lexicon knows (index.c): each
     * word that starts a phrase or is in the grammar's tables, keyed by
     * its hash, with the edge out of the root it starts, its nouns and
     * verbs of the grammar, and the index of its word lists in vinfo,
     * where words that share them are stored once; pl_lexicon_annotate
     * asks this table once per token in place of the grammar's words
     * table, first_bits and the edge table, and the grammar's lookups of
     * nouns and verbs by token ask it in place of their own */
    struct lex_vent *vocab; /* NULL when not built */
    size_t vocab_cap;
    struct lex_vinfo *vinfo; /* vinfo[0]: a word the table does not hold */
    size_t nvinfo;

    /* office holders: holder_head[w][hash(role, where) & (nholder_heads
     * - 1)] is the first person (index + 1, 0 = none) of that bucket and
     * holder_next[w][i] the next after person i, in file order; w = 0
     * indexes persons by their country, w = 1 by their organisation */
    uint32_t *holder_head[2], *holder_next[2];
    size_t nholder_heads;

    /* the grammar's vocabulary: word lists, parts of speech, the event
     * table, noun classes and verb frames (grammar.h) */
    struct lex_grammar *gram;
    /* the grammar's links of chains of verb patterns and the patterns
     * (its arrays, set once they are loaded): pl_grammar_pattern reads
     * them inline, for every pattern of every verb of the text */
    const struct plink *pat_links;
    const lex_pattern *pats;
    const lex_frame *frames; /* pl_grammar_frame's, the same way */
    size_t nframes;
    /* countries and organisations by CAMEO actor code (lexicon/cameo.c) */
    struct code_ix *country_by_cameo, *org_by_cameo;
    size_t ncountry_by_cameo, norg_by_cameo;
    /* the same filed by the code's hash (open addressing of the place in
     * the sorted array + 1, 0 empty; a power of two of slots) */
    uint32_t *cameo_slots[2]; /* 0: countries, 1: organisations */
    size_t cameo_nslots[2];

    /* a lexicon read from its image (image.c): the file's mapping, which
     * its tables point into, or NULL for one loaded from the text */
    const void *image;
    size_t image_len;
    int image_owned; /* parley_lexicon_free munmaps it */

    arena mem; /* strings and record arrays */
    /* pl_lexicon_add_phrase's tokens, reset for each phrase (not a new
     * arena each time: a malloc and a free of 64 KiB per phrase);
     * released when loading ends */
    arena scratch;
};

typedef struct lex_edge {
    uint64_t tok;
    uint32_t parent, child; /* child == 0: empty slot */
    uint32_t kinds;         /* LK_BIT of the kinds of child's payloads
                               (a node has one edge in: kept here so that
                               pl_lexicon_annotate reads no more), and
                               bit 31 when child has edges out (index.c) */
} lex_edge;

/* A slot of lx->vocab: 32 bytes, so that a probe reads one cache line
 * (the table is aligned to 64 bytes). The grammar's nouns and verbs of
 * a word are asked for after pl_lexicon_annotate has probed its slot:
 * the slot is in cache then, where the grammar's own tables would not
 * be. */
/* A link of a chain of patterns (per verb form, and the predicates'). */
typedef struct plink {
    uint32_t pat, next; /* next: link index + 1, 0 ends */
} plink;

/* The pattern at *link of a chain (pl_grammar_patterns gives its start),
 * advancing *link; NULL at the chain's end. */
static inline const lex_pattern *pl_grammar_pattern(const parley_lexicon *lx, uint32_t *link)
{
    if (!*link)
        return NULL;
    const plink *l = &lx->pat_links[*link - 1];
    *link = l->next;
    return &lx->pats[l->pat];
}

/* The frame of index i (a pattern's), or NULL. */
static inline const lex_frame *pl_grammar_frame(const parley_lexicon *lx, uint32_t i)
{
    return i < lx->nframes ? &lx->frames[i] : NULL;
}

/* A country or organisation filed by its CAMEO code (lexicon/cameo.c). */
typedef struct code_ix {
    const char *code;
    uint32_t idx;
} code_ix;

typedef struct lex_vent {
    uint64_t key;   /* the token hash */
    /* a bit (lexicon_next_bit) per token by which a phrase goes on from
     * child: most words that start a phrase ("the", "prime") are
     * followed by a word that no phrase goes on with, and this says so
     * without a probe of the edge table */
    uint64_t next;
    uint32_t child; /* the node of the edge from the root by key, or 0 */
    uint32_t info;  /* index into lx->vinfo; 0 = empty slot */
    uint32_t heads; /* its first noun member of nouns.txt (index + 1) */
    uint32_t verbs; /* its first link of verb patterns (index + 1) */
} lex_vent;
_Static_assert(sizeof(lex_vent) == 32, "a slot of lx->vocab is half a cache line");

/* The bit of lex_vent.next of a token of hash tok. */
static inline uint64_t lexicon_next_bit(uint64_t tok)
{
    return 1ULL << ((tok * 0x9E3779B97F4A7C15ULL) >> 58);
}

/* The slot of lx->vocab where the probe for key starts. */
static inline size_t lexicon_vocab_home(uint64_t key, size_t mask)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

/* The slot of the word of hash h in lx->vocab, or NULL. h must be more
 * than 1 and lx->vocab built. */
static inline const lex_vent *lexicon_vocab_find(const parley_lexicon *lx, uint64_t h)
{
    size_t mask = lx->vocab_cap - 1;
    for (size_t k = lexicon_vocab_home(h, mask); lx->vocab[k].info; k = (k + 1) & mask)
        if (lx->vocab[k].key == h)
            return &lx->vocab[k];
    return NULL;
}

/* What is known of a word: the grammar's lex_word (its words with
 * WORDS_KNOWN, as a token takes them), the kinds of its
 * edge from the root (lex_edge.kinds, 0 when it starts no phrase) with
 * its prep in bits 16 to 23 (VINFO_PREP) and its word_facts in bits 24
 * to 30 (VINFO_FACTS), and, for a verb form, the
 * flags of the frames of its patterns of one word (pl_grammar_verb_flags
 * asks for them per token: one probe, not a walk of its patterns), in
 * 32 bytes. */
typedef struct lex_vinfo {
    uint64_t words, words2;
    uint32_t readings, kinds;
    uint64_t alone;
} lex_vinfo;

#define VINFO_PREP_SHIFT 16
#define VINFO_PREP (0xffu << VINFO_PREP_SHIFT)
/* and its word_facts (grammar.h: token.facts) in bits 24 to 30 */
#define VINFO_FACTS_SHIFT 24
#define VINFO_FACTS (0x7fu << VINFO_FACTS_SHIFT)
_Static_assert((WF_SAYING | WF_COMPOUND | WF_NOUN) <= 0x7f, "the word facts fit in their bits");
_Static_assert(LK_NKINDS <= VINFO_PREP_SHIFT, "the kinds' bits leave room for the prep");
/* (the prep and the facts are the bytes 2 and 3 of kinds, as token.prep
 * and token.facts are side by side: pl_lexicon_annotate stores them in
 * one go) */
_Static_assert(VINFO_FACTS_SHIFT == VINFO_PREP_SHIFT + 8, "the facts follow the prep");
_Static_assert(offsetof(token, facts) == offsetof(token, prep) + 1,
               "token.facts follows token.prep");

/* The flags of the frames of the patterns of one word in the chain of
 * patterns that starts at link (grammar.c), or'ed together. */
uint64_t pl_grammar_alone_flags(const parley_lexicon *lx, uint32_t link);

/* Builds lx->vocab once the files are read. Returns 0 or PARLEY_ENOMEM. */
int pl_lexicon_vocab_build(parley_lexicon *lx);

/* Sets lx->abbrev_bits from the trie, once it is complete (loaded from
 * the text or read from an image). */
void pl_lexicon_abbrev_index(parley_lexicon *lx);

/* The persons who may hold role for the country iso3 (org NULL) or the
 * organisation org (iso3 NULL), in file order: start with
 * pl_lexicon_holder_first, go on with lexicon_holder_next, stop at -1. A
 * bucket may hold other offices too: compare. */
long pl_lexicon_holder_first(const parley_lexicon *lx, const char *role,
                          const char *iso3, const char *org);
static inline long lexicon_holder_next(const parley_lexicon *lx, long i,
                                       const char *iso3)
{
    return (long)lx->holder_next[iso3 ? 0 : 1][i] - 1;
}

#define LEX_FIRST_BITS (1u << 18)
static inline size_t lexicon_first_bit(uint64_t tok_hash)
{
    return (size_t)((tok_hash * 0x9E3779B97F4A7C15ULL) >> (64 - 18));
}

/* Set in token.lexkinds once pl_lexicon_annotate has looked at the token. */
#define LEX_ANNOTATED (1u << 31)
/* More phrases start at the token than it records: walk the trie. */
#define LEX_OVERFLOW (1u << 30)

/* Records in each token of toks[0, n) the kinds of all phrases that start
 * there (whatever their capital-letter constraints): one walk of the trie
 * per token, after which lexicon_match answers at once for the tokens
 * where no phrase of the asked kinds starts. Sets the word lists and
 * readings of the grammar as pl_words_annotate does, with the same probe
 * (once lx->vocab is built). */
void pl_lexicon_annotate(const parley_lexicon *lx, token *toks, size_t n);

/* The longest phrase of one of the kinds in kind_mask that starts at
 * toks[i] and ends before toks[end]. Returns its length in tokens (0 if
 * none) and its first payload in *hit; walk hit->next for the others,
 * skipping kinds not in the mask with pl_lexicon_hit_ok. When ok is not
 * NULL, *ok is set to the first payload that pl_lexicon_hit_ok accepts
 * (every payload of the phrase has its length), found on the way. */
size_t pl_lexicon_match_walk(const parley_lexicon *lx, const token *toks, size_t i,
                          size_t end, uint32_t kind_mask, const lex_hit **hit,
                          const lex_hit **ok);
size_t pl_lexicon_match_memo(const parley_lexicon *lx, const token *toks, size_t i,
                          size_t end, uint32_t kind_mask, const lex_hit **hit,
                          const lex_hit **ok);
/* pl_lexicon_match_memo's common case, inline in every caller: the
 * longest phrase recorded at t (toks[i]) fits before end and its first
 * payload of a kind in the mask is its first or second, not deleted and
 * without capital-letter constraints but one that t meets ("UN"): that
 * payload is the answer (pl_lexicon_hit_ok passes over the payloads of
 * other kinds). Returns the phrase's length, or 0 when the case is
 * another (pl_lexicon_match_memo decides). */
static inline size_t lexicon_match_quick(const parley_lexicon *lx, const token *t, size_t i,
                                         size_t end, uint32_t kind_mask, const lex_hit **hit,
                                         const lex_hit **ok)
{
    if (!t->nlex)
        return 0;
    size_t len = t->lexlen[t->nlex - 1];
    uint32_t first = lx->node_hits[t->lexnode[t->nlex - 1]];
    const lex_hit *h0 = &lx->hits[first], *h = h0;
    if (len > end - i || !first)
        return 0;
    /* a phrase of two kinds ("Singapore": a country and a capital): the
     * second payload when the first is of a kind not asked for */
    if (!(kind_mask & LK_BIT(h->kind))) {
        if (!h->next)
            return 0;
        h = &lx->hits[h->next];
        if (!(kind_mask & LK_BIT(h->kind)))
            return 0;
    }
    if ((h->caps_mask &&
         (h->caps_mask != 1 || (!(t->flags & TOK_ALLCAPS) && t->end - t->start > 1))) ||
        (lx->deleted[h->kind] && lx->deleted[h->kind][h->idx]))
        return 0;
    *hit = h0;
    if (ok)
        *ok = h;
    return len;
}

static inline size_t lexicon_match_ok(const parley_lexicon *lx, const token *toks,
                                      size_t i, size_t end, uint32_t kind_mask,
                                      const lex_hit **hit, const lex_hit **ok)
{
    *hit = NULL;
    if (i >= end)
        return 0;
    uint32_t k = toks[i].lexkinds;
    if ((k & LEX_ANNOTATED) && !(k & kind_mask))
        return 0;
    if ((k & LEX_ANNOTATED) && !(k & LEX_OVERFLOW)) {
        size_t len = lexicon_match_quick(lx, &toks[i], i, end, kind_mask, hit, ok);
        return len ? len : pl_lexicon_match_memo(lx, toks, i, end, kind_mask, hit, ok);
    }
    return pl_lexicon_match_walk(lx, toks, i, end, kind_mask, hit, ok);
}
static inline size_t lexicon_match(const parley_lexicon *lx, const token *toks,
                                   size_t i, size_t end, uint32_t kind_mask,
                                   const lex_hit **hit)
{
    return lexicon_match_ok(lx, toks, i, end, kind_mask, hit, NULL);
}
/* Whether payload h may be used for the phrase at toks[i]: its kind is in
 * the mask, its record is not deleted and its capital-letter constraints
 * hold. Inline: the finders ask it for payload after payload of a chain,
 * and the call cost as much as the test. */
static inline int pl_lexicon_hit_ok(const parley_lexicon *lx, const lex_hit *h,
                                    const token *toks, size_t i, uint32_t kind_mask)
{
    if (!(kind_mask & LK_BIT(h->kind)))
        return 0;
    if (lx->deleted[h->kind] && lx->deleted[h->kind][h->idx])
        return 0;
    for (uint32_t m = h->caps_mask, j = 0; m; m >>= 1, j++)
        if ((m & 1) && !(toks[i + j].flags & TOK_ALLCAPS) &&
            toks[i + j].end - toks[i + j].start > 1) {
            /* "U.S." folds with dots; any all-capital token qualifies */
            return 0;
        }
    return 1;
}
static inline const lex_hit *lexicon_next(const parley_lexicon *lx,
                                          const lex_hit *h)
{
    return h->next ? &lx->hits[h->next] : NULL;
}

/* Whether organisations a and b may be the same participant: equal, or
 * one is the other's parent (OHCHR and UN). */
int pl_lexicon_org_compatible(const parley_lexicon *lx, const char *a,
                           const char *b);

/* Exact lookups by key; -1 when absent. */
int pl_lexicon_country(const parley_lexicon *lx, const char *iso3);
int pl_lexicon_org(const parley_lexicon *lx, const char *acronym);
int pl_lexicon_place(const parley_lexicon *lx, const char *name, const char *iso3);

/* ---- CAMEO actor codes (lexicon/cameo.c) ---- */

/* Builds the indexes of countries and organisations by CAMEO code; called
 * once the files are read. Returns 0 or PARLEY_ENOMEM. */
int pl_lexicon_cameo_index(parley_lexicon *lx);
/* The country whose CAMEO code begins the actor code ("RUSMIL" -> Russia),
 * or -1. */
int pl_lexicon_country_by_cameo(const parley_lexicon *lx, const char *code);
/* The organisation whose CAMEO code is the longest that begins the actor
 * code ("IGOUNO", "IGOUNOMIL" -> the UN), or -1. A code that several
 * organisations share names one only when they are one organisation and
 * its bodies (the parentless one); else none ("SYRREB", "PSEREB"). */
int pl_lexicon_org_by_cameo(const parley_lexicon *lx, const char *code);

/* Segmenter callback: is the folded word an abbreviation? ud = lexicon. */
int pl_lexicon_is_abbrev(const void *lx, const char *fold, size_t n);

/* Adds a phrase for record idx of kind; used by the loader. Returns 0,
 * PARLEY_ENOMEM, or PARLEY_EPARSE when the phrase has no tokens. */
int pl_lexicon_add_phrase(parley_lexicon *lx, int kind, uint32_t idx,
                       const char *phrase, size_t n, int user);

/* Parses a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (pl_date_parse) into
 * a bound YYYYMMDD: as a lower bound a missing month is 01 and a missing
 * day 00, as an upper bound 12 and 99. Returns -1 when it is not a date
 * that exists, with *why (if why is not NULL) saying why. */
int32_t pl_lexicon_parse_bound(const char *s, size_t n, int upper, const char **why);

#endif
