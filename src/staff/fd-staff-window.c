/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * The receptionist's window: who is on site now, kept current from the
 * database's change signal (another process registering a visitor shows up
 * within a second), with check-out for each visitor.  Reading and writing
 * run in worker threads.
 */

struct _FdStaffWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets */
  GtkLabel     *heading;
  GtkLabel     *count_label;
  GtkLabel     *error_label;
  GtkListBox   *alert_list;
  GtkListBox   *visit_list;

  /* owned references */
  FdStore      *store;
  FdPrintSettings *print_settings; /* where reprints go; NULL: none */
  GCancellable *cancellable;   /* cancelled when the window goes */
  GPtrArray    *visits;        /* FdVisit rows of visit_list, in order */

  /* state */
  FdLang        lang;
  GPtrArray    *alerts;        /* FdAlert rows of alert_list, in order */
  gboolean      loading;       /* a reload is under way */
  gboolean      reload_again;  /* a change came in during the reload */
};

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

static void reload (FdStaffWindow *self);

static void
show_error (FdStaffWindow *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
format_time (gint64 ms)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%H:%M");
}

static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FdStaffWindow *self;
  g_autoptr(GError) error = NULL;

  if (fd_store_checkout_finish (FD_STORE (source), result, &error))
    {
      self = FD_STAFF_WINDOW (user_data);
      show_error (self, NULL);
      reload (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = FD_STAFF_WINDOW (user_data);
  if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    show_error (self, fd_tr (self->lang, N_("This visitor has already checked out.")));
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_BUSY))
    show_error (self, fd_tr (self->lang, N_("The database is busy. Please try the check-out again.")));
  else
    {
      g_warning ("Check-out failed: %s", error->message);
      show_error (self, fd_tr (self->lang, N_("The check-out did not go through. Please try again.")));
    }
  reload (self);
}

static void
checkout_clicked_cb (GtkButton     *button,
                     FdStaffWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id"));

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_store_checkout_async (self->store, id, "reception", self->cancellable, checked_out_cb, self);
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
      show_error (self, fd_tr (self->lang, N_("The badge could not be printed. Reprint, or check the printer.")));
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

static GtkWidget *
visit_row (FdStaffWindow *self,
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
  g_autofree char *time = format_time (visit->arrived_ms);
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
  gtk_widget_set_hexpand (middle, TRUE);

  g_object_set_data (G_OBJECT (button), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
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
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

static void
update_texts (FdStaffWindow *self)
{
  g_autofree char *count = g_strdup_printf (fd_tr (self->lang, N_("On site: %u")), self->visits->len);

  gtk_window_set_title (GTK_WINDOW (self), fd_tr (self->lang, N_("Frontdesk · Reception")));
  gtk_label_set_text (self->heading, fd_tr (self->lang, N_("Visitors on site")));
  gtk_label_set_text (self->count_label, count);
}

static void
fill_list (FdStaffWindow *self,
           GPtrArray     *visits)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->visit_list))) != NULL)
    gtk_list_box_remove (self->visit_list, child);
  g_ptr_array_set_size (self->visits, 0);
  g_ptr_array_extend_and_steal (self->visits, visits);

  for (guint i = 0; i < self->visits->len; i++)
    gtk_list_box_append (self->visit_list, visit_row (self, g_ptr_array_index (self->visits, i)));
  if (self->visits->len == 0)
    {
      GtkWidget *empty = gtk_label_new (fd_tr (self->lang, N_("No visitors on site.")));

      gtk_widget_add_css_class (empty, "staff-empty");
      gtk_list_box_append (self->visit_list, empty);
    }
  update_texts (self);
  g_signal_emit (self, signals[SIGNAL_VISITS_CHANGED], 0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FdStaffWindow *self;
  g_autoptr(GError) error = NULL;
  GPtrArray *visits = fd_store_list_visits_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_STAFF_WINDOW (user_data);
  self->loading = FALSE;

  if (visits == NULL)
    {
      g_warning ("Reading the visitors on site failed: %s", error->message);
      show_error (self, fd_tr (self->lang, N_("The list of visitors cannot be read right now. It will be tried again.")));
    }
  else
    fill_list (self, visits);

  if (self->reload_again)
    {
      self->reload_again = FALSE;
      reload (self);
    }
}

static void
reload (FdStaffWindow *self)
{
  if (self->loading)
    {
      self->reload_again = TRUE;
      return;
    }
  self->loading = TRUE;
  fd_store_list_visits_async (self->store, FD_VISITS_ON_SITE, self->cancellable, loaded_cb, self);
}

/* Alerts: refusals (REG-6) and watchlist matches, until handled. */

static void
alert_handled_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (FD_STAFF_WINDOW (user_data), fd_tr (FD_STAFF_WINDOW (user_data)->lang,
                                                    N_("The alert could not be marked as handled. Please try again.")));
}

static gpointer
handle_alert_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  return fd_store_handle_alert (store, *(gint64 *) data, "reception", error) ? GINT_TO_POINTER (1) : NULL;
}

