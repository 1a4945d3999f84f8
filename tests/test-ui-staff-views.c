/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-badge-issue.h"
#include "fd-kiosk-host-picker.h"
#include "fd-staff-page.h"
#include "fd-staff-window.h"
#include "fd-store-calls.h"
#include "fd-test-smtp.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The staff window's pages, driven as each role would, in both languages,
 * with a screenshot of every page. */

static gint64 fake_now;

static void
screenshot (FdStaffWindow *staff,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (200);
  /* The administration page is a long form, and the security page lists
   * everyone on site: both scroll by design. */
  if (!g_str_equal (name, "admin") && !g_str_has_prefix (name, "security"))
    fd_test_ui_assert_fits (GTK_WIDGET (staff), 1280, 800);
  fd_test_ui_screenshot (GTK_WIDGET (staff), file);
}

static FdStore *
store_with_clock (void)
{
  FdStore *store = fd_test_store_new (TRUE);

  fake_now = g_get_real_time () / 1000;
  fd_store_set_clock (store, fd_test_clock, &fake_now);
  return store;
}

static gboolean
page_shown (FdStaffWindow *staff,
            const char    *page)
{
  GtkStack *views = GTK_STACK (fd_test_ui_named (staff, "views"));

  return gtk_stack_page_get_visible (gtk_stack_get_page (views, gtk_stack_get_child_by_name (views, page)));
}

static gboolean
locked (gpointer data)
{
  return fd_staff_window_get_session (data) == NULL;
}

/* The window opens locked; a wrong password is refused; a receptionist
 * sees no security or administration page; idle, it locks and forgets. */
static void
test_login_and_lock (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  FdStaffWindow *staff;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_nonnull (reception);  /* the account the window logs in with */
  fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  staff = fd_test_staff_open (store, fd_test_lang (data));
  before = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_null (strstr (before, "李雷"));
  g_assert_nonnull (strstr (before, T ("员工登录", "Staff login")));

  fd_test_ui_type (fd_test_ui_named (staff, "login-user"), "test-receptionist");
  fd_test_ui_type (fd_test_ui_named (staff, "login-secret"), "0000");
  fd_test_ui_click (fd_test_ui_named (staff, "login-button"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("用户名或密码不对。", "Wrong user name or password.")));
  g_assert_null (fd_staff_window_get_session (staff));
  screenshot (staff, "login", data);

  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_assert_true (fd_test_ui_text_shows (staff, "李雷"));
  /* REG-4's words for handing over the badge. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("「这是您的访客证，请妥善保管，离开时请归还。」",
                                       "“This is your visitor badge. Please keep it with you and return it when you leave.”")));
  g_assert_true (page_shown (staff, "log"));
  g_assert_false (page_shown (staff, "security"));
  g_assert_false (page_shown (staff, "admin"));
  /* Tried at the desk: the SOP's requirement ids (REG-3, REC-5) are for the
   * people who wrote the procedure, not for the desk. */
  {
    g_autofree char *shown = fd_test_ui_collect_text (GTK_WIDGET (staff));

    g_assert_null (strstr (shown, "REG-"));
    g_assert_null (strstr (shown, "REC-"));
  }

  /* The keys, listed in the staff member's language; a receptionist's
   * Alt+3 does not open the security page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (staff), "win.shortcuts", NULL));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "shortcuts-window", 5000));
  {
    GtkWidget *shortcuts = fd_test_ui_find_toplevel ("shortcuts-window");
    g_autofree char *listed = fd_test_ui_collect_text (shortcuts);
    g_autofree char *file = g_strdup_printf ("staff-shortcuts-%s", fd_lang_code (fd_test_lang (data)));

    g_assert_nonnull (strstr (listed, T ("搜索来访记录", "Search the visit log")));
    g_assert_nonnull (strstr (listed, T ("锁定窗口", "Lock the window")));
    fd_test_ui_iterate (200);
    fd_test_ui_screenshot (shortcuts, file);
    gtk_window_destroy (GTK_WINDOW (shortcuts));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (staff), "win.show-page", "s", "security"));
  g_assert_false (g_str_equal (gtk_stack_get_visible_child_name (GTK_STACK (fd_test_ui_named (staff, "views"))),
                               "security"));

  fd_staff_window_set_lock_seconds (staff, 1);
  g_assert_true (fd_test_wait_until (locked, staff, 5000));
  fd_test_ui_iterate (100);
  after = fd_test_ui_collect_text (GTK_WIDGET (staff));
  g_assert_null (strstr (after, "李雷"));
  fd_test_staff_close (staff);
}

typedef struct {
  FdStore *store;
  gint64   id;
} VisitWait;

static gboolean
badge_saved (gpointer data)
{
  VisitWait *wait = data;
  g_autoptr(FdVisit) visit = fd_store_get_visit (wait->store, wait->id, NULL);

  return visit->badge_state == FD_BADGE_SAVED;
}

/* REG-3, "print after confirmation": the arrival waits at the top of the
 * reception page with the SOP's prompt; one click prints the badge. */
static void
test_confirm_arrival (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autofree char *folder = g_dir_make_tmp ("frontdesk-badges-XXXXXX", NULL);
  FdPrintSettings settings = { .folder = folder, .size = FD_BADGE_CR80 };
  FdStaffWindow *staff;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autofree char *day = fd_store_today (store);
  g_autofree char *code = NULL;
  VisitWait wait = { store, 0 };
  gint64 left;

  g_assert_true (fd_store_change_setting (store, admin, "print_policy", "confirm", NULL));
  reg->name = g_strdup ("Anna Schmidt");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->purpose = g_strdup ("Audit");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), reg, day, &code, NULL), >, 0);
  left = fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "王芳", NULL));
  fd_store_confirm_arrival (store, admin, left, NULL);
  fd_store_set_badge_state (store, left, FD_BADGE_PRINTED, "badges", NULL);
  fd_store_checkout (store, fd_test_staff (), left, NULL);
  wait.id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_staff_window_set_print_settings (staff, &settings);
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_assert_true (fd_test_ui_text_shows (staff, T ("核对访客的身份证件", "check the visitor's ID")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("「您找的是XX部门的XX先生/女士吗？我帮您确认一下。」",
                                       "“You are here to see Mr/Ms … of …? Let me confirm for you.”")));
  g_assert_true (fd_test_ui_text_shows (staff, "Anna Schmidt"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("访客证未归还", "Badge not returned")));
  g_assert_nonnull (fd_test_staff_button (staff, wait.id, "confirm"));
  screenshot (staff, "reception", data);

  fd_test_ui_click (fd_test_staff_button (staff, wait.id, "confirm"));
  g_assert_true (fd_test_wait_until (badge_saved, &wait, 10000));
  fd_test_staff_close (staff);
  fd_test_ui_iterate (50);
  {
    g_autoptr(FdVisit) visit = fd_store_get_visit (store, wait.id, NULL);

    g_unlink (visit->badge_detail);
    g_rmdir (folder);
  }
}

