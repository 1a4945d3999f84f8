/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_INVITE_DIALOG (fd_staff_invite_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffInviteDialog, fd_staff_invite_dialog, FD, STAFF_INVITE_DIALOG, GtkWindow)

void  fd_staff_invite_dialog_run_async  (GtkWindow           *parent,
                                         FdStore             *store,
                                         const FdSession     *session,
                                         FdLang               lang,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
char *fd_staff_invite_dialog_run_finish (GAsyncResult        *result,
                                         gboolean            *host_told,
                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
