/* test_syntax.c — unit tests of the syntax stage (src/syntax/): the parts
 * of speech, chunks and clauses of tricky sentences, with the built-in
 * lexicon and the mentions they need. Each sentence is written out as its
 * chunks ("NP", "VG", "PP", …, "*" marking an actor, "+" an owned phrase)
 * and its clauses (kind, verb group, subject, speaker, parent), and the
 * text is compared whole, so that a change anywhere shows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "parley.h"
#include "lexicon/lexicon.h"
#include "mentions/mentions.h"
#include "syntax/syntax.h"
#include "text/token.h"
#include "util/arena.h"

static parley_lexicon *lx;

static int setup(void **state)
{
    (void)state;
    parley_lexicon_opts o = {0};
    return parley_lexicon_load(&lx, &o, NULL) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(lx);
    return 0;
}

static const char *const kinds[] = {"NP", "VG", "PP", "ADV", "CONJ", "SUB",
                                    "REL", "TO", "P", "Q", "X"};
static const char *const clause_kinds[] = {"main", "coord", "comp", "rel",
                                           "adv", "part", "inf"};

/* Appends to out the text of tokens [t0, t1) of td. */
static void add_span(char *out, size_t cap, const text_doc *td, uint32_t t0, uint32_t t1)
{
    size_t n = strlen(out);
    const char *p = td->text + td->toks[t0].start;
    size_t len = td->toks[t1 - 1].end - td->toks[t0].start;
    snprintf(out + n, cap - n, "%.*s", (int)len, p);
}

/* Parses the last sentence of text (the others are context) and writes
 * its chunks, one per line, then its clauses. */
static void parse(const char *text, char *out, size_t cap)
{
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), pl_lexicon_is_abbrev, lx, &td), 0);
    pl_lexicon_annotate(lx, td.toks, td.ntoks);
    pl_syntax_tag(lx, &td);
    coref_state st;
    pl_coref_init(&st, lx, &td, 20250301);
    syn_sent syn;
    out[0] = 0;
    for (uint32_t si = 0; si < td.nsents; si++) {
        mention *ms;
        int nm = pl_mentions_find(&a, lx, &td, td.sents[si].tok0, td.sents[si].tok1, &st, &ms);
        assert_true(nm >= 0);
        assert_int_equal(pl_syntax_parse(&a, lx, &td, si, ms, nm, &syn), 0);
    }
    for (int k = 0; k < syn.nch; k++) {
        const chunk *c = &syn.ch[k];
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s%s ", kinds[c->kind],
                 c->kind != CK_NP ? "" : c->mention >= 0 ? "*" : c->owner >= 0 ? "+" : "");
        add_span(out, cap, &td, c->t0, c->t1);
        n = strlen(out);
        snprintf(out + n, cap - n, "\n");
    }
    for (int i = 0; i < syn.ncl; i++) {
        const clause *cl = &syn.cl[i];
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s vg=%d subj=%d speaker=%d parent=%d\n",
                 clause_kinds[cl->kind], cl->vg, cl->subj, cl->speaker, cl->parent);
    }
    pl_arena_release(&a);
}

/* The flags of the verb group of the first clause of the last sentence. */
static unsigned vg_flags(const char *text)
{
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), pl_lexicon_is_abbrev, lx, &td), 0);
    pl_lexicon_annotate(lx, td.toks, td.ntoks);
    pl_syntax_tag(lx, &td);
    coref_state st;
    pl_coref_init(&st, lx, &td, 20250301);
    mention *ms;
    int nm = pl_mentions_find(&a, lx, &td, td.sents[0].tok0, td.sents[0].tok1, &st, &ms);
    syn_sent syn;
    assert_int_equal(pl_syntax_parse(&a, lx, &td, 0, ms, nm, &syn), 0);
    assert_true(syn.ncl > 0 && syn.cl[0].vg >= 0);
    unsigned f = syn.ch[syn.cl[0].vg].flags;
    pl_arena_release(&a);
    return f;
}

