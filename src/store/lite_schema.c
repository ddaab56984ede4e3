/* lite_schema.c — the SQLite store's schema as a list of migrations: step
 * v turns a version-v database into version v + 1 (PRAGMA user_version),
 * so that a new file and an old one reach the current schema the same
 * way. Never edit a step once released; add one. Steps 0-2 are SQL; step
 * 3 -> 4 re-files the stored events (pl_lite_migrate.c). */
#include <stdio.h>
#include <string.h>

#include "store/lite.h"

static const char *const steps[3] = {
    /* 0 -> 1: documents, sentences, events and their indexes. */
    "CREATE TABLE documents(\n"
    "  id TEXT PRIMARY KEY,\n"
    "  content_hash TEXT NOT NULL,\n"
    "  date TEXT, title TEXT, url TEXT, source TEXT,\n"
    "  origin TEXT, line INTEGER,\n"
    "  text TEXT NOT NULL,\n"
    "  ingested_at TEXT NOT NULL\n"
    ");\n"
    "CREATE TABLE sentences(\n"
    "  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,\n"
    "  PRIMARY KEY(doc, idx)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE events(\n"
    "  rid INTEGER PRIMARY KEY,\n"
    "  id TEXT NOT NULL UNIQUE,\n"
    "  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  date TEXT, type TEXT NOT NULL, mode TEXT, cameo TEXT,\n"
    "  quad INTEGER, goldstein REAL, negated INTEGER NOT NULL DEFAULT 0,\n"
    "  source_text TEXT, source_name TEXT, source_role TEXT,\n"
    "  source_country TEXT, source_org TEXT, source_code TEXT,\n"
    "  target_text TEXT, target_name TEXT, target_role TEXT,\n"
    "  target_country TEXT, target_org TEXT, target_code TEXT,\n"
    "  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL,\n"
    "  topics TEXT NOT NULL DEFAULT '[]',\n"
    "  sentence INTEGER, span_start INTEGER, span_end INTEGER,\n"
    "  evidence TEXT,\n"
    "  json TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX events_doc ON events(doc, seq);\n"
    "CREATE INDEX events_date ON events(date);\n"
    "CREATE INDEX events_type ON events(type, date);\n"
    "CREATE INDEX events_cameo ON events(cameo);\n"
    "CREATE INDEX events_source_country ON events(source_country);\n"
    "CREATE INDEX events_target_country ON events(target_country);\n"
    "CREATE INDEX events_source_code ON events(source_code);\n"
    "CREATE INDEX events_target_code ON events(target_code);\n"
    "CREATE INDEX events_source_org ON events(source_org);\n"
    "CREATE INDEX events_target_org ON events(target_org);\n",

    /* 1 -> 2: full-text search over evidence sentences, and two views. */
    "CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence,\n"
    "  content='events', content_rowid='rid',\n"
    "  tokenize='unicode61 remove_diacritics 2');\n"
    "CREATE TRIGGER events_fts_ins AFTER INSERT ON events BEGIN\n"
    "  INSERT INTO evidence_fts(rowid, evidence) VALUES (new.rid, new.evidence);\n"
    "END;\n"
    "CREATE TRIGGER events_fts_del AFTER DELETE ON events BEGIN\n"
    "  INSERT INTO evidence_fts(evidence_fts, rowid, evidence)\n"
    "    VALUES ('delete', old.rid, old.evidence);\n"
    "END;\n"
    "CREATE TRIGGER events_fts_upd AFTER UPDATE OF evidence ON events BEGIN\n"
    "  INSERT INTO evidence_fts(evidence_fts, rowid, evidence)\n"
    "    VALUES ('delete', old.rid, old.evidence);\n"
    "  INSERT INTO evidence_fts(rowid, evidence) VALUES (new.rid, new.evidence);\n"
    "END;\n"
    "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');\n"
    "CREATE VIEW actors AS\n"
    "  SELECT source_code AS code, source_name AS name, source_role AS role,\n"
    "         source_country AS country, source_org AS org, count(*) AS events\n"
    "    FROM events GROUP BY 1, 2, 3, 4, 5\n"
    "  UNION ALL\n"
    "  SELECT target_code, target_name, target_role, target_country,\n"
    "         target_org, count(*) FROM events GROUP BY 1, 2, 3, 4, 5;\n"
    "CREATE VIEW events_one_a_day AS\n"
    "  SELECT min(rid) AS rid, date, source_code, source_name,\n"
    "         target_code, target_name, cameo, count(*) AS n,\n"
    "         json_group_array(id) AS ids, json_group_array(doc) AS docs,\n"
    "         json_group_array(evidence) AS texts\n"
    "    FROM events\n"
    "   GROUP BY coalesce(date, id), coalesce(source_code, ''),\n"
    "         coalesce(source_name, ''), coalesce(target_code, ''),\n"
    "         coalesce(target_name, ''), coalesce(cameo, '');\n",

    /* 2 -> 3: new events go to evidence_fts in one statement per batch;
     * indexes in the output order. */
    "DROP TRIGGER events_fts_ins;\n"
    "CREATE INDEX events_order ON events(date IS NULL, date, doc, seq);\n"
    "DROP INDEX events_type;\n"
    "CREATE INDEX events_type ON events(type, date IS NULL, date, doc, seq);\n",
};

