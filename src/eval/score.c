/* score.c — `parley eval`'s library half: reads gold events and predicted
 * events (JSON lines), matches them per document by maximum bipartite
 * matching under the rules of eval/README.md, and fills a report. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>
#include <utf8proc.h>

#include "eval/docset.h"
#include "parley.h"
#include "util/arena.h"

/* Organisations of the UN system: a gold participant whose org is one of
 * these also matches a prediction that only says "UN" (coding the parent
 * organisation is acceptable coarseness). The converse does not hold: gold
 * "UN" is not matched by a predicted "WHO", since the prediction then
 * claims an actor the gold does not name. Principal organs, secretariat
 * departments and offices, funds and programmes, specialised agencies and
 * related organisations; the Bretton Woods institutions (IMF, World Bank)
 * and the WTO are left out, as news treats them as separate actors. */
static const char *const un_bodies[] = {
    "UNSC", "UNGA", "ECOSOC", "ICJ", "UNSG", "DPPA", "DPO", "DESA",
    "UNDESA", "OCHA", "OHCHR", "UNRCCA", "UNOCT", "UNODA", "UNOOSA",
    "UNOG", "UNOV", "UNON", "UNDP", "UNEP", "UNICEF", "UNFPA", "UNHCR",
    "UNRWA", "WFP", "UNCTAD", "UNODC", "UNOPS", "UNWOMEN", "UN-WOMEN",
    "UN WOMEN", "UNAIDS", "UNHABITAT", "UN-HABITAT", "UNU", "UNITAR",
    "UNFCCC", "UNCCD", "ITC", "FAO", "ICAO", "IFAD", "ILO", "IMO", "ITU",
    "UNESCO", "UNIDO", "UNWTO", "UPU", "WHO", "WIPO", "WMO", "IAEA", "IOM",
    "OPCW", "CTBTO", "ECE", "UNECE", "ESCAP", "UNESCAP", "ECA", "ECLAC",
    "ESCWA", "UNAMA", "UNMISS", "UNIFIL", "MONUSCO", "MINUSCA", "UNFICYP",
    "UNMIK", "UNSMIL", "UNAMI", "UNTSO", "UNDOF",
};

/* One participant. The raw strings are as written; the folded ones are
 * NFC, case folded, without diacritics, with dashes and spaces turned
 * into single spaces. */
typedef struct party {
    const char *name, *country, *org;
    const char *fname;    /* folded name (prediction) */
    const char *fsurname; /* folded last token of the name (gold) */
    const char *fcountry, *forg;
    int un_body;          /* gold org is in un_bodies */
} party;

typedef struct rec {
    const char *doc, *type;
    party a, b; /* gold a/b, or prediction source/target */
    const char *date, *place, *fplace;
    const char *mode; /* as written; NULL when absent */
    int sign;         /* mode is "sign" (a signing), in any case */
    int directed, optional;
    int outside;      /* its document is not in the declared set */
    const char *file;
    size_t line;
    size_t type_id; /* set by score */
} rec;

typedef struct recs {
    rec *v;
    size_t n, cap;
} recs;

struct parley_eval {
    parley_eval_opts opts;
    arena mem;  /* strings of the records */
    recs gold, pred;
    size_t gold_errors, pred_errors;
    docset docs;        /* the evaluated set, when declared */
    size_t docs_errors; /* input errors while reading its documents */
    file_id *inputs;    /* the gold and prediction files loaded */
    size_t ninputs, cap_inputs;
    /* the last report's arrays */
    parley_eval_type *types;
    parley_eval_item *misses, *extras;
    size_t nmisses, nextras, cap_misses, cap_extras;
    const char **empty; /* set documents with neither gold nor predictions */
};

/* ---- helpers ---------------------------------------------------------- */

static void logf_(parley_eval *e, int sev, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void logf_(parley_eval *e, int sev, const char *fmt, ...)
{
    if (!e->opts.log)
        return;
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0)
        return;
    if ((size_t)len < sizeof small) {
        e->opts.log(e->opts.log_ud, sev, small);
        return;
    }
    char *big = malloc((size_t)len + 1);
    if (!big) {
        e->opts.log(e->opts.log_ud, sev, small); /* truncated */
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)len + 1, fmt, ap);
    va_end(ap);
    e->opts.log(e->opts.log_ud, sev, big);
    free(big);
}

static int is_sep(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' ||
           c == '_' || c == '.' || c == ',';
}

/* Folds s for comparison: NFC after decomposition with case folding and
 * marks stripped (so "Popșoi" = "popsoi"), Unicode dashes and spaces lumped
 * to ASCII, then runs of separators (spaces, hyphens, dots, commas) turned
 * into one space, trimmed. Invalid UTF-8 (jansson rejects it, so only via
 * direct callers) falls back to ASCII lower-casing. Returns a string in
 * the arena, or NULL when out of memory. */
