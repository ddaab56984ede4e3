/* pg_open.c — the PostgreSQL backend's handle (stage 9): connecting with
 * a postgresql:// URL, the schema (made on first write, under an advisory
 * lock, in the schema "parley"), errors mapped to PARLEY_E* codes with
 * the server's message, and the helpers the other pg_*.c files share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/pg.h"

/* ---- errors ------------------------------------------------------------ */

static int state_is(const char *s, const char *want)
{
    return s && !strncmp(s, want, strlen(want));
}

/* The server's message without its trailing newline. */
static void message(PGresult *res, PGconn *c, char *out, size_t n)
{
    const char *m = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    if (!m)
        m = PQerrorMessage(c);
    snprintf(out, n, "%s", m && *m ? m : "unknown error");
    size_t k = strlen(out);
    while (k && (out[k - 1] == '\n' || out[k - 1] == ' '))
        out[--k] = '\0';
}

int pl_pg_err(struct pgs *p, PGresult *res, const char *what)
{
    parley_store *st = &p->base;
    /* a copy: res is cleared below, and the SQLSTATE is read after that
     * (a use after free under ASan when a query timed out) */
    const char *f = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    char state[6] = "";
    if (f)
        snprintf(state, sizeof state, "%s", f);
    const char *sql = f ? state : NULL;
    char m[600];
    message(res, p->c, m, sizeof m);
    int code = PARLEY_EDB;
    p->retry = state_is(sql, "40P01") || state_is(sql, "40001");
    if (!res && PQstatus(p->c) == CONNECTION_BAD)
        code = PARLEY_EIO;
    if (state_is(sql, "08") || state_is(sql, "57P0"))
        code = PARLEY_EIO; /* connection lost, server shutting down */
    else if (state_is(sql, "40P01") || state_is(sql, "40001") ||
             state_is(sql, "55P03"))
        code = PARLEY_EBUSY;
    else if (state_is(sql, "53200"))
        code = PARLEY_ENOMEM;
    else if (state_is(sql, "42501") || state_is(sql, "25006")) {
        if (res)
            PQclear(res);
        return pl_store_fail(st, PARLEY_EREADONLY, "%s: %s: database is read-only"
                          " for this user (%s)", st->path, what, m);
    }
    else if (state_is(sql, "3D000"))
        code = PARLEY_ENOENT;
    else if (state_is(sql, "57014")) {
        pl_store_set_timed_out();
        code = PARLEY_EDB;
    }
    if (res)
        PQclear(res);
    if (code == PARLEY_EBUSY)
        return pl_store_fail(st, code, "%s: %s: database is locked by another"
                          " writer (%s)", st->path, what, m);
    if (state_is(sql, "53100"))
        return pl_store_fail(st, code, "%s: %s: disk full (%s)", st->path, what, m);
    return pl_store_fail(st, code, "%s: %s: %s", st->path, what, m);
}

/* ---- running SQL ------------------------------------------------------- */

int pl_pg_exec(struct pgs *p, const char *sql, int n, const char *const *v,
            PGresult **out, const char *what)
{
    if (out)
        *out = NULL;
    int err = p->sent ? pl_pg_settle(&p->base) : 0;
    if (err)
        return err;
    PGresult *r = PQexecParams(p->c, sql, n, NULL, v, NULL, NULL, 0);
    ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        return pl_pg_err(p, r, what);
    if (out)
        *out = r;
    else
        PQclear(r);
    return 0;
}

int pl_pg_run(struct pgs *p, const char *sql, const char *what)
{
    int err = p->sent ? pl_pg_settle(&p->base) : 0;
    if (err)
        return err;
    PGresult *r = PQexec(p->c, sql);
    ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        return pl_pg_err(p, r, what);
    PQclear(r);
    return 0;
}

int pl_pg_literal(parley_buf *b, const char *s, size_t n)
{
    int err = parley_buf_addc(b, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'')
            err |= parley_buf_addc(b, '\'');
        err |= parley_buf_addc(b, s[i]);
    }
    return err | parley_buf_addc(b, '\'');
}

