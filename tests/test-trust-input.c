/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-error.h"
#include "fd-i18n.h"
#include "fd-notify.h"
#include "fd-settings.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* What a security reviewer and a fuzzer found in the input paths (the
 * "Trust" issue, findings 2, 3, 8 and 11): secrets in the audit log, mail
 * and webhooks in clear, settings unchecked when written, and inputs that
 * crashed the parsers, through the core or frontdeskctl as a user would
 * meet them. */

/* Finding 2: an administrator sets the mail server (with its password) and
 * a chat robot's address (with its key).  Security may read the audit log,
 * and must find who changed which key, but neither secret. */
static void
test_secrets_not_audited (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gboolean named_smtp = FALSE;
  gboolean company_value = FALSE;

  g_assert_true (fd_store_change_setting (store, admin, "smtp_url", "smtps://frontdesk:Pa55-w0rd@mail.example.com:465",
                                          &error));
  g_assert_no_error (error);
  g_assert_true (fd_store_change_setting (store, admin, "webhook_wecom_url",
                                          "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=ROBOTKEY123", &error));
  g_assert_true (fd_store_change_setting (store, admin, "webhook_dingtalk_secret", "SECdingding42", &error));
  g_assert_true (fd_store_change_setting (store, admin, "company_name", "星河科技", &error));
  g_assert_no_error (error);

  audit = fd_store_list_audit (store, security, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < audit->len; i++)
    {
      FdAuditEntry *entry = audit->pdata[i];
      g_autofree char *line = g_strjoin ("|", entry->actor, entry->action, entry->subject ? entry->subject : "",
                                         entry->detail ? entry->detail : "", NULL);

      g_assert_null (strstr (line, "Pa55-w0rd"));
      g_assert_null (strstr (line, "ROBOTKEY123"));
      g_assert_null (strstr (line, "SECdingding42"));
      named_smtp |= g_strcmp0 (entry->subject, "smtp_url") == 0;
      company_value |= g_strcmp0 (entry->subject, "company_name") == 0 && g_strcmp0 (entry->detail, "星河科技") == 0;
    }
  g_assert_true (named_smtp);
  g_assert_true (company_value);  /* a setting that is no secret keeps its value */

  /* The same through frontdeskctl, as the security officer reads it. */
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), "1357", &out, &err, "--user", "test-security", "audit", "list",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (out, "smtp_url"));
  g_assert_null (strstr (out, "Pa55-w0rd"));
  g_assert_null (strstr (out, "ROBOTKEY123"));
}

/* Finding 8 and 11 (d): settings are checked when written.  A retention
 * of 999999999999 days (which overflowed into "purge everything"), an
 * unknown key, topics that are not topics are refused; a retention below
 * 90 days needs its confirmation through frontdeskctl too. */
static void
test_settings_checked (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  const char *db = fd_store_get_path (store);
  static const char * const bad_topics[] = {
    "[{\"zh\":1,\"host_id\":1}]",
    "[1]",
    "[{\"zh\":\"产品\",\"host_id\":{\"x\":1}}]",
    "[{\"zh\":\"产品\"}]",
    "[{\"zh\":\"\",\"host_id\":1}]",
    "[{\"zh\":\"产品\",\"en\":[],\"host_id\":1}]",
    "{\"zh\":\"产品\",\"host_id\":1}",
    "[{\"zh\":\"产品\",\"host_id\":1.5}]",
    "[{\"zh\":\"a\\u0001b\",\"host_id\":1}]",
    "",
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *kept = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_topics); i++)
    {
      g_autoptr(GError) error = NULL;

      if (*bad_topics[i] == '\0')
        continue;  /* empty: "not set", allowed */
      g_test_message ("topics: %s", bad_topics[i]);
      g_assert_false (fd_store_change_setting (store, admin, "kiosk_topics", bad_topics[i], &error));
      g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (fd_store_change_setting (store, admin, "retention_days", "999999999999", &error));
    g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (fd_store_change_setting (store, admin, "retention_dayz", "120", &error));
    g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (fd_store_change_setting (store, admin, "print_policy", "sometimes", &error));
    g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  }

  /* Below 90 days: refused without the confirmation, in the user's
   * language, and kept as it was. */
  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--lang", "zh_CN", "--user", "test-admin", "settings", "set",
                        "retention_days", "30", NULL), !=, 0);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "90"));
  g_assert_null (strstr (err, "Visits are kept"));  /* said in Chinese */
  kept = fd_store_get_setting (store, "retention_days", "90");
  g_assert_cmpstr (kept, ==, "90");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--user", "test-admin", "settings", "set", "retention_days", "30",
                        "--confirm-shorter", NULL), ==, 0);
  g_clear_pointer (&kept, g_free);
  kept = fd_store_get_setting (store, "retention_days", "90");
  g_assert_cmpstr (kept, ==, "30");
}

