/* fuzz_suite_tabari.c — libFuzzer target for the reader of TABARI's
 * validation suite (src/cameo/suite.c): the input as Validate.text, as
 * an options file and as a .project file. Records must come out with
 * terminated strings and at most PL_SUITE_MAX_EVENTS events, warnings
 * and errors as one line each, never a crash. */
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
    size_t *n = ud;
    if (!r->text || r->nexp > PL_SUITE_MAX_EVENTS || memchr(r->id, '\0', sizeof r->id) == NULL ||
        memchr(r->date, '\0', sizeof r->date) == NULL || o->code_by < 0 || o->code_by > 2)
        abort();
    for (size_t k = 0; k < r->nexp; k++)
        if (!memchr(r->exp[k].code, '\0', sizeof r->exp[k].code))
            abort();
    (void)strlen(r->text);
    return ++*n > 100000;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n = 0;
    pl_suite_reader rd = {"fuzz.text", check_log, NULL, check_record, &n, "", 0};
    pl_suite_opts o;
    pl_suite_defaults(&o, 0);
    int rc = pl_suite_read_tabari(&rd, (const char *)data, size, &o);
    if (rc < 0)
        check_line(rd.err);
    pl_suite_tabari_options_file(&o, (const char *)data, size);
    /* the project file is read as a C string */
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    free(pl_suite_project_value("dir/fuzz.project", s, "<verbsfile>"));
    free(s);
    return 0;
}
