/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_LOG_ROW (fd_staff_log_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffLogRow, fd_staff_log_row, FD, STAFF_LOG_ROW, GtkListBoxRow)

GtkWidget     *fd_staff_log_row_new       (FdVisit       *visit,
                                           FdLang         lang);
const FdVisit *fd_staff_log_row_get_visit (FdStaffLogRow *self);

G_END_DECLS
