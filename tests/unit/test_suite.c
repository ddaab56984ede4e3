/* test_suite.c — unit tests of the validation-suite readers
 * (src/cameo/suite.c, suite_xml.c): TABARI's records, expected events,
 * option records and project file; PETRARCH's records, <Config> and
 * <Environment>; and malformed suites, which give file:line errors or
 * warnings, never a crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/suite.h"

#define LIT(s) s, sizeof(s) - 1

/* What the callback saw: the records and the options at each. */
typedef struct seen {
    pl_suite_record r[16];
    char text[16][128];
    pl_suite_opts o[16];
    size_t n;
    char log[2048];
    int stop_at; /* return 7 at this record (1-based; 0 never) */
} seen;

static int collect(void *ud, const pl_suite_record *r, const pl_suite_opts *o)
{
    seen *s = ud;
    if (s->n < 16) {
        s->r[s->n] = *r;
        snprintf(s->text[s->n], sizeof s->text[s->n], "%s", r->text);
        s->r[s->n].text = s->text[s->n];
        s->o[s->n] = *o;
    }
    s->n++;
    return s->stop_at && (int)s->n == s->stop_at ? 7 : 0;
}

static void logger(void *ud, int sev, const char *msg)
{
    seen *s = ud;
    assert_int_equal(sev, PARLEY_WARNING);
    assert_null(strchr(msg, '\n'));
    size_t k = strlen(s->log);
    snprintf(s->log + k, sizeof s->log - k, "%s\n", msg);
}

static pl_suite_reader reader(seen *s, const char *file)
{
    memset(s, 0, sizeof *s);
    pl_suite_reader rd = {file, logger, s, collect, s, "", 0};
    return rd;
}

static int read_tabari(pl_suite_reader *rd, const char *text, pl_suite_opts *o)
{
    pl_suite_defaults(o, 0);
    return pl_suite_read_tabari(rd, text, strlen(text), o);
}

static const char tabari[] =
    "950101 DEMO-01\n"
    "Arnor met Gondor on Monday\n"
    "and Bree.\n"
    "/* { ARN / GON / 040 } { arn / bre / 040 } */\n"
    "\n"
    "950102 DEMO-02\n"
    "Nobody did anything.\n"
    "/* {---} */\n"
    "\n"
    "20240305 LONG-01\n"
    "Gondor praised Arnor.\n"
    "/* -{ GON / ARN / 051 } no expectation here */\n"
    "\n"
    "950103 OPT-01\n"
    "/* { OPTION: SET: CONVERT AGENT = TRUE } */\n"
    "\n"
    "950104 DEMO-03\n"
    "Arnor accused Gondor.\n"
    "/* { ARN / GON / 112 } */\n"
    "{ GON / ARN / 111 } */\n"
    "\n"
    "text after the record, not part of it\n";

static void tabari_records_and_events(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "v.text");
    pl_suite_opts o;
    assert_int_equal(read_tabari(&rd, tabari, &o), 0);
    /* LONG-01's only block is disabled ("-{"), OPT-01 has no event */
    assert_int_equal(s.n, 3);
    assert_string_equal(s.r[0].id, "DEMO-01");
    assert_string_equal(s.r[0].cat, "DEMO");
    assert_string_equal(s.r[0].date, "1995-01-01");
    assert_int_equal(s.r[0].line, 1);
    assert_string_equal(s.r[0].text, "Arnor met Gondor on Monday and Bree.  ");
    assert_int_equal(s.r[0].nexp, 2);
    assert_string_equal(s.r[0].exp[1].src, "ARN");
    assert_string_equal(s.r[0].exp[1].tgt, "BRE");
    assert_string_equal(s.r[0].exp[1].code, "040");
    assert_string_equal(s.r[1].id, "DEMO-02");
    assert_int_equal(s.r[1].nexp, 0); /* {---}: none expected */
    assert_int_equal(s.r[1].line, 6);
    /* after the comment, more events up to the blank line */
    assert_string_equal(s.r[2].id, "DEMO-03");
    assert_int_equal(s.r[2].nexp, 2);
    assert_string_equal(s.r[2].exp[1].code, "111");
    /* the option record applies to the records after it */
    assert_int_equal(s.o[1].convert_agents, 0);
    assert_int_equal(s.o[2].convert_agents, 1);
    assert_int_equal(s.o[0].min_words, 8);
    assert_string_equal(s.log, "");
}

static void tabari_callback_stops(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "v.text");
    s.stop_at = 2;
    pl_suite_opts o;
    assert_int_equal(read_tabari(&rd, tabari, &o), 7);
    assert_int_equal(s.n, 2);
}

