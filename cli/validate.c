/* validate.c — `parley validate FILE`: runs a validation suite of the
 * community's coders with their dictionaries and prints, per record, pass
 * or fail with the expected and coded events, then counts per category.
 * Reads TABARI's Validate.text (dictionaries named by its .project) and
 * PETRARCH's PETR.UnitTest.records.xml (dictionaries named in its
 * <Environment>). A record passes when the set of coded (source, target,
 * code) triples equals the expected set. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli.h"

typedef struct ev3 {
    char src[48], tgt[48], code[24];
} ev3;

typedef struct record {
    char id[64], cat[32];
    char date[11];
    char *text;
    int untested; /* no expectation: show what is coded, count nothing */
    int bad_input; /* PETRARCH: its parse tree is unbalanced, as
                      PETRARCH's bad_input_parse: not coded */
    ev3 exp[64];
    size_t nexp;
} record;

typedef struct catcount {
    char cat[32];
    size_t pass, total;
} catcount;

typedef struct vstate {
    parley_cameo *dict;
    char defsrc[32], deftgt[32]; /* TABARI "DEFAULT:" option, "" = off */
    int defprior, defafter;      /* its PRIOR and AFTER */
    int convert_agents;          /* TABARI "SET: CONVERT AGENT" */
    int code_by;                 /* "SET: CODE BY CLAUSE|SENTENCE", "CODE ALL" */
    int min_words;               /* "SET: MINIMUM WORDS = n" */
    int complex[3];              /* "COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR" */
    int comma[6];                /* "COMMA: MIN = … BMAX = …" or OFF */
    int forward;                 /* "FORWARD: …" (not OFF) */
    int one_sided;               /* PETRARCH's require_dyad = false */
    char story[64];              /* the story of the records in storybuf */
    parley_buf storybuf;         /* its earlier records' texts, with FORWARD */
    int quiet;
    catcount cats[128];
    size_t ncats;
    size_t pass, total;
} vstate;

static int ev_cmp(const void *a, const void *b)
{
    const ev3 *x = a, *y = b;
    int r = strcmp(x->src, y->src);
    if (!r)
        r = strcmp(x->tgt, y->tgt);
    if (!r)
        r = strcmp(x->code, y->code);
    return r;
}

static size_t uniq(ev3 *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, ev_cmp);
    size_t o = 1;
    for (size_t i = 1; i < n; i++)
        if (ev_cmp(&v[i], &v[o - 1]))
            v[o++] = v[i];
    return o;
}

static void print_evs(const ev3 *v, size_t n)
{
    if (!n)
        printf(" (none)");
    for (size_t i = 0; i < n; i++)
        printf(" %s/%s/%s", v[i].src, v[i].tgt, v[i].code);
}

static void upcopy(char *dst, size_t cap, const char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            continue;
        dst[o++] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 32) : ch;
    }
    dst[o] = '\0';
}

/* With TABARI's FORWARD, the records of one story (ids "FRWD-001-002",
 * "FRWD-001-003": the story is the id without its last part) are coded
 * as one text, so that a pronoun of a record can stand for an actor of
 * the one before it; the record's own events are those in its text,
 * after offset *from. */
static const char *story_text(vstate *V, record *R, parley_buf *b, size_t *from)
{
    *from = 0;
    if (!V->forward)
        return R->text;
    const char *dash = strrchr(R->id, '-');
    size_t kl = dash ? (size_t)(dash - R->id) : strlen(R->id);
    if (kl >= sizeof V->story || strncmp(V->story, R->id, kl) || V->story[kl]) {
        memcpy(V->story, R->id, kl);
        V->story[kl] = '\0';
        parley_buf_reset(&V->storybuf);
    }
    parley_buf_reset(b);
    if (V->storybuf.n && (parley_buf_add(b, V->storybuf.p, V->storybuf.n) ||
                          parley_buf_addc(b, ' ')))
        return NULL;
    *from = b->n;
    if (parley_buf_add(b, R->text, strlen(R->text)) ||
        (V->storybuf.n && parley_buf_addc(&V->storybuf, ' ')) ||
        parley_buf_add(&V->storybuf, R->text, strlen(R->text)))
        return NULL;
    return b->p;
}

