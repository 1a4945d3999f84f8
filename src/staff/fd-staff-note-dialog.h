/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-task-dialog.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_NOTE_DIALOG (fd_staff_note_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffNoteDialog, fd_staff_note_dialog, FD, STAFF_NOTE_DIALOG, FdStaffTaskDialog)

/* Saves @text for @target (a check's key, an incident's id) in a worker. */
typedef gboolean (*FdStaffNoteSave) (FdStore          *store,
                                     const FdSession  *session,
                                     const char       *target,
                                     const char       *text,
                                     GError          **error);

/* The texts, already in the staff member's language. */
typedef struct {
  const char *title;
  const char *about;    /* what the note is about */
  const char *prompt;   /* the field's label */
  const char *missing;  /* said when the field is empty */
  const char *save;     /* the button */
  const char *done;     /* the result, for the status bar */
} FdStaffNoteTexts;

void fd_staff_note_dialog_run_async (GtkWindow               *parent,
                                     FdStore                 *store,
                                     const FdSession         *session,
                                     FdLang                   lang,
                                     const FdStaffNoteTexts  *texts,
                                     FdStaffNoteSave          save,
                                     const char              *target,
                                     GCancellable            *cancellable,
                                     GAsyncReadyCallback      callback,
                                     gpointer                 user_data);

G_END_DECLS
