/* coref.c — stage 5: resolves mentions within a document. Persons are
 * entities keyed by surname ("Minister Nurtleu" = "Murat Nurtleu");
 * descriptions ("the Kazakh Foreign Minister", "the UN Secretary
 * General") find the latest entity with that office; the persons
 * dictionary names office holders by date; the home country answers "our
 * country". */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "mentions/mentions.h"

static int fold_first_word(arena *a, const char *name, char **out)
{
    size_t n = strcspn(name, " ");
    return pl_fold_match(a, name, n, out) < 0 ? -1 : 0;
}

/* The surname: the last word of a name, or the one before a suffix
 * ("Marcos" of "Ferdinand Marcos Jr."). */
static int fold_last_word(arena *a, const parley_lexicon *lx, const char *name,
                          char **out)
{
    const char *p = name + strlen(name);
    for (int pass = 0;; pass++) {
        while (p > name && p[-1] == ' ')
            p--;
        const char *end = p;
        while (p > name && p[-1] != ' ')
            p--;
        size_t n = (size_t)(end - p);
        if (pl_fold_match(a, p, n, out) < 0)
            return -1;
        size_t fn = strlen(*out);
        if (fn && (*out)[fn - 1] == '.')
            fn--;
        if (pass || p == name || !pl_grammar_word_in(lx, *out, fn, W_NAME_SUFFIXES))
            return 0;
    }
}

/* fold_last_word of ac->name, from its tokens when it is the text of
 * tokens [n0, n1) whose last word is the last token (a space before it,
 * and no suffix: a token's fold is the matching fold of its text, but
 * for a possessive's). The result may be the token's fold: read only. */
static int surname_of(arena *a, const parley_lexicon *lx, const text_doc *td,
                      const actor *ac, const char **out)
{
    if (ac->name == ac->name_text && ac->n1 > ac->n0 && ac->n1 <= td->ntoks) {
        const token *t = &td->toks[ac->n1 - 1];
        int one = ac->n1 - 1 == ac->n0;
        if (!(t->flags & TOK_POSS) &&
            (one || (t->start > 0 && td->text[t->start - 1] == ' '))) {
            /* (the token's own lists unless a full stop ends it, "Jr.") */
            size_t fn = t->fold_len;
            if (fn && t->fold[fn - 1] == '.')
                fn--;
            if (one || !(fn == t->fold_len ? tok_in(t, W_NAME_SUFFIXES)
                                           : pl_grammar_word_in(lx, t->fold, fn, W_NAME_SUFFIXES))) {
                *out = t->fold;
                return 0;
            }
        }
    }
    char *sn = NULL;
    int rc = fold_last_word(a, lx, ac->name, &sn);
    *out = sn;
    return rc;
}

/* fold_first_word of ac->name, from its first token when the name is the
 * text of tokens [n0, n1) and a space follows that token (as in
 * surname_of). The result may be the token's fold: read only. */
static int given_of(arena *a, const text_doc *td, const actor *ac, const char **out)
{
    if (ac->name == ac->name_text && ac->n1 > ac->n0 && ac->n1 <= td->ntoks) {
        const token *t = &td->toks[ac->n0];
        if (!(t->flags & TOK_POSS) && (ac->n1 - 1 == ac->n0 || td->text[t->end] == ' ')) {
            *out = t->fold;
            return 0;
        }
    }
    char *gn = NULL;
    int rc = fold_first_word(a, ac->name, &gn);
    *out = gn;
    return rc;
}

/* Whether one full name can be the other written shorter: the words of
 * the shorter stand in the longer in order ("Sergey Lavrov", "Sergey
 * Viktorovich Lavrov"); "Sabah Khalid Al-Sabah" and "Ahmad Abdullah
 * Al-Sabah" are two people. Case and spacing as written. */
static int names_compatible(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
    }
    const char *p = b;
    while (*a) {
        while (*a == ' ')
            a++;
        const char *e = a;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - a);
        if (!n)
            break;
        const char *hit = NULL;
        for (const char *q = p; *q; q++)
            if ((q == b || q[-1] == ' ') && !strncmp(q, a, n) && (q[n] == ' ' || !q[n])) {
                hit = q;
                break;
            }
        if (!hit)
            return 0;
        p = hit + n;
        a = e;
    }
    return 1;
}

/* Whether a has more words than b: the words of both are counted in
 * step, and the count stops where b's words end. */
static int more_words(const char *a, const char *b)
{
    for (;;) {
        while (*b == ' ')
            b++;
        while (*a == ' ')
            a++;
        if (!*a)
            return 0;
        if (!*b)
            return 1;
        while (*b && *b != ' ')
            b++;
        while (*a && *a != ' ')
            a++;
    }
}

/* Whether s has two spaces or more: a word between two of them, which
 * pl_coref_name_word_at may find in the middle of a name. */
static int middle_word(const char *s)
{
    const char *sp = strchr(s, ' ');
    return sp && strchr(sp + 1, ' ');
}

/* Whether s has two words or more (several_words(s), without counting past
 * the second). */
static int several_words(const char *s)
{
    while (*s == ' ')
        s++;
    while (*s && *s != ' ')
        s++;
    while (*s == ' ')
        s++;
    return *s != '\0';
}

/* Whether the headline or the sentence of the dateline (up to sentence
 * last) names an organisation seated at place ("BRUSSELS - The European
 * Union …"): then the dateline says where the organisation sits, not
 * whose story it is. */
static int seat_named(const parley_lexicon *lx, const text_doc *td, int place, size_t last)
{
    if (place < 0)
        return 0;
    for (size_t si = 0; si <= last && si < td->nsents; si++)
        for (size_t i = td->sents[si].tok0; i < td->sents[si].tok1; i++) {
            const lex_hit *h;
            size_t l = lexicon_match(lx, td->toks, i, td->sents[si].tok1, LK_BIT(LK_ORG), &h);
            for (; l && h; h = lexicon_next(lx, h))
                if (h->ntok == l && pl_lexicon_hit_ok(lx, h, td->toks, i, LK_BIT(LK_ORG)) &&
                    lx->orgs[h->idx].seat == place)
                    return 1;
        }
    return 0;
}

