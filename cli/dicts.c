/* dicts.c — the dictionaries of every command that codes (code, ingest,
 * validate): the options naming the community's CAMEO dictionaries
 * (--verbs, --actors, --agents, --discards, --issues, --dict-format,
 * --no-dict-cache, --strict) and one function that loads the lexicon and
 * those files through the cache directory: the built-in lexicon's image
 * (src/lexicon/image.c) and the dictionary cache (src/cameo/cache.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/cache.h"
#include "cli.h"
#include "lexicon/image.h"

int cli_dicts_add_actors(struct cli_dicts *d, const char *list)
{
    /* "--actors A,B" and repeated --actors both add files */
    for (const char *f = list; *f;) {
        size_t len = strcspn(f, ",");
        if (len) {
            if (d->nactors == sizeof d->actors / sizeof d->actors[0])
                return cli_error("too many --actors files");
            d->actors[d->nactors] = f;
            d->actor_lens[d->nactors++] = len;
        }
        f += len + (f[len] == ',');
    }
    return 0;
}

static int set_actors(void *dst, const char *name, const char *val)
{
    (void)name;
    return cli_dicts_add_actors(dst, val);
}

static int set_format(void *dst, const char *name, const char *val)
{
    struct cli_dicts *d = dst;
    if ((d->format = parley_cameo_format_from_name(val)) < 0)
        return cli_error("%s: unknown format '%s' (auto, tabari, petrarch)", name, val);
    return 0;
}

#define D(f) offsetof(struct cli_dicts, f)
const cli_opt cli_dicts_opts[] = {
    {"--verbs", "F", CLI_STR, D(verbs), 0, 0, NULL,
     "a CAMEO verb dictionary (TABARI or PETRARCH)", NULL},
    {"--actors", "F[,F...]", CLI_FN, 0, 0, 0, set_actors,
     "CAMEO actor dictionaries (repeatable)", NULL},
    {"--agents", "F", CLI_STR, D(agents), 0, 0, NULL, "a CAMEO agents dictionary", NULL},
    {"--discards", "F", CLI_STR, D(discards), 0, 0, NULL,
     "phrases whose sentences are not coded", NULL},
    {"--issues", "F", CLI_STR, D(issues), 0, 0, NULL, "issue phrases, coded as topics", NULL},
    {"--dict-format", "F", CLI_FN, 0, 0, 0, set_format,
     "auto (default), tabari or petrarch", NULL},
    {"--no-dict-cache", NULL, CLI_FLAG, D(no_cache), 0, 0, NULL,
     "parse the CAMEO dictionaries' and the built-in\nlexicon's text even when their compiled form\nis in the cache", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
const cli_opt cli_strict_opts[] = {
    {"--strict", NULL, CLI_FLAG, D(strict), 0, 0, NULL,
     "a malformed dictionary line is fatal (exit 3)", NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL},
};
#undef D

/* Where the dictionary cache lives: $PARLEY_CACHE_DIR ("off": nowhere),
 * else $XDG_CACHE_HOME/parley, else ~/.cache/parley; NULL with
 * --no-dict-cache or no home. The result is malloc'd (free it). */
static char *cache_dir(const struct cli_dicts *d)
{
    if (d->no_cache)
        return NULL;
    const char *e = getenv("PARLEY_CACHE_DIR");
    if (e && *e)
        return strcmp(e, "off") ? strdup(e) : NULL;
    const char *base = getenv("XDG_CACHE_HOME"), *sub = "/parley";
    if (!base || base[0] != '/') { /* the XDG spec: relative ones are ignored */
        base = getenv("HOME");
        sub = "/.cache/parley";
        if (!base || base[0] != '/')
            return NULL;
    }
    size_t n = strlen(base) + strlen(sub) + 1;
    char *dir = malloc(n);
    if (dir)
        snprintf(dir, n, "%s%s", base, sub);
    return dir;
}

/* The CAMEO dictionaries named in d, if any (*out stays NULL when none). */
static int load_cameo(const struct cli_dicts *d, parley_log_fn log, parley_cameo **out)
{
    *out = NULL;
    if (!d->verbs && !d->nactors && !d->agents && !d->discards && !d->issues)
        return 0;
    /* the comma-separated names are cut out of their argument here */
    char *names[sizeof d->actors / sizeof d->actors[0]];
    size_t k;
    for (k = 0; k < d->nactors; k++)
        if (!(names[k] = strndup(d->actors[k], d->actor_lens[k])))
            break;
    int rc = PARLEY_ENOMEM;
    if (k == d->nactors) {
        parley_cameo_opts o = {d->verbs, (const char *const *)names, d->nactors,
                               d->agents, d->discards, d->issues, d->format,
                               d->strict, log, NULL};
        size_t bad = 0;
        char *dir = cache_dir(d);
        const char *note = NULL;
        rc = pl_cameo_load_cached(out, &o, &bad, dir, &note);
        /* PARLEY_DEBUG=1 (the coder's trace) also says what the cache did */
        const char *dbg = getenv("PARLEY_DEBUG");
        if (dbg && *dbg && strcmp(dbg, "0"))
            fprintf(stderr, "parley: dictionary cache: %s (%s)\n", note,
                    dir ? dir : "off");
        free(dir);
    }
    while (k--)
        free(names[k]);
    if (rc)
        cli_error("cannot load the CAMEO dictionaries: %s", parley_strerror(rc));
    return rc;
}

int cli_dicts_load(struct cli_dicts *d, const parley_lexicon_opts *lo,
                   parley_log_fn log, parley_lexicon **lx, parley_cameo **cameo)
{
    *cameo = NULL;
    if (lx) {
        size_t bad = 0;
        char *dir = cache_dir(d);
        const char *note = NULL;
        int rc = pl_lexicon_load_cached(lx, lo, &bad, dir, &note);
        const char *dbg = getenv("PARLEY_DEBUG");
        if (dbg && *dbg && strcmp(dbg, "0"))
            fprintf(stderr, "parley: lexicon image: %s (%s)\n", note, dir ? dir : "off");
        free(dir);
        if (rc) {
            cli_error("cannot load the lexicon: %s", parley_strerror(rc));
            return EXIT_FATAL;
        }
        /* Malformed lines, the community's or a --lexicon's, were warned
         * about and skipped (the community's own files have some); only
         * --strict makes them fatal: one rule for every command (README,
         * "Errors and exit codes"). */
        if (d->strict && bad) {
            cli_error("--strict: %zu malformed line%s in the lexicon", bad,
                      bad == 1 ? "" : "s");
            parley_lexicon_free(*lx);
            *lx = NULL;
            return EXIT_FATAL;
        }
    }
    if (load_cameo(d, log, cameo)) {
        if (lx) {
            parley_lexicon_free(*lx);
            *lx = NULL;
        }
        return EXIT_FATAL;
    }
    return EXIT_OK;
}
