/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include "fd-settings.h"
#include "fd-ui.h"

/*
 * The visitor-facing window.  Three ways in from the welcome page (REC-1,
 * REC-2): an invitation, the walk-in form, or "not sure whom to see"
 * (REC-3); and check-out (REC-5).  A scanner's keystrokes on the welcome
 * page go straight to the invitation or check-out.  This file holds the
 * window itself: pages, language and orientation; fd-kiosk-input.c the
 * scanner, idle wipe and kiosk mode; fd-kiosk-form.c and fd-kiosk-flows.c
 * the journeys.  Every database and printer call runs in a worker thread.
 */

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

void
fd_kiosk_set_page (FdKioskWindow *self,
                   const char    *page)
{
  /* No entry on the page going away may keep the focus: GTK expects a
   * focus-out for a text that is hidden while focused. */
  if (g_strcmp0 (page, gtk_stack_get_visible_child_name (self->stack)) != 0)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->stack, page);
}

static gboolean
welcome_timeout_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  self->done_source = 0;
  fd_kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

/* Back to the welcome page after @seconds, unless the visitor taps on. */
void
fd_kiosk_schedule_welcome (FdKioskWindow *self,
                           guint          seconds)
{
  g_clear_handle_id (&self->done_source, g_source_remove);
  self->done_source = g_timeout_add_seconds (seconds, welcome_timeout_cb, self);
}

static void
site_free (FdSite *site)
{
  g_free (site->company_zh);
  g_free (site->company_en);
  g_clear_pointer (&site->topics, g_ptr_array_unref);
  g_free (site);
}

static gpointer
load_site_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  FdSite *site = g_new0 (FdSite, 1);
  g_autofree char *box = fd_store_get_setting (store, "badge_return_box", "0");

  site->company_zh = fd_store_get_setting (store, "company_name", "");
  site->company_en = fd_store_get_setting (store, "company_name_en", "");
  site->return_box = fd_setting_bool (box);
  site->topics = fd_kiosk_topics_read (store);
  return site;
}

static void
site_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  FdSite *site = fd_store_run_finish (FD_STORE (source), result, NULL);

  if (site == NULL)
    return;
  g_clear_pointer (&self->site, site_free);
  self->site = site;
  fd_kiosk_flows_show_topics (self, g_steal_pointer (&site->topics));
  fd_kiosk_apply_language (self);
}

static char *
company_name (FdKioskWindow *self)
{
  if (self->lang == FD_LANG_EN && *self->site->company_en != '\0')
    return g_strdup (self->site->company_en);
  if (*self->site->company_zh != '\0')
    return g_strdup (self->site->company_zh);
  return g_strdup (fd_tr (self->lang, N_("our company")));
}

/* Puts every text of the window in the visitor's language. */
void
fd_kiosk_apply_language (FdKioskWindow *self)
{
  g_autofree char *company = company_name (self);
  g_autofree char *welcome = NULL;

  /* The switch names the other language in that language. */
  gtk_button_set_label (self->lang_button, self->lang == FD_LANG_ZH ? "English" : "中文");
  gtk_label_set_text (self->company_label, company);
  /* Translators: REC-1, 「您好,欢迎来到XX公司!」. %s is the company. */
  welcome = g_strdup_printf (fd_tr (self->lang, N_("Hello, welcome to %s!")), company);
  gtk_label_set_text (self->welcome_title, welcome);
  /* Translators: REC-2. */
  gtk_label_set_text (self->welcome_subtitle, fd_tr (self->lang, N_("Whom are you here to see? How can we help you?")));
  gtk_button_set_label (self->invite_button, fd_tr (self->lang, N_("I have an invitation")));
  gtk_button_set_label (self->register_button, fd_tr (self->lang, N_("Register a visit")));
  gtk_button_set_label (self->unsure_button, fd_tr (self->lang, N_("I'm not sure whom to see")));
  gtk_button_set_label (self->checkout_button, fd_tr (self->lang, N_("I'm leaving: check out")));
  gtk_label_set_text (self->welcome_hint, fd_tr (self->lang, N_("Have an invitation or a visitor badge? Just scan it here.")));

  fd_kiosk_form_texts (self);
  fd_kiosk_done_texts (self);
  fd_kiosk_flows_texts (self);
}

/**
 * fd_kiosk_window_reset:
 *
 * Back to the welcome page with nothing of the last visitor left: fields,
 * search results, chosen host, invitation, messages and pending work.
 */
void
fd_kiosk_window_reset (FdKioskWindow *self)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_handle_id (&self->done_source, g_source_remove);
  g_string_truncate (self->scan, 0);

  fd_kiosk_form_clear (self);
  fd_kiosk_flows_clear (self);
  fd_kiosk_set_page (self, "welcome");

  /* The company's name and the topics may have changed in the staff
   * window. */
  fd_store_run_async (self->store, load_site_job, NULL, NULL, (GDestroyNotify) site_free,
                      self->cancellable, site_loaded_cb, g_object_ref (self));
}

static void
lang_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_window_set_lang (self, self->lang == FD_LANG_ZH ? FD_LANG_EN : FD_LANG_ZH);
}

/* Orientation: a portrait screen gets one column. */

