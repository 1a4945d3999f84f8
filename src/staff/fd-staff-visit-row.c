/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * One visitor in the reception list: who, whom they visit, their badge,
 * whether the host has come (FAQ-1), and what reception can do about it.
 */

/* Check-out (REG-4): the badge taken back, unless reception says it was
 * not handed in; it then shows in "left today" until it turns up. */
typedef struct {
  gint64    visit_id;
  char     *actor;
  gboolean  badge_returned;
} Checkout;

static void
checkout_free (Checkout *checkout)
{
  g_free (checkout->actor);
  g_free (checkout);
}

static gpointer
checkout_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  Checkout *checkout = data;

  if (!fd_store_checkout (store, checkout->visit_id, checkout->actor, error))
    return NULL;
  if (checkout->badge_returned &&
      !fd_store_mark_badge_returned (store, checkout->visit_id, checkout->actor, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdStaffWindow *self;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) != NULL)
    {
      self = FD_STAFF_WINDOW (user_data);
      fd_staff_window_show_error (self, NULL);
      fd_staff_window_reload (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = FD_STAFF_WINDOW (user_data);
  if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    fd_staff_window_show_error (self, fd_tr (self->lang, N_("This visitor has already checked out.")));
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_BUSY))
    fd_staff_window_show_error (self, fd_tr (self->lang, N_("The database is busy. Please try the check-out again.")));
  else
    {
      g_warning ("Check-out failed: %s", error->message);
      fd_staff_window_show_error (self, fd_tr (self->lang, N_("The check-out did not go through. Please try again.")));
    }
  fd_staff_window_reload (self);
}

static void
checkout_clicked_cb (GtkButton     *button,
                     FdStaffWindow *self)
{
  Checkout *checkout = g_new0 (Checkout, 1);
  GtkWidget *returned = g_object_get_data (G_OBJECT (button), "fd-badge-returned");

  checkout->visit_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id"));
  checkout->actor = g_strdup (fd_staff_window_actor (self));
  checkout->badge_returned = returned != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (returned));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_store_run_async (self->store, checkout_job, checkout, (GDestroyNotify) checkout_free, NULL,
                      self->cancellable, checked_out_cb, self);
}

static void
reprinted_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue_finish (FD_STORE (source), result, &error);

  if (outcome == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      FdStaffWindow *self = FD_STAFF_WINDOW (user_data);

      g_warning ("Reprinting a badge failed: %s", error->message);
      fd_staff_window_show_error (self, fd_tr (self->lang, N_("The badge could not be printed. Reprint, or check the printer.")));
    }
  /* The outcome is on the visit: the change signal redraws the row. */
}

static void
reprint_clicked_cb (GtkButton     *button,
                    FdStaffWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id"));

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_button_set_label (button, fd_tr (self->lang, N_("Printing…")));
  fd_badge_issue_async (self->store, self->print_settings, id, self->cancellable, reprinted_cb, self);
}

/* REG-3: reception has seen the visitor; the held badge prints now. */

typedef struct {
  FdSession       *session;
  FdPrintSettings *settings;  /* NULL: no printing here */
  gint64           visit_id;
  char            *actor;
  gboolean         reissue;   /* REG-7: a lost badge, not a confirmation */
} Release;

static void
release_free (Release *release)
{
  fd_session_free (release->session);
  g_clear_pointer (&release->settings, fd_print_settings_free);
  g_free (release->actor);
  g_free (release);
}

static gpointer
release_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Release *release = data;

  if (release->reissue)
    {
      g_autofree char *token = fd_store_reissue_badge (store, release->visit_id, release->actor, error);

      if (token == NULL)
        return NULL;
    }
  else if (!fd_store_confirm_arrival (store, release->session, release->visit_id, error))
    return NULL;
  if (release->settings != NULL)
    {
      g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue (store, release->settings, release->visit_id, error);

      if (outcome == NULL)
        return NULL;
    }
  return GINT_TO_POINTER (1);
}

static void
release (FdStaffWindow *self,
         gint64         visit_id,
         gboolean       reissue)
{
  Release *release = g_new0 (Release, 1);

  release->session = fd_session_copy (self->session);
  release->settings = self->print_settings != NULL ? fd_print_settings_copy (self->print_settings) : NULL;
  release->visit_id = visit_id;
  release->actor = g_strdup (fd_staff_window_actor (self));
  release->reissue = reissue;
  fd_staff_window_run (self, release_job, release, (GDestroyNotify) release_free,
                       reissue ? fd_tr (self->lang, N_("New badge issued; the old one no longer works."))
                               : fd_tr (self->lang, N_("Confirmed; the badge is printing.")));
}

