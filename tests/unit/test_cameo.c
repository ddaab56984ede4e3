/* test_cameo.c — unit tests of src/cameo: the TABARI/PETRARCH dictionary
 * loaders and the pattern coder, on tiny dictionaries written here (a
 * fictional world, like TABARI's own demo): pattern slots, synonym sets,
 * agents combined with actors, date-restricted codes, discards, issues,
 * malformed lines reported as file:line, and the coder's word keys
 * checked against the plain word comparison they replace. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parley.h"
#include "cameo/cameo.h"

typedef struct fx {
    char dir[64];
    char verbs[128], actors[128], agents[128], discards[128], issues[128];
    parley_cameo *c;
    char log[4096];
    size_t nlog;
} fx;

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void logger(void *ud, int sev, const char *msg)
{
    fx *f = ud;
    (void)sev;
    size_t k = strlen(msg);
    if (f->nlog + k + 2 < sizeof f->log) {
        memcpy(f->log + f->nlog, msg, k);
        f->nlog += k;
        f->log[f->nlog++] = '\n';
        f->log[f->nlog] = '\0';
    }
}

static const char tabari_verbs[] =
    "<SYNSETS>\n"
    "&TIES\n"
    "+DIPLOMATIC_TIES\n"
    "+RELATIONS\n"
    "</SYNSETS>\n"
    "RESTORE  [050] ; comment\n"
    "- * &TIES  [064]\n"
    "- + WAS * BY $  [065]\n"
    "MEET  [040]\n"
    "- % * [043]\n"
    "ACCUSE_ [112]\n"
    "- * ^ OF SPYING [1121]\n"
    "SAY  [---]\n"
    "ARRIVE  [032:033]\n";

static const char tabari_actors[] =
    "ARNOR_  [ARN]\n"
    "GONDOR\n"
    "+MINAS_TIRITH\n"
    "\t[GON]\n"
    "OSGILIATH_ [OSG]\n"
    "ARAGORN_\n"
    "\t[ARNGOV 950101-991231]\n"
    "\t[ARNELI]\n"
    "KAZAKHSTAN_ [KAZ]\n"
    "NURTLEU_ [KAZGOV 230901-250331] [KAZ]\n"
    "BROKEN_ [XYZ 991301-000101] ; a bad date: reported, skipped\n"
    "NOCODE_\n";

static const char tabari_agents[] =
    "FOREIGN_MINISTER_  [~GOVFRM]\n"
    "GOVERNMENT_  [~GOV]\n"
    "ACTIVISTS_  [NGO~]\n";

static void setup_files(fx *f, const char *verbs, const char *actors,
                        const char *agents, const char *discards,
                        const char *issues)
{
    snprintf(f->dir, sizeof f->dir, "%s", "/tmp/test_cameo.XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->verbs, sizeof f->verbs, "%s/t.verbs", f->dir);
    snprintf(f->actors, sizeof f->actors, "%s/t.actors", f->dir);
    snprintf(f->agents, sizeof f->agents, "%s/t.agents", f->dir);
    snprintf(f->discards, sizeof f->discards, "%s/t.discards", f->dir);
    snprintf(f->issues, sizeof f->issues, "%s/t.issues", f->dir);
    write_file(f->verbs, verbs);
    write_file(f->actors, actors);
    write_file(f->agents, agents);
    write_file(f->discards, discards ? discards : "");
    write_file(f->issues, issues ? issues : "");
}

static void cleanup(fx *f)
{
    parley_cameo_free(f->c);
    unlink(f->verbs);
    unlink(f->actors);
    unlink(f->agents);
    unlink(f->discards);
    unlink(f->issues);
    rmdir(f->dir);
}

static int load(fx *f, int format, int strict, size_t *bad)
{
    const char *actors[] = {f->actors};
    parley_cameo_opts o = {0};
    o.verbs = f->verbs;
    o.actors = actors;
    o.nactors = 1;
    o.agents = f->agents;
    o.discards = f->discards;
    o.issues = f->issues;
    o.format = format;
    o.strict = strict;
    o.log = logger;
    o.log_ud = f;
    return parley_cameo_load(&f->c, &o, bad);
}

static void code_with(fx *f, const char *text, const char *date,
                      const parley_cameo_code_opts *opts, char *out, size_t cap);

/* Codes text and writes "SRC/TGT/CODE" of each event, space-separated. */
static void code(fx *f, const char *text, const char *date, char *out,
                 size_t cap)
{
    code_with(f, text, date, NULL, out, cap);
}

/* The same with options opts (may be NULL). */
static void code_with(fx *f, const char *text, const char *date,
                      const parley_cameo_code_opts *opts, char *out, size_t cap)
{
    parley_doc doc = {0};
    doc.text.p = text;
    doc.text.n = strlen(text);
    if (date) {
        doc.date.p = date;
        doc.date.n = strlen(date);
    }
    parley_cameo_result *r = NULL;
    assert_int_equal(parley_cameo_code(f->c, &doc, opts, &r), 0);
    out[0] = '\0';
    size_t o = 0;
    for (size_t i = 0; i < parley_cameo_result_count(r); i++) {
        const parley_event *e = parley_cameo_result_event(r, i);
        int k = snprintf(out + o, cap - o, "%s%s/%s/%s", i ? " " : "",
                         e->source.code, e->target.code, e->cameo);
        assert_true(k > 0 && (size_t)k < cap - o);
        o += (size_t)k;
    }
    parley_cameo_result_free(r);
}

static void tabari_slots_and_synsets(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs, tabari_actors, tabari_agents, NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, &bad), 0);
    char out[512];
    /* the default code, then a synset member picks the pattern */
    code(&f, "Arnor will restore trade with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/050");
    code(&f, "Arnor restored full diplomatic ties with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/064");
    code(&f, "Arnor restores relations with Minas Tirith.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/064");
    /* + before the verb, $ after: source and target swap */
    code(&f, "Gondor was restored by Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "OSG/GON/065");
    /* ^ skips one word */
    code(&f, "Arnor accused Gondor publicly of spying.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/1121");
    /* % codes the compound both ways; paired codes give both events */
    code(&f, "Arnor and Gondor meet on Monday.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/043 GON/ARN/043");
    code(&f, "Arnor arrived in Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/032 GON/ARN/033");
    /* a null-coded verb leaves the next verb to code */
    code(&f, "Arnor said it would restore relations with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/064");
    cleanup(&f);
}

