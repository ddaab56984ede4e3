/* html.c — HTML ingest: the visible text of a page's <article>, <main> or
 * <body> (without navigation, scripts and forms), one paragraph per block
 * element, plus its title and publication date from the <head>. Also
 * turns HTML fragments of feed items into text (feed.c). */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

static const char *const skip_tags[] = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "template", "head", "title", "button", "select", "textarea",
    "object", "embed", "canvas", "math", "dialog", "menu", NULL};

static const char *const block_tags[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
    "dd", "br", "tr", "table", "thead", "tbody", "tfoot", "caption", "section",
    "article", "main", "blockquote", "pre", "figure", "figcaption", "address",
    "hr", "center", "details", "summary", "body", "html", "fieldset", "legend",
    "entry", "content", "summary", NULL};

static int in(const char *const *set, const xmlChar *name)
{
    if (!name)
        return 0;
    for (; *set; set++)
        if (!strcasecmp(*set, (const char *)name))
            return 1;
    return 0;
}

static int is_elem(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && !strcasecmp((const char *)n->name, name);
}

static int skipped(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE &&
           (in(skip_tags, n->name) || xmlHasProp((xmlNode *)n, BAD_CAST "hidden"));
}

/* The next node after cur in document order under root; descend says
 * whether cur's children are to be visited. NULL at the end. */
static xmlNode *next_node(xmlNode *cur, xmlNode *root, int descend)
{
    if (descend && cur->children && cur->type != XML_ENTITY_REF_NODE)
        return cur->children;
    while (cur && cur != root) {
        if (cur->next)
            return cur->next;
        cur = cur->parent;
    }
    return NULL;
}

/* ---- the text emitter: collapses whitespace, separates blocks ---- */

typedef struct emitter {
    parley_buf *out;
    size_t start; /* out->n when emission began */
    int space, brk, rc;
} emitter;

static void block(emitter *e)
{
    e->brk = 1;
    e->space = 0;
}

static void text(emitter *e, const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n && !e->rc) {
        unsigned c = s[i];
        size_t w = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            w = 1;
        else if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
            w = 2; /* no-break space */
        if (w) {
            if (!e->brk)
                e->space = 1;
            i += w;
            continue;
        }
        size_t j = i + 1;
        while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' &&
               s[j] != '\f' && s[j] != '\v' && !(s[j] == 0xC2 && j + 1 < n && s[j + 1] == 0xA0))
            j++;
        int started = e->out->n > e->start;
        if (started && e->brk)
            e->rc = parley_buf_add(e->out, "\n\n", 2);
        else if (started && e->space)
            e->rc = parley_buf_addc(e->out, ' ');
        if (!e->rc)
            e->rc = parley_buf_add(e->out, s + i, j - i);
        e->brk = e->space = 0;
        i = j;
    }
}

/* Appends the visible text under root to out. */
static int extract(xmlNode *root, parley_buf *out)
{
    if (!out->p)
        parley_buf_init(out);
    emitter e = {out, out->n, 0, 0, 0};
    xmlNode *cur = root;
    while (cur && !e.rc) {
        int descend = 0;
        if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
            if (cur->content)
                text(&e, cur->content, strlen((const char *)cur->content));
        } else if (cur->type == XML_ELEMENT_NODE) {
            if (!skipped(cur)) {
                descend = 1;
                if (in(block_tags, cur->name) || is_elem(cur, "td") || is_elem(cur, "th")) {
                    if (is_elem(cur, "td") || is_elem(cur, "th")) {
                        if (!e.brk)
                            e.space = 1;
                    } else {
                        block(&e);
                    }
                }
            }
        } else if (cur->type == XML_DOCUMENT_NODE || cur->type == XML_HTML_DOCUMENT_NODE) {
            descend = 1;
        }
        /* leaving elements: a block ends where its last child ends */
        xmlNode *nx = next_node(cur, root, descend);
        if (!(descend && cur->children)) {
            xmlNode *up = cur;
            while (up && up != root && !up->next) {
                up = up->parent;
                if (up && up->type == XML_ELEMENT_NODE && in(block_tags, up->name))
                    block(&e);
            }
            if (cur->type == XML_ELEMENT_NODE && in(block_tags, cur->name))
                block(&e);
        }
        cur = nx;
    }
    return e.rc;
}

