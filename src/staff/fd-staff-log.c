/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * The visit log: search by name, phone, company or host over a date range,
 * a visit's details, audited corrections (counted for KPI-2), the masked ID
 * number with a logged reveal, and exports of the range (REG-5).
 */

struct _FdStaffLog
{
  FdStaffWindow *window;       /* not owned: the page lives in it */

  GtkWidget     *search;       /* words */
  GtkWidget     *from;         /* YYYY-MM-DD, may be empty */
  GtkWidget     *to;
  GtkWidget     *search_button;
  GtkWidget     *csv_button;
  GtkWidget     *xlsx_button;
  GtkWidget     *results;      /* GtkListBox */
  GtkWidget     *more_button;  /* the next page of results */
  gint64         total;        /* how many match, at most COUNT_AT_MOST + 1 */
  gint64         corrections;
  char          *last[3];      /* text, from, to of the search shown */
  GtkWidget     *summary;      /* how many found, corrections so far */
  GtkWidget     *detail;       /* the chosen visit; hidden without one */
  GtkWidget     *detail_title;
  GtkWidget     *fields[4];    /* name, phone, company, purpose */
  GtkWidget     *save_button;
  GtkWidget     *id_label;
  GtkWidget     *reveal_button;
  GPtrArray     *visits;       /* FdVisit rows of results */
  gint64         chosen;       /* the visit in detail, 0: none */
};

static const char *field_names[] = { "name", "phone", "company", "purpose" };

#define PAGE_SIZE     50    /* visits per page; "Load more" adds the next */
#define COUNT_AT_MOST 1000  /* beyond, "more than 1,000" */

#define LANG(log) ((log)->window->lang)

void
fd_staff_log_update_texts (FdStaffLog *log)
{
  const char *placeholders[] = {
    N_("Name"), N_("Mobile number"), N_("Company"), N_("Purpose of the visit"),
  };

  gtk_entry_set_placeholder_text (GTK_ENTRY (log->search), fd_tr (LANG (log), N_("Name, phone, company or host")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (log->from), fd_tr (LANG (log), N_("From YYYY-MM-DD")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (log->to), fd_tr (LANG (log), N_("To YYYY-MM-DD")));
  gtk_button_set_label (GTK_BUTTON (log->search_button), fd_tr (LANG (log), N_("Search")));
  gtk_button_set_label (GTK_BUTTON (log->more_button), fd_tr (LANG (log), N_("Load more")));
  gtk_button_set_label (GTK_BUTTON (log->csv_button), fd_tr (LANG (log), N_("Export CSV")));
  gtk_button_set_label (GTK_BUTTON (log->xlsx_button), fd_tr (LANG (log), N_("Export Excel")));
  gtk_button_set_label (GTK_BUTTON (log->save_button), fd_tr (LANG (log), N_("Save corrections")));
  gtk_button_set_label (GTK_BUTTON (log->reveal_button), fd_tr (LANG (log), N_("Reveal ID number (logged)")));
  for (guint i = 0; i < G_N_ELEMENTS (log->fields); i++)
    gtk_entry_set_placeholder_text (GTK_ENTRY (log->fields[i]), fd_tr (LANG (log), placeholders[i]));
}

static const char *
state_text (FdStaffLog *log,
            FdVisit    *visit)
{
  switch (visit->state)
    {
    case FD_VISIT_ON_SITE:
      return fd_tr (LANG (log), N_("On site"));
    case FD_VISIT_LEFT:
      return fd_tr (LANG (log), N_("Left"));
    case FD_VISIT_REFUSED:
      return fd_tr (LANG (log), N_("Refused"));
    case FD_VISIT_EXPECTED:
    default:
      return fd_tr (LANG (log), N_("Expected"));
    }
}

/* One line, never wrapped. */
static GtkWidget *
line_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = fd_staff_label (text, css_class);

  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  return label;
}

static GtkWidget *
result_row (FdStaffLog *log,
            FdVisit    *visit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  g_autofree char *when = fd_format_local_time (visit->arrived_ms != 0 ? visit->arrived_ms : visit->visit_ms,
                                                "%Y-%m-%d %H:%M");
  g_autofree char *host_name = fd_host_honorific_name (visit->host_name, visit->host_title, LANG (log));
  g_autofree char *who = *visit->company != '\0'
                         ? g_strdup_printf ("%s · %s · %s", visit->name, visit->company, visit->phone)
                         : g_strdup_printf ("%s · %s", visit->name, visit->phone);
  GtkWidget *name = fd_staff_label (who, "staff-visitor");

  g_object_set_data (G_OBJECT (box), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_wrap (GTK_LABEL (name), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), line_label (when, "dim-label"));
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), line_label (host_name, NULL));
  gtk_box_append (GTK_BOX (box), line_label (state_text (log, visit), "dim-label"));
  gtk_widget_add_css_class (box, "staff-row");
  return box;
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
show_detail (FdStaffLog *log,
             FdVisit    *visit)
{
  g_autofree char *title = NULL;

  log->chosen = visit != NULL ? visit->id : 0;
  gtk_widget_set_visible (log->detail, visit != NULL);
  if (visit == NULL)
    {
      /* Nothing of the last visitor stays behind, not even hidden. */
      for (guint i = 0; i < G_N_ELEMENTS (log->fields); i++)
        gtk_editable_set_text (GTK_EDITABLE (log->fields[i]), "");
      gtk_label_set_text (GTK_LABEL (log->id_label), "");
      gtk_label_set_text (GTK_LABEL (log->detail_title), "");
      return;
    }
  /* Translators: %s a visitor's name, above the fields to correct. */
  title = g_strdup_printf (fd_tr (LANG (log), N_("Visit of %s: correct what was registered wrongly")), visit->name);
  gtk_label_set_text (GTK_LABEL (log->detail_title), title);
  gtk_editable_set_text (GTK_EDITABLE (log->fields[0]), visit->name);
  gtk_editable_set_text (GTK_EDITABLE (log->fields[1]), visit->phone);
  gtk_editable_set_text (GTK_EDITABLE (log->fields[2]), visit->company);
  gtk_editable_set_text (GTK_EDITABLE (log->fields[3]), visit->purpose);
  if (*visit->id_masked != '\0')
    {
      g_autofree char *id = g_strdup_printf (fd_tr (LANG (log), N_("ID number: %s")), visit->id_masked);

      gtk_label_set_text (GTK_LABEL (log->id_label), id);
    }
  else
    gtk_label_set_text (GTK_LABEL (log->id_label), fd_tr (LANG (log), N_("No ID number was given.")));
  gtk_widget_remove_css_class (log->id_label, "staff-revealed");
  gtk_widget_set_visible (log->reveal_button, *visit->id_masked != '\0' && log->window->session != NULL &&
                          fd_session_allows (log->window->session, FD_PERMISSION_SECURITY));
}

