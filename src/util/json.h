/* json.h — private: the JSON string writer of buf.c for callers that make
 * room for a whole record at once (output/json.c writes an event with one
 * check of the buffer's room instead of one per piece). */
#ifndef PARLEY_UTIL_JSON_H
#define PARLEY_UTIL_JSON_H

#include <stddef.h>

/* The room pl_json_put may take for a string of n bytes: two quotes, six
 * bytes a byte at most ("\u001f"), and sixteen the writer may store past
 * its end (overwritten by what follows). */
#define PL_JSON_ROOM(n) (6 * (size_t)(n) + 18)

/* Writes p[0, n) as a quoted JSON string at o, which has room for
 * PL_JSON_ROOM(n) bytes, exactly as parley_buf_add_json appends it, and
 * returns the end of what it wrote. No NUL is written. */
char *pl_json_put(char *o, const char *p, size_t n);

#endif
