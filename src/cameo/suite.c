/* suite.c — TABARI's validation suite (Validate.text), its options and
 * its .project file (suite.h): records, expected events and option
 * records read as TABARI reads them, for `parley validate`. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/suite.h"
#include "util/cut.h"

/* ---- messages ---- */

/* Writes "file:line: what" into buf (quoted input made printable). */
static void format_msg(char *buf, size_t cap, const char *file, uint32_t line,
                       const char *fmt, va_list ap)
{
    int k = line ? snprintf(buf, cap, "%s:%u: ", file ? file : "-", (unsigned)line)
                 : snprintf(buf, cap, "%s: ", file ? file : "-");
    if (k < 0 || (size_t)k >= cap)
        k = 0;
    vsnprintf(buf + k, cap - (size_t)k, fmt, ap);
    for (char *p = buf; *p; p++)
        if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
            *p = '?';
}

void pl_suite_warn(pl_suite_reader *rd, uint32_t line, const char *fmt, ...)
{
    if (!rd->log)
        return;
    char msg[PARLEY_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    format_msg(msg, sizeof msg, rd->file, line, fmt, ap);
    va_end(ap);
    rd->log(rd->log_ud, PARLEY_WARNING, msg);
}

int pl_suite_fail(pl_suite_reader *rd, uint32_t line, int rc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    format_msg(rd->err, sizeof rd->err, rd->file, line, fmt, ap);
    va_end(ap);
    rd->err_line = line;
    return rc;
}

/* ---- options ---- */

void pl_suite_defaults(pl_suite_opts *o, int petrarch)
{
    memset(o, 0, sizeof *o);
    /* PETRARCH's PETR_config.ini: internal clauses of 2-8 words,
     * terminal ones of 2-8, none at the beginning; TABARI's defaults */
    static const int pc[6] = {2, 8, 2, 8, 0, 0}, tc[6] = {2, 10, 2, 10, 255, 0};
    memcpy(o->comma, petrarch ? pc : tc, sizeof o->comma);
    if (!petrarch)
        o->min_words = 8;
}

static void option_default(pl_suite_opts *o, const char *buf)
{
    o->defsrc[0] = o->deftgt[0] = '\0';
    o->defprior = strstr(buf, "PRIOR") != NULL;
    o->defafter = strstr(buf, "AFTER") != NULL;
    const char *p = strstr(buf, "SOURCE");
    const char *b = p ? strchr(p, '[') : NULL;
    if (b)
        sscanf(b + 1, "%31[^] ]", o->defsrc);
    p = strstr(buf, "TARGET");
    b = p ? strchr(p, '[') : NULL;
    if (b)
        sscanf(b + 1, "%31[^] ]", o->deftgt);
}

/* "COMMA: MIN = 2 MAX = 10 EMIN … BMAX …" or "COMMA: OFF" (p at
 * "COMMA:"). */
static void option_comma(pl_suite_opts *o, const char *p)
{
    static const char *const keys[6] = {" MIN", " MAX", "EMIN", "EMAX", "BMIN", "BMAX"};
    memset(o->comma, 0, sizeof o->comma);
    for (int k = 0; k < 6 && !strstr(p, "OFF"); k++) {
        /* " MIN" must not find the end of "EMIN" or "BMIN" */
        for (const char *q = strstr(p, keys[k]); q; q = strstr(q + 1, keys[k])) {
            const char *eq = strchr(q, '=');
            if (k > 1 || q == p || q[-1] != 'E') {
                o->comma[k] = eq ? atoi(eq + 1) : 0;
                break;
            }
        }
    }
}

void pl_suite_tabari_option(pl_suite_opts *o, const char *s, size_t n)
{
    char buf[256];
    if (n >= sizeof buf)
        return;
    memcpy(buf, s, n);
    buf[n] = '\0';
    const char *p;
    if (strstr(buf, "DEFAULT:")) {
        option_default(o, buf);
    } else if (strstr(buf, "CODE BY SENTENCE")) {
        o->code_by = 1;
    } else if (strstr(buf, "CODE ALL")) {
        o->code_by = 2;
    } else if (strstr(buf, "CODE BY CLAUSE")) {
        o->code_by = 0;
    } else if (strstr(buf, "CONVERT AGENT")) {
        o->convert_agents = strstr(buf, "TRUE") != NULL;
    } else if ((p = strstr(buf, "MINIMUM WORDS"))) {
        const char *eq = strchr(p, '=');
        if (eq)
            o->min_words = atoi(eq + 1);
    } else if ((p = strstr(buf, "COMPLEX:"))) {
        const char *v = strstr(p, "VERBS["), *c = strstr(p, "CONJ[");
        o->complex[0] = v ? atoi(v + 6) : 0;
        o->complex[1] = c ? atoi(c + 5) : 0;
        o->complex[2] = strstr(p, "NOACTPRIOR") != NULL;
    } else if ((p = strstr(buf, "COMMA:"))) {
        option_comma(o, p);
    } else if ((p = strstr(buf, "FORWARD:"))) {
        o->forward = strstr(p, " OFF") == NULL;
        o->forward_gen++;
    }
}

void pl_suite_tabari_options_file(pl_suite_opts *o, const char *data, size_t len)
{
    /* read as a C string: a NUL ends it */
    const char *z = memchr(data, '\0', len);
    const char *p = data, *end = z ? z : data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if ((n < 2 || strncmp(p, "//", 2)) && (n < 5 || strncmp(p, "LABEL", 5)))
            pl_suite_tabari_option(o, p, n);
        p = nl ? nl + 1 : end;
    }
}

