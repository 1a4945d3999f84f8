/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-evacuation.h"
#include "fd-ui.h"

/*
 * Security's page: how many people are on site, who has stayed too long
 * (overstay_hours, 8 by default), the evacuation list printed on the
 * office printer with no network, and the watchlist.
 */

struct _FdStaffSecurity
{
  FdStaffWindow *window;      /* not owned */

  GtkWidget     *summary;
  GtkWidget     *evacuate;    /* prints the evacuation list */
  GtkWidget     *overstay_heading;
  GtkWidget     *overstays;   /* GtkListBox */
  GtkWidget     *watch_heading;
  GtkWidget     *watch_list;  /* GtkListBox */
  GtkWidget     *fields[4];   /* name, phone, ID number, reason */
  GtkWidget     *add;
  gboolean       loading;
};

#define LANG(security) ((security)->window->lang)

typedef struct {
  GPtrArray *on_site;
  GPtrArray *watch;         /* NULL when the role may not see it */
  gint64     now_ms;
  gint64     overstay_hours;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->on_site, g_ptr_array_unref);
  g_clear_pointer (&loaded->watch, g_ptr_array_unref);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autofree char *hours = fd_store_get_setting (store, "overstay_hours", "8");

  loaded->on_site = fd_store_list_visits (store, data, FD_VISITS_ON_SITE, error);
  if (loaded->on_site == NULL)
    return NULL;
  loaded->watch = fd_store_list_watch (store, data, error);
  if (loaded->watch == NULL)
    return NULL;
  loaded->overstay_hours = MAX (1, g_ascii_strtoll (hours, NULL, 10));
  loaded->now_ms = fd_store_now_ms (store);
  return g_steal_pointer (&loaded);
}

static void remove_clicked_cb (GtkButton       *button,
                               FdStaffSecurity *security);

static GtkWidget *
watch_row (FdStaffSecurity *security,
           FdWatch         *watch)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *button = gtk_button_new_with_label (fd_tr (LANG (security), N_("Remove")));
  g_autofree char *who = NULL;
  g_autofree char *since = fd_format_local_time (watch->created_ms, "%Y-%m-%d");
  /* Translators: %1$s who added the entry, %2$s a day. */
  g_autofree char *added = g_strdup_printf (fd_tr (LANG (security), N_("added by %1$s on %2$s")),
                                            watch->created_by, since);
  GtkWidget *reason = fd_staff_label (watch->reason, NULL);

  if (watch->name != NULL)
    who = g_strdup_printf ("%s · %s", watch->name, watch->phone != NULL ? watch->phone : "");
  else
    who = g_strdup (fd_tr (LANG (security), N_("ID number on file")));
  gtk_widget_set_size_request (box, -1, 48);
  gtk_box_append (GTK_BOX (box), fd_staff_label (who, "staff-visitor"));
  gtk_widget_set_hexpand (reason, TRUE);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_box_append (GTK_BOX (box), fd_staff_label (added, "dim-label"));
  gtk_widget_set_name (button, "watch-remove");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "fd-watch-id", GSIZE_TO_POINTER ((gsize) watch->id));
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), security);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffSecurity *security;
  g_autofree char *summary = NULL;
  g_autofree char *heading = NULL;
  guint n_over = 0;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  security = FD_STAFF_WINDOW (user_data)->security;
  security->loading = FALSE;
  if (loaded == NULL || security->window->session == NULL)
    return;

  fd_staff_list_clear (security->overstays);
  for (guint i = 0; i < loaded->on_site->len; i++)
    {
      FdVisit *visit = loaded->on_site->pdata[i];

      if (loaded->now_ms - visit->arrived_ms > loaded->overstay_hours * 3600 * 1000)
        {
          g_autofree char *since = fd_format_local_time (visit->arrived_ms, "%m-%d %H:%M");
          g_autofree char *host = fd_host_honorific_name (visit->host_name, visit->host_title, LANG (security));
          /* Translators: %1$s visitor, %2$s arrival time, %3$d hours, %4$s host, %5$s host's phone. */
          g_autofree char *text = g_strdup_printf (fd_tr (LANG (security), N_("%1$s arrived %2$s (%3$d h ago), visiting %4$s, phone %5$s")),
                                                   visit->name, since,
                                                   (int) ((loaded->now_ms - visit->arrived_ms) / 3600000),
                                                   host, visit->host_phone != NULL ? visit->host_phone : "—");
          GtkWidget *label = fd_staff_label (text, "staff-row");

          g_object_set_data (G_OBJECT (label), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
          gtk_list_box_append (GTK_LIST_BOX (security->overstays), label);
          n_over++;
        }
    }
  if (n_over == 0)
    gtk_list_box_append (GTK_LIST_BOX (security->overstays),
                         fd_staff_label (fd_tr (LANG (security), N_("Nobody has stayed too long.")), "staff-empty"));
  summary = g_strdup_printf (fd_tr (LANG (security), N_("Visitors on site now: %u")), loaded->on_site->len);
  gtk_label_set_text (GTK_LABEL (security->summary), summary);
  heading = g_strdup_printf (fd_tr (LANG (security), N_("Staying longer than %d hours (%u)")),
                             (int) loaded->overstay_hours, n_over);
  gtk_label_set_text (GTK_LABEL (security->overstay_heading), heading);

  fd_staff_list_clear (security->watch_list);
  for (guint i = 0; i < loaded->watch->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (security->watch_list), watch_row (security, loaded->watch->pdata[i]));
  if (loaded->watch->len == 0)
    gtk_list_box_append (GTK_LIST_BOX (security->watch_list),
                         fd_staff_label (fd_tr (LANG (security), N_("The watchlist is empty.")), "staff-empty"));
}