/* First element called name under root, not inside a skipped element. */
static xmlNode *find(xmlNode *root, const char *name)
{
    xmlNode *cur = root;
    while (cur) {
        if (is_elem(cur, name))
            return cur;
        cur = next_node(cur, root, !skipped(cur));
    }
    return NULL;
}

/* ---- metadata ---- */

static const char *const date_keys[] = {
    "article:published_time", "date", "pubdate", "publishdate", "dc.date.issued",
    "og:published_time", "datepublished", "dcterms.created", "dc.date", NULL};

static int date_rank(const xmlChar *key)
{
    if (!key)
        return -1;
    for (int i = 0; date_keys[i]; i++)
        if (!strcasecmp(date_keys[i], (const char *)key))
            return i;
    return -1;
}

typedef struct meta {
    xmlChar *title, *og_title, *date, *time;
    int date_rank;
    int nomem; /* a copy failed (libxml2's own failures come to quiet) */
} meta;

static void read_meta(xmlDoc *doc, meta *m)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    xmlNode *cur = root;
    m->date_rank = 1000;
    while (cur) {
        if (is_elem(cur, "title") && !m->title) {
            parley_buf b = PARLEY_BUF_INIT;
            xmlNode *c = cur->children;
            for (; c; c = c->next)
                if (c->type == XML_TEXT_NODE && c->content &&
                    parley_buf_adds(&b, (const char *)c->content))
                    m->nomem = 1;
            if (b.n && !(m->title = xmlStrdup(BAD_CAST b.p)))
                m->nomem = 1;
            parley_buf_release(&b);
        } else if (is_elem(cur, "meta")) {
            static const char *const attrs[] = {"property", "name", "itemprop"};
            for (int a = 0; a < 3; a++) {
                xmlChar *key = xmlGetProp(cur, BAD_CAST attrs[a]);
                if (!key)
                    continue;
                int r = date_rank(key);
                if (!strcasecmp((const char *)key, "og:title") && !m->og_title)
                    m->og_title = xmlGetProp(cur, BAD_CAST "content");
                else if (r >= 0 && r < m->date_rank) {
                    xmlChar *v = xmlGetProp(cur, BAD_CAST "content");
                    if (v && *v) {
                        xmlFree(m->date);
                        m->date = v;
                        m->date_rank = r;
                    } else {
                        xmlFree(v);
                    }
                }
                xmlFree(key);
            }
        } else if (is_elem(cur, "time") && !m->time) {
            m->time = xmlGetProp(cur, BAD_CAST "datetime");
        }
        cur = next_node(cur, root, 1);
    }
}

static void free_meta(meta *m)
{
    xmlFree(m->title);
    xmlFree(m->og_title);
    xmlFree(m->date);
    xmlFree(m->time);
}

/* libxml2 stops building the tree (and drops the rest of the page) when
 * elements nest more than 256 deep (issue 13, D3). Elements deeper than
 * MAX_DEPTH are left out of the tree instead: their start and end tags
 * are counted, not pushed, and their text goes to the deepest element
 * kept, so no text is lost, only the markup of the deepest levels. */
#define MAX_DEPTH 200

typedef struct depth_guard {
    startElementSAXFunc start;
    endElementSAXFunc end;
    size_t flattened; /* open elements left out of the tree */
    size_t total;     /* all left out, for the warning */
} depth_guard;

static void guarded_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    htmlParserCtxtPtr c = ctx;
    depth_guard *g = c->_private;
    if (c->nodeNr >= MAX_DEPTH) {
        g->flattened++;
        g->total++;
        return;
    }
    g->start(ctx, name, atts);
}

static void guarded_end(void *ctx, const xmlChar *name)
{
    htmlParserCtxtPtr c = ctx;
    depth_guard *g = c->_private;
    if (g->flattened) {
        g->flattened--;
        return;
    }
    g->end(ctx, name);
}

/* libxml2's errors, which it prints on stderr for some (out of memory
 * above all) whatever the options, come here between quiet_begin and
 * quiet_end: nothing is printed, and running out of memory is noted. */
