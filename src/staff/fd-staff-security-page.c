/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-security-page.h"

#include "fd-error.h"
#include "fd-evacuation.h"
#include "fd-staff-alert-row.h"
#include "fd-staff-security-loaded.h"
#include "fd-staff-site-row.h"
#include "fd-staff-watch-row.h"
#include "fd-ui.h"

/*
 * Security's page: who is on site now, by name; who has stayed too long
 * (overstay_hours, 8 by default); the evacuation list printed on the office
 * printer with no network, or saved as a PDF when there is none; and the
 * watchlist.
 */

struct _FdStaffSecurityPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkLabel    *summary;
  GtkButton   *evacuate_button;
  GtkLabel    *alerts_heading;
  GtkListBox  *alert_list;    /* watchlist matches and refusals to handle */
  GtkListBox  *on_site_list;
  GtkLabel    *overstay_heading;
  GtkListBox  *overstays;
  GtkLabel    *stations_heading;
  GtkListBox  *stations;      /* kiosks and staff windows, online or since when not */
  GtkLabel    *watch_heading;
  GtkLabel    *watch_hint;
  GtkEntry    *watch_name;
  GtkEntry    *watch_phone;
  GtkEntry    *watch_id;
  GtkEntry    *watch_reason;
  GtkButton   *add_button;
  GtkListBox  *watch_list;

  guint        refresh;       /* reads again: a station that stops says nothing */
  char        *shown[5];      /* what each list shows (fd_ui_list_replace()) */
};

G_DEFINE_FINAL_TYPE (FdStaffSecurityPage, fd_staff_security_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

/* Which lobby a row is at, when the page shows several: its name, or
 * NULL. */
static const char *
site_of (FdStaffSecurityPage         *self,
         const FdStaffSecurityLoaded *loaded,
         const char                  *code)
{
  if (!loaded->all_sites || loaded->sites->len < 2)
    return NULL;
  for (guint i = 0; i < loaded->sites->len; i++)
    if (g_strcmp0 (((FdSiteInfo *) loaded->sites->pdata[i])->code, code) == 0)
      return fd_site_info_name (loaded->sites->pdata[i], fd_staff_page_get_lang (FD_STAFF_PAGE (self)));
  return code;
}

/* The row's text, and its lobby after it when several are shown. */
static char *
at_site (char       *text,
         const char *site)
{
  char *with_site;

  if (site == NULL)
    return text;
  with_site = g_strdup_printf ("%s · %s", text, site);
  g_free (text);
  return with_site;
}

/* 「李雷 · 示例公司 — 到访 09:12,拜访 王芳女士」 */
static char *
on_site_text (FdStaffSecurityPage *self,
              const FdVisit       *visit)
{
  g_autofree char *since = fd_format_local_time (visit->arrived_ms, "%H:%M");
  g_autofree char *host = fd_host_honorific_name (visit->host_name, visit->host_title,
                                                  fd_staff_page_get_lang (FD_STAFF_PAGE (self)));
  g_autofree char *who = *visit->company != '\0' ? g_strdup_printf ("%s · %s", visit->name, visit->company)
                                                 : g_strdup (visit->name);

  /* Translators: %1$s visitor (and company), %2$s arrival time, %3$s host. */
  return g_strdup_printf (tr (self, N_("%1$s — arrived %2$s, visiting %3$s")), who, since, host);
}

/* Tried at the desk: a watchlist match showed only on the reception page.
 * Security sees it here, with refusals, until someone handles it. */
static void
show_alerts (FdStaffSecurityPage *self,
             GPtrArray           *alerts)
{
  g_autofree char *heading = g_strdup_printf (tr (self, N_("To handle now (%u)")), alerts->len);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < alerts->len; i++)
    g_ptr_array_add (rows, fd_staff_alert_row_new (alerts->pdata[i], fd_staff_page_get_lang (FD_STAFF_PAGE (self)),
                                                   "security.handle-alert"));
  fd_ui_list_replace (self->alert_list, rows, &self->shown[0]);
  gtk_label_set_text (self->alerts_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->alerts_heading), alerts->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), alerts->len > 0);
}

