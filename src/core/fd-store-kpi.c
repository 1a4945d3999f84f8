/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-kpi.h"

#include <string.h>

#include "fd-store-calls.h"
#include "fd-store-private.h"
#include "fd-store-rounds.h"
#include "fd-store-sites.h"

/*
 * The SOP's targets (section 8) over a period, from what the front desk
 * records: KPI-1 the check-out answers, KPI-2 the registrations against
 * their audited corrections, KPI-3 the calls, KPI-4 the environment rounds
 * (always the last 7 days: the SOP inspects weekly).  KPI-5 (meeting
 * preparation) and KPI-6 (training, reviews) are not recorded here.
 */

#define SATISFIED 3  /* the kiosk's "Satisfied" (fd_store_set_satisfaction) */

/* What the KPI measures, untranslated: fd_tr() it. */
const char *
fd_kpi_name (FdKpiId id)
{
  switch (id)
    {
    case FD_KPI_SATISFACTION:
      return N_("Visitor satisfaction (answers at check-out)");
    case FD_KPI_ACCURACY:
      return N_("Registration accuracy (registrations never corrected)");
    case FD_KPI_CALLS:
      return N_("Calls answered within 3 rings");
    case FD_KPI_ENVIRONMENT:
    case FD_KPI_N:
    default:
      return N_("Environment rounds done and in order (last 7 days)");
    }
}

gboolean
fd_kpi_is_met (const FdKpi *kpi)
{
  return kpi->counted > 0 && kpi->met * 100 >= (gint64) kpi->target * kpi->counted;
}

/* The share met, in whole percent rounded down (97.9 % is not 98 %). */
int
fd_kpi_percent (const FdKpi *kpi)
{
  return kpi->counted > 0 ? (int) (kpi->met * 100 / kpi->counted) : 0;
}

/**
 * fd_store_kpis:
 * @from_ms: the period's start, inclusive
 * @to_ms: its end, exclusive
 * @kpis: (out caller-allocates): indexed by FdKpiId
 *
 * The KPIs of the site @session looks at (all sites for security and
 * administrators looking at all).  A registration counts as accurate when
 * it was never corrected (fd_store_correct_visit()).
 */
gboolean
fd_store_kpis (FdStore          *self,
               const FdSession  *session,
               gint64            from_ms,
               gint64            to_ms,
               FdKpi             kpis[FD_KPI_N],
               GError          **error)
{
  const char *site = fd_session_get_site (session);
  gint64 corrected = 0;
  guint done = 0, needed = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  memset (kpis, 0, sizeof (FdKpi) * FD_KPI_N);
  kpis[FD_KPI_SATISFACTION] = (FdKpi) { FD_KPI_SATISFACTION, "KPI-1", 0, 0, 90 };
  kpis[FD_KPI_ACCURACY] = (FdKpi) { FD_KPI_ACCURACY, "KPI-2", 0, 0, 95 };
  kpis[FD_KPI_CALLS] = (FdKpi) { FD_KPI_CALLS, "KPI-3", 0, 0, FD_CALL_KPI_TARGET };
  kpis[FD_KPI_ENVIRONMENT] = (FdKpi) { FD_KPI_ENVIRONMENT, "KPI-4", 0, 0, FD_ROUNDS_KPI_TARGET };
  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "kpi", error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM visits WHERE visit_ms >= ? AND visit_ms < ? AND (site = ? OR ? = '') "
                        "AND satisfaction IS NOT NULL",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site), FD_DB_S (site)),
                        &kpis[FD_KPI_SATISFACTION].counted, error) &&
       fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM visits WHERE visit_ms >= ? AND visit_ms < ? AND (site = ? OR ? = '') "
                        "AND satisfaction = ?",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site), FD_DB_S (site),
                                    FD_DB_I (SATISFIED)),
                        &kpis[FD_KPI_SATISFACTION].met, error) &&
       fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM visits WHERE visit_ms >= ? AND visit_ms < ? AND (site = ? OR ? = '')",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site), FD_DB_S (site)),
                        &kpis[FD_KPI_ACCURACY].counted, error) &&
       /* A correction comes after the registration, so the audit log is
        * read from the period's start on. */
       fd_db_query_int (self->db,
                        "SELECT COUNT(DISTINCT a.subject) FROM audit_log a JOIN visits v ON a.subject = 'visit:' || v.id "
                        "WHERE a.action = 'visit.correct' AND a.at_ms >= ? AND v.visit_ms >= ? AND v.visit_ms < ? "
                        "AND (v.site = ? OR ? = '')",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site),
                                    FD_DB_S (site)),
                        &corrected, error);
  STORE_UNLOCK (self);
  kpis[FD_KPI_ACCURACY].met = kpis[FD_KPI_ACCURACY].counted - corrected;
  ok = ok &&
       fd_store_count_calls (self, session, from_ms, to_ms, &kpis[FD_KPI_CALLS].counted, &kpis[FD_KPI_CALLS].met,
                             error) &&
       fd_store_rounds_kpi (self, session, &done, &needed, error);
  kpis[FD_KPI_ENVIRONMENT].counted = needed;
  kpis[FD_KPI_ENVIRONMENT].met = done;
  return ok;
}
