/* mentions.c — stage 4: finds actor mentions in a sentence. An office
 * chunk ("Deputy Prime Minister – Minister of Foreign Affairs of the
 * Republic of Kazakhstan Murat Nurtleu", "Liu Zhenmin, the UN
 * Under-Secretary-General for Economic and Social Affairs"), a list of
 * counterparts ("Foreign Ministers of Spain José Albares, Latvia Baiba
 * Braže, …"), countries and organisations (alone or in lists), pronouns
 * and descriptions. Each mention is resolved through coref.c. */
#include <stdlib.h>
#include <string.h>

#include "mentions/mentions.h"
#include "syntax/syntax.h"

#define ACTOR_KINDS                                                        \
    (LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ) | LK_BIT(LK_CAPITAL) |            \
     LK_BIT(LK_ORG) | LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) |          \
     LK_BIT(LK_HONORIFIC))

/* The preposition t is, or P_NONE ("about 200" is no preposition). */
static int prep_code(const token *t)
{
    return t->tag == ST_ADV ? P_NONE : prep_of(t);
}

struct mvec;

typedef struct scan {
    arena *a;
    const parley_lexicon *lx;
    const text_doc *td;
    const token *toks;
    uint32_t s0, s1;
    coref_state *st;
    const struct mvec *mv; /* the sentence's mentions so far */
} scan;

/* The first usable payload of the longest actor phrase at i. */
static size_t match_at(const scan *sc, size_t i, uint32_t mask,
                       const lex_hit **out)
{
    const lex_hit *h;
    size_t len = lexicon_match(sc->lx, sc->toks, i, sc->s1, mask, &h);
    for (; len && h; h = lexicon_next(sc->lx, h))
        if (lexicon_hit_ok(sc->lx, h, sc->toks, i, mask) && h->ntok == len) {
            *out = h;
            return len;
        }
    *out = grammar_compound(sc->lx, sc->td->text, &sc->toks[i], mask);
    return *out ? 1 : 0;
}

static int is_kind(const scan *sc, size_t i, uint32_t mask, size_t *len,
                   const lex_hit **h)
{
    if (i >= sc->s1)
        return 0;
    const lex_hit *hh;
    size_t l = match_at(sc, i, mask, &hh);
    if (!l)
        return 0;
    if (len)
        *len = l;
    if (h)
        *h = hh;
    return 1;
}

static int cap_word(const token *t)
{
    return (t->flags & TOK_WORD) && (t->flags & TOK_CAP) &&
           !(t->flags & TOK_POSS);
}

/* Whether toks[i] can be part of a personal name; inside tells that
 * name words precede it, so that a demonym can be a surname ("Volker
 * Türk") when no other word follows. */
static int name_token_in(const scan *sc, size_t i, int inside)
{
    const token *t = &sc->toks[i];
    if (!cap_word(t) || tok_in(t, W_NOT_NAMES))
        return 0;
    if ((t->flags & TOK_ALLCAPS) && t->fold_len <= 5)
        return 0; /* acronyms */
    /* "Separately, …", "Finally, …": a sentence-initial adverb */
    if (i == sc->s0 && t->fold_len > 4 && !strcmp(t->fold + t->fold_len - 2, "ly") &&
        i + 1 < sc->s1 && tok_eq(&sc->toks[i + 1], ","))
        return 0;
    const lex_hit *h;
    size_t l = match_at(sc, i, (ACTOR_KINDS & ~LK_BIT(LK_HONORIFIC)) |
                                   LK_BIT(LK_PLACE) | LK_BIT(LK_VENUE),
                        &h);
    /* a demonym or a town closes a name ("Volker Türk", "Felipe Urrutia
     * Lagos") when no capitalised word follows */
    if (l == 1 && inside && (h->kind == LK_ADJ || h->kind == LK_PLACE) &&
        (i + 1 >= sc->s1 || !cap_word(&sc->toks[i + 1])) &&
        !is_kind(sc, i + 1, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL))
        return 1;
    /* "Vladimir Padrino Lopez": a town's name that begins a name */
    if (l == 1 && !inside && h->kind == LK_PLACE && i + 1 < sc->s1 &&
        cap_word(&sc->toks[i + 1]) && !tok_in(&sc->toks[i + 1], W_NOT_NAMES) &&
        !is_kind(sc, i + 1, ACTOR_KINDS | LK_BIT(LK_PLACE), NULL, NULL))
        return 1;
    if (l) {
        /* a known person's name beats a place or office reading */
        const lex_hit *p;
        size_t pl = match_at(sc, i, LK_BIT(LK_PERSON), &p);
        return pl >= l;
    }
    return 1;
}

static int name_token(const scan *sc, size_t i)
{
    return name_token_in(sc, i, 0);
}

/* Skips honorifics ("H.E.", "Mr.", "Prince") at i; returns the new i. */
static size_t skip_honorifics(const scan *sc, size_t i)
{
    for (int guard = 0; guard < 4 && i < sc->s1; guard++) {
        size_t l;
        if (!is_kind(sc, i, LK_BIT(LK_HONORIFIC), &l, NULL))
            break;
        i += l;
        if (i < sc->s1 && tok_eq(&sc->toks[i], "."))
            i++;
    }
    return i;
}

/* A personal name at i: capitalised words with particles between them.
 * Returns its end (exclusive), or i when there is none. *n0 is where the
 * name proper begins (after honorifics). */
static size_t parse_name(const scan *sc, size_t i, size_t *n0)
{
    size_t j = skip_honorifics(sc, i);
    *n0 = j;
    size_t k = j, words = 0;
    while (k < sc->s1 && words < 6) {
        const token *t = &sc->toks[k];
        if (k > j && (t->flags & TOK_NL))
            break;
        if (words == 0) {
            /* a known person's full name, whatever its words are */
            const lex_hit *h;
            size_t pl = match_at(sc, k, LK_BIT(LK_PERSON), &h);
            if (pl) {
                k += pl;
                words += pl;
                continue;
            }
        }
        if (name_token_in(sc, k, words > 0)) {
            k++;
            words++;
            continue;
        }
        if (words && tok_in(t, W_PARTICLES)) {
            /* "de la Fuente", "van der Leyen" */
            size_t p = k + 1;
            if (p < sc->s1 && tok_in(&sc->toks[p], W_PARTICLES))
                p++;
            if (p < sc->s1 && name_token(sc, p)) {
                k = p;
                continue;
            }
        }
        break;
    }
    return words ? k : i;
}

static char *span_str(const scan *sc, size_t t0, size_t t1)
{
    if (t1 <= t0)
        return NULL;
    return arena_strndup(sc->a, sc->td->text + sc->toks[t0].start,
                         sc->toks[t1 - 1].end - sc->toks[t0].start);
}

/* The folded words of tokens [t0, t1), one space between them. */
static const char *fold_span(const scan *sc, size_t t0, size_t t1)
{
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t k = t0; k < t1; k++)
        if (parley_buf_add(&b, sc->toks[k].fold, sc->toks[k].fold_len) ||
            (k + 1 < t1 && parley_buf_addc(&b, ' '))) {
            parley_buf_release(&b);
            return NULL;
        }
    const char *r = b.p ? arena_strndup(sc->a, b.p, b.n) : NULL;
    parley_buf_release(&b);
    return r;
}

/* Sets ac's name to the text of tokens [t0, t1). */
static void set_name(const scan *sc, actor *ac, size_t t0, size_t t1)
{
    ac->name = ac->name_text = span_str(sc, t0, t1);
    ac->n0 = (uint32_t)t0;
    ac->n1 = (uint32_t)t1;
}

/* The country named at i (noun, capital or adjective), if any. */
static const char *country_at(const scan *sc, size_t i, size_t *len,
                              uint32_t mask)
{
    const lex_hit *h;
    if (!is_kind(sc, i, mask, len, &h))
        return NULL;
    return sc->lx->countries[h->idx].iso3;
}

