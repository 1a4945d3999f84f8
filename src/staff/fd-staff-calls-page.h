/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_CALLS_PAGE (fd_staff_calls_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffCallsPage, fd_staff_calls_page, FD, STAFF_CALLS_PAGE, FdStaffPage)

GtkWidget *fd_staff_calls_page_new (FdStore *store);

G_END_DECLS