void
fd_staff_security_reload (FdStaffSecurity *security)
{
  FdStaffWindow *window = security->window;

  if (window->session == NULL || !fd_session_allows (window->session, FD_PERMISSION_SECURITY) ||
      security->loading)
    return;
  security->loading = TRUE;
  fd_store_run_async (window->store, load_job, fd_session_copy (window->session), (GDestroyNotify) fd_session_free,
                      (GDestroyNotify) loaded_free, window->cancellable, loaded_cb, window);
}

/* The evacuation list, on the office printer (A4). */

static gpointer
evacuate_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  FdStaffJob *job = data;
  guint n = 0;

  if (!fd_store_print_evacuation (store, job->session, NULL, job->lang, &n, error))
    return NULL;
  return GSIZE_TO_POINTER ((gsize) n + 1);
}

static void
evacuated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gsize n = GPOINTER_TO_SIZE (fd_store_run_finish (FD_STORE (source), result, &error));
  FdStaffSecurity *security;
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  security = FD_STAFF_WINDOW (user_data)->security;
  gtk_widget_set_sensitive (security->evacuate, TRUE);
  if (n == 0)
    {
      g_message ("The evacuation list was not printed: %s", error->message);
      fd_staff_window_show_error (security->window, fd_tr (LANG (security), N_("The evacuation list was not printed. Check the office printer (Administration), or print the list from another station.")));
      return;
    }
  text = g_strdup_printf (fd_tr (LANG (security), N_("Evacuation list printed: %u visitors on site.")), (guint) (n - 1));
  fd_staff_window_show_status (security->window, text, FALSE);
}

static void
evacuate_clicked_cb (FdStaffSecurity *security)
{
  if (security->window->session == NULL)
    return;
  gtk_widget_set_sensitive (security->evacuate, FALSE);
  fd_store_run_async (security->window->store, evacuate_job, fd_staff_job_new (security->window, 0), (GDestroyNotify) fd_staff_job_free, NULL,
                      security->window->cancellable, evacuated_cb, security->window);
}

/* The watchlist. */

