/* cameo.h — the community's CAMEO dictionaries (TABARI .verbs/.actors/
 * .agents, PETRARCH2 verb dictionaries, Phoenix actors, agents, discards,
 * issues) compiled into one read-only structure, and the shallow pattern
 * coder that works on our tokens. A side branch of stage 3 (lexicon) and
 * stage 6 (events). Private to the library; the API is in parley.h. */
#ifndef PARLEY_CAMEO_H
#define PARLEY_CAMEO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "parley.h"
#include "text/token.h"
#include "util/arena.h"

/* One element of a phrase or pattern. */
enum cw_kind {
    CW_WORD, /* a literal word */
    CW_SYN,  /* &SYNSET: any of its phrases */
    CW_ALT,  /* { A | B }: any of the alternatives */
    CW_VERB, /* * */
    CW_SRC,  /* $ */
    CW_TGT,  /* + */
    CW_CMP,  /* % */
    CW_SKIP  /* ^ */
};

/* (load.c's commit() copies an element field by field: a new field is
 * copied there too.) */
typedef struct cw {
    uint8_t kind;
    uint8_t stem; /* a prefix of the token is enough (TABARI stems) */
    uint8_t infl; /* regular inflections of the word match (PETRARCH):
                     CW_INFL_ALL or CW_INFL_TVERB */
    uint8_t adj;  /* must follow the previous element with no gap */
    uint8_t grp;  /* continues a PETRARCH phrase group "(TO SANCTIONS)":
                     a prepositional phrase, which no infinitive breaks */
    uint8_t exact; /* TABARI's "WORD=": this word only, no endings */
    uint8_t sbit;  /* word: cameo_second_bit(wid), tested against a
                      token's bits before its keys are */
    uint32_t len; /* word: length; alt: number of alternatives */
    uint32_t ref; /* word: offset in strs; syn: synset; alt: first phrase
                     in alts[] */
    uint32_t wid; /* word: its id in the word table (words[]); syn, alt:
                     the id of its set of phrases (asets[]) */
} cw;

/* Which regular endings of its word an element accepts (cw.infl; 0:
 * none): PETRARCH's words -s -es -'s -s' -d -ed -ing and a doubled
 * consonant where English spelling gives them to the word (-es after s,
 * x, z, ch, sh, o; -d after e, -ed otherwise), but its patterns' and
 * synsets' words none; TABARI's verbs -s -es -d -ed -en -ing whatever
 * the word (no possessive, no doubling: "BANNED" is a word of its own). */
enum { CW_INFL_ALL = 1, CW_INFL_TVERB = 3 };

/* cword.pairs: the word is the third of some entry of parley_cameo.thirds */
enum { CWORD_THIRD = 4 };

/* No word id: a token that is no dictionary word. */
#define CW_NONE UINT32_MAX

/* An interned dictionary word: every distinct folded word once, with
 * what its elements allow, so that a token can be compared with all the
 * dictionaries' words at once (match.c: token keys). */
typedef struct cword {
    uint64_t h;       /* text_hash */
    uint32_t str, len; /* offset in strs, length */
    uint8_t stem;     /* some element of this word is a stem */
    uint8_t infl;     /* some element matches its inflections (len >= 2) */
    uint8_t pairs;    /* 1: first word of parley_cameo.pairs, 2: of gpairs;
                         CWORD_THIRD */
    uint8_t has;      /* bit x: index entries of class x (enum cclass) */
    uint64_t seconds; /* bits cameo_second_bit(w2) of the second words it
                         is paired with: a token that has none is passed */
} cword;

static inline uint32_t cameo_second_bit(uint32_t wid)
{
    return (wid * 0x9E3779B1u) >> 26; /* 0 .. 63 */
}

/* A phrase is a run of elements in the element pool. */
typedef struct cphrase {
    uint32_t el, n;
} cphrase;

typedef struct ccode {
    uint32_t code; /* offset in strs */
    int32_t from, to; /* YYYYMMDD bounds, 0 = open */
} ccode;