static const char *fold(arena *a, const char *s)
{
    utf8proc_uint8_t *m = NULL;
    size_t n = strlen(s);
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s,
                                      (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                          UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    const char *src = s;
    size_t sn = n;
    if (r >= 0) {
        src = (const char *)m;
        sn = (size_t)r;
    } else if (r == UTF8PROC_ERROR_NOMEM) {
        return NULL;
    }
    char *out = arena_alloc(a, sn + 1);
    if (!out) {
        free(m);
        return NULL;
    }
    size_t o = 0;
    int pending = 0;
    for (size_t i = 0; i < sn; i++) {
        unsigned char c = (unsigned char)src[i];
        if (is_sep(c)) {
            pending = o > 0;
            continue;
        }
        if (pending)
            out[o++] = ' ';
        pending = 0;
        if (r < 0 && c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        out[o++] = (char)c;
    }
    out[o] = '\0';
    free(m);
    return out;
}

/* 1 when the space-separated folded string s has tok as a whole token. */
static int has_token(const char *s, const char *tok)
{
    size_t tn = strlen(tok);
    if (!tn)
        return 0;
    for (const char *p = s; *p;) {
        const char *end = strchr(p, ' ');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == tn && !memcmp(p, tok, n))
            return 1;
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}

static int is_un_body(const char *org)
{
    for (size_t i = 0; i < sizeof un_bodies / sizeof un_bodies[0]; i++) {
        const char *u = un_bodies[i];
        size_t k = 0;
        while (u[k] && org[k] &&
               (u[k] == org[k] ||
                (org[k] >= 'a' && org[k] <= 'z' && org[k] - 'a' + 'A' == u[k])))
            k++;
        if (!u[k] && !org[k])
            return 1;
    }
    return 0;
}

/* 1 when mode is "sign", ASCII case ignored. */
static int is_sign(const char *mode)
{
    const char *w = "sign";
    size_t k = 0;
    for (; w[k] && mode[k]; k++) {
        char m = mode[k];
        if (m >= 'A' && m <= 'Z')
            m = (char)(m - 'A' + 'a');
        if (m != w[k])
            return 0;
    }
    return !w[k] && !mode[k];
}

static int recs_push(recs *r, rec **out)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        if (cap > SIZE_MAX / sizeof *r->v)
            return PARLEY_ENOMEM;
        rec *v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return PARLEY_ENOMEM;
        r->v = v;
        r->cap = cap;
    }
    *out = &r->v[r->n];
    memset(*out, 0, sizeof **out);
    return 0;
}

/* ---- reading ---------------------------------------------------------- */

/* Result of a field check: 0 ok (value or absent), 1 wrong type (a message
 * has been logged), PARLEY_ENOMEM. */
enum { BAD = 1 };

typedef struct ctx {
    parley_eval *e;
    const char *file;
    size_t line;
} ctx;

/* Reads an optional string field: absent, null or "" leave *out NULL. */
static int get_str(ctx *c, json_t *obj, const char *key, const char *what,
                   const char **out)
{
    *out = NULL;
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v)) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: %s%s must be a string or null",
              c->file, c->line, what, key);
        return BAD;
    }
    if (!json_string_length(v))
        return 0;
    char *s = pl_arena_strndup(&c->e->mem, json_string_value(v),
                            json_string_length(v));
    if (!s)
        return PARLEY_ENOMEM;
    *out = s;
    return 0;
}

static int get_bool(ctx *c, json_t *obj, const char *key, int *out)
{
    *out = 0;
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_boolean(v)) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: %s must be true, false or null",
              c->file, c->line, key);
        return BAD;
    }
    *out = json_is_true(v);
    return 0;
}

/* Reads participant `key`. Gold participants are required and need a
 * name, country or org; predicted ones may be null or absent. */
