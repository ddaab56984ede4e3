/* grammar.c — loads the grammar's files into the lexicon (stage 3):
 * words.txt (closed word lists → a mask per word), pos.txt (open-class
 * readings per word form), cameo.txt (the event table), nouns.txt (noun
 * classes) and verbs.txt (verb patterns and their frames), and answers
 * the lookups of grammar.h. Formats: data/README.md and the files'
 * headers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/grammar.h"
#include "lexicon/internal.h"
#include "lexicon/lexicon.h"

/* ---- small open-addressing tables keyed by text_hash ------------------- */

static uint64_t hkey(uint64_t h)
{
    return h ? h : 1;
}

static int htab_grow(htab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    hent *e = calloc(cap, sizeof *e);
    if (!e)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < t->cap; i++)
        if (t->e[i].key) {
            size_t j = t->e[i].key & (cap - 1);
            while (e[j].key)
                j = (j + 1) & (cap - 1);
            e[j] = t->e[i];
        }
    free(t->e);
    t->e = e;
    t->cap = cap;
    return 0;
}

/* The slot of h (existing or new); NULL when out of memory. A table is
 * kept at most half full: many lookups miss (a document's words), and a
 * miss probes up to the next empty slot. */
static uint64_t *htab_slot(htab *t, uint64_t h)
{
    h = hkey(h);
    if (2 * (t->n + 1) > t->cap && htab_grow(t))
        return NULL;
    size_t j = h & (t->cap - 1);
    while (t->e[j].key && t->e[j].key != h)
        j = (j + 1) & (t->cap - 1);
    if (!t->e[j].key) {
        t->e[j].key = h;
        t->e[j].val = 0;
        t->n++;
    }
    return &t->e[j].val;
}

static uint64_t htab_get(const htab *t, uint64_t h)
{
    if (!t->cap)
        return 0;
    h = hkey(h);
    for (size_t j = h & (t->cap - 1); t->e[j].key; j = (j + 1) & (t->cap - 1))
        if (t->e[j].key == h)
            return t->e[j].val;
    return 0;
}

static void htab_free(htab *t)
{
    free(t->e);
}

static struct lex_grammar *gram(parley_lexicon *lx)
{
    if (!lx->gram) {
        lx->gram = calloc(1, sizeof *lx->gram);
        if (lx->gram)
            pl_arena_init(&lx->gram->mem);
    }
    return lx->gram;
}

#define GROW(v, n, cap)                                                      \
    ((n) < (cap) ? 0                                                         \
                 : grow_array((void **)&(v), &(cap), sizeof *(v)))

static int grow_array(void **v, size_t *cap, size_t size)
{
    size_t c = *cap ? *cap * 2 : 64;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return PARLEY_ENOMEM;
    *v = nv;
    *cap = c;
    return 0;
}

/* text_hash of the folded form of a word of a data file. */
static int word_hash(arena *a, const char *w, uint64_t *h)
{
    char *f;
    long n = pl_fold_match(a, w, strlen(w), &f);
    if (n < 0)
        return PARLEY_ENOMEM;
    *h = text_hash(f, (size_t)n);
    return 0;
}

/* Splits a ";" field in place into trimmed values; returns the count. */
static int values(char *field, char **out, int max)
{
    int n = 0;
    char *p = field;
    while (p && *p && n < max) {
        char *semi = strchr(p, ';');
        if (semi)
            *semi = '\0';
        while (*p == ' ' || *p == '\t')
            p++;
        size_t l = strlen(p);
        while (l && (p[l - 1] == ' ' || p[l - 1] == '\t'))
            p[--l] = '\0';
        if (*p && strcmp(p, "-"))
            out[n++] = p;
        p = semi ? semi + 1 : NULL;
    }
    return n;
}

/* The winfo of the word of hash h, made when new; NULL when out of
 * memory. */
static winfo *winfo_of(struct lex_grammar *g, uint64_t h)
{
    uint64_t *slot = htab_slot(&g->words, h);
    if (!slot)
        return NULL;
    if (!*slot) {
        if (GROW(g->info, g->ninfo, g->info_cap))
            return NULL;
        memset(&g->info[g->ninfo], 0, sizeof g->info[0]);
        *slot = ++g->ninfo;
    }
    return &g->info[*slot - 1];
}

static const winfo *winfo_get(const struct lex_grammar *g, uint64_t h)
{
    uint64_t i = htab_get(&g->words, h);
    return i ? &g->info[i - 1] : NULL;
}

/* ---- words.txt ------------------------------------------------------------------ */

_Static_assert(W_CODE_FIRST <= 2 * WORDS_FIRST,
               "two 63-bit masks hold the word lists (the lists of codes take no bit)");

