/* grammar.h — the grammar's own vocabulary, loaded with the lexicon (stage
 * 3) from data/words.txt (closed word lists), data/pos.txt (open-class
 * parts of speech, generated from WordNet), data/verbs.txt and
 * data/nouns.txt (event triggers and their frames). The syntax stage
 * (src/syntax/) and the event frames (src/events/) read it. Private to
 * the library. */
#ifndef PARLEY_GRAMMAR_H
#define PARLEY_GRAMMAR_H

#include <stdint.h>
#include <string.h>

#include "text/token.h"

typedef struct parley_lexicon parley_lexicon;

/* ---- closed word lists (data/words.txt) -------------------------------- */

enum word_list {
    /* parts of speech of closed-class words */
    W_DET, W_POSSDET, W_PRONOUN, W_PREP, W_CONJ, W_SUB, W_REL, W_BE, W_HAVE,
    W_DO, W_MODAL, W_NEG, W_WH, W_ADVERB, W_COLLECTIVE, W_NUMBERS,
    /* tense and mood */
    W_FUTURE, W_PLAN, W_FUTURE_WORDS, 
    /* the actor finder's lists */
    W_NOT_NAMES, W_PARTICLES, W_DETERMINERS, W_QUANTIFIERS, W_ENDS, W_POSS,
    W_GROUP_NOUNS_EARLY, W_OFFICE_PREMODS, W_GENERIC_HEADS, W_KEEP, W_LOC,
    W_ACTOR_OK, W_LOWER_STARTERS, W_PRON, W_SELF, W_THEY, W_IT, W_HIS,
    W_GROUP_NOUNS, W_HOME_NOUN, W_HOME_DET, W_CALENDAR,
    /* meaning */
    W_QUANTITY, W_NEGATIVE, W_PERSON_NOUNS, W_PERSON_CUES, W_ACT_NOUNS, W_ARMED_NOUNS,
    W_LED, W_ORG_HEADS, W_PLACE_CUES, W_SETTING_CUES, W_SETTLEMENTS, W_UNIT_HEADS, W_APPROX, W_HEAD_VERBS, W_DEADLINE, W_HABITUAL, W_CARRY, W_ASPECT, W_BORDER, W_ANAPHORS, W_PERSON_HEADS,
    W_AREAS, W_AREA_PREPS, W_STRUCK_CUES, W_POSTS, W_OTHERS, W_ALLEGE, W_REASON_PREPS, W_MEMBERS, W_TIME_NOUNS, W_STAFF, W_COUNTRY_GROUPS, W_RECIPROCAL, W_RECIPROCAL_OF, W_GEO_FEATURES, W_AUTHOR_VERBS, W_ARRIVALS, W_TOPIC_HEADS, W_CONTENT_NOUNS, W_ORG_ANAPHORS, W_NAMED_TEXTS, W_STATEMENT_TITLES, W_NAME_SUFFIXES, W_WANTED, W_ORG_KINDS, W_RECEIPT, W_SAY, W_HELD, W_NOTIFIED, W_MALE, W_FEMALE, W_OFFICE_GROUPS, W_ORG_CAPITALS, W_PARTY_HEADS, W_RULING, W_OPPOSING, W_GATHERINGS, W_STATE_PLURALS, W_READY, W_KIN, W_STATE_TITLES, W_MEMBER_HEADS, W_FREEING, W_ADJ_TAILS, W_FACILITIES, W_CIVIL_HEADS, W_PARTICIPATING, W_ING_NOUNS,
    W_FLOATING, W_HALTED, W_REPELLING, W_ATTACKERS, W_MANNER, W_CASUALTY,
    W_DECIDED, W_STATE_BODY_HEADS, W_REGION_PREFIXES, W_ATTEMPT,
    /* lists of codes, not of words of the text (CAMEO sectors "cvl",
     * ISO3 countries "chn", organisations "unsc"), asked only with
     * pl_grammar_code_in: they take no bit of token.words/words2, so
     * that tok_in must never be asked about them */
    W_CODE_FIRST,
    W_PEOPLE_SECTORS = W_CODE_FIRST, W_SURNAME_FIRST, W_GIVEN_CALLED, W_OWN_SIDES,
    W_LOCAL_SIDES, W_POLICE_SECTORS, W_ORG_AS_PARENT, W_OWN_NAME_BODIES,
    W_DATELINE_SIDES,
    W_NLISTS
};
/* How many lists of codes there are (W_CODE_FIRST on). */
#define W_NCODE_LISTS (W_NLISTS - W_CODE_FIRST)

