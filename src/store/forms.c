/* forms.c — word forms for full-text search: every plain word of a text
 * filter ("expel") becomes the group of its English forms ("(expel OR
 * expels OR expelled OR expelling)"), regular ones by rule and irregular
 * ones from data/word-forms.txt, so that a search finds what the evidence
 * says however the verb is inflected. Quoted phrases, prefixes (expel*),
 * operators, column filters and NEAR groups are left as written. */
#include <string.h>

#include "lexicon/builtin.h"
#include "store/store.h"

#define MAX_FORMS 48
#define MAX_WORD 40

struct forms {
    char w[MAX_FORMS][MAX_WORD];
    int n;
};

static void add(struct forms *f, const char *s, size_t n)
{
    if (n < 2 || n >= MAX_WORD || f->n == MAX_FORMS)
        return;
    for (int i = 0; i < f->n; i++)
        if (strlen(f->w[i]) == n && !memcmp(f->w[i], s, n))
            return;
    memcpy(f->w[f->n], s, n);
    f->w[f->n++][n] = 0;
}

/* base + suffix, dropping `drop` bytes of base first. */
static void add2(struct forms *f, const char *b, size_t n, size_t drop,
                 const char *suffix)
{
    char t[MAX_WORD * 2];
    size_t k = strlen(suffix);
    if (drop > n || n - drop + k >= sizeof t)
        return;
    memcpy(t, b, n - drop);
    memcpy(t + n - drop, suffix, k);
    add(f, t, n - drop + k);
}

static int vowel(char c)
{
    return strchr("aeiou", c) != NULL;
}

/* Ends consonant-vowel-consonant (not w, x or y): "expel", "ban", whose
 * final consonant may double ("expelled", "banned"). */
static int cvc(const char *b, size_t n)
{
    return n >= 3 && !vowel(b[n - 1]) && !strchr("wxy", b[n - 1]) &&
           vowel(b[n - 2]) && !vowel(b[n - 3]);
}

/* The regular forms of base b: third person and plural, past, -ing. */
static int noun_only(const char *w, size_t n);

static void regular(struct forms *f, const char *b, size_t n)
{
    char last = b[n - 1], prev = n > 1 ? b[n - 2] : 0;
    add(f, b, n);
    if (noun_only(b, n)) {
        add2(f, b, n, 0, "s");
        return;
    }
    int ys = last == 'y' && !vowel(prev);
    if (ys)
        add2(f, b, n, 1, "ies");
    else if (strchr("sxz", last) || (last == 'h' && (prev == 'c' || prev == 's')))
        add2(f, b, n, 0, "es");
    else
        add2(f, b, n, 0, "s");
    if (last == 'e') {
        add2(f, b, n, 0, "d");
        add2(f, b, n, prev == 'e' ? 0 : 1, "ing");
    } else {
        add2(f, b, n, ys ? 1 : 0, ys ? "ied" : "ed");
        add2(f, b, n, 0, "ing");
    }
    if (cvc(b, n) && n < MAX_WORD) {
        char t[MAX_WORD + 1];
        memcpy(t, b, n);
        t[n] = last;
        add2(f, t, n + 1, 0, "ed");
        add2(f, t, n + 1, 0, "ing");
    }
}

/* The words of each line of data/word-forms.txt that holds w: added with
 * the regular forms of the line's base (its first word). Returns 1 when w
 * is an irregular form ("met"), which has no regular forms of its own. */
