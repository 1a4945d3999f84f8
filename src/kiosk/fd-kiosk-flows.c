/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include "fd-error.h"
#include "fd-settings.h"

/*
 * The kiosk's other journeys: an invitation (scan, one tap), "not sure
 * whom to see" (REC-3), check-out with the goodbye and a one-tap
 * satisfaction question (REC-5, KPI-1), declining to register (REG-6), the
 * neutral page of a watchlist hit, and the staff PIN that leaves kiosk mode.
 */

#define GOODBYE_SECONDS 20

/* Texts. */

void
fd_kiosk_flows_texts (FdKioskWindow *self)
{
  GtkWidget *child;
  guint i = 0;

  gtk_label_set_text (self->invite_title, fd_tr (self->lang, N_("Scan the QR code of your invitation")));
  gtk_label_set_text (self->invite_hint, fd_tr (self->lang, N_("Or type the 8-character code from your invitation.")));
  gtk_button_set_label (self->invite_back_button, fd_tr (self->lang, N_("Back")));
  gtk_button_set_label (self->invite_next_button, fd_tr (self->lang, N_("Next")));
  gtk_button_set_label (self->invite_walkin_button, fd_tr (self->lang, N_("Register without an invitation")));
  gtk_label_set_text (self->invite_confirm_title, fd_tr (self->lang, N_("Welcome! Please check your invitation:")));
  gtk_button_set_label (self->invite_notme_button, fd_tr (self->lang, N_("This is not me")));
  gtk_button_set_label (self->invite_confirm_button, fd_tr (self->lang, N_("Confirm and print my badge")));
  if (self->invitation != NULL)
    {
      g_autofree char *who = fd_host_honorific_name (self->invitation->host_name, self->invitation->host_title, self->lang);
      g_autofree char *details = NULL;

      /* Translators: the invitation's details; %1$s visitor, %2$s company
       * (may be empty), %3$s host with honorific, %4$s department, %5$s
       * purpose. */
      details = g_strdup_printf (fd_tr (self->lang, N_("%1$s  %2$s\nVisiting %3$s of %4$s\nPurpose: %5$s")),
                                 self->invitation->name, self->invitation->company, who,
                                 self->invitation->host_department, self->invitation->purpose);
      gtk_label_set_text (self->invite_details, details);
    }

  /* Translators: REC-3. */
  gtk_label_set_text (self->topics_title, fd_tr (self->lang, N_("What would you like to do today? We will put you in touch with the right department.")));
  gtk_button_set_label (self->topics_back_button, fd_tr (self->lang, N_("Back")));
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      Topic *topic = i < self->topics->len ? g_ptr_array_index (self->topics, i) : NULL;

      if (topic != NULL)
        gtk_button_set_label (GTK_BUTTON (button), self->lang == FD_LANG_ZH ? topic->zh : topic->en);
    }

  /* Translators: REG-6. */
  gtk_label_set_text (self->refuse_title, fd_tr (self->lang, N_("We understand.")));
  gtk_label_set_text (self->refuse_text, fd_tr (self->lang, N_("Registration is the company's rule, for your safety and the company's. Thank you for your understanding.")));
  gtk_button_set_label (self->refuse_back_button, fd_tr (self->lang, N_("All right, I will register")));
  gtk_button_set_label (self->refuse_final_button, fd_tr (self->lang, N_("I still do not want to register")));
  gtk_label_set_text (self->refused_text, fd_tr (self->lang, N_("Please wait a moment: a colleague from reception is coming to help you.")));
  gtk_button_set_label (self->refused_done_button, fd_tr (self->lang, N_("Done")));

  gtk_label_set_text (self->held_title, fd_tr (self->lang, N_("Thank you.")));
  gtk_label_set_text (self->held_text, fd_tr (self->lang, N_("Please see the reception desk to complete your registration.")));
  gtk_button_set_label (self->held_done_button, fd_tr (self->lang, N_("Done")));

  gtk_label_set_text (self->checkout_title, fd_tr (self->lang, N_("Scan your visitor badge to check out")));
  gtk_label_set_text (self->checkout_hint, fd_tr (self->lang, N_("Hold the QR code of your badge under the scanner.")));
  gtk_button_set_label (self->checkout_back_button, fd_tr (self->lang, N_("Back")));

  /* Translators: REC-5. */
  gtk_label_set_text (self->goodbye_title, fd_tr (self->lang, N_("Goodbye, and welcome back anytime!")));
  gtk_label_set_text (self->goodbye_items, fd_tr (self->lang, N_("Please remember to take your belongings with you.")));
  gtk_label_set_text (self->goodbye_badge, self->site->return_box
                      ? fd_tr (self->lang, N_("Please drop your visitor badge into the return box."))
                      : fd_tr (self->lang, N_("Please hand your visitor badge back at reception.")));
  gtk_label_set_text (self->survey_question, fd_tr (self->lang, N_("How was your visit today?")));
  gtk_button_set_label (self->survey_good_button, fd_tr (self->lang, N_("Satisfied")));
  gtk_button_set_label (self->survey_ok_button, fd_tr (self->lang, N_("Neutral")));
  gtk_button_set_label (self->survey_bad_button, fd_tr (self->lang, N_("Not satisfied")));
  gtk_label_set_text (self->survey_thanks, self->survey > 0 ? fd_tr (self->lang, N_("Thank you for your feedback!")) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->survey_buttons), self->survey == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->goodbye_items), self->goodbye_has_items);
  gtk_button_set_label (self->goodbye_done_button, fd_tr (self->lang, N_("Done")));

  gtk_label_set_text (self->pin_title, fd_tr (self->lang, N_("Staff only: sign in to leave kiosk mode")));
  gtk_entry_set_placeholder_text (self->pin_user_entry, fd_tr (self->lang, N_("User name")));
  g_object_set (self->pin_entry, "placeholder-text", fd_tr (self->lang, N_("Password or PIN")), NULL);
  gtk_button_set_label (self->pin_cancel_button, fd_tr (self->lang, N_("Cancel")));
  gtk_button_set_label (self->pin_ok_button, fd_tr (self->lang, N_("Sign in")));
}

