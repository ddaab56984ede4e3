/* test_mentions.c — unit tests of stages 4 and 5 (src/mentions/): the
 * actor mentions found in a sentence (persons with office and country,
 * offices, countries and their adjectives, organisations and acronyms,
 * lists, pronouns, "the latter") and coreference across sentences
 * (surnames, pronouns, the home country), with the built-in lexicon. Each
 * sentence's mentions are written out whole and compared as text. */
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

static const char *const kind_names[] = {"person", "office", "country", "org", "pronoun",
                                         "group", "latter", "former", "home"};

static void add(char *out, size_t cap, const char *fmt, const char *s)
{
    size_t n = strlen(out);
    snprintf(out + n, cap - n, fmt, s ? s : "-");
}

/* Finds the mentions of every sentence of text (dated date) and writes
 * those of the last one, one per line: "kind 'text' =
 * name|role|country|org|agent" for each actor ("+" between listed
 * actors), with " poss" for a possessive. *home receives the home
 * country pl_coref_init chose. */
static void mentions_of(const char *text, int32_t date, char *out, size_t cap,
                        const char **home)
{
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), pl_lexicon_is_abbrev, lx, &td), 0);
    pl_lexicon_annotate(lx, td.toks, td.ntoks);
    pl_syntax_tag(lx, &td);
    coref_state st;
    pl_coref_init(&st, lx, &td, date);
    if (home)
        *home = st.home;
    mention *ms = NULL;
    int nm = 0;
    for (uint32_t si = 0; si < td.nsents; si++) {
        nm = pl_mentions_find(&a, lx, &td, td.sents[si].tok0, td.sents[si].tok1, &st, &ms);
        assert_true(nm >= 0);
    }
    out[0] = 0;
    for (int k = 0; k < nm; k++) {
        const mention *m = &ms[k];
        assert_true(m->kind >= 0 && m->kind <= MK_HOME);
        assert_true(m->t0 < m->t1);
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s '%.*s' =", kind_names[m->kind],
                 (int)(td.toks[m->t1 - 1].end - td.toks[m->t0].start),
                 td.text + td.toks[m->t0].start);
        for (int i = 0; i < m->nact; i++) {
            const actor *ac = &m->acts[i];
            add(out, cap, i ? " + %s" : " %s", ac->name);
            add(out, cap, "|%s", ac->role);
            add(out, cap, "|%s", ac->country);
            add(out, cap, "|%s", ac->org);
            add(out, cap, "|%s", ac->agent);
        }
        if (m->possessive)
            add(out, cap, "%s", " poss");
        add(out, cap, "%s", "\n");
    }
    pl_arena_release(&a);
}

/* The mentions of the last sentence of text, dated 2025-03-01. */
static const char *last(const char *text)
{
    static char out[4096];
    mentions_of(text, 20250301, out, sizeof out, NULL);
    return out;
}

/* A person with office and country; an office of a country whose holder
 * on the document's date is in the persons dictionary. */
static void person_and_office_holder(void **state)
{
    (void)state;
    assert_string_equal(
        last("Minister of Foreign Affairs of Latvia Baiba Braže met with the Foreign "
             "Minister of Lithuania in Riga."),
        "person 'Minister of Foreign Affairs of Latvia Baiba Braže' = "
        "Baiba Braže|Minister of Foreign Affairs|LVA|-|GOV\n"
        "office 'the Foreign Minister of Lithuania' = "
        "Kęstutis Budrys|Minister of Foreign Affairs|LTU|-|GOV\n");
}

/* The holder depends on the date: Linkevičius in 2015, Budrys (from
 * December 2024) in 2025, nobody named before either. */
static void office_holder_by_date(void **state)
{
    (void)state;
    const char *text = "The Foreign Minister of Lithuania arrived.";
    char out[1024];
    mentions_of(text, 20150601, out, sizeof out, NULL);
    assert_string_equal(out, "office 'The Foreign Minister of Lithuania' = "
                             "Linas Linkevičius|Minister of Foreign Affairs|LTU|-|GOV\n");
    mentions_of(text, 20250601, out, sizeof out, NULL);
    assert_string_equal(out, "office 'The Foreign Minister of Lithuania' = "
                             "Kęstutis Budrys|Minister of Foreign Affairs|LTU|-|GOV\n");
    mentions_of(text, 19950601, out, sizeof out, NULL);
    assert_string_equal(out, "office 'The Foreign Minister of Lithuania' = "
                             "-|Minister of Foreign Affairs|LTU|-|GOV\n");
}

/* A country's adjective with "government" is its government; an
 * organisation by name. */
static void government_and_organisation(void **state)
{
    (void)state;
    assert_string_equal(last("The Latvian government and the United Nations welcomed the agreement."),
                        "office 'The Latvian government' = -|Government|LVA|-|GOV\n"
                        "org 'the United Nations' = -|-|-|UN|-\n");
}

/* A list is one mention with an actor per member; a possessive is
 * marked. */
