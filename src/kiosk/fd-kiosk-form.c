/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include "fd-error.h"

/*
 * The walk-in journey: the form (REG-2, with REG-3 checks as the visitor
 * types), confirming the host by department (REC-2, REG-3), and the done
 * page, in fd-kiosk-done.c.  The ID number is asked
 * for only after the visitor reads why and ticks a separate consent box.
 */

#define SEARCH_LIMIT 6

static const char * const purposes[] = {
  N_("Meeting"), N_("Interview"), N_("Delivery"), N_("Visit"),
};

static const char * const id_types[] = {
  N_("Resident ID card"), N_("Passport"), N_("Other document"),
};
static const char * const id_type_ids[] = { "resident-id", "passport", "other" };

static void update_errors (FdKioskWindow *self);
static void search_hosts (FdKioskWindow *self);

static const char *
entry_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
clear_entry (gpointer editable)
{
  /* GtkEntryBuffer overwrites deleted text, so no copy stays in memory. */
  gtk_editable_set_text (GTK_EDITABLE (editable), "");
}

/* Texts. */

void
fd_kiosk_form_texts (FdKioskWindow *self)
{
  g_autofree char *company_optional = NULL;
  g_autofree char *items_optional = NULL;
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->id_type);
  GtkWidget *chip;
  guint i = 0;

  /* Translators: REG-1. */
  gtk_label_set_text (self->form_title, fd_tr (self->lang, N_("Please register your visit, thank you.")));
  gtk_label_set_text (self->name_label, fd_field_label (FD_FIELD_NAME, self->lang));
  gtk_label_set_text (self->phone_label, fd_field_label (FD_FIELD_PHONE, self->lang));
  gtk_label_set_text (self->host_label, fd_field_label (FD_FIELD_HOST, self->lang));
  gtk_label_set_text (self->purpose_label, fd_field_label (FD_FIELD_PURPOSE, self->lang));
  /* Translators: %s is a field name such as "Company". */
  company_optional = g_strdup_printf (fd_tr (self->lang, N_("%s (optional)")),
                                      fd_field_label (FD_FIELD_COMPANY, self->lang));
  gtk_label_set_text (self->company_field_label, company_optional);
  items_optional = g_strdup_printf (fd_tr (self->lang, N_("%s (optional)")),
                                    fd_field_label (FD_FIELD_ITEMS, self->lang));
  gtk_label_set_text (self->items_label, items_optional);
  gtk_entry_set_placeholder_text (self->phone_entry, fd_tr (self->lang, N_("Mobile, e.g. 138 0013 8000")));
  gtk_entry_set_placeholder_text (self->items_entry, fd_tr (self->lang, N_("e.g. a laptop, samples")));
  g_object_set (self->host_entry, "placeholder-text",
                fd_tr (self->lang, N_("Type the name of the person you are visiting")), NULL);
  gtk_entry_set_placeholder_text (self->purpose_entry, fd_tr (self->lang, N_("Tap one, or type your own")));
  for (chip = gtk_widget_get_first_child (GTK_WIDGET (self->purpose_chips)); chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    gtk_button_set_label (GTK_BUTTON (chip), fd_tr (self->lang, purposes[i++]));

  gtk_button_set_label (GTK_BUTTON (self->id_toggle), fd_tr (self->lang, N_("ID number (optional)")));
  /* Translators: REG-2, said before asking for the ID number. */
  gtk_label_set_text (self->id_reason, fd_tr (self->lang, N_("For the company's security, please give your ID number. We keep it confidential: encrypted, and deleted with your visit.")));
  gtk_check_button_set_label (self->id_consent, fd_tr (self->lang, N_("I agree to give my ID number")));
  for (i = 0; i < G_N_ELEMENTS (id_types); i++)
    gtk_string_list_append (types, fd_tr (self->lang, id_types[i]));
  gtk_drop_down_set_model (self->id_type, G_LIST_MODEL (types));
  gtk_drop_down_set_selected (self->id_type, selected < G_N_ELEMENTS (id_types) ? selected : 0);
  gtk_entry_set_placeholder_text (self->id_entry, fd_tr (self->lang, N_("ID number")));

  gtk_button_set_label (self->refuse_button, fd_tr (self->lang, N_("I'd rather not register")));
  gtk_button_set_label (self->form_back_button, fd_tr (self->lang, N_("Back")));
  gtk_button_set_label (self->form_next_button, fd_tr (self->lang, N_("Next")));

  gtk_label_set_text (self->confirm_hint, fd_tr (self->lang, N_("Let us make sure you meet the right person.")));
  gtk_button_set_label (self->confirm_no_button, fd_tr (self->lang, N_("No, go back")));
  gtk_button_set_label (self->confirm_yes_button, fd_tr (self->lang, N_("Yes, register me")));
  if (self->saving)
    gtk_label_set_text (self->confirm_status, fd_tr (self->lang, N_("Registering…")));
  if (self->chosen_host != NULL)
    {
      g_autofree char *who = fd_host_honorific_name (self->chosen_host->name, self->chosen_host->title, self->lang);
      /* Translators: REC-2/REG-3. %1$s is a department, %2$s a person with
       * honorific, e.g. 「请问您是找销售部的张伟先生吗?」. */
      g_autofree char *question = g_strdup_printf (fd_tr (self->lang, N_("Are you here to see %2$s of %1$s?")),
                                                   self->chosen_host->department, who);

      gtk_label_set_text (self->confirm_question, question);
    }

  if (self->show_errors)
    update_errors (self);
  search_hosts (self);
}

