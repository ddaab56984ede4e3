/* code.c — parley_code: runs the pipeline on one document (text →
 * mentions and coreference → events → attributes → merge) and packs the
 * surviving events into a parley_result that owns all its memory. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cameo/bridge.h"
#include "cameo/cameo.h"
#include "events/events.h"
#include "util/date.h"

struct parley_result {
    arena mem;
    parley_event *events;
    size_t nevents;
    size_t *spans; /* 2 per sentence */
    size_t nsents;
    const char *doc_date;
};

static const char *const chunk_names[] = {"NP", "VG", "PP", "ADV", "CONJ", "SUB",
                                          "REL", "TO", "P", "Q", "X"};
static const char *const clause_names[] = {"main", "coord", "comp", "rel", "adv",
                                           "part", "inf"};

/* The trace functions are cold (the trace is for a person reading one
 * document): out of line, they leave the stages that call them small. */

/* The trace of one sentence's parse: its chunks, each clause with its
 * verb group, subject and speaker. */
__attribute__((cold)) static void trace_syntax(const parley_code_opts *o, const text_doc *td,
                         const syn_sent *syn)
{
    parley_buf b = PARLEY_BUF_INIT;
    for (int i = 0; i < syn->ncl; i++) {
        const clause *cl = &syn->cl[i];
        parley_buf_reset(&b);
        parley_buf_addf(&b, "   c%d %s parent=%d vg=%d subj=%d speaker=%d flags=%u:", i,
                        clause_names[cl->kind], cl->parent, cl->vg, cl->subj,
                        cl->speaker, cl->flags);
        for (int k = cl->c0; k < cl->c1; k++) {
            const chunk *ch = &syn->ch[k];
            parley_buf_addf(&b, " [%d %s%s%s %.*s]", k, chunk_names[ch->kind],
                            ch->mention >= 0 ? "*" : ch->owner >= 0 || ch->adj_country >= 0 ? "+" : "",
                            ch->kind == CK_VG && (ch->flags & VG_PASSIVE) ? "/pass" : "",
                            (int)(td->toks[ch->t1 - 1].end - td->toks[ch->t0].start),
                            td->text + td->toks[ch->t0].start);
        }
        o->log(o->log_ud, PARLEY_TRACE, b.p);
    }
    parley_buf_release(&b);
}

/* The trace of the events a sentence gave: type, participants, rule. */
__attribute__((cold)) static void trace_events(const parley_code_opts *o, const cand_vec *cv, size_t first)
{
    parley_buf b = PARLEY_BUF_INIT;
    for (size_t i = first; i < cv->n; i++) {
        const cand *c = &cv->v[i];
        const actor *a[2] = {&c->src, &c->tgt};
        parley_buf_reset(&b);
        parley_buf_addf(&b, "   => %s %s", c->code->type, c->code->cameo);
        for (int k = 0; k < 2; k++)
            parley_buf_addf(&b, " %s{%s|%s|%s}", k ? "->" : "", a[k]->name ? a[k]->name : "-",
                            a[k]->country ? a[k]->country : "-", a[k]->org ? a[k]->org : "-");
        parley_buf_addf(&b, " (%s)", c->why ? c->why : "?");
        o->log(o->log_ud, PARLEY_TRACE, b.p);
    }
    parley_buf_release(&b);
}

/* The trace of one sentence (o->trace): its text, then one line per
 * mention with the actors it resolved to, then its parse, through the
 * log callback. */
__attribute__((cold)) static void trace_sentence(const parley_code_opts *o, const text_doc *td,
                           uint32_t si, const mention *ms, int nm,
                           const syn_sent *syn)
{
    const sentence *s = &td->sents[si];
    parley_buf b = PARLEY_BUF_INIT;
    parley_buf_addf(&b, "[%u] %.*s", si, (int)(s->end - s->start), td->text + s->start);
    o->log(o->log_ud, PARLEY_TRACE, b.p);
    for (int k = 0; k < nm; k++) {
        const mention *m = &ms[k];
        parley_buf_reset(&b);
        parley_buf_addf(&b, "   m%d kind=%d prep=%d mod=%d poss=%d '%.*s'", k, m->kind,
                        m->prep, m->modifier, m->possessive,
                        (int)(td->toks[m->t1 - 1].end - td->toks[m->t0].start),
                        td->text + td->toks[m->t0].start);
        for (int a = 0; a < m->nact; a++)
            parley_buf_addf(&b, " {%s|%s|%s|%s|e%d}", m->acts[a].name ? m->acts[a].name : "-",
                            m->acts[a].role ? m->acts[a].role : "-",
                            m->acts[a].country ? m->acts[a].country : "-",
                            m->acts[a].org ? m->acts[a].org : "-", m->acts[a].entity);
        o->log(o->log_ud, PARLEY_TRACE, b.p);
    }
    parley_buf_release(&b);
    trace_syntax(o, td, syn);
}

