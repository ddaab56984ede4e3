/* suite.h — readers of the community's validation suites: TABARI's
 * Validate.text (with its .project and options files) and PETRARCH's
 * unit-test records (PETR.UnitTest.records.xml). They give each record
 * (text, date, expected events) with the suite's options in force there
 * to a callback; running the coder and printing is the caller's (`parley
 * validate`, cli/validate.c). Private to the library. */
#ifndef PARLEY_CAMEO_SUITE_H
#define PARLEY_CAMEO_SUITE_H

#include <stddef.h>
#include <stdint.h>

#include "parley.h"

enum { PL_SUITE_MAX_EVENTS = 64 };

/* An expected (or coded) event: codes upper-cased, spaces removed. */
typedef struct pl_suite_event {
    char src[48], tgt[48], code[24];
} pl_suite_event;

typedef struct pl_suite_record {
    char id[64];   /* "DEMO-01" */
    char cat[32];  /* its category: the id up to its first '-' (TABARI),
                      the category attribute (PETRARCH) */
    char date[11]; /* YYYY-MM-DD, or "" */
    const char *text; /* one line; valid during the callback only */
    uint32_t line;    /* where the record begins in the suite */
    int untested;     /* no expectation: show what is coded, count nothing */
    int bad_input;    /* PETRARCH: its parse tree is unbalanced, as
                         PETRARCH's bad_input_parse: not coded */
    pl_suite_event exp[PL_SUITE_MAX_EVENTS];
    size_t nexp;
} pl_suite_record;

/* The suite's options, as its option records (TABARI "{ OPTION: … }",
 * the options file) and <Config> elements (PETRARCH) set them; their
 * names are those of parley_cameo_code_opts. */
typedef struct pl_suite_opts {
    char defsrc[32], deftgt[32]; /* "DEFAULT: SOURCE [X] TARGET [Y]"; "" off */
    int defprior, defafter;      /* its PRIOR and AFTER */
    int convert_agents;          /* "SET: CONVERT AGENT = TRUE" */
    int code_by;                 /* 0 CODE BY CLAUSE, 1 BY SENTENCE, 2 CODE ALL */
    int min_words;               /* "SET: MINIMUM WORDS = n" */
    int complex[3];              /* "COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR" */
    int comma[6];                /* min, max, emin, emax, bmin, bmax */
    int forward;                 /* "FORWARD: …" (not OFF): a story's
                                    records are coded as one text */
    unsigned forward_gen;        /* FORWARD options read so far: a story
                                    begins anew after each */
    int one_sided;               /* PETRARCH's require_dyad = false */
} pl_suite_opts;

/* Gets each record with the options in force there; a non-zero return
 * stops the reading and is returned by it. */
typedef int (*pl_suite_fn)(void *ud, const pl_suite_record *r, const pl_suite_opts *o);

/* One reading: the suite's name (for messages), where its warnings go
 * ("file:line: what"; log may be NULL), the callback, and on an error
 * the message "file:line: what" and the line (0: none). */
typedef struct pl_suite_reader {
    const char *file;
    parley_log_fn log;
    void *log_ud;
    pl_suite_fn fn;
    void *ud;
    char err[256];
    uint32_t err_line;
} pl_suite_reader;

/* The defaults of the two coders: PETRARCH's PETR_config.ini (clauses
 * of 2-8 words) or TABARI's (MINIMUM WORDS 8, clauses of 2-10 words). */
void pl_suite_defaults(pl_suite_opts *o, int petrarch);

/* Applies one TABARI option s[0..n) ("DEFAULT: SOURCE [X] PRIOR", "SET:
 * CONVERT AGENT = TRUE", "SET: CODE BY SENTENCE", "COMPLEX: …", "COMMA:
 * …", "FORWARD: …", …); others, and lines of 256 bytes or more, are
 * ignored. */
void pl_suite_tabari_option(pl_suite_opts *o, const char *s, size_t n);

/* Applies every line of a TABARI options file data[0..len) but comments
 * ("//") and LABEL lines. */
void pl_suite_tabari_options_file(pl_suite_opts *o, const char *data, size_t len);

/* The file named by "<tag> name" in a TABARI .project file's text data,
 * relative to the project file proj; NULL when absent (or out of
 * memory). The caller frees it. */
char *pl_suite_project_value(const char *proj, const char *data, const char *tag);

/* name relative to the folder of base_file (name itself when absolute);
 * NULL when out of memory. The caller frees it. */
char *pl_suite_path_join(const char *base_file, const char *name);

/* Reads TABARI's Validate.text data[0..len) (a record: a header line
 * "YYMMDD ID", its text, and a comment with the expected events "{ SRC /
 * TGT / CODE }", "{+++}" or "{---}" for none; option records "{ OPTION:
 * … }" change o for the records after them) and calls rd->fn for every
 * record that has an expectation. Returns 0, the callback's non-zero
 * return, PARLEY_ENOMEM, or PARLEY_EPARSE (rd->err: a NUL byte, which no
 * text file has). Faults it can read past (too many expected events, an
 * event's '{' left open) are warnings. */
int pl_suite_read_tabari(pl_suite_reader *rd, const char *data, size_t len,
                         pl_suite_opts *o);

/* A PETRARCH suite read into memory. */
typedef struct pl_suite_xml pl_suite_xml;

/* The dictionaries named in a PETRARCH suite's <Environment>, relative
 * to its file (NULL: not named). */
typedef struct pl_suite_env {
    char *verbs, *actors, *agents, *discards;
} pl_suite_env;

/* Parses PETRARCH's XML data[0..len) into *out (without network access;
 * entity loops and nesting deeper than 256 refused) and its environment
 * into env. Returns 0, PARLEY_ENOMEM, or PARLEY_EPARSE (rd->err,
 * rd->err_line: the XML fault, or no <Sentences>). */
int pl_suite_xml_open(pl_suite_reader *rd, const char *data, size_t len, pl_suite_xml **out,
                      pl_suite_env *env);

/* Calls rd->fn for every <Sentence>, in order, the <Config> elements
 * before it applied to o: untested (no <EventCoding>) records too.
 * Returns 0, the callback's non-zero return, or PARLEY_ENOMEM. A record
 * without <Text> is passed over; an unbalanced <Parse> tree and a
 * <Config> value that is no number are warnings. */
int pl_suite_xml_read(pl_suite_reader *rd, pl_suite_xml *x, pl_suite_opts *o);

void pl_suite_xml_free(pl_suite_xml *x);
void pl_suite_env_free(pl_suite_env *env);

/* Sets e from the three fields (upper-cased, white space removed);
 * returns 0 when one had to be cut. */
int pl_suite_event_set(pl_suite_event *e, const char *src, size_t ns, const char *tgt,
                       size_t nt, const char *code, size_t nc);

/* A warning "file:line: what" to rd->log (line 0: "file: what"). */
void pl_suite_warn(pl_suite_reader *rd, uint32_t line, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Sets rd->err to "file:line: what" and rd->err_line; returns rc. */
int pl_suite_fail(pl_suite_reader *rd, uint32_t line, int rc, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Whether data looks like a PETRARCH suite (else TABARI's). */
int pl_suite_is_xml(const char *data, size_t len);

#endif