static void quiet_error(void *ud, xmlErrorPtr e)
{
    ingest_xml_quiet *q = ud;
    if (e && e->code == XML_ERR_NO_MEMORY) {
        q->nomem = 1;
        /* libxml2 2.9's HTML parser can loop for ever once allocations
         * keep failing (an xmlStrdup's failure names no parser): mark the
         * parser finished, so that its loops end. Not xmlStopParser: it
         * frees the input, which the failing call may still be growing
         * (a crash, found by tests/oom_cli.py). */
        xmlParserCtxtPtr c = e->ctxt ? e->ctxt : q->parser;
        if (c) {
            c->instate = XML_PARSER_EOF;
            c->disableSAX = 1;
        }
    }
}

void pl_ingest_xml_quiet_begin(ingest_xml_quiet *q)
{
    q->nomem = 0;
    q->parser = NULL;
    q->old_fn = (ingest_xml_err_fn)xmlStructuredError;
    q->old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(q, quiet_error);
}

void pl_ingest_xml_quiet_end(ingest_xml_quiet *q)
{
    xmlSetStructuredErrorFunc(q->old_ctx, (xmlStructuredErrorFunc)q->old_fn);
}

/* htmlReadMemory with the depth guard. NULL when libxml2 ran out of
 * memory (*nomem set) or gave no document. */
static htmlDocPtr read_guarded(ingest_ctx *cx, const char *p, int n, const char *enc,
                               int opts, int *nomem)
{
    htmlParserCtxtPtr c = htmlNewParserCtxt();
    if (!c) {
        *nomem = 1;
        return NULL;
    }
    depth_guard g = {c->sax->startElement, c->sax->endElement, 0, 0};
    c->sax->startElement = guarded_start;
    c->sax->endElement = guarded_end;
    c->_private = &g;
    ingest_xml_quiet q;
    pl_ingest_xml_quiet_begin(&q);
    q.parser = c;
    htmlDocPtr doc = htmlCtxtReadMemory(c, p, n, NULL, enc, opts);
    pl_ingest_xml_quiet_end(&q);
    htmlFreeParserCtxt(c);
    if (q.nomem) { /* half a page is no page: not "no text" (issue 13) */
        *nomem = 1;
        if (doc)
            xmlFreeDoc(doc);
        return NULL;
    }
    if (cx && g.total)
        pl_ingest_log(cx, PARLEY_WARNING, 0,
                   "elements nested more than %d deep (%zu of them): their text is kept, "
                   "their markup flattened", MAX_DEPTH, g.total);
    return doc;
}

/* Parses p as HTML. Bytes that are not UTF-8 in a page that declares no
 * other character set are replaced first (and reported when cx). Returns
 * 0 or PARLEY_ENOMEM; *out is NULL when there is no document. */
static int parse(ingest_ctx *cx, const char *p, size_t n, htmlDocPtr *out)
{
    *out = NULL;
    xmlInitParser();
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET;
    parley_buf fixed = PARLEY_BUF_INIT;
    const char *enc = "UTF-8";
    if (!pl_utf8_valid(p, n, NULL) && pl_ingest_other_charset(p, n, "charset=")) {
        enc = NULL; /* let libxml2 follow the declaration */
        if (parley_buf_add(&fixed, p, n))
            return PARLEY_ENOMEM;
        for (size_t i = 0; i < fixed.n; i++)
            if (!fixed.p[i])
                fixed.p[i] = ' ';
    } else {
        parley_utf8_report rep;
        if (pl_utf8_clean(&fixed, p, n, PARLEY_UTF8_FIX | PARLEY_UTF8_NUL, &rep)) {
            parley_buf_release(&fixed);
            return PARLEY_ENOMEM;
        }
        if (cx && rep.nbad)
            pl_ingest_log(cx, PARLEY_WARNING, 0, "byte %zu: invalid UTF-8 (%zu sequence%s replaced)",
                       rep.first_bad, rep.nbad, rep.nbad == 1 ? "" : "s");
    }
    int nomem = 0;
    if (fixed.n > 0)
        *out = read_guarded(cx, fixed.p, (int)fixed.n, enc, opts, &nomem);
    parley_buf_release(&fixed);
    return nomem ? PARLEY_ENOMEM : 0;
}

static xmlNode *text_root(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return NULL;
    xmlNode *r = find(root, "article");
    if (!r)
        r = find(root, "main");
    if (!r)
        r = find(root, "body");
    return r ? r : root;
}

