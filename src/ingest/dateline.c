/* dateline.c — dates of documents: parsing metadata values (ISO 8601,
 * RFC 822, written-out dates) and finding a dateline near the top of an
 * article's text ("SEOUL, Sept. 26, 2025 --", "26 September 2023"). */
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/date.h"
#include "util/fold.h"

#define DATELINE_WINDOW 400
#define DATELINE_SLACK 40 /* a date starting in the window may end past it */

static int digit(char c) { return c >= '0' && c <= '9'; }
static int alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Reads lo..hi digits at *i that are not followed by another digit. */
static int num(const char *s, size_t n, size_t *i, int lo, int hi, int *v)
{
    size_t j = *i;
    int x = 0, k = 0;
    while (j < n && digit(s[j]) && k <= hi) {
        x = x * 10 + (s[j] - '0');
        j++, k++;
    }
    if (k < lo || k > hi)
        return 0;
    *v = x;
    *i = j;
    return 1;
}

static const char *const month_names[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};

/* A month name at *i, full or abbreviated to 3 letters ("sept" and
 * "febr" too), any case, optionally followed by a dot. */
static int month(const char *s, size_t n, size_t *i, int *m)
{
    size_t j = *i, len = 0;
    while (j + len < n && alpha(s[j + len]) && len < 10)
        len++;
    if (len < 3 || (j + len < n && alpha(s[j + len])))
        return 0;
    for (int k = 0; k < 12; k++) {
        const char *name = month_names[k];
        size_t full = strlen(name), t;
        if (len > full)
            continue;
        for (t = 0; t < len; t++)
            if (pl_ascii_lower(s[j + t]) != name[t])
                break;
        if (t < len)
            continue;
        /* a prefix: the full name, 3 letters, or "sept"/"febr" */
        if (len != full && len != 3 && !(len == 4 && (k == 8 || k == 1)))
            continue;
        j += len;
        if (j < n && s[j] == '.')
            j++;
        *m = k + 1;
        *i = j;
        return 1;
    }
    return 0;
}

/* Month names of the languages whose outlets also publish in English
 * and keep their own datelines ("BOGOTÁ, 14 de noviembre de 2026"):
 * Spanish, Portuguese, French, Italian, German, Russian, Ukrainian,
 * Turkish, Polish, Indonesian, Malay and Dutch; full names and the
 * abbreviations that are no English word or month, read only between a
 * day and a year. */
