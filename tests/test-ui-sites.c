/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* A company with two lobbies, as the staff window shows it: security
 * looks at every site or one; a receptionist at the north lobby's desk
 * sees that lobby, named in the window's bar.  In both languages, with a
 * screenshot of each. */

static void
screenshot (FdStaffWindow *staff,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-sites-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (200);
  fd_test_ui_screenshot (GTK_WIDGET (staff), file);
}

static gboolean
choice_filled (gpointer choice)
{
  fd_test_ui_iterate (20);
  return gtk_widget_get_visible (choice);
}

/* What the site choice shows. */
static const char *
chosen (GtkDropDown *choice)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (choice);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} Absent;

static gboolean
text_gone (gpointer user_data)
{
  Absent *absent = user_data;
  g_autofree char *all = fd_test_ui_collect_text (absent->root);

  fd_test_ui_iterate (20);
  return strstr (all, absent->text) == NULL;
}

/* REC-1 at every lobby, for the people who look after all of them: the
 * security page lists everyone on every site, then one site's visitors
 * and stations; the receptionist of the north lobby sees its visitors. */
static void
test_security_and_reception (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdStore) north = NULL;
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(FdHost) host = fd_host_new ();
  g_autoptr(GError) error = NULL;
  GtkDropDown *choice;
  FdStaffWindow *staff;
  Absent absent;
  gint64 north_host;

  g_assert_true (fd_store_put_site (store, admin, "main", "主楼大堂", "Main lobby", &error));
  g_assert_true (fd_store_put_site (store, admin, "north", "北楼大堂", "North lobby", &error));
  north = fd_store_open (fd_store_get_path (store), &error);
  g_assert_no_error (error);
  fd_store_set_station_site (north, "north");
  host->name = g_strdup ("赵北");
  host->department = g_strdup ("北楼研发部");
  host->site = g_strdup ("north");
  north_host = fd_store_add_host (store, admin, host, &error);
  g_assert_no_error (error);
  fd_test_add_visit (north, "北楼访客", "13900000001", north_host);
  fd_test_add_visit (store, "主楼访客", "13900000002", fd_test_host_id (store, "王芳", NULL));
  g_assert_true (fd_store_station_alive (north, "北楼自助机", "kiosk", TRUE, NULL));
  g_assert_true (fd_store_station_alive (store, "主楼前台", "both", TRUE, NULL));

  /* Security: every site first, the choice in the bar. */
  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_SECURITY);
  fd_staff_window_show_view (staff, "security");
  choice = GTK_DROP_DOWN (fd_test_ui_named (staff, "site"));
  g_assert_true (fd_test_wait_until (choice_filled, choice, 10000));
  g_assert_cmpstr (chosen (choice), ==, T ("所有地点", "All sites"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (choice)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (choice)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (choice)), ==, 3);
  g_assert_true (fd_test_ui_text_shows (staff, "北楼访客"));
  g_assert_true (fd_test_ui_text_shows (staff, "主楼访客"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("工作站：2 个，全部在线", "Stations: 2, all online")));
  /* Every site at once: each visitor and station says which lobby. */
  g_assert_true (fd_test_ui_text_shows (staff, T ("拜访 赵北 · 北楼大堂", "visiting 赵北 · North lobby")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("— 在线 · 主楼大堂", "— online · Main lobby")));
  screenshot (staff, "all", data);

  /* One site: the north lobby (sites are listed by code: main, north). */
  gtk_drop_down_set_selected (choice, 2);
  g_assert_cmpstr (chosen (choice), ==, T ("北楼大堂", "North lobby"));
  absent = (Absent) { GTK_WIDGET (staff), "主楼访客" };
  g_assert_true (fd_test_wait_until (text_gone, &absent, 10000));
  g_assert_true (fd_test_ui_text_shows (staff, "北楼访客"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("工作站：1 个，全部在线", "Stations: 1, all online")));
  absent = (Absent) { GTK_WIDGET (staff), T (" · 北楼大堂", " · North lobby") };
  g_assert_true (text_gone (&absent));  /* one site: no need to say it */
  screenshot (staff, "north", data);
  fd_test_store_settle (store);
  fd_test_staff_close (staff);

  /* The north lobby's receptionist, at that lobby's desk. */
  staff = fd_test_staff_open (north, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  choice = GTK_DROP_DOWN (fd_test_ui_named (staff, "site"));
  g_assert_true (fd_test_wait_until (choice_filled, choice, 10000));
  g_assert_cmpstr (chosen (choice), ==, T ("北楼大堂", "North lobby"));
  g_assert_true (fd_test_ui_text_shows (staff, "北楼访客"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (choice)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (choice)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (choice)), ==, 1);
  absent = (Absent) { GTK_WIDGET (staff), "主楼访客" };
  g_assert_true (text_gone (&absent));
  screenshot (staff, "reception-north", data);
  fd_test_store_settle (north);
  fd_test_staff_close (staff);
}

/* One site, as most companies have: no choice is shown. */
static void
test_one_site (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  FdStaffWindow *staff = fd_test_staff_open (store, fd_test_lang (data));

  fd_test_staff_login (staff, FD_ROLE_SECURITY);
  fd_test_ui_iterate (300);
  fd_test_store_settle (store);
  g_assert_false (gtk_widget_get_visible (fd_test_ui_named (staff, "site")));
  fd_test_staff_close (staff);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  for (int en = 0; en <= 1; en++)
    {
      g_autofree char *both = g_strdup_printf ("/ui-sites/%s/security-and-reception", en ? "en" : "zh");
      g_autofree char *one = g_strdup_printf ("/ui-sites/%s/one-site", en ? "en" : "zh");

      g_test_add_data_func (both, GINT_TO_POINTER (en), test_security_and_reception);
      g_test_add_data_func (one, GINT_TO_POINTER (en), test_one_site);
    }
  return g_test_run ();
}
