/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Many stations on one PostgreSQL server: K kiosk stations check in one
 * visitor a second each, and S staff stations watch, each as the staff
 * window does (on a change, read who is on site).  Each station has its
 * own store and connections, in threads of one process so that one clock
 * times them all.
 *
 *   stations --db postgresql://… [--kiosks 10] [--staff 3] [--seconds 600]
 *
 * Prints, from a kiosk's confirmed check-in to the visitor on a staff
 * station's list: p50, p99 and the slowest, and how many visits some
 * staff station never showed (lost).  Each kiosk checks its visitor out
 * 30 s later, so the list stays the size of a busy lobby.  `make
 * bench-stations` runs it against a private server (tests/postgresql.sh).
 */
#include <stdio.h>

#include "bench-site.h"
#include "fd-store.h"

typedef struct {
  GMutex      lock;
  GHashTable *confirmed;   /* visit id → monotonic µs of the kiosk's confirmation */
  GArray     *latencies;   /* ms, one per (visit, staff station) */
  GHashTable *seen[16];    /* per staff station: visit id → monotonic µs it was first shown */
  gint        stop;        /* the kiosks stop */
  gint        stop_staff;
  const char *uri;
  gint64      host_id;
  guint       n_staff;
} Bench;

typedef struct {
  Bench        *bench;
  guint         index;
  FdStore      *store;
  GMainLoop    *loop;
  FdSession    *session;
} Staff;

static void
changed_cb (FdStore *store,
            Staff   *staff)
{
  Bench *bench = staff->bench;
  g_autoptr(GPtrArray) visits = fd_store_list_visits (store, staff->session, FD_VISITS_ON_SITE, NULL);
  gint64 now = g_get_monotonic_time ();

  if (visits == NULL)
    return;
  g_mutex_lock (&bench->lock);
  for (guint i = 0; i < visits->len; i++)
    {
      gint64 id = ((FdVisit *) visits->pdata[i])->id;

      if (!g_hash_table_contains (bench->seen[staff->index], &id))
        g_hash_table_insert (bench->seen[staff->index], g_memdup2 (&id, sizeof id), g_memdup2 (&now, sizeof now));
    }
  g_mutex_unlock (&bench->lock);
}

static gboolean
check_stop (gpointer data)
{
  Staff *staff = data;

  if (g_atomic_int_get (&staff->bench->stop_staff))
    g_main_loop_quit (staff->loop);
  return G_SOURCE_CONTINUE;
}

static gpointer
staff_thread (gpointer data)
{
  Staff *staff = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (context);
  staff->store = fd_store_open (staff->bench->uri, &error);
  g_assert_no_error (error);
  staff->session = fd_session_new_system ();
  staff->loop = g_main_loop_new (context, FALSE);
  g_signal_connect (staff->store, "changed", G_CALLBACK (changed_cb), staff);
  fd_store_watch (staff->store);
  {
    GSource *tick = g_timeout_source_new (100);

    g_source_set_callback (tick, check_stop, staff, NULL);
    g_source_attach (tick, context);
    g_source_unref (tick);
  }
  g_main_loop_run (staff->loop);
  g_clear_object (&staff->store);
  g_main_loop_unref (staff->loop);
  fd_session_free (staff->session);
  g_main_context_pop_thread_default (context);
  return NULL;
}

typedef struct {
  Bench *bench;
  guint  index;
  guint  checked_in;
  guint  failed;
} Kiosk;