static int get_party(ctx *c, json_t *obj, const char *key, int gold,
                     party *p)
{
    memset(p, 0, sizeof *p);
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) {
        if (!gold)
            return 0;
        logf_(c->e, PARLEY_ERROR, "%s:%zu: missing participant %s",
              c->file, c->line, key);
        return BAD;
    }
    if (!json_is_object(v)) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: %s must be an object%s",
              c->file, c->line, key, gold ? "" : " or null");
        return BAD;
    }
    char what[32];
    snprintf(what, sizeof what, "%s.", key);
    int rc;
    if ((rc = get_str(c, v, "name", what, &p->name)) ||
        (rc = get_str(c, v, "country", what, &p->country)) ||
        (rc = get_str(c, v, "org", what, &p->org)))
        return rc;
    if (gold && !p->name && !p->country && !p->org) {
        logf_(c->e, PARLEY_ERROR,
              "%s:%zu: participant %s needs a name, country or org",
              c->file, c->line, key);
        return BAD;
    }
    arena *m = &c->e->mem;
    if (p->name) {
        const char *f = fold(m, p->name);
        if (!f)
            return PARLEY_ENOMEM;
        if (gold) {
            const char *last = strrchr(f, ' ');
            p->fsurname = last ? last + 1 : f;
            if (!*p->fsurname) {
                logf_(c->e, PARLEY_ERROR, "%s:%zu: %s.name has no letters",
                      c->file, c->line, key);
                return BAD;
            }
        } else {
            p->fname = f;
        }
    }
    if (p->country && !(p->fcountry = fold(m, p->country)))
        return PARLEY_ENOMEM;
    if (p->org) {
        if (!(p->forg = fold(m, p->org)))
            return PARLEY_ENOMEM;
        p->un_body = gold && is_un_body(p->org);
    }
    return 0;
}

/* Parses one non-blank line into a new record of e's gold or pred list.
 * Returns 0, BAD (logged; the record is dropped) or PARLEY_ENOMEM. */
static int parse_line(ctx *c, int gold, const char *p, size_t n)
{
    json_error_t err;
    json_t *j = json_loadb(p, n, 0, &err);
    if (!j) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: invalid JSON: %s", c->file,
              c->line, err.text);
        return BAD;
    }
    int rc = 0;
    if (!json_is_object(j)) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: expected a JSON object",
              c->file, c->line);
        json_decref(j);
        return BAD;
    }
    recs *list = gold ? &c->e->gold : &c->e->pred;
    rec *r;
    if ((rc = recs_push(list, &r)))
        goto done;
    r->file = c->file;
    r->line = c->line;
    if ((rc = get_str(c, j, "doc", "", &r->doc)) ||
        (rc = get_str(c, j, "type", "", &r->type)))
        goto done;
    if (!r->doc || !r->type) {
        logf_(c->e, PARLEY_ERROR, "%s:%zu: missing \"%s\"", c->file,
              c->line, r->doc ? "type" : "doc");
        rc = BAD;
        goto done;
    }
    if ((rc = get_party(c, j, gold ? "a" : "source", gold, &r->a)) ||
        (rc = get_party(c, j, gold ? "b" : "target", gold, &r->b)) ||
        (rc = get_str(c, j, "date", "", &r->date)))
        goto done;
    if (gold) {
        if ((rc = get_bool(c, j, "directed", &r->directed)) ||
            (rc = get_bool(c, j, "optional", &r->optional)) ||
            (rc = get_str(c, j, "place", "", &r->place)))
            goto done;
    } else {
        /* The contract's place is an object with a name; a bare string is
         * accepted too. */
        json_t *pl = json_object_get(j, "place");
        if (pl && json_is_object(pl))
            rc = get_str(c, pl, "name", "place.", &r->place);
        else
            rc = get_str(c, j, "place", "", &r->place);
        if (rc)
            goto done;
    }
    /* Of the modes only "sign" matters: a signing matches only a
     * signing. */
    if ((rc = get_str(c, j, "mode", "", &r->mode)))
        goto done;
    r->sign = r->mode && is_sign(r->mode);
    if (r->place && !(r->fplace = fold(&c->e->mem, r->place)))
        rc = PARLEY_ENOMEM;
done:
    if (rc == 0)
        list->n++;
    json_decref(j);
    return rc;
}

static int add_lines(parley_eval *e, int gold, const char *name,
                     const char *data, size_t n)
{
    if (!e || (!data && n))
        return PARLEY_EINVAL;
    const char *file = pl_arena_strdup(&e->mem, name ? name : "<input>");
    if (!file)
        return PARLEY_ENOMEM;
    ctx c = {e, file, 0};
    size_t bad = 0;
    size_t i = 0;
    /* A UTF-8 byte order mark at the start is not part of line 1. */
    if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < n) {
        const char *nl = memchr(data + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - data) : n;
        c.line++;
        size_t s = i, t = end;
        while (s < t && (data[s] == ' ' || data[s] == '\t' || data[s] == '\r'))
            s++;
        while (t > s && (data[t - 1] == ' ' || data[t - 1] == '\t' ||
                         data[t - 1] == '\r'))
            t--;
        if (t > s) {
            int rc = parse_line(&c, gold, data + s, t - s);
            if (rc == BAD)
                bad++;
            else if (rc < 0)
                return rc;
        }
        i = end + 1;
    }
    if (gold)
        e->gold_errors += bad;
    else
        e->pred_errors += bad;
    return bad > (size_t)INT32_MAX ? INT32_MAX : (int)bad;
}

