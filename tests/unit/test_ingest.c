/* test_ingest.c — unit tests of the ingest stage (src/ingest, src/text/
 * utf8.c): each format's happy path next to hostile input — invalid UTF-8,
 * NUL bytes, empty files, 50 MB lines, bad JSON lines, broken HTML, feeds
 * that are not XML, missing files, directory walks and dateline formats. */
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

#include "ingest/ingest.h"
#include "parley.h"
#include "text/utf8.h"

/* ---- helpers ---- */

typedef struct logbook {
    parley_buf all; /* every message, one per line */
    int warnings, errors;
} logbook;

static void collect(void *ud, int severity, const char *msg)
{
    logbook *lb = ud;
    parley_buf_adds(&lb->all, msg);
    parley_buf_addc(&lb->all, '\n');
    if (severity == PARLEY_ERROR)
        lb->errors++;
    else
        lb->warnings++;
}

static void logbook_init(logbook *lb)
{
    memset(lb, 0, sizeof *lb);
    parley_buf_init(&lb->all);
    parley_buf_grow(&lb->all, 0);
}

static void logged(const logbook *lb, const char *needle)
{
    if (!strstr(lb->all.p, needle))
        fail_msg("expected log line containing \"%s\", got:\n%s", needle, lb->all.p);
}

static char data_dir[4096];

/* The fixtures live in tests/data/ingest; find them from the source file
 * name or the working directory (meson runs tests from the build dir). */
static const char *data(const char *name, char *out, size_t n)
{
    if (!data_dir[0]) {
        const char *cands[] = {NULL, "tests/data/ingest", "../tests/data/ingest",
                               "../../tests/data/ingest", "../../../tests/data/ingest"};
        char from_file[4096];
        const char *f = __FILE__, *slash = strrchr(f, '/');
        snprintf(from_file, sizeof from_file, "%.*s/../data/ingest",
                 slash ? (int)(slash - f) : 1, slash ? f : ".");
        cands[0] = getenv("PARLEY_TEST_DATA") ? getenv("PARLEY_TEST_DATA") : from_file;
        for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
            char probe[4200];
            struct stat st;
            snprintf(probe, sizeof probe, "%s/article.txt", cands[i]);
            if (stat(probe, &st) == 0) {
                snprintf(data_dir, sizeof data_dir, "%s", cands[i]);
                break;
            }
        }
        if (!data_dir[0])
            fail_msg("cannot find tests/data/ingest (set PARLEY_TEST_DATA)");
    }
    snprintf(out, n, "%s/%s", data_dir, name);
    return out;
}

static char tmp_dir[256];

static const char *tmp_path(const char *name, char *out, size_t n)
{
    if (!tmp_dir[0]) {
        snprintf(tmp_dir, sizeof tmp_dir, "/tmp/parley-ingest-XXXXXX");
        if (!mkdtemp(tmp_dir))
            fail_msg("mkdtemp failed");
    }
    snprintf(out, n, "%s/%s", tmp_dir, name);
    return out;
}

static void write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static int str_eq(parley_str s, const char *want)
{
    return s.n == strlen(want) && (s.n == 0 || !memcmp(s.p, want, s.n));
}

#define assert_str(s, want)                                                        \
    do {                                                                           \
        parley_str s_ = (s);                                                       \
        if (!str_eq(s_, want))                                                     \
            fail_msg("%s: got \"%.*s\" (%zu bytes), want \"%s\"", #s, (int)s_.n,   \
                     s_.p ? s_.p : "", s_.n, want);                                \
    } while (0)

static parley_ingest_opts opts_for(logbook *lb)
{
    parley_ingest_opts o = {PARLEY_FORMAT_AUTO, NULL, collect, lb, NULL};
    return o;
}

/* ---- utf8 ---- */

static void utf8_clean_hostile(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    parley_utf8_report rep;
    /* bad lead byte at 3, truncated sequence at 8, overlong at 10,
     * surrogate, NUL, CRLF, lone CR */
    const char in[] = "abc\xff" "def\xe2\x82" "g\xc0\xaf" "h\xed\xa0\x80" "i\0j\r\nk\rl";
    assert_int_equal(pl_utf8_clean(&b, in, sizeof in - 1, PARLEY_UTF8_CLEAN_ALL, &rep), 0);
    assert_int_equal(rep.first_bad, 3);
    assert_int_equal(rep.nbad, 7); /* ff | e2 82 | c0 | af | ed | a0 | 80 */
    assert_string_equal(b.p, "abc\xEF\xBF\xBD" "def\xEF\xBF\xBD" "g\xEF\xBF\xBD\xEF\xBF\xBD"
                             "h\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "i j\nk\nl");
    assert_int_equal(rep.nnul, 1);
    assert_int_equal(pl_utf8_valid(b.p, b.n, NULL), 1);
    size_t bad = 99;
    assert_int_equal(pl_utf8_valid(in, sizeof in - 1, &bad), 0);
    assert_int_equal(bad, 3);
    parley_buf_release(&b);
}

static void utf8_nfc(void **state)
{
    (void)state;
    parley_buf b = PARLEY_BUF_INIT;
    /* e + combining acute → é; Ω (U+2126 ohm) → Ω (U+03A9) */
    const char in[] = "Cafe\xcc\x81 \xe2\x84\xa6";
    assert_int_equal(pl_utf8_clean(&b, in, sizeof in - 1, PARLEY_UTF8_CLEAN_ALL, NULL), 0);
    assert_string_equal(b.p, "Caf\xc3\xa9 \xce\xa9");
    /* a long input crosses the chunk boundaries of the NFC pass */
    parley_buf big = PARLEY_BUF_INIT, out = PARLEY_BUF_INIT;
    for (int i = 0; i < 50000; i++)
        parley_buf_adds(&big, "Cafe\xcc\x81 ");
    assert_int_equal(pl_utf8_clean(&out, big.p, big.n, PARLEY_UTF8_CLEAN_ALL, NULL), 0);
    assert_int_equal(out.n, 50000 * 6);
    assert_non_null(strstr(out.p + out.n - 12, "Caf\xc3\xa9 "));
    assert_null(strstr(out.p, "e\xcc\x81"));
    parley_buf_release(&b);
    parley_buf_release(&big);
    parley_buf_release(&out);
}

/* ---- dates ---- */

static void dateline_table(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } cases[] = {
        {"2024-02-28 Astana", "2024-02-28"},
        {" date 2024-10-01 Images | gov.kz", "2024-10-01"},
        {"Published 26 September 2023 by MFA", "2023-09-26"},
        {"September 26, 2023 - talks", "2023-09-26"},
        {"SEOUL, Sept. 26, 2025 -- The minister", "2025-09-26"},
        {"Sept. 26, 2025", "2025-09-26"},
        {"Sep 26 2025", "2025-09-26"},
        {"26.09.2023 Astana", "2023-09-26"},
        {"ASTANA, 3 Dec. 2023", "2023-12-03"},
        {"1st of March, 2022", "2022-03-01"},
        {"on 29 Feb 2024 leap", "2024-02-29"},
        {"26-Sep-2023", "2023-09-26"},
        {"JANUARY 5, 2020", "2020-01-05"},
        {"By Euronews | 17/11/2026 - 19:04 GMT+1", "2026-11-17"},
        {"Posted 11/17/2026", "2026-11-17"},
        {"Addis Abeba, November 5/2026", "2026-11-05"},
        /* local datelines of outlets that publish in English */
        {"BOGOT\xc3\x81, 14 de noviembre de 2026.", "2026-11-14"},
        {"LISBOA, 2 de mar\xc3\xa7o de 2026 -", "2026-03-02"},
        {"PARIS, 3 d\xc3\xa9" "cembre 2026 -", "2026-12-03"},
        {"ROMA, 1 agosto 2026", "2026-08-01"},
        {"BERLIN, 14. M\xc3\xa4rz 2026 -", "2026-03-14"},
        {"Madrid, 5 De Mayo De 2026", "2026-05-05"},
        {"Maputo, 14 set 2026 (Lusa)", "2026-09-14"},
        {"Lisboa, 3 out. 2026", "2026-10-03"},
        /* rejects */
        {"14 de Gaulle 2026", NULL},
        {"Mars 2026 will see", NULL},
        {"12 mai 26", NULL},
        {"03/04/2026 either way", NULL},
        {"31/02/2026", NULL},
        {"2023-13-01", NULL},
        {"30 February 2024", NULL},
        {"29 Feb 2023", NULL},
        {"31.04.2023", NULL},
        {"Phone 12024-02-28", NULL},
        {"in May 2024 only", NULL},
        {"Septembre 26, 2023", NULL},
        {"", NULL},
        {"no date here at all", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11] = "";
        int got = pl_find_dateline(cases[i].in, strlen(cases[i].in), out);
        if (got != (cases[i].want != NULL))
            fail_msg("\"%s\": found=%d (\"%s\"), want %s", cases[i].in, got, out,
                     cases[i].want ? cases[i].want : "none");
        if (cases[i].want && strcmp(out, cases[i].want))
            fail_msg("\"%s\": got %s, want %s", cases[i].in, out, cases[i].want);
    }
    /* only the top of the text is searched */
    char far[1000];
    memset(far, 'x', sizeof far);
    memcpy(far + 600, " 2024-02-28 ", 12);
    char out[11];
    assert_int_equal(pl_find_dateline(far, sizeof far, out), 0);
    memcpy(far + 395, " 2024-02-28 ", 12);
    assert_int_equal(pl_find_dateline(far, sizeof far, out), 1);
    assert_string_equal(out, "2024-02-28");
}