static void
confirm_clicked_cb (GtkButton     *button,
                    FdStaffWindow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  release (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id")), FALSE);
}

static void
reissue_confirmed_cb (GtkButton *button,
                      GtkWindow *dialog)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (gtk_window_get_transient_for (dialog));

  release (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "fd-visit-id")), TRUE);
  gtk_window_destroy (dialog);
}

/* REG-7: a lost badge is replaced, with the site's fee when it has one. */
static void
reissue_clicked_cb (GtkButton     *button,
                    FdStaffWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id"));
  g_autofree char *fee = fd_store_get_setting (self->store, "badge_fee", "");
  g_autofree char *text = NULL;
  GtkWidget *box, *buttons, *cancel, *ok;
  GtkWidget *dialog = fd_staff_dialog_new (self, "reissue-dialog", fd_tr (self->lang, N_("Lost badge")), &box);

  if (*fee != '\0')
    /* Translators: %s is the site's fee, e.g. "20 元". */
    text = g_strdup_printf (fd_tr (self->lang, N_("Issue a new badge? The old one stops working at once. Collect the fee of %s; it is recorded.")), fee);
  else
    text = g_strdup (fd_tr (self->lang, N_("Issue a new badge? The old one stops working at once.")));
  gtk_box_append (GTK_BOX (box), fd_staff_label (text, NULL));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_label (fd_tr (self->lang, N_("Cancel")));
  ok = gtk_button_new_with_label (fd_tr (self->lang, N_("Issue new badge")));
  gtk_widget_set_name (ok, "reissue-confirm");
  gtk_widget_add_css_class (ok, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), ok);
  gtk_box_append (GTK_BOX (box), buttons);
  g_object_set_data (G_OBJECT (dialog), "fd-visit-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (ok, "clicked", G_CALLBACK (reissue_confirmed_cb), dialog);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* FAQ-1: when the host has not come. */

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

typedef struct {
  gint64  visit_id;
  char   *step;     /* "host-met", "notify-again" or "message" */
  char   *message;
  char   *actor;
} Step;

static void
step_free (Step *step)
{
  g_free (step->step);
  g_free (step->message);
  g_free (step->actor);
  g_free (step);
}

static gpointer
step_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Step *step = data;
  gboolean ok;

  if (g_str_equal (step->step, "host-met"))
    ok = fd_store_mark_host_met (store, step->visit_id, step->actor, error);
  else if (g_str_equal (step->step, "notify-again"))
    ok = fd_store_notify_host_again (store, step->visit_id, step->actor, error);
  else
    ok = fd_store_leave_message (store, step->visit_id, step->message, step->actor, error);
  return ok ? GINT_TO_POINTER (1) : NULL;
}