static int dated_after(const text_doc *td, size_t si);
static const lex_hit *dateline_hit(const parley_lexicon *lx, const text_doc *td, int kind,
                                   size_t *si);

/* How often a document names each state, by ISO code. */
typedef struct tally {
    const char *cc[64];
    int n[64], used;
    /* the state of the first "Kenyan counterpart": the other side of a
     * meeting, no home of the story */
    const char *away;
} tally;

/* Counts in t the state of each phrase of the kinds in mask that the
 * document names (the first usable payload of the longest phrase): a
 * town's (places.txt) or a country's, by name, adjective or capital. */
static void tally_add(const parley_lexicon *lx, const lex_hit *ok, tally *t);

/* "the Dhaka-Mymensingh highway", "the Kampala-Gayaza road": the parts
 * of a capitalised word joined by hyphens that name towns or capitals
 * count as the towns do. */
static void tally_parts(const parley_lexicon *lx, const token *tk, uint32_t mask, tally *t)
{
    if ((tk->flags & (TOK_CAP | TOK_HYPHEN)) != (TOK_CAP | TOK_HYPHEN))
        return;
    for (size_t a = 0; a < tk->fold_len;) {
        size_t b = a;
        while (b < tk->fold_len && tk->fold[b] != '-')
            b++;
        if (b > a) {
            token part = *tk;
            part.fold = tk->fold + a;
            part.fold_len = (uint32_t)(b - a);
            part.hash = text_hash(part.fold, part.fold_len);
            part.lexkinds = 0;
            part.flags &= ~(uint32_t)TOK_ALLCAPS;
            const lex_hit *h, *ok = NULL;
            if (lexicon_match_ok(lx, &part, 0, 1, mask, &h, &ok) == 1 && ok)
                tally_add(lx, ok, t);
        }
        a = b + 1;
    }
}

static void tally_span(const parley_lexicon *lx, const text_doc *td, size_t i, size_t n,
                       uint32_t mask, tally *t);
static int in_name(const token *T, size_t i, size_t j, size_t n);

static void tally_phrases(const parley_lexicon *lx, const text_doc *td, uint32_t mask, tally *t)
{
    tally_span(lx, td, 0, td->ntoks, mask, t);
}

/* The lead, the first sentence of a dozen words or more, says where the
 * story happens: its phrases count once more in t. */
static void tally_lead(const parley_lexicon *lx, const text_doc *td, uint32_t mask, tally *t)
{
    for (size_t si = 0; si < td->nsents && si < 4; si++)
        if (td->sents[si].tok1 - td->sents[si].tok0 >= 12) {
            tally_span(lx, td, td->sents[si].tok0, td->sents[si].tok1, mask, t);
            return;
        }
}

static void tally_span(const parley_lexicon *lx, const text_doc *td, size_t i, size_t n,
                       uint32_t mask, tally *t)
{
    /* the array in a local: the stores into t might alias td for the
     * compiler, which would load it again for every token */
    const token *T = td->toks;
    const uint32_t need = LEX_ANNOTATED | mask;
    while (i < n) {
        /* most tokens start no phrase of the kinds (lexicon_match_ok's
         * first test) and are no capitalised word with a hyphen: passed
         * over in a loop of their own, which keeps what it tests in
         * registers (this walks every token of the document) */
        const token *tk = &T[i], *end = &T[n];
        while (tk < end && (tk->lexkinds & need) == LEX_ANNOTATED &&
               (tk->flags & (TOK_CAP | TOK_HYPHEN)) != (TOK_CAP | TOK_HYPHEN))
            tk++;
        i = (size_t)(tk - T);
        if (i >= n)
            break;
        const lex_hit *h, *ok = NULL;
        size_t l = lexicon_match_ok(lx, T, i, n, mask, &h, &ok);
        if (!l || !ok) {
            tally_parts(lx, &T[i], mask & (LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL)), t);
            i++;
            continue;
        }
        if (!(ok->kind == LK_COUNTRY && in_name(T, i, i + l, n)))
            tally_add(lx, ok, t);
        if (ok->kind == LK_ADJ && !t->away && i + l < n &&
            (tok_eq(&T[i + l], "counterpart") || tok_eq(&T[i + l], "counterparts")))
            t->away = lx->countries[ok->idx].iso3;
        /* "Chinese Ambassador to Vietnam": the envoy serves in the
         * story's state, counted here (a name may follow it: "to the
         * Philippines Huang Xilian"); his own is the guest's */
        const lex_hit *oh, *ook = NULL;
        size_t ol, to;
        if (ok->kind == LK_ADJ && !t->away && i + l < n &&
            (ol = lexicon_match_ok(lx, T, i + l, n, LK_BIT(LK_OFFICE), &oh, &ook)) && ook &&
            !strcmp(lx->offices[ook->idx].role, "Ambassador") && (to = i + l + ol) + 1 < n &&
            tok_eq(&T[to], "to")) {
            size_t s = to + 1 + (tok_eq(&T[to + 1], "the") && to + 2 < n);
            const lex_hit *ch, *cok = NULL;
            size_t cl = lexicon_match_ok(lx, T, s, n, LK_BIT(LK_COUNTRY), &ch, &cok);
            if (cl && cok) {
                t->away = lx->countries[ok->idx].iso3;
                tally_add(lx, cok, t);
                i = s + cl;
                continue;
            }
        }
        i += l;
    }
}

/* Whether the country's name at tokens i..j is the first word of a name
 * the lexicon does not know, in running text: "the banned Palestine
 * Action group", "Sudan Solidarity Action" are no evidence of where the
 * story is set; "the Sri Lanka Navy" (an office) is. */
static int in_name(const token *T, size_t i, size_t j, size_t n)
{
    const uint32_t known = LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ) | LK_BIT(LK_CAPITAL) |
                           LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL) | LK_BIT(LK_PERSON) |
                           LK_BIT(LK_PLACE) | LK_BIT(LK_PEOPLE);
    return i > 0 && j < n && T[j].sent == T[i].sent && T[i - 1].sent == T[i].sent &&
           !(T[i].flags & TOK_NL) && !(T[i - 1].flags & (TOK_CAP | TOK_PUNCT | TOK_NUM)) &&
           (T[j].flags & TOK_CAP) && !(T[j].flags & (TOK_PUNCT | TOK_ALLCAPS | TOK_NL)) &&
           !(T[j].lexkinds & known);
}

