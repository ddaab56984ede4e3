/* fuzz_dateline.c — libFuzzer target for pl_find_dateline, pl_parse_date
 * and util/date.c's pl_date_parse: whatever they accept must be a real
 * calendar date (checked here without util/date.c). */
#include "common.h"
#include "util/date.h"

static void check_date(const char out[11])
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? out[i] != '-' : (out[i] < '0' || out[i] > '9'))
            abort();
    if (out[10])
        abort();
    int y = atoi(out), m = atoi(out + 5), d = atoi(out + 8);
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        abort();
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100) || y % 400 == 0))
        abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char out[11];
    if (pl_find_dateline((const char *)data, size, out))
        check_date(out);
    if (pl_parse_date((const char *)data, size, out))
        check_date(out);
    /* pl_date_parse: a day written back as it was read is a real date; a
     * refusal says why */
    int32_t v;
    const char *why;
    int p = pl_date_parse((const char *)data, size, &v, &why);
    if (p == PL_DATE_DAY) {
        char iso[PL_DATE_ISO_MAX];
        if (pl_date_format(v, iso) != 10 || memcmp(iso, data, 10))
            abort();
        check_date(iso);
    } else if (p == PL_DATE_NONE && !why) {
        abort();
    }
    return 0;
}
