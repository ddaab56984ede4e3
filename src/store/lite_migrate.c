/* pl_lite_migrate.c — schema 3 -> 4 of the SQLite store: the old tables are
 * renamed, the new schema is made, and every stored document is filed
 * again from what schema 3 kept (its row, its sentences, and each event's
 * contract line), in the open transaction, in the order it was stored. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "store/lite.h"
#include "util/date.h"

extern const char pl_lite_schema_v4[];

static const char rename_v3[] =
    "DROP VIEW IF EXISTS actors;\n"
    "DROP VIEW IF EXISTS events_one_a_day;\n"
    "DROP TRIGGER IF EXISTS events_fts_ins;\n"
    "DROP TRIGGER IF EXISTS events_fts_del;\n"
    "DROP TRIGGER IF EXISTS events_fts_upd;\n"
    "DROP TABLE IF EXISTS evidence_fts;\n"
    "DROP INDEX IF EXISTS events_doc;\n"
    "DROP INDEX IF EXISTS events_date;\n"
    "DROP INDEX IF EXISTS events_type;\n"
    "DROP INDEX IF EXISTS events_cameo;\n"
    "DROP INDEX IF EXISTS events_order;\n"
    "DROP INDEX IF EXISTS events_source_country;\n"
    "DROP INDEX IF EXISTS events_target_country;\n"
    "DROP INDEX IF EXISTS events_source_code;\n"
    "DROP INDEX IF EXISTS events_target_code;\n"
    "DROP INDEX IF EXISTS events_source_org;\n"
    "DROP INDEX IF EXISTS events_target_org;\n"
    "ALTER TABLE events RENAME TO events_v3;\n"
    "ALTER TABLE sentences RENAME TO sentences_v3;\n"
    "ALTER TABLE documents RENAME TO documents_v3;\n"
    "CREATE INDEX events_v3_doc ON events_v3(doc, seq);\n";

static const char drop_v3[] =
    "DROP TABLE events_v3;\n"
    "DROP TABLE sentences_v3;\n"
    "DROP TABLE documents_v3;\n";

static const char *str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static size_t uint_of(json_t *v)
{
    json_int_t x = json_is_integer(v) ? json_integer_value(v) : 0;
    return x > 0 ? (size_t)x : 0;
}

static void actor(json_t *o, parley_actor *a)
{
    const char *t = str(o, "text");
    a->text = (parley_str){t, t ? strlen(t) : 0};
    a->name = str(o, "name");
    a->role = str(o, "role");
    a->country = str(o, "country");
    a->org = str(o, "org");
    a->code = str(o, "code");
    a->sector = str(o, "sector");
}

/* One event of schema 3, from its contract line. spans/sents hold its
 * merged evidence (64 at most). Returns 0, or -1 for a line that is not
 * an event. */
struct old_event {
    json_t *j;
    parley_event ev;
    size_t spans[128], sents[64];
};

static int parse_event(const char *line, size_t seq, struct old_event *o)
{
    memset(&o->ev, 0, sizeof o->ev);
    o->j = json_loads(line ? line : "", 0, NULL);
    if (!json_is_object(o->j))
        return -1;
    parley_event *ev = &o->ev;
    json_t *j = o->j;
    ev->type = str(j, "type");
    ev->mode = str(j, "mode");
    ev->cameo = str(j, "cameo");
    ev->quad = (int)json_integer_value(json_object_get(j, "quad"));
    ev->goldstein = json_number_value(json_object_get(j, "goldstein"));
    ev->date = str(j, "date");
    /* Lines written before these fields existed: the precision follows
     * from the date; who coded it is not known. */
    ev->date_precision = json_object_get(j, "date_precision")
                             ? str(j, "date_precision")
                             : pl_date_precision(ev->date);
    ev->coder = str(j, "coder");
    actor(json_object_get(j, "source"), &ev->source);
    actor(json_object_get(j, "target"), &ev->target);
    json_t *pl = json_object_get(j, "place");
    if (json_is_object(pl)) {
        ev->place.name = str(pl, "name");
        ev->place.country = str(pl, "country");
        json_t *la = json_object_get(pl, "lat"), *lo = json_object_get(pl, "lon");
        if (json_is_number(la) && json_is_number(lo)) {
            ev->place.has_coords = 1;
            ev->place.lat = json_number_value(la);
            ev->place.lon = json_number_value(lo);
        }
    }
    json_t *tp = json_object_get(j, "topics");
    for (size_t i = 0; i < json_array_size(tp) && ev->ntopics < PARLEY_MAX_TOPICS; i++)
        if (json_string_value(json_array_get(tp, i)))
            ev->topics[ev->ntopics++] = json_string_value(json_array_get(tp, i));
    ev->negated = json_is_true(json_object_get(j, "negated"));
    ev->sentence = uint_of(json_object_get(j, "sentence"));
    json_t *sp = json_object_get(j, "span");
    ev->span[0] = uint_of(json_array_get(sp, 0));
    ev->span[1] = uint_of(json_array_get(sp, 1));
    const char *id = str(j, "id"), *c = id ? strrchr(id, ':') : NULL;
    ev->seq = c ? strtoul(c + 1, NULL, 10) : seq + 1;
    json_t *evid = json_object_get(j, "evidence");
    for (size_t i = 1; i < json_array_size(evid) && ev->nextra < 64; i++) {
        json_t *e = json_array_get(evid, i), *s = json_object_get(e, "span");
        o->sents[ev->nextra] = uint_of(json_object_get(e, "sentence"));
        o->spans[2 * ev->nextra] = uint_of(json_array_get(s, 0));
        o->spans[2 * ev->nextra + 1] = uint_of(json_array_get(s, 1));
        ev->nextra++;
    }
    ev->extra_spans = o->spans;
    ev->extra_sentences = o->sents;
    return 0;
}

