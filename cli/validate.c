/* validate.c — `parley validate FILE`: runs a validation suite of the
 * community's coders with their dictionaries and prints, per record, pass
 * or fail with the expected and coded events, then counts per category.
 * The suites are read by the library (src/cameo/suite.c: TABARI's
 * Validate.text, its dictionaries named by its .project; suite_xml.c:
 * PETRARCH's PETR.UnitTest.records.xml, dictionaries named in its
 * <Environment>); this file takes the options, codes each record and
 * prints. A record passes when the set of coded (source, target, code)
 * triples equals the expected set. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/suite.h"
#include "cli.h"

typedef pl_suite_event ev3;

typedef struct catcount {
    char cat[32];
    size_t pass, total;
} catcount;

typedef struct vstate {
    parley_cameo *dict;
    unsigned forward_gen;        /* the FORWARD option the story began with */
    char story[64];              /* the story of the records in storybuf */
    parley_buf storybuf;         /* its earlier records' texts, with FORWARD */
    int quiet;
    catcount cats[128];
    size_t ncats;
    size_t pass, total;
} vstate;

static int ev_cmp(const void *a, const void *b)
{
    const ev3 *x = a, *y = b;
    int r = strcmp(x->src, y->src);
    if (!r)
        r = strcmp(x->tgt, y->tgt);
    if (!r)
        r = strcmp(x->code, y->code);
    return r;
}

static size_t uniq(ev3 *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, ev_cmp);
    size_t o = 1;
    for (size_t i = 1; i < n; i++)
        if (ev_cmp(&v[i], &v[o - 1]))
            v[o++] = v[i];
    return o;
}

static void print_evs(const ev3 *v, size_t n)
{
    if (!n)
        printf(" (none)");
    for (size_t i = 0; i < n; i++)
        printf(" %s/%s/%s", v[i].src, v[i].tgt, v[i].code);
}

/* A coded event as the suites write theirs. */
static void coded_event(ev3 *x, const parley_event *e)
{
    pl_suite_event_set(x, e->source.code, strlen(e->source.code), e->target.code,
                       strlen(e->target.code), e->cameo, strlen(e->cameo));
}

/* With TABARI's FORWARD, the records of one story (ids "FRWD-001-002",
 * "FRWD-001-003": the story is the id without its last part) are coded
 * as one text, so that a pronoun of a record can stand for an actor of
 * the one before it; the record's own events are those in its text,
 * after offset *from. A FORWARD option begins a story anew. */
static const char *story_text(vstate *V, const pl_suite_record *R, const pl_suite_opts *o,
                              parley_buf *b, size_t *from)
{
    *from = 0;
    if (o->forward_gen != V->forward_gen) {
        V->forward_gen = o->forward_gen;
        V->story[0] = '\0';
        parley_buf_reset(&V->storybuf);
    }
    if (!o->forward)
        return R->text;
    const char *dash = strrchr(R->id, '-');
    size_t kl = dash ? (size_t)(dash - R->id) : strlen(R->id);
    if (kl >= sizeof V->story || strncmp(V->story, R->id, kl) || V->story[kl]) {
        memcpy(V->story, R->id, kl);
        V->story[kl] = '\0';
        parley_buf_reset(&V->storybuf);
    }
    parley_buf_reset(b);
    if (V->storybuf.n && (parley_buf_add(b, V->storybuf.p, V->storybuf.n) ||
                          parley_buf_addc(b, ' ')))
        return NULL;
    *from = b->n;
    if (parley_buf_add(b, R->text, strlen(R->text)) ||
        (V->storybuf.n && parley_buf_addc(&V->storybuf, ' ')) ||
        parley_buf_add(&V->storybuf, R->text, strlen(R->text)))
        return NULL;
    return b->p;
}

