/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

/*
 * A staff account on the administration page: who, which role, whether it
 * is paused after wrong passwords (with Unlock) and whether it may log in
 * (Deactivate for someone who left, Activate to take them back).  The core
 * refuses to deactivate the last administrator and audits each change.
 */

static gpointer
account_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  FdStaffJob *job = data;
  gboolean ok = g_str_equal (job->values[1], "unlock")
                ? fd_store_unlock_staff (store, job->session, job->values[0], error)
                : fd_store_set_staff_active (store, job->session, job->values[0], job->flag, error);

  return ok ? GINT_TO_POINTER (1) : NULL;
}

static void
account_clicked_cb (GtkButton     *button,
                    FdStaffWindow *window)
{
  FdStaffJob *job;
  const char *what = g_object_get_data (G_OBJECT (button), "fd-what");

  if (window->session == NULL)
    return;
  job = fd_staff_job_new (window, 0);
  job->values[0] = g_strdup (g_object_get_data (G_OBJECT (button), "fd-username"));
  job->values[1] = g_strdup (what);
  job->flag = g_str_equal (what, "activate");
  fd_staff_window_run (window, account_job, job, (GDestroyNotify) fd_staff_job_free,
                       g_str_equal (what, "unlock") ? fd_tr (window->lang, N_("The account may log in again."))
                       : job->flag ? fd_tr (window->lang, N_("The account is active again."))
                       : fd_tr (window->lang, N_("The account is deactivated: it can no longer log in.")));
}

static void
add_button (GtkWidget     *box,
            FdStaffWindow *window,
            const FdStaff *staff,
            const char    *what,
            const char    *label)
{
  g_autofree char *name = g_strdup_printf ("staff-%s-%s", what, staff->username);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "fd-username", g_strdup (staff->username), g_free);
  g_object_set_data (G_OBJECT (button), "fd-what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (account_clicked_cb), window);
  gtk_box_append (GTK_BOX (box), button);
}

GtkWidget *
fd_staff_account_row (FdStaffWindow *window,
                      const FdStaff *staff)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  g_autofree char *until = staff->locked_until_ms > 0 ? fd_format_local_time (staff->locked_until_ms, "%H:%M")
                                                      : NULL;
  /* Translators: %s the time a login pause ends. */
  g_autofree char *locked = until != NULL ? g_strdup_printf (fd_tr (window->lang, N_(" · paused after wrong passwords until %s")), until)
                                          : g_strdup ("");
  g_autofree char *text = g_strdup_printf ("%s · %s · %s%s%s", staff->username, staff->display_name,
                                           fd_staff_role_text (window->lang, staff->role),
                                           staff->active ? "" : fd_tr (window->lang, N_(" · inactive")), locked);
  GtkWidget *label = fd_staff_label (text, NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (until != NULL)
    add_button (box, window, staff, "unlock", fd_tr (window->lang, N_("Unlock")));
  if (staff->active)
    add_button (box, window, staff, "deactivate", fd_tr (window->lang, N_("Deactivate")));
  else
    add_button (box, window, staff, "activate", fd_tr (window->lang, N_("Activate")));
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}
