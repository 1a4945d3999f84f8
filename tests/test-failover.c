/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-error.h"
#include "fd-test-util.h"

/* The database server restarts or goes away (tests/postgresql.sh's
 * server): a station's store connects again by itself, says plainly while
 * it cannot, and loses nothing nor writes anything twice. */

static guint
on_site (FdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ON_SITE, &error);

  g_assert_no_error (error);
  return visits->len;
}

/* REG-2, every visit traceable, across a server restart: reads and writes
 * go on after it without a restart of the station; while the server is
 * down a check-in fails at once with FD_ERROR_OFFLINE (and is not half
 * made); once it is back, the check-in goes through once. */
static void
test_restart_and_outage (void)
{
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (uri, &error);
  g_autoptr(FdStore) other = NULL;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  gint64 host, first, refused, after;
  gint64 started;
  int changes = 0;

  g_assert_no_error (error);
  g_assert_true (fd_store_seed_demo (store, &error));
  host = fd_test_host_id (store, "王芳", NULL);
  first = fd_test_add_visit (store, "李雷", "13812345678", host);
  fd_store_watch (store);
  g_signal_connect (store, "changed", G_CALLBACK (fd_test_count_cb), &changes);

  fd_test_pg_server ("restart");
  g_assert_cmpuint (on_site (store), ==, 1);              /* a read, on a new connection */
  g_assert_true (fd_store_checkout (store, fd_test_staff (), first, &error));  /* a write */
  g_assert_no_error (error);
  g_assert_cmpuint (on_site (store), ==, 0);

  /* Another station's check-in still reaches this one's windows: once
   * the watcher has come back (it says "changed" on its own writes and
   * when it listens again) and gone quiet. */
  other = fd_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 5000));
  do
    {
      changes = 0;
      for (int i = 0; i < 100; i++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (10 * 1000);
        }
    }
  while (changes > 0);
  fd_test_add_visit (other, "韩梅梅", "13912345678", host);
  g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 5000));

  fd_test_pg_server ("stop");
  reg->name = g_strdup ("至尊宝");
  reg->phone = g_strdup ("13912349999");
  reg->purpose = g_strdup ("面试");
  reg->host_id = host;
  reg->visit_ms = fd_store_now_ms (store);
  started = g_get_monotonic_time ();
  refused = fd_store_add_visit (store, reg, &error);
  g_assert_cmpint (refused, ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_OFFLINE);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 5 * G_USEC_PER_SEC);  /* at once: a socket that is gone */
  g_clear_error (&error);
  g_assert_null (fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ON_SITE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_OFFLINE);
  g_clear_error (&error);

  fd_test_pg_server ("start");
  after = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after, >, first);
  g_assert_cmpuint (on_site (store), ==, 2);  /* 韩梅梅 and 至尊宝, once */
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '至尊宝'"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  fd_test_require_postgresql ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/failover/restart-and-outage", test_restart_and_outage);
  return g_test_run ();
}
