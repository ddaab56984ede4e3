/* clause.c — stage 3½, third pass: cuts a sentence's chunks into clauses
 * and finds who does and who says what. A clause starts at a
 * subordinator ("that", "because", "after they met"), a relative pronoun,
 * a conjunction before a new verb, a semicolon or colon, a participle
 * after a comma (", accusing them of …"), "to" + verb, or a second
 * finite verb after a verb of saying ("said the move violates …"). Its
 * subject is the noun phrase before its verb, or the one it shares:
 * "X met Y and discussed Z", "urged X to stop", "X, who met Y". The
 * speaker of reported speech is the subject of the verb of saying, the
 * attribution after a quotation ("…," X said; "…," said X) or "according
 * to X". */
#include <string.h>

#include "syntax/syntax.h"

typedef struct pbuild {
    arena *a;
    const parley_lexicon *lx;
    const token *T;
    chunk *ch;
    int nch;
    clause *v;
    int n, cap;
    int oom;       /* an allocation failed */
    int according; /* a chunk is "according to" (CK_PP, flags 1) */
} pbuild;

/* Whether t is a form of a verb of saying (verbs.txt's "report"). */
static int report_verb(const token *t)
{
    return t->facts & WF_SAYING;
}

/* A verb of speech: one of saying, or one whose event is a verbal act
 * (cameo.txt's QuadClass 1 or 3: praise, appeals, accusations,
 * rejections, threats), not a meeting (04) */
static int speech_verb(const parley_lexicon *lx, const token *t)
{
    uint32_t link = pl_grammar_patterns(lx, t->hash);
    for (const lex_pattern *p; (p = pl_grammar_pattern(lx, &link));) {
        const lex_frame *f = pl_grammar_frame(lx, p->frame);
        if ((f->flags & FR_REPORT) ||
            (f->code && (f->code->quad == 1 || f->code->quad == 3) &&
             strncmp(f->code->cameo, "04", 2)))
            return 1;
    }
    return 0;
}

static clause *open_clause(pbuild *b, int c0, int kind, int parent)
{
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 8;
        clause *v = arena_alloc(b->a, (size_t)cap * sizeof *v);
        if (!v) {
            b->oom = 1;
            return NULL;
        }
        if (b->n)
            memcpy(v, b->v, (size_t)b->n * sizeof *v);
        b->v = v;
        b->cap = cap;
    }
    if (b->n)
        b->v[b->n - 1].c1 = c0;
    clause *c = &b->v[b->n++];
    memset(c, 0, sizeof *c);
    c->c0 = c->c1 = c0;
    c->kind = (uint8_t)kind;
    c->vg = c->subj = -1;
    c->parent = parent;
    c->speaker = -1;
    c->opener = c->cont = c->gap = -1;
    return c;
}

static int is_punct(const pbuild *b, int k, const char *p)
{
    return b->ch[k].kind == CK_PUNCT && tok_eq(&b->T[b->ch[k].t0], p);
}

/* Whether chunk k is a noun phrase of a date: "Friday", "May 9", "July
 * 29, 2025" (every word a day, a month or a number). */
static int date_np(const pbuild *b, int k)
{
    const chunk *c = &b->ch[k];
    if (c->kind != CK_NP || c->mention >= 0)
        return 0;
    for (uint32_t t = c->t0; t < c->t1; t++)
        if (!tok_in(&b->T[t], W_CALENDAR) && !(b->T[t].flags & TOK_NUM))
            return 0;
    return 1;
}

/* Whether chunks from k on begin a clause of their own: a finite verb
 * group, or a noun phrase (with its prepositional phrases) then one. */
static int starts_clause(const pbuild *b, int k)
{
    int guard = 0;
    while (k < b->nch && guard++ < 8) {
        const chunk *c = &b->ch[k];
        if (c->kind == CK_QUOTE) {
            k++;
            continue;
        }
        /* "after talks hosted by X": a bare past participle before its
         * agent is no finite verb */
        if (c->kind == CK_VG && (c->flags & VG_PART) && c->t1 == c->t0 + 1 && k + 1 < b->nch &&
            b->ch[k + 1].kind == CK_PP && b->ch[k + 1].prep == P_BY)
            return 0;
        if (c->kind == CK_VG)
            return !(c->flags & (VG_INF | VG_ING)) &&
                   (!(c->flags & VG_PART) || (c->flags & VG_PAST));
        if (c->kind != CK_NP && c->kind != CK_PP && c->kind != CK_ADV &&
            !(c->kind == CK_PUNCT && is_punct(b, k, ",")))
            return 0;
        k++;
    }
    return 0;
}

/* The clause kind that a subordinator opens. */
static int sub_kind(const pbuild *b, int k, int cur)
{
    const token *t = &b->T[b->ch[k].t0];
    if (tok_eq(t, "that") || tok_eq(t, "whether"))
        return b->v[cur].vg >= 0 ? CL_COMP : CL_REL;
    return CL_ADV;
}

/* Whether a verb group that is not a participle, gerund or infinitive
 * starts at chunk k (past adverbs). */
static int finite_at(const pbuild *b, int k)
{
    while (k < b->nch && (b->ch[k].kind == CK_ADV || b->ch[k].kind == CK_QUOTE))
        k++;
    return k < b->nch && b->ch[k].kind == CK_VG &&
           !(b->ch[k].flags & (VG_ING | VG_INF)) &&
           (!(b->ch[k].flags & VG_PART) || (b->ch[k].flags & VG_PAST));
}

/* Whether chunk k begins a time phrase and a finite verb comes right
 * after it: "…, who heads the union, on Wednesday called on …" (a
 * relative clause's comma then closes it). */
static int time_then_finite(const pbuild *b, int k)
{
    int t = k;
    if (t < b->nch && b->ch[t].kind == CK_PP)
        t++;
    if (t >= b->nch || b->ch[t].kind != CK_NP ||
        !(tok_in(&b->T[b->ch[t].head], W_CALENDAR) || tok_in(&b->T[b->ch[t].t0], W_CALENDAR) ||
          tok_in(&b->T[b->ch[t].head], W_TIME_NOUNS)))
        return 0;
    return t > k || b->ch[t].t1 == b->ch[t].t0 + 1 ? finite_at(b, t + 1) : 0;
}

/* Whether a finite verb group comes at or after chunk k before anything
 * that ends a clause (punctuation, a conjunction, a subordinator). */
static int list_goes_on(const pbuild *b, int k);
static int aside_participle_at(const pbuild *b, int k);
static int finite_after_aside(const pbuild *b, int k);

static int finite_later(const pbuild *b, int k)
{
    for (; k < b->nch; k++) {
        const chunk *c = &b->ch[k];
        /* "talks in Kuala Lumpur hosted by X": a bare past participle
         * before its agent is no finite verb */
        if (c->kind == CK_VG && (c->flags & VG_PART) && c->t1 == c->t0 + 1 && k > 0 &&
            b->ch[k - 1].kind == CK_NP && k + 1 < b->nch && b->ch[k + 1].kind == CK_PP &&
            b->ch[k + 1].prep == P_BY)
            continue;
        /* "students accused of organising and inciting protests were
         * arrested": a gerund after a preposition (and one joined to it)
         * is that phrase's object */
        if (c->kind == CK_VG && (c->flags & VG_ING) && !(c->flags & VG_INF) && k > 0 &&
            (b->ch[k - 1].kind == CK_PP ||
             (b->ch[k - 1].kind == CK_CONJ && k > 1 && b->ch[k - 2].kind == CK_VG &&
              (b->ch[k - 2].flags & VG_ING))))
            continue;
        if (c->kind == CK_CONJ && k > 0 && k + 1 < b->nch && b->ch[k - 1].kind == CK_VG &&
            (b->ch[k - 1].flags & VG_ING) && b->ch[k + 1].kind == CK_VG &&
            (b->ch[k + 1].flags & VG_ING))
            continue;
        if (c->kind == CK_VG)
            return finite_at(b, k);
        if (c->kind == CK_PUNCT && is_punct(b, k, ",") && list_goes_on(b, k))
            continue;
        /* "A statement issued by X, copied to Y, said": past another
         * participle's aside on the same subject */
        if (c->kind == CK_PUNCT && is_punct(b, k, ",") && aside_participle_at(b, k + 1) &&
            finite_after_aside(b, k + 2)) {
            k++;
            continue;
        }
        /* "of food, tents and blankets" */
        if (c->kind == CK_CONJ && k > 0 && k + 1 < b->nch && b->ch[k - 1].kind == CK_NP &&
            b->ch[k + 1].kind == CK_NP && b->ch[k - 1].mention < 0 && b->ch[k + 1].mention < 0)
            continue;
        if (c->kind != CK_NP && c->kind != CK_PP && c->kind != CK_ADV)
            return 0;
    }
    return 0;
}

/* Whether a participle or gerund starts at chunk k (past adverbs). */
static int participle_at(const pbuild *b, int k)
{
    while (k < b->nch && b->ch[k].kind == CK_ADV)
        k++;
    return k < b->nch && b->ch[k].kind == CK_VG && (b->ch[k].flags & (VG_ING | VG_PART)) &&
           !(b->ch[k].flags & VG_PAST);
}

/* Whether chunk k is a verb in its base form and nothing more
 * ("recognize", not "recognized", "recognizes" or "will recognize"). */
static int bare_verb_at(const pbuild *b, int k)
{
    if (k >= b->nch || b->ch[k].kind != CK_VG || b->ch[k].t1 != b->ch[k].t0 + 1 ||
        (b->ch[k].flags & (VG_NEG | VG_PASSIVE | VG_FUTURE | VG_MODAL | VG_PERFECT | VG_INF |
                           VG_ING | VG_PART | VG_PAST)))
        return 0;
    uint32_t f = b->T[b->ch[k].head].vform;
    return (f & PR_BASE) && !(f & (PR_3SG | PR_PAST | PR_PART));
}

/* Whether chunk k is a past participle alone with a "by" phrase after
 * it ("promised by IGAD"). */
static int passive_by_at(const pbuild *b, int k)
{
    /* (a past that is no participle, "spoke by phone", is a verb) */
    return k + 1 < b->nch && b->ch[k].kind == CK_VG && b->ch[k].t1 == b->ch[k].t0 + 1 &&
           (b->ch[k].flags & (VG_PART | VG_PAST)) && !(b->ch[k].flags & (VG_ING | VG_INF)) &&
           (b->T[b->ch[k].head].readings & PR_PART) &&
           b->ch[k + 1].kind == CK_PP && b->ch[k + 1].prep == P_BY;
}

/* Whether chunk k is a past participle alone with a preposition's
 * phrase after it ("copied to the agency", "issued by the ministry"),
 * which set off by a comma after a subject is an aside on it. */