static int irregular(struct forms *f, const char *w, size_t n)
{
    int form = 0;
    const char *p = NULL, *end = NULL;
    for (size_t i = 0; i < pl_builtin_nfiles; i++)
        if (!strcmp(pl_builtin_files[i].name, "word-forms.txt")) {
            p = pl_builtin_files[i].data;
            end = p + pl_builtin_files[i].len;
        }
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        int hit = 0;
        if (*p != '#')
            for (const char *s = p; s < le;) {
                while (s < le && *s == ' ')
                    s++;
                const char *e = s;
                while (e < le && *e != ' ')
                    e++;
                if ((size_t)(e - s) == n && !memcmp(s, w, n)) {
                    hit = 1;
                    form |= s != p;
                }
                s = e;
            }
        for (const char *s = p; hit && s < le;) {
            while (s < le && *s == ' ')
                s++;
            const char *e = s;
            while (e < le && *e != ' ')
                e++;
            if (s == p)
                regular(f, s, (size_t)(e - s));
            else if (e > s)
                add(f, s, (size_t)(e - s));
            s = e;
        }
        p = le + 1;
    }
    return form;
}

static int ends(const char *w, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && !memcmp(w + n - k, suffix, k);
}

/* Whether w looks inflected ("talks", "signed", "meeting"), so that its
 * forms are those of its base rather than its own ("signeds"). */
static int inflected(const char *w, size_t n)
{
    if (ends(w, n, "ed"))
        return !ends(w, n, "eed");
    if (ends(w, n, "ing"))
        return n > 5;
    if (ends(w, n, "s"))
        return !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is");
    return 0;
}

/* Nouns that are no verbs ("agreement", "readiness"): only a plural. */
static int noun_only(const char *w, size_t n)
{
    static const char *const sfx[] = {"ment", "ness", "ity", "ship", "ism"};
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
        if (ends(w, n, sfx[i]))
            return 1;
    return 0;
}

/* The forms of the lower-case word w: w's possible bases (w itself, and w
 * without an inflection: "expelled" -> "expel", "agreed" -> "agree",
 * "talks" -> "talk"), each with its regular forms, and irregular forms. */
static void forms_of(struct forms *f, const char *w, size_t n)
{
    struct {
        const char *suffix;
        size_t drop;
        const char *add;
    } const rules[] = {
        {"ies", 3, "y"}, {"es", 2, ""}, {"es", 1, ""}, {"s", 1, ""},
        {"ied", 3, "y"}, {"ed", 2, ""}, {"ed", 1, ""},
        {"ing", 3, ""}, {"ing", 3, "e"},
    };
    char b[MAX_WORD + 2];
    add(f, w, n);
    if (irregular(f, w, n))
        return;
    if (!inflected(w, n))
        regular(f, w, n);
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        size_t k = strlen(rules[r].suffix);
        if (n < k + 3 || memcmp(w + n - k, rules[r].suffix, k))
            continue;
        if (!strcmp(rules[r].suffix, "s") && w[n - 2] == 's')
            continue; /* "press", "congress" */
        size_t bn = n - rules[r].drop;
        memcpy(b, w, bn);
        memcpy(b + bn, rules[r].add, strlen(rules[r].add));
        bn += strlen(rules[r].add);
        regular(f, b, bn);
        irregular(f, b, bn);
        /* "expelled" -> "expel", "banning" -> "ban" ("pressed" keeps
         * "press") */
        int verbal = !strcmp(rules[r].suffix, "ed") ||
                     !strcmp(rules[r].suffix, "ing");
        if (verbal && !*rules[r].add && bn >= 4 &&
            b[bn - 1] == b[bn - 2] && !vowel(b[bn - 1]) && b[bn - 1] != 's') {
            regular(f, b, bn - 1);
            irregular(f, b, bn - 1);
        }
    }
}

static int bare(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c >= 0x80 || c == 0x1a;
}

