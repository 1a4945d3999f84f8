/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-staff-task-dialog.h"
#include "fd-store-parcels.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_HAND_OVER_DIALOG (fd_staff_hand_over_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffHandOverDialog, fd_staff_hand_over_dialog, FD, STAFF_HAND_OVER_DIALOG, FdStaffTaskDialog)

void     fd_staff_hand_over_dialog_run_async  (GtkWindow           *parent,
                                               FdStore             *store,
                                               const FdSession     *session,
                                               const FdParcel      *parcel,
                                               FdLang               lang,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean fd_staff_hand_over_dialog_run_finish (GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