static void
set_message (GtkLabel   *label,
             const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL && *message != '\0');
}

void
fd_kiosk_flows_clear (FdKioskWindow *self)
{
  gpointer entries[] = { self->invite_entry, self->checkout_entry, self->pin_user_entry, self->pin_entry };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_editable_set_text (GTK_EDITABLE (entries[i]), "");
  g_clear_pointer (&self->invitation, fd_invitation_free);
  gtk_label_set_text (self->invite_details, "");
  set_message (self->invite_error, NULL);
  set_message (self->invite_status, NULL);
  set_message (self->checkout_error, NULL);
  set_message (self->pin_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->invite_walkin_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), TRUE);
  self->goodbye_visit = 0;
  self->goodbye_has_items = FALSE;
  self->survey = 0;
  fd_kiosk_flows_texts (self);
}

/* Invitations. */

static void
invite_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_set_page (self, "invite");
}

static gpointer
find_invitation_job (FdStore   *store,
                     gpointer   data,
                     GError   **error)
{
  return fd_store_find_invitation (store, data, error);
}

static void
invitation_found_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdInvitation) invitation = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autofree char *today = NULL;
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (invitation == NULL)
    message = g_strdup (fd_tr (self->lang, g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND)
                                           ? N_("We could not find this invitation code. Please check it, or register without an invitation.")
                                           : N_("The invitation cannot be read right now. Please register without it, or ask at reception.")));
  else if (invitation->state == FD_INVITATION_USED)
    message = g_strdup (fd_tr (self->lang, N_("This invitation has already been used. Please register without it, or ask at reception.")));
  else if (invitation->state == FD_INVITATION_CANCELLED)
    message = g_strdup (fd_tr (self->lang, N_("This invitation was cancelled. Please register without it, or ask at reception.")));
  else
    {
      today = fd_store_today (self->store);
      if (g_strcmp0 (invitation->day, today) != 0)
        /* Translators: %s is a date such as 2026-12-01. */
        message = g_strdup_printf (fd_tr (self->lang, N_("This invitation is for %s, not today. Please register without it.")),
                                   invitation->day);
    }

  if (message != NULL)
    {
      set_message (self->invite_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->invite_walkin_button), TRUE);
      fd_kiosk_set_page (self, "invite");
      return;
    }
  g_clear_pointer (&self->invitation, fd_invitation_free);
  self->invitation = g_steal_pointer (&invitation);
  fd_kiosk_flows_texts (self);
  set_message (self->invite_status, NULL);
  fd_kiosk_set_page (self, "invite_confirm");
}

static void
invite_submit_cb (FdKioskWindow *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->invite_entry));

  set_message (self->invite_error, NULL);
  fd_store_run_async (self->store, find_invitation_job, g_strdup (code), g_free,
                      (GDestroyNotify) fd_invitation_free, self->cancellable,
                      invitation_found_cb, g_object_ref (self));
}

static gpointer
check_in_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  gint64 id = fd_store_check_in_invitation (store, data, error);

  return id != 0 ? fd_store_get_visit (store, id, error) : NULL;
}

