/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fd-config.h"
#include "fd-error.h"
#include "fd-evacuation.h"
#include "fd-settings.h"
#include "fd-site.h"
#include "fd-test-util.h"

/* Sites: a company with two lobbies on one database.  The main lobby's
 * station and the north lobby's are two stores on the same database, as
 * two stations are. */

typedef struct {
  FdStore   *main;   /* the main lobby's station, with the demo hosts */
  FdStore   *north;  /* the north lobby's */
  FdSession *admin;  /* logged in at the main lobby */
  gint64     north_host;
} Company;

static void
company_open (Company *company)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdHost) host = fd_host_new ();

  company->main = fd_test_store_new (TRUE);
  company->admin = fd_test_login (company->main, FD_ROLE_ADMIN);
  g_assert_true (fd_store_put_site (company->main, company->admin, "north", "北楼大堂", "North lobby", &error));
  g_assert_no_error (error);
  company->north = fd_store_open (fd_store_get_path (company->main), &error);
  g_assert_no_error (error);
  fd_store_set_station_site (company->north, "north");

  /* A host at the north lobby, added by the administrator looking at it. */
  g_assert_true (fd_session_set_site (company->admin, "north"));
  host->name = g_strdup ("赵北");
  host->department = g_strdup ("北楼研发部");
  host->email = g_strdup ("zhao.bei@example.com");
  company->north_host = fd_store_add_host (company->main, company->admin, host, &error);
  g_assert_no_error (error);
  g_assert_true (fd_session_set_site (company->admin, ""));
}

static void
company_close (Company *company)
{
  g_clear_object (&company->main);
  g_clear_object (&company->north);
  g_clear_pointer (&company->admin, fd_session_free);
}

static gboolean
lists_name (GPtrArray  *visits,
            const char *name)
{
  for (guint i = 0; i < visits->len; i++)
    if (g_str_equal (((FdVisit *) visits->pdata[i])->name, name))
      return TRUE;
  return FALSE;
}

/* REC-2 at each lobby: its kiosk finds its own hosts and records its
 * visitors there (REG-1); a receptionist sees their lobby, security and
 * administrators every site or one. */
