/* tag.c — stage 3½, first pass: a part of speech for every token in
 * context. Closed-class words come from data/words.txt, open-class words
 * from data/pos.txt (WordNet's readings, most frequent marked); a word
 * that may be a noun or a verb is decided by its neighbours, the way a
 * reader does: after "the" a noun, after "will" a verb, after a subject
 * a finite verb. Capitalised words inside a sentence are names. */
#include <string.h>

#include "syntax/syntax.h"

static int is_quote(const token *t)
{
    return (t->flags & TOK_PUNCT) && t->fold_len == 1 && t->fold[0] == '"';
}

/* Whether the sentence is written in title case (a headline): most of
 * its words of four letters or more are capitalised. */
static int title_case(const token *T, uint32_t s0, uint32_t s1)
{
    /* a sentence with a full stop is prose, however many names it holds
     * ("Vladimir Orlov, a Kremlin aide, met Ukrainian Defence Minister
     * Rustem Umerov in Istanbul on Friday.") */
    if (s1 > s0 && T[s1 - 1].fold_len == 1 && T[s1 - 1].fold[0] == '.')
        return 0;
    int caps = 0, words = 0;
    for (uint32_t i = s0; i < s1; i++) {
        if (!(T[i].flags & TOK_WORD) || T[i].fold_len < 4 || tok_in(&T[i], W_PREP))
            continue;
        words++;
        caps += (T[i].flags & TOK_CAP) != 0;
    }
    return words >= 3 && caps * 4 >= words * 3;
}

/* The closed word lists of syntax: a word in none of them and unknown to
 * pos.txt is a noun. */
#define CLOSED_LISTS                                                         \
    ((1ull << W_DET) | (1ull << W_POSSDET) | (1ull << W_PRONOUN) |          \
     (1ull << W_PREP) | (1ull << W_CONJ) | (1ull << W_SUB) | (1ull << W_REL) | \
     (1ull << W_BE) | (1ull << W_HAVE) | (1ull << W_DO) | (1ull << W_MODAL) | \
     (1ull << W_NEG) | (1ull << W_WH) | (1ull << W_ADVERB))

/* Whether token t may be a noun out of context. */
static int may_be_noun(const token *t)
{
    if (!(t->flags & TOK_WORD))
        return 0;
    if (t->readings)
        return (t->readings & PR_NOMINAL) != 0;
    return !(t->words & CLOSED_LISTS);
}

/* Whether token t can only be a noun (or a name). */
static int only_noun(const token *t)
{
    return may_be_noun(t) && !(t->readings & PR_VERB) && !(t->flags & TOK_NUM) &&
           !tok_in(t, W_NUMBERS);
}

/* Whether t is a noun and most often read as one: "full" may be a noun
 * ("in full") but is an adjective first. */
static int mainly_noun(const token *t)
{
    return only_noun(t) && !((t->readings >> PR_MAIN_SHIFT) & PR_ADJ);
}

static int nounish(int tag)
{
    return tag == ST_NOUN || tag == ST_PROPN || tag == ST_PRON || tag == ST_NUM;
}

/* Whether a noun phrase that token i can continue is open before it: a
 * plural determiner or a number, or a determiner then an adjective
 * ("the Israeli attacks"), within the three tokens before. */
static int np_open(const token *T, uint32_t s0, uint32_t i)
{
    if (i > s0 + 1) {
        const token *a = &T[i - 1], *d = &T[i - 2];
        int adjective = a->tag == ST_ADJ ||
                        (a->tag == ST_PROPN && (a->lexkinds & (1u << LK_ADJ)));
        if (adjective && (d->tag == ST_DET || d->tag == ST_POSSDET || d->tag == ST_NUM))
            return 2;
    }
    for (uint32_t k = i; k > s0 && k + 3 > i; k--) {
        const token *t = &T[k - 1];
        if (t->tag == ST_DET || t->tag == ST_POSSDET || t->tag == ST_NUM ||
            tok_in(t, W_QUANTIFIERS)) {
            /* "the Baltic states", "the Nordic countries": after "the",
             * a name that is no party's is a modifier ("the Pentagon
             * plans" is a party and its verb) */
            if (tok_eq(t, "the") && k < i && (T[i - 1].readings & PR_PLURAL) == 0 &&
                T[i - 1].tag == ST_PROPN) {
                const uint32_t party = LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG) | LK_BIT(LK_PERSON) |
                                       LK_BIT(LK_VENUE) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_OFFICE);
                int modifier = 1;
                for (uint32_t q = k; q < i && modifier; q++)
                    modifier = T[q].tag == ST_PROPN &&
                               !(T[q].lexkinds & party);
                if (modifier)
                    return 1;
            }
            /* "a foreign ministers meeting": "a" does not end its noun
             * phrase on a plural */
            if ((tok_eq(t, "a") || tok_eq(t, "an")) && k < i && T[i - 1].tag == ST_NOUN &&
                (T[i - 1].readings & PR_PLURAL) && !(T[i - 1].readings & PR_NOUN))
                return 2;
            return t->tag == ST_NUM || tok_eq(t, "these") || tok_eq(t, "those") ||
                   tok_in(t, W_QUANTIFIERS);
        }
        if (t->tag == ST_QUOTE)
            i++; /* the "Taiwan independence" separatist forces */
        else if (t->tag != ST_NOUN && t->tag != ST_PROPN && t->tag != ST_ADJ)
            return 0;
    }
    return 0;
}

/* Whether t is a verb that only a subject can precede: an auxiliary,
 * a modal or a past form that is no noun or adjective. */
static int verb_next(const token *t)
{
    return t && (tok_in(t, W_MODAL) || tok_in(t, W_HAVE) || tok_in(t, W_BE) ||
                 ((t->readings & (PR_PAST | PR_3SG)) && tok_in(t, W_PERSON_CUES)) ||
                 ((t->readings & PR_PAST) && !(t->readings & (PR_NOMINAL | PR_ADJ))));
}

/* Whether a finite verb that tells of an act (not a saying: "said the
 * ministry supports") comes before token i in its stretch of the
 * sentence (back to a punctuation mark, conjunction or subordinator). */
static int verb_before(const token *T, uint32_t s0, uint32_t i)
{
    for (uint32_t k = i; k-- > s0;) {
        const token *t = &T[k];
        if (t->tag == ST_PUNCT || t->tag == ST_CONJ || t->tag == ST_REL || t->tag == ST_SUB ||
            t->tag == ST_WH || t->tag == ST_TO || !(t->flags & TOK_WORD))
            return 0;
        if (t->tag == ST_VERB)
            return (t->readings & (PR_PAST | PR_3SG | PR_BASE)) && !(t->readings & PR_ING) &&
                   !tok_in(t, W_PERSON_CUES);
    }
    return 0;
}

/* Whether the words before token i are a noun phrase that a determiner
 * opens, with a noun or a name in it, after a verb of its clause ("was
 * behind the grenade …", "condemned the new US …"). */
static int object_before(const token *T, uint32_t s0, uint32_t i)
{
    uint32_t k = i;
    int nouns = 0;
    while (k > s0 && (T[k - 1].tag == ST_NOUN || T[k - 1].tag == ST_PROPN || T[k - 1].tag == ST_ADJ)) {
        nouns += T[k - 1].tag != ST_ADJ;
        k--;
    }
    if (!nouns || k == i || k == s0 || (T[k - 1].tag != ST_DET && T[k - 1].tag != ST_POSSDET))
        return 0;
    for (k--; k-- > s0;) {
        const token *t = &T[k];
        if (t->tag == ST_PUNCT || t->tag == ST_CONJ || t->tag == ST_REL || t->tag == ST_SUB ||
            t->tag == ST_WH)
            return 0;
        if (t->tag == ST_VERB || t->tag == ST_AUX)
            return 1;
    }
    return 0;
}

/* Whether an "-ing" verb stands before the nouns, names and adjectives
 * that end right before token i ("citing security concerns", "restoring
 * U.N. sanctions"). */
static int ing_before(const token *T, uint32_t s0, uint32_t i)
{
    uint32_t k = i;
    while (k > s0 && (T[k - 1].tag == ST_NOUN || T[k - 1].tag == ST_ADJ || T[k - 1].tag == ST_DET ||
                      T[k - 1].tag == ST_PROPN))
        k--;
    return k > s0 && k < i && T[k - 1].tag == ST_VERB && (T[k - 1].readings & PR_ING);
}

/* The word before the names that end right before token i, or NULL when
 * no name is there or the sentence begins with them. */
static const token *before_names(const token *T, uint32_t s0, uint32_t i)
{
    uint32_t k = i;
    while (k > s0 && T[k - 1].tag == ST_PROPN)
        k--;
    return k > s0 && k < i ? &T[k - 1] : NULL;
}

/* Whether the names right before token i follow a word that opens a
 * clause as well as a phrase ("after", "since", "before"). */
static int after_sub(const token *T, uint32_t s0, uint32_t i)
{
    const token *b = before_names(T, s0, i);
    return b && tok_in(b, W_SUB);
}

/* Whether the names right before token i follow a preposition ("to UN
 * figures"), but not "of", which ends a noun phrase that may be a
 * subject ("the Ministry … of the Republic of Cuba expresses"). */
