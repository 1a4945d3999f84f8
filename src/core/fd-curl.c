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

#define FD_CURL_LOAD(name) \
      if (ok && (*(void **) (&api.name) = dlsym (handle, #name)) == NULL) \
        ok = FALSE;
      FD_CURL_FUNCTIONS (FD_CURL_LOAD)
#undef FD_CURL_LOAD
      if (!ok)
        {
          g_warning ("libcurl cannot be opened: %s", handle == NULL ? dlerror () : "a function is missing");
          api.curl_global_init = no_init;
          api.curl_easy_init = no_easy;
        }
      g_once_init_leave (&done, 1);
    }
  return &api;
}
