/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "fd-error.h"
#include "fd-settings.h"
#include "fd-site.h"
#include "fd-test-util.h"
#include "fd-token.h"

/* The store on a real SQLite file, or a real PostgreSQL database when the
 * suite runs under tests/postgresql.sh.  Written against the FdStore API
 * only, so the same tests run on both engines. */

/* Reopening runs no migration twice; the file is WAL and private. */
static void
test_open_and_migrate (void)
{
  g_autofree char *path = fd_test_temp_db ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(FdStore) store = fd_store_open (path, &error);

      g_assert_no_error (error);
      g_assert_nonnull (store);
    }
  g_assert_cmpint (fd_test_sql (path, "SELECT COUNT(*) FROM schema_version"), ==, 16);
  if (fd_test_on_postgresql ())
    return;
  g_assert_cmpint (fd_test_sql (path, "SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* REG-2 and the visit lifecycle: on site, then left, each step audited. */
static void
test_visit_lifecycle (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) on_site = NULL;
  g_autoptr(FdVisit) visit = NULL;
  gint64 host = fd_test_host_id (store, "王芳", NULL);
  gint64 id = fd_test_add_visit (store, "李雷", "+86 138 1234 5678", host);
  gint64 audits = 0;

  visit = fd_store_get_visit (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (visit->state, ==, FD_VISIT_ON_SITE);
  g_assert_cmpstr (visit->phone, ==, "13812345678");
  g_assert_cmpstr (visit->host_name, ==, "王芳");
  g_assert_cmpstr (visit->host_department, ==, "市场部");
  g_assert_cmpint (visit->arrived_ms, >, 0);

  on_site = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ON_SITE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (on_site->len, ==, 1);
  g_clear_pointer (&on_site, g_ptr_array_unref);

  g_assert_true (fd_store_checkout (store, fd_test_staff (), id, &error));
  g_assert_no_error (error);
  on_site = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ON_SITE, &error);
  g_assert_cmpuint (on_site->len, ==, 0);
  g_clear_pointer (&visit, fd_visit_free);
  visit = fd_store_get_visit (store, id, &error);
  g_assert_cmpint (visit->state, ==, FD_VISIT_LEFT);
  g_assert_cmpint (visit->left_ms, >=, visit->arrived_ms);

  /* A second check-out is refused, and so is one of a visit that does not
   * exist. */
  g_assert_false (fd_store_checkout (store, fd_test_staff (), id, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (fd_store_checkout (store, fd_test_staff (), id + 100, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  fd_store_count_audit (store, "visit.register", &audits, &error);
  g_assert_cmpint (audits, ==, 1);
  fd_store_count_audit (store, "visit.checkout", &audits, &error);
  g_assert_cmpint (audits, ==, 1);
}

/* REG-3: an incomplete registration is refused and nothing is stored. */
static void
test_reg_incomplete_refused (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;

  reg->name = g_strdup ("李雷");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  g_assert_cmpint (fd_store_add_visit (store, reg, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Please add your contact phone number, thank you.");
  g_clear_error (&error);

  /* A host that does not exist. */
  reg->phone = g_strdup ("13812345678");
  reg->host_id = 9999;
  g_assert_cmpint (fd_store_add_visit (store, reg, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);

  all = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ALL, NULL);
  g_assert_cmpuint (all->len, ==, 0);
}

/* Badge tokens are random 128-bit values, never derived from the row id. */
static void
test_badge_tokens (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) all = NULL;
  gint64 host = fd_test_host_id (store, "李娜", NULL);

  for (int i = 0; i < 50; i++)
    fd_test_add_visit (store, "访客", "13900000000", host);
  all = fd_store_list_visits (store, fd_test_staff (), FD_VISITS_ALL, NULL);
  g_assert_cmpuint (all->len, ==, 50);
  for (guint i = 0; i < all->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (all, i);

      g_assert_true (fd_token_is_valid (visit->badge_token));
      g_assert_true (g_hash_table_add (seen, visit->badge_token));
    }
  g_assert_false (fd_token_is_valid ("FD1-123"));
  g_assert_false (fd_token_is_valid ("https://example.com"));
}

/* REC-2: the kiosk's search shows every host of that name, by department. */
static void
test_search_hosts (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = fd_store_search_hosts (store, "张伟", 10, &error);
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) partial = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (((FdHost *) found->pdata[0])->department, !=,
                   ((FdHost *) found->pdata[1])->department);

  /* LIKE wildcards typed by a visitor are plain characters. */
  none = fd_store_search_hosts (store, "%", 10, &error);
  g_assert_cmpuint (none->len, ==, 0);
  partial = fd_store_search_hosts (store, "anna", 10, &error);
  g_assert_cmpuint (partial->len, ==, 1);
}

static void
test_settings (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *unset = fd_store_get_setting (store, "company_name", "XX公司");
  g_autofree char *set = NULL;

  /* Numbers are read as numbers, within what the setting allows: the UI
   * parses none. */
  g_assert_cmpint (fd_store_get_setting_int (store, "overstay_hours", 8), ==, 8);
  g_assert_true (fd_store_set_setting (store, "overstay_hours", "12", NULL));
  g_assert_cmpint (fd_store_get_setting_int (store, "overstay_hours", 8), ==, 12);
  g_assert_true (fd_store_set_setting (store, "staff_lock_minutes", "0", NULL));
  g_assert_cmpint (fd_store_get_setting_int (store, "staff_lock_minutes", 5), ==, 0);

  g_assert_cmpstr (unset, ==, "XX公司");
  g_assert_true (fd_store_set_setting (store, "company_name", "星河科技", &error));
  g_assert_true (fd_store_set_setting (store, "company_name", "星河科技有限公司", &error));
  set = fd_store_get_setting (store, "company_name", NULL);
  g_assert_cmpstr (set, ==, "星河科技有限公司");
}

static void
test_clock (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdVisit) visit = NULL;
  gint64 now = 1800000000000;
  gint64 id;

  fd_store_set_clock (store, fd_test_clock, &now);
  id = fd_test_add_visit (store, "韩梅梅", "13812345678", fd_test_host_id (store, "刘洋", NULL));
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpint (visit->arrived_ms, ==, now);
}

/* A change committed through another connection (as by another process)
 * is announced within a second. */
static void
test_watch_other_connection (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdStore) other = fd_store_open (fd_store_get_path (store), NULL);
  int changes = 0;
  gint64 start;

  g_signal_connect (store, "changed", G_CALLBACK (fd_test_count_cb), &changes);
  fd_store_watch (store);
  g_usleep (300 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  changes = 0;

  start = g_get_monotonic_time ();
  fd_test_add_visit (other, "李雷", "13812345678", fd_test_host_id (other, "陈静", NULL));
  g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 1000));
  g_test_message ("change seen after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
}

static void
add_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 *id = user_data;

  *id = fd_store_add_visit_finish (FD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static gboolean
nonzero64 (gpointer data)
{
  return *(gint64 *) data != 0;
}

/* The async call copies the registration: the kiosk wipes its own at once. */
static void
test_add_visit_async (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(FdVisit) visit = NULL;
  gint64 id = 0;

  reg->name = g_strdup ("Anna");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->purpose = g_strdup ("Meeting");
  reg->host_id = fd_test_host_id (store, "Anna Schmidt", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  fd_store_add_visit_async (store, reg, NULL, add_done_cb, &id);
  fd_registration_clear (reg);
  g_assert_true (fd_test_wait_until (nonzero64, &id, 5000));
  visit = fd_store_get_visit (store, id, NULL);
  g_assert_cmpstr (visit->name, ==, "Anna");
  g_assert_cmpstr (visit->phone, ==, "+4915112345678");
}

/* Staff passwords are stored as argon2id hashes; logins are audited. */
static void
test_staff_accounts (void)
{
  g_autofree char *path = fd_test_temp_db ();
  g_autoptr(FdStore) store = fd_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  FdRole role = FD_ROLE_ADMIN;
  gint64 audits = 0;

  /* A first run creates the administrator without a login, and only that. */
  g_assert_cmpint (fd_store_add_staff (store, NULL, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_staff (store, NULL, "boss", "管理员", FD_ROLE_ADMIN, "135790", &error), >, 0);
  g_assert_no_error (error);
  admin = fd_store_login (store, "boss", "135790", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_add_staff (store, admin, "wang", "王前台", FD_ROLE_RECEPTIONIST, "246810", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_add_staff (store, admin, "wang", "重名", FD_ROLE_ADMIN, "135790", &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_staff (store, admin, "li", "李保安", FD_ROLE_SECURITY, "123", &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (fd_store_authenticate_staff (store, "wang", "246810", &role, &error));
  g_assert_cmpint (role, ==, FD_ROLE_RECEPTIONIST);
  g_assert_false (fd_store_authenticate_staff (store, "wang", "000000", &role, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (fd_store_authenticate_staff (store, "nobody", "246810", &role, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* No clear-text secret anywhere in the file. */
  g_assert_cmpint (fd_test_sql (path, "SELECT COUNT(*) FROM staff WHERE password_hash LIKE '$argon2id$%'"), ==, 2);
  g_assert_cmpint (fd_test_sql (path, "SELECT COUNT(*) FROM staff WHERE password_hash LIKE '%246810%'"), ==, 0);
  fd_store_count_audit (store, "staff.login-failed", &audits, NULL);
  g_assert_cmpint (audits, ==, 2);
}

/* REC-3 and the windows' settings: the site loads as one typed struct; a
 * topic whose contact has left stays stored but is not offered; topics are
 * saved without the caller writing JSON, checked and audited. */
static void
test_site (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSite) site = fd_store_load_site (store, &error);
  g_autoptr(FdSite) after = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  FdSiteTopic *first;
  guint stored;

  g_assert_no_error (error);
  g_assert_nonnull (fd_site_company (site, FD_LANG_ZH));
  g_assert_cmpint (site->overstay_hours, ==, 8);
  g_assert_cmpint (site->host_wait_minutes, ==, 15);
  g_assert_false (site->print_after_confirm);
  g_assert_cmpuint (site->topics->len, >, 0);
  stored = site->stored_topics->len;
  g_assert_cmpuint (site->topics->len, ==, stored);
  first = site->topics->pdata[0];

  g_assert_true (fd_store_set_host_active (store, admin, first->host->id, FALSE, &error));
  g_ptr_array_add (topics, fd_topic_new ("参观交流", "A visit", fd_test_host_id (store, "王芳", NULL)));
  g_ptr_array_add (topics, fd_topic_new ("产品咨询", NULL, first->host->id));
  g_assert_true (fd_store_save_topics (store, admin, topics, &error));
  g_assert_no_error (error);
  after = fd_store_load_site (store, &error);
  g_assert_cmpuint (after->stored_topics->len, ==, 2);
  g_assert_cmpuint (after->topics->len, ==, 1);
  g_assert_cmpstr (((FdSiteTopic *) after->topics->pdata[0])->en, ==, "A visit");
  /* No English given: the Chinese stands for it. */
  g_assert_cmpstr (((FdTopic *) after->stored_topics->pdata[1])->en, ==, "产品咨询");
  {
    g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);

    /* Only an administrator changes what the kiosk offers. */
    g_assert_false (fd_store_save_topics (store, reception, topics, &error));
    g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open-and-migrate", test_open_and_migrate);
  g_test_add_func ("/store/visit-lifecycle", test_visit_lifecycle);
  g_test_add_func ("/store/reg-incomplete-refused", test_reg_incomplete_refused);
  g_test_add_func ("/store/badge-tokens", test_badge_tokens);
  g_test_add_func ("/store/search-hosts", test_search_hosts);
  g_test_add_func ("/store/settings", test_settings);
  g_test_add_func ("/store/rec-3/site-and-topics", test_site);
  g_test_add_func ("/store/clock", test_clock);
  g_test_add_func ("/store/watch-other-connection", test_watch_other_connection);
  g_test_add_func ("/store/add-visit-async", test_add_visit_async);
  g_test_add_func ("/store/staff-accounts", test_staff_accounts);

  return g_test_run ();
}
