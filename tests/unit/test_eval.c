/* test_eval.c — unit tests of src/eval (parley_eval_*): the matching rules
 * of eval/README.md on small hand-made gold and prediction files, strict
 * and lenient counts, date/place accuracy, and malformed-line reporting. */
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

/* Collects log lines, one per line, for assertions. */
static void collect(void *ud, int severity, const char *msg)
{
    parley_buf *b = ud;
    parley_buf_addf(b, "%c %s\n", severity == PARLEY_ERROR ? 'E' : 'W', msg);
}

typedef struct fixture {
    parley_eval *e;
    parley_eval_report r;
    parley_buf log;
    int gold_bad, pred_bad;
} fixture;

/* Loads gold and pred text, scores; asserts success. */
static void run(fixture *f, const char *gold, const char *pred)
{
    parley_buf_init(&f->log);
    parley_eval_opts o = {collect, &f->log};
    assert_int_equal(parley_eval_new(&f->e, &o), 0);
    f->gold_bad = parley_eval_add_gold(f->e, "gold", gold, strlen(gold));
    f->pred_bad = parley_eval_add_pred(f->e, "pred", pred, strlen(pred));
    assert_true(f->gold_bad >= 0);
    assert_true(f->pred_bad >= 0);
    assert_int_equal(parley_eval_score(f->e, &f->r), 0);
}

static void done(fixture *f)
{
    parley_eval_free(f->e);
    parley_buf_release(&f->log);
}

#define ASSERT_COUNTS(c, tp_, fp_, fn_)                                      \
    do {                                                                     \
        assert_int_equal((c).tp, (tp_));                                     \
        assert_int_equal((c).fp, (fp_));                                     \
        assert_int_equal((c).fn, (fn_));                                     \
    } while (0)

static const char KAZ_UN[] =
    "{\"doc\": \"d1\", \"type\": \"CONSULT\", \"a\": {\"name\": \"Murat "
    "Nurtleu\", \"country\": \"KAZ\"}, \"b\": {\"name\": \"António "
    "Guterres\", \"org\": \"UN\"}, \"place\": \"New York\", \"date\": "
    "\"2024-09\"}\n";

static const char *pred_line(parley_buf *b, const char *doc, const char *type,
                             const char *src, const char *tgt,
                             const char *extra)
{
    parley_buf_addf(b,
                    "{\"doc\": \"%s\", \"type\": \"%s\", \"source\": %s, "
                    "\"target\": %s, \"date\": null, \"place\": null%s%s}\n",
                    doc, type, src, tgt, extra ? ", " : "",
                    extra ? extra : "");
    return b->p;
}

static void exact_match(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d1", "CONSULT",
              "{\"name\": \"Murat Nurtleu\", \"country\": \"KAZ\", \"org\": null}",
              "{\"name\": \"António Guterres\", \"country\": null, \"org\": \"UN\"}",
              NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 0, 0);
    ASSERT_COUNTS(f.r.lenient, 1, 0, 0);
    assert_true(f.r.strict.p == 1.0 && f.r.strict.r == 1.0 &&
                f.r.strict.f1 == 1.0);
    assert_int_equal(f.r.gold_events, 1);
    assert_int_equal(f.r.pred_events, 1);
    assert_int_equal(f.r.nmisses, 0);
    assert_int_equal(f.r.nextras, 0);
    assert_int_equal(f.r.ntypes, 1);
    assert_string_equal(f.r.types[0].type, "CONSULT");
    assert_int_equal(f.r.types[0].tp, 1);
    /* null date and place: counted, both wrong */
    assert_int_equal(f.r.date_n, 1);
    assert_int_equal(f.r.date_ok, 0);
    assert_int_equal(f.r.place_n, 1);
    assert_int_equal(f.r.place_ok, 0);
    assert_int_equal(f.log.n, 0);
    done(&f);
    parley_buf_release(&p);
}

static void surname_with_diacritics(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"name\": \"Murat "
        "Nurtleu\", \"country\": \"KAZ\"}, \"b\": {\"name\": \"Mihai Popșoi\", "
        "\"country\": \"MDA\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"name\": \"Murat "
        "Nurtleu\"}, \"b\": {\"name\": \"Faisal Al-Saud\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"name\": \"Murat "
        "Nurtleu\"}, \"b\": {\"name\": \"Volker Türk\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    /* surname only, upper case, no diacritics, no country */
    pred_line(&p, "d", "CONSULT", "{\"name\": \"Nurtleu\"}",
              "{\"name\": \"POPSOI\"}", NULL);
    /* longer predicted name; the hyphen separates "Al" and "Saud" */
    pred_line(&p, "d", "CONSULT", "{\"name\": \"M. Nurtleu\"}",
              "{\"name\": \"Faisal bin Farhan Al Saud\"}", NULL);
    /* a name that only contains the surname as a substring: no match */
    pred_line(&p, "d", "CONSULT", "{\"name\": \"Murat Nurtleu\"}",
              "{\"name\": \"Volker Turkmen\"}", NULL);
    fixture f;
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 2, 1, 1);
    assert_int_equal(f.r.nmisses, 1);
    assert_int_equal(f.r.misses[0].line, 3);
    assert_string_equal(f.r.misses[0].b.name, "Volker Türk");
    assert_int_equal(f.r.nextras, 1);
    assert_int_equal(f.r.extras[0].line, 3);
    assert_string_equal(f.r.extras[0].b.name, "Volker Turkmen");
    assert_int_equal(f.r.extras[0].duplicate, 0);
    done(&f);
    parley_buf_release(&p);
}