static int run_record(vstate *V, record *R)
{
    parley_buf story = PARLEY_BUF_INIT;
    size_t from;
    const char *text = story_text(V, R, &story, &from);
    if (!text) {
        parley_buf_release(&story);
        return EXIT_FATAL;
    }
    parley_doc doc = {0};
    doc.text.p = text;
    doc.text.n = strlen(text);
    doc.date.p = R->date;
    doc.date.n = strlen(R->date);
    doc.origin = R->id;
    parley_cameo_code_opts co;
    memset(&co, 0, sizeof co);
    co.per_sentence = !V->forward; /* a record is one sentence */
    co.default_prior = V->defprior;
    co.default_after = V->defafter;
    co.default_source = V->defsrc[0] ? V->defsrc : NULL;
    co.default_target = V->deftgt[0] ? V->deftgt : NULL;
    co.convert_agents = V->convert_agents;
    co.code_by = V->code_by;
    co.min_words = V->min_words;
    co.complex_verbs = V->complex[0];
    co.complex_conj = V->complex[1];
    co.complex_noactprior = V->complex[2];
    co.comma_min = V->comma[0];
    co.comma_max = V->comma[1];
    co.comma_emin = V->comma[2];
    co.comma_emax = V->comma[3];
    co.comma_bmin = V->comma[4];
    co.comma_bmax = V->comma[5];
    co.one_sided = V->one_sided;
    parley_cameo_result *res = NULL;
    int rc = R->bad_input ? 0 : parley_cameo_code(V->dict, &doc, &co, &res);
    parley_buf_release(&story);
    if (rc)
        return EXIT_FATAL;
    ev3 got[64];
    size_t ng = 0;
    for (size_t i = 0; i < parley_cameo_result_count(res) && ng < 64; i++) {
        const parley_event *e = parley_cameo_result_event(res, i);
        if (e->negated || e->span[0] < from)
            continue; /* "did not attack": not the event; an earlier
                         record of the story */
        upcopy(got[ng].src, sizeof got[ng].src, e->source.code, strlen(e->source.code));
        upcopy(got[ng].tgt, sizeof got[ng].tgt, e->target.code, strlen(e->target.code));
        upcopy(got[ng].code, sizeof got[ng].code, e->cameo, strlen(e->cameo));
        ng++;
    }
    parley_cameo_result_free(res);
    ng = uniq(got, ng);
    R->nexp = uniq(R->exp, R->nexp);
    if (R->untested) {
        printf("CODED %s:", R->id);
        print_evs(got, ng);
        printf("  | %s\n", R->text);
        return 0;
    }
    int ok = ng == R->nexp;
    for (size_t i = 0; ok && i < ng; i++)
        ok = ev_cmp(&got[i], &R->exp[i]) == 0;
    if (!V->quiet || !ok) {
        printf("%s %s expected:", ok ? "PASS" : "FAIL", R->id);
        print_evs(R->exp, R->nexp);
        printf("  coded:");
        print_evs(got, ng);
        printf("\n");
    }
    size_t k = 0;
    while (k < V->ncats && strcmp(V->cats[k].cat, R->cat))
        k++;
    if (k == V->ncats && k < 128) {
        snprintf(V->cats[k].cat, sizeof V->cats[k].cat, "%s", R->cat);
        V->ncats++;
    }
    if (k < V->ncats) {
        V->cats[k].total++;
        V->cats[k].pass += (size_t)ok;
    }
    V->total++;
    V->pass += (size_t)ok;
    return 0;
}

