/* server.c — the HTTP layer of `parley serve` (src/serve/): libmicrohttpd
 * with a thread per connection, a pool of read-only store connections
 * lent to one request at a time, request limits (URI length, header
 * count, no bodies, Host names, a deadline for the headers, a connection
 * cap, a time budget per request), the embedded web assets and the JSON
 * API (api.c). Nothing is read from disk but the store. */
#include <arpa/inet.h>
#include <errno.h>
#include <strings.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "serve/mhd.h"
#include "serve/serve.h"

/* A pool of read-only store handles: a store handle is not thread-safe,
 * so each request borrows one for its duration. */
struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    parley_store **st;
    int *busy;
    int n;
};

struct server {
    struct pool pool;
    serve_cache *cache;
    long query_ms;
    parley_log_fn log;
    void *log_ud;
    pthread_mutex_t log_mu;
    serve_conns conns;
    const char *const *allow_hosts;
};

/* Per request: the raw URI, kept from MHD's URI callback before MHD
 * rewrites it in place. */
struct req {
    char *uri;
    size_t len;
    int too_long;
    const char *raw; /* the URI where MHD keeps it (its request buffer) */
};

/* A free store handle, waiting for one until deadline (CLOCK_REALTIME;
 * NULL: as long as it takes). NULL when none came free in time. */
