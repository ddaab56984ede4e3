/* load.c — reads the dictionary files (the built-in ones embedded from
 * data/, then a user's --lexicon directory) into the lexicon's records and
 * phrase index. Formats: data/README.md. Malformed lines are reported as
 * "file:line: what" and skipped. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/builtin.h"
#include "lexicon/grammar.h"
#include "lexicon/image.h"
#include "lexicon/internal.h"
#include "lexicon/lexicon.h"
#include "util/cut.h"
#include "util/date.h"

#define MAX_FIELDS 8
#define MAX_VALUES 64

typedef struct loader {
    parley_lexicon *lx;
    const parley_lexicon_opts *o;
    const char *file;
    size_t line;
    int user;
    size_t bad;
} loader;

/* Logs "file:line: " and fmt with arg, of which at most PARLEY_QUOTE_MAX
 * bytes are quoted. */
static void complain(loader *ld, const char *fmt, const char *arg)
{
    ld->bad++;
    if (!ld->o || !ld->o->log)
        return;
    parley_buf b = PARLEY_BUF_INIT, q = PARLEY_BUF_INIT;
    size_t an = arg ? strlen(arg) : 0, cut = arg ? parley_utf8_cut(arg, an, PARLEY_QUOTE_MAX) : 0;
    parley_buf_add(&q, arg ? arg : "", cut);
    if (cut < an)
        parley_buf_adds(&q, "…");
    parley_buf_addf(&b, "%s:%zu: ", ld->file, ld->line);
    parley_buf_addf(&b, fmt, q.p ? q.p : "");
    parley_buf_release(&q);
    ld->o->log(ld->o->log_ud, PARLEY_WARNING, b.p);
    parley_buf_release(&b);
}

/* ---- a small string → index map per kind, for exact lookups ---------- */

static uint64_t key_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'A' && c <= 'Z')
            c += 32;
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

