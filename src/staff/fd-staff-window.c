/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-staff-log-page.h"
#include "fd-staff-security-page.h"
#include "fd-ui.h"

/*
 * The receptionist's window: who is on site now, kept current from the
 * database's change signal (another process registering a visitor shows up
 * within a second), with check-out for each visitor.  Reading and writing
 * run in worker threads.
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


void
fd_staff_window_show_status (FdStaffWindow *self,
                             const char    *message,
                             gboolean       is_error)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "staff-error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "staff-error");
}

void
fd_staff_window_show_error (FdStaffWindow *self,
                            const char    *message)
{
  fd_staff_window_show_status (self, message, TRUE);
}

/* The SOP's words for the step at hand: identity and host first (REG-3),
 * then the badge and the farewell (REG-4, REC-5); with nobody waiting, the
 * welcome and what to say to a visitor who will not register (REC-1,
 * REG-6). */
static void
update_prompt (FdStaffWindow *self,
               guint          n_held)
{
  const char *company = self->company != NULL && *self->company != '\0'
                        ? self->company : fd_tr (self->lang, N_("our company"));
  g_autofree char *text = NULL;

  if (n_held > 0)
    text = g_strdup (fd_tr (self->lang, N_("Ask for the visitor's ID, check it against the registration and confirm the host: “You are here to see Mr/Ms … of …? Let me confirm for you.” Then print the badge. A watchlist match: call security first.")));
  else if (self->visits->len > 0)
    text = g_strdup (fd_tr (self->lang, N_("Handing over the badge: “This is your visitor badge. Please keep it with you and return it when you leave.” On the way out: take the badge back, check the declared items, “Please take all your belongings. Goodbye, and welcome back!”")));
  else
    /* Translators: %s is the company's name. */
    text = g_strdup_printf (fd_tr (self->lang, N_("“Hello, welcome to %s!” Every visitor registers at the kiosk. To one who will not: “It is company policy, for your safety and ours; thank you for understanding.” If they still refuse, call security.")),
                            company);
  gtk_label_set_text (self->prompt_label, text);
}

static void
update_texts (FdStaffWindow *self)
{
  guint n_held = 0;
  g_autofree char *count = NULL;
  g_autofree char *confirm = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *left = NULL;
  guint unreturned = 0;

  for (guint i = 0; i < self->visits->len; i++)
    n_held += ((FdVisit *) self->visits->pdata[i])->badge_state == FD_BADGE_HELD;
  for (guint i = 0; i < self->left->len; i++)
    {
      FdVisit *visit = self->left->pdata[i];

      unreturned += visit->badge_returned_ms == 0 &&
                    (visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED);
    }
  count = g_strdup_printf (fd_tr (self->lang, N_("On site: %u")), self->visits->len - n_held);
  confirm = g_strdup_printf (fd_tr (self->lang, N_("To confirm (%u)")), n_held);
  expected = g_strdup_printf (fd_tr (self->lang, N_("Expected today (%u)")), self->expected->len);
  if (unreturned > 0)
    /* Translators: %1$u visitors who left today, %2$u of them kept their badge. */
    left = g_strdup_printf (fd_tr (self->lang, N_("Left today (%1$u) · badges not returned: %2$u")),
                            self->left->len, unreturned);
  else
    left = g_strdup_printf (fd_tr (self->lang, N_("Left today (%u)")), self->left->len);

  gtk_window_set_title (GTK_WINDOW (self), fd_tr (self->lang, N_("Frontdesk · Reception")));
  gtk_label_set_text (self->heading, fd_tr (self->lang, N_("Visitors on site")));
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->confirm_heading, confirm);
  gtk_label_set_text (self->expected_heading, expected);
  gtk_label_set_text (self->left_heading, left);
  gtk_button_set_label (self->invite_button, fd_tr (self->lang, N_("Invite a visitor…")));
  gtk_button_set_label (self->lock_button, fd_tr (self->lang, N_("Lock")));
  gtk_stack_page_set_title (self->reception_page, fd_tr (self->lang, N_("Reception")));
  gtk_stack_page_set_title (self->log_page, fd_tr (self->lang, N_("Visit log")));
  gtk_stack_page_set_title (self->security_page, fd_tr (self->lang, N_("Security")));
  gtk_stack_page_set_title (self->admin_page, fd_tr (self->lang, N_("Administration")));

  update_prompt (self, n_held);
}

