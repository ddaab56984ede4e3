/* test_text.c — unit tests of the text layer (tokens, folding, sentence
 * segmentation) and the lexicon (longest match, capital-letter phrases,
 * user overrides, malformed lines). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"
#include "text/utf8.h"
#include "parley.h"
#include "text/token.h"

static parley_lexicon *lx;

static int setup(void **state)
{
    (void)state;
    return parley_lexicon_load(&lx, NULL, NULL);
}

static int teardown(void **state)
{
    (void)state;
    parley_lexicon_free(lx);
    return 0;
}

/* Sentences of text, as strings joined by '|'. */
static char *sentences(const char *text)
{
    static char out[4096];
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), pl_lexicon_is_abbrev, lx, &td), 0);
    out[0] = '\0';
    for (size_t i = 0; i < td.nsents; i++) {
        if (i)
            strncat(out, "|", 2);
        strncat(out, text + td.sents[i].start, td.sents[i].end - td.sents[i].start);
    }
    pl_arena_release(&a);
    return out;
}

static void segments_abbreviations(void **state)
{
    (void)state;
    assert_string_equal(sentences("Mr. Smith met Dr. Jones. They talked."),
                        "Mr. Smith met Dr. Jones.|They talked.");
    assert_string_equal(sentences("Gen. Ali spoke. The U.S. envoy left."),
                        "Gen. Ali spoke.|The U.S. envoy left.");
    assert_string_equal(sentences("He met S. Jaishankar in Delhi. Talks went well."),
                        "He met S. Jaishankar in Delhi.|Talks went well.");
    assert_string_equal(sentences("Resolution No. 5 passed. Growth was 2.5 percent."),
                        "Resolution No. 5 passed.|Growth was 2.5 percent.");
    assert_string_equal(sentences("Aid came from the U.S. The talks ended."),
                        "Aid came from the U.S.|The talks ended.");
}

static void segments_quotes_and_lines(void **state)
{
    (void)state;
    assert_string_equal(sentences("He said: \"We agree.\" Then he left."),
                        "He said: \"We agree.\"|Then he left.");
    assert_string_equal(sentences("“It is done,” he said. “Good.”"),
                        "“It is done,” he said.|“Good.”");
    assert_string_equal(sentences("Headline without a dot\n\nBody text here. More."),
                        "Headline without a dot|Body text here.|More.");
    assert_string_equal(sentences("Agenda:\n- trade\n- energy\n• water"),
                        "Agenda:|- trade|- energy|• water");
    /* a hard-wrapped line continues the sentence */
    assert_string_equal(sentences("The minister met with his counterpart from the\nneighbouring state on Monday."),
                        "The minister met with his counterpart from the\nneighbouring state on Monday.");
    assert_string_equal(sentences("What now?! Nobody knows..."), "What now?!|Nobody knows...");
    assert_string_equal(sentences(""), "");
    assert_string_equal(sentences("   \n\n  "), "");
}

static void tokens_and_folding(void **state)
{
    (void)state;
    const char *text = "Popșoi and Türkiye’s Kassym-Jomart met the U.N. chief, ŁÓDŹ 2024-10-01.";
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), NULL, NULL, &td), 0);
    const char *want[] = {"popsoi", "and", "turkiye", "'s", "kassym-jomart", "met",
                          "the", "u.n.", "chief", ",", "lodz", "2024-10-01", "."};
    assert_int_equal(td.ntoks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < td.ntoks; i++)
        assert_string_equal(td.toks[i].fold, want[i]);
    /* offsets point into the original bytes */
    assert_memory_equal(text + td.toks[2].start, "Türkiye", td.toks[2].end - td.toks[2].start);
    assert_true(td.toks[3].flags & TOK_POSS);
    assert_true(td.toks[7].flags & TOK_ALLCAPS);
    assert_true(td.toks[0].flags & TOK_CAP);
    assert_true(td.toks[11].flags & TOK_NUM);
    pl_arena_release(&a);
}

/* A plural's possessive is the apostrophe alone ("Ministers' Meeting");
 * an apostrophe that closes a single quotation is punctuation. */