static const char *const list_names[W_NLISTS] = {
    [W_DET] = "det", [W_POSSDET] = "poss", [W_PRONOUN] = "pron",
    [W_PREP] = "prep", [W_CONJ] = "conj", [W_SUB] = "sub", [W_REL] = "rel",
    [W_BE] = "be", [W_HAVE] = "have", [W_DO] = "do", [W_MODAL] = "modal",
    [W_NEG] = "neg", [W_WH] = "wh", [W_ADVERB] = "adverbs",
    [W_COLLECTIVE] = "collective", [W_NUMBERS] = "numbers", [W_FUTURE] = "future", [W_PLAN] = "plan",
    [W_FUTURE_WORDS] = "future-words", [W_NOT_NAMES] = "not-names",
    [W_PARTICLES] = "particles", [W_DETERMINERS] = "determiners",
    [W_QUANTIFIERS] = "quantifiers", [W_ENDS] = "ends",
    [W_POSS] = "possessives", [W_GROUP_NOUNS_EARLY] = "group-nouns-early",
    [W_OFFICE_PREMODS] = "office-premods", [W_GENERIC_HEADS] = "generic-heads",
    [W_KEEP] = "keep", [W_LOC] = "loc", [W_ACTOR_OK] = "ok",
    [W_LOWER_STARTERS] = "lower-starters", [W_PRON] = "pron-person",
    [W_SELF] = "pron-self", [W_THEY] = "pron-they", [W_IT] = "pron-it",
    [W_HIS] = "his", [W_GROUP_NOUNS] = "group-nouns", [W_HOME_NOUN] = "home-noun",
    [W_HOME_DET] = "home-det", [W_CALENDAR] = "calendar",
    [W_QUANTITY] = "quantity",
    [W_NEGATIVE] = "negative",
    [W_PERSON_NOUNS] = "person-nouns", [W_PERSON_CUES] = "person-cues",
    [W_ACT_NOUNS] = "act-nouns", [W_ARMED_NOUNS] = "armed-nouns",
    [W_LED] = "led", [W_ORG_HEADS] = "org-heads", [W_PLACE_CUES] = "place-cues",
    [W_SETTING_CUES] = "setting-cues", [W_SETTLEMENTS] = "settlements", [W_UNIT_HEADS] = "unit-heads", [W_APPROX] = "approx",
    [W_HEAD_VERBS] = "head-verbs", [W_DEADLINE] = "deadline",
    [W_HABITUAL] = "habitual", [W_CARRY] = "carry",
    [W_ASPECT] = "aspect", [W_BORDER] = "border",
    [W_ANAPHORS] = "anaphors", [W_PERSON_HEADS] = "person-heads",
    [W_AREAS] = "areas", [W_AREA_PREPS] = "area-preps",
    [W_STRUCK_CUES] = "struck-cues", [W_POSTS] = "posts", [W_OTHERS] = "others",
    [W_ALLEGE] = "allege", [W_REASON_PREPS] = "reason-preps",
    [W_MEMBERS] = "members", [W_TIME_NOUNS] = "time-nouns",
    [W_STAFF] = "staff", [W_PEOPLE_SECTORS] = "people-sectors",
    [W_SURNAME_FIRST] = "surname-first", [W_GIVEN_CALLED] = "given-name-called", [W_COUNTRY_GROUPS] = "country-groups",
    [W_OWN_SIDES] = "own-sides", [W_LOCAL_SIDES] = "local-sides", [W_POLICE_SECTORS] = "police-sectors",
    [W_RECIPROCAL] = "reciprocal",
    [W_RECIPROCAL_OF] = "reciprocal-of", [W_GEO_FEATURES] = "geo-features",
    [W_AUTHOR_VERBS] = "author-verbs", [W_ARRIVALS] = "arrivals",
    [W_TOPIC_HEADS] = "topic-heads", [W_CONTENT_NOUNS] = "content-nouns",
    [W_ORG_ANAPHORS] = "org-anaphors", [W_NAMED_TEXTS] = "named-texts",
    [W_STATEMENT_TITLES] = "statement-titles",
    [W_NAME_SUFFIXES] = "name-suffixes", [W_WANTED] = "wanted",
    [W_ORG_KINDS] = "org-kinds",
    [W_RECEIPT] = "receipt", [W_SAY] = "say", [W_HELD] = "held",
    [W_NOTIFIED] = "notified", [W_MALE] = "male", [W_FEMALE] = "female",
    [W_OFFICE_GROUPS] = "office-groups", [W_ORG_CAPITALS] = "org-capitals",
    [W_PARTY_HEADS] = "party-heads", [W_RULING] = "ruling", [W_OPPOSING] = "opposing",
    [W_GATHERINGS] = "gatherings", [W_STATE_PLURALS] = "state-plurals",
    [W_READY] = "ready", [W_KIN] = "kin",
    [W_STATE_TITLES] = "state-titles", [W_ORG_AS_PARENT] = "org-as-parent",
    [W_MEMBER_HEADS] = "member-heads", [W_FREEING] = "freeing",
    [W_ADJ_TAILS] = "adjective-tails", [W_FACILITIES] = "facilities",
    [W_OWN_NAME_BODIES] = "own-name-bodies",
    [W_CIVIL_HEADS] = "civil-heads",
    [W_PARTICIPATING] = "participating",
    [W_ING_NOUNS] = "ing-nouns", [W_FLOATING] = "floating", [W_HALTED] = "halted",
    [W_REPELLING] = "repelling", [W_ATTACKERS] = "attacker-nouns", [W_MANNER] = "manner-nouns",
    [W_CASUALTY] = "casualty-verbs",
    [W_DATELINE_SIDES] = "dateline-sides", [W_DECIDED] = "decided",
    [W_STATE_BODY_HEADS] = "state-body-heads", [W_REGION_PREFIXES] = "region-prefixes",
    [W_ATTEMPT] = "attempt"};

/* A code of at most 7 bytes, s[0, n), as an integer: byte i in bits 8i
 * to 8i + 7, zeros above (no code has a NUL, so two codes differ as their
 * keys do). pl_grammar_code_in packs its codes the same way. */
static uint64_t code_key(const char *s, size_t n)
{
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return k;
}

/* Whether list w (a list of codes) holds the code whose key is k. */
static int code_listed(const struct lex_grammar *g, int w, uint64_t k)
{
    size_t l = (size_t)(w - W_CODE_FIRST);
    for (uint32_t i = g->cfirst[l]; i < g->cfirst[l + 1]; i++)
        if (g->clist[i] == k)
            return 1;
    return 0;
}

/* Adds the code c (a value of a words.txt line) to list w, a list of
 * codes, folded as the words are; a code already there is not added
 * again. */
static int code_entry(struct lex_grammar *g, int w, const char *c, const char **why)
{
    char *f;
    long n = pl_fold_match(&g->mem, c, strlen(c), &f);
    if (n < 0)
        return PARLEY_ENOMEM;
    if (n == 0 || n > 7) {
        *why = "a list of codes holds codes of 1 to 7 bytes";
        return PARLEY_EPARSE;
    }
    uint64_t k = code_key(f, (size_t)n);
    if (code_listed(g, w, k))
        return 0;
    if (GROW(g->clist, g->nclist, g->clist_cap))
        return PARLEY_ENOMEM;
    /* at the end of its list: the lists after it move up by one */
    size_t l = (size_t)(w - W_CODE_FIRST), at = g->cfirst[l + 1];
    memmove(&g->clist[at + 1], &g->clist[at], (g->nclist - at) * sizeof *g->clist);
    g->clist[at] = k;
    g->nclist++;
    for (size_t j = l + 1; j <= W_NCODE_LISTS; j++)
        g->cfirst[j]++;
    return 0;
}

static int words_entry(parley_lexicon *lx, char **f, int nf, const char **why)
{
    struct lex_grammar *g = gram(lx);
    if (!g)
        return PARLEY_ENOMEM;
    if (nf != 2) {
        *why = "expected 2 fields: LIST | words";
        return PARLEY_EPARSE;
    }
    int w = -1;
    for (int i = 0; i < W_NLISTS; i++)
        if (list_names[i] && !strcmp(list_names[i], f[0]))
            w = i;
    if (w < 0) {
        *why = "unknown word list (see the names in data/words.txt)";
        return PARLEY_EPARSE;
    }
    char *v[512];
    int n = values(f[1], v, 512);
    for (int i = 0; i < n; i++) {
        if (strchr(v[i], ' ')) {
            *why = "a word list holds single words";
            return PARLEY_EPARSE;
        }
        if (w >= W_CODE_FIRST) {
            int rc = code_entry(g, w, v[i], why);
            if (rc)
                return rc;
            continue;
        }
        uint64_t h;
        winfo *wi;
        if (word_hash(&g->mem, v[i], &h) || !(wi = winfo_of(g, h)))
            return PARLEY_ENOMEM;
        if (w < WORDS_FIRST)
            wi->words |= 1ull << w;
        else
            wi->words2 |= 1ull << (w - WORDS_FIRST);
        if (w == W_PREP) {
            int p = pl_prep_by_name(v[i]);
            wi->prep = (uint8_t)(p == P_NONE ? P_OTHER : p);
        }
    }
    return 0;
}

