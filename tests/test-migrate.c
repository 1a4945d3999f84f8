/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-db.h"
#include "fd-error.h"
#include "fd-store-calls.h"
#include "fd-store-parcels.h"
#include "fd-store-rounds.h"
#include "fd-store-supplies.h"
#include "fd-test-util.h"

/* Moving a site from one machine to several: frontdeskctl migrate copies
 * a SQLite site with every kind of row into the private PostgreSQL server
 * (tests/postgresql.sh) and back, and the site goes on working there. */

#define ID_NUMBER "11010519491231002X"

/* The lines of migrate's table: "table rows rows checksum checksum same". */
static GHashTable *
checksums (const char *out)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint j = 0; fields[j] != NULL; j++)
        if (*fields[j] != '\0')
          g_ptr_array_add (words, fields[j]);
      if (words->len != 6)
        continue;
      g_assert_cmpstr (g_ptr_array_index (words, 1), ==, g_ptr_array_index (words, 2));
      g_assert_cmpstr (g_ptr_array_index (words, 3), ==, g_ptr_array_index (words, 4));
      g_assert_cmpstr (g_ptr_array_index (words, 5), ==, "same");
      g_hash_table_insert (table, g_strdup (g_ptr_array_index (words, 0)),
                           g_strdup_printf ("%s %s", (char *) g_ptr_array_index (words, 1),
                                            (char *) g_ptr_array_index (words, 3)));
    }
  return g_steal_pointer (&table);
}

/* A SQLite site with a row of every kind: hosts, staff, visits (one with
 * a sealed ID number, one checked out), an invitation, a watchlist entry
 * and the alert of its match, messages in the outbox, the audit log. */