static void
fill_list (FdStaffWindow *self,
           GPtrArray     *visits)
{
  guint n_shown = 0;

  fd_staff_list_clear (GTK_WIDGET (self->visit_list));
  fd_staff_list_clear (GTK_WIDGET (self->confirm_list));
  g_ptr_array_set_size (self->visits, 0);
  g_ptr_array_extend_and_steal (self->visits, visits);

  for (guint i = 0; i < self->visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (self->visits, i);
      gboolean held = visit->badge_state == FD_BADGE_HELD;

      gtk_list_box_append (held ? self->confirm_list : self->visit_list, fd_staff_visit_row (self, visit));
      n_shown += !held;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_list), n_shown < self->visits->len);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_heading), n_shown < self->visits->len);
  if (n_shown == 0)
    gtk_list_box_append (self->visit_list,
                         fd_staff_label (fd_tr (self->lang, N_("No visitors on site.")), "staff-empty"));
  update_texts (self);
  g_signal_emit (self, signals[SIGNAL_VISITS_CHANGED], 0);
}

/* The reception page's lists with what decides who has waited too long. */
typedef struct {
  GPtrArray *visits;
  GPtrArray *expected;
  GPtrArray *left;
  gint64     now_ms;
  gint64     wait_minutes;
  char      *badge_fee;
  char      *company;
  char      *company_en;
  gint64     lock_minutes;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->visits, g_ptr_array_unref);
  g_clear_pointer (&loaded->expected, g_ptr_array_unref);
  g_clear_pointer (&loaded->left, g_ptr_array_unref);
  g_free (loaded->badge_fee);
  g_free (loaded->company);
  g_free (loaded->company_en);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

/* Held badges first: they wait for a person. */
static int
held_first (gconstpointer a,
            gconstpointer b)
{
  const FdVisit *va = *(FdVisit **) a;
  const FdVisit *vb = *(FdVisit **) b;

  return (vb->badge_state == FD_BADGE_HELD) - (va->badge_state == FD_BADGE_HELD);
}

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autofree char *today = fd_store_today (store);
  g_autoptr(GPtrArray) since = NULL;
  FdVisitQuery query = { NULL, 0, 0, 0, 0, TRUE };
  gint64 day_end;

  loaded->visits = fd_store_list_visits (store, data, FD_VISITS_ON_SITE, error);
  if (loaded->visits == NULL)
    return NULL;
  g_ptr_array_sort (loaded->visits, held_first);
  loaded->expected = fd_store_list_invitations (store, data, today, error);
  if (loaded->expected == NULL)
    return NULL;
  fd_day_range (today, &query.from_ms, &day_end);
  since = fd_store_find_visits (store, data, &query, error);
  if (since == NULL)
    return NULL;
  loaded->left = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  for (guint i = 0; i < since->len; i++)
    if (((FdVisit *) since->pdata[i])->state == FD_VISIT_LEFT)
      g_ptr_array_add (loaded->left, g_steal_pointer (&since->pdata[i]));
  loaded->wait_minutes = fd_store_host_wait_minutes (store);
  loaded->badge_fee = fd_store_get_setting (store, "badge_fee", "");
  loaded->company = fd_store_get_setting (store, "company_name", "");
  loaded->company_en = fd_store_get_setting (store, "company_name_en", "");
  {
    g_autofree char *lock = fd_store_get_setting (store, "staff_lock_minutes", "5");

    loaded->lock_minutes = g_ascii_strtoll (lock, NULL, 10);
  }
  loaded->now_ms = fd_store_now_ms (store);
  return g_steal_pointer (&loaded);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FdStaffWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_STAFF_WINDOW (user_data);
  self->loading = FALSE;

  if (loaded == NULL)
    {
      g_warning ("Reading the visitors on site failed: %s", error->message);
      fd_staff_window_show_error (self, fd_tr (self->lang, N_("The list of visitors cannot be read right now. It will be tried again.")));
    }
  else if (self->session != NULL)
    {
      self->now_ms = loaded->now_ms;
      self->wait_minutes = loaded->wait_minutes;
      g_free (self->badge_fee);
      self->badge_fee = g_steal_pointer (&loaded->badge_fee);
      g_free (self->company);
      if (self->lang == FD_LANG_EN && *loaded->company_en != '\0')
        self->company = g_steal_pointer (&loaded->company_en);
      else
        self->company = g_steal_pointer (&loaded->company);
      if (!self->lock_fixed && loaded->lock_minutes >= 0 &&
          self->lock_seconds != (guint) loaded->lock_minutes * 60)
        {
          self->lock_seconds = (guint) loaded->lock_minutes * 60;
          fd_staff_window_poke (self);
        }
      fd_staff_today_fill (self, g_steal_pointer (&loaded->expected), g_steal_pointer (&loaded->left));
      fill_list (self, g_steal_pointer (&loaded->visits));
    }

  if (self->reload_again)
    {
      self->reload_again = FALSE;
      fd_staff_window_reload (self);
    }
}

