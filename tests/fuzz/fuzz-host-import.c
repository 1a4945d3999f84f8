/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-error.h"
#include "fd-fuzz.h"
#include "fd-host-import.h"
#include "fd-model.h"

/* The host CSV an administrator imports (UTF-8 or GB18030, any header
 * order): either hosts with valid fields or one error naming the line. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = fd_host_import_parse ((const char *) data, size, size & 1 ? FD_LANG_ZH : FD_LANG_EN,
                                                     &error);

  if (hosts == NULL)
    {
      g_assert (error != NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = hosts->pdata[i];

      g_assert (host->name != NULL && g_utf8_validate (host->name, -1, NULL));
      g_assert (host->department != NULL);
    }
  return 0;
}
