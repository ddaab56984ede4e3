/* opts.c — the option layer of every subcommand (opts.h): parses argv by
 * the command's tables of options, prints its usage from them, and
 * reports command-line errors one way. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The command being parsed, for cli_error's messages. */
static const char *cur_cmd = "";

int cli_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "parley%s%s: ", *cur_cmd ? " " : "", cur_cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return -1;
}

/* Whether arg names option o: one of its '|'-separated names, alone or
 * followed by '=' (*eq then points after it). */
static int matches(const cli_opt *o, const char *arg, const char **eq)
{
    for (const char *n = o->names; *n;) {
        size_t len = strcspn(n, "|");
        if (!strncmp(arg, n, len) && (!arg[len] || arg[len] == '=')) {
            *eq = arg[len] == '=' ? arg + len + 1 : NULL;
            return 1;
        }
        n += len + (n[len] == '|');
    }
    return 0;
}

/* A one-letter option with its value attached: "-j4". */
static int attached(const cli_opt *o, const char *arg, const char **val)
{
    if (!o->arg || arg[0] != '-' || arg[1] == '-' || !arg[1] || !arg[2])
        return 0;
    for (const char *n = o->names; *n;) {
        size_t len = strcspn(n, "|");
        if (len == 2 && n[0] == '-' && n[1] == arg[1]) {
            *val = arg + 2;
            return 1;
        }
        n += len + (n[len] == '|');
    }
    return 0;
}

static int parse_long(const cli_opt *o, const char *name, const char *v, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || end == v || *end || x < o->lo || x > o->hi) {
        if (o->lo == LONG_MIN && o->hi == LONG_MAX)
            return cli_error("%s: expected a number, not '%s'", name, v);
        return cli_error("%s: expected a number from %ld to %ld, not '%s'", name,
                         o->lo, o->hi, v);
    }
    *out = x;
    return 0;
}

/* Applies option o (called name on the command line) with value v. */
static int apply(const cli_opt *o, const char *name, const char *v, char *dst)
{
    switch (o->kind) {
    case CLI_FLAG: *(int *)(dst + o->off) = 1; return 0;
    case CLI_SET: *(int *)(dst + o->off) = (int)o->lo; return 0;
    case CLI_STR: *(const char **)(dst + o->off) = v; return 0;
    case CLI_LONG: return parse_long(o, name, v, (long *)(dst + o->off));
    default: return o->set(dst + o->off, name, v);
    }
}

static const cli_opt *find(const cli_cmd *c, const char *arg, const char **eq,
                           const char **att, size_t *base)
{
    for (const cli_group *g = c->groups; g->opts; g++)
        for (const cli_opt *o = g->opts; o->names; o++)
            if (matches(o, arg, eq) || attached(o, arg, att)) {
                *base = g->base;
                return o;
            }
    return NULL;
}

/* The option's name as given: "--db" of "--db=x". */
static void opt_name(char *out, size_t n, const char *arg, const char *eq)
{
    size_t len = eq ? (size_t)(eq - 1 - arg) : strlen(arg);
    if (len >= n)
        len = n - 1;
    memcpy(out, arg, len);
    out[len] = '\0';
}

static int usage_error(const cli_cmd *c)
{
    cli_usage(c, stderr);
    return EXIT_USAGE;
}