int pl_pg_array_elem(parley_buf *b, const char *s, size_t n)
{
    int err = parley_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"' || s[i] == '\\')
            err |= parley_buf_addc(b, '\\');
        err |= parley_buf_addc(b, s[i]);
    }
    return err | parley_buf_addc(b, '"');
}

int pl_pg_deadline(struct pgs *p)
{
    double left;
    long ms = 0;
    if (pl_store_deadline(&left))
        ms = left > 0.001 ? (long)(left * 1000) : 1;
    if (ms == p->stmt_ms)
        return 0;
    char sql[64];
    snprintf(sql, sizeof sql, "SET statement_timeout = %ld", ms);
    int err = pl_pg_run(p, sql, "setting a time limit");
    if (!err)
        p->stmt_ms = ms;
    return err;
}

/* ---- the schema ------------------------------------------------------- */

/* Text that is compared or sorted is COLLATE "C": byte order, as SQLite
 * compares, whatever the database's locale. Schema 2: an event row keeps
 * no copy of its evidence (a span of its document's text), its keys are
 * ids of dict rows (id * 2 + side) and its words are the folded terms as
 * text, under a GIN index of their lexemes; phrases are checked against
 * their positions (terms_tsv) on the rows that index finds. */
#define PG_EVENTS_TABLE                                                      \
    "CREATE TABLE events(\n"                                                 \
    "  day int NOT NULL, rid bigint NOT NULL, doc bigint NOT NULL,\n"        \
    "  doc_id text COLLATE \"C\" NOT NULL, seq int NOT NULL,\n"              \
    "  type text COLLATE \"C\" NOT NULL, cameo text COLLATE \"C\",\n"        \
    "  quad int NOT NULL, goldstein double precision NOT NULL,\n"            \
    "  mode text, prec text, coder text, negated boolean NOT NULL,\n"        \
    "  date_raw text,\n"                                                     \
    "  src_text text, src_name text COLLATE \"C\",\n"                        \
    "  src_role text COLLATE \"C\", src_country text COLLATE \"C\",\n"       \
    "  src_org text COLLATE \"C\", src_code text COLLATE \"C\",\n"           \
    "  src_sector text,\n"                                                   \
    "  tgt_text text, tgt_name text COLLATE \"C\",\n"                        \
    "  tgt_role text COLLATE \"C\", tgt_country text COLLATE \"C\",\n"       \
    "  tgt_org text COLLATE \"C\", tgt_code text COLLATE \"C\",\n"           \
    "  tgt_sector text,\n"                                                   \
    "  place_name text, place_country text, place_lat double precision,\n"  \
    "  place_lon double precision,\n"                                        \
    "  topics text, sentence int NOT NULL, n int NOT NULL,\n"                \
    "  span_start int NOT NULL, span_end int NOT NULL, extra text,\n"        \
    "  terms text NOT NULL, keys int[] NOT NULL,\n"                          \
    "  PRIMARY KEY (day, rid)\n"                                             \
    ") PARTITION BY RANGE (day);\n"

/* The GIN indexes keep new entries in their pending list (fastupdate),
 * which each batch's commit merges (pl_pg_commit: gin_clean_pending_list,
 * which also lets the list's pages be used again). Entries put straight
 * into the index (fastupdate = off) took the events' insert 231 s of the
 * server's time at 893,330 events, against 97 s for the insert and the
 * merges; a pending list merged only when it is full (4 MB, the default)
 * left the indexes at 2 to 5 times the size they have when built in one
 * go, as its pages are not reused until a VACUUM. */
#define PG_EVENTS_INDEXES                                                    \
    "CREATE INDEX events_type ON events(type, day);\n"                       \
    "CREATE INDEX events_cameo ON events(cameo, day);\n"                     \
    "CREATE INDEX events_doc ON events(doc);\n"                              \
    "CREATE INDEX events_keys ON events USING gin(keys)\n"                   \
    "  WITH (gin_pending_list_limit = 65536);\n"                            \
    "CREATE INDEX events_terms ON events\n"                                  \
    "  USING gin(array_to_tsvector(string_to_array(terms, ' ')))\n"         \
    "  WITH (gin_pending_list_limit = 65536);\n"

