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
 * not handed in; it then shows in "left today" until it turns up.  Whether
 * declared items were checked goes to the audit log, in the same
 * transaction (fd_store_check_out()). */
static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdStaffWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_check_out_finish (FD_STORE (source), result, &error);

  if (visit != NULL)
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
  GtkWidget *returned = g_object_get_data (G_OBJECT (button), "fd-badge-returned");
  GtkWidget *items = g_object_get_data (G_OBJECT (button), "fd-items-checked");
  FdCheckOut how = {
    .visit_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id")),
    .badge = returned != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (returned))
             ? FD_BADGE_BACK_YES : FD_BADGE_BACK_NO,
    .items = items == NULL ? NULL
             : gtk_check_button_get_active (GTK_CHECK_BUTTON (items)) ? "checked" : "not checked",
  };

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_store_check_out_async (self->store, self->session, &how, self->cancellable, checked_out_cb, self);
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

/* The job's flag says a lost badge is reissued (REG-7) rather than a held
 * one confirmed. */
static gpointer
release_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  FdStaffJob *job = data;

  if (job->flag)
    {
      g_autofree char *token = fd_store_reissue_badge (store, job->session, job->id, error);

      if (token == NULL)
        return NULL;
    }
  else if (!fd_store_confirm_arrival (store, job->session, job->id, error))
    return NULL;
  if (job->settings != NULL)
    {
      g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue (store, job->settings, job->id, error);

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
  FdStaffJob *job = fd_staff_job_new (self, visit_id);

  job->settings = self->print_settings != NULL ? fd_print_settings_copy (self->print_settings) : NULL;
  job->flag = reissue;
  fd_staff_window_run (self, release_job, job, (GDestroyNotify) fd_staff_job_free,
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
  const char *fee = self->badge_fee != NULL ? self->badge_fee : "";
  g_autofree char *text = NULL;
  GtkWidget *box;
  GtkWidget *dialog = fd_staff_dialog_new (self, "reissue-dialog", fd_tr (self->lang, N_("Lost badge")), &box);

  if (*fee != '\0')
    /* Translators: %s is the site's fee, e.g. "20 元". */
    text = g_strdup_printf (fd_tr (self->lang, N_("Issue a new badge? The old one stops working at once. Collect the fee of %s; it is recorded.")), fee);
  else
    text = g_strdup (fd_tr (self->lang, N_("Issue a new badge? The old one stops working at once.")));
  gtk_box_append (GTK_BOX (box), fd_staff_label (text, NULL));
  fd_staff_dialog_add_buttons (dialog, box, self->lang, fd_tr (self->lang, N_("Issue new badge")),
                               "reissue-confirm", G_CALLBACK (reissue_confirmed_cb));
  g_object_set_data (G_OBJECT (dialog), "fd-visit-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_window_present (GTK_WINDOW (dialog));
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
  GtkWidget *items_checked = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (visit->name);
  g_autofree char *company_text = *visit->company != '\0'
                                  ? g_strdup_printf ("%s  ·  %s", visit->company, visit->phone)
                                  : g_strdup (visit->phone);
  GtkWidget *company = gtk_label_new (company_text);
  g_autofree char *host_text = fd_staff_visiting_text (self, visit->host_name, visit->host_title,
                                                       visit->host_department);
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

      items_checked = gtk_check_button_new_with_label (items);
      gtk_widget_set_name (items_checked, "items-checked");
      gtk_box_append (GTK_BOX (middle), items_checked);
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
    fd_staff_append_host_state (self, GTK_BOX (middle), visit);
  gtk_widget_set_hexpand (middle, TRUE);

  g_object_set_data (G_OBJECT (button), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_set_name (button, "checkout");
  {
    /* Translators: what a screen reader says for a row's Check out; %s
     * the visitor. */
    g_autofree char *whom = g_strdup_printf (fd_tr (self->lang, N_("Check out %s")), visit->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, whom, -1);
  }
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
  g_object_set_data (G_OBJECT (button), "fd-items-checked", items_checked);
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (box), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