typedef struct cactor {
    uint32_t code0, ncode; /* into codes[] */
    uint32_t line, file;   /* where it was defined */
} cactor;

typedef struct cagent {
    uint32_t code; /* offset in strs, without the ~ */
    uint8_t before; /* NGO~: the code goes before the actor's */
} cagent;

typedef struct cpattern {
    cphrase ph;    /* with a CW_VERB element unless verb-only */
    uint32_t code; /* offset in strs: "042", "032:033", "---" */
    uint32_t nlit; /* words, sets and % compounds: the more, the more specific */
    uint32_t nwords; /* of which plain words: of equals, the more the better */
    uint32_t req0, nreq; /* its word elements' ids: preq[req0 .. req0 + nreq) */
    uint64_t rmask;      /* their bits cameo_bloom_bit(id) & 63: a pattern
                            whose bit a sentence lacks cannot match there */
    uint8_t dom;         /* a dominant code ("[080!]"): see cverb.dom */
} cpattern;

/* A pattern as best_pattern first tests it, in trial order (porder):
 * most patterns of a block are passed over on this alone, without
 * reading the pattern itself. 16 bytes, so that a block's scan reads few
 * lines. */
typedef struct cpscan {
    uint64_t rmask; /* cpattern.rmask: unfolded, as a sentence's words
                       fill half as many of its bits as of 32 */
    uint32_t bits;  /* the Bloom bits (cameo_bloom_bit) of its first two
                       required words, CAMEO_BLOOM_ANY for none, in bits
                       0-11 and 12-23; cpattern.nlit in bits 24-31, or
                       CPSCAN_NLIT when it is that or more */
    uint32_t pat;   /* the pattern (porder's entry) */
} cpscan;

enum { CPSCAN_NLIT = 255 };

/* A Bloom bit every sentence has (bit 0 of the filter's 33rd word). */
enum { CAMEO_BLOOM_ANY = 2048 };

typedef struct cverb {
    cphrase ph;        /* the verb phrase: words before and after it */
    uint32_t vpos;     /* which element of ph is the verb */
    uint32_t code;     /* the default code (offset in strs) */
    uint32_t block;    /* its block: patterns pat0 .. pat0+npat */
    uint8_t dom;       /* TABARI's dominant code ("ATTEND [031!]"): when
                          it codes, the sentence's other verbs do not */
    uint8_t sub;       /* TABARI's subordinate code ("SAID [023?]"): a
                          later verb's pattern reaching back over it codes
                          instead */
} cverb;

/* A block's patterns are pats[pat0 .. pat0 + npat). PETRARCH files
 * patterns under the block's name, so blocks of one name share them: the
 * patterns tried for a block are porder[ord0 .. ord0 + nord), those of
 * every block of its name, most literal elements first, dictionary order
 * among equals. */
typedef struct cblock {
    uint32_t pat0, npat;
    uint32_t name;      /* offset in strs of its name; UINT32_MAX: none */
    uint32_t ord0, nord;
} cblock;

/* A table of lists filed by two numbers, open addressing: the lists of
 * (w1, w2) are ents[start .. start + n); n = 0 marks an empty slot. */
typedef struct cpair {
    uint32_t w1, w2;
    uint32_t start, n;
    uint32_t nrest; /* parley_cameo.pairs and gpairs: the list's first
                       nrest entries have no third word right after the
                       second; the others are filed in thirds as well */
} cpair;

typedef struct cpairs {
    cpair *slots;
    size_t nslots; /* a power of two, or 0 */
    uint32_t *ents;
} cpairs;

/* A set of alternative phrases: a synset's, or the { A | B } of a CW_ALT
 * element. Its phrases that start with a word are filed by (set, word)
 * in parley_cameo.aset_words; the others are aset_any[any0 .. any0 +
 * nany). */
typedef struct caset {
    uint32_t any0, nany;
    uint64_t first; /* bits cameo_second_bit of its phrases' first words:
                       a token none of whose keys has one starts none */
} caset;