/* The terms with their positions (1, 2, ...; 16383 at most), for phrases
 * (<->), which a tsvector without positions never matches. */
#define PG_TERMS_TSV                                                         \
    "CREATE FUNCTION parley.terms_tsv(t text) RETURNS tsvector\n"            \
    "  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS\n"                     \
    "  $f$SELECT coalesce(string_agg('''' || replace(replace(w, '\\', '\\\\'),\n" \
    "  '''', '''''') || ''':' || least(i, 16383), ' '), '')::tsvector\n"     \
    "  FROM unnest(string_to_array(t, ' ')) WITH ORDINALITY AS x(w, i)$f$;\n"

/* Schema 3: the actor pairs' summaries are keyed by ids of akey rows
 * (an actor key as pl_store_actor_key writes it, 'N' name, 'C' code,
 * 'M' mention) instead of the keys' text, which they repeated in each row
 * and in its primary key (149 bytes per event at 948k events; ids are
 * never reused or removed). n first: no padding before it. */
/* Also in schema 3: a document's lo and hi are the first and last day of
 * its events (NULL without events), so that --doc reads the partitions of
 * those days only (80 ms at 5.7M events when every month's was read). */
#define PG_DOC_DAYS                                                          \
    "ALTER TABLE documents ADD COLUMN lo int, ADD COLUMN hi int;\n"         \
    "UPDATE documents d SET lo = x.lo, hi = x.hi FROM (SELECT doc,\n"      \
    "  min(day) AS lo, max(day) AS hi FROM events GROUP BY doc) x\n"        \
    "  WHERE d.num = x.doc;\n"

#define PG_PAIR_TABLES                                                       \
    "CREATE TABLE akey(id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n" \
    "  k text COLLATE \"C\" NOT NULL UNIQUE);\n"                             \
    "CREATE TABLE sum_pair(n bigint NOT NULL, src int, tgt int,\n"         \
    "  type text COLLATE \"C\", PRIMARY KEY (src, tgt, type));\n"           \
    "CREATE TABLE sum_pair_n(n bigint NOT NULL, src int, tgt int,\n"       \
    "  PRIMARY KEY (src, tgt));\n"                                          \
    "CREATE INDEX sum_pair_n_n ON sum_pair_n(n);\n"