int cli_parse(const cli_cmd *c, int argc, char **argv, void *args, int *npos)
{
    cur_cmd = c->name;
    int n = 0, only_pos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_pos || a[0] != '-' || !a[1]) {
            if (c->max_pos >= 0 && n >= c->max_pos) {
                cli_error("too many arguments: unexpected argument '%s'", a);
                return usage_error(c);
            }
            argv[1 + n++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            only_pos = 1;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            cli_usage(c, stdout);
            return EXIT_OK;
        }
        const char *eq = NULL, *att = NULL;
        size_t base = 0;
        const cli_opt *o = find(c, a, &eq, &att, &base);
        if (!o) {
            cli_error("unknown option '%s'", a);
            return usage_error(c);
        }
        char name[64];
        opt_name(name, sizeof name, a, att ? a + 3 : eq);
        const char *v = att ? att : eq;
        if (!o->arg && v) {
            cli_error("%s takes no value", name);
            return usage_error(c);
        }
        if (o->arg && !v) {
            if (i + 1 >= argc) {
                cli_error("%s needs a value", name);
                return usage_error(c);
            }
            v = argv[++i];
        }
        if (apply(o, name, v, (char *)args + base))
            return EXIT_USAGE;
    }
    if (n < c->min_pos) {
        cli_error("expected %s", c->pos_what);
        return usage_error(c);
    }
    *npos = n;
    return CLI_GO;
}

/* "-j, --threads N" of "-j|--threads" and "N". */
static void synopsis(char *out, size_t n, const cli_opt *o)
{
    size_t k = 0;
    for (const char *s = o->names; *s && k + 3 < n; s++) {
        if (*s == '|') {
            out[k++] = ',';
            out[k++] = ' ';
        } else {
            out[k++] = *s;
        }
    }
    out[k] = '\0';
    if (o->arg)
        snprintf(out + k, n - k, " %s", o->arg);
}

static void print_opt(FILE *f, const cli_opt *o, int col)
{
    char syn[96];
    synopsis(syn, sizeof syn, o);
    int w = (int)strlen(syn) + 2;
    fprintf(f, "  %s", syn);
    const char *h = o->help;
    /* the help starts at the column, or two spaces after a long name */
    fprintf(f, "%*s", w + 2 <= col ? col - w : 2, "");
    for (;;) {
        size_t len = strcspn(h, "\n");
        fprintf(f, "%.*s\n", (int)len, h);
        if (!h[len])
            break;
        h += len + 1;
        fprintf(f, "%*s", col, "");
    }
    if (o->more)
        o->more(f, col);
}

void cli_usage(const cli_cmd *c, FILE *f)
{
    fputs(c->intro, f);
    fputs("\noptions:\n", f);
    int help = 0;
    for (const cli_group *g = c->groups; g->opts; g++) {
        if (g->heading)
            fprintf(f, "\n%s\n", g->heading);
        for (const cli_opt *o = g->opts; o->names; o++)
            print_opt(f, o, c->col);
        /* -h last among the options, before the sections of their own */
        if (!help && (!g[1].opts || g[1].heading)) {
            fprintf(f, "  %-*s%s\n", c->col - 2, "-h, --help", "this help");
            help = 1;
        }
    }
    if (c->outro)
        fprintf(f, "\n%s", c->outro);
}

/* ---- setters shared by several commands -------------------------------- */

int cli_set_date(void *dst, const char *name, const char *val)
{
    if (strlen(val) != 10 || !parley_date_valid(val))
        return cli_error("%s wants a date YYYY-MM-DD, got '%s'", name, val);
    *(const char **)dst = val;
    return 0;
}

static int list_error(const char *what, const char *val, const char *(*name)(int))
{
    fprintf(stderr, "parley %s: unknown %s '%s' (", cur_cmd, what, val);
    for (int i = 0; name(i); i++)
        fprintf(stderr, "%s%s", i ? ", " : "", name(i));
    fprintf(stderr, ")\n");
    return -1;
}

int cli_set_output_format(void *dst, const char *name, const char *val)
{
    (void)name;
    int fmt = parley_export_format_from_name(val);
    if (fmt < 0)
        return list_error("format", val, parley_export_format_name);
    *(int *)dst = fmt;
    return 0;
}

int cli_set_input_format(void *dst, const char *name, const char *val)
{
    (void)name;
    int fmt = parley_format_from_name(val);
    if (fmt < 0)
        return list_error("input format", val, parley_format_name);
    *(int *)dst = fmt;
    return 0;
}
