/* batch.h — private structures of the ordered parallel engine
 * (parley_batch_*, include/parley.h): a ring of jobs filled by the
 * submitting thread, coded by workers, handed out in input order. */
#ifndef PL_BATCH_H
#define PL_BATCH_H

#include <pthread.h>

#include "parley.h"

enum { PL_JOB_FREE, PL_JOB_QUEUED, PL_JOB_DONE };

/* A group of documents (opts.group) is coded once its texts hold this
   many bytes, so that the group's state (each document's tokens, mentions
   and events, kept until the dictionaries run) stays small; a document
   longer than half of it is coded with no more after it (and, without
   threads, not copied). */
#define PL_GROUP_TEXT ((size_t)64 << 10)

/* Buffers larger than this are freed after use rather than kept. */
#define PL_BATCH_KEEP_BYTES ((size_t)4 << 20)

/* Workers write to their jobs all the time (buffer lengths): each job
   starts a cache line of its own so that two workers never share one. */
struct pl_job {
    _Alignas(64) int state; /* PL_JOB_*, under the batch's lock */
    int raw;           /* mem holds a JSON line to parse (else docmem
                          holds the document's strings) */
    size_t line;       /* the record's line number */
    size_t seq;        /* its place in the input */
    size_t bytes;      /* counted against the batch's max_bytes */
    parley_buf origin; /* the record's file name */
    int has_origin;    /* else the document's origin is NULL */
    parley_buf mem;    /* a JSON line, copied */
    parley_buf docmem; /* the document's strings, NUL-separated */
    parley_doc doc;    /* views into docmem */
    parley_buf scratch;/* admit's */
    parley_buf out;    /* render's */
    parley_buf log;    /* messages to replay: severity digit, text, NUL */
    int log_lost;      /* a message could not be kept (out of memory) */
    parley_result *res;
    struct pl_coding *coding; /* between pl_batch_begin and pl_batch_end */
    int has_doc, verdict, malformed, err;
};

struct pl_worker {
    struct parley_batch *b;
    parley_parser *parser; /* this worker's own */
    struct pl_verb_memo *vm; /* this worker's (events.h), or NULL */
    pthread_t thread;
};

struct parley_batch {
    const parley_lexicon *lx;
    parley_batch_opts o;
    pthread_mutex_t mu;
    pthread_cond_t work; /* a job was queued, or stop */
    pthread_cond_t done; /* the job the submitter waits for is done */
    struct pl_job *jobs;
    size_t njobs;
    /* sequence numbers; job i lives in jobs[i % njobs]:
       head <= next <= tail; [head, tail) are in use */
    size_t head;  /* next to hand out (submitting thread only) */
    size_t next;  /* next for a worker to take */
    size_t tail;  /* next to fill */
    size_t queued_bytes;
    size_t want;  /* the job the submitter waits for, when waiting */
    int waiting;
    int idle;     /* workers waiting for work */
    int stop;
    struct pl_worker *workers;
    int nworkers;  /* started (the submitting thread's to read) */
    int threaded;  /* workers run: set before the first starts */
    int nparsers;  /* workers[i].parser made */
    /* admit's turn: job seq waits for turn == seq (every earlier job was
       taken before it, so each will pass) */
    pthread_mutex_t turn_mu;
    pthread_cond_t turn_cv;
    size_t turn;
    /* the submitting thread's messages not yet due */
    parley_buf pre;
    int pre_lost;
    int stopped;  /* done's non-zero value once it stopped the batch */
    /* no threads: the submitting thread's parser and its one job */
    parley_parser *parser;
    struct pl_verb_memo *vm; /* the submitting thread's (events.h) */
    /* no threads, in groups (opts.group): the jobs [head, tail) wait to
       be coded together, at most group of them, holding group_text
       bytes of text */
    size_t group;
    size_t group_text;
};

/* worker.c */
void *pl_batch_worker(void *ud);
/* Codes j (its document in j->doc when j->has_doc) and renders it, after
   its turn at admit; messages go to log. *vm is the calling thread's verb
   memo, made here when first needed (it stays NULL if out of memory). */
void pl_batch_code(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                   void *log_ud, struct pl_verb_memo **vm);
/* pl_batch_code in three steps: j's turn at admit (the next job's turn
   waits for it); its built-in stages (pl_code_begin); the dictionaries and
   render (pl_code_end). */
void pl_batch_admit(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                    void *log_ud);
void pl_batch_begin(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                    void *log_ud, struct pl_verb_memo **vm);
/* pl_batch_begin over the n jobs from seq, each with its own log, the
   built-in path's stages run over all of them at once (pl_code_group). */
void pl_batch_begin_group(struct parley_batch *b, size_t seq, size_t n,
                          struct pl_verb_memo **vm);
void pl_batch_end(struct parley_batch *b, struct pl_job *j, parley_log_fn log,
                  void *log_ud);
/* The log of a job being parsed or coded away from the batch's log: its
   messages are kept in the job (ud) for replay when it is handed out. */
void pl_batch_job_log(void *ud, int severity, const char *msg);
/* Copies doc's strings into j (j->doc points into them). 0 or
   PARLEY_ENOMEM. */
int pl_batch_copy_doc(struct pl_job *j, const parley_doc *doc);
/* Keeps a message in b (a job's log or the pre list) for replay. */
void pl_batch_keep(parley_buf *b, int *lost, int severity, const char *msg);
/* Logs "origin: message of err" at PARLEY_ERROR. */
void pl_batch_log_err(parley_log_fn log, void *ud, const char *origin, int err);

#endif