static void strict_vs_lenient(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    /* right countries/orgs, names missing */
    pred_line(&p, "d1", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"org\": \"UN\"}", NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    ASSERT_COUNTS(f.r.lenient, 1, 0, 0);
    assert_int_equal(f.r.types[0].tp, 0);
    assert_int_equal(f.r.types[0].fp, 1);
    assert_int_equal(f.r.types[0].fn, 1);
    assert_int_equal(f.r.types[0].ltp, 1);
    assert_int_equal(f.r.types[0].lfp, 0);
    assert_int_equal(f.r.types[0].lfn, 0);
    /* date/place are measured on strict matches only */
    assert_int_equal(f.r.date_n, 0);
    done(&f);
    parley_buf_release(&p);

    /* a wrong name with the right country: lenient still matches */
    parley_buf_init(&p);
    pred_line(&p, "d1", "CONSULT", "{\"name\": \"Someone Else\", "
              "\"country\": \"KAZ\"}", "{\"name\": \"Guterres\"}", NULL);
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    ASSERT_COUNTS(f.r.lenient, 1, 0, 0);
    done(&f);
    parley_buf_release(&p);
}

static void symmetric_reverse(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d1", "CONSULT", "{\"name\": \"António Guterres\"}",
              "{\"name\": \"Murat Nurtleu\"}", NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 0, 0);
    done(&f);
    parley_buf_release(&p);
}

static void directed_reverse(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"SUPPORT\", \"directed\": true, "
        "\"a\": {\"name\": \"António Guterres\", \"org\": \"UN\"}, "
        "\"b\": {\"country\": \"KAZ\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d", "SUPPORT", "{\"country\": \"KAZ\"}",
              "{\"name\": \"Guterres\", \"org\": \"UN\"}", NULL);
    fixture f;
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    ASSERT_COUNTS(f.r.lenient, 0, 1, 1);
    assert_int_equal(f.r.nmisses, 1);
    assert_int_equal(f.r.misses[0].directed, 1);
    assert_int_equal(f.r.nextras, 1);
    done(&f);
    parley_buf_release(&p);

    /* the right direction matches */
    parley_buf_init(&p);
    pred_line(&p, "d", "SUPPORT", "{\"name\": \"Guterres\", \"org\": \"UN\"}",
              "{\"country\": \"KAZ\"}", NULL);
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 0, 0);
    done(&f);
    parley_buf_release(&p);
}

static void optional_gold(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"AGREE\", \"optional\": true, "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"ESP\"}}\n"
        "{\"doc\": \"d\", \"type\": \"AGREE\", \"optional\": true, "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"LVA\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"ESP\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d", "AGREE", "{\"country\": \"ESP\"}",
              "{\"country\": \"KAZ\"}", NULL);
    pred_line(&p, "d", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"ESP\"}", NULL);
    /* a second copy of the optional AGREE: the optional event is taken,
     * so this one is a false positive */
    pred_line(&p, "d", "AGREE", "{\"country\": \"ESP\"}",
              "{\"country\": \"KAZ\"}", NULL);
    fixture f;
    run(&f, gold, p.p);
    /* optional matched → ignored; optional LVA unmatched → not a miss */
    ASSERT_COUNTS(f.r.strict, 1, 1, 0);
    assert_int_equal(f.r.strict.ignored, 1);
    assert_int_equal(f.r.lenient.ignored, 1);
    assert_int_equal(f.r.nmisses, 0);
    assert_int_equal(f.r.nextras, 1);
    assert_int_equal(f.r.extras[0].line, 3);
    /* "duplicate" is about required gold only */
    assert_int_equal(f.r.extras[0].duplicate, 0);
    done(&f);
    parley_buf_release(&p);
}

static void duplicate_prediction(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    const char *s = "{\"name\": \"Nurtleu\"}", *t = "{\"name\": \"Guterres\"}";
    pred_line(&p, "d1", "CONSULT", s, t, "\"date\": \"2024-09-24\"");
    pred_line(&p, "d1", "CONSULT", t, s, NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 1, 0);
    ASSERT_COUNTS(f.r.lenient, 1, 1, 0);
    assert_int_equal(f.r.nextras, 1);
    assert_int_equal(f.r.extras[0].duplicate, 1);
    assert_true(f.r.strict.p == 0.5);
    assert_true(f.r.strict.r == 1.0);
    assert_true(f.r.strict.f1 > 0.6666 && f.r.strict.f1 < 0.6667);
    done(&f);
    parley_buf_release(&p);
}

