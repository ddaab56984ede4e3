/* store_opts.c — what the store's commands (ingest, query, export, stats,
 * aggregate, serve) share: the --db and --busy-timeout options, the
 * filters, and opening the store. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define S(f) offsetof(struct cli_store, f)
const cli_opt cli_store_opts[] = {
    {"--db", "DB", CLI_STR, S(db), 0, 0, NULL,
     "the store: a SQLite file, or a PostgreSQL URL\n"
     "(postgresql://user@host:port/dbname); required", NULL},
    {"--busy-timeout", "MS", CLI_LONG, S(busy_ms), LONG_MIN, LONG_MAX, NULL,
     "wait this long for another writer's locks\n(default 5000)", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
#undef S

#define F(f) offsetof(parley_store_filter, f)
const cli_opt cli_filter_opts[] = {
    {"--actor", "X", CLI_STR, F(actor), 0, 0, NULL,
     "either side: country code (KAZ), organisation (UN),\n"
     "CAMEO actor code prefix (IGOUNO, KAZGOV) or a part of\n"
     "the person's name or of the mention (Nurtleu)", NULL},
    {"--source", "X", CLI_STR, F(source), 0, 0, NULL, "the same, the source only", NULL},
    {"--target", "X", CLI_STR, F(target), 0, 0, NULL, "the same, the target only", NULL},
    {"--type", "T", CLI_STR, F(type), 0, 0, NULL,
     "PLOVER type (CONSULT, AGREE, SUPPORT, ...)", NULL},
    {"--cameo", "C", CLI_STR, F(cameo), 0, 0, NULL, "CAMEO event code prefix (04, 057)", NULL},
    {"--from", "D", CLI_STR, F(from), 0, 0, NULL,
     "event dates from D, YYYY[-MM[-DD]], inclusive", NULL},
    {"--to", "D", CLI_STR, F(to), 0, 0, NULL, "event dates up to D, inclusive", NULL},
    {"--place", "P", CLI_STR, F(place), 0, 0, NULL,
     "part of the place name, or its country code", NULL},
    {"--topic", "T", CLI_STR, F(topic), 0, 0, NULL, "part of a topic", NULL},
    {"--text", "Q", CLI_STR, F(text), 0, 0, NULL,
     "full-text search in evidence sentences (FTS5 syntax;\n"
     "case and diacritics ignored); a plain lower-case word\n"
     "also finds its other forms (expel: expels, expelled;\n"
     "met: meet, meeting), a \"quoted\" one only itself,\n"
     "and expel* every word that starts so", NULL},
    {"--doc", "ID", CLI_STR, F(doc), 0, 0, NULL, "one document", NULL},
    {"--one-a-day", NULL, CLI_FLAG, F(one_a_day), 0, 0, NULL,
     "the same date, source, target and CAMEO code from\n"
     "several documents count once (all evidence kept)", NULL},
    {"--limit", "N", CLI_LONG, F(limit), LONG_MIN, LONG_MAX, NULL, "at most N rows", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
#undef F

const char *cli_store_msg(const parley_store *st)
{
    const char *m = parley_store_errmsg(st);
    return *m ? m : "out of memory";
}

int cli_store_open(parley_store **st, const struct cli_store *c, int flags)
{
    *st = NULL;
    if (!c->db) {
        fprintf(stderr, "parley: --db DB is required\n");
        return EXIT_USAGE;
    }
    parley_store_opts o = {flags, c->busy_ms ? (int)c->busy_ms : 0};
    if (c->busy_ms < 0)
        o.busy_timeout_ms = -1;
    int rc = parley_store_open(st, c->db, &o);
    if (rc) {
        fprintf(stderr, "parley: %s\n", cli_store_msg(*st));
        parley_store_close(*st);
        *st = NULL;
        return rc == PARLEY_ENOENT ? EXIT_USAGE : EXIT_FATAL;
    }
    return EXIT_OK;
}

int cli_store_output(parley_store *st, const char *path, FILE **out)
{
    *out = stdout;
    if (!path || !strcmp(path, "-"))
        return EXIT_OK;
    if (!(*out = fopen(path, "w"))) {
        fprintf(stderr, "parley: %s: %s\n", path, strerror(errno));
        parley_store_close(st);
        return EXIT_FATAL;
    }
    return EXIT_OK;
}