/* ---- paths ---- */

char *pl_suite_path_join(const char *base_file, const char *name)
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

char *pl_suite_project_value(const char *proj, const char *data, const char *tag)
{
    const char *p = strstr(data, tag);
    if (!p)
        return NULL;
    p += strlen(tag);
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = strcspn(p, " \t\r\n");
    char name[512];
    if (!n || n >= sizeof name)
        return NULL;
    memcpy(name, p, n);
    name[n] = '\0';
    return pl_suite_path_join(proj, name);
}

int pl_suite_is_xml(const char *data, size_t len)
{
    static const char *const tags[] = {"<Validation", "<Sentences"};
    for (int t = 0; t < 2; t++) {
        size_t m = strlen(tags[t]);
        for (size_t i = 0; i + m <= len; i++)
            if (data[i] == '<' && !memcmp(data + i, tags[t], m))
                return 1;
    }
    return 0;
}

/* ---- events ---- */

/* Copies s[0..n) upper-cased without white space into dst (cap bytes);
 * returns 0 when it was cut. */
static int upcopy(char *dst, size_t cap, const char *s, size_t n)
{
    size_t o = 0, i = 0;
    for (; i < n && o + 1 < cap; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            continue;
        dst[o++] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 32) : ch;
    }
    dst[o] = '\0';
    for (; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

int pl_suite_event_set(pl_suite_event *e, const char *src, size_t ns, const char *tgt,
                       size_t nt, const char *code, size_t nc)
{
    int a = upcopy(e->src, sizeof e->src, src, ns);
    int b = upcopy(e->tgt, sizeof e->tgt, tgt, nt);
    int c = upcopy(e->code, sizeof e->code, code, nc);
    return a && b && c;
}

/* One "{ … }" block of a record's comment, in[0..m): an option, an
 * expected event, or "+++"/"---" (none expected). Returns 1 when it is
 * an expectation. */
static int tabari_block(pl_suite_reader *rd, uint32_t line, const char *in, size_t m,
                        pl_suite_opts *o, pl_suite_record *R)
{
    if (m > 8 && memcmp(in, " OPTION:", 8) == 0)
        pl_suite_tabari_option(o, in + 8, m - 8);
    if (memchr(in, ':', m))
        return 0;
    const char *sl1 = memchr(in, '/', m);
    const char *sl2 = sl1 ? memchr(sl1 + 1, '/', m - (size_t)(sl1 + 1 - in)) : NULL;
    if (sl1 && sl2) {
        if (R->nexp == PL_SUITE_MAX_EVENTS) {
            pl_suite_warn(rd, line, "%s: more than %d expected events; the others left out",
                          R->id, PL_SUITE_MAX_EVENTS);
            return 0;
        }
        pl_suite_event *x = &R->exp[R->nexp++];
        if (!pl_suite_event_set(x, in, (size_t)(sl1 - in), sl1 + 1, (size_t)(sl2 - sl1 - 1),
                                sl2 + 1, (size_t)(in + m - sl2 - 1)))
            pl_suite_warn(rd, line, "%s: an expected event's code is too long; cut", R->id);
        return 1;
    }
    if (sl1)
        return 0;
    char t[16];
    upcopy(t, sizeof t, in, m);
    return strcmp(t, "+++") == 0 || strcmp(t, "---") == 0;
}

/* Parses the expected events in a record's comment s[0..n) (line: where
 * the record begins): "{ SRC / TGT / CODE }"; "{+++}" and "{---}" say
 * none; "-{...}" and "{ OPTION: ... }" are not events (an option is
 * applied to o). Returns 1 when some expectation was found. */
static int tabari_events(pl_suite_reader *rd, uint32_t line, const char *s, size_t n,
                         pl_suite_opts *o, pl_suite_record *R)
{
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '{')
            continue;
        const char *e = memchr(s + i, '}', n - i);
        if (!e && n - i > 9 && !memcmp(s + i + 1, " OPTION:", 8))
            e = s + n; /* an option record left open (MINIMUM WORDS) */
        if (!e) {
            pl_suite_warn(rd, line, "%s: '{' without '}' in the expected events", R->id);
            break;
        }
        int disabled = i > 0 && s[i - 1] == '-';
        if (!disabled)
            found |= tabari_block(rd, line, s + i + 1, (size_t)(e - s - i - 1), o, R);
        i = (size_t)(e - s);
    }
    return found;
}

