/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_ADMIN_PAGE (fd_staff_admin_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffAdminPage, fd_staff_admin_page, FD, STAFF_ADMIN_PAGE, FdStaffPage)

GtkWidget *fd_staff_admin_page_new          (FdStore          *store);
void       fd_staff_admin_page_set_print_settings (FdStaffAdminPage      *self,
                                             const FdPrintSettings *settings);
void       fd_staff_admin_page_import_hosts (FdStaffAdminPage *self,
                                             const char       *path);

G_END_DECLS