int parley_eval_add_gold(parley_eval *e, const char *name, const char *data,
                         size_t n)
{
    return add_lines(e, 1, name, data, n);
}

int parley_eval_add_pred(parley_eval *e, const char *name, const char *data,
                         size_t n)
{
    return add_lines(e, 0, name, data, n);
}

/* Remembers the file f (a regular file) as an input, so that
 * parley_eval_load_docs does not take it for documents. */
static int remember_input(parley_eval *e, FILE *f)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    if (e->ninputs == e->cap_inputs) {
        size_t cap = e->cap_inputs ? e->cap_inputs * 2 : 4;
        file_id *v = realloc(e->inputs, cap * sizeof *v);
        if (!v)
            return PARLEY_ENOMEM;
        e->inputs = v;
        e->cap_inputs = cap;
    }
    e->inputs[e->ninputs++] = (file_id){st.st_dev, st.st_ino};
    return 0;
}

static int load(parley_eval *e, int gold, const char *path)
{
    if (!e || !path)
        return PARLEY_EINVAL;
    int is_stdin = !strcmp(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        int err = errno;
        logf_(e, PARLEY_ERROR, "%s: cannot open: %s", path, strerror(err));
        return err == ENOENT || err == ENOTDIR ? PARLEY_ENOENT : PARLEY_EIO;
    }
    parley_buf b = PARLEY_BUF_INIT;
    int rc = remember_input(e, f);
    for (; !rc;) {
        if (parley_buf_grow(&b, 65536)) {
            rc = PARLEY_ENOMEM;
            break;
        }
        size_t got = fread(b.p + b.n, 1, b.cap - b.n - 1, f);
        b.n += got;
        b.p[b.n] = '\0';
        if (got == 0)
            break;
    }
    if (!rc && ferror(f)) {
        logf_(e, PARLEY_ERROR, "%s: read error", is_stdin ? "<stdin>" : path);
        rc = PARLEY_EIO;
    }
    if (!is_stdin)
        fclose(f);
    if (!rc)
        rc = add_lines(e, gold, is_stdin ? "<stdin>" : path, b.p, b.n);
    parley_buf_release(&b);
    return rc;
}

int parley_eval_load_gold(parley_eval *e, const char *path)
{
    return load(e, 1, path);
}

int parley_eval_load_pred(parley_eval *e, const char *path)
{
    return load(e, 0, path);
}

int parley_eval_add_doc(parley_eval *e, const char *id, size_t n)
{
    if (!e)
        return PARLEY_EINVAL;
    return pl_docset_add(&e->docs, &e->mem, id, n);
}

int parley_eval_load_docs(parley_eval *e, const char *path)
{
    if (!e || !path)
        return PARLEY_EINVAL;
    size_t errors = 0;
    int rc = pl_docset_load(&e->docs, &e->mem, path, e->inputs, e->ninputs,
                         e->opts.log, e->opts.log_ud, &errors);
    e->docs_errors += errors;
    if (rc)
        return rc;
    return errors > (size_t)INT32_MAX ? INT32_MAX : (int)errors;
}

int parley_eval_new(parley_eval **out, const parley_eval_opts *opts)
{
    parley_eval *e = calloc(1, sizeof *e);
    *out = e;
    if (!e)
        return PARLEY_ENOMEM;
    if (opts)
        e->opts = *opts;
    pl_arena_init(&e->mem);
    return 0;
}

static void free_report(parley_eval *e)
{
    free(e->types);
    free(e->misses);
    free(e->extras);
    free(e->empty);
    e->types = NULL;
    e->misses = e->extras = NULL;
    e->empty = NULL;
    e->nmisses = e->nextras = e->cap_misses = e->cap_extras = 0;
}

void parley_eval_free(parley_eval *e)
{
    if (!e)
        return;
    free_report(e);
    free(e->gold.v);
    free(e->pred.v);
    free(e->inputs);
    pl_docset_free(&e->docs);
    pl_arena_release(&e->mem);
    free(e);
}

/* ---- matching --------------------------------------------------------- */

/* Does gold participant g match predicted participant p? */
static int party_ok(const party *g, const party *p, int lenient)
{
    if (g->fsurname) {
        if (p->fname && has_token(p->fname, g->fsurname))
            return 1;
        if (!lenient)
            return 0;
    }
    if (g->fcountry && p->fcountry && !strcmp(g->fcountry, p->fcountry))
        return 1;
    if (g->forg && p->forg &&
        (!strcmp(g->forg, p->forg) || (g->un_body && !strcmp(p->forg, "un"))))
        return 1;
    return 0;
}

