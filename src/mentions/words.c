/* words.c — the closed word lists of the grammar (determiners, pronouns,
 * office modifiers, …) that mentions.c and events.c test tokens against.
 * Each token gets, once, a mask of the lists its folded form is in, so a
 * test is one bit (see words.h). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "mentions/mentions.h"

/* Capitalised words that never start or continue a personal name. */
static const char *const not_names[] = {
    "the", "a", "an", "at", "during", "in", "on", "with", "he", "she", "it",
    "they", "we", "i", "for", "as", "according", "following", "given",
    "moreover", "overall", "additionally", "today", "yesterday", "tomorrow",
    "also", "and", "but", "or", "this", "that", "these", "those", "his",
    "her", "its", "their", "our", "your", "my", "after", "before", "while",
    "when", "where", "earlier", "later", "meanwhile", "however", "then",
    "there", "here", "both", "all", "some", "by", "from", "to", "of",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "said",
    "minister", "president", "ambassador", "secretary", "foreign", "prime",
    "deputy", "head", "chairman", "chair", "director", "general", "state",
    "republic", "kingdom", "government", "ministry", "office", "council",
    "assembly", "committee", "commission", "summit", "session", "conference",
    "forum", "center", "centre", "university", "agreement", "memorandum",
    "treaty", "declaration", "programme", "program", "initiative", "plan",
    "goals", "charter", "day", "week", "year", "organization", "organisation",
    "union", "north", "south", "east", "west", "central", "national",
    "international", "global", "regional", "united", "nations", "images",
    "share", "photo", "video", "read", "more", "tell", "friend", "press",
    "service", "news", "agency", "mfa", "h.e.", "mr", "ms", "mrs", "dr",
    "excellency", "his", "honorable", "honourable", NULL};

static const char *const particles[] = {
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "bin",
    "bint", "ibn", "al", "el", "le", "la", "du", "dos", "das", "y", "ben",
    "abu", "ould", "ter", "zu", NULL};

static const char *const determiners[] = {
    "the", "a", "an", NULL};

static const char *const quantifiers[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "some", "all", "many", "both", "other", "senior", NULL};

/* "for European and International Affairs Alexander
                 * Schallenberg": the portfolio ends at its last portfolio
                 * word, or before a known person, leaving the name */
static const char *const ends[] = {
    "affairs", "operations", "rights", "refugees", "development",
    "cooperation", "relations", "trade", "policy", "security", "assistance",
    "coordination", "communications", "management", "disarmament",
    "peacebuilding", "asia", "africa", "europe", "east", "america", "issues",
    "integration", "diaspora", "tourism", "migration", "investment",
    "planning", "children", "conflict", "women", "climate", "health",
    "energy", "finance", "defence", "defense", "justice", "education",
    "culture", "agriculture", "economy", "industry", "transport", "interior",
    "caribbean", "pacific", "region", "sahel", "lakes", "horn", "peninsula",
    "yemen", "syria", "libya", "afghanistan", "myanmar", "iraq", "sudan",
    "somalia", "haiti", "lebanon", NULL};

static const char *const poss[] = {
    "his", "her", "its", "their", NULL};

static const char *const group_nouns_early[] = {
    "parties", "sides", "interlocutors", "ministers", "leaders",
    "delegations", "counterparts", "presidents", NULL};

static const char *const office_premods[] = {
    "deputy", "first", "acting", "former", "vice", "senior", "then",
    "interim", "outgoing", "incoming", "newly", "appointed", "new", "current",
    "executive", "chief", NULL};

/* Words that, after a country adjective or possessive, make an actor. */
static const char *const generic_heads[] = {
    "side", "delegation", "diplomat", "diplomats", "government",
    "authorities", "leadership", "officials", "official", "leader", "leaders",
    "counterpart", "counterparts", "envoy", "administration", "minister",
    "president", "parliament", NULL};

/* keep the modifiers that change the office ("Deputy",
             * "First", "Acting", "Former"), not "newly appointed" */
static const char *const keep[] = {
    "deputy", "first", "acting", "former", "vice", "senior", "interim",
    "executive", "chief", NULL};

static const char *const loc[] = {
    "in", "at", "to", "from", "near", "into", "via", "outside", NULL};

static const char *const ok[] = {
    "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as",
    "is", "was", "were", "are", "has", "have", "had", "will", "would",
    "should", "could", "can", "may", "must", "that", "which", "who", "whose",
    "said", "also", "itself", "themselves", "not", "of", "about", "over",
    "under", "since", "after", "before", "during", "against", "regarding",
    "concerning", "within", "again", "today", "yesterday", "on", "through",
    "into", "amid", "among", "last", "this", "both", NULL};

/* Words that can begin a mention without being capitalised, a number or
 * a dictionary phrase: every word list the branches of mentions_find (and
 * parse_office through skip_det) test at the mention's first token. */
static const char *const lower_starters[] = {
    "the", "a", "an", "both", "he", "she", "him", "they", "them", "i", "we",
    "me", "us", "his", "her", "its", "their", "our", "your", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "all", "many", "other", "senior", "deputy", "first", "acting", "former",
    "vice", "then", "interim", "outgoing", "incoming", "newly", "appointed",
    "new", "current", "executive", "chief", NULL};

/* Pronouns: a person, the speaker, a group. */
static const char *const pron[] = {
    "he", "she", "him", NULL};

static const char *const self[] = {
    "i", "we", "me", "us", NULL};

static const char *const they[] = {
    "they", "them", NULL};

/* "his interlocutor": the other party of the current meeting */
static const char *const his[] = {
    "his", "her", "their", "the", NULL};