static char *
make_sqlite_site (gint64 *sealed_visit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-migrate-XXXXXX", &error);
  char *path = g_build_filename (dir, "frontdesk.db", NULL);
  g_autoptr(FdStore) store = fd_store_open (path, &error);
  g_autoptr(FdSession) security = NULL;
  g_autoptr(FdSession) admin = NULL;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(FdRegistration) invited = fd_registration_new ();
  g_autofree char *code = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GBytes) photo = NULL;
  FdParcelIn in;
  FdCallIn call;
  FdSupplyIssue issue;
  gint64 host, left, parcel, supply;

  g_assert_no_error (error);
  g_assert_true (fd_store_seed_demo (store, &error));
  fd_test_store_load_key (store);
  security = fd_test_login (store, FD_ROLE_SECURITY);
  admin = fd_test_login (store, FD_ROLE_ADMIN);
  host = fd_test_host_id (store, "王芳", NULL);
  g_assert_cmpint (fd_store_set_host_notify (store, admin, host, "email", NULL, &error), ==, TRUE);
  g_assert_no_error (error);
  /* A second lobby, with a setting of its own. */
  g_assert_true (fd_store_put_site (store, admin, "north", "北楼大堂", "North lobby", &error));
  g_assert_true (fd_store_set_site_setting (store, admin, "north", "office_printer", "Office_North", &error));
  g_assert_no_error (error);

  reg->name = g_strdup ("紫霞仙子");
  reg->phone = g_strdup ("13912340000");
  reg->company = g_strdup ("水帘洞有限公司");
  reg->purpose = g_strdup ("面试");
  reg->host_id = host;
  reg->visit_ms = fd_store_now_ms (store);
  reg->id_doc_type = g_strdup ("resident-id");
  reg->id_number = g_strdup (ID_NUMBER);
  *sealed_visit = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);

  left = fd_test_add_visit (store, "Jane O'Brien", "+49 151 12345678", host);
  g_assert_true (fd_store_checkout (store, fd_test_staff (), left, &error));

  g_assert_cmpint (fd_store_add_watch (store, security, "至尊宝", "13912349999", NULL, "test", &error), >, 0);
  g_assert_no_error (error);
  fd_test_add_visit (store, "至尊宝", "13912349999", host);

  invited->name = g_strdup ("李雷");
  invited->phone = g_strdup ("13812345678");
  invited->purpose = g_strdup ("面试");
  invited->host_id = host;
  today = fd_store_today (store);
  g_assert_cmpint (fd_store_add_invitation (store, fd_test_staff (), invited, today, &code, &error), >, 0);
  g_assert_no_error (error);

  /* Parcels: one damaged with its photo, one signed for. */
  photo = g_bytes_new_static ("\xff\xd8\xff\xe0 a JPEG's first bytes", 24);
  in = (FdParcelIn) { "JD0012345678", "京东物流", host, "外箱破损", photo };
  g_assert_cmpint (fd_store_receive_parcel (store, fd_test_staff (), &in, &error), >, 0);
  in = (FdParcelIn) { "SF1234567890", "顺丰速运", host, NULL, NULL };
  parcel = fd_store_receive_parcel (store, fd_test_staff (), &in, &error);
  g_assert_true (fd_store_hand_over_parcel (store, fd_test_staff (), parcel, "王芳", TRUE, "1,1 9,9", &error));
  g_assert_no_error (error);

  /* A call turned into a message for the host. */
  call = (FdCallIn) { "赵先生", "长江物流", "13912345678", FD_CALL_REQUEST, "面试预约", NULL, TRUE, FD_CALL_MESSAGE, host };
  g_assert_cmpint (fd_store_log_call (store, fd_test_staff (), &call, &error), >, 0);
  g_assert_no_error (error);

  /* Supplies: signed for, counted, a purchase requested and waited for. */
  supply = fd_store_add_supply (store, fd_test_staff (), "中性笔", "支", 12, 10, 50, &error);
  g_assert_no_error (error);
  issue = (FdSupplyIssue) { supply, host, 7, TRUE, "1,1 9,9" };
  g_assert_true (fd_store_issue_supply (store, fd_test_staff (), &issue, &error));
  g_assert_true (fd_store_count_supply (store, fd_test_staff (), supply, 4, &error));
  g_assert_cmpint (fd_store_request_purchase (store, fd_test_staff (), supply, 46, "库存低于最低库存", host, &error), >, 0);
  g_assert_true (fd_store_wait_for_supply (store, fd_test_staff (), supply, host, &error));
  g_assert_no_error (error);

  /* The rounds: a check with a problem, an incident told to the host. */
  g_assert_true (fd_store_check_round (store, fd_test_staff (), "restrooms", FALSE, "地面有水", &error));
  g_assert_cmpint (fd_store_report_incident (store, fd_test_staff (), FD_INCIDENT_WATER, "二楼洗手间", "空调漏水", host,
                                             &error), >, 0);
  g_assert_no_error (error);
  return path;
}

/* REG-5, every visit traceable: the copy is the site, whole: every table's rows and
 * checksum agree in PostgreSQL and again in the SQLite file made back from
 * it; on the server, the sealed ID number opens with the site's key, the
 * audit chain verifies and goes on, staff log in, new visits get new ids;
 * a target that is not empty is refused. */