typedef struct office_info {
    const char *role, *agent, *country, *org;
    const char *title; /* the office as written, folded ("secretary of state") */
    const char *portfolio;
    const char *host; /* "Ambassador to Kenya": KEN */
    int plural, counterpart, possessor;
    int generic; /* head is a generic noun ("side", "diplomat") */
} office_info;

static const char *org_at(const scan *sc, size_t i, size_t *len)
{
    const lex_hit *h;
    if (!is_kind(sc, i, LK_BIT(LK_ORG), len, &h))
        return NULL;
    return sc->lx->orgs[h->idx].acronym;
}

/* After an organisation: "(WIPO)" names it more precisely. */
static size_t paren_acronym(const scan *sc, size_t j, const char **org)
{
    size_t l;
    if (j + 2 < sc->s1 && tok_eq(&sc->toks[j], "(")) {
        const char *o = org_at(sc, j + 1, &l);
        if (o && j + 1 + l < sc->s1 && tok_eq(&sc->toks[j + 1 + l], ")")) {
            *org = o;
            return j + l + 2;
        }
    }
    return j;
}

static size_t skip_det(const scan *sc, size_t j)
{
    if (j < sc->s1 && tok_in(&sc->toks[j], W_DETERMINERS))
        j++;
    while (j < sc->s1 && ((sc->toks[j].flags & TOK_NUM) ||
                          tok_in(&sc->toks[j], W_QUANTIFIERS)))
        j++;
    return j;
}

static size_t parse_office(const scan *sc, size_t i, office_info *oi, int depth);

typedef struct mvec {
    mention *v;
    int n, cap;
} mvec;

/* "its forces", "its Director-General": the state or organisation named
 * last in the sentence, else the latest one that was a subject, else the
 * latest organisation. */
static int state_or_org(const mention *m)
{
    return m->nact == 1 && !m->acts[0].name && (m->acts[0].country || m->acts[0].org);
}

static void its_owner(const scan *sc, office_info *oi)
{
    /* the sentence's subject first ("Mexico breaks off relations with
     * Ecuador after police storm its embassy"), else the latest */
    const mention *pick = NULL;
    int n = sc->mv ? sc->mv->n : 0;
    for (int q = 0; q < n && !pick; q++)
        if (sc->mv->v[q].prep == P_NONE && !sc->mv->v[q].modifier &&
            state_or_org(&sc->mv->v[q]))
            pick = &sc->mv->v[q];
    for (int q = n - 1; q >= 0 && !pick; q--)
        if (state_or_org(&sc->mv->v[q]))
            pick = &sc->mv->v[q];
    if (pick) {
        oi->country = pick->acts[0].org ? NULL : pick->acts[0].country;
        oi->org = pick->acts[0].org;
        return;
    }
    if (sc->st->last_it.country || sc->st->last_it.org) {
        oi->country = sc->st->last_it.org ? NULL : sc->st->last_it.country;
        oi->org = sc->st->last_it.org;
        return;
    }
    oi->org = sc->st->last_org;
}


/* Post-modifiers of an office head at j: "of Kazakhstan", "of the UN
 * Secretary-General", "for Legal Affairs", "(UNRCCA)", "to the UN". */
static size_t office_post(const scan *sc, size_t j, office_info *oi, int depth)
{
    const token *T = sc->toks;
    for (int guard = 0; guard < 8 && j < sc->s1; guard++) {
        size_t l;
        /* "Minister of State at the Ministry of Foreign Affairs", "a
         * second secretary at the Russian embassy" */
        int is_at = tok_eq(&T[j], "at") && oi->role && depth == 0;
        if (is_at) {
            office_info sub;
            size_t e = parse_office(sc, j + 1, &sub, depth + 1);
            if (e > j + 1 && !sub.plural && !sub.generic && !oi->country && !oi->org) {
                oi->country = sub.country;
                oi->org = sub.org;
                j = e;
                continue;
            }
            break;
        }
        int envoy = oi->role && (strstr(oi->role, "Ambassador") ||
                                 strstr(oi->role, "Representative") ||
                                 strstr(oi->role, "Envoy"));
        /* "its ambassador in Tehran": the state it is posted to */
        if (envoy && tok_eq(&T[j], "in") && j + 1 < sc->s1) {
            const char *c = country_at(sc, j + 1, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
            if (c && oi->possessor) {
                oi->host = c;
                j += 1 + l;
                continue;
            }
        }
        if (tok_eq(&T[j], "of") || (tok_eq(&T[j], "to") && envoy)) {
            int is_of = tok_eq(&T[j], "of");
            size_t k = skip_det(sc, j + 1);
            const char *c, *o;
            if ((c = country_at(sc, k, &l,
                                LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL)))) {
                if (is_kind(sc, k + l, LK_BIT(LK_OFFICE), NULL, NULL))
                    break; /* "of Kazakhstan Foreign Minister" is odd */
                if (!is_of)
                    oi->host = c;
                if (is_of || (!oi->country && !oi->possessor))
                    oi->country = c;
                j = k + l;
                continue;
            }
            if ((o = org_at(sc, k, &l))) {
                if (is_kind(sc, k + l, LK_BIT(LK_OFFICE), NULL, NULL) && depth < 2) {
                    /* "of the UN Secretary-General": the org counts */
                    office_info sub = {0};
                    size_t e = parse_office(sc, k, &sub, depth + 1);
                    if (e > k) {
                        if (!oi->org && !oi->country)
                            oi->org = sub.org ? sub.org : o;
                        j = e;
                        continue;
                    }
                }
                if (is_of || (!oi->country && !oi->org))
                    oi->org = o;
                j = paren_acronym(sc, k + l, &oi->org);
                continue;
            }
            if (is_of && depth < 2 && !oi->country && !oi->org) {
                /* "Head of the Kazakh MFA", "Chairman of the Senate of
                 * Uzbekistan": the inner office's country or org */
                office_info sub;
                size_t e = parse_office(sc, j + 1, &sub, depth + 1);
                /* "Chairperson of the Senate of the Oliy Majlis": a chain
                 * of offices, even when none names its state */
                if (e > j + 1 && !sub.plural && !sub.generic) {
                    oi->country = sub.country;
                    oi->org = sub.org;
                    j = e;
                    continue;
                }
            }
            break;
        }
        if (tok_eq(&T[j], "for") && j + 1 < sc->s1) {
            size_t k = skip_det(sc, j + 1), e = k;
            while (e < sc->s1 &&
                   (cap_word(&T[e]) ||
                    (e > k && (tok_eq(&T[e], "and") || tok_eq(&T[e], "of") ||
                               tok_eq(&T[e], "the")) &&
                     e + 1 < sc->s1 && cap_word(&T[e + 1]))))
                e++;
            /* "Special Envoy of the Secretary-General for Yemen": an
             * organisation's envoy for a country keeps the organisation */
            int envoy_for = oi->org || (oi->role && (strstr(oi->role, "Envoy") ||
                                                     strstr(oi->role, "Representative") ||
                                                     strstr(oi->role, "Rapporteur") ||
                                                     strstr(oi->role, "Coordinator")));
            if (e > k && (envoy_for || !is_kind(sc, k, LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG),
                                                NULL, NULL))) {
                size_t cut = k;
                for (size_t q = k; q < e; q++) {
                    const lex_hit *ph;
                    if (q > k && match_at(sc, q, LK_BIT(LK_PERSON), &ph))
                        break;
                    if (tok_in(&T[q], W_ENDS))
                        cut = q + 1;
                }
                if (cut == k)
                    cut = e;
                oi->portfolio = span_str(sc, j + 1, cut);
                j = cut;
                continue;
            }
            break;
        }
        if (tok_eq(&T[j], "(")) {
            size_t e = paren_acronym(sc, j, &oi->org);
            if (e > j) {
                j = e;
                continue;
            }
        }
        break;
    }
    return j;
}

