/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_INVITATION_ROW (fd_staff_invitation_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffInvitationRow, fd_staff_invitation_row, FD, STAFF_INVITATION_ROW, GtkListBoxRow)

GtkWidget *fd_staff_invitation_row_new (const FdInvitation *invitation,
                                        const char         *today,
                                        FdLang              lang);

G_END_DECLS
