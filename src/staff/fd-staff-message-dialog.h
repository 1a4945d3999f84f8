/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-model.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_MESSAGE_DIALOG (fd_staff_message_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffMessageDialog, fd_staff_message_dialog, FD, STAFF_MESSAGE_DIALOG, GtkWindow)

void  fd_staff_message_dialog_run_async  (GtkWindow           *parent,
                                          FdLang               lang,
                                          const FdVisit       *visit,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
char *fd_staff_message_dialog_run_finish (GAsyncResult        *result,
                                          GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
