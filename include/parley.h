/* parley.h — the one public header of libparley, an event coder for news
 * about diplomacy. Everything not declared here is private. The pipeline
 * (ingest → text → lexicon → mentions → coreference → events → attributes
 * → merge → sinks) is described in DESIGN.md; this header exposes its ends:
 * readers that turn files into documents, the coder that turns a document
 * into events, and writers that turn events into JSON lines or TSV.
 *
 * Conventions. Functions return int: 0 (PARLEY_OK) or a positive count on
 * success, a negative PARLEY_E* code on failure. The library never prints
 * and never exits; diagnostics about input go to an optional log callback
 * as one line "where: what" (where = file:line or file: byte N). Text is
 * (pointer, length) — parley_str — and is UTF-8; strings returned as
 * const char * are NUL-terminated and owned by the object they came from.
 */
#ifndef PARLEY_H
#define PARLEY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PARLEY_VERSION "0.1.0"

/* PARLEY_API marks every function of this header (in SQLite's manner of
 * SQLITE_API). The library is compiled with -fvisibility=hidden, so these
 * are the only symbols libparley.so exports: whatever else the library
 * defines stays private to it, whatever its name. Define PARLEY_API
 * before including this header to override it (e.g. empty). */
#ifndef PARLEY_API
#if defined(__GNUC__) && __GNUC__ >= 4
#define PARLEY_API __attribute__((visibility("default")))
#else
#define PARLEY_API
#endif
#endif

/* ---- errors ----------------------------------------------------------- */

/* One list makes both the codes and their messages (parley_strerror). */
#define PARLEY_ERRNO_MAP(XX)                                   \
    XX(NOMEM, -1, "out of memory")                             \
    XX(IO, -2, "input/output error")                           \
    XX(PARSE, -3, "malformed input")                           \
    XX(UTF8, -4, "invalid UTF-8")                              \
    XX(INVAL, -5, "invalid argument")                          \
    XX(NOENT, -6, "no such file or directory")                 \
    XX(TOOBIG, -7, "input too large")                          \
    XX(DB, -8, "database error")                               \
    XX(BUSY, -9, "database is locked")                         \
    XX(READONLY, -10, "database is read-only")                 \
    XX(SCHEMA, -11, "database schema is newer than this parley")

enum parley_errno {
    PARLEY_OK = 0,
#define PARLEY_XX_(name, code, msg) PARLEY_E##name = (code),
    PARLEY_ERRNO_MAP(PARLEY_XX_)
#undef PARLEY_XX_
};

/* Message for a PARLEY_E* code; never NULL (unknown codes get a generic
 * message). The string is static. */
PARLEY_API const char *parley_strerror(int err);

/* ---- diagnostics ------------------------------------------------------ */

enum parley_severity {
    PARLEY_TRACE = 0,   /* the coder's trace, when parley_code_opts.trace */
    PARLEY_WARNING = 1,
    PARLEY_ERROR = 2
};

/* Receives one formatted line without trailing newline, e.g.
 * "news.jsonl:12: expected a JSON object". msg is valid only during the
 * call. ud is the pointer given with the callback. */
typedef void (*parley_log_fn)(void *ud, int severity, const char *msg);

/* ---- strings and buffers ---------------------------------------------- */

typedef struct parley_str {
    const char *p; /* not NUL-terminated in general; NULL when n == 0 */
    size_t n;
} parley_str;

/* A growable byte buffer (after git's strbuf). Always NUL-terminated
 * after any successful call, so b.p is usable as a C string. Initialise
 * with PARLEY_BUF_INIT or parley_buf_init; release with parley_buf_release.
 * Append functions return 0 or PARLEY_ENOMEM (the buffer is then unchanged
 * but still valid). */
typedef struct parley_buf {
    char *p;
    size_t n, cap;
} parley_buf;
#define PARLEY_BUF_INIT {NULL, 0, 0}