static int aside_participle_at(const pbuild *b, int k)
{
    return k + 1 < b->nch && b->ch[k].kind == CK_VG && b->ch[k].t1 == b->ch[k].t0 + 1 &&
           (b->ch[k].flags & (VG_PART | VG_PAST)) && !(b->ch[k].flags & (VG_ING | VG_INF)) &&
           (b->T[b->ch[k].head].readings & PR_PART) && b->ch[k + 1].kind == CK_PP;
}

/* Whether phrases from chunk k on end at a comma with a finite verb
 * right after it ("…, promised by IGAD for December, has not …"), or at
 * the finite verb itself when the writer left out the closing comma
 * ("A statement, copied to the agency said …"); another such aside
 * may come first ("issued by X, copied to Y, said"). */
static int finite_after_aside(const pbuild *b, int k)
{
    for (; k < b->nch; k++) {
        if (is_punct(b, k, ",") && aside_participle_at(b, k + 1)) {
            k += 2;
            continue;
        }
        if (is_punct(b, k, ","))
            return finite_at(b, k + 1);
        if (b->ch[k].kind == CK_VG && k > 0 && b->ch[k - 1].kind == CK_NP)
            return finite_at(b, k);
        if (b->ch[k].kind != CK_NP && b->ch[k].kind != CK_PP && b->ch[k].kind != CK_ADV)
            return 0;
    }
    return 0;
}

/* Whether the comma at chunk k continues a list of things ("120 tonnes
 * of tents, blankets and medical kits landed"): plain noun phrases on
 * both sides, the one after it holding the "and". */
static int list_goes_on(const pbuild *b, int k)
{
    if (k == 0 || k + 1 >= b->nch || b->ch[k - 1].kind != CK_NP || b->ch[k + 1].kind != CK_NP ||
        b->ch[k - 1].mention >= 0 || b->ch[k + 1].mention >= 0)
        return 0;
    for (uint32_t t = b->ch[k + 1].t0; t < b->ch[k + 1].t1; t++)
        if (tok_eq(&b->T[t], "and"))
            return 1;
    /* "tents, blankets and kits" */
    return k + 3 < b->nch && b->ch[k + 2].kind == CK_CONJ && b->ch[k + 3].kind == CK_NP &&
           b->ch[k + 3].mention < 0;
}

/* Whether the comma at chunk k closes an aside between clause cl's verb
 * and its object ("received today, at the Itamaraty Palace, the
 * Minister of X, for a meeting followed by lunch"): the verb has no
 * object yet (only adverbs and prepositional phrases after it, and a
 * comma), and a named actor follows the comma. */
static int object_after_aside(const pbuild *b, const clause *cl, int k)
{
    if (cl->vg < 0 || (b->ch[cl->vg].flags & (VG_PASSIVE | VG_ING | VG_INF)) || k + 1 >= b->nch ||
        b->ch[k + 1].kind != CK_NP || b->ch[k + 1].mention < 0 ||
        report_verb(&b->T[b->ch[cl->vg].head]) || finite_at(b, k + 2))
        return 0;
    int comma = 0;
    for (int j = cl->vg + 1; j < k; j++) {
        const chunk *c = &b->ch[j];
        if (is_punct(b, j, ","))
            comma = 1;
        else if (!(c->kind == CK_ADV || c->kind == CK_PP ||
                   (c->kind == CK_NP && j > 0 && b->ch[j - 1].kind == CK_PP && b->ch[j - 1].np == j)))
            return 0;
    }
    return comma;
}

/* What cutting remembers from one chunk to the next. */
typedef struct cutstate {
    int in_quote; /* inside quotation marks */
    int paren_of; /* the clause a parenthesis interrupts, or -1 */
    int lead;     /* a leading participle's clause, or -1 */
} cutstate;

/* Whether clause i lies inside clause top (is it or one below it). */
static int under(const pbuild *b, int i, int top)
{
    for (int guard = 0; i >= 0 && guard < 64; guard++, i = b->v[i].parent)
        if (i == top)
            return 1;
    return 0;
}

/* Whether chunk k is a noun phrase with its prepositional phrases, then
 * a finite verb: "Noting that the two are partners, Wang said …" ends
 * the leading participle's complement at the comma. */
static int subject_then_verb(const pbuild *b, int k)
{
    if (k >= b->nch || b->ch[k].kind != CK_NP)
        return 0;
    k++;
    while (k < b->nch && (b->ch[k].kind == CK_PP || b->ch[k].kind == CK_NP))
        k++;
    return finite_at(b, k);
}

/* Whether chunk k is a noun phrase that a relative clause between
 * commas follows: "Speaking at the summit, Anwar, who chairs the bloc,
 * thanked …" (the subject of the clause after a leading participle). */
static int relative_after(const pbuild *b, int k)
{
    return k + 2 < b->nch && b->ch[k].kind == CK_NP && b->ch[k].mention >= 0 &&
           is_punct(b, k + 1, ",") && b->ch[k + 2].kind == CK_REL;
}

/* Whether relative clause cl, set off by a comma, describes the noun
 * phrase right after its parent's verb of saying ("said the attackers,
 * who …"): that phrase may be the subject of what was said. */
static int reported_antecedent(const pbuild *b, const clause *cl)
{
    int a = cl->c0 - 3;
    if (cl->parent < 0 || a < 1 || b->ch[cl->c0 - 1].kind != CK_REL || !is_punct(b, cl->c0 - 2, ",") ||
        b->ch[a].kind != CK_NP)
        return 0;
    const clause *pc = &b->v[cl->parent];
    return pc->vg == a - 1 && !(b->ch[pc->vg].flags & VG_PASSIVE) &&
           report_verb(&b->T[b->ch[pc->vg].head]);
}

/* Whether the comma at chunk k opens an aside of noun phrases and their
 * prepositions ("one of its leaders", "a lawyer") closed by a comma
 * before a finite verb. */
static int aside_then_finite(const pbuild *b, int k)
{
    int j = k + 1;
    if (j >= b->nch || b->ch[j].kind != CK_NP)
        return 0;
    for (; j < b->nch && j < k + 8; j++) {
        const chunk *c = &b->ch[j];
        if (is_punct(b, j, ","))
            return j > k + 1 && finite_at(b, j + 1);
        if (c->kind != CK_NP && c->kind != CK_PP)
            return 0;
    }
    return 0;
}

/* A clause opened by punctuation at chunk k (a quotation mark, a colon, a
 * semicolon, a comma), or NULL. */
