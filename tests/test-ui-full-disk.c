/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fd-error.h"
#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* Trust, finding 10: the disk fills.  The database lives on a real, small
 * filesystem (a 16 MB tmpfs) that a file is written into until the kernel
 * says ENOSPC.  A visitor's check-in or check-out then gets a clear
 * message on the kiosk and the staff window says what is wrong; what was recorded
 * before is intact; once space is freed, the same "Yes" saves the visit. */

static gboolean
mount_small (const char *dir)
{
  const char *argv[] = { "mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", dir, NULL };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

static void
unmount (const char *dir)
{
  const char *argv[] = { "umount", dir, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

/* Writes @path until the filesystem is full. */
static void
fill (const char *path)
{
  static char block[64 * 1024];
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ssize_t written;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  do
    written = write (fd, block, sizeof block);
  while (written > 0);
  g_assert_cmpint (errno, ==, ENOSPC);
  /* The last bytes too, a small write at a time. */
  do
    written = write (fd, block, 512);
  while (written > 0);
  close (fd);
}

static gboolean
status_is (gpointer data)
{
  FdKioskWindow *kiosk = data;

  return *gtk_label_get_text (KIOSK (kiosk, confirm_status)) != '\0';
}

static gboolean
on_done (gpointer data)
{
  return g_str_equal (fd_kiosk_window_get_page (data), "done");
}

static gboolean
checkout_refused (gpointer data)
{
  FdKioskWindow *kiosk = data;

  return gtk_widget_get_visible (GTK_WIDGET (KIOSK (kiosk, checkout_error)));
}

static void
test_full_disk (gconstpointer data)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-full-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "frontdesk.db", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(FdPrintSettings) settings = g_new0 (FdPrintSettings, 1);
  g_autoptr(FdVisit) before = NULL;
  g_autofree char *before_token = NULL;
  g_autoptr(GError) error = NULL;
  FdStore *store;
  FdKioskWindow *kiosk;
  FdStaffWindow *staff;
  gint64 recorded;

  if (!mount_small (dir))
    {
      g_test_skip ("mounting a small filesystem needs root");
      g_rmdir (dir);
      return;
    }
  store = fd_store_open (db, &error);
  g_assert_no_error (error);
  fd_store_seed_demo (store, &error);
  g_assert_no_error (error);
  recorded = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  before_token = fd_test_stored_token (db, recorded);

  settings->folder = g_build_filename (dir, "badges", NULL);
  settings->size = FD_BADGE_CR80;
  kiosk = fd_kiosk_window_new (NULL, store);
  fd_kiosk_window_set_print_settings (kiosk, settings);
  fd_kiosk_window_set_lang (kiosk, fd_test_lang (data));
  gtk_window_present (GTK_WINDOW (kiosk));
  staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_test_ui_iterate (100);

  fill (filler);

  /* A visitor leaving with their badge is sent to reception. */
  fd_kiosk_window_scan (kiosk, before_token);
  g_assert_true (fd_test_wait_until (checkout_refused, kiosk, 10000));
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, checkout_error)), ==,
                   T ("现在无法记录您的签离。请把访客证交到前台。",
                      "We cannot record your check-out right now. Please hand your badge in at reception."));
  fd_kiosk_window_reset (kiosk);

  /* A visitor registering: told, and what they typed is kept. */
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_kiosk_fill_walk_in (kiosk, "韩梅梅", "139 1234 5678", "陈静", NULL);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  g_assert_true (fd_test_wait_until (status_is, kiosk, 10000));
  g_assert_cmpstr (gtk_label_get_text (KIOSK (kiosk, confirm_status)), ==,
                   T ("现在无法保存您的登记。请到前台办理，抱歉让您久等。",
                      "We cannot save your registration right now. Please ask at reception; we are sorry for the wait."));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "confirm");
  g_assert_true (fd_store_is_disk_full (store));

  fd_staff_window_check_disk (staff);
  g_assert_true (fd_test_ui_text_shows (staff, T ("本机磁盘已满", "This computer's disk is full")));
  fd_test_ui_screenshot (GTK_WIDGET (staff), T ("staff-disk-full-zh_CN", "staff-disk-full-en"));

  /* Nothing recorded is damaged. */
  g_assert_true (fd_store_check_integrity (store, &error));
  g_assert_no_error (error);
  before = fd_store_get_visit (store, recorded, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (before->name, ==, "李雷");

  /* Space again: the same page, the same "Yes". */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  g_assert_true (fd_test_wait_until (on_done, kiosk, 10000));
  g_assert_false (fd_store_is_disk_full (store));

  gtk_window_destroy (GTK_WINDOW (kiosk));
  fd_test_staff_close (staff);
  fd_test_store_settle (store);
  g_object_unref (store);
  unmount (dir);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_data_func ("/full-disk/zh_CN", GINT_TO_POINTER (FD_LANG_ZH), test_full_disk);
  g_test_add_data_func ("/full-disk/en", GINT_TO_POINTER (FD_LANG_EN), test_full_disk);
  return g_test_run ();
}