static parley_store *borrow(struct pool *p, const struct timespec *deadline)
{
    pthread_mutex_lock(&p->mu);
    for (;;) {
        for (int i = 0; i < p->n; i++)
            if (!p->busy[i]) {
                p->busy[i] = 1;
                pthread_mutex_unlock(&p->mu);
                return p->st[i];
            }
        if (!deadline)
            pthread_cond_wait(&p->cv, &p->mu);
        else if (pthread_cond_timedwait(&p->cv, &p->mu, deadline) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void give_back(struct pool *p, parley_store *st)
{
    pthread_mutex_lock(&p->mu);
    for (int i = 0; i < p->n; i++)
        if (p->st[i] == st)
            p->busy[i] = 0;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

static void slog(struct server *s, const char *msg)
{
    if (!s->log)
        return;
    pthread_mutex_lock(&s->log_mu);
    s->log(s->log_ud, PARLEY_ERROR, msg);
    pthread_mutex_unlock(&s->log_mu);
}

static void api_log(void *ud, int severity, const char *msg)
{
    (void)severity;
    slog(ud, msg);
}

static void *uri_cb(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    struct req *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    size_t n = strlen(uri);
    r->raw = uri;
    if (n > SERVE_MAX_URI) {
        r->too_long = 1;
        return r;
    }
    r->uri = malloc(n + 1);
    if (!r->uri) {
        free(r);
        return NULL;
    }
    memcpy(r->uri, uri, n + 1);
    r->len = n;
    return r;
}

static serve_conn *conn_of(struct MHD_Connection *c)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
    struct server *s = cls;
    (void)toe;
    pl_serve_conns_request(&s->conns, conn_of(c), 0);
    struct req *r = *con_cls;
    if (r) {
        free(r->uri);
        free(r);
    }
    *con_cls = NULL;
}

static enum MHD_Result count_header(void *cls, enum MHD_ValueKind kind,
                                    const char *k, const char *v)
{
    (void)kind;
    (void)k;
    (void)v;
    (*(int *)cls)++;
    return MHD_YES;
}

static void common_headers(struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum MHD_Result send_resp(struct MHD_Connection *c, serve_resp *r)
{
    size_t n = 0;
    char *body = parley_buf_detach(&r->body, &n);
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        n, body ? body : (char *)"", body ? MHD_RESPMEM_MUST_FREE
                                          : MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(body);
        return MHD_NO;
    }
    common_headers(resp);
    MHD_add_response_header(resp, "Content-Type", r->type);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (r->allow)
        MHD_add_response_header(resp, "Allow", r->allow);
    if (r->disposition)
        MHD_add_response_header(resp, "Content-Disposition", r->disposition);
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status,
                                  const char *msg, const char *allow)
{
    serve_resp r = {0, NULL, PARLEY_BUF_INIT, allow, NULL};
    pl_serve_error(&r, status, msg, NULL);
    return send_resp(c, &r);
}

static enum MHD_Result send_asset(struct MHD_Connection *c,
                                  const serve_asset *a)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        a->len, (void *)a->data, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    common_headers(resp);
    MHD_add_response_header(resp, "Content-Type", a->type);
    MHD_add_response_header(resp, "Cache-Control", "no-cache");
    MHD_add_response_header(
        resp, "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self';"
        " img-src 'self' data:; connect-src 'self'; font-src 'self';"
        " base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}

/* Whether the Host header names this server: an IP address (a browser
 * page can only send one for a page of that address, so DNS rebinding
 * cannot use it), "localhost", or a name given with --allow-host ("*":
 * any). A request without Host (HTTP/1.0) passes; libmicrohttpd refuses
 * HTTP/1.1 without one. (issue 13, D8) */
static int host_ok(const struct server *s, const char *host)
{
    if (!host)
        return 1;
    char name[256];
    size_t n = strlen(host);
    if (n >= sizeof name)
        return 0;
    memcpy(name, host, n + 1);
    if (name[0] == '[') { /* [v6]:port */
        char *e = strchr(name, ']');
        if (!e || (e[1] && e[1] != ':'))
            return 0;
        *e = '\0';
        struct in6_addr a6;
        if (inet_pton(AF_INET6, name + 1, &a6) == 1)
            return 1;
        *e = ']';
        e[1] = '\0';
    } else {
        char *colon = strrchr(name, ':');
        if (colon)
            *colon = '\0';
        struct in_addr a4;
        if (inet_pton(AF_INET, name, &a4) == 1)
            return 1;
    }
    if (!strcasecmp(name, "localhost"))
        return 1;
    for (const char *const *h = s->allow_hosts; h && *h; h++)
        if (!strcmp(*h, "*") || !strcasecmp(*h, name))
            return 1;
    return 0;
}

static void on_connection(void *cls, struct MHD_Connection *c,
                          void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    struct server *s = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        *socket_context = ci ? pl_serve_conns_opened(&s->conns, ci->connect_fd) : NULL;
    } else {
        pl_serve_conns_closed(&s->conns, *socket_context);
        *socket_context = NULL;
    }
}

/* The end of a request's time budget, from now (query_ms > 0). */
static struct timespec budget_end(long ms)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    t.tv_sec += ms / 1000;
    t.tv_nsec += (ms % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static long ms_left(const struct timespec *end)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    long ms = (long)(end->tv_sec - t.tv_sec) * 1000 + (end->tv_nsec - t.tv_nsec) / 1000000L;
    return ms > 0 ? ms : 1;
}

/* An API request: /healthz without the store (it must answer while
 * every store handle is busy: D7), the rest with a store handle borrowed
 * within the request's time budget, whose remainder limits its queries. */
static void api(struct server *s, const char *path, char *uri, const char *query,
                size_t qlen, serve_resp *resp)
{
    if (!strcmp(path, "/healthz")) {
        pl_serve_api(NULL, NULL, "/healthz", query, qlen, resp, api_log, s);
        return;
    }
    struct timespec end;
    if (s->query_ms > 0)
        end = budget_end(s->query_ms);
    parley_store *st = borrow(&s->pool, s->query_ms > 0 ? &end : NULL);
    if (!st) {
        pl_serve_error(resp, 503, "the server is busy; try again", NULL);
        return;
    }
    parley_store_time_limit(st, s->query_ms > 0 ? ms_left(&end) : 0);
    pl_serve_api(st, s->cache, uri, query, qlen, resp, api_log, s);
    parley_store_time_limit(st, 0);
    give_back(&s->pool, st);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
                              const char *url, const char *method,
                              const char *version, const char *upload_data,
                              size_t *upload_size, void **con_cls)
{
    (void)url;
    (void)upload_data;
    struct server *s = cls;
    struct req *r = *con_cls;
    if (!r)
        return send_error(c, 500, "out of memory", NULL);
    if (r->uri == NULL && !r->too_long)
        return MHD_NO; /* a later call for a request already answered */
    pl_serve_conns_request(&s->conns, conn_of(c), 1);
    if (r->too_long) {
        r->too_long = 0;
        return send_error(c, 414, "request URI too long (at most 4096 bytes)",
                          NULL);
    }
    /* libmicrohttpd hands the URI over as a C string: a raw NUL in it
     * would cut it silently (D8). Its request line is "METHOD URI
     * VERSION" in one buffer, the space after the URI made a NUL, so the
     * version starts right after the URI's end unless a NUL came first. */
    if (version && r->raw && version > r->raw + r->len + 1 &&
        version < r->raw + r->len + 1 + 2 * SERVE_MAX_URI) {
        free(r->uri);
        r->uri = NULL;
        return send_error(c, 400, "a NUL byte in the request URI", NULL);
    }
    int nh = 0;
    MHD_get_connection_values(c, MHD_HEADER_KIND, count_header, &nh);
    const char *cl =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    const char *te =
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding");
    char *uri = r->uri;
    size_t ulen = r->len;
    r->uri = NULL; /* answered on this call; freed below */
    enum MHD_Result ret;
    if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
        ret = send_error(c, 405, "method not allowed: use GET", "GET, HEAD");
        goto out;
    }
    if (nh > SERVE_MAX_HEADERS) {
        ret = send_error(c, 431, "too many request headers (at most 64)",
                         NULL);
        goto out;
    }
    if (!host_ok(s, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host"))) {
        ret = send_error(c, 403, "this Host is not served here: use an IP address or"
                         " localhost, or start the server with --allow-host NAME", NULL);
        goto out;
    }
    if ((cl && strcmp(cl, "0")) || te || *upload_size) {
        ret = send_error(c, 413, "request body not allowed (GET takes none)",
                         NULL);
        goto out;
    }
    /* Path and query from the raw URI. The path is percent-decoded;
     * anything that does not decode, or that is not exactly a route or an
     * embedded asset, is a 404 — there are no files to traverse to. */
    char *q = memchr(uri, '?', ulen);
    size_t plen = q ? (size_t)(q - uri) : ulen;
    const char *query = q ? q + 1 : "";
    size_t qlen = q ? ulen - plen - 1 : 0;
    char *path = malloc(plen + 1);
    if (!path) {
        ret = send_error(c, 500, "out of memory", NULL);
        goto out;
    }
    if (pl_serve_pct_decode(path, uri, plen, 0) < 0 || path[0] != '/') {
        free(path);
        ret = send_error(c, 404, "no such resource", NULL);
        goto out;
    }
    if (!strncmp(path, "/api/", 5) || !strcmp(path, "/healthz")) {
        serve_resp resp = {0, NULL, PARLEY_BUF_INIT, NULL, NULL};
        /* The API gets the raw path: ids may hold an encoded '/'. */
        uri[plen] = '\0';
        api(s, path, uri, query, qlen, &resp);
        ret = send_resp(c, &resp);
    } else {
        const serve_asset *a = pl_serve_asset_find(path);
        ret = a ? send_asset(c, a) : send_error(c, 404, "no such resource", NULL);
    }
    free(path);
out:
    free(uri);
    return ret;
}

static void mhd_panic(void *cls, const char *file, unsigned line,
                      const char *reason)
{
    (void)cls;
    (void)file;
    (void)line;
    (void)reason;
    abort();
}

int parley_serve_run(const parley_serve_opts *o, volatile int *stop)
{
    if (!o || !o->db || !stop)
        return PARLEY_EINVAL;
    const char *bind = o->bind && *o->bind ? o->bind : "127.0.0.1";
    int port = o->port == 0 ? 8080 : o->port;
    if (port < -1 || port > 65535) {
        if (o->log)
            o->log(o->log_ud, PARLEY_ERROR, "--port: expected 1 to 65535");
        return PARLEY_EINVAL;
    }
    if (port == -1)
        port = 0;
    struct sockaddr_in a4;
    struct sockaddr_in6 a6;
    memset(&a4, 0, sizeof a4);
    memset(&a6, 0, sizeof a6);
    struct sockaddr *sa;
    /* A thread per connection: a request waiting for the store blocks
     * only its own connection (D7); the connection cap bounds them. */
    unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                     MHD_USE_POLL;
    if (inet_pton(AF_INET, bind, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons((uint16_t)port);
        sa = (struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, bind, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons((uint16_t)port);
        sa = (struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        if (o->log) {
            char m[160];
            snprintf(m, sizeof m, "--bind: '%.80s' is not an IPv4 or IPv6"
                     " address", bind);
            o->log(o->log_ud, PARLEY_ERROR, m);
        }
        return PARLEY_EINVAL;
    }

    struct server s;
    memset(&s, 0, sizeof s);
    s.log = o->log;
    s.log_ud = o->log_ud;
    s.query_ms = o->query_ms == 0 ? 10000 : o->query_ms < 0 ? 0 : o->query_ms;
    s.allow_hosts = o->allow_hosts;
    size_t cap = o->max_connections > 0 ? (size_t)o->max_connections : 256;
    pl_serve_conns_init(&s.conns, cap,
                     (o->header_ms > 0 ? (double)o->header_ms : 10000.0) / 1000.0);
    int n = o->threads > 0 ? o->threads : 4;
    if (n > 64)
        n = 64;
    pthread_mutex_init(&s.log_mu, NULL);
    pthread_mutex_init(&s.pool.mu, NULL);
    pthread_cond_init(&s.pool.cv, NULL);
    s.pool.st = calloc((size_t)n, sizeof *s.pool.st);
    s.pool.busy = calloc((size_t)n, sizeof *s.pool.busy);
    int err = 0;
    s.cache = pl_serve_cache_new();
    if (!s.pool.st || !s.pool.busy || !s.cache) {
        err = PARLEY_ENOMEM;
        goto done;
    }
    /* a locked database is waited for no longer than a request's budget */
    parley_store_opts so = {PARLEY_STORE_READONLY,
                            s.query_ms > 0 && s.query_ms < 5000 ? (int)s.query_ms : 0};
    for (int i = 0; i < n; i++) {
        err = parley_store_open(&s.pool.st[i], o->db, &so);
        s.pool.n = i + 1;
        if (err) {
            if (o->log)
                o->log(o->log_ud, PARLEY_ERROR,
                       parley_store_errmsg(s.pool.st[i]));
            goto done;
        }
    }
    const char *why;
    if (pl_mhd_load(&why)) {
        if (o->log) {
            char m[300];
            snprintf(m, sizeof m, "cannot load libmicrohttpd: %.250s", why);
            o->log(o->log_ud, PARLEY_ERROR, m);
        }
        err = PARLEY_EIO;
        goto done;
    }
    MHD_set_panic_func(mhd_panic, NULL);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, handle, &s,
        MHD_OPTION_SOCK_ADDR, sa,
        /* room above the cap for the connections being closed to make
         * room (pl_serve_conns_opened) */
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)(2 * cap + 16),
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15,
        MHD_OPTION_THREAD_STACK_SIZE, (size_t)(1 << 20),
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, &s,
        /* Request line and headers must fit in this (MHD answers 414 or
         * 431 itself beyond it); responses are buffers of their own. */
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32 * 1024),
        MHD_OPTION_URI_LOG_CALLBACK, uri_cb, NULL,
        MHD_OPTION_NOTIFY_COMPLETED, completed, &s,
        MHD_OPTION_END);
    if (!d) {
        if (o->log) {
            char m[200];
            snprintf(m, sizeof m, "cannot listen on %.80s port %d (in use,"
                     " or not an address of this machine)", bind, port);
            o->log(o->log_ud, PARLEY_ERROR, m);
        }
        err = PARLEY_EIO;
        goto done;
    }
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    if (o->ready)
        o->ready(o->ready_ud, bind, info ? (int)info->port : port);
    struct timespec ts = {0, 100 * 1000 * 1000};
    while (!*stop) {
        nanosleep(&ts, NULL);
        pl_serve_conns_sweep(&s.conns);
    }
    MHD_stop_daemon(d);
done:
    for (int i = 0; i < s.pool.n; i++)
        parley_store_close(s.pool.st[i]);
    free(s.pool.st);
    free(s.pool.busy);
    pl_serve_cache_free(s.cache);
    pthread_cond_destroy(&s.pool.cv);
    pthread_mutex_destroy(&s.pool.mu);
    pthread_mutex_destroy(&s.log_mu);
    pl_serve_conns_destroy(&s.conns);
    return err;
}
