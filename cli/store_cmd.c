/* store_cmd.c — the store's commands: `parley ingest` (code articles into
 * a SQLite store, with a progress bar on a terminal), `parley query`
 * (filtered events as a table or in an export format), `parley export`
 * and `parley stats`. They only parse arguments and call libparley's
 * parley_store_* functions. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* ---- shared option parsing ------------------------------------------- */

/* Matches argv[*i] against --name (taking a value as the next argument or
 * after "=") and stores the value in *val. Returns 1 on a match, 0 when
 * it is another option, -1 when the value is missing (reported). */
static int optval(int argc, char **argv, int *i, const char *name,
                  const char **val)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n))
        return 0;
    if (a[n] == '=') {
        *val = a + n + 1;
        return 1;
    }
    if (a[n])
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "parley: %s needs a value\n", name);
        return -1;
    }
    *val = argv[++*i];
    return 1;
}

static int parse_long(const char *opt, const char *v, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || end == v || *end) {
        fprintf(stderr, "parley: %s: expected a number, not '%s'\n", opt, v);
        return -1;
    }
    *out = x;
    return 0;
}

/* The store's message about its last failure; a failure to record one
 * can only be a lack of memory. */
static const char *store_msg(const parley_store *st)
{
    const char *m = parley_store_errmsg(st);
    return *m ? m : "out of memory";
}

/* Options every store command takes. */
struct common {
    const char *db;
    long busy_ms;
};

/* Returns 1 when argv[*i] was one of the common options, 0 if not, -1 on
 * a bad value. */
static int common_opt(int argc, char **argv, int *i, struct common *c)
{
    const char *v;
    int m;
    if ((m = optval(argc, argv, i, "--db", &c->db)))
        return m;
    if ((m = optval(argc, argv, i, "--busy-timeout", &v)) <= 0)
        return m;
    return parse_long("--busy-timeout", v, &c->busy_ms) ? -1 : 1;
}

/* Returns 1 when argv[*i] was a filter option, 0 if not, -1 on error. */
static int filter_opt(int argc, char **argv, int *i, parley_store_filter *f)
{
    static const struct {
        const char *name;
        size_t off;
    } strs[] = {
        {"--actor", offsetof(parley_store_filter, actor)},
        {"--source", offsetof(parley_store_filter, source)},
        {"--target", offsetof(parley_store_filter, target)},
        {"--type", offsetof(parley_store_filter, type)},
        {"--cameo", offsetof(parley_store_filter, cameo)},
        {"--from", offsetof(parley_store_filter, from)},
        {"--to", offsetof(parley_store_filter, to)},
        {"--place", offsetof(parley_store_filter, place)},
        {"--topic", offsetof(parley_store_filter, topic)},
        {"--text", offsetof(parley_store_filter, text)},
        {"--doc", offsetof(parley_store_filter, doc)},
    };
    if (!strcmp(argv[*i], "--one-a-day")) {
        f->one_a_day = 1;
        return 1;
    }
    const char *v;
    int m;
    if ((m = optval(argc, argv, i, "--limit", &v))) {
        if (m < 0 || parse_long("--limit", v, &f->limit))
            return -1;
        return 1;
    }
    for (size_t k = 0; k < sizeof strs / sizeof strs[0]; k++)
        if ((m = optval(argc, argv, i, strs[k].name, &v))) {
            if (m > 0)
                *(const char **)((char *)f + strs[k].off) = v;
            return m;
        }
    return 0;
}

static const char filter_help[] =
    "filters (combined with AND):\n"
    "  --actor X       either side: country code (KAZ), organisation (UN),\n"
    "                  CAMEO actor code prefix (IGOUNO, KAZGOV) or a part of\n"
    "                  the person's name or of the mention (Nurtleu)\n"
    "  --source X, --target X   the same, one side only\n"
    "  --type T        PLOVER type (CONSULT, AGREE, SUPPORT, ...)\n"
    "  --cameo C       CAMEO event code prefix (04, 057)\n"
    "  --from D, --to D  event dates, YYYY[-MM[-DD]], inclusive\n"
    "  --place P       part of the place name, or its country code\n"
    "  --topic T       part of a topic\n"
    "  --text Q        full-text search in evidence sentences (FTS5 syntax;\n"
    "                  case and diacritics ignored); a plain lower-case word\n"
    "                  also finds its other forms (expel: expels, expelled;\n"
    "                  met: meet, meeting), a \"quoted\" one only itself,\n"
    "                  and expel* every word that starts so\n"
    "  --doc ID        one document\n"
    "  --one-a-day     the same date, source, target and CAMEO code from\n"
    "                  several documents count once (all evidence kept)\n"
    "  --limit N       at most N rows\n";

