/* eval.c — `parley eval [--docs PATH]... GOLD PRED`: scores predicted
 * events against gold events with libparley's parley_eval_* and prints
 * the report (plain text ending in three fixed summary lines, or one JSON
 * object). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* "Name (KAZ)", "Name (UN)", "KAZ", "UN", "KAZ/UN" or "?". */
static int add_party(parley_buf *b, const parley_eval_party *p)
{
    const char *cc = p->country, *org = p->org;
    int rc = 0;
    if (p->name) {
        rc |= parley_buf_adds(b, p->name);
        if (cc || org)
            rc |= parley_buf_addf(b, " (%s%s%s)", cc ? cc : "",
                                  cc && org ? "/" : "", org ? org : "");
    } else if (cc || org) {
        rc |= parley_buf_addf(b, "%s%s%s", cc ? cc : "", cc && org ? "/" : "",
                              org ? org : "");
    } else {
        rc |= parley_buf_adds(b, "?");
    }
    return rc ? PARLEY_ENOMEM : 0;
}

static int add_item(parley_buf *b, const parley_eval_item *it, int gold)
{
    int rc = parley_buf_addf(b, "  %s %s%s%s ", it->doc, it->type,
                             it->mode ? "/" : "", it->mode ? it->mode : "");
    rc |= add_party(b, &it->a);
    /* Gold without `directed` matches either way round. */
    rc |= parley_buf_adds(b, gold && !it->directed ? " <-> " : " -> ");
    rc |= add_party(b, &it->b);
    if (it->date)
        rc |= parley_buf_addf(b, "  date=%s", it->date);
    if (it->place)
        rc |= parley_buf_addf(b, "  place=%s", it->place);
    rc |= parley_buf_addf(b, "  [%s:%zu]%s\n", it->file, it->line,
                          it->duplicate ? " (duplicate)" : "");
    return rc ? PARLEY_ENOMEM : 0;
}

static int add_share(parley_buf *b, const char *what, size_t ok, size_t n)
{
    if (!n)
        return parley_buf_addf(b, "%s: %zu/%zu (n/a)", what, ok, n);
    return parley_buf_addf(b, "%s: %zu/%zu (%.3f)", what, ok, n,
                           (double)ok / (double)n);
}

static int add_counts_line(parley_buf *b, const char *label,
                           const parley_eval_counts *c)
{
    return parley_buf_addf(b, "%-8s P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n",
                           label, c->p, c->r, c->f1, c->tp, c->fp, c->fn);
}

/* The evaluated set's figures (--docs): nothing without a set. */
static int add_set_lines(parley_buf *b, const parley_eval_report *r)
{
    if (!r->doc_set)
        return 0;
    int rc = parley_buf_addf(b,
                             "documents: %zu in the set, %zu with gold events, "
                             "%zu with predictions, %zu with neither\n",
                             r->set_docs, r->set_docs_gold, r->set_docs_pred,
                             r->nempty_docs);
    if (r->pred_outside || r->gold_outside)
        rc |= parley_buf_addf(b,
                              "outside the set (not scored): %zu predicted "
                              "and %zu gold event(s)\n",
                              r->pred_outside, r->gold_outside);
    return rc ? PARLEY_ENOMEM : 0;
}

static int text_report(parley_buf *b, const parley_eval_report *r,
                       int verbose)
{
    int rc = 0;
    if (verbose) {
        rc |= parley_buf_addf(b, "misses (%zu):\n", r->nmisses);
        for (size_t i = 0; i < r->nmisses; i++)
            rc |= add_item(b, &r->misses[i], 1);
        rc |= parley_buf_addf(b, "extras (%zu):\n", r->nextras);
        for (size_t i = 0; i < r->nextras; i++)
            rc |= add_item(b, &r->extras[i], 0);
        if (r->doc_set) {
            rc |= parley_buf_addf(b,
                                  "documents with neither gold nor "
                                  "predictions (%zu):\n",
                                  r->nempty_docs);
            for (size_t i = 0; i < r->nempty_docs; i++)
                rc |= parley_buf_addf(b, "  %s\n", r->empty_docs[i]);
        }
        rc |= parley_buf_adds(b, "\n");
    }
    rc |= parley_buf_addf(b,
                          "gold: %zu events, predicted: %zu events, "
                          "ignored (optional gold): %zu\n",
                          r->gold_events, r->pred_events, r->strict.ignored);
    rc |= add_set_lines(b, r);
    rc |= parley_buf_adds(b, "\n");
    size_t w = 4;
    for (size_t i = 0; i < r->ntypes; i++)
        if (strlen(r->types[i].type) > w)
            w = strlen(r->types[i].type);
    rc |= parley_buf_addf(b, "%-*s %6s %6s %6s\n", (int)w, "type", "tp", "fp",
                          "fn");
    for (size_t i = 0; i < r->ntypes; i++) {
        const parley_eval_type *t = &r->types[i];
        rc |= parley_buf_addf(b, "%-*s %6zu %6zu %6zu\n", (int)w, t->type,
                              t->tp, t->fp, t->fn);
    }
    rc |= parley_buf_adds(b, "\n");
    rc |= add_counts_line(b, "strict:", &r->strict);
    rc |= add_counts_line(b, "lenient:", &r->lenient);
    rc |= add_share(b, "date", r->date_ok, r->date_n);
    rc |= parley_buf_adds(b, "  ");
    rc |= add_share(b, "place", r->place_ok, r->place_n);
    rc |= parley_buf_adds(b, "  ");
    rc |= add_share(b, "no place", r->noplace_ok, r->noplace_n);
    rc |= parley_buf_adds(b, "\n");
    return rc ? PARLEY_ENOMEM : 0;
}

