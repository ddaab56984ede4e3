/* docids.c — document ids within one run of `parley code` or `parley
 * ingest` (README, "Document ids"): the names of the files given on the
 * command line, and the registry that keeps two documents of a run from
 * ever sharing an id. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* ---- names of the files named on the command line --------------------- */

/* A path's components, without empty ones and ".". */
typedef struct {
    const char *path;
    const char *comp[256];
    size_t len[256];
    size_t n;
    char *key;   /* the name at the current level */
    int done;
} named;

static void split(named *f)
{
    f->n = 0;
    for (const char *p = f->path; *p;) {
        while (*p == '/')
            p++;
        const char *e = p;
        while (*e && *e != '/')
            e++;
        if (e > p && !(e - p == 1 && *p == '.')) {
            if (f->n == 256) { /* keep the last 256 */
                memmove(f->comp, f->comp + 1, 255 * sizeof *f->comp);
                memmove(f->len, f->len + 1, 255 * sizeof *f->len);
                f->n--;
            }
            f->comp[f->n] = p;
            f->len[f->n++] = (size_t)(e - p);
        }
        p = e;
    }
}

/* The last k components joined by '/', the extension of the last one
 * dropped unless keep_ext; all of them when k is larger. NULL when out of
 * memory. */
static char *suffix(const named *f, size_t k, int keep_ext)
{
    if (k > f->n)
        k = f->n;
    parley_buf b = PARLEY_BUF_INIT;
    int rc = 0;
    for (size_t i = f->n - k; i < f->n && !rc; i++) {
        size_t n = f->len[i];
        if (i + 1 == f->n && !keep_ext) {
            const char *dot = NULL;
            for (size_t j = 1; j < n; j++)
                if (f->comp[i][j] == '.')
                    dot = f->comp[i] + j;
            if (dot)
                n = (size_t)(dot - f->comp[i]);
        }
        if (i > f->n - k)
            rc = parley_buf_addc(&b, '/');
        if (!rc)
            rc = parley_buf_add(&b, f->comp[i], n);
    }
    if (rc) {
        parley_buf_release(&b);
        return NULL;
    }
    return parley_buf_detach(&b, NULL);
}

static int by_key(const void *a, const void *b)
{
    const named *x = *(named *const *)a, *y = *(named *const *)b;
    return strcmp(x->key, y->key);
}

/* Whether every file of run[0..n) is the same path. */
static int same_file(named **run, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        if (run[i]->n != run[0]->n)
            return 0;
        for (size_t c = 0; c < run[0]->n; c++)
            if (run[i]->len[c] != run[0]->len[c] ||
                memcmp(run[i]->comp[c], run[0]->comp[c], run[0]->len[c]))
                return 0;
    }
    return 1;
}

/* One level: every file not done gets the name of its last `level`
 * components (with the extension past the deepest level); a name no
 * other file of the level shares is final. Returns how many are left, or
 * -1 when out of memory. */
static long level(named **fs, size_t n, size_t lvl, size_t deepest)
{
    named **left = malloc((n ? n : 1) * sizeof *left);
    if (!left)
        return -1;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (fs[i]->done)
            continue;
        free(fs[i]->key);
        if (!(fs[i]->key = suffix(fs[i], lvl, lvl > deepest))) {
            free(left);
            return -1;
        }
        left[m++] = fs[i];
    }
    qsort(left, m, sizeof *left, by_key);
    long still = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        while (j < m && !strcmp(left[j]->key, left[i]->key))
            j++;
        if (j - i == 1 || same_file(left + i, j - i) || lvl > deepest)
            for (size_t k = i; k < j; k++)
                left[k]->done = 1;
        else
            still += (long)(j - i);
        i = j;
    }
    free(left);
    return still;
}