static clause *at_punct(pbuild *b, int k, cutstate *cs)
{
    chunk *c = &b->ch[k];
    int cur = b->n - 1;
    clause *cl = &b->v[cur];
    int parent = cl->kind == CL_MAIN || cl->kind == CL_COORD ? cur : cl->parent;
    clause *nc = NULL;
    if (c->kind == CK_QUOTE) {
        /* a quotation mark does not cut a clause ("it was "deeply
         * concerned" by the sentence"), but the attribution after a
         * closing one is a clause of its own ("…" the minister said) */
        cs->in_quote = !cs->in_quote;
        /* a clause that opens with the quotation mark is inside it */
        if (cs->in_quote && cl->c0 == k)
            cl->flags |= CF_QUOTE;
        if (!cs->in_quote && cl->vg >= 0 && k + 1 < b->nch && b->ch[k + 1].kind == CK_NP &&
            starts_clause(b, k + 1))
            nc = open_clause(b, k + 1, CL_COORD, -1);
        return nc;
    }
    if (c->kind != CK_PUNCT)
        return NULL;
    /* "X said, \"We condemn …\"", "X told reporters: \"…\"": a
     * quotation opened after a verb of saying and a comma or a colon is
     * what the speaker says */
    if ((is_punct(b, k, ",") || is_punct(b, k, ":")) && !cs->in_quote && k + 1 < b->nch &&
        b->ch[k + 1].kind == CK_QUOTE && cl->vg >= 0 && cl->kind != CL_INF &&
        !(b->ch[cl->vg].flags & VG_PASSIVE) && report_verb(&b->T[b->ch[cl->vg].head]))
        return open_clause(b, k + 1, CL_COMP, cur);
    if (is_punct(b, k, ":") || (is_punct(b, k, ";") && starts_clause(b, k + 1)))
        /* a semicolon between the items of a list is not a clause */
        return open_clause(b, k + 1, CL_COORD, -1);
    if (!is_punct(b, k, ","))
        return NULL;
    /* "In an operation that followed on Wednesday, police raided …": a
     * comma ends a relative clause on a fronted phrase that has no verb;
     * the clause of that phrase goes on with the subject after it */
    if (cl->kind == CL_REL && cl->vg >= 0 && cl->parent >= 0 && b->v[cl->parent].vg < 0 &&
        b->v[cl->parent].kind == CL_MAIN && b->v[cl->parent].c0 < b->nch &&
        b->ch[b->v[cl->parent].c0].kind == CK_PP && k + 1 < b->nch &&
        b->ch[k + 1].kind == CK_NP && subject_then_verb(b, k + 1)) {
        const clause *pc = &b->v[cl->parent];
        int pi = cl->parent;
        nc = open_clause(b, k + 1, pc->kind, pc->parent);
        if (nc)
            nc->cont = pi;
        return nc;
    }
    if (cs->lead >= 0 && ((cs->lead == cur && (starts_clause(b, k + 1) || relative_after(b, k + 1))) ||
                          (cl->vg >= 0 && under(b, cur, cs->lead) && !list_goes_on(b, k) &&
                           subject_then_verb(b, k + 1)))) {
        nc = open_clause(b, k + 1, CL_MAIN, -1);
        if (nc)
            b->v[cs->lead].parent = b->n - 1;
        cs->lead = -1;
    } else if (cl->vg >= 0 && cs->paren_of < 0 && cs->lead < 0 && k > cl->c0 &&
               b->ch[k - 1].kind == CK_NP && k - 1 > cl->vg && passive_by_at(b, k + 1)) {
        /* "hosted the Armenian delegation, led by X, and the …", "for
         * the annual meeting, hosted by X": a past participle with its
         * "by" agent after a noun after the verb is an aside on that
         * noun, not a verb sharing the subject */
        cs->paren_of = cur;
        nc = open_clause(b, k + 1, CL_PART, cur);
    } else if (cl->kind == CL_REL && cl->vg >= 0 && cs->paren_of < 0 && cs->lead < 0 &&
               reported_antecedent(b, cl) && finite_at(b, k + 1)) {
        /* "Residents said the attackers, who arrived on motorcycles, set
         * fire to homes": the relative clause ends inside the subject of
         * the speaker's complement, whose verb follows the comma */
        nc = open_clause(b, k + 1, CL_COMP, cl->parent);
    } else if (cl->vg >= 0 && cl->vg + 2 == k && cs->paren_of < 0 && cs->lead < 0 &&
               b->ch[k - 1].kind == CK_NP && b->ch[k - 1].mention >= 0 &&
               !(b->ch[cl->vg].flags & VG_PASSIVE) &&
               report_verb(&b->T[b->ch[cl->vg].head]) && aside_then_finite(b, k)) {
        /* "the union said Ana Ruiz, one of its leaders, had been
         * detained": the name and its apposition are the subject of
         * what is said */
        int a = cl->vg + 1;
        nc = open_clause(b, a, CL_COMP, cur);
        if (nc)
            b->ch[a].clause = b->n - 1;
    } else if (cl->vg >= 0 && cs->paren_of < 0 && cs->lead < 0 && !list_goes_on(b, k) &&
               (finite_at(b, k + 1) || (cl->kind == CL_REL && time_then_finite(b, k + 1)) ||
                (starts_clause(b, k + 1) &&
                 (b->ch[k + 1].kind == CK_NP || (b->ch[k + 1].kind == CK_QUOTE && k + 2 < b->nch &&
                                                 b->ch[k + 2].kind == CK_NP)))) &&
               !object_after_aside(b, cl, k)) {
        /* "condemned X, warned Y and said Z": a list of verbs shares the
         * subject; "…, the minister said": a clause of its own */
        nc = open_clause(b, k + 1, CL_COORD,
                         finite_at(b, k + 1) || (cl->kind == CL_REL && time_then_finite(b, k + 1))
                             ? parent
                             : -1);
    } else if (cs->paren_of >= 0 && cur != cs->paren_of && cl->kind == CL_PART && cl->vg >= 0 &&
               k + 1 < b->nch && b->ch[k + 1].kind == CK_NP && !list_goes_on(b, k) &&
               starts_clause(b, k + 1)) {
        /* "On May 4, beginning at 10 a.m., Ms. X, Minister of …, held":
         * the participle ends before the subject of the clause it
         * interrupts */
        const clause *pc = &b->v[cs->paren_of];
        nc = open_clause(b, k + 1, pc->kind, pc->parent);
        if (nc)
            nc->cont = cs->paren_of;
        cs->paren_of = -1;
    } else if (cs->paren_of >= 0 && cur != cs->paren_of && cl->kind == CL_PART && cl->vg >= 0 &&
               aside_participle_at(b, k + 1) && finite_after_aside(b, k + 2)) {
        /* "A statement issued by X, copied to Y, said": a second
         * participle's aside on the same subject, whose clause resumes
         * after it */
        nc = open_clause(b, k + 1, CL_PART, cl->parent);
    } else if (cs->paren_of >= 0 && cur != cs->paren_of && finite_at(b, k + 1)) {
        /* the end of a parenthesis: "X, thanking Y, praised Z" */
        const clause *pc = &b->v[cs->paren_of];
        nc = open_clause(b, k + 1, pc->kind, pc->parent);
        if (nc)
            nc->cont = cs->paren_of;
        cs->paren_of = -1;
    } else if (cl->vg < 0 && cl->c1 > cl->c0 && cs->paren_of < 0 && aside_participle_at(b, k + 1) &&
               finite_after_aside(b, k + 2)) {
        /* "a meeting between X and Y, promised by IGAD for December, has
         * not taken place": a past participle with its "by" agent set off
         * by commas inside the subject, whose clause resumes at its
         * verb */
        cs->paren_of = cur;
        nc = open_clause(b, k + 1, CL_PART, cur);
    } else if (participle_at(b, k + 1) && (cl->vg >= 0 || (cl->c1 > cl->c0 && cs->paren_of < 0))) {
        if (cl->vg < 0)
            cs->paren_of = cur;
        /* "gave the diplomats 48 hours to leave, accusing …": the
         * participle is the act of the verb before the infinitive */
        int par = cur;
        while (b->v[par].kind == CL_INF && b->v[par].parent >= 0)
            par = b->v[par].parent;
        /* "said his country would show more offensive action, criticizing
         * the drills": after what a speaker says will be, the participle
         * is the speaker's act */
        if (b->v[par].kind == CL_COMP && b->v[par].parent >= 0 && b->v[par].vg >= 0 &&
            (b->ch[b->v[par].vg].flags & (VG_FUTURE | VG_MODAL)))
            par = b->v[par].parent;
        nc = open_clause(b, k + 1, CL_PART, par);
    }
    return nc;
}

/* The clause a subordinate clause opened at chunk k hangs from: cur,
 * but after a comma the clause above a relative or a noun's "that"
 * clause ("rejected accusations that Beijing was helping Russia, as he
 * met X": the comma closes the clause inside the noun). */
static int sub_parent(const pbuild *b, int k, int cur)
{
    if (k == 0 || !is_punct(b, k - 1, ","))
        return cur;
    /* (and "agreed to expand cooperation in X and Y, as the two leaders
     * held a summit": an infinitive, a participle, and what is joined to
     * them, close at the comma too) */
    for (int guard = 0; guard < 16; guard++) {
        const clause *cl = &b->v[cur];
        if (cl->parent < 0)
            break;
        int pk = b->v[cl->parent].kind;
        /* (and "accused China of ramming a boat, while …": a gerund
         * after a preposition) */
        int gerund = cl->kind == CL_ADV && cl->vg >= 0 && (b->ch[cl->vg].flags & VG_ING) &&
                     cl->opener >= 0 && b->T[cl->opener].tag == ST_PREP;
        if (cl->kind == CL_REL || cl->kind == CL_INF || cl->kind == CL_PART || gerund ||
            (cl->kind == CL_COORD && (pk == CL_INF || pk == CL_PART || pk == CL_REL)))
            cur = cl->parent;
        else
            break;
    }
    return cur;
}

/* The participle in "-ing" that clause i is an infinitive inside
 * ("urging X to respect the right to protest"), or -1. */
static int ing_ancestor(const pbuild *b, int i)
{
    for (int guard = 0; i >= 0 && guard < 8 && b->v[i].kind == CL_INF; guard++)
        i = b->v[i].parent;
    return i >= 0 && b->v[i].kind == CL_PART && b->v[i].vg >= 0 &&
                   (b->ch[b->v[i].vg].flags & VG_ING)
               ? i
               : -1;
}

/* A clause opened by a word at chunk k: a subordinator, a relative
 * pronoun, a conjunction, a preposition before "-ing" or a clause; or
 * NULL. */
