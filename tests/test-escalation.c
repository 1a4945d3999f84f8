/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <signal.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* FAQ-1 beyond the first message: each host's language and channels, the
 * host who does not come (with a clock the test controls), the visitor's
 * message, staff alerts, a sender killed mid-run, and `notify test` —
 * delivered to a real SMTP server. */

static gint64 fake_now;

/* Starts a mail server and a sender on @store; everything the outbox
 * holds is delivered before it returns the mails, as read by Python. */
static char *
deliver_all (FdStore    *store,
             FdTestSmtp *smtp,
             guint       expected)
{
  g_autoptr(FdNotifier) notifier = fd_notifier_new (store);
  g_autofree char *url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp->port);
  FdTestMailWait wait = { smtp, expected };

  fd_store_set_setting (store, "smtp_url", url, NULL);

  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 20000));
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, store, 5000));
  fd_notifier_stop (notifier);
  g_assert_cmpuint (fd_test_mail_count (smtp), ==, expected);
  return fd_test_read_mails (smtp);
}

/* Each host reads the message in their own language (the site's default
 * otherwise), by the channels they chose. */
static void
test_host_language_and_channels (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 wang = fd_test_host_id (store, "王芳", NULL);
  gint64 li = fd_test_host_id (store, "李娜", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *mails = NULL;

  g_assert_true (fd_store_set_host_notify (store, fd_test_staff (), wang, "email", "en", &error));
  g_assert_no_error (error);
  /* A chat group the site has not set up is not a way to reach anyone. */
  g_assert_true (fd_store_set_host_notify (store, fd_test_staff (), li, "wecom", NULL, &error));
  g_assert_false (fd_store_set_host_notify (store, fd_test_staff (), li, "pager", NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);

  fd_test_add_visit (store, "李雷", "13812345678", wang);
  fd_test_add_visit (store, "韩梅梅", "13812345679", li);
  fd_test_add_visit (store, "张三", "13812345670", fd_test_host_id (store, "陈静", NULL));

  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  mails = deliver_all (store, &smtp, 2);
  g_test_message ("%s", mails);
  g_assert_nonnull (strstr (mails, "Visitor for you: 李雷\n"));
  g_assert_nonnull (strstr (mails, "is waiting for you at reception."));
  g_assert_nonnull (strstr (mails, "Purpose: "));
  g_assert_null (strstr (mails, "有位访客李雷"));
  g_assert_nonnull (strstr (mails, "访客到访：张三\n"));
  g_assert_nonnull (strstr (mails, "有位访客张三来找您，在前台等您。"));
  g_assert_null (strstr (mails, "韩梅梅"));
}

static gboolean
host_not_reached (FdStore *store,
                  gint64   id)
{
  g_autoptr(FdVisit) visit = fd_store_get_visit (store, id, NULL);

  return fd_visit_host_not_reached (visit, fd_store_now_ms (store), fd_store_host_wait_minutes (store));
}

/* FAQ-1: a visitor who has waited more than 15 minutes without the host is
 * "host not reached"; notifying again and the visitor's message reach the
 * host; "host met" ends it. */
static void
test_escalation_and_message (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *mails = NULL;
  g_autoptr(FdVisit) met = NULL;
  gint64 id, audits = 0;

  fake_now = 1795000000000;
  fd_store_set_clock (store, fd_test_clock, &fake_now);
  id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  fake_now += 14 * 60 * 1000;
  g_assert_false (host_not_reached (store, id));
  fake_now += 2 * 60 * 1000;
  g_assert_true (host_not_reached (store, id));

  g_assert_true (fd_store_notify_host_again (store, fd_test_staff (), id, &error));
  g_assert_no_error (error);
  g_assert_false (fd_store_leave_message (store, fd_test_staff (), id, "  ", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fd_store_leave_message (store, fd_test_staff (), id, "改天再来，请回电", &error));
  g_assert_no_error (error);
  /* Still waiting: notifying does not end it, meeting does. */
  g_assert_true (host_not_reached (store, id));
  g_assert_true (fd_store_mark_host_met (store, fd_test_staff (), id, &error));
  g_assert_false (host_not_reached (store, id));
  met = fd_store_get_visit (store, id, NULL);
  g_assert_cmpint (met->host_met_ms, ==, fake_now);
  g_assert_true (fd_store_count_audit (store, "visit.host-met", &audits, NULL));
  g_assert_cmpint (audits, ==, 1);

  fd_store_set_clock (store, NULL, NULL);
  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  mails = deliver_all (store, &smtp, 3);
  g_test_message ("%s", mails);
  g_assert_nonnull (strstr (mails, "访客到访：李雷\n"));
  g_assert_nonnull (strstr (mails, "提醒：李雷仍在等您\n提醒：访客已等候 16 分钟。\n王芳女士，有位访客李雷来找您"));
  g_assert_nonnull (strstr (mails, "访客李雷给您留言\n李雷未能与您见面，留言如下：\n改天再来，请回电\n联系电话：13812345678\n"));

  /* A visitor who has left can take none of these steps. */
  g_assert_true (fd_store_checkout (store, fd_test_staff (), id, NULL));
  g_assert_false (fd_store_notify_host_again (store, fd_test_staff (), id, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
}

/* Refusals, watchlist matches and badges that did not print go to the
 * site's security and reception recipients; a badge failing twice is one
 * alert. */
static void
test_staff_alerts (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autofree char *mails = NULL;
  gint64 id;
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);

  fd_store_set_setting (store, "alert_recipients", "email:security@example.com; email:reception@example.com",
                        NULL);
  g_assert_cmpint (fd_store_add_alert (store, "refusal", 0, NULL, NULL), >, 0);
  fd_store_add_watch (store, security, "赵四", "13900001111", NULL, "前员工", NULL);
  fd_test_add_visit (store, "赵四", "13900001111", fd_test_host_id (store, "王芳", NULL));
  id = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "李娜", NULL));
  g_assert_true (fd_store_set_badge_state (store, id, FD_BADGE_FAILED, "media-empty", NULL));
  g_assert_true (fd_store_set_badge_state (store, id, FD_BADGE_FAILED, "media-empty", NULL));
  g_assert_cmpuint (fd_test_outbox_count (store, "前台提醒"), ==, 6);

  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  /* Two alerts to each of two people, plus the hosts' arrival mails (the
   * watchlist visitor's host is not told). */
  mails = deliver_all (store, &smtp, 7);
  g_test_message ("%s", mails);
  g_assert_nonnull (strstr (mails, "<security@example.com>\n前台提醒：有访客拒绝登记，未予放行。\n"));
  g_assert_nonnull (strstr (mails, "<reception@example.com>\n前台提醒：名单提示：赵四（前员工）。"));
  g_assert_nonnull (strstr (mails, "<security@example.com>\n前台提醒：李雷的访客证未能打印："));
  g_assert_null (strstr (mails, "<wang.fang@example.com>"));
}

static int ctl (const char  *db,
                char       **out,
                char       **err,
                ...);

/* The sender as a station's service runs it: as the service account
 * "outbox", whose password is in a 0600 file (Trust, finding 4). */
static GSubprocess *
start_sender (const char *db,
              const char *password_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *station = fd_test_station_file (db);
  GSubprocess *sender = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, g_getenv ("FRONTDESKCTL"),
                                          "--config", station, "--user", "outbox", "--password-file", password_file,
                                          "outbox", "run", NULL);

  g_assert_no_error (error);
  return sender;
}

/* Makes the service account "outbox" and its password file. */
static char *
service_account (FdStore *store)
{
  g_autoptr(FdSession) demo = fd_store_login (store, "demo", "2468", NULL);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  char *file = g_build_filename (dir, "outbox.password", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fd_store_add_staff (store, demo, "outbox", "发信服务", FD_ROLE_ADMIN, "s3rv1ce-pw", &error), >, 0);
  g_assert_true (g_file_set_contents_full (file, "s3rv1ce-pw\n", -1, G_FILE_SET_CONTENTS_NONE, 0600, &error));
  return file;
}

static gboolean
some_sent (gpointer data)
{
  g_autoptr(GPtrArray) messages = fd_store_list_outbox (data, fd_test_staff (), FALSE, NULL);

  for (guint i = 0; i < messages->len; i++)
    if (g_str_equal (((FdOutboxMessage *) messages->pdata[i])->state, "sent"))
      return TRUE;
  return FALSE;
}

/* The sender is killed with SIGKILL while it delivers 100 messages and
 * started again: every visitor's host gets their mail; at most the one
 * message in flight at the kill arrives twice. */
static void
test_sender_killed (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GPtrArray) at_kill = NULL;
  g_autofree char *url = NULL;
  g_autofree char *mails = NULL;
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  g_autofree char *password_file = NULL;
  guint sent_at_kill = 0, total;

  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  for (int i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("访客%03d", i);

      fd_test_add_visit (store, name, "13900000000", host);
    }

  password_file = service_account (store);
  /* A password file others can read is refused: no sender runs. */
  g_assert_cmpint (g_chmod (password_file, 0644), ==, 0);
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (ctl (fd_store_get_path (store), &out, &err, "--lang", "en", "--user", "outbox",
                          "--password-file", password_file, "outbox", "run", NULL), ==, 1);
    g_assert_nonnull (strstr (err, "chmod 600"));
  }
  g_assert_cmpint (g_chmod (password_file, 0600), ==, 0);
  first = start_sender (fd_store_get_path (store), password_file);
  g_assert_true (fd_test_wait_until (some_sent, store, 20000));
  g_subprocess_send_signal (first, SIGKILL);
  g_subprocess_wait (first, NULL, NULL);
  at_kill = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
  for (guint i = 0; i < at_kill->len; i++)
    sent_at_kill += g_str_equal (((FdOutboxMessage *) at_kill->pdata[i])->state, "sent");
  g_test_message ("%u of 100 sent when the sender was killed", sent_at_kill);
  g_assert_cmpuint (sent_at_kill, <, 100);

  second = start_sender (fd_store_get_path (store), password_file);
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, store, 60000));
  g_subprocess_send_signal (second, SIGTERM);
  g_assert_true (g_subprocess_wait_check (second, NULL, NULL));

  mails = fd_test_read_mails (&smtp);
  for (int i = 0; i < 100; i++)
    {
      g_autofree char *subject = g_strdup_printf ("访客到访：访客%03d\n", i);

      g_assert_nonnull (strstr (mails, subject));
    }
  total = fd_test_mail_count (&smtp);
  g_assert_cmpuint (total, >=, 100);
  g_assert_cmpuint (total, <=, 101);
}

