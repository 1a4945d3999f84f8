/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-kiosk-host-picker.h"
#include "fd-staff-window.h"
#include "fd-store-calls.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The telephone page of the staff window, TEL-1 to TEL-6, FAQ-2, FAQ-3
 * and KPI-3, as a receptionist uses it during calls, in both languages,
 * with screenshots: the SOP's words shown for each moment, a complaint
 * answered late, a transfer nobody answered turned into a message, a
 * transfer answered, and the complaint's follow-up closed. */

static void
screenshot (GtkWidget     *window,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-calls-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (300);
  fd_test_ui_screenshot (window, file);
}

static gint64
count (FdStore    *store,
       const char *sql)
{
  return fd_test_sql (fd_store_get_path (store), sql);
}

typedef struct {
  FdStore    *store;
  gint64      calls;
} CallsWait;

static gboolean
calls_logged (gpointer data)
{
  CallsWait *wait = data;

  fd_test_ui_iterate (20);
  return count (wait->store, "SELECT COUNT(*) FROM calls") == wait->calls;
}

static GtkWidget *
open_dialog (FdStaffWindow *staff)
{
  fd_test_ui_click (fd_test_ui_named (staff, "call-log"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "call-dialog", 5000));
  return fd_test_ui_find_toplevel ("call-dialog");
}

static void
choose_host (GtkWidget  *dialog,
             const char *name)
{
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, "call-host"),
                                                              FD_TYPE_KIOSK_HOST_PICKER, "host_entry")),
                   name);
  g_assert_true (fd_test_ui_text_shows (dialog, "市场部"));
}