static void tabari_options(void **state)
{
    (void)state;
    pl_suite_opts o;
    pl_suite_defaults(&o, 0);
    const char *file = "// a comment: DEFAULT: SOURCE [XXX]\n"
                       "LABEL: CODE ALL\n"
                       "DEFAULT: SOURCE [USA] PRIOR TARGET [UNK]\n"
                       "COMPLEX: VERBS[3] CONJ[2] NOACTPRIOR\n"
                       "COMMA: MIN = 3 MAX = 9 EMIN = 1 EMAX = 4 BMIN = 0 BMAX = 7\n"
                       "SET: MINIMUM WORDS = 5\n"
                       "SET: CODE BY SENTENCE\n";
    pl_suite_tabari_options_file(&o, file, strlen(file));
    assert_string_equal(o.defsrc, "USA");
    assert_string_equal(o.deftgt, "UNK");
    assert_int_equal(o.defprior, 1);
    assert_int_equal(o.defafter, 0);
    assert_int_equal(o.complex[0], 3);
    assert_int_equal(o.complex[1], 2);
    assert_int_equal(o.complex[2], 1);
    int comma[6] = {3, 9, 1, 4, 0, 7};
    assert_memory_equal(o.comma, comma, sizeof comma);
    assert_int_equal(o.min_words, 5);
    assert_int_equal(o.code_by, 1);
    pl_suite_tabari_option(&o, "COMMA: OFF", 10);
    assert_int_equal(o.comma[1], 0);
    unsigned g = o.forward_gen;
    pl_suite_tabari_option(&o, "FORWARD: ON", 11);
    assert_int_equal(o.forward, 1);
    assert_int_equal(o.forward_gen, g + 1);
    pl_suite_tabari_option(&o, "FORWARD: OFF", 12);
    assert_int_equal(o.forward, 0);
}

static void tabari_project(void **state)
{
    (void)state;
    const char *proj = "<verbsfile> demo.verbs\n<actorsfile>\t/abs/demo.actors\n"
                       "<agentsfile>\n";
    char *v = pl_suite_project_value("suites/demo.project", proj, "<verbsfile>");
    char *a = pl_suite_project_value("suites/demo.project", proj, "<actorsfile>");
    assert_string_equal(v, "suites/demo.verbs");
    assert_string_equal(a, "/abs/demo.actors");
    assert_null(pl_suite_project_value("demo.project", proj, "<agentsfile>"));
    assert_null(pl_suite_project_value("demo.project", proj, "<optionsfile>"));
    free(v);
    free(a);
}

/* Malformed TABARI suites: a NUL byte is an error at its line; an open
 * '{', too many events, a too long id or code are warnings at the
 * record's line. */
static void tabari_malformed(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "bad.text");
    pl_suite_opts o;
    pl_suite_defaults(&o, 0);
    const char nul[] = "950101 A-1\ntext\n/* { A / B / 040 } */\n\n950102 A-2\nte\0xt\n";
    assert_int_equal(pl_suite_read_tabari(&rd, nul, sizeof nul - 1, &o), PARLEY_EPARSE);
    assert_int_equal(rd.err_line, 6);
    assert_string_equal(rd.err, "bad.text:6: a NUL byte: not a text file");
    assert_int_equal(s.n, 0);

    rd = reader(&s, "bad.text");
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(parley_buf_add(&b, LIT("\n950101 ")), 0);
    for (int k = 0; k < 70; k++)
        assert_int_equal(parley_buf_addc(&b, 'X'), 0);
    assert_int_equal(parley_buf_add(&b, LIT("\ntext\n/*")), 0);
    for (int k = 0; k < 66; k++)
        assert_int_equal(parley_buf_add(&b, LIT(" { A / B / 040 }")), 0);
    assert_int_equal(parley_buf_add(&b, LIT(" { A / B / 0400000000000000000000000000 }"
                                              " { A / B / 040 */\n")),
                     0);
    assert_int_equal(read_tabari(&rd, b.p, &o), 0);
    parley_buf_release(&b);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.r[0].nexp, PL_SUITE_MAX_EVENTS);
    assert_int_equal(strlen(s.r[0].id), 63);
    assert_non_null(strstr(s.log, "bad.text:2: record id of 70 bytes cut to 63\n"));
    assert_non_null(strstr(s.log, "bad.text:2: XXXX"));
    assert_non_null(strstr(s.log, ": more than 64 expected events; the others left out\n"));
    assert_non_null(strstr(s.log, ": '{' without '}' in the expected events\n"));
}

static void tabari_code_too_long(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "t.text");
    pl_suite_opts o;
    const char *t = "950101 C-1\ntext\n/* { A / B / 0400000000000000000000000000 } */\n";
    assert_int_equal(read_tabari(&rd, t, &o), 0);
    assert_int_equal(s.n, 1);
    assert_int_equal(strlen(s.r[0].exp[0].code), 23);
    assert_string_equal(s.log, "t.text:1: C-1: an expected event's code is too long; cut\n");
}

