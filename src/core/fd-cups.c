/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <dlfcn.h>

#include "fd-cups.h"

/**
 * fd_cups:
 *
 * Returns: libcups's functions, opened on the first call (libcups.so.2,
 *   the library the build was made against).  A station without it is
 *   not installed right; it stops with the reason.
 */
const FdCups *
fd_cups (void)
{
  static FdCups api;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      void *handle = dlopen ("libcups.so.2", RTLD_NOW | RTLD_LOCAL);

      if (handle == NULL)
        g_error ("libcups cannot be opened: %s", dlerror ());
#define FD_CUPS_LOAD(name) \
      if ((*(void **) (&api.name) = dlsym (handle, #name)) == NULL) \
        g_error ("libcups has no %s", #name);
      FD_CUPS_FUNCTIONS (FD_CUPS_LOAD)
#undef FD_CUPS_LOAD
      g_once_init_leave (&done, 1);
    }
  return &api;
}