/* A document's date: a day that exists ("YYYY-MM-DD"), else none. */
static int32_t parse_doc_date(parley_str d)
{
    int32_t v;
    return pl_date_parse(d.p, d.n, &v, NULL) == PL_DATE_DAY ? v : 0;
}

/* The copies in a result of the strings a window's events name: a
 * string named again (a state's code, a sector, an event type, a
 * person's name) is copied once per window. Keyed by the string's
 * address, which stays the string's while the window is coded (its
 * arena and the lexicon outlive the packing). A state's code with its
 * agent (cameo_code) is kept by the addresses of the country and the
 * agent; a sector of a dictionary code by the code's. */
/* (256 strings, by a multiplicative hash of the address: the address's
 * own bits sent strings that lie side by side in an arena to one slot;
 * 512 and more cost more to clear per window than they saved) */
#define STR_MEMO_BITS 8
#define STR_MEMO (1u << STR_MEMO_BITS)

typedef struct str_memo {
    const char *src[STR_MEMO];
    const char *copy[STR_MEMO];
    const char *cc[32], *agent[32], *code[32]; /* cc: the actor's country */
    const char *dict[32], *sector[32];
    /* the last date written (0: none) and its string and precision: the
     * events of a window are mostly of one or two dates */
    int32_t date;
    const char *date_s, *date_prec;
} str_memo;

/* pl_cameo_code_sector(a, code), once per window for each code. */
static const char *code_sector(arena *a, str_memo *m, const char *code)
{
    size_t h = ((uintptr_t)code >> 3) & 31;
    if (m->dict[h] == code && code)
        return m->sector[h];
    const char *s = pl_cameo_code_sector(a, code);
    if (s) {
        m->dict[h] = code;
        m->sector[h] = s;
    }
    return s;
}

static const char *cameo_code(arena *a, str_memo *m, const parley_lexicon *lx,
                              const actor *ac)
{
    if (ac->org) {
        int o = pl_lexicon_org(lx, ac->org);
        return o >= 0 && lx->orgs[o].cameo ? pl_arena_strdup(a, lx->orgs[o].cameo)
                                           : NULL;
    }
    if (!ac->country)
        return NULL;
    int person = ac->name || ac->role;
    const char *agent = ac->agent ? ac->agent : person ? "GOV" : "";
    size_t h = (((uintptr_t)ac->country ^ (uintptr_t)agent) >> 3) & 31;
    if (m->cc[h] == ac->country && m->agent[h] == agent)
        return m->code[h];
    int c = pl_lexicon_country(lx, ac->country);
    const char *cc = c >= 0 ? lx->countries[c].cameo : ac->country;
    const char *code = pl_arena_concat(a, cc, agent);
    if (code) {
        m->cc[h] = ac->country;
        m->agent[h] = agent;
        m->code[h] = code;
    }
    return code;
}

/* s copied into a once per window (memo m). */
static const char *memo_dup(arena *a, str_memo *m, const char *s)
{
    if (!s)
        return NULL;
    size_t h = (size_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> (64 - STR_MEMO_BITS));
    if (m->src[h] == s)
        return m->copy[h];
    const char *c = pl_arena_strdup(a, s);
    if (c) {
        m->src[h] = s;
        m->copy[h] = c;
    }
    return c;
}

/* The organisation an actor is coded as: a body whose CAMEO code does
 * not tell it from its parent (orgs.txt: the EEAS and the Commission are
 * IGOEUREEC, as the EU; the DPPA is IGOUNO, as the UN) is its parent,
 * so that one actor has one name in the data; a body with a code of its
 * own (WHO, UNHCR) stays itself, and so does one that acts in its own
 * name (words.txt "own-name-bodies": WIPO, IOM). */
static const char *coded_org(const parley_lexicon *lx, const char *org)
{
    for (int hops = 0; org && hops < 4; hops++) {
        int o = pl_lexicon_org(lx, org);
        if (o < 0 || !lx->orgs[o].parent || !lx->orgs[o].cameo ||
            pl_grammar_code_in(lx, org, W_OWN_NAME_BODIES))
            break;
        int q = pl_lexicon_org(lx, lx->orgs[o].parent);
        if (q < 0 || !lx->orgs[q].cameo || strcmp(lx->orgs[q].cameo, lx->orgs[o].cameo))
            break;
        org = lx->orgs[q].acronym;
    }
    return org;
}