/* Counts the state of ok (a town's or a country's phrase) in t. */
static void tally_add(const parley_lexicon *lx, const lex_hit *ok, tally *t)
{
    const char *cc = ok->kind == LK_PLACE ? lx->places[ok->idx].iso3
                                          : lx->countries[ok->idx].iso3;
    int k;
    for (k = 0; k < t->used; k++)
        if (t->cc[k] == cc || (t->cc[k][0] == cc[0] && !strcmp(t->cc[k], cc)))
            break;
    if (k == t->used && t->used < 64) {
        t->cc[k] = cc;
        t->n[t->used++] = 0;
    }
    if (k < t->used)
        t->n[k]++;
}

/* The first state counted most, or -1; *tie: another has as many. */
static int tally_best(const tally *t, int *tie)
{
    int best = -1;
    *tie = 0;
    for (int k = 0; k < t->used; k++)
        if (best < 0 || t->n[k] > t->n[best]) {
            best = k;
            *tie = 0;
        } else if (t->n[k] == t->n[best])
            *tie = 1;
    return best;
}

/* The state whose name (or capital's) opens the headline, a first line
 * without a full stop before the body, as the subject of its verb: the
 * next word is no punctuation, "and" or possessive and starts no name
 * of its own. NULL when there is none. */
static const char *headline_subject(const parley_lexicon *lx, const text_doc *td)
{
    if (td->nsents < 2)
        return NULL;
    const char *nl = memchr(td->text, '\n', td->len);
    const sentence *s = &td->sents[0];
    if (!nl || td->sents[1].start < (size_t)(nl - td->text))
        return NULL;
    const token *last = &td->toks[s->tok1 - 1];
    if (last->fold_len == 1 && strchr(".!?\"", last->fold[0]))
        return NULL;
    const uint32_t mask = LK_BIT(LK_COUNTRY) | LK_BIT(LK_CAPITAL);
    const uint32_t office = LK_BIT(LK_OFFICE) | LK_BIT(LK_OFFICE_PL);
    const lex_hit *h, *ok = NULL;
    size_t l = lexicon_match_ok(lx, td->toks, s->tok0, s->tok1, mask | LK_BIT(LK_ADJ), &h, &ok);
    if (!l || !ok)
        return NULL;
    /* "Mali junta orders", "Kenyan police arrest", "Peru's army
     * detains": the state's government, force or office is the subject
     * as much as the state; an adjective only so ("Russian sanctions
     * hit" names no actor) */
    size_t p = s->tok0 + l, o = p + (p < s->tok1 && (td->toks[p].flags & TOK_POSS));
    const lex_hit *oh;
    size_t ol = lexicon_match(lx, td->toks, o, s->tok1, office, &oh);
    if (ol)
        p = o + ol;
    else if (ok->kind == LK_ADJ)
        return NULL;
    if (p + 1 >= s->tok1)
        return NULL;
    const token *nx = &td->toks[p];
    /* the verb of an event (verbs.txt) in the present or past, not by
     * an agent: "Russia facing more Canadian sanctions", "Iran hit by
     * sanctions" are the story of the other state */
    if (!pl_grammar_patterns(lx, nx->hash) || (nx->fold_len > 4 &&
        !memcmp(nx->fold + nx->fold_len - 3, "ing", 3)) || tok_eq(&nx[1], "by"))
        return NULL;
    return lx->countries[ok->idx].iso3;
}

/* The story's home by count: the state the document names most (see
 * pl_coref_init), or NULL. */
static const char *home_by_count(const parley_lexicon *lx, const text_doc *td)
{
    /* Count country names and adjectives; the leader is the home. Small
     * documents name few countries, so a sparse count is enough. */
    /* The lead breaks ties and near ties ("the tribunal in Dhaka" of a
     * story that names India more often, as a place of refuge), but the
     * home is named twice in all. */
    const uint32_t states = LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ) | LK_BIT(LK_CAPITAL);
    tally t = {0};
    tally_phrases(lx, td, states, &t);
    tally w = t;
    tally_lead(lx, td, states, &w);
    int tie, best = tally_best(&w, &tie);
    /* "Foreign Minister holds talks with Kenyan counterpart": the state
     * of the counterpart is the guest's, however often the story names
     * it; the home is the next state named twice */
    if (best >= 0 && best < t.used && t.away && !strcmp(t.cc[best], t.away)) {
        int next = -1;
        for (int k = 0; k < t.used; k++)
            if (k != best && t.n[k] >= 2 && (next < 0 || w.n[k] > w.n[next]))
                next = k;
        if (next >= 0)
            best = next;
    }
    /* "UK announces sanctions against Russia": a headline that opens
     * with a state as its subject names the story's protagonist, whose
     * unnamed ministry and officials speak in it, however often the
     * story names the state it acts on; still a state named twice */
    const char *lead = headline_subject(lx, td);
    if (lead)
        for (int k = 0; k < t.used; k++)
            if (t.n[k] >= 2 && !strcmp(t.cc[k], lead))
                best = k;
    if (best >= 0 && best < t.used && t.n[best] >= 2)
        return t.cc[best];
    /* a story that names no country twice ("Police fired rubber
     * bullets at striking municipal workers … across Johannesburg"):
     * the towns it names (places.txt) count for their state with the
     * countries it names once; the home is the state with two or
     * more, when no other has as many */
    tally_phrases(lx, td, LK_BIT(LK_PLACE), &t);
    w = t;
    tally_lead(lx, td, states | LK_BIT(LK_PLACE), &w);
    best = tally_best(&w, &tie);
    if (best >= 0 && best < t.used && t.n[best] >= 2 && !tie)
        return t.cc[best];
    return NULL;
}