static int propn_after_prep(const token *T, uint32_t s0, uint32_t i)
{
    const token *b = before_names(T, s0, i);
    return b && b->tag == ST_PREP && !tok_eq(b, "of");
}

/* The tag before i, looking past adverbs (and negation when skip_neg). */
static int prev_tag(const token *T, uint32_t s0, uint32_t i, int skip_neg)
{
    while (i > s0) {
        int t = T[i - 1].tag;
        /* a quotation mark opens or closes inside a clause: said
         * Pakistan "reserves the right" */
        if (t != ST_ADV && t != ST_QUOTE && !(skip_neg && t == ST_NEG))
            return t;
        i--;
    }
    return ST_NONE;
}

/* The word lists that closed_tag tests (all bits of token.words but
 * W_ANAPHORS), and the words it compares: a token in none of them has
 * no closed-class tag, found with one test for most words. */
#define TAG_LISTS                                                             \
    ((1ull << W_NEG) | (1ull << W_APPROX) | (1ull << W_CALENDAR) |             \
     (1ull << W_MODAL) | (1ull << W_BE) | (1ull << W_HAVE) | (1ull << W_DO) |  \
     (1ull << W_ADVERB) | (1ull << W_NUMBERS) | (1ull << W_POSSDET) |          \
     (1ull << W_DET) | (1ull << W_PRONOUN) | (1ull << W_CONJ) | (1ull << W_WH) | \
     (1ull << W_SUB) | (1ull << W_PREP))
_Static_assert(W_APPROX < WORDS_FIRST && W_CALENDAR < WORDS_FIRST,
               "TAG_LISTS are bits of token.words");

/* Whether closed_tag compares t with one of its words before it has
 * looked at every list. Inline: it is asked of most open-class words
 * of two, four, five or six letters, and its compares cost less than
 * the call. */
static inline __attribute__((always_inline)) int compared_word_of(const token *t)
{
    switch (t->fold_len) {
    case 2:
        return tok_eq(t, "to") || tok_eq(t, "at") || tok_eq(t, "no");
    case 4:
        return tok_eq(t, "that") || tok_eq(t, "most");
    case 5:
        return tok_eq(t, "least");
    case 6:
        return tok_eq(t, "longer");
    }
    return 0;
}

static inline int compared_word(const token *t)
{
    /* most words are of none of their lengths (2, 4, 5, 6) */
    return t->fold_len <= 6 && ((0x74u >> t->fold_len) & 1) && compared_word_of(t);
}

/* Whether closed_tag may give t a tag: it is in one of its lists or one
 * of the words it compares. */
static int may_be_closed(const token *t)
{
    return (t->words & TAG_LISTS) || tok_in(t, W_ANAPHORS) || compared_word(t);
}

/* The tag closed_tag gives a word that is in exactly one of the lists
 * it tests, that list being det, prep, conj or pron, and that it does
 * not compare by name: what its chain of tests ends with, at once (most
 * closed-class words: "the", "of", "and"). ST_NONE for the others. */
static int one_list_tag(const token *t)
{
    uint64_t w = t->words & TAG_LISTS;
    int tag = w == (1ull << W_DET)       ? ST_DET
              : w == (1ull << W_PREP)    ? ST_PREP
              : w == (1ull << W_CONJ)    ? ST_CONJ
              : w == (1ull << W_PRONOUN) ? ST_PRON
                                         : ST_NONE;
    if (tag == ST_NONE || tok_in(t, W_ANAPHORS) || compared_word(t))
        return ST_NONE;
    return tag;
}

/* Whether token i is inside a run of words in capitals that a comma
 * ends: a dateline's town ("FOZ DO IGUACU, Brazil", "DAR ES SALAAM,"),
 * whose small words are its name's. */
static int caps_place(const token *T, uint32_t s0, uint32_t s1, uint32_t i)
{
    const uint32_t caps = TOK_WORD | TOK_ALLCAPS;
    if ((T[i].flags & caps) != caps)
        return 0;
    uint32_t a = i, b = i + 1;
    while (a > s0 && (T[a - 1].flags & caps) == caps)
        a--;
    while (b < s1 && (T[b].flags & caps) == caps)
        b++;
    return b - a >= 2 && b < s1 && tok_eq(&T[b], ",");
}

/* Whether a small word written with a capital inside a sentence, before
 * another capitalised word, is a name: the Korean surname in "Defense
 * Minister No Kwang-chol" is no negation. */
static int name_word(const token *T, uint32_t s0, uint32_t s1, uint32_t i)
{
    const token *t = &T[i];
    return i > s0 && i + 1 < s1 && (t->flags & TOK_CAP) && !(t->flags & TOK_ALLCAPS) &&
           tok_eq(t, "no") && (T[i + 1].flags & TOK_CAP) && (T[i + 1].flags & TOK_WORD) &&
           (T[i - 1].flags & TOK_WORD) && !tok_eq(&T[i - 1], "and");
}

/* Whether the single quotation mark or apostrophe at i opens a
 * quotation ("'I commend both parties,' says X": at the start or after
 * a space, before a word it touches) or closes one (after what it
 * touches, before a space or the end). A possessive is no punctuation. */
static int single_quote(const token *T, uint32_t s0, uint32_t s1, uint32_t i)
{
    const token *t = &T[i];
    if (!(t->flags & TOK_PUNCT) || t->fold_len != 1 || t->fold[0] != '\'')
        return 0;
    int open = (i == s0 || (t->flags & (TOK_SPACE | TOK_PARA))) && i + 1 < s1 &&
               !(T[i + 1].flags & (TOK_SPACE | TOK_PARA)) &&
               (T[i + 1].flags & (TOK_WORD | TOK_NUM));
    int close = i > s0 && !(t->flags & (TOK_SPACE | TOK_PARA)) &&
                (i + 1 == s1 || (T[i + 1].flags & (TOK_SPACE | TOK_PARA)) ||
                 (T[i + 1].flags & TOK_PUNCT));
    return open != close;
}

/* closed_tag for a possessive, punctuation or a number (inline: a
 * token in seven is one, and its tests are few). */
static inline int symbol_tag(const token *T, uint32_t s0, uint32_t s1, uint32_t i)
{
    const token *t = &T[i];
    const token *nx = i + 1 < s1 ? &T[i + 1] : NULL;
    if (t->flags & TOK_POSS)
        return ST_POSS;
    if (is_quote(t) || single_quote(T, s0, s1, i))
        return ST_QUOTE;
    /* "a $5 million grant": the sign is part of the sum (not
     * after a word it is glued to: "US$1.5 million") */
    if ((t->flags & TOK_PUNCT) &&
        !(nx && (nx->flags & TOK_NUM) && tok_currency(t) &&
          (i == s0 || (t->flags & TOK_SPACE) || (T[i - 1].flags & TOK_PUNCT))))
        return ST_PUNCT;
    return ST_NUM;
}

/* closed_tag for the other words that may have a closed-class tag
 * (may_be_closed): out of line, as its many tests need registers that
 * the common case (a word in none of the lists) would save and restore
 * for nothing. */
