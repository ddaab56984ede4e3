/* attributes.c — stage 7: the date, place and topics of each event.
 * Dates: "today", "yesterday", weekdays, "on 25 September", "April 29",
 * "in July this year", "the same day", resolved against the document
 * date and bound to the nearest trigger. Places: venues ("UN
 * headquarters"), "in/at <place>" near the event, a dateline, else the
 * document's setting ("during his visit to Geneva"). */
#include <string.h>

#include "events/events.h"

static const char *const months[][2] = {
    {"january", "jan"}, {"february", "feb"}, {"march", "mar"},
    {"april", "apr"},   {"may", "may"},      {"june", "jun"},
    {"july", "jul"},    {"august", "aug"},   {"september", "sep"},
    {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
static const char *const weekdays[] = {"monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday",
                                       "sunday"};

static int month_of(const token *t)
{
    /* month names begin with one of these letters and are 3 to 9 long */
    if (!(t->flags & TOK_WORD) || !tok_in(t, W_CALENDAR))
        return 0;
    for (int m = 0; m < 12; m++)
        if (tok_eq_var(t, months[m][0]) || tok_eq_var(t, months[m][1]) ||
            (m == 8 && tok_eq(t, "sept")))
            return m + 1;
    return 0;
}

static int weekday_of(const token *t)
{
    if (!tok_in(t, W_CALENDAR))
        return 0;
    for (int d = 0; d < 7; d++)
        if (tok_eq_var(t, weekdays[d]))
            return d + 1;
    return 0;
}

static int number(const token *t, int lo, int hi)
{
    if (!(t->flags & TOK_NUM) || t->fold_len > 4)
        return -1;
    int v = 0;
    for (uint32_t i = 0; i < t->fold_len; i++) {
        char c = t->fold[i];
        if (c < '0' || c > '9') {
            /* "29th", "1st" */
            if (i && (!strcmp(t->fold + i, "th") || !strcmp(t->fold + i, "st") ||
                      !strcmp(t->fold + i, "nd") || !strcmp(t->fold + i, "rd")))
                break;
            return -1;
        }
        v = v * 10 + (c - '0');
    }
    return v >= lo && v <= hi ? v : -1;
}

typedef struct date_expr {
    uint32_t tok;
    int32_t value; /* YYYYMMDD or YYYYMM00 */
    int ahead;     /* a day to come: "for Friday", "next Monday", "tomorrow" */
} date_expr;

/* "last week" (its month, when the whole week lies in one, else its
 * year), "last month", "last year": the period before the document's
 * date, or 0. */
static int32_t last_period(int32_t doc, const token *unit)
{
    int u = tok_eq(unit, "year") ? PL_DATE_YEAR : tok_eq(unit, "month") ? PL_DATE_MONTH
            : tok_eq(unit, "week") ? PL_DATE_WEEK : PL_DATE_NONE;
    return pl_date_previous(doc, u);
}

/* The count a token gives before "days ago" or "weeks earlier": a
 * number up to 60, "a", "an", or one of the words for one to ten; else
 * 0. */
static int count_of(const token *t)
{
    static const char *const words[] = {"one", "two",   "three", "four", "five",
                                        "six", "seven", "eight", "nine", "ten"};
    if (t->flags & TOK_NUM) {
        int v = number(t, 1, 60);
        return v > 0 ? v : 0;
    }
    if (tok_eq(t, "a") || tok_eq(t, "an"))
        return 1;
    for (int i = 0; i < 10; i++)
        if (tok_eq(t, words[i]))
            return i + 1;
    return 0;
}

/* The day of a token "YYYY-MM-DD", 0 when it is none. */
static int32_t iso_day(const token *t)
{
    int32_t v;
    return pl_date_parse(t->fold, 10, &v, NULL) == PL_DATE_DAY ? v : 0;
}

/* Whether the token is one of find_dates' lower-case words, by its
 * length and hash (the folded word's, text_hash, which the compiler
 * works out for the literals): the folded word itself is elsewhere in
 * memory, a load that missed the cache for most tokens. */
/* (Inline in every caller, even where the compiler would call it: most
 * tokens fail its first test, cheaper than a call.) */
static inline __attribute__((always_inline)) int date_word(const token *t)
{
    uint64_t h = t->hash;
    /* (the low bits of the words' hashes first, one test that nearly
     * every token fails) */
    const uint64_t low = 1ull << (text_hash("in", 2) & 63) | 1ull << (text_hash("this", 4) & 63) |
                         1ull << (text_hash("same", 4) & 63) | 1ull << (text_hash("last", 4) & 63) |
                         1ull << (text_hash("today", 5) & 63) |
                         1ull << (text_hash("weekend", 7) & 63) |
                         1ull << (text_hash("ago", 3) & 63) |
                         1ull << (text_hash("earlier", 7) & 63) |
                         1ull << (text_hash("tomorrow", 8) & 63) |
                         1ull << (text_hash("yesterday", 9) & 63);
    if (!((low >> (h & 63)) & 1))
        return 0;
    switch (t->fold_len) {
    case 2:
        return h == text_hash("in", 2);
    case 3:
        return h == text_hash("ago", 3);
    case 4:
        return h == text_hash("this", 4) || h == text_hash("same", 4) ||
               h == text_hash("last", 4);
    case 5:
        return h == text_hash("today", 5);
    case 7:
        return h == text_hash("weekend", 7) || h == text_hash("earlier", 7);
    case 8:
        return h == text_hash("tomorrow", 8);
    case 9:
        return h == text_hash("yesterday", 9);
    }
    return 0;
}

/* Whether a date may start at t: a number, a capitalised calendar word
 * (a month, a weekday), or one of date_word's ("tomorrow", "today",
 * "this", "yesterday", "same", "last", "in", "weekend", and "ago" or
 * "earlier" after a count). Other tokens, names among them, are passed
 * at once. */
static inline int date_start(const token *t)
{
    return (t->flags & TOK_NUM) || ((t->flags & TOK_CAP) && tok_in(t, W_CALENDAR)) ||
           date_word(t);
}

/* The tokens of a sentence [s0, s1) where each finder below may find
 * something, as bits (bit i: token s0 + i): the finders would each
 * look at every token, and few tokens start a date, a place or a topic,
 * or are the "capital" of "in the Georgian capital". Made by
 * sentence_starts in one pass; a finder given NULL looks at every
 * token. */
#define STARTS_WORDS 16 /* sentences of up to 1024 tokens */

typedef struct starts {
    uint32_t s0, s1;
    uint64_t dates[STARTS_WORDS], places[STARTS_WORDS], topics[STARTS_WORDS],
        capitals[STARTS_WORDS];
} starts;

/* The kinds of phrase that name a place. */
#define PLACE_KINDS (LK_BIT(LK_VENUE) | LK_BIT(LK_PLACE) | LK_BIT(LK_CAPITAL))

/* Fills st for sentence [s0, s1); 0 when it is too long for st. Each
 * word of bits is made in registers and stored once. */
static int sentence_starts(const token *T, uint32_t s0, uint32_t s1, starts *st)
{
    if (s1 - s0 > STARTS_WORDS * 64)
        return 0;
    st->s0 = s0;
    st->s1 = s1;
    for (uint32_t w0 = s0; w0 < s1; w0 += 64) {
        uint32_t e = s1 - w0 < 64 ? s1 : w0 + 64;
        uint64_t dates = 0, places = 0, topics = 0, capitals = 0;
        for (uint32_t k = w0; k < e; k++) {
            const token *t = &T[k];
            uint32_t lk = t->lexkinds;
            uint64_t bit = 1ull << (k - w0);
            /* (as find_places and lexicon_match pass a token over) */
            int any = !(lk & LEX_ANNOTATED);
            if (any || (lk & PLACE_KINDS))
                places |= bit;
            if (any || (lk & LK_BIT(LK_TOPIC)))
                topics |= bit;
            if (date_start(t))
                dates |= bit;
            if (tok_eq(t, "capital"))
                capitals |= bit;
        }
        uint32_t w = (w0 - s0) >> 6;
        st->dates[w] = dates;
        st->places[w] = places;
        st->topics[w] = topics;
        st->capitals[w] = capitals;
    }
    return 1;
}

/* The first token at or after k that bits (of st) mark, or st->s1; k
 * itself when bits is NULL. */
static inline uint32_t next_start(const starts *st, const uint64_t *bits, uint32_t k)
{
    if (!bits)
        return k;
    if (k >= st->s1)
        return st->s1;
    uint32_t i = k - st->s0, w = i >> 6, nw = (st->s1 - st->s0 + 63) >> 6;
    uint64_t x = bits[w] & (~0ull << (i & 63));
    while (!x) {
        if (++w >= nw)
            return st->s1;
        x = bits[w];
    }
    return st->s0 + w * 64 + (uint32_t)__builtin_ctzll(x);
}

/* (Not inlined: pl_attributes_sentence then keeps its token loop in
 * registers; callgrind, 2 MB corpus: 0.55 M instructions fewer.) st: the
 * sentence's starts, or NULL. */
__attribute__((noinline)) static int find_dates(const token *T, uint32_t s0, uint32_t s1, int32_t doc,
                      int32_t last, date_expr *out, int max, int *used_last,
                      const starts *st)
{
    int n = 0;
    const uint64_t *bits = st ? st->dates : NULL;
    for (uint32_t k = next_start(st, bits, s0); k < s1 && n < max;
         k = next_start(st, bits, k + 1)) {
        const token *t = &T[k];
        if (!date_start(t))
            continue;
        int32_t v = 0;
        uint32_t at = k;
        int m, d, y, ahead = 0, n_back;
        if (tok_eq(t, "tomorrow") && doc) {
            v = pl_date_add_days(doc, 1);
            ahead = 1;
        } else if (tok_eq(t, "today") || (tok_eq(t, "this") && k + 1 < s1 &&
                                   (tok_eq(&T[k + 1], "morning") ||
                                    tok_eq(&T[k + 1], "afternoon") ||
                                    tok_eq(&T[k + 1], "evening"))))
            v = doc;
        else if (tok_eq(t, "yesterday") && doc)
            v = pl_date_add_days(doc, -1);
        /* "two days ago", "a week earlier": counted back from the
         * story's day */
        else if ((tok_eq(t, "ago") || tok_eq(t, "earlier")) && doc && k >= s0 + 2 &&
                 (n_back = count_of(&T[k - 2])) > 0 &&
                 (tok_eq(&T[k - 1], "day") || tok_eq(&T[k - 1], "days") ||
                  tok_eq(&T[k - 1], "week") || tok_eq(&T[k - 1], "weeks"))) {
            v = pl_date_add_days(doc, -n_back * (T[k - 1].fold[0] == 'w' ? 7 : 1));
            at = k - 2;
        }
        /* "earlier this week", "this month": the period up to the
         * story's day */
        else if (tok_eq(t, "this") && k + 1 < s1 && doc &&
                 (tok_eq(&T[k + 1], "week") || tok_eq(&T[k + 1], "month"))) {
            v = pl_date_current(doc, tok_eq(&T[k + 1], "week") ? PL_DATE_WEEK : PL_DATE_MONTH);
            k++;
        }
        /* "over the weekend", "at the weekend", "last weekend" */
        else if (tok_eq(t, "weekend") && doc && k > s0 &&
                 (tok_eq(&T[k - 1], "the") || tok_eq(&T[k - 1], "this") ||
                  tok_eq(&T[k - 1], "last")) &&
                 !(k + 1 < s1 && (T[k + 1].flags & TOK_POSS)))
            v = pl_date_weekend(doc);
        else if (tok_eq(t, "same") && k + 1 < s1 && tok_eq(&T[k + 1], "day")) {
            v = last ? last : doc;
            *used_last = 1;
        }
        else if (tok_eq(t, "last") && k + 1 < s1 && doc &&
                 (v = last_period(doc, &T[k + 1])) != 0)
            k++;
        else if (tok_eq(t, "in") && k + 1 < s1 && doc && (y = number(&T[k + 1], 1900, 2100)) > 0 &&
                 !(k + 2 < s1 && month_of(&T[k + 2]))) {
            /* "in 2023": a year */
            v = y * 10000;
            at = k + 1;
            k++;
        }
        else if ((t->flags & TOK_NUM) && t->fold_len == 10 && t->fold[4] == '-' &&
                 t->fold[7] == '-') {
            v = iso_day(t);
        } else if ((t->flags & TOK_NUM) && (d = number(t, 1, 31)) > 0 && k + 1 < s1 &&
                   (m = month_of(&T[k + 1]))) {
            /* "25 September [2024]" */
            y = k + 2 < s1 ? number(&T[k + 2], 1900, 2100) : -1;
            v = pl_date_resolve(doc, y > 0 ? y : 0, m, d);
            k += y > 0 ? 2 : 1;
        } else if ((t->flags & TOK_CAP) && tok_in(t, W_CALENDAR) && (m = month_of(t))) {
            /* (here and for weekdays, the calendar words' bit is tested
             * before the call: most capitalised words are names) */
            uint32_t j = k + 1;
            if (j < s1 && tok_eq(&T[j], "."))
                j++;
            if (j < s1 && (d = number(&T[j], 1, 31)) > 0) {
                /* "the March 23 Movement": a name, not a date */
                if (k > s0 && tok_eq(&T[k - 1], "the") && j + 1 < s1 &&
                    (T[j + 1].flags & (TOK_CAP | TOK_WORD)) == (TOK_CAP | TOK_WORD))
                    continue;
                /* "April 29", "Sept. 26, 2025" */
                uint32_t yj = j + 1;
                if (yj < s1 && tok_eq(&T[yj], ","))
                    yj++;
                y = yj < s1 ? number(&T[yj], 1900, 2100) : -1;
                v = pl_date_resolve(doc, y > 0 ? y : 0, m, d);
                k = y > 0 ? yj : j;
            } else if (j < s1 && (y = number(&T[j], 1900, 2100)) > 0) {
                v = y * 10000 + m * 100; /* "September 2024" */
                k = j;
            } else if (k > s0 && (tok_eq(&T[k - 1], "in") || tok_eq(&T[k - 1], "of") ||
                                  tok_eq(&T[k - 1], "since") || tok_eq(&T[k - 1], "early") ||
                                  tok_eq(&T[k - 1], "late") || tok_eq(&T[k - 1], "mid"))) {
                /* "in July this year", "in May" */
                int yy = 0;
                if (j + 1 < s1 && tok_eq(&T[j], "this") && tok_eq(&T[j + 1], "year"))
                    yy = doc / 10000;
                else if (j + 1 < s1 && tok_eq(&T[j], "last") && tok_eq(&T[j + 1], "year"))
                    yy = doc / 10000 - 1;
                else if (j + 1 < s1 && tok_eq(&T[j], "next") && tok_eq(&T[j + 1], "year"))
                    yy = doc / 10000 + 1;
                if (doc || yy)
                    v = pl_date_resolve(doc, yy, m, 0);
            }
        } else if ((t->flags & TOK_CAP) && tok_in(t, W_CALENDAR) && (d = weekday_of(t)) &&
                   doc) {
            /* "on Tuesday, 1 October" is dated by what follows */
            if (k + 3 < s1 && tok_eq(&T[k + 1], ",") && number(&T[k + 2], 1, 31) > 0 &&
                month_of(&T[k + 3]))
                continue;
            if (k + 3 < s1 && tok_eq(&T[k + 1], ",") && month_of(&T[k + 2]))
                continue;
            v = pl_date_weekday_back(doc, d);
            /* "called a strike for Friday", "next Monday": the day to come */
            if (k > s0 && (tok_eq(&T[k - 1], "for") || tok_eq(&T[k - 1], "next"))) {
                v = pl_date_weekday_ahead(doc, d);
                ahead = 1;
            }
        }
        /* "by Friday": a deadline */
        if (v && at > s0 && tok_in(&T[at - 1], W_DEADLINE))
            v = 0;
        /* "condemned yesterday's airstrike": a day's possessive dates
         * the noun after it, not the clause */
        if (v && k + 1 < s1 && (T[k + 1].flags & TOK_POSS))
            v = 0;
        if (v) {
            out[n].tok = at;
            out[n].value = v;
            out[n].ahead = ahead;
            n++;
        }
    }
    return n;
}

/* ---- places ----------------------------------------------------------- */

typedef struct place_ref {
    uint32_t tok;
    int place;
    int dateline; /* named only by the dateline: "ASTANA –" */
    int struck;   /* named only as an attack's target: "a drone attack on
                     Kharkiv" is an attack in Kharkiv, "sanctions on
                     Moscow" no sanction in Moscow */
} place_ref;

int pl_events_place_at(const parley_lexicon *lx, const token *T, uint32_t k,
                    uint32_t s1, size_t *len)
{
    const lex_hit *h;
    uint32_t mask = PLACE_KINDS;
    size_t l = lexicon_match(lx, T, k, s1, mask, &h);
    for (; l && h; h = lexicon_next(lx, h)) {
        if (h->ntok != l || !pl_lexicon_hit_ok(lx, h, T, k, mask))
            continue;
        /* a name is written with a capital: "attacking government
         * buildings" names no Government Buildings, nor "nice" Nice */
        if (!(T[k].flags & TOK_CAP))
            continue;
        *len = l;
        if (h->kind == LK_VENUE)
            return lx->venues[h->idx].ref;
        if (h->kind == LK_CAPITAL)
            return lx->countries[h->idx].capital;
        return (int)h->idx;
    }
    return -1;
}

static int find_places(const parley_lexicon *lx, const token *T, uint32_t s0,
                       uint32_t s1, place_ref *out, int max, const starts *st)
{
    int n = 0;
    const uint64_t *bits = st ? st->places : NULL;
    for (uint32_t k = next_start(st, bits, s0); k < s1 && n < max;) {
        size_t l = 0;
        /* most words start no place's name (pl_lexicon_annotate) */
        int p = (T[k].lexkinds & LEX_ANNOTATED) && !(T[k].lexkinds & PLACE_KINDS)
                    ? -1
                    : pl_events_place_at(lx, T, k, s1, &l);
        if (p < 0) {
            k = next_start(st, bits, k + 1);
            continue;
        }
        const lex_hit *h;
        int venue = lexicon_match(lx, T, k, s1, LK_BIT(LK_VENUE), &h) == l;
        int after_prep = k > s0 && tok_in(&T[k - 1], W_PLACE_CUES);
        /* "through central Nairobi", "in northern Gaza" */
        if (k > s0 + 1 && T[k - 1].tag == ST_ADJ && !(T[k - 1].flags & TOK_CAP) &&
            tok_in(&T[k - 2], W_PLACE_CUES))
            after_prep = 1;
        if (k > s0 + 1 && tok_eq(&T[k - 1], "the") &&
            (tok_eq(&T[k - 2], "in") || tok_eq(&T[k - 2], "at")))
            after_prep = 1;
        /* "in a central Hong Kong park", "at a Nairobi hotel": a town
         * that modifies the noun a place's preposition governs */
        if (!after_prep && k + l < s1 && T[k + l].tag == ST_NOUN && !(T[k + l].flags & TOK_CAP) &&
            (T[k + l].flags & TOK_WORD)) {
            uint32_t j = k;
            while (j > s0 + 1 && j + 3 > k &&
                   (tok_in(&T[j - 1], W_DETERMINERS) ||
                    (T[j - 1].tag == ST_ADJ && !(T[j - 1].flags & TOK_CAP))))
                j--;
            if (j < k && tok_in(&T[j], W_DETERMINERS) &&
                (tok_eq(&T[j - 1], "in") || tok_eq(&T[j - 1], "at")))
                after_prep = 1;
        }
        /* "the besieged city of El Fasher"; in apposition, "visited the
         * capital, Ankara,", "in the capital Conakry" */
        if (k > s0 + 1 && tok_eq(&T[k - 1], "of") && tok_in(&T[k - 2], W_SETTLEMENTS))
            after_prep = 1;
        if (k > s0 + 2 && !(T[k - 1].flags & TOK_CAP) &&
            (tok_in(&T[k - 1], W_SETTLEMENTS) ||
             (tok_eq(&T[k - 1], ",") && tok_in(&T[k - 2], W_SETTLEMENTS) && !(T[k - 2].flags & TOK_CAP))))
            after_prep = 1;
        /* a dateline: "ASTANA –", "GENEVA, Sept. 26 --" */
        int dateline = k <= s0 + 3 && k + l < s1 &&
                       (tok_eq(&T[k + l], "-") || tok_eq(&T[k + l], ",") ||
                        (k == s0 && tok_eq(&T[k + l], ":")));
        /* "Riyadh and Tashkent agreed" names governments, not places */
        int struck = k > s0 && tok_in(&T[k - 1], W_STRUCK_CUES);
        /* a venue before a noun is part of a title ("Kremlin spokesman
         * Dmitry Peskov", "White House press secretary") */
        if (venue && !after_prep && k + l < s1 && T[k + l].tag == ST_NOUN)
            venue = 0;
        /* "the Kremlin said": a seat of government is its government,
         * not a place, unless a preposition puts the event there */
        for (; venue && !after_prep && h; h = lexicon_next(lx, h))
            if (h->kind == LK_VENUE && h->ntok == l && lx->venues[h->idx].seat)
                venue = 0;
        /* "at the National Palace in Addis Abeba": a venue's name that
         * the text places in another town than the gazetteer's is
         * another building of that name */
        if (venue && k + l + 1 < s1 && tok_eq(&T[k + l], "in") && (T[k + l + 1].flags & TOK_CAP)) {
            size_t l2;
            if (pl_events_place_at(lx, T, (uint32_t)(k + l + 1), s1, &l2) != p)
                venue = after_prep = struck = 0;
        }
        /* "its ambassador in Tehran", "the embassy in Tallinn": the post,
         * not where the event happened */
        if (after_prep && k > s0 + 1 && tok_in(&T[k - 2], W_POSTS))
            after_prep = 0;
        /* "discussed the situation in Gaza": a topic's place */
        if (after_prep && k > s0 + 1 && tok_eq(&T[k - 1], "in") && tok_in(&T[k - 2], W_TOPIC_HEADS))
            after_prep = 0;
        /* "in response to Chisinau's decision": an owner, no place; but
         * "in Accra's Central Business District", "in Kyiv's Obolon
         * district": a part of the town, which places the event there */
        if (k + l < s1 && (T[k + l].flags & TOK_POSS)) {
            int part = 0;
            for (uint32_t q = (uint32_t)(k + l + 1); q < s1 && q <= k + l + 4 && !part; q++) {
                if (!(T[q].flags & TOK_WORD))
                    break;
                part = tok_in(&T[q], W_AREAS) || tok_in(&T[q], W_SETTLEMENTS) ||
                       tok_in(&T[q], W_FACILITIES);
            }
            if (!part || !after_prep)
                venue = after_prep = struck = 0;
        }
        if (venue || after_prep || dateline || struck) {
            out[n].tok = k;
            out[n].place = p;
            out[n].dateline = dateline && !venue && !after_prep;
            out[n].struck = struck && !venue && !after_prep && !dateline;
            n++;
        }
        k = next_start(st, bits, k + (uint32_t)l);
    }
    /* "in the Georgian capital": the state's capital, after a
     * preposition of place, in token order with the others */
    const uint64_t *caps = st ? st->capitals : NULL;
    for (uint32_t k = next_start(st, caps, s0 + 3); k < s1 && n < max;
         k = next_start(st, caps, k + 1)) {
        const lex_hit *h, *ok = NULL;
        if (!tok_eq(&T[k], "capital") || (k + 1 < s1 && (T[k + 1].flags & TOK_POSS)) ||
            !tok_eq(&T[k - 2], "the") || !tok_in(&T[k - 3], W_PLACE_CUES) ||
            lexicon_match_ok(lx, T, k - 1, k, LK_BIT(LK_ADJ), &h, &ok) != 1 || !ok ||
            lx->countries[ok->idx].capital < 0)
            continue;
        int q = n;
        while (q > 0 && out[q - 1].tok > k - 1) {
            out[q] = out[q - 1];
            q--;
        }
        memset(&out[q], 0, sizeof out[q]);
        out[q].tok = k - 1;
        out[q].place = lx->countries[ok->idx].capital;
        n++;
    }
    return n;
}

/* Whether the word at j is in a visit still to come: "invited him to
 * pay a state visit to Nairobi", "will visit Ankara". */
static int planned(const token *T, uint32_t s0, uint32_t j)
{
    for (uint32_t q = j > s0 + 4 ? j - 4 : s0; q < j; q++)
        if (T[q].tag == ST_MODAL || (T[q].tag == ST_TO && q + 1 <= j &&
                                     (T[q + 1].tag == ST_VERB || q + 1 == j)))
            return 1;
    return 0;
}

void pl_attributes_init(attr_state *as, const parley_lexicon *lx,
                     const text_doc *td, int32_t doc_date)
{
    memset(as, 0, sizeof *as);
    as->setting = -1;
    as->doc_date = doc_date;
    as->last_date = doc_date;
    as->last_place = -1;
    as->last_place_sent = 0;
    const token *T = td->toks;
    /* The first venue, dateline, or "visit to / arrived in <place>". */
    for (size_t si = 0; si < td->nsents && as->setting < 0; si++) {
        const sentence *s = &td->sents[si];
        place_ref pr[16];
        int n = find_places(lx, T, s->tok0, s->tok1, pr, 16, NULL);
        for (int i = 0; i < n && as->setting < 0; i++) {
            uint32_t k = pr[i].tok;
            size_t l;
            const lex_hit *h;
            int venue = lexicon_match(lx, T, k, s->tok1, LK_BIT(LK_VENUE), &h) > 0;
            /* a dateline opens the text, or closes a readout ("New York,
             * 24 September 2024") */
            int dateline = k <= s->tok0 + 3 && k + 1 < s->tok1 &&
                           (si < 3 || (si + 1 == td->nsents && s->tok1 - s->tok0 <= 8)) &&
                           !(k > s->tok0 && tok_eq(&T[k - 1], "in"));
            int visit = 0;
            for (uint32_t j = k > s->tok0 + 4 ? k - 4 : s->tok0; j < k; j++)
                if (tok_in(&T[j], W_SETTING_CUES))
                    visit = !planned(T, s->tok0, j);
            (void)l;
            if (venue || dateline || visit)
                as->setting = pr[i].place;
        }
    }
    if (as->setting >= 0) {
        as->setting_cc = lx->places[as->setting].iso3;
        return;
    }
    /* "paid an official visit to the State of Kuwait … in Kuwait City":
     * the first place named in the visited country */
    const char *visited = NULL;
    for (size_t si = 0; si < td->nsents && si < 4 && !visited; si++) {
        const sentence *s = &td->sents[si];
        for (uint32_t k = s->tok0; k + 2 < s->tok1 && !visited; k++) {
            if (!tok_in(&T[k], W_SETTING_CUES) || !tok_eq(&T[k + 1], "to"))
                continue;
            uint32_t c = k + 2;
            if (tok_eq(&T[c], "the") && c + 1 < s->tok1)
                c++;
            const lex_hit *h;
            size_t l = lexicon_match(lx, T, c, s->tok1, LK_BIT(LK_COUNTRY), &h);
            for (; l && h && !visited; h = lexicon_next(lx, h))
                if (h->ntok == l && pl_lexicon_hit_ok(lx, h, T, c, LK_BIT(LK_COUNTRY)))
                    visited = lx->countries[h->idx].iso3;
        }
    }
    for (size_t si = 0; si < td->nsents && visited && as->setting < 0; si++) {
        const sentence *s = &td->sents[si];
        place_ref pr[16];
        int n = find_places(lx, T, s->tok0, s->tok1, pr, 16, NULL);
        for (int i = 0; i < n && as->setting < 0; i++)
            if (!strcmp(lx->places[pr[i].place].iso3, visited))
                as->setting = pr[i].place;
    }
    as->setting_cc = as->setting >= 0 ? lx->places[as->setting].iso3 : NULL;
}

static void add_topic(cand *c, const char *t)
{
    for (size_t i = 0; i < c->ntopics; i++)
        if (c->topics[i] == t)
            return;
    if (c->ntopics < PARLEY_MAX_TOPICS)
        c->topics[c->ntopics++] = t;
}

/* Whether a and b are the same participant: the same person, or the
 * same country or organisation. */
static int same_party(const actor *a, const actor *b)
{
    if (a->name && b->name)
        return !strcmp(a->name, b->name);
    if (a->org && b->org)
        return !strcmp(a->org, b->org);
    return !a->org && !b->org && a->country && b->country &&
           !strcmp(a->country, b->country);
}

/* Whether T[k0, k1) says where something happened with a phrase that
 * names no city: "in Nigeria's Zamfara state", "near a village", "in the
 * north of the country" (an area-preps word, then up to six words of a
 * noun phrase holding an areas noun not followed by "of" and a common
 * noun: "in a state of shock" names no area). */
static int in_area(const token *T, uint32_t k0, uint32_t k1)
{
    for (uint32_t k = k0; k < k1; k++) {
        if (!tok_in(&T[k], W_AREA_PREPS))
            continue;
        for (uint32_t j = k + 1; j < k1 && j <= k + 6; j++) {
            int tag = T[j].tag;
            if (tag != ST_DET && tag != ST_POSSDET && tag != ST_ADJ && tag != ST_NOUN &&
                tag != ST_PROPN && tag != ST_NUM)
                break;
            if (tok_in(&T[j], W_AREAS) &&
                !(j + 2 < k1 && tok_eq(&T[j + 1], "of") && !(T[j + 2].flags & TOK_CAP)))
                return 1;
        }
    }
    return 0;
}

/* Whether a and b are the same participant and the same part of it:
 * the protesters, not the police, of one country. */
static int same_unit(const actor *a, const actor *b)
{
    return same_party(a, b) &&
           (a->agent == b->agent || (a->agent && b->agent && !strcmp(a->agent, b->agent)));
}

/* For a material act the same participant (the police arresting people
 * "during the march" of the sentence before); for a statement the same
 * part of it (the president's reaction is not the protesters'). */
static int same(int material, const actor *a, const actor *b)
{
    return material ? same_party(a, b) : same_unit(a, b);
}

/* Whether the date at token k belongs to a dateline ("RIGA, Feb. 4 --",
 * "LIMA, 9 April 2025 –", "KATHMANDU, Dec 3:"): near the start of the
 * sentence, before a dash, a bracket or a colon. */
static int in_dateline(const token *T, uint32_t s0, uint32_t s1, uint32_t k)
{
    if (k > s0 + 6)
        return 0;
    for (uint32_t j = k + 1; j < s1 && j <= k + 5; j++) {
        const token *t = &T[j];
        if (tok_eq(t, "-") || tok_eq(t, "(") || tok_eq(t, ":"))
            return 1;
        if ((t->flags & TOK_WORD) && !(t->flags & (TOK_NUM | TOK_CAP)))
            return 0;
    }
    return 0;
}

/* Whether the verb at token v opens with a relative pronoun a few words
 * before it, in the same clause ("the ban, which Baghdad announced"). */
static int in_relative(const token *T, uint32_t s0, uint32_t v)
{
    for (uint32_t q = v; q > s0 && q + 6 > v; q--) {
        const token *t = &T[q - 1];
        if (t->tag == ST_REL)
            return 1;
        if (t->tag == ST_PUNCT || t->tag == ST_VERB || t->tag == ST_CONJ)
            return 0;
    }
    return 0;
}

/* Whether the date at token k is a report's: "said on Thursday", "told
 * reporters on Monday"; not a statement told in a relative clause ("the
 * ban, which Baghdad announced last year"). */
static int report_date(const token *T, uint32_t s0, uint32_t k)
{
    for (uint32_t b = k; b > s0 && b + 4 > k; b--) {
        const token *v = &T[b - 1];
        if (v->tag != ST_VERB)
            continue;
        return (v->facts & WF_SAYING) && !in_relative(T, s0, b - 1);
    }
    return 0;
}

/* Whether c reacts to another's act (verbs.txt 'reaction'): a date in
 * its reason ("for …", "over …") is that act's. */
static int reaction(const cand *c)
{
    return c->frame && (c->frame->flags & FR_REACT);
}

/* The date of c: an expression binds to the nearest trigger before it
 * ("met X on Tuesday"), or when none precedes, to the first after it
 * ("On Tuesday, X met Y"). */
/* Whether the tokens [a, b) are words of phrases only: no verb, no
 * punctuation, no conjunction. */
static int phrases_only(const token *T, uint32_t a, uint32_t b)
{
    for (uint32_t q = a; q < b; q++)
        if (T[q].tag == ST_VERB || T[q].tag == ST_AUX || T[q].tag == ST_PUNCT ||
            T[q].tag == ST_CONJ || T[q].tag == ST_SUB || T[q].tag == ST_REL || !(T[q].flags & TOK_WORD))
            return 0;
    return 1;
}

static int in_mentions(const mention *ms, int nm, uint32_t q);

/* Whether token b lies in a reason phrase ("over …", "for …") that
 * begins after token a, with no verb or punctuation between (not a
 * participant's title: "Cabinet Secretary for Foreign Affairs of Kenya
 * X in Accra"). */
static int in_reason(const token *T, const mention *ms, int nm, uint32_t a, uint32_t b)
{
    for (uint32_t q = b; q-- > a;) {
        if (T[q].tag == ST_VERB || T[q].tag == ST_PUNCT || !(T[q].flags & TOK_WORD))
            return 0;
        /* but "flew patrols over Georgetown": the place itself */
        if (tok_in(&T[q], W_REASON_PREPS) && !in_mentions(ms, nm, q))
            return q + 1 < b && !(q + 2 == b && tok_eq(&T[q + 1], "the"));
    }
    return 0;
}

/* Whether the verb at q is an infinitive or an -ing form. */
static int nonfinite(const token *T, uint32_t s0, uint32_t q)
{
    if (q > s0 && T[q - 1].tag == ST_TO)
        return 1;
    /* "demanded that Russia withdraw its troops": a bare verb after a
     * state's name is a subjunctive, what is asked */
    if (q > s0 + 1 && T[q - 1].tag == ST_PROPN && (T[q].vform & PR_BASE) &&
        !(T[q].vform & (PR_PAST | PR_3SG)) && tok_eq(&T[q - 2], "that"))
        return 1;
    return tok_ing(&T[q]);
}

/* Whether the verb at q is a participle set off by a comma with its
 * "by" agent ("hosted the delegation, led by X, in Geneva on Tuesday"):
 * an aside on a noun, not a clause of its own. */
static int by_aside(const token *T, uint32_t s0, uint32_t s1, uint32_t q)
{
    return q > s0 && q + 1 < s1 && (T[q].vform & PR_PART) && tok_eq(&T[q - 1], ",") &&
           tok_eq(&T[q + 1], "by");
}

/* Whether token q lies inside one of the sentence's mentions: a word the
 * tagger read as a verb there is a name's ("Kosovo police"). */
static int in_mentions(const mention *ms, int nm, uint32_t q)
{
    for (int i = 0; i < nm; i++)
        if (q >= ms[i].t0 && q < ms[i].t1)
            return 1;
    return 0;
}

/* Whether the trigger of c is a verb in the present tense, past the
 * headline, and the date d after it lies in the past ("MEPs welcome the
 * return of 31 children in September"): the date is of what the verb
 * speaks of, not of the act told in the present. */
static int present_before_past(const token *T, uint32_t s0, const cand *c, const date_expr *d,
                               int32_t doc_date)
{
    const token *v = &T[c->trig0];
    if (c->sent == 0 || v->tag != ST_VERB || d->ahead || !doc_date || d->value >= doc_date ||
        !(v->vform & (PR_BASE | PR_3SG)) || (v->vform & (PR_PAST | PR_PART | PR_ING)))
        return 0;
    /* not an infinitive or a verb after an auxiliary or a modal */
    if (c->trig0 > s0) {
        const token *b = &T[c->trig0 - 1];
        if (tok_eq(b, "to") || b->tag == ST_AUX || b->tag == ST_MODAL)
            return 0;
    }
    return 1;
}

/* Whether the trigger of c is a verb in the simple past and the date d
 * after it, a month or day named without "next" or "for", is still to
 * come at the story's date ("discussed preparations for the summit in
 * December"): the date is of what the verb speaks of, not of the act
 * told. */
static int past_before_future(const token *T, uint32_t s0, const cand *c, const date_expr *d,
                              int32_t doc_date)
{
    const token *v = &T[c->trig0];
    if (v->tag != ST_VERB || !doc_date || !(v->vform & PR_PAST) || d->ahead ||
        d->value <= doc_date)
        return 0;
    uint32_t q = c->trig0;
    while (q > s0 && T[q - 1].tag == ST_ADV)
        q--;
    return !(q > s0 && (tok_eq(&T[q - 1], "to") || T[q - 1].tag == ST_AUX ||
                        T[q - 1].tag == ST_MODAL));
}

static void event_date(const parley_lexicon *lx, const token *T, const sentence *s,
                       const mention *ms, int nm, const date_expr *de, int nd,
                       const cand_vec *cv, size_t first, cand *c, int32_t doc_date)
{
    c->date = doc_date;
    for (int k = 0; k < nd; k++) {
        uint32_t owner = UINT32_MAX, after = UINT32_MAX;
        if (in_dateline(T, s->tok0, s->tok1, de[k].tok))
            continue;
        /* "called on China to stop supporting the war on Monday": a day
         * past after an infinitive or a participle dates the act that
         * governs them (a day to come dates what is planned) */
        int past_day = !de[k].ahead && de[k].value % 100 && tok_in(&T[de[k].tok], W_CALENDAR);
        for (size_t j = first; j < cv->n; j++) {
            uint32_t t = cv->v[j].trig0;
            /* a date far behind its verb, or after another verb
             * ("discussed aid for the refugees who arrived last
             * year"), belongs to another clause */
            int other_verb = 0;
            /* "talks between X and Y were held in Jakarta on Monday": a
             * noun's own predicate is no other verb */
            int own = T[t].tag != ST_VERB;
            for (uint32_t q = cv->v[j].trig1; q < de[k].tok && !other_verb; q++) {
                /* (but "a protest over the statements made on 25 April":
                 * a participle right after another noun, with a
                 * preposition and no object after it, is that noun's) */
                if (own && T[q].tag == ST_VERB && (T[q].vform & PR_PART) && q > cv->v[j].trig1 &&
                    T[q - 1].tag == ST_NOUN && T[q + 1].tag == ST_PREP)
                    own = 0;
                if (own && T[q].tag == ST_VERB) {
                    while (q + 1 < de[k].tok && T[q + 1].tag == ST_VERB)
                        q++;
                    own = 0;
                    continue;
                }
                if (T[q].tag == ST_AUX)
                    continue;
                /* "condemned North Korea's launch of a missile on
                 * October 12": a reaction's object that is another's
                 * act (an owner's possessive) has the day after it (not
                 * "brushed off the criticism on Tuesday") */
                other_verb = (T[q].tag == ST_VERB && !(past_day && nonfinite(T, s->tok0, q)) &&
                              !by_aside(T, s->tok0, s->tok1, q)) ||
                             (reaction(&cv->v[j]) &&
                              (tok_in(&T[q], W_REASON_PREPS) ||
                               (q >= cv->v[j].trig1 + 1 && (T[q].flags & TOK_POSS) &&
                                q + 1 < de[k].tok) ||
                               /* "condemned the incursion on Wednesday
                                * of an Israeli force": the act's own day,
                                * its "of" phrase after it (not "brushed
                                * off the criticism on Tuesday") */
                               (q + 2 == de[k].tok && tok_in(&T[q], W_ACT_NOUNS) &&
                                tok_eq(&T[q + 1], "on") && de[k].tok + 1 < s->tok1 &&
                                (tok_eq(&T[de[k].tok + 1], "of") ||
                                 tok_eq(&T[de[k].tok + 1], "by")))));
            }
            /* near the trigger or its last participant ("talks between
             * <two long titles and names> were held on Monday") */
            uint32_t from = t;
            if (cv->v[j].tgt.t1 > from && cv->v[j].tgt.t1 <= de[k].tok)
                from = cv->v[j].tgt.t1;
            if (t <= de[k].tok && !present_before_past(T, s->tok0, &cv->v[j], &de[k], doc_date) &&
                !past_before_future(T, s->tok0, &cv->v[j], &de[k], doc_date) &&
                (de[k].tok - from <= 15 ||
                 (de[k].tok - from <= 25 && phrases_only(T, cv->v[j].trig1, de[k].tok))) &&
                !other_verb &&
                (owner == UINT32_MAX || t > owner))
                owner = t;
            if (t > de[k].tok && t < after)
                after = t;
        }
        /* forward only from before the sentence's first verb: "On
         * Sunday, Algeria ordered", not "agreed to hold the next
         * round in 2025 and signed" */
        int verb_before = 0;
        for (uint32_t q = s->tok0; q < de[k].tok && !verb_before; q++)
            /* not a participle after its noun ("a report released
             * on Tuesday accused …") */
            verb_before = T[q].tag == ST_VERB &&
                          !((T[q].vform & PR_PART) && q > s->tok0 &&
                            (T[q - 1].tag == ST_NOUN || T[q - 1].tag == ST_PROPN)) &&
                          !in_mentions(ms, nm, q);
        /* "X, who has been in custody since January, rejected …": the
         * start of a state dates no act after it */
        int since = de[k].tok > s->tok0 && tok_eq(&T[de[k].tok - 1], "since");
        /* "the ban, which Tbilisi announced last year, and urged …": the
         * date of a relative clause is its own */
        for (uint32_t q = de[k].tok; q > s->tok0 && q + 4 > de[k].tok && !since; q--)
            if (T[q - 1].tag == ST_VERB) {
                since = in_relative(T, s->tok0, q - 1);
                break;
            }
        if (owner == UINT32_MAX && after - de[k].tok <= 15 && !verb_before && !since)
            owner = after;
        /* "military police on Wednesday arrested two students": a day
         * between a subject and its verb dates that verb */
        if (owner == UINT32_MAX && de[k].tok > s->tok0 && tok_eq(&T[de[k].tok - 1], "on") &&
            c->trig0 > de[k].tok && c->trig0 <= de[k].tok + 3 && T[c->trig0].tag == ST_VERB) {
            uint32_t q = de[k].tok + 1;
            while (q < c->trig0 && ((T[q].flags & TOK_NUM) || month_of(&T[q])))
                q++;
            if (q == c->trig0)
                owner = c->trig0;
        }
        /* "informs that on Wednesday, March 11, it delivered": a day
         * that opens a "that" clause dates the clause's first verb, even
         * when the verb of saying is an act of its own ("informs") */
        uint32_t d0 = de[k].tok; /* past a weekday before the date: "Wednesday, March 11" */
        if (d0 >= s->tok0 + 2 && tok_eq(&T[d0 - 1], ",") && weekday_of(&T[d0 - 2]))
            d0 -= 2;
        if (d0 >= s->tok0 + 2 && tok_eq(&T[d0 - 1], "on") && tok_eq(&T[d0 - 2], "that") &&
            c->trig0 > de[k].tok && T[c->trig0].tag == ST_VERB) {
            uint32_t q = de[k].tok + 1;
            while (q < c->trig0 && T[q].tag != ST_VERB)
                q++;
            if (q == c->trig0 && c->trig0 - de[k].tok <= 12)
                owner = c->trig0;
        }
        /* "was shot dead yesterday as police battled protesters": a
         * clause of "as", "while" or "when" right after the date happened
         * then too */
        if (owner == UINT32_MAX && c->trig0 > de[k].tok && T[c->trig0].tag == ST_VERB)
            for (uint32_t q = de[k].tok + 1; q < c->trig0 && q <= de[k].tok + 3; q++)
                if (tok_eq(&T[q], "as") || tok_eq(&T[q], "while") || tok_eq(&T[q], "when")) {
                    uint32_t v = q + 1;
                    while (v < c->trig0 && T[v].tag != ST_VERB && T[v].tag != ST_AUX)
                        v++;
                    if (v == c->trig0 && c->trig0 - q <= 6)
                        owner = c->trig0;
                    break;
                }
        /* "killed a commander in a strike on southern Lebanon on
         * Sunday": the day of the act whose phrases carry the noun
         * that owns it */
        int carried = owner != UINT32_MAX && owner > c->trig1 && owner < de[k].tok &&
                      de[k].tok - c->trig0 <= 20 && phrases_only(T, c->trig1, de[k].tok);
        /* "an agreement was reached on Wednesday during the annual
         * meeting": a gathering told in a "during" phrase right after
         * the day of its clause's event happened that day too */
        if (owner != UINT32_MAX && owner < de[k].tok && c->trig0 > de[k].tok &&
            c->trig0 - de[k].tok <= 8 && T[c->trig0].tag != ST_VERB) {
            uint32_t d = de[k].tok + 1; /* past the rest of the date */
            while (d < c->trig0 && ((T[d].flags & TOK_NUM) || month_of(&T[d])))
                d++;
            if (T[d].prep == P_DURING && phrases_only(T, d, c->trig0))
                carried = 1;
        }
        /* "said labour would begin a strike on November 2 unless …": a
         * threat whose trigger is the act threatened (a modal before it)
         * is dated when it is made, not by that act */
        int threat = 0;
        if (c->code && c->code->type && !strcmp(c->code->type, "THREATEN")) {
            uint32_t q = c->trig0;
            while (q > s->tok0 && (T[q - 1].tag == ST_ADV || T[q - 1].tag == ST_NEG))
                q--;
            threat = q > s->tok0 && T[q - 1].tag == ST_MODAL;
        }
        if ((owner == c->trig0 || carried) && !c->date_stated && !threat) {
            c->date = de[k].value;
            c->date_stated = de[k].ahead ? 2 : 1;
        }
    }
    /* "On Monday, Belarus recalled … and accused …": a date that
     * opens the sentence dates all its events; so does the date of
     * the report ("…, the minister said on Thursday, accusing …") */
    /* (after a dateline: "SEOUL, Nov. 7 - On Wednesday, …") */
    uint32_t body = nd && !c->date_stated ? pl_syntax_body(T, s->tok0, s->tok1) : s->tok0;
    for (int k = 0; k < nd && !c->date_stated; k++)
        if ((de[k].tok > body && de[k].tok <= body + (body > s->tok0 ? 1 : 2) &&
             tok_eq(&T[de[k].tok - 1], "on") && de[k].tok < c->trig0) ||
            report_date(T, s->tok0, de[k].tok)) {
            c->date = de[k].value;
            c->date_stated = de[k].ahead ? 2 : 1;
        }
}

/* The place the sentence names for c, near the trigger and its
 * participants (participants named in another sentence do not widen the
 * window), else at the sentence's start; -1 when none. An event happened
 * where the text says, not where the reporter files from: the dateline
 * places only an event whose parties are in one place (cameo.txt's
 * 'present'). */
/* Whether c is a visit to another state than cc's ("New Delhi – Modi
 * paid a visit to the United States"): a visit happens in the state
 * visited, not where the story is filed. */
static int visit_elsewhere(const cand *c, const char *cc)
{
    return cc && c->frame && (c->frame->flags & FR_PLACE) && c->tgt.country && !c->tgt.org &&
           strcmp(cc, c->tgt.country);
}

static int event_place(const parley_lexicon *lx, const token *T, const sentence *s,
                       const mention *ms, int nm, const place_ref *pr, int np, const cand *c)
{
    uint32_t lo = c->trig0, hi = c->trig1;
    if (c->src.t0 >= s->tok0 && c->src.t0 < lo)
        lo = c->src.t0;
    if (c->tgt.t1 <= s->tok1 && c->tgt.t1 > hi)
        hi = c->tgt.t1;
    hi += 8;
    /* "Indian troops shelled Kotli": a town struck (verbs.txt "site")
     * is where the act happened */
    if (c->frame && (c->frame->flags & FR_SITE) && c->tgt.t0 >= s->tok0 &&
        c->tgt.t1 <= s->tok1 && c->tgt.t1 > c->tgt.t0 && c->tgt.t0 > c->trig0) {
        size_t l;
        int p = pl_events_place_at(lx, T, c->tgt.t0, s->tok1, &l);
        if (p >= 0 && c->tgt.t0 + l == c->tgt.t1 && c->tgt.country &&
            !strcmp(lx->places[p].iso3, c->tgt.country))
            return p;
    }
    int material = c->code->quad % 2 == 0, here = !!(c->code->flags & LC_PRESENT);
    /* "Speaking at a summit in Tirana, X accused …": the place of a
     * leading participle is the main clause's */
    int lead = T[s->tok0].tag == ST_VERB && (T[s->tok0].vform & PR_ING);
    /* (past a dateline: "KYIV, March 10 - In Dnipro, …") */
    uint32_t body = np ? pl_syntax_body(T, s->tok0, s->tok1) : s->tok0;
    for (int k = 0; k < np; k++) {
        int near = (pr[k].tok >= lo && pr[k].tok <= hi) || (lead && pr[k].tok < lo) ||
                   /* "held talks on the sidelines of the BRICS summit in
                    * Kazan": a meeting's place at the end of its phrases */
                   (here && pr[k].tok > hi && pr[k].tok <= hi + 10 &&
                    phrases_only(T, c->tgt.t1 > c->trig1 && c->tgt.t1 < pr[k].tok ? c->tgt.t1 : c->trig1,
                                 pr[k].tok));
        if (!near && (!(pr[k].tok <= s->tok0 + 3 || (pr[k].tok >= body && pr[k].tok <= body + 3)) ||
                      (!here && pr[k].dateline)))
            continue;
        if (pr[k].struck && !(c->code->flags & LC_STRIKE))
            continue;
        if (pr[k].dateline && visit_elsewhere(c, lx->places[pr[k].place].iso3))
            continue;
        /* a statement is placed by a place before it ("In Beijing, a
         * spokesman said", "Speaking in Tirana, X accused"); one after
         * it is the matter's ("condemned the bombing of a school in
         * Gaza") */
        if (!here && !material && pr[k].tok > c->trig0)
            continue;
        if (!near) {
            int later_near = 0;
            for (int k2 = k + 1; k2 < np; k2++)
                if (pr[k2].tok >= lo && pr[k2].tok <= hi)
                    later_near = 1;
            if (later_near)
                continue;
        }
        /* "recalled its ambassador over the killing of civilians in
         * Gaza": a place in the reason given is the matter's */
        if (pr[k].tok > c->trig1 && in_reason(T, ms, nm, c->trig1, pr[k].tok))
            continue;
        /* "agreed to hold the next round in The Hague": a place in
         * an infinitive after the verb is not where it happened */
        int later = 0;
        for (uint32_t q = c->trig0; q + 1 < pr[k].tok; q++)
            if (tok_eq(&T[q], "to") && (T[q + 1].tag == ST_VERB || T[q + 1].tag == ST_AUX))
                later = 1;
        /* "gathered in central Maputo and in the northern city of
         * Nampula": an act in two cities has no one place */
        for (int k2 = k + 1; !later && k2 < np && pr[k2].tok <= pr[k].tok + 8; k2++)
            for (uint32_t q = pr[k].tok + 1; q < pr[k2].tok; q++)
                if (tok_eq(&T[q], "and") && pr[k2].place != pr[k].place && !pr[k2].dateline)
                    return -1;
        if (!later)
            return pr[k].place;
    }
    return -1;
}

/* Whether c is an act between the parties of the encounter the document
 * told last (a meeting, a call, a signing): done in it. */
static int in_meeting(const attr_state *as, const cand *c)
{
    return as->meet &&
           ((same_party(&c->src, &as->meet_src) && same_party(&c->tgt, &as->meet_tgt)) ||
            (same_party(&c->src, &as->meet_tgt) && same_party(&c->tgt, &as->meet_src)));
}

/* A place that the text gave before carries to c: within the sentence,
 * to a material act on the same people ("rallied outside the courthouse
 * in Tunis, and police detained five of them"); from the previous
 * sentence, once, to the same participants ("… hosted X in Ankara. X
 * praised …"); else the document's setting to an event whose parties are
 * in one place. A material act told as happening in a region, a village
 * or a border area ("killed 12 villagers in Zamfara state") has no place. */
static int carried_place(const attr_state *as, const token *T, const sentence *s,
                         uint32_t si, const cand *c)
{
    int material = c->code->quad % 2 == 0, here = !!(c->code->flags & LC_PRESENT);
    uint32_t lo = c->src.t0 >= s->tok0 && c->src.t0 < c->trig0 ? c->src.t0 : c->trig0;
    if (material && in_area(T, lo, s->tok1))
        return -1;
    /* "… met X in Putrajaya. The minister had a telephone conversation
     * with Y": the parties of a call are apart, in no place told before */
    if (c->code->flags & LC_REMOTE)
        return -1;
    if (material && as->last_place >= 0 && as->last_place_sent == si &&
        (same_unit(&c->src, &as->last_place_src) || same_unit(&c->src, &as->last_place_tgt) ||
         same_unit(&c->tgt, &as->last_place_src) || same_unit(&c->tgt, &as->last_place_tgt)))
        return as->last_place;
    if (as->last_place >= 0 && as->last_place_sent + 1 == si &&
        (as->setting < 0 || same(material, &c->src, &as->last_place_src)) &&
        (same(material, &c->src, &as->last_place_src) ||
         same(material, &c->src, &as->last_place_tgt) ||
         same(material, &c->tgt, &as->last_place_src) ||
         same(material, &c->tgt, &as->last_place_tgt)))
        return as->last_place;
    /* "held a phone conversation … The two sides also agreed": the
     * parties of a call are apart */
    if (here && as->meet_remote && in_meeting(as, c))
        return -1;
    /* "New Delhi – Modi paid a visit to the United States": a visit is
     * in the state visited, not where the story is filed */
    if (here && visit_elsewhere(c, as->setting_cc))
        return -1;
    return here ? as->setting : -1;
}

/* topics: every topic phrase of the sentence, in order, into out (at
 * most max; -1 when there are more), or straight to c when c is given */
static int sentence_topics(const parley_lexicon *lx, const token *T, const sentence *s,
                           const char **out, int max, cand *c, const starts *st)
{
    int n = 0;
    const uint64_t *bits = st ? st->topics : NULL;
    for (uint32_t k = next_start(st, bits, s->tok0); k < s->tok1;) {
        const lex_hit *h;
        size_t l = lexicon_match(lx, T, k, s->tok1, LK_BIT(LK_TOPIC), &h);
        int done = 0;
        for (; l && h; h = lexicon_next(lx, h))
            if (h->ntok == l && pl_lexicon_hit_ok(lx, h, T, k, LK_BIT(LK_TOPIC))) {
                if (c)
                    add_topic(c, lx->topics[h->idx].name);
                else if (n == max)
                    return -1;
                else
                    out[n++] = lx->topics[h->idx].name;
                done = 1;
                break;
            }
        k = next_start(st, bits, k + (done ? (uint32_t)l : 1));
    }
    return n;
}

/* The sentence's topics (found once for all its events: nt of them in
 * topics) to c; its own walk when they were too many to keep (nt < 0). */
static void event_topics(const parley_lexicon *lx, const token *T, const sentence *s,
                         const char *const *topics, int nt, cand *c)
{
    if (nt < 0)
        sentence_topics(lx, T, s, NULL, 0, c, NULL);
    for (int q = 0; q < nt; q++)
        add_topic(c, topics[q]);
}

/* Whether the trigger of d follows "and" after the trigger of c
 * ("killed … and arrested …"). */
static int and_between(const token *T, const cand *c, const cand *d)
{
    uint32_t q = d->trig0;
    while (q > c->trig1 && T[q - 1].tag == ST_ADV)
        q--;
    return d->trig0 > c->trig1 && q > c->trig1 && tok_in(&T[q - 1], W_CONJ) &&
           tok_eq(&T[q - 1], "and");
}

/* Whether "and" joins the act of c to the later act of d, with no date
 * between the "and" and d. */
static int and_after(const token *T, const date_expr *de, int nd, const cand *c, const cand *d)
{
    if (d->trig0 <= c->trig1)
        return 0;
    for (uint32_t q = d->trig0; q-- > c->trig1;)
        if (tok_eq(&T[q], "and") && T[q].tag == ST_CONJ) {
            for (int k = 0; k < nd; k++)
                if (de[k].tok > q && de[k].tok < d->trig0)
                    return 0;
            return 1;
        }
    return 0;
}

/* "killed three gunmen and arrested two others on Thursday": a date
 * after coordinated verbs dates each of them, when none is between;
 * "killed four fighters on Tuesday and arrested two others": the date of
 * the first dates the next that has none */
static void share_dates(const token *T, const date_expr *de, int nd, cand_vec *cv, size_t first)
{
    for (size_t i = first; i < cv->n; i++) {
        cand *c = &cv->v[i];
        for (size_t j = i + 1; j < cv->n; j++) {
            cand *d = &cv->v[j];
            /* "X fired rockets at Y on Tuesday, and Y responded with
             * strikes": a clause joined by "and" with no date of its own
             * is of the same day */
            /* "fired at demonstrators on Monday, wounding dozens": a
             * participle after a comma is of the act it follows */
            /* (and "fired tear gas at protesters marching against police
             * brutality": a participle right after the act's target is
             * what the target was doing then) */
            int ing = d->trig0 > c->trig1 && tok_ing(&T[d->trig0]) &&
                      ((T[d->trig0 - 1].tag == ST_PUNCT && tok_eq(&T[d->trig0 - 1], ",")) ||
                       (c->tgt.t1 == d->trig0 && c->tgt.t1 > c->tgt.t0));
            if (c->date_stated == 1 && !d->date_stated && (ing || and_after(T, de, nd, c, d))) {
                d->date = c->date;
                d->date_stated = 1;
                continue;
            }
            if (!and_between(T, c, d))
                continue;
            if (c->date_stated == 1 && !d->date_stated) {
                d->date = c->date;
                d->date_stated = 1;
                continue;
            }
            if (c->date_stated || !d->date_stated)
                continue;
            int between = 0;
            for (int k = 0; k < nd; k++)
                between |= de[k].tok >= c->trig1 && de[k].tok < d->trig0;
            if (!between) {
                c->date = d->date;
                c->date_stated = d->date_stated;
            }
        }
    }
}

/* What find_dates (given last_date), find_places and sentence_topics
 * found in one sentence: nt topics (none kept when they were too many,
 * nt < 0), nd dates, then np places, after this header. */
typedef struct attr_found {
    int32_t last_date; /* the last date stated they were found with */
    int uses_last;     /* whether they depend on it ("the same day") */
    int nd, np, nt;
    const char *topics[]; /* (its room is that of the nt topics) */
} attr_found;

struct attr_memo {
    arena *a;
    attr_found **sent; /* per sentence, NULL until its first look */
    size_t n;
};

int pl_attributes_keep(attr_state *as, arena *a, const text_doc *td)
{
    struct attr_memo *m = arena_alloc(a, sizeof *m);
    attr_found **v = pl_arena_zalloc(a, (td->nsents ? td->nsents : 1) * sizeof *v);
    if (!m || !v)
        return PARLEY_ENOMEM;
    *m = (struct attr_memo){a, v, td->nsents};
    as->memo = m;
    return 0;
}

static date_expr *found_dates(attr_found *f)
{
    return (date_expr *)(f->topics + (f->nt > 0 ? f->nt : 0));
}

static place_ref *found_places(attr_found *f)
{
    return (place_ref *)(found_dates(f) + f->nd);
}

/* Sentence si's dates (as find_dates gives them for as->last_date),
 * places and topics, from the memo when it has them, else found (into
 * de, pr, tp: room for 32 topics) and kept there; the counts in *nd, *np,
 * *nt. */
static void dates_places(const attr_state *as, const parley_lexicon *lx, const token *T,
                         const sentence *s, uint32_t si, date_expr *de, place_ref *pr,
                         const char **tp, const date_expr **dp, int *nd,
                         const place_ref **pp, int *np, const char *const **tpp, int *nt)
{
    struct attr_memo *m = as->memo;
    attr_found *f = m && si < m->n ? m->sent[si] : NULL;
    if (f) {
        *tpp = f->topics;
        *nt = f->nt;
        *pp = found_places(f);
        *np = f->np;
        if (!f->uses_last || f->last_date == as->last_date) {
            *dp = found_dates(f);
            *nd = f->nd;
        } else {
            int used = 0;
            *dp = de;
            *nd = find_dates(T, s->tok0, s->tok1, as->doc_date, as->last_date, de, 16, &used,
                             NULL);
        }
        return;
    }
    int used = 0;
    *dp = de;
    starts st;
    const starts *sp = sentence_starts(T, s->tok0, s->tok1, &st) ? &st : NULL;
    *nd = find_dates(T, s->tok0, s->tok1, as->doc_date, as->last_date, de, 16, &used, sp);
    *pp = pr;
    *np = find_places(lx, T, s->tok0, s->tok1, pr, 16, sp);
    *tpp = tp;
    *nt = sentence_topics(lx, T, s, tp, 32, NULL, sp);
    if (!m || si >= m->n)
        return;
    /* kept when there is memory for it: else looked for again */
    size_t kt = *nt > 0 ? (size_t)*nt : 0;
    f = arena_alloc(m->a, sizeof *f + kt * sizeof *tp + (size_t)*nd * sizeof *de +
                              (size_t)*np * sizeof *pr);
    if (!f)
        return;
    f->last_date = as->last_date;
    f->uses_last = used;
    f->nd = *nd;
    f->np = *np;
    f->nt = *nt;
    if (kt)
        memcpy(f->topics, tp, kt * sizeof *tp);
    if (*nd)
        memcpy(found_dates(f), de, (size_t)*nd * sizeof *de);
    if (*np)
        memcpy(found_places(f), pr, (size_t)*np * sizeof *pr);
    m->sent[si] = f;
}

void pl_attributes_sentence(attr_state *as, const parley_lexicon *lx,
                         const text_doc *td, uint32_t si, const mention *ms,
                         int nm, cand_vec *cv, size_t first)
{
    if (first >= cv->n)
        return; /* a sentence without events has nothing to date or place */
    const sentence *s = &td->sents[si];
    const token *T = td->toks;
    date_expr de_found[16];
    place_ref pr_found[16];
    const date_expr *de;
    const place_ref *pr;
    const char *tp_found[32];
    const char *const *topics;
    int nd, np, nt;
    dates_places(as, lx, T, s, si, de_found, pr_found, tp_found, &de, &nd, &pr, &np, &topics,
                 &nt);
    for (size_t i = first; i < cv->n; i++) {
        cand *c = &cv->v[i];
        event_date(lx, T, s, ms, nm, de, nd, cv, first, c, as->doc_date);
        c->place = event_place(lx, T, s, ms, nm, pr, np, c);
        for (int q = 0; q < np; q++)
            if (pr[q].place == c->place && !pr[q].dateline)
                c->place_stated = 1;
        if (c->place >= 0) {
            as->last_place = c->place;
            as->last_place_sent = si;
            as->last_place_src = c->src;
            as->last_place_tgt = c->tgt;
        } else
            c->place = carried_place(as, T, s, si, c);
        event_topics(lx, T, s, topics, nt, c);
        /* what they agreed in Monday's call, they agreed on Monday: an act
         * of its parties told while the text goes on telling of it (each
         * within three sentences of the last) */
        int in = si <= as->meet_sent + 3 && in_meeting(as, c);
        if (!c->date_stated && as->meet_date && in) {
            c->date = as->meet_date;
            c->date_stated = 1;
        }
        if (in)
            as->meet_sent = si;
        if ((c->code->flags & (LC_PRESENT | LC_REMOTE)) &&
            (!in || (!as->meet_date && c->date_stated == 1))) {
            as->meet = 1;
            as->meet_remote = !!(c->code->flags & LC_REMOTE);
            as->meet_src = c->src;
            as->meet_tgt = c->tgt;
            as->meet_date = c->date_stated == 1 ? c->date : 0;
            as->meet_sent = si;
        }
    }
    share_dates(T, de, nd, cv, first);
    /* an act dated to a day to come ("called a 48-hour strike for
     * Friday") is planned, not done: no event */
    size_t kept = first;
    for (size_t i = first; i < cv->n; i++)
        if (cv->v[i].date_stated != 2) {
            if (kept != i)
                cv->v[kept] = cv->v[i];
            kept++;
        }
    cv->n = kept;
    /* "on the same day" refers to the last day the text stated */
    for (size_t i = cv->n; i > first; i--)
        if (cv->v[i - 1].date && cv->v[i - 1].date_stated) {
            as->last_date = cv->v[i - 1].date;
            break;
        }
}
