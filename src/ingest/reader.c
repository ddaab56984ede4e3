/* reader.c — the public reader (parley_reader_*): opens a file or stdin,
 * picks the input format (formats.c's table) from the extension or, for
 * stdin, from the first bytes, and hands out one document at a time:
 * line by line, or from a file read whole, as the format says. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

#define IOBUF_BYTES ((size_t)64 << 10)

struct parley_reader {
    ingest_ctx cx;
    char *origin;
    char *name; /* cx.name's bytes */
    char *default_date;
    FILE *f;
    char *iobuf; /* f's buffer, larger than stdio's 4 KiB */
    const pl_input_format *fmt; /* NULL: not known yet (stdin, auto) */
    parley_buf head; /* stdin's first bytes, read to recognise its format */
    size_t head_off; /* how many of them read_line has taken */
    int started, done;
    /* JSON lines */
    char *line;
    size_t linecap, lineno;
    /* a UTF-16 input decoded to UTF-8, which f then reads */
    parley_buf u8;
    /* all formats: the current document, or the feed's documents */
    ingest_doc cur;
    ingest_doc *docs;
    size_t ndocs, next;
};

static char *dup(const char *s)
{
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

void parley_reader_close(parley_reader *r)
{
    if (!r)
        return;
    if (r->f && r->f != stdin)
        fclose(r->f);
    free(r->iobuf);
    parley_buf_release(&r->head);
    parley_buf_release(&r->u8);
    free(r->line);
    pl_ingest_doc_release(&r->cur);
    pl_ingest_docs_free(r->docs, r->docs ? r->ndocs : 0);
    free(r->origin);
    free(r->name);
    free(r->default_date);
    free(r);
}

int parley_reader_open(parley_reader **out, const char *path, const parley_ingest_opts *opts)
{
    *out = NULL;
    parley_ingest_opts o = {0};
    if (opts)
        o = *opts;
    ingest_ctx tmp = {path ? path : "(null)", NULL, o.log, o.log_ud, 0, NULL};
    if (!path) {
        pl_ingest_log(&tmp, PARLEY_ERROR, 0, "no file name given");
        return PARLEY_EINVAL;
    }
    parley_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->origin = dup(path)) ||
        (o.default_date && !(r->default_date = dup(o.default_date)))) {
        pl_ingest_log(&tmp, PARLEY_ERROR, 0, "out of memory");
        parley_reader_close(r);
        return PARLEY_ENOMEM;
    }
    pl_ingest_doc_init(&r->cur);
    r->cx.origin = r->origin;
    r->cx.default_date = r->default_date;
    r->cx.log = o.log;
    r->cx.log_ud = o.log_ud;
    if (o.format != PARLEY_FORMAT_AUTO && !(r->fmt = pl_input_format_get(o.format))) {
        pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "unknown input format %d", o.format);
        parley_reader_close(r);
        return PARLEY_EINVAL;
    }
    if (!strcmp(path, "-")) {
        r->f = stdin;
    } else {
        parley_buf nb = PARLEY_BUF_INIT;
        if (o.name ? parley_buf_adds(&nb, o.name) : pl_ingest_file_name_id(&nb, path)) {
            parley_buf_release(&nb);
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
            parley_reader_close(r);
            return PARLEY_ENOMEM;
        }
        r->name = parley_buf_detach(&nb, NULL);
        r->cx.name = r->name;
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "is a directory");
            parley_reader_close(r);
            return PARLEY_EIO;
        }
        r->f = fopen(path, "rb");
        if (!r->f) {
            int e = errno;
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "%s", strerror(e));
            parley_reader_close(r);
            return e == ENOENT || e == ENOTDIR ? PARLEY_ENOENT
                   : e == ENOMEM              ? PARLEY_ENOMEM
                                              : PARLEY_EIO;
        }
        /* fewer, larger reads (without a buffer, it stays stdio's) */
        if ((r->iobuf = malloc(IOBUF_BYTES)))
            setvbuf(r->f, r->iobuf, _IOFBF, IOBUF_BYTES);
        if (!r->fmt)
            r->fmt = pl_input_format_by_ext(path);
    }
    *out = r;
    return 0;
}