static void category_of(const char *id, char *cat, size_t cap)
{
    size_t n = strcspn(id, "-");
    if (n >= cap)
        n = cap - 1;
    memcpy(cat, id, n);
    cat[n] = '\0';
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    parley_buf b = PARLEY_BUF_INIT;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (parley_buf_add(&b, chunk, k)) {
            fclose(f);
            parley_buf_release(&b);
            return NULL;
        }
    fclose(f);
    if (parley_buf_add(&b, "", 0))
        return NULL;
    return parley_buf_detach(&b, len);
}

static char *dir_join(const char *base_file, const char *name)
{
    const char *sl = strrchr(base_file, '/');
    size_t dn = sl ? (size_t)(sl - base_file + 1) : 0;
    if (name[0] == '/')
        dn = 0;
    size_t nn = strlen(name);
    char *p = malloc(dn + nn + 1);
    if (!p)
        return NULL;
    memcpy(p, base_file, dn);
    memcpy(p + dn, name, nn + 1);
    return p;
}

/* The value of "<tag> value" in a TABARI .project file, or NULL. */
static char *project_value(const char *proj, const char *data, const char *tag)
{
    const char *p = strstr(data, tag);
    if (!p)
        return NULL;
    p += strlen(tag);
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = strcspn(p, " \t\r\n");
    if (!n)
        return NULL;
    char name[512];
    if (n >= sizeof name)
        return NULL;
    memcpy(name, p, n);
    name[n] = '\0';
    return dir_join(proj, name);
}

/* Parses the events in a TABARI comment block: "{ SRC / TGT / CODE }";
 * "{+++}" and "{---}" say none; "-{...}" and "{ OPTION: ... }" are not
 * events. Returns 1 when some expectation was found. */
/* The options the suite sets with "{ OPTION: ... }" records that parley
 * honours: "DEFAULT: SOURCE [X] ... TARGET [Y]", "DEFAULT: OFF", "SET:
 * CONVERT AGENT = TRUE|FALSE". Others are ignored. */
static void tabari_option(vstate *V, const char *s, size_t n)
{
    char buf[256];
    if (n >= sizeof buf)
        return;
    memcpy(buf, s, n);
    buf[n] = '\0';
    const char *p;
    if (strstr(buf, "DEFAULT:")) {
        V->defsrc[0] = V->deftgt[0] = '\0';
        V->defprior = strstr(buf, "PRIOR") != NULL;
        V->defafter = strstr(buf, "AFTER") != NULL;
        p = strstr(buf, "SOURCE");
        const char *b = p ? strchr(p, '[') : NULL;
        if (b)
            sscanf(b + 1, "%31[^] ]", V->defsrc);
        p = strstr(buf, "TARGET");
        b = p ? strchr(p, '[') : NULL;
        if (b)
            sscanf(b + 1, "%31[^] ]", V->deftgt);
    } else if (strstr(buf, "CODE BY SENTENCE")) {
        V->code_by = 1;
    } else if (strstr(buf, "CODE ALL")) {
        V->code_by = 2;
    } else if (strstr(buf, "CODE BY CLAUSE")) {
        V->code_by = 0;
    } else if (strstr(buf, "CONVERT AGENT")) {
        V->convert_agents = strstr(buf, "TRUE") != NULL;
    } else if ((p = strstr(buf, "MINIMUM WORDS"))) {
        const char *eq = strchr(p, '=');
        if (eq)
            V->min_words = atoi(eq + 1);
    } else if ((p = strstr(buf, "COMPLEX:"))) {
        const char *v = strstr(p, "VERBS["), *c = strstr(p, "CONJ[");
        V->complex[0] = v ? atoi(v + 6) : 0;
        V->complex[1] = c ? atoi(c + 5) : 0;
        V->complex[2] = strstr(p, "NOACTPRIOR") != NULL;
    } else if ((p = strstr(buf, "COMMA:"))) {
        static const char *const keys[6] = {" MIN", " MAX", "EMIN", "EMAX", "BMIN", "BMAX"};
        memset(V->comma, 0, sizeof V->comma);
        for (int k = 0; k < 6 && !strstr(p, "OFF"); k++) {
            /* " MIN" must not find the end of "EMIN" or "BMIN" */
            for (const char *q = strstr(p, keys[k]); q; q = strstr(q + 1, keys[k])) {
                const char *eq = strchr(q, '=');
                if (k > 1 || q == p || q[-1] != 'E') {
                    V->comma[k] = eq ? atoi(eq + 1) : 0;
                    break;
                }
            }
        }
    } else if ((p = strstr(buf, "FORWARD:"))) {
        V->forward = strstr(p, " OFF") == NULL;
        V->story[0] = '\0';
        parley_buf_reset(&V->storybuf);
    }
}