static void
run_step (FdStaffWindow *self,
          gint64         visit_id,
          const char    *name,
          const char    *message)
{
  Step *step = g_new0 (Step, 1);

  step->visit_id = visit_id;
  step->step = g_strdup (name);
  step->message = g_strdup (message);
  step->actor = g_strdup (fd_staff_window_actor (self));
  fd_store_run_async (self->store, step_job, step, (GDestroyNotify) step_free, NULL,
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
  GtkWidget *dialog, *box, *heading, *entry, *problem, *buttons, *send, *cancel;
  g_autofree char *host_name = NULL;
  g_autofree char *heading_text = NULL;

  if (visit == NULL)
    return;
  host_name = fd_host_honorific_name (visit->host_name, visit->host_title, self->lang);
  /* Translators: 1: the visitor, 2: their phone number, 3: the host. */
  heading_text = g_strdup_printf (fd_tr (self->lang, N_("Message from %1$s (%2$s) to %3$s")),
                                  visit->name, visit->phone, host_name);
  dialog = gtk_window_new ();
  gtk_widget_set_name (dialog, "leave-message-dialog");
  gtk_window_set_title (GTK_WINDOW (dialog), fd_tr (self->lang, N_("Leave a message")));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (box, "staff-dialog");
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  heading = gtk_label_new (heading_text);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "staff-visitor");
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "message-entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), fd_tr (self->lang, N_("What should the host know?")));
  gtk_entry_set_max_length (GTK_ENTRY (entry), 500);
  problem = gtk_label_new (fd_tr (self->lang, N_("Please write the message first.")));
  gtk_widget_add_css_class (problem, "staff-badge-failed");
  gtk_label_set_xalign (GTK_LABEL (problem), 0);
  gtk_widget_set_visible (problem, FALSE);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_label (fd_tr (self->lang, N_("Cancel")));
  send = gtk_button_new_with_label (fd_tr (self->lang, N_("Send to the host")));
  gtk_widget_set_name (send, "send-message");
  gtk_widget_add_css_class (send, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), send);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), problem);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_window_set_child (GTK_WINDOW (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  g_object_set_data (G_OBJECT (dialog), "fd-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "fd-problem", problem);
  g_signal_connect (send, "clicked", G_CALLBACK (send_message_cb), dialog);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (gtk_widget_activate), send);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (gtk_widget_hide), problem);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
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
static void
append_host_state (FdStaffWindow *self,
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

/* What became of the visit's badge, in the receptionist's words. */
static char *
badge_text (FdStaffWindow *self,
            FdVisit       *visit)
{
  switch (visit->badge_state)
    {
    case FD_BADGE_FAILED:
      /* Translators: %s says why, e.g. "The badge printer is out of labels." */
      return g_strdup_printf (fd_tr (self->lang, N_("Badge not printed: %s")),
                              fd_print_problem_message (fd_print_problem_from_id (visit->badge_detail),
                                                        self->lang));
    case FD_BADGE_SAVED:
      return g_strdup_printf (fd_tr (self->lang, N_("Badge saved as %s")), visit->badge_detail);
    case FD_BADGE_PRINTED:
      return g_strdup (fd_tr (self->lang, N_("Badge printed")));
    case FD_BADGE_HELD:
      return g_strdup (fd_tr (self->lang, N_("Badge held")));
    case FD_BADGE_PENDING:
    default:
      return g_strdup (fd_tr (self->lang, N_("Badge not printed yet")));
    }
}

GtkWidget *
fd_staff_visit_row (FdStaffWindow *self,
           FdVisit       *visit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (visit->name);
  g_autofree char *company_text = *visit->company != '\0'
                                  ? g_strdup_printf ("%s  ·  %s", visit->company, visit->phone)
                                  : g_strdup (visit->phone);
  GtkWidget *company = gtk_label_new (company_text);
  g_autofree char *host_name = fd_host_honorific_name (visit->host_name, visit->host_title, self->lang);
  /* Translators: the host and their department in the on-site list. */
  g_autofree char *host_text = g_strdup_printf (fd_tr (self->lang, N_("Visiting %s (%s)")),
                                                host_name, visit->host_department);
  GtkWidget *host = gtk_label_new (host_text);
  GtkWidget *middle = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *badge_words = badge_text (self, visit);
  GtkWidget *badge = gtk_label_new (badge_words);
  g_autofree char *time = fd_format_local_time (visit->arrived_ms, "%H:%M");
  /* Translators: %s is a time such as 09:30. */
  g_autofree char *arrived_text = g_strdup_printf (fd_tr (self->lang, N_("Arrived %s")), time);
  GtkWidget *arrived = gtk_label_new (arrived_text);
  GtkWidget *button = gtk_button_new_with_label (fd_tr (self->lang, N_("Check out")));

  gtk_widget_add_css_class (name, "staff-visitor");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (company), 24);
  gtk_widget_set_tooltip_text (name, visit->name);
  gtk_label_set_xalign (GTK_LABEL (company), 0);
  gtk_label_set_ellipsize (GTK_LABEL (company), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (company, "dim-label");
  gtk_box_append (GTK_BOX (who), name);
  gtk_box_append (GTK_BOX (who), company);
  gtk_widget_set_size_request (who, 300, -1);
  gtk_widget_set_hexpand (who, FALSE);

  gtk_label_set_xalign (GTK_LABEL (host), 0);
  gtk_label_set_ellipsize (GTK_LABEL (host), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (badge), 0);
  gtk_label_set_wrap (GTK_LABEL (badge), TRUE);
  gtk_widget_add_css_class (badge, visit->badge_state == FD_BADGE_FAILED ? "staff-badge-failed" : "dim-label");
  gtk_box_append (GTK_BOX (middle), host);
  gtk_box_append (GTK_BOX (middle), badge);
  if (visit->badge_state == FD_BADGE_HELD && !visit->watchlist_hit)
    gtk_box_append (GTK_BOX (middle),
                    fd_staff_label (fd_tr (self->lang, N_("Waiting for you: check the visitor's ID against the registration, then print the badge.")),
                                    "staff-drink"));
  if (*visit->items != '\0')
    {
      /* Translators: REG-4; %s the belongings the visitor declared. */
      g_autofree char *items = g_strdup_printf (fd_tr (self->lang, N_("Check on the way out: %s")), visit->items);

      gtk_box_append (GTK_BOX (middle), fd_staff_label (items, NULL));
    }
  if (visit->watchlist_hit)
    {
      GtkWidget *hold = gtk_label_new (fd_tr (self->lang, N_("Watchlist match: badge held. Check the visitor's identity before letting them in.")));

      gtk_label_set_wrap (GTK_LABEL (hold), TRUE);
      gtk_label_set_xalign (GTK_LABEL (hold), 0);
      gtk_widget_add_css_class (hold, "staff-badge-failed");
      gtk_box_append (GTK_BOX (middle), hold);
    }
  if (g_strcmp0 (visit->drink, "tea") == 0 || g_strcmp0 (visit->drink, "water") == 0)
    {
      GtkWidget *drink = gtk_label_new (g_str_equal (visit->drink, "tea")
                                        ? fd_tr (self->lang, N_("Would like tea"))
                                        : fd_tr (self->lang, N_("Would like water")));

      gtk_label_set_xalign (GTK_LABEL (drink), 0);
      gtk_widget_add_css_class (drink, "staff-drink");
      gtk_box_append (GTK_BOX (middle), drink);
    }
  if (visit->host_met_ms == 0 && !visit->watchlist_hit)
    append_host_state (self, GTK_BOX (middle), visit);
  gtk_widget_set_hexpand (middle, TRUE);

  g_object_set_data (G_OBJECT (button), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_set_name (button, "checkout");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (checkout_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), middle);
  gtk_box_append (GTK_BOX (box), arrived);
  if (self->print_settings != NULL && visit->badge_state != FD_BADGE_PRINTED &&
      visit->badge_state != FD_BADGE_HELD)
    {
      GtkWidget *reprint = gtk_button_new_with_label (visit->badge_state == FD_BADGE_FAILED
                                                      ? fd_tr (self->lang, N_("Reprint badge"))
                                                      : fd_tr (self->lang, N_("Print badge")));

      g_object_set_data (G_OBJECT (reprint), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
      gtk_widget_set_valign (reprint, GTK_ALIGN_CENTER);
      gtk_widget_set_name (reprint, "reprint");
      g_signal_connect (reprint, "clicked", G_CALLBACK (reprint_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), reprint);
    }
  if (visit->badge_state == FD_BADGE_HELD)
    {
      GtkWidget *confirm = gtk_button_new_with_label (fd_tr (self->lang, N_("ID checked: print badge")));

      g_object_set_data (G_OBJECT (confirm), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
      gtk_widget_set_valign (confirm, GTK_ALIGN_CENTER);
      gtk_widget_set_name (confirm, "confirm");
      gtk_widget_add_css_class (confirm, "suggested-action");
      g_signal_connect (confirm, "clicked", G_CALLBACK (confirm_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), confirm);
    }
  if (visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED)
    {
      GtkWidget *lost = gtk_button_new_with_label (fd_tr (self->lang, N_("Lost badge")));
      GtkWidget *returned = gtk_check_button_new_with_label (fd_tr (self->lang, N_("Badge back")));

      g_object_set_data (G_OBJECT (lost), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
      gtk_widget_set_valign (lost, GTK_ALIGN_CENTER);
      gtk_widget_set_name (lost, "reissue");
      g_signal_connect (lost, "clicked", G_CALLBACK (reissue_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), lost);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (returned), TRUE);
      gtk_widget_set_name (returned, "badge-returned");
      gtk_widget_set_valign (returned, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "fd-badge-returned", returned);
      gtk_box_append (GTK_BOX (box), returned);
    }
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (box), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