/* ---- JSON ------------------------------------------------------------- */

static int jstr(parley_buf *b, const char *s)
{
    if (!s)
        return parley_buf_adds(b, "null");
    parley_str v = {s, strlen(s)};
    return parley_buf_add_json(b, v);
}

static int jparty(parley_buf *b, const parley_eval_party *p)
{
    int rc = parley_buf_adds(b, "{\"name\":");
    rc |= jstr(b, p->name);
    rc |= parley_buf_adds(b, ",\"country\":");
    rc |= jstr(b, p->country);
    rc |= parley_buf_adds(b, ",\"org\":");
    rc |= jstr(b, p->org);
    rc |= parley_buf_adds(b, "}");
    return rc;
}

static int jitems(parley_buf *b, const char *key, const parley_eval_item *v,
                  size_t n, int gold)
{
    int rc = parley_buf_addf(b, ",\"%s\":[", key);
    for (size_t i = 0; i < n; i++) {
        const parley_eval_item *it = &v[i];
        rc |= parley_buf_adds(b, i ? ",{\"doc\":" : "{\"doc\":");
        rc |= jstr(b, it->doc);
        rc |= parley_buf_adds(b, ",\"type\":");
        rc |= jstr(b, it->type);
        rc |= parley_buf_adds(b, gold ? ",\"a\":" : ",\"source\":");
        rc |= jparty(b, &it->a);
        rc |= parley_buf_adds(b, gold ? ",\"b\":" : ",\"target\":");
        rc |= jparty(b, &it->b);
        rc |= parley_buf_adds(b, ",\"date\":");
        rc |= jstr(b, it->date);
        rc |= parley_buf_adds(b, ",\"place\":");
        rc |= jstr(b, it->place);
        rc |= parley_buf_adds(b, ",\"mode\":");
        rc |= jstr(b, it->mode);
        if (gold)
            rc |= parley_buf_addf(b, ",\"directed\":%s",
                                  it->directed ? "true" : "false");
        else
            rc |= parley_buf_addf(b, ",\"duplicate\":%s",
                                  it->duplicate ? "true" : "false");
        rc |= parley_buf_adds(b, ",\"file\":");
        rc |= jstr(b, it->file);
        rc |= parley_buf_addf(b, ",\"line\":%zu}", it->line);
    }
    rc |= parley_buf_adds(b, "]");
    return rc;
}

static int jcounts(parley_buf *b, const char *key, const parley_eval_counts *c)
{
    return parley_buf_addf(b,
                           "\"%s\":{\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,"
                           "\"ignored\":%zu,\"p\":%.6f,\"r\":%.6f,"
                           "\"f1\":%.6f}",
                           key, c->tp, c->fp, c->fn, c->ignored, c->p, c->r,
                           c->f1);
}

/* "documents": the evaluated set's figures, or null without --docs. */
static int jdocuments(parley_buf *b, const parley_eval_report *r)
{
    if (!r->doc_set)
        return parley_buf_adds(b, ",\"documents\":null");
    int rc = parley_buf_addf(b,
                             ",\"documents\":{\"set\":%zu,\"gold\":%zu,"
                             "\"predicted\":%zu,\"neither\":[",
                             r->set_docs, r->set_docs_gold, r->set_docs_pred);
    for (size_t i = 0; i < r->nempty_docs; i++) {
        rc |= parley_buf_adds(b, i ? "," : "");
        rc |= jstr(b, r->empty_docs[i]);
    }
    rc |= parley_buf_adds(b, "]}");
    return rc;
}

