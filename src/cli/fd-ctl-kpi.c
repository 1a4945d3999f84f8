/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include <stdlib.h>

#include "fd-ctl-json.h"
#include "fd-store-kpi.h"

/* frontdeskctl kpi [YYYY-MM]: the SOP's targets (section 8) for a month,
 * this month unless given. */

/* The month @text names ("2026-11"), or this one: its first moment and
 * the next month's. */
static gboolean
month_range (Ctl        *ctl,
             const char *text,
             gint64     *from_ms,
             gint64     *to_ms)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  int year, month;

  if (text == NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (fd_store_now_ms (ctl->store) / 1000);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);

      year = g_date_time_get_year (local);
      month = g_date_time_get_month (local);
    }
  else
    {
      char *end_of_year = NULL, *end_of_month = NULL;

      year = (int) strtol (text, &end_of_year, 10);
      if (end_of_year == text || *end_of_year != '-')
        return FALSE;
      month = (int) strtol (end_of_year + 1, &end_of_month, 10);
      if (*end_of_month != '\0' || year < 2000 || year > 9999 || month < 1 || month > 12)
        return FALSE;
    }
  start = g_date_time_new_local (year, month, 1, 0, 0, 0);
  end = start != NULL ? g_date_time_add_months (start, 1) : NULL;
  if (end == NULL)
    return FALSE;
  *from_ms = g_date_time_to_unix (start) * 1000;
  *to_ms = g_date_time_to_unix (end) * 1000;
  return TRUE;
}

static JsonNode *
kpis_to_json (const FdKpi *kpis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < FD_KPI_N; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kpi");
      json_builder_add_string_value (builder, kpis[i].sop);
      json_builder_set_member_name (builder, "counted");
      json_builder_add_int_value (builder, kpis[i].counted);
      json_builder_set_member_name (builder, "met");
      json_builder_add_int_value (builder, kpis[i].met);
      json_builder_set_member_name (builder, "target_percent");
      json_builder_add_int_value (builder, kpis[i].target);
      json_builder_set_member_name (builder, "target_met");
      if (kpis[i].counted > 0)
        json_builder_add_boolean_value (builder, fd_kpi_is_met (&kpis[i]));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

int
fd_ctl_run_kpi (Ctl   *ctl,
                int    argc,
                char **argv)
{
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  FdKpi kpis[FD_KPI_N];
  gint64 from = 0, to = 0;

  if (argc > 3)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
  if (!fd_ctl_open_store (ctl) || !fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!month_range (ctl, argc == 3 ? argv[2] : NULL, &from, &to))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("The month is written YYYY-MM, e.g. 2026-11.")));
  if (!fd_store_kpis (ctl->store, session, from, to, kpis, &error))
    return fd_ctl_fail_error (ctl, error);
  if (ctl->json)
    {
      fd_ctl_print_json (kpis_to_json (kpis));
      return FD_CTL_OK;
    }
  for (guint i = 0; i < FD_KPI_N; i++)
    {
      const char *verdict = kpis[i].counted == 0 ? fd_tr (ctl->lang, N_("nothing to measure yet"))
                            : fd_kpi_is_met (&kpis[i]) ? fd_tr (ctl->lang, N_("met"))
                            : fd_tr (ctl->lang, N_("below target"));

      /* KPI, what it measures, the share, met of counted, the target, the verdict. */
      g_print ("%s\t%s\t%d %%\t%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "\t≥ %d %%\t%s\n", kpis[i].sop,
               fd_tr (ctl->lang, fd_kpi_name (kpis[i].id)), fd_kpi_percent (&kpis[i]), kpis[i].met, kpis[i].counted,
               kpis[i].target, verdict);
    }
  g_print ("KPI-5\t%s\nKPI-6\t%s\n", fd_tr (ctl->lang, N_("meeting preparation: not recorded in Frontdesk")),
           fd_tr (ctl->lang, N_("training and reviews: not recorded in Frontdesk")));
  return FD_CTL_OK;
}
