/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-ui.h"

/*
 * The visitor-facing window: welcome (REC-1, REG-1) → form (REG-2, inline
 * REG-3 checks) → confirm the host by department (REC-2, REG-3) → done
 * (REG-4, REC-4).  Saving runs in a worker thread; the window keeps drawing.
 * Going back to the welcome page — by the visitor, after the done page, or
 * when idle — wipes everything the visitor typed.
 */

#define DONE_SECONDS 20
#define SEARCH_LIMIT 6

G_DEFINE_FINAL_TYPE (FdKioskWindow, fd_kiosk_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANG,
  N_PROPS,
};

enum {
  SIGNAL_VISIT_REGISTERED,
  SIGNAL_BADGE_ISSUED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_errors (FdKioskWindow *self);
static void badge_issued_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data);
static void search_hosts (FdKioskWindow *self);

static char *
company_name (FdKioskWindow *self)
{
  if (self->lang == FD_LANG_EN)
    {
      char *name = fd_store_get_setting (self->store, "company_name_en", NULL);

      if (name != NULL)
        return name;
    }
  return fd_store_get_setting (self->store, "company_name", fd_tr (self->lang, N_("our company")));
}

static char *
host_sentence_name (FdKioskWindow *self,
                    const char    *name,
                    const char    *title)
{
  return fd_host_honorific_name (name, title, self->lang);
}

static void
set_confirm_texts (FdKioskWindow *self)
{
  g_autofree char *who = NULL;
  g_autofree char *question = NULL;

  if (self->chosen_host == NULL)
    return;
  who = host_sentence_name (self, self->chosen_host->name, self->chosen_host->title);
  /* Translators: REC-2/REG-3. %1$s is a department, %2$s a person with
   * honorific, e.g. 「请问您是找销售部的张伟先生吗?」. */
  question = g_strdup_printf (fd_tr (self->lang, N_("Are you here to see %2$s of %1$s?")),
                              self->chosen_host->department, who);
  gtk_label_set_text (self->confirm_question, question);
}

