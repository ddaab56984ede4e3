/* test_serve.c — unit tests of src/serve: the query-string parser and
 * percent-decoding (hostile escapes, NUL bytes, invalid UTF-8, duplicate
 * and excess parameters), the API's parameter checks without a store,
 * and the embedded assets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"

static int parse(serve_qs *q, const char *s, char *err)
{
    return pl_serve_qs_parse(q, s, strlen(s), err, 160);
}

static void qs_decodes_pairs(void **state)
{
    (void)state;
    serve_qs q;
    char err[160];
    assert_int_equal(parse(&q, "actor=M%C3%BCrat+Nurtleu&type=CONSULT&&x&empty=", err), 0);
    assert_int_equal(q.n, 4);
    assert_string_equal(pl_serve_qs_get(&q, "actor"), "Mürat Nurtleu");
    assert_string_equal(pl_serve_qs_get(&q, "type"), "CONSULT");
    assert_string_equal(pl_serve_qs_get(&q, "x"), "");
    assert_string_equal(pl_serve_qs_get(&q, "empty"), "");
    assert_null(pl_serve_qs_get(&q, "missing"));
    pl_serve_qs_free(&q);
    assert_int_equal(parse(&q, "", err), 0);
    assert_int_equal(q.n, 0);
    pl_serve_qs_free(&q);
    /* '=' inside a value is kept; '+' in a key is a space. */
    assert_int_equal(parse(&q, "a+b=c=d", err), 0);
    assert_string_equal(pl_serve_qs_get(&q, "a b"), "c=d");
    pl_serve_qs_free(&q);
}