typedef struct cissue {
    uint32_t topic; /* offset in strs */
    uint32_t cat;   /* the <ISSUE CATEGORY> it belongs to (strs) */
    uint8_t neg;    /* ~phrase: a phrase that cancels the issue */
} cissue;

/* What a dictionary phrase names. */
enum centry_kind { CE_ACTOR, CE_AGENT, CE_VERB, CE_DISCARD, CE_ISSUE, CE_NOUN, CE_ADJ };

typedef struct centry {
    uint8_t kind;
    uint8_t story;  /* discard: the whole story */
    cphrase ph;
    uint32_t idx;   /* into the kind's array */
} centry;

/* What the coder tests of an indexed entry before it reads the entry
 * itself (parley_cameo.ix_pre, parallel to ix_ents): 8 bytes, so that a
 * list's scan reads one array in order instead of an entry, its verb and
 * its elements for each (match.c: best_entry_keys, verb_at_uncached). */
typedef struct cpre {
    uint32_t mask; /* verbs of more than one element: the Bloom bits
                      (cameo_bloom_bit) of the phrase's words, bit b when
                      a bit is b mod 32; actors and agents: centry.idx
                      (best_entry_keys); 0 otherwise */
    uint8_t vpos;  /* verbs: cverb.vpos, or 255 when it is that or more */
    uint8_t kind;  /* centry.kind */
    uint8_t word;  /* 1: the phrase is one word element (CW_WORD) */
    uint8_t wf;    /* with word: its cw.infl in bits 0-1, CPRE_STEM;
                      CPRE_LONG */
} cpre;

/* What the coder tests of an entry of a pairs or gpairs list before it
 * reads the entry (parley_cameo.pair_pre, parallel to their ents): an
 * entry of just its two words is matched from the keys its words were
 * found by (match.c: consider_pair). */
typedef struct cppre {
    uint8_t kind; /* centry.kind */
    uint8_t two;  /* 1: the phrase is its two word elements */
    uint8_t wf0, wf1; /* with two: the words' cw.infl in bits 0-1,
                         CPRE_STEM */
} cppre;

/* CPRE_LONG: the phrase has more than one element, so that it spans
 * more than one token (verb_at_uncached's nouns) */
enum { CPRE_STEM = 0x80, CPRE_LONG = 0x40 };

/* The index's classes: the kinds each lookup wants, in dictionary order
 * (actors and agents compete for the same words, so they share one). */
enum cclass { CX_ACTOR, CX_VERB, CX_NOUN, CX_ADJ, CX_DISCARD, CX_ISSUE, CX_N };