static void
searched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Found) found = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffLog *log;
  g_autofree char *summary = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  log = FD_STAFF_WINDOW (user_data)->log;
  gtk_widget_set_sensitive (log->search_button, TRUE);
  if (found == NULL)
    {
      fd_staff_window_show_error (log->window, g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                                               ? fd_tr (LANG (log), N_("Write days as YYYY-MM-DD, e.g. 2026-11-29."))
                                               : fd_tr (LANG (log), N_("The visit log cannot be searched right now. Please try again.")));
      return;
    }
  fd_staff_window_show_status (log->window, NULL, FALSE);
  if (found->offset == 0)
    {
      fd_staff_list_clear (log->results);
      g_ptr_array_set_size (log->visits, 0);
      log->total = found->total;
      log->corrections = found->corrections;
      show_detail (log, NULL);
    }
  for (guint i = 0; i < found->visits->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (log->results), result_row (log, found->visits->pdata[i]));
  g_ptr_array_extend_and_steal (log->visits, g_steal_pointer (&found->visits));
  if (log->total > COUNT_AT_MOST)
    /* Translators: %1$u visits shown, newest first, of more than %2$s
     * found (1,000); %3$d corrections of registrations (KPI-2). */
    summary = g_strdup_printf (fd_tr (LANG (log), N_("Newest %1$u of more than %2$s visits found · corrections recorded so far: %3$d")),
                               log->visits->len, "1,000", (int) log->corrections);
  else
    /* Translators: %1$u visits shown, newest first, of %2$u found; %3$d
     * corrections of registrations (KPI-2). */
    summary = g_strdup_printf (fd_tr (LANG (log), N_("Newest %1$u of %2$u visits found · corrections recorded so far: %3$d")),
                               log->visits->len, (guint) log->total, (int) log->corrections);
  gtk_label_set_text (GTK_LABEL (log->summary), summary);
  gtk_widget_set_visible (log->more_button, log->visits->len < (guint) log->total);
}

static void
forget_last_search (FdStaffLog *log)
{
  for (guint i = 0; i < G_N_ELEMENTS (log->last); i++)
    g_clear_pointer (&log->last[i], g_free);
}