/* An office chunk at i without its name. Returns the end, or i when
 * there is no office here. Fills *oi. */
static size_t parse_office(const scan *sc, size_t i, office_info *oi, int depth)
{
    const token *T = sc->toks;
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    int premods = 0;
    const char *prefix = NULL, *implied_org = NULL;
    memset(oi, 0, sizeof *oi);
    if (j < sc->s1 && tok_in(&T[j], W_POSS)) {
        oi->possessor = 1;
        if (tok_eq(&T[j], "its"))
            its_owner(sc, oi);
        j++;
    } else if (j > i && j < sc->s1 && tok_in(&T[j], W_GROUP_NOUNS_EARLY) &&
               (tok_eq(&T[j - 1], "both") || tok_eq(&T[j - 1], "two")))
        return i; /* "both sides" is a group, see mentions_find */
    for (int guard = 0; guard < 6 && j < sc->s1; guard++) {
        if (is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &l, &h)) {
            /* an office, even where the word is also an honorific
             * ("President"): the head */
            size_t la;
            const lex_hit *ha;
            if (!is_kind(sc, j, ACTOR_KINDS & ~LK_BIT(LK_HONORIFIC), &la, &ha) || la <= l)
                break;
        }
        /* "the Trudeau government": the leader's state */
        if (premods == 0 && j > i && is_kind(sc, j, LK_BIT(LK_PERSON), &l, &h) &&
            sc->lx->persons[h->idx].country && j + l < sc->s1 &&
            !(T[j + l].flags & TOK_CAP) && tok_in(&T[j + l], W_GENERIC_HEADS)) {
            oi->country = sc->lx->persons[h->idx].country;
            j += l;
            premods++;
            continue;
        }
        if (is_kind(sc, j, ACTOR_KINDS, &l, &h)) {
            if (h->kind == LK_ADJ) {
                oi->country = sc->lx->countries[h->idx].iso3;
                j += l;
                premods++;
                continue;
            }
            if (h->kind == LK_COUNTRY || h->kind == LK_CAPITAL ||
                h->kind == LK_ORG) {
                size_t e = j + l;
                int poss_s = e < sc->s1 && (T[e].flags & TOK_POSS);
                if (poss_s)
                    e++;
                size_t f = e;
                while (f < sc->s1 && tok_in(&T[f], W_OFFICE_PREMODS))
                    f++;
                int office_next =
                    is_kind(sc, f, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL),
                            NULL, NULL) ||
                    (f < sc->s1 && tok_in(&T[f], W_GENERIC_HEADS));
                if (!office_next)
                    break;
                if (h->kind == LK_ORG)
                    oi->org = sc->lx->orgs[h->idx].acronym;
                else
                    oi->country = sc->lx->countries[h->idx].iso3;
                j = e;
                premods++;
                continue;
            }
            if (h->kind == LK_HONORIFIC) {
                j += l;
                if (j < sc->s1 && tok_eq(&T[j], "."))
                    j++;
                continue;
            }
            break; /* an office: the head */
        }
        if (tok_in(&T[j], W_OFFICE_PREMODS)) {
            size_t f = j;
            while (f < sc->s1 && tok_in(&T[f], W_OFFICE_PREMODS))
                f++;
            if (!is_kind(sc, f, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL,
                         NULL))
                break;
            size_t k0 = j;
            while (k0 < f && !tok_in(&T[k0], W_KEEP))
                k0++;
            if (k0 < f)
                prefix = span_str(sc, k0, f);
            j = f;
            continue;
        }
        break;
    }
    if (j >= sc->s1)
        return i;
    if (is_kind(sc, j, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), &l, &h)) {
        const lex_office *of = &sc->lx->offices[h->idx];
        oi->plural = h->kind == LK_OFFICE_PL;
        oi->role = prefix ? arena_printf(sc->a, "%s %s", prefix, of->role)
                          : of->role;
        oi->agent = of->agent;
        implied_org = of->org;
        oi->title = fold_span(sc, j, j + l);
        j += l;
    } else if (tok_in(&T[j], W_GENERIC_HEADS) &&
               (premods || oi->possessor)) {
        oi->generic = 1;
        oi->counterpart = tok_eq(&T[j], "counterpart") ||
                          tok_eq(&T[j], "counterparts");
        oi->plural = T[j].fold[T[j].fold_len - 1] == 's' &&
                     !tok_eq(&T[j], "authorities");
        oi->agent = "GOV";
        j++;
    } else {
        return i;
    }
    if (!oi->plural)
        j = office_post(sc, j, oi, depth);
    /* the organisation an office implies ("High Commissioner for
     * Refugees": UNHCR) counts when nothing in the text named one */
    if (implied_org && !oi->org && !oi->country)
        oi->org = implied_org;
    /* Compound offices: "Deputy Prime Minister – Minister of Foreign
     * Affairs", "Deputy Prime Minister and Foreign Minister", "Special
     * Representative ... and Head of the UNRCCA". The last office names
     * the role; country and organisation carry over. */
    while (!oi->plural && !oi->generic && j + 1 < sc->s1 &&
           (tok_eq(&T[j], "-") || tok_eq(&T[j], "and") || tok_eq(&T[j], ","))) {
        office_info next;
        size_t k = j + 1;
        if (tok_eq(&T[j], ",") && tok_in(&T[k], W_DETERMINERS))
            break;
        size_t e = parse_office(sc, k, &next, depth + 1);
        if (e == k || next.plural || next.generic)
            break;
        if (!next.country && !next.org) {
            /* keep the role of a specific office over a bare "Head" */
            if (!(next.role && !strcmp(next.role, "Head")))
                oi->role = next.role, oi->agent = next.agent;
        } else {
            if (!(next.role && !strcmp(next.role, "Head")))
                oi->role = next.role, oi->agent = next.agent;
            if (next.country)
                oi->country = next.country;
            if (next.org)
                oi->org = next.org;
        }
        if (next.portfolio)
            oi->portfolio = next.portfolio;
        j = e;
    }
    return j;
}

static actor *new_actors(const scan *sc, int n)
{
    actor *a = arena_zalloc(sc->a, (size_t)n * sizeof *a);
    if (a)
        for (int i = 0; i < n; i++)
            a[i].entity = -1;
    return a;
}

static void fill_from_office(const scan *sc, actor *ac, const office_info *oi)
{
    ac->role = oi->portfolio && oi->role
                   ? arena_printf(sc->a, "%s for %s", oi->role, oi->portfolio)
                   : oi->role;
    ac->agent = oi->agent;
    ac->country = oi->country;
    ac->org = oi->org;
    ac->title = oi->title;
    ac->host = oi->host;
    if (ac->org && ac->country && oi->role && !strstr(oi->role, "Ambassador") &&
        !strstr(oi->role, "Representative"))
        ac->country = NULL; /* "the Kazakh head of the SCO": the org rules */
}

static mention *add_mention(const scan *sc, mvec *mv, size_t t0, size_t t1,
                            int kind, int nact)
{
    if (mv->n == mv->cap) {
        int cap = mv->cap ? mv->cap * 2 : 16;
        mention *v = arena_alloc(sc->a, (size_t)cap * sizeof *v);
        if (!v)
            return NULL;
        if (mv->n)
            memcpy(v, mv->v, (size_t)mv->n * sizeof *v);
        mv->v = v;
        mv->cap = cap;
    }
    mention *m = &mv->v[mv->n++];
    memset(m, 0, sizeof *m);
    m->t0 = (uint32_t)t0;
    m->t1 = (uint32_t)t1;
    m->kind = kind;
    m->nact = nact;
    if (nact) {
        m->acts = new_actors(sc, nact);
        if (!m->acts)
            return NULL;
        for (int k = 0; k < nact; k++) {
            m->acts[k].t0 = (uint32_t)t0;
            m->acts[k].t1 = (uint32_t)t1;
        }
    }
    return m;
}