static void
test_each_lobby_its_own (void)
{
  Company company = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(FdSession) desk_main = NULL;
  g_autoptr(FdSession) desk_north = NULL;
  g_autoptr(FdSession) guard = NULL;
  g_autoptr(FdVisit) visit = NULL;
  FdVisitQuery query = { .text = "访客" };
  gint64 at_north, at_main, count = 0;

  company_open (&company);
  /* The kiosk offers only its own lobby's hosts. */
  found = fd_store_search_hosts (company.north, "赵", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((FdHost *) found->pdata[0])->site, ==, "north");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = fd_store_search_hosts (company.main, "赵", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = fd_store_search_hosts (company.north, "李娜", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  at_north = fd_test_add_visit (company.north, "北楼访客", "13900000001", company.north_host);
  at_main = fd_test_add_visit (company.main, "主楼访客", "13900000002", fd_test_host_id (company.main, "李娜", NULL));
  visit = fd_store_get_visit (company.main, at_north, &error);
  g_assert_cmpstr (visit->site, ==, "north");
  g_clear_pointer (&visit, fd_visit_free);
  visit = fd_store_get_visit (company.north, at_main, &error);
  g_assert_cmpstr (visit->site, ==, "main");

  /* A receptionist logs in at their lobby and sees its visitors only,
   * and cannot widen the view. */
  desk_main = fd_test_login (company.main, FD_ROLE_RECEPTIONIST);
  desk_north = fd_store_login (company.north, "test-receptionist", "1357", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fd_session_get_site (desk_north), ==, "north");
  g_assert_false (fd_session_set_site (desk_north, ""));
  list = fd_store_list_visits (company.north, desk_north, FD_VISITS_ON_SITE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (lists_name (list, "北楼访客"));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fd_store_find_visits (company.main, desk_main, &query, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (lists_name (list, "主楼访客"));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Security sees both, or narrows it down to one. */
  guard = fd_test_login (company.main, FD_ROLE_SECURITY);
  g_assert_cmpstr (fd_session_get_site (guard), ==, "");
  list = fd_store_list_visits (company.main, guard, FD_VISITS_ON_SITE, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (fd_session_set_site (guard, "north"));
  list = fd_store_list_visits (company.main, guard, FD_VISITS_ON_SITE, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (lists_name (list, "北楼访客"));
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (fd_store_count_visits (company.main, guard, &query, 100, &count, &error));
  g_assert_cmpint (count, ==, 1);
  list = fd_store_list_site_hosts (company.main, fd_session_get_site (guard), FALSE, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The station list says where each station stands. */
  g_assert_true (fd_store_station_alive (company.north, "北楼自助机", "kiosk", TRUE, &error));
  g_assert_true (fd_store_station_alive (company.main, "主楼前台", "both", TRUE, &error));
  list = fd_store_list_stations (company.main, desk_main, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((FdStation *) list->pdata[0])->name, ==, "主楼前台");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fd_store_list_stations (company.main, company.admin, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  company_close (&company);
}

/* REG-1 in advance: an invitation is for its host's lobby; that lobby's
 * kiosk takes its code, the other one does not know it. */
static void
test_invitations_per_lobby (void)
{
  Company company = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(FdSession) desk_main = NULL;
  g_autoptr(FdInvitation) invitation = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *code = NULL;
  g_autofree char *today = NULL;

  company_open (&company);
  today = fd_store_today (company.main);
  reg->name = g_strdup ("受邀访客");
  reg->phone = g_strdup ("13900000003");
  reg->purpose = g_strdup ("面试");
  reg->host_id = company.north_host;
  g_assert_cmpint (fd_store_add_invitation (company.main, company.admin, reg, today, &code, &error), >, 0);
  g_assert_no_error (error);

  invitation = fd_store_find_invitation (company.north, code, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (invitation->name, ==, "受邀访客");
  g_clear_pointer (&invitation, fd_invitation_free);
  invitation = fd_store_find_invitation (company.main, code, &error);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  desk_main = fd_test_login (company.main, FD_ROLE_RECEPTIONIST);
  list = fd_store_list_invitations (company.main, desk_main, today, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = fd_store_list_upcoming_invitations (company.main, company.admin, today, &error);
  g_assert_cmpuint (list->len, ==, 1);

  company_close (&company);
}

/* REC-3 and REG-4 per lobby: a site's own name, printer, print policy and
 * topics override the company's; the company's apply elsewhere; what is
 * the same everywhere (mail, retention) cannot differ. */
static void
test_site_settings (void)
{
  Company company = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSite) north = NULL;
  g_autoptr(FdSite) main_site = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  g_autoptr(GPtrArray) audit = NULL;
  g_autofree char *value = NULL;

  company_open (&company);
  g_assert_true (fd_store_change_setting (company.main, company.admin, "company_name", "示例科技", &error));
  g_assert_true (fd_store_change_setting (company.main, company.admin, "office_printer", "Office_Main", &error));
  g_assert_no_error (error);

  /* The administrator looks at the north lobby and sets its own. */
  g_assert_true (fd_session_set_site (company.admin, "north"));
  g_assert_true (fd_store_change_setting (company.main, company.admin, "office_printer", "Office_North", &error));
  g_assert_true (fd_store_change_setting (company.main, company.admin, "print_policy", "confirm", &error));
  g_ptr_array_add (topics, fd_topic_new ("北楼参观", "North building tour", company.north_host));
  g_assert_true (fd_store_save_topics (company.main, company.admin, topics, &error));
  g_assert_no_error (error);

  north = fd_store_load_site (company.north, &error);
  g_assert_cmpstr (north->office_printer, ==, "Office_North");
  g_assert_true (north->print_after_confirm);
  g_assert_cmpstr (north->company_zh, ==, "示例科技");  /* the company's, not overridden */
  g_assert_cmpuint (north->topics->len, ==, 1);
  main_site = fd_store_load_site (company.main, &error);
  g_assert_cmpstr (main_site->office_printer, ==, "Office_Main");
  g_assert_false (main_site->print_after_confirm);
  g_assert_cmpuint (main_site->topics->len, ==, 4);  /* the demo company's */
  for (guint i = 0; i < main_site->topics->len; i++)
    g_assert_cmpstr (((FdSiteTopic *) main_site->topics->pdata[i])->zh, !=, "北楼参观");

  /* Nothing of a company-wide kind can differ per site. */
  g_assert_false (fd_store_set_site_setting (company.main, company.admin, "north", "retention_days", "200", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_set_site_setting (company.main, company.admin, "west", "office_printer", "X", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Checked as any setting. */
  g_assert_false (fd_store_set_site_setting (company.main, company.admin, "north", "print_policy", "sometimes", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);

  /* Taken away, the company's applies again; both changes are audited. */
  g_assert_true (fd_store_set_site_setting (company.main, company.admin, "north", "office_printer", "", &error));
  value = fd_store_get_setting (company.north, "office_printer", NULL);
  g_assert_cmpstr (value, ==, "Office_Main");
  audit = fd_store_list_audit (company.main, company.admin, 50, &error);
  g_assert_no_error (error);
  {
    guint changes = 0;

    for (guint i = 0; i < audit->len; i++)
      {
        FdAuditEntry *entry = audit->pdata[i];

        if (g_str_equal (entry->action, "setting.change") && g_strcmp0 (entry->subject, "office_printer@north") == 0)
          changes++;
      }
    g_assert_cmpuint (changes, ==, 2);
  }
  /* A receptionist changes no setting, of any site. */
  {
    g_autoptr(FdSession) desk = fd_test_login (company.north, FD_ROLE_RECEPTIONIST);

    g_assert_false (fd_store_set_site_setting (company.north, desk, "north", "office_printer", "Mine", &error));
    g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
    g_clear_error (&error);
  }

  company_close (&company);
}

static char *
pdf_text (GBytes *pdf,
          int    *pages)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-evacuation-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "list.pdf", NULL);
  g_autofree char *info = NULL;
  char *text = NULL;
  const char *count;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  const char *info_argv[] = { "pdfinfo", path, NULL };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf), NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &text, NULL, NULL, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &info, NULL, NULL, NULL));
  count = strstr (info, "Pages:");
  g_assert_nonnull (count);
  *pages = atoi (count + strlen ("Pages:"));
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

/* The evacuation list is per site: each lobby's visitors on pages of
 * their own, titled with the site, for its own assembly point; a
 * receptionist prints their lobby's. */
static void
test_evacuation_per_site (void)
{
  Company company = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) desk_north = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  int pages = 0;

  company_open (&company);
  fd_test_add_visit (company.north, "北楼访客", "13900000001", company.north_host);
  fd_test_add_visit (company.main, "主楼访客", "13900000002", fd_test_host_id (company.main, "李娜", NULL));

  pdf = fd_store_evacuation_pdf (company.main, company.admin, FD_LANG_ZH, NULL, &error);
  g_assert_no_error (error);
  text = pdf_text (pdf, &pages);
  g_test_message ("%s", text);
  g_assert_cmpint (pages, ==, 2);
  g_assert_nonnull (strstr (text, "北楼大堂"));
  g_assert_nonnull (strstr (text, "北楼访客"));
  g_assert_nonnull (strstr (text, "主楼访客"));
  /* Each on its own page: the north page lists only its visitor. */
  {
    g_auto(GStrv) page = g_strsplit (text, "\f", -1);
    int north_page = strstr (page[0], "北楼大堂") != NULL ? 0 : 1;

    g_assert_nonnull (strstr (page[north_page], "北楼访客"));
    g_assert_null (strstr (page[north_page], "主楼访客"));
  }
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&pdf, g_bytes_unref);

  desk_north = fd_test_login (company.north, FD_ROLE_RECEPTIONIST);
  g_assert_cmpstr (fd_session_get_site (desk_north), ==, "north");
  pdf = fd_store_evacuation_pdf (company.north, desk_north, FD_LANG_EN, NULL, &error);
  text = pdf_text (pdf, &pages);
  g_assert_cmpint (pages, ==, 1);
  g_assert_nonnull (strstr (text, "North lobby"));
  g_assert_nonnull (strstr (text, "北楼访客"));
  g_assert_null (strstr (text, "主楼访客"));

  company_close (&company);
}

/* A site is named by a short code, from the station file; a station file
 * with a code that is not one is refused with the reason. */
static void
test_site_codes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fd-sites-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "station.conf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdConfig) config = NULL;

  g_assert_true (fd_site_code_is_valid ("north"));
  g_assert_true (fd_site_code_is_valid ("b2-lobby"));
  g_assert_false (fd_site_code_is_valid (""));
  g_assert_false (fd_site_code_is_valid ("North"));
  g_assert_false (fd_site_code_is_valid ("北楼"));
  g_assert_false (fd_site_code_is_valid ("-x"));
  g_assert_false (fd_site_code_is_valid ("a'b"));

  g_assert_true (g_file_set_contents (path, "[station]\nsite=North Lobby\n", -1, NULL));
  config = fd_config_load (path, &error);
  g_assert_null (config);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "site=North Lobby"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "[station]\nsite=north\n", -1, NULL));
  config = fd_config_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (config->site, ==, "north");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sites/each-lobby-its-own", test_each_lobby_its_own);
  g_test_add_func ("/sites/invitations", test_invitations_per_lobby);
  g_test_add_func ("/sites/settings", test_site_settings);
  g_test_add_func ("/sites/evacuation", test_evacuation_per_site);
  g_test_add_func ("/sites/codes", test_site_codes);
  return g_test_run ();
}
