/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib-unix.h>
#include <signal.h>
#include <unistd.h>
#include <string.h>
#include <sys/wait.h>

#include "fd-test-util.h"

/* A confirmed check-in survives a killed process: the kiosk (fd-test-peer)
 * registers visitors one after another and is killed with SIGKILL at a
 * random moment, 50 times.  Every visit whose done page was shown must be
 * in the database, and the file must be sound. */

#define ROUNDS 50

static void
read_confirmed (const char *text,
                GArray     *ids)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "CONFIRMED "))
      {
        gint64 id = g_ascii_strtoll (lines[i] + 10, NULL, 10);

        g_array_append_val (ids, id);
      }
}

/* Runs one kiosk until it has confirmed at least one visit, then a random
 * 0–400 ms more, then kills it. */
static void
one_round (const char *peer,
           const char *db,
           GArray     *ids)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { peer, "kiosk", db, NULL };
  GPid pid;
  int out_fd;
  g_autoptr(GString) output = g_string_new (NULL);
  gint64 kill_at = 0;
  int status;
  char buffer[4096];

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);
  g_unix_set_fd_nonblocking (out_fd, TRUE, NULL);

  for (gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;;)
    {
      ssize_t n = read (out_fd, buffer, sizeof buffer);

      if (n > 0)
        g_string_append_len (output, buffer, n);
      if (kill_at == 0 && strstr (output->str, "CONFIRMED ") != NULL)
        kill_at = g_get_monotonic_time () + g_random_int_range (0, 400) * 1000;
      if (kill_at != 0 && g_get_monotonic_time () >= kill_at)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_usleep (1000);
    }

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));

  /* Lines written before the kill are still in the pipe. */
  for (;;)
    {
      ssize_t n = read (out_fd, buffer, sizeof buffer);

      if (n <= 0)
        break;
      g_string_append_len (output, buffer, n);
    }
  close (out_fd);
  read_confirmed (output->str, ids);
}

static void
test_confirmed_visits_survive_sigkill (void)
{
  g_autoptr(FdStore) seed = fd_test_store_new (TRUE);
  g_autofree char *db = g_strdup (fd_store_get_path (seed));
  g_autofree char *peer = g_build_filename (g_getenv ("FD_BUILD_DIR"), "tests", "fd-test-peer", NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&seed);
  for (int round = 0; round < ROUNDS; round++)
    one_round (peer, db, ids);
  g_test_message ("%u visits confirmed across %d killed kiosks", ids->len, ROUNDS);
  g_assert_cmpuint (ids->len, >=, ROUNDS);

  store = fd_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (fd_store_check_integrity (store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(FdVisit) visit = fd_store_get_visit (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/crash/confirmed-visits-survive-sigkill", test_confirmed_visits_survive_sigkill);

  return g_test_run ();
}
