/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-note-dialog.h"

#include "fd-ui.h"

/*
 * One line of text saved for something on a page: the problem a check of
 * the rounds found, what was done about an incident.  The caller gives the
 * texts and the store call; the dialog finishes with the done text (for
 * the status bar) once saved, or is closed.
 */

struct _FdStaffNoteDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel        *about_label;
  GtkLabel        *prompt_label;
  GtkEntry        *note_entry;
  GtkLabel        *problem_label;
  GtkButton       *cancel_button;
  GtkButton       *save_button;

  FdStaffNoteSave  save;
  char            *target;
  char            *missing;
  char            *done;
};

G_DEFINE_FINAL_TYPE (FdStaffNoteDialog, fd_staff_note_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

typedef struct {
  FdSession       *session;
  FdStaffNoteSave  save;
  char            *target;
  char            *text;
} Note;

static void
note_free (Note *note)
{
  fd_session_free (note->session);
  g_free (note->target);
  g_free (note->text);
  g_free (note);
}

static gpointer
note_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Note *note = data;

  return note->save (store, note->session, note->target, note->text, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdStaffNoteDialog) self = user_data;

  if (fd_staff_task_dialog_run_finish (BASE (self), result, NULL) != NULL)
    fd_staff_task_dialog_return (BASE (self), g_strdup (self->done), g_free);
}

static void
save_clicked_cb (FdStaffNoteDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  Note *note;

  if (*text == '\0')
    {
      fd_staff_task_dialog_show_problem (BASE (self), self->missing);
      gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
      return;
    }
  note = g_new0 (Note, 1);
  note->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  note->save = self->save;
  note->target = g_strdup (self->target);
  note->text = g_steal_pointer (&text);
  fd_staff_task_dialog_run (BASE (self), note_job, note, (GDestroyNotify) note_free, NULL, saved_cb);
}

static void
fd_staff_note_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_NOTE_DIALOG);
  G_OBJECT_CLASS (fd_staff_note_dialog_parent_class)->dispose (object);
}

static void
fd_staff_note_dialog_finalize (GObject *object)
{
  FdStaffNoteDialog *self = FD_STAFF_NOTE_DIALOG (object);

  g_free (self->target);
  g_free (self->missing);
  g_free (self->done);
  G_OBJECT_CLASS (fd_staff_note_dialog_parent_class)->finalize (object);
}

static void
fd_staff_note_dialog_class_init (FdStaffNoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_note_dialog_dispose;
  object_class->finalize = fd_staff_note_dialog_finalize;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-note-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffNoteDialog, name)
  BIND (about_label);
  BIND (prompt_label);
  BIND (note_entry);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
fd_staff_note_dialog_init (FdStaffNoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
  g_signal_connect_object (self->note_entry, "changed", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
}

/**
 * fd_staff_note_dialog_run_async:
 * @texts: the dialog's words, translated
 * @save: stores the note for @target
 *
 * Shows the dialog over @parent; it finishes with @texts->done (transfer
 * full, g_task_propagate_pointer()) once saved, or G_IO_ERROR_CANCELLED.
 */
void
fd_staff_note_dialog_run_async (GtkWindow               *parent,
                                FdStore                 *store,
                                const FdSession         *session,
                                FdLang                   lang,
                                const FdStaffNoteTexts  *texts,
                                FdStaffNoteSave          save,
                                const char              *target,
                                GCancellable            *cancellable,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  FdStaffNoteDialog *self = g_object_new (FD_TYPE_STAFF_NOTE_DIALOG, "transient-for", parent, NULL);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_note_dialog_run_async);
  self->save = save;
  self->target = g_strdup (target);
  self->missing = g_strdup (texts->missing);
  self->done = g_strdup (texts->done);
  gtk_window_set_title (GTK_WINDOW (self), texts->title);
  gtk_label_set_text (self->about_label, texts->about);
  gtk_label_set_text (self->prompt_label, texts->prompt);
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, texts->save);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}
