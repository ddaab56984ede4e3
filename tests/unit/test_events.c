/* test_events.c — unit tests of stages 6 to 8 (src/events/): the events a
 * sentence gives (types, directions, passives, negation, lists), their
 * attributes (dates, places), merging (pl_events_merge on candidates made by
 * hand: what is one event and what is kept of each report), the
 * delegation heads, date arithmetic and the coder's trace. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "parley.h"
#include "events/events.h"
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

static void addf(char *out, size_t cap, const char *fmt, ...)
{
    size_t n = strlen(out);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out + n, cap - n, fmt, ap);
    va_end(ap);
}

static void add_actor(char *out, size_t cap, const actor *a)
{
    addf(out, cap, "%s/%s", a->name ? a->name : a->org ? a->org : "-",
         a->country ? a->country : "-");
}

/* Writes candidate c: "TYPE cameo src -> tgt" with " NOT" when negated,
 * then sentence, date, place and merged sentences. */
static void add_cand(char *out, size_t cap, const cand *c)
{
    addf(out, cap, "%s %s ", c->code->type, c->code->cameo);
    add_actor(out, cap, &c->src);
    addf(out, cap, " %s ", pl_events_symmetric(c) ? "<->" : "->");
    add_actor(out, cap, &c->tgt);
    addf(out, cap, "%s s%u d%d", c->negated ? " NOT" : "", c->sent, (int)c->date);
    if (c->place >= 0)
        addf(out, cap, " @%s", lx->places[c->place].name);
    for (size_t i = 0; i < c->nextra; i++)
        addf(out, cap, "%s%u", i ? "," : " +s", c->extra[i]);
    addf(out, cap, "\n");
}

/* Runs stages 2 to 8 on text as parley_code does (dated date; negated:
 * code negated events too; merge: merge duplicates) and writes the
 * surviving candidates, one per line. */
static void events_of(const char *text, int32_t date, int negated, int merge, char *out,
                      size_t cap)
{
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), pl_lexicon_is_abbrev, lx, &td), 0);
    pl_lexicon_annotate(lx, td.toks, td.ntoks);
    pl_syntax_tag(lx, &td);
    coref_state st;
    pl_coref_init(&st, lx, &td, date);
    attr_state as;
    pl_attributes_init(&as, lx, &td, date);
    speech_state sp = {0};
    cand_vec cv = {0};
    for (uint32_t si = 0; si < td.nsents; si++) {
        mention *ms;
        int nm = pl_mentions_find(&a, lx, &td, td.sents[si].tok0, td.sents[si].tok1, &st, &ms);
        assert_true(nm >= 0);
        syn_sent syn;
        assert_int_equal(pl_syntax_parse(&a, lx, &td, si, ms, nm, &syn), 0);
        size_t first = cv.n;
        assert_int_equal(pl_events_sentence(&a, lx, &td, si, ms, nm, &syn, &st, &sp, negated, &cv), 0);
        pl_attributes_sentence(&as, lx, &td, si, ms, nm, &cv, first);
    }
    pl_events_delegates(&st, &cv);
    if (merge) {
        const token *lt = &td.toks[td.sents[0].tok1 - 1];
        int titled = td.nsents > 1 && !(lt->fold_len == 1 && strchr(".!?\"", lt->fold[0]));
        assert_int_equal(pl_events_merge(&a, lx, &cv, titled), 0);
    }
    out[0] = 0;
    for (size_t i = 0; i < cv.n; i++)
        if (cv.v[i].merged_into < 0)
            add_cand(out, cap, &cv.v[i]);
    pl_arena_release(&a);
}

static const char *coded(const char *text, int negated)
{
    static char out[4096];
    events_of(text, 20250303, negated, 1, out, sizeof out);
    return out;
}

/* ---- events of sentences ------------------------------------------------ */

/* A meeting is symmetric, with the place and the day ("on Friday" before
 * Monday 3 March 2025 is 28 February). */