/* Checking the form. */

static void
show_error (FdKioskWindow *self,
            GtkLabel      *label,
            FdField        field,
            FdInvalid      problem)
{
  g_autofree char *message = NULL;

  if (problem == FD_INVALID_NONE || !self->show_errors)
    {
      gtk_label_set_text (label, "");
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      return;
    }
  message = fd_invalid_message (field, problem, self->lang);
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static FdInvalid
optional_text (const char *text,
               guint       max)
{
  FdInvalid problem = fd_text_normalize (text, max, NULL);

  return problem == FD_INVALID_MISSING ? FD_INVALID_NONE : problem;
}

static gboolean
id_wanted (FdKioskWindow *self)
{
  return gtk_toggle_button_get_active (self->id_toggle) &&
         gtk_check_button_get_active (self->id_consent) &&
         fd_text_normalize (entry_text (self->id_entry), 0, NULL) != FD_INVALID_MISSING;
}

static const char *
id_type_id (FdKioskWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->id_type);

  return id_type_ids[selected < G_N_ELEMENTS (id_type_ids) ? selected : 0];
}

/* Checks every field, shows what is wrong under each one, and returns the
 * first wrong field's widget (NULL when the form is complete). */
static GtkWidget *
check_form (FdKioskWindow *self)
{
  FdInvalid name = fd_text_normalize (entry_text (self->name_entry), FD_MAX_NAME, NULL);
  FdInvalid phone = fd_validate_phone (entry_text (self->phone_entry), NULL);
  FdInvalid company = optional_text (entry_text (self->company_entry), FD_MAX_COMPANY);
  FdInvalid items = optional_text (entry_text (self->items_entry), FD_MAX_COMPANY);
  FdInvalid host = self->chosen_host != NULL ? FD_INVALID_NONE : FD_INVALID_MISSING;
  FdInvalid purpose = fd_text_normalize (entry_text (self->purpose_entry), FD_MAX_PURPOSE, NULL);
  FdInvalid id = FD_INVALID_NONE;

  if (id_wanted (self))
    id = g_str_equal (id_type_id (self), "resident-id")
         ? fd_validate_id_number (entry_text (self->id_entry), NULL)
         : fd_text_normalize (entry_text (self->id_entry), 40, NULL);

  show_error (self, self->name_error, FD_FIELD_NAME, name);
  show_error (self, self->phone_error, FD_FIELD_PHONE, phone);
  show_error (self, self->company_error, FD_FIELD_COMPANY, company);
  show_error (self, self->items_error, FD_FIELD_ITEMS, items);
  show_error (self, self->host_error, FD_FIELD_HOST, host);
  show_error (self, self->purpose_error, FD_FIELD_PURPOSE, purpose);
  show_error (self, self->id_error, FD_FIELD_ID_NUMBER, id);

  if (name != FD_INVALID_NONE)
    return GTK_WIDGET (self->name_entry);
  if (phone != FD_INVALID_NONE)
    return GTK_WIDGET (self->phone_entry);
  if (company != FD_INVALID_NONE)
    return GTK_WIDGET (self->company_entry);
  if (items != FD_INVALID_NONE)
    return GTK_WIDGET (self->items_entry);
  if (host != FD_INVALID_NONE)
    return GTK_WIDGET (self->host_entry);
  if (purpose != FD_INVALID_NONE)
    return GTK_WIDGET (self->purpose_entry);
  if (id != FD_INVALID_NONE)
    return GTK_WIDGET (self->id_entry);
  return NULL;
}

