/* aggregate.c — `parley aggregate`: event counts per period (day, week,
 * month, year), per dyad or per country, with QuadClass, PLOVER type and
 * Goldstein figures, as CSV, TSV or JSON for pandas and R. Parses the
 * command line and calls parley_store_series. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f,
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
            "counts them).\n"
            "\n"
            "options:\n"
            "%s"
            "  --by P          period: day, week (ISO weeks, named by their\n"
            "                  Monday), month (default), year, or all (no\n"
            "                  period column: one row per group)\n"
            "  --dyad          one row per period, source and target\n"
            "  --country       one row per period and country (ISO3) taking\n"
            "                  part on either side; an event between two\n"
            "                  actors of one country counts once for it\n"
            "  --level L       how --dyad tells actors apart: country (default:\n"
            "                  the country, else the organisation, else the\n"
            "                  CAMEO actor code), actor (the person's name,\n"
            "                  else organisation, country, code), person (named\n"
            "                  persons only) or code (the CAMEO actor code,\n"
            "                  e.g. KAZGOV)\n"
            "  --negated       count negated events too\n"
            "  --format F      csv (default), tsv, json (an array of objects)\n"
            "                  or jsonl (one object per line)\n"
            "  -o FILE         write to FILE instead of standard output\n"
            "  -q, --quiet     no note about events left out\n"
            "  -h, --help      show this help\n"
            "\n"
            "columns: period (first day, YYYY-MM-DD), source and target, or\n"
            "country; events, quad1, quad2, quad3, quad4, goldstein_sum,\n"
            "goldstein_mean (empty, or null in JSON, when no event has a\n"
            "score), then agree, consult, support, concede, cooperate, aid,\n"
            "retreat, request, accuse, reject, threaten, protest, sanction,\n"
            "mobilize, coerce, assault.\n"
            "\n"
            "%s"
            "(--limit is not taken: a series counts every matching event)\n"
            "\n"
            "exit status: 0 ok (also when nothing matched), 2 bad command\n"
            "line or no such database, 3 store error or unwritable output.\n",
            cli_store_common_help(), cli_store_filter_help());
}

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

/* Parses argv into the options; returns -1 after a usage error
 * (reported), 1 after --help, 0 otherwise. */
struct args {
    const char *db, *outpath;
    long busy_ms;
    parley_store_filter f;
    parley_series_opts o;
    int format, quiet;
};

static int parse(int argc, char **argv, struct args *a)
{
    const char *by = NULL, *level = NULL, *fmt = NULL;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        int m;
        if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
            usage(stdout);
            return 1;
        }
        if (!strcmp(s, "--dyad") || !strcmp(s, "--country")) {
            int g = s[2] == 'd' ? PARLEY_GROUP_DYAD : PARLEY_GROUP_COUNTRY;
            if (a->o.group && a->o.group != g) {
                fprintf(stderr, "parley: aggregate: --dyad and --country"
                        " exclude each other\n");
                return -1;
            }
            a->o.group = g;
            continue;
        }
        if (!strcmp(s, "--negated") || !strcmp(s, "-q") ||
            !strcmp(s, "--quiet")) {
            *(s[2] == 'n' ? &a->o.negated : &a->quiet) = 1;
            continue;
        }
        if ((m = cli_store_common_opt(argc, argv, &i, &a->db, &a->busy_ms)) ||
            (m = cli_store_filter_opt(argc, argv, &i, &a->f)) ||
            (m = cli_store_optval(argc, argv, &i, "--by", &by)) ||
            (m = cli_store_optval(argc, argv, &i, "--level", &level)) ||
            (m = cli_store_optval(argc, argv, &i, "--format", &fmt)) ||
            (m = cli_store_optval(argc, argv, &i, "-o", &a->outpath)) ||
            (m = cli_store_optval(argc, argv, &i, "--output", &a->outpath))) {
            if (m < 0)
                return -1;
            continue;
        }
        fprintf(stderr, "parley: aggregate: unexpected argument '%s'\n", s);
        usage(stderr);
        return -1;
    }
    a->o.by = by ? parley_period_from_name(by) : PARLEY_BY_MONTH;
    a->o.level = level ? parley_level_from_name(level) : PARLEY_LEVEL_COUNTRY;
    a->format = fmt ? parley_series_format_from_name(fmt) : PARLEY_SERIES_CSV;
    if (a->o.by < 0) {
        fprintf(stderr, "parley: --by: expected day, week, month, year or"
                " all, not '%s'\n", by);
        return -1;
    }
    if (a->o.level < 0) {
        fprintf(stderr, "parley: --level: expected country, actor, person or"
                " code, not '%s'\n", level);
        return -1;
    }
    if (a->format < 0) {
        fprintf(stderr, "parley: --format: expected csv, tsv, json or jsonl,"
                " not '%s'\n", fmt);
        return -1;
    }
    if (a->f.limit) {
        fprintf(stderr, "parley: aggregate: --limit is not taken (a series"
                " counts every matching event)\n");
        return -1;
    }
    if (!a->db) {
        fprintf(stderr, "parley: --db DB is required\n");
        return -1;
    }
    return 0;
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
    memset(&a, 0, sizeof a);
    int p = parse(argc, argv, &a);
    if (p)
        return p > 0 ? EXIT_OK : EXIT_USAGE;
    parley_store *st;
    int rc = cli_store_open(&st, a.db, a.busy_ms);
    if (rc)
        return rc;
    FILE *out = stdout;
    if (a.outpath && strcmp(a.outpath, "-") && !(out = fopen(a.outpath, "w"))) {
        fprintf(stderr, "parley: %s: %s\n", a.outpath, strerror(errno));
        parley_store_close(st);
        return EXIT_FATAL;
    }
    int status = run(st, &a, out);
    if (out != stdout && fclose(out) && status == EXIT_OK) {
        fprintf(stderr, "parley: %s: %s\n", a.outpath, strerror(errno));
        status = EXIT_FATAL;
    }
    parley_store_close(st);
    return status;
}
