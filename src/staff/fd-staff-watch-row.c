/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-watch-row.h"

#include "fd-ui.h"

/*
 * A watchlist entry on the security page.  Its Remove button runs the
 * page's security.remove-watch action with the entry's id.
 */

struct _FdStaffWatchRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *who_label;
  GtkLabel      *reason_label;
  GtkLabel      *added_label;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (FdStaffWatchRow, fd_staff_watch_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
fd_staff_watch_row_new (const FdWatch *watch,
                        FdLang         lang)
{
  FdStaffWatchRow *self = g_object_new (FD_TYPE_STAFF_WATCH_ROW, NULL);
  g_autofree char *since = fd_format_local_time (watch->created_ms, "%Y-%m-%d");
  /* Translators: %1$s who added the entry, %2$s a day. */
  g_autofree char *added = g_strdup_printf (fd_tr (lang, N_("added by %1$s on %2$s")), watch->created_by, since);
  g_autofree char *who = watch->name != NULL
                         ? g_strdup_printf ("%s · %s", watch->name, watch->phone != NULL ? watch->phone : "")
                         : g_strdup (fd_tr (lang, N_("ID number on file")));
  /* Translators: what a screen reader says for Remove; %s who is on the
   * watchlist. */
  g_autofree char *remove_name = g_strdup_printf (fd_tr (lang, N_("Remove %s from the watchlist")), who);

  gtk_label_set_text (self->who_label, who);
  gtk_label_set_text (self->reason_label, watch->reason);
  gtk_label_set_text (self->added_label, added);
  gtk_button_set_label (self->remove_button, fd_tr (lang, N_("Remove")));
  /* A screen reader says which entry the button removes. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", watch->id);
  return GTK_WIDGET (self);
}

static void
fd_staff_watch_row_class_init (FdStaffWatchRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-watch-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffWatchRow, who_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWatchRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWatchRow, added_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffWatchRow, remove_button);
}

static void
fd_staff_watch_row_init (FdStaffWatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
