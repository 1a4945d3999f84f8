/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"
#include "fd-store-sites.h"
#include "fd-store-supplies.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* Office supplies, SUP-1 to SUP-3 and FAQ-4: the store's side (the staff
 * window's is test-ui-supplies.c). */

static FdSupply *
find (FdTestDesk *desk,
      gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sheet = fd_store_list_supplies (desk->store, desk->desk, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < sheet->len; i++)
    if (((FdSupply *) sheet->pdata[i])->id == id)
      return fd_supply_copy (sheet->pdata[i]);
  g_assert_not_reached ();
}

static gboolean
issue (FdTestDesk  *desk,
       gint64       supply,
       gint64       host,
       gint64       quantity,
       gboolean     checked,
       const char  *signature,
       GError     **error)
{
  FdSupplyIssue in = { supply, host, quantity, checked, signature };

  return fd_store_issue_supply (desk->store, desk->desk, &in, error);
}

/* SUP-2: the stock sheet shows each item's quantity, minimum and the
 * quantity to buy; the daily count replaces the quantity, is dated and
 * keeps what the sheet said before.  What cannot be an item is refused. */
static void
test_stock_sheet (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sheet = NULL;
  g_autoptr(FdSupply) pens = NULL;
  g_autoptr(FdSupply) counted = NULL;
  gint64 pen, paper;

  fd_test_desk_open (&desk);
  pen = fd_store_add_supply (desk.store, desk.desk, " 中性笔 ", "支", 30, 10, 50, &error);
  g_assert_no_error (error);
  paper = fd_store_add_supply (desk.store, desk.desk, "A4 纸", "包", 8, 2, 10, &error);
  g_assert_no_error (error);
  sheet = fd_store_list_supplies (desk.store, desk.desk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sheet->len, ==, 2);
  pens = find (&desk, pen);
  g_assert_cmpstr (pens->name, ==, "中性笔");
  g_assert_cmpstr (pens->unit, ==, "支");
  g_assert_cmpint (pens->quantity, ==, 30);
  g_assert_cmpint (pens->minimum, ==, 10);
  g_assert_false (fd_supply_is_low (pens));
  g_assert_cmpint (fd_supply_to_buy (pens), ==, 0);
  g_assert_true (fd_supply_counted_today (pens, desk.now));  /* counted as it was put on the sheet */

  /* The next day's count: 5 pens on the shelf, below the minimum of 10. */
  desk.now += FD_TEST_DAY_MS;
  g_clear_pointer (&pens, fd_supply_free);
  pens = find (&desk, pen);
  g_assert_false (fd_supply_counted_today (pens, desk.now));
  g_assert_true (fd_store_count_supply (desk.store, desk.desk, pen, 5, &error));
  g_assert_no_error (error);
  counted = find (&desk, pen);
  g_assert_cmpint (counted->quantity, ==, 5);
  g_assert_true (fd_supply_counted_today (counted, desk.now));
  g_assert_true (fd_supply_is_low (counted));
  g_assert_cmpint (fd_supply_to_buy (counted), ==, 45);  /* back to 50 */
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT quantity_before FROM supply_moves WHERE kind = 'count'"), ==, 30);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'supply.count' "
                                            "AND detail = '30 -> 5'"), ==, 1);

  g_assert_cmpint (fd_store_add_supply (desk.store, desk.desk, "中性笔", "支", 1, 1, 1, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* on the sheet already */
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_supply (desk.store, desk.desk, " ", "支", 1, 1, 1, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_supply (desk.store, desk.desk, "订书钉", "盒", 5, 10, 4, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* restocking below the minimum */
  g_clear_error (&error);
  g_assert_cmpint (fd_store_add_supply (desk.store, desk.desk, "订书钉", "盒", -1, 1, 4, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_count_supply (desk.store, desk.desk, paper, -3, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_count_supply (desk.store, NULL, paper, 3, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);  /* not at the kiosk */
  g_clear_error (&error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT quantity FROM supplies WHERE name = 'A4 纸'"), ==, 8);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM supplies"), ==, 2);
}

/* SUP-1: an employee takes an item only checked and signed for; who, what,
 * how many and when are kept with the signature.  More than the stock
 * holds is refused (FAQ-4) and changes nothing. */
static void
test_issue (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSupply) pens = NULL;
  g_autofree char *signature = NULL;
  gint64 pen;

  fd_test_desk_open (&desk);
  pen = fd_store_add_supply (desk.store, desk.desk, "中性笔", "支", 12, 10, 50, &error);
  g_assert_no_error (error);

  g_assert_false (issue (&desk, pen, desk.wang, 2, FALSE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* not checked */
  g_clear_error (&error);
  g_assert_false (issue (&desk, pen, desk.wang, 2, TRUE, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* not signed */
  g_clear_error (&error);
  g_assert_false (issue (&desk, pen, desk.wang, 2, TRUE, "500,500", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* a tap is no signature */
  g_clear_error (&error);
  g_assert_false (issue (&desk, pen, desk.wang, 0, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (issue (&desk, pen, 9999, 2, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (issue (&desk, pen, desk.wang, 13, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* FAQ-4: only 12 left */
  g_assert_nonnull (strstr (error->message, "12"));
  g_clear_error (&error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM supply_moves"), ==, 0);

  desk.now += 60000;
  g_assert_true (issue (&desk, pen, desk.wang, 3, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_no_error (error);
  pens = find (&desk, pen);
  g_assert_cmpint (pens->quantity, ==, 9);
  g_assert_true (fd_supply_is_low (pens));
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM supply_moves m JOIN hosts h ON h.id = m.host_id "
                                            "WHERE m.kind = 'issue' AND m.quantity = 3 AND m.quantity_before = 12 "
                                            "AND h.name = '王芳' AND m.recorded_by = 'test-receptionist' "
                                            "AND m.at_ms = 1796000060000"), ==, 1);
  signature = fd_test_sql_text (fd_store_get_path (desk.store), "SELECT signature FROM supply_moves");
  g_assert_cmpstr (signature, ==, FD_TEST_SIGNATURE);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'supply.issue' "
                                            "AND detail = '12 -> 9'"), ==, 1);
}

/* SUP-3: below the minimum, a purchase request (item, quantity, purpose)
 * goes to the administration colleague; the sheet's quantity to buy then
 * counts it.  FAQ-4: an employee waiting for the item is told when the
 * purchase arrives, once; the stock grows by the purchase, once. */
static void
test_purchase (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSupply) pens = NULL;
  g_autoptr(FdSupply) received = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autofree char *remembered = NULL;
  FdPurchase *purchase;
  gint64 pen, request, admin, zhang;
  guint told = 99;

  fd_test_desk_open (&desk);
  admin = fd_test_host_id (desk.store, "陈静", NULL);  /* 行政部 */
  zhang = fd_test_host_id (desk.store, "刘洋", NULL);
  pen = fd_store_add_supply (desk.store, desk.desk, "中性笔", "支", 5, 10, 50, &error);
  g_assert_no_error (error);

  g_assert_cmpint (fd_store_request_purchase (desk.store, desk.desk, pen, 0, "补货", admin, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fd_store_request_purchase (desk.store, desk.desk, pen, 45, " ", admin, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* no purpose */
  g_clear_error (&error);
  request = fd_store_request_purchase (desk.store, desk.desk, pen, 45, "库存低于最低库存，日常办公用", admin, &error);
  g_assert_no_error (error);
  g_assert_cmpint (request, >, 0);
  pens = find (&desk, pen);
  g_assert_cmpint (pens->requested, ==, 45);
  g_assert_cmpint (fd_supply_to_buy (pens), ==, 0);  /* requested already */
  remembered = fd_store_get_setting (desk.store, "supplies_purchase_host", "");
  g_assert_cmpint (g_ascii_strtoll (remembered, NULL, 10), ==, admin);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE kind = 'purchase-request'"), >=, 1);

  /* FAQ-4: 刘洋 wants 10 pens; there are 5.  He waits for the purchase. */
  g_assert_false (issue (&desk, pen, zhang, 10, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_true (fd_store_wait_for_supply (desk.store, desk.desk, pen, zhang, &error));
  g_assert_true (fd_store_wait_for_supply (desk.store, desk.desk, pen, zhang, &error));  /* once */
  g_assert_no_error (error);
  g_clear_pointer (&pens, fd_supply_free);
  pens = find (&desk, pen);
  g_assert_cmpint (pens->waiting, ==, 1);

  open = fd_store_list_purchases (desk.store, desk.desk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 1);
  purchase = open->pdata[0];
  g_assert_cmpint (purchase->id, ==, request);
  g_assert_cmpstr (purchase->supply_name, ==, "中性笔");
  g_assert_cmpint (purchase->quantity, ==, 45);
  g_assert_cmpstr (purchase->purpose, ==, "库存低于最低库存，日常办公用");
  g_assert_cmpstr (purchase->host_name, ==, "陈静");
  g_assert_cmpint (purchase->state, ==, FD_PURCHASE_OPEN);

  g_assert_true (fd_store_receive_purchase (desk.store, desk.desk, request, &told, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (told, ==, 1);
  received = find (&desk, pen);
  g_assert_cmpint (received->quantity, ==, 50);
  g_assert_cmpint (received->requested, ==, 0);
  g_assert_cmpint (received->waiting, ==, 0);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE kind = 'supply-arrived'"), >=, 1);
  g_assert_false (fd_store_receive_purchase (desk.store, desk.desk, request, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* not twice */
  g_clear_error (&error);
  g_clear_pointer (&received, fd_supply_free);
  received = find (&desk, pen);
  g_assert_cmpint (received->quantity, ==, 50);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = fd_store_list_purchases (desk.store, desk.desk, &error);
  g_assert_cmpuint (open->len, ==, 0);
}

/* SUP-3 and FAQ-4 by mail: a real SMTP server receives the purchase
 * request in the colleague's language, and the arrival in the waiting
 * employee's. */
static void
test_mail (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *mails = NULL;
  gint64 pen, request, anna;

  fd_test_desk_open (&desk);
  fd_test_desk_use_smtp (&desk, &smtp);
  anna = fd_test_host_id (desk.store, "Anna Schmidt", NULL);

  pen = fd_store_add_supply (desk.store, desk.desk, "中性笔", "支", 5, 10, 50, &error);
  request = fd_store_request_purchase (desk.store, desk.desk, pen, 45, "库存低于最低库存", desk.wang, &error);
  g_assert_true (fd_store_wait_for_supply (desk.store, desk.desk, pen, anna, &error));
  g_assert_true (fd_store_receive_purchase (desk.store, desk.desk, request, NULL, &error));
  g_assert_no_error (error);

  mails = fd_test_desk_deliver (&desk, &smtp, 2);
  g_assert_nonnull (strstr (mails, "<wang.fang@example.com>\n采购申请：中性笔\n"));
  g_assert_nonnull (strstr (mails, "物品：中性笔，数量：45 支\n用途：库存低于最低库存\n库存：5 支；最低库存为 10 支。\n"));
  g_assert_nonnull (strstr (mails, "<anna.schmidt@example.com>\n中性笔 has arrived at reception\n"));
  g_assert_nonnull (strstr (mails, "Hello, the 中性笔 you asked for has arrived. Please collect it at reception.\n"));
}

/* Each site keeps its own stock sheet; the purge removes employees'
 * signatures for supplies as old as visits it removes, and keeps the sheet. */
static void
test_sites_and_purge (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  g_autoptr(FdStore) north = NULL;
  g_autoptr(FdSession) north_desk = NULL;
  g_autoptr(GPtrArray) main_sheet = NULL;
  g_autoptr(GPtrArray) north_sheet = NULL;
  gint64 pen;

  fd_test_desk_open (&desk);
  admin = fd_test_login (desk.store, FD_ROLE_ADMIN);
  g_assert_true (fd_store_put_site (desk.store, admin, "north", "北楼大堂", "North lobby", &error));
  pen = fd_store_add_supply (desk.store, desk.desk, "中性笔", "支", 30, 10, 50, &error);
  g_assert_true (issue (&desk, pen, desk.wang, 1, TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_no_error (error);

  north = fd_store_open (fd_store_get_path (desk.store), &error);
  g_assert_no_error (error);
  fd_store_set_station_site (north, "north");
  fd_store_set_clock (north, fd_test_clock, &desk.now);
  north_desk = fd_test_login (north, FD_ROLE_RECEPTIONIST);
  g_assert_cmpint (fd_store_add_supply (north, north_desk, "中性笔", "支", 3, 10, 50, &error), >, 0);
  g_assert_no_error (error);
  main_sheet = fd_store_list_supplies (desk.store, desk.desk, &error);
  north_sheet = fd_store_list_supplies (north, north_desk, &error);
  g_assert_cmpuint (main_sheet->len, ==, 1);
  g_assert_cmpuint (north_sheet->len, ==, 1);
  g_assert_cmpint (((FdSupply *) main_sheet->pdata[0])->quantity, ==, 29);
  g_assert_cmpint (((FdSupply *) north_sheet->pdata[0])->quantity, ==, 3);
  g_assert_false (fd_store_count_supply (north, north_desk, pen, 1, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);  /* another lobby's item */
  g_clear_error (&error);

  desk.now += 100 * FD_TEST_DAY_MS;
  g_assert_true (fd_store_purge (desk.store, admin, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM supply_moves WHERE signature IS NOT NULL"), ==, 0);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM supplies"), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/supplies/stock-sheet", test_stock_sheet);
  g_test_add_func ("/supplies/issue", test_issue);
  g_test_add_func ("/supplies/purchase", test_purchase);
  g_test_add_func ("/supplies/mail", test_mail);
  g_test_add_func ("/supplies/sites-and-purge", test_sites_and_purge);
  return g_test_run ();
}