static void
handle_clicked_cb (GtkButton     *button,
                   FdStaffWindow *self)
{
  gint64 *id = g_new (gint64, 1);

  *id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-alert-id"));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_store_run_async (self->store, handle_alert_job, id, g_free, NULL, self->cancellable,
                      alert_handled_cb, self);
}

static char *
alert_text (FdStaffWindow *self,
            FdAlert       *alert)
{
  g_autofree char *time = format_time (alert->created_ms);

  if (g_str_equal (alert->kind, "refusal"))
    /* Translators: REG-6; %s is a time. */
    return g_strdup_printf (fd_tr (self->lang, N_("%s  A visitor at the kiosk declined to register. Please go and explain the rules, or call security.")), time);
  /* Translators: %1$s time, %2$s visitor, %3$s the watchlist's reason. */
  return g_strdup_printf (fd_tr (self->lang, N_("%1$s  Watchlist match: %2$s (%3$s). The badge is held; check the visitor's identity.")),
                          time, alert->visitor, alert->detail);
}

static void
fill_alerts (FdStaffWindow *self,
             GPtrArray     *alerts)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->alert_list))) != NULL)
    gtk_list_box_remove (self->alert_list, child);
  g_ptr_array_set_size (self->alerts, 0);
  g_ptr_array_extend_and_steal (self->alerts, alerts);

  for (guint i = 0; i < self->alerts->len; i++)
    {
      FdAlert *alert = g_ptr_array_index (self->alerts, i);
      g_autofree char *text = alert_text (self, alert);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *button = gtk_button_new_with_label (fd_tr (self->lang, N_("Handled")));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      g_object_set_data (G_OBJECT (button), "fd-alert-id", GSIZE_TO_POINTER ((gsize) alert->id));
      g_signal_connect (button, "clicked", G_CALLBACK (handle_clicked_cb), self);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_widget_add_css_class (box, "staff-alert");
      gtk_list_box_append (self->alert_list, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), self->alerts->len > 0);
}

static gpointer
alerts_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  return fd_store_list_open_alerts (store, error);
}

static void
alerts_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *alerts = fd_store_run_finish (FD_STORE (source), result, &error);

  if (alerts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Reading alerts failed: %s", error->message);
      return;
    }
  fill_alerts (FD_STAFF_WINDOW (user_data), alerts);
  g_signal_emit (user_data, signals[SIGNAL_VISITS_CHANGED], 0);
}

static void
store_changed_cb (FdStaffWindow *self)
{
  reload (self);
  fd_store_run_async (self->store, alerts_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                      self->cancellable, alerts_loaded_cb, self);
}

static void
fd_staff_window_constructed (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  G_OBJECT_CLASS (fd_staff_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fd_store_watch (self->store);
  update_texts (self);
  store_changed_cb (self);
}

static void
fd_staff_window_dispose (GObject *object)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
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

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, visit_list);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWindow, alert_list);
}

static void
fd_staff_window_init (FdStaffWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  self->alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_alert_free);
  gtk_widget_init_template (GTK_WIDGET (self));
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
 * fd_staff_window_get_visits:
 *
 * Returns: (transfer none) (element-type FdVisit): the visits the window
 *   shows, in order.
 */
GPtrArray *
fd_staff_window_get_visits (FdStaffWindow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);
  return self->visits;
}

/**
 * fd_staff_window_get_checkout_button:
 *
 * Returns: (transfer none) (nullable): the check-out button of a visit's row.
 */
GtkWidget *
fd_staff_window_get_checkout_button (FdStaffWindow *self,
                                     gint64         visit_id)
{
  for (guint i = 0; i < self->visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (self->visits, i);
      GtkListBoxRow *row;

      if (visit->id != visit_id)
        continue;
      row = gtk_list_box_get_row_at_index (self->visit_list, (int) i);
      return gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
    }
  return NULL;
}

/**
 * fd_staff_window_get_reprint_button:
 *
 * Returns: (transfer none) (nullable): the reprint button of a visit's row,
 *   shown while its badge is not printed.
 */
GtkWidget *
fd_staff_window_get_reprint_button (FdStaffWindow *self,
                                    gint64         visit_id)
{
  GtkWidget *checkout = fd_staff_window_get_checkout_button (self, visit_id);
  GtkWidget *before = checkout != NULL ? gtk_widget_get_prev_sibling (checkout) : NULL;

  if (before != NULL && g_strcmp0 (gtk_widget_get_name (before), "reprint") == 0)
    return before;
  return NULL;
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
  reload (self);
}

/* The visit a row shows, by id; NULL when it is not listed. */
FdVisit *
fd_staff_window_find_visit (FdStaffWindow *self,
                            gint64         visit_id)
{
  for (guint i = 0; i < self->visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (self->visits, i);

      if (visit->id == visit_id)
        return visit;
    }
  return NULL;
}

/**
 * fd_staff_window_get_alerts:
 *
 * Returns: (transfer none) (element-type FdAlert): the alerts shown.
 */
GPtrArray *
fd_staff_window_get_alerts (FdStaffWindow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);
  return self->alerts;
}