/* "BANGKOK, June 28 - A Myanmar military airstrike …": a story filed from
 * a capital (cc's) that names its state nowhere but in the dateline, and
 * another state three times or more, in its headline too, is that
 * state's story (a correspondent's hub, not a ministry's readout); NULL
 * otherwise. */
static const char *hub_story(const parley_lexicon *lx, const text_doc *td, const char *cc)
{
    const uint32_t states = LK_BIT(LK_COUNTRY) | LK_BIT(LK_ADJ) | LK_BIT(LK_CAPITAL);
    /* (a headline: a first line of its own, with no full stop) */
    const char *nl = memchr(td->text, '\n', td->len);
    if (td->nsents < 3 || !nl || td->sents[1].start < (size_t)(nl - td->text))
        return NULL;
    const token *last = &td->toks[td->sents[0].tok1 - 1];
    if (last->fold_len == 1 && strchr(".!?\"", last->fold[0]))
        return NULL;
    /* (the headline first, a few words: it must name another state and
     * not the dateline's before the whole text is counted) */
    tally h = {0};
    tally_span(lx, td, td->sents[0].tok0, td->sents[0].tok1, states, &h);
    int other = 0;
    for (int k = 0; k < h.used; k++) {
        if (!strcmp(h.cc[k], cc))
            return NULL;
        other = 1;
    }
    if (!other)
        return NULL;
    tally t = {0};
    tally_phrases(lx, td, states, &t);
    int best = -1, own = 0, tie = 0;
    for (int k = 0; k < t.used; k++) {
        if (!strcmp(t.cc[k], cc))
            own = t.n[k];
        else if (best < 0 || t.n[k] > t.n[best])
            best = k, tie = 0;
        else if (t.n[k] == t.n[best])
            tie = 1;
    }
    if (own > 1 || best < 0 || tie || t.n[best] < 3 || (t.away && !strcmp(t.cc[best], t.away)))
        return NULL;
    for (int k = 0; k < h.used; k++)
        if (!strcmp(h.cc[k], t.cc[best]))
            return t.cc[best];
    return NULL;
}

void pl_coref_init(coref_state *st, const parley_lexicon *lx, const text_doc *td,
                int32_t doc_date)
{
    /* all zero but the entries of the rings and lists of actors, which
     * are read only up to their counts (an owned entry once its head is
     * set): most documents fill few, and the state is 5 KiB */
    memset(st, 0, offsetof(coref_state, owned));
    for (int k = 0; k < OWNED; k++)
        st->owned[k].head = 0;
    memset(&st->owned_next, 0, offsetof(coref_state, acr) - offsetof(coref_state, owned_next));
    memset(&st->nacr, 0, offsetof(coref_state, dele) - offsetof(coref_state, nacr));
    memset(&st->ndele, 0, sizeof *st - offsetof(coref_state, ndele));
    st->principal = -1;
    st->last_subject = -1;
    st->last_named = -1;
    st->doc_date = doc_date;
    size_t nc = lx->ncount[LK_COUNTRY];
    if (!nc)
        return;
    /* a dateline's capital ("ANKARA, Jan 23 –") says whose ministry
     * speaks, whatever the text names most; a dateline's town that is no
     * capital ("LAGOS, July 8 (Reuters) -") where a story with no home
     * state of its own is filed from; neither when the text names an
     * organisation that sits there. (The dateline first: when it gives
     * the home, the count of the whole text, a walk over every token,
     * is not made.) */
    size_t si;
    const lex_hit *h = dateline_hit(lx, td, LK_CAPITAL, &si);
    if (h && !seat_named(lx, td, lx->countries[h->idx].capital, si)) {
        st->home = lx->countries[h->idx].iso3;
        st->home_dateline = 1;
        const char *other = hub_story(lx, td, st->home);
        if (other) {
            st->home = other;
            st->home_dateline = 0;
            st->dateline_cc = lx->countries[h->idx].iso3;
            return;
        }
    }
    /* "Panamá, 10 de noviembre de 2026", "KUWAIT, Nov 3": a country's
     * name as the dateline, a date right after it */
    if (!st->home_dateline && (h = dateline_hit(lx, td, LK_COUNTRY, &si)) &&
        dated_after(td, si)) {
        st->home = lx->countries[h->idx].iso3;
        st->home_dateline = 1;
    }
    if (st->home_dateline)
        return;
    st->home = home_by_count(lx, td);
    if ((h = dateline_hit(lx, td, LK_PLACE, &si)) && !seat_named(lx, td, (int)h->idx, si))
        st->dateline_cc = lx->places[h->idx].iso3;
}

/* Whether a date follows the comma after the dateline's place in
 * sentence si: a number or a month within the next four tokens. */
static int dated_after(const text_doc *td, size_t si)
{
    size_t t = td->sents[si].tok0, e = td->sents[si].tok1;
    while (t < e && !tok_eq(&td->toks[t], ","))
        t++;
    for (size_t k = t + 1; k < e && k <= t + 4; k++)
        if ((td->toks[k].flags & TOK_NUM) || tok_in(&td->toks[k], W_CALENDAR))
            return 1;
    return 0;
}

/* The dateline of the first sentences: the phrase of kind (LK_CAPITAL or
 * LK_PLACE) that opens a sentence, capitalised, before a comma, a dash or
 * a parenthesis; its sentence in *si. NULL when none. */
