/* main.c — the parley command: dispatches to a subcommand (in cli/), each
 * of which only parses arguments and calls libparley. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    {"code", cmd_code, "code articles into events (JSON lines or TSV)"},
    {"eval", cmd_eval, "score coded events against gold events"},
    {"ingest", cmd_ingest, "code articles into a store (--db FILE or postgresql:// URL)"},
    {"query", cmd_query, "list stored events matching filters"},
    {"export", cmd_export, "write stored events as jsonl, csv, phoenix-tsv, plover"},
    {"validate", cmd_validate, "run a TABARI or PETRARCH validation suite"},
    {"stats", cmd_stats, "counts of a store: documents, events by type/month"},
    {"aggregate", cmd_aggregate, "event counts per period, dyad or country (CSV, TSV, JSON)"},
    {"serve", cmd_serve, "HTTP JSON API and web explorer over a store"},
};

void cli_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    if (severity == PARLEY_TRACE) {
        fprintf(stderr, "%s\n", msg);
        return;
    }
    fprintf(stderr, "parley: %s%s\n",
            severity == PARLEY_WARNING ? "warning: " : "", msg);
}

/* The command's help; tools/gen_man.py makes the parley(1) man page from
 * it and from each command's --help, so that both say the same. */
static void usage(FILE *f)
{
    fprintf(f, "usage: parley COMMAND [options] [args]\n"
               "       parley --help | --version\n"
               "\n"
               "parley codes news about diplomacy and international politics\n"
               "into events: who met, praised, signed with, called on, accused\n"
               "or sanctioned whom; when, where, about what, and the sentence\n"
               "that proves it (PLOVER types and CAMEO codes, one JSON line\n"
               "per event). It keeps events in a SQLite store, counts them\n"
               "into series for analysis, and serves them to a web explorer.\n"
               "\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f, "\n'parley COMMAND --help' describes a command's options.\n"
               "\n"
               "exit status: 0 everything read and coded; 1 some input could\n"
               "not be read or was malformed (the rest was coded); 2 usage\n"
               "error; 3 fatal (out of memory, output not writable, store or\n"
               "dictionaries not loadable).\n"
               "\n"
               "environment:\n"
               "  PARLEY_DEBUG=1  print each sentence with the actor mentions\n"
               "                  found in it, and what they resolved to, on\n"
               "                  stderr\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("parley %s\n", PARLEY_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "parley: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
}
