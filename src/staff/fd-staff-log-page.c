/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-log-page.h"

#include "fd-error.h"
#include "fd-staff-log-row.h"
#include "fd-staff-visit-detail.h"
#include "fd-ui.h"

/*
 * The visit log: search by name, phone, company or host over a date range,
 * newest first, a page at a time; a visit's details with audited
 * corrections (counted for KPI-2); the masked ID number with a logged
 * reveal; and exports of the range (REG-5).
 */

#define PAGE_SIZE     50    /* visits per page; "Load more" adds the next */
#define COUNT_AT_MOST 1000  /* beyond, "more than 1,000" */

struct _FdStaffLogPage
{
  FdStaffPage  parent_instance;

  /* template widgets */
  GtkEntry    *search;
  GtkEntry    *from;          /* YYYY-MM-DD, may be empty */
  GtkEntry    *to;
  GtkButton   *search_button;
  GtkButton   *csv_button;
  GtkButton   *xlsx_button;
  GtkLabel    *summary;       /* how many found, corrections so far */
  GtkListBox  *results;       /* FdStaffLogRow */
  GtkButton   *more_button;   /* the next page of results */
  FdStaffVisitDetail *detail; /* the chosen visit; hidden without one */

  /* state */
  guint        n_shown;       /* rows in results */
  gint64       total;         /* how many match, at most COUNT_AT_MOST + 1 */
  gint64       corrections;   /* KPI-2 */
  char        *last_text;     /* the search shown: its text, */
  char        *last_from;     /* first day */
  char        *last_to;       /* and last day, "" for none */
};

G_DEFINE_FINAL_TYPE (FdStaffLogPage, fd_staff_log_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)

static const FdVisit *
chosen_visit (FdStaffLogPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->results);

  return row != NULL ? fd_staff_log_row_get_visit (FD_STAFF_LOG_ROW (row)) : NULL;
}

/* Searching. */

typedef struct {
  FdSession *session;
  char      *text;
  char      *from;         /* NULL: not given */
  char      *to;
  guint      offset;       /* 0: a new search; otherwise the next page */
} Search;

typedef struct {
  GPtrArray *visits;
  guint      offset;
  gint64     total;        /* matches, counted up to COUNT_AT_MOST + 1 */
  gint64     corrections;  /* KPI-2: all corrections so far */
} Found;

static void
found_free (Found *found)
{
  g_clear_pointer (&found->visits, g_ptr_array_unref);
  g_free (found);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Found, found_free)

static void
search_free (Search *search)
{
  fd_session_free (search->session);
  g_free (search->text);
  g_free (search->from);
  g_free (search->to);
  g_free (search);
}

static gpointer
search_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Search *search = data;
  FdVisitQuery query = { search->text, 0, 0, PAGE_SIZE, search->offset, FALSE };
  g_autoptr(Found) found = g_new0 (Found, 1);

  if (!fd_visit_query_set_days (&query, search->from, search->to))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A day is written YYYY-MM-DD");
      return NULL;
    }
  found->visits = fd_store_find_visits (store, search->session, &query, error);
  if (found->visits == NULL)
    return NULL;
  found->offset = search->offset;
  if (search->offset == 0 &&
      (!fd_store_count_visits (store, search->session, &query, COUNT_AT_MOST + 1, &found->total, error) ||
       !fd_store_count_audit (store, "visit.correct", &found->corrections, error)))
    return NULL;
  return g_steal_pointer (&found);
}

static void
clear_results (FdStaffLogPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
  self->n_shown = 0;
}

static void
show_summary (FdStaffLogPage *self)
{
  g_autofree char *summary = NULL;

  if (self->total > COUNT_AT_MOST)
    /* Translators: %1$u visits shown, newest first, of more than %2$s
     * found (1,000); %3$d corrections of registrations (KPI-2). */
    summary = g_strdup_printf (tr (self, N_("Newest %1$u of more than %2$s visits found · corrections recorded so far: %3$d")),
                               self->n_shown, "1,000", (int) self->corrections);
  else
    /* Translators: %1$u visits shown, newest first, of %2$u found; %3$d
     * corrections of registrations (KPI-2). */
    summary = g_strdup_printf (tr (self, N_("Newest %1$u of %2$u visits found · corrections recorded so far: %3$d")),
                               self->n_shown, (guint) self->total, (int) self->corrections);
  gtk_label_set_text (self->summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), self->n_shown < (guint) self->total);
}