static int compatible(const rec *g, const rec *p, int lenient)
{
    if (g->type_id != p->type_id || g->sign != p->sign)
        return 0;
    if (party_ok(&g->a, &p->a, lenient) && party_ok(&g->b, &p->b, lenient))
        return 1;
    return !g->directed && party_ok(&g->a, &p->b, lenient) &&
           party_ok(&g->b, &p->a, lenient);
}

static int date_ok(const rec *g, const rec *p)
{
    return p->date && !strncmp(p->date, g->date, strlen(g->date));
}

static int place_ok(const rec *g, const rec *p)
{
    return p->fplace && !strcmp(p->fplace, g->fplace);
}

/* How well a compatible pair agrees on the attributes: pairs that get the
 * date and place right are tried first, so that among the maximum
 * matchings the one found tends to credit right attributes. */
static int quality(const rec *g, const rec *p)
{
    return (g->date && date_ok(g, p)) + (g->place && place_ok(g, p));
}

/* Scratch space for one document's matching. */
typedef struct match {
    size_t *adj, nadj, cap_adj; /* gold indexes (into gs) per prediction */
    size_t *adj_start;          /* np + 1 */
    long *match_g, *match_p;    /* partner or -1 */
    size_t *seen, *par, *queue;
    size_t *best, *order;       /* per prediction: candidate quality, and
                                   the order in which they claim */
    size_t stamp;
} match;

static int grow_sz(size_t **v, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    size_t *nv = realloc(*v, c * sizeof *nv);
    if (!nv)
        return PARLEY_ENOMEM;
    *v = nv;
    *cap = c;
    return 0;
}

/* Maximum bipartite matching between predictions ps[0..np) (only those
 * with match_p == -1 on entry take part) and gold events gs[0..ng), by
 * augmenting paths found breadth-first (no recursion, so large documents
 * cannot overflow the stack). Fills m->match_p / match_g. */
static int run_matching(match *m, rec *const *ps, size_t np,
                        rec *const *gs, size_t ng, int lenient, int by_quality)
{
    /* Adjacency, best attributes first; best[x] is the quality of x's
     * first (best) candidate. */
    m->nadj = 0;
    for (size_t x = 0; x < np; x++) {
        m->adj_start[x] = m->nadj;
        m->best[x] = 0;
        if (m->match_p[x] >= 0)
            continue;
        for (int q = by_quality ? 2 : 0; q >= 0; q--)
            for (size_t v = 0; v < ng; v++) {
                if (!compatible(gs[v], ps[x], lenient))
                    continue;
                if (by_quality && quality(gs[v], ps[x]) != q)
                    continue;
                if (grow_sz(&m->adj, &m->cap_adj, m->nadj + 1))
                    return PARLEY_ENOMEM;
                if (m->adj_start[x] == m->nadj)
                    m->best[x] = (size_t)q;
                m->adj[m->nadj++] = v;
            }
    }
    m->adj_start[np] = m->nadj;
    /* Predictions with the best attributes claim first (stable within
     * one quality), so that a copy with the wrong date is the one left
     * over. Augmenting paths still make the matching maximum. */
    size_t no = 0;
    for (size_t q = 3; q-- > 0;)
        for (size_t x = 0; x < np; x++)
            if (m->best[x] == q)
                m->order[no++] = x;
    for (size_t v = 0; v < ng; v++) {
        m->match_g[v] = -1;
        m->seen[v] = 0;
    }
    m->stamp = 0;
    for (size_t k = 0; k < np; k++) {
        size_t u = m->order[k];
        if (m->match_p[u] >= 0 || m->adj_start[u] == m->adj_start[u + 1])
            continue;
        m->stamp++;
        size_t qh = 0, qt = 0;
        m->queue[qt++] = u;
        long found = -1;
        while (qh < qt && found < 0) {
            size_t x = m->queue[qh++];
            for (size_t k = m->adj_start[x]; k < m->adj_start[x + 1]; k++) {
                size_t v = m->adj[k];
                if (m->seen[v] == m->stamp)
                    continue;
                m->seen[v] = m->stamp;
                m->par[v] = x;
                if (m->match_g[v] < 0) {
                    found = (long)v;
                    break;
                }
                m->queue[qt++] = (size_t)m->match_g[v];
            }
        }
        /* Flip the path: each prediction on it takes the gold event it
         * reached, freeing the one it held for the prediction before. */
        for (long v = found; v >= 0;) {
            size_t x = m->par[v];
            long prev = m->match_p[x];
            m->match_p[x] = v;
            m->match_g[v] = (long)x;
            if (x == u)
                break;
            v = prev;
        }
    }
    return 0;
}