size_t parley_reader_errors(const parley_reader *r)
{
    return r ? r->cx.errors : 0;
}

/* Reads the rest of r->f into b, up to the document limit. */
static int slurp(parley_reader *r, parley_buf *b, const char *what)
{
    for (;;) {
        if (parley_buf_grow(b, 1 << 16)) {
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
            return PARLEY_ENOMEM;
        }
        size_t got = fread(b->p + b->n, 1, b->cap - b->n - 1, r->f);
        b->n += got;
        b->p[b->n] = '\0';
        if (b->n > INGEST_MAX_DOC) {
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "%s larger than 64 MiB", what);
            return PARLEY_ETOOBIG;
        }
        if (got == 0) {
            if (ferror(r->f)) {
                pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "read error: %s", strerror(errno));
                return PARLEY_EIO;
            }
            return 0;
        }
    }
}

/* Makes r->line hold at least n bytes and a NUL. 0 or -1 (ENOMEM). */
static int line_room(parley_reader *r, size_t n)
{
    if (r->linecap > n)
        return 0;
    char *p = realloc(r->line, n + 1);
    if (!p) {
        errno = ENOMEM;
        return -1;
    }
    r->line = p;
    r->linecap = n + 1;
    return 0;
}

/* getline for a line that starts in r->head: its bytes there, and the
 * rest of it from r->f when it goes on past them. */
static ssize_t head_line(parley_reader *r)
{
    const char *p = r->head.p + r->head_off;
    size_t left = r->head.n - r->head_off;
    const char *nl = memchr(p, '\n', left);
    size_t k = nl ? (size_t)(nl - p) + 1 : left;
    if (line_room(r, k))
        return -1;
    memcpy(r->line, p, k);
    r->line[k] = '\0';
    r->head_off += k;
    if (r->head_off == r->head.n) {
        parley_buf_release(&r->head);
        r->head_off = 0;
    }
    if (nl)
        return (ssize_t)k;
    char *more = NULL;
    size_t cap = 0;
    ssize_t got = getline(&more, &cap, r->f);
    if (got < 0) {
        free(more);
        return ferror(r->f) || errno == ENOMEM ? -1 : (ssize_t)k;
    }
    if (line_room(r, k + (size_t)got)) {
        free(more);
        return -1;
    }
    memcpy(r->line + k, more, (size_t)got + 1);
    free(more);
    return (ssize_t)(k + (size_t)got);
}

/* Reads the next line into r->line (*n bytes, without its newline).
 * Returns 1, 0 at the end, or PARLEY_EIO/PARLEY_ENOMEM (logged). */
static int read_line(parley_reader *r, size_t *n)
{
    errno = 0;
    ssize_t got = r->head.n ? head_line(r) : getline(&r->line, &r->linecap, r->f);
    if (got < 0) {
        r->done = 1;
        if (ferror(r->f) || errno == ENOMEM) {
            int e = errno;
            pl_ingest_log(&r->cx, PARLEY_ERROR, r->lineno + 1, "read error: %s", strerror(e));
            return e == ENOMEM ? PARLEY_ENOMEM : PARLEY_EIO;
        }
        return 0;
    }
    r->lineno++;
    *n = (size_t)got;
    if (*n && r->line[*n - 1] == '\n')
        (*n)--;
    return 1;
}

/* Parses the line just read into r->cur. 1 document, 0 none (blank or
 * malformed: logged and counted), or PARLEY_ENOMEM (logged). */
static int parse_line(parley_reader *r, size_t n)
{
    int rc = r->fmt->line(&r->cx, r->line, n, r->lineno, &r->cur);
    if (rc == PARLEY_ENOMEM) {
        pl_ingest_log(&r->cx, PARLEY_ERROR, r->lineno, "out of memory");
        r->done = 1;
        return rc;
    }
    return rc == 1;
}

static int next_line_doc(parley_reader *r, parley_doc *doc)
{
    size_t n;
    int rc;
    while ((rc = read_line(r, &n)) == 1)
        if ((rc = parse_line(r, n)) != 0)
            break;
    if (rc == 1)
        pl_ingest_doc_view(&r->cur, r->origin, doc);
    return rc;
}