static void
update_errors (FdKioskWindow *self)
{
  check_form (self);
}

static void
field_changed_cb (FdKioskWindow *self)
{
  if (self->show_errors)
    update_errors (self);
}

/* Enter in one field moves to the next, as on a paper form. */
static void
next_field_cb (FdKioskWindow *self,
               GtkEntry      *entry)
{
  if (entry == self->name_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->phone_entry));
  else if (entry == self->phone_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->company_entry));
  else if (entry == self->company_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->items_entry));
  else if (entry == self->items_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->host_entry));
  else
    gtk_widget_activate (GTK_WIDGET (self->form_next_button));
}

static void
purpose_chip_clicked_cb (GtkButton     *chip,
                         FdKioskWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_entry), gtk_button_get_label (chip));
}

/* The ID number: nothing can be typed before consent (PIPL art. 29-30). */

static void
id_toggled_cb (FdKioskWindow *self)
{
  gboolean open = gtk_toggle_button_get_active (self->id_toggle);

  if (!open && gtk_widget_has_focus (GTK_WIDGET (self->id_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->id_toggle));
  gtk_revealer_set_reveal_child (self->id_revealer, open);
  if (!open)
    {
      gtk_check_button_set_active (self->id_consent, FALSE);
      clear_entry (self->id_entry);
    }
}

static void
id_consent_toggled_cb (FdKioskWindow *self)
{
  gboolean consent = gtk_check_button_get_active (self->id_consent);

  gtk_widget_set_sensitive (GTK_WIDGET (self->id_entry), consent);
  gtk_widget_set_sensitive (GTK_WIDGET (self->id_type), consent);
  if (!consent)
    clear_entry (self->id_entry);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->id_entry));
  if (self->show_errors)
    update_errors (self);
}

/* Host search: name and department only, nothing else about a host. */

static void
clear_host_list (FdKioskWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->host_list))) != NULL)
    gtk_list_box_remove (self->host_list, child);
  g_ptr_array_set_size (self->hosts, 0);
}

static GtkWidget *
host_row (const FdHost *host)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *name = gtk_label_new (host->name);
  GtkWidget *department = gtk_label_new (host->department);

  gtk_widget_add_css_class (name, "kiosk-host-name");
  gtk_widget_add_css_class (department, "kiosk-host-department");
  gtk_label_set_xalign (GTK_LABEL (department), 0);
  gtk_label_set_ellipsize (GTK_LABEL (department), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (department, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), department);
  return box;
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdKioskWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = fd_store_search_hosts_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_KIOSK_WINDOW (user_data);
  clear_host_list (self);

  if (hosts == NULL || hosts->len == 0)
    {
      GtkWidget *label = gtk_label_new (fd_tr (self->lang, hosts == NULL
                                               ? N_("The list of people cannot be read right now. Please ask at reception.")
                                               : N_("No one by that name. Please check the name, or ask at reception.")));
      GtkListBoxRow *row;

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "kiosk-host-none");
      gtk_list_box_append (self->host_list, label);
      row = GTK_LIST_BOX_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->host_list)));
      gtk_list_box_row_set_selectable (row, FALSE);
      gtk_list_box_row_set_activatable (row, FALSE);
      return;
    }

  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = g_ptr_array_index (hosts, i);

      gtk_list_box_append (self->host_list, host_row (host));
      if (self->chosen_host != NULL && self->chosen_host->id == host->id)
        gtk_list_box_select_row (self->host_list, gtk_list_box_get_row_at_index (self->host_list, (int) i));
    }
  g_ptr_array_extend_and_steal (self->hosts, g_steal_pointer (&hosts));
}