static void plural_possessive(void **state)
{
    (void)state;
    const char *text = "The Foreign Ministers' Meeting praised the so-called 'friends' of Syria.";
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, strlen(text), NULL, NULL, &td), 0);
    assert_string_equal(td.toks[3].fold, "'s");
    assert_true(td.toks[3].flags & TOK_POSS);
    assert_string_equal(td.toks[4].fold, "meeting");
    for (size_t i = 5; i < td.ntoks; i++)
        assert_false(td.toks[i].flags & TOK_POSS);
    assert_string_equal(td.toks[10].fold, "'");
    pl_arena_release(&a);
}

static void tokens_hostile_bytes(void **state)
{
    (void)state;
    const char text[] = "A\xff\xfe B\0C \xe2\x82 D\xf0\x9f\x98\x80.";
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, text, sizeof text - 1, NULL, NULL, &td), 0);
    assert_true(td.ntoks >= 5);
    for (size_t i = 0; i < td.ntoks; i++) {
        assert_true(td.toks[i].start < td.toks[i].end);
        assert_true(td.toks[i].end <= sizeof text - 1);
    }
    pl_arena_release(&a);
}

/* The first payload of the longest match at the start of s, or -1. */
static int kind_at(const char *s, size_t *len)
{
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, s, strlen(s), NULL, NULL, &td), 0);
    const lex_hit *h;
    uint32_t mask = LK_BIT(LK_COUNTRY) | LK_BIT(LK_ORG) | LK_BIT(LK_OFFICE) | LK_BIT(LK_ADJ);
    *len = lexicon_match(lx, td.toks, 0, td.ntoks, mask, &h);
    int kind = -1;
    for (; *len && h; h = lexicon_next(lx, h))
        if (h->ntok == *len && pl_lexicon_hit_ok(lx, h, td.toks, 0, mask)) {
            kind = h->kind;
            break;
        }
    pl_arena_release(&a);
    return kind;
}

static void lexicon_longest_and_caps(void **state)
{
    (void)state;
    size_t len;
    assert_int_equal(kind_at("Minister of Foreign Affairs of Ukraine", &len), LK_OFFICE);
    assert_int_equal(len, 4);
    assert_int_equal(kind_at("WHO Director-General", &len), LK_ORG);
    assert_int_equal(len, 1);
    assert_int_equal(kind_at("who said", &len), -1); /* "WHO" needs capitals */
    assert_int_equal(kind_at("Türkiye", &len), LK_COUNTRY);
    assert_int_equal(kind_at("TURKIYE", &len), LK_COUNTRY);
    assert_int_equal(kind_at("Kazakh", &len), LK_ADJ);
    assert_int_equal(pl_lexicon_country(lx, "KAZ") >= 0, 1);
    assert_int_equal(pl_lexicon_country(lx, "ZZZ"), -1);
    assert_int_equal(pl_lexicon_is_abbrev(lx, "mr", 2), 1);
    assert_int_equal(pl_lexicon_is_abbrev(lx, "minister", 8), 0);
}

static char logged[8192];
static void catch_log(void *ud, int severity, const char *msg)
{
    (void)ud;
    (void)severity;
    strncat(logged, msg, sizeof logged - strlen(logged) - 2);
    strncat(logged, "\n", 2);
}

/* Makes the temporary directory dir (a mkdtemp template) holding one
 * file name with text; its path goes to path. Clears the log. */
