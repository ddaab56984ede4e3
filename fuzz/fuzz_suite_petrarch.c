/* fuzz_suite_petrarch.c — libFuzzer target for the reader of PETRARCH's
 * validation suite (src/cameo/suite_xml.c): the input as
 * PETR.UnitTest.records.xml. Refused XML must give one error line,
 * records terminated strings and bounded events, never a crash. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/suite.h"

static void check_line(const char *msg)
{
    if (!msg || strchr(msg, '\n') || strlen(msg) >= 1000)
        abort();
}

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    if (severity != PARLEY_WARNING)
        abort();
    check_line(msg);
}

static int check_record(void *ud, const pl_suite_record *r, const pl_suite_opts *o)
{
    (void)ud;
    if (!r->text || r->nexp > PL_SUITE_MAX_EVENTS || !memchr(r->id, '\0', sizeof r->id) ||
        !memchr(r->cat, '\0', sizeof r->cat) || !memchr(r->date, '\0', sizeof r->date))
        abort();
    for (int k = 0; k < 6; k++)
        if (o->comma[k] < 0 || o->comma[k] >= 1000)
            abort();
    (void)strlen(r->text);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pl_suite_reader rd = {"dir/fuzz.xml", check_log, NULL, check_record, NULL, "", 0};
    (void)pl_suite_is_xml((const char *)data, size);
    pl_suite_xml *x;
    pl_suite_env env;
    int rc = pl_suite_xml_open(&rd, (const char *)data, size, &x, &env);
    if (rc) {
        check_line(rd.err);
        if (x || env.verbs)
            abort();
        return 0;
    }
    pl_suite_opts o;
    pl_suite_defaults(&o, 1);
    pl_suite_xml_read(&rd, x, &o);
    pl_suite_env_free(&env);
    pl_suite_xml_free(x);
    return 0;
}
