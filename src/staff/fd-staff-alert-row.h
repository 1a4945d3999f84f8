/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_ALERT_ROW (fd_staff_alert_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffAlertRow, fd_staff_alert_row, FD, STAFF_ALERT_ROW, GtkListBoxRow)

GtkWidget *fd_staff_alert_row_new (const FdAlert *alert,
                                   FdLang         lang,
                                   const char    *action_name);
char      *fd_staff_alert_text    (FdLang         lang,
                                   const FdAlert *alert) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
