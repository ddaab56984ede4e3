/* mhd.h — libmicrohttpd for the HTTP layer of `parley serve` (server.c),
 * loaded when a server starts (mhd_lib.c) rather than linked: it and the
 * libraries it needs (GnuTLS and a dozen more) would be loaded and
 * relocated at the start of every run, some 6 ms, for the one command
 * that uses them. Its functions are called through pl_mhd under their
 * own names. Private to src/serve/. */
#ifndef PARLEY_SERVE_MHD_H
#define PARLEY_SERVE_MHD_H

#include <microhttpd.h>

#define PL_MHD_FUNCS(X) \
    X(MHD_add_response_header) \
    X(MHD_create_response_from_buffer) \
    X(MHD_destroy_response) \
    X(MHD_get_connection_info) \
    X(MHD_get_connection_values) \
    X(MHD_get_daemon_info) \
    X(MHD_lookup_connection_value) \
    X(MHD_queue_response) \
    X(MHD_set_panic_func) \
    X(MHD_start_daemon) \
    X(MHD_stop_daemon)

typedef struct pl_mhd_api {
#define X(f) __typeof__(f) *f;
    PL_MHD_FUNCS(X)
#undef X
} pl_mhd_api;

extern pl_mhd_api pl_mhd;

/* Loads libmicrohttpd once (thread-safe). Returns 0, or -1 with *why
 * saying why (a static or dlerror's string). */
int pl_mhd_load(const char **why);

#ifndef PL_MHD_NO_MACROS
#define MHD_add_response_header (pl_mhd.MHD_add_response_header)
#define MHD_create_response_from_buffer (pl_mhd.MHD_create_response_from_buffer)
#define MHD_destroy_response (pl_mhd.MHD_destroy_response)
#define MHD_get_connection_info (pl_mhd.MHD_get_connection_info)
#define MHD_get_connection_values (pl_mhd.MHD_get_connection_values)
#define MHD_get_daemon_info (pl_mhd.MHD_get_daemon_info)
#define MHD_lookup_connection_value (pl_mhd.MHD_lookup_connection_value)
#define MHD_queue_response (pl_mhd.MHD_queue_response)
#define MHD_set_panic_func (pl_mhd.MHD_set_panic_func)
#define MHD_start_daemon (pl_mhd.MHD_start_daemon)
#define MHD_stop_daemon (pl_mhd.MHD_stop_daemon)
#endif

#endif
