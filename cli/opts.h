/* opts.h — the command's one option layer: each subcommand describes its
 * options in tables (names, value, help, where the value goes), and
 * cli_parse reads argv with them, prints the usage from them and reports
 * unknown options, missing and bad values the same way in every command.
 * Also the exit codes, named once for all commands. */
#ifndef PARLEY_CLI_OPTS_H
#define PARLEY_CLI_OPTS_H

#include <stddef.h>
#include <stdio.h>

/* The exit status of every command (README, "Errors and exit codes"; the
 * man page's EXIT STATUS, from `parley --help`). */
enum {
    EXIT_OK = 0,           /* everything read and coded */
    EXIT_INPUT = 1,        /* some input could not be read or was malformed */
    EXIT_USAGE = 2,        /* bad command line (or no such store) */
    EXIT_FATAL = 3,        /* out of memory, unwritable output, broken store,
                              dictionaries not loadable */
    EXIT_INTERRUPTED = 130 /* ingest stopped by SIGINT/SIGTERM (128 + 2) */
};

/* What an option does with its value. */
enum cli_kind {
    CLI_FLAG, /* no value: sets the int to 1 */
    CLI_SET,  /* no value: sets the int to lo (a named choice) */
    CLI_STR,  /* a value: the const char * points at it */
    CLI_LONG, /* a value: a decimal number from lo to hi, into the long */
    CLI_FN    /* a value (or none when arg is NULL): set(dst, name, value) */
};

typedef struct cli_opt {
    const char *names; /* "-j|--threads", "--db", "-o|--output" */
    const char *arg;   /* the value's name in the help ("N"); NULL: none */
    int kind;          /* enum cli_kind */
    size_t off;        /* where the value goes: an offset in the group's struct */
    long lo, hi;       /* CLI_LONG: the range; CLI_SET: the value */
    /* CLI_FN: takes the value (NULL for an option without one); returns 0,
     * or -1 after reporting the bad value with cli_error */
    int (*set)(void *dst, const char *name, const char *val);
    const char *help;  /* may have more lines, each after a '\n' */
    void (*more)(FILE *f, int indent); /* more help after it (format lists) */
} cli_opt;

/* A group of options: a table (ended by a row whose names is NULL) whose
 * offsets are relative to base in the command's struct; a heading starts
 * a section of the help of its own ("filters (combined with AND):"). */
typedef struct cli_group {
    const char *heading;
    const cli_opt *opts;
    size_t base;
} cli_group;

typedef struct cli_cmd {
    const char *name;  /* "code" */
    const char *intro; /* the usage lines and what the command does */
    const cli_group *groups; /* ended by a group whose opts is NULL */
    int col;           /* the column of the options' help */
    const char *outro; /* after the options: notes and exit status */
    int min_pos, max_pos; /* positional arguments (max -1: any number) */
    const char *pos_what; /* "GOLD and PRED files": said when too few */
} cli_cmd;

/* The status cli_parse returns when the command should go on. */
#define CLI_GO (-1)

/* Reads argv[1..argc) into args by c's tables. "-h" and "--help" print
 * the usage on stdout (EXIT_OK); an unknown option, a missing or bad value
 * or a wrong number of positional arguments are reported on stderr as
 * "parley CMD: ..." with the usage (EXIT_USAGE). Values come as the next
 * argument or after '=' ("--db=x"); a one-letter option may have its value
 * attached ("-j4"); "--" ends the options and "-" is an argument. The
 * positional arguments are moved to argv[1..*npos+1), in order. Returns
 * CLI_GO or the exit status. */
int cli_parse(const cli_cmd *c, int argc, char **argv, void *args, int *npos);

/* Prints c's usage to f, from its tables. */
void cli_usage(const cli_cmd *c, FILE *f);

/* Reports a command-line error: "parley CMD: " and the message on stderr
 * (CMD: the command being parsed, or the last one). Returns -1. */
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Setters for CLI_FN rows shared by several commands. */
int cli_set_date(void *dst, const char *name, const char *val); /* const char * */
int cli_set_output_format(void *dst, const char *name, const char *val); /* int */
int cli_set_input_format(void *dst, const char *name, const char *val);  /* int */

#endif
