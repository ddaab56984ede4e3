/* feed.c — RSS 2.0 and Atom ingest: one document per <item>/<entry>, its
 * HTML description or content turned into text the way html.c does it.
 * A file that is not a feed is one error; the other files go on. */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"
#include "text/utf8.h"

static int named(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           !strcasecmp((const char *)n->name, name);
}

static xmlNode *child(xmlNode *parent, const char *name)
{
    for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
        if (named(c, name))
            return c;
    return NULL;
}

/* Text and CDATA under n, concatenated; entity references are not
 * expanded (no entity expansion attacks). */
static int raw_text(xmlNode *n, parley_buf *out)
{
    if (!n)
        return 0;
    xmlNode *cur = n->children;
    while (cur) {
        if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
            cur->content && parley_buf_adds(out, (const char *)cur->content))
            return PARLEY_ENOMEM;
        if (cur->type == XML_ELEMENT_NODE && cur->children) {
            cur = cur->children;
            continue;
        }
        while (cur != n && !cur->next)
            cur = cur->parent;
        if (cur == n)
            break;
        cur = cur->next;
    }
    return 0;
}

/* Trims and collapses whitespace of plain text, cleaned into out. */
static int plain(ingest_ctx *cx, size_t line, xmlNode *n, parley_buf *out, int collapse)
{
    parley_buf raw = PARLEY_BUF_INIT, tmp = PARLEY_BUF_INIT;
    int rc = raw_text(n, &raw);
    const char *p = raw.p;
    size_t len = raw.n;
    if (!rc && collapse) {
        int sp = 0;
        for (size_t i = 0; i < raw.n && !rc; i++) {
            char c = raw.p[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                sp = tmp.n > 0;
                continue;
            }
            if (sp)
                rc = parley_buf_addc(&tmp, ' ');
            sp = 0;
            if (!rc)
                rc = parley_buf_addc(&tmp, c);
        }
        p = tmp.p;
        len = tmp.n;
    } else if (!rc) {
        while (len && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++, len--;
        while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n' ||
                       p[len - 1] == '\r'))
            len--;
    }
    if (!rc)
        rc = pl_ingest_clean(cx, line, out, p, len);
    parley_buf_release(&raw);
    parley_buf_release(&tmp);
    return rc;
}

/* HTML carried as escaped text (RSS description, Atom type="html"). */
static int html(ingest_ctx *cx, size_t line, xmlNode *n, parley_buf *out)
{
    parley_buf raw = PARLEY_BUF_INIT, txt = PARLEY_BUF_INIT;
    int rc = raw_text(n, &raw);
    if (!rc && raw.n)
        rc = pl_ingest_html_to_text(raw.p, raw.n, &txt);
    if (!rc)
        rc = pl_ingest_clean(cx, line, out, txt.p, txt.n);
    parley_buf_release(&raw);
    parley_buf_release(&txt);
    return rc;
}

/* Atom text constructs: type="text" (default), "html" or "xhtml". Text
 * that looks like markup is taken for HTML, as feeds in the wild do. */
static int atom_text(ingest_ctx *cx, size_t line, xmlNode *n, parley_buf *out, int collapse)
{
    xmlChar *type = xmlGetProp(n, BAD_CAST "type");
    int rc;
    if (type && !strcasecmp((const char *)type, "xhtml")) {
        parley_buf txt = PARLEY_BUF_INIT;
        rc = 0;
        for (xmlNode *c = n->children; c && !rc; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                rc = pl_ingest_node_text(c, &txt);
        if (!rc)
            rc = pl_ingest_clean(cx, line, out, txt.p, txt.n);
        parley_buf_release(&txt);
    } else if (type && (!strcasecmp((const char *)type, "html") ||
                         !strcasecmp((const char *)type, "text/html"))) {
        rc = html(cx, line, n, out);
    } else {
        parley_buf raw = PARLEY_BUF_INIT;
        rc = raw_text(n, &raw);
        int markup = 0;
        for (size_t i = 0; !rc && i + 1 < raw.n; i++)
            if (raw.p[i] == '<' && (raw.p[i + 1] == '/' || ((raw.p[i + 1] | 32) >= 'a' &&
                                                             (raw.p[i + 1] | 32) <= 'z')))
                markup = 1;
        parley_buf_release(&raw);
        if (!rc)
            rc = markup ? html(cx, line, n, out) : plain(cx, line, n, out, collapse);
    }
    xmlFree(type);
    return rc;
}

static int add_doc(ingest_doc **docs, size_t *n, size_t *cap)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        ingest_doc *p = realloc(*docs, c * sizeof *p);
        if (!p)
            return PARLEY_ENOMEM;
        *docs = p;
        *cap = c;
    }
    pl_ingest_doc_init(&(*docs)[(*n)++]);
    return 0;
}