/* Wire datelines without a year ("ISLAMABAD, Nov 3 (Reuters) -") take
 * the year nearest to the date the caller gives. */
static void find_dateline_yearless(void **state)
{
    (void)state;
    static const struct { const char *in, *near, *want; } cases[] = {
        {"ISLAMABAD, Nov 3 (Reuters) - Troops killed", "2026-11-20", "2026-11-03"},
        {"Headline\nHANOI, Nov. 3 (AFP) -- Police", "2026-11-20", "2026-11-03"},
        {"PARIS, 3 November \xe2\x80\x93 The minister", "2026-11-20", "2026-11-03"},
        {"NEW DELHI, December 30 - India", "2027-01-02", "2026-12-30"},
        {"BEIJING, Jan 2 (Xinhua) - China", "2026-12-30", "2027-01-02"},
        {"SEOUL, Feb 29 (Yonhap) - Talks", "2025-03-01", "2024-02-29"},
        {"Bishkek, October 14 /Kabar/.\nMinister", "2026-11-20", "2026-10-14"},
        {"MOSCOW, October 14. /TASS/. Russia", "2026-11-20", "2026-10-14"},
        {"PARIS, October 14 Talks opened", "2026-11-20", NULL},
        /* no dash after it, a digit in the place, no date given */
        {"ISLAMABAD, Nov 3 (Reuters) said", "2026-11-20", NULL},
        {"Police held 20, Nov 3 - said", "2026-11-20", NULL},
        {"ISLAMABAD, Nov 3 (Reuters) - Troops", NULL, NULL},
        {"ISLAMABAD, Nov 31 (Reuters) - Troops", "2026-11-20", NULL},
        {"in ISLAMABAD, Nov 3 (Reuters) - Troops", "2026-11-20", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11] = "";
        int got = pl_find_dateline_yearless(cases[i].in, strlen(cases[i].in), cases[i].near, out);
        if (got != (cases[i].want != NULL))
            fail_msg("\"%s\": found=%d (\"%s\"), want %s", cases[i].in, got, out,
                     cases[i].want ? cases[i].want : "none");
        if (cases[i].want && strcmp(out, cases[i].want))
            fail_msg("\"%s\": got %s, want %s", cases[i].in, out, cases[i].want);
    }
}

