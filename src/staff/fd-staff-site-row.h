/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_SITE_ROW (fd_staff_site_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffSiteRow, fd_staff_site_row, FD, STAFF_SITE_ROW, GtkListBoxRow)

GtkWidget *fd_staff_site_row_new (const char    *text,
                                  const FdVisit *overstay,
                                  FdLang         lang);

G_END_DECLS
