/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store-parcels.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_PARCEL_ROW (fd_staff_parcel_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffParcelRow, fd_staff_parcel_row, FD, STAFF_PARCEL_ROW, GtkListBoxRow)

GtkWidget      *fd_staff_parcel_row_new        (const FdParcel   *parcel,
                                                gint64            now_ms,
                                                FdLang            lang);
const FdParcel *fd_staff_parcel_row_get_parcel (FdStaffParcelRow *self);

char           *fd_staff_parcel_time_text      (gint64            ms,
                                                gint64            now_ms) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