static int json_report(parley_buf *b, const parley_eval_report *r)
{
    int rc = parley_buf_adds(b, "{");
    rc |= jcounts(b, "strict", &r->strict);
    rc |= parley_buf_adds(b, ",");
    rc |= jcounts(b, "lenient", &r->lenient);
    rc |= parley_buf_addf(b,
                          ",\"date\":{\"ok\":%zu,\"n\":%zu},"
                          "\"place\":{\"ok\":%zu,\"n\":%zu},"
                          "\"no_place\":{\"ok\":%zu,\"n\":%zu}",
                          r->date_ok, r->date_n, r->place_ok, r->place_n,
                          r->noplace_ok, r->noplace_n);
    rc |= parley_buf_adds(b, ",\"types\":[");
    for (size_t i = 0; i < r->ntypes; i++) {
        const parley_eval_type *t = &r->types[i];
        rc |= parley_buf_adds(b, i ? ",{\"type\":" : "{\"type\":");
        rc |= jstr(b, t->type);
        rc |= parley_buf_addf(b,
                              ",\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,"
                              "\"lenient\":{\"tp\":%zu,\"fp\":%zu,\"fn\":%zu}}",
                              t->tp, t->fp, t->fn, t->ltp, t->lfp, t->lfn);
    }
    rc |= parley_buf_adds(b, "]");
    rc |= jitems(b, "misses", r->misses, r->nmisses, 1);
    rc |= jitems(b, "extras", r->extras, r->nextras, 0);
    rc |= jdocuments(b, r);
    rc |= parley_buf_addf(b,
                          ",\"gold_events\":%zu,\"pred_events\":%zu,"
                          "\"gold_errors\":%zu,\"pred_errors\":%zu,"
                          "\"pred_unknown_docs\":%zu,\"gold_outside\":%zu,"
                          "\"pred_outside\":%zu,\"docs_errors\":%zu}\n",
                          r->gold_events, r->pred_events, r->gold_errors,
                          r->pred_errors, r->pred_unknown_docs,
                          r->gold_outside, r->pred_outside, r->docs_errors);
    return rc ? PARLEY_ENOMEM : 0;
}

/* The command line. docs points into argv (at most argc entries). */
typedef struct eval_args {
    int verbose, json;
    const char *gold, *pred;
    const char **docs;
    int ndocs;
} eval_args;

static int add_docs(void *dst, const char *name, const char *val)
{
    (void)name;
    eval_args *a = dst;
    a->docs[a->ndocs++] = val;
    return 0;
}