int cli_file_names(char **paths, size_t n, char ***names)
{
    *names = NULL;
    named *fs = calloc(n ? n : 1, sizeof *fs);
    named **ptr = calloc(n ? n : 1, sizeof *ptr);
    char **out = calloc(n ? n : 1, sizeof *out);
    int rc = fs && ptr && out ? 0 : PARLEY_ENOMEM;
    size_t deepest = 1;
    for (size_t i = 0; i < n && !rc; i++) {
        fs[i].path = paths[i];
        ptr[i] = &fs[i];
        split(&fs[i]);
        if (!fs[i].n) /* "/" or "." : named by the walk, not here */
            fs[i].done = 1;
        if (fs[i].n > deepest)
            deepest = fs[i].n;
    }
    for (size_t lvl = 1; !rc && lvl <= deepest + 1; lvl++) {
        long left = level(ptr, n, lvl, deepest);
        if (left < 0)
            rc = PARLEY_ENOMEM;
        if (left <= 0)
            break;
    }
    for (size_t i = 0; i < n && !rc; i++) {
        out[i] = fs[i].key;
        fs[i].key = NULL;
    }
    for (size_t i = 0; fs && i < n; i++)
        free(fs[i].key);
    free(fs);
    free(ptr);
    if (rc) {
        cli_file_names_free(out, n);
        return rc;
    }
    *names = out;
    return 0;
}

void cli_file_names_free(char **names, size_t n)
{
    for (size_t i = 0; names && i < n; i++)
        free(names[i]);
    free(names);
}

/* ---- the ids of one run ----------------------------------------------- */

typedef struct {
    uint64_t idh;     /* hash of the id */
    uint64_t content; /* fingerprint() of the document */
    size_t id_off, id_len; /* the id's bytes in ids->pool */
    size_t origin;    /* index in ids->origins */
    size_t line;
} id_slot;

/* A place in the hash index: 32 bits of the id's hash (never 0; 0: a
 * free place) and the index of its id_slot. The index is probed once a
 * document, nearly always to find its id new: at eight bytes a place it
 * stays in the cache, where places of the slots themselves (48 bytes,
 * 1.5 MB for the 13,000 documents of the bench corpus) missed it each
 * time. */
typedef struct {
    uint32_t tag, at;
} id_probe;

struct cli_ids {
    id_slot *slots;     /* in the order the ids came */
    size_t n, slot_cap;
    id_probe *probe;
    size_t cap;         /* of probe: a power of two, 0 at first */
    parley_buf pool;    /* ids, back to back */
    char **origins;     /* file names, each kept once */
    size_t norigins, origin_cap;
};

int cli_ids_new(struct cli_ids **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? 0 : PARLEY_ENOMEM;
}

void cli_ids_free(struct cli_ids *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->norigins; i++)
        free(s->origins[i]);
    free(s->origins);
    free(s->slots);
    free(s->probe);
    parley_buf_release(&s->pool);
    free(s);
}

size_t cli_ids_count(const struct cli_ids *s)
{
    return s ? s->n : 0;
}

static uint64_t hash_id(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ULL;
    }
    return h ? h : 1;
}

/* A fingerprint of a field's bytes: it only tells two documents that
 * share an id apart within one run, so it need not be parley_doc_hash
 * (FNV-1a, byte by byte: six instructions a byte, 2% of `parley code`'s
 * time). Four lanes of eight bytes are mixed side by side: one lane alone
 * is a chain of dependent multiplies, some five cycles each eight bytes,
 * and the text of every document goes through it. */
static uint64_t fp_mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

static uint64_t fp_field(uint64_t h, parley_str s)
{
    const unsigned char *p = (const unsigned char *)s.p;
    size_t n = s.n, i = 0;
    h = fp_mix(h, (uint64_t)n); /* the length first: bytes cannot move
                                   from one field to the next */
    if (n >= 32) {
        uint64_t l[4] = {h, h ^ 0x5851F42D4C957F2DULL, h ^ 0x14057B7EF767814FULL,
                         h ^ 0xD6E8FEB86659FD93ULL};
        for (; n - i >= 32; i += 32) {
            uint64_t w[4];
            memcpy(w, p + i, 32);
            for (int k = 0; k < 4; k++)
                l[k] = fp_mix(l[k], w[k]);
        }
        h = fp_mix(fp_mix(fp_mix(l[0], l[1]), l[2]), l[3]);
    }
    for (; n - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = fp_mix(h, w);
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, p + i, n - i);
        h = fp_mix(h, w);
    }
    return h;
}

