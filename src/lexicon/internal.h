/* internal.h — the lexicon's private records that more than one of its
 * files reads: load.c's maps by key, grammar.c's tables and records, both
 * written to and read from the lexicon's image by image.c (stage 3).
 * Private to src/lexicon/. */
#ifndef PARLEY_LEXICON_INTERNAL_H
#define PARLEY_LEXICON_INTERNAL_H

#include <stdint.h>

#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"

/* ---- load.c: a small string → index map per kind, for exact lookups ---- */

typedef struct key_slot {
    uint64_t h;
    int32_t idx; /* -1 empty */
} key_slot;

typedef struct key_map {
    key_slot *v;
    size_t n, cap;
} key_map;

/* One map per kind, keyed by the record's key (folded). Kept outside the
 * public struct: a lexicon owns exactly one set (see lexicon_free). */
typedef struct lexicon_maps {
    key_map m[LK_NKINDS];
} lexicon_maps;

/* The maps live in a block allocated right after the lexicon struct. */
typedef struct lexicon_box {
    parley_lexicon lx;
    lexicon_maps maps;
} lexicon_box;

/* ---- grammar.c: small open-addressing tables keyed by text_hash ---- */

/* A slot holds its key and value side by side, so that a probe that
 * finds its key reads one cache line, not one in a key array and another
 * in a value array. */
typedef struct hent {
    uint64_t key; /* 0 = empty (a hash of 0 is stored as 1) */
    uint64_t val;
} hent;

typedef struct htab {
    hent *e;
    size_t n, cap;
} htab;

/* ---- the grammar's records ----------------------------------------------- */

typedef struct noun_member {
    uint32_t cls;
    uint8_t nmods;
    uint64_t mods[4]; /* the words before the head, in order */
    uint32_t next;    /* next member with the same head (index + 1) */
    /* bit cls % 32 (noun_class_bit) of the class of this member and of
     * every member after it with the same head: pl_grammar_noun_in asks
     * about one class after another, and most heads have no member of
     * the class asked for */
    uint32_t chain;
} noun_member;

static inline uint32_t noun_class_bit(uint32_t cls)
{
    return pl_grammar_class_bit(cls);
}

typedef struct noun_class {
    const char *name;
    int frame; /* its own event's frame, or -1 */
} noun_class;

/* One row of pos.txt kept for expanding verbs.txt's lemmas into forms. */
typedef struct pos_row {
    uint64_t lemma;  /* text_hash of the lemma */
    const char *form;
    uint32_t tags;
    uint32_t lnext;  /* next row of the same lemma (index + 1) */
} pos_row;

/* plink, a link of a chain of patterns: lexicon.h */

/* What the grammar knows of one word (grammar.h), found with one probe
 * per token. */
typedef lex_word winfo;

struct lex_grammar {
    htab words;   /* hash → its winfo (index + 1) */
    winfo *info;
    size_t ninfo, info_cap;
    htab heads;   /* hash → first noun_member (index + 1) */
    htab verbs;   /* hash of a verb form → first link (index + 1) */
    htab lemmas;  /* hash of a lemma → first pos_row (index + 1) */
    size_t lemmas_rows; /* rows indexed in lemmas so far */
    plink *links;
    size_t nlinks, links_cap;
    htab classes; /* hash of a class name → index + 1 */
    pos_row *rows;
    size_t nrows, rows_cap;
    lex_code *codes;
    size_t ncodes, codes_cap;
    htab code_ix; /* text_hash of a row's code → its index + 1 */
    lex_frame *frames;
    size_t nframes, frames_cap;
    lex_pattern *pats; /* pats[0] unused */
    size_t npats, pats_cap;
    uint32_t be_first; /* predicates' patterns: first link (index + 1) */
    noun_member *members;
    size_t nmembers, members_cap;
    noun_class *ncls;
    size_t nncls, ncls_cap;
    /* the lists of codes (W_CODE_FIRST on), list after list: the codes
     * of list W_CODE_FIRST + k are clist[cfirst[k], cfirst[k + 1]), each
     * lower case and packed into an integer (code_key) */
    uint64_t *clist;
    size_t nclist, clist_cap;
    uint32_t cfirst[W_NCODE_LISTS + 1];
    arena mem;
};

#endif
