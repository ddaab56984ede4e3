/* serve.c — `parley serve --db FILE [--bind ADDR] [--port N] ...`: serves the
 * JSON API and the web explorer over a store opened read-only, until
 * SIGINT or SIGTERM. It only parses arguments and calls parley_serve_run. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static volatile int stop_flag;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static void ready(void *ud, const char *bind, int port)
{
    (void)ud;
    int v6 = strchr(bind, ':') != NULL;
    /* One line on stdout, flushed, so that scripts can wait for it. */
    printf("parley: serving http://%s%s%s:%d/\n", v6 ? "[" : "", bind,
           v6 ? "]" : "", port);
    fflush(stdout);
}

static const char help[] =
    "usage: parley serve --db DB [--bind ADDR] [--port N] [--threads N]\n"
    "\n"
    "Serves a JSON API (/api/events, /api/events/ID, /api/actors,\n"
    "/api/stats, /api/graph, /api/series, /api/map, /api/export,\n"
    "/api/documents/ID, /healthz) and a web explorer (/) over the store,\n"
    "opened read-only. Stops on Ctrl-C or SIGTERM.\n"
    "\n"
    "options:\n"
    "  --db DB       the store written by 'parley ingest' (a SQLite file\n"
    "                or a postgresql:// URL); required\n"
    "  --bind ADDR   IPv4 or IPv6 address to listen on (default 127.0.0.1;\n"
    "                anything else exposes the store to the network)\n"
    "  --port N      TCP port (default 8080; 0: any free port, printed)\n"
    "  --threads N   worker threads, one store connection each (default 4)\n"
    "  --query-timeout MS  time budget of one request: waiting for a store\n"
    "                connection and its queries (default 10000; 0: none);\n"
    "                over it the answer is 503\n"
    "  --header-timeout MS  time a connection has to send a request's line\n"
    "                and headers, from connecting or its last answer\n"
    "                (default 10000); then it is closed\n"
    "  --max-connections N  open connections (default 256); past it the\n"
    "                oldest one still sending a request is closed\n"
    "  --allow-host NAME  also serve requests whose Host is NAME (besides IP\n"
    "                addresses and localhost; repeatable; '*': any name)\n";

static int num(const char *opt, const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || end == v || *end || x < lo || x > hi) {
        fprintf(stderr, "parley: %s: expected a number from %ld to %ld, not "
                "'%s'\n", opt, lo, hi, v);
        return -1;
    }
    *out = x;
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    parley_serve_opts o;
    memset(&o, 0, sizeof o);
    long port = 8080, threads = 4, qms = 10000, hms = 10000, maxc = 256;
    const char *hosts[65];
    size_t nhosts = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(help, stdout);
            return EXIT_OK;
        }
        static const char *const opts[] = {"--db", "--bind", "--port",
                                           "--threads", "--query-timeout",
                                           "--header-timeout", "--max-connections",
                                           "--allow-host"};
        int k = -1;
        for (int j = 0; j < 8; j++) {
            size_t n = strlen(opts[j]);
            if (!strncmp(a, opts[j], n) && (a[n] == '=' || !a[n])) {
                k = j;
                if (a[n] == '=')
                    v = a + n + 1;
                else if (i + 1 < argc)
                    v = argv[++i];
                break;
            }
        }
        if (k < 0) {
            fprintf(stderr, "parley: serve: unknown argument '%s'\n%s", a,
                    help);
            return EXIT_USAGE;
        }
        if (!v) {
            fprintf(stderr, "parley: %s needs a value\n", opts[k]);
            return EXIT_USAGE;
        }
        if (k == 0)
            o.db = v;
        else if (k == 1)
            o.bind = v;
        else if (k == 2 && num("--port", v, 0, 65535, &port))
            return EXIT_USAGE;
        else if (k == 3 && num("--threads", v, 1, 64, &threads))
            return EXIT_USAGE;
        else if (k == 4 && num("--query-timeout", v, 0, 3600000, &qms))
            return EXIT_USAGE;
        else if (k == 5 && num("--header-timeout", v, 100, 3600000, &hms))
            return EXIT_USAGE;
        else if (k == 6 && num("--max-connections", v, 1, 100000, &maxc))
            return EXIT_USAGE;
        else if (k == 7) {
            if (nhosts == 64 || !*v || strlen(v) > 253) {
                fprintf(stderr, "parley: --allow-host: a host name (at most 64 of them)\n");
                return EXIT_USAGE;
            }
            hosts[nhosts++] = v;
        }
    }
    hosts[nhosts] = NULL;
    if (!o.db) {
        fprintf(stderr, "parley: --db DB is required\n%s", help);
        return EXIT_USAGE;
    }
    o.port = port == 0 ? -1 : (int)port;
    o.threads = (int)threads;
    o.query_ms = qms == 0 ? -1 : qms;
    o.header_ms = hms;
    o.max_connections = (int)maxc;
    o.allow_hosts = hosts;
    o.log = cli_log;
    o.ready = ready;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int err = parley_serve_run(&o, &stop_flag);
    if (err == PARLEY_EINVAL)
        return EXIT_USAGE;
    if (err == PARLEY_ENOENT)
        return EXIT_USAGE;
    return err ? EXIT_FATAL : EXIT_OK;
}