static parley_str col_str(sqlite3_stmt *s, int i)
{
    const char *p = (const char *)sqlite3_column_text(s, i);
    return (parley_str){p, p ? (size_t)sqlite3_column_bytes(s, i) : 0};
}

/* Files one old document again. */
static int move_doc(struct lite *l, sqlite3_stmt *d, sqlite3_stmt *sents,
                    sqlite3_stmt *evs)
{
    parley_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = col_str(d, 0);
    doc.date = col_str(d, 2);
    doc.title = col_str(d, 3);
    doc.url = col_str(d, 4);
    doc.source = col_str(d, 5);
    doc.origin = (const char *)sqlite3_column_text(d, 6);
    doc.line = (size_t)sqlite3_column_int64(d, 7);
    doc.text = col_str(d, 8);
    const char *ingested = (const char *)sqlite3_column_text(d, 9);
    const char *hex = (const char *)sqlite3_column_text(d, 1);
    int err = 0;
    size_t *sent = NULL, nsent = 0, capsent = 0;
    sqlite3_reset(sents);
    pl_lite_bind_str(sents, 1, doc.id);
    while (!err && sqlite3_step(sents) == SQLITE_ROW) {
        if (nsent == capsent) {
            capsent = capsent ? 2 * capsent : 64;
            size_t *v = realloc(sent, 2 * capsent * sizeof *v);
            if (!v) {
                err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
                break;
            }
            sent = v;
        }
        sent[2 * nsent] = (size_t)sqlite3_column_int64(sents, 0);
        sent[2 * nsent + 1] = (size_t)sqlite3_column_int64(sents, 1);
        nsent++;
    }
    struct old_event *ev = NULL;
    const parley_event **pev = NULL;
    size_t nev = 0, capev = 0;
    sqlite3_reset(evs);
    pl_lite_bind_str(evs, 1, doc.id);
    while (!err && sqlite3_step(evs) == SQLITE_ROW) {
        if (nev == capev) {
            capev = capev ? 2 * capev : 16;
            struct old_event *v = realloc(ev, capev * sizeof *v);
            const parley_event **p = v ? realloc(pev, capev * sizeof *p) : NULL;
            if (v)
                ev = v;
            if (!v || !p) {
                err = pl_store_fail(&l->base, PARLEY_ENOMEM, "out of memory");
                break;
            }
            pev = p;
        }
        if (parse_event((const char *)sqlite3_column_text(evs, 0), nev, &ev[nev])) {
            json_decref(ev[nev].j);
            continue; /* not a contract line: nothing to file */
        }
        nev++;
    }
    for (size_t i = 0; i < nev; i++) {
        ev[i].ev.extra_spans = ev[i].spans;
        ev[i].ev.extra_sentences = ev[i].sents;
        pev[i] = &ev[i].ev;
    }
    if (!err) {
        struct sdoc sd = {&doc, doc.id, 0, pev, nev, sent, nsent, 0};
        sd.hash = hex ? strtoull(hex, NULL, 16) : pl_store_hash(&doc.id, &doc);
        int rc = pl_lite_put_tx(l, &sd, ingested);
        if (rc < 0)
            err = rc;
    }
    for (size_t i = 0; i < nev; i++)
        json_decref(ev[i].j);
    free(ev);
    free(pev);
    free(sent);
    return err;
}

int pl_lite_migrate_v3(struct lite *l)
{
    int err = pl_lite_exec(l, rename_v3, "upgrading the schema");
    if (!err)
        err = pl_lite_exec(l, pl_lite_schema_v4, "upgrading the schema");
    if (err)
        return err;
    sqlite3_stmt *d = NULL, *sents = NULL, *evs = NULL;
    int rc = sqlite3_prepare_v2(l->db,
                                "SELECT id, content_hash, date, title, url, source,"
                                " origin, line, text, ingested_at"
                                " FROM documents_v3 ORDER BY rowid",
                                -1, &d, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(l->db,
                                "SELECT start, \"end\" FROM sentences_v3"
                                " WHERE doc = ? ORDER BY idx",
                                -1, &sents, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(l->db,
                                "SELECT json FROM events_v3 WHERE doc = ?"
                                " ORDER BY seq",
                                -1, &evs, NULL);
    if (rc != SQLITE_OK)
        err = pl_lite_err(l, rc, "upgrading the schema");
    while (!err && (rc = sqlite3_step(d)) == SQLITE_ROW)
        err = move_doc(l, d, sents, evs);
    if (!err && rc != SQLITE_DONE)
        err = pl_lite_err(l, rc, "upgrading the schema");
    sqlite3_finalize(d);
    sqlite3_finalize(sents);
    sqlite3_finalize(evs);
    if (!err)
        err = pl_lite_exec(l, drop_v3, "upgrading the schema");
    if (!err)
        err = pl_lite_flush(l);
    return err;
}
