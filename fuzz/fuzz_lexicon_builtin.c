/* fuzz_lexicon_builtin.c — libFuzzer target for a user's dictionary on
 * top of the built-in ones (issue 13: fuzz_lexicon loads the user file
 * alone, and so never reached the use-after-free of D1, which needs the
 * built-in phrases that a user's file shadows or follows). The input's
 * first byte picks the file, the rest is its content; the lexicon is
 * loaded with the built-in dictionaries, every phrase must stay reachable
 * from its trie node, and a few sentences are coded with it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "parley.h"
#include "userfile.h"

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    if (!msg || strchr(msg, '\n') || strlen(msg) > 4000)
        abort();
}

static const char text[] =
    "Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign "
    "Affairs of Lithuania Kęstutis Budrys in Riga on 5 May 2025. The Secretary-General "
    "praised Kazakhstan. Moscow accused Vilnius of an unfriendly step in Astana.";

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const char *dir = user_dir("lexb", data, size);
    if (!dir)
        return 0;
    parley_lexicon_opts o = {dir, 0, check_log, NULL};
    parley_lexicon *lx;
    size_t bad;
    if (parley_lexicon_load(&lx, &o, &bad) != 0)
        return 0;
    /* every hit is on its node's chain, and chains end */
    size_t reached = 0;
    for (size_t node = 0; node < lx->nnodes; node++)
        for (uint32_t h = lx->node_hits[node]; h; h = lx->hits[h].next)
            if (h >= lx->nhits || ++reached > lx->nhits)
                abort();
    parley_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text.p = text;
    doc.text.n = sizeof text - 1;
    doc.origin = "fuzz.txt";
    parley_result *r;
    if (parley_code(lx, &doc, NULL, &r) == 0) {
        parley_buf b = PARLEY_BUF_INIT;
        for (size_t i = 0; i < parley_result_count(r); i++)
            if (parley_write_json(&b, &doc, parley_result_event(r, i), i))
                abort();
        parley_buf_release(&b);
        parley_result_free(r);
    }
    parley_lexicon_free(lx);
    return 0;
}
