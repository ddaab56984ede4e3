/* fold.h — the library's one case and accent folding, in the two variants
 * it needs (matching and store keys), and ASCII case mapping for codes.
 * Private to the library.
 *
 * Why two variants: the matching fold is what every dictionary word,
 * token and name is compared by, and may change with the grammar; the
 * key fold is what the store has written into every database's name,
 * place, topic and full-text keys, so it must stay as it is for existing
 * stores (a new fold would need every key rewritten). They differ only
 * outside plain accented letters, so that a store search for "Lodz" does
 * not find "Łódź" (README, Folding):
 *
 *   input        pl_fold_match   pl_fold_key
 *   "Łódź"       "lodz"          "łodz"     (Ł ø đ ı æ œ þ have no
 *   "Ørsted"     "orsted"        "ørsted"    decomposition: spelled in
 *   "Æsir"       "aesir"         "æsir"      ASCII only for matching)
 *   "Ｆｕｌｌ"     "full"          "ｆｕｌｌ"   (compatibility forms)
 *   “plan”       "\"plan\""      "“plan”"   (double quotes: « » too)
 *   bad UTF-8    U+FFFD per byte the bytes as they are
 *
 * Both: lower case by Unicode full case folding ("Straße" -> "strasse",
 * Turkish "İ" -> "i", the ligature "ﬁ" -> "fi"), combining marks removed
 * ("é" and "e" + U+0301 -> "e"), typographic apostrophes and dashes made
 * ASCII (’ -> ', – -> -). */
#ifndef PARLEY_UTIL_FOLD_H
#define PARLEY_UTIL_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

/* The matching fold of s[0..n) into *out, NUL-terminated, allocated in
 * a. Returns the folded length, or -1 when out of memory. Never fails
 * otherwise: an invalid byte folds to U+FFFD, a code point utf8proc
 * cannot decompose is kept as written, and a pathological expansion
 * (more than about three bytes out per byte in) is cut short. ASCII
 * input is only lower-cased. */
long pl_fold_match(arena *a, const char *s, size_t n, char **out);

/* The matching fold of code point cp as pl_fold_match folds it inside
 * any text, when it is one that it folds through its table (ASCII and
 * the Latin letters, below U+0250): its length, its bytes at *out (not
 * NUL-terminated, static); -1 for any other code point. */
long pl_fold_match_cp(int32_t cp, const char **out);

/* The key fold of s[0..n) (the store's keys and full-text index, the
 * explorer's actor search): utf8proc_map with DECOMPOSE | CASEFOLD |
 * STRIPMARK | LUMP. Returns a NUL-terminated string the caller frees,
 * with its length in *outn; NULL only when out of memory. Text that is
 * not UTF-8 is returned as it is. */
char *pl_fold_key(const char *s, size_t n, size_t *outn);

/* ASCII case mapping for codes and keywords ("kaz" -> "KAZ"); other
 * bytes, UTF-8 included, are left as they are, whatever the locale. */
static inline char pl_ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

static inline char pl_ascii_upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
}

/* dst[i] = pl_ascii_lower/upper(src[i]) for i < n; dst may be src. */
void pl_ascii_lower_n(char *dst, const char *src, size_t n);
void pl_ascii_upper_n(char *dst, const char *src, size_t n);

#endif
