/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* Driverless printers addressed directly (Trust, finding 9): a real
 * ippeveprinter that, like many IPP Everywhere printers, takes PWG raster
 * and JPEG but no PDF, and has 62 × 100 mm labels and A4 but no CR80
 * cards; and an address where nothing answers.  The raster the printer
 * received is read back by an independent reader (pwg-to-pgm.py) and
 * its QR code decoded with zbarimg. */

typedef struct {
  GSubprocess *printer;
  char        *dir;
  char        *spool;
  char        *uri;
  char        *db;
} Printer;

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  return out;
}

static void
printer_start (Printer *printer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autofree char *attrs = NULL;
  g_autofree char *port_text = NULL;
  int port = fd_test_free_port ();

  printer->dir = g_dir_make_tmp ("fd-ipp-XXXXXX", &error);
  g_assert_no_error (error);
  printer->spool = g_build_filename (printer->dir, "spool", NULL);
  g_assert_cmpint (g_mkdir (printer->spool, 0700), ==, 0);
  attrs = g_build_filename (printer->dir, "printer.conf", NULL);
  g_assert_true (g_file_set_contents (attrs,
                                      "ATTR keyword media-supported oe_badge-62x100_62x100mm,iso_a4_210x297mm\n"
                                      "ATTR keyword media-default oe_badge-62x100_62x100mm\n"
                                      "ATTR keyword media-ready oe_badge-62x100_62x100mm\n"
                                      "ATTR resolution pwg-raster-document-resolution-supported 203dpi,300dpi\n"
                                      "ATTR keyword pwg-raster-document-type-supported black_1,sgray_8\n"
                                      "ATTR keyword pwg-raster-document-sheet-back normal\n",
                                      -1, NULL));
  port_text = g_strdup_printf ("%d", port);
  /* ippeveprinter wants a system bus for DNS-SD even when told not to
   * advertise (-r off): the tests' session bus stands in for it. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    g_subprocess_launcher_setenv (launcher, "DBUS_SYSTEM_BUS_ADDRESS", g_getenv ("DBUS_SESSION_BUS_ADDRESS"), TRUE);
  printer->printer = g_subprocess_launcher_spawn (launcher, &error, "ippeveprinter", "-k", "-d", printer->spool,
                                                  "-p", port_text, "-r", "off", "-a", attrs, "Badge printer", NULL);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_port_open, GINT_TO_POINTER (port), 10000));
  printer->uri = g_strdup_printf ("ipp://127.0.0.1:%d/ipp/print", port);

  printer->db = fd_test_temp_db ();
  g_free (run ((const char *[]) { g_getenv ("FRONTDESKCTL"), "--db", printer->db, "demo", NULL }));
}

static void
printer_stop (Printer *printer)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_subprocess_force_exit (printer->printer);
  g_subprocess_wait (printer->printer, NULL, NULL);
  g_clear_object (&printer->printer);
  dir = g_dir_open (printer->spool, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (printer->spool, name, NULL);

      g_unlink (path);
    }
  g_rmdir (printer->spool);
  g_free (printer->spool);
  g_free (printer->uri);
  g_free (printer->db);
  g_free (printer->dir);
}

/* Runs frontdeskctl as the demo administrator; returns its exit status. */
static int
ctl (Printer     *printer,
     char       **out,
     char       **err,
     ...)
{
  va_list ap;
  int status;

  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);
  va_start (ap, err);
  status = fd_test_ctlv (printer->db, out, err, ap);
  va_end (ap);
  return status;
}

/* The newest file the printer kept. */
static char *
received (Printer *printer)
{
  g_autoptr(GDir) dir = g_dir_open (printer->spool, 0, NULL);
  g_autofree char *newest = NULL;
  gint64 newest_time = 0;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (printer->spool, name, NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0 && st.st_size > 0 && (gint64) st.st_mtime >= newest_time)
        {
          newest_time = st.st_mtime;
          g_free (newest);
          newest = g_steal_pointer (&path);
        }
    }
  return g_steal_pointer (&newest);
}

/* REG-4 on a printer that takes no PDF: the badge goes as PWG raster, and
 * the raster the printer received carries the visit's token. */
static void
test_pwg_raster_badge (void)
{
  Printer printer = { 0 };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *file = NULL;
  g_autofree char *pgm = NULL;
  g_autofree char *decoded = NULL;
  g_autofree char *token = NULL;
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "pwg-to-pgm.py", NULL);
  g_autofree char *head = NULL;
  gint64 id;

  printer_start (&printer);
  g_assert_cmpint (ctl (&printer, &out, &err, "visits", "add", "--name", "李雷", "--phone", "13812345678", "--host",
                        "王芳", "--purpose", "面试", NULL), ==, 0);
  id = g_ascii_strtoll (out, NULL, 10);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

    g_assert_cmpint (ctl (&printer, &out, &err, "--lang", "en", "--user", "demo", "badge", "print", id_text,
                          "--printer", printer.uri, "--size", "62x100", NULL), ==, 0);
  }
  g_test_message ("%s%s", out, err);
  file = received (&printer);
  g_assert_nonnull (file);
  g_assert_true (g_file_get_contents (file, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "RaS2"));  /* PWG raster, not PDF */
  pgm = g_strconcat (file, ".pgm", NULL);
  g_free (run ((const char *[]) { "/usr/bin/python3", script, file, pgm, NULL }));
  decoded = run ((const char *[]) { "zbarimg", "-q", "--raw", pgm, NULL });
  token = fd_test_stored_token (printer.db, id);
  g_assert_cmpstr (g_strstrip (decoded), ==, token);
  g_unlink (pgm);
  printer_stop (&printer);
}

/* A badge size the printer has no media for is refused with the reason,
 * nothing is sent; a printer that does not answer is said to not answer,
 * not to have refused the badge. */
static void
test_no_media_and_switched_off (void)
{
  Printer printer = { 0 };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *off = NULL;

  printer_start (&printer);
  g_assert_cmpint (ctl (&printer, &out, &err, "--lang", "en", "print-test", "--printer", printer.uri, "--size", "cr80",
                        NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "no labels of the badge's size"));
  g_assert_null (received (&printer));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  off = g_strdup_printf ("ipp://127.0.0.1:%d/ipp/print", fd_test_free_port ());
  g_assert_cmpint (ctl (&printer, &out, &err, "--lang", "en", "print-test", "--printer", off, "--size", "62x100",
                        NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "does not answer"));
  printer_stop (&printer);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/print-ipp/pwg-raster-badge", test_pwg_raster_badge);
  g_test_add_func ("/print-ipp/no-media-and-switched-off", test_no_media_and_switched_off);
  return g_test_run ();
}