static void parse_date_table(void **state)
{
    (void)state;
    static const struct { const char *in, *want; } cases[] = {
        {"2024-10-01T09:30:00+05:00", "2024-10-01"},
        {"2024-10-01", "2024-10-01"},
        {"2024-10-01 09:30", "2024-10-01"},
        {"Tue, 26 Sep 2023 10:00:00 +0900", "2023-09-26"},
        {"Tuesday, 26 Sep 23 10:00 GMT", "2023-09-26"},
        {"26 Sep 2023", "2023-09-26"},
        {"September 26, 2023", "2023-09-26"},
        {"26.09.2023", "2023-09-26"},
        {"Published: 2023/09/26", "2023-09-26"},
        {"2023-02-29", NULL},
        {"2024-00-10", NULL},
        {"next Tuesday", NULL},
        {"Tue, 32 Sep 2023 10:00:00", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[11] = "";
        int got = pl_parse_date(cases[i].in, strlen(cases[i].in), out);
        if (got != (cases[i].want != NULL) || (cases[i].want && strcmp(out, cases[i].want)))
            fail_msg("\"%s\": found=%d \"%s\", want %s", cases[i].in, got, out,
                     cases[i].want ? cases[i].want : "none");
    }
}

/* ---- text ---- */

static void text_file(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    parley_reader *r;
    assert_int_equal(parley_reader_open(&r, data("article.txt", path, sizeof path), &o), 0);
    parley_doc d;
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.title, "Kazakhstan and Korea discuss cooperation");
    assert_true(d.title.p == d.text.p); /* a view into the text */
    assert_str(d.date, "2025-09-26");
    assert_str(d.id, "article"); /* the file's name */
    assert_string_equal(d.origin, path);
    assert_int_equal(d.line, 0);
    assert_non_null(strstr(d.text.p, "Both sides agreed to expand trade.\n"));
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(parley_reader_errors(r), 0);
    parley_reader_close(r);

    /* CRLF becomes LF; title still found; the dateline on line 3 */
    assert_int_equal(parley_reader_open(&r, data("crlf.txt", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.title, "Kazakh FM meets UN Secretary-General");
    assert_null(memchr(d.text.p, '\r', d.text.n));
    assert_str(d.date, "2023-09-26");
    parley_reader_close(r);
    assert_int_equal(lb.errors, 0);
    parley_buf_release(&lb.all);
}

static void text_hostile(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    o.default_date = "2000-01-01";
    char path[4200];
    /* invalid UTF-8 at byte 6, NUL at byte 12, no title (no blank line) */
    const char raw[] = "Hello \xff\xfe world\0end\nmore";
    write_file(tmp_path("bad.txt", path, sizeof path), raw, sizeof raw - 1);
    parley_reader *r;
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    parley_doc d;
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.text, "Hello \xEF\xBF\xBD\xEF\xBF\xBD world end\nmore");
    assert_int_equal(d.title.n, 0);
    assert_str(d.date, "2000-01-01"); /* the default */
    assert_int_equal(lb.errors, 0);
    char want[4400];
    snprintf(want, sizeof want, "%s: byte 6: invalid UTF-8 (2 sequences replaced)", path);
    logged(&lb, want);
    logged(&lb, "1 NUL byte replaced");
    parley_reader_close(r);

    /* empty file: no document, a warning, not an error */
    assert_int_equal(parley_reader_open(&r, data("empty.txt", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(parley_reader_errors(r), 0);
    logged(&lb, "empty file: no document");
    parley_reader_close(r);
    parley_buf_release(&lb.all);
}

static void missing_file(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    parley_reader *r = (parley_reader *)&lb;
    assert_int_equal(parley_reader_open(&r, "/nonexistent/parley/x.txt", &o), PARLEY_ENOENT);
    assert_null(r);
    logged(&lb, "/nonexistent/parley/x.txt: No such file or directory");
    char path[4200];
    assert_int_equal(parley_reader_open(&r, data("tree", path, sizeof path), &o), PARLEY_EIO);
    logged(&lb, "is a directory");
    assert_int_equal(parley_format_from_name("jsonl"), PARLEY_FORMAT_JSONL);
    assert_int_equal(parley_format_from_name("feed"), PARLEY_FORMAT_FEED);
    assert_int_equal(parley_format_from_name("pdf"), -1);
    parley_buf_release(&lb.all);
}

/* The table of input formats: every name is its own number; a number
 * past the table is refused, not read as text as it once was. */
static void format_table(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    int n = 0;
    for (; parley_format_name(n); n++) {
        assert_int_equal(parley_format_from_name(parley_format_name(n)), n);
        assert_non_null(parley_format_help(n));
    }
    assert_true(n >= 5);
    assert_null(parley_format_help(n));
    assert_null(parley_format_name(-1));
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    parley_reader *r = (parley_reader *)&lb;
    o.format = n;
    assert_int_equal(parley_reader_open(&r, data("article.txt", path, sizeof path), &o),
                     PARLEY_EINVAL);
    assert_null(r);
    logged(&lb, "unknown input format");
    o.format = -1;
    assert_int_equal(parley_reader_open(&r, data("article.txt", path, sizeof path), &o),
                     PARLEY_EINVAL);
    /* standard input's first bytes: no decision before there is one to
     * make (the start of a byte order mark was once taken for text) */
    assert_null(pl_input_format_sniff("\xEF", 1, 0));
    assert_null(pl_input_format_sniff("\xEF\xBB", 2, 0));
    assert_null(pl_input_format_sniff("\n \n", 3, 0));
    assert_null(pl_input_format_sniff("<html>", 6, 0));
    assert_ptr_equal(pl_input_format_sniff("\xEF\xBB\xBF{", 4, 0), &pl_in_jsonl);
    assert_ptr_equal(pl_input_format_sniff("\n{", 2, 0), &pl_in_jsonl);
    assert_ptr_equal(pl_input_format_sniff("<html>", 6, 1), &pl_in_html);
    assert_ptr_equal(pl_input_format_sniff("<rss version=\"2.0\">", 19, 0), &pl_in_feed);
    assert_ptr_equal(pl_input_format_sniff("Riga", 4, 0), &pl_in_text);
    assert_ptr_equal(pl_input_format_sniff("", 0, 1), &pl_in_text);
    parley_buf_release(&lb.all);
}

/* A 50 MB line as .txt and .jsonl: read whole, nothing lost. */
static void huge_lines(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    const size_t big = 50u << 20;
    char *s = malloc(big + 64);
    assert_non_null(s);
    for (size_t i = 0; i < big; i++)
        s[i] = "abcdefgh "[i % 9];
    char path[4200];
    write_file(tmp_path("big.txt", path, sizeof path), s, big);
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.text.n, big);
    assert_int_equal(memcmp(d.text.p, s, big), 0);
    parley_reader_close(r);

    /* {"id":"big","text":"…"} then a small line */
    FILE *f = fopen(tmp_path("big.jsonl", path, sizeof path), "wb");
    assert_non_null(f);
    fputs("{\"id\":\"big\",\"text\":\"", f);
    fwrite(s, 1, big, f);
    fputs("\"}\n{\"text\":\"small\"}\n", f);
    fclose(f);
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.id, "big");
    assert_int_equal(d.text.n, big);
    assert_int_equal(memcmp(d.text.p + big - 100, s + big - 100, 100), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.text, "small");
    assert_int_equal(d.line, 2);
    assert_int_equal(parley_reader_next(r, &d), 0);
    parley_reader_close(r);
    assert_int_equal(lb.errors, 0);
    free(s);
    parley_buf_release(&lb.all);
}

/* ---- JSON lines ---- */

static void jsonl_file(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200], want[4400];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("news.jsonl", path, sizeof path), &o), 0);

    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.line, 1);
    assert_str(d.id, "kz-1");
    assert_str(d.date, "2024-10-01");
    assert_str(d.title, "Nurtleu meets Sybiha");
    assert_str(d.text, "Minister Nurtleu met Andrii Sybiha.");
    assert_str(d.url, "https://gov.kz/1");
    assert_str(d.source, "gov.kz");

    /* lines 3-5 are bad, line 6 is good: numeric id, dateline date */
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.line, 6);
    assert_str(d.id, "7");
    assert_str(d.date, "2023-09-26");
    assert_int_equal(d.title.n, 0);
    assert_int_equal(d.url.n, 0);

    /* 7, 8 bad; 9: unparseable date → warning and dateline */
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.line, 9);
    assert_str(d.id, "kz-3");
    assert_str(d.date, "2024-10-01");

    /* 10 blank (spaces); 11: RFC 822 date, NFC text */
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.line, 11);
    assert_str(d.date, "2024-02-27");
    assert_str(d.text, "Caf\xc3\xa9 talks.");
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(parley_reader_next(r, &d), 0);

    assert_int_equal(parley_reader_errors(r), 5);
    snprintf(want, sizeof want, "%s:3: expected a JSON object", path);
    logged(&lb, want);
    snprintf(want, sizeof want, "%s:4: expected a JSON object", path);
    logged(&lb, want);
    snprintf(want, sizeof want, "%s:5: expected a JSON object, got an array", path);
    logged(&lb, want);
    snprintf(want, sizeof want, "%s:7: expected a string field \"text\"", path);
    logged(&lb, want);
    snprintf(want, sizeof want, "%s:8: field \"text\": expected a string, got a number", path);
    logged(&lb, want);
    snprintf(want, sizeof want, "%s:9: unrecognised date \"next Tuesday\"", path);
    logged(&lb, want);
    assert_int_equal(lb.errors, 5);
    assert_null(strstr(lb.all.p, ":2:")); /* blank lines are silent */
    assert_null(strstr(lb.all.p, ":10:"));
    parley_reader_close(r);
    parley_buf_release(&lb.all);
}

/* Reading and parsing apart (parley_reader_next_record + parley_parser)
 * gives the same documents and the same messages as parley_reader_next,
 * with the records copied away and parsed after the reader moved on. */
static void str_copy(parley_buf *b, parley_str s)
{
    parley_buf_add(b, s.p, s.n);
    parley_buf_addc(b, '|');
}

static void doc_dump(parley_buf *b, const parley_doc *d)
{
    parley_buf_addf(b, "%zu|", d->line);
    str_copy(b, d->id), str_copy(b, d->date), str_copy(b, d->title);
    str_copy(b, d->text), str_copy(b, d->url), str_copy(b, d->source);
    parley_buf_adds(b, d->origin);
    parley_buf_addc(b, '\n');
}

