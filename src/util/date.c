/* date.c — dates shared by every stage (see date.h): checking, ISO
 * parsing and writing, precision, days-from-civil arithmetic (Howard
 * Hinnant's algorithms) and dates relative to a document's. */
#include <string.h>

#include "parley.h"

#include "util/date.h"

/* ---- checking ------------------------------------------------------------ */

int pl_date_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int pl_date_month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return days[m - 1] + (m == 2 && pl_date_leap(y));
}

const char *pl_date_check(int y, int m, int d)
{
    static const char *const has[] = {"January has 31 days",
                                      "February has 28 days, 29 in a leap year",
                                      "March has 31 days", "April has 30 days",
                                      "May has 31 days", "June has 30 days",
                                      "July has 31 days", "August has 31 days",
                                      "September has 30 days", "October has 31 days",
                                      "November has 30 days", "December has 31 days"};
    if (m == 0)
        return d ? "a day without a month" : NULL;
    if (m < 1 || m > 12)
        return "the month is not 1 to 12";
    if (d == 0)
        return NULL;
    if (d < 0)
        return "the day is not 1 to 31";
    if (d <= pl_date_month_days(y, m))
        return NULL;
    if (m == 2 && d == 29)
        return "February 29 is only in a leap year";
    return d > 31 ? "the day is not 1 to 31" : has[m - 1];
}

/* ---- ISO text ------------------------------------------------------------ */

/* The number of the n (2 or 4) digits at s, or -1 for any other byte. */
static int digits(const char *s, size_t n)
{
    unsigned a = (unsigned char)s[0] - '0', b = (unsigned char)s[1] - '0';
    if (a > 9 || b > 9)
        return -1;
    if (n == 2)
        return (int)(a * 10 + b);
    unsigned c = (unsigned char)s[2] - '0', d = (unsigned char)s[3] - '0';
    return c > 9 || d > 9 ? -1 : (int)(a * 1000 + b * 100 + c * 10 + d);
}

int pl_date_parse(const char *s, size_t n, int32_t *ymd, const char **why)
{
    static const char form[] = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    int y = -1, m = 0, d = 0;
    const char *bad = NULL;
    if (!s || (n != 4 && n != 7 && n != 10) || (y = digits(s, 4)) < 0 ||
        (n >= 7 && (s[4] != '-' || (m = digits(s + 5, 2)) < 0)) ||
        (n == 10 && (s[7] != '-' || (d = digits(s + 8, 2)) < 0)))
        bad = form;
    else if (n >= 7 && m == 0)
        bad = "the month is not 1 to 12";
    else if (n == 10 && d == 0)
        bad = "the day is not 1 to 31";
    else if (m > 12 || d > 28) /* (the first 28 days are in every month) */
        bad = pl_date_check(y, m, d);
    if (why)
        *why = bad;
    if (bad)
        return PL_DATE_NONE;
    if (ymd)
        *ymd = y * 10000 + m * 100 + d;
    return n == 4 ? PL_DATE_YEAR : n == 7 ? PL_DATE_MONTH : PL_DATE_DAY;
}

int parley_date_valid(const char *s)
{
    return s && pl_date_parse(s, strlen(s), NULL, NULL) != PL_DATE_NONE;
}

/* Writes v as at least w decimal digits; returns how many. */
static size_t put_num(char *o, int32_t v, int w)
{
    char t[12];
    int k = 0;
    do {
        t[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v || k < w);
    for (int i = 0; i < k; i++)
        o[i] = t[k - 1 - i];
    return (size_t)k;
}

/* Writes v (0 to 99) as two digits. */
static void put2(char *o, int v)
{
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233"
        "34353637383940414243444546474849505152535455565758596061626364656667"
        "6869707172737475767778798081828384858687888990919293949596979899";
    memcpy(o, pairs + 2 * v, 2);
}

size_t pl_date_format(int32_t ymd, char out[PL_DATE_ISO_MAX])
{
    if (ymd <= 0) {
        out[0] = '\0';
        return 0;
    }
    int y = ymd / 10000, md = ymd - y * 10000, m = md / 100, d = md - m * 100;
    size_t o = 4;
    if (y <= 9999) {
        int c = y / 100;
        put2(out, c);
        put2(out + 2, y - c * 100);
    } else {
        o = put_num(out, y, 4);
    }
    if (m) {
        out[o] = '-';
        put2(out + o + 1, m);
        o += 3;
        if (d) {
            out[o] = '-';
            put2(out + o + 1, d);
            o += 3;
        }
    }
    out[o] = '\0';
    return o;
}

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

/* ---- arithmetic ---------------------------------------------------------- */

long pl_date_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t pl_date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return (int32_t)(y * 10000 + m * 100 + d);
}

static long days_of(int32_t ymd)
{
    return pl_date_days(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

int32_t pl_date_add_days(int32_t ymd, int days)
{
    return pl_date_from_days(days_of(ymd) + days);
}

int pl_date_weekday(int32_t ymd)
{
    /* 1970-01-01 was a Thursday */
    return (int)(((days_of(ymd) % 7) + 7 + 3) % 7) + 1;
}

/* ---- relative to a document's date --------------------------------------- */

int32_t pl_date_weekday_back(int32_t doc, int wd)
{
    return pl_date_add_days(doc, -((pl_date_weekday(doc) - wd + 7) % 7));
}

int32_t pl_date_weekday_ahead(int32_t doc, int wd)
{
    int fwd = (wd - pl_date_weekday(doc) + 7) % 7;
    return pl_date_add_days(doc, fwd ? fwd : 7);
}

/* The most precise packed date that holds the days [start, end]. */
static int32_t span(int32_t start, int32_t end)
{
    if (start / 100 == end / 100)
        return start / 100 * 100;
    if (start / 10000 == end / 10000)
        return start / 10000 * 10000;
    return 0;
}

int32_t pl_date_previous(int32_t doc, int unit)
{
    int y = doc / 10000, m = doc / 100 % 100;
    switch (unit) {
    case PL_DATE_YEAR:
        return (y - 1) * 10000;
    case PL_DATE_MONTH:
        return m == 1 ? (y - 1) * 10000 + 1200 : y * 10000 + (m - 1) * 100;
    case PL_DATE_WEEK: {
        /* Monday to Sunday of the week before doc's */
        int32_t start = pl_date_add_days(doc, -(pl_date_weekday(doc) - 1) - 7);
        return span(start, pl_date_add_days(start, 6));
    }
    }
    return 0;
}

int32_t pl_date_current(int32_t doc, int unit)
{
    switch (unit) {
    case PL_DATE_YEAR:
        return doc / 10000 * 10000;
    case PL_DATE_MONTH:
        return doc / 100 * 100;
    case PL_DATE_WEEK:
        return span(pl_date_add_days(doc, -(pl_date_weekday(doc) - 1)), doc);
    }
    return 0;
}

int32_t pl_date_weekend(int32_t doc)
{
    int32_t sat = pl_date_weekday_back(doc, 6);
    return span(sat, pl_date_add_days(sat, 1));
}

int32_t pl_date_resolve(int32_t doc, int y, int m, int d)
{
    if (!y) {
        if (!doc)
            return 0;
        y = doc / 10000;
        int32_t v = y * 10000 + m * 100 + d;
        if (d && v > pl_date_add_days(doc, 7))
            y--;
        else if (!d && m > doc / 100 % 100 + 1)
            y--;
    }
    if (d && pl_date_check(y, m, d))
        return 0;
    return y * 10000 + m * 100 + d;
}