static const char common_help[] =
    "  --db DB            the store: a SQLite file, or a PostgreSQL URL\n"
    "                     (postgresql://user@host:port/dbname); required\n"
    "  --busy-timeout MS  wait this long for another writer's locks\n"
    "                     (default 5000)\n";

/* flags: enum parley_store_flags */
static int open_store(parley_store **st, const struct common *c, int flags)
{
    if (!c->db) {
        fprintf(stderr, "parley: --db DB is required\n");
        return EXIT_USAGE;
    }
    parley_store_opts o = {flags, c->busy_ms ? (int)c->busy_ms : 0};
    if (c->busy_ms < 0)
        o.busy_timeout_ms = -1;
    int rc = parley_store_open(st, c->db, &o);
    if (rc) {
        fprintf(stderr, "parley: %s\n", store_msg(*st));
        parley_store_close(*st);
        *st = NULL;
        return rc == PARLEY_ENOENT ? EXIT_USAGE : EXIT_FATAL;
    }
    return EXIT_OK;
}

/* ---- ingest ----------------------------------------------------------- */

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

static void quiet_log(void *ud, int severity, const char *msg)
{
    if (severity >= PARLEY_ERROR)
        cli_log(ud, severity, msg);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Documents are stored in batches, one transaction each, committed after
 * this many documents or this many seconds, whichever comes first: large
 * enough that the indexes are written once for many documents, small
 * enough that a kill loses little work (a rerun redoes it). */
#define BATCH_DOCS 5000
#define BATCH_SECONDS 2.0

struct ingest {
    parley_store *st;
    parley_lexicon *lx;
    parley_code_opts co;
    parley_batch *coder;  /* the coding threads (src/batch/) */
    parley_log_fn log;   /* messages, in input order */
    int force;
    /* docs: read so far; added, replaced, events: committed; the p_
     * counts are those of the open batch, not yet committed. */
    size_t docs, added, skipped, replaced, recoded, events;
    size_t p_docs, p_added, p_replaced, p_recoded, p_events;
    int stdin_stream; /* standard input is a pipe or terminal */
    int batch;        /* a batch is open */
    double batch_t0;
    int fatal, store_err;
    /* document ids of the run: duplicates skipped, clashes renamed */
    struct cli_ids *ids;
    parley_buf idbuf;
    size_t dups, renamed;
    /* progress */
    int tty;
    double t0, last;
    uint64_t total;        /* bytes of all input files; 0 if unknown */
    uint64_t done;         /* bytes of the files finished */
    uint64_t cur_size, cur_used;
    char *cur_origin;
};

static int add_size(void *ud, const char *file)
{
    struct stat sb;
    if (!strcmp(file, "-"))
        *(int64_t *)ud = -1;
    else if (*(int64_t *)ud >= 0 && stat(file, &sb) == 0)
        *(int64_t *)ud += sb.st_size;
    return 0;
}

static void fmt_time(char *out, size_t n, double s)
{
    long t = (long)(s + 0.5);
    if (t >= 3600)
        snprintf(out, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(out, n, "%ld:%02ld", t / 60, t % 60);
}

static void progress(struct ingest *g, int final)
{
    double t = now();
    if (!final && t - g->last < 0.1)
        return;
    g->last = t;
    double el = t - g->t0, rate = el > 0 ? g->docs / el : 0;
    char line[256];
    int n = 0;
    if (g->total) {
        uint64_t used = g->done + (g->cur_used < g->cur_size ? g->cur_used
                                                             : g->cur_size);
        double frac = (double)used / (double)g->total;
        if (frac > 1 || (final && !interrupted))
            frac = 1;
        char bar[26];
        int fill = (int)(frac * 24);
        for (int i = 0; i < 24; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[24] = '\0';
        n = snprintf(line, sizeof line, "[%s] %3.0f%% ", bar, frac * 100);
        if (!final && frac > 0.01 && frac < 1) {
            char eta[32];
            fmt_time(eta, sizeof eta, el / frac - el);
            snprintf(line + n, sizeof line - n,
                     "%zu docs, %zu events, %.0f docs/s, ETA %s", g->docs,
                     g->events, rate, eta);
        } else {
            snprintf(line + n, sizeof line - n, "%zu docs, %zu events, %.0f docs/s",
                     g->docs, g->events, rate);
        }
    } else {
        snprintf(line, sizeof line, "%zu docs, %zu events, %.0f docs/s",
                 g->docs, g->events, rate);
    }
    fprintf(stderr, "\r%s\033[K", line);
    if (final)
        fputc('\n', stderr);
    fflush(stderr);
}

static void track_bytes(struct ingest *g, const parley_doc *doc)
{
    const char *o = doc->origin ? doc->origin : "-";
    if (!g->cur_origin || strcmp(g->cur_origin, o)) {
        g->done += g->cur_size;
        g->cur_used = 0;
        struct stat sb;
        g->cur_size = strcmp(o, "-") && stat(o, &sb) == 0 ? (uint64_t)sb.st_size : 0;
        free(g->cur_origin);
        g->cur_origin = strdup(o);
    }
    /* The bytes a document took in its file, roughly: its fields plus
     * JSON punctuation. Good enough for an ETA. */
    g->cur_used += doc->text.n + doc->title.n + doc->id.n + doc->url.n +
                   doc->source.n + doc->date.n + 48;
}

/* Commits the open batch: its documents now count as ingested. Returns
 * 0, or -1 after reporting the error. */
static int commit_batch(struct ingest *g)
{
    if (!g->batch)
        return 0;
    g->batch = 0;
    if (parley_store_commit(g->st)) {
        if (g->tty)
            fputc('\n', stderr);
        fprintf(stderr, "parley: %s\n", store_msg(g->st));
        g->fatal = 1;
        return -1;
    }
    g->added += g->p_added;
    g->replaced += g->p_replaced;
    g->recoded += g->p_recoded;
    g->events += g->p_events;
    g->p_docs = g->p_added = g->p_replaced = g->p_recoded = g->p_events = 0;
    return 0;
}

/* Whether doc came from standard input as a pipe or terminal that has
 * nothing more to read just now: a feed that trickles in is committed as
 * it comes rather than held (with the write lock) until the batch fills. */
static int idle_stream(const struct ingest *g, const parley_doc *doc)
{
    if (!g->stdin_stream || (doc->origin && strcmp(doc->origin, "-")))
        return 0;
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    return poll(&p, 1, 0) == 0;
}

/* The store is in trouble: say so; the open batch is dropped when the
 * store is closed (its documents are not counted, and a rerun stores
 * them). Returns 1, to stop. */
static int store_error(struct ingest *g)
{
    if (g->tty)
        fputc('\n', stderr);
    fprintf(stderr, "parley: %s\n", store_msg(g->st));
    g->fatal = g->store_err = 1;
    return 1;
}

/* Commits the batch when it is full or old enough, or when the input
 * waits. Returns non-zero to stop. */
static int maybe_commit(struct ingest *g, const parley_doc *doc)
{
    if (g->batch &&
        (g->p_docs >= BATCH_DOCS || now() - g->batch_t0 >= BATCH_SECONDS ||
         idle_stream(g, doc)) &&
        commit_batch(g))
        return 1;
    if (g->tty)
        progress(g, 0);
    return 0;
}

/* Logs that doc replaced a stored document of the same id. */
static void say_replaced(struct ingest *g, const parley_doc *doc)
{
    parley_buf m = PARLEY_BUF_INIT, id = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    rc = rc || parley_buf_adds(&m, doc->origin ? doc->origin : "-");
    rc = rc || (doc->line && parley_buf_addf(&m, ":%zu", doc->line));
    rc = rc || parley_buf_addf(&m, ": document '%.100s' replaces the stored one of that "
                                   "id (its content changed)", id.p);
    if (g->tty)
        fputs("\r\033[K", stderr);
    g->log(NULL, PARLEY_WARNING, rc ? "out of memory" : m.p);
    parley_buf_release(&m);
    parley_buf_release(&id);
}

/* Stores one coded document; the batch hands them out in input order,
 * after their messages. */
static int store_done(void *ud, const parley_batch_item *it)
{
    struct ingest *g = ud;
    const parley_doc *doc = it->doc;
    const parley_result *res = it->result;
    if (it->err) { /* logged by the batch */
        g->fatal = 1;
        return 1;
    }
    size_t nev = parley_result_count(res);
    if (!g->batch) {
        if (parley_store_begin(g->st))
            return store_error(g);
        g->batch = 1;
        g->batch_t0 = now();
    }
    int rc = parley_store_put(g->st, doc, res);
    if (rc < 0)
        return store_error(g);
    if (rc == PARLEY_STORE_SKIPPED) {
        g->skipped++;
    } else {
        g->p_docs++;
        g->p_events += nev;
        if (rc == PARLEY_STORE_REPLACED) {
            g->p_replaced++;
            say_replaced(g, doc);
        } else if (rc == PARLEY_STORE_RECODED) {
            g->p_recoded++;
        } else {
            g->p_added++;
        }
    }
    return maybe_commit(g, doc);
}

/* A document read: its id checked against the run's (a duplicate is
 * dropped, a clash renamed), skipped when stored unchanged, else given to
 * the coding threads. */
static int ingest_doc(void *ud, const parley_doc *in)
{
    struct ingest *g = ud;
    if (interrupted)
        return 1;
    g->docs++;
    if (g->tty)
        track_bytes(g, in);
    parley_doc renamed = *in;
    const parley_doc *doc = in;
    /* messages of this thread keep their place among the coder's */
    int rc = cli_ids_check(g->ids, in, &g->idbuf, parley_batch_log, g->coder);
    if (rc == CLI_ID_DUPLICATE) {
        g->dups++;
        return 0;
    }
    if (rc == CLI_ID_RENAMED) {
        renamed.id = (parley_str){g->idbuf.p, g->idbuf.n};
        doc = &renamed;
        g->renamed++;
    } else if (rc < 0) {
        fprintf(stderr, "parley: %s: %s\n", in->origin ? in->origin : "-",
                parley_strerror(rc));
        g->fatal = 1;
        return 1;
    }
    rc = g->force ? 0 : parley_store_has(g->st, doc);
    if (rc < 0)
        return store_error(g);
    if (rc == 1) {
        g->skipped++;
        /* a long run of skipped documents must not hold the batch open */
        return maybe_commit(g, doc);
    }
    /* the batch copies doc (and a renamed id) */
    rc = parley_batch_submit(g->coder, doc);
    if (rc == PARLEY_ENOMEM) {
        fprintf(stderr, "parley: out of memory\n");
        g->fatal = 1;
        return 1;
    }
    return rc;
}

static void ingest_usage(FILE *f)
{
    fprintf(f,
            "usage: parley ingest --db DB [options] [INPUT...]\n"
            "\n"
            "Codes articles (files, directories, '-' for stdin; stdin when no\n"
            "INPUT) and stores documents, sentences and events in DB, in\n"
            "transactions of up to 5000 documents or two seconds. A document\n"
            "already stored with the same content is skipped; a changed one\n"
            "replaces its events. Interrupted, killed or stopped by an error,\n"
            "a run keeps every committed transaction; run it again to finish.\n"
            "\n"
            "options:\n"
            "%s"
            "  --input-format F   input format (default auto: by extension, or\n"
            "                     for stdin by content), one of:\n",
            common_help);
    cli_input_formats_help(f, 21);
    fprintf(f,
            "  --date YYYY-MM-DD  date for documents that give none\n"
            "  --lexicon DIR      dictionaries that add to the built-in ones\n"
            "  --no-builtin       do not load the built-in dictionaries\n"
            "  --negated          also code negated events, marked negated\n"
            CLI_DICTS_HELP
            "  --force            re-code documents even when unchanged\n"
            "  -j N, --threads N  code N documents at once while storing the\n"
            "                     coded ones (default 1; 0: all cores)\n"
            "  -q, --quiet        no progress bar and no warnings, only errors\n"
            "                     and the summary line\n"
            "  -h, --help         show this help\n"
            "\n"
            "exit status: 0 ok, 1 some input unreadable or malformed, 2 bad\n"
            "command line, 3 store error (locked, read-only, full, corrupt).\n");
}

int cmd_ingest(int argc, char **argv)
{
    struct common c = {0};
    const char *fmt = NULL, *date = NULL, *lexdir = NULL;
    int quiet = 0, force = 0, no_builtin = 0, nin = 0, negated = 0;
    long threads = 1;
    const char *jv = NULL;
    struct cli_dicts dicts;
    memset(&dicts, 0, sizeof dicts);
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    if (!inputs) {
        fprintf(stderr, "parley: out of memory\n");
        return EXIT_FATAL;
    }
    int only_inputs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int m;
        if (only_inputs || a[0] != '-' || !strcmp(a, "-")) {
            inputs[nin++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            only_inputs = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            ingest_usage(stdout);
            free(inputs);
            return EXIT_OK;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (!strcmp(a, "--force")) {
            force = 1;
        } else if (!strcmp(a, "--negated")) {
            negated = 1;
        } else if (!strcmp(a, "--no-builtin")) {
            no_builtin = 1;
        } else if ((m = optval(argc, argv, &i, "-j", &jv)) ||
                   (m = optval(argc, argv, &i, "--threads", &jv))) {
            int bad_j = m < 0 || parse_long("-j", jv, &threads);
            if (!bad_j && (threads < 0 || threads > 256)) {
                fprintf(stderr, "parley: -j: expected a number of threads"
                        " from 0 to 256\n");
                bad_j = 1;
            }
            if (bad_j) {
                free(inputs);
                return EXIT_USAGE;
            }
        } else if ((m = common_opt(argc, argv, &i, &c)) ||
                   (m = cli_dicts_option(argc, argv, &i, &dicts)) ||
                   (m = optval(argc, argv, &i, "--input-format", &fmt)) ||
                   (m = optval(argc, argv, &i, "--date", &date)) ||
                   (m = optval(argc, argv, &i, "--lexicon", &lexdir))) {
            if (m < 0) {
                free(inputs);
                return EXIT_USAGE;
            }
        } else {
            fprintf(stderr, "parley: ingest: unknown option '%s'\n", a);
            ingest_usage(stderr);
            free(inputs);
            return EXIT_USAGE;
        }
    }
    if (date && (strlen(date) != 10 || !parley_date_valid(date))) {
        fprintf(stderr, "parley: --date wants a date YYYY-MM-DD, got '%s'\n", date);
        free(inputs);
        return EXIT_USAGE;
    }
    /* As for parley code: --quiet keeps errors, drops warnings. */
    parley_log_fn log = quiet ? quiet_log : cli_log;
    parley_ingest_opts io = {PARLEY_FORMAT_AUTO, date, log, NULL, NULL};
    if (fmt && (io.format = cli_input_format("ingest", fmt)) < 0) {
        free(inputs);
        return EXIT_USAGE;
    }
    struct ingest g;
    memset(&g, 0, sizeof g);
    g.force = force;
    g.co.log = log;
    g.log = log;
    parley_buf_init(&g.idbuf);
    int rc = open_store(&g.st, &c, force ? PARLEY_STORE_FORCE : 0);
    if (rc) {
        free(inputs);
        return rc;
    }
    parley_lexicon_opts lo = {lexdir, no_builtin, log, NULL};
    size_t bad = 0;
    if ((rc = parley_lexicon_load(&g.lx, &lo, &bad))) {
        fprintf(stderr, "parley: cannot load the lexicon: %s\n",
                parley_strerror(rc));
        parley_store_close(g.st);
        free(inputs);
        return EXIT_FATAL; /* as in parley code (README, exit codes) */
    }
    if (dicts.strict && bad) { /* as for the CAMEO dictionaries */
        fprintf(stderr, "parley: --strict: %zu malformed line%s in the lexicon\n", bad,
                bad == 1 ? "" : "s");
        parley_lexicon_free(g.lx);
        parley_store_close(g.st);
        free(inputs);
        return EXIT_FATAL;
    }
    parley_cameo *cameo = NULL;
    size_t dict_bad = 0;
    if ((rc = cli_dicts_load(&dicts, log, &cameo, &dict_bad))) {
        parley_lexicon_free(g.lx);
        parley_store_close(g.st);
        free(inputs);
        return EXIT_FATAL;
    }
    g.co.cameo = cameo;
    g.co.default_date = date;
    g.co.negated = negated;
    if (threads == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? n : 1;
    }
    parley_batch_opts bo;
    memset(&bo, 0, sizeof bo);
    bo.threads = (int)threads;
    bo.code = g.co;
    bo.log = log;
    bo.done = store_done;
    bo.ud = &g;
    if (parley_batch_new(&g.coder, g.lx, &bo)) {
        fprintf(stderr, "parley: out of memory\n");
        parley_cameo_free(cameo);
        parley_lexicon_free(g.lx);
        parley_store_close(g.st);
        free(inputs);
        return EXIT_FATAL;
    }
    /* A file-size limit (ulimit -f) should fail the write, which SQLite
     * reports, rather than kill the process. */
    signal(SIGXFSZ, SIG_IGN);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    g.tty = !quiet && isatty(STDERR_FILENO);
    if (g.tty) {
        int64_t total = 0;
        char *stdin_only[] = {"-"};
        char **ins = nin ? inputs : stdin_only;
        for (int i = 0; i < (nin ? nin : 1); i++)
            parley_walk(ins[i], add_size, &total, NULL, NULL);
        g.total = total > 0 ? (uint64_t)total : 0;
    }
    struct stat in_sb;
    g.stdin_stream = fstat(STDIN_FILENO, &in_sb) == 0 && !S_ISREG(in_sb.st_mode);
    g.t0 = g.last = now();
    /* malformed dictionary lines: warnings, fatal with --strict (above);
     * as in parley code */
    (void)dict_bad;
    size_t input_errors = 0;
    if (cli_ids_new(&g.ids)) {
        fprintf(stderr, "parley: out of memory\n");
        g.fatal = 1;
    } else {
        /* the reader's messages keep their place among the coder's */
        io.log = parley_batch_log;
        io.log_ud = g.coder;
    }
    if (!g.fatal && cli_for_each_doc(inputs, nin, &io, ingest_doc, &g, &input_errors) ==
               PARLEY_ENOMEM) {
        g.fatal = 1;
    }
    input_errors += g.renamed;
    /* What is coded is stored, also after an interrupt or a coding error;
     * after a store error the batch is dropped (parley_store_close). */
    if (!g.fatal)
        parley_batch_finish(g.coder);
    parley_batch_free(g.coder);
    if (!g.store_err)
        commit_batch(&g);
    if (g.tty && !g.fatal)
        progress(&g, 1);
    double el = now() - g.t0;
    char more[128] = "";
    int m = 0;
    if (g.recoded)
        m = snprintf(more, sizeof more, ", %zu re-coded", g.recoded);
    if (g.dups || g.renamed)
        snprintf(more + m, sizeof more - (size_t)m, ", %zu duplicate%s dropped, %zu renamed",
                 g.dups, g.dups == 1 ? "" : "s", g.renamed);
    fprintf(stderr,
            "%singested %zu documents (%zu skipped, %zu replaced%s), %zu events "
            "in %.1f s%s\n",
            quiet || g.tty ? "" : "parley: ", g.added + g.replaced + g.recoded, g.skipped,
            g.replaced, more, g.events, el,
            interrupted ? " (interrupted; run again to finish)" : "");
    parley_cameo_free(cameo);
    parley_lexicon_free(g.lx);
    parley_store_close(g.st);
    cli_ids_free(g.ids);
    parley_buf_release(&g.idbuf);
    free(g.cur_origin);
    free(inputs);
    if (g.fatal)
        return EXIT_FATAL;
    if (interrupted)
        return 128 + SIGINT;
    return input_errors ? EXIT_INPUT : EXIT_OK;
}

/* ---- query / export --------------------------------------------------- */

static int write_out(void *ud, const char *p, size_t n)
{
    FILE *f = ud;
    return fwrite(p, 1, n, f) == n ? 0 : PARLEY_EIO;
}

/* Display width of UTF-8 text, counting one column per code point. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Appends s padded or cut (with "…") to exactly w columns. */
static void cell(parley_buf *b, const char *s, size_t w, int pad)
{
    size_t sw = width(s);
    if (sw <= w) {
        parley_buf_adds(b, s);
        if (pad)
            for (size_t i = sw; i < w; i++)
                parley_buf_addc(b, ' ');
        return;
    }
    size_t cols = 0;
    const char *p = s;
    while (*p && cols < w - 1) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80)
            p++;
        cols++;
    }
    parley_buf_add(b, s, (size_t)(p - s));
    parley_buf_adds(b, "\u2026");
}

static void actor_label(parley_buf *b, const parley_actor *a)
{
    const char *cc = a->country ? a->country : a->org;
    if (a->name && cc)
        parley_buf_addf(b, "%s (%s)", a->name, cc);
    else if (a->name)
        parley_buf_adds(b, a->name);
    else if (a->country && a->org)
        parley_buf_addf(b, "%s/%s", a->country, a->org);
    else if (cc)
        parley_buf_adds(b, cc);
    else if (a->code)
        parley_buf_adds(b, a->code);
    else if (a->text.n)
        parley_buf_add(b, a->text.p, a->text.n);
    else
        parley_buf_adds(b, "?");
}

/* Rows of the table format are kept until the end so that the columns
 * can be aligned to their content. */
struct table {
    char **cells; /* 5 per row: date, type, actors, place, evidence */
    size_t n, cap;
    int nomem;
};

static char *squash(const char *s)
{
    /* One line per row: line breaks and tabs in evidence become spaces. */
    char *d = strdup(s ? s : "");
    if (d)
        for (char *p = d; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
    return d;
}

static int table_row(void *ud, const parley_store_row *r)
{
    struct table *t = ud;
    if (t->n + 5 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 320;
        char **c = realloc(t->cells, cap * sizeof *c);
        if (!c) {
            t->nomem = 1;
            return 1;
        }
        t->cells = c;
        t->cap = cap;
    }
    parley_buf b = PARLEY_BUF_INIT;
    actor_label(&b, &r->ev.source);
    parley_buf_adds(&b, " \u2192 ");
    actor_label(&b, &r->ev.target);
    parley_buf e = PARLEY_BUF_INIT;
    if (r->nmerged > 1)
        parley_buf_addf(&e, "(%zu docs) ", r->nmerged);
    parley_buf_adds(&e, r->evidence);
    parley_buf p = PARLEY_BUF_INIT;
    if (r->ev.place.name)
        parley_buf_adds(&p, r->ev.place.name);
    char *type = NULL;
    if (r->ev.negated) {
        parley_buf tb = PARLEY_BUF_INIT;
        parley_buf_addf(&tb, "not %s", r->ev.type);
        type = parley_buf_detach(&tb, NULL);
    } else {
        type = strdup(r->ev.type ? r->ev.type : "");
    }
    char **c = t->cells + t->n;
    c[0] = strdup(r->ev.date ? r->ev.date : "-");
    c[1] = type;
    c[2] = squash(b.p);
    c[3] = squash(p.n ? p.p : "-");
    c[4] = squash(e.p);
    parley_buf_release(&b);
    parley_buf_release(&e);
    parley_buf_release(&p);
    t->n += 5;
    for (int i = 0; i < 5; i++)
        if (!c[i])
            t->nomem = 1;
    return t->nomem;
}

static int term_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col >= 40)
        return ws.ws_col;
    const char *c = getenv("COLUMNS");
    int n = c ? atoi(c) : 0;
    return n >= 40 ? n : 120;
}

static int print_table(struct table *t, FILE *out)
{
    static const char *const head[5] = {"date", "type", "source \u2192 target",
                                        "place", "evidence"};
    static const size_t maxw[4] = {10, 14, 60, 24};
    size_t w[5];
    for (int k = 0; k < 4; k++) {
        w[k] = width(head[k]);
        for (size_t i = k; i < t->n; i += 5)
            if (width(t->cells[i]) > w[k])
                w[k] = width(t->cells[i]);
        if (w[k] > maxw[k])
            w[k] = maxw[k];
    }
    int tw = term_width();
    int used = (int)(w[0] + w[1] + w[2] + w[3] + 8);
    w[4] = tw - used > 20 ? (size_t)(tw - used) : 20;
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t i = 0; i < t->n + 5; i += 5) {
        const char *const *row = i ? (const char *const *)t->cells + i - 5 : head;
        for (int k = 0; k < 5; k++) {
            cell(&b, row[k], w[k], k < 4);
            parley_buf_adds(&b, k < 4 ? "  " : "\n");
        }
        if (fwrite(b.p, 1, b.n, out) != b.n) {
            parley_buf_release(&b);
            return -1;
        }
        parley_buf_reset(&b);
    }
    parley_buf_release(&b);
    return 0;
}