/* Actor ac as the event's source or target, in a. dict_code: the
 * actor's code as the community's dictionaries give it (then its code
 * and sector), or NULL for the built-in lexicon's. Returns 0 or
 * PARLEY_ENOMEM. */
static int to_public(arena *a, str_memo *m, const parley_lexicon *lx, const text_doc *td,
                     const actor *ac, const char *dict_code, parley_actor *out)
{
    memset(out, 0, sizeof *out);
    if (ac->t1 > ac->t0 && ac->t1 <= td->ntoks) {
        out->text.p = td->text + td->toks[ac->t0].start;
        out->text.n = td->toks[ac->t1 - 1].end - td->toks[ac->t0].start;
    }
    out->name = memo_dup(a, m, ac->name);
    out->role = memo_dup(a, m, ac->role);
    out->country = memo_dup(a, m, ac->country);
    out->org = memo_dup(a, m, coded_org(lx, ac->org));
    /* a group of one state (Boko Haram, NGAREB): its code names the
     * state and the sector */
    const char *code = dict_code && (ac->country || !ac->org) ? NULL : cameo_code(a, m, lx, ac);
    char cc[4];
    int k;
    int one_state = !ac->country && ac->org && code && strlen(code) > 3 &&
                    (memcpy(cc, code, 3), cc[3] = '\0', k = pl_lexicon_country(lx, cc)) >= 0;
    if (one_state)
        out->country = lx->countries[k].iso3;
    if (dict_code) {
        out->code = memo_dup(a, m, dict_code);
        out->sector = code_sector(a, m, dict_code);
        return out->code ? 0 : PARLEY_ENOMEM;
    }
    out->code = code;
    /* the sector of an office holder or a group: the agent code, GOV for
     * a person or office without one; none for a state or organisation
     * acting as a whole */
    if (ac->country && !ac->org)
        out->sector = ac->agent ? memo_dup(a, m, ac->agent)
                                : (ac->name || ac->role) ? "GOV" : NULL;
    if (one_state)
        out->sector = pl_cameo_code_sector(a, code);
    return 0;
}

/* Packed date d as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (pl_date_format),
 * in a; NULL for none. */
static const char *format_date(arena *a, int32_t d)
{
    char *s = d > 0 ? arena_alloc(a, PL_DATE_ISO_MAX) : NULL;
    return s && pl_date_format(d, s) ? s : NULL;
}

/* Documents longer than this are coded in windows cut at paragraph
 * breaks: memory stays proportional to the window, and a pathological
 * 50 MB document costs time linear in its size. Coreference and merging
 * do not cross windows. */
#define WINDOW (1u << 20)

/* Where to end a window that starts at off: a blank line, else a line
 * break, else a sentence end, else a UTF-8 boundary near off + WINDOW. */
