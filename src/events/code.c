/* code.c — parley_code: runs the pipeline on one document (text →
 * mentions and coreference → events → attributes → merge) and packs the
 * surviving events into a parley_result that owns all its memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events/events.h"

struct parley_result {
    arena mem;
    parley_event *events;
    size_t nevents;
    size_t *spans; /* 2 per sentence */
    size_t nsents;
    const char *doc_date;
};

/* PARLEY_DEBUG=1 in the environment prints each sentence's mentions to
 * stderr: a development aid for writing dictionaries and rules. */
static void debug_mentions(const text_doc *td, uint32_t si, const mention *ms,
                           int nm)
{
    const sentence *s = &td->sents[si];
    fprintf(stderr, "[%u] %.*s\n", si, (int)(s->end - s->start), td->text + s->start);
    for (int k = 0; k < nm; k++) {
        const mention *m = &ms[k];
        fprintf(stderr, "   m%d kind=%d prep=%d mod=%d poss=%d '%.*s'", k, m->kind,
                m->prep, m->modifier, m->possessive,
                (int)(td->toks[m->t1 - 1].end - td->toks[m->t0].start),
                td->text + td->toks[m->t0].start);
        for (int a = 0; a < m->nact; a++)
            fprintf(stderr, " {%s|%s|%s|%s|e%d}", m->acts[a].name ? m->acts[a].name : "-",
                    m->acts[a].role ? m->acts[a].role : "-",
                    m->acts[a].country ? m->acts[a].country : "-",
                    m->acts[a].org ? m->acts[a].org : "-", m->acts[a].entity);
        fprintf(stderr, "\n");
    }
}

static int32_t parse_doc_date(parley_str d)
{
    if (d.n != 10)
        return 0;
    int32_t v = lexicon_parse_bound(d.p, d.n, 0);
    return v > 0 ? v : 0;
}

static const char *cameo_code(arena *a, const parley_lexicon *lx,
                              const actor *ac)
{
    if (ac->org) {
        int o = lexicon_org(lx, ac->org);
        return o >= 0 && lx->orgs[o].cameo ? arena_strdup(a, lx->orgs[o].cameo)
                                           : NULL;
    }
    if (!ac->country)
        return NULL;
    int c = lexicon_country(lx, ac->country);
    const char *cc = c >= 0 ? lx->countries[c].cameo : ac->country;
    int person = ac->name || ac->role;
    const char *agent = ac->agent ? ac->agent : person ? "GOV" : "";
    return arena_printf(a, "%s%s", cc, agent);
}

static void to_public(arena *a, const parley_lexicon *lx, const text_doc *td,
                      const actor *ac, parley_actor *out)
{
    memset(out, 0, sizeof *out);
    if (ac->t1 > ac->t0 && ac->t1 <= td->ntoks) {
        out->text.p = td->text + td->toks[ac->t0].start;
        out->text.n = td->toks[ac->t1 - 1].end - td->toks[ac->t0].start;
    }
    out->name = arena_strdup(a, ac->name);
    out->role = arena_strdup(a, ac->role);
    out->country = arena_strdup(a, ac->country);
    out->org = arena_strdup(a, ac->org);
    out->code = cameo_code(a, lx, ac);
}

