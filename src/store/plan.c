/* plan.c — a parley_store_filter checked and turned into a plan both
 * backends execute (stage 9, queries): date keys for --from/--to,
 * upper-cased codes, folded names, places and topics, and the --text
 * search parsed once and written out for FTS5 and for PostgreSQL's
 * tsquery, so that the two backends answer alike. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* KAZ, UN, IGOUNO, USAGOV: a code, matched exactly or as a prefix. */
int pl_store_code_like(const char *v)
{
    size_t n = strlen(v);
    if (n < 2 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)v[i]) && !isdigit((unsigned char)v[i]))
            return 0;
    return 1;
}

/* One of the 16 PLOVER types, upper case. */
static int plover_type(const char *t)
{
    static const char *const types[] = {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
        "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (!strcmp(t, types[i]))
            return 1;
    return 0;
}

static void upper(char *out, size_t cap, const char *v)
{
    size_t n = strlen(v);
    if (n >= cap) {
        out[0] = '\0';
        return;
    }
    pl_ascii_upper_n(out, v, n + 1);
}

static char *fold0(const char *v)
{
    size_t n;
    return pl_fold_key(v, strlen(v), &n);
}

static int actor_cond(struct splan *p, const char *v, int sides)
{
    if (!v || !*v)
        return 0;
    struct sactor_cond *c = &p->act[p->nact++];
    c->v = v;
    c->sides = sides;
    c->code_like = pl_store_code_like(v);
    upper(c->upper, sizeof c->upper, v);
    if (!c->code_like && !(c->folded = fold0(v)))
        return PARLEY_ENOMEM;
    return 0;
}

int pl_store_plan(parley_store *st, struct splan *p,
               const parley_store_filter *f, const char *opt)
{
    static const parley_store_filter all;
    memset(p, 0, sizeof *p);
    p->f = f = f ? f : &all;
    p->lo = 0;
    p->hi = STORE_UNDATED;
    if (f->type && *f->type) {
        upper(p->type, sizeof p->type, f->type);
        if (!plover_type(p->type))
            return pl_store_fail(st, PARLEY_EINVAL,
                              "%stype: expected a PLOVER type such as CONSULT"
                              " (AGREE, CONSULT, SUPPORT, ... ASSAULT), not '%.40s'",
                              opt, f->type);
    }
    if (f->cameo && *f->cameo) {
        int ok = strlen(f->cameo) <= 4;
        for (const char *s = f->cameo; *s; s++)
            ok &= isdigit((unsigned char)*s) != 0;
        if (!ok)
            return pl_store_fail(st, PARLEY_EINVAL,
                              "%scameo: expected 1 to 4 digits, e.g. 04 or 057", opt);
        memcpy(p->cameo, f->cameo, strlen(f->cameo) + 1);
    }
    if (f->from && *f->from) {
        const char *why;
        if (!pl_date_parse(f->from, strlen(f->from), NULL, &why))
            return pl_store_fail(st, PARLEY_EINVAL,
                              "%sfrom: expected a date YYYY, YYYY-MM or YYYY-MM-DD,"
                              " not '%.40s' (%s)", opt, f->from, why);
        p->lo = pl_store_dkey_from(f->from);
        p->dated = 1;
    }
    if (f->to && *f->to) {
        const char *why;
        if (!pl_date_parse(f->to, strlen(f->to), NULL, &why))
            return pl_store_fail(st, PARLEY_EINVAL,
                              "%sto: expected a date YYYY, YYYY-MM or YYYY-MM-DD,"
                              " not '%.40s' (%s)", opt, f->to, why);
        p->hi = pl_store_dkey_to(f->to);
        p->dated = 1;
    }
    /* A date bound leaves out undated events, as a comparison with NULL
     * did. */
    if (p->dated && p->hi >= STORE_UNDATED)
        p->hi = STORE_UNDATED - 1;
    if (actor_cond(p, f->actor, 3) || actor_cond(p, f->source, 1) ||
        actor_cond(p, f->target, 2))
        goto nomem;
    if (f->place && *f->place) {
        p->place = f->place;
        upper(p->place_upper, sizeof p->place_upper, f->place);
        if (!(p->place_folded = fold0(f->place)))
            goto nomem;
    }
    if (f->topic && *f->topic && !(p->topic_folded = fold0(f->topic)))
        goto nomem;
    if (f->text && *f->text) {
        /* plain words find their other forms too (forms.c) */
        parley_buf x = PARLEY_BUF_INIT;
        if (parley_text_forms(f->text, &x)) {
            parley_buf_release(&x);
            goto nomem;
        }
        p->text = pl_store_textq_parse(x.p ? x.p : f->text);
        parley_buf_release(&x);
        if (!p->text)
            goto nomem;
    }
    if (f->doc && *f->doc)
        p->doc = f->doc;
    p->empty = !p->type[0] && !p->cameo[0] && !p->dated && !p->nact &&
               !p->place && !p->topic_folded && !p->text && !p->doc;
    return 0;
nomem:
    pl_store_plan_free(p);
    return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
}

void pl_store_plan_free(struct splan *p)
{
    for (size_t i = 0; i < p->nact; i++)
        free(p->act[i].folded);
    free(p->place_folded);
    free(p->topic_folded);
    pl_store_textq_free(p->text);
    memset(p, 0, sizeof *p);
}

/* ---- full-text searches ------------------------------------------------ */

enum { Q_TERM, Q_AND, Q_OR, Q_NOT };

struct qnode {
    int op;
    struct qnode *l, *r;
    char *tokens; /* Q_TERM: folded tokens, one space apart */
    int prefix;
};

struct stextq {
    struct qnode *root; /* NULL: matches nothing */
};

static void qfree(struct qnode *n)
{
    if (!n)
        return;
    qfree(n->l);
    qfree(n->r);
    free(n->tokens);
    free(n);
}

/* Lexer over the user's text: words, "phrases", ( ) and the operators
 * AND, OR, NOT (upper case, as FTS5 has them) and a leading '-'. */
enum { T_END, T_WORD, T_PHRASE, T_LP, T_RP, T_AND, T_OR, T_NOT, T_MINUS };

struct lex {
    const char *s;
    int tok;
    const char *a; /* the word or phrase */
    size_t n;
    int prefix;
    int bad;
};

static void next(struct lex *x)
{
    while (*x->s == ' ' || *x->s == '\t' || *x->s == '\n' || *x->s == '\r')
        x->s++;
    x->prefix = 0;
    char c = *x->s;
    if (!c) {
        x->tok = T_END;
        return;
    }
    if (c == '(' || c == ')') {
        x->tok = c == '(' ? T_LP : T_RP;
        x->s++;
        return;
    }
    if (c == '-') {
        x->tok = T_MINUS;
        x->s++;
        return;
    }
    if (c == '"') {
        const char *e = strchr(x->s + 1, '"');
        if (!e) {
            x->bad = 1;
            x->tok = T_END;
            return;
        }
        x->tok = T_PHRASE;
        x->a = x->s + 1;
        x->n = (size_t)(e - x->a);
        x->s = e + 1;
        if (*x->s == '*')
            x->prefix = 1, x->s++;
        return;
    }
    const char *b = x->s;
    while (*x->s && !strchr(" \t\n\r()\"", *x->s))
        x->s++;
    x->a = b;
    x->n = (size_t)(x->s - b);
    if (x->n && b[x->n - 1] == '*')
        x->prefix = 1, x->n--;
    x->tok = T_WORD;
    if (x->n == 3 && !memcmp(b, "AND", 3) && !x->prefix)
        x->tok = T_AND;
    else if (x->n == 2 && !memcmp(b, "OR", 2) && !x->prefix)
        x->tok = T_OR;
    else if (x->n == 3 && !memcmp(b, "NOT", 3) && !x->prefix)
        x->tok = T_NOT;
}

static struct qnode *mk(int op, struct qnode *l, struct qnode *r)
{
    struct qnode *n = calloc(1, sizeof *n);
    if (!n) {
        qfree(l);
        qfree(r);
        return NULL;
    }
    n->op = op;
    n->l = l;
    n->r = r;
    return n;
}

/* A term from text[0..n): its folded tokens; NULL with *empty set when it
 * has no letter or digit (it then stands for nothing). */
static struct qnode *term(const char *a, size_t n, int prefix, int *empty,
                          int *nomem)
{
    parley_buf b = PARLEY_BUF_INIT;
    *empty = 0;
    if (pl_store_fts_tokens(&b, a, n)) {
        *nomem = 1;
        return NULL;
    }
    if (!b.n) {
        parley_buf_release(&b);
        *empty = 1;
        return NULL;
    }
    struct qnode *t = mk(Q_TERM, NULL, NULL);
    if (!t) {
        parley_buf_release(&b);
        *nomem = 1;
        return NULL;
    }
    t->tokens = parley_buf_detach(&b, NULL);
    t->prefix = prefix;
    return t;
}

static struct qnode *or_expr(struct lex *x, int *nomem);

/* unary := "(" or ")" | word | phrase; empty terms are dropped (NULL with
 * no error). */
static struct qnode *unary(struct lex *x, int *nomem, int *empty)
{
    *empty = 0;
    if (x->tok == T_LP) {
        next(x);
        struct qnode *e = or_expr(x, nomem);
        if (x->tok != T_RP)
            x->bad = 1;
        else
            next(x);
        if (!e && !x->bad && !*nomem)
            *empty = 1;
        return e;
    }
    if (x->tok == T_WORD || x->tok == T_PHRASE) {
        struct qnode *t = term(x->a, x->n, x->prefix, empty, nomem);
        next(x);
        return t;
    }
    x->bad = 1;
    return NULL;
}

/* and := unary ((AND | NOT | -)? unary)* ; a NOT b is a and not b. */
static struct qnode *and_expr(struct lex *x, int *nomem)
{
    int empty;
    struct qnode *l = unary(x, nomem, &empty);
    while (!x->bad && !*nomem) {
        int op = Q_AND;
        if (x->tok == T_AND) {
            next(x);
        } else if (x->tok == T_NOT || x->tok == T_MINUS) {
            op = Q_NOT;
            next(x);
        } else if (x->tok != T_WORD && x->tok != T_PHRASE && x->tok != T_LP) {
            break;
        }
        struct qnode *r = unary(x, nomem, &empty);
        if (x->bad || *nomem) {
            qfree(r);
            break;
        }
        if (!r)
            continue; /* "a -- b": the empty term stands for nothing */
        if (!l) {
            if (op == Q_NOT) {
                /* nothing to take r away from: "NOT b" alone */
                qfree(r);
                x->bad = 1;
                break;
            }
            l = r;
            continue;
        }
        if (!(l = mk(op, l, r)))
            *nomem = 1;
    }
    return l;
}

static struct qnode *or_expr(struct lex *x, int *nomem)
{
    struct qnode *l = and_expr(x, nomem);
    while (!x->bad && !*nomem && x->tok == T_OR) {
        next(x);
        struct qnode *r = and_expr(x, nomem);
        if (!r) {
            if (!l)
                continue;
            x->bad = x->bad || (!*nomem && x->tok == T_END && !l);
            continue;
        }
        if (!l) {
            l = r;
            continue;
        }
        if (!(l = mk(Q_OR, l, r)))
            *nomem = 1;
    }
    return l;
}

/* FTS5's NEAR(a b, N) group as "(a b)": every term in the evidence
 * sentence, which is short enough for nearness to add little (and
 * PostgreSQL's distance operator is not FTS5's). A copy, or NULL. */
static char *near_as_and(const char *q)
{
    size_t n = strlen(q);
    char *o = malloc(n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    int inside = 0;
    for (size_t i = 0; i < n;) {
        if (!inside && !strncmp(q + i, "NEAR(", 5) &&
            (i == 0 || strchr(" \t\n\r()", q[i - 1]))) {
            o[k++] = '(';
            i += 5;
            inside = 1;
            continue;
        }
        if (inside && q[i] == '"') { /* a phrase, copied whole */
            const char *e = strchr(q + i + 1, '"');
            size_t m = e ? (size_t)(e - (q + i)) + 1 : n - i;
            memcpy(o + k, q + i, m);
            k += m, i += m;
            continue;
        }
        if (inside && q[i] == ',') { /* ", N)" */
            size_t j = i + 1;
            while (q[j] == ' ')
                j++;
            while (q[j] >= '0' && q[j] <= '9')
                j++;
            while (q[j] == ' ')
                j++;
            if (q[j] == ')') {
                i = j;
                continue;
            }
        }
        if (inside && q[i] == ')')
            inside = 0;
        o[k++] = q[i++];
    }
    o[k] = '\0';
    return o;
}

struct stextq *pl_store_textq_parse(const char *q0)
{
    struct stextq *t = calloc(1, sizeof *t);
    char *q = near_as_and(q0);
    if (!t || !q) {
        free(t);
        free(q);
        return NULL;
    }
    struct lex x = {q, T_END, NULL, 0, 0, 0};
    int nomem = 0;
    next(&x);
    t->root = or_expr(&x, &nomem);
    if (!nomem && (x.bad || x.tok != T_END)) {
        /* Not a search we can read: the whole text as one phrase. */
        qfree(t->root);
        int empty = 0;
        t->root = term(q, strlen(q), 0, &empty, &nomem);
    }
    free(q);
    if (nomem) {
        pl_store_textq_free(t);
        return NULL;
    }
    return t;
}

void pl_store_textq_free(struct stextq *t)
{
    if (!t)
        return;
    qfree(t->root);
    free(t);
}

int pl_store_textq_empty(const struct stextq *t)
{
    return !t || !t->root;
}

static int w_fts5(const struct qnode *n, parley_buf *b)
{
    static const char *const ops[] = {"", " AND ", " OR ", " NOT "};
    int err = 0;
    if (n->op == Q_TERM) {
        /* tokens are letters and digits only: nothing to escape */
        err |= parley_buf_addc(b, '"');
        err |= parley_buf_adds(b, n->tokens);
        err |= parley_buf_addc(b, '"');
        if (n->prefix)
            err |= parley_buf_addc(b, '*');
        return err;
    }
    err |= parley_buf_addc(b, '(');
    err |= w_fts5(n->l, b);
    err |= parley_buf_adds(b, ops[n->op]);
    err |= w_fts5(n->r, b);
    return err | parley_buf_addc(b, ')');
}

/* A lexeme of a tsquery literal: quoted, with ' and \ escaped. */
static int lexeme(parley_buf *b, const char *s, size_t n)
{
    int err = parley_buf_addc(b, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'' || s[i] == '\\')
            err |= parley_buf_addc(b, s[i]);
        err |= parley_buf_addc(b, s[i]);
    }
    return err | parley_buf_addc(b, '\'');
}

static int w_tsq(const struct qnode *n, parley_buf *b)
{
    static const char *const ops[] = {"", " & ", " | ", " & !"};
    int err = 0;
    if (n->op == Q_TERM) {
        err |= parley_buf_addc(b, '(');
        const char *s = n->tokens;
        while (*s) {
            const char *e = strchr(s, ' ');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            err |= lexeme(b, s, len);
            if (!e && n->prefix)
                err |= parley_buf_adds(b, ":*");
            if (!e)
                break;
            err |= parley_buf_adds(b, " <-> ");
            s = e + 1;
        }
        return err | parley_buf_addc(b, ')');
    }
    err |= parley_buf_addc(b, '(');
    err |= w_tsq(n->l, b);
    err |= parley_buf_adds(b, ops[n->op]);
    if (n->op == Q_NOT)
        err |= parley_buf_addc(b, '(');
    err |= w_tsq(n->r, b);
    if (n->op == Q_NOT)
        err |= parley_buf_addc(b, ')');
    return err | parley_buf_addc(b, ')');
}

int pl_store_textq_fts5(const struct stextq *t, parley_buf *b)
{
    return t->root && w_fts5(t->root, b) ? PARLEY_ENOMEM : 0;
}

int pl_store_textq_tsquery(const struct stextq *t, parley_buf *b)
{
    return t->root && w_tsq(t->root, b) ? PARLEY_ENOMEM : 0;
}

/* 1 when n holds a phrase: a term of several tokens (<-> in a tsquery). */
static int has_phrase(const struct qnode *n)
{
    if (!n)
        return 0;
    if (n->op == Q_TERM)
        return strchr(n->tokens, ' ') != NULL;
    return has_phrase(n->l) || has_phrase(n->r);
}

/* A query that every match of n matches, without phrases (a phrase's
 * words joined by &, the part of NOT that holds a phrase left out), for
 * an index of words without positions; 0 when written, 1 when nothing
 * narrower than "everything" can be said. */
static int w_loose(const struct qnode *n, parley_buf *b, int *err)
{
    if (!has_phrase(n)) {
        *err |= w_tsq(n, b);
        return 0;
    }
    if (n->op == Q_TERM) {
        *err |= parley_buf_addc(b, '(');
        const char *s = n->tokens;
        while (*s) {
            const char *e = strchr(s, ' ');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            *err |= lexeme(b, s, len);
            if (!e && n->prefix)
                *err |= parley_buf_adds(b, ":*");
            if (!e)
                break;
            *err |= parley_buf_adds(b, " & ");
            s = e + 1;
        }
        *err |= parley_buf_addc(b, ')');
        return 0;
    }
    size_t at = b->n;
    if (n->op == Q_NOT)
        return w_loose(n->l, b, err);
    *err |= parley_buf_addc(b, '(');
    int l = w_loose(n->l, b, err);
    if (l && n->op == Q_OR) {
        b->n = at;
        return 1;
    }
    if (!l)
        *err |= parley_buf_adds(b, n->op == Q_OR ? " | " : " & ");
    size_t mid = b->n;
    int r = w_loose(n->r, b, err);
    if (r && n->op == Q_OR) {
        b->n = at;
        return 1;
    }
    if (r) {
        if (l) {
            b->n = at;
            return 1;
        }
        b->n = mid - 3; /* drop " & " */
    }
    *err |= parley_buf_addc(b, ')');
    return 0;
}

int pl_store_textq_phrase(const struct stextq *t)
{
    return has_phrase(t->root);
}

int pl_store_textq_tsquery_loose(const struct stextq *t, parley_buf *b)
{
    int err = 0;
    if (t->root && w_loose(t->root, b, &err))
        return 1;
    return err ? PARLEY_ENOMEM : 0;
}