/* An action is in the audit log exactly once. */
typedef struct {
  FdStore    *store;
  const char *action;
} Audited;

static gboolean
audited_once (gpointer data)
{
  Audited *audited = data;
  gint64 n = 0;

  fd_store_count_audit (audited->store, audited->action, &n, NULL);
  return n == 1;
}

/* Searches the visit log for @text, which must find exactly one visit,
 * and opens it. */
static void
open_only_log_result (FdStaffWindow *staff,
                      const char    *text,
                      gconstpointer  data)
{
  GtkListBox *results;

  fd_staff_window_show_view (staff, "log");
  fd_test_ui_type (fd_test_ui_named (staff, "log-search"), text);
  fd_test_ui_click (fd_test_ui_named (staff, "log-search-button"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("共找到 1 条来访", "of 1 visits found")));
  results = GTK_LIST_BOX (fd_test_ui_named (staff, "log-results"));
  gtk_list_box_select_row (results, gtk_list_box_get_row_at_index (results, 0));
  fd_test_ui_iterate (50);
}

/* The visit log: found by phone, corrected (audited, counted for KPI-2). */
static void
test_visit_log (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  FdStaffWindow *staff;
  g_autoptr(FdVisit) visit = NULL;
  gint64 id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "王芳", NULL));
  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  open_only_log_result (staff, "138-1234-5678", data);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fd_test_ui_named (staff, "log-name"))), ==, "李雷");
  fd_test_ui_type (fd_test_ui_named (staff, "log-name"), "李磊");
  screenshot (staff, "visit-log", data);
  /* Tried at the desk: Enter did not save a correction. */
  fd_test_ui_enter (fd_test_ui_named (staff, "log-name"));
  g_assert_true (fd_test_wait_until (audited_once, &(Audited) { store, "visit.correct" }, 5000));
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpstr (visit->name, ==, "李磊");
  g_assert_true (fd_test_ui_text_shows (staff, T ("已记录的更正：1", "corrections recorded so far: 1")));
  fd_test_staff_close (staff);
}

typedef struct {
  FdStore   *store;
  FdSession *session;
} WatchWait;

static gboolean
no_open_alerts (gpointer data)
{
  g_autoptr(GPtrArray) alerts = fd_store_list_open_alerts (data, fd_test_staff (), NULL);

  return alerts != NULL && alerts->len == 0;
}