/* ---- records ---- */

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

static void category_of(const char *id, char *cat, size_t cap)
{
    size_t n = strcspn(id, "-");
    if (n >= cap)
        n = cap - 1;
    memcpy(cat, id, n);
    cat[n] = '\0';
}

/* Starts record R at header line p[0..n) (dn date digits). */
static void tabari_header(pl_suite_reader *rd, pl_suite_record *R, const char *p, size_t n,
                          size_t dn, uint32_t line)
{
    memset(R, 0, sizeof *R);
    R->line = line;
    if (dn >= 8) {
        snprintf(R->date, sizeof R->date, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
    } else {
        int yy = (p[0] - '0') * 10 + (p[1] - '0');
        snprintf(R->date, sizeof R->date, "%04d-%.2s-%.2s", yy <= 30 ? 2000 + yy : 1900 + yy,
                 p + 2, p + 4);
    }
    size_t q = dn;
    while (q < n && (p[q] == ' ' || p[q] == '\t'))
        q++;
    size_t il = 0;
    while (q + il < n && !strchr(" \t\r", p[q + il]))
        il++;
    if (il >= sizeof R->id) {
        pl_suite_warn(rd, line, "record id of %zu bytes cut to %zu", il, sizeof R->id - 1);
        il = sizeof R->id - 1;
    }
    memcpy(R->id, p + q, il);
    R->id[il] = '\0';
    category_of(R->id, R->cat, sizeof R->cat);
}

/* Where tabari_line is in a record: in its text (0), in its comment (1),
 * after the comment (2: more expected events until a blank line), or past
 * the record (3). */
typedef struct tabari_st {
    pl_suite_record R;
    int in_rec, in_comment;
    parley_buf text, comment;
} tabari_st;

static const char *find2(const char *s, size_t m, char a, char b)
{
    for (size_t i = 0; i + 1 < m; i++)
        if (s[i] == a && s[i + 1] == b)
            return s + i;
    return NULL;
}

/* A line s[0..m) of a record's text and comment. Returns 0 or
 * PARLEY_ENOMEM. */
static int tabari_body(tabari_st *st, const char *s, size_t m)
{
    while (m) {
        if (!st->in_comment) {
            const char *c = find2(s, m, '/', '*');
            size_t k = c ? (size_t)(c - s) : m;
            if (parley_buf_add(&st->text, s, k) || parley_buf_addc(&st->text, ' '))
                return PARLEY_ENOMEM;
            if (!c)
                return 0;
            st->in_comment = 1;
            s = c + 2;
            m -= k + 2;
        } else {
            const char *c = find2(s, m, '*', '/');
            size_t k = c ? (size_t)(c - s) : m;
            if (parley_buf_add(&st->comment, s, k) || parley_buf_addc(&st->comment, '\n'))
                return PARLEY_ENOMEM;
            if (c)
                st->in_comment = 2; /* closed: the rest is not the record */
            return 0;
        }
    }
    return 0;
}

/* The record read so far, given to the callback when it expects
 * something. */
static int tabari_flush(pl_suite_reader *rd, tabari_st *st, pl_suite_opts *o)
{
    pl_suite_record *R = &st->R;
    memset(R->exp, 0, sizeof R->exp);
    R->nexp = 0;
    int has = tabari_events(rd, R->line, st->comment.p ? st->comment.p : "", st->comment.n, o,
                            R);
    R->text = st->text.p ? st->text.p : "";
    return has ? rd->fn(rd->ud, R, o) : 0;
}

int pl_suite_read_tabari(pl_suite_reader *rd, const char *data, size_t len, pl_suite_opts *o)
{
    rd->err[0] = '\0';
    rd->err_line = 0;
    const char *p = data, *end = data + len;
    const char *z = memchr(data, '\0', len);
    if (z) {
        uint32_t line = 1;
        for (const char *q = data; q < z; q++)
            line += *q == '\n';
        return pl_suite_fail(rd, line, PARLEY_EPARSE, "a NUL byte: not a text file");
    }
    tabari_st st;
    memset(&st, 0, sizeof st);
    parley_buf_init(&st.text);
    parley_buf_init(&st.comment);
    int rc = 0, blank = 0;
    uint32_t line = 0;
    for (;;) {
        const char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        const char *le = nl ? nl : end;
        int eof = p >= end;
        size_t n = eof ? 0 : (size_t)(le - p);
        line++;
        /* a header begins a record after the comment's end or after a
         * blank line, as TABARI's records are separated by blank lines:
         * a comment its author left open (closed with slash-star by
         * mistake) ends there */
        int after_blank = blank;
        size_t sp = 0;
        while (sp < n && (p[sp] == ' ' || p[sp] == '\t' || p[sp] == '\r'))
            sp++;
        blank = !eof && sp >= n;
        size_t dn = eof ? 0 : is_header(p, n);
        if (eof || ((st.in_comment != 1 || after_blank) && dn)) {
            if (st.in_rec && (rc = tabari_flush(rd, &st, o)))
                break;
            if (eof)
                break;
            tabari_header(rd, &st.R, p, n, dn, line);
            st.in_rec = 1;
            st.in_comment = 0;
            parley_buf_reset(&st.text);
            parley_buf_reset(&st.comment);
        } else if (st.in_rec && st.in_comment == 2 && blank) {
            st.in_comment = 3; /* the record's end: what follows is not it */
        } else if (st.in_rec && st.in_comment == 2) {
            /* after the comment, more expected events of the record,
             * each closed with star-slash again: TABARI reads them all */
            if (parley_buf_add(&st.comment, p, n) || parley_buf_addc(&st.comment, '\n'))
                rc = PARLEY_ENOMEM;
        } else if (st.in_rec && st.in_comment != 3) {
            rc = tabari_body(&st, p, n);
        }
        if (rc)
            break;
        p = nl ? nl + 1 : end;
    }
    parley_buf_release(&st.text);
    parley_buf_release(&st.comment);
    if (rc == PARLEY_ENOMEM)
        return pl_suite_fail(rd, line, rc, "out of memory");
    return rc;
}
