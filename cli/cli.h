/* cli.h — the parley command's subcommands. Each parses its own arguments
 * and calls the library; main.c dispatches on the first argument. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <stdio.h>

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

/* The store commands' option parsing (cli/store_cmd.c), for the commands
 * of other files: each returns 1 when argv[*i] was such an option
 * (advancing *i past its value), 0 when not, -1 on a bad value (reported). */
int cli_store_common_opt(int argc, char **argv, int *i, const char **db,
                         long *busy_ms);
int cli_store_filter_opt(int argc, char **argv, int *i, parley_store_filter *f);
int cli_store_optval(int argc, char **argv, int *i, const char *name,
                     const char **val);
/* Opens db read-only; reports failures. Returns an exit status. */
int cli_store_open(parley_store **st, const char *db, long busy_ms);
/* The help text of the filters and of --db/--busy-timeout. */
const char *cli_store_filter_help(void);
const char *cli_store_common_help(void);

/* The formats (cli/formats.c): the lists for --help, from the library's
 * tables, one format a line indented by indent; and a --format or
 * --input-format value to its number, or -1 after telling cmd's user the
 * names there are. */
void cli_output_formats_help(FILE *f, int indent);
void cli_input_formats_help(FILE *f, int indent);
int cli_output_format(const char *cmd, const char *name);
int cli_input_format(const char *cmd, const char *name);

/* Exit codes shared by the subcommands. */
enum {
    EXIT_OK = 0,
    EXIT_INPUT = 1, /* some input could not be read or was malformed */
    EXIT_USAGE = 2, /* bad command line */
    EXIT_FATAL = 3  /* out of memory, unwritable output, broken store */
};

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

/* The community's CAMEO dictionaries named on the command line. */
struct cli_dicts {
    const char *verbs, *agents, *discards, *issues;
    const char *actors[64];
    size_t actor_lens[64];
    size_t nactors;
    int format, strict;
};
#define CLI_DICTS_HELP                                                          \
    "  --verbs F                a CAMEO verb dictionary (TABARI or PETRARCH)\n"   \
    "  --actors F[,F...]        CAMEO actor dictionaries (repeatable)\n"          \
    "  --agents F               a CAMEO agents dictionary\n"                      \
    "  --discards F             phrases whose sentences are not coded\n"          \
    "  --issues F               issue phrases, coded as topics\n"                 \
    "  --dict-format F          auto (default), tabari or petrarch\n"             \
    "  --strict                 a malformed dictionary line is fatal\n"

/* Takes argv[*i] when it is one of the dictionary options (advancing *i
 * past its value): 1 taken, 0 not ours, -1 bad value (reported). */
int cli_dicts_option(int argc, char **argv, int *i, struct cli_dicts *d);
/* Loads the dictionaries named in d, if any (*out stays NULL when none).
 * Returns 0 or a PARLEY_E* code (reported); *bad counts malformed
 * lines. */
int cli_dicts_load(struct cli_dicts *d, parley_log_fn log, parley_cameo **out,
                   size_t *bad);

/* Log callback that prints "parley: msg" to stderr; ud is unused. */
void cli_log(void *ud, int severity, const char *msg);

#endif