static gboolean
watchlist_one_left (gpointer data)
{
  WatchWait *wait = data;
  g_autoptr(GPtrArray) watch = fd_store_list_watch (wait->store, wait->session, NULL);

  return watch != NULL && watch->len == 1;
}

/* Security: overstays after 8 hours, the watchlist added from the page. */
static void
test_security (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(GPtrArray) watch = NULL;
  FdStaffWindow *staff;

  fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  fake_now += 9 * 3600 * 1000;
  fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "王芳", NULL));
  g_assert_cmpint (fd_store_add_watch (store, security, "王五", "13700001111", NULL, "前员工", NULL), >, 0);
  fd_test_add_visit (store, "王五", "13700001111", fd_test_host_id (store, "王芳", NULL));
  /* Two stations: the guard room's stopped an hour ago, the lobby's runs. */
  g_assert_true (fd_store_station_alive (store, "保安室", "staff", TRUE, NULL));
  fake_now += 3600 * 1000;
  g_assert_true (fd_store_station_alive (store, "大堂自助机", "kiosk", TRUE, NULL));
  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_SECURITY);
  g_assert_true (page_shown (staff, "security"));
  g_assert_false (page_shown (staff, "admin"));
  fd_staff_window_show_view (staff, "security");
  g_assert_true (fd_test_ui_text_shows (staff, T ("停留超过 8 小时（1）", "Staying longer than 8 hours (1)")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("李雷 到访", "李雷 arrived")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("工作站：2 个，离线：1 个", "Stations: 2, offline: 1")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("大堂自助机（自助登记机）— 在线", "大堂自助机 (kiosk) — online")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("保安室（工作台）— 自 ", "保安室 (staff window) — offline since ")));
  /* Tried at the desk: security saw only how many were on site, and the
   * host's phone read as the visitor's. */
  {
    g_autofree char *names = fd_test_ui_collect_text (fd_test_ui_named (staff, "on-site-names"));

    g_assert_nonnull (strstr (names, "李雷"));
    g_assert_nonnull (strstr (names, "韩梅梅"));
  }
  /* Tried at the desk: every change in the database rebuilt the lists
   * under the pointer.  A change they do not show (a call logged) leaves
   * the rows as they are; a visitor checked in is there at once. */
  {
    g_autoptr(FdSession) desk = fd_test_login (store, FD_ROLE_RECEPTIONIST);
    FdCallIn in = { "张先生", NULL, NULL, FD_CALL_ENQUIRY, "价格咨询", NULL, FALSE, FD_CALL_NOT_TRANSFERRED, 0 };

    /* A mark on the row shown now: a rebuilt list's rows have none. */
    g_object_set_data (G_OBJECT (gtk_widget_get_first_child (fd_test_ui_named (staff, "on-site-names"))), "shown",
                       GINT_TO_POINTER (1));
    g_assert_cmpint (fd_store_log_call (store, desk, &in, NULL), >, 0);
    fd_staff_page_reload (FD_STAFF_PAGE (fd_staff_window_get_page (staff, "security")));
    fd_test_ui_iterate (1000);
    g_assert_nonnull (g_object_get_data (G_OBJECT (gtk_widget_get_first_child (fd_test_ui_named (staff, "on-site-names"))),
                                         "shown"));
    fd_test_add_visit (store, "马冬梅", "13912340001", fd_test_host_id (store, "王芳", NULL));
    fd_staff_page_reload (FD_STAFF_PAGE (fd_staff_window_get_page (staff, "security")));
    g_assert_true (fd_test_ui_text_shows (staff, "马冬梅"));
    g_assert_null (g_object_get_data (G_OBJECT (gtk_widget_get_first_child (fd_test_ui_named (staff, "on-site-names"))),
                                      "shown"));
  }
  g_assert_true (fd_test_ui_text_shows (staff, T ("被访人电话", "the host's phone")));
  /* Tried at the desk: a watchlist match showed only on the reception
   * page.  Security sees it too, and marks it handled. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("名单提示：王五", "Watchlist match: 王五")));
  screenshot (staff, "security-alert", data);
  fd_test_ui_click (gtk_widget_get_last_child (gtk_widget_get_first_child (gtk_widget_get_first_child (
                      fd_test_ui_named (staff, "security-alerts")))));
  g_assert_true (fd_test_wait_until (no_open_alerts, store, 5000));

  fd_test_ui_type (fd_test_ui_named (staff, "watch-name"), "赵四");
  fd_test_ui_type (fd_test_ui_named (staff, "watch-phone"), "13900001111");
  fd_test_ui_type (fd_test_ui_named (staff, "watch-reason"), "前员工");
  /* Enter in the form adds the entry, as the button does. */
  fd_test_ui_enter (fd_test_ui_named (staff, "watch-reason"));
  g_assert_true (fd_test_ui_text_shows (staff, "赵四 · 13900001111"));
  watch = fd_store_list_watch (store, security, NULL);
  g_assert_cmpuint (watch->len, ==, 2);
  screenshot (staff, "security", data);

  /* Tried at the desk: with no office printer the evacuation list was a
   * red error and nothing else.  It is saved as a PDF that names who is on
   * site, and the page says where. */
  {
    g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
    g_autofree char *folder = g_dir_make_tmp ("frontdesk-evacuation-XXXXXX", NULL);
    g_autoptr(GDir) dir = NULL;
    const char *name;
    g_autofree char *path = NULL;
    g_autofree char *pdf = NULL;
    gsize size = 0;

    g_assert_true (fd_store_change_setting (store, admin, "export_folder", folder, NULL));
    fd_test_ui_click (fd_test_ui_named (staff, "evacuate"));
    g_assert_true (fd_test_ui_text_shows (staff, folder));
    screenshot (staff, "security-evacuation-saved", data);
    dir = g_dir_open (folder, 0, NULL);
    name = g_dir_read_name (dir);
    g_assert_nonnull (name);
    path = g_build_filename (folder, name, NULL);
    g_assert_true (g_file_get_contents (path, &pdf, &size, NULL));
    g_assert_true (g_str_has_prefix (pdf, "%PDF"));
    g_unlink (path);
    g_rmdir (folder);
  }

  /* Removing the entry (the row's button runs the page's action). */
  fd_test_ui_click (fd_test_ui_named (staff, "watch-remove"));
  g_assert_true (fd_test_wait_until (watchlist_one_left, &(WatchWait) { store, security }, 5000));
  fd_test_staff_close (staff);
}

