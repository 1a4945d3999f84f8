/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-ui.h"

/*
 * Finding things in the staff window: the visits and alerts it shows, a
 * row's buttons, who is logged in; and switching pages.
 */

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
  return fd_staff_window_find_button (self, visit_id, "checkout");
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
  return fd_staff_window_find_button (self, visit_id, "reprint");
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

/**
 * fd_staff_window_find_button:
 * @name: the button's widget name: "checkout", "reprint", "confirm",
 *   "reissue", "badge-returned", "host-met", "notify-again", "leave-message"
 *
 * Returns: (transfer none) (nullable): that widget of a visit's row, in
 *   the lists of visitors on site, to confirm, or who left today.
 */
GtkWidget *
fd_staff_window_find_button (FdStaffWindow *self,
                             gint64         visit_id,
                             const char    *name)
{
  GtkListBox *lists[] = { self->confirm_list, self->visit_list, self->left_list };

  g_return_val_if_fail (FD_IS_STAFF_WINDOW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (lists[i]));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

        if (child != NULL &&
            (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (child), "fd-visit-id")) == visit_id)
          {
            GtkWidget *found = fd_ui_find_named (child, name);

            if (found != NULL)
              return found;
          }
      }
  return NULL;
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
 * @name: "reception", "log", "security" or "admin"
 */
void
fd_staff_window_show_view (FdStaffWindow *self,
                           const char    *name)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));
  gtk_stack_set_visible_child_name (self->views, name);
}