static void
checked_in_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), TRUE);
  if (visit == NULL)
    {
      set_message (self->invite_status, fd_tr (self->lang, N_("The registration did not go through. Please try again, or ask at reception.")));
      return;
    }
  g_clear_pointer (&self->invitation, fd_invitation_free);
  gtk_label_set_text (self->invite_details, "");
  if (visit->badge_state == FD_BADGE_HELD)
    {
      fd_kiosk_set_page (self, "held");
      fd_kiosk_schedule_welcome (self, GOODBYE_SECONDS);
    }
  else
    fd_kiosk_show_done_for_visit (self, visit->id, visit->host_name, visit->host_title, FALSE);
  fd_kiosk_window_emit_registered (self, visit->id);
}

static void
invite_confirm_cb (FdKioskWindow *self)
{
  if (self->invitation == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), FALSE);
  set_message (self->invite_status, fd_tr (self->lang, N_("Registering…")));
  fd_store_run_async (self->store, check_in_job, g_strdup (self->invitation->code), g_free,
                      (GDestroyNotify) fd_visit_free, self->cancellable, checked_in_cb, g_object_ref (self));
}

/* Not sure whom to see (REC-3): the site's topics, each routed to a
 * department's contact.  Set with the "kiosk_topics" setting:
 * [{"zh": "产品咨询", "en": "Products", "host_id": 1}, …] */

void
fd_kiosk_topic_free (Topic *topic)
{
  g_free (topic->zh);
  g_free (topic->en);
  fd_host_free (topic->host);
  g_free (topic);
}

static void
topic_clicked_cb (GtkButton     *button,
                  FdKioskWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fd-topic"));
  Topic *topic = g_ptr_array_index (self->topics, index);

  fd_kiosk_form_set_host (self, topic->host);
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_entry), self->lang == FD_LANG_ZH ? topic->zh : topic->en);
  fd_kiosk_set_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/* Reads the topics, leaving out those whose contact has left: for a
 * worker thread. */
GPtrArray *
fd_kiosk_topics_read (FdStore *store)
{
  g_autofree char *json = fd_store_get_setting (store, "kiosk_topics", "[]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = fd_topics_parse (json, &error);
  GPtrArray *topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_kiosk_topic_free);

  if (parsed == NULL)
    {
      g_warning ("The kiosk_topics setting is not usable: %s", error->message);
      return topics;
    }
  for (guint i = 0; i < parsed->len; i++)
    {
      FdTopic *entry = parsed->pdata[i];
      FdHost *host = fd_store_get_host (store, entry->host_id, NULL);
      Topic *topic;

      if (host == NULL || !host->active)
        {
          fd_host_free (host);
          continue;  /* a contact who left: the topic is not offered */
        }
      topic = g_new0 (Topic, 1);
      topic->zh = g_strdup (entry->zh);
      topic->en = g_strdup (entry->en);
      topic->host = host;
      g_ptr_array_add (topics, topic);
    }
  return topics;
}

/* Shows @topics (taken) as the buttons of the "not sure" page. */
void
fd_kiosk_flows_show_topics (FdKioskWindow *self,
                            GPtrArray     *topics)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_flow_box_remove (self->topics_box, child);
  g_ptr_array_set_size (self->topics, 0);
  g_ptr_array_extend_and_steal (self->topics, topics);
  for (guint i = 0; i < self->topics->len; i++)
    {
      Topic *topic = g_ptr_array_index (self->topics, i);
      GtkWidget *button = gtk_button_new_with_label (self->lang == FD_LANG_ZH ? topic->zh : topic->en);

      gtk_widget_add_css_class (button, "kiosk-big");
      g_object_set_data (G_OBJECT (button), "fd-topic", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (topic_clicked_cb), self);
      gtk_flow_box_append (self->topics_box, button);
    }
}

static void
unsure_clicked_cb (FdKioskWindow *self)
{
  if (self->topics->len == 0)
    {
      fd_kiosk_set_page (self, "refused");
      return;
    }
  fd_kiosk_set_page (self, "topics");
}

/* Check-out (REC-5). */

static void
checkout_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_set_page (self, "checkout");
}

/* With a return box (site setting badge_return_box=1) the badge counts as
 * returned at check-out; otherwise the staff window confirms it. */
static gpointer
checkout_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  g_autofree char *box = fd_store_get_setting (store, "badge_return_box", "0");
  gint64 id = fd_store_checkout_by_token (store, NULL, data, error);

  if (id == 0)
    return NULL;
  if (fd_setting_bool (box) && !fd_store_mark_badge_returned (store, NULL, id, error))
    return NULL;
  return fd_store_get_visit (store, id, error);
}

