/* formats.c — the --format and --input-format lists of the commands'
 * help, written from the library's tables of formats (so that a new
 * format appears in every command's help and in the man page). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

void cli_output_formats_help(FILE *f, int indent)
{
    for (int i = 0; parley_export_format_name(i); i++)
        fprintf(f, "%*s%-12s %s\n", indent, "", parley_export_format_name(i),
                parley_export_format_help(i));
}

void cli_input_formats_help(FILE *f, int indent)
{
    for (int i = 0; parley_format_name(i); i++)
        fprintf(f, "%*s%-6s %s\n", indent, "", parley_format_name(i),
                parley_format_help(i));
}
