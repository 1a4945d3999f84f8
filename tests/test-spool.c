/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "fd-badge-issue.h"
#include "fd-error.h"
#include "fd-test-util.h"

/* The lobby never stops: the private PostgreSQL server (tests/postgresql.sh)
 * is stopped while a kiosk station registers visitors, and started again. */

#define N_OFFLINE 50

static FdRegistration *
registration (FdStore    *store,
              const char *name,
              const char *phone,
              gint64      host)
{
  FdRegistration *reg = fd_registration_new ();

  reg->name = g_strdup (name);
  reg->phone = g_strdup (phone);
  reg->purpose = g_strdup ("面试");
  reg->host_id = host;
  reg->visit_ms = fd_store_now_ms (store);
  return reg;
}

/* A kiosk station on the server: its key, and its spool in the test's
 * folder. */
static FdStore *
kiosk_store (const char *uri,
             const char *spool)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (spool);
  g_autofree char *key = g_build_filename (dir, "frontdesk.key", NULL);
  FdStore *store = fd_store_open (uri, &error);

  g_assert_no_error (error);
  g_assert_true (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_true (fd_store_set_spool (store, spool, "大堂自助机", &error));
  g_assert_no_error (error);
  return store;
}

/* REG-2 and REG-4 with the server down: 50 visitors register and get
 * their badges; a watchlist match is held; badges are shown at the exit;
 * nothing is sent while the server is down, and once it is back every
 * visit arrives once, with its time, its badge token and the station's
 * reference, and the check-outs with it.  A sending cut off after the
 * server's commit sends nothing twice. */
static void
test_fifty_offline (void)
{
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autofree char *dir = fd_test_db_dir (uri);
  g_autofree char *spool = g_build_filename (dir, "spool.db", NULL);
  g_autofree char *badges = g_build_filename (dir, "badges", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdSession) security = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GHashTable) tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  FdPrintSettings print = { NULL, NULL, badges, FD_BADGE_LABEL_62, 5000 };
  gint64 host, before, held_id = 0, first_offline = 0;
  g_autofree char *before_token = NULL;
  guint sent = 0;

  {
    g_autoptr(FdStore) setup = fd_store_open (uri, &error);

    g_assert_no_error (error);
    g_assert_true (fd_store_seed_demo (setup, &error));
  }
  store = kiosk_store (uri, spool);
  security = fd_test_login (store, FD_ROLE_SECURITY);
  g_assert_cmpint (fd_store_add_watch (store, security, "至尊宝", "13912349999", NULL, "前员工", &error), >, 0);
  host = fd_test_host_id (store, "王芳", NULL);
  before = fd_test_add_visit (store, "李雷", "13812345678", host);
  {
    g_autoptr(FdVisit) visit = fd_store_get_visit (store, before, &error);

    before_token = g_strdup (visit->badge_token);
  }
  g_assert_true (fd_store_sync_spool (store, &sent, &error));  /* fills the spool's copies */
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 0);

  fd_test_pg_server ("stop");

  /* The kiosk finds its hosts and registers, as if nothing happened. */
  hosts = fd_store_search_hosts (store, "王", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hosts->len, >, 0);
  for (int i = 0; i < N_OFFLINE; i++)
    {
      g_autofree char *name = g_strdup_printf ("访客%02d", i);
      g_autoptr(FdRegistration) reg = registration (store, name, "13900000000", host);
      gint64 id = fd_store_add_visit (store, reg, &error);
      g_autoptr(FdVisit) visit = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (id, <, 0);
      if (first_offline == 0)
        first_offline = id;
      visit = fd_store_get_visit (store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (visit->name, ==, name);
      g_assert_false (g_hash_table_contains (tokens, visit->badge_token));
      g_hash_table_add (tokens, g_strdup (visit->badge_token));
    }
  /* Badges come out (here as PDF files) with the spooled visit's token. */
  {
    g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue (store, &print, first_offline, &error);
    g_autoptr(FdVisit) visit = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (outcome->state, ==, FD_BADGE_SAVED);
    g_assert_true (g_file_test (outcome->detail, G_FILE_TEST_EXISTS));
    visit = fd_store_get_visit (store, first_offline, &error);
    g_assert_cmpint (visit->badge_state, ==, FD_BADGE_SAVED);
  }
  /* The watchlist still holds a badge: matched against hashes. */
  {
    g_autoptr(FdRegistration) reg = registration (store, "至尊宝", "13912349999", host);
    g_autoptr(FdVisit) visit = NULL;

    held_id = fd_store_add_visit (store, reg, &error);
    g_assert_no_error (error);
    visit = fd_store_get_visit (store, held_id, &error);
    g_assert_cmpint (visit->badge_state, ==, FD_BADGE_HELD);
    g_assert_true (visit->watchlist_hit);
  }
  g_assert_cmpint (fd_test_sql (spool, "SELECT COUNT(*) FROM watch WHERE hash LIKE '%13912349999%'"), ==, 0);
  /* Check-out by badge: one registered offline, one from before. */
  {
    g_autoptr(FdVisit) visit = fd_store_get_visit (store, first_offline - 1, &error);
    FdCheckOut spooled = { 0, visit->badge_token, FD_BADGE_BACK_IF_BOX, NULL };
    FdCheckOut earlier = { 0, before_token, FD_BADGE_BACK_IF_BOX, NULL };
    g_autoptr(FdVisit) left = fd_store_check_out (store, NULL, &spooled, &error);
    g_autoptr(FdVisit) left_before = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (left->state, ==, FD_VISIT_LEFT);
    left_before = fd_store_check_out (store, NULL, &earlier, &error);
    g_assert_no_error (error);
    g_assert_nonnull (left_before);
  }
  g_assert_cmpint (fd_store_count_spooled (store), ==, N_OFFLINE + 2);
  g_assert_false (fd_store_sync_spool (store, &sent, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_OFFLINE);
  g_clear_error (&error);

  fd_test_pg_server ("start");
  g_assert_true (fd_store_sync_spool (store, &sent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, N_OFFLINE + 2);
  g_assert_cmpint (fd_store_count_spooled (store), ==, 0);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE station_ref LIKE '大堂自助机/%'"), ==,
                   N_OFFLINE + 1);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(DISTINCT badge_token) FROM visits WHERE station_ref IS NOT NULL"),
                   ==, N_OFFLINE + 1);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name LIKE '访客%' AND synced_ms >= arrived_ms"),
                   ==, N_OFFLINE);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '李雷' AND state = 'left'"), ==, 1);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '访客01' AND state = 'left'"), ==, 1);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '访客00' AND badge_state = 'saved'"),
                   ==, 1);
  /* The server matched the watchlist itself: security has the alert. */
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM alerts a JOIN visits v ON v.id = a.visit_id "
                                     "WHERE v.name = '至尊宝' AND a.kind = 'watchlist'"), ==, 1);

  /* A sending cut off after the server's commit: nothing twice. */
  fd_test_sql (spool, "UPDATE spooled SET sent_ms = NULL");
  g_assert_true (fd_store_sync_spool (store, &sent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE station_ref IS NOT NULL"), ==, N_OFFLINE + 1);
}

/* The child of the kill -9 test: registers visitors into the spool while
 * the server is down, and prints the reference of each as soon as the
 * visitor would see "done". */
static int
spool_child (const char *uri,
             const char *spool)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = kiosk_store (uri, spool);
  gint64 host = fd_test_host_id (store, "王芳", NULL);

  char go[8];

  g_assert_true (fd_store_sync_spool (store, NULL, &error));
  printf ("READY\n");
  fflush (stdout);
  /* The parent stops the server, then says go. */
  if (fgets (go, sizeof go, stdin) == NULL)
    return 1;
  for (int i = 0; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("快%04d", i);
      g_autoptr(FdRegistration) reg = registration (store, name, "13900000000", host);

      if (fd_store_add_visit (store, reg, &error) == 0)
        g_error ("%s", error->message);
      printf ("%s\n", name);
      fflush (stdout);
    }
  return 0;
}

