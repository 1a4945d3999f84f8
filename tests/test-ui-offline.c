/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-badge-issue.h"
#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* The lobby never stops, as the visitor and the receptionist see it: the
 * real kiosk window on a PostgreSQL database whose server is stopped
 * (tests/postgresql.sh), then the staff window once it is back. */

static gboolean
has_hosts (gpointer data)
{
  return fd_test_kiosk_has_hosts (data);
}

static void
registered_cb (FdKioskWindow *kiosk,
               gint64         id,
               gpointer       user_data)
{
  *(gint64 *) user_data = id;
}

static gboolean
registered (gpointer data)
{
  return *(gint64 *) data != 0;
}

static gboolean
badge_saved (gpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (data, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) != NULL;
}

/* REG-2, REG-4 and REC-4 with the server down: a walk-in registers by
 * the same taps, is told "done", gets a badge and asks for tea; when the server is back, the
 * staff window shows the visitor, marked as registered while the database
 * was away. */
static void
test_walk_in_while_server_down (gconstpointer data)
{
  FdLang lang = fd_test_lang (data);
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autofree char *dir = fd_test_db_dir (uri);
  g_autofree char *spool = g_build_filename (dir, "spool.db", NULL);
  g_autofree char *badges = g_build_filename (dir, "badges", NULL);
  g_autofree char *key = g_build_filename (dir, "frontdesk.key", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdStore) store = fd_store_open (uri, &error);
  g_autoptr(FdStore) desk = NULL;
  FdPrintSettings print = { NULL, NULL, badges, FD_BADGE_LABEL_62, 5000 };
  FdKioskWindow *kiosk;
  FdStaffWindow *staff;
  g_autofree char *text = NULL;
  gint64 id = 0;
  guint sent = 0;

  g_assert_no_error (error);
  g_assert_true (fd_store_seed_demo (store, &error));
  g_assert_true (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_true (fd_store_set_spool (store, spool, "大堂自助机", &error));
  g_assert_true (fd_store_sync_spool (store, NULL, &error));
  g_assert_no_error (error);

  kiosk = fd_kiosk_window_new (NULL, store);
  fd_kiosk_window_set_lang (kiosk, lang);
  fd_kiosk_window_set_print_settings (kiosk, &print);
  g_signal_connect (kiosk, "visit-registered", G_CALLBACK (registered_cb), &id);
  gtk_window_set_default_size (GTK_WINDOW (kiosk), 1280, 800);
  gtk_window_present (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (50);

  fd_test_pg_server ("stop");
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "林小雨");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, phone_entry)), "13912345678");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, purpose_entry)), "参观");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, host_entry)), "陈静");
  g_assert_true (fd_test_wait_until (has_hosts, kiosk, 3000));  /* from the spool's copy */
  gtk_list_box_select_row (KIOSK (kiosk, host_list), gtk_list_box_get_row_at_index (KIOSK (kiosk, host_list), 0));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  g_assert_true (fd_test_wait_until (registered, &id, 5000));
  g_assert_cmpint (id, <, 0);  /* in the spool */
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "done");
  g_assert_true (fd_test_wait_until (badge_saved, badges, 10000));
  text = fd_test_ui_collect_text (GTK_WIDGET (kiosk));
  g_assert_nonnull (strstr (text, "陈静"));  /* the done page names the host, from the spool */
  /* REC-4: a drink, kept with the spooled visit. */
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, drink_tea_button)));
  fd_test_store_settle (store);
  {
    g_autofree char *name = g_strdup_printf ("kiosk-done-offline-%s", fd_lang_code (lang));

    fd_test_ui_screenshot (GTK_WIDGET (kiosk), name);
  }
  fd_test_store_settle (store);
  gtk_window_destroy (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (20);

  fd_test_pg_server ("start");
  g_assert_true (fd_store_sync_spool (store, &sent, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sent, ==, 1);
  g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '林小雨' AND drink = 'tea'"), ==, 1);

  /* The front desk's station. */
  desk = fd_store_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (fd_store_load_key (desk, key, FD_LANG_EN, &error));
  staff = fd_staff_window_new (NULL, desk, lang);
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_assert_true (fd_test_ui_text_shows (staff, "林小雨"));
  g_assert_true (fd_test_ui_text_shows (staff, lang == FD_LANG_ZH ? "访客证已保存为 " : "Badge saved as "));
  g_assert_true (fd_test_ui_text_shows (staff, "visitor-badge-"));  /* the file the kiosk saved, now on the server */
  g_assert_true (fd_test_ui_text_shows (staff, lang == FD_LANG_ZH ? "数据库暂时无法连接时在自助机登记"
                                                                  : "registered at the kiosk while the database was away"));
  {
    g_autofree char *name = g_strdup_printf ("staff-arrived-late-%s", fd_lang_code (lang));

    fd_test_ui_iterate (100);
    fd_test_ui_screenshot (GTK_WIDGET (staff), name);
  }

  /* The server goes away under the staff window: a check-out says that
   * nothing was changed, and the visitor is still on site once it is back. */
  {
    gint64 visit = fd_test_sql (uri, "SELECT id FROM visits WHERE name = '林小雨'");
    GtkWidget *check_out = fd_test_staff_button (staff, visit, "checkout");

    g_assert_nonnull (check_out);
    fd_test_pg_server ("stop");
    fd_test_ui_click (check_out);
    /* What the check-out says, then the list that cannot be read again. */
    g_assert_true (fd_test_ui_text_shows (staff, lang == FD_LANG_ZH ? "数据库服务器没有响应" : "The database server does not answer"));
    {
      g_autofree char *name = g_strdup_printf ("staff-server-away-%s", fd_lang_code (lang));

      fd_test_ui_screenshot (GTK_WIDGET (staff), name);
    }
    fd_test_pg_server ("start");
    g_assert_cmpint (fd_test_sql (uri, "SELECT COUNT(*) FROM visits WHERE name = '林小雨' AND state = 'on_site'"), ==, 1);
  }
  fd_test_staff_close (staff);
  fd_test_store_settle (desk);
  fd_test_ui_iterate (20);
}

int
main (int    argc,
      char **argv)
{
  fd_test_require_postgresql ();
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_data_func ("/kiosk/offline/walk-in-while-server-down/zh_CN", GINT_TO_POINTER (FD_LANG_ZH),
                        test_walk_in_while_server_down);
  g_test_add_data_func ("/kiosk/offline/walk-in-while-server-down/en", GINT_TO_POINTER (FD_LANG_EN),
                        test_walk_in_while_server_down);
  return g_test_run ();
}