static int push_item(parley_eval_item **v, size_t *n, size_t *cap,
                     const rec *r, int dup)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        parley_eval_item *nv = realloc(*v, c * sizeof *nv);
        if (!nv)
            return PARLEY_ENOMEM;
        *v = nv;
        *cap = c;
    }
    parley_eval_item *it = &(*v)[(*n)++];
    it->doc = r->doc;
    it->type = r->type;
    it->a = (parley_eval_party){r->a.name, r->a.country, r->a.org};
    it->b = (parley_eval_party){r->b.name, r->b.country, r->b.org};
    it->date = r->date;
    it->place = r->place;
    it->mode = r->mode;
    it->directed = r->directed;
    it->duplicate = dup;
    it->file = r->file;
    it->line = r->line;
    return 0;
}

/* Marks kept per record during strict scoring, so that misses and extras
 * can be listed in input order afterwards. */
enum { MARK_NONE = 0, MARK_MISS, MARK_EXTRA, MARK_EXTRA_DUP };

/* Scores one document in one mode. ps: its predictions, gs: its gold
 * events, required first (nreq of them) then optional. In strict mode,
 * gmark/pmark (indexed like e->gold.v / e->pred.v) receive the marks. */
static int score_doc(parley_eval *e, parley_eval_report *rep, match *m,
                     rec **ps, size_t np, rec **gs, size_t nreq, size_t ng,
                     int lenient, unsigned char *gmark, unsigned char *pmark)
{
    parley_eval_counts *c = lenient ? &rep->lenient : &rep->strict;
    parley_eval_type *types = e->types;
    for (size_t x = 0; x < np; x++)
        m->match_p[x] = -1;
    int rc = run_matching(m, ps, np, gs, nreq, lenient, !lenient);
    if (rc)
        return rc;
    /* A prediction that could have matched a required event but lost it
     * to another prediction is a duplicate. */
    for (size_t x = 0; x < np; x++)
        if (!lenient)
            pmark[ps[x] - e->pred.v] =
                m->adj_start[x] != m->adj_start[x + 1] ? MARK_EXTRA_DUP
                                                       : MARK_EXTRA;
    for (size_t v = 0; v < nreq; v++) {
        rec *g = gs[v];
        parley_eval_type *t = &types[g->type_id];
        if (m->match_g[v] < 0) {
            c->fn++;
            if (lenient) {
                t->lfn++;
            } else {
                t->fn++;
                gmark[g - e->gold.v] = MARK_MISS;
            }
            continue;
        }
        rec *p = ps[m->match_g[v]];
        c->tp++;
        if (lenient) {
            t->ltp++;
            continue;
        }
        t->tp++;
        pmark[p - e->pred.v] = MARK_NONE;
        if (g->date) {
            rep->date_n++;
            rep->date_ok += (size_t)date_ok(g, p);
        }
        if (g->place) {
            rep->place_n++;
            rep->place_ok += (size_t)place_ok(g, p);
        } else {
            rep->noplace_n++;
            rep->noplace_ok += !p->place;
        }
    }
    /* Phase two: the predictions left over, against optional gold; those
     * matched in phase one keep match_p >= 0 and take no part. */
    size_t before = 0;
    for (size_t x = 0; x < np; x++)
        before += m->match_p[x] >= 0;
    rc = run_matching(m, ps, np, gs + nreq, ng - nreq, lenient, 0);
    if (rc)
        return rc;
    size_t after = 0;
    for (size_t x = 0; x < np; x++) {
        if (m->match_p[x] >= 0) {
            after++;
            if (!lenient)
                pmark[ps[x] - e->pred.v] = MARK_NONE;
            continue;
        }
        /* Matched in neither phase. (Phase-one partners are also >= 0.) */
        c->fp++;
        if (lenient)
            types[ps[x]->type_id].lfp++;
        else
            types[ps[x]->type_id].fp++;
    }
    c->ignored += after - before;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Orders records by document, then input position. */
static int cmp_rec_doc(const void *a, const void *b)
{
    const rec *x = *(rec *const *)a, *y = *(rec *const *)b;
    int c = strcmp(x->doc, y->doc);
    if (c)
        return c;
    return x < y ? -1 : x > y;
}

static void finish(parley_eval_counts *c)
{
    c->p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0.0;
    c->r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0.0;
    c->f1 = c->p + c->r > 0 ? 2 * c->p * c->r / (c->p + c->r) : 0.0;
}

/* ---- the evaluated set ------------------------------------------------ */

/* Logs one error per document outside the set (naming its first line),
 * for the n records of list so marked. Returns 0 or PARLEY_ENOMEM. */
static int log_outside(parley_eval *e, const recs *list, size_t n, int gold)
{
    rec **v = malloc(n * sizeof *v);
    if (!v)
        return PARLEY_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < list->n; i++)
        if (list->v[i].outside)
            v[k++] = &list->v[i];
    qsort(v, k, sizeof *v, cmp_rec_doc);
    for (size_t i = 0, j; i < k; i = j) {
        for (j = i; j < k && !strcmp(v[j]->doc, v[i]->doc); j++)
            ;
        logf_(e, PARLEY_ERROR,
              "%s:%zu: document \"%s\" is not in the evaluated set; its %zu "
              "%s event(s) are not scored",
              v[i]->file, v[i]->line, v[i]->doc, j - i,
              gold ? "gold" : "predicted");
    }
    free(v);
    return 0;
}