const char pl_pg_schema_sql[] =
    "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
    "CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);\n"
    "CREATE TABLE documents(\n"
    "  num bigserial PRIMARY KEY,\n"
    "  id text COLLATE \"C\" NOT NULL UNIQUE,\n"
    "  content_hash bigint NOT NULL,\n"
    "  date text, title text, url text, source text, origin text, line bigint,\n"
    "  ingested_at text NOT NULL,\n"
    "  nevents int NOT NULL, nsent int NOT NULL, lo int, hi int,\n"
    "  sentences text,\n"
    "  text text NOT NULL);\n"
    "CREATE SEQUENCE event_rid;\n"
    PG_EVENTS_TABLE
    PG_EVENTS_INDEXES
    PG_TERMS_TSV
    /* What events are filed under, by kind: c country, o organisation,
     * k CAMEO actor code, n name, m mention, p place, t topic, e CAMEO
     * event code; folded for the trigram index. An event's keys array
     * holds id * 2 + side (0: the source's, or a key without a side; 1:
     * the target's). */
    "CREATE TABLE dict(kind text COLLATE \"C\", value text COLLATE \"C\",\n"
    "  folded text NOT NULL, id int GENERATED BY DEFAULT AS IDENTITY,\n"
    "  PRIMARY KEY (kind, value));\n"
    "CREATE UNIQUE INDEX dict_id ON dict(id);\n"
    "CREATE INDEX dict_folded ON dict USING gin(folded gin_trgm_ops);\n"
    "CREATE TABLE sum_day(day int, type text COLLATE \"C\", quad int, neg int,\n"
    "  n bigint NOT NULL, g bigint NOT NULL, PRIMARY KEY (day, type, quad, neg));\n"
    "CREATE TABLE sum_country(country text COLLATE \"C\", month int,\n"
    "  type text COLLATE \"C\", quad int, neg int, n bigint NOT NULL,\n"
    "  g bigint NOT NULL, PRIMARY KEY (country, month, type, quad, neg));\n"
    "CREATE TABLE sum_place(name text COLLATE \"C\", country text COLLATE \"C\",\n"
    "  lat double precision, lon double precision, neg int, n bigint NOT NULL,\n"
    "  PRIMARY KEY (name, country, lat, lon, neg));\n"

    "CREATE TABLE sum_actor(k text COLLATE \"C\" PRIMARY KEY, n bigint NOT NULL,\n"
    "  ng bigint NOT NULL, role_lo text COLLATE \"C\", role_hi text COLLATE \"C\",\n"
    "  country text COLLATE \"C\", org text COLLATE \"C\", code text COLLATE \"C\");\n"
    "CREATE INDEX sum_actor_n ON sum_actor(n);\n"
    "CREATE INDEX sum_actor_ng ON sum_actor(ng);\n"
    PG_PAIR_TABLES
    "CREATE TABLE sum_codepair(src text COLLATE \"C\", tgt text COLLATE \"C\",\n"
    "  n bigint NOT NULL, PRIMARY KEY (src, tgt));\n"
    "CREATE INDEX sum_codepair_n ON sum_codepair(n);\n"
    "CREATE TABLE counters(name text PRIMARY KEY, n bigint NOT NULL);\n"
    "INSERT INTO counters VALUES ('documents', 0), ('sentences', 0),\n"
    "  ('events', 0), ('docs_with_events', 0), ('generation', 0);\n"
    "INSERT INTO meta VALUES ('schema', '3');\n";

/* Schema 1 -> 2, in the transaction that holds the schema lock: the
 * dictionary gets ids; the events are copied into a table of the new
 * shape (partitions of the same names and bounds) — their terms read in
 * the order of the old tsvector's positions, their keys ("c0:KAZ") turned
 * into dict ids, the evidence and the columns parley now computes from
 * others left out — and the old table goes. Row ids, documents,
 * dictionary and summaries are kept as they are. */
static const char migrate_1_sql[] =
    "ALTER TABLE dict ADD COLUMN id int GENERATED BY DEFAULT AS IDENTITY;\n"
    "CREATE UNIQUE INDEX dict_id ON dict(id);\n"
    PG_TERMS_TSV
    "DROP INDEX events_order, events_type, events_cameo, events_doc,\n"
    "  events_keys, events_tsv;\n"
    "ALTER TABLE events DROP CONSTRAINT events_pkey;\n"
    "ALTER TABLE events RENAME TO events_v1;\n"
    PG_EVENTS_TABLE
    "DO $m$ DECLARE r record; BEGIN\n"
    "  FOR r IN SELECT c.relname AS name,\n"
    "      pg_get_expr(c.relpartbound, c.oid) AS b\n"
    "    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid\n"
    "    WHERE i.inhparent = 'parley.events_v1'::regclass LOOP\n"
    "    EXECUTE format('ALTER TABLE parley.%I RENAME TO %I', r.name,\n"
    "                   'v1_' || r.name);\n"
    "    EXECUTE format('CREATE TABLE parley.%I PARTITION OF parley.events %s',\n"
    "                   r.name, r.b);\n"
    "  END LOOP; END $m$;\n"
    "INSERT INTO events SELECT day, rid, doc, doc_id, seq, type, cameo, quad,\n"
    "  goldstein, mode, prec, coder, negated, date_raw,\n"
    "  src_text, src_name, src_role, src_country, src_org, src_code,\n"
    "  src_sector, tgt_text, tgt_name, tgt_role, tgt_country, tgt_org,\n"
    "  tgt_code, tgt_sector, place_name, place_country, place_lat, place_lon,\n"
    "  topics, sentence, n, span_start, span_end, extra,\n"
    "  coalesce((SELECT string_agg(t.lexeme, ' ' ORDER BY p)\n"
    "    FROM unnest(e.tsv) t, unnest(t.positions) p), ''),\n"
    "  ARRAY(SELECT d.id * 2 + substr(k, 2, 1)::int FROM unnest(e.keys) k\n"
    "    JOIN dict d ON d.kind = substr(k, 1, 1) AND d.value = substr(k, 4))\n"
    "  FROM events_v1 e;\n"
    "DROP TABLE events_v1 CASCADE;\n"
    PG_EVENTS_INDEXES
    "UPDATE meta SET value = '2' WHERE key = 'schema';\n";