static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->checkout_entry), "");
  if (visit == NULL)
    {
      set_message (self->checkout_error,
                   g_error_matches (error, FD_ERROR, FD_ERROR_STATE)
                   ? fd_tr (self->lang, N_("You have already checked out. Thank you!"))
                   : g_error_matches (error, FD_ERROR, FD_ERROR_FULL)
                   ? fd_tr (self->lang, N_("We cannot record your check-out right now. Please hand your badge in at reception."))
                   : fd_tr (self->lang, N_("This badge cannot be read. Please check out at reception.")));
      fd_kiosk_set_page (self, "checkout");
      return;
    }
  self->goodbye_visit = visit->id;
  self->goodbye_has_items = *visit->items != '\0';
  self->survey = 0;
  fd_kiosk_flows_texts (self);
  fd_kiosk_set_page (self, "goodbye");
  fd_kiosk_schedule_welcome (self, GOODBYE_SECONDS);
}

static void
checkout_submit_cb (FdKioskWindow *self)
{
  g_autofree char *token = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->checkout_entry))));

  set_message (self->checkout_error, NULL);
  if (*token == '\0')
    return;
  fd_store_run_async (self->store, checkout_job, g_steal_pointer (&token), g_free,
                      (GDestroyNotify) fd_visit_free, self->cancellable, checked_out_cb, g_object_ref (self));
}

typedef struct {
  gint64 visit_id;
  int    score;
} Survey;

static gpointer
survey_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Survey *survey = data;

  return fd_store_set_satisfaction (store, survey->visit_id, survey->score, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
survey_clicked_cb (FdKioskWindow *self,
                   GtkButton     *button)
{
  Survey *survey = g_new0 (Survey, 1);

  survey->visit_id = self->goodbye_visit;
  survey->score = button == self->survey_good_button ? 3 : button == self->survey_ok_button ? 2 : 1;
  self->survey = survey->score;
  fd_kiosk_flows_texts (self);
  fd_store_run_async (self->store, survey_job, survey, g_free, NULL, NULL, fd_kiosk_log_failure_cb, (gpointer) "Saving an answer");
}

/* Declining to register (REG-6): explained once; if the visitor still
 * declines, reception and security are alerted. */

static gpointer
refusal_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  return fd_store_add_alert (store, "refusal", 0, NULL, error) != 0 ? GINT_TO_POINTER (1) : NULL;
}

static void
refuse_final_cb (FdKioskWindow *self)
{
  fd_kiosk_form_clear (self);
  fd_store_run_async (self->store, refusal_job, NULL, NULL, NULL, NULL, fd_kiosk_log_failure_cb, (gpointer) "Recording a refusal");
  fd_kiosk_set_page (self, "refused");
  fd_kiosk_schedule_welcome (self, GOODBYE_SECONDS);
}

/* Leaving kiosk mode takes a staff account. */

typedef struct {
  char *user;
  char *secret;
} Login;

static void
login_free (Login *login)
{
  g_free (login->user);
  fd_secret_text_free (login->secret);
  g_free (login);
}

static gpointer
login_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Login *login = data;

  return fd_store_check_kiosk_exit (store, login->user, login->secret, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
logged_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL)
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED) ||
          (error != NULL && g_str_equal (error->message, FD_KIOSK_EXIT_REFUSED)))
        set_message (self->pin_error, fd_tr (self->lang, error->message));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_message (self->pin_error, fd_tr (self->lang, N_("Wrong user name or password.")));
      gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
      return;
    }
  fd_kiosk_window_reset (self);
  fd_kiosk_window_set_locked (self, FALSE);
  gtk_window_close (GTK_WINDOW (self));
}

static void
pin_submit_cb (FdKioskWindow *self)
{
  Login *login = g_new0 (Login, 1);

  login->user = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_user_entry)));
  login->secret = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_entry)));
  set_message (self->pin_error, NULL);
  fd_store_run_async (self->store, login_job, login, (GDestroyNotify) login_free, NULL,
                      self->cancellable, logged_in_cb, g_object_ref (self));
}

void
fd_kiosk_flows_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, invite_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, invite_submit_cb);
  gtk_widget_class_bind_template_callback (widget_class, invite_confirm_cb);
  gtk_widget_class_bind_template_callback (widget_class, unsure_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, checkout_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, checkout_submit_cb);
  gtk_widget_class_bind_template_callback (widget_class, survey_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, refuse_final_cb);
  gtk_widget_class_bind_template_callback (widget_class, pin_submit_cb);
}
