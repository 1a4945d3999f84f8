/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-error.h"
#include "fd-store-rounds.h"
#include "fd-store-sites.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* The environment rounds, ENV-1 to ENV-3 and KPI-4: the store's side. */

static FdRoundCheck *
find (GPtrArray  *rounds,
      const char *key)
{
  for (guint i = 0; i < rounds->len; i++)
    if (g_str_equal (((FdRoundCheck *) rounds->pdata[i])->key, key))
      return rounds->pdata[i];
  g_assert_not_reached ();
}

static GPtrArray *
rounds (FdTestDesk *desk)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = fd_store_list_rounds (desk->store, desk->desk, &error);

  g_assert_no_error (error);
  return list;
}

static void
check (FdTestDesk *desk,
       const char *key)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_store_check_round (desk->store, desk->desk, key, TRUE, NULL, &error));
  g_assert_no_error (error);
}

/* ENV-1, ENV-2: every check of the SOP, due in its period: the desk and
 * the corridors daily, the restrooms twice a day, the plants twice a week,
 * the leaves monthly; a check done counts in its period only; a problem
 * needs a note and leaves the check not done; an unknown check and the
 * kiosk are refused. */
static void
test_checks (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GPtrArray) tomorrow = NULL;
  FdRoundCheck *restrooms;

  fd_test_desk_open (&desk);  /* Monday 2026-11-30, 08:53 */
  today = rounds (&desk);
  g_assert_cmpuint (today->len, ==, 8);
  g_assert_cmpstr (find (today, "desk-tidy")->sop, ==, "ENV-1");
  g_assert_cmpstr (find (today, "restrooms")->sop, ==, "ENV-2");
  g_assert_cmpuint (find (today, "restrooms")->needed, ==, 2);
  g_assert_cmpuint (find (today, "plants-water")->needed, ==, 2);
  g_assert_cmpint (find (today, "plants-leaves")->every, ==, FD_ROUND_MONTHLY);
  for (guint i = 0; i < today->len; i++)
    g_assert_cmpuint (((FdRoundCheck *) today->pdata[i])->done, ==, 0);
  g_clear_pointer (&today, g_ptr_array_unref);

  check (&desk, "desk-tidy");
  check (&desk, "restrooms");
  check (&desk, "plants-water");
  g_assert_false (fd_store_check_round (desk.store, desk.desk, "restrooms", FALSE, " ", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* a problem without a word */
  g_clear_error (&error);
  desk.now += 6 * 3600 * 1000;  /* the afternoon round: the floor is wet */
  g_assert_true (fd_store_check_round (desk.store, desk.desk, "restrooms", FALSE, "地面有水", &error));
  g_assert_no_error (error);
  g_assert_false (fd_store_check_round (desk.store, desk.desk, "windows", TRUE, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (fd_store_check_round (desk.store, NULL, "desk-tidy", TRUE, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);

  today = rounds (&desk);
  g_assert_cmpuint (find (today, "desk-tidy")->done, ==, 1);
  restrooms = find (today, "restrooms");
  g_assert_cmpuint (restrooms->done, ==, 1);  /* the second found a problem */
  g_assert_true (restrooms->problem);
  g_assert_cmpstr (restrooms->last_note, ==, "地面有水");
  g_assert_cmpstr (restrooms->last_by, ==, "test-receptionist");
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'round.check'"), ==, 4);

  /* The next day: the daily checks are due again, the plants' week goes on. */
  desk.now += FD_TEST_DAY_MS;
  tomorrow = rounds (&desk);
  g_assert_cmpuint (find (tomorrow, "desk-tidy")->done, ==, 0);
  g_assert_cmpuint (find (tomorrow, "restrooms")->done, ==, 0);
  g_assert_false (find (tomorrow, "restrooms")->problem);
  g_assert_cmpuint (find (tomorrow, "plants-water")->done, ==, 1);
}

/* KPI-4: of the last 7 days' checks, the share done and found in order;
 * a problem does not count, nor a second check beyond what is due. */
static void
test_kpi (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  guint done = 0, needed = 0;
  static const char * const daily[] = { "desk-tidy", "desk-files", "desk-devices", "corridors", "meeting-rooms" };

  fd_test_desk_open (&desk);
  g_assert_true (fd_store_rounds_kpi (desk.store, desk.desk, &done, &needed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (needed, ==, 5 * 7 + 14 + 2);  /* five daily, restrooms twice a day, plants twice */
  g_assert_cmpuint (done, ==, 0);

  /* Seven days of rounds, all in order but one afternoon's restrooms. */
  desk.now -= 6 * FD_TEST_DAY_MS;
  for (int day = 0; day < 7; day++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (daily); i++)
        check (&desk, daily[i]);
      check (&desk, "desk-tidy");  /* twice: counts once */
      check (&desk, "restrooms");
      if (day == 3)
        g_assert_true (fd_store_check_round (desk.store, desk.desk, "restrooms", FALSE, "纸巾用完", &error));
      else
        check (&desk, "restrooms");
      if (day == 1 || day == 4)
        check (&desk, "plants-water");
      desk.now += FD_TEST_DAY_MS;
    }
  desk.now -= FD_TEST_DAY_MS;
  g_assert_true (fd_store_rounds_kpi (desk.store, desk.desk, &done, &needed, &error));
  g_assert_cmpuint (needed, ==, 51);
  g_assert_cmpuint (done, ==, 50);  /* 98 %, above the target of 95 % */
  g_assert_cmpuint (done * 100, >=, FD_ROUNDS_KPI_TARGET * needed);

  /* A week later nothing of it counts. */
  desk.now += 7 * FD_TEST_DAY_MS;
  g_assert_true (fd_store_rounds_kpi (desk.store, desk.desk, &done, &needed, &error));
  g_assert_cmpuint (done, ==, 0);
}

/* ENV-3: an incident with the SOP's first step; the colleague told by a
 * real mail server in their language; resolved once with what was done;
 * each site sees its own. */
static void
test_incidents (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *mails = NULL;
  gint64 leak, chair, maintenance;
  FdIncident *incident;

  fd_test_desk_open (&desk);
  fd_test_desk_use_smtp (&desk, &smtp);
  maintenance = fd_test_host_id (desk.store, "陈静", NULL);  /* 行政部 */
  g_assert_cmpint (fd_store_report_incident (desk.store, desk.desk, FD_INCIDENT_WATER, " ", NULL, 0, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* nowhere */
  g_clear_error (&error);
  g_assert_cmpint (fd_store_report_incident (desk.store, desk.desk, FD_INCIDENT_WATER, "大堂", NULL, 9999, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  leak = fd_store_report_incident (desk.store, desk.desk, FD_INCIDENT_WATER, "二楼走廊", "空调漏水", maintenance, &error);
  g_assert_no_error (error);
  desk.now += 60000;
  chair = fd_store_report_incident (desk.store, desk.desk, FD_INCIDENT_BROKEN, "3 号会议室", "椅子腿断了",
                                    fd_test_host_id (desk.store, "Anna Schmidt", NULL), &error);
  g_assert_no_error (error);

  open = fd_store_list_incidents (desk.store, desk.desk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 2);
  incident = open->pdata[0];
  g_assert_cmpint (incident->id, ==, leak);
  g_assert_cmpint (incident->kind, ==, FD_INCIDENT_WATER);
  g_assert_cmpstr (incident->place, ==, "二楼走廊");
  g_assert_cmpstr (incident->details, ==, "空调漏水");
  g_assert_cmpstr (incident->host_name, ==, "陈静");
  g_assert_cmpint (incident->resolved_ms, ==, 0);

  mails = fd_test_desk_deliver (&desk, &smtp, 2);
  g_assert_nonnull (strstr (mails, "<chen.jing@example.com>\n地面有水：二楼走廊\n"));
  g_assert_nonnull (strstr (mails, "空调漏水\n在前方 1 米处放置“小心地滑”警示牌，并联系维修人员。\n"));
  g_assert_nonnull (strstr (mails, "<anna.schmidt@example.com>\nBroken item: 3 号会议室\n"));
  g_assert_nonnull (strstr (mails, "Move it out of the way and ask the administration department for a replacement.\n"));

  g_assert_false (fd_store_resolve_incident (desk.store, desk.desk, leak, " ", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (fd_store_resolve_incident (desk.store, desk.desk, leak, "维修已处理，地面已擦干", &error));
  g_assert_false (fd_store_resolve_incident (desk.store, desk.desk, leak, "again", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* once */
  g_clear_error (&error);
  after = fd_store_list_incidents (desk.store, desk.desk, &error);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpint (((FdIncident *) after->pdata[0])->id, ==, chair);  /* open first */
  g_assert_cmpstr (((FdIncident *) after->pdata[1])->resolution, ==, "维修已处理，地面已擦干");
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'incident.%'"), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rounds/checks", test_checks);
  g_test_add_func ("/rounds/kpi", test_kpi);
  g_test_add_func ("/rounds/incidents", test_incidents);
  return g_test_run ();
}