int pl_ingest_html_to_text(const char *p, size_t n, parley_buf *out)
{
    if (!out->p)
        parley_buf_init(out);
    if (n > INGEST_MAX_DOC)
        return PARLEY_ETOOBIG;
    htmlDocPtr doc;
    int prc = parse(NULL, p, n, &doc);
    if (prc)
        return prc;
    if (!doc)
        return parley_buf_grow(out, 0);
    xmlNode *root = xmlDocGetRootElement(doc);
    xmlNode *body = root ? find(root, "body") : NULL;
    int rc = root ? extract(body ? body : root, out) : 0;
    xmlFreeDoc(doc);
    return rc ? rc : parley_buf_grow(out, 0);
}

/* Cleans and stores a title, collapsing its whitespace. */
static int set_title(ingest_ctx *cx, ingest_doc *d, const xmlChar *t)
{
    parley_buf tmp = PARLEY_BUF_INIT;
    emitter e = {&tmp, 0, 0, 0, 0};
    text(&e, t, strlen((const char *)t));
    int rc = e.rc ? e.rc : pl_ingest_clean(cx, 0, &d->title, tmp.p, tmp.n);
    parley_buf_release(&tmp);
    return rc;
}

int pl_ingest_parse_html(ingest_ctx *cx, const char *p, size_t n, ingest_doc *d)
{
    pl_ingest_doc_reset(d);
    if (n > INGEST_MAX_DOC) {
        pl_ingest_error(cx, 0, "document larger than 64 MiB");
        return PARLEY_ETOOBIG;
    }
    /* libxml2 failing to allocate (xmlGetProp, xmlStrdup) would pass for
     * a missing title or date: quiet notes it (issue 13) */
    ingest_xml_quiet q;
    pl_ingest_xml_quiet_begin(&q);
    htmlDocPtr doc;
    int rc = parse(cx, p, n, &doc);
    if (doc) {
        meta m = {0};
        read_meta(doc, &m);
        if (m.nomem)
            rc = PARLEY_ENOMEM;
        const xmlChar *title = m.title ? m.title : m.og_title;
        if (title)
            rc = set_title(cx, d, title);
        if (!rc && (m.date || m.time)) {
            xmlChar *v = m.date ? m.date : m.time;
            rc = pl_ingest_set_date(cx, 0, d, m.date ? "meta date" : "<time> date",
                                 (const char *)v, strlen((const char *)v));
        }
        free_meta(&m);
        xmlNode *root = text_root(doc);
        parley_buf raw = PARLEY_BUF_INIT;
        if (!rc && root)
            rc = extract(root, &raw);
        if (!rc)
            rc = pl_ingest_clean(cx, 0, &d->text, raw.p, raw.n);
        parley_buf_release(&raw);
        xmlFreeDoc(doc);
    }
    pl_ingest_xml_quiet_end(&q);
    if (!rc && q.nomem)
        rc = PARLEY_ENOMEM;
    if (!rc && d->text.n == 0)
        pl_ingest_log(cx, PARLEY_WARNING, 0, "no text found in the HTML page");
    if (!rc)
        rc = pl_ingest_finish_id(cx, d, 1);
    if (!rc)
        rc = pl_ingest_finish_date(cx, d);
    return rc;
}

int pl_ingest_node_text(void *node, parley_buf *out)
{
    return node ? extract(node, out) : 0;
}

/* Standard input is a page when it starts with markup that is no feed. */
static int sniff_html(const char *p, size_t n, int eof)
{
    size_t i = pl_input_skip_blank(p, n);
    if (i == n)
        return eof ? 0 : -1;
    if (p[i] != '<')
        return 0;
    int feed = pl_in_feed.sniff(p, n, eof);
    return feed < 0 ? -1 : !feed;
}

static int whole_html(ingest_ctx *cx, const char *p, size_t n, ingest_doc *one,
                      ingest_doc **many, size_t *ndocs)
{
    (void)many;
    int rc = pl_ingest_parse_html(cx, p, n, one);
    if (!rc)
        *ndocs = 1;
    return rc;
}

const pl_input_format pl_in_html = {
    "html", "html htm", "HTML: the page's article text is one document",
    "document", sniff_html, whole_html, NULL,
};
