/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-question-dialog.h"

#include "fd-ui.h"

/*
 * A question the person at the desk answers before something that cannot
 * be undone (a new badge that voids the old one, a cancelled invitation).
 * The answer comes back through _run_finish(): TRUE for the suggested
 * button, FALSE for Cancel, Escape or closing the window.
 */

struct _FdStaffQuestionDialog
{
  GtkWindow  parent_instance;

  /* template widgets */
  GtkLabel  *text_label;
  GtkButton *cancel_button;
  GtkButton *ok_button;

  GTask     *task;  /* the caller's, until answered */
};

G_DEFINE_FINAL_TYPE (FdStaffQuestionDialog, fd_staff_question_dialog, GTK_TYPE_WINDOW)

static void
answer (FdStaffQuestionDialog *self,
        gboolean               yes)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_boolean (task, yes);
}

static void
ok_clicked_cb (FdStaffQuestionDialog *self)
{
  answer (self, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
fd_staff_question_dialog_close_request (GtkWindow *window)
{
  answer (FD_STAFF_QUESTION_DIALOG (window), FALSE);
  return GTK_WINDOW_CLASS (fd_staff_question_dialog_parent_class)->close_request (window);
}

static void
fd_staff_question_dialog_dispose (GObject *object)
{
  answer (FD_STAFF_QUESTION_DIALOG (object), FALSE);
  fd_ui_return_focus (GTK_WINDOW (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_QUESTION_DIALOG);
  G_OBJECT_CLASS (fd_staff_question_dialog_parent_class)->dispose (object);
}

static void
fd_staff_question_dialog_class_init (FdStaffQuestionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fd_staff_question_dialog_dispose;
  window_class->close_request = fd_staff_question_dialog_close_request;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-question-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffQuestionDialog, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffQuestionDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffQuestionDialog, ok_button);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_staff_question_dialog_init (FdStaffQuestionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fd_staff_question_dialog_run_async:
 * @name: names the dialog "@name-dialog" and its ok button
 *   "@name-confirm", for tests
 * @question: what is asked, with what follows from yes
 * @ok_label: the suggested answer, e.g. "Issue new badge"
 *
 * Asks over @parent.
 */
void
fd_staff_question_dialog_run_async (GtkWindow           *parent,
                                    FdLang               lang,
                                    const char          *name,
                                    const char          *title,
                                    const char          *question,
                                    const char          *ok_label,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  FdStaffQuestionDialog *self = g_object_new (FD_TYPE_STAFF_QUESTION_DIALOG,
                                              "transient-for", parent,
                                              "title", title,
                                              NULL);
  g_autofree char *ok_name = g_strdup_printf ("%s-confirm", name);
  g_autofree char *dialog_name = g_strdup_printf ("%s-dialog", name);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, fd_staff_question_dialog_run_async);
  gtk_widget_set_name (GTK_WIDGET (self), dialog_name);
  gtk_widget_set_name (GTK_WIDGET (self->ok_button), ok_name);
  gtk_label_set_text (self->text_label, question);
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->ok_button, ok_label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->text_label, NULL, -1);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->ok_button));
}

gboolean
fd_staff_question_dialog_run_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