static void
test_calls (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdStaffWindow *staff;
  GtkWidget *dialog;
  CallsWait wait = { store, 0 };

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_staff_window_show_view (staff, "calls");
  /* TEL-1, TEL-2: the greeting, with the company's name. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("“您好，星河科技前台，请问有什么可以帮您？”",
                                                  "“Hello, Galaxy Technology reception. How can I help you?”")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("本月：还没有记录电话", "This month: no call logged yet")));

  /* TEL-1, TEL-6: a complaint answered late. */
  dialog = open_dialog (staff);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "call-late")), TRUE);
  g_assert_true (fd_test_ui_text_shows (dialog, T ("让您久等了", "sorry to keep you waiting")));
  fd_test_ui_click (fd_ui_find_named (dialog, "call-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请写下来电人的姓名", "Please write the caller's name")));
  fd_test_ui_type (fd_ui_find_named (dialog, "call-caller"), "周先生");
  fd_test_ui_type (fd_ui_find_named (dialog, "call-company"), "长江物流");
  fd_test_ui_type (fd_ui_find_named (dialog, "call-phone"), "13700001111");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (fd_ui_find_named (dialog, "call-kind")), FD_CALL_COMPLAINT);
  g_assert_true (fd_test_ui_text_shows (dialog, T ("对不起，给您带来不便了", "I am sorry for the trouble")));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("您请说，我在听。", "Please go on, I am listening.")));
  fd_test_ui_type (fd_ui_find_named (dialog, "call-topic"), T ("产品质量", "product quality"));
  /* TEL-3: the read-back follows what is typed. */
  g_assert_true (fd_test_ui_text_shows (dialog, T ("“您是说想了解产品质量，对吗？”",
                                                   "“So you would like to know about product quality, is that right?”")));
  fd_test_ui_type (fd_ui_find_named (dialog, "call-details"), T ("上周买的打印机卡纸", "the printer bought last week jams"));
  screenshot (dialog, "complaint", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "call-save"));
  wait.calls = 1;
  g_assert_true (fd_test_wait_until (calls_logged, &wait, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("本月电话：1 个 · 3 声内接听：0 %（目标 98 %）",
                                                  "Calls this month: 1 · answered within 3 rings: 0 % (target 98 %)")));

  /* TEL-4: a transfer nobody answered becomes a message, which needs the
   * caller's number. */
  dialog = open_dialog (staff);
  fd_test_ui_type (fd_ui_find_named (dialog, "call-caller"), "赵先生");
  fd_test_ui_type (fd_ui_find_named (dialog, "call-topic"), T ("面试预约", "interview appointment"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "call-transfer")), TRUE);
  choose_host (dialog, "王芳");
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请稍等，我帮您转接到市场部。", "I will put you through to 市场部.")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "call-message")), TRUE);
  g_assert_true (fd_test_ui_text_shows (dialog, T ("不好意思，市场部的同事暂时不在，需要我帮您留言吗？",
                                                   "Sorry, our colleague in 市场部 is not available right now. Shall I take a message?")));
  fd_test_ui_click (fd_ui_find_named (dialog, "call-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("留言需要来电人的电话", "A message needs the caller's number")));
  fd_test_ui_type (fd_ui_find_named (dialog, "call-phone"), "13912345678");
  screenshot (dialog, "message", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "call-save"));
  wait.calls = 2;
  g_assert_true (fd_test_wait_until (calls_logged, &wait, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("请您亲自转告", "please tell them yourself")));
  g_assert_cmpint (count (store, "SELECT COUNT(*) FROM outbox WHERE kind = 'call-message'"), ==, 1);

  /* FAQ-2: a transfer that was answered waits to be followed up. */
  dialog = open_dialog (staff);
  fd_test_ui_type (fd_ui_find_named (dialog, "call-caller"), "孙女士");
  fd_test_ui_type (fd_ui_find_named (dialog, "call-topic"), T ("技术参数", "technical data"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "call-transfer")), TRUE);
  choose_host (dialog, "王芳");
  fd_test_ui_click (fd_ui_find_named (dialog, "call-save"));
  wait.calls = 3;
  g_assert_true (fd_test_wait_until (calls_logged, &wait, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("本月电话：3 个 · 3 声内接听：66 %（目标 98 %）",
                                                  "Calls this month: 3 · answered within 3 rings: 66 % (target 98 %)")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已转接给 王芳", "transferred to 王芳")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("王芳：无人接听，已留言", "for 王芳: no answer, message sent")));
  screenshot (GTK_WIDGET (staff), "page", data);

  /* FAQ-3: the complaint's outcome, and the caller satisfied. */
  {
    gint64 complaint = count (store, "SELECT id FROM calls WHERE kind = 'complaint'");
    GtkWidget *list = fd_test_ui_named (fd_staff_window_get_page (staff, "calls"), "calls-follow-up");
    GtkWidget *button = NULL;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL && button == NULL;
         row = gtk_widget_get_next_sibling (row))
      {
        GtkWidget *found = fd_ui_find_named (row, "call-resolve");
        GVariant *target = found != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (found)) : NULL;

        if (target != NULL && g_variant_get_int64 (target) == complaint)
          button = found;
      }
    g_assert_nonnull (button);
    fd_test_ui_click (button);
  }
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "resolve-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("resolve-dialog");
  g_assert_true (fd_test_ui_text_shows (dialog, T ("并询问对方是否满意", "ask whether they are satisfied")));
  fd_test_ui_click (fd_ui_find_named (dialog, "resolve-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请写下处理结果", "Please write what came of it")));
  fd_test_ui_type (fd_ui_find_named (dialog, "resolve-outcome"), T ("售后已回电并换货", "after-sales called back and replaced it"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "resolve-satisfied")), TRUE);
  fd_test_ui_click (fd_ui_find_named (dialog, "resolve-save"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("跟进已完成。", "Follow-up closed.")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已解决：售后已回电并换货（来电人满意）",
                                                  "resolved: after-sales called back and replaced it (caller satisfied)")));
  g_assert_cmpint (count (store, "SELECT COUNT(*) FROM calls WHERE follow_up = 'open'"), ==, 1);
  screenshot (GTK_WIDGET (staff), "resolved", data);
  fd_test_store_settle (store);
  fd_test_staff_close (staff);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  for (int en = 0; en <= 1; en++)
    {
      g_autofree char *path = g_strdup_printf ("/ui-calls/%s/complaint-message-transfer", en ? "en" : "zh");

      g_test_add_data_func (path, GINT_TO_POINTER (en), test_calls);
    }
  return g_test_run ();
}
