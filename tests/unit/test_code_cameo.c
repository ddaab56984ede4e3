/* test_code_cameo.c — parley_code with the community's CAMEO dictionaries
 * (parley_code_opts.cameo): the dictionary events merged into the result
 * own every string they carry, the actors' sectors included, after the
 * CAMEO result they came from is freed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parley.h"

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void dictionary_events_keep_their_sectors(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-code-cameo-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char verbs[64], actors[64], agents[64];
    snprintf(verbs, sizeof verbs, "%s/t.verbs", dir);
    snprintf(actors, sizeof actors, "%s/t.actors", dir);
    snprintf(agents, sizeof agents, "%s/t.agents", dir);
    write_file(verbs, "EXPEL  [161]\n");
    /* actors the built-in lexicon does not know, so that the event is the
     * dictionaries' alone */
    write_file(actors, "ARNOR_  [ARN]\nGONDORIAN_  [GON]\n");
    write_file(agents, "DIPLOMATS  [~GOV]\n");
    const char *actor_files[] = {actors};
    parley_cameo_opts co = {verbs, actor_files, 1, agents, NULL, NULL, 0, 1, NULL, NULL};
    parley_cameo *cameo;
    assert_int_equal(parley_cameo_load(&cameo, &co, NULL), 0);
    parley_lexicon *lx;
    assert_int_equal(parley_lexicon_load(&lx, NULL, NULL), 0);

    const char *text = "Arnor expels Gondorian diplomats.";
    parley_doc doc = {0};
    doc.id.p = "d", doc.id.n = 1;
    doc.date.p = "2024-05-04", doc.date.n = 10;
    doc.text.p = text, doc.text.n = strlen(text);
    parley_code_opts o = {0};
    o.cameo = cameo;
    parley_result *r;
    assert_int_equal(parley_code(lx, &doc, &o, &r), 0);
    /* reuse what was freed, so that a dangling string shows */
    enum { N = 64 };
    char *junk[N];
    for (int i = 0; i < N; i++) {
        junk[i] = malloc(4096);
        assert_non_null(junk[i]);
        memset(junk[i], 'x', 4096);
    }
    const parley_event *found = NULL;
    for (size_t i = 0; i < parley_result_count(r); i++) {
        const parley_event *e = parley_result_event(r, i);
        if (!strcmp(e->coder, "dictionary") && e->target.code &&
            !strcmp(e->target.code, "GONGOV"))
            found = e;
    }
    assert_non_null(found);
    assert_string_equal(found->cameo, "161");
    assert_non_null(found->target.sector);
    assert_string_equal(found->target.sector, "GOV");
    assert_null(found->source.sector); /* a bare country */
    for (int i = 0; i < N; i++)
        free(junk[i]);
    parley_result_free(r);
    parley_lexicon_free(lx);
    parley_cameo_free(cameo);
    unlink(verbs);
    unlink(actors);
    unlink(agents);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dictionary_events_keep_their_sectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
