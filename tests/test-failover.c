/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-error.h"
#include "fd-test-util.h"

#include <libpq-fe.h>
#include <string.h>

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

/* The visitor who comes while the server is away. */
static FdRegistration *
late_visitor (FdStore *store,
              gint64   host)
{
  FdRegistration *reg = fd_registration_new ();

  reg->name = g_strdup ("至尊宝");
  reg->phone = g_strdup ("13912349999");
  reg->purpose = g_strdup ("面试");
  reg->host_id = host;
  reg->visit_ms = fd_store_now_ms (store);
  return reg;
}

/* Lets the store's watcher settle: it says "changed" on its own writes
 * and when it listens again after a reconnect. */
static void
wait_quiet (int *changes)
{
  do
    {
      *changes = 0;
      for (int i = 0; i < 100; i++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (10 * 1000);
        }
    }
  while (*changes > 0);
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
  g_autoptr(FdRegistration) reg = NULL;
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
  wait_quiet (&changes);
  fd_test_add_visit (other, "韩梅梅", "13912345678", host);
  g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 5000));

  fd_test_pg_server ("stop");
  reg = late_visitor (store, host);
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

/* The first column of @sql's first row on the read-only standby, through
 * libpq alone (a station's connection sets itself up by writing). */
static gint64
standby_sql (const char *uri,
             const char *sql)
{
  PGconn *conn = PQconnectdb (uri);
  PGresult *result;
  gint64 value;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  value = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  PQclear (result);
  PQfinish (conn);
  return value;
}

static gboolean
standby_has_cb (gpointer data)
{
  const char **query = data;

  return standby_sql (query[0], query[1]) > 0;
}

/* REG-2 across a switch to a standby, the setup README.md documents:
 * PostgreSQL's streaming replication, and stations given both servers
 * with target_session_attrs=read-write.  While the primary is gone and
 * the standby is still read-only, a change is refused plainly and nothing
 * is half made; once the standby is promoted, the same stores read and
 * write there without a restart, every visit the primary had replicated is
 * there once, and another station's check-in reaches this one's windows. */
static void
test_switch_to_standby (void)
{
  g_autofree char *primary = fd_test_temp_pg_db ();
  g_autofree char *name = g_strndup (primary + strlen ("postgresql://fd@/"),
                                     strcspn (primary + strlen ("postgresql://fd@/"), "?"));
  const char *dir = g_getenv ("FD_TEST_POSTGRESQL_DIR");
  g_autofree char *both = g_strdup_printf ("postgresql://fd@/%s?host=%s,%s/standby-socket&target_session_attrs=read-write",
                                           name, dir, dir);
  g_autofree char *standby = g_strdup_printf ("postgresql://fd@/%s?host=%s/standby-socket", name, dir);
  const char *replicated[] = { standby, "SELECT COUNT(*) FROM visits WHERE name = '韩梅梅'" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdStore) other = NULL;
  g_autoptr(FdRegistration) reg = NULL;
  gint64 host, first, second, refused, after;
  int changes = 0;

  store = fd_store_open (both, &error);
  g_assert_no_error (error);
  g_assert_true (fd_store_seed_demo (store, &error));
  host = fd_test_host_id (store, "王芳", NULL);
  first = fd_test_add_visit (store, "李雷", "13812345678", host);

  fd_test_pg_standby ("create");
  fd_test_pg_standby ("start");
  /* A visit made while the standby follows: streamed to it. */
  second = fd_test_add_visit (store, "韩梅梅", "13912345678", host);
  g_assert_true (fd_test_wait_until (standby_has_cb, replicated, 10000));
  fd_store_watch (store);
  g_signal_connect (store, "changed", G_CALLBACK (fd_test_count_cb), &changes);

  /* The primary goes; the standby answers but may not be written. */
  fd_test_pg_server ("stop");
  reg = late_visitor (store, host);
  refused = fd_store_add_visit (store, reg, &error);
  g_assert_cmpint (refused, ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_OFFLINE);
  g_clear_error (&error);
  g_assert_false (fd_store_checkout (store, fd_test_staff (), first, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_OFFLINE);
  g_clear_error (&error);

  /* Promoted: the same store goes on there. */
  fd_test_pg_standby ("promote");
  after = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after, >, second);
  g_assert_true (fd_store_checkout (store, fd_test_staff (), first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (on_site (store), ==, 2);  /* 韩梅梅 and 至尊宝 */
  g_assert_cmpint (fd_test_sql (standby, "SELECT COUNT(*) FROM visits"), ==, 3);
  g_assert_cmpint (fd_test_sql (standby, "SELECT COUNT(*) FROM visits WHERE name = '至尊宝'"), ==, 1);
  g_assert_cmpint (fd_test_sql (standby, "SELECT COUNT(*) FROM visits WHERE state = 'left'"), ==, 1);

  /* Live across stations on the new primary. */
  other = fd_store_open (both, &error);
  g_assert_no_error (error);
  wait_quiet (&changes);
  fd_test_add_visit (other, "林黛玉", "13712345678", host);
  g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 5000));
  g_assert_cmpuint (on_site (store), ==, 3);

  /* The next tests use the first server again. */
  g_clear_object (&store);
  g_clear_object (&other);
  fd_test_pg_standby ("remove");
  fd_test_pg_server ("start");
}

int
main (int    argc,
      char **argv)
{
  fd_test_require_postgresql ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/failover/restart-and-outage", test_restart_and_outage);
  g_test_add_func ("/failover/switch-to-standby", test_switch_to_standby);
  return g_test_run ();
}
