/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-staff-admin-page.h"
#include "fd-staff-calls-page.h"
#include "fd-staff-rounds-page.h"
#include "fd-staff-supplies-page.h"
#include "fd-staff-log-page.h"
#include "fd-staff-parcels-page.h"
#include "fd-staff-reception-page.h"
#include "fd-staff-security-page.h"
#include "fd-ui.h"

/*
 * The staff window composes its pages (FdStaffPage: reception, visit log,
 * security, administration) behind the login page, keeps them current from
 * the database's change signal (another process registering a visitor
 * shows up within a second) and a 30-second tick, and shows what they say:
 * errors at the top until the next step, everything else as a toast.
 */


G_DEFINE_FINAL_TYPE (FdStaffWindow, fd_staff_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANG,
  N_PROPS,
};

enum {
  SIGNAL_VISITS_CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


static gboolean
toast_done_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  self->toast_source = 0;
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

/**
 * fd_staff_window_show_status:
 * @message: (nullable): what to say; %NULL clears the error
 *
 * An error stays at the top of the window until the next step or page; a
 * confirmation ("Settings saved.") shows as a toast for five seconds.
 */
void
fd_staff_window_show_status (FdStaffWindow *self,
                             const char    *message,
                             gboolean       is_error)
{
  if (is_error || message == NULL)
    {
      gtk_label_set_text (self->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->toast_label, message);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  self->toast_source = g_timeout_add_seconds (5, toast_done_cb, self);
}

void
fd_staff_window_show_error (FdStaffWindow *self,
                            const char    *message)
{
  fd_staff_window_show_status (self, message, TRUE);
}

static void
update_texts (FdStaffWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (self->lang, N_("Frontdesk · Reception")));
  gtk_button_set_label (self->lock_button, fd_tr (self->lang, N_("Lock")));
  gtk_stack_page_set_title (self->reception_page, fd_tr (self->lang, N_("Reception")));
  gtk_stack_page_set_title (self->parcels_page, fd_tr (self->lang, N_("Parcels")));
  gtk_stack_page_set_title (self->calls_page, fd_tr (self->lang, N_("Telephone")));
  gtk_stack_page_set_title (self->supplies_page, fd_tr (self->lang, N_("Supplies")));
  gtk_stack_page_set_title (self->rounds_page, fd_tr (self->lang, N_("Environment")));
  gtk_stack_page_set_title (self->log_page, fd_tr (self->lang, N_("Visit log")));
  gtk_stack_page_set_title (self->security_page, fd_tr (self->lang, N_("Security")));
  gtk_stack_page_set_title (self->admin_page, fd_tr (self->lang, N_("Administration")));
  fd_staff_window_sites_apply_lang (self);
}

/* Tried at the desk: a watchlist match showed only in a list.  Open alerts
 * now mark the Reception and Security tabs and the window's title, so the
 * person at the desk sees them from any page and from the task bar. */
static void
reception_loaded_cb (FdStaffWindow *self)
{
  guint n_alerts = fd_staff_window_get_alerts (self)->len;

  gtk_stack_page_set_needs_attention (self->reception_page, n_alerts > 0);
  gtk_stack_page_set_needs_attention (self->security_page, n_alerts > 0);
  if (n_alerts > 0)
    {
      /* Translators: the window title while alerts wait; %u how many. */
      g_autofree char *title = g_strdup_printf (fd_tr (self->lang, N_("(%u to handle) Frontdesk · Reception")), n_alerts);

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    update_texts (self);
  g_signal_emit (self, signals[SIGNAL_VISITS_CHANGED], 0);
}

/**
 * fd_staff_window_reload:
 *
 * Reads the reception page again (and the other pages the role may see).
 */
void
fd_staff_window_reload (FdStaffWindow *self)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));

  if (self->reception_view != NULL)
    fd_staff_page_reload (self->reception_view);
}

static void
store_changed_cb (FdStaffWindow *self)
{
  if (self->session == NULL)
    return;
  fd_staff_page_reload (self->reception_view);
  fd_staff_page_reload (self->parcels_view);
  fd_staff_page_reload (self->calls_view);
  fd_staff_page_reload (self->supplies_view);
  fd_staff_page_reload (self->rounds_view);
  fd_staff_page_reload (self->security_view);
  fd_staff_page_reload (self->log_view);
  fd_staff_window_read_lock_minutes (self);
}

