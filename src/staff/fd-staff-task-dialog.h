/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_TASK_DIALOG (fd_staff_task_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (FdStaffTaskDialog, fd_staff_task_dialog, FD, STAFF_TASK_DIALOG, GtkWindow)

struct _FdStaffTaskDialogClass
{
  GtkWindowClass parent_class;
};

void             fd_staff_task_dialog_begin          (FdStaffTaskDialog   *self,
                                                      FdStore             *store,
                                                      const FdSession     *session,
                                                      FdLang               lang,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data,
                                                      gpointer             source_tag);
FdStore         *fd_staff_task_dialog_get_store      (FdStaffTaskDialog   *self);
const FdSession *fd_staff_task_dialog_get_session    (FdStaffTaskDialog   *self);
FdLang           fd_staff_task_dialog_get_lang       (FdStaffTaskDialog   *self);
void             fd_staff_task_dialog_set_controls   (FdStaffTaskDialog   *self,
                                                      GtkLabel            *problem,
                                                      GtkWidget           *save);
void             fd_staff_task_dialog_show_problem   (FdStaffTaskDialog   *self,
                                                      const char          *text);
gboolean         fd_staff_task_dialog_run            (FdStaffTaskDialog   *self,
                                                      FdStoreJob           job,
                                                      gpointer             data,
                                                      GDestroyNotify       data_free,
                                                      GDestroyNotify       result_free,
                                                      GAsyncReadyCallback  done);
gpointer         fd_staff_task_dialog_run_finish     (FdStaffTaskDialog   *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void             fd_staff_task_dialog_return         (FdStaffTaskDialog   *self,
                                                      gpointer             result,
                                                      GDestroyNotify       result_free);

G_END_DECLS