static void agents_and_dates(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs, tabari_actors, tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    /* ~GOVFRM goes after the country, NGO~ before */
    code(&f, "Arnor's foreign minister meets with the government of Gondor.", NULL,
         out, sizeof out);
    assert_string_equal(out, "ARNGOVFRM/GONGOV/040");
    code(&f, "Gondor activists accused Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "NGOGON/OSG/112");
    /* date-restricted codes, resolved against the document date */
    code(&f, "Aragorn accused Gondor.", "1996-05-01", out, sizeof out);
    assert_string_equal(out, "ARNGOV/GON/112");
    code(&f, "Aragorn accused Gondor.", "2005-05-01", out, sizeof out);
    assert_string_equal(out, "ARNELI/GON/112");
    code(&f, "Nurtleu meets Osgiliath.", "2024-10-01", out, sizeof out);
    assert_string_equal(out, "KAZGOV/OSG/040");
    code(&f, "Nurtleu meets Osgiliath.", "2025-06-01", out, sizeof out);
    assert_string_equal(out, "KAZ/OSG/040");
    /* no date: the unrestricted code */
    code(&f, "Nurtleu meets Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "KAZ/OSG/040");
    cleanup(&f);
}

static void tabari_options(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs, tabari_actors, tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    const char *text = "The government accused Gondor.";
    parley_doc doc = {0};
    doc.text.p = text;
    doc.text.n = strlen(text);
    parley_cameo_code_opts o = {0};
    parley_cameo_result *r;
    /* a lone agent is dropped, so no source: no event */
    assert_int_equal(parley_cameo_code(f.c, &doc, &o, &r), 0);
    assert_int_equal(parley_cameo_result_count(r), 0);
    parley_cameo_result_free(r);
    /* CONVERT AGENT codes it on its own */
    o.convert_agents = 1;
    assert_int_equal(parley_cameo_code(f.c, &doc, &o, &r), 0);
    assert_int_equal(parley_cameo_result_count(r), 1);
    assert_string_equal(parley_cameo_result_event(r, 0)->source.code, "~GOV");
    parley_cameo_result_free(r);
    /* DEFAULT ... PRIOR: a stand-in for the source missing before the
     * verb (without PRIOR, TABARI takes Gondor as the source) */
    o.convert_agents = 0;
    o.default_source = "DEFSRC";
    o.default_prior = 1;
    assert_int_equal(parley_cameo_code(f.c, &doc, &o, &r), 0);
    assert_int_equal(parley_cameo_result_count(r), 1);
    assert_string_equal(parley_cameo_result_event(r, 0)->source.code, "DEFSRC");
    assert_string_equal(parley_cameo_result_event(r, 0)->target.code, "GON");
    parley_cameo_result_free(r);
    cleanup(&f);
}

static void malformed_lines_are_reported(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs, tabari_actors, tabari_agents, NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    /* the bad date, then its entry (with NOCODE_, a second name before
     * any code block) left without a code */
    assert_int_equal(bad, 2);
    char want[256];
    snprintf(want, sizeof want, "%s:11: bad date", f.actors);
    assert_non_null(strstr(f.log, want));
    snprintf(want, sizeof want, "%s:11: actor without a code", f.actors);
    assert_non_null(strstr(f.log, want));
    parley_cameo_free(f.c);
    f.c = NULL;
    /* strict: the first bad line fails the load */
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 1, &bad), PARLEY_EPARSE);
    assert_null(f.c);
    cleanup(&f);
}

static void missing_file(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    const char *actors[] = {"/nonexistent/x.actors"};
    parley_cameo_opts o = {0};
    o.actors = actors;
    o.nactors = 1;
    o.log = logger;
    o.log_ud = &f;
    assert_int_equal(parley_cameo_load(&f.c, &o, NULL), PARLEY_ENOENT);
    assert_null(f.c);
    assert_non_null(strstr(f.log, "/nonexistent/x.actors: cannot open"));
}

static const char petr_verbs[] =
    "&CURRENCY\n"
    "+DOLLARS\n"
    "+SWISS FRANCS\n"
    "\n"
    "--- PROMISE  [050] ---\n"
    "PROMISE\n"
    "PLEDGE {PLEDGES PLEDGED}\n"
    "- * (TO {ECONOMIC AID}) [057]   # PROMISE\n"
    "- * &CURRENCY [071]\n"
    "\n"
    "--- CRITICIZE  [111] ---\n"
    "CRITICIZE\n"
    "+LASHED_OUT\n";

static const char petr_actors[] =
    "<!-- PETRARCH-style actors -->\n"
    "ARNOR [ARN]\n"
    "+ARNORIAN\n"
    "GONDOR_ [GON]\n"
    "THE_SHIRE [FRO/SAM]\n";

static const char petr_agents[] =
    "!PERSON! = MAN, MEN\n"
    "LEGISLATOR [~LEG]\n"
    "CONGRESS!PERSON! [~LEG]\n";