static const struct {
    const char *name;
    int month;
} foreign_months[] = {
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"janeiro", 1}, {"fevereiro", 2}, {"mar\xc3\xa7o", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    {"janvier", 1}, {"f\xc3\xa9vrier", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4},
    {"mai", 5}, {"juin", 6}, {"juillet", 7}, {"ao\xc3\xbbt", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xc3\xa9" "cembre", 12},
    {"decembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"januar", 1}, {"februar", 2}, {"m\xc3\xa4rz", 3}, {"juni", 6}, {"juli", 7},
    {"oktober", 10}, {"dezember", 12},
    /* abbreviations that are not English ones ("14 set 2026", Lusa) */
    {"ene", 1}, {"fev", 2}, {"abr", 4}, {"ago", 8}, {"set", 9}, {"out", 10},
    {"dez", 12}, {"dic", 12}, {"janv", 1}, {"f\xc3\xa9vr", 2}, {"avr", 4}, {"juil", 7},
    {"d\xc3\xa9" "c", 12}, {"gen", 1}, {"mag", 5}, {"giu", 6}, {"lug", 7}, {"ott", 10},
    {"okt", 10}, {"m\xc3\xa4r", 3},
    /* Russian and Ukrainian, in the genitive of a date ("14 ноября
     * 2026", "14 листопада 2026"), lower case as written */
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5},
    {"июня", 6}, {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10},
    {"ноября", 11}, {"декабря", 12},
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5},
    {"червня", 6}, {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10},
    {"листопада", 11}, {"грудня", 12},
    /* Turkish ("5 Kasım 2026 Perşembe"), as written and without its
     * letters ı, ş, ğ, ü */
    {"ocak", 1}, {"\xc5\x9f" "ubat", 2}, {"subat", 2}, {"mart", 3}, {"nisan", 4},
    {"may\xc4\xb1s", 5}, {"mayis", 5}, {"haziran", 6}, {"temmuz", 7},
    {"a\xc4\x9fustos", 8}, {"agustos", 8}, {"eyl\xc3\xbcl", 9}, {"eylul", 9}, {"ekim", 10},
    {"kas\xc4\xb1m", 11}, {"kasim", 11}, {"aral\xc4\xb1k", 12}, {"aralik", 12},
    /* Polish, in the genitive of a date ("3 grudnia 2026") */
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5},
    {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8}, {"wrze\xc5\x9bnia", 9}, {"wrzesnia", 9},
    {"pa\xc5\xba" "dziernika", 10}, {"pazdziernika", 10}, {"listopada", 11}, {"grudnia", 12},
    /* Indonesian and Malay ("3 Desember 2026", "3 Disember 2026") and
     * Dutch ("3 maart 2026") */
    {"januari", 1}, {"februari", 2}, {"maret", 3}, {"mac", 3}, {"mei", 5}, {"jun", 6},
    {"julai", 7}, {"agustus", 8}, {"ogos", 8}, {"desember", 12}, {"disember", 12},
    {"maart", 3}, {"augustus", 8}};

/* A month's name in one of those languages at *i (a word of ASCII
 * letters and UTF-8 bytes, at most 24 bytes, ASCII case ignored), and an
 * abbreviation's dot. */
static int foreign_month(const char *s, size_t n, size_t *i, int *m)
{
    size_t j = *i, len = 0;
    while (j + len < n && (alpha(s[j + len]) || (unsigned char)s[j + len] >= 0x80) && len < 24)
        len++;
    if (len < 3 || (j + len < n && (alpha(s[j + len]) || (unsigned char)s[j + len] >= 0x80)))
        return 0;
    for (size_t k = 0; k < sizeof foreign_months / sizeof foreign_months[0]; k++) {
        const char *name = foreign_months[k].name;
        size_t t;
        if (strlen(name) != len)
            continue;
        for (t = 0; t < len; t++)
            if (pl_ascii_lower(s[j + t]) != name[t])
                break;
        if (t == len) {
            *m = foreign_months[k].month;
            *i = j + len;
            if (*i < n && s[*i] == '.') /* "3 out. 2026" */
                (*i)++;
            return 1;
        }
    }
    return 0;
}

/* The particle "de" and a space at *i ("14 de noviembre de 2026"). */
static void particle_de(const char *s, size_t n, size_t *i)
{
    if (*i + 3 <= n && pl_ascii_lower(s[*i]) == 'd' && pl_ascii_lower(s[*i + 1]) == 'e' &&
        s[*i + 2] == ' ')
        *i += 3;
}

/* Skips spaces, tabs, no-break spaces and any of the characters in
 * extra; returns how many bytes were skipped. */
static size_t skip(const char *s, size_t n, size_t *i, const char *extra)
{
    size_t j = *i;
    for (;;) {
        if (j < n && (s[j] == ' ' || s[j] == '\t' || (s[j] && strchr(extra, s[j]))))
            j++;
        else if (j + 1 < n && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0xA0)
            j += 2;
        else
            break;
    }
    size_t k = j - *i;
    *i = j;
    return k;
}

static void ordinal(const char *s, size_t n, size_t *i)
{
    static const char *const suf[] = {"st", "nd", "rd", "th"};
    for (int k = 0; k < 4; k++)
        if (*i + 2 <= n && pl_ascii_lower(s[*i]) == suf[k][0] && pl_ascii_lower(s[*i + 1]) == suf[k][1] &&
            (*i + 2 == n || !alpha(s[*i + 2]))) {
            *i += 2;
            return;
        }
}