static void user_file(char *dir, char *path, size_t n, const char *name, const char *text)
{
    assert_non_null(mkdtemp(dir));
    snprintf(path, n, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    logged[0] = '\0';
}

static void lexicon_user_dir(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-lex-XXXXXX", path[256];
    user_file(dir, path, sizeof path, "countries.txt",
              "# a user's file\n"
              "KAZ | KAZ | Qazaqstan Republic | Kazland | Kazlandic | -\n"
              "too | few | fields\n"
              "ABCD | X | Bad code | - | - | -\n"
              "BAD | BAD | \xff\xfe | - | - | -\n"
              "CON | CON | Con\\\n"
              "tinuation | - | - | -\n");
    parley_lexicon_opts o = {dir, 0, catch_log, NULL};
    parley_lexicon *ul;
    size_t bad = 0;
    assert_int_equal(parley_lexicon_load(&ul, &o, &bad), 0);
    assert_int_equal(bad, 3);
    assert_non_null(strstr(logged, "countries.txt:3: expected 6 fields"));
    assert_non_null(strstr(logged, "countries.txt:4: 'ABCD' is not an ISO"));
    assert_non_null(strstr(logged, "countries.txt:5: invalid UTF-8"));
    /* the user's KAZ replaced the built-in one */
    int k = pl_lexicon_country(ul, "KAZ");
    assert_true(k >= 0);
    assert_string_equal(ul->countries[k].name, "Qazaqstan Republic");
    assert_true(pl_lexicon_country(ul, "CON") >= 0);
    parley_lexicon_free(ul);
    /* a missing directory is an error */
    parley_lexicon_opts o2 = {"/nonexistent/parley", 0, catch_log, NULL};
    assert_int_equal(parley_lexicon_load(&ul, &o2, NULL), PARLEY_ENOENT);
    unlink(path);
    rmdir(dir);
}

/* cameo.txt's optional flags say where an event happens: the built-in
 * table marks meetings (not phone calls) 'present' and assaults 'strike';
 * a user's row may set them, and an unknown flag is refused with its line. */
static void cameo_flags(void **state)
{
    (void)state;
    parley_lexicon *lx;
    parley_lexicon_opts o0 = {NULL, 0, NULL, NULL};
    assert_int_equal(parley_lexicon_load(&lx, &o0, NULL), 0);
    assert_true(pl_lexicon_code(lx, "040")->flags & LC_PRESENT);
    assert_true(pl_lexicon_code(lx, "0432")->flags & LC_PRESENT); /* by its row or prefix */
    assert_false(pl_lexicon_code(lx, "041")->flags & LC_PRESENT);
    assert_true(pl_lexicon_code(lx, "195")->flags & LC_STRIKE);
    assert_false(pl_lexicon_code(lx, "112")->flags & (LC_STRIKE | LC_PRESENT));
    parley_lexicon_free(lx);

    char dir[] = "/tmp/parley-lex-XXXXXX", path[256];
    user_file(dir, path, sizeof path, "cameo.txt",
              "# a user's rows\n"
              "041 | CONSULT | phone | 1 | 1.0 | Discuss by telephone | present\n"
              "112 | ACCUSE | accuse | 3 | -2.0 | Accuse | everywhere\n"
              "195 | ASSAULT | assault | 4 | -10.0 | Employ aerial weapons\n");
    parley_lexicon_opts o = {dir, 0, catch_log, NULL};
    size_t bad = 0;
    assert_int_equal(parley_lexicon_load(&lx, &o, &bad), 0);
    assert_int_equal(bad, 1);
    assert_non_null(strstr(logged, "cameo.txt:3: unknown flag"));
    assert_true(pl_lexicon_code(lx, "041")->flags & LC_PRESENT);
    assert_false(pl_lexicon_code(lx, "195")->flags & LC_STRIKE); /* the user's row has none */
    parley_lexicon_free(lx);
    unlink(path);
    rmdir(dir);
}

/* D1 (issue 13): a user's places.txt is loaded between the built-in places
 * and countries, so the hit array grows while a later phrase's chain is
 * being walked; the new hit was written into the freed block (ASan: heap
 * use after free) and lost (without ASan). Every hit must stay reachable
 * from its node, and the user's place must be found. */
static size_t reachable_hits(const parley_lexicon *l)
{
    size_t n = 0;
    for (size_t node = 0; node < l->nnodes; node++)
        for (uint32_t h = l->node_hits[node]; h; h = l->hits[h].next)
            n++;
    return n;
}

static void lexicon_user_places_keep_every_hit(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-lex-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/places.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("Testville | KAZ | 50.0 | 70.0 | 1000 | -\n", f);
    fclose(f);
    logged[0] = '\0';
    parley_lexicon_opts o = {dir, 0, catch_log, NULL};
    parley_lexicon *ul;
    size_t bad = 9;
    assert_int_equal(parley_lexicon_load(&ul, &o, &bad), 0);
    assert_int_equal(bad, 0);
    assert_int_equal(reachable_hits(ul), ul->nhits - 1);
    assert_int_equal(reachable_hits(lx), lx->nhits - 1);
    arena a;
    pl_arena_init(&a);
    text_doc td;
    assert_int_equal(pl_text_analyse(&a, "Testville", 9, NULL, NULL, &td), 0);
    const lex_hit *h;
    assert_int_equal(lexicon_match(ul, td.toks, 0, td.ntoks, LK_BIT(LK_PLACE), &h), 1);
    pl_arena_release(&a);
    parley_lexicon_free(ul);
    unlink(path);
    rmdir(dir);
}

/* D9 (issue 13): UTF-16 decoding, pairs, unpaired surrogates, odd bytes */
static void utf16_decoding(void **state)
{
    (void)state;
    /* "Aé€😀" little-endian, then big-endian */
    static const unsigned char le[] = {0x41, 0, 0xE9, 0, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE};
    static const unsigned char be[] = {0, 0x41, 0, 0xE9, 0x20, 0xAC, 0xD8, 0x3D, 0xDE, 0x00};
    const char want[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    parley_buf b = PARLEY_BUF_INIT;
    size_t bad = 9;
    assert_int_equal(pl_utf16_to_utf8(&b, le, sizeof le, 0, &bad), 0);
    assert_int_equal(bad, 0);
    assert_string_equal(b.p, want);
    parley_buf_reset(&b);
    assert_int_equal(pl_utf16_to_utf8(&b, be, sizeof be, 1, &bad), 0);
    assert_string_equal(b.p, want);
    /* a lone high surrogate, a lone low one, an odd last byte */
    static const unsigned char odd[] = {0x3D, 0xD8, 0x41, 0, 0x00, 0xDC, 0x42};
    parley_buf_reset(&b);
    assert_int_equal(pl_utf16_to_utf8(&b, odd, sizeof odd, 0, &bad), 0);
    assert_int_equal(bad, 3);
    assert_string_equal(b.p, "\xef\xbf\xbd" "A\xef\xbf\xbd\xef\xbf\xbd");
    assert_int_equal(pl_utf8_valid(b.p, b.n, NULL), 1);
    parley_buf_release(&b);
}

static void coder_small_document(void **state)
{
    (void)state;
    const char *text = "Minister of Foreign Affairs of Latvia Baiba Braže met with "
                       "the Estonian Foreign Minister Margus Tsahkna in Riga on Monday.";
    parley_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text.p = text;
    doc.text.n = strlen(text);
    doc.date.p = "2025-05-07";
    doc.date.n = 10;
    doc.origin = "x/riga.txt";
    parley_result *r;
    assert_int_equal(parley_code(lx, &doc, NULL, &r), 0);
    assert_int_equal(parley_result_count(r), 1);
    const parley_event *e = parley_result_event(r, 0);
    assert_string_equal(e->type, "CONSULT");
    assert_string_equal(e->source.name, "Baiba Braže");
    assert_string_equal(e->source.country, "LVA");
    assert_string_equal(e->source.code, "LVAGOV");
    assert_string_equal(e->target.name, "Margus Tsahkna");
    assert_string_equal(e->date, "2025-05-05");
    assert_string_equal(e->place.name, "Riga");
    assert_int_equal(e->span[0], 0);
    assert_int_equal(e->span[1], strlen(text));
    parley_buf b = PARLEY_BUF_INIT;
    assert_int_equal(parley_doc_id(&b, &doc), 0);
    assert_string_equal(b.p, "riga");
    parley_buf_reset(&b);
    assert_int_equal(parley_write_json(&b, &doc, e, 0), 0);
    assert_non_null(strstr(b.p, "\"id\": \"riga:0:1\""));
    assert_non_null(strstr(b.p, "\"negated\": false"));
    parley_buf_release(&b);
    parley_result_free(r);
    /* an empty document has no events and no sentences */
    doc.text.p = NULL;
    doc.text.n = 0;
    assert_int_equal(parley_code(lx, &doc, NULL, &r), 0);
    assert_int_equal(parley_result_count(r), 0);
    assert_int_equal(parley_result_sentences(r), 0);
    parley_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(segments_abbreviations),
        cmocka_unit_test(segments_quotes_and_lines),
        cmocka_unit_test(tokens_and_folding),
        cmocka_unit_test(plural_possessive),
        cmocka_unit_test(tokens_hostile_bytes),
        cmocka_unit_test(lexicon_longest_and_caps),
        cmocka_unit_test(lexicon_user_dir),
        cmocka_unit_test(cameo_flags),
        cmocka_unit_test(lexicon_user_places_keep_every_hit),
        cmocka_unit_test(utf16_decoding),
        cmocka_unit_test(coder_small_document),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
