/* json.c — stage 9, the sinks: the JSON lines event contract of
 * DESIGN.md, Phoenix-style TSV, and the document id rule shared by every
 * sink and the store. */
#include <string.h>

#include "parley.h"
#include "output/output.h"
#include "util/json.h"

/* ---- the event line -----------------------------------------------------
 * Room for the whole line is made once, from the lengths of its strings,
 * and the pieces are then written at a cursor with no check each (an
 * event is some sixty pieces, most of them a few bytes long). */

/* The room the line's literals and numbers take at most: some 560 bytes
 * of literals, six integers of 20 digits, and three fixed-point numbers
 * of PUT_FIXED_MAX; each further evidence sentence takes EXTRA_MAX. */
#define LINE_FIXED 1024
#define EXTRA_MAX 128

/* A string, or null when p is NULL. */
static parley_str Z(const char *s)
{
    parley_str r = {s, s ? strlen(s) : 0};
    return r;
}

/* A literal, its length known at compile time. */
#define LIT(o, s) (memcpy((o), (s), sizeof(s) - 1), (o) + sizeof(s) - 1)

static char *put_str(char *o, parley_str s)
{
    if (!s.p)
        return LIT(o, "null");
    return pl_json_put_short(o, s.p, s.n);
}

/* Writes v in decimal at o and returns the end: two digits a step from
 * the last (sentence numbers and offsets have up to six or seven). The
 * number of digits comes from the bit length (log10 2 is about
 * 1233 / 4096) and one compare, not from a division per digit. */
