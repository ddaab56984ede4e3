/* test_grammar.c — unit tests of the grammar's word lists (src/lexicon/
 * grammar.c, stage 3): the lists of codes (W_CODE_FIRST on) answer their
 * codes without a bit of the token's masks, the word lists still answer
 * their words, by word and on annotated tokens, in the lexicon loaded
 * from data/'s text and in the one read back from its image. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/grammar.h"
#include "lexicon/image.h"
#include "lexicon/lexicon.h"
#include "parley.h"

_Static_assert(W_CODE_FIRST <= 2 * WORDS_FIRST, "the word lists fit the two masks");
_Static_assert(W_NLISTS - W_CODE_FIRST >= 9, "the lists of codes take no bit");

static parley_lexicon *text_lx;

static int setup(void **state)
{
    (void)state;
    return parley_lexicon_load(&text_lx, NULL, NULL) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(text_lx);
    return 0;
}

/* A token of the folded word w, annotated as the pipeline does. */
static token annotated(const parley_lexicon *lx, const char *w)
{
    token t;
    memset(&t, 0, sizeof t);
    t.fold = w;
    t.fold_len = (uint32_t)strlen(w);
    t.end = t.fold_len;
    t.hash = text_hash(w, t.fold_len);
    t.flags = TOK_WORD;
    pl_lexicon_annotate(lx, &t, 1);
    return t;
}

/* What every lexicon must answer, whatever it was loaded from. */
static void check_lists(const parley_lexicon *lx)
{
    /* codes, in any case, in their lists only */
    assert_int_equal(pl_grammar_code_in(lx, "CVL", W_PEOPLE_SECTORS), 1);
    assert_int_equal(pl_grammar_code_in(lx, "cvl", W_PEOPLE_SECTORS), 1);
    assert_int_equal(pl_grammar_code_in(lx, "EDU", W_PEOPLE_SECTORS), 1);
    assert_int_equal(pl_grammar_code_in(lx, "GOV", W_PEOPLE_SECTORS), 0);
    assert_int_equal(pl_grammar_code_in(lx, "CV", W_PEOPLE_SECTORS), 0);
    assert_int_equal(pl_grammar_code_in(lx, "CHN", W_SURNAME_FIRST), 1);
    assert_int_equal(pl_grammar_code_in(lx, "THA", W_GIVEN_CALLED), 1);
    assert_int_equal(pl_grammar_code_in(lx, "THA", W_SURNAME_FIRST), 0);
    assert_int_equal(pl_grammar_code_in(lx, "REB", W_OWN_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "COP", W_OWN_SIDES), 0);
    assert_int_equal(pl_grammar_code_in(lx, "AGR", W_LOCAL_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "MIL", W_LOCAL_SIDES), 0);
    assert_int_equal(pl_grammar_code_in(lx, "MIL", W_DATELINE_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "JUD", W_POLICE_SECTORS), 1);
    assert_int_equal(pl_grammar_code_in(lx, "UNSC", W_ORG_AS_PARENT), 1);
    assert_int_equal(pl_grammar_code_in(lx, "CERF", W_OWN_NAME_BODIES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "UNSC", W_OWN_NAME_BODIES), 0);
    /* none for NULL, the empty code, a code of 8 bytes or more */
    assert_int_equal(pl_grammar_code_in(lx, NULL, W_PEOPLE_SECTORS), 0);
    assert_int_equal(pl_grammar_code_in(lx, "", W_PEOPLE_SECTORS), 0);
    assert_int_equal(pl_grammar_code_in(lx, "CVLCVLCV", W_PEOPLE_SECTORS), 0);
    assert_int_equal(pl_grammar_word_in(lx, "cvl", 3, W_PEOPLE_SECTORS), 1);
    assert_int_equal(pl_grammar_word_in(lx, "gov", 3, W_PEOPLE_SECTORS), 0);

    /* word lists, in both masks (the first list, one of token.words2 and
     * the last one of all) */
    assert_true(W_STAFF >= WORDS_FIRST && W_ATTEMPT == W_CODE_FIRST - 1);
    assert_int_equal(pl_grammar_word_in(lx, "the", 3, W_DET), 1);
    assert_int_equal(pl_grammar_word_in(lx, "staff", 5, W_STAFF), 1);
    assert_int_equal(pl_grammar_word_in(lx, "attempted", 9, W_ATTEMPT), 1);
    assert_int_equal(pl_grammar_word_in(lx, "attempted", 9, W_DET), 0);
    assert_int_equal(pl_grammar_code_in(lx, "THE", W_DET), 1);
    token t = annotated(lx, "the");
    assert_int_equal(tok_in(&t, W_DET), 1);
    assert_int_equal(tok_in(&t, W_STAFF), 0);
    t = annotated(lx, "staff");
    assert_int_equal(tok_in(&t, W_STAFF), 1);
    assert_int_equal(tok_in(&t, W_DET), 0);
    t = annotated(lx, "attempted");
    assert_int_equal(tok_in(&t, W_ATTEMPT), 1);
    /* a word that is only a code is in no word list: no bit is set */
    t = annotated(lx, "cvl");
    assert_int_equal(t.words & ~WORDS_KNOWN, 0);
    assert_int_equal(t.words2, 0);
    for (int w = 0; w < W_CODE_FIRST; w++)
        assert_int_equal(tok_in(&t, w), 0);
}

static void lists_of_codes_and_words(void **state)
{
    (void)state;
    check_lists(text_lx);
}

/* The image keeps the lists of codes (its own section): the lexicon read
 * back answers as the text-loaded one. */
static void lists_survive_the_image(void **state)
{
    (void)state;
    uint64_t key[2];
    void *img;
    size_t n;
    pl_lexicon_image_key(key);
    assert_int_equal(pl_lexicon_image_encode(text_lx, key, &img, &n), 0);
    parley_lexicon *lx;
    assert_int_equal(pl_lexicon_image_decode(img, n, key, 0, &lx), 0);
    assert_non_null(lx->image);
    check_lists(lx);
    parley_lexicon_free(lx);
    free(img);
}

/* A code added by a line of words.txt (a --lexicon directory's) goes to
 * its own list, the lists after it keep theirs; a code of 8 bytes or
 * more is refused. */
static void a_code_added_to_a_list(void **state)
{
    (void)state;
    parley_lexicon *lx;
    assert_int_equal(parley_lexicon_load(&lx, NULL, NULL), 0);
    char name[] = "own-sides", codes[] = "XYZ; reb", *f[2] = {name, codes};
    const char *why = NULL;
    assert_int_equal(pl_grammar_entry(lx, "words.txt", f, 2, 1, &why), 0);
    assert_int_equal(pl_grammar_code_in(lx, "xyz", W_OWN_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "reb", W_OWN_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "xyz", W_LOCAL_SIDES), 0);
    assert_int_equal(pl_grammar_code_in(lx, "xyz", W_GIVEN_CALLED), 0);
    assert_int_equal(pl_grammar_code_in(lx, "cop", W_LOCAL_SIDES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "cerf", W_OWN_NAME_BODIES), 1);
    assert_int_equal(pl_grammar_code_in(lx, "isl", W_GIVEN_CALLED), 1);
    char name2[] = "local-sides", long_code[] = "abcdefgh", *g[2] = {name2, long_code};
    assert_int_equal(pl_grammar_entry(lx, "words.txt", g, 2, 1, &why), PARLEY_EPARSE);
    assert_non_null(why);
    parley_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lists_of_codes_and_words),
        cmocka_unit_test(lists_survive_the_image),
        cmocka_unit_test(a_code_added_to_a_list),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