/* Modifiers before their head, whatever they are: "detailed talks". */
static void modifiers_stay_in_their_phrase(void **state)
{
    (void)state;
    char out[4096];
    parse("Foreign Minister Murat Nurtleu held detailed bilateral talks with "
          "the Foreign Minister of Latvia on Monday.",
          out, sizeof out);
    assert_string_equal(out, "NP* Foreign Minister Murat Nurtleu\n"
                             "VG held\n"
                             "NP detailed bilateral talks\n"
                             "PP with\n"
                             "NP* the Foreign Minister of Latvia\n"
                             "PP on\n"
                             "NP Monday\n"
                             "P .\n"
                             "main vg=1 subj=0 speaker=-1 parent=-1\n");
}

/* "said on Tuesday that …": a complement, not a relative clause. */
static void that_after_a_time_is_a_complement(void **state)
{
    (void)state;
    char out[4096];
    parse("The Lithuanian Foreign Ministry said on Tuesday that the Russian "
          "diplomats had been declared persona non grata.",
          out, sizeof out);
    assert_non_null(strstr(out, "comp vg="));
    assert_null(strstr(out, "rel vg="));
    /* the complement's speaker is the ministry, chunk 0 */
    assert_non_null(strstr(out, "speaker=0 parent=0"));
}

/* "A convoy carrying food … reached Y": the participle is inside the
 * subject, and the clause resumes at "reached" with the same subject. */
static void participle_inside_the_subject(void **state)
{
    (void)state;
    char out[4096];
    parse("A convoy carrying food from the World Food Programme reached the town.", out,
          sizeof out);
    assert_string_equal(out, "NP A convoy\n"
                             "VG carrying\n"
                             "NP food\n"
                             "PP from\n"
                             "NP* the World Food Programme\n"
                             "VG reached\n"
                             "NP the town\n"
                             "P .\n"
                             "main vg=-1 subj=0 speaker=-1 parent=-1\n"
                             "part vg=1 subj=0 speaker=-1 parent=0\n"
                             "main vg=5 subj=0 speaker=-1 parent=-1\n");
}

/* "A report released on Tuesday accused X": a passive participle (no
 * object after it) inside the subject. */
static void passive_participle_inside_the_subject(void **state)
{
    (void)state;
    char out[4096];
    parse("A Rwandan report released on Tuesday accused France of complicity.", out,
          sizeof out);
    assert_non_null(strstr(out, "VG released\n"));
    assert_non_null(strstr(out, "VG accused\n"));
    assert_non_null(strstr(out, "part vg=1 subj=0"));
}

/* "X said that A amounted to B and urged C, which …, to D": the speaker
 * urges, and the infinitive after the relative clause is "urged"'s. */
static void coordination_after_a_complement(void **state)
{
    (void)state;
    char out[4096];
    parse("Lebanese President Joseph Aoun said that the presence amounted to an "
          "occupation and urged the United States and France, which sit on the "
          "committee, to press Israel.",
          out, sizeof out);
    /* the coordinated clause has Aoun (chunk 0) as its subject */
    assert_non_null(strstr(out, "coord vg=8 subj=0"));
    /* the infinitive hangs from the coordinated clause (clause 2) */
    assert_non_null(strstr(out, "inf vg="));
    assert_non_null(strstr(out, "parent=2\n"));
}

/* Quotation marks are no words: the object is "army drones". */
static void quotation_marks_around_an_object(void **state)
{
    (void)state;
    char out[4096];
    parse("KHARTOUM, Feb. 12, 2025 - The RSF blamed \"army drones\" for the damage.", out,
          sizeof out);
    assert_non_null(strstr(out, "Q \"\nNP+ army drones\nQ \"\n"));
}

/* "Relief supplies from India arrived": a plural noun, not a verb. */
static void plural_noun_before_its_verb(void **state)
{
    (void)state;
    char out[4096];
    parse("Relief supplies from India arrived in Mandalay.", out, sizeof out);
    assert_non_null(strstr(out, "NP Relief supplies\n"));
    assert_non_null(strstr(out, "VG arrived\n"));
    parse("Issues of labour migration were discussed with Amy Pope.", out, sizeof out);
    assert_non_null(strstr(out, "NP Issues\n"));
}

