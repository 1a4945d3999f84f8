/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-fuzz.h"
#include "fd-i18n.h"

/* A .mo catalogue: every entry taken lies inside it and ends there. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GHashTable) table = fd_i18n_parse_mo (bytes);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_assert (strlen (key) < size);
      g_assert (strlen (value) < size);
    }
  return 0;
}