static void meeting_with_place_and_day(void **state)
{
    (void)state;
    assert_string_equal(coded("Minister of Foreign Affairs of Latvia Baiba Braže met with Minister "
                              "of Foreign Affairs of Lithuania Kęstutis Budrys in Riga on Friday.", 0),
                        "CONSULT 040 Baiba Braže/LVA <-> Kęstutis Budrys/LTU s0 d20250228 @Riga\n");
}

/* A passive has its agent as source; a reception is CAMEO 043. */
static void passive_reception(void **state)
{
    (void)state;
    assert_string_equal(coded("The Lithuanian Foreign Minister was received by the Latvian President.", 0),
                        "CONSULT 043 Edgars Rinkēvičs/LVA <-> Kęstutis Budrys/LTU s0 d20250303\n");
}

/* A negated meeting is no event, unless asked for; then it is marked. */
static void negation(void **state)
{
    (void)state;
    assert_string_equal(coded("Latvia did not meet Russia.", 0), "");
    assert_string_equal(coded("Latvia did not meet Russia.", 1),
                        "CONSULT 040 -/LVA <-> -/RUS NOT s0 d20250303\n");
}

/* A listed subject gives an event per member; criticism is directed. */
static void list_subject_and_direction(void **state)
{
    (void)state;
    assert_string_equal(coded("Latvia and Lithuania condemned Russia.", 0),
                        "ACCUSE 111 -/LVA -> -/RUS s0 d20250303\n"
                        "ACCUSE 111 -/LTU -> -/RUS s0 d20250303\n");
    assert_string_equal(coded("Egypt accused Israel.", 0), "ACCUSE 112 -/EGY -> -/ISR s0 d20250303\n");
}

/* A month and year is a month's date (DD 00); an attack is material
 * conflict. */
static void month_date(void **state)
{
    (void)state;
    assert_string_equal(coded("Chinese troops attacked Indian soldiers in March 2024.", 0),
                        "ASSAULT 190 -/CHN -> -/IND s0 d20240300\n");
}

/* A headline and its body tell one expulsion: one event, shown by the
 * body's sentence, the headline's kept as evidence. */
static void headline_merged_into_body(void **state)
{
    (void)state;
    const char *text = "Lithuania expels Russian diplomats\n\nVILNIUS, March 3 -- "
                       "Lithuania expelled two Russian diplomats on Monday.";
    char out[1024];
    events_of(text, 20250303, 0, 0, out, sizeof out);
    assert_string_equal(out, "SANCTION 161 -/LTU -> -/RUS s0 d20250303\n"
                             "SANCTION 161 -/LTU -> -/RUS s1 d20250303\n");
    assert_string_equal(coded(text, 0), "SANCTION 161 -/LTU -> -/RUS s1 d20250303 +s0\n");
}

/* The head of a state's delegation stands for it in its meetings. */
static void delegation_head(void **state)
{
    (void)state;
    assert_string_equal(coded("The Kazakh delegation was headed by Murat Nurtleu. "
                              "Kazakhstan and Uzbekistan held talks.", 0),
                        "CONSULT 040 Murat Nurtleu/KAZ <-> -/UZB s1 d20250303\n");
}

/* Praise and criticism of the same pair are two events. */
static void different_acts_stay_apart(void **state)
{
    (void)state;
    assert_string_equal(coded("Latvia praised Estonia. Latvia criticised Estonia.", 0),
                        "SUPPORT 051 -/LVA -> -/EST s0 d20250303\n"
                        "ACCUSE 111 -/LVA -> -/EST s1 d20250303\n");
}

/* ---- merging candidates made by hand ------------------------------------ */

static lex_frame sym_frame, dir_frame, dir_frame2;

static actor country(const char *iso3)
{
    actor a;
    memset(&a, 0, sizeof a);
    a.country = iso3;
    a.entity = -1;
    return a;
}