/* "Foreign Ministers of Spain José Albares, Latvia Baiba Braže, …" and
 * "the heads of the foreign ministries of Indonesia, Retno Marsudi;
 * Vietnam, Bui Thanh Son; …". Returns the end, with one actor per item. */
static size_t parse_office_list(const scan *sc, size_t j, const office_info *oi,
                                actor *items, int *nitems, int max)
{
    const token *T = sc->toks;
    *nitems = 0;
    if (j >= sc->s1 || !(tok_eq(&T[j], "of") || tok_eq(&T[j], "from")))
        return j;
    size_t k = skip_det(sc, j + 1), end = j;
    /* "the foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov
     * and Ararat Mirzoyan": countries, then as many names, in order */
    {
        const char *cs[16];
        size_t c0[16], c1[16], q = k, l;
        int nc = 0;
        while (nc < 16 && q < sc->s1) {
            const char *c = country_at(sc, q, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
            if (!c)
                break;
            cs[nc] = c;
            c0[nc] = q;
            c1[nc++] = q + l;
            q += l;
            if (q < sc->s1 && tok_eq(&T[q], ",") && q + 1 < sc->s1 &&
                country_at(sc, q + 1, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL)))
                q++;
            else if (q < sc->s1 && tok_eq(&T[q], "and"))
                q++;
            else if (q + 1 < sc->s1 && tok_eq(&T[q], ",") && tok_eq(&T[q + 1], "and"))
                q += 2;
            else
                break;
        }
        if (nc >= 2 && q < sc->s1 && tok_eq(&T[q], ",")) {
            size_t names0[16], names1[16], n0, r = q + 1;
            int nn = 0;
            while (nn < nc && r < sc->s1) {
                size_t ne = parse_name(sc, r, &n0);
                if (ne == r)
                    break;
                names0[nn] = n0;
                names1[nn++] = ne;
                r = ne;
                if (nn < nc && r < sc->s1 && (tok_eq(&T[r], ",") || tok_eq(&T[r], "and")))
                    r += (r + 1 < sc->s1 && tok_eq(&T[r], ",") && tok_eq(&T[r + 1], "and")) ? 2 : 1;
            }
            if (nn == nc && nc <= max) {
                for (int x = 0; x < nc; x++) {
                    actor *ac = &items[(*nitems)++];
                    memset(ac, 0, sizeof *ac);
                    ac->entity = -1;
                    ac->role = oi->role;
                    ac->agent = oi->agent;
                    ac->country = cs[x];
                    set_name(sc, ac, names0[x], names1[x]);
                    ac->t0 = (uint32_t)c0[x];
                    ac->t1 = (uint32_t)c1[x];
                }
                return names1[nc - 1];
            }
        }
    }
    while (k < sc->s1 && *nitems < max) {
        size_t l, n0;
        size_t item0 = k;
        const char *c = country_at(sc, k, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
        const char *o = c ? NULL : org_at(sc, k, &l);
        if (!c && !o)
            break;
        k += l;
        if (k < sc->s1 && tok_eq(&T[k], ","))
            k++;
        size_t ne = parse_name(sc, k, &n0);
        actor *ac = &items[(*nitems)++];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->role = oi->role;
        ac->agent = oi->agent;
        ac->country = c;
        ac->org = o;
        ac->t0 = (uint32_t)item0;
        if (ne > k) {
            set_name(sc, ac, n0, ne);
            k = ne;
        } else if (k > 0 && tok_eq(&T[k - 1], ",")) {
            k--; /* the comma separates items */
        }
        ac->t1 = (uint32_t)k;
        end = k;
        /* separators: "," ";" "and" ", and" "; and" */
        size_t s = k;
        while (s < sc->s1 && (tok_eq(&T[s], ",") || tok_eq(&T[s], ";") ||
                              tok_eq(&T[s], "and")))
            s++;
        if (s == k)
            break;
        k = s;
    }
    return end;
}

/* Whether a capital at i names a place rather than a government: after a
 * locative preposition ("in Vienna", "a visit to Vienna"), unless the
 * preposition ends a trigger that takes a government ("recalled its
 * ambassador from Tallinn"). */
static int capital_is_place(const scan *sc, size_t i)
{
    if (i == sc->s0 || !tok_in(&sc->toks[i - 1], W_LOC))
        return 0;
    for (size_t b = i - 1; b > sc->s0 && b + 7 > i; b--) {
        const token *v = &sc->toks[b - 1];
        if (v->tag != ST_VERB)
            continue;
        uint32_t link = grammar_patterns(sc->lx, v->hash);
        int trigger = 0;
        for (const lex_pattern *p; (p = grammar_pattern(sc->lx, &link));) {
            const lex_frame *fr = grammar_frame(sc->lx, p->frame);
            if (fr->flags & FR_PLACE)
                return 1;
            trigger |= !(fr->flags & FR_REPORT);
        }
        return !trigger;
    }
    return 1;
}

/* Countries and organisations in a coordination: "Israel and Palestine",
 * "Kazakhstan, Uzbekistan and the EU". Returns the end. */
static size_t parse_entity_list(const scan *sc, size_t j, actor *items,
                                int *nitems, int max)
{
    const token *T = sc->toks;
    *nitems = 0;
    size_t k = j, end = j;
    while (k < sc->s1 && *nitems < max) {
        size_t l;
        size_t s = skip_det(sc, k);
        const char *c = country_at(sc, s, &l, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL));
        const char *o = c ? NULL : org_at(sc, s, &l);
        if (!c && !o)
            break;
        size_t lc;
        /* "in Tehran" is a place; "Tehran's execution" a government */
        if (c && !is_kind(sc, s, LK_BIT(LK_COUNTRY), &lc, NULL) &&
            !(s + l < sc->s1 && (T[s + l].flags & TOK_POSS)) && capital_is_place(sc, s))
            break;
        actor *ac = &items[(*nitems)++];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->country = c;
        ac->org = o;
        ac->t0 = (uint32_t)s;
        k = s + l;
        if (o)
            k = paren_acronym(sc, k, &ac->org);
        ac->t1 = (uint32_t)k;
        end = k;
        if (k < sc->s1 && (T[k].flags & TOK_POSS))
            break;
        size_t sep = k;
        if (sep < sc->s1 && tok_eq(&T[sep], ","))
            sep++;
        if (sep < sc->s1 && tok_eq(&T[sep], "and"))
            sep++;
        if (sep == k)
            break;
        size_t s2 = skip_det(sc, sep);
        if (!is_kind(sc, s2, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG),
                     NULL, NULL))
            break;
        /* "Kazakhstan and the UN Secretary-General": not a plain list */
        size_t l2 = 0;
        is_kind(sc, s2, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG), &l2, NULL);
        if (is_kind(sc, s2 + l2, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL), NULL, NULL))
            break;
        k = sep;
    }
    return end;
}

/* An organisation the lexicon does not know, named with its acronym in
 * brackets: capitalised words (with "of", "for", "and", "the" between)
 * then "(XYZ)". Returns the end (after ")"), or i; *acr is the acronym. */
