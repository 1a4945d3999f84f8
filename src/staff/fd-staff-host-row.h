/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_HOST_ROW (fd_staff_host_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffHostRow, fd_staff_host_row, FD, STAFF_HOST_ROW, GtkListBoxRow)

GtkWidget *fd_staff_host_row_new (const FdHost *host,
                              FdLang        lang);

G_END_DECLS