static void petrarch_blocks_synsets_discards_issues(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, petr_verbs, petr_actors, petr_agents,
                "# discards\nFOOTBALL MATCH\n+HOROSCOPE\n",
                "<ISSUE CATEGORY=\"ECONOMY\" TYPE=\"ALL\">\n"
                "economic n:aid [FOREIGN_AID]\n"
                "~aid worker\n"
                "</ISSUE>\n");
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, &bad), 0);
    assert_int_equal(bad, 0);
    char out[512];
    /* block default and its patterns for every verb of the block */
    code(&f, "Arnor pledged support to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/050");
    code(&f, "Arnor pledged to Gondor economic aid.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/057");
    code(&f, "Arnor promises millions of Swiss francs to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/071");
    /* a multi-word verb, agents with plurals and substitution sets, and
     * an unattached agent as PETRARCH writes it */
    code(&f, "Arnorian legislators lashed out at Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARNLEG/GON/111");
    code(&f, "Congressmen criticized Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "---LEG/GON/111");
    /* an actor standing for several */
    code(&f, "The Shire criticized Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "FRO/GON/111 SAM/GON/111");
    /* discards: the sentence, or with '+' the whole story */
    code(&f, "Arnor criticized Gondor after the football match.", NULL, out, sizeof out);
    assert_string_equal(out, "");
    code(&f, "Arnor criticized Gondor. Your horoscope for today.", NULL, out, sizeof out);
    assert_string_equal(out, "");
    /* issues become topics; a cancelling phrase removes them */
    parley_doc doc = {0};
    doc.text.p = "Arnor pledged to Gondor economic aid.";
    doc.text.n = strlen(doc.text.p);
    parley_cameo_result *r;
    assert_int_equal(parley_cameo_code(f.c, &doc, NULL, &r), 0);
    assert_int_equal(parley_cameo_result_count(r), 1);
    const parley_event *e = parley_cameo_result_event(r, 0);
    assert_int_equal(e->ntopics, 1);
    assert_string_equal(e->topics[0], "FOREIGN_AID");
    assert_string_equal(e->type, "SUPPORT");
    assert_string_equal(e->mode, "sign");
    assert_int_equal(e->quad, 1);
    assert_int_equal(e->source.text.n, 5);
    assert_memory_equal(e->source.text.p, "Arnor", 5);
    parley_cameo_result_free(r);
    cleanup(&f);
}

static void hostile_input(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "RESTORE [050\n- * { A | [064]\n{ }\n&\n+X\n- [1]\n\xff\xfe [12]\n",
                "[ARN]\n+SYN\nX [ARN <99]\nY [ARN 950101-]\nZ [\n\xc3\x28 [ABC]\n"
                "W [ARN 10117777777777-20000101]\n",
                "!BAD!\n[~GOV]\n", NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    assert_true(bad >= 8);
    char out[512];
    code(&f, "\xff\xfe Arnor restored \xc3\x28 ties.", NULL, out, sizeof out);
    code(&f, "", NULL, out, sizeof out);
    assert_string_equal(out, "");
    /* a word of 200,000 letters, all of whose prefixes are looked at */
    size_t big = 200000;
    char *t = malloc(big + 32);
    assert_non_null(t);
    memcpy(t, "Arnor restored ", 15);
    memset(t + 15, 'x', big);
    memcpy(t + 15 + big, " Gondor.", sizeof " Gondor.");
    code(&f, t, NULL, out, sizeof out);
    free(t);
    cleanup(&f);
}

/* Sets and alternatives that nest without end, or a set used in its own
 * member, are refused when read: the coder matches them recursively. */
static void nesting_is_bounded(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    size_t deep = 100000, cap = deep * 8 + 4096, o = 0;
    char *v = malloc(cap);
    assert_non_null(v);
    o += (size_t)snprintf(v + o, cap - o, "&SELF\n+&SELF\n+HELLO\n\n&S0\n+TIES\n\n");
    for (int k = 1; k <= 40; k++) /* each set made of the one before */
        o += (size_t)snprintf(v + o, cap - o, "&S%d\n+&S%d\n\n", k, k - 1);
    o += (size_t)snprintf(v + o, cap - o, "RESTORE  [050]\n- * &S40 [064]\n- * &SELF [065]\n- * ");
    for (size_t k = 0; k < deep; k++)
        o += (size_t)snprintf(v + o, cap - o, "{ A | ");
    o += (size_t)snprintf(v + o, cap - o, "B");
    for (size_t k = 0; k < deep; k++)
        o += (size_t)snprintf(v + o, cap - o, " }");
    snprintf(v + o, cap - o, " [066]\n");
    setup_files(&f, v, tabari_actors, tabari_agents, NULL, NULL);
    free(v);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    char want[256];
    snprintf(want, sizeof want, "%s:2: synonym set used in its own member", f.verbs);
    assert_non_null(strstr(f.log, want));
    assert_non_null(strstr(f.log, "synonym sets nested too deeply"));
    assert_non_null(strstr(f.log, "alternatives nested too deeply"));
    char out[512];
    /* &SELF keeps its other member; &S33 and those after it are empty */
    code(&f, "Arnor restored hello to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/065");
    code(&f, "Arnor restored ties to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/050");
    cleanup(&f);
}

/* A '[' where no code may be (a discard, a synonym, a pattern with two
 * code brackets) is a malformed line; it used to hang the loader. */
static void brackets_in_phrases(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "&TIES\n+FOO [BAR\n+RELATIONS\n\nRESTORE  [050]\n- * [A] B [011]\n",
                tabari_actors, tabari_agents, "FOOTBALL [MATCH\n", NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    char want[256];
    snprintf(want, sizeof want, "%s:2: '[' inside a phrase", f.verbs);
    assert_non_null(strstr(f.log, want));
    snprintf(want, sizeof want, "%s:6: '[' inside a phrase", f.verbs);
    assert_non_null(strstr(f.log, want));
    snprintf(want, sizeof want, "%s:1: '[' inside a phrase", f.discards);
    assert_non_null(strstr(f.log, want));
    cleanup(&f);
}

/* Many agents: their codes are copied inside the string pool while it
 * grows (a use after free under AddressSanitizer, found by fuzzing). */
static void many_agents(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    size_t cap = 3000 * 48, o = 0;
    char *ag = malloc(cap);
    assert_non_null(ag);
    for (int k = 0; k < 3000; k++)
        o += (size_t)snprintf(ag + o, cap - o, "OFFICIAL%d_ [~G%dX]\n", k, k * 7);
    setup_files(&f, tabari_verbs, tabari_actors, ag, NULL, NULL);
    free(ag);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    char out[512];
    code(&f, "The official2999 of Arnor restored ties with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARNG20993X/GON/050");
    cleanup(&f);
}

/* Of equally long actors the first in the dictionary wins, whichever
 * table (adjacent words, words with a gap) files it; an actor wins over
 * an agent of the same length, before or after it. */
static void ties_keep_dictionary_order(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs,
                "ARNOR_  [ARN]\n"
                "BLUE PARTY [BP2]\n"
                "BLUE_PARTY_ [BP1]\n"
                "RED_CROSS_ [~NGO]\n"
                "RED CROSS [IRC]\n"
                "GREEN_PARTY_ [GP1]\n"
                "GREEN PARTY [GP2]\n",
                "WHITE_GUARD_ [~MIL]\n", NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, &bad), 0);
    assert_int_equal(bad, 0);
    char out[512];
    code(&f, "Blue Party meets Arnor.", NULL, out, sizeof out);
    assert_string_equal(out, "BP2/ARN/040");
    code(&f, "Green Party meets Arnor.", NULL, out, sizeof out);
    assert_string_equal(out, "GP1/ARN/040");
    code(&f, "Red Cross meets Arnor.", NULL, out, sizeof out);
    assert_string_equal(out, "IRC/ARN/040");
    /* the second word after a gap */
    code(&f, "Green new Party meets Arnor.", NULL, out, sizeof out);
    assert_string_equal(out, "GP2/ARN/040");
    cleanup(&f);
}