void pl_words_annotate(const parley_lexicon *lx, token *toks, size_t n)
{
    const struct lex_grammar *g = lx->gram;
    /* the table's fields in locals: the stores into toks below might
     * alias them for the compiler, which would load them again */
    const hent *e = g && g->words.cap ? g->words.e : NULL;
    size_t mask = e ? g->words.cap - 1 : 0;
    const winfo *info = e ? g->info : NULL;
    static const winfo none = {0, 0, 0, P_NONE}; /* a word of no list */
    for (size_t i = 0; i < n; i++) {
        const winfo *wi = &none;
        if (e) {
            /* the table is larger than the caches: ask for the slot of a
             * token ahead while this one is looked up (htab_get) */
            if (i + 8 < n)
                __builtin_prefetch(&e[hkey(toks[i + 8].hash) & mask]);
            uint64_t h = hkey(toks[i].hash);
            for (size_t j = h & mask; e[j].key; j = (j + 1) & mask)
                if (e[j].key == h) {
                    if (e[j].val)
                        wi = &info[e[j].val - 1];
                    break;
                }
        }
        toks[i].words = wi->words | WORDS_KNOWN;
        toks[i].words2 = wi->words2;
        toks[i].readings = toks[i].flags & TOK_WORD ? wi->readings : 0;
        toks[i].prep = wi->prep;
        toks[i].facts = g ? pl_grammar_word_facts(lx, (uint32_t)htab_get(&g->heads, toks[i].hash),
                                                  (uint32_t)htab_get(&g->verbs, toks[i].hash))
                          : 0;
    }
}

int pl_grammar_word_next(const parley_lexicon *lx, size_t *pos, uint64_t *key,
                         lex_word *w)
{
    const struct lex_grammar *g = lx->gram;
    if (!g)
        return 0;
    for (; *pos < g->words.cap; ++*pos) {
        const hent *e = &g->words.e[*pos];
        if (e->key && e->val) {
            *key = e->key;
            *w = g->info[e->val - 1];
            ++*pos;
            return 1;
        }
    }
    return 0;
}

int pl_grammar_key_next(const parley_lexicon *lx, int table, size_t *pos,
                        uint64_t *key, uint32_t *val)
{
    if (!lx->gram)
        return 0;
    const htab *t = table ? &lx->gram->verbs : &lx->gram->heads;
    for (; *pos < t->cap; ++*pos)
        if (t->e[*pos].key && t->e[*pos].val) {
            *key = t->e[*pos].key;
            *val = (uint32_t)t->e[*pos].val;
            ++*pos;
            return 1;
        }
    return 0;
}

/* The first noun member (index + 1) whose head is the word of token t,
 * which pl_lexicon_annotate has seen: its facts tell a word that heads
 * none without a probe. Inline: it is asked for the head of every noun
 * phrase, several times. */
static inline uint64_t heads_of(const parley_lexicon *lx, const token *t)
{
    uint64_t h = t->hash;
    if (!(t->facts & WF_NOUN))
        return 0;
    if (lx->vocab && h > 1) {
        const lex_vent *v = lexicon_vocab_find(lx, h);
        return v ? v->heads : 0;
    }
    return htab_get(&lx->gram->heads, h);
}

uint32_t pl_grammar_head_classes(const parley_lexicon *lx, const token *t)
{
    uint64_t i = lx->gram ? heads_of(lx, t) : 0;
    return i ? lx->gram->members[i - 1].chain : 0;
}

int pl_grammar_word_in(const parley_lexicon *lx, const char *s, size_t n, int w)
{
    if (!lx->gram || w < 0 || w >= W_NLISTS)
        return 0;
    if (w >= W_CODE_FIRST)
        return n && n < 8 && code_listed(lx->gram, w, code_key(s, n));
    uint64_t h = text_hash(s, n), words, words2;
    if (lx->vocab && h > 1) {
        /* the table pl_lexicon_annotate probes holds every word's lists
         * (vinfo[0], none, for a word of no list) */
        const lex_vent *v = lexicon_vocab_find(lx, h);
        const lex_vinfo *vi = &lx->vinfo[v ? v->info : 0];
        words = vi->words;
        words2 = vi->words2;
    } else {
        const winfo *wi = winfo_get(lx->gram, h);
        if (!wi)
            return 0;
        words = wi->words;
        words2 = wi->words2;
    }
    return w < WORDS_FIRST ? (int)((words >> w) & 1)
                           : (int)((words2 >> (w - WORDS_FIRST)) & 1);
}

int pl_grammar_code_in(const parley_lexicon *lx, const char *code, int w)
{
    if (!code)
        return 0;
    size_t n = 0;
    if (w >= W_CODE_FIRST && w < W_NLISTS) {
        /* packed as code_key packs, lower-cased as read: a code of 8
         * bytes or more is in no list */
        uint64_t k = 0;
        for (; code[n]; n++) {
            if (n == 7)
                return 0;
            k |= (uint64_t)(unsigned char)pl_ascii_lower(code[n]) << (8 * n);
        }
        return n && lx->gram && code_listed(lx->gram, w, k);
    }
    char low[8];
    for (; code[n]; n++) {
        if (n == sizeof low - 1)
            return 0;
        low[n] = pl_ascii_lower(code[n]);
    }
    return n ? pl_grammar_word_in(lx, low, n, w) : 0;
}

/* ---- compounds: "Saudi-led" ---------------------------------------------------- */

/* The payload of a kind in m (LK_ADJ, LK_COUNTRY) of one word of a
 * compound: fold[off, off + len) of token t, whose capitals are told by
 * the raw text of that part. */
static const lex_hit *compound_part(const parley_lexicon *lx, const char *text, const token *t,
                                    size_t off, size_t len, uint32_t m)
{
    token part = *t;
    part.fold += off;
    part.fold_len = (uint32_t)len;
    part.hash = text_hash(part.fold, len);
    part.lexkinds = 0;
    part.flags &= ~(uint32_t)TOK_ALLCAPS;
    /* ("US-China": a part in capitals only is an acronym's) */
    const char *raw = text + t->start;
    size_t rl = t->end - t->start, ncap = 0, nlow = 0, dash = 0, k;
    for (k = 0; k < rl && dash < (off ? 1u : 0u); k++)
        dash += raw[k] == '-';
    for (; k < rl && raw[k] != '-'; k++)
        ncap += raw[k] >= 'A' && raw[k] <= 'Z', nlow += raw[k] >= 'a' && raw[k] <= 'z';
    if (!ncap)
        return NULL;
    if (ncap >= 2 && !nlow)
        part.flags |= TOK_ALLCAPS;
    const lex_hit *h;
    size_t n = lexicon_match(lx, &part, 0, 1, m, &h);
    for (; n == 1 && h; h = lexicon_next(lx, h))
        if (pl_lexicon_hit_ok(lx, h, &part, 0, m) && h->ntok == 1)
            return h;
    return NULL;
}

const lex_hit *pl_grammar_compound(const parley_lexicon *lx, const char *text,
                                const token *t, uint32_t mask)
{
    if (!(t->flags & TOK_CAP) || !(mask & (LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY))))
        return NULL;
    const char *dash = strrchr(t->fold, '-');
    if (!dash || dash == t->fold || !pl_grammar_word_in(lx, dash + 1, strlen(dash + 1), W_LED))
        return NULL;
    /* "US-led": the first part's capitals are its own */
    return compound_part(lx, text, t, 0, (size_t)(dash - t->fold),
                         mask & (LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY)));
}