static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
            return 0;
    return 1;
}

/* The reading half of next_line_doc for JSON lines: the line as it is,
 * for a parser (parley_parse_record). */
static int next_jsonl_record(parley_reader *r, parley_record *rec)
{
    size_t n;
    int rc;
    while ((rc = read_line(r, &n)) == 1) {
        if (blank(r->line, n))
            continue;
        if (n > INGEST_MAX_DOC) {
            /* The parser rejects it from its length alone, here, rather
             * than have the caller copy it to a parser first. */
            if ((rc = parse_line(r, n)) != 0)
                break;
            continue;
        }
        memset(rec, 0, sizeof *rec);
        rec->raw.p = r->line;
        rec->raw.n = n;
        rec->origin = r->origin;
        rec->line = r->lineno;
        return 1;
    }
    if (rc == 1) { /* an oversized line that was a document after all */
        memset(rec, 0, sizeof *rec);
        rec->parsed = 1;
        pl_ingest_doc_view(&r->cur, r->origin, &rec->doc);
        rec->origin = r->origin;
        rec->line = r->lineno;
    }
    return rc;
}

/* A format read whole is read on the first call; stdin's first bytes,
 * read to recognise it, come first. */
static int load(parley_reader *r)
{
    parley_buf all = PARLEY_BUF_INIT;
    int rc = r->head.n && parley_buf_add(&all, r->head.p, r->head.n) ? PARLEY_ENOMEM : 0;
    parley_buf_release(&r->head);
    if (!rc)
        rc = slurp(r, &all, r->fmt->unit);
    if (!rc)
        rc = r->fmt->whole(&r->cx, all.p ? all.p : "", all.n, &r->cur, &r->docs, &r->ndocs);
    if (rc == PARLEY_ENOMEM)
        pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
    parley_buf_release(&all);
    return rc;
}

/* Standard input in auto mode: reads bytes into r->head until a format
 * of the table claims them. Formats read line by line stream on after
 * their first bytes (read_line takes them from r->head first); those
 * read whole are read whole anyway. */
static int recognise(parley_reader *r)
{
    for (;;) {
        size_t i = pl_input_skip_blank(r->head.p, r->head.n);
        /* byte by byte up to the first non-blank, then in blocks */
        size_t want = i < r->head.n ? 512 : 1;
        if (parley_buf_grow(&r->head, want)) {
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
            return PARLEY_ENOMEM;
        }
        size_t got = fread(r->head.p + r->head.n, 1, want, r->f);
        r->head.n += got;
        r->head.p[r->head.n] = '\0';
        if (got < want && ferror(r->f)) {
            pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "read error: %s", strerror(errno));
            return PARLEY_EIO;
        }
        if ((r->fmt = pl_input_format_sniff(r->head.p, r->head.n, got < want)))
            break;
    }
    return 0;
}

/* UTF-16 input larger than this is not decoded in memory. */
#define UTF16_MAX ((size_t)256 << 20)

/* The first s[0..k) in p[0..n), or NULL. */
static char *find(char *p, size_t n, const char *s, size_t k)
{
    for (size_t i = 0; i + k <= n; i++)
        if (!memcmp(p + i, s, k))
            return p + i;
    return NULL;
}

/* An XML declaration's encoding="UTF-16" no longer holds once the bytes
 * are UTF-8: it is blanked out (same length, so offsets stay). */
static void drop_xml_encoding(parley_buf *b)
{
    size_t i = 0;
    while (i < b->n && (b->p[i] == ' ' || b->p[i] == '\t' || b->p[i] == '\r' || b->p[i] == '\n'))
        i++;
    if (b->n - i < 5 || memcmp(b->p + i, "<?xml", 5))
        return;
    char *end = find(b->p + i, b->n - i < 256 ? b->n - i : 256, "?>", 2);
    char *enc = end ? find(b->p + i, (size_t)(end - (b->p + i)), "encoding", 8) : NULL;
    if (!enc)
        return;
    char *q = enc + 8;
    while (q < end && *q != '"' && *q != '\'')
        q++;
    char *q2 = q < end ? memchr(q + 1, *q, (size_t)(end - q - 1)) : NULL;
    if (q2)
        memset(enc, ' ', (size_t)(q2 + 1 - enc));
}