/* 「大堂自助机（自助登记）— 在线」, 「保安室（工作台）— 09:12 起离线」 */
static void
show_stations (FdStaffSecurityPage         *self,
               const FdStaffSecurityLoaded *loaded)
{
  GPtrArray *stations = loaded->stations;
  GPtrArray *rows = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  guint offline = 0;

  for (guint i = 0; i < stations->len; i++)
    {
      FdStation *station = stations->pdata[i];
      const char *role = g_str_equal (station->role, "kiosk") ? tr (self, N_("kiosk"))
                         : g_str_equal (station->role, "staff") ? tr (self, N_("staff window"))
                         : tr (self, N_("kiosk and staff window"));
      g_autofree char *since = fd_format_local_time (station->seen_ms, "%m-%d %H:%M");
      g_autofree char *text = NULL;

      if (station->online)
        /* Translators: %1$s the station's name, %2$s what it runs. */
        text = g_strdup_printf (tr (self, N_("%1$s (%2$s) — online")), station->name, role);
      else
        /* Translators: %1$s the station's name, %2$s what it runs, %3$s when it was last heard of. */
        text = g_strdup_printf (tr (self, N_("%1$s (%2$s) — offline since %3$s")), station->name, role, since);
      text = at_site (text, site_of (self, loaded, station->site));
      offline += !station->online;
      g_ptr_array_add (rows, fd_staff_site_row_new (text, NULL, fd_staff_page_get_lang (FD_STAFF_PAGE (self))));
    }
  if (stations->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (tr (self, N_("No station has started on this database yet."))));
  fd_ui_list_replace (self->stations, rows, &self->shown[3]);
  heading = offline > 0 ? g_strdup_printf (tr (self, N_("Stations: %u, offline: %u")), stations->len, offline)
                        : g_strdup_printf (tr (self, N_("Stations: %u, all online")), stations->len);
  gtk_label_set_text (self->stations_heading, heading);
}

static void
show_loaded (FdStaffSecurityPage   *self,
             FdStaffSecurityLoaded *loaded)
{
  g_autofree char *summary = NULL;
  g_autofree char *heading = NULL;
  GPtrArray *on_site = g_ptr_array_new ();
  GPtrArray *overstays = g_ptr_array_new ();
  GPtrArray *watch = g_ptr_array_new ();
  guint n_over = 0;

  /* Tried at the desk: every change in the database (a message tried
   * again, a check-in at the kiosk) rebuilt the lists under the pointer and
   * the keyboard focus.  A list is rebuilt only when its rows show
   * something else (fd_ui_list_replace()). */
  show_alerts (self, loaded->alerts);
  for (guint i = 0; i < loaded->on_site->len; i++)
    {
      FdVisit *visit = loaded->on_site->pdata[i];
      g_autofree char *line = at_site (on_site_text (self, visit), site_of (self, loaded, visit->site));

      g_ptr_array_add (on_site, fd_staff_site_row_new (line, NULL, fd_staff_page_get_lang (FD_STAFF_PAGE (self))));
      if (loaded->now_ms - visit->arrived_ms > loaded->overstay_hours * 3600 * 1000)
        {
          g_autofree char *since = fd_format_local_time (visit->arrived_ms, "%m-%d %H:%M");
          g_autofree char *host = fd_host_honorific_name (visit->host_name, visit->host_title,
                                                          fd_staff_page_get_lang (FD_STAFF_PAGE (self)));
          /* Translators: %1$s visitor, %2$s arrival time, %3$d hours, %4$s
           * host, %5$s the host's phone (not the visitor's). */
          g_autofree char *text = g_strdup_printf (tr (self, N_("%1$s arrived %2$s (%3$d h ago), visiting %4$s; the host's phone: %5$s")),
                                                   visit->name, since,
                                                   (int) ((loaded->now_ms - visit->arrived_ms) / 3600000),
                                                   host, visit->host_phone != NULL ? visit->host_phone : "—");

          g_ptr_array_add (overstays, fd_staff_site_row_new (text, visit, fd_staff_page_get_lang (FD_STAFF_PAGE (self))));
          n_over++;
        }
    }
  fd_ui_list_replace (self->on_site_list, on_site, &self->shown[1]);
  gtk_widget_set_visible (GTK_WIDGET (self->on_site_list), loaded->on_site->len > 0);
  if (n_over == 0)
    g_ptr_array_add (overstays, fd_staff_empty_row (tr (self, N_("Nobody has stayed too long."))));
  fd_ui_list_replace (self->overstays, overstays, &self->shown[2]);
  summary = g_strdup_printf (tr (self, N_("Visitors on site now: %u")), loaded->on_site->len);
  gtk_label_set_text (self->summary, summary);
  heading = g_strdup_printf (tr (self, N_("Staying longer than %d hours (%u)")), (int) loaded->overstay_hours, n_over);
  gtk_label_set_text (self->overstay_heading, heading);

  show_stations (self, loaded);
  for (guint i = 0; i < loaded->watch->len; i++)
    g_ptr_array_add (watch, fd_staff_watch_row_new (loaded->watch->pdata[i], fd_staff_page_get_lang (FD_STAFF_PAGE (self))));
  if (loaded->watch->len == 0)
    g_ptr_array_add (watch, fd_staff_empty_row (tr (self, N_("The watchlist is empty."))));
  fd_ui_list_replace (self->watch_list, watch, &self->shown[4]);
}