static void
start_search (FdStaffLog *log,
              guint       offset)
{
  Search *search = g_new0 (Search, 1);

  if (log->window->session == NULL)
    {
      g_free (search);
      return;
    }
  search->offset = offset;
  if (offset == 0)
    {
      /* "Load more" goes on with this search, whatever is typed since. */
      forget_last_search (log);
      log->last[0] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (log->search)));
      log->last[1] = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (log->from))));
      log->last[2] = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (log->to))));
    }
  search->session = fd_session_copy (log->window->session);
  search->text = g_strdup (log->last[0]);
  search->from = *log->last[1] != '\0' ? g_strdup (log->last[1]) : NULL;
  search->to = *log->last[2] != '\0' ? g_strdup (log->last[2]) : NULL;
  gtk_widget_set_sensitive (log->search_button, FALSE);
  fd_store_run_async (log->window->store, search_job, search, (GDestroyNotify) search_free, (GDestroyNotify) found_free,
                      log->window->cancellable, searched_cb, log->window);
}

static void
search_clicked_cb (FdStaffLog *log)
{
  start_search (log, 0);
}

/* The next page of the same search (the text and days as they were). */
static void
more_clicked_cb (FdStaffLog *log)
{
  gtk_widget_set_visible (log->more_button, FALSE);
  start_search (log, log->visits->len);
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 FdStaffLog    *log)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  show_detail (log, index >= 0 && (guint) index < log->visits->len ? log->visits->pdata[index] : NULL);
}

/* Corrections: each changed field is one audited correction.  The job's
 * values are the fields, NULL where unchanged. */
static gpointer
correct_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  FdStaffJob *correction = data;

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (correction->values[i] != NULL &&
        !fd_store_correct_visit (store, correction->session, correction->id, field_names[i],
                                 correction->values[i], error))
      return NULL;
  return GINT_TO_POINTER (1);
}

static void
corrected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  FdStaffLog *log;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  log = FD_STAFF_WINDOW (user_data)->log;
  if (error != NULL)
    fd_staff_window_show_error (log->window, fd_tr (LANG (log), N_("Not saved: a name, a valid mobile number and a purpose are needed.")));
  else
    {
      search_clicked_cb (log);
      fd_staff_window_show_status (log->window, fd_tr (LANG (log), N_("Correction saved and logged.")), FALSE);
    }
}

static void
save_clicked_cb (FdStaffLog *log)
{
  FdStaffJob *correction;
  FdVisit *visit = NULL;
  guint changed = 0;

  for (guint i = 0; i < log->visits->len; i++)
    if (((FdVisit *) log->visits->pdata[i])->id == log->chosen)
      visit = log->visits->pdata[i];
  if (visit == NULL || log->window->session == NULL)
    return;
  correction = fd_staff_job_new (log->window, visit->id);
  {
    const char *was[] = { visit->name, visit->phone, visit->company, visit->purpose };

    for (guint i = 0; i < G_N_ELEMENTS (was); i++)
      {
        const char *now = gtk_editable_get_text (GTK_EDITABLE (log->fields[i]));

        if (g_strcmp0 (now, was[i]) != 0)
          {
            correction->values[i] = g_strdup (now);
            changed++;
          }
      }
  }
  if (changed == 0)
    {
      fd_staff_job_free (correction);
      fd_staff_window_show_status (log->window, fd_tr (LANG (log), N_("Nothing was changed.")), FALSE);
      return;
    }
  fd_store_run_async (log->window->store, correct_job, correction, (GDestroyNotify) fd_staff_job_free, NULL,
                      log->window->cancellable, corrected_cb, log->window);
}

/* The ID number, shown in full only on request, and logged. */

static gpointer
reveal_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  FdStaffJob *which = data;

  return fd_store_reveal_id_number (store, which->session, which->id, error);
}

static void
revealed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffLog *log;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  log = FD_STAFF_WINDOW (user_data)->log;
  if (number == NULL)
    {
      fd_staff_window_show_error (log->window, fd_tr (LANG (log), N_("The ID number cannot be shown: the station key is missing, or none was given.")));
      return;
    }
  gtk_label_set_text (GTK_LABEL (log->id_label), number);
  gtk_widget_add_css_class (log->id_label, "staff-revealed");
}

static void
reveal_clicked_cb (FdStaffLog *log)
{
  FdStaffJob *which;

  if (log->chosen == 0 || log->window->session == NULL)
    return;
  which = fd_staff_job_new (log->window, log->chosen);
  fd_store_run_async (log->window->store, reveal_job, which, (GDestroyNotify) fd_staff_job_free, g_free,
                      log->window->cancellable, revealed_cb, log->window);
}

static void
export_clicked_cb (GtkButton  *button,
                   FdStaffLog *log)
{
  fd_staff_export (log->window, gtk_editable_get_text (GTK_EDITABLE (log->from)),
                   gtk_editable_get_text (GTK_EDITABLE (log->to)),
                   button == GTK_BUTTON (log->xlsx_button) ? FD_EXPORT_XLSX : FD_EXPORT_CSV);
}