static uint64_t fingerprint(const parley_doc *doc)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fp_field(h, doc->date);
    h = fp_field(h, doc->title);
    h = fp_field(h, doc->url);
    h = fp_field(h, doc->source);
    h = fp_field(h, doc->text);
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

static uint32_t tag_of(uint64_t h)
{
    return (uint32_t)(h >> 32) | 1;
}

static id_slot *lookup(struct cli_ids *s, const char *id, size_t n, uint64_t h)
{
    if (!s->cap)
        return NULL;
    uint32_t tag = tag_of(h);
    for (size_t i = h & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
        const id_probe *q = &s->probe[i];
        if (!q->tag)
            return NULL;
        if (q->tag != tag)
            continue;
        id_slot *e = &s->slots[q->at];
        if (e->idh == h && e->id_len == n && !memcmp(s->pool.p + e->id_off, id, n))
            return e;
    }
}

/* Places slot k in the index (which has a free place). */
static void place(struct cli_ids *s, size_t k)
{
    uint64_t h = s->slots[k].idh;
    size_t i = h & (s->cap - 1);
    while (s->probe[i].tag)
        i = (i + 1) & (s->cap - 1);
    s->probe[i] = (id_probe){tag_of(h), (uint32_t)k};
}

/* Room for one more id: a slot, and an index at most half full. */
static int grow(struct cli_ids *s)
{
    if (s->n >= UINT32_MAX)
        return PARLEY_ENOMEM;
    if (s->n == s->slot_cap) {
        size_t cap = s->slot_cap ? s->slot_cap * 2 : 512;
        id_slot *t = realloc(s->slots, cap * sizeof *t);
        if (!t)
            return PARLEY_ENOMEM;
        s->slots = t;
        s->slot_cap = cap;
    }
    if ((s->n + 1) * 2 > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 1024;
        id_probe *t = calloc(cap, sizeof *t);
        if (!t)
            return PARLEY_ENOMEM;
        free(s->probe);
        s->probe = t;
        s->cap = cap;
        for (size_t k = 0; k < s->n; k++)
            place(s, k);
    }
    return 0;
}

/* The index of origin in s->origins; documents come file after file, so
 * the last one is nearly always it. */
static int intern_origin(struct cli_ids *s, const char *origin, size_t *out)
{
    if (s->norigins && !strcmp(s->origins[s->norigins - 1], origin)) {
        *out = s->norigins - 1;
        return 0;
    }
    if (s->norigins == s->origin_cap) {
        size_t cap = s->origin_cap ? s->origin_cap * 2 : 16;
        char **o = realloc(s->origins, cap * sizeof *o);
        if (!o)
            return PARLEY_ENOMEM;
        s->origins = o;
        s->origin_cap = cap;
    }
    size_t n = strlen(origin);
    if (!(s->origins[s->norigins] = malloc(n + 1)))
        return PARLEY_ENOMEM;
    memcpy(s->origins[s->norigins], origin, n + 1);
    *out = s->norigins++;
    return 0;
}

static int add(struct cli_ids *s, const char *id, size_t n, uint64_t h,
               const parley_doc *doc, uint64_t content)
{
    if (grow(s))
        return PARLEY_ENOMEM;
    size_t origin;
    if (intern_origin(s, doc->origin ? doc->origin : "-", &origin))
        return PARLEY_ENOMEM;
    size_t off = s->pool.n;
    if (parley_buf_add(&s->pool, id, n))
        return PARLEY_ENOMEM;
    s->slots[s->n] = (id_slot){h, content, off, n, origin, doc->line};
    place(s, s->n++);
    return 0;
}