static actor person(const char *name, const char *iso3)
{
    actor a = country(iso3);
    a.name = name;
    a.role = "Minister of Foreign Affairs";
    return a;
}

static cand make(const lex_frame *fr, actor src, actor tgt, uint32_t sent, int32_t date,
                 int stated)
{
    cand c;
    memset(&c, 0, sizeof c);
    c.frame = fr;
    c.code = fr->code;
    c.src = src;
    c.tgt = tgt;
    c.sent = sent;
    c.date = date;
    c.date_stated = stated;
    c.place = -1;
    c.merged_into = -1;
    return c;
}

static int frames(void **state)
{
    if (setup(state))
        return -1;
    sym_frame.code = pl_lexicon_code(lx, "040");
    sym_frame.flags = FR_SYM;
    dir_frame.code = pl_lexicon_code(lx, "111");
    dir_frame2.code = pl_lexicon_code(lx, "112");
    return sym_frame.code && dir_frame.code && dir_frame2.code ? 0 : -1;
}

/* Merges the n candidates v (not titled) and writes the survivors. */
static const char *merged(cand *v, size_t n, int titled)
{
    static char out[2048];
    arena a;
    pl_arena_init(&a);
    cand_vec cv = {v, n, n};
    assert_int_equal(pl_events_merge(&a, lx, &cv, titled), 0);
    out[0] = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].merged_into < 0)
            add_cand(out, sizeof out, &v[i]);
    pl_arena_release(&a);
    return out;
}

/* The same meeting told twice, the second time with the countries only:
 * one event, the ministers kept, both sentences its evidence. */
static void merge_keeps_the_specific(void **state)
{
    (void)state;
    cand v[2] = {make(&sym_frame, country("LVA"), country("LTU"), 1, 20250303, 0),
                 make(&sym_frame, person("Baiba Braže", "LVA"), person("Kęstutis Budrys", "LTU"), 3,
                      20250303, 0)};
    assert_string_equal(merged(v, 2, 0),
                        "CONSULT 040 Baiba Braže/LVA <-> Kęstutis Budrys/LTU s1 d20250303 +s3\n");
    assert_int_equal(v[1].merged_into, 0);
}

/* A symmetric event merges with its participants the other way round; a
 * directed one does not. */
static void merge_swapped_only_when_symmetric(void **state)
{
    (void)state;
    cand v[2] = {make(&sym_frame, country("LVA"), country("LTU"), 0, 20250303, 0),
                 make(&sym_frame, country("LTU"), country("LVA"), 1, 20250303, 0)};
    assert_string_equal(merged(v, 2, 0), "CONSULT 040 -/LVA <-> -/LTU s0 d20250303 +s1\n");
    cand w[2] = {make(&dir_frame, country("LVA"), country("LTU"), 0, 20250303, 0),
                 make(&dir_frame, country("LTU"), country("LVA"), 1, 20250303, 0)};
    assert_string_equal(merged(w, 2, 0), "ACCUSE 111 -/LVA -> -/LTU s0 d20250303\n"
                                         "ACCUSE 111 -/LTU -> -/LVA s1 d20250303\n");
}

/* Two stated days differ: two meetings. A month and a day inside it are
 * one, dated to the day. */
static void merge_by_date(void **state)
{
    (void)state;
    cand v[2] = {make(&sym_frame, country("LVA"), country("LTU"), 0, 20250303, 1),
                 make(&sym_frame, country("LVA"), country("LTU"), 1, 20250305, 1)};
    assert_string_equal(merged(v, 2, 0), "CONSULT 040 -/LVA <-> -/LTU s0 d20250303\n"
                                         "CONSULT 040 -/LVA <-> -/LTU s1 d20250305\n");
    cand w[2] = {make(&sym_frame, country("LVA"), country("LTU"), 0, 20250300, 1),
                 make(&sym_frame, country("LVA"), country("LTU"), 1, 20250305, 1)};
    assert_string_equal(merged(w, 2, 0), "CONSULT 040 -/LVA <-> -/LTU s0 d20250305 +s1\n");
}