static int set_date(ingest_ctx *cx, size_t line, ingest_doc *d, xmlNode *n, const char *what)
{
    parley_buf raw = PARLEY_BUF_INIT;
    int rc = raw_text(n, &raw);
    if (!rc && raw.n)
        rc = pl_ingest_set_date(cx, line, d, what, raw.p, raw.n);
    parley_buf_release(&raw);
    return rc;
}

/* One <item> or <entry> into d. Returns 1 kept, 0 skipped (no text). */
static int item(ingest_ctx *cx, xmlNode *it, int atom, const parley_buf *source, ingest_doc *d)
{
    size_t line = (size_t)(xmlGetLineNo(it) > 0 ? xmlGetLineNo(it) : 0);
    int rc = 0;
    xmlNode *t = child(it, "title");
    if (t)
        rc = atom ? atom_text(cx, line, t, &d->title, 1) : plain(cx, line, t, &d->title, 1);
    if (!rc && atom) {
        xmlNode *best = NULL;
        for (xmlNode *c = it->children; c; c = c->next) {
            if (!named(c, "link"))
                continue;
            xmlChar *rel = xmlGetProp(c, BAD_CAST "rel");
            int alt = !rel || !strcmp((const char *)rel, "alternate");
            xmlFree(rel);
            if (alt || !best)
                best = c;
            if (alt)
                break;
        }
        xmlChar *href = best ? xmlGetProp(best, BAD_CAST "href") : NULL;
        if (href)
            rc = pl_ingest_clean(cx, line, &d->url, (const char *)href, strlen((const char *)href));
        xmlFree(href);
        if (!rc)
            rc = plain(cx, line, child(it, "id"), &d->id, 1);
        xmlNode *date = child(it, "published");
        if (!date)
            date = child(it, "updated");
        if (!rc && date)
            rc = set_date(cx, line, d, date, date == child(it, "published") ? "<published>" : "<updated>");
        xmlNode *body = child(it, "content");
        if (!rc && body)
            rc = atom_text(cx, line, body, &d->text, 0);
        if (!rc && !d->text.n && (body = child(it, "summary")))
            rc = atom_text(cx, line, body, &d->text, 0);
    } else if (!rc) {
        rc = plain(cx, line, child(it, "link"), &d->url, 1);
        if (!rc)
            rc = plain(cx, line, child(it, "guid"), &d->id, 1);
        xmlNode *date = child(it, "pubDate");
        if (!date)
            date = child(it, "date"); /* dc:date, RSS 1.0 */
        if (!rc && date)
            rc = set_date(cx, line, d, date, named(date, "date") ? "<dc:date>" : "<pubDate>");
        xmlNode *body = child(it, "encoded"); /* content:encoded */
        if (!rc && body)
            rc = html(cx, line, body, &d->text);
        if (!rc && !d->text.n && (body = child(it, "description")))
            rc = html(cx, line, body, &d->text);
    }
    if (rc)
        return rc;
    if (!d->text.n) {
        pl_ingest_error(cx, line, "feed %s without text (expected %s)", atom ? "entry" : "item",
                     atom ? "<content> or <summary>" : "<description> or <content:encoded>");
        return 0;
    }
    d->line = 0;
    if (source->n && (rc = parley_buf_add(&d->source, source->p, source->n)))
        return rc;
    if ((rc = pl_ingest_finish_id(cx, d, 0)) || (rc = pl_ingest_finish_date(cx, d)))
        return rc;
    return 1;
}

/* Where the internal DTD subset of an XML document starts ('[' after
 * "<!DOCTYPE" near the top) and ends (its "]"), when it declares
 * entities; 0 when there is none. */
