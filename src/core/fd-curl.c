/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <dlfcn.h>

#include "fd-curl.h"

/* What stands in when libcurl cannot be opened: no transfer starts, so
 * FdNotifier records "libcurl cannot start" and tries again later. */
static CURLcode
no_init (long flags)
{
  return CURLE_FAILED_INIT;
}

static CURL *
no_easy (void)
{
  return NULL;
}

/**
 * fd_curl:
 *
 * Returns: libcurl's functions, opened on the first call (libcurl.so.4,
 *   the library the build was made against).
 */
const FdCurl *
fd_curl (void)
{
  static FdCurl api;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      void *handle = dlopen ("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
      gboolean ok = handle != NULL;

#define LOAD(field, symbol) \
      if (ok && (*(void **) (&api.field) = dlsym (handle, symbol)) == NULL) \
        ok = FALSE
      LOAD (global_init, "curl_global_init");
      LOAD (easy_init, "curl_easy_init");
      LOAD (easy_setopt, "curl_easy_setopt");
      LOAD (easy_perform, "curl_easy_perform");
      LOAD (easy_getinfo, "curl_easy_getinfo");
      LOAD (easy_strerror, "curl_easy_strerror");
      LOAD (easy_cleanup, "curl_easy_cleanup");
      LOAD (slist_append, "curl_slist_append");
      LOAD (slist_free_all, "curl_slist_free_all");
      LOAD (mime_init, "curl_mime_init");
      LOAD (mime_addpart, "curl_mime_addpart");
      LOAD (mime_data, "curl_mime_data");
      LOAD (mime_type, "curl_mime_type");
      LOAD (mime_encoder, "curl_mime_encoder");
      LOAD (mime_free, "curl_mime_free");
#undef LOAD
      if (!ok)
        {
          g_warning ("libcurl cannot be opened: %s", handle == NULL ? dlerror () : "a function is missing");
          api.global_init = no_init;
          api.easy_init = no_easy;
        }
      g_once_init_leave (&done, 1);
    }
  return &api;
}
