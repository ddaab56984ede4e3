/* image.h — the lexicon's image (image.c): the built-in lexicon as
 * load.c compiles it, written to a file in the cache directory keyed by
 * the embedded data and the build, and read back by a later run by one
 * mapping of the file instead of parsing data/'s text again (stage 3).
 * Private to the library and the parley command. */
#ifndef PARLEY_LEXICON_IMAGE_H
#define PARLEY_LEXICON_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "parley.h"

/* The key of the image: a hash of the embedded data files (their names
 * and bytes, hashed at build time), parley's version, the library's
 * build, utf8proc's version and the layout of the structures. */
void pl_lexicon_image_key(uint64_t key[2]);

/* Writes lx (loaded from the built-in files alone) in the image's format
 * under key to a new buffer *out of *n bytes (free it). Returns 0,
 * PARLEY_ENOMEM, or PARLEY_EINVAL when lx is no lexicon that an image
 * can hold (no grammar). */
int pl_lexicon_image_encode(const parley_lexicon *lx, const uint64_t key[2], void **out,
                            size_t *n);

/* Reads buf[0..n) written by pl_lexicon_image_encode under key into a
 * new lexicon *out whose tables point into buf (aligned to 8 bytes),
 * which must outlive it; parley_lexicon_free munmaps buf when owned (buf
 * was mmap'ed). Returns 0, PARLEY_EPARSE when buf is not a valid image
 * of that key (checksum, sizes, counts, every index and chain checked;
 * buf is the caller's then), or PARLEY_ENOMEM. */
int pl_lexicon_image_decode(const void *buf, size_t n, const uint64_t key[2], int owned,
                            parley_lexicon **out);

/* parley_lexicon_load through the image in directory dir (NULL or "":
 * none): without a user directory and with the built-in files, a valid
 * image of this build's data is read; otherwise the text is parsed, and
 * when it had no malformed line the image is written there for the next
 * run (created with its parents, through a temporary file renamed into
 * place). An image that is missing, foreign, truncated or corrupt is
 * ignored and replaced. Same results as parley_lexicon_load. When note
 * is not NULL, *note is set to a static sentence saying what was done. */
int pl_lexicon_load_cached(parley_lexicon **out, const parley_lexicon_opts *o,
                           size_t *bad_lines, const char *dir, const char **note);

/* Frees a lexicon read by pl_lexicon_image_decode (parley_lexicon_free
 * calls it for those). */
void pl_lexicon_image_free(parley_lexicon *lx);

#endif