static gboolean
apply_orientation_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;
  GtkOrientation orientation = self->portrait ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->form_columns), orientation);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->welcome_buttons), orientation);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
fd_kiosk_window_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (widget);
  gboolean portrait = height > width;

  GTK_WIDGET_CLASS (fd_kiosk_window_parent_class)->size_allocate (widget, width, height, baseline);
  if (portrait != self->portrait)
    {
      self->portrait = portrait;
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_orientation_cb, g_object_ref (self), NULL);
    }
}

/* Emitted by the journeys. */
void
fd_kiosk_window_emit_registered (FdKioskWindow *self,
                                 gint64         visit_id)
{
  g_signal_emit (self, signals[SIGNAL_VISIT_REGISTERED], 0, visit_id);
}

void
fd_kiosk_window_emit_badge_issued (FdKioskWindow *self,
                                   gint64         visit_id)
{
  g_signal_emit (self, signals[SIGNAL_BADGE_ISSUED], 0, visit_id);
}

/* GObject. */

static void
fd_kiosk_window_constructed (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  /* Read once before the first frame; afterwards in a worker thread. */
  self->site = load_site_job (self->store, NULL, NULL);
  fd_kiosk_flows_show_topics (self, g_steal_pointer (&self->site->topics));
  fd_kiosk_apply_language (self);
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
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->chosen_host, fd_host_free);
  g_clear_pointer (&self->invitation, fd_invitation_free);
  g_clear_pointer (&self->done_host, g_free);
  g_clear_pointer (&self->done_host_title, g_free);
  g_clear_pointer (&self->badge_file, g_free);
  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_clear_pointer (&self->site, site_free);
  g_string_free (self->scan, TRUE);
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
  widget_class->size_allocate = fd_kiosk_window_size_allocate;

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
   * A visit is on disk and the done (or held) page is showing.
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
  BIND (bar);
  BIND (company_label);
  BIND (lang_button);
  BIND (stack);
  BIND (welcome_title);
  BIND (welcome_subtitle);
  BIND (welcome_buttons);
  BIND (invite_button);
  BIND (register_button);
  BIND (unsure_button);
  BIND (checkout_button);
  BIND (welcome_hint);
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
  BIND (items_label);
  BIND (items_entry);
  BIND (items_error);
  BIND (host_label);
  BIND (host_entry);
  BIND (host_list);
  BIND (host_error);
  BIND (purpose_label);
  BIND (purpose_entry);
  BIND (purpose_chips);
  BIND (purpose_error);
  BIND (id_toggle);
  BIND (id_revealer);
  BIND (id_reason);
  BIND (id_consent);
  BIND (id_type);
  BIND (id_entry);
  BIND (id_error);
  BIND (refuse_button);
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
  BIND (done_items);
  BIND (done_print);
  BIND (done_wait);
  BIND (drink_question);
  BIND (drink_buttons);
  BIND (drink_tea_button);
  BIND (drink_water_button);
  BIND (drink_none_button);
  BIND (done_button);
  BIND (invite_title);
  BIND (invite_hint);
  BIND (invite_entry);
  BIND (invite_error);
  BIND (invite_back_button);
  BIND (invite_next_button);
  BIND (invite_walkin_button);
  BIND (invite_confirm_title);
  BIND (invite_details);
  BIND (invite_notme_button);
  BIND (invite_confirm_button);
  BIND (invite_status);
  BIND (topics_title);
  BIND (topics_box);
  BIND (topics_back_button);
  BIND (refuse_title);
  BIND (refuse_text);
  BIND (refuse_back_button);
  BIND (refuse_final_button);
  BIND (refused_text);
  BIND (refused_done_button);
  BIND (held_title);
  BIND (held_text);
  BIND (held_done_button);
  BIND (checkout_title);
  BIND (checkout_hint);
  BIND (checkout_entry);
  BIND (checkout_error);
  BIND (checkout_back_button);
  BIND (goodbye_title);
  BIND (goodbye_items);
  BIND (goodbye_badge);
  BIND (survey_question);
  BIND (survey_buttons);
  BIND (survey_good_button);
  BIND (survey_ok_button);
  BIND (survey_bad_button);
  BIND (survey_thanks);
  BIND (goodbye_done_button);
  BIND (pin_title);
  BIND (pin_user_entry);
  BIND (pin_entry);
  BIND (pin_error);
  BIND (pin_cancel_button);
  BIND (pin_ok_button);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, lang_clicked_cb);
  fd_kiosk_form_class_init (widget_class);
  fd_kiosk_done_class_init (widget_class);
  fd_kiosk_flows_class_init (widget_class);
}

static void
fd_kiosk_window_init (FdKioskWindow *self)
{
  self->lang = FD_LANG_ZH;
  self->idle_seconds = 60;
  self->hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_kiosk_topic_free);
  self->cancellable = g_cancellable_new ();
  self->scan = g_string_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  fd_kiosk_form_init (self);

  fd_kiosk_input_init (self);
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
    fd_kiosk_apply_language (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

/* The visible page's name, e.g. "welcome", "form", "confirm", "done". */
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
  fd_kiosk_restart_idle (self);
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