struct parley_cameo {
    int format; /* enum parley_cameo_format actually used for verbs */
    arena mem;
    char *strs;
    size_t nstrs, strs_cap;
    cw *els;
    size_t nels, els_cap;
    cphrase *alts;  /* alternatives of CW_ALT and phrases of synsets */
    size_t nalts, alts_cap;
    /* synonym sets: name, phrases alts[ph0 .. ph0 + nph), and how deeply
     * other sets and alternatives nest in them */
    struct csyn { uint32_t name, ph0, nph, depth; } *syns;
    size_t nsyns, syns_cap;
    ccode *codes;
    size_t ncodes, codes_cap;
    cactor *actors;
    size_t nactors, actors_cap;
    cagent *agents;
    size_t nagents, agents_cap;
    cverb *verbs;
    size_t nverbs, verbs_cap;
    cblock *blocks;
    size_t nblocks, blocks_cap;
    cpattern *pats;
    size_t npats, pats_cap;
    cissue *issues;
    size_t nissues, issues_cap;
    centry *ents; /* ents[0] unused */
    size_t nents, ents_cap;
    /* the word table: ids of CW_WORD elements; wslots is an open
     * addressing table of id + 1 (0 empty), nwslots a power of two */
    cword *words;
    size_t nwords, words_cap;
    uint32_t *wslots;
    size_t nwslots;
    /* a Bloom filter of the stem words' hashes (cameo_stem_bit) */
    uint64_t *stems;
    int has_stems; /* some word is a stem (TABARI dictionaries) */
    uint64_t stem_lens; /* bit k: a stem of k bytes (bit 63: 63 or more) */
    /* index: the entries whose anchor word (the first word; the verb word
     * for verbs) has id w and whose class is x are
     * ix_ents[ix_start[w * CX_N + x] .. ix_start[w * CX_N + x + 1]), in
     * dictionary order. Entries anchored on no word are not indexed. */
    uint32_t *ix_start;
    uint32_t *ix_ents;
    cpre *ix_pre; /* per ix_ents entry (cpre); made by pl_cameo_finish,
                     never cached */
    /* per actor: the offset in strs of its code when it has no dated
     * ones, the code of every date; UINT32_MAX for the others (made with
     * the index; NULL before) */
    uint32_t *afix;
    cppre *pair_pre[2]; /* per pairs.ents and gpairs.ents entry (cppre),
                           made with them; NULL without pairs */
    /* per word: the bits cameo_second_bit of the second words of the
     * issue (discard) phrases filed under it whose first two elements are
     * words (the token after it must have one of them, as these phrases
     * are matched with no gap), or UINT64_MAX when some phrase filed there
     * has another shape; NULL before the index */
    uint64_t *issue_next, *discard_next;
    /* the words with a story discard filed under them (CX_DISCARD,
     * centry.story) by their first two bytes: story_len[cameo_story_slot
     * (w)] is the length of the shortest such word w, 255 when none has
     * that slot (a word of one or two bytes is in every slot of its first
     * byte; the slots of a word with a dot among its first two bytes are
     * 1). A key of a token is a word of the token's first two bytes
     * (its first byte when it is shorter than 3), never longer than the
     * token (pl_cameo_token_keys), so that the words of a sentence looked
     * at for a story discard alone are passed mostly with no look-up
     * (match.c: may_discard_story). Made by pl_cameo_finish, never
     * cached; NULL without an index. */
    uint8_t *story_len;
    /* actors and agents whose second element is a word, filed by their
     * two words' ids: pairs when the second must follow the first
     * directly ("UNITED_STATES"), gpairs when words may come between. A
     * token tries only the phrases the tokens after it can continue.
     * They are not in ix_ents. */
    cpairs pairs, gpairs;
    /* the entries of a pairs or gpairs list whose third element is a word
     * right after the second, filed again by the list (its slot in pairs,
     * or pairs.nslots + its slot in gpairs) and that third word: "MINISTER
     * OF" has hundreds of offices, and the word after "of" picks a few */
    cpairs thirds;
    /* sets of alternative phrases (caset): phrases of set s starting
     * with word w are aset_words' list (s, w), as indexes into alts[] */
    caset *asets;
    size_t nasets;
    uint32_t *aset_any;
    cpairs aset_words;
    uint32_t *porder; /* patterns in the order tried (cblock) */
    struct cpscan *pscan; /* what best_pattern tests of them before
                             looking at the pattern, in the same order */
    size_t norder;
    uint32_t *preq;   /* word ids required by patterns (cpattern) */
    size_t npreq;
    /* the built-in data/cameo.txt, for coding without a lexicon
     * (parley_cameo_code) */
    lex_code *table;
    size_t ntable, table_cap;
    /* the coder's closed word classes (cameo_word_class): an open
     * addressing table of CAMEO_WCLS_SLOTS slots, empty when len is 0 */
    struct cwcls { uint64_t h; uint32_t cls; uint8_t len; char w[15]; } *wcls;
    /* the classes of the words of one byte (",", ";", "a"), by byte: what
     * wcls says of them, without a probe (most punctuation has none) */
    uint16_t wcls1[256];
    const char **files; /* names of the loaded files, for messages */
    size_t nfiles;
    size_t bad_lines;
    uint64_t serial; /* a number no other set loaded by this process has
                        (words.c: its caches know whose words they hold) */
    /* read from the dictionary cache (cache.c): the arrays above but
     * table, wcls and files point into map[0 .. map_len), which is
     * munmap'ed with the set when map_owned; NULL when loaded from text */
    const void *map;
    size_t map_len;
    int map_owned;
};

