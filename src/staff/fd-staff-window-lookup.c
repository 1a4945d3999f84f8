/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-staff-reception-page.h"

/*
 * What the staff window shows, for the application and the tests: its
 * pages, the visits and alerts of the reception page, who is logged in;
 * and switching pages.
 */

/**
 * fd_staff_window_get_page:
 * @name: "reception", "parcels", "calls", "supplies", "rounds", "log",
 *   "security" or "admin"
 *
 * Returns: (transfer none) (nullable): that FdStaffPage.
 */
GtkWidget *
fd_staff_window_get_page (FdStaffWindow *self,
                          const char    *name)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);

  fd_staff_window_ensure_pages (self);
  if (g_str_equal (name, "reception"))
    return GTK_WIDGET (self->reception_view);
  if (g_str_equal (name, "parcels"))
    return GTK_WIDGET (self->parcels_view);
  if (g_str_equal (name, "calls"))
    return GTK_WIDGET (self->calls_view);
  if (g_str_equal (name, "supplies"))
    return GTK_WIDGET (self->supplies_view);
  if (g_str_equal (name, "rounds"))
    return GTK_WIDGET (self->rounds_view);
  if (g_str_equal (name, "log"))
    return GTK_WIDGET (self->log_view);
  if (g_str_equal (name, "security"))
    return GTK_WIDGET (self->security_view);
  if (g_str_equal (name, "admin"))
    return GTK_WIDGET (self->admin_view);
  return NULL;
}

/**
 * fd_staff_window_get_visits:
 *
 * Returns: (transfer none) (element-type FdVisit): the visits on site the
 *   reception page shows, in order.
 */
GPtrArray *
fd_staff_window_get_visits (FdStaffWindow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);
  fd_staff_window_ensure_pages (self);
  return fd_staff_reception_page_get_visits (FD_STAFF_RECEPTION_PAGE (self->reception_view));
}

/* The visit the reception page shows, by id; NULL when it is not listed. */
FdVisit *
fd_staff_window_find_visit (FdStaffWindow *self,
                            gint64         visit_id)
{
  GPtrArray *visits = fd_staff_window_get_visits (self);

  for (guint i = 0; i < visits->len; i++)
    if (((FdVisit *) visits->pdata[i])->id == visit_id)
      return visits->pdata[i];
  return NULL;
}

/**
 * fd_staff_window_get_alerts:
 *
 * Returns: (transfer none) (element-type FdAlert): the open alerts shown.
 */
GPtrArray *
fd_staff_window_get_alerts (FdStaffWindow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);
  fd_staff_window_ensure_pages (self);
  return fd_staff_reception_page_get_alerts (FD_STAFF_RECEPTION_PAGE (self->reception_view));
}

/* Who the audit log names for what this window does. */
const char *
fd_staff_window_actor (FdStaffWindow *self)
{
  return self->session != NULL ? fd_session_get_username (self->session) : "reception";
}

/**
 * fd_staff_window_get_session:
 *
 * Returns: (transfer none) (nullable): who is logged in; %NULL while locked.
 */
const FdSession *
fd_staff_window_get_session (FdStaffWindow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);
  return self->session;
}

/**
 * fd_staff_window_show_view:
 * @name: "reception", "parcels", "calls", "supplies", "rounds", "log",
 *   "security" or "admin"
 */
void
fd_staff_window_show_view (FdStaffWindow *self,
                           const char    *name)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));
  gtk_stack_set_visible_child_name (self->views, name);
}
