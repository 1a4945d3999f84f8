/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <string.h>

#include "fd-notify.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* FAQ-1: the host hears of the visitor by mail, through a real SMTP server
 * (aiosmtpd from Debian, started by fd-test-smtp.c), and in chat groups
 * through a local HTTP server. */


/* FAQ-1: a registration puts the arrival message in the outbox in the same
 * transaction, and the host receives it in the SOP's words, in the site's
 * default language (Chinese), with a readable Chinese subject. */
static void
test_arrival_mail (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdNotifier) notifier = NULL;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autofree char *url = NULL;
  g_autofree char *mail = NULL;
  FdTestMailWait wait;

  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  fd_store_set_setting (store, "notify_waiting_place", "一楼前台", NULL);

  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->company = g_strdup ("示例公司");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  g_assert_cmpint (fd_store_add_visit (store, reg, NULL), >, 0);

  notifier = fd_notifier_new (store);
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  wait = (FdTestMailWait) { &smtp, 1 };
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 15000));
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, store, 5000));
  fd_notifier_stop (notifier);

  mail = fd_test_read_mail (&smtp);
  g_test_message ("%s", mail);
  g_assert_true (g_str_has_prefix (mail, "<wang.fang@example.com>\n访客到访：李雷\n"));
  g_assert_nonnull (strstr (mail, "王芳女士，有位示例公司的李雷来找您，在前台等您。\n来访事由：面试\n到访时间："));
  g_assert_nonnull (strstr (mail, "等候地点：一楼前台"));
}

static gboolean
none_pending (gpointer data)
{
  g_autoptr(GPtrArray) outbox = fd_store_list_outbox (data, fd_test_staff (), FALSE, NULL);

  for (guint i = 0; i < outbox->len; i++)
    if (g_str_equal (((FdOutboxMessage *) outbox->pdata[i])->state, "pending"))
      return FALSE;
  return TRUE;
}

/* Tried at the desk: arrival mail queued while no mail server was set up
 * went out once one was, also for a visitor who had already left.  Such a
 * message is dropped, and says why; the one about a visitor still waiting
 * goes. */
static void
test_no_arrival_mail_after_leaving (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdNotifier) notifier = NULL;
  g_autoptr(GPtrArray) outbox = NULL;
  g_autofree char *url = NULL;
  g_autofree char *mail = NULL;
  gint64 host = fd_test_host_id (store, "王芳", NULL);
  gint64 gone = fd_test_add_visit (store, "李雷", "13812345678", host);
  gint64 waiting = fd_test_add_visit (store, "韩梅梅", "13912345678", host);
  FdTestMailWait wait;

  g_assert_true (fd_store_checkout (store, fd_test_staff (), gone, NULL));
  fd_test_smtp_init (&smtp);
  fd_test_smtp_start (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);

  notifier = fd_notifier_new (store);
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  wait = (FdTestMailWait) { &smtp, 1 };
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 15000));
  g_assert_true (fd_test_wait_until (none_pending, store, 5000));
  fd_notifier_stop (notifier);

  mail = fd_test_read_mails (&smtp);
  g_assert_nonnull (strstr (mail, "韩梅梅"));
  g_assert_null (strstr (mail, "李雷"));
  outbox = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
  for (guint i = 0; i < outbox->len; i++)
    {
      FdOutboxMessage *message = outbox->pdata[i];

      if (message->visit_id == gone)
        {
          g_assert_cmpstr (message->state, ==, "dropped");
          g_assert_cmpstr (message->last_error, ==, "Not sent: the visitor had left");
        }
      else if (message->visit_id == waiting)
        g_assert_cmpstr (message->state, ==, "sent");
    }
}

/* Every message has been tried at least once. */
static gboolean
all_tried (gpointer data)
{
  g_autoptr(GPtrArray) pending = fd_store_list_outbox (data, fd_test_staff (), FALSE, NULL);

  for (guint i = 0; i < pending->len; i++)
    if (((FdOutboxMessage *) g_ptr_array_index (pending, i))->attempts < 1)
      return FALSE;
  return TRUE;
}