__attribute__((noinline)) static int closed_tag_of(const token *T, uint32_t s0, uint32_t s1,
                                                   uint32_t i)
{
    const token *t = &T[i];
    const token *nx = i + 1 < s1 ? &T[i + 1] : NULL;
    if (caps_place(T, s0, s1, i) || name_word(T, s0, s1, i))
        return ST_NONE;
    /* (closed_tag has asked one_list_tag of a word not in capitals) */
    int quick = (t->flags & TOK_ALLCAPS) ? one_list_tag(t) : ST_NONE;
    if (quick != ST_NONE)
        return quick;
    if (tok_eq(t, "to")) {
        /* "to" + a verb's base form is an infinitive, else a preposition;
         * a quotation may open between them ("urged X to "refrain …") */
        uint32_t n1 = i + 1;
        if (nx && is_quote(nx) && i + 2 < s1)
            nx = &T[++n1];
        if (nx && (nx->flags & TOK_WORD) && !(nx->flags & TOK_CAP) &&
            !tok_in(nx, W_DET) && !tok_in(nx, W_POSSDET)) {
            uint32_t r = nx->readings;
            /* "was hosted to lunch by X": a noun too, its agent after it */
            const token *after = n1 + 1 < s1 ? &T[n1 + 1] : NULL;
            if ((r & PR_NOMINAL) && after && tok_eq(after, "by"))
                return ST_PREP;
            if ((r & PR_BASE) && !(r & (PR_ING | PR_PLURAL)))
                return ST_TO;
            if (tok_in(nx, W_BE) || tok_in(nx, W_HAVE))
                return ST_TO;
            /* "to swiftly investigate": an adverb inside the infinitive */
            const token *v = n1 + 1 < s1 ? &T[n1 + 1] : NULL;
            if ((r & PR_ADV) && !(r & (PR_VERB | PR_NOMINAL | PR_ADJ)) && v &&
                (v->flags & TOK_WORD) && !(v->flags & TOK_CAP) && (v->readings & PR_BASE) &&
                !(v->readings & (PR_ING | PR_PLURAL)))
                return ST_TO;
        }
        return ST_PREP;
    }
    if (tok_in(t, W_NEG) && !tok_eq(t, "no") && !tok_eq(t, "neither") &&
        !tok_eq(t, "nor"))
        return ST_NEG;
    /* "about 200 supporters" */
    if (tok_in(t, W_APPROX) && nx && ((nx->flags & TOK_NUM) || tok_in(nx, W_NUMBERS)))
        return ST_ADV;
    /* "at least five of them" */
    if (tok_eq(t, "at") && nx && (tok_eq(nx, "least") || tok_eq(nx, "most")))
        return ST_ADV;
    if ((tok_eq(t, "least") || tok_eq(t, "most")) && i > s0 && tok_eq(&T[i - 1], "at"))
        return ST_ADV;
    /* "could no longer present itself" */
    if (tok_eq(t, "no") && nx && tok_eq(nx, "longer"))
        return ST_NEG;
    if (tok_eq(t, "longer") && i > s0 && tok_eq(&T[i - 1], "no"))
        return ST_ADV;
    /* "March 3, 2025", "on March 3": a month before a number is a name */
    if (tok_in(t, W_CALENDAR) && (t->flags & TOK_CAP) && nx && (nx->flags & TOK_NUM))
        return ST_PROPN;
    if (tok_in(t, W_MODAL)) {
        /* "May 2024", "the political will" */
        if ((t->flags & TOK_CAP) && nx && (nx->flags & TOK_NUM))
            return ST_PROPN;
        /* "the political will", but "steps that could raise tensions",
         * "this will help": a demonstrative may stand alone */
        if (i > s0 && ((tok_in(&T[i - 1], W_DET) && !tok_eq(&T[i - 1], "that") &&
                        !tok_eq(&T[i - 1], "this")) ||
                       T[i - 1].tag == ST_ADJ))
            return ST_NOUN;
        return ST_MODAL;
    }
    if (tok_in(t, W_BE) || tok_in(t, W_HAVE) || tok_in(t, W_DO))
        return ST_AUX;
    /* "condemned yesterday's Israeli airstrike": a day before the
     * possessive begins a noun phrase */
    if ((tok_in(t, W_ADVERB) || tok_in(t, W_CALENDAR)) && nx && (nx->flags & TOK_POSS))
        return ST_NOUN;
    if (tok_in(t, W_ADVERB))
        return ST_ADV;
    if (tok_in(t, W_NUMBERS))
        return ST_NUM;
    if (tok_eq(t, "that")) {
        /* "condemned the drills as "a provocation" that threatened
         * peace": the phrase inside the quotation marks is the
         * antecedent */
        uint32_t q = i;
        while (q > s0 + 1 && T[q - 1].tag == ST_QUOTE)
            q--;
        int p = prev_tag(T, s0, q, 0);
        /* "the MDP - the main opposition party - that also accused":
         * after a dash that closes an aside on a noun, a relative */
        if (p == ST_PUNCT && q > s0 + 2 && tok_eq(&T[q - 1], "-") && nounish(T[q - 2].tag)) {
            uint32_t d = q - 2;
            while (d > s0 && !tok_eq(&T[d], "-") && d + 8 > q)
                d--;
            if (tok_eq(&T[d], "-") && d > s0 && d + 2 < q - 1 &&
                (nounish(T[d - 1].tag) || tok_eq(&T[d - 1], ")")))
                return ST_REL;
        }
        if (p == ST_VERB || p == ST_ADJ || p == ST_PUNCT || p == ST_AUX)
            return ST_SUB;
        /* "alleged on Tuesday that", "warned on March 3 that": after a
         * day, the clause a verb says */
        if (q > s0 + 1 && (tok_in(&T[q - 1], W_CALENDAR) ||
                           (q > s0 + 2 && (T[q - 1].flags & TOK_NUM) &&
                            tok_in(&T[q - 2], W_CALENDAR))))
            return ST_SUB;
        if (nounish(p))
            return ST_REL;
        return i == s0 ? ST_DET : ST_SUB;
    }
    if (tok_in(t, W_POSSDET)) {
        /* "her visit" vs "told her" */
        if (tok_eq(t, "her") && (!nx || !(nx->flags & TOK_WORD) || tok_in(nx, W_PREP) ||
                                 tok_in(nx, W_DET) || tok_in(nx, W_CONJ)))
            return ST_PRON;
        return ST_POSSDET;
    }
    if (tok_in(t, W_DET))
        return ST_DET;
    if (tok_in(t, W_PRONOUN))
        return ST_PRON;
    /* "the latter noted", not "the former President" */
    if (tok_in(t, W_ANAPHORS) && i > s0 && tok_eq(&T[i - 1], "the") &&
        !(nx && (nx->flags & TOK_CAP)) && !(nx && only_noun(nx)) &&
        !(nx && (nx->lexkinds & LK_BIT(LK_OFFICE)))) /* "the former interior minister" */
        return ST_PRON;
    if (tok_in(t, W_CONJ))
        return ST_CONJ;
    if (tok_in(t, W_WH)) {
        int p = prev_tag(T, s0, i, 0);
        return (nounish(p) || p == ST_PUNCT) && i > s0 ? ST_REL : ST_WH;
    }
    /* words that are both: "after the talks" vs "after they met" */
    if (tok_in(t, W_SUB) && !tok_in(t, W_PREP))
        return ST_SUB;
    if (tok_in(t, W_PREP))
        return ST_PREP;
    return ST_NONE;
}

/* The closed-class tag of t, or ST_NONE: at once for most words, and
 * for most closed-class words ("the", "of", "and": one_list_tag, when
 * no capitals make it part of a place's name, caps_place, and it is no
 * word that name_word or closed_tag_of compares). */
static inline int closed_tag(const token *T, uint32_t s0, uint32_t s1, uint32_t i)
{
    const token *t = &T[i];
    if (t->flags & (TOK_POSS | TOK_PUNCT | TOK_NUM))
        return symbol_tag(T, s0, s1, i);
    if (!may_be_closed(t))
        return ST_NONE;
    /* "the new US sanctions": "US" in capitals is the country, not "us" */
    if ((t->flags & TOK_ALLCAPS) && (t->lexkinds & LK_BIT(LK_COUNTRY)) && tok_in(t, W_PRONOUN))
        return ST_NONE;
    /* "were both arrested", "have all signed": a quantifier floated
     * between an auxiliary and a participle is an adverb of the verb */
    if (tok_in(t, W_FLOATING) && i > s0 && i + 1 < s1 &&
        (tok_in(&T[i - 1], W_BE) || tok_in(&T[i - 1], W_HAVE)) &&
        (T[i + 1].readings & PR_PART) && !(T[i + 1].flags & TOK_CAP))
        return ST_ADV;
    if (!(t->flags & TOK_ALLCAPS)) {
        int quick = one_list_tag(t);
        if (quick != ST_NONE)
            return quick;
    }
    return closed_tag_of(T, s0, s1, i);
}

/* Whether base form r at i follows names that follow a preposition
 * after a plural noun: "China's recent actions at Second Thomas Shoal
 * amount to …" (the plural is the verb's subject). */
static int plural_before_prep(const token *T, uint32_t s0, uint32_t i, uint32_t r)
{
    uint32_t k = i;
    while (k > s0 && T[k - 1].tag == ST_PROPN)
        k--;
    return (r & PR_BASE) && !(r & PR_3SG) && k < i && k >= s0 + 2 && T[k - 1].tag == ST_PREP &&
           T[k - 2].tag == ST_NOUN && (T[k - 2].readings & PR_PLURAL) &&
           !(T[k - 2].readings & PR_NOUN);
}

/* Whether a finite verb comes after the preposition phrase at i, before
 * any punctuation or clause word: "relief supplies from India arrived"
 * (then "supplies" is no verb). */
static int verb_after_pp(const token *T, uint32_t i, uint32_t s1)
{
    if (i >= s1 || !tok_in(&T[i], W_PREP))
        return 0;
    for (uint32_t k = i + 1; k < s1 && k < i + 8; k++) {
        const token *t = &T[k];
        if (!(t->flags & TOK_WORD) || tok_in(t, W_CONJ) || tok_in(t, W_SUB) ||
            tok_in(t, W_REL))
            return 0;
        if (tok_in(t, W_BE) || tok_in(t, W_HAVE) || tok_in(t, W_MODAL))
            return 1;
        if ((t->readings & (PR_PAST | PR_3SG)) && !(t->readings & (PR_NOMINAL | PR_ADJ)) &&
            !(t->flags & TOK_CAP))
            return 1;
    }
    return 0;
}

/* The verb forms of readings r that fit the words before token i. */
static uint8_t verb_forms(const token *T, uint32_t s0, uint32_t i, uint32_t r)
{
    uint8_t v = (uint8_t)(r & PR_VERB);
    int p = prev_tag(T, s0, i, 1);
    if (p == ST_MODAL || p == ST_TO)
        return (uint8_t)(v & PR_BASE ? PR_BASE : v);
    if (p == ST_AUX) {
        uint32_t k = i;
        while (k > s0 && (T[k - 1].tag == ST_ADV || T[k - 1].tag == ST_NEG))
            k--;
        const token *aux = &T[k - 1];
        if (tok_in(aux, W_DO))
            return (uint8_t)(v & PR_BASE ? PR_BASE : v);
        if (v & (PR_PART | PR_ING))
            return (uint8_t)(v & (PR_PART | PR_ING));
    }
    return v;
}

