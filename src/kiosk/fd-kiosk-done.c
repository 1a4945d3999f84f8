/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

/*
 * The done page (REG-4, REC-4): the badge printing in the background, the
 * SOP's hand-over words, the belongings sentence, and a drink for the staff
 * window to bring.
 */


/* For work whose outcome the visitor does not wait for (a drink, an
 * answer, an alert): a failure is logged, and the staff window reads the
 * database, not this window. */
void
fd_kiosk_log_failure_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s failed: %s", (const char *) user_data, error->message);
}

/* The done page: REG-4's words once the badge is in the visitor's hand,
 * REC-4's while they wait, and a drink. */
void
fd_kiosk_done_texts (FdKioskWindow *self)
{
  g_autofree char *who = NULL;
  g_autofree char *wait = NULL;

  gtk_label_set_text (self->done_title, fd_tr (self->lang, N_("You are registered. Thank you!")));
  gtk_label_set_text (self->done_badge, fd_tr (self->lang, N_("Here is your visitor badge. Please keep it with you and return it when you leave.")));
  gtk_label_set_text (self->done_items, fd_tr (self->lang, N_("As you carry items, please show your visitor badge when you leave so that we can check them.")));
  gtk_label_set_text (self->drink_question, fd_tr (self->lang, N_("Would you like something to drink while you wait?")));
  gtk_button_set_label (self->drink_tea_button, fd_tr (self->lang, N_("Tea")));
  gtk_button_set_label (self->drink_water_button, fd_tr (self->lang, N_("Water")));
  gtk_button_set_label (self->drink_none_button, fd_tr (self->lang, N_("No, thank you")));
  gtk_button_set_label (self->done_button, fd_tr (self->lang, N_("Done")));

  gtk_widget_set_visible (GTK_WIDGET (self->done_items), self->done_has_items);
  gtk_widget_set_visible (GTK_WIDGET (self->drink_buttons), self->drink == NULL);
  if (self->drink != NULL && g_strcmp0 (self->drink, "none") != 0)
    gtk_label_set_text (self->drink_question, fd_tr (self->lang, N_("We will bring it to you shortly.")));
  gtk_widget_set_visible (GTK_WIDGET (self->drink_question),
                          self->drink == NULL || g_strcmp0 (self->drink, "none") != 0);

  if (self->done_host != NULL)
    {
      who = fd_host_honorific_name (self->done_host, self->done_host_title, self->lang);
      /* Translators: REC-4. %s is the host with honorific. */
      wait = g_strdup_printf (fd_tr (self->lang, N_("Please take a seat here. We are letting %s know you have arrived.")), who);
      gtk_label_set_text (self->done_wait, wait);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->done_badge),
                          !self->badge_busy && self->badge_state != FD_BADGE_FAILED);
  if (self->badge_busy)
    gtk_label_set_text (self->done_print, fd_tr (self->lang, N_("Your visitor badge is printing…")));
  else if (self->badge_state == FD_BADGE_FAILED)
    gtk_label_set_text (self->done_print, fd_tr (self->lang, N_("Your visitor badge could not be printed. Please collect it at reception; the receptionist has been told.")));
  else if (self->badge_state == FD_BADGE_SAVED)
    {
      g_autofree char *saved = g_strdup_printf (fd_tr (self->lang, N_("No badge printer is set up: the badge was saved as %s")),
                                                self->badge_file);
      gtk_label_set_text (self->done_print, saved);
    }
  else
    gtk_label_set_text (self->done_print, "");
  gtk_widget_set_visible (GTK_WIDGET (self->done_print), *gtk_label_get_text (self->done_print) != '\0');
}

/* The done page of a visit just stored, by the form or an invitation. */
void
fd_kiosk_show_done_for_visit (FdKioskWindow *self,
                              gint64         visit_id,
                              const char    *host,
                              const char    *host_title,
                              gboolean       items)
{
  g_free (self->done_host);
  self->done_host = g_strdup (host);
  g_free (self->done_host_title);
  self->done_host_title = g_strdup (host_title);
  self->done_has_items = items;
  self->done_visit = visit_id;
  self->drink = NULL;
  if (self->print_settings != NULL)
    {
      self->badge_busy = TRUE;
      fd_kiosk_issue_badge (self, visit_id);
    }
  fd_kiosk_done_texts (self);
  fd_kiosk_set_page (self, "done");
  fd_kiosk_schedule_welcome (self, FD_KIOSK_DONE_SECONDS);
}

static void
badge_issued_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !self->badge_busy)
    return;  /* the visitor has gone; the staff window has the outcome */
  self->badge_busy = FALSE;
  if (outcome == NULL)
    {
      g_warning ("Issuing a badge failed: %s", error->message);
      self->badge_state = FD_BADGE_FAILED;
    }
  else
    {
      self->badge_state = outcome->state;
      if (outcome->state == FD_BADGE_SAVED)
        self->badge_file = g_strdup (outcome->detail);
    }
  fd_kiosk_done_texts (self);
  fd_kiosk_window_emit_badge_issued (self, self->done_visit);
}

void
fd_kiosk_issue_badge (FdKioskWindow *self,
                      gint64         visit_id)
{
  fd_badge_issue_async (self->store, self->print_settings, visit_id, self->cancellable,
                        badge_issued_cb, g_object_ref (self));
}

/* REC-4: a drink, for the staff window to bring. */

typedef struct {
  gint64      visit_id;
  const char *drink;
} DrinkData;

static gpointer
drink_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  DrinkData *drink = data;

  return fd_store_set_drink (store, drink->visit_id, drink->drink, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
drink_clicked_cb (FdKioskWindow *self,
                  GtkButton     *button)
{
  DrinkData *drink = g_new0 (DrinkData, 1);

  drink->visit_id = self->done_visit;
  drink->drink = button == self->drink_tea_button ? "tea"
                 : button == self->drink_water_button ? "water" : "none";
  self->drink = drink->drink;
  fd_kiosk_done_texts (self);
  if (g_str_equal (drink->drink, "none"))
    {
      g_free (drink);
      return;
    }
  fd_store_run_async (self->store, drink_job, drink, g_free, NULL, NULL, fd_kiosk_log_failure_cb, (gpointer) "Saving a drink");
}

void
fd_kiosk_done_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, drink_clicked_cb);
}
