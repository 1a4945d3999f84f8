/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include "fd-kiosk-done-page.h"
#include "fd-kiosk-goodbye-page.h"
#include "fd-kiosk-topics-page.h"
#include "fd-kiosk-welcome-page.h"
#include "fd-settings.h"
#include "fd-ui.h"

/*
 * The visitor-facing window.  Three ways in from the welcome page (REC-1,
 * REC-2): an invitation, the walk-in form, or "not sure whom to see"
 * (REC-3); and check-out (REC-5).  The window holds the page stack, the
 * language, the site's settings and the hand-over between pages; each page
 * is a class of its own.  Only the welcome page is built before the first
 * frame; the others are built when the window is idle afterwards, or when
 * first shown.  fd-kiosk-window-input.c holds the scanner, the idle wipe
 * and kiosk mode.
 */

G_DEFINE_FINAL_TYPE (FdKioskWindow, fd_kiosk_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANG,
  PROP_PAGE,
  N_PROPS,
};

enum {
  SIGNAL_VISIT_REGISTERED,
  SIGNAL_BADGE_ISSUED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The site. */

static const char *
company_name (FdKioskWindow *self)
{
  const char *company = fd_site_company (self->site, self->lang);

  return company != NULL ? company : fd_tr (self->lang, N_("our company"));
}

/* Gives @page the site's settings it shows, if any. */
void
fd_kiosk_window_apply_site_to (FdKioskWindow *self,
                               FdKioskPage   *page)
{
  if (FD_IS_KIOSK_WELCOME_PAGE (page))
    fd_kiosk_welcome_page_set_company (FD_KIOSK_WELCOME_PAGE (page), company_name (self));
  else if (FD_IS_KIOSK_TOPICS_PAGE (page))
    fd_kiosk_topics_page_set_topics (FD_KIOSK_TOPICS_PAGE (page), self->site->topics);
  else if (FD_IS_KIOSK_GOODBYE_PAGE (page))
    fd_kiosk_goodbye_page_set_return_box (FD_KIOSK_GOODBYE_PAGE (page), self->site->badge_return_box);
}

/* Gives the top bar and every page built so far the current settings. */
void
fd_kiosk_window_apply_site (FdKioskWindow *self)
{
  gtk_label_set_text (self->company_label, company_name (self));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fd_kiosk_window_apply_site_to (self, FD_KIOSK_PAGE (child));
}

static void
site_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdKioskWindow) self = user_data;
  FdSite *site = fd_store_load_site_finish (FD_STORE (source), result, NULL);

  if (site == NULL)
    return;
  g_clear_pointer (&self->site, fd_site_free);
  self->site = site;
  fd_kiosk_window_apply_site (self);
}

/* Puts every text of the window in the visitor's language. */
static void
apply_language (FdKioskWindow *self)
{
  /* The switch names the other language in that language. */
  gtk_button_set_label (self->lang_button, self->lang == FD_LANG_ZH ? "English" : "中文");
  fd_keyboard_set_lang (self->keyboard, self->lang);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fd_kiosk_page_set_lang (FD_KIOSK_PAGE (child), self->lang);
  fd_kiosk_window_apply_site (self);
}

/**
 * fd_kiosk_window_reset:
 *
 * Back to the welcome page with nothing of the last visitor left: every
 * page wipes what it holds and cancels its work.
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

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fd_kiosk_page_reset (FD_KIOSK_PAGE (child));
  fd_kiosk_window_keyboard_reset (self);
  fd_kiosk_window_show (self, "welcome");

  /* The company's name and the topics may have changed in the staff
   * window. */
  fd_store_load_site_async (self->store, self->cancellable, site_loaded_cb, g_object_ref (self));
}

static void
lang_clicked_cb (FdKioskWindow *self)
{
  fd_kiosk_window_set_lang (self, self->lang == FD_LANG_ZH ? FD_LANG_EN : FD_LANG_ZH);
}

/* Emitted by the pages' hand-over. */
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

/* Actions. */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const char *name = g_variant_get_string (parameter, NULL);

  if (!fd_kiosk_window_show (FD_KIOSK_WINDOW (widget), name))
    g_warning ("No kiosk page is called %s", name);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  fd_kiosk_window_reset (FD_KIOSK_WINDOW (widget));
}

