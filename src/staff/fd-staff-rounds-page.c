/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-rounds-page.h"

#include "fd-staff-incident-dialog.h"
#include "fd-staff-incident-row.h"
#include "fd-staff-note-dialog.h"
#include "fd-staff-round-row.h"
#include "fd-store-rounds.h"
#include "fd-ui.h"

/*
 * The environment page (ENV-1 to ENV-3, KPI-4): the last 7 days' share of
 * checks done and in order against the target of 95 %; every check of the
 * rounds with how it stands; incidents open and resolved in the last 7
 * days.  Its actions:
 *
 *   rounds.check s     check s is done and in order
 *   rounds.problem s   the dialog that notes the problem check s found
 *   rounds.report      the dialog that reports an incident
 *   rounds.resolve x   the dialog that says how incident x was resolved
 */

struct _FdStaffRoundsPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkLabel    *heading_label;
  GtkLabel    *kpi_label;
  GtkListBox  *checks_list;
  GtkLabel    *incidents_label;
  GtkButton   *report_button;
  GtkListBox  *incidents_list;

  char        *shown[2];  /* what each list shows (fd_ui_list_replace()) */
};

G_DEFINE_FINAL_TYPE (FdStaffRoundsPage, fd_staff_rounds_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

static GtkWindow *
page_window (FdStaffRoundsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* Loading. */

typedef struct {
  GPtrArray *checks;
  GPtrArray *incidents;
  guint      kpi_done;
  guint      kpi_needed;
  gint64     now_ms;
} Rounds;

static void
rounds_free (Rounds *rounds)
{
  g_clear_pointer (&rounds->checks, g_ptr_array_unref);
  g_clear_pointer (&rounds->incidents, g_ptr_array_unref);
  g_free (rounds);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rounds, rounds_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  const FdSession *session = data;
  g_autoptr(Rounds) rounds = g_new0 (Rounds, 1);

  rounds->now_ms = fd_store_now_ms (store);
  rounds->checks = fd_store_list_rounds (store, session, error);
  if (rounds->checks == NULL)
    return NULL;
  rounds->incidents = fd_store_list_incidents (store, session, error);
  if (rounds->incidents == NULL ||
      !fd_store_rounds_kpi (store, session, &rounds->kpi_done, &rounds->kpi_needed, error))
    return NULL;
  return g_steal_pointer (&rounds);
}

static void
loaded (FdStaffPage *page,
        gpointer     data)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (page);
  Rounds *rounds = data;
  FdLang lang = fd_staff_page_get_lang (page);
  g_autofree char *kpi = NULL;
  GPtrArray *rows;
  guint share = rounds->kpi_needed > 0 ? rounds->kpi_done * 100 / rounds->kpi_needed : 100;

  /* KPI-4.  Translators: %1$u checks done and in order, %2$u due, %3$u
   * the percentage, %4$d the target. */
  kpi = g_strdup_printf (tr (self, N_("Last 7 days: %1$u of %2$u checks done and in order: %3$u %% (target %4$d %%)")),
                         rounds->kpi_done, rounds->kpi_needed, share, FD_ROUNDS_KPI_TARGET);
  gtk_label_set_text (self->kpi_label, kpi);
  if (share < FD_ROUNDS_KPI_TARGET)
    gtk_widget_add_css_class (GTK_WIDGET (self->kpi_label), "staff-parcel-damage");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->kpi_label), "staff-parcel-damage");
  /* Rebuilt only when the rows show something else: the pointer and the
   * keyboard focus stay where they are. */
  rows = g_ptr_array_new ();
  for (guint i = 0; i < rounds->checks->len; i++)
    g_ptr_array_add (rows, fd_staff_round_row_new (rounds->checks->pdata[i], rounds->now_ms, lang));
  fd_ui_list_replace (self->checks_list, rows, &self->shown[0]);
  rows = g_ptr_array_new ();
  for (guint i = 0; i < rounds->incidents->len; i++)
    g_ptr_array_add (rows, fd_staff_incident_row_new (rounds->incidents->pdata[i], rounds->now_ms, lang));
  if (rounds->incidents->len == 0)
    g_ptr_array_add (rows, fd_staff_empty_row (tr (self, N_("No incident in the last 7 days."))));
  fd_ui_list_replace (self->incidents_list, rows, &self->shown[1]);
}

static void
fd_staff_rounds_page_reload (FdStaffPage *page)
{
  fd_staff_page_load (page, load_job, (GDestroyNotify) rounds_free, loaded,
                      fd_staff_page_tr (page, N_("The rounds cannot be read right now.")));
}

/* rounds.check */

typedef struct {
  FdSession *session;
  char      *key;
} Check;

static void
check_free (Check *check)
{
  fd_session_free (check->session);
  g_free (check->key);
  g_free (check);
}

static gpointer
check_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Check *check = data;

  return fd_store_check_round (store, check->session, check->key, TRUE, NULL, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FdStaffPage *page = FD_STAFF_PAGE (widget);
  Check *check;

  if (fd_staff_page_get_session (page) == NULL)
    return;
  check = g_new0 (Check, 1);
  check->session = fd_session_copy (fd_staff_page_get_session (page));
  check->key = g_variant_dup_string (parameter, NULL);
  fd_staff_page_run (page, check_job, check, (GDestroyNotify) check_free, tr (widget, N_("Check recorded.")));
}

