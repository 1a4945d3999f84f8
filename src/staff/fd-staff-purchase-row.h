/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store-supplies.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_PURCHASE_ROW (fd_staff_purchase_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffPurchaseRow, fd_staff_purchase_row, FD, STAFF_PURCHASE_ROW, GtkListBoxRow)

GtkWidget *fd_staff_purchase_row_new (const FdPurchase *purchase,
                                      gint64            now_ms,
                                      FdLang            lang);

G_END_DECLS
