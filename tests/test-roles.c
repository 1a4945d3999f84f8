/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-error.h"
#include "fd-test-util.h"

/* Roles enforced by the core, through the API and frontdeskctl; exports
 * (REG-5) read back by independent readers; the daily export; the purge. */

static gint64 fake_now;

typedef struct {
  FdStore   *store;
  FdSession *admin;
  FdSession *reception;
  FdSession *security;
} Staff;

static void
staff_set_up (Staff *staff)
{
  g_autoptr(GError) error = NULL;

  staff->store = fd_test_store_new (FALSE);
  fd_store_seed_demo (staff->store, NULL);
  staff->admin = fd_store_login (staff->store, "demo", "2468", &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_add_staff (staff->store, staff->admin, "wang", "王前台", FD_ROLE_RECEPTIONIST,
                                       "246810", NULL), >, 0);
  g_assert_cmpint (fd_store_add_staff (staff->store, staff->admin, "zhao", "赵保安", FD_ROLE_SECURITY,
                                       "135790", NULL), >, 0);
  staff->reception = fd_store_login (staff->store, "wang", "246810", NULL);
  staff->security = fd_store_login (staff->store, "zhao", "135790", NULL);
  g_assert_nonnull (staff->reception);
  g_assert_nonnull (staff->security);
}

