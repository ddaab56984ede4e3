/* date.c — facts about dates shared by every stage (see date.h). */
#include <string.h>

#include "parley.h"

#include "util/date.h"

const char *pl_date_precision(const char *iso)
{
    if (!iso)
        return NULL;
    switch (strlen(iso)) {
    case 10: return "day";
    case 7: return "month";
    case 4: return "year";
    default: return NULL;
    }
}

static int digits(const char *s, size_t n, int *v)
{
    *v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *v = *v * 10 + (s[i] - '0');
    }
    return 1;
}

int parley_date_valid(const char *s)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    int y, m, d;
    if ((n != 4 && n != 7 && n != 10) || !digits(s, 4, &y))
        return 0;
    if (n == 4)
        return 1;
    if (s[4] != '-' || !digits(s + 5, 2, &m) || m < 1 || m > 12)
        return 0;
    if (n == 7)
        return 1;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int last = mdays[m - 1] + (m == 2 && leap);
    return s[7] == '-' && digits(s + 8, 2, &d) && d >= 1 && d <= last;
}
