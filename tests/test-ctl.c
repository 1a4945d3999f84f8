/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "fd-test-util.h"

/* frontdeskctl as an administrator's script runs it: a real process on a
 * real database file, checked by exit status, output and JSON. */

typedef struct {
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
ctl (Result     *result,
     const char *db,
     ...)
{
  va_list ap;

  va_start (ap, db);
  result->status = fd_test_ctlv (db, &result->out, &result->err, ap);
  va_end (ap);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

/* REG-2 through frontdeskctl: add, list on site as JSON, check out. */
static void
test_visit_commands (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_auto(Result) demo = { 0 }, add = { 0 }, list = { 0 }, out = { 0 }, again = { 0 }, after = { 0 };
  g_autoptr(JsonNode) visit = NULL;
  g_autoptr(JsonNode) on_site = NULL;
  g_autoptr(JsonNode) none = NULL;
  JsonObject *object, *host;
  g_autofree char *id = NULL;

  ctl (&demo, db, "demo", NULL);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  g_assert_cmpint (demo.status, ==, 0);

  ctl (&add, db, "visits", "add", "--name", "李雷", "--phone", "+86 138 1234 5678",
       "--host", "王芳", "--purpose", "面试", "--company", "示例公司", "--json", NULL);
  g_assert_cmpstr (add.err, ==, "");
  g_assert_cmpint (add.status, ==, 0);
  visit = parse (add.out);
  object = json_node_get_object (visit);
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "on_site");
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "李雷");
  g_assert_cmpstr (json_object_get_string_member (object, "phone"), ==, "13812345678");
  g_assert_cmpstr (json_object_get_string_member (object, "company"), ==, "示例公司");
  g_assert_false (json_object_has_member (object, "badge_token"));  /* never printed but on the badge */
  g_assert_true (json_object_get_null_member (object, "left_ms"));
  host = json_object_get_object_member (object, "host");
  g_assert_cmpstr (json_object_get_string_member (host, "department"), ==, "市场部");
  id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (object, "id"));

  ctl (&list, db, "--user", "demo", "visits", "list", "--on-site", "--json", NULL);
  on_site = parse (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (on_site)), ==, 1);

  ctl (&out, db, "--user", "demo", "visits", "checkout", id, NULL);
  g_assert_cmpint (out.status, ==, 0);
  ctl (&again, db, "--lang", "en", "--user", "demo", "visits", "checkout", id, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_cmpstr (again.err, ==, "frontdeskctl: This visitor is not on site: already checked out.\n");
  ctl (&after, db, "--user", "demo", "visits", "list", "--on-site", "--json", NULL);
  none = parse (after.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (none)), ==, 0);
}

/* REG-3: a missing phone is refused with the SOP's words, in the chosen
 * language, and nothing is stored. */
static void
test_reg_missing_phone (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_auto(Result) demo = { 0 }, zh = { 0 }, en = { 0 }, list = { 0 };

  ctl (&demo, db, "demo", NULL);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  ctl (&zh, db, "--lang", "zh_CN", "visits", "add", "--name", "李雷", "--host", "王芳",
       "--purpose", "面试", NULL);
  g_assert_cmpint (zh.status, ==, 1);
  g_assert_cmpstr (zh.err, ==, "frontdeskctl: 麻烦您补一下联系电话，谢谢。\n");
  ctl (&en, db, "--lang", "en", "visits", "add", "--name", "李雷", "--phone", "  ",
       "--host", "王芳", "--purpose", "面试", NULL);
  g_assert_cmpint (en.status, ==, 1);
  g_assert_cmpstr (en.err, ==, "frontdeskctl: Please add your contact phone number, thank you.\n");
  ctl (&list, db, "--user", "demo", "visits", "list", NULL);
  g_assert_cmpstr (list.out, ==, "");
}