static void
set_done_texts (FdKioskWindow *self)
{
  g_autofree char *who = NULL;
  g_autofree char *wait = NULL;

  if (self->done_host == NULL)
    return;
  who = host_sentence_name (self, self->done_host, self->done_host_title);
  /* Translators: REC-4. %s is the host with honorific. */
  wait = g_strdup_printf (fd_tr (self->lang, N_("Please take a seat here. We are letting %s know you have arrived.")), who);
  gtk_label_set_text (self->done_wait, wait);

  /* The badge: REG-4's words once it is in the visitor's hand. */
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

/* Puts every text of the window in the visitor's language. */
static void
apply_language (FdKioskWindow *self)
{
  static const struct {
    gsize       offset;
    const char *msgid;
  } labels[] = {
    { G_STRUCT_OFFSET (FdKioskWindow, welcome_subtitle), N_("Please register your visit, thank you.") },
    { G_STRUCT_OFFSET (FdKioskWindow, form_title), N_("Please fill in your visit") },
    { G_STRUCT_OFFSET (FdKioskWindow, confirm_hint), N_("Let us make sure you meet the right person.") },
    { G_STRUCT_OFFSET (FdKioskWindow, done_title), N_("You are registered. Thank you!") },
    { G_STRUCT_OFFSET (FdKioskWindow, done_badge), N_("Here is your visitor badge. Please keep it with you and return it when you leave.") },
  }, buttons[] = {
    { G_STRUCT_OFFSET (FdKioskWindow, register_button), N_("Register a visit") },
    { G_STRUCT_OFFSET (FdKioskWindow, form_back_button), N_("Back") },
    { G_STRUCT_OFFSET (FdKioskWindow, form_next_button), N_("Next") },
    { G_STRUCT_OFFSET (FdKioskWindow, confirm_no_button), N_("No, go back") },
    { G_STRUCT_OFFSET (FdKioskWindow, confirm_yes_button), N_("Yes, register me") },
    { G_STRUCT_OFFSET (FdKioskWindow, done_button), N_("Done") },
  };
  g_autofree char *company = company_name (self);
  g_autofree char *welcome = NULL;
  g_autofree char *company_optional = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_label_set_text (G_STRUCT_MEMBER (GtkLabel *, self, labels[i].offset),
                        fd_tr (self->lang, labels[i].msgid));
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_button_set_label (G_STRUCT_MEMBER (GtkButton *, self, buttons[i].offset),
                          fd_tr (self->lang, buttons[i].msgid));

  /* The switch names the other language in that language. */
  gtk_button_set_label (self->lang_button, self->lang == FD_LANG_ZH ? "English" : "中文");
  gtk_label_set_text (self->company_label, company);
  /* Translators: REC-1, 「您好,欢迎来到XX公司!」. %s is the company. */
  welcome = g_strdup_printf (fd_tr (self->lang, N_("Hello, welcome to %s!")), company);
  gtk_label_set_text (self->welcome_title, welcome);

  gtk_label_set_text (self->name_label, fd_field_label (FD_FIELD_NAME, self->lang));
  gtk_label_set_text (self->phone_label, fd_field_label (FD_FIELD_PHONE, self->lang));
  gtk_label_set_text (self->host_label, fd_field_label (FD_FIELD_HOST, self->lang));
  gtk_label_set_text (self->purpose_label, fd_field_label (FD_FIELD_PURPOSE, self->lang));
  /* Translators: %s is "Company". */
  company_optional = g_strdup_printf (fd_tr (self->lang, N_("%s (optional)")),
                                      fd_field_label (FD_FIELD_COMPANY, self->lang));
  gtk_label_set_text (self->company_field_label, company_optional);

  gtk_entry_set_placeholder_text (self->phone_entry, fd_tr (self->lang, N_("Mobile, e.g. 138 0013 8000")));
  g_object_set (self->host_entry, "placeholder-text",
                fd_tr (self->lang, N_("Type the name of the person you are visiting")), NULL);
  gtk_entry_set_placeholder_text (self->purpose_entry, fd_tr (self->lang, N_("e.g. meeting, interview, delivery")));

  set_confirm_texts (self);
  set_done_texts (self);
  if (self->show_errors)
    update_errors (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->confirm_status)) && !self->saving)
    gtk_label_set_text (self->confirm_status, "");
  else if (self->saving)
    gtk_label_set_text (self->confirm_status, fd_tr (self->lang, N_("Registering…")));

  /* The host list's "no match" row is in words too. */
  search_hosts (self);
}

/* Error labels. */

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

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Checks every field, shows what is wrong under each one, and returns the
 * first wrong field's widget (NULL when the form is complete). */