static size_t window_end(const char *t, size_t n, size_t off)
{
    if (n - off <= WINDOW + WINDOW / 4)
        return n;
    size_t lim = off + WINDOW, lo = off + WINDOW / 2;
    for (size_t i = lim; i > lo; i--)
        if (t[i - 1] == '\n' && t[i - 2] == '\n')
            return i;
    for (size_t i = lim; i > lo; i--)
        if (t[i - 1] == '\n')
            return i;
    for (size_t i = lim; i > lo; i--)
        if (t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?'))
            return i;
    size_t i = lim;
    while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* Makes room in an arena array holding `used` elements of size sz for
 * `need` elements in all; the old block stays in the arena. */
static void *grow(arena *a, void *v, size_t used, size_t need, size_t *cap,
                  size_t sz)
{
    if (need <= *cap)
        return v;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *nv = arena_alloc(a, nc * sz);
    if (!nv)
        return NULL;
    if (used)
        memcpy(nv, v, used * sz);
    *cap = nc;
    return nv;
}

/* Appends candidate c of the window at byte off (first sentence sent0)
 * to r as an event of the built-in coder; NULL when out of memory. Its
 * type, mode, QuadClass and Goldstein are its code's row of the event
 * table. */
static parley_event *pack(parley_result *r, size_t *ev_cap, str_memo *m,
                          const parley_lexicon *lx, const text_doc *td,
                          const cand *c, const char *const *dict_codes, size_t off,
                          size_t sent0)
{
    parley_event *ev = grow(&r->mem, r->events, r->nevents, r->nevents + 1,
                            ev_cap, sizeof *ev);
    if (!ev)
        return NULL;
    r->events = ev;
    parley_event *e = &ev[r->nevents++];
    memset(e, 0, sizeof *e);
    const lex_code *v = c->code;
    e->type = memo_dup(&r->mem, m, v->type);
    e->mode = memo_dup(&r->mem, m, v->mode);
    e->cameo = memo_dup(&r->mem, m, v->cameo);
    e->quad = v->quad;
    e->goldstein = v->goldstein;
    if (to_public(&r->mem, m, lx, td, &c->src, dict_codes ? dict_codes[0] : NULL, &e->source) ||
        to_public(&r->mem, m, lx, td, &c->tgt, dict_codes ? dict_codes[1] : NULL, &e->target))
        return NULL;
    if (c->date <= 0 || c->date != m->date) {
        m->date_s = format_date(&r->mem, c->date);
        m->date_prec = pl_date_precision(m->date_s);
        m->date = m->date_s ? c->date : 0; /* (no string kept: none to share) */
    }
    e->date = m->date_s;
    e->date_precision = m->date_prec;
    e->coder = dict_codes ? "dictionary" : "builtin";
    if (c->place >= 0) {
        const lex_place *p = &lx->places[c->place];
        e->place.name = memo_dup(&r->mem, m, p->name);
        e->place.country = memo_dup(&r->mem, m, p->iso3);
        e->place.lat = p->lat;
        e->place.lon = p->lon;
        e->place.has_coords = 1;
    }
    for (size_t t = 0; t < c->ntopics; t++)
        e->topics[e->ntopics++] = memo_dup(&r->mem, m, c->topics[t]);
    e->negated = c->negated;
    e->sentence = sent0 + c->sent;
    e->seq = r->nevents > 1 && e[-1].sentence == e->sentence ? e[-1].seq + 1 : 1;
    e->span[0] = off + td->sents[c->sent].start;
    e->span[1] = off + td->sents[c->sent].end;
    if (c->nextra) {
        size_t *sp = arena_alloc(&r->mem, c->nextra * 2 * sizeof *sp);
        size_t *ss = arena_alloc(&r->mem, c->nextra * sizeof *ss);
        if (!sp || !ss)
            return NULL;
        for (size_t k = 0; k < c->nextra; k++) {
            ss[k] = sent0 + c->extra[k];
            sp[2 * k] = off + td->sents[c->extra[k]].start;
            sp[2 * k + 1] = off + td->sents[c->extra[k]].end;
        }
        e->nextra = c->nextra;
        e->extra_spans = sp;
        e->extra_sentences = ss;
    }
    return e;
}

/* Merges the dictionary events dc of the window (pl_cameo_cands) into r after
 * its built-in ones (r->events[ev0 ..]): one list in sentence order,
 * built-in events first in a sentence, each with its coder. */
static int add_cameo(parley_result *r, size_t *ev_cap, str_memo *m, const parley_lexicon *lx,
                     const text_doc *td, const dict_cands *dc, size_t off,
                     size_t sent0, size_t ev0, arena *work)
{
    if (!dc->cv.n)
        return 0;
    size_t ev1 = r->nevents;
    for (size_t i = 0; i < dc->cv.n; i++) {
        if (!pack(r, ev_cap, m, lx, td, &dc->cv.v[i], dc->codes + 2 * i, off, sent0))
            return PARLEY_ENOMEM;
    }
    /* merge the two runs, each in sentence order, into one: the
     * dictionary's run aside, then from the end backwards, the later
     * event of the two runs' last ones last (the built-in one first in
     * a sentence); the built-in events before every dictionary event
     * stay where they are */
    size_t nd = r->nevents - ev1;
    parley_event *tmp = arena_alloc(work, nd * sizeof *tmp);
    if (!tmp)
        return PARLEY_ENOMEM;
    memcpy(tmp, r->events + ev1, nd * sizeof *tmp);
    size_t i = ev1, k = nd, to = r->nevents;
    while (k > 0) {
        if (i > ev0 && r->events[i - 1].sentence > tmp[k - 1].sentence)
            r->events[--to] = r->events[--i];
        else
            r->events[--to] = tmp[--k];
    }
    for (size_t j = to; j < r->nevents; j++) {
        parley_event *e = &r->events[j];
        e->seq = j > 0 && e[-1].sentence == e->sentence ? e[-1].seq + 1 : 1;
    }
    return 0;
}

/* The state of window_begin's stages from one to the next: the
 * document's across its sentences, and the sentence being coded (its
 * mentions, parse and first event). In the window's arena: the stages of
 * a group's documents interleave (pl_code_group). */
typedef struct doc_state {
    coref_state st;
    attr_state as;
    speech_state sp;
    mention *ms;
    int nm;
    syn_sent syn;
    size_t first;
} doc_state;

/* A window coded up to the community's dictionaries (window_begin), with
 * what window_finish needs to run them and pack its events. Kept in the
 * heap with its pl_coding: the attributes' memo points at work. */
typedef struct window {
    arena work;
    text_doc td;
    attr_state as0;  /* the state the dictionaries' events start from */
    uint8_t *unreal; /* (pl_events_unreal), NULL without dictionaries */
    cand_vec cv;     /* the built-in events, merged */
    size_t off, sent0;
    int32_t doc_date;
    struct doc_state *d; /* in work, while window_begin's stages run */
} window;

struct pl_coding {
    const parley_lexicon *lx;
    const parley_code_opts *o; /* &opts, or NULL */
    parley_code_opts opts;
    parley_result *r;
    size_t ev_cap, sp_cap;
    const char *text; /* the document's */
    size_t n;
    int32_t doc_date;
    size_t last; /* where its last window starts (n: no window) */
    int pending; /* w holds the last window, not finished */
    window w;
};

/* window_begin's stages, in order: the whole-document ones (open_stage:
 * the text, its words and their tags, then the states: state_stage), then for each
 * sentence in turn its mentions, parse, events and attributes (the *_sent
 * stages), then the merge (close_stage). Each returns 0 or a PARLEY_E*
 * code and leaves the window's arena to the caller to release on
 * failure. */
static int state_stage(pl_coding *c, pl_verb_memo *vm)
{
    const parley_lexicon *lx = c->lx;
    const parley_code_opts *o = c->o;
    window *w = &c->w;
    arena *work = &w->work;
    const text_doc *td = &w->td;
    doc_state *d = w->d = arena_alloc(work, sizeof *w->d);
    if (!d)
        return PARLEY_ENOMEM;
    pl_coref_init(&d->st, lx, td, w->doc_date);
    if (o && o->trace && o->log) {
        parley_buf b = PARLEY_BUF_INIT;
        parley_buf_addf(&b, "home %s%s, dateline %s", d->st.home ? d->st.home : "-",
                        d->st.home_dateline ? " (dateline)" : "",
                        d->st.dateline_cc ? d->st.dateline_cc : "-");
        o->log(o->log_ud, PARLEY_TRACE, b.p);
        parley_buf_release(&b);
    }
    pl_attributes_init(&d->as, lx, td, w->doc_date);
    memset(&d->sp, 0, sizeof d->sp);
    d->sp.vm = vm;
    memset(&w->cv, 0, sizeof w->cv);
    w->unreal = o && o->cameo ? pl_arena_zalloc(work, td->ntoks + 1) : NULL;
    if (o && o->cameo && (!w->unreal || pl_attributes_keep(&d->as, work, td)))
        return PARLEY_ENOMEM;
    /* the dictionaries' events start from the same state, and find the
     * dates and places of the sentences the built-in path looked at */
    w->as0 = d->as;
    return 0;
}

static int open_stage(pl_coding *c, const char *text, size_t off, size_t end,
                      int32_t doc_date, pl_verb_memo *vm)
{
    window *w = &c->w;
    pl_arena_init(&w->work);
    w->off = off;
    w->sent0 = c->r->nsents;
    w->doc_date = doc_date;
    int rc = pl_text_analyse(&w->work, text + off, end - off, pl_lexicon_is_abbrev, c->lx,
                             &w->td);
    if (rc)
        return rc;
    pl_lexicon_annotate(c->lx, w->td.toks, w->td.ntoks);
    pl_syntax_tag(c->lx, &w->td);
    return state_stage(c, vm);
}

static int mentions_sent(pl_coding *c, uint32_t si)
{
    window *w = &c->w;
    doc_state *d = w->d;
    const text_doc *td = &w->td;
    d->nm = pl_mentions_find(&w->work, c->lx, td, td->sents[si].tok0, td->sents[si].tok1,
                             &d->st, &d->ms);
    return d->nm < 0 ? PARLEY_ENOMEM : 0;
}

static int parse_sent(pl_coding *c, uint32_t si)
{
    window *w = &c->w;
    doc_state *d = w->d;
    if (pl_syntax_parse(&w->work, c->lx, &w->td, si, d->ms, d->nm, &d->syn))
        return PARLEY_ENOMEM;
    if (c->o && c->o->trace && c->o->log)
        trace_sentence(c->o, &w->td, si, d->ms, d->nm, &d->syn);
    return 0;
}

static int events_sent(pl_coding *c, uint32_t si)
{
    const parley_code_opts *o = c->o;
    window *w = &c->w;
    doc_state *d = w->d;
    if (w->unreal)
        pl_events_unreal(&d->syn, w->unreal);
    d->first = w->cv.n;
    return pl_events_sentence(&w->work, c->lx, &w->td, si, d->ms, d->nm, &d->syn, &d->st,
                              &d->sp, o && o->negated, &w->cv)
               ? PARLEY_ENOMEM
               : 0;
}

static void attributes_sent(pl_coding *c, uint32_t si)
{
    window *w = &c->w;
    doc_state *d = w->d;
    pl_attributes_sentence(&d->as, c->lx, &w->td, si, d->ms, d->nm, &w->cv, d->first);
    if (c->o && c->o->trace && c->o->log)
        trace_events(c->o, &w->cv, d->first);
}

/* The window's events merged, and its sentences appended to c->r. */
static int close_stage(pl_coding *c)
{
    parley_result *r = c->r;
    window *w = &c->w;
    const text_doc *td = &w->td;
    cand_vec *cv = &w->cv;
    /* a first line without a full stop is the headline, however many
     * sentences it holds ("Court arrests X. Paris summons envoy"): titled
     * is their number */
    uint32_t titled = 0;
    if (td->nsents > 1) {
        const char *nl = memchr(td->text, '\n', td->len);
        size_t line = nl ? (size_t)(nl - td->text) : td->len;
        uint32_t h = 1;
        while (h < td->nsents && td->sents[h].start < line)
            h++;
        const token *last = &td->toks[td->sents[h - 1].tok1 - 1];
        if (h < td->nsents && !(last->fold_len == 1 && strchr(".!?\"", last->fold[0])))
            titled = h;
    }
    pl_events_delegates(&w->d->st, cv);
    pl_events_full_names(&w->d->st, cv);
    pl_events_holders(td, cv);
    if (pl_events_merge(&w->work, c->lx, cv, titled))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < td->nsents; i++) {
        size_t *spn = grow(&r->mem, r->spans, 2 * r->nsents, 2 * r->nsents + 2,
                           &c->sp_cap, sizeof *spn);
        if (!spn)
            return PARLEY_ENOMEM;
        r->spans = spn;
        spn[2 * r->nsents] = w->off + td->sents[i].start;
        spn[2 * r->nsents + 1] = w->off + td->sents[i].end;
        r->nsents++;
    }
    return 0;
}

/* Codes text[off, end) as one window up to the community's dictionaries
 * into c->w and appends its sentences to c->r. On failure c->w's arena
 * is released. */
static int window_begin(pl_coding *c, const char *text, size_t off, size_t end,
                        int32_t doc_date, pl_verb_memo *vm)
{
    int rc = open_stage(c, text, off, end, doc_date, vm);
    for (uint32_t si = 0; !rc && si < c->w.td.nsents; si++) {
        if (!(rc = mentions_sent(c, si)) && !(rc = parse_sent(c, si)) &&
            !(rc = events_sent(c, si)))
            attributes_sent(c, si);
    }
    if (!rc)
        rc = close_stage(c);
    if (rc)
        pl_arena_release(&c->w.work);
    return rc;
}

/* Runs the community's dictionaries over the window window_begin left in
 * c->w, packs its events into c->r and releases the window. */
static int window_finish(pl_coding *c)
{
    const parley_lexicon *lx = c->lx;
    const parley_code_opts *o = c->o;
    parley_result *r = c->r;
    window *w = &c->w;
    arena *work = &w->work;
    const text_doc *td = &w->td;
    cand_vec *cv = &w->cv;
    size_t off = w->off, sent0 = w->sent0;
    int rc = PARLEY_ENOMEM;
    /* the community's dictionaries first: an event both coders find is
     * kept once (pl_cameo_cands) */
    dict_cands dc = {{0}, NULL};
    if (o && o->cameo) {
        int32_t code_date = w->doc_date;
        if (!code_date && o->default_date)
            code_date = parse_doc_date((parley_str){o->default_date, strlen(o->default_date)});
        /* the sentences the grammar coded are left to it, unless every
         * sentence is asked for: on the evaluation sets every event the
         * dictionaries add to such a sentence is a false one (README,
         * "Community dictionaries") */
        uint8_t *skip = NULL;
        if (!o->dict_every && cv->n) {
            if (!(skip = arena_alloc(work, td->nsents)))
                goto done;
            memset(skip, 0, td->nsents);
            for (size_t i = 0; i < cv->n; i++)
                skip[cv->v[i].sent] = 1;
        }
        if ((rc = pl_cameo_cands(work, o->cameo, lx, td, &w->as0, code_date, o->negated,
                              w->unreal, skip, cv, &dc)))
            goto done;
        rc = PARLEY_ENOMEM;
    }
    size_t ev0 = r->nevents;
    /* in sentence order: a headline's event merged into the body is
     * shown by a later sentence (its ids are numbered in that order) */
    const cand **order = arena_alloc(work, (cv->n ? cv->n : 1) * sizeof *order);
    if (!order)
        goto done;
    str_memo sm; /* (its keys empty: what they find is set with them) */
    memset(sm.src, 0, sizeof sm.src);
    memset(sm.cc, 0, sizeof sm.cc);
    memset(sm.agent, 0, sizeof sm.agent);
    memset(sm.dict, 0, sizeof sm.dict);
    sm.date = 0;
    size_t nk = 0;
    for (size_t i = 0; i < cv->n; i++)
        if (cv->v[i].merged_into < 0) {
            size_t j = nk++;
            while (j > 0 && order[j - 1]->sent > cv->v[i].sent) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = &cv->v[i];
        }
    for (size_t i = 0; i < nk; i++)
        if (!pack(r, &c->ev_cap, &sm, lx, td, order[i], NULL, off, sent0))
            goto done;
    if ((rc = add_cameo(r, &c->ev_cap, &sm, lx, td, &dc, off, sent0, ev0, work)))
        goto done;
    rc = 0;
done:
    /* an allocation that failed on the way, even one whose NULL was taken
     * for "none", fails the document (issue 13, D13) */
    if (!rc && (work->failed || r->mem.failed))
        rc = PARLEY_ENOMEM;
    pl_arena_release(work);
    return rc;
}

int parley_code(const parley_lexicon *lx, const parley_doc *doc,
                const parley_code_opts *o, parley_result **out)
{
    return pl_code_memo(lx, doc, o, NULL, out);
}

int pl_code_memo(const parley_lexicon *lx, const parley_doc *doc,
                 const parley_code_opts *o, pl_verb_memo *vm, parley_result **out)
{
    pl_coding *c;
    *out = NULL;
    int rc = pl_code_begin(lx, doc, o, vm, &c);
    return rc ? rc : pl_code_end(c, out);
}

/* Makes *out for doc and codes every window of it but the last
 * (c->last: where that one starts). 0 or a PARLEY_E* code (then *out is
 * NULL). */
static int code_start(const parley_lexicon *lx, const parley_doc *doc,
                      const parley_code_opts *o, pl_verb_memo *vm, pl_coding **out)
{
    *out = NULL;
    pl_coding *c = calloc(1, sizeof *c);
    parley_result *r = calloc(1, sizeof *r);
    if (!c || !r) {
        free(c);
        free(r);
        return PARLEY_ENOMEM;
    }
    c->lx = lx;
    if (o) {
        c->opts = *o;
        c->o = &c->opts;
    }
    c->r = r;
    pl_arena_init(&r->mem);
    c->doc_date = parse_doc_date(doc->date);
    c->text = doc->text.p ? doc->text.p : "";
    c->n = doc->text.p ? doc->text.n : 0;
    r->doc_date = format_date(&r->mem, c->doc_date);
    /* every window but the last is finished at once: only the last one's
     * state waits for pl_code_end */
    int rc = 0;
    size_t off = 0;
    for (size_t end; off < c->n && !rc && (end = window_end(c->text, c->n, off)) < c->n;
         off = end) {
        rc = window_begin(c, c->text, off, end, c->doc_date, vm);
        if (!rc)
            rc = window_finish(c);
    }
    if (rc) {
        pl_code_free(c);
        return rc;
    }
    c->last = off;
    *out = c;
    return 0;
}

int pl_code_begin(const parley_lexicon *lx, const parley_doc *doc,
                  const parley_code_opts *o, pl_verb_memo *vm, pl_coding **out)
{
    pl_coding *c;
    int rc = code_start(lx, doc, o, vm, &c);
    if (!rc && c->last < c->n) {
        rc = window_begin(c, c->text, c->last, c->n, c->doc_date, vm);
        if (rc)
            pl_code_free(c);
        else
            c->pending = 1;
    }
    *out = rc ? NULL : c;
    return rc;
}

/* Drops document i of a group, whose stage failed with rc (its window
 * is released with it: pending). */
static void drop(pl_coding **out, int *rcs, size_t i, int rc)
{
    pl_code_free(out[i]);
    out[i] = NULL;
    rcs[i] = rc;
}

/* Whether document c of a group is in the stages and has sentence si. */
static int has_sent(const pl_coding *c, uint32_t si)
{
    return c && c->pending && si < c->w.td.nsents;
}

/* Keeps of the n documents at[] of a group those that have sentence si,
 * in order; returns how many. */
static size_t with_sent(pl_coding *const *out, size_t *at, size_t n, uint32_t si)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (has_sent(out[at[i]], si))
            at[k++] = at[i];
    return k;
}