static int map_put(key_map *m, const char *key, int32_t idx)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        key_slot *v = malloc(cap * sizeof *v);
        if (!v)
            return PARLEY_ENOMEM;
        for (size_t i = 0; i < cap; i++)
            v[i].idx = -1;
        for (size_t i = 0; i < m->cap; i++) {
            if (m->v[i].idx < 0)
                continue;
            size_t j = m->v[i].h & (cap - 1);
            while (v[j].idx >= 0)
                j = (j + 1) & (cap - 1);
            v[j] = m->v[i];
        }
        free(m->v);
        m->v = v;
        m->cap = cap;
    }
    uint64_t h = key_hash(key);
    size_t j = h & (m->cap - 1);
    while (m->v[j].idx >= 0) {
        if (m->v[j].h == h) {
            m->v[j].idx = idx; /* later entries replace earlier ones */
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    m->v[j].h = h;
    m->v[j].idx = idx;
    m->n++;
    return 0;
}

static int32_t map_get(const key_map *m, const char *key)
{
    if (!m->cap)
        return -1;
    uint64_t h = key_hash(key);
    for (size_t j = h & (m->cap - 1); m->v[j].idx >= 0;
         j = (j + 1) & (m->cap - 1))
        if (m->v[j].h == h)
            return m->v[j].idx;
    return -1;
}

static lexicon_maps *maps_of(const parley_lexicon *lx);

int pl_lexicon_country(const parley_lexicon *lx, const char *iso3)
{
    return iso3 ? map_get(&maps_of(lx)->m[LK_COUNTRY], iso3) : -1;
}

int pl_lexicon_org(const parley_lexicon *lx, const char *acronym)
{
    return acronym ? map_get(&maps_of(lx)->m[LK_ORG], acronym) : -1;
}

int pl_lexicon_org_compatible(const parley_lexicon *lx, const char *a,
                           const char *b)
{
    if (!strcmp(a, b))
        return 1;
    int ia = pl_lexicon_org(lx, a), ib = pl_lexicon_org(lx, b);
    return (ia >= 0 && lx->orgs[ia].parent && !strcmp(lx->orgs[ia].parent, b)) ||
           (ib >= 0 && lx->orgs[ib].parent && !strcmp(lx->orgs[ib].parent, a));
}

/* key = a "|" b, or a "|" b "|" c when c is not NULL, cut to size - 1
 * bytes as snprintf(key, size, "%s|%s|%s", ...) cuts it (which cost some
 * 900 instructions a record of places.txt or persons.txt). */
static void join_key(char *key, size_t size, const char *a, const char *b,
                     const char *c)
{
    const char *part[5] = {a, "|", b, c ? "|" : NULL, c};
    size_t n = 0;
    for (int i = 0; i < 5; i++) {
        if (!part[i])
            continue;
        size_t l = strlen(part[i]);
        if (l > size - 1 - n)
            l = size - 1 - n;
        memcpy(key + n, part[i], l);
        n += l;
    }
    key[n] = '\0';
}

int pl_lexicon_place(const parley_lexicon *lx, const char *name, const char *iso3)
{
    if (!name)
        return -1;
    if (iso3) {
        char key[256];
        join_key(key, sizeof key, name, iso3, NULL);
        int r = map_get(&maps_of(lx)->m[LK_PLACE], key);
        if (r >= 0)
            return r;
    }
    return map_get(&maps_of(lx)->m[LK_PLACE], name);
}

static lexicon_maps *maps_of(const parley_lexicon *lx)
{
    return &((lexicon_box *)(void *)lx)->maps;
}

/* ---- records ---------------------------------------------------------- */

static void *grow_records(loader *ld, int kind, void **arr, size_t size)
{
    parley_lexicon *lx = ld->lx;
    size_t n = lx->ncount[kind];
    /* capacity: 16, then doubling whenever n reaches a power of two */
    if (n == 0 || (n >= 16 && (n & (n - 1)) == 0)) {
        size_t cap = n ? n * 2 : 16;
        void *a = realloc(*arr, cap * size);
        uint8_t *d = realloc(lx->deleted[kind], cap);
        if (!a || !d) {
            if (a)
                *arr = a;
            if (d)
                lx->deleted[kind] = d;
            return NULL;
        }
        *arr = a;
        lx->deleted[kind] = d;
    }
    lx->deleted[kind][n] = 0;
    lx->ncount[kind] = n + 1;
    char *base = *arr;
    memset(base + n * size, 0, size);
    return base + n * size;
}

/* Registers key for the newest record of kind; an earlier record with the
 * same key is marked deleted (a user's entry replaces a built-in one). */
static int keyed(loader *ld, int kind, const char *key)
{
    key_map *m = &maps_of(ld->lx)->m[kind];
    int32_t old = map_get(m, key);
    if (old >= 0 && ld->user)
        ld->lx->deleted[kind][old] = 1;
    return map_put(m, key, (int32_t)(ld->lx->ncount[kind] - 1));
}

static const char *save(loader *ld, const char *s)
{
    if (!s || !*s || !strcmp(s, "-"))
        return NULL;
    return pl_arena_strdup(&ld->lx->mem, s);
}

static int phrase(loader *ld, int kind, const char *p)
{
    if (!p || !*p || !strcmp(p, "-"))
        return 0;
    uint32_t idx = (uint32_t)(ld->lx->ncount[kind] - 1);
    if (kind == LK_ADJ || kind == LK_CAPITAL || kind == LK_PEOPLE)
        idx = (uint32_t)(ld->lx->ncount[LK_COUNTRY] - 1);
    int rc = pl_lexicon_add_phrase(ld->lx, kind, idx, p, strlen(p), ld->user);
    if (rc == PARLEY_EPARSE) {
        complain(ld, "phrase '%s' has no words", p);
        return 0;
    }
    return rc;
}

/* Splits a field on ';' and indexes each value as a phrase of kind. */
static int phrases(loader *ld, int kind, char *field)
{
    if (!field)
        return 0;
    char *save_p = NULL;
    for (char *v = strtok_r(field, ";", &save_p); v;
         v = strtok_r(NULL, ";", &save_p)) {
        while (*v == ' ' || *v == '\t')
            v++;
        size_t l = strlen(v);
        while (l && (v[l - 1] == ' ' || v[l - 1] == '\t'))
            v[--l] = '\0';
        int rc = phrase(ld, kind, v);
        if (rc)
            return rc;
    }
    return 0;
}

int32_t pl_lexicon_parse_bound(const char *s, size_t n, int upper, const char **why)
{
    int32_t v;
    switch (pl_date_parse(s, n, &v, why)) {
    case PL_DATE_YEAR: return v + (upper ? 1299 : 100);
    case PL_DATE_MONTH: return v + (upper ? 99 : 0);
    case PL_DATE_DAY: return v;
    }
    return -1;
}

static int valid_code(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

/* abbreviations.txt and honorifics.txt: a phrase */
static int abbrev_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    int kind = file[0] == 'a' ? LK_ABBREV : LK_HONORIFIC;
    uint32_t idx = (uint32_t)lx->ncount[kind]++;
    if (kind == LK_ABBREV) {
        /* the index only counts; its low bit says the abbreviation ends a
         * name ("jr | ends-name") */
        int ends_name = !strcmp(f[1], "ends-name");
        if (!ends_name && strcmp(f[1], "-")) {
            complain(ld, "unknown flag '%s' (only 'ends-name')", f[1]);
            return 0;
        }
        idx = idx << 1 | (uint32_t)ends_name;
    }
    /* abbreviations are matched without their dot */
    size_t l = strlen(f[0]);
    if (kind == LK_ABBREV && l && f[0][l - 1] == '.')
        f[0][--l] = '\0';
    rc = pl_lexicon_add_phrase(lx, kind, idx, f[0], l, ld->user);
    if (rc == PARLEY_EPARSE) {
        complain(ld, "'%s' has no words", f[0]);
        rc = 0;
    }
    return rc;
}

/* The plural of a demonym by the English rule: "Palestinian" gives
 * "Palestinians", "Kazakh" "Kazakhs"; none where the plural is the
 * adjective itself or another word ("Chinese", "Swiss", "British",
 * "French": 0 is returned). */
static int demonym_plural(const char *adj, char *out, size_t cap)
{
    size_t n = strlen(adj);
    if (!n || n + 2 > cap)
        return 0;
    char last = adj[n - 1], before = n > 1 ? adj[n - 2] : 0;
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 's' || before == 'c')) ||
        (n > 3 && !strcmp(adj + n - 3, "ese")))
        return 0;
    memcpy(out, adj, n);
    out[n] = 's';
    out[n + 1] = '\0';
    return 1;
}