static size_t bracket_org(const scan *sc, size_t i, const char **acr)
{
    const token *T = sc->toks;
    size_t k = i, words = 0;
    while (k < sc->s1) {
        if (cap_word(&T[k]) && !(T[k].flags & TOK_ALLCAPS)) {
            k++;
            words++;
        } else if (words && (tok_eq(&T[k], "of") || tok_eq(&T[k], "for") ||
                             tok_eq(&T[k], "and") || tok_eq(&T[k], "the")) &&
                   k + 1 < sc->s1 && cap_word(&T[k + 1])) {
            k++;
        } else {
            break;
        }
    }
    if (words < 2 || k + 2 >= sc->s1 || !tok_eq(&T[k], "(") ||
        !(T[k + 1].flags & TOK_ALLCAPS) || T[k + 1].fold_len > 8 ||
        !tok_eq(&T[k + 2], ")"))
        return i;
    *acr = span_str(sc, k + 1, k + 2);
    return *acr ? k + 3 : i;
}

/* An acronym registered by bracket_org earlier in the document. */
static const char *known_acronym(const scan *sc, const token *t)
{
    if (!(t->flags & TOK_ALLCAPS))
        return NULL;
    for (int k = 0; k < sc->st->nacr; k++)
        if (sc->st->acr[k].h == t->hash)
            return sc->st->acr[k].org;
    return NULL;
}

/* Whether the unknown name [i, ne) stands where only a person can: after
 * a noun for people ("lawyer Ines Trabelsi"), before ", who" or an
 * apposition with an article (", a lawyer"), before a verb of saying
 * ("Kiprono said"), after "said" ("…, said Maria Zakharova"). *role is
 * the office the noun before it names, if any. */
static int person_context(const scan *sc, size_t i, size_t ne, const char **role)
{
    const token *T = sc->toks;
    *role = NULL;
    for (size_t k = i; k < ne; k++)
        if (is_kind(sc, k, LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG) |
                              LK_BIT(LK_PLACE), NULL, NULL))
            return 0; /* "Port Sudan", "Kuwait City" */
    if (i > sc->s0 && tok_in(&T[i - 1], W_PERSON_NOUNS) && !(T[i - 1].flags & TOK_CAP)) {
        const lex_hit *h;
        if (match_at(sc, i - 1, LK_BIT(LK_OFFICE), &h) == 1)
            *role = sc->lx->offices[h->idx].role;
        return 1;
    }
    if (i > sc->s0 && (tok_eq(&T[i - 1], "said") || tok_eq(&T[i - 1], "says")))
        return 1;
    if (ne < sc->s1 && tok_in(&T[ne], W_PERSON_CUES))
        return 1;
    if (ne + 1 < sc->s1 && tok_eq(&T[ne], ",") &&
        (tok_in(&T[ne + 1], W_PERSON_CUES) || tok_eq(&T[ne + 1], "a") ||
         tok_eq(&T[ne + 1], "an")))
        return 1;
    return 0;
}

/* Whether an organisation is an armed group: its CAMEO code says REB or
 * IMG. */
static int armed_org(const parley_lexicon *lx, const char *acronym)
{
    int o = lexicon_org(lx, acronym);
    const char *c = o >= 0 ? lx->orgs[o].cameo : NULL;
    return c && (strstr(c, "REB") || !strncmp(c, "IMG", 3));
}

/* Closed-class words after which a country or organisation is still an
 * actor; any other word makes it a noun modifier ("the UN programme"). */
static int modifier_follows(const scan *sc, size_t e)
{
    if (e >= sc->s1)
        return 0;
    const token *t = &sc->toks[e];
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_POSS))
        return 0;
    if (tok_in(t, W_ACTOR_OK))
        return 0;
    /* a verb right after: "Kazakhstan welcomed" */
    if (t->tag == ST_VERB || t->tag == ST_AUX || t->tag == ST_MODAL)
        return 0;
    /* a lower-case past tense right after is a verb: "Kazakhstan
     * welcomed"; any other word makes the name a modifier */
    if (!(t->flags & TOK_CAP) && t->fold_len > 3 &&
        !strcmp(t->fold + t->fold_len - 2, "ed"))
        return 0;
    return 1;
}



/* A body's name in capitals from k on: words of the name (with "and",
 * "of", "for", "&" between), after modifiers like "Bahrain-based", ending
 * with a noun of the "org-heads" or "unit-heads" list, and not one office
 * or organisation of the lexicon. Returns its end and sets *mil for a
 * military unit's name, or returns k. */
static size_t named_body(const scan *sc, size_t k, int *mil)
{
    const token *T = sc->toks;
    size_t k0 = k, end = k, l;
    *mil = 0;
    /* "Bahrain-based": a compound whose last part is in lower case */
    while (k < sc->s1 && (T[k].flags & TOK_CAP) && strchr(T[k].fold, '-')) {
        const char *raw = sc->td->text + T[k].start;
        const char *dash = memchr(raw, '-', T[k].end - T[k].start);
        if (!dash || !(dash[1] >= 'a' && dash[1] <= 'z'))
            break;
        k++;
    }
    size_t start = k;
    end = k;
    while (k < sc->s1) {
        if ((T[k].flags & TOK_WORD) && (T[k].flags & TOK_CAP) && !(T[k].flags & TOK_POSS)) {
            if (tok_in(&T[k], W_ORG_HEADS) || tok_in(&T[k], W_UNIT_HEADS)) {
                end = k + 1;
                *mil = tok_in(&T[k], W_UNIT_HEADS);
            }
            k++;
        } else if ((tok_eq(&T[k], "and") || tok_eq(&T[k], "of") || tok_eq(&T[k], "for") ||
                    tok_eq(&T[k], "&")) &&
                   k + 1 < sc->s1 && (T[k + 1].flags & TOK_CAP)) {
            k++;
        } else {
            break;
        }
    }
    if (end == start || (is_kind(sc, start, LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) |
                                                  LK_BIT(LK_ORG), &l, NULL) &&
                         start + l >= end))
        return k0;
    return end;
}

/* "the Saudi-run King Salman Humanitarian Aid and Relief Centre", "U.S.
 * Africa Command": a country's adjective or name, then a body's name: an
 * institution of that country. Returns its end and sets *country and
 * *mil, or returns i. */
static size_t institution(const scan *sc, size_t i, const char **country, int *mil)
{
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    if (!is_kind(sc, j, LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY), &l, &h))
        return i;
    size_t e = named_body(sc, j + l, mil);
    if (e <= j + l)
        return i;
    *country = sc->lx->countries[h->idx].iso3;
    return e;
}

/* "Philippine and American troops", "Russian, Chinese and Iranian
 * diplomats": country adjectives joined by commas and "and" before a
 * plural office. Returns the end, or i; items get one actor each. */
static size_t adjective_list(const scan *sc, size_t i, actor *items, int *n, int max)
{
    const token *T = sc->toks;
    size_t j = skip_det(sc, i), l;
    const lex_hit *h;
    const char *c[32];
    int k = 0, joined = 0;
    size_t last = j;
    while (k < max && k < 32 && is_kind(sc, j, LK_BIT(LK_ADJ), &l, &h) && h->kind == LK_ADJ) {
        c[k++] = sc->lx->countries[h->idx].iso3;
        last = j;
        j += l;
        if (j < sc->s1 && tok_eq(&T[j], ",") && k < 31)
            j++;
        else if (j < sc->s1 && tok_eq(&T[j], "and") && !joined)
            j++, joined = 1;
        else
            break;
    }
    office_info oi;
    size_t e;
    if (k < 2 || !joined || (e = parse_office(sc, last, &oi, 0)) == last || !oi.plural ||
        !oi.country)
        return i;
    c[k - 1] = oi.country;
    for (int q = 0; q < k; q++) {
        actor *ac = &items[q];
        memset(ac, 0, sizeof *ac);
        ac->entity = -1;
        ac->country = c[q];
        ac->role = oi.role;
        ac->agent = oi.agent;
        ac->t0 = (uint32_t)i;
        ac->t1 = (uint32_t)e;
    }
    *n = k;
    return e;
}

