/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_WATCH_ROW (fd_staff_watch_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffWatchRow, fd_staff_watch_row, FD, STAFF_WATCH_ROW, GtkListBoxRow)

GtkWidget *fd_staff_watch_row_new (const FdWatch *watch,
                                   FdLang         lang);

G_END_DECLS
