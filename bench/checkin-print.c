/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Check-in to printed badge, against a bare IPP submission.
 *
 *   checkin-print PRINTER-URI QUEUE ROUNDS
 *
 * Alternately, ROUNDS times: (a) what the kiosk does after "submit": store
 * the visit (WAL, synchronous=FULL), read it back, render its badge PDF,
 * look up the printer's media and submit the job until the printer has
 * accepted it; (b) ipptool sending the same PDF to the same printer with
 * Print-Job.  Prints medians and their ratio.  Needs CUPS_SERVER (see
 * bench/checkin-print.py, which starts a private scheduler).
 */
#include <glib/gstdio.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>

#include "fd-badge-issue.h"

extern char **environ;
#include "fd-store.h"

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare);
  return g_array_index (values, double, values->len / 2);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-bench-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "badge.pdf", NULL);
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) render_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) submit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) hosts = NULL;
  const char *uri, *queue;
  int rounds;

  if (argc != 4)
    {
      fprintf (stderr, "usage: checkin-print PRINTER-URI QUEUE ROUNDS\n");
      return 2;
    }
  uri = argv[1];
  queue = argv[2];
  rounds = atoi (argv[3]);
  store = fd_store_open (db, &error);
  g_assert_no_error (error);
  fd_store_seed_demo (store, &error);
  g_assert_no_error (error);
  hosts = fd_store_search_hosts (store, "王芳", 1, &error);

  for (int i = 0; i < rounds + 1; i++)
    {
      g_autoptr(FdRegistration) reg = fd_registration_new ();
      g_autoptr(FdVisit) visit = NULL;
      g_autoptr(FdBadge) badge = NULL;
      g_autoptr(GBytes) pdf = NULL;
      const char *ipptool[] = { "ipptool", "-f", pdf_path, uri, "print-job.test", NULL };
      gint64 start, stored, rendered;
      double ms;
      int status = 0;
      gint64 id;

      /* (a) Frontdesk, from "submit" to the job accepted. */
      start = g_get_monotonic_time ();
      reg->name = g_strdup ("李雷");
      reg->phone = g_strdup ("13812345678");
      reg->purpose = g_strdup ("面试");
      reg->host_id = ((FdHost *) g_ptr_array_index (hosts, 0))->id;
      reg->visit_ms = fd_store_now_ms (store);
      id = fd_store_add_visit (store, reg, &error);
      g_assert_no_error (error);
      visit = fd_store_get_visit (store, id, &error);
      stored = g_get_monotonic_time ();
      badge = fd_badge_new_for_visit (visit, "星河科技");
      pdf = fd_badge_render_pdf (badge, FD_BADGE_LABEL_62, &error);
      g_assert_no_error (error);
      rendered = g_get_monotonic_time ();
      if (fd_print_badge (queue, badge, FD_BADGE_LABEL_62, pdf, 0, NULL, NULL) != FD_PRINT_OK)
        g_error ("printing on %s failed", queue);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i > 0)
        {
          double part;

          g_array_append_val (ours, ms);
          part = (stored - start) / 1000.0;
          g_array_append_val (store_ms, part);
          part = (rendered - stored) / 1000.0;
          g_array_append_val (render_ms, part);
          part = (g_get_monotonic_time () - rendered) / 1000.0;
          g_array_append_val (submit_ms, part);
        }

      /* (b) The same PDF, submitted bare. */
      g_file_set_contents (pdf_path, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf), NULL);
      start = g_get_monotonic_time ();
      /* posix_spawn, not fork: a fork would make this process pay for
       * copy-on-write faults afterwards and slow down the other side. */
      {
        pid_t pid;
        posix_spawn_file_actions_t actions;

        posix_spawn_file_actions_init (&actions);
        posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
        if (posix_spawnp (&pid, "ipptool", &actions, NULL, (char **) ipptool, environ) != 0)
          g_error ("ipptool cannot start");
        waitpid (pid, &status, 0);
        posix_spawn_file_actions_destroy (&actions);
        if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
          g_error ("ipptool failed");
      }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i > 0)
        g_array_append_val (bare, ms);
    }

  printf ("rounds: %d (alternating, after one warm-up)\n", rounds);
  printf ("check-in to badge job accepted: frontdesk %.1f ms, bare ipptool Print-Job %.1f ms, ratio %.2f\n",
          median (ours), median (bare), median (ours) / median (bare));
  printf ("  of which: store %.1f ms, render %.1f ms, IPP submission %.1f ms (submission alone / ipptool %.2f)\n",
          median (store_ms), median (render_ms), median (submit_ms), median (submit_ms) / median (bare));
  return 0;
}
