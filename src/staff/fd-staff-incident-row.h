/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store-rounds.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_INCIDENT_ROW (fd_staff_incident_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffIncidentRow, fd_staff_incident_row, FD, STAFF_INCIDENT_ROW, GtkListBoxRow)

GtkWidget *fd_staff_incident_row_new (const FdIncident *incident,
                                      gint64            now_ms,
                                      FdLang            lang);
gint64      fd_staff_incident_row_get_id    (FdStaffIncidentRow *self);
const char *fd_staff_incident_row_get_title (FdStaffIncidentRow *self);

G_END_DECLS
