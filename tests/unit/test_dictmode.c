/* test_dictmode.c — unit tests of the community-dictionary mode of
 * parley_code (src/cameo/bridge.c, the merge in src/events/code.c): the
 * built-in lexicon and small PETRARCH-format dictionaries written here,
 * with real countries. Every dictionary event gets the country and
 * organisation its codes name and the date and place of the built-in
 * path; one list with the coder of each event and no duplicates; places
 * are no actors; passives, participles, claims, negations, denials and
 * lifted sanctions are not coded as something else; one CAMEO table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parley.h"
#include "cameo/cameo.h"
#include "lexicon/builtin.h"
#include "lexicon/lexicon.h"

static const char verbs[] =
    "--- MEET [040] ---\n"
    "MEET {MEETS MET MEETING}\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "SHELL {SHELLS SHELLED SHELLING}\n"
    "PUMMEL {PUMMELS PUMMELLED PUMMELLING}\n"
    "BOMB\n"
    "\n"
    "--- FREE [0841] ---\n"
    "FREE {FREES FREED FREEING}\n"
    "RELEASE\n"
    "\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "\n"
    "--- ALLEGE [110] ---\n"
    "ALLEGE\n"
    "CLAIM\n"
    "\n"
    "--- SAY [010] ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "\n"
    "--- REFUSE [---] ---\n"
    "DENY {DENIES DENIED DENYING}\n"
    "\n"
    "--- AGREE [030] ---\n"
    "AGREE\n"
    "- * (TO SANCTIONS) [163]\n"
    "\n"
    "--- LIFT [---] ---\n"
    "LIFT\n"
    "- * SANCTIONS [085]\n"
    "\n"
    "--- DETAIN [173] ---\n"
    "DETAIN\n"
    "\n"
    "--- RATIFY [031] ---\n"
    "RATIFY {RATIFIES RATIFIED RATIFYING}\n"
    "\n"
    "--- OCCUPY [192] ---\n"
    "TAKE {TAKES TOOK TAKEN TAKING}\n";

static const char actors[] =
    "RUSSIA [RUS]\n"
    "+RUSSIAN\n"
    "UKRAINE [UKR]\n"
    "FRANCE [FRA]\n"
    "+FRENCH\n"
    "RWANDA [RWA]\n"
    "+RWANDAN\n"
    "ISRAEL [ISR]\n"
    "IRAN [IRN]\n"
    "IRAQ [IRQ]\n"
    "KUWAIT [KWT]\n"
    "SYRIA [SYR]\n"
    "KAZAKHSTAN [KAZ]\n"
    "UZBEKISTAN [UZB]\n"
    "UNITED_STATES [USA]\n"
    "UNITED_NATIONS [IGOUNO]\n"
    "+UN\n"
    "GENEVA [CHE]\n"
    "POLAND [POL]\n"
    "+POLE\n"
    "BEIRUT [LBN]\n"
    "SYRIAN_REBELS [SYRREB]\n"
    "HAMAS [PSEREB]\n"
    "ICAO [IGOUNOBUS]\n";

static const char agents[] =
    "TROOPS [~MIL]\n"
    "GOVERNMENT [~GOV]\n"
    "MAYOR [~GOV]\n"
    "PEACEKEEPERS [~MIL]\n";

/* lx: the built-in lexicon without its event triggers (the files below
 * copied from the embedded data into a directory and loaded without the
 * built-ins), so that only the dictionaries code; full: all of it. */
typedef struct world {
    char dir[64], files[3][128], lexdir[80];
    parley_lexicon *lx, *full;
    parley_cameo *c;
} world;

static const char *const nonverbs[] = {"abbreviations.txt", "cameo.txt", "countries.txt",
                                       "honorifics.txt", "orgs.txt", "places.txt",
                                       "venues.txt", "words.txt", "pos.txt",
                                       "word-forms.txt", NULL};

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    world *w = calloc(1, sizeof *w);
    assert_non_null(w);
    snprintf(w->dir, sizeof w->dir, "%s", "/tmp/test_dictmode.XXXXXX");
    assert_non_null(mkdtemp(w->dir));
    const char *names[3] = {"v.txt", "a.txt", "g.txt"};
    const char *texts[3] = {verbs, actors, agents};
    for (int k = 0; k < 3; k++) {
        snprintf(w->files[k], sizeof w->files[k], "%s/%s", w->dir, names[k]);
        write_file(w->files[k], texts[k]);
    }
    const char *act[] = {w->files[1]};
    parley_cameo_opts o = {0};
    o.verbs = w->files[0];
    o.actors = act;
    o.nactors = 1;
    o.agents = w->files[2];
    o.format = PARLEY_CAMEO_PETRARCH;
    size_t bad = 0;
    assert_int_equal(parley_cameo_load(&w->c, &o, &bad), 0);
    assert_int_equal(bad, 0);
    snprintf(w->lexdir, sizeof w->lexdir, "%s/lex", w->dir);
    assert_int_equal(mkdir(w->lexdir, 0700), 0);
    for (int k = 0; nonverbs[k]; k++)
        for (size_t b = 0; b < pl_builtin_nfiles; b++)
            if (!strcmp(pl_builtin_files[b].name, nonverbs[k])) {
                char path[160];
                snprintf(path, sizeof path, "%s/%s", w->lexdir, nonverbs[k]);
                write_file(path, pl_builtin_files[b].data);
            }
    parley_lexicon_opts lo = {0};
    lo.user_dir = w->lexdir;
    lo.no_builtin = 1;
    assert_int_equal(parley_lexicon_load(&w->lx, &lo, NULL), 0);
    parley_lexicon_opts full = {0};
    assert_int_equal(parley_lexicon_load(&w->full, &full, NULL), 0);
    *state = w;
    return 0;
}