static void query_usage(FILE *f, int export)
{
    fprintf(f,
            "usage: parley %s --db DB [filters] [--format F]%s\n"
            "\n"
            "%s"
            "\n"
            "options:\n"
            "%s"
            "  --format F   %s\n",
            export ? "export" : "query", export ? " [-o FILE]" : "",
            export ? "Writes stored events (all, or those matching the filters)\n"
                     "in an exchange format.\n"
                   : "Lists stored events matching the filters, ordered by date.\n",
            common_help,
            export ? "output format (default jsonl), one of:"
                   : "output format (default table), one of:");
    if (!export)
        fprintf(f, "%15s%-12s %s\n", "", "table", "aligned columns, evidence cut to the terminal");
    cli_output_formats_help(f, 15);
    fprintf(f,
            "%s"
            "  -h, --help   show this help\n"
            "\n"
            "%s"
            "\n"
            "exit status: 0 ok (also when nothing matched), 2 bad command\n"
            "line or no such database, 3 store error.\n",
            export ? "  -o FILE      write to FILE instead of standard output\n" : "",
            filter_help);
}

static int query_or_export(int argc, char **argv, int export)
{
    struct common c = {0};
    parley_store_filter f;
    memset(&f, 0, sizeof f);
    const char *fmt = NULL, *outpath = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int m;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            query_usage(stdout, export);
            return EXIT_OK;
        }
        if ((m = common_opt(argc, argv, &i, &c)) ||
            (m = filter_opt(argc, argv, &i, &f)) ||
            (m = optval(argc, argv, &i, "--format", &fmt)) ||
            (export && (m = optval(argc, argv, &i, "-o", &outpath))) ||
            (export && (m = optval(argc, argv, &i, "--output", &outpath)))) {
            if (m < 0)
                return EXIT_USAGE;
            continue;
        }
        fprintf(stderr, "parley: %s: unexpected argument '%s'\n",
                export ? "export" : "query", a);
        query_usage(stderr, export);
        return EXIT_USAGE;
    }
    int table = !export && (!fmt || !strcmp(fmt, "table"));
    int format = PARLEY_EXPORT_JSONL;
    if (!table && fmt && (format = cli_output_format(export ? "export" : "query", fmt)) < 0)
        return EXIT_USAGE;
    parley_store *st;
    int rc = open_store(&st, &c, PARLEY_STORE_READONLY);
    if (rc)
        return rc;
    FILE *out = stdout;
    if (outpath && strcmp(outpath, "-") && !(out = fopen(outpath, "w"))) {
        fprintf(stderr, "parley: %s: %s\n", outpath, strerror(errno));
        parley_store_close(st);
        return EXIT_FATAL;
    }
    int status = EXIT_OK;
    if (table) {
        struct table t = {0};
        rc = parley_store_query(st, &f, table_row, &t);
        if (rc == 0 && !t.nomem && print_table(&t, out))
            rc = PARLEY_EIO;
        if (t.nomem)
            rc = PARLEY_ENOMEM;
        for (size_t i = 0; i < t.n; i++)
            free(t.cells[i]);
        free(t.cells);
    } else {
        rc = parley_store_export(st, &f, format, write_out, out);
    }
    if (rc == PARLEY_EIO || fflush(out) || ferror(out)) {
        fprintf(stderr, "parley: cannot write the output: %s\n", strerror(errno));
        status = EXIT_FATAL;
    } else if (rc) {
        const char *m = parley_store_errmsg(st);
        fprintf(stderr, "parley: %s\n", *m ? m : parley_strerror(rc));
        status = rc == PARLEY_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    }
    if (out != stdout && fclose(out)) {
        fprintf(stderr, "parley: %s: %s\n", outpath, strerror(errno));
        status = EXIT_FATAL;
    }
    parley_store_close(st);
    return status;
}