/* Strings in the pool. */
static inline const char *cameo_str(const parley_cameo *c, uint32_t off)
{
    return c->strs + off;
}

/* Word match of element e (CW_WORD) against a folded token t[0..n),
 * NUL-terminated at n, by comparing strings: the definition of a match
 * (exact; a stem's prefix; PETRARCH's regular inflections). The coder
 * uses the token keys below, which give the same answers. */
int pl_cameo_word_match(const parley_cameo *c, const cw *e, const char *t,
                     size_t n);

/* The id of the dictionary word s[0..n), followed by the byte ch when ch
 * >= 0, whose text_hash is h; CW_NONE when there is none. */
uint32_t pl_cameo_word_find(const parley_cameo *c, const char *s, size_t n,
                         int ch, uint64_t h);

/* The keys of a token: the dictionary words it can match and how. */
enum { CK_EXACT = 1, /* the token itself */
       CK_STEM = 2,  /* a proper prefix of the token */
       CK_INFL = 4,  /* a base the token inflects (PETRARCH's rules) */
       CK_LOOK = 8,  /* looked up in the index (see pl_cameo_token_keys) */
       /* with CK_INFL, the kind of ending: */
       CK_VERBAL = 16, /* a verb's (-ed, -d, -ing, -en), not a plural one */
       CK_POSS = 32,   /* a possessive's (-'s, -s') */
       CK_DOUBLE = 64, /* a doubled consonant's (banned, banning) */
       CK_EN = 128,    /* -en (TABARI's verbs only) */
       CK_ODD = 256,   /* an ending English does not give this base
                          ("departes", "departd"): TABARI's verbs only */
       /* what the word has, copied from cword.has with CK_LOOK, so that
        * the coder asks no index about a word with nothing there: */
       CK_HAS = 1 << 16, /* CK_HAS << x: entries of class x (enum cclass) */
       CK_PAIRS1 = 1 << 24, /* first word of a pair (cword.pairs & 1) */
       CK_PAIRS2 = 1 << 25, /* (cword.pairs & 2) */
       /* on every key, looked up or not: */
       CK_THIRD = 1 << 26   /* (cword.pairs & CWORD_THIRD) */ };

/* Whether an element accepting endings infl (CW_INFL_*) accepts a key
 * of flags f that has CK_INFL. */
static inline int cameo_infl_ok(uint8_t infl, uint32_t f)
{
    switch (infl) {
    case CW_INFL_ALL:
        return !(f & (CK_EN | CK_ODD));
    case CW_INFL_TVERB:
        return !(f & (CK_POSS | CK_DOUBLE));
    }
    return 0;
}

typedef struct ckey {
    uint32_t wid;
    uint32_t flags;
} ckey;

/* Writes the keys of folded token t[0..n) (NUL-terminated at n) to keys,
 * which has room for max of them: exact first, then prefixes longest
 * first, then the base with a final e or y restored; each word once.
 * Returns their number; when it is more than max, only max were written
 * and not in order: call again with room for them all (n + 1 always
 * suffices). An element e (CW_WORD) matches the token exactly when
 * e->wid is among them with CK_EXACT, with CK_STEM and e->stem, or with
 * CK_INFL and cameo_infl_ok(e->infl, flags). */
size_t pl_cameo_token_keys(const parley_cameo *c, const char *t, size_t n,
                        ckey *keys, size_t max);

/* pl_cameo_token_keys with the token's text_hash h0 already known. */
size_t pl_cameo_token_keys_h(const parley_cameo *c, const char *t, size_t n,
                             uint64_t h0, ckey *keys, size_t max);

enum { CAMEO_STEM_BITS = 1 << 16 };

/* The bit of parley_cameo.stems for a word of text_hash h. */
static inline uint32_t cameo_stem_bit(uint64_t h)
{
    return (uint32_t)((h ^ (h >> 32)) & (CAMEO_STEM_BITS - 1));
}

enum { CAMEO_STORY_SLOTS = 1 << 16 };