static GtkWidget *
check_form (FdKioskWindow *self)
{
  FdInvalid name = fd_text_normalize (entry_text (self->name_entry), FD_MAX_NAME, NULL);
  FdInvalid phone = fd_validate_phone (entry_text (self->phone_entry), NULL);
  FdInvalid company = fd_text_normalize (entry_text (self->company_entry), FD_MAX_COMPANY, NULL);
  FdInvalid host = self->chosen_host != NULL ? FD_INVALID_NONE : FD_INVALID_MISSING;
  FdInvalid purpose = fd_text_normalize (entry_text (self->purpose_entry), FD_MAX_PURPOSE, NULL);

  if (company == FD_INVALID_MISSING)
    company = FD_INVALID_NONE;  /* optional (REG-2) */

  show_error (self, self->name_error, FD_FIELD_NAME, name);
  show_error (self, self->phone_error, FD_FIELD_PHONE, phone);
  show_error (self, self->company_error, FD_FIELD_COMPANY, company);
  show_error (self, self->host_error, FD_FIELD_HOST, host);
  show_error (self, self->purpose_error, FD_FIELD_PURPOSE, purpose);

  if (name != FD_INVALID_NONE)
    return GTK_WIDGET (self->name_entry);
  if (phone != FD_INVALID_NONE)
    return GTK_WIDGET (self->phone_entry);
  if (company != FD_INVALID_NONE)
    return GTK_WIDGET (self->company_entry);
  if (host != FD_INVALID_NONE)
    return GTK_WIDGET (self->host_entry);
  if (purpose != FD_INVALID_NONE)
    return GTK_WIDGET (self->purpose_entry);
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
    gtk_widget_grab_focus (GTK_WIDGET (self->host_entry));
  else
    gtk_widget_activate (GTK_WIDGET (self->form_next_button));
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
host_row (FdHost *host)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *name = gtk_label_new (host->name);
  GtkWidget *department = gtk_label_new (host->department);

  gtk_widget_add_css_class (name, "kiosk-host-name");
  gtk_widget_add_css_class (department, "kiosk-host-department");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
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
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "kiosk-host-none");
      gtk_list_box_append (self->host_list, label);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->host_list))), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->host_list))), FALSE);
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
  /* Typing again means choosing again: the same name may belong to
   * someone in another department. */
  g_clear_pointer (&self->chosen_host, fd_host_free);
  search_hosts (self);
  if (self->show_errors)
    update_errors (self);
}

static FdHost *
host_copy (const FdHost *host)
{
  FdHost *copy = fd_host_new ();

  copy->id = host->id;
  copy->name = g_strdup (host->name);
  copy->department = g_strdup (host->department);
  copy->title = g_strdup (host->title);
  return copy;
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
  self->chosen_host = host_copy (g_ptr_array_index (self->hosts, index));
  if (self->show_errors)
    update_errors (self);
}

/* Pages. */

static void
set_page (FdKioskWindow *self,
          const char    *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
clear_entry (GtkEditable *editable)
{
  /* GtkEntryBuffer overwrites deleted text, so no copy stays in memory. */
  gtk_editable_set_text (editable, "");
}

/**
 * fd_kiosk_window_reset:
 *
 * Back to the welcome page with nothing of the last visitor left: fields,
 * search results, chosen host, messages and pending work.
 */
void
fd_kiosk_window_reset (FdKioskWindow *self)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->done_source, g_source_remove);

  self->show_errors = FALSE;
  self->saving = FALSE;
  clear_entry (GTK_EDITABLE (self->name_entry));
  clear_entry (GTK_EDITABLE (self->phone_entry));
  clear_entry (GTK_EDITABLE (self->company_entry));
  clear_entry (GTK_EDITABLE (self->purpose_entry));
  clear_entry (GTK_EDITABLE (self->host_entry));
  g_clear_object (&self->search_cancellable);  /* the clear above searched */
  clear_host_list (self);
  g_clear_pointer (&self->chosen_host, fd_host_free);
  g_clear_pointer (&self->done_host, g_free);
  g_clear_pointer (&self->done_host_title, g_free);
  g_clear_pointer (&self->badge_file, g_free);
  self->done_visit = 0;
  self->badge_busy = FALSE;
  self->badge_state = FD_BADGE_PENDING;
  gtk_label_set_text (self->done_print, "");
  gtk_label_set_text (self->confirm_question, "");
  gtk_label_set_text (self->confirm_status, "");
  gtk_label_set_text (self->done_wait, "");
  gtk_spinner_stop (self->confirm_spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), TRUE);
  update_errors (self);
  set_page (self, "welcome");
}

static void
back_to_welcome_cb (FdKioskWindow *self)
{
  fd_kiosk_window_reset (self);
}

static void
register_clicked_cb (FdKioskWindow *self)
{
  set_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
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
  set_confirm_texts (self);
  gtk_label_set_text (self->confirm_status, "");
  set_page (self, "confirm");
}

static void
confirm_no_cb (FdKioskWindow *self)
{
  set_page (self, "form");
  gtk_widget_grab_focus (GTK_WIDGET (self->host_entry));
}