static void qs_refuses_hostile_input(void **state)
{
    (void)state;
    static const struct {
        const char *in, *msg;
    } bad[] = {
        {"actor=%zz", "actor: malformed value"},
        {"actor=%4", "actor: malformed value"},
        {"actor=%", "actor: malformed value"},
        {"actor=%00", "actor: malformed value"},
        {"actor=%ff%fe", "actor: malformed value"},
        {"actor=%C3", "actor: malformed value"},
        {"actor=%ED%A0%80", "actor: malformed value"}, /* a surrogate */
        {"actor=%C0%AF", "actor: malformed value"},    /* overlong '/' */
        {"%zz=1", "malformed parameter name"},
        {"=1", "empty parameter name"},
        {"%20=1&=2", "empty parameter name"},
        {"a=1&b=2&a=3", "a: given more than once"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        serve_qs q;
        char err[160] = "";
        int rc = parse(&q, bad[i].in, err);
        if (rc != PARLEY_EINVAL || !strstr(err, bad[i].msg))
            fail_msg("'%s': rc %d, message '%s', want '%s'", bad[i].in, rc,
                     err, bad[i].msg);
        assert_int_equal(q.n, 0);
        assert_null(q.mem);
    }
    /* More parameters than SERVE_MAX_PARAMS. */
    char many[1024] = "";
    for (int i = 0; i <= SERVE_MAX_PARAMS; i++) {
        char one[16];
        snprintf(one, sizeof one, "%sp%d=1", i ? "&" : "", i);
        size_t used = strlen(many);
        snprintf(many + used, sizeof many - used, "%s", one);
    }
    serve_qs q;
    char err[160];
    assert_int_equal(parse(&q, many, err), PARLEY_EINVAL);
    assert_non_null(strstr(err, "too many parameters"));
    /* A key in a message is cut and made printable. */
    assert_int_equal(parse(&q, "%0A%22x=1&%0A%22x=2", err), PARLEY_EINVAL);
    assert_null(strchr(err, '\n'));
    assert_null(strchr(err, '"'));
}

static void pct_decode_paths(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(pl_serve_pct_decode(out, "/a%2Fb+c", 8, 0), 6);
    assert_string_equal(out, "/a/b+c");
    assert_int_equal(pl_serve_pct_decode(out, "/a%2Fb+c", 8, 1), 6);
    assert_string_equal(out, "/a/b c");
    assert_int_equal(pl_serve_pct_decode(out, "%2e%2E", 6, 0), 2);
    assert_string_equal(out, "..");
    assert_int_equal(pl_serve_pct_decode(out, "/x%00.js", 8, 0), -1);
    assert_int_equal(pl_serve_pct_decode(out, "%G0", 3, 0), -1);
    assert_int_equal(pl_serve_pct_decode(out, "ab%", 3, 0), -1);
    /* Only n bytes are read, even when a '%' is the last of them. */
    assert_int_equal(pl_serve_pct_decode(out, "ab%41", 3, 0), -1);
    assert_int_equal(pl_serve_pct_decode(out, "", 0, 0), 0);
    assert_string_equal(out, "");
}

/* The API's answer for path?query with no store: parameters are checked
 * before the store is touched. */
static int api_status(const char *path, const char *query, char *body,
                      size_t bn)
{
    serve_resp r = {0, NULL, PARLEY_BUF_INIT, NULL, NULL};
    pl_serve_api(NULL, NULL, path, query, strlen(query), &r, NULL, NULL);
    snprintf(body, bn, "%s", r.body.p ? r.body.p : "");
    parley_buf_release(&r.body);
    return r.status;
}

static void api_names_bad_parameters(void **state)
{
    (void)state;
    char b[512];
    static const struct {
        const char *path, *query, *param;
        int status;
    } cases[] = {
        {"/api/events", "type=MEET", "type", 400},
        {"/api/events", "limit=0", "limit", 400},
        {"/api/events", "limit=501", "limit", 400},
        {"/api/events", "limit=12abc", "limit", 400},
        {"/api/events", "colour=red", "colour", 400},
        {"/api/events", "actor=a&actor=b", "actor", 400},
        {"/api/graph", "nodes=201", "nodes", 400},
        {"/api/stats", "pairs=-1", "pairs", 400},
        {"/api/stats", "cursor=x", "cursor", 400},  /* not a stats parameter */
        {"/api/actors", "actor=KAZ", "actor", 400}, /* nor an actors one */
        {"/healthz", "x=1", "x", 400},
        {"/api/documents/a", "limit=1", "limit", 400},
        {"/api/graph", "level=galaxy", "level", 400},
        {"/api/stats", "level=", "level", 400},
        {"/api/events", "level=country", "level", 400}, /* not an events one */
        {"/api/series", "by=fortnight", "by", 400},
        {"/api/series", "group=pairs", "group", 400},
        {"/api/series", "negated=2", "negated", 400},
        {"/api/series", "nodes=3", "nodes", 400},
        {"/api/map", "by=week", "by", 400},
        {"/api/map", "negated=yes", "negated", 400},
        {"/api/export", "format=xml", "format", 400},
        {"/api/export", "limit=10", "limit", 400},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int st = api_status(cases[i].path, cases[i].query, b, sizeof b);
        char want[64];
        snprintf(want, sizeof want, "\"parameter\": \"%s\"", cases[i].param);
        if (st != cases[i].status || !strstr(b, want))
            fail_msg("%s?%s: status %d body %s, want %d naming %s",
                     cases[i].path, cases[i].query, st, b, cases[i].status,
                     cases[i].param);
    }
    static const char *const missing[] = {"/api", "/api/", "/api/events/",
                                          "/api/documents/", "/api/x",
                                          "/api/documents/a/b", "/healthz/"};
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++)
        if (api_status(missing[i], "", b, sizeof b) != 404)
            fail_msg("%s: want 404, got %s", missing[i], b);
    assert_int_equal(api_status("/healthz", "", b, sizeof b), 200);
    assert_non_null(strstr(b, "\"status\": \"ok\""));
}

static void assets_are_embedded(void **state)
{
    (void)state;
    const serve_asset *a = pl_serve_asset_find("/");
    assert_non_null(a);
    assert_string_equal(a->path, "/index.html");
    assert_non_null(strstr(a->type, "text/html"));
    assert_true(a->len > 100);
    assert_non_null(pl_serve_asset_find("/app.js"));
    assert_non_null(pl_serve_asset_find("/app.css"));
    assert_null(pl_serve_asset_find("/../index.html"));
    assert_null(pl_serve_asset_find("/index.html/"));
    assert_null(pl_serve_asset_find(""));
    assert_null(pl_serve_asset_find("/web/app.js"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(qs_decodes_pairs),
        cmocka_unit_test(qs_refuses_hostile_input),
        cmocka_unit_test(pct_decode_paths),
        cmocka_unit_test(api_names_bad_parameters),
        cmocka_unit_test(assets_are_embedded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