/* A byte order mark of UTF-16 at the start (issue 13, D9: such files gave
 * no events and no word): the whole input is decoded to UTF-8 and read
 * from memory, with a warning. Returns 0 (not UTF-16: the stream is as
 * it was), 1 (decoded) or a negative code (logged). */
static int utf16(parley_reader *r)
{
    int c1 = getc(r->f);
    int c2 = c1 == 0xFF || c1 == 0xFE ? getc(r->f) : EOF;
    int be = c1 == 0xFE && c2 == 0xFF;
    if (!be && !(c1 == 0xFF && c2 == 0xFE)) {
        if (c2 != EOF)
            ungetc(c2, r->f);
        if (c1 != EOF)
            ungetc(c1, r->f);
        return 0;
    }
    parley_buf raw = PARLEY_BUF_INIT;
    int rc = 0;
    for (;;) {
        if (parley_buf_grow(&raw, 1 << 16)) {
            rc = PARLEY_ENOMEM;
            break;
        }
        size_t got = fread(raw.p + raw.n, 1, raw.cap - raw.n - 1, r->f);
        raw.n += got;
        if (raw.n > UTF16_MAX) {
            pl_ingest_error(&r->cx, 0, "UTF-16 input larger than 256 MiB: convert it to UTF-8 "
                                    "first (iconv -f UTF-16 -t UTF-8)");
            rc = PARLEY_ETOOBIG;
            break;
        }
        if (!got) {
            if (ferror(r->f)) {
                pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "read error: %s", strerror(errno));
                rc = PARLEY_EIO;
            }
            break;
        }
    }
    size_t bad = 0;
    if (!rc)
        rc = pl_utf16_to_utf8(&r->u8, (const unsigned char *)raw.p, raw.n, be, &bad);
    parley_buf_release(&raw);
    if (rc == PARLEY_ENOMEM)
        pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
    if (rc)
        return rc;
    drop_xml_encoding(&r->u8);
    FILE *m = fmemopen(r->u8.p ? r->u8.p : (char *)"", r->u8.n, "rb");
    if (!m) {
        pl_ingest_log(&r->cx, PARLEY_ERROR, 0, "out of memory");
        return PARLEY_ENOMEM;
    }
    if (r->f != stdin)
        fclose(r->f);
    r->f = m;
    pl_ingest_log(&r->cx, PARLEY_WARNING, 0, "UTF-16%s text (byte order mark): decoded to UTF-8%s",
               be ? "BE" : "LE", bad ? "; invalid sequences replaced by U+FFFD" : "");
    return 1;
}

/* Shared start of parley_reader_next and parley_reader_next_record: on
 * the first call, settles the format and reads the whole-file formats.
 * Returns 0 to go on, 1 when finished (*rc is then the result). */
static int start(parley_reader *r, int *rc)
{
    *rc = 0;
    if (r->done)
        return 1;
    if (r->started)
        return 0;
    r->started = 1;
    int u = utf16(r);
    if (u < 0) {
        *rc = u == PARLEY_ETOOBIG ? 0 : u; /* too big: counted, no document */
        r->done = 1;
        return 1;
    }
    if (!r->fmt || r->fmt->line) {
        /* a UTF-8 byte order mark before JSON lines is no part of the
         * first line (on stdin it also hid the '{' below, and the lines
         * were lost without a word) */
        int b0 = getc(r->f), b1 = b0 == 0xEF ? getc(r->f) : EOF;
        int b2 = b1 == 0xBB ? getc(r->f) : EOF;
        if (!(b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)) {
            /* not a mark: put back what was read, last byte first
             * (glibc takes several back, as utf16() relies on too) */
            if (b2 != EOF)
                ungetc(b2, r->f);
            if (b1 != EOF)
                ungetc(b1, r->f);
            if (b0 != EOF)
                ungetc(b0, r->f);
        }
    }
    if (!r->fmt && (*rc = recognise(r)) != 0) {
        r->done = 1;
        return 1;
    }
    if (!r->fmt->line && (*rc = load(r)) != 0) {
        r->done = 1;
        return 1;
    }
    return 0;
}