static int teardown(void **state)
{
    world *w = *state;
    parley_cameo_free(w->c);
    parley_lexicon_free(w->lx);
    parley_lexicon_free(w->full);
    for (int k = 0; k < 3; k++)
        unlink(w->files[k]);
    for (int k = 0; nonverbs[k]; k++) {
        char path[160];
        snprintf(path, sizeof path, "%s/%s", w->lexdir, nonverbs[k]);
        unlink(path);
    }
    rmdir(w->lexdir);
    rmdir(w->dir);
    free(w);
    return 0;
}

static void side(char *b, size_t cap, const parley_actor *a)
{
    size_t n = strlen(b);
    snprintf(b + n, cap - n, "%s(%s|%s|%s)", a->code ? a->code : "-",
             a->country ? a->country : "-", a->org ? a->org : "-",
             a->sector ? a->sector : "-");
}

/* The events of text (document date 2024-05-15, a Wednesday), one per
 * line: "coder cameo TYPE SRC(country|org|sector) TGT(...)" and
 * " neg" when negated, " place=X" and " date=Y" when known. */
static void code_neg(const parley_lexicon *lx, world *w, const char *text,
                     int negated, char *out, size_t cap)
{
    parley_doc d = {0};
    d.text.p = text;
    d.text.n = strlen(text);
    d.date.p = "2024-05-15";
    d.date.n = 10;
    parley_code_opts o = {0};
    o.cameo = w->c;
    o.negated = negated;
    parley_result *r;
    assert_int_equal(parley_code(lx, &d, &o, &r), 0);
    out[0] = '\0';
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%s %s %s ", e->coder, e->cameo,
                 e->type ? e->type : "-");
        side(out, cap, &e->source);
        n = strlen(out);
        snprintf(out + n, cap - n, " ");
        side(out, cap, &e->target);
        n = strlen(out);
        snprintf(out + n, cap - n, "%s%s%s%s%s\n", e->negated ? " neg" : "",
                 e->place.name ? " place=" : "", e->place.name ? e->place.name : "",
                 e->date ? " date=" : "", e->date ? e->date : "");
    }
    parley_result_free(r);
}

static void code_with(const parley_lexicon *lx, world *w, const char *text,
                      char *out, size_t cap)
{
    code_neg(lx, w, text, 0, out, cap);
}

static void code(world *w, const char *text, char *out, size_t cap)
{
    code_with(w->lx, w, text, out, cap);
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* Every event gets the country and organisation its codes name, and the
 * sector after the country. */
static void country_and_org_from_codes(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "Russian troops shelled Ukraine.", out, sizeof out);
    assert_string_equal(out, "dictionary 190 ASSAULT RUSMIL(RUS|-|MIL) UKR(UKR|-|-) "
                             "date=2024-05-15\n");
    code(w, "UN peacekeepers shelled Syria.", out, sizeof out);
    assert_non_null(strstr(out, "IGOUNOMIL(-|UN|IGO) SYR(SYR|-|-)"));
    /* a code that unrelated organisations share (SYRREB: HTS and the SDF
     * in orgs.txt; PSEREB: Hamas and Islamic Jihad) names none of them;
     * one that bodies of one organisation share names it (IGOUNOBUS) */
    code(w, "Syrian rebels shelled Hamas.", out, sizeof out);
    assert_non_null(strstr(out, "SYRREB(SYR|-|REB) PSEREB(PSE|-|REB)"));
    code(w, "ICAO met Syria.", out, sizeof out);
    assert_non_null(strstr(out, "IGOUNOBUS(-|UN|IGO) SYR(SYR|-|-)"));
}

/* Dates and places as on the built-in path: a weekday before the
 * document date, a city after "in". */
