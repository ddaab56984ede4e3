/* query.c — the store's readers: `parley query` (filtered events as an
 * aligned table or in an export format), `parley export` (the same in an
 * exchange format, to a file) and `parley stats` (counts, and a check of
 * the store). They take their options and call parley_store_*. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"


static int write_out(void *ud, const char *p, size_t n)
{
    FILE *f = ud;
    return fwrite(p, 1, n, f) == n ? 0 : PARLEY_EIO;
}

/* Display width of UTF-8 text, counting one column per code point. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Appends s padded or cut (with "…") to exactly w columns. */
static void cell(parley_buf *b, const char *s, size_t w, int pad)
{
    size_t sw = width(s);
    if (sw <= w) {
        parley_buf_adds(b, s);
        if (pad)
            for (size_t i = sw; i < w; i++)
                parley_buf_addc(b, ' ');
        return;
    }
    size_t cols = 0;
    const char *p = s;
    while (*p && cols < w - 1) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80)
            p++;
        cols++;
    }
    parley_buf_add(b, s, (size_t)(p - s));
    parley_buf_adds(b, "\u2026");
}

static void actor_label(parley_buf *b, const parley_actor *a)
{
    const char *cc = a->country ? a->country : a->org;
    if (a->name && cc)
        parley_buf_addf(b, "%s (%s)", a->name, cc);
    else if (a->name)
        parley_buf_adds(b, a->name);
    else if (a->country && a->org)
        parley_buf_addf(b, "%s/%s", a->country, a->org);
    else if (cc)
        parley_buf_adds(b, cc);
    else if (a->code)
        parley_buf_adds(b, a->code);
    else if (a->text.n)
        parley_buf_add(b, a->text.p, a->text.n);
    else
        parley_buf_adds(b, "?");
}

/* Rows of the table format are kept until the end so that the columns
 * can be aligned to their content. */
struct table {
    char **cells; /* 5 per row: date, type, actors, place, evidence */
    size_t n, cap;
    int nomem;
};

static char *squash(const char *s)
{
    /* One line per row: line breaks and tabs in evidence become spaces. */
    char *d = strdup(s ? s : "");
    if (d)
        for (char *p = d; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
    return d;
}

static int table_row(void *ud, const parley_store_row *r)
{
    struct table *t = ud;
    if (t->n + 5 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 320;
        char **c = realloc(t->cells, cap * sizeof *c);
        if (!c) {
            t->nomem = 1;
            return 1;
        }
        t->cells = c;
        t->cap = cap;
    }
    parley_buf b = PARLEY_BUF_INIT;
    actor_label(&b, &r->ev.source);
    parley_buf_adds(&b, " \u2192 ");
    actor_label(&b, &r->ev.target);
    parley_buf e = PARLEY_BUF_INIT;
    if (r->nmerged > 1)
        parley_buf_addf(&e, "(%zu docs) ", r->nmerged);
    parley_buf_adds(&e, r->evidence);
    parley_buf p = PARLEY_BUF_INIT;
    if (r->ev.place.name)
        parley_buf_adds(&p, r->ev.place.name);
    char *type = NULL;
    if (r->ev.negated) {
        parley_buf tb = PARLEY_BUF_INIT;
        parley_buf_addf(&tb, "not %s", r->ev.type);
        type = parley_buf_detach(&tb, NULL);
    } else {
        type = strdup(r->ev.type ? r->ev.type : "");
    }
    char **c = t->cells + t->n;
    c[0] = strdup(r->ev.date ? r->ev.date : "-");
    c[1] = type;
    c[2] = squash(b.p);
    c[3] = squash(p.n ? p.p : "-");
    c[4] = squash(e.p);
    parley_buf_release(&b);
    parley_buf_release(&e);
    parley_buf_release(&p);
    t->n += 5;
    for (int i = 0; i < 5; i++)
        if (!c[i])
            t->nomem = 1;
    return t->nomem;
}

static int term_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col >= 40)
        return ws.ws_col;
    const char *c = getenv("COLUMNS");
    int n = c ? atoi(c) : 0;
    return n >= 40 ? n : 120;
}

