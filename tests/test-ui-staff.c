/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-notify.h"
#include "fd-staff-window.h"
#include "fd-test-smtp.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The reception window, driven as a receptionist would, in both languages. */

static gint64 fake_now;

typedef struct {
  FdStaffWindow *staff;
  gint64         visit_id;
  gboolean       want;
  const char    *name;
} RowWait;

static gboolean
row_has (gpointer data)
{
  RowWait *wait = data;

  return (fd_test_staff_button (wait->staff, wait->visit_id, wait->name) != NULL) == wait->want;
}

static gboolean
row_shows (FdStaffWindow *staff,
           gint64         visit_id,
           const char    *name,
           gboolean       want)
{
  RowWait wait = { staff, visit_id, want, name };

  for (int i = 0; i < 100 && !row_has (&wait); i++)
    fd_test_ui_iterate (50);
  return row_has (&wait);
}

/* FAQ-1: after 15 minutes without the host, the row says so with the
 * host's phone number and the SOP's next steps; notifying again and the
 * visitor's message reach the outbox; "host met" is one click. */
static void
test_host_not_reached (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdStaffWindow *staff;
  GtkWidget *dialog, *entry;
  g_autofree char *text = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(FdVisit) visit = NULL;
  gint64 id;

  fake_now = g_get_real_time () / 1000;
  fd_store_set_clock (store, fd_test_clock, &fake_now);
  id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);

  g_assert_true (row_shows (staff, id, "host-met", TRUE));
  g_assert_null (fd_test_staff_button (staff, id, "notify-again"));

  fake_now += 14 * 60 * 1000;
  fd_staff_window_reload (staff);
  fd_test_ui_iterate (300);
  g_assert_null (fd_test_staff_button (staff, id, "host-not-reached"));

  fake_now += 2 * 60 * 1000 + 1000;
  fd_staff_window_reload (staff);
  g_assert_true (row_shows (staff, id, "host-not-reached", TRUE));
  text = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_nonnull (strstr (text, T ("尚未联系上被访人：访客已等候 16 分钟。请再次通知王芳女士或致电 13800000003",
                                     "Host not reached: waiting 16 min. Notify Ms 王芳 again or call 13800000003")));
  shot = g_strdup_printf ("staff-host-not-reached-%s", fd_lang_code (fd_test_lang (data)));
  fd_test_ui_screenshot (GTK_WIDGET (staff), shot);

  fd_test_ui_click (fd_test_staff_button (staff, id, "notify-again"));
  for (int i = 0; i < 100 && fd_test_outbox_count (store, T ("提醒：", "Reminder:")) == 0; i++)
    fd_test_ui_iterate (50);
  /* The waiting time in the host's language, not "16" alone: the arrival
   * mail's clock time may hold it too (it did at 02:16). */
  g_assert_cmpuint (fd_test_outbox_count (store, "等候 16 分钟") + fd_test_outbox_count (store, "waited 16 minutes"), ==, 1);

  /* The visitor leaves a message: an empty one is not sent. */
  fd_test_ui_click (fd_test_staff_button (staff, id, "leave-message"));
  dialog = fd_test_ui_find_toplevel ("leave-message-dialog");
  g_assert_nonnull (dialog);
  fd_test_ui_click (fd_ui_find_named (dialog, "send-message"));
  g_assert_nonnull (fd_test_ui_find_toplevel ("leave-message-dialog"));
  entry = fd_ui_find_named (dialog, "message-entry");
  fd_test_ui_type (entry, "请回电，我明天再来");
  g_clear_pointer (&shot, g_free);
  shot = g_strdup_printf ("staff-leave-message-%s", fd_lang_code (fd_test_lang (data)));
  fd_test_ui_screenshot (dialog, shot);
  fd_test_ui_click (fd_ui_find_named (dialog, "send-message"));
  g_assert_null (fd_test_ui_find_toplevel ("leave-message-dialog"));
  for (int i = 0; i < 100 && fd_test_outbox_count (store, "请回电，我明天再来") == 0; i++)
    fd_test_ui_iterate (50);
  g_assert_cmpuint (fd_test_outbox_count (store, "请回电，我明天再来"), ==, 1);
  g_assert_cmpuint (fd_test_outbox_count (store, "13812345678"), ==, 1);

  fd_test_ui_click (fd_test_staff_button (staff, id, "host-met"));
  g_assert_true (row_shows (staff, id, "host-met", FALSE));
  g_assert_null (fd_test_staff_button (staff, id, "host-not-reached"));
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpint (visit->host_met_ms, ==, fake_now);
  fd_test_staff_close (staff);
}