static void
searched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffLogPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Found) found = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), TRUE);
  if (found == NULL)
    {
      fd_staff_page_show_status (FD_STAFF_PAGE (self),
                                 g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                                 ? tr (self, N_("Write days as YYYY-MM-DD, e.g. 2026-11-29."))
                                 : tr (self, N_("The visit log cannot be searched right now. Please try again.")),
                                 TRUE);
      return;
    }
  fd_staff_page_show_status (FD_STAFF_PAGE (self), NULL, FALSE);
  if (found->offset == 0)
    {
      clear_results (self);
      self->total = found->total;
      self->corrections = found->corrections;
      fd_staff_visit_detail_show (self->detail, NULL);
    }
  for (guint i = 0; i < found->visits->len; i++)
    gtk_list_box_append (self->results,
                         fd_staff_log_row_new (g_steal_pointer (&found->visits->pdata[i]),
                                               fd_staff_page_get_lang (FD_STAFF_PAGE (self))));
  self->n_shown += found->visits->len;
  show_summary (self);
}

static void
forget_last_search (FdStaffLogPage *self)
{
  g_clear_pointer (&self->last_text, g_free);
  g_clear_pointer (&self->last_from, g_free);
  g_clear_pointer (&self->last_to, g_free);
}

/* Runs the search shown again from its first result, or at @offset. */
static void
run_search (FdStaffLogPage *self,
            guint           offset)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);
  Search *search;

  search = g_new0 (Search, 1);
  search->offset = offset;
  search->session = fd_session_copy (fd_staff_page_get_session (page));
  search->text = g_strdup (self->last_text);
  search->from = *self->last_from != '\0' ? g_strdup (self->last_from) : NULL;
  search->to = *self->last_to != '\0' ? g_strdup (self->last_to) : NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), FALSE);
  fd_store_run_async (fd_staff_page_get_store (page), search_job, search, (GDestroyNotify) search_free,
                      (GDestroyNotify) found_free, fd_staff_page_get_cancellable (page),
                      searched_cb, g_object_ref (self));
}

static void
start_search (FdStaffLogPage *self,
              guint           offset)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);

  if (fd_staff_page_get_session (page) == NULL)
    return;
  if (offset == 0)
    {
      /* "Load more" goes on with this search, whatever is typed since. */
      forget_last_search (self);
      self->last_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search)));
      self->last_from = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from))));
      self->last_to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to))));
    }
  run_search (self, offset);
}

static void
search_clicked_cb (FdStaffLogPage *self)
{
  start_search (self, 0);
}

/* The next page of the same search (the text and days as they were). */
static void
more_clicked_cb (FdStaffLogPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), FALSE);
  start_search (self, self->n_shown);
}

static void
row_selected_cb (FdStaffLogPage *self)
{
  fd_staff_visit_detail_show (self->detail, chosen_visit (self));
}

/* A correction was saved: the list shows it. */
static void
corrected_cb (FdStaffLogPage *self)
{
  run_search (self, 0);
}

/* Exports (REG-5) of the days typed; none typed: today. */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffLogPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdExportResult) exported = fd_store_export_finish (FD_STORE (source), result, &error);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (exported == NULL)
    {
      g_message ("Export failed: %s", error->message);
      fd_staff_page_show_status (FD_STAFF_PAGE (self), g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION)
                                 ? tr (self, N_("Exports are for security and administrators."))
                                 : tr (self, N_("The export failed. Check the export folder and the days, then try again.")),
                                 TRUE);
      return;
    }
  /* The export holds every visit of the days, whatever the search: it
   * says so, as the list may show fewer.  Translators: %1$u visits,
   * %2$s the file. */
  text = g_strdup_printf (tr (self, N_("Exported all %1$u visits of those days (not only the ones found) to %2$s")),
                          exported->n_visits, exported->path);
  fd_staff_page_show_status (FD_STAFF_PAGE (self), text, FALSE);
}