/* REC-2: a name two hosts share needs the department. */
static void
test_same_name_needs_department (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_auto(Result) demo = { 0 }, vague = { 0 }, exact = { 0 };
  g_autoptr(JsonNode) visit = NULL;

  ctl (&demo, db, "demo", NULL);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  ctl (&vague, db, "--lang", "en", "visits", "add", "--name", "李雷", "--phone", "13812345678",
       "--host", "张伟", "--purpose", "送货", NULL);
  g_assert_cmpint (vague.status, ==, 1);
  g_assert_nonnull (strstr (vague.err, "销售部"));
  g_assert_nonnull (strstr (vague.err, "研发部"));

  ctl (&exact, db, "visits", "add", "--name", "李雷", "--phone", "13812345678",
       "--host", "张伟", "--department", "研发部", "--purpose", "送货", "--json", NULL);
  g_assert_cmpint (exact.status, ==, 0);
  visit = parse (exact.out);
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_node_get_object (visit), "host"),
                     "department"), ==, "研发部");
}

static void
test_hosts_import_and_list (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autofree char *dir = fd_test_db_dir (db);
  g_autofree char *csv = g_build_filename (dir, "hosts.csv", NULL);
  g_auto(Result) import = { 0 }, bad = { 0 }, list = { 0 }, boss = { 0 }, wang = { 0 };
  g_auto(Result) anonymous = { 0 }, receptionist = { 0 }, admin = { 0 };
  g_autoptr(JsonNode) hosts = NULL;

  g_file_set_contents (csv, "name,department,email\n赵敏,法务部,zhao.min@example.com\n", -1, NULL);
  ctl (&import, db, "--lang", "en", "hosts", "import", csv, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.out, ==, "Imported hosts: 1 new, 0 updated.\n");

  g_file_set_contents (csv, "name,department\n周芷若,法务部\n,法务部\n", -1, NULL);
  ctl (&bad, db, "--lang", "en", "hosts", "import", csv, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.err, ==, "frontdeskctl: Line 3: the name is empty.\n");

  /* Once staff accounts exist, importing hosts is an administrator's. */
  g_setenv ("FRONTDESK_NEW_PASSWORD", "boss-2026", TRUE);
  ctl (&boss, db, "staff", "add", "boss", "--role", "admin", NULL);
  g_setenv ("FRONTDESK_NEW_PASSWORD", "wang-2026", TRUE);
  g_setenv ("FRONTDESK_PASSWORD", "boss-2026", TRUE);
  ctl (&wang, db, "--user", "boss", "staff", "add", "wang", "--role", "receptionist", NULL);
  /* Hosts' addresses are staff's to read (Trust, finding 4). */
  ctl (&list, db, "--user", "boss", "hosts", "list", "--json", NULL);
  hosts = parse (list.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (hosts)), ==, 1);
  g_unsetenv ("FRONTDESK_NEW_PASSWORD");
  g_assert_cmpint (wang.status, ==, 0);
  g_file_set_contents (csv, "name,department\n周芷若,法务部\n", -1, NULL);
  ctl (&anonymous, db, "--lang", "en", "hosts", "import", csv, NULL);
  g_assert_cmpint (anonymous.status, ==, 1);
  g_setenv ("FRONTDESK_PASSWORD", "wang-2026", TRUE);
  ctl (&receptionist, db, "--lang", "en", "--user", "wang", "hosts", "import", csv, NULL);
  g_assert_cmpint (receptionist.status, ==, 1);
  g_assert_nonnull (strstr (receptionist.err, "Not allowed"));
  g_setenv ("FRONTDESK_PASSWORD", "boss-2026", TRUE);
  ctl (&admin, db, "--lang", "en", "--user", "boss", "hosts", "import", csv, NULL);
  g_unsetenv ("FRONTDESK_PASSWORD");
  g_assert_cmpint (admin.status, ==, 0);
  g_assert_cmpstr (admin.out, ==, "Imported hosts: 1 new, 0 updated.\n");
}