/* Whether the demonym adj, listed in field, is a plural already: "Poles",
 * "Turks", "Finns" (an -s that is not "-ss" or French "-is": not
 * "Swiss", "Beninois"), or "Frenchmen" when "Frenchman" is listed too. */
static int plural_demonym(const char *adj, const char *field)
{
    size_t n = strlen(adj);
    if (n > 3 && adj[n - 1] == 's' && adj[n - 2] != 's' && adj[n - 2] != 'i')
        return 1;
    if (n > 4 && !strcmp(adj + n - 3, "men")) {
        char sg[128];
        memcpy(sg, adj, n + 1);
        sg[n - 2] = 'a';
        for (const char *f = strstr(field, sg); f; f = strstr(f + 1, sg))
            if ((f == field || f[-1] == ' ' || f[-1] == ';') &&
                (f[n] == '\0' || f[n] == ';' || f[n] == ' '))
                return 1;
    }
    return 0;
}

/* A country's people: each adjective of field (';'-separated, left
 * unchanged) in the plural, as an LK_PEOPLE phrase; a plural demonym
 * as it is. */
static int people_phrases(loader *ld, const char *field)
{
    const char *all = field;
    while (field && *field) {
        size_t k = strcspn(field, ";");
        char adj[128], pl[130];
        const char *v = field;
        while (k && (*v == ' ' || *v == '\t'))
            v++, k--;
        while (k && (v[k - 1] == ' ' || v[k - 1] == '\t'))
            k--;
        if (k && k < sizeof adj) {
            memcpy(adj, v, k);
            adj[k] = '\0';
            int rc = plural_demonym(adj, all)         ? phrase(ld, LK_PEOPLE, adj)
                     : demonym_plural(adj, pl, sizeof pl) ? phrase(ld, LK_PEOPLE, pl)
                                                          : 0;
            if (rc)
                return rc;
        }
        field = strchr(field, ';');
        if (field)
            field++;
    }
    return 0;
}

