/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_SUPPLIES_PAGE (fd_staff_supplies_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffSuppliesPage, fd_staff_supplies_page, FD, STAFF_SUPPLIES_PAGE, FdStaffPage)

GtkWidget *fd_staff_supplies_page_new (FdStore *store);

G_END_DECLS