static const lex_hit *dateline_hit(const parley_lexicon *lx, const text_doc *td, int kind,
                                   size_t *si)
{
    for (*si = 0; *si < td->nsents && *si < 3; (*si)++) {
        size_t t = td->sents[*si].tok0, e = td->sents[*si].tok1;
        /* "November 24, 2026 - Ottawa, Ontario - Global Affairs Canada":
         * a press release's date, a dash, then the town */
        size_t d = t;
        while (d < e && d < t + 6 &&
               ((td->toks[d].flags & TOK_NUM) || tok_in(&td->toks[d], W_CALENDAR) ||
                tok_eq(&td->toks[d], ",")))
            d++;
        if (d > t + 1 && d + 1 < e && (tok_eq(&td->toks[d], "-") || tok_eq(&td->toks[d], "–") ||
                                       tok_eq(&td->toks[d], "—")))
            t = d + 1;
        const lex_hit *h;
        size_t l = lexicon_match(lx, td->toks, t, e, LK_BIT(kind), &h);
        while (h && (h->ntok != l || !pl_lexicon_hit_ok(lx, h, td->toks, t, LK_BIT(kind))))
            h = lexicon_next(lx, h);
        if (!l || !h || t + l >= e || !(td->toks[t].flags & TOK_CAP))
            continue;
        const token *nx = &td->toks[t + l];
        if (nx->fold_len == 1 && (nx->fold[0] == ',' || nx->fold[0] == '-' || nx->fold[0] == '('))
            return h;
        /* "Dar es Salaam. The High Court yesterday …": the town and a
         * full stop, a sentence of its own at the story's start */
        if (t + l + 1 == e && tok_eq(nx, ".") && !(nx->flags & TOK_SPACE) &&
            t + l + 1 < td->ntoks && !(td->toks[t + l + 1].flags & TOK_NL))
            return h;
    }
    return NULL;
}

void pl_coref_from_entity(const coref_state *st, int e, actor *ac)
{
    const entity *en = &st->ents[e];
    ac->name = en->name;
    ac->role = en->role;
    ac->country = en->country;
    ac->org = en->org;
    ac->agent = en->agent;
    ac->entity = e;
}

static int org_compatible(const parley_lexicon *lx, const char *a,
                          const char *b)
{
    return !a || !b || pl_lexicon_org_compatible(lx, a, b);
}

static int in_term(const lex_person *p, int32_t date)
{
    if (!date)
        return p->to == 0;
    return (!p->from || p->from <= date) && (!p->to || date <= p->to);
}

/* Whether the matching fold of the ASCII text s[0, n) is f[0, fn) (the
 * fold of ASCII only lower-cases it); -1 when s is not all ASCII. */
static int ascii_fold_eq(const char *s, size_t n, const char *f, size_t fn)
{
    int same = n == fn;
    for (size_t k = 0; k < n; k++) {
        if ((unsigned char)s[k] >= 0x80)
            return -1;
        if (same && pl_ascii_lower(s[k]) != f[k])
            same = 0;
    }
    return same;
}

/* "Volodymyr Zelenskiy" when the lexicon lists "Volodymyr Zelenskyy" with
 * the spelling "Zelenskiy" alone: a surname the lexicon knows as one of a
 * person's names, after the first name of that person. */
int pl_coref_by_spelling(arena *a, const parley_lexicon *lx, const token *toks,
                     size_t t0, size_t t1, int32_t date)
{
    const lex_hit *h;
    if (lexicon_match(lx, toks, t1 - 1, t1, LK_BIT(LK_PERSON), &h) != 1)
        return -1;
    int best = -1;
    for (; h; h = lexicon_next(lx, h)) {
        if (h->ntok != 1 || !pl_lexicon_hit_ok(lx, h, toks, t1 - 1, LK_BIT(LK_PERSON)))
            continue;
        const char *name = lx->persons[h->idx].name;
        size_t n = strcspn(name, " ");
        int same = ascii_fold_eq(name, n, toks[t0].fold, toks[t0].fold_len);
        if (same < 0) { /* not ASCII: the full fold */
            char *given = NULL;
            if (pl_fold_match(a, name, n, &given) < 0)
                return COREF_NOMEM;
            same = strlen(given) == toks[t0].fold_len &&
                   !memcmp(given, toks[t0].fold, toks[t0].fold_len);
        }
        if (!same)
            continue;
        if (best < 0 || in_term(&lx->persons[h->idx], date))
            best = (int)h->idx;
    }
    return best;
}

/* A known person whose name is exactly `name`: the record in office at the
 * document date when there are several; -1 when none, COREF_NOMEM when
 * out of memory. */
static int dict_by_name(arena *a, const parley_lexicon *lx,
                        const text_doc *doc, const actor *ac, int32_t date)
{
    const token *toks;
    size_t t0, t1;
    text_doc td;
    if (ac->name == ac->name_text && ac->n1 > ac->n0 && ac->n1 <= doc->ntoks) {
        /* the name's own tokens */
        toks = doc->toks;
        t0 = ac->n0;
        t1 = ac->n1;
    } else {
        if (pl_text_analyse(a, ac->name, strlen(ac->name), NULL, NULL, &td))
            return COREF_NOMEM;
        if (!td.ntoks)
            return -1;
        toks = td.toks;
        t0 = 0;
        t1 = td.ntoks;
    }
    const lex_hit *h;
    size_t l = lexicon_match(lx, toks, t0, t1, LK_BIT(LK_PERSON), &h);
    /* "Teodoro Locsin Jr" for "Teodoro Locsin Jr." (listed also as
     * "Teodoro Locsin"): a suffix the lexicon's name does not end with
     * the same way */
    if (l >= 2 && l + 1 == t1 - t0 && tok_in(&toks[t1 - 1], W_NAME_SUFFIXES))
        t1--;
    if (l != t1 - t0)
        return t1 - t0 >= 2 ? pl_coref_by_spelling(a, lx, toks, t0, t1, date) : -1;
    int best = -1;
    for (; h; h = lexicon_next(lx, h)) {
        if (!pl_lexicon_hit_ok(lx, h, toks, t0, LK_BIT(LK_PERSON)) || h->ntok != l)
            continue;
        if (best < 0 || in_term(&lx->persons[h->idx], date))
            best = (int)h->idx;
        if (in_term(&lx->persons[h->idx], date))
            break;
    }
    return best;
}

/* The holder of an office at the document date ("the President of
 * Kazakhstan" → the person listed for KAZ as President then). */
static int dict_by_office(const parley_lexicon *lx, const actor *ac,
                          int32_t date)
{
    if (!ac->role || (!ac->country && !ac->org) || !date)
        return -1;
    for (long i = pl_lexicon_holder_first(lx, ac->role, ac->country, ac->org); i >= 0;
         i = lexicon_holder_next(lx, i, ac->country)) {
        const lex_person *p = &lx->persons[i];
        if (lx->deleted[LK_PERSON][i] ||
            (p->role != ac->role && (p->role[0] != ac->role[0] || strcmp(p->role, ac->role))))
            continue;
        if (ac->country && (!p->country || strcmp(p->country, ac->country)))
            continue;
        if (ac->org && (!p->org || strcmp(p->org, ac->org)))
            continue;
        if (p->from && in_term(p, date))
            return (int)i;
    }
    return -1;
}