static gboolean
host_inactive (gpointer data)
{
  g_autoptr(GPtrArray) active = fd_store_list_hosts (data, TRUE, NULL);
  g_autoptr(GPtrArray) all = fd_store_list_hosts (data, FALSE, NULL);

  return active->len + 1 == all->len;
}

static gboolean
policy_saved (gpointer data)
{
  g_autofree char *policy = fd_store_get_setting (data, "print_policy", "immediate");
  g_autofree char *name = fd_store_get_setting (data, "company_name", "");

  return g_str_equal (policy, "confirm") && g_str_equal (name, "星河科技（上海）");
}

static gboolean
host_phone_saved (gpointer data)
{
  g_autoptr(FdHost) host = fd_store_get_host (data, fd_test_host_id (data, "王芳", NULL), NULL);

  return g_strcmp0 (host->phone, "13800000099") == 0;
}

static gboolean
topic_saved (gpointer data)
{
  g_autofree char *json = fd_store_get_setting (data, "kiosk_topics", "[]");

  return strstr (json, "参观交流") != NULL && strstr (json, "产品咨询") == NULL;
}

static gboolean
plain_mail_allowed (gpointer store)
{
  g_autofree char *value = fd_store_get_setting (store, "smtp_allow_plain", "false");

  return g_str_equal (value, "true");
}

/* Administration: a host deactivated, settings saved, a REC-3 topic added
 * and one removed through the page; a new kiosk offers the result. */
