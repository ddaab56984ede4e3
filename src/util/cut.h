/* cut.h — cutting quoted input to a readable length in messages: a 10 MB
 * dictionary or input line must not come back whole in a warning (issue
 * 13, D9). */
#ifndef PARLEY_UTIL_CUT_H
#define PARLEY_UTIL_CUT_H

#include <stddef.h>

/* Quoted input in a message is cut to this many bytes, with "…". */
#define PARLEY_QUOTE_MAX 200
/* A whole message is cut to this many bytes. */
#define PARLEY_MESSAGE_MAX 1000

/* The length of s[0..n) cut to at most max bytes, never inside a UTF-8
 * sequence. */
static inline size_t parley_utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

#endif