static void
loaded_cb (FdStaffPage *page,
           gpointer     loaded)
{
  show_loaded (FD_STAFF_SECURITY_PAGE (page), loaded);
}

/* The evacuation list, on the office printer (A4). */

typedef struct {
  FdSession *session;
  FdLang     lang;
} Evacuation;

static void
evacuation_free (Evacuation *evacuation)
{
  fd_session_free (evacuation->session);
  g_free (evacuation);
}

static gpointer
evacuate_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  Evacuation *evacuation = data;

  return fd_store_evacuate (store, evacuation->session, evacuation->lang, error);
}

static void
evacuated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdStaffSecurityPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdEvacuationOutcome) outcome = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->evacuate_button), TRUE);
  if (outcome == NULL)
    {
      g_message ("The evacuation list was neither printed nor saved: %s", error->message);
      fd_staff_page_show_status (FD_STAFF_PAGE (self),
                                 tr (self, N_("The evacuation list could not be printed or saved. Print it from another station, or read the names on this page.")),
                                 TRUE);
      return;
    }
  if (outcome->printed)
    text = g_strdup_printf (tr (self, N_("Evacuation list printed: %u visitors on site.")), outcome->n_visitors);
  else
    /* Tried at the desk: without an office printer this was a red error
     * and nothing else, and sent security to a page they cannot open.
     * Translators: %1$u visitors, %2$s the PDF file. */
    text = g_strdup_printf (tr (self, N_("No office printer printed it, so the evacuation list (%1$u visitors on site) was saved as %2$s: open it to print or read it out. The names are also on this page.")),
                            outcome->n_visitors, outcome->path);
  fd_staff_page_show_status (FD_STAFF_PAGE (self), text, !outcome->printed);
}

static void
evacuate_clicked_cb (FdStaffSecurityPage *self)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);
  Evacuation *evacuation;

  if (fd_staff_page_get_session (page) == NULL)
    return;
  evacuation = g_new0 (Evacuation, 1);
  evacuation->session = fd_session_copy (fd_staff_page_get_session (page));
  evacuation->lang = fd_staff_page_get_lang (page);
  gtk_widget_set_sensitive (GTK_WIDGET (self->evacuate_button), FALSE);
  fd_store_run_async (fd_staff_page_get_store (page), evacuate_job, evacuation, (GDestroyNotify) evacuation_free,
                      (GDestroyNotify) fd_evacuation_outcome_free, fd_staff_page_get_cancellable (page),
                      evacuated_cb, g_object_ref (self));
}

/* The watchlist. */

typedef struct {
  FdSession *session;
  char      *name;       /* NULL: not given */
  char      *phone;
  char      *id_number;
  char      *reason;
} NewWatch;

