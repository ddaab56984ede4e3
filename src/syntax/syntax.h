/* syntax.h — stage 3½: a deterministic shallow parse of each sentence over
 * its tokens, lexicon hits and actor mentions. tag.c gives every token a
 * part of speech in context; chunk.c groups tokens into noun phrases
 * (with the actor mention they hold), verb groups (auxiliaries, adverbs,
 * modals, negation, tense, voice) and prepositional phrases; clause.c cuts
 * the chunks into clauses (main, coordinated, complement, relative,
 * adverbial, participial, infinitival), finds each clause's subject and
 * who says it (quotations, "X said", "according to X"). Event frames
 * (src/events/) match over these structures. Private to the library. */
#ifndef PARLEY_SYNTAX_H
#define PARLEY_SYNTAX_H

#include "mentions/mentions.h"

/* Parts of speech in context (token.tag). */
enum syn_tag {
    ST_NONE,
    ST_NOUN, ST_PROPN, ST_ADJ, ST_NUM,
    ST_DET, ST_POSSDET, ST_PRON, ST_POSS, /* 's */
    ST_VERB, ST_AUX, ST_MODAL, ST_NEG, ST_ADV,
    ST_PREP, ST_TO, ST_CONJ, ST_SUB, ST_REL, ST_WH,
    ST_PUNCT, ST_QUOTE
};

/* Tags every token of the document (toks annotated by pl_lexicon_annotate
 * first, which sets their word lists too). */
void pl_syntax_tag(const parley_lexicon *lx, text_doc *td);

/* The first token of the sentence [s0, s1)'s own words after a dateline
 * ("BEIJING, May 21 (Xinhua) -- Noting that …": "Noting"), the token
 * after the first dash among its first 16 tokens when no lower-case word
 * outside brackets comes before it; s0 when there is no dateline. */
uint32_t pl_syntax_body(const token *T, uint32_t s0, uint32_t s1);

/* Whether sentence si is a headline: the first line of a document of
 * more than one, without a full stop ("Court jails opposition figure",
 * "China stages drills"). */
int pl_syntax_headline(const text_doc *td, size_t si);

/* ---- chunks ------------------------------------------------------------ */

enum chunk_kind {
    CK_NP,    /* a noun phrase; .mention is the actor it is, if any */
    CK_VG,    /* a verb group */
    CK_PP,    /* a preposition and its noun phrase (.np) */
    CK_ADV,   /* adverbs standing alone */
    CK_CONJ,  /* and, or, but */
    CK_SUB,   /* a subordinator: that, because, if, while, … */
    CK_REL,   /* a relative pronoun: who, which, whose, that */
    CK_TO,    /* "to" before a verb group */
    CK_PUNCT, /* one punctuation token */
    CK_QUOTE, /* a quotation mark */
    CK_OTHER
};

/* Verb group flags. */
enum vg_flag {
    VG_NEG = 1 << 0,     /* not, never, n't, no longer */
    VG_PASSIVE = 1 << 1, /* be + past participle */
    VG_FUTURE = 1 << 2,  /* will, shall, is to, is expected to */
    VG_MODAL = 1 << 3,   /* would, could, may, might, should, must, can */
    VG_PERFECT = 1 << 4, /* has, had + participle */
    VG_INF = 1 << 5,     /* "to" + verb */
    VG_ING = 1 << 6,     /* a bare -ing form ("accusing them …") */
    VG_PART = 1 << 7,    /* a bare past participle ("launched by …") */
    VG_PAST = 1 << 8,    /* finite past tense */
    VG_PRESENT = 1 << 9, /* finite present tense */
    VG_COPULA = 1 << 10, /* "be" is the main verb */
    VG_PLURAL_OK = 1 << 11,
    VG_QUOTE = 1 << 12   /* a quotation mark opens after "to" ("urged X to
                            "refrain from …""): the group holds it */
};

/* Noun phrase flags. */
enum np_flag {
    NP_NEG = 1 << 0,      /* "no agreements" */
    NP_FUTURE = 1 << 1,   /* "the upcoming visit", "the next meeting" */
    NP_POSSESSOR = 1 << 2 /* the NP owns what follows ("Bahrain's") */
};