static gpointer
remove_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  FdStaffJob *job = data;

  return fd_store_remove_watch (store, job->session, job->id, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
remove_clicked_cb (GtkButton       *button,
                   FdStaffSecurity *security)
{
  FdStaffJob *job;

  if (security->window->session == NULL)
    return;
  job = fd_staff_job_new (security->window, 0);
  job->id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-watch-id"));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_staff_window_run (security->window, remove_job, job, (GDestroyNotify) fd_staff_job_free, NULL);
}

static gpointer
add_job (FdStore   *store,
         gpointer   data,
         GError   **error)
{
  FdStaffJob *job = data;

  return fd_store_add_watch (store, job->session, job->values[0], job->values[1], job->values[2],
                             job->values[3] != NULL ? job->values[3] : "", error) != 0
         ? GINT_TO_POINTER (1) : NULL;
}

static void
add_clicked_cb (FdStaffSecurity *security)
{
  FdStaffJob *job;

  if (security->window->session == NULL)
    return;
  job = fd_staff_job_new (security->window, 0);
  for (guint i = 0; i < G_N_ELEMENTS (security->fields); i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (security->fields[i]));

      job->values[i] = *text != '\0' ? g_strdup (text) : NULL;
    }
  if (job->values[3] == NULL || (job->values[2] == NULL && (job->values[0] == NULL || job->values[1] == NULL)))
    {
      fd_staff_job_free (job);
      fd_staff_window_show_error (security->window, fd_tr (LANG (security), N_("Give a name and mobile number, or an ID number, and the reason.")));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (security->fields); i++)
    gtk_editable_set_text (GTK_EDITABLE (security->fields[i]), "");
  fd_staff_window_run (security->window, add_job, job, (GDestroyNotify) fd_staff_job_free,
                       fd_tr (LANG (security), N_("Added to the watchlist.")));
}

FdStaffSecurity *
fd_staff_security_new (FdStaffWindow *window)
{
  FdStaffSecurity *security = g_new0 (FdStaffSecurity, 1);
  GtkBox *box = window->security_box;
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  const char *names[] = { "watch-name", "watch-phone", "watch-id", "watch-reason" };
  const char *hints[] = { N_("Name"), N_("Mobile number"), N_("or ID number"), N_("Reason") };

  security->window = window;
  security->summary = fd_staff_label (NULL, "staff-heading");
  gtk_widget_set_hexpand (security->summary, TRUE);
  security->evacuate = gtk_button_new_with_label (fd_tr (LANG (security), N_("Print evacuation list")));
  gtk_widget_set_name (security->evacuate, "evacuate");
  gtk_widget_add_css_class (security->evacuate, "destructive-action");
  gtk_widget_add_css_class (security->evacuate, "staff-big");
  gtk_box_append (GTK_BOX (top), security->summary);
  gtk_box_append (GTK_BOX (top), security->evacuate);
  security->overstay_heading = fd_staff_label (NULL, "staff-section");
  security->overstays = gtk_list_box_new ();
  gtk_widget_set_name (security->overstays, "overstays");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (security->overstays), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (security->overstays, "boxed-list");
  security->watch_heading = fd_staff_label (fd_tr (LANG (security), N_("Watchlist")), "staff-section");
  security->watch_list = gtk_list_box_new ();
  gtk_widget_set_name (security->watch_list, "watchlist");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (security->watch_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (security->watch_list, "boxed-list");
  for (guint i = 0; i < G_N_ELEMENTS (security->fields); i++)
    {
      security->fields[i] = gtk_entry_new ();
      gtk_widget_set_name (security->fields[i], names[i]);
      gtk_entry_set_placeholder_text (GTK_ENTRY (security->fields[i]), fd_tr (LANG (security), hints[i]));
      gtk_widget_set_hexpand (security->fields[i], TRUE);
      gtk_box_append (GTK_BOX (form), security->fields[i]);
    }
  security->add = gtk_button_new_with_label (fd_tr (LANG (security), N_("Add to watchlist")));
  gtk_widget_set_name (security->add, "watch-add");
  gtk_box_append (GTK_BOX (form), security->add);
  gtk_widget_add_css_class (form, "staff-form");

  gtk_box_append (box, top);
  gtk_box_append (box, security->overstay_heading);
  gtk_box_append (box, security->overstays);
  gtk_box_append (box, security->watch_heading);
  gtk_box_append (box, fd_staff_label (fd_tr (LANG (security), N_("A match holds the visitor's badge and alerts reception; the visitor is not told. ID numbers are kept only as a keyed hash.")), "dim-label"));
  gtk_box_append (box, form);
  gtk_box_append (box, security->watch_list);

  g_signal_connect_swapped (security->evacuate, "clicked", G_CALLBACK (evacuate_clicked_cb), security);
  g_signal_connect_swapped (security->add, "clicked", G_CALLBACK (add_clicked_cb), security);
  return security;
}

void
fd_staff_security_free (FdStaffSecurity *security)
{
  g_free (security);
}