/* The mail server is down while 100 visitors register: nothing is lost,
 * and once it is up every message arrives exactly once. */
static void
test_server_down_then_up (void)
{
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdNotifier) notifier = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *url = NULL;
  FdTestMailWait wait;

  fd_test_smtp_init (&smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp.port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  for (int i = 0; i < 100; i++)
    fd_test_add_visit (store, "访客", "13900000000", fd_test_host_id (store, "李娜", NULL));

  notifier = fd_notifier_new (store);
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  /* Under the sanitizers and a loaded machine this takes longer than a
   * second; wait for it rather than guess. */
  g_assert_true (fd_test_wait_until (all_tried, store, 30000));
  pending = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
  g_assert_cmpuint (pending->len, ==, 100);
  for (guint i = 0; i < pending->len; i++)
    {
      FdOutboxMessage *message = g_ptr_array_index (pending, i);

      g_assert_cmpstr (message->state, ==, "pending");
      g_assert_cmpint (message->attempts, >=, 1);
      g_assert_nonnull (strstr (message->last_error, "SMTP"));
    }

  fd_test_smtp_start (&smtp);
  wait = (FdTestMailWait) { &smtp, 100 };
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 60000));
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, store, 10000));
  fd_notifier_stop (notifier);
  g_assert_cmpuint (fd_test_mail_count (&smtp), ==, 100);
}

static char *
read_log (const char *path)
{
  char *data = NULL;

  g_file_get_contents (path, &data, NULL, NULL);
  return data != NULL ? data : g_strdup ("");
}

/* The chat robots Chinese offices use: WeCom, DingTalk (signed), Feishu
 * (signed), Slack and a generic JSON hook, each in its own format,
 * mentioning the host; a 200 answer carrying an error code is a failure. */
static void
test_chat_webhooks (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autofree char *db_dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *log = g_build_filename (db_dir, "webhooks.jsonl", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "webhook-server.py", NULL);
  g_autofree char *port_text = NULL;
  g_autoptr(GSubprocess) server = NULL;
  g_autoptr(FdNotifier) notifier = NULL;
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;
  static const char * const channels[] = { "wecom", "dingtalk", "feishu", "slack", "teams", "hook" };
  FdHost *host = fd_host_new ();
  int port = fd_test_free_port ();
  gint64 host_id;
  FdOutboxMessage *full = NULL;

  port_text = g_strdup_printf ("%d", port);
  server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                             "/usr/bin/python3", script, port_text, log, "s3cr3t", NULL);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_port_open, GINT_TO_POINTER (port), 10000));

  /* A host without e-mail, reached only through the chat groups. */
  host->name = g_strdup ("赵敏");
  host->department = g_strdup ("法务部");
  host->title = g_strdup ("女士");
  host->phone = g_strdup ("13800000009");
  g_ptr_array_add (hosts, host);
  fd_store_upsert_hosts (store, hosts, NULL, NULL, &error);
  g_assert_no_error (error);
  host_id = host->id;
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      g_autofree char *key = g_strdup_printf ("webhook_%s_url", channels[i]);
      g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%d/%s", port, channels[i]);

      fd_store_set_setting (store, key, url, NULL);
    }
  fd_store_set_setting (store, "webhook_allow_http", "true", NULL);  /* the local test server has no TLS */
  fd_store_set_setting (store, "webhook_dingtalk_secret", "s3cr3t", NULL);
  fd_store_set_setting (store, "webhook_feishu_secret", "s3cr3t", NULL);

  fd_test_add_visit (store, "李雷", "13812345678", host_id);
  notifier = fd_notifier_new (store);
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, store, 15000));

  seen = read_log (log);
  g_test_message ("%s", seen);
  g_assert_nonnull (strstr (seen, "\"path\": \"/wecom\", \"body\": {\"msgtype\": \"text\", \"text\": {\"content\": \"赵敏女士，有位访客李雷来找您，在前台等您。"));
  g_assert_nonnull (strstr (seen, "\"mentioned_mobile_list\": [\"13800000009\"]"));
  g_assert_nonnull (strstr (seen, "\"at\": {\"atMobiles\": [\"13800000009\"]}}, \"signed\": true"));
  g_assert_nonnull (strstr (seen, "\"msg_type\": \"text\", \"content\": {\"text\": \"赵敏女士"));
  g_assert_nonnull (strstr (seen, "\"path\": \"/feishu\""));
  g_assert_null (strstr (seen, "\"signed\": false"));
  g_assert_nonnull (strstr (seen, "\"path\": \"/slack\", \"body\": {\"text\": \"赵敏女士"));
  g_assert_nonnull (strstr (seen, "\"event\": \"visitor.arrived\""));
  g_assert_nonnull (strstr (seen, "\"contentType\": \"application/vnd.microsoft.card.adaptive\""));

  /* WeCom over its rate limit: HTTP 200, errcode 45009.  Not sent. */
  {
    g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%d/wecom-full", port);

    fd_store_set_setting (store, "webhook_wecom_url", url, NULL);
  }
  fd_test_add_visit (store, "韩梅梅", "13912345678", host_id);
  for (int i = 0; i < 200 && full == NULL; i++)
    {
      g_clear_pointer (&messages, g_ptr_array_unref);
      g_usleep (50 * 1000);
      messages = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
      for (guint m = 0; m < messages->len; m++)
        {
          FdOutboxMessage *message = g_ptr_array_index (messages, m);

          if (g_str_equal (message->channel, "wecom") && message->attempts > 0 &&
              g_str_equal (message->state, "pending"))
            full = message;
        }
    }
  fd_notifier_stop (notifier);
  g_assert_nonnull (full);
  g_assert_nonnull (strstr (full->last_error, "errcode 45009"));
  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
}

