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
    const char *title; /* the office as written, folded ("secretary of
                          state"), for "the Secretary" later */
    const char *host;  /* an envoy's: the state it is posted to ("its
                          ambassador to Kenya"), or NULL */
    uint32_t t0, t1; /* tokens of the mention as written */
    /* name_text: the name as cut from the text's tokens [n0, n1), so
     * that the dictionary can be searched without tokenizing it again
     * (coref.c uses them while name still equals name_text) */
    const char *name_text;
    uint32_t n0, n1;
    int entity;      /* index of the person entity, or -1 */
    int org_implied; /* org is the one the office implies, not one the
                        text named ("the Secretary-General": UN) */
    int home_assumed; /* country is the story's home, which the text did
                         not state ("a journalist", "the interior
                         minister") */
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
    const char *title; /* as in actor */
    const char *surname; /* folded last name token */
    const char *given;   /* folded first name token */
    uint32_t last_sent;
    char sex; /* 'm', 'f', or 0 when unknown: from an honorific before its
                 name, or a pronoun that referred to it */
    char guessed; /* 1: its country is the story's home, given to an office
                     that named none ("FM Lin" in a headline) */
    char one_word; /* name is a single word (coref.c keeps it with name) */
    char middle;   /* name has a word between two spaces, where a second
                      surname may stand ("Jose Antonio Meade Kuribrena";
                      kept with name) */
} entity;

/* What coreference remembers across the sentences of one document. */
typedef struct coref_state {
    entity *ents;
    int nents, cap;
    int principal;     /* entity index of the document's main actor */
    int last_subject;  /* entity of the latest subject person */
    int last_named;    /* of the latest such subject with a name, */
    uint32_t last_named_sent; /* in that sentence */
    /* the person whose possessive opened the last sentence ("President
     * Sandu's warnings came …"), and that sentence + 1 (0: none) */
    int lead_poss;
    uint32_t lead_poss_sent;
    /* pl_mentions_find: 0 until it looks, then 1, or 2 when a word of
     * the document is in words.txt "party-heads" */
    int party_words;
    const char *home;  /* the publisher's or subject's country (ISO3) */
    int home_dateline; /* home is the state of the dateline's city */
    int counted;       /* set by the caller of pl_coref_person: the office
                          is counted ("12 militants"), a new group that
                          refers back to no one */
    const char *dateline_cc; /* the state of a dateline's town that is no
                                capital ("LAGOS, July 8 -"), or NULL */
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
    const char *orgs[8]; /* the organisations named last, newest first */
    uint64_t org_heads[8]; /* text_hash of the last word each was named
                              by ("council" of "Peace and Security
                              Council"), or 0 */
    /* organs named before their organisation ("The Authority of … of
     * ECOWAS"): the organ's noun and the organisation, newest first */
    uint64_t organ_h[4];
    const char *organ_org[4];
    /* the latest state named with a title ("the Kingdom of Saudi
     * Arabia"): the title's text_hash and the state, for "the Kingdom" */
    uint64_t title_h;
    const char *title_cc;
    /* the latest armed group named (a CAMEO code with REB or IMG), for
     * "the group", "the militants" */
    const char *last_armed;
    /* the latest two actor mentions, for "the latter" / "the former" */
    actor recent[2];
    int nrecent;
    /* the latest state or organisation that was a subject, for "it" */
    actor last_it;
    /* the body whose decision a line ending in a colon opens ("The
     * Peace and Security Council …:"), the subject of the numbered
     * paragraphs after it ("2. Condemns …"); has_lead says it is set */
    actor lead;
    int has_lead;
    /* the body a headline names as the text's issuer ("Statement by the
     * North Atlantic Council on …"), the voice of its "we"; has_issuer
     * says it is set */
    actor issuer;
    int has_issuer;
    /* the state of the latest person or office of a sector whose
     * people belong to their state (words.txt "local-sides": the
     * opposition, civilians, rebels), and its sentence + 1 (0: none),
     * for "the government" after it in that sentence */
    const char *side_cc;
    uint32_t side_sent;
    /* the subject of the latest main clause that tells of an act, not a
     * saying ("the Council voted to extend"), for "welcomed the
     * decision" when the act made no event; doer_sent: its sentence + 1
     * (0: none) */
    actor doer;
    uint32_t doer_sent;
    /* whether its verb may tell of force (a frame of CAMEO quad 4, or
     * none the lexicon knows):
     * "Gunmen stormed a hotel. X condemned the attack" */
    int doer_force;
    /* the owners of recent noun phrases ("Tehran's execution of X"), for
     * "the execution" later: a ring of OWNED entries */
#define OWNED 16
    struct owned {
        uint64_t head; /* text_hash of the head noun, 0 = empty */
        int cls;       /* its event noun class ("strike"), or -1 */
        actor owner;
        uint32_t sent;
    } owned[OWNED];
    int owned_next;
    /* organisations the text named with an acronym in brackets
     * ("the Movement for Democratic Renewal (MDR)"): the acronym's
     * text_hash and the acronym */
#define ACRONYMS 16
    struct acronym {
        uint64_t h;
        const char *org;   /* an organisation's, or NULL for an office's */
        actor office;      /* "the Sudanese Armed Forces (SAF)": the
                              office the acronym names, when org is NULL */
    } acr[ACRONYMS];
    int nacr;
    /* who headed each state's delegation ("The Kazakh delegation was
     * headed by X"): the state's meetings near that sentence are X's */
#define DELEGATES 8
    struct delegate {
        const char *country;
        actor head;
        uint32_t sent;
    } dele[DELEGATES];
    int ndele;
} coref_state;

