/* walk.c — parley_walk: expands a path into the files to read, descending
 * directories in byte-wise sorted order of path names, skipping hidden
 * entries and never looping on symbolic links. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ingest/ingest.h"

#define MAX_DEPTH 64

typedef struct walker {
    int (*fn)(void *ud, const char *file);
    void *ud;
    ingest_ctx cx;
    int err; /* first error seen */
    /* directories on the current path, to detect symlink loops */
    dev_t dev[MAX_DEPTH];
    ino_t ino[MAX_DEPTH];
    int depth;
} walker;

typedef struct entry {
    char *name;
    int dir;
} entry;

/* Orders entries as their full paths would sort: a directory compares as
 * "name/" so its contents sort where their paths do ("a-b" < "a/x"). */
static unsigned at(const entry *e, size_t i, size_t len)
{
    if (i < len)
        return (unsigned char)e->name[i];
    return i == len && e->dir ? '/' : 0;
}

static int cmp(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    size_t la = strlen(a->name), lb = strlen(b->name);
    for (size_t i = 0;; i++) {
        unsigned x = at(a, i, la), y = at(b, i, lb);
        if (x != y)
            return x < y ? -1 : 1;
        if (!x)
            return 0;
    }
}

static void fail(walker *w, const char *path, int err)
{
    int code = err == ENOENT || err == ENOTDIR ? PARLEY_ENOENT
               : err == ENOMEM             ? PARLEY_ENOMEM
                                           : PARLEY_EIO;
    w->cx.origin = path;
    pl_ingest_log(&w->cx, PARLEY_ERROR, 0, "%s", strerror(err));
    if (!w->err)
        w->err = code;
}

static int walk_path(walker *w, const char *path, int top);

static int walk_dir(walker *w, const char *path, const struct stat *st)
{
    for (int i = 0; i < w->depth; i++)
        if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino) {
            w->cx.origin = path;
            pl_ingest_log(&w->cx, PARLEY_WARNING, 0, "directory loop (symbolic link); skipped");
            return 0;
        }
    if (w->depth >= MAX_DEPTH) {
        w->cx.origin = path;
        pl_ingest_log(&w->cx, PARLEY_WARNING, 0, "directories nested too deep; skipped");
        return 0;
    }
    DIR *d = opendir(path);
    if (!d) {
        fail(w, path, errno);
        return 0;
    }
    entry *ents = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    parley_buf full = PARLEY_BUF_INIT;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue; /* hidden, "." and ".." */
        if (n == cap) {
            size_t c = cap ? cap * 2 : 32;
            entry *p = realloc(ents, c * sizeof *p);
            if (!p) {
                rc = PARLEY_ENOMEM;
                break;
            }
            ents = p, cap = c;
        }
        size_t len = strlen(de->d_name);
        if (!(ents[n].name = malloc(len + 1))) {
            rc = PARLEY_ENOMEM;
            break;
        }
        memcpy(ents[n].name, de->d_name, len + 1);
        /* whether it is a directory decides its place in the order */
        parley_buf_reset(&full);
        struct stat es;
        ents[n].dir = !parley_buf_adds(&full, path) && !parley_buf_addc(&full, '/') &&
                      !parley_buf_adds(&full, de->d_name) && stat(full.p, &es) == 0 &&
                      S_ISDIR(es.st_mode);
        n++;
        errno = 0;
    }
    if (!rc && errno)
        fail(w, path, errno);
    closedir(d);
    if (rc) {
        w->cx.origin = path;
        pl_ingest_log(&w->cx, PARLEY_ERROR, 0, "out of memory");
        if (!w->err)
            w->err = rc;
        rc = 0;
    } else {
        if (n)
            qsort(ents, n, sizeof *ents, cmp);
        w->dev[w->depth] = st->st_dev;
        w->ino[w->depth] = st->st_ino;
        w->depth++;
        for (size_t i = 0; i < n && !rc; i++) {
            parley_buf_reset(&full);
            if (parley_buf_adds(&full, path) ||
                (!(full.n && full.p[full.n - 1] == '/') && parley_buf_addc(&full, '/')) ||
                parley_buf_adds(&full, ents[i].name)) {
                w->cx.origin = path;
                pl_ingest_log(&w->cx, PARLEY_ERROR, 0, "out of memory");
                if (!w->err)
                    w->err = PARLEY_ENOMEM;
                break;
            }
            rc = walk_path(w, full.p, 0);
        }
        w->depth--;
    }
    for (size_t i = 0; i < n; i++)
        free(ents[i].name);
    free(ents);
    parley_buf_release(&full);
    return rc;
}

static int walk_path(walker *w, const char *path, int top)
{
    if (top && !strcmp(path, "-"))
        return w->fn(w->ud, path);
    struct stat st;
    if (stat(path, &st) != 0) {
        fail(w, path, errno);
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(w, path, &st);
    /* a named file is read whatever it is (a pipe, /dev/stdin); inside a
     * directory only regular files are */
    if (top || S_ISREG(st.st_mode))
        return w->fn(w->ud, path);
    return 0;
}

int parley_walk(const char *path, int (*fn)(void *ud, const char *file), void *ud,
                parley_log_fn log, void *log_ud)
{
    if (!path || !fn)
        return PARLEY_EINVAL;
    walker w;
    memset(&w, 0, sizeof w);
    w.fn = fn;
    w.ud = ud;
    w.cx.log = log;
    w.cx.log_ud = log_ud;
    w.cx.origin = path;
    int rc = walk_path(&w, path, 1);
    return rc ? rc : w.err;
}
