/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-task-dialog.h"
#include "fd-store-rounds.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_INCIDENT_DIALOG (fd_staff_incident_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffIncidentDialog, fd_staff_incident_dialog, FD, STAFF_INCIDENT_DIALOG, FdStaffTaskDialog)

/* Finishes with g_task_propagate_pointer(): what was done, in words for
 * the status bar (transfer full), or NULL with G_IO_ERROR_CANCELLED. */
void fd_staff_incident_dialog_run_async (GtkWindow           *parent,
                                         FdStore             *store,
                                         const FdSession     *session,
                                         FdLang               lang,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);

G_END_DECLS
