/* phoenix.c — the "phoenix-tsv" output format: the Phoenix-style layout
 * of parley_write_tsv (json.c), 30 columns with a header. The writer
 * wants a document and spans into its text; an event is presented as a
 * document whose text is its evidence sentence, the span moved to match,
 * so that a coded event and a stored one give the same line. */
#include <string.h>

#include "output/output.h"

static int phoenix_header(parley_buf *b)
{
    return parley_write_tsv_header(b);
}

static int phoenix_row(parley_buf *b, const pl_out_event *e)
{
    parley_doc d;
    memset(&d, 0, sizeof d);
    d.id = e->doc;
    d.date = e->date;
    d.title = e->title;
    d.url = e->url;
    d.source = e->source;
    d.text = e->text;
    d.origin = "-";
    parley_event ev = *e->ev;
    ev.span[0] = 0;
    ev.span[1] = e->text.n;
    return parley_write_tsv(b, &d, &ev, e->index);
}

const pl_out_format pl_out_phoenix = {
    "phoenix-tsv", "phoenix", "Phoenix-style TSV, 30 columns", phoenix_header,
    phoenix_row,
};