static void un_bodies(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"org\": \"OHCHR\"}}\n"
        "{\"doc\": \"d\", \"type\": \"AGREE\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"org\": \"UN\"}}\n"
        "{\"doc\": \"d\", \"type\": \"COOPERATE\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"org\": \"EU\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    /* gold OHCHR, predicted UN: matches */
    pred_line(&p, "d", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"org\": \"UN\"}", NULL);
    /* gold UN, predicted WHO: does not (a specific body is a claim) */
    pred_line(&p, "d", "AGREE", "{\"country\": \"KAZ\"}",
              "{\"org\": \"WHO\"}", NULL);
    /* gold EU is not a UN body: predicted UN does not match */
    pred_line(&p, "d", "COOPERATE", "{\"country\": \"KAZ\"}",
              "{\"org\": \"UN\"}", NULL);
    fixture f;
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 2, 2);
    assert_int_equal(f.r.ntypes, 3);
    /* types sorted by name: AGREE, CONSULT, COOPERATE */
    assert_string_equal(f.r.types[0].type, "AGREE");
    assert_int_equal(f.r.types[0].fp, 1);
    assert_int_equal(f.r.types[0].fn, 1);
    assert_string_equal(f.r.types[1].type, "CONSULT");
    assert_int_equal(f.r.types[1].tp, 1);
    assert_string_equal(f.r.types[2].type, "COOPERATE");
    assert_int_equal(f.r.types[2].fp, 1);
    done(&f);
    parley_buf_release(&p);
}

static void type_mismatch(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d1", "SUPPORT", "{\"name\": \"Nurtleu\"}",
              "{\"name\": \"Guterres\"}", NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    ASSERT_COUNTS(f.r.lenient, 0, 1, 1);
    assert_int_equal(f.r.ntypes, 2);
    assert_string_equal(f.r.types[0].type, "CONSULT");
    assert_int_equal(f.r.types[0].fn, 1);
    assert_int_equal(f.r.types[0].fp, 0);
    assert_string_equal(f.r.types[1].type, "SUPPORT");
    assert_int_equal(f.r.types[1].fp, 1);
    assert_int_equal(f.r.types[1].fn, 0);
    done(&f);
    parley_buf_release(&p);
}

static void maximum_beats_greedy(void **state)
{
    (void)state;
    /* g1: KAZ-ESP, g2: KAZ-UN. p1 (target has both ESP and UN) fits both;
     * p2 fits only g1. Greedy first fit gives p1→g1 and leaves p2 out;
     * the maximum matching is p1→g2, p2→g1. */
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"ESP\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"org\": \"UN\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"ESP\", \"org\": \"UN\"}", NULL);
    pred_line(&p, "d", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"ESP\"}", NULL);
    fixture f;
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 2, 0, 0);
    ASSERT_COUNTS(f.r.lenient, 2, 0, 0);
    done(&f);
    parley_buf_release(&p);

    /* A longer augmenting path. g1 a=AAA (country), g2 a=BBB (org), g3
     * a=CCC (country). p1 fits g1,g2; p2 fits g2,g3; p3 fits g1 only.
     * First fit: p1→g1, p2→g2, p3 stuck; the augmenting path p3→g1→p1→
     * g2→p2→g3 gives all three. */
    const char *gold3 =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"AAA\"}, \"b\": {\"country\": \"XXX\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"org\": "
        "\"BBB\"}, \"b\": {\"country\": \"XXX\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"CCC\"}, \"b\": {\"country\": \"XXX\"}}\n";
    parley_buf_init(&p);
    pred_line(&p, "d", "CONSULT", "{\"country\": \"AAA\", \"org\": \"BBB\"}",
              "{\"country\": \"XXX\"}", NULL);
    pred_line(&p, "d", "CONSULT", "{\"country\": \"CCC\", \"org\": \"BBB\"}",
              "{\"country\": \"XXX\"}", NULL);
    pred_line(&p, "d", "CONSULT", "{\"country\": \"AAA\"}",
              "{\"country\": \"XXX\"}", NULL);
    run(&f, gold3, p.p);
    ASSERT_COUNTS(f.r.strict, 3, 0, 0);
    ASSERT_COUNTS(f.r.lenient, 3, 0, 0);
    done(&f);
    parley_buf_release(&p);
}

