/* eval.c — `parley eval GOLD PRED`: scores predicted events against gold
 * events with libparley's parley_eval_* and prints the report (plain text
 * ending in three fixed summary lines, or one JSON object). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: parley eval [--verbose] [--json] GOLD.jsonl PRED.jsonl|-\n"
            "\n"
            "Scores predicted events (JSON lines, as written by 'parley code')\n"
            "against gold events (eval/README.md). Prints a per-type table\n"
            "(strict counts) and ends with three lines:\n"
            "  strict:  P=... R=... F1=... (tp=. fp=. fn=.)\n"
            "  lenient: P=... R=... F1=... (tp=. fp=. fn=.)\n"
            "  date: ok/n (share)  place: ok/n (share)\n"
            "\n"
            "options:\n"
            "  -v, --verbose  first list misses (gold events not matched,\n"
            "                 strict) and extras (false-positive predictions)\n"
            "  --json         print the report as one JSON object instead\n"
            "  -h, --help     show this help\n"
            "\n"
            "exit status: 0 ok, 1 some lines were malformed (reported and\n"
            "skipped), 2 bad command line or unreadable file, 3 fatal.\n");
}

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
    int rc = parley_buf_addf(b, "  %s %s ", it->doc, it->type);
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
        rc |= parley_buf_adds(b, "\n");
    }
    rc |= parley_buf_addf(b,
                          "gold: %zu events, predicted: %zu events, "
                          "ignored (optional gold): %zu\n\n",
                          r->gold_events, r->pred_events, r->strict.ignored);
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

static int json_report(parley_buf *b, const parley_eval_report *r)
{
    int rc = parley_buf_adds(b, "{");
    rc |= jcounts(b, "strict", &r->strict);
    rc |= parley_buf_adds(b, ",");
    rc |= jcounts(b, "lenient", &r->lenient);
    rc |= parley_buf_addf(b,
                          ",\"date\":{\"ok\":%zu,\"n\":%zu},"
                          "\"place\":{\"ok\":%zu,\"n\":%zu}",
                          r->date_ok, r->date_n, r->place_ok, r->place_n);
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
    rc |= parley_buf_addf(b,
                          ",\"gold_events\":%zu,\"pred_events\":%zu,"
                          "\"gold_errors\":%zu,\"pred_errors\":%zu,"
                          "\"pred_unknown_docs\":%zu}\n",
                          r->gold_events, r->pred_events, r->gold_errors,
                          r->pred_errors, r->pred_unknown_docs);
    return rc ? PARLEY_ENOMEM : 0;
}

/* Exit status for a failed load. */
static int load_status(int rc)
{
    return rc == PARLEY_ENOMEM ? EXIT_FATAL : EXIT_USAGE;
}

int cmd_eval(int argc, char **argv)
{
    int verbose = 0, json = 0, npos = 0, opts_done = 0;
    const char *pos[2] = {NULL, NULL};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!opts_done && a[0] == '-' && a[1]) {
            if (!strcmp(a, "--")) {
                opts_done = 1;
            } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
                usage(stdout);
                return EXIT_OK;
            } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
                verbose = 1;
            } else if (!strcmp(a, "--json")) {
                json = 1;
            } else {
                fprintf(stderr, "parley eval: unknown option '%s'\n", a);
                usage(stderr);
                return EXIT_USAGE;
            }
            continue;
        }
        if (npos == 2) {
            fprintf(stderr, "parley eval: too many arguments\n");
            usage(stderr);
            return EXIT_USAGE;
        }
        pos[npos++] = a;
    }
    if (npos != 2) {
        fprintf(stderr, "parley eval: expected GOLD and PRED files\n");
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(pos[0], "-") && !strcmp(pos[1], "-")) {
        fprintf(stderr, "parley eval: GOLD and PRED cannot both be '-'\n");
        return EXIT_USAGE;
    }

    parley_eval_opts o = {cli_log, NULL};
    parley_eval *e;
    if (parley_eval_new(&e, &o)) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(PARLEY_ENOMEM));
        return EXIT_FATAL;
    }
    int status = EXIT_OK;
    int rc = parley_eval_load_gold(e, pos[0]);
    if (rc >= 0)
        rc = parley_eval_load_pred(e, pos[1]);
    if (rc < 0) {
        /* The library has logged which file and why. */
        if (rc == PARLEY_ENOMEM)
            fprintf(stderr, "parley eval: %s\n", parley_strerror(rc));
        parley_eval_free(e);
        return load_status(rc);
    }
    parley_eval_report r;
    parley_buf out = PARLEY_BUF_INIT;
    rc = parley_eval_score(e, &r);
    if (!rc)
        rc = json ? json_report(&out, &r) : text_report(&out, &r, verbose);
    if (rc) {
        fprintf(stderr, "parley eval: %s\n", parley_strerror(rc));
        status = EXIT_FATAL;
    } else {
        if (fwrite(out.p, 1, out.n, stdout) != out.n || fflush(stdout)) {
            fprintf(stderr, "parley eval: cannot write the report\n");
            status = EXIT_FATAL;
        } else if (r.gold_errors || r.pred_errors) {
            fprintf(stderr,
                    "parley eval: %zu malformed gold line(s), %zu malformed "
                    "prediction line(s) skipped\n",
                    r.gold_errors, r.pred_errors);
            status = EXIT_INPUT;
        }
    }
    parley_buf_release(&out);
    parley_eval_free(e);
    return status;
}