/* Finding 11 (d): a huge retention written into the file before settings
 * were checked is read as the longest allowed one: a purge removes
 * nothing recent, where the overflow made it remove every finished visit. */
static void
test_retention_overflow (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GError) error = NULL;
  gint64 host_id = fd_test_host_id (store, "王芳", NULL);
  gint64 visit = fd_test_add_visit (store, "李雷", "13812345678", host_id);
  gint64 n = -1;

  g_assert_true (fd_store_checkout (store, fd_test_staff (), visit, &error));
  g_assert_no_error (error);
  fd_test_sql (fd_store_get_path (store), "INSERT INTO settings (key, value, updated_ms) VALUES "
               "('retention_days', '999999999999', 0) ON CONFLICT (key) DO UPDATE SET value = excluded.value");

  g_assert_true (fd_store_purge (store, admin, TRUE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 0);
}

/* Finding 11 (b): topics whose label is not a string, entries that are
 * not objects, an object as host_id: refused as a whole, never a NULL
 * label for the kiosk (criticals are fatal in the tests). */
static void
test_topics_parse (void)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GError) error = NULL;
  FdTopic *topic;

  topics = fd_topics_parse ("[{\"zh\":1,\"host_id\":1}]", &error);
  g_assert_null (topics);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  topics = fd_topics_parse ("[null, \"x\", {\"zh\":\"产品\",\"host_id\":1}]", &error);
  g_assert_null (topics);
  g_clear_error (&error);
  topics = fd_topics_parse ("\xff[", &error);
  g_assert_null (topics);
  g_clear_error (&error);

  topics = fd_topics_parse ("[{\"zh\":\" 产品咨询 \",\"host_id\":3},{\"zh\":\"招聘\",\"en\":\"Jobs\",\"host_id\":4}]",
                            &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, ==, 2);
  topic = topics->pdata[0];
  g_assert_cmpstr (topic->zh, ==, "产品咨询");
  g_assert_cmpstr (topic->en, ==, "产品咨询");  /* no English: the Chinese */
  g_assert_cmpint (topic->host_id, ==, 3);
  topic = topics->pdata[1];
  g_assert_cmpstr (topic->en, ==, "Jobs");
}

/* Finding 11 (a): the 13-byte host file "name,lang / A,<U+0001>" crashed
 * frontdeskctl hosts import.  Now it is refused with the line named, and
 * nothing is imported. */
static void
test_import_control_lang (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *csv = g_build_filename (dir, "hosts.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) hosts = NULL;

  g_assert_true (g_file_set_contents (csv, "name,lang\nA,\x01\n", 13, NULL));
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), NULL, &out, &err, "--lang", "en", "hosts", "import", csv, NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "Line 2"));
  g_assert_nonnull (strstr (err, "\\001"));  /* the bad byte, shown escaped */
  hosts = fd_store_list_hosts (store, FALSE, NULL);
  g_assert_cmpuint (hosts->len, ==, 0);
}

/* Finding 11 (e): the last day a date can hold has no next day. */
static void
test_export_far_date (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *file = g_build_filename (dir, "far.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 start, end;

  g_assert_nonnull (admin);  /* the account frontdeskctl logs in with */
  g_assert_false (fd_day_range ("9999-12-31", &start, &end));
  g_assert_true (fd_day_range ("9999-12-30", &start, &end));
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), "1357", &out, &err, "--user", "test-admin", "export", "--from",
                        "9999-12-31", "--to", "9999-12-31", file, NULL), !=, 0);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
}

