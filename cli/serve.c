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

struct serve_args {
    struct cli_store store;
    const char *bind;
    long port, threads, query_ms, header_ms, max_connections;
    const char *hosts[65];
    size_t nhosts;
};

static int add_host(void *dst, const char *name, const char *val)
{
    struct serve_args *a = dst;
    if (a->nhosts == 64 || !*val || strlen(val) > 253)
        return cli_error("%s: a host name (at most 64 of them)", name);
    a->hosts[a->nhosts++] = val;
    return 0;
}

#define A(f) offsetof(struct serve_args, f)
static const cli_opt serve_opts[] = {
    {"--db", "DB", CLI_STR, A(store.db), 0, 0, NULL,
     "the store written by 'parley ingest' (a SQLite file\n"
     "or a postgresql:// URL); required", NULL},
    {"--bind", "ADDR", CLI_STR, A(bind), 0, 0, NULL,
     "IPv4 or IPv6 address to listen on (default 127.0.0.1;\n"
     "anything else exposes the store to the network)", NULL},
    {"--port", "N", CLI_LONG, A(port), 0, 65535, NULL,
     "TCP port (default 8080; 0: any free port, printed)", NULL},
    {"--threads", "N", CLI_LONG, A(threads), 1, 64, NULL,
     "worker threads, one store connection each (default 4)", NULL},
    {"--query-timeout", "MS", CLI_LONG, A(query_ms), 0, 3600000, NULL,
     "time budget of one request: waiting for a store\n"
     "connection and its queries (default 10000; 0: none);\n"
     "over it the answer is 503", NULL},
    {"--header-timeout", "MS", CLI_LONG, A(header_ms), 100, 3600000, NULL,
     "time a connection has to send a request's line\n"
     "and headers, from connecting or its last answer\n"
     "(default 10000); then it is closed", NULL},
    {"--max-connections", "N", CLI_LONG, A(max_connections), 1, 100000, NULL,
     "open connections (default 256); past it the\n"
     "oldest one still sending a request is closed", NULL},
    {"--allow-host", "NAME", CLI_FN, 0, 0, 0, add_host,
     "also serve requests whose Host is NAME (besides IP\n"
     "addresses and localhost; repeatable; '*': any name)", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
static const cli_group serve_groups[] = {{NULL, serve_opts, 0}, {NULL, NULL, 0}};
#undef A

static const cli_cmd serve_cmd = {
    "serve",
    "usage: parley serve --db DB [--bind ADDR] [--port N] [--threads N]\n"
    "\n"
    "Serves a JSON API (/api/events, /api/events/ID, /api/actors,\n"
    "/api/stats, /api/graph, /api/series, /api/map, /api/export,\n"
    "/api/documents/ID, /healthz) and a web explorer (/) over the store,\n"
    "opened read-only. Stops on Ctrl-C or SIGTERM.\n",
    serve_groups, 21,
    "exit status: 0 stopped by a signal, 2 bad command line or no such\n"
    "database, 3 the store or the port could not be opened.\n",
    0, 0, NULL,
};

int cmd_serve(int argc, char **argv)
{
    struct serve_args a;
    memset(&a, 0, sizeof a);
    a.port = 8080, a.threads = 4, a.query_ms = 10000, a.header_ms = 10000;
    a.max_connections = 256;
    int npos, rc = cli_parse(&serve_cmd, argc, argv, &a, &npos);
    if (rc != CLI_GO)
        return rc;
    if (!a.store.db) {
        fprintf(stderr, "parley: --db DB is required\n");
        cli_usage(&serve_cmd, stderr);
        return EXIT_USAGE;
    }
    parley_serve_opts o;
    memset(&o, 0, sizeof o);
    o.db = a.store.db;
    o.bind = a.bind;
    o.port = a.port == 0 ? -1 : (int)a.port;
    o.threads = (int)a.threads;
    o.query_ms = a.query_ms == 0 ? -1 : a.query_ms;
    o.header_ms = a.header_ms;
    o.max_connections = (int)a.max_connections;
    o.allow_hosts = a.hosts;
    o.log = cli_log;
    o.ready = ready;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int err = parley_serve_run(&o, &stop_flag);
    if (err == PARLEY_EINVAL || err == PARLEY_ENOENT)
        return EXIT_USAGE;
    return err ? EXIT_FATAL : EXIT_OK;
}