static clause *at_word(pbuild *b, int k, cutstate *cs)
{
    chunk *c = &b->ch[k];
    int cur = b->n - 1;
    clause *cl = &b->v[cur];
    int parent = cl->kind == CL_MAIN || cl->kind == CL_COORD ? cur : cl->parent;
    clause *nc = NULL;
    if (c->kind == CK_SUB) {
        int up = sub_parent(b, k, cur);
        nc = open_clause(b, k + 1, sub_kind(b, k, up), up);
    } else if (c->kind == CK_REL && k > 0) {
        /* "warned Tehran that it would …": "that" after a name that is
         * an object is a complement, not a relative */
        int that = tok_eq(&b->T[c->t0], "that");
        int comp = that && b->ch[k - 1].kind == CK_NP && b->ch[k - 1].mention >= 0 &&
                   cl->vg >= 0 && cl->vg < k - 1 &&
                   !(k >= 2 && b->ch[k - 2].kind == CK_PP && b->ch[k - 2].np == k - 1);
        /* "said on Tuesday that": a verb of saying takes no relative */
        comp |= that && cl->vg >= 0 && report_verb(&b->T[b->ch[cl->vg].head]) &&
                (b->ch[k - 1].kind != CK_NP || (k >= 2 && b->ch[k - 2].kind == CK_PP) ||
                 cl->vg == k - 2); /* "told a press briefing that" */
        nc = open_clause(b, k + 1, comp ? CL_COMP : CL_REL, cur);
    } else if (c->kind == CK_CONJ && cl->vg >= 0 && k + 1 < b->nch &&
               b->ch[k + 1].kind == CK_VG && (b->ch[k + 1].flags & VG_ING) &&
               !(b->ch[k + 1].flags & VG_INF) && b->ch[cl->vg].t1 > b->ch[cl->vg].t0 + 1 &&
               (b->T[b->ch[cl->vg].t1 - 1].vform & PR_ING) &&
               (b->ch[cl->vg].flags & (VG_PAST | VG_PRESENT | VG_PERFECT | VG_FUTURE | VG_MODAL))) {
        /* "has been overstretching X and abusing Y": an "-ing" form
         * joined to a progressive shares its auxiliaries */
        b->ch[k + 1].flags = (uint16_t)((b->ch[k + 1].flags & ~VG_ING) |
                                        (b->ch[cl->vg].flags & (VG_PAST | VG_PRESENT | VG_PERFECT |
                                                                VG_FUTURE | VG_MODAL | VG_NEG)));
        return open_clause(b, k + 1, CL_COORD, parent);
    } else if (c->kind == CK_CONJ && tok_eq(&b->T[c->t0], "and") && k + 1 < b->nch &&
               b->ch[k + 1].kind == CK_VG && (b->ch[k + 1].flags & VG_ING) &&
               !(b->ch[k + 1].flags & VG_INF) && cl->kind == CL_INF &&
               ing_ancestor(b, cur) >= 0) {
        /* "issued a statement urging the authorities to respect the right
         * to protest and calling on demonstrators to …": a second
         * participle joins the first, past the infinitives inside it */
        int pa = ing_ancestor(b, cur);
        nc = open_clause(b, k + 1, CL_PART, b->v[pa].parent);
    } else if (c->kind == CK_CONJ && tok_eq(&b->T[c->t0], "and") && cl->vg >= 0 &&
               cl->vg + 2 == k && b->ch[k - 1].kind == CK_NP && b->ch[k - 1].mention >= 0 &&
               !(b->ch[cl->vg].flags & VG_PASSIVE) &&
               report_verb(&b->T[b->ch[cl->vg].head]) && k + 1 < b->nch &&
               b->ch[k + 1].kind == CK_NP && finite_at(b, k + 2)) {
        /* "the army said its troops and allied fighters had killed …": two
         * subjects of the complement, not the verb's object and a
         * clause of its own */
        int a = cl->vg + 1;
        nc = open_clause(b, a, CL_COMP, cur);
        if (nc)
            b->ch[a].clause = b->n - 1;
    } else if (c->kind == CK_CONJ && cl->vg >= 0 && starts_clause(b, k + 1) &&
               !(cs->paren_of >= 0 && cur != cs->paren_of && cl->kind == CL_PART &&
                 k + 1 < b->nch && b->ch[k + 1].kind == CK_NP && b->ch[k + 1].mention < 0)) {
        /* "urged Paraguay to stand on the right side of history and
         * recognize X": after a past tense, a bare verb joined to its
         * infinitive is a second one */
        if (cl->kind == CL_INF && cl->parent >= 0 && bare_verb_at(b, k + 1)) {
            const clause *pc = &b->v[cl->parent];
            if (pc->vg >= 0 && (b->ch[pc->vg].flags & (VG_PAST | VG_PERFECT)))
                return open_clause(b, k + 1, CL_INF, cl->parent);
        }
        return open_clause(b, k + 1, CL_COORD, parent);
    } else if (c->kind == CK_PP && c->np < 0 && k + 1 < b->nch && b->ch[k + 1].kind == CK_VG &&
               (b->ch[k + 1].flags & VG_ING)) {
        nc = open_clause(b, k + 1, CL_ADV, cur);
        /* "firms it accused of supplying drones", "accused Gulf states
         * of hosting U.S. forces", "on charges of spying": what a party
         * is accused of is the accusation's matter, not an act the text
         * tells */
        if (nc && ((c->t0 > 0 && tok_in(&b->T[c->t0 - 1], W_ALLEGE)) ||
                   (cl->vg >= 0 && cl->vg < k &&
                    tok_in(&b->T[b->ch[cl->vg].head], W_ALLEGE))))
            nc->flags |= CF_HYPO;
        /* "advised Germans against travelling to the country": what one
         * is warned against is not done */
        if (nc && tok_eq(&b->T[c->t0], "against"))
            nc->flags |= CF_HYPO;
    } else if (c->kind == CK_PP && c->np >= 0 && c->prep != P_OTHER &&
               tok_in(&b->T[c->t0], W_SUB) && k + 2 < b->nch &&
               /* "as the country's main opposition party enforced …": a
                * subject of two noun chunks, its owner's and its own */
               ((k + 3 < b->nch && b->ch[k + 2].kind == CK_NP && b->ch[k + 1].kind == CK_NP &&
                 (b->ch[k + 1].owner >= 0 || b->ch[k + 1].adj_country >= 0) &&
                 b->ch[k + 3].kind == CK_VG && starts_clause(b, k + 1) &&
                 !(b->ch[k + 3].flags & (VG_ING | VG_INF))) ||
                (b->ch[k + 2].kind == CK_VG &&
                 ((starts_clause(b, k + 1) && !(b->ch[k + 2].flags & (VG_ING | VG_INF))) ||
                  ((b->ch[k + 2].flags & VG_ING) && !(b->ch[k + 2].flags & VG_INF) &&
                   finite_later(b, k + 3)))) ||
                /* "a day after an alliance of armed groups announced …":
                 * a subject with its "of" phrase; "after military police
                 * on Wednesday arrested …": a day's phrase before the verb */
                /* ("after sanctions on Russia put pressure on prices": a
                 * subject with a phrase of any preposition, a finite verb
                 * right after it) */
                (k + 4 < b->nch && b->ch[k + 2].kind == CK_PP &&
                 (b->ch[k + 2].prep == P_OF ||
                  (b->ch[k + 2].np == k + 3 &&
                   (tok_in(&b->T[b->ch[k + 3].head], W_CALENDAR) ||
                    tok_in(&b->T[b->ch[k + 3].t0], W_CALENDAR) || /* "June 27" */
                    tok_in(&b->T[b->ch[k + 3].head], W_TIME_NOUNS) ||
                    /* (not "after talks in Doha mediated by Qatar") */
                    !(k + 5 < b->nch && b->ch[k + 5].kind == CK_PP &&
                      b->ch[k + 5].prep == P_BY)))) &&
                 b->ch[k + 3].kind == CK_NP && b->ch[k + 4].kind == CK_VG &&
                 finite_at(b, k + 4)))) {
        /* "after they met": a preposition that opens a clause; so does
         * one whose subject a participle follows ("as demonstrators
         * demanding X's resignation marched on Congress") */
        c->kind = CK_SUB;
        nc = open_clause(b, k + 1, CL_ADV, sub_parent(b, k, cur));
    }
    if (nc)
        nc->opener = (int)c->t0;
    return nc;
}

/* A clause opened at the verb group of chunk k: a participle inside the
 * subject and the verb after it, an "-ing" clause after an object, an
 * infinitive (*inf set), a complement without "that"; or NULL. */
static clause *at_verb(pbuild *b, int k, cutstate *cs, int *inf)
{
    chunk *c = &b->ch[k];
    int cur = b->n - 1;
    clause *cl = &b->v[cur];
    clause *nc = NULL;
    *inf = 0;
    if (c->kind != CK_VG)
        return NULL;
    /* "Finland's plan to join NATO was a threat to Russia": an
     * infinitive that completes the subject's noun, whose clause
     * resumes at its verb */
    if ((c->flags & VG_INF) && cl->vg < 0 && cs->paren_of < 0 && k > cl->c0 &&
        b->ch[k - 1].kind == CK_NP && b->ch[k - 1].mention < 0 &&
        b->T[b->ch[k - 1].head].tag == ST_NOUN && finite_later(b, k + 1)) {
        cs->paren_of = cur;
        return open_clause(b, k, CL_INF, cur);
    }
    /* "gunmen suspected to be bandits stormed …": a participle with
     * "to be" and what it says they are */
    int to_be = (c->flags & VG_PART) && c->t1 == c->t0 + 1 && k + 2 < b->nch &&
                b->ch[k + 1].kind == CK_VG && (b->ch[k + 1].flags & VG_INF) &&
                tok_eq(&b->T[b->ch[k + 1].head], "be") && b->ch[k + 2].kind == CK_NP;
    if (!(c->flags & VG_INF) && cl->vg < 0 && cs->paren_of < 0 && k > 0 &&
        b->ch[k - 1].kind == CK_NP &&
        ((c->flags & VG_ING) ||
         ((c->flags & VG_PART) && c->t1 == c->t0 + 1 && k + 1 < b->nch &&
          (b->ch[k + 1].kind == CK_PP || b->ch[k + 1].kind == CK_ADV) &&
          /* (not "the spokesman said after X accused …": "said" after a
           * subject is its verb) */
          !tok_in(&b->T[c->head], W_SAY)) ||
         to_be) &&
        finite_later(b, to_be ? k + 2 : k + 1)) {
        /* "a convoy carrying food from X reached Y", "a report released
         * on Tuesday accused X": a participle inside the subject (a
         * transitive verb without its object is a passive one), whose
         * clause resumes at its verb */
        cs->paren_of = cur;
        return open_clause(b, k, CL_PART, cur);
    }
    if (cs->paren_of >= 0 && cur != cs->paren_of && cl->vg >= 0 && finite_at(b, k) &&
        b->v[cs->paren_of].vg < 0 && k > 0 && b->ch[k - 1].kind != CK_PUNCT) {
        const clause *pc = &b->v[cs->paren_of];
        nc = open_clause(b, k, pc->kind, pc->parent);
        if (nc)
            nc->cont = cs->paren_of;
        cs->paren_of = -1;
        return nc;
    }
    /* "Protesters who blocked the road were arrested", "gunmen who
     * stormed the village on Friday killed three soldiers": a finite
     * verb after a subject relative's verb and its phrases (or a
     * participle in it: "who were protesting demanding a monarchy") is
     * the verb of the clause the relative interrupts, which has none
     * yet; not after a comma or "and" */
    int rq = cur;
    while (b->v[rq].kind == CL_PART && b->v[rq].parent >= 0 && b->v[rq].parent < rq)
        rq = b->v[rq].parent;
    if (cs->paren_of < 0 && b->v[rq].kind == CL_REL && b->v[rq].vg >= 0 &&
        b->v[rq].vg == b->v[rq].c0 && b->v[rq].c0 >= 2 && b->ch[b->v[rq].c0 - 1].kind == CK_REL &&
        b->ch[b->v[rq].c0 - 2].kind == CK_NP && b->v[rq].parent >= 0 &&
        b->v[b->v[rq].parent].vg < 0 && k > b->v[rq].vg + 1 && finite_at(b, k) &&
        b->ch[k - 1].kind != CK_PUNCT && b->ch[k - 1].kind != CK_CONJ &&
        b->ch[k - 1].kind != CK_REL && b->ch[k - 1].kind != CK_SUB) {
        int pi = b->v[rq].parent;
        const clause *pc = &b->v[pi];
        nc = open_clause(b, k, pc->kind, pc->parent);
        if (nc)
            nc->cont = pi;
        return nc;
    }
    if ((c->flags & VG_ING) && !(c->flags & VG_INF) && cl->vg >= 0 && k > 0 &&
        b->ch[k - 1].kind == CK_NP && k - 1 > cl->vg) {
        /* "adopted a resolution calling on Israel to …": the act of the
         * clause's subject, when its verb makes the text (words.txt
         * "author-verbs"); "blocked a statement criticising Israel" is
         * no act of the blocker's */
        nc = open_clause(b, k, CL_PART, cur);
        if (nc && !tok_in(&b->T[b->ch[cl->vg].head], W_AUTHOR_VERBS))
            nc->flags |= CF_REDUCED;
        return nc;
    }
    if ((c->flags & VG_INF) && cl->vg >= 0) {
        /* "urged X and Y, which sit on the committee, to press Z": a
         * comma closes the relative clause */
        int par = cur;
        if (k > 0 && is_punct(b, k - 1, ","))
            while ((b->v[par].kind == CL_REL || b->v[par].kind == CL_PART) &&
                   b->v[par].parent >= 0)
                par = b->v[par].parent;
        nc = open_clause(b, k, CL_INF, par);
        if (nc) {
            nc->vg = k;
            nc->c1 = k + 1;
            *inf = 1;
        }
        return nc;
    }
    if (cl->vg >= 0 && !(c->flags & (VG_ING | VG_INF)) &&
        (!(c->flags & VG_PART) || (c->flags & VG_PAST)) &&
        report_verb(&b->T[b->ch[cl->vg].head])) {
        /* "said the move grossly interferes …", "said on Thursday it had
         * recalled …": the complement begins at the noun phrases right
         * before this verb */
        int s = k;
        /* "said Poland "will respond …"": a quotation may open at the
         * verb */
        if (s > cl->vg + 2 && b->ch[s - 1].kind == CK_QUOTE && b->ch[s - 2].kind == CK_NP)
            s--;
        while (s > cl->vg + 1 && (b->ch[s - 1].kind == CK_NP || b->ch[s - 1].kind == CK_ADV))
            s--;
        /* "said the expulsion of a diplomat by Latvia would …": the
         * subject's own phrases and possessives back to the verb of
         * saying, which takes no object */
        int q = s;
        /* (and a noun's own phrase: "said Ethiopia's deal with
         * Somaliland was a violation", "Russia's attack on Ukraine",
         * "said protests in the capital had become disorderly") */
        while (q > cl->vg + 2 &&
               ((b->ch[q - 1].kind == CK_PP && b->ch[q - 1].np == q &&
                 (b->ch[q - 1].prep == P_OF || b->ch[q - 1].prep == P_BY ||
                  b->ch[q - 1].prep == P_WITH || b->ch[q - 1].prep == P_ON ||
                  b->ch[q - 1].prep == P_AGAINST || b->ch[q - 1].prep == P_BETWEEN ||
                  b->ch[q - 1].prep == P_IN || b->ch[q - 1].prep == P_FROM ||
                  b->ch[q - 1].prep == P_AT || b->ch[q - 1].prep == P_NEAR ||
                  b->ch[q - 1].prep == P_OVER)) ||
                (b->ch[q - 1].kind == CK_OTHER && (b->T[b->ch[q - 1].t0].flags & TOK_POSS))) &&
               b->ch[q - 2].kind == CK_NP)
            q -= 2;
        if (q == cl->vg + 1 && tok_in(&b->T[b->ch[cl->vg].head], W_SAY))
            s = q;
        /* "said on Thursday it had recalled": a preposition's noun
         * phrase is its own, the complement's subject after it; "said in
         * a statement carried by state media that": with none after it,
         * the verb is a participle of that noun, no complement's */
        if (s < k && s > 0 && b->ch[s - 1].kind == CK_PP && b->ch[s - 1].np == s) {
            if (s + 1 >= k)
                return NULL;
            s++;
        }
        if (s < k) {
            nc = open_clause(b, s, CL_COMP, cur);
            for (int j = s; nc && j < k; j++)
                b->ch[j].clause = b->n - 1;
        }
    }
    return nc;
}