/* A negated and an affirmed meeting are not one; nor two statements of
 * different CAMEO codes in different sentences, which are one in the
 * same sentence. */
static void merge_negation_and_codes(void **state)
{
    (void)state;
    cand v[2] = {make(&sym_frame, country("LVA"), country("LTU"), 0, 20250303, 0),
                 make(&sym_frame, country("LVA"), country("LTU"), 1, 20250303, 0)};
    v[1].negated = 1;
    assert_string_equal(merged(v, 2, 0), "CONSULT 040 -/LVA <-> -/LTU s0 d20250303\n"
                                         "CONSULT 040 -/LVA <-> -/LTU NOT s1 d20250303\n");
    cand w[2] = {make(&dir_frame, country("EGY"), country("ISR"), 0, 20250303, 0),
                 make(&dir_frame2, country("EGY"), country("ISR"), 1, 20250303, 0)};
    assert_string_equal(merged(w, 2, 0), "ACCUSE 111 -/EGY -> -/ISR s0 d20250303\n"
                                         "ACCUSE 112 -/EGY -> -/ISR s1 d20250303\n");
    w[1] = make(&dir_frame2, country("EGY"), country("ISR"), 0, 20250303, 0);
    assert_string_equal(merged(w, 2, 0), "ACCUSE 111 -/EGY -> -/ISR s0 d20250303\n");
}

/* Two parts of one state (court and police) in different sentences are
 * two participants; an organisation and its parent (OHCHR and the UN)
 * one; two named persons are one only when the names agree. */
static void merge_participants(void **state)
{
    (void)state;
    actor court = country("BLR"), police = country("BLR");
    court.agent = "JUD";
    police.agent = "COP";
    cand v[2] = {make(&dir_frame, court, country("LTU"), 0, 20250303, 0),
                 make(&dir_frame, police, country("LTU"), 1, 20250303, 0)};
    assert_string_equal(merged(v, 2, 0), "ACCUSE 111 -/BLR -> -/LTU s0 d20250303\n"
                                         "ACCUSE 111 -/BLR -> -/LTU s1 d20250303\n");
    actor un = country(NULL), ohchr = country(NULL);
    un.org = "UN";
    ohchr.org = "OHCHR";
    cand w[2] = {make(&dir_frame, ohchr, country("MMR"), 0, 20250303, 0),
                 make(&dir_frame, un, country("MMR"), 0, 20250303, 0)};
    assert_string_equal(merged(w, 2, 0), "ACCUSE 111 OHCHR/- -> -/MMR s0 d20250303\n");
    cand x[2] = {make(&sym_frame, person("Baiba Braže", "LVA"), country("LTU"), 0, 20250303, 0),
                 make(&sym_frame, person("Edgars Rinkēvičs", "LVA"), country("LTU"), 1, 20250303, 0)};
    assert_string_equal(merged(x, 2, 0),
                        "CONSULT 040 Baiba Braže/LVA <-> -/LTU s0 d20250303\n"
                        "CONSULT 040 Edgars Rinkēvičs/LVA <-> -/LTU s1 d20250303\n");
}

/* In a titled document the body's sentence shows the event and takes the
 * place; topics are the union of both, each once. */
