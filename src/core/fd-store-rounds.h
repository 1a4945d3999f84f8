/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* KPI-4: environment compliance, inspected weekly. */
#define FD_ROUNDS_KPI_TARGET 95

typedef enum {
  FD_ROUND_DAILY,         /* once a day */
  FD_ROUND_TWICE_DAILY,   /* restrooms: twice a day */
  FD_ROUND_TWICE_WEEKLY,  /* plants: 1–2 times a week */
  FD_ROUND_MONTHLY,       /* leaves wiped */
} FdRoundEvery;

/* A check of the environment rounds (ENV-1, ENV-2), and how it stands in
 * its period (today, this week or this month). */
typedef struct {
  const char   *key;        /* "desk-tidy" */
  const char   *sop;        /* "ENV-1" */
  FdRoundEvery  every;
  const char   *text;       /* untranslated: fd_tr() it */
  guint         needed;     /* checks in the period */
  guint         done;       /* of them, done and found in order */
  gboolean      problem;    /* the last check found a problem */
  char         *last_note;  /* what the problem was */
  gint64        last_ms;    /* the last check; 0: none in the period */
  char         *last_by;
} FdRoundCheck;

typedef enum {
  FD_INCIDENT_WATER,   /* water on the floor: a wet-floor sign, maintenance */
  FD_INCIDENT_BROKEN,  /* a broken item: out of the way, a replacement */
  FD_INCIDENT_OTHER,
} FdIncidentKind;

/* ENV-3: an incident and what was done about it. */
typedef struct {
  gint64          id;
  char           *site;
  FdIncidentKind  kind;
  char           *place;        /* "3 楼会议室门口" */
  char           *details;      /* NULL: none */
  gint64          at_ms;
  char           *recorded_by;
  gint64          host_id;      /* the colleague told: maintenance or administration; 0: nobody */
  char           *host_name;
  gint64          resolved_ms;  /* 0: open */
  char           *resolution;
} FdIncident;

void         fd_round_check_free      (FdRoundCheck     *check);
void         fd_incident_free         (FdIncident       *incident);
const char  *fd_incident_step         (FdIncidentKind    kind) G_GNUC_CONST;

GPtrArray   *fd_store_list_rounds     (FdStore          *self,
                                       const FdSession  *session,
                                       GError          **error);
gboolean     fd_store_check_round     (FdStore          *self,
                                       const FdSession  *session,
                                       const char       *key,
                                       gboolean          in_order,
                                       const char       *note,
                                       GError          **error);
gboolean     fd_store_rounds_kpi      (FdStore          *self,
                                       const FdSession  *session,
                                       guint            *done,
                                       guint            *needed,
                                       GError          **error);
gint64       fd_store_report_incident (FdStore          *self,
                                       const FdSession  *session,
                                       FdIncidentKind    kind,
                                       const char       *place,
                                       const char       *details,
                                       gint64            host_id,
                                       GError          **error);
GPtrArray   *fd_store_list_incidents  (FdStore          *self,
                                       const FdSession  *session,
                                       GError          **error);
gboolean     fd_store_resolve_incident (FdStore         *self,
                                       const FdSession  *session,
                                       gint64            id,
                                       const char       *resolution,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdRoundCheck, fd_round_check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdIncident, fd_incident_free)

G_END_DECLS