static void records_apart(void **state)
{
    (void)state;
    char path[4200];
    data("news.jsonl", path, sizeof path);
    logbook lb1, lb2;
    logbook_init(&lb1);
    logbook_init(&lb2);
    parley_buf want = PARLEY_BUF_INIT, got = PARLEY_BUF_INIT;
    parley_ingest_opts o = opts_for(&lb1);
    o.default_date = "2001-02-03";
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    while (parley_reader_next(r, &d) == 1)
        doc_dump(&want, &d);
    assert_int_equal(parley_reader_errors(r), 5);
    parley_reader_close(r);

    /* the records, copied; blank lines (2 and 10) are not records */
    char *lines[16];
    size_t lens[16], nums[16], n = 0;
    parley_record rec;
    o = opts_for(&lb2);
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    while (parley_reader_next_record(r, &rec) == 1) {
        assert_true(n < 16);
        assert_int_equal(rec.parsed, 0);
        assert_string_equal(rec.origin, path);
        lines[n] = malloc(rec.raw.n + 1);
        memcpy(lines[n], rec.raw.p, rec.raw.n);
        lens[n] = rec.raw.n;
        nums[n++] = rec.line;
    }
    assert_int_equal(n, 9);
    assert_int_equal(nums[0], 1);
    assert_int_equal(nums[1], 3);
    assert_int_equal(parley_reader_errors(r), 0);
    assert_int_equal(lb2.all.n, 0); /* nothing parsed, nothing said */
    parley_reader_close(r);

    o.default_date = "2001-02-03";
    parley_parser *ps;
    assert_int_equal(parley_parser_new(&ps, &o), 0);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        memset(&rec, 0, sizeof rec);
        rec.raw.p = lines[i];
        rec.raw.n = lens[i];
        rec.origin = path;
        rec.line = nums[i];
        int rc = parley_parse_record(ps, &rec, &d);
        if (rc == 1)
            doc_dump(&got, &d);
        else
            bad += rc == PARLEY_EPARSE;
        free(lines[i]);
    }
    assert_int_equal(bad, 5);
    assert_string_equal(got.p, want.p);
    assert_string_equal(lb2.all.p, lb1.all.p);
    assert_int_equal(lb2.errors, lb1.errors);

    /* messages go where set_log says, or nowhere */
    logbook lb3;
    logbook_init(&lb3);
    parley_parser_set_log(ps, collect, &lb3);
    memset(&rec, 0, sizeof rec);
    rec.raw.p = "[1]";
    rec.raw.n = 3;
    rec.origin = "x.jsonl";
    rec.line = 12;
    assert_int_equal(parley_parse_record(ps, &rec, &d), PARLEY_EPARSE);
    logged(&lb3, "x.jsonl:12: expected a JSON object, got an array");
    parley_parser_set_log(ps, NULL, NULL);
    assert_int_equal(parley_parse_record(ps, &rec, &d), PARLEY_EPARSE);
    assert_int_equal(lb3.errors, 1);
    /* blank and hostile records; a missing origin is refused */
    rec.raw.p = " \t";
    rec.raw.n = 2;
    assert_int_equal(parley_parse_record(ps, &rec, &d), 0);
    rec.raw.p = "{\"text\":\"\xc3\x28\"}";
    rec.raw.n = strlen(rec.raw.p);
    parley_parser_set_log(ps, collect, &lb3);
    assert_int_equal(parley_parse_record(ps, &rec, &d), 1);
    assert_str(d.date, "2001-02-03");
    logged(&lb3, "x.jsonl:12: byte 9: invalid UTF-8");
    rec.origin = NULL;
    assert_int_equal(parley_parse_record(ps, &rec, &d), PARLEY_EINVAL);
    assert_int_equal(parley_parse_record(ps, NULL, &d), PARLEY_EINVAL);
    parley_parser_free(ps);
    parley_parser_free(NULL);

    /* the formats read whole come parsed; so does a parser's answer */
    assert_int_equal(parley_reader_open(&r, data("article.txt", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next_record(r, &rec), 1);
    assert_int_equal(rec.parsed, 1);
    assert_true(rec.doc.text.n > 0);
    assert_int_equal(parley_parser_new(&ps, NULL), 0);
    assert_int_equal(parley_parse_record(ps, &rec, &d), 1);
    assert_ptr_equal(d.text.p, rec.doc.text.p);
    parley_parser_free(ps);
    assert_int_equal(parley_reader_next_record(r, &rec), 0);
    parley_reader_close(r);

    parley_buf_release(&want);
    parley_buf_release(&got);
    parley_buf_release(&lb1.all);
    parley_buf_release(&lb2.all);
    parley_buf_release(&lb3.all);
}

/* A line too long to be a document is reported by the record reader
 * itself, in its place, and never handed out. */
static void records_huge_line(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    FILE *f = fopen(tmp_path("huge.jsonl", path, sizeof path), "wb");
    assert_non_null(f);
    fputs("{\"text\":\"one\"}\n{\"text\":\"", f);
    for (size_t i = 0; i < (65u << 20) / 64; i++)
        fputs("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", f);
    fputs("\"}\n{\"text\":\"three\"}\n", f);
    fclose(f);
    parley_reader *r;
    parley_record rec;
    assert_int_equal(parley_reader_open(&r, path, &o), 0);
    assert_int_equal(parley_reader_next_record(r, &rec), 1);
    assert_int_equal(rec.line, 1);
    assert_int_equal(lb.errors, 0);
    assert_int_equal(parley_reader_next_record(r, &rec), 1);
    assert_int_equal(rec.line, 3);
    assert_int_equal(rec.raw.n, strlen("{\"text\":\"three\"}"));
    assert_int_equal(lb.errors, 1);
    logged(&lb, ":2: document larger than 64 MiB");
    assert_int_equal(parley_reader_next_record(r, &rec), 0);
    assert_int_equal(parley_reader_errors(r), 1);
    parley_reader_close(r);
    remove(path);
    parley_buf_release(&lb.all);
}

static void jsonl_hostile(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    ingest_ctx cx = {"mem.jsonl", NULL, collect, &lb, 0, NULL};
    ingest_doc d;
    pl_ingest_doc_init(&d);
    /* invalid UTF-8 inside the text string: replaced, record kept */
    const char bad[] = "{\"text\":\"A\xff" "B\"}";
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, bad, sizeof bad - 1, 4, &d), 1);
    assert_string_equal(d.text.p, "A\xEF\xBF\xBD" "B");
    logged(&lb, "mem.jsonl:4: byte 10: invalid UTF-8 (1 sequence replaced)");
    /* \u0000 inside the text becomes a space */
    const char nul[] = "{\"text\":\"a\\u0000b\", \"id\": null, \"title\": 3}";
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, nul, sizeof nul - 1, 5, &d), 1);
    assert_int_equal(d.text.n, 3);
    assert_string_equal(d.text.p, "a b");
    assert_int_equal(d.title.n, 0);
    logged(&lb, "mem.jsonl:5: field \"title\": expected a string, got a number");
    /* a raw NUL byte, trailing garbage, an empty object */
    const char raw_nul[] = "{\"text\":\"a\0b\"}";
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, raw_nul, sizeof raw_nul - 1, 6, &d),
                     PARLEY_EPARSE);
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, "{\"text\":\"x\"} junk", 17, 7, &d),
                     PARLEY_EPARSE);
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, "{}", 2, 8, &d), PARLEY_EPARSE);
    assert_int_equal(pl_ingest_parse_jsonl_line(&cx, " \t\r", 3, 9, &d), 0);
    assert_int_equal(cx.errors, 3);
    logged(&lb, "mem.jsonl:7: expected a JSON object");
    pl_ingest_doc_release(&d);
    parley_buf_release(&lb.all);
}

/* ---- the JSON scanner, one line at a time ---- */