void
fd_staff_window_reload (FdStaffWindow *self)
{
  if (self->session == NULL)
    return;
  if (self->loading)
    {
      self->reload_again = TRUE;
      return;
    }
  self->loading = TRUE;
  fd_store_run_async (self->store, load_job, fd_session_copy (self->session), (GDestroyNotify) fd_session_free,
                      (GDestroyNotify) loaded_free, self->cancellable, loaded_cb, self);
}

static void
store_changed_cb (FdStaffWindow *self)
{
  if (self->session == NULL)
    return;
  fd_staff_window_reload (self);
  fd_staff_page_reload (self->security_view);
  fd_staff_alerts_load (self);
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

static gboolean
tick_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  fd_staff_window_reload (self);
  fd_staff_window_check_disk (self);
  /* Overstays grow with the clock too. */
  fd_staff_page_reload (self->security_view);
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
  self->log_view = add_page (self, fd_staff_log_page_new (self->store), self->log_box);
  self->security_view = add_page (self, fd_staff_security_page_new (self->store), self->security_box);
  g_signal_connect (self->views, "notify::visible-child", G_CALLBACK (stack_changed_cb), NULL);
  g_signal_connect (self->lock_stack, "notify::visible-child", G_CALLBACK (stack_changed_cb), NULL);
  hide_other_pages (self->views);
  hide_other_pages (self->lock_stack);
  self->admin = fd_staff_admin_new (self);
  fd_staff_today_init (self);
  fd_staff_login_init (self);
  fd_staff_window_update_actions (self);
  update_texts (self);
}

/* Called by the login page once a session is in place, and on a lock with
 * NULL: everything a visitor's data was shown in is emptied. */
void
fd_staff_window_session_changed (FdStaffWindow *self)
{
  fd_staff_window_update_actions (self);
  if (self->session == NULL)
    {
      g_ptr_array_set_size (self->visits, 0);
      fd_staff_list_clear (GTK_WIDGET (self->visit_list));
      fd_staff_list_clear (GTK_WIDGET (self->confirm_list));
      fd_staff_list_clear (GTK_WIDGET (self->alert_list));
      fd_staff_today_fill (self, g_ptr_array_new (), g_ptr_array_new ());
      fd_staff_page_set_session (self->log_view, NULL);
      fd_staff_page_set_session (self->security_view, NULL);
      fd_staff_window_show_status (self, NULL, FALSE);
      update_texts (self);
      return;
    }
  update_texts (self);
  fd_staff_page_set_session (self->log_view, self->session);
  fd_staff_page_set_session (self->security_view, self->session);
  store_changed_cb (self);
  fd_staff_admin_reload (self->admin);
}

static void
fd_staff_window_dispose (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  /* The store outlives the window: no change may reach its pages now. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  self->log_view = NULL;
  self->security_view = NULL;
  self->login_page = NULL;
  g_clear_pointer (&self->admin, fd_staff_admin_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), FD_TYPE_STAFF_WINDOW);
  G_OBJECT_CLASS (fd_staff_window_parent_class)->dispose (object);
}

static void
fd_staff_window_finalize (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  g_clear_pointer (&self->alerts, g_ptr_array_unref);
  g_clear_pointer (&self->expected, g_ptr_array_unref);
  g_clear_pointer (&self->left, g_ptr_array_unref);
  g_clear_pointer (&self->session, fd_session_free);
  g_clear_pointer (&self->badge_fee, g_free);
  g_clear_pointer (&self->company, g_free);
  g_string_free (self->scan, TRUE);
  g_clear_pointer (&self->print_settings, fd_print_settings_free);
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
   * The on-site list was redrawn from the database.
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
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, log_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, security_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, admin_page);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, user_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, lock_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, alert_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, confirm_heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, confirm_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, visit_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, expected_heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, invite_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, expected_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, left_heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, left_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, log_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, security_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, admin_box);
}

static void
fd_staff_window_init (FdStaffWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  self->alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_alert_free);
  self->expected = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_invitation_free);
  self->left = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
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
  fd_staff_window_reload (self);
}