static void
test_admin (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autofree char *switch_name = NULL;
  FdStaffWindow *staff;

  switch_name = g_strdup_printf ("host-active-%" G_GINT64_FORMAT, fd_test_host_id (store, "王芳", NULL));
  {
    /* A call answered after more than 3 rings: KPI-3 below its target. */
    g_autoptr(FdSession) desk = fd_test_login (store, FD_ROLE_RECEPTIONIST);
    FdCallIn in = { "张先生", NULL, NULL, FD_CALL_ENQUIRY, "价格咨询", NULL, TRUE, FD_CALL_NOT_TRANSFERRED, 0 };

    g_assert_cmpint (fd_store_log_call (store, desk, &in, NULL), >, 0);
  }
  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_ADMIN);
  g_assert_true (page_shown (staff, "admin"));
  fd_staff_window_show_view (staff, "admin");
  g_assert_true (fd_test_ui_text_shows (staff, "王芳 (市场部)"));
  /* The SOP's targets this month, on top of the page. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("KPI-3 3 声内接听的电话：0 %（1 项中 0 项），目标 98 %",
                                                  "KPI-3 Calls answered within 3 rings: 0 % (0 of 1), target 98 %")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("KPI-1 来访满意度（签离时的评价）：暂无数据（目标 90 %）",
                                                  "KPI-1 Visitor satisfaction (answers at check-out): nothing to measure yet (target 90 %)")));
  gtk_switch_set_active (GTK_SWITCH (fd_test_ui_named (staff, switch_name)), FALSE);
  g_assert_true (fd_test_wait_until (host_inactive, store, 5000));

  fd_test_ui_type (fd_test_ui_named (staff, "setting-company_name"), "星河科技（上海）");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (fd_test_ui_named (staff, "setting-print_policy")), 1);
  /* Plain mail is off and says what turning it on means (Trust, 3). */
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (fd_test_ui_named (staff, "setting-smtp_allow_plain"))));
  g_assert_true (fd_test_ui_text_shows (staff, T ("不加密发送邮件", "Allow mail without encryption")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_test_ui_named (staff, "setting-smtp_allow_plain")), TRUE);
  fd_test_ui_click (fd_test_ui_named (staff, "settings-save"));
  g_assert_true (fd_test_wait_until (policy_saved, store, 5000));
  g_assert_true (fd_test_wait_until (plain_mail_allowed, store, 5000));
  screenshot (staff, "admin", data);

  /* Editing a host: a wrong e-mail address is refused in the dialog. */
  {
    g_autofree char *edit = g_strdup_printf ("host-edit-%" G_GINT64_FORMAT, fd_test_host_id (store, "王芳", NULL));
    GtkWidget *dialog;

    fd_test_ui_click (fd_test_ui_named (staff, edit));
    g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "host-dialog", 5000));
    dialog = fd_test_ui_find_toplevel ("host-dialog");
    fd_test_ui_type (fd_ui_find_named (dialog, "host-email"), "wang.fang at example");
    fd_test_ui_type (fd_ui_find_named (dialog, "host-phone"), "138 0000 0099");
    fd_test_ui_click (fd_ui_find_named (dialog, "host-save"));
    g_assert_true (fd_test_ui_text_shows (dialog, T ("电子邮件地址和手机号必须有效", "the e-mail address and phone number must be valid")));
    fd_test_ui_type (fd_ui_find_named (dialog, "host-email"), "wang.fang@example.com");
    fd_test_ui_click (fd_ui_find_named (dialog, "host-save"));
    g_assert_true (fd_test_wait_until (host_phone_saved, store, 5000));
  }

  g_assert_true (fd_test_ui_text_shows (staff, T ("产品咨询 / Our products → 张伟", "产品咨询 / Our products → 张伟")));
  fd_test_ui_type (fd_test_ui_named (staff, "topic-zh"), "参观交流");
  fd_test_ui_type (fd_test_ui_named (staff, "topic-en"), "A visit");
  fd_test_ui_click (fd_test_ui_named (staff, "topic-add"));
  g_assert_true (fd_test_ui_text_shows (staff, "参观交流 / A visit"));
  fd_test_ui_click (fd_test_ui_named (staff, "topic-remove"));
  g_assert_true (fd_test_wait_until (topic_saved, store, 5000));
  fd_test_staff_close (staff);
  {
    FdKioskWindow *kiosk = fd_kiosk_window_new (NULL, store);

    GtkFlowBox *topics = KIOSK (kiosk, topics_box);
    GtkFlowBoxChild *fourth = gtk_flow_box_get_child_at_index (topics, 3);

    /* The kiosk offers the topic the administrator added. */
    g_assert_nonnull (fourth);
    g_assert_null (gtk_flow_box_get_child_at_index (topics, 4));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_flow_box_child_get_child (fourth))), ==, "参观交流");
    gtk_window_destroy (GTK_WINDOW (kiosk));
    fd_test_store_settle (store);
  }
}


static gboolean
invitations_one (gpointer data)
{
  g_autofree char *day = fd_store_today (data);
  g_autoptr(GPtrArray) list = fd_store_list_invitations (data, fd_test_staff (), day, NULL);

  return list->len == 1;
}

/* First run: no staff account yet, the window creates the administrator;
 * the receptionist invites a visitor, who shows as expected today. */
