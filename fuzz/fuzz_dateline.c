/* fuzz_dateline.c — libFuzzer target for pl_find_dateline and
 * pl_parse_date: whatever they accept must be a real calendar date. */
#include "common.h"

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
    return 0;
}