/* The coder's options for the suite's options o. */
static void code_opts(parley_cameo_code_opts *co, const pl_suite_opts *o)
{
    memset(co, 0, sizeof *co);
    co->per_sentence = !o->forward; /* a record is one sentence */
    co->default_prior = o->defprior;
    co->default_after = o->defafter;
    co->default_source = o->defsrc[0] ? o->defsrc : NULL;
    co->default_target = o->deftgt[0] ? o->deftgt : NULL;
    co->convert_agents = o->convert_agents;
    co->code_by = o->code_by;
    co->min_words = o->min_words;
    co->complex_verbs = o->complex[0];
    co->complex_conj = o->complex[1];
    co->complex_noactprior = o->complex[2];
    co->comma_min = o->comma[0];
    co->comma_max = o->comma[1];
    co->comma_emin = o->comma[2];
    co->comma_emax = o->comma[3];
    co->comma_bmin = o->comma[4];
    co->comma_bmax = o->comma[5];
    co->one_sided = o->one_sided;
}

/* Codes record R: its events (but negated ones and those of earlier
 * records of its story) into got, *ng of them, sorted, once each.
 * Returns 0 or a parley error. */
static int code_record(vstate *V, const pl_suite_record *R, const pl_suite_opts *o,
                       ev3 *got, size_t *ng)
{
    *ng = 0;
    parley_buf story = PARLEY_BUF_INIT;
    size_t from;
    const char *text = story_text(V, R, o, &story, &from);
    if (!text) {
        parley_buf_release(&story);
        return PARLEY_ENOMEM;
    }
    parley_doc doc = {0};
    doc.text.p = text;
    doc.text.n = strlen(text);
    doc.date.p = R->date;
    doc.date.n = strlen(R->date);
    doc.origin = R->id;
    parley_cameo_code_opts co;
    code_opts(&co, o);
    parley_cameo_result *res = NULL;
    int rc = R->bad_input ? 0 : parley_cameo_code(V->dict, &doc, &co, &res);
    parley_buf_release(&story);
    if (rc)
        return rc;
    for (size_t i = 0; i < parley_cameo_result_count(res) && *ng < PL_SUITE_MAX_EVENTS; i++) {
        const parley_event *e = parley_cameo_result_event(res, i);
        if (e->negated || e->span[0] < from)
            continue; /* "did not attack": not the event; an earlier
                         record of the story */
        coded_event(&got[(*ng)++], e);
    }
    parley_cameo_result_free(res);
    *ng = uniq(got, *ng);
    return 0;
}

/* Counts a record of category cat, passed or not. */
static void count(vstate *V, const char *cat, int ok)
{
    size_t k = 0;
    while (k < V->ncats && strcmp(V->cats[k].cat, cat))
        k++;
    if (k == V->ncats && k < 128) {
        snprintf(V->cats[k].cat, sizeof V->cats[k].cat, "%s", cat);
        V->ncats++;
    }
    if (k < V->ncats) {
        V->cats[k].total++;
        V->cats[k].pass += (size_t)ok;
    }
    V->total++;
    V->pass += (size_t)ok;
}

/* The readers' callback: codes a record, prints and counts it. */
static int run_record(void *ud, const pl_suite_record *R, const pl_suite_opts *o)
{
    vstate *V = ud;
    ev3 got[PL_SUITE_MAX_EVENTS], exp[PL_SUITE_MAX_EVENTS];
    size_t ng;
    if (code_record(V, R, o, got, &ng))
        return EXIT_FATAL;
    memcpy(exp, R->exp, R->nexp * sizeof *exp);
    size_t ne = uniq(exp, R->nexp);
    if (R->untested) {
        printf("CODED %s:", R->id);
        print_evs(got, ng);
        printf("  | %s\n", R->text);
        return 0;
    }
    int ok = ng == ne;
    for (size_t i = 0; ok && i < ng; i++)
        ok = ev_cmp(&got[i], &exp[i]) == 0;
    if (!V->quiet || !ok) {
        printf("%s %s expected:", ok ? "PASS" : "FAIL", R->id);
        print_evs(exp, ne);
        printf("  coded:");
        print_evs(got, ng);
        printf("\n");
    }
    count(V, R->cat, ok);
    return 0;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    parley_buf b = PARLEY_BUF_INIT;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (parley_buf_add(&b, chunk, k)) {
            fclose(f);
            parley_buf_release(&b);
            return NULL;
        }
    fclose(f);
    if (parley_buf_add(&b, "", 0))
        return NULL;
    return parley_buf_detach(&b, len);
}