/* The slot in parley_cameo.story_len of a word of two bytes or more (or
 * one and its NUL): its first two bytes, the first in the low byte (one
 * load of two bytes on a little-endian machine; the table is made at
 * start-up, never cached, so the order is the process's own). */
static inline size_t cameo_story_slot(const char *w)
{
    return (size_t)(unsigned char)w[0] | (size_t)(unsigned char)w[1] << 8;
}

/* The bit of a word id in a sentence's Bloom filter of 2048 bits. */
static inline uint32_t cameo_bloom_bit(uint32_t wid)
{
    return (wid * 0x9E3779B1u) >> 21;
}

/* Spreads a hash or a pair of ids over the slots of a table. */
static inline uint64_t cameo_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* The slot of (w1, w2) in t, or NULL when none. */
static inline const cpair *cameo_pair_at(const cpairs *t, uint32_t w1, uint32_t w2)
{
    if (!t->nslots)
        return NULL;
    size_t mask = t->nslots - 1;
    for (size_t k = cameo_mix(((uint64_t)w1 << 32) | w2) & mask; t->slots[k].n;
         k = (k + 1) & mask)
        if (t->slots[k].w1 == w1 && t->slots[k].w2 == w2)
            return &t->slots[k];
    return NULL;
}

/* The list filed under (w1, w2) in t: *n entries (0: none). */
static inline const uint32_t *cameo_pair(const cpairs *t, uint32_t w1,
                                         uint32_t w2, size_t *n)
{
    *n = 0;
    if (!t->nslots)
        return NULL;
    size_t mask = t->nslots - 1;
    for (size_t k = cameo_mix(((uint64_t)w1 << 32) | w2) & mask; t->slots[k].n;
         k = (k + 1) & mask)
        if (t->slots[k].w1 == w1 && t->slots[k].w2 == w2) {
            *n = t->slots[k].n;
            return t->ents + t->slots[k].start;
        }
    return NULL;
}

/* Entries of class x anchored on word wid: *n of them (for CX_ACTOR,
 * those not filed by pairs). */
static inline const uint32_t *cameo_index(const parley_cameo *c, uint32_t wid,
                                          int x, size_t *n)
{
    size_t k = (size_t)wid * CX_N + (size_t)x;
    *n = c->ix_start[k + 1] - c->ix_start[k];
    return c->ix_ents + c->ix_start[k];
}

/* ---- closed word classes (load.c) ---- */

/* The function words the coder tests ("was", "not", "that", "and", …),
 * by class. */
enum {
    WC_AUX = 1 << 0,      /* be, is, was, been: passives */
    WC_GROUP = 1 << 1,    /* auxiliaries, modals, "to", a few adverbs: a
                             verb group's words */
    WC_NEG = 1 << 2,      /* not, n't, never */
    WC_DENY = 1 << 3,     /* deny, refuse, fail, stop…: deny what follows */
    WC_SUBORD = 1 << 4,   /* until, that, which, because…: begin a clause */
    WC_PREPTIME = 1 << 5, /* in, on, at, today, Monday…: a time or place */
    WC_CONJ = 1 << 6,     /* and, but, ";", while, whereas: end a clause */
    WC_PREP = 1 << 7,     /* on, with, by, of…: a prepositional phrase */
    WC_NOW = 1 << 8,      /* today, yesterday, now…: a time with no noun
                             phrase ("said today") */
    WC_DET = 1 << 9,      /* a, an, its, their…: begin a noun phrase
                             (not "the", which may join a compound) */
    WC_MODAL = 1 << 10,   /* will, should, can, "ca" of "ca n't"…: the
                             Treebank's MD, no verb */
    WC_PRON = 1 << 11,    /* he, she, they, him, her, them, it: may stand
                             for an actor (add_pronouns) */
    WC_REPORT = 1 << 12,  /* that, it, he, she, they, we: may open a
                             reported clause (reported_clause) */
    WC_COMMA = 1 << 13    /* ",": a sentence without one has no comma to
                             look at */
};

enum { CAMEO_WCLS_SLOTS = 512 };

