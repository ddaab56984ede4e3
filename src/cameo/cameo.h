/* cameo.h — the community's CAMEO dictionaries (TABARI .verbs/.actors/
 * .agents, PETRARCH2 verb dictionaries, Phoenix actors, agents, discards,
 * issues) compiled into one read-only structure, and the shallow pattern
 * coder that works on our tokens. A side branch of stage 3 (lexicon) and
 * stage 6 (events). Private to the library; the API is in parley.h. */
#ifndef PARLEY_CAMEO_H
#define PARLEY_CAMEO_H

#include <stddef.h>
#include <stdint.h>

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

typedef struct cw {
    uint8_t kind;
    uint8_t stem; /* a prefix of the token is enough (TABARI stems) */
    uint8_t infl; /* regular inflections of the word match (PETRARCH) */
    uint8_t adj;  /* must follow the previous element with no gap */
    uint32_t len; /* word: length; alt: number of alternatives */
    uint32_t ref; /* word: offset in strs; syn: synset; alt: first phrase
                     in alts[] */
    uint64_t h;   /* word: text_hash of the word */
} cw;

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
    uint32_t nlit; /* literal elements: the more, the more specific */
} cpattern;

typedef struct cverb {
    cphrase ph;        /* the verb phrase: words before and after it */
    uint32_t vpos;     /* which element of ph is the verb */
    uint32_t code;     /* the default code (offset in strs) */
    uint32_t block;    /* its block: patterns pat0 .. pat0+npat */
} cverb;

typedef struct cblock {
    uint32_t pat0, npat;
} cblock;

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
    uint32_t next;  /* next entry with the same index key, 0 = none */
} centry;

struct parley_cameo {
    int format; /* enum parley_cameo_format actually used for verbs */
    arena mem;
    char *strs;
    size_t nstrs, strs_cap;
    cw *els;
    size_t nels, els_cap;
    cphrase *alts;  /* alternatives of CW_ALT and phrases of synsets */
    size_t nalts, alts_cap;
    struct csyn { uint32_t name, ph0, nph; } *syns;
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
    /* index: key hash of a phrase's anchor word (its first word; the verb
     * word for verbs) → first entry; open addressing */
    struct cslot { uint64_t h; uint32_t first; } *slots;
    size_t nslots; /* power of two */
    size_t nkeys;
    const char **files; /* names of the loaded files, for messages */
    size_t nfiles;
    size_t bad_lines;
};

/* Strings in the pool. */
static inline const char *cameo_str(const parley_cameo *c, uint32_t off)
{
    return c->strs + off;
}

/* Word match of element e (CW_WORD) against a folded token. */
int cameo_word_match(const parley_cameo *c, const cw *e, const char *t,
                     size_t n);

/* CAMEO code → PLOVER type, mode, QuadClass, Goldstein (plover.c). type
 * is NULL for the root 01 (statements), which PLOVER does not code. */
void cameo_plover(const char *code, const char **type, const char **mode,
                  int *quad, double *goldstein);

/* Parses "YYMMDD" or "YYYYMMDD" into YYYYMMDD; -1 when malformed. */
int32_t cameo_parse_date(const char *s, size_t n);

#endif
