/* layout.c — prints the size of every struct of parley.h that the Python
 * binding declares with ctypes (python/parley/_lib.py), and the offset of
 * each field, for test_binding.py to compare: a field added, moved or
 * retyped in C fails that test until _lib.py follows. */
#include <stddef.h>
#include <stdio.h>

#include "parley.h"

#define S(T) printf("%s %zu\n", #T, sizeof(T))
#define F(T, f) printf("%s.%s %zu\n", #T, #f, offsetof(T, f))

int main(void)
{
    S(parley_str); F(parley_str, p); F(parley_str, n);
    S(parley_buf); F(parley_buf, p); F(parley_buf, n); F(parley_buf, cap);
    S(parley_doc); F(parley_doc, id); F(parley_doc, date); F(parley_doc, title);
    F(parley_doc, text); F(parley_doc, url); F(parley_doc, source);
    F(parley_doc, origin); F(parley_doc, line);
    S(parley_record); F(parley_record, parsed); F(parley_record, raw);
    F(parley_record, origin); F(parley_record, line); F(parley_record, doc);
    S(parley_ingest_opts); F(parley_ingest_opts, format);
    F(parley_ingest_opts, default_date); F(parley_ingest_opts, log);
    F(parley_ingest_opts, log_ud); F(parley_ingest_opts, name);
    S(parley_lexicon_opts); F(parley_lexicon_opts, user_dir);
    F(parley_lexicon_opts, no_builtin); F(parley_lexicon_opts, log);
    F(parley_lexicon_opts, log_ud);
    S(parley_code_opts); F(parley_code_opts, log); F(parley_code_opts, log_ud);
    F(parley_code_opts, cameo); F(parley_code_opts, default_date);
    F(parley_code_opts, trace); F(parley_code_opts, negated); F(parley_code_opts, dict_every);
    S(parley_cameo_opts); F(parley_cameo_opts, verbs); F(parley_cameo_opts, actors);
    F(parley_cameo_opts, nactors); F(parley_cameo_opts, agents);
    F(parley_cameo_opts, discards); F(parley_cameo_opts, issues);
    F(parley_cameo_opts, format); F(parley_cameo_opts, strict);
    F(parley_cameo_opts, log); F(parley_cameo_opts, log_ud);
    S(parley_actor); F(parley_actor, text); F(parley_actor, name);
    F(parley_actor, role); F(parley_actor, country); F(parley_actor, org);
    F(parley_actor, code); F(parley_actor, sector);
    S(parley_place); F(parley_place, name); F(parley_place, country);
    F(parley_place, lat); F(parley_place, lon); F(parley_place, has_coords);
    S(parley_event); F(parley_event, type); F(parley_event, mode);
    F(parley_event, cameo); F(parley_event, quad); F(parley_event, goldstein);
    F(parley_event, source); F(parley_event, target); F(parley_event, date);
    F(parley_event, date_precision); F(parley_event, coder); F(parley_event, place);
    F(parley_event, topics); F(parley_event, ntopics); F(parley_event, negated);
    F(parley_event, sentence); F(parley_event, seq); F(parley_event, span);
    F(parley_event, nextra); F(parley_event, extra_spans);
    F(parley_event, extra_sentences);
    S(parley_store_opts); F(parley_store_opts, flags);
    F(parley_store_opts, busy_timeout_ms);
    S(parley_store_filter); F(parley_store_filter, actor);
    F(parley_store_filter, source); F(parley_store_filter, target);
    F(parley_store_filter, type); F(parley_store_filter, cameo);
    F(parley_store_filter, from); F(parley_store_filter, to);
    F(parley_store_filter, place); F(parley_store_filter, topic);
    F(parley_store_filter, text); F(parley_store_filter, doc);
    F(parley_store_filter, limit); F(parley_store_filter, one_a_day);
    S(parley_store_row); F(parley_store_row, id); F(parley_store_row, doc);
    F(parley_store_row, seq); F(parley_store_row, doc_date);
    F(parley_store_row, doc_title); F(parley_store_row, doc_url);
    F(parley_store_row, doc_source); F(parley_store_row, ev);
    F(parley_store_row, evidence); F(parley_store_row, json);
    F(parley_store_row, nmerged); F(parley_store_row, ids);
    F(parley_store_row, docs); F(parley_store_row, texts);
    printf("PARLEY_MAX_TOPICS %d\n", PARLEY_MAX_TOPICS);
    printf("PARLEY_STORE_READONLY %d\n", PARLEY_STORE_READONLY);
#define E(name, code, msg) printf("PARLEY_E%s %d\n", #name, code);
    PARLEY_ERRNO_MAP(E)
#undef E
    return 0;
}