/* Invitations and the watchlist from the command line. */
static void
test_invite_and_watchlist (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_auto(Result) demo = { 0 }, invite = { 0 }, refused = { 0 }, watch = { 0 }, visit = { 0 }, alerts = { 0 };
  g_auto(GStrv) fields = NULL;
  g_autoptr(FdStore) store = NULL;
  g_autoptr(FdInvitation) invitation = NULL;

  ctl (&demo, db, "demo", NULL);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);  /* the demo administrator */
  ctl (&invite, db, "--user", "demo", "invite", "add", "--name", "Anna Schmidt", "--phone", "+49 151 12345678",
       "--host", "张伟", "--department", "研发部", "--purpose", "Audit", NULL);
  g_assert_cmpint (invite.status, ==, 0);
  fields = g_strsplit (g_strstrip (invite.out), "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 3);
  g_assert_true (g_str_has_prefix (fields[1], "FDI1-"));
  store = fd_store_open (db, NULL);
  invitation = fd_store_find_invitation (store, fields[1], NULL);
  g_assert_nonnull (invitation);
  g_assert_cmpstr (invitation->host_department, ==, "研发部");

  /* The watchlist is security's: refused without a login. */
  ctl (&refused, db, "watchlist", "add", "--name", "赵四", "--phone", "13900001111", "--reason", "前员工", NULL);
  g_assert_cmpint (refused.status, !=, 0);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);
  ctl (&watch, db, "--user", "demo", "watchlist", "add", "--name", "赵四", "--phone", "13900001111",
       "--reason", "前员工", NULL);
  g_unsetenv ("FRONTDESK_PASSWORD");
  g_assert_cmpint (watch.status, ==, 0);
  ctl (&visit, db, "visits", "add", "--name", "赵四", "--phone", "139-0000-1111", "--host", "王芳",
       "--purpose", "送货", NULL);
  g_assert_cmpint (visit.status, ==, 0);
  g_setenv ("FRONTDESK_PASSWORD", "2468", TRUE);
  ctl (&alerts, db, "--user", "demo", "alerts", "list", NULL);
  g_assert_nonnull (strstr (alerts.out, "watchlist\t赵四\t前员工"));
}

static void
test_usage_errors (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_auto(Result) unknown = { 0 }, bad_id = { 0 };

  ctl (&unknown, db, "visits", "fly", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  ctl (&bad_id, db, "--user", "demo", "visits", "checkout", "abc", NULL);
  g_assert_cmpint (bad_id.status, ==, 2);
}

/* Tried at the desk: with no print server running, "printers" said
 * "CUPS: Bad file descriptor".  It now says what is wrong and what to do,
 * in the user's language. */
static void
test_printers_without_server (void)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autofree char *none = g_build_filename (g_get_tmp_dir (), "frontdesk-no-cups.sock", NULL);
  g_auto(Result) en = { 0 }, zh = { 0 };
  g_autofree char *was = g_strdup (g_getenv ("CUPS_SERVER"));

  g_setenv ("CUPS_SERVER", none, TRUE);
  ctl (&en, db, "--lang", "en", "printers", NULL);
  ctl (&zh, db, "--lang", "zh_CN", "printers", NULL);
  if (was != NULL)
    g_setenv ("CUPS_SERVER", was, TRUE);
  else
    g_unsetenv ("CUPS_SERVER");
  g_assert_cmpint (en.status, ==, 1);
  g_assert_nonnull (strstr (en.err, "No print server (CUPS) is running on this computer"));
  g_assert_null (strstr (en.err, "descriptor"));
  g_assert_cmpint (zh.status, ==, 1);
  g_assert_nonnull (strstr (zh.err, "打印服务"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ctl/visit-commands", test_visit_commands);
  g_test_add_func ("/ctl/reg-missing-phone", test_reg_missing_phone);
  g_test_add_func ("/ctl/same-name-needs-department", test_same_name_needs_department);
  g_test_add_func ("/ctl/hosts-import-and-list", test_hosts_import_and_list);
  g_test_add_func ("/ctl/usage-errors", test_usage_errors);
  g_test_add_func ("/ctl/invite-and-watchlist", test_invite_and_watchlist);
  g_test_add_func ("/ctl/printers-without-server", test_printers_without_server);

  return g_test_run ();
}
