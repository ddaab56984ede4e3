/* server.c — the HTTP layer of `parley serve` (src/serve/): libmicrohttpd
 * with a small thread pool, one read-only store connection per worker,
 * request limits (URI length, header count, no bodies), the embedded web
 * assets and the JSON API (api.c). Nothing is read from disk but the
 * store. */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

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
};

/* Per request: the raw URI, kept from MHD's URI callback before MHD
 * rewrites it in place. */
struct req {
    char *uri;
    size_t len;
    int too_long;
};

static parley_store *borrow(struct pool *p)
{
    pthread_mutex_lock(&p->mu);
    for (;;) {
        for (int i = 0; i < p->n; i++)
            if (!p->busy[i]) {
                p->busy[i] = 1;
                pthread_mutex_unlock(&p->mu);
                return p->st[i];
            }
        pthread_cond_wait(&p->cv, &p->mu);
    }
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

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
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
    serve_error(&r, status, msg, NULL);
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

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
                              const char *url, const char *method,
                              const char *version, const char *upload_data,
                              size_t *upload_size, void **con_cls)
{
    (void)url;
    (void)version;
    (void)upload_data;
    struct server *s = cls;
    struct req *r = *con_cls;
    if (!r)
        return send_error(c, 500, "out of memory", NULL);
    if (r->uri == NULL && !r->too_long)
        return MHD_NO; /* a later call for a request already answered */
    if (r->too_long) {
        r->too_long = 0;
        return send_error(c, 414, "request URI too long (at most 4096 bytes)",
                          NULL);
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
    if (serve_pct_decode(path, uri, plen, 0) < 0 || path[0] != '/') {
        free(path);
        ret = send_error(c, 404, "no such resource", NULL);
        goto out;
    }
    if (!strncmp(path, "/api/", 5) || !strcmp(path, "/healthz")) {
        serve_resp resp = {0, NULL, PARLEY_BUF_INIT, NULL, NULL};
        parley_store *st = borrow(&s->pool);
        /* The API gets the raw path: ids may hold an encoded '/'. */
        uri[plen] = '\0';
        parley_store_time_limit(st, s->query_ms);
        serve_api(st, s->cache, uri, query, qlen, &resp, api_log, s);
        parley_store_time_limit(st, 0);
        give_back(&s->pool, st);
        ret = send_resp(c, &resp);
    } else {
        const serve_asset *a = serve_asset_find(path);
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
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
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
    int n = o->threads > 0 ? o->threads : 4;
    if (n > 64)
        n = 64;
    pthread_mutex_init(&s.log_mu, NULL);
    pthread_mutex_init(&s.pool.mu, NULL);
    pthread_cond_init(&s.pool.cv, NULL);
    s.pool.st = calloc((size_t)n, sizeof *s.pool.st);
    s.pool.busy = calloc((size_t)n, sizeof *s.pool.busy);
    int err = 0;
    s.cache = serve_cache_new();
    if (!s.pool.st || !s.pool.busy || !s.cache) {
        err = PARLEY_ENOMEM;
        goto done;
    }
    parley_store_opts so = {PARLEY_STORE_READONLY, 0};
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
    MHD_set_panic_func(mhd_panic, NULL);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, handle, &s,
        MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)n,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15,
        /* Request line and headers must fit in this (MHD answers 414 or
         * 431 itself beyond it); responses are buffers of their own. */
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32 * 1024),
        MHD_OPTION_URI_LOG_CALLBACK, uri_cb, NULL,
        MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
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
    while (!*stop)
        nanosleep(&ts, NULL);
    MHD_stop_daemon(d);
done:
    for (int i = 0; i < s.pool.n; i++)
        parley_store_close(s.pool.st[i]);
    free(s.pool.st);
    free(s.pool.busy);
    serve_cache_free(s.cache);
    pthread_cond_destroy(&s.pool.cv);
    pthread_mutex_destroy(&s.pool.mu);
    pthread_mutex_destroy(&s.log_mu);
    return err;
}