static void date_and_place_as_builtin(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "On Monday Russian troops shelled Ukraine from positions in Kharkiv.", out,
         sizeof out);
    assert_string_equal(out, "dictionary 190 ASSAULT RUSMIL(RUS|-|MIL) UKR(UKR|-|-) "
                             "place=Kharkiv date=2024-05-13\n");
}

/* "at the UN in Geneva": the venue and the city are where it happened,
 * not the one met. */
static void venues_and_cities_are_places(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "Russia met at the UN in Geneva with Ukraine.", out, sizeof out);
    assert_string_equal(out, "dictionary 040 CONSULT RUS(RUS|-|-) UKR(UKR|-|-) "
                             "place=Geneva date=2024-05-15\n");
    /* a country after "in" stays an actor, a city standing for its
     * government too when nothing makes it a place */
    code(w, "Russian troops shelled positions in Ukraine.", out, sizeof out);
    assert_non_null(strstr(out, "RUSMIL(RUS|-|MIL) UKR(UKR|-|-)"));
}

/* A passive with words between the verb and its "by" agent. */
static void passive_agent_after_a_gap(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "The mayor was freed on Monday by Israel.", out, sizeof out);
    assert_string_equal(out, "dictionary 0841 CONCEDE ISR(ISR|-|-) ---GOV(-|-|GOV) "
                             "date=2024-05-13\n");
}

/* "a report released on Tuesday ... accused": the participle describes
 * the report; the sentence's verb is "accused". */
static void participle_is_not_the_verb(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "A Rwandan report released on Tuesday accused France of lying.", out,
         sizeof out);
    assert_string_equal(out, "dictionary 112 ACCUSE RWA(RWA|-|-) FRA(FRA|-|-) "
                             "date=2024-05-14\n");
}

/* Lifting sanctions is not imposing them. */
static void lifted_sanctions(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "The United States lifted sanctions on Iran.", out, sizeof out);
    assert_string_equal(out, "dictionary 085 CONCEDE USA(USA|-|-) IRN(IRN|-|-) "
                             "date=2024-05-15\n");
    code(w, "The United States agreed to lift sanctions on Iran.", out, sizeof out);
    assert_null(strstr(out, " 163 "));
    /* a prepositional phrase of a pattern still matches */
    code(w, "The United States agreed to sanctions on Iran.", out, sizeof out);
    assert_non_null(strstr(out, "dictionary 163 SANCTION USA(USA|-|-) IRN(IRN|-|-)"));
}

/* A claim that another did something is an accusation; the act itself is
 * not coded. What someone said another did is coded with its own
 * subject. */
static void claims_and_reports(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "The United States claimed that Iran had attacked Iraq.", out, sizeof out);
    assert_string_equal(out, "dictionary 112 ACCUSE USA(USA|-|-) IRN(IRN|-|-) "
                             "date=2024-05-15\n");
    /* a conjunct without a subject of its own goes on with the claim */
    code(w, "The United States claimed that Iran had attacked Iraq and taken Kuwait.", out,
         sizeof out);
    assert_string_equal(out, "dictionary 112 ACCUSE USA(USA|-|-) IRN(IRN|-|-) "
                             "date=2024-05-15\n");
    /* with the built-in grammar too: it reads the claim as the
     * dictionaries do (verbs.txt "hearsay"), and the dictionaries leave
     * the sentence it coded to it */
    code_with(w->full, w, "The United States claimed that Iran had attacked Iraq.", out,
              sizeof out);
    assert_string_equal(out, "builtin 112 ACCUSE USA(USA|-|-) IRN(IRN|-|-) "
                             "date=2024-05-15\n");
    code(w, "Kuwait said that Iran had attacked Iraq.", out, sizeof out);
    assert_null(strstr(out, "KWT(KWT|-|-) IRQ"));
    assert_non_null(strstr(out, "190 ASSAULT IRN(IRN|-|-) IRQ(IRQ|-|-)"));
}

/* "would not help": negated, so not coded unless negated events are
 * asked for, and then marked; "denied attacking": not an attack. */
static void negations_and_denials(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "Russia said it would not help Syria.", out, sizeof out);
    assert_null(strstr(out, "070 AID"));
    code_neg(w->lx, w, "Russia said it would not help Syria.", 1, out, sizeof out);
    assert_non_null(strstr(out, "070 AID RUS(RUS|-|-) SYR(SYR|-|-) neg"));
    assert_null(strstr(out, "070 AID RUS(RUS|-|-) SYR(SYR|-|-) date"));
    code(w, "Russia denied shelling Ukraine.", out, sizeof out);
    assert_null(strstr(out, "190 ASSAULT"));
    code_neg(w->lx, w, "Russia denied shelling Ukraine.", 1, out, sizeof out);
    assert_true(out[0] == '\0' || strstr(out, " neg "));
}