/* The note dialogs end here: a word in the status bar, the lists read again. */
static void
noted_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdStaffRoundsPage) self = user_data;
  g_autofree char *done = g_task_propagate_pointer (G_TASK (result), NULL);

  if (done == NULL)
    return;
  fd_staff_page_show_status (FD_STAFF_PAGE (self), done, FALSE);
  fd_staff_rounds_page_reload (FD_STAFF_PAGE (self));
}

/* What the row of check @key or incident @id says it is about. */
static const char *
row_title (GtkListBox *list,
           const char *key,
           gint64      id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (key != NULL && FD_IS_STAFF_ROUND_ROW (row) &&
          g_strcmp0 (fd_staff_round_row_get_key (FD_STAFF_ROUND_ROW (row)), key) == 0)
        return fd_staff_round_row_get_title (FD_STAFF_ROUND_ROW (row));
      if (key == NULL && FD_IS_STAFF_INCIDENT_ROW (row) &&
          fd_staff_incident_row_get_id (FD_STAFF_INCIDENT_ROW (row)) == id)
        return fd_staff_incident_row_get_title (FD_STAFF_INCIDENT_ROW (row));
    }
  return "";
}

static void
run_note (FdStaffRoundsPage      *self,
          const FdStaffNoteTexts *texts,
          FdStaffNoteSave         save,
          const char             *target)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_staff_note_dialog_run_async (page_window (self), fd_staff_page_get_store (page), fd_staff_page_get_session (page),
                                  fd_staff_page_get_lang (page), texts, save, target,
                                  fd_staff_page_get_cancellable (page), noted_cb, g_object_ref (self));
}

/* rounds.problem */

static gboolean
save_problem (FdStore          *store,
              const FdSession  *session,
              const char       *target,
              const char       *text,
              GError          **error)
{
  return fd_store_check_round (store, session, target, FALSE, text, error);
}

static void
problem_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (widget);
  FdStaffNoteTexts texts = {
    tr (self, N_("Problem found")), row_title (self->checks_list, g_variant_get_string (parameter, NULL), 0), tr (self, N_("What is wrong")),
    tr (self, N_("Please say what is wrong.")), tr (self, N_("Save")),
    tr (self, N_("Problem noted. If something needs mending, report an incident.")),
  };

  run_note (self, &texts, save_problem, g_variant_get_string (parameter, NULL));
}

/* rounds.report */

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FdStaffPage *page = FD_STAFF_PAGE (widget);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_staff_incident_dialog_run_async (page_window (FD_STAFF_ROUNDS_PAGE (widget)), fd_staff_page_get_store (page),
                                      fd_staff_page_get_session (page), fd_staff_page_get_lang (page),
                                      fd_staff_page_get_cancellable (page), noted_cb, g_object_ref (widget));
}

/* rounds.resolve */

static gboolean
save_resolution (FdStore          *store,
                 const FdSession  *session,
                 const char       *target,
                 const char       *text,
                 GError          **error)
{
  return fd_store_resolve_incident (store, session, g_ascii_strtoll (target, NULL, 10), text, error);
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (widget);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (parameter));
  FdStaffNoteTexts texts = {
    tr (self, N_("Resolve an incident")), row_title (self->incidents_list, NULL, g_variant_get_int64 (parameter)), tr (self, N_("What was done")),
    tr (self, N_("Please say what was done.")), tr (self, N_("Resolved")), tr (self, N_("Incident resolved.")),
  };

  run_note (self, &texts, save_resolution, id);
}

/* FdStaffPage. */

static void
fd_staff_rounds_page_apply_lang (FdStaffPage *page)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (page);

  gtk_label_set_text (self->heading_label, tr (self, N_("Environment rounds")));
  gtk_label_set_text (self->incidents_label, tr (self, N_("Incidents")));
  gtk_button_set_label (self->report_button, tr (self, N_("Report an incident…")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Checks of the rounds")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->incidents_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Incidents")), -1);
}

/* Locking forgets what was shown; a login reads it again. */
static void
fd_staff_rounds_page_session_changed (FdStaffPage *page)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (page);

  fd_ui_list_clear (self->checks_list);
  fd_ui_list_clear (self->incidents_list);
  g_clear_pointer (&self->shown[0], g_free);
  g_clear_pointer (&self->shown[1], g_free);
  gtk_label_set_text (self->kpi_label, "");
  fd_staff_rounds_page_apply_lang (page);
  fd_staff_rounds_page_reload (page);
}

static void
fd_staff_rounds_page_finalize (GObject *object)
{
  FdStaffRoundsPage *self = FD_STAFF_ROUNDS_PAGE (object);

  g_free (self->shown[0]);
  g_free (self->shown[1]);
  G_OBJECT_CLASS (fd_staff_rounds_page_parent_class)->finalize (object);
}

static void
fd_staff_rounds_page_class_init (FdStaffRoundsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_rounds_page_finalize;
  page_class->apply_lang = fd_staff_rounds_page_apply_lang;
  page_class->reload = fd_staff_rounds_page_reload;
  page_class->session_changed = fd_staff_rounds_page_session_changed;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-rounds-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffRoundsPage, name)
  BIND (heading_label);
  BIND (kpi_label);
  BIND (checks_list);
  BIND (incidents_label);
  BIND (report_button);
  BIND (incidents_list);
#undef BIND
  gtk_widget_class_install_action (widget_class, "rounds.check", "s", check_action);
  gtk_widget_class_install_action (widget_class, "rounds.problem", "s", problem_action);
  gtk_widget_class_install_action (widget_class, "rounds.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "rounds.resolve", "x", resolve_action);
}

static void
fd_staff_rounds_page_init (FdStaffRoundsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fd_staff_rounds_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_ROUNDS_PAGE, "store", store, NULL);
}