int cmd_query(int argc, char **argv)
{
    return query_or_export(argc, argv, 0);
}

int cmd_export(int argc, char **argv)
{
    return query_or_export(argc, argv, 1);
}

/* ---- stats ------------------------------------------------------------ */

static int print_stat(void *ud, const char *group, const char *key, int64_t n)
{
    const char **last = ud;
    static const struct {
        const char *group, *title;
    } titles[] = {{"type", "events by type"},
                  {"month", "events by month"},
                  {"pair", "top actor pairs"}};
    if (!key) {
        printf("%-10s %lld\n", group, (long long)n);
        return 0;
    }
    if (!*last || strcmp(*last, group)) {
        for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
            if (!strcmp(titles[i].group, group))
                printf("\n%s\n", titles[i].title);
        *last = group;
    }
    printf("  %-28s %8lld\n", key, (long long)n);
    return 0;
}

int cmd_stats(int argc, char **argv)
{
    struct common c = {0};
    int check = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int m;
        if (!strcmp(a, "--check")) {
            check = 1;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            printf("usage: parley stats --db DB [--check]\n\n"
                   "Prints the number of documents, sentences and events,\n"
                   "events by type and by month, and the ten most frequent\n"
                   "actor pairs (CAMEO actor codes, else country, org, name).\n"
                   "\noptions:\n%s"
                   "  --check            first verify the store (SQLite: integrity,\n"
                   "                     foreign keys, full-text indexes;\n"
                   "                     PostgreSQL: counters and summaries\n"
                   "                     against the events); prints\n"
                   "                     'integrity: ok'\n",
                   common_help);
            return EXIT_OK;
        }
        if ((m = common_opt(argc, argv, &i, &c))) {
            if (m < 0)
                return EXIT_USAGE;
            continue;
        }
        fprintf(stderr, "parley: stats: unexpected argument '%s'\n", a);
        return EXIT_USAGE;
    }
    parley_store *st;
    int rc = open_store(&st, &c, PARLEY_STORE_READONLY);
    if (rc)
        return rc;
    const char *last = NULL;
    if (check) {
        rc = parley_store_check(st);
        if (rc) {
            fprintf(stderr, "parley: %s\n", store_msg(st));
            parley_store_close(st);
            return EXIT_FATAL;
        }
        printf("integrity: ok\n");
    }
    rc = parley_store_stats(st, print_stat, &last);
    if (rc)
        fprintf(stderr, "parley: %s\n", store_msg(st));
    parley_store_close(st);
    if (fflush(stdout) || ferror(stdout))
        return EXIT_FATAL;
    return rc ? EXIT_FATAL : EXIT_OK;
}

/* ---- shared with other store commands (cli/aggregate.c) ---------------- */

int cli_store_common_opt(int argc, char **argv, int *i, const char **db,
                         long *busy_ms)
{
    struct common c = {*db, *busy_ms};
    int m = common_opt(argc, argv, i, &c);
    *db = c.db;
    *busy_ms = c.busy_ms;
    return m;
}

int cli_store_filter_opt(int argc, char **argv, int *i, parley_store_filter *f)
{
    return filter_opt(argc, argv, i, f);
}

int cli_store_optval(int argc, char **argv, int *i, const char *name,
                     const char **val)
{
    return optval(argc, argv, i, name, val);
}

int cli_store_open(parley_store **st, const char *db, long busy_ms)
{
    struct common c = {db, busy_ms};
    return open_store(st, &c, PARLEY_STORE_READONLY);
}

const char *cli_store_filter_help(void)
{
    return filter_help;
}

const char *cli_store_common_help(void)
{
    return common_help;
}
