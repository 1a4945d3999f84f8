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
 * Include this after <curl/curl.h> in place of calling libcurl directly;
 * the names below then go through the table.
 */

typedef struct {
  CURLcode            (*global_init)    (long flags);
  CURL               *(*easy_init)      (void);
  CURLcode            (*easy_setopt)    (CURL *curl, CURLoption option, ...);
  CURLcode            (*easy_perform)   (CURL *curl);
  CURLcode            (*easy_getinfo)   (CURL *curl, CURLINFO info, ...);
  const char         *(*easy_strerror)  (CURLcode code);
  void                (*easy_cleanup)   (CURL *curl);
  struct curl_slist  *(*slist_append)   (struct curl_slist *list, const char *text);
  void                (*slist_free_all) (struct curl_slist *list);
  curl_mime          *(*mime_init)      (CURL *curl);
  curl_mimepart      *(*mime_addpart)   (curl_mime *mime);
  CURLcode            (*mime_data)      (curl_mimepart *part, const char *data, size_t size);
  CURLcode            (*mime_type)      (curl_mimepart *part, const char *type);
  CURLcode            (*mime_encoder)   (curl_mimepart *part, const char *encoding);
  void                (*mime_free)      (curl_mime *mime);
} FdCurl;

const FdCurl *fd_curl (void);

#undef curl_easy_setopt
#undef curl_easy_getinfo
#define curl_global_init(...)    (fd_curl ()->global_init (__VA_ARGS__))
#define curl_easy_init()         (fd_curl ()->easy_init ())
#define curl_easy_setopt(...)    (fd_curl ()->easy_setopt (__VA_ARGS__))
#define curl_easy_perform(...)   (fd_curl ()->easy_perform (__VA_ARGS__))
#define curl_easy_getinfo(...)   (fd_curl ()->easy_getinfo (__VA_ARGS__))
#define curl_easy_strerror(...)  (fd_curl ()->easy_strerror (__VA_ARGS__))
#define curl_easy_cleanup(...)   (fd_curl ()->easy_cleanup (__VA_ARGS__))
#define curl_slist_append(...)   (fd_curl ()->slist_append (__VA_ARGS__))
#define curl_slist_free_all(...) (fd_curl ()->slist_free_all (__VA_ARGS__))
#define curl_mime_init(...)      (fd_curl ()->mime_init (__VA_ARGS__))
#define curl_mime_addpart(...)   (fd_curl ()->mime_addpart (__VA_ARGS__))
#define curl_mime_data(...)      (fd_curl ()->mime_data (__VA_ARGS__))
#define curl_mime_type(...)      (fd_curl ()->mime_type (__VA_ARGS__))
#define curl_mime_encoder(...)   (fd_curl ()->mime_encoder (__VA_ARGS__))
#define curl_mime_free(...)      (fd_curl ()->mime_free (__VA_ARGS__))

G_END_DECLS
