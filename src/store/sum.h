/* sum.h — the summary tables' changes of one batch (sum.c), kept in
 * memory until the backend writes them at commit. Each table is a hash of
 * rows keyed by a packed list of fields (pl_sacc_field reads them). */
#ifndef PARLEY_STORE_SUM_H
#define PARLEY_STORE_SUM_H

#include "store/store.h"

/* string slots of an actor row */
enum { SA_ROLE_LO, SA_ROLE_HI, SA_COUNTRY, SA_ORG, SA_CODE, SROW_STRS };

struct srow {
    char *k;
    size_t kn;
    int64_t n, g, m; /* events, Goldstein tenths, events in the graph */
    char *s[SROW_STRS];
    int dirty;       /* actor: events were taken away */
};

struct sslot {
    uint64_t h; /* the key's hash */
    size_t i;   /* its row + 1; 0: empty */
};

struct stab {
    struct srow *r;
    size_t n, cap;
    struct sslot *slot;
    size_t nslot;
};

enum { STOT_DOCS, STOT_SENTENCES, STOT_EVENTS, STOT_DOCS_WITH_EVENTS, STOT_N };

/* The batch's changes:
 *   day      (dkey, type, quad, negated)         n, g
 *   country  (ISO3, dkey / 100, type, quad, negated)   n, g: each country
 *            on either side, once for an event within one country
 *   place    (name, country, lat, lon (8 bytes each), negated)  n: places
 *            with coordinates
 *   actor    (kind, display key)                 n, m (graph), strings
 *   pair     (kind s, key s, kind t, key t, type)  n
 *   pairn    (kind s, key s, kind t, key t)        n
 *   codepair (kind s, code key s, kind t, code key t)  n  (kind '?': none)
 * Integers are packed as 8 bytes (pl_sacc_int). */
struct sacc {
    struct stab day, country, place, actor, pair, pairn, codepair;
    int64_t total[STOT_N];
    int nomem;
};

/* Adds (sign 1) or takes away (sign -1) one event stored under date key
 * dkey. */
void pl_sacc_event(struct sacc *a, const parley_event *ev, int64_t dkey, int sign);
/* Empties a for the next batch, keeping its memory; pl_sacc_free releases
 * it. */
void pl_sacc_clear(struct sacc *a);
void pl_sacc_free(struct sacc *a);
/* Field i of r's key: *s (NULL for a NULL field) and *n; -1 if none. */
int pl_sacc_field(const struct srow *r, int i, const char **s, size_t *n);
int64_t pl_sacc_int(const struct srow *r, int i);
/* The Goldstein score in tenths. */
int64_t pl_sacc_tenths(double g);
struct srow *pl_stab_get(struct stab *t, const char *k, size_t kn);

#endif
