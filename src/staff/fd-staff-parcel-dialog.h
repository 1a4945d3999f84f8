/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-staff-task-dialog.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_PARCEL_DIALOG (fd_staff_parcel_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffParcelDialog, fd_staff_parcel_dialog, FD, STAFF_PARCEL_DIALOG, FdStaffTaskDialog)

/* What came of logging a parcel. */
typedef struct {
  gint64    id;
  gboolean  told;        /* a mail server or chat group tells the recipient now */
  char     *recipient;   /* their name, */
  char     *phone;       /* and number, to call them when not told */
} FdStaffParcelLogged;

void                 fd_staff_parcel_logged_free     (FdStaffParcelLogged *logged);

void                 fd_staff_parcel_dialog_run_async  (GtkWindow           *parent,
                                                        FdStore             *store,
                                                        const FdSession     *session,
                                                        FdLang               lang,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
FdStaffParcelLogged *fd_staff_parcel_dialog_run_finish (GAsyncResult        *result,
                                                        GError             **error);
void                 fd_staff_parcel_dialog_take_photo (FdStaffParcelDialog *self,
                                                        GFile               *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdStaffParcelLogged, fd_staff_parcel_logged_free)

G_END_DECLS