/* The clause structure of chunks [0, nch), body the first token of the
 * sentence's own words (pl_syntax_body). Returns 0, or -1 when out of
 * memory. */
static int cut(pbuild *b, uint32_t body)
{
    if (!open_clause(b, 0, CL_MAIN, -1))
        return -1;
    cutstate cs = {0, -1, -1};
    /* "Addressing the press, Japarov called …": a participle before the
     * subject belongs to the clause after it */
    int kb = 0;
    while (kb < b->nch && b->ch[kb].t0 < body)
        kb++;
    if (participle_at(b, kb)) {
        b->v[0].kind = CL_PART;
        cs.lead = 0;
    }
    for (int k = 0; k < b->nch; k++) {
        chunk *c = &b->ch[k];
        int inf = 0;
        clause *nc = NULL;
        /* each opener looks at chunks of its own kinds only (at_word may
         * make a preposition a subordinator, which no other opener takes) */
        /* the quotation mark inside "to "refrain": one opens there */
        if (c->kind == CK_VG && (c->flags & VG_QUOTE))
            cs.in_quote = !cs.in_quote;
        switch (c->kind) {
        case CK_QUOTE:
        case CK_PUNCT:
            nc = at_punct(b, k, &cs);
            break;
        case CK_SUB:
        case CK_REL:
        case CK_CONJ:
        case CK_PP:
            nc = at_word(b, k, &cs);
            b->according |= c->kind == CK_PP && c->flags == 1;
            break;
        case CK_VG:
            nc = at_verb(b, k, &cs, &inf);
            break;
        }
        if (b->oom)
            return -1;
        if (nc && cs.in_quote)
            nc->flags |= CF_QUOTE;
        if (inf) {
            c->clause = b->n - 1;
            continue;
        }
        clause *cl = &b->v[b->n - 1];
        c->clause = b->n - 1;
        if (c->kind == CK_VG && cl->vg < 0)
            cl->vg = k;
        cl->c1 = k + 1;
    }
    b->v[b->n - 1].c1 = b->nch;
    return 0;
}

/* "said the alliance would not stay silent while Moscow armed the
 * rebels, and urged Russia to …": a past tense without a subject
 * continues no adverbial clause closed by a comma, nor a complement
 * whose verb it cannot coordinate with (a modal's), but the clause above
 * them: the speaker acts again. Returns the clause whose subject cl shares. */
static int speaker_again(pbuild *b, clause *cl, int src)
{
    if (cl->kind != CL_COORD || cl->vg != cl->c0 || cl->c0 < 1 || src < 0 ||
        !(b->ch[cl->vg].flags & VG_PAST) || b->ch[cl->c0 - 1].kind != CK_CONJ)
        return src;
    /* a comma closes an adverbial clause; a modal's complement, or one
     * in the present tense or the subjunctive, cannot go on with a past
     * tense, comma or not ("said Chisinau would not be intimidated and
     * called on Moscow", "demanded that Venezuela pull back its troops
     * and asked …") */
    int comma = cl->c0 >= 2 && is_punct(b, cl->c0 - 2, ",");
    int q = src;
    /* nor does an "-ing" clause go on with a past tense ("criticised
     * Russia for halting gas deliveries and urged Moscow to …") */
    while (b->v[q].kind == CL_ADV && b->v[q].parent >= 0 &&
           (comma || (b->v[q].vg >= 0 && (b->ch[b->v[q].vg].flags & VG_ING))))
        q = b->v[q].parent;
    /* nor a relative clause in the future or with a modal, nor the
     * infinitive it hangs from ("urged X to "refrain from steps that
     * could raise tensions" and asked Y") */
    if (b->v[q].kind == CL_REL && b->v[q].vg >= 0 &&
        (b->ch[b->v[q].vg].flags & (VG_MODAL | VG_FUTURE)) && b->v[q].parent >= 0) {
        q = b->v[q].parent;
        while (b->v[q].kind == CL_INF && b->v[q].parent >= 0)
            q = b->v[q].parent;
    }
    if (b->v[q].kind == CL_COMP && b->v[q].vg >= 0 &&
        ((b->ch[b->v[q].vg].flags & (VG_MODAL | VG_FUTURE)) ||
         !(b->ch[b->v[q].vg].flags & (VG_PAST | VG_PERFECT))) &&
        b->v[q].parent >= 0)
        q = b->v[q].parent;
    /* "rejected the claims, saying Kabul did not allow it, and blamed
     * Y": past a comma, the complement of an "-ing" clause goes on with
     * the clause above that clause */
    if (comma && q == src && b->v[q].kind == CL_COMP && b->v[q].parent >= 0) {
        const clause *pp = &b->v[b->v[q].parent];
        if (pp->kind == CL_PART && pp->vg >= 0 && (b->ch[pp->vg].flags & VG_ING) &&
            pp->parent >= 0)
            q = pp->parent;
    }
    if (q == src || b->v[q].kind == CL_COMP || b->v[q].kind == CL_ADV)
        return src;
    cl->parent = b->v[q].kind == CL_MAIN || b->v[q].kind == CL_COORD ? q : b->v[q].parent;
    return q;
}

/* The noun phrase before the relative pronoun that opens clause i. */
/* Whether chunk k is a person's age set off by commas after the mention
 * at k - 2 ("Seitkali, 41, who …"). */
static int age_apposition(const pbuild *b, int k)
{
    const chunk *c = &b->ch[k];
    return k >= 2 && c->kind == CK_NP && c->t1 == c->t0 + 1 && (b->T[c->t0].flags & TOK_NUM) &&
           is_punct(b, k - 1, ",") && b->ch[k - 2].kind == CK_NP && b->ch[k - 2].mention >= 0 &&
           k + 1 < b->nch && is_punct(b, k + 1, ",");
}

/* Whether noun phrase k says thanks (nouns.txt "gratitude"). */
static int gratitude_np(const pbuild *b, int k)
{
    int cls = pl_grammar_class_named(b->lx, "gratitude");
    return cls >= 0 &&
           pl_grammar_noun_in(b->lx, b->T, b->ch[k].t0, b->ch[k].head, (uint32_t)cls);
}

static int antecedent(const pbuild *b, const clause *cl)
{
    int near = -1;
    /* "a press release from the Rwandan government issued the day
     * before and which rejected …": after "and", the relative clause
     * goes on from a participle's, on that participle's noun phrase */
    int k0 = cl->c0 - 2;
    if (k0 >= 2 && b->ch[k0].kind == CK_CONJ && tok_eq(&b->T[b->ch[k0].t0], "and"))
        for (int k = k0 - 1; k >= 1 && k >= k0 - 6; k--) {
            if (b->ch[k].kind == CK_PUNCT || b->ch[k].kind == CK_REL || b->ch[k].kind == CK_CONJ)
                break;
            if (b->ch[k].kind == CK_VG) {
                if ((b->ch[k].flags & VG_PART) && b->ch[k - 1].kind == CK_NP)
                    return k - 1;
                break;
            }
        }
    for (int k = cl->c0 - 2; k >= 0; k--)
        if (b->ch[k].kind == CK_NP) {
            near = age_apposition(b, k) ? k - 2 : k;
            /* "members of the Nigeria Labour Congress (NLC) who marched":
             * the name, not its acronym in brackets */
            if (near == k && k >= 2 && k + 1 < cl->c0 && is_punct(b, k - 1, "(") &&
                is_punct(b, k + 1, ")") && b->ch[k - 2].kind == CK_NP)
                near = k - 2;
            break;
        } else if (b->ch[k].kind != CK_PUNCT)
            break;
    /* "the Nepali embassy in Kuala Lumpur, which condemned …": past the
     * place where a party sits, the party that acts (not in "…, which I
     * visited") */
    if (near >= 2 && cl->vg >= 0 && cl->vg == cl->c0 && b->ch[near].mention < 0 &&
        b->ch[near - 1].kind == CK_PP &&
        b->ch[near - 1].np == near && (b->ch[near - 1].prep == P_IN || b->ch[near - 1].prep == P_AT) &&
        b->ch[near - 2].kind == CK_NP && b->ch[near - 2].mention >= 0)
        return near - 2;
    /* "an attack on UN peacekeepers in southern Lebanon that wounded
     * three soldiers": of a chain of phrases, the act did it */
    for (int k = near; k >= 0; k -= 2) {
        if (b->ch[k].kind != CK_NP)
            break;
        if (tok_in(&b->T[b->ch[k].head], W_ACT_NOUNS))
            return k;
        if (k < 2 || b->ch[k - 1].kind != CK_PP || b->ch[k - 1].np != k)
            break;
    }
    return near;
}

/* The subject of clause i: the last noun phrase before its verb that is
 * not a preposition's, or the one it shares. */
/* Whether clause cl's verb has "them" for its object, or "N of them"
 * ("detained twelve of them"). */