/* Whether t is mostly a verb in the past tense ("drew", not the name
 * Drew): "the sentencing drew criticism" ends its noun phrase before it. */
static int past_verb(const token *t)
{
    uint32_t main = t->readings >> PR_MAIN_SHIFT;
    return !(t->flags & TOK_CAP) && (main & PR_PAST) && !(main & PR_NOMINAL);
}

/* Decides between the noun (or adjective) and the verb readings r of
 * token i. Returns the tag. */
static int decide(const token *T, uint32_t s0, uint32_t s1, uint32_t i, uint32_t r,
                  int titled, int first)
{
    const token *t = &T[i];
    uint32_t main = r >> PR_MAIN_SHIFT;
    int verb = (r & PR_VERB) != 0, noun = (r & PR_NOMINAL) != 0,
        adj = (r & PR_ADJ) != 0, adv = (r & PR_ADV) != 0;
    /* a word that may be no verb nor adverb has its tag from its
     * readings alone (the tests below on !verb), without the words
     * around it: half the words that come here */
    if (!verb && !adv)
        return adj && (!noun || (main & PR_ADJ)) ? ST_ADJ : ST_NOUN;
    /* past negation too: the same tag unless the one before is "not" */
    int p = prev_tag(T, s0, i, 0), pn = p == ST_NEG ? prev_tag(T, s0, i, 1) : p;
    const token *nx = i + 1 < s1 ? &T[i + 1] : NULL;
    /* "pushed back hundreds of demonstrators", "drove back the crowd": an
     * adverb right after a verb, before a determiner or a count, is its
     * particle, no noun of the phrase after it */
    if (adv && p == ST_VERB && i > s0 && T[i - 1].tag == ST_VERB && nx &&
        (tok_in(nx, W_DETERMINERS) || tok_in(nx, W_QUANTITY) || (nx->flags & TOK_NUM)))
        return ST_ADV;
    /* "has now asked", "were later released": a word that may be an
     * adverb between an auxiliary and a participle is one */
    if (adv && i > s0 && (tok_in(&T[i - 1], W_HAVE) || tok_in(&T[i - 1], W_BE)) && nx &&
        (nx->readings & PR_PART) && !(nx->flags & TOK_CAP))
        return ST_ADV;
    if (!verb) {
        if (adv && !noun && !adj)
            return ST_ADV;
        if (adj && (!noun || (main & PR_ADJ)))
            return ST_ADJ;
        return noun ? ST_NOUN : adv ? ST_ADV : ST_NOUN;
    }
    /* "in Nigeria's Kebbi state on Monday", "Kherson region, officials
     * said": a word of areas after a name, before a preposition or a
     * stop, is the area's noun */
    if (noun && tok_in(t, W_AREAS) && i > s0 && (T[i - 1].flags & TOK_CAP) && !titled &&
        (!nx || nx->tag == ST_PREP || nx->tag == ST_PUNCT || tok_in(nx, W_PREP)))
        return ST_NOUN;
    /* "near the parliament building in Tbilisi", "at the press
     * briefing.": an "-ing" form that is also a noun, after a determiner
     * and a singular noun that names no people, before a preposition of
     * place or a stop, is the head of their compound (but "the minister
     * speaking at the forum", "a convoy heading to Gaza", "a resolution
     * calling on Israel") */
    if ((r & PR_ING) && noun && p == ST_NOUN && i >= s0 + 2 && !(T[i - 1].readings & PR_PLURAL) &&
        !(T[i - 1].flags & TOK_CAP) && (T[i - 2].tag == ST_DET || T[i - 2].tag == ST_POSSDET) &&
        !tok_in(&T[i - 1], W_PERSON_HEADS) && !tok_in(&T[i - 1], W_PERSON_NOUNS) &&
        !tok_in(&T[i - 1], W_COLLECTIVE) &&
        (!nx || tok_eq(nx, ".") || tok_eq(nx, ",") || tok_eq(nx, "in") || tok_eq(nx, "at") ||
         tok_eq(nx, "near") || tok_eq(nx, "outside")))
        return ST_NOUN;
    /* "came under Iranian artillery shelling early on Friday": an
     * "-ing" form that is also a noun, after the adjectives and nouns of
     * a phrase a preposition opens, with no object after it, is the
     * phrase's head (but "a group of protesters marching towards":
     * people who act, after a plural or a noun for people) */
    if ((r & PR_ING) && noun && (p == ST_NOUN || p == ST_ADJ) && i >= s0 + 2 &&
        !(T[i - 1].readings & PR_PLURAL) && !tok_in(&T[i - 1], W_PERSON_HEADS) &&
        !tok_in(&T[i - 1], W_PERSON_NOUNS) && !tok_in(&T[i - 1], W_COLLECTIVE)) {
        size_t j = i;
        while (j > s0 && i - j < 4 && (T[j - 1].tag == ST_NOUN || T[j - 1].tag == ST_ADJ) &&
               !(T[j - 1].flags & TOK_POSS))
            j--;
        if (j > s0 && j < i && T[j - 1].tag == ST_PREP &&
            (!nx || !(tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || tok_in(nx, W_PRONOUN) ||
                      (nx->flags & (TOK_CAP | TOK_NUM)))))
            return ST_NOUN;
    }
    /* "Rwanda was behind the grenade attacks.", "condemned the new US
     * sanctions.": a plural that ends the sentence after a noun phrase a
     * determiner opens, in a clause that has its verb already, is the
     * phrase's head */
    if ((r & PR_PLURAL) && noun && nx && (tok_eq(nx, ".") || tok_eq(nx, ";")) &&
        object_before(T, s0, i))
        return ST_NOUN;
    /* "said striking doctors who failed to report would be dismissed": an
     * "-ing" form before a plural noun that a relative pronoun, a modal
     * or an auxiliary follows is that noun's adjective */
    if ((r & PR_ING) && nx && nx->tag == ST_NONE && (nx->readings & PR_PLURAL) &&
        !(nx->flags & TOK_CAP) && i + 2 < s1 &&
        (tok_in(&T[i + 2], W_REL) || tok_in(&T[i + 2], W_MODAL) || tok_in(&T[i + 2], W_BE) ||
         tok_in(&T[i + 2], W_HAVE)) &&
        (p == ST_NONE || p == ST_SUB || p == ST_PUNCT || p == ST_CONJ || p == ST_DET ||
         p == ST_REL || (p == ST_VERB && tok_in(&T[i - 1], W_SAY))))
        return ST_ADJ;
    /* "Heavily armed police officers were deployed": a participle after
     * an adverb of degree in "-ly" that opens the sentence or follows a
     * word that may open a noun phrase, before a noun, is the noun's
     * adjective */
    if (i > s0 && T[i - 1].tag == ST_ADV && (r & PR_PART) && nx && nx->tag == ST_NONE &&
        !(nx->flags & TOK_CAP) && may_be_noun(nx) && T[i - 1].fold_len > 3 &&
        T[i - 1].fold[T[i - 1].fold_len - 2] == 'l' && T[i - 1].fold[T[i - 1].fold_len - 1] == 'y' &&
        (i - 1 == s0 || T[i - 2].tag == ST_DET || T[i - 2].tag == ST_PREP ||
         T[i - 2].tag == ST_PUNCT || T[i - 2].tag == ST_CONJ || T[i - 2].tag == ST_SUB))
        return ST_ADJ;
    /* "delivered food baskets to displaced families": a past form right
     * after "to" is no infinitive, but the adjective of the noun after
     * it */
    if (i > s0 && tok_eq(&T[i - 1], "to") && (r & PR_PART) && !(r & PR_BASE) && nx &&
        nx->tag == ST_NONE && (only_noun(nx) || (nx->readings & PR_PLURAL)) &&
        !(nx->flags & TOK_CAP))
        return ST_ADJ;
    /* "responded by bombing Damascus", "after shelling the town": an
     * -ing form right after a preposition and before its object (a
     * determiner, a name, a pronoun) is a gerund, though it is often a
     * noun ("the bombing") */
    /* (not after "of" or "for": "accused the army of bombing a market"
     * keeps its act a noun for the participle after it) */
    if (p == ST_PREP && (r & PR_ING) && nx && !tok_eq(&T[i - 1], "of") &&
        !tok_eq(&T[i - 1], "for") && !tok_in(nx, W_CALENDAR) &&
        !tok_in(nx, W_TIME_NOUNS) && !tok_eq(nx, "of") &&
        (tok_in(nx, W_DETERMINERS) || tok_in(nx, W_PRON) ||
         ((nx->flags & TOK_CAP) && (nx->flags & TOK_WORD))))
        return ST_VERB;
    /* "the attack in Timbuktu left one peacekeeper dead": a past tense
     * after a name that ends a phrase of place, before a count or a
     * determiner, is the verb */
    if (p == ST_PROPN && (r & PR_PAST) && !(t->flags & TOK_CAP) && nx && i >= s0 + 2 &&
        (tok_in(nx, W_DETERMINERS) || (nx->flags & TOK_NUM) || tok_in(nx, W_NUMBERS))) {
        uint32_t k = i;
        while (k > s0 && T[k - 1].tag == ST_PROPN)
            k--;
        if (k > s0 && T[k - 1].tag == ST_PREP)
            return ST_VERB;
    }
    /* "has long accused", "was once seen": an adverb between an
     * auxiliary and a participle */
    if (adv && p == ST_AUX && nx && (nx->readings & PR_PART) && !(nx->flags & TOK_CAP))
        return ST_ADV;
    /* "last week", "the past month": an adjective before a noun of
     * time */
    if (adj && nx && (tok_in(nx, W_CALENDAR) || tok_in(nx, W_TIME_NOUNS)))
        return ST_ADJ;
    /* "the besieged city", "the vacated areas": a participle before a
     * noun after a determiner is an adjective */
    /* ("the release of all detained protesters": after a quantifier that
     * follows no noun; but "They all signed the agreement": a quantifier
     * floated after its noun is followed by the verb) */
    int after_noun = i >= s0 + 2 && nounish(T[i - 2].tag);
    if (after_noun && tok_in(&T[i - 1], W_FLOATING) && (r & (PR_PAST | PR_3SG)) &&
        !(r & PR_ING))
        return ST_VERB;
    /* "a court on March 23 ordered the arrest": after a date's day, a
     * past tense is the verb */
    if (p == ST_NUM && (r & PR_PAST) && i >= s0 + 2 && (T[i - 1].flags & TOK_NUM) &&
        tok_in(&T[i - 2], W_CALENDAR))
        return ST_VERB;
    /* "before the two held the annual meeting", "The two signed a
     * plan": after "the two" that opens a clause, a past tense is the
     * verb of the two people named before */
    if (p == ST_NUM && (r & PR_PAST) && i >= s0 + 2 && tok_in(&T[i - 1], W_NUMBERS) &&
        tok_eq(&T[i - 2], "the") &&
        (i == s0 + 2 || T[i - 3].tag == ST_SUB || T[i - 3].tag == ST_CONJ ||
         T[i - 3].tag == ST_PUNCT || T[i - 3].tag == ST_REL || tok_in(&T[i - 3], W_SUB)))
        return ST_VERB;
    /* "Thousands protested in Seoul", "Hundreds marched on
     * parliament": after a count that is the whole subject, a past
     * tense before no noun is the verb */
    if (i > s0 && (p == ST_NUM || tok_in(&T[i - 1], W_QUANTITY)) && (r & PR_PAST) &&
        !(t->flags & TOK_CAP) && nx && (!may_be_noun(nx) || tok_in(nx, W_PREP)) &&
        !tok_in(nx, W_BE) && !tok_in(nx, W_HAVE) && !tok_in(nx, W_MODAL) &&
        (tok_in(&T[i - 1], W_QUANTITY) || !(T[i - 1].flags & TOK_NUM)) &&
        /* (not "four were killed and dozens injured": a passive's
         * ellipsis) */
        !(i >= s0 + 2 && (tok_eq(&T[i - 2], "and") || tok_eq(&T[i - 2], "or"))))
        return ST_VERB;
    /* "A Boko Haram attack on a base", "an ISIS claim": after a name
     * that an indefinite article opens, a word that may be a noun is the
     * head of that article's phrase, no verb of the name */
    if (noun && i > s0 + 1 && (T[i - 1].flags & TOK_CAP) && !(t->flags & TOK_CAP)) {
        uint32_t k = i - 1;
        while (k > s0 && (T[k].flags & TOK_CAP) && (T[k].flags & TOK_WORD) &&
               !tok_eq(&T[k], "a") && !tok_eq(&T[k], "an"))
            k--;
        if (k < i - 1 && (tok_eq(&T[k], "a") || tok_eq(&T[k], "an")))
            return ST_NOUN;
    }
    int quant = i > s0 && tok_in(&T[i - 1], W_QUANTIFIERS) && !after_noun;
    if ((p == ST_DET || p == ST_POSSDET || p == ST_NUM || p == ST_POSS || quant) &&
        (r & (PR_PART | PR_ING)) && nx && nx->tag == ST_NONE &&
        (may_be_noun(nx) || (nx->flags & TOK_CAP))) {
        /* "During the meeting Prime Minister X and …": a noun of the
         * -ing nouns list before a title or a name the lexicon knows is
         * that noun, no adjective of it */
        if ((r & PR_ING) && tok_in(t, W_ING_NOUNS) && (nx->flags & TOK_CAP) &&
            (nx->lexkinds & (LK_BIT(LK_OFFICE) | LK_BIT(LK_PERSON) | LK_BIT(LK_HONORIFIC))))
            return ST_NOUN;
        /* but "the sentencing drew criticism": a gerund, the subject */
        return past_verb(nx) && (r & PR_ING) ? ST_NOUN : ST_ADJ;
    }
    /* "Suspected jihadists attacked …", "Armed men stormed …": a
     * participle that begins the sentence before a bare noun is its
     * adjective */
    if (first && (r & PR_PART) && nx && nx->tag == ST_NONE && only_noun(nx) &&
        !(nx->flags & TOK_CAP) && !titled)
        return ST_ADJ;
    /* "sentenced jailed activist X", "freed detained Afghan
     * journalists": a past participle right after a verb and before a
     * bare noun or a country's adjective is that noun's adjective */
    /* (not after a plural noun read as a verb: "Hamas forces attacked
     * Israeli troops") */
    if (p == ST_VERB && i > s0 && T[i - 1].tag == ST_VERB && (r & PR_PART) && !(r & PR_ING) &&
        !((T[i - 1].readings & PR_PLURAL) && i - 1 > s0 && (T[i - 2].flags & TOK_CAP)) &&
        nx && nx->tag == ST_NONE &&
        ((!(nx->flags & TOK_CAP) && only_noun(nx)) ||
         ((nx->flags & TOK_CAP) && (nx->lexkinds & LK_BIT(LK_ADJ)))))
        return ST_ADJ;
    /* "would take corresponding measures": after a verb, an "-ing" form
     * that is mostly an adjective, before a bare noun, is its adjective
     * ("began shelling villages" keeps its verb) */
    if ((p == ST_VERB || (i > s0 && is_quote(&T[i - 1]))) && (r & PR_ING) && adj &&
        (main & PR_ADJ) && nx && nx->tag == ST_NONE &&
        (only_noun(nx) || (nx->readings & PR_PLURAL)) && !(nx->flags & TOK_CAP))
        return ST_ADJ;
    /* "narrow and extended formats", "in narrow and extended formats
     * with X": a noun after it that may be a verb too is a noun when a
     * preposition or punctuation follows it (no object) */
    if (p == ST_CONJ && i >= s0 + 2 &&
        (T[i - 2].tag == ST_ADJ ||
         ((T[i - 2].readings & PR_ADJ) && !(T[i - 2].flags & TOK_CAP) && i >= s0 + 3 &&
          T[i - 3].tag == ST_PREP)) &&
        (r & (PR_ADJ | PR_PART)) && nx && !(nx->flags & TOK_CAP) &&
        (only_noun(nx) ||
         (may_be_noun(nx) && i + 2 < s1 &&
          (T[i + 2].tag == ST_PREP || T[i + 2].tag == ST_PUNCT || tok_in(&T[i + 2], W_PREP)))))
        return ST_ADJ;
    /* "has welcomed the return …, and thanks Qatar for its mediation":
     * after "and", a present tense before a state's or a body's name is
     * the verb */
    if (p == ST_CONJ && (r & PR_3SG) && nx && (nx->flags & TOK_CAP) &&
        (nx->lexkinds & (LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG))) && i + 2 < s1 &&
        !(T[i + 2].flags & TOK_CAP))
        return ST_VERB;
    /* "the annual NB8 meeting", "an emergency meeting": an -ing noun
     * after a name, or one of words.txt "ing-nouns" after a noun, that a determiner
     * opened (not "the UN Security Council urging the council": no
     * object after it; not "a resolution calling on Israel") */
    if ((p == ST_PROPN || (p == ST_NOUN && tok_in(t, W_ING_NOUNS))) &&
        (r & PR_ING) && noun && i > s0 + 1 &&
        !(nx && (tok_in(nx, W_DETERMINERS) || tok_in(nx, W_POSS) || tok_in(nx, W_PRON) ||
                 ((nx->flags & TOK_CAP) && (nx->flags & TOK_WORD))))) {
        uint32_t q = i - 1;
        while (q > s0 && (T[q].tag == ST_PROPN || T[q].tag == ST_NOUN || T[q].tag == ST_ADJ ||
                          T[q].tag == ST_NUM))
            q--;
        if (T[q].tag == ST_DET || T[q].tag == ST_POSSDET || T[q].tag == ST_POSS)
            return ST_NOUN;
    }
    /* "when police opened fire": a noun that a tense of a verb with no
     * other reading follows is that verb's subject */
    if (noun && (tok_in(t, W_COLLECTIVE) || (r & PR_PLURAL)) && nx && !(nx->flags & TOK_CAP) &&
        (nx->readings & PR_PAST) && !(nx->readings & PR_NOMINAL) &&
        (p == ST_REL || p == ST_SUB || p == ST_PUNCT || p == ST_CONJ || i == s0))
        return ST_NOUN;
    /* "supporters of jailed former prime minister X", "families of
     * detained journalists": after a preposition, a past participle
     * before a noun phrase is its adjective */
    if (p == ST_PREP && (r & PR_PART) && !(r & PR_ING) && nx && (nx->flags & TOK_WORD) &&
        !tok_in(nx, W_DETERMINERS) && !tok_in(nx, W_PREP) && !tok_in(nx, W_POSS) &&
        (only_noun(nx) || (nx->readings & PR_ADJ) || (nx->flags & TOK_CAP)))
        return ST_ADJ;
    if (!noun && !adj && !adv)
        return ST_VERB;
    /* "Issues of labour migration were discussed": a plural noun opens
     * the sentence when a finite verb follows its "of" phrase */
    if ((r & PR_3SG) && (r & PR_PLURAL) && (i == s0 || p == ST_PUNCT) &&
        verb_after_pp(T, i + 1, s1))
        return ST_NOUN;
    /* "Talks between X and Y were held": a present tense needs a subject
     * before it, so the sentence's first word is the plural noun */
    if (first && (r & PR_3SG) && (r & PR_PLURAL) && !titled && nx && !(nx->flags & TOK_CAP) &&
        tok_in(nx, W_PREP))
        return ST_NOUN;
    /* after a determiner, a possessive, an adjective or a number: a noun,
     * or an adjective before one ("the detailed talks") */
    if (p == ST_DET || p == ST_POSSDET || p == ST_ADJ || p == ST_NUM || p == ST_POSS) {
        /* "A senior official accused Eritrea of …": after a word that
         * may be the noun its phrase ends with, a past tense before a
         * determiner or a name is the verb ("the accused" says no more);
         * so is one after a noun for people ("The official held talks") */
        if (p == ST_ADJ && (r & PR_PAST) && (T[i - 1].readings & PR_NOMINAL) &&
            !(T[i - 1].flags & TOK_CAP) && !(t->flags & TOK_CAP) && nx &&
            (tok_in(nx, W_DETERMINERS) || (nx->flags & TOK_CAP) ||
             tok_in(&T[i - 1], W_PERSON_NOUNS)))
            return ST_VERB;
        if ((r & (PR_PART | PR_ING | PR_ADJ)) && nx && nx->tag == ST_NONE &&
            may_be_noun(nx))
            return ST_ADJ;
        return noun ? ST_NOUN : adj ? ST_ADJ : ST_VERB;
    }
    /* "released on Tuesday accused France": a time takes no noun after
     * it */
    if (i > s0 && tok_in(&T[i - 1], W_CALENDAR) && (r & (PR_PAST | PR_3SG)) &&
        !(t->flags & TOK_CAP))
        return ST_VERB;
    /* a subject before its auxiliary: "talks were held"; "Dutch F-35
     * jets were scrambled": a plural never is a finite verb before one */
    if (noun && nx && (tok_in(nx, W_BE) || tok_in(nx, W_HAVE) || tok_in(nx, W_MODAL)) &&
        ((p != ST_PRON && p != ST_NOUN && p != ST_PROPN) ||
         ((r & PR_PLURAL) && p != ST_PRON && !(nx->flags & TOK_CAP))))
        return ST_NOUN;
    /* a verb's object: "held talks"; "held detailed talks": a participle
     * or an adjective before the object's noun */
    /* ("take appropriate measures": a plural, though also a verb's
     * form, right after a word that may be an adjective) */
    if (p == ST_VERB && (r & (PR_PART | PR_ADJ)) && nx && !(nx->flags & TOK_CAP) &&
        (only_noun(nx) || ((nx->readings & PR_ADJ) && !(nx->readings & PR_VERB)) ||
         ((r & PR_ADJ) && (nx->readings & PR_PLURAL))))
        return ST_ADJ;
    if (p == ST_VERB && noun)
        return ST_NOUN;
    /* "is ready to work with", "are willing to resume talks": a word of
     * readiness between "be" and "to" is an adjective */
    if (pn == ST_AUX && i > s0 && tok_in(&T[i - 1], W_BE) && tok_in(t, W_READY) && nx &&
        tok_eq(nx, "to"))
        return ST_ADJ;
    if (pn == ST_MODAL || pn == ST_TO || pn == ST_AUX)
        return (r & PR_ADJ) && !(r & (PR_PART | PR_ING | PR_BASE)) ? ST_ADJ : ST_VERB;
    /* "identified X as promising areas": an -ing adjective before a
     * bare noun */
    if ((p == ST_PREP || (i > s0 && tok_eq(&T[i - 1], "as"))) && (r & PR_ING) && (r & PR_ADJ) &&
        nx && only_noun(nx) && !(nx->flags & TOK_CAP))
        return ST_ADJ;
    if (p == ST_PREP)
        return (r & PR_ING) && !(main & PR_NOMINAL) ? ST_VERB : noun ? ST_NOUN : ST_ADJ;
    /* "these terrorist attacks", "the Israeli attacks on", "the Lebanese
     * state": a noun phrase still open after a plural determiner, or a
     * determiner and an adjective */
    if ((p == ST_NOUN || p == ST_PROPN || p == ST_ADJ) && noun) {
        int open = np_open(T, s0, i);
        if (open == 2 || (open && (r & PR_PLURAL)))
            return ST_NOUN;
        /* "according to UN figures": a name after a preposition ends no
         * subject */
        if (p == ST_PROPN && propn_after_prep(T, s0, i) && !plural_before_prep(T, s0, i, r) &&
            !((r & PR_ING) && tok_in(&T[i - 1], W_CALENDAR)) &&
            !((r & PR_PAST) && after_sub(T, s0, i) && nx &&
              (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || tok_in(nx, W_QUANTIFIERS) ||
               (nx->flags & (TOK_CAP | TOK_NUM)))) &&
            !((r & PR_PAST) && (main & PR_VERB) && !verb_before(T, s0, i) && nx &&
              (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || tok_in(nx, W_QUANTIFIERS) ||
               (nx->flags & (TOK_CAP | TOK_NUM)))))
            return ST_NOUN; /* but "on Monday ending most sanctions",
                               "after Pakistan accused the Taliban", "after
                               China sent 30 warplanes", and
                               "a spokesman in Kabul accused Pakistan" */
    }
    /* "an order on Monday ending most sanctions": a participle before its
     * object */
    if ((r & PR_ING) && nounish(p) && nx &&
        (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || tok_in(nx, W_QUANTIFIERS) ||
         (nx->flags & (TOK_NUM | TOK_CAP))))
        return ST_VERB;
    /* "The ministry regrets the step, hopes that Minsk will …": an -s
     * form after a comma, before "that", is the subject's next verb */
    if (p == ST_PUNCT && (r & PR_3SG) && nx && tok_eq(nx, "that") && tok_eq(&T[i - 1], ","))
        return ST_VERB;
    /* "Hamas, which controls Gaza": a verb after a relative pronoun */
    if (p == ST_REL && (r & (PR_3SG | PR_PAST)) && i > s0 && !tok_eq(&T[i - 1], "that"))
        return ST_VERB;
    if (nounish(p) || p == ST_REL || p == ST_WH) {
        /* "US arms sales": a plural noun before another noun */
        if ((r & PR_PLURAL) && nx && nx->tag == ST_NONE && mainly_noun(nx) &&
            !(nx->flags & TOK_CAP))
            return ST_NOUN;
        /* a finite form agrees with any subject; a bare base form only
         * with a plural one ("they support"), else it is a compound
         * noun ("the UN program"); in a headline the present tense
         * tells the news ("court jails opposition figure") */
        if (r & (PR_PAST | PR_PART))
            return ST_VERB;
        /* "coast guard ships rammed", "a rights group said": a noun
         * before a verb; "shelled army positions on Monday": no second
         * verb in a clause that has one */
        if ((r & (PR_3SG | PR_BASE)) && (r & PR_NOMINAL) &&
            ((p == ST_NOUN && verb_next(nx)) ||
             ((p == ST_NOUN || p == ST_PROPN) && verb_before(T, s0, i))))
            return ST_NOUN; /* and "blocked new EU sanctions" */
        /* "citing security concerns, the ministry …": the object of a
         * participle ends at the punctuation */
        if ((r & PR_3SG) && (r & PR_PLURAL) && (p == ST_NOUN || p == ST_PROPN) && nx &&
            (tok_eq(nx, ",") || tok_eq(nx, ".") || tok_eq(nx, ";")) && ing_before(T, s0, i))
            return ST_NOUN;
        if (r & PR_3SG) {
            /* "rescue teams and relief supplies from X have been
             * arriving": after "X and", a plural subject takes no -s
             * verb */
            uint32_t k = i;
            while (k > s0 && (T[k - 1].tag == ST_NOUN || T[k - 1].tag == ST_ADJ))
                k--;
            if ((r & PR_PLURAL) && k < i && k > s0 + 1 && T[k - 1].tag == ST_CONJ &&
                tok_eq(&T[k - 1], "and") && T[k - 2].tag == ST_NOUN)
                return ST_NOUN;
            if ((r & PR_PLURAL) && verb_after_pp(T, i + 1, s1))
                return ST_NOUN;
            /* "Russian forces retreated from", "Israeli strikes killed
             * 20": a plural before a word read mostly as a past tense,
             * which a preposition, a determiner or a count follows, is
             * that verb's subject ("releases detained Canadians" keeps
             * its verb: the participle may be the object's adjective) */
            if ((r & PR_PLURAL) && noun && nx && past_verb(nx) && i + 2 < s1 &&
                (T[i + 2].tag == ST_PREP || tok_in(&T[i + 2], W_PREP) ||
                 tok_in(&T[i + 2], W_DETERMINERS) || tok_in(&T[i + 2], W_POSSDET) ||
                 (T[i + 2].flags & (TOK_NUM | TOK_PUNCT))))
                return ST_NOUN;
            /* "US arms sales" is a noun before a noun, but "China
             * firmly supports Pakistan" a verb before a name (not a
             * day: "Houthi rebels Saturday") */
            if ((titled & 2) || !(r & PR_PLURAL) || !nx || !mainly_noun(nx) ||
                ((nx->flags & TOK_CAP) && !(nx->flags & TOK_ALLCAPS) &&
                 !tok_in(nx, W_CALENDAR) && nx->tag == ST_NONE))
                return ST_VERB;
            return ST_NOUN;
        }
        if (r & PR_BASE) {
            /* the word before, past adverbs ("We firmly reject") */
            uint32_t b = i - 1;
            while (b > s0 && (T[b].tag == ST_ADV || T[b].tag == ST_NEG))
                b--;
            const token *pv = &T[b];
            /* "China's recent actions at Second Thomas Shoal amount to":
             * a plural noun before a place's name and its preposition */
            uint32_t nb = b;
            while (nb > s0 && T[nb].tag == ST_PROPN)
                nb--;
            int plural_before = p == ST_PROPN && nb + 1 < i && nb > s0 && T[nb].tag == ST_PREP &&
                                T[nb - 1].tag == ST_NOUN && (T[nb - 1].readings & PR_PLURAL) &&
                                !(T[nb - 1].readings & PR_NOUN);
            int plural = plural_before || (pv->readings & PR_PLURAL) || tok_eq(pv, "they") ||
                         tok_eq(pv, "we") || tok_eq(pv, "i") || tok_eq(pv, "you") ||
                         tok_in(pv, W_COLLECTIVE) || p == ST_REL;
            /* "X and Y hold talks": an object follows a verb; "the UN
             * program to …": a preposition follows a noun */
            int object = nx && p == ST_PROPN &&
                         (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) ||
                          (nx->flags & (TOK_NUM | TOK_CAP)) || (nx->readings & PR_ADJ) ||
                          ((main & PR_VERB) && may_be_noun(nx)));
            /* "demanded that the Afghan government take action": a bare
             * form after the subject of a "that" clause is its verb (the
             * subjunctive) when an object follows */
            uint32_t ns = i;
            while (ns > s0 && (T[ns - 1].tag == ST_NOUN || T[ns - 1].tag == ST_PROPN ||
                               T[ns - 1].tag == ST_ADJ || T[ns - 1].tag == ST_DET ||
                               T[ns - 1].tag == ST_POSSDET))
                ns--;
            int subjunctive = ns < i && ns > s0 && tok_eq(&T[ns - 1], "that") &&
                              T[ns - 1].tag == ST_SUB && nx &&
                              (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || is_quote(nx) ||
                               only_noun(nx) || (nx->flags & TOK_CAP));
            if (plural || !noun || object || subjunctive)
                return ST_VERB;
            return ST_NOUN;
        }
    }
    /* at the start, after a comma or a conjunction: a participle or an
     * imperative that takes an object ("accusing them of …") */
    if ((p == ST_NONE || p == ST_PUNCT || p == ST_CONJ) && nx &&
        (r & (PR_ING | PR_PART)) &&
        (tok_in(nx, W_DET) || tok_in(nx, W_POSSDET) || tok_in(nx, W_PRONOUN) ||
         (nx->flags & (TOK_CAP | TOK_NUM)) || tok_in(nx, W_PREP)))
        return ST_VERB;
    /* "killed 12 villagers and abducted more than 30 others", "and
     * detained dozens": a count after the conjunction is the object */
    if (p == ST_CONJ && nx && (r & PR_PAST) &&
        (tok_in(nx, W_NUMBERS) || tok_in(nx, W_QUANTIFIERS) || tok_in(nx, W_APPROX) ||
         (i + 2 < s1 && tok_eq(&T[i + 2], "than"))))
        return ST_VERB;
    /* "fired teargas and live bullets", "batons and live rounds
     * against": between a noun and its conjunction and a noun that ends
     * the phrase, a word that may be an adjective is one, a second
     * object's */
    if (p == ST_CONJ && (r & PR_ADJ) && !(r & (PR_PAST | PR_PART | PR_ING)) && i >= s0 + 2 &&
        T[i - 2].tag == ST_NOUN && nx &&
        !(nx->flags & TOK_CAP) &&
        (only_noun(nx) ||
         ((nx->readings & (PR_NOUN | PR_PLURAL)) && i + 2 < s1 &&
          (tok_in(&T[i + 2], W_PREP) || (T[i + 2].flags & TOK_PUNCT)))))
        return ST_ADJ;
    (void)titled;
    (void)t;
    if (main & PR_VERB && !(main & PR_NOMINAL))
        return ST_VERB;
    return noun ? ST_NOUN : adj ? ST_ADJ : ST_VERB;
}