static int tabari_events(vstate *V, const char *s, size_t n, record *R)
{
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '{')
            continue;
        const char *e = memchr(s + i, '}', n - i);
        if (!e && n - i > 9 && !memcmp(s + i + 1, " OPTION:", 8))
            e = s + n; /* an option record left open (MINIMUM WORDS) */
        if (!e)
            break;
        const char *in = s + i + 1;
        size_t m = (size_t)(e - in);
        int disabled = i > 0 && s[i - 1] == '-';
        if (!disabled && V && m > 8 && memcmp(in, " OPTION:", 8) == 0)
            tabari_option(V, in + 8, m - 8);
        if (!disabled && !memchr(in, ':', m)) {
            const char *sl1 = memchr(in, '/', m);
            const char *sl2 = sl1 ? memchr(sl1 + 1, '/', m - (size_t)(sl1 + 1 - in)) : NULL;
            if (sl1 && sl2 && R->nexp < 64) {
                ev3 *x = &R->exp[R->nexp];
                upcopy(x->src, sizeof x->src, in, (size_t)(sl1 - in));
                upcopy(x->tgt, sizeof x->tgt, sl1 + 1, (size_t)(sl2 - sl1 - 1));
                upcopy(x->code, sizeof x->code, sl2 + 1, (size_t)(e - sl2 - 1));
                R->nexp++;
                found = 1;
            } else if (!sl1) {
                char t[16];
                upcopy(t, sizeof t, in, m);
                if (strcmp(t, "+++") == 0 || strcmp(t, "---") == 0)
                    found = 1;
            }
        }
        i = (size_t)(e - s);
    }
    return found;
}

/* A record's first line: its date (YYMMDD, or YYYYMMDD with TABARI's
 * SET: YYYY; a digit more or less by mistake in the suite), a space and
 * its id. Returns the number of the date's digits, or 0. */
static size_t is_header(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d < 6 || d > 9 || d + 2 > n)
        return 0;
    return s[d] == ' ' || s[d] == '\t' ? d : 0;
}