/* PETRARCH reads CoreNLP's tokens, which split a negative contraction
 * as the Penn Treebank does ("didn't" is "did n't", "can't" "ca n't",
 * "won't" "wo n't"): its dictionaries write the negative auxiliaries so,
 * and a pattern naming them codes what the negation means. */
static void petrarch_contractions(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "&NEGAUX\n"
                "+DID N'T\n"
                "+WO N'T\n"
                "+CA N'T\n"
                "\n"
                "--- CLASH  [223] ---\n"
                "CLASH\n"
                "- &NEGAUX * OVER EFFORTS [904]\n"
                "- &NEGAUX EVER * OVER EFFORTS [905]\n"
                "- * OVER EFFORTS [121]\n",
                petr_actors, petr_agents, NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, &bad), 0);
    assert_int_equal(bad, 0);
    char out[512];
    code(&f, "Arnor clashed over the efforts of Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/121");
    code(&f, "Arnor didn't clash over the efforts of Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/904");
    code(&f, "Arnor won\xe2\x80\x99t clash over the efforts of Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/904");
    code(&f, "Arnor can't ever clash over the efforts of Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/905");
    cleanup(&f);
}

/* A PETRARCH pattern's words are matched as written: its dictionaries
 * list the plural where they mean it ("- * SANCTIONS", "- * SANCTION"),
 * so "efforts" is not "- * EFFORT" and the verb's default code stands
 * (PETRARCH's unit records PATTERN-11, SYNSET-21b). Verbs keep their
 * forms. */
static void petrarch_pattern_words_are_literal(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- ABANDON  [345] ---\n"
                "ABANDON\n"
                "- * EFFORT [987]\n"
                "- * TIES [901]\n",
                petr_actors, petr_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor abandoned the effort with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/987");
    code(&f, "Arnor abandons efforts with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/345");
    code(&f, "Arnor abandoned ties with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/901");
    code(&f, "Arnor abandoned the tie with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/345");
    cleanup(&f);
}

/* PETRARCH's clauses and options: a closing ", NP said …" is a clause of
 * its own (its parser makes it the sentence's main clause), coded with
 * its own subject; the commas of a list of actors delimit no clause;
 * with require_dyad false (one_sided) an event whose target is a noun
 * phrase no dictionary codes is coded with "---" there ("said on
 * Saturday"), but not one with no noun phrase at all ("said today"). */
