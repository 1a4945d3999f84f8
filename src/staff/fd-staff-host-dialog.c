/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-host-dialog.h"

#include "fd-ui.h"

/*
 * Adding one host, or editing one: the dialog saves through the core
 * (which checks the role, the e-mail address and the phone number, and
 * audits it) and stays open, saying what is wrong, until it is saved or
 * cancelled.  Tried at the desk: hosts could only be added by a CSV
 * import.
 */

struct _FdStaffHostDialog
{
  GtkWindow  parent_instance;

  /* template widgets */
  GtkLabel  *name_label;
  GtkEntry  *name_entry;
  GtkLabel  *department_label;
  GtkEntry  *department_entry;
  GtkLabel  *title_label;
  GtkEntry  *title_entry;
  GtkLabel  *email_label;
  GtkEntry  *email_entry;
  GtkLabel  *phone_label;
  GtkEntry  *phone_entry;
  GtkLabel  *problem_label;
  GtkButton *cancel_button;
  GtkButton *save_button;

  FdStore   *store;
  FdSession *session;
  FdLang     lang;
  gint64     host_id;  /* 0: a new host */
  GTask     *task;     /* the caller's, until saved or cancelled */
};

G_DEFINE_FINAL_TYPE (FdStaffHostDialog, fd_staff_host_dialog, GTK_TYPE_WINDOW)

typedef struct {
  FdSession *session;
  FdHost    *host;
} Save;

static void
save_free (Save *save)
{
  fd_session_free (save->session);
  fd_host_free (save->host);
  g_free (save);
}

static gpointer
save_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Save *save = data;

  if (save->host->id == 0)
    return fd_store_add_host (store, save->session, save->host, error) != 0 ? GINT_TO_POINTER (1) : NULL;
  return fd_store_update_host (store, save->session, save->host, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdStaffHostDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->problem_label, fd_tr (self->lang, N_("Not saved: a name is needed, and the e-mail address and phone number must be valid.")));
          gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
        }
      return;
    }
  task = g_steal_pointer (&self->task);
  if (task != NULL)
    g_task_return_boolean (task, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_clicked_cb (FdStaffHostDialog *self)
{
  Save *save;

  if (self->task == NULL)
    return;
  save = g_new0 (Save, 1);
  save->session = fd_session_copy (self->session);
  save->host = fd_host_new ();
  save->host->id = self->host_id;
  save->host->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  save->host->department = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->department_entry)));
  save->host->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  save->host->email = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_entry)));
  save->host->phone = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_entry)));
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  fd_store_run_async (self->store, save_job, save, (GDestroyNotify) save_free, NULL,
                      g_task_get_cancellable (self->task), saved_cb, g_object_ref (self));
}

static void
cancelled (FdStaffHostDialog *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_boolean (task, FALSE);
}

static gboolean
fd_staff_host_dialog_close_request (GtkWindow *window)
{
  cancelled (FD_STAFF_HOST_DIALOG (window));
  return GTK_WINDOW_CLASS (fd_staff_host_dialog_parent_class)->close_request (window);
}

static void
fd_staff_host_dialog_dispose (GObject *object)
{
  cancelled (FD_STAFF_HOST_DIALOG (object));
  fd_ui_return_focus (GTK_WINDOW (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_HOST_DIALOG);
  G_OBJECT_CLASS (fd_staff_host_dialog_parent_class)->dispose (object);
}

static void
fd_staff_host_dialog_finalize (GObject *object)
{
  FdStaffHostDialog *self = FD_STAFF_HOST_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->session, fd_session_free);
  G_OBJECT_CLASS (fd_staff_host_dialog_parent_class)->finalize (object);
}

static void
fd_staff_host_dialog_class_init (FdStaffHostDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fd_staff_host_dialog_dispose;
  object_class->finalize = fd_staff_host_dialog_finalize;
  window_class->close_request = fd_staff_host_dialog_close_request;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-host-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffHostDialog, name)
  BIND (name_label);
  BIND (name_entry);
  BIND (department_label);
  BIND (department_entry);
  BIND (title_label);
  BIND (title_entry);
  BIND (email_label);
  BIND (email_entry);
  BIND (phone_label);
  BIND (phone_entry);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_staff_host_dialog_init (FdStaffHostDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fd_staff_host_dialog_run_async:
 * @host: (nullable): the host to edit; %NULL adds one
 *
 * Finishes with %TRUE once the host is saved, %FALSE when cancelled.
 */
void
fd_staff_host_dialog_run_async (GtkWindow           *parent,
                                FdStore             *store,
                                const FdSession     *session,
                                FdLang               lang,
                                const FdHost        *host,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  FdStaffHostDialog *self = g_object_new (FD_TYPE_STAFF_HOST_DIALOG,
                                          "transient-for", parent,
                                          "title", host != NULL ? fd_tr (lang, N_("Edit host")) : fd_tr (lang, N_("Add a host")),
                                          NULL);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, fd_staff_host_dialog_run_async);
  self->store = g_object_ref (store);
  self->session = fd_session_copy (session);
  self->lang = lang;
  self->host_id = host != NULL ? host->id : 0;
  gtk_label_set_text (self->name_label, fd_tr (lang, N_("Name")));
  gtk_label_set_text (self->department_label, fd_tr (lang, N_("Department")));
  gtk_label_set_text (self->title_label, fd_tr (lang, N_("Title, e.g. 先生, 女士, Mr, Ms")));
  gtk_label_set_text (self->email_label, fd_tr (lang, N_("E-mail")));
  gtk_label_set_text (self->phone_label, fd_tr (lang, N_("Mobile number")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Save")));
  if (host != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), host->name);
      gtk_editable_set_text (GTK_EDITABLE (self->department_entry), host->department != NULL ? host->department : "");
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), host->title != NULL ? host->title : "");
      gtk_editable_set_text (GTK_EDITABLE (self->email_entry), host->email != NULL ? host->email : "");
      gtk_editable_set_text (GTK_EDITABLE (self->phone_entry), host->phone != NULL ? host->phone : "");
    }
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

gboolean
fd_staff_host_dialog_run_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
