/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-error.h"
#include "fd-store-calls.h"
#include "fd-store-kpi.h"
#include "fd-store-rounds.h"
#include "fd-test-util.h"

/* The SOP's targets, KPI-1 to KPI-4, from what the desk recorded, in the
 * store and through frontdeskctl kpi. */

static gint64
visit (FdTestDesk *desk,
       const char *name,
       int         satisfaction)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fd_test_add_visit (desk->store, name, "13912345678", desk->wang);

  if (satisfaction > 0)
    g_assert_true (fd_store_set_satisfaction (desk->store, id, satisfaction, &error));
  g_assert_no_error (error);
  return id;
}

static void
call (FdTestDesk *desk,
      gboolean    late)
{
  g_autoptr(GError) error = NULL;
  FdCallIn in = { "张先生", NULL, NULL, FD_CALL_ENQUIRY, "价格咨询", NULL, late, FD_CALL_NOT_TRANSFERRED, 0 };

  g_assert_cmpint (fd_store_log_call (desk->store, desk->desk, &in, &error), >, 0);
}

/* This month (November 2026): 20 visits, of which 10 answered at
 * check-out, 9 "satisfied"; one registration corrected twice, another
 * once; 50 calls, one answered late; one day of rounds.  What came before
 * the month does not count. */
static void
test_month (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  g_autofree char *out = NULL, *err = NULL, *json = NULL, *json_err = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  FdKpi kpis[FD_KPI_N];
  gint64 first = 0, corrected = 0, start, end;
  JsonArray *array;

  fd_test_desk_open (&desk);  /* 2026-11-30 08:53 */
  admin = fd_test_login (desk.store, FD_ROLE_ADMIN);
  desk.now -= 40 * FD_TEST_DAY_MS;  /* October: not this month */
  visit (&desk, "十月访客", 1);
  call (&desk, TRUE);
  desk.now += 40 * FD_TEST_DAY_MS;
  for (int i = 0; i < 20; i++)
    {
      gint64 id = visit (&desk, "访客", i < 9 ? 3 : i == 9 ? 1 : 0);

      first = first > 0 ? first : id;
      corrected = id;
    }
  g_assert_true (fd_store_correct_visit (desk.store, admin, first, "name", "访客甲", &error));
  g_assert_true (fd_store_correct_visit (desk.store, admin, first, "company", "长江物流", &error));
  g_assert_true (fd_store_correct_visit (desk.store, admin, corrected, "name", "访客乙", &error));
  g_assert_no_error (error);
  for (int i = 0; i < 50; i++)
    call (&desk, i == 0);
  g_assert_true (fd_store_check_round (desk.store, desk.desk, "corridors", TRUE, NULL, &error));

  start = 1793462400000;  /* 2026-11-01 00:00 in Shanghai */
  end = 1796054400000;    /* 2026-12-01 00:00 */
  g_assert_true (fd_store_kpis (desk.store, desk.desk, start, end, kpis, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kpis[FD_KPI_SATISFACTION].sop, ==, "KPI-1");
  g_assert_cmpint (kpis[FD_KPI_SATISFACTION].counted, ==, 10);
  g_assert_cmpint (kpis[FD_KPI_SATISFACTION].met, ==, 9);
  g_assert_true (fd_kpi_is_met (&kpis[FD_KPI_SATISFACTION]));  /* 90 % */
  g_assert_cmpint (kpis[FD_KPI_ACCURACY].counted, ==, 20);
  g_assert_cmpint (kpis[FD_KPI_ACCURACY].met, ==, 18);
  g_assert_cmpint (fd_kpi_percent (&kpis[FD_KPI_ACCURACY]), ==, 90);
  g_assert_false (fd_kpi_is_met (&kpis[FD_KPI_ACCURACY]));  /* below 95 % */
  g_assert_cmpint (kpis[FD_KPI_CALLS].counted, ==, 50);
  g_assert_cmpint (kpis[FD_KPI_CALLS].met, ==, 49);
  g_assert_true (fd_kpi_is_met (&kpis[FD_KPI_CALLS]));  /* 98 % */
  g_assert_cmpint (kpis[FD_KPI_ENVIRONMENT].counted, ==, 51);
  g_assert_cmpint (kpis[FD_KPI_ENVIRONMENT].met, ==, 1);

  /* The same through frontdeskctl, in Chinese and as JSON. */
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (desk.store), "1357", &out, &err, "--lang", "zh_CN", "--user",
                                   "test-receptionist", "kpi", "2026-11", NULL), ==, 0);
  g_test_message ("%s%s", out, err);
  g_assert_nonnull (strstr (out, "KPI-1\t来访满意度（签离时的评价）\t90 %\t9/10\t≥ 90 %\t达标\n"));
  g_assert_nonnull (strstr (out, "KPI-2\t登记准确率（未被更正的登记）\t90 %\t18/20\t≥ 95 %\t未达标\n"));
  g_assert_nonnull (strstr (out, "KPI-3\t3 声内接听的电话\t98 %\t49/50\t≥ 98 %\t达标\n"));
  g_assert_nonnull (strstr (out, "KPI-5\t"));
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (desk.store), "1357", &json, &json_err, "--user",
                                   "test-receptionist", "--json", "kpi", "2026-11", NULL), ==, 0);
  parsed = json_from_string (json, &error);
  g_assert_no_error (error);
  array = json_node_get_array (parsed);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1), "kpi"), ==, "KPI-2");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (array, 1), "target_met"));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 2), "met"), ==, 49);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (desk.store), "1357", &out, &err, "--user", "test-receptionist",
                                   "kpi", "2026-13", NULL), !=, 0);  /* no such month */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kpi/month", test_month);
  return g_test_run ();
}
