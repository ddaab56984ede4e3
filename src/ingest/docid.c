/* docid.c — the document id rule, shared by the readers, every sink and
 * the store: the id a document gives itself, else the name its file was
 * given, else one derived from its content, so that a document read from
 * standard input or a shard has the same id however a corpus is split. */
#include <string.h>

#include "ingest/ingest.h"

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* Each field with its length first, so that moving bytes from one field
 * to the next changes the hash. */
static uint64_t fnv_field(uint64_t h, parley_str s)
{
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)((uint64_t)s.n >> (8 * i));
    h = fnv(h, len, 8);
    return s.n ? fnv(h, s.p, s.n) : h;
}

uint64_t parley_doc_hash(const parley_doc *doc)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fnv_field(h, doc->date);
    h = fnv_field(h, doc->title);
    h = fnv_field(h, doc->url);
    h = fnv_field(h, doc->source);
    return fnv_field(h, doc->text);
}

int pl_ingest_content_id(parley_buf *b, const parley_doc *doc)
{
    uint64_t h = parley_doc_hash(doc);
    static const char hex[] = "0123456789abcdef";
    char id[4 + 16];
    memcpy(id, "doc-", 4);
    for (int i = 0; i < 16; i++)
        id[4 + i] = hex[(h >> (60 - 4 * i)) & 15];
    return parley_buf_add(b, id, sizeof id);
}

int pl_ingest_file_name_id(parley_buf *b, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    return parley_buf_add(b, base, n);
}

int pl_ingest_finish_id(ingest_ctx *cx, ingest_doc *d, int whole_file)
{
    if (d->id.n)
        return 0;
    if (whole_file && cx->name && *cx->name)
        return parley_buf_adds(&d->id, cx->name);
    parley_doc v;
    pl_ingest_doc_view(d, cx->origin, &v);
    return pl_ingest_content_id(&d->id, &v);
}

int parley_doc_id(parley_buf *b, const parley_doc *doc)
{
    if (doc->id.n)
        return parley_buf_add(b, doc->id.p, doc->id.n);
    const char *o = doc->origin;
    if (o && *o && strcmp(o, "-") && !doc->line)
        return pl_ingest_file_name_id(b, o);
    return pl_ingest_content_id(b, doc);
}
