/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A kiosk that runs for months must not grow with every visitor.
 *
 *   soak [--checkins N]
 *
 * N check-ins (default 10,000) in one process, each what the kiosk does for
 * a visitor: store the visit, render the badge PDF, check the visitor out
 * by the badge.  Prints the heap in use (mallinfo2) and the resident
 * memory after check-in 1,000 and after the last, and their growth.  The
 * store first takes months of a small lobby's visitors (20,000, without
 * badges), as a kiosk that has run for months has: SQLite's page cache
 * (bounded, 2 MB per connection) is then full from the start instead of
 * filling up while a new database grows, which would look like growth per
 * visitor.
 */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "fd-badge.h"
#include "fd-store.h"

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

static double
heap_mb (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / 1048576.0;
}

int
main (int    argc,
      char **argv)
{
  int checkins = 10000;
  GOptionEntry entries[] = {
    { "checkins", 0, 0, G_OPTION_ARG_INT, &checkins, "How many (default 10000)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- memory over many check-ins");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-soak-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "soak.db", NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  double heap_at = 0, rss_at = 0, sqlite_at = 0;
  gint64 start = g_get_monotonic_time ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || checkins < 2000)
    {
      fprintf (stderr, "soak: --checkins N, at least 2000\n");
      return 2;
    }
  store = fd_store_open (db, &error);
  g_assert_no_error (error);
  fd_store_seed_demo (store, &error);
  g_assert_no_error (error);
  hosts = fd_store_search_hosts (store, "王芳", 1, &error);
  /* Months of a small lobby before: 20,000 visitors, through the store. */
  for (int i = 0; i < 20000; i++)
    {
      g_autoptr(FdRegistration) reg = fd_registration_new ();
      g_autoptr(FdVisit) visit = NULL;
      gint64 id;

      reg->name = g_strdup_printf ("旧访客%05d", i);
      reg->phone = g_strdup_printf ("139%08d", i);
      reg->purpose = g_strdup ("面试");
      reg->host_id = ((FdHost *) g_ptr_array_index (hosts, 0))->id;
      reg->visit_ms = fd_store_now_ms (store);
      id = fd_store_add_visit (store, reg, &error);
      g_assert_no_error (error);
      visit = fd_store_get_visit (store, id, &error);
      fd_store_checkout_by_token (store, NULL, visit->badge_token, &error);
      g_assert_no_error (error);
    }

  for (int i = 1; i <= checkins; i++)
    {
      g_autoptr(FdRegistration) reg = fd_registration_new ();
      g_autoptr(FdVisit) visit = NULL;
      g_autoptr(FdBadge) badge = NULL;
      g_autoptr(GBytes) pdf = NULL;
      gint64 id;

      reg->name = g_strdup_printf ("访客%05d", i);
      reg->phone = g_strdup ("13812345678");
      reg->company = g_strdup ("长江物流");
      reg->purpose = g_strdup ("面试");
      reg->host_id = ((FdHost *) g_ptr_array_index (hosts, 0))->id;
      reg->visit_ms = fd_store_now_ms (store);
      id = fd_store_add_visit (store, reg, &error);
      g_assert_no_error (error);
      visit = fd_store_get_visit (store, id, &error);
      badge = fd_badge_new_for_visit (visit, "星河科技");
      pdf = fd_badge_render_pdf (badge, FD_BADGE_LABEL_62, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fd_store_checkout_by_token (store, NULL, visit->badge_token, &error), ==, id);
      if (i == 1000)
        {
          heap_at = heap_mb ();
          rss_at = rss_mb ();
          sqlite_at = sqlite3_memory_used () / 1048576.0;
        }
    }
  printf ("%d check-ins (store, badge PDF, check-out by badge) in %.1f s\n", checkins,
          (g_get_monotonic_time () - start) / 1e6);
  printf ("heap in use: %.2f MB at check-in 1,000, %.2f MB at %d: growth %.2f %%\n", heap_at, heap_mb (), checkins,
          (heap_mb () / heap_at - 1) * 100);
  printf ("  of which SQLite: %.2f MB, then %.2f MB\n", sqlite_at, sqlite3_memory_used () / 1048576.0);
  printf ("resident:    %.1f MB at check-in 1,000, %.1f MB at %d: growth %.2f %%\n", rss_at, rss_mb (), checkins,
          (rss_mb () / rss_at - 1) * 100);
  return 0;
}