void pl_code_group(const parley_lexicon *lx, size_t n, const parley_doc *const *docs,
                   const parley_code_opts *opts, pl_verb_memo *vm, pl_coding **out,
                   int *rcs)
{
    /* the windows before each document's last, one document after the
     * other (only a document of megabytes has them); then the last
     * window's whole-document stages, one document after the other too:
     * their code fits in the cache together, and the document's tokens
     * stay there from one stage to the next (run stage by stage over the
     * group, they missed as many times more in the data as they saved in
     * the code, and more beyond the second-level cache); a window is
     * pending from the first stage on, so that a failure releases it */
    size_t at[PL_CODE_GROUP], nat = 0; /* the documents in the stages */
    for (size_t i = 0; i < n; i++) {
        rcs[i] = code_start(lx, docs[i], opts ? &opts[i] : NULL, vm, &out[i]);
        pl_coding *c = out[i];
        if (c && c->last < c->n) {
            c->pending = 1;
            int rc = open_stage(c, c->text, c->last, c->n, c->doc_date, vm);
            if (rc)
                drop(out, rcs, i, rc);
            else
                at[nat++] = i;
        }
    }
    /* sentence si of every document that has one, stage by stage (the
     * code of each is larger than the cache: two of them fused missed
     * more): a document's sentences still go in order, its coreference
     * flowing from one to the next (a document that failed is left out:
     * NULL) */
    for (uint32_t si = 0; (nat = with_sent(out, at, nat, si)); si++) {
        int rc;
        for (size_t k = 0; k < nat; k++)
            if ((rc = mentions_sent(out[at[k]], si)))
                drop(out, rcs, at[k], rc);
        for (size_t k = 0; k < nat; k++)
            if (out[at[k]] && (rc = parse_sent(out[at[k]], si)))
                drop(out, rcs, at[k], rc);
        for (size_t k = 0; k < nat; k++)
            if (out[at[k]] && (rc = events_sent(out[at[k]], si)))
                drop(out, rcs, at[k], rc);
        for (size_t k = 0; k < nat; k++)
            if (out[at[k]])
                attributes_sent(out[at[k]], si);
    }
    for (size_t i = 0; i < n; i++) {
        int rc;
        if (out[i] && out[i]->pending && (rc = close_stage(out[i])))
            drop(out, rcs, i, rc);
    }
}