static void petrarch_clauses_and_one_sided_events(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- WELCOME  [041] ---\n"
                "WELCOME\n"
                "\n"
                "--- SAY  [023] ---\n"
                "SAY {SAYS SAID SAYING}\n",
                "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nTHE_SHIRE [FRO/SAM]\n",
                "OFFICIAL [~GOV]\n", NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    parley_cameo_code_opts o = {0};
    o.per_sentence = 1;
    const char *said = "Arnor welcomed ties with Gondor, a senior official said on Saturday.";
    code_with(&f, said, NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/GON/041");
    o.one_sided = 1;
    code_with(&f, said, NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/GON/041 ---GOV/---/023");
    code_with(&f, "Arnor welcomed ties with Gondor, a senior official said today.", NULL, &o,
              out, sizeof out);
    assert_string_equal(out, "ARN/GON/041");
    /* the terminal clause left out by PETRARCH's comma_emax */
    o.comma_emin = 2;
    o.comma_emax = 8;
    code_with(&f, said, NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/GON/041");
    /* the commas of a list are no clause boundaries */
    code_with(&f, "Gondor welcomed ties with the Shire, Rohan and Arnor.", NULL, &o, out,
              sizeof out);
    assert_string_equal(out, "GON/FRO/041 GON/SAM/041 GON/ROH/041 GON/ARN/041");
    cleanup(&f);
}

/* TABARI's FORMER: "former" before an agent, or before an actor that an
 * agent follows, makes the agent ELI (CAMEO's elites: former officials),
 * with either format's dictionaries (TABARI AGENTS-8, -9, PETRARCH
 * AGENTS-18, -19). */
static void former_officials_are_elites(void **state)
{
    (void)state;
    for (int fmt = 0; fmt < 2; fmt++) {
        fx f;
        memset(&f, 0, sizeof f);
        if (fmt == 0)
            setup_files(&f, tabari_verbs, tabari_actors, tabari_agents, NULL, NULL);
        else
            setup_files(&f, "--- MEET  [040] ---\nMEET\n",
                        "ARNOR [ARN]\nGONDOR [GON]\nWHITE_HOUSE [USAGOV]\n",
                        "FOREIGN_MINISTER [~GOVFRM]\nPROSECUTOR [~JUD]\n", NULL, NULL);
        assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
        char out[512];
        code(&f, "Arnor's foreign minister meets Gondor.", NULL, out, sizeof out);
        assert_string_equal(out, "ARNGOVFRM/GON/040");
        code(&f, "Arnor former foreign minister meets Gondor.", NULL, out, sizeof out);
        assert_string_equal(out, "ARNELI/GON/040");
        code(&f, "Gondor meets the former foreign minister of Arnor.", NULL, out, sizeof out);
        assert_string_equal(out, "GON/ARNELI/040");
        if (fmt == 1) {
            code(&f, "Arnor meets former Gondor prosecutors.", NULL, out, sizeof out);
            assert_string_equal(out, "ARN/GONELI/040");
            code(&f, "Former foreign ministers in White House meet Gondor.", NULL, out, sizeof out);
            assert_string_equal(out, "USAGOVELI/GON/040");
        }
        cleanup(&f);
    }
}

/* PETRARCH files blocks' patterns under the block's name: two blocks of
 * the same name share their patterns, and a verb keeps the code of its
 * first block ("--- SHOT [---] ---" then "--- SHOT [223] ---" with "- +
 * WAS * DEAD IN $": PETRARCH's DEMO-05). */
static void petrarch_blocks_of_one_name(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- SHOT [---] ---\n"
                "SHOT\n"
                "- * AT [190]\n"
                "\n"
                "--- WOUND [223] ---\n"
                "WOUND\n"
                "\n"
                "--- SHOT [223] ---\n"
                "SHOT\n"
                "- + WAS * DEAD IN $ [224]\n",
                petr_actors, petr_agents, NULL, NULL);
    size_t bad = 0;
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, &bad), 0);
    assert_int_equal(bad, 0);
    char out[512];
    code(&f, "A man of Arnor was shot dead in Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "GON/ARN/224");
    code(&f, "Arnor shot at Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/190");
    code(&f, "Arnor shot Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "");
    code(&f, "Arnor wounded Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/223");
    cleanup(&f);
}

/* PETRARCH's % after the verb is a compound target when the clause has
 * a subject ("Eriador agrees with the Philippines and France": PETRARCH's
 * COMPOUND-42); otherwise, and before the verb, its members are coded
 * with each other ("Gondor and Arnor held talks"; "Gondor and Osgiliath
 * have delayed their meeting after …", DEMO-26 to -28), as TABARI always
 * does. */
static void petrarch_compound_slot(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- AGREE [030] ---\n"
                "AGREE\n"
                "- * WITH % [031]\n"
                "\n"
                "--- HOLD [---] ---\n"
                "HOLD {HOLDS HELD HOLDING}\n"
                "- % * TALKS [043]\n"
                "\n"
                "--- POSTPONE [---] ---\n"
                "POSTPONE\n"
                "- % HAVE * [191]\n"
                "\n"
                "--- RENEW [---] ---\n"
                "RENEW\n"
                "- * DIPLOMATIC [064:064]\n"
                "- % * DIPLOMATIC [064:064]\n",
                "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n", petr_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    code(&f, "Rohan agrees with Gondor and Arnor on the matter.", NULL, out, sizeof out);
    assert_string_equal(out, "ROH/GON/031 ROH/ARN/031");
    code(&f, "Gondor and Arnor held talks.", NULL, out, sizeof out);
    assert_string_equal(out, "GON/ARN/043 ARN/GON/043");
    code(&f, "Gondor and Arnor have postponed their visit to Rohan.", NULL, out, sizeof out);
    assert_string_equal(out, "GON/ARN/191 ARN/GON/191");
    /* a compound slot is as specific as a word: "% * DIPLOMATIC" is tried
     * before "* DIPLOMATIC" (PETRARCH's COMPOUND-01) */
    code(&f, "Gondor and Arnor have renewed diplomatic ties.", NULL, out, sizeof out);
    assert_string_equal(out, "GON/ARN/064 ARN/GON/064");
    cleanup(&f);
}

/* The target is the first actor after the verb that is not the source:
 * a pronoun standing for the source is passed over, as PETRARCH skips a
 * noun phrase with the source's code (PETRARCH's DATE-11). */
static void target_is_not_the_source(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- QUESTION  [---] ---\n"
                "QUESTION\n"
                "- BEGUN * [212]\n",
                petr_actors, petr_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor has begun to question whether he has a future with Gondor.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ARN/GON/212");
    cleanup(&f);
}

/* A possessive noun phrase is one actor, the possessor ("Dagolath's
 * first Deputy Prime Minister Telemar", "Ithilen's awful and evil
 * minister Calimehtar"): with PETRARCH dictionaries, as PETRARCH codes a
 * noun phrase, with the agent of the phrase's head (DAGGOV, ITHGOV:
 * PETRARCH's DEMO-02, COMPOUND-17); with TABARI's, through adjectives
 * of its list only, the possessor alone (ITH: TABARI's COMPOUND-16, -17). */
static void possessive_noun_phrases(void **state)
{
    (void)state;
    for (int fmt = 0; fmt < 2; fmt++) {
        fx f;
        memset(&f, 0, sizeof f);
        if (fmt == 0)
            setup_files(&f, "WARN [160]\n",
                        "<ADJECTIVE>\nAWFUL\nEVIL\n</ADJECTIVE>\n"
                        "ITHILEN_ [ITH]\nCALIMEHTAR_ [CAL]\nDOL_AMROTH_ [DOL]\n",
                        "MINISTER_ [~GOV]\n", NULL, NULL);
        else
            setup_files(&f, "--- WARN [160] ---\nWARN\n",
                        "ITHILEN [ITH]\nCALIMEHTAR [CAL]\nDOL_AMROTH [DOL]\n",
                        "MINISTER [~GOV]\n", NULL, NULL);
        assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
        char out[512];
        const char *want = fmt == 0 ? "ITH/DOL/160" : "ITHGOV/DOL/160";
        code(&f, "Ithilen's awful and evil minister Calimehtar warned Dol Amroth.", NULL, out,
             sizeof out);
        assert_string_equal(out, want);
        code(&f, "Ithilen's minister Calimehtar warned Dol Amroth.", NULL, out, sizeof out);
        assert_string_equal(out, "ITHGOV/DOL/160");
        /* TABARI: only adjectives of its list ("cool" is none: two
         * actors, Calimehtar the minister) */
        code(&f, "Ithilen's awful and cool minister Calimehtar warned Dol Amroth.", NULL, out,
             sizeof out);
        assert_string_equal(out, fmt == 0 ? "CALGOV/DOL/160" : "ITHGOV/DOL/160");
        /* not across a preposition: Calimehtar is not Ithilen's */
        code(&f, "Ithilen's envoy to Calimehtar warned Dol Amroth.", NULL, out, sizeof out);
        assert_string_equal(out, "ITH/DOL/160");
        cleanup(&f);
    }
}

/* With PETRARCH dictionaries any modifier may follow the "and" or the
 * comma of a compound ("Fornost and the evil awful Gondor": PETRARCH's
 * COMPOUND-11 to -14), but an article begins an apposition, not a member
 * ("Gondor, a Rohan ally"). TABARI needs the adjectives of its list. */
static void petrarch_compounds_with_modifiers(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "--- WELCOME  [041] ---\nWELCOME\n",
                "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nOSGILIATH [OSG]\n", petr_agents, NULL,
                NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor and the evil awful Gondor welcomed Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/OSG/041 GON/OSG/041");
    code(&f, "Evil Arnor, the awful Rohan, and good Gondor welcomed Osgiliath.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ARN/OSG/041 ROH/OSG/041 GON/OSG/041");
    code(&f, "Osgiliath welcomed Gondor, a Rohan ally.", NULL, out, sizeof out);
    assert_string_equal(out, "OSG/GON/041");
    cleanup(&f);
}

/* PETRARCH looks for verbs in verb phrases of its parse, where a modal
 * is no verb: a dictionary verb SHOULD does not code "should" ("Ethiopia
 * indicated it should have acted against Libya": PETRARCH's VERB-10). */
static void petrarch_modals_are_no_verbs(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "--- ACT [100] ---\n"
                "ACT\n"
                "- INDICATED SHOULD * [1011]\n"
                "\n"
                "--- SHOULD [101] ---\n"
                "SHOULD\n",
                petr_actors, petr_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_AUTO, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor indicated it should have acted against Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/1011");
    code(&f, "Arnor should act against Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/100");
    cleanup(&f);
}

/* A TABARI word written with periods ("U.S.") is an abbreviation that
 * TABARI matches as written: no stem of longer words ("Use", TABARI's
 * START-00). */
static void abbreviations_are_no_stems(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, tabari_verbs, "U.S.  [USA]\nGONDOR_ [GON]\n", tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "The U.S. restored relations with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "USA/GON/064");
    code(&f, "Users restored relations with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "");
    cleanup(&f);
}

/* TABARI's subordinate codes ("SAID [023?]"): a later verb of the clause
 * whose pattern reaches back over the subordinate verb codes instead
 * ("said he regretted": REGRET's "SAID $ *"), as does the next verb of
 * the clause with a code ("said that … would change their attack method
 * against …": TABARI's DEBUG-20, COMMA-02D); a verb with a code of its
 * own keeps it ("abandoned an anti-Gondor parade" is no parade: TABARI's
 * CONNECT-14). */
static void tabari_subordinate_codes(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "SAID  [023?]\n"
                "REGRET  [111]\n"
                "- SAID $ *  [113]\n"
                "ABANDON  [345]\n"
                "PARADE  [017]\n"
                "- ANTI- + *  [111]\n"
                "CHANGE  [---]\n"
                "ATTACK  [223]\n",
                tabari_actors, tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor said Gondor regretted the refusal of Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "GON/OSG/113");
    code(&f, "Arnor said that the orcs would change their attack method against Gondor.", NULL,
         out, sizeof out);
    assert_string_equal(out, "ARN/GON/223");
    code(&f, "Arnor said the orcs would change their ways with Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/023");
    code(&f, "Arnor abandoned an anti- Gondor parade on Saturday.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/345");
    code(&f, "Arnor will parade against anti- Gondor crowds.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/017");
    cleanup(&f);
}

/* TABARI's ^ skips the next actor with its "the", of several words or
 * a compound ("warned at the United Arab Emirates of …": TABARI's
 * SKIP-01, -03, PATTERN-32d), else one word. */
static void skip_skips_an_actor(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "WARN  [160]\n- * AT ^ +  [162]\nACCUSE_ [112]\n- * ^ OF SPYING [1121]\n"
                "CELEBRATE  [181]\n- * IFTAR AT ^ ^ +  [044]\n",
                "ITHILEN_ [ITH]\nUNITED_ARAB_EMIRATES_ [UAE]\nDOL_AMROTH_ [DOL]\n"
                "GONDOR_ [GON]\nROHAN_ [ROH]\n",
                tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Ithilen warned at the United Arab Emirates of the Prince of Dol Amroth.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ITH/DOL/162");
    code(&f, "Ithilen warned at Gondor and Rohan of the Prince of Dol Amroth.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ITH/DOL/162");
    code(&f, "Ithilen accused Gondor publicly of spying.", NULL, out, sizeof out);
    assert_string_equal(out, "ITH/GON/1121");
    /* the next actor, past the words before it (TABARI's PATTERN-32a) */
    code(&f, "Gondor celebrated Iftar at Rohan with the envoys of Dol Amroth in Ithilen.", NULL,
         out, sizeof out);
    assert_string_equal(out, "GON/ITH/044");
    cleanup(&f);
}

/* A pattern's leading $ is the actor right before the pattern's next
 * word, not the clause's first actor ("Mordor et Arnor will be hosting
 * Osgiliath to celebrate Tabaski": TABARI's PATTERN-31). */
static void leading_source_slot(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "CELEBRATE  [181]\n- $ HOSTING ^ * TABASKI  [042]\n",
                "MORDOR_ [MOR]\nARNOR_ [ARN]\nOSGILIATH_ [OSG]\nERIADOR_ [ERI]\n",
                tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Mordor et Arnor will be hosting Osgiliath to celebrate Tabaski with Eriador.",
         NULL, out, sizeof out);
    assert_string_equal(out, "ARN/ERI/042");
    cleanup(&f);
}

/* Of equally specific patterns that match, the one with more plain
 * words wins (a word over a synonym set: "contribute a million dollars":
 * TABARI's SYNSET-07), then the one matching more words ("resist to the
 * end of the earth": TABARI's PATTERN-33c; "austrian gold florin":
 * PETRARCH's SYNSET-20b), then the first in the dictionary. */
static void longer_matches_win(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f,
                "<SYNSETS>\n&CURRENCY\n+DOLLAR\n+AUSTRIAN FLORIN\n"
                "&HYPERCURR\n+AUSTRIAN GOLD FLORIN\n"
                "&SYN3\n+TO THE END\n&SYN4\n+TO THE END OF THE EARTH\n</SYNSETS>\n"
                "CONTRIBUT  [070]\n- * &CURRENCY [903]\n- * &HYPERCURR [904]\n- * DOLLAR [071]\n"
                "VOW  [170]\n- * RESIST &SYN3 [113]\n- * RESIST &SYN4 [115]\n",
                tabari_actors, tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor will contribute a million dollars to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/071");
    code(&f, "Arnor will contribute a million austrian gold florin to Gondor.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ARN/GON/904");
    code(&f, "Arnor will contribute a million austrian florin to Gondor.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/903");
    code(&f, "Arnor vowed to resist to the end of the earth the Gondor army.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ARN/GON/115");
    code(&f, "Arnor vowed to resist to the end the Gondor army.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/GON/113");
    cleanup(&f);
}

/* TABARI's target search: no actor after the verb, the nearest actor
 * before it in the verb's stretch between commas that is not the source,
 * alone, a member of the source's compound too (TABARI's PATTERN-31b,
 * DEFAULT-07b), unless DEFAULT's AFTER makes the default target stand in
 * (DEFAULT-05); a source found after the verb is that actor alone, the
 * next actor its target (DEFAULT-06b). */
static void tabari_target_before_the_verb(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "WARN  [160]\n- $ ^ FOR *  [164]\nRESTORE  [050]\nSAY  [023]\n",
                "ARNOR_ [ARN]\nUNITED_ARAB_EMIRATES_ [UAE]\nERIADOR_ [ERI]\nBREE_ [BRE]\n"
                "GONDOR_ [GON]\n",
                tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Arnor was United Arab Emirates for Eriador warning next week.", NULL, out,
         sizeof out);
    assert_string_equal(out, "ARN/ERI/164");
    code(&f, "Bree and Arnor are about to restore ties.", NULL, out, sizeof out);
    assert_string_equal(out, "BRE/ARN/050");
    /* that actor alone, not its compound (TABARI's DEBUG-17) */
    code(&f, "Arnor was with Gondor and Bree warning.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/BRE/160");
    /* not across a comma */
    code(&f, "Arnor is leaving Eriador soon, a senior official said on Saturday.", NULL, out,
         sizeof out);
    assert_string_equal(out, "");
    parley_cameo_code_opts o = {0};
    o.default_source = "DEFSRC";
    o.default_target = "DEFTAR";
    code_with(&f, "Bree and Arnor are about to restore ties.", NULL, &o, out, sizeof out);
    assert_string_equal(out, "BRE/ARN/050");
    code_with(&f, "Someone is about to restore ties with Gondor and Bree.", NULL, &o, out,
              sizeof out);
    assert_string_equal(out, "GON/BRE/050");
    o.default_after = 1;
    code_with(&f, "Bree and Arnor are about to restore ties.", NULL, &o, out, sizeof out);
    assert_string_equal(out, "BRE/DEFTAR/050 ARN/DEFTAR/050");
    cleanup(&f);
}