static void fill_missing(actor *ac, const char *role, const char *country,
                         const char *org, const char *agent)
{
    if (!ac->role)
        ac->role = role;
    if (!ac->country && !ac->org) {
        ac->country = country;
        ac->org = org;
    }
    if (!ac->agent)
        ac->agent = agent;
}

/* sn: the folded surname of ac->name when the caller has it, else NULL. */
static int add_entity(arena *a, const parley_lexicon *lx, const text_doc *td,
                      coref_state *st, const actor *ac, uint32_t sent, const char *sn)
{
    if (st->nents == st->cap) {
        int cap = st->cap ? st->cap * 2 : 16;
        entity *v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (!v)
            return COREF_NOMEM;
        if (st->nents)
            memcpy(v, st->ents, (size_t)st->nents * sizeof *v);
        st->ents = v;
        st->cap = cap;
    }
    entity *e = &st->ents[st->nents];
    memset(e, 0, sizeof *e);
    e->name = ac->name;
    e->one_word = ac->name && !several_words(ac->name);
    e->middle = ac->name && middle_word(ac->name);
    e->role = ac->role;
    e->country = ac->country;
    e->org = ac->org;
    e->agent = ac->agent;
    e->title = ac->title;
    e->last_sent = sent;
    char *folded = NULL;
    const char *gn = NULL;
    if (ac->name && ((!sn && fold_last_word(a, lx, ac->name, &folded)) ||
                     given_of(a, td, ac, &gn)))
        return COREF_NOMEM;
    e->surname = sn ? sn : folded;
    e->given = gn;
    if (st->principal < 0 && ac->name)
        st->principal = st->nents;
    return st->nents++;
}

/* Asked once per description, not once per entity that fits() tries. */
int pl_coref_any_office(const char *role)
{
    static const char *const any[] = {"Diplomat", "Official", "Leader",
                                      "Representative", "Envoy", NULL};
    for (int i = 0; role && any[i]; i++)
        if (role[0] == any[i][0] && !strcmp(role, any[i]))
            return 1;
    return 0;
}

int pl_agent_opponent(const char *agent)
{
    return !strncmp(agent, "REB", 3) || !strncmp(agent, "INS", 3) || !strncmp(agent, "OPP", 3);
}

/* Does entity e fit a description (office, country, organisation)?
 * generic: pl_coref_any_office(ac->role). */
/* Whether two strings are equal: the same pointer (a state's code, an
 * office's role from the lexicon) or the same text. */
static inline int same_text(const char *a, const char *b)
{
    return a == b || (a[0] == b[0] && !strcmp(a, b));
}

static int fits(const parley_lexicon *lx, const entity *e, const actor *ac, int generic)
{
    if (ac->country && e->country && !same_text(ac->country, e->country))
        return 0;
    if (ac->country && !e->country && e->org)
        return 0;
    if (ac->org && !org_compatible(lx, ac->org, e->org))
        return 0;
    if (ac->org && !e->org)
        return 0;
    /* "the Dutch diplomat", "a Chinese official": any office of that
     * country fits */
    if (generic)
        return ac->country || ac->org;
    if (!ac->role)
        return ac->country || ac->org;
    if (!e->role)
        return 0;
    if (same_text(e->role, ac->role))
        return 1;
    /* "the Secretary" after "Secretary of State Antony Blinken": the
     * office as written holds the description's words */
    if (e->title && ac->title && strstr(e->title, ac->title))
        return 1;
    /* "the Minister" fits "Minister of Foreign Affairs" */
    return strstr(e->role, ac->role) != NULL;
}

/* Where the folded word w of n bytes is among the words of the name (as
 * written, case aside): 1 its first, 2 a middle one, 3 its last, 0 none. */
int pl_coref_name_word_at(const char *name, const char *w, size_t n)
{
    int at = 0;
    for (const char *p = name; *p;) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if ((size_t)(q - p) == n && !strncasecmp(p, w, n))
            at = p == name ? 1 : *q ? 2 : 3;
        p = *q ? q + 1 : q;
    }
    return at;
}

static int resolve(arena *a, const parley_lexicon *lx, const text_doc *td, coref_state *st,
                   actor *ac, uint32_t sent);

int pl_coref_person(arena *a, const parley_lexicon *lx, const text_doc *td,
                 coref_state *st, actor *ac, uint32_t sent)
{
    int r = resolve(a, lx, td, st, ac, sent);
    if (r != COREF_NOMEM && ac->country && !ac->org && ac->agent && strcmp(ac->agent, "GOV") &&
        pl_grammar_code_in(lx, ac->agent, W_LOCAL_SIDES)) {
        st->side_cc = ac->country;
        st->side_sent = sent + 1;
    }
    return r;
}