/* Whether no mention can start at t: a lower-case word or a symbol that
 * starts no dictionary phrase of an actor's kinds and is none of the
 * lower_starters. One test instead of each branch's. */
static int inert(const token *t)
{
    if (t->flags & (TOK_CAP | TOK_NUM))
        return 0;
    if (!(t->lexkinds & LEX_ANNOTATED) ||
        (t->lexkinds & (ACTOR_KINDS | LK_BIT(LK_PERSON) | LK_BIT(LK_PLACE) |
                        LK_BIT(LK_VENUE))))
        return 0;
    return !tok_in(t, W_LOWER_STARTERS);
}

int mentions_find(arena *a, const parley_lexicon *lx, const text_doc *td,
                  uint32_t s0, uint32_t s1, coref_state *st, mention **out)
{
    mvec mv = {0};
    scan sc = {a, lx, td, td->toks, s0, s1, st, &mv};
    const token *T = td->toks;
    actor items[32];
    uint32_t sent = T[s0].sent;
    size_t i = s0;
    /* "taken to Iran, where a revolutionary court sentenced him": the
     * offices of a "where" clause are that place's */
    const char *where_cc = NULL;
    while (i < s1) {
        const token *t = &T[i];
        if (tok_eq(t, "where") && i > s0 + 1 && tok_eq(&T[i - 1], ",")) {
            const char *c = NULL;
            if (mv.n && mv.v[mv.n - 1].t1 + 1 == i && mv.v[mv.n - 1].nact == 1 &&
                !mv.v[mv.n - 1].acts[0].name)
                c = mv.v[mv.n - 1].acts[0].country;
            for (size_t b = i - 1; !c && b > s0 && b + 4 > i; b--) {
                const lex_hit *h;
                size_t pl = match_at(&sc, b, LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL), &h);
                if (pl && b + pl + 1 == i)
                    c = h->kind == LK_PLACE ? lx->places[h->idx].iso3
                                            : lx->countries[h->idx].iso3;
            }
            where_cc = c;
        }
        if (inert(t)) {
            i++;
            continue;
        }
        int prep = i > s0 ? prep_code(&T[i - 1]) : P_NONE;
        if (i > s0 + 1 && tok_in(&T[i - 1], W_DETERMINERS))
            prep = prep_code(&T[i - 2]);
        size_t l, n0;
        office_info oi;
        mention *m = NULL;

        /* pronouns, groups, "the latter", "our country" */
        /* "HE" is His Excellency, not "he" */
        if (tok_in(t, W_PRON) && !(t->flags & TOK_ALLCAPS)) {
            m = add_mention(&sc, &mv, i, i + 1, MK_PRONOUN, 0);
            if (!m)
                return -1;
            m->prep = prep;
            i++;
            continue;
        }
        if (tok_in(t, W_SELF) && !(t->flags & TOK_ALLCAPS)) {
            /* the speaker of a quotation: not resolved, but the subject */
            m = add_mention(&sc, &mv, i, i + 1, MK_PRONOUN, 0);
            if (!m)
                return -1;
            m->prep = prep;
            m->possessive = -1; /* marks first person; see below */
            i++;
            continue;
        }
        if (tok_in(t, W_THEY)) {
            m = add_mention(&sc, &mv, i, i + 1, MK_GROUP, 0);
            if (!m)
                return -1;
            m->prep = prep;
            i++;
            continue;
        }
        if (tok_in(t, W_HIS) && i + 1 < s1 && tok_eq(&T[i + 1], "interlocutor")) {
            m = add_mention(&sc, &mv, i, i + 2, MK_GROUP, 0);
            if (!m)
                return -1;
            m->prep = prep;
            i += 2;
            continue;
        }
        if ((tok_eq(t, "the") || tok_eq(t, "both")) && i + 1 < s1) {
            size_t k = i + 1;
            if (tok_eq(&T[k], "two") && k + 1 < s1)
                k++;
            if (tok_in(&T[k], W_GROUP_NOUNS) && !tok_eq(&T[k], "two") &&
                !(k + 1 < s1 && tok_eq(&T[k + 1], "of"))) {
                m = add_mention(&sc, &mv, i, k + 1, MK_GROUP, 0);
                if (!m)
                    return -1;
                m->prep = prep;
                i = k + 1;
                continue;
            }
            if (tok_eq(t, "the") && (tok_eq(&T[k], "latter") || tok_eq(&T[k], "former"))) {
                m = add_mention(&sc, &mv, i, k + 1,
                                tok_eq(&T[k], "latter") ? MK_LATTER : MK_FORMER, 0);
                if (!m)
                    return -1;
                m->prep = prep;
                i = k + 1;
                continue;
            }
        }
        if (tok_in(t, W_HOME_DET) && i + 1 < s1 && tok_in(&T[i + 1], W_HOME_NOUN) &&
            !(tok_eq(t, "the") && (tok_eq(&T[i + 1], "state") || tok_eq(&T[i + 1], "nation"))) &&
            !(i + 2 < s1 && (T[i + 2].flags & TOK_WORD) && !(T[i + 2].flags & TOK_POSS) &&
              !(T[i + 2].flags & TOK_CAP) && !prep_code(&T[i + 2]) &&
              !tok_eq(&T[i + 2], "and") && !tok_eq(&T[i + 2], "is") &&
              !tok_eq(&T[i + 2], "was") && !tok_eq(&T[i + 2], "has") &&
              T[i + 2].fold[T[i + 2].fold_len - 1] != 'd' &&
              T[i + 2].fold[T[i + 2].fold_len - 1] != 's') &&
            (!tok_eq(t, "the") || !(T[i + 1].flags & TOK_CAP) ||
             tok_eq(&T[i + 1], "kingdom") || tok_eq(&T[i + 1], "republic")) &&
            !(i + 2 < s1 && (tok_eq(&T[i + 2], "of") || name_token(&sc, i + 2) ||
                             is_kind(&sc, i + 2, LK_BIT(LK_OFFICE), NULL, NULL)))) {
            if (st->home) {
                m = add_mention(&sc, &mv, i, i + 2, MK_HOME, 1);
                if (!m)
                    return -1;
                m->acts[0].country = st->home;
                m->prep = prep;
                if (i + 2 < s1 && (T[i + 2].flags & TOK_POSS))
                    m->possessive = 1;
            }
            i += 2;
            continue;
        }

        /* "the group", "the militants": the armed group named last */
        if (tok_eq(t, "the") && i + 1 < s1 && tok_in(&T[i + 1], W_ARMED_NOUNS) &&
            st->last_armed && !(i + 2 < s1 && tok_eq(&T[i + 2], "of"))) {
            m = add_mention(&sc, &mv, i, i + 2, MK_ORG, 1);
            if (!m)
                return -1;
            m->acts[0].org = st->last_armed;
            m->prep = prep;
            i += 2;
            continue;
        }
        /* an organisation named with its acronym: "the Movement for
         * Democratic Renewal (MDR)", later "the MDR" */
        {
            const char *acr = NULL;
            size_t j0 = skip_det(&sc, i);
            size_t be = j0;
            /* only what the lexicon does not know; "the MDR spokesman" is
             * an office */
            /* "the Nigeria Labour Congress (NLC)": a name that begins
             * with a country's is the organisation's when the brackets
             * hold an acronym the lexicon does not know */
            if (j0 < s1 && (T[j0].flags & TOK_CAP) &&
                (be = bracket_org(&sc, j0, &acr)) > j0 &&
                !is_kind(&sc, be - 2, LK_BIT(LK_ORG), NULL, NULL)) {
                /* accepted below */
            } else {
                acr = NULL;
                be = j0;
            }
            if (!acr && j0 < s1 && !is_kind(&sc, j0, ACTOR_KINDS, NULL, NULL)) {
                if (!acr && (acr = known_acronym(&sc, &T[j0])))
                    be = j0 + 1;
                if (acr && be - 3 > j0 && is_kind(&sc, be - 2, LK_BIT(LK_ORG), NULL, NULL))
                    acr = NULL;
                if (acr && be < s1 && is_kind(&sc, be, LK_BIT(LK_OFFICE), NULL, NULL))
                    acr = NULL;
            }
            if (acr && be > j0) {
                m = add_mention(&sc, &mv, i, be, MK_ORG, 1);
                if (!m)
                    return -1;
                m->acts[0].org = acr;
                m->prep = prep;
                if (be < s1 && (T[be].flags & TOK_POSS)) {
                    m->possessive = 1;
                    be++;
                }
                if (!known_acronym(&sc, &T[be - 2 < s1 ? be - 2 : j0]) &&
                    st->nacr < ACRONYMS && T[j0].flags & TOK_CAP) {
                    /* remember it: the token inside the brackets */
                    for (size_t q = j0; q < be; q++)
                        if (tok_eq(&T[q], "(") && q + 1 < be) {
                            st->acr[st->nacr].h = T[q + 1].hash;
                            st->acr[st->nacr].org = acr;
                            st->nacr++;
                            break;
                        }
                }
                i = be;
                continue;
            }
        }

        /* institutions named after their country */
        {
            const char *country = NULL, *org = NULL, *agent = NULL;
            int mil = 0;
            size_t ie = institution(&sc, i, &country, &mil);
            /* "Iran's Revolutionary Guards", "the U.S. Navy's Fifth Fleet" */
            const mention *pm = mv.n ? &mv.v[mv.n - 1] : NULL;
            if (ie == i && pm && pm->possessive && pm->nact == 1 && i > s0 &&
                (T[i - 1].flags & TOK_POSS) && pm->t1 + 1 == i &&
                (ie = named_body(&sc, i, &mil)) > i) {
                country = pm->acts[0].country;
                org = pm->acts[0].org;
                agent = pm->acts[0].agent;
            }
            if (ie > i) {
                m = add_mention(&sc, &mv, i, ie, org && !country ? MK_ORG : MK_COUNTRY, 1);
                if (!m)
                    return -1;
                m->acts[0].country = country;
                m->acts[0].org = org;
                m->acts[0].agent = mil ? "MIL" : agent;
                m->prep = prep;
                if (ie < s1 && (T[ie].flags & TOK_POSS)) {
                    m->possessive = 1;
                    ie++;
                }
                i = ie;
                continue;
            }
        }

        /* "Philippine and American troops": one office of each country */
        {
            int n;
            size_t le = adjective_list(&sc, i, items, &n, 32);
            if (le > i) {
                m = add_mention(&sc, &mv, i, le, MK_COUNTRY, n);
                if (!m)
                    return -1;
                for (int k = 0; k < n; k++)
                    m->acts[k] = items[k];
                m->prep = prep;
                i = le;
                continue;
            }
        }

        /* office chunks, with or without a name */
        size_t e = parse_office(&sc, i, &oi, 0);
        if (e > i) {
            if (oi.plural || (oi.generic && oi.counterpart && e < s1 &&
                              tok_eq(&T[e], "from"))) {
                if (oi.counterpart && !oi.role)
                    for (int q = st->nents - 1; q >= 0 && !oi.role; q--)
                        oi.role = st->ents[q].role;
                int n;
                size_t le = parse_office_list(&sc, e, &oi, items, &n, 32);
                if (n) {
                    m = add_mention(&sc, &mv, i, le, MK_PERSON, n);
                    if (!m)
                        return -1;
                    for (int k = 0; k < n; k++) {
                        items[k].entity = -1;
                        m->acts[k] = items[k];
                        coref_person(a, lx, td, st, &m->acts[k], sent);
                    }
                    m->prep = prep;
                    i = le;
                    continue;
                }
                /* "trade unions", "protesters" with no state: the
                 * document's home country's */
                int sector = oi.agent && strcmp(oi.agent, "GOV") && st->home;
                if (oi.country || oi.org || sector) {
                    /* "two Russian diplomats": that country's officials */
                    m = add_mention(&sc, &mv, i, e, MK_COUNTRY, 1);
                    if (!m)
                        return -1;
                    m->acts[0].country = oi.country || oi.org ? oi.country
                                         : where_cc ? where_cc : st->home;
                    m->acts[0].org = oi.org;
                    m->acts[0].agent = oi.agent;
                    m->prep = prep;
                    i = e;
                    continue;
                }
                /* "Foreign Ministers" with no list: a group */
                m = add_mention(&sc, &mv, i, e, MK_GROUP, 0);
                if (!m)
                    return -1;
                m->prep = prep;
                i = e;
                continue;
            }
            size_t ne = parse_name(&sc, e, &n0), nm_end = e;
            int named = ne > e;
            if (!named && e + 1 < s1 && tok_in(&T[e], W_PERSON_NOUNS) &&
                !(T[e].flags & TOK_CAP)) {
                /* "opposition politician Hichem Ben Salah" */
                ne = parse_name(&sc, e + 1, &n0);
                named = ne > e + 1;
            }
            if (!named && e + 1 < s1 && tok_eq(&T[e], ",")) {
                /* apposition: "the UN Under-Secretary-General for Legal
                 * Affairs, Miguel de Serpa Soares, …" */
                ne = parse_name(&sc, e + 1, &n0);
                if (ne > e + 1 && (ne >= s1 || tok_eq(&T[ne], ",") ||
                                   tok_eq(&T[ne], ".") || tok_eq(&T[ne], ")") ||
                                   !(T[ne].flags & TOK_CAP)))
                    named = 1;
            }
            if (named)
                nm_end = ne;
            m = add_mention(&sc, &mv, i, nm_end, named ? MK_PERSON : MK_OFFICE, 1);
            if (!m)
                return -1;
            m->prep = prep;
            fill_from_office(&sc, &m->acts[0], &oi);
            if (!oi.country && !oi.org && where_cc)
                m->acts[0].country = where_cc;
            if (named)
                set_name(&sc, &m->acts[0], n0, ne);
            if (oi.counterpart && !named)
                m->kind = MK_OFFICE;
            if (oi.counterpart && !m->acts[0].role && st->last_subject >= 0)
                m->acts[0].role = st->ents[st->last_subject].role;
            if (oi.generic && !named && !oi.counterpart) {
                /* "the Kazakh side", "the Kazakh diplomat" */
                int person_noun = tok_eq(&T[e - 1], "diplomat") ||
                                  tok_eq(&T[e - 1], "official") ||
                                  tok_eq(&T[e - 1], "minister") ||
                                  tok_eq(&T[e - 1], "president") ||
                                  tok_eq(&T[e - 1], "envoy") ||
                                  tok_eq(&T[e - 1], "leader");
                m->kind = person_noun ? MK_OFFICE : MK_COUNTRY;
                if (!person_noun)
                    m->acts[0].role = NULL;
                if (!m->acts[0].country && !m->acts[0].org) {
                    mv.n--; /* "his delegation": nothing to resolve */
                    i = e;
                    continue;
                }
            }
            if (m->kind != MK_COUNTRY)
                coref_person(a, lx, td, st, &m->acts[0], sent);
            if (m->acts[0].org)
                st->last_org = m->acts[0].org;
            /* "army drones": an office before a noun modifies it */
            if (!named && nm_end < s1 && T[nm_end].tag == ST_NOUN &&
                !(T[nm_end].flags & TOK_CAP) && modifier_follows(&sc, nm_end))
                m->modifier = 1;
            /* "the Secretary-General's meeting with …" */
            if (nm_end < s1 && (T[nm_end].flags & TOK_POSS)) {
                m->possessive = 1;
                nm_end++;
            }
            i = nm_end;
            continue;
        }

        /* a place is no person: "Bandar Abbas" */
        {
            const lex_hit *ph, *pp;
            size_t pl = match_at(&sc, i, LK_BIT(LK_PLACE), &ph);
            if (pl > 1 && match_at(&sc, i, LK_BIT(LK_PERSON), &pp) < pl) {
                i += pl;
                continue;
            }
        }

        /* a name followed by its office: "Daren Tang, Director General of
         * the World Intellectual Property Organization (WIPO)" */
        size_t ne = parse_name(&sc, i, &n0);
        if (ne > i) {
            size_t oe = ne;
            office_info post = {0};
            int has_office = 0;
            if (ne + 1 < s1 && tok_eq(&T[ne], ",")) {
                oe = parse_office(&sc, ne + 1, &post, 0);
                size_t dummy;
                has_office = oe > ne + 1 && !post.plural && !post.generic &&
                             parse_name(&sc, oe, &dummy) == oe;
            }
            int known = is_kind(&sc, n0, LK_BIT(LK_PERSON), NULL, NULL);
            /* an unknown name is a person's where the text says so: "lawyer
             * Ines Trabelsi", "Ben Salah, who …", "Kiprono said" */
            const char *cue_role = NULL;
            if (!has_office && !known && ne - n0 >= 2 && !(T[n0].flags & TOK_ALLCAPS) &&
                person_context(&sc, i, ne, &cue_role)) {
                m = add_mention(&sc, &mv, i, ne, MK_PERSON, 1);
                if (!m)
                    return -1;
                m->prep = prep;
                set_name(&sc, &m->acts[0], n0, ne);
                m->acts[0].role = cue_role;
                /* "Karim Abadi, a German engineer": the apposition's
                 * nationality */
                if (ne + 2 < s1 && tok_eq(&T[ne], ",") &&
                    (tok_eq(&T[ne + 1], "a") || tok_eq(&T[ne + 1], "an")))
                    for (size_t k = ne + 2, la; k < ne + 5 && k < s1; k++) {
                        const lex_hit *h;
                        if (is_kind(&sc, k, LK_BIT(LK_ADJ), &la, &h) && h->kind == LK_ADJ) {
                            m->acts[0].country = lx->countries[h->idx].iso3;
                            break;
                        }
                    }
                coref_person(a, lx, td, st, &m->acts[0], sent);
                if (!m->acts[0].country && !m->acts[0].org)
                    m->acts[0].country = st->home;
                if (m->acts[0].entity >= 0 && m->acts[0].entity < st->nents &&
                    !st->ents[m->acts[0].entity].country && !st->ents[m->acts[0].entity].org)
                    st->ents[m->acts[0].entity].country = m->acts[0].country;
                if (ne < s1 && (T[ne].flags & TOK_POSS)) {
                    m->possessive = 1;
                    ne++;
                }
                i = ne;
                continue;
            }
            if (!has_office && !known) {
                /* a bare name: a person of this document by surname */
                int ent = -1;
                const token *last = &T[ne - 1];
                for (int k = st->nents - 1; k >= 0; k--)
                    if (st->ents[k].surname &&
                        !strcmp(st->ents[k].surname, last->fold)) {
                        ent = k;
                        break;
                    }
                if (ent < 0) {
                    i = ne;
                    continue;
                }
            }
            m = add_mention(&sc, &mv, i, has_office ? oe : ne, MK_PERSON, 1);
            if (!m)
                return -1;
            m->prep = prep;
            if (has_office)
                fill_from_office(&sc, &m->acts[0], &post);
            set_name(&sc, &m->acts[0], n0, ne);
            coref_person(a, lx, td, st, &m->acts[0], sent);
            if (m->acts[0].org)
                st->last_org = m->acts[0].org;
            i = has_office ? oe : ne;
            continue;
        }

        /* a dateline ("VILNIUS, Feb. 4 --", "ASTANA –") is a place */
        if (i == s0 && is_kind(&sc, i, LK_BIT(LK_CAPITAL) | LK_BIT(LK_PLACE), &l, NULL) &&
            i + l < s1 && (tok_eq(&T[i + l], ",") || tok_eq(&T[i + l], "-"))) {
            i += l;
            continue;
        }
        /* countries and organisations, alone or listed */
        if (is_kind(&sc, skip_det(&sc, i),
                    LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL) | LK_BIT(LK_ORG), &l,
                    NULL)) {
            int n;
            size_t le = parse_entity_list(&sc, i, items, &n, 32);
            if (n) {
                int poss = le < s1 && (T[le].flags & TOK_POSS);
                int mod = !poss && n == 1 && modifier_follows(&sc, le);
                m = add_mention(&sc, &mv, i, le, items[0].org && n == 1 ? MK_ORG : MK_COUNTRY, n);
                if (!m)
                    return -1;
                for (int k = 0; k < n; k++)
                    m->acts[k] = items[k];
                m->prep = prep;
                m->possessive = poss;
                m->modifier = mod;
                if (items[n - 1].org) {
                    st->last_org = items[n - 1].org;
                    if (armed_org(lx, items[n - 1].org))
                        st->last_armed = items[n - 1].org;
                }
                i = poss ? le + 1 : le;
                continue;
            }
        }
        i++;
    }
    /* resolve references that need the sentence's other mentions */
    for (int k = 0; k < mv.n; k++) {
        mention *m = &mv.v[k];
        if (m->kind == MK_PRONOUN && m->possessive == -1) {
            m->possessive = 0;
            continue;
        }
        if (m->kind == MK_PRONOUN) {
            int e = st->last_subject >= 0 ? st->last_subject : st->principal;
            /* "Lin Jian told a briefing … and he rejected …": a person
             * named earlier in the sentence, not as a preposition's
             * object */
            for (int q = 0; q < k; q++)
                if ((mv.v[q].kind == MK_PERSON || mv.v[q].kind == MK_OFFICE) &&
                    mv.v[q].nact == 1 && mv.v[q].acts[0].entity >= 0 &&
                    mv.v[q].acts[0].name && mv.v[q].prep == P_NONE && !mv.v[q].possessive) {
                    e = mv.v[q].acts[0].entity;
                    break;
                }
            if (e >= 0) {
                m->acts = new_actors(&sc, 1);
                if (!m->acts)
                    return -1;
                m->nact = 1;
                coref_from_entity(st, e, &m->acts[0]);
                m->acts[0].t0 = m->t0;
                m->acts[0].t1 = m->t1;
            }
        } else if (m->kind == MK_LATTER || m->kind == MK_FORMER) {
            /* the mention just before, or the one before that */
            const actor *src = NULL;
            int want = m->kind == MK_LATTER ? 1 : 2, seen = 0;
            for (int q = k - 1; q >= 0 && !src; q--)
                if (mv.v[q].nact && ++seen == want)
                    src = &mv.v[q].acts[mv.v[q].nact - 1];
            if (!src && st->nrecent >= want - seen)
                src = &st->recent[want - seen - 1];
            if (src) {
                m->acts = new_actors(&sc, 1);
                if (!m->acts)
                    return -1;
                m->nact = 1;
                m->acts[0] = *src;
                m->acts[0].t0 = m->t0;
                m->acts[0].t1 = m->t1;
            }
        }
    }
    /* remember the last two actors for "the latter" in the next sentence */
    for (int k = 0; k < mv.n; k++) {
        mention *m = &mv.v[k];
        if (!m->nact || m->modifier)
            continue;
        st->recent[1] = st->recent[0];
        st->recent[0] = m->acts[m->nact - 1];
        if (st->nrecent < 2)
            st->nrecent++;
    }
    *out = mv.v;
    return mv.n;
}
