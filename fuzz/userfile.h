/* userfile.h — shared by the dictionary-loading libFuzzer targets: the
 * input's first byte picks one user dictionary file, the rest is its
 * content, written alone into a directory of this process. */
#ifndef PARLEY_FUZZ_USERFILE_H
#define PARLEY_FUZZ_USERFILE_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const user_names[] = {
    "countries.txt", "orgs.txt", "offices.txt", "persons.txt", "verbs.txt",
    "topics.txt", "places.txt", "venues.txt", "honorifics.txt",
    "abbreviations.txt"};

/* Writes the input as its file into /tmp/parley-fuzz-TAG-PID (made once),
 * removing the file of the previous input; returns the directory, or NULL
 * for an empty input. Aborts when the directory cannot be written. */
static const char *user_dir(const char *tag, const unsigned char *data, size_t size)
{
    static char dir[64];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/parley-fuzz-%s-%d", tag, (int)getpid());
        if (mkdir(dir, 0700) && access(dir, W_OK))
            abort();
    }
    if (size < 1)
        return NULL;
    size_t n = sizeof user_names / sizeof user_names[0];
    for (size_t i = 0; i < n; i++) {
        char p[128];
        snprintf(p, sizeof p, "%s/%s", dir, user_names[i]);
        unlink(p);
    }
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, user_names[data[0] % n]);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    return dir;
}

#endif
