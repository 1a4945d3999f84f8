/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-calls-page.h"

#include "fd-error.h"
#include "fd-staff-call-dialog.h"
#include "fd-staff-call-row.h"
#include "fd-staff-resolve-dialog.h"
#include "fd-store-calls.h"
#include "fd-store-sites.h"
#include "fd-ui.h"

/*
 * The telephone page (TEL-1 to TEL-6, FAQ-2, FAQ-3, KPI-3): the greeting
 * to say, Log a call, this month's share of calls answered within 3 rings
 * against the target of 98 %, the calls to follow up, and today's calls.
 * Its actions:
 *
 *   calls.log          the dialog that logs a call
 *   calls.resolve x    the dialog that closes call x's follow-up
 */

struct _FdStaffCallsPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkLabel    *heading_label;
  GtkLabel    *kpi_label;
  GtkButton   *log_button;
  GtkLabel    *greeting_label;
  GtkLabel    *follow_label;
  GtkListBox  *follow_list;
  GtkLabel    *today_label;
  GtkListBox  *today_list;

  char        *company;  /* for the greeting */
  char        *shown[2]; /* what each list shows (fd_ui_list_replace()) */
};

G_DEFINE_FINAL_TYPE (FdStaffCallsPage, fd_staff_calls_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

/* Loading. */

typedef struct {
  GPtrArray *follow;
  GPtrArray *today;
  gint64     n_calls;    /* this month */
  gint64     n_in_time;
  char      *company;     /* the greeting's, in Chinese */
  char      *company_en;  /* and in English */
} Calls;

static void
calls_free (Calls *calls)
{
  g_clear_pointer (&calls->follow, g_ptr_array_unref);
  g_clear_pointer (&calls->today, g_ptr_array_unref);
  g_free (calls->company);
  g_free (calls->company_en);
  g_free (calls);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Calls, calls_free)

/* The first moment of this month, local time. */
static gint64
month_start (gint64 now_ms)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now_ms / 1000);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                      1, 0, 0, 0);

  return g_date_time_to_unix (first) * 1000;
}

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  const FdSession *session = data;
  g_autoptr(Calls) calls = g_new0 (Calls, 1);
  gint64 now = fd_store_now_ms (store);

  calls->follow = fd_store_list_calls (store, session, FD_CALLS_FOLLOW_UP, error);
  if (calls->follow == NULL)
    return NULL;
  calls->today = fd_store_list_calls (store, session, FD_CALLS_TODAY, error);
  if (calls->today == NULL ||
      !fd_store_count_calls (store, session, month_start (now), now + 1, &calls->n_calls, &calls->n_in_time, error))
    return NULL;
  calls->company = fd_store_get_site_setting (store, fd_store_session_site (store, session), "company_name", "");
  calls->company_en = fd_store_get_site_setting (store, fd_store_session_site (store, session), "company_name_en", "");
  return g_steal_pointer (&calls);
}

/* A list is rebuilt only when its rows show something else
 * (fd_ui_list_replace()), not on every change in the database, so the
 * pointer and the focus stay where they are. */
static void
fill (GtkListBox  *list,
      GPtrArray   *calls,
      FdLang       lang,
      const char  *empty,
      char       **shown)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < calls->len; i++)
    g_ptr_array_add (rows, fd_staff_call_row_new (calls->pdata[i], lang));
  if (calls->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (empty));
  fd_ui_list_replace (list, rows, shown);
}

static void
show_greeting (FdStaffCallsPage *self)
{
  /* TEL-2: never 「喂」 or 「找谁」. */
  g_autofree char *greeting = g_strdup_printf (tr (self, N_("Answer within 3 rings: “Hello, %s reception. How can I help you?”")),
                                               self->company != NULL && *self->company != '\0'
                                               ? self->company : tr (self, N_("the company")));

  gtk_label_set_text (self->greeting_label, greeting);
}

static void
loaded (FdStaffPage *page,
        gpointer     data)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (page);
  Calls *calls = data;
  FdLang lang = fd_staff_page_get_lang (page);
  g_autofree char *kpi = NULL;

  fill (self->follow_list, calls->follow, lang, tr (self, N_("Nothing to follow up.")), &self->shown[0]);
  fill (self->today_list, calls->today, lang, tr (self, N_("No call logged today.")), &self->shown[1]);
  if (calls->n_calls > 0)
    /* KPI-3.  Translators: %1$d calls this month, %2$d the percentage
     * answered within 3 rings, %3$d the target. */
    kpi = g_strdup_printf (tr (self, N_("Calls this month: %1$d · answered within 3 rings: %2$d %% (target %3$d %%)")),
                           (int) calls->n_calls, (int) (calls->n_in_time * 100 / calls->n_calls), FD_CALL_KPI_TARGET);
  else
    kpi = g_strdup (tr (self, N_("This month: no call logged yet")));
  gtk_label_set_text (self->kpi_label, kpi);
  if (calls->n_calls > 0 && calls->n_in_time * 100 < FD_CALL_KPI_TARGET * calls->n_calls)
    gtk_widget_add_css_class (GTK_WIDGET (self->kpi_label), "staff-parcel-damage");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->kpi_label), "staff-parcel-damage");
  g_free (self->company);
  self->company = g_strdup (lang == FD_LANG_EN && *calls->company_en != '\0' ? calls->company_en : calls->company);
  show_greeting (self);
}

