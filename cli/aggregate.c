/* aggregate.c — `parley aggregate`: event counts per period (day, week,
 * month, year), per dyad or per country, with QuadClass, PLOVER type and
 * Goldstein figures, as CSV, TSV or JSON for pandas and R. Parses the
 * command line and calls parley_store_series. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct out {
    FILE *f;
    parley_buf b;
    const parley_series_opts *o;
    int format;
    size_t rows;
    int nomem;
};

static int flush(struct out *o)
{
    if (o->b.n && fwrite(o->b.p, 1, o->b.n, o->f) != o->b.n)
        return PARLEY_EIO;
    parley_buf_reset(&o->b);
    return 0;
}

static int on_row(void *ud, const parley_series_row *r)
{
    struct out *o = ud;
    if (o->format == PARLEY_SERIES_JSON &&
        parley_buf_adds(&o->b, o->rows ? ",\n" : "\n"))
        return o->nomem = 1, PARLEY_ENOMEM;
    if (parley_series_write(&o->b, r, o->o, o->format))
        return o->nomem = 1, PARLEY_ENOMEM;
    o->rows++;
    return o->b.n > 65536 ? flush(o) : 0;
}

/* The note on stderr about matching events the series does not count. */
static void note_left(const parley_series_left *l, const parley_series_opts *o)
{
    if (!l->negated && !l->undated && !l->imprecise)
        return;
    char m[300];
    int n = snprintf(m, sizeof m, "parley: aggregate: not counted:");
    const char *sep = " ";
    if (l->negated) {
        n += snprintf(m + n, sizeof m - (size_t)n, "%s%lld negated (--negated"
                      " counts them)", sep, (long long)l->negated);
        sep = ", ";
    }
    if (l->undated) {
        n += snprintf(m + n, sizeof m - (size_t)n, "%s%lld undated", sep,
                      (long long)l->undated);
        sep = ", ";
    }
    if (l->imprecise)
        snprintf(m + n, sizeof m - (size_t)n, "%s%lld dated only to the %s"
                 " (--by %s counts them)", sep, (long long)l->imprecise,
                 o->by == PARLEY_BY_MONTH ? "year" : "month or year",
                 o->by == PARLEY_BY_MONTH ? "year" : "month");
    fprintf(stderr, "%s\n", m);
}

/* ---- the command line --------------------------------------------------- */

struct args {
    struct cli_store store;
    const char *outpath;
    parley_store_filter f;
    parley_series_opts o;
    int format, quiet;
};

static int set_by(void *dst, const char *name, const char *val)
{
    if ((*(int *)dst = parley_period_from_name(val)) < 0)
        return cli_error("%s: expected day, week, month, year or all, not '%s'", name, val);
    return 0;
}

static int set_level(void *dst, const char *name, const char *val)
{
    if ((*(int *)dst = parley_level_from_name(val)) < 0)
        return cli_error("%s: expected country, actor, person or code, not '%s'", name,
                         val);
    return 0;
}

static int set_format(void *dst, const char *name, const char *val)
{
    if ((*(int *)dst = parley_series_format_from_name(val)) < 0)
        return cli_error("%s: expected csv, tsv, json or jsonl, not '%s'", name, val);
    return 0;
}

/* --dyad and --country: one or the other. */
static int set_group(void *dst, const char *name, const char *val)
{
    (void)val;
    int g = name[2] == 'd' ? PARLEY_GROUP_DYAD : PARLEY_GROUP_COUNTRY;
    if (*(int *)dst && *(int *)dst != g)
        return cli_error("--dyad and --country exclude each other");
    *(int *)dst = g;
    return 0;
}