/* One line through pl_ingest_parse_jsonl_line with a fresh logbook. */
static int jline(const char *p, size_t n, ingest_doc *d, logbook *lb)
{
    parley_buf_release(&lb->all);
    logbook_init(lb);
    ingest_ctx cx = {"t.jsonl", NULL, collect, lb, 0, NULL};
    int rc = pl_ingest_parse_jsonl_line(&cx, p, n, 3, d);
    if (rc == PARLEY_EPARSE && cx.errors != 1)
        fail_msg("a bad line counts one error, got %zu", cx.errors);
    return rc;
}

static int buf_is(const parley_buf *b, const char *want)
{
    return b->n == strlen(want) && !memcmp(b->p, want, b->n);
}

#define assert_buf(b, want)                                                        \
    do {                                                                           \
        if (!buf_is(&(b), want))                                                   \
            fail_msg("%s: got \"%.*s\" (%zu bytes), want \"%s\"", #b, (int)(b).n,  \
                     (b).p, (b).n, want);                                          \
    } while (0)

/* Table: a line, what comes back, the fields (NULL: not checked), and a
 * piece of the log (NULL: the log must be empty). */
static void jsonl_scanner_table(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        int rc;
        const char *text, *id, *title, *date, *url, *source, *log;
    } cases[] = {
        /* every escape; \u in both cases; a surrogate pair */
        {"{\"text\": \"q\\\" b\\\\ s\\/ \\b\\f\\t|\\u00e9\\u00C9\\u20ac\\ud83d\\ude00\"}", 1,
         "q\" b\\ s/ \b\f\t|\xc3\xa9\xc3\x89\xe2\x82\xac\xf0\x9f\x98\x80", "", "", "", "", "",
         NULL},
        /* line ends: CR, CRLF and CR + \u000a become LF; LF stays */
        {"{\"text\": \"a\\r\\nb\\rc\\r\\u000Ad\\ne\\r\\r\\n\"}", 1, "a\nb\nc\nd\ne\n\n", NULL,
         NULL, NULL, NULL, NULL, NULL},
        /* \u0000 is a space in cleaned fields, with a warning per field */
        {"{\"text\": \"a\\u0000b\\u0000\", \"title\": \"\\u0000\"}", 1, "a b ", NULL, " ",
         NULL, NULL, NULL, "t.jsonl:3: 2 NUL bytes replaced by spaces\nt.jsonl:3: 1 NUL byte "
         "replaced by spaces"},
        /* NFC, from escapes and from raw bytes, in every cleaned field */
        {"{\"text\": \"Cafe\\u0301 x\", \"title\": \"Cafe\xcc\x81\", \"id\": \"e\xcc\x81\"}", 1,
         "Caf\xc3\xa9 x", "\xc3\xa9", "Caf\xc3\xa9", NULL, NULL, NULL, NULL},
        /* the date is read raw: an escaped CR is not a line end there */
        {"{\"text\": \"x\", \"date\": \"2024-02-28\\r\"}", 1, "x", NULL, NULL, "2024-02-28",
         NULL, NULL, NULL},
        /* unpaired surrogates: U+FFFD each, one warning with the first offset */
        {"{\"text\": \"a\\ud800b\\udc00c\\ud800\\u0041\\ud800\"}", 1,
         "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd" "A\xef\xbf\xbd", NULL, NULL, NULL,
         NULL, NULL, "t.jsonl:3: byte 11: unpaired surrogate in a \\u escape (4 replaced"},
        /* a high surrogate then a valid pair */
        {"{\"text\": \"\\ud800\\ud83d\\ude00\"}", 1, "\xef\xbf\xbd\xf0\x9f\x98\x80", NULL,
         NULL, NULL, NULL, NULL, "byte 10: unpaired surrogate"},
        /* other members of every kind are checked and skipped */
        {"{\"a\": {\"b\": [1, -2.5e-3, 0, -0, 1E+2, true, false, null, \"s\\\"]\", {}, []]},"
         " \"text\": \"x\", \"z\": [[[{\"q\": {}}]]], \"n\": 0.5}", 1, "x", "", "", "", "",
         "", NULL},
        /* whitespace of all four kinds everywhere */
        {" \t\r\n{ \t\"text\" \r: \n\"x\" ,\"id\":\"i\"\t} \r", 1, "x", "i", NULL, NULL, NULL,
         NULL, NULL},
        /* duplicate keys: the last one wins, whatever the types */
        {"{\"text\": \"a\", \"title\": \"t\", \"text\": \"b\", \"title\": 5}", 1, "b", NULL, "",
         NULL, NULL, NULL, "field \"title\": expected a string, got a number; ignored"},
        {"{\"text\": \"a\", \"text\": null}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: field \"text\": expected a string, got null"},
        {"{\"text\": 5, \"text\": \"b\"}", 1, "b", NULL, NULL, NULL, NULL, NULL, NULL},
        /* an escaped key names its field */
        {"{\"t\\u0065xt\": \"x\", \"\\u0069d\": \"i\"}", 1, "x", "i", NULL, NULL, NULL, NULL,
         NULL},
        /* keys that only look like ours */
        {"{\"text\": \"x\", \"Text\": \"y\", \"texts\": \"z\", \"tex\": 1, \"id\\u0000\": 2}", 1,
         "x", "", NULL, NULL, NULL, NULL, NULL},
        /* ids as numbers: as jansson printed them; beyond 64 bits as written */
        {"{\"text\": \"x\", \"id\": 7}", 1, "x", "7", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": -0}", 1, "x", "0", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": -12}", 1, "x", "-12", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": 1.5}", 1, "x", "1.5", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": 0.1}", 1, "x", "0.10000000000000001", NULL, NULL, NULL,
         NULL, NULL},
        {"{\"text\": \"x\", \"id\": 1e2}", 1, "x", "100", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": -0.0}", 1, "x", "-0", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": 9223372036854775807}", 1, "x", "9223372036854775807", NULL,
         NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": 123456789012345678901234567890}", 1, "x",
         "123456789012345678901234567890", NULL, NULL, NULL, NULL, NULL},
        {"{\"text\": \"x\", \"id\": 1e400}", 1, "x", "1e400", NULL, NULL, NULL, NULL, NULL},
        /* wrong types: warned about and ignored; null is silent */
        {"{\"text\": \"x\", \"id\": true, \"url\": [], \"source\": {}, \"title\": null}", 1, "x",
         "", "", NULL, "", "", "field \"id\": expected a string, got a boolean; ignored"},
        {"{\"text\": \"x\", \"date\": 20240228}", 1, "x", NULL, NULL, "", NULL, NULL,
         "field \"date\": expected a string, got a number; looking for a dateline"},
        /* not an object */
        {"[1, {\"text\": \"x\"}]", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: expected a JSON object, got an array"},
        {"\"text\"", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a JSON object, got a string"},
        {"null", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a JSON object, got null"},
        {"{}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: expected a string field \"text\""},
        /* syntax errors say what, what was found and where */
        {"{\"text\": \"x\"} junk", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: expected a JSON object: expected the end of the line, found 'j' (byte 14, "
         "column 15)"},
        {"{\"text\": \"x\"}}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected the end of the line, found '}' (byte 13"},
        {"{\"text\": \"x\"},", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected the end of the line, found ','"},
        {"{\"text\": \"x\",}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a string key, found '}' (byte 13"},
        {"{\"text\" \"x\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected ':' after an object key, found '\"' (byte 8"},
        {"{\"text\": \"x\" \"id\": 1}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected ',' or '}', found '\"' (byte 13"},
        {"{\"text\": \"x\", \"a\": [1 2]}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected ',' or ']', found '2' (byte 22"},
        {"{\"text\": \"x\", 'a': 1}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a string key, found '\''"},
        {"{\"text\": \"tab\there\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "control character in a string, found byte 0x09 (byte 13, column 14)"},
        {"{\"text\": \"\\x\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid escape, found 'x' (byte 11"},
        {"{\"text\": \"\\u12g4\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid \\u escape, found '\\' (byte 10"},
        {"{\"text\": \"\\ud800\\u12\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid \\u escape"},
        {"{\"text\": \"x\", \"a\": tru}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a value, found 't' (byte 19"},
        {"{\"text\": \"x\", \"a\": nulls}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected ',' or '}', found 's'"},
        {"{\"text\": \"x\", \"a\": NaN}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a value, found 'N'"},
        /* numbers: the RFC's grammar and nothing else */
        {"{\"text\": \"x\", \"a\": 01}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected ',' or '}', found '1'"},
        {"{\"text\": \"x\", \"a\": 1.}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid number, found '}'"},
        {"{\"text\": \"x\", \"a\": .5}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a value, found '.'"},
        {"{\"text\": \"x\", \"a\": -}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid number, found '}'"},
        {"{\"text\": \"x\", \"a\": 1e}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid number"},
        {"{\"text\": \"x\", \"a\": 1e+}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "invalid number"},
        {"{\"text\": \"x\", \"a\": +1}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a value, found '+'"},
        {"{\"text\": \"x\", \"a\": 0x10}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "found 'x'"},
        /* invalid UTF-8 inside strings (keys and skipped values too) is
         * replaced and reported once, with the first offset */
        {"{\"t\xffx\": 1, \"text\": \"a\xc3(b\", \"z\": \"\xe2\x82\"}", 1,
         "a\xef\xbf\xbd(b", NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: byte 3: invalid UTF-8 (3 sequences replaced)"},
        /* outside strings it is an error, and still reported as such */
        {"{\"text\": \"x\", \xff: 1}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "t.jsonl:3: byte 14: invalid UTF-8 (1 sequence replaced)\nt.jsonl:3: expected a JSON "
         "object: expected a string key, found byte 0xff (byte 14, column 15)"},
        /* a UTF-8 byte order mark is not JSON */
        {"\xef\xbb\xbf{\"text\": \"x\"}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "expected a value, found byte 0xef (byte 0, column 1)"},
        /* columns count characters, bytes count bytes */
        {"{\"text\": \"\xc3\xa9\xc3\xa9\" x}", PARLEY_EPARSE, NULL, NULL, NULL, NULL, NULL, NULL,
         "found 'x' (byte 16, column 15)"},
    };
    logbook lb;
    logbook_init(&lb);
    ingest_doc d;
    pl_ingest_doc_init(&d);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *line = cases[i].line;
        int rc = jline(line, strlen(line), &d, &lb);
        if (rc != cases[i].rc)
            fail_msg("case %zu (%s): rc %d, want %d; log:\n%s", i, line, rc, cases[i].rc,
                     lb.all.p);
        const char *want[6] = {cases[i].text, cases[i].id, cases[i].title,
                               cases[i].date, cases[i].url, cases[i].source};
        const parley_buf *got[6] = {&d.text, &d.id, &d.title, &d.date, &d.url, &d.source};
        static const char *names[6] = {"text", "id", "title", "date", "url", "source"};
        /* a line without an id of its own gets one from its content */
        if (rc == 1 && cases[i].id && !*cases[i].id) {
            if (d.id.n != 20 || memcmp(d.id.p, "doc-", 4))
                fail_msg("case %zu (%s): id is \"%.*s\", want doc- and 16 hex digits", i,
                         line, (int)d.id.n, d.id.p);
            want[1] = NULL;
        }
        for (int k = 0; k < 6; k++)
            if (want[k] && !buf_is(got[k], want[k]))
                fail_msg("case %zu (%s): %s is \"%.*s\", want \"%s\"", i, line, names[k],
                         (int)got[k]->n, got[k]->p, want[k]);
        if (cases[i].log && !strstr(lb.all.p, cases[i].log))
            fail_msg("case %zu (%s): log lacks \"%s\"; got:\n%s", i, line, cases[i].log,
                     lb.all.p);
        if (!cases[i].log && lb.all.n)
            fail_msg("case %zu (%s): unexpected log:\n%s", i, line, lb.all.p);
        if (rc == PARLEY_EPARSE && (d.text.n || d.id.n || d.line != 3))
            fail_msg("case %zu: a bad line leaves the document empty", i);
    }
    /* a raw NUL is no whitespace, also right after a number (jansson
     * skipped it there) */
    const char nul[] = "{\"text\": \"x\", \"n\": 7\0}";
    assert_int_equal(jline(nul, sizeof nul - 1, &d, &lb), PARLEY_EPARSE);
    logged(&lb, "expected ',' or '}', found byte 0x00 (byte 20, column 21)");
    pl_ingest_doc_release(&d);
    parley_buf_release(&lb.all);
}

/* Every proper prefix of a good line is a bad line (or blank), never a
 * crash; the message says where the line ended. A copy of exactly n
 * bytes lets ASan catch a read past the end. */
static void jsonl_truncated(void **state)
{
    (void)state;
    const char full[] = "{\"id\": \"x\\u00e9\", \"text\": \"T\xc3\xa9l\\ud83d\\ude00 \\\"q\\\"\","
                        " \"n\": [1.5e-3, true, {\"k\": null}], \"date\": \"2024-01-02\"}";
    logbook lb;
    logbook_init(&lb);
    ingest_doc d;
    pl_ingest_doc_init(&d);
    for (size_t n = 0; n < sizeof full - 1; n++) {
        char *cut = malloc(n ? n : 1);
        assert_non_null(cut);
        memcpy(cut, full, n);
        int rc = jline(cut, n, &d, &lb);
        free(cut);
        if (n == 0 ? rc != 0 : rc != PARLEY_EPARSE)
            fail_msg("prefix of %zu bytes: rc %d; log:\n%s", n, rc, lb.all.p);
        if (n && !strstr(lb.all.p, "(byte "))
            fail_msg("prefix of %zu bytes: no offset in \"%s\"", n, lb.all.p);
    }
    assert_int_equal(jline(full, sizeof full - 1, &d, &lb), 1);
    assert_buf(d.id, "x\xc3\xa9");
    assert_buf(d.text, "T\xc3\xa9l\xf0\x9f\x98\x80 \"q\"");
    assert_buf(d.date, "2024-01-02");
    assert_int_equal(lb.all.n, 0);
    /* a line cut inside a string says so */
    assert_int_equal(jline("{\"text\": \"abc", 12, &d, &lb), PARLEY_EPARSE);
    logged(&lb, "unterminated string, found the end of the line (byte 12, column 13)");
    pl_ingest_doc_release(&d);
    parley_buf_release(&lb.all);
}

/* Nesting: 2048 levels are read (the line's object is the first), one
 * more is refused; the scanner does not recurse, so even a line of a
 * million '[' is only an error. */
static void jsonl_deep(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    ingest_doc d;
    pl_ingest_doc_init(&d);
    parley_buf line = PARLEY_BUF_INIT;
    for (int extra = 0; extra <= 1; extra++) {
        /* {"text": "x", "a": ...}: 2046 or 2047 containers around a 1, which
         * is then at level 2048 or 2049 */
        int levels = 2046 + extra;
        parley_buf_reset(&line);
        parley_buf_adds(&line, "{\"text\": \"x\", \"a\": ");
        for (int i = 0; i < levels; i++)
            parley_buf_adds(&line, i % 2 ? "[" : "{\"k\": ");
        parley_buf_addc(&line, '1');
        for (int i = levels - 1; i >= 0; i--)
            parley_buf_addc(&line, i % 2 ? ']' : '}');
        parley_buf_addc(&line, '}');
        int rc = jline(line.p, line.n, &d, &lb);
        if (rc != (extra ? PARLEY_EPARSE : 1))
            fail_msg("%d levels: rc %d; log: %s", levels + 2, rc, lb.all.p);
        if (extra)
            logged(&lb, "values nested too deeply");
    }
    parley_buf_reset(&line);
    for (int i = 0; i < 1000000; i++)
        parley_buf_addc(&line, '[');
    assert_int_equal(jline(line.p, line.n, &d, &lb), PARLEY_EPARSE);
    logged(&lb, "values nested too deeply, found '[' (byte 2048");
    parley_buf_release(&line);
    pl_ingest_doc_release(&d);
    parley_buf_release(&lb.all);
}

/* Large strings: 8 MB of text mixing plain ASCII, two-byte letters,
 * escapes, invalid bytes and combining marks comes out as built
 * directly; a huge skipped member before it is only checked. */
static void jsonl_huge_strings(void **state)
{
    (void)state;
    parley_buf line = PARLEY_BUF_INIT, want = PARLEY_BUF_INIT;
    parley_buf_adds(&line, "{\"skip\": \"");
    for (int i = 0; i < 200000; i++)
        parley_buf_adds(&line, "0123456789\\\"\xc3\xa9");
    parley_buf_adds(&line, "\", \"text\": \"");
    for (int i = 0; i < 200000; i++) {
        parley_buf_adds(&line, "Ministers \xc5\xa0imonyt\xc4\x97 and Cafe\\u0301\\n\xff met ");
        parley_buf_adds(&want, "Ministers \xc5\xa0imonyt\xc4\x97 and Caf\xc3\xa9\n\xef\xbf\xbd met ");
    }
    parley_buf_adds(&line, "\"}");
    logbook lb;
    logbook_init(&lb);
    ingest_doc d;
    pl_ingest_doc_init(&d);
    assert_int_equal(jline(line.p, line.n, &d, &lb), 1);
    assert_int_equal(d.text.n, want.n);
    assert_int_equal(memcmp(d.text.p, want.p, want.n), 0);
    logged(&lb, "invalid UTF-8 (200000 sequences replaced)");
    parley_buf_release(&line);
    parley_buf_release(&want);
    pl_ingest_doc_release(&d);
    parley_buf_release(&lb.all);
}

/* ---- HTML ---- */

static void html_page(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("page.html", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.title, "Minister meets counterpart | MFA");
    assert_str(d.date, "2024-02-28");
    assert_str(d.text, "Minister meets counterpart\n\n"
                       "The Minister of Foreign Affairs met\n\nhis counterpart in New York.\n\n"
                       "They discussed bilateral cooperation.\n\n"
                       "Trade\n\nEnergy security");
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(lb.errors + lb.warnings, 0);
    parley_reader_close(r);
    parley_buf_release(&lb.all);
}

static void html_hostile(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("broken.html", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_non_null(strstr(d.text.p, "First para"));
    assert_non_null(strstr(d.text.p, "Second"));
    assert_non_null(strstr(d.text.p, "cell1 cell2"));
    assert_null(strstr(d.text.p, "document.write"));
    assert_int_equal(pl_utf8_valid(d.text.p, d.text.n, NULL), 1);
    assert_null(memchr(d.text.p, '\0', d.text.n));
    parley_reader_close(r);

    /* no visible text: one document, empty text, a warning */
    assert_int_equal(parley_reader_open(&r, data("notext.html", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_int_equal(d.text.n, 0);
    assert_str(d.title, "Only a title");
    logged(&lb, "no text found in the HTML page");
    assert_int_equal(parley_reader_errors(r), 0);
    parley_reader_close(r);

    /* memory entry point: garbage, invalid UTF-8, NULs, empty input */
    ingest_ctx cx = {"mem.html", NULL, collect, &lb, 0, NULL};
    ingest_doc doc;
    pl_ingest_doc_init(&doc);
    const char junk[] = "<p>caf\xe9 \0<b>x</p></p></div><<!--";
    assert_int_equal(pl_ingest_parse_html(&cx, junk, sizeof junk - 1, &doc), 0);
    assert_memory_equal(doc.text.p, "caf\xEF\xBF\xBD x", 8); /* then what "<<!--" gives */
    assert_int_equal(pl_utf8_valid(doc.text.p, doc.text.n, NULL), 1);
    logged(&lb, "mem.html: byte 6: invalid UTF-8 (1 sequence replaced)");
    assert_int_equal(pl_ingest_parse_html(&cx, "", 0, &doc), 0);
    assert_int_equal(doc.text.n, 0);
    pl_ingest_doc_release(&doc);
    parley_buf_release(&lb.all);
}

/* D3 (issue 13): libxml2 stops at 256 nested elements and dropped the
 * rest of the page; every word must still be there, with a warning. */
static void html_deep_nesting(void **state)
{
    (void)state;
    static const size_t depths[] = {255, 300, 3000, 100000};
    for (size_t k = 0; k < sizeof depths / sizeof depths[0]; k++) {
        size_t depth = depths[k];
        logbook lb;
        logbook_init(&lb);
        parley_buf page = PARLEY_BUF_INIT;
        assert_int_equal(parley_buf_adds(&page, "<html><body><p>before</p>"), 0);
        for (size_t i = 0; i < depth; i++)
            assert_int_equal(parley_buf_adds(&page, i % 2 ? "<span>" : "<div>"), 0);
        assert_int_equal(parley_buf_adds(&page, "inside"), 0);
        for (size_t i = depth; i-- > 0;)
            assert_int_equal(parley_buf_adds(&page, i % 2 ? "</span>" : "</div>"), 0);
        /* and 300 <span> never closed */
        assert_int_equal(parley_buf_adds(&page, "<p>after</p>"), 0);
        for (size_t i = 0; i < 300; i++)
            assert_int_equal(parley_buf_adds(&page, "<span>"), 0);
        assert_int_equal(parley_buf_adds(&page, "unclosed</body></html>"), 0);
        ingest_ctx cx = {"deep.html", NULL, collect, &lb, 0, NULL};
        ingest_doc doc;
        pl_ingest_doc_init(&doc);
        assert_int_equal(pl_ingest_parse_html(&cx, page.p, page.n, &doc), 0);
        assert_non_null(doc.text.p);
        if (!strstr(doc.text.p, "before") || !strstr(doc.text.p, "inside") ||
            !strstr(doc.text.p, "after") || !strstr(doc.text.p, "unclosed"))
            fail_msg("depth %zu: text lost: \"%s\"", depth, doc.text.p);
        logged(&lb, "deep.html: elements nested more than 200 deep");
        pl_ingest_doc_release(&doc);
        parley_buf_release(&page);
        parley_buf_release(&lb.all);
    }
}

/* ---- feeds ---- */

static void feed_rss(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200], want[4400];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("feed.rss", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.title, "Minister visits Seoul");
    assert_str(d.url, "https://mfa.example/1");
    assert_str(d.id, "mfa-1");
    assert_str(d.date, "2023-09-26");
    assert_str(d.source, "MFA News");
    assert_str(d.text, "The minister arrived in Seoul.\n\nTalks followed.");
    assert_int_equal(parley_reader_next(r, &d), 1); /* the 2nd item has no text */
    assert_str(d.id, "mfa-3");
    assert_str(d.text, "ASTANA, 2024-02-28.\n\nFull text here.");
    assert_str(d.date, "2024-02-28"); /* bad pubDate → dateline */
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(parley_reader_errors(r), 1);
    snprintf(want, sizeof want, "%s:13: feed item without text", path);
    logged(&lb, want);
    logged(&lb, "unrecognised <pubDate> \"not a date\"");
    parley_reader_close(r);
    parley_buf_release(&lb.all);
}

static void feed_atom(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("feed.atom", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.title, "Talks held");
    assert_str(d.url, "https://a.example/1");
    assert_str(d.id, "urn:uuid:1");
    assert_str(d.date, "2023-09-26");
    assert_str(d.text, "First.\n\nSecond.");
    assert_str(d.source, "Atom MFA");
    assert_int_equal(parley_reader_next(r, &d), 1);
    assert_str(d.url, "https://a.example/2");
    assert_str(d.date, "2023-10-02");
    assert_str(d.text, "Plain summary text.");
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(lb.errors + lb.warnings, 0);
    parley_reader_close(r);
    parley_buf_release(&lb.all);
}

static void feed_not_xml(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    parley_ingest_opts o = opts_for(&lb);
    char path[4200], want[4400];
    parley_reader *r;
    parley_doc d;
    assert_int_equal(parley_reader_open(&r, data("notxml.xml", path, sizeof path), &o), 0);
    assert_int_equal(parley_reader_next(r, &d), 0);
    assert_int_equal(parley_reader_errors(r), 1);
    snprintf(want, sizeof want, "%s: not an RSS or Atom feed: ", path);
    logged(&lb, want);
    parley_reader_close(r);
    /* well-formed XML that is no feed; an HTML page given as a feed */
    ingest_ctx cx = {"mem.xml", NULL, collect, &lb, 0, NULL};
    ingest_doc *docs;
    size_t n;
    assert_int_equal(pl_ingest_parse_feed(&cx, "<a><b/></a>", 11, &docs, &n), PARLEY_EPARSE);
    logged(&lb, "mem.xml: not an RSS or Atom feed: root element <a>");
    assert_int_equal(pl_ingest_parse_feed(&cx, "", 0, &docs, &n), PARLEY_EPARSE);
    /* entity expansion is not followed */
    const char lol[] = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                       "<rss><channel><item><description>x &b; y</description></item>"
                       "</channel></rss>";
    assert_int_equal(pl_ingest_parse_feed(&cx, lol, sizeof lol - 1, &docs, &n), 0);
    assert_int_equal(n, 1);
    assert_null(strstr(docs[0].text.p, "aaaa"));
    pl_ingest_docs_free(docs, n);
    /* its own entities are dropped (issue 13, D9), so the reference to one
     * is an error of the feed's, reported; the item is still read */
    logged(&lb, "mem.xml:1: the feed's own entity declarations are ignored");
    logged(&lb, "mem.xml: malformed XML (line 1: Entity 'b' not defined)");
    assert_int_equal(cx.errors, 3);
    parley_buf_release(&lb.all);
}

/* ---- walk ---- */

typedef struct seen {
    parley_buf names;
    int stop_after;
    int count;
} seen;

static int record(void *ud, const char *file)
{
    seen *s = ud;
    const char *base = strstr(file, "tree/");
    parley_buf_adds(&s->names, base ? base + 5 : file);
    parley_buf_addc(&s->names, ';');
    return ++s->count == s->stop_after ? 42 : 0;
}

static void walk_tree(void **state)
{
    (void)state;
    logbook lb;
    logbook_init(&lb);
    char path[4200];
    seen s = {PARLEY_BUF_INIT, 0, 0};
    assert_int_equal(parley_walk(data("tree", path, sizeof path), record, &s, collect, &lb), 0);
    assert_string_equal(s.names.p, "Z.txt;a-b/d.txt;a.txt;b/c.txt;");
    /* stop early */
    parley_buf_reset(&s.names);
    s.count = 0;
    s.stop_after = 2;
    assert_int_equal(parley_walk(path, record, &s, collect, &lb), 42);
    assert_string_equal(s.names.p, "Z.txt;a-b/d.txt;");
    /* a single file, and "-" */
    parley_buf_reset(&s.names);
    s.count = 0;
    s.stop_after = 0;
    assert_int_equal(parley_walk(data("tree/a.txt", path, sizeof path), record, &s, collect, &lb), 0);
    assert_int_equal(parley_walk("-", record, &s, collect, &lb), 0);
    assert_string_equal(s.names.p, "a.txt;-;");
    assert_int_equal(lb.errors, 0);
    /* missing path: logged, ENOENT */
    assert_int_equal(parley_walk("/nonexistent/parley", record, &s, collect, &lb), PARLEY_ENOENT);
    logged(&lb, "/nonexistent/parley: No such file or directory");

    /* a symlink loop and a dangling link: the walk finishes, reports the
     * dangling one after reading everything else */
    char dir[512], p2[1024];
    tmp_path("loop", dir, sizeof dir);
    assert_int_equal(mkdir(dir, 0755), 0);
    snprintf(p2, sizeof p2, "%s/f.txt", dir);
    write_file(p2, "x", 1);
    snprintf(p2, sizeof p2, "%s/self", dir);
    assert_int_equal(symlink(".", p2), 0);
    snprintf(p2, sizeof p2, "%s/dangling.txt", dir);
    assert_int_equal(symlink("/nonexistent/parley/none", p2), 0);
    parley_buf_reset(&s.names);
    s.count = 0;
    assert_int_equal(parley_walk(dir, record, &s, collect, &lb), PARLEY_ENOENT);
    assert_int_equal(s.count, 1);
    assert_non_null(strstr(s.names.p, "/loop/f.txt;"));
    logged(&lb, "directory loop");
    logged(&lb, "dangling.txt: No such file or directory");

    /* an empty directory: no file, no error (qsort was given NULL) */
    tmp_path("empty", dir, sizeof dir);
    assert_int_equal(mkdir(dir, 0755), 0);
    s.count = 0;
    assert_int_equal(parley_walk(dir, record, &s, collect, &lb), 0);
    assert_int_equal(s.count, 0);
    parley_buf_release(&s.names);
    parley_buf_release(&lb.all);
}

static int cleanup(void **state)
{
    (void)state;
    if (tmp_dir[0]) {
        char cmd[512];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
        if (system(cmd) != 0)
            return -1;
    }
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8_clean_hostile), cmocka_unit_test(utf8_nfc),
        cmocka_unit_test(dateline_table),     cmocka_unit_test(find_dateline_yearless),
        cmocka_unit_test(parse_date_table),
        cmocka_unit_test(text_file),          cmocka_unit_test(text_hostile),
        cmocka_unit_test(missing_file),       cmocka_unit_test(huge_lines),
        cmocka_unit_test(jsonl_file),         cmocka_unit_test(jsonl_hostile),
        cmocka_unit_test(jsonl_scanner_table), cmocka_unit_test(jsonl_truncated),
        cmocka_unit_test(jsonl_deep),         cmocka_unit_test(jsonl_huge_strings),
        cmocka_unit_test(records_apart),      cmocka_unit_test(records_huge_line),
        cmocka_unit_test(html_page),          cmocka_unit_test(html_hostile),
        cmocka_unit_test(html_deep_nesting),
        cmocka_unit_test(feed_rss),           cmocka_unit_test(feed_atom),
        cmocka_unit_test(feed_not_xml),       cmocka_unit_test(walk_tree),
        cmocka_unit_test(format_table),
    };
    return cmocka_run_group_tests(tests, NULL, cleanup);
}