static void
test_first_run_and_invite (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdSession) boss = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autofree char *day = fd_store_today (store);
  FdStaffWindow *staff;
  GtkWidget *dialog;

  /* fd_store_seed_demo added the demo account; a first run has none. */
  {
    g_autoptr(FdStore) empty = fd_test_store_new (FALSE);

    staff = fd_test_staff_open (empty, fd_test_lang (data));
    g_assert_true (fd_test_ui_text_shows (staff, T ("首次使用：创建管理员", "First run: create the administrator")));
    fd_test_ui_type (fd_test_ui_named (staff, "login-user"), "boss");
    fd_test_ui_type (fd_test_ui_named (staff, "login-display"), "王总");
    fd_test_ui_type (fd_test_ui_named (staff, "login-secret"), "boss-2026");
    fd_test_ui_click (fd_test_ui_named (staff, "login-button"));
    g_assert_true (fd_test_wait_until (fd_test_staff_logged_in, staff, 10000));
    g_assert_true (page_shown (staff, "admin"));
    boss = fd_store_login (empty, "boss", "boss-2026", NULL);
    g_assert_nonnull (boss);
    g_assert_cmpint (fd_session_get_role (boss), ==, FD_ROLE_ADMIN);
    fd_test_staff_close (staff);
  }

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_test_ui_click (fd_test_ui_named (staff, "invite"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "invite-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("invite-dialog");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-name"), "Anna Schmidt");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-phone"), "+49 151 12345678");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-purpose"), "Audit");
  /* Tried at the desk: the host was the first in a drop-down unless
   * changed.  Nobody is chosen now: saving asks for the host. */
  fd_test_ui_click (fd_ui_find_named (dialog, "invite-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请选择被访人", "Please choose the host")));
  {
    g_autoptr(GPtrArray) none = fd_store_list_upcoming_invitations (store, fd_test_staff (), day, NULL);

    g_assert_cmpuint (none->len, ==, 0);
  }
  /* The host is found as at the kiosk: a single exact match is chosen. */
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, "invite-host"), FD_TYPE_KIOSK_HOST_PICKER,
                                                              "host_entry")),
                   "王芳");
  g_assert_true (fd_test_ui_text_shows (dialog, "市场部"));
  {
    g_autofree char *file = g_strdup_printf ("staff-invite-%s", fd_lang_code (fd_test_lang (data)));

    fd_test_ui_iterate (300);
    fd_test_ui_screenshot (dialog, file);
  }
  fd_test_ui_click (fd_ui_find_named (dialog, "invite-save"));
  g_assert_true (fd_test_wait_until (invitations_one, store, 5000));
  expected = fd_store_list_invitations (store, fd_test_staff (), day, NULL);
  g_assert_true (fd_test_ui_text_shows (staff, ((FdInvitation *) expected->pdata[0])->code));
  g_assert_true (fd_test_ui_text_shows (staff, T ("今日预约（1）", "Expected today (1)")));
  g_assert_cmpuint (fd_test_outbox_count (store, ((FdInvitation *) expected->pdata[0])->code), ==, 1);
  /* Tried at the desk: with no mail server and no chat group, the message
   * waits in the outbox, and the receptionist is told to pass the code on. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("被访人还不知道", "the host has not been told")));
  g_assert_false (fd_store_host_reachable (store, fd_test_host_id (store, "王芳", NULL)));
  fd_store_set_setting (store, "smtp_url", "smtp://127.0.0.1:2525", NULL);
  g_assert_true (fd_store_host_reachable (store, fd_test_host_id (store, "王芳", NULL)));

  /* Tried at the desk: tomorrow's invitations showed nowhere.  Tomorrow
   * is one tap; the invitation is listed with its day and code, and can be
   * cancelled after a question. */
  fd_test_ui_click (fd_test_ui_named (staff, "invite"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "invite-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("invite-dialog");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-name"), "Carlos Ruiz");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-phone"), "+34 612 345 678");
  fd_test_ui_type (fd_ui_find_named (dialog, "invite-purpose"), "Training");
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, "invite-host"), FD_TYPE_KIOSK_HOST_PICKER,
                                                              "host_entry")),
                   "王芳");
  g_assert_true (fd_test_ui_text_shows (dialog, "市场部"));
  fd_test_ui_click (fd_ui_find_named (dialog, "invite-tomorrow"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("明天", "Tomorrow, ")));
  fd_test_ui_click (fd_ui_find_named (dialog, "invite-save"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("以后几天的预约（1）", "Invited for later days (1)")));
  g_assert_true (fd_test_ui_text_shows (staff, "Carlos Ruiz"));
  {
    g_autoptr(GPtrArray) upcoming = fd_store_list_upcoming_invitations (store, fd_test_staff (), day, NULL);
    FdInvitation *later = upcoming->pdata[1];

    g_assert_cmpuint (upcoming->len, ==, 2);
    g_assert_cmpstr (later->name, ==, "Carlos Ruiz");
    g_assert_cmpstr (later->day, >, day);
    g_assert_true (fd_test_ui_text_shows (staff, later->day));
    fd_test_ui_click (fd_test_staff_button (staff, later->id, "invitation-cancel"));
    g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "cancel-invitation-dialog", 5000));
    fd_test_ui_click (fd_test_ui_named (fd_test_ui_find_toplevel ("cancel-invitation-dialog"), "cancel-invitation-confirm"));
    g_assert_true (fd_test_ui_text_shows (staff, T ("预约已取消", "The invitation is cancelled")));
  }
  {
    g_autoptr(GPtrArray) left = fd_store_list_upcoming_invitations (store, fd_test_staff (), day, NULL);

    g_assert_cmpuint (left->len, ==, 1);
  }
  fd_test_staff_close (staff);
}