static size_t own_subset(const char *p, size_t n, size_t *end)
{
    size_t lim = n < 4096 ? n : 4096, i;
    for (i = 0; i + 9 <= lim; i++)
        if (!memcmp(p + i, "<!DOCTYPE", 9))
            break;
    if (i + 9 > lim)
        return 0;
    while (i < n && p[i] != '[' && p[i] != '>')
        i++;
    if (i >= n || p[i] != '[')
        return 0;
    size_t start = i, ent = 0;
    for (i = start; i + 1 < n; i++) {
        if (!ent && i + 8 <= n && !memcmp(p + i, "<!ENTITY", 8))
            ent = 1;
        if (p[i] == ']' && p[i + 1] == '>')
            break;
        if (p[i] == ']') { /* "]" then spaces then ">" */
            size_t j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r' || p[j] == '\n'))
                j++;
            if (j < n && p[j] == '>')
                break;
        }
    }
    if (i + 1 >= n || !ent)
        return 0;
    *end = i;
    return start;
}

static int own_entities(const char *p, size_t n)
{
    size_t end;
    return own_subset(p, n, &end) != 0;
}

/* Entities a feed declares itself are ignored: feeds need none, and one
 * "billion laughs" made libxml2 refuse the whole feed with its good
 * items (issue 13, D9). The subset is blanked (newlines kept, so lines
 * stay) and references to its entities are dropped as undefined. */
static void drop_own_entities(ingest_ctx *cx, char *p, size_t n)
{
    size_t end, start = own_subset(p, n, &end);
    if (!start)
        return;
    size_t line = 1;
    for (size_t i = 0; i < start; i++)
        line += p[i] == '\n';
    for (size_t i = start + 1; i < end; i++)
        if (p[i] != '\n')
            p[i] = ' ';
    pl_ingest_log(cx, PARLEY_WARNING, line, "the feed's own entity declarations are ignored");
}

void pl_ingest_docs_free(ingest_doc *docs, size_t ndocs)
{
    for (size_t i = 0; i < ndocs; i++)
        pl_ingest_doc_release(&docs[i]);
    free(docs);
}

static int parse_feed(ingest_ctx *cx, const char *p, size_t n, ingest_doc **docs,
                      size_t *ndocs);

/* libxml2 failing to allocate (in the parser, xmlGetProp, xmlNodeGetContent)
 * would pass for a malformed feed or a missing field: quiet notes it, and
 * the feed fails with PARLEY_ENOMEM instead (issue 13). */
int pl_ingest_parse_feed(ingest_ctx *cx, const char *p, size_t n, ingest_doc **docs, size_t *ndocs)
{
    ingest_xml_quiet q;
    pl_ingest_xml_quiet_begin(&q);
    int rc = parse_feed(cx, p, n, docs, ndocs);
    pl_ingest_xml_quiet_end(&q);
    if (q.nomem && rc != PARLEY_ENOMEM) {
        pl_ingest_docs_free(*docs, *ndocs);
        *docs = NULL;
        *ndocs = 0;
        rc = PARLEY_ENOMEM;
    }
    return rc;
}

