/* stats.c — parley_store_stats: what is in a store (documents, sentences,
 * events by type and by month, the most frequent actor pairs), read with
 * fixed SQL. */
#include <string.h>

#include "store/store.h"

static const struct {
    const char *group;
    const char *sql; /* one row per figure: key (or nothing), count */
} queries[] = {
    {"documents", "SELECT NULL, count(*) FROM documents"},
    {"sentences", "SELECT NULL, count(*) FROM sentences"},
    {"events", "SELECT NULL, count(*) FROM events"},
    {"type", "SELECT type, count(*) FROM events GROUP BY type"
             " ORDER BY 2 DESC, 1"},
    /* Counted by date first, which walks events_date in order, then by
     * month: grouping a million rows by month directly builds a
     * temporary B-tree of all of them. */
    {"month", "SELECT coalesce(m, 'undated'), sum(n) FROM"
              " (SELECT substr(date, 1, 7) AS m, count(*) AS n FROM events"
              " GROUP BY date) GROUP BY 1 ORDER BY 1 = 'undated', 1"},
    {"pair", "SELECT coalesce(source_code, source_country, source_org,"
             " source_name, '?') || ' -> ' || coalesce(target_code,"
             " target_country, target_org, target_name, '?'), count(*)"
             " FROM events GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"},
};

int parley_store_stats(parley_store *st, parley_store_stat_fn fn, void *ud)
{
    if (!st || !st->db || !fn)
        return PARLEY_EINVAL;
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
        sqlite3_stmt *s;
        int rc = sqlite3_prepare_v2(st->db, queries[i].sql, -1, &s, NULL);
        if (rc != SQLITE_OK)
            return store_sqlerr(st, rc, "reading statistics");
        int stop = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            if ((stop = fn(ud, queries[i].group,
                           (const char *)sqlite3_column_text(s, 0),
                           sqlite3_column_int64(s, 1))))
                break;
        if (stop) {
            sqlite3_finalize(s);
            return stop;
        }
        if (rc != SQLITE_DONE) {
            int err = store_sqlerr(st, rc, "reading statistics");
            sqlite3_finalize(s);
            return err;
        }
        sqlite3_finalize(s);
    }
    return 0;
}

int parley_store_check(parley_store *st)
{
    if (!st || !st->db)
        return PARLEY_EINVAL;
    static const char *const sql[] = {"PRAGMA integrity_check",
                                       "PRAGMA foreign_key_check"};
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *s;
        int rc = sqlite3_prepare_v2(st->db, sql[i], -1, &s, NULL);
        if (rc != SQLITE_OK)
            return store_sqlerr(st, rc, "checking");
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            const char *v = (const char *)sqlite3_column_text(s, 0);
            if (i == 1 || !v || strcmp(v, "ok")) {
                int err = store_fail(st, PARLEY_EDB, "%s: %s: %s", st->path,
                                     i ? "foreign key violation in table"
                                       : "integrity check failed",
                                     v ? v : "?");
                sqlite3_finalize(s);
                return err;
            }
        } else if (rc != SQLITE_DONE) {
            int err = store_sqlerr(st, rc, "checking");
            sqlite3_finalize(s);
            return err;
        }
        sqlite3_finalize(s);
    }
    return 0;
}