static void
search_hosts (FdKioskWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->host_entry));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  if (fd_text_normalize (text, FD_MAX_NAME, NULL) != FD_INVALID_NONE)
    {
      clear_host_list (self);
      return;
    }
  self->search_cancellable = g_cancellable_new ();
  fd_store_search_hosts_async (self->store, text, SEARCH_LIMIT, self->search_cancellable,
                               search_done_cb, self);
}

static void
host_search_changed_cb (FdKioskWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->host_entry));

  /* Typing another name means choosing again: the same name may belong to
   * someone in another department. */
  if (self->chosen_host == NULL || g_strcmp0 (text, self->chosen_host->name) != 0)
    g_clear_pointer (&self->chosen_host, fd_host_free);
  search_hosts (self);
  if (self->show_errors)
    update_errors (self);
}

static void
host_selected_cb (FdKioskWindow *self,
                  GtkListBoxRow *row)
{
  int index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->hosts->len)
    return;
  g_clear_pointer (&self->chosen_host, fd_host_free);
  self->chosen_host = fd_host_copy (g_ptr_array_index (self->hosts, index));
  if (self->show_errors)
    update_errors (self);
}

/* Chooses @host for the visitor, as "not sure" does after a topic. */
void
fd_kiosk_form_set_host (FdKioskWindow *self,
                        const FdHost  *host)
{
  g_clear_pointer (&self->chosen_host, fd_host_free);
  self->chosen_host = fd_host_copy (host);
  gtk_editable_set_text (GTK_EDITABLE (self->host_entry), host->name);
}

/* Pages. */

void
fd_kiosk_form_clear (FdKioskWindow *self)
{
  gpointer entries[] = { self->name_entry, self->phone_entry, self->company_entry, self->items_entry,
                         self->purpose_entry, self->id_entry, self->host_entry };

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->show_errors = FALSE;
  self->saving = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    clear_entry (entries[i]);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);  /* the clearing searched */
  clear_host_list (self);
  g_clear_pointer (&self->chosen_host, fd_host_free);
  gtk_toggle_button_set_active (self->id_toggle, FALSE);
  gtk_check_button_set_active (self->id_consent, FALSE);
  gtk_drop_down_set_selected (self->id_type, 0);
  gtk_revealer_set_reveal_child (self->id_revealer, FALSE);

  g_clear_pointer (&self->done_host, g_free);
  g_clear_pointer (&self->done_host_title, g_free);
  g_clear_pointer (&self->badge_file, g_free);
  self->done_has_items = FALSE;
  self->done_visit = 0;
  self->badge_busy = FALSE;
  self->badge_state = FD_BADGE_PENDING;
  self->drink = NULL;
  gtk_label_set_text (self->done_print, "");
  gtk_label_set_text (self->done_wait, "");
  gtk_label_set_text (self->confirm_question, "");
  gtk_label_set_text (self->confirm_status, "");
  gtk_spinner_stop (self->confirm_spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), TRUE);
  update_errors (self);
}

static void
back_to_welcome_cb (FdKioskWindow *self)
{
  fd_kiosk_window_reset (self);
}

static void
register_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_set_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
refuse_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_set_page (self, "refuse");
}

