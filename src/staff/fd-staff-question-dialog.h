/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_QUESTION_DIALOG (fd_staff_question_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffQuestionDialog, fd_staff_question_dialog, FD, STAFF_QUESTION_DIALOG, GtkWindow)

void     fd_staff_question_dialog_run_async  (GtkWindow           *parent,
                                              FdLang               lang,
                                              const char          *name,
                                              const char          *title,
                                              const char          *question,
                                              const char          *ok_label,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean fd_staff_question_dialog_run_finish (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