/* countries.txt: ISO3 | CAMEO | name | other names | adjectives | capitals */
static int country_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    if (!valid_code(f[0], 3, 3)) {
        complain(ld, "'%s' is not an ISO 3166-1 alpha-3 code", f[0]);
        return 0;
    }
    lex_country *c = grow_records(ld, LK_COUNTRY, (void **)&lx->countries,
                                  sizeof *c);
    if (!c)
        return PARLEY_ENOMEM;
    memcpy(c->iso3, f[0], 4);
    c->cameo = save(ld, f[1]) ? save(ld, f[1]) : save(ld, f[0]);
    c->name = save(ld, f[2]);
    c->capital = -1;
    if (!c->name) {
        complain(ld, "country %s has no name", f[0]);
        lx->deleted[LK_COUNTRY][lx->ncount[LK_COUNTRY] - 1] = 1;
        return 0;
    }
    char first_cap[256] = "";
    if (f[5] && strcmp(f[5], "-")) {
        size_t k = strcspn(f[5], ";");
        if (k >= sizeof first_cap)
            k = sizeof first_cap - 1;
        memcpy(first_cap, f[5], k);
        first_cap[k] = '\0';
        while (k && first_cap[k - 1] == ' ')
            first_cap[--k] = '\0';
        c->capital = pl_lexicon_place(lx, first_cap, c->iso3);
    }
    if ((rc = keyed(ld, LK_COUNTRY, f[0])) || (rc = phrase(ld, LK_COUNTRY, f[2])) ||
        (rc = phrases(ld, LK_COUNTRY, f[3])) ||
        (strcmp(f[4], "-") && (rc = people_phrases(ld, f[4]))) || (rc = phrases(ld, LK_ADJ, f[4])) ||
        (rc = phrases(ld, LK_CAPITAL, f[5])))
        return rc;
    return 0;
}

/* orgs.txt: acronym | CAMEO | name | other names | parent [| seat] */
static int org_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    lex_org *o = grow_records(ld, LK_ORG, (void **)&lx->orgs, sizeof *o);
    if (!o)
        return PARLEY_ENOMEM;
    o->acronym = save(ld, f[0]);
    o->cameo = save(ld, f[1]);
    o->name = save(ld, f[2]);
    o->parent = save(ld, f[4]);
    o->seat = -1;
    if (strcmp(f[5], "-") && (o->seat = pl_lexicon_place(lx, f[5], NULL)) < 0)
        complain(ld, "seat '%s' is not in places.txt", f[5]);
    if (!o->acronym) {
        complain(ld, "organisation without an acronym%s", "");
        lx->deleted[LK_ORG][lx->ncount[LK_ORG] - 1] = 1;
        return 0;
    }
    if ((rc = keyed(ld, LK_ORG, f[0])) || (rc = phrase(ld, LK_ORG, f[0])) ||
        (rc = phrase(ld, LK_ORG, f[2])) || (rc = phrases(ld, LK_ORG, f[3])))
        return rc;
    return 0;
}

/* offices.txt: role | agent | org | phrases | plural phrases */
static int office_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    lex_office *o = grow_records(ld, LK_OFFICE, (void **)&lx->offices,
                                 sizeof *o);
    if (!o)
        return PARLEY_ENOMEM;
    o->role = save(ld, f[0]);
    o->agent = save(ld, f[1]);
    o->org = save(ld, f[2]);
    o->country = f[5] ? save(ld, f[5]) : NULL;
    if (!o->role) {
        complain(ld, "office without a role%s", "");
        lx->deleted[LK_OFFICE][lx->ncount[LK_OFFICE] - 1] = 1;
        return 0;
    }
    if ((rc = keyed(ld, LK_OFFICE, f[0])) || (rc = phrases(ld, LK_OFFICE, f[3])))
        return rc;
    /* plural phrases point at the same office record */
    if (f[4] && strcmp(f[4], "-")) {
        char *sp = NULL;
        for (char *v = strtok_r(f[4], ";", &sp); v; v = strtok_r(NULL, ";", &sp)) {
            while (*v == ' ')
                v++;
            size_t l = strlen(v);
            while (l && v[l - 1] == ' ')
                v[--l] = '\0';
            if (!l)
                continue;
            rc = pl_lexicon_add_phrase(lx, LK_OFFICE_PL,
                                    (uint32_t)(lx->ncount[LK_OFFICE] - 1), v,
                                    l, ld->user);
            if (rc && rc != PARLEY_EPARSE)
                return rc;
        }
    }
    return rc;
}