static void
new_watch_free (NewWatch *watch)
{
  fd_session_free (watch->session);
  g_free (watch->name);
  g_free (watch->phone);
  g_free (watch->id_number);
  g_free (watch->reason);
  g_free (watch);
}

static void
remove_watch_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_remove_watch, g_variant_get_int64 (parameter),
                           fd_staff_page_tr (FD_STAFF_PAGE (widget), N_("Removed from the watchlist.")));
}

/* An overstay who left without signing out: checked out, badge not back. */
static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdStaffSecurityPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_check_out_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (visit != NULL)
    {
      /* Translators: %s the visitor. */
      g_autofree char *done = g_strdup_printf (tr (self, N_("%s is checked out; the badge is marked as not returned.")),
                                               visit->name);

      fd_staff_page_show_status (FD_STAFF_PAGE (self), done, FALSE);
    }
  else
    fd_staff_page_show_status (FD_STAFF_PAGE (self), fd_staff_failure_text (fd_staff_page_get_lang (FD_STAFF_PAGE (self)), error),
                               TRUE);
  fd_staff_page_reload (FD_STAFF_PAGE (self));
}

static void
check_out_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffPage *page = FD_STAFF_PAGE (widget);
  FdCheckOut how = { .visit_id = g_variant_get_int64 (parameter), .badge = FD_BADGE_BACK_NO };

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_store_check_out_async (fd_staff_page_get_store (page), fd_staff_page_get_session (page), &how,
                            fd_staff_page_get_cancellable (page), checked_out_cb, g_object_ref (widget));
}

static void
handle_alert_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_handle_alert, g_variant_get_int64 (parameter), NULL);
}

static gpointer
add_job (FdStore   *store,
         gpointer   data,
         GError   **error)
{
  NewWatch *watch = data;

  return fd_store_add_watch (store, watch->session, watch->name, watch->phone, watch->id_number, watch->reason,
                             error) != 0 ? GINT_TO_POINTER (1) : NULL;
}

/* The text of @entry, NULL when empty. */
static char *
given (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return *text != '\0' ? g_strdup (text) : NULL;
}

static void
add_clicked_cb (FdStaffSecurityPage *self)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);
  GtkEntry *fields[] = { self->watch_name, self->watch_phone, self->watch_id, self->watch_reason };
  NewWatch *watch;

  if (fd_staff_page_get_session (page) == NULL)
    return;
  watch = g_new0 (NewWatch, 1);
  watch->session = fd_session_copy (fd_staff_page_get_session (page));
  watch->name = given (self->watch_name);
  watch->phone = given (self->watch_phone);
  watch->id_number = given (self->watch_id);
  watch->reason = given (self->watch_reason);
  if (watch->reason == NULL || (watch->id_number == NULL && (watch->name == NULL || watch->phone == NULL)))
    {
      new_watch_free (watch);
      fd_staff_page_show_status (page, tr (self, N_("Give a name and mobile number, or an ID number, and the reason.")), TRUE);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_editable_set_text (GTK_EDITABLE (fields[i]), "");
  fd_staff_page_run (page, add_job, watch, (GDestroyNotify) new_watch_free, tr (self, N_("Added to the watchlist.")));
}

/* FdStaffPage. */

