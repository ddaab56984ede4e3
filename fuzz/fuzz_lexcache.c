/* fuzz_lexcache.c — libFuzzer target for the lexicon image's reader
 * (src/lexicon/image.c, pl_lexicon_image_decode). Input byte 0 even: the
 * rest is an image file as it is. Odd: bytes 1-3 give an offset into a
 * valid image of a small lexicon (a few lines of each of data/'s files,
 * written here), the rest is XORed onto it there and the checksum is
 * made right again, so that the reader's own checks (section table,
 * counts, indices, chains, tables) are what stands between the damage
 * and the coder. Either way: refused, or read and coding a sentence
 * without a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/image.h"
#include "lexicon/lexicon.h"
#include "parley.h"
#include "util/cachefile.h"

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

static uint64_t key[2];
static unsigned char *good;
static size_t ngood;

/* The small lexicon and its image, once. */
static void init(void)
{
    char dir[64];
    snprintf(dir, sizeof dir, "/tmp/parley-fuzz-lexcache-%d", (int)getpid());
    if (mkdir(dir, 0700) && access(dir, W_OK))
        abort();
    write_file(dir, "abbreviations.txt", "gen. | -\njr. | ends-name\n");
    write_file(dir, "honorifics.txt", "Mr\n");
    write_file(dir, "places.txt", "Paris | FRA | 48.85 | 2.35 | 2100000 | -\n"
                                  "Berlin | DEU | 52.52 | 13.40 | 3600000 | -\n");
    write_file(dir, "countries.txt", "FRA | FRA | France | French Republic | French | Paris\n"
                                     "DEU | DEU | Germany | - | German | Berlin\n");
    write_file(dir, "orgs.txt", "UN | IGOUNO | United Nations | - | - | -\n");
    write_file(dir, "offices.txt", "foreign minister | GOV | - | foreign minister | foreign ministers\n");
    write_file(dir, "persons.txt", "Jean Martin | FRA | foreign minister | 2020 | - | Martin\n");
    write_file(dir, "topics.txt", "trade | trade talks\n");
    write_file(dir, "venues.txt", "Elysee Palace | Paris | FRA | GOV\n");
    write_file(dir, "words.txt", "det | the; a\nprep | with; in\nbe | is; was\n");
    write_file(dir, "pos.txt", "meet | v | meet\nmet | dp | meet\nmeets | z | meet\n");
    write_file(dir, "cameo.txt", "040 | CONSULT | - | 1 | 1.0 | Consult\n"
                                 "043 | CONSULT | visit | 1 | 2.8 | Visit | present\n");
    write_file(dir, "nouns.txt", "talks | 040 | talks; peace talks | with | sym\n");
    write_file(dir, "verbs.txt", "meet | 040 | with | sym\nmeet with | 040 | obj | sym\n");
    parley_lexicon_opts o = {0};
    o.user_dir = dir;
    o.no_builtin = 1;
    parley_lexicon *lx;
    if (parley_lexicon_load(&lx, &o, NULL))
        abort();
    key[0] = 0x0123456789abcdefULL;
    key[1] = 0xfedcba9876543210ULL;
    void *buf;
    if (pl_lexicon_image_encode(lx, key, &buf, &ngood))
        abort();
    good = buf;
    parley_lexicon_free(lx);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (!good)
        init();
    if (size < 1)
        return 0;
    unsigned char *b;
    size_t n;
    if (!(data[0] & 1)) {
        n = size - 1;
        b = malloc(n + 1); /* malloc's alignment: the reader wants 8 */
        if (!b)
            return 0;
        memcpy(b, data + 1, n);
    } else {
        if (size < 4)
            return 0;
        n = ngood;
        b = malloc(n);
        if (!b)
            return 0;
        memcpy(b, good, n);
        size_t at = ((size_t)data[1] | (size_t)data[2] << 8 | (size_t)data[3] << 16) % n;
        for (size_t k = 4; k < size && at < n; k++)
            b[at++] ^= data[k];
        uint64_t sum = pl_cache_sum(b + 48, n - 48, key[0]);
        memcpy(b + 40, &sum, sizeof sum); /* the header's checksum */
    }
    parley_lexicon *lx;
    int rc = pl_lexicon_image_decode(b, n, key, 0, &lx);
    if (!rc) {
        /* what the reader accepted codes without a crash */
        static const char text[] = "PARIS (AFP) - French Foreign Minister Jean Martin met "
                                   "the German foreign minister in Berlin for trade talks.";
        parley_doc doc = {0};
        doc.id.p = "t", doc.id.n = 1;
        doc.text.p = text, doc.text.n = sizeof text - 1;
        parley_code_opts co = {0};
        parley_result *r;
        if (parley_code(lx, &doc, &co, &r) == 0)
            parley_result_free(r);
        parley_lexicon_free(lx);
    } else if (rc != PARLEY_EPARSE && rc != PARLEY_ENOMEM)
        abort();
    free(b);
    return 0;
}
