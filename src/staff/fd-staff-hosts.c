/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-ui.h"

/*
 * Hosts on the administration page: whether the kiosk offers them
 * (deactivating keeps their past visits), and editing their details.
 */

/* Editing a host's name, department, title, e-mail and phone. */

static const char *edit_fields[] = { "host-name", "host-department", "host-title", "host-email", "host-phone" };

static gpointer
edit_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  FdStaffJob *job = data;
  g_autoptr(FdHost) host = fd_host_new ();

  host->id = job->id;
  host->name = g_strdup (job->values[0]);
  host->department = g_strdup (job->values[1]);
  host->title = g_strdup (job->values[2]);
  host->email = g_strdup (job->values[3]);
  host->phone = g_strdup (job->values[4]);
  return fd_store_update_host (store, job->session, host, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
edited_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = user_data;
  FdStaffWindow *window;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (dialog);
      return;
    }
  window = FD_STAFF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  if (error != NULL)
    {
      GtkWidget *problem = g_object_get_data (G_OBJECT (dialog), "fd-problem");

      gtk_label_set_text (GTK_LABEL (problem), fd_tr (window->lang, N_("Not saved: a name is needed, and the e-mail address and phone number must be valid.")));
      gtk_widget_set_visible (problem, TRUE);
    }
  else
    {
      fd_staff_window_show_status (window, fd_tr (window->lang, N_("Host saved.")), FALSE);
      fd_staff_admin_reload (window->admin);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_object_unref (dialog);
}

static void
save_clicked_cb (GtkButton *button,
                 GtkWidget *dialog)
{
  FdStaffWindow *window = FD_STAFF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  FdHost *host = g_object_get_data (G_OBJECT (dialog), "fd-host");
  FdStaffJob *job;

  if (window->session == NULL)
    return;
  job = fd_staff_job_new (window, host->id);
  for (guint i = 0; i < G_N_ELEMENTS (edit_fields); i++)
    job->values[i] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (fd_ui_find_named (dialog, edit_fields[i]))));
  fd_store_run_async (window->store, edit_job, job, (GDestroyNotify) fd_staff_job_free, NULL,
                      window->cancellable, edited_cb, g_object_ref (dialog));
}

static void
edit_clicked_cb (GtkButton     *button,
                 FdStaffWindow *window)
{
  FdHost *host = g_object_get_data (G_OBJECT (button), "fd-host");
  const char *values[] = { host->name, host->department, host->title, host->email, host->phone };
  const char *labels[] = { N_("Name"), N_("Department"), N_("Title, e.g. 先生, 女士, Mr, Ms"),
                           N_("E-mail"), N_("Mobile number") };
  GtkWidget *box, *problem;
  GtkWidget *dialog = fd_staff_dialog_new (window, "host-dialog", fd_tr (window->lang, N_("Edit host")), &box);

  for (guint i = 0; i < G_N_ELEMENTS (edit_fields); i++)
    {
      GtkWidget *entry = gtk_entry_new ();

      gtk_widget_set_name (entry, edit_fields[i]);
      gtk_editable_set_text (GTK_EDITABLE (entry), values[i] != NULL ? values[i] : "");
      gtk_box_append (GTK_BOX (box), fd_staff_label (fd_tr (window->lang, labels[i]), "dim-label"));
      gtk_box_append (GTK_BOX (box), entry);
    }
  problem = fd_staff_label (NULL, "staff-badge-failed");
  gtk_widget_set_visible (problem, FALSE);
  gtk_box_append (GTK_BOX (box), problem);
  fd_staff_dialog_add_buttons (dialog, box, window->lang, fd_tr (window->lang, N_("Save")), "host-save",
                               G_CALLBACK (save_clicked_cb));
  g_object_set_data_full (G_OBJECT (dialog), "fd-host", fd_host_copy (host), (GDestroyNotify) fd_host_free);
  g_object_set_data (G_OBJECT (dialog), "fd-problem", problem);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gpointer
host_active_job (FdStore   *store,
                 gpointer   data,
                 GError   **error)
{
  FdStaffJob *change = data;

  return fd_store_set_host_active (store, change->session, change->id, change->flag, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static gboolean
host_switched_cb (GtkSwitch     *button,
                  gboolean       state,
                  FdStaffWindow *window)
{
  FdStaffJob *change;

  if (window->session == NULL)
    return TRUE;
  change = fd_staff_job_new (window, 0);
  change->id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-host-id"));
  change->flag = state;
  fd_staff_window_run (window, host_active_job, change, (GDestroyNotify) fd_staff_job_free,
                       state ? fd_tr (window->lang, N_("The host can be chosen at the kiosk again."))
                             : fd_tr (window->lang, N_("The host is deactivated: visitors can no longer choose them.")));
  return FALSE;
}

/* A host on the administration page: who, how to reach them, whether the
 * kiosk offers them, and Edit. */
GtkWidget *
fd_staff_host_row (FdStaffWindow *window,
                   FdHost        *host)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  g_autofree char *name = g_strdup_printf ("%s (%s)", host->name, host->department);
  g_autofree char *contact = g_strdup_printf ("%s · %s", host->email != NULL ? host->email : "—",
                                              host->phone != NULL ? host->phone : "—");
  g_autofree char *switch_name = g_strdup_printf ("host-active-%" G_GINT64_FORMAT, host->id);
  GtkWidget *label = fd_staff_label (name, "staff-visitor");
  GtkWidget *button = gtk_switch_new ();
  GtkWidget *edit = gtk_button_new_with_label (fd_tr (window->lang, N_("Edit")));

  gtk_widget_set_size_request (label, 300, -1);
  gtk_box_append (GTK_BOX (box), label);
  label = fd_staff_label (contact, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_switch_set_active (GTK_SWITCH (button), host->active);
  gtk_widget_set_name (button, switch_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, fd_tr (window->lang, N_("Can be chosen at the kiosk")));
  g_object_set_data (G_OBJECT (button), "fd-host-id", GSIZE_TO_POINTER ((gsize) host->id));
  g_signal_connect (button, "state-set", G_CALLBACK (host_switched_cb), window);
  gtk_box_append (GTK_BOX (box), button);
  g_free (switch_name);
  switch_name = g_strdup_printf ("host-edit-%" G_GINT64_FORMAT, host->id);
  gtk_widget_set_name (edit, switch_name);
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (edit), "fd-host", fd_host_copy (host), (GDestroyNotify) fd_host_free);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), window);
  gtk_box_append (GTK_BOX (box), edit);
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