static int print_table(struct table *t, FILE *out)
{
    static const char *const head[5] = {"date", "type", "source \u2192 target",
                                        "place", "evidence"};
    static const size_t maxw[4] = {10, 14, 60, 24};
    size_t w[5];
    for (int k = 0; k < 4; k++) {
        w[k] = width(head[k]);
        for (size_t i = k; i < t->n; i += 5)
            if (width(t->cells[i]) > w[k])
                w[k] = width(t->cells[i]);
        if (w[k] > maxw[k])
            w[k] = maxw[k];
    }
    int tw = term_width();
    int used = (int)(w[0] + w[1] + w[2] + w[3] + 8);
    w[4] = tw - used > 20 ? (size_t)(tw - used) : 20;
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t i = 0; i < t->n + 5; i += 5) {
        const char *const *row = i ? (const char *const *)t->cells + i - 5 : head;
        for (int k = 0; k < 5; k++) {
            cell(&b, row[k], w[k], k < 4);
            parley_buf_adds(&b, k < 4 ? "  " : "\n");
        }
        if (fwrite(b.p, 1, b.n, out) != b.n) {
            parley_buf_release(&b);
            return -1;
        }
        parley_buf_reset(&b);
    }
    parley_buf_release(&b);
    return 0;
}


/* ---- query / export: the command line ----------------------------------- */

/* The format "table" (query only) is -1. */
#define TABLE (-1)

struct query_args {
    struct cli_store store;
    parley_store_filter f;
    int format;
    const char *outpath;
};

static int set_query_format(void *dst, const char *name, const char *val)
{
    if (!strcmp(val, "table")) {
        *(int *)dst = TABLE;
        return 0;
    }
    return cli_set_output_format(dst, name, val);
}

static void table_help(FILE *f, int indent)
{
    fprintf(f, "%*s%-12s %s\n", indent, "", "table",
            "aligned columns, evidence cut to the terminal");
    cli_output_formats_help(f, indent);
}