static const cli_opt eval_opts[] = {
    {"--docs", "PATH", CLI_FN, 0, 0, 0, add_docs,
     "the evaluated set: the documents that 'parley code\n"
     "PATH' would code (a directory, walked as code walks\n"
     "it, or a file; ids as code gives them: a file's name\n"
     "without extension, a JSON line's id); repeat for\n"
     "more. The GOLD and PRED files are never taken for\n"
     "documents. Every document of the set counts: its\n"
     "predictions without gold are false positives, and\n"
     "the report says how many documents the set has,\n"
     "with gold, with predictions and with neither. Lines\n"
     "for a document outside the set are reported as\n"
     "errors (file:line) and not scored.", NULL},
    {"-v|--verbose", NULL, CLI_FLAG, offsetof(eval_args, verbose), 0, 0, NULL,
     "first list misses (gold events not matched,\n"
     "strict), extras (false-positive predictions) and\n"
     "the set's documents with neither", NULL},
    {"--json", NULL, CLI_FLAG, offsetof(eval_args, json), 0, 0, NULL,
     "print the report as one JSON object instead", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group eval_groups[] = {{NULL, eval_opts, 0}, {NULL, NULL, 0}};

static const cli_cmd eval_cmd = {
    "eval",
    "usage: parley eval [--verbose] [--json] [--docs PATH]...\n"
    "                   GOLD.jsonl PRED.jsonl|-\n"
    "\n"
    "Scores predicted events (JSON lines, as written by 'parley code')\n"
    "against gold events (eval/README.md): per document, one-to-one\n"
    "maximum matching; a gold signing (mode \"sign\") matches only a\n"
    "predicted signing and the other way round. Prints a per-type\n"
    "table (strict counts) and ends with three lines:\n"
    "  strict:  P=... R=... F1=... (tp=. fp=. fn=.)\n"
    "  lenient: P=... R=... F1=... (tp=. fp=. fn=.)\n"
    "  date: ok/n (share)  place: ok/n (share)  no place: ok/n (share)\n"
    "where place counts the matched events whose gold names a place and\n"
    "that have it, no place those whose gold names none and that have\n"
    "none.\n",
    eval_groups, 17,
    "exit status: 0 ok, 1 some input was malformed or lay outside the\n"
    "set given by --docs (reported and not scored), 2 bad command line\n"
    "or unreadable file, 3 fatal.\n",
    2, 2, "GOLD and PRED files",
};

/* Parses argv into *a. Returns CLI_GO, or an exit status. */
static int parse_args(int argc, char **argv, eval_args *a)
{
    int npos, rc = cli_parse(&eval_cmd, argc, argv, a, &npos);
    if (rc != CLI_GO)
        return rc;
    a->gold = argv[1];
    a->pred = argv[2];
    int stdin_users = !strcmp(a->gold, "-") + !strcmp(a->pred, "-");
    for (int k = 0; k < a->ndocs; k++)
        stdin_users += !strcmp(a->docs[k], "-");
    if (stdin_users > 1) {
        fprintf(stderr, "parley eval: only one of GOLD, PRED and --docs can "
                        "read standard input ('-')\n");
        return EXIT_USAGE;
    }
    return CLI_GO;
}

/* Loads gold, predictions, then the set (so that the gold and prediction
 * files are known when the set's directories are read). Returns -1 to go
 * on, or an exit status. */
static int load_all(parley_eval *e, const eval_args *a)
{
    int rc = parley_eval_load_gold(e, a->gold);
    if (rc >= 0)
        rc = parley_eval_load_pred(e, a->pred);
    for (int k = 0; rc >= 0 && k < a->ndocs; k++)
        rc = parley_eval_load_docs(e, a->docs[k]);
    if (rc >= 0)
        return -1;
    /* The library has logged which file and why. */
    if (rc == PARLEY_ENOMEM) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(rc));
        return EXIT_FATAL;
    }
    return EXIT_USAGE;
}

/* Says on stderr what was reported and not scored; 1 when anything was. */
static int input_trouble(const parley_eval_report *r)
{
    int bad = 0;
    if (r->gold_errors || r->pred_errors) {
        fprintf(stderr,
                "parley eval: %zu malformed gold line(s), %zu malformed "
                "prediction line(s) skipped\n",
                r->gold_errors, r->pred_errors);
        bad = 1;
    }
    if (r->gold_outside || r->pred_outside) {
        fprintf(stderr,
                "parley eval: %zu gold and %zu predicted event(s) of "
                "documents outside the set not scored\n",
                r->gold_outside, r->pred_outside);
        bad = 1;
    }
    if (r->docs_errors) {
        fprintf(stderr, "parley eval: %zu input error(s) reading the set's "
                        "documents\n",
                r->docs_errors);
        bad = 1;
    }
    return bad;
}

int cmd_eval(int argc, char **argv)
{
    eval_args a = {0, 0, NULL, NULL, NULL, 0};
    a.docs = calloc((size_t)argc + 1, sizeof *a.docs);
    if (!a.docs) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(PARLEY_ENOMEM));
        return EXIT_FATAL;
    }
    int status = parse_args(argc, argv, &a);
    if (status != CLI_GO) {
        free(a.docs);
        return status;
    }
    parley_eval_opts o = {cli_log, NULL};
    parley_eval *e;
    if (parley_eval_new(&e, &o)) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(PARLEY_ENOMEM));
        free(a.docs);
        return EXIT_FATAL;
    }
    status = load_all(e, &a);
    free(a.docs);
    if (status >= 0) {
        parley_eval_free(e);
        return status;
    }
    status = EXIT_OK;
    parley_eval_report r;
    parley_buf out = PARLEY_BUF_INIT;
    int rc = parley_eval_score(e, &r);
    if (!rc)
        rc = a.json ? json_report(&out, &r) : text_report(&out, &r, a.verbose);
    if (rc) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(rc));
        status = EXIT_FATAL;
    } else if (fwrite(out.p, 1, out.n, stdout) != out.n || fflush(stdout)) {
        fprintf(stderr, "parley eval: cannot write the report\n");
        status = EXIT_FATAL;
    } else if (input_trouble(&r)) {
        status = EXIT_INPUT;
    }
    parley_buf_release(&out);
    parley_eval_free(e);
    return status;
}