static int run_tabari(vstate *V, const char *path, char *data, size_t len)
{
    char *p = data, *end = data + len;
    record R;
    int in_rec = 0, in_comment = 0, rc = 0, blank = 0;
    parley_buf text = PARLEY_BUF_INIT, comment = PARLEY_BUF_INIT;
    (void)path;
    for (;;) {
        char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        char *le = nl ? nl : end;
        int eof = p >= end;
        size_t n = eof ? 0 : (size_t)(le - p);
        /* a header begins a record after the comment's end or after a
         * blank line, as TABARI's records are separated by blank lines:
         * a comment its author left open (closed with slash-star by
         * mistake) ends there */
        int after_blank = blank;
        blank = !eof && strspn(p, " \t\r") >= n;
        if (eof || ((in_comment != 1 || after_blank) && is_header(p, n))) {
            if (in_rec) {
                memset(R.exp, 0, sizeof R.exp);
                R.nexp = 0;
                int has = tabari_events(V, comment.p ? comment.p : "", comment.n, &R);
                R.text = text.p ? text.p : (char *)"";
                if (has && (rc = run_record(V, &R)))
                    break;
            }
            if (eof)
                break;
            memset(&R, 0, sizeof R);
            in_rec = 1;
            in_comment = 0;
            parley_buf_reset(&text);
            parley_buf_reset(&comment);
            size_t dn = is_header(p, n);
            if (dn >= 8) {
                snprintf(R.date, sizeof R.date, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
            } else {
                int yy = (p[0] - '0') * 10 + (p[1] - '0');
                snprintf(R.date, sizeof R.date, "%04d-%.2s-%.2s",
                         yy <= 30 ? 2000 + yy : 1900 + yy, p + 2, p + 4);
            }
            const char *q = p + dn;
            while (q < le && (*q == ' ' || *q == '\t'))
                q++;
            size_t il = strcspn(q, " \t\r\n");
            if (il >= sizeof R.id)
                il = sizeof R.id - 1;
            memcpy(R.id, q, il);
            R.id[il] = '\0';
            category_of(R.id, R.cat, sizeof R.cat);
            p = nl ? nl + 1 : end;
            continue;
        }
        if (in_rec && in_comment == 2 && blank) {
            in_comment = 3; /* the record's end: what follows is not it */
        } else if (in_rec && in_comment == 2) {
            /* after the comment, more expected events of the record,
             * each closed with star-slash again: TABARI reads them all */
            if (parley_buf_add(&comment, p, n) || parley_buf_addc(&comment, '\n'))
                return EXIT_FATAL;
        } else if (in_rec && in_comment != 3) {
            const char *s = p;
            size_t m = n;
            while (m) {
                if (!in_comment) {
                    const char *c = NULL;
                    for (size_t i = 0; i + 1 < m; i++)
                        if (s[i] == '/' && s[i + 1] == '*') {
                            c = s + i;
                            break;
                        }
                    size_t k = c ? (size_t)(c - s) : m;
                    if (parley_buf_add(&text, s, k) || parley_buf_addc(&text, ' '))
                        return EXIT_FATAL;
                    if (!c)
                        break;
                    in_comment = 1;
                    s = c + 2;
                    m -= k + 2;
                } else {
                    const char *c = NULL;
                    for (size_t i = 0; i + 1 < m; i++)
                        if (s[i] == '*' && s[i + 1] == '/') {
                            c = s + i;
                            break;
                        }
                    size_t k = c ? (size_t)(c - s) : m;
                    if (parley_buf_add(&comment, s, k) || parley_buf_addc(&comment, '\n'))
                        return EXIT_FATAL;
                    if (!c)
                        break;
                    in_comment = 2; /* closed: the rest is not the record */
                    break;
                }
            }
        }
        p = nl ? nl + 1 : end;
    }
    parley_buf_release(&text);
    parley_buf_release(&comment);
    return rc;
}

static char *xml_attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

static xmlNode *child(xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
            return c;
    return NULL;
}

/* Parses a PETRARCH suite, forgiving small faults. Without XML_PARSE_HUGE,
 * libxml2 refuses entity blow-ups ("billion laughs") and nesting deeper
 * than 256 (issue 13, D4: with it, such a file grew without limit); a
 * file it refuses is reported and not run. NULL when refused (reported). */
static xmlDoc *read_suite(const char *file, const char *data, size_t len)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        fprintf(stderr, "parley: out of memory\n");
        return NULL;
    }
    xmlDoc *xd = len > INT32_MAX ? NULL
                                 : xmlCtxtReadMemory(ctxt, data, (int)len, file, NULL,
                                                     XML_PARSE_RECOVER | XML_PARSE_NONET |
                                                         XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
    int refused = e && (e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_NO_MEMORY ||
                        e->code == XML_ERR_INTERNAL_ERROR);
    if (refused || !xd || !xmlDocGetRootElement(xd)) {
        const char *msg = e && e->message ? e->message : "not a PETRARCH validation file";
        size_t n = strlen(msg);
        while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
            n--;
        if (e && e->line > 0)
            fprintf(stderr, "parley: %s:%d: %.*s; not run\n", file, e->line, (int)n, msg);
        else
            fprintf(stderr, "parley: %s: %.*s; not run\n", file, (int)n, msg);
        if (xd)
            xmlFreeDoc(xd);
        xd = NULL;
    }
    xmlFreeParserCtxt(ctxt);
    return xd;
}

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
    /* trim */
    if (s) {
        char *a = s;
        while (*a == ' ' || *a == '\n' || *a == '\t' || *a == '\r')
            a++;
        memmove(s, a, strlen(a) + 1);
        size_t k = strlen(s);
        while (k && (s[k - 1] == ' ' || s[k - 1] == '\n' || s[k - 1] == '\t' || s[k - 1] == '\r'))
            s[--k] = '\0';
    }
    return s;
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

