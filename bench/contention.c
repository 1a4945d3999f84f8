/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A check-in at the kiosk while the staff window searches the visit log,
 * in one process sharing one store (the default of `make run`), on the
 * large site of bench/scale.
 *
 *   contention [--visits N] [--checkins C] [--dir DIR]
 *
 * Runs C check-ins on an idle store, then C check-ins while another thread
 * searches without pause (a common surname, page and count, and a few
 * digits, which the index cannot serve and which reads the log through),
 * alternating in blocks; prints medians, the 95th percentile and the
 * ratio (busy over idle).
 */
#include <stdio.h>

#include "bench-site.h"
#include "fd-store.h"

typedef struct {
  FdStore         *store;
  const FdSession *session;
  gint             stop;
  guint            searches;
} Searcher;

static gpointer
search_thread (gpointer data)
{
  Searcher *searcher = data;
  const char *texts[] = { "王", "111" };

  while (!g_atomic_int_get (&searcher->stop))
    {
      FdVisitQuery query = { texts[searcher->searches % 2], 0, 0, 50, 0, FALSE };
      g_autoptr(GPtrArray) found = fd_store_find_visits (searcher->store, searcher->session, &query, NULL);
      gint64 count = 0;

      fd_store_count_visits (searcher->store, searcher->session, &query, 1001, &count, NULL);
      searcher->searches++;
    }
  return NULL;
}

static double
check_in (FdStore *store,
          gint64   now_ms)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->purpose = g_strdup ("面试");
  reg->host_id = 1;
  reg->visit_ms = now_ms;
  fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
percentile (GArray *values,
            double  p)
{
  bench_median (values);  /* sorts */
  return g_array_index (values, double, (guint) (p * (values->len - 1)));
}

int
main (int    argc,
      char **argv)
{
  gint64 n = 5000000;
  int checkins = 200;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "visits", 0, 0, G_OPTION_ARG_INT64, &n, "Visits on the site (default 5000000)", "N" },
    { "checkins", 0, 0, G_OPTION_ARG_INT, &checkins, "Check-ins each way (default 200)", "C" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where bench/scale keeps the sites", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- a check-in while the visit log is searched");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdSession) session = fd_session_new_system ();
  gint64 now_ms = BENCH_NOW_MS;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  path = bench_site_prepare (dir, argv[0], n);
  store = fd_store_open (path, &error);
  g_assert_no_error (error);

  check_in (store, now_ms);  /* warm-up */
  for (int block = 0; block < 10; block++)
    {
      Searcher searcher = { store, session, 0, 0 };
      GThread *thread = NULL;

      for (int i = 0; i < checkins / 10; i++)
        {
          double ms = check_in (store, now_ms);

          g_array_append_val (idle, ms);
        }
      thread = g_thread_new ("search", search_thread, &searcher);
      g_usleep (20000);
      for (int i = 0; i < checkins / 10; i++)
        {
          double ms = check_in (store, now_ms);

          g_array_append_val (busy, ms);
        }
      g_atomic_int_set (&searcher.stop, 1);
      g_thread_join (thread);
      if (searcher.searches == 0)
        g_error ("no search ran alongside the check-ins");
    }
  printf ("check-in on the %" G_GINT64_FORMAT "-visit site, %u each way, in blocks of %d:\n", n, idle->len,
          checkins / 10);
  printf ("  idle store:       median %.2f ms, 95th percentile %.2f ms\n", bench_median (idle), percentile (idle, 0.95));
  printf ("  while searching:  median %.2f ms, 95th percentile %.2f ms\n", bench_median (busy), percentile (busy, 0.95));
  printf ("check-in while the visit log is searched: ratio %.2f (median), %.2f (95th percentile)\n",
          bench_median (busy) / bench_median (idle), percentile (busy, 0.95) / percentile (idle, 0.95));
  return 0;
}