PARLEY_API void parley_buf_init(parley_buf *b);
PARLEY_API void parley_buf_release(parley_buf *b);
/* Hands the bytes to the caller (free() them); the buffer is reset. */
PARLEY_API char *parley_buf_detach(parley_buf *b, size_t *n);
PARLEY_API void parley_buf_reset(parley_buf *b);
PARLEY_API int parley_buf_grow(parley_buf *b, size_t extra);
PARLEY_API int parley_buf_add(parley_buf *b, const void *p, size_t n);
PARLEY_API int parley_buf_adds(parley_buf *b, const char *s);
PARLEY_API int parley_buf_addc(parley_buf *b, char c);
PARLEY_API int parley_buf_addf(parley_buf *b, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends s as a JSON string literal (with quotes); invalid UTF-8 bytes
 * are written as U+FFFD. A NULL s.p with n == 0 writes "". */
PARLEY_API int parley_buf_add_json(parley_buf *b, parley_str s);
/* Append a number in decimal without printf: the same bytes as "%" PRIu64
 * and "%" PRId64. */
PARLEY_API int parley_buf_add_uint(parley_buf *b, uint64_t v);
PARLEY_API int parley_buf_add_int(parley_buf *b, int64_t v);
/* Appends v with a fixed number of decimals (0 to 3), the same bytes as
 * printf's "%.*f": the exact binary value correctly rounded, ties to
 * even, a '-' for every negative value and for -0.0 ("-0.0"). Values of
 * 1e15 and more, NaN and infinities go through snprintf. */
PARLEY_API int parley_buf_add_fixed(parley_buf *b, double v, int decimals);

/* ---- documents and readers (ingest) ----------------------------------- */

/* A document as read. All fields are views owned by the reader and valid
 * until the next parley_reader_next/parley_reader_close. Missing fields
 * have n == 0. text is UTF-8, NFC-normalised, with invalid bytes replaced
 * by U+FFFD (reported through the log); spans of events are byte offsets
 * into text. date is "YYYY-MM-DD" when known. */
typedef struct parley_doc {
    parley_str id, date, title, text, url, source;
    const char *origin; /* file the document came from ("-" for stdin) */
    size_t line;        /* 1-based line in origin (JSON lines), else 0 */
} parley_doc;

/* The input formats: one table (src/ingest/formats.c) gives their names,
 * extensions and readers. These have constants; a format added to the
 * table after them is numbered by its place (parley_format_from_name). */
enum parley_format {
    PARLEY_FORMAT_AUTO = 0, /* from the file name's extension; standard
                               input from its first bytes */
    PARLEY_FORMAT_TEXT,     /* .txt and anything unknown */
    PARLEY_FORMAT_JSONL,    /* .jsonl, .ndjson */
    PARLEY_FORMAT_HTML,     /* .html, .htm */
    PARLEY_FORMAT_FEED      /* .rss, .atom, .xml: RSS 2.0 or Atom */
};

/* 1 when s is a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists
 * (month 1 to 12, the day within its month, leap years counted), else 0.
 * The one check behind --date, --from/--to and the API's from/to. */
PARLEY_API int parley_date_valid(const char *s);

/* 1 when s is one of the 16 PLOVER event types (AGREE, CONSULT, SUPPORT,
 * CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
 * PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT), case ignored; else 0. */
PARLEY_API int parley_plover_type_valid(const char *s);

/* Name ("auto", "text", "jsonl", "html", "feed", ...) to the format's
 * number; -1 if unknown. */
PARLEY_API int parley_format_from_name(const char *name);
/* The name and a few words of help of input format number i (0 is
 * "auto"); NULL past the last, so that a loop lists them all. Static. */
PARLEY_API const char *parley_format_name(int format);
PARLEY_API const char *parley_format_help(int format);

typedef struct parley_ingest_opts {
    int format;               /* enum parley_format */
    const char *default_date; /* "YYYY-MM-DD" or NULL: used when neither
                                 metadata nor a dateline gives a date */
    parley_log_fn log;        /* may be NULL */
    void *log_ud;
    /* parley_reader_open: the id of a document read whole from the file
     * (text, HTML) when it gives none of its own; NULL: the file's name
     * without directory and extension. Not used for standard input, JSON
     * lines and feed items: those documents without an id of their own
     * get "doc-" and 16 hex digits of a hash of their content (see
     * parley_doc_id). Copied. */
    const char *name;
} parley_ingest_opts;

typedef struct parley_reader parley_reader;

/* Opens path ("-" is standard input) for reading documents. A directory
 * is not accepted here: see parley_walk. On failure *out is NULL, the
 * cause was logged, and PARLEY_ENOENT, PARLEY_EIO, PARLEY_ENOMEM or
 * PARLEY_EINVAL (opts->format is no format's number) is returned.
 * opts is copied; it may be NULL. */
PARLEY_API int parley_reader_open(parley_reader **out, const char *path,
                       const parley_ingest_opts *opts);
/* Reads the next document into *doc. Returns 1 when a document was read,
 * 0 at the end, negative on a fatal error (already logged). Malformed
 * records (a bad JSON line, a feed item without text) are logged and
 * skipped, and counted in parley_reader_errors. */
PARLEY_API int parley_reader_next(parley_reader *r, parley_doc *doc);
/* Non-fatal input errors seen so far. */
PARLEY_API size_t parley_reader_errors(const parley_reader *r);
PARLEY_API void parley_reader_close(parley_reader *r);

/* Reading and parsing apart, for callers that parse in other threads.
 * parley_reader_next_record hands out each JSON line unparsed, so that the
 * expensive part of reading (JSON, UTF-8 repair, NFC, dates) can run
 * wherever the caller likes through a parley_parser; the formats read
 * whole (text, HTML, feeds) come out parsed as with parley_reader_next. */
typedef struct parley_record {
    int parsed;         /* 1: doc is the document; 0: raw is a JSON line */
    parley_str raw;     /* the line without its newline, when !parsed */
    const char *origin; /* file name ("-" for stdin), owned by the reader */
    size_t line;        /* 1-based line number (JSON lines), else 0 */
    parley_doc doc;     /* when parsed */
} parley_record;

/* Reads the next record. Blank JSON lines are skipped; lines too large to
 * be a document are reported here and skipped (counted in
 * parley_reader_errors). Views are owned by the reader and valid until
 * its next call. Returns 1, 0 at the end, or a negative code on a fatal
 * error (logged). Do not mix with parley_reader_next on one reader. */
PARLEY_API int parley_reader_next_record(parley_reader *r, parley_record *rec);

/* Turns records into documents. A parser keeps the buffers of the last
 * document between calls, so give each thread its own; parsers share
 * nothing. */
typedef struct parley_parser parley_parser;

/* opts->default_date (copied) and opts->log/log_ud serve as in
 * parley_reader_open; opts->format is ignored; opts may be NULL. Returns
 * 0 or PARLEY_ENOMEM (*out is then NULL). */
PARLEY_API int parley_parser_new(parley_parser **out, const parley_ingest_opts *opts);
/* Sends the messages of the following parley_parse_record calls to log
 * (may be NULL: none) with ud, e.g. to keep each record's messages apart. */
PARLEY_API void parley_parser_set_log(parley_parser *ps, parley_log_fn log, void *ud);
/* Parses rec into *doc, with the same document and the same messages
 * ("origin:line: what") that parley_reader_next gives for that line.
 * Returns 1 when *doc is a document, 0 when the record holds none (a
 * blank line), PARLEY_EPARSE or PARLEY_ETOOBIG for a malformed record
 * (logged; an input error for the caller to count), or PARLEY_ENOMEM.
 * doc's views are owned by ps and valid until its next call; for a record
 * that is already parsed, *doc is rec->doc (the reader's views). */
PARLEY_API int parley_parse_record(parley_parser *ps, const parley_record *rec,
                        parley_doc *doc);
PARLEY_API void parley_parser_free(parley_parser *ps);

/* Calls fn for path itself when it is a file (or "-"), or for every
 * regular file under it, recursively, in byte-wise sorted order of path
 * names; hidden files (".name") are skipped. Stops early and returns fn's
 * value when fn returns non-zero. Unreadable entries are logged and
 * returned as PARLEY_ENOENT/PARLEY_EIO after the walk completes. */
PARLEY_API int parley_walk(const char *path, int (*fn)(void *ud, const char *file),
                void *ud, parley_log_fn log, void *log_ud);

/* ---- lexicon ---------------------------------------------------------- */

/* All dictionaries compiled into one read-only structure. Safe to share
 * between threads once loaded. */
typedef struct parley_lexicon parley_lexicon;

typedef struct parley_lexicon_opts {
    const char *user_dir; /* NULL, or a directory whose files add to or
                             override the built-in ones (same names and
                             formats as data/) */
    int no_builtin;       /* 1: do not load the embedded dictionaries */
    parley_log_fn log;    /* malformed lines: "file:line: what" */
    void *log_ud;
} parley_lexicon_opts;

/* Loads and compiles. Malformed dictionary lines are logged and skipped;
 * their number is stored in *bad_lines when bad_lines is not NULL.
 * Returns 0, PARLEY_ENOMEM or PARLEY_EIO/PARLEY_ENOENT (user_dir). */
PARLEY_API int parley_lexicon_load(parley_lexicon **out, const parley_lexicon_opts *o,
                        size_t *bad_lines);
PARLEY_API void parley_lexicon_free(parley_lexicon *lx);

/* ---- events ----------------------------------------------------------- */

/* One participant of an event. Strings are NULL when unknown. */
typedef struct parley_actor {
    parley_str text;     /* the mention as written: a view into doc text */
    const char *name;    /* person's full name */
    const char *role;    /* office, e.g. "Minister of Foreign Affairs" */
    const char *country; /* ISO 3166-1 alpha-3 */
    const char *org;     /* organisation acronym, e.g. "UN", "WHO" */
    const char *code;    /* CAMEO actor code, e.g. "KAZGOV", "IGOUNO" */
    const char *sector;  /* CAMEO-style sector of a group or office, e.g.
                            "GOV", "MIL", "COP", "OPP", or NULL */
} parley_actor;

typedef struct parley_place {
    const char *name;    /* NULL when no place is known */
    const char *country; /* ISO alpha-3 or NULL */
    double lat, lon;     /* valid when has_coords */
    int has_coords;
} parley_place;

#define PARLEY_MAX_TOPICS 8

typedef struct parley_event {
    const char *type;  /* PLOVER type, e.g. "CONSULT" */
    const char *mode;  /* PLOVER mode or NULL, e.g. "meet", "sign" */
    const char *cameo; /* CAMEO event code, e.g. "040" */
    int quad;          /* QuadClass 1..4 */
    double goldstein;
    parley_actor source, target;
    const char *date; /* "YYYY-MM-DD", "YYYY-MM", "YYYY", or NULL */
    const char *date_precision; /* "day", "month", "year"; NULL with no date */
    const char *coder; /* "builtin" (parley's grammar and lexicon) or
                          "dictionary" (community CAMEO dictionaries) */
    parley_place place;
    const char *topics[PARLEY_MAX_TOPICS];
    size_t ntopics;
    int negated;
    size_t sentence;   /* 0-based sentence index in the document */
    size_t seq;        /* 1-based number of the event in its sentence */
    size_t span[2];    /* byte offsets of the evidence sentence in text */
    size_t nextra;     /* further evidence sentences merged into this one */
    const size_t *extra_spans; /* 2 * nextra offsets */
    const size_t *extra_sentences; /* nextra sentence indexes */
} parley_event;

/* The coding of one document: its events and sentences. Owned by the
 * caller; everything in it is freed by parley_result_free. */
typedef struct parley_result parley_result;

struct parley_cameo; /* CAMEO dictionaries, see that section below */

typedef struct parley_code_opts {
    parley_log_fn log;
    void *log_ud;
    /* The community's CAMEO dictionaries (parley_cameo_load), or NULL.
     * They code the sentences the built-in grammar finds no event in
     * (all of them with dict_every); their events
     * (coder "dictionary") get country and organisation from their codes
     * and date and place as built-in events do, and join the built-in
     * events in one list by sentence; an event both coders find is there
     * once (README, "Community dictionaries"). */
    const struct parley_cameo *cameo;
    const char *default_date; /* for date-restricted actor codes when the
                                 document has no date; may be NULL */
    int trace; /* 1: send each sentence and the actor mentions found in it
                  to log as PARLEY_TRACE lines (a development aid) */
    int negated; /* 1: also code negated events ("did not meet"), with
                    negated set; by default they are not coded */
    int dict_every; /* 1: the dictionaries (cameo) code every sentence;
                       by default they code only the sentences in which
                       the built-in grammar finds no event */
} parley_code_opts;

/* Codes one document. doc must stay valid until the result is used up
 * only for the views in parley_actor.text; all other strings are copied.
 * Returns 0 or PARLEY_ENOMEM (then *out is NULL). */
PARLEY_API int parley_code(const parley_lexicon *lx, const parley_doc *doc,
                const parley_code_opts *o, parley_result **out);
PARLEY_API size_t parley_result_count(const parley_result *r);
PARLEY_API const parley_event *parley_result_event(const parley_result *r, size_t i);
/* Sentence i's byte span in the document text; returns 0, or
 * PARLEY_EINVAL when i is out of range. */
PARLEY_API size_t parley_result_sentences(const parley_result *r);
PARLEY_API int parley_result_sentence(const parley_result *r, size_t i, size_t span[2]);
/* The document date the coder used ("YYYY-MM-DD") or NULL. */
PARLEY_API const char *parley_result_doc_date(const parley_result *r);
PARLEY_API void parley_result_free(parley_result *r);

/* ---- batches: coding on threads, results in input order --------------- */

/* A batch codes a stream of documents on worker threads and hands each
 * one back in the order it was submitted, in the thread that submits
 * (the engine of `parley code -j N` and `parley ingest -j N`). What it
 * hands back is the same for every number of threads: the documents, their
 * results, the order of the callbacks and the messages logged. Memory is
 * bounded: at most `queue` documents are in flight and, past the first,
 * at most max_bytes of their bytes, so the submitter waits (handing out
 * finished documents meanwhile) rather than the queue growing.
 *
 * Usage: parley_batch_new; parley_batch_submit or
 * parley_batch_submit_record for every document, in order (each may call
 * opts.done for earlier ones); parley_batch_finish to hand out the rest;
 * parley_batch_free. One thread submits; a batch is not itself shared. */
typedef struct parley_batch parley_batch;

/* One submission, handed to opts.done in input order. Everything in it is
 * owned by the batch and valid only during the call. */
typedef struct parley_batch_item {
    size_t seq;                  /* 0-based place among the submissions */
    const parley_doc *doc;       /* the document (its id as admit left it),
                                    NULL when the submission held none: a
                                    blank or malformed JSON line */
    const parley_result *result; /* its coding, NULL when not coded */
    parley_str out;              /* what opts.render appended for it */
    int verdict;                 /* admit's return value (0: not coded);
                                    1 when there is no admit; 0 without doc */
    int malformed;               /* 1: parley_parse_record rejected the
                                    record (logged): an input error */
    int err;                     /* 0, or the PARLEY_E* code (out of memory,
                                    admit's) that stopped this document,
                                    already logged as "origin: message" */
} parley_batch_item;

typedef struct parley_batch_opts {
    int threads;      /* worker threads, 0 to 1024. 0: every document is
                         coded in parley_batch_submit's own thread and
                         handed out before it returns (with group: when
                         its group is coded, see below); so it is too
                         when no thread can be started */
    size_t queue;     /* documents in flight at most; 0: 4 * threads + 4 */
    size_t max_bytes; /* queued bytes that make submit wait; 0: 64 MiB */
    /* parley_code's options; code.log and code.log_ud are not used (the
     * coder's messages go to log below). code.default_date also serves
     * the parsers of JSON lines, as parley_ingest_opts.default_date. */
    parley_code_opts code;
    /* Every message of parsing, admitting and coding a document, and
     * those given to parley_batch_log, in input order, from the submitting
     * thread, before that document's done. May be NULL. */
    parley_log_fn log;
    void *log_ud;
    /* Optional, called in input order and one at a time (possibly from a
     * worker thread) for every document before it is coded (not for a
     * submission that holds none). It may change doc's fields, pointing them
     * into scratch (a buffer of this submission's, empty at the call), and
     * log with log(log_ud, ...). Returns 0 not to code the document, a
     * positive value (item.verdict) to code it, or a negative PARLEY_E*
     * code (item.err): e.g. a registry of the ids seen so far. */
    int (*admit)(void *ud, parley_doc *doc, parley_buf *scratch,
                 parley_log_fn log, void *log_ud);
    /* Optional, called on a worker thread (several at once) for every
     * coded document: appends the bytes to hand out (item.out) to out,
     * e.g. its events formatted. Returns 0 or a PARLEY_E* code (item.err). */
    int (*render)(void *ud, const parley_doc *doc, const parley_result *res,
                  parley_buf *out);
    /* Required: receives every submission in input order, in the
     * submitting thread. A non-zero return stops the batch: no more
     * callbacks, and submit and finish return that value. */
    int (*done)(void *ud, const parley_batch_item *item);
    void *ud;         /* for admit, render and done */
    /* Code up to this many documents together (0 or 1: one at a time).
     * A group runs each built-in stage of a sentence over all its
     * documents (their first sentences, then their second ones, ...),
     * then the community's dictionaries (code.cameo) over them all,
     * which is faster: each stage's code stays in the processor's cache.
     * With threads, a worker takes up to this many queued documents (its
     * share of the queue) at once. Without, the documents of a group are
     * handed out (in input order, each after its messages, as ever) when
     * it is coded, not before submit returns: once it is full, its texts
     * reach 64 KiB or one of more than 32 KiB comes, and at finish.
     * Output and messages are the same as without groups. */
    size_t group;
} parley_batch_opts;

/* Makes a batch coding with lx (shared, read-only; it must outlive the
 * batch) and starts its threads. opts is copied (opts->code.cameo must
 * outlive the batch). Returns 0, PARLEY_EINVAL (opts NULL, no done,
 * threads out of range) or PARLEY_ENOMEM; *out is NULL on failure. */
PARLEY_API int parley_batch_new(parley_batch **out, const parley_lexicon *lx,
                                const parley_batch_opts *opts);
/* Worker threads running: opts.threads, fewer when some could not be
 * started, 0 when the batch codes in the submitting thread. */
PARLEY_API int parley_batch_threads(const parley_batch *b);
/* Queues a copy of doc (its views need not outlive the call). Returns 0,
 * done's non-zero value once the batch is stopped, or PARLEY_ENOMEM (the
 * document was not queued). */
PARLEY_API int parley_batch_submit(parley_batch *b, const parley_doc *doc);
/* Queues a copy of a record of parley_reader_next_record: a JSON line is
 * parsed on a worker (its messages and errors as parley_parse_record's,
 * in order), a parsed record is taken as its document. Returns as
 * parley_batch_submit. */
PARLEY_API int parley_batch_submit_record(parley_batch *b, const parley_record *rec);
/* A parley_log_fn for the submitting thread's own messages (ud: the
 * batch): msg is logged after the messages of every document submitted
 * before it, e.g. a reader's, given as its log, about the record after
 * them. If it cannot be kept (out of memory), "out of memory: messages
 * were lost" is logged in its place. */
PARLEY_API void parley_batch_log(void *batch, int severity, const char *msg);
/* Hands out every queued document (done), then logs the messages still
 * held. Returns 0 or done's non-zero value. The batch stays usable. */
PARLEY_API int parley_batch_finish(parley_batch *b);
/* Stops the threads and frees everything; documents not yet handed out
 * are dropped without a callback (call parley_batch_finish first to have
 * them). NULL is a no-op. */
PARLEY_API void parley_batch_free(parley_batch *b);

/* ---- sinks ------------------------------------------------------------ */

/* The document id (README, "Document ids"): doc->id, which the readers
 * always fill in; else, for a document built by hand, the origin file's
 * name without directory and extension when origin names a file and
 * line is 0; else "doc-" and 16 hex digits of a 64-bit FNV-1a hash of
 * its date, title, url, source and text, so that the same document gets
 * the same id in every shard of a corpus. Appends to b; 0 or
 * PARLEY_ENOMEM. */
PARLEY_API int parley_doc_id(parley_buf *b, const parley_doc *doc);
/* The 64-bit FNV-1a hash of doc's date, title, url, source and text (each
 * preceded by its length), the one behind the ids of documents without
 * one; the same bytes give the same hash on every machine. */
PARLEY_API uint64_t parley_doc_hash(const parley_doc *doc);

/* Appends one JSON line (with '\n') for event number `index` (0-based,
 * its position in the result) of doc, following the event contract.
 * Returns 0 or PARLEY_ENOMEM. */
PARLEY_API int parley_write_json(parley_buf *b, const parley_doc *doc,
                      const parley_event *ev, size_t index);
/* Appends one Phoenix-style TSV line: the "phoenix-tsv" format (see
 * README for the columns; the "tsv" format is another layout). */
PARLEY_API int parley_write_tsv(parley_buf *b, const parley_doc *doc,
                     const parley_event *ev, size_t index);
/* The TSV header line (with '\n'). */
PARLEY_API int parley_write_tsv_header(parley_buf *b);

/* ---- evaluation ---- */

/* Scores predicted events (the JSON-lines contract above) against gold
 * events (eval/README.md: {doc, type, a, b, directed?, optional?, date?,
 * place?, mode?}). Usage: parley_eval_new, load gold and predictions (any
 * number of times each; lines accumulate), optionally declare the
 * evaluated set of documents (parley_eval_load_docs, parley_eval_add_doc),
 * parley_eval_score, read the report, parley_eval_free.
 *
 * Matching, per document: a prediction and a gold event are compatible
 * when their types are equal and their participants match, gold a =
 * source and b = target, or either way round unless the gold is
 * directed. A gold participant with a name matches a predicted one whose
 * name contains the gold surname (its last token; tokens are split at
 * spaces and hyphens; case and diacritics are ignored). In lenient mode
 * it also matches on country or org; in strict mode only the name
 * counts. A gold participant without a name matches on country or on
 * org; a gold org that is a UN body (OHCHR, WHO, WIPO, ... — the list is
 * in src/eval/score.c) also matches the predicted org "UN", but gold "UN"
 * does not match a predicted UN body. Predictions are matched one-to-one
 * to required gold events by maximum bipartite matching (true positives);
 * the remaining predictions are matched to optional gold events (ignored);
 * the rest are false positives; unmatched required gold events are false
 * negatives. Of the modes only "sign" (ASCII case ignored) counts: a gold
 * signing is compatible only with a prediction whose mode is "sign", and
 * a predicted signing only with a gold signing; other modes are free.
 *
 * Every document of the evaluated set counts. Without a declared set,
 * the documents are those named by gold or prediction lines, and the
 * predictions of a document without gold lines are false positives
 * (logged as a warning). Once a set is declared, its documents with
 * predictions but no gold lines are scored the same way (no warning); gold
 * and prediction lines of a document outside the set are not scored:
 * each such document is logged as an error ("file:line: document "ID" is
 * not in the evaluated set; ...", naming its first line) and counted in
 * the report's gold_outside / pred_outside. */
typedef struct parley_eval parley_eval;

typedef struct parley_eval_opts {
    parley_log_fn log; /* malformed lines: "file:line: what"; may be NULL */
    void *log_ud;
} parley_eval_opts;

/* One participant as written in the input; NULL fields are absent. */
typedef struct parley_eval_party {
    const char *name, *country, *org;
} parley_eval_party;

/* A gold event (a miss) or a predicted event (an extra). a/b are the gold
 * a/b, or the prediction's source/target. */
typedef struct parley_eval_item {
    const char *doc, *type;
    parley_eval_party a, b;
    const char *date, *place; /* NULL when absent */
    int directed;             /* gold: directed: true */
    int duplicate;            /* extra: compatible with a gold event that
                                 another prediction matched (a copy) */
    const char *file;         /* the name given when loading */
    size_t line;              /* 1-based line in that input */
    const char *mode;         /* the line's mode as written, or NULL */
} parley_eval_item;

typedef struct parley_eval_counts {
    size_t tp, fp, fn;
    size_t ignored;      /* predictions that matched optional gold */
    double p, r, f1;     /* 0 when undefined */
} parley_eval_counts;

/* Counts for one event type; tp and fn by gold type, fp by predicted
 * type. */
typedef struct parley_eval_type {
    const char *type;
    size_t tp, fp, fn;          /* strict */
    size_t ltp, lfp, lfn;       /* lenient */
} parley_eval_type;

typedef struct parley_eval_report {
    parley_eval_counts strict, lenient;
    /* Over strict true positives whose gold gives a date (place): how many
     * predictions have it right (date: the gold date is a prefix of the
     * predicted one; place: same name, case and diacritics ignored). */
    size_t date_ok, date_n, place_ok, place_n;
    const parley_eval_type *types; /* sorted by type name */
    size_t ntypes;
    const parley_eval_item *misses; /* strict false negatives, input order */
    size_t nmisses;
    const parley_eval_item *extras; /* strict false positives, input order */
    size_t nextras;
    size_t gold_events, pred_events; /* well-formed lines loaded */
    size_t gold_errors, pred_errors; /* malformed lines skipped */
    size_t pred_unknown_docs; /* predicted documents without gold events */
    /* The evaluated set; all 0 and NULL when none was declared. */
    int doc_set;                     /* 1 when a set was declared */
    size_t set_docs;                 /* distinct documents in it */
    size_t set_docs_gold;            /* of them, with gold lines */
    size_t set_docs_pred;            /* of them, with predictions */
    const char *const *empty_docs;   /* with neither: ids, sorted */
    size_t nempty_docs;
    size_t gold_outside, pred_outside; /* well-formed lines of documents
                                          outside the set, not scored */
    size_t docs_errors; /* input errors of parley_eval_load_docs */
    /* Over strict true positives whose gold gives no place (the text
     * states none): how many predictions have none either. */
    size_t noplace_ok, noplace_n;
} parley_eval_report;

/* Returns 0 or PARLEY_ENOMEM (then *out is NULL). opts is copied; may be
 * NULL. */
PARLEY_API int parley_eval_new(parley_eval **out, const parley_eval_opts *opts);
PARLEY_API void parley_eval_free(parley_eval *e);

/* Adds the JSON lines in data[0..n) as gold events (predictions). name is
 * the input's name for messages and items (copied). Blank lines are
 * skipped; malformed lines are logged as "name:line: what" and skipped.
 * Returns the number of malformed lines (>= 0), or PARLEY_ENOMEM. */
PARLEY_API int parley_eval_add_gold(parley_eval *e, const char *name,
                         const char *data, size_t n);
PARLEY_API int parley_eval_add_pred(parley_eval *e, const char *name,
                         const char *data, size_t n);
/* The same for a file; path "-" is standard input (named "<stdin>").
 * Returns the number of malformed lines, or PARLEY_ENOENT / PARLEY_EIO
 * (logged as "path: why") or PARLEY_ENOMEM. */
PARLEY_API int parley_eval_load_gold(parley_eval *e, const char *path);
PARLEY_API int parley_eval_load_pred(parley_eval *e, const char *path);

/* Scores everything loaded so far into *rep. The arrays and strings in
 * *rep are owned by e and valid until the next parley_eval_score or
 * parley_eval_free. Returns 0 or PARLEY_ENOMEM. */
PARLEY_API int parley_eval_score(parley_eval *e, parley_eval_report *rep);

/* Declares document id[0..n) (copied) a member of the evaluated set; the
 * first declaration (by this or parley_eval_load_docs) closes the set to
 * the documents declared, before or after, up to parley_eval_score.
 * Declaring an id twice is harmless. Returns 0, PARLEY_EINVAL (e or id
 * NULL, n == 0, or a NUL byte in the id; nothing is declared) or
 * PARLEY_ENOMEM. */
PARLEY_API int parley_eval_add_doc(parley_eval *e, const char *id, size_t n);
/* Declares the documents that `parley code PATH` would code: path is a
 * file, a directory (every file under it, as parley_walk gives them) or
 * "-" (standard input); each file is read with parley_reader_open in
 * auto format, and each document it holds is named by parley_doc_id (a
 * file's name without extension; a JSON line's id). Files already loaded
 * by parley_eval_load_gold or parley_eval_load_pred (the same file, by
 * device and inode) are skipped, so a gold.jsonl beside the articles is
 * no document. Input errors inside (an unreadable file, a malformed
 * record) are logged through opts.log as the readers log them, and
 * counted in the report's docs_errors. Returns the number of input errors
 * (>= 0), or PARLEY_ENOENT / PARLEY_EIO when path itself cannot be read
 * (logged as "path: cannot open: why"; nothing is declared),
 * PARLEY_EINVAL (e or path NULL) or PARLEY_ENOMEM. */
PARLEY_API int parley_eval_load_docs(parley_eval *e, const char *path);

/* ---- end of evaluation ---- */

/* ---- store ---- */

/* The store: documents, their sentences and their coded events, with
 * filters, full-text search and summaries, in one of two backends behind
 * this one interface, chosen by the path given to parley_store_open:
 *   - a file name: SQLite (embedded, no server; one file in WAL mode);
 *   - a URL "postgresql://user:password@host:port/dbname?options" (or
 *     "postgres://..."): PostgreSQL 15 or later, through libpq; several
 *     processes may write into one database at once.
 * Both answer every query the same way on the same data. The schema is
 * versioned and described in the README, "The store". A store handle is
 * not thread-safe; open one per thread. Every function that fails leaves
 * a message "path: what" for parley_store_errmsg (a URL is shown without
 * its password); none prints. Database errors map to PARLEY_EBUSY (locked
 * by another writer for the whole busy timeout, or a lock wait that timed
 * out), PARLEY_EREADONLY (file, directory or role not writable),
 * PARLEY_ESCHEMA (not a parley database, or one written by a newer
 * parley), PARLEY_ENOENT (no such file, or no such PostgreSQL database),
 * PARLEY_ENOMEM, PARLEY_EIO (cannot reach the PostgreSQL server) and
 * PARLEY_EDB for everything else (corrupt file, disk full, refused
 * login, ...). */
typedef struct parley_store parley_store;

enum parley_store_flags {
    PARLEY_STORE_READONLY = 1, /* queries only; the store must exist */
    PARLEY_STORE_FORCE = 2     /* parley_store_put stores a document and its
                                  events again even when the same content
                                  is stored (PARLEY_STORE_RECODED): after a
                                  change of dictionaries */
};

typedef struct parley_store_opts {
    int flags;           /* enum parley_store_flags */
    int busy_timeout_ms; /* how long to wait for another writer's lock; 0:
                            5000, negative: do not wait */
} parley_store_opts;

/* Opens (read-write: creates) the store at path — a file, or a
 * postgresql:// URL — and brings an older schema up to date in one
 * transaction (SQLite: a schema-3 file is converted, which takes about as
 * long as storing its events again). opts may be NULL. On success *out
 * is the handle. On failure the return is negative and *out is still a
 * handle, good only for parley_store_errmsg and parley_store_close —
 * except after PARLEY_ENOMEM, when *out may be NULL. */
PARLEY_API int parley_store_open(parley_store **out, const char *path,
                      const parley_store_opts *opts);
/* Closes the handle (an open batch is dropped); NULL is ignored. */
PARLEY_API void parley_store_close(parley_store *st);
/* The message of the last failure, or "" when there was none; never NULL.
 * Valid until the next call on st. NULL st gives "out of memory". */
PARLEY_API const char *parley_store_errmsg(const parley_store *st);
/* "sqlite" or "postgresql"; NULL for NULL or a handle whose open failed. */
PARLEY_API const char *parley_store_backend(const parley_store *st);

/* 1 when a document with doc's id (parley_doc_id) and the same content
 * (id, date, title, url, source and text) is stored, 0 when not, negative
 * on error. Lets a caller skip coding documents it already has. */
PARLEY_API int parley_store_has(parley_store *st, const parley_doc *doc);

enum parley_store_put_status {
    PARLEY_STORE_ADDED = 0,    /* a new document */
    PARLEY_STORE_SKIPPED = 1,  /* already stored with the same content */
    PARLEY_STORE_REPLACED = 2, /* same id, new content: old events dropped */
    PARLEY_STORE_RECODED = 3   /* same content, stored again as coded now
                                  (PARLEY_STORE_FORCE) */
};

/* Stores doc and its coding res (from parley_code on that doc): all of it
 * or, on failure, nothing. Outside a batch the put is its own transaction,
 * committed on return; inside one (parley_store_begin) it is durable only
 * once parley_store_commit returns 0. Returns one of
 * enum parley_store_put_status or a negative error. Neither doc nor res
 * is kept. res may be NULL to store the document without events. */
PARLEY_API int parley_store_put(parley_store *st, const parley_doc *doc,
                     const parley_result *res);

/* A batch: the puts between parley_store_begin and parley_store_commit
 * share one write transaction, which is far faster than a transaction
 * each (pages of the indexes and the full-text index are written once per
 * batch). Until the commit, the batch holds the database's write lock
 * (other writers wait), other connections do not see it, and a crash, a
 * failed commit, a failed put (its message says so) or parley_store_close
 * drops all of it: the batch is then over, and storing the same documents
 * again completes the job. begin fails with PARLEY_EINVAL when a batch is
 * already open; commit with no batch open does nothing and returns 0. */
PARLEY_API int parley_store_begin(parley_store *st);
PARLEY_API int parley_store_commit(parley_store *st);
/* Ends the open batch as parley_store_commit does, but may return before
 * it is durable, so that the caller prepares the next batch while the
 * database stores this one (PostgreSQL: the batch is sent, and the server
 * merges it meanwhile; SQLite: the same as parley_store_commit). A sent
 * batch is durable once the next parley_store_send or parley_store_commit
 * returns 0 (with no batch open, both only wait for it); when that call
 * fails, its message says so, and neither batch is stored.
 * parley_store_close waits for a sent batch. Meanwhile parley_store_has
 * and parley_store_put do not see the sent batch's documents as stored:
 * the merge still stores each id once (a put of such a document returns
 * PARLEY_STORE_ADDED, and the merge skips or replaces it). */
PARLEY_API int parley_store_send(parley_store *st);

/* A query. Every field is optional (NULL / 0 means "any"); the conditions
 * are combined with AND. Values are bound as SQL parameters, never pasted
 * into SQL. */
typedef struct parley_store_filter {
    const char *actor;  /* either side: country code, org acronym, CAMEO
                           actor code prefix, or a substring of the
                           person's name or of the mention as written */
    const char *source; /* the same, source side only */
    const char *target; /* the same, target side only */
    const char *type;   /* PLOVER type, case ignored */
    const char *cameo;  /* CAMEO event code prefix, e.g. "04" */
    const char *from;   /* dates "YYYY", "YYYY-MM" or "YYYY-MM-DD",
                           compared on the event date's prefix */
    const char *to;     /* inclusive: "--to 2024-02" covers February */
    const char *place;  /* substring of the place name, or its country */
    const char *topic;  /* substring of one of the topics */
    const char *text;   /* full-text query over evidence sentences
                           (case and diacritics ignored), the same on
                           both backends: words (all must occur),
                           "quoted phrases", prefix*, OR, NOT or -word,
                           AND, parentheses; a plain lower-case word also
                           finds its forms (parley_text_forms) */
    const char *doc;    /* a document id */
    long limit;         /* at most this many rows; <= 0: all */
    int one_a_day;      /* 1: events with the same date, source, target
                           and CAMEO code from several documents come as
                           one row listing all their ids and evidence */
} parley_store_filter;

/* One row of a query: a stored event. Everything in it, including the
 * event's strings, is owned by the store and valid only during the row
 * callback. */
typedef struct parley_store_row {
    const char *id;       /* event id, "doc:sentence:n" */
    const char *doc;      /* document id */
    size_t seq;           /* the event's index in its document's result */
    const char *doc_date, *doc_title, *doc_url, *doc_source; /* or NULL */
    parley_event ev;      /* the event as coded; merged extra evidence
                             spans are not restored (nextra == 0) */
    const char *evidence; /* the evidence sentence */
    const char *json;     /* the event's contract line (no newline) */
    size_t nmerged;       /* one-a-day: events this row stands for (>= 1);
                             ids[i], docs[i], texts[i] describe each of
                             them, the row's own event first */
    const char *const *ids, *const *docs, *const *texts;
} parley_store_row;

/* Returns non-zero to stop the query; that value is then returned by
 * parley_store_query. */
typedef int (*parley_store_row_fn)(void *ud, const parley_store_row *row);

/* Calls fn for each matching event, ordered by date (undated last),
 * document and position in the document. f may be NULL (all events).
 * Returns 0, fn's non-zero value, PARLEY_EINVAL (a bad filter value, e.g.
 * a malformed --text query; see errmsg) or a database error. */
PARLEY_API int parley_store_query(parley_store *st, const parley_store_filter *f,
                       parley_store_row_fn fn, void *ud);

/* The output formats, shared by `parley code`, `export` and `query` (one
 * table, src/output/formats.c; columns in the README, "Output formats").
 * These five have constants; every format, these and the ones after them
 * (e.g. "cameo-tsv"), is numbered by its place in the table: see
 * parley_export_format_from_name and parley_export_format_name. */
enum parley_export_format {
    PARLEY_EXPORT_JSONL = 0, /* the contract lines (one-a-day rows add
                                "merged": [{"id","doc","text"}...]) */
    PARLEY_EXPORT_CSV,       /* RFC 4180, 32 columns, with a header */
    PARLEY_EXPORT_TSV,       /* the CSV columns, tab-separated */
    PARLEY_EXPORT_PHOENIX,   /* parley_write_tsv's Phoenix-style lines */
    PARLEY_EXPORT_PLOVER     /* PLOVER JSON records (README) */
};

/* Name ("jsonl" or "json", "csv", "tsv", "phoenix-tsv" or "phoenix",
 * "plover", "cameo-tsv", ...) to the format's number; -1 if unknown. */
PARLEY_API int parley_export_format_from_name(const char *name);
/* The name and a few words of help of format number i (0, 1, ... in
 * table order); NULL past the last, so that a loop lists them all. The
 * strings are static. */
PARLEY_API const char *parley_export_format_name(int format);
PARLEY_API const char *parley_export_format_help(int format);
/* Appends the header line of format (nothing for formats without one).
 * Returns 0, PARLEY_ENOMEM or PARLEY_EINVAL (unknown format). */
PARLEY_API int parley_export_header(parley_buf *b, int format);
/* Appends one row in format, with its newline (nothing for an event the
 * format cannot express: cameo-tsv leaves out negated events). Returns
 * 0, PARLEY_ENOMEM or PARLEY_EINVAL (unknown format). */
PARLEY_API int parley_export_row(parley_buf *b, const parley_store_row *row, int format);
/* The same for event ev, number index in its result, of a document just
 * coded: the same bytes as parley_export_row gives for that event once
 * stored (a one-a-day row that merges several events aside). */
PARLEY_API int parley_write_event(parley_buf *b, int format, const parley_doc *doc,
                       const parley_event *ev, size_t index);

/* Receives output bytes; returns non-zero to stop (e.g. write error). */
typedef int (*parley_write_fn)(void *ud, const char *p, size_t n);

/* Writes the header and every row matching f (may be NULL) in format
 * through fn, a few kilobytes at a time. Returns 0, fn's non-zero value
 * or an error as parley_store_query. */
PARLEY_API int parley_store_export(parley_store *st, const parley_store_filter *f,
                        int format, parley_write_fn fn, void *ud);

/* Statistics, one figure per call of fn: group "documents", "sentences",
 * "events" (key NULL); "type" (key: PLOVER type), "month" (key "YYYY-MM",
 * or "undated"), "pair" (key "SOURCE -> TARGET", the ten most frequent
 * actor pairs by CAMEO actor code, else country, org or name). Returns 0,
 * fn's non-zero value, or a database error. */
typedef int (*parley_store_stat_fn)(void *ud, const char *group,
                                    const char *key, int64_t n);
PARLEY_API int parley_store_stats(parley_store *st, parley_store_stat_fn fn, void *ud);

/* Appends to out the full-text query that a text filter runs for q: each
 * plain word becomes the group of its English forms ("expel" -> "(expel
 * OR expels OR expelled OR expelling ...)", "met" -> "(meet OR met ...)",
 * irregular verbs from data/word-forms.txt); quoted phrases, prefix
 * queries (expel*), operators and NEAR groups stay as written. Returns 0,
 * PARLEY_EINVAL (NULL argument) or PARLEY_ENOMEM. */
PARLEY_API int parley_text_forms(const char *q, parley_buf *out);

/* Checks the store's consistency — SQLite: PRAGMA integrity_check,
 * foreign_key_check and the full-text indexes' own checks; PostgreSQL:
 * the counters and the daily summary against the tables. Returns 0 when
 * sound, PARLEY_EDB with the first problem in errmsg when not, or another
 * error. */
PARLEY_API int parley_store_check(parley_store *st);

/* ---- end of store ---- */

/* ---- store queries for serve ---- */

/* Read-only queries behind `parley serve` (src/store/rows.c, counts.c):
 * keyset-paged events, one event or document by id, actor lookup and
 * filtered aggregates. They take the same parley_store_filter as
 * parley_store_query (its limit and one_a_day fields are ignored) and
 * return 0, the callback's non-zero value, PARLEY_EINVAL (a bad filter or
 * cursor; errmsg names the parameter without the "--"), PARLEY_ENOENT
 * (no such event or document) or a database error. Strings passed to the
 * callbacks belong to the store and are valid only during the call. */

/* An event as stored, for serving. */
typedef struct parley_store_event_ref {
    const char *id, *doc;   /* event and document ids */
    const char *json;       /* the contract line (no newline) */
    const char *doc_title, *doc_date, *doc_url; /* or NULL */
} parley_store_event_ref;
typedef int (*parley_store_event_fn)(void *ud, const parley_store_event_ref *e);

/* Calls fn for at most limit (1..10000) events matching f, newest first
 * (by event date, then storage order; undated events last), starting
 * after cursor (NULL or "" for the first page). When more events follow,
 * next (which may be NULL) receives the cursor of the next page; it is
 * left empty at the end. A cursor is an opaque ASCII string of at most
 * 64 bytes. */
PARLEY_API int parley_store_events_page(parley_store *st, const parley_store_filter *f,
                             const char *cursor, long limit,
                             parley_store_event_fn fn, void *ud,
                             parley_buf *next);

/* Calls fn once with the event whose id is id; PARLEY_ENOENT if none. */
PARLEY_API int parley_store_event_get(parley_store *st, const char *id,
                           parley_store_event_fn fn, void *ud);

/* An actor as it appears on either side of stored events. key is the
 * value to filter on (the person's name, else the organisation, else the
 * country code, else the CAMEO code, else the mention as written). */
typedef struct parley_store_actor_ref {
    const char *key, *name, *role, *country, *org, *code; /* or NULL */
    int64_t events; /* events with this actor on either side */
} parley_store_actor_ref;
typedef int (*parley_store_actor_fn)(void *ud, const parley_store_actor_ref *a);

/* Actors whose key, a mention, role or country contains q, or whose
 * code starts with it (case and diacritics ignored; NULL or "": all),
 * most frequent first, at most limit (1..1000000) of them. */
PARLEY_API int parley_store_actors(parley_store *st, const char *q, long limit,
                        parley_store_actor_fn fn, void *ud);

/* How actors are told apart when events are counted by actor (networks,
 * pairs, dyads). */
enum parley_level {
    PARLEY_LEVEL_ACTOR = 0,   /* the actor key of parley_store_actor_ref:
                                 a person's name, else organisation,
                                 country, CAMEO code, mention */
    PARLEY_LEVEL_COUNTRY = 1, /* the country (ISO3), else the organisation
                                 (acronym), else the CAMEO actor code;
                                 actors with none of them are left out */
    PARLEY_LEVEL_CODE = 2,    /* the CAMEO actor code (KAZGOV, IGOUNO) */
    PARLEY_LEVEL_PERSON = 3   /* the person's name; actors that are no
                                 named person are left out */
};
/* "actor", "country", "code", "person" to enum; -1 if unknown. */
PARLEY_API int parley_level_from_name(const char *name);

/* Counts over the events matching f, one call of fn per figure: group
 * "events" (k1, k2 NULL), "documents" (documents with a matching event),
 * "type" (k1 = PLOVER type), "week" (k1 = the Monday "YYYY-MM-DD" of the
 * event date's ISO week, k2 = type; undated events are left out, month-only
 * dates count in the week of the 1st), "pair" (k1 = source key, k2 =
 * target key at level, enum parley_level; the top_pairs most frequent). */
typedef int (*parley_store_count_fn)(void *ud, const char *group,
                                     const char *k1, const char *k2,
                                     int64_t n);
PARLEY_API int parley_store_counts(parley_store *st, const parley_store_filter *f,
                        int level, long top_pairs, parley_store_count_fn fn,
                        void *ud);

/* The actor network of the events matching f, actors told apart at level
 * (enum parley_level): node calls for the max_nodes (1..1000) actors in
 * most events (key, and the attributes the events agree on), then edge
 * calls (source key, target key, type, count) for interactions between
 * those actors. */
typedef int (*parley_store_edge_fn)(void *ud, const char *source,
                                    const char *target, const char *type,
                                    int64_t n);
PARLEY_API int parley_store_graph(parley_store *st, const parley_store_filter *f,
                       int level, long max_nodes, parley_store_actor_fn node,
                       parley_store_edge_fn edge, void *ud);

/* A stored document and its events (in document order). */
typedef struct parley_store_doc_ref {
    const char *id, *date, *title, *url, *source; /* or NULL */
    const char *text;
    size_t text_len; /* bytes; event spans are byte offsets into text */
} parley_store_doc_ref;
typedef int (*parley_store_doc_fn)(void *ud, const parley_store_doc_ref *d);

/* Calls doc_fn once with document id, then ev_fn (may be NULL) for each of
 * its events; PARLEY_ENOENT if no such document. */
PARLEY_API int parley_store_document(parley_store *st, const char *id,
                          parley_store_doc_fn doc_fn,
                          parley_store_event_fn ev_fn, void *ud);

/* Fills sig with two numbers that change whenever documents or events are
 * added or replaced (a count of committed writes, the number of
 * documents), so that a reader can tell when its cached answers are
 * stale. */
PARLEY_API int parley_store_signature(parley_store *st, int64_t sig[2]);

/* Limits the queries run on st by the calling thread from now on to ms
 * milliseconds of wall time in all (0: no limit, the default). A query
 * that runs over fails with PARLEY_EDB ("interrupted"), and
 * parley_store_timed_out() then returns 1 until the next call of
 * parley_store_time_limit in that thread. */
PARLEY_API int parley_store_time_limit(parley_store *st, long ms);
PARLEY_API int parley_store_timed_out(void);

/* ---- end of store queries for serve ---- */

/* ---- aggregate series ---- */

/* Event counts per period for analysis (`parley aggregate`, /api/series;
 * the SQL is in src/store/aggregate.c, the output formats in
 * src/output/series.c). Each row counts the events of one period and,
 * by group, one dyad or one country: all events, by QuadClass and by
 * PLOVER type, and the sum and mean of their Goldstein scores. Columns
 * are described in the README, "Series for analysis". */
enum parley_period {
    PARLEY_BY_DAY = 0, /* events dated to the day */
    PARLEY_BY_WEEK,    /* ISO weeks, named by their Monday; dated to the day */
    PARLEY_BY_MONTH,   /* dated at least to the month */
    PARLEY_BY_YEAR,    /* every dated event */
    PARLEY_BY_ALL      /* one period: every event, dated or not */
};
enum parley_series_group {
    PARLEY_GROUP_TOTAL = 0, /* one row per period */
    PARLEY_GROUP_DYAD,      /* per (source, target) at opts.level */
    PARLEY_GROUP_COUNTRY    /* per country (ISO3) on either side; an event
                               between two actors of one country counts
                               once for it */
};
/* Names to enums ("day", "week", "month", "year", "all"; "total",
 * "dyad", "country"); -1 if unknown. */
PARLEY_API int parley_period_from_name(const char *name);
PARLEY_API int parley_series_group_from_name(const char *name);

typedef struct parley_series_opts {
    int by;      /* enum parley_period */
    int group;   /* enum parley_series_group */
    int level;   /* enum parley_level, for PARLEY_GROUP_DYAD */
    int negated; /* 1: count negated events ("did not meet") too; by
                    default they are left out */
} parley_series_opts;

/* The 16 PLOVER types in the order of parley_series_row.types. */
#define PARLEY_NTYPES 16
PARLEY_API const char *parley_plover_type(int i); /* "AGREE" ... "ASSAULT"; NULL out of range */

/* One row; strings belong to the store and last for the callback. */
typedef struct parley_series_row {
    const char *period;          /* first day "YYYY-MM-DD"; NULL by ALL */
    const char *source, *target; /* dyad keys (DYAD), else NULL */
    const char *country;         /* ISO3 (COUNTRY), else NULL */
    int64_t events;              /* all counted events */
    int64_t quad[4];             /* QuadClass 1..4 */
    int64_t types[PARLEY_NTYPES];
    int64_t goldstein_n;         /* events with a Goldstein score */
    double goldstein_sum;
} parley_series_row;
typedef int (*parley_series_fn)(void *ud, const parley_series_row *r);

/* Matching events that a series leaves out, each counted once, in this
 * order: negated (when not counted), undated, dated less precisely than
 * the period (a month-only date in a weekly series). */
typedef struct parley_series_left {
    int64_t negated, undated, imprecise;
} parley_series_left;

/* Calls fn for every row of the series of the events matching f (its
 * limit is ignored; one_a_day counts each group of reports once), ordered
 * by period then keys. left may be NULL. Returns 0, fn's non-zero value,
 * PARLEY_EINVAL (bad filter or option; errmsg names it) or a database
 * error. */
PARLEY_API int parley_store_series(parley_store *st, const parley_store_filter *f,
                        const parley_series_opts *o, parley_series_fn fn,
                        void *ud, parley_series_left *left);

enum parley_series_format {
    PARLEY_SERIES_CSV = 0, /* RFC 4180 with a header line */
    PARLEY_SERIES_TSV,     /* the same columns, tab-separated */
    PARLEY_SERIES_JSON,    /* one object per row (the caller writes the
                              array's brackets and commas) */
    PARLEY_SERIES_JSONL    /* one object per line */
};
/* "csv", "tsv", "json", "jsonl" to enum; -1 if unknown. */
PARLEY_API int parley_series_format_from_name(const char *name);
/* Appends the header line (CSV and TSV; nothing for JSON). */
PARLEY_API int parley_series_header(parley_buf *b, const parley_series_opts *o,
                         int format);
/* Appends one row: CSV/TSV/JSONL with a newline, JSON without. Columns:
 * period (absent by ALL), source and target (DYAD) or country
 * (COUNTRY), events, quad1..quad4, goldstein_sum, goldstein_mean (empty
 * or null when no event has a score), then one lower-case column per
 * PLOVER type. Returns 0, PARLEY_ENOMEM or PARLEY_EINVAL. */
PARLEY_API int parley_series_write(parley_buf *b, const parley_series_row *r,
                        const parley_series_opts *o, int format);

/* Places of the events matching f (negated ones only when negated is
 * set): name, country, coordinates and number of events, most events
 * first, at most limit (1..100000). Events without coordinates are left
 * out. */
typedef struct parley_store_place_ref {
    const char *name, *country; /* or NULL */
    double lat, lon;
    int64_t events;
} parley_store_place_ref;
typedef int (*parley_store_place_fn)(void *ud, const parley_store_place_ref *p);
PARLEY_API int parley_store_places(parley_store *st, const parley_store_filter *f,
                        int negated, long limit, parley_store_place_fn fn,
                        void *ud);

/* ---- end of aggregate series ---- */

/* ---- serve ---- */

/* `parley serve` (src/serve/): an HTTP server (libmicrohttpd) with a JSON
 * API and an embedded web page over a store opened read-only. Routes,
 * limits and error bodies are described in the README, "Web explorer and
 * API". */
typedef struct parley_serve_opts {
    const char *db;      /* the store; required */
    const char *bind;    /* IPv4 or IPv6 address; NULL: "127.0.0.1" */
    int port;            /* 0: 8080 */
    int threads;         /* worker threads (each with its own read-only
                            store connection); 0: 4 */
    long query_ms;       /* time limit of one request's queries; 0: 10000,
                            negative: none. Over it: 503 */
    parley_log_fn log;   /* start-up errors and one line per failed request
                            when non-NULL */
    void *log_ud;
    /* Called once the socket listens, with the port actually bound (for
     * port -1: any free port). May be NULL. */
    void (*ready)(void *ud, const char *bind, int port);
    void *ready_ud;
    /* Limits (README, "Limits and hardening"). */
    int max_connections; /* open connections; over it the oldest one
                            still sending its request is closed; 0: 256 */
    long header_ms;      /* time a connection has to send a request's
                            line and headers; 0: 10000 */
    /* Host header values served besides IP addresses and "localhost"
     * (against DNS rebinding); "*" serves any. NULL-terminated, or NULL. */
    const char *const *allow_hosts;
} parley_serve_opts;

/* Opens the store, listens, and serves until *stop becomes non-zero
 * (polled every 100 ms; e.g. set by a signal handler). Returns 0 after a
 * clean stop, PARLEY_EINVAL (bad address or port), PARLEY_EIO (cannot
 * listen), a store error (logged) or PARLEY_ENOMEM. */
PARLEY_API int parley_serve_run(const parley_serve_opts *o, volatile int *stop);

/* ---- end of serve ---- */

/* ---- CAMEO dictionaries ---- */

/* The community's CAMEO dictionaries: TABARI .verbs/.actors/.agents files
 * and PETRARCH2 verb dictionaries (CAMEO.2.0.txt), Phoenix actor files
 * with date-restricted codes ("[KAZGOV 230901-250331]"), agents ("~GOV"
 * goes after the actor's code, "NGO~" before), discards and issue files.
 * Loaded once into a read-only structure that threads may share; coded
 * with a shallow pattern matcher over parley's tokens (no parser). The
 * formats and what is honoured are in the README, "Community
 * dictionaries". */
typedef struct parley_cameo parley_cameo;

enum parley_cameo_format {
    PARLEY_CAMEO_AUTO = 0, /* per file, from its content */
    PARLEY_CAMEO_TABARI,
    PARLEY_CAMEO_PETRARCH
};

/* "auto", "tabari", "petrarch" to enum; -1 if unknown. */
PARLEY_API int parley_cameo_format_from_name(const char *name);

typedef struct parley_cameo_opts {
    const char *verbs;             /* verb dictionary, or NULL */
    const char *const *actors;     /* actor dictionaries (nactors of them) */
    size_t nactors;
    const char *agents;            /* each of these may be NULL */
    const char *discards;
    const char *issues;
    int format;                    /* enum parley_cameo_format */
    int strict;                    /* 1: a malformed line fails the load */
    parley_log_fn log;             /* "file:line: what" for bad lines */
    void *log_ud;
} parley_cameo_opts;

/* Loads and compiles the files named in o. Malformed lines are logged and
 * skipped (counted in *bad_lines when not NULL) unless o->strict, when the
 * first one makes the load fail with PARLEY_EPARSE. Returns 0,
 * PARLEY_ENOENT/PARLEY_EIO (a file could not be read; logged),
 * PARLEY_EPARSE or PARLEY_ENOMEM; on failure *out is NULL. */
PARLEY_API int parley_cameo_load(parley_cameo **out, const parley_cameo_opts *o,
                      size_t *bad_lines);
PARLEY_API void parley_cameo_free(parley_cameo *c);

/* The coding of one document with CAMEO dictionaries; the same accessors
 * as parley_result. Events carry the dictionaries' actor codes in
 * source.code/target.code (e.g. "KAZGOV"), the verb's code in cameo, the
 * PLOVER type and mode, QuadClass and Goldstein of that code in the
 * built-in CAMEO table (data/cameo.txt), issues in topics, negated for
 * "did not help", and no country, organisation or place (parley_code
 * gives those). Owned by the caller. */
typedef struct parley_cameo_result parley_cameo_result;

typedef struct parley_cameo_code_opts {
    const char *date;  /* "YYYY-MM-DD" used when doc->date is empty, for
                          date-restricted codes; may be NULL */
    int per_sentence;  /* 1: the text is one sentence (validation) */
    /* TABARI's options: codes for a missing source or target (NULL: no
     * event without both), and agents without an actor coded on their
     * own as "~MIL" (TABARI's CONVERT AGENT). */
    const char *default_source, *default_target;
    int default_prior; /* 1: the default source stands in whenever no
                          actor precedes the verb (TABARI's PRIOR) */
    int default_after; /* 1: the default target stands in whenever no
                          actor follows the verb (TABARI's AFTER); 0: with
                          TABARI dictionaries an actor before the verb
                          is looked for first */
    int convert_agents;
    int code_by; /* 0: first coded verb of each clause (TABARI's default),
                    1: of each sentence, 2: every verb (CODE ALL) */
    /* TABARI's MINIMUM WORDS: a sentence of fewer words is not coded
     * (0: no minimum). */
    int min_words;
    /* TABARI's COMPLEX: a sentence with at least complex_verbs verbs or
     * complex_conj conjunctions (that join no compound), or with
     * complex_noactprior no actor before its first verb, is complex and
     * not coded (0: no such limit). A "[+++]" code on a matched verb,
     * pattern or actor makes the sentence complex as well. */
    int complex_verbs, complex_conj, complex_noactprior;
    /* TABARI's COMMA: a clause between two commas of comma_min..comma_max
     * words, one after the last comma of comma_emin..comma_emax words and
     * one before the first comma of comma_bmin..comma_bmax words are left
     * out before coding (a max of 0: not that one). */
    int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    /* PETRARCH's require_dyad = false: an event whose source is coded and
     * whose target is a noun phrase that no dictionary codes ("said on
     * Saturday") is coded with the target "---" (0: both sides coded). */
    int one_sided;
} parley_cameo_code_opts;

/* Codes doc with c. o may be NULL. Returns 0 or PARLEY_ENOMEM (then *out
 * is NULL). The event's source/target text are views into doc->text. */
PARLEY_API int parley_cameo_code(const parley_cameo *c, const parley_doc *doc,
                      const parley_cameo_code_opts *o,
                      parley_cameo_result **out);
PARLEY_API size_t parley_cameo_result_count(const parley_cameo_result *r);
PARLEY_API const parley_event *parley_cameo_result_event(const parley_cameo_result *r,
                                              size_t i);
PARLEY_API void parley_cameo_result_free(parley_cameo_result *r);

/* ---- end of CAMEO dictionaries ---- */

#ifdef __cplusplus
}
#endif
#endif
