/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <curl/curl.h>
#include <glib.h>

G_BEGIN_DECLS

/*
 * libcurl, opened when a message is first sent (fd-curl.c): linking it
 * would load it and some twenty libraries of its own (TLS, Kerberos, LDAP,
 * SSH, HTTP/2…) into every start of the kiosk, before its first frame.
 * Include this in the files that call libcurl; the names below then go
 * through the table.
 */

#define FD_CURL_FUNCTIONS(F) \
  F (curl_easy_cleanup) F (curl_easy_getinfo) F (curl_easy_init) F (curl_easy_perform) \
  F (curl_easy_setopt) F (curl_easy_strerror) F (curl_global_init) F (curl_mime_addpart) \
  F (curl_mime_data) F (curl_mime_encoder) F (curl_mime_free) F (curl_mime_init) F (curl_mime_type) \
  F (curl_slist_append) F (curl_slist_free_all)

typedef struct {
#define FD_CURL_FIELD(name) __typeof__ (name) *name;
  FD_CURL_FUNCTIONS (FD_CURL_FIELD)
#undef FD_CURL_FIELD
} FdCurl;

const FdCurl *fd_curl (void);

/* <curl/curl.h> makes these two type-checking macros with GCC. */
#undef curl_easy_setopt
#undef curl_easy_getinfo
#define curl_easy_cleanup(...)   (fd_curl ()->curl_easy_cleanup (__VA_ARGS__))
#define curl_easy_getinfo(...)   (fd_curl ()->curl_easy_getinfo (__VA_ARGS__))
#define curl_easy_init()         (fd_curl ()->curl_easy_init ())
#define curl_easy_perform(...)   (fd_curl ()->curl_easy_perform (__VA_ARGS__))
#define curl_easy_setopt(...)    (fd_curl ()->curl_easy_setopt (__VA_ARGS__))
#define curl_easy_strerror(...)  (fd_curl ()->curl_easy_strerror (__VA_ARGS__))
#define curl_global_init(...)    (fd_curl ()->curl_global_init (__VA_ARGS__))
#define curl_mime_addpart(...)   (fd_curl ()->curl_mime_addpart (__VA_ARGS__))
#define curl_mime_data(...)      (fd_curl ()->curl_mime_data (__VA_ARGS__))
#define curl_mime_encoder(...)   (fd_curl ()->curl_mime_encoder (__VA_ARGS__))
#define curl_mime_free(...)      (fd_curl ()->curl_mime_free (__VA_ARGS__))
#define curl_mime_init(...)      (fd_curl ()->curl_mime_init (__VA_ARGS__))
#define curl_mime_type(...)      (fd_curl ()->curl_mime_type (__VA_ARGS__))
#define curl_slist_append(...)   (fd_curl ()->curl_slist_append (__VA_ARGS__))
#define curl_slist_free_all(...) (fd_curl ()->curl_slist_free_all (__VA_ARGS__))

G_END_DECLS
