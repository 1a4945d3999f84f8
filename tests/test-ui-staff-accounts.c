/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* Staff accounts on the administration page (Trust, findings 4 and 6), in
 * both languages: an account paused after wrong passwords is shown with
 * until when and unlocked; one that left is shown inactive and taken back;
 * an administrator who leaves is deactivated, the last one refused. */

static gboolean
staff_active (FdStore    *store,
              const char *username)
{
  g_autoptr(FdSession) station = fd_session_new_system ();
  g_autoptr(GPtrArray) staff = fd_store_list_staff (store, station, NULL);

  for (guint i = 0; i < staff->len; i++)
    if (g_str_equal (((FdStaff *) staff->pdata[i])->username, username))
      return ((FdStaff *) staff->pdata[i])->active;
  return FALSE;
}

static gboolean
wang_unlocked (gpointer store)
{
  return fd_store_staff_locked_until (store, "wang") == 0;
}

static gboolean
liu_active (gpointer store)
{
  return staff_active (store, "liu");
}

static gboolean
demo_inactive (gpointer store)
{
  return !staff_active (store, "demo");
}

static void
test_accounts (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) station = fd_session_new_system ();
  FdStaffWindow *staff;
  FdRole role;

  g_assert_cmpint (fd_store_add_staff (store, station, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", NULL), >, 0);
  g_assert_cmpint (fd_store_add_staff (store, station, "liu", "刘保安", FD_ROLE_SECURITY, "135790", NULL), >, 0);
  for (int i = 0; i < 5; i++)
    fd_store_authenticate_staff (store, "wang", "000000", &role, NULL);
  g_assert_true (fd_store_set_staff_active (store, station, "liu", FALSE, NULL));

  staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_ADMIN);
  fd_staff_window_show_view (staff, "admin");
  g_assert_true (fd_test_ui_text_shows (staff, T ("密码错误次数过多，暂停登录至", "paused after wrong passwords until")));
  g_assert_true (fd_test_ui_text_shows (staff, "liu · 刘保安"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("· 已停用", "· inactive")));

  fd_test_ui_iterate (200);
  fd_test_ui_screenshot (gtk_widget_get_ancestor (fd_test_ui_named (staff, "staff-unlock-wang"), GTK_TYPE_LIST_BOX),
                         T ("staff-accounts-zh_CN", "staff-accounts-en"));
  fd_test_ui_click (fd_test_ui_named (staff, "staff-unlock-wang"));
  g_assert_true (fd_test_wait_until (wang_unlocked, store, 5000));
  fd_test_ui_click (fd_test_ui_named (staff, "staff-activate-liu"));
  g_assert_true (fd_test_wait_until (liu_active, store, 5000));

  /* The demo administrator leaves; the last one cannot. */
  fd_test_ui_click (fd_test_ui_named (staff, "staff-deactivate-demo"));
  g_assert_true (fd_test_wait_until (demo_inactive, store, 5000));
  fd_test_ui_click (fd_test_ui_named (staff, "staff-deactivate-test-admin"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("这是最后一个有效的管理员账号", "This is the last active administrator")));
  g_assert_true (staff_active (store, "test-admin"));
  fd_test_staff_close (staff);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_data_func ("/staff/accounts/zh_CN", GINT_TO_POINTER (FD_LANG_ZH), test_accounts);
  g_test_add_data_func ("/staff/accounts/en", GINT_TO_POINTER (FD_LANG_EN), test_accounts);
  return g_test_run ();
}
