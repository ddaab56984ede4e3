/* plover.c — CAMEO event code → PLOVER type and mode, QuadClass and
 * Goldstein score, for events coded with CAMEO dictionaries (stage 6).
 * Our own table: one row per CAMEO root, with the few sub-codes that the
 * event contract singles out (057 sign, 051 praise, 036 meet wish). The
 * Goldstein values are the usual per-root figures of the CAMEO scale. */
#include <string.h>
#include <strings.h>

#include "cameo/cameo.h"

typedef struct row {
    const char *code; /* a root ("04") or a full code ("057") */
    const char *type, *mode;
    int quad;
    double goldstein;
} row;

/* Longer codes first within a root so the first prefix match wins. */
static const row table[] = {
    {"010", NULL, NULL, 1, 0.0},
    {"01", NULL, NULL, 1, 0.0},       /* statements: not a PLOVER event */
    {"02", "REQUEST", NULL, 1, 3.0},
    {"03", "AGREE", NULL, 1, 4.0},
    {"040", "CONSULT", "meet", 1, 1.0},
    {"042", "CONSULT", "visit", 1, 1.9},
    {"043", "CONSULT", "visit", 1, 2.8},
    {"044", "CONSULT", "meet", 1, 2.5},
    {"045", "CONSULT", "mediate", 1, 5.0},
    {"046", "CONSULT", "meet", 1, 7.0},
    {"04", "CONSULT", NULL, 1, 1.0},
    {"051", "SUPPORT", "praise", 1, 3.4},
    {"057", "SUPPORT", "sign", 1, 8.0},
    {"05", "SUPPORT", NULL, 1, 3.5},
    {"06", "COOPERATE", NULL, 2, 6.0},
    {"07", "AID", NULL, 2, 7.0},
    {"087", "RETREAT", NULL, 2, 9.0},
    {"08", "CONCEDE", NULL, 2, 5.0},
    {"09", "ACCUSE", "investigate", 3, -2.0},
    {"10", "REQUEST", "demand", 3, -5.0},
    {"11", "ACCUSE", NULL, 3, -2.0},
    {"12", "REJECT", NULL, 3, -4.0},
    {"13", "THREATEN", NULL, 3, -6.0},
    {"14", "PROTEST", NULL, 4, -6.5},
    {"15", "MOBILIZE", NULL, 4, -7.2},
    {"16", "SANCTION", NULL, 4, -4.0},
    {"17", "COERCE", NULL, 4, -7.0},
    {"18", "ASSAULT", NULL, 4, -9.0},
    {"19", "ASSAULT", NULL, 4, -10.0},
    {"20", "ASSAULT", NULL, 4, -10.0},
};

void cameo_plover(const char *code, const char **type, const char **mode,
                  int *quad, double *goldstein)
{
    *type = NULL;
    *mode = NULL;
    *quad = 0;
    *goldstein = 0.0;
    if (!code)
        return;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        size_t k = strlen(table[i].code);
        if (strncmp(code, table[i].code, k) == 0) {
            *type = table[i].type;
            *mode = table[i].mode;
            *quad = table[i].quad;
            *goldstein = table[i].goldstein;
            return;
        }
    }
}

/* The 16 types of the PLOVER ontology: every "type" an event can have. */
static const char *const plover_types[] = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
    "RETREAT", "REQUEST", "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

int parley_plover_type_valid(const char *s)
{
    for (size_t i = 0; s && i < sizeof plover_types / sizeof *plover_types; i++)
        if (!strcasecmp(s, plover_types[i]))
            return 1;
    return 0;
}
