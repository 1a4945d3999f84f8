/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-kiosk-host-picker.h"
#include "fd-signature-pad.h"
#include "fd-staff-window.h"
#include "fd-store-supplies.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"
#include "fd-ui.h"

/* The supplies page of the staff window, SUP-1 to SUP-3 and FAQ-4, as a
 * receptionist uses it, in both languages, with screenshots: an item put
 * on the stock sheet, today's count, pens given out checked and signed
 * for, an employee asking for more than the stock holds and waiting for
 * the purchase, the purchase requested from the administration
 * department, and its arrival. */

static void
screenshot (GtkWidget     *window,
            const char    *name,
            gconstpointer  data)
{
  g_autofree char *file = g_strdup_printf ("staff-supplies-%s-%s", name, fd_lang_code (fd_test_lang (data)));

  fd_test_ui_iterate (300);
  fd_test_ui_screenshot (window, file);
}

/* The button named @name of the row whose action targets @id in the list
 * named @list of the supplies page. */
static GtkWidget *
row_button (FdStaffWindow *staff,
            const char    *list,
            gint64         id,
            const char    *name)
{
  GtkWidget *page = fd_staff_window_get_page (staff, "supplies");

  for (GtkWidget *row = gtk_widget_get_first_child (fd_test_ui_named (page, list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *button = fd_ui_find_named (row, name);
      GVariant *target = button != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)) : NULL;

      if (target != NULL && g_variant_get_int64 (target) == id)
        return button;
    }
  return NULL;
}

static void
pick (GtkWidget  *dialog,
      const char *picker,
      const char *name)
{
  fd_test_ui_type (GTK_WIDGET (gtk_widget_get_template_child (fd_ui_find_named (dialog, picker),
                                                              FD_TYPE_KIOSK_HOST_PICKER, "host_entry")),
                   name);
  fd_test_ui_iterate (200);
}

static void
set_number (GtkWidget  *dialog,
            const char *name,
            double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (fd_ui_find_named (dialog, name)), value);
}

