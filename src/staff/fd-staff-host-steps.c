/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/*
 * FAQ-1, when the host has not come: the row's host state with the
 * waiting time, notify again, "host has met them", and a message taken
 * from the visitor for the host.
 */

static void
step_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      FdStaffWindow *self = FD_STAFF_WINDOW (user_data);

      g_warning ("A step for a waiting visitor failed: %s", error->message);
      fd_staff_window_show_error (self, g_error_matches (error, FD_ERROR, FD_ERROR_STATE)
                                        ? fd_tr (self->lang, N_("This visitor has already checked out."))
                                        : fd_tr (self->lang, N_("That did not go through. Please try again.")));
    }
}

/* The job's values: the step ("host-met", "notify-again" or "message"),
 * then the message. */
static gpointer
step_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  FdStaffJob *job = data;
  const char *step = job->values[0];
  gboolean ok;

  if (g_str_equal (step, "host-met"))
    ok = fd_store_mark_host_met (store, job->session, job->id, error);
  else if (g_str_equal (step, "notify-again"))
    ok = fd_store_notify_host_again (store, job->session, job->id, error);
  else
    ok = fd_store_leave_message (store, job->session, job->id, job->values[1], error);
  return ok ? GINT_TO_POINTER (1) : NULL;
}

static void
run_step (FdStaffWindow *self,
          gint64         visit_id,
          const char    *name,
          const char    *message)
{
  FdStaffJob *job = fd_staff_job_new (self, visit_id);

  job->values[0] = g_strdup (name);
  job->values[1] = g_strdup (message);
  fd_store_run_async (self->store, step_job, job, (GDestroyNotify) fd_staff_job_free, NULL,
                      self->cancellable, step_done_cb, self);
}

static void
step_clicked_cb (GtkButton     *button,
                 FdStaffWindow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  run_step (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id")),
            gtk_widget_get_name (GTK_WIDGET (button)), NULL);
}

static void
send_message_cb (GtkButton *button,
                 GtkWindow *dialog)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (gtk_window_get_transient_for (dialog));
  GtkEditable *entry = GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "fd-entry"));
  GtkWidget *problem = g_object_get_data (G_OBJECT (dialog), "fd-problem");
  const char *text = gtk_editable_get_text (entry);

  if (fd_text_normalize (text, 0, NULL) == FD_INVALID_MISSING)
    {
      gtk_widget_set_visible (problem, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      return;
    }
  run_step (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fd-visit-id")), "message", text);
  gtk_window_destroy (dialog);
}

/* The visitor tells reception what the host should know; it goes to the
 * host with the visitor's name and phone number. */
static void
leave_message_clicked_cb (GtkButton     *button,
                          FdStaffWindow *self)
{
  FdVisit *visit = fd_staff_window_find_visit (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button),
                                                                                          "fd-visit-id")));
  GtkWidget *dialog, *box, *heading, *entry, *problem, *send;
  g_autofree char *host_name = NULL;
  g_autofree char *heading_text = NULL;

  if (visit == NULL)
    return;
  host_name = fd_host_honorific_name (visit->host_name, visit->host_title, self->lang);
  /* Translators: 1: the visitor, 2: their phone number, 3: the host. */
  heading_text = g_strdup_printf (fd_tr (self->lang, N_("Message from %1$s (%2$s) to %3$s")),
                                  visit->name, visit->phone, host_name);
  dialog = fd_staff_dialog_new (self, "leave-message-dialog", fd_tr (self->lang, N_("Leave a message")), &box);
  heading = fd_staff_label (heading_text, "staff-visitor");
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "message-entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), fd_tr (self->lang, N_("What should the host know?")));
  gtk_entry_set_max_length (GTK_ENTRY (entry), 500);
  problem = fd_staff_label (fd_tr (self->lang, N_("Please write the message first.")), "staff-badge-failed");
  gtk_widget_set_visible (problem, FALSE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), problem);
  send = fd_staff_dialog_add_buttons (dialog, box, self->lang, fd_tr (self->lang, N_("Send to the host")),
                                      "send-message", G_CALLBACK (send_message_cb));
  g_object_set_data (G_OBJECT (dialog), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  g_object_set_data (G_OBJECT (dialog), "fd-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "fd-problem", problem);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (gtk_widget_activate), send);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (gtk_widget_hide), problem);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static GtkWidget *
step_button (FdStaffWindow *self,
             FdVisit       *visit,
             const char    *name,
             const char    *label,
             GCallback      callback)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_name (button, name);
  g_object_set_data (G_OBJECT (button), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* Whether the host has come, and FAQ-1's next steps when they have not
 * come in time: notify again, call, or a message from the visitor. */
void
fd_staff_append_host_state (FdStaffWindow *self,
                            GtkBox        *box,
                            FdVisit       *visit)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  if (fd_visit_host_not_reached (visit, self->now_ms, self->wait_minutes))
    {
      g_autofree char *host_name = fd_host_honorific_name (visit->host_name, visit->host_title, self->lang);
      int minutes = (int) ((self->now_ms - visit->arrived_ms) / 60000);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (visit->host_phone != NULL && *visit->host_phone != '\0')
        /* Translators: 1: minutes waited, 2: the host, 3: the host's phone. */
        text = g_strdup_printf (fd_tr (self->lang, N_("Host not reached: waiting %1$d min. Notify %2$s again or call %3$s; or offer to take a message or to come another time.")),
                                minutes, host_name, visit->host_phone);
      else
        text = g_strdup_printf (fd_tr (self->lang, N_("Host not reached: waiting %1$d min. Notify %2$s again; or offer to take a message or to come another time.")),
                                minutes, host_name);
      label = gtk_label_new (text);
      gtk_widget_set_name (label, "host-not-reached");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "staff-badge-failed");
      gtk_box_append (box, label);
      if (visit->reminded_ms > 0)
        {
          g_autofree char *at = fd_format_local_time (visit->reminded_ms, "%H:%M");
          g_autofree char *again = g_strdup_printf (fd_tr (self->lang, N_("Notified again at %s")), at);
          GtkWidget *reminded = gtk_label_new (again);

          gtk_label_set_xalign (GTK_LABEL (reminded), 0);
          gtk_widget_add_css_class (reminded, "dim-label");
          gtk_box_append (box, reminded);
        }
      gtk_box_append (GTK_BOX (buttons),
                      step_button (self, visit, "notify-again", fd_tr (self->lang, N_("Notify again")),
                                   G_CALLBACK (step_clicked_cb)));
      gtk_box_append (GTK_BOX (buttons),
                      step_button (self, visit, "leave-message", fd_tr (self->lang, N_("Take a message")),
                                   G_CALLBACK (leave_message_clicked_cb)));
    }
  gtk_box_append (GTK_BOX (buttons),
                  step_button (self, visit, "host-met", fd_tr (self->lang, N_("Host has met them")),
                               G_CALLBACK (step_clicked_cb)));
  gtk_box_append (box, buttons);
}

