/* error.c — parley_strerror: messages for the PARLEY_E* codes, generated
 * from the single PARLEY_ERRNO_MAP list in parley.h. */
#include "parley.h"

const char *parley_strerror(int err)
{
    switch (err) {
    case PARLEY_OK:
        return "success";
#define XX(name, code, msg) \
    case PARLEY_E##name:    \
        return msg;
        PARLEY_ERRNO_MAP(XX)
#undef XX
    }
    return "unknown error";
}