static gboolean
done_timeout_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  self->done_source = 0;
  fd_kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = fd_store_add_visit_finish (FD_STORE (source), result, &error);

  if (!self->saving)
    return;  /* reset while saving: the visitor has gone */
  self->saving = FALSE;
  gtk_spinner_stop (self->confirm_spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), TRUE);

  if (id == 0)
    {
      g_warning ("Saving a registration failed: %s", error->message);
      gtk_label_set_text (self->confirm_status,
                          fd_tr (self->lang, N_("The registration did not go through. Please try again, or ask at reception.")));
      return;
    }

  /* The visit is on disk.  Keep only what the done page shows, and wipe
   * the form now. */
  self->done_host = g_strdup (self->chosen_host->name);
  self->done_host_title = g_strdup (self->chosen_host->title);
  self->done_visit = id;
  if (self->print_settings != NULL)
    {
      self->badge_busy = TRUE;
      fd_badge_issue_async (self->store, self->print_settings, id, self->cancellable,
                            badge_issued_cb, g_object_ref (self));
    }
  set_done_texts (self);
  self->show_errors = FALSE;
  clear_entry (GTK_EDITABLE (self->name_entry));
  clear_entry (GTK_EDITABLE (self->phone_entry));
  clear_entry (GTK_EDITABLE (self->company_entry));
  clear_entry (GTK_EDITABLE (self->purpose_entry));
  set_page (self, "done");
  self->done_source = g_timeout_add_seconds (DONE_SECONDS, done_timeout_cb, self);
  g_signal_emit (self, signals[SIGNAL_VISIT_REGISTERED], 0, id);
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
  set_done_texts (self);
  g_signal_emit (self, signals[SIGNAL_BADGE_ISSUED], 0, self->done_visit);
}

static void
confirm_yes_cb (FdKioskWindow *self)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();

  if (self->saving || self->chosen_host == NULL)
    return;

  reg->name = g_strdup (entry_text (self->name_entry));
  reg->phone = g_strdup (entry_text (self->phone_entry));
  reg->company = g_strdup (entry_text (self->company_entry));
  reg->purpose = g_strdup (entry_text (self->purpose_entry));
  reg->host_id = self->chosen_host->id;
  reg->visit_ms = fd_store_now_ms (self->store);

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_yes_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_no_button), FALSE);
  gtk_spinner_start (self->confirm_spinner);
  gtk_label_set_text (self->confirm_status, fd_tr (self->lang, N_("Registering…")));
  fd_store_add_visit_async (self->store, reg, self->cancellable, saved_cb, g_object_ref (self));
}

static void
lang_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_window_set_lang (self, self->lang == FD_LANG_ZH ? FD_LANG_EN : FD_LANG_ZH);
}

/* Idle: any input restarts the timer; when it fires away from the welcome
 * page, the kiosk wipes itself. */

static gboolean
idle_timeout_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  self->idle_source = 0;
  if (g_strcmp0 (fd_kiosk_window_get_page (self), "welcome") != 0 && !self->saving)
    fd_kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

static void
restart_idle (FdKioskWindow *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->idle_seconds > 0)
    self->idle_source = g_timeout_add_seconds (self->idle_seconds, idle_timeout_cb, self);
}

static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          gpointer                  user_data)
{
  restart_idle (FD_KIOSK_WINDOW (user_data));
  return GDK_EVENT_PROPAGATE;
}

static void
page_changed_cb (FdKioskWindow *self)
{
  restart_idle (self);
}

/* GObject. */

static void
fd_kiosk_window_constructed (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  apply_language (self);
  fd_kiosk_window_reset (self);
}

static void
fd_kiosk_window_dispose (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->done_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_KIOSK_WINDOW);
  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->dispose (object);
}

static void
fd_kiosk_window_finalize (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  g_clear_pointer (&self->hosts, g_ptr_array_unref);
  g_clear_pointer (&self->chosen_host, fd_host_free);
  g_clear_pointer (&self->done_host, g_free);
  g_clear_pointer (&self->done_host_title, g_free);
  g_clear_pointer (&self->badge_file, g_free);
  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->finalize (object);
}