static int object_them(const pbuild *b, const clause *cl)
{
    int k = cl->vg + 1;
    if (k < cl->c1 && b->ch[k].kind == CK_NP && k + 2 < cl->c1 && b->ch[k + 1].kind == CK_PP &&
        b->ch[k + 1].prep == P_OF && b->ch[k + 1].np == k + 2)
        k += 2;
    return k < cl->c1 && b->ch[k].kind == CK_NP && b->ch[k].t1 == b->ch[k].t0 + 1 &&
           tok_eq(&b->T[b->ch[k].t0], "them");
}

static void find_subject(pbuild *b, int i)
{
    clause *cl = &b->v[i];
    /* "said the attackers, who …, set fire": the relative clause's
     * antecedent */
    if (cl->kind == CL_COMP && cl->vg == cl->c0 && i > 0 && b->v[i - 1].kind == CL_REL &&
        b->v[i - 1].parent == cl->parent && cl->c0 > 0 && is_punct(b, cl->c0 - 1, ",") &&
        b->v[i - 1].c0 >= 3 && reported_antecedent(b, &b->v[i - 1])) {
        cl->subj = b->v[i - 1].c0 - 3;
        return;
    }
    if (cl->cont >= 0) {
        /* the clause a parenthesis interrupted has the subject, unless
         * it had only a fronted phrase ("On May 4, beginning …, X held") */
        cl->subj = b->v[cl->cont].subj;
        if (cl->subj >= 0)
            return;
    }
    if (cl->vg < 0) {
        /* a subject interrupted by a parenthesis: its last noun phrase
         * that is no preposition's ("A convoy of 28 trucks, carrying …") */
        for (int k = cl->c1 - 1; k >= cl->c0; k--) {
            /* "a meeting between X and Y, promised …": the last item of
             * a preposition's list is no subject either */
            int q = k;
            while (q > cl->c0 + 1 && b->ch[q].kind == CK_NP && b->ch[q - 1].kind == CK_CONJ &&
                   b->ch[q - 2].kind == CK_NP)
                q -= 2;
            if (q < k && q > 0 && b->ch[q - 1].kind == CK_PP) {
                k = q;
                continue;
            }
            if (b->ch[k].kind == CK_NP && !(k > 0 && b->ch[k - 1].kind == CK_PP)) {
                cl->subj = age_apposition(b, k) ? k - 2 : k;
                /* "The RSF, a paramilitary force that …, accused": the
                 * named one, not its description */
                if (k >= cl->c0 + 2 && is_punct(b, k - 1, ",") && b->ch[k - 2].kind == CK_NP &&
                    b->ch[k - 2].mention >= 0 && b->ch[k].t0 < b->ch[k].t1 &&
                    (tok_eq(&b->T[b->ch[k].t0], "a") || tok_eq(&b->T[b->ch[k].t0], "an")) &&
                    !(k >= cl->c0 + 3 && b->ch[k - 3].kind == CK_PP && b->ch[k - 3].np == k - 2))
                    cl->subj = k - 2;
                break;
            }
        }
        return;
    }
    /* "The envoy on Friday, May 9, rejected", "Pakistan Tuesday
     * condemned": a date told between the subject and its verb, with
     * its commas or without "on", is no subject */
    int k0 = cl->vg - 1, dated = 0;
    for (;;) {
        /* ("Israeli forces Monday overnight detained": an adverb with
         * the date) */
        if (k0 > cl->c0 && (is_punct(b, k0, ",") || b->ch[k0].kind == CK_ADV))
            k0--;
        else if (k0 > cl->c0 + 1 && is_punct(b, k0, ")")) {
            /* "on Monday (Jun. 26) received": an aside in brackets that
             * names no one */
            int o = k0 - 1, named = 0;
            while (o > cl->c0 && o + 6 > k0 && !is_punct(b, o, "(") && !named)
                named = b->ch[o--].mention >= 0;
            if (named || !is_punct(b, o, "("))
                break;
            k0 = o - 1;
            dated = 1;
        } else if (k0 > cl->c0 && date_np(b, k0)) {
            k0--;
            dated = 1;
            if (b->ch[k0].kind == CK_PP && b->ch[k0].np == k0 + 1)
                k0--;
        } else
            break;
    }
    /* ("On Tuesday, condemned …": the day's phrase opened the clause) */
    if (!dated || k0 < cl->c0 || b->ch[k0].kind != CK_NP || b->ch[k0].mention < 0)
        k0 = cl->vg - 1;
    for (int k = k0; k >= cl->c0; k--) {
        const chunk *c = &b->ch[k];
        /* "the Sudanese Armed Forces (SAF) accused": an acronym in
         * brackets after the subject */
        if (c->kind == CK_NP && k > cl->c0 + 1 && k + 1 < cl->vg && is_punct(b, k - 1, "(") &&
            is_punct(b, k + 1, ")") && b->ch[k - 2].kind == CK_NP)
            continue;
        /* "Russia and Ukraine each released", "they all signed": a
         * floating quantifier after the subject (words.txt "floating") */
        if (c->kind == CK_NP && c->t1 == c->t0 + 1 && k > cl->c0 && b->ch[k - 1].kind == CK_NP &&
            b->ch[k - 1].mention >= 0 && tok_in(&b->T[c->t0], W_FLOATING))
            continue;
        /* "X, the head of United Torah Judaism's Degel HaTorah faction,
         * accused": a noun owned by a preposition's object is inside that
         * phrase too */
        if (c->kind == CK_NP && k >= cl->c0 + 2 && b->ch[k - 1].kind == CK_NP &&
            (b->T[b->ch[k - 1].t1 - 1].flags & TOK_POSS) && b->ch[k - 2].kind == CK_PP &&
            b->ch[k - 2].np == k - 1) {
            k -= 1;
            continue;
        }
        /* "23 people, among them two candidates, were arrested": the
         * noun before an aside of "among" or "including" */
        if (c->kind == CK_NP && k + 2 == cl->vg && is_punct(b, k + 1, ",")) {
            int p = k - 1;
            while (p > cl->c0 && !is_punct(b, p, ","))
                p--;
            if (p > cl->c0 && p + 1 < k && b->ch[p - 1].kind == CK_NP &&
                (tok_eq(&b->T[b->ch[p + 1].t0], "among") ||
                 tok_eq(&b->T[b->ch[p + 1].t0], "including"))) {
                cl->subj = p - 1;
                return;
            }
        }
        /* "Protesters including activist X and Y have been arrested":
         * without commas, the noun before the list of "including" */
        if (c->kind == CK_NP && k + 1 == cl->vg) {
            int p = k;
            while (p > cl->c0 + 1 && b->ch[p - 2].kind == CK_NP &&
                   (b->ch[p - 1].kind == CK_CONJ || is_punct(b, p - 1, ",") ||
                    (b->ch[p - 1].kind == CK_PP && b->ch[p - 1].np == p &&
                     (b->ch[p - 1].prep == P_OF || b->ch[p - 1].prep == P_FROM))))
                p -= 2;
            if (p > cl->c0 + 1 && b->ch[p - 1].kind == CK_PP && b->ch[p - 1].np == p &&
                tok_eq(&b->T[b->ch[p - 1].t0], "including") && b->ch[p - 2].kind == CK_NP) {
                cl->subj = p - 2;
                return;
            }
        }
        if (c->kind == CK_NP && !(k > 0 && b->ch[k - 1].kind == CK_PP &&
                                  b->ch[k - 1].np == k)) {
            /* an apposition or a list before the verb: its first part
             * ("X and Y held talks", "X, the minister, said") */
            cl->subj = k;
            int j = k;
            while (j > cl->c0 + 1 &&
                   (is_punct(b, j - 1, ",") || b->ch[j - 1].kind == CK_CONJ) &&
                   b->ch[j - 2].kind == CK_NP && b->ch[j - 2].mention >= 0 &&
                   !(j > 2 && b->ch[j - 3].kind == CK_PP && b->ch[j - 3].np == j - 2))
                j -= 2;
            /* "Talks between X and Y were held": the list is the object
             * of "between"; the subject is the noun before it */
            int q = k;
            while (q > cl->c0 + 1 && (is_punct(b, q - 1, ",") || b->ch[q - 1].kind == CK_CONJ) &&
                   b->ch[q - 2].kind == CK_NP)
                q -= 2;
            if (q < k && q > cl->c0 + 1 && b->ch[q - 1].kind == CK_PP && b->ch[q - 1].np == q &&
                b->ch[q - 1].prep == P_BETWEEN && b->ch[q - 2].kind == CK_NP) {
                cl->subj = q - 2;
                return;
            }
            /* "the Ministry of Foreign and Expatriates condemned": words
             * of a name after "of", none an actor, are the named one's */
            if (q < k && q > cl->c0 + 1 && b->ch[q - 1].kind == CK_PP && b->ch[q - 1].np == q &&
                b->ch[q - 1].prep == P_OF && b->ch[q - 2].kind == CK_NP &&
                b->ch[q - 2].mention >= 0 && b->ch[q].mention < 0 && b->ch[k].mention < 0) {
                cl->subj = q - 2;
                return;
            }
            if (j < k && b->ch[j].mention >= 0)
                cl->subj = j;
            /* "the centre, which I visited": the object is the
             * antecedent; "Iran, where a court sentenced him": none */
            if (cl->kind == CL_REL &&
                !(cl->opener >= 0 && (tok_eq(&b->T[cl->opener], "where") ||
                                      tok_eq(&b->T[cl->opener], "when") ||
                                      tok_eq(&b->T[cl->opener], "whose"))))
                cl->gap = antecedent(b, cl);
            return;
        }
        if (c->kind == CK_VG)
            break;
    }
    /* inverted attribution: "…, said X" */
    if (cl->vg + 1 < cl->c1 && b->ch[cl->vg + 1].kind == CK_NP && cl->kind != CL_INF &&
        cl->c0 > 0 && (is_punct(b, cl->c0 - 1, ",") || b->ch[cl->c0 - 1].kind == CK_QUOTE) &&
        report_verb(&b->T[b->ch[cl->vg].head]) &&
        (cl->vg + 2 >= cl->c1 || b->ch[cl->vg + 2].kind == CK_PUNCT)) {
        cl->subj = cl->vg + 1;
        return;
    }
    if (cl->flags & CF_REDUCED) {
        cl->subj = b->ch[cl->c0 - 1].mention >= 0 ? cl->c0 - 1 : -1;
        return;
    }
    int p = cl->parent;
    /* "expressed gratitude to Guyana for supporting …" (also in a
     * headline with no verb the tagger knows): thanks told to a party,
     * who did it */
    if (cl->kind == CL_ADV && p >= 0 && cl->opener >= 0 && tok_eq(&b->T[cl->opener], "for") &&
        cl->vg >= 0 && (b->ch[cl->vg].flags & VG_ING) && cl->c0 >= 4) {
        int k = cl->c0 - 2; /* the party, before the "for" of the clause */
        if (b->ch[k].kind == CK_NP && b->ch[k].mention >= 0 && b->ch[k - 1].kind == CK_PP &&
            b->ch[k - 1].np == k && tok_eq(&b->T[b->ch[k - 1].t0], "to") &&
            b->ch[k - 2].kind == CK_NP && gratitude_np(b, k - 2)) {
            cl->subj = k;
            return;
        }
    }
    /* "thanked X and Y for signing the declaration", "accused Russia of
     * shelling Kherson": the object did it */
    if (cl->kind == CL_ADV && p >= 0 && cl->opener >= 0 &&
        (tok_eq(&b->T[cl->opener], "for") || tok_eq(&b->T[cl->opener], "of")) &&
        cl->vg >= 0 && (b->ch[cl->vg].flags & VG_ING) && b->v[p].vg >= 0) {
        for (int k = b->v[p].vg + 1; k < cl->c0; k++)
            if (b->ch[k].kind == CK_NP && b->ch[k].mention >= 0 &&
                !(b->ch[k - 1].kind == CK_PP && b->ch[k - 1].np == k)) {
                cl->subj = k;
                return;
            }
        /* "condemned China's act of ramming", "concerned by the latest
         * act of ramming": an act's noun (words.txt "act-nouns") before
         * "of" is another party's act, done by its owner ("China's") or
         * by no one the text names, never by the clause's subject */
        int a = cl->c0 - 2;
        if (tok_eq(&b->T[cl->opener], "of") && a > b->v[p].vg && b->ch[a].kind == CK_NP &&
            b->ch[a].mention < 0 && tok_in(&b->T[b->ch[a].head], W_ACT_NOUNS)) {
            cl->subj = a >= 2 && b->ch[a - 1].kind == CK_OTHER &&
                               (b->T[b->ch[a - 1].t0].flags & TOK_POSS) &&
                               b->ch[a - 2].kind == CK_NP && b->ch[a - 2].mention >= 0
                           ? a - 2
                           : -1;
            return;
        }
    }
    /* "acknowledged Britain's role in supporting Ukraine": a gerund
     * after "in" on an object that another party owns is that party's
     * act */
    if (cl->kind == CL_ADV && p >= 0 && cl->opener >= 0 && tok_eq(&b->T[cl->opener], "in") &&
        cl->vg >= 0 && (b->ch[cl->vg].flags & VG_ING) && b->v[p].vg >= 0 && cl->c0 >= 2 &&
        cl->c0 - 2 > b->v[p].vg && b->ch[cl->c0 - 1].kind == CK_PP &&
        b->ch[cl->c0 - 2].kind == CK_NP && b->ch[cl->c0 - 2].mention < 0 &&
        b->ch[cl->c0 - 2].owner >= 0) {
        cl->subj = cl->c0 - 2;
        return;
    }
    /* "accused the army of bombing a market, killing 30 civilians": a
     * participle after the act of an "of" or "for" gerund is the
     * object's, who did that act */
    if (cl->kind == CL_PART && p >= 0 && cl->vg >= 0 && (b->ch[cl->vg].flags & VG_ING) &&
        cl->c0 >= 1 && is_punct(b, cl->c0 - 1, ",") && b->v[p].vg >= 0 &&
        b->v[p].vg + 3 < cl->c0) {
        int k = b->v[p].vg + 1;
        const chunk *pp = &b->ch[k + 1], *g = &b->ch[k + 2];
        if (b->ch[k].kind == CK_NP && b->ch[k].mention >= 0 && pp->kind == CK_PP &&
            (pp->prep == P_OF || pp->prep == P_FOR) && pp->np == k + 2 && g->kind == CK_NP &&
            g->mention < 0 && (b->T[g->t0].readings & PR_ING) && !(b->T[g->t0].flags & TOK_CAP)) {
            cl->subj = k;
            return;
        }
    }
    switch (cl->kind) {
    case CL_REL:
        /* the antecedent: the noun phrase before the relative pronoun */
        cl->subj = antecedent(b, cl);
        break;
    case CL_INF: {
        /* "urged X to stop": the object controls; "agreed to meet": the
         * subject */
        const clause *pc = p >= 0 ? &b->v[p] : NULL;
        if (!pc)
            break;
        if (pc->vg < 0) { /* "Finland's plan to join NATO": the noun's */
            cl->subj = pc->subj;
            break;
        }
        for (int k = pc->vg + 1; k < cl->c0 && k >= 0; k++)
            if (b->ch[k].kind == CK_NP && !(b->ch[k - 1].kind == CK_PP &&
                                            b->ch[k - 1].np == k)) {
                /* but "reserved the right to respond", "announced plans
                 * to …": a thing the infinitive completes leaves the
                 * subject in control */
                const token *h = &b->T[b->ch[k].head];
                if (b->ch[k].mention < 0 && b->ch[k].owner < 0 && k + 1 == cl->c0 &&
                    h->tag == ST_NOUN && !tok_in(h, W_PERSON_NOUNS) && !tok_in(h, W_WANTED) &&
                    !tok_in(h, W_GROUP_NOUNS))
                    break;
                /* "is ready to work with": the adjective's subject */
                if (b->ch[k].mention < 0 && k + 1 == cl->c0 && h->tag == ST_ADJ &&
                    tok_in(h, W_READY))
                    break;
                cl->subj = k;
                return;
            }
        cl->subj = pc->subj;
        break;
    }
    default: {
        /* a coordinated or participial clause shares the subject of the
         * clause before it */
        int src = cl->kind == CL_COORD && i > 0 ? i - 1 : p;
        while (src >= 0 && b->v[src].subj < 0 && b->v[src].kind == CL_COORD && src > 0)
            src--;
        /* "rejected results giving X 71 percent, and called for …": a
         * participle inside the object does not break the coordination */
        while (cl->kind == CL_COORD && src >= 0 && (b->v[src].flags & CF_REDUCED) &&
               b->v[src].parent >= 0)
            src = b->v[src].parent;
        /* "used spray to clear a road and detained protesters": a past
         * tense coordinates with the verb before the infinitive */
        while (cl->kind == CL_COORD && src >= 0 && b->v[src].kind == CL_INF &&
               b->v[src].parent >= 0 && cl->vg >= 0 && (b->ch[cl->vg].flags & VG_PAST))
            src = b->v[src].parent;
        /* "X said that the presence amounted to … and urged Y": after a
         * complement whose subject is no actor, the speaker acts again;
         * after a relative clause only past a comma ("the strike, which
         * killed and injured dozens": the relative's verbs share its
         * subject) */
        /* (not after "said the attackers, who …, set fire to homes":
         * that complement's subject stood before the relative clause) */
        if (cl->kind == CL_COORD && src == i - 1 && p >= 0 && src != p &&
            ((b->v[src].kind == CL_COMP && b->v[src].vg != b->v[src].c0) ||
             (b->v[src].kind == CL_REL && cl->c0 >= 2 &&
              (is_punct(b, cl->c0 - 2, ",") || is_punct(b, cl->c0 - 1, ",")))) &&
            b->v[src].parent == p && b->v[src].subj >= 0 &&
            /* "X, a force that has fought Y, accused Z": a subject with
             * no verb of its own takes the verb after the relative */
            (b->ch[b->v[src].subj].mention < 0 || b->v[p].vg < 0) && b->v[p].subj >= 0 &&
            (b->ch[b->v[p].subj].mention >= 0 || b->ch[b->v[p].subj].owner >= 0))
            src = p; /* "Netanyahu's office said … and accused Hamas" */
        /* "welcomed the ban, which Baghdad announced last year, and
         * urged Y": a relative clause set off by commas on both sides
         * is an aside, whatever its subject; the verb after it goes on
         * with the clause it hangs from */
        else if (cl->kind == CL_COORD && src == i - 1 && p >= 0 && src != p &&
                 b->v[src].kind == CL_REL && b->v[src].parent == p && cl->c0 >= 2 &&
                 is_punct(b, cl->c0 - 2, ",") && b->v[src].c0 >= 2 &&
                 b->ch[b->v[src].c0 - 1].kind == CK_REL && is_punct(b, b->v[src].c0 - 2, ",") &&
                 b->v[p].subj >= 0 && b->ch[b->v[p].subj].mention >= 0)
            src = p;
        /* "condemned what they called police violence and demanded the
         * minister's resignation": after a free relative (the object the
         * clause above names with "what"), the verb is that clause's */
        else if (cl->kind == CL_COORD && src == i - 1 && p >= 0 && src != p &&
                 b->v[src].kind == CL_REL && b->v[src].parent == p && cl->vg == cl->c0 &&
                 b->v[src].opener >= 0 && tok_eq(&b->T[b->v[src].opener], "what") &&
                 b->v[p].subj >= 0)
            src = p;
        /* "Police removed activists who had blocked the road and
         * detained twelve of them": a verb whose object is "them" after
         * a relative clause is not the relative's (its subject would be
         * "themselves"), but the clause's it hangs from */
        else if (cl->kind == CL_COORD && src == i - 1 && p >= 0 && src != p &&
                 b->v[src].kind == CL_REL && b->v[src].parent == p && cl->vg == cl->c0 &&
                 b->v[p].subj >= 0 && b->ch[b->v[p].subj].mention >= 0 &&
                 object_them(b, cl))
            src = p;
        /* "X denied that the army had fired first, and accused Y": a
         * verb of speech in the past after a complement told in the
         * perfect is the speaker's again, whatever the complement's
         * subject; a deed stays with it ("said the troops had crossed
         * the border and killed two guards") */
        else if (cl->kind == CL_COORD && src == i - 1 && p >= 0 && src != p &&
                 b->v[src].kind == CL_COMP && b->v[src].parent == p &&
                 b->v[p].subj >= 0 && cl->vg == cl->c0 && b->v[src].vg >= 0 &&
                 (b->ch[b->v[src].vg].flags & VG_PERFECT) &&
                 (b->ch[cl->vg].flags & VG_PAST) &&
                 !(b->ch[cl->vg].flags & VG_PERFECT) &&
                 speech_verb(b->lx, &b->T[b->ch[cl->vg].head]))
            src = p;
        /* "told a press conference that the shooting, which happened
         * on Thursday, was a breach … and called on Y": the same past a
         * complement that went on after a relative clause (its second
         * part a clause of its own, with the complement's subject) */
        if (cl->kind == CL_COORD && src == i - 1 && src >= 0 && b->v[src].kind == CL_COORD &&
            cl->vg == cl->c0 && cl->vg >= 0 && (b->ch[cl->vg].flags & VG_PAST)) {
            int cs = src;
            while (b->v[cs].kind == CL_COORD && b->v[cs].parent >= 0 &&
                   b->v[b->v[cs].parent].kind == CL_COMP &&
                   b->v[cs].subj == b->v[b->v[cs].parent].subj)
                cs = b->v[cs].parent;
            int pp = b->v[cs].parent;
            if (cs != src && b->v[cs].kind == CL_COMP && pp >= 0 && b->v[cs].subj >= 0 &&
                b->ch[b->v[cs].subj].mention < 0 && b->ch[b->v[cs].subj].owner < 0 &&
                b->v[pp].subj >= 0 && b->ch[b->v[pp].subj].mention >= 0 &&
                report_verb(&b->T[b->ch[b->v[pp].vg].head])) {
                src = pp;
                cl->parent = b->v[pp].kind == CL_MAIN || b->v[pp].kind == CL_COORD ? pp : b->v[pp].parent;
            }
        }
        /* "Lula phoned Milei, Brazilian officials said, and urged him
         * to …": an attribution set off by commas is an aside; the verb
         * after it goes on with the clause before it */
        if (cl->kind == CL_COORD && src == i - 1 && src >= 1 && cl->vg == cl->c0 &&
            cl->c0 >= 4 && b->ch[cl->c0 - 1].kind == CK_CONJ && is_punct(b, cl->c0 - 2, ",") &&
            b->v[src].kind == CL_COORD && b->v[src].vg == cl->c0 - 3 && b->v[src].c0 >= 1 &&
            is_punct(b, b->v[src].c0 - 1, ",") &&
            report_verb(&b->T[b->ch[b->v[src].vg].head]) &&
            b->v[src - 1].subj >= 0 && b->v[src - 1].vg >= 0 &&
            b->ch[b->v[src - 1].subj].mention >= 0 &&
            (b->v[src - 1].kind == CL_MAIN || b->v[src - 1].kind == CL_COORD)) {
            src = src - 1;
            cl->parent = src;
        }
        src = speaker_again(b, cl, src);
        if (src >= 0)
            cl->subj = b->v[src].subj;
    }
    }
}