/* Set in token.words once pl_words_annotate has looked at the token. Lists
 * 0 to 62 are bits of token.words, the others below W_CODE_FIRST of
 * token.words2 (grammar.c asserts that they fit). */
#define WORDS_KNOWN (1ull << 63)
#define WORDS_FIRST 63

/* token.facts: what the grammar's nouns and verbs say of a word alone,
 * set once per token, so that the stages after pl_lexicon_annotate test
 * a bit where they would look the word up again and again. */
enum word_facts {
    WF_SAYING = 1 << 0,  /* a verb of saying: pl_grammar_verb_flags(lx, its
                            hash, FR_REPORT) */
    WF_COMPOUND = 1 << 1, /* the head of a noun of several words of nouns.txt
                             (pl_grammar_compound_noun finds none for a word
                             without it) */
    WF_NOUN = 1 << 2      /* the head of a noun of nouns.txt (of any class) */
};

/* The word_facts of a word whose chains of noun members and of verb
 * patterns start at heads and verbs (index + 1, 0 for none). */
uint8_t pl_grammar_word_facts(const parley_lexicon *lx, uint32_t heads, uint32_t verbs);

/* Sets the word-list masks of toks[0, n), the readings of pos.txt of
 * their words and their word_facts, with one probe per token. pl_lexicon_annotate does this
 * too, with the same probe as its own (lexicon.h). */
void pl_words_annotate(const parley_lexicon *lx, token *toks, size_t n);

/* What the grammar knows of one word: its word lists and its readings. */
typedef struct lex_word {
    uint64_t words, words2; /* lists below WORDS_FIRST, and the others */
    uint32_t readings;      /* pos.txt */
    uint8_t prep;           /* enum prep, for words of the "prep" list */
} lex_word;

/* The words of the grammar one at a time, for pl_lexicon_annotate's
 * table: start with *pos = 0; each call stores a word's key (its hash,
 * 1 for a hash of 0) and what is known of it, and returns 0 after the
 * last. */
int pl_grammar_word_next(const parley_lexicon *lx, size_t *pos, uint64_t *key,
                         lex_word *w);
/* The same for the heads of the nouns of nouns.txt (table 0) and the
 * forms of the verbs of verbs.txt (table 1): stores a key and its first
 * noun member or link of patterns (index + 1) in *val. */
int pl_grammar_key_next(const parley_lexicon *lx, int table, size_t *pos,
                        uint64_t *key, uint32_t *val);

/* A country's name or adjective joined by a hyphen to a word of the "led"
 * list ("Saudi-led", "US-run") stands for that country: the payload of
 * kind LK_ADJ or LK_COUNTRY (in mask) of its first part, or NULL. text is
 * the document's text. */
struct lex_hit;
const struct lex_hit *pl_grammar_compound(const parley_lexicon *lx, const char *text,
                                       const token *t, uint32_t mask);

/* "Russian-Chinese", "US-China": a capitalised compound of two words,
 * each a country's name or adjective. Returns 1 and their payloads (of
 * kind LK_ADJ or LK_COUNTRY) in *a and *b, or 0. */
int pl_grammar_pair(const parley_lexicon *lx, const char *text, const token *t,
                    const struct lex_hit **a, const struct lex_hit **b);

