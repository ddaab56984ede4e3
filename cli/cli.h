/* cli.h — the parley command's subcommands and what they share: each
 * describes its options in tables read by cli/opts.c (opts.h), loads its
 * dictionaries with cli_dicts_load and calls the library; main.c
 * dispatches on the first argument. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <stdio.h>

#include "opts.h"
#include "parley.h"

/* Each returns the process exit status (see README, "Exit codes"). */
int cmd_code(int argc, char **argv);
int cmd_eval(int argc, char **argv);
/* The store (cli/store_cmd.c): code into a SQLite file, and read it back. */
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_validate(int argc, char **argv); /* cli/validate.c: TABARI/PETRARCH suites */
int cmd_serve(int argc, char **argv); /* cli/serve.c: HTTP API and web explorer */
int cmd_aggregate(int argc, char **argv); /* cli/aggregate.c: event series */

/* The store commands' options (cli/store_opts.c): --db and
 * --busy-timeout, and the filters, as option groups over these structs;
 * cli_store_open opens the store (reporting failures) and returns an exit
 * status. */
struct cli_store {
    const char *db;
    long busy_ms;
};
extern const cli_opt cli_store_opts[];  /* over struct cli_store */
extern const cli_opt cli_filter_opts[]; /* over parley_store_filter */
#define CLI_FILTERS_HEADING "filters (combined with AND):"
/* flags: enum parley_store_flags */
int cli_store_open(parley_store **st, const struct cli_store *c, int flags);
/* The output of a store command: stdout for NULL or "-", else the file at
 * path; on failure the store is closed and the exit status returned. */
int cli_store_output(parley_store *st, const char *path, FILE **out);
/* The store's message about its last failure ("out of memory" if none). */
const char *cli_store_msg(const parley_store *st);

/* The --format lists for --help, from the library's tables, one format a
 * line indented by indent (cli/formats.c). */
void cli_output_formats_help(FILE *f, int indent);
void cli_input_formats_help(FILE *f, int indent);

/* Calls fn for every document of every input (files, directories walked
 * in sorted order, "-" for stdin), in order. Unreadable inputs and
 * malformed records are logged and counted in *input_errors; the walk
 * goes on. Returns 0, fn's non-zero value when fn stops the walk, or
 * PARLEY_ENOMEM (logged) when memory ran out: fatal, exit 3. */
typedef int (*cli_doc_fn)(void *ud, const parley_doc *doc);
int cli_for_each_doc(char **inputs, int ninputs, const parley_ingest_opts *io,
                     cli_doc_fn fn, void *ud, size_t *input_errors);

/* The same walk over records (parley_reader_next_record): JSON lines come
 * unparsed, for fn to parse with a parley_parser; malformed lines it finds
 * are its own to count. */
typedef int (*cli_record_fn)(void *ud, const parley_record *rec);
int cli_for_each_record(char **inputs, int ninputs, const parley_ingest_opts *io,
                        cli_record_fn fn, void *ud, size_t *input_errors);

/* ---- document ids within a run (docids.c; README, "Document ids") ---- */

/* The ids of the files named on the command line: each file's name
 * without directory and extension; when several of paths[0..n) would
 * share one, each gets as many of its last directories as tell it apart
 * ("a/report", "b/report"), and the extension when only that differs.
 * The same path twice gets the same name. *names holds n strings (NULL
 * for "/" and the like), freed with cli_file_names_free. Returns 0 or
 * PARLEY_ENOMEM. */
int cli_file_names(char **paths, size_t n, char ***names);
void cli_file_names_free(char **names, size_t n);

/* The ids seen in one run, so that no two of its documents share one. */
struct cli_ids;
int cli_ids_new(struct cli_ids **out);
void cli_ids_free(struct cli_ids *s);
size_t cli_ids_count(const struct cli_ids *s);
enum {
    CLI_ID_NEW = 0,       /* the id is new: registered */
    CLI_ID_DUPLICATE = 1, /* an earlier document had this id and the same
                             content: warned about; skip this one */
    CLI_ID_RENAMED = 2    /* an earlier document had this id and other
                             content: this one is the first free "ID~k"
                             (k = 2, 3, ...), now in *renamed; logged as
                             an error */
};
/* Checks doc's id (parley_doc_id) against the earlier documents of the
 * run and registers it. Messages name both documents' file:line. Returns
 * a CLI_ID_* value or PARLEY_ENOMEM. */
int cli_ids_check(struct cli_ids *s, const parley_doc *doc, parley_buf *renamed,
                  parley_log_fn log, void *ud);

/* The dictionaries named on the command line (cli/dicts.c). */
struct cli_dicts {
    const char *verbs, *agents, *discards, *issues;
    const char *actors[64]; /* each actor_lens[k] bytes long */
    size_t actor_lens[64];
    size_t nactors;
    int format, strict;
    int no_cache; /* --no-dict-cache */
};
/* --verbs, --actors, --agents, --discards, --issues, --dict-format,
 * --no-dict-cache; and
 * --strict; both over struct cli_dicts. */
extern const cli_opt cli_dicts_opts[];
extern const cli_opt cli_strict_opts[];
/* Adds the comma-separated files of list (which must outlive d) to the
 * actor dictionaries. Returns 0 or -1 (reported: too many). */
int cli_dicts_add_actors(struct cli_dicts *d, const char *list);
/* The one loading of dictionaries of every command: the lexicon by lo
 * into *lx (skipped when lx is NULL; with d->strict a malformed line is
 * fatal), then the CAMEO dictionaries named in d into *cameo (NULL when
 * none), their messages to log. Returns EXIT_OK, or EXIT_FATAL after
 * reporting (nothing is left loaded). */
int cli_dicts_load(struct cli_dicts *d, const parley_lexicon_opts *lo,
                   parley_log_fn log, parley_lexicon **lx, parley_cameo **cameo);

/* Log callback that prints "parley: msg" to stderr; ud is unused. */
void cli_log(void *ud, int severity, const char *msg);
/* The same for errors only (--quiet: no warnings). */
void cli_quiet_log(void *ud, int severity, const char *msg);

#endif