int pl_grammar_pair(const parley_lexicon *lx, const char *text, const token *t,
                    const lex_hit **a, const lex_hit **b)
{
    if ((t->flags & (TOK_CAP | TOK_HYPHEN)) != (TOK_CAP | TOK_HYPHEN))
        return 0;
    const char *dash = memchr(t->fold, '-', t->fold_len);
    size_t n1 = dash ? (size_t)(dash - t->fold) : 0;
    if (!dash || !n1 || n1 + 1 >= t->fold_len || memchr(dash + 1, '-', t->fold_len - n1 - 1))
        return 0;
    const uint32_t m = LK_BIT(LK_ADJ) | LK_BIT(LK_COUNTRY);
    *a = compound_part(lx, text, t, 0, n1, m);
    *b = *a ? compound_part(lx, text, t, n1 + 1, t->fold_len - n1 - 1, m) : NULL;
    return *a && *b;
}

/* ---- prepositions ---------------------------------------------------------------- */

static const struct {
    const char *w;
    int p;
} preps[] = {
    {"with", P_WITH},       {"of", P_OF},           {"to", P_TO},
    {"by", P_BY},           {"between", P_BETWEEN}, {"among", P_BETWEEN},
    {"amongst", P_BETWEEN}, {"in", P_IN},           {"within", P_IN},
    {"inside", P_IN},       {"at", P_AT},           {"for", P_FOR},
    {"from", P_FROM},       {"on", P_ON},           {"upon", P_ON},
    {"against", P_AGAINST}, {"about", P_ABOUT},     {"over", P_OVER},
    {"into", P_INTO},       {"toward", P_TOWARD},   {"towards", P_TOWARD},
    {"around", P_AROUND},   {"near", P_NEAR},       {"along", P_ALONG},
    {"outside", P_OUTSIDE}, {"regarding", P_REGARDING},
    {"concerning", P_REGARDING}, {"during", P_DURING}, {"after", P_AFTER},
    {"before", P_BEFORE},   {"following", P_FOLLOWING}, {"as", P_AS},
    {"under", P_UNDER}};

int pl_prep_by_name(const char *w)
{
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (!strcmp(preps[i].w, w))
            return preps[i].p;
    return P_NONE;
}

int pl_prep_of(const token *t)
{
    return tok_in(t, W_PREP) ? t->prep : P_NONE;
}

/* ---- pos.txt ------------------------------------------------------------------------ */

static int add_row(struct lex_grammar *g, uint64_t lemma, const char *form,
                   uint32_t tags);

static uint32_t tag_bits(const char *s, int *bad)
{
    static const char letters[] = "nmvzdpgar";
    uint32_t r = 0;
    for (; *s; s++) {
        char c = *s, lc = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        const char *k = strchr(letters, lc);
        if (!k || !lc) {
            *bad = 1;
            return 0;
        }
        uint32_t bit = 1u << (k - letters);
        r |= bit;
        if (c != lc)
            r |= bit << PR_MAIN_SHIFT;
    }
    return r;
}

static int pos_entry(parley_lexicon *lx, char **f, int nf, const char **why)
{
    struct lex_grammar *g = gram(lx);
    if (!g)
        return PARLEY_ENOMEM;
    if (nf != 3) {
        *why = "expected 3 fields: form | lemma | tags";
        return PARLEY_EPARSE;
    }
    int bad = 0;
    uint32_t tags = tag_bits(f[2], &bad);
    if (bad || !tags) {
        *why = "tags are letters of nmvzdpgar";
        return PARLEY_EPARSE;
    }
    uint64_t h, lh;
    winfo *wi;
    if (word_hash(&g->mem, f[0], &h))
        return PARLEY_ENOMEM;
    lh = h;
    if (strcmp(f[1], "-") && word_hash(&g->mem, f[1], &lh))
        return PARLEY_ENOMEM;
    if (!(wi = winfo_of(g, h)))
        return PARLEY_ENOMEM;
    /* several lemmas: the readings add up; the main ones are those of
     * the line that names the most frequent reading */
    uint32_t old = wi->readings;
    uint32_t main = (old >> PR_MAIN_SHIFT) | (tags >> PR_MAIN_SHIFT);
    wi->readings = ((old | tags) & 0xffff) | (main << PR_MAIN_SHIFT);
    if (tags & PR_VERB)
        return add_row(g, lh, f[0], tags);
    return 0;
}

uint32_t pl_pos_readings(const parley_lexicon *lx, uint64_t h)
{
    const winfo *wi = lx->gram ? winfo_get(lx->gram, h) : NULL;
    return wi ? wi->readings : 0;
}

/* ---- cameo.txt ---------------------------------------------------------------------- */