/* "FILE:LINE" or "FILE" of a document, and of a registered one. */
static int where(parley_buf *b, const char *origin, size_t line)
{
    int rc = parley_buf_adds(b, origin ? origin : "-");
    return rc || !line ? rc : parley_buf_addf(b, ":%zu", line);
}

/* An id in a message: at most 100 bytes of it. */
static int quote_id(parley_buf *b, const char *id, size_t n)
{
    int cut = n > 100;
    if (cut) {
        n = 100;
        while (n && ((unsigned char)id[n] & 0xC0) == 0x80)
            n--; /* not inside a UTF-8 sequence */
    }
    return parley_buf_addc(b, '\'') || parley_buf_add(b, id, n) ||
           parley_buf_adds(b, cut ? "…'" : "'");
}

static void say(parley_log_fn log, void *ud, int severity, parley_buf *b, int rc)
{
    if (log)
        log(ud, severity, rc ? "out of memory while reporting a document id" : b->p);
    parley_buf_release(b);
}

int cli_ids_check(struct cli_ids *s, const parley_doc *doc, parley_buf *renamed,
                  parley_log_fn log, void *ud)
{
    /* the id as given is looked at where it is; it is copied (to make
       ID~k of it) only when it is taken */
    parley_buf idb = PARLEY_BUF_INIT;
    parley_str id = doc->id;
    if (!id.n) {
        if (parley_doc_id(&idb, doc)) {
            parley_buf_release(&idb);
            return PARLEY_ENOMEM;
        }
        id = (parley_str){idb.p, idb.n};
    }
    uint64_t content = fingerprint(doc);
    uint64_t h = hash_id(id.p, id.n);
    const id_slot *old = lookup(s, id.p, id.n, h);
    if (!old) {
        int rc = add(s, id.p, id.n, h, doc, content);
        parley_buf_release(&idb);
        return rc ? rc : CLI_ID_NEW;
    }
    if (!idb.n && parley_buf_add(&idb, id.p, id.n)) {
        parley_buf_release(&idb);
        return PARLEY_ENOMEM;
    }
    parley_buf msg = PARLEY_BUF_INIT;
    int rc = where(&msg, doc->origin, doc->line);
    /* the first free ID~k, k = 2, 3, ..., unless this document is
       already there under ID or one of those */
    size_t base = idb.n;
    uint64_t nh = h;
    const id_slot *same = old->content == content ? old : NULL;
    for (size_t k = 2; !same; k++) {
        idb.n = base;
        if (parley_buf_addf(&idb, "~%zu", k)) {
            parley_buf_release(&idb);
            parley_buf_release(&msg);
            return PARLEY_ENOMEM;
        }
        nh = hash_id(idb.p, idb.n);
        const id_slot *e = lookup(s, idb.p, idb.n, nh);
        if (!e)
            break;
        if (e->content == content)
            same = e;
    }
    if (same) {
        rc = rc || parley_buf_adds(&msg, ": the same document as ") ||
             where(&msg, s->origins[same->origin], same->line) ||
             parley_buf_adds(&msg, " (id ") ||
             quote_id(&msg, s->pool.p + same->id_off, same->id_len) ||
             parley_buf_adds(&msg, "); skipped");
        say(log, ud, PARLEY_WARNING, &msg, rc);
        parley_buf_release(&idb);
        return CLI_ID_DUPLICATE;
    }
    rc = rc || parley_buf_adds(&msg, ": document id ") || quote_id(&msg, idb.p, base) ||
         parley_buf_adds(&msg, " is already used by ") ||
         where(&msg, s->origins[old->origin], old->line) ||
         parley_buf_adds(&msg, " with other content; this document is ") ||
         quote_id(&msg, idb.p, idb.n);
    say(log, ud, PARLEY_ERROR, &msg, rc);
    rc = add(s, idb.p, idb.n, nh, doc, content);
    if (!rc) {
        parley_buf_reset(renamed);
        rc = parley_buf_add(renamed, idb.p, idb.n);
    }
    parley_buf_release(&idb);
    return rc ? rc : CLI_ID_RENAMED;
}
