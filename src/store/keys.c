/* keys.c — what the store files an event under, the same for both
 * backends (stage 9): date keys that sort as ISO dates, the keys of
 * either side (codes, names, mentions), place and topics, the display
 * keys of the explorer's aggregates, the token text of the full-text
 * index, and the document hash. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "store/store.h"

/* ---- dates ------------------------------------------------------------- */

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int64_t num(const char *s, size_t n)
{
    int64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int64_t pl_store_dkey(const char *date, int *exact)
{
    *exact = 1;
    if (!date)
        return STORE_UNDATED;
    size_t n = strlen(date);
    /* YYYY, YYYY-MM, YYYY-MM-DD with digits in place, month and day in
     * range for a key of two digits each */
    if ((n == 4 || n == 7 || n == 10) && digits(date, 4) &&
        (n < 7 || (date[4] == '-' && digits(date + 5, 2))) &&
        (n < 10 || (date[7] == '-' && digits(date + 8, 2)))) {
        int64_t y = num(date, 4), m = n >= 7 ? num(date + 5, 2) : 0,
                d = n >= 10 ? num(date + 8, 2) : 0;
        if ((n < 7 || m >= 1) && (n < 10 || d >= 1))
            return y * 10000 + m * 100 + d;
    }
    /* Anything else sorts by its leading digits, and is kept as given. */
    *exact = 0;
    int64_t y = n >= 4 && digits(date, 4) ? num(date, 4) : 0;
    return y * 10000;
}

int pl_store_dkey_date(int64_t k, char out[11])
{
    if (k < 0 || k >= STORE_UNDATED) {
        out[0] = '\0';
        return -1;
    }
    char iso[PL_DATE_ISO_MAX];
    size_t n = pl_date_format((int32_t)k, iso);
    memcpy(out, n ? iso : "0000", n ? n + 1 : 5); /* key 0: the year 0 */
    return 0;
}

/* "2024" and "2024-03" start before their first day ("2024" sorts before
 * "2024-01" as a string), so a lower bound is the key of the value as it
 * is; an upper bound covers everything that starts with the value. */
int64_t pl_store_dkey_from(const char *v)
{
    int exact;
    return pl_store_dkey(v, &exact);
}

int64_t pl_store_dkey_to(const char *v)
{
    int exact;
    int64_t k = pl_store_dkey(v, &exact);
    size_t n = strlen(v);
    if (n == 4)
        return k + 9999;
    if (n == 7)
        return k + 99;
    return k;
}

/* ---- keys -------------------------------------------------------------- */

static parley_str S(const char *s)
{
    return (parley_str){s, s ? strlen(s) : 0};
}

static size_t add(struct skey *out, size_t n, char kind, int side, int roles,
                  parley_str v)
{
    if (!v.n)
        return n;
    /* one key per value and side: roles merge (KAZ as country and code) */
    for (size_t i = 0; i < n; i++)
        if (out[i].kind == kind && out[i].side == side &&
            out[i].value.n == v.n && !memcmp(out[i].value.p, v.p, v.n)) {
            out[i].roles |= roles;
            return n;
        }
    out[n] = (struct skey){kind, side, roles, v};
    return n + 1;
}

static size_t actor_keys(const parley_actor *a, int side, struct skey *out,
                         size_t n)
{
    n = add(out, n, KEY_CODE, side, ROLE_COUNTRY, S(a->country));
    n = add(out, n, KEY_CODE, side, ROLE_ORG, S(a->org));
    n = add(out, n, KEY_CODE, side, ROLE_CODE, S(a->code));
    if (a->name)
        n = add(out, n, KEY_NAME, side, 0, S(a->name));
    else
        n = add(out, n, KEY_MENTION, side, 0, a->text);
    return n;
}

size_t pl_store_event_keys(const parley_event *ev, struct skey *out,
                        char *place, size_t place_cap)
{
    size_t n = actor_keys(&ev->source, SIDE_SOURCE, out, 0);
    n = actor_keys(&ev->target, SIDE_TARGET, out, n);
    if (ev->place.name && place_cap > 2) {
        size_t a = strlen(ev->place.name), c = ev->place.country
                                                   ? strlen(ev->place.country)
                                                   : 0;
        if (a + 1 + c < place_cap) {
            memcpy(place, ev->place.name, a);
            place[a] = 0x1f;
            memcpy(place + a + 1, ev->place.country ? ev->place.country : "", c);
            place[a + 1 + c] = '\0';
            n = add(out, n, KEY_PLACE, 0, 0, (parley_str){place, a + 1 + c});
        }
    }
    for (size_t i = 0; i < ev->ntopics && i < PARLEY_MAX_TOPICS; i++)
        n = add(out, n, KEY_TOPIC, 0, 0, S(ev->topics[i]));
    return n;
}

parley_str pl_store_actor_key(const parley_actor *a, char *kind)
{
    *kind = KEY_CODE;
    if (a->name) {
        *kind = KEY_NAME;
        return S(a->name);
    }
    if (a->org)
        return S(a->org);
    if (a->country)
        return S(a->country);
    if (a->code)
        return S(a->code);
    *kind = KEY_MENTION;
    return a->text.n ? a->text : (parley_str){NULL, 0};
}

const char *pl_store_code_key(const parley_actor *a)
{
    return a->code ? a->code
                   : a->country ? a->country
                                : a->org ? a->org : a->name ? a->name : "?";
}

parley_str pl_store_level_key(const parley_actor *a, int level)
{
    char kind;
    switch (level) {
    case PARLEY_LEVEL_COUNTRY:
        return S(a->country ? a->country : a->org ? a->org : a->code);
    case PARLEY_LEVEL_CODE:
        return S(a->code);
    case PARLEY_LEVEL_PERSON:
        return S(a->name);
    default:
        return pl_store_actor_key(a, &kind);
    }
}

int64_t pl_store_tenths(double g)
{
    return (int64_t)llround(g * 10.0);
}

int64_t pl_store_view_at(parley_str text, parley_str s)
{
    if (!s.p || !text.p || s.p < text.p || s.p + s.n > text.p + text.n)
        return -1;
    return (int64_t)(s.p - text.p);
}

/* ---- full-text tokens -------------------------------------------------- */

static int is_word_char(utf8proc_int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO) ||
           (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME);
}

