/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

/*
 * Alerts at the top of the reception page: refusals (REG-6) and watchlist
 * matches, until someone marks them handled.
 */

static void
alert_handled_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fd_staff_window_show_error (FD_STAFF_WINDOW (user_data), fd_tr (FD_STAFF_WINDOW (user_data)->lang,
                                                    N_("The alert could not be marked as handled. Please try again.")));
}

static gpointer
handle_alert_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  FdStaffJob *job = data;

  return fd_store_handle_alert (store, job->session, job->id, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
handle_clicked_cb (GtkButton     *button,
                   FdStaffWindow *self)
{
  FdStaffJob *job = fd_staff_job_new (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-alert-id")));

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_store_run_async (self->store, handle_alert_job, job, (GDestroyNotify) fd_staff_job_free, NULL,
                      self->cancellable, alert_handled_cb, self);
}

static void
fill_alerts (FdStaffWindow *self,
             GPtrArray     *alerts)
{
  fd_staff_list_clear (GTK_WIDGET (self->alert_list));
  g_ptr_array_set_size (self->alerts, 0);
  g_ptr_array_extend_and_steal (self->alerts, alerts);

  for (guint i = 0; i < self->alerts->len; i++)
    {
      FdAlert *alert = g_ptr_array_index (self->alerts, i);
      g_autofree char *text = fd_staff_alert_text (self->lang, alert);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *button = gtk_button_new_with_label (fd_tr (self->lang, N_("Handled")));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      g_object_set_data (G_OBJECT (button), "fd-alert-id", GSIZE_TO_POINTER ((gsize) alert->id));
      g_signal_connect (button, "clicked", G_CALLBACK (handle_clicked_cb), self);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_widget_add_css_class (box, "staff-alert");
      gtk_list_box_append (self->alert_list, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), self->alerts->len > 0);
}

static gpointer
alerts_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  return fd_store_list_open_alerts (store, data, error);
}

static void
alerts_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *alerts = fd_store_run_finish (FD_STORE (source), result, &error);

  if (alerts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Reading alerts failed: %s", error->message);
      return;
    }
  if (FD_STAFF_WINDOW (user_data)->session == NULL)
    {
      g_ptr_array_unref (alerts);
      return;
    }
  fill_alerts (FD_STAFF_WINDOW (user_data), alerts);
  g_signal_emit_by_name (user_data, "visits-changed");
}

void
fd_staff_alerts_load (FdStaffWindow *self)
{
  if (self->session == NULL)
    return;
  fd_store_run_async (self->store, alerts_job, fd_session_copy (self->session), (GDestroyNotify) fd_session_free,
                      (GDestroyNotify) g_ptr_array_unref,
                      self->cancellable, alerts_loaded_cb, self);
}
