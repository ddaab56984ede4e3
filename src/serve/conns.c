/* conns.c — the connections of `parley serve` (src/serve/), kept apart
 * from libmicrohttpd's own bookkeeping so that slow clients cannot hold
 * the server (issue 13, D5): each connection must send a request's line
 * and headers within a deadline, and past the connection cap the oldest
 * connection still sending one is closed to make room. */
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

#include "serve/serve.h"

struct serve_conn {
    struct serve_conn *prev, *next; /* oldest first */
    int fd;
    double since;   /* connected, or its last request answered */
    int in_request; /* its headers are in; being answered */
    int cut;        /* shut down by us; closing */
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void pl_serve_conns_init(serve_conns *cs, size_t cap, double header_s)
{
    pthread_mutex_init(&cs->mu, NULL);
    cs->head = cs->tail = NULL;
    cs->n = 0;
    cs->cap = cap;
    cs->header_s = header_s;
    cs->cut_slow = cs->cut_full = 0;
}

void pl_serve_conns_destroy(serve_conns *cs)
{
    pthread_mutex_destroy(&cs->mu);
}

static void unlink_conn(serve_conns *cs, serve_conn *c)
{
    if (c->prev)
        c->prev->next = c->next;
    else
        cs->head = c->next;
    if (c->next)
        c->next->prev = c->prev;
    else
        cs->tail = c->prev;
    c->prev = c->next = NULL;
}

static void append(serve_conns *cs, serve_conn *c)
{
    c->prev = cs->tail;
    c->next = NULL;
    if (cs->tail)
        cs->tail->next = c;
    else
        cs->head = c;
    cs->tail = c;
}

/* Ends a connection from outside its thread: libmicrohttpd sees the
 * socket shut and closes it (the fd stays open until it has told us, in
 * pl_serve_conns_closed, so this never hits another connection's fd). */
static void cut(serve_conn *c)
{
    c->cut = 1;
    shutdown(c->fd, SHUT_RDWR);
}

serve_conn *pl_serve_conns_opened(serve_conns *cs, int fd)
{
    serve_conn *c = calloc(1, sizeof *c);
    if (!c) {
        shutdown(fd, SHUT_RDWR); /* cannot be watched: not served */
        return NULL;
    }
    c->fd = fd;
    c->since = now();
    pthread_mutex_lock(&cs->mu);
    append(cs, c);
    cs->n++;
    if (cs->n > cs->cap) {
        serve_conn *victim = NULL;
        for (serve_conn *o = cs->head; o && !victim; o = o->next)
            if (!o->in_request && !o->cut)
                victim = o;
        cut(victim ? victim : c);
        cs->cut_full++;
    }
    pthread_mutex_unlock(&cs->mu);
    return c;
}

void pl_serve_conns_closed(serve_conns *cs, serve_conn *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->mu);
    unlink_conn(cs, c);
    cs->n--;
    pthread_mutex_unlock(&cs->mu);
    free(c);
}

void pl_serve_conns_request(serve_conns *cs, serve_conn *c, int started)
{
    if (!c)
        return;
    pthread_mutex_lock(&cs->mu);
    c->in_request = started;
    if (!started) { /* the next request's deadline starts now */
        c->since = now();
        unlink_conn(cs, c);
        append(cs, c);
    }
    pthread_mutex_unlock(&cs->mu);
}

void pl_serve_conns_sweep(serve_conns *cs)
{
    double t = now();
    pthread_mutex_lock(&cs->mu);
    for (serve_conn *c = cs->head; c; c = c->next)
        if (!c->in_request && !c->cut && t - c->since > cs->header_s) {
            cut(c);
            cs->cut_slow++;
        }
    pthread_mutex_unlock(&cs->mu);
}