/* persons.txt: name | country or org | role | from | to | other names */
static int person_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    const char *why = NULL;
    int32_t from = strcmp(f[3], "-") ? pl_lexicon_parse_bound(f[3], strlen(f[3]), 0, &why) : 0;
    int32_t to = from >= 0 && strcmp(f[4], "-") ? pl_lexicon_parse_bound(f[4], strlen(f[4]), 1, &why) : 0;
    if (from < 0 || to < 0) {
        char fmt[160]; /* why: static text without '%' */
        snprintf(fmt, sizeof fmt, "bad %s date in term of office of %%s: %s (want YYYY[-MM[-DD]] or -)",
                 from < 0 ? "start" : "end", why ? why : "not a date");
        complain(ld, fmt, f[0]);
        return 0;
    }
    lex_person *p = grow_records(ld, LK_PERSON, (void **)&lx->persons,
                                 sizeof *p);
    if (!p)
        return PARLEY_ENOMEM;
    p->name = save(ld, f[0]);
    p->role = save(ld, f[2]);
    p->from = from;
    p->to = to;
    if (pl_lexicon_country(lx, f[1]) >= 0)
        p->country = save(ld, f[1]);
    else if (pl_lexicon_org(lx, f[1]) >= 0)
        p->org = save(ld, f[1]);
    else if (strcmp(f[1], "-"))
        complain(ld, "unknown country or organisation '%s'", f[1]);
    if (!p->name) {
        complain(ld, "person without a name%s", "");
        lx->deleted[LK_PERSON][lx->ncount[LK_PERSON] - 1] = 1;
        return 0;
    }
    char key[512];
    join_key(key, sizeof key, f[0], f[1], f[2]);
    if ((rc = keyed(ld, LK_PERSON, key)) || (rc = phrase(ld, LK_PERSON, f[0])) ||
        (rc = phrases(ld, LK_PERSON, f[5])))
        return rc;
    return 0;
}

/* topics.txt: topic | phrases */
static int topic_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    lex_simple *t = grow_records(ld, LK_TOPIC, (void **)&lx->topics, sizeof *t);
    if (!t)
        return PARLEY_ENOMEM;
    t->name = save(ld, f[0]);
    t->ref = -1;
    if ((rc = keyed(ld, LK_TOPIC, f[0])) || (rc = phrase(ld, LK_TOPIC, f[0])) ||
        (rc = phrases(ld, LK_TOPIC, f[1])))
        return rc;
    return 0;
}

/* places.txt: name | ISO3 | lat | lon | population | other names */
static int place_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    int rc = 0;
    (void)file;
    char *e1, *e2, *e3;
    double lat = strtod(f[2], &e1), lon = strtod(f[3], &e2);
    long pop = strtol(f[4], &e3, 10);
    if (!valid_code(f[1], 3, 3) || *e1 || *e2 || lat < -90 || lat > 90 ||
        lon < -180 || lon > 180 || (*e3 && strcmp(f[4], "-"))) {
        complain(ld, "bad country code, coordinates or population for '%s'", f[0]);
        return 0;
    }
    lex_place *p = grow_records(ld, LK_PLACE, (void **)&lx->places, sizeof *p);
    if (!p)
        return PARLEY_ENOMEM;
    p->name = save(ld, f[0]);
    memcpy(p->iso3, f[1], 4);
    p->lat = lat;
    p->lon = lon;
    p->population = *e3 ? 0 : pop;
    char key[512];
    join_key(key, sizeof key, f[0], f[1], NULL);
    if ((rc = keyed(ld, LK_PLACE, key)))
        return rc;
    /* By bare name, the first (most populous, as the file is sorted)
     * place wins unless a user's entry replaces it. */
    if (map_get(&maps_of(lx)->m[LK_PLACE], f[0]) < 0 || ld->user)
        if ((rc = map_put(&maps_of(lx)->m[LK_PLACE], f[0],
                          (int32_t)(lx->ncount[LK_PLACE] - 1))))
            return rc;
    if ((rc = phrase(ld, LK_PLACE, f[0])) || (rc = phrases(ld, LK_PLACE, f[5])))
        return rc;
    return 0;
}