static void
export_clicked_cb (FdStaffLogPage *self,
                   GtkButton      *button)
{
  FdStaffPage *page = FD_STAFF_PAGE (self);
  g_autofree char *from = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from))));
  g_autofree char *to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to))));

  if (fd_staff_page_get_session (page) == NULL)
    return;
  fd_store_export_async (fd_staff_page_get_store (page), fd_staff_page_get_session (page),
                         *from != '\0' ? from : NULL, *to != '\0' ? to : NULL,
                         button == self->xlsx_button ? FD_EXPORT_XLSX : FD_EXPORT_CSV,
                         fd_staff_page_get_cancellable (page), exported_cb, g_object_ref (self));
}

/* Tried at the desk: the list showed a stale result while an export wrote
 * today's visits.  A change in the database runs the search shown again,
 * while the page is on screen and no visit is open for a correction (its
 * fields are not overwritten under the person typing). */
static void
fd_staff_log_page_reload (FdStaffPage *page)
{
  FdStaffLogPage *self = FD_STAFF_LOG_PAGE (page);

  if (self->last_text == NULL || fd_staff_visit_detail_get_visit (self->detail) != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !gtk_widget_get_sensitive (GTK_WIDGET (self->search_button)))
    return;
  run_search (self, 0);
}

/* Ctrl+F: the cursor in the search field, its text selected. */
void
fd_staff_log_page_focus_search (FdStaffLogPage *self)
{
  g_return_if_fail (FD_IS_STAFF_LOG_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  gtk_editable_select_region (GTK_EDITABLE (self->search), 0, -1);
}

/* FdStaffPage. */

static void
fd_staff_log_page_apply_lang (FdStaffPage *page)
{
  FdStaffLogPage *self = FD_STAFF_LOG_PAGE (page);
  gtk_entry_set_placeholder_text (self->search, tr (self, N_("Name, phone, company or host")));
  gtk_entry_set_placeholder_text (self->from, tr (self, N_("From YYYY-MM-DD")));
  gtk_entry_set_placeholder_text (self->to, tr (self, N_("To YYYY-MM-DD")));
  gtk_button_set_label (self->search_button, tr (self, N_("Search")));
  gtk_button_set_label (self->more_button, tr (self, N_("Load more")));
  gtk_button_set_label (self->csv_button, tr (self, N_("Export CSV")));
  gtk_button_set_label (self->xlsx_button, tr (self, N_("Export Excel")));
  fd_staff_visit_detail_apply_lang (self->detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Visits found")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Name, phone, company or host")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->from), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("From YYYY-MM-DD")), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->to), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("To YYYY-MM-DD")), -1);
}

/* Locking forgets every visitor the page showed; a login starts afresh. */
static void
fd_staff_log_page_session_changed (FdStaffPage *page)
{
  FdStaffLogPage *self = FD_STAFF_LOG_PAGE (page);

  clear_results (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_label_set_text (self->summary, "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), TRUE);
  self->total = 0;
  forget_last_search (self);
  fd_staff_visit_detail_show (self->detail, NULL);
  fd_staff_log_page_apply_lang (page);
}

/* GObject. */

static void
fd_staff_log_page_finalize (GObject *object)
{
  forget_last_search (FD_STAFF_LOG_PAGE (object));
  G_OBJECT_CLASS (fd_staff_log_page_parent_class)->finalize (object);
}

static void
fd_staff_log_page_class_init (FdStaffLogPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_log_page_finalize;
  page_class->apply_lang = fd_staff_log_page_apply_lang;
  page_class->reload = fd_staff_log_page_reload;
  page_class->session_changed = fd_staff_log_page_session_changed;

  g_type_ensure (FD_TYPE_STAFF_VISIT_DETAIL);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-log-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffLogPage, name)
  BIND (search);
  BIND (from);
  BIND (to);
  BIND (search_button);
  BIND (csv_button);
  BIND (xlsx_button);
  BIND (summary);
  BIND (results);
  BIND (more_button);
  BIND (detail);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, search_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, corrected_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
}

static void
fd_staff_log_page_init (FdStaffLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_visit_detail_set_page (self->detail, FD_STAFF_PAGE (self));
}

GtkWidget *
fd_staff_log_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_LOG_PAGE, "store", store, NULL);
}
