/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

/*
 * Which site (lobby) the staff window shows, where the company has
 * several: security and administrators choose every site or one in the
 * window's bar, and every page reads that site's lists (and an
 * administrator edits that site's own settings); a receptionist sees the
 * lobby of the station they logged in at, named in the same place.  With
 * one site the choice is not shown.
 */

static gboolean
may_choose (FdStaffWindow *self)
{
  return self->session != NULL && fd_session_get_role (self->session) != FD_ROLE_RECEPTIONIST;
}

static void
fill (FdStaffWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *view = self->session != NULL ? fd_session_get_site (self->session) : "";
  guint selected = 0;
  guint n = 0;

  self->sites_filling = TRUE;
  if (may_choose (self))
    gtk_string_list_append (names, fd_tr (self->lang, N_("All sites")));
  for (guint i = 0; self->sites != NULL && i < self->sites->len; i++)
    {
      FdSiteInfo *site = self->sites->pdata[i];

      if (!may_choose (self) && !g_str_equal (site->code, view))
        continue;
      if (g_str_equal (site->code, view))
        selected = may_choose (self) ? n + 1 : n;
      gtk_string_list_append (names, fd_site_info_name (site, self->lang));
      n++;
    }
  gtk_drop_down_set_model (self->site_choice, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->site_choice, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->site_choice), may_choose (self));
  gtk_widget_set_visible (GTK_WIDGET (self->site_choice),
                          self->session != NULL && self->sites != NULL && self->sites->len > 1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->site_choice),
                               may_choose (self) ? fd_tr (self->lang, N_("Show every site, or one site's visitors, hosts and settings"))
                                                 : fd_tr (self->lang, N_("The site of this station")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->site_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, fd_tr (self->lang, N_("Site")), -1);
  self->sites_filling = FALSE;
}

static gboolean
view_changed_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  /* Every page reads again what the new view holds. */
  if (self->session != NULL)
    fd_staff_window_session_changed (self);
  return G_SOURCE_REMOVE;
}

static void
chosen_cb (FdStaffWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->site_choice);
  const char *code = "";

  if (self->sites_filling || !may_choose (self) || self->sites == NULL)
    return;
  if (selected > 0 && selected - 1 < self->sites->len)
    code = ((FdSiteInfo *) self->sites->pdata[selected - 1])->code;
  if (g_str_equal (code, fd_session_get_site (self->session)))
    return;
  fd_session_set_site (self->session, code);
  /* Not while the choice tells of its change: the pages' reload fills it
   * again. */
  g_idle_add_full (G_PRIORITY_DEFAULT, view_changed_cb, g_object_ref (self), g_object_unref);
}

static gpointer
list_job (FdStore  *store,
          gpointer  data,
          GError  **error)
{
  return fd_store_list_sites (store, error);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *sites = fd_store_run_finish (FD_STORE (source), result, &error);

  if (sites == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Cannot list the sites: %s", error->message);
      return;
    }
  g_clear_pointer (&self->sites, g_ptr_array_unref);
  self->sites = sites;
  fill (self);
}

/**
 * fd_staff_window_load_sites:
 *
 * Reads the company's sites off the main loop, then shows the choice.
 */
void
fd_staff_window_load_sites (FdStaffWindow *self)
{
  fill (self);
  if (self->session == NULL)
    return;
  fd_store_run_async (self->store, list_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                      listed_cb, g_object_ref (self));
}

/* The names in the window's language. */
void
fd_staff_window_sites_apply_lang (FdStaffWindow *self)
{
  fill (self);
}

void
fd_staff_window_sites_init (FdStaffWindow *self)
{
  g_signal_connect_object (self->site_choice, "notify::selected", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);
  fill (self);
}
