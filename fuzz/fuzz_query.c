/* fuzz_query.c — libFuzzer target for the query-string parser of
 * `parley serve` (src/serve/qs.c) and the API's parameter handling: what
 * the parser accepts must be unique, non-empty keys and values of valid
 * UTF-8 without NUL bytes; whatever it refuses must come with a one-line
 * message. The API routes are then run on the same query against no
 * store, which must answer 4xx/5xx JSON without crashing. */
#include <jansson.h>

#include "common.h"
#include "serve/serve.h"

static void check(const char *s)
{
    if (!pl_utf8_valid(s, strlen(s), NULL))
        abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    serve_qs q;
    char err[160];
    err[0] = 0;
    int rc = pl_serve_qs_parse(&q, (const char *)data, size, err, sizeof err);
    if (rc == 0) {
        if (q.n > SERVE_MAX_PARAMS)
            abort();
        for (size_t i = 0; i < q.n; i++) {
            if (!q.key[i][0])
                abort();
            check(q.key[i]);
            check(q.val[i]);
            if (pl_serve_qs_get(&q, q.key[i]) != q.val[i])
                abort(); /* keys are unique: the first is the only one */
        }
        pl_serve_qs_free(&q);
    } else if (rc == PARLEY_EINVAL) {
        if (!err[0] || strchr(err, '\n') || !pl_utf8_valid(err, strlen(err), NULL))
            abort();
    } else if (rc != PARLEY_ENOMEM) {
        abort();
    }
    /* Percent-decoding a path: never longer than its input. */
    char *dst = malloc(size + 1);
    if (dst) {
        long n = pl_serve_pct_decode(dst, (const char *)data, size, 0);
        if (n > (long)size || (n >= 0 && (strlen(dst) != (size_t)n)))
            abort();
        free(dst);
    }
    /* Parameter checks of each route; with no store, everything that gets
     * past them fails as a bad store: never a 200, always one JSON body. */
    static const char *const routes[] = {"/api/events", "/api/actors",
                                         "/api/stats", "/api/graph",
                                         "/api/series", "/api/map",
                                         "/api/export",
                                         "/api/events/x", "/nope"};
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        serve_resp r = {0, NULL, PARLEY_BUF_INIT, NULL, NULL};
        pl_serve_api(NULL, NULL, routes[i], (const char *)data, size, &r, NULL, NULL);
        if (r.status < 400 || r.status > 599 || !r.body.p)
            abort();
        json_t *j = json_loadb(r.body.p, r.body.n, 0, NULL);
        if (!j || !json_is_object(j) || !json_is_string(json_object_get(j, "error")))
            abort();
        json_decref(j);
        parley_buf_release(&r.body);
    }
    return 0;
}
