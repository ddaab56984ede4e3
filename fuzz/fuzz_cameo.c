/* fuzz_cameo.c — libFuzzer target for the CAMEO dictionaries (src/cameo):
 * the input's first byte picks which file it becomes (verbs, actors,
 * agents, discards, issues) and the format; the rest, up to a line
 * "====", is that file, and what follows is text coded with it beside
 * small fixed dictionaries. Malformed lines must be reported, never
 * crash, and every diagnostic must be one line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parley.h"

static const char *const names[] = {"v.txt", "a.txt", "g.txt", "d.txt", "i.txt"};

static const char *const fixed[] = {
    "&TIES\n+DIPLOMATIC_TIES\n+{ RELATIONS | LINKS }\n\n"
    "--- RESTORE  [050] ---\nRESTORE\nMEET\n- * &TIES [064]\n- $ * + [040]\n"
    "- + WAS * BY $ [065]\n- % * ^ { TALKS | A DEAL } [043]\n",
    "ARNOR_ [ARN]\nGONDOR [GON 950101-991231] [GONGOV]\nTHE_SHIRE [FRO/SAM]\n"
    "RED CROSS [IRC]\n<NOUN>\nMEETING\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n",
    "!PERSON! = MAN, MEN\nMINISTER [~GOV]\nCONGRESS!PERSON! [~LEG]\n",
    "FOOTBALL MATCH\n+HOROSCOPE\n",
    "<ISSUE CATEGORY=\"ECONOMY\">\neconomic n:aid [AID]\n~aid worker\n</ISSUE>\n"};

static void check_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    if (!msg || strchr(msg, '\n'))
        abort();
}

static void write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (n)
        fwrite(p, 1, n, f);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static char dir[64];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/parley-fuzz-cameo-%d", (int)getpid());
        if (mkdir(dir, 0700) && access(dir, W_OK))
            abort();
    }
    if (size < 1)
        return 0;
    size_t which = data[0] % 5;
    int format = (data[0] / 5) % 3; /* auto, tabari, petrarch */
    const char *body = (const char *)data + 1;
    size_t n = size - 1, dn = n;
    const char *text = "Arnor restored diplomatic ties with Gondor. The minister of "
                       "Gondor met Arnor, the Shire and the Red Cross.";
    size_t tn = strlen(text);
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(body + i, "====\n", 5) == 0 && (i == 0 || body[i - 1] == '\n')) {
            dn = i;
            text = body + i + 5;
            tn = n - i - 5;
            break;
        }
    char path[5][128];
    for (size_t k = 0; k < 5; k++) {
        snprintf(path[k], sizeof path[k], "%s/%s", dir, names[k]);
        if (k == which)
            write_file(path[k], body, dn);
        else
            write_file(path[k], fixed[k], strlen(fixed[k]));
    }
    const char *actors[] = {path[1]};
    parley_cameo_opts o = {0};
    o.verbs = path[0];
    o.actors = actors;
    o.nactors = 1;
    o.agents = path[2];
    o.discards = path[3];
    o.issues = path[4];
    o.format = format;
    o.log = check_log;
    parley_cameo *c;
    size_t bad;
    if (parley_cameo_load(&c, &o, &bad) == 0) {
        parley_doc doc = {0};
        doc.text.p = text;
        doc.text.n = tn;
        doc.date.p = "2001-02-03";
        doc.date.n = 10;
        parley_cameo_result *r;
        if (parley_cameo_code(c, &doc, NULL, &r) == 0)
            parley_cameo_result_free(r);
        parley_cameo_free(c);
    }
    return 0;
}