typedef struct {
  GDataInputStream *out;
  GPtrArray        *names;
  gboolean          ready;
} Child;

static gboolean
enough_confirmed (gpointer data)
{
  Child *child = data;
  g_autofree char *line = g_data_input_stream_read_line (child->out, NULL, NULL, NULL);

  if (line == NULL)
    return FALSE;
  if (g_str_equal (line, "READY"))
    {
      child->ready = TRUE;
      return FALSE;
    }
  g_ptr_array_add (child->names, g_steal_pointer (&line));
  return child->names->len >= 40;
}

/* kill -9 of a kiosk while it spools loses no visitor it confirmed: each
 * name the child printed (after its spool's commit) is in the database
 * once the server is back and a new kiosk process sends the spool. */
static void
test_killed_while_spooling (void)
{
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autofree char *dir = fd_test_db_dir (uri);
  g_autofree char *spool = g_build_filename (dir, "spool.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(FdStore) store = NULL;
  Child reading = { NULL, g_ptr_array_new_with_free_func (g_free), FALSE };
  g_autofree char *self_path = g_build_filename (g_getenv ("FD_BUILD_DIR"), "tests", "test-spool", NULL);
  guint sent = 0;

  {
    g_autoptr(FdStore) setup = fd_store_open (uri, &error);

    g_assert_no_error (error);
    g_assert_true (fd_store_seed_demo (setup, &error));
    fd_test_store_load_key (setup);
  }
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDIN_PIPE, &error, self_path,
                            "spool-child", uri, spool, NULL);
  g_assert_no_error (error);
  reading.out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while (!reading.ready)
    enough_confirmed (&reading);
  fd_test_pg_server ("stop");
  g_output_stream_write_all (g_subprocess_get_stdin_pipe (child), "go\n", 3, NULL, NULL, &error);
  g_assert_no_error (error);
  while (!enough_confirmed (&reading))
    ;
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, NULL);
  g_clear_object (&reading.out);
  g_test_message ("%u visitors confirmed before kill -9", reading.names->len);

  fd_test_pg_server ("start");
  store = kiosk_store (uri, spool);
  g_assert_true (fd_store_sync_spool (store, &sent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sent, >=, reading.names->len);
  for (guint i = 0; i < reading.names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM visits WHERE name = '%s'",
                                              (char *) reading.names->pdata[i]);

      g_assert_cmpint (fd_test_sql (uri, sql), ==, 1);
    }
  g_ptr_array_unref (reading.names);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "spool-child"))
    return spool_child (argv[2], argv[3]);
  fd_test_require_postgresql ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/spool/fifty-offline", test_fifty_offline);
  g_test_add_func ("/spool/killed-while-spooling", test_killed_while_spooling);
  return g_test_run ();
}
