/* token.h — the text layer's output: tokens that are views into the
 * document text (byte offsets) with a folded form for matching (case
 * folded, diacritics removed), grouped into sentences. Stage 2 of the
 * pipeline; everything lives in the document's arena. */
#ifndef PARLEY_TOKEN_H
#define PARLEY_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/fold.h" /* pl_fold_match: the fold of every token */

enum token_flags {
    TOK_WORD = 1 << 0,    /* letters (possibly with digits, - ' .) */
    TOK_NUM = 1 << 1,     /* starts with a digit */
    TOK_PUNCT = 1 << 2,   /* one punctuation or symbol character */
    TOK_CAP = 1 << 3,     /* first letter is upper case */
    TOK_ALLCAPS = 1 << 4, /* two or more letters, all upper case */
    TOK_NL = 1 << 5,      /* a line break precedes the token */
    TOK_PARA = 1 << 6,    /* a blank line precedes the token */
    TOK_SPACE = 1 << 7,   /* white space precedes the token */
    TOK_POSS = 1 << 8,    /* the possessive "'s" split off a word */
    TOK_HYPHEN = 1 << 9,  /* the folded form has a '-' ("saudi-led") */
    TOK_SEG = 1 << 10     /* the token before is no word of letters and
                             digits alone (tokenize's fast_word and
                             latin_word): a sentence may end before this
                             one */
};

typedef struct token {
    uint32_t start, end; /* byte offsets into the document text */
    const char *fold;    /* folded form, NUL-terminated (arena) */
    uint32_t fold_len;
    uint32_t flags;
    uint64_t hash;       /* hash of fold (lexicon_hash) */
    uint32_t sent;       /* sentence index */
    uint32_t lexkinds;   /* pl_lexicon_annotate: LK_BIT of every kind of
                            phrase that may start here, | LEX_ANNOTATED */
    uint64_t words;      /* pl_words_annotate: the word lists it is in */
    uint64_t words2;     /* and the lists from WORDS_FIRST on */
    /* pl_lexicon_annotate: where the dictionary phrases that start here end,
     * as trie nodes with payloads and lengths in tokens (shortest first) */
    uint8_t nlex, lexlen[3];
    uint32_t lexnode[3];
    /* pl_syntax_tag: the part of speech in context (enum syn_tag of
     * syntax/syntax.h), for a verb its possible forms, and the readings
     * the word has out of context (enum pos_reading of grammar.h) */
    uint8_t tag;
    uint8_t vform;
    uint8_t prep; /* pl_words_annotate: the preposition it is (enum prep of
                     lexicon/grammar.h), P_NONE for other words */
    uint8_t facts; /* pl_words_annotate: what the grammar knows of the word
                      that the later stages would ask it for token by token
                      (enum word_facts of lexicon/grammar.h); right after
                      prep, as in lex_vinfo.kinds (lexicon/lexicon.h) */
    uint32_t readings;
} token;

typedef struct sentence {
    uint32_t start, end;     /* byte span in the text */
    uint32_t tok0, tok1;     /* token range [tok0, tok1) */
    uint32_t body;           /* pl_syntax_tag: pl_syntax_body of the range
                                (tok0 before) */
} sentence;

typedef struct text_doc {
    const char *text;
    size_t len;
    token *toks;
    size_t ntoks;
    sentence *sents;
    size_t nsents;
} text_doc;

/* Abbreviation test used by the segmenter: returns 1 when the folded
 * word (without its final dot) is a known abbreviation, 2 when it is one
 * that ends a name ("Jr."), after which a capitalised word starts a new
 * sentence, and 0 otherwise. */
typedef int (*abbrev_fn)(const void *ud, const char *fold, size_t n);

/* Tokenises and segments text into td (arrays in a). Returns 0 or
 * PARLEY_ENOMEM. Invalid UTF-8 bytes are each treated as a symbol. */
int pl_text_analyse(arena *a, const char *text, size_t len, abbrev_fn is_abbrev,
                 const void *abbrev_ud, text_doc *td);


/* 64-bit FNV-1a of bytes: the key used for folded tokens everywhere. */
static inline uint64_t text_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Decodes one UTF-8 code point at s (n bytes available) into *cp and
 * returns its length; invalid bytes give *cp = -1 and length 1. */
size_t pl_text_utf8_next(const char *s, size_t n, int32_t *cp);

#endif
