/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-host-row.h"

#include "fd-ui.h"

/*
 * A host on the administration page: who, how to reach them, whether the
 * kiosk offers them (deactivating keeps their past visits) and Edit.  The
 * switch runs admin.set-host-active with (id, on); Edit runs
 * admin.edit-host with the id.
 */

struct _FdStaffHostRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *name_label;
  GtkLabel      *contact_label;
  GtkSwitch     *active_switch;
  GtkButton     *edit_button;

  gint64         host_id;
};

G_DEFINE_FINAL_TYPE (FdStaffHostRow, fd_staff_host_row, GTK_TYPE_LIST_BOX_ROW)

static gboolean
state_set_cb (FdStaffHostRow *self,
              gboolean        state)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "admin.set-host-active", "(xb)", self->host_id, state);
  return FALSE;
}

GtkWidget *
fd_staff_host_row_new (const FdHost *host,
                       FdLang        lang)
{
  FdStaffHostRow *self = g_object_new (FD_TYPE_STAFF_HOST_ROW, NULL);
  g_autofree char *name = g_strdup_printf ("%s (%s)", host->name, host->department);
  g_autofree char *contact = g_strdup_printf ("%s · %s", host->email != NULL ? host->email : "—",
                                              host->phone != NULL ? host->phone : "—");
  g_autofree char *switch_name = g_strdup_printf ("host-active-%" G_GINT64_FORMAT, host->id);
  g_autofree char *edit_name = g_strdup_printf ("host-edit-%" G_GINT64_FORMAT, host->id);
  /* Translators: for a screen reader; %s a host. */
  g_autofree char *offered = g_strdup_printf (fd_tr (lang, N_("%s can be chosen at the kiosk")), host->name);
  /* Translators: for a screen reader; %s a host. */
  g_autofree char *edit = g_strdup_printf (fd_tr (lang, N_("Edit %s")), host->name);

  self->host_id = host->id;
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->contact_label, contact);
  g_signal_handlers_block_by_func (self->active_switch, state_set_cb, self);
  gtk_switch_set_active (self->active_switch, host->active);
  g_signal_handlers_unblock_by_func (self->active_switch, state_set_cb, self);
  gtk_widget_set_name (GTK_WIDGET (self->active_switch), switch_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->active_switch), fd_tr (lang, N_("Can be chosen at the kiosk")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, offered, -1);
  gtk_widget_set_name (GTK_WIDGET (self->edit_button), edit_name);
  gtk_button_set_label (self->edit_button, fd_tr (lang, N_("Edit")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button), GTK_ACCESSIBLE_PROPERTY_LABEL, edit, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", host->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "admin.edit-host");
  return GTK_WIDGET (self);
}

static void
fd_staff_host_row_class_init (FdStaffHostRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-host-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffHostRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffHostRow, contact_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffHostRow, active_switch);
  gtk_widget_class_bind_template_child (widget_class, FdStaffHostRow, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, state_set_cb);
}

static void
fd_staff_host_row_init (FdStaffHostRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