/* Whether token i is a country's adjective of one word ("French", not
 * "United" of "United States"). */
static int demonym(const parley_lexicon *lx, const token *T, uint32_t i, uint32_t s1)
{
    if ((T[i].lexkinds & LEX_ANNOTATED) && !(T[i].lexkinds & LK_BIT(LK_ADJ)))
        return 0;
    const lex_hit *h;
    size_t l = lexicon_match(lx, T, i, s1, LK_BIT(LK_ADJ), &h);
    for (; l == 1 && h; h = lexicon_next(lx, h))
        if (h->kind == LK_ADJ && h->ntok == 1 && pl_lexicon_hit_ok(lx, h, T, i, LK_BIT(LK_ADJ)))
            return 1;
    return 0;
}

/* Whether the folded word f[0, n) ends in the literal e. */
#define ENDS(f, n, e) ((n) >= sizeof e - 1 && !memcmp((f) + (n) - (sizeof e - 1), e, sizeof e - 1))

/* Readings of a word pos.txt does not list, from its ending. */
static uint32_t guess(const token *t)
{
    const char *f = t->fold;
    uint32_t n = t->fold_len;
    /* the endings compared byte by byte (strcmp was a call per word) */
    if (n > 4 && f[n - 2] == 'l' && f[n - 1] == 'y')
        return PR_ADV;
    /* "de-escalate", "de-list": a verb with a prefix of undoing (a noun
     * when it ends as one: "de-escalation") */
    if (n > 5 && f[0] == 'd' && f[1] == 'e' && f[2] == '-' &&
        !ENDS(f, n, "ion") && !ENDS(f, n, "ment") && !ENDS(f, n, "ed") && !ENDS(f, n, "ing") &&
        f[n - 1] != 's')
        return PR_BASE | PR_NOUN;
    if (n > 4 && f[n - 2] == 'e' && f[n - 1] == 'd')
        return PR_PAST | PR_PART | PR_ADJ;
    if (n > 5 && f[n - 3] == 'i' && f[n - 2] == 'n' && f[n - 1] == 'g')
        return PR_ING | PR_NOUN;
    if (n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && !ENDS(f, n, "ous"))
        return PR_PLURAL;
    /* "destabilise", "weaponize", "securitise": verbs WordNet's counts
     * left out, read as a verb's base form or a noun */
    if (n > 5 && (ENDS(f, n, "ise") || ENDS(f, n, "ize") || ENDS(f, n, "ify")))
        return PR_BASE | PR_NOUN;
    /* the endings of English adjectives: "tactical", "trilateral",
     * "humanitarian", "punitive", "treacherous" */
    if ((n > 6 && (ENDS(f, n, "ical") || ENDS(f, n, "less") || ENDS(f, n, "able") ||
                   ENDS(f, n, "ible"))) ||
        (n > 5 && (ENDS(f, n, "ous") || ENDS(f, n, "ive") || ENDS(f, n, "ful") ||
                   ENDS(f, n, "ular")))) /* "consular", "insular" */
        return PR_ADJ;
    /* "retaliatory", "discriminatory": the nouns in "-ory" are known */
    if (n > 5 && ENDS(f, n, "ory"))
        return PR_ADJ;
    if (n > 4 && (ENDS(f, n, "al") || ENDS(f, n, "ic") || ENDS(f, n, "ary") || ENDS(f, n, "ian")))
        return PR_ADJ | PR_NOUN;
    return PR_NOUN;
}
#undef ENDS