int pl_code_end(pl_coding *c, parley_result **out)
{
    *out = NULL;
    int rc = 0;
    if (c->pending) {
        c->pending = 0;
        rc = window_finish(c);
    }
    parley_result *r = c->r;
    c->r = NULL;
    pl_code_free(c);
    if (!rc && r->mem.failed) /* a string copied on the way, or the date */
        rc = PARLEY_ENOMEM;
    if (rc) {
        parley_result_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

void pl_code_free(pl_coding *c)
{
    if (!c)
        return;
    if (c->pending)
        pl_arena_release(&c->w.work);
    parley_result_free(c->r);
    free(c);
}

size_t parley_result_count(const parley_result *r)
{
    return r ? r->nevents : 0;
}

const parley_event *parley_result_event(const parley_result *r, size_t i)
{
    return r && i < r->nevents ? &r->events[i] : NULL;
}

size_t parley_result_sentences(const parley_result *r)
{
    return r ? r->nsents : 0;
}

int parley_result_sentence(const parley_result *r, size_t i, size_t span[2])
{
    if (!r || i >= r->nsents)
        return PARLEY_EINVAL;
    span[0] = r->spans[2 * i];
    span[1] = r->spans[2 * i + 1];
    return 0;
}

const char *parley_result_doc_date(const parley_result *r)
{
    return r ? r->doc_date : NULL;
}

void parley_result_free(parley_result *r)
{
    if (!r)
        return;
    pl_arena_release(&r->mem);
    free(r);
}
