/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-kiosk-host-picker.h"
#include "fd-staff-window.h"
#include "fd-store-rounds.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The environment page of the staff window, ENV-1 to ENV-3 and KPI-4, as a
 * receptionist uses it, in both languages, with screenshots: a check done,
 * a problem noted, an incident reported with the SOP's first step and the
 * colleague told, and resolved. */

static void
screenshot (GtkWidget     *window,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-rounds-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (300);
  fd_test_ui_screenshot (window, file);
}

/* The button named @name whose action targets @target in the list named
 * @list of the environment page. */
static GtkWidget *
row_button (FdStaffWindow *staff,
            const char    *list,
            GVariant      *target,
            const char    *name)
{
  GtkWidget *page = fd_staff_window_get_page (staff, "rounds");
  g_autoptr(GVariant) wanted = g_variant_ref_sink (target);

  for (GtkWidget *row = gtk_widget_get_first_child (fd_test_ui_named (page, list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *button = fd_ui_find_named (row, name);
      GVariant *value = button != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)) : NULL;

      if (value != NULL && g_variant_equal (value, wanted))
        return button;
    }
  return NULL;
}

static void
test_rounds (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 now = g_get_real_time () / 1000;
  gint64 incident;
  FdStaffWindow *staff;
  GtkWidget *dialog;

  fd_store_set_clock (store, fd_test_clock, &now);
  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_staff_window_show_view (staff, "rounds");
  g_assert_true (fd_test_ui_text_shows (staff, T ("最近 7 天：51 项检查中 0 项已完成且合格：0 %（目标 95 %）",
                                                  "Last 7 days: 0 of 51 checks done and in order: 0 % (target 95 %)")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("前台台面整洁、无杂物（ENV-1，每天）",
                                                  "Front desk clean and clutter-free (ENV-1, daily)")));

  /* ENV-1: the desk is tidy. */
  fd_test_ui_click (row_button (staff, "rounds-checks", g_variant_new_string ("desk-tidy"), "round-ok"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM env_checks WHERE item = 'desk-tidy' AND ok = 1", 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("最近 7 天：51 项检查中 1 项已完成且合格：1 %",
                                                  "Last 7 days: 1 of 51 checks done and in order: 1 %")));

  /* ENV-2: the restrooms' floor is wet. */
  dialog = fd_test_ui_open_dialog (row_button (staff, "rounds-checks", g_variant_new_string ("restrooms"), "round-problem"),
                        "note-dialog");
  g_assert_true (fd_test_ui_text_shows (dialog, T ("卫生间已检查", "Restrooms checked")));
  fd_test_ui_click (fd_ui_find_named (dialog, "note-dialog-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请说明问题。", "Please say what is wrong.")));
  fd_test_ui_type (fd_ui_find_named (dialog, "note-text"), T ("地面有水", "water on the floor"));
  screenshot (dialog, "problem", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "note-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM env_checks WHERE item = 'restrooms' AND ok = 0", 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("问题：地面有水", "problem: water on the floor")));

  /* ENV-3: reported, with the SOP's first step; 陈静 is told. */
  dialog = fd_test_ui_open_dialog (fd_test_ui_named (staff, "incident-report"), "incident-dialog");
  g_assert_true (fd_test_ui_text_shows (dialog, T ("在前方 1 米处放置“小心地滑”警示牌，并联系维修人员。",
                                                   "Put a wet-floor sign 1 m in front of it and call maintenance.")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (fd_ui_find_named (dialog, "incident-kind")), FD_INCIDENT_BROKEN);
  g_assert_true (fd_test_ui_text_shows (dialog, T ("将其移到不碍事的地方，并请行政部更换。",
                                                   "Move it out of the way and ask the administration department")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (fd_ui_find_named (dialog, "incident-kind")), FD_INCIDENT_WATER);
  fd_test_ui_click (fd_ui_find_named (dialog, "incident-dialog-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请说明地点。", "Please say where it is.")));
  fd_test_ui_type (fd_ui_find_named (dialog, "incident-place"), T ("二楼洗手间", "2nd floor restroom"));
  fd_test_ui_type (fd_ui_find_named (dialog, "incident-details"), T ("空调漏水", "air-conditioner leak"));
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, "incident-colleague"),
                                                              FD_TYPE_KIOSK_HOST_PICKER, "host_entry")),
                   "陈静");
  fd_test_ui_iterate (200);
  screenshot (dialog, "incident", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "incident-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM env_incidents WHERE kind = 'water' AND host_id IS NOT NULL", 1);
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store), "SELECT COUNT(*) FROM outbox WHERE kind = 'incident'"), >=, 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("已报告，正在通知 陈静。", "Incident reported; 陈静 is being told.")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("地面有水 · 二楼洗手间", "Water on the floor · 2nd floor restroom")));
  screenshot (GTK_WIDGET (staff), "page", data);

  /* Resolved, once, with what was done. */
  incident = fd_test_sql (fd_store_get_path (store), "SELECT id FROM env_incidents");
  dialog = fd_test_ui_open_dialog (row_button (staff, "rounds-incidents", g_variant_new_int64 (incident), "incident-resolve"),
                        "note-dialog");
  fd_test_ui_type (fd_ui_find_named (dialog, "note-text"), T ("维修已处理，地面已擦干", "fixed, floor dried"));
  fd_test_ui_click (fd_ui_find_named (dialog, "note-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM env_incidents WHERE resolved_ms IS NOT NULL", 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("已解决：维修已处理，地面已擦干", "resolved: fixed, floor dried")));
  {
    GtkWidget *resolve = row_button (staff, "rounds-incidents", g_variant_new_int64 (incident), "incident-resolve");

    g_assert_true (resolve == NULL || !gtk_widget_get_visible (resolve));  /* once */
  }
  screenshot (GTK_WIDGET (staff), "done", data);
  fd_test_store_settle (store);
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
      g_autofree char *path = g_strdup_printf ("/ui-rounds/%s/check-problem-incident", en ? "en" : "zh");

      g_test_add_data_func (path, GINT_TO_POINTER (en), test_rounds);
    }
  return g_test_run ();
}
