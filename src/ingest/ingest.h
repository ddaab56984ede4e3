/* ingest.h — private to the ingest stage: the document being built, the
 * per-file context used for diagnostics, and memory-based entry points of
 * each format's parser (used by reader.c, the unit tests and fuzz/). */
#ifndef PARLEY_INGEST_H
#define PARLEY_INGEST_H

#include <stddef.h>

#include "parley.h"

/* Largest single document (and largest HTML page or feed file). */
#define INGEST_MAX_DOC ((size_t)64 << 20)

/* Where diagnostics go and what they are prefixed with. errors counts the
 * non-fatal input errors reported through pl_ingest_error. */
typedef struct ingest_ctx {
    const char *origin;       /* file name used in messages */
    const char *default_date; /* opts->default_date or NULL */
    parley_log_fn log;
    void *log_ud;
    size_t errors;
    const char *name;         /* id of a document read whole from this
                                 file (text, HTML) that gives none; NULL
                                 for standard input */
} ingest_ctx;

/* A document under construction; every field owns its bytes. When title
 * is empty and title_len > 0, the title is text[title_off, +title_len). */
typedef struct ingest_doc {
    parley_buf id, date, title, text, url, source;
    size_t title_off, title_len;
    size_t line;
} ingest_doc;

void pl_ingest_doc_init(ingest_doc *d);
void pl_ingest_doc_reset(ingest_doc *d);
void pl_ingest_doc_release(ingest_doc *d);
/* Fills out with views into d (valid while d is unchanged). */
void pl_ingest_doc_view(const ingest_doc *d, const char *origin, parley_doc *out);

