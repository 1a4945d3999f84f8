/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store-calls.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_CALL_ROW (fd_staff_call_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffCallRow, fd_staff_call_row, FD, STAFF_CALL_ROW, GtkListBoxRow)

GtkWidget    *fd_staff_call_row_new      (const FdCall   *call,
                                          FdLang          lang);
const FdCall *fd_staff_call_row_get_call (FdStaffCallRow *self);
const char   *fd_staff_call_kind_text    (FdCallKind      kind,
                                          FdLang          lang);

G_END_DECLS