/* Whether the folded word s[0, n) is in word list w (for a list of codes,
 * whether s[0, n) is one of its codes, as written in words.txt). */
int pl_grammar_word_in(const parley_lexicon *lx, const char *s, size_t n, int w);
/* Whether a code (a CAMEO sector "CVL", an ISO3 "CHN"), folded to lower
 * case, is in list w (a list of codes, W_CODE_FIRST on, or a word list);
 * 0 for NULL or a code of 8 bytes or more. A few compares of integers for
 * a list of codes: it is asked per event candidate. */
int pl_grammar_code_in(const parley_lexicon *lx, const char *code, int w);

/* Whether the folded token is in word list w (enum word_list, below
 * W_CODE_FIRST: a list of codes has no bit). Tokens are annotated once
 * per document (pl_words_annotate) before any test. */
static inline int tok_in(const token *t, int w)
{
    return w < WORDS_FIRST ? (int)((t->words >> w) & 1)
                           : (int)((t->words2 >> (w - WORDS_FIRST)) & 1);
}

/* Whether the folded token is the word w. Callers pass literals, so
 * strlen and memcmp fold into a length test and a few compares; always
 * inline, as gcc otherwise makes one out-of-line copy for a run of
 * tests ("in", "during", "near", …) that calls strlen and memcmp. */
static inline __attribute__((always_inline)) int tok_eq(const token *t, const char *w)
{
    size_t n = strlen(w);
    return t->fold_len == n && memcmp(t->fold, w, n) == 0;
}

/* Whether the token is a dash: a hyphen, two, an en or an em dash (a
 * dateline's end: "BEIJING, May 21 (Xinhua) --"). */
static inline int tok_dash(const token *t)
{
    return tok_eq(t, "-") || tok_eq(t, "--") || tok_eq(t, "\xe2\x80\x94") ||
           tok_eq(t, "\xe2\x80\x93");
}

/* Whether the token is a currency sign ("$", the pound or the euro sign),
 * which the number of its sum follows. */
static inline int tok_currency(const token *t)
{
    return tok_eq(t, "$") || tok_eq(t, "\xc2\xa3") || tok_eq(t, "\xe2\x82\xac");
}

/* Whether the folded token is an -ing form of five letters or more
 * ("supplying", "wounding"; not "king"). */