/* PETRARCH's <Config option="..." value="..."> between records: its
 * comma_* limits (an integer; a max of 0 turns that one off) and
 * require_dyad (false: an event may have a missing side, coded "---").
 * Other options are ignored. */
static void petrarch_config(vstate *V, xmlNode *n)
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
                    V->comma[k] = (int)v;
                else if (!V->quiet)
                    fprintf(stderr, "parley: <Config> %s: '%s' is not a number; ignored\n",
                            opt, val);
            }
        if (!strcmp(opt, "require_dyad"))
            V->one_sided = strstr(val, "false") || strstr(val, "False") ||
                            strstr(val, "FALSE");
    }
    free(opt);
    free(val);
}

static int run_petrarch(vstate *V, xmlNode *sentences)
{
    for (xmlNode *s = sentences ? sentences->children : NULL; s; s = s->next) {
        if (s->type == XML_ELEMENT_NODE && !strcmp((const char *)s->name, "Config"))
            petrarch_config(V, s);
        if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "Sentence"))
            continue;
        record R;
        memset(&R, 0, sizeof R);
        char *id = xml_attr(s, "id"), *cat = xml_attr(s, "category"),
             *date = xml_attr(s, "date");
        snprintf(R.id, sizeof R.id, "%s", id ? id : "?");
        snprintf(R.cat, sizeof R.cat, "%s", cat ? cat : "?");
        if (date && strlen(date) == 8)
            snprintf(R.date, sizeof R.date, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        free(id);
        free(cat);
        free(date);
        R.untested = 1;
        for (xmlNode *e = s->children; e; e = e->next) {
            if (e->type != XML_ELEMENT_NODE || strcmp((const char *)e->name, "EventCoding"))
                continue;
            R.untested = 0;
            char *sc = xml_attr(e, "sourcecode"), *tc = xml_attr(e, "targetcode"),
                 *ec = xml_attr(e, "eventcode");
            if (sc && tc && ec && R.nexp < 64) {
                ev3 *x = &R.exp[R.nexp++];
                upcopy(x->src, sizeof x->src, sc, strlen(sc));
                upcopy(x->tgt, sizeof x->tgt, tc, strlen(tc));
                upcopy(x->code, sizeof x->code, ec, strlen(ec));
            }
            free(sc);
            free(tc);
            free(ec);
        }
        R.text = child_text(s, "Text");
        if (!R.text)
            continue;
        char *tree = child_text(s, "Parse");
        if (tree && !parse_balanced(tree)) {
            R.bad_input = 1;
            if (!V->quiet)
                fprintf(stderr, "parley: %s: unbalanced parse tree; not coded\n", R.id);
        }
        free(tree);
        for (char *q = R.text; *q; q++)
            if (*q == '\n' || *q == '\r' || *q == '\t')
                *q = ' ';
        int rc = run_record(V, &R);
        free(R.text);
        if (rc)
            return rc;
    }
    return 0;
}

static const char usage[] =
    "usage: parley validate [options] FILE\n"
    "  FILE is TABARI's Validate.text or PETRARCH's PETR.UnitTest.records.xml\n"
    "  (records without expected events, e.g. GigaWord.sample.PETR.xml, are\n"
    "  printed with what is coded and not counted)\n"
    "  --project F        TABARI project file (default: FILE with .project)\n"
    "  --verbs F --actors F[,F...] --agents F --discards F --issues F\n"
    "                     dictionaries (override the suite's own)\n"
    "  --dict-format auto|tabari|petrarch\n"
    "  --min-pass N       exit 1 when fewer than N records pass\n"
    "  -q, --quiet        print failing records and the counts only\n";