static void
test_supplies (gconstpointer data)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / 1000;
  gint64 pens, paper, staples, purchase;
  FdStaffWindow *staff;
  GtkWidget *dialog;
  static const double stroke[] = { 40, 120, 90, 60, 140, 130, 200, 70, 260, 140, 330, 80 };

  /* Paper was last counted yesterday; the pens today. */
  fd_store_set_clock (store, fd_test_clock, &now);
  now -= FD_TEST_DAY_MS;
  paper = fd_store_add_supply (store, fd_test_staff (), "A4 纸", "包", 8, 2, 10, &error);
  now += FD_TEST_DAY_MS;
  pens = fd_store_add_supply (store, fd_test_staff (), "中性笔", "支", 12, 10, 50, &error);
  g_assert_no_error (error);

  staff = fd_test_staff_open (store, fd_test_lang (data));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  fd_staff_window_show_view (staff, "supplies");
  g_assert_true (fd_test_ui_text_shows (staff, T ("2 种物品 · 0 种低于最低库存 · 1 种今天未盘点",
                                                  "2 items · 0 below the minimum · 1 not counted today")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("库存：12 支 · 最低 10", "In stock: 12 支 · minimum 10")));

  /* SUP-2: a new item on the sheet, below its minimum from the start. */
  dialog = fd_test_ui_open_dialog (fd_test_ui_named (staff, "supply-add"), "supply-dialog");
  fd_test_ui_click (fd_ui_find_named (dialog, "supply-dialog-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请填写物品名称和单位", "Please give the item's name and unit")));
  fd_test_ui_type (fd_ui_find_named (dialog, "supply-name"), "订书钉");
  fd_test_ui_type (fd_ui_find_named (dialog, "supply-unit"), "盒");
  set_number (dialog, "supply-quantity", 3);
  set_number (dialog, "supply-minimum", 5);
  set_number (dialog, "supply-restock", 20);
  screenshot (dialog, "add", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "supply-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM supplies", 3);
  staples = fd_test_sql (fd_store_get_path (store), "SELECT id FROM supplies WHERE name = '订书钉'");
  g_assert_true (fd_test_ui_text_shows (staff, T ("库存：3 盒 · 最低 5 · 需采购 17 盒", "In stock: 3 盒 · minimum 5 · to buy 17 盒")));
  g_assert_nonnull (row_button (staff, "supplies-sheet", staples, "supply-request"));

  /* SUP-2: today's count of the paper. */
  dialog = fd_test_ui_open_dialog (row_button (staff, "supplies-sheet", paper, "supply-count"), "count-dialog");
  g_assert_true (fd_test_ui_text_shows (dialog, T ("A4 纸：库存表记录为 8 包。", "A4 纸: the stock sheet says 8 包.")));
  set_number (dialog, "count-quantity", 6);
  fd_test_ui_click (fd_ui_find_named (dialog, "count-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT quantity FROM supplies WHERE name = 'A4 纸'", 6);
  g_assert_true (fd_test_ui_text_shows (staff, T ("盘点已保存：A4 纸，6 包。", "Count saved: A4 纸, 6 包.")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("3 种物品 · 1 种低于最低库存 · 0 种今天未盘点",
                                                  "3 items · 1 below the minimum · 0 not counted today")));

  /* SUP-1: 3 pens for 刘洋, checked and signed for. */
  dialog = fd_test_ui_open_dialog (row_button (staff, "supplies-sheet", pens, "supply-issue"), "issue-dialog");
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请选择领用人", "Please choose who takes it")));
  pick (dialog, "issue-employee", "刘洋");
  set_number (dialog, "issue-quantity", 3);
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请先检查物品", "Please check the item first")));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "issue-checked")), TRUE);
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请对方在框内签名", "Please have them sign in the box")));
  fd_signature_pad_write (FD_SIGNATURE_PAD (fd_ui_find_named (dialog, "issue-signature")), stroke,
                          G_N_ELEMENTS (stroke) / 2);
  screenshot (dialog, "issue", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-save"));
  fd_test_ui_wait_sql (store, "SELECT quantity FROM supplies WHERE name = '中性笔'", 9);
  g_assert_true (fd_test_ui_text_shows (staff, T ("刘洋 领用了 3 支中性笔并已签字。", "刘洋 took 3 支 of 中性笔 and signed for it.")));
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store), "SELECT COUNT(*) FROM supply_moves m JOIN hosts h "
                                "ON h.id = m.host_id WHERE m.kind = 'issue' AND h.name = '刘洋' AND m.quantity = 3 "
                                "AND m.signature IS NOT NULL"), ==, 1);

  /* FAQ-4: 王芳 wants 20; 9 are left.  What to say, and she waits. */
  dialog = fd_test_ui_open_dialog (row_button (staff, "supplies-sheet", pens, "supply-issue"), "issue-dialog");
  pick (dialog, "issue-employee", "王芳");
  set_number (dialog, "issue-quantity", 20);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (fd_ui_find_named (dialog, "issue-checked")), TRUE);
  fd_signature_pad_write (FD_SIGNATURE_PAD (fd_ui_find_named (dialog, "issue-signature")), stroke,
                          G_N_ELEMENTS (stroke) / 2);
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("中性笔只剩 9 支。", "Only 9 支 of 中性笔 left.")));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("“不好意思，中性笔暂时短缺，我已经申请采购了，预计明天到。”",
                                                   "“Sorry, 中性笔 is short at the moment. I have requested a purchase; it should arrive tomorrow.”")));
  screenshot (dialog, "short", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "issue-wait"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM supply_waits", 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("中性笔到货后会通知 王芳。", "王芳 will be told when 中性笔 arrives.")));
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store), "SELECT quantity FROM supplies WHERE name = '中性笔'"), ==, 9);

  /* SUP-3: the purchase, to 陈静 of the administration department. */
  dialog = fd_test_ui_open_dialog (row_button (staff, "supplies-sheet", pens, "supply-request"), "purchase-dialog");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (fd_ui_find_named (dialog, "purchase-quantity"))),
                   ==, 41);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fd_ui_find_named (dialog, "purchase-purpose"))), ==,
                   T ("库存低于最低库存", "Stock below the minimum"));
  fd_test_ui_click (fd_ui_find_named (dialog, "purchase-dialog-save"));
  g_assert_true (fd_test_ui_text_shows (dialog, T ("请选择行政部的同事", "Please choose the colleague in the administration department")));
  pick (dialog, "purchase-colleague", "陈静");
  screenshot (dialog, "request", data);
  fd_test_ui_click (fd_ui_find_named (dialog, "purchase-dialog-save"));
  fd_test_ui_wait_sql (store, "SELECT COUNT(*) FROM purchase_requests WHERE quantity = 41 AND state = 'open'", 1);
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store), "SELECT COUNT(*) FROM outbox WHERE kind = 'purchase-request'"),
                   >=, 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("已申请采购中性笔", "Purchase of 中性笔 requested")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("中性笔，41 支", "中性笔, 41 支")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("已申请 41 支 · 1 人在等", "41 支 requested · 1 waiting for it")));
  screenshot (GTK_WIDGET (staff), "page", data);

  /* The purchase arrives: into the stock, and 王芳 is told. */
  purchase = fd_test_sql (fd_store_get_path (store), "SELECT id FROM purchase_requests");
  fd_test_ui_click (row_button (staff, "supplies-purchases", purchase, "purchase-received"));
  fd_test_ui_wait_sql (store, "SELECT quantity FROM supplies WHERE name = '中性笔'", 50);
  g_assert_cmpint (fd_test_sql (fd_store_get_path (store), "SELECT COUNT(*) FROM outbox WHERE kind = 'supply-arrived'"),
                   >=, 1);
  g_assert_true (fd_test_ui_text_shows (staff, T ("没有待到货的采购。", "No purchase is waiting.")));
  g_assert_true (fd_test_ui_text_shows (staff, T ("库存：50 支 · 最低 10", "In stock: 50 支 · minimum 10")));
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
      g_autofree char *path = g_strdup_printf ("/ui-supplies/%s/sheet-count-issue-request", en ? "en" : "zh");

      g_test_add_data_func (path, GINT_TO_POINTER (en), test_supplies);
    }
  return g_test_run ();
}
