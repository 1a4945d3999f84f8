/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/*
 * Small pieces the staff window's pages share: a label, a dialog, and a
 * store job whose failure is worded for the receptionist.
 */

GtkWidget *
fd_staff_label (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Empties a list box; its rows go with it. */
void
fd_staff_list_clear (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

/* A job for @id as the logged-in staff member. */
FdStaffJob *
fd_staff_job_new (FdStaffWindow *self,
                  gint64         id)
{
  FdStaffJob *job = g_new0 (FdStaffJob, 1);

  job->session = fd_session_copy (self->session);
  job->actor = g_strdup (fd_staff_window_actor (self));
  job->lang = self->lang;
  job->id = id;
  return job;
}

void
fd_staff_job_free (FdStaffJob *job)
{
  fd_session_free (job->session);
  g_free (job->actor);
  g_clear_pointer (&job->settings, fd_print_settings_free);
  for (guint i = 0; i < G_N_ELEMENTS (job->values); i++)
    g_free (job->values[i]);
  g_free (job);
}

static GtkEventController *
escape_closes (void)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  return shortcuts;
}

/* A modal dialog over the staff window; @content is the box to fill. */
GtkWidget *
fd_staff_dialog_new (FdStaffWindow  *self,
                     const char     *name,
                     const char     *title,
                     GtkWidget     **content)
{
  GtkWidget *dialog = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_name (dialog, name);
  gtk_widget_add_css_class (dialog, "staff");
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_widget_add_css_class (box, "staff-dialog");
  gtk_widget_add_css_class (box, "staff-form");
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_window_set_child (GTK_WINDOW (dialog), box);
  /* Escape closes it, as any dialog. */
  gtk_widget_add_controller (dialog, escape_closes ());
  *content = box;
  return dialog;
}

/* Ends @box of @dialog with Cancel and the suggested button, named
 * @ok_name for tests, which calls @ok_cb with the dialog. */
GtkWidget *
fd_staff_dialog_add_buttons (GtkWidget  *dialog,
                             GtkWidget  *box,
                             FdLang      lang,
                             const char *ok_label,
                             const char *ok_name,
                             GCallback   ok_cb)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_label (fd_tr (lang, N_("Cancel")));
  GtkWidget *ok = gtk_button_new_with_label (ok_label);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_name (ok, ok_name);
  gtk_widget_add_css_class (ok, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), ok);
  gtk_box_append (GTK_BOX (box), buttons);
  g_signal_connect (ok, "clicked", ok_cb, dialog);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
  return ok;
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  FdStaffWindow *self;
  const char *done = g_task_get_task_data (task);

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_STAFF_WINDOW (g_task_get_source_object (task));
  if (error != NULL)
    {
      g_message ("A staff action failed: %s", error->message);
      fd_staff_window_show_error (self, fd_staff_failure_text (self->lang, error));
    }
  else
    fd_staff_window_show_status (self, done, FALSE);
}

/* Runs @job in a worker; success shows @done_message (or nothing), failure
 * the words for what went wrong.  The job returns non-NULL on success. */
void
fd_staff_window_run (FdStaffWindow  *self,
                     FdStoreJob      job,
                     gpointer        data,
                     GDestroyNotify  data_free,
                     const char     *done_message)
{
  GTask *task = g_task_new (self, NULL, NULL, NULL);

  g_task_set_task_data (task, g_strdup (done_message), g_free);
  fd_store_run_async (self->store, job, data, data_free, NULL, self->cancellable, run_done_cb, task);
}

/* A role in the words of @lang: the login banner and the staff list. */
const char *
fd_staff_role_text (FdLang lang,
                    FdRole role)
{
  switch (role)
    {
    case FD_ROLE_ADMIN:
      return fd_tr (lang, N_("Administrator"));
    case FD_ROLE_SECURITY:
      return fd_tr (lang, N_("Security"));
    case FD_ROLE_RECEPTIONIST:
    default:
      return fd_tr (lang, N_("Receptionist"));
    }
}