/* Finds the actor mentions of sentence [s0, s1) into *out (arena), in
 * text order, resolving each through st (and updating st). Returns the
 * count, or -1 when out of memory. */
int pl_mentions_find(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t s0, uint32_t s1, coref_state *st, mention **out);

/* Chooses the document's home country before coding: the country most
 * often named (nouns and adjectives) in the text. */
void pl_coref_init(coref_state *st, const parley_lexicon *lx, const text_doc *td,
                int32_t doc_date);

/* Resolves a person or office actor against the document's entities and
 * the persons dictionary, registering new persons. Returns the entity
 * index, -1 (no entity) or COREF_NOMEM (out of memory: not "no entity",
 * which would be a silent wrong answer; issue 13, D13). */
#define COREF_NOMEM (-2)
int pl_coref_person(arena *a, const parley_lexicon *lx, const text_doc *td,
                 coref_state *st, actor *ac, uint32_t sent);

/* Where the folded word w of n bytes is among the words of the name (as
 * written, case aside): 1 its first, 2 a middle one, 3 its last, 0 none. */
int pl_coref_name_word_at(const char *name, const char *w, size_t n);

/* Copies of actors, for the interlocutor group. */
int pl_coref_set_group(arena *a, coref_state *st, const actor *acts, int n);

/* Whether role is an office that any official of a state may hold
 * ("Diplomat", "Official", "Envoy"): "a Chinese official" is no one
 * in particular. */
int pl_coref_any_office(const char *role);

/* Whether CAMEO agent code agent is of the state's armed or political
 * opponents: rebels, insurgents, the opposition. */
int pl_agent_opponent(const char *agent);

/* Fills *ac from entity e. */
void pl_coref_from_entity(const coref_state *st, int e, actor *ac);
/* The state an actor of sector `agent` with no state stated belongs to by
 * default: the document's home, except for sectors that are a side of
 * their own (words.txt "own-sides": armed groups), which take it only from
 * a dateline. NULL when none. */
const char *pl_coref_home_for(const parley_lexicon *lx, const coref_state *st,
                              const char *agent);

/* The person of the lexicon named by toks[t0, t1): a first name and a
 * spelling of the surname that the lexicon lists alone for that person
 * ("Volodymyr Zelenskiy"); -1 when none, COREF_NOMEM. */
int pl_coref_by_spelling(struct arena *a, const parley_lexicon *lx, const token *toks,
                     size_t t0, size_t t1, int32_t date);

#endif