/* Appends the bareword w[0..n) as written or as its group of forms. */
static int word(parley_buf *out, const char *w, size_t n)
{
    char low[MAX_WORD];
    /* Lower-case words only: "Guterres" and "Geneva" are names. */
    int plain = n >= 3 && n < MAX_WORD && !(w[0] >= 'A' && w[0] <= 'Z');
    for (size_t i = 0; plain && i < n; i++) {
        char c = pl_ascii_lower(w[i]);
        plain = c >= 'a' && c <= 'z';
        low[i] = c;
    }
    struct forms f;
    f.n = 0;
    if (plain)
        forms_of(&f, low, n);
    if (f.n <= 1)
        return parley_buf_add(out, w, n);
    int err = parley_buf_addc(out, '(');
    for (int i = 0; i < f.n; i++) {
        if (i)
            err |= parley_buf_adds(out, " OR ");
        err |= parley_buf_adds(out, f.w[i]);
    }
    return err | parley_buf_addc(out, ')');
}

/* The query is copied token by token. FTS5 joins two phrases side by side
 * with an implicit AND, but not a group "(a OR b)" and what follows it:
 * an explicit AND is written between two operands that stood side by
 * side, which means the same. */
struct scan {
    parley_buf *out;
    int operand; /* the last token ended an operand */
    int near;    /* inside NEAR( ... ): phrases only, copied */
    int glued;   /* after '+' or '^': the next word is part of a phrase */
    int err;
};

static void operand_start(struct scan *s)
{
    if (s->operand && !s->near && !s->glued)
        s->err |= parley_buf_adds(s->out, "AND ");
}

static const char *bareword(struct scan *s, const char *q, const char *p)
{
    const char *w = p;
    while (*p && bare((unsigned char)*p))
        p++;
    size_t n = (size_t)(p - w);
    const char *after = p;
    while (*after == ' ')
        after++;
    int op = (n == 3 && (!memcmp(w, "AND", 3) || !memcmp(w, "NOT", 3))) ||
             (n == 2 && !memcmp(w, "OR", 2));
    if (op || (n == 4 && !memcmp(w, "NEAR", 4) && *after == '(')) {
        s->err |= parley_buf_add(s->out, w, n);
        s->operand = 0;
        s->glued = 0;
        return p;
    }
    operand_start(s);
    /* As written: a prefix (expel*), a column name (text: ...), a word
     * of a phrase joined with '+', or anything inside NEAR(). */
    int keep = s->near || s->glued || *p == '*' || *after == ':' ||
               *after == '+';
    (void)q;
    s->err |= keep ? parley_buf_add(s->out, w, n) : word(s->out, w, n);
    if (*p == '*')
        s->err |= parley_buf_addc(s->out, *p++);
    s->operand = *after != ':';
    s->glued = 0;
    return p;
}

int parley_text_forms(const char *q, parley_buf *out)
{
    if (!q || !out)
        return PARLEY_EINVAL;
    struct scan s = {out, 0, 0, 0, 0};
    const char *p = q;
    while (*p && !s.err) {
        unsigned char c = (unsigned char)*p;
        if (c == '"') {
            /* A quoted string ("" inside is a quote), as written. */
            operand_start(&s);
            const char *b = p++;
            while (*p && !(*p == '"' && p[1] != '"'))
                p += *p == '"' ? 2 : 1;
            if (*p)
                p++;
            s.err |= parley_buf_add(out, b, (size_t)(p - b));
            s.operand = 1;
            s.glued = 0;
        } else if (bare(c)) {
            int near_kw = !strncmp(p, "NEAR", 4);
            p = bareword(&s, q, p);
            if (near_kw && !s.operand) {
                while (*p == ' ')
                    s.err |= parley_buf_addc(out, *p++);
                if (*p == '(') {
                    s.near = 1;
                    s.err |= parley_buf_addc(out, *p++);
                }
            }
        } else {
            if (c == '(' || c == '^')
                operand_start(&s);
            if (c == ')') {
                s.near = 0;
                s.operand = 1;
            } else if (c != ' ') {
                s.operand = 0;
            }
            if (c != ' ')
                s.glued = c == '+' || c == '^';
            s.err |= parley_buf_addc(out, (char)c);
            p++;
        }
    }
    return s.err ? PARLEY_ENOMEM : 0;
}
