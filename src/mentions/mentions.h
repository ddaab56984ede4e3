/* mentions.h — stages 4 and 5: actor mentions found in a sentence (a
 * person with office and country, an office, a country, an organisation,
 * a list of them, a pronoun or description) and the document-level state
 * that resolves them to actors (coreference). Private to the library. */
#ifndef PARLEY_MENTIONS_H
#define PARLEY_MENTIONS_H

#include <string.h>

#include "lexicon/lexicon.h"
#include "text/token.h"

/* A resolved participant. Strings live in the document arena. */
typedef struct actor {
    const char *name, *role, *country, *org, *agent;
    uint32_t t0, t1; /* tokens of the mention as written */
    /* name_text: the name as cut from the text's tokens [n0, n1), so
     * that the dictionary can be searched without tokenizing it again
     * (coref.c uses them while name still equals name_text) */
    const char *name_text;
    uint32_t n0, n1;
    int entity;      /* index of the person entity, or -1 */
} actor;

enum mention_kind {
    MK_PERSON,  /* a named person, possibly with office */
    MK_OFFICE,  /* an office holder without a name in the text */
    MK_COUNTRY, /* a country, its government or its people */
    MK_ORG,     /* an organisation */
    MK_PRONOUN, /* he, she, him, her */
    MK_GROUP,   /* the parties, both sides, they, the interlocutors */
    MK_LATTER,
    MK_FORMER,
    MK_HOME     /* our country, the country, your country */
};

enum prep {
    P_NONE, P_WITH, P_OF, P_TO, P_BY, P_BETWEEN, P_IN, P_AT, P_FOR, P_FROM,
    P_ON, P_AGAINST, P_OTHER
};

typedef struct mention {
    uint32_t t0, t1; /* tokens [t0, t1) */
    int kind;
    int prep;        /* preposition governing the mention */
    int modifier;    /* used as a noun modifier ("the UN programme") */
    int possessive;  /* "Kazakhstan's" */
    actor *acts;     /* one per listed actor */
    int nact;
} mention;

typedef struct entity {
    const char *name, *role, *country, *org, *agent;
    const char *surname; /* folded last name token */
    uint32_t last_sent;
} entity;

/* What coreference remembers across the sentences of one document. */
typedef struct coref_state {
    entity *ents;
    int nents, cap;
    int principal;     /* entity index of the document's main actor */
    int last_subject;  /* entity of the latest subject person */
    const char *home;  /* the publisher's or subject's country (ISO3) */
    int32_t doc_date;  /* YYYYMMDD or 0 */
    /* the current interlocutors: participants of the latest meeting */
    actor *group;
    int ngroup;
    uint32_t group_sent;
    /* the latest list of two or more actors, for "urged both sides" */
    actor *list;
    int nlist;
    uint32_t list_sent;
    /* the latest organisation mentioned, for "its Director-General" */
    const char *last_org;
    /* the latest two actor mentions, for "the latter" / "the former" */
    actor recent[2];
    int nrecent;
} coref_state;

/* Finds the actor mentions of sentence [s0, s1) into *out (arena), in
 * text order, resolving each through st (and updating st). Returns the
 * count, or -1 when out of memory. */
int mentions_find(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t s0, uint32_t s1, coref_state *st, mention **out);

/* Chooses the document's home country before coding: the country most
 * often named (nouns and adjectives) in the text. */
void coref_init(coref_state *st, const parley_lexicon *lx, const text_doc *td,
                int32_t doc_date);

/* Resolves a person or office actor against the document's entities and
 * the persons dictionary, registering new persons. Returns the entity
 * index, -1 (no entity) or COREF_NOMEM (out of memory: not "no entity",
 * which would be a silent wrong answer; issue 13, D13). */
#define COREF_NOMEM (-2)
int coref_person(arena *a, const parley_lexicon *lx, const text_doc *td,
                 coref_state *st, actor *ac, uint32_t sent);

/* Copies of actors, for the interlocutor group. */
int coref_set_group(arena *a, coref_state *st, const actor *acts, int n);

/* Fills *ac from entity e. */
void coref_from_entity(const coref_state *st, int e, actor *ac);

/* Whether the folded token is the word w. Callers pass literals, so
 * strlen and memcmp fold into a length test and a few compares. */
static inline int tok_eq(const token *t, const char *w)
{
    size_t n = strlen(w);
    return t->fold_len == n && memcmp(t->fold, w, n) == 0;
}

/* tok_eq for words that are not literals: stops at the first difference
 * instead of measuring w. */
static inline int tok_eq_var(const token *t, const char *w)
{
    const char *f = t->fold;
    for (uint32_t i = 0; i < t->fold_len; i++)
        if (f[i] != w[i])
            return 0; /* also when w ends first: w[i] is NUL, f[i] not */
    return w[t->fold_len] == '\0';
}

/* The grammar's closed word lists (words.c). */
enum word_list {
    W_NOT_NAMES,
    W_PARTICLES,
    W_DETERMINERS,
    W_QUANTIFIERS,
    W_ENDS,
    W_POSS,
    W_GROUP_NOUNS_EARLY,
    W_OFFICE_PREMODS,
    W_GENERIC_HEADS,
    W_KEEP,
    W_LOC,
    W_OK,
    W_LOWER_STARTERS,
    W_PRON,
    W_SELF,
    W_THEY,
    W_HIS,
    W_GROUP_NOUNS,
    W_HOME_NOUN,
    W_HOME_DET,
    W_MODALS,
    W_NEGATORS,
    W_FUTURE_WORDS,
    W_SKIPPABLE,
    W_CALENDAR,
    W_PREPOSITIONS,
    W_NLISTS
};

/* The mask of the word lists that contain the folded form whose
 * text_hash is h (bit W_x), with WORDS_KNOWN set. */
uint32_t words_mask(uint64_t h);

/* Sets the word-list mask of toks[0, n), once per document. */
void words_annotate(token *toks, size_t n);
/* Builds the word lists' table on first use: 0, or PARLEY_ENOMEM (then
 * words are in no list; the coder must not run, and the next call tries
 * again). */
int words_ready(void);

#define WORDS_KNOWN (1u << 31)

/* Whether the folded token is in word list w (enum word_list). */
static inline int tok_in(const token *t, int w)
{
    uint32_t m = t->words & WORDS_KNOWN ? t->words : words_mask(t->hash);
    return (m >> w) & 1;
}

#endif