static void
fd_kiosk_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LANG:
      g_value_set_int (value, self->lang);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_kiosk_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_LANG:
      fd_kiosk_window_set_lang (self, (FdLang) g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_kiosk_window_class_init (FdKioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fd_kiosk_window_constructed;
  object_class->dispose = fd_kiosk_window_dispose;
  object_class->finalize = fd_kiosk_window_finalize;
  object_class->get_property = fd_kiosk_window_get_property;
  object_class->set_property = fd_kiosk_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, FD_LANG_ZH, FD_LANG_EN, FD_LANG_ZH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdKioskWindow::visit-registered:
   * @id: the visit's id
   *
   * A visit is on disk and the done page is showing.
   */
  signals[SIGNAL_VISIT_REGISTERED] =
    g_signal_new ("visit-registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * FdKioskWindow::badge-issued:
   * @id: the visit's id
   *
   * The badge of the visit on the done page was printed, saved or failed.
   */
  signals[SIGNAL_BADGE_ISSUED] =
    g_signal_new ("badge-issued", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-window.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, name)
  BIND (company_label);
  BIND (lang_button);
  BIND (stack);
  BIND (welcome_title);
  BIND (welcome_subtitle);
  BIND (register_button);
  BIND (form_title);
  BIND (form_columns);
  BIND (name_label);
  BIND (name_entry);
  BIND (name_error);
  BIND (phone_label);
  BIND (phone_entry);
  BIND (phone_error);
  BIND (company_field_label);
  BIND (company_entry);
  BIND (company_error);
  BIND (host_label);
  BIND (host_entry);
  BIND (host_list);
  BIND (host_error);
  BIND (purpose_label);
  BIND (purpose_entry);
  BIND (purpose_error);
  BIND (form_back_button);
  BIND (form_next_button);
  BIND (confirm_question);
  BIND (confirm_hint);
  BIND (confirm_no_button);
  BIND (confirm_yes_button);
  BIND (confirm_spinner);
  BIND (confirm_status);
  BIND (done_title);
  BIND (done_badge);
  BIND (done_print);
  BIND (done_wait);
  BIND (done_button);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, lang_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, register_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, host_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_to_welcome_cb);
  gtk_widget_class_bind_template_callback (widget_class, form_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_no_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_yes_cb);
}

static void
fd_kiosk_window_init (FdKioskWindow *self)
{
  GtkEventController *legacy;

  self->lang = FD_LANG_ZH;
  self->idle_seconds = 60;
  self->hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_search_delay (self->host_entry, 80);

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (input_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (page_changed_cb), self);
}

FdKioskWindow *
fd_kiosk_window_new (GtkApplication *application,
                     FdStore        *store)
{
  return g_object_new (FD_TYPE_KIOSK_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

FdLang
fd_kiosk_window_get_lang (FdKioskWindow *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), FD_LANG_ZH);
  return self->lang;
}

void
fd_kiosk_window_set_lang (FdKioskWindow *self,
                          FdLang         lang)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  if (self->lang == lang)
    return;
  self->lang = lang;
  if (self->store != NULL)
    apply_language (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

/* The visible page: "welcome", "form", "confirm" or "done". */
const char *
fd_kiosk_window_get_page (FdKioskWindow *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
fd_kiosk_window_set_idle_seconds (FdKioskWindow *self,
                                  guint          seconds)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));
  self->idle_seconds = seconds;
  restart_idle (self);
}

/**
 * fd_kiosk_window_set_print_settings:
 * @settings: (nullable): where badges go; %NULL issues none
 */
void
fd_kiosk_window_set_print_settings (FdKioskWindow         *self,
                                    const FdPrintSettings *settings)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  if (settings != NULL)
    self->print_settings = fd_print_settings_copy (settings);
}
