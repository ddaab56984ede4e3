#!/bin/sh
# docids.sh — document ids (issue 13, D2): two documents of one run never
# replace each other, in `parley code` and in `parley ingest`; files named
# on the command line keep their base name when it is unique; files found
# in a directory are named by their path in it; documents without an id
# get one from their content, the same in every shard of a corpus.
# usage: docids.sh PATH/TO/parley
set -u
P=$1
case $P in /*) ;; *) P=$(pwd)/$P ;; esac
T=$(mktemp -d /tmp/parley-docids.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f err ] && sed 's/^/     /' err | head -5; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }
docs() { grep -o '"doc": "[^"]*"' "$1" | sort -u | sed 's/"doc": //; s/"//g' | tr '\n' ' '; }
stored() { "$P" query --db "$1" --format tsv | awk -F'\t' 'NR > 1 {print $2}' | sort -u | tr '\n' ' '; }
nevents() { "$P" stats --db "$1" | awk '$1 == "events" {print $2; exit}'; }

A="Minister of Foreign Affairs of Latvia Baiba Braže met with Minister of Foreign Affairs of Lithuania Kęstutis Budrys in Riga."
B="Minister of Foreign Affairs of Estonia Margus Tsahkna met with Minister of Foreign Affairs of Lithuania Kęstutis Budrys in Vilnius."
C="Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov in Astana."

# files named on the command line: the base name when it is unique
mkdir -p docs a b
printf '%s\n' "$A" > docs/d01.txt
printf '%s\n' "$B" > docs/d02.txt
"$P" code --date 2025-05-05 docs/d01.txt docs/d02.txt > out 2> err; st=$?
check "named files keep their base name (d01, d02)" '[ $st -eq 0 ] && [ "$(docs out)" = "d01 d02 " ]'

# two files of the same name: told apart by their directories
printf '%s\n' "$A" > a/report.txt
printf '%s\n' "$B" > b/report.txt
"$P" code --date 2025-05-05 a/report.txt b/report.txt > out 2> err; st=$?
check "code: a/report.txt b/report.txt are a/report and b/report" \
    '[ $st -eq 0 ] && [ "$(docs out)" = "a/report b/report " ] && [ $(wc -l < out) -eq 2 ]'
"$P" ingest -q --db s1.db --date 2025-05-05 a/report.txt b/report.txt 2> err; st=$?
check "ingest: both kept, every event stored" \
    '[ $st -eq 0 ] && [ "$(stored s1.db)" = "a/report b/report " ] && [ "$(nevents s1.db)" = 2 ]'
"$P" code --date 2025-05-05 "$T/a/report.txt" b/report.txt > out 2> err
check "code: absolute and relative paths told apart the same way" '[ "$(docs out)" = "a/report b/report " ]'

# a crawl: every index.html named by its path in the directory given
mkdir -p crawl/site1 crawl/site2 crawl/site3/news
for s in 1 2 3; do
    eval "t=\$$(echo A B C | cut -d' ' -f$s)"
    printf '<html><head><title>Site %s</title></head><body><article><p>%s</p></article></body></html>\n' "$s" "$t" > crawl/site$s/index.html
done
cp crawl/site1/index.html crawl/site3/news/index.html
sed -i 's/Riga/Tallinn/' crawl/site3/news/index.html
"$P" code --date 2025-05-05 crawl > out 2> err; st=$?
check "code: a crawl's index.html files are site1/index, site2/index, ..." \
    '[ $st -eq 0 ] && [ "$(docs out)" = "site1/index site2/index site3/index site3/news/index " ]'
"$P" ingest -q --db s2.db --date 2025-05-05 crawl 2> err; st=$?
check "ingest: the crawl keeps its 4 documents and 4 events" \
    '[ $st -eq 0 ] && [ "$(stored s2.db)" = "site1/index site2/index site3/index site3/news/index " ] && [ "$(nevents s2.db)" = 4 ]'

# JSON ids 12 and "12" with different content: never one document
{
    printf '{"id": 12, "date": "2025-05-05", "text": "%s"}\n' "$A"
    printf '{"id": "12", "date": "2025-05-05", "text": "%s"}\n' "$B"
    printf '{"id": "x", "date": "2025-05-05", "text": "%s"}\n' "$C"
    printf '{"id": "x", "date": "2025-05-05", "text": "%s"}\n' "$C"
} > ids.jsonl
for j in 1 3; do
    "$P" code -j $j ids.jsonl > out$j 2> err$j; st=$?
    cp err$j err
    check "code -j $j: ids 12 and \"12\" both coded, the second as 12~2, exit 1" \
        '[ $st -eq 1 ] && [ "$(docs out$j)" = "12 12~2 x " ] && [ $(wc -l < out$j) -eq 3 ]'
    check "code -j $j: the clash reported with both places" \
        'grep -q "ids.jsonl:2: document id .12. is already used by ids.jsonl:1 with other content; this document is .12~2." err$j'
    check "code -j $j: the exact duplicate dropped with a warning" \
        'grep -q "warning: ids.jsonl:4: the same document as ids.jsonl:3 (id .x.); skipped" err$j'
done
check "code: -j 3 gives the output and messages of -j 1" 'cmp -s out1 out3 && cmp -s err1 err3'
"$P" ingest --db s3.db ids.jsonl 2> err; st=$?
check "ingest: 12 and 12~2 stored, the duplicate dropped, exit 1" \
    '[ $st -eq 1 ] && [ "$(stored s3.db)" = "12 12~2 x " ] && [ "$(nevents s3.db)" = 3 ]'
check "ingest: the summary counts them" 'grep -q "ingested 3 documents (0 skipped, 0 replaced, 1 duplicate dropped, 1 renamed), 3 events" err'
"$P" ingest --db s3.db ids.jsonl 2> err; st=$?
check "ingest again: the same ids, all skipped" \
    'grep -q "ingested 0 documents (3 skipped, 0 replaced" err && [ "$(nevents s3.db)" = 3 ]'

# the same id with new content in a later run replaces, visibly
printf '{"id": "x", "date": "2025-05-05", "text": "%s"}\n' "$A" > x2.jsonl
"$P" ingest --db s3.db x2.jsonl 2> err; st=$?
check "ingest: a changed document replaces the stored one, with a warning" \
    '[ $st -eq 0 ] && grep -q "x2.jsonl:1: document .x. replaces the stored one" err && grep -q "(0 skipped, 1 replaced)" err'

# documents without an id: an id from their content, the same in every shard
{
    printf '{"date": "2025-05-05", "text": "%s"}\n' "$A"
    printf '{"date": "2025-05-05", "text": "%s"}\n' "$B"
    printf '{"date": "2025-05-05", "text": "%s"}\n' "$C"
    printf '{"date": "2025-05-06", "text": "%s"}\n' "$A"
} > noid.jsonl
"$P" code noid.jsonl > whole 2> err
head -n 2 noid.jsonl | "$P" code > shard1 2>> err
tail -n 2 noid.jsonl | "$P" code > shard2 2>> err
cat shard1 shard2 > shards
check "no id: four documents, four ids of the form doc-HEX16" \
    '[ $(docs whole | wc -w) -eq 4 ] && [ -z "$(docs whole | tr " " "\n" | grep -v "^doc-[0-9a-f]\{16\}$" | grep .)" ]'
check "no id: the same ids when the corpus is split into shards on stdin" 'cmp -s whole shards'
head -n 2 noid.jsonl | "$P" ingest -q --db s4.db 2> err
tail -n 2 noid.jsonl | "$P" ingest -q --db s4.db 2>> err
head -n 2 noid.jsonl | "$P" ingest -q --db s4.db --input-format jsonl - 2> err2
check "no id: shards ingested apart are 4 documents; a shard again is all skipped" \
    '[ "$(stored s4.db)" = "$(docs whole)" ] && [ "$(nevents s4.db)" = 4 ] && grep -q "(2 skipped, 0 replaced)" err2'
printf '%s\n' "$A" | "$P" code --date 2025-05-05 > t1 2> err
printf '%s\n' "$A" | "$P" code --date 2025-05-05 > t2 2>> err
check "stdin text: an id from its content, the same each time" \
    'cmp -s t1 t2 && docs t1 | grep -q "^doc-[0-9a-f]\{16\} $"'

echo "docids: $pass passed, $fail failed"
[ $fail -eq 0 ]