/* Builds c->wcls. Returns 0 or PARLEY_ENOMEM. */
int pl_cameo_word_classes(parley_cameo *c);

/* The classes of the folded word w[0..n) whose text_hash is h; 0 for
 * every other word. */
static inline uint32_t cameo_word_class(const parley_cameo *c, const char *w,
                                        size_t n, uint64_t h)
{
    if (n == 1)
        return c->wcls1[(unsigned char)w[0]];
    if (n >= 15)
        return 0;
    for (size_t k = (size_t)(h ^ (h >> 29)) & (CAMEO_WCLS_SLOTS - 1); c->wcls[k].len;
         k = (k + 1) & (CAMEO_WCLS_SLOTS - 1))
        if (c->wcls[k].h == h && c->wcls[k].len == n && !memcmp(c->wcls[k].w, w, n))
            return c->wcls[k].cls;
    return 0;
}

/* ---- the coder on a text_doc (match.c) ---- */

/* One event coded with the dictionaries, in the tokens of the text_doc it
 * was coded on. Strings live in the dictionaries or the arena given to
 * pl_cameo_code_text. */
typedef struct cameo_ev {
    const char *code;         /* event code ("0841"), never a null code */
    const char *src, *tgt;    /* actor codes ("RUSMIL", "IGOUNO", "---GOV") */
    uint32_t sent;            /* sentence index in the text_doc */
    uint32_t v0, v1;          /* the verb's tokens [v0, v1) */
    uint32_t s0, s1, t0, t1;  /* the source's and the target's tokens */
    int negated;              /* "did not help": a negation before the
                                 verb that its pattern does not name */
    uint32_t a0, a1;          /* an accusation made of an act that the
                                 clause reports ("claimed that ISIL had
                                 attacked Iraq"): the act's verb tokens;
                                 else 0, 0 */
    const char *topics[PARLEY_MAX_TOPICS]; /* issues of the sentence */
    size_t ntopics;
    int dom;                  /* coded by a dominant code ("[031!]") */
} cameo_ev;

typedef struct cameo_evs {
    cameo_ev *v;
    size_t n, cap;
} cameo_evs;

/* Whether tokens [t0, t1) of sentence si name a place rather than an
 * actor there ("at the UN in New York"); NULL: never. */
typedef int (*cameo_place_fn)(const void *ud, const text_doc *td, uint32_t si,
                              uint32_t t0, uint32_t t1);

typedef struct cameo_run {
    const parley_cameo_code_opts *o; /* may be NULL */
    int32_t date;          /* YYYYMMDD for date-restricted codes; 0: none */
    uint32_t sent0, sent1; /* the sentences of td to code */
    cameo_place_fn is_place;
    const void *place_ud;
    /* names are capitalised in the text: a country's code on one word in
     * lower case ("scaling a pole", "fine china") is no actor */
    int proper_names;
    /* a byte per sentence of td, or NULL: a sentence whose byte is set
     * (the built-in grammar coded it) is not coded; a story discard is
     * still looked for in it */
    const uint8_t *skip;
} cameo_run;

/* Codes sentences [run->sent0, run->sent1) of td (tokens from
 * pl_text_analyse, annotated or not) and appends their events to out, in
 * sentence order; memory from a. With run->o->per_sentence the tokens of
 * those sentences are coded as one sentence, numbered sent0. Returns 0 or
 * PARLEY_ENOMEM. */
int pl_cameo_code_text(const parley_cameo *c, const text_doc *td,
                    const cameo_run *run, arena *a, cameo_evs *out);

/* The sector of a CAMEO actor code: what follows its country ("RUSMIL"
 * -> "MIL", "---GOV" -> "GOV"), or the kind of a non-state code ("IGOUNO"
 * -> "IGO"); NULL for a bare country. Copied into a when needed. */
const char *pl_cameo_code_sector(arena *a, const char *code);

/* Parses "YYMMDD" or "YYYYMMDD" into YYYYMMDD; -1 when malformed or not
 * a day that exists (pl_date_check). */
int32_t pl_cameo_parse_date(const char *s, size_t n);

#endif