static int valid_cameo(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* The flags field of a cameo.txt row: words separated by ';'. */
static int code_flags(const char *s, unsigned *flags)
{
    static const struct {
        const char *name;
        unsigned bit;
    } known[] = {{"present", LC_PRESENT}, {"strike", LC_STRIKE}, {"remote", LC_REMOTE},
                 {"intent", LC_INTENT}};
    while (*s) {
        while (*s == ' ' || *s == ';')
            s++;
        size_t n = strcspn(s, " ;");
        if (!n)
            break;
        size_t k = 0;
        while (k < sizeof known / sizeof *known &&
               !(strlen(known[k].name) == n && !strncmp(known[k].name, s, n)))
            k++;
        if (k == sizeof known / sizeof *known)
            return -1;
        *flags |= known[k].bit;
        s += n;
    }
    return 0;
}

int pl_lex_code_row(lex_code *v, size_t *n, size_t *cap, arena *a, char **f,
                 int nf, const char **why)
{
    if (nf != 6 && nf != 7) {
        *why = "expected 6 or 7 fields: CAMEO | type | mode | quad | goldstein | label [| flags]";
        return PARLEY_EPARSE;
    }
    unsigned flags = 0;
    if (nf == 7 && code_flags(f[6], &flags)) {
        *why = "unknown flag (expected 'present', 'remote' or 'strike', separated by ';')";
        return PARLEY_EPARSE;
    }
    char *eq, *eg;
    long quad = strtol(f[3], &eq, 10);
    double gs = strtod(f[4], &eg);
    if (!valid_cameo(f[0]) || *eq || quad < 1 || quad > 4 || *eg || gs < -10 ||
        gs > 10) {
        *why = "bad CAMEO code, QuadClass (1-4) or Goldstein score (-10..10)";
        return PARLEY_EPARSE;
    }
    /* a later row with the same code replaces the earlier one (a code
     * has two digits at least: those two tell most rows apart without a
     * call of strcmp) */
    lex_code *c = NULL;
    const char *code = f[0];
    for (size_t i = 0; i < *n; i++)
        if (v[i].cameo[0] == code[0] && v[i].cameo[1] == code[1] && !strcmp(v[i].cameo, code))
            c = &v[i];
    if (!c) {
        if (*n == *cap)
            return PARLEY_ENOMEM; /* the caller grows v first */
        c = &v[(*n)++];
    }
    c->cameo = pl_arena_strdup(a, f[0]);
    c->type = strcmp(f[1], "-") ? pl_arena_strdup(a, f[1]) : NULL;
    c->mode = strcmp(f[2], "-") ? pl_arena_strdup(a, f[2]) : NULL;
    c->quad = (int)quad;
    c->goldstein = gs;
    c->label = pl_arena_strdup(a, f[5]);
    c->flags = flags;
    return c->cameo && c->label ? 0 : PARLEY_ENOMEM;
}

static int cameo_entry(parley_lexicon *lx, char **f, int nf, const char **why)
{
    struct lex_grammar *g = gram(lx);
    if (!g)
        return PARLEY_ENOMEM;
    if (g->ncodes == g->codes_cap && GROW(g->codes, g->ncodes, g->codes_cap))
        return PARLEY_ENOMEM;
    size_t n0 = g->ncodes;
    int rc = pl_lex_code_row(g->codes, &g->ncodes, &g->codes_cap, &g->mem, f, nf, why);
    if (rc || g->ncodes == n0)
        return rc; /* an error, or a row replaced in place */
    const char *k = g->codes[n0].cameo;
    uint64_t *slot = htab_slot(&g->code_ix, text_hash(k, strlen(k)));
    if (!slot)
        return PARLEY_ENOMEM;
    if (!*slot) /* the first of two codes of one hash keeps it */
        *slot = n0 + 1;
    return 0;
}

const lex_code *pl_lex_code_find(const lex_code *v, size_t n, const char *cameo)
{
    if (!cameo)
        return NULL;
    const lex_code *best = NULL;
    size_t bl = 0;
    for (size_t i = 0; i < n; i++) {
        const char *k = v[i].cameo;
        if (k[0] != cameo[0] || (k[0] && k[1] != cameo[1] && k[1]))
            continue; /* most rows differ in their first two digits */
        size_t l = strlen(k);
        if (l > bl && !strncmp(cameo, k, l)) {
            best = &v[i];
            bl = l;
        }
    }
    return best;
}

/* The longest prefix of cameo that is a row's code, as pl_lex_code_find
 * finds it, by looking the prefixes up in g->code_ix, longest first. */
const lex_code *pl_lexicon_code(const parley_lexicon *lx, const char *cameo)
{
    const struct lex_grammar *g = lx->gram;
    if (!g || !cameo)
        return NULL;
    for (size_t l = strlen(cameo); l > 0; l--) {
        uint64_t i = htab_get(&g->code_ix, text_hash(cameo, l));
        if (!i)
            continue;
        const char *k = g->codes[i - 1].cameo;
        if (strlen(k) == l && !memcmp(k, cameo, l))
            return &g->codes[i - 1];
        /* two codes of one hash: the table's own search */
        return pl_lex_code_find(g->codes, g->ncodes, cameo);
    }
    return NULL;
}

/* ---- frames: the shared fields of verbs.txt and nouns.txt --------------------- */

static const struct {
    const char *name;
    uint64_t bit;
} flag_names[] = {
    {"sym", FR_SYM},         {"ctx", FR_CTX},       {"opp", FR_OPP},
    {"owner", 0},            {"noowner", FR_NOOWNER}, {"inf", FR_INF},
    {"noinf", FR_NOINF},     {"report", FR_REPORT}, {"pred", FR_PRED},
    {"threat", FR_THREAT},   {"passive", FR_PASSIVE},
    {"gov", FR_GOV},         {"host", FR_HOST},     {"place", FR_PLACE},
    {"cooperative", FR_COOP}, {"past", FR_PAST},    {"of", FR_OF}, {"from", FR_FROM},
    {"judge", FR_JUDGE},     {"person", FR_PERSON}, {"foe", FR_FOE}, {"in", FR_IN},
    {"reaction", FR_REACT},  {"told", FR_TOLD},   {"official", FR_OFFICIAL},
    {"police", FR_POLICE},   {"mutual", FR_MUTUAL}, {"site", FR_SITE},
    {"self", FR_SELF},       {"intrans", FR_INTRANS},
    {"among", FR_AMONG},     {"notice", FR_NOTICE},  {"recv", FR_RECV},
    {"claim", FR_CLAIM},     {"purpose", FR_PURPOSE}, {"aim", FR_AIM},
    {"negonly", FR_NEGONLY}, {"fromsrc", FR_FROMSRC},
    {"people", FR_PEOPLE},   {"menace", FR_MENACE}, {"forces", FR_FORCES},
    {"crowd", FR_CROWD},
    {"parts", FR_PARTS},     {"quotes", FR_QUOTES}, {"protesters", FR_PROTESTERS},
    {"folk", FR_FOLK},       {"hearsay", FR_HEARSAY}, {"rally", FR_RALLY}};

/* The next word of a space-separated field into w (at most n-1 bytes);
 * returns the rest, or NULL at the end. The field may be read-only. */
static const char *next_word(const char *p, char *w, size_t n)
{
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p)
        return NULL;
    size_t k = 0;
    while (*p && *p != ' ' && *p != '\t') {
        if (k + 1 < n)
            w[k++] = *p;
        p++;
    }
    w[k] = '\0';
    return p;
}

static int parse_flags(const char *field, uint64_t *out)
{
    char w[32];
    *out = 0;
    for (const char *p = field; (p = next_word(p, w, sizeof w));) {
        int found = !strcmp(w, "-");
        for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
            if (!strcmp(flag_names[i].name, w)) {
                *out |= flag_names[i].bit;
                found = 1;
            }
        if (!found)
            return -1;
    }
    return 0;
}

static int parse_slots(const char *field, lex_frame *fr)
{
    char w[32];
    fr->nslots = 0;
    for (const char *p = field; (p = next_word(p, w, sizeof w));) {
        if (!strcmp(w, "-"))
            continue;
        lex_slot s = {0, P_NONE};
        if (!strcmp(w, "obj"))
            s.kind = SL_OBJ;
        else if (!strcmp(w, "iobj"))
            s.kind = SL_IOBJ;
        else if (!strcmp(w, "comp"))
            s.kind = SL_COMP;
        else if (!strcmp(w, "noun"))
            s.kind = SL_NOUN;
        else if ((s.prep = (uint8_t)pl_prep_by_name(w)) != P_NONE)
            s.kind = SL_PREP;
        if (!s.kind || fr->nslots == FRAME_SLOTS)
            return -1;
        fr->slots[fr->nslots++] = s;
    }
    return 0;
}

static int new_frame(struct lex_grammar *g, const parley_lexicon *lx,
                     const char *cameo, const char *slots, const char *flags,
                     const char **why, int cls)
{
    if (GROW(g->frames, g->nframes, g->frames_cap))
        return PARLEY_ENOMEM;
    lex_frame *fr = &g->frames[g->nframes];
    memset(fr, 0, sizeof *fr);
    fr->noun_class = cls;
    if (!(fr->code = pl_lexicon_code(lx, cameo)) || !valid_cameo(cameo)) {
        *why = "CAMEO code not in cameo.txt";
        return PARLEY_EPARSE;
    }
    if (strcmp(fr->code->cameo, cameo)) {
        /* a code listed only by its prefix keeps its own digits */
        lex_code *c = arena_alloc(&g->mem, sizeof *c);
        if (!c)
            return PARLEY_ENOMEM;
        *c = *fr->code;
        c->cameo = pl_arena_strdup(&g->mem, cameo);
        fr->code = c;
    }
    if (parse_slots(slots, fr)) {
        *why = "bad target: obj, iobj, comp, a preposition or -";
        return PARLEY_EPARSE;
    }
    if (parse_flags(flags, &fr->flags)) {
        *why = "unknown flag (see the header of verbs.txt)";
        return PARLEY_EPARSE;
    }
    g->nframes++;
    return 0;
}