/* Locking forgets every visitor the page showed. */
void
fd_staff_log_clear (FdStaffLog *log)
{
  fd_staff_list_clear (log->results);
  g_ptr_array_set_size (log->visits, 0);
  gtk_editable_set_text (GTK_EDITABLE (log->search), "");
  gtk_label_set_text (GTK_LABEL (log->summary), "");
  gtk_widget_set_visible (log->more_button, FALSE);
  log->total = 0;
  forget_last_search (log);
  show_detail (log, NULL);
}

static GtkWidget *
named_entry (const char *name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  return entry;
}

static GtkWidget *
named_button (const char *name)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_name (button, name);
  return button;
}

FdStaffLog *
fd_staff_log_new (FdStaffWindow *window)
{
  FdStaffLog *log = g_new0 (FdStaffLog, 1);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *id_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  log->window = window;
  log->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  log->search = named_entry ("log-search");
  log->from = named_entry ("log-from");
  log->to = named_entry ("log-to");
  log->search_button = named_button ("log-search-button");
  log->csv_button = named_button ("log-export-csv");
  log->xlsx_button = named_button ("log-export-xlsx");
  gtk_widget_set_hexpand (log->search, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (log->from), 12);
  gtk_editable_set_width_chars (GTK_EDITABLE (log->to), 12);
  gtk_widget_add_css_class (log->search_button, "suggested-action");
  gtk_box_append (GTK_BOX (bar), log->search);
  gtk_box_append (GTK_BOX (bar), log->from);
  gtk_box_append (GTK_BOX (bar), log->to);
  gtk_box_append (GTK_BOX (bar), log->search_button);
  gtk_box_append (GTK_BOX (bar), log->csv_button);
  gtk_box_append (GTK_BOX (bar), log->xlsx_button);
  gtk_widget_add_css_class (bar, "staff-form");

  log->summary = fd_staff_label (NULL, "dim-label");
  log->results = gtk_list_box_new ();
  gtk_widget_set_name (log->results, "log-results");
  gtk_widget_add_css_class (log->results, "boxed-list");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), log->results);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  log->more_button = named_button ("log-more");
  gtk_widget_set_halign (log->more_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (log->more_button, FALSE);

  log->detail = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  log->detail_title = fd_staff_label (NULL, "staff-section");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  for (guint i = 0; i < G_N_ELEMENTS (log->fields); i++)
    {
      g_autofree char *name = g_strdup_printf ("log-%s", field_names[i]);

      log->fields[i] = named_entry (name);
      gtk_widget_set_hexpand (log->fields[i], TRUE);
      gtk_grid_attach (GTK_GRID (grid), log->fields[i], (int) (i % 2), (int) (i / 2), 1, 1);
    }
  log->save_button = named_button ("log-save");
  log->id_label = fd_staff_label (NULL, NULL);
  gtk_widget_set_name (log->id_label, "log-id");
  log->reveal_button = named_button ("log-reveal");
  gtk_widget_set_hexpand (log->id_label, TRUE);
  gtk_box_append (GTK_BOX (id_row), log->id_label);
  gtk_box_append (GTK_BOX (id_row), log->reveal_button);
  gtk_box_append (GTK_BOX (id_row), log->save_button);
  gtk_widget_add_css_class (log->save_button, "suggested-action");
  gtk_box_append (GTK_BOX (log->detail), log->detail_title);
  gtk_box_append (GTK_BOX (log->detail), grid);
  gtk_box_append (GTK_BOX (log->detail), id_row);
  gtk_widget_add_css_class (log->detail, "staff-form");
  gtk_widget_set_visible (log->detail, FALSE);

  gtk_box_append (window->log_box, bar);
  gtk_box_append (window->log_box, log->summary);
  gtk_box_append (window->log_box, scroll);
  gtk_box_append (window->log_box, log->more_button);
  gtk_box_append (window->log_box, log->detail);

  g_signal_connect_swapped (log->search_button, "clicked", G_CALLBACK (search_clicked_cb), log);
  g_signal_connect_swapped (log->search, "activate", G_CALLBACK (search_clicked_cb), log);
  g_signal_connect_swapped (log->more_button, "clicked", G_CALLBACK (more_clicked_cb), log);
  g_signal_connect (log->csv_button, "clicked", G_CALLBACK (export_clicked_cb), log);
  g_signal_connect (log->xlsx_button, "clicked", G_CALLBACK (export_clicked_cb), log);
  g_signal_connect (log->results, "row-selected", G_CALLBACK (row_selected_cb), log);
  g_signal_connect_swapped (log->save_button, "clicked", G_CALLBACK (save_clicked_cb), log);
  g_signal_connect_swapped (log->reveal_button, "clicked", G_CALLBACK (reveal_clicked_cb), log);
  fd_staff_log_update_texts (log);
  return log;
}

void
fd_staff_log_free (FdStaffLog *log)
{
  g_ptr_array_unref (log->visits);
  forget_last_search (log);
  g_free (log);
}
