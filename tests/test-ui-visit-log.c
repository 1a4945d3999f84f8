/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The visit log page at the desk (issue "Fast at any size"): the newest
 * visits first, fifty at a time with "Load more", the total count, and a
 * visitor found by a Chinese given name, the last four digits of a phone
 * number or the company (REG-2's fields). */

static gint64 fake_now;

static void
add (FdStore    *store,
     const char *name,
     const char *phone,
     const char *company,
     gint64      host)
{
  fake_now += 60 * 1000;
  fd_test_add_visit_full (store, name, phone, company, host, fake_now);
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static char *
row_text (GtkListBox *list,
          int         index)
{
  return fd_test_ui_collect_text (GTK_WIDGET (gtk_list_box_get_row_at_index (list, index)));
}

static void
search (FdStaffWindow *staff,
        const char    *text)
{
  GtkWidget *entry = fd_test_ui_named (staff, "log-search");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  fd_test_ui_type (entry, text);
  fd_test_ui_click (fd_test_ui_named (staff, "log-search-button"));
  fd_test_ui_iterate (300);
}

static void
test_visit_log_pages (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  FdStaffWindow *staff;
  GtkListBox *results;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *file = g_strdup_printf ("staff-log-pages-%s", fd_lang_code (fd_test_lang (data)));

  fake_now = g_get_real_time () / 1000 - 200LL * 24 * 3600 * 1000;
  fd_store_set_clock (store, fd_test_clock, &fake_now);
  for (int i = 0; i < 60; i++)
    {
      g_autofree char *phone = g_strdup_printf ("138000000%02d", i);

      add (store, "王芳芳", phone, "星河科技", host);
      fake_now += 3LL * 24 * 3600 * 1000;  /* one every three days */
    }
  add (store, "李小明", "13900005678", "长江物流", host);
  fake_now = g_get_real_time () / 1000;

  staff = fd_staff_window_new (NULL, store, fd_test_lang (data));
  gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_ui_iterate (100);
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_staff_window_show_view (staff, "log");
  results = GTK_LIST_BOX (fd_test_ui_named (staff, "log-results"));

  /* This month's visit first, half a year ago's not on the first page. */
  search (staff, "芳芳");
  g_assert_cmpuint (n_rows (results), ==, 50);
  first = row_text (results, 0);
  g_assert_nonnull (strstr (first, "13800000059"));
  g_assert_true (fd_test_ui_text_shows (staff, T ("共找到 60 条来访，显示最新 50 条", "Newest 50 of 60 visits found")));
  g_assert_true (gtk_widget_get_visible (fd_test_ui_named (staff, "log-more")));
  fd_test_ui_screenshot (GTK_WIDGET (staff), file);

  /* "Load more": the ten oldest follow, and the button goes. */
  fd_test_ui_click (fd_test_ui_named (staff, "log-more"));
  fd_test_ui_iterate (300);
  g_assert_cmpuint (n_rows (results), ==, 60);
  last = row_text (results, 59);
  g_assert_nonnull (strstr (last, "13800000000"));
  g_assert_false (gtk_widget_get_visible (fd_test_ui_named (staff, "log-more")));

  /* The given name, the last four digits, the company. */
  for (guint i = 0; i < 3; i++)
    {
      const char *texts[] = { "小明", "5678", "长江" };
      g_autofree char *only = NULL;

      search (staff, texts[i]);
      g_assert_cmpuint (n_rows (results), ==, 1);
      only = row_text (results, 0);
      g_assert_nonnull (strstr (only, "李小明"));
    }
  fd_test_staff_close (staff);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_data_func ("/visit-log/newest-first-paged/zh_CN", GINT_TO_POINTER (FD_LANG_ZH), test_visit_log_pages);
  g_test_add_data_func ("/visit-log/newest-first-paged/en", GINT_TO_POINTER (FD_LANG_EN), test_visit_log_pages);
  return g_test_run ();
}