static int parse_feed(ingest_ctx *cx, const char *p, size_t n, ingest_doc **docs,
                      size_t *ndocs)
{
    *docs = NULL;
    *ndocs = 0;
    if (n > INGEST_MAX_DOC) {
        pl_ingest_error(cx, 0, "feed larger than 64 MiB");
        return PARLEY_ETOOBIG;
    }
    xmlInitParser();
    parley_buf fixed = PARLEY_BUF_INIT;
    if (!pl_utf8_valid(p, n, NULL) && !pl_ingest_other_charset(p, n, "encoding=")) {
        parley_utf8_report rep;
        if (pl_utf8_clean(&fixed, p, n, PARLEY_UTF8_FIX, &rep)) {
            parley_buf_release(&fixed);
            return PARLEY_ENOMEM;
        }
        if (rep.nbad)
            pl_ingest_log(cx, PARLEY_WARNING, 0, "byte %zu: invalid UTF-8 (%zu sequence%s replaced)",
                       rep.first_bad, rep.nbad, rep.nbad == 1 ? "" : "s");
        p = fixed.p;
        n = fixed.n;
    }
    if (!fixed.p && own_entities(p, n)) { /* a copy to blank them in */
        if (parley_buf_add(&fixed, p, n)) {
            parley_buf_release(&fixed);
            return PARLEY_ENOMEM;
        }
        p = fixed.p;
    }
    if (fixed.p)
        drop_own_entities(cx, fixed.p, fixed.n);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        parley_buf_release(&fixed);
        return PARLEY_ENOMEM;
    }
    /* RECOVER: one malformed item does not cost the others theirs */
    ingest_xml_quiet q; /* stops the parser when memory runs out */
    pl_ingest_xml_quiet_begin(&q);
    q.parser = ctxt;
    xmlDocPtr doc = n ? xmlCtxtReadMemory(ctxt, p, (int)n, NULL, NULL,
                                          XML_PARSE_NONET | XML_PARSE_NOERROR |
                                              XML_PARSE_NOWARNING | XML_PARSE_RECOVER)
                      : NULL;
    pl_ingest_xml_quiet_end(&q);
    parley_buf_release(&fixed);
    if (q.nomem) {
        if (doc)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return PARLEY_ENOMEM;
    }
    if (doc && !xmlDocGetRootElement(doc)) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (doc && !ctxt->wellFormed) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
        const char *msg = e && e->message ? e->message : "malformed XML";
        size_t len = strlen(msg);
        while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
            len--;
        pl_ingest_error(cx, 0, "malformed XML (line %d: %.*s): the items are read as far as "
                     "they could be", e ? e->line : 0, (int)len, msg);
    }
    if (!doc) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
        if (e && e->code == XML_ERR_NO_MEMORY) {
            xmlFreeParserCtxt(ctxt);
            return PARLEY_ENOMEM;
        }
        const char *msg = e && e->message ? e->message : "empty document";
        size_t len = strlen(msg);
        while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
            len--;
        if (e && e->line > 0)
            pl_ingest_error(cx, 0, "not an RSS or Atom feed: line %d: %.*s", e->line, (int)len, msg);
        else
            pl_ingest_error(cx, 0, "not an RSS or Atom feed: %.*s", (int)len, msg);
        xmlFreeParserCtxt(ctxt);
        return PARLEY_EPARSE;
    }
    xmlFreeParserCtxt(ctxt);
    xmlNode *root = xmlDocGetRootElement(doc);
    int atom = named(root, "feed"), rc = 0;
    xmlNode *chan = named(root, "rss") ? child(root, "channel") : atom || named(root, "RDF") ? root : NULL;
    if (!chan) {
        pl_ingest_error(cx, 0, "not an RSS or Atom feed: root element <%s>",
                     root && root->name ? (const char *)root->name : "?");
        xmlFreeDoc(doc);
        return PARLEY_EPARSE;
    }
    parley_buf source = PARLEY_BUF_INIT;
    rc = plain(cx, 0, child(chan, "title"), &source, 1);
    size_t cap = 0;
    /* RSS 1.0 puts items beside the channel, RSS 2.0 inside it */
    for (xmlNode *c = chan->children; c && !rc; c = c->next) {
        if (!named(c, atom ? "entry" : "item"))
            continue;
        if ((rc = add_doc(docs, ndocs, &cap)))
            break;
        int kept = item(cx, c, atom, &source, &(*docs)[*ndocs - 1]);
        if (kept < 0)
            rc = kept;
        else if (!kept)
            pl_ingest_doc_release(&(*docs)[--*ndocs]);
    }
    parley_buf_release(&source);
    xmlFreeDoc(doc);
    if (rc) {
        pl_ingest_docs_free(*docs, *ndocs);
        *docs = NULL;
        *ndocs = 0;
    }
    return rc;
}

/* Standard input is a feed when it starts with markup and an RSS, Atom or
 * RDF root element comes within its first 2 KiB. */
static int sniff_feed(const char *p, size_t n, int eof)
{
    static const char *const roots[] = {"<rss", "<feed", "<rdf:RDF"};
    size_t i = pl_input_skip_blank(p, n);
    if (i == n)
        return eof ? 0 : -1;
    if (p[i] != '<')
        return 0;
    size_t lim = n - i < 2048 ? n - i : 2048;
    for (size_t k = 0; k < 3; k++) {
        size_t len = strlen(roots[k]);
        for (size_t j = i; j + len <= i + lim; j++)
            if (!memcmp(p + j, roots[k], len))
                return 1;
    }
    return n - i < 2048 && !eof ? -1 : 0;
}

/* The reader's entry: a file that is no feed gives no document (logged
 * and counted). */
static int whole_feed(ingest_ctx *cx, const char *p, size_t n, ingest_doc *one,
                      ingest_doc **many, size_t *ndocs)
{
    (void)one;
    int rc = pl_ingest_parse_feed(cx, p, n, many, ndocs);
    return rc == PARLEY_EPARSE || rc == PARLEY_ETOOBIG ? 0 : rc;
}

const pl_input_format pl_in_feed = {
    "feed", "rss atom xml", "RSS 2.0 or Atom: each item or entry is a document",
    "feed", sniff_feed, whole_feed, NULL,
};