/* Schema 2 -> 3: the pair summaries' text keys become akey ids; their
 * rows are copied (the same counts), the old tables go; the documents
 * get the days of their events. */
static const char migrate_2_sql[] =
    "ALTER TABLE sum_pair RENAME TO sum_pair_v2;\n"
    "ALTER TABLE sum_pair_n RENAME TO sum_pair_n_v2;\n"
    "ALTER INDEX sum_pair_pkey RENAME TO sum_pair_v2_pkey;\n"
    "ALTER INDEX sum_pair_n_pkey RENAME TO sum_pair_n_v2_pkey;\n"
    "ALTER INDEX sum_pair_n_n RENAME TO sum_pair_n_v2_n;\n"
    PG_PAIR_TABLES
    "INSERT INTO akey(k) SELECT k FROM (SELECT src FROM sum_pair_v2\n"
    "  UNION SELECT tgt FROM sum_pair_v2 UNION SELECT src FROM sum_pair_n_v2\n"
    "  UNION SELECT tgt FROM sum_pair_n_v2) x(k) ORDER BY k;\n"
    "INSERT INTO sum_pair(n, src, tgt, type) SELECT p.n, s.id, t.id, p.type\n"
    "  FROM sum_pair_v2 p JOIN akey s ON s.k = p.src JOIN akey t ON t.k = p.tgt;\n"
    "INSERT INTO sum_pair_n(n, src, tgt) SELECT p.n, s.id, t.id\n"
    "  FROM sum_pair_n_v2 p JOIN akey s ON s.k = p.src JOIN akey t ON t.k = p.tgt;\n"
    "DROP TABLE sum_pair_v2, sum_pair_n_v2;\n"
    PG_DOC_DAYS
    "UPDATE meta SET value = '3' WHERE key = 'schema';\n";

/* The schema version of the database: 0 when it has no parley schema. */
static int version(struct pgs *p, int *v)
{
    PGresult *r;
    *v = 0;
    /* the catalog read as a table: a lookup through the catalog cache
     * (to_regclass) could still see "absent" after another session made
     * the schema while this one waited for the lock */
    int err = pl_pg_exec(p, "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
                         " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                         " WHERE n.nspname = 'parley' AND c.relname = 'meta')",
                      0, NULL, &r, "opening");
    if (err)
        return err;
    int has = !strcmp(PQgetvalue(r, 0, 0), "t");
    PQclear(r);
    if (!has)
        return 0;
    if ((err = pl_pg_exec(p, "SELECT value FROM parley.meta WHERE key = 'schema'",
                       0, NULL, &r, "opening")))
        return err;
    *v = PQntuples(r) ? atoi(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    return 0;
}

static int check_version(struct pgs *p, int v)
{
    parley_store *st = &p->base;
    if (v > PG_SCHEMA_VERSION)
        return pl_store_fail(st, PARLEY_ESCHEMA,
                          "%s: database schema version %d is newer than this"
                          " parley (%s) understands (up to %d); use a newer"
                          " parley", st->path, v, PARLEY_VERSION,
                          PG_SCHEMA_VERSION);
    return 0;
}