/* ---- nouns.txt ------------------------------------------------------------------------ */

static int class_index(const struct lex_grammar *g, arena *a, const char *name)
{
    uint64_t h;
    if (word_hash(a, name, &h))
        return -2;
    return (int)htab_get(&g->classes, h) - 1;
}

static int nouns_entry(parley_lexicon *lx, char **f, int nf, const char **why)
{
    struct lex_grammar *g = gram(lx);
    if (!g)
        return PARLEY_ENOMEM;
    if (nf != 5) {
        *why = "expected 5 fields: class | CAMEO | nouns | counterpart | flags";
        return PARLEY_EPARSE;
    }
    int cls = class_index(g, &g->mem, f[0]);
    if (cls == -2)
        return PARLEY_ENOMEM;
    if (cls < 0) {
        if (GROW(g->ncls, g->nncls, g->ncls_cap))
            return PARLEY_ENOMEM;
        cls = (int)g->nncls++;
        uint64_t h, *slot;
        if (word_hash(&g->mem, f[0], &h) || !(slot = htab_slot(&g->classes, h)))
            return PARLEY_ENOMEM;
        *slot = (uint64_t)cls + 1;
        g->ncls[cls].name = pl_arena_strdup(&g->mem, f[0]);
    }
    g->ncls[cls].frame = -1;
    if (strcmp(f[1], "-")) {
        int rc = new_frame(g, lx, f[1], f[3], f[4], why, cls);
        if (rc)
            return rc;
        g->ncls[cls].frame = (int)g->nframes - 1;
    }
    char *v[256];
    int n = values(f[2], v, 256);
    for (int i = 0; i < n; i++) {
        arena tmp;
        pl_arena_init(&tmp);
        text_doc td;
        int rc = pl_text_analyse(&tmp, v[i], strlen(v[i]), NULL, NULL, &td);
        if (rc || td.ntoks == 0 || td.ntoks > 5) {
            pl_arena_release(&tmp);
            if (rc)
                return rc;
            *why = "a noun has 1 to 5 words";
            return PARLEY_EPARSE;
        }
        if (GROW(g->members, g->nmembers, g->members_cap)) {
            pl_arena_release(&tmp);
            return PARLEY_ENOMEM;
        }
        noun_member *m = &g->members[g->nmembers];
        memset(m, 0, sizeof *m);
        m->cls = (uint32_t)cls;
        m->nmods = (uint8_t)(td.ntoks - 1);
        for (size_t k = 0; k + 1 < td.ntoks; k++)
            m->mods[k] = td.toks[k].hash;
        uint64_t *slot = htab_slot(&g->heads, td.toks[td.ntoks - 1].hash);
        pl_arena_release(&tmp);
        if (!slot)
            return PARLEY_ENOMEM;
        m->next = (uint32_t)*slot;
        m->chain = noun_class_bit(m->cls) | (m->next ? g->members[m->next - 1].chain : 0);
        *slot = g->nmembers + 1;
        g->nmembers++;
    }
    return 0;
}

static int member_fits(const noun_member *m, const token *toks, size_t np0,
                       size_t head)
{
    size_t k = head;
    for (int i = m->nmods - 1; i >= 0; i--) {
        while (k > np0 && toks[k - 1].hash != m->mods[i])
            k--;
        if (k == np0)
            return 0;
        k--;
    }
    return 1;
}

size_t pl_grammar_compound_noun(const parley_lexicon *lx, const token *toks, size_t s0,
                             size_t i)
{
    if (!lx->gram)
        return 0;
    const struct lex_grammar *g = lx->gram;
    size_t best = 0;
    for (uint64_t k = heads_of(lx, &toks[i]); k; k = g->members[k - 1].next) {
        const noun_member *m = &g->members[k - 1];
        if (!m->nmods || m->nmods > i - s0 || m->nmods <= best)
            continue;
        size_t j = 0;
        while (j < m->nmods && toks[i - m->nmods + j].hash == m->mods[j])
            j++;
        if (j == m->nmods)
            best = m->nmods;
    }
    return best;
}

/* Whether the noun phrase np0..head is a noun of class cls: a member of
 * cls fits it, and no member of another class fits it with more words
 * ("an air strike" is no labour strike, though "strike" alone may be). */
int pl_grammar_noun_in(const parley_lexicon *lx, const token *toks, size_t np0,
                    size_t head, uint32_t cls)
{
    if (!lx->gram)
        return 0;
    const struct lex_grammar *g = lx->gram;
    int mine = -1, other = -1;
    for (uint64_t i = heads_of(lx, &toks[head]); i;
         i = g->members[i - 1].next) {
        const noun_member *m = &g->members[i - 1];
        if (mine < 0 && !(m->chain & noun_class_bit(cls)))
            return 0; /* no member of cls is left */
        int *best = m->cls == cls ? &mine : &other;
        if (m->nmods > *best && member_fits(m, toks, np0, head))
            *best = m->nmods;
    }
    return mine >= 0 && mine >= other;
}

static int class_of_np(const parley_lexicon *lx, const token *toks, size_t np0, size_t head,
                      int events)
{
    if (!lx->gram)
        return -1;
    const struct lex_grammar *g = lx->gram;
    /* the most specific noun wins ("telephone conversation" over
     * "conversation"), then the class listed first */
    int best = -1, best_mods = -1;
    for (uint64_t i = heads_of(lx, &toks[head]); i;
         i = g->members[i - 1].next) {
        const noun_member *m = &g->members[i - 1];
        if ((events && g->ncls[m->cls].frame < 0) || !member_fits(m, toks, np0, head))
            continue;
        if (m->nmods > best_mods || (m->nmods == best_mods && (int)m->cls < best)) {
            best = (int)m->cls;
            best_mods = m->nmods;
        }
    }
    return best;
}

int pl_grammar_noun_event(const parley_lexicon *lx, const token *toks,
                       size_t np0, size_t head)
{
    return class_of_np(lx, toks, np0, head, 1);
}

int pl_grammar_noun_classes(const parley_lexicon *lx, const token *toks, size_t np0,
                            size_t head, uint32_t *cls, int max, int *event)
{
    *event = -1;
    if (!lx->gram)
        return 0;
    const struct lex_grammar *g = lx->gram;
    /* pl_grammar_noun_in accepts a class whose best fitting noun is as
     * specific as the best of all (top); class_of_np's choice for
     * events beside it */
    int top = -1, n = 0, event_mods = -1;
    for (uint64_t i = heads_of(lx, &toks[head]); i; i = g->members[i - 1].next) {
        const noun_member *m = &g->members[i - 1];
        if (!member_fits(m, toks, np0, head))
            continue;
        if (m->nmods > top) {
            top = m->nmods;
            n = 0;
        }
        if (m->nmods == top && n >= 0) {
            int seen = 0;
            for (int k = 0; k < n && !seen; k++)
                seen = cls[k] == m->cls;
            if (!seen)
                n = n < max ? (cls[n] = m->cls, n + 1) : -1;
        }
        if (g->ncls[m->cls].frame >= 0 &&
            (m->nmods > event_mods || (m->nmods == event_mods && (int)m->cls < *event))) {
            *event = (int)m->cls;
            event_mods = m->nmods;
        }
    }
    return n;
}