/* The command line. */
typedef struct vargs {
    const char *file, *project;
    struct cli_dicts dicts; /* the command line's, else the suite's own */
    long min_pass;
    int quiet;
} vargs;

#define A(f) offsetof(vargs, f)
static const cli_opt validate_opts[] = {
    {"--project", "F", CLI_STR, A(project), 0, 0, NULL,
     "TABARI project file (default: FILE with .project)", NULL},
    {"--min-pass", "N", CLI_LONG, A(min_pass), 0, 1L << 40, NULL,
     "exit 1 when fewer than N records pass", NULL},
    {"-q|--quiet", NULL, CLI_FLAG, A(quiet), 0, 0, NULL,
     "print failing records and the counts only", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group validate_groups[] = {
    {NULL, validate_opts, 0},
    {"dictionaries (these override those of the suite):", cli_dicts_opts, A(dicts)},
    {NULL, NULL, 0},
};
#undef A

static const cli_cmd validate_cmd = {
    "validate",
    "usage: parley validate [options] FILE\n"
    "\n"
    "Runs a validation suite of the community's coders: FILE is TABARI's\n"
    "Validate.text or PETRARCH's PETR.UnitTest.records.xml (records\n"
    "without expected events, e.g. GigaWord.sample.PETR.xml, are printed\n"
    "with what is coded and not counted). Prints PASS or FAIL per record\n"
    "with the expected and coded events, then the counts per category.\n",
    validate_groups, 21,
    "exit status: 0 ok, 1 the suite or its project file unreadable or\n"
    "malformed, or fewer than --min-pass records passed, 2 bad command\n"
    "line, 3 dictionaries not loadable.\n",
    1, 1, "a suite FILE",
};

/* Reads the command line into A. Returns CLI_GO, else the exit status. */
static int parse_args(int argc, char **argv, vargs *A)
{
    memset(A, 0, sizeof *A);
    A->min_pass = -1;
    A->dicts.format = PARLEY_CAMEO_AUTO;
    int npos, rc = cli_parse(&validate_cmd, argc, argv, A, &npos);
    A->file = argv[1];
    return rc;
}

/* What a run holds: the suite's text, its files and options. */
typedef struct vrun {
    char *data;
    size_t len;
    int is_xml;
    pl_suite_xml *xml;
    pl_suite_env env;  /* PETRARCH's own dictionaries */
    char *own[3];      /* TABARI's, from the project file */
    char *options;     /* TABARI's options file */
    pl_suite_opts opts;
} vrun;

static void vrun_free(vrun *R)
{
    pl_suite_xml_free(R->xml);
    pl_suite_env_free(&R->env);
    for (int k = 0; k < 3; k++)
        free(R->own[k]);
    free(R->options);
    free(R->data);
}

/* PETRARCH: the suite parsed, and the dictionaries of its <Environment>
 * where the command line names none. */
static int open_petrarch(vargs *A, vrun *R, pl_suite_reader *rd)
{
    int rc = pl_suite_xml_open(rd, R->data, R->len, &R->xml, &R->env);
    if (rc) {
        fprintf(stderr, "parley: %s; not run\n", rd->err);
        return EXIT_INPUT;
    }
    struct cli_dicts *d = &A->dicts;
    if (!d->verbs)
        d->verbs = R->env.verbs;
    if (!d->nactors && R->env.actors && cli_dicts_add_actors(d, R->env.actors))
        return EXIT_USAGE;
    if (!d->agents)
        d->agents = R->env.agents;
    if (!d->discards)
        d->discards = R->env.discards;
    pl_suite_defaults(&R->opts, 1);
    return 0;
}

/* TABARI: the dictionaries and options its project file names (FILE
 * with .project unless --project), where the command line names none. */
static int open_tabari(vargs *A, vrun *R)
{
    char *proj = NULL;
    if (A->project) {
        proj = strdup(A->project);
    } else {
        const char *dot = strrchr(A->file, '.');
        size_t bn = dot ? (size_t)(dot - A->file) : strlen(A->file);
        proj = malloc(bn + 9);
        if (proj) {
            memcpy(proj, A->file, bn);
            memcpy(proj + bn, ".project", sizeof ".project");
        }
    }
    size_t pl;
    char *pd = proj ? slurp(proj, &pl) : NULL;
    struct cli_dicts *d = &A->dicts;
    if (!pd && (!d->verbs || !d->nactors)) {
        fprintf(stderr,
                "parley: %s: cannot read the project file (use --project or --verbs/--actors)\n",
                proj ? proj : A->file);
        free(proj);
        return EXIT_INPUT;
    }
    if (pd) {
        R->options = pl_suite_project_value(proj, pd, "<optionsfile>");
        if (!d->verbs)
            d->verbs = R->own[0] = pl_suite_project_value(proj, pd, "<verbsfile>");
        if (!d->nactors && (R->own[1] = pl_suite_project_value(proj, pd, "<actorsfile>")) &&
            cli_dicts_add_actors(d, R->own[1])) {
            free(pd);
            free(proj);
            return EXIT_USAGE;
        }
        if (!d->agents)
            d->agents = R->own[2] = pl_suite_project_value(proj, pd, "<agentsfile>");
        free(pd);
    }
    free(proj);
    /* TABARI's defaults, then the project's options file */
    pl_suite_defaults(&R->opts, 0);
    size_t ol;
    char *od = R->options ? slurp(R->options, &ol) : NULL;
    if (od)
        pl_suite_tabari_options_file(&R->opts, od, ol);
    free(od);
    return 0;
}

static void print_counts(const vstate *V)
{
    printf("\n%-16s %6s %6s %7s\n", "category", "pass", "total", "percent");
    for (size_t k = 0; k < V->ncats; k++)
        printf("%-16s %6zu %6zu %6.1f%%\n", V->cats[k].cat, V->cats[k].pass, V->cats[k].total,
               V->cats[k].total ? 100.0 * (double)V->cats[k].pass / (double)V->cats[k].total
                                : 0.0);
    printf("%-16s %6zu %6zu %6.1f%%\n", "TOTAL", V->pass, V->total,
           V->total ? 100.0 * (double)V->pass / (double)V->total : 0.0);
}

int cmd_validate(int argc, char **argv)
{
    vargs A;
    int rc = parse_args(argc, argv, &A);
    if (rc != CLI_GO)
        return rc;
    vrun R;
    memset(&R, 0, sizeof R);
    if (!(R.data = slurp(A.file, &R.len))) {
        fprintf(stderr, "parley: %s: cannot read\n", A.file);
        return EXIT_INPUT;
    }
    vstate V;
    memset(&V, 0, sizeof V);
    V.quiet = A.quiet;
    pl_suite_reader rd = {A.file, A.quiet ? NULL : cli_log, NULL, run_record, &V, "", 0};
    R.is_xml = pl_suite_is_xml(R.data, R.len);
    rc = R.is_xml ? open_petrarch(&A, &R, &rd) : open_tabari(&A, &R);
    if (rc) {
        vrun_free(&R);
        return rc;
    }
    rc = cli_dicts_load(&A.dicts, NULL, A.quiet ? NULL : cli_log, NULL, &V.dict);
    if (!rc && !V.dict) {
        cli_error("no dictionaries to code with (--verbs, --actors)");
        rc = EXIT_FATAL;
    }
    if (!rc) {
        rc = R.is_xml ? pl_suite_xml_read(&rd, R.xml, &R.opts)
                      : pl_suite_read_tabari(&rd, R.data, R.len, &R.opts);
        if (rc < 0) { /* the reader's own error (the callback's is EXIT_FATAL) */
            fprintf(stderr, "parley: %s\n", rd.err);
            rc = rc == PARLEY_ENOMEM ? EXIT_FATAL : EXIT_INPUT;
        }
        print_counts(&V);
        if (!rc && A.min_pass >= 0 && V.pass < (size_t)A.min_pass) {
            fprintf(stderr, "parley: %zu records passed, fewer than --min-pass %ld\n", V.pass,
                    A.min_pass);
            rc = EXIT_INPUT;
        }
    }
    parley_cameo_free(V.dict);
    parley_buf_release(&V.storybuf);
    vrun_free(&R);
    return rc;
}