/* Logs "origin: what" (line == 0) or "origin:line: what". */
void pl_ingest_log(ingest_ctx *cx, int severity, size_t line, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Same at PARLEY_ERROR, and counts the error in cx->errors. */
void pl_ingest_error(ingest_ctx *cx, size_t line, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Appends cleaned text (pl_utf8_clean, all steps) to out and warns
 * "origin: byte N: invalid UTF-8 (K sequences replaced)" (or with :line
 * when line > 0) when bytes were replaced. 0 or PARLEY_ENOMEM. */
int pl_ingest_clean(ingest_ctx *cx, size_t line, parley_buf *out,
                 const char *p, size_t n);

/* Gives d a date when it has none: a dateline near the top of its text,
 * else cx->default_date, else none. */
int pl_ingest_finish_date(ingest_ctx *cx, ingest_doc *d);
/* Stores a metadata date value (pl_parse_date) in d->date; warns
 * and leaves it empty when it cannot be parsed. what names the field. */
int pl_ingest_set_date(ingest_ctx *cx, size_t line, ingest_doc *d,
                    const char *what, const char *s, size_t n);

/* Whether the first 4 KiB of p declare (after key, e.g. "charset=" or
 * "encoding=") a character set other than UTF-8. */
int pl_ingest_other_charset(const char *p, size_t n, const char *key);

/* ---- document ids (docid.c) ---- */

/* Appends "doc-" and 16 hex digits of a 64-bit FNV-1a hash of doc's
 * date, title, url, source and text: the id of a document that has no id
 * and no file name of its own. 0 or PARLEY_ENOMEM. */
int pl_ingest_content_id(parley_buf *b, const parley_doc *doc);
/* Appends path's last component without its extension ("d01" for
 * "docs/d01.txt"). 0 or PARLEY_ENOMEM. */
int pl_ingest_file_name_id(parley_buf *b, const char *path);
/* Gives d an id when it has none: cx->name for a document read whole from
 * a named file (whole_file), else pl_ingest_content_id. Call it before the
 * date is completed from a dateline or the default date, so that only a
 * date the input states is part of the content. 0 or PARLEY_ENOMEM. */
int pl_ingest_finish_id(ingest_ctx *cx, ingest_doc *d, int whole_file);

/* ---- dates (dateline.c) ---- */

/* Looks for a dateline in the first ~400 bytes of text: "2024-02-28",
 * "26 September 2023", "September 26, 2023", "Sept. 26, 2025",
 * "26.09.2023" (day first), month names full or abbreviated, with or
 * without dots. Writes "YYYY-MM-DD" and NUL into out. 1 found, 0 not. */
int pl_find_dateline(const char *text, size_t n, char out[11]);
/* A dateline with no year at the start of a line in the first ~400
 * bytes ("ISLAMABAD, Nov 3 (Reuters) -", "PARIS, 3 November -"), dated
 * in the year that puts it nearest to near ("YYYY-MM-DD"): the date the
 * caller gave for undated documents. 1 found, 0 not (or no near). */
int pl_find_dateline_yearless(const char *text, size_t n, const char *near, char out[11]);
/* Parses a metadata date value: ISO 8601 date or datetime, RFC 822
 * ("Tue, 26 Sep 2023 10:00:00 +0000", two-digit years too), and the
 * forms above; falls back to the first date found anywhere in s.
 * Impossible dates (month 13, Feb 30) are rejected. 1 or 0. */
int pl_parse_date(const char *s, size_t n, char out[11]);

/* ---- formats: memory entry points ---- */

/* Whole buffer → one document (text.c). 0 or PARLEY_ENOMEM. */
int pl_ingest_parse_text(ingest_ctx *cx, const char *p, size_t n, ingest_doc *d);

/* One JSON line (without its newline) → d (jsonl.c). Returns 1 when d
 * holds a document, 0 for a blank line, PARLEY_EPARSE for a bad line
 * (logged as "origin:line: ..." and counted), PARLEY_ENOMEM. */
int pl_ingest_parse_jsonl_line(ingest_ctx *cx, const char *p, size_t n,
                            size_t line, ingest_doc *d);

/* An HTML page → one document (html.c). A page without text gives empty
 * text and a warning. 0 or PARLEY_ENOMEM. */
int pl_ingest_parse_html(ingest_ctx *cx, const char *p, size_t n, ingest_doc *d);
/* The visible text of an HTML fragment or page, appended to out (not
 * NFC-normalised: pass it through pl_ingest_clean). 0 or PARLEY_ENOMEM. */
int pl_ingest_html_to_text(const char *p, size_t n, parley_buf *out);

/* libxml2 prints some errors on stderr (out of memory above all) whatever
 * the parse options; between begin and end (in one thread) they are
 * silenced, and nomem tells whether memory ran out during the parse. */
typedef void (*ingest_xml_err_fn)(void *, void *);
typedef struct ingest_xml_quiet {
    ingest_xml_err_fn old_fn;
    void *old_ctx;
    int nomem;
    void *parser; /* the parser context to stop when memory runs out */
} ingest_xml_quiet;
void pl_ingest_xml_quiet_begin(ingest_xml_quiet *q);
void pl_ingest_xml_quiet_end(ingest_xml_quiet *q);

/* The visible text under a libxml2 node (an xmlNode *), appended to out
 * with the same rules as a page's text. 0 or PARLEY_ENOMEM. */
int pl_ingest_node_text(void *node, parley_buf *out);

/* An RSS 2.0 / Atom feed → documents (feed.c). *docs is an array of
 * *ndocs documents owned by the caller (pl_ingest_docs_free). Items without
 * text are logged, counted and left out. Returns 0, PARLEY_EPARSE when
 * the bytes are not a feed (logged, counted), or PARLEY_ENOMEM. */
int pl_ingest_parse_feed(ingest_ctx *cx, const char *p, size_t n,
                      ingest_doc **docs, size_t *ndocs);
void pl_ingest_docs_free(ingest_doc *docs, size_t ndocs);

/* ---- the input formats (formats.c: the table; a row in each format's
 * own file) ---- */

/* An input format: its name, the file extensions that select it, a few
 * words of help, and its reader. A format is read whole (whole: one
 * document into *one with *ndocs = 1, or an array *many of *ndocs that
 * the reader frees with pl_ingest_docs_free; 0 documents is no error) or
 * line by line (line: as pl_ingest_parse_jsonl_line). sniff recognises it
 * from the first n bytes of standard input (eof: no more will come): 1
 * yes, 0 no, -1 more bytes needed; NULL for the fallback format. */
typedef struct pl_input_format {
    const char *name;
    const char *exts;  /* space-separated, without dots; case ignored */
    const char *help;
    const char *unit;  /* what one file is, in messages: "document", "feed" */
    int (*sniff)(const char *p, size_t n, int eof);
    int (*whole)(ingest_ctx *cx, const char *p, size_t n, ingest_doc *one,
                 ingest_doc **many, size_t *ndocs);
    int (*line)(ingest_ctx *cx, const char *p, size_t n, size_t line,
                ingest_doc *d);
} pl_input_format;

extern const pl_input_format pl_in_text, pl_in_jsonl, pl_in_html, pl_in_feed;

/* Format number f (enum parley_format; 0 is auto), or NULL for auto and
 * unknown numbers. */
const pl_input_format *pl_input_format_get(int f);
/* The format a file name's extension selects; the fallback (text) for
 * none or an unknown one. */
const pl_input_format *pl_input_format_by_ext(const char *path);
/* The format the first n bytes of standard input show, the fallback when
 * none claims them, or NULL when more bytes are needed (never at eof). */
const pl_input_format *pl_input_format_sniff(const char *p, size_t n, int eof);
/* The first byte of p[0, n) that is no blank and no UTF-8 byte order
 * mark: its index, or n. For the sniffers. */
size_t pl_input_skip_blank(const char *p, size_t n);

#endif