static void
test_sqlite_to_postgresql_and_back (void)
{
  g_autoptr(GError) error = NULL;
  gint64 sealed = 0;
  g_autofree char *sqlite = make_sqlite_site (&sealed);
  g_autofree char *dir = g_path_get_dirname (sqlite);
  g_autofree char *key = g_build_filename (dir, "frontdesk.key", NULL);
  g_autofree char *uri = fd_test_temp_pg_db ();
  g_autofree char *back = g_build_filename (dir, "back.db", NULL);
  g_autofree char *out = NULL, *err = NULL, *out_back = NULL, *err_back = NULL, *again = NULL, *err_again = NULL;
  g_autoptr(GHashTable) there = NULL;
  g_autoptr(GHashTable) returned = NULL;
  g_autofree char *last_chain = NULL;
  gint64 last_id;
  GHashTableIter iter;
  gpointer name, value;

  g_assert_true (fd_db_is_uri (uri));
  g_assert_cmpint (fd_test_ctl_as (sqlite, "1357", &out, &err, "--lang", "en", "--user", "test-admin",
                                   "migrate", "--to", uri, NULL), ==, 0);
  g_test_message ("%s%s", out, err);
  g_assert_null (strstr (out, "DIFFERENT"));
  there = checksums (out);
  g_assert_cmpuint (g_hash_table_size (there), ==, 23);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "calls"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "supplies"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "supply_moves"), "2 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "purchase_requests"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "supply_waits"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "env_checks"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "env_incidents"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "parcels"), "2 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "sites"), "2 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "site_settings"), "1 "));
  g_assert_cmpstr (g_hash_table_lookup (there, "watchlist"), !=, NULL);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "visits"), "3 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "invitations"), "1 "));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (there, "alerts"), "1 "));
  g_assert_false (g_str_has_prefix (g_hash_table_lookup (there, "outbox"), "0 "));
  g_assert_nonnull (strstr (out, "frontdesk.key"));  /* says which key every station needs */

  /* The station that works on the server gets the site's key file, as
   * migrate said. */
  {
    g_autofree char *server_dir = fd_test_db_dir (uri);
    g_autofree char *server_key = g_build_filename (server_dir, "frontdesk.key", NULL);
    g_autofree char *bytes = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (key, &bytes, &length, NULL));
    g_assert_true (g_file_set_contents_full (server_key, bytes, (gssize) length, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  }

  /* And back into a new SQLite file: the same rows, the same sums, but
   * for the log of who did it: the back copy's login is in the audit log
   * (and its count), after the entries copied over. */
  last_chain = fd_test_sql_text (uri, "SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1");
  last_id = fd_test_sql (uri, "SELECT MAX(id) FROM audit_log");
  g_assert_cmpint (fd_test_ctl_as (uri, "1357", &out_back, &err_back, "--lang", "en", "--user", "test-admin",
                                   "migrate", "--to", back, NULL), ==, 0);
  g_test_message ("%s%s", out_back, err_back);
  returned = checksums (out_back);
  g_hash_table_iter_init (&iter, there);
  while (g_hash_table_iter_next (&iter, &name, &value))
    if (!g_str_has_prefix (name, "audit_"))
      {
        g_test_message ("%s", (char *) name);
        g_assert_cmpstr (g_hash_table_lookup (returned, name), ==, value);
      }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT chain FROM audit_log WHERE id = %" G_GINT64_FORMAT, last_id);
    g_autofree char *back_chain = fd_test_sql_text (back, sql);

    g_assert_cmpstr (back_chain, ==, last_chain);
  }

  /* A database that already holds a site is left alone. */
  g_assert_cmpint (fd_test_ctl_as (sqlite, "1357", &again, &err_again, "--lang", "en", "--user", "test-admin",
                                   "migrate", "--to", uri, NULL), ==, 1);
  g_assert_nonnull (strstr (err_again, "already holds a site"));

  /* The site works on the server. */
  {
    g_autoptr(FdStore) store = fd_store_open (uri, &error);
    g_autoptr(FdSession) security = NULL;
    g_autofree char *plain = NULL;
    gint64 checked = 0, broken = -1, next;

    g_assert_no_error (error);
    g_assert_true (fd_store_load_key (store, key, FD_LANG_EN, &error));
    g_assert_no_error (error);
    security = fd_store_login (store, "test-security", "1357", &error);
    g_assert_no_error (error);
    plain = fd_store_reveal_id_number (store, security, sealed, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (plain, ==, ID_NUMBER);
    next = fd_test_add_visit (store, "新来的", "13700001111", fd_test_host_id (store, "王芳", NULL));
    g_assert_cmpint (next, >, sealed);
    g_assert_true (fd_store_verify_audit (store, security, &checked, &broken, &error));
    g_assert_no_error (error);
    g_assert_cmpint (broken, ==, 0);
    g_assert_cmpint (checked, >, 5);
  }
}

int
main (int    argc,
      char **argv)
{
  fd_test_require_postgresql ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/migrate/sqlite-to-postgresql-and-back", test_sqlite_to_postgresql_and_back);
  return g_test_run ();
}