/* Marks the records whose document is not in the declared set (none when
 * no set was declared), counts and logs them. */
static int mark_outside(parley_eval *e, parley_eval_report *rep)
{
    pl_docset_seal(&e->docs);
    for (int gold = 1; gold >= 0; gold--) {
        recs *list = gold ? &e->gold : &e->pred;
        size_t n = 0;
        for (size_t i = 0; i < list->n; i++) {
            rec *r = &list->v[i];
            r->outside =
                e->docs.declared && pl_docset_find(&e->docs, r->doc) < 0;
            n += (size_t)r->outside;
        }
        if (gold)
            rep->gold_outside = n;
        else
            rep->pred_outside = n;
        if (n && log_outside(e, list, n, gold))
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* Fills the report's document figures from seen[] (per set document: 1
 * gold lines, 2 predictions). Returns 0 or PARLEY_ENOMEM. */
static int count_set(parley_eval *e, parley_eval_report *rep,
                     const unsigned char *seen)
{
    if (!e->docs.declared)
        return 0;
    size_t n = e->docs.n, nempty = 0;
    for (size_t i = 0; i < n; i++) {
        rep->set_docs_gold += seen[i] & 1;
        rep->set_docs_pred += (seen[i] >> 1) & 1;
        nempty += !seen[i];
    }
    if (nempty && !(e->empty = malloc(nempty * sizeof *e->empty)))
        return PARLEY_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!seen[i])
            e->empty[k++] = e->docs.ids[i];
    rep->doc_set = 1;
    rep->set_docs = n;
    rep->empty_docs = e->empty;
    rep->nempty_docs = nempty;
    return 0;
}

/* ---- scoring ---------------------------------------------------------- */

/* Collects the sorted distinct type names of the scored records into
 * e->types and sets each scored record's type_id. */
static int collect_types(parley_eval *e, size_t *ntypes)
{
    size_t ng = e->gold.n, np = e->pred.n;
    const char **names = malloc((ng + np + 1) * sizeof *names);
    if (!names)
        return PARLEY_ENOMEM;
    recs *both[2] = {&e->gold, &e->pred};
    size_t nn = 0;
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < both[k]->n; i++)
            if (!both[k]->v[i].outside)
                names[nn++] = both[k]->v[i].type;
    if (nn)
        qsort(names, nn, sizeof *names, cmp_str);
    size_t nt = 0;
    for (size_t i = 0; i < nn; i++)
        if (!nt || strcmp(names[nt - 1], names[i]))
            names[nt++] = names[i];
    e->types = calloc(nt ? nt : 1, sizeof *e->types);
    if (!e->types) {
        free(names);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < nt; i++)
        e->types[i].type = names[i];
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < both[k]->n; i++) {
            rec *r = &both[k]->v[i];
            if (r->outside)
                continue;
            const char **hit =
                bsearch(&r->type, names, nt, sizeof *names, cmp_str);
            r->type_id = (size_t)(hit - names);
        }
    free(names);
    *ntypes = nt;
    return 0;
}

/* The scored records of list (those not outside the set), grouped by
 * document. */
static size_t scored_by_doc(recs *list, rec **out)
{
    size_t n = 0;
    for (size_t i = 0; i < list->n; i++)
        if (!list->v[i].outside)
            out[n++] = &list->v[i];
    if (n)
        qsort(out, n, sizeof *out, cmp_rec_doc);
    return n;
}