/* TABARI: past its conjunction a compound's member takes the actors
 * that follow it with only adjectives of the actors file's list between
 * ("Calenardhon and the evil Arnor awful Gondor": TABARI's COMPOUND-13);
 * without a conjunction before, no compound ("Arnor awful Gondor"). */
static void tabari_compound_members_with_adjectives(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "WELCOME  [041]\n",
                "<ADJECTIVE>\nAWFUL\nEVIL\n</ADJECTIVE>\nCALENARDHON_ [CAL]\nARNOR_ [ARN]\n"
                "GONDOR_ [GON]\nOSGILIATH_ [OSG]\n",
                tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f, "Calenardhon and the evil Arnor awful Gondor welcomed ties with Osgiliath.", NULL,
         out, sizeof out);
    assert_string_equal(out, "CAL/OSG/041 ARN/OSG/041 GON/OSG/041");
    code(&f, "The evil Arnor awful Gondor welcomed ties with Osgiliath.", NULL, out, sizeof out);
    assert_string_equal(out, "ARN/OSG/041");
    cleanup(&f);
}

/* TABARI's dominant codes ("ATTEND [031!]", a pattern's "[080!]"): a
 * verb that codes with one leaves the sentence's other verbs uncoded
 * (TABARI's CODEBY-12, under CODE ALL as there). */
