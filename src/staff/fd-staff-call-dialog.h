/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-staff-task-dialog.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_CALL_DIALOG (fd_staff_call_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffCallDialog, fd_staff_call_dialog, FD, STAFF_CALL_DIALOG, FdStaffTaskDialog)

void     fd_staff_call_dialog_run_async  (GtkWindow           *parent,
                                          FdStore             *store,
                                          const FdSession     *session,
                                          const char          *company,
                                          FdLang               lang,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean fd_staff_call_dialog_run_finish (GAsyncResult        *result,
                                          gboolean            *message_told,
                                          GError             **error);

G_END_DECLS
