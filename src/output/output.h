/* output.h — private to the sinks (stage 9): the event as every output
 * format sees it, whether just coded or read back from the store, and the
 * table of output formats (formats.c) that `code`, `export` and `query`
 * all take their --format names from. */
#ifndef PARLEY_OUTPUT_H
#define PARLEY_OUTPUT_H

#include "parley.h"

/* Appends the contract line of ev (with '\n') for the document whose id
 * is doc_id; "text" is *ev_text, or null when ev_text is NULL. The bytes
 * are those parley_write_json writes for a document with that id whose
 * text holds ev_text at the event's span. Returns 0 or PARLEY_ENOMEM. */
int pl_output_json_event(parley_buf *b, parley_str doc_id,
                      const parley_event *ev, const parley_str *ev_text);

/* One event as a writer sees it: views, nothing owned. Made from a coded
 * document (pl_out_from_doc) or from a store row (pl_out_from_row), so
 * that both give the same bytes for the same event. */
typedef struct pl_out_event {
    const parley_event *ev;
    parley_str doc;             /* document id */
    parley_str id;              /* event id "doc:sentence:n"; p NULL:
                                   made from doc, sentence and seq */
    parley_str date, title, url, source; /* the document's metadata */
    parley_str text;            /* the evidence sentence; p NULL: unknown */
    size_t index;               /* its position in its document's result */
    const char *json;           /* the stored contract line, or NULL */
    size_t nmerged;             /* one-a-day rows: events it stands for
                                   (ids/docs/texts, its own first); 0 or 1
                                   for a single event */
    const char *const *ids, *const *docs, *const *texts;
} pl_out_event;

/* Fills o for event ev (number index) of doc. The document id is doc->id,
 * else parley_doc_id's, made in idbuf (reset first; keep it while o is
 * used). Returns 0 or PARLEY_ENOMEM. */
int pl_out_from_doc(pl_out_event *o, parley_buf *idbuf, const parley_doc *doc,
                    const parley_event *ev, size_t index);

/* Appends the event id of e ("doc:sentence:n"). 0 or PARLEY_ENOMEM. */
int pl_out_add_id(parley_buf *b, const pl_out_event *e);

/* Appends the JSON array [{"id", "doc", "text"}, ...] of a one-a-day
 * row's merged events (jsonl.c). 0 or PARLEY_ENOMEM. */
int pl_out_merged_json(parley_buf *b, const pl_out_event *e);

/* An output format: one row of the table in formats.c, defined in the
 * format's own file. header may be NULL (no header line); row appends the
 * event with its newline (or nothing, for an event the format cannot
 * express) and returns 0 or PARLEY_ENOMEM. */
typedef struct pl_out_format {
    const char *name;
    const char *alias;  /* another name accepted for it, or NULL */
    const char *help;   /* a few words for --help */
    int (*header)(parley_buf *b);
    int (*row)(parley_buf *b, const pl_out_event *e);
} pl_out_format;

/* The format numbered f (enum parley_export_format), or NULL. */
const pl_out_format *pl_out_format_get(int f);

#endif