static int
ctl (const char  *db,
     char       **out,
     char       **err,
     ...)
{
  va_list ap;
  int status;

  va_start (ap, err);
  status = fd_test_ctlv (db, out, err, ap);
  va_end (ap);
  return status;
}

/* `notify test` says whether the message got through, and why not. */
static void
test_notify_test_command (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  const char *db = fd_store_get_path (store);
  g_autofree char *url = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *mail = NULL;
  g_autofree char *json = NULL;

  fd_test_smtp_init (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */

  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  g_assert_cmpint (ctl (db, &out, &err, "--lang", "zh_CN", "--user", "demo", "notify", "test", "email", "it@example.com",
                        NULL), ==, 1);
  g_assert_nonnull (strstr (err, "未送达："));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ctl (db, &out, &err, "--user", "demo", "notify", "test", "pager", "x", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  fd_test_smtp_start (&smtp);
  g_assert_cmpint (ctl (db, &out, &err, "--lang", "zh_CN", "--user", "demo", "notify", "test", "email", "it@example.com",
                        NULL), ==, 0);
  g_assert_cmpstr (out, ==, "已送达。\n");
  mail = fd_test_read_mail (&smtp);
  g_assert_true (g_str_has_prefix (mail, "<it@example.com>\nFrontdesk 测试消息\n"));

  /* The outbox as JSON, for monitoring scripts. */
  fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  g_assert_cmpint (ctl (db, &json, NULL, "--user", "demo", "outbox", "list", "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (json, "\"state\":\"pending\""));
  g_assert_nonnull (strstr (json, "\"recipient\":\"wang.fang@example.com\""));
  g_assert_nonnull (strstr (json, "\"subject\":\"访客到访：李雷\""));
  g_assert_nonnull (strstr (json, "\"last_error\":null"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/notify/faq-1/host-language-and-channels", test_host_language_and_channels);
  g_test_add_func ("/notify/faq-1/escalation-and-message", test_escalation_and_message);
  g_test_add_func ("/notify/staff-alerts", test_staff_alerts);
  g_test_add_func ("/notify/sender-killed", test_sender_killed);
  g_test_add_func ("/notify/notify-test-command", test_notify_test_command);
  return g_test_run ();
}
