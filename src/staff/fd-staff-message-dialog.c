/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-message-dialog.h"

#include "fd-ui.h"
#include "fd-validate.h"

/*
 * FAQ-1: the visitor tells reception what the host should know; it goes to
 * the host with the visitor's name and phone number.  _run_finish() gives
 * the message, or NULL with G_IO_ERROR_CANCELLED when nothing is sent.
 */

struct _FdStaffMessageDialog
{
  GtkWindow  parent_instance;

  /* template widgets */
  GtkLabel  *heading_label;
  GtkLabel  *entry_label;
  GtkEntry  *entry;
  GtkLabel  *problem_label;
  GtkButton *cancel_button;
  GtkButton *send_button;

  GTask     *task;  /* the caller's, until answered */
};

G_DEFINE_FINAL_TYPE (FdStaffMessageDialog, fd_staff_message_dialog, GTK_TYPE_WINDOW)

static void
cancelled (FdStaffMessageDialog *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Nothing was sent");
}

static void
changed_cb (FdStaffMessageDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
}

static void
send_clicked_cb (FdStaffMessageDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GTask) task = NULL;

  if (fd_text_normalize (text, 0, NULL) == FD_INVALID_MISSING)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      return;
    }
  task = g_steal_pointer (&self->task);
  if (task != NULL)
    g_task_return_pointer (task, g_strdup (text), g_free);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
fd_staff_message_dialog_close_request (GtkWindow *window)
{
  cancelled (FD_STAFF_MESSAGE_DIALOG (window));
  return GTK_WINDOW_CLASS (fd_staff_message_dialog_parent_class)->close_request (window);
}

static void
fd_staff_message_dialog_dispose (GObject *object)
{
  cancelled (FD_STAFF_MESSAGE_DIALOG (object));
  fd_ui_return_focus (GTK_WINDOW (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_MESSAGE_DIALOG);
  G_OBJECT_CLASS (fd_staff_message_dialog_parent_class)->dispose (object);
}

static void
fd_staff_message_dialog_class_init (FdStaffMessageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fd_staff_message_dialog_dispose;
  window_class->close_request = fd_staff_message_dialog_close_request;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-message-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, entry_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffMessageDialog, send_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, send_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_staff_message_dialog_init (FdStaffMessageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fd_staff_message_dialog_run_async:
 * @visit: who leaves the message, for whom
 */
void
fd_staff_message_dialog_run_async (GtkWindow           *parent,
                                   FdLang               lang,
                                   const FdVisit       *visit,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  FdStaffMessageDialog *self = g_object_new (FD_TYPE_STAFF_MESSAGE_DIALOG,
                                             "transient-for", parent,
                                             "title", fd_tr (lang, N_("Leave a message")),
                                             NULL);
  g_autofree char *host = fd_host_honorific_name (visit->host_name, visit->host_title, lang);
  /* Translators: 1: the visitor, 2: their phone number, 3: the host. */
  g_autofree char *heading = g_strdup_printf (fd_tr (lang, N_("Message from %1$s (%2$s) to %3$s")),
                                              visit->name, visit->phone, host);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, fd_staff_message_dialog_run_async);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->entry_label, fd_tr (lang, N_("What should the host know?")));
  gtk_label_set_text (self->problem_label, fd_tr (lang, N_("Please write the message first.")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->send_button, fd_tr (lang, N_("Send to the host")));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

char *
fd_staff_message_dialog_run_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
