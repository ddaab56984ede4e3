/* date.h — the library's one date module: checking, parsing and writing
 * ISO dates, their precision, calendar arithmetic, and the mechanics of
 * dates relative to a document's ("on Tuesday", "last month"). Which
 * expression dates which event is the grammar's (events/attributes.c).
 * Private to the library.
 *
 * A packed date is YYYYMMDD in an int32_t, 00 for the day of a date known
 * only to its month and 0000 for the month and day of a year: "2024-03"
 * is 20240300, "2024" 20240000, 0 no date. Packed dates sort as the ISO
 * strings do. The calendar is the proleptic Gregorian one. */
#ifndef PARLEY_UTIL_DATE_H
#define PARLEY_UTIL_DATE_H

#include <stddef.h>
#include <stdint.h>

/* Precisions, also the units of pl_date_previous. */
enum { PL_DATE_NONE, PL_DATE_YEAR, PL_DATE_MONTH, PL_DATE_WEEK, PL_DATE_DAY };

/* ---- checking ---------------------------------------------------------- */

/* 1 when y is a leap year (divisible by 4, and by 400 if by 100). */
int pl_date_leap(int y);
/* The days of month m of year y (28 to 31); 0 when m is not 1 to 12. */
int pl_date_month_days(int y, int m);
/* NULL when y-m-d exists (m 0: a year, then d must be 0; d 0: a month),
 * else why not, in a few words for an error message: "the month is not
 * 1 to 12", "April has 30 days", "February 29 is only in a leap year".
 * Static. */
const char *pl_date_check(int y, int m, int d);

/* ---- ISO text ---------------------------------------------------------- */

/* Parses s[0..n): "YYYY", "YYYY-MM" or "YYYY-MM-DD", digits in place,
 * of a date that exists. Returns PL_DATE_YEAR, PL_DATE_MONTH or
 * PL_DATE_DAY with the packed date in *ymd (if ymd is not NULL), or
 * PL_DATE_NONE with *why (if why is not NULL) saying what is wrong. */
int pl_date_parse(const char *s, size_t n, int32_t *ymd, const char **why);
/* Writes packed date ymd as "YYYY", "YYYY-MM" or "YYYY-MM-DD" as its
 * zeros say (the fields as they are, unchecked), NUL-terminated; years
 * past 9999 take more digits. Returns the length, or 0 with out "" for a
 * date <= 0. out holds PL_DATE_ISO_MAX bytes. */
#define PL_DATE_ISO_MAX 16
size_t pl_date_format(int32_t ymd, char out[PL_DATE_ISO_MAX]);
/* "day" for YYYY-MM-DD, "month" for YYYY-MM, "year" for YYYY (by length
 * only), NULL for NULL or anything else. The result is a static string. */
const char *pl_date_precision(const char *iso);

/* ---- arithmetic -------------------------------------------------------- */

/* Days since 1970-01-01 of y-m-d (a day past its month's end counts on
 * into the next: 2023-02-30 is 2023-03-02). */
long pl_date_days(int y, int m, int d);
/* The packed day z days after 1970-01-01. */
int32_t pl_date_from_days(long z);
/* The packed day days after (before, when negative) packed day ymd. */
int32_t pl_date_add_days(int32_t ymd, int days);
/* The day of the week of packed day ymd: 1 Monday to 7 Sunday. */
int pl_date_weekday(int32_t ymd);

/* ---- relative to a document's date (doc: a packed day) ----------------- */

/* The last weekday wd (1 Monday to 7 Sunday) up to doc, doc itself
 * included: "on Tuesday" in a story of Thursday. */
int32_t pl_date_weekday_back(int32_t doc, int wd);
/* The next weekday wd after doc, doc excluded: "next Monday", "a strike
 * for Friday". */
int32_t pl_date_weekday_ahead(int32_t doc, int wd);
/* The period before doc's ("last week", "last month", "last year"; unit
 * PL_DATE_WEEK, PL_DATE_MONTH or PL_DATE_YEAR) as the most precise
 * packed date that holds it: a week within one month is that month, a
 * week across two months its year, one across two years 0 (no date). */
int32_t pl_date_previous(int32_t doc, int unit);
/* The period doc is in, up to doc ("this week", "earlier this month",
 * "this year"), as pl_date_previous gives one: the week from its Monday
 * to doc is that month when it lies in one, else its year. */
int32_t pl_date_current(int32_t doc, int unit);
/* The last weekend up to doc ("over the weekend" in a Monday's story:
 * the Saturday and Sunday before; in a Sunday's, that weekend): its
 * month when both days lie in one, else its year (0 across two years). */
int32_t pl_date_weekend(int32_t doc);
/* The packed date of a written day and month (d 0: a month) in year y;
 * without a year (y 0) the one in the year up to a week after doc (a
 * month: up to the month after doc's). 0 when the day does not exist,
 * or without y and doc. */
int32_t pl_date_resolve(int32_t doc, int y, int m, int d);

#endif