static gpointer
kiosk_thread (gpointer data)
{
  Kiosk *kiosk = data;
  Bench *bench = kiosk->bench;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (bench->uri, &error);
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* The kiosks start a tenth of a second apart, as people do not come in step. */
  gint64 next = g_get_monotonic_time () + kiosk->index * 100000;

  g_assert_no_error (error);
  while (!g_atomic_int_get (&bench->stop))
    {
      g_autoptr(FdRegistration) reg = fd_registration_new ();
      gint64 id, now;

      while ((now = g_get_monotonic_time ()) < next)
        g_usleep (MIN (next - now, 50000));
      next += G_USEC_PER_SEC;
      reg->name = g_strdup_printf ("访客%u-%u", kiosk->index, kiosk->checked_in);
      reg->phone = g_strdup ("13900000000");
      reg->purpose = g_strdup ("面试");
      reg->host_id = bench->host_id;
      reg->visit_ms = g_get_real_time () / 1000;
      id = fd_store_add_visit (store, reg, &error);
      now = g_get_monotonic_time ();
      if (id == 0)
        {
          g_printerr ("kiosk %u: %s\n", kiosk->index, error->message);
          g_clear_error (&error);
          kiosk->failed++;
          continue;
        }
      g_mutex_lock (&bench->lock);
      g_hash_table_insert (bench->confirmed, g_memdup2 (&id, sizeof id), g_memdup2 (&now, sizeof now));
      g_mutex_unlock (&bench->lock);
      g_array_append_val (mine, id);
      kiosk->checked_in++;
      if (mine->len > 30)
        {
          FdCheckOut how = { g_array_index (mine, gint64, mine->len - 31), NULL, FD_BADGE_BACK_YES, NULL };
          g_autoptr(FdSession) station = fd_session_new_system ();
          g_autoptr(FdVisit) left = fd_store_check_out (store, station, &how, NULL);
        }
    }
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *uri = NULL;
  int n_kiosks = 10, n_staff = 3, seconds = 600;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_STRING, &uri, "The PostgreSQL database", "URI" },
    { "kiosks", 0, 0, G_OPTION_ARG_INT, &n_kiosks, "Kiosk stations (10)", "K" },
    { "staff", 0, 0, G_OPTION_ARG_INT, &n_staff, "Staff stations (3)", "S" },
    { "seconds", 0, 0, G_OPTION_ARG_INT, &seconds, "How long (600)", "T" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— many stations on one server");
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) setup = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  Bench bench = { 0 };
  Kiosk *kiosks;
  Staff *staff;
  GThread **threads;
  guint total = 0, failed = 0, lost = 0;
  double p50;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || uri == NULL || n_staff < 1 || n_staff > 16)
    {
      g_printerr ("stations --db postgresql://… [--kiosks K] [--staff S (1-16)] [--seconds T]\n");
      return 2;
    }
  setup = fd_store_open (uri, &error);
  g_assert_no_error (error);
  fd_store_seed_demo (setup, NULL);
  hosts = fd_store_search_hosts (setup, "王芳", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, ==, 1);

  g_mutex_init (&bench.lock);
  bench.uri = uri;
  bench.host_id = ((FdHost *) hosts->pdata[0])->id;
  bench.n_staff = (guint) n_staff;
  bench.confirmed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  bench.latencies = g_array_new (FALSE, FALSE, sizeof (double));
  for (int i = 0; i < n_staff; i++)
    bench.seen[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  kiosks = g_new0 (Kiosk, n_kiosks);
  staff = g_new0 (Staff, n_staff);
  threads = g_new0 (GThread *, n_kiosks + n_staff);
  for (int i = 0; i < n_staff; i++)
    {
      staff[i] = (Staff) { &bench, (guint) i, NULL, NULL, NULL };
      threads[n_kiosks + i] = g_thread_new ("staff", staff_thread, &staff[i]);
    }
  g_usleep (G_USEC_PER_SEC);  /* the staff stations are watching */
  for (int i = 0; i < n_kiosks; i++)
    {
      kiosks[i] = (Kiosk) { &bench, (guint) i, 0, 0 };
      threads[i] = g_thread_new ("kiosk", kiosk_thread, &kiosks[i]);
    }
  g_usleep ((gulong) seconds * G_USEC_PER_SEC);
  g_atomic_int_set (&bench.stop, 1);
  for (int i = 0; i < n_kiosks; i++)
    g_thread_join (threads[i]);
  g_usleep (2 * G_USEC_PER_SEC);  /* the last changes reach the staff stations */
  g_atomic_int_set (&bench.stop_staff, 1);
  for (int i = 0; i < n_staff; i++)
    g_thread_join (threads[n_kiosks + i]);

  for (int i = 0; i < n_kiosks; i++)
    {
      total += kiosks[i].checked_in;
      failed += kiosks[i].failed;
    }
  /* A visit confirmed but never shown by some staff station is lost to
   * it.  A staff station may show a visit before the kiosk's thread has
   * taken the time of its confirmation: that counts as 0 ms. */
  {
    GHashTableIter iter;
    gpointer key, confirmed;

    g_hash_table_iter_init (&iter, bench.confirmed);
    while (g_hash_table_iter_next (&iter, &key, &confirmed))
      for (int i = 0; i < n_staff; i++)
        {
          gint64 *seen = g_hash_table_lookup (bench.seen[i], key);
          double ms;

          if (seen == NULL)
            {
              lost++;
              continue;
            }
          ms = MAX (0, *seen - *(gint64 *) confirmed) / 1000.0;
          g_array_append_val (bench.latencies, ms);
        }
  }
  if (bench.latencies->len == 0)
    {
      g_printerr ("no visit reached a staff station\n");
      return 1;
    }
  printf ("stations: %d kiosks x 1 check-in/s, %d staff stations, %d s: %u check-ins, %u failed\n",
          n_kiosks, n_staff, seconds, total, failed);
  /* bench_median() sorts the latencies, which the percentiles then read. */
  p50 = bench_median (bench.latencies);
  printf ("confirm -> on every staff station (%u observations): p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
          "lost %u\n", bench.latencies->len, p50,
          g_array_index (bench.latencies, double, (bench.latencies->len * 99) / 100),
          g_array_index (bench.latencies, double, bench.latencies->len - 1), lost);
  return lost == 0 && failed == 0 ? 0 : 1;
}