/* venues.txt: venue | place | ISO3 [| seat of: a sector code] */
static int venue_entry(loader *ld, const char *file, char **f)
{
    parley_lexicon *lx = ld->lx;
    (void)file;
    int pl = pl_lexicon_place(lx, f[1], f[2]);
    if (pl < 0) {
        complain(ld, "venue's place '%s' is not in places.txt", f[1]);
        return 0;
    }
    lex_simple *v = grow_records(ld, LK_VENUE, (void **)&lx->venues, sizeof *v);
    if (!v)
        return PARLEY_ENOMEM;
    v->name = save(ld, f[0]);
    v->ref = pl;
    v->seat = NULL;
    if (strcmp(f[3], "-")) {
        size_t n = strlen(f[3]);
        if (n != 3 || strspn(f[3], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3) {
            complain(ld, "seat '%s' is no sector code (three capitals: GOV, MIL, LEG)", f[3]);
            return 0;
        }
        if (!(v->seat = save(ld, f[3])))
            return PARLEY_ENOMEM;
    }
    return phrases(ld, LK_VENUE, f[0]);
}

/* The lexicon's own files: their fields and their readers. */
static const struct {
    const char *file;
    int nf, optional; /* fields, of which the last optional may be left out ("-") */
    int (*read)(loader *ld, const char *file, char **f);
} readers[] = {
    {"abbreviations.txt", 2, 1, abbrev_entry}, {"honorifics.txt", 1, 0, abbrev_entry},
    {"countries.txt", 6, 0, country_entry},    {"orgs.txt", 6, 1, org_entry},
    {"offices.txt", 6, 1, office_entry},       {"persons.txt", 6, 0, person_entry},
    {"topics.txt", 2, 0, topic_entry},         {"places.txt", 6, 0, place_entry},
    {"venues.txt", 4, 1, venue_entry},
};

/* One entry line, split into fields f[0..nf). */
static int entry(loader *ld, const char *file, char **f, int nf)
{
    if (pl_grammar_file(file)) {
        const char *why = NULL;
        int rc = pl_grammar_entry(ld->lx, file, f, nf, ld->user, &why);
        if (rc == PARLEY_EPARSE) {
            complain(ld, "%s", why);
            return 0;
        }
        return rc;
    }
    for (size_t k = 0; k < sizeof readers / sizeof *readers; k++) {
        if (strcmp(file, readers[k].file))
            continue;
        int need = readers[k].nf, least = need - readers[k].optional;
        if (nf < least || nf > need) {
            char num[32];
            if (least < need)
                snprintf(num, sizeof num, "%d or %d", least, need);
            else
                snprintf(num, sizeof num, "%d", need);
            complain(ld, "expected %s fields separated by ' | '", num);
            return 0;
        }
        char *all[8], dash[] = "-";
        for (int q = 0; q < need; q++)
            all[q] = q < nf ? f[q] : dash;
        int rc = readers[k].read(ld, file, all);
        return rc == PARLEY_EPARSE ? 0 : rc;
    }
    return 0;
}

/* Parses one file's text (NUL-terminated, len bytes). name is the file's
 * base name, which selects the format; where is what messages show. */
/* The offset of the first '\n' in text[i, len), or len. */
static size_t line_end(const char *text, size_t i, size_t len)
{
    const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
    return nl ? (size_t)(nl - text) : len;
}

static int load_text(loader *ld, const char *name, const char *where,
                     const char *text, size_t len)
{
    ld->file = where;
    ld->line = 0;
    parley_buf line = PARLEY_BUF_INIT;
    size_t i = 0;
    int rc = 0;
    while (i < len && !rc) {
        size_t j = line_end(text, i, len);
        ld->line++;
        size_t first_line = ld->line;
        parley_buf_reset(&line);
        const char *s = text + i;
        size_t n = j - i;
        i = j + 1;
        if (n && s[n - 1] == '\r')
            n--;
        if (memchr(s, '\0', n)) {
            complain(ld, "NUL byte in line%s", "");
            continue;
        }
        if (parley_buf_add(&line, s, n))
            return PARLEY_ENOMEM;
        /* continuation lines */
        while (line.n && line.p[line.n - 1] == '\\' && i < len) {
            line.p[--line.n] = '\0';
            j = line_end(text, i, len);
            ld->line++;
            if (parley_buf_add(&line, text + i, j - i))
                return PARLEY_ENOMEM;
            i = j + 1;
        }
        size_t saved = ld->line;
        ld->line = first_line;
        char *p = line.p;
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '#') {
            ld->line = saved;
            continue;
        }
        /* invalid UTF-8 makes the whole line suspect */
        int bad = 0;
        size_t plen = strlen(p);
        for (size_t k = 0; k < plen;) {
            if ((unsigned char)p[k] < 0x80) {
                k++; /* ASCII: valid, and most of every file */
                continue;
            }
            int32_t cp;
            size_t l = pl_text_utf8_next(p + k, plen - k, &cp);
            if (cp < 0) {
                bad = 1;
                break;
            }
            k += l;
        }
        if (bad) {
            complain(ld, "invalid UTF-8%s", "");
            ld->line = saved;
            continue;
        }
        char *f[MAX_FIELDS];
        int nf = 0;
        char *q = p;
        for (;;) {
            char *bar = strchr(q, '|');
            if (bar)
                *bar = '\0';
            char *a = q;
            while (*a == ' ' || *a == '\t')
                a++;
            size_t l = strlen(a);
            while (l && (a[l - 1] == ' ' || a[l - 1] == '\t'))
                a[--l] = '\0';
            if (nf < MAX_FIELDS)
                f[nf] = a;
            nf++;
            if (!bar)
                break;
            q = bar + 1;
        }
        if (nf > MAX_FIELDS) {
            complain(ld, "too many fields%s", "");
        } else if (!*f[0]) {
            complain(ld, "empty first field%s", "");
        } else {
            for (int k = 0; k < nf; k++)
                if (!*f[k])
                    f[k] = "-";
            rc = entry(ld, name, f, nf);
        }
        ld->line = saved;
    }
    parley_buf_release(&line);
    return rc;
}

