/* schema.c — the store's SQL schema as a list of migrations: step v turns
 * a version-v database into version v + 1 (PRAGMA user_version), so that a
 * new file and an old one reach the current schema the same way. Never
 * edit a step once released; add one. */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

static const char *const steps[STORE_SCHEMA_VERSION] = {
    /* 0 -> 1: documents, sentences, events and their indexes. */
    "CREATE TABLE documents(\n"
    "  id TEXT PRIMARY KEY,\n"
    "  content_hash TEXT NOT NULL,\n"  /* 16 hex digits, store_hash */
    "  date TEXT, title TEXT, url TEXT, source TEXT,\n"
    "  origin TEXT, line INTEGER,\n"   /* where it was read from */
    "  text TEXT NOT NULL,\n"
    "  ingested_at TEXT NOT NULL\n"    /* UTC, ISO 8601 */
    ");\n"
    "CREATE TABLE sentences(\n"
    "  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,\n"
    "  PRIMARY KEY(doc, idx)\n"
    ") WITHOUT ROWID;\n"
    /* rid is a stable integer key for the full-text index; id is the
     * contract's "doc:sentence:n". */
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
    "  topics TEXT NOT NULL DEFAULT '[]',\n" /* JSON array of strings */
    "  sentence INTEGER, span_start INTEGER, span_end INTEGER,\n"
    "  evidence TEXT,\n"
    "  json TEXT NOT NULL\n"                 /* the contract line */
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

    /* 1 -> 2: full-text search over evidence sentences (kept in step with
     * events by triggers), and two views for people who use SQL. */
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
    /* One row per (date, source, target, CAMEO code): the one-a-day
     * filter of the Phoenix pipeline. Undated events are never merged. */
    "CREATE VIEW events_one_a_day AS\n"
    "  SELECT min(rid) AS rid, date, source_code, source_name,\n"
    "         target_code, target_name, cameo, count(*) AS n,\n"
    "         json_group_array(id) AS ids, json_group_array(doc) AS docs,\n"
    "         json_group_array(evidence) AS texts\n"
    "    FROM events\n"
    "   GROUP BY coalesce(date, id), coalesce(source_code, ''),\n"
    "         coalesce(source_name, ''), coalesce(target_code, ''),\n"
    "         coalesce(target_name, ''), coalesce(cameo, '');\n",

    /* 2 -> 3: parley adds new events to evidence_fts itself, with one
     * statement per transaction (store.c, fts_sync): the insert trigger
     * made FTS5 write a new segment for every event. Deleting and
     * updating evidence still go through the triggers.
     * Indexes in the order parley query and export list events (query.c),
     * so that the whole store, a type or a date range comes out without
     * sorting every row, and --limit stops early: events_order for all
     * events and date ranges, events_type now also in that order within a
     * type. events_date stays for the explorer's newest-first pages. */
    "DROP TRIGGER events_fts_ins;\n"
    "CREATE INDEX events_order ON events(date IS NULL, date, doc, seq);\n"
    "DROP INDEX events_type;\n"
    "CREATE INDEX events_type ON events(type, date IS NULL, date, doc, seq);\n",
};

const char *store_migration_sql(int v)
{
    if (v < 0 || v >= STORE_SCHEMA_VERSION)
        return NULL;
    return steps[v];
}

static int user_version(parley_store *st, int *v)
{
    sqlite3_stmt *s;
    int rc = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "reading the schema version");
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int(s, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_OK ? 0 : store_sqlerr(st, rc, "reading the schema version");
}

int store_migrate(parley_store *st, int to)
{
    if (to < 0 || to > STORE_SCHEMA_VERSION)
        return store_fail(st, PARLEY_EINVAL, "%s: no schema version %d",
                          st->path, to);
    int rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return store_sqlerr(st, rc, "upgrading the schema");
    /* Read again inside the transaction: another process may have
     * migrated between our first look and the lock. */
    int v = 0, err = user_version(st, &v);
    if (err)
        goto fail;
    if (v > to) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return 0;
    }
    for (; v < to; v++) {
        rc = sqlite3_exec(st->db, steps[v], NULL, NULL, NULL);
        if (rc != SQLITE_OK) {
            err = store_sqlerr(st, rc, "upgrading the schema");
            goto fail;
        }
    }
    char pragma[96];
    snprintf(pragma, sizeof pragma,
             "PRAGMA user_version = %d; PRAGMA application_id = %d", to,
             STORE_APP_ID);
    rc = sqlite3_exec(st->db, pragma, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        err = store_sqlerr(st, rc, "upgrading the schema");
        goto fail;
    }
    return 0;
fail:
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return err;
}
