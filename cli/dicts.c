/* dicts.c — the options shared by `parley code` and `parley ingest` for
 * the community's CAMEO dictionaries (--verbs, --actors, --agents,
 * --discards, --issues, --dict-format, --strict) and their loading. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_dicts_option(int argc, char **argv, int *i, struct cli_dicts *d)
{
    const char *a = argv[*i];
    const char *val = *i + 1 < argc ? argv[*i + 1] : NULL;
    static const char *const valued[] = {"--verbs", "--actors", "--agents",
                                         "--discards", "--issues", "--dict-format",
                                         NULL};
    if (!strcmp(a, "--strict")) {
        d->strict = 1;
        return 1;
    }
    int k;
    for (k = 0; valued[k]; k++)
        if (!strcmp(a, valued[k]))
            break;
    if (!valued[k])
        return 0;
    if (!val) {
        fprintf(stderr, "parley: %s needs a value\n", a);
        return -1;
    }
    (*i)++;
    switch (k) {
    case 0: d->verbs = val; break;
    case 1: {
        /* "--actors A,B" and repeated --actors both add files */
        char *copy = strdup(val);
        if (!copy)
            return -1;
        for (char *sp = NULL, *f = strtok_r(copy, ",", &sp); f;
             f = strtok_r(NULL, ",", &sp)) {
            if (d->nactors == sizeof d->actors / sizeof d->actors[0]) {
                fprintf(stderr, "parley: too many --actors files\n");
                free(copy);
                return -1;
            }
            d->actors[d->nactors++] = val + (f - copy);
            d->actor_lens[d->nactors - 1] = strlen(f);
        }
        free(copy);
        break;
    }
    case 2: d->agents = val; break;
    case 3: d->discards = val; break;
    case 4: d->issues = val; break;
    case 5:
        if ((d->format = parley_cameo_format_from_name(val)) < 0) {
            fprintf(stderr, "parley: --dict-format: unknown format '%s' (auto, tabari, petrarch)\n", val);
            return -1;
        }
        break;
    }
    return 1;
}

int cli_dicts_load(struct cli_dicts *d, parley_log_fn log, parley_cameo **out,
                   size_t *bad)
{
    *out = NULL;
    *bad = 0;
    if (!d->verbs && !d->nactors && !d->agents && !d->discards && !d->issues)
        return 0;
    /* the comma-separated names are cut out of their argument here */
    char *names[64];
    for (size_t k = 0; k < d->nactors; k++) {
        names[k] = strndup(d->actors[k], d->actor_lens[k]);
        if (!names[k]) {
            while (k--)
                free(names[k]);
            return PARLEY_ENOMEM;
        }
    }
    parley_cameo_opts o = {d->verbs, (const char *const *)names, d->nactors,
                           d->agents, d->discards, d->issues, d->format,
                           d->strict, log, NULL};
    int rc = parley_cameo_load(out, &o, bad);
    for (size_t k = 0; k < d->nactors; k++)
        free(names[k]);
    if (rc)
        fprintf(stderr, "parley: cannot load the CAMEO dictionaries: %s\n",
                parley_strerror(rc));
    return rc;
}