/* Types @text into the window as a USB scanner does: key presses through
 * the window's own key controller, then Enter. */
static void
scanner_types (GtkWidget  *window,
               const char *text)
{
  GtkEventController *keys = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "scanner") == 0)
        keys = controller;
    }
  g_assert_nonnull (keys);
  for (const char *p = text; *p != '\0'; p++)
    {
      g_signal_emit_by_name (keys, "key-pressed", gdk_unicode_to_keyval ((guint) *p), 0, 0, &handled);
      g_assert_true (handled);
    }
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
}

/* A scan anywhere in the window checks the visitor out, with no field
 * focused; a reissued badge's old code is refused and changes nothing. */
static void
test_scanner_checkout (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdStaffWindow *staff;
  g_autoptr(FdVisit) first = NULL;
  g_autoptr(FdVisit) second = NULL;
  g_autoptr(FdVisit) after = NULL;
  g_autofree char *old_token = NULL;
  g_autofree char *new_token = NULL;
  g_autofree char *text = NULL;
  gint64 a, b;

  a = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  b = fd_test_add_visit (store, "韩梅梅", "13812345679", fd_test_host_id (store, "李娜", NULL));
  first = fd_store_get_visit (store, a, NULL);
  second = fd_store_get_visit (store, b, NULL);
  old_token = g_strdup (second->badge_token);
  new_token = fd_store_reissue_badge (store, fd_test_staff (), b, NULL);
  g_assert_nonnull (new_token);

  staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_assert_true (row_shows (staff, a, "host-met", TRUE));
  gtk_window_set_focus (GTK_WINDOW (staff), NULL);
  g_assert_null (gtk_root_get_focus (GTK_ROOT (staff)));

  scanner_types (GTK_WIDGET (staff), first->badge_token);
  g_assert_true (row_shows (staff, a, "host-met", FALSE));
  after = fd_store_get_visit (store, a, NULL);
  g_assert_cmpint (after->state, ==, FD_VISIT_LEFT);
  text = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_nonnull (strstr (text, T ("李雷已签离，请收回访客证。", "李雷 has checked out. Please take the badge back.")));

  /* The lost badge's old code: refused, the visitor still on site. */
  scanner_types (GTK_WIDGET (staff), old_token);
  fd_test_ui_iterate (300);
  g_clear_pointer (&after, fd_visit_free);
  after = fd_store_get_visit (store, b, NULL);
  g_assert_cmpint (after->state, ==, FD_VISIT_ON_SITE);
  g_clear_pointer (&text, g_free);
  text = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_nonnull (strstr (text, T ("这张访客证无效", "This badge is not valid")));
  g_assert_nonnull (fd_test_staff_button (staff, b, "host-met"));
  fd_test_staff_close (staff);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_data_func ("/staff/faq-1/host-not-reached/zh_CN", GINT_TO_POINTER (0), test_host_not_reached);
  g_test_add_data_func ("/staff/faq-1/host-not-reached/en", GINT_TO_POINTER (1), test_host_not_reached);
  g_test_add_data_func ("/staff/scanner-checkout/zh_CN", GINT_TO_POINTER (0), test_scanner_checkout);
  g_test_add_data_func ("/staff/scanner-checkout/en", GINT_TO_POINTER (1), test_scanner_checkout);
  return g_test_run ();
}