int cmd_validate(int argc, char **argv)
{
    const char *file = NULL, *project = NULL;
    char *verbs = NULL, *agents = NULL, *discards = NULL, *issues = NULL;
    char *actors_arg = NULL, *options = NULL;
    long min_pass = -1;
    int format = PARLEY_CAMEO_AUTO, quiet = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define OPT(name, dst)                                 \
    if (strcmp(a, name) == 0) {                        \
        if (!v) {                                      \
            fprintf(stderr, "parley: %s needs a value\n%s", name, usage); \
            return EXIT_USAGE;                         \
        }                                              \
        dst = (char *)v;                               \
        i++;                                           \
        continue;                                      \
    }
        OPT("--verbs", verbs)
        OPT("--actors", actors_arg)
        OPT("--agents", agents)
        OPT("--discards", discards)
        OPT("--issues", issues)
        OPT("--project", project)
#undef OPT
        if (strcmp(a, "--dict-format") == 0 && v) {
            format = parley_cameo_format_from_name(v);
            if (format < 0) {
                fprintf(stderr, "parley: unknown --dict-format '%s'\n", v);
                return EXIT_USAGE;
            }
            i++;
        } else if (strcmp(a, "--min-pass") == 0 && v) {
            char *e;
            min_pass = strtol(v, &e, 10);
            if (*e || min_pass < 0) {
                fprintf(stderr, "parley: bad --min-pass '%s'\n", v);
                return EXIT_USAGE;
            }
            i++;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return EXIT_OK;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "parley: unknown option '%s'\n%s", a, usage);
            return EXIT_USAGE;
        } else if (!file) {
            file = a;
        } else {
            fprintf(stderr, "parley: one suite at a time\n%s", usage);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    size_t len;
    char *data = slurp(file, &len);
    if (!data) {
        fprintf(stderr, "parley: %s: cannot read\n", file);
        return EXIT_INPUT;
    }
    int is_xml = strstr(data, "<Validation") != NULL || strstr(data, "<Sentences") != NULL;
    /* dictionaries named by the suite, unless given */
    char *own[8] = {0};
    size_t nown = 0;
    xmlDoc *xd = NULL;
    xmlNode *sentences = NULL;
    if (is_xml) {
        xd = read_suite(file, data, len);
        if (!xd) {
            free(data);
            return EXIT_INPUT;
        }
        xmlNode *root = xmlDocGetRootElement(xd);
        if (!root) {
            fprintf(stderr, "parley: %s: not a PETRARCH validation file\n", file);
            free(data);
            if (xd)
                xmlFreeDoc(xd);
            return EXIT_INPUT;
        }
        xmlNode *env = child(root, "Environment");
        sentences = strcmp((const char *)root->name, "Sentences") == 0
                        ? root
                        : child(root, "Sentences");
        struct { const char *tag; char **dst; } m[] = {
            {"Verbfile", &verbs}, {"Actorfile", &actors_arg},
            {"Agentfile", &agents}, {"Discardfile", &discards}};
        for (size_t k = 0; k < 4; k++) {
            if (*m[k].dst)
                continue;
            char *t = child_text(env, m[k].tag);
            if (t && *t) {
                *m[k].dst = own[nown++] = dir_join(file, t);
            }
            free(t);
        }
    } else {
        char *proj = NULL;
        if (project) {
            proj = strdup(project);
        } else {
            const char *dot = strrchr(file, '.');
            size_t bn = dot ? (size_t)(dot - file) : strlen(file);
            proj = malloc(bn + 9);
            if (proj) {
                memcpy(proj, file, bn);
                memcpy(proj + bn, ".project", sizeof ".project");
            }
        }
        size_t pl;
        char *pd = proj ? slurp(proj, &pl) : NULL;
        if (!pd && (!verbs || !actors_arg)) {
            fprintf(stderr, "parley: %s: cannot read the project file (use --project or --verbs/--actors)\n",
                    proj ? proj : file);
            free(proj);
            free(data);
            return EXIT_INPUT;
        }
        if (pd) {
            options = project_value(proj, pd, "<optionsfile>");
            if (!verbs)
                verbs = own[nown++] = project_value(proj, pd, "<verbsfile>");
            if (!actors_arg)
                actors_arg = own[nown++] = project_value(proj, pd, "<actorsfile>");
            if (!agents)
                agents = own[nown++] = project_value(proj, pd, "<agentsfile>");
            free(pd);
        }
        free(proj);
    }
    /* --actors A,B,C */
    const char *actors[16];
    size_t nact = 0;
    char *acopy = actors_arg ? strdup(actors_arg) : NULL;
    for (char *tok = acopy, *comma; tok && nact < 16; tok = comma ? comma + 1 : NULL) {
        comma = strchr(tok, ',');
        if (comma)
            *comma = '\0';
        if (*tok)
            actors[nact++] = tok;
    }
    parley_cameo_opts o = {0};
    o.verbs = verbs;
    o.actors = actors;
    o.nactors = nact;
    o.agents = agents;
    o.discards = discards;
    o.issues = issues;
    o.format = format;
    o.log = quiet ? NULL : cli_log;
    vstate V;
    memset(&V, 0, sizeof V);
    V.quiet = quiet;
    if (is_xml) {
        /* PETRARCH's defaults (its PETR_config.ini): internal clauses of
         * 2-8 words, terminal ones of 2-8, none at the beginning */
        static const int comma[6] = {2, 8, 2, 8, 0, 0};
        memcpy(V.comma, comma, sizeof comma);
    } else {
        /* TABARI's defaults, then the project's options file */
        V.min_words = 8;
        static const int comma[6] = {2, 10, 2, 10, 255, 0};
        memcpy(V.comma, comma, sizeof comma);
        size_t ol;
        char *od = options ? slurp(options, &ol) : NULL;
        for (char *line = od, *next; line; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = '\0';
            if (strncmp(line, "//", 2) && strncmp(line, "LABEL", 5))
                tabari_option(&V, line, strlen(line));
        }
        free(od);
    }
    size_t badl = 0;
    int rc = parley_cameo_load(&V.dict, &o, &badl);
    if (rc) {
        fprintf(stderr, "parley: cannot load the dictionaries: %s\n", parley_strerror(rc));
        rc = EXIT_FATAL;
    } else {
        rc = is_xml ? run_petrarch(&V, sentences) : run_tabari(&V, file, data, len);
        printf("\n%-16s %6s %6s %7s\n", "category", "pass", "total", "percent");
        for (size_t k = 0; k < V.ncats; k++)
            printf("%-16s %6zu %6zu %6.1f%%\n", V.cats[k].cat, V.cats[k].pass,
                   V.cats[k].total,
                   V.cats[k].total ? 100.0 * (double)V.cats[k].pass / (double)V.cats[k].total : 0.0);
        printf("%-16s %6zu %6zu %6.1f%%\n", "TOTAL", V.pass, V.total,
               V.total ? 100.0 * (double)V.pass / (double)V.total : 0.0);
        if (!rc && min_pass >= 0 && V.pass < (size_t)min_pass) {
            fprintf(stderr, "parley: %zu records passed, fewer than --min-pass %ld\n",
                    V.pass, min_pass);
            rc = EXIT_INPUT;
        }
    }
    parley_cameo_free(V.dict);
    parley_buf_release(&V.storybuf);
    free(options);
    free(acopy);
    for (size_t k = 0; k < nown; k++)
        free(own[k]);
    if (xd)
        xmlFreeDoc(xd);
    free(data);
    return rc;
}