int pl_grammar_class_named(const parley_lexicon *lx, const char *name)
{
    if (!lx->gram)
        return -1;
    return (int)htab_get(&lx->gram->classes, text_hash(name, strlen(name))) - 1;
}

const char *pl_grammar_class_name(const parley_lexicon *lx, int cls)
{
    if (!lx->gram || cls < 0 || (size_t)cls >= lx->gram->nncls)
        return NULL;
    return lx->gram->ncls[cls].name;
}

int pl_grammar_noun_of_type(const parley_lexicon *lx, const token *toks, size_t np0,
                            size_t head, const char *type)
{
    if (!lx->gram)
        return 0;
    const struct lex_grammar *g = lx->gram;
    for (uint64_t i = heads_of(lx, &toks[head]); i; i = g->members[i - 1].next) {
        const noun_member *m = &g->members[i - 1];
        int f = g->ncls[m->cls].frame;
        if (f >= 0 && g->frames[f].code && g->frames[f].code->type &&
            !strcmp(g->frames[f].code->type, type) && member_fits(m, toks, np0, head))
            return 1;
    }
    return 0;
}

const lex_frame *pl_grammar_noun_frame_with(const parley_lexicon *lx, const token *toks,
                                            size_t np0, size_t head, uint64_t flags)
{
    if (!lx->gram)
        return NULL;
    const struct lex_grammar *g = lx->gram;
    for (uint64_t i = heads_of(lx, &toks[head]); i; i = g->members[i - 1].next) {
        const noun_member *m = &g->members[i - 1];
        int f = g->ncls[m->cls].frame;
        if (f >= 0 && (g->frames[f].flags & flags) == flags && member_fits(m, toks, np0, head))
            return &g->frames[f];
    }
    return NULL;
}

int pl_grammar_noun_class(const parley_lexicon *lx, const token *toks,
                       size_t np0, size_t head)
{
    return class_of_np(lx, toks, np0, head, 0);
}

const lex_frame *pl_grammar_class_frame(const parley_lexicon *lx, int cls)
{
    if (!lx->gram || cls < 0 || (size_t)cls >= lx->gram->nncls ||
        lx->gram->ncls[cls].frame < 0)
        return NULL;
    return &lx->gram->frames[lx->gram->ncls[cls].frame];
}

int pl_grammar_frame_has_prep(const lex_frame *fr, int prep)
{
    for (int q = 0; q < fr->nslots; q++)
        if (fr->slots[q].kind == SL_PREP && fr->slots[q].prep == prep)
            return 1;
    return 0;
}

/* ---- verbs.txt ------------------------------------------------------------------------- */

/* Appends pattern pat to the chain at head: a verb's patterns are tried
 * in file order (events.c's match_verb keeps it among equals). */
static int link_pattern(struct lex_grammar *g, uint64_t *head, uint32_t pat)
{
    uint32_t last = 0;
    for (uint64_t q = *head; q; q = g->links[q - 1].next) {
        if (g->links[q - 1].pat == pat)
            return 0;
        last = (uint32_t)q;
    }
    if (GROW(g->links, g->nlinks, g->links_cap))
        return PARLEY_ENOMEM;
    g->links[g->nlinks].pat = pat;
    g->links[g->nlinks].next = 0;
    uint32_t link = (uint32_t)++g->nlinks;
    if (last)
        g->links[last - 1].next = link;
    else
        *head = link;
    return 0;
}

/* Indexes the rows of pos.txt added since the last call by lemma. */
static int index_lemmas(struct lex_grammar *g)
{
    for (; g->lemmas_rows < g->nrows; g->lemmas_rows++) {
        uint64_t *slot = htab_slot(&g->lemmas, g->rows[g->lemmas_rows].lemma);
        if (!slot)
            return PARLEY_ENOMEM;
        g->rows[g->lemmas_rows].lnext = (uint32_t)*slot;
        *slot = g->lemmas_rows + 1;
    }
    return 0;
}

static int add_row(struct lex_grammar *g, uint64_t lemma, const char *form,
                   uint32_t tags)
{
    if (GROW(g->rows, g->nrows, g->rows_cap))
        return PARLEY_ENOMEM;
    pos_row *r = &g->rows[g->nrows];
    r->lemma = lemma;
    r->form = pl_arena_strdup(&g->mem, form);
    r->tags = tags;
    r->lnext = 0;
    if (!r->form)
        return PARLEY_ENOMEM;
    g->nrows++;
    return 0;
}

/* Regular forms of a verb that pos.txt does not list. */
static int regular_forms(struct lex_grammar *g, const char *verb, uint64_t lemma)
{
    size_t n = strlen(verb);
    char buf[4][80];
    if (n + 4 > sizeof buf[0])
        return 0;
    int ends_e = n && verb[n - 1] == 'e';
    int ends_y = n > 1 && verb[n - 1] == 'y' && !strchr("aeiou", verb[n - 2]);
    int sib = n && (strchr("sxz", verb[n - 1]) ||
                    (n > 1 && verb[n - 1] == 'h' && strchr("cs", verb[n - 2])));
    memcpy(buf[0], verb, n + 1);
    if (ends_y) {
        snprintf(buf[1], sizeof buf[1], "%.*sies", (int)(n - 1), verb);
        snprintf(buf[2], sizeof buf[2], "%.*sied", (int)(n - 1), verb);
    } else {
        snprintf(buf[1], sizeof buf[1], "%s%s", verb, sib ? "es" : "s");
        snprintf(buf[2], sizeof buf[2], "%s%s", verb, ends_e ? "d" : "ed");
    }
    snprintf(buf[3], sizeof buf[3], "%.*sing", (int)(ends_e && n > 2 ? n - 1 : n), verb);
    static const uint32_t tags[4] = {PR_BASE, PR_3SG, PR_PAST | PR_PART, PR_ING};
    for (int k = 0; k < 4; k++)
        if (add_row(g, lemma, buf[k], tags[k]))
            return PARLEY_ENOMEM;
    /* A final consonant after one vowel doubles: "airdropped",
     * "initialled" (British spelling doubles an "l"); a form no text
     * writes, like "appealled" or "visitted", costs nothing */
    if (n > 2 && !strchr("aeiouwxy", verb[n - 1]) && strchr("aeiou", verb[n - 2]) &&
        (verb[n - 1] == 'l' || !strchr("aeiou", verb[n - 3]))) {
        snprintf(buf[2], sizeof buf[2], "%s%ced", verb, verb[n - 1]);
        snprintf(buf[3], sizeof buf[3], "%s%cing", verb, verb[n - 1]);
        if (add_row(g, lemma, buf[2], PR_PAST | PR_PART) || add_row(g, lemma, buf[3], PR_ING))
            return PARLEY_ENOMEM;
    }
    return index_lemmas(g);
}

/* Links pattern pat under every form of the verb whose lemma hash is
 * lemma: its pos.txt rows, or regular forms made here when it has none. */
