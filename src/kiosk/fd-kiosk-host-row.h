/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_HOST_ROW (fd_kiosk_host_row_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskHostRow, fd_kiosk_host_row, FD, KIOSK_HOST_ROW, GtkListBoxRow)

GtkWidget *fd_kiosk_host_row_new (const FdHost *host);

G_END_DECLS