static uint32_t guess(const token *t);

/* Whether t is a form of a verb of saying (verbs.txt's "report"). */
static int report_form(const token *t)
{
    return t->facts & WF_SAYING;
}

uint32_t pl_syntax_body(const token *T, uint32_t s0, uint32_t s1)
{
    int paren = 0;
    if (s0 >= s1 || !(T[s0].flags & TOK_WORD) || !(T[s0].flags & TOK_CAP))
        return s0;
    for (uint32_t k = s0 + 1; k < s1 && k < s0 + 16; k++) {
        const token *t = &T[k];
        /* (a word is no dash nor bracket) */
        if (t->flags & TOK_WORD) {
            if (!(t->flags & (TOK_CAP | TOK_NUM)) && !paren)
                return s0; /* a lower-case word: running text, no dateline */
            continue;
        }
        if (tok_dash(t)) {
            while (k < s1 && tok_dash(&T[k]))
                k++;
            return k < s1 && ((T[k].flags & TOK_WORD) || is_quote(&T[k])) ? k : s0;
        }
        /* "KATHMANDU, Dec 3: Police …", "ISLAMABAD: The …": a colon
         * after the day, or after a town in capitals alone */
        if (tok_eq(t, ":") && !paren &&
            ((T[k - 1].flags & TOK_NUM) || (k == s0 + 1 && (T[s0].flags & TOK_ALLCAPS))))
            return k + 1 < s1 && (T[k + 1].flags & TOK_WORD) && (T[k + 1].flags & TOK_CAP) ? k + 1 : s0;
        if (tok_eq(t, "("))
            paren = 1;
        else if (tok_eq(t, ")"))
            paren = 0;
    }
    return s0;
}