static void
fd_kiosk_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (fd_kiosk_window_parent_class)->map (widget);
  fd_kiosk_window_build_after_first_frame (FD_KIOSK_WINDOW (widget), TRUE);
}

static void
fd_kiosk_window_unmap (GtkWidget *widget)
{
  fd_kiosk_window_build_after_first_frame (FD_KIOSK_WINDOW (widget), FALSE);
  GTK_WIDGET_CLASS (fd_kiosk_window_parent_class)->unmap (widget);
}

/* Orientation: a portrait screen gets one column. */

static gboolean
apply_orientation_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fd_kiosk_page_set_portrait (FD_KIOSK_PAGE (child), self->portrait);
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

/* GObject. */

static void
fd_kiosk_window_constructed (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  /* Read once before the first frame; afterwards in a worker thread. */
  self->site = fd_store_load_site (self->store, NULL);
  apply_language (self);
  fd_kiosk_window_show (self, "welcome");
}

static void
fd_kiosk_window_dispose (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->done_source, g_source_remove);
  g_clear_handle_id (&self->build_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_KIOSK_WINDOW);
  G_OBJECT_CLASS (fd_kiosk_window_parent_class)->dispose (object);
}

static void
fd_kiosk_window_finalize (GObject *object)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (object);

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_clear_pointer (&self->site, fd_site_free);
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
    case PROP_PAGE:
      g_value_set_string (value, fd_kiosk_window_get_page (self));
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
  widget_class->map = fd_kiosk_window_map;
  widget_class->unmap = fd_kiosk_window_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, FD_LANG_ZH, FD_LANG_EN, FD_LANG_ZH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * FdKioskWindow:page:
   *
   * The name of the page on the screen (see kiosk.show-page).
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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

  /**
   * FdKioskWindow|kiosk.show-page:
   * @name: a page's name: "welcome", "form", "invite", "topics",
   *   "checkout", "pin", …
   */
  gtk_widget_class_install_action (widget_class, "kiosk.show-page", "s", show_page_action);
  /**
   * FdKioskWindow|kiosk.reset:
   *
   * Ends the visit: every page wiped, back to the welcome page.
   */
  gtk_widget_class_install_action (widget_class, "kiosk.reset", NULL, reset_action);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, bar);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, company_label);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, lang_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FdKioskWindow, keyboard_revealer);
  gtk_widget_class_bind_template_callback (widget_class, lang_clicked_cb);
}

static void
fd_kiosk_window_init (FdKioskWindow *self)
{
  self->lang = FD_LANG_ZH;
  self->idle_seconds = 60;
  self->cancellable = g_cancellable_new ();
  self->scan = g_string_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  fd_kiosk_window_input_init (self);
  fd_kiosk_window_keyboard_init (self);
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
  if (self->site != NULL)
    apply_language (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANG]);
}

/* The visible page's name, e.g. "welcome", "form", "confirm", "done". */
const char *
fd_kiosk_window_get_page (FdKioskWindow *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * fd_kiosk_window_get_page_widget:
 * @name: a page's name, as for kiosk.show-page
 *
 * Returns: (transfer none): the page called @name, built if need be
 */
GtkWidget *
fd_kiosk_window_get_page_widget (FdKioskWindow *self,
                                 const char    *name)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), NULL);
  return GTK_WIDGET (fd_kiosk_window_page (self, name));
}

void
fd_kiosk_window_set_idle_seconds (FdKioskWindow *self,
                                  guint          seconds)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));
  self->idle_seconds = seconds;
  fd_kiosk_window_restart_idle (self);
}

/**
 * fd_kiosk_window_set_print_settings:
 * @settings: (nullable): where badges go; %NULL issues none
 */
void
fd_kiosk_window_set_print_settings (FdKioskWindow         *self,
                                    const FdPrintSettings *settings)
{
  GtkWidget *done;

  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  if (settings != NULL)
    self->print_settings = fd_print_settings_copy (settings);
  if ((done = fd_kiosk_window_built_page (self, "done")) != NULL)
    fd_kiosk_done_page_set_print_settings (FD_KIOSK_DONE_PAGE (done), settings);
}