/* In edited text a name is capitalised: "a pole" is no Pole. */
static void lower_case_words_are_no_countries(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "Russian troops shelled a pole.", out, sizeof out);
    assert_string_equal(out, "");
    code(w, "Russian troops shelled a Pole.", out, sizeof out);
    assert_non_null(strstr(out, "RUSMIL(RUS|-|MIL) POL(POL|-|-)"));
}

/* A country and its government are one party. */
static void no_self_dyads(void **state)
{
    world *w = *state;
    char out[2048];
    code(w, "France met the French government.", out, sizeof out);
    assert_string_equal(out, "");
}

/* One list: each event with its coder, an event both coders find once. */
static void one_list_without_duplicates(void **state)
{
    world *w = *state;
    char out[2048];
    /* both coders code the meeting (KAZ, UZB); only the dictionaries
     * know "pummel" */
    code_with(w->full, w, "Kazakhstan met Uzbekistan. Russian troops pummelled Ukraine.",
              out, sizeof out);
    assert_int_equal(count_lines(out), 2);
    assert_non_null(strstr(out, "CONSULT KAZ"));
    assert_non_null(strstr(out, "dictionary 190 ASSAULT RUSMIL"));
    const char *consult = strstr(out, "CONSULT");
    const char *assault = strstr(out, "ASSAULT");
    assert_true(consult < assault); /* sentence order */
    /* the built-in coder's own event keeps its coder */
    code_with(w->full, w, "Kazakhstan met Uzbekistan.", out, sizeof out);
    assert_true(!strncmp(out, "builtin 040 CONSULT", 19));
    /* one verb, the same parties, two codes (built-in 057 "sign formal
     * agreement", the dictionaries' 031): one event */
    code_with(w->lx, w, "Kazakhstan ratified an agreement with Uzbekistan.", out, sizeof out);
    assert_non_null(strstr(out, "dictionary 031 AGREE KAZ"));
    code_with(w->full, w, "Kazakhstan ratified an agreement with Uzbekistan.", out, sizeof out);
    assert_int_equal(count_lines(out), 1);
    assert_true(!strncmp(out, "builtin 057 SUPPORT KAZ", 23));
}

/* One CAMEO table: the published Goldstein values, the same on both
 * paths; unknown sub-codes take their parent's row. */
static void one_cameo_table(void **state)
{
    world *w = *state;
    const lex_code *r = pl_lexicon_code(w->lx, "173");
    assert_non_null(r);
    assert_true(r->goldstein == -5.0);
    assert_string_equal(r->type, "COERCE");
    assert_int_equal(r->quad, 4);
    r = pl_lexicon_code(w->lx, "163");
    assert_true(r->goldstein == -8.0);
    r = pl_lexicon_code(w->lx, "1951");
    assert_string_equal(r->cameo, "195");
    /* the longest listed prefix, however long the code; none for codes
     * no row begins */
    r = pl_lexicon_code(w->lx, "173999");
    assert_string_equal(r->cameo, "173");
    assert_null(pl_lexicon_code(w->lx, "9"));
    assert_null(pl_lexicon_code(w->lx, ""));
    assert_null(pl_lexicon_code(w->lx, NULL));
    r = pl_lexicon_code(w->lx, "010");
    assert_null(r->type);
    char out[2048];
    /* the built-in path, the dictionary path and the public entry read the
     * same table */
    code_with(w->full, w, "Russia arrested two Ukrainian diplomats.", out, sizeof out);
    assert_non_null(strstr(out, "builtin 173 COERCE"));
    code(w, "Russia detained the mayor.", out, sizeof out);
    assert_non_null(strstr(out, "dictionary 173 COERCE"));
    parley_doc d = {0};
    d.text.p = "Russia detained the mayor.";
    d.text.n = strlen(d.text.p);
    parley_cameo_result *cr;
    assert_int_equal(parley_cameo_code(w->c, &d, NULL, &cr), 0);
    assert_int_equal(parley_cameo_result_count(cr), 1);
    const parley_event *e = parley_cameo_result_event(cr, 0);
    assert_string_equal(e->type, "COERCE");
    assert_true(e->goldstein == -5.0);
    assert_int_equal(e->quad, 4);
    parley_cameo_result_free(cr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(country_and_org_from_codes),
        cmocka_unit_test(date_and_place_as_builtin),
        cmocka_unit_test(venues_and_cities_are_places),
        cmocka_unit_test(passive_agent_after_a_gap),
        cmocka_unit_test(participle_is_not_the_verb),
        cmocka_unit_test(lifted_sanctions),
        cmocka_unit_test(claims_and_reports),
        cmocka_unit_test(negations_and_denials),
        cmocka_unit_test(lower_case_words_are_no_countries),
        cmocka_unit_test(no_self_dyads),
        cmocka_unit_test(one_list_without_duplicates),
        cmocka_unit_test(one_cameo_table),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