/* Whether t is a hyphenated word whose last part makes it an adjective
 * (words.txt "adjective-tails": "Commander-level", "Leh-based"). */
static int hyphen_adjective(const parley_lexicon *lx, const token *t)
{
    if ((t->flags & (TOK_WORD | TOK_HYPHEN)) != (TOK_WORD | TOK_HYPHEN) || t->fold_len < 4)
        return 0;
    const char *dash = memchr(t->fold + 1, '-', t->fold_len - 2);
    if (!dash)
        return 0;
    const char *last = dash;
    while ((dash = memchr(last + 1, '-', (size_t)(t->fold + t->fold_len - last - 1))))
        last = dash;
    size_t n = (size_t)(t->fold + t->fold_len - last - 1);
    return n && pl_grammar_word_in(lx, last + 1, n, W_ADJ_TAILS);
}

static void tag_sentence(const parley_lexicon *lx, token *T, uint32_t s0, uint32_t s1,
                         int headline, uint32_t body)
{
    int titled = title_case(T, s0, s1) | (headline << 1);
    uint32_t before = 0; /* the readings of T[j - 1], kept from its turn */
    /* (the tokenizer has zeroed every token: its tag is ST_NONE and its
     * vform 0 until the loop below gets to it, which the tests of the
     * words after the current one rely on) */
    for (uint32_t j = s0; j < s1; j++) {
        token *t = &T[j];
        /* pl_words_annotate has set the readings of pos.txt */
        if (!(t->flags & TOK_WORD))
            t->readings = 0;
        /* a word pos.txt does not know reads as its ending says
         * ("governments": a plural noun) */
        else if (!t->readings && !(t->flags & TOK_CAP) && !(t->words & CLOSED_LISTS)) {
            t->readings = guess(t);
            /* "vowed to target American ships", "will target": after
             * "to" or a modal, a verb of verbs.txt that WordNet's counts
             * left out of pos.txt is a verb's base form too */
            if (!(t->readings & (PR_VERB | PR_ADV | PR_ADJ | PR_PLURAL)) && j > s0 &&
                (tok_eq(&T[j - 1], "to") || tok_in(&T[j - 1], W_MODAL)) &&
                pl_grammar_patterns(lx, t->hash))
                t->readings |= PR_BASE;
        }
        /* "the unfriendly steps": an unknown "-ly" word between an
         * article and a noun is an adjective (but "the newly elected …");
         * the word before j, now that j has its readings */
        uint32_t i = j - 1;
        if (before == PR_ADV && j >= s0 + 2 && (T[i].flags & TOK_WORD) &&
            !T[i].words2 && (tok_in(&T[i - 1], W_DET) || tok_in(&T[i - 1], W_POSSDET)) &&
            (t->readings & PR_NOMINAL) &&
            !(t->readings & (PR_PAST | PR_PART | PR_ING | PR_ADJ)))
            T[i].readings = PR_ADJ;
        before = t->readings;
    }
    for (uint32_t i = s0; i < s1; i++) {
        token *t = &T[i];
        int tag = closed_tag(T, s0, s1, i);
        if (tag == ST_NONE && hyphen_adjective(lx, t))
            tag = ST_ADJ;
        /* "a Greek-flagged tanker", which the tokenizer cut after the
         * state's name: the word after a hyphen that joins it is part of
         * the adjective (the word's own flags and readings first, the
         * hyphen's fold after) */
        else if (tag == ST_NONE && !(t->flags & TOK_SPACE) &&
                 (t->readings & (PR_PAST | PR_PART)) && i >= s0 + 2 &&
                 T[i - 1].fold_len == 1 && T[i - 1].fold[0] == '-' &&
                 !(T[i - 1].flags & TOK_SPACE) && i + 1 < s1 && !(T[i + 1].flags & TOK_PUNCT))
            tag = ST_ADJ;
        else if (tag == ST_NONE) {
            uint32_t r = t->readings;
            size_t mods;
            int cap = (t->flags & TOK_CAP) != 0;
            /* a capitalised word inside a sentence is a name, unless the
             * sentence is a headline in title case; the first word of a
             * sentence is a name when WordNet does not know it */
            if (cap && ((i > s0 && i != body && !titled) || !r ||
                        (t->flags & TOK_ALLCAPS)))
                /* "Separately, French police on Monday detained": a
                 * one-word demonym before a lower-case word is its
                 * adjective (so that "police" is no verb) */
                tag = !(t->flags & TOK_ALLCAPS) && i + 1 < s1 && (T[i + 1].flags & TOK_WORD) &&
                              !(T[i + 1].flags & TOK_CAP) && demonym(lx, T, i, s1)
                          ? ST_ADJ
                          : ST_PROPN;
            else if ((r & (PR_PAST | PR_3SG)) && i > s0 && T[i - 1].tag != ST_DET &&
                     T[i - 1].tag != ST_POSSDET && T[i - 1].tag != ST_POSS &&
                     !((r & PR_PLURAL) && np_open(T, s0, i)) && /* "the Baltic states" */
                     !(T[i - 1].tag == ST_VERB && (r & PR_PLURAL)) && report_form(t))
                /* "Pakistan's military said …": a verb of saying in the
                 * past or present tense is a verb (but "dismissed
                 * reports": an object) */
                tag = ST_VERB;
            else if ((r & PR_ING) && i + 1 < s1 && tok_eq(&T[i + 1], "between") &&
                     pl_grammar_noun_event(lx, T, i, i) >= 0)
                /* "fighting between the army and the rebels": a noun of
                 * an event before "between" names the event */
                tag = ST_NOUN;
            else if ((r & PR_ING) && (r & PR_NOMINAL) && (i == s0 || i == body) && i + 1 < s1 &&
                     (T[i + 1].flags & TOK_WORD) && !(T[i + 1].flags & TOK_CAP) &&
                     (T[i + 1].readings & (PR_PAST | PR_3SG)) && !(T[i + 1].readings & PR_ING))
                /* "Fighting broke out", "Shelling continued": a gerund
                 * that begins the sentence before a finite verb is its
                 * subject */
                tag = ST_NOUN;
            else if ((r & PR_VERB) && i > s0 && /* a first word has no modifiers */
                     (t->facts & WF_COMPOUND) && (mods = pl_grammar_compound_noun(lx, T, s0, i))) {
                /* "imposed asset freezes and travel bans": a noun of
                 * several words that nouns.txt lists is a noun, all of it */
                tag = ST_NOUN;
                for (size_t k = i - mods; k < i; k++)
                    if (T[k].tag == ST_VERB)
                        T[k].tag = ST_NOUN, T[k].vform = 0;
            } else {
                if (!r)
                    r = guess(t);
                tag = decide(T, s0, s1, i, r, titled, i == s0 || i == body);
            }
            if (tag == ST_VERB)
                t->vform = verb_forms(T, s0, i, r ? r : PR_BASE);
        } else if (tag == ST_AUX) {
            t->vform = (uint8_t)(t->readings & PR_VERB);
        }
        t->tag = (uint8_t)tag;
    }
}

int pl_syntax_headline(const text_doc *td, size_t si)
{
    const sentence *s = &td->sents[si];
    const token *last = s->tok1 > s->tok0 ? &td->toks[s->tok1 - 1] : NULL;
    return si == 0 && td->nsents > 1 && last &&
           !(last->fold_len == 1 && strchr(".!?\"", last->fold[0]));
}

void pl_syntax_tag(const parley_lexicon *lx, text_doc *td)
{
    for (size_t si = 0; si < td->nsents; si++) {
        const sentence *s = &td->sents[si];
        int headline = pl_syntax_headline(td, si);
        /* the first word after a dateline begins the sentence's own
         * words: "BEIJING, May 21 (Xinhua) -- According to …" (kept for
         * the parse) */
        td->sents[si].body = pl_syntax_body(td->toks, s->tok0, s->tok1);
        tag_sentence(lx, td->toks, s->tok0, s->tok1, headline, s->body);
    }
}
