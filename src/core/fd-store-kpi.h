/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* The SOP's targets (section 8), as Frontdesk measures them. */
typedef enum {
  FD_KPI_SATISFACTION,  /* KPI-1: visitors who answered "satisfied" at check-out */
  FD_KPI_ACCURACY,      /* KPI-2: registrations never corrected */
  FD_KPI_CALLS,         /* KPI-3: calls answered within 3 rings */
  FD_KPI_ENVIRONMENT,   /* KPI-4: checks of the rounds done and in order, last 7 days */
  FD_KPI_N,
} FdKpiId;

typedef struct {
  FdKpiId     id;
  const char *sop;      /* "KPI-1" */
  gint64      counted;  /* what was measured; 0: nothing yet */
  gint64      met;      /* of it, what meets the SOP */
  int         target;   /* the share, in percent, at least */
} FdKpi;

const char *fd_kpi_name   (FdKpiId           id) G_GNUC_CONST;
gboolean  fd_kpi_is_met   (const FdKpi      *kpi);
int       fd_kpi_percent  (const FdKpi      *kpi);

gboolean  fd_store_kpis   (FdStore          *self,
                           const FdSession  *session,
                           gint64            from_ms,
                           gint64            to_ms,
                           FdKpi             kpis[FD_KPI_N],
                           GError          **error);

G_END_DECLS