/* Dependencies first: capitals and venues need places, persons need
 * countries and organisations. */
static const char *const file_order[] = {
    "abbreviations.txt", "honorifics.txt", "places.txt", "countries.txt",
    "orgs.txt", "offices.txt", "persons.txt", "topics.txt", "venues.txt",
    "words.txt", "pos.txt", "cameo.txt", "nouns.txt", "verbs.txt", NULL};

static int load_user_file(loader *ld, const char *dir, const char *name)
{
    parley_buf path = PARLEY_BUF_INIT, data = PARLEY_BUF_INIT;
    parley_buf_addf(&path, "%s/%s", dir, name);
    FILE *fp = fopen(path.p, "rb");
    int rc = 0;
    if (!fp) {
        parley_buf_release(&path);
        return errno == ENOENT ? 0 : PARLEY_EIO;
    }
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
        if (parley_buf_add(&data, chunk, got)) {
            rc = PARLEY_ENOMEM;
            break;
        }
    if (ferror(fp))
        rc = PARLEY_EIO;
    fclose(fp);
    if (!rc) {
        ld->user = 1;
        rc = load_text(ld, name, path.p, data.p ? data.p : "", data.n);
    }
    parley_buf_release(&path);
    parley_buf_release(&data);
    return rc;
}

int pl_lexicon_is_abbrev(const void *ud, const char *fold, size_t n)
{
    const parley_lexicon *lx = ud;
    if (!lx || !lx->nnodes)
        return 0;
    /* Abbreviations are single tokens: look the folded word up directly. */
    token t = {0};
    t.hash = text_hash(fold, n);
    /* most words before a full stop are no abbreviation: the small
     * abbrev_bits says so without a probe of the large edge table */
    size_t b = lexicon_abbrev_bit(t.hash);
    if (!(lx->abbrev_bits[b / 64] >> (b % 64) & 1))
        return 0;
    t.flags = TOK_WORD;
    const lex_hit *h;
    if (!lexicon_match(lx, &t, 0, 1, LK_BIT(LK_ABBREV), &h))
        return 0;
    return h->idx & 1 ? 2 : 1;
}

static size_t holder_bucket(const parley_lexicon *lx, const char *role,
                            const char *where)
{
    uint64_t h = text_hash(role, strlen(role)) * 31 + text_hash(where, strlen(where));
    return (size_t)(h ^ h >> 29) & (lx->nholder_heads - 1);
}

/* Indexes the persons by office and country, and by office and
 * organisation, for pl_lexicon_holder_first. */
static int index_holders(parley_lexicon *lx)
{
    size_t n = lx->ncount[LK_PERSON], cap = 16;
    while (cap < n)
        cap *= 2;
    lx->nholder_heads = cap;
    for (int w = 0; w < 2; w++) {
        lx->holder_head[w] = calloc(cap, sizeof *lx->holder_head[w]);
        lx->holder_next[w] = calloc(n ? n : 1, sizeof *lx->holder_next[w]);
        if (!lx->holder_head[w] || !lx->holder_next[w])
            return PARLEY_ENOMEM;
        for (size_t i = n; i-- > 0;) {
            const lex_person *p = &lx->persons[i];
            const char *where = w == 0 ? p->country : p->org;
            if (!p->role || !where)
                continue;
            size_t b = holder_bucket(lx, p->role, where);
            lx->holder_next[w][i] = lx->holder_head[w][b];
            lx->holder_head[w][b] = (uint32_t)i + 1;
        }
    }
    return 0;
}