static const char *format_date(arena *a, int32_t d)
{
    if (!d)
        return NULL;
    if (d % 100 == 0)
        return arena_printf(a, "%04d-%02d", d / 10000, d / 100 % 100);
    return arena_printf(a, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
}

int parley_code(const parley_lexicon *lx, const parley_doc *doc,
                const parley_code_opts *o, parley_result **out)
{
    (void)o;
    *out = NULL;
    parley_result *r = calloc(1, sizeof *r);
    if (!r)
        return PARLEY_ENOMEM;
    arena_init(&r->mem);
    /* Work memory (tokens, mentions, candidates) in a scratch arena; the
     * result keeps only what it hands out. */
    arena work;
    arena_init(&work);
    int rc = PARLEY_ENOMEM;
    text_doc td;
    int32_t doc_date = parse_doc_date(doc->date);
    const char *text = doc->text.p ? doc->text.p : "";
    if ((rc = text_analyse(&work, text, doc->text.n, lexicon_is_abbrev, lx, &td)))
        goto fail;
    rc = PARLEY_ENOMEM;
    coref_state st;
    coref_init(&st, lx, &td, doc_date);
    attr_state as;
    attributes_init(&as, lx, &td, doc_date);
    cand_vec cv = {0};
    const char *dbg = getenv("PARLEY_DEBUG");
    int debug = dbg && *dbg && strcmp(dbg, "0");
    for (uint32_t si = 0; si < td.nsents; si++) {
        mention *ms;
        int nm = mentions_find(&work, lx, &td, td.sents[si].tok0,
                               td.sents[si].tok1, &st, &ms);
        if (nm < 0)
            goto fail;
        if (debug)
            debug_mentions(&td, si, ms, nm);
        size_t first = cv.n;
        if (events_sentence(&work, lx, &td, si, ms, nm, &st, &cv))
            goto fail;
        attributes_sentence(&as, lx, &td, si, ms, nm, &cv, first);
    }
    if (events_merge(&work, lx, &cv))
        goto fail;

    r->nsents = td.nsents;
    r->spans = arena_alloc(&r->mem, (td.nsents + 1) * 2 * sizeof *r->spans);
    if (!r->spans)
        goto fail;
    for (size_t i = 0; i < td.nsents; i++) {
        r->spans[2 * i] = td.sents[i].start;
        r->spans[2 * i + 1] = td.sents[i].end;
    }
    r->doc_date = format_date(&r->mem, doc_date);
    r->events = arena_zalloc(&r->mem, (cv.n + 1) * sizeof *r->events);
    if (!r->events)
        goto fail;
    uint32_t last_sent = UINT32_MAX;
    size_t seq = 0;
    for (size_t i = 0; i < cv.n; i++) {
        const cand *c = &cv.v[i];
        if (c->merged_into >= 0)
            continue;
        parley_event *e = &r->events[r->nevents++];
        const lex_verb *v = c->verb;
        e->type = arena_strdup(&r->mem, v->type);
        e->mode = arena_strdup(&r->mem, v->mode);
        e->cameo = arena_strdup(&r->mem, v->cameo);
        e->quad = v->quad;
        e->goldstein = v->goldstein;
        to_public(&r->mem, lx, &td, &c->src, &e->source);
        to_public(&r->mem, lx, &td, &c->tgt, &e->target);
        e->date = format_date(&r->mem, c->date);
        if (c->place >= 0) {
            const lex_place *p = &lx->places[c->place];
            e->place.name = arena_strdup(&r->mem, p->name);
            e->place.country = arena_strdup(&r->mem, p->iso3);
            e->place.lat = p->lat;
            e->place.lon = p->lon;
            e->place.has_coords = 1;
        }
        for (size_t t = 0; t < c->ntopics; t++)
            e->topics[e->ntopics++] = arena_strdup(&r->mem, c->topics[t]);
        e->negated = c->negated;
        e->sentence = c->sent;
        seq = c->sent == last_sent ? seq + 1 : 1;
        last_sent = c->sent;
        e->seq = seq;
        e->span[0] = td.sents[c->sent].start;
        e->span[1] = td.sents[c->sent].end;
        if (c->nextra) {
            size_t *sp = arena_alloc(&r->mem, c->nextra * 2 * sizeof *sp);
            size_t *ss = arena_alloc(&r->mem, c->nextra * sizeof *ss);
            if (!sp || !ss)
                goto fail;
            for (size_t k = 0; k < c->nextra; k++) {
                ss[k] = c->extra[k];
                sp[2 * k] = td.sents[c->extra[k]].start;
                sp[2 * k + 1] = td.sents[c->extra[k]].end;
            }
            e->nextra = c->nextra;
            e->extra_spans = sp;
            e->extra_sentences = ss;
        }
    }
    arena_release(&work);
    *out = r;
    return 0;
fail:
    arena_release(&work);
    parley_result_free(r);
    return rc ? rc : PARLEY_ENOMEM;
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
    arena_release(&r->mem);
    free(r);
}
