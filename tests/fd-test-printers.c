/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-test-printers.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The private CUPS scheduler of tests/printers.py, and reading back what
 * its printers received. */

static char *root;

static char *
run_capture (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s", argv[0], error->message);
  return out;
}

void
fd_test_printers_start (void)
{
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "printers.py", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "python3", script, "start", NULL, NULL };

  root = g_dir_make_tmp ("frontdesk-cups-XXXXXX", &error);
  g_assert_no_error (error);
  argv[3] = root;
  out = run_capture (argv);
  g_strstrip (out);
  g_assert_true (g_str_has_prefix (out, "CUPS_SERVER="));
  g_setenv ("CUPS_SERVER", out + strlen ("CUPS_SERVER="), TRUE);
  g_test_message ("private cupsd at %s in %s", g_getenv ("CUPS_SERVER"), root);
}

void
fd_test_printers_stop (void)
{
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "printers.py", NULL);
  const char *argv[] = { "python3", script, "stop", root, NULL };
  g_autofree char *out = run_capture (argv);
}

/* The file a file: queue writes its device output to. */
char *
fd_test_printers_out (const char *name)
{
  return g_build_filename (root, "out", name, NULL);
}

static int
job_number (const char *file)
{
  return atoi (file + strlen ("job-"));
}

guint
fd_test_printers_pdf_count (void)
{
  g_autofree char *dir = fd_test_printers_out ("pdf");
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      n++;
  return n;
}

/* The newest document the "pdf" printer kept. */
char *
fd_test_printers_last_pdf (void)
{
  g_autofree char *dir = fd_test_printers_out ("pdf");
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *best = NULL;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".pdf") && (best == NULL || job_number (name) > job_number (best)))
      {
        g_free (best);
        best = g_strdup (name);
      }
  g_assert_nonnull (best);
  return g_build_filename (dir, best, NULL);
}

/* Runs a CUPS admin command (lpadmin, cupsenable, …) on the private
 * scheduler. */
void
fd_test_printers_run (const char *program,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (char *) program);
  va_start (ap, program);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  out = run_capture ((const char * const *) argv->pdata);
}

/* What the QR code on the first page of @pdf says, read as a scanner
 * would from a 300 dpi rendering (pdftoppm + zbarimg). */
char *
fd_test_decode_qr (const char *pdf)
{
  g_autofree char *dir = g_path_get_dirname (pdf);
  g_autofree char *prefix = g_build_filename (g_get_tmp_dir (), "fd-qr-XXXXXX", NULL);
  g_autofree char *png = NULL;
  g_autofree char *out = NULL;
  int fd = g_mkstemp (prefix);
  const char *render[] = { "pdftoppm", "-r", "300", "-png", "-singlefile", pdf, prefix, NULL };
  const char *decode[] = { "zbarimg", "-q", "--raw", NULL, NULL };

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_unlink (prefix);
  g_free (run_capture (render));
  png = g_strconcat (prefix, ".png", NULL);
  decode[3] = png;
  out = run_capture (decode);
  g_unlink (png);
  return g_strdup (g_strstrip (out));
}
