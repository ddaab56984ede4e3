/* bridge.h — the community's CAMEO dictionaries inside parley_code: their
 * events as candidates of the built-in path (stage 6), with country,
 * organisation, date and place found the same way. Private. */
#ifndef PARLEY_CAMEO_BRIDGE_H
#define PARLEY_CAMEO_BRIDGE_H

#include "cameo/cameo.h"
#include "events/events.h"

typedef struct dict_cands {
    cand_vec cv;        /* the dictionary's events, in sentence order */
    const char **codes; /* 2 per candidate: the source's and the target's
                           actor codes as the dictionaries give them */
} dict_cands;

/* Codes every sentence of td (tokens made and annotated by parley_code)
 * with c and returns the events as candidates in out (memory from a):
 * their row of the event table of lx by the event code; source and target
 * with the country and organisation their codes name (lexicon's CAMEO
 * columns: "RUSMIL" is Russia, "IGOUNO" the UN); date, place and topics
 * set by attributes.c as for built-in events (the dictionaries' issues
 * first among the topics). Left out: events whose two sides are one
 * party (a state and its government), and events that repeat one of
 * the built-in candidates in builtin (same sentence, type and parties),
 * unless the built-in one knows less of a party (no country and no
 * organisation where the dictionaries give one): then that built-in
 * candidate is set aside (merged_into set) and the dictionary's kept.
 * as0 is the attribute state the built-in path began td with
 * (pl_attributes_init with the document's date, and pl_attributes_keep:
 * the dates and places it found are not looked for again), copied;
 * code_date the date for date-restricted actor codes (the document's,
 * or the --date default).
 * negated: keep negated events ("would not help"), marked; else, as the
 * built-in grammar does by default, leave them out. unreal (or NULL): a
 * byte per token, set on verbs that tell of no act done
 * (pl_events_unreal); events on those verbs are left out.
 * skip (or NULL): a byte per sentence, set on the sentences the
 * dictionaries leave to the built-in grammar (cameo_run.skip).
 * Returns 0 or PARLEY_ENOMEM. */
int pl_cameo_cands(arena *a, const parley_cameo *c, const parley_lexicon *lx,
                const text_doc *td, const attr_state *as0, int32_t code_date,
                int negated, const uint8_t *unreal, const uint8_t *skip,
                cand_vec *builtin, dict_cands *out);

#endif