static inline int tok_ing(const token *t)
{
    return t->fold_len > 4 && memcmp(t->fold + t->fold_len - 3, "ing", 3) == 0;
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

/* Prepositions that the grammar tells apart (a noun phrase's governing
 * preposition, a frame's target slot). */
enum prep {
    P_NONE, P_WITH, P_OF, P_TO, P_BY, P_BETWEEN, P_IN, P_AT, P_FOR, P_FROM,
    P_ON, P_AGAINST, P_ABOUT, P_OVER, P_INTO, P_TOWARD, P_AROUND, P_NEAR,
    P_ALONG, P_OUTSIDE, P_REGARDING, P_DURING, P_AFTER, P_BEFORE,
    P_FOLLOWING, P_AS, P_UNDER, P_OTHER, P_NPREPS
};

/* The enum prep of a folded word, P_NONE when it is no preposition the
 * grammar tells apart (then P_OTHER if it is in the "prep" list). */
int pl_prep_of(const token *t);
/* The enum prep named by a word of a data file ("with"); P_NONE if none. */
int pl_prep_by_name(const char *w);

/* ---- open-class parts of speech (data/pos.txt) ------------------------- */

/* The readings a word form may have (pos.txt's tag letters). */
enum pos_reading {
    PR_NOUN = 1 << 0,   /* n */
    PR_PLURAL = 1 << 1, /* m */
    PR_BASE = 1 << 2,   /* v: base form, also the present but the 3rd person */
    PR_3SG = 1 << 3,    /* z */
    PR_PAST = 1 << 4,   /* d */
    PR_PART = 1 << 5,   /* p: past participle */
    PR_ING = 1 << 6,    /* g */
    PR_ADJ = 1 << 7,    /* a */
    PR_ADV = 1 << 8     /* r */
};
#define PR_VERB (PR_BASE | PR_3SG | PR_PAST | PR_PART | PR_ING)
#define PR_NOMINAL (PR_NOUN | PR_PLURAL)
/* pl_pos_readings returns the readings in the low 16 bits and, shifted by
 * PR_MAIN_SHIFT, the ones WordNet counts most often. */
#define PR_MAIN_SHIFT 16

/* The readings of the folded form whose text_hash is h; 0 when the form
 * is not listed (a noun or a name). */
uint32_t pl_pos_readings(const parley_lexicon *lx, uint64_t h);

/* ---- the event table (data/cameo.txt) ---------------------------------- */

typedef struct lex_code {
    const char *cameo;  /* "040" */
    const char *type;   /* PLOVER type, NULL for root-01 statements */
    const char *mode;
    int quad;
    double goldstein;
    const char *label;
    unsigned flags;     /* LC_* */
} lex_code;

/* Where an event of the code happens (cameo.txt's flags). */
enum {
    LC_PRESENT = 1 << 0, /* its parties are in one place: the setting places it */
    LC_STRIKE = 1 << 1,  /* done "on" a place, it happens there */
    LC_REMOTE = 1 << 2,  /* its parties are apart: a call */
    LC_INTENT = 1 << 3   /* told of the future and still the event: an
                            intent, a pledge, a threat */
};

/* The row of the CAMEO code: the code's own, else its longest listed
 * prefix; NULL when none. */
const lex_code *pl_lexicon_code(const parley_lexicon *lx, const char *cameo);

/* The same in the rows v[0..n) of a table read on its own (the CAMEO
 * dictionaries' copy of the built-in cameo.txt, src/cameo/load.c). */
const lex_code *pl_lex_code_find(const lex_code *v, size_t n, const char *cameo);

/* Reads the fields f[0..nf) of a cameo.txt line into the rows v[0..*n)
 * (room for *cap; a row with the same code is replaced), strings in a.
 * Returns 0, PARLEY_ENOMEM (also when v is full), or PARLEY_EPARSE with
 * *why. */
struct arena;
int pl_lex_code_row(lex_code *v, size_t *n, size_t *cap, struct arena *a, char **f,
                 int nf, const char **why);

/* ---- frames (data/verbs.txt, data/nouns.txt) ---------------------------- */

/* Where a frame looks for its target (verbs.txt's "target" field). */
enum slot_kind {
    SL_OBJ = 1, /* the direct object */
    SL_IOBJ,    /* the first of two objects */
    SL_COMP,    /* the subject of the following clause */
    SL_NOUN,    /* the @class noun phrase itself, or its owner ("recalled
                   the Russian ambassador", "closed Iran's consulates") */
    SL_PREP     /* a preposition's noun phrase: slot.prep says which */
};

typedef struct lex_slot {
    uint8_t kind;
    uint8_t prep;   /* enum prep of mentions.h, for SL_PREP */
} lex_slot;

#define FRAME_SLOTS 8

/* Frame flags (verbs.txt's and nouns.txt's "flags" field). */
enum frame_flag {
    FR_SYM = 1 << 0,     /* symmetric */
    FR_CTX = 1 << 1,     /* target from the discourse when none is named */
    FR_OPP = 1 << 2,     /* target: the party that last accused the source */
    FR_NOOWNER = 1 << 3, /* an object must be an actor itself */
    FR_INF = 1 << 4,     /* needs a "to" + verb complement */
    FR_NOINF = 1 << 5,   /* must not have one */
    FR_REPORT = 1 << 6,  /* a verb of saying */
    FR_PRED = 1 << 7,    /* said of the subject: the speaker's event */
    FR_THREAT = 1 << 8,  /* a future act of the speaker's side: THREATEN */
    FR_PASSIVE = 1 << 9, /* a passive with no agent is the home state's
                            act ("was arrested", "was summoned") */
    FR_RECV = 1 << 10,   /* the subject receives the act from the party
                            of the "from" phrase ("drew criticism from
                            the EU": the EU accuses the subject) */
    FR_GOV = 1 << 11,    /* target: the source's own government */
    FR_HOST = 1 << 12,   /* the subject hosts: its country is the place */
    FR_PLACE = 1 << 13,  /* the target may be a place (a visit) */
    FR_COOP = 1 << 14,   /* joint activity (exercises with X) */
    FR_PAST = 1 << 15,   /* nouns: only an event when told as done */
    FR_OF = 1 << 16,     /* nouns: "the visit of X": source after "of" */
    FR_JUDGE = 1 << 17,  /* only with a word of judgement after the object */
    FR_PERSON = 1 << 18, /* the source is a person or an office holder */
    FR_FROM = 1 << 19,   /* nouns: "aid from X": source after "from"; as a
                            subject, the place its verb reaches is the
                            target ("a convoy from X reached El Fasher") */
    FR_FOE = 1 << 20,    /* target: the other side of the source's own
                            country (a junta's rebels, rebels' government) */
    FR_IN = 1 << 21,     /* nouns: the state it happens in is the source
                            ("the arrest in France of three men") */
    FR_REACT = 1 << 22,  /* a reaction to another's act (praise, blame, a
                            denial): no act that "the decision" names */
    FR_TOLD = 1 << 23,   /* a passive's speaker only tells of it ("were
                            killed, officials said"): not its agent */
    FR_OFFICIAL = 1 << 24, /* the source is no group of people (word list
                              "people-sectors"): a state's protest */
    FR_POLICE = 1 << 25,   /* the source is a state's police (word list
                              "police-sectors"): its violence is repression */
    FR_MUTUAL = 1 << 26,   /* the subjects act each at the others ("traded
                              accusations"), as with "each other" */
    FR_SITE = 1 << 27,     /* a town named as the target, or where the
                              target is, stands for its state ("shelled
                              Kherson", "hit a depot in Bryansk") */
    FR_SELF = 1 << 28,     /* an act towards the source's own state
                              ("resigned"): the target, with no other,
                              is that state, on the source's side */
    FR_INTRANS = 1 << 29,  /* the verb alone takes no object: "workers
                              struck", not "gunmen struck a village" */
    FR_AMONG = 1 << 30,    /* only with two or more subjects, who act
                              together ("X and Y began their drills") */
    FR_NOTICE = 1u << 31   /* no event when its purpose is to tell of a
                              decision ("was summoned to be informed of
                              the expulsion": words.txt "notified") */
};
/* A claim of responsibility ("claimed responsibility for the attack"):
 * the subject did the act of conflict told just before, whose source no
 * one named; with none, the act named after it ("the attack on X"). */
#define FR_CLAIM (1ull << 32)
/* The act of a "to" clause of purpose after a clause told as done is done
 * too ("fired tear gas on Wednesday to disperse the protesters"). */
#define FR_PURPOSE (1ull << 33)
/* Without a target, the party named in its clause of purpose: "deployed
 * battalions to block any M23 advance", "sent tactical teams to arrest
 * the attackers". */
#define FR_AIM (1ull << 34)
/* An event only when negated: "would not tolerate attempts to …", "will
 * not allow Iran to …" (a threat); "will allow" is none. */
#define FR_NEGONLY (1ull << 35)
/* In a passive without "by", a state named after "from" is the source:
 * "20 Afghans were deported from Iran". */
#define FR_FROMSRC (1ull << 36)
/* A town or state named as the target stands for its people, the
 * state's civilians: "imposed a curfew on Bawku". */
#define FR_PEOPLE (1ull << 37)
/* Only when the clause names what is coming (an act of force, a sanction
 * or a threat ahead, "against", "not to", consequences): "warn". */
#define FR_MENACE (1ull << 38)
/* The source is an armed force, a state's (agent MIL) or a rebel group's
 * (REB): "Rwandan troops left the base in Bunia" is a withdrawal, "the
 * minister left Kabul" none. */
#define FR_FORCES (1ull << 39)
/* The source is a group of people (words.txt "people-sectors"): "protesters
 * gathered outside the embassy" protest, officials who gather there do
 * not. */
#define FR_CROWD (1ull << 40)
/* The subject is a nominal event of the frame's own type ("The meetings
 * involved China, Australia and Pakistan"): its source is the event's
 * (its owner, else the story's main actor), the objects its other
 * parties. */
#define FR_PARTS (1ull << 41)
/* The subject quotes its object, who is the speaker: in "the agency
 * quoted the minister as saying …" the clause after "as" is the
 * minister's. */
#define FR_QUOTES (1ull << 42)
/* The subject is a noun of nouns.txt's class "protesters" ("thousands of
 * protesters gathered in Tbilisi" protest; pilgrims who gather do not). */
#define FR_PROTESTERS (1ull << 43)
/* Without a target, the civilians of the source's own state: police who
 * break up a protest of no one named act on its protesters. */
#define FR_FOLK (1ull << 44)
/* A verb of saying that vouches for nothing ("claimed that", "alleged
 * that"): what its complement tells is the speaker's claim, not an act
 * the text tells. */
#define FR_HEARSAY (1ull << 45)
/* The gathering the frame's noun names was a protest that took place
 * ("police broke up an anti-government march"): the marchers' protest
 * against their own government is coded too. */
#define FR_RALLY (1ull << 46)

typedef struct lex_frame {
    const lex_code *code;
    uint64_t flags;
    lex_slot slots[FRAME_SLOTS];
    int nslots;
    int noun_class; /* nouns.txt: the class's own index; -1 for verbs */
} lex_frame;

/* One element of a verb pattern. */
enum pat_kind {
    PE_VERB,  /* the verb, any of its forms (the pattern's first element) */
    PE_BE,    /* a form of "be" as the first element: a predicate */
    PE_WORD,  /* a literal word */
    PE_CLASS, /* a noun phrase whose head is in a noun class */
    PE_ANY,   /* any noun phrase ("*") */
    PE_ACTOR, /* a noun phrase that names an actor or people ("+"): "hand
                 over + to" extradites a person, not a base */
    PE_JUDGED /* a noun or adjective phrase that holds a word of words.txt's
                 "negative" list ("!"): "be !" is "was a reckless act",
                 "were intolerable" */
};

#define PATTERN_ELEMENTS 10

typedef struct lex_pattern {
    uint32_t frame;  /* index into the grammar's frames */
    uint8_t n;
    uint8_t kind[PATTERN_ELEMENTS];
    uint64_t word[PATTERN_ELEMENTS]; /* text_hash of a literal word */
    uint32_t cls[PATTERN_ELEMENTS];  /* noun class of PE_CLASS */
} lex_pattern;

/* The patterns whose verb has the form with text_hash h, as a chain:
 * pl_grammar_patterns gives its start, pl_grammar_pattern (lexicon.h,
 * inline) the next pattern (advancing *link) until it returns NULL. */
uint32_t pl_grammar_patterns(const parley_lexicon *lx, uint64_t h);
/* The chain of the predicates ("be responsible for"). */
uint32_t pl_grammar_be_patterns(const parley_lexicon *lx);
/* pl_grammar_frame(lx, i), a pattern's frame: lexicon.h, inline. */
/* Whether the verb of form text_hash h alone (a pattern of one word)
 * has a frame with one of the flags (FR_REPORT: a verb of saying). */
int pl_grammar_verb_flags(const parley_lexicon *lx, uint64_t h, uint64_t flags);

/* The number of words before toks[i] that make with it a noun of several
 * words listed in nouns.txt, written together ("asset freezes", "travel
 * bans"); 0 when none (toks[s0] is the sentence's first token). */
size_t pl_grammar_compound_noun(const parley_lexicon *lx, const token *toks, size_t s0,
                             size_t i);

/* A noun class as a bit (cls % 32) of a set of classes. */
static inline uint32_t pl_grammar_class_bit(uint32_t cls)
{
    return 1u << (cls % 32);
}

/* The classes of the nouns of nouns.txt whose head is the word of token
 * t, as pl_grammar_class_bit's bits (0: none): a noun phrase whose head
 * is t is of class cls only where its bit is set. */
uint32_t pl_grammar_head_classes(const parley_lexicon *lx, const token *t);

/* Noun classes: whether the noun phrase whose head is toks[head] and
 * whose first token is toks[np0] belongs to class cls (its head is one of
 * the class's nouns and the other words of that noun stand before the
 * head, in order). */
int pl_grammar_noun_in(const parley_lexicon *lx, const token *toks, size_t np0,
                    size_t head, uint32_t cls);
/* The first class (lowest index) that makes an event alone and holds
 * that noun phrase; -1 when none. */
int pl_grammar_noun_event(const parley_lexicon *lx, const token *toks,
                       size_t np0, size_t head);
/* Both of the above in one walk of the head's nouns, for a caller that
 * asks about one noun phrase again: the classes for which
 * pl_grammar_noun_in answers 1 go into cls (at most max; their number
 * is returned, -1 when there are more), and *event is what
 * pl_grammar_noun_event answers. */
int pl_grammar_noun_classes(const parley_lexicon *lx, const token *toks, size_t np0,
                            size_t head, uint32_t *cls, int max, int *event);
/* The index of nouns.txt's class name (a lowercase ASCII word), or -1;
 * and the name of class cls, or NULL. */
int pl_grammar_class_named(const parley_lexicon *lx, const char *name);
const char *pl_grammar_class_name(const parley_lexicon *lx, int cls);
/* Whether a class that holds that noun phrase makes an event of PLOVER
 * type type alone ("the protests": a diplomatic protest and a street
 * protest). */
/* The frame of a class of the noun phrase toks[np0 .. head] whose flags
 * include all of flags ("protests" is a diplomatic protest first, a
 * street protest too), or NULL. */
const lex_frame *pl_grammar_noun_frame_with(const parley_lexicon *lx, const token *toks,
                                            size_t np0, size_t head, uint64_t flags);
int pl_grammar_noun_of_type(const parley_lexicon *lx, const token *toks, size_t np0,
                            size_t head, const char *type);
/* The class of the noun phrase [np0, head] whatever it makes, or -1. */
int pl_grammar_noun_class(const parley_lexicon *lx, const token *toks,
                       size_t np0, size_t head);
/* A class's frame (the event it makes alone), or NULL. */
const lex_frame *pl_grammar_class_frame(const parley_lexicon *lx, int cls);
/* Whether frame fr names a counterpart with preposition prep ("the
 * bombardment of Gaza": nouns.txt "killing" has an "of" slot). */
int pl_grammar_frame_has_prep(const lex_frame *fr, int prep);

/* ---- loading ------------------------------------------------------------ */

/* Whether file (a base name) is one of the grammar's files. */
int pl_grammar_file(const char *file);

/* One entry line of a grammar file, split into fields f[0..nf). Returns
 * 0, PARLEY_ENOMEM, or PARLEY_EPARSE with *why saying what is wrong
 * (a static string). user: from a --lexicon directory. */
int pl_grammar_entry(parley_lexicon *lx, const char *file, char **f, int nf,
                  int user, const char **why);

/* Frees what the grammar files loaded into lx. */
void pl_grammar_free(parley_lexicon *lx);

#endif