/**
 * fd_staff_window_check_disk:
 *
 * Says so while the disk is full (a kiosk's registration or a staff
 * action failed for it); the 30-second tick asks.
 */
void
fd_staff_window_check_disk (FdStaffWindow *self)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));

  if (fd_store_is_disk_full (self->store))
    fd_staff_window_show_error (self, fd_tr (self->lang, FD_STAFF_DISK_FULL));
}

/* Only the page on the screen is there for a screen reader: GtkStack
 * leaves the others in the accessible tree. */
static void
hide_other_pages (GtkStack *stack)
{
  GtkWidget *shown = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, child != shown, -1);
}

static void
stack_changed_cb (GtkStack   *stack,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  hide_other_pages (stack);
}

/* Tried at the desk: a message from one page stayed on the next. */
static void
view_changed_cb (FdStaffWindow *self)
{
  fd_staff_window_show_status (self, NULL, TRUE);
}

/* What a page tells the person at the desk. */
static void
page_status_cb (FdStaffWindow *self,
                const char    *message,
                gboolean       is_error)
{
  fd_staff_window_show_status (self, message, is_error);
}

/* Puts @page, a new FdStaffPage, into @box of the window's template. */
static FdStaffPage *
add_page (FdStaffWindow *self,
          GtkWidget     *page,
          GtkBox        *box)
{
  fd_staff_page_set_lang (FD_STAFF_PAGE (page), self->lang);
  g_signal_connect_object (page, "status", G_CALLBACK (page_status_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (box, page);
  return FD_STAFF_PAGE (page);
}

/**
 * fd_staff_window_ensure_pages:
 *
 * Builds the reception, visit log, security and administration pages, if
 * they are not built yet.  The window opens on its login page and builds
 * them when it is idle after showing it, or at the first login, whichever
 * comes first: the login page shows sooner (bench/startup.py).
 */
void
fd_staff_window_ensure_pages (FdStaffWindow *self)
{
  g_clear_handle_id (&self->pages_source, g_source_remove);
  if (self->reception_view != NULL)
    return;
  self->reception_view = add_page (self, fd_staff_reception_page_new (self->store), self->reception_box);
  g_signal_connect_object (self->reception_view, "loaded", G_CALLBACK (reception_loaded_cb), self, G_CONNECT_SWAPPED);
  self->parcels_view = add_page (self, fd_staff_parcels_page_new (self->store), self->parcels_box);
  self->calls_view = add_page (self, fd_staff_calls_page_new (self->store), self->calls_box);
  self->supplies_view = add_page (self, fd_staff_supplies_page_new (self->store), self->supplies_box);
  self->rounds_view = add_page (self, fd_staff_rounds_page_new (self->store), self->rounds_box);
  self->log_view = add_page (self, fd_staff_log_page_new (self->store), self->log_box);
  self->security_view = add_page (self, fd_staff_security_page_new (self->store), self->security_box);
  self->admin_view = add_page (self, fd_staff_admin_page_new (self->store), self->admin_box);
  fd_staff_reception_page_set_print_settings (FD_STAFF_RECEPTION_PAGE (self->reception_view), self->print_settings);
  fd_staff_admin_page_set_print_settings (FD_STAFF_ADMIN_PAGE (self->admin_view), self->print_settings);
  hide_other_pages (self->views);
}

static gboolean
ensure_pages_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  self->pages_source = 0;
  fd_staff_window_ensure_pages (self);
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  if (self->session == NULL)
    return G_SOURCE_CONTINUE;
  /* Waiting times and overstays grow with the clock. */
  fd_staff_page_reload (self->reception_view);
  fd_staff_page_reload (self->parcels_view);
  fd_staff_page_reload (self->security_view);
  fd_staff_window_check_disk (self);
  return G_SOURCE_CONTINUE;
}

static void
fd_staff_window_constructed (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  G_OBJECT_CLASS (fd_staff_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fd_store_watch (self->store);
  /* Waiting times and overstays grow without the database changing. */
  self->tick = g_timeout_add_seconds (30, tick_cb, self);
  /* The pages are built once the login page is on the screen. */
  self->pages_source = g_idle_add_full (G_PRIORITY_LOW, ensure_pages_cb, self, NULL);
  g_signal_connect (self->views, "notify::visible-child", G_CALLBACK (stack_changed_cb), NULL);
  g_signal_connect_object (self->views, "notify::visible-child", G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self->lock_stack, "notify::visible-child", G_CALLBACK (stack_changed_cb), NULL);
  hide_other_pages (self->views);
  hide_other_pages (self->lock_stack);
  fd_staff_login_init (self);
  fd_staff_window_sites_init (self);
  fd_staff_window_update_actions (self);
  update_texts (self);
}

/* Called by the login page once a session is in place, and on a lock with
 * NULL: everything a visitor's data was shown in is emptied. */
void
fd_staff_window_session_changed (FdStaffWindow *self)
{
  FdStaffPage *pages[8];

  if (self->session != NULL)
    fd_staff_window_ensure_pages (self);
  if (self->reception_view == NULL)
    {
      /* Locked before the pages were ever built: nothing to empty. */
      fd_staff_window_update_actions (self);
      update_texts (self);
      return;
    }
  pages[0] = self->reception_view;
  pages[1] = self->parcels_view;
  pages[2] = self->calls_view;
  pages[3] = self->supplies_view;
  pages[4] = self->rounds_view;
  pages[5] = self->log_view;
  pages[6] = self->security_view;
  pages[7] = self->admin_view;
  fd_staff_window_update_actions (self);
  fd_staff_window_show_status (self, NULL, TRUE);
  update_texts (self);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    fd_staff_page_set_session (pages[i], self->session);
  fd_staff_window_load_sites (self);
  if (self->session == NULL)
    return;
  fd_staff_window_read_lock_minutes (self);
}

static void
fd_staff_window_dispose (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  g_clear_handle_id (&self->pages_source, g_source_remove);
  /* The store outlives the window: no change may reach its pages now. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  self->reception_view = NULL;
  self->parcels_view = NULL;
  self->calls_view = NULL;
  self->supplies_view = NULL;
  self->rounds_view = NULL;
  self->log_view = NULL;
  self->security_view = NULL;
  self->login_page = NULL;
  self->admin_view = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_STAFF_WINDOW);
  G_OBJECT_CLASS (fd_staff_window_parent_class)->dispose (object);
}

static void
fd_staff_window_finalize (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->session, fd_session_free);
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  g_string_free (self->scan, TRUE);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fd_staff_window_parent_class)->finalize (object);
}

static void
fd_staff_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

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
fd_staff_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_LANG:
      self->lang = (FdLang) g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fd_staff_window_class_init (FdStaffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fd_staff_window_constructed;
  object_class->dispose = fd_staff_window_dispose;
  object_class->finalize = fd_staff_window_finalize;
  object_class->get_property = fd_staff_window_get_property;
  object_class->set_property = fd_staff_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANG] =
    g_param_spec_int ("lang", NULL, NULL, FD_LANG_ZH, FD_LANG_EN, FD_LANG_ZH,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FdStaffWindow::visits-changed:
   *
   * The reception page was redrawn from the database.
   */
  signals[SIGNAL_VISITS_CHANGED] =
    g_signal_new ("visits-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  fd_staff_window_class_init_actions (widget_class);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, lock_stack);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, login_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, views);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, reception_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, parcels_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, calls_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, supplies_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, rounds_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, log_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, security_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, admin_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, user_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, site_choice);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, lock_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, reception_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, parcels_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, calls_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, supplies_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, rounds_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, log_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, security_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, admin_box);
}

static void
fd_staff_window_init (FdStaffWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->lock_seconds = 300;
  self->scan = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_window_add_scanner (self);
}

FdStaffWindow *
fd_staff_window_new (GtkApplication *application,
                     FdStore        *store,
                     FdLang          lang)
{
  return g_object_new (FD_TYPE_STAFF_WINDOW,
                       "application", application,
                       "store", store,
                       "lang", lang,
                       NULL);
}

/**
 * fd_staff_window_set_print_settings:
 * @settings: (nullable): where reprints go
 */
void
fd_staff_window_set_print_settings (FdStaffWindow         *self,
                                    const FdPrintSettings *settings)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));

  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  if (settings != NULL)
    self->print_settings = fd_print_settings_copy (settings);
  if (self->reception_view == NULL)
    return;
  fd_staff_reception_page_set_print_settings (FD_STAFF_RECEPTION_PAGE (self->reception_view), settings);
  fd_staff_admin_page_set_print_settings (FD_STAFF_ADMIN_PAGE (self->admin_view), settings);
}

