/* fuzz_lexicon.c — libFuzzer target for the dictionary loader: the input
 * becomes one user dictionary file (its first byte picks which), loaded
 * without the built-in files; malformed lines must be reported, never
 * crash, and every diagnostic must be one line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parley.h"
#include "userfile.h"

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    if (!msg || strchr(msg, '\n'))
        abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const char *dir = user_dir("lex", data, size);
    if (!dir)
        return 0;
    parley_lexicon_opts o = {dir, 1, check_log, NULL};
    parley_lexicon *lx;
    size_t bad;
    if (parley_lexicon_load(&lx, &o, &bad) == 0)
        parley_lexicon_free(lx);
    return 0;
}