/* "the agency quoted the minister as saying …", "quoted X as accusing
 * Y": the object of a verb that quotes (verbs.txt "quotes") is the
 * subject of the participle after "as", and so the speaker of what it
 * says. */
static void quoted_as(pbuild *b)
{
    for (int i = 0; i + 1 < b->n; i++) {
        clause *cl = &b->v[i], *d = &b->v[i + 1];
        int k = cl->vg + 1;
        if (cl->vg < 0 || d->vg != k + 2 || !(b->ch[d->vg].flags & VG_ING) ||
            b->ch[k].kind != CK_NP || b->ch[k].mention < 0 || b->ch[k + 1].kind != CK_PP ||
            !tok_eq(&b->T[b->ch[k + 1].t0], "as") ||
            !pl_grammar_verb_flags(b->lx, b->T[b->ch[cl->vg].head].hash, FR_QUOTES))
            continue;
        d->subj = k;
    }
}

/* Whether clause j, under clause i, is under another clause of saying
 * with a subject of its own. */
static int own_speaker(const pbuild *b, int i, int j)
{
    for (int p = b->v[j].parent; p > i; p = b->v[p].parent) {
        const clause *r = &b->v[p];
        if (r->vg >= 0 && r->subj >= 0 && r->subj != b->v[i].subj && r->kind != CL_INF &&
            !(b->ch[r->vg].flags & VG_PASSIVE) && report_verb(&b->T[b->ch[r->vg].head]))
            return 1;
    }
    return 0;
}

