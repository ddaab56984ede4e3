/* date.h — facts about dates shared by every stage: how precise an ISO
 * date string is. Private to the library. */
#ifndef PARLEY_UTIL_DATE_H
#define PARLEY_UTIL_DATE_H

/* "day" for YYYY-MM-DD, "month" for YYYY-MM, "year" for YYYY, NULL for
 * NULL or anything else. The result is a static string. */
const char *pl_date_precision(const char *iso);

#endif
