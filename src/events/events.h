/* events.h — stages 6 to 8: event triggers and their participants,
 * attributes (date, place, topics) and merging, over the mentions of
 * stage 4/5. Private to the library. */
#ifndef PARLEY_EVENTS_H
#define PARLEY_EVENTS_H

#include <string.h>

#include "syntax/syntax.h"
#include "util/date.h"

/* Whether two strings are equal; the same pointer (a lexicon string)
 * answers at once. */
static inline int str_eq(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* Whether code (or NULL) is of PLOVER type type. (Its first letter
 * first: most codes that a rule asks about are of another type, and
 * strcmp is a call.) */
static inline int code_type_is(const lex_code *code, const char *type)
{
    return code && code->type && code->type[0] == type[0] && !strcmp(code->type, type);
}

typedef struct cand {
    const lex_frame *frame; /* the frame that coded it */
    const lex_code *code;   /* its row of the event table */
    actor src, tgt;
    uint32_t sent;
    uint32_t trig0, trig1; /* trigger tokens */
    int negated;
    int32_t date;      /* YYYYMMDD, YYYYMM00 for a month, 0 unknown */
    int date_stated;   /* the text states the date (else the document's) */
    int place;         /* index into lexicon places, or -1 */
    int place_stated;  /* its own sentence names the place (not only a
                          dateline or an earlier sentence) */
    const char *topics[PARLEY_MAX_TOPICS];
    size_t ntopics;
    const char *why;   /* which rule made it, for the trace */
    int merged_into;   /* -1, or the candidate this one was merged into */
    uint32_t *extra;   /* sentences merged in */
    size_t nextra;
} cand;

typedef struct cand_vec {
    cand *v;
    size_t n, cap;
} cand_vec;

/* What the frames remember across the sentences of a document: who is
 * speaking (a quotation that spans sentences, a "NAME:" paragraph of a
 * press conference). */
typedef struct speech_state {
    actor para;       /* the speaker of the current paragraph */
    int has_para;
    uint32_t para_sent;
    int quote_open;      /* a quotation is open at the end of the sentence */
    int quote_speaker;   /* para is the speaker named after a quotation, */
    uint32_t quote_last; /* which closes in this sentence */
    int quote_on;        /* or the one attributed before it opened */
    actor last_quote;         /* the speaker of the last sentence's quotation, */
    uint32_t last_quote_sent; /* and that sentence + 1 (0: none) */
    struct pl_verb_memo *vm;  /* the thread's verb memo, or NULL */
    /* "The ambassadors who presented their credentials are:" and one
     * person named per sentence after it: the frame of the relative, and
     * the sentence the next item may be in (0: no list) */
    const lex_frame *list_fr;
    uint32_t list_sent;
} speech_state;

/* What the verb matcher keeps from one document to the next on one
 * thread, for one lexicon: the chain of the predicates ("be responsible
 * for"), walked for every "be" and every passive, as an array (events.c).
 * Made empty by pl_verb_memo_new (NULL when out of memory: then nothing
 * is kept), filled on first use; it must not outlive the lexicon it was
 * filled for. pl_verb_memo_free takes NULL. */
typedef struct pl_verb_memo pl_verb_memo;
pl_verb_memo *pl_verb_memo_new(void);
void pl_verb_memo_free(pl_verb_memo *vm);

/* parley_code, with vm (may be NULL) kept from document to document. */
int pl_code_memo(const parley_lexicon *lx, const parley_doc *doc,
                 const parley_code_opts *o, pl_verb_memo *vm, parley_result **out);

/* pl_code_memo in two steps, so that a thread can run the built-in stages
 * over several documents and then the community's dictionaries over them
 * all (src/batch/): each coder's code then stays in the instruction cache
 * from one document to the next, rather than each evicting the other.
 * pl_code_begin codes doc's windows, all but the last fully and the last
 * up to the dictionaries, and makes *out (NULL on failure); pl_code_end
 * finishes it and frees it, giving what pl_code_memo would: 0 and *out,
 * or a PARLEY_E* code. doc's strings must stay valid until then (the
 * options are copied). pl_code_free drops one unfinished (takes NULL). */
typedef struct pl_coding pl_coding;
int pl_code_begin(const parley_lexicon *lx, const parley_doc *doc,
                  const parley_code_opts *o, pl_verb_memo *vm, pl_coding **out);
int pl_code_end(pl_coding *c, parley_result **out);
void pl_code_free(pl_coding *c);
/* pl_code_begin over the n <= PL_CODE_GROUP documents docs[i] (options
 * opts[i], or none when opts is NULL) at once: the whole-document
 * stages of each, then sentence by sentence each stage of the built-in
 * path over every document before the next stage, so that its code and
 * tables stay in the cache. Each document is coded as alone: out[i] and
 * rcs[i] are what pl_code_begin gives for it (a failure fails only its
 * own document). */
#define PL_CODE_GROUP 32
void pl_code_group(const parley_lexicon *lx, size_t n, const parley_doc *const *docs,
                   const parley_code_opts *opts, pl_verb_memo *vm, pl_coding **out,
                   int *rcs);

/* Finds the events of sentence si (parsed in syn) and appends them to cv.
 * Updates the interlocutor group in st. negated: also code negated
 * events (marked). Returns 0 or PARLEY_ENOMEM. */
int pl_events_sentence(arena *a, const parley_lexicon *lx, const text_doc *td,
                    uint32_t si, mention *ms, int nm, const syn_sent *syn,
                    coref_state *st, speech_state *sp, int negated,
                    cand_vec *cv);

/* Marks in unreal[] (one byte per token of the window) the verb groups of
 * sentence syn that tell of no act done: planned, conditional, modal,
 * hoped for, asked, or an infinitive ("prepared to attend", "is scheduled
 * to meet"): UNREAL_VERB on an infinitive's verb, UNREAL_CLAUSE on every
 * token of a planned, conditional or modal clause ("said he will attack
 * Iraq"). The community dictionaries' events on those verbs or with
 * their target in such a clause are left out (pl_cameo_cands), as the
 * grammar leaves out its own, unless their code is an intent or a
 * threat (cameo.txt flag "intent"). */
enum { UNREAL_VERB = 1, UNREAL_CLAUSE = 2 };
void pl_events_unreal(const syn_sent *syn, uint8_t *unreal);

/* Per-document attribute state: the setting (where the document's events
 * happen unless a sentence says otherwise) and the latest event date. */
typedef struct attr_state {
    int setting;      /* place index or -1 */
    const char *setting_cc; /* its country, or NULL */
    int32_t doc_date; /* YYYYMMDD or 0 */
    int32_t last_date;
    int last_place;          /* the latest place a sentence named, or -1 */
    uint32_t last_place_sent;
    actor last_place_src, last_place_tgt; /* that event's participants */
    int meet;                 /* an encounter (cameo.txt 'present' or
                                 'remote': a meeting, a call, a signing)
                                 was told: */
    int meet_remote;          /* a call */
    actor meet_src, meet_tgt; /* its parties */
    int32_t meet_date;        /* and its stated date, or 0 */
    uint32_t meet_sent;       /* the latest sentence that told of it */
    struct attr_memo *memo;   /* the dates and places found in each
                                 sentence, kept for the copies of this
                                 state (pl_attributes_keep); NULL: none */
} attr_state;

void pl_attributes_init(attr_state *as, const parley_lexicon *lx,
                     const text_doc *td, int32_t doc_date);
/* Makes as (and every copy of it made after this) keep the dates and
 * places it finds in each of td's sentences, in memory from a, so that a
 * second coder's events in a sentence (the dictionaries') are dated and
 * placed without looking again (their dates are looked for again when
 * the last date stated differs). Returns 0 or PARLEY_ENOMEM. */
int pl_attributes_keep(attr_state *as, arena *a, const text_doc *td);
/* Dates, places and topics for the candidates [first, cv->n) of sentence
 * si. */
void pl_attributes_sentence(attr_state *as, const parley_lexicon *lx,
                         const text_doc *td, uint32_t si, const mention *ms,
                         int nm, cand_vec *cv, size_t first);

/* The gazetteer place (or venue's place) named at toks[k], and its length
 * in tokens; -1 when none. */
int pl_events_place_at(const parley_lexicon *lx, const token *T, uint32_t k,
                    uint32_t s1, size_t *len);

/* Replaces a state in its meetings by the head of its delegation where
 * the text names one ("The Kazakh delegation was headed by X"). */
void pl_events_delegates(const coref_state *st, cand_vec *cv);

/* A request to set a person free ("called for the release of X",
 * "demanded that X be freed") is made of the party that holds X: the
 * source of the latest coercion of X before it in the document, not X. */
void pl_events_holders(const text_doc *td, cand_vec *cv);

/* Merges duplicates: the same event (type, participants, date) reported
 * twice becomes one with both evidence sentences; an event whose
 * participants are less specific versions of another's (a country for a
 * minister of that country) is merged into it. titled: the number of
 * sentences of the headline (0: none), whose events are better shown by
 * the body's sentence. */
/* Names every person of cv in full, as st's entities name them at last. */
void pl_events_full_names(const coref_state *st, cand_vec *cv);
int pl_events_merge(arena *a, const parley_lexicon *lx, cand_vec *cv, uint32_t titled);

/* Whether a type is symmetric (meetings, agreements, signings). */
int pl_events_symmetric(const cand *c);

#endif
