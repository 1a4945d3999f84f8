/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store-rounds.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_ROUND_ROW (fd_staff_round_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffRoundRow, fd_staff_round_row, FD, STAFF_ROUND_ROW, GtkListBoxRow)

GtkWidget *fd_staff_round_row_new (const FdRoundCheck *check,
                                   gint64              now_ms,
                                   FdLang              lang);
const char *fd_staff_round_row_get_key   (FdStaffRoundRow *self);
const char *fd_staff_round_row_get_title (FdStaffRoundRow *self);

G_END_DECLS