static void list_and_possessive(void **state)
{
    (void)state;
    assert_string_equal(last("Latvia, Lithuania and Estonia condemned Russia's decision."),
                        "country 'Latvia, Lithuania and Estonia' = "
                        "-|-|LVA|-|- + -|-|LTU|-|- + -|-|EST|-|-\n"
                        "country 'Russia' = -|-|RUS|-|- poss\n");
}

/* Coreference: a pronoun is the latest subject person; a surname with an
 * honorific is the person named before in full. */
static void pronoun_and_surname(void **state)
{
    (void)state;
    assert_string_equal(last("Foreign Minister Murat Nurtleu met Bakhtiyor Saidov. He thanked Mr. Saidov."),
                        "pronoun 'He' = Murat Nurtleu|Minister of Foreign Affairs|KAZ|-|GOV\n"
                        "person 'Mr. Saidov' = Bakhtiyor Saidov|Minister of Foreign Affairs|UZB|-|GOV\n");
}

/* "the latter" is the second of the latest two, "him" the other. */
static void the_latter(void **state)
{
    (void)state;
    assert_string_equal(last("Murat Nurtleu met Bakhtiyor Saidov. The latter praised him."),
                        "latter 'The latter' = Bakhtiyor Saidov|Minister of Foreign Affairs|UZB|-|GOV\n"
                        "pronoun 'him' = Murat Nurtleu|Minister of Foreign Affairs|KAZ|-|GOV\n");
    assert_string_equal(last("Murat Nurtleu met Bakhtiyor Saidov. The former praised Uzbekistan."),
                        "former 'The former' = Murat Nurtleu|Minister of Foreign Affairs|KAZ|-|GOV\n"
                        "country 'Uzbekistan' = -|-|UZB|-|-\n");
}

/* An acronym the text defines in brackets names the organisation later;
 * an unknown acronym that the text never defined is no actor. */
static void acronym_defined_in_the_text(void **state)
{
    (void)state;
    assert_string_equal(last("The Movement for Democratic Renewal (MDR) met the government. "
                             "The MDR rejected the plan."),
                        "org 'The MDR' = -|-|-|MDR|-\n");
    assert_string_equal(last("The government met the delegation. The XQZ rejected the plan."), "");
}

/* "The Prime Minister" after a named prime minister is that person; an
 * organisation's office holder from the dictionary. */
static void office_refers_back(void **state)
{
    (void)state;
    assert_string_equal(last("Japanese Prime Minister Shigeru Ishiba visited China. "
                             "The Prime Minister met Chinese President Xi Jinping."),
                        "office 'The Prime Minister' = Shigeru Ishiba|Prime Minister|JPN|-|GOV\n"
                        "person 'Chinese President Xi Jinping' = Xi Jinping|President|CHN|-|GOV\n");
    assert_string_equal(last("The NATO Secretary General arrived."),
                        "office 'The NATO Secretary General' = Mark Rutte|Secretary-General|-|NATO|-\n");
}

/* A possessive country owns the office; an envoy is his own state's, not
 * the host's. */
static void possessive_office_and_envoy(void **state)
{
    (void)state;
    assert_string_equal(last("Kazakhstan's Foreign Minister met the Uzbek ambassador to Kazakhstan."),
                        "office 'Kazakhstan's Foreign Minister' = "
                        "Murat Nurtleu|Minister of Foreign Affairs|KAZ|-|GOV\n"
                        "office 'the Uzbek ambassador to Kazakhstan' = -|Ambassador|UZB|-|GOV\n");
}

/* Sectors without a country of their own (police, opposition,
 * protesters) and no home country: those of the place the sentence names;
 * a capital stands for its country. */
static void sectors_and_capitals(void **state)
{
    (void)state;
    assert_string_equal(last("Police arrested opposition protesters in Minsk."),
                        "office 'Police' = -|Police|BLR|-|COP\n"
                        "office 'opposition' = -|Opposition|BLR|-|OPP\n"
                        "office 'protesters' = -|Civil Society|BLR|-|CVL\n"
                        "country 'Minsk' = -|-|BLR|-|-\n");
}

/* The home country is the one most named; none when nothing is. */
static void home_country(void **state)
{
    (void)state;
    char out[2048];
    const char *home = NULL;
    mentions_of("Kazakh officials said Kazakhstan would host the talks. Russia agreed. "
                "Kazakhstan thanked Russia and Kazakh media praised it.",
                20250301, out, sizeof out, &home);
    assert_non_null(home);
    assert_string_equal(home, "KAZ");
    mentions_of("The weather was fine.", 20250301, out, sizeof out, &home);
    assert_null(home);
    assert_string_equal(out, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(person_and_office_holder),
        cmocka_unit_test(office_holder_by_date),
        cmocka_unit_test(government_and_organisation),
        cmocka_unit_test(list_and_possessive),
        cmocka_unit_test(pronoun_and_surname),
        cmocka_unit_test(the_latter),
        cmocka_unit_test(acronym_defined_in_the_text),
        cmocka_unit_test(office_refers_back),
        cmocka_unit_test(possessive_office_and_envoy),
        cmocka_unit_test(sectors_and_capitals),
        cmocka_unit_test(home_country),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