static int resolve(arena *a, const parley_lexicon *lx, const text_doc *td, coref_state *st,
                   actor *ac, uint32_t sent)
{
    int found = -1;
    if (ac->name) {
        const char *sn = NULL, *gn = NULL;
        const char *written = ac->name;
        /* what the text itself says of the person: its state or body,
         * or a full name the dictionary knows (not a bare surname) */
        /* whether the name as written has two words or more (asked once:
         * the name changes only at the end, below) */
        const int several = several_words(ac->name);
        int told = ac->country || ac->org || several;
        if (surname_of(a, lx, td, ac, &sn))
            return COREF_NOMEM;
        /* "FM Lin" in a headline, then "Foreign Minister Lin Chia-lung":
         * where people are called by the first word of their names, a
         * one-word name named before may be that word */
        int d = dict_by_name(a, lx, td, ac, st->doc_date);
        if (d == COREF_NOMEM)
            return COREF_NOMEM;
        /* gn: the first name, where the person's state calls people by
         * it; asked at the first one-word entity of another surname
         * (gn_asked) */
        int gn_asked = 0;
        for (int k = st->nents - 1; k >= 0; k--) {
            entity *e = &st->ents[k];
            if (!e->surname)
                continue;
            /* (the first letters first: most entities differ there) */
            /* "Minister Song" after "Song Tao" of China: where the
             * family name is written first, or people are called by
             * their given name, a one-word name is the first word of a
             * full name named before */
            int first_word = !several && e->given && !e->one_word && e->country &&
                             e->given[0] == sn[0] && !strcmp(e->given, sn) &&
                             (pl_grammar_code_in(lx, e->country, W_SURNAME_FIRST) ||
                              pl_grammar_code_in(lx, e->country, W_GIVEN_CALLED));
            /* "Secretary Meade" after "Jose Antonio Meade Kuribrena":
             * where people carry two surnames, the first of them alone
             * (a middle word of a name of three words or more) */
            int middle = !several && !first_word && e->middle && !e->one_word && e->given &&
                         strcmp(e->given, sn) &&
                         pl_coref_name_word_at(e->name, sn, strlen(sn)) == 2;
            if (!first_word && !middle && (e->surname[0] != sn[0] || strcmp(e->surname, sn))) {
                if (!e->name || !e->one_word)
                    continue;
                if (!gn_asked) {
                    gn_asked = 1;
                    /* (an office with no country is the home state's,
                     * below) */
                    const char *cc = ac->country ? ac->country
                                     : d >= 0    ? lx->persons[d].country
                                     : ac->role && !ac->org ? pl_coref_home_for(lx, st, ac->agent)
                                                            : NULL;
                    if (several && cc &&
                        (pl_grammar_code_in(lx, cc, W_SURNAME_FIRST) ||
                         pl_grammar_code_in(lx, cc, W_GIVEN_CALLED)) &&
                        given_of(a, td, ac, &gn))
                        return COREF_NOMEM;
                }
                if (!gn || strcmp(e->surname, gn))
                    continue;
            }
            /* a country the story's home gave to an office is no more
             * than a guess */
            if (ac->country && e->country && !same_text(ac->country, e->country) &&
                !e->guessed)
                continue;
            if (e->name && !e->one_word && several &&
                !names_compatible(e->name, ac->name))
                continue;
            found = k;
            break;
        }
        if (d >= 0) {
            const lex_person *p = &lx->persons[d];
            /* "Defence Minister Pedro Sanchez" in a Colombian story is not
             * Spain's Prime Minister: a text that gives another full office
             * (of two words or more: not "Secretary") than the one the
             * known namesake holds at the date names someone else */
            /* (another office than the listed one: neither names the other) */
            int another = ac->role && p->role && !strstr(ac->role, p->role) &&
                          !strstr(p->role, ac->role);
            int other = another && several_words(ac->role) && several_words(p->role) &&
                        in_term(p, st->doc_date);
            /* "Shirley Ayorkor Botchwey, the Minister for Foreign
             * Affairs" in 2023, listed only as the Commonwealth's
             * Secretary-General from 2025: an office the person takes
             * after the story says nothing of whom they act for in it */
            int future = p->from && st->doc_date && st->doc_date < p->from;
            /* (the state of a holder of a state's office is theirs
             * before it too) */
            if (future && !other && p->country && !ac->country && !ac->org)
                ac->country = p->country;
            if (!other && !future && !(ac->country && p->country && strcmp(ac->country, p->country))) {
                /* "Sheikh Abdullah bin Zayed" after "Sheikh Abdullah bin
                 * Zayed Al Nahyan": the same known person, whose written
                 * names end differently */
                for (int k = st->nents - 1; k >= 0 && found < 0 && several; k--)
                    if (st->ents[k].name && p->name && st->ents[k].name[0] == p->name[0] &&
                        !strcmp(st->ents[k].name, p->name) &&
                        !(st->ents[k].country && p->country &&
                          strcmp(st->ents[k].country, p->country)))
                        found = k;
                /* a known holder whose term ended before the story is
                 * one of the elite, no longer the state ("ELI") */
                int past = p->to && st->doc_date && st->doc_date > p->to;
                /* "Parliament's President Roberta Metsola": an
                 * organisation's known official in office acts for it,
                 * not for the state a bare office word was given; but
                 * "Ghana's foreign minister Shirley Ayorkor Botchwey" in
                 * an undated story names a state's office, not the
                 * organisation's she is listed in */
                if (p->org && !p->country && ac->country && !ac->org && ac->role && p->role &&
                    !another &&
                    in_term(p, st->doc_date))
                    ac->country = NULL;
                /* "Shirley Ayorkor Botchwey, the Minister for Foreign
                 * Affairs" in an undated story: a person listed only in
                 * an organisation's office, whom the text gives another,
                 * does not act for the organisation in it */
                int alien = p->org && !p->country && another;
                fill_missing(ac, p->role, alien ? NULL : p->country, alien ? NULL : p->org,
                             p->country ? (past ? "ELI" : "GOV") : NULL);
                /* the name as written, unless the text gave only a surname */
                if (!several &&
                    (found < 0 || !several_words(st->ents[found].name)))
                    ac->name = p->name;
            }
        }
        if (found >= 0) {
            entity *e = &st->ents[found];
            if (more_words(ac->name, e->name)) {
                e->name = ac->name;
                e->one_word = !several_words(ac->name);
                e->middle = middle_word(ac->name);
            }
            if (!e->role)
                e->role = ac->role;
            if ((!e->country && !e->org) || (e->guessed && told && (ac->country || ac->org))) {
                e->country = ac->country;
                e->org = ac->org;
                e->guessed = 0;
            }
            if (!e->agent)
                e->agent = ac->agent;
            if (!e->title)
                e->title = ac->title;
            e->last_sent = sent;
            const char *role = ac->role;
            pl_coref_from_entity(st, found, ac);
            if (role && !e->role)
                ac->role = role;
            return found;
        }
        int guessed = 0;
        /* "the Indian high commissioner … high commissioner Sanjay
         * Verma": a name the dictionary does not know, given an office
         * but no state, holds that office (as written) for the state of
         * the one told before without a name */
        if (!ac->country && !ac->org && ac->role && d < 0)
            for (int k = st->nents - 1; k >= 0; k--) {
                const entity *e = &st->ents[k];
                if (e->name || !e->role || !same_text(e->role, ac->role) || !e->title ||
                    !ac->title || strcmp(e->title, ac->title) || (!e->country && !e->org) ||
                    e->guessed)
                    continue;
                ac->country = e->country;
                ac->org = e->org;
                break;
            }
        if (!ac->country && !ac->org && ac->role) { /* an office with no country: ours */
            ac->country = pl_coref_home_for(lx, st, ac->agent);
            guessed = ac->country != NULL;
            ac->home_assumed = guessed;
        }
        ac->entity = add_entity(a, lx, td, st, ac, sent, ac->name == written ? sn : NULL);
        if (ac->entity >= 0)
            st->ents[ac->entity].guessed = (char)guessed;
        return ac->entity;
    }
    /* a description: "the Minister" without a country is the document's
     * main actor when it fits, else the latest entity it fits; else the
     * dictionary */
    int generic = pl_coref_any_office(ac->role);
    /* "Opposition leader X slammed the government" after the Greek
     * government was named: the government that a state's own people
     * named before it in the sentence address is their state's */
    if (!generic && !ac->country && !ac->org && ac->agent && st->side_sent == sent + 1 &&
        !strcmp(ac->agent, "GOV"))
        ac->country = st->side_cc;
    if (ac->org_implied && ac->role && !ac->country && !st->counted) {
        /* "the Secretary-General" (the UN's unless told) is the one of
         * that office named last, whatever its organisation; else the
         * holder of that office in the organisation the story named
         * last ("ASEAN said … The Secretary-General urged") */
        for (int k = st->nents - 1; k >= 0 && found < 0; k--)
            if (st->ents[k].org && st->ents[k].role && same_text(st->ents[k].role, ac->role))
                found = k;
        if (found < 0 && st->last_org && strcmp(st->last_org, ac->org)) {
            actor other = *ac;
            other.org = st->last_org;
            if (dict_by_office(lx, &other, st->doc_date) >= 0)
                ac->org = st->last_org;
        }
    }
    if (found < 0 && st->counted)
        found = -2; /* "12 militants": none of those named before */
    else if (found < 0 && ac->role && !ac->country && !ac->org && st->principal >= 0 &&
             fits(lx, &st->ents[st->principal], ac, generic)) {
        found = st->principal;
        /* "Indian Minister X called on Foreign Minister Y in Colombo.
         * The Minister thanked India": of two that fit, the home
         * state's, when the story's home is its dateline's */
        const entity *p = &st->ents[found];
        if (st->home_dateline && p->country && !p->org && strcmp(p->country, st->home))
            for (int k = 0; k < st->nents; k++)
                if (st->ents[k].country && !st->ents[k].org &&
                    !strcmp(st->ents[k].country, st->home) &&
                    fits(lx, &st->ents[k], ac, generic)) {
                    found = k;
                    break;
                }
    }
    /* the one of them the text named last ("the Ministry of Foreign
     * Affairs of Lithuania … The Foreign Ministry regrets" after
     * Belarus's ministry was first named later) */
    /* (of two named in the same sentence, the home state's, when the
     * story's home is its dateline's: "the Egyptian ambassador … during a
     * meeting with the minister" in a story from Abu Dhabi) */
    if (found == -1)
        for (int k = st->nents - 1; k >= 0; k--) {
            const entity *e = &st->ents[k];
            if (found >= 0 && e->last_sent < st->ents[found].last_sent)
                continue;
            if (found >= 0 && e->last_sent == st->ents[found].last_sent &&
                !(st->home_dateline && e->country && !e->org && !strcmp(e->country, st->home) &&
                  !(st->ents[found].country && !strcmp(st->ents[found].country, st->home))))
                continue;
            if (fits(lx, e, ac, generic))
                found = k;
        }
    if (found == -2)
        found = -1;
    if (found >= 0) {
        st->ents[found].last_sent = sent;
        const char *role = ac->role;
        pl_coref_from_entity(st, found, ac);
        if (!ac->role)
            ac->role = role;
        return found;
    }
    int d = dict_by_office(lx, ac, st->doc_date);
    if (d >= 0) {
        ac->name = lx->persons[d].name;
        ac->entity = add_entity(a, lx, td, st, ac, sent, NULL);
        return ac->entity;
    }
    /* an office of a named state ("Turkey's foreign ministry") is an
     * entity that "the ministry" can refer to later; an office with no
     * state is the home country's */
    if (ac->role && (ac->country || ac->org)) {
        ac->entity = add_entity(a, lx, td, st, ac, sent, NULL);
        return ac->entity;
    }
    if (ac->role) {
        ac->country = pl_coref_home_for(lx, st, ac->agent);
        ac->home_assumed = ac->country != NULL;
    }
    return -1;
}

const char *pl_coref_home_for(const parley_lexicon *lx, const coref_state *st,
                              const char *agent)
{
    /* "LAGOS - Doctors are on strike": a story with no home state of its
     * own puts its people, and its soldiers, where it is filed from */
    if (!st->home && st->dateline_cc && pl_grammar_code_in(lx, agent, W_DATELINE_SIDES))
        return st->dateline_cc;
    /* armed groups are of the home state only when the story is filed
     * from there: from its capital, or from a town of it ("QUETTA,
     * Pakistan -") */
    if (!st->home_dateline &&
        !(st->dateline_cc && st->home && !strcmp(st->dateline_cc, st->home)) &&
        pl_grammar_code_in(lx, agent, W_OWN_SIDES))
        return NULL;
    return st->home;
}

int pl_coref_set_group(arena *a, coref_state *st, const actor *acts, int n)
{
    actor *g = arena_alloc(a, (size_t)(n ? n : 1) * sizeof *g);
    if (!g)
        return -1;
    memcpy(g, acts, (size_t)n * sizeof *g);
    st->group = g;
    st->ngroup = n;
    return 0;
}