int parley_eval_score(parley_eval *e, parley_eval_report *rep)
{
    if (!e || !rep)
        return PARLEY_EINVAL;
    memset(rep, 0, sizeof *rep);
    free_report(e);
    size_t ng = e->gold.n, np = e->pred.n, nt = 0;
    int rc = PARLEY_ENOMEM;
    rec **gi = NULL, **pi = NULL, **gs = NULL;
    unsigned char *gmark = NULL, *pmark = NULL, *seen = NULL;
    match m;
    memset(&m, 0, sizeof m);

    if ((rc = mark_outside(e, rep)) || (rc = collect_types(e, &nt)))
        goto out;
    rc = PARLEY_ENOMEM;

    /* Records grouped by document. */
    gi = malloc((ng + 1) * sizeof *gi);
    pi = malloc((np + 1) * sizeof *pi);
    gs = malloc((ng + 1) * sizeof *gs);
    gmark = calloc(ng + 1, 1);
    pmark = calloc(np + 1, 1);
    seen = calloc(e->docs.n + 1, 1);
    m.adj_start = malloc((np + 1) * sizeof *m.adj_start);
    m.match_p = malloc((np + 1) * sizeof *m.match_p);
    m.queue = malloc((np + 1) * sizeof *m.queue);
    m.best = malloc((np + 1) * sizeof *m.best);
    m.order = malloc((np + 1) * sizeof *m.order);
    m.match_g = malloc((ng + 1) * sizeof *m.match_g);
    m.seen = malloc((ng + 1) * sizeof *m.seen);
    m.par = malloc((ng + 1) * sizeof *m.par);
    if (!gi || !pi || !gs || !gmark || !pmark || !seen || !m.adj_start ||
        !m.match_p || !m.queue || !m.best || !m.order || !m.match_g ||
        !m.seen || !m.par)
        goto out;
    size_t ngs = scored_by_doc(&e->gold, gi), nps = scored_by_doc(&e->pred, pi);

    size_t a = 0, b = 0;
    while (a < ngs || b < nps) {
        int c = a >= ngs ? 1 : b >= nps ? -1 : strcmp(gi[a]->doc, pi[b]->doc);
        const char *doc = c <= 0 ? gi[a]->doc : pi[b]->doc;
        size_t ga = a, pa = b;
        if (c <= 0)
            while (a < ngs && !strcmp(gi[a]->doc, doc))
                a++;
        if (c >= 0)
            while (b < nps && !strcmp(pi[b]->doc, doc))
                b++;
        if (e->docs.declared) {
            long d = pl_docset_find(&e->docs, doc);
            if (d >= 0) /* always: the others are outside */
                seen[d] |= (unsigned char)((a > ga) | (b > pa) << 1);
        }
        if (c > 0) {
            rep->pred_unknown_docs++;
            /* In a declared set, a document without gold is expected. */
            if (!e->docs.declared)
                logf_(e, PARLEY_WARNING,
                      "%s:%zu: document \"%s\" has no gold events; its %zu "
                      "event(s) count as false positives",
                      pi[pa]->file, pi[pa]->line, doc, b - pa);
        }
        /* Required gold first, then optional, each in input order. */
        size_t n = 0;
        for (size_t i = ga; i < a; i++)
            if (!gi[i]->optional)
                gs[n++] = gi[i];
        size_t nreq = n;
        for (size_t i = ga; i < a; i++)
            if (gi[i]->optional)
                gs[n++] = gi[i];
        for (int lenient = 0; lenient < 2; lenient++) {
            rc = score_doc(e, rep, &m, pi + pa, b - pa, gs, nreq, n, lenient,
                           gmark, pmark);
            if (rc)
                goto out;
        }
    }
    rc = PARLEY_ENOMEM;
    for (size_t i = 0; i < ng; i++)
        if (gmark[i] == MARK_MISS &&
            push_item(&e->misses, &e->nmisses, &e->cap_misses, &e->gold.v[i],
                      0))
            goto out;
    for (size_t i = 0; i < np; i++)
        if ((pmark[i] == MARK_EXTRA || pmark[i] == MARK_EXTRA_DUP) &&
            push_item(&e->extras, &e->nextras, &e->cap_extras, &e->pred.v[i],
                      pmark[i] == MARK_EXTRA_DUP))
            goto out;
    if (count_set(e, rep, seen))
        goto out;
    finish(&rep->strict);
    finish(&rep->lenient);
    rep->types = e->types;
    rep->ntypes = nt;
    rep->misses = e->misses;
    rep->nmisses = e->nmisses;
    rep->extras = e->extras;
    rep->nextras = e->nextras;
    rep->gold_events = ng;
    rep->pred_events = np;
    rep->gold_errors = e->gold_errors;
    rep->pred_errors = e->pred_errors;
    rep->docs_errors = e->docs_errors;
    rc = 0;
out:
    if (rc) {
        free_report(e);
        memset(rep, 0, sizeof *rep);
    }
    free(gi);
    free(pi);
    free(gs);
    free(gmark);
    free(pmark);
    free(seen);
    free(m.adj);
    free(m.adj_start);
    free(m.match_p);
    free(m.queue);
    free(m.best);
    free(m.order);
    free(m.match_g);
    free(m.seen);
    free(m.par);
    return rc;
}
