/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-error.h"
#include "fd-store-calls.h"
#include "fd-store-sites.h"
#include "fd-test-util.h"

/* The telephone, TEL-1 to TEL-6, FAQ-2, FAQ-3 and KPI-3: the store's side
 * (the staff window's is test-ui-calls.c). */

static gint64
log_call (FdTestDesk      *desk,
          const char      *caller,
          const char      *phone,
          FdCallKind       kind,
          const char      *topic,
          FdCallTransfer   transfer,
          gint64           host,
          gboolean         late,
          GError         **error)
{
  FdCallIn in = { (char *) caller, "长江物流", (char *) phone, kind, (char *) topic, NULL, late, transfer, host };

  return fd_store_log_call (desk->store, desk->desk, &in, error);
}

/* TEL-3: the caller's name, company and number, the request type and
 * what they said, and the time; listed with today's calls.  What cannot
 * be recorded so is refused and stores nothing. */
static void
test_log (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) today = NULL;
  FdCallIn in = { " 张先生 ", " ", "138 1234 5678", FD_CALL_ENQUIRY, "价格咨询", "想了解 X1 型号的报价", FALSE,
                  FD_CALL_NOT_TRANSFERRED, 0 };
  FdCall *call;

  fd_test_desk_open (&desk);
  g_assert_cmpint (fd_store_log_call (desk.store, desk.desk, &in, &error), >, 0);
  g_assert_no_error (error);
  today = fd_store_list_calls (desk.store, desk.desk, FD_CALLS_TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (today->len, ==, 1);
  call = today->pdata[0];
  g_assert_cmpstr (call->caller, ==, "张先生");
  g_assert_null (call->company);
  g_assert_cmpstr (call->phone, ==, "13812345678");  /* as visitors' numbers are kept */
  g_assert_cmpint (call->kind, ==, FD_CALL_ENQUIRY);
  g_assert_cmpstr (call->topic, ==, "价格咨询");
  g_assert_cmpstr (call->details, ==, "想了解 X1 型号的报价");
  g_assert_cmpint (call->at_ms, ==, desk.now);
  g_assert_cmpstr (call->recorded_by, ==, "test-receptionist");
  g_assert_cmpint (call->follow_up, ==, FD_FOLLOW_UP_NONE);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'call.log'"), ==, 1);

  g_assert_cmpint (log_call (&desk, " ", NULL, FD_CALL_ENQUIRY, "价格咨询", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* no name */
  g_clear_error (&error);
  g_assert_cmpint (log_call (&desk, "李女士", NULL, FD_CALL_ENQUIRY, "", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* about nothing */
  g_clear_error (&error);
  g_assert_cmpint (log_call (&desk, "李女士", "12", FD_CALL_ENQUIRY, "面试预约", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* not a number */
  g_clear_error (&error);
  g_assert_cmpint (log_call (&desk, "李女士", NULL, FD_CALL_ENQUIRY, "面试预约", FD_CALL_TRANSFERRED, 0, FALSE, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* transferred to nobody */
  g_clear_error (&error);
  g_assert_cmpint (log_call (&desk, "李女士", NULL, FD_CALL_ENQUIRY, "面试预约", FD_CALL_TRANSFERRED, 9999, FALSE, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    FdCallIn kiosk = { "李女士", NULL, NULL, FD_CALL_ENQUIRY, "面试预约", NULL, FALSE, FD_CALL_NOT_TRANSFERRED, 0 };

    g_assert_cmpint (fd_store_log_call (desk.store, NULL, &kiosk, &error), ==, 0);
    g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);  /* the kiosk takes no calls */
    g_clear_error (&error);
  }
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM calls"), ==, 1);
}

/* TEL-4: a transfer not answered after 5 rings becomes a message; the
 * colleague gets the caller, the subject and the number, and the promise
 * of a call back, in the same transaction.  Without the caller's number
 * there is nothing to call back, and the message is refused. */
static void
test_message (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *subject = NULL;

  fd_test_desk_open (&desk);
  g_assert_cmpint (log_call (&desk, "赵先生", NULL, FD_CALL_REQUEST, "面试预约", FD_CALL_MESSAGE, desk.wang, FALSE,
                             &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (log_call (&desk, "赵先生", "13912345678", FD_CALL_REQUEST, "面试预约", FD_CALL_MESSAGE, desk.wang,
                             FALSE, &error), >, 0);
  g_assert_no_error (error);
  subject = fd_test_sql_text (fd_store_get_path (desk.store), "SELECT subject FROM outbox WHERE kind = 'call-message'");
  body = fd_test_sql_text (fd_store_get_path (desk.store), "SELECT body FROM outbox WHERE kind = 'call-message'");
  g_test_message ("%s", body);
  g_assert_cmpstr (subject, ==, "赵先生的电话留言");
  g_assert_true (g_str_has_prefix (body, "长江物流的赵先生于 2026-11-30 08:53 来电，未能联系到您。\n事由：面试预约\n"));
  g_assert_nonnull (strstr (body, "电话：13912345678\n"));
  g_assert_nonnull (strstr (body, "前台已告知对方您会尽快回电。"));
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM calls WHERE transfer = 'message' AND host_id IS NOT NULL"), ==, 1);
}

/* FAQ-2 and FAQ-3: a transferred enquiry and a complaint wait to be
 * followed up; resolving one needs its outcome, and says whether the
 * caller was satisfied; it is then no longer open, and cannot be resolved
 * twice. */
static void
test_follow_up (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) still = NULL;
  g_autoptr(GPtrArray) today = NULL;
  gint64 transferred, complaint;

  fd_test_desk_open (&desk);
  log_call (&desk, "钱先生", NULL, FD_CALL_ENQUIRY, "营业时间", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error);
  desk.now += 60 * 1000;
  transferred = log_call (&desk, "孙女士", NULL, FD_CALL_ENQUIRY, "技术参数", FD_CALL_TRANSFERRED, desk.wang, FALSE, &error);
  desk.now += 60 * 1000;
  complaint = log_call (&desk, "周先生", "13700001111", FD_CALL_COMPLAINT, "产品质量", FD_CALL_NOT_TRANSFERRED, 0,
                        FALSE, &error);
  g_assert_no_error (error);

  open = fd_store_list_calls (desk.store, desk.desk, FD_CALLS_FOLLOW_UP, &error);
  g_assert_cmpuint (open->len, ==, 2);
  g_assert_cmpint (((FdCall *) open->pdata[0])->id, ==, transferred);
  g_assert_cmpstr (((FdCall *) open->pdata[0])->host_name, ==, "王芳");
  g_assert_cmpint (((FdCall *) open->pdata[1])->id, ==, complaint);

  g_assert_false (fd_store_resolve_call (desk.store, desk.desk, complaint, " ", TRUE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  desk.now += 3600 * 1000;
  g_assert_true (fd_store_resolve_call (desk.store, desk.desk, complaint, "售后已回电并换货", TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (fd_store_resolve_call (desk.store, desk.desk, complaint, "again", TRUE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);

  still = fd_store_list_calls (desk.store, desk.desk, FD_CALLS_FOLLOW_UP, &error);
  g_assert_cmpuint (still->len, ==, 1);
  today = fd_store_list_calls (desk.store, desk.desk, FD_CALLS_TODAY, &error);
  g_assert_cmpuint (today->len, ==, 3);
  g_assert_cmpint (((FdCall *) today->pdata[0])->id, ==, complaint);  /* newest first */
  g_assert_cmpstr (((FdCall *) today->pdata[0])->outcome, ==, "售后已回电并换货");
  g_assert_true (((FdCall *) today->pdata[0])->satisfied);
  g_assert_cmpint (((FdCall *) today->pdata[0])->resolved_ms, ==, desk.now);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'call.resolve' "
                                   "AND detail = 'satisfied'"), ==, 1);
}

/* KPI-3: the share of calls answered within 3 rings, over a period. */
static void
test_kpi (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 calls = 0, in_time = 0;
  gint64 start = desk.now;

  fd_test_desk_open (&desk);
  start = desk.now;
  for (int i = 0; i < 4; i++)
    log_call (&desk, "吴先生", NULL, FD_CALL_ENQUIRY, "地址", FD_CALL_NOT_TRANSFERRED, 0, i == 2, &error);
  desk.now += 2 * FD_TEST_DAY_MS;
  log_call (&desk, "郑女士", NULL, FD_CALL_ENQUIRY, "地址", FD_CALL_NOT_TRANSFERRED, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (fd_store_count_calls (desk.store, desk.desk, start, start + FD_TEST_DAY_MS, &calls, &in_time, &error));
  g_assert_cmpint (calls, ==, 4);
  g_assert_cmpint (in_time, ==, 3);
  g_assert_true (fd_store_count_calls (desk.store, desk.desk, start, desk.now + 1, &calls, &in_time, &error));
  g_assert_cmpint (calls, ==, 5);
  g_assert_cmpint (in_time, ==, 3);
}

/* A call belongs to the lobby whose desk took it; calls are purged as
 * visits are, but not while something is left to follow up. */
static void
test_sites_and_purge (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  g_autoptr(FdStore) north = NULL;
  g_autoptr(FdSession) north_desk = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  gint64 open;

  fd_test_desk_open (&desk);
  admin = fd_test_login (desk.store, FD_ROLE_ADMIN);
  g_assert_true (fd_store_put_site (desk.store, admin, "north", "北楼大堂", "North lobby", &error));
  log_call (&desk, "冯先生", NULL, FD_CALL_ENQUIRY, "地址", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error);
  open = log_call (&desk, "陈女士", NULL, FD_CALL_COMPLAINT, "服务态度", FD_CALL_NOT_TRANSFERRED, 0, FALSE, &error);
  g_assert_no_error (error);

  north = fd_store_open (fd_store_get_path (desk.store), &error);
  g_assert_no_error (error);
  fd_store_set_station_site (north, "north");
  fd_store_set_clock (north, fd_test_clock, &desk.now);
  north_desk = fd_test_login (north, FD_ROLE_RECEPTIONIST);
  seen = fd_store_list_calls (north, north_desk, FD_CALLS_TODAY, &error);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_false (fd_store_resolve_call (north, north_desk, open, "不是本楼的", FALSE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  {
    FdCallIn in = { "褚先生", NULL, NULL, FD_CALL_ENQUIRY, "停车", NULL, FALSE, FD_CALL_NOT_TRANSFERRED, 0 };

    g_assert_cmpint (fd_store_log_call (north, north_desk, &in, &error), >, 0);
  }
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM calls WHERE site = 'north'"), ==, 1);

  desk.now += 100 * FD_TEST_DAY_MS;
  g_assert_true (fd_store_purge (desk.store, admin, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM calls"), ==, 1);  /* the open complaint */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/calls/log", test_log);
  g_test_add_func ("/calls/message", test_message);
  g_test_add_func ("/calls/follow-up", test_follow_up);
  g_test_add_func ("/calls/kpi", test_kpi);
  g_test_add_func ("/calls/sites-and-purge", test_sites_and_purge);
  return g_test_run ();
}