int pl_store_fts_tokens(parley_buf *b, const char *text, size_t n)
{
    size_t fn = 0;
    char *f = pl_fold_key(text, n, &fn);
    if (!f)
        return PARLEY_ENOMEM;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)f;
    size_t i = 0;
    int in_word = 0, err = 0;
    size_t start = b->n;
    while (i < fn && !err) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(fn - i), &c);
        if (k <= 0) {
            k = 1;
            c = ' ';
        }
        if (is_word_char(c)) {
            if (!in_word && b->n > start)
                err |= parley_buf_addc(b, ' ');
            err |= parley_buf_add(b, s + i, (size_t)k);
            in_word = 1;
        } else {
            in_word = 0;
        }
        i += (size_t)k;
    }
    free(f);
    return err ? PARLEY_ENOMEM : 0;
}

/* ---- serialised lists -------------------------------------------------- */

int pl_store_topics_json(parley_buf *b, const parley_event *ev)
{
    int err = 0;
    if (!ev->ntopics)
        return 0;
    err |= parley_buf_addc(b, '[');
    for (size_t i = 0; i < ev->ntopics && i < PARLEY_MAX_TOPICS; i++) {
        if (i)
            err |= parley_buf_addc(b, ',');
        err |= parley_buf_add_json(b, S(ev->topics[i] ? ev->topics[i] : ""));
    }
    err |= parley_buf_addc(b, ']');
    return err ? PARLEY_ENOMEM : 0;
}

int pl_store_extra_json(parley_buf *b, const parley_event *ev)
{
    int err = 0;
    if (!ev->nextra)
        return 0;
    err |= parley_buf_addc(b, '[');
    for (size_t i = 0; i < ev->nextra; i++) {
        if (i)
            err |= parley_buf_addc(b, ',');
        err |= parley_buf_addc(b, '[');
        err |= parley_buf_add_uint(b, ev->extra_sentences[i]);
        err |= parley_buf_addc(b, ',');
        err |= parley_buf_add_uint(b, ev->extra_spans[2 * i]);
        err |= parley_buf_addc(b, ',');
        err |= parley_buf_add_uint(b, ev->extra_spans[2 * i + 1]);
        err |= parley_buf_addc(b, ']');
    }
    err |= parley_buf_addc(b, ']');
    return err ? PARLEY_ENOMEM : 0;
}

/* ---- the document hash --------------------------------------------------- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ULL;
    return h;
}

/* The length as 8 little-endian bytes, then the bytes: the hash that
 * schema 3 stored as hex, so that its documents stay "unchanged". */
static uint64_t field(uint64_t h, parley_str s)
{
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)((uint64_t)s.n >> (8 * i));
    h = fnv(h, len, 8);
    return s.n ? fnv(h, s.p, s.n) : h;
}

uint64_t pl_store_hash(const parley_str *id, const parley_doc *doc)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = field(h, *id);
    h = field(h, doc->date);
    h = field(h, doc->title);
    h = field(h, doc->url);
    h = field(h, doc->source);
    return field(h, doc->text);
}
