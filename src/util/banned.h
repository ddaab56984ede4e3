/* banned.h — functions this code base must not call, in git's manner.
 * Included before every source file (meson.build: -include); the
 * system headers come first so that their declarations stay intact.
 * Use parley_buf / pl_arena_printf / snprintf / memcpy with a length. */
#ifndef PARLEY_BANNED_H
#define PARLEY_BANNED_H

#include <stdio.h>
#include <string.h>

#define PARLEY_BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) PARLEY_BANNED(strcpy)
#undef strcat
#define strcat(x, y) PARLEY_BANNED(strcat)
#undef sprintf
#define sprintf(...) PARLEY_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) PARLEY_BANNED(vsprintf)
#undef gets
#define gets(x) PARLEY_BANNED(gets)
#undef strtok
#define strtok(x, y) PARLEY_BANNED(strtok)

#endif