static void
fd_staff_calls_page_reload (FdStaffPage *page)
{
  fd_staff_page_load (page, load_job, (GDestroyNotify) calls_free, loaded,
                      fd_staff_page_tr (page, N_("The calls cannot be read right now.")));
}

/* calls.log */

static void
logged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffCallsPage) self = user_data;
  gboolean told = TRUE;

  if (!fd_staff_call_dialog_run_finish (result, &told, NULL))
    return;
  fd_staff_page_show_status (FD_STAFF_PAGE (self),
                             told ? tr (self, N_("Call logged."))
                                  : tr (self, N_("Call logged. The message waits: no mail or chat reaches that colleague, so please tell them yourself.")),
                             !told);
  fd_staff_calls_page_reload (FD_STAFF_PAGE (self));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (widget);
  FdStaffPage *page = FD_STAFF_PAGE (widget);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_staff_call_dialog_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), fd_staff_page_get_store (page),
                                  fd_staff_page_get_session (page), self->company, fd_staff_page_get_lang (page),
                                  fd_staff_page_get_cancellable (page), logged_cb, g_object_ref (self));
}

/* calls.resolve */

static void
resolved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffCallsPage) self = user_data;

  if (!fd_staff_resolve_dialog_run_finish (result, NULL))
    return;
  fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("Follow-up closed.")), FALSE);
  fd_staff_calls_page_reload (FD_STAFF_PAGE (self));
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (widget);
  FdStaffPage *page = FD_STAFF_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->follow_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (FD_IS_STAFF_CALL_ROW (row) && fd_staff_call_row_get_call (FD_STAFF_CALL_ROW (row))->id == id)
      {
        fd_staff_resolve_dialog_run_async (GTK_WINDOW (gtk_widget_get_root (widget)), fd_staff_page_get_store (page),
                                           fd_staff_page_get_session (page),
                                           fd_staff_call_row_get_call (FD_STAFF_CALL_ROW (row)),
                                           fd_staff_page_get_lang (page), fd_staff_page_get_cancellable (page),
                                           resolved_cb, g_object_ref (self));
        return;
      }
}

/* FdStaffPage. */

static void
fd_staff_calls_page_apply_lang (FdStaffPage *page)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (page);

  gtk_label_set_text (self->heading_label, tr (self, N_("Telephone")));
  gtk_button_set_label (self->log_button, tr (self, N_("Log a call")));
  gtk_label_set_text (self->follow_label, tr (self, N_("To follow up")));
  gtk_label_set_text (self->today_label, tr (self, N_("Today's calls")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->follow_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("To follow up")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->today_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Today's calls")), -1);
  show_greeting (self);
}

static void
fd_staff_calls_page_session_changed (FdStaffPage *page)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (page);

  fd_ui_list_clear (self->follow_list);
  fd_ui_list_clear (self->today_list);
  g_clear_pointer (&self->shown[0], g_free);
  g_clear_pointer (&self->shown[1], g_free);
  gtk_label_set_text (self->kpi_label, "");
  fd_staff_calls_page_apply_lang (page);
  fd_staff_calls_page_reload (page);
}

static void
fd_staff_calls_page_finalize (GObject *object)
{
  FdStaffCallsPage *self = FD_STAFF_CALLS_PAGE (object);

  g_free (self->company);
  g_free (self->shown[0]);
  g_free (self->shown[1]);
  G_OBJECT_CLASS (fd_staff_calls_page_parent_class)->finalize (object);
}

static void
fd_staff_calls_page_class_init (FdStaffCallsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_calls_page_finalize;
  page_class->apply_lang = fd_staff_calls_page_apply_lang;
  page_class->reload = fd_staff_calls_page_reload;
  page_class->session_changed = fd_staff_calls_page_session_changed;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-calls-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffCallsPage, name)
  BIND (heading_label);
  BIND (kpi_label);
  BIND (log_button);
  BIND (greeting_label);
  BIND (follow_label);
  BIND (follow_list);
  BIND (today_label);
  BIND (today_list);
#undef BIND
  gtk_widget_class_install_action (widget_class, "calls.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "calls.resolve", "x", resolve_action);
}

static void
fd_staff_calls_page_init (FdStaffCallsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_calls_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_CALLS_PAGE, "store", store, NULL);
}
