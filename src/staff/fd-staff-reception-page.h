/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_RECEPTION_PAGE (fd_staff_reception_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffReceptionPage, fd_staff_reception_page, FD, STAFF_RECEPTION_PAGE, FdStaffPage)

GtkWidget *fd_staff_reception_page_new         (FdStore               *store);
void       fd_staff_reception_page_set_print_settings (FdStaffReceptionPage  *self,
                                                const FdPrintSettings *settings);
GPtrArray *fd_staff_reception_page_get_visits  (FdStaffReceptionPage  *self);
GPtrArray *fd_staff_reception_page_get_alerts  (FdStaffReceptionPage  *self);
GtkWidget *fd_staff_reception_page_find_row    (FdStaffReceptionPage  *self,
                                                gint64                 visit_id);

G_END_DECLS
