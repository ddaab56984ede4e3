/* cli.h — the parley command's subcommands. Each parses its own arguments
 * and calls the library; main.c dispatches on the first argument. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

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
 * goes on. Returns 0, or fn's non-zero value when fn stops the walk. */
typedef int (*cli_doc_fn)(void *ud, const parley_doc *doc);
int cli_for_each_doc(char **inputs, int ninputs, const parley_ingest_opts *io,
                     cli_doc_fn fn, void *ud, size_t *input_errors);

/* Log callback that prints "parley: msg" to stderr; ud is unused. */
void cli_log(void *ud, int severity, const char *msg);

#endif
