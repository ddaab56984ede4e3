/* date.c — facts about dates shared by every stage (see date.h). */
#include <string.h>

#include "util/date.h"

const char *date_precision(const char *iso)
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