static void
form_next_cb (FdKioskWindow *self)
{
  GtkWidget *wrong;

  self->show_errors = TRUE;
  wrong = check_form (self);
  if (wrong != NULL)
    {
      gtk_widget_grab_focus (wrong);
      return;
    }
  fd_kiosk_form_texts (self);
  gtk_label_set_text (self->confirm_status, "");
  fd_kiosk_set_page (self, "confirm");
}

static void
confirm_no_cb (FdKioskWindow *self)
{
  fd_kiosk_set_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->host_entry));
}

/* Saving runs add_visit and reads the visit back in one worker job, so the
 * kiosk knows at once whether the badge is held (watchlist). */
static gpointer
save_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  gint64 id = fd_store_add_visit (store, data, error);

  return id != 0 ? fd_store_get_visit (store, id, error) : NULL;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autofree char *host = NULL;
  g_autofree char *host_title = NULL;

  if (!self->saving)
    return;  /* reset while saving: the visitor has gone */
  self->saving = FALSE;
  gtk_spinner_stop (self->confirm_spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), TRUE);

  if (visit == NULL)
    {
      g_message ("Saving a registration failed: %s", error->message);
      /* What the visitor typed stays on the page: "Yes" again works once
       * the disk has room. */
      gtk_label_set_text (self->confirm_status,
                          g_error_matches (error, FD_ERROR, FD_ERROR_FULL)
                          ? fd_tr (self->lang, N_("We cannot save your registration right now. Please ask at reception; we are sorry for the wait."))
                          : fd_tr (self->lang, N_("The registration did not go through. Please try again, or ask at reception.")));
      return;
    }

  /* The visit is on disk.  Keep only what the next page shows, and wipe the
   * form now. */
  host = g_strdup (self->chosen_host->name);
  host_title = g_strdup (self->chosen_host->title);
  fd_kiosk_form_clear (self);
  if (visit->badge_state == FD_BADGE_HELD)
    {
      /* Watchlist: the visitor sees a neutral page; the staff window has
       * the alert. */
      fd_kiosk_set_page (self, "held");
      fd_kiosk_schedule_welcome (self, FD_KIOSK_DONE_SECONDS);
    }
  else
    fd_kiosk_show_done_for_visit (self, visit->id, host, host_title, *visit->items != '\0');
  fd_kiosk_window_emit_registered (self, visit->id);
}

static void
confirm_yes_cb (FdKioskWindow *self)
{
  FdRegistration *reg;

  if (self->saving || self->chosen_host == NULL)
    return;

  reg = fd_registration_new ();
  reg->name = g_strdup (entry_text (self->name_entry));
  reg->phone = g_strdup (entry_text (self->phone_entry));
  reg->company = g_strdup (entry_text (self->company_entry));
  reg->items = g_strdup (entry_text (self->items_entry));
  reg->purpose = g_strdup (entry_text (self->purpose_entry));
  reg->host_id = self->chosen_host->id;
  reg->visit_ms = fd_store_now_ms (self->store);
  if (id_wanted (self))
    {
      reg->id_number = g_strdup (entry_text (self->id_entry));
      reg->id_doc_type = g_strdup (id_type_id (self));
    }

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), FALSE);
  gtk_spinner_start (self->confirm_spinner);
  gtk_label_set_text (self->confirm_status, fd_tr (self->lang, N_("Registering…")));
  fd_store_run_async (self->store, save_job, reg, (GDestroyNotify) fd_registration_free,
                      (GDestroyNotify) fd_visit_free, self->cancellable, saved_cb, g_object_ref (self));
}

void
fd_kiosk_form_init (FdKioskWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (purposes); i++)
    {
      GtkWidget *chip = gtk_button_new_with_label (purposes[i]);

      gtk_widget_add_css_class (chip, "kiosk-chip");
      g_signal_connect (chip, "clicked", G_CALLBACK (purpose_chip_clicked_cb), self);
      gtk_box_append (self->purpose_chips, chip);
    }
}

void
fd_kiosk_form_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, register_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, refuse_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, id_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, id_consent_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_welcome_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_no_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_yes_cb);
}