/* The next document of a whole-file format, or 0 at the end. */
static int next_loaded(parley_reader *r, parley_doc *doc)
{
    if (r->next >= r->ndocs) {
        r->done = 1;
        return 0;
    }
    pl_ingest_doc_view(r->docs ? &r->docs[r->next] : &r->cur, r->origin, doc);
    r->next++;
    return 1;
}

int parley_reader_next(parley_reader *r, parley_doc *doc)
{
    int rc;
    if (!r || !doc)
        return PARLEY_EINVAL;
    if (start(r, &rc))
        return rc;
    if (r->fmt->line)
        return next_line_doc(r, doc);
    return next_loaded(r, doc);
}

int parley_reader_next_record(parley_reader *r, parley_record *rec)
{
    int rc;
    if (!r || !rec)
        return PARLEY_EINVAL;
    if (start(r, &rc))
        return rc;
    /* parley_parse_record parses JSON lines; other formats come parsed */
    if (r->fmt->line == pl_ingest_parse_jsonl_line)
        return next_jsonl_record(r, rec);
    memset(rec, 0, sizeof *rec);
    rc = r->fmt->line ? next_line_doc(r, &rec->doc) : next_loaded(r, &rec->doc);
    if (rc == 1) {
        rec->parsed = 1;
        rec->origin = r->origin;
        rec->line = rec->doc.line;
    }
    return rc;
}

/* ---- parsers ---------------------------------------------------------- */

/* Buffers grown past this by one large document are freed before the
 * next one, so that a parser does not hold on to them. */
#define KEEP_BYTES ((size_t)4 << 20)

struct parley_parser {
    ingest_ctx cx;
    char *default_date;
    ingest_doc doc;
};

int parley_parser_new(parley_parser **out, const parley_ingest_opts *opts)
{
    *out = NULL;
    parley_parser *ps = calloc(1, sizeof *ps);
    if (!ps)
        return PARLEY_ENOMEM;
    if (opts && opts->default_date && !(ps->default_date = dup(opts->default_date))) {
        free(ps);
        return PARLEY_ENOMEM;
    }
    pl_ingest_doc_init(&ps->doc);
    ps->cx.default_date = ps->default_date;
    if (opts) {
        ps->cx.log = opts->log;
        ps->cx.log_ud = opts->log_ud;
    }
    *out = ps;
    return 0;
}

void parley_parser_set_log(parley_parser *ps, parley_log_fn log, void *ud)
{
    if (!ps)
        return;
    ps->cx.log = log;
    ps->cx.log_ud = ud;
}

int parley_parse_record(parley_parser *ps, const parley_record *rec, parley_doc *doc)
{
    if (!ps || !rec || !doc || !rec->origin)
        return PARLEY_EINVAL;
    if (rec->parsed) {
        *doc = rec->doc;
        return 1;
    }
    ingest_doc *d = &ps->doc;
    if (d->id.cap > KEEP_BYTES || d->date.cap > KEEP_BYTES || d->title.cap > KEEP_BYTES ||
        d->text.cap > KEEP_BYTES || d->url.cap > KEEP_BYTES || d->source.cap > KEEP_BYTES)
        pl_ingest_doc_release(d);
    ps->cx.origin = rec->origin;
    int rc = pl_ingest_parse_jsonl_line(&ps->cx, rec->raw.p, rec->raw.n, rec->line, d);
    if (rc == PARLEY_ENOMEM)
        pl_ingest_log(&ps->cx, PARLEY_ERROR, rec->line, "out of memory");
    if (rc == 1)
        pl_ingest_doc_view(d, rec->origin, doc);
    return rc;
}

void parley_parser_free(parley_parser *ps)
{
    if (!ps)
        return;
    pl_ingest_doc_release(&ps->doc);
    free(ps->default_date);
    free(ps);
}