/* "The sentencing drew criticism": a gerund after "the" before a past
 * tense is the subject; "Talks between X and Y were held": the first
 * word, a plural noun; "helped organise": one verb group. */
static void subjects_that_read_as_verbs(void **state)
{
    (void)state;
    char out[4096];
    parse("The sentencing drew sharp criticism from the European Union.", out, sizeof out);
    assert_non_null(strstr(out, "NP The sentencing\nVG drew\n"));
    parse("Talks between Chile and Peru were held in Lima.", out, sizeof out);
    assert_non_null(strstr(out, "NP Talks\n"));
    parse("LIMA, May 3, 2026 (Andina) - Talks between Chile and Peru were held in Lima.", out,
          sizeof out);
    assert_non_null(strstr(out, "NP Talks\n"));
    parse("He said the diplomat had helped organise acts of sabotage.", out, sizeof out);
    assert_non_null(strstr(out, "VG had helped organise\n"));
}

/* "began deploying": the aspect verb and its event verb are one group. */
static void aspect_verbs(void **state)
{
    (void)state;
    char out[4096];
    parse("Azerbaijan began deploying troops to the border.", out, sizeof out);
    assert_non_null(strstr(out, "VG began deploying\n"));
}

/* "the latter noted": a pronoun and a verb. */
static void the_latter(void **state)
{
    (void)state;
    char out[4096];
    parse("Guterres met Nurtleu. At the meeting, the latter noted the role of the UN.", out,
          sizeof out);
    assert_non_null(strstr(out, "NP* the latter\nVG noted\n"));
}

/* "ALGIERS, May 12, 2025 (AFP) - …": a month in a dateline is no verb. */
static void dateline_month(void **state)
{
    (void)state;
    char out[4096];
    parse("OSLO, March 3, 2025 - Norway met Colombia.", out, sizeof out);
    assert_null(strstr(out, "VG March"));
    assert_non_null(strstr(out, "VG met\n"));
}

/* Tense, negation, mood and voice of verb groups. */
static void verb_group_flags(void **state)
{
    (void)state;
    assert_true(vg_flags("Kazakhstan did not meet Uzbekistan.") & VG_NEG);
    assert_true(vg_flags("Kazakhstan will meet Uzbekistan.") & VG_FUTURE);
    assert_true(vg_flags("Kazakhstan would meet Uzbekistan.") & VG_MODAL);
    assert_true(vg_flags("The ambassador was received by the minister.") & VG_PASSIVE);
    assert_true(vg_flags("Supplies have been arriving in Mandalay.") & VG_PERFECT);
    assert_true(vg_flags("Kazakhstan met Uzbekistan.") & VG_PAST);
    assert_false(vg_flags("Kazakhstan met Uzbekistan.") & (VG_NEG | VG_FUTURE | VG_PASSIVE));
}

/* "…," the lawyer told Reuters: an attribution although it has an
 * object; the quotation before it is the lawyer's. */
static void attribution_after_a_quotation(void **state)
{
    (void)state;
    char out[4096];
    parse("\"This is a political verdict,\" lawyer Ines Trabelsi told Reuters.", out,
          sizeof out);
    /* the quoted clause (clause 0) has the lawyer's chunk as speaker */
    assert_non_null(strstr(out, "main vg=2 subj=1 speaker=6"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(modifiers_stay_in_their_phrase),
        cmocka_unit_test(that_after_a_time_is_a_complement),
        cmocka_unit_test(participle_inside_the_subject),
        cmocka_unit_test(passive_participle_inside_the_subject),
        cmocka_unit_test(coordination_after_a_complement),
        cmocka_unit_test(quotation_marks_around_an_object),
        cmocka_unit_test(plural_noun_before_its_verb),
        cmocka_unit_test(subjects_that_read_as_verbs),
        cmocka_unit_test(aspect_verbs),
        cmocka_unit_test(the_latter),
        cmocka_unit_test(dateline_month),
        cmocka_unit_test(verb_group_flags),
        cmocka_unit_test(attribution_after_a_quotation),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