/* Builds a little-endian .mo catalogue of @n pairs, with @lengths as the
 * strings' lengths; @last_nul: whether the last string ends with its NUL. */
static GBytes *
make_mo (const char * const *strings,
         const guint32      *lengths,
         guint32             n,
         gboolean            last_nul)
{
  g_autoptr(GByteArray) mo = g_byte_array_new ();
  guint32 header[7] = { 0x950412de, 0, n, 28, 28 + n * 8, 0, 0 };
  guint32 offset = 28 + n * 16;

  g_byte_array_append (mo, (guint8 *) header, sizeof header);
  for (guint32 pass = 0; pass < 2; pass++)
    for (guint32 i = pass; i < 2 * n; i += 2)
      {
        guint32 entry[2] = { lengths[i], offset };

        g_byte_array_append (mo, (guint8 *) entry, sizeof entry);
        offset += strlen (strings[i]) + 1;
      }
  for (guint32 pass = 0; pass < 2; pass++)
    for (guint32 i = pass; i < 2 * n; i += 2)
      g_byte_array_append (mo, (guint8 *) strings[i], strlen (strings[i]) + (i + 1 < 2 * n || last_nul ? 1 : 0));
  return g_byte_array_free_to_bytes (g_steal_pointer (&mo));
}

/* Finding 11 (f): a catalogue whose last string does not end inside the
 * file (its length says it ends earlier, but no NUL is there) gives no
 * translation for it, instead of a string read past the catalogue; the
 * good entry still works. */
static void
test_mo_damaged (void)
{
  static const char * const strings[] = { "Hello", "你好", "Bye", "再见" };
  static const guint32 lengths[] = { 5, 6, 3, 6 };
  static const guint32 short_last[] = { 5, 6, 3, 3 };
  g_autoptr(GBytes) intact = make_mo (strings, lengths, 2, TRUE);
  g_autoptr(GBytes) unterminated = make_mo (strings, short_last, 2, FALSE);
  g_autoptr(GHashTable) table = NULL;

  table = fd_i18n_parse_mo (intact);
  g_assert_cmpstr (g_hash_table_lookup (table, "Hello"), ==, "你好");
  g_assert_cmpstr (g_hash_table_lookup (table, "Bye"), ==, "再见");
  g_clear_pointer (&table, g_hash_table_unref);

  table = fd_i18n_parse_mo (unterminated);
  g_assert_cmpstr (g_hash_table_lookup (table, "Hello"), ==, "你好");
  g_assert_null (g_hash_table_lookup (table, "Bye"));
}

/* Finding 11 (c) and 3: a chat robot that answers 200 with no body is a
 * failure, not a critical in the sender; an http:// robot gets nothing
 * until an administrator allows plain HTTP. */
static void
test_webhooks (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *log = g_build_filename (dir, "webhooks.jsonl", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "webhook-server.py", NULL);
  g_autofree char *port_text = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GSubprocess) server = NULL;
  g_autoptr(GError) error = NULL;
  int port = fd_test_free_port ();

  port_text = g_strdup_printf ("%d", port);
  server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                             "/usr/bin/python3", script, port_text, log, "s3cr3t", NULL);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_port_open, GINT_TO_POINTER (port), 10000));

  url = g_strdup_printf ("http://127.0.0.1:%d/wecom", port);
  g_assert_true (fd_store_set_setting (store, "webhook_wecom_url", url, NULL));
  g_assert_false (fd_notify_send (store, "wecom", "13800000009", NULL, "有位访客", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "https://"));
  g_assert_null (strstr (error->message, "127.0.0.1"));  /* the address may carry a key */
  g_assert_false (g_file_test (log, G_FILE_TEST_EXISTS));  /* nothing reached the robot */
  g_clear_error (&error);

  g_assert_true (fd_store_set_setting (store, "webhook_allow_http", "true", NULL));
  g_assert_true (fd_notify_send (store, "wecom", "13800000009", NULL, "有位访客", &error));
  g_assert_no_error (error);

  g_clear_pointer (&url, g_free);
  url = g_strdup_printf ("http://127.0.0.1:%d/empty", port);
  g_assert_true (fd_store_set_setting (store, "webhook_wecom_url", url, NULL));
  g_assert_false (fd_notify_send (store, "wecom", "13800000009", NULL, "有位访客", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_IO);

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
}

