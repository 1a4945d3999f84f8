/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-left-row.h"

#include "fd-staff-visit-row.h"
#include "fd-ui.h"

/*
 * Who left today, on the reception page.  A badge that was printed (or
 * saved) and did not come back is marked, with a button for when it turns
 * up (REG-4); a visitor who never got a badge owes none.
 */

struct _FdStaffLeftRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *name_label;
  GtkLabel      *host_label;
  GtkLabel      *times_label;
  GtkLabel      *missing_label;
  GtkButton     *back_button;
};

G_DEFINE_FINAL_TYPE (FdStaffLeftRow, fd_staff_left_row, GTK_TYPE_LIST_BOX_ROW)

/* Whether @visit left with a badge it was given. */
gboolean
fd_staff_visit_owes_badge (const FdVisit *visit)
{
  return visit->badge_returned_ms == 0 &&
         (visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED);
}

GtkWidget *
fd_staff_left_row_new (const FdVisit *visit,
                       FdLang         lang)
{
  FdStaffLeftRow *self = g_object_new (FD_TYPE_STAFF_LEFT_ROW, NULL);
  g_autofree char *host = fd_staff_visiting_text (lang, visit->host_name, visit->host_title, visit->host_department);
  g_autofree char *from = fd_format_local_time (visit->arrived_ms, "%H:%M");
  g_autofree char *to = fd_format_local_time (visit->left_ms, "%H:%M");
  /* Translators: %1$s and %2$s are times such as 09:30. */
  g_autofree char *times = g_strdup_printf (fd_tr (lang, N_("%1$s – %2$s")), from, to);

  gtk_label_set_text (self->name_label, visit->name);
  gtk_label_set_text (self->host_label, host);
  gtk_label_set_text (self->times_label, times);
  if (fd_staff_visit_owes_badge (visit))
    {
      /* Translators: for a screen reader; %s the visitor. */
      g_autofree char *back = g_strdup_printf (fd_tr (lang, N_("The badge of %s is returned")), visit->name);

      gtk_label_set_text (self->missing_label, fd_tr (lang, N_("Badge not returned")));
      gtk_button_set_label (self->back_button, fd_tr (lang, N_("Badge returned")));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL, back, -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->back_button), "x", visit->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "reception.badge-back");
      gtk_widget_set_visible (GTK_WIDGET (self->missing_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
    }
  return GTK_WIDGET (self);
}

static void
fd_staff_left_row_class_init (FdStaffLeftRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-left-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffLeftRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLeftRow, host_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLeftRow, times_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLeftRow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLeftRow, back_button);
}

static void
fd_staff_left_row_init (FdStaffLeftRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