typedef struct {
  gint64 last;     /* monotonic µs of the last tick */
  gint64 longest;  /* the longest gap between ticks, µs */
  guint  ticks;
} Ticks;

static gboolean
tick_cb (gpointer user_data)
{
  Ticks *ticks = user_data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    ticks->longest = MAX (ticks->longest, now - ticks->last);
  ticks->last = now;
  ticks->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
stop_loop_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* A mail server that accepts and never answers: the main loop keeps
 * running at full rate, and the store stays usable, while the sender
 * waits for it. */
static void
test_hanging_server (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdNotifier) notifier = NULL;
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autofree char *url = NULL;
  Ticks ticks = { 0, 0, 0 };
  guint16 port;
  gint64 start;
  guint tick_source;

  /* The kernel completes the TCP handshake; nobody ever says hello. */
  port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("smtp://127.0.0.1:%u", port);
  fd_store_set_setting (store, "smtp_url", url, NULL);
  fd_store_set_setting (store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  fd_store_set_setting (store, "notify_timeout_seconds", "3", NULL);

  notifier = fd_notifier_new (store);
  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));

  tick_source = g_timeout_add (10, tick_cb, &ticks);
  g_timeout_add (2000, stop_loop_cb, loop);
  g_main_loop_run (loop);
  g_source_remove (tick_source);
  g_test_message ("%u ticks in 2 s, longest gap %" G_GINT64_FORMAT " ms", ticks.ticks, ticks.longest / 1000);
  g_assert_cmpuint (ticks.ticks, >, 150);
  g_assert_cmpint (ticks.longest, <, 100 * 1000);

  /* The next visitor is stored at once. */
  start = g_get_monotonic_time ();
  fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "王芳", NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1000 * 1000);

  fd_notifier_stop (notifier);
  messages = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
  g_assert_cmpstr (((FdOutboxMessage *) messages->pdata[0])->state, ==, "pending");
  g_assert_nonnull (strstr (((FdOutboxMessage *) messages->pdata[0])->last_error, "SMTP"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notify/faq-1/arrival-mail", test_arrival_mail);
  g_test_add_func ("/notify/server-down-then-up", test_server_down_then_up);
  g_test_add_func ("/notify/no-arrival-mail-after-leaving", test_no_arrival_mail_after_leaving);
  g_test_add_func ("/notify/faq-1/chat-webhooks", test_chat_webhooks);
  g_test_add_func ("/notify/hanging-server-blocks-nothing", test_hanging_server);

  return g_test_run ();
}