/* Finding 3: a mail server that offers no STARTTLS gets neither the
 * password nor the message; with plain mail allowed by an administrator
 * the same server does get them (so this test can see the wire). */
static void
test_mail_needs_tls (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *log = g_build_filename (dir, "wire.log", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("FD_SOURCE_DIR"), "tests", "smtp-wire.py", NULL);
  g_autofree char *port_text = NULL;
  g_autofree char *url = NULL;
  g_autofree char *wire = NULL;
  g_autoptr(GSubprocess) server = NULL;
  g_autoptr(GError) error = NULL;
  int port = fd_test_free_port ();
  /* AUTH PLAIN's base64 of "\0frontdesk\0Pa55-w0rd" */
  g_autofree char *auth = g_base64_encode ((const guchar *) "\0frontdesk\0Pa55-w0rd", 20);

  port_text = g_strdup_printf ("%d", port);
  server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                             "/usr/bin/python3", script, port_text, log, NULL);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_port_open, GINT_TO_POINTER (port), 10000));

  url = g_strdup_printf ("smtp://frontdesk:Pa55-w0rd@127.0.0.1:%d", port);
  g_assert_true (fd_store_set_setting (store, "smtp_url", url, NULL));
  g_assert_false (fd_notify_send (store, "email", "wang@example.com", "访客到访", "李雷在前台等您。", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "STARTTLS"));
  g_assert_null (strstr (error->message, "Pa55-w0rd"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (log, &wire, NULL, NULL));
  g_test_message ("wire without TLS:\n%s", wire);
  g_assert_nonnull (strstr (wire, "EHLO"));
  g_assert_null (strstr (wire, "AUTH"));
  g_assert_null (strstr (wire, auth));
  g_assert_null (strstr (wire, "MAIL FROM"));
  g_assert_null (strstr (wire, "DATA"));

  g_assert_true (fd_store_set_setting (store, "smtp_allow_plain", "true", NULL));
  g_assert_true (fd_notify_send (store, "email", "wang@example.com", "访客到访", "李雷在前台等您。", &error));
  g_assert_no_error (error);
  g_clear_pointer (&wire, g_free);
  g_assert_true (g_file_get_contents (log, &wire, NULL, NULL));
  g_assert_nonnull (strstr (wire, "AUTH"));
  g_assert_nonnull (strstr (wire, "DATA"));

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
}

/* Finding 8: "frontdeskctl visits correct 1 bogus x" crashed; it is a
 * usage error.  The visit-log search takes % and _ literally. */
static void
test_correct_and_search (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  gint64 host_id = fd_test_host_id (store, "王芳", NULL);
  gint64 visit = fd_test_add_visit (store, "A%B", "13812345678", host_id);
  FdVisitQuery query = { "A%B", 0, 0, 0 };
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, visit);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  fd_test_add_visit (store, "AxxB", "13812345679", host_id);
  fd_test_add_visit (store, "A_B", "13812345670", host_id);
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), "1357", &out, &err, "--lang", "en", "--user", "test-receptionist",
                        "visits", "correct", id, "bogus", "x", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "Only the name, phone, company or purpose"));

  found = fd_store_find_visits (store, reception, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  query.text = "A_B";
  found = fd_store_find_visits (store, reception, &query, &error);
  g_assert_cmpuint (found->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trust/secrets-not-audited", test_secrets_not_audited);
  g_test_add_func ("/trust/settings-checked", test_settings_checked);
  g_test_add_func ("/trust/retention-overflow", test_retention_overflow);
  g_test_add_func ("/trust/topics-parse", test_topics_parse);
  g_test_add_func ("/trust/import-control-lang", test_import_control_lang);
  g_test_add_func ("/trust/export-far-date", test_export_far_date);
  g_test_add_func ("/trust/mo-damaged", test_mo_damaged);
  g_test_add_func ("/trust/webhooks", test_webhooks);
  g_test_add_func ("/trust/mail-needs-tls", test_mail_needs_tls);
  g_test_add_func ("/trust/correct-and-search", test_correct_and_search);
  return g_test_run ();
}