typedef struct chunk {
    uint32_t t0, t1;  /* tokens [t0, t1) */
    uint8_t kind;     /* enum chunk_kind */
    uint8_t prep;     /* CK_PP: enum prep */
    uint16_t flags;   /* enum vg_flag or enum np_flag */
    uint32_t head;    /* head token: the main verb, the head noun */
    int mention;      /* CK_NP: the mention that is this NP, or -1 */
    int owner;        /* CK_NP: an actor mention inside it that owns it
                         ("Kazakhstan's policy", "the Philippine claim"),
                         or -1 */
    int adj_country;  /* CK_NP: a country adjective in a plain noun phrase
                         ("the Philippine claim"): the country's index in
                         the lexicon, or -1 */
    int np;           /* CK_PP: the chunk of its noun phrase */
    int clause;       /* the clause it belongs to */
} chunk;

/* ---- clauses ----------------------------------------------------------- */

enum clause_kind {
    CL_MAIN,  /* a sentence's main clause */
    CL_COORD, /* joined by and/but to the one before */
    CL_COMP,  /* a "that" complement, or reported speech */
    CL_REL,   /* a relative clause */
    CL_ADV,   /* an adverbial clause: because, after, while, if … */
    CL_PART,  /* a participial adjunct: ", accusing them of …" */
    CL_INF    /* an infinitive: "to stop …" */
};

/* Clause flags. */
enum clause_flag {
    CF_QUOTE = 1 << 0,    /* inside quotation marks */
    CF_REPORTED = 1 << 1, /* someone's statement (speaker known) */
    CF_HYPO = 1 << 2,     /* a condition, question, plan or hope */
    CF_QUESTION = 1 << 3,
    CF_COND = 1 << 4,     /* an "if"/"unless" clause */
    CF_REDUCED = 1 << 5   /* a participle after an object that is not its
                             subject's document: its subject is that
                             object, if an actor ("met protesters
                             demanding …"), else none ("blocked a
                             statement criticising …") */
};

typedef struct clause {
    int c0, c1;     /* chunks [c0, c1) */
    uint8_t kind;   /* enum clause_kind */
    uint16_t flags; /* enum clause_flag */
    int vg;         /* its verb group, or -1 */
    int subj;       /* the chunk of its subject (possibly in another
                       clause: a coordinated verb shares the subject),
                       or -1 */
    int parent;     /* the clause it depends on, or -1 */
    int speaker;    /* the chunk of who says it (an NP that is an actor
                       mention), or -1; -2 when the speaker is the
                       document's (a quoted readout) */
    int opener;     /* CL_ADV: the subordinator's or preposition's token */
    int cont;       /* the clause this one resumes after a parenthesis
                       ("X, thanking Y, praised Z"), or -1 */
    int gap;        /* a relative clause with a subject of its own: its
                       object is the antecedent ("the centre, which I
                       visited"), or -1 */
} clause;

/* The parse of one sentence. Arrays live in the document arena. */
typedef struct syn_sent {
    chunk *ch;
    int nch;
    clause *cl;
    int ncl;
    int question; /* the sentence ends with "?" */
} syn_sent;

/* Who is speaking across sentences: a quotation that spans sentences,
 * a "NAME:" paragraph of a press conference. */
typedef struct syn_state {
    int in_quote;          /* a quotation opened and not yet closed */
    const actor *quote_speaker; /* its speaker, once known */
    const actor *para_speaker;  /* the speaker of the current paragraph */
    int para_speaker_set;
} syn_state;

/* Chunks and clauses of sentence si, over its mentions ms[0..nm), the
 * document tagged (pl_syntax_tag). Returns 0 or PARLEY_ENOMEM. */
int pl_syntax_parse(arena *a, const parley_lexicon *lx, const text_doc *td,
                 uint32_t si, const mention *ms, int nm, syn_sent *out);

/* The chunks of sentence si into *out (arena); returns their count or -1
 * when out of memory (chunk.c). */
int pl_syntax_chunks(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t si, const mention *ms, int nm, chunk **out);

/* The chunk that holds token t, or -1. Inline: the event frames ask it
 * about a hundred thousand times per 2 MB, and the call cost as much as
 * a step of the search. */
static inline int pl_syntax_chunk_at(const syn_sent *s, uint32_t t)
{
    /* the first chunk that ends after t (the chunks follow each other),
     * halving the range without a branch that depends on t */
    if (s->nch <= 0)
        return -1;
    const chunk *c = s->ch;
    for (int n = s->nch; n > 1;) {
        int half = n / 2;
        c = c[half].t1 <= t ? c + half : c;
        n -= half;
    }
    int lo = (int)(c - s->ch) + (c->t1 <= t);
    return lo < s->nch && s->ch[lo].t0 <= t ? lo : -1;
}

#endif
