/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-account-row.h"

#include "fd-staff-page.h"
#include "fd-ui.h"

/*
 * A staff account on the administration page: who, which role, whether it
 * is paused after wrong passwords (Unlock: admin.unlock-staff) and whether
 * it may log in (Deactivate for someone who left, Activate to take them
 * back: admin.set-staff-active with (user, on)).  The core refuses to
 * deactivate the last administrator and audits each change.
 */

struct _FdStaffAccountRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *text_label;
  GtkButton     *unlock_button;
  GtkButton     *active_button;
};

G_DEFINE_FINAL_TYPE (FdStaffAccountRow, fd_staff_account_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
fd_staff_account_row_new (const FdStaff *staff,
                          FdLang         lang)
{
  FdStaffAccountRow *self = g_object_new (FD_TYPE_STAFF_ACCOUNT_ROW, NULL);
  g_autofree char *until = staff->locked_until_ms > 0 ? fd_format_local_time (staff->locked_until_ms, "%H:%M") : NULL;
  /* Translators: %s the time a login pause ends. */
  g_autofree char *locked = until != NULL ? g_strdup_printf (fd_tr (lang, N_(" · paused after wrong passwords until %s")), until)
                                          : g_strdup ("");
  g_autofree char *text = g_strdup_printf ("%s · %s · %s%s%s", staff->username, staff->display_name,
                                           fd_staff_role_text (lang, staff->role),
                                           staff->active ? "" : fd_tr (lang, N_(" · inactive")), locked);
  const char *what = staff->active ? "deactivate" : "activate";
  g_autofree char *active_name = g_strdup_printf ("staff-%s-%s", what, staff->username);
  g_autofree char *unlock_name = g_strdup_printf ("staff-unlock-%s", staff->username);

  gtk_label_set_text (self->text_label, text);
  if (until != NULL)
    {
      gtk_widget_set_name (GTK_WIDGET (self->unlock_button), unlock_name);
      gtk_button_set_label (self->unlock_button, fd_tr (lang, N_("Unlock")));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->unlock_button), "s", staff->username);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->unlock_button), "admin.unlock-staff");
      gtk_widget_set_visible (GTK_WIDGET (self->unlock_button), TRUE);
    }
  gtk_widget_set_name (GTK_WIDGET (self->active_button), active_name);
  gtk_button_set_label (self->active_button, staff->active ? fd_tr (lang, N_("Deactivate")) : fd_tr (lang, N_("Activate")));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->active_button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->text_label, NULL, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->active_button), "(sb)", staff->username, !staff->active);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->active_button), "admin.set-staff-active");
  return GTK_WIDGET (self);
}

static void
fd_staff_account_row_class_init (FdStaffAccountRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-account-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffAccountRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffAccountRow, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffAccountRow, active_button);
}

static void
fd_staff_account_row_init (FdStaffAccountRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