/* Makes the schema when the database has none, or brings an older one
 * to this version, once, whoever comes first: under an advisory lock, and
 * checked again inside it; a migration is one transaction (a failure
 * leaves the old schema as it was). */
static int make_schema(struct pgs *p)
{
    int err = pl_pg_run(p, "BEGIN; SELECT pg_advisory_xact_lock(7092654521)",
                     "creating the schema");
    int v = 0;
    if (!err)
        err = version(p, &v);
    if (!err && !v) {
        err = pl_pg_run(p, "CREATE SCHEMA IF NOT EXISTS parley", "creating the schema");
        if (!err)
            err = pl_pg_run(p, pl_pg_schema_sql, "creating the schema");
    } else if (!err && v < PG_SCHEMA_VERSION) {
        if (v == 1)
            err = pl_pg_run(p, migrate_1_sql, "upgrading the schema (1 to 2)");
        if (!err && v <= 2)
            err = pl_pg_run(p, migrate_2_sql, "upgrading the schema (2 to 3)");
    }
    if (!err)
        err = check_version(p, v);
    if (!err)
        return pl_pg_run(p, "COMMIT", "creating the schema");
    PQclear(PQexec(p->c, "ROLLBACK"));
    return err;
}

static int known_partitions(struct pgs *p)
{
    PGresult *r;
    int err = pl_pg_exec(p,
                      "SELECT c.relname FROM pg_inherits i"
                      " JOIN pg_class c ON c.oid = i.inhrelid"
                      " WHERE i.inhparent = 'parley.events'::regclass",
                      0, NULL, &r, "opening");
    if (err)
        return err;
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        const char *name = PQgetvalue(r, i, 0);
        /* events_YYYYMM or events_undated */
        int64_t m = !strcmp(name, "events_undated") ? STORE_UNDATED / 100
                                                     : strtoll(name + 7, NULL, 10);
        if (p->nmonths == p->capmonths) {
            size_t c = p->capmonths ? 2 * p->capmonths : 128;
            int64_t *v = realloc(p->months, c * sizeof *v);
            if (!v) {
                PQclear(r);
                return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
            }
            p->months = v;
            p->capmonths = c;
        }
        p->months[p->nmonths++] = m;
    }
    PQclear(r);
    return 0;
}

/* Frees what the handle holds besides its base: the connection and the
 * staged batch. */
static void pg_free_parts(struct pgs *p)
{
    if (p->c)
        PQfinish(p->c);
    p->c = NULL;
    if (p->lc)
        PQfinish(p->lc);
    p->lc = NULL;
    if (p->url) {
        explicit_bzero(p->url, strlen(p->url));
        free(p->url);
    }
    p->url = NULL;
    parley_buf_release(&p->sent_docs);
    parley_buf_release(&p->sent_events);
    pl_pgset_clear(&p->known_ids);
    pl_pgset_clear(&p->known_content);
    parley_buf_release(&p->docs);
    parley_buf_release(&p->events);
    parley_buf_release(&p->dict);
    for (size_t i = 0; i < p->nst; i++)
        free(p->st[i].id);
    free(p->st);
    free(p->slot);
    free(p->months);
    free(p->need);
    pl_pgmap_clear(&p->dict_sent);
    pl_pgmap_clear(&p->dict_batch);
    pl_pgmap_clear(&p->looked);
    p->st = NULL;
    p->slot = NULL;
    p->months = NULL;
    p->need = NULL;
    p->nst = 0;
}

static void pg_close(parley_store *st)
{
    struct pgs *p = PGS(st);
    /* a sent batch is stored (or fails) before the connection goes: the
     * caller has no way left to learn which, and a rerun stores it */
    if (p->sent)
        pl_pg_settle(st);
    pg_free_parts(p);
    pl_store_release(st);
    free(p);
}