static void
fd_staff_security_page_apply_lang (FdStaffPage *page)
{
  FdStaffSecurityPage *self = FD_STAFF_SECURITY_PAGE (page);
  GtkEntry *fields[] = { self->watch_name, self->watch_phone, self->watch_id, self->watch_reason };
  const char *hints[] = { N_("Name"), N_("Mobile number"), N_("or ID number"), N_("Reason") };

  gtk_button_set_label (self->evacuate_button, tr (self, N_("Print evacuation list")));
  gtk_label_set_text (self->watch_heading, tr (self, N_("Watchlist")));
  gtk_label_set_text (self->watch_hint, tr (self, N_("A match holds the visitor's badge and alerts reception; the visitor is not told. ID numbers are kept only as a keyed hash.")));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_entry_set_placeholder_text (fields[i], tr (self, hints[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (fields[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tr (self, hints[i]), -1);
    }
  gtk_button_set_label (self->add_button, tr (self, N_("Add to watchlist")));
}

static void
fd_staff_security_page_reload (FdStaffPage *page)
{
  if (fd_staff_page_allows (page, FD_PERMISSION_SECURITY))
    fd_staff_page_load (page, fd_staff_security_load_job, (GDestroyNotify) fd_staff_security_loaded_free, loaded_cb,
                        NULL);
}

/* A lock forgets every visitor the page showed. */
static void
fd_staff_security_page_session_changed (FdStaffPage *page)
{
  FdStaffSecurityPage *self = FD_STAFF_SECURITY_PAGE (page);
  GtkEntry *fields[] = { self->watch_name, self->watch_phone, self->watch_id, self->watch_reason };

  for (guint i = 0; i < G_N_ELEMENTS (self->shown); i++)
    g_clear_pointer (&self->shown[i], g_free);
  fd_ui_list_clear (self->alert_list);
  gtk_widget_set_visible (GTK_WIDGET (self->alert_list), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->alerts_heading), FALSE);
  fd_ui_list_clear (self->on_site_list);
  fd_ui_list_clear (self->overstays);
  fd_ui_list_clear (self->watch_list);
  fd_ui_list_clear (self->stations);
  gtk_label_set_text (self->stations_heading, "");
  gtk_label_set_text (self->summary, "");
  gtk_label_set_text (self->overstay_heading, "");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_editable_set_text (GTK_EDITABLE (fields[i]), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->evacuate_button), TRUE);
  fd_staff_security_page_apply_lang (page);
  /* A login reads at once: on a database server, no change of the
   * station's own may come to read it for the page. */
  if (fd_staff_page_get_session (page) != NULL)
    fd_staff_page_reload (page);
}

static gboolean
refresh_cb (gpointer user_data)
{
  fd_staff_security_page_reload (user_data);
  return G_SOURCE_CONTINUE;
}

static void
fd_staff_security_page_dispose (GObject *object)
{
  FdStaffSecurityPage *self = FD_STAFF_SECURITY_PAGE (object);

  g_clear_handle_id (&self->refresh, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->shown); i++)
    g_clear_pointer (&self->shown[i], g_free);
  G_OBJECT_CLASS (fd_staff_security_page_parent_class)->dispose (object);
}

static void
fd_staff_security_page_class_init (FdStaffSecurityPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fd_staff_security_page_dispose;
  page_class->apply_lang = fd_staff_security_page_apply_lang;
  page_class->session_changed = fd_staff_security_page_session_changed;
  page_class->reload = fd_staff_security_page_reload;

  /**
   * FdStaffSecurityPage|security.remove-watch:
   * @id: a watchlist entry
   */
  gtk_widget_class_install_action (widget_class, "security.remove-watch", "x", remove_watch_action);
  /**
   * FdStaffSecurityPage|security.handle-alert:
   * @id: an alert: a watchlist match or a refusal
   */
  gtk_widget_class_install_action (widget_class, "security.handle-alert", "x", handle_alert_action);
  /**
   * FdStaffSecurityPage|security.check-out:
   * @id: a visit that stayed too long and has left without signing out
   */
  gtk_widget_class_install_action (widget_class, "security.check-out", "x", check_out_action);

  g_type_ensure (FD_TYPE_STAFF_WATCH_ROW);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-security-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffSecurityPage, name)
  BIND (summary);
  BIND (evacuate_button);
  BIND (alerts_heading);
  BIND (alert_list);
  BIND (on_site_list);
  BIND (overstay_heading);
  BIND (overstays);
  BIND (stations_heading);
  BIND (stations);
  BIND (watch_heading);
  BIND (watch_hint);
  BIND (watch_name);
  BIND (watch_phone);
  BIND (watch_id);
  BIND (watch_reason);
  BIND (add_button);
  BIND (watch_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, evacuate_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
fd_staff_security_page_init (FdStaffSecurityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Nothing is read while the window is locked (fd_staff_page_load). */
  self->refresh = g_timeout_add_seconds (FD_STATION_BEAT_SECONDS, refresh_cb, self);
}

GtkWidget *
fd_staff_security_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_SECURITY_PAGE, "store", store, NULL);
}
