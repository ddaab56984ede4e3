/* suite_xml.c — PETRARCH's validation suite (PETR.UnitTest.records.xml,
 * suite.h): its <Environment> (the dictionaries it names), <Config>
 * options and <Sentence> records with their <EventCoding>s, read with
 * libxml2 for `parley validate`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cameo/suite.h"

struct pl_suite_xml {
    xmlDoc *doc;
    xmlNode *sentences; /* NULL: none */
};

/* The line of node n in the suite (0 when unknown). */
static uint32_t line_of(xmlNode *n)
{
    long l = xmlGetLineNo(n);
    return l > 0 && l < INT32_MAX ? (uint32_t)l : 0;
}

/* Attribute name of n, copied (NULL: absent or out of memory). */
static char *xml_attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

static int is_elem(const xmlNode *c, const char *name)
{
    return c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0;
}

static xmlNode *child(xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_elem(c, name))
            return c;
    return NULL;
}

static int is_ws(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

/* The text of n's first child element called name, trimmed, copied;
 * NULL when there is none. */
static char *child_text(xmlNode *n, const char *name)
{
    xmlNode *c = child(n, name);
    if (!c)
        return NULL;
    xmlChar *v = xmlNodeGetContent(c);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    if (s) {
        char *a = s;
        while (is_ws(*a))
            a++;
        memmove(s, a, strlen(a) + 1);
        size_t k = strlen(s);
        while (k && is_ws(s[k - 1]))
            s[--k] = '\0';
    }
    return s;
}

/* Parses the suite, forgiving small faults. Without XML_PARSE_HUGE,
 * libxml2 refuses entity blow-ups ("billion laughs") and nesting deeper
 * than 256 (issue 13, D4: with it, such a file grew without limit). */
static int parse_doc(pl_suite_reader *rd, const char *data, size_t len, xmlDoc **out)
{
    *out = NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return pl_suite_fail(rd, 0, PARLEY_ENOMEM, "out of memory");
    xmlDoc *xd = len > INT32_MAX ? NULL
                                 : xmlCtxtReadMemory(ctxt, data, (int)len, rd->file, NULL,
                                                     XML_PARSE_RECOVER | XML_PARSE_NONET |
                                                         XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
    int refused = e && (e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_NO_MEMORY ||
                        e->code == XML_ERR_INTERNAL_ERROR);
    int rc = 0;
    if (refused || !xd || !xmlDocGetRootElement(xd)) {
        const char *msg = e && e->message ? e->message : "not a PETRARCH validation file";
        size_t n = strlen(msg);
        while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
            n--;
        uint32_t line = e && e->line > 0 ? (uint32_t)e->line : 0;
        rc = pl_suite_fail(rd, line, e && e->code == XML_ERR_NO_MEMORY ? PARLEY_ENOMEM
                                                                        : PARLEY_EPARSE,
                           "%.*s", (int)n, msg);
        if (xd)
            xmlFreeDoc(xd);
        xd = NULL;
    }
    xmlFreeParserCtxt(ctxt);
    *out = xd;
    return rc;
}

/* The file named by <tag> in env, relative to the suite; *rc set when
 * out of memory. */
static char *env_file(pl_suite_reader *rd, xmlNode *env, const char *tag, int *rc)
{
    char *t = child_text(env, tag), *p = NULL;
    if (t && *t && !(p = pl_suite_path_join(rd->file, t)))
        *rc = PARLEY_ENOMEM;
    free(t);
    return p;
}

int pl_suite_xml_open(pl_suite_reader *rd, const char *data, size_t len, pl_suite_xml **out,
                      pl_suite_env *env)
{
    rd->err[0] = '\0';
    rd->err_line = 0;
    *out = NULL;
    memset(env, 0, sizeof *env);
    xmlDoc *xd;
    int rc = parse_doc(rd, data, len, &xd);
    if (rc)
        return rc;
    pl_suite_xml *x = calloc(1, sizeof *x);
    if (!x) {
        xmlFreeDoc(xd);
        return pl_suite_fail(rd, 0, PARLEY_ENOMEM, "out of memory");
    }
    x->doc = xd;
    xmlNode *root = xmlDocGetRootElement(xd);
    x->sentences = strcmp((const char *)root->name, "Sentences") == 0 ? root
                                                                       : child(root, "Sentences");
    xmlNode *e = child(root, "Environment");
    env->verbs = env_file(rd, e, "Verbfile", &rc);
    env->actors = env_file(rd, e, "Actorfile", &rc);
    env->agents = env_file(rd, e, "Agentfile", &rc);
    env->discards = env_file(rd, e, "Discardfile", &rc);
    if (rc) {
        pl_suite_env_free(env);
        pl_suite_xml_free(x);
        return pl_suite_fail(rd, 0, rc, "out of memory");
    }
    *out = x;
    return 0;
}

void pl_suite_env_free(pl_suite_env *env)
{
    free(env->verbs);
    free(env->actors);
    free(env->agents);
    free(env->discards);
    memset(env, 0, sizeof *env);
}

void pl_suite_xml_free(pl_suite_xml *x)
{
    if (!x)
        return;
    xmlFreeDoc(x->doc);
    free(x);
}

/* PETRARCH's <Config option="..." value="..."> between records: its
 * comma_* limits (an integer; a max of 0 turns that one off) and
 * require_dyad (false: an event may have a missing side, coded "---").
 * Other options are ignored. */
static void xml_config(pl_suite_reader *rd, xmlNode *n, pl_suite_opts *o)
{
    char *opt = xml_attr(n, "option"), *val = xml_attr(n, "value");
    static const char *const keys[6] = {"comma_min", "comma_max", "comma_emin",
                                        "comma_emax", "comma_bmin", "comma_bmax"};
    if (opt && val) {
        for (int k = 0; k < 6; k++)
            if (!strcmp(opt, keys[k])) {
                char *e;
                long v = strtol(val, &e, 10);
                if (*val && !*e && v >= 0 && v < 1000)
                    o->comma[k] = (int)v;
                else
                    pl_suite_warn(rd, line_of(n), "<Config> %.40s: '%.40s' is not a number; ignored",
                                  opt, val);
            }
        if (!strcmp(opt, "require_dyad"))
            o->one_sided = strstr(val, "false") || strstr(val, "False") || strstr(val, "FALSE");
    }
    free(opt);
    free(val);
}

/* Whether the parentheses of a PETRARCH <Parse> tree balance: each ')'
 * closes an open '(' and none is left open. */
static int parse_balanced(const char *t)
{
    long depth = 0;
    for (; *t; t++) {
        depth += *t == '(';
        depth -= *t == ')';
        if (depth < 0)
            return 0;
    }
    return depth == 0;
}

/* The expected events of <Sentence> s into R (none: untested). */
static void xml_events(pl_suite_reader *rd, xmlNode *s, pl_suite_record *R)
{
    R->untested = 1;
    for (xmlNode *e = s->children; e; e = e->next) {
        if (!is_elem(e, "EventCoding"))
            continue;
        R->untested = 0;
        char *sc = xml_attr(e, "sourcecode"), *tc = xml_attr(e, "targetcode"),
             *ec = xml_attr(e, "eventcode");
        if (sc && tc && ec && R->nexp == PL_SUITE_MAX_EVENTS)
            pl_suite_warn(rd, line_of(e), "%s: more than %d expected events; the others left out",
                          R->id, PL_SUITE_MAX_EVENTS);
        else if (sc && tc && ec &&
                 !pl_suite_event_set(&R->exp[R->nexp++], sc, strlen(sc), tc, strlen(tc), ec,
                                     strlen(ec)))
            pl_suite_warn(rd, line_of(e), "%s: an expected event's code is too long; cut",
                          R->id);
        free(sc);
        free(tc);
        free(ec);
    }
}

/* <Sentence> s as a record, given to the callback. */
static int xml_record(pl_suite_reader *rd, xmlNode *s, const pl_suite_opts *o)
{
    pl_suite_record R;
    memset(&R, 0, sizeof R);
    R.line = line_of(s);
    char *id = xml_attr(s, "id"), *cat = xml_attr(s, "category"), *date = xml_attr(s, "date");
    snprintf(R.id, sizeof R.id, "%s", id ? id : "?");
    snprintf(R.cat, sizeof R.cat, "%s", cat ? cat : "?");
    if (date && strlen(date) == 8)
        snprintf(R.date, sizeof R.date, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    free(id);
    free(cat);
    free(date);
    xml_events(rd, s, &R);
    char *text = child_text(s, "Text");
    if (!text)
        return 0;
    char *tree = child_text(s, "Parse");
    if (tree && !parse_balanced(tree)) {
        R.bad_input = 1;
        pl_suite_warn(rd, R.line, "%s: unbalanced parse tree; not coded", R.id);
    }
    free(tree);
    for (char *q = text; *q; q++)
        if (*q == '\n' || *q == '\r' || *q == '\t')
            *q = ' ';
    R.text = text;
    int rc = rd->fn(rd->ud, &R, o);
    free(text);
    return rc;
}

int pl_suite_xml_read(pl_suite_reader *rd, pl_suite_xml *x, pl_suite_opts *o)
{
    for (xmlNode *s = x->sentences ? x->sentences->children : NULL; s; s = s->next) {
        if (is_elem(s, "Config"))
            xml_config(rd, s, o);
        if (!is_elem(s, "Sentence"))
            continue;
        int rc = xml_record(rd, s, o);
        if (rc)
            return rc;
    }
    return 0;
}