static void merge_titled_place_and_topics(void **state)
{
    (void)state;
    cand v[2] = {make(&sym_frame, country("LVA"), country("LTU"), 0, 20250303, 0),
                 make(&sym_frame, country("LVA"), country("LTU"), 2, 20250303, 0)};
    int riga = pl_lexicon_place(lx, "Riga", "LVA"), vilnius = pl_lexicon_place(lx, "Vilnius", "LTU");
    assert_true(riga >= 0 && vilnius >= 0);
    v[0].place = vilnius;
    v[1].place = riga;
    v[0].topics[0] = "energy";
    v[0].ntopics = 1;
    v[1].topics[0] = "trade";
    v[1].topics[1] = "energy";
    v[1].ntopics = 2;
    assert_string_equal(merged(v, 2, 1), "CONSULT 040 -/LVA <-> -/LTU s2 d20250303 @Riga +s0\n");
    assert_int_equal(v[0].ntopics, 2);
    assert_string_equal(v[0].topics[0], "energy");
    assert_string_equal(v[0].topics[1], "trade");
    /* not titled: the first report stays the one shown, with its place */
    cand w[2] = {v[0], v[1]};
    w[0] = make(&sym_frame, country("LVA"), country("LTU"), 0, 20250303, 0);
    w[1] = make(&sym_frame, country("LVA"), country("LTU"), 2, 20250303, 0);
    w[0].place = vilnius;
    w[1].place = riga;
    assert_string_equal(merged(w, 2, 0), "CONSULT 040 -/LVA <-> -/LTU s0 d20250303 @Vilnius +s2\n");
}

/* Of several earlier reports, the latest with exactly the same parties
 * takes the new one; evidence sentences are not repeated. */
static void merge_prefers_the_same_parties(void **state)
{
    (void)state;
    cand v[3] = {make(&sym_frame, person("Baiba Braže", "LVA"), country("LTU"), 0, 20250303, 0),
                 make(&sym_frame, country("LVA"), country("LTU"), 1, 20250303, 0),
                 make(&sym_frame, country("LVA"), country("LTU"), 2, 20250303, 0)};
    const char *o = merged(v, 3, 0);
    /* 1 went into 0 (the only earlier one), then 2 into 0 as well (the
     * only survivor), and 0 holds both sentences once */
    assert_string_equal(o, "CONSULT 040 Baiba Braže/LVA <-> -/LTU s0 d20250303 +s1,2\n");
    assert_int_equal(v[2].merged_into, 0);
}

/* ---- dates and the trace ------------------------------------------------- */

static void date_arithmetic(void **state)
{
    (void)state;
    assert_int_equal(pl_date_add_days(20250303, -3), 20250228);
    assert_int_equal(pl_date_add_days(20240301, -1), 20240229); /* leap year */
    assert_int_equal(pl_date_add_days(21000301, -1), 21000228); /* not one */
    assert_int_equal(pl_date_add_days(20001231, 1), 20010101);
    assert_int_equal(pl_date_add_days(20250115, 365), 20260115);
    assert_int_equal(pl_date_add_days(20250115, 0), 20250115);
}

/* A document "t" of text, dated date, for parley_code. */
static parley_doc doc_of(const char *date, const char *text)
{
    parley_doc doc = {0};
    doc.id.p = "t", doc.id.n = 1;
    doc.date.p = date, doc.date.n = strlen(date);
    doc.text.p = text, doc.text.n = strlen(text);
    return doc;
}

/* A document date that does not exist is no date (as a malformed one):
 * "2023-02-30" once dated "yesterday" 2023-03-01 and the document
 * 2023-02-30. */
static void impossible_doc_date(void **state)
{
    (void)state;
    parley_doc doc = doc_of("2023-02-30", "Yesterday France met Germany in Paris.");
    parley_code_opts o = {0};
    parley_result *r;
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    assert_int_equal(parley_result_count(r), 1);
    assert_null(parley_result_event(r, 0)->date);
    assert_null(parley_result_doc_date(r));
    parley_result_free(r);
    doc.date.p = "2024-02-29"; /* a leap day is one */
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    assert_string_equal(parley_result_event(r, 0)->date, "2024-02-28");
    assert_string_equal(parley_result_doc_date(r), "2024-02-29");
    parley_result_free(r);
}

static void collect(void *ud, int severity, const char *msg)
{
    parley_buf *b = ud;
    if (severity == PARLEY_TRACE)
        parley_buf_addf(b, "%s\n", msg);
}

/* parley_code's trace: each sentence, its mentions, its parse and the
 * events it gave, through the log callback; none without trace. */
