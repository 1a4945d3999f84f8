/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "fd-test-util.h"

/* Two stations as a site runs them: two frontdesk processes, each with a
 * station file of its own (a lobby kiosk, a front-desk staff window), on
 * one PostgreSQL database (tests/postgresql.sh). */

typedef struct {
  FdStore   *store;
  FdSession *session;
} Watch;

static gboolean
both_online (gpointer data)
{
  Watch *watch = data;
  g_autoptr(GPtrArray) stations = fd_store_list_stations (watch->store, watch->session, NULL);
  guint online = 0;

  for (guint i = 0; stations != NULL && i < stations->len; i++)
    {
      FdStation *station = stations->pdata[i];

      if (station->online &&
          ((g_str_equal (station->name, "大堂自助机") && g_str_equal (station->role, "kiosk")) ||
           (g_str_equal (station->name, "Front desk") && g_str_equal (station->role, "staff"))))
        online++;
    }
  return online == 2;
}

static char *
station_file (const char *dir,
              const char *file,
              const char *name,
              const char *role,
              const char *uri)
{
  g_autofree char *text = g_strdup_printf ("[station]\nname=%s\nrole=%s\ndatabase=%s\nkey-file=%s/frontdesk.key\n"
                                           "badge-folder=%s/badges\nspool=%s/%s.spool\n", name, role, uri, dir, dir, dir, file);
  char *path = g_build_filename (dir, file, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static GSubprocess *
start_station (const char *config)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *app = g_build_filename (g_getenv ("FD_BUILD_DIR"), "src", "app", "frontdesk", NULL);
  GSubprocess *station = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                           app, "--config", config, NULL);

  g_assert_no_error (error);
  return station;
}

/* REC-1 at every lobby: each station opens what its station file says and
 * shows up, by name and role, as online on the site's list; a station file
 * with the database's password is refused unless only its owner can read
 * it, and what a station prints about its database names no password. */
static void
test_two_station_files (void)
{
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autofree char *dir = fd_test_db_dir (uri);
  g_autofree char *with_password = NULL;
  g_autofree char *lobby_file = NULL;
  g_autofree char *desk_file = station_file (dir, "desk.conf", "Front desk", "staff", uri);
  g_autoptr(GSubprocess) lobby = NULL;
  g_autoptr(GSubprocess) desk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (uri, &error);
  g_autoptr(GBytes) said = NULL;
  Watch watch = { store, NULL };
  const char *text;

  g_assert_no_error (error);
  g_assert_true (fd_store_seed_demo (store, &error));
  fd_test_store_load_key (store);
  watch.session = fd_test_login (store, FD_ROLE_RECEPTIONIST);

  /* A password in the URI (the server trusts the socket and ignores it):
   * a station file others can read is refused. */
  with_password = g_strdup_printf ("postgresql://fd:s3cret-pw@%s", strstr (uri, "@") + 1);
  lobby_file = station_file (dir, "lobby.conf", "大堂自助机", "kiosk", with_password);
  g_assert_cmpint (g_chmod (lobby_file, 0644), ==, 0);
  {
    g_autoptr(GSubprocess) refused = start_station (lobby_file);
    g_autoptr(GBytes) refused_said = NULL;
    g_autoptr(GBytes) refused_err = NULL;
    const char *err;

    g_assert_true (g_subprocess_communicate (refused, NULL, NULL, &refused_said, &refused_err, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_subprocess_get_exit_status (refused), ==, 1);
    err = g_bytes_get_data (refused_err, NULL);
    g_assert_nonnull (strstr (err, "chmod 600"));
    g_assert_null (strstr (err, "s3cret-pw"));
  }
  g_assert_cmpint (g_chmod (lobby_file, 0600), ==, 0);
  lobby = start_station (lobby_file);
  desk = start_station (desk_file);
  g_assert_true (fd_test_wait_until (both_online, &watch, 20000));

  g_subprocess_send_signal (lobby, SIGTERM);
  g_assert_true (g_subprocess_communicate (lobby, NULL, NULL, &said, NULL, &error));
  g_assert_no_error (error);
  text = g_bytes_get_data (said, NULL);
  g_test_message ("the lobby station said: %s", text);
  g_assert_nonnull (strstr (text, "“大堂自助机”"));
  g_assert_nonnull (strstr (text, "postgresql://fd@"));
  g_assert_null (strstr (text, "s3cret-pw"));
  g_subprocess_send_signal (desk, SIGTERM);
  g_subprocess_wait (desk, NULL, NULL);
  fd_session_free (watch.session);
}

int
main (int    argc,
      char **argv)
{
  fd_test_require_postgresql ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stations/two-station-files", test_two_station_files);
  return g_test_run ();
}