static void documents_kept_apart(void **state)
{
    (void)state;
    parley_buf g = PARLEY_BUF_INIT, p = PARLEY_BUF_INIT;
    parley_buf_adds(&g, KAZ_UN);
    /* the same event, gold in d2 */
    parley_buf_adds(&g, "{\"doc\": \"d2\", \"type\": \"CONSULT\", \"a\": "
                        "{\"country\": \"KAZ\"}, \"b\": {\"country\": "
                        "\"UKR\"}}\n");
    /* both predictions in d1: the second cannot take d2's gold */
    pred_line(&p, "d2", "CONSULT", "{\"name\": \"Nurtleu\"}",
              "{\"name\": \"Guterres\"}", NULL);
    pred_line(&p, "d1", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"UKR\"}", NULL);
    /* a document without gold */
    pred_line(&p, "d3", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"UKR\"}", NULL);
    fixture f;
    run(&f, g.p, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 3, 2);
    assert_int_equal(f.r.pred_unknown_docs, 1);
    assert_non_null(strstr(f.log.p, "W pred:3: document \"d3\""));
    /* misses and extras come in input order */
    assert_int_equal(f.r.nmisses, 2);
    assert_string_equal(f.r.misses[0].doc, "d1");
    assert_string_equal(f.r.misses[1].doc, "d2");
    assert_int_equal(f.r.nextras, 3);
    assert_string_equal(f.r.extras[0].doc, "d2");
    assert_string_equal(f.r.extras[1].doc, "d1");
    assert_string_equal(f.r.extras[2].doc, "d3");
    done(&f);
    parley_buf_release(&p);
    parley_buf_release(&g);
}

static void date_prefix_and_place_folding(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"CHE\"}, \"date\": \"2024-09\", "
        "\"place\": \"Genève\"}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"ESP\"}, \"date\": "
        "\"2024-09-24\", \"place\": \"New York\"}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"LVA\"}, \"date\": \"2024-09\"}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {\"country\": "
        "\"KAZ\"}, \"b\": {\"country\": \"POL\"}}\n";
    parley_buf p = PARLEY_BUF_INIT;
    /* month prefix of a full date: right; folded place: right */
    parley_buf_adds(&p,
                    "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": "
                    "{\"country\": \"KAZ\"}, \"target\": {\"country\": "
                    "\"CHE\"}, \"date\": \"2024-09-24\", \"place\": "
                    "{\"name\": \"GENEVE\", \"country\": \"CHE\"}}\n");
    /* a month for a day: wrong; different place: wrong */
    parley_buf_adds(&p,
                    "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": "
                    "{\"country\": \"KAZ\"}, \"target\": {\"country\": "
                    "\"ESP\"}, \"date\": \"2024-09\", \"place\": "
                    "{\"name\": \"Washington\"}}\n");
    /* another month: wrong */
    parley_buf_adds(&p,
                    "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": "
                    "{\"country\": \"LVA\"}, \"target\": {\"country\": "
                    "\"KAZ\"}, \"date\": \"2024-10-01\", \"place\": null}\n");
    /* no gold date or place: not counted */
    parley_buf_adds(&p,
                    "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": "
                    "{\"country\": \"POL\"}, \"target\": {\"country\": "
                    "\"KAZ\"}, \"date\": \"2024-09-24\", \"place\": "
                    "{\"name\": \"Warsaw\"}}\n");
    fixture f;
    run(&f, gold, p.p);
    ASSERT_COUNTS(f.r.strict, 4, 0, 0);
    assert_int_equal(f.r.date_n, 3);
    assert_int_equal(f.r.date_ok, 1);
    assert_int_equal(f.r.place_n, 2);
    assert_int_equal(f.r.place_ok, 1);
    done(&f);
    parley_buf_release(&p);
}

static void matching_prefers_right_attributes(void **state)
{
    (void)state;
    /* Two identical predictions but for the date: the one with the right
     * date should be credited, the other is the duplicate. */
    parley_buf p = PARLEY_BUF_INIT;
    const char *s = "{\"name\": \"Nurtleu\"}", *t = "{\"name\": \"Guterres\"}";
    pred_line(&p, "d1", "CONSULT", s, t, "\"date\": \"2023-01-01\"");
    parley_buf_adds(&p, "{\"doc\": \"d1\", \"type\": \"CONSULT\", "
                        "\"source\": {\"name\": \"Nurtleu\"}, \"target\": "
                        "{\"name\": \"Guterres\"}, \"date\": \"2024-09-24\", "
                        "\"place\": {\"name\": \"New York\"}}\n");
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 1, 1, 0);
    assert_int_equal(f.r.date_ok, 1);
    assert_int_equal(f.r.place_ok, 1);
    assert_int_equal(f.r.extras[0].line, 1);
    done(&f);
    parley_buf_release(&p);
}