static void
staff_clear (Staff *staff)
{
  g_clear_pointer (&staff->admin, fd_session_free);
  g_clear_pointer (&staff->reception, fd_session_free);
  g_clear_pointer (&staff->security, fd_session_free);
  g_clear_object (&staff->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Staff, staff_clear)

/* Whether the call returned a list; the list is freed. */
static gboolean
freed (GPtrArray *array)
{
  gboolean returned = array != NULL;

  g_clear_pointer (&array, g_ptr_array_unref);
  return returned;
}

#define ASSERT_REFUSED(call) \
  G_STMT_START { \
    g_autoptr(GError) refused = NULL; \
    GError **error = &refused; \
    g_assert_false ((call)); \
    g_assert_error (refused, FD_ERROR, FD_ERROR_PERMISSION); \
  } G_STMT_END

#define ASSERT_ALLOWED(call) \
  G_STMT_START { \
    g_autoptr(GError) allowed = NULL; \
    GError **error = &allowed; \
    g_assert_true ((call)); \
    g_assert_no_error (allowed); \
  } G_STMT_END

/* Each role's forbidden operations are refused by the core, and the
 * refusal is in the audit log. */
static void
test_roles_api (void)
{
  g_auto(Staff) s = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  FdVisitQuery all = { NULL, 0, 0, 0 };
  gint64 denied = 0;

  staff_set_up (&s);
  dir = fd_test_db_dir (fd_store_get_path (s.store));
  out = g_build_filename (dir, "out.csv", NULL);

  /* The kiosk (no session) cannot read the visit log. */
  ASSERT_REFUSED (freed (fd_store_find_visits (s.store, NULL, &all, error)));

  /* Reception: the visit log, nothing of security's or the admin's. */
  ASSERT_ALLOWED (freed (fd_store_find_visits (s.store, s.reception, &all, error)));
  ASSERT_REFUSED (fd_store_export (s.store, s.reception, "2026-01-01", "2026-01-02", FD_EXPORT_CSV, out, NULL, error));
  ASSERT_REFUSED (freed (fd_store_list_audit (s.store, s.reception, 10, error)));
  ASSERT_REFUSED (freed (fd_store_list_staff (s.store, s.reception, error)));
  ASSERT_REFUSED (fd_store_add_staff (s.store, s.reception, "x", "x", FD_ROLE_ADMIN, "123456", error) != 0);
  ASSERT_REFUSED (fd_store_purge (s.store, s.reception, TRUE, NULL, error));
  ASSERT_REFUSED (fd_store_set_retention_days (s.store, s.reception, 120, FALSE, error));
  ASSERT_REFUSED (fd_store_set_staff_secret (s.store, s.reception, "zhao", "000000", error));
  ASSERT_ALLOWED (fd_store_set_staff_secret (s.store, s.reception, "wang", "24681012", error));

  /* Security: exports and the audit log, not staff or purging. */
  ASSERT_ALLOWED (fd_store_export (s.store, s.security, "2026-01-01", "2026-01-02", FD_EXPORT_CSV, out, NULL, error));
  ASSERT_ALLOWED (freed (fd_store_list_audit (s.store, s.security, 10, error)));
  ASSERT_REFUSED (freed (fd_store_list_staff (s.store, s.security, error)));
  ASSERT_REFUSED (fd_store_purge (s.store, s.security, TRUE, NULL, error));

  /* The administrator: everything. */
  ASSERT_ALLOWED (freed (fd_store_list_staff (s.store, s.admin, error)));
  ASSERT_ALLOWED (fd_store_purge (s.store, s.admin, TRUE, NULL, error));
  ASSERT_ALLOWED (fd_store_set_retention_days (s.store, s.admin, 120, FALSE, error));

  g_assert_true (fd_store_count_audit (s.store, "denied", &denied, NULL));
  g_assert_cmpint (denied, ==, 10);
}

/* The same through frontdeskctl: a first run creates the administrator
 * without a login, then every staff command needs one, and the role
 * decides. */
static void
test_roles_ctl (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autofree char *dir = fd_test_db_dir (db);
  g_autofree char *csv = g_build_filename (dir, "visits.csv", NULL);
  char *out = NULL, *err = NULL;

#define RUN(expected, password, ...) \
  G_STMT_START { \
    g_clear_pointer (&out, g_free); \
    g_clear_pointer (&err, g_free); \
    g_assert_cmpint (fd_test_ctl_as (db, password, &out, &err, __VA_ARGS__, NULL), ==, expected); \
  } G_STMT_END

  g_setenv ("FRONTDESK_NEW_PASSWORD", "boss-2026", TRUE);
  RUN (0, NULL, "staff", "add", "boss", "--role", "admin", "--display-name", "管理员");
  /* Only the first account needs no login. */
  RUN (1, NULL, "staff", "add", "eve", "--role", "admin");
  g_setenv ("FRONTDESK_NEW_PASSWORD", "wang-2026", TRUE);
  RUN (1, "wrong", "--user", "boss", "staff", "add", "wang", "--role", "receptionist");
  g_assert_nonnull (strstr (err, "Wrong user name or password"));
  RUN (0, "boss-2026", "--user", "boss", "staff", "add", "wang", "--role", "receptionist");
  g_setenv ("FRONTDESK_NEW_PASSWORD", "zhao-2026", TRUE);
  RUN (0, "boss-2026", "--user", "boss", "staff", "add", "zhao", "--role", "security");
  g_unsetenv ("FRONTDESK_NEW_PASSWORD");

  RUN (1, "wang-2026", "--lang", "zh_CN", "--user", "wang", "staff", "list");
  g_assert_nonnull (strstr (err, "不允许"));
  RUN (1, "wang-2026", "--user", "wang", "purge");
  RUN (1, "wang-2026", "--user", "wang", "audit", "list");
  RUN (1, "wang-2026", "--user", "wang", "export", "--from", "2026-01-01", "--to", "2026-01-31", csv);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  RUN (1, NULL, "export", "--from", "2026-01-01", "--to", "2026-01-31", csv);
  RUN (1, "zhao-2026", "--user", "zhao", "purge");
  RUN (0, "zhao-2026", "--user", "zhao", "export", "--from", "2026-01-01", "--to", "2026-01-31", csv);
  g_assert_true (g_file_test (csv, G_FILE_TEST_EXISTS));
  RUN (0, "zhao-2026", "--user", "zhao", "audit", "list");
  g_assert_nonnull (strstr (out, "\tdenied\t"));
  RUN (0, "boss-2026", "--user", "boss", "staff", "list");
  g_assert_nonnull (strstr (out, "wang\twang\treceptionist\n"));
  g_assert_nonnull (strstr (out, "zhao\tzhao\tsecurity\n"));
  RUN (0, "boss-2026", "--user", "boss", "purge", "--dry-run");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
#undef RUN
}

static gint64
add_visit_at (FdStore    *store,
              const char *name,
              gint64      at_ms,
              gboolean    leave)
{
  gint64 id;

  fake_now = at_ms;
  id = fd_test_add_visit (store, name, "13800001111", fd_test_host_id (store, "王芳", NULL));
  if (leave)
    {
      fake_now += 3600 * 1000;
      g_assert_true (fd_store_checkout (store, fd_test_staff (), id, NULL));
    }
  return id;
}

static gint64
day_start (const char *day)
{
  gint64 start, end;

  g_assert_true (fd_day_range (day, &start, &end));
  return start;
}

/* Reads the XLSX with Python's zipfile and XML parser, not the library
 * that wrote it: one line per row, cells separated by tabs. */
static char *
read_xlsx (const char *path)
{
  const char *script =
    "import sys, zipfile, xml.etree.ElementTree as ET\n"
    "ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "shared = []\n"
    "if 'xl/sharedStrings.xml' in z.namelist():\n"
    "    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):\n"
    "        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))\n"
    "sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))\n"
    "for row in sheet.iter('{%s}row' % ns['m']):\n"
    "    cells = []\n"
    "    for c in row.findall('m:c', ns):\n"
    "        v = c.find('m:v', ns)\n"
    "        cells.append(shared[int(v.text)] if c.get('t') == 's' else (v.text if v is not None else ''))\n"
    "    sys.stdout.write('\\t'.join(cells) + '\\n')\n";

  return fd_test_python (script, path);
}

/* REG-5: CSV and XLSX for a date range hold exactly that range's visits,
 * Chinese intact. */
static void
test_export_range (void)
{
  g_auto(Staff) s = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *rows = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  staff_set_up (&s);
  fd_store_set_clock (s.store, fd_test_clock, &fake_now);
  add_visit_at (s.store, "早到者", day_start ("2026-03-01") + 10 * 3600 * 1000, TRUE);
  add_visit_at (s.store, "李雷", day_start ("2026-03-02") + 9 * 3600 * 1000, TRUE);
  add_visit_at (s.store, "韩梅梅", day_start ("2026-03-03") + 23 * 3600 * 1000, FALSE);
  add_visit_at (s.store, "=HYPERLINK(\"x\")", day_start ("2026-03-03") + 1000, TRUE);
  add_visit_at (s.store, "晚到者", day_start ("2026-03-04") + 1000, TRUE);
  dir = fd_test_db_dir (fd_store_get_path (s.store));
  csv_path = g_build_filename (dir, "march.csv", NULL);
  xlsx_path = g_build_filename (dir, "march.xlsx", NULL);

  g_assert_true (fd_store_export (s.store, s.security, "2026-03-02", "2026-03-03", FD_EXPORT_CSV, csv_path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_test_message ("%s", csv);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF\"编号 ID\",\"状态 State\",\"姓名 Name\""));
  g_assert_nonnull (strstr (csv, "\"李雷\",\"13800001111\""));
  g_assert_nonnull (strstr (csv, "\"韩梅梅\""));
  g_assert_nonnull (strstr (csv, "\"王芳女士\",\"市场部\""));
  /* A name that looks like a formula is not one in the file. */
  g_assert_nonnull (strstr (csv, "\"'=HYPERLINK(\"\"x\"\")\""));
  g_assert_null (strstr (csv, "早到者"));
  g_assert_null (strstr (csv, "晚到者"));

  g_assert_true (fd_store_export (s.store, s.admin, "2026-03-02", "2026-03-03", FD_EXPORT_XLSX, xlsx_path, &n, &error));
  g_assert_no_error (error);
  rows = read_xlsx (xlsx_path);
  g_test_message ("%s", rows);
  g_assert_true (g_str_has_prefix (rows, "编号 ID\t状态 State\t姓名 Name\t电话 Phone"));
  /* States in words, and what became of each badge (tried at the desk:
   * raw states and an empty badge column). */
  g_assert_nonnull (strstr (rows, "\t已离开 Left\t李雷\t13800001111\t"));
  g_assert_nonnull (strstr (rows, "\t在访 On site\t韩梅梅\t13800001111\t"));
  g_assert_nonnull (strstr (rows, "无访客证 No badge"));
  g_assert_null (strstr (rows, "早到者"));
  g_assert_null (strstr (rows, "晚到者"));
  {
    g_auto(GStrv) lines = g_strsplit (g_strchomp (rows), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header + 3 visits */
  }
}

/* REG-5 and PIPL: the station exports yesterday into the folder once, and
 * purges exactly the visits past retention, logging it. */
static void
test_daily_export_and_purge (void)
{
  g_auto(Staff) s = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = day_start ("2026-06-10") + 8 * 3600 * 1000;
  gint64 old, recent, still_here, yesterday, n = -1;
  g_autoptr(FdVisit) gone = NULL;
  GStatBuf before, after;

  staff_set_up (&s);
  fd_store_set_clock (s.store, fd_test_clock, &fake_now);
  old = add_visit_at (s.store, "很久以前", now - 100LL * 24 * 3600 * 1000, TRUE);
  still_here = add_visit_at (s.store, "没签离", now - 100LL * 24 * 3600 * 1000, FALSE);
  recent = add_visit_at (s.store, "上个月", now - 80LL * 24 * 3600 * 1000, TRUE);
  yesterday = add_visit_at (s.store, "昨天的访客", now - 20 * 3600 * 1000, TRUE);
  fake_now = now;

  dir = fd_test_db_dir (fd_store_get_path (s.store));
  folder = g_build_filename (dir, "exports", NULL);
  fd_store_set_setting (s.store, "export_folder", folder, NULL);

  g_assert_true (fd_store_purge (s.store, s.admin, TRUE, &n, &error));
  g_assert_cmpint (n, ==, 1);
  gone = fd_store_get_visit (s.store, old, NULL);
  g_assert_nonnull (gone);

  g_assert_true (fd_store_housekeeping (s.store, fd_test_staff (), NULL, &error));
  g_assert_no_error (error);
  file = g_build_filename (folder, "visits-2026-06-09.csv", NULL);
  g_assert_true (g_file_get_contents (file, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "昨天的访客"));
  g_assert_null (strstr (csv, "上个月"));
  g_assert_cmpint (g_stat (file, &before), ==, 0);

  /* Exactly the visit past retention is gone; on-site and recent stay. */
  g_clear_pointer (&gone, fd_visit_free);
  gone = fd_store_get_visit (s.store, old, NULL);
  g_assert_null (gone);
  g_assert_nonnull ((gone = fd_store_get_visit (s.store, still_here, NULL)));
  g_clear_pointer (&gone, fd_visit_free);
  g_assert_nonnull ((gone = fd_store_get_visit (s.store, recent, NULL)));
  g_clear_pointer (&gone, fd_visit_free);
  g_assert_nonnull ((gone = fd_store_get_visit (s.store, yesterday, NULL)));
  audit = fd_store_list_audit (s.store, s.security, 20, NULL);
  for (guint i = 0; i < audit->len; i++)
    {
      FdAuditEntry *entry = g_ptr_array_index (audit, i);

      if (g_str_equal (entry->action, "purge"))
        {
          g_assert_cmpstr (entry->actor, ==, "system");
          g_assert_cmpstr (entry->detail, ==, "1 visits older than 90 days");
          n = -2;
        }
    }
  g_assert_cmpint (n, ==, -2);

  /* Again later the same day: the file is not written twice. */
  fake_now += 3600 * 1000;
  g_assert_true (fd_store_housekeeping (s.store, fd_test_staff (), NULL, NULL));
  g_assert_cmpint (g_stat (file, &after), ==, 0);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);

  /* Retention below the export period needs the administrator's word. */
  g_assert_false (fd_store_set_retention_days (s.store, s.admin, 30, FALSE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fd_store_set_retention_days (s.store, s.admin, 30, TRUE, &error));
}

/* The staff window's operations through frontdeskctl, each allowed or
 * refused by the role (REG-3, KPI-2, REG-4). */
static void
test_reception_ctl (void)
{
  g_auto(Staff) s = { 0 };
  const char *db;
  g_autoptr(FdVisit) confirmed = NULL;
  g_autoptr(FdVisit) returned = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 held, left, host;

  staff_set_up (&s);
  db = fd_store_get_path (s.store);
  host = fd_test_host_id (s.store, "王芳", NULL);
  g_assert_true (fd_store_change_setting (s.store, s.admin, "print_policy", "confirm", NULL));
  held = fd_test_add_visit (s.store, "李雷", "13812345678", host);
  left = fd_test_add_visit (s.store, "韩梅梅", "13912345678", host);
  g_assert_true (fd_store_checkout (s.store, fd_test_staff (), left, NULL));

#define ID(n) g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (n))
  {
    g_autofree char *held_id = ID (held);
    g_autofree char *left_id = ID (left);
    g_autofree char *host_id = ID (host);

    /* Reception: confirm once, correct with the kiosk's checks. */
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "visits", "confirm", held_id, NULL), ==, 0);
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "visits", "confirm", held_id, NULL), ==, 1);
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "visits", "correct", held_id,
                             "phone", "12", NULL), ==, 1);
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "visits", "correct", held_id,
                             "name", "李磊", NULL), ==, 0);
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "visits", "badge-returned", left_id,
                             NULL), ==, 0);
    /* Without a login, nothing. */
    g_assert_cmpint (fd_test_ctl_as (db, NULL, NULL, NULL, "visits", "correct", held_id, "name", "X", NULL), ==, 1);
    g_assert_cmpint (fd_test_ctl_as (db, NULL, NULL, NULL, "visits", "badge-returned", left_id, NULL), ==, 1);

    /* Administration is the admin's. */
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, &err, "--lang", "en", "--user", "wang", "hosts", "deactivate",
                             host_id, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "Not allowed"));
    g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "settings", "get", "company_name", NULL),
                     ==, 1);
    g_assert_cmpint (fd_test_ctl_as (db, "2468", NULL, NULL, "--user", "demo", "settings", "set", "company_name",
                             "星河科技（深圳）", NULL), ==, 0);
    g_assert_cmpint (fd_test_ctl_as (db, "2468", &out, NULL, "--user", "demo", "settings", "get", "company_name", NULL),
                     ==, 0);
    g_assert_cmpstr (out, ==, "星河科技（深圳）\n");
    g_assert_cmpint (fd_test_ctl_as (db, "2468", NULL, NULL, "--user", "demo", "hosts", "deactivate", host_id, NULL), ==, 0);
  }

  /* The watchlist is security's. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (fd_test_ctl_as (db, "135790", NULL, NULL, "--user", "zhao", "watchlist", "add", "--name", "赵四",
                           "--phone", "13900001111", "--reason", "前员工", NULL), ==, 0);
  g_assert_cmpint (fd_test_ctl_as (db, "246810", NULL, NULL, "--user", "wang", "watchlist", "list", NULL), ==, 1);
  g_assert_cmpint (fd_test_ctl_as (db, "135790", &out, NULL, "--user", "zhao", "watchlist", "list", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\t赵四\t13900001111\t\t前员工\tzhao\t"));
  {
    g_auto(GStrv) fields = g_strsplit (out, "\t", 2);

    g_assert_cmpint (fd_test_ctl_as (db, "135790", NULL, NULL, "--user", "zhao", "watchlist", "remove", fields[0], NULL),
                     ==, 0);
  }
#undef ID

  confirmed = fd_store_get_visit (s.store, held, NULL);
  g_assert_cmpint (confirmed->badge_state, ==, FD_BADGE_PENDING);
  g_assert_cmpstr (confirmed->name, ==, "李磊");
  returned = fd_store_get_visit (s.store, left, NULL);
  g_assert_cmpint (returned->badge_returned_ms, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/roles/api", test_roles_api);
  g_test_add_func ("/roles/frontdeskctl", test_roles_ctl);
  g_test_add_func ("/roles/frontdeskctl-staff-window", test_reception_ctl);
  g_test_add_func ("/export/reg-5/range-csv-xlsx", test_export_range);
  g_test_add_func ("/export/reg-5/daily-export-and-purge", test_daily_export_and_purge);
  return g_test_run ();
}