static const char *const group_nouns[] = {
    "parties", "sides", "interlocutors", "ministers", "leaders",
    "delegations", "counterparts", "presidents", "diplomats", "two", NULL};

static const char *const home_noun[] = {
    "country", "state", "kingdom", "republic", "nation", NULL};

static const char *const home_det[] = {
    "our", "your", "the", NULL};

static const char *const modals[] = {
    "will", "would", "shall", "may", "might", "could", "should", "'ll", "can",
    "must", "to", "if", "unless", "whether", NULL};

static const char *const negators[] = {
    "not", "n't", "never", "no", "refused", "declined", "failed", "without",
    "neither", "nor", "cannot", NULL};

static const char *const future_words[] = {
    "tomorrow", "upcoming", "forthcoming", "future", "planned", "scheduled",
    "expected", "next", NULL};

static const char *const skippable[] = {
    "also", "further", "again", "soon", "jointly", "then", "subsequently",
    "later", "already", "once", "officially", "formally", "have", "has",
    "had", "be", "been", "highly", "warmly", "strongly", "fully", NULL};

/* Month and weekday names (attributes.c finds which). */
static const char *const calendar[] = {
    "january", "jan", "february", "feb", "march", "mar", "april", "apr",
    "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep",
    "sept", "october", "oct", "november", "nov", "december", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};

/* The prepositions prep_code knows (it says which is which). */
static const char *const prepositions[] = {
    "with", "of", "to", "by", "between", "among", "in", "at", "for", "from",
    "on", "against", "about", "within", "into", "over", "under", "via",
    "through", "toward", "towards", "like", "including", "as", "across",
    NULL};

static const char *const *const lists[W_NLISTS] = {
    [W_NOT_NAMES] = not_names,
    [W_PARTICLES] = particles,
    [W_DETERMINERS] = determiners,
    [W_QUANTIFIERS] = quantifiers,
    [W_ENDS] = ends,
    [W_POSS] = poss,
    [W_GROUP_NOUNS_EARLY] = group_nouns_early,
    [W_OFFICE_PREMODS] = office_premods,
    [W_GENERIC_HEADS] = generic_heads,
    [W_KEEP] = keep,
    [W_LOC] = loc,
    [W_OK] = ok,
    [W_LOWER_STARTERS] = lower_starters,
    [W_PRON] = pron,
    [W_SELF] = self,
    [W_THEY] = they,
    [W_HIS] = his,
    [W_GROUP_NOUNS] = group_nouns,
    [W_HOME_NOUN] = home_noun,
    [W_HOME_DET] = home_det,
    [W_MODALS] = modals,
    [W_NEGATORS] = negators,
    [W_FUTURE_WORDS] = future_words,
    [W_SKIPPABLE] = skippable,
    [W_CALENDAR] = calendar,
    [W_PREPOSITIONS] = prepositions,
};

/* hash → mask, open addressing; built once for the process (again on the
 * next call when memory ran out: words_ready). */
static struct {
    uint64_t *keys;
    uint32_t *masks;
    size_t cap;
} table;
static pthread_mutex_t table_mu = PTHREAD_MUTEX_INITIALIZER;
static _Atomic int table_built;

static void table_put(uint64_t h, uint32_t bit)
{
    size_t j = h & (table.cap - 1);
    while (table.keys[j] && table.keys[j] != h)
        j = (j + 1) & (table.cap - 1);
    table.keys[j] = h;
    table.masks[j] |= bit;
}

static int table_build(void)
{
    size_t n = 0;
    for (int w = 0; w < W_NLISTS; w++)
        for (const char *const *p = lists[w]; *p; p++)
            n++;
    size_t cap = 64;
    while (cap < 4 * n)
        cap *= 2;
    table.keys = calloc(cap, sizeof *table.keys);
    table.masks = calloc(cap, sizeof *table.masks);
    if (!table.keys || !table.masks) {
        /* without the table every word would be in no list and the coder
           would code less, silently: parley_code fails instead (issue 13) */
        free(table.keys);
        free(table.masks);
        table.keys = NULL;
        table.masks = NULL;
        return PARLEY_ENOMEM;
    }
    table.cap = cap;
    for (int w = 0; w < W_NLISTS; w++)
        for (const char *const *p = lists[w]; *p; p++) {
            uint64_t h = text_hash(*p, strlen(*p));
            table_put(h ? h : 1, 1u << w);
        }
    return 0;
}

int words_ready(void)
{
    if (atomic_load_explicit(&table_built, memory_order_acquire))
        return 0;
    pthread_mutex_lock(&table_mu);
    if (!atomic_load_explicit(&table_built, memory_order_relaxed) && table_build() == 0)
        atomic_store_explicit(&table_built, 1, memory_order_release);
    pthread_mutex_unlock(&table_mu);
    return atomic_load_explicit(&table_built, memory_order_acquire) ? 0 : PARLEY_ENOMEM;
}

static uint32_t lookup(uint64_t h)
{
    if (!table.cap)
        return WORDS_KNOWN;
    h = h ? h : 1;
    for (size_t j = h & (table.cap - 1); table.keys[j]; j = (j + 1) & (table.cap - 1))
        if (table.keys[j] == h)
            return table.masks[j] | WORDS_KNOWN;
    return WORDS_KNOWN;
}

uint32_t words_mask(uint64_t h)
{
    return words_ready() ? WORDS_KNOWN : lookup(h);
}

void words_annotate(token *toks, size_t n)
{
    if (words_ready()) { /* parley_code has failed already (words_ready) */
        for (size_t i = 0; i < n; i++)
            toks[i].words = WORDS_KNOWN;
        return;
    }
    for (size_t i = 0; i < n; i++)
        toks[i].words = lookup(toks[i].hash);
}
