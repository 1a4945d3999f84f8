/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_LEFT_ROW (fd_staff_left_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffLeftRow, fd_staff_left_row, FD, STAFF_LEFT_ROW, GtkListBoxRow)

GtkWidget *fd_staff_left_row_new       (const FdVisit  *visit,
                                        FdLang          lang);
gboolean   fd_staff_visit_owes_badge   (const FdVisit  *visit);

G_END_DECLS
