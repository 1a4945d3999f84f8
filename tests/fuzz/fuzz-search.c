/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-fuzz.h"
#include "fd-store.h"

/* What a receptionist types into the visit log's search, against a real
 * SQLite file with the demo site and a few visits: a list or an error,
 * and a search for a visitor's exact name still finds them. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static FdStore *store;
  static FdSession *session;
  g_autofree char *text = fd_fuzz_string (data, size);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  FdVisitQuery query = { text, 0, 0, 50 };

  if (store == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("fd-fuzz-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);
      static const char *names[] = { "李雷", "A%B", "O'Brien", "Zoë_1" };
      g_autoptr(GPtrArray) hosts = NULL;

      store = fd_store_open (path, NULL);
      g_assert (store != NULL);
      g_assert (fd_store_seed_demo (store, NULL));
      session = fd_session_new_system ();
      hosts = fd_store_list_hosts (store, TRUE, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autoptr(FdRegistration) reg = fd_registration_new ();

          reg->name = g_strdup (names[i]);
          reg->phone = g_strdup ("13812345678");
          reg->purpose = g_strdup ("面试");
          reg->host_id = ((FdHost *) hosts->pdata[0])->id;
          reg->visit_ms = fd_store_now_ms (store);
          g_assert (fd_store_add_visit (store, reg, NULL) > 0);
        }
    }
  found = fd_store_find_visits (store, session, &query, &error);
  g_assert (found != NULL || error != NULL);
  if (found != NULL && (strcmp (text, "A%B") == 0 || strcmp (text, "Zoë_1") == 0))
    g_assert (found->len == 1);
  return 0;
}