static void malformed_lines(void **state)
{
    (void)state;
    const char *gold =
        "\xEF\xBB\xBF" "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": "
        "{\"country\": \"KAZ\"}, \"b\": {\"country\": \"CHE\"}}\r\n"
        "\n"
        "   \n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"a\": {}, \"b\": "
        "{\"country\": \"CHE\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\"\n"
        "[1, 2]\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"directed\": \"yes\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"CHE\"}}\n"
        "{\"doc\": \"d\", \"a\": {\"country\": \"KAZ\"}, \"b\": "
        "{\"country\": \"CHE\"}}"; /* no final newline */
    const char *pred =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": {\"country\": "
        "\"CHE\"}, \"target\": {\"country\": \"KAZ\"}}\n"
        "{\"doc\": \"d\", \"type\": 5}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": \"KAZ\"}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": {\"name\": 1}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": null, "
        "\"target\": {\"name\": \"x\xff\"}}\n"
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"source\": null, "
        "\"target\": null}\n";
    fixture f;
    run(&f, gold, pred);
    assert_int_equal(f.gold_bad, 5);
    assert_int_equal(f.pred_bad, 4);
    assert_int_equal(f.r.gold_errors, 5);
    assert_int_equal(f.r.pred_errors, 4);
    assert_int_equal(f.r.gold_events, 1);
    assert_int_equal(f.r.pred_events, 2);
    /* the null-participant prediction is a false positive */
    ASSERT_COUNTS(f.r.strict, 1, 1, 0);
    const char *want[] = {
        "E gold:4: participant a needs a name, country or org",
        "E gold:5: invalid JSON",
        "E gold:6: expected a JSON object",
        "E gold:7: directed must be true, false or null",
        "E gold:8: missing \"type\"",
        "E pred:2: type must be a string or null",
        "E pred:3: source must be an object or null",
        "E pred:4: source.name must be a string or null",
        "E pred:5: invalid JSON",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        if (!strstr(f.log.p, want[i]))
            fail_msg("missing log line '%s' in:\n%s", want[i], f.log.p);
    }
    done(&f);
}

static void missing_file_and_empty(void **state)
{
    (void)state;
    parley_buf log = PARLEY_BUF_INIT;
    parley_eval_opts o = {collect, &log};
    parley_eval *e;
    assert_int_equal(parley_eval_new(&e, &o), 0);
    assert_int_equal(parley_eval_load_gold(e, "/nonexistent/gold.jsonl"),
                     PARLEY_ENOENT);
    assert_non_null(strstr(log.p, "/nonexistent/gold.jsonl: cannot open"));
    parley_eval_report r;
    assert_int_equal(parley_eval_score(e, &r), 0);
    ASSERT_COUNTS(r.strict, 0, 0, 0);
    assert_true(r.strict.p == 0.0 && r.strict.f1 == 0.0);
    assert_int_equal(r.ntypes, 0);
    /* a real file, scored twice: the second report replaces the first */
    char path[] = "/tmp/test_eval_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    fputs(KAZ_UN, fp);
    fclose(fp);
    assert_int_equal(parley_eval_load_gold(e, path), 0);
    assert_int_equal(parley_eval_score(e, &r), 0);
    assert_int_equal(parley_eval_score(e, &r), 0);
    ASSERT_COUNTS(r.strict, 0, 0, 1);
    assert_int_equal(r.nmisses, 1);
    assert_string_equal(r.misses[0].file, path);
    assert_string_equal(r.misses[0].place, "New York");
    remove(path);
    parley_eval_free(e);
    parley_buf_release(&log);
}

/* A gold signing matches only a predicted signing, and a predicted
 * signing does not match a plain SUPPORT (eval/README.md, last rules). */
static void signing_vs_plain_support(void **state)
{
    (void)state;
    const char *gold =
        /* d1: a signing; d2: a plain (directed) SUPPORT */
        "{\"doc\": \"d1\", \"type\": \"SUPPORT\", \"mode\": \"sign\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        "{\"doc\": \"d2\", \"type\": \"SUPPORT\", \"directed\": true, "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        /* d3: a signing matched by a signing; d4: plain by plain */
        "{\"doc\": \"d3\", \"type\": \"SUPPORT\", \"mode\": \"sign\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        "{\"doc\": \"d4\", \"type\": \"SUPPORT\", \"directed\": true, "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        /* d5: a signing, the prediction gives no mode */
        "{\"doc\": \"d5\", \"type\": \"SUPPORT\", \"mode\": \"sign\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n";
    const char *k = "{\"country\": \"KAZ\"}", *u = "{\"country\": \"UZB\"}";
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d1", "SUPPORT", k, u, "\"mode\": \"praise\"");
    pred_line(&p, "d2", "SUPPORT", k, u, "\"mode\": \"sign\"");
    pred_line(&p, "d3", "SUPPORT", u, k, "\"mode\": \"sign\"");
    pred_line(&p, "d4", "SUPPORT", k, u, "\"mode\": \"praise\"");
    pred_line(&p, "d5", "SUPPORT", k, u, NULL);
    fixture f;
    run(&f, gold, p.p);
    assert_int_equal(f.gold_bad, 0);
    assert_int_equal(f.pred_bad, 0);
    ASSERT_COUNTS(f.r.strict, 2, 3, 3);
    ASSERT_COUNTS(f.r.lenient, 2, 3, 3);
    /* per-type counts add up to the totals */
    assert_int_equal(f.r.ntypes, 1);
    assert_string_equal(f.r.types[0].type, "SUPPORT");
    assert_int_equal(f.r.types[0].tp, 2);
    assert_int_equal(f.r.types[0].fp, 3);
    assert_int_equal(f.r.types[0].fn, 3);
    assert_int_equal(f.r.types[0].lfp, 3);
    /* misses and extras carry their mode; none is a duplicate */
    assert_int_equal(f.r.nmisses, 3);
    assert_string_equal(f.r.misses[0].doc, "d1");
    assert_string_equal(f.r.misses[0].mode, "sign");
    assert_string_equal(f.r.misses[1].doc, "d2");
    assert_null(f.r.misses[1].mode);
    assert_string_equal(f.r.misses[2].doc, "d5");
    assert_int_equal(f.r.nextras, 3);
    assert_string_equal(f.r.extras[0].mode, "praise");
    assert_string_equal(f.r.extras[1].mode, "sign");
    assert_null(f.r.extras[2].mode);
    for (size_t i = 0; i < f.r.nextras; i++)
        assert_int_equal(f.r.extras[i].duplicate, 0);
    done(&f);
    parley_buf_release(&p);
}

/* Only the mode "sign" (in any case) matters; other modes of the gold
 * and the prediction are free. A malformed mode is reported. */
static void other_modes_free(void **state)
{
    (void)state;
    const char *gold =
        "{\"doc\": \"d\", \"type\": \"CONSULT\", \"mode\": \"visit\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        "{\"doc\": \"d\", \"type\": \"SUPPORT\", \"mode\": \"SIGN\", "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n"
        "{\"doc\": \"d\", \"type\": \"SUPPORT\", \"mode\": 3, "
        "\"a\": {\"country\": \"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n";
    const char *k = "{\"country\": \"KAZ\"}", *u = "{\"country\": \"UZB\"}";
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d", "CONSULT", k, u, "\"mode\": \"meet\"");
    pred_line(&p, "d", "SUPPORT", k, u, "\"mode\": \"sign\"");
    pred_line(&p, "d", "SUPPORT", k, u, "\"mode\": [\"sign\"]");
    fixture f;
    run(&f, gold, p.p);
    assert_int_equal(f.gold_bad, 1);
    assert_int_equal(f.pred_bad, 1);
    ASSERT_COUNTS(f.r.strict, 2, 0, 0);
    assert_non_null(strstr(f.log.p, "E gold:3: mode must be a string"));
    assert_non_null(strstr(f.log.p, "E pred:3: mode must be a string"));
    done(&f);
    parley_buf_release(&p);
}

/* Loads gold and predictions, declares the set `ids` (NULL-terminated),
 * scores. */
static void run_set(fixture *f, const char *gold, const char *pred,
                    const char *const *ids)
{
    parley_buf_init(&f->log);
    parley_eval_opts o = {collect, &f->log};
    assert_int_equal(parley_eval_new(&f->e, &o), 0);
    f->gold_bad = parley_eval_add_gold(f->e, "gold", gold, strlen(gold));
    f->pred_bad = parley_eval_add_pred(f->e, "pred", pred, strlen(pred));
    assert_int_equal(f->gold_bad, 0);
    assert_int_equal(f->pred_bad, 0);
    for (size_t i = 0; ids[i]; i++)
        assert_int_equal(parley_eval_add_doc(f->e, ids[i], strlen(ids[i])), 0);
    assert_int_equal(parley_eval_score(f->e, &f->r), 0);
}

/* Every document of the set counts: predictions for a set document
 * without gold are false positives, a set document with neither is
 * counted and listed, and lines for documents outside the set are
 * errors, not scored. */
static void document_set(void **state)
{
    (void)state;
    parley_buf g = PARLEY_BUF_INIT, p = PARLEY_BUF_INIT;
    parley_buf_adds(&g, KAZ_UN); /* d1 */
    /* gold for d8, outside the set */
    parley_buf_adds(&g, "{\"doc\": \"d8\", \"type\": \"CONSULT\", \"a\": "
                        "{\"country\": \"KAZ\"}, \"b\": {\"country\": "
                        "\"UKR\"}}\n");
    const char *k = "{\"name\": \"Nurtleu\"}", *t = "{\"name\": \"Guterres\"}";
    pred_line(&p, "d1", "CONSULT", k, t, NULL);       /* tp */
    pred_line(&p, "d2", "CONSULT", k, t, NULL);       /* set, no gold: fp */
    pred_line(&p, "d9", "REJECT", k, t, NULL);        /* outside */
    pred_line(&p, "d9", "REJECT", t, k, NULL);        /* outside */
    pred_line(&p, "d8", "CONSULT", "{\"country\": \"KAZ\"}",
              "{\"country\": \"UKR\"}", NULL);         /* outside */
    /* d3 has nothing; d1 is declared twice */
    const char *ids[] = {"d3", "d1", "d2", "d1", NULL};
    fixture f;
    run_set(&f, g.p, p.p, ids);
    ASSERT_COUNTS(f.r.strict, 1, 1, 0);
    ASSERT_COUNTS(f.r.lenient, 1, 1, 0);
    assert_int_equal(f.r.doc_set, 1);
    assert_int_equal(f.r.set_docs, 3);
    assert_int_equal(f.r.set_docs_gold, 1);
    assert_int_equal(f.r.set_docs_pred, 2);
    assert_int_equal(f.r.nempty_docs, 1);
    assert_string_equal(f.r.empty_docs[0], "d3");
    assert_int_equal(f.r.pred_outside, 3);
    assert_int_equal(f.r.gold_outside, 1);
    assert_int_equal(f.r.pred_unknown_docs, 1); /* d2 */
    /* still loaded, not scored: the outside types are not in the table */
    assert_int_equal(f.r.gold_events, 2);
    assert_int_equal(f.r.pred_events, 5);
    assert_int_equal(f.r.ntypes, 1);
    assert_string_equal(f.r.types[0].type, "CONSULT");
    assert_int_equal(f.r.types[0].fp, 1);
    assert_int_equal(f.r.nextras, 1);
    assert_string_equal(f.r.extras[0].doc, "d2");
    assert_int_equal(f.r.nmisses, 0);
    const char *want[] = {
        "E gold:2: document \"d8\" is not in the evaluated set; its 1 gold "
        "event(s) are not scored",
        "E pred:3: document \"d9\" is not in the evaluated set; its 2 "
        "predicted event(s) are not scored",
        "E pred:5: document \"d8\" is not in the evaluated set; its 1 "
        "predicted event(s) are not scored",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (!strstr(f.log.p, want[i]))
            fail_msg("missing log line '%s' in:\n%s", want[i], f.log.p);
    /* a set document without gold is no surprise: no warning */
    assert_null(strstr(f.log.p, "\"d2\""));
    done(&f);
    parley_buf_release(&p);
    parley_buf_release(&g);
}

/* Without a declared set nothing changes: every document is scored. */
static void no_document_set(void **state)
{
    (void)state;
    parley_buf p = PARLEY_BUF_INIT;
    pred_line(&p, "d9", "CONSULT", "{\"name\": \"Nurtleu\"}",
              "{\"name\": \"Guterres\"}", NULL);
    fixture f;
    run(&f, KAZ_UN, p.p);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    assert_int_equal(f.r.doc_set, 0);
    assert_int_equal(f.r.set_docs, 0);
    assert_int_equal(f.r.nempty_docs, 0);
    assert_null(f.r.empty_docs);
    assert_int_equal(f.r.pred_outside, 0);
    assert_int_equal(f.r.gold_outside, 0);
    /* bad arguments */
    assert_int_equal(parley_eval_add_doc(NULL, "x", 1), PARLEY_EINVAL);
    assert_int_equal(parley_eval_add_doc(f.e, NULL, 0), PARLEY_EINVAL);
    assert_int_equal(parley_eval_add_doc(f.e, "", 0), PARLEY_EINVAL);
    assert_int_equal(parley_eval_add_doc(f.e, "a\0b", 3), PARLEY_EINVAL);
    assert_int_equal(parley_eval_load_docs(NULL, "x"), PARLEY_EINVAL);
    assert_int_equal(parley_eval_load_docs(f.e, NULL), PARLEY_EINVAL);
    /* a rejected id declares no set */
    assert_int_equal(parley_eval_score(f.e, &f.r), 0);
    assert_int_equal(f.r.doc_set, 0);
    ASSERT_COUNTS(f.r.strict, 0, 1, 1);
    /* an empty set declared: everything is outside */
    assert_int_equal(parley_eval_add_doc(f.e, "d1x", 2), 0); /* "d1" */
    assert_int_equal(parley_eval_score(f.e, &f.r), 0);
    assert_int_equal(f.r.doc_set, 1);
    assert_int_equal(f.r.set_docs, 1);
    ASSERT_COUNTS(f.r.strict, 0, 0, 1);
    assert_int_equal(f.r.pred_outside, 1);
    done(&f);
    parley_buf_release(&p);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

/* parley_eval_load_docs names documents as `parley code` does: a file's
 * path below the directory given without extension, a JSON line's id (or
 * "doc-" and a hash of its content without one; README, "Document ids");
 * files loaded as gold or predictions, hidden files and empty files are
 * no documents. */
static void load_docs_from_directory(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_eval_docs_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[600], gold[600], pred[600];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(dir, "a1.txt", "Astana, 5 May 2025. The ministers met.\n");
    write_file(dir, "b2.html", "<html><body><p>The ministers met.</p></body></html>\n");
    write_file(dir, "c.jsonl",
               "{\"id\": \"j1\", \"text\": \"The ministers met.\"}\n"
               "{\"text\": \"The ministers met again.\"}\n"
               "{\"id\": \"j3\"}\n"); /* no text: not a document */
    write_file(dir, "empty.txt", "");
    write_file(dir, ".hidden.txt", "The ministers met.\n");
    write_file(sub, "deep.txt", "The ministers met.\n");
    char deep[700];
    snprintf(deep, sizeof deep, "%s/deep.txt", sub);
    write_file(dir, "gold.jsonl",
               "{\"doc\": \"a1\", \"type\": \"CONSULT\", \"a\": {\"country\": "
               "\"KAZ\"}, \"b\": {\"country\": \"UZB\"}}\n");
    write_file(dir, "pred.jsonl",
               "{\"doc\": \"j1\", \"type\": \"CONSULT\", \"source\": "
               "{\"country\": \"KAZ\"}, \"target\": {\"country\": \"UZB\"}}\n");
    snprintf(gold, sizeof gold, "%s/gold.jsonl", dir);
    snprintf(pred, sizeof pred, "%s/pred.jsonl", dir);

    parley_buf log = PARLEY_BUF_INIT;
    parley_eval_opts o = {collect, &log};
    parley_eval *e;
    assert_int_equal(parley_eval_new(&e, &o), 0);
    assert_int_equal(parley_eval_load_gold(e, gold), 0);
    assert_int_equal(parley_eval_load_pred(e, pred), 0);
    /* one malformed record (c.jsonl:3) */
    assert_int_equal(parley_eval_load_docs(e, dir), 1);
    assert_non_null(strstr(log.p, "c.jsonl:3"));
    assert_int_equal(parley_eval_load_docs(e, "/nonexistent/docs"),
                     PARLEY_ENOENT);
    assert_non_null(strstr(log.p, "/nonexistent/docs: cannot open"));
    parley_eval_report r;
    assert_int_equal(parley_eval_score(e, &r), 0);
    assert_int_equal(r.doc_set, 1);
    assert_int_equal(r.docs_errors, 1);
    /* a1, b2, j1, doc-HEX16 (c.jsonl:2), sub/deep */
    assert_int_equal(r.set_docs, 5);
    assert_int_equal(r.set_docs_gold, 1);
    assert_int_equal(r.set_docs_pred, 1);
    assert_int_equal(r.nempty_docs, 3);
    assert_string_equal(r.empty_docs[0], "b2");
    assert_true(strlen(r.empty_docs[1]) == 20 && !strncmp(r.empty_docs[1], "doc-", 4));
    assert_string_equal(r.empty_docs[2], "sub/deep");
    assert_int_equal(r.gold_outside, 0);
    assert_int_equal(r.pred_outside, 0);
    ASSERT_COUNTS(r.strict, 0, 1, 1);
    parley_eval_free(e);
    parley_buf_release(&log);

    /* a single file names one document */
    assert_int_equal(parley_eval_new(&e, NULL), 0);
    char one[600];
    snprintf(one, sizeof one, "%s/a1.txt", dir);
    assert_int_equal(parley_eval_load_docs(e, one), 0);
    assert_int_equal(parley_eval_score(e, &r), 0);
    assert_int_equal(r.set_docs, 1);
    assert_string_equal(r.empty_docs[0], "a1");
    parley_eval_free(e);

    /* an empty directory declares an empty set: nothing is scored */
    assert_int_equal(remove(deep), 0);
    assert_int_equal(parley_eval_new(&e, NULL), 0);
    assert_int_equal(parley_eval_add_gold(e, "gold", KAZ_UN, strlen(KAZ_UN)), 0);
    assert_int_equal(parley_eval_load_docs(e, sub), 0);
    assert_int_equal(parley_eval_score(e, &r), 0);
    assert_int_equal(r.doc_set, 1);
    assert_int_equal(r.set_docs, 0);
    assert_int_equal(r.gold_outside, 1);
    ASSERT_COUNTS(r.strict, 0, 0, 0);
    parley_eval_free(e);

    const char *names[] = {"a1.txt", "b2.html", "c.jsonl", "empty.txt",
                           ".hidden.txt", "gold.jsonl", "pred.jsonl",
                           "sub"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        remove(path);
    }
    assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_match),
        cmocka_unit_test(surname_with_diacritics),
        cmocka_unit_test(strict_vs_lenient),
        cmocka_unit_test(symmetric_reverse),
        cmocka_unit_test(directed_reverse),
        cmocka_unit_test(optional_gold),
        cmocka_unit_test(duplicate_prediction),
        cmocka_unit_test(un_bodies),
        cmocka_unit_test(type_mismatch),
        cmocka_unit_test(maximum_beats_greedy),
        cmocka_unit_test(documents_kept_apart),
        cmocka_unit_test(date_prefix_and_place_folding),
        cmocka_unit_test(matching_prefers_right_attributes),
        cmocka_unit_test(malformed_lines),
        cmocka_unit_test(missing_file_and_empty),
        cmocka_unit_test(signing_vs_plain_support),
        cmocka_unit_test(other_modes_free),
        cmocka_unit_test(document_set),
        cmocka_unit_test(no_document_set),
        cmocka_unit_test(load_docs_from_directory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