#define A(f) offsetof(struct query_args, f)
static const cli_opt query_opts[] = {
    {"--format", "F", CLI_FN, A(format), 0, 0, set_query_format,
     "output format (default table), one of:", table_help},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_opt export_opts[] = {
    {"--format", "F", CLI_FN, A(format), 0, 0, cli_set_output_format,
     "output format (default jsonl), one of:", cli_output_formats_help},
    {"-o|--output", "FILE", CLI_STR, A(outpath), 0, 0, NULL,
     "write to FILE instead of standard output", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group query_groups[] = {
    {NULL, cli_store_opts, A(store)},
    {NULL, query_opts, 0},
    {CLI_FILTERS_HEADING, cli_filter_opts, A(f)},
    {NULL, NULL, 0},
};
static const cli_group export_groups[] = {
    {NULL, cli_store_opts, A(store)},
    {NULL, export_opts, 0},
    {CLI_FILTERS_HEADING, cli_filter_opts, A(f)},
    {NULL, NULL, 0},
};
#undef A

#define QUERY_EXIT                                                              \
    "exit status: 0 ok (also when nothing matched), 2 bad command\n"           \
    "line or no such database, 3 store error.\n"
static const cli_cmd query_cmd = {
    "query",
    "usage: parley query --db DB [filters] [--format F]\n"
    "\n"
    "Lists stored events matching the filters, ordered by date.\n",
    query_groups, 21, QUERY_EXIT, 0, 0, NULL,
};
static const cli_cmd export_cmd = {
    "export",
    "usage: parley export --db DB [filters] [--format F] [-o FILE]\n"
    "\n"
    "Writes stored events (all, or those matching the filters)\n"
    "in an exchange format.\n",
    export_groups, 21, QUERY_EXIT, 0, 0, NULL,
};

/* ---- query / export: the run -------------------------------------------- */

static int write_table(parley_store *st, const parley_store_filter *f, FILE *out)
{
    struct table t = {0};
    int rc = parley_store_query(st, f, table_row, &t);
    if (rc == 0 && !t.nomem && print_table(&t, out))
        rc = PARLEY_EIO;
    if (t.nomem)
        rc = PARLEY_ENOMEM;
    for (size_t i = 0; i < t.n; i++)
        free(t.cells[i]);
    free(t.cells);
    return rc;
}

static int query_or_export(const cli_cmd *cmd, int argc, char **argv, int format)
{
    struct query_args a;
    memset(&a, 0, sizeof a);
    a.format = format;
    int npos, rc = cli_parse(cmd, argc, argv, &a, &npos);
    if (rc != CLI_GO)
        return rc;
    parley_store *st;
    if ((rc = cli_store_open(&st, &a.store, PARLEY_STORE_READONLY)))
        return rc;
    FILE *out;
    if ((rc = cli_store_output(st, a.outpath, &out)))
        return rc;
    int status = EXIT_OK;
    if (a.format == TABLE)
        rc = write_table(st, &a.f, out);
    else
        rc = parley_store_export(st, &a.f, a.format, write_out, out);
    if (rc == PARLEY_EIO || fflush(out) || ferror(out)) {
        fprintf(stderr, "parley: cannot write the output: %s\n", strerror(errno));
        status = EXIT_FATAL;
    } else if (rc) {
        const char *m = parley_store_errmsg(st);
        fprintf(stderr, "parley: %s\n", *m ? m : parley_strerror(rc));
        status = rc == PARLEY_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    if (out != stdout && fclose(out)) {
        fprintf(stderr, "parley: %s: %s\n", a.outpath, strerror(errno));
        status = EXIT_FATAL;
    }
    parley_store_close(st);
    return status;
}

int cmd_query(int argc, char **argv)
{
    return query_or_export(&query_cmd, argc, argv, TABLE);
}

int cmd_export(int argc, char **argv)
{
    return query_or_export(&export_cmd, argc, argv, PARLEY_EXPORT_JSONL);
}

/* ---- stats -------------------------------------------------------------- */

static int print_stat(void *ud, const char *group, const char *key, int64_t n)
{
    const char **last = ud;
    static const struct {
        const char *group, *title;
    } titles[] = {{"type", "events by type"},
                  {"month", "events by month"},
                  {"pair", "top actor pairs"}};
    if (!key) {
        printf("%-10s %lld\n", group, (long long)n);
        return 0;
    }
    if (!*last || strcmp(*last, group)) {
        for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
            if (!strcmp(titles[i].group, group))
                printf("\n%s\n", titles[i].title);
        *last = group;
    }
    printf("  %-28s %8lld\n", key, (long long)n);
    return 0;
}


struct stats_args {
    struct cli_store store;
    int check;
};

static const cli_opt stats_opts[] = {
    {"--check", NULL, CLI_FLAG, offsetof(struct stats_args, check), 0, 0, NULL,
     "first verify the store (SQLite: integrity,\n"
     "foreign keys, full-text indexes;\n"
     "PostgreSQL: counters and summaries\n"
     "against the events); prints\n"
     "'integrity: ok'", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group stats_groups[] = {
    {NULL, cli_store_opts, offsetof(struct stats_args, store)},
    {NULL, stats_opts, 0},
    {NULL, NULL, 0},
};
static const cli_cmd stats_cmd = {
    "stats",
    "usage: parley stats --db DB [--check]\n\n"
    "Prints the number of documents, sentences and events,\n"
    "events by type and by month, and the ten most frequent\n"
    "actor pairs (CAMEO actor codes, else country, org, name).\n",
    stats_groups, 21,
    "exit status: 0 ok, 2 bad command line or no such database,\n"
    "3 store error or a check that failed.\n",
    0, 0, NULL,
};

int cmd_stats(int argc, char **argv)
{
    struct stats_args a;
    memset(&a, 0, sizeof a);
    int npos, rc = cli_parse(&stats_cmd, argc, argv, &a, &npos);
    if (rc != CLI_GO)
        return rc;
    parley_store *st;
    if ((rc = cli_store_open(&st, &a.store, PARLEY_STORE_READONLY)))
        return rc;
    if (a.check) {
        if (parley_store_check(st)) {
            fprintf(stderr, "parley: %s\n", cli_store_msg(st));
            parley_store_close(st);
            return EXIT_FATAL;
        }
        printf("integrity: ok\n");
    }
    const char *last = NULL;
    rc = parley_store_stats(st, print_stat, &last);
    if (rc)
        fprintf(stderr, "parley: %s\n", cli_store_msg(st));
    parley_store_close(st);
    if (fflush(stdout) || ferror(stdout))
        return EXIT_FATAL;
    return rc ? EXIT_FATAL : EXIT_OK;
}
