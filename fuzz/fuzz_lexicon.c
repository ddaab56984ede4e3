/* fuzz_lexicon.c — libFuzzer target for the dictionary loader: the input
 * becomes one user dictionary file (its first byte picks which), loaded
 * without the built-in files; malformed lines must be reported, never
 * crash, and every diagnostic must be one line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parley.h"

static const char *const names[] = {
    "countries.txt", "orgs.txt", "offices.txt", "persons.txt", "verbs.txt",
    "topics.txt", "places.txt", "venues.txt", "honorifics.txt",
    "abbreviations.txt"};

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    if (!msg || strchr(msg, '\n'))
        abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static char dir[64];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/parley-fuzz-lex-%d", (int)getpid());
        if (mkdir(dir, 0700) && access(dir, W_OK))
            abort();
    }
    if (size < 1)
        return 0;
    const char *name = names[data[0] % (sizeof names / sizeof names[0])];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char p[128];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        unlink(p);
    }
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    parley_lexicon_opts o = {dir, 1, check_log, NULL};
    parley_lexicon *lx;
    size_t bad;
    if (parley_lexicon_load(&lx, &o, &bad) == 0)
        parley_lexicon_free(lx);
    return 0;
}