long pl_lexicon_holder_first(const parley_lexicon *lx, const char *role,
                          const char *iso3, const char *org)
{
    const char *where = iso3 ? iso3 : org;
    if (!role || !where)
        return -1;
    return (long)lx->holder_head[iso3 ? 0 : 1][holder_bucket(lx, role, where)] - 1;
}

int parley_lexicon_load(parley_lexicon **out, const parley_lexicon_opts *o,
                        size_t *bad_lines)
{
    *out = NULL;
    lexicon_box *box = calloc(1, sizeof *box);
    if (!box)
        return PARLEY_ENOMEM;
    parley_lexicon *lx = &box->lx;
    pl_arena_init(&lx->mem);
    pl_arena_init(&lx->scratch);
    loader ld = {lx, o, NULL, 0, 0, 0};
    int rc = 0;
    if (o && o->user_dir) {
        DIR *d = opendir(o->user_dir);
        if (!d) {
            if (o->log) {
                parley_buf b = PARLEY_BUF_INIT;
                parley_buf_addf(&b, "%s: cannot open lexicon directory: %s",
                                o->user_dir, strerror(errno));
                o->log(o->log_ud, PARLEY_ERROR, b.p);
                parley_buf_release(&b);
            }
            parley_lexicon_free(lx);
            return errno == ENOENT ? PARLEY_ENOENT : PARLEY_EIO;
        }
        closedir(d);
    }
    for (int i = 0; file_order[i] && !rc; i++) {
        if (!(o && o->no_builtin))
            for (size_t k = 0; k < pl_builtin_nfiles; k++)
                if (!strcmp(pl_builtin_files[k].name, file_order[i])) {
                    ld.user = 0;
                    rc = load_text(&ld, pl_builtin_files[k].name,
                                   pl_builtin_files[k].name,
                                   pl_builtin_files[k].data,
                                   pl_builtin_files[k].len);
                }
        if (!rc && o && o->user_dir)
            rc = load_user_file(&ld, o->user_dir, file_order[i]);
    }
    if (bad_lines)
        *bad_lines = ld.bad;
    if (lx->gram) {
        /* the grammar's arrays grow no more */
        lx->pat_links = lx->gram->links;
        lx->pats = lx->gram->pats;
        lx->frames = lx->gram->frames;
        lx->nframes = lx->gram->nframes;
    }
    if (!rc)
        rc = index_holders(lx);
    if (!rc)
        rc = pl_lexicon_cameo_index(lx);
    if (!rc)
        rc = pl_lexicon_vocab_build(lx);
    if (!rc)
        pl_lexicon_abbrev_index(lx);
    pl_arena_release(&lx->scratch);
    if (rc) {
        parley_lexicon_free(lx);
        return rc;
    }
    *out = lx;
    return 0;
}

void parley_lexicon_free(parley_lexicon *lx)
{
    if (!lx)
        return;
    if (lx->image) {
        pl_lexicon_image_free(lx);
        return;
    }
    lexicon_maps *m = maps_of(lx);
    for (int k = 0; k < LK_NKINDS; k++) {
        free(m->m[k].v);
        free(lx->deleted[k]);
    }
    free(lx->countries);
    free(lx->orgs);
    free(lx->offices);
    free(lx->persons);
    pl_grammar_free(lx);
    free(lx->places);
    free(lx->topics);
    free(lx->venues);
    free(lx->node_hits);
    free(lx->edges);
    free(lx->edge_tags);
    free(lx->hits);
    free(lx->first_bits);
    free(lx->vocab);
    free(lx->vinfo);
    free(lx->country_by_cameo);
    free(lx->org_by_cameo);
    free(lx->cameo_slots[0]);
    free(lx->cameo_slots[1]);
    for (int w = 0; w < 2; w++) {
        free(lx->holder_head[w]);
        free(lx->holder_next[w]);
    }
    pl_arena_release(&lx->mem);
    pl_arena_release(&lx->scratch);
    free(lx);
}