static gboolean
left_unreturned (gpointer data)
{
  VisitWait *wait = data;
  g_autoptr(FdVisit) visit = fd_store_get_visit (wait->store, wait->id, NULL);

  return visit->state == FD_VISIT_LEFT && visit->badge_returned_ms == 0;
}

static gboolean
returned_later (gpointer data)
{
  VisitWait *wait = data;
  g_autoptr(FdVisit) visit = fd_store_get_visit (wait->store, wait->id, NULL);

  return visit->badge_returned_ms != 0;
}


/* REG-4 and REG-7: a check-out without the badge lists it as not returned
 * until it comes back; a lost badge is reissued with the site's fee. */
static void
test_badges_back_and_lost (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autofree char *folder = g_dir_make_tmp ("frontdesk-badges-XXXXXX", NULL);
  FdPrintSettings settings = { .folder = folder, .size = FD_BADGE_CR80 };
  g_autoptr(FdVisit) after = NULL;
  FdStaffWindow *staff;
  GtkWidget *dialog;
  VisitWait wait = { store, 0 };
  gint64 lost;

  g_assert_true (fd_store_change_setting (store, admin, "badge_fee", "20 元", NULL));
  wait.id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  fd_store_set_badge_state (store, wait.id, FD_BADGE_PRINTED, "badges", NULL);
  lost = fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "王芳", NULL));
  fd_store_set_badge_state (store, lost, FD_BADGE_PRINTED, "badges", NULL);

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_staff_window_set_print_settings (staff, &settings);
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_assert_true (fd_test_ui_text_shows (staff, "李雷"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_test_staff_button (staff, wait.id, "badge-returned")),
                               FALSE);
  fd_test_ui_click (fd_test_staff_button (staff, wait.id, "checkout"));
  g_assert_true (fd_test_wait_until (left_unreturned, &wait, 5000));
  g_assert_true (fd_test_ui_text_shows (staff, T ("未归还访客证：1", "badges not returned: 1")));
  fd_test_ui_click (fd_test_staff_button (staff, wait.id, "badge-back"));
  g_assert_true (fd_test_wait_until (returned_later, &wait, 5000));

  /* REG-4: the declared items, ticked as checked, are in the audit log. */
  {
    g_autoptr(FdRegistration) reg = fd_registration_new ();
    g_autoptr(GPtrArray) log = NULL;
    VisitWait with_items = { store, 0 };
    gboolean found = FALSE;

    reg->name = g_strdup ("王小明");
    reg->phone = g_strdup ("13700000000");
    reg->purpose = g_strdup ("送样品");
    reg->host_id = fd_test_host_id (store, "王芳", NULL);
    reg->visit_ms = fake_now;
    reg->items = g_strdup ("样品两箱");
    with_items.id = fd_store_add_visit (store, reg, NULL);
    g_assert_true (fd_test_ui_text_shows (staff, T ("离开时核对物品：样品两箱", "Check on the way out: 样品两箱")));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_test_staff_button (staff, with_items.id, "items-checked")),
                                 TRUE);
    fd_test_ui_click (fd_test_staff_button (staff, with_items.id, "checkout"));
    g_assert_true (fd_test_wait_until (audited_once, &(Audited) { store, "visit.items" }, 5000));
    log = fd_store_list_audit (store, admin, 20, NULL);
    for (guint i = 0; i < log->len; i++)
      if (g_str_equal (((FdAuditEntry *) log->pdata[i])->action, "visit.items"))
        {
          g_assert_cmpstr (((FdAuditEntry *) log->pdata[i])->detail, ==, "checked");
          found = TRUE;
        }
    g_assert_true (found);
  }

  fd_test_ui_click (fd_test_staff_button (staff, lost, "reissue"));
  g_assert_true (fd_test_wait_until (fd_test_ui_toplevel_shown, "reissue-dialog", 5000));
  dialog = fd_test_ui_find_toplevel ("reissue-dialog");
  {
    g_autofree char *text = fd_test_ui_collect_text (dialog);

    g_assert_nonnull (strstr (text, "20 元"));
  }
  fd_test_ui_click (fd_ui_find_named (dialog, "reissue-confirm"));
  g_assert_true (fd_test_wait_until (audited_once, &(Audited) { store, "badge.reissue" }, 5000));
  wait.id = lost;
  g_assert_true (fd_test_wait_until (badge_saved, &wait, 10000));
  after = fd_store_get_visit (store, lost, NULL);
  g_unlink (after->badge_detail);
  g_rmdir (folder);

  /* Tried at the desk: a badge scanned at the desk checked the visitor out
   * but left the badge "not returned", although it was in the
   * receptionist's hand. */
  {
    g_autoptr(FdVisit) scanned = NULL;
    VisitWait at_desk = { store, 0 };

    at_desk.id = fd_test_add_visit (store, "马冬梅", "13600000000", fd_test_host_id (store, "王芳", NULL));
    fd_store_set_badge_state (store, at_desk.id, FD_BADGE_PRINTED, "badges", NULL);
    scanned = fd_store_get_visit (store, at_desk.id, NULL);
    fd_staff_window_scan (staff, scanned->badge_token);
    g_assert_true (fd_test_wait_until (returned_later, &at_desk, 5000));
    g_clear_pointer (&scanned, fd_visit_free);
    scanned = fd_store_get_visit (store, at_desk.id, NULL);
    g_assert_cmpint (scanned->state, ==, FD_VISIT_LEFT);
  }
  fd_test_staff_close (staff);
}


