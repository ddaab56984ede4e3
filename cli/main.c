/* main.c — the parley command: dispatches to a subcommand (in cli/), each
 * of which only parses arguments and calls libparley. */
#include <libxml/xmlmemory.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* libxml2 2.9 does not survive every failed allocation: when the growth of
 * its input buffer fails it crashes, and its HTML parser can loop for ever
 * (issue 13, found by tests/oom_cli.py). The library stops its parsers
 * where it can; the command, which owns the process, goes further: an
 * allocation that fails inside libxml2 ends the run at once, as any other
 * out-of-memory does (exit 3; what was written or committed stays). */
static void xml_out_of_memory(void)
{
    fputs("parley: out of memory\n", stderr);
    exit(EXIT_FATAL);
}

static void *xml_malloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        xml_out_of_memory();
    return p;
}

static void *xml_realloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q && n)
        xml_out_of_memory();
    return q;
}

static char *xml_strdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        xml_out_of_memory();
    return p;
}

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
    /* a message quoting a huge input line is cut (the library cuts its
     * own; this guards the rest) */
    size_t n = strlen(msg), max = 2000;
    int cut = n > max;
    if (cut)
        while (max && ((unsigned char)msg[max] & 0xC0) == 0x80)
            max--;
    fprintf(stderr, "parley: %s%.*s%s\n", severity == PARLEY_WARNING ? "warning: " : "",
            (int)(cut ? max : n), msg, cut ? "…" : "");
}

void cli_quiet_log(void *ud, int severity, const char *msg)
{
    if (severity >= PARLEY_ERROR)
        cli_log(ud, severity, msg);
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
               "dictionaries not loadable); 130 ingest interrupted (its\n"
               "committed transactions stay).\n"
               "\n"
               "environment:\n"
               "  PARLEY_DEBUG=1  print each sentence with the actor mentions\n"
               "                  found in it, and what they resolved to, on\n"
               "                  stderr\n");
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* Blocks of up to 8 MiB from the heap, and freed memory kept there:
     * the documents' arenas and buffers are made and freed again for
     * every document, and glibc would otherwise map the larger ones
     * afresh each time (a page fault per 4 KiB touched). Its own
     * threshold used to rise to that size while the lexicon's text was
     * parsed, freeing big tables; read from its image, nothing big is
     * freed before the first document. */
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
    xmlMemSetup(free, xml_malloc, xml_realloc, xml_strdup);
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
