/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_LOG_PAGE (fd_staff_log_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffLogPage, fd_staff_log_page, FD, STAFF_LOG_PAGE, FdStaffPage)

GtkWidget *fd_staff_log_page_new          (FdStore        *store);
void       fd_staff_log_page_focus_search (FdStaffLogPage *self);

G_END_DECLS