/* The ID number shows masked; a receptionist gets no reveal button
 * (minimum necessary), security reveals it with one click, logged. */
static void
test_reveal_id (gconstpointer data)
{
  g_autoptr(FdStore) store = store_with_clock ();
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  FdStaffWindow *staff;

  fd_test_store_load_key (store);
  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fake_now;
  reg->id_doc_type = g_strdup ("resident-id");
  reg->id_number = g_strdup ("11010519491231002X");
  g_assert_cmpint (fd_store_add_visit (store, reg, &error), >, 0);

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  open_only_log_result (staff, "李雷", data);
  g_assert_true (fd_test_ui_text_shows (staff, "110105********002X"));
  g_assert_false (gtk_widget_get_visible (fd_test_ui_named (staff, "log-reveal")));
  fd_test_ui_click (fd_test_ui_named (staff, "lock"));
  fd_test_staff_login (staff, FD_ROLE_SECURITY);
  open_only_log_result (staff, "李雷", data);
  g_assert_true (fd_test_ui_text_shows (staff, "110105********002X"));
  fd_test_ui_click (fd_test_ui_named (staff, "log-reveal"));
  g_assert_true (fd_test_ui_text_shows (staff, "11010519491231002X"));
  g_assert_true (audited_once (&(Audited) { store, "visit.reveal-id" }));
  fd_test_ui_click (fd_test_ui_named (staff, "lock"));
  g_assert_null (fd_staff_window_get_session (staff));
  {
    g_autofree char *text = fd_test_ui_collect_text (GTK_WIDGET (staff));

    g_assert_null (strstr (text, "11010519491231002X"));
  }
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
      const char *suffix = en ? "en" : "zh_CN";
      g_autofree char *login = g_strdup_printf ("/staff/login-roles-and-idle-lock/%s", suffix);
      g_autofree char *confirm = g_strdup_printf ("/staff/reg-3/confirm-then-print/%s", suffix);
      g_autofree char *log = g_strdup_printf ("/staff/kpi-2/visit-log-correction/%s", suffix);
      g_autofree char *security = g_strdup_printf ("/staff/security/overstay-and-watchlist/%s", suffix);
      g_autofree char *admin = g_strdup_printf ("/staff/admin/hosts-and-settings/%s", suffix);
      g_autofree char *invite = g_strdup_printf ("/staff/first-run-and-invitation/%s", suffix);
      g_autofree char *badges = g_strdup_printf ("/staff/reg-4-reg-7/badge-back-and-lost/%s", suffix);
      g_autofree char *reveal = g_strdup_printf ("/staff/id-number-reveal-logged/%s", suffix);

      g_test_add_data_func (login, GINT_TO_POINTER (en), test_login_and_lock);
      g_test_add_data_func (confirm, GINT_TO_POINTER (en), test_confirm_arrival);
      g_test_add_data_func (log, GINT_TO_POINTER (en), test_visit_log);
      g_test_add_data_func (security, GINT_TO_POINTER (en), test_security);
      g_test_add_data_func (admin, GINT_TO_POINTER (en), test_admin);
      g_test_add_data_func (invite, GINT_TO_POINTER (en), test_first_run_and_invite);
      g_test_add_data_func (badges, GINT_TO_POINTER (en), test_badges_back_and_lost);
      g_test_add_data_func (reveal, GINT_TO_POINTER (en), test_reveal_id);
    }
  return g_test_run ();
}