static int index_forms(struct lex_grammar *g, const char *verb, uint64_t lemma,
                       uint32_t pat)
{
    if (index_lemmas(g))
        return PARLEY_ENOMEM;
    /* a word pos.txt knows only as a noun or adjective ("initial") gets
     * the regular forms of a verb too */
    int as_verb = 0;
    for (uint64_t i = htab_get(&g->lemmas, lemma); i && !as_verb; i = g->rows[i - 1].lnext)
        as_verb = (g->rows[i - 1].tags & PR_VERB) != 0;
    if (!as_verb && regular_forms(g, verb, lemma))
        return PARLEY_ENOMEM;
    for (uint64_t i = htab_get(&g->lemmas, lemma); i; i = g->rows[i - 1].lnext) {
        const char *form = g->rows[i - 1].form;
        uint64_t *slot = htab_slot(&g->verbs, text_hash(form, strlen(form)));
        if (!slot || link_pattern(g, slot, pat))
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* Parses one phrase of verbs.txt into pattern pat. */
static int parse_pattern(struct lex_grammar *g, char *phrase, lex_pattern *p,
                         char **verb, const char **why)
{
    memset(p, 0, sizeof *p);
    char *save = NULL;
    for (char *w = strtok_r(phrase, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (p->n == PATTERN_ELEMENTS) {
            *why = "a phrase has at most 10 words";
            return PARLEY_EPARSE;
        }
        int k = p->n;
        if (k == 0) {
            *verb = w;
            p->kind[k] = !strcmp(w, "be") ? PE_BE : PE_VERB;
        } else if (w[0] == '@') {
            int cls = class_index(g, &g->mem, w + 1);
            if (cls == -2)
                return PARLEY_ENOMEM;
            if (cls < 0) {
                *why = "@class not defined in nouns.txt";
                return PARLEY_EPARSE;
            }
            p->kind[k] = PE_CLASS;
            p->cls[k] = (uint32_t)cls;
        } else if (!strcmp(w, "*")) {
            p->kind[k] = PE_ANY;
        } else if (!strcmp(w, "+")) {
            p->kind[k] = PE_ACTOR;
        } else if (!strcmp(w, "!")) {
            p->kind[k] = PE_JUDGED;
        } else {
            p->kind[k] = PE_WORD;
            if (word_hash(&g->mem, w, &p->word[k]))
                return PARLEY_ENOMEM;
        }
        p->n++;
    }
    if (!p->n) {
        *why = "empty phrase";
        return PARLEY_EPARSE;
    }
    return 0;
}

static int verbs_entry(parley_lexicon *lx, char **f, int nf, const char **why)
{
    struct lex_grammar *g = gram(lx);
    if (!g)
        return PARLEY_ENOMEM;
    if (nf != 4) {
        *why = "expected 4 fields: CAMEO | phrases | target | flags";
        return PARLEY_EPARSE;
    }
    int rc = new_frame(g, lx, f[0], f[2], f[3], why, -1);
    if (rc)
        return rc;
    uint32_t frame = (uint32_t)g->nframes - 1;
    char *v[256];
    int n = values(f[1], v, 256);
    if (!g->npats)
        g->npats = 1; /* pats[0] is unused: 0 ends a chain */
    for (int i = 0; i < n; i++) {
        lex_pattern p;
        char *verb = NULL;
        if ((rc = parse_pattern(g, v[i], &p, &verb, why)))
            return rc;
        p.frame = frame;
        if (GROW(g->pats, g->npats, g->pats_cap))
            return PARLEY_ENOMEM;
        uint32_t at = (uint32_t)g->npats++;
        g->pats[at] = p;
        if (p.kind[0] == PE_BE) {
            uint64_t head = g->be_first;
            if (link_pattern(g, &head, at))
                return PARLEY_ENOMEM;
            g->be_first = (uint32_t)head;
            continue;
        }
        uint64_t lemma;
        if (word_hash(&g->mem, verb, &lemma))
            return PARLEY_ENOMEM;
        if ((rc = index_forms(g, verb, lemma, at)))
            return rc;
    }
    return 0;
}

uint32_t pl_grammar_patterns(const parley_lexicon *lx, uint64_t h)
{
    if (!lx->gram)
        return 0;
    if (lx->vocab && h > 1) {
        const lex_vent *v = lexicon_vocab_find(lx, h);
        return v ? v->verbs : 0;
    }
    return (uint32_t)htab_get(&lx->gram->verbs, h);
}

uint32_t pl_grammar_be_patterns(const parley_lexicon *lx)
{
    return lx->gram ? lx->gram->be_first : 0;
}

uint64_t pl_grammar_alone_flags(const parley_lexicon *lx, uint32_t link)
{
    uint64_t f = 0;
    for (const lex_pattern *p; (p = pl_grammar_pattern(lx, &link));)
        if (p->n == 1)
            f |= pl_grammar_frame(lx, p->frame)->flags;
    return f;
}

uint8_t pl_grammar_word_facts(const parley_lexicon *lx, uint32_t heads, uint32_t verbs)
{
    uint8_t f = pl_grammar_alone_flags(lx, verbs) & FR_REPORT ? WF_SAYING : 0;
    for (uint32_t k = heads; k; k = lx->gram->members[k - 1].next)
        f |= lx->gram->members[k - 1].nmods ? WF_NOUN | WF_COMPOUND : WF_NOUN;
    return f;
}

int pl_grammar_verb_flags(const parley_lexicon *lx, uint64_t h, uint64_t flags)
{
    if (lx->vocab && h > 1) {
        /* pl_lexicon_vocab_build has or'ed them together */
        const lex_vent *v = lexicon_vocab_find(lx, h);
        return v && (lx->vinfo[v->info].alone & flags);
    }
    return (pl_grammar_alone_flags(lx, pl_grammar_patterns(lx, h)) & flags) != 0;
}

/* ---- the loader's entry points ------------------------------------------------------- */

static const char *const files[] = {"words.txt", "pos.txt", "cameo.txt",
                                    "nouns.txt", "verbs.txt"};

int pl_grammar_file(const char *file)
{
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (!strcmp(files[i], file))
            return 1;
    return 0;
}

int pl_grammar_entry(parley_lexicon *lx, const char *file, char **f, int nf,
                  int user, const char **why)
{
    (void)user;
    *why = NULL;
    if (!strcmp(file, "words.txt"))
        return words_entry(lx, f, nf, why);
    if (!strcmp(file, "pos.txt"))
        return pos_entry(lx, f, nf, why);
    if (!strcmp(file, "cameo.txt"))
        return cameo_entry(lx, f, nf, why);
    if (!strcmp(file, "nouns.txt"))
        return nouns_entry(lx, f, nf, why);
    return verbs_entry(lx, f, nf, why);
}

void pl_grammar_free(parley_lexicon *lx)
{
    struct lex_grammar *g = lx->gram;
    if (!g)
        return;
    htab_free(&g->words);
    free(g->info);
    htab_free(&g->heads);
    htab_free(&g->verbs);
    htab_free(&g->classes);
    htab_free(&g->code_ix);
    htab_free(&g->lemmas);
    free(g->links);
    free(g->rows);
    free(g->codes);
    free(g->frames);
    free(g->pats);
    free(g->members);
    free(g->ncls);
    free(g->clist);
    pl_arena_release(&g->mem);
    free(g);
    lx->gram = NULL;
}