static const char petrarch[] =
    "<?xml version=\"1.0\"?>\n"
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile> CAMEO.verbs.txt </Verbfile>\n"
    "  <Actorfile>/abs/actors.txt</Actorfile>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"20150716\" id=\"DEMO-1\" category=\"DEMO\">\n"
    "<EventCoding sourcecode=\"arn\" targetcode=\"GON\" eventcode=\"040\"/>\n"
    "<Text>\n  Arnor met\n\tGondor.\n</Text>\n"
    "<Parse>(S (NP Arnor) (VP met (NP Gondor)))</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"False\"/>\n"
    "<Config option=\"comma_max\" value=\"12\"/>\n"
    "<Config option=\"comma_min\" value=\"two\"/>\n"
    "<Sentence id=\"DEMO-2\">\n"
    "<Text>No expectation.</Text>\n"
    "<Parse>(S (NP No expectation)</Parse>\n"
    "</Sentence>\n"
    "<Sentence id=\"DEMO-3\"><EventCoding sourcecode=\"A\"/></Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

static void petrarch_records(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "dir/p.xml");
    assert_true(pl_suite_is_xml(petrarch, strlen(petrarch)));
    assert_false(pl_suite_is_xml(tabari, strlen(tabari)));
    pl_suite_xml *x;
    pl_suite_env env;
    assert_int_equal(pl_suite_xml_open(&rd, petrarch, strlen(petrarch), &x, &env), 0);
    assert_string_equal(env.verbs, "dir/CAMEO.verbs.txt");
    assert_string_equal(env.actors, "/abs/actors.txt");
    assert_null(env.agents);
    assert_null(env.discards);
    pl_suite_opts o;
    pl_suite_defaults(&o, 1);
    assert_int_equal(o.comma[1], 8);
    assert_int_equal(pl_suite_xml_read(&rd, x, &o), 0);
    /* DEMO-3 has no <Text>: passed over */
    assert_int_equal(s.n, 2);
    assert_string_equal(s.r[0].id, "DEMO-1");
    assert_string_equal(s.r[0].date, "2015-07-16");
    assert_string_equal(s.r[0].text, "Arnor met  Gondor.");
    assert_int_equal(s.r[0].untested, 0);
    assert_int_equal(s.r[0].bad_input, 0);
    assert_int_equal(s.r[0].nexp, 1);
    assert_string_equal(s.r[0].exp[0].src, "ARN");
    assert_int_equal(s.r[0].line, 8);
    assert_int_equal(s.o[0].one_sided, 0);
    assert_string_equal(s.r[1].cat, "?");
    assert_int_equal(s.r[1].untested, 1);
    assert_int_equal(s.r[1].bad_input, 1);
    assert_int_equal(s.o[1].one_sided, 1);
    assert_int_equal(s.o[1].comma[1], 12);
    assert_int_equal(s.o[1].comma[0], 2); /* "two" ignored */
    assert_string_equal(s.log,
                        "dir/p.xml:18: <Config> comma_min: 'two' is not a number; ignored\n"
                        "dir/p.xml:19: DEMO-2: unbalanced parse tree; not coded\n");
    pl_suite_env_free(&env);
    pl_suite_xml_free(x);
}

/* Malformed XML: an error at the line where the parser gave up; an
 * entity loop refused. */
static void petrarch_malformed(void **state)
{
    (void)state;
    seen s;
    pl_suite_reader rd = reader(&s, "bad.xml");
    pl_suite_xml *x = (pl_suite_xml *)&s;
    pl_suite_env env;
    const char *notxml = "no XML at all\n";
    assert_int_equal(pl_suite_xml_open(&rd, notxml, strlen(notxml), &x, &env), PARLEY_EPARSE);
    assert_null(x);
    assert_int_equal(rd.err_line, 1);
    assert_non_null(strstr(rd.err, "bad.xml:1: "));
    const char *loop = "<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE v [\n"
                       "<!ENTITY a \"&b;\">\n"
                       "<!ENTITY b \"&a;\">\n"
                       "]>\n"
                       "<Validation><Sentences>\n"
                       "<Sentence id=\"L\"><Text>&a;</Text></Sentence>\n"
                       "</Sentences></Validation>\n";
    assert_int_equal(pl_suite_xml_open(&rd, loop, strlen(loop), &x, &env), PARLEY_EPARSE);
    assert_int_equal(rd.err_line, 7);
    assert_non_null(strstr(rd.err, "bad.xml:7: "));
    assert_non_null(strstr(rd.err, "loop"));
    /* no <Sentences>: nothing to read, no error */
    const char *empty = "<Validation><Environment/></Validation>";
    assert_int_equal(pl_suite_xml_open(&rd, empty, strlen(empty), &x, &env), 0);
    pl_suite_opts o;
    pl_suite_defaults(&o, 1);
    assert_int_equal(pl_suite_xml_read(&rd, x, &o), 0);
    assert_int_equal(s.n, 0);
    pl_suite_env_free(&env);
    pl_suite_xml_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tabari_records_and_events),
        cmocka_unit_test(tabari_callback_stops),
        cmocka_unit_test(tabari_options),
        cmocka_unit_test(tabari_project),
        cmocka_unit_test(tabari_malformed),
        cmocka_unit_test(tabari_code_too_long),
        cmocka_unit_test(petrarch_records),
        cmocka_unit_test(petrarch_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