/* Checks the date (pl_date_check) and writes it. Years outside
 * 1900..2100 are taken for numbers that are not dates. */
static int emit(int y, int m, int d, char out[11])
{
    char iso[PL_DATE_ISO_MAX];
    if (y < 1900 || y > 2100 || m < 1 || d < 1 || pl_date_check(y, m, d))
        return 0;
    pl_date_format(y * 10000 + m * 100 + d, iso);
    memcpy(out, iso, 11);
    return 1;
}

static int year(const char *s, size_t n, size_t *i, int two_digit, int *y)
{
    size_t j = *i;
    if (num(s, n, &j, 4, 4, y)) {
        *i = j;
        return 1;
    }
    if (two_digit && num(s, n, &j, 2, 2, y)) {
        *y += *y < 50 ? 2000 : 1900;
        *i = j;
        return 1;
    }
    return 0;
}

/* One date starting exactly at s[i]; relaxed allows two-digit years
 * (RFC 822). */
static int date_at(const char *s, size_t n, size_t i, int relaxed, char out[11])
{
    int y, m, d;
    size_t j = i;
    if (i >= n)
        return 0;
    if (digit(s[i])) {
        /* 2024-02-28, 2024/02/28, 2024.02.28 (and ISO datetimes) */
        if (num(s, n, &j, 4, 4, &y) && j < n && strchr("-/.", s[j])) {
            char sep = s[j++];
            if (num(s, n, &j, 1, 2, &m) && j < n && s[j] == sep && (j++, 1) &&
                num(s, n, &j, 1, 2, &d))
                return emit(y, m, d, out);
            return 0;
        }
        /* 26.09.2023, 26-09-2023: day first */
        j = i;
        if (num(s, n, &j, 1, 2, &d) && j < n && (s[j] == '.' || s[j] == '-')) {
            char sep = s[j];
            size_t k = j + 1;
            if (num(s, n, &k, 1, 2, &m) && k < n && s[k] == sep) {
                k++;
                if (num(s, n, &k, 4, 4, &y))
                    return emit(y, m, d, out);
                return 0;
            }
        }
        /* 17/11/2026 day first, 11/17/2026 month first: only when one of
         * the two cannot be a month (03/04/2026 is either) */
        j = i;
        int a, b;
        if (num(s, n, &j, 1, 2, &a) && j < n && s[j] == '/') {
            size_t k = j + 1;
            if (num(s, n, &k, 1, 2, &b) && k < n && s[k] == '/') {
                k++;
                if (!num(s, n, &k, 4, 4, &y) || (a <= 12 && b <= 12))
                    return 0;
                return a > 12 ? emit(y, b, a, out) : emit(y, a, b, out);
            }
        }
        /* 26 September 2023, 26th of Sept. 2023, 26-Sep-2023, 26 Sep 23 */
        j = i;
        if (!num(s, n, &j, 1, 2, &d))
            return 0;
        ordinal(s, n, &j);
        size_t sp = skip(s, n, &j, "-");
        if (j + 3 <= n && pl_ascii_lower(s[j]) == 'o' && pl_ascii_lower(s[j + 1]) == 'f' && s[j + 2] == ' ')
            j += 3;
        if (!month(s, n, &j, &m)) {
            /* "14 de noviembre de 2026", "14 novembre 2026", "14. März
             * 2026" */
            if (j < n && s[j] == '.' && !sp)
                j++;
            skip(s, n, &j, "");
            particle_de(s, n, &j);
            if (!foreign_month(s, n, &j, &m) && !month(s, n, &j, &m))
                return 0;
            if (j < n && s[j] == ' ') {
                size_t k = j + 1;
                particle_de(s, n, &k);
                if (k > j + 1)
                    j = k - 1;
            }
        }
        (void)sp;
        if (!skip(s, n, &j, ",-"))
            return 0;
        if (!year(s, n, &j, relaxed, &y))
            return 0;
        return emit(y, m, d, out);
    }
    if (alpha(s[i])) {
        /* September 26, 2023; Sept. 26, 2025; Sep 26 2023 */
        if (!month(s, n, &j, &m))
            return 0;
        if (!skip(s, n, &j, "-"))
            return 0;
        if (!num(s, n, &j, 1, 2, &d))
            return 0;
        ordinal(s, n, &j);
        /* "November 5/2026" */
        if (!(j < n && s[j] == '/' && (j++, 1)) && !skip(s, n, &j, ","))
            return 0;
        if (!year(s, n, &j, 0, &y))
            return 0;
        return emit(y, m, d, out);
    }
    return 0;
}