const char *pl_lite_migration_sql(int v)
{
    return v >= 0 && v < 3 ? steps[v] : NULL;
}

/* Schema 4: see the README, "The store", for what each table is for. The
 * tables of schema 3 that hold data (documents, events) are renamed
 * *_v3 first by the migration, which reads them and drops them. */
const char pl_lite_schema_v4[] =
    "CREATE TABLE documents(\n"
    "  num INTEGER PRIMARY KEY,\n"
    "  id TEXT NOT NULL UNIQUE,\n"
    "  content_hash INTEGER NOT NULL,\n" /* pl_store_hash as a signed integer */
    "  date TEXT, title TEXT, url TEXT, source TEXT,\n"
    "  origin TEXT, line INTEGER,\n"
    "  ingested_at TEXT NOT NULL,\n"
    "  nevents INTEGER NOT NULL DEFAULT 0,\n"
    "  sentences TEXT,\n"                /* JSON [[start, end], ...] */
    "  text TEXT NOT NULL\n"             /* last: rows are read without it */
    ");\n"
    /* a document's id by its number without reading its row: the order
     * of a day's events (pl_lite_scan.c) */
    "CREATE INDEX documents_num_id ON documents(num, id);\n"
    /* The hot table: what filters and aggregates read, one narrow row per
     * event. day is the date key (YYYYMMDD, 00 for a missing part,
     * 99999999 undated); src, tgt are actors, place a place. */
    "CREATE TABLE events(\n"
    "  rid INTEGER PRIMARY KEY,\n"
    "  doc INTEGER NOT NULL,\n"
    "  seq INTEGER NOT NULL,\n"
    "  day INTEGER NOT NULL,\n"
    "  type TEXT NOT NULL,\n"
    "  cameo TEXT,\n"
    "  quad INTEGER NOT NULL, goldstein REAL NOT NULL,\n"
    "  negated INTEGER NOT NULL,\n"
    "  src INTEGER NOT NULL, tgt INTEGER NOT NULL,\n"
    "  place INTEGER\n"
    ");\n"
    "CREATE INDEX events_doc ON events(doc, seq);\n"
    /* The rest of an event, read only to write it out. Mentions and the
     * evidence are spans of the document's text (at, len); a mention that
     * is not one is kept as text. */
    "CREATE TABLE event_detail(\n"
    "  rid INTEGER PRIMARY KEY,\n"
    "  sentence INTEGER NOT NULL, n INTEGER NOT NULL,\n"
    "  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,\n"
    "  src_at INTEGER, src_len INTEGER, tgt_at INTEGER, tgt_len INTEGER,\n"
    "  src_text TEXT, tgt_text TEXT,\n"
    "  mode TEXT, prec TEXT, coder TEXT,\n"
    "  topics TEXT, extra TEXT, date_raw TEXT\n"
    ");\n"
    "CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT, role TEXT,\n"
    "  country TEXT, org TEXT, code TEXT, sector TEXT,\n"
    "  k TEXT NOT NULL UNIQUE);\n"
    "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL,\n"
    "  country TEXT, lat REAL, lon REAL, k TEXT NOT NULL UNIQUE);\n"
    /* What events are filed under: codes (countries, organisations, CAMEO
     * codes; roles says which), names, mentions, places, topics, CAMEO
     * event codes. folded is the value case-folded without diacritics. */
    "CREATE TABLE keys(id INTEGER PRIMARY KEY, kind TEXT NOT NULL,\n"
    "  value TEXT NOT NULL, folded TEXT NOT NULL,\n"
    "  roles INTEGER NOT NULL DEFAULT 0, UNIQUE(kind, value));\n"
    /* names, mentions, places and topics by any three letters */
    "CREATE VIRTUAL TABLE keys_tri USING fts5(folded, content='',\n"
    "  tokenize='trigram');\n"
    /* The actor-key index: for every event a term per key and side (c0,
     * c1: country of the source, of the target; o: organisation; k:
     * CAMEO actor code; n: name; m: mention; p: place; t: topic; y: type;
     * e: CAMEO event code; then the key's id; and "a" for every event),
     * and as row id day << 32 | event. A key's events are one posting
     * list in date order, which a query reads from its first date and
     * leaves at its limit; an FTS5 index is written as sorted segments
     * that are merged later, so events stored in no date order do not
     * rewrite its pages at random as a B-tree index would. */
    "CREATE VIRTUAL TABLE event_keys USING fts5(k, content='', columnsize=0,\n"
    "  detail=none, tokenize='ascii');\n"
    /* Evidence terms (pl_store_fts_tokens), rowid = day << 32 | rid, so that
     * matches come in date order. */
    "CREATE VIRTUAL TABLE evidence_fts USING fts5(terms, content='', columnsize=0,\n"
    "  tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* M*'\");\n"
    /* Summaries, kept by each batch. g: Goldstein scores in tenths. */
    "CREATE TABLE sum_day(day INTEGER NOT NULL, type TEXT NOT NULL,\n"
    "  quad INTEGER NOT NULL, neg INTEGER NOT NULL, n INTEGER NOT NULL,\n"
    "  g INTEGER NOT NULL, PRIMARY KEY(day, type, quad, neg)) WITHOUT ROWID;\n"
    /* countries (keys) on either side by month (day key / 100) */
    "CREATE TABLE sum_country(country INTEGER NOT NULL, month INTEGER NOT NULL,\n"
    "  type TEXT NOT NULL, quad INTEGER NOT NULL, neg INTEGER NOT NULL,\n"
    "  n INTEGER NOT NULL, g INTEGER NOT NULL,\n"
    "  PRIMARY KEY(country, month, type, quad, neg)) WITHOUT ROWID;\n"
    "CREATE TABLE sum_place(place INTEGER NOT NULL, neg INTEGER NOT NULL,\n"
    "  n INTEGER NOT NULL, PRIMARY KEY(place, neg)) WITHOUT ROWID;\n"
    "CREATE TABLE sum_actor(key INTEGER PRIMARY KEY, n INTEGER NOT NULL,\n"
    "  ng INTEGER NOT NULL, role_lo TEXT, role_hi TEXT, country TEXT,\n"
    "  org TEXT, code TEXT);\n"
    "CREATE INDEX sum_actor_n ON sum_actor(n);\n"
    "CREATE INDEX sum_actor_ng ON sum_actor(ng);\n"
    "CREATE TABLE sum_pair(src INTEGER NOT NULL, tgt INTEGER NOT NULL,\n"
    "  type TEXT NOT NULL, n INTEGER NOT NULL,\n"
    "  PRIMARY KEY(src, tgt, type)) WITHOUT ROWID;\n"
    "CREATE TABLE sum_pair_n(src INTEGER NOT NULL, tgt INTEGER NOT NULL,\n"
    "  n INTEGER NOT NULL, PRIMARY KEY(src, tgt)) WITHOUT ROWID;\n"
    "CREATE INDEX sum_pair_n_n ON sum_pair_n(n);\n"
    "CREATE TABLE sum_codepair(src INTEGER NOT NULL, tgt INTEGER NOT NULL,\n"
    "  n INTEGER NOT NULL, PRIMARY KEY(src, tgt)) WITHOUT ROWID;\n"
    "CREATE INDEX sum_codepair_n ON sum_codepair(n);\n"
    "CREATE TABLE counters(name TEXT PRIMARY KEY, n INTEGER NOT NULL)\n"
    "  WITHOUT ROWID;\n"
    "INSERT INTO counters VALUES ('documents', 0), ('sentences', 0),\n"
    "  ('events', 0), ('docs_with_events', 0), ('generation', 0);\n"
    /* For people who use SQL: events with their actors and place. */
    "CREATE VIEW events_view AS\n"
    "  SELECT d.id || ':' || x.sentence || ':' || x.n AS id, d.id AS doc,\n"
    "    e.seq, coalesce(x.date_raw, CASE WHEN e.day = 99999999 THEN NULL\n"
    "      WHEN e.day % 100 THEN printf('%04d-%02d-%02d', e.day / 10000,\n"
    "        e.day / 100 % 100, e.day % 100)\n"
    "      WHEN e.day % 10000 THEN printf('%04d-%02d', e.day / 10000,\n"
    "        e.day / 100 % 100)\n"
    "      ELSE printf('%04d', e.day / 10000) END) AS date,\n"
    "    nullif(e.type, '') AS type,\n"
    "    x.mode, e.cameo, e.quad, e.goldstein, e.negated,\n"
    "    x.prec AS date_precision, x.coder,\n"
    "    s.name AS source_name, s.role AS source_role,\n"
    "    s.country AS source_country, s.org AS source_org,\n"
    "    s.code AS source_code, t.name AS target_name,\n"
    "    t.role AS target_role, t.country AS target_country,\n"
    "    t.org AS target_org, t.code AS target_code,\n"
    "    p.name AS place_name, p.country AS place_country, x.topics,\n"
    "    CAST(substr(CAST(d.text AS BLOB), x.span_start + 1,\n"
    "      x.span_end - x.span_start) AS TEXT) AS evidence\n"
    "  FROM events e JOIN event_detail x ON x.rid = e.rid\n"
    "  JOIN documents d ON d.num = e.doc\n"
    "  JOIN actors s ON s.id = e.src JOIN actors t ON t.id = e.tgt\n"
    "  LEFT JOIN places p ON p.id = e.place;\n"
    "CREATE VIEW sentences AS\n"
    "  SELECT d.id AS doc, CAST(j.key AS INTEGER) AS idx,\n"
    "    j.value ->> 0 AS start, j.value ->> 1 AS \"end\"\n"
    "  FROM documents d, json_each(d.sentences) j;\n";

int pl_lite_migrate(struct lite *l, int from)
{
    for (int v = from; v < 3; v++) {
        int err = pl_lite_exec(l, steps[v], "upgrading the schema");
        if (err)
            return err;
    }
    int err = pl_lite_migrate_v3(l);
    if (err)
        return err;
    char pragma[96];
    snprintf(pragma, sizeof pragma,
             "PRAGMA user_version = %d; PRAGMA application_id = %d",
             LITE_SCHEMA_VERSION, LITE_APP_ID);
    return pl_lite_exec(l, pragma, "upgrading the schema");
}
