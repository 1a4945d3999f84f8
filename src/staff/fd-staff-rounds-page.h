/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_ROUNDS_PAGE (fd_staff_rounds_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffRoundsPage, fd_staff_rounds_page, FD, STAFF_ROUNDS_PAGE, FdStaffPage)

GtkWidget *fd_staff_rounds_page_new (FdStore *store);

G_END_DECLS