/* Reported speech: the complements of a verb of saying, and the clauses
 * before an attribution ("…," X said.), are X's. */
static void speakers(pbuild *b)
{
    for (int i = 0; i < b->n; i++) {
        clause *cl = &b->v[i];
        /* "a truce … had been announced, and X said": what is announced
         * is no speaker */
        if (cl->vg < 0 || cl->subj < 0 || cl->kind == CL_INF ||
            (b->ch[cl->vg].flags & VG_PASSIVE) ||
            !report_verb(&b->T[b->ch[cl->vg].head]))
            continue;
        /* "told reporters" is still an attribution; "told Sweden that" is
         * not */
        int after_object = 0;
        /* "…," the lawyer told Reuters: after a quotation it is one */
        int quoted = b->ch[cl->c0].kind == CK_QUOTE ||
                     (cl->c0 > 0 && b->ch[cl->c0 - 1].kind == CK_QUOTE);
        for (int k = cl->vg + 1; k < cl->c1 && !quoted; k++)
            after_object |= b->ch[k].kind == CK_NP && k != cl->subj &&
                            b->ch[k].mention >= 0 && b->ch[k - 1].kind != CK_PP;
        /* complements after the verb */
        for (int j = i + 1; j < b->n; j++) {
            clause *d = &b->v[j];
            int p = d->parent;
            while (p > i)
                p = b->v[p].parent;
            if (p != i && !(d->kind == CL_COMP && d->parent == i))
                break;
            /* "…, X told reporters, after a court sentenced Y": what
             * happened is told, not said */
            if (d->kind == CL_ADV && d->parent == i)
                break;
            /* "India said it was recalling its envoy, but Canadian
             * officials said Canada had expelled him": another speaker's
             * words are that speaker's */
            if (own_speaker(b, i, j))
                continue;
            if (d->speaker < 0) {
                d->speaker = cl->subj;
                d->flags |= CF_REPORTED;
            }
        }
        /* an attribution at the end: everything before it; also before
         * its own adverbial clause after a quotation ("…," X told
         * reporters, after …) */
        int last = i == b->n - 1 ||
                   (i + 1 < b->n && b->v[i + 1].kind == CL_PART) ||
                   (quoted && i + 1 < b->n && b->v[i + 1].kind == CL_ADV &&
                    b->v[i + 1].parent == i);
        /* "…, Deputy Foreign Minister Sergei Ryabkov told TASS.": an
         * attribution after a comma at the end names its listener */
        int tail = cl->c0 > 0 && is_punct(b, cl->c0 - 1, ",") && cl->subj == cl->c0 &&
                   i == b->n - 1;
        if (last && i > 0 && (!after_object || tail)) {
            for (int j = 0; j < i; j++)
                if (b->v[j].speaker < 0) {
                    b->v[j].speaker = cl->subj;
                    b->v[j].flags |= CF_REPORTED;
                }
        }
    }
    /* "according to X" */
    for (int k = 0; b->according && k < b->nch; k++) {
        const chunk *c = &b->ch[k];
        if (c->kind != CK_PP || c->flags != 1 || c->np < 0)
            continue;
        for (int j = 0; j < b->n; j++)
            if (b->v[j].speaker < 0) {
                b->v[j].speaker = c->np;
                b->v[j].flags |= CF_REPORTED;
            }
    }
}

/* Conditions, questions, plans. */
static void moods(pbuild *b, int question)
{
    for (int i = 0; i < b->n; i++) {
        clause *cl = &b->v[i];
        if (question)
            cl->flags |= CF_QUESTION | CF_HYPO;
        if (cl->kind == CL_ADV && cl->opener >= 0) {
            const token *t = &b->T[cl->opener];
            if (tok_eq(t, "if") || tok_eq(t, "unless") || tok_eq(t, "whether"))
                cl->flags |= CF_COND | CF_HYPO;
        }
        /* "dismissed reports that Riyadh had clashed with …": what a
         * report or a claim says (words.txt "content-nouns") */
        if ((cl->kind == CL_REL || cl->kind == CL_COMP) && cl->opener > 0 &&
            tok_eq(&b->T[cl->opener], "that") && tok_in(&b->T[cl->opener - 1], W_CONTENT_NOUNS))
            cl->flags |= CF_HYPO;
        /* "looks forward to hosting": planned */
        if (cl->kind == CL_ADV && cl->opener > 0 && tok_eq(&b->T[cl->opener], "to") &&
            tok_in(&b->T[cl->opener - 1], W_PLAN))
            cl->flags |= CF_HYPO;
        /* "demanded that Venezuela pull back its troops": what a demand
         * or a plan asks for is not done */
        if (cl->kind == CL_COMP && cl->vg >= 0 && cl->parent >= 0 && b->v[cl->parent].vg >= 0 &&
            tok_in(&b->T[b->ch[b->v[cl->parent].vg].head], W_PLAN) &&
            !(b->ch[cl->vg].flags & (VG_PAST | VG_PERFECT)))
            cl->flags |= CF_HYPO;
        if (cl->kind == CL_INF && cl->parent >= 0 && b->v[cl->parent].vg >= 0) {
            const chunk *pv = &b->ch[b->v[cl->parent].vg];
            if (tok_in(&b->T[pv->head], W_PLAN))
                cl->flags |= CF_HYPO;
        }
    }
}

int pl_syntax_parse(arena *a, const parley_lexicon *lx, const text_doc *td,
                 uint32_t si, const mention *ms, int nm, syn_sent *out)
{
    memset(out, 0, sizeof *out);
    chunk *ch;
    int n = pl_syntax_chunks(a, lx, td, si, ms, nm, &ch);
    if (n < 0)
        return PARLEY_ENOMEM;
    out->ch = ch;
    out->nch = n;
    const sentence *s = &td->sents[si];
    const token *T = td->toks;
    out->question = s->tok1 > s->tok0 && tok_eq(&T[s->tok1 - 1], "?");
    if (!n)
        return 0;
    pbuild b = {a, lx, T, ch, n, NULL, 0, 0, 0, 0};
    /* a clause opens at a chunk, the first at the sentence's start:
     * room for one more than the chunks at once instead of copies as
     * the array doubles (open_clause grows it still if need be) */
    b.cap = n + 1;
    if (!(b.v = arena_alloc(a, (size_t)b.cap * sizeof *b.v)))
        return PARLEY_ENOMEM;
    /* (the chunks cover the sentence: its body is pl_syntax_tag's) */
    if (cut(&b, s->body))
        return PARLEY_ENOMEM;
    for (int i = 0; i < b.n; i++)
        find_subject(&b, i);
    /* a leading participle takes the subject of the clause after it */
    for (int i = 0; i < b.n; i++)
        if (b.v[i].subj < 0 && b.v[i].parent > i)
            b.v[i].subj = b.v[b.v[i].parent].subj;
    quoted_as(&b);
    speakers(&b);
    moods(&b, out->question);
    out->cl = b.v;
    out->ncl = b.n;
    return 0;
}