static void tabari_dominant_codes(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "LEFT_FOR  [032:033]\nATTEND  [031!]\nBACK  [042]\n- * DOWN FROM [080!]\n",
                tabari_actors, tabari_agents, NULL, NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    parley_cameo_code_opts o = {0};
    o.code_by = 2;
    const char *text = "Arnor left for Minas Tirith on Wednesday to attend talks with Osgiliath.";
    code_with(&f, text, NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/OSG/031");
    code_with(&f, "Arnor left for Minas Tirith on Wednesday.", NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/GON/032 GON/ARN/033");
    code_with(&f, "Arnor left for Minas Tirith and backed down from threats to Osgiliath.",
              NULL, &o, out, sizeof out);
    assert_string_equal(out, "ARN/OSG/080");
    cleanup(&f);
}

/* The target is no member of the source's compound, nor a pronoun for
 * one ("they requested that Rohan assist them": TABARI's PRON-04). */
static void target_is_no_member_of_the_source(void **state)
{
    (void)state;
    fx f;
    memset(&f, 0, sizeof f);
    setup_files(&f, "ASSIST  [092]\nURGE  [102]\n",
                "ARNOR_ [ARN]\nGONDOR_ [GON]\nROHAN_ [ROH]\nBREE_ [BRE]\n", tabari_agents, NULL,
                NULL);
    assert_int_equal(load(&f, PARLEY_CAMEO_TABARI, 0, NULL), 0);
    char out[512];
    code(&f,
         "Arnor and Gondor urged Bree on Monday to chill out and then they requested that "
         "Rohan assist them to win a role.",
         NULL, out, sizeof out);
    assert_string_equal(out, "ARN/BRE/102 GON/BRE/102 ARN/ROH/092 GON/ROH/092");
    cleanup(&f);
}

/* Whether the token keys say element e matches: what the coder uses. */
static int keys_match(const ckey *keys, size_t nk, const cw *e)
{
    for (size_t k = 0; k < nk; k++)
        if (keys[k].wid == e->wid)
            return (keys[k].flags & CK_EXACT) || (e->stem && (keys[k].flags & CK_STEM)) ||
                   (e->infl && (keys[k].flags & CK_INFL) && cameo_infl_ok(e->infl, keys[k].flags));
    return 0;
}

/* Every word element against token t: the keys and pl_cameo_word_match
 * must agree. */
static void check_token(const parley_cameo *c, const char *t)
{
    size_t n = strlen(t);
    ckey keys[300];
    assert_true(n + 1 <= 300);
    size_t nk = pl_cameo_token_keys(c, t, n, keys, 300);
    /* with too little room it still says how many there are */
    ckey one;
    assert_int_equal(pl_cameo_token_keys(c, t, n, &one, 1), nk);
    for (size_t k = 0; k < nk; k++)
        for (size_t q = k + 1; q < nk; q++)
            assert_int_not_equal(keys[k].wid, keys[q].wid);
    for (size_t i = 0; i < c->nels; i++) {
        const cw *e = &c->els[i];
        if (e->kind != CW_WORD)
            continue;
        int want = pl_cameo_word_match(c, e, t, n) != 0;
        int got = keys_match(keys, nk, e);
        if (want != got)
            fail_msg("token '%s', word '%.*s' (stem %d, infl %d): match %d, keys %d", t,
                     (int)e->len, cameo_str(c, e->ref), e->stem, e->infl, want, got);
    }
}

/* Tokens made from each dictionary word: itself, its endings, its
 * prefixes, e and y bases, and some words of no dictionary. */
static void check_all_tokens(const parley_cameo *c)
{
    static const char *const ends[] = {"", "s", "es", "ed", "d", "ing", "'s", "s'",
                                       "x", "er", "ies", "ied", "ning", "ned",
                                       "ting", "ted", "ly"};
    static const char *const other[] = {"", "a", "ab", "the", "agreeing", "banned",
                                        "banning", "studies", "studied", "cries",
                                        "pledgeing", "criticizes", "ties's"};
    char t[256];
    for (size_t w = 0; w < c->nwords; w++) {
        const cword *cwd = &c->words[w];
        const char *s = cameo_str(c, cwd->str);
        for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
            /* the word, and without its last letter, with each ending */
            for (size_t cut = 0; cut <= 1 && cut < cwd->len; cut++) {
                snprintf(t, sizeof t, "%.*s%s", (int)(cwd->len - cut), s, ends[k]);
                if (t[0])
                    check_token(c, t);
            }
        }
        for (size_t k = 1; k < cwd->len; k++) {
            snprintf(t, sizeof t, "%.*s", (int)k, s);
            check_token(c, t);
        }
    }
    for (size_t k = 1; k < sizeof other / sizeof *other; k++)
        check_token(c, other[k]);
    /* a long token: the lookup keys are limited, the matches are not */
    memset(t, 'a', 120);
    t[120] = '\0';
    check_token(c, t);
}

static void token_keys_agree_with_word_match(void **state)
{
    (void)state;
    static const char more_verbs[] =
        "--- BAN  [100] ---\n"
        "BAN\n"
        "AGREE\n"
        "STUDY\n"
        "CRY\n"
        "TIE\n"
        "+RE~CENT_\n"
        "- * A [101]\n"
        "- * AB~ [102]\n";
    const char *sets[][3] = {
        {tabari_verbs, tabari_actors, tabari_agents},
        {petr_verbs, petr_actors, petr_agents},
        {more_verbs, tabari_actors, petr_agents},
    };
    for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
        for (int fmt = PARLEY_CAMEO_AUTO; fmt <= PARLEY_CAMEO_PETRARCH; fmt++) {
            fx f;
            memset(&f, 0, sizeof f);
            setup_files(&f, sets[k][0], sets[k][1], sets[k][2], "FOOT BALL\n",
                        "<ISSUE CATEGORY=\"X\">\nn:aid [AID]\n</ISSUE>\n");
            size_t bad = 0;
            if (load(&f, fmt, 0, &bad) == 0)
                check_all_tokens(f.c);
            cleanup(&f);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tabari_slots_and_synsets),
        cmocka_unit_test(agents_and_dates),
        cmocka_unit_test(tabari_options),
        cmocka_unit_test(malformed_lines_are_reported),
        cmocka_unit_test(missing_file),
        cmocka_unit_test(petrarch_blocks_synsets_discards_issues),
        cmocka_unit_test(hostile_input),
        cmocka_unit_test(nesting_is_bounded),
        cmocka_unit_test(brackets_in_phrases),
        cmocka_unit_test(many_agents),
        cmocka_unit_test(ties_keep_dictionary_order),
        cmocka_unit_test(token_keys_agree_with_word_match),
        cmocka_unit_test(petrarch_contractions),
        cmocka_unit_test(petrarch_pattern_words_are_literal),
        cmocka_unit_test(petrarch_clauses_and_one_sided_events),
        cmocka_unit_test(former_officials_are_elites),
        cmocka_unit_test(petrarch_blocks_of_one_name),
        cmocka_unit_test(petrarch_compound_slot),
        cmocka_unit_test(target_is_not_the_source),
        cmocka_unit_test(possessive_noun_phrases),
        cmocka_unit_test(petrarch_compounds_with_modifiers),
        cmocka_unit_test(petrarch_modals_are_no_verbs),
        cmocka_unit_test(abbreviations_are_no_stems),
        cmocka_unit_test(tabari_subordinate_codes),
        cmocka_unit_test(skip_skips_an_actor),
        cmocka_unit_test(leading_source_slot),
        cmocka_unit_test(longer_matches_win),
        cmocka_unit_test(tabari_target_before_the_verb),
        cmocka_unit_test(target_is_no_member_of_the_source),
        cmocka_unit_test(tabari_dominant_codes),
        cmocka_unit_test(tabari_compound_members_with_adjectives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
