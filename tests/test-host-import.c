/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-error.h"
#include "fd-host-import.h"
#include "fd-test-util.h"

/* Host lists as spreadsheets save them: UTF-8, UTF-8 with a BOM, GBK. */

static const char utf8_csv[] =
  "姓名,部门,称谓,邮箱,手机\r\n"
  "张伟,销售部,先生,zhang.wei@example.com,138 0000 0001\r\n"
  "张伟,研发部,先生,,13800000002\r\n"
  "\"王芳, PhD\",\"市场部\",女士,wang.fang@example.com,\r\n";

static char *
write_file (const char *contents,
            gssize      length)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autofree char *dir = fd_test_db_dir (db);
  char *path = g_build_filename (dir, "hosts.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_demo_hosts (FdStore *store)
{
  g_autoptr(GPtrArray) hosts = fd_store_list_hosts (store, FALSE, NULL);
  FdHost *wang;

  g_assert_cmpuint (hosts->len, ==, 3);
  wang = g_ptr_array_index (hosts, 2);
  g_assert_cmpstr (wang->name, ==, "王芳, PhD");
  g_assert_cmpstr (wang->department, ==, "市场部");
  g_assert_cmpstr (wang->title, ==, "女士");
  g_assert_cmpstr (((FdHost *) hosts->pdata[0])->name, ==, "张伟");
  g_assert_cmpstr (((FdHost *) hosts->pdata[1])->name, ==, "张伟");
  g_assert_cmpstr (((FdHost *) hosts->pdata[0])->phone, ==, "13800000002");
  g_assert_cmpstr (((FdHost *) hosts->pdata[1])->phone, ==, "13800000001");
}

static void
import_ok (FdStore    *store,
           const char *contents,
           gssize      length,
           guint       added,
           guint       updated)
{
  g_autofree char *path = write_file (contents, length);
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_updated = 99;

  g_assert_true (fd_host_import_file (store, NULL, path, FD_LANG_EN, &n_added, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, added);
  g_assert_cmpuint (n_updated, ==, updated);
}

static void
test_import_utf8 (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);

  import_ok (store, utf8_csv, -1, 3, 0);
  assert_demo_hosts (store);
}

/* Excel's "CSV UTF-8" starts with a byte order mark. */
static void
test_import_bom (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", utf8_csv, NULL);

  import_ok (store, with_bom, -1, 3, 0);
  assert_demo_hosts (store);
}

/* Chinese Excel's plain "CSV" is GBK. */
static void
test_import_gbk (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gbk = g_convert (utf8_csv, -1, "GBK", "UTF-8", NULL, &length, &error);

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (gbk, (gssize) length, NULL));
  import_ok (store, gbk, (gssize) length, 3, 0);
  assert_demo_hosts (store);
}

/* Importing the same list again updates; it never duplicates. */
static void
test_import_again_updates (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autoptr(GPtrArray) hosts = NULL;
  static const char changed[] =
    "name,department,title,email,phone\n"
    "张伟,销售部,先生,zhang.wei@example.com,13911112222\n";

  import_ok (store, utf8_csv, -1, 3, 0);
  import_ok (store, utf8_csv, -1, 0, 3);
  import_ok (store, changed, -1, 0, 1);
  hosts = fd_store_list_hosts (store, FALSE, NULL);
  g_assert_cmpuint (hosts->len, ==, 3);
  g_assert_cmpstr (((FdHost *) hosts->pdata[1])->phone, ==, "13911112222");
}

static void
import_fails (const char *contents,
              const char *expected_message)
{
  g_autoptr(FdStore) store = fd_test_store_new (FALSE);
  g_autofree char *path = write_file (contents, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = NULL;

  g_assert_false (fd_host_import_file (store, NULL, path, FD_LANG_EN, NULL, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_IMPORT);
  g_assert_cmpstr (error->message, ==, expected_message);
  hosts = fd_store_list_hosts (store, FALSE, NULL);
  g_assert_cmpuint (hosts->len, ==, 0);
}

/* One bad row rejects the file, naming its line; nothing is imported. */
static void
test_import_bad_row (void)
{
  import_fails ("name,department,email\n"
                "李娜,人力资源部,li.na@example.com\n"
                "\n"
                ",财务部,\n",
                "Line 4: the name is empty.");
  import_fails ("name,department,email\n"
                "李娜,人力资源部,li.na-at-example.com\n",
                "Line 2: “li.na-at-example.com” is not an e-mail address.");
  import_fails ("name,phone\n"
                "李娜,12345\n",
                "Line 2: “12345” is not a phone number.");
  import_fails ("name,departmnt\n李娜,人力资源部\n",
                "Line 1: unknown column “departmnt”. Known columns: name, department, title, email, phone, chat_ids, channels, lang.");
  import_fails ("name,department\n李娜,人力资源部\n李娜,人力资源部\n",
                "Line 3: 李娜 of 人力资源部 is already on line 2.");
  import_fails ("name,department\n\"李娜,人力资源部\n",
                "Line 2: a quoted field is not closed.");
  import_fails ("department\n人力资源部\n",
                "Line 1: the first line must name the columns, and one of them must be “name”.");
}

/* The messages are in the administrator's language. */
static void
test_import_message_chinese (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts =
    fd_host_import_parse ("姓名,部门\n,财务部\n", strlen ("姓名,部门\n,财务部\n"), FD_LANG_ZH, &error);

  g_assert_null (hosts);
  g_assert_cmpstr (error->message, ==, "第 2 行：姓名为空。");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/host-import/utf8", test_import_utf8);
  g_test_add_func ("/host-import/utf8-bom", test_import_bom);
  g_test_add_func ("/host-import/gbk", test_import_gbk);
  g_test_add_func ("/host-import/again-updates", test_import_again_updates);
  g_test_add_func ("/host-import/bad-row", test_import_bad_row);
  g_test_add_func ("/host-import/message-chinese", test_import_message_chinese);

  return g_test_run ();
}