static int boundary(const char *s, size_t i)
{
    return i == 0 || !(digit(s[i - 1]) || alpha(s[i - 1]));
}

static int scan(const char *s, size_t n, size_t start_limit, char out[11])
{
    for (size_t i = 0; i < start_limit && i < n; i++)
        if ((digit(s[i]) || alpha(s[i])) && boundary(s, i) && date_at(s, n, i, 0, out))
            return 1;
    return 0;
}

int pl_find_dateline(const char *text, size_t n, char out[11])
{
    if (!text)
        return 0;
    size_t end = n < DATELINE_WINDOW + DATELINE_SLACK ? n : DATELINE_WINDOW + DATELINE_SLACK;
    return scan(text, end, DATELINE_WINDOW, out);
}

/* A dash after a dateline: "-", "--", an en or em dash. */
static int dash(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    if (j < n && s[j] == '-') {
        while (j < n && s[j] == '-')
            j++;
    } else if (j + 2 < n && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
             ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
        j += 3;
    else
        return 0;
    *i = j;
    return 1;
}

/* A month and a day either way round at *k ("Nov 3", "Nov. 3", "3rd
 * November"), *k moved past them. */
static int month_day(const char *s, size_t n, size_t *k, int *m, int *d)
{
    size_t j = *k;
    if (month(s, n, k, m)) {
        skip(s, n, k, "");
        if (!num(s, n, k, 1, 2, d))
            return 0;
        ordinal(s, n, k);
        return 1;
    }
    *k = j;
    if (!num(s, n, k, 1, 2, d))
        return 0;
    ordinal(s, n, k);
    return skip(s, n, k, "") && month(s, n, k, m);
}

/* A part of a dateline's place at *k: a capital, then at most max bytes
 * without digits, a newline or "(" up to a comma; *k moved past the
 * comma and the spaces after it. */
static int place_part(const char *s, size_t n, size_t *k, size_t max)
{
    size_t j = *k;
    if (j >= n || !(s[j] >= 'A' && s[j] <= 'Z'))
        return 0;
    while (j < n && j < *k + max && s[j] != ',' && s[j] != '\n' && !digit(s[j]) && s[j] != '(')
        j++;
    if (j >= n || s[j] != ',')
        return 0;
    j++;
    skip(s, n, &j, "");
    *k = j;
    return 1;
}

/* A dateline without a year at line start i: a place that begins with
 * a capital and has no digits, a comma, a month and a day either way
 * round ("Nov 3", "Nov. 3", "3 November"), an agency in brackets or
 * between slashes or none, then a dash ("ISLAMABAD, Nov 3 (Reuters) -")
 * or a colon ("KATHMANDU, Dec 3:"); the place may have its country
 * after it ("PESHAWAR, Pakistan, March 3 (AP) -") and the agency may
 * follow a comma ("Accra, Sept. 24, GNA -"),
 * or the end of the line after an agency ("Bishkek, October 14
 * /Kabar/."). */
static int yearless_at(const char *s, size_t n, size_t i, int *m, int *d)
{
    size_t j = i;
    if (!place_part(s, n, &j, 48))
        return 0;
    size_t k = j;
    /* ("PESHAWAR, Pakistan, March 3 (AP) -": the place's country or
     * state after it) */
    if (!month_day(s, n, &k, m, d)) {
        k = j;
        if (!place_part(s, n, &k, 32) || !month_day(s, n, &k, m, d))
            return 0;
    }
    skip(s, n, &k, ".");
    /* ("Accra, Sept. 24, GNA -": the agency after a comma, in capitals) */
    if (k + 2 < n && s[k] == ',') {
        size_t a = k + 1;
        skip(s, n, &a, "");
        size_t b = a;
        while (b < n && b < a + 12 && s[b] >= 'A' && s[b] <= 'Z')
            b++;
        skip(s, n, &b, "");
        size_t c = b;
        if (b >= a + 3 && dash(s, n, &c))
            k = b;
    }
    /* an agency in brackets or between slashes: "(Reuters)", "/TASS/" */
    int agency = 0;
    if (k < n && (s[k] == '(' || s[k] == '/')) {
        char end = s[k] == '(' ? ')' : '/';
        size_t close = k + 1;
        while (close < n && close < k + 40 && s[close] != end && s[close] != '\n')
            close++;
        if (close >= n || s[close] != end)
            return 0;
        k = close + 1;
        agency = 1;
        skip(s, n, &k, "");
    }
    /* then a dash, or the end of the line after an agency ("Bishkek,
     * October 14 /Kabar/.") */
    int ends = agency && (k >= n || s[k] == '\n' || s[k] == '\r' ||
                          (s[k] == '.' && (k + 1 >= n || s[k + 1] == '\n' || s[k + 1] == '\r' ||
                                           s[k + 1] == ' ')));
    /* ("KATHMANDU, Dec 3: Police …", as South Asian papers write it) */
    return (ends || dash(s, n, &k) || (k < n && s[k] == ':')) && !pl_date_check(2000, *m, *d);
}

int pl_find_dateline_yearless(const char *text, size_t n, const char *near, char out[11])
{
    int32_t ymd;
    if (!text || !near || pl_date_parse(near, strlen(near), &ymd, NULL) != PL_DATE_DAY)
        return 0;
    int y0 = ymd / 10000;
    long z0 = pl_date_days(y0, ymd / 100 % 100, ymd % 100);
    size_t end = n < DATELINE_WINDOW ? n : DATELINE_WINDOW;
    for (size_t i = 0; i < end; i++) {
        int m, d;
        if ((i > 0 && text[i - 1] != '\n') || !yearless_at(text, n, i, &m, &d))
            continue;
        /* the year that puts the day nearest to the date given */
        int best = 0;
        long gap = -1;
        for (int y = y0 - 1; y <= y0 + 1; y++) {
            if (pl_date_check(y, m, d))
                continue;
            long g = labs(pl_date_days(y, m, d) - z0);
            if (gap < 0 || g < gap)
                gap = g, best = y;
        }
        return best && emit(best, m, d, out);
    }
    return 0;
}

static const char *const weekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int pl_parse_date(const char *s, size_t n, char out[11])
{
    if (!s)
        return 0;
    size_t i = 0;
    skip(s, n, &i, "\n\r");
    /* an optional weekday: "Tue, " or "Tuesday " */
    size_t len = 0;
    while (i + len < n && alpha(s[i + len]))
        len++;
    if (len >= 3) {
        for (int k = 0; k < 7; k++)
            if (pl_ascii_lower(s[i]) == weekdays[k][0] && pl_ascii_lower(s[i + 1]) == weekdays[k][1] &&
                pl_ascii_lower(s[i + 2]) == weekdays[k][2]) {
                size_t j = i + len;
                if (j < n && s[j] == '.')
                    j++;
                if (skip(s, n, &j, ",")) {
                    i = j;
                    break;
                }
            }
    }
    if (date_at(s, n, i, 1, out))
        return 1;
    return scan(s, n, n, out);
}