static char *put_uint(char *o, uint64_t v)
{
    static const char pairs[201] = "00010203040506070809101112131415161718192021222324"
                                   "25262728293031323334353637383940414243444546474849"
                                   "50515253545556575859606162636465666768697071727374"
                                   "75767778798081828384858687888990919293949596979899";
    static const uint64_t pow10[20] = {
        1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
        1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u,
        100000000000000u, 1000000000000000u, 10000000000000000u,
        100000000000000000u, 1000000000000000000u, 10000000000000000000u};
    if (v < 10) {
        *o = (char)('0' + v);
        return o + 1;
    }
    unsigned t = ((64u - (unsigned)__builtin_clzll(v)) * 1233u) >> 12;
    size_t d = t + 1 - (v < pow10[t]);
    char *end = o + d, *q = end;
    while (v >= 100) {
        q -= 2;
        memcpy(q, pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10)
        memcpy(q - 2, pairs + 2 * v, 2);
    else
        q[-1] = (char)('0' + v);
    return end;
}

static char *put_int(char *o, int64_t v)
{
    if (v < 0)
        *o++ = '-';
    return put_uint(o, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
}

/* Makes room for n more bytes (and a NUL) after o, the cursor in b; the
 * new cursor in *o. Returns 0 or PARLEY_ENOMEM. */
static int room(parley_buf *b, char **o, size_t n)
{
    b->n = (size_t)(*o - b->p);
    if (b->cap - b->n <= n && parley_buf_grow(b, n))
        return PARLEY_ENOMEM;
    *o = b->p + b->n;
    return 0;
}

/* The numbers an event writes with parley_buf_add_fixed (Goldstein
 * scores, a place's coordinates) come from small tables and repeat from
 * one event to the next: this thread's last few, by their bits and
 * decimals, are copied as they were written. */
#define PUT_FIXED_MAX PL_JSON_FIXED_ROOM
typedef struct fixed_memo {
    uint64_t bits;
    int decimals;
    uint32_t n; /* 0: empty */
    char s[PUT_FIXED_MAX];
} fixed_memo;

static _Thread_local fixed_memo fixed_seen[64];

/* Writes v at *o, the cursor in b, which has room for PUT_FIXED_MAX bytes
 * and then for need more: a number seen before or in
 * pl_json_put_fixed's range at the cursor, else through
 * parley_buf_add_fixed (printf), which may be longer (room for need is
 * then made again). 0 or PARLEY_ENOMEM. */
static int put_fixed(parley_buf *b, char **o, double v, int decimals, size_t need)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    fixed_memo *m = &fixed_seen[((bits ^ (uint64_t)decimals) * 0x9E3779B97F4A7C15u) >> 58];
    if (m->n && m->bits == bits && m->decimals == decimals) {
        memcpy(*o, m->s, PUT_FIXED_MAX);
        *o += m->n;
        return 0;
    }
    size_t at = (size_t)(*o - b->p);
    char *end = pl_json_put_fixed(*o, v, decimals);
    if (end) {
        *o = end;
    } else {
        b->n = at;
        if (parley_buf_add_fixed(b, v, decimals))
            return PARLEY_ENOMEM;
        *o = b->p + b->n; /* b->p may have moved */
    }
    size_t len = (size_t)(*o - b->p) - at;
    if (len < PUT_FIXED_MAX) {
        m->bits = bits;
        m->decimals = decimals;
        m->n = (uint32_t)len;
        memset(m->s, 0, sizeof m->s);
        memcpy(m->s, b->p + at, len);
    }
    return len <= PUT_FIXED_MAX ? 0 : room(b, o, need);
}

/* The strings of an actor, in the order they are written. */
#define ACTOR_STRS 7
static void actor_strs(parley_str *f, const parley_actor *a)
{
    f[0] = a->text.n ? a->text : (parley_str){NULL, 0};
    f[1] = Z(a->name);
    f[2] = Z(a->role);
    f[3] = Z(a->country);
    f[4] = Z(a->org);
    f[5] = Z(a->code);
    f[6] = Z(a->sector);
}

static char *actor_json(char *o, const parley_str *f)
{
    /* written out, so that each key is copied as a literal of known
     * length (a few stores), not by a loop over a table */
    o = put_str(LIT(o, "{\"text\": "), f[0]);
    o = put_str(LIT(o, ", \"name\": "), f[1]);
    o = put_str(LIT(o, ", \"role\": "), f[2]);
    o = put_str(LIT(o, ", \"country\": "), f[3]);
    o = put_str(LIT(o, ", \"org\": "), f[4]);
    o = put_str(LIT(o, ", \"code\": "), f[5]);
    o = put_str(LIT(o, ", \"sector\": "), f[6]);
    return LIT(o, "}");
}

/* "sentence": S, "span": [A, B] */
static char *sentence_span(char *o, size_t sentence, size_t a, size_t z)
{
    o = LIT(o, "\"sentence\": ");
    o = put_uint(o, sentence);
    o = LIT(o, ", \"span\": [");
    o = put_uint(o, a);
    o = LIT(o, ", ");
    o = put_uint(o, z);
    return LIT(o, "]");
}

int parley_write_json(parley_buf *b, const parley_doc *doc,
                      const parley_event *ev, size_t index)
{
    (void)index;
    parley_str ev_text = {NULL, 0};
    int has_text = doc->text.p && ev->span[0] <= ev->span[1] &&
                   ev->span[1] <= doc->text.n;
    if (has_text)
        ev_text = (parley_str){doc->text.p + ev->span[0],
                               ev->span[1] - ev->span[0]};
    if (doc->id.n)
        return pl_output_json_event(b, doc->id, ev, has_text ? &ev_text : NULL);
    parley_buf id = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    if (!rc)
        rc = pl_output_json_event(b, (parley_str){id.p, id.n}, ev,
                               has_text ? &ev_text : NULL);
    parley_buf_release(&id);
    return rc ? PARLEY_ENOMEM : 0;
}

/* The strings of the line up to the source actor, in their order. */
enum { F_DATE, F_PRECISION, F_TYPE, F_MODE, F_CAMEO, F_CODER, F_HEAD };

int pl_output_json_event(parley_buf *b, parley_str doc_id,
                      const parley_event *ev, const parley_str *ev_text)
{
    parley_str head[F_HEAD], act[2 * ACTOR_STRS], place[2], topics[PARLEY_MAX_TOPICS];
    head[F_DATE] = Z(ev->date);
    head[F_PRECISION] = Z(ev->date_precision);
    head[F_TYPE] = Z(ev->type);
    head[F_MODE] = Z(ev->mode);
    head[F_CAMEO] = Z(ev->cameo);
    head[F_CODER] = Z(ev->coder);
    actor_strs(act, &ev->source);
    actor_strs(act + ACTOR_STRS, &ev->target);
    place[0] = Z(ev->place.name);
    place[1] = Z(ev->place.country);
    size_t ntopics = ev->ntopics < PARLEY_MAX_TOPICS ? ev->ntopics : PARLEY_MAX_TOPICS;
    for (size_t i = 0; i < ntopics; i++) /* a NULL topic is written "" */
        topics[i] = Z(ev->topics[i] ? ev->topics[i] : "");
    /* the room the line may take */
    size_t need = LINE_FIXED + 2 * PL_JSON_ROOM(doc_id.n) + ev->nextra * EXTRA_MAX;
    need += PL_JSON_ROOM(ev_text ? ev_text->n : 0);
    for (size_t i = 0; i < F_HEAD; i++)
        need += PL_JSON_ROOM(head[i].n);
    for (size_t i = 0; i < 2 * ACTOR_STRS; i++)
        need += PL_JSON_ROOM(act[i].n);
    need += PL_JSON_ROOM(place[0].n) + PL_JSON_ROOM(place[1].n);
    for (size_t i = 0; i < ntopics; i++)
        need += PL_JSON_ROOM(topics[i].n);
    /* room first: an empty buffer's pointer is NULL, and no position may
     * be taken in it (UBSan) */
    if (b->cap - b->n <= need && parley_buf_grow(b, need))
        return PARLEY_ENOMEM;
    char *o = b->p + b->n;
    /* b->p moves only in put_fixed: no pointer into it is kept across */

    o = LIT(o, "{\"doc\": ");
    /* the document id is written once escaped, then copied for the
     * event id: ":S:N" after it needs no escaping */
    char *id = o + 1;
    o = pl_json_put(o, doc_id.p, doc_id.n);
    size_t id_len = (size_t)(o - 1 - id);
    o = LIT(o, ", \"id\": \"");
    memcpy(o, id, id_len);
    o += id_len;
    *o++ = ':';
    o = put_uint(o, ev->sentence);
    *o++ = ':';
    o = put_uint(o, ev->seq);
    o = LIT(o, "\", \"date\": ");
    o = put_str(o, head[F_DATE]);
    o = LIT(o, ", \"date_precision\": ");
    o = put_str(o, head[F_PRECISION]);
    o = LIT(o, ", \"type\": ");
    o = put_str(o, head[F_TYPE]);
    o = LIT(o, ", \"mode\": ");
    o = put_str(o, head[F_MODE]);
    o = LIT(o, ", \"cameo\": ");
    o = put_str(o, head[F_CAMEO]);
    o = LIT(o, ", \"quad\": ");
    o = put_int(o, ev->quad);
    o = LIT(o, ", \"goldstein\": ");
    if (put_fixed(b, &o, ev->goldstein, 1, need))
        return PARLEY_ENOMEM;
    o = LIT(o, ", \"coder\": ");
    o = put_str(o, head[F_CODER]);
    o = LIT(o, ", \"source\": ");
    o = actor_json(o, act);
    o = LIT(o, ", \"target\": ");
    o = actor_json(o, act + ACTOR_STRS);
    o = LIT(o, ", \"place\": ");
    if (place[0].p) {
        o = LIT(o, "{\"name\": ");
        o = put_str(o, place[0]);
        o = LIT(o, ", \"country\": ");
        o = put_str(o, place[1]);
        if (ev->place.has_coords) {
            o = LIT(o, ", \"lat\": ");
            if (put_fixed(b, &o, ev->place.lat, 2, need))
                return PARLEY_ENOMEM;
            o = LIT(o, ", \"lon\": ");
            if (put_fixed(b, &o, ev->place.lon, 2, need))
                return PARLEY_ENOMEM;
            o = LIT(o, "}");
        } else {
            o = LIT(o, ", \"lat\": null, \"lon\": null}");
        }
    } else {
        o = LIT(o, "null");
    }
    o = LIT(o, ", \"topics\": [");
    for (size_t i = 0; i < ntopics; i++) {
        if (i)
            o = LIT(o, ", ");
        o = put_str(o, topics[i]);
    }
    o = ev->negated ? LIT(o, "], \"negated\": true, ") : LIT(o, "], \"negated\": false, ");
    /* the sentence and its span, written once and copied for the first
     * evidence sentence */
    char *span = o;
    o = sentence_span(o, ev->sentence, ev->span[0], ev->span[1]);
    size_t span_len = (size_t)(o - span);
    o = LIT(o, ", \"text\": ");
    o = ev_text ? pl_json_put(o, ev_text->p, ev_text->n) : LIT(o, "null");
    /* every evidence sentence, the first included (merged reports) */
    o = LIT(o, ", \"evidence\": [{");
    memcpy(o, span, span_len);
    o += span_len;
    o = LIT(o, "}");
    for (size_t i = 0; i < ev->nextra; i++) {
        o = LIT(o, ", {");
        o = sentence_span(o, ev->extra_sentences[i], ev->extra_spans[2 * i],
                          ev->extra_spans[2 * i + 1]);
        o = LIT(o, "}");
    }
    o = LIT(o, "]}\n");
    *o = '\0';
    b->n = (size_t)(o - b->p);
    return 0;
}

/* TSV: tabs and newlines inside values become spaces; a value with a
 * double quote is quoted, its quotes doubled (the "excel-tab" dialect that
 * Python's csv module and pandas read: a sentence starting with '"' made
 * pandas fail, issue 13 D11). */
static int tsv_field(parley_buf *b, const char *s, size_t n, int last)
{
    if (!s)
        n = 0;
    size_t quotes = 0;
    for (size_t i = 0; i < n; i++)
        quotes += s[i] == '"';
    size_t extra = quotes ? quotes + 2 : 0;
    if (parley_buf_grow(b, n + extra + 1))
        return PARLEY_ENOMEM;
    char *o = b->p + b->n;
    if (quotes)
        *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"')
            *o++ = '"';
        *o++ = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    if (quotes)
        *o++ = '"';
    *o = last ? '\n' : '\t';
    b->n += n + extra + 1;
    b->p[b->n] = '\0';
    return 0;
}

static int tsv_s(parley_buf *b, const char *s)
{
    return tsv_field(b, s, s ? strlen(s) : 0, 0);
}

/* A field made in tmp (emptied first) by one of the number writers. */
#define TSV_NUM(b, tmp, call) \
    (parley_buf_reset(tmp), (call) | tsv_field((b), (tmp)->p, (tmp)->n, 0))

int parley_write_tsv_header(parley_buf *b)
{
    return parley_buf_adds(
        b, "id\tdate\tyear\tmonth\tday\tsource_code\tsource_country\t"
           "source_org\tsource_name\tsource_role\ttarget_code\ttarget_country\t"
           "target_org\ttarget_name\ttarget_role\tcameo\troot_code\tquad\t"
           "goldstein\ttype\tmode\tnegated\ttopics\tlat\tlon\tplace\t"
           "place_country\tdoc\tsentence\ttext\n");
}

int parley_write_tsv(parley_buf *b, const parley_doc *doc,
                     const parley_event *ev, size_t index)
{
    (void)index;
    parley_buf id = PARLEY_BUF_INIT, tmp = PARLEY_BUF_INIT;
    int rc = parley_doc_id(&id, doc);
    size_t doc_n = id.n;
    rc |= parley_buf_addc(&id, ':');
    rc |= parley_buf_add_uint(&id, ev->sentence);
    rc |= parley_buf_addc(&id, ':');
    rc |= parley_buf_add_uint(&id, ev->seq);
    rc |= tsv_field(b, id.p, id.n, 0);
    const char *d = ev->date;
    size_t dl = d ? strlen(d) : 0;
    rc |= tsv_s(b, d);
    rc |= tsv_field(b, d, dl >= 4 ? 4 : 0, 0);
    rc |= tsv_field(b, dl >= 7 ? d + 5 : NULL, dl >= 7 ? 2 : 0, 0);
    rc |= tsv_field(b, dl >= 10 ? d + 8 : NULL, dl >= 10 ? 2 : 0, 0);
    const parley_actor *as[2] = {&ev->source, &ev->target};
    for (int k = 0; k < 2; k++) {
        rc |= tsv_s(b, as[k]->code);
        rc |= tsv_s(b, as[k]->country);
        rc |= tsv_s(b, as[k]->org);
        rc |= tsv_s(b, as[k]->name);
        rc |= tsv_s(b, as[k]->role);
    }
    rc |= tsv_s(b, ev->cameo);
    rc |= tsv_field(b, ev->cameo, ev->cameo && strlen(ev->cameo) >= 2 ? 2 : 0, 0);
    rc |= TSV_NUM(b, &tmp, parley_buf_add_int(&tmp, ev->quad));
    rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->goldstein, 1));
    rc |= tsv_s(b, ev->type);
    rc |= tsv_s(b, ev->mode);
    rc |= tsv_s(b, ev->negated ? "1" : "0");
    parley_buf_reset(&tmp);
    for (size_t i = 0; i < ev->ntopics; i++) {
        if (i)
            rc |= parley_buf_addc(&tmp, ';');
        if (ev->topics[i])
            rc |= parley_buf_adds(&tmp, ev->topics[i]);
    }
    rc |= tsv_field(b, tmp.p, tmp.n, 0);
    if (ev->place.has_coords) {
        rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->place.lat, 2));
        rc |= TSV_NUM(b, &tmp, parley_buf_add_fixed(&tmp, ev->place.lon, 2));
    } else {
        rc |= tsv_field(b, NULL, 0, 0);
        rc |= tsv_field(b, NULL, 0, 0);
    }
    rc |= tsv_s(b, ev->place.name);
    rc |= tsv_s(b, ev->place.country);
    rc |= tsv_field(b, id.p, doc_n, 0);
    rc |= TSV_NUM(b, &tmp, parley_buf_add_uint(&tmp, ev->sentence));
    if (doc->text.p && ev->span[1] <= doc->text.n && ev->span[0] <= ev->span[1])
        rc |= tsv_field(b, doc->text.p + ev->span[0], ev->span[1] - ev->span[0], 1);
    else
        rc |= tsv_field(b, NULL, 0, 1);
    parley_buf_release(&id);
    parley_buf_release(&tmp);
    return rc ? PARLEY_ENOMEM : 0;
}