static void trace(void **state)
{
    (void)state;
    parley_doc doc = doc_of("2025-03-03", "Latvia met Estonia in Riga. Egypt condemned Israel.");
    parley_buf log = PARLEY_BUF_INIT;
    parley_code_opts o = {0};
    o.log = collect;
    o.log_ud = &log;
    parley_result *r;
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    assert_int_equal(parley_result_count(r), 2);
    parley_result_free(r);
    assert_int_equal(log.n, 0);
    o.trace = 1;
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    assert_int_equal(parley_result_count(r), 2);
    parley_result_free(r);
    assert_non_null(strstr(log.p, "[0] Latvia met Estonia in Riga.\n"));
    assert_non_null(strstr(log.p, "[1] Egypt condemned Israel.\n"));
    assert_non_null(strstr(log.p, "=> CONSULT 040 {-|LVA|-} ->{-|EST|-} (active: subject -> slot)\n"));
    assert_non_null(strstr(log.p, "=> ACCUSE 111 {-|EGY|-} ->{-|ISR|-} (active: subject -> slot)\n"));
    assert_non_null(strstr(log.p, "   m2 kind=2 prep=6 mod=0 poss=0 'Riga' {-|-|LVA|-|e-1}\n"));
    assert_non_null(strstr(log.p, "c0 main parent=-1 vg=1 subj=0 speaker=-1 flags=0: [0 NP* Latvia] "
                                  "[1 VG met] [2 NP* Estonia] [3 PP in] [4 NP* Riga] [5 P .]\n"));
    /* the sentences in order, each before its events */
    const char *s0 = strstr(log.p, "[0]"), *e0 = strstr(log.p, "=> CONSULT");
    const char *s1 = strstr(log.p, "[1]"), *e1 = strstr(log.p, "=> ACCUSE");
    assert_true(s0 < e0 && e0 < s1 && s1 < e1);
    parley_buf_release(&log);
}

/* An event written as JSON into a buffer that has never held anything
 * (its pointer still NULL): the writer makes room before it takes a
 * position in it (fuzz_lexicon_builtin found UBSan's "applying zero
 * offset to null pointer" in pl_output_json_event). */
static void json_into_empty_buffer(void **state)
{
    (void)state;
    parley_doc doc = doc_of("2025-03-03", "Latvia met Estonia in Riga.");
    parley_code_opts o = {0};
    parley_result *r;
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    assert_int_equal(parley_result_count(r), 1);
    parley_buf b = PARLEY_BUF_INIT;
    assert_null(b.p);
    assert_int_equal(parley_write_json(&b, &doc, parley_result_event(r, 0), 0), 0);
    const char *want = "{\"doc\": \"t\", \"id\": \"t:0:1\"";
    assert_true(b.n > strlen(want) && !strncmp(b.p, want, strlen(want)));
    parley_buf_release(&b);
    parley_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_into_empty_buffer),
        cmocka_unit_test(meeting_with_place_and_day),
        cmocka_unit_test(passive_reception),
        cmocka_unit_test(negation),
        cmocka_unit_test(list_subject_and_direction),
        cmocka_unit_test(month_date),
        cmocka_unit_test(headline_merged_into_body),
        cmocka_unit_test(delegation_head),
        cmocka_unit_test(different_acts_stay_apart),
        cmocka_unit_test(merge_keeps_the_specific),
        cmocka_unit_test(merge_swapped_only_when_symmetric),
        cmocka_unit_test(merge_by_date),
        cmocka_unit_test(merge_negation_and_codes),
        cmocka_unit_test(merge_participants),
        cmocka_unit_test(merge_titled_place_and_topics),
        cmocka_unit_test(merge_prefers_the_same_parties),
        cmocka_unit_test(date_arithmetic),
        cmocka_unit_test(impossible_doc_date),
        cmocka_unit_test(trace),
    };
    return cmocka_run_group_tests(tests, frames, teardown);
}