#define A(f) offsetof(struct args, f)
static const cli_opt agg_opts[] = {
    {"--by", "P", CLI_FN, A(o.by), 0, 0, set_by,
     "period: day, week (ISO weeks, named by their\n"
     "Monday), month (default), year, or all (no\n"
     "period column: one row per group)", NULL},
    {"--dyad", NULL, CLI_FN, A(o.group), 0, 0, set_group,
     "one row per period, source and target", NULL},
    {"--country", NULL, CLI_FN, A(o.group), 0, 0, set_group,
     "one row per period and country (ISO3) taking\n"
     "part on either side; an event between two\n"
     "actors of one country counts once for it", NULL},
    {"--level", "L", CLI_FN, A(o.level), 0, 0, set_level,
     "how --dyad tells actors apart: country (default:\n"
     "the country, else the organisation, else the\n"
     "CAMEO actor code), actor (the person's name,\n"
     "else organisation, country, code), person (named\n"
     "persons only) or code (the CAMEO actor code,\n"
     "e.g. KAZGOV)", NULL},
    {"--negated", NULL, CLI_FLAG, A(o.negated), 0, 0, NULL, "count negated events too", NULL},
    {"--format", "F", CLI_FN, A(format), 0, 0, set_format,
     "csv (default), tsv, json (an array of objects)\nor jsonl (one object per line)", NULL},
    {"-o|--output", "FILE", CLI_STR, A(outpath), 0, 0, NULL,
     "write to FILE instead of standard output", NULL},
    {"-q|--quiet", NULL, CLI_FLAG, A(quiet), 0, 0, NULL, "no note about events left out", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group agg_groups[] = {
    {NULL, cli_store_opts, A(store)},
    {NULL, agg_opts, 0},
    {CLI_FILTERS_HEADING, cli_filter_opts, A(f)},
    {NULL, NULL, 0},
};
#undef A

static const cli_cmd agg_cmd = {
    "aggregate",
    "usage: parley aggregate --db DB [--dyad|--country] [--by P]\n"
    "                        [filters] [--format F] [-o FILE]\n"
    "\n"
    "Counts the stored events matching the filters per period and,\n"
    "with --dyad, per (source, target) pair or, with --country, per\n"
    "country: all events, by QuadClass (quad1..quad4) and by PLOVER\n"
    "type (agree ... assault), and the sum and mean of their Goldstein\n"
    "scores. One row per period and group that has events, ordered\n"
    "by period then group. Negated events (\"did not meet\") are left\n"
    "out unless --negated is given; so are undated events and, by day\n"
    "or week, events dated only to the month or year (a note on stderr\n"
    "counts them).\n",
    agg_groups, 21,
    "columns: period (first day, YYYY-MM-DD), source and target, or\n"
    "country; events, quad1, quad2, quad3, quad4, goldstein_sum,\n"
    "goldstein_mean (empty, or null in JSON, when no event has a\n"
    "score), then agree, consult, support, concede, cooperate, aid,\n"
    "retreat, request, accuse, reject, threaten, protest, sanction,\n"
    "mobilize, coerce, assault.\n"
    "\n"
    "(--limit is not taken: a series counts every matching event)\n"
    "\n"
    "exit status: 0 ok (also when nothing matched), 2 bad command\n"
    "line or no such database, 3 store error or unwritable output.\n",
    0, 0, NULL,
};

/* Reads the command line into a. Returns CLI_GO or the exit status. */
static int parse(int argc, char **argv, struct args *a)
{
    memset(a, 0, sizeof *a);
    a->o.by = PARLEY_BY_MONTH;
    a->o.level = PARLEY_LEVEL_COUNTRY;
    a->format = PARLEY_SERIES_CSV;
    int npos, rc = cli_parse(&agg_cmd, argc, argv, a, &npos);
    if (rc != CLI_GO)
        return rc;
    if (a->f.limit) {
        cli_error("--limit is not taken (a series counts every matching event)");
        return EXIT_USAGE;
    }
    return CLI_GO;
}

static int run(parley_store *st, struct args *a, FILE *f)
{
    struct out o = {f, PARLEY_BUF_INIT, &a->o, a->format, 0, 0};
    parley_series_left left;
    int rc = parley_series_header(&o.b, &a->o, a->format);
    if (!rc && a->format == PARLEY_SERIES_JSON)
        rc = parley_buf_addc(&o.b, '[');
    if (!rc)
        rc = parley_store_series(st, &a->f, &a->o, on_row, &o, &left);
    if (!rc && a->format == PARLEY_SERIES_JSON)
        rc = parley_buf_adds(&o.b, o.rows ? "\n]\n" : "]\n");
    if (!rc)
        rc = flush(&o);
    parley_buf_release(&o.b);
    if (rc == PARLEY_EIO || (!rc && (fflush(f) || ferror(f)))) {
        fprintf(stderr, "parley: cannot write the output: %s\n",
                strerror(errno));
        return EXIT_FATAL;
    }
    if (rc) {
        const char *m = o.nomem ? "out of memory" : parley_store_errmsg(st);
        fprintf(stderr, "parley: %s\n", *m ? m : parley_strerror(rc));
        return rc == PARLEY_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    if (!a->quiet)
        note_left(&left, &a->o);
    return EXIT_OK;
}

int cmd_aggregate(int argc, char **argv)
{
    struct args a;
    int rc = parse(argc, argv, &a);
    if (rc != CLI_GO)
        return rc;
    parley_store *st;
    if ((rc = cli_store_open(&st, &a.store, PARLEY_STORE_READONLY)))
        return rc;
    FILE *out;
    if ((rc = cli_store_output(st, a.outpath, &out)))
        return rc;
    int status = run(st, &a, out);
    if (out != stdout && fclose(out) && status == EXIT_OK) {
        fprintf(stderr, "parley: %s: %s\n", a.outpath, strerror(errno));
        status = EXIT_FATAL;
    }
    parley_store_close(st);
    return status;
}