static const struct store_ops pg_ops = {
    "postgresql",
    pg_close,
    pl_pg_has,
    pl_pg_put,
    pl_pg_begin,
    pl_pg_commit,
    pl_pg_rollback,
    pl_pg_scan,
    pl_pg_document,
    pl_pg_stats,
    pl_pg_check,
    pl_pg_counts,
    pl_pg_actors,
    pl_pg_graph_nodes,
    pl_pg_graph_edges,
    pl_pg_summary,
    pl_pg_signature,
    pl_pg_time_limit,
    pl_pg_send,
    pl_pg_settle,
};

static void quiet(void *ud, const PGresult *res)
{
    (void)ud;
    (void)res; /* notices (e.g. "extension already exists") are not errors */
}

static int pg_connect(struct pgs *p, const char *url);

int pl_store_pg_open(parley_store **out, const char *url,
                  const parley_store_opts *opts)
{
    struct pgs *p = calloc(1, sizeof *p);
    *out = p ? &p->base : NULL;
    if (!p)
        return PARLEY_ENOMEM;
    int err = pl_store_init(&p->base, url, opts);
    if (err)
        return err;
    if (!(p->url = strdup(url)))
        return pl_store_fail(&p->base, PARLEY_ENOMEM, "out of memory");
    /* a handle whose open failed keeps no connection */
    if ((err = pg_connect(p, url)))
        pg_free_parts(p);
    return err;
}

/* Connects p to url and readies it: settings, schema check (made by a
 * writer when absent), the known partitions. */
static int pg_connect(struct pgs *p, const char *url)
{
    parley_store *st = &p->base;
    int err;
    p->stmt_ms = -1;
    const char *why;
    if (pl_pq_load(&why))
        return pl_store_fail(st, PARLEY_EIO, "%s: cannot load libpq: %s", st->path, why);
    p->c = PQconnectdb(url);
    if (!p->c)
        return pl_store_fail(st, PARLEY_ENOMEM, "out of memory");
    if (PQstatus(p->c) != CONNECTION_OK) {
        char m[600];
        message(NULL, p->c, m, sizeof m);
        int code = strstr(m, "does not exist") ? PARLEY_ENOENT
                   : strstr(m, "authentication") || strstr(m, "password")
                       ? PARLEY_EDB
                       : PARLEY_EIO;
        if (code == PARLEY_ENOENT)
            return pl_store_fail(st, code, "%s: no such database (%s)", st->path, m);
        return pl_store_fail(st, code, "%s: cannot connect: %s", st->path, m);
    }
    PQsetNoticeReceiver(p->c, quiet, NULL);
    /* jit = off: the server's JIT compiles a plan whose estimated cost is
     * high (a scan of every month without a limit, a batch's merge) and
     * took seconds doing it — 6 of the 6.4 s of a --one-a-day query at 5M
     * events — for queries that run in milliseconds without it. */
    char set[200];
    snprintf(set, sizeof set,
             "SET search_path = parley, public; SET lock_timeout = %d;"
             " SET client_encoding = 'UTF8'; SET application_name = 'parley';"
             " SET jit = off",
             st->busy_ms > 0 ? st->busy_ms : 1);
    if ((err = pl_pg_run(p, set, "opening")))
        return err;
    int v = 0;
    if ((err = version(p, &v)) || (err = check_version(p, v)))
        return err;
    if (st->readonly) {
        if (!v)
            return pl_store_fail(st, PARLEY_ESCHEMA,
                              "%s: not a parley database (no parley schema in it;"
                              " parley ingest makes one)", st->path);
        if (v < PG_SCHEMA_VERSION)
            return pl_store_fail(st, PARLEY_ESCHEMA,
                              "%s: database schema version %d is older than"
                              " this parley's (%d); open it once for writing"
                              " (parley ingest) to upgrade it", st->path, v,
                              PG_SCHEMA_VERSION);
        if ((err = pl_pg_run(p, "SET default_transaction_read_only = on", "opening")))
            return err;
    } else if (v < PG_SCHEMA_VERSION && (err = make_schema(p))) {
        return err;
    }
    if ((err = known_partitions(p)))
        return err;
    st->ops = &pg_ops;
    return 0;
}
