/* output.h — private entry points of the sinks (stage 9) for the store,
 * which rebuilds contract lines from what it keeps rather than from a
 * document: the same writer, given the evidence text directly. */
#ifndef PARLEY_OUTPUT_H
#define PARLEY_OUTPUT_H

#include "parley.h"

/* Appends the contract line of ev (with '\n') for the document whose id
 * is doc_id; "text" is *ev_text, or null when ev_text is NULL. The bytes
 * are those parley_write_json writes for a document with that id whose
 * text holds ev_text at the event's span. Returns 0 or PARLEY_ENOMEM. */
int pl_output_json_event(parley_buf *b, parley_str doc_id,
                      const parley_event *ev, const parley_str *ev_text);

#endif
